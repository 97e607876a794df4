//! Money and rates at the boundary: exact decimals in, fixed two-decimal strings out.
//!
//! Inputs accept a decimal string (`"1234.56"`) or a finite number, converted through its
//! shortest decimal form so `0.1` stays `0.1`. Nothing is ever rounded silently on the way in:
//! an amount with more than two decimals is refused, as a typo would be.

use crate::error::{tagged, Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{input as msg, Text};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Largest accepted amount: a trillion euros. Anything above is a typo or an attack, and
/// keeping inputs far below `Decimal::MAX` leaves room for `amount × rate × days`.
const MAX_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0); // 1e12

/// Highest accepted annual rate in percent.
const MAX_RATE: Decimal = Decimal::ONE_HUNDRED;

/// An input amount in euros: non-negative, at most two decimals, at most 10^12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Amount(pub Decimal);

/// An input annual rate in percent (`"12.15"` = 12.15 % a year), from 0 to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rate(pub Decimal);

/// An output amount: always serialized with exactly two decimals (`"40.00"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Money(pub Decimal);

/// An output rate in percent, with at least two decimals (`"12.15"`, `"10.00"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Percent(pub Decimal);

/// Rounds half-up (away from zero at the midpoint) to the cent, the rounding of every
/// published French example (`reference/worked-examples.md` §F).
pub fn round_cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `a × b`, or `amount-out-of-range` instead of an overflow panic.
pub fn mul(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_mul(b).ok_or_else(overflow)
}

/// `a + b`, or `amount-out-of-range` instead of an overflow panic.
pub fn add(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_add(b).ok_or_else(overflow)
}

/// `a / b`, or `amount-out-of-range` (also for a zero divisor, which no caller passes).
pub fn div(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_div(b).ok_or_else(overflow)
}

fn overflow() -> Error {
    Error::new(
        ErrorKind::AmountOutOfRange,
        Text::of(&msg::computation_overflow),
    )
}

/// Parses a decimal amount, as typed by a person or sent by an app.
pub fn parse_amount(s: &str) -> Result<Amount> {
    let value = parse_decimal(s, ErrorKind::InvalidAmount, msg::an_amount)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(Error::new(
            ErrorKind::NegativeAmount,
            Text::of(&|l| msg::amount_negative(l, s)),
        ));
    }
    if value.scale() > 2 {
        return Err(Error::new(
            ErrorKind::InvalidAmount,
            Text::of(&|l| msg::amount_decimals(l, s)),
        ));
    }
    if value > MAX_AMOUNT {
        return Err(Error::new(
            ErrorKind::AmountOutOfRange,
            Text::of(&|l| msg::amount_too_large(l, s)),
        ));
    }
    Ok(Amount(value.abs()))
}

/// Parses an annual rate in percent.
pub fn parse_rate(s: &str) -> Result<Rate> {
    let value = parse_decimal(s, ErrorKind::InvalidRate, msg::a_rate)?;
    if value.is_sign_negative() && !value.is_zero() || value > MAX_RATE {
        return Err(Error::new(
            ErrorKind::RateOutOfRange,
            Text::of(&|l| msg::rate_out_of_range(l, s)),
        ));
    }
    if value.scale() > 6 {
        return Err(Error::new(
            ErrorKind::InvalidRate,
            Text::of(&|l| msg::rate_decimals(l, s)),
        ));
    }
    Ok(Rate(value.abs()))
}

/// Plain decimal syntax only: optional sign, digits, optional `.` and digits. No exponent, no
/// thousands separator, no comma (a French `12,50` is refused rather than misread).
fn parse_decimal(s: &str, kind: ErrorKind, expected: fn(Lang) -> String) -> Result<Decimal> {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let well_formed = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(body.contains('.') && frac.is_empty());
    if !well_formed {
        let shown: String = s.chars().take(40).collect();
        return Err(Error::new(
            kind,
            Text::of(&|l| msg::not_a_decimal(l, &shown, &expected(l))),
        ));
    }
    if int.len() > 20 || frac.len() > 20 {
        return Err(Error::new(
            if kind == ErrorKind::InvalidAmount {
                ErrorKind::AmountOutOfRange
            } else {
                ErrorKind::RateOutOfRange
            },
            Text::of(&msg::too_many_digits),
        ));
    }
    Decimal::from_str_exact(s)
        .map_err(|_| Error::new(kind, Text::of(&|l| msg::not_a_decimal(l, s, &expected(l)))))
}

