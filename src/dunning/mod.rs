//! Dunning: escalation policy (data), the pure planning engine, and the default French ladders.
