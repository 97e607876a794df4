//! Calendar dates without a clock: ISO `YYYY-MM-DD` parsing and printing, day and month
//! arithmetic, and the half-years (semesters) French rates are published for.
//!
//! A date is stored as its day number since 1970-01-01 (proleptic Gregorian), so differences
//! are plain subtraction. Years are limited to 1–9999 so that every date has a 4-digit ISO form.

use crate::error::{tagged, Error, ErrorKind, Result};
use crate::messages::{input as msg, Text};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date, crossing the JS boundary as `"YYYY-MM-DD"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate(i32);

const MIN_YEAR: i32 = 1;
const MAX_YEAR: i32 = 9999;
/// Day numbers of 0001-01-01 and 9999-12-31, the range every `IsoDate` stays in.
const FIRST_DAY: i32 = days_from_civil(MIN_YEAR, 1, 1);
const LAST_DAY: i32 = days_from_civil(MAX_YEAR, 12, 31);

/// Day of the week, Monday first (ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl IsoDate {
    /// The date `year-month-day`, or `None` when it does not exist or is out of range.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<IsoDate> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(IsoDate(days_from_civil(year, month, day)))
    }

    /// A date known to be valid at compile time (law dates such as 2009-01-01). Callers pass
    /// literals only; an impossible literal would be caught by the unit tests of its module.
    pub(crate) const fn known(year: i32, month: u32, day: u32) -> IsoDate {
        IsoDate(days_from_civil(year, month, day))
    }

    /// Parses strictly `YYYY-MM-DD` (no time, no other separator, no missing zero).
    pub fn parse(s: &str) -> Result<IsoDate> {
        let bytes = s.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            let shown = truncate(s);
            return Err(Error::new(
                ErrorKind::InvalidDate,
                Text::of(&|l| msg::not_a_date(l, &shown)),
            ));
        }
        let num = |range: std::ops::Range<usize>| -> u32 {
            bytes[range]
                .iter()
                .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'))
        };
        let (y, m, d) = (num(0..4) as i32, num(5..7), num(8..10));
        IsoDate::from_ymd(y, m, d).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidDate,
                Text::of(&|l| msg::not_a_calendar_date(l, s)),
            )
        })
    }

    pub fn year(self) -> i32 {
        civil_from_days(self.0).0
    }

    pub fn month(self) -> u32 {
        civil_from_days(self.0).1
    }

    pub fn day(self) -> u32 {
        civil_from_days(self.0).2
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: IsoDate) -> i32 {
        other.0 - self.0
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i32) -> Result<IsoDate> {
        let target = self.0.checked_add(n).ok_or_else(out_of_range)?;
        // Bounds as day numbers: converting to a year first made this a hot spot of the
        // dunning scheduler, which moves dates day by day.
        if (FIRST_DAY..=LAST_DAY).contains(&target) {
            Ok(IsoDate(target))
        } else {
            Err(out_of_range())
        }
    }

    /// The next day. Saturates at 9999-12-31, which no real computation reaches.
    pub fn succ(self) -> IsoDate {
        self.add_days(1).unwrap_or(self)
    }

    /// The previous day. Saturates at 0001-01-01.
    pub fn pred(self) -> IsoDate {
        self.add_days(-1).unwrap_or(self)
    }

    /// Adds months the way CPC art. 641 counts them: same day number in the target month, or
    /// that month's last day when it is shorter (31 January + 1 month = 28/29 February).
    pub fn add_months(self, n: i32) -> Result<IsoDate> {
        let (y, m, d) = self.ymd();
        let index = i64::from(y) * 12 + i64::from(m) - 1 + i64::from(n);
        let year = i32::try_from(index.div_euclid(12)).map_err(|_| out_of_range())?;
        let month = index.rem_euclid(12) as u32 + 1;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(out_of_range());
        }
        let day = d.min(days_in_month(year, month));
        IsoDate::from_ymd(year, month, day).ok_or_else(out_of_range)
    }

    /// Last day of this date's month.
    pub fn end_of_month(self) -> IsoDate {
        let (y, m, _) = self.ymd();
        IsoDate(days_from_civil(y, m, days_in_month(y, m)))
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.0 + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    pub fn semester(self) -> Semester {
        let (y, m, _) = self.ymd();
        Semester {
            year: y,
            second: m >= 7,
        }
    }

    pub fn is_leap_year(self) -> bool {
        is_leap(self.year())
    }
}

fn out_of_range() -> Error {
    Error::new(ErrorKind::DateOutOfRange, Text::of(&msg::date_out_of_range))
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = IsoDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date string \"YYYY-MM-DD\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<IsoDate, E> {
                IsoDate::parse(v).map_err(|e| E::custom(tagged(e.kind(), e.text())))
            }
        }
        d.deserialize_str(V)
    }
}

/// A half-year: January–June or July–December.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Semester {
    pub year: i32,
    /// `false` for January–June (H1), `true` for July–December (H2).
    pub second: bool,
}

impl Semester {
    pub fn start(self) -> IsoDate {
        IsoDate(days_from_civil(
            self.year,
            if self.second { 7 } else { 1 },
            1,
        ))
    }

    pub fn end(self) -> IsoDate {
        if self.second {
            IsoDate(days_from_civil(self.year, 12, 31))
        } else {
            IsoDate(days_from_civil(self.year, 6, 30))
        }
    }

    pub fn next(self) -> Semester {
        if self.second {
            Semester {
                year: self.year + 1,
                second: false,
            }
        } else {
            Semester {
                year: self.year,
                second: true,
            }
        }
    }
}

impl fmt::Display for Semester {
    /// `2025H2`, the label used in the rate tables and warnings.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}H{}", self.year, if self.second { 2 } else { 1 })
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
const fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).expect("test date")
    }

    #[test]
    fn parses_and_prints() {
        assert_eq!(d("2026-12-12").to_string(), "2026-12-12");
        assert_eq!(d("0001-01-01").ymd(), (1, 1, 1));
        assert_eq!(d("9999-12-31").ymd(), (9999, 12, 31));
        assert_eq!(d("1970-01-01").0, 0);
    }

    #[test]
    fn rejects_bad_dates() {
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "2026-01-01T00:00",
            "",
            "0000-01-01",
            "２０２６-01-01",
        ] {
            let e = IsoDate::parse(bad).expect_err(bad);
            assert_eq!(e.code(), "invalid-date", "{bad}");
        }
        assert!(IsoDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn differences_match_hand_counts() {
        // worked-examples A1: 15 Apr → 15 May 2018 is 30 days.
        assert_eq!(d("2018-04-15").days_until(d("2018-05-15")), 30);
        // B1 caveat: 1 Sept → 30 Sept 2020 is 29 days.
        assert_eq!(d("2020-09-01").days_until(d("2020-09-30")), 29);
        assert_eq!(d("2024-01-01").days_until(d("2025-01-01")), 366);
    }

    #[test]
    fn months_follow_cpc_641() {
        assert_eq!(d("2026-01-31").add_months(1).ok(), Some(d("2026-02-28")));
        assert_eq!(d("2024-01-31").add_months(1).ok(), Some(d("2024-02-29")));
        assert_eq!(d("2017-02-12").add_months(1).ok(), Some(d("2017-03-12")));
        assert_eq!(d("2026-11-30").add_months(3).ok(), Some(d("2027-02-28")));
        assert_eq!(d("2026-03-15").add_months(-3).ok(), Some(d("2025-12-15")));
        assert_eq!(
            d("9999-12-01").add_months(1).map_err(|e| e.code()),
            Err("date-out-of-range")
        );
    }

    #[test]
    fn add_days_stays_within_years_1_to_9999() {
        assert_eq!(
            d("9999-12-30").add_days(1).map(|x| x.to_string()).ok(),
            Some("9999-12-31".into())
        );
        assert!(d("9999-12-31").add_days(1).is_err());
        assert_eq!(
            d("0001-01-02").add_days(-1).map(|x| x.to_string()).ok(),
            Some("0001-01-01".into())
        );
        assert!(d("0001-01-01").add_days(-1).is_err());
        assert!(d("2024-01-01").add_days(i32::MAX).is_err());
        assert_eq!(
            d("2024-02-28").add_days(1).map(|x| x.to_string()).ok(),
            Some("2024-02-29".into())
        );
    }

    #[test]
    fn weekdays() {
        assert_eq!(d("2023-11-25").weekday(), Weekday::Saturday); // D9
        assert_eq!(d("2023-11-27").weekday(), Weekday::Monday);
        assert_eq!(d("2017-03-27").weekday(), Weekday::Monday); // D8
        assert_eq!(d("2026-11-22").weekday(), Weekday::Sunday);
    }

    #[test]
    fn semesters() {
        let s = d("2025-07-01").semester();
        assert_eq!(s.to_string(), "2025H2");
        assert_eq!(s.start(), d("2025-07-01"));
        assert_eq!(s.end(), d("2025-12-31"));
        assert_eq!(s.next().to_string(), "2026H1");
        assert_eq!(d("2026-06-30").semester().to_string(), "2026H1");
    }

    #[test]
    fn round_trip_every_day_of_four_centuries() {
        let start = d("1900-01-01");
        let mut prev = start;
        for i in 1..(400 * 366) {
            let next = start.add_days(i).expect("in range");
            let (y, m, dd) = next.ymd();
            assert_eq!(IsoDate::from_ymd(y, m, dd), Some(next));
            assert_eq!(prev.days_until(next), 1);
            prev = next;
        }
    }
}
