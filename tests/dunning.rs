//! `dunning_plan`: golden timelines worked out by hand from the default ladders, errors with
//! field paths, and property tests.
//!
//! Every expected date below was computed by hand in the comments (calendar 2026: Easter
//! Monday 6 April, 1 May and 8 May are Fridays, Ascension Thursday 14 May, Whit Monday 25
//! May), never copied from relance's output. Default fr-b2b ladder (days from the due date
//! D): pre-reminder D−7, reminder D+1, phone D+5, second reminder D+15, final notice D+25 (8
//! days), formal notice D+34 (8 days), recovery D+43; a step never comes before the day after
//! the previous step's deadline; sending dates move to the next working day; contacts are at
//! least 3 days apart.

use proptest::prelude::*;
use relance::calendar::{is_working_day, CalendarKind};
use relance::dunning::{dunning_plan, DunningPlanInput, DunningPlanResult, StepState};
use relance::error::deserialize;
use relance::IsoDate;
use serde_json::{json, Value};
use std::fs;

fn run(input: Value) -> relance::Result<DunningPlanResult> {
    let parsed: DunningPlanInput = deserialize(input)?;
    dunning_plan(&parsed)
}

fn ok(input: Value) -> DunningPlanResult {
    run(input.clone()).unwrap_or_else(|e| panic!("{input}: {e}"))
}

fn err(input: Value) -> (&'static str, Option<String>) {
    match run(input.clone()) {
        Ok(r) => panic!("{input}: expected an error, got {r:?}"),
        Err(e) => (e.code(), e.field().map(str::to_owned)),
    }
}

/// One line per timeline entry: `step state date deadline ids`.
fn lines(r: &DunningPlanResult) -> Vec<String> {
    r.timeline
        .iter()
        .map(|e| {
            let state = serde_json::to_value(e.state).expect("state");
            format!(
                "{} {} {} {} {}",
                e.step,
                state.as_str().unwrap_or("?"),
                e.date.map_or("-".to_owned(), |d| d.to_string()),
                e.deadline.map_or("-".to_owned(), |d| d.to_string()),
                e.invoice_ids.join(",")
            )
        })
        .collect()
}

/// `input` with its `lang` set.
fn with_lang(mut input: Value, lang: &str) -> Value {
    input["lang"] = json!(lang);
    input
}

fn codes(r: &DunningPlanResult) -> Vec<&str> {
    r.warnings.iter().map(|w| w.code.as_str()).collect()
}

fn invoice(id: &str, due: &str, amount: &str) -> Value {
    json!({ "id": id, "number": format!("FA-{id}"), "issueDate": "2026-01-02", "dueDate": due, "amount": amount })
}

fn b2b(as_of: &str, invoices: Value, history: Value, events: Value) -> Value {
    json!({
        "regime": "fr-b2b",
        "asOf": as_of,
        "debtor": { "id": "D1", "name": "Dupont SARL", "kind": "business" },
        "invoices": invoices,
        "history": history,
        "events": events,
    })
}

// ---------------------------------------------------------------------------------------------
// Golden timelines
// ---------------------------------------------------------------------------------------------

#[test]
fn seed_001_ladder_b2b_exact_dates() {
    // D = Monday 2026-03-16. Pre-reminder D−7 = Mon 03-09. Reminder D+1 = Tue 03-17. Phone
    // D+5 = Sat 03-21 → Mon 03-23. Second reminder D+15 = Tue 03-31. Final notice D+25 = Fri
    // 04-10, 8 days → Sat 04-18 → Mon 04-20 (CPC 642). Formal notice D+34 = Sun 04-19, but not
    // before 04-21 (deadline + 1), a Tuesday; sent by registered letter, first presented (3
    // working days) Fri 04-24; 8 days → Sat 05-02 → Mon 05-04 (CPC 642). Recovery D+43 = Tue
    // 04-28, not before 05-05 (deadline + 1), a Tuesday.
    let r = ok(b2b(
        "2026-03-17",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([{ "date": "2026-03-09", "step": "pre-reminder" }]),
        json!([]),
    ));
    assert_eq!(
        lines(&r),
        [
            "pre-reminder done 2026-03-09 - F1",
            "reminder due 2026-03-17 - F1",
            "phone-call planned 2026-03-23 - F1",
            "second-reminder planned 2026-03-31 - F1",
            "final-notice planned 2026-04-10 2026-04-20 F1",
            "formal-notice planned 2026-04-21 2026-05-04 F1",
            "recovery planned 2026-05-05 - F1",
        ]
    );
    assert_eq!(r.due.len(), 1);
    assert_eq!(r.due[0].date.to_string(), "2026-03-17");
    assert_eq!(r.due[0].steps[0].step, "reminder");
    let next = r.next.as_ref().expect("next");
    assert_eq!(next.date.to_string(), "2026-03-23");
    assert_eq!(
        serde_json::to_value(&next.channels).expect("json"),
        json!(["phone"])
    );
    assert_eq!(
        serde_json::to_value(r.status).expect("json"),
        json!("dunning")
    );
    // 1 day late: 1200 × 12.15 % (BCE 2.15 + 10, 2026H1) × 1/365 = 0.399… → 0.40; + 40 €.
    assert_eq!(r.invoices[0].compensation.to_string(), "40.00");
    assert_eq!(r.invoices[0].days_late, 1);
    assert_eq!(r.totals.principal_outstanding.to_string(), "1200.00");
    assert_eq!(r.invoices[0].prescription_date.to_string(), "2031-03-16");
    // 1 200 € ≤ 5 000 €: the simplified procedure first.
    assert_eq!(r.recovery[0].code, "simplified-procedure");
    assert!(r.recovery[0].recommended);
}

#[test]
fn before_anything_is_sent_everything_is_planned() {
    let r = ok(b2b(
        "2026-03-01",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([]),
        json!([]),
    ));
    assert!(r.due.is_empty());
    assert_eq!(
        r.next.as_ref().map(|c| c.date.to_string()),
        Some("2026-03-09".into())
    );
    assert_eq!(r.timeline.len(), 7);
    assert!(r.timeline.iter().all(|e| e.state == StepState::Planned));
    assert_eq!(
        serde_json::to_value(r.status).expect("json"),
        json!("not-due")
    );
}

#[test]
fn holiday_shifted_steps() {
    // D = Thu 2026-04-30. Pre-reminder D−7 = Thu 04-23. Reminder D+1 = Fri 1 May (holiday) →
    // Mon 05-04. Phone D+5 = Tue 05-05, less than 3 days after 05-04 → Thu 05-07. Second
    // reminder D+15 = Fri 05-15 (the day after Ascension, a working day). Final notice D+25 =
    // Mon 25 May (Whit Monday) → Tue 05-26; 8 days → Wed 06-03. Formal notice D+34 = 06-03,
    // not before 06-04 (Thu); 8 days → Fri 06-12. Recovery D+43 = 06-12, not before Sat
    // 06-13 → Mon 06-15.
    let r = ok(b2b(
        "2026-04-01",
        json!([invoice("F1", "2026-04-30", "800")]),
        json!([]),
        json!([]),
    ));
    assert_eq!(
        lines(&r),
        [
            "pre-reminder planned 2026-04-23 - F1",
            "reminder planned 2026-05-04 - F1",
            "phone-call planned 2026-05-07 - F1",
            "second-reminder planned 2026-05-15 - F1",
            "final-notice planned 2026-05-26 2026-06-03 F1",
            "formal-notice planned 2026-06-04 2026-06-17 F1",
            "recovery planned 2026-06-18 - F1",
        ]
    );
}

#[test]
fn open_dispute_pauses_everything() {
    let r = ok(b2b(
        "2026-03-25",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([
            { "date": "2026-03-09", "step": "pre-reminder" },
            { "date": "2026-03-17", "step": "reminder", "channel": "email" }
        ]),
        json!([{ "type": "dispute-opened", "date": "2026-03-20", "reason": "quantité livrée contestée" }]),
    ));
    assert!(r.due.is_empty());
    assert!(r.next.is_none());
    let paused: Vec<&str> = r
        .timeline
        .iter()
        .filter(|e| e.state == StepState::Paused)
        .map(|e| e.step.as_str())
        .collect();
    assert_eq!(
        paused,
        [
            "phone-call",
            "second-reminder",
            "final-notice",
            "formal-notice",
            "recovery"
        ]
    );
    assert!(r
        .timeline
        .iter()
        .filter(|e| e.state == StepState::Paused)
        .all(|e| e.date.is_none()));
    assert_eq!(
        serde_json::to_value(r.status).expect("json"),
        json!("disputed")
    );
    assert!(codes(&r).contains(&"interest-accrues-during-dispute"));
    // A dispute was recorded: the référé-provision is not recommended.
    assert!(r
        .recovery
        .iter()
        .any(|x| x.code == "summary-provision" && !x.recommended));
}

