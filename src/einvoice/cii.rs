//! UN/CEFACT Cross Industry Invoice D16B (`rsm:CrossIndustryInvoice`): the syntax of
//! Factur-X 1.0, ZUGFeRD 2.x and the CII binding of EN 16931. Paths follow the Factur-X
//! 1.0 / EN 16931-3-3 mapping (BT numbers in the comments).

use super::raw::{string, text, DateText, RawInvoice, RawParty, Text};
use super::xml::{Cursor, Document};
use super::{InvoiceLine, InvoiceNote, PartyIdentifier, Syntax};
use crate::error::Result;

const RSM: &str = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
const RAM: &str =
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
const UDT: &str = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
const QDT: &str = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

/// A `…DateTime` element holding a `udt:DateTimeString` (or `qdt:` in the referenced-document
/// dates).
fn date(c: Option<Cursor<'_>>) -> Option<DateText> {
    let c = c?;
    let s = c
        .child(UDT, "DateTimeString")
        .or_else(|| c.child(QDT, "DateTimeString"))?;
    Some(DateText {
        value: s.text().unwrap_or_default(),
        format: s.attr("format"),
        path: s.path.clone(),
    })
}

/// Reads the fields relance uses from a CII document (root already checked).
pub fn read(doc: &Document) -> Result<RawInvoice> {
    let root = Cursor::root(doc);
    let mut inv = RawInvoice::new(Syntax::Cii, "CrossIndustryInvoice");
    // BT-24 specification identifier.
    inv.profile_id = string(
        root.child(RSM, "ExchangedDocumentContext")
            .and_then(|c| c.at(RAM, &["GuidelineSpecifiedDocumentContextParameter", "ID"])),
    );
    let header = root.child(RSM, "ExchangedDocument");
    let header_path = root.path_of("ExchangedDocument");
    // BT-1, BT-3, BT-2.
    inv.number = text(header.as_ref().and_then(|h| h.child(RAM, "ID")));
    inv.type_code = text(header.as_ref().and_then(|h| h.child(RAM, "TypeCode")));
    inv.issue_date = date(header.as_ref().and_then(|h| h.child(RAM, "IssueDateTime")));
    let missing = |name: &str| format!("{header_path}.{name}");
    if inv.number.is_none() {
        inv.number = Some(Text {
            value: String::new(),
            path: missing("ID"),
        });
    }
    if inv.issue_date.is_none() {
        inv.issue_date = Some(DateText {
            value: String::new(),
            format: None,
            path: missing("IssueDateTime"),
        });
    }
    // BT-21/BT-22 notes.
    if let Some(h) = &header {
        for note in h.children(RAM, "IncludedNote") {
            if let Some(t) = string(note.child(RAM, "Content")) {
                inv.notes.push(InvoiceNote {
                    subject_code: string(note.child(RAM, "SubjectCode")),
                    text: t,
                });
            }
        }
    }
    let tx = root.child(RSM, "SupplyChainTradeTransaction");
    let tx_path = root.path_of("SupplyChainTradeTransaction");
    let agreement = tx
        .as_ref()
        .and_then(|t| t.child(RAM, "ApplicableHeaderTradeAgreement"));
    let agreement_path = format!("{tx_path}.ApplicableHeaderTradeAgreement");
    let settlement = tx
        .as_ref()
        .and_then(|t| t.child(RAM, "ApplicableHeaderTradeSettlement"));
    let settlement_path = format!("{tx_path}.ApplicableHeaderTradeSettlement");

    // BG-25 lines (absent in MINIMUM and BASIC WL).
    if let Some(t) = &tx {
        for item in t.children(RAM, "IncludedSupplyChainTradeLineItem") {
            let product = item.child(RAM, "SpecifiedTradeProduct");
            let description = product
                .as_ref()
                .and_then(|p| {
                    string(p.child(RAM, "Name")).or_else(|| string(p.child(RAM, "Description")))
                })
                .unwrap_or_default();
            let qty = item.at(RAM, &["SpecifiedLineTradeDelivery", "BilledQuantity"]);
            inv.lines.push(InvoiceLine {
                id: string(item.at(RAM, &["AssociatedDocumentLineDocument", "LineID"])),
                description,
                quantity: qty.as_ref().and_then(Cursor::text),
                unit_code: qty.as_ref().and_then(|q| q.attr("unitCode")),
                net_amount: string(item.at(
                    RAM,
                    &[
                        "SpecifiedLineTradeSettlement",
                        "SpecifiedTradeSettlementLineMonetarySummation",
                        "LineTotalAmount",
                    ],
                )),
            });
        }
    }

    if let Some(a) = &agreement {
        // BT-10 buyer reference (Chorus Pro: the service code).
        inv.buyer_reference = string(a.child(RAM, "BuyerReference"));
        // BT-13 purchase order reference.
        if let Some(order) = a.child(RAM, "BuyerOrderReferencedDocument") {
            inv.order_id = string(order.child(RAM, "IssuerAssignedID"));
            inv.order_date = date(order.child(RAM, "FormattedIssueDateTime"));
        }
    }
    inv.seller = party(agreement.as_ref(), &agreement_path, "SellerTradeParty");
    inv.buyer = party(agreement.as_ref(), &agreement_path, "BuyerTradeParty");

    if let Some(s) = &settlement {
        // BT-5.
        inv.currency = text(s.child(RAM, "InvoiceCurrencyCode"));
        // BG-16/BG-17: the first credit transfer account with an IBAN (BT-84) and its BIC (BT-86).
        for means in s.children(RAM, "SpecifiedTradeSettlementPaymentMeans") {
            let iban = string(means.at(RAM, &["PayeePartyCreditorFinancialAccount", "IBANID"]))
                .or_else(|| {
                    string(means.at(
                        RAM,
                        &["PayeePartyCreditorFinancialAccount", "ProprietaryID"],
                    ))
                });
            if iban.is_some() && inv.iban.is_none() {
                inv.iban = iban;
                inv.bic = string(means.at(
                    RAM,
                    &["PayeeSpecifiedCreditorFinancialInstitution", "BICID"],
                ));
            }
        }
        // BT-20 payment terms, BT-9 due date.
        for terms in s.children(RAM, "SpecifiedTradePaymentTerms") {
            if let Some(d) = string(terms.child(RAM, "Description")) {
                inv.payment_terms.push(d);
            }
            if inv.due_date.is_none() {
                inv.due_date = date(terms.child(RAM, "DueDateDateTime"));
            }
        }
        // BG-22 totals.
        let sum = s.child(RAM, "SpecifiedTradeSettlementHeaderMonetarySummation");
        inv.amount_due = text(sum.as_ref().and_then(|m| m.child(RAM, "DuePayableAmount")));
        inv.total_with_tax = text(
            sum.as_ref()
                .and_then(|m| first_amount(m, "GrandTotalAmount")),
        );
        inv.prepaid = text(
            sum.as_ref()
                .and_then(|m| m.child(RAM, "TotalPrepaidAmount")),
        );
    }
    inv.amount_due_path = format!(
        "{settlement_path}.SpecifiedTradeSettlementHeaderMonetarySummation.DuePayableAmount"
    );
    if inv.currency.is_none() {
        inv.currency = Some(Text {
            value: String::new(),
            path: format!("{settlement_path}.InvoiceCurrencyCode"),
        });
    }
    Ok(inv)
}

