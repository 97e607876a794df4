//! A fast reading of `lateFees` inputs for `lateFees`, `lateFeesBatch` and `lateFeesTotals`.
//!
//! Reading a JS object through the generic deserializer costs several JS↔wasm crossings per
//! field (entries, key strings, type checks, value strings): for a portfolio that was most of
//! the time of a totals batch. Here one JS function walks the whole batch and writes every
//! input whose shape is plain (known keys; strings, short finite numbers and booleans; a
//! plain array of plain payments) into one string, which crosses once and is read back with
//! the same `Deserialize` impls (`Amount`, `IsoDate`, `Regime`, …) the generic path uses.
//!
//! It is only a shortcut, never a second set of rules: an input the encoder is unsure about
//! (null, `rates` rows, an unknown key, a number JS writes with an exponent, a string with a
//! control character, an array with a changed prototype, a throwing getter) is marked, and
//! any record that does not decode is treated the same way: that slot is read with the
//! generic deserializer, which gives the result or the exact error (code, field, message) a
//! single `lateFees` call gives. So a fast record always means the generic reading would have
//! produced the same input.

use crate::date::IsoDate;
use crate::money::{Amount, Rate};
use crate::regime::{LateFeesInput, Payment};
use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

/// Ends each input's record; a record of just [`SLOW`] asks for the generic reading.
const RECORD_END: char = '\u{1e}';
/// Starts each field: one letter naming the field, then its value.
const FIELD: char = '\u{1f}';
/// Separates a payment's date from its amount.
const PAIR: char = '\u{1d}';
const SLOW: &str = "!";

#[wasm_bindgen(inline_js = r#"
const CODES = new Map([
  ["regime", "r"], ["amount", "a"], ["dueDate", "d"], ["asOf", "o"], ["contractRate", "c"],
  ["creditor", "C"], ["noticeDate", "n"], ["judgmentDate", "j"], ["allocation", "l"],
  ["dayCount", "y"], ["lang", "g"],
]);
// Characters the record format uses (and any other control character): such a string takes
// the generic path.
const CONTROL = /[\u0000-\u001f]/;
const plainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
// A string as is; a number (amounts and rates only) as JS writes it, when that is at most 15
// significant digits with no exponent: then it is exactly the number's shortest decimal form,
// which is what the generic path reads from a number. Anything else: null (generic path).
function scalar(v, numeric) {
  if (typeof v === "string") return CONTROL.test(v) ? null : v;
  if (numeric && typeof v === "number" && Number.isFinite(v)) {
    const s = String(v);
    return s.length <= 16 && !s.includes("e") ? s : null;
  }
  return null;
}
function payments(list) {
  // The generic path reads an array with Array.from: only a plain array reads the same by index.
  if (!Array.isArray(list) || Object.getPrototypeOf(list) !== Array.prototype ||
      Object.prototype.hasOwnProperty.call(list, Symbol.iterator)) return null;
  let out = "\u001fP";
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (!plainObject(p)) return null;
    let date = null, amount = null;
    for (const k of Object.keys(p)) {
      const v = p[k];
      if (v === undefined) continue;
      if (k === "date") date = scalar(v, false);
      else if (k === "amount") amount = scalar(v, true);
      else return null;
      if ((k === "date" ? date : amount) === null) return null;
    }
    if (date === null || amount === null) return null;
    out += "\u001fp" + date + "\u001d" + amount;
  }
  return out;
}
function record(input) {
  if (!plainObject(input)) return null;
  let out = "";
  for (const key of Object.keys(input)) {
    const v = input[key];
    if (v === undefined) continue; // absent, as in the generic path
    const code = CODES.get(key);
    let field;
    if (code !== undefined) {
      const s = scalar(v, key === "amount" || key === "contractRate");
      field = s === null ? null : "\u001f" + code + s;
    } else if (key === "strictRates") {
      field = typeof v === "boolean" ? (v ? "\u001fs1" : "\u001fs0") : null;
    } else if (key === "payments") {
      field = payments(v);
    } else {
      field = null;
    }
    if (field === null) return null;
    out += field;
  }
  return out;
}
// The text crosses as UTF-8 bytes: the glue copies a Uint8Array into wasm memory in one
// call, where a string is copied by a JS loop over its characters (a tenth of a totals batch).
const UTF8 = new TextEncoder();
export function encodeLateFeesInputs(items) {
  let out = "";
  for (let i = 0; i < items.length; i++) {
    let r = null;
    try {
      r = record(items[i]);
    } catch {
      r = null; // a throwing getter or Proxy: the generic path reports it
    }
    out += (r === null ? "!" : r) + "\u001e";
  }
  return UTF8.encode(out);
}
// One input (a single `lateFees` call): the record of a batch of one, without the array.
export function encodeLateFeesInput(input) {
  let r = null;
  try {
    r = record(input);
  } catch {
    r = null;
  }
  return UTF8.encode((r === null ? "!" : r) + "\u001e");
}
"#)]
extern "C" {
    #[wasm_bindgen(catch, js_name = encodeLateFeesInputs)]
    fn encode_late_fees_inputs(items: &js_sys::Array) -> Result<Vec<u8>, JsValue>;
    #[wasm_bindgen(catch, js_name = encodeLateFeesInput)]
    fn encode_late_fees_input(input: &JsValue) -> Result<Vec<u8>, JsValue>;
}

