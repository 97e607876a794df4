//! SMS length: which encoding a text needs and how many parts it is billed as.
//!
//! An SMS is sent in the GSM 7-bit default alphabet (3GPP TS 23.038 §6.2.1, formerly
//! GSM 03.38) when every character is in its basic table or its extension table, otherwise in
//! UCS-2. The tables used here, in code order:
//!
//! ```text
//! basic      0x00 @ £ $ ¥ è é ù ì ò Ç LF Ø ø CR Å å
//!            0x10 Δ _ Φ Γ Λ Ω Π Ψ Σ Θ Ξ (ESC) Æ æ ß É
//!            0x20 space ! " # ¤ % & ' ( ) * + , - . /
//!            0x30 0–9 : ; < = > ?
//!            0x40 ¡ A–O        0x50 P–Z Ä Ö Ñ Ü §
//!            0x60 ¿ a–o        0x70 p–z ä ö ñ ü à
//! extension  (ESC +) FF ^ { } \ [ ~ ] | €      — two septets each
//! ```
//!
//! Consequences for French: é è ù à and capital É Ç are GSM-7, but **ç (lower case) is not**
//! (0x09 is the capital Ç in the standard, even though some handsets show it as ç; treating ç
//! as GSM could print "reÇu"), nor are â ê î ô û ë ï œ, the capitals À È Ê Ô (of the accented
//! capitals only É Ç Ä Ö Ñ Ü Å Ø Æ are), the typographic apostrophe ’, « », the backtick, tab,
//! U+00A0 and U+202F. One such character switches the whole message to UCS-2.
//!
//! Lengths: GSM-7 counts septets (extension characters count 2); UCS-2 counts UTF-16 code
//! units (a character outside the Basic Multilingual Plane, such as an emoji, counts 2).
//! Parts: one part holds 160 septets or 70 UCS-2 units; a longer message is split into parts of
//! 153 septets or 67 units (the rest carries the concatenation header), so
//! `parts = ceil(length / 153)` or `ceil(length / 67)`. This is the usual estimate; a real
//! encoder never splits an escape pair or a surrogate pair across two parts, which can add
//! a part in rare cases. An empty text has 0 parts.

use serde::Serialize;

/// The GSM-7 basic table without ESC (0x1B): 127 characters.
const GSM7_BASIC: &str = concat!(
    "@£$¥èéùìòÇ\nØø\rÅå",
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ",
    " !\"#¤%&'()*+,-./",
    "0123456789:;<=>?",
    "¡ABCDEFGHIJKLMNO",
    "PQRSTUVWXYZÄÖÑÜ§",
    "¿abcdefghijklmno",
    "pqrstuvwxyzäöñüà",
);

/// The GSM-7 extension table (each sent as ESC + code): form feed ^ { } \ [ ~ ] | €.
const GSM7_EXTENSION: &str = "\u{c}^{}\\[~]|€";

const GSM7_SINGLE: usize = 160;
const GSM7_MULTI: usize = 153;
const UCS2_SINGLE: usize = 70;
const UCS2_MULTI: usize = 67;

/// The encoding an SMS needs: `"gsm-7"` or `"ucs-2"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum SmsEncoding {
    #[serde(rename = "gsm-7")]
    Gsm7,
    #[serde(rename = "ucs-2")]
    Ucs2,
}

/// What [`gsm7_info`] reports about a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SmsInfo {
    pub encoding: SmsEncoding,
    /// GSM-7 septets (extension characters count 2) or UCS-2 (UTF-16) code units.
    pub length: u32,
    /// Number of SMS the text is sent as (0 for an empty text).
    pub parts: u32,
}

