//! `read_invoice`: a structured e-invoice (Factur-X / ZUGFeRD PDF, UN/CEFACT CII or UBL 2.1
//! XML, the EN 16931 syntaxes of the French e-invoicing reform) read into a relance invoice
//! ready for `lateFees`, `dunningPlan` and `renderLetter`.
//!
//! - [`xml`]: a strict XML reader that never processes a DTD, with size, depth and count limits.
//! - [`pdf`]: the embedded XML of a Factur-X / ZUGFeRD PDF (PDF/A-3 associated file).
//! - [`cii`] and [`ubl`]: the two syntaxes, read into one [`raw::RawInvoice`].
//! - [`invoice`]: validation (dates, amounts, mandatory fields), the ready-made objects, the
//!   warnings. [`party`]: parties, SIREN/SIRET, regime inference. [`terms`]: payment-terms text
//!   and the late-payment mentions of art. L441-9 C. com.
//!
//! Pure and bounded: no I/O, no network, no entity resolution; every input gives `Ok` or an
//! [`Error`](crate::Error), in time and memory linear in its size.

pub mod cii;
pub mod invoice;
pub mod party;
pub mod pdf;
pub mod raw;
pub mod terms;
pub mod ubl;
pub mod xml;

use crate::date::IsoDate;
use crate::dunning::DebtorKind;
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{einvoice as msg, Text};
use crate::money::Money;
use crate::regime::Regime;
use crate::warning::Warning;
use serde::{Deserialize, Serialize};

/// Input of [`read_invoice`]: exactly one of `xml` (the text of a CII or UBL file) or `pdf`
/// (the bytes of a file: a Factur-X / ZUGFeRD PDF, or an XML file, recognised by its content).
///
/// From JavaScript, `readInvoice` takes the string or the `Uint8Array` itself
/// (`readInvoice(await file.text())`, `readInvoice(new Uint8Array(await file.arrayBuffer()))`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReadInvoiceInput {
    #[serde(default)]
    pub xml: Option<String>,
    #[serde(default)]
    pub pdf: Option<Vec<u8>>,
    /// Language of the messages (warnings, regime reason, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// The XML syntax of the invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Syntax {
    /// UN/CEFACT Cross Industry Invoice D16B (Factur-X, ZUGFeRD 2.x, CII of EN 16931).
    Cii,
    /// OASIS UBL 2.1 Invoice or CreditNote.
    Ubl,
}

/// Where the XML came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Container {
    /// A plain XML file.
    Xml,
    /// The file embedded in a Factur-X / ZUGFeRD PDF.
    Pdf,
}

/// Invoice or credit note (from the document type code, UNTDID 1001, and the UBL root).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum InvoiceKind {
    Invoice,
    CreditNote,
}

/// Where `dueDate` came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum DueDateSource {
    /// The due-date element (CII `DueDateDateTime`, UBL `cbc:DueDate` / `PaymentDueDate`).
    DueDateElement,
    /// Computed from the payment-terms text by relance's `dueDate` rules (with a warning).
    PaymentTerms,
}

/// A party (seller or buyer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct InvoiceParty {
    /// Legal (registration) name, else the trading name.
    pub name: String,
    /// The trading name when it differs from `name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trading_name: Option<String>,
    /// Postal address, one entry per line: street lines, then "postcode city", then the
    /// country code when not FR.
    pub address_lines: Vec<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// SIREN (9 digits), from a legal or party identifier with scheme 0002 (SIREN) or the first
    /// 9 digits of one with scheme 0009 (SIRET).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub siren: Option<String>,
    /// SIRET (14 digits), scheme 0009.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub siret: Option<String>,
    /// VAT identifier (CII scheme VA, UBL TaxScheme VAT).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Every identifier the file gives the party, with its scheme (ISO 6523 ICD such as
    /// 0002/0009/0088, or "EM", "VA"…), in document order.
    pub identifiers: Vec<PartyIdentifier>,
}

/// One identifier of a party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PartyIdentifier {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// Which element: "legal" (legal organisation / entity), "party" (party or global ID),
    /// "endpoint" (electronic address).
    pub role: String,
}

/// One invoice line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct InvoiceLine {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The item name (else its description).
    pub description: String,
    /// The invoiced quantity as written ("12", "1.5").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<String>,
    /// UN/ECE Recommendation 20 unit code ("C62" one, "HUR" hour, "DAY" day, "KGM" kg…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_code: Option<String>,
    /// Line net amount, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub net_amount: Option<String>,
}

/// A note of the invoice (BT-21/BT-22).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct InvoiceNote {
    /// UNTDID 4451 subject code (AAB, PMT, PMD, REG…), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_code: Option<String>,
    pub text: String,
}

/// The order the invoice refers to (BT-13 and, in CII, its date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct OrderReference {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<IsoDate>,
}