#[test]
fn resolved_dispute_resumes_at_the_next_step() {
    // Resolved Wed 04-15 = D+30: the phone call (D+5) is due that day; the later steps keep
    // their spacing: shift 25. Second reminder D+40 = Sat 04-25 → Mon 04-27. Final notice
    // D+50 = Tue 05-05, 8 days → Wed 05-13. Formal notice D+59 = Thu 05-14 (Ascension) → Fri
    // 05-15, first presented (3 working days) Wed 05-20; 8 days → Thu 05-28. Recovery D+68 = 05-23,
    // not before Fri 05-29.
    let r = ok(b2b(
        "2026-04-15",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([
            { "date": "2026-03-09", "step": "pre-reminder" },
            { "date": "2026-03-17", "step": "reminder" }
        ]),
        json!([
            { "type": "dispute-opened", "date": "2026-03-20" },
            { "type": "dispute-resolved", "date": "2026-04-15", "reason": "avoir émis" }
        ]),
    ));
    assert_eq!(
        lines(&r),
        [
            "pre-reminder done 2026-03-09 - F1",
            "reminder done 2026-03-17 - F1",
            "phone-call due 2026-04-15 - F1",
            "second-reminder planned 2026-04-27 - F1",
            "final-notice planned 2026-05-05 2026-05-13 F1",
            "formal-notice planned 2026-05-15 2026-05-28 F1",
            "recovery planned 2026-05-29 - F1",
        ]
    );
}

#[test]
fn broken_promise_resumes_at_the_next_step() {
    // Promise made on the phone call of 03-23 to pay by Fri 04-10; grace 3 days → 04-13; no
    // payment, so broken from 04-14. The ladder resumes at the next step (issue: "broken
    // promise → resume at the next step"): the second reminder (D+15 = 03-31, held by the
    // promise) is due now, asOf Wed 04-15, a shift of 15 days. Final notice D+25+15 = Sat 04-25
    // → Mon 04-27; 8 days → Tue 05-05. Formal notice D+34+15 = 05-04, not before the day after
    // that deadline → Wed 05-06; 8 days → Thu 05-14, Ascension 2026 → Fri 05-15. Recovery
    // D+43+15 = 05-13, not before 05-16 (Sat) → Mon 05-18.
    let r = ok(b2b(
        "2026-04-15",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([
            { "date": "2026-03-09", "step": "pre-reminder" },
            { "date": "2026-03-17", "step": "reminder" },
            { "date": "2026-03-23", "step": "phone-call" }
        ]),
        json!([{ "type": "promise", "date": "2026-03-23", "until": "2026-04-10", "amount": "1200" }]),
    ));
    let l = lines(&r);
    assert_eq!(
        l[3..],
        [
            "second-reminder due 2026-04-15 - F1",
            "final-notice planned 2026-04-27 2026-05-05 F1",
            "formal-notice planned 2026-05-06 2026-05-20 F1",
            "recovery planned 2026-05-21 - F1",
        ]
    );
}

#[test]
fn running_promise_holds_the_ladder() {
    // asOf 04-01, inside the promise window (until 04-10 + 3 days): nothing due; the next step
    // in order, the second reminder (held since D+15 = 03-31), is planned on Tue 04-14, the
    // first day after the window, as if the promise failed.
    let r = ok(b2b(
        "2026-04-01",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([
            { "date": "2026-03-09", "step": "pre-reminder" },
            { "date": "2026-03-17", "step": "reminder" },
            { "date": "2026-03-23", "step": "phone-call" }
        ]),
        json!([{ "type": "promise", "date": "2026-03-23", "until": "2026-04-10" }]),
    ));
    assert!(r.due.is_empty());
    assert_eq!(
        serde_json::to_value(r.status).expect("json"),
        json!("promised")
    );
    let next = r.next.expect("next");
    assert_eq!(next.date.to_string(), "2026-04-14");
    assert_eq!(next.steps[0].step, "second-reminder");
}

#[test]
fn kept_promise_ends_the_ladder() {
    let mut inv = invoice("F1", "2026-03-16", "1200");
    inv["payments"] = json!([{ "date": "2026-04-09", "amount": "1200" }]);
    let r = ok(b2b(
        "2026-04-20",
        json!([inv]),
        json!([{ "date": "2026-03-17", "step": "reminder" }]),
        json!([{ "type": "promise", "date": "2026-03-23", "until": "2026-04-10" }]),
    ));
    assert!(r.due.is_empty());
    assert!(r.next.is_none());
    assert_eq!(serde_json::to_value(r.status).expect("json"), json!("paid"));
    // The ladder stops, but payments go to interest first (C. civ. 1343-1): interest
    // 03-17..04-09 = 24 days × 1200 × 12.15 % / 365 = 9.5868 → 9.59 comes off the 1200, so
    // 9.59 of principal remains (plus the 40 €).
    assert_eq!(r.totals.principal_outstanding.to_string(), "9.59");
    assert!(codes(&r).contains(&"balance-after-payment"));
}

#[test]
fn missed_instalment_resumes_at_the_final_notice() {
    // Plan agreed 03-23: 400 on 04-01, 05-01, 06-01. 400 paid on 04-01 (check 04-04 passes);
    // nothing by 05-04 (05-01 + 3): missed. asOf Wed 05-06 = D+51: second reminder skipped,
    // final notice due now (shift 26); 8 days → Thu 05-14 (Ascension) → Fri 05-15. Formal
    // notice D+60 = 05-15, not before Sat 05-16 → Mon 05-18; 8 days → Tue 05-26. Recovery
    // D+69 = Sun 05-24, not before Wed 05-27.
    let mut inv = invoice("F1", "2026-03-16", "1200");
    inv["payments"] = json!([{ "date": "2026-04-01", "amount": "400" }]);
    let r = ok(b2b(
        "2026-05-06",
        json!([inv]),
        json!([
            { "date": "2026-03-09", "step": "pre-reminder" },
            { "date": "2026-03-17", "step": "reminder" },
            { "date": "2026-03-23", "step": "phone-call" }
        ]),
        json!([{ "type": "plan-agreed", "date": "2026-03-23", "instalments": [
            { "date": "2026-04-01", "amount": "400" },
            { "date": "2026-05-01", "amount": "400" },
            { "date": "2026-06-01", "amount": "400" }
        ]}]),
    ));
    assert_eq!(
        lines(&r)[3..],
        [
            "final-notice due 2026-05-06 2026-05-15 F1",
            "formal-notice planned 2026-05-18 2026-05-29 F1",
            "recovery planned 2026-06-01 - F1",
            "second-reminder skipped - - F1",
        ]
    );
    // The 400 € of 04-01 pays the interest first: 1200 × 12.15 % × 16/365 (03-17..04-01)
    // = 6.3912 → 6.39, so 393.61 goes to principal: 806.39 left.
    assert_eq!(r.invoices[0].principal_outstanding.to_string(), "806.39");
}

#[test]
fn catch_up_from_60_days_late() {
    // D = Thu 2026-01-15, asOf Mon 03-16 = D+60, nothing sent. Pre-reminder skipped; the
    // reminder is due now (shift 59) and never a mise en demeure first. Phone D+64 = Fri
    // 03-20. Second reminder D+74 = Mon 03-30. Final notice D+84 = Thu 04-09; 8 days → Fri
    // 04-17. Formal notice D+93 = Sat 04-18 → Mon 04-20; 8 days → Tue 04-28. Recovery D+102 =
    // Mon 04-27, not before Wed 04-29.
    let r = ok(b2b(
        "2026-03-16",
        json!([invoice("F1", "2026-01-15", "3000")]),
        json!([]),
        json!([]),
    ));
    assert_eq!(
        lines(&r),
        [
            "reminder due 2026-03-16 - F1",
            "phone-call planned 2026-03-20 - F1",
            "second-reminder planned 2026-03-30 - F1",
            "final-notice planned 2026-04-09 2026-04-17 F1",
            "formal-notice planned 2026-04-20 2026-05-04 F1",
            "recovery planned 2026-05-05 - F1",
            "pre-reminder skipped - - F1",
        ]
    );
}

