//! The one error type of relance.
//!
//! Every failure carries a stable kebab-case [`ErrorKind::code`], the path of the input field at
//! fault when there is one (`"payments[1].amount"`), and a message a user can act on. The wasm
//! layer turns it into a JS `Error` named `RelanceError` with the same three properties.

use crate::lang::Lang;
use crate::messages::{input as msg, Text};
use std::fmt;

/// What went wrong, as a stable machine-readable category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not the expected shape (null, array or string instead of an object, …).
    InvalidType,
    /// A field the function does not know (often a typo).
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// A string that is not one of the allowed values (`regime: "fr-b2"`).
    UnknownVariant,
    /// Not a `YYYY-MM-DD` date, or a date that does not exist (`2026-02-30`).
    InvalidDate,
    /// Date arithmetic left the supported range (years 1–9999).
    DateOutOfRange,
    /// Not a decimal amount (`"12,50"`, `"abc"`, more than two decimals).
    InvalidAmount,
    /// NaN or ±Infinity where a number was expected.
    NonFiniteNumber,
    /// A negative amount where only positive or zero ones make sense.
    NegativeAmount,
    /// An amount too large to be a real invoice, or a computation that would overflow.
    AmountOutOfRange,
    /// Not a decimal percent rate.
    InvalidRate,
    /// A rate outside 0–100 % a year.
    RateOutOfRange,
    /// A date earlier than the first embedded reference rate.
    DateBeforeRates,
    /// `strictRates` is set and no published rate covers a needed half-year.
    RateUnavailable,
    /// Payment terms that cannot be understood.
    InvalidTerms,
    /// A period (days, months) that is missing, zero or absurd.
    InvalidPeriod,
    /// Two inputs that contradict each other.
    InconsistentInput,
    /// Not well-formed XML (or not XML at all): `readInvoice`.
    InvalidXml,
    /// An XML document type declaration (`<!DOCTYPE`): refused, never processed, because DTD
    /// entities enable expansion ("billion laughs") and external-entity attacks.
    DtdNotAllowed,
    /// A document above a size, depth or count limit (`readInvoice`).
    DocumentTooLarge,
    /// A well-formed document that is not a CII or UBL invoice or credit note.
    NotAnInvoice,
    /// A PDF that carries no embedded invoice XML (not Factur-X / ZUGFeRD).
    NoEmbeddedInvoice,
    /// A PDF feature relance cannot read (encryption, an unsupported compression filter).
    UnsupportedPdf,
    /// A character the PDF's fonts cannot draw (`renderPdf`: Helvetica covers Latin-1,
    /// `€ œ Œ ’ “ ” – — …`, U+202F, U+2212, `Ł ł ı`).
    UnsupportedCharacter,
    /// A bug in relance itself (embedded data that does not parse). Please report it.
    Internal,
}

impl ErrorKind {
    /// Stable kebab-case code, part of the public API (JS `error.code`).
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::InvalidType => "invalid-type",
            ErrorKind::UnknownField => "unknown-field",
            ErrorKind::MissingField => "missing-field",
            ErrorKind::UnknownVariant => "unknown-variant",
            ErrorKind::InvalidDate => "invalid-date",
            ErrorKind::DateOutOfRange => "date-out-of-range",
            ErrorKind::InvalidAmount => "invalid-amount",
            ErrorKind::NonFiniteNumber => "non-finite-number",
            ErrorKind::NegativeAmount => "negative-amount",
            ErrorKind::AmountOutOfRange => "amount-out-of-range",
            ErrorKind::InvalidRate => "invalid-rate",
            ErrorKind::RateOutOfRange => "rate-out-of-range",
            ErrorKind::DateBeforeRates => "date-before-rates",
            ErrorKind::RateUnavailable => "rate-unavailable",
            ErrorKind::InvalidTerms => "invalid-terms",
            ErrorKind::InvalidPeriod => "invalid-period",
            ErrorKind::InconsistentInput => "inconsistent-input",
            ErrorKind::InvalidXml => "invalid-xml",
            ErrorKind::DtdNotAllowed => "dtd-not-allowed",
            ErrorKind::DocumentTooLarge => "document-too-large",
            ErrorKind::NotAnInvoice => "not-an-invoice",
            ErrorKind::NoEmbeddedInvoice => "no-embedded-invoice",
            ErrorKind::UnsupportedPdf => "unsupported-pdf",
            ErrorKind::UnsupportedCharacter => "unsupported-character",
            ErrorKind::Internal => "internal",
        }
    }

    /// Every kind, for documentation and the exhaustive code-list test.
    pub const ALL: [ErrorKind; 25] = [
        ErrorKind::InvalidType,
        ErrorKind::UnknownField,
        ErrorKind::MissingField,
        ErrorKind::UnknownVariant,
        ErrorKind::InvalidDate,
        ErrorKind::DateOutOfRange,
        ErrorKind::InvalidAmount,
        ErrorKind::NonFiniteNumber,
        ErrorKind::NegativeAmount,
        ErrorKind::AmountOutOfRange,
        ErrorKind::InvalidRate,
        ErrorKind::RateOutOfRange,
        ErrorKind::DateBeforeRates,
        ErrorKind::RateUnavailable,
        ErrorKind::InvalidTerms,
        ErrorKind::InvalidPeriod,
        ErrorKind::InconsistentInput,
        ErrorKind::InvalidXml,
        ErrorKind::DtdNotAllowed,
        ErrorKind::DocumentTooLarge,
        ErrorKind::NotAnInvoice,
        ErrorKind::NoEmbeddedInvoice,
        ErrorKind::UnsupportedPdf,
        ErrorKind::UnsupportedCharacter,
        ErrorKind::Internal,
    ];

    fn from_code(code: &str) -> Option<ErrorKind> {
        ErrorKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A relance error: kind, optional field path, human message in French and English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    field: Option<String>,
    message: Text,
}

