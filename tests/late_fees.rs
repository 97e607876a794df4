//! `late_fees` against the golden cases of `tests/data/late_fees.json` (shared with the JS
//! tests on the built package), bad inputs, and property tests.
//!
//! The golden expectations come from `reference/worked-examples.md` and hand computations
//! (each case's `source` explains its arithmetic); `tests/oracle/late_fees_oracle.py`
//! recomputes them independently.

use proptest::prelude::*;
use relance::error::deserialize;
use relance::regime::{late_fees, LateFeesInput, LateFeesResult};
use serde_json::Value;

fn parse(input: &Value) -> relance::Result<LateFeesInput> {
    deserialize(input.clone())
}

fn run(input: &Value) -> relance::Result<LateFeesResult> {
    late_fees(&parse(input)?)
}

fn golden() -> Vec<Value> {
    let text = include_str!("data/late_fees.json");
    let doc: Value = serde_json::from_str(text).expect("golden file is JSON");
    doc["cases"].as_array().expect("cases array").clone()
}

/// Compares the keys present in `expected` with the result; `warnings` lists codes that must
/// all be present; `periods` compares the listed fields of each line.
fn mismatches(name: &str, expected: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(expected) = expected.as_object() else {
        return vec![format!("{name}: expected is not an object")];
    };
    for (key, want) in expected {
        if key == "warnings" {
            let codes: Vec<&str> = actual["warnings"]
                .as_array()
                .map(|w| w.iter().filter_map(|x| x["code"].as_str()).collect())
                .unwrap_or_default();
            for code in want.as_array().into_iter().flatten() {
                let code = code.as_str().unwrap_or_default();
                if !codes.contains(&code) {
                    out.push(format!("{name}: warning {code} missing (got {codes:?})"));
                }
            }
        } else if key == "periods" {
            let got = actual["periods"].as_array().cloned().unwrap_or_default();
            let want = want.as_array().cloned().unwrap_or_default();
            if got.len() != want.len() {
                out.push(format!(
                    "{name}: {} periods, expected {}: {got:?}",
                    got.len(),
                    want.len()
                ));
                continue;
            }
            for (i, (g, w)) in got.iter().zip(&want).enumerate() {
                for (field, value) in w.as_object().into_iter().flatten() {
                    if &g[field] != value {
                        out.push(format!(
                            "{name}: periods[{i}].{field} = {}, expected {value}",
                            g[field]
                        ));
                    }
                }
            }
        } else if &actual[key] != want {
            out.push(format!("{name}: {key} = {}, expected {want}", actual[key]));
        }
    }
    out
}

