//! French public holidays (jours fériés) and working days.
//!
//! The rules are a small table of data (`NATIONAL`, `ALSACE_MOSELLE` and one
//! abolition-of-slavery day per overseas calendar), each row with the article that creates it.
//! The current law is applied to every year: relance does not model the history of the list
//! (8 May was not a holiday from 1959 to 1981, Mayotte's day was added later, …).
//!
//! A *working day* (jour ouvrable in the sense of CPC art. 642) is a day that is neither a
//! Saturday, nor a Sunday, nor a public holiday of the chosen calendar.

use crate::date::{IsoDate, Weekday};
use crate::error::{Error, ErrorKind, Result};
use crate::messages::{calc as msg, Text};
use serde::{Deserialize, Serialize};

/// Which set of public holidays applies.
///
/// Every calendar contains the 11 national holidays of art. L3133-1 C. trav.; the others add
/// their local days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum CalendarKind {
    /// Metropolitan France: the 11 holidays of art. L3133-1 C. trav.
    #[default]
    #[serde(rename = "fr")]
    Fr,
    /// Bas-Rhin, Haut-Rhin and Moselle: + Good Friday and 26 December (art. L3134-13 C. trav.).
    #[serde(rename = "fr-alsace-moselle")]
    FrAlsaceMoselle,
    /// Guadeloupe: + abolition of slavery, 27 May (art. L3422-2 C. trav.).
    #[serde(rename = "fr-guadeloupe")]
    FrGuadeloupe,
    /// Martinique: + abolition of slavery, 22 May (art. L3422-2 C. trav.).
    #[serde(rename = "fr-martinique")]
    FrMartinique,
    /// Guyane: + abolition of slavery, 10 June (art. L3422-2 C. trav.).
    #[serde(rename = "fr-guyane")]
    FrGuyane,
    /// La Réunion: + abolition of slavery, 20 December (art. L3422-2 C. trav.).
    #[serde(rename = "fr-reunion")]
    FrReunion,
    /// Mayotte: + abolition of slavery, 27 April (art. L3422-2 C. trav.).
    #[serde(rename = "fr-mayotte")]
    FrMayotte,
    /// Saint-Barthélemy: + abolition of slavery, 9 October (art. L3422-2 C. trav.).
    #[serde(rename = "fr-saint-barthelemy")]
    FrSaintBarthelemy,
    /// Saint-Martin: + abolition of slavery, 27 May (art. L3422-2 C. trav.).
    #[serde(rename = "fr-saint-martin")]
    FrSaintMartin,
}

impl CalendarKind {
    /// Every calendar, for documentation and exhaustive tests.
    pub const ALL: [CalendarKind; 9] = [
        CalendarKind::Fr,
        CalendarKind::FrAlsaceMoselle,
        CalendarKind::FrGuadeloupe,
        CalendarKind::FrMartinique,
        CalendarKind::FrGuyane,
        CalendarKind::FrReunion,
        CalendarKind::FrMayotte,
        CalendarKind::FrSaintBarthelemy,
        CalendarKind::FrSaintMartin,
    ];

    /// The JSON / JS name (`"fr-alsace-moselle"`).
    pub fn code(self) -> &'static str {
        match self {
            CalendarKind::Fr => "fr",
            CalendarKind::FrAlsaceMoselle => "fr-alsace-moselle",
            CalendarKind::FrGuadeloupe => "fr-guadeloupe",
            CalendarKind::FrMartinique => "fr-martinique",
            CalendarKind::FrGuyane => "fr-guyane",
            CalendarKind::FrReunion => "fr-reunion",
            CalendarKind::FrMayotte => "fr-mayotte",
            CalendarKind::FrSaintBarthelemy => "fr-saint-barthelemy",
            CalendarKind::FrSaintMartin => "fr-saint-martin",
        }
    }

    /// The holidays this calendar adds to the national ones.
    fn local_rules(self) -> &'static [Rule] {
        match self {
            CalendarKind::Fr => &[],
            CalendarKind::FrAlsaceMoselle => &ALSACE_MOSELLE,
            CalendarKind::FrGuadeloupe => &GUADELOUPE,
            CalendarKind::FrMartinique => &MARTINIQUE,
            CalendarKind::FrGuyane => &GUYANE,
            CalendarKind::FrReunion => &REUNION,
            CalendarKind::FrMayotte => &MAYOTTE,
            CalendarKind::FrSaintBarthelemy => &SAINT_BARTHELEMY,
            CalendarKind::FrSaintMartin => &SAINT_MARTIN,
        }
    }

    fn rules(self) -> impl Iterator<Item = &'static Rule> {
        NATIONAL.iter().chain(self.local_rules())
    }
}

