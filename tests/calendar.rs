//! Published vectors for holidays, CPC 641/642 deadlines and payment-term due dates
//! (`reference/worked-examples.md` §D, `reference/france-law.md` §1.1, §3, §4.2, §4.4).
//!
//! Every expected date is taken from the cited source or computed by hand (weekdays checked
//! against GNU `date`), never from relance's own output.

use proptest::prelude::*;
use relance::calendar::{
    deadline, due_date, easter_sunday, holiday_name, holidays, is_holiday, is_working_day,
    next_working_day_on_or_after, public_holidays, working_day, CalendarKind, DeadlineInput,
    DeadlineResult, DueDateInput, DueDateResult, HolidaysInput, NonWorkingReason, PaymentTerms,
    PublicBuyer, WorkingDayInput, TERM_EXCEEDS_LEGAL_MAXIMUM,
};
use relance::error::deserialize;
use relance::regime::Regime;
use relance::{Error, IsoDate};

fn d(s: &str) -> IsoDate {
    IsoDate::parse(s).unwrap_or_else(|e| panic!("bad test date {s}: {e}"))
}

fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Error> {
    deserialize(&mut serde_json::Deserializer::from_str(json))
}

// ---------------------------------------------------------------------------------------------
// Holidays (france-law §4.4, worked-examples §D "Holiday test vectors")
// ---------------------------------------------------------------------------------------------

/// Easter Monday, Ascension, Whit Monday as published (worked-examples §D).
const PUBLISHED_MOVABLE: [(i32, &str, &str, &str); 6] = [
    (2015, "2015-04-06", "2015-05-14", "2015-05-25"),
    (2019, "2019-04-22", "2019-05-30", "2019-06-10"),
    (2022, "2022-04-18", "2022-05-26", "2022-06-06"),
    (2023, "2023-04-10", "2023-05-18", "2023-05-29"),
    (2025, "2025-04-21", "2025-05-29", "2025-06-09"),
    (2026, "2026-04-06", "2026-05-14", "2026-05-25"),
];

/// Good Fridays as published (bonsplansmagazine for 2022/2023, actu.orange.fr for 2024).
const PUBLISHED_GOOD_FRIDAYS: [(i32, &str); 3] = [
    (2022, "2022-04-15"),
    (2023, "2023-04-07"),
    (2024, "2024-03-29"),
];

fn dated(year: i32, cal: CalendarKind, name: &str) -> Vec<IsoDate> {
    holidays(year, cal)
        .unwrap_or_else(|e| panic!("{year}: {e}"))
        .into_iter()
        .filter(|h| h.name == name)
        .map(|h| h.date)
        .collect()
}

#[test]
fn computus_matches_every_published_easter_monday() {
    for (year, easter_monday, _, _) in PUBLISHED_MOVABLE {
        let sunday = easter_sunday(year).unwrap_or_else(|e| panic!("{year}: {e}"));
        assert_eq!(sunday.succ(), d(easter_monday), "{year}");
    }
}

#[test]
fn published_movable_holidays() {
    for (year, easter_monday, ascension, whit_monday) in PUBLISHED_MOVABLE {
        for cal in CalendarKind::ALL {
            assert_eq!(dated(year, cal, "Lundi de Pâques"), [d(easter_monday)]);
            assert_eq!(dated(year, cal, "Ascension"), [d(ascension)]);
            assert_eq!(dated(year, cal, "Lundi de Pentecôte"), [d(whit_monday)]);
        }
    }
}

#[test]
fn published_good_fridays_only_in_alsace_moselle() {
    for (year, good_friday) in PUBLISHED_GOOD_FRIDAYS {
        assert_eq!(
            dated(year, CalendarKind::FrAlsaceMoselle, "Vendredi saint"),
            [d(good_friday)]
        );
        assert!(is_holiday(d(good_friday), CalendarKind::FrAlsaceMoselle));
        assert!(!is_holiday(d(good_friday), CalendarKind::Fr));
        assert!(is_working_day(d(good_friday), CalendarKind::Fr));
    }
}

