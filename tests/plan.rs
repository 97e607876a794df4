//! `payment_plan`: hand-computed schedules, the 24-month warning (art. 1343-5 C. civ.), error
//! codes and field paths of bad inputs, and property tests.
//!
//! Every expected amount and date below was worked out by hand (the arithmetic is in the
//! comments), never copied from relance's output. Rule under test: every instalment but the
//! last is the equal share rounded down to the cent (or to `roundTo`); the last is the balance.

use proptest::prelude::*;
use relance::date::days_in_month;
use relance::error::deserialize;
use relance::plan::{payment_plan, PaymentPlanInput, PaymentPlanResult, PLAN_EXCEEDS_24_MONTHS};
use relance::IsoDate;
use serde_json::{json, Value};

fn run(input: Value) -> relance::Result<PaymentPlanResult> {
    let parsed: PaymentPlanInput = deserialize(input)?;
    payment_plan(&parsed)
}

fn ok(input: Value) -> PaymentPlanResult {
    run(input.clone()).unwrap_or_else(|e| panic!("{input}: {e}"))
}

fn amounts(r: &PaymentPlanResult) -> Vec<String> {
    r.instalments.iter().map(|i| i.amount.to_string()).collect()
}

fn dates(r: &PaymentPlanResult) -> Vec<String> {
    r.instalments.iter().map(|i| i.date.to_string()).collect()
}

fn codes(r: &PaymentPlanResult) -> Vec<&str> {
    r.warnings.iter().map(|w| w.code.as_str()).collect()
}

fn err(input: Value) -> (&'static str, Option<String>) {
    match run(input.clone()) {
        Ok(r) => panic!("{input}: expected an error, got {r:?}"),
        Err(e) => (e.code(), e.field().map(str::to_owned)),
    }
}

fn at(code: &'static str, field: &str) -> (&'static str, Option<String>) {
    (code, Some(field.to_owned()))
}

// ---------------------------------------------------------------------------------------------
// Schedules
// ---------------------------------------------------------------------------------------------

#[test]
fn brief_example_full_json() {
    // 1000.00 / 3 = 333.333…: 333.33, 333.33, and 1000.00 − 666.66 = 333.34 last.
    // 31 January + 1 month → 29 February 2024 (leap year); + 2 months → 31 March.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2024-01-31", "count": 3, "frequency": "monthly"
    }));
    let got = serde_json::to_value(&r).expect("serializes");
    assert_eq!(
        got,
        json!({
            "instalments": [
                { "number": 1, "date": "2024-01-31", "amount": "333.33" },
                { "number": 2, "date": "2024-02-29", "amount": "333.33" },
                { "number": 3, "date": "2024-03-31", "amount": "333.34" }
            ],
            "total": "1000.00",
            "count": 3,
            "lastDate": "2024-03-31",
            "warnings": []
        })
    );
}

#[test]
fn monthly_dates_are_computed_from_the_first_not_chained() {
    // Chained, 31 Jan → 29 Feb → 29 Mar. From the first date: 31 Mar, 30 Apr, 31 May, …
    // 1000.00 / 14 = 71.428…: 71.42 × 13 = 928.46, last 1000.00 − 928.46 = 71.54.
    let r = ok(json!({
        "amount": "1000.00", "firstDate": "2023-12-31", "count": 14, "frequency": "monthly"
    }));
    assert_eq!(
        dates(&r),
        [
            "2023-12-31",
            "2024-01-31",
            "2024-02-29",
            "2024-03-31",
            "2024-04-30",
            "2024-05-31",
            "2024-06-30",
            "2024-07-31",
            "2024-08-31",
            "2024-09-30",
            "2024-10-31",
            "2024-11-30",
            "2024-12-31",
            "2025-01-31",
        ]
    );
    let mut want = vec!["71.42"; 13];
    want.push("71.54");
    assert_eq!(amounts(&r), want);
    assert_eq!(r.total.to_string(), "1000.00");
    assert_eq!(r.count, 14);
    assert_eq!(r.last_date.to_string(), "2025-01-31");

    // A 30th stays a 30th after February (not 28 or 29 for the rest of the plan).
    let r = ok(json!({
        "amount": "300", "firstDate": "2025-01-30", "count": 3, "frequency": "monthly"
    }));
    assert_eq!(dates(&r), ["2025-01-30", "2025-02-28", "2025-03-30"]);
}

