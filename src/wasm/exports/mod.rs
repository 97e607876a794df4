//! `#[wasm_bindgen]` exports: one input object in, one plain object out. Which ones a module
//! carries is chosen by the `js-*` cargo features (see Cargo.toml).

#[cfg(feature = "js-core")]
mod calculators;
#[cfg(feature = "js-dunning")]
mod dunning;
#[cfg(feature = "js-einvoice")]
mod einvoice;
#[cfg(feature = "js-letters")]
mod letters;
#[cfg(feature = "js-pdf")]
mod pdf;

use wasm_bindgen::prelude::*;

/// The relance version (semver of the crate and npm package).
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}