/// Result alias used throughout the crate.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An error about the input as a whole (no single field at fault).
    pub fn new(kind: ErrorKind, message: impl Into<Text>) -> Self {
        Error {
            kind,
            field: None,
            message: message.into(),
        }
    }

    /// The error for a null or undefined input (`invalid-type`).
    pub fn input_missing() -> Self {
        Error::new(ErrorKind::InvalidType, Text::of(&msg::input_missing))
    }

    /// An error about one input field, named by its path (`"payments[1].amount"`).
    pub fn at(kind: ErrorKind, field: impl Into<String>, message: impl Into<Text>) -> Self {
        Error {
            kind,
            field: Some(field.into()),
            message: message.into(),
        }
    }

    /// Sets the field path when the error does not have one yet.
    pub fn or_field(mut self, field: &str) -> Self {
        if self.field.is_none() {
            self.field = Some(field.to_owned());
        }
        self
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Stable kebab-case code (`"invalid-date"`).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// Path of the input field at fault, if one is.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The message in French (the default language).
    pub fn message(&self) -> &str {
        &self.message.fr
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }

    /// The message in both languages.
    pub fn text(&self) -> &Text {
        &self.message
    }

    /// The same error at another field path (its kind and message kept).
    pub fn moved_to(self, field: impl Into<String>) -> Self {
        Error {
            field: Some(field.into()),
            ..self
        }
    }

    /// Builds the error for a serde failure at `path`.
    ///
    /// relance's own deserializers tag their messages as `[code] message` (see
    /// [`tagged`]); serde's generic messages are classified by their fixed wording.
    pub fn from_serde(path: &str, raw: &str) -> Self {
        let path = if path == "." { "" } else { path };
        if let Some((kind, text)) = untag(raw) {
            return Error::with_path(kind, path, text);
        }
        if let Some(name) = between(raw, "unknown field `", "`") {
            // serde_path_to_error already ends the path with the unknown key.
            let field = if path == name || path.ends_with(&format!(".{name}")) {
                path.to_owned()
            } else {
                join_path(path, name)
            };
            let expected = expected_fields(after_comma(raw));
            return Error::at(
                ErrorKind::UnknownField,
                field,
                Text::of(&|l| msg::unknown_field(l, name, &expected)),
            );
        }
        if let Some(name) = between(raw, "missing field `", "`") {
            let field = join_path(path, name);
            let text = Text::of(&|l| msg::missing_field(l, &field));
            return Error::at(ErrorKind::MissingField, field, text);
        }
        if let Some(rest) = raw.strip_prefix("unknown variant `") {
            let (value, expected) = rest.split_once("`, expected ").unwrap_or((rest, ""));
            let value = value.trim_end_matches('`');
            let expected = expected_fields(expected);
            let at = display_path(path);
            return Error::with_path(
                ErrorKind::UnknownVariant,
                path,
                Text::of(&|l| msg::unknown_variant(l, value, &expected, at)),
            );
        }
        // serde's "<what>: <got>, expected <expected>" messages.
        type Mismatch = fn(Lang, &str, &str, &str) -> String;
        let mismatches: [(&str, Mismatch, bool); 3] = [
            ("invalid type: ", msg::invalid_type, true),
            ("invalid value: ", msg::invalid_value, true),
            // `got` is a length here, written as serde wrote it.
            ("invalid length ", msg::invalid_length, false),
        ];
        for (prefix, text, got_is_a_value) in mismatches {
            if let Some(rest) = raw.strip_prefix(prefix) {
                let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
                let at = display_path(path);
                return Error::with_path(
                    ErrorKind::InvalidType,
                    path,
                    Text::of(&|l| {
                        let got = if got_is_a_value {
                            js_type(got, l)
                        } else {
                            got.to_owned()
                        };
                        text(l, &got, &expected_type(expected, l), at)
                    }),
                );
            }
        }
        Error::with_path(
            ErrorKind::InvalidType,
            path,
            Text::of(&|l| msg::unreadable(l, raw, display_path(path))),
        )
    }

    fn with_path(kind: ErrorKind, path: &str, message: Text) -> Self {
        Error {
            kind,
            field: (!path.is_empty()).then(|| path.to_owned()),
            message,
        }
    }
}