/// One public holiday of a given year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Holiday {
    pub date: IsoDate,
    /// French name, as printed in a letter ("Lundi de Pâques", "Fête nationale").
    pub name: String,
}

/// When a holiday falls.
#[derive(Debug, Clone, Copy)]
enum When {
    /// The same day every year.
    Fixed { month: u32, day: u32 },
    /// Easter Sunday plus this many days (negative: before).
    Easter(i32),
}

/// One row of the holiday table.
#[derive(Debug, Clone, Copy)]
struct Rule {
    when: When,
    name: &'static str,
}

const fn fixed(month: u32, day: u32, name: &'static str) -> Rule {
    Rule {
        when: When::Fixed { month, day },
        name,
    }
}

const fn easter(offset: i32, name: &'static str) -> Rule {
    Rule {
        when: When::Easter(offset),
        name,
    }
}

/// The 11 public holidays of art. L3133-1 C. trav.
/// (<https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/>). Easter Monday, Ascension
/// and Whit Monday follow Easter Sunday by 1, 39 and 50 days. Whit Monday stays a legal holiday
/// even where it is worked as the "journée de solidarité".
const NATIONAL: [Rule; 11] = [
    fixed(1, 1, "Jour de l'an"),
    easter(1, "Lundi de Pâques"),
    fixed(5, 1, "Fête du Travail"),
    fixed(5, 8, "Victoire 1945"),
    easter(39, "Ascension"),
    easter(50, "Lundi de Pentecôte"),
    fixed(7, 14, "Fête nationale"),
    fixed(8, 15, "Assomption"),
    fixed(11, 1, "Toussaint"),
    fixed(11, 11, "Armistice 1918"),
    fixed(12, 25, "Noël"),
];

/// Art. L3134-13 C. trav. (Bas-Rhin, Haut-Rhin, Moselle): Good Friday and 26 December. Good
/// Friday is legally a holiday only in communes with a Protestant temple or a mixed church;
/// relance, like most calendars, applies it to the three departments.
const ALSACE_MOSELLE: [Rule; 2] = [easter(-2, "Vendredi saint"), fixed(12, 26, "Saint-Étienne")];

const ABOLITION: &str = "Abolition de l'esclavage";

/// Art. L3422-2 C. trav.: the commemoration of the abolition of slavery, a public holiday on a
/// date fixed for each overseas territory.
const GUADELOUPE: [Rule; 1] = [fixed(5, 27, ABOLITION)];
/// Art. L3422-2 C. trav.
const MARTINIQUE: [Rule; 1] = [fixed(5, 22, ABOLITION)];
/// Art. L3422-2 C. trav.
const GUYANE: [Rule; 1] = [fixed(6, 10, ABOLITION)];
/// Art. L3422-2 C. trav.
const REUNION: [Rule; 1] = [fixed(12, 20, ABOLITION)];
/// Art. L3422-2 C. trav.
const MAYOTTE: [Rule; 1] = [fixed(4, 27, ABOLITION)];
/// Art. L3422-2 C. trav.
const SAINT_BARTHELEMY: [Rule; 1] = [fixed(10, 9, ABOLITION)];
/// Art. L3422-2 C. trav.
const SAINT_MARTIN: [Rule; 1] = [fixed(5, 27, ABOLITION)];