#[test]
fn catch_up_latest_may_start_with_the_formal_notice() {
    // catchUp "latest": the latest step whose date passed (formal notice D+34 ≤ D+60) is due
    // now (shift 26). Sent Mon 03-16 by registered letter, first presented (3 working days)
    // Thu 03-19; 8 days → Fri 03-27. Recovery D+69 = Wed 03-25, not before Sat 03-28 (deadline
    // + 1) → Mon 03-30.
    let mut policy = serde_json::to_value(relance::dunning::default_policy(
        relance::regime::Regime::FrB2b,
        relance::Lang::Fr,
    ))
    .expect("policy");
    policy["catchUp"] = json!("latest");
    let mut input = b2b(
        "2026-03-16",
        json!([invoice("F1", "2026-01-15", "3000")]),
        json!([]),
        json!([]),
    );
    input["policy"] = policy;
    let r = ok(input);
    let l = lines(&r);
    assert_eq!(l[0], "formal-notice due 2026-03-16 2026-03-27 F1");
    assert_eq!(l[1], "recovery planned 2026-03-30 - F1");
    assert_eq!(l.len(), 7);
    assert!(l[2..].iter().all(|x| x.contains(" skipped - - ")));
}

#[test]
fn several_invoices_share_communications() {
    // A due Mon 03-16, B due Wed 03-18, asOf 03-01. Contacts at most one per 3 days; steps
    // ready within 3 days of the first wait and go together:
    // - pre-reminders A 03-09 and B 03-11 → together 03-11;
    // - reminders A 03-17 and B 03-19 → together 03-19;
    // - phone calls A D+5 = Sat 03-21 → 03-23, B D+5 = 03-23 → together 03-23;
    // - second reminders A 03-31, B 04-02 → together 04-02;
    // - final notices A Fri 04-10 (deadline Sat 04-18 → Mon 04-20), B D+25 = Sun 04-12 →
    //   Mon 04-13 (not within 3 days of 04-10: separate; deadline Tue 04-21);
    // - formal notices A after 04-20 → Tue 04-21, B after 04-21 → Wed 04-22 → together 04-22,
    //   8 days → Thu 04-30;
    // - recovery A after 04-30 → Fri 1 May (holiday) → Mon 05-04; B D+43 = 04-30, after
    //   04-30 → 05-04.
    let r = ok(b2b(
        "2026-03-01",
        json!([
            invoice("A", "2026-03-16", "1000"),
            invoice("B", "2026-03-18", "500")
        ]),
        json!([]),
        json!([]),
    ));
    assert_eq!(
        lines(&r),
        [
            "pre-reminder planned 2026-03-11 - A,B",
            "reminder planned 2026-03-19 - A,B",
            "phone-call planned 2026-03-23 - A,B",
            "second-reminder planned 2026-04-02 - A,B",
            "final-notice planned 2026-04-10 2026-04-20 A",
            "final-notice planned 2026-04-13 2026-04-21 B",
            "formal-notice planned 2026-04-22 2026-05-05 A,B",
            "recovery planned 2026-05-06 - A,B",
        ]
    );
    let next = r.next.expect("next");
    assert_eq!(next.invoice_ids, ["A", "B"]);
    assert_eq!(next.steps.len(), 1);
}

#[test]
fn b2c_ladder_is_gentler_and_charges_no_fees() {
    // D = Mon 03-16. Pre-reminder D−5 = Wed 03-11. Reminder D+3 = Thu 03-19. Phone D+10 = Thu
    // 03-26. Second reminder D+21 = Mon 04-06 (Easter Monday) → Tue 04-07. Final notice D+35
    // = Mon 04-20; 8 days → Tue 04-28. Formal notice D+44 = Wed 04-29; 15 days → Thu 05-14
    // (Ascension) → Fri 05-15. Recovery D+60 = 05-15, not before Sat 05-16 → Mon 05-18.
    let r = ok(json!({
        "regime": "fr-b2c",
        "asOf": "2026-03-01",
        "debtor": { "id": "C1", "name": "Mme Martin", "kind": "consumer" },
        "invoices": [invoice("C1", "2026-03-16", "300")],
    }));
    assert_eq!(
        lines(&r),
        [
            "pre-reminder planned 2026-03-11 - C1",
            "reminder planned 2026-03-19 - C1",
            "phone-call planned 2026-03-26 - C1",
            "second-reminder planned 2026-04-07 - C1",
            "final-notice planned 2026-04-20 2026-04-28 C1",
            "formal-notice planned 2026-04-29 2026-05-20 C1",
            "recovery planned 2026-05-21 - C1",
        ]
    );
    assert_eq!(r.policy, "fr-b2c");
    assert_eq!(r.invoices[0].prescription_date.to_string(), "2028-03-16");
    assert!(!codes(&r).contains(&"consumer-fees"));
    let routes: Vec<&str> = r.recovery.iter().map(|x| x.code.as_str()).collect();
    assert_eq!(routes[0], "simplified-procedure");
    assert!(r
        .recovery
        .iter()
        .any(|x| x.label.contains("tribunal judiciaire")));
}

#[test]
fn b2c_late_invoice_has_no_indemnity_and_interest_waits_for_the_notice() {
    let r = ok(json!({
        "regime": "fr-b2c",
        "asOf": "2026-04-01",
        "debtor": { "id": "C1", "name": "Mme Martin", "kind": "consumer" },
        "invoices": [invoice("C1", "2026-03-16", "300")],
        "history": [{ "date": "2026-03-19", "step": "reminder" }],
    }));
    assert_eq!(r.invoices[0].compensation.to_string(), "0.00");
    assert_eq!(r.invoices[0].interest_outstanding.to_string(), "0.00");
    assert!(codes(&r).contains(&"interest-from-formal-notice"));
}

#[test]
fn public_buyer_variant() {
    // D = Mon 03-16. Pre-reminder D−7 = 03-09. Reminder D+1 = 03-17. Phone D+7 = Mon 03-23.
    // Second reminder D+15 = Tue 03-31. Final notice D+30 = Wed 04-15; 8 days → Thu 04-23.
    // Formal claim D+39 = Fri 04-24; 15 days → Sat 05-09 → Mon 05-11. Recovery D+55 = Sun
    // 05-10, not before Tue 05-12.
    let r = ok(json!({
        "regime": "fr-public",
        "asOf": "2026-03-01",
        "debtor": { "id": "P1", "name": "Commune de Lyon", "kind": "public" },
        "invoices": [invoice("P1", "2026-03-16", "20000")],
    }));
    assert_eq!(
        lines(&r),
        [
            "pre-reminder planned 2026-03-09 - P1",
            "reminder planned 2026-03-17 - P1",
            "phone-call planned 2026-03-23 - P1",
            "second-reminder planned 2026-03-31 - P1",
            "final-notice planned 2026-04-15 2026-04-23 P1",
            "formal-notice planned 2026-04-24 2026-05-15 P1",
            "recovery planned 2026-05-18 - P1",
        ]
    );
    assert_eq!(r.recovery[0].code, "public-accountant");
    // Déchéance quadriennale: 31 December of the 4th year after 2026.
    assert_eq!(r.invoices[0].prescription_date.to_string(), "2030-12-31");
}

#[test]
fn fully_paid_invoice_ends_its_ladder() {
    let mut a = invoice("A", "2026-03-16", "1000");
    a["payments"] = json!([{ "date": "2026-03-20", "amount": "1000" }]);
    let r = ok(b2b(
        "2026-03-25",
        json!([a, invoice("B", "2026-03-16", "500")]),
        json!([{ "date": "2026-03-17", "step": "reminder" }]),
        json!([]),
    ));
    // A: everything after the reminder skipped; B: phone call D+5 = Sat 03-21 → Mon 03-23 <
    // asOf: due now (Wed 03-25).
    assert!(r
        .timeline
        .iter()
        .filter(|e| e.invoice_ids == ["A"])
        .all(|e| e.state == StepState::Skipped));
    assert_eq!(r.due.len(), 1);
    assert_eq!(r.due[0].invoice_ids, ["B"]);
    assert_eq!(r.due[0].date.to_string(), "2026-03-25");
}

#[test]
fn minimum_gap_after_a_history_contact() {
    // Reminder sent Tue 03-17 and due phone call of the other invoice cannot also be on
    // 03-17 (that day's message is gone): gap → Fri 03-20.
    let r = ok(b2b(
        "2026-03-17",
        json!([
            invoice("A", "2026-03-16", "1000"),
            invoice("B", "2026-03-10", "500")
        ]),
        json!([{ "date": "2026-03-17", "step": "reminder", "invoiceIds": ["A"] }]),
        json!([]),
    ));
    assert!(r.due.is_empty());
    let next = r.next.expect("next");
    assert_eq!(next.date.to_string(), "2026-03-20");
    assert!(next.invoice_ids.contains(&"B".to_owned()));
}

// ---------------------------------------------------------------------------------------------
// Warnings and errors
// ---------------------------------------------------------------------------------------------