/// Shortest decimal form of a finite JS number (`0.1` → `"0.1"`), or `non-finite-number`.
///
/// In wasm the JS deserializer hands a finite number to `Amount` and `Rate` already as that
/// string (`deserialize_f64` in src/wasm/de.rs, which uses JS `String(n)`), so only NaN and
/// ±Infinity come here: Rust's float formatting would add about 13 KB to each module.
fn number_to_string(v: f64) -> Result<String> {
    if v.is_finite() {
        #[cfg(not(target_arch = "wasm32"))]
        return Ok(format!("{v}"));
        #[cfg(target_arch = "wasm32")]
        return Err(Error::new(
            ErrorKind::Internal,
            Text::of(&msg::number_unconverted),
        ));
    }
    // As `{v}` writes them.
    let shown = if v.is_nan() {
        "NaN"
    } else if v > 0.0 {
        "inf"
    } else {
        "-inf"
    };
    Err(Error::new(
        ErrorKind::NonFiniteNumber,
        Text::of(&|l| msg::not_finite(l, shown)),
    ))
}

/// `format!("{n}")` of a finite number from its JS `String(n)` form `js`, for the wasm build
/// (see `shortest_decimal` in src/wasm/de.rs). Both pick the shortest digits that read back as
/// `n`, but JS writes `1e+21` / `1.5e-7` for |n| ≥ 1e21 or < 1e-6, where Rust writes every
/// digit, and when `n` lies exactly halfway between two shortest forms JS takes the even last
/// digit (`96993851661682.125` → `…82.12`) where Rust rounds away from zero (`…82.13`).
#[cfg(any(test, target_arch = "wasm32"))]
pub(crate) fn plain_from_js_number(n: f64, js: &str) -> String {
    let (mantissa, exponent) = js.split_once('e').unwrap_or((js, "0"));
    let exponent: i64 = exponent.trim_start_matches('+').parse().unwrap_or_default();
    let mut out = String::new();
    let mut digits: Vec<u8> = Vec::new();
    let mut point = 0;
    for b in mantissa.bytes() {
        match b {
            b'-' => out.push('-'),
            b'.' => point = digits.len() as i64,
            _ => digits.push(b),
        }
    }
    if !mantissa.contains('.') {
        point = digits.len() as i64;
    }
    // Digits before the decimal point once the exponent is applied.
    let point = point + exponent;
    if let Some(last) = digits.iter().rposition(|d| *d != b'0') {
        let e10 = point - 2 - last as i64;
        match digits.get_mut(..=last) {
            Some([rest @ .., digit]) if *digit % 2 == 0 && halfway_above(n, rest, *digit, e10) => {
                *digit += 1; // an even digit: no carry
            }
            _ => {}
        }
    }
    let zeros = |count: i64| std::iter::repeat_n('0', count.max(0) as usize);
    if point <= 0 {
        out.push_str("0.");
        out.extend(zeros(-point));
    }
    for (i, d) in digits.iter().enumerate() {
        if i as i64 == point && i > 0 {
            out.push('.');
        }
        out.push(char::from(*d));
    }
    out.extend(zeros(point - digits.len() as i64));
    out
}

/// Whether |n| is exactly `half` × 10^e10, `half` being the digits `rest`, `digit` and a 5:
/// the point halfway between those digits and the next number of as many digits.
#[cfg(any(test, target_arch = "wasm32"))]
fn halfway_above(n: f64, rest: &[u8], digit: u8, e10: i64) -> bool {
    let check = || -> Option<bool> {
        // |n| = mant × 2^e2 with mant odd.
        let bits = n.abs().to_bits();
        let (exp, frac) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
        let (mut mant, mut e2) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | 1 << 52, exp - 1075)
        };
        if mant == 0 {
            return Some(false);
        }
        let zeros = mant.trailing_zeros();
        mant >>= zeros;
        e2 += i64::from(zeros);
        let mut half: u64 = 0;
        for d in rest.iter().chain([&digit, &b'5']) {
            half = half.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
        }
        // `half` is odd, so both sides hold 2 to the same power: e2 = e10. Then for a fraction
        // mant / 2^q = half / 10^q, and for a whole number mant × 2^e = half × 10^e.
        if e2 != e10 {
            return Some(false);
        }
        let fives = 5u64.checked_pow(u32::try_from(e2.unsigned_abs()).ok()?)?;
        Some(if e2 < 0 {
            mant.checked_mul(fives)? == half
        } else {
            half.checked_mul(fives)? == mant
        })
    };
    check().unwrap_or(false)
}