/// Month and day of Easter Sunday by the Gregorian computus (the "anonymous Gregorian
/// algorithm" of Meeus/Jones/Butcher). Exact for every Gregorian year; before 1583 it gives the
/// proleptic date, which no French law ever used.
fn easter_month_day(year: i32) -> (u32, u32) {
    let y = year;
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    ((n / 31) as u32, (n % 31 + 1) as u32)
}

/// Easter Sunday of `year` (Gregorian computus; Easter Monday, Ascension and Whit Monday are
/// derived from it, art. L3133-1 C. trav.).
///
/// Fails with `date-out-of-range` outside years 1–9999.
pub fn easter_sunday(year: i32) -> Result<IsoDate> {
    let (month, day) = easter_month_day(year);
    IsoDate::from_ymd(year, month, day).ok_or_else(|| year_out_of_range(year))
}

fn year_out_of_range(year: i32) -> Error {
    Error::at(
        ErrorKind::DateOutOfRange,
        "year",
        Text::of(&|l| msg::year_out_of_range(l, year)),
    )
}

impl Rule {
    fn date_in(&self, year: i32, easter: IsoDate) -> Option<IsoDate> {
        match self.when {
            When::Fixed { month, day } => IsoDate::from_ymd(year, month, day),
            When::Easter(offset) => easter.add_days(offset).ok(),
        }
    }
}

/// The public holidays of `year` in calendar `cal`, sorted by date.
///
/// In the rare years when two holidays coincide (Ascension on 1 May in 2008), both are listed
/// with the same date. Fails with `date-out-of-range` (field `year`) outside years 1–9999.
pub fn holidays(year: i32, cal: CalendarKind) -> Result<Vec<Holiday>> {
    let easter = easter_sunday(year)?;
    let mut list: Vec<Holiday> = cal
        .rules()
        .filter_map(|rule| {
            rule.date_in(year, easter).map(|date| Holiday {
                date,
                name: rule.name.to_owned(),
            })
        })
        .collect();
    crate::sort::stable_sort_by_key(&mut list, |h| h.date);
    Ok(list)
}

/// The French name of the public holiday on `date`, if it is one in calendar `cal`.
pub fn holiday_name(date: IsoDate, cal: CalendarKind) -> Option<&'static str> {
    let (year, month, day) = date.ymd();
    // Easter Sunday falls between 22 March and 25 April (35 possible days): Easter is worked
    // out, once, only for a date an Easter-relative rule can reach. Most dates are not near
    // one, and the dunning planner asks this for every candidate date it considers.
    let since_earliest_easter = IsoDate::from_ymd(year, 3, 22)?.days_until(date);
    let mut from_easter: Option<i32> = None;
    cal.rules()
        .find(|rule| match rule.when {
            When::Fixed { month: m, day: d } => m == month && d == day,
            When::Easter(offset) => {
                (0..=34).contains(&(since_earliest_easter - offset))
                    && *from_easter.get_or_insert_with(|| {
                        let (easter_month, easter_day) = easter_month_day(year);
                        IsoDate::from_ymd(year, easter_month, easter_day)
                            .map_or(i32::MIN, |easter| easter.days_until(date))
                    }) == offset
            }
        })
        .map(|rule| rule.name)
}

/// Whether `date` is a public holiday in calendar `cal`.
pub fn is_holiday(date: IsoDate, cal: CalendarKind) -> bool {
    holiday_name(date, cal).is_some()
}

/// Whether `date` is a working day: not a Saturday, a Sunday or a public holiday of `cal`
/// (the days CPC art. 642 skips).
pub fn is_working_day(date: IsoDate, cal: CalendarKind) -> bool {
    // The weekday first: it is one division, the holiday rules need the date's parts and Easter.
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
        && holiday_name(date, cal).is_none()
}

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum NonWorkingReason {
    #[serde(rename = "saturday")]
    Saturday,
    #[serde(rename = "sunday")]
    Sunday,
    #[serde(rename = "holiday")]
    Holiday,
}

