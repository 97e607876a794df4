//! Letter formatting tables (issue 4): amounts, percentages and dates in French and English,
//! amounts in words, HTML escaping, SMS length.
//!
//! Every expected string below was written by hand from the rules documented in
//! `src/letters/` (traditional French spelling of numbers, French typography) — never copied
//! from relance's output. Weekdays were checked against GNU `date`. In the expectations,
//! `\u{a0}` is NO-BREAK SPACE, `\u{202f}` NARROW NO-BREAK SPACE and `\u{2212}` MINUS SIGN.

use proptest::prelude::*;
use relance::letters::{
    amount_in_words, escape_html, fold_for_sms, format_amount, format_date, format_date_long,
    format_percent, gsm7_info, number_in_words, text_to_html, Lang, SmsEncoding, SmsInfo,
};
use relance::{IsoDate, Money};
use rust_decimal::Decimal;

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap_or_else(|e| panic!("bad test decimal {s}: {e}"))
}

fn d(s: &str) -> IsoDate {
    IsoDate::parse(s).unwrap_or_else(|e| panic!("bad test date {s}: {e}"))
}

fn words(amount: &str, lang: Lang) -> String {
    amount_in_words(dec(amount), lang).unwrap_or_else(|e| panic!("{amount}: {e}"))
}

// ---------------------------------------------------------------------------------------------
// Amounts and percentages
// ---------------------------------------------------------------------------------------------

#[test]
fn french_amounts() {
    let cases = [
        ("0", "0,00\u{a0}€"),
        ("1", "1,00\u{a0}€"),
        ("12.5", "12,50\u{a0}€"),
        ("999.99", "999,99\u{a0}€"),
        ("1000", "1\u{202f}000,00\u{a0}€"),
        ("1234.56", "1\u{202f}234,56\u{a0}€"),
        ("40.00", "40,00\u{a0}€"),
        // Rounded half-up to the cent first.
        ("2.675", "2,68\u{a0}€"),
        ("0.005", "0,01\u{a0}€"),
        ("0.004", "0,00\u{a0}€"),
        ("999.995", "1\u{202f}000,00\u{a0}€"),
        // Negative: U+2212; a negative amount that rounds to zero has no sign.
        ("-1234.56", "\u{2212}1\u{202f}234,56\u{a0}€"),
        ("-0.005", "\u{2212}0,01\u{a0}€"),
        ("-0.004", "0,00\u{a0}€"),
        ("-0", "0,00\u{a0}€"),
        ("1000000", "1\u{202f}000\u{202f}000,00\u{a0}€"),
        ("123456789.1", "123\u{202f}456\u{202f}789,10\u{a0}€"),
        (
            "1000000000000",
            "1\u{202f}000\u{202f}000\u{202f}000\u{202f}000,00\u{a0}€",
        ),
    ];
    for (amount, expected) in cases {
        assert_eq!(format_amount(dec(amount), Lang::Fr), expected, "{amount}");
    }
}

#[test]
fn english_amounts() {
    let cases = [
        ("0", "€0.00"),
        ("1", "€1.00"),
        ("12.5", "€12.50"),
        ("1000", "€1,000.00"),
        ("1234.56", "€1,234.56"),
        ("2.675", "€2.68"),
        ("999.995", "€1,000.00"),
        ("-1234.56", "\u{2212}€1,234.56"),
        ("-0.004", "€0.00"),
        ("1000000", "€1,000,000.00"),
        ("123456789.1", "€123,456,789.10"),
    ];
    for (amount, expected) in cases {
        assert_eq!(format_amount(dec(amount), Lang::En), expected, "{amount}");
    }
}

#[test]
fn extreme_decimals_format_without_panicking() {
    // Decimal::MAX = 79 228 162 514 264 337 593 543 950 335.
    assert_eq!(
        format_amount(Decimal::MAX, Lang::Fr),
        "79\u{202f}228\u{202f}162\u{202f}514\u{202f}264\u{202f}337\u{202f}593\u{202f}543\u{202f}950\u{202f}335,00\u{a0}€"
    );
    assert_eq!(
        format_amount(Decimal::MIN, Lang::En),
        "\u{2212}€79,228,162,514,264,337,593,543,950,335.00"
    );
    // Smallest positive decimal: 10^-28 rounds to zero.
    assert_eq!(format_amount(Decimal::new(1, 28), Lang::Fr), "0,00\u{a0}€");
    assert_eq!(
        format_percent(Decimal::new(1, 28), Lang::En),
        "0.0000000000000000000000000001%"
    );
    assert_eq!(
        format_percent(Decimal::MAX, Lang::En),
        "79,228,162,514,264,337,593,543,950,335.00%"
    );
}

