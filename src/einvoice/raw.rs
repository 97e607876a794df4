//! What the CII and UBL readers take out of a file, before validation: texts with the path of
//! the element each came from, so that errors can name it.

use super::xml::Cursor;
use super::{InvoiceLine, InvoiceNote, PartyIdentifier, Syntax};

/// A text and the path of its element (`CrossIndustryInvoice.ExchangedDocument.ID`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    pub path: String,
}

/// The text of an element found (CII and UBL readers alike), with its path.
pub fn text(c: Option<Cursor<'_>>) -> Option<Text> {
    let c = c?;
    Some(Text {
        value: c.text()?,
        path: c.path.clone(),
    })
}

/// The text of an element found, without its path.
pub fn string(c: Option<Cursor<'_>>) -> Option<String> {
    c?.text()
}

/// A date element: its text, the CII `format` attribute when there is one, and its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateText {
    pub value: String,
    /// CII `udt:DateTimeString/@format` ("102" = YYYYMMDD); `None` for UBL (xs:date).
    pub format: Option<String>,
    pub path: String,
}

/// A party as written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawParty {
    /// Path of the party element, for errors about it.
    pub path: String,
    /// Registration / legal name.
    pub legal_name: Option<String>,
    /// Trading name (CII `Name`, UBL `PartyName/Name`).
    pub trading_name: Option<String>,
    pub street_lines: Vec<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub identifiers: Vec<PartyIdentifier>,
    pub vat_number: Option<String>,
    pub email: Option<String>,
}

/// An invoice as written, in either syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawInvoice {
    pub syntax: Syntax,
    /// Local name of the root (`CrossIndustryInvoice`, `Invoice`, `CreditNote`).
    pub root: String,
    /// A UBL `CreditNote` root (a credit note whatever its type code).
    pub credit_note_root: bool,
    pub profile_id: Option<String>,
    pub number: Option<Text>,
    pub type_code: Option<Text>,
    pub issue_date: Option<DateText>,
    pub due_date: Option<DateText>,
    pub currency: Option<Text>,
    pub amount_due: Option<Text>,
    pub total_with_tax: Option<Text>,
    pub prepaid: Option<Text>,
    /// Path where the amount due would be, for the missing-field error.
    pub amount_due_path: String,
    pub seller: RawParty,
    pub buyer: RawParty,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub buyer_reference: Option<String>,
    pub order_id: Option<String>,
    pub order_date: Option<DateText>,
    pub notes: Vec<InvoiceNote>,
    pub payment_terms: Vec<String>,
    pub lines: Vec<InvoiceLine>,
}

impl RawInvoice {
    pub fn new(syntax: Syntax, root: &str) -> Self {
        RawInvoice {
            syntax,
            root: root.to_owned(),
            credit_note_root: false,
            profile_id: None,
            number: None,
            type_code: None,
            issue_date: None,
            due_date: None,
            currency: None,
            amount_due: None,
            total_with_tax: None,
            prepaid: None,
            amount_due_path: String::new(),
            seller: RawParty::default(),
            buyer: RawParty::default(),
            iban: None,
            bic: None,
            buyer_reference: None,
            order_id: None,
            order_date: None,
            notes: Vec::new(),
            payment_terms: Vec::new(),
            lines: Vec::new(),
        }
    }
}
