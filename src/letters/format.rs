//! Amounts, percentages and dates as a French or English reader expects them.
//!
//! Amounts: French `1 234,56 €` (U+202F between thousands, U+00A0 before `€`), English
//! `€1,234.56`; always two decimals after rounding half-up to the cent; a negative amount starts
//! with U+2212 MINUS SIGN (the typographic minus: same width as `+`, never separated from the
//! number by a line break as a hyphen can be). Letters are read, not parsed: machine-readable
//! amounts cross the API as `"1234.56"` strings instead.
//!
//! Dates: French `12 décembre 2026`, `1er décembre 2026` (ordinal only for the first of the
//! month), English `12 December 2026`; the day and the month are joined by U+00A0 NO-BREAK
//! SPACE in both languages (French typography forbids a line break between them), the year
//! follows an ordinary space and is written without leading zeros.

use super::Lang;
use crate::date::{IsoDate, Weekday};
use crate::money::round_cents;
use rust_decimal::Decimal;

/// U+202F NARROW NO-BREAK SPACE, the French thousands separator.
const NNBSP: char = '\u{202f}';
/// U+00A0 NO-BREAK SPACE, before `€` and `%` in French, and between day and month.
const NBSP: char = '\u{a0}';
/// U+2212 MINUS SIGN.
const MINUS: char = '\u{2212}';

/// An amount rounded half-up to the cent, split into sign, whole units and cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cents {
    /// True only when the rounded amount is below zero (`-0.004` rounds to a positive zero).
    pub negative: bool,
    /// Whole euros (at most `Decimal::MAX`, which fits easily in a `u128`).
    pub units: u128,
    /// 0–99.
    pub cents: u32,
}

/// Rounds `value` half-up to the cent and splits it. Works for every `Decimal`.
pub(crate) fn split_cents(value: Decimal) -> Cents {
    let rounded = round_cents(value);
    let mantissa = rounded.mantissa().unsigned_abs();
    let scale = rounded.scale();
    // After rounding the scale is at most 2; the general branch only keeps this total.
    let total = if scale <= 2 {
        // |mantissa| < 2^96, so × 100 stays far below u128::MAX.
        mantissa.saturating_mul(10u128.pow(2 - scale))
    } else {
        10u128
            .checked_pow(scale - 2)
            .map_or(0, |divisor| mantissa / divisor)
    };
    let cents = u32::try_from(total % 100).unwrap_or(0);
    Cents {
        negative: rounded.is_sign_negative() && total != 0,
        units: total / 100,
        cents,
    }
}

/// `1 234,56 €` (fr) or `€1,234.56` (en), rounded half-up to the cent; negative amounts start
/// with U+2212. Never fails: any `Decimal` formats.
pub fn format_amount(value: Decimal, lang: Lang) -> String {
    let c = split_cents(value);
    let sign = if c.negative {
        MINUS.to_string()
    } else {
        String::new()
    };
    let units = c.units.to_string();
    match lang {
        Lang::Fr => format!("{sign}{},{:02}{NBSP}€", group(&units, NNBSP), c.cents),
        Lang::En => format!("{sign}€{}.{:02}", group(&units, ','), c.cents),
    }
}

/// `12,15 %` (fr, U+00A0 before `%`) or `12.15%` (en). At least two decimals, more only when
/// the value has them (`2,625 %`); trailing zeros beyond the second are dropped. Not rounded.
pub fn format_percent(value: Decimal, lang: Lang) -> String {
    let v = value.normalize();
    let negative = v.is_sign_negative() && !v.is_zero();
    let scale = usize::try_from(v.scale()).unwrap_or(0);
    let digits = format!(
        "{:0>width$}",
        v.mantissa().unsigned_abs(),
        width = scale + 1
    );
    // `digits` is ASCII, so every byte index is a char boundary.
    let cut = digits.len().saturating_sub(scale);
    let int = digits.get(..cut).unwrap_or("0");
    let frac = format!("{:0<2}", digits.get(cut..).unwrap_or(""));
    let sign = if negative {
        MINUS.to_string()
    } else {
        String::new()
    };
    match lang {
        Lang::Fr => format!("{sign}{},{frac}{NBSP}%", group(int, NNBSP)),
        Lang::En => format!("{sign}{}.{frac}%", group(int, ',')),
    }
}