#[test]
fn weekly_and_biweekly_dates() {
    // 2026-02-23 is a Monday; February 2026 has 28 days, so +7 → 2 March.
    // 500.00 / 5 = 100.00 exactly.
    let r = ok(json!({
        "amount": 500, "firstDate": "2026-02-23", "count": 5, "frequency": "weekly"
    }));
    assert_eq!(
        dates(&r),
        [
            "2026-02-23",
            "2026-03-02",
            "2026-03-09",
            "2026-03-16",
            "2026-03-23"
        ]
    );
    assert_eq!(amounts(&r), ["100.00"; 5]);

    // Every 14 days across 29 February 2024: 15 Feb, 29 Feb, 14 Mar, 28 Mar.
    // 250.00 / 4 = 62.50 exactly.
    let r = ok(json!({
        "amount": "250", "firstDate": "2024-02-15", "count": 4, "frequency": "biweekly"
    }));
    assert_eq!(
        dates(&r),
        ["2024-02-15", "2024-02-29", "2024-03-14", "2024-03-28"]
    );
    assert_eq!(amounts(&r), ["62.50"; 4]);

    // Weekly across the new year: 2025-12-22, 29, 2026-01-05.
    // 100.00 / 3 = 33.333…: 33.33, 33.33, 33.34.
    let r = ok(json!({
        "amount": "100", "firstDate": "2025-12-22", "count": 3, "frequency": "weekly"
    }));
    assert_eq!(dates(&r), ["2025-12-22", "2025-12-29", "2026-01-05"]);
    assert_eq!(amounts(&r), ["33.33", "33.33", "33.34"]);
}

#[test]
fn quarterly_across_years() {
    // 30 Nov 2024 + 3 months → 28 Feb 2025 (not leap); + 6 → 30 May; + 9 → 30 Aug;
    // + 12 → 30 Nov 2025. 1200.00 / 5 = 240.00.
    let r = ok(json!({
        "amount": "1200", "firstDate": "2024-11-30", "count": 5, "frequency": "quarterly"
    }));
    assert_eq!(
        dates(&r),
        [
            "2024-11-30",
            "2025-02-28",
            "2025-05-30",
            "2025-08-30",
            "2025-11-30"
        ]
    );
    assert_eq!(amounts(&r), ["240.00"; 5]);
    assert_eq!(r.last_date.to_string(), "2025-11-30");

    // 30 Nov 2023 + 3 months → 29 Feb 2024 (leap). 1000.00 / 3 → 333.33, 333.33, 333.34.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2023-11-30", "count": 3, "frequency": "quarterly"
    }));
    assert_eq!(dates(&r), ["2023-11-30", "2024-02-29", "2024-05-30"]);
    assert_eq!(amounts(&r), ["333.33", "333.33", "333.34"]);
}

#[test]
fn single_instalment_and_one_cent_each() {
    let r = ok(json!({
        "amount": "1234.56", "firstDate": "2026-03-15", "count": 1, "frequency": "monthly"
    }));
    assert_eq!(amounts(&r), ["1234.56"]);
    assert_eq!(r.last_date.to_string(), "2026-03-15");
    // 0.03 in 3: one cent each.
    let r = ok(json!({
        "amount": "0.03", "firstDate": "2026-03-15", "count": 3, "frequency": "weekly"
    }));
    assert_eq!(amounts(&r), ["0.01", "0.01", "0.01"]);
    // 0.05 in 3: 0.01, 0.01, 0.03.
    let r = ok(json!({
        "amount": "0.05", "firstDate": "2026-03-15", "count": 3, "frequency": "weekly"
    }));
    assert_eq!(amounts(&r), ["0.01", "0.01", "0.03"]);
}