#[test]
fn policy_lint_warnings() {
    let mut input = b2b(
        "2026-03-01",
        json!([invoice("F1", "2026-03-16", "100")]),
        json!([]),
        json!([]),
    );
    input["regime"] = json!("fr-b2c");
    input["debtor"]["kind"] = json!("consumer");
    input["policy"] = json!({ "name": "rough", "minGapDays": 3, "steps": [
        { "id": "r1", "kind": "reminder", "offsetDays": 1, "channels": ["email"], "statesIndemnity": true },
        { "id": "r2", "kind": "reminder", "offsetDays": 2, "channels": ["email"] },
        { "id": "md", "kind": "formal-notice", "offsetDays": 10, "channels": ["email"], "deadlineDays": 5 }
    ]});
    let r = ok(input);
    let c = codes(&r);
    for code in [
        "consumer-fees",
        "steps-closer-than-gap",
        "formal-notice-deadline-short",
        "formal-notice-not-registered",
    ] {
        assert!(c.contains(&code), "{code} missing in {c:?}");
    }
    assert_eq!(r.policy, "rough");
}

#[test]
fn prescription_warnings() {
    let input = b2b(
        "2026-03-01",
        json!([{ "id": "OLD", "number": "FA-OLD", "dueDate": "2021-06-01", "amount": "100" }]),
        json!([{ "date": "2021-06-02", "step": "reminder" }]),
        json!([]),
    );
    let message = |input: Value| {
        ok(input)
            .warnings
            .iter()
            .find(|w| w.code == "prescription-approaching")
            .map(|w| w.message.clone())
            .expect("warning")
    };
    let fr = message(input.clone());
    assert!(fr.contains("1er\u{a0}juin 2026"), "{fr}");
    assert!(fr.contains("article L110-4 du Code de commerce"), "{fr}");
    assert!(fr.contains("n'interrompt PAS"), "{fr}");
    let en = message(with_lang(input, "en"));
    assert!(en.contains("1\u{a0}June 2026"), "{en}");
    assert!(en.contains("does NOT interrupt"), "{en}");
}

#[test]
fn errors_carry_field_paths() {
    let base = || {
        b2b(
            "2026-03-20",
            json!([invoice("F1", "2026-03-16", "100")]),
            json!([]),
            json!([]),
        )
    };
    let mut i = base();
    i["history"] = json!([{ "date": "2026-03-17", "step": "relance" }]);
    assert_eq!(
        err(i),
        ("inconsistent-input", Some("history[0].step".into()))
    );
    let mut i = base();
    i["history"] = json!([{ "date": "2026-03-21", "step": "reminder" }]);
    assert_eq!(
        err(i),
        ("inconsistent-input", Some("history[0].date".into()))
    );
    let mut i = base();
    i["events"] = json!([{ "type": "dispute-opened", "date": "2026-03-18", "invoiceIds": ["F9"] }]);
    assert_eq!(
        err(i),
        ("inconsistent-input", Some("events[0].invoiceIds[0]".into()))
    );
    let mut i = base();
    i["events"] = json!([{ "type": "promise", "date": "2026-03-18" }]);
    assert_eq!(err(i), ("missing-field", Some("events[0].until".into())));
    let mut i = base();
    i["events"] =
        json!([{ "type": "dispute-opened", "date": "2026-03-18", "until": "2026-04-01" }]);
    assert_eq!(
        err(i),
        ("inconsistent-input", Some("events[0].until".into()))
    );
    let mut i = base();
    i["events"] = json!([{ "type": "dispute-resolved", "date": "2026-03-18" }, { "type": "dispute-opened", "date": "2026-03-19" }]);
    let (code, _) = err(i);
    assert_eq!(code, "inconsistent-input");
    let mut i = base();
    i["events"] = json!([{ "type": "contact", "date": "2026-03-18" }]);
    assert_eq!(err(i), ("missing-field", Some("events[0].outcome".into())));
    let mut i = base();
    i["policy"] = json!({ "steps": [] });
    assert_eq!(err(i), ("inconsistent-input", Some("policy.steps".into())));
    let mut i = base();
    i["policy"] = json!({ "steps": [
        { "id": "a", "kind": "reminder", "offsetDays": 10, "channels": ["email"] },
        { "id": "b", "kind": "reminder", "offsetDays": 5, "channels": ["email"] }
    ]});
    assert_eq!(
        err(i),
        (
            "inconsistent-input",
            Some("policy.steps[1].offsetDays".into())
        )
    );
    let mut i = base();
    i["policy"] = json!({ "steps": [{ "id": "a", "kind": "reminder", "offsetDays": 1, "channels": ["fax"] }]});
    assert_eq!(err(i).0, "unknown-variant");
    let mut i = base();
    i["invoices"] = json!([
        invoice("F1", "2026-03-16", "100"),
        invoice("F1", "2026-03-17", "100")
    ]);
    assert_eq!(
        err(i),
        ("inconsistent-input", Some("invoices[1].id".into()))
    );
    let mut i = base();
    i["invoices"] = json!([]);
    assert_eq!(err(i), ("inconsistent-input", Some("invoices".into())));
    let mut i = base();
    i["colour"] = json!("red");
    assert_eq!(err(i).0, "unknown-field");
}

// ---------------------------------------------------------------------------------------------
// Golden files
// ---------------------------------------------------------------------------------------------

/// Each `tests/data/dunning/*.json` holds `{ "input": …, "expect": [timeline lines] }`,
/// written by hand (see each file's `why`).
#[test]
fn golden_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dunning");
    let mut names: Vec<_> = fs::read_dir(dir)
        .expect("data dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for path in names {
        let text = fs::read_to_string(&path).expect("read");
        let case: Value = serde_json::from_str(&text).expect("json");
        let r = ok(case["input"].clone());
        let want: Vec<String> = serde_json::from_value(case["expect"].clone()).expect("expect");
        assert_eq!(lines(&r), want, "{}", path.display());
    }
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const STEPS: [&str; 7] = [
    "pre-reminder",
    "reminder",
    "phone-call",
    "second-reminder",
    "final-notice",
    "formal-notice",
    "recovery",
];

fn date(base: &str, days: i32) -> String {
    IsoDate::parse(base)
        .and_then(|d| d.add_days(days))
        .map(|d| d.to_string())
        .expect("date")
}

/// The invariants every plan satisfies.
fn check(input: &Value, a: &DunningPlanResult) -> Result<(), TestCaseError> {
    let as_of = IsoDate::parse(input["asOf"].as_str().unwrap_or_default()).expect("asOf");
    let cal: CalendarKind = serde_json::from_value(input["calendar"].clone()).unwrap_or_default();
    let gap = input["policy"]["minGapDays"].as_i64().unwrap_or(3) as i32;
    let history = input["history"].as_array().cloned().unwrap_or_default();
    // A step in history is never due again (for an invoice it covered).
    for c in &a.due {
        prop_assert!(c.date <= as_of);
        for s in &c.steps {
            for id in &s.invoice_ids {
                let sent = history.iter().any(|h| {
                    h["step"] == json!(s.step)
                        && (h.get("invoiceIds").is_none() || h["invoiceIds"] == json!([id]))
                });
                prop_assert!(!sent, "{} for {} is in history but due again", s.step, id);
            }
        }
    }
    // Nothing is sent on a weekend or holiday; contacts respect the minimum gap.
    let mut contact_dates: Vec<IsoDate> = a
        .timeline
        .iter()
        .filter(|e| {
            matches!(
                e.state,
                StepState::Due | StepState::Planned | StepState::Paused
            ) && !e.channels.is_empty()
        })
        .filter_map(|e| e.date)
        .collect();
    for d in &contact_dates {
        prop_assert!(is_working_day(*d, cal), "{} is not a working day", d);
    }
    let hist_dates: Vec<IsoDate> = a
        .timeline
        .iter()
        .filter(|e| e.state == StepState::Done && !e.channels.is_empty())
        .filter_map(|e| e.date)
        .collect();
    let last_hist = hist_dates.iter().max().copied();
    contact_dates.sort();
    contact_dates.dedup();
    for w in contact_dates.windows(2) {
        prop_assert!(
            w[0].days_until(w[1]) >= gap,
            "contacts {} and {} closer than {}",
            w[0],
            w[1],
            gap
        );
    }
    if let (Some(h), Some(first)) = (last_hist, contact_dates.first()) {
        prop_assert!(
            h.days_until(*first) >= gap.max(1),
            "a new contact on {} too close to the one sent on {}",
            first,
            h
        );
    }
    // Nothing is due for an invoice while its dispute is open.
    let events = input["events"].as_array().cloned().unwrap_or_default();
    let all: Vec<Value> = input["invoices"]
        .as_array()
        .map(|v| v.iter().map(|i| i["id"].clone()).collect())
        .unwrap_or_default();
    let ids = |e: &Value| -> Vec<Value> {
        e.get("invoiceIds")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_else(|| all.clone())
    };
    let mut open: Vec<Value> = Vec::new();
    for e in &events {
        if e["type"] == "dispute-opened" {
            open.extend(ids(e));
        } else if e["type"] == "dispute-resolved" {
            let done = ids(e);
            open.retain(|i| !done.contains(i));
        }
    }
    for c in &a.due {
        for id in &c.invoice_ids {
            prop_assert!(!open.contains(&json!(id)), "{} due while disputed", id);
        }
    }
    Ok(())
}

