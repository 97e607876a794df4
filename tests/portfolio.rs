//! `aged_balance` on a hand-worked portfolio (as of 2026-03-31, B2B penalty rate 12.15 % in
//! 2025H2 and 2026H1: ECB 2.15 % + 10 points).
//!
//! - A1 (debtor A, business): 1 000 € due 2026-03-15 → 16 days late, bucket 1–30;
//!   penalties 1000 × 12.15 % × 16/365 = 5.33, + 40 €.
//! - A2 (debtor A): 2 000 € due 2026-01-15, 500 € paid 2026-02-01 (17 late days: interest
//!   2000 × 12.15 % × 17/365 = 11.32 paid first, 488.68 to principal → 1 511.32); 75 days
//!   late → bucket 61–90; then 1511.32 × 12.15 % × 58/365 = 29.18 outstanding, + 40 €.
//! - B1 (debtor B, consumer): 300 € due 2026-04-10 → not yet due.
//! - C1 (debtor C, business): 5 000 € due 2025-11-30 → 121 days late, bucket 90+;
//!   5000 × 12.15 % × 121/365 = 201.39 (one period: both half-years at 12.15 %), + 40 €.
//!
//! Total principal 7 811.32: C 64.01 %, A 32.15 %, B 3.84 % → C and A above 25 %.
//! Weighted days late: (1000 × 16 + 1511.32 × 75 + 5000 × 121) / 7511.32 = 97.77; A alone 51.51.

use relance::error::deserialize;
use relance::portfolio::{aged_balance, AgedBalanceInput};
use serde_json::{json, Value};

fn input() -> Value {
    json!({
        "asOf": "2026-03-31",
        "invoices": [
            { "id": "A1", "debtorId": "A", "debtorName": "Alpha SARL", "dueDate": "2026-03-15", "amount": "1000" },
            { "id": "A2", "debtorId": "A", "debtorName": "Alpha SARL", "dueDate": "2026-01-15", "amount": "2000",
              "payments": [{ "date": "2026-02-01", "amount": "500" }] },
            { "id": "B1", "debtorId": "B", "debtorName": "Bruno Martin", "debtorKind": "consumer", "dueDate": "2026-04-10", "amount": "300" },
            { "id": "C1", "debtorId": "C", "debtorName": "Gamma SA", "dueDate": "2025-11-30", "amount": "5000" }
        ]
    })
}

fn run(v: Value) -> relance::Result<Value> {
    let parsed: AgedBalanceInput = deserialize(v)?;
    Ok(serde_json::to_value(aged_balance(&parsed)?).expect("serializes"))
}