#[test]
fn amount_as_a_number() {
    // 1234.5 / 2 = 617.25 exactly.
    let r = ok(json!({
        "amount": 1234.5, "firstDate": "2026-01-10", "count": 2, "frequency": "monthly"
    }));
    assert_eq!(amounts(&r), ["617.25", "617.25"]);
    assert_eq!(r.total.to_string(), "1234.50");
}

#[test]
fn round_to_whole_euros_and_tens() {
    // 1000 / 3 = 333.33 → 333 (whole euros) twice, last 1000 − 666 = 334.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2026-01-31", "count": 3, "frequency": "monthly",
        "roundTo": "1"
    }));
    assert_eq!(amounts(&r), ["333.00", "333.00", "334.00"]);
    // 2500 / 12 = 208.33 → 208 × 11 = 2288, last 212.
    let r = ok(json!({
        "amount": "2500", "firstDate": "2026-01-05", "count": 12, "frequency": "monthly",
        "roundTo": 1
    }));
    let mut want = vec!["208.00"; 11];
    want.push("212.00");
    assert_eq!(amounts(&r), want);
    // 2500 / 12 = 208.33 → 200 (tens) × 11 = 2200, last 300.
    let r = ok(json!({
        "amount": "2500", "firstDate": "2026-01-05", "count": 12, "frequency": "monthly",
        "roundTo": "10"
    }));
    let mut want = vec!["200.00"; 11];
    want.push("300.00");
    assert_eq!(amounts(&r), want);
    // Cents in the amount: 1000.99 / 4 = 250.2475 → 250 × 3 = 750, last 250.99.
    let r = ok(json!({
        "amount": "1000.99", "firstDate": "2026-01-05", "count": 4, "frequency": "weekly",
        "roundTo": "1"
    }));
    assert_eq!(amounts(&r), ["250.00", "250.00", "250.00", "250.99"]);
    // roundTo "0.01" is the default.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2024-01-31", "count": 3, "frequency": "monthly",
        "roundTo": "0.01"
    }));
    assert_eq!(amounts(&r), ["333.33", "333.33", "333.34"]);
}

#[test]
fn down_payment() {
    // 400 down, 600 / 3 = 200.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2026-02-01", "count": 4, "frequency": "monthly",
        "firstAmount": "400"
    }));
    assert_eq!(amounts(&r), ["400.00", "200.00", "200.00", "200.00"]);
    assert_eq!(
        dates(&r),
        ["2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01"]
    );
    // 300 down, 700 / 3 = 233.333… → 233.33, 233.33, 233.34.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2026-02-01", "count": 4, "frequency": "monthly",
        "firstAmount": 300
    }));
    assert_eq!(amounts(&r), ["300.00", "233.33", "233.33", "233.34"]);
    // With whole euros: 700 / 3 → 233, 233, 234; the down payment keeps its cents.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2026-02-01", "count": 4, "frequency": "monthly",
        "firstAmount": "300.50", "roundTo": "1"
    }));
    // 1000 − 300.50 = 699.50; / 3 = 233.17 → 233 twice, last 699.50 − 466 = 233.50.
    assert_eq!(amounts(&r), ["300.50", "233.00", "233.00", "233.50"]);
    // A down payment smaller than the others is allowed: 10 down, 990 / 2 = 495.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2026-02-01", "count": 3, "frequency": "weekly",
        "firstAmount": "10"
    }));
    assert_eq!(amounts(&r), ["10.00", "495.00", "495.00"]);
    // count 1: the down payment is the whole amount.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2026-02-01", "count": 1, "frequency": "weekly",
        "firstAmount": "1000.00"
    }));
    assert_eq!(amounts(&r), ["1000.00"]);
    // Two instalments: the down payment and the balance, roundTo irrelevant.
    let r = ok(json!({
        "amount": "1000", "firstDate": "2026-02-01", "count": 2, "frequency": "weekly",
        "firstAmount": "999.95", "roundTo": "100"
    }));
    assert_eq!(amounts(&r), ["999.95", "0.05"]);
}