/// A day that is not a working day, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct NonWorkingDay {
    pub date: IsoDate,
    /// `"holiday"` when the day is a public holiday (even on a weekend), else `"saturday"` or
    /// `"sunday"`.
    pub reason: NonWorkingReason,
    /// French label for a letter: the holiday's name, or `"samedi"` / `"dimanche"`.
    pub label: String,
}

/// `Some` with the reason when `date` is not a working day in `cal`. A holiday that falls on a
/// weekend is reported as the holiday (the more informative name).
pub fn non_working_day(date: IsoDate, cal: CalendarKind) -> Option<NonWorkingDay> {
    let (reason, label) = if let Some(name) = holiday_name(date, cal) {
        (NonWorkingReason::Holiday, name)
    } else {
        match date.weekday() {
            Weekday::Saturday => (NonWorkingReason::Saturday, "samedi"),
            Weekday::Sunday => (NonWorkingReason::Sunday, "dimanche"),
            _ => return None,
        }
    };
    Some(NonWorkingDay {
        date,
        reason,
        label: label.to_owned(),
    })
}

/// The longest run of non-working days is 4 (Good Friday to Easter Monday in Alsace-Moselle);
/// the bound only guards the loop.
const MAX_SKIP: usize = 16;

/// `date` itself when it is a working day, else the first working day after it, with the days
/// skipped (CPC art. 642, second sentence). Fails with `date-out-of-range` past 9999-12-31.
pub(crate) fn skip_non_working(
    date: IsoDate,
    cal: CalendarKind,
) -> Result<(IsoDate, Vec<NonWorkingDay>)> {
    let mut day = date;
    let mut skipped = Vec::new();
    for _ in 0..MAX_SKIP {
        match non_working_day(day, cal) {
            None => return Ok((day, skipped)),
            Some(off) => {
                skipped.push(off);
                day = day.add_days(1)?;
            }
        }
    }
    Err(Error::new(
        ErrorKind::Internal,
        Text::of(&|l| msg::no_working_day(l, MAX_SKIP, date)),
    ))
}

/// `date` when it is a working day, else the next working day of calendar `cal` (the CPC art.
/// 642 extension). Fails with `date-out-of-range` when that day would be after 9999-12-31.
pub fn next_working_day_on_or_after(date: IsoDate, cal: CalendarKind) -> Result<IsoDate> {
    // Without the list of skipped days `skip_non_working` builds: the dunning planner asks this
    // for every candidate date.
    let mut day = date;
    for _ in 0..MAX_SKIP {
        if is_working_day(day, cal) {
            return Ok(day);
        }
        day = day.add_days(1)?;
    }
    Err(Error::new(
        ErrorKind::Internal,
        Text::of(&|l| msg::no_working_day(l, MAX_SKIP, date)),
    ))
}

/// The `n`-th working day after `date` (`date` itself not counted): 3 working days after
/// Friday 27 November 2026 is Wednesday 2 December. Used to estimate when a registered letter
/// is first presented to its addressee, the day its deadline starts from (CPC 668–669,
/// france-law.md §4.3). Fails with `date-out-of-range` past 9999-12-31.
pub fn add_working_days(date: IsoDate, n: u32, cal: CalendarKind) -> Result<IsoDate> {
    let mut day = date;
    for _ in 0..n {
        day = next_working_day_on_or_after(day.add_days(1)?, cal)?;
    }
    Ok(day)
}