/// Encoding, length and number of parts of `text` sent as an SMS.
pub fn gsm7_info(text: &str) -> SmsInfo {
    let septets = text.chars().try_fold(0usize, |acc, ch| {
        if GSM7_BASIC.contains(ch) {
            Some(acc.saturating_add(1))
        } else if GSM7_EXTENSION.contains(ch) {
            Some(acc.saturating_add(2))
        } else {
            None
        }
    });
    let (encoding, length, single, multi) = match septets {
        Some(n) => (SmsEncoding::Gsm7, n, GSM7_SINGLE, GSM7_MULTI),
        None => (
            SmsEncoding::Ucs2,
            text.chars()
                .fold(0usize, |acc, ch| acc.saturating_add(ch.len_utf16())),
            UCS2_SINGLE,
            UCS2_MULTI,
        ),
    };
    let parts = match length {
        0 => 0,
        n if n <= single => 1,
        n => n.div_ceil(multi),
    };
    SmsInfo {
        encoding,
        length: u32::try_from(length).unwrap_or(u32::MAX),
        parts: u32::try_from(parts).unwrap_or(u32::MAX),
    }
}

/// Replaces the typographic characters this module's formatters and French texts use by their
/// closest GSM-7 equivalent, so that an SMS is not sent in UCS-2 because of them alone:
/// no-break, narrow no-break, thin and figure spaces → space; U+2212 minus, hyphen, non-breaking
/// hyphen, en and em dashes → `-`; ‘ ’ → `'`; “ ” « » → `"`; … → `...`. Letters (ç, ê, œ…)
/// are left alone: respelling words is the author's decision.
pub fn fold_for_sms(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => out.push(' '),
            '\u{2212}' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => out.push('-'),
            '\u{2018}' | '\u{2019}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '«' | '»' => out.push('"'),
            '\u{2026}' => out.push_str("..."),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn tables_have_the_standard_sizes() {
        let basic: HashSet<char> = GSM7_BASIC.chars().collect();
        assert_eq!(GSM7_BASIC.chars().count(), 127);
        assert_eq!(basic.len(), 127, "no duplicate in the basic table");
        let ext: HashSet<char> = GSM7_EXTENSION.chars().collect();
        assert_eq!(ext.len(), 10);
        assert!(basic.is_disjoint(&ext));
        // Printable ASCII missing from the basic table: exactly the extension characters and
        // the backtick.
        let missing: String = (' '..='~').filter(|c| !basic.contains(c)).collect();
        assert_eq!(missing, "[\\]^`{|}~");
    }

    #[test]
    fn french_letters_on_each_side() {
        for c in ['é', 'è', 'ù', 'à', 'É', 'Ç', 'ì', 'ò', 'ü', 'Ü', 'ñ', 'ß'] {
            assert_eq!(gsm7_info(&c.to_string()).encoding, SmsEncoding::Gsm7, "{c}");
        }
        for c in [
            'ç', 'ê', 'â', 'î', 'ô', 'û', 'ë', 'ï', 'œ', 'À', 'È', '’', '«', '`', '\t', '\u{a0}',
        ] {
            assert_eq!(
                gsm7_info(&c.to_string()).encoding,
                SmsEncoding::Ucs2,
                "{c:?}"
            );
        }
    }

    #[test]
    fn empty_text_has_no_part() {
        assert_eq!(
            gsm7_info(""),
            SmsInfo {
                encoding: SmsEncoding::Gsm7,
                length: 0,
                parts: 0
            }
        );
    }

    #[test]
    fn serializes_with_kebab_encoding() {
        let json = serde_json::to_string(&gsm7_info("€")).expect("json");
        assert_eq!(json, r#"{"encoding":"gsm-7","length":2,"parts":1}"#);
        let json = serde_json::to_string(&gsm7_info("ç")).expect("json");
        assert_eq!(json, r#"{"encoding":"ucs-2","length":1,"parts":1}"#);
    }

    #[test]
    fn folding_keeps_letters() {
        assert_eq!(
            fold_for_sms("\u{2212}1\u{202f}234,56\u{a0}€ – l’échéance… «\u{a0}reçu\u{a0}»"),
            "-1 234,56 € - l'échéance... \" reçu \""
        );
    }
}