// ---------------------------------------------------------------------------------------------
// Two years (art. 1343-5 C. civ.)
// ---------------------------------------------------------------------------------------------

fn plan_codes(first: &str, count: u32, frequency: &str) -> (String, Vec<String>) {
    let r = ok(json!({
        "amount": "10000", "firstDate": first, "count": count, "frequency": frequency
    }));
    (
        r.last_date.to_string(),
        codes(&r).into_iter().map(str::to_owned).collect(),
    )
}

#[test]
fn plan_longer_than_24_months_warns() {
    let warn = vec![PLAN_EXCEEDS_24_MONTHS.to_owned()];
    let none: Vec<String> = vec![];
    // 25 monthly instalments: the last is 24 months after the first, exactly two years.
    assert_eq!(
        plan_codes("2024-01-31", 25, "monthly"),
        ("2026-01-31".to_owned(), none.clone())
    );
    // 26 monthly instalments: a 25-month plan.
    assert_eq!(
        plan_codes("2024-01-31", 26, "monthly"),
        ("2026-02-28".to_owned(), warn.clone())
    );
    // Clamped limit: 29 Feb 2024 + 24 months = 28 Feb 2026, equal to the last date.
    assert_eq!(
        plan_codes("2024-02-29", 25, "monthly"),
        ("2026-02-28".to_owned(), none.clone())
    );
    // Quarterly: 9 instalments span 24 months, 10 span 27.
    assert_eq!(
        plan_codes("2024-03-15", 9, "quarterly"),
        ("2026-03-15".to_owned(), none.clone())
    );
    assert_eq!(
        plan_codes("2024-03-15", 10, "quarterly"),
        ("2026-06-15".to_owned(), warn.clone())
    );
    // Weekly: 105 instalments span 104 weeks = 728 days: 2024-01-01 + 366 = 2025-01-01,
    // + 362 = 2025-12-29, before 2026-01-01. 106 span 735 days → 2026-01-05, after it.
    assert_eq!(
        plan_codes("2024-01-01", 105, "weekly"),
        ("2025-12-29".to_owned(), none.clone())
    );
    assert_eq!(
        plan_codes("2024-01-01", 106, "weekly"),
        ("2026-01-05".to_owned(), warn.clone())
    );
    // Biweekly: 53 instalments span 728 days, 54 span 742 (2026-01-12).
    assert_eq!(
        plan_codes("2024-01-01", 53, "biweekly"),
        ("2025-12-29".to_owned(), none)
    );
    assert_eq!(
        plan_codes("2024-01-01", 54, "biweekly"),
        ("2026-01-12".to_owned(), warn)
    );
    let r = ok(json!({
        "amount": "10000", "firstDate": "2024-01-31", "count": 26, "frequency": "monthly"
    }));
    assert!(
        r.warnings[0].message.contains("1343-5"),
        "{}",
        r.warnings[0].message
    );
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

fn base() -> Value {
    json!({ "amount": "1000", "firstDate": "2024-01-31", "count": 3, "frequency": "monthly" })
}

fn with(key: &str, value: Value) -> Value {
    let mut v = base();
    v[key] = value;
    v
}

#[test]
fn count_out_of_range() {
    assert_eq!(err(with("count", json!(0))), at("invalid-period", "count"));
    assert_eq!(
        err(with("count", json!(361))),
        at("invalid-period", "count")
    );
    assert_eq!(
        err(with("count", json!(4_000_000_000u32))),
        at("invalid-period", "count")
    );
    assert!(run(with("count", json!(360))).is_ok());
    assert_eq!(err(with("count", json!(-1))), at("invalid-type", "count"));
    assert_eq!(err(with("count", json!(2.5))), at("invalid-type", "count"));
    assert_eq!(err(with("count", json!("3"))), at("invalid-type", "count"));
}

#[test]
fn zero_and_bad_amounts() {
    assert_eq!(
        err(with("amount", json!("0"))),
        at("amount-out-of-range", "amount")
    );
    assert_eq!(
        err(with("amount", json!(0))),
        at("amount-out-of-range", "amount")
    );
    assert_eq!(
        err(with("amount", json!("0.00"))),
        at("amount-out-of-range", "amount")
    );
    assert_eq!(
        err(with("amount", json!("12.345"))),
        at("invalid-amount", "amount")
    );
    assert_eq!(
        err(with("amount", json!("12,50"))),
        at("invalid-amount", "amount")
    );
    assert_eq!(
        err(with("amount", json!("-5"))),
        at("negative-amount", "amount")
    );
    assert_eq!(
        err(with("amount", json!("1000000000000.01"))),
        at("amount-out-of-range", "amount")
    );
}

#[test]
fn fewer_cents_than_instalments() {
    // 0.02 cannot give 3 instalments of at least 0.01.
    let mut v = with("amount", json!("0.02"));
    assert_eq!(err(v.clone()), at("inconsistent-input", "count"));
    v["count"] = json!(2);
    assert!(run(v).is_ok());
    let e = run(with("amount", json!("0.02"))).expect_err("error");
    assert!(e.message().contains("0,02\u{a0}€"), "{}", e.message());
    assert!(e.message().contains('3'), "{}", e.message());
    let en = e.message_in(relance::Lang::En);
    assert!(en.contains("€0.02") && en.contains('3'), "{en}");
}

#[test]
fn first_amount_errors() {
    assert_eq!(
        err(with("firstAmount", json!("1500"))),
        at("inconsistent-input", "firstAmount")
    );
    // The whole amount as a down payment leaves nothing for instalments 2 and 3.
    assert_eq!(
        err(with("firstAmount", json!("1000"))),
        at("inconsistent-input", "firstAmount")
    );
    // 999.99 leaves 0.01 for two instalments.
    assert_eq!(
        err(with("firstAmount", json!("999.99"))),
        at("inconsistent-input", "firstAmount")
    );
    // 999.98 leaves 0.02: 0.01 each.
    let r = ok(with("firstAmount", json!("999.98")));
    assert_eq!(amounts(&r), ["999.98", "0.01", "0.01"]);
    assert_eq!(
        err(with("firstAmount", json!("0"))),
        at("amount-out-of-range", "firstAmount")
    );
    assert_eq!(
        err(with("firstAmount", json!("1.001"))),
        at("invalid-amount", "firstAmount")
    );
    // count 1 and a down payment that is not the whole amount.
    let mut v = with("firstAmount", json!("400"));
    v["count"] = json!(1);
    assert_eq!(err(v), at("inconsistent-input", "firstAmount"));
}

#[test]
fn round_to_errors() {
    // 50.00 / 3 = 16.66, rounded down to a multiple of 100 is 0.
    let mut v = with("roundTo", json!("100"));
    v["amount"] = json!("50");
    assert_eq!(err(v), at("inconsistent-input", "roundTo"));
    assert_eq!(
        err(with("roundTo", json!("0"))),
        at("amount-out-of-range", "roundTo")
    );
    assert_eq!(
        err(with("roundTo", json!("0.001"))),
        at("invalid-amount", "roundTo")
    );
}

#[test]
fn shape_errors() {
    assert_eq!(
        err(with("frequency", json!("daily"))),
        at("unknown-variant", "frequency")
    );
    assert_eq!(
        err(with("frequency", json!("Monthly"))),
        at("unknown-variant", "frequency")
    );
    assert_eq!(
        err(with("firstDate", json!("2024-02-30"))),
        at("invalid-date", "firstDate")
    );
    assert_eq!(
        err(with("firstdate", json!("2024-01-31"))),
        at("unknown-field", "firstdate")
    );
    let mut v = base();
    v.as_object_mut().map(|o| o.remove("frequency"));
    assert_eq!(err(v), at("missing-field", "frequency"));
    assert_eq!(err(json!(null)).0, "invalid-type");
    // Past 9999-12-31.
    let mut v = with("firstDate", json!("9999-11-30"));
    v["count"] = json!(3);
    assert_eq!(err(v), at("date-out-of-range", "firstDate"));
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const FREQUENCIES: [&str; 4] = ["weekly", "biweekly", "monthly", "quarterly"];

fn cents_str(c: u64) -> String {
    format!("{}.{:02}", c / 100, c % 100)
}

fn to_cents(s: &str) -> u64 {
    let (int, frac) = s.split_once('.').unwrap_or((s, "00"));
    int.parse::<u64>().unwrap_or(u64::MAX) * 100 + frac.parse::<u64>().unwrap_or(u64::MAX)
}

fn month_index(d: IsoDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month())
}

fn amount_strategy() -> impl Strategy<Value = u64> {
    prop_oneof![1u64..=1_000, 1u64..=10_000_000, 1u64..=100_000_000_000_000]
}

proptest! {
    #[test]
    fn schedules_add_up(
        amount in amount_strategy(),
        count in 1u32..=360,
        freq in 0usize..4,
        days_from_1950 in 0i32..50_000,
    ) {
        let first = IsoDate::parse("1950-01-01").unwrap().add_days(days_from_1950).unwrap();
        let frequency = FREQUENCIES[freq];
        let input = json!({
            "amount": cents_str(amount), "firstDate": first.to_string(),
            "count": count, "frequency": frequency
        });
        let result = run(input.clone());
        if amount < u64::from(count) {
            let e = result.expect_err("fewer cents than instalments");
            prop_assert_eq!(e.code(), "inconsistent-input");
            prop_assert_eq!(e.field(), Some("count"));
            return Ok(());
        }
        let r = result.unwrap_or_else(|e| panic!("{input}: {e}"));
        prop_assert_eq!(r.count, count);
        prop_assert_eq!(r.instalments.len(), count as usize);
        let cents: Vec<u64> = r.instalments.iter().map(|i| to_cents(&i.amount.to_string())).collect();
        prop_assert_eq!(cents.iter().sum::<u64>(), amount);
        prop_assert_eq!(to_cents(&r.total.to_string()), amount);
        prop_assert!(cents.iter().all(|&c| c >= 1));
        // Every instalment but the last is the same; the last is at least as large and
        // exceeds it by less than one cent per instalment.
        let regular = cents[0];
        let last = cents[cents.len() - 1];
        prop_assert!(cents[..cents.len() - 1].iter().all(|&c| c == regular));
        prop_assert!(last >= regular);
        prop_assert!(last - regular < u64::from(count).max(1));
        for (k, i) in r.instalments.iter().enumerate() {
            prop_assert_eq!(i.number as usize, k + 1);
        }
        prop_assert_eq!(r.instalments[0].date, first);
        prop_assert_eq!(r.last_date, r.instalments[cents.len() - 1].date);
        for pair in r.instalments.windows(2) {
            let (a, b) = (pair[0].date, pair[1].date);
            prop_assert!(a < b);
            match frequency {
                "weekly" => prop_assert_eq!(a.days_until(b), 7),
                "biweekly" => prop_assert_eq!(a.days_until(b), 14),
                _ => {}
            }
        }
        if frequency == "monthly" || frequency == "quarterly" {
            let step = if frequency == "monthly" { 1 } else { 3 };
            for (k, i) in r.instalments.iter().enumerate() {
                prop_assert_eq!(month_index(i.date) - month_index(first), step * k as i64);
                let dim = days_in_month(i.date.year(), i.date.month());
                prop_assert_eq!(i.date.day(), first.day().min(dim));
            }
        }
        // Warning iff the last date is past first + 24 months (same day number, clamped).
        let months = month_index(r.last_date) - month_index(first);
        let limit_day = first.day().min(days_in_month(r.last_date.year(), r.last_date.month()));
        let exceeds = months > 24 || (months == 24 && r.last_date.day() > limit_day);
        prop_assert_eq!(codes(&r).contains(&PLAN_EXCEEDS_24_MONTHS), exceeds);
        prop_assert!(r.warnings.len() <= 1);
    }

    #[test]
    fn options_add_up(
        amount in amount_strategy(),
        count in 1u32..=360,
        first_share in proptest::option::of(0u64..=10_000),
        round_to in proptest::option::of(prop_oneof![Just(1u64), Just(100), Just(1_000), 1u64..=100_000]),
    ) {
        let mut input = json!({
            "amount": cents_str(amount), "firstDate": "2026-01-31", "count": count,
            "frequency": "monthly"
        });
        // A down payment as a fraction (per ten thousand) of the amount.
        let first = first_share.map(|s| amount * s / 10_000);
        if let Some(f) = first {
            input["firstAmount"] = json!(cents_str(f));
        }
        if let Some(step) = round_to {
            input["roundTo"] = json!(cents_str(step));
        }
        match run(input.clone()) {
            Err(e) => {
                prop_assert!(
                    ["inconsistent-input", "amount-out-of-range"].contains(&e.code()),
                    "{}: {}", input, e
                );
                match e.field() {
                    Some("firstAmount") => prop_assert!(first.is_some()),
                    Some("roundTo") => prop_assert!(round_to.is_some()),
                    Some("count") => prop_assert!(first.is_none() && amount < u64::from(count)),
                    other => prop_assert!(false, "unexpected field {:?} for {}", other, input),
                }
            }
            Ok(r) => {
                let cents: Vec<u64> = r.instalments.iter().map(|i| to_cents(&i.amount.to_string())).collect();
                prop_assert_eq!(cents.len(), count as usize);
                prop_assert_eq!(cents.iter().sum::<u64>(), amount);
                prop_assert!(cents.iter().all(|&c| c >= 1));
                let skip = usize::from(first.is_some());
                if let Some(f) = first {
                    prop_assert_eq!(cents[0], f);
                }
                // The regular instalments (between the down payment and the last) are equal
                // multiples of the step.
                if cents.len() > skip + 1 {
                    let regular = &cents[skip..cents.len() - 1];
                    let step = round_to.unwrap_or(1);
                    prop_assert!(regular.iter().all(|&c| c == regular[0] && c % step == 0));
                    prop_assert!(cents[cents.len() - 1] >= regular[0]);
                }
            }
        }
    }

    #[test]
    fn arbitrary_inputs_never_panic(
        amount in prop_oneof![Just(json!("0")), (0u64..=200_000_000_000_000).prop_map(|c| json!(cents_str(c)))],
        count in prop_oneof![0u32..=400, any::<u32>()],
        first in prop_oneof![Just(None), (0u64..=200_000).prop_map(Some)],
        round_to in prop_oneof![Just(None), (0u64..=200_000).prop_map(Some)],
        freq in 0usize..4,
        year in 1u32..=9999,
    ) {
        let mut input = json!({
            "amount": amount, "firstDate": format!("{year:04}-12-31"), "count": count,
            "frequency": FREQUENCIES[freq]
        });
        if let Some(f) = first {
            input["firstAmount"] = json!(cents_str(f));
        }
        if let Some(r) = round_to {
            input["roundTo"] = json!(cents_str(r));
        }
        let _ = run(input);
    }
}