/// Input of [`public_holidays`]: `{ year: 2026, calendar?: "fr-alsace-moselle" }`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct HolidaysInput {
    /// Calendar year, 1–9999.
    pub year: i32,
    /// Which holidays apply; default `"fr"` (metropolitan France).
    #[serde(default)]
    pub calendar: Option<CalendarKind>,
    /// Language of the messages (warnings, reasons, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// Result of [`public_holidays`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct HolidaysResult {
    pub year: i32,
    pub calendar: CalendarKind,
    /// Sorted by date.
    pub holidays: Vec<Holiday>,
}

/// The public holidays of one year, as one input object in and one object out.
pub fn public_holidays(input: &HolidaysInput) -> Result<HolidaysResult> {
    let calendar = input.calendar.unwrap_or_default();
    Ok(HolidaysResult {
        year: input.year,
        calendar,
        holidays: holidays(input.year, calendar)?,
    })
}

/// Input of [`working_day`]: `{ date: "2025-04-19", calendar?: "fr" }`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct WorkingDayInput {
    pub date: IsoDate,
    /// Which holidays apply; default `"fr"`.
    #[serde(default)]
    pub calendar: Option<CalendarKind>,
    /// Language of the messages (warnings, reasons, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// Result of [`working_day`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct WorkingDayResult {
    pub date: IsoDate,
    pub calendar: CalendarKind,
    /// `true` when `date` is neither a Saturday, a Sunday nor a public holiday.
    pub working_day: bool,
    /// `date` itself when it is a working day, else the first working day after it.
    pub next_working_day: IsoDate,
    /// The non-working days from `date` up to `nextWorkingDay` (empty on a working day).
    pub non_working_days: Vec<NonWorkingDay>,
}

