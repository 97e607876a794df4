//! French public holidays, working days, CPC 641/642 deadlines and payment-term due dates.
