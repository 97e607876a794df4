//! Numbers and euro amounts in words, as written on a cheque or in a mise en demeure
//! ("la somme de mille deux cent trente-quatre euros et cinquante-six centimes").
//!
//! French follows the traditional spelling (not the optional 1990 reform):
//! - hyphens only between tens and units below one hundred (`dix-sept`, `soixante-dix-sept`),
//!   never around `cent` and `mille` (`deux cent un`, `mille deux cent trente-quatre`);
//! - `et un` for 21, 31, 41, 51, 61 and `soixante et onze`, but `quatre-vingt-un`;
//! - `quatre-vingts` and `cents` (when multiplied) take an `s` only when they end the numeral:
//!   `deux cents`, `deux cent un`, `quatre-vingt mille`; `million` and `milliard` are nouns,
//!   so the numeral before them still ends there: `deux cents millions`, `quatre-vingts
//!   millions`;
//! - `mille` is invariable and never preceded by `un`; `un million`, `deux millions`,
//!   `un milliard`; 10^12 is `mille milliards`;
//! - `d'euros` after a numeral ending in `million(s)` or `milliard(s)` (`un million d'euros`,
//!   but `un million deux cents euros`), with an ASCII apostrophe;
//! - zero is `zéro euro` (singular); an amount under one euro is said in centimes alone
//!   (`cinquante centimes`), and centimes are said only when there are some.
//!
//! English uses the short scale with the British "and" after hundreds and before a last group
//! below one hundred (`one thousand two hundred and thirty-four euros and fifty-six cents`,
//! `one thousand and one`, `two billion`, `one trillion`), `zero euros`.

use super::format::split_cents;
use super::Lang;
use crate::error::{Error, ErrorKind, Result};
use crate::messages::{letters as msg, Text};
use rust_decimal::Decimal;

/// The largest number said in words: 10^12, the crate's largest amount.
pub const MAX_IN_WORDS: u64 = 1_000_000_000_000;

/// `n` in words (`quatre-vingt-un`, `eighty-one`), for `n` up to 10^12; larger is
/// `amount-out-of-range`.
pub fn number_in_words(n: u64, lang: Lang) -> Result<String> {
    if n > MAX_IN_WORDS {
        return Err(Error::at(
            ErrorKind::AmountOutOfRange,
            "amount",
            Text::of(&|l| msg::number_too_large_for_words(l, n)),
        ));
    }
    Ok(match lang {
        Lang::Fr => fr::cardinal(n),
        Lang::En => en::cardinal(n),
    })
}

/// A euro amount in words, rounded half-up to the cent first: `mille deux cent trente-quatre
/// euros et cinquante-six centimes`, `un million d'euros`, `zéro euro`; `one thousand two
/// hundred and thirty-four euros and fifty-six cents`.
///
/// Errors: `negative-amount` below zero (after rounding), `amount-out-of-range` above 10^12.
pub fn amount_in_words(amount: Decimal, lang: Lang) -> Result<String> {
    let c = split_cents(amount);
    if c.negative {
        return Err(Error::at(
            ErrorKind::NegativeAmount,
            "amount",
            Text::of(&msg::negative_amount_in_words),
        ));
    }
    let euros = u64::try_from(c.units)
        .ok()
        .filter(|&e| e < MAX_IN_WORDS || (e == MAX_IN_WORDS && c.cents == 0))
        .ok_or_else(|| {
            Error::at(
                ErrorKind::AmountOutOfRange,
                "amount",
                Text::of(&msg::amount_too_large_for_words),
            )
        })?;
    Ok(match lang {
        Lang::Fr => fr::money(euros, u64::from(c.cents)),
        Lang::En => en::money(euros, u64::from(c.cents)),
    })
}

mod fr {
    const MILLIARD: u64 = 1_000_000_000;
    const MILLION: u64 = 1_000_000;

    /// `n` ≤ 10^12 in words.
    pub(super) fn cardinal(n: u64) -> String {
        if n == 0 {
            return "zéro".to_owned();
        }
        let mut parts = Vec::new();
        let milliards = n / MILLIARD;
        let millions = n / MILLION % 1000;
        if milliards > 0 {
            parts.push(noun(milliards, "milliard"));
        }
        if millions > 0 {
            parts.push(noun(millions, "million"));
        }
        let rest = n % MILLION;
        if rest > 0 {
            parts.push(below_million(rest, true));
        }
        parts.join(" ")
    }

    /// Amount in words; `euros` ≤ 10^12, `cents` < 100.
    pub(super) fn money(euros: u64, cents: u64) -> String {
        let centimes = (cents > 0).then(|| {
            let unit = if cents == 1 { "centime" } else { "centimes" };
            format!("{} {unit}", cardinal(cents))
        });
        if euros == 0 {
            return centimes.unwrap_or_else(|| "zéro euro".to_owned());
        }
        let unit = if euros == 1 {
            "euro"
        } else if euros % MILLION == 0 {
            // The numeral ends with the noun million(s) / milliard(s): "un million d'euros".
            "d'euros"
        } else {
            "euros"
        };
        let euros = format!("{} {unit}", cardinal(euros));
        match centimes {
            Some(c) => format!("{euros} et {c}"),
            None => euros,
        }
    }

