//! The JavaScript surface: the only module that knows about wasm-bindgen.
//!
//! Every export is boring on purpose: deserialize the input object, call the core, map the
//! error, serialize the result as a plain object. Nothing here computes anything. The late-fee
//! exports, called per invoice over whole portfolios, read and write through one text each
//! way (`fast.rs`, `result_text.rs`) with the generic path as their fallback.

mod convert;
mod de;
mod exports;
#[cfg(feature = "js-core")]
mod fast;
pub(crate) mod messages;
#[cfg(feature = "js-core")]
mod result_text;
mod types;