macro_rules! decimal_input {
    ($ty:ident, $parse:ident, $what:literal) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_str<E: serde::de::Error>(
                        self,
                        v: &str,
                    ) -> std::result::Result<$ty, E> {
                        $parse(v).map_err(|e| E::custom(tagged(e.kind(), e.text())))
                    }
                    fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<$ty, E> {
                        number_to_string(v)
                            .and_then(|s| $parse(&s))
                            .map_err(|e| E::custom(tagged(e.kind(), e.text())))
                    }
                    fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<$ty, E> {
                        self.visit_str(&v.to_string())
                    }
                    fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<$ty, E> {
                        self.visit_str(&v.to_string())
                    }
                }
                // In wasm, `deserialize_f64` visits a finite number as its shortest decimal
                // string (see `number_to_string`); natively it is `deserialize_any`.
                #[cfg(target_arch = "wasm32")]
                return d.deserialize_f64(V);
                #[cfg(not(target_arch = "wasm32"))]
                d.deserialize_any(V)
            }
        }
    };
}

decimal_input!(
    Amount,
    parse_amount,
    "a decimal amount string such as \"1234.56\" or a finite number"
);
decimal_input!(
    Rate,
    parse_rate,
    "a percent rate string such as \"12.15\" or a finite number"
);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut v = round_cents(self.0);
        v.rescale(2);
        if v.is_zero() {
            v.set_sign_positive(true);
        }
        write!(f, "{v}")
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut v = self.0.normalize();
        if v.scale() < 2 {
            v.rescale(2);
        }
        write!(f, "{v}")
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&Money(self.0))
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&Percent(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).expect("test decimal")
    }

    #[test]
    fn max_amount_constant_is_a_trillion() {
        assert_eq!(MAX_AMOUNT, dec("1000000000000"));
    }

    #[test]
    fn rounds_half_up_to_the_cent() {
        assert_eq!(round_cents(dec("184.931507")), dec("184.93"));
        assert_eq!(round_cents(dec("41.095890")), dec("41.10"));
        assert_eq!(round_cents(dec("0.005")), dec("0.01"));
        assert_eq!(round_cents(dec("0.004999")), dec("0.00"));
        assert_eq!(round_cents(dec("2.675")), dec("2.68"));
    }

    #[test]
    fn amounts_parse_strictly() {
        assert_eq!(parse_amount("1234.56").map(|a| a.0), Ok(dec("1234.56")));
        assert_eq!(parse_amount("15000").map(|a| a.0), Ok(dec("15000")));
        assert_eq!(parse_amount("-0").map(|a| a.0), Ok(Decimal::ZERO));
        for (bad, code) in [
            ("12,50", "invalid-amount"),
            ("1 234.56", "invalid-amount"),
            ("1e3", "invalid-amount"),
            ("abc", "invalid-amount"),
            ("", "invalid-amount"),
            (".5", "invalid-amount"),
            ("5.", "invalid-amount"),
            ("12.345", "invalid-amount"),
            ("-10", "negative-amount"),
            ("1000000000000.01", "amount-out-of-range"),
            ("99999999999999999999999999999999", "amount-out-of-range"),
        ] {
            assert_eq!(parse_amount(bad).map_err(|e| e.code()), Err(code), "{bad}");
        }
    }

    #[test]
    fn rates_parse_strictly() {
        assert_eq!(parse_rate("12.15").map(|r| r.0), Ok(dec("12.15")));
        assert_eq!(
            parse_rate("101").map_err(|e| e.code()),
            Err("rate-out-of-range")
        );
        assert_eq!(
            parse_rate("-1").map_err(|e| e.code()),
            Err("rate-out-of-range")
        );
        assert_eq!(parse_rate("x").map_err(|e| e.code()), Err("invalid-rate"));
    }

    #[test]
    fn numbers_use_their_shortest_form() {
        assert_eq!(number_to_string(0.1).as_deref(), Ok("0.1"));
        assert_eq!(number_to_string(1234.5).as_deref(), Ok("1234.5"));
        assert_eq!(number_to_string(15000.0).as_deref(), Ok("15000"));
        assert_eq!(
            number_to_string(f64::NAN).map_err(|e| e.code()),
            Err("non-finite-number")
        );
        // 0.1 + 0.2 is not 0.3 in binary: refused rather than rounded.
        let sum = number_to_string(0.1 + 0.2).expect("finite");
        assert_eq!(
            parse_amount(&sum).map_err(|e| e.code()),
            Err("invalid-amount")
        );
    }

    /// The JS form of `n` as `String(n)` writes it, from Rust's shortest digits (which differ
    /// from JS only on exact ties, which `plain_from_js_number` must then settle either way).
    fn js_form(n: f64) -> String {
        let sci = format!("{n:e}");
        let (mantissa, exp) = sci.split_once('e').expect("exponent");
        let exp: i32 = exp.parse().expect("exponent");
        if (-6..21).contains(&exp) {
            format!("{n}")
        } else {
            format!("{mantissa}e{}{exp}", if exp > 0 { "+" } else { "" })
        }
    }

    #[test]
    #[allow(clippy::excessive_precision)] // the exact values of the ties
    fn js_number_forms_read_as_rust_writes_them() {
        for (n, js, rust) in [
            (0.1, "0.1", "0.1"),
            (-1234.5, "-1234.5", "-1234.5"),
            (1e21, "1e+21", "1000000000000000000000"),
            (-1.5e21, "-1.5e+21", "-1500000000000000000000"),
            (1e-7, "1e-7", "0.0000001"),
            (-1.25e-7, "-1.25e-7", "-0.000000125"),
            (1e-6, "0.000001", "0.000001"),
            (2f64.powi(60), "1152921504606847000", "1152921504606847000"),
            // Exact ties: JS rounds to even, Rust away from zero.
            (96993851661682.125, "96993851661682.12", "96993851661682.13"),
            (
                -96993851661682.125,
                "-96993851661682.12",
                "-96993851661682.13",
            ),
            (96993851661682.375, "96993851661682.38", "96993851661682.38"),
            (8.0000152587890625, "8.000015258789062", "8.000015258789063"),
            (549755813888.03125, "549755813888.0312", "549755813888.0313"),
        ] {
            assert_eq!(format!("{n}"), rust);
            assert_eq!(plain_from_js_number(n, js), rust, "{js}");
        }
        assert_eq!(
            plain_from_js_number(5e-324, "5e-324"),
            format!("{}", 5e-324)
        );
        assert_eq!(
            plain_from_js_number(1.7976931348623157e308, "1.7976931348623157e+308"),
            format!("{}", 1.7976931348623157e308)
        );
    }

    proptest::proptest! {
        #[test]
        fn js_number_forms_agree_with_rust(bits in proptest::prelude::any::<u64>()) {
            let n = f64::from_bits(bits);
            proptest::prop_assume!(n.is_finite() && n != 0.0);
            proptest::prop_assert_eq!(plain_from_js_number(n, &js_form(n)), format!("{n}"));
        }

        #[test]
        fn js_number_forms_agree_on_short_decimals(
            int in 0u64..2_000_000_000_000_000,
            scale in 0u32..12,
        ) {
            let n = int as f64 / 10f64.powi(scale as i32);
            proptest::prop_assume!(n != 0.0);
            proptest::prop_assert_eq!(plain_from_js_number(n, &js_form(n)), format!("{n}"));
        }
    }

    #[test]
    fn outputs_have_fixed_decimals() {
        assert_eq!(Money(dec("40")).to_string(), "40.00");
        assert_eq!(Money(dec("184.9315")).to_string(), "184.93");
        assert_eq!(Money(dec("-0.001")).to_string(), "0.00");
        assert_eq!(Percent(dec("12.150")).to_string(), "12.15");
        assert_eq!(Percent(dec("10")).to_string(), "10.00");
        assert_eq!(Percent(dec("2.625")).to_string(), "2.625");
    }
}
