//! The fonts of the PDFs: the standard Helvetica and Helvetica-Bold, never embedded, with one
//! fixed single-byte encoding shared by both.
//!
//! Why the standard fonts: every PDF reader has them (PDF 32000-1 §9.6.2.2), so a letter
//! costs no font bytes and the wasm module carries only their widths (512 numbers), where an
//! embedded open-licence font (its subset, and the subsetter) would weigh several times the
//! whole module. Their WinAnsiEncoding covers every character the French and English
//! letters use (`€ œ « » ’ – é à ç …` and U+00A0), except two, which the encoding adds
//! through `/Differences` on codes WinAnsi leaves unused:
//!
//! | code | glyph | Unicode (ToUnicode) | why |
//! |---|---|---|---|
//! | 0x81 | `space`, 167/1000 em wide | U+202F NARROW NO-BREAK SPACE | before `; ! ?` and between thousands |
//! | 0x8D | `minus` | U+2212 MINUS SIGN | negative amounts (`−7,19 €`) |
//! | 0x8F, 0x90 | `Lslash`, `lslash` | U+0141, U+0142 | Polish names (in the fonts' character set) |
//! | 0x9D | `dotlessi` | U+0131 | Turkish names |
//!
//! A `/ToUnicode` CMap maps every code back to its character, so a reader extracts, copies and
//! searches exactly the letter's text, no-break spaces included. A character outside this set
//! (a Chinese name, a combining accent) is refused with `unsupported-character` rather than
//! drawn as something else.

use super::metrics::{BOLD, REGULAR};

/// Which of the two fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    Regular,
    Bold,
}

impl Face {
    /// The resource name in the content streams.
    pub(crate) fn resource(self) -> &'static str {
        match self {
            Face::Regular => "F1",
            Face::Bold => "F2",
        }
    }
}

/// Unicode of the codes 0x80–0x9F: Windows-1252's, plus the five additions (0 = unused).
const HIGH: [u16; 32] = [
    0x20AC, 0x202F, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x2212, 0x017D, 0x0141, // 0x88
    0x0142, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0131, 0x017E, 0x0178, // 0x98
];

/// The `/Differences` of the encoding dictionary (see the module table).
pub(crate) const DIFFERENCES: &str = "[129 /space 141 /minus 143 /Lslash /lslash 157 /dotlessi]";

/// The code of a character, if the fonts can draw it.
pub(crate) fn code(c: char) -> Option<u8> {
    let u = c as u32;
    match u {
        0x20..=0x7E | 0xA0..=0xFF => u8::try_from(u).ok(),
        _ => HIGH
            .iter()
            .position(|&h| u32::from(h) == u)
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// The character a code stands for (for the ToUnicode CMap), if the code is used.
pub(crate) fn unicode(code: u8) -> Option<char> {
    match code {
        0x20..=0x7E | 0xA0..=0xFF => Some(char::from(code)),
        0x80..=0x9F => HIGH
            .get(usize::from(code - 0x80))
            .and_then(|&u| char::from_u32(u32::from(u)))
            .filter(|_| width(Face::Regular, code) > 0),
        _ => None,
    }
}

/// Advance width of a code, in thousandths of an em.
pub(crate) fn width(face: Face, code: u8) -> u16 {
    let table = match face {
        Face::Regular => &REGULAR,
        Face::Bold => &BOLD,
    };
    table[usize::from(code)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_the_letters_use_has_a_glyph() {
        for c in
            "€œŒ«»’‘“”–—…°×éèêëàâäçîïôöùûüÿÉÈÀÇ\u{a0}\u{202f}\u{2212}ŁłıabcXYZ09:;!?%&@".chars()
        {
            let code = code(c).unwrap_or_else(|| panic!("{c:?} has no code"));
            assert!(width(Face::Regular, code) > 0, "{c:?}");
            assert!(width(Face::Bold, code) > 0, "{c:?}");
            assert_eq!(unicode(code), Some(c), "{c:?} does not extract back");
        }
    }

    #[test]
    fn characters_outside_the_fonts_have_no_code() {
        for c in [
            '\u{7f}', '\u{81}', '\t', '\n', '中', '\u{301}', 'Ő', '\u{2009}',
        ] {
            assert_eq!(code(c), None, "{c:?}");
        }
        // Unused codes extract to nothing.
        assert_eq!(unicode(0x7F), None);
        assert_eq!(unicode(0x1F), None);
    }

    #[test]
    fn spaces_have_their_widths() {
        let w = |c| code(c).map(|k| width(Face::Regular, k));
        assert_eq!(w(' '), Some(278));
        assert_eq!(w('\u{a0}'), Some(278));
        assert_eq!(w('\u{202f}'), Some(167));
        assert_eq!(w('€'), Some(556));
    }
}
