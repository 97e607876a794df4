//! Procedural deadlines: CPC art. 641 (how days and months are counted) and art. 642 (a
//! deadline ending on a Saturday, a Sunday or a public holiday is extended to the next working
//! day).
//!
//! Applying these procedural rules to the deadline given in a mise en demeure is common
//! practice but not proven mandatory (`reference/france-law.md` §4.2).

use super::holidays::{skip_non_working, CalendarKind, NonWorkingDay};
use super::{MAX_DAYS, MAX_MONTHS};
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::messages::{calc as msg, Text};
use serde::{Deserialize, Serialize};

/// Input of [`deadline`]: `{ from: "2023-10-25", months: 1 }`,
/// `{ from: "2026-03-02", days: 8, calendar: "fr-alsace-moselle" }`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DeadlineInput {
    /// The day of the act, event or notification that starts the period. It is not counted
    /// (CPC art. 641): 8 days from 2 March end on 10 March.
    pub from: IsoDate,
    /// Period in days, 0–36600.
    #[serde(default)]
    pub days: Option<u32>,
    /// Period in months, 0–1200. With `days` too, the months are counted first (CPC art. 641
    /// al. 3: "mois et jours").
    #[serde(default)]
    pub months: Option<u32>,
    /// Which public holidays extend the deadline; default `"fr"` (metropolitan France).
    #[serde(default)]
    pub calendar: Option<CalendarKind>,
    /// Language of the messages (warnings, reasons, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// Result of [`deadline`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DeadlineResult {
    /// The last day of the period, after any CPC art. 642 extension (the deadline expires at
    /// midnight at the end of this day).
    pub date: IsoDate,
    /// The last day by CPC art. 641 alone, before any extension.
    pub nominal_date: IsoDate,
    /// `true` when `nominalDate` was a Saturday, a Sunday or a public holiday.
    pub extended: bool,
    /// The non-working days skipped, from `nominalDate` on (empty when not extended).
    pub extended_because: Vec<NonWorkingDay>,
    pub calendar: CalendarKind,
    /// The rules applied: `"CPC art. 641 et 642"`.
    pub basis: String,
}

/// The end of a period counted from `input.from` under CPC art. 641 and 642.
///
/// - Days: the starting day is not counted, so the period ends on `from + days`.
/// - Months: the same day number `months` later, or that month's last day when it has no such
///   day (31 January + 1 month = 28 or 29 February).
/// - Months and days: months first, then days.
/// - Art. 642: when that day is a Saturday, a Sunday or a public holiday of `calendar`, the
///   deadline moves to the next working day.
///
/// Errors: `invalid-period` (field `days` or `months`) when both are absent or zero, or above
/// 36600 days / 1200 months; `date-out-of-range` when the end would pass 9999-12-31.
pub fn deadline(input: &DeadlineInput) -> Result<DeadlineResult> {
    let days = input.days.unwrap_or(0);
    let months = input.months.unwrap_or(0);
    if days == 0 && months == 0 {
        return Err(Error::at(
            ErrorKind::InvalidPeriod,
            "days",
            Text::of(&msg::period_missing),
        ));
    }
    if days > MAX_DAYS {
        return Err(Error::at(
            ErrorKind::InvalidPeriod,
            "days",
            Text::of(&|l| msg::too_many_days(l, days, MAX_DAYS)),
        ));
    }
    if months > MAX_MONTHS {
        return Err(Error::at(
            ErrorKind::InvalidPeriod,
            "months",
            Text::of(&|l| msg::too_many_months(l, months, MAX_MONTHS)),
        ));
    }
    let calendar = input.calendar.unwrap_or_default();
    // Both casts are lossless: the values were capped above.
    let nominal = input
        .from
        .add_months(months as i32)?
        .add_days(days as i32)?;
    let (date, skipped) = skip_non_working(nominal, calendar)?;
    Ok(DeadlineResult {
        date,
        nominal_date: nominal,
        extended: !skipped.is_empty(),
        extended_because: skipped,
        calendar,
        basis: "CPC art. 641 et 642".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).unwrap_or_else(|e| unreachable!("bad test date {s}: {e}"))
    }

    fn input(from: &str, days: Option<u32>, months: Option<u32>) -> DeadlineInput {
        DeadlineInput {
            from: d(from),
            days,
            months,
            calendar: None,
            lang: None,
        }
    }

    #[test]
    fn missing_or_zero_period_is_invalid() {
        for (days, months) in [
            (None, None),
            (Some(0), None),
            (None, Some(0)),
            (Some(0), Some(0)),
        ] {
            let e = deadline(&input("2026-01-10", days, months)).err();
            assert_eq!(e.as_ref().map(Error::code), Some("invalid-period"));
            assert_eq!(e.as_ref().and_then(Error::field), Some("days"));
        }
    }

    #[test]
    fn caps() {
        assert!(deadline(&input("2000-01-01", Some(36_600), None)).is_ok());
        let e = deadline(&input("2000-01-01", Some(36_601), None)).err();
        assert_eq!(e.as_ref().and_then(Error::field), Some("days"));
        assert!(deadline(&input("2000-01-01", None, Some(1200))).is_ok());
        let e = deadline(&input("2000-01-01", None, Some(1201))).err();
        assert_eq!(e.as_ref().map(Error::code), Some("invalid-period"));
        assert_eq!(e.as_ref().and_then(Error::field), Some("months"));
    }

    #[test]
    fn past_the_range_is_date_out_of_range() {
        let e = deadline(&input("9999-12-30", Some(5), None)).err();
        assert_eq!(e.as_ref().map(Error::code), Some("date-out-of-range"));
        let e = deadline(&input("9990-01-01", None, Some(1200))).err();
        assert_eq!(e.as_ref().map(Error::code), Some("date-out-of-range"));
    }

    #[test]
    fn working_day_end_is_not_extended() {
        // 2 March 2026 is a Monday; + 8 days = Tuesday 10 March.
        let r = deadline(&input("2026-03-02", Some(8), None));
        let r = r.unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(r.date, d("2026-03-10"));
        assert_eq!(r.nominal_date, d("2026-03-10"));
        assert!(!r.extended);
        assert!(r.extended_because.is_empty());
        assert_eq!(r.calendar, CalendarKind::Fr);
    }
}
