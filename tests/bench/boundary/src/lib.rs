//! Boundary experiments: the same core behind other ways of crossing the JS boundary, built
//! at any opt-level, so that the cost of each is measured before the API changes
//! (tests/bench/boundary/run.sh). Inputs are read by the package's own JS deserializer.

#[path = "../../../../src/wasm/de.rs"]
mod de;

use relance::error::Error;
use relance::regime::{late_fees, LateFeesInput};
use serde::Deserialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

fn parse_js(v: JsValue) -> relance::Result<LateFeesInput> {
    if v.is_null() || v.is_undefined() {
        return Err(Error::new(
            relance::ErrorKind::InvalidType,
            "expected an input object, got null or undefined",
        ));
    }
    LateFeesInput::deserialize(de::JsDeserializer(v))
        .map_err(|e| Error::from_serde(&e.path(), e.message()))
}

fn push_error(e: &Error, out: &mut Vec<u8>) {
    let mut error = serde_json::Map::new();
    error.insert("code".into(), e.code().into());
    if let Some(f) = e.field() {
        error.insert("field".into(), f.into());
    }
    error.insert("message".into(), e.message().into());
    let _ = serde_json::to_writer(&mut *out, &serde_json::json!({ "error": error }));
}

fn push_result(r: relance::Result<relance::regime::LateFeesResult>, out: &mut Vec<u8>) {
    match r {
        Ok(r) => {
            let _ = serde_json::to_writer(&mut *out, &r);
        }
        Err(e) => push_error(&e, out),
    }
}

/// JS objects in (the package's deserializer), one JSON text out for the whole batch.
#[wasm_bindgen(js_name = batchObjectsInJsonOut)]
pub fn batch_objects_in_json_out(inputs: JsValue) -> String {
    let arr = js_sys::Array::from(&inputs);
    let mut out = Vec::with_capacity(arr.length() as usize * 1700);
    out.push(b'[');
    for (i, v) in arr.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_result(parse_js(v).and_then(|inp| late_fees(&inp)), &mut out);
    }
    out.push(b']');
    String::from_utf8(out).unwrap_or_default()
}

/// JSON text in (JSON.stringify of the array), JSON text out.
#[wasm_bindgen(js_name = batchJsonInJsonOut)]
pub fn batch_json_in_json_out(inputs: &str) -> String {
    let items: Vec<&serde_json::value::RawValue> = serde_json::from_str(inputs).unwrap_or_default();
    let mut out = Vec::with_capacity(items.len() * 1700);
    out.push(b'[');
    for (i, raw) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let parsed = if raw.get() == "null" {
            Err(Error::new(
                relance::ErrorKind::InvalidType,
                "expected an input object, got null or undefined",
            ))
        } else {
            relance::error::deserialize(&mut serde_json::Deserializer::from_str(raw.get()))
        };
        push_result(parsed.and_then(|inp| late_fees(&inp)), &mut out);
    }
    out.push(b']');
    String::from_utf8(out).unwrap_or_default()
}

/// JS objects in, JS objects out: the package's path (serde_wasm_bindgen json_compatible),
/// rebuilt here so that it can be compared at other opt-levels.
#[wasm_bindgen(js_name = batchObjects)]
pub fn batch_objects(inputs: JsValue) -> JsValue {
    use serde::Serialize;
    let arr = js_sys::Array::from(&inputs);
    let out = js_sys::Array::new();
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    for v in arr.iter() {
        let js = match parse_js(v).and_then(|inp| late_fees(&inp)) {
            Ok(r) => r.serialize(&ser).unwrap_or(JsValue::NULL),
            Err(e) => JsValue::from_str(e.code()),
        };
        out.push(&js);
    }
    out.into()
}

/// JSON text in, compact totals out: `[totalDue, interest, compensation, days]` per invoice
/// (what a portfolio screen needs), to show the floor of a summary API.
#[wasm_bindgen(js_name = batchTotals)]
pub fn batch_totals(inputs: &str) -> String {
    use std::fmt::Write;
    let items: Vec<&serde_json::value::RawValue> = serde_json::from_str(inputs).unwrap_or_default();
    let mut out = String::with_capacity(items.len() * 40);
    out.push('[');
    for (i, raw) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let parsed: relance::Result<LateFeesInput> =
            relance::error::deserialize(&mut serde_json::Deserializer::from_str(raw.get()));
        match parsed.and_then(|inp| late_fees(&inp)) {
            Ok(r) => {
                let _ = write!(
                    out,
                    "[\"{}\",\"{}\",\"{}\",{}]",
                    r.total_due, r.interest, r.compensation, r.days
                );
            }
            Err(e) => {
                let _ = write!(out, "{{\"error\":\"{}\"}}", e.code());
            }
        }
    }
    out.push(']');
    out
}

/// The figures decimal.js computes (no rule, ratesUsed, rateTables, warnings), as objects.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Figures<'a> {
    regime: relance::regime::Regime,
    #[serde(skip_serializing_if = "Option::is_none")]
    interest_from: Option<relance::IsoDate>,
    days: i32,
    periods: &'a [relance::regime::PeriodLine],
    interest: relance::Money,
    interest_paid: relance::Money,
    compensation: relance::Money,
    principal_outstanding: relance::Money,
    interest_outstanding: relance::Money,
    total_due: relance::Money,
    allocations: &'a [relance::regime::AllocationLine],
}

/// JS objects in, figures-only objects out: the same output as tests/bench/decimaljs.mjs.
#[wasm_bindgen(js_name = batchFigures)]
pub fn batch_figures(inputs: JsValue) -> JsValue {
    use serde::Serialize;
    let arr = js_sys::Array::from(&inputs);
    let out = js_sys::Array::new();
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    for v in arr.iter() {
        let js = match parse_js(v).and_then(|inp| late_fees(&inp)) {
            Ok(r) => Figures {
                regime: r.regime,
                interest_from: r.interest_from,
                days: r.days,
                periods: &r.periods,
                interest: r.interest,
                interest_paid: r.interest_paid,
                compensation: r.compensation,
                principal_outstanding: r.principal_outstanding,
                interest_outstanding: r.interest_outstanding,
                total_due: r.total_due,
                allocations: &r.allocations,
            }
            .serialize(&ser)
            .unwrap_or(JsValue::NULL),
            Err(e) => JsValue::from_str(e.code()),
        };
        out.push(&js);
    }
    out.into()
}

thread_local! {
    static PREPARED: RefCell<Vec<LateFeesInput>> = const { RefCell::new(Vec::new()) };
}

/// Parses JSONL inputs once and keeps them, for `coreRun`.
#[wasm_bindgen(js_name = corePrepare)]
pub fn core_prepare(jsonl: &str) -> u32 {
    let inputs: Vec<LateFeesInput> = jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            relance::error::deserialize(&mut serde_json::Deserializer::from_str(l)).ok()
        })
        .collect();
    let n = inputs.len() as u32;
    PREPARED.with(|p| *p.borrow_mut() = inputs);
    n
}

/// The core alone, inside wasm: late_fees on every prepared input; returns the total days.
#[wasm_bindgen(js_name = coreRun)]
pub fn core_run() -> u32 {
    PREPARED.with(|p| {
        let mut days = 0u32;
        for input in p.borrow().iter() {
            if let Ok(r) = late_fees(std::hint::black_box(input)) {
                days = days.wrapping_add(r.days as u32);
            }
        }
        days
    })
}
