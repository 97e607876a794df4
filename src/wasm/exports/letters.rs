//! The `relance/letters` module: reminder, final-notice, mise-en-demeure, statement,
//! payment-plan and handover texts, in French and English, for email, letter and SMS.

use super::super::convert::call;
use crate::letters::{LetterInput, LetterResult};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// The text of one dunning step: subject, plain text, escaped HTML fragment, SMS measure, the
/// figures it states and its deadline.
#[wasm_bindgen(js_name = renderLetter)]
pub fn render_letter(input: Ts<LetterInput>) -> Result<Ts<LetterResult>, JsValue> {
    call(input.into(), |i: LetterInput| {
        crate::letters::render_letter(&i)
    })
    .map(Ts::new_unchecked)
}
