//! The exact texts `Display` gives for amounts, rates, dates and integers, appended to a
//! `String` without the `core::fmt` machinery.
//!
//! Why: the wasm result encoders (`wasm/result_text.rs`) write some forty values per
//! `lateFees` result, and going through `write!` (a `Formatter`, `pad_integral`, rust_decimal's
//! own `to_str_internal` building a temporary string) was a fifth of a single call. These
//! writers must give byte for byte what `Display` gives: the tests below compare them on
//! edge values and on a sweep.

use crate::date::IsoDate;
use crate::money::{round_cents, Money, Percent};
use rust_decimal::Decimal;

/// What can be appended as its `Display` text.
pub trait WritePlain {
    fn write_plain(&self, out: &mut String);
}

/// `n` in decimal, at least `min_digits` digits (left-padded with zeros, at most 39).
fn digits(out: &mut String, n: u128, min_digits: usize) {
    let mut buf = [b'0'; 40];
    let mut at = buf.len();
    // Money and rates fit in u64 (amounts are capped at 10^12): its division is native,
    // u128's a library call per digit.
    match u64::try_from(n) {
        Ok(mut small) => {
            while small > 0 {
                at -= 1;
                buf[at] = b'0' + (small % 10) as u8;
                small /= 10;
            }
        }
        Err(_) => {
            let mut n = n;
            while n > 0 {
                at -= 1;
                buf[at] = b'0' + (n % 10) as u8;
                n /= 10;
            }
        }
    }
    let at = at.min(buf.len() - min_digits.clamp(1, buf.len()));
    // ASCII digits: always valid UTF-8.
    out.push_str(std::str::from_utf8(&buf[at..]).unwrap_or_default());
}

/// A decimal as rust_decimal's `Display` writes it: the sign from the sign flag (so a
/// negative zero keeps its `-`), then every digit of the scale.
fn decimal(out: &mut String, v: Decimal) {
    if v.is_sign_negative() {
        out.push('-');
    }
    let scale = v.scale();
    let m = v.mantissa().unsigned_abs();
    if scale == 0 {
        digits(out, m, 1);
        return;
    }
    // scale ≤ 28, so 10^scale fits in u128; u64 arithmetic when the mantissa allows.
    let (whole, fraction) = match (u64::try_from(m), 10u64.checked_pow(scale)) {
        (Ok(m), Some(unit)) => (u128::from(m / unit), u128::from(m % unit)),
        _ => {
            let unit = 10u128.pow(scale);
            (m / unit, m % unit)
        }
    };
    digits(out, whole, 1);
    out.push('.');
    digits(out, fraction, scale as usize);
}

impl WritePlain for Money {
    /// As `Money`'s `Display`: rounded to the cent, two decimals, zero never negative.
    fn write_plain(&self, out: &mut String) {
        let mut v = round_cents(self.0);
        v.rescale(2);
        if v.is_zero() {
            v.set_sign_positive(true);
        }
        decimal(out, v);
    }
}

impl WritePlain for Percent {
    /// As `Percent`'s `Display`: normalized, at least two decimals.
    fn write_plain(&self, out: &mut String) {
        let mut v = self.0.normalize();
        if v.scale() < 2 {
            v.rescale(2);
        }
        decimal(out, v);
    }
}

impl WritePlain for IsoDate {
    /// `YYYY-MM-DD` (years are 1 to 9999).
    fn write_plain(&self, out: &mut String) {
        let (y, m, d) = self.ymd();
        digits(out, u128::from(y.unsigned_abs()), 4);
        out.push('-');
        digits(out, u128::from(m), 2);
        out.push('-');
        digits(out, u128::from(d), 2);
    }
}

macro_rules! write_integer {
    ($($t:ty),*) => {$(
        impl WritePlain for $t {
            fn write_plain(&self, out: &mut String) {
                #[allow(unused_comparisons)]
                if *self < 0 {
                    out.push('-');
                }
                digits(out, (*self as i128).unsigned_abs(), 1);
            }
        }
    )*};
}
write_integer!(i32, usize, u8);

impl WritePlain for &str {
    fn write_plain(&self, out: &mut String) {
        out.push_str(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn plain(v: &dyn WritePlain) -> String {
        let mut out = String::new();
        v.write_plain(&mut out);
        out
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test literal")
    }

    #[test]
    fn money_is_written_as_display_writes_it() {
        // Hand-written expectations first: rounding half away from zero, two decimals, no
        // negative zero.
        assert_eq!(plain(&Money(d("1061.255"))), "1061.26");
        assert_eq!(plain(&Money(d("40"))), "40.00");
        assert_eq!(plain(&Money(d("0.004"))), "0.00");
        assert_eq!(plain(&Money(d("-0.004"))), "0.00");
        assert_eq!(plain(&Money(d("-12.5"))), "-12.50");
        assert_eq!(plain(&Money(d("0.05"))), "0.05");
        assert_eq!(plain(&Money(d("1000000000000"))), "1000000000000.00");
        for s in [
            "0",
            "0.1",
            "0.01",
            "0.005",
            "-0.005",
            "9.995",
            "123456789.125",
            "-1",
            "7.10",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "0.0000000001",
        ] {
            let m = Money(d(s));
            assert_eq!(plain(&m), m.to_string(), "{s}");
        }
    }

    #[test]
    fn percent_is_written_as_display_writes_it() {
        assert_eq!(plain(&Percent(d("12.15"))), "12.15");
        assert_eq!(plain(&Percent(d("10"))), "10.00");
        assert_eq!(plain(&Percent(d("10.500"))), "10.50");
        assert_eq!(plain(&Percent(d("3.125"))), "3.125");
        assert_eq!(plain(&Percent(d("0"))), "0.00");
        for s in [
            "0.0001",
            "-0.5",
            "100",
            "4.2500",
            "0.000000000000000000000000001",
        ] {
            let p = Percent(d(s));
            assert_eq!(plain(&p), p.to_string(), "{s}");
        }
    }

    #[test]
    fn a_sweep_of_amounts_matches_display() {
        // Every scale 0-4 over a spread of mantissas, both signs.
        let mut m: i64 = 1;
        while m < 4_000_000_000_000_000 {
            for scale in 0..5 {
                for sign in [1, -1] {
                    let v = Decimal::new(sign * m, scale);
                    assert_eq!(plain(&Money(v)), Money(v).to_string(), "{v}");
                    assert_eq!(plain(&Percent(v)), Percent(v).to_string(), "{v}");
                }
            }
            m = m * 7 + 3;
        }
    }

    #[test]
    fn dates_and_integers_are_written_as_display_writes_them() {
        for s in [
            "0001-01-01",
            "0999-12-31",
            "2024-02-29",
            "2026-12-02",
            "9999-12-31",
        ] {
            let date = IsoDate::parse(s).expect("test date");
            assert_eq!(plain(&date), s);
            assert_eq!(plain(&date), date.to_string());
        }
        for n in [0, 7, -7, 365, i32::MAX, i32::MIN] {
            assert_eq!(plain(&n), n.to_string());
        }
        assert_eq!(plain(&usize::MAX), usize::MAX.to_string());
        assert_eq!(plain(&0usize), "0");
        assert_eq!(plain(&255u8), "255");
    }
}