/// Whether a date is a working day, and the first working day on or after it. Use it to move
/// a due date to a working day when a contract says so (due dates are never moved by default).
pub fn working_day(input: &WorkingDayInput) -> Result<WorkingDayResult> {
    let calendar = input.calendar.unwrap_or_default();
    let (next, skipped) = skip_non_working(input.date, calendar)?;
    Ok(WorkingDayResult {
        date: input.date,
        calendar,
        working_day: skipped.is_empty(),
        next_working_day: next,
        non_working_days: skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).unwrap_or_else(|e| unreachable!("bad test date {s}: {e}"))
    }

    #[test]
    fn working_days_after_a_date() {
        // Friday 27 Nov 2026: Mon 30, Tue 1, Wed 2 December.
        assert_eq!(
            add_working_days(d("2026-11-27"), 3, CalendarKind::Fr).ok(),
            Some(d("2026-12-02"))
        );
        assert_eq!(
            add_working_days(d("2026-11-27"), 0, CalendarKind::Fr).ok(),
            Some(d("2026-11-27"))
        );
        // Thursday 24 Dec 2026: Fri 25 (Christmas) and the week-end are skipped: Mon 28,
        // Tue 29, Wed 30. In Alsace-Moselle Sat 26 is a holiday anyway (a week-end day).
        assert_eq!(
            add_working_days(d("2026-12-24"), 3, CalendarKind::Fr).ok(),
            Some(d("2026-12-30"))
        );
        // Thursday 30 April 2026: Fri 1 May is a holiday: Mon 4, Tue 5, Wed 6 May.
        assert_eq!(
            add_working_days(d("2026-04-30"), 3, CalendarKind::Fr).ok(),
            Some(d("2026-05-06"))
        );
        assert!(add_working_days(d("9999-12-30"), 3, CalendarKind::Fr).is_err());
    }

    #[test]
    fn computus_known_dates() {
        // Easter Sundays from the published lists (worked-examples D: Easter Monday − 1).
        for (year, date) in [
            (2015, "2015-04-05"),
            (2019, "2019-04-21"),
            (2022, "2022-04-17"),
            (2023, "2023-04-09"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            // Widely published extremes: 22 March (1818, 2285) and 25 April (1943, 2038).
            (1818, "1818-03-22"),
            (2285, "2285-03-22"),
            (1943, "1943-04-25"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter_sunday(year).ok(), Some(d(date)), "{year}");
        }
    }

    #[test]
    fn computus_always_a_sunday_between_22_march_and_25_april() {
        for year in 1..=9999 {
            let e = easter_sunday(year).unwrap_or_else(|err| unreachable!("{year}: {err}"));
            assert_eq!(e.weekday(), Weekday::Sunday, "{year}");
            let (_, m, day) = e.ymd();
            assert!(
                (m == 3 && day >= 22) || (m == 4 && day <= 25),
                "{year}: {e}"
            );
        }
    }

    #[test]
    fn out_of_range_years_are_errors() {
        for year in [0, -5, 10_000, i32::MIN, i32::MAX] {
            let e = easter_sunday(year).err();
            assert_eq!(e.as_ref().map(Error::code), Some("date-out-of-range"));
            assert_eq!(e.as_ref().and_then(Error::field), Some("year"));
            assert!(holidays(year, CalendarKind::Fr).is_err());
        }
    }

    #[test]
    fn counts_per_calendar() {
        for cal in CalendarKind::ALL {
            let n = holidays(2026, cal).map(|h| h.len()).unwrap_or(0);
            let expected = match cal {
                CalendarKind::Fr => 11,
                CalendarKind::FrAlsaceMoselle => 13,
                _ => 12,
            };
            assert_eq!(n, expected, "{}", cal.code());
        }
    }

    #[test]
    fn coinciding_holidays_are_both_listed() {
        // 2008: Easter 23 March, so Ascension (+39) = 1 May.
        let list = holidays(2008, CalendarKind::Fr).unwrap_or_default();
        let on_may_1: Vec<&str> = list
            .iter()
            .filter(|h| h.date == d("2008-05-01"))
            .map(|h| h.name.as_str())
            .collect();
        assert_eq!(on_may_1.len(), 2);
        assert!(on_may_1.contains(&"Ascension"));
        assert!(on_may_1.contains(&"Fête du Travail"));
    }

    #[test]
    fn list_and_lookup_agree_every_day() {
        for cal in CalendarKind::ALL {
            for year in [2000, 2024, 2025] {
                let list = holidays(year, cal).unwrap_or_default();
                let mut day = d(&format!("{year}-01-01"));
                while day.year() == year {
                    let listed = list.iter().any(|h| h.date == day);
                    assert_eq!(is_holiday(day, cal), listed, "{day} {}", cal.code());
                    day = day.succ();
                }
            }
        }
    }

    #[test]
    fn weekend_holiday_reports_the_holiday() {
        // 14 July 2024 was a Sunday.
        let off = non_working_day(d("2024-07-14"), CalendarKind::Fr);
        assert_eq!(
            off.map(|o| (o.reason, o.label)),
            Some((NonWorkingReason::Holiday, "Fête nationale".to_owned()))
        );
    }

    #[test]
    fn end_of_range() {
        // 9999-12-31 is a Friday (GNU date), so every date has a next working day in range.
        assert_eq!(
            next_working_day_on_or_after(d("9999-12-31"), CalendarKind::Fr).ok(),
            Some(d("9999-12-31"))
        );
        // 9999-12-26 is a Sunday (Saint-Étienne in Alsace-Moselle).
        assert_eq!(
            next_working_day_on_or_after(d("9999-12-26"), CalendarKind::Fr).ok(),
            Some(d("9999-12-27"))
        );
        assert_eq!(
            next_working_day_on_or_after(d("9999-12-25"), CalendarKind::FrAlsaceMoselle).ok(),
            Some(d("9999-12-27"))
        );
    }

    #[test]
    fn serde_names() {
        for cal in CalendarKind::ALL {
            let json = format!("\"{}\"", cal.code());
            let back: std::result::Result<CalendarKind, _> = serde_json::from_str(&json);
            assert_eq!(back.ok(), Some(cal));
            assert_eq!(serde_json::to_string(&cal).ok(), Some(json));
        }
    }
}
