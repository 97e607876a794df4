//! French spacing around punctuation, applied to a whole French text after it is assembled.
//!
//! The rules of the Imprimerie nationale, as French letters are typeset:
//!
//! | before or after | space |
//! |---|---|
//! | before `:` | U+00A0 NO-BREAK SPACE |
//! | before `;` `!` `?` | U+202F NARROW NO-BREAK SPACE |
//! | after `«`, before `»` | U+00A0 |
//! | before `€` and `%` | U+00A0 (`40 €`, `12,15 %`) |
//! | after `n°` | U+00A0 (`n° F-1`) |
//!
//! Only an ordinary space (U+0020) already in the text is replaced: nothing is inserted, so a
//! URL (`https://`), a time (`14:30`) or `?` inside a link keep their form. The templates stay
//! readable with ordinary spaces, and no value, table cell or caller-supplied template can leave
//! a line that starts with `:` or `€` after a line break.

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// `text` with the ordinary spaces of the table above made non-breaking.
///
/// Works on bytes and copies the runs between replaced spaces: it runs over every French
/// letter's text and HTML, and a character-by-character rebuild was a visible part of
/// `renderLetter`'s time in wasm.
pub fn french_spacing(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut copied = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b != b' ' {
            continue;
        }
        let next = bytes.get(i + 1..).unwrap_or_default();
        let before = bytes.get(..i).unwrap_or_default();
        // Dispatch on the neighbouring bytes first: a letter has thousands of spaces and most
        // need nothing (each `starts_with` was a call at opt-level "z").
        let after_opening = match before.last() {
            Some(0xAB) => before.ends_with("«".as_bytes()),
            Some(0xB0) => before.ends_with("n°".as_bytes()),
            _ => false,
        };
        let replacement = match next.first() {
            Some(b':' | b'%') => NBSP,
            _ if after_opening => NBSP,
            Some(0xC2) if next.starts_with("»".as_bytes()) => NBSP,
            Some(0xE2) if next.starts_with("€".as_bytes()) => NBSP,
            Some(b';' | b'!' | b'?') => NNBSP,
            _ => continue,
        };
        out.push_str(text.get(copied..i).unwrap_or_default());
        out.push(replacement);
        copied = i + 1;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_become_the_typographers_ones() {
        assert_eq!(french_spacing("Objet : relance"), "Objet\u{a0}: relance");
        assert_eq!(
            french_spacing("principal ; intérêts ! Pourquoi ?"),
            "principal\u{202f}; intérêts\u{202f}! Pourquoi\u{202f}?"
        );
        assert_eq!(
            french_spacing("la mention « Bon pour accord »"),
            "la mention «\u{a0}Bon pour accord\u{a0}»"
        );
        assert_eq!(
            french_spacing("40 € et 12,15 %"),
            "40\u{a0}€ et 12,15\u{a0}%"
        );
        assert_eq!(french_spacing("facture n° F-1"), "facture n°\u{a0}F-1");
        // After « or n°, the space is a no-break space even before ; ! ? (the opening
        // mark decides), and a space at either end of the text is left alone.
        assert_eq!(french_spacing("« ; x"), "«\u{a0}; x");
        assert_eq!(french_spacing("n° ?"), "n°\u{a0}?");
        assert_eq!(french_spacing(" ; "), "\u{202f}; ");
    }

    #[test]
    fn nothing_is_inserted_or_touched_elsewhere() {
        for s in [
            "https://pay.example.fr/?id=1",
            "14:30",
            "a\u{a0}: b",
            "Madame, Monsieur,",
            "",
            "«»",
            "n°",
        ] {
            assert_eq!(french_spacing(s), s);
        }
        // Already correct text is unchanged (the pass is idempotent).
        let once = french_spacing("Objet : « n° 1 » ; 40 €");
        assert_eq!(french_spacing(&once), once);
        // Only the space is replaced; the character count is the same.
        assert_eq!(
            once.chars().count(),
            "Objet : « n° 1 » ; 40 €".chars().count()
        );
    }
}
