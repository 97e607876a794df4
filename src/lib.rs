//! # relance
//!
//! French unpaid-invoice handling, computed exactly and with no server: late-payment penalties
//! and the 40 € recovery indemnity (Code de commerce L441-10, D441-5), legal interest for
//! consumers (Code civil 1231-6, 1344-1; CMF L313-2, L313-3), public-procurement default
//! interest (CCP R2192-31, D2192-35), CPC 641/642 deadlines and payment-term due dates.
//!
//! The core is pure: no clock, no I/O, no global state; `asOf` is always an input. The same
//! functions are exported to JavaScript by `src/wasm/` (compiled only for wasm32).
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod calendar;
pub mod date;
pub mod dunning;
pub mod einvoice;
pub mod error;
pub mod interest;
pub mod lang;
pub mod letters;
pub mod messages;
pub mod money;
pub mod pdf;
pub mod plan;
// The wasm result encoders' writers; natively only their tests use them.
#[cfg_attr(
    not(all(target_arch = "wasm32", feature = "js-core")),
    allow(dead_code)
)]
mod plain;
pub mod portfolio;
pub mod rates;
pub mod regime;
mod sort;
pub mod warning;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use date::{IsoDate, Semester};
pub use error::{Error, ErrorKind, Result};
pub use lang::Lang;
pub use messages::Text;
pub use money::{Amount, Money, Percent, Rate};
pub use warning::Warning;

/// The crate version, also exported to JS as `version()`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
