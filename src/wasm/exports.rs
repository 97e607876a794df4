//! `#[wasm_bindgen]` exports: one input object in, one plain object out.

use wasm_bindgen::prelude::*;

/// The relance version (semver of the crate and npm package).
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}
