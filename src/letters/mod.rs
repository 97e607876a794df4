//! Letter texts: French and English formatting of amounts and dates, amounts in words, HTML
//! escaping and SMS length.
//!
//! Everything here is a pure function of its inputs and never panics, whatever the input.
//!
//! Typographic decisions, applied the same way everywhere:
//!
//! | what | French | English |
//! |---|---|---|
//! | thousands separator | U+202F NARROW NO-BREAK SPACE (`1 234,56 €`) | `,` (`€1,234.56`) |
//! | before `€` / `%` | U+00A0 NO-BREAK SPACE (`12,15 %`) | nothing (`12.15%`) |
//! | negative amounts | U+2212 MINUS SIGN (`−12,00 €`) | U+2212 (`−€12.00`) |
//! | between day and month | U+00A0 (`1er décembre 2026`) | U+00A0 (`1 December 2026`) |
//! | zero in words | `zéro euro` | `zero euros` |
//! | apostrophe in words | ASCII `'` (`un million d'euros`) | — |
//! | before `:`, inside `« »`, after `n°` | U+00A0 ([`french_spacing`]) | — |
//! | before `;` `!` `?` | U+202F ([`french_spacing`]) | — |
//!
//! These characters are not in the GSM-7 alphabet: a French SMS containing a formatted amount
//! or date is sent in UCS-2 (70 characters a part instead of 160) unless it goes through
//! [`fold_for_sms`] first, which turns them back into plain spaces and `-`.

mod format;
mod html;
mod mentions;
mod render;
mod sms;
mod typography;
mod words;

pub use format::{format_amount, format_date, format_date_long, format_percent};
pub use html::{escape_html, text_to_html};
pub use mentions::{invoice_mentions, MentionsInput, MentionsResult};
pub use render::{
    render_letter, Civility, InvoiceFigures, LetterChannel, LetterCreditor, LetterDebtor,
    LetterFigures, LetterHistoryStep, LetterInput, LetterInstalment, LetterInvoice, LetterKind,
    LetterRecipient, LetterResult, PenaltiesSettlement, RecipientKind, TemplateOverride,
    TemplateOverrides, PLACEHOLDERS,
};
pub use sms::{fold_for_sms, gsm7_info, SmsEncoding, SmsInfo};
pub use typography::french_spacing;
pub use words::{amount_in_words, number_in_words, MAX_IN_WORDS};

use serde::{Deserialize, Serialize};

/// The language of a text (defined in [`crate::lang`], used by every module).
pub use crate::lang::Lang;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_crosses_as_lowercase_code() {
        assert_eq!(
            serde_json::to_string(&Lang::Fr).ok().as_deref(),
            Some("\"fr\"")
        );
        assert_eq!(
            serde_json::to_string(&Lang::En).ok().as_deref(),
            Some("\"en\"")
        );
        assert_eq!(serde_json::from_str::<Lang>("\"en\"").ok(), Some(Lang::En));
        assert!(serde_json::from_str::<Lang>("\"FR\"").is_err());
        assert!(serde_json::from_str::<Lang>("\"de\"").is_err());
        assert_eq!(Lang::default(), Lang::Fr);
    }
}

/// Input of `amountInWords`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AmountInWordsInput {
    pub amount: crate::money::Amount,
    /// Default `fr`.
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// Result of `amountInWords`: the amount written out, and formatted in figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AmountInWordsResult {
    /// "mille deux cent trente-quatre euros et cinquante-six centimes".
    pub words: String,
    /// "1 234,56 €" (French) or "€1,234.56" (English).
    pub figures: String,
}

/// The amount in words and in figures, as a letter or a cheque writes it.
pub fn amount_in_words_of(input: &AmountInWordsInput) -> crate::Result<AmountInWordsResult> {
    let lang = input.lang.unwrap_or_default();
    Ok(AmountInWordsResult {
        words: amount_in_words(input.amount.0, lang)?,
        figures: format_amount(input.amount.0, lang),
    })
}