prop_compose! {
    fn scenario()(
        regime in prop::sample::select(vec!["fr-b2b", "fr-b2c", "fr-public"]),
        cal in prop::sample::select(vec!["fr", "fr-alsace-moselle", "fr-reunion"]),
        dues in prop::collection::vec(0i32..400, 1..4),
        as_of in 0i32..500,
        hist in prop::collection::vec((0usize..7, 0i32..500, prop::option::of(0usize..3)), 0..4),
        dispute in prop::option::of((0i32..500, prop::option::of(0i32..200))),
        promise in prop::option::of((0i32..500, 0i32..60)),
        paid in prop::option::of((0usize..3, 0i32..500)),
        latest in any::<bool>(),
        gap in 0u32..7,
    ) -> Value {
        let base = "2025-01-01";
        let invoices: Vec<Value> = dues.iter().enumerate().map(|(i, d)| {
            let mut inv = json!({ "id": format!("I{i}"), "number": format!("N{i}"), "dueDate": date(base, *d), "amount": "1000" });
            if let Some((which, day)) = paid {
                if which == i && day <= as_of { inv["payments"] = json!([{ "date": date(base, day), "amount": "1000" }]); }
            }
            inv
        }).collect();
        let n = invoices.len();
        let history: Vec<Value> = hist.iter().filter(|(_, d, _)| *d <= as_of).map(|(s, d, inv)| {
            let mut h = json!({ "date": date(base, *d), "step": STEPS[*s] });
            if let Some(i) = inv { if *i < n { h["invoiceIds"] = json!([format!("I{i}")]); } }
            h
        }).collect();
        let mut events = Vec::new();
        if let Some((open, resolved)) = dispute {
            if open <= as_of {
                events.push(json!({ "type": "dispute-opened", "date": date(base, open), "invoiceIds": ["I0"] }));
                if let Some(after) = resolved {
                    if open + after <= as_of {
                        events.push(json!({ "type": "dispute-resolved", "date": date(base, open + after), "invoiceIds": ["I0"] }));
                    }
                }
            }
        }
        if let Some((on, len)) = promise {
            if on <= as_of {
                events.push(json!({ "type": "promise", "date": date(base, on), "until": date(base, on + len) }));
            }
        }
        let kind = match regime { "fr-b2b" => "business", "fr-b2c" => "consumer", _ => "public" };
        let mut policy = serde_json::to_value(relance::dunning::default_policy(match regime {
            "fr-b2b" => relance::regime::Regime::FrB2b,
            "fr-b2c" => relance::regime::Regime::FrB2c,
            _ => relance::regime::Regime::FrPublic,
        }, relance::Lang::Fr)).expect("policy");
        policy["minGapDays"] = json!(gap);
        if latest { policy["catchUp"] = json!("latest"); }
        json!({
            "regime": regime,
            "asOf": date(base, as_of),
            "debtor": { "id": "D", "name": "D", "kind": kind },
            "invoices": invoices,
            "history": history,
            "events": events,
            "policy": policy,
            "calendar": cal,
        })
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn invariants(input in scenario()) {
        let a = ok(input.clone());
        // Determinism.
        let b = ok(input.clone());
        prop_assert_eq!(&a, &b);
        check(&input, &a)?;
    }
}

const KINDS: [&str; 7] = [
    "pre-reminder",
    "reminder",
    "phone-call",
    "second-reminder",
    "final-notice",
    "formal-notice",
    "recovery",
];

prop_compose! {
    /// Anything: random ladders, every event type, far dates. Must never panic.
    fn wild()(
        offsets in prop::collection::vec((-30i32..120, 0usize..7, prop::option::of(1u32..40)), 1..9),
        dues in prop::collection::vec(-400i32..3000, 1..5),
        as_of in -400i32..3000,
        gap in 0u32..61,
        grace in 0u32..61,
        latest in any::<bool>(),
        events in prop::collection::vec((0usize..4, -400i32..3000, 0i32..90, prop::option::of(0usize..5), 0u32..3000), 0..8),
        hist in prop::collection::vec((0usize..9, -400i32..3000, prop::option::of(0usize..5)), 0..6),
        pays in prop::collection::vec((0usize..5, -400i32..3000, 0u32..2000), 0..6),
        base in prop::sample::select(vec!["2024-02-29", "9990-06-01", "0002-01-01", "2026-12-24"]),
    ) -> Value {
        let mut sorted = offsets.clone();
        sorted.sort_by_key(|o| o.0);
        let steps: Vec<Value> = sorted.iter().enumerate().map(|(i, (off, kind, dl))| {
            let kind = KINDS[*kind];
            let channels = if kind == "recovery" { json!([]) } else { json!(["email"]) };
            let mut s = json!({ "id": format!("s{i}"), "kind": kind, "offsetDays": off, "channels": channels });
            if let Some(d) = dl { s["deadlineDays"] = json!(d); }
            s
        }).collect();
        let d = |n: i32| IsoDate::parse(base).and_then(|b| b.add_days(n)).map(|x| x.to_string()).unwrap_or_else(|_| base.to_owned());
        let n = dues.len();
        let invoices: Vec<Value> = dues.iter().enumerate().map(|(i, due)| {
            let p: Vec<Value> = pays.iter().filter(|p| p.0 == i).map(|p| json!({ "date": d(p.1), "amount": p.2 })).collect();
            json!({ "id": format!("I{i}"), "number": "n", "dueDate": d(*due), "amount": "1000", "payments": p })
        }).collect();
        let types = ["dispute-opened", "promise", "plan-agreed", "contact"];
        let events: Vec<Value> = events.iter().map(|(t, on, len, inv, amount)| {
            let on = &(*on).min(as_of);
            let mut e = json!({ "type": types[*t], "date": d(*on) });
            if let Some(i) = inv { if *i < n { e["invoiceIds"] = json!([format!("I{i}")]); } }
            match types[*t] {
                "promise" => { e["until"] = json!(d(on + len)); e["amount"] = json!(amount); }
                "plan-agreed" => { e["instalments"] = json!([{ "date": d(on + len), "amount": amount }, { "date": d(on + 2 * len), "amount": amount }]); }
                "contact" => { e["outcome"] = json!("disagreement"); }
                _ => {}
            }
            e
        }).collect();
        let history: Vec<Value> = hist.iter().map(|(s, on, inv)| {
            let mut h = json!({ "date": d((*on).min(as_of)), "step": format!("s{}", s % steps.len()) });
            if let Some(i) = inv { if *i < n { h["invoiceIds"] = json!([format!("I{i}")]); } }
            h
        }).collect();
        let mut policy = json!({ "steps": steps, "minGapDays": gap, "promiseGraceDays": grace, "instalmentGraceDays": grace });
        if latest { policy["catchUp"] = json!("latest"); }
        json!({
            "regime": "fr-b2b",
            "asOf": d(as_of),
            "debtor": { "id": "D", "name": "D", "kind": "business" },
            "invoices": invoices,
            "history": history,
            "events": events,
            "policy": policy,
        })
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_input_panics(input in wild()) {
        // Ok or a RelanceError, never a panic; and the same answer twice.
        let a = run(input.clone());
        let b = run(input.clone());
        prop_assert_eq!(&a, &b);
        if let Ok(a) = a {
            check(&input, &a)?;
        }
    }
}

#[test]
fn five_hundred_invoices_one_debtor() {
    // The largest accepted input: every invoice is covered by one timeline; every contact
    // date is one communication.
    let invoices: Vec<Value> = (0..500)
        .map(|i| invoice(&format!("I{i}"), &date("2026-01-05", i % 90), "100"))
        .collect();
    let r = ok(b2b("2026-02-02", json!(invoices), json!([]), json!([])));
    let mut per_invoice = std::collections::HashMap::new();
    for e in &r.timeline {
        for id in &e.invoice_ids {
            *per_invoice.entry(id.clone()).or_insert(0) += 1;
        }
    }
    assert_eq!(per_invoice.len(), 500);
    assert!(per_invoice.values().all(|n| *n == 7));
    assert_eq!(r.due.len(), 1);
}

#[test]
fn b2c_interest_runs_from_the_formal_notice() {
    // The whole b2c ladder sent on its dates; mise en demeure sent Wed 04-29 by registered
    // letter, first presented (3 working days, Fri 1 May a holiday) Tue 05-05; 15 days →
    // Wed 05-20. asOf Fri 05-29: recovery (not before Thu 05-21) is due now. Legal interest for
    // a professional creditor, 2026H1 2.62 %, from the day after the presentation, 05-06
    // through 05-29 = 24 days: 300 × 2.62 % × 24 / 365 = 0.5168 → 0.52. No indemnity.
    let r = ok(json!({
        "regime": "fr-b2c",
        "asOf": "2026-05-29",
        "debtor": { "id": "C1", "name": "Mme Martin", "kind": "consumer" },
        "invoices": [invoice("C1", "2026-03-16", "300")],
        "history": [
            { "date": "2026-03-11", "step": "pre-reminder" },
            { "date": "2026-03-19", "step": "reminder" },
            { "date": "2026-03-26", "step": "phone-call" },
            { "date": "2026-04-07", "step": "second-reminder" },
            { "date": "2026-04-20", "step": "final-notice" },
            { "date": "2026-04-29", "step": "formal-notice", "channel": "registered-letter" }
        ],
    }));
    let l = lines(&r);
    assert_eq!(l[5], "formal-notice done 2026-04-29 2026-05-20 C1");
    assert_eq!(l[6], "recovery due 2026-05-29 - C1");
    assert_eq!(r.invoices[0].interest_outstanding.to_string(), "0.52");
    assert_eq!(r.invoices[0].compensation.to_string(), "0.00");
    assert_eq!(
        serde_json::to_value(r.status).expect("json"),
        json!("recovery")
    );
    assert!(!codes(&r).contains(&"interest-from-formal-notice"));
}

#[test]
fn contact_events_count_for_the_gap_and_flag_disagreement() {
    // Phone call logged as an event on Mon 03-23 (no history entry): the second reminder of
    // Tue 03-24 (custom ladder) must wait 3 days → Thu 03-26. The debtor disagreed and no
    // dispute is recorded: warning.
    let mut input = b2b(
        "2026-03-23",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([{ "date": "2026-03-17", "step": "r1" }]),
        json!([{ "type": "contact", "date": "2026-03-23", "outcome": "disagreement", "reason": "prix contesté" }]),
    );
    input["policy"] = json!({ "steps": [
        { "id": "r1", "kind": "reminder", "offsetDays": 1, "channels": ["email"] },
        { "id": "r2", "kind": "second-reminder", "offsetDays": 8, "channels": ["email", "letter"] }
    ]});
    let r = ok(input);
    assert_eq!(lines(&r)[1], "r2 planned 2026-03-26 - F1");
    assert!(codes(&r).contains(&"contact-disagreement"));
}

#[test]
fn late_fees_warnings_are_forwarded() {
    let mut inv = invoice("F1", "2026-03-16", "1200");
    inv["contractRate"] = json!("3");
    let r = ok(b2b(
        "2026-04-01",
        json!([inv.clone()]),
        json!([]),
        json!([]),
    ));
    let w = r
        .warnings
        .iter()
        .find(|w| w.code == "contract-rate-below-floor")
        .expect("floor warning");
    assert!(w.message.starts_with("facture FA-F1 : "), "{}", w.message);
    let r = ok(with_lang(
        b2b("2026-04-01", json!([inv]), json!([]), json!([])),
        "en",
    ));
    let w = r
        .warnings
        .iter()
        .find(|w| w.code == "contract-rate-below-floor")
        .expect("floor warning");
    assert!(w.message.starts_with("invoice FA-F1: "), "{}", w.message);
}

#[test]
fn timeline_reasons_carry_stable_codes() {
    // F1 disputed since 03-20 (still open); F2 paid in full on 03-18; asOf 03-25.
    let mut f2 = invoice("F2", "2026-03-16", "300");
    f2["payments"] = json!([{ "date": "2026-03-18", "amount": "300" }]);
    let input = b2b(
        "2026-03-25",
        json!([invoice("F1", "2026-03-16", "1200"), f2]),
        json!([{ "date": "2026-03-17", "step": "reminder" }]),
        json!([{ "type": "dispute-opened", "date": "2026-03-20", "invoiceIds": ["F1"], "reason": "quantité contestée" }]),
    );
    let r = ok(input.clone());
    let codes = |id: &str, state: &str| -> Vec<String> {
        r.timeline
            .iter()
            .filter(|e| {
                e.invoice_ids.iter().any(|i| i == id)
                    && serde_json::to_value(e.state).expect("state") == json!(state)
            })
            .filter_map(|e| e.reason_code.clone())
            .collect()
    };
    let paused = codes("F1", "paused");
    assert!(
        !paused.is_empty() && paused.iter().all(|c| c == "dispute-open"),
        "{paused:?}"
    );
    let skipped = codes("F2", "skipped");
    assert!(skipped.iter().any(|c| c == "paid"), "{skipped:?}");
    // The text stays beside the code, in the input's language, with its date and the
    // dispute's reason.
    let text = |r: &DunningPlanResult| {
        r.timeline
            .iter()
            .find(|e| e.reason_code.as_deref() == Some("dispute-open"))
            .and_then(|e| e.reason.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        text(&r),
        "litige ouvert le 20\u{a0}mars 2026 : quantité contestée"
    );
    assert_eq!(
        text(&ok(with_lang(input, "en"))),
        "dispute opened on 20\u{a0}March 2026: quantité contestée"
    );
}

#[test]
fn duplicate_ids_name_the_first_later_duplicate_and_the_limit_is_500() {
    let invoice =
        |id: &str| json!({ "id": id, "number": id, "dueDate": "2026-03-16", "amount": "100" });
    let base = |invoices: Vec<Value>| {
        json!({
            "regime": "fr-b2b", "asOf": "2026-03-17",
            "debtor": { "id": "D", "name": "Dupont SARL", "kind": "business" },
            "invoices": invoices
        })
    };
    // X Y Z Z X: position 3 repeats position 2 before position 4 repeats position 0.
    let ids = ["X", "Y", "Z", "Z", "X"];
    assert_eq!(
        err(base(ids.iter().map(|id| invoice(id)).collect())),
        ("inconsistent-input", Some("invoices[3].id".to_owned()))
    );
    let many = |n: usize| (0..n).map(|i| invoice(&format!("F{i}"))).collect();
    assert_eq!(ok(base(many(500))).invoices.len(), 500);
    assert_eq!(
        err(base(many(501))),
        ("inconsistent-input", Some("invoices".to_owned()))
    );
}

// ---------------------------------------------------------------------------------------------
// Sequence guard and registered-letter deadlines (issue 15)
// ---------------------------------------------------------------------------------------------

#[test]
fn no_step_before_the_previous_deadline_whatever_the_history_says() {
    // A caller's ladder where a call may follow the final notice: D = Fri 2026-04-10, final
    // notice sent that day with 8 days → Sat 04-18 → Mon 04-20 (CPC 642); a call logged on
    // Mon 04-13 (a step of a lower rank, sent later). The mise en demeure (D+1, pushed to the
    // day after the call by the late history) must still wait for the final notice's deadline:
    // Tue 04-21, not Tue 04-14.
    let mut input = b2b(
        "2026-04-13",
        json!([invoice("F1", "2026-04-10", "1200")]),
        json!([
            { "date": "2026-04-10", "step": "final" },
            { "date": "2026-04-13", "step": "call" }
        ]),
        json!([]),
    );
    input["policy"] = json!({
        "steps": [
            { "id": "call", "kind": "phone-call", "offsetDays": 0, "channels": ["phone"] },
            { "id": "final", "kind": "final-notice", "offsetDays": 0, "channels": ["letter"], "deadlineDays": 8 },
            { "id": "med", "kind": "formal-notice", "offsetDays": 1, "channels": ["registered-letter"], "deadlineDays": 8 }
        ]
    });
    let r = ok(input);
    let l = lines(&r);
    // Sent Tue 04-21, presented (3 working days) Fri 04-24, + 8 = Sat 05-02 → Mon 05-04.
    assert!(
        l.contains(&"med planned 2026-04-21 2026-05-04 F1".to_owned()),
        "{l:?}"
    );
}

#[test]
fn a_history_that_escalated_too_early_is_named_in_a_warning() {
    // Final notice Fri 04-10, deadline Mon 04-20; a mise en demeure recorded on Wed 04-15
    // broke it: the warning names both steps and the deadline.
    let r = ok(b2b(
        "2026-04-16",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([
            { "date": "2026-04-10", "step": "final-notice" },
            { "date": "2026-04-15", "step": "formal-notice" }
        ]),
        json!([]),
    ));
    let w = r
        .warnings
        .iter()
        .find(|w| w.code == "history-step-before-deadline")
        .unwrap_or_else(|| panic!("{:?}", r.warnings));
    for needle in [
        "`formal-notice`",
        "15\u{a0}avril 2026",
        "`final-notice`",
        "20\u{a0}avril 2026",
    ] {
        assert!(w.message.contains(needle), "{needle}: {}", w.message);
    }
    // The mise en demeure sent Wed 04-15 is presented (3 working days) Mon 04-20; + 8 days =
    // Tue 04-28: recovery from Wed 04-29, never earlier.
    let l = lines(&r);
    assert!(
        l.contains(&"formal-notice done 2026-04-15 2026-04-28 F1".to_owned()),
        "{l:?}"
    );
    assert!(
        l.contains(&"recovery planned 2026-04-29 - F1".to_owned()),
        "{l:?}"
    );
    // A hand-over recorded inside the mise en demeure's deadline is named too.
    let r = ok(b2b(
        "2026-04-24",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([
            { "date": "2026-04-10", "step": "final-notice" },
            { "date": "2026-04-21", "step": "formal-notice" },
            { "date": "2026-04-23", "step": "recovery" }
        ]),
        json!([]),
    ));
    let w: Vec<&str> = r
        .warnings
        .iter()
        .filter(|w| w.code == "history-step-before-deadline")
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("`recovery`")
            && w[0].contains("`formal-notice`")
            && w[0].contains("4\u{a0}mai 2026"),
        "{w:?}"
    );
}

#[test]
fn delivery_days_move_registered_letter_deadlines() {
    // Sent Tue 04-21. With deliveryDays 0 the 8 days run from the sending date: Wed 04-29.
    // With 5: presented Tue 04-28 (Wed 22 .. Tue 28), + 8 = Wed 05-06.
    for (days, deadline) in [(0, "2026-04-29"), (5, "2026-05-06")] {
        let mut policy = serde_json::to_value(relance::dunning::default_policy(
            relance::regime::Regime::FrB2b,
            relance::Lang::Fr,
        ))
        .expect("policy");
        policy["deliveryDays"] = json!(days);
        let mut input = b2b(
            "2026-03-17",
            json!([invoice("F1", "2026-03-16", "1200")]),
            json!([]),
            json!([]),
        );
        input["policy"] = policy;
        let l = lines(&ok(input));
        assert!(
            l.contains(&format!("formal-notice planned 2026-04-21 {deadline} F1")),
            "{days}: {l:?}"
        );
    }
    let mut policy = serde_json::to_value(relance::dunning::default_policy(
        relance::regime::Regime::FrB2b,
        relance::Lang::Fr,
    ))
    .expect("policy");
    policy["deliveryDays"] = json!(31);
    let mut input = b2b(
        "2026-03-17",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([]),
        json!([]),
    );
    input["policy"] = policy;
    assert_eq!(
        err(input),
        ("invalid-period", Some("policy.deliveryDays".to_owned()))
    );
}

// ---------------------------------------------------------------------------------------------
// E-invoicing lifecycle statuses (issue 13)
// ---------------------------------------------------------------------------------------------

#[test]
fn lifecycle_refused_then_approved_is_a_dispute_and_its_resolution() {
    // The `resolved_dispute_resumes_at_the_next_step` scenario, with the platform's statuses
    // instead of the app's events: 210 Refusée on 03-20, 205 Approuvée on 04-15. Same plan.
    let r = ok(b2b(
        "2026-04-15",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([
            { "date": "2026-03-09", "step": "pre-reminder" },
            { "date": "2026-03-17", "step": "reminder" }
        ]),
        json!([
            { "type": "lifecycle", "date": "2026-03-18", "status": "200" },
            { "type": "lifecycle", "date": "2026-03-20", "status": "Refusée", "reason": "quantités" },
            { "type": "lifecycle", "date": "2026-04-15", "status": "205" }
        ]),
    ));
    assert_eq!(
        lines(&r),
        [
            "pre-reminder done 2026-03-09 - F1",
            "reminder done 2026-03-17 - F1",
            "phone-call due 2026-04-15 - F1",
            "second-reminder planned 2026-04-27 - F1",
            "final-notice planned 2026-05-05 2026-05-13 F1",
            "formal-notice planned 2026-05-15 2026-05-28 F1",
            "recovery planned 2026-05-29 - F1",
        ]
    );
    // While refused (asOf before the approval), the ladder pauses and the invoice is disputed.
    let r = ok(b2b(
        "2026-04-01",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([{ "date": "2026-03-17", "step": "reminder" }]),
        json!([{ "type": "lifecycle", "date": "2026-03-20", "status": "en litige" }]),
    ));
    assert_eq!(
        serde_json::to_value(r.invoices[0].status).expect("json"),
        json!("disputed")
    );
    assert!(
        lines(&r).iter().any(|l| l.starts_with("phone-call paused")),
        "{:?}",
        lines(&r)
    );
    // 208 Suspendue pauses too; 209 Complétée resumes.
    let r = ok(b2b(
        "2026-04-15",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([
            { "date": "2026-03-09", "step": "pre-reminder" },
            { "date": "2026-03-17", "step": "reminder" }
        ]),
        json!([
            { "type": "lifecycle", "date": "2026-03-20", "status": "suspendue" },
            { "type": "lifecycle", "date": "2026-04-15", "status": "Complétée" }
        ]),
    ));
    assert!(lines(&r).contains(&"phone-call due 2026-04-15 - F1".to_owned()));
}

#[test]
fn lifecycle_cashed_records_a_payment_and_rejected_leaves_the_plan() {
    // 212 Encaissée of 500 € on F1 (1 200 €) on 03-18, 2 days late: 1 200 × 12,15 % × 2 / 365
    // = 0,80 € of penalties paid first (C. civ. 1343-1), 499,20 € on the principal: 700,80 €
    // left. Without an amount on F2, the invoice amount (300 €) on 03-19: the ladder stops
    // (payments cover the invoice), 0,30 € of penalties having been paid first (3 days:
    // 300 × 12,15 % × 3 / 365 = 0,2996 → 0,30), so 0,30 € of principal stays claimable.
    let r = ok(b2b(
        "2026-03-20",
        json!([
            invoice("F1", "2026-03-16", "1200"),
            invoice("F2", "2026-03-16", "300")
        ]),
        json!([]),
        json!([
            { "type": "lifecycle", "date": "2026-03-18", "status": "212", "amount": "500", "invoiceIds": ["F1"] },
            { "type": "lifecycle", "date": "2026-03-19", "status": "encaissée", "invoiceIds": ["F2"] }
        ]),
    ));
    assert_eq!(r.invoices[0].principal_outstanding.to_string(), "700.80");
    assert_eq!(r.invoices[1].principal_outstanding.to_string(), "0.30");
    assert_eq!(
        serde_json::to_value(r.invoices[1].status).expect("json"),
        json!("paid")
    );
    // An amount needs exactly one invoice.
    let input = b2b(
        "2026-03-20",
        json!([
            invoice("F1", "2026-03-16", "1200"),
            invoice("F2", "2026-03-16", "300")
        ]),
        json!([]),
        json!([{ "type": "lifecycle", "date": "2026-03-18", "status": "212", "amount": "500" }]),
    );
    assert_eq!(
        err(input),
        (
            "inconsistent-input",
            Some("events[0].invoiceIds".to_owned())
        )
    );
    // 213 Rejetée: F2 is not a valid invoice to chase; it leaves the plan with a warning.
    let r = ok(b2b(
        "2026-03-20",
        json!([
            invoice("F1", "2026-03-16", "1200"),
            invoice("F2", "2026-03-16", "300")
        ]),
        json!([{ "date": "2026-03-17", "step": "reminder" }]),
        json!([{ "type": "lifecycle", "date": "2026-03-18", "status": "Rejetée", "invoiceIds": ["F2"] }]),
    ));
    assert_eq!(r.invoices.len(), 1);
    assert_eq!(r.invoices[0].id, "F1");
    assert!(codes(&r).contains(&"invoice-rejected"));
    assert!(r
        .timeline
        .iter()
        .all(|e| !e.invoice_ids.contains(&"F2".to_owned())));
    // Every invoice rejected: nothing to chase.
    let input = b2b(
        "2026-03-20",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([]),
        json!([{ "type": "lifecycle", "date": "2026-03-18", "status": "213" }]),
    );
    assert_eq!(
        err(input),
        ("inconsistent-input", Some("events".to_owned()))
    );
}

#[test]
fn unknown_lifecycle_statuses_warn_and_a_missing_one_is_an_error() {
    let r = ok(b2b(
        "2026-03-20",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([]),
        json!([{ "type": "lifecycle", "date": "2026-03-18", "status": "999" }]),
    ));
    assert!(codes(&r).contains(&"lifecycle-status-unknown"));
    let input = b2b(
        "2026-03-20",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([]),
        json!([{ "type": "lifecycle", "date": "2026-03-18" }]),
    );
    assert_eq!(
        err(input),
        ("missing-field", Some("events[0].status".to_owned()))
    );
    let input = b2b(
        "2026-03-20",
        json!([invoice("F1", "2026-03-16", "1200")]),
        json!([]),
        json!([{ "type": "contact", "date": "2026-03-18", "outcome": "oversight", "status": "210" }]),
    );
    assert_eq!(
        err(input),
        ("inconsistent-input", Some("events[0].status".to_owned()))
    );
}

// ---------------------------------------------------------------------------------------------
// Languages
// ---------------------------------------------------------------------------------------------

#[test]
fn the_plan_speaks_the_input_language() {
    // F1 paid in full on Wed 03-18, F2 (1 200 €) unpaid; the reminder went on 03-17, so both
    // pre-reminders were passed over. A consumer under the fr-b2b ladder: the regime does not
    // match the debtor, and the ladder claims the 40 € from a consumer.
    let mut f1 = invoice("F1", "2026-03-16", "300");
    f1["payments"] = json!([{ "date": "2026-03-18", "amount": "300" }]);
    let mut input = b2b(
        "2026-03-25",
        json!([f1, invoice("F2", "2026-03-16", "1200")]),
        json!([{ "date": "2026-03-17", "step": "reminder" }]),
        json!([]),
    );
    input["debtor"]["kind"] = json!("consumer");
    let reason = |r: &DunningPlanResult, code: &str| {
        r.timeline
            .iter()
            .find(|e| e.reason_code.as_deref() == Some(code))
            .and_then(|e| e.reason.clone())
            .unwrap_or_else(|| panic!("no {code} in {:?}", r.timeline))
    };
    let warning = |r: &DunningPlanResult, code: &str| {
        r.warnings
            .iter()
            .find(|w| w.code == code)
            .map(|w| w.message.clone())
            .unwrap_or_else(|| panic!("no {code} in {:?}", r.warnings))
    };
    let fr = ok(input.clone());
    assert_eq!(
        ok(with_lang(input.clone(), "fr")),
        fr,
        "French is the default"
    );
    let en = ok(with_lang(input, "en"));

    // The codes do not change; the texts do.
    assert_eq!(lines(&fr), lines(&en));
    assert_eq!(codes(&fr), codes(&en));
    let route_codes = |r: &DunningPlanResult| -> Vec<String> {
        r.recovery.iter().map(|x| x.code.clone()).collect()
    };
    assert_eq!(route_codes(&fr), route_codes(&en));

    assert_eq!(reason(&fr, "paid"), "facture payée le 18\u{a0}mars 2026");
    assert_eq!(reason(&en, "paid"), "invoice paid on 18\u{a0}March 2026");
    assert_eq!(
        reason(&fr, "later-step-sent"),
        "une étape ultérieure a déjà été envoyée"
    );
    assert_eq!(
        reason(&en, "later-step-sent"),
        "a later step was already sent"
    );

    let first = |r: &DunningPlanResult| r.recovery.first().cloned().expect("a route");
    assert_eq!(first(&fr).code, "simplified-procedure");
    assert_eq!(
        first(&fr).label,
        "Procédure simplifiée de recouvrement des petites créances par un commissaire de justice"
    );
    assert!(first(&fr)
        .basis
        .starts_with("article L125-1 du Code des procédures civiles d'exécution : "));
    assert!(first(&fr).basis.contains("5\u{202f}000\u{a0}€"));
    assert!(first(&en)
        .label
        .starts_with("Simplified recovery procedure"));
    assert!(first(&en).basis.contains("€5,000"));
    let injunction = |r: &DunningPlanResult| {
        r.recovery
            .iter()
            .find(|x| x.code == "injunction")
            .map(|x| x.label.clone())
            .expect("injunction")
    };
    assert_eq!(
        injunction(&fr),
        "Injonction de payer devant le tribunal judiciaire"
    );
    assert_eq!(
        injunction(&en),
        "Injonction de payer (order for payment) before the tribunal judiciaire"
    );

    assert!(warning(&fr, "regime-kind-mismatch").starts_with("le régime ne correspond pas"));
    assert!(warning(&en, "regime-kind-mismatch").starts_with("the regime does not match"));
    let fees = warning(&fr, "consumer-fees");
    assert!(
        fees.starts_with("l'étape `second-reminder` réclame l'indemnité forfaitaire de 40\u{a0}€")
    );
    assert!(fees.contains("article L111-8 du Code des procédures civiles d'exécution"));
    assert!(warning(&en, "consumer-fees")
        .starts_with("step `second-reminder` claims the €40 indemnity"));

    // No English sentence in the French plan, no French one in the English plan.
    let texts = |r: &DunningPlanResult| -> Vec<String> {
        let mut out: Vec<String> = r.timeline.iter().filter_map(|e| e.reason.clone()).collect();
        out.extend(
            r.recovery
                .iter()
                .flat_map(|x| [x.label.clone(), x.basis.clone()]),
        );
        // The late-fees warnings come from another table; the planner's own are checked here.
        out.extend(
            r.warnings
                .iter()
                .filter(|w| {
                    [
                        "regime-kind-mismatch",
                        "consumer-fees",
                        "consumer-interest-before-notice",
                    ]
                    .contains(&w.code.as_str())
                })
                .map(|w| w.message.clone()),
        );
        out
    };
    let has_word = |text: &str, list: &[&str]| {
        text.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| list.contains(&w.to_lowercase().as_str()))
    };
    for t in texts(&fr) {
        assert!(
            !has_word(
                &t,
                &["the", "is", "of", "and", "to", "by", "invoice", "paid", "step"]
            ),
            "English in « {t} »"
        );
    }
    for t in texts(&en) {
        assert!(
            !has_word(
                &t,
                &["le", "la", "les", "du", "est", "facture", "payée", "étape", "une"]
            ),
            "French in \"{t}\""
        );
    }
}

#[test]
fn the_default_ladders_and_errors_come_in_both_languages() {
    use relance::dunning::default_policy;
    use relance::regime::Regime;
    use relance::Lang;
    for regime in [Regime::FrB2b, Regime::FrB2c, Regime::FrPublic] {
        let (fr, en) = (
            default_policy(regime, Lang::Fr),
            default_policy(regime, Lang::En),
        );
        // Same ladder, step ids and figures; only the purposes differ.
        let ids = |p: &relance::dunning::Policy| -> Vec<String> {
            p.steps.iter().map(|s| s.id.clone()).collect()
        };
        assert_eq!(ids(&fr), ids(&en));
        for (a, b) in fr.steps.iter().zip(&en.steps) {
            assert_eq!(
                (a.offset_days, &a.channels, a.deadline_days),
                (b.offset_days, &b.channels, b.deadline_days)
            );
            assert_ne!(a.purpose, b.purpose, "{regime:?} {}", a.id);
        }
    }
    let purpose = |lang, k: usize| {
        default_policy(Regime::FrB2b, lang)
            .steps
            .get(k)
            .and_then(|s| s.purpose.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        purpose(Lang::Fr, 5),
        "mise en demeure (article 1344 du Code civil) par lettre recommandée avec accusé de réception, copie par courriel"
    );
    assert_eq!(
        purpose(Lang::En, 5),
        "mise en demeure (C. civ. 1344) by registered letter, email copy"
    );

    // Errors carry both texts, French first.
    let mut i = b2b(
        "2026-03-20",
        json!([invoice("F1", "2026-03-16", "100")]),
        json!([{ "date": "2026-03-17", "step": "relance" }]),
        json!([]),
    );
    i["lang"] = json!("en");
    let e = run(i).expect_err("unknown step");
    assert_eq!(e.field(), Some("history[0].step"));
    assert_eq!(
        e.message(),
        "aucune étape `relance` dans le scénario de relance"
    );
    assert_eq!(e.message_in(Lang::En), "no step `relance` in the policy");
}
