//! OASIS UBL 2.1 `Invoice` and `CreditNote`: the UBL binding of EN 16931 (EN 16931-3-2),
//! PEPPOL BIS 3, XRechnung UBL and the French CTC extended profile.

use super::raw::{string, text, DateText, RawInvoice, RawParty, Text};
use super::xml::{Cursor, Document};
use super::{InvoiceLine, InvoiceNote, PartyIdentifier, Syntax};
use crate::error::Result;

const CBC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
const CAC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

fn date(c: Option<Cursor<'_>>) -> Option<DateText> {
    let c = c?;
    Some(DateText {
        value: c.text().unwrap_or_default(),
        format: None,
        path: c.path.clone(),
    })
}

/// Reads the fields relance uses from a UBL Invoice (`credit_note == false`) or CreditNote.
pub fn read(doc: &Document, credit_note: bool) -> Result<RawInvoice> {
    let root = Cursor::root(doc);
    let name = if credit_note { "CreditNote" } else { "Invoice" };
    let mut inv = RawInvoice::new(Syntax::Ubl, name);
    inv.credit_note_root = credit_note;
    // BT-24.
    inv.profile_id = string(root.child(CBC, "CustomizationID"));
    // BT-1, BT-2, BT-3, BT-9, BT-5, BT-10.
    inv.number = text(root.child(CBC, "ID")).or_else(|| {
        Some(Text {
            value: String::new(),
            path: root.path_of("ID"),
        })
    });
    inv.issue_date = date(root.child(CBC, "IssueDate")).or_else(|| {
        Some(DateText {
            value: String::new(),
            format: None,
            path: root.path_of("IssueDate"),
        })
    });
    let type_local = if credit_note {
        "CreditNoteTypeCode"
    } else {
        "InvoiceTypeCode"
    };
    inv.type_code = text(root.child(CBC, type_local));
    inv.due_date = date(root.child(CBC, "DueDate"));
    inv.currency = text(root.child(CBC, "DocumentCurrencyCode")).or_else(|| {
        Some(Text {
            value: String::new(),
            path: root.path_of("DocumentCurrencyCode"),
        })
    });
    inv.buyer_reference = string(root.child(CBC, "BuyerReference"));
    // BT-21/BT-22: the EN 16931 UBL binding writes the subject code as "#CODE#text".
    for note in root.children(CBC, "Note") {
        if let Some(t) = note.text() {
            inv.notes.push(split_note(&t));
        }
    }
    // BT-13 (UBL has an order date too: cac:OrderReference/cbc:IssueDate).
    if let Some(order) = root.child(CAC, "OrderReference") {
        inv.order_id = string(order.child(CBC, "ID"));
        inv.order_date = date(order.child(CBC, "IssueDate"));
    }
    inv.seller = party(&root, "AccountingSupplierParty");
    inv.buyer = party(&root, "AccountingCustomerParty");
    // BG-16/BG-17; a credit note may carry its due date in PaymentMeans/PaymentDueDate.
    for means in root.children(CAC, "PaymentMeans") {
        if inv.due_date.is_none() {
            inv.due_date = date(means.child(CBC, "PaymentDueDate"));
        }
        if let Some(account) = means.child(CAC, "PayeeFinancialAccount") {
            if inv.iban.is_none() {
                inv.iban = string(account.child(CBC, "ID"));
                inv.bic = string(
                    account
                        .at(CAC, &["FinancialInstitutionBranch"])
                        .and_then(|b| b.child(CBC, "ID")),
                );
            }
        }
    }
    // BT-20.
    for terms in root.children(CAC, "PaymentTerms") {
        for note in terms.children(CBC, "Note") {
            if let Some(t) = note.text() {
                inv.payment_terms.push(t);
            }
        }
    }
    // BG-22.
    let total = root.child(CAC, "LegalMonetaryTotal");
    inv.amount_due = text(total.as_ref().and_then(|t| t.child(CBC, "PayableAmount")));
    inv.total_with_tax = text(
        total
            .as_ref()
            .and_then(|t| t.child(CBC, "TaxInclusiveAmount")),
    );
    inv.prepaid = text(total.as_ref().and_then(|t| t.child(CBC, "PrepaidAmount")));
    inv.amount_due_path = format!("{}.LegalMonetaryTotal.PayableAmount", root.path);
    // BG-25.
    let (line_local, qty_local) = if credit_note {
        ("CreditNoteLine", "CreditedQuantity")
    } else {
        ("InvoiceLine", "InvoicedQuantity")
    };
    for line in root.children(CAC, line_local) {
        let item = line.child(CAC, "Item");
        let qty = line.child(CBC, qty_local);
        inv.lines.push(InvoiceLine {
            id: string(line.child(CBC, "ID")),
            description: item
                .as_ref()
                .and_then(|i| {
                    string(i.child(CBC, "Name")).or_else(|| string(i.child(CBC, "Description")))
                })
                .unwrap_or_default(),
            quantity: qty.as_ref().and_then(Cursor::text),
            unit_code: qty.as_ref().and_then(|q| q.attr("unitCode")),
            net_amount: string(line.child(CBC, "LineExtensionAmount")),
        });
    }
    Ok(inv)
}