/// What the invoice says about late payment (art. L441-9 C. com.).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LatePaymentMentions {
    /// The texts that carry them: notes with subject code PMD (penalties), PMT (fixed
    /// indemnity) and AAB (discount), and the payment-terms text, joined by newlines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A late-payment penalty (its rate or basis) is stated.
    pub penalty_rate: bool,
    /// The 40 € fixed recovery indemnity (art. L441-10 II, D441-5) is stated.
    pub fixed_indemnity: bool,
}

/// The fields of a `lateFees` input read from the invoice; add `asOf` (and `payments`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LateFeesFields {
    pub regime: Regime,
    pub amount: Money,
    pub due_date: IsoDate,
}

/// A `LetterInvoice` of `renderLetter` (`invoices[i]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterInvoiceFields {
    pub number: String,
    pub issue_date: IsoDate,
    pub due_date: IsoDate,
    pub amount: Money,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_date: Option<IsoDate>,
    /// The line descriptions, joined by "; " (at most 5, then "…").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The line quantities with their units, in the same order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<String>,
}

/// A `LetterCreditor` of `renderLetter` (the seller).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterCreditorFields {
    pub name: String,
    /// Address lines joined by "\n" (empty when the file has none).
    pub address: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub siren: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    /// The seller's town, for "Paris, le …".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// A `LetterDebtor` of `renderLetter` (the buyer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterDebtorFields {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// From the inferred regime: `business` (fr-b2b) or `public` (fr-public).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<DebtorKind>,
}

/// A `DunningInvoice` of `dunningPlan` (`invoices[i]`); `id` is the invoice number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DunningInvoiceFields {
    pub id: String,
    pub number: String,
    pub issue_date: IsoDate,
    pub due_date: IsoDate,
    pub amount: Money,
}

/// The result of [`read_invoice`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ReadInvoiceResult {
    pub syntax: Syntax,
    pub container: Container,
    /// The attachment name inside the PDF ("factur-x.xml"), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embedded_file_name: Option<String>,
    /// The specification identifier as written (CII guideline ID, UBL CustomizationID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile_id: Option<String>,
    /// The profile it names: "MINIMUM", "BASIC WL", "BASIC", "EN 16931", "EXTENDED",
    /// "XRECHNUNG", "PEPPOL BIS 3", "EXTENDED-CTC-FR"; absent when unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Invoice number (BT-1).
    pub number: String,
    /// Document type code (BT-3, UNTDID 1001): 380 invoice, 381 credit note, 384 corrected
    /// invoice, 389 self-billed invoice, 751 invoice information…
    pub type_code: String,
    pub kind: InvoiceKind,
    /// Issue date (BT-2).
    pub issue_date: IsoDate,
    /// Due date (BT-9), or computed from the payment terms (see `dueDateSource`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<IsoDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date_source: Option<DueDateSource>,
    /// Amount due for payment (BT-115: total with tax, less prepaid amounts), in `currency`.
    pub amount_due: Money,
    /// Invoice total with VAT (BT-112), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_with_tax: Option<Money>,
    /// Paid amount (BT-113), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prepaid_amount: Option<Money>,
    /// Invoice currency (BT-5), ISO 4217.
    pub currency: String,
    pub seller: InvoiceParty,
    pub buyer: InvoiceParty,
    /// The seller's account (BT-84) for the transfer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    /// Buyer reference (BT-10): for a French public buyer, the Chorus Pro service code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buyer_reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderReference>,
    /// The lines (none in the MINIMUM and BASIC WL profiles).
    pub lines: Vec<InvoiceLine>,
    /// The payment-terms text (BT-20), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<String>,
    pub notes: Vec<InvoiceNote>,
    pub late_payment_mentions: LatePaymentMentions,
    /// The inferred legal regime; absent when the file does not tell (say it to `lateFees`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regime: Option<Regime>,
    /// Why `regime` is what it is (or absent).
    pub regime_reason: String,
    /// `lateFees` input fields (add `asOf`); absent for a credit note, a non-EUR invoice, an
    /// amount due of zero or less, or a missing due date or regime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub late_fees_input: Option<LateFeesFields>,
    /// `renderLetter` `invoices[i]`; absent in the same cases, the regime aside.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub letter_invoice: Option<LetterInvoiceFields>,
    /// `dunningPlan` `invoices[i]`; absent in the same cases as `letterInvoice`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dunning_invoice: Option<DunningInvoiceFields>,
    /// `renderLetter` `creditor` (the seller).
    pub creditor: LetterCreditorFields,
    /// `renderLetter` `debtor` (the buyer).
    pub debtor: LetterDebtorFields,
    pub warnings: Vec<Warning>,
}

