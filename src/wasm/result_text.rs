//! `lateFees` and `lateFeesBatch` results built in JS from one text.
//!
//! The generic output (serde-wasm-bindgen) makes the JS object field by field: a crossing and
//! a string decoding for each of some 45 values, which was 55 % of a `lateFeesBatch` call.
//! Here the results are written into one text of fields separated by U+001F, which crosses
//! once, and a JS function builds the same plain objects (same keys, same order, the same
//! omitted `interestFrom`) with object literals. `tests/js/parity.test.mjs` and the bench
//! compare the JSON of every result with the native crate's serde output, so the two stay
//! the same shape.
//!
//! Our texts never contain the separator characters; should one ever do (a future template or
//! message), [`encode`] says so and the caller uses the generic output instead.

use crate::error::Error;
use crate::regime::{LateFeesResult, Regime};
use std::fmt::{Display, Write};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen(inline_js = r#"
// Field order: src/wasm/result_text.rs, `encode`.
function result(f, at) {
  let i = at;
  const r = { regime: f[i++], rule: f[i++] };
  const from = f[i++];
  if (from !== "") r.interestFrom = from;
  r.days = +f[i++];
  const periods = new Array(+f[i++]);
  for (let k = 0; k < periods.length; k++) {
    periods[k] = { from: f[i++], to: f[i++], days: +f[i++], principal: f[i++], ratePercent: f[i++], dayBasis: +f[i++], interest: f[i++] };
  }
  r.periods = periods;
  r.interest = f[i++];
  r.interestPaid = f[i++];
  r.compensation = f[i++];
  r.principalOutstanding = f[i++];
  r.interestOutstanding = f[i++];
  r.totalDue = f[i++];
  const allocations = new Array(+f[i++]);
  for (let k = 0; k < allocations.length; k++) {
    allocations[k] = { date: f[i++], amount: f[i++], toInterest: f[i++], toPrincipal: f[i++], unallocated: f[i++] };
  }
  r.allocations = allocations;
  const ratesUsed = new Array(+f[i++]);
  for (let k = 0; k < ratesUsed.length; k++) {
    ratesUsed[k] = { from: f[i++], to: f[i++], ratePercent: f[i++], basis: f[i++], assumed: f[i++] === "1" };
  }
  r.ratesUsed = ratesUsed;
  r.rateTables = { version: f[i++], knownThrough: f[i++], overridden: f[i++] === "1" };
  const warnings = new Array(+f[i++]);
  for (let k = 0; k < warnings.length; k++) warnings[k] = { code: f[i++], message: f[i++] };
  r.warnings = warnings;
  return [r, i];
}
export function lateFeesResultFromText(text) {
  return result(text.split("\u001f"), 0)[0];
}
// Slots: a result, or "E" code field message for `{ error: { code, field?, message } }`.
export function lateFeesBatchFromText(text) {
  const f = text.split("\u001f");
  const out = [];
  let i = 0;
  while (i < f.length - 1) {
    if (f[i] === "E") {
      const error = { code: f[i + 1] };
      if (f[i + 2] !== "") error.field = f[i + 2];
      error.message = f[i + 3];
      out.push({ error });
      i += 4;
    } else {
      const [r, next] = result(f, i);
      out.push(r);
      i = next;
    }
  }
  return out;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = lateFeesResultFromText)]
    fn late_fees_result_from_text(text: &str) -> JsValue;
    #[wasm_bindgen(js_name = lateFeesBatchFromText)]
    fn late_fees_batch_from_text(text: &str) -> JsValue;
}

const SEP: char = '\u{1f}';

/// Writes one result's fields; `false` if a text holds a separator character (then the
/// text cannot be used).
pub fn encode(r: &LateFeesResult, out: &mut String) -> bool {
    let mut clean = true;
    let mut put = |v: &dyn Display| {
        let start = out.len();
        let _ = write!(out, "{v}");
        clean &= !out[start..].contains(['\u{1e}', SEP]);
        out.push(SEP);
    };
    put(&match r.regime {
        Regime::FrB2b => "fr-b2b",
        Regime::FrB2c => "fr-b2c",
        Regime::FrPublic => "fr-public",
    });
    put(&r.rule);
    match r.interest_from {
        Some(d) => put(&d),
        None => put(&""),
    }
    put(&r.days);
    put(&r.periods.len());
    for p in &r.periods {
        put(&p.from);
        put(&p.to);
        put(&p.days);
        put(&p.principal);
        put(&p.rate_percent);
        put(&p.day_basis);
        put(&p.interest);
    }
    put(&r.interest);
    put(&r.interest_paid);
    put(&r.compensation);
    put(&r.principal_outstanding);
    put(&r.interest_outstanding);
    put(&r.total_due);
    put(&r.allocations.len());
    for a in &r.allocations {
        put(&a.date);
        put(&a.amount);
        put(&a.to_interest);
        put(&a.to_principal);
        put(&a.unallocated);
    }
    put(&r.rates_used.len());
    for u in &r.rates_used {
        put(&u.from);
        put(&u.to);
        put(&u.rate_percent);
        put(&u.basis);
        put(&u8::from(u.assumed));
    }
    put(&r.rate_tables.version);
    put(&r.rate_tables.known_through);
    put(&u8::from(r.rate_tables.overridden));
    put(&r.warnings.len());
    for w in &r.warnings {
        put(&w.code);
        put(&w.message);
    }
    clean
}

/// An error slot of a batch; `false` if a text holds a separator character.
pub fn encode_error(e: &Error, lang: crate::lang::Lang, out: &mut String) -> bool {
    let mut clean = true;
    for text in ["E", e.code(), e.field().unwrap_or(""), e.message_in(lang)] {
        clean &= !text.contains(['\u{1e}', SEP]);
        out.push_str(text);
        out.push(SEP);
    }
    clean
}

/// The plain object of one encoded result.
pub fn result_object(text: &str) -> JsValue {
    late_fees_result_from_text(text)
}

/// The array of an encoded batch.
pub fn batch_array(text: &str) -> JsValue {
    late_fees_batch_from_text(text)
}