/// Formats a message that [`Error::from_serde`] will classify as `kind`: relance's own
/// deserializers can only hand serde a string, so the string carries the code and both texts,
/// the French one prefixed by its length in bytes (a message quotes the caller's input, which
/// can hold any character, so no separator would do).
pub(crate) fn tagged(kind: ErrorKind, message: &Text) -> String {
    format!(
        "[{}] {}:{}{}",
        kind.code(),
        message.fr.len(),
        message.fr,
        message.en
    )
}

fn untag(raw: &str) -> Option<(ErrorKind, Text)> {
    let rest = raw.strip_prefix('[')?;
    let (code, msg) = rest.split_once("] ")?;
    let split = msg.split_once(':').and_then(|(len, texts)| {
        let len: usize = len.parse().ok()?;
        Some((texts.get(..len)?, texts.get(len..)?))
    });
    let (fr, en) = split.unwrap_or((msg, msg));
    Some((
        ErrorKind::from_code(code)?,
        Text {
            fr: fr.to_owned(),
            en: en.to_owned(),
        },
    ))
}

/// serde's list of expected names (`` `a`, `b` `` or `one of `a`, `b``), as `a`, `b`.
fn expected_fields(raw: &str) -> String {
    let list = raw
        .trim_start_matches("expected one of ")
        .trim_start_matches("expected ");
    if list == "there are no fields" || list.is_empty() {
        String::new()
    } else {
        list.to_owned()
    }
}

/// serde's name of what it found (`null`, `string "x"`, `integer `3``, `map`, `sequence`, or
/// the JS reader's own words, see src/wasm/de.rs), in `lang`.
fn js_type(got: &str, lang: Lang) -> String {
    // serde's words (and the JS reader's, src/wasm/de.rs), and in the same order the words
    // written in their place in each language (`serde_found` of src/messages/input.rs).
    const WORDS: [&str; 15] = [
        "unit value",
        "map",
        "sequence",
        "string ",
        "integer ",
        "floating point ",
        "boolean ",
        "character ",
        "a value nested more than 64 levels deep",
        "a value whose reading threw a JavaScript exception (getter, Proxy or iterator)",
        "a function",
        "a symbol",
        "a bigint",
        "an unsupported JS value",
        "byte array",
    ];
    for (index, en) in WORDS.iter().enumerate() {
        if let Some(rest) = got.strip_prefix(en) {
            let words = msg::serde_found(lang);
            let word = words.split('|').nth(index).unwrap_or(en);
            return format!("{word}{rest}");
        }
    }
    got.to_owned()
}