#[test]
fn buckets_totals_shares_and_weighted_days() {
    let r = run(input()).expect("computes");
    let buckets: Vec<(&str, &str, u64)> = r["buckets"]
        .as_array()
        .expect("buckets")
        .iter()
        .map(|b| {
            (
                b["label"].as_str().unwrap_or_default(),
                b["amount"].as_str().unwrap_or_default(),
                b["count"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        buckets,
        vec![
            ("not-due", "300.00", 1),
            ("1-30", "1000.00", 1),
            ("31-60", "0.00", 0),
            ("61-90", "1511.32", 1),
            ("90+", "5000.00", 1)
        ]
    );
    assert_eq!(r["outstanding"], "7811.32");
    // 5.33 + 29.18 + 201.39 = 235.90; 3 × 40 € (none for the consumer, not late anyway).
    assert_eq!(r["interestOutstanding"], "235.90");
    assert_eq!(r["compensation"], "120.00");
    assert_eq!(r["totalDue"], "8167.22");
    assert_eq!(r["weightedDaysLate"], "97.77");
    let debtors: Vec<(&str, &str, &str)> = r["debtors"]
        .as_array()
        .expect("debtors")
        .iter()
        .map(|d| {
            (
                d["debtorId"].as_str().unwrap_or_default(),
                d["outstanding"].as_str().unwrap_or_default(),
                d["sharePercent"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        debtors,
        vec![
            ("C", "5000.00", "64.01"),
            ("A", "2511.32", "32.15"),
            ("B", "300.00", "3.84")
        ]
    );
    assert_eq!(r["debtors"][1]["weightedDaysLate"], "51.51");
    assert_eq!(r["debtors"][2]["regime"], "fr-b2c");
    let concentration: Vec<&str> = r["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter(|w| w["code"] == "concentration-risk")
        .filter_map(|w| w["message"].as_str())
        .collect();
    assert_eq!(concentration.len(), 2, "{concentration:?}");
    assert!(concentration[0].starts_with("Gamma SA"));
}

#[test]
fn next_action_per_debtor() {
    let r = run(input()).expect("computes");
    // C1 is 121 days late with no history: catch-up makes the next step in order (the
    // reminder) due now, on asOf (Tuesday 31 March 2026, a working day).
    let c = &r["debtors"][0]["nextAction"];
    assert_eq!(c["date"], "2026-03-31");
    assert_eq!(c["steps"][0]["kind"], "reminder");
    // B1 falls due on 10 April: the consumer pre-reminder is D−5 = 5 April, a Sunday →
    // Monday 6 April is Easter Monday → Tuesday 7 April 2026.
    let b = &r["debtors"][2]["nextAction"];
    assert_eq!(b["steps"][0]["kind"], "pre-reminder");
    assert_eq!(b["date"], "2026-04-07");
}

#[test]
fn custom_buckets_threshold_and_history() {
    let mut v = input();
    v["buckets"] = json!([60, 120]);
    v["concentrationPercent"] = json!("70");
    v["history"] = json!([{ "debtorId": "C", "date": "2026-03-30", "step": "reminder" }]);
    let r = run(v).expect("computes");
    let labels: Vec<&str> = r["buckets"]
        .as_array()
        .expect("buckets")
        .iter()
        .filter_map(|b| b["label"].as_str())
        .collect();
    assert_eq!(labels, ["not-due", "1-60", "61-120", "120+"]);
    // 1-60: A1 (16 days); 61-120: A2 (75 days); 120+: C1 (121 days).
    assert_eq!(r["buckets"][1]["amount"], "1000.00");
    assert_eq!(r["buckets"][2]["amount"], "1511.32");
    assert_eq!(r["buckets"][3]["amount"], "5000.00");
    assert!(r["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .all(|w| w["code"] != "concentration-risk"));
    // The reminder was sent on 30 March: the next action is no longer a reminder today.
    assert_ne!(
        r["debtors"][0]["nextAction"]["steps"][0]["kind"],
        "reminder"
    );
}

#[test]
fn errors_name_their_field() {
    let mut v = input();
    v["buckets"] = json!([90, 30]);
    let e = run(v).expect_err("decreasing bounds");
    assert_eq!((e.code(), e.field()), ("invalid-period", Some("buckets")));
    let mut v = input();
    v["invoices"][1]["regime"] = json!("fr-public");
    let e = run(v).expect_err("mixed regimes for debtor A");
    assert_eq!(
        (e.code(), e.field()),
        ("inconsistent-input", Some("invoices[1].regime"))
    );
    let mut v = input();
    v["invoices"][0]["dueDat"] = json!("2026-01-01");
    let e = run(v).expect_err("typo");
    assert_eq!(e.code(), "unknown-field");
    let e = run(json!({ "asOf": "2026-03-31", "invoices": [] })).expect_err("empty");
    assert_eq!(e.field(), Some("invoices"));
}

#[test]
fn a_debtor_with_more_invoices_than_a_dunning_plan_takes() {
    // 1 000 invoices like A1 (1 000 € due 2026-03-15, 16 days late on 2026-03-31): each owes
    // 1000 × 12.15 % × 16/365 = 5.33 and 40 €. dunningPlan takes at most 500 invoices of a
    // debtor; the aged balance covers a large client up to 1 000: 1 000 000.00 outstanding,
    // 1000 × 5.33 = 5 330.00 interest, 1000 × 40 = 40 000.00 indemnities.
    let invoices = |n: usize| -> Vec<Value> {
        (0..n)
            .map(|i| json!({ "id": format!("F{i}"), "debtorId": "BIG", "dueDate": "2026-03-15", "amount": "1000" }))
            .collect()
    };
    let r = run(json!({ "asOf": "2026-03-31", "invoices": invoices(1000) })).expect("computes");
    assert_eq!(r["outstanding"], "1000000.00");
    assert_eq!(r["interestOutstanding"], "5330.00");
    assert_eq!(r["compensation"], "40000.00");
    assert_eq!(r["totalDue"], "1045330.00");
    assert_eq!(r["buckets"][1]["label"], "1-30");
    assert_eq!(r["buckets"][1]["count"], 1000);
    assert_eq!(r["debtors"].as_array().map(Vec::len), Some(1));
    let e = run(json!({ "asOf": "2026-03-31", "invoices": invoices(1001) })).expect_err("too many");
    assert_eq!(
        (e.code(), e.field()),
        ("inconsistent-input", Some("invoices"))
    );
    // Both languages, French by default.
    assert!(
        e.message().contains("`BIG` a 1001 factures"),
        "{}",
        e.message()
    );
    let en = e.message_in(relance::Lang::En);
    assert!(en.contains("`BIG` has 1001 invoices"), "{en}");
}

#[test]
fn warnings_come_in_the_input_language() {
    let concentration = |v: Value| -> Vec<String> {
        run(v).expect("computes")["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .filter(|w| w["code"] == "concentration-risk")
            .filter_map(|w| w["message"].as_str().map(str::to_owned))
            .collect()
    };
    let fr = concentration(input());
    assert_eq!(
        fr[0],
        "Gamma SA représente 64,01\u{a0}% des créances (seuil : 25,00\u{a0}%) : exposition importante à un seul client"
    );
    let mut en = input();
    en["lang"] = json!("en");
    let en = concentration(en);
    assert_eq!(
        en[0],
        "Gamma SA holds 64.01% of the receivables (threshold 25.00%): a large exposure to a single client"
    );
}
