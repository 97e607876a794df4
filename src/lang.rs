//! The language of every human text relance returns: letters, warnings, reasons, recovery
//! routes, rule and basis texts, error messages. Codes (`code`, `reasonCode`,
//! `recovery[].code`) never depend on it.

use serde::{Deserialize, Serialize};

/// `"fr"` or `"en"`. French is the default: relance is a French product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// Both languages, French first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// `lang` of an input, French when absent.
    pub fn or_default(lang: Option<Lang>) -> Lang {
        lang.unwrap_or_default()
    }
}