#[test]
fn full_list_2026_metropolitan() {
    // L3133-1 fixed dates + the 2026 movable dates of worked-examples §D, in date order.
    let expected = [
        ("2026-01-01", "Jour de l'an"),
        ("2026-04-06", "Lundi de Pâques"),
        ("2026-05-01", "Fête du Travail"),
        ("2026-05-08", "Victoire 1945"),
        ("2026-05-14", "Ascension"),
        ("2026-05-25", "Lundi de Pentecôte"),
        ("2026-07-14", "Fête nationale"),
        ("2026-08-15", "Assomption"),
        ("2026-11-01", "Toussaint"),
        ("2026-11-11", "Armistice 1918"),
        ("2026-12-25", "Noël"),
    ];
    let got = holidays(2026, CalendarKind::Fr).unwrap_or_else(|e| panic!("{e}"));
    let got: Vec<(String, &str)> = got
        .iter()
        .map(|h| (h.date.to_string(), h.name.as_str()))
        .collect();
    let expected: Vec<(String, &str)> = expected
        .iter()
        .map(|(date, name)| ((*date).to_owned(), *name))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn full_list_2026_alsace_moselle() {
    // Metropolitan list + Good Friday (Easter Monday 6 April − 3 days = Friday 3 April) and
    // 26 December (L3134-13).
    let got = holidays(2026, CalendarKind::FrAlsaceMoselle).unwrap_or_else(|e| panic!("{e}"));
    let dates: Vec<String> = got.iter().map(|h| h.date.to_string()).collect();
    assert_eq!(
        dates,
        [
            "2026-01-01",
            "2026-04-03",
            "2026-04-06",
            "2026-05-01",
            "2026-05-08",
            "2026-05-14",
            "2026-05-25",
            "2026-07-14",
            "2026-08-15",
            "2026-11-01",
            "2026-11-11",
            "2026-12-25",
            "2026-12-26",
        ]
    );
    assert_eq!(
        holiday_name(d("2026-12-26"), CalendarKind::FrAlsaceMoselle),
        Some("Saint-Étienne")
    );
    assert_eq!(holiday_name(d("2026-12-26"), CalendarKind::Fr), None);
}

#[test]
fn overseas_abolition_days() {
    // L3422-2 C. trav. dates (france-law §4.4).
    let days = [
        (CalendarKind::FrGuadeloupe, "05-27"),
        (CalendarKind::FrMartinique, "05-22"),
        (CalendarKind::FrGuyane, "06-10"),
        (CalendarKind::FrReunion, "12-20"),
        (CalendarKind::FrMayotte, "04-27"),
        (CalendarKind::FrSaintBarthelemy, "10-09"),
        (CalendarKind::FrSaintMartin, "05-27"),
    ];
    for (cal, md) in days {
        let date = d(&format!("2026-{md}"));
        assert_eq!(holiday_name(date, cal), Some("Abolition de l'esclavage"));
        assert!(!is_holiday(date, CalendarKind::Fr));
        assert!(!is_holiday(date, CalendarKind::FrAlsaceMoselle));
        assert_eq!(dated(2026, cal, "Abolition de l'esclavage"), [date]);
        assert_eq!(holidays(2026, cal).map(|h| h.len()).ok(), Some(12));
    }
}

#[test]
fn holiday_name_agrees_with_the_yearly_lists_on_every_day() {
    // Two paths: `holidays` places each rule in its year, `holiday_name` tests a single day
    // (and works out Easter only near it). Every day of 1583–2200 in every calendar, plus the
    // edges of the supported years.
    let years = (1583..=2200).chain([1, 2, 9998, 9999]);
    for year in years {
        for cal in CalendarKind::ALL {
            let list = holidays(year, cal).expect("supported year");
            let mut day = IsoDate::from_ymd(year, 1, 1).expect("1 January");
            while day.ymd().0 == year {
                let expected = list.iter().find(|h| h.date == day).map(|h| h.name.as_str());
                assert_eq!(holiday_name(day, cal), expected, "{day} in {cal:?}");
                match day.add_days(1) {
                    Ok(next) => day = next,
                    Err(_) => break,
                }
            }
        }
    }
}

#[test]
fn working_days_and_next_working_day() {
    // Saturday 25 Nov 2023 → Monday 27 Nov (D9).
    assert!(!is_working_day(d("2023-11-25"), CalendarKind::Fr));
    assert!(!is_working_day(d("2023-11-26"), CalendarKind::Fr));
    assert!(is_working_day(d("2023-11-27"), CalendarKind::Fr));
    assert_eq!(
        next_working_day_on_or_after(d("2023-11-25"), CalendarKind::Fr).ok(),
        Some(d("2023-11-27"))
    );
    assert_eq!(
        next_working_day_on_or_after(d("2023-11-27"), CalendarKind::Fr).ok(),
        Some(d("2023-11-27"))
    );
    // Monday 14 July 2025 → Tuesday 15 July.
    assert_eq!(
        next_working_day_on_or_after(d("2025-07-14"), CalendarKind::Fr).ok(),
        Some(d("2025-07-15"))
    );
}

#[test]
fn public_holidays_and_working_day_objects() {
    let input: HolidaysInput = parse(r#"{ "year": 2024, "calendar": "fr-alsace-moselle" }"#)
        .unwrap_or_else(|e| panic!("{e}"));
    let r = public_holidays(&input).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.holidays.len(), 13);
    assert_eq!(r.holidays.get(1).map(|h| h.date), Some(d("2024-03-29")));
    let json = serde_json::to_value(&r).unwrap_or_default();
    assert_eq!(json["calendar"], "fr-alsace-moselle");
    assert_eq!(json["year"], 2024);
    assert_eq!(json["holidays"][1]["date"], "2024-03-29");
    assert_eq!(json["holidays"][1]["name"], "Vendredi saint");

    let e = public_holidays(&HolidaysInput {
        lang: None,
        year: 10_000,
        calendar: None,
    })
    .err();
    assert_eq!(e.as_ref().map(Error::code), Some("date-out-of-range"));
    assert_eq!(e.as_ref().and_then(Error::field), Some("year"));

    // Saturday 19 April 2025, the Saturday before Easter Monday 21 April.
    let input: WorkingDayInput =
        parse(r#"{ "date": "2025-04-19" }"#).unwrap_or_else(|e| panic!("{e}"));
    let r = working_day(&input).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_value(&r).unwrap_or_default();
    assert_eq!(
        json,
        serde_json::json!({
            "date": "2025-04-19",
            "calendar": "fr",
            "workingDay": false,
            "nextWorkingDay": "2025-04-22",
            "nonWorkingDays": [
                { "date": "2025-04-19", "reason": "saturday", "label": "samedi" },
                { "date": "2025-04-20", "reason": "sunday", "label": "dimanche" },
                { "date": "2025-04-21", "reason": "holiday", "label": "Lundi de Pâques" }
            ]
        })
    );
}

// ---------------------------------------------------------------------------------------------
// Deadlines (CPC 641/642, worked-examples D8/D9)
// ---------------------------------------------------------------------------------------------

fn dl(
    from: &str,
    days: Option<u32>,
    months: Option<u32>,
    cal: Option<CalendarKind>,
) -> DeadlineResult {
    deadline(&DeadlineInput {
        lang: None,
        from: d(from),
        days,
        months,
        calendar: cal,
    })
    .unwrap_or_else(|e| panic!("{from}: {e}"))
}

fn labels(r: &DeadlineResult) -> Vec<&str> {
    r.extended_because
        .iter()
        .map(|x| x.label.as_str())
        .collect()
}

#[test]
fn d8_months_first_then_days() {
    // 12 Feb 2017 + 1 month = 12 Mar, + 15 days = Monday 27 Mar 2017 (art. 641 al. 3).
    let r = dl("2017-02-12", Some(15), Some(1), None);
    assert_eq!(r.nominal_date, d("2017-03-27"));
    assert_eq!(r.date, d("2017-03-27"));
    assert!(!r.extended);
}

#[test]
fn d9_saturday_extends_to_monday() {
    // One month from 25 Oct 2023 ends Saturday 25 Nov 2023 → Monday 27 Nov (art. 642).
    let input: DeadlineInput =
        parse(r#"{ "from": "2023-10-25", "months": 1 }"#).unwrap_or_else(|e| panic!("{e}"));
    let r = deadline(&input).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_value(&r).unwrap_or_default();
    assert_eq!(
        json,
        serde_json::json!({
            "date": "2023-11-27",
            "nominalDate": "2023-11-25",
            "extended": true,
            "extendedBecause": [
                { "date": "2023-11-25", "reason": "saturday", "label": "samedi" },
                { "date": "2023-11-26", "reason": "sunday", "label": "dimanche" }
            ],
            "calendar": "fr",
            "basis": "CPC art. 641 et 642"
        })
    );
}

#[test]
fn month_end_rule() {
    // 31 Jan 2026 + 1 month: February has no 31st → 28 Feb 2026, a Saturday → Monday 2 Mar.
    let r = dl("2026-01-31", None, Some(1), None);
    assert_eq!(r.nominal_date, d("2026-02-28"));
    assert_eq!(r.date, d("2026-03-02"));
}

#[test]
fn days_exclude_the_starting_day() {
    // 8 days from Monday 2 March 2026 end on Tuesday 10 March.
    let r = dl("2026-03-02", Some(8), None, None);
    assert_eq!(r.date, d("2026-03-10"));
}

#[test]
fn fourteenth_of_july() {
    // 14 June 2025 + 1 month = Monday 14 July 2025, Fête nationale → Tuesday 15 July.
    let r = dl("2025-06-14", None, Some(1), None);
    assert_eq!(r.nominal_date, d("2025-07-14"));
    assert_eq!(r.date, d("2025-07-15"));
    assert_eq!(labels(&r), ["Fête nationale"]);
    assert_eq!(
        r.extended_because.first().map(|x| x.reason),
        Some(NonWorkingReason::Holiday)
    );
}

#[test]
fn easter_monday_and_the_saturday_before() {
    // Easter Monday 2025 = 21 April (published). 11 April + 10 days = 21 April → Tuesday 22.
    let r = dl("2025-04-11", Some(10), None, None);
    assert_eq!(r.date, d("2025-04-22"));
    assert_eq!(labels(&r), ["Lundi de Pâques"]);
    // 9 April + 10 days = Saturday 19 April → Sunday, Easter Monday → Tuesday 22 April.
    let r = dl("2025-04-09", Some(10), None, None);
    assert_eq!(r.nominal_date, d("2025-04-19"));
    assert_eq!(r.date, d("2025-04-22"));
    assert_eq!(labels(&r), ["samedi", "dimanche", "Lundi de Pâques"]);
}

#[test]
fn alsace_moselle_26_december_and_good_friday() {
    // Friday 26 Dec 2025: a working day in "fr", Saint-Étienne in Alsace-Moselle → Monday 29.
    let r = dl("2025-12-16", Some(10), None, None);
    assert_eq!(r.date, d("2025-12-26"));
    assert!(!r.extended);
    let r = dl(
        "2025-12-16",
        Some(10),
        None,
        Some(CalendarKind::FrAlsaceMoselle),
    );
    assert_eq!(r.date, d("2025-12-29"));
    assert_eq!(labels(&r), ["Saint-Étienne", "samedi", "dimanche"]);
    // Good Friday 18 April 2025 (Easter Monday 21 − 3): Friday to Monday are all off in
    // Alsace-Moselle → Tuesday 22 April.
    let r = dl("2025-04-08", Some(10), None, None);
    assert_eq!(r.date, d("2025-04-18"));
    let r = dl(
        "2025-04-08",
        Some(10),
        None,
        Some(CalendarKind::FrAlsaceMoselle),
    );
    assert_eq!(r.date, d("2025-04-22"));
    assert_eq!(
        labels(&r),
        ["Vendredi saint", "samedi", "dimanche", "Lundi de Pâques"]
    );
    assert_eq!(r.calendar, CalendarKind::FrAlsaceMoselle);
}

#[test]
fn overseas_extensions() {
    // Thursday 22 May 2025 in Martinique → Friday 23 May.
    let r = dl(
        "2025-05-12",
        Some(10),
        None,
        Some(CalendarKind::FrMartinique),
    );
    assert_eq!(r.date, d("2025-05-23"));
    assert_eq!(dl("2025-05-12", Some(10), None, None).date, d("2025-05-22"));
    // Friday 20 Dec 2024 in La Réunion → Monday 23 Dec.
    let r = dl("2024-12-10", Some(10), None, Some(CalendarKind::FrReunion));
    assert_eq!(r.date, d("2024-12-23"));
    assert_eq!(
        labels(&r),
        ["Abolition de l'esclavage", "samedi", "dimanche"]
    );
}

#[test]
fn deadline_input_errors() {
    let e = parse::<DeadlineInput>(r#"{ "from": "2026-02-30", "days": 8 }"#).err();
    assert_eq!(e.as_ref().map(Error::code), Some("invalid-date"));
    assert_eq!(e.as_ref().and_then(Error::field), Some("from"));

    let e = parse::<DeadlineInput>(r#"{ "from": "2026-02-10", "dayz": 8 }"#).err();
    assert_eq!(e.as_ref().map(Error::code), Some("unknown-field"));

    let e = parse::<DeadlineInput>(r#"{ "from": "2026-02-10", "days": -1 }"#).err();
    assert_eq!(e.as_ref().and_then(Error::field), Some("days"));

    let e =
        parse::<DeadlineInput>(r#"{ "from": "2026-02-10", "days": 8, "calendar": "fr-alsace" }"#)
            .err();
    assert_eq!(e.as_ref().map(Error::code), Some("unknown-variant"));
    assert_eq!(e.as_ref().and_then(Error::field), Some("calendar"));

    let input: DeadlineInput =
        parse(r#"{ "from": "2026-02-10" }"#).unwrap_or_else(|e| panic!("{e}"));
    let e = deadline(&input).err();
    assert_eq!(e.as_ref().map(Error::code), Some("invalid-period"));
    assert_eq!(e.as_ref().and_then(Error::field), Some("days"));

    let input: DeadlineInput =
        parse(r#"{ "from": "2026-02-10", "days": 36601 }"#).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        deadline(&input).err().map(|e| e.code()),
        Some("invalid-period")
    );
}

// ---------------------------------------------------------------------------------------------
// Due dates (L441-10 I, worked-examples D2–D7)
// ---------------------------------------------------------------------------------------------

fn due(issue: &str, terms: PaymentTerms) -> DueDateResult {
    due_date(&DueDateInput {
        lang: None,
        issue_date: d(issue),
        terms,
        regime: None,
        public_buyer: None,
    })
    .unwrap_or_else(|e| panic!("{issue}: {e}"))
}

fn a(days: u32) -> PaymentTerms {
    PaymentTerms::DaysEndOfMonth { days }
}

fn b(days: u32) -> PaymentTerms {
    PaymentTerms::EndOfMonthDays { days }
}

fn warned(r: &DueDateResult) -> bool {
    r.warnings
        .iter()
        .any(|w| w.code == TERM_EXCEEDS_LEGAL_MAXIMUM)
}

#[test]
fn d4_reading_a_from_15_january() {
    // 15 Jan + 45 days = 1 Mar (non-leap) → 31 Mar; in 2024, 29 Feb → 29 Feb.
    assert_eq!(due("2023-01-15", a(45)).date, d("2023-03-31"));
    assert_eq!(due("2024-01-15", a(45)).date, d("2024-02-29"));
}

#[test]
fn d5_reading_a_from_15_february() {
    // 15 Feb + 45 = 1 Apr → 30 Apr; in 2024, 31 Mar → 31 Mar.
    assert_eq!(due("2023-02-15", a(45)).date, d("2023-04-30"));
    assert_eq!(due("2024-02-15", a(45)).date, d("2024-03-31"));
}

#[test]
fn d6_both_readings() {
    // 5 Oct: A = 19 Nov → 30 Nov; B = 31 Oct + 45 = 15 Dec.
    assert_eq!(due("2023-10-05", a(45)).date, d("2023-11-30"));
    assert_eq!(due("2023-10-05", b(45)).date, d("2023-12-15"));
    // 22 Oct: A = 6 Dec → 31 Dec (the source's "30 décembre" is a typo); B = 15 Dec.
    assert_eq!(due("2023-10-22", a(45)).date, d("2023-12-31"));
    assert_eq!(due("2023-10-22", b(45)).date, d("2023-12-15"));
}

#[test]
fn d7_plain_days() {
    assert_eq!(
        due("2017-11-08", PaymentTerms::Days { days: 30 }).date,
        d("2017-12-08")
    );
    assert_eq!(
        due("2011-10-07", PaymentTerms::Days { days: 45 }).date,
        d("2011-11-21")
    );
    let r = due("2011-10-07", PaymentTerms::Days { days: 60 });
    assert_eq!(r.date, d("2011-12-06"));
    assert_eq!(r.days_after_issue, 60);
    assert!(!warned(&r));
}

#[test]
fn d2_d3_reading_b_and_the_15th_of_m_plus_2() {
    // D2: 31 Jan 2013 + 45 days = 17 Mar 2013 (the source's 15 Mar is the "15th of M+2"
    // practice).
    assert_eq!(due("2013-01-09", b(45)).date, d("2013-03-17"));
    let r = due(
        "2013-01-09",
        PaymentTerms::DayOfMonth { day: 15, months: 2 },
    );
    assert_eq!(r.date, d("2013-03-15"));
    assert!(!warned(&r));
    // D3: invoice 12 Jan 2009: 31 Jan + 45 = 17 Mar 2009; the practice gives 15 Mar 2009.
    assert_eq!(due("2009-01-12", b(45)).date, d("2009-03-17"));
    assert_eq!(
        due(
            "2009-01-12",
            PaymentTerms::DayOfMonth { day: 15, months: 2 }
        )
        .date,
        d("2009-03-15")
    );
}

#[test]
fn basis_texts() {
    let r = due("2023-01-15", a(45));
    assert_eq!(
        r.basis,
        "45 jours fin de mois, lecture A : date de facture + 45 jours, puis fin de mois"
    );
    let r = due("2023-01-15", b(45));
    assert_eq!(
        r.basis,
        "45 jours fin de mois, lecture B : fin du mois de facture, puis + 45 jours"
    );
    let r = due("2023-01-15", PaymentTerms::Days { days: 30 });
    assert_eq!(
        r.basis,
        "30 jours date de facture : date de facture + 30 jours"
    );
    let r = due("2023-01-15", PaymentTerms::Immediate);
    assert_eq!(r.date, d("2023-01-15"));
    assert_eq!(r.days_after_issue, 0);
}

#[test]
fn due_dates_are_not_moved_to_working_days() {
    // 9 Jan 2013 reading B → Sunday 17 Mar 2013: stays a Sunday.
    let r = due("2013-01-09", b(45));
    assert_eq!(r.date, d("2013-03-17"));
    assert!(!is_working_day(r.date, CalendarKind::Fr));
}

#[test]
fn l441_10_maxima() {
    // Plain days: 60 allowed, 61 not.
    assert!(!warned(&due("2026-01-01", PaymentTerms::Days { days: 60 })));
    let r = due("2026-01-01", PaymentTerms::Days { days: 61 });
    assert!(warned(&r));
    let msg = r
        .warnings
        .first()
        .map(|w| w.message.clone())
        .unwrap_or_default();
    assert!(
        msg.contains("L441-10 I") && msg.contains("L441-16"),
        "{msg}"
    );
    // 45 days end of month: allowed under both readings, even 75 days after the invoice.
    let r = due("2023-01-15", a(45));
    assert_eq!(r.days_after_issue, 75); // 15 Jan → 31 Mar 2023: 16 + 28 + 31.
    assert!(!warned(&r));
    assert!(!warned(&due("2023-01-01", b(45))));
    // 60 days end of month: never allowed.
    assert!(warned(&due("2023-01-15", a(60))));
    assert!(warned(&due("2023-01-15", b(60))));
    // 50 days end of month: allowed only when the date stays within 60 days.
    // 1 Jan 2023 + 50 = 20 Feb → 28 Feb = 58 days.
    let r = due("2023-01-01", a(50));
    assert_eq!(r.date, d("2023-02-28"));
    assert!(!warned(&r));
    // 15 Jan 2023 + 50 = 6 Mar → 31 Mar = 75 days.
    assert!(warned(&due("2023-01-15", a(50))));
    // "15 of M+2" from 1 Apr 2023 = 15 Jun (75 days): later than reading A (16 May → 31 May)
    // and reading B (30 Apr + 45 = 14 Jun).
    let r = due(
        "2023-04-01",
        PaymentTerms::DayOfMonth { day: 15, months: 2 },
    );
    assert_eq!(r.date, d("2023-06-15"));
    assert!(warned(&r));
    // From 1 Jan 2023: 15 Mar, before reading B's 17 Mar.
    assert!(!warned(&due(
        "2023-01-01",
        PaymentTerms::DayOfMonth { day: 15, months: 2 }
    )));
}

#[test]
fn consumer_and_public_regimes() {
    let run = |json: &str| -> DueDateResult {
        let input: DueDateInput = parse(json).unwrap_or_else(|e| panic!("{json}: {e}"));
        due_date(&input).unwrap_or_else(|e| panic!("{json}: {e}"))
    };
    let r = run(
        r#"{ "issueDate": "2026-01-01", "terms": { "kind": "days", "days": 90 }, "regime": "fr-b2c" }"#,
    );
    assert_eq!(r.date, d("2026-04-01"));
    assert!(r.warnings.is_empty());
    // Public buyers: 30 days (State, local authorities), 50 (health), 60 (public enterprises).
    let r = run(
        r#"{ "issueDate": "2026-01-01", "terms": { "kind": "days", "days": 30 }, "regime": "fr-public" }"#,
    );
    assert!(!warned(&r));
    assert!(r.basis.contains("réception de la demande de paiement"));
    let r = run(
        r#"{ "issueDate": "2026-01-01", "terms": { "kind": "days", "days": 45 }, "regime": "fr-public", "publicBuyer": "local-authority" }"#,
    );
    assert!(warned(&r));
    let msg = r
        .warnings
        .first()
        .map(|w| w.message.clone())
        .unwrap_or_default();
    assert!(msg.contains("R2192-10"), "{msg}");
    let r = run(
        r#"{ "issueDate": "2026-01-01", "terms": { "kind": "days", "days": 45 }, "regime": "fr-public", "publicBuyer": "public-health" }"#,
    );
    assert!(!warned(&r));
    let r = run(
        r#"{ "issueDate": "2026-01-01", "terms": { "kind": "days", "days": 61 }, "regime": "fr-public", "publicBuyer": "public-enterprise" }"#,
    );
    assert!(warned(&r));
    assert_eq!(
        due_date(&DueDateInput {
            lang: None,
            issue_date: d("2026-01-01"),
            terms: PaymentTerms::Immediate,
            regime: Some(Regime::FrB2b),
            public_buyer: Some(PublicBuyer::State),
        })
        .err()
        .map(|e| (e.code(), e.field().map(str::to_owned))),
        Some(("inconsistent-input", Some("publicBuyer".to_owned())))
    );
}

#[test]
fn due_date_json_shapes() {
    let input: DueDateInput = parse(
        r#"{ "issueDate": "2023-01-15", "terms": { "kind": "days-end-of-month", "days": 60 } }"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let r = due_date(&input).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_value(&r).unwrap_or_default();
    // 15 Jan 2023 + 60 = 16 Mar → 31 Mar.
    assert_eq!(json["date"], "2023-03-31");
    assert_eq!(json["daysAfterIssue"], 75);
    assert_eq!(json["warnings"][0]["code"], "term-exceeds-legal-maximum");
    assert!(json["basis"]
        .as_str()
        .is_some_and(|s| s.contains("lecture A")));

    for (json, code, field) in [
        (
            r#"{ "issueDate": "2023-02-29", "terms": { "kind": "immediate" } }"#,
            "invalid-date",
            "issueDate",
        ),
        (
            r#"{ "issueDate": "2023-01-15", "terms": { "kind": "days", "dayz": 30 } }"#,
            "unknown-field",
            "terms.dayz",
        ),
        (
            r#"{ "issueDate": "2023-01-15", "terms": { "kind": "weeks", "weeks": 2 } }"#,
            "unknown-variant",
            "terms.kind",
        ),
        (
            r#"{ "issueDate": "2023-01-15", "terms": { "days": 30 } }"#,
            "missing-field",
            "terms.kind",
        ),
        (
            r#"{ "issueDate": "2023-01-15", "terms": { "kind": "days" } }"#,
            "missing-field",
            "terms.days",
        ),
        (
            r#"{ "issueDate": "2023-01-15", "terms": { "kind": "immediate" }, "regime": "fr-b2" }"#,
            "unknown-variant",
            "regime",
        ),
        (r#"{ "issueDate": "2023-01-15" }"#, "missing-field", "terms"),
    ] {
        let e = parse::<DueDateInput>(json).err();
        assert_eq!(e.as_ref().map(Error::code), Some(code), "{json}: {e:?}");
        assert_eq!(
            e.as_ref().and_then(Error::field),
            Some(field),
            "{json}: {e:?}"
        );
    }
    let ok: Result<DueDateInput, _> = parse(
        r#"{ "issueDate": "2023-01-15", "terms": { "kind": "day-of-month", "day": 15, "months": 2 }, "regime": null, "publicBuyer": null }"#,
    );
    assert!(ok.is_ok(), "{ok:?}");
}

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

fn any_date() -> impl Strategy<Value = IsoDate> {
    (1i32..=9999, 1u32..=12, 1u32..=31).prop_map(|(y, m, day)| {
        let last = relance::date::days_in_month(y, m);
        IsoDate::from_ymd(y, m, day.min(last)).unwrap_or_else(|| panic!("{y}-{m}-{day}"))
    })
}

fn any_calendar() -> impl Strategy<Value = CalendarKind> {
    (0usize..CalendarKind::ALL.len())
        .prop_map(|i| CalendarKind::ALL.get(i).copied().unwrap_or_default())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn deadline_never_panics_and_ends_on_a_working_day(
        from in any_date(),
        days in proptest::option::of(0u32..40_000),
        months in proptest::option::of(0u32..1_300),
        cal in proptest::option::of(any_calendar()),
    ) {
        let input = DeadlineInput { lang: None, from, days, months, calendar: cal };
        match deadline(&input) {
            Ok(r) => {
                prop_assert!(is_working_day(r.date, r.calendar));
                prop_assert!(r.date >= r.nominal_date);
                prop_assert!(r.nominal_date > from);
                prop_assert_eq!(r.extended, r.date != r.nominal_date);
                prop_assert_eq!(r.extended_because.len() as i32, r.nominal_date.days_until(r.date));
            }
            Err(e) => {
                prop_assert!(
                    ["invalid-period", "date-out-of-range"].contains(&e.code()),
                    "unexpected error {}", e
                );
            }
        }
    }

    #[test]
    fn due_date_never_panics(
        issue in any_date(),
        kind in 0u8..5,
        n in 0u32..40_000,
        day in 0u32..40,
        months in 0u32..1_300,
        regime in 0u8..3,
    ) {
        let terms = match kind {
            0 => PaymentTerms::Immediate,
            1 => PaymentTerms::Days { days: n },
            2 => PaymentTerms::DaysEndOfMonth { days: n },
            3 => PaymentTerms::EndOfMonthDays { days: n },
            _ => PaymentTerms::DayOfMonth { day, months },
        };
        let regime = match regime {
            0 => Regime::FrB2b,
            1 => Regime::FrB2c,
            _ => Regime::FrPublic,
        };
        let input = DueDateInput { lang: None, issue_date: issue, terms, regime: Some(regime), public_buyer: None };
        match due_date(&input) {
            Ok(r) => {
                prop_assert!(r.date >= issue);
                prop_assert_eq!(i64::from(r.days_after_issue), i64::from(issue.days_until(r.date)));
            }
            Err(e) => prop_assert!(
                ["invalid-terms", "date-out-of-range"].contains(&e.code()),
                "unexpected error {}", e
            ),
        }
    }
}