/// `GrandTotalAmount` may repeat (one per currency in EXTENDED); the first one is the
/// invoice currency's.
fn first_amount<'d>(sum: &Cursor<'d>, local: &str) -> Option<Cursor<'d>> {
    sum.children(RAM, local).into_iter().next()
}

/// BG-4 seller / BG-7 buyer.
fn party(agreement: Option<&Cursor<'_>>, agreement_path: &str, local: &str) -> RawParty {
    let mut p = RawParty {
        path: format!("{agreement_path}.{local}"),
        ..RawParty::default()
    };
    let Some(c) = agreement.and_then(|a| a.child(RAM, local)) else {
        return p;
    };
    // BT-27/BT-44 name; BT-28/BT-45 trading name.
    p.legal_name = string(c.child(RAM, "Name"));
    if let Some(legal) = c.child(RAM, "SpecifiedLegalOrganization") {
        p.trading_name = string(legal.child(RAM, "TradingBusinessName"));
        // BT-30/BT-47 legal registration identifier.
        if let Some(id) = legal.child(RAM, "ID") {
            if let Some(v) = id.text() {
                p.identifiers.push(PartyIdentifier {
                    id: v,
                    scheme: id.attr("schemeID"),
                    role: "legal".to_owned(),
                });
            }
        }
    }
    // BT-29/BT-46 identifiers.
    for id in c
        .children(RAM, "ID")
        .into_iter()
        .chain(c.children(RAM, "GlobalID"))
    {
        if let Some(v) = id.text() {
            p.identifiers.push(PartyIdentifier {
                id: v,
                scheme: id.attr("schemeID"),
                role: "party".to_owned(),
            });
        }
    }
    // BT-34/BT-49 electronic address.
    if let Some(uri) = c.at(RAM, &["URIUniversalCommunication", "URIID"]) {
        if let Some(v) = uri.text() {
            let scheme = uri.attr("schemeID");
            if scheme.as_deref() == Some("EM") {
                p.email = Some(v.clone());
            }
            p.identifiers.push(PartyIdentifier {
                id: v,
                scheme,
                role: "endpoint".to_owned(),
            });
        }
    }
    if p.email.is_none() {
        p.email = string(c.at(
            RAM,
            &[
                "DefinedTradeContact",
                "EmailURIUniversalCommunication",
                "URIID",
            ],
        ));
    }
    // BG-5/BG-8 postal address.
    if let Some(a) = c.child(RAM, "PostalTradeAddress") {
        for line in ["LineOne", "LineTwo", "LineThree"] {
            if let Some(l) = string(a.child(RAM, line)) {
                p.street_lines.push(l);
            }
        }
        p.postcode = string(a.child(RAM, "PostcodeCode"));
        p.city = string(a.child(RAM, "CityName"));
        p.country = string(a.child(RAM, "CountryID"));
    }
    // BT-31/BT-48 VAT identifier.
    for reg in c.children(RAM, "SpecifiedTaxRegistration") {
        if let Some(id) = reg.child(RAM, "ID") {
            if id.attr("schemeID").as_deref() == Some("VA") && p.vat_number.is_none() {
                p.vat_number = id.text();
            }
        }
    }
    p
}
