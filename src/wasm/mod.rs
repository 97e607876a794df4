//! The JavaScript surface: the only module that knows about wasm-bindgen.
//!
//! Every export is boring on purpose: deserialize the input object, call the core, map the
//! error, serialize the result as a plain object. Nothing here computes anything.

mod convert;
mod de;
mod exports;
#[cfg(feature = "js-core")]
mod fast;
#[cfg(feature = "js-core")]
mod result_text;
mod types;
