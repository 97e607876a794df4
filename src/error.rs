//! The one error type of relance.
//!
//! Every failure carries a stable kebab-case [`ErrorKind::code`], the path of the input field at
//! fault when there is one (`"payments[1].amount"`), and a message a user can act on. The wasm
//! layer turns it into a JS `Error` named `RelanceError` with the same three properties.

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

/// A relance error: kind, optional field path, human message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    field: Option<String>,
    message: String,
}

/// Result alias used throughout the crate.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An error about the input as a whole (no single field at fault).
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            field: None,
            message: message.into(),
        }
    }

    /// An error about one input field, named by its path (`"payments[1].amount"`).
    pub fn at(kind: ErrorKind, field: impl Into<String>, message: impl Into<String>) -> Self {
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

    pub fn message(&self) -> &str {
        &self.message
    }

    /// Builds the error for a serde failure at `path`.
    ///
    /// relance's own deserializers tag their messages as `[code] message` (see
    /// [`tagged`]); serde's generic messages are classified by their fixed wording.
    pub fn from_serde(path: &str, raw: &str) -> Self {
        let path = if path == "." { "" } else { path };
        if let Some((kind, msg)) = untag(raw) {
            return Error::with_path(kind, path, msg.to_owned());
        }
        if let Some(name) = between(raw, "unknown field `", "`") {
            // serde_path_to_error already ends the path with the unknown key.
            let field = if path == name || path.ends_with(&format!(".{name}")) {
                path.to_owned()
            } else {
                join_path(path, name)
            };
            return Error::at(
                ErrorKind::UnknownField,
                field,
                format!(
                    "unknown field `{name}` (check its spelling); {}",
                    after_comma(raw)
                ),
            );
        }
        if let Some(name) = between(raw, "missing field `", "`") {
            let field = join_path(path, name);
            return Error::at(
                ErrorKind::MissingField,
                field.clone(),
                format!("`{field}` is required"),
            );
        }
        if raw.starts_with("unknown variant") {
            return Error::with_path(
                ErrorKind::UnknownVariant,
                path,
                format!("{} at `{}`", raw, display_path(path)),
            );
        }
        if raw.starts_with("invalid type") || raw.starts_with("invalid length") {
            return Error::with_path(
                ErrorKind::InvalidType,
                path,
                format!("{} at `{}`", raw, display_path(path)),
            );
        }
        Error::with_path(ErrorKind::InvalidType, path, raw.to_owned())
    }

    fn with_path(kind: ErrorKind, path: &str, message: String) -> Self {
        Error {
            kind,
            field: (!path.is_empty()).then(|| path.to_owned()),
            message,
        }
    }
}

/// Formats a message that [`Error::from_serde`] will classify as `kind`.
pub(crate) fn tagged(kind: ErrorKind, message: impl fmt::Display) -> String {
    format!("[{}] {}", kind.code(), message)
}

fn untag(raw: &str) -> Option<(ErrorKind, &str)> {
    let rest = raw.strip_prefix('[')?;
    let (code, msg) = rest.split_once("] ")?;
    Some((ErrorKind::from_code(code)?, msg))
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

fn display_path(path: &str) -> &str {
    if path.is_empty() {
        "input"
    } else {
        path
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{} ({}): {}", self.code(), field, self.message),
            None => write!(f, "{}: {}", self.code(), self.message),
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
}