/// Reads a CII or UBL invoice (text), or a Factur-X / ZUGFeRD PDF (bytes).
///
/// Errors (each with a `field` naming the element when one is at fault, e.g.
/// `CrossIndustryInvoice.ExchangedDocument.ID`): `invalid-xml`, `dtd-not-allowed`,
/// `document-too-large`, `not-an-invoice`, `no-embedded-invoice`, `unsupported-pdf`,
/// `missing-field`, `invalid-date`, `invalid-amount`, `amount-out-of-range`;
/// `missing-field` (field `xml`) or `inconsistent-input` when the input has neither or both
/// of `xml` and `pdf`.
pub fn read_invoice(input: &ReadInvoiceInput) -> Result<ReadInvoiceResult> {
    let lang = Lang::or_default(input.lang);
    match (&input.xml, &input.pdf) {
        (Some(xml), None) => read_xml(xml, Container::Xml, None, Vec::new(), lang),
        (None, Some(bytes)) => read_file(bytes, lang),
        (None, None) => Err(Error::at(
            ErrorKind::MissingField,
            "xml",
            Text::of(&msg::xml_or_pdf_missing),
        )),
        (Some(_), Some(_)) => Err(Error::at(
            ErrorKind::InconsistentInput,
            "pdf",
            Text::of(&msg::xml_and_pdf),
        )),
    }
}

/// Reads the bytes of a file: a PDF (`%PDF-` header) or an XML file (UTF-8); warnings and
/// the regime reason in `lang`.
pub fn read_file(bytes: &[u8], lang: Lang) -> Result<ReadInvoiceResult> {
    if pdf::is_pdf(bytes) {
        let embedded = pdf::extract(bytes)?;
        let mut warnings = Vec::new();
        match embedded.found_by {
            pdf::FoundBy::FileSpec => {}
            pdf::FoundBy::OtherXmlAttachment => warnings.push(Warning::new(
                "embedded-file-name",
                msg::embedded_file_name(lang, embedded.name.as_deref().unwrap_or("?")),
            )),
            pdf::FoundBy::StreamScan => warnings.push(Warning::new(
                "embedded-file-found-by-scan",
                msg::embedded_file_found_by_scan(lang),
            )),
        }
        let text = utf8(&embedded.bytes)?;
        return read_xml(text, Container::Pdf, embedded.name.clone(), warnings, lang);
    }
    let text = utf8(bytes)?;
    read_xml(text, Container::Xml, None, Vec::new(), lang)
}

fn utf8(bytes: &[u8]) -> Result<&str> {
    if bytes.len() > xml::LIMITS.max_bytes {
        return Err(Error::new(
            ErrorKind::DocumentTooLarge,
            Text::of(&|l| msg::xml_too_large(l, bytes.len(), xml::LIMITS.max_bytes)),
        ));
    }
    if bytes.starts_with(&[0xfe, 0xff]) || bytes.starts_with(&[0xff, 0xfe]) {
        return Err(Error::new(ErrorKind::InvalidXml, Text::of(&msg::xml_utf16)));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        Error::new(
            ErrorKind::InvalidXml,
            Text::of(&|l| msg::not_pdf_nor_utf8(l, e.valid_up_to())),
        )
    })
}

const CII_NS: &str = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
const UBL_INVOICE_NS: &str = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
const UBL_CREDIT_NOTE_NS: &str = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

fn read_xml(
    text: &str,
    container: Container,
    embedded_file_name: Option<String>,
    warnings: Vec<Warning>,
    lang: Lang,
) -> Result<ReadInvoiceResult> {
    let doc = xml::parse(text, xml::LIMITS)?;
    let root_ns = doc.ns_of(0);
    let root = doc.local(0);
    let raw = if doc.is(0, CII_NS, "CrossIndustryInvoice") {
        cii::read(&doc)?
    } else if doc.is(0, UBL_INVOICE_NS, "Invoice") {
        ubl::read(&doc, false)?
    } else if doc.is(0, UBL_CREDIT_NOTE_NS, "CreditNote") {
        ubl::read(&doc, true)?
    } else {
        let hint = |l| {
            if root_ns.starts_with("urn:ferd:CrossIndustryDocument") {
                msg::zugferd_1_hint(l)
            } else if root == "CrossIndustryInvoice" || root == "Invoice" || root == "CreditNote" {
                msg::wrong_namespace_hint(l, root, root_ns)
            } else {
                String::new()
            }
        };
        return Err(Error::at(
            ErrorKind::NotAnInvoice,
            root,
            Text::of(&|l| msg::not_an_invoice(l, root, root_ns, &hint(l))),
        ));
    };
    invoice::build(raw, container, embedded_file_name, warnings, lang)
}

/// Whether decoded bytes start like a CII or UBL invoice document (used to spot the XML among
/// a PDF's streams): after an optional BOM, XML declaration and comments, the root's local
/// name is `CrossIndustryInvoice`, `Invoice` or `CreditNote`.
pub fn looks_like_invoice(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let mut s = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(rest) = s.strip_prefix("<?") {
            match rest.find("?>") {
                Some(i) => s = rest[i + 2..].trim_start(),
                None => return false,
            }
        } else if let Some(rest) = s.strip_prefix("<!--") {
            match rest.find("-->") {
                Some(i) => s = rest[i + 3..].trim_start(),
                None => return false,
            }
        } else {
            break;
        }
    }
    let Some(tag) = s.strip_prefix('<') else {
        return false;
    };
    let name: String = tag
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
        .collect();
    let local = name.rsplit(':').next().unwrap_or("");
    matches!(local, "CrossIndustryInvoice" | "Invoice" | "CreditNote")
}
