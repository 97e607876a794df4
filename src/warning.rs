//! Warnings are data, not errors: legal risks and assumptions the caller should show.

use serde::Serialize;

/// A warning attached to a result: a stable kebab-case `code` and a readable `message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Warning {
    /// Stable kebab-case code (`"rate-assumed"`, `"contract-rate-below-floor"`, …).
    pub code: String,
    /// What happened and what to do, in the input's `lang` (French by default).
    pub message: String,
}

impl Warning {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Warning {
            code: code.to_owned(),
            message: message.into(),
        }
    }
}
