//! `letter_pdf`: the PDF of every case of `tests/data/pdf/cases.json` (each kind × language ×
//! channel that makes a document), its structure, determinism and errors. The independent
//! checks — `qpdf --check`, `pdftotext` against the letter's text, page 1 as PNG — run on the
//! built package in `tests/js/pdf.test.mjs`. `RELANCE_PDF_OUT=dir cargo test --test pdf`
//! writes the files there to look at.

use relance::letters::{render_letter, LetterInput, LetterResult};
use relance::pdf::{letter_pdf, PdfInput};
use serde_json::Value;

fn cases() -> Vec<(String, Value)> {
    let path = format!("{}/tests/data/pdf/cases.json", env!("CARGO_MANIFEST_DIR"));
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        // The court steps exist with the `court-steps` feature only.
        .filter(|c| cfg!(feature = "court-steps") || c["feature"].is_null())
        .map(|c| (c["name"].as_str().unwrap().to_owned(), c["input"].clone()))
        .collect()
}

fn letter(v: &Value) -> (LetterInput, LetterResult) {
    let input: LetterInput = relance::error::deserialize(v.clone()).unwrap();
    let r = render_letter(&input).unwrap();
    (input, r)
}

fn pdf_input(i: &LetterInput, r: &LetterResult) -> PdfInput {
    PdfInput {
        html: r.html.clone(),
        title: r.subject.clone(),
        author: Some(i.creditor.name.clone()),
        date: i.as_of,
        lang: None,
    }
}

fn pages(pdf: &[u8]) -> usize {
    String::from_utf8_lossy(pdf).matches("/Type /Page ").count()
}

#[test]
fn every_case_makes_a_deterministic_pdf() {
    let out = std::env::var("RELANCE_PDF_OUT").ok();
    let cases = cases();
    assert!(cases.len() >= 40, "{}", cases.len());
    for (name, v) in &cases {
        let (i, r) = letter(v);
        let input = pdf_input(&i, &r);
        let a = letter_pdf(&input).unwrap_or_else(|e| panic!("{name}: {e}"));
        let b = letter_pdf(&input).unwrap();
        assert_eq!(a, b, "{name}: not deterministic");
        assert!(a.starts_with(b"%PDF-1.7\n"), "{name}");
        assert!(a.ends_with(b"%%EOF\n"), "{name}");
        let s = String::from_utf8_lossy(&a);
        assert!(s.contains("/CreationDate (D:2026"), "{name}");
        assert!(s.contains("/BaseFont /Helvetica "), "{name}");
        let n = pages(&a);
        assert!((1..=4).contains(&n), "{name}: {n} pages");
        if n > 1 {
            assert!(
                s.contains(&format!("({n}/{n})")) || s.contains("Tj"),
                "{name}"
            );
        }
        if let Some(dir) = &out {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(format!("{dir}/{name}.pdf"), &a).unwrap();
            std::fs::write(format!("{dir}/{name}.txt"), &r.text).unwrap();
        }
    }
}

#[test]
fn metadata_comes_from_the_input_not_a_clock() {
    let (_, v) = &cases()[0];
    let (i, r) = letter(v);
    let mut input = pdf_input(&i, &r);
    let a = letter_pdf(&input).unwrap();
    input.date = relance::IsoDate::parse("2027-01-02").unwrap();
    let b = letter_pdf(&input).unwrap();
    assert_ne!(a, b);
    assert!(
        String::from_utf8_lossy(&b).contains("/CreationDate (D:20270102) /ModDate (D:20270102)")
    );
    // Title and author are UTF-16BE text strings.
    let s = String::from_utf8_lossy(&a);
    assert!(s.contains("/Author <FEFF00410074"), "{s:.300}"); // "At…"
}

#[test]
fn bad_html_and_characters_are_relance_errors() {
    let (_, v) = &cases()[0];
    let (i, r) = letter(v);
    let mut input = pdf_input(&i, &r);
    input.html = input
        .html
        .replace("</article>", "<script></script></article>");
    let e = letter_pdf(&input).unwrap_err();
    assert_eq!((e.code(), e.field()), ("inconsistent-input", Some("html")));
    let mut v2 = v.clone();
    v2["debtor"]["name"] = "北京公司".into();
    let (i, r) = letter(&v2);
    let e = letter_pdf(&pdf_input(&i, &r)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("unsupported-character", Some("html"))
    );
    let mut v3 = v.clone();
    v3["channel"] = "sms".into();
    let (i, r) = letter(&v3);
    let e = letter_pdf(&pdf_input(&i, &r)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("inconsistent-input", Some("channel"))
    );
}