#[test]
fn percentages() {
    let cases = [
        ("12.15", "12,15\u{a0}%", "12.15%"),
        ("10", "10,00\u{a0}%", "10.00%"),
        ("12.150000", "12,15\u{a0}%", "12.15%"),
        ("2.625", "2,625\u{a0}%", "2.625%"),
        ("0.5", "0,50\u{a0}%", "0.50%"),
        ("0.001", "0,001\u{a0}%", "0.001%"),
        ("0", "0,00\u{a0}%", "0.00%"),
        ("-0", "0,00\u{a0}%", "0.00%"),
        ("-1.5", "\u{2212}1,50\u{a0}%", "\u{2212}1.50%"),
        ("1234.5", "1\u{202f}234,50\u{a0}%", "1,234.50%"),
    ];
    for (rate, fr, en) in cases {
        assert_eq!(format_percent(dec(rate), Lang::Fr), fr, "{rate}");
        assert_eq!(format_percent(dec(rate), Lang::En), en, "{rate}");
    }
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

#[test]
fn dates() {
    // (date, fr, fr long, en, en long)
    let cases = [
        (
            "2026-12-12",
            "12\u{a0}décembre 2026",
            "samedi 12\u{a0}décembre 2026",
            "12\u{a0}December 2026",
            "Saturday 12\u{a0}December 2026",
        ),
        (
            "2026-12-01",
            "1er\u{a0}décembre 2026",
            "mardi 1er\u{a0}décembre 2026",
            "1\u{a0}December 2026",
            "Tuesday 1\u{a0}December 2026",
        ),
        (
            "2026-02-01",
            "1er\u{a0}février 2026",
            "dimanche 1er\u{a0}février 2026",
            "1\u{a0}February 2026",
            "Sunday 1\u{a0}February 2026",
        ),
        (
            "2026-01-02",
            "2\u{a0}janvier 2026",
            "vendredi 2\u{a0}janvier 2026",
            "2\u{a0}January 2026",
            "Friday 2\u{a0}January 2026",
        ),
        (
            "2026-01-21",
            "21\u{a0}janvier 2026",
            "mercredi 21\u{a0}janvier 2026",
            "21\u{a0}January 2026",
            "Wednesday 21\u{a0}January 2026",
        ),
        (
            "2026-07-14",
            "14\u{a0}juillet 2026",
            "mardi 14\u{a0}juillet 2026",
            "14\u{a0}July 2026",
            "Tuesday 14\u{a0}July 2026",
        ),
        (
            "2026-08-15",
            "15\u{a0}août 2026",
            "samedi 15\u{a0}août 2026",
            "15\u{a0}August 2026",
            "Saturday 15\u{a0}August 2026",
        ),
        (
            "2024-02-29",
            "29\u{a0}février 2024",
            "jeudi 29\u{a0}février 2024",
            "29\u{a0}February 2024",
            "Thursday 29\u{a0}February 2024",
        ),
        (
            "2023-11-25",
            "25\u{a0}novembre 2023",
            "samedi 25\u{a0}novembre 2023",
            "25\u{a0}November 2023",
            "Saturday 25\u{a0}November 2023",
        ),
        (
            "2017-03-27",
            "27\u{a0}mars 2017",
            "lundi 27\u{a0}mars 2017",
            "27\u{a0}March 2017",
            "Monday 27\u{a0}March 2017",
        ),
        (
            "2026-05-01",
            "1er\u{a0}mai 2026",
            "vendredi 1er\u{a0}mai 2026",
            "1\u{a0}May 2026",
            "Friday 1\u{a0}May 2026",
        ),
        (
            "0001-01-01",
            "1er\u{a0}janvier 1",
            "lundi 1er\u{a0}janvier 1",
            "1\u{a0}January 1",
            "Monday 1\u{a0}January 1",
        ),
        (
            "9999-12-31",
            "31\u{a0}décembre 9999",
            "vendredi 31\u{a0}décembre 9999",
            "31\u{a0}December 9999",
            "Friday 31\u{a0}December 9999",
        ),
    ];
    for (date, fr, fr_long, en, en_long) in cases {
        let date_v = d(date);
        assert_eq!(format_date(date_v, Lang::Fr), fr, "{date}");
        assert_eq!(format_date_long(date_v, Lang::Fr), fr_long, "{date}");
        assert_eq!(format_date(date_v, Lang::En), en, "{date}");
        assert_eq!(format_date_long(date_v, Lang::En), en_long, "{date}");
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers and amounts in words
// ---------------------------------------------------------------------------------------------

/// The required table, then the extra edge cases.
#[test]
fn numbers_in_words() {
    // (n, French, English)
    let cases: [(u64, &str, &str); 32] = [
        (0, "zéro", "zero"),
        (1, "un", "one"),
        (16, "seize", "sixteen"),
        (17, "dix-sept", "seventeen"),
        (21, "vingt et un", "twenty-one"),
        (71, "soixante et onze", "seventy-one"),
        (80, "quatre-vingts", "eighty"),
        (81, "quatre-vingt-un", "eighty-one"),
        (91, "quatre-vingt-onze", "ninety-one"),
        (100, "cent", "one hundred"),
        (180, "cent quatre-vingts", "one hundred and eighty"),
        (200, "deux cents", "two hundred"),
        (1_000, "mille", "one thousand"),
        (1_001, "mille un", "one thousand and one"),
        (80_000, "quatre-vingt mille", "eighty thousand"),
        (1_000_000, "un million", "one million"),
        (2_000_000_000, "deux milliards", "two billion"),
        // Extra edge cases.
        (70, "soixante-dix", "seventy"),
        (99, "quatre-vingt-dix-neuf", "ninety-nine"),
        (101, "cent un", "one hundred and one"),
        (201, "deux cent un", "two hundred and one"),
        (280, "deux cent quatre-vingts", "two hundred and eighty"),
        (1_100, "mille cent", "one thousand one hundred"),
        (21_000, "vingt et un mille", "twenty-one thousand"),
        (200_000, "deux cent mille", "two hundred thousand"),
        (
            200_080,
            "deux cent mille quatre-vingts",
            "two hundred thousand and eighty",
        ),
        (1_000_001, "un million un", "one million and one"),
        (
            1_200_000,
            "un million deux cent mille",
            "one million two hundred thousand",
        ),
        (80_000_000, "quatre-vingts millions", "eighty million"),
        (200_000_000, "deux cents millions", "two hundred million"),
        (
            999_999_999_999,
            "neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions \
             neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf",
            "nine hundred and ninety-nine billion nine hundred and ninety-nine million \
             nine hundred and ninety-nine thousand nine hundred and ninety-nine",
        ),
        (1_000_000_000_000, "mille milliards", "one trillion"),
    ];
    for (n, fr, en) in cases {
        assert_eq!(number_in_words(n, Lang::Fr).as_deref(), Ok(fr), "{n}");
        assert_eq!(number_in_words(n, Lang::En).as_deref(), Ok(en), "{n}");
    }
}

#[test]
fn french_amounts_in_words() {
    let cases = [
        // The required table, with cents.
        ("0", "zéro euro"),
        ("0.00", "zéro euro"),
        ("0.01", "un centime"),
        ("0.80", "quatre-vingts centimes"),
        ("1", "un euro"),
        ("1.01", "un euro et un centime"),
        ("16.16", "seize euros et seize centimes"),
        ("17.17", "dix-sept euros et dix-sept centimes"),
        ("21.21", "vingt et un euros et vingt et un centimes"),
        (
            "71.71",
            "soixante et onze euros et soixante et onze centimes",
        ),
        ("80", "quatre-vingts euros"),
        ("80.80", "quatre-vingts euros et quatre-vingts centimes"),
        ("81.81", "quatre-vingt-un euros et quatre-vingt-un centimes"),
        (
            "91.91",
            "quatre-vingt-onze euros et quatre-vingt-onze centimes",
        ),
        ("100.10", "cent euros et dix centimes"),
        ("180.18", "cent quatre-vingts euros et dix-huit centimes"),
        ("200.02", "deux cents euros et deux centimes"),
        ("1000", "mille euros"),
        ("1001.01", "mille un euros et un centime"),
        (
            "1234.56",
            "mille deux cent trente-quatre euros et cinquante-six centimes",
        ),
        (
            "80000.80",
            "quatre-vingt mille euros et quatre-vingts centimes",
        ),
        ("1000000", "un million d'euros"),
        ("1000000.01", "un million d'euros et un centime"),
        ("2000000000", "deux milliards d'euros"),
        (
            "2000000000.50",
            "deux milliards d'euros et cinquante centimes",
        ),
        // Extra edge cases.
        ("70", "soixante-dix euros"),
        (
            "99.99",
            "quatre-vingt-dix-neuf euros et quatre-vingt-dix-neuf centimes",
        ),
        ("101", "cent un euros"),
        ("201", "deux cent un euros"),
        ("280", "deux cent quatre-vingts euros"),
        ("1100", "mille cent euros"),
        ("21000", "vingt et un mille euros"),
        ("200000", "deux cent mille euros"),
        ("200080", "deux cent mille quatre-vingts euros"),
        ("1000001", "un million un euros"),
        ("1000200", "un million deux cents euros"),
        ("1200000", "un million deux cent mille euros"),
        ("80000000", "quatre-vingts millions d'euros"),
        ("200000000", "deux cents millions d'euros"),
        ("1000000000", "un milliard d'euros"),
        ("1001000000", "un milliard un million d'euros"),
        ("1000000000000", "mille milliards d'euros"),
        (
            "999999999999.99",
            "neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions \
             neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf euros \
             et quatre-vingt-dix-neuf centimes",
        ),
        // Rounded half-up to the cent first.
        ("2.675", "deux euros et soixante-huit centimes"),
        ("0.005", "un centime"),
        ("0.004", "zéro euro"),
        ("-0.004", "zéro euro"),
        ("999999999999.995", "mille milliards d'euros"),
    ];
    for (amount, expected) in cases {
        assert_eq!(words(amount, Lang::Fr), expected, "{amount}");
    }
}

#[test]
fn english_amounts_in_words() {
    let cases = [
        ("0", "zero euros"),
        ("0.01", "one cent"),
        ("0.80", "eighty cents"),
        ("1", "one euro"),
        ("1.01", "one euro and one cent"),
        ("16", "sixteen euros"),
        ("17", "seventeen euros"),
        ("21.21", "twenty-one euros and twenty-one cents"),
        ("71", "seventy-one euros"),
        ("80", "eighty euros"),
        ("81", "eighty-one euros"),
        ("91", "ninety-one euros"),
        ("100", "one hundred euros"),
        ("180", "one hundred and eighty euros"),
        ("200", "two hundred euros"),
        ("1000", "one thousand euros"),
        ("1001", "one thousand and one euros"),
        (
            "1234.56",
            "one thousand two hundred and thirty-four euros and fifty-six cents",
        ),
        ("80000", "eighty thousand euros"),
        ("1000000", "one million euros"),
        ("2000000000", "two billion euros"),
        ("200080", "two hundred thousand and eighty euros"),
        ("1200000", "one million two hundred thousand euros"),
        ("1000000000000", "one trillion euros"),
        (
            "999999999999.99",
            "nine hundred and ninety-nine billion nine hundred and ninety-nine million \
             nine hundred and ninety-nine thousand nine hundred and ninety-nine euros \
             and ninety-nine cents",
        ),
    ];
    for (amount, expected) in cases {
        assert_eq!(words(amount, Lang::En), expected, "{amount}");
    }
}

#[test]
fn amounts_in_words_errors() {
    for lang in [Lang::Fr, Lang::En] {
        for (amount, code) in [
            ("1000000000000.01", "amount-out-of-range"),
            ("1000000000000.005", "amount-out-of-range"),
            ("1000000000001", "amount-out-of-range"),
            ("-0.01", "negative-amount"),
            ("-0.005", "negative-amount"),
            ("-1", "negative-amount"),
        ] {
            let e = amount_in_words(dec(amount), lang).expect_err(amount);
            assert_eq!(e.code(), code, "{amount}");
            assert_eq!(e.field(), Some("amount"));
        }
        assert_eq!(
            amount_in_words(Decimal::MAX, lang).map_err(|e| e.code()),
            Err("amount-out-of-range")
        );
        assert_eq!(
            amount_in_words(Decimal::MIN, lang).map_err(|e| e.code()),
            Err("negative-amount")
        );
        assert_eq!(
            number_in_words(1_000_000_000_001, lang).map_err(|e| e.code()),
            Err("amount-out-of-range")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

#[test]
fn html_payloads_are_neutralised() {
    let cases = [
        (
            "<img src=x onerror=alert(1)>",
            "&lt;img src=x onerror=alert(1)&gt;",
        ),
        (
            "\"><script>alert('x')</script>",
            "&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
        ),
        ("' onmouseover='alert(1)", "&#39; onmouseover=&#39;alert(1)"),
        (
            "\" autofocus onfocus=\"alert(1)",
            "&quot; autofocus onfocus=&quot;alert(1)",
        ),
        ("<svg/onload=alert(1)>", "&lt;svg/onload=alert(1)&gt;"),
        ("<!-- x -->", "&lt;!-- x --&gt;"),
        (
            "Tom & Jerry <tom@example.com>",
            "Tom &amp; Jerry &lt;tom@example.com&gt;",
        ),
        ("&lt;already&gt;", "&amp;lt;already&amp;gt;"),
        ("SARL L'Étoile « Nord »", "SARL L&#39;Étoile « Nord »"),
        ("1\u{202f}234,56\u{a0}€", "1\u{202f}234,56\u{a0}€"),
        ("", ""),
    ];
    for (raw, expected) in cases {
        assert_eq!(escape_html(raw), expected, "{raw}");
    }
}

#[test]
fn addresses_become_html_lines() {
    assert_eq!(
        text_to_html("Dupont & Fils SARL\n12 rue de l'Église\r\n75001 Paris"),
        "Dupont &amp; Fils SARL<br>12 rue de l&#39;Église<br>75001 Paris"
    );
    assert_eq!(
        text_to_html("<script>\nalert(1)\n</script>"),
        "&lt;script&gt;<br>alert(1)<br>&lt;/script&gt;"
    );
    assert_eq!(text_to_html("one line"), "one line");
    assert_eq!(text_to_html("a\r\rb"), "a<br><br>b");
}

// ---------------------------------------------------------------------------------------------
// SMS
// ---------------------------------------------------------------------------------------------

fn sms(encoding: SmsEncoding, length: u32, parts: u32) -> SmsInfo {
    SmsInfo {
        encoding,
        length,
        parts,
    }
}

#[test]
fn french_reminder_sms_in_gsm7() {
    // 124 characters, all GSM-7 (é is in the basic table), € counts 2: 125 septets.
    let text =
        "Bonjour, la facture F-2026-042 de 1 234,56 € est échue depuis le 12 décembre 2026. \
                Merci de régler sous 8 jours. Dupont SARL";
    assert_eq!(gsm7_info(text), sms(SmsEncoding::Gsm7, 125, 1));
}

#[test]
fn french_reminder_sms_with_typographic_spaces_needs_ucs2() {
    // The same message built with the letter formatters: U+202F / U+00A0 are not GSM-7, so
    // the 124 characters go as UCS-2 (1 unit each, € included): 2 parts of at most 67.
    let text = format!(
        "Bonjour, la facture F-2026-042 de {} est échue depuis le {}. \
         Merci de régler sous 8 jours. Dupont SARL",
        format_amount(dec("1234.56"), Lang::Fr),
        format_date(d("2026-12-12"), Lang::Fr),
    );
    assert_eq!(gsm7_info(&text), sms(SmsEncoding::Ucs2, 124, 2));
    // Folded for SMS, it is the GSM-7 message above again.
    assert_eq!(
        gsm7_info(&fold_for_sms(&text)),
        sms(SmsEncoding::Gsm7, 125, 1)
    );
}

#[test]
fn one_lower_case_c_cedilla_switches_to_ucs2() {
    // 117 characters; with "reçu" UCS-2 (2 parts), with "recu" GSM-7 (€ = 2 → 118, 1 part).
    let with_cedilla = "Bonjour, nous n'avons pas reçu le règlement de la facture F-2026-042 \
                        (1 234,56 €). Merci de régulariser sous 8 jours.";
    assert_eq!(gsm7_info(with_cedilla), sms(SmsEncoding::Ucs2, 117, 2));
    let without = with_cedilla.replace('ç', "c");
    assert_eq!(gsm7_info(&without), sms(SmsEncoding::Gsm7, 118, 1));
    // The typographic apostrophe alone also forces UCS-2.
    let curly = without.replace('\'', "\u{2019}");
    assert_eq!(gsm7_info(&curly), sms(SmsEncoding::Ucs2, 117, 2));
}

#[test]
fn sms_part_boundaries() {
    let cases = [
        ("a".repeat(160), sms(SmsEncoding::Gsm7, 160, 1)),
        ("a".repeat(161), sms(SmsEncoding::Gsm7, 161, 2)),
        ("a".repeat(306), sms(SmsEncoding::Gsm7, 306, 2)),
        ("a".repeat(307), sms(SmsEncoding::Gsm7, 307, 3)),
        ("€".repeat(80), sms(SmsEncoding::Gsm7, 160, 1)),
        ("€".repeat(81), sms(SmsEncoding::Gsm7, 162, 2)),
        ("[x]{y}^~\\|".to_owned(), sms(SmsEncoding::Gsm7, 18, 1)),
        ("ç".repeat(70), sms(SmsEncoding::Ucs2, 70, 1)),
        ("ç".repeat(71), sms(SmsEncoding::Ucs2, 71, 2)),
        ("ç".repeat(134), sms(SmsEncoding::Ucs2, 134, 2)),
        ("ç".repeat(135), sms(SmsEncoding::Ucs2, 135, 3)),
        // Outside the BMP: two UTF-16 units each.
        ("😀".to_owned(), sms(SmsEncoding::Ucs2, 2, 1)),
        ("😀".repeat(35), sms(SmsEncoding::Ucs2, 70, 1)),
        ("😀".repeat(36), sms(SmsEncoding::Ucs2, 72, 2)),
        // € counts 1 in UCS-2.
        (
            format!("ê{}", "€".repeat(69)),
            sms(SmsEncoding::Ucs2, 70, 1),
        ),
        (String::new(), sms(SmsEncoding::Gsm7, 0, 0)),
        ("\r\n".to_owned(), sms(SmsEncoding::Gsm7, 2, 1)),
    ];
    for (text, expected) in cases {
        assert_eq!(gsm7_info(&text), expected, "{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// Properties: no input panics; outputs keep their invariants
// ---------------------------------------------------------------------------------------------

fn arb_decimal() -> impl Strategy<Value = Decimal> {
    (
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<bool>(),
        0u32..=28,
    )
        .prop_map(|(lo, mid, hi, neg, scale)| Decimal::from_parts(lo, mid, hi, neg, scale))
}

/// Amounts a letter really prints: up to 10^13 with up to 4 decimals, either sign.
fn arb_amount() -> impl Strategy<Value = Decimal> {
    (
        -10_000_000_000_000_000i64..=10_000_000_000_000_000i64,
        0u32..=4,
    )
        .prop_map(|(m, scale)| Decimal::new(m, scale))
}

/// Amounts in words range built group by group, biased toward the groups with agreement rules
/// (1, 21, 80, 81, 100, 200, 280) so that every rule is exercised at every position.
fn arb_words_amount() -> impl Strategy<Value = Decimal> {
    let group = || {
        prop_oneof![
            Just(0u64),
            Just(1),
            Just(21),
            Just(80),
            Just(81),
            Just(100),
            Just(200),
            Just(280),
            0u64..1000,
        ]
    };
    (group(), group(), group(), group(), 0u64..100).prop_map(|(g, m, k, u, cents)| {
        let euros = ((g * 1000 + m) * 1000 + k) * 1000 + u;
        let total = i64::try_from(euros * 100 + cents).unwrap_or(0);
        Decimal::new(total, 2)
    })
}

const NUMERAL_WORDS: [&str; 27] = [
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "cents",
    "mille",
    "et",
    "quatre-vingt",
    "quatre-vingts",
];

const MULTIPLIERS: [&str; 8] = [
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_decimal_formats_or_errs_cleanly(v in arb_decimal()) {
        for lang in [Lang::Fr, Lang::En] {
            prop_assert!(!format_amount(v, lang).is_empty());
            prop_assert!(!format_percent(v, lang).is_empty());
            let _ = amount_in_words(v, lang);
        }
    }

    /// The French amount, separators removed, is the crate's own two-decimal string.
    #[test]
    fn french_amount_matches_money_display(v in arb_amount()) {
        let fr = format_amount(v, Lang::Fr);
        let plain: String = fr
            .trim_end_matches("\u{a0}€")
            .chars()
            .filter(|&c| c != '\u{202f}')
            .map(|c| match c { ',' => '.', '\u{2212}' => '-', c => c })
            .collect();
        prop_assert_eq!(plain, Money(v).to_string());
        let en = format_amount(v, Lang::En);
        let plain_en: String = en
            .chars()
            .filter(|&c| c != ',' && c != '€')
            .map(|c| if c == '\u{2212}' { '-' } else { c })
            .collect();
        prop_assert_eq!(plain_en, Money(v).to_string());
    }

    /// Words exist exactly for 0 ≤ rounded amount ≤ 10^12, and follow the agreement rules:
    /// `cents` / `quatre-vingts` are never followed by another numeral word, a multiplied `cent`
    /// and `quatre-vingt` (no s) never end the numeral, no `un mille` at the start.
    #[test]
    fn french_words_follow_agreement_rules(v in prop_oneof![arb_amount(), arb_words_amount()]) {
        let rounded = v.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        let result = amount_in_words(v, Lang::Fr);
        let in_range = rounded >= Decimal::ZERO && rounded <= Decimal::new(1_000_000_000_000, 0);
        prop_assert_eq!(result.is_ok(), in_range, "{}", v);
        if let Ok(text) = result {
            let tokens: Vec<&str> = text.split(' ').collect();
            for (i, t) in tokens.iter().enumerate() {
                let next = tokens.get(i + 1).copied();
                let last_part = t.rsplit('-').next().unwrap_or(t);
                if *t == "cents" || last_part == "vingts" {
                    prop_assert!(next.is_none_or(|n| !NUMERAL_WORDS.contains(&n.split('-').next().unwrap_or(n))),
                        "{} in {}", t, text);
                }
                // A multiplied "cent" or a bare "quatre-vingt" must be followed by more numeral.
                let multiplied = i > 0 && tokens.get(i - 1).is_some_and(|p| MULTIPLIERS.contains(p));
                if (*t == "cent" && multiplied) || *t == "quatre-vingt" {
                    prop_assert!(next.is_some_and(|n| NUMERAL_WORDS.contains(&n.split('-').next().unwrap_or(n))),
                        "{} in {}", t, text);
                }
            }
            prop_assert!(!text.starts_with("un mille"), "{}", text);
            prop_assert!(!text.contains("  "));
        }
    }

    #[test]
    fn escaped_html_has_no_markup_and_round_trips(s in any::<String>()) {
        let e = escape_html(&s);
        prop_assert!(!e.contains(['<', '>', '"', '\'']));
        let back = e
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        prop_assert_eq!(back, s.clone());
        let h = text_to_html(&s);
        prop_assert!(!h.replace("<br>", "").contains(['<', '>', '"', '\'', '\n', '\r']));
    }

    #[test]
    fn sms_info_is_consistent(s in any::<String>()) {
        let info = gsm7_info(&s);
        let chars = u32::try_from(s.chars().count()).unwrap_or(u32::MAX);
        prop_assert!(info.length >= chars);
        let (single, multi) = match info.encoding {
            SmsEncoding::Gsm7 => (160, 153),
            SmsEncoding::Ucs2 => (70, 67),
        };
        if info.length == 0 {
            prop_assert_eq!(info.parts, 0);
        } else if info.length <= single {
            prop_assert_eq!(info.parts, 1);
        } else {
            prop_assert!(info.parts >= 2);
            prop_assert!((info.parts - 1) * multi < info.length && info.length <= info.parts * multi);
        }
        let folded = fold_for_sms(&s);
        let typographic = folded.contains(['\u{a0}', '\u{202f}', '\u{2212}']);
        prop_assert!(!typographic);
    }

    #[test]
    fn any_date_formats(days in -800_000i32..3_000_000) {
        if let Ok(date) = d("1970-01-01").add_days(days) {
            for lang in [Lang::Fr, Lang::En] {
                let short = format_date(date, lang);
                let long = format_date_long(date, lang);
                prop_assert!(long.ends_with(&short));
                prop_assert!(short.ends_with(&date.year().to_string()));
            }
        }
    }
}
