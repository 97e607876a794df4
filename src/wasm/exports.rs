//! `#[wasm_bindgen]` exports: one input object in, one plain object out.

use super::convert::{call, output, to_js};
use crate::rates::RatesInfo;
use crate::regime::{LateFeesInput, LateFeesResult};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// Late-payment penalties or interest and the 40 € indemnity for one invoice.
/// Throws a `RelanceError` on bad input.
#[wasm_bindgen(js_name = lateFees)]
pub fn late_fees(input: Ts<LateFeesInput>) -> Result<Ts<LateFeesResult>, JsValue> {
    call(input.into(), |i: LateFeesInput| {
        crate::regime::late_fees(&i)
    })
    .map(Ts::new_unchecked)
}

/// The embedded reference-rate tables, their coverage ("known through") and the rates derived
/// for each half-year.
#[wasm_bindgen]
pub fn rates() -> Result<Ts<RatesInfo>, JsValue> {
    let info = crate::rates::rates_info().map_err(to_js)?;
    output(&info).map(Ts::new_unchecked)
}

/// The relance version (semver of the crate and npm package).
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}
