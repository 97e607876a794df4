//! The message templates of the wasm modules, read from JS catalogs.
//!
//! `src/messages/<file>.rs` holds every message in French and English; natively the texts are
//! compiled in. In wasm they were a fifth of each module once every message had both
//! languages (dunning: 105.8 KB brotli, over the 100 KB budget): text compresses badly among
//! code. So the `messages!` macro, in wasm, asks the file's catalog here for the template by
//! its position; each catalog is a JS snippet (`messages/<file>.js`, generated from the
//! table's `CATALOG` by `RELANCE_BLESS=1 cargo test --lib messages`, and compared with it by
//! that test) that `pkg-scripts/build` inlines into the glue of the modules that use it.

use crate::lang::Lang;
use std::sync::Mutex;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/wasm/messages/input.js")]
extern "C" {
    fn relance_input_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/input.rs` in `lang`.
#[inline(never)]
pub(crate) fn input(index: u16, lang: Lang) -> String {
    relance_input_text(index, lang == Lang::En)
}

#[wasm_bindgen(module = "/src/wasm/messages/calc.js")]
extern "C" {
    fn relance_calc_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/calc.rs` in `lang`.
#[inline(never)]
pub(crate) fn calc(index: u16, lang: Lang) -> String {
    relance_calc_text(index, lang == Lang::En)
}

#[wasm_bindgen(module = "/src/wasm/messages/dunning.js")]
extern "C" {
    fn relance_dunning_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/dunning.rs` in `lang`.
#[inline(never)]
pub(crate) fn dunning(index: u16, lang: Lang) -> String {
    relance_dunning_text(index, lang == Lang::En)
}

#[wasm_bindgen(module = "/src/wasm/messages/letters.js")]
extern "C" {
    fn relance_letters_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/letters.rs` in `lang`.
#[inline(never)]
pub(crate) fn letters(index: u16, lang: Lang) -> String {
    relance_letters_text(index, lang == Lang::En)
}

#[wasm_bindgen(module = "/src/wasm/messages/einvoice.js")]
extern "C" {
    fn relance_einvoice_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/einvoice.rs` in `lang`.
#[inline(never)]
pub(crate) fn einvoice(index: u16, lang: Lang) -> String {
    relance_einvoice_text(index, lang == Lang::En)
}

#[cfg(feature = "court-steps")]
#[wasm_bindgen(module = "/src/wasm/messages/court.js")]
extern "C" {
    fn relance_court_text(index: u16, en: bool) -> String;
}

#[cfg(feature = "court-steps")]
#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/court.rs` in `lang`.
#[inline(never)]
pub(crate) fn court(index: u16, lang: Lang) -> String {
    relance_court_text(index, lang == Lang::En)
}

#[wasm_bindgen(module = "/src/wasm/messages/pdf.js")]
extern "C" {
    fn relance_pdf_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/pdf.rs` in `lang`.
#[inline(never)]
pub(crate) fn pdf(index: u16, lang: Lang) -> String {
    relance_pdf_text(index, lang == Lang::En)
}

#[wasm_bindgen(module = "/src/wasm/messages/templates.js")]
extern "C" {
    fn relance_letter_template(name: &str) -> String;
}

/// The template files read so far: each is read from JS once and kept for the instance's
/// life (the letters' template cache holds slices of it).
static TEMPLATES: Mutex<Vec<(String, &'static str)>> = Mutex::new(Vec::new());

/// `src/letters/templates/<name>.<lang>.txt`, from the JS template catalog
/// (`messages/templates.js`, generated from the files by `RELANCE_BLESS=1 cargo test --test
/// letters`, which also checks it). An unknown name reads as an empty file.
#[allow(dead_code)] // the letters module only
pub(crate) fn letter_template(name: &str, lang: Lang) -> &'static str {
    let key = format!("{name}.{}", if lang == Lang::En { "en" } else { "fr" });
    let Ok(mut cache) = TEMPLATES.lock() else {
        return "";
    };
    if let Some((_, text)) = cache.iter().find(|(k, _)| *k == key) {
        return text;
    }
    let text: &'static str = Box::leak(relance_letter_template(&key).into_boxed_str());
    cache.push((key, text));
    text
}