    /// `count` million(s) / milliard(s); the count (1–1000) ends its numeral, since what
    /// follows is a noun: "deux cents millions", "quatre-vingts millions".
    fn noun(count: u64, word: &str) -> String {
        let plural = if count > 1 { "s" } else { "" };
        format!("{} {word}{plural}", below_million(count, true))
    }

    /// 1 ≤ n < 10^6. `ends`: nothing numeral follows (so `cents` and `quatre-vingts` may
    /// take their `s`).
    fn below_million(n: u64, ends: bool) -> String {
        let thousands = n / 1000;
        let units = n % 1000;
        let mut out = match thousands {
            0 => String::new(),
            1 => "mille".to_owned(),
            // "mille" is a numeral: "deux cent mille", "quatre-vingt mille".
            _ => format!("{} mille", below_thousand(thousands, false)),
        };
        if units > 0 {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&below_thousand(units, ends));
        }
        out
    }

    /// 1 ≤ n < 1000.
    fn below_thousand(n: u64, ends: bool) -> String {
        let hundreds = n / 100;
        let rest = n % 100;
        let mut out = match hundreds {
            0 => String::new(),
            1 => "cent".to_owned(),
            h if rest == 0 && ends => format!("{} cents", small(h)),
            h => format!("{} cent", small(h)),
        };
        if rest > 0 {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&below_hundred(rest, ends));
        }
        out
    }

    /// 1 ≤ n < 100.
    fn below_hundred(n: u64, ends: bool) -> String {
        let (tens, units) = (n / 10, n % 10);
        match (tens, units) {
            _ if n <= 16 => small(n).to_owned(),
            (1, u) => format!("dix-{}", small(u)),
            (7, 1) => "soixante et onze".to_owned(),
            // 70–79 and 90–99 count on from 10–19: soixante-dix-sept, quatre-vingt-onze.
            (7, u) => format!("soixante-{}", below_hundred(10 + u, ends)),
            (8, 0) if ends => "quatre-vingts".to_owned(),
            (8, 0) => "quatre-vingt".to_owned(),
            (8, u) => format!("quatre-vingt-{}", small(u)),
            (9, u) => format!("quatre-vingt-{}", below_hundred(10 + u, ends)),
            (t, 0) => ten(t).to_owned(),
            (t, 1) => format!("{} et un", ten(t)),
            (t, u) => format!("{}-{}", ten(t), small(u)),
        }
    }

    fn ten(t: u64) -> &'static str {
        match t {
            2 => "vingt",
            3 => "trente",
            4 => "quarante",
            5 => "cinquante",
            _ => "soixante",
        }
    }

    fn small(n: u64) -> &'static str {
        match n {
            1 => "un",
            2 => "deux",
            3 => "trois",
            4 => "quatre",
            5 => "cinq",
            6 => "six",
            7 => "sept",
            8 => "huit",
            9 => "neuf",
            10 => "dix",
            11 => "onze",
            12 => "douze",
            13 => "treize",
            14 => "quatorze",
            15 => "quinze",
            16 => "seize",
            _ => "zéro",
        }
    }
}

mod en {
    /// `n` ≤ 10^12 in words (short scale).
    pub(super) fn cardinal(n: u64) -> String {
        if n == 0 {
            return "zero".to_owned();
        }
        let scales = [
            (1_000_000_000_000, " trillion"),
            (1_000_000_000, " billion"),
            (1_000_000, " million"),
            (1_000, " thousand"),
            (1, ""),
        ];
        let mut out = String::new();
        for (size, name) in scales {
            let count = n / size % 1000;
            if count > 0 {
                if !out.is_empty() {
                    // British usage: "one thousand and one", "two million and eighty".
                    out.push_str(if size == 1 && count < 100 {
                        " and "
                    } else {
                        " "
                    });
                }
                out.push_str(&below_thousand(count));
                out.push_str(name);
            }
        }
        out
    }

    /// Amount in words; `euros` ≤ 10^12, `cents` < 100.
    pub(super) fn money(euros: u64, cents: u64) -> String {
        let cents_words = (cents > 0).then(|| {
            let unit = if cents == 1 { "cent" } else { "cents" };
            format!("{} {unit}", cardinal(cents))
        });
        if euros == 0 {
            return cents_words.unwrap_or_else(|| "zero euros".to_owned());
        }
        let unit = if euros == 1 { "euro" } else { "euros" };
        let euros = format!("{} {unit}", cardinal(euros));
        match cents_words {
            Some(c) => format!("{euros} and {c}"),
            None => euros,
        }
    }

