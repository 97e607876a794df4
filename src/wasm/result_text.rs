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
//! message), [`Encoder::finish`] says so and the caller uses the generic output instead.

use crate::error::Error;
use crate::plain::WritePlain;
use crate::regime::{LateFeesResult, Regime};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Mutex, MutexGuard};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen(inline_js = r#"
// Texts sent once (see `Sent` in src/wasm/result_text.rs): "\u0003<id>\u0002<text>" defines
// and uses text <id>, "\u0002<id>" uses it again.
const SENT = [];
function text(v) {
  const c = v.charCodeAt(0);
  if (c === 2) return SENT[+v.slice(1)];
  if (c === 3) {
    const k = v.indexOf("\u0002");
    return (SENT[+v.slice(1, k)] = v.slice(k + 1));
  }
  return v;
}
// Field order: src/wasm/result_text.rs, `Encoder::result`.
function result(f, at) {
  let i = at;
  const r = { regime: f[i++], rule: text(f[i++]) };
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
    ratesUsed[k] = { from: f[i++], to: f[i++], ratePercent: f[i++], basis: text(f[i++]), assumed: f[i++] === "1" };
  }
  r.ratesUsed = ratesUsed;
  r.rateTables = { version: f[i++], knownThrough: f[i++], overridden: f[i++] === "1" };
  const warnings = new Array(+f[i++]);
  for (let k = 0; k < warnings.length; k++) warnings[k] = { code: f[i++], message: text(f[i++]) };
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
/// Starts a reference to a text JS already holds (`SENT` in the JS above).
const SENT_REF: char = '\u{2}';
/// Starts a text sent for the first time, with its number.
const SENT_DEF: char = '\u{3}';

/// The texts this instance has sent to JS, numbered as in JS's `SENT` array.
///
/// Why: the rule and the basis texts repeat from one result to the next (a portfolio has a
/// few dozen distinct ones), are most of a result's characters, and are not ASCII (`é`,
/// U+202F), which takes `TextDecoder` off its fast path: decoding a whole result was about
/// 1 µs with them and 0.1 µs without. So each crosses once per instance; a later result
/// carries its number. Bounded: past [`MAX_SENT`] texts, new ones are sent inline each time.
/// A new instance starts with an empty table and redefines every number it uses before using
/// it, so JS's array left over from an earlier instance is never read stale.
#[derive(Default)]
struct Sent {
    ids: HashMap<Box<str>, u32, BuildHasherDefault<Fnv>>,
    texts: Vec<Box<str>>,
}

const MAX_SENT: usize = 4096;
/// Shorter texts cost less inline than a lookup.
const MIN_SENT_LEN: usize = 24;

static SENT: Mutex<Option<Sent>> = Mutex::new(None);

/// FNV-1a: the texts are short and not adversarial here (at worst a slower lookup), and
/// std's SipHash costs several times more per byte.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Writes results (and batch error slots) into one text for the JS builders above.
pub struct Encoder {
    out: String,
    sent: MutexGuard<'static, Option<Sent>>,
    /// `sent.texts.len()` when this encoder started: what to roll back to if its text is
    /// never handed to JS.
    mark: usize,
    clean: bool,
}

impl Encoder {
    pub fn new(capacity: usize) -> Self {
        // Nothing panics while the lock is held, so a poisoned lock still holds good data.
        let mut sent = SENT.lock().unwrap_or_else(|e| e.into_inner());
        let mark = sent.get_or_insert_with(Sent::default).texts.len();
        Encoder {
            out: String::with_capacity(capacity),
            sent,
            mark,
            clean: true,
        }
    }

    fn put(&mut self, v: &dyn WritePlain) {
        v.write_plain(&mut self.out);
        self.out.push(SEP);
    }

    /// A text field: checked for separators, and sent once when it is worth it.
    fn put_text(&mut self, text: &str) {
        self.clean &= !text.contains(['\u{1e}', SEP, SENT_REF, SENT_DEF]);
        let Some(sent) = self.sent.as_mut().filter(|_| text.len() >= MIN_SENT_LEN) else {
            self.put(&text);
            return;
        };
        if let Some(&id) = sent.ids.get(text) {
            self.out.push(SENT_REF);
            self.put(&(id as usize));
        } else if sent.texts.len() < MAX_SENT {
            let id = sent.texts.len();
            sent.texts.push(text.into());
            sent.ids.insert(text.into(), id as u32);
            self.out.push(SENT_DEF);
            id.write_plain(&mut self.out);
            self.out.push(SENT_REF);
            self.put(&text);
        } else {
            self.put(&text);
        }
    }

    /// One result's fields, each value written by [`WritePlain`]: the same text as its
    /// `Display` (and so as the generic output's) without `core::fmt`.
    pub fn result(&mut self, r: &LateFeesResult) {
        self.put(&match r.regime {
            Regime::FrB2b => "fr-b2b",
            Regime::FrB2c => "fr-b2c",
            Regime::FrPublic => "fr-public",
        });
        self.put_text(&r.rule);
        match &r.interest_from {
            Some(d) => self.put(d),
            None => self.put(&""),
        }
        self.put(&r.days);
        self.put(&r.periods.len());
        for p in &r.periods {
            self.put(&p.from);
            self.put(&p.to);
            self.put(&p.days);
            self.put(&p.principal);
            self.put(&p.rate_percent);
            self.put(&p.day_basis);
            self.put(&p.interest);
        }
        for m in [
            &r.interest,
            &r.interest_paid,
            &r.compensation,
            &r.principal_outstanding,
            &r.interest_outstanding,
            &r.total_due,
        ] {
            self.put(m);
        }
        self.put(&r.allocations.len());
        for a in &r.allocations {
            self.put(&a.date);
            for m in [&a.amount, &a.to_interest, &a.to_principal, &a.unallocated] {
                self.put(m);
            }
        }
        self.put(&r.rates_used.len());
        for u in &r.rates_used {
            self.put(&u.from);
            self.put(&u.to);
            self.put(&u.rate_percent);
            self.put_text(&u.basis);
            self.put(&u8::from(u.assumed));
        }
        self.clean &= !r.rate_tables.version.contains(['\u{1e}', SEP]);
        self.put(&r.rate_tables.version.as_str());
        self.put(&r.rate_tables.known_through);
        self.put(&u8::from(r.rate_tables.overridden));
        self.put(&r.warnings.len());
        for w in &r.warnings {
            self.clean &= !w.code.contains(['\u{1e}', SEP]);
            self.put(&w.code.as_str());
            self.put_text(&w.message);
        }
    }

    /// An error slot of a batch (never shortened: errors are the cold path).
    pub fn error(&mut self, e: &Error, lang: crate::lang::Lang) {
        for text in ["E", e.code(), e.field().unwrap_or(""), e.message_in(lang)] {
            self.clean &= !text.contains(['\u{1e}', SEP]);
            self.put(&text);
        }
    }

    /// The text, or `None` when a text held a separator character (then nothing this
    /// encoder numbered was sent, and the table forgets it).
    pub fn finish(mut self) -> Option<String> {
        if self.clean {
            return Some(std::mem::take(&mut self.out));
        }
        if let Some(sent) = self.sent.as_mut() {
            for text in sent.texts.drain(self.mark..) {
                sent.ids.remove(&text);
            }
        }
        None
    }
}

/// The plain object of one encoded result.
pub fn result_object(text: &str) -> JsValue {
    late_fees_result_from_text(text)
}

/// The array of an encoded batch.
pub fn batch_array(text: &str) -> JsValue {
    late_fees_batch_from_text(text)
}
