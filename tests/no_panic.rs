//! Every entry point, on generated inputs, returns a result or a RelanceError with a stable
//! code (never `internal`) and a message, and never panics (in wasm a panic is a trap that can
//! poison the instance). Inputs are valid examples of each function with random mutations at
//! random places: values replaced by odd JSON (extreme numbers and dates, wrong types, deep
//! nesting), keys dropped or added. The cargo-fuzz targets in tests/fuzz/ do the same for
//! hours; this runs in `cargo test`.

use proptest::prelude::*;
use relance::error::deserialize;
use relance::Error;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

/// A valid input for each entry point (the README examples).
fn seeds() -> Vec<(&'static str, Value)> {
    let letter = json!({
        "kind": "formal-notice", "channel": "letter", "lang": "fr", "regime": "fr-b2b", "asOf": "2026-11-22",
        "creditor": { "name": "Atelier Dupont SARL", "address": "12 rue des Lilas\n75011 Paris", "iban": "FR76 3000 6000 0112 3456 7890 189" },
        "debtor": { "name": "Martin & Fils SAS", "address": "8 avenue de la Gare\n69002 Lyon", "kind": "business" },
        "invoices": [{ "number": "F-1", "issueDate": "2026-09-15", "dueDate": "2026-10-15", "amount": "1250.00",
                       "payments": [{ "date": "2026-10-30", "amount": "250" }] }]
    });
    vec![
        (
            "lateFees",
            json!({ "regime": "fr-b2b", "amount": "1000", "dueDate": "2025-01-31", "asOf": "2025-09-30",
                    "payments": [{ "date": "2025-03-01", "amount": "100" }], "contractRate": "12" }),
        ),
        (
            "lateFees",
            json!({ "regime": "fr-b2c", "amount": 500.5, "dueDate": "2024-05-31", "asOf": "2026-01-15",
                    "creditor": "individual", "noticeDate": "2024-07-01", "judgmentDate": "2025-01-10", "dayCount": "act/act" }),
        ),
        (
            "deadline",
            json!({ "from": "2026-01-05", "days": 15, "calendar": "fr-alsace-moselle" }),
        ),
        (
            "dueDate",
            json!({ "issueDate": "2026-01-15", "terms": { "kind": "days-end-of-month", "days": 45 } }),
        ),
        (
            "publicHolidays",
            json!({ "year": 2026, "calendar": "fr-reunion" }),
        ),
        ("workingDay", json!({ "date": "2026-05-14" })),
        (
            "paymentPlan",
            json!({ "amount": "1000", "firstDate": "2026-01-31", "count": 3, "frequency": "monthly" }),
        ),
        (
            "invoiceMentions",
            json!({ "regime": "fr-b2b", "lang": "fr" }),
        ),
        (
            "amountInWords",
            json!({ "amount": "1281.10", "lang": "fr" }),
        ),
        (
            "dunningPlan",
            json!({ "regime": "fr-b2b", "asOf": "2026-03-17",
                    "debtor": { "id": "D1", "name": "Dupont SARL", "kind": "business" },
                    "invoices": [{ "id": "F1", "number": "FA-1", "dueDate": "2026-03-16", "amount": "1200" },
                                 { "id": "F2", "number": "FA-2", "dueDate": "2026-02-16", "amount": "300" }],
                    "history": [{ "date": "2026-03-09", "step": "pre-reminder" }],
                    "events": [{ "type": "promise", "date": "2026-03-10", "until": "2026-03-20", "invoiceIds": ["F2"] }] }),
        ),
        (
            "agedBalance",
            json!({ "asOf": "2026-03-31", "buckets": [30, 60, 90],
                    "invoices": [{ "id": "A1", "debtorId": "A", "dueDate": "2026-03-15", "amount": "1000" },
                                 { "id": "C1", "debtorId": "C", "debtorKind": "consumer", "dueDate": "2025-11-30", "amount": "5000" }] }),
        ),
        ("renderLetter", letter),
    ]
}

/// Runs one entry point (`lateFees` also as `late_fees_totals`).
fn outcome(entry: &str, value: Value) -> relance::Result<()> {
    fn call<I: DeserializeOwned, O>(
        value: Value,
        f: impl FnOnce(&I) -> relance::Result<O>,
    ) -> relance::Result<()> {
        deserialize::<I, Value>(value).and_then(|i| f(&i).map(|_| ()))
    }
    match entry {
        "lateFees" => {
            let totals = call(value.clone(), relance::regime::late_fees_totals);
            let full = call(value, relance::regime::late_fees);
            assert_eq!(
                totals.as_ref().map_err(Error::code),
                full.as_ref().map_err(Error::code),
                "late_fees_totals and late_fees disagree"
            );
            full
        }
        "deadline" => call(value, relance::calendar::deadline),
        "dueDate" => call(value, relance::calendar::due_date),
        "publicHolidays" => call(value, relance::calendar::public_holidays),
        "workingDay" => call(value, relance::calendar::working_day),
        "paymentPlan" => call(value, relance::plan::payment_plan),
        "invoiceMentions" => call(value, relance::letters::invoice_mentions),
        "amountInWords" => call(value, relance::letters::amount_in_words_of),
        "dunningPlan" => call(value, relance::dunning::dunning_plan),
        "agedBalance" => call(value, relance::portfolio::aged_balance),
        "renderLetter" => call(value, relance::letters::render_letter),
        other => panic!("no entry point {other}"),
    }
}