/// One record per item of `items` (a real array, from `Array.from`), each either decodable by
/// [`late_fees_input`] or a request for the generic reading. `None` if encoding failed as a
/// whole: then every slot takes the generic path.
pub fn encode_late_fees(items: &js_sys::Array) -> Option<String> {
    String::from_utf8(encode_late_fees_inputs(items).ok()?).ok()
}

/// The record of one input, as [`encode_late_fees`] writes it for a batch of one.
pub fn encode_late_fees_one(input: &JsValue) -> Option<String> {
    String::from_utf8(encode_late_fees_input(input).ok()?).ok()
}

/// The records of an encoded batch, in item order.
pub fn records(encoded: &str) -> impl Iterator<Item = &str> {
    encoded.split_terminator(RECORD_END)
}

/// The input a record stands for, or `None` when the slot must be read generically.
pub fn late_fees_input(record: &str) -> Option<LateFeesInput> {
    if record == SLOW {
        return None;
    }
    let (mut regime, mut amount, mut due_date, mut as_of) = (None, None, None, None);
    let (mut contract_rate, mut creditor, mut notice_date, mut judgment_date) =
        (None, None, None, None);
    let (mut allocation, mut day_count, mut strict_rates, mut lang) = (None, None, None, None);
    let mut payments: Option<Vec<Payment>> = None;
    for field in record.split(FIELD).skip(1) {
        let mut chars = field.chars();
        let code = chars.next()?;
        let value = chars.as_str();
        match code {
            'r' => regime = Some(read(value)?),
            'a' => amount = Some(read::<Amount>(value)?),
            'd' => due_date = Some(read::<IsoDate>(value)?),
            'o' => as_of = Some(read::<IsoDate>(value)?),
            'c' => contract_rate = Some(read::<Rate>(value)?),
            'C' => creditor = Some(read(value)?),
            'n' => notice_date = Some(read(value)?),
            'j' => judgment_date = Some(read(value)?),
            'l' => allocation = Some(read(value)?),
            'y' => day_count = Some(read(value)?),
            's' => strict_rates = Some(value == "1"),
            'g' => lang = Some(read(value)?),
            'P' => payments = Some(Vec::new()),
            'p' => {
                let (date, paid) = value.split_once(PAIR)?;
                payments.as_mut()?.push(Payment {
                    date: read(date)?,
                    amount: read(paid)?,
                });
            }
            _ => return None,
        }
    }
    Some(LateFeesInput {
        regime: regime?,
        amount: amount?,
        due_date: due_date?,
        as_of: as_of?,
        payments,
        contract_rate,
        creditor,
        notice_date,
        judgment_date,
        allocation,
        day_count,
        rates: None,
        strict_rates,
        lang,
    })
}

/// A field value through its own `Deserialize`, exactly as the generic path reads a string.
fn read<T: DeserializeOwned>(value: &str) -> Option<T> {
    T::deserialize(StrDeserializer::<ValueError>::new(value)).ok()
}