#[test]
fn golden_cases() {
    let cases = golden();
    assert!(
        cases.len() >= 30,
        "the golden file should hold at least 30 cases"
    );
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap_or("?");
        match run(&case["input"]) {
            Ok(result) => {
                let actual = serde_json::to_value(&result).expect("serializes");
                failures.extend(mismatches(name, &case["expected"], &actual));
            }
            Err(e) => failures.push(format!("{name}: error {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// worked-examples A1, written out here too so the headline example cannot silently vanish.
#[test]
fn worked_example_a1() {
    let r = run(&serde_json::json!({
        "regime": "fr-b2b", "amount": "15000", "dueDate": "2018-04-15",
        "asOf": "2018-05-15", "contractRate": "15"
    }))
    .expect("computes");
    assert_eq!(r.days, 30);
    assert_eq!(r.interest.to_string(), "184.93");
    assert_eq!(r.compensation.to_string(), "40.00");
    assert_eq!(r.total_due.to_string(), "15224.93");
}

#[test]
fn bad_inputs_give_codes_and_fields() {
    let base = serde_json::json!({
        "regime": "fr-b2b", "amount": "1000", "dueDate": "2025-01-31", "asOf": "2025-03-31"
    });
    let with = |key: &str, value: Value| {
        let mut v = base.clone();
        v[key] = value;
        v
    };
    let cases: Vec<(Value, &str, Option<&str>)> = vec![
        (Value::Null, "invalid-type", None),
        (serde_json::json!([]), "invalid-type", None),
        (serde_json::json!("fr-b2b"), "invalid-type", None),
        (
            with("dueDate", "2025-02-30".into()),
            "invalid-date",
            Some("dueDate"),
        ),
        (
            with("asOf", "31/03/2025".into()),
            "invalid-date",
            Some("asOf"),
        ),
        (
            with("amount", "12,50".into()),
            "invalid-amount",
            Some("amount"),
        ),
        (
            with("amount", "-5".into()),
            "negative-amount",
            Some("amount"),
        ),
        (
            with("amount", "1e3".into()),
            "invalid-amount",
            Some("amount"),
        ),
        (
            with("amount", 1e30.into()),
            "amount-out-of-range",
            Some("amount"),
        ),
        (
            with("regime", "fr-b2x".into()),
            "unknown-variant",
            Some("regime"),
        ),
        (with("amout", "1".into()), "unknown-field", Some("amout")),
        (
            with("contractRate", "abc".into()),
            "invalid-rate",
            Some("contractRate"),
        ),
        (
            with("contractRate", "1000".into()),
            "rate-out-of-range",
            Some("contractRate"),
        ),
        (
            with("allocation", "lifo".into()),
            "unknown-variant",
            Some("allocation"),
        ),
        (
            with("dayCount", "30/360".into()),
            "unknown-variant",
            Some("dayCount"),
        ),
        (
            with("strictRates", "yes".into()),
            "invalid-type",
            Some("strictRates"),
        ),
        (
            with(
                "payments",
                serde_json::json!([{"date": "2025-02-01", "amount": "1"}, {"date": "2025-02-02", "amount": "x"}]),
            ),
            "invalid-amount",
            Some("payments[1].amount"),
        ),
        (
            with("payments", serde_json::json!([{"amount": "1"}])),
            "missing-field",
            Some("payments[0].date"),
        ),
        (
            with("dueDate", "1990-01-31".into()),
            "date-before-rates",
            Some("dueDate"),
        ),
        (
            with(
                "rates",
                serde_json::json!([{"table": "legal-individual", "from": "2026-08-01", "ratePercent": "6"}]),
            ),
            "inconsistent-input",
            Some("rates[0].from"),
        ),
    ];
    for (input, code, field) in cases {
        let e = run(&input).expect_err(&input.to_string());
        assert_eq!(e.code(), code, "{input}: {e}");
        assert_eq!(e.field(), field, "{input}: {e}");
        assert!(!e.message().is_empty());
    }
    let mut missing = base.clone();
    missing.as_object_mut().expect("object").remove("asOf");
    let e = run(&missing).expect_err("missing asOf");
    assert_eq!((e.code(), e.field()), ("missing-field", Some("asOf")));
}

#[test]
fn strict_rates_refuse_an_unpublished_half_year_and_rows_supply_it() {
    let input = serde_json::json!({
        "regime": "fr-b2b", "amount": "1000", "dueDate": "2026-05-31", "asOf": "2026-08-31",
        "strictRates": true
    });
    let e = run(&input).expect_err("2026H2 is not published");
    assert_eq!((e.code(), e.field()), ("rate-unavailable", Some("asOf")));
    let mut supplied = input.clone();
    supplied["rates"] =
        serde_json::json!([{"table": "ecb-mro", "from": "2026-07-01", "ratePercent": "2.40"}]);
    let r = run(&supplied).expect("rate supplied");
    // 30 days of June at 12.15 %: 1000 × 12.15 % × 30/365 = 9.99;
    // 62 days of July–August at 2.40 + 10: 1000 × 12.40 % × 62/365 = 21.06.
    let lines: Vec<(String, String)> = r
        .periods
        .iter()
        .map(|p| (p.rate_percent.to_string(), p.interest.to_string()))
        .collect();
    assert_eq!(
        lines,
        vec![
            ("12.15".into(), "9.99".into()),
            ("12.40".into(), "21.06".into())
        ]
    );
    assert!(r.rate_tables.overridden);
    assert!(r.warnings.iter().all(|w| w.code != "rate-assumed"));
}

#[test]
fn carried_forward_half_years_make_one_warning_and_one_row_each() {
    // Tables known through 2026-06-30 (ECB 2.15 %): 2026H2 to 2028H1 carry 2.15 + 10 forward.
    // One period of 184 + 365 + 182 = 731 days: 1000 × 12.15 % × 731/365 = 243.3328… → 243.33.
    let r = run(&serde_json::json!({
        "regime": "fr-b2b", "amount": "1000", "dueDate": "2026-06-30", "asOf": "2028-06-30"
    }))
    .expect("computes");
    assert_eq!(r.days, 731);
    assert_eq!(r.interest.to_string(), "243.33");
    let assumed: Vec<&str> = r
        .rates_used
        .iter()
        .filter(|u| u.assumed)
        .map(|u| u.basis.as_str())
        .collect();
    assert_eq!(assumed.len(), 4, "one row per half-year: {assumed:?}");
    let warnings: Vec<&str> = r
        .warnings
        .iter()
        .filter(|w| w.code == "rate-assumed")
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    // French by default (amounts and half-years as French writes them), English on request.
    assert!(
        warnings[0].contains("du second semestre 2026 au premier semestre 2028")
            && warnings[0].contains("12,15\u{a0}%")
            && warnings[0].contains("30\u{a0}juin 2026"),
        "{}",
        warnings[0]
    );
    let en = run(&serde_json::json!({
        "regime": "fr-b2b", "amount": "1000", "dueDate": "2026-06-30", "asOf": "2028-06-30",
        "lang": "en"
    }))
    .expect("computes");
    let w = en
        .warnings
        .iter()
        .find(|w| w.code == "rate-assumed")
        .map(|w| w.message.as_str());
    assert_eq!(
        w,
        Some("no published rate from the second half of 2026 to the first half of 2028 yet (tables known through 30\u{a0}June 2026): the last known value 12.15% was carried forward")
    );
    assert_eq!(en.rule, "fr-b2b: late-payment penalties, C. com. L441-10 II (ECB rate + 10 points per half-year, or an agreed rate of at least 3 × the legal rate) and the fixed 40 € recovery indemnity (D441-5)");
    assert!(
        r.rule.starts_with("fr-b2b: pénalités de retard"),
        "{}",
        r.rule
    );
}

#[test]
fn a_delay_of_eight_thousand_years_is_computed_in_one_pass() {
    // 16 000 half-years (2000H1 to 9999H2): the rate changes are walked once, not rescanned
    // per period (tests/fuzz found 300 ms for this input in wasm). Interest runs at the
    // carried-forward 12.15 % from 2026H2 on, so the assumed half-years make one warning.
    let r = run(&serde_json::json!({
        "regime": "fr-b2b", "amount": "1000", "dueDate": "1999-12-31", "asOf": "9999-12-31",
        "dayCount": "act/act"
    }))
    .expect("computes");
    assert_eq!(r.rates_used.len(), 16_000);
    assert_eq!(
        r.periods.first().map(|p| p.from.to_string()),
        Some("2000-01-01".into())
    );
    assert_eq!(
        r.periods.last().map(|p| p.to.to_string()),
        Some("9999-12-31".into())
    );
    assert_eq!(
        r.warnings
            .iter()
            .filter(|w| w.code == "rate-assumed")
            .count(),
        1
    );
}

#[test]
fn indemnity_exists_only_since_2013() {
    // D441-5 (décret 2012-1115) is in force from 1 January 2013.
    let r = run(&serde_json::json!({
        "regime": "fr-b2b", "amount": "1000", "dueDate": "2012-11-30", "asOf": "2013-02-28"
    }))
    .expect("computes");
    assert_eq!(r.compensation.to_string(), "0.00");
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "indemnity-not-applicable"));
    let r = run(&serde_json::json!({
        "regime": "fr-b2b", "amount": "1000", "dueDate": "2013-01-01", "asOf": "2013-02-28"
    }))
    .expect("computes");
    assert_eq!(r.compensation.to_string(), "40.00");
}

fn arb_input() -> impl Strategy<Value = Value> {
    let date =
        (2005i32..2028, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    let cents = (0u64..10_000_000).prop_map(|c| format!("{}.{:02}", c / 100, c % 100));
    let payment = (date.clone(), cents.clone())
        .prop_map(|(d, a)| serde_json::json!({"date": d, "amount": a}));
    (
        prop_oneof![Just("fr-b2b"), Just("fr-b2c"), Just("fr-public")],
        cents,
        date.clone(),
        0i32..4000,
        prop::collection::vec(payment, 0..4),
        prop::option::of(0u32..3000),
        prop::option::of(date),
        prop::bool::ANY,
        prop::bool::ANY,
    )
        .prop_map(
            |(regime, amount, due, delay, payments, contract, notice, principal_first, act_act)| {
                let due_date = relance::IsoDate::parse(&due).expect("generated date");
                let as_of = due_date.add_days(delay - 200).expect("in range");
                let mut v = serde_json::json!({
                    "regime": regime, "amount": amount, "dueDate": due, "asOf": as_of.to_string(),
                    "payments": payments,
                });
                if let Some(c) = contract {
                    v["contractRate"] = format!("{}.{:02}", c / 100, c % 100).into();
                }
                if let Some(n) = notice {
                    v["noticeDate"] = n.into();
                }
                if principal_first {
                    v["allocation"] = "principal-first".into();
                }
                if act_act {
                    v["dayCount"] = "act/act".into();
                }
                v
            },
        )
}

fn money(m: &relance::Money) -> rust_decimal::Decimal {
    m.0
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The periods partition the late days: contiguous, inside (start, asOf], days add up.
    #[test]
    fn periods_partition_the_delay(input in arb_input()) {
        let r = run(&input).expect("valid generated input");
        let mut sum = 0;
        for w in r.periods.windows(2) {
            prop_assert_eq!(w[0].to.succ(), w[1].from);
        }
        for p in &r.periods {
            prop_assert_eq!(p.days, p.from.days_until(p.to) + 1);
            prop_assert!(p.days > 0);
            sum += p.days;
        }
        prop_assert_eq!(sum, r.days);
        if let (Some(first), Some(from)) = (r.periods.first(), r.interest_from) {
            prop_assert_eq!(first.from, from);
        }
        if let Some(last) = r.periods.last() {
            let as_of = relance::IsoDate::parse(input["asOf"].as_str().unwrap_or_default()).expect("generated");
            prop_assert!(last.to <= as_of);
        }
    }

    /// The statement adds up: total interest is the sum of the rounded lines, and the total
    /// due is principal + interest outstanding + compensation.
    #[test]
    fn totals_add_up(input in arb_input()) {
        let r = run(&input).expect("valid generated input");
        let lines: rust_decimal::Decimal = r.periods.iter().map(|p| money(&p.interest)).sum();
        prop_assert_eq!(lines, money(&r.interest));
        prop_assert_eq!(money(&r.interest) - money(&r.interest_paid), money(&r.interest_outstanding));
        prop_assert_eq!(
            money(&r.principal_outstanding) + money(&r.interest_outstanding) + money(&r.compensation),
            money(&r.total_due)
        );
        let paid: rust_decimal::Decimal = r.allocations.iter().map(|a| money(&a.to_principal)).sum();
        let amount = rust_decimal::Decimal::from_str_exact(input["amount"].as_str().unwrap_or("0")).unwrap_or_default();
        prop_assert_eq!(amount - paid, money(&r.principal_outstanding));
    }

    /// Without payments, interest never decreases as asOf grows.
    #[test]
    fn interest_is_non_decreasing_in_as_of(mut input in arb_input(), extra in 1i32..400) {
        input["payments"] = serde_json::json!([]);
        let before = run(&input).expect("valid");
        let later = relance::IsoDate::parse(input["asOf"].as_str().unwrap_or_default())
            .and_then(|d| d.add_days(extra))
            .expect("in range");
        input["asOf"] = later.to_string().into();
        let after = run(&input).expect("valid");
        prop_assert!(money(&after.interest) >= money(&before.interest));
        prop_assert!(after.days >= before.days);
    }

    /// No JSON-shaped input panics: it gives a result or a relance error.
    #[test]
    fn arbitrary_values_never_panic(
        regime in prop_oneof![Just(Value::from("fr-b2b")), Just(Value::from("x")), Just(Value::Null), Just(Value::from(3))],
        amount in prop_oneof![Just(Value::from("1.5")), any::<f64>().prop_map(Value::from), ".*".prop_map(Value::from)],
        due in prop_oneof![".*".prop_map(Value::from), Just(Value::from("2024-02-29")), Just(Value::from("9999-12-31"))],
        as_of in prop_oneof![".*".prop_map(Value::from), Just(Value::from("0001-01-01")), Just(Value::from("9999-12-31"))],
        extra in prop::option::of((".{0,8}", ".*")),
    ) {
        let mut v = serde_json::json!({"regime": regime, "amount": amount, "dueDate": due, "asOf": as_of});
        if let Some((k, val)) = extra {
            v[k] = val.into();
        }
        let _ = run(&v);
    }
}

#[test]
fn extreme_dates_do_not_panic() {
    for (due, as_of) in [
        ("0001-01-01", "9999-12-31"),
        ("9999-12-31", "9999-12-31"),
        ("2024-01-01", "9999-12-31"),
    ] {
        for regime in ["fr-b2b", "fr-b2c", "fr-public"] {
            let input = serde_json::json!({
                "regime": regime, "amount": "1000000000000", "dueDate": due, "asOf": as_of,
                "noticeDate": due, "judgmentDate": "9999-12-31", "contractRate": "100",
                "payments": [{"date": "9999-12-31", "amount": "1000000000000"}]
            });
            let _ = run(&input);
        }
    }
}
