//! PDF letters: a rendered letter (`renderLetter`'s `html` and `subject`) as the bytes of an
//! A4 PDF, ready to send by electronic registered mail, attach to an e-mail, or print.
//!
//! # Why the PDF is made from the rendered letter
//!
//! Each shipped wasm module must stay under 100 KB brotli. The letters module already holds
//! the whole letters engine (templates, calculators, amounts in words) at about 98 KB, so the
//! PDF writer lives in a module of its own, `relance/pdf`, which does not carry the engine: its
//! input is what `renderLetter` returns, whose `html` names every block of the letter with a
//! `relance-*` class ([`html`]). The npm entry `relance/pdf` exports `renderPdf(input)`, which
//! calls `renderLetter` of `relance/letters` and passes its result here, so the PDF says
//! exactly what the text says, and `layoutPdf({ html, title, author, date })` for a letter
//! already rendered (by an app's own templates, say).
//!
//! # What is in the file
//!
//! - A4 pages, the French business-letter layout ([`layout`]), Helvetica and Helvetica-Bold
//!   (standard fonts, WinAnsi plus five additions, a ToUnicode CMap: [`font`]), so the text is
//!   selectable and searchable and extracts exactly, `€ œ « » ’` and the no-break spaces
//!   U+00A0 and U+202F included.
//! - Metadata: `/Title` (the subject), `/Author` (the creditor), `/CreationDate` and
//!   `/ModDate` (`asOf`, as a date `D:YYYYMMDD`: relance never reads a clock), `/Lang` from the
//!   letter, `/DisplayDocTitle`.
//! - Deterministic bytes: the same input always gives the same file ([`writer`]).

mod font;
mod html;
mod layout;
mod metrics;
mod writer;

use crate::date::IsoDate;
use serde::Deserialize;
use writer::{num, text_string, Writer};

/// Input of `layoutPdf`: a letter as `renderLetter` returned it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PdfInput {
    /// `renderLetter(...).html`, unchanged.
    pub html: String,
    /// The document title: `renderLetter(...).subject`.
    pub title: String,
    /// The document author: the creditor's name.
    #[serde(default)]
    pub author: Option<String>,
    /// The letter's date (`asOf`): the creation date in the metadata.
    pub date: IsoDate,
    /// The language of error messages (default `fr`); the letter's own comes from its HTML.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// The PDF of a rendered letter.
pub fn letter_pdf(input: &PdfInput) -> crate::Result<Vec<u8>> {
    let letter = html::parse(&input.html)?;
    let pages = layout::layout(&letter)?;
    Ok(write(&letter, &pages, input))
}

fn write(letter: &html::Letter, pages: &[layout::Page], input: &PdfInput) -> Vec<u8> {
    // Object numbers, in the order they are written.
    const CATALOG: usize = 1;
    const PAGES: usize = 2;
    const REGULAR: usize = 3;
    const BOLD: usize = 4;
    const ENCODING: usize = 5;
    const TO_UNICODE: usize = 6;
    const INFO: usize = 7;
    let page_id = |i: usize| 8 + 2 * i;
    let mut w = Writer::new();

    let mut catalog =
        format!("<</Type /Catalog /Pages {PAGES} 0 R /ViewerPreferences <</DisplayDocTitle true>>");
    // The article's lang ("fr", "en") as the document's natural language (PDF 32000-1 §14.9.2).
    if !letter.lang.is_empty()
        && letter
            .lang
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-')
    {
        catalog.push_str(&format!(" /Lang ({})", letter.lang));
    }
    catalog.push_str(">>");
    w.object(catalog.as_bytes());

    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", page_id(i)))
        .collect();
    w.object(
        format!(
            "<</Type /Pages /Kids [{}] /Count {}>>",
            kids.join(" "),
            pages.len()
        )
        .as_bytes(),
    );

    for (base, face) in [
        ("Helvetica", font::Face::Regular),
        ("Helvetica-Bold", font::Face::Bold),
    ] {
        let mut body = format!("<</Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding {ENCODING} 0 R /ToUnicode {TO_UNICODE} 0 R /FirstChar 32 /LastChar 255 /Widths [").into_bytes();
        for c in 32u8..=255 {
            if c > 32 {
                body.push(b' ');
            }
            body.extend_from_slice(font::width(face, c).to_string().as_bytes());
        }
        body.extend_from_slice(b"]>>");
        w.object(&body);
    }
    w.object(
        format!(
            "<</Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences {}>>",
            font::DIFFERENCES
        )
        .as_bytes(),
    );
    w.stream("", &to_unicode());

    let mut info = b"<</Title ".to_vec();
    text_string(&mut info, input.title.trim());
    if let Some(a) = input
        .author
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        info.extend_from_slice(b" /Author ");
        text_string(&mut info, a);
    }
    let (y, m, d) = input.date.ymd();
    let date = format!("(D:{y:04}{m:02}{d:02})");
    info.extend_from_slice(format!(" /Creator (relance {v}) /Producer (relance {v}) /CreationDate {date} /ModDate {date}>>", v = crate::VERSION).as_bytes());
    w.object(&info);

    let mut media = b"[0 0 ".to_vec();
    num(&mut media, layout::PAGE_W);
    media.push(b' ');
    num(&mut media, layout::PAGE_H);
    media.push(b']');
    let media = String::from_utf8_lossy(&media).into_owned();
    for (i, page) in pages.iter().enumerate() {
        w.object(format!("<</Type /Page /Parent {PAGES} 0 R /MediaBox {media} /Resources <</Font <</F1 {REGULAR} 0 R /F2 {BOLD} 0 R>>>> /Contents {} 0 R>>", page_id(i) + 1).as_bytes());
        w.stream("", &page.content);
    }
    let _ = (CATALOG, INFO);
    w.finish(CATALOG, INFO)
}

/// The ToUnicode CMap (PDF 32000-1 §9.10.3) of the encoding: each used code to its
/// character, so extraction gives back U+00A0, U+202F, U+2212 and the rest exactly.
fn to_unicode() -> Vec<u8> {
    let mut entries = Vec::new();
    for c in 0u8..=255 {
        if let Some(u) = font::unicode(c) {
            entries.push(format!("<{c:02X}> <{:04X}>", u as u32));
        }
    }
    let mut out = String::from("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
    for chunk in entries.chunks(100) {
        out.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for e in chunk {
            out.push_str(e);
            out.push('\n');
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend");
    out.into_bytes()
}