/// "#PMT#text" → (PMT, text); a note without the prefix has no subject code.
fn split_note(t: &str) -> InvoiceNote {
    if let Some(rest) = t.strip_prefix('#') {
        if let Some((code, body)) = rest.split_once('#') {
            if !code.is_empty()
                && code.len() <= 3
                && code.chars().all(|c| c.is_ascii_alphanumeric())
            {
                return InvoiceNote {
                    subject_code: Some(code.to_owned()),
                    text: body.trim().to_owned(),
                };
            }
        }
    }
    InvoiceNote {
        subject_code: None,
        text: t.to_owned(),
    }
}

/// BG-4 seller / BG-7 buyer (`cac:AccountingSupplierParty/cac:Party`).
fn party(root: &Cursor<'_>, local: &str) -> RawParty {
    let mut p = RawParty {
        path: format!("{}.{local}.Party", root.path),
        ..RawParty::default()
    };
    let Some(c) = root.at(CAC, &[local, "Party"]) else {
        return p;
    };
    // BT-34/BT-49 electronic address.
    if let Some(ep) = c.child(CBC, "EndpointID") {
        if let Some(v) = ep.text() {
            let scheme = ep.attr("schemeID");
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
    // BT-29/BT-46.
    for ident in c.children(CAC, "PartyIdentification") {
        if let Some(id) = ident.child(CBC, "ID") {
            if let Some(v) = id.text() {
                p.identifiers.push(PartyIdentifier {
                    id: v,
                    scheme: id.attr("schemeID"),
                    role: "party".to_owned(),
                });
            }
        }
    }
    p.trading_name = string(c.at(CAC, &["PartyName"]).and_then(|n| n.child(CBC, "Name")));
    if let Some(legal) = c.child(CAC, "PartyLegalEntity") {
        p.legal_name = string(legal.child(CBC, "RegistrationName"));
        if let Some(id) = legal.child(CBC, "CompanyID") {
            if let Some(v) = id.text() {
                p.identifiers.push(PartyIdentifier {
                    id: v,
                    scheme: id.attr("schemeID"),
                    role: "legal".to_owned(),
                });
            }
        }
    }
    // BT-31/BT-48: the PartyTaxScheme whose TaxScheme is VAT.
    for tax in c.children(CAC, "PartyTaxScheme") {
        let scheme = tax
            .at(CAC, &["TaxScheme"])
            .and_then(|t| string(t.child(CBC, "ID")));
        if scheme.as_deref() == Some("VAT") && p.vat_number.is_none() {
            p.vat_number = string(tax.child(CBC, "CompanyID"));
        }
    }
    if p.email.is_none() {
        p.email = string(
            c.at(CAC, &["Contact"])
                .and_then(|t| t.child(CBC, "ElectronicMail")),
        );
    }
    if let Some(a) = c.child(CAC, "PostalAddress") {
        for local in ["StreetName", "AdditionalStreetName"] {
            if let Some(l) = string(a.child(CBC, local)) {
                p.street_lines.push(l);
            }
        }
        for line in a.children(CAC, "AddressLine") {
            if let Some(l) = string(line.child(CBC, "Line")) {
                p.street_lines.push(l);
            }
        }
        p.postcode = string(a.child(CBC, "PostalZone"));
        p.city = string(a.child(CBC, "CityName"));
        p.country = string(
            a.at(CAC, &["Country"])
                .and_then(|t| t.child(CBC, "IdentificationCode")),
        );
    }
    p
}
