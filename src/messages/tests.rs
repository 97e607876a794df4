//! Every message in both languages: present, with the same arguments, and French that is
//! French (a scan for common English words) and English that is English.

use super::*;

/// (name, French, English), as each file's `CATALOG` lists them.
type Catalog = &'static [(&'static str, &'static str, &'static str)];

/// Every message file with its catalog (the files the wasm modules read from JS).
fn catalogs() -> Vec<(&'static str, Catalog)> {
    #[allow(unused_mut)]
    let mut files = vec![
        ("input", input::CATALOG),
        ("calc", calc::CATALOG),
        ("dunning", dunning::CATALOG),
        ("letters", letters::CATALOG),
        ("einvoice", einvoice::CATALOG),
        ("pdf", pdf::CATALOG),
    ];
    #[cfg(feature = "court-steps")]
    files.push(("court", court::CATALOG));
    files
}

fn all() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    let mut files = catalogs();
    files.push(("calc (static)", calc::STATIC_CATALOG));
    files
        .iter()
        .flat_map(|(file, list)| list.iter().map(move |(n, fr, en)| (*file, *n, *fr, *en)))
        .collect()
}

/// The `{name}` arguments a text uses, sorted.
fn arguments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('{') {
        rest = &rest[i + 1..];
        if let Some(stripped) = rest.strip_prefix('{') {
            rest = stripped;
            continue;
        }
        if let Some(j) = rest.find('}') {
            out.push(rest[..j].split(':').next().unwrap_or("").to_owned());
            rest = &rest[j + 1..];
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Words that appear in English sentences and never in correct French ones (nor in the
/// article numbers or codes a French message quotes).
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "not",
    "with",
    "was",
    "were",
    "has",
    "have",
    "been",
    "should",
    "must",
    "and",
    "of",
    "for",
    "from",
    "to",
    "when",
    "which",
    "this",
    "that",
    "no",
    "yet",
    "invoice",
    "invoices",
    "payment",
    "payments",
    "amount",
    "rate",
    "rates",
    "day",
    "days",
    "expected",
    "field",
    "unknown",
    "missing",
    "before",
    "after",
    "between",
    "only",
    "than",
    "at",
    "by",
    "it",
    "its",
    "be",
    "can",
    "cannot",
    "any",
    "debtor",
    "creditor",
    "notice",
    "reminder",
    "interest",
    "penalties",
    "step",
    "until",
];

/// Words of French sentences that never appear in correct English ones.
const FRENCH: &[&str] = &[
    "le",
    "la",
    "les",
    "des",
    "du",
    "est",
    "sont",
    "une",
    "un",
    "pas",
    "avec",
    "pour",
    "dans",
    "sur",
    "facture",
    "factures",
    "paiement",
    "échéance",
    "montant",
    "taux",
    "jours",
    "jour",
    "créancier",
    "débiteur",
    "doit",
    "été",
    "aucun",
    "aucune",
    "avant",
    "après",
    "entre",
];

fn words(text: &str) -> Vec<String> {
    // Arguments and quoted names (`field`) are not prose.
    let mut prose = String::new();
    let mut depth = 0;
    let mut code = false;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            '`' => code = !code,
            _ if depth == 0 && !code => prose.push(c),
            _ => {}
        }
    }
    prose
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

#[test]
fn every_message_has_both_languages_with_the_same_arguments() {
    let list = all();
    assert!(list.len() > 300, "only {} messages", list.len());
    let mut names = std::collections::HashSet::new();
    for (file, name, fr, en) in &list {
        assert!(names.insert((*file, *name)), "{file}::{name} twice");
        assert!(!fr.trim().is_empty(), "{file}::{name}: no French");
        assert!(!en.trim().is_empty(), "{file}::{name}: no English");
        assert_eq!(
            arguments(fr),
            arguments(en),
            "{file}::{name}: the two texts do not use the same arguments"
        );
    }
}

#[test]
fn every_french_message_is_free_of_english_words() {
    let mut bad = Vec::new();
    for (file, name, fr, _) in all() {
        for w in words(fr) {
            if ENGLISH.contains(&w.as_str()) {
                bad.push(format!("{file}::{name}: `{w}` in « {fr} »"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "English in French messages:\n{}",
        bad.join("\n")
    );
}

#[test]
fn every_english_message_is_free_of_french_words() {
    let mut bad = Vec::new();
    for (file, name, _, en) in all() {
        for w in words(en) {
            if FRENCH.contains(&w.as_str()) {
                bad.push(format!("{file}::{name}: `{w}` in \"{en}\""));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "French in English messages:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_scan_catches_an_english_sentence() {
    // The check itself must be able to fail.
    let w = words("le paiement is not due");
    assert!(w.iter().any(|w| ENGLISH.contains(&w.as_str())));
    assert!(words("`dueDate` {date}").is_empty());
}

#[test]
fn arguments_are_localised() {
    let d = IsoDate::parse("2026-07-01").ok();
    let d = d.map(|d| d.localize(Lang::Fr));
    assert_eq!(d.as_deref(), Some("1er\u{a0}juillet 2026"));
    let m = Money(rust_decimal::Decimal::new(123456, 2));
    assert_eq!(m.localize(Lang::Fr), "1\u{202f}234,56\u{a0}€");
    assert_eq!(m.localize(Lang::En), "€1,234.56");
}

/// The JS catalog the wasm modules read a file's templates from (src/wasm/messages.rs).
fn catalog_js(file: &str, list: Catalog) -> String {
    let mut out = format!(
        "// The templates of src/messages/{file}.rs for the wasm modules, in table order.\n\
         // Generated by `RELANCE_BLESS=1 cargo test --lib messages`: do not edit.\n\
         const T = [\n"
    );
    for (name, fr, en) in list {
        let fr = serde_json::to_string(fr).unwrap_or_default();
        let en = serde_json::to_string(en).unwrap_or_default();
        out.push_str(&format!("  [{fr}, {en}], // {name}\n"));
    }
    out.push_str(&format!(
        "];\nexport function relance_{file}_text(index, en) {{\n  const t = T[index];\n  return t === undefined ? \"\" : t[en ? 1 : 0];\n}}\n"
    ));
    out
}

#[test]
fn the_wasm_catalogs_are_the_tables() {
    let files = catalogs();
    let bless = std::env::var_os("RELANCE_BLESS").is_some();
    for (file, list) in files {
        let path = format!("{}/src/wasm/messages/{file}.js", env!("CARGO_MANIFEST_DIR"));
        let want = catalog_js(file, list);
        if bless {
            std::fs::write(&path, &want).unwrap_or_else(|e| panic!("{path}: {e}"));
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{path} is not the table of src/messages/{file}.rs: run RELANCE_BLESS=1 cargo test --lib messages"
        );
    }
}

#[test]
fn fill_writes_arguments_and_keeps_braces() {
    let n: u32 = 3;
    assert_eq!(
        fill(Lang::Fr, "{n} jours {{ x }} {inconnu}", &[("n", &n)]),
        "3 jours { x } {inconnu}"
    );
    assert_eq!(fill(Lang::En, "}} {", &[]), "} {");
}