/// What serde expected, from the names relance's types and serde give (`a boolean`, `struct
/// X`, `u32`, relance's own `expecting` texts…), in `lang`: a table read by prefix.
fn expected_type(expected: &str, lang: Lang) -> String {
    // (prefix, English or empty to keep serde's words); the French is the input table's
    // `serde_expected` of the same index.
    const NAMES: [(&str, &str); 18] = [
        ("an object keyed by letter kind", ""),
        ("struct ", "an object"),
        ("a map", "an object"),
        ("a sequence", "an array"),
        ("a boolean", ""),
        ("a date string", ""),
        ("a decimal amount", ""),
        ("a percent rate", ""),
        ("a string", ""),
        ("variant identifier", ""),
        ("u8", ""),
        ("u16", ""),
        ("u32", ""),
        ("u64", ""),
        ("i32", ""),
        ("i64", ""),
        ("f64", ""),
        ("a tuple", ""),
    ];
    let e = expected.trim();
    for (index, (prefix, en)) in NAMES.iter().enumerate() {
        if e.starts_with(prefix) {
            return match lang {
                Lang::Fr => {
                    let names = msg::serde_expected(lang);
                    names.split('|').nth(index).unwrap_or(e).to_owned()
                }
                Lang::En if en.is_empty() => e.to_owned(),
                Lang::En => (*en).to_owned(),
            };
        }
    }
    e.to_owned()
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(start)?;
    let stop = rest.find(end)?;
    rest.get(..stop)
}

fn after_comma(s: &str) -> &str {
    s.split_once(", ").map_or("", |(_, r)| r)
}

fn join_path(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_owned()
    } else {
        format!("{parent}.{name}")
    }
}

/// The path as written in a message (the empty path is the input itself).
fn display_path(path: &str) -> &str {
    if path.is_empty() {
        "."
    } else {
        path
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{} ({}): {}", self.code(), field, self.message.fr),
            None => write!(f, "{}: {}", self.code(), self.message.fr),
        }
    }
}

impl std::error::Error for Error {}

/// Deserializes `T` from any serde deserializer, mapping failures to [`Error`] with the path of
/// the offending field: how native callers read inputs (serde_json in the tests and the bench).
/// The wasm layer does not use it: its JS reader (`src/wasm/de.rs`) tracks the path itself.
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        Error::from_serde(&path, &e.into_inner().to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for kind in ErrorKind::ALL {
            let code = kind.code();
            assert!(seen.insert(code), "duplicate code {code}");
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert_eq!(ErrorKind::from_code(code), Some(kind));
        }
    }

    #[test]
    fn serde_messages_are_classified() {
        let e = Error::from_serde("payments[0]", "missing field `date`");
        assert_eq!(e.code(), "missing-field");
        assert_eq!(e.field(), Some("payments[0].date"));
        let e = Error::from_serde(".", "unknown field `amout`, expected one of `amount`");
        assert_eq!(e.code(), "unknown-field");
        assert_eq!(e.field(), Some("amout"));
        let e = Error::from_serde(
            "payments[0].extra",
            "unknown field `extra`, expected `date`",
        );
        assert_eq!(e.field(), Some("payments[0].extra"));
        let e = Error::from_serde("dueDate", "[invalid-date] `2026-02-30` does not exist");
        assert_eq!(e.code(), "invalid-date");
        assert_eq!(e.field(), Some("dueDate"));
        assert_eq!(e.message(), "`2026-02-30` does not exist");
        let e = Error::from_serde(".", "invalid type: null, expected struct X");
        assert_eq!(e.code(), "invalid-type");
        assert_eq!(e.field(), None);
    }

    #[test]
    fn serde_messages_are_written_in_both_languages() {
        let e = Error::from_serde("debtor.name", "invalid type: map, expected a string");
        assert_eq!(
            e.message(),
            "`debtor.name` doit être une chaîne de caractères (reçu : un objet)"
        );
        assert_eq!(
            e.message_in(Lang::En),
            "invalid type at `debtor.name`: expected a string, got an object"
        );
        let e = Error::from_serde("amount", "invalid type: boolean `true`, expected a decimal amount string such as \"1234.56\" or a finite number");
        assert!(
            e.message().starts_with("`amount` doit être un montant"),
            "{}",
            e.message()
        );
        assert!(
            e.message().ends_with("(reçu : le booléen `true`)"),
            "{}",
            e.message()
        );
        let e = Error::from_serde(
            ".",
            "unknown field `amout`, expected one of `amount`, `dueDate`",
        );
        assert_eq!(
            e.message(),
            "champ inconnu `amout` (vérifiez son orthographe) ; champs admis : `amount`, `dueDate`"
        );
    }

    #[test]
    fn a_tagged_message_keeps_any_character_of_the_input() {
        // The French text's length, not a separator, splits the two texts.
        let text = Text {
            fr: "`12\u{1f}50` français".to_owned(),
            en: "`12\u{1f}50` english".to_owned(),
        };
        let e = Error::from_serde("amount", &tagged(ErrorKind::InvalidAmount, &text));
        assert_eq!(e.code(), "invalid-amount");
        assert_eq!(e.text(), &text);
    }
}