    /// 1 ≤ n < 1000.
    fn below_thousand(n: u64) -> String {
        let (hundreds, rest) = (n / 100, n % 100);
        let mut out = if hundreds > 0 {
            format!("{} hundred", small(hundreds))
        } else {
            String::new()
        };
        if rest > 0 {
            if !out.is_empty() {
                // British usage, as in the letters ("Yours faithfully"): "one hundred and one".
                out.push_str(" and ");
            }
            if rest < 20 {
                out.push_str(small(rest));
            } else {
                out.push_str(ten(rest / 10));
                if rest % 10 > 0 {
                    out.push('-');
                    out.push_str(small(rest % 10));
                }
            }
        }
        out
    }

    fn ten(t: u64) -> &'static str {
        match t {
            2 => "twenty",
            3 => "thirty",
            4 => "forty",
            5 => "fifty",
            6 => "sixty",
            7 => "seventy",
            8 => "eighty",
            _ => "ninety",
        }
    }

    fn small(n: u64) -> &'static str {
        match n {
            1 => "one",
            2 => "two",
            3 => "three",
            4 => "four",
            5 => "five",
            6 => "six",
            7 => "seven",
            8 => "eight",
            9 => "nine",
            10 => "ten",
            11 => "eleven",
            12 => "twelve",
            13 => "thirteen",
            14 => "fourteen",
            15 => "fifteen",
            16 => "sixteen",
            17 => "seventeen",
            18 => "eighteen",
            19 => "nineteen",
            _ => "zero",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(n: u64) -> String {
        number_in_words(n, Lang::Fr).expect("in range")
    }

    fn en(n: u64) -> String {
        number_in_words(n, Lang::En).expect("in range")
    }

    #[test]
    fn french_first_hundred_landmarks() {
        // Hand-written from the traditional rules in the module docs.
        let cases = [
            (1, "un"),
            (10, "dix"),
            (11, "onze"),
            (16, "seize"),
            (17, "dix-sept"),
            (19, "dix-neuf"),
            (20, "vingt"),
            (21, "vingt et un"),
            (22, "vingt-deux"),
            (31, "trente et un"),
            (41, "quarante et un"),
            (51, "cinquante et un"),
            (60, "soixante"),
            (61, "soixante et un"),
            (69, "soixante-neuf"),
            (70, "soixante-dix"),
            (71, "soixante et onze"),
            (72, "soixante-douze"),
            (77, "soixante-dix-sept"),
            (79, "soixante-dix-neuf"),
            (80, "quatre-vingts"),
            (81, "quatre-vingt-un"),
            (88, "quatre-vingt-huit"),
            (90, "quatre-vingt-dix"),
            (91, "quatre-vingt-onze"),
            (97, "quatre-vingt-dix-sept"),
            (99, "quatre-vingt-dix-neuf"),
        ];
        for (n, words) in cases {
            assert_eq!(fr(n), words, "{n}");
        }
    }

    #[test]
    fn french_hundreds_and_thousands_agreement() {
        let cases = [
            (100, "cent"),
            (300, "trois cents"),
            (301, "trois cent un"),
            (380, "trois cent quatre-vingts"),
            (2_000, "deux mille"),
            (1_080, "mille quatre-vingts"),
            (80_080, "quatre-vingt mille quatre-vingts"),
            (81_000, "quatre-vingt-un mille"),
            (101_000, "cent un mille"),
            (180_000, "cent quatre-vingt mille"),
            (100_000_000, "cent millions"),
            (80_000_000, "quatre-vingts millions"),
            (200_000_000, "deux cents millions"),
            (201_000_000, "deux cent un millions"),
            (21_000_000, "vingt et un millions"),
            (1_000_200, "un million deux cents"),
            (MAX_IN_WORDS, "mille milliards"),
        ];
        for (n, words) in cases {
            assert_eq!(fr(n), words, "{n}");
        }
    }

    #[test]
    fn english_landmarks() {
        let cases = [
            (0, "zero"),
            (13, "thirteen"),
            (40, "forty"),
            (99, "ninety-nine"),
            (110, "one hundred and ten"),
            (1_000_001, "one million and one"),
            (MAX_IN_WORDS, "one trillion"),
        ];
        for (n, words) in cases {
            assert_eq!(en(n), words, "{n}");
        }
    }

    #[test]
    fn beyond_a_trillion_is_out_of_range() {
        for lang in [Lang::Fr, Lang::En] {
            let e = number_in_words(MAX_IN_WORDS + 1, lang).expect_err("too big");
            assert_eq!(e.code(), "amount-out-of-range");
            assert_eq!(e.field(), Some("amount"));
            assert!(number_in_words(u64::MAX, lang).is_err());
        }
    }

    #[test]
    fn every_number_below_ten_thousand_is_well_formed() {
        for n in 0..10_000 {
            for lang in [Lang::Fr, Lang::En] {
                let w = number_in_words(n, lang).expect("in range");
                assert!(!w.is_empty(), "{n}");
                assert!(!w.contains("  ") && !w.starts_with(' ') && !w.ends_with(' '));
                assert!(!w.contains("--") && !w.contains(" -") && !w.contains("- "));
                if n > 0 {
                    assert!(!w.contains("zéro") && !w.contains("zero"), "{n}: {w}");
                }
            }
            let w = fr(n);
            assert!(!w.starts_with("un mille"), "{n}: {w}");
        }
    }
}
