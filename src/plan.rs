//! Payment plans (échéanciers): instalments that sum exactly to the amount owed.
