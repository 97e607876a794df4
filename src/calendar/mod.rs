//! French public holidays, working days, CPC 641/642 deadlines and payment-term due dates.
//!
//! - [`holidays`](mod@holidays): the public holidays of art. L3133-1 C. trav. (Easter by the
//!   Gregorian computus), Alsace-Moselle (L3134-13) and the overseas abolition-of-slavery days
//!   (L3422-2); working days.
//! - [`deadline`](mod@deadline): periods in days and months under CPC art. 641, extended to the
//!   next working day under art. 642.
//! - [`terms`]: payment terms → due date, with the maxima of art. L441-10 I C. com. and
//!   R2192-10/R2192-11 CCP as warnings. Due dates are never moved to a working day.
//!
//! Everything here is pure: no clock, and every input gives `Ok` or an [`Error`](crate::Error).

pub mod deadline;
pub mod holidays;
pub mod terms;

pub use deadline::{deadline, DeadlineInput, DeadlineResult};
pub use holidays::{
    add_working_days, easter_sunday, holiday_name, holidays, is_holiday, is_working_day,
    next_working_day_on_or_after, non_working_day, public_holidays, working_day, CalendarKind,
    Holiday, HolidaysInput, HolidaysResult, NonWorkingDay, NonWorkingReason, WorkingDayInput,
    WorkingDayResult,
};
pub use terms::{
    due_date, DueDateInput, DueDateResult, PaymentTerms, PublicBuyer, TERM_EXCEEDS_LEGAL_MAXIMUM,
};

/// Longest period accepted in days (100 years): beyond it an input is a typo.
pub const MAX_DAYS: u32 = 36_600;
/// Longest period accepted in months (100 years).
pub const MAX_MONTHS: u32 = 1_200;
