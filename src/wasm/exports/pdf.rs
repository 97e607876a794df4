//! The `relance/pdf` module: the PDF of a letter `renderLetter` rendered. It carries the PDF
//! layout and writer only, not the letters engine (see `src/pdf/mod.rs`): its JS entry
//! (`pkg-scripts/npm/pdf.js`) adds `renderPdf(input)`, which calls `renderLetter` of
//! `relance/letters` and then this.

use super::super::convert::{parse, peek_lang, to_js, InputLang};
use crate::pdf::PdfInput;
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// The bytes of the A4 PDF of a rendered letter: `{ html, title, author?, date, lang? }` with
/// `html` and `title` from `renderLetter` (its `html` and `subject`), `author` the creditor and
/// `date` the letter's `asOf`. Deterministic: the same input gives the same bytes.
#[wasm_bindgen(js_name = layoutPdf)]
pub fn layout_pdf(input: Ts<PdfInput>) -> Result<Vec<u8>, JsValue> {
    let value: JsValue = input.into();
    let parsed = parse::<PdfInput>(value.clone()).map_err(|e| to_js(e, peek_lang(&value)))?;
    let lang = parsed.lang();
    crate::pdf::letter_pdf(&parsed).map_err(|e| to_js(e, lang))
}
