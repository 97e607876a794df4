//! `read_invoice` on real public samples (EN 16931 examples, Factur-X files of their
//! maintainers) and hand-made French cases; hostile and malformed inputs.
//!
//! Every expected value below was written by reading the sample file (tests/data/einvoice/,
//! sources in SOURCES.md), not copied from relance's output.

use relance::einvoice::{
    read_file, read_invoice, Container, DueDateSource, InvoiceKind, ReadInvoiceInput,
    ReadInvoiceResult, Syntax,
};
use relance::regime::Regime;
use relance::Lang;

fn sample(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/einvoice/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The English result: the tests below quote English warnings and reasons.
fn read(name: &str) -> ReadInvoiceResult {
    read_file(&sample(name), Lang::En).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn text(name: &str) -> String {
    String::from_utf8(sample(name)).unwrap()
}

fn codes(r: &ReadInvoiceResult) -> Vec<&str> {
    r.warnings.iter().map(|w| w.code.as_str()).collect()
}

fn err(bytes: &[u8]) -> relance::Error {
    match read_file(bytes, Lang::En) {
        Ok(r) => panic!("expected an error, got invoice {}", r.number),
        Err(e) => e,
    }
}

fn err_xml(xml: &str) -> relance::Error {
    match read_invoice(&ReadInvoiceInput {
        xml: Some(xml.to_owned()),
        pdf: None,
        lang: None,
    }) {
        Ok(r) => panic!("expected an error, got invoice {}", r.number),
        Err(e) => e,
    }
}

// ---- real public samples ----

#[test]
fn en16931_cii_example1() {
    let r = read("en16931-cii-example1.xml");
    assert_eq!(r.syntax, Syntax::Cii);
    assert_eq!(r.container, Container::Xml);
    assert_eq!(r.profile.as_deref(), Some("EN 16931"));
    assert_eq!(r.number, "12115118");
    assert_eq!(r.type_code, "380");
    assert_eq!(r.kind, InvoiceKind::Invoice);
    assert_eq!(r.issue_date.to_string(), "2015-01-09");
    assert_eq!(r.due_date.unwrap().to_string(), "2015-01-09");
    assert_eq!(r.due_date_source, Some(DueDateSource::DueDateElement));
    assert_eq!(r.amount_due.to_string(), "250.33");
    assert_eq!(r.total_with_tax.unwrap().to_string(), "250.33");
    assert_eq!(r.currency, "EUR");
    assert_eq!(r.seller.name, "De Koksmaat");
    assert_eq!(
        r.seller.address_lines,
        ["Postbus 7l", "1950 AB Velsen-Noord", "NL"]
    );
    assert_eq!(r.seller.vat_number.as_deref(), Some("NL8200.98.395.B.01"));
    assert_eq!(r.seller.siren, None);
    assert_eq!(r.buyer.name, "ODIN 59");
    assert_eq!(
        r.buyer.address_lines,
        ["POSTBUS 367", "1960 AJ HEEMSKERK", "NL"]
    );
    assert_eq!(r.iban.as_deref(), Some("NL57 RABO 0107307510"));
    assert_eq!(r.lines.len(), 20);
    // A Dutch buyer without a French identifier: the regime is left to the caller.
    assert_eq!(r.regime, None);
    assert!(r.regime_reason.starts_with("not inferred"));
    assert!(r.late_fees_input.is_none());
    let letter = r.letter_invoice.as_ref().unwrap();
    assert_eq!(letter.amount.to_string(), "250.33");
    assert_eq!(codes(&r), Vec::<&str>::new());
}

#[test]
fn en16931_ubl_example1() {
    let r = read("en16931-ubl-example1.xml");
    assert_eq!(r.syntax, Syntax::Ubl);
    assert_eq!(r.profile.as_deref(), Some("EN 16931"));
    assert_eq!(r.number, "12115118");
    assert_eq!(r.issue_date.to_string(), "2015-01-09");
    assert_eq!(r.due_date.unwrap().to_string(), "2015-01-09");
    assert_eq!(r.amount_due.to_string(), "250.33");
    assert_eq!(r.seller.name, "De Koksmaat");
    assert_eq!(r.buyer.name, "ODIN 59");
    // The first of the two PaymentMeans accounts.
    assert_eq!(r.iban.as_deref(), Some("NL57 RABO 0107307510"));
    assert_eq!(r.lines.len(), 20);
    assert_eq!(r.lines[0].description, "PATAT FRITES 10MM 10KG");
    assert_eq!(r.lines[0].quantity.as_deref(), Some("2"));
    assert_eq!(r.lines[0].unit_code.as_deref(), Some("EA"));
    assert_eq!(r.notes.len(), 1);
    assert!(r.notes[0].text.contains("Betalingstermijn: 14 dagen netto"));
    assert_eq!(r.regime, None);
}

#[test]
fn en16931_ubl_credit_note() {
    let r = read("en16931-ubl-creditnote1.xml");
    assert_eq!(r.kind, InvoiceKind::CreditNote);
    assert_eq!(r.type_code, "381");
    assert_eq!(r.number, "018304 / 28865");
    assert_eq!(r.issue_date.to_string(), "2019-09-23");
    assert_eq!(r.amount_due.to_string(), "100.11");
    assert_eq!(r.seller.name, "My Supplier Company");
    assert_eq!(
        r.seller.trading_name.as_deref(),
        Some("My Supplier Company N.V.")
    );
    assert_eq!(r.buyer.name, "My Customer Company");
    assert_eq!(r.iban.as_deref(), Some("BE91000000143476"));
    assert_eq!(r.bic.as_deref(), Some("BPOTBEB1"));
    assert_eq!(r.lines[0].description, "Exonération du versement du PP");
    assert!(codes(&r).contains(&"credit-note"));
    assert!(r.letter_invoice.is_none() && r.dunning_invoice.is_none());
}

#[test]
fn factur_x_pdf_of_akretion() {
    let r = read("facturx-akretion-en16931.pdf");
    assert_eq!(r.container, Container::Pdf);
    assert_eq!(r.embedded_file_name.as_deref(), Some("factur-x.xml"));
    assert_eq!(r.syntax, Syntax::Cii);
    assert_eq!(r.profile.as_deref(), Some("EN 16931"));
    assert_eq!(r.number, "F20260023");
    assert_eq!(r.issue_date.to_string(), "2026-01-31");
    assert_eq!(r.due_date.unwrap().to_string(), "2026-03-02");
    assert_eq!(r.amount_due.to_string(), "104.90");
    assert_eq!(r.seller.name, "LE FOURNISSEUR");
    assert_eq!(r.seller.siren.as_deref(), Some("123456782"));
    assert_eq!(r.seller.siret.as_deref(), Some("12345678200077"));
    assert_eq!(r.seller.email.as_deref(), Some("moi@seller.com"));
    assert_eq!(r.buyer.name, "LE CLIENT");
    assert_eq!(r.buyer.siren.as_deref(), Some("987654321"));
    assert_eq!(r.buyer_reference.as_deref(), Some("SERVEXEC"));
    assert_eq!(r.order.as_ref().unwrap().id, "PO201925478");
    assert_eq!(r.iban.as_deref(), Some("FR20 1254 2547 2569 8542 5874 698"));
    let names: Vec<&str> = r.lines.iter().map(|l| l.description.as_str()).collect();
    assert_eq!(names, ["PRESTATION SUPPORT", "FOURNITURES PAPIER", "APPEL"]);
    assert_eq!(r.lines[1].quantity.as_deref(), Some("3.0000"));
    assert_eq!(r.payment_terms.as_deref(), Some("PAIEMENT 30 JOURS NET"));
    assert!(r.late_payment_mentions.penalty_rate);
    assert!(r.late_payment_mentions.fixed_indemnity);
    assert_eq!(r.regime, Some(Regime::FrB2b));
    let fees = r.late_fees_input.as_ref().unwrap();
    assert_eq!(fees.amount.to_string(), "104.90");
    assert_eq!(fees.due_date.to_string(), "2026-03-02");
    let letter = r.letter_invoice.as_ref().unwrap();
    assert_eq!(
        letter.description.as_deref(),
        Some("PRESTATION SUPPORT; FOURNITURES PAPIER; APPEL")
    );
    assert_eq!(
        letter.quantity.as_deref(),
        Some("1 unité(s); 3 unité(s); 1 unité(s)")
    );
    assert_eq!(r.creditor.place.as_deref(), Some("PARIS"));
    assert_eq!(codes(&r), Vec::<&str>::new());
}

#[test]
fn factur_x_minimum_has_no_lines_nor_due_date() {
    let r = read("facturx-akretion-minimum.xml");
    assert_eq!(r.profile.as_deref(), Some("MINIMUM"));
    assert_eq!(r.number, "F20260023");
    assert_eq!(r.amount_due.to_string(), "104.90");
    assert!(r.lines.is_empty());
    assert_eq!(r.due_date, None);
    assert_eq!(r.regime, Some(Regime::FrB2b));
    assert_eq!(
        codes(&r),
        ["late-payment-mentions-missing", "no-due-date", "no-lines"]
    );
    assert!(r.letter_invoice.is_none() && r.late_fees_input.is_none());
}

#[test]
fn factur_x_basic_wl() {
    let r = read("facturx-akretion-basicwl.xml");
    assert_eq!(r.profile.as_deref(), Some("BASIC WL"));
    assert!(r.lines.is_empty());
    assert_eq!(r.due_date.unwrap().to_string(), "2026-03-02");
    assert_eq!(r.amount_due.to_string(), "104.90");
    assert_eq!(r.prepaid_amount.unwrap().to_string(), "0.00");
    // BT-84 (payee), not BT-91 (the buyer's debited account "FRDEBIT").
    assert_eq!(r.iban.as_deref(), Some("FR20 1254 2547 2569 8542 5874 698"));
    assert_eq!(r.seller.trading_name.as_deref(), Some("SELLER TRADE NAME"));
    assert_eq!(r.buyer.vat_number.as_deref(), Some("FR 05 987 654 321"));
    assert_eq!(r.notes.len(), 6);
    assert!(r.late_payment_mentions.penalty_rate && r.late_payment_mentions.fixed_indemnity);
    assert_eq!(codes(&r), ["no-lines"]);
    assert_eq!(r.letter_invoice.as_ref().unwrap().description, None);
}

#[test]
fn ubl_extended_ctc_fr() {
    let r = read("ubl-akretion-extended-ctc-fr.xml");
    assert_eq!(r.profile.as_deref(), Some("EXTENDED-CTC-FR"));
    assert_eq!(r.number, "F124212");
    assert_eq!(r.issue_date.to_string(), "2026-06-17");
    assert_eq!(r.due_date.unwrap().to_string(), "2026-07-16");
    assert_eq!(r.amount_due.to_string(), "208.03");
    assert_eq!(r.prepaid_amount.unwrap().to_string(), "100.00");
    assert_eq!(r.total_with_tax.unwrap().to_string(), "308.03");
    assert_eq!(r.seller.name, "Au bon moulin");
    assert_eq!(
        r.seller.trading_name.as_deref(),
        Some("L'huile d'olive en folie")
    );
    assert_eq!(r.seller.siren.as_deref(), Some("999999998"));
    assert_eq!(
        r.seller.email.as_deref(),
        Some("commercial@aubonmoulin.com")
    );
    assert_eq!(
        r.seller.address_lines,
        [
            "1242 chemin de l'olive",
            "Lieu dit des senteurs",
            "ZAC du Mont Ventoux",
            "84340 Malaucène"
        ]
    );
    assert_eq!(r.buyer.name, "Ma jolie boutique SARL");
    assert_eq!(r.buyer.siren.as_deref(), Some("787878784"));
    assert_eq!(r.iban.as_deref(), Some("FR2012421242124212421242124"));
    assert_eq!(r.bic.as_deref(), Some("QNTOFRP1XXX"));
    assert_eq!(r.order.as_ref().unwrap().id, "PO1242");
    assert_eq!(r.payment_terms.as_deref(), Some("30 jours net"));
    let names: Vec<&str> = r.lines.iter().map(|l| l.description.as_str()).collect();
    assert_eq!(names, ["Huile d'olive Joio 50cl", "Nougats en cubes"]);
    // The note "#ADN#B2G" states the B2G framework.
    assert_eq!(r.regime, Some(Regime::FrPublic));
    assert!(r.regime_reason.contains("B2G"));
    assert_eq!(r.notes[2].subject_code, None);
    assert_eq!(r.notes[3].subject_code.as_deref(), Some("PMT"));
}

// ---- hand-made French cases ----

#[test]
fn french_b2b_with_siren_feeds_late_fees_and_letters() {
    let r = read("fr/b2b-siren.cii.xml");
    assert_eq!(r.number, "FA-2026-0912");
    assert_eq!(r.issue_date.to_string(), "2026-09-15");
    assert_eq!(r.due_date.unwrap().to_string(), "2026-10-15");
    assert_eq!(r.amount_due.to_string(), "1200.00");
    assert_eq!(r.seller.siret.as_deref(), Some("73282932000074"));
    assert_eq!(r.seller.siren.as_deref(), Some("732829320"));
    assert_eq!(r.buyer.siren.as_deref(), Some("552100554"));
    assert_eq!(
        r.buyer.address_lines,
        ["8 avenue de la Gare", "Bâtiment B", "69002 Lyon"]
    );
    assert_eq!(r.regime, Some(Regime::FrB2b));
    assert!(r.regime_reason.contains("SIREN 552100554 (scheme 0002"));
    let order = r.order.as_ref().unwrap();
    assert_eq!(
        (order.id.as_str(), order.date.unwrap().to_string().as_str()),
        ("BC-7781", "2026-08-01")
    );
    assert_eq!(codes(&r), Vec::<&str>::new());

    // The ready-made objects are valid inputs of lateFees and renderLetter.
    let v = serde_json::to_value(&r).unwrap();
    let mut fees = v["lateFeesInput"].clone();
    fees["asOf"] = "2026-11-22".into();
    let fees: relance::regime::LateFeesInput = relance::error::deserialize(fees).unwrap();
    let result = relance::regime::late_fees(&fees).unwrap();
    // 1200 × 12.15 % × 38 / 365 = 15.18 (2026H2 rate of the embedded tables, 38 days).
    assert_eq!(result.days, 38);
    let letter = serde_json::json!({
        "kind": "formal-notice", "channel": "letter", "regime": v["regime"], "asOf": "2026-11-22",
        "creditor": v["creditor"], "debtor": v["debtor"], "invoices": [v["letterInvoice"]],
    });
    let letter: relance::letters::LetterInput = relance::error::deserialize(letter).unwrap();
    let text = relance::letters::render_letter(&letter).unwrap().text;
    assert!(text.contains("FA-2026-0912"));
    assert!(text.contains("Développement d'un module de facturation"));
    assert!(text.contains("FR7630006000011234567890189"));
    let dunning = serde_json::json!({
        "asOf": "2026-11-22", "regime": v["regime"],
        "debtor": { "id": "martin", "name": v["debtor"]["name"], "kind": v["debtor"]["kind"] },
        "invoices": [v["dunningInvoice"]],
    });
    let dunning: relance::dunning::DunningPlanInput = relance::error::deserialize(dunning).unwrap();
    relance::dunning::dunning_plan(&dunning).unwrap();
}

#[test]
fn french_public_buyer() {
    let r = read("fr/public-buyer.cii.xml");
    assert_eq!(r.buyer.siret.as_deref(), Some("21750001600019"));
    assert_eq!(r.buyer.siren.as_deref(), Some("217500016"));
    assert_eq!(r.buyer_reference.as_deref(), Some("DFA-MARCHES"));
    assert_eq!(r.regime, Some(Regime::FrPublic));
    assert!(r.regime_reason.contains("starting with 1 or 2"));
    assert!(r.regime_reason.contains("DFA-MARCHES"));
    assert_eq!(r.order.as_ref().unwrap().id, "EJ-2026-004512");
    assert_eq!(serde_json::to_value(&r.debtor).unwrap()["kind"], "public");
    // No L441-9 warning: that article's mentions are checked between professionals only.
    assert_eq!(codes(&r), Vec::<&str>::new());
    assert_eq!(r.late_fees_input.as_ref().unwrap().regime, Regime::FrPublic);
}

#[test]
fn french_partial_prepayment() {
    let r = read("fr/prepaid.cii.xml");
    assert_eq!(r.total_with_tax.unwrap().to_string(), "1200.00");
    assert_eq!(r.prepaid_amount.unwrap().to_string(), "450.00");
    assert_eq!(r.amount_due.to_string(), "750.00");
    assert_eq!(
        r.late_fees_input.as_ref().unwrap().amount.to_string(),
        "750.00"
    );
}

#[test]
fn french_no_due_date() {
    let r = read("fr/no-due-date.cii.xml");
    assert_eq!(r.due_date, None);
    assert_eq!(r.payment_terms, None);
    assert_eq!(codes(&r), ["late-payment-mentions-missing", "no-due-date"]);
    let mentions = &r.warnings[0].message;
    assert!(mentions.contains("penalty rate nor the 40 €"));
    assert!(mentions.contains("L441-9"));
    assert!(r.late_fees_input.is_none() && r.letter_invoice.is_none());
}

#[test]
fn french_payment_terms_text_only() {
    let r = read("fr/terms-only.ubl.xml");
    // 2026-03-10 + 45 days = 2026-04-24, end of that month: 2026-04-30 (reading A);
    // reading B: 2026-03-31 + 45 days = 2026-05-15.
    assert_eq!(r.due_date.unwrap().to_string(), "2026-04-30");
    assert_eq!(r.due_date_source, Some(DueDateSource::PaymentTerms));
    let w = r
        .warnings
        .iter()
        .find(|w| w.code == "due-date-from-terms")
        .unwrap();
    assert!(w.message.contains("45 days end of month, reading A"));
    assert!(w.message.contains("15\u{a0}May 2026"));
    assert_eq!(r.seller.siren.as_deref(), Some("732829320"));
    assert_eq!(r.buyer.name, "Boulangerie Martin SAS");
    assert_eq!(r.buyer.trading_name.as_deref(), Some("Boulangerie Martin"));
    assert_eq!(r.buyer.siret.as_deref(), Some("55210055400013"));
    assert_eq!(r.regime, Some(Regime::FrB2b));
    // The penalty note is there, the 40 € indemnity is not.
    assert!(r.late_payment_mentions.penalty_rate);
    assert!(!r.late_payment_mentions.fixed_indemnity);
    let m = r
        .warnings
        .iter()
        .find(|w| w.code == "late-payment-mentions-missing")
        .unwrap();
    assert!(m.message.contains("the 40 € fixed recovery indemnity"));
    assert!(!m.message.contains("penalty rate"));
    let letter = r.letter_invoice.as_ref().unwrap();
    assert_eq!(letter.quantity.as_deref(), Some("2.5 jour(s)"));
    assert_eq!(letter.order_date.unwrap().to_string(), "2026-02-20");
    assert_eq!(
        r.creditor.email.as_deref(),
        Some("compta@atelier-dupont.fr")
    );
}

#[test]
fn french_credit_note() {
    let r = read("fr/credit-note.ubl.xml");
    assert_eq!(r.kind, InvoiceKind::CreditNote);
    assert_eq!(r.number, "AV-2026-0031");
    assert_eq!(r.amount_due.to_string(), "240.00");
    assert_eq!(r.lines[0].quantity.as_deref(), Some("2"));
    assert_eq!(codes(&r), ["credit-note"]);
    assert!(r.late_fees_input.is_none() && r.letter_invoice.is_none());
}

#[test]
fn non_eur_invoice_warns_and_gives_no_ready_inputs() {
    let r = read("fr/usd.cii.xml");
    assert_eq!(r.currency, "USD");
    assert_eq!(codes(&r), ["currency-not-eur"]);
    assert!(
        r.late_fees_input.is_none() && r.letter_invoice.is_none() && r.dunning_invoice.is_none()
    );
}

// ---- hostile and malformed inputs ----

fn check(e: relance::Error, code: &str, field: Option<&str>) {
    assert_eq!((e.code(), e.field()), (code, field), "{e}");
}

#[test]
fn hostile_xml_is_refused() {
    check(
        err(&sample("hostile/billion-laughs.xml")),
        "dtd-not-allowed",
        Some("DOCTYPE"),
    );
    check(
        err(&sample("hostile/external-entity.xml")),
        "dtd-not-allowed",
        Some("DOCTYPE"),
    );
    check(
        err(&sample("hostile/undeclared-entity.xml")),
        "invalid-xml",
        Some("Invoice.ID"),
    );
    check(
        err(&sample("hostile/order-not-invoice.xml")),
        "not-an-invoice",
        Some("Order"),
    );
    let deep = "<a>".repeat(10_000) + &"</a>".repeat(10_000);
    let e = err_xml(&deep);
    assert_eq!(e.code(), "document-too-large");
    assert_eq!(e.field().map(|f| f.split('.').count()), Some(64));
    let big = format!("<r>{}</r>", "x".repeat(11 * 1024 * 1024));
    check(err_xml(&big), "document-too-large", None);
    check(err(b"hello, not xml"), "invalid-xml", None);
    check(err(b""), "invalid-xml", None);
    check(err(&[0xff, 0xfe, 0x3c, 0x00]), "invalid-xml", None);
    check(
        err_xml("<Invoice xmlns=\"urn:x\"/>"),
        "not-an-invoice",
        Some("Invoice"),
    );
}

#[test]
fn malformed_fields_name_their_element() {
    let base = text("fr/b2b-siren.cii.xml");
    let no_number = base.replace("<ram:ID>FA-2026-0912</ram:ID>", "");
    check(
        err_xml(&no_number),
        "missing-field",
        Some("CrossIndustryInvoice.ExchangedDocument.ID"),
    );
    let bad_date = base.replace("20260915", "20260931");
    check(
        err_xml(&bad_date),
        "invalid-date",
        Some("CrossIndustryInvoice.ExchangedDocument.IssueDateTime.DateTimeString"),
    );
    let bad_amount = base.replace(
        "<ram:DuePayableAmount>1200.00</ram:DuePayableAmount>",
        "<ram:DuePayableAmount>1 200,00</ram:DuePayableAmount>",
    );
    check(
        err_xml(&bad_amount),
        "invalid-amount",
        Some("CrossIndustryInvoice.SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement.SpecifiedTradeSettlementHeaderMonetarySummation.DuePayableAmount"),
    );
    let no_amount = base.replace("<ram:DuePayableAmount>1200.00</ram:DuePayableAmount>", "");
    check(
        err_xml(&no_amount),
        "missing-field",
        Some("CrossIndustryInvoice.SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement.SpecifiedTradeSettlementHeaderMonetarySummation.DuePayableAmount"),
    );
    let no_buyer = base.replace("<ram:Name>Boulangerie Martin SAS</ram:Name>", "");
    check(
        err_xml(&no_buyer),
        "missing-field",
        Some("CrossIndustryInvoice.SupplyChainTradeTransaction.ApplicableHeaderTradeAgreement.BuyerTradeParty.Name"),
    );
    let ubl = text("fr/terms-only.ubl.xml").replace("2026-03-10", "10/03/2026");
    check(err_xml(&ubl), "invalid-date", Some("Invoice.IssueDate"));
    let none = read_invoice(&ReadInvoiceInput::default()).unwrap_err();
    check(none, "missing-field", Some("xml"));
    let both = read_invoice(&ReadInvoiceInput {
        xml: Some(base.clone()),
        pdf: Some(Vec::new()),
        lang: None,
    })
    .unwrap_err();
    check(both, "inconsistent-input", Some("pdf"));
}

// ---- PDFs built here ----

/// A PDF with the given objects (bodies), numbered from 1, and a trailer.
fn pdf(objects: &[Vec<u8>], trailer: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    for (i, body) in objects.iter().enumerate() {
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    out.extend_from_slice(format!("trailer\n<< {trailer} >>\n%%EOF\n").as_bytes());
    out
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut v = format!("<< {dict} >>\nstream\n").into_bytes();
    v.extend_from_slice(data);
    v.extend_from_slice(b"\nendstream");
    v
}

#[test]
fn pdf_without_embedded_invoice() {
    let plain = pdf(
        &[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Count 0 /Kids [] >>".to_vec(),
        ],
        "/Root 1 0 R",
    );
    check(err(&plain), "no-embedded-invoice", None);
    let encrypted = pdf(
        &[b"<< /Type /Catalog >>".to_vec()],
        "/Root 1 0 R /Encrypt << /Filter /Standard >>",
    );
    check(err(&encrypted), "unsupported-pdf", None);
}

#[test]
fn pdf_with_filespec_indirect_length_and_flate() {
    let xml = sample("fr/b2b-siren.cii.xml");
    let z = miniz_oxide::deflate::compress_to_vec_zlib(&xml, 6);
    let objects = vec![
        b"<< /Type /Catalog /Names << /EmbeddedFiles << /Names [ (factur-x.xml) 2 0 R ] >> >> >>".to_vec(),
        b"<< /Type /Filespec /F (factur\\055x.xml) /UF <FEFF006600610063007400750072002D0078002E0078006D006C> /EF << /F 3 0 R >> >>".to_vec(),
        stream("/Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length 4 0 R", &z),
        z.len().to_string().into_bytes(),
    ];
    let r = read_file(&pdf(&objects, "/Root 1 0 R"), Lang::En).unwrap();
    assert_eq!(r.number, "FA-2026-0912");
    assert_eq!(r.container, Container::Pdf);
    assert_eq!(codes(&r), Vec::<&str>::new());
}

#[test]
fn pdf_without_filespec_is_scanned() {
    // As when the file specification sits in a compressed object stream: only the embedded
    // file's stream is visible.
    let xml = sample("fr/b2b-siren.cii.xml");
    let z = miniz_oxide::deflate::compress_to_vec_zlib(&xml, 6);
    let objects = vec![
        b"<< /Type /Catalog >>".to_vec(),
        stream("/Filter /FlateDecode /Length 1", b"not flate"),
        stream(
            &format!(
                "/Type /EmbeddedFile /Filter [ /FlateDecode ] /Length {}",
                z.len()
            ),
            &z,
        ),
    ];
    let r = read_file(&pdf(&objects, "/Root 1 0 R"), Lang::Fr).unwrap();
    assert_eq!(r.number, "FA-2026-0912");
    assert_eq!(codes(&r), ["embedded-file-found-by-scan"]);
    assert!(r.warnings[0]
        .message
        .starts_with("Aucune spécification de fichier"));
}

#[test]
fn pdf_inflate_bomb_is_bounded() {
    let zeros = vec![b' '; 11 * 1024 * 1024];
    let z = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 9);
    assert!(z.len() < 100_000);
    let objects = vec![
        b"<< /Type /Filespec /F (factur-x.xml) /EF << /F 2 0 R >> >>".to_vec(),
        stream(
            &format!(
                "/Type /EmbeddedFile /Filter /FlateDecode /Length {}",
                z.len()
            ),
            &z,
        ),
    ];
    check(err(&pdf(&objects, "")), "document-too-large", None);
    let lzw = vec![
        b"<< /Type /Filespec /F (factur-x.xml) /EF << /F 2 0 R >> >>".to_vec(),
        stream("/Type /EmbeddedFile /Filter /LZWDecode /Length 3", b"abc"),
    ];
    check(err(&pdf(&lzw, "")), "unsupported-pdf", None);
}

#[test]
fn truncated_and_mangled_inputs_never_panic() {
    let samples = [
        sample("facturx-akretion-en16931.pdf"),
        sample("fr/b2b-siren.cii.xml"),
        sample("en16931-ubl-example1.xml"),
    ];
    for s in &samples {
        for cut in (0..s.len()).step_by(s.len() / 97 + 1) {
            let _ = read_file(&s[..cut], Lang::Fr);
        }
        let mut flipped = s.clone();
        for i in (0..flipped.len()).step_by(flipped.len() / 61 + 1) {
            flipped[i] ^= 0x5a;
            let _ = read_file(&flipped, Lang::En);
        }
    }
}

#[test]
fn warnings_and_reason_are_french_by_default_and_english_with_lang_en() {
    let xml = text("fr/terms-only.ubl.xml");
    let read_in = |lang: Option<Lang>| {
        read_invoice(&ReadInvoiceInput {
            xml: Some(xml.clone()),
            pdf: None,
            lang,
        })
        .unwrap()
    };
    let message = |r: &ReadInvoiceResult, code: &str| {
        r.warnings
            .iter()
            .find(|w| w.code == code)
            .map(|w| w.message.clone())
            .unwrap_or_else(|| panic!("no {code}"))
    };
    for r in [read_in(None), read_in(Some(Lang::Fr))] {
        let m = message(&r, "due-date-from-terms");
        assert!(m.contains("relance a retenu le 30\u{a0}avril 2026"), "{m}");
        assert!(m.contains("45 jours fin de mois, lecture A"), "{m}");
        assert!(m.contains("le 15\u{a0}mai 2026"), "{m}");
        let m = message(&r, "late-payment-mentions-missing");
        assert!(
            m.contains("ne mentionne pas l'indemnité forfaitaire de 40\u{a0}€"),
            "{m}"
        );
        assert!(m.contains("article L441-9 du Code de commerce"), "{m}");
        assert!(
            r.regime_reason
                .starts_with("fr-b2b : l'acheteur est identifié par SIRET 55210055400013"),
            "{}",
            r.regime_reason
        );
    }
    let r = read_in(Some(Lang::En));
    let m = message(&r, "due-date-from-terms");
    assert!(m.contains("; 30\u{a0}April 2026 was computed"), "{m}");
    assert!(r
        .regime_reason
        .starts_with("fr-b2b: the buyer is identified by"));
    // Errors carry both languages.
    let e = err_xml(&xml.replace(">600.00</cbc:PayableAmount>", ">600,00</cbc:PayableAmount>"));
    assert!(
        e.message_in(Lang::Fr)
            .starts_with("le montant à payer (BT-115) `600,00` n'est pas un montant décimal"),
        "{}",
        e.message_in(Lang::Fr)
    );
    assert!(e
        .message_in(Lang::En)
        .starts_with("the amount due (BT-115) `600,00` is not a decimal amount"));
    let e = err(b"<a></b>");
    assert!(
        e.message_in(Lang::Fr).starts_with(
            "XML mal formé (ligne 1) : la balise fermante </b> ne correspond pas à <a>"
        ),
        "{}",
        e.message_in(Lang::Fr)
    );
    assert!(e
        .message_in(Lang::En)
        .starts_with("not well-formed XML (line 1): end tag </b> does not match <a>"));
}
