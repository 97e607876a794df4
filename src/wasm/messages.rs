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

/// The templates of one catalog read so far, for the instance's life: a template crosses
/// from JS once, not on every message (`lateFees` states its rule and one basis per rate
/// line on each call; each crossing was a string copy both ways).
struct Catalog(Mutex<Vec<Option<&'static str>>>);

impl Catalog {
    const fn new() -> Self {
        Catalog(Mutex::new(Vec::new()))
    }

    #[inline(never)]
    fn get(&self, index: u16, lang: Lang, read: fn(u16, bool) -> String) -> &'static str {
        let slot = usize::from(index) * 2 + usize::from(lang == Lang::En);
        // Nothing panics while the lock is held, so a poisoned lock still holds good data.
        let mut cache = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Some(text)) = cache.get(slot) {
            return text;
        }
        // At most one leak per template: the catalogs are fixed tables.
        let text: &'static str = Box::leak(read(index, lang == Lang::En).into_boxed_str());
        if cache.len() <= slot {
            cache.resize(slot + 1, None);
        }
        cache[slot] = Some(text);
        text
    }
}

#[wasm_bindgen(module = "/src/wasm/messages/input.js")]
extern "C" {
    fn relance_input_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/input.rs` in `lang`.
pub(crate) fn input(index: u16, lang: Lang) -> &'static str {
    static CACHE: Catalog = Catalog::new();
    CACHE.get(index, lang, relance_input_text)
}

#[wasm_bindgen(module = "/src/wasm/messages/calc.js")]
extern "C" {
    fn relance_calc_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/calc.rs` in `lang`.
pub(crate) fn calc(index: u16, lang: Lang) -> &'static str {
    static CACHE: Catalog = Catalog::new();
    CACHE.get(index, lang, relance_calc_text)
}

#[wasm_bindgen(module = "/src/wasm/messages/dunning.js")]
extern "C" {
    fn relance_dunning_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/dunning.rs` in `lang`.
pub(crate) fn dunning(index: u16, lang: Lang) -> &'static str {
    static CACHE: Catalog = Catalog::new();
    CACHE.get(index, lang, relance_dunning_text)
}

#[wasm_bindgen(module = "/src/wasm/messages/letters.js")]
extern "C" {
    fn relance_letters_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/letters.rs` in `lang`.
pub(crate) fn letters(index: u16, lang: Lang) -> &'static str {
    static CACHE: Catalog = Catalog::new();
    CACHE.get(index, lang, relance_letters_text)
}

#[wasm_bindgen(module = "/src/wasm/messages/einvoice.js")]
extern "C" {
    fn relance_einvoice_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/einvoice.rs` in `lang`.
pub(crate) fn einvoice(index: u16, lang: Lang) -> &'static str {
    static CACHE: Catalog = Catalog::new();
    CACHE.get(index, lang, relance_einvoice_text)
}

#[cfg(feature = "court-steps")]
#[wasm_bindgen(module = "/src/wasm/messages/court.js")]
extern "C" {
    fn relance_court_text(index: u16, en: bool) -> String;
}

#[cfg(feature = "court-steps")]
#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/court.rs` in `lang`.
pub(crate) fn court(index: u16, lang: Lang) -> &'static str {
    static CACHE: Catalog = Catalog::new();
    CACHE.get(index, lang, relance_court_text)
}

#[wasm_bindgen(module = "/src/wasm/messages/pdf.js")]
extern "C" {
    fn relance_pdf_text(index: u16, en: bool) -> String;
}

#[allow(dead_code)] // each module uses the catalogs of its own areas
/// Template `index` of `src/messages/pdf.rs` in `lang`.
pub(crate) fn pdf(index: u16, lang: Lang) -> &'static str {
    static CACHE: Catalog = Catalog::new();
    CACHE.get(index, lang, relance_pdf_text)
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