/// `12 décembre 2026`, `1er décembre 2026` (fr) or `12 December 2026` (en), with U+00A0
/// between the day and the month.
pub fn format_date(date: IsoDate, lang: Lang) -> String {
    let (year, month, day) = date.ymd();
    match lang {
        Lang::Fr => {
            let day = if day == 1 {
                "1er".to_owned()
            } else {
                day.to_string()
            };
            format!("{day}{NBSP}{} {year}", month_fr(month))
        }
        Lang::En => format!("{day}{NBSP}{} {year}", month_en(month)),
    }
}

/// The date with its weekday: `samedi 12 décembre 2026` (fr, lower case as French writes
/// it) or `Saturday 12 December 2026` (en).
pub fn format_date_long(date: IsoDate, lang: Lang) -> String {
    let weekday = match lang {
        Lang::Fr => weekday_fr(date.weekday()),
        Lang::En => weekday_en(date.weekday()),
    };
    format!("{weekday} {}", format_date(date, lang))
}

/// Inserts `sep` every three digits from the right of an ASCII digit string.
fn group(digits: &str, sep: char) -> String {
    let len = digits.chars().count();
    let mut out = String::with_capacity(digits.len() + len / 3 * sep.len_utf8());
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

fn month_fr(month: u32) -> &'static str {
    match month {
        1 => "janvier",
        2 => "février",
        3 => "mars",
        4 => "avril",
        5 => "mai",
        6 => "juin",
        7 => "juillet",
        8 => "août",
        9 => "septembre",
        10 => "octobre",
        11 => "novembre",
        _ => "décembre",
    }
}

fn month_en(month: u32) -> &'static str {
    match month {
        1 => "January",
        2 => "February",
        3 => "March",
        4 => "April",
        5 => "May",
        6 => "June",
        7 => "July",
        8 => "August",
        9 => "September",
        10 => "October",
        11 => "November",
        _ => "December",
    }
}

fn weekday_fr(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "lundi",
        Weekday::Tuesday => "mardi",
        Weekday::Wednesday => "mercredi",
        Weekday::Thursday => "jeudi",
        Weekday::Friday => "vendredi",
        Weekday::Saturday => "samedi",
        Weekday::Sunday => "dimanche",
    }
}

fn weekday_en(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).expect("test decimal")
    }

    #[test]
    fn groups_digits_by_three() {
        assert_eq!(group("0", ','), "0");
        assert_eq!(group("999", ','), "999");
        assert_eq!(group("1000", ','), "1,000");
        assert_eq!(group("123456", ','), "123,456");
        assert_eq!(group("1234567", ','), "1,234,567");
    }

    #[test]
    fn splits_rounded_cents() {
        let c = split_cents(dec("1234.565"));
        assert_eq!((c.negative, c.units, c.cents), (false, 1234, 57));
        let c = split_cents(dec("-0.004"));
        assert_eq!((c.negative, c.units, c.cents), (false, 0, 0));
        let c = split_cents(dec("-0.005"));
        assert_eq!((c.negative, c.units, c.cents), (true, 0, 1));
        let c = split_cents(dec("7"));
        assert_eq!((c.negative, c.units, c.cents), (false, 7, 0));
        let c = split_cents(dec("7.5"));
        assert_eq!((c.negative, c.units, c.cents), (false, 7, 50));
        let c = split_cents(Decimal::MAX);
        assert_eq!(c.units, 79_228_162_514_264_337_593_543_950_335);
        assert_eq!(c.cents, 0);
        let c = split_cents(Decimal::MIN);
        assert!(c.negative);
    }

    #[test]
    fn month_names_cover_the_year() {
        assert_eq!(month_fr(1), "janvier");
        assert_eq!(month_fr(8), "août");
        assert_eq!(month_fr(12), "décembre");
        assert_eq!(month_en(5), "May");
    }
}