fn check(e: &Error) {
    assert_ne!(e.code(), "internal", "an internal error is a bug: {e}");
    assert!(
        !e.code().is_empty()
            && e.code()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'),
        "bad code {:?}",
        e.code()
    );
    assert!(!e.message().is_empty(), "empty message for {}", e.code());
}

/// Odd JSON values: the edges of each type and the wrong types.
fn odd_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::num::f64::NORMAL.prop_map(Value::from),
        prop::sample::select(vec![
            "",
            "0",
            "-1",
            "0.001",
            "1e3",
            "12,50",
            "999999999999.99",
            "1000000000000.01",
            "2026-02-29",
            "2024-02-29",
            "0001-01-01",
            "9999-12-31",
            "2026-13-01",
            "fr-b2x",
            "fr-b2b",
            "fr-b2c",
            "fr-public",
            "business",
            "consumer",
            "public",
            "email",
            "sms",
            "letter",
            "en",
            "fr",
            "act/act",
            "principal-first",
            "reminder",
            "final-notice",
            "\u{0}",
            "é",
            "<img src=x onerror=alert(1)>",
            "{{creditor_name}}",
            "{{nope}}",
        ])
        .prop_map(Value::from),
        (0u32..100_000).prop_map(|n| Value::from(n.to_string())),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-zA-Z]{1,10}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Values of the right shape for most fields (dates, amounts, small counts), so that many
/// mutated inputs still compute and the computation, not only the validation, is exercised.
fn plausible_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        (1990i32..2041, 1u32..13, 1u32..32)
            .prop_map(|(y, m, d)| Value::from(format!("{y:04}-{m:02}-{d:02}"))),
        "[0-9]{1,7}(\\.[0-9]{2})?".prop_map(Value::from),
        (0u32..400).prop_map(Value::from),
        (0u32..10_000).prop_map(|c| Value::from(f64::from(c) / 100.0)),
    ]
}

/// One change at the `at`-th node (pre-order) of the value.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(usize, Value),
    Remove(usize),
    Add(usize, String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<usize>(), plausible_value()).prop_map(|(at, v)| Mutation::Replace(at, v)),
        2 => (any::<usize>(), odd_value()).prop_map(|(at, v)| Mutation::Replace(at, v)),
        1 => any::<usize>().prop_map(Mutation::Remove),
        1 => (any::<usize>(), "[a-zA-Z]{1,12}", odd_value()).prop_map(|(at, k, v)| Mutation::Add(at, k, v)),
    ]
}

/// Pointers (RFC 6901) of every node, in pre-order.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                pointers(
                    item,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        _ => {}
    }
}

fn apply(mut value: Value, m: &Mutation) -> Value {
    let mut all = Vec::new();
    pointers(&value, String::new(), &mut all);
    let pick = |at: usize| all[at % all.len()].clone();
    match m {
        Mutation::Replace(at, v) => {
            if let Some(node) = value.pointer_mut(&pick(*at)) {
                *node = v.clone();
            }
        }
        Mutation::Remove(at) => {
            let p = pick(*at);
            if let Some((parent, key)) = p.rsplit_once('/') {
                match value.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&key.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(i) = key.parse::<usize>() {
                            if i < items.len() {
                                items.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        Mutation::Add(at, key, v) => {
            if let Some(Value::Object(map)) = value.pointer_mut(&pick(*at)) {
                map.insert(key.clone(), v.clone());
            }
        }
    }
    value
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    #[test]
    fn every_entry_point_returns_a_result_or_a_relance_error(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 0..4),
    ) {
        let seeds = seeds();
        let (entry, input) = seeds[seed.index(seeds.len())].clone();
        let input = mutations.iter().fold(input, apply);
        if let Err(e) = outcome(entry, input) {
            check(&e);
        }
    }
}

#[test]
fn the_seeds_are_valid_inputs() {
    // The mutations start from working inputs: each seed must compute.
    for (entry, input) in seeds() {
        if let Err(e) = outcome(entry, input.clone()) {
            panic!("{entry} seed does not compute: {e}\n{input}");
        }
    }
}
