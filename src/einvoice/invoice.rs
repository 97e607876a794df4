//! From what the file says ([`RawInvoice`]) to a checked [`ReadInvoiceResult`]: mandatory
//! fields, dates and amounts, the due date, the regime, the ready-made inputs of the other
//! functions, and the warnings.

use super::raw::{DateText, RawInvoice, Text};
use super::{
    party, terms, Container, DueDateSource, DunningInvoiceFields, InvoiceKind, LateFeesFields,
    LatePaymentMentions, LetterCreditorFields, LetterDebtorFields, LetterInvoiceFields,
    OrderReference, ReadInvoiceResult, Syntax,
};
use crate::calendar::{due_date, DueDateInput};
use crate::date::IsoDate;
use crate::dunning::DebtorKind;
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{einvoice as msg, Text as Msg};
use crate::money::{round_cents, Money};
use crate::regime::Regime;
use crate::warning::Warning;
use rust_decimal::Decimal;

/// Largest amount accepted, as for every relance amount (10^12).
const MAX_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

/// Document type codes (UNTDID 1001) that are credit notes; every other code is read as an
/// invoice (380 commercial invoice, 384 corrected, 389 self-billed, 751 invoice information
/// for accounting purposes, 386 prepayment, 393 factored, 875–877 construction…).
const CREDIT_NOTE_CODES: [&str; 9] = [
    "381", "261", "262", "296", "308", "396", "420", "458", "532",
];

/// Codes EN 16931 and Factur-X list for invoices (an unknown code gives a warning).
const INVOICE_CODES: [&str; 16] = [
    "380", "383", "384", "386", "389", "393", "394", "395", "575", "623", "751", "780", "82",
    "875", "876", "877",
];

/// What a message names a field by (`msg::field_issue_date`…).
pub type What = fn(Lang) -> String;

pub(super) fn missing(path: &str, what: What) -> Error {
    Error::at(
        ErrorKind::MissingField,
        path,
        Msg::of(&|l| msg::field_missing(l, &what(l), path)),
    )
}

fn required(t: &Option<Text>, fallback: &str, what: What) -> Result<(String, String)> {
    match t {
        Some(t) if !t.value.is_empty() => Ok((t.value.clone(), t.path.clone())),
        Some(t) => Err(missing(&t.path, what)),
        None => Err(missing(fallback, what)),
    }
}

/// A CII `DateTimeString` (format 102 = YYYYMMDD) or a UBL xs:date (YYYY-MM-DD, an optional
/// time zone ignored).
pub fn parse_date(d: &DateText, what: What) -> Result<IsoDate> {
    let v = d.value.trim();
    if v.is_empty() {
        return Err(missing(&d.path, what));
    }
    let bad = |m: Msg| Error::at(ErrorKind::InvalidDate, d.path.clone(), m);
    let shown: String = v.chars().take(40).collect();
    let iso = match d.format.as_deref() {
        Some("102") | None if v.len() == 8 && v.chars().all(|c| c.is_ascii_digit()) => {
            format!("{}-{}-{}", &v[..4], &v[4..6], &v[6..8])
        }
        Some("102") => {
            return Err(bad(Msg::of(&|l| {
                msg::date_not_format_102(l, &what(l), &shown)
            })))
        }
        Some(other) => {
            return Err(bad(Msg::of(&|l| {
                msg::date_format_unsupported(l, &what(l), other)
            })))
        }
        None => {
            // xs:date: YYYY-MM-DD, optionally followed by Z or ±hh:mm.
            let day = v.get(..10).unwrap_or(v);
            let zone = v.get(10..).unwrap_or("");
            let zone_ok = zone.is_empty()
                || zone == "Z"
                || (zone.len() == 6
                    && (zone.starts_with('+') || zone.starts_with('-'))
                    && zone.as_bytes().get(3) == Some(&b':'));
            if !zone_ok {
                return Err(bad(Msg::of(&|l| {
                    msg::date_not_xs_date(l, &what(l), &shown)
                })));
            }
            day.to_owned()
        }
    };
    IsoDate::parse(&iso).map_err(|e| {
        Error::at(
            ErrorKind::InvalidDate,
            d.path.clone(),
            Msg::of(&|l| msg::date_invalid(l, &what(l), &shown, e.message_in(l))),
        )
    })
}

/// An xs:decimal amount, rounded half-up to the cent (EN 16931 totals have two decimals).
pub fn parse_amount(
    t: &Text,
    what: What,
    warnings: &mut Vec<Warning>,
    lang: Lang,
) -> Result<Decimal> {
    let v = t.value.trim();
    let shown: String = v.chars().take(40).collect();
    let body = v.strip_prefix(['-', '+']).unwrap_or(v);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let ok = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(body.contains('.') && frac.is_empty());
    if !ok {
        return Err(Error::at(
            ErrorKind::InvalidAmount,
            t.path.clone(),
            Msg::of(&|l| msg::amount_not_decimal(l, &what(l), &shown)),
        ));
    }
    if int.len() > 15 || frac.len() > 10 {
        return Err(Error::at(
            ErrorKind::AmountOutOfRange,
            t.path.clone(),
            Msg::of(&|l| msg::amount_too_many_digits(l, &what(l), &shown)),
        ));
    }
    let value = Decimal::from_str_exact(v).map_err(|_| {
        Error::at(
            ErrorKind::InvalidAmount,
            t.path.clone(),
            Msg::of(&|l| msg::amount_not_decimal(l, &what(l), &shown)),
        )
    })?;
    if value.abs() > MAX_AMOUNT {
        return Err(Error::at(
            ErrorKind::AmountOutOfRange,
            t.path.clone(),
            Msg::of(&|l| msg::amount_too_large(l, &what(l), &shown)),
        ));
    }
    let rounded = round_cents(value);
    if rounded != value {
        warnings.push(Warning::new(
            "amount-rounded",
            msg::amount_rounded(lang, &what(lang), &shown, Money(rounded)),
        ));
    }
    Ok(rounded)
}

/// The profile a specification identifier (BT-24) names.
pub fn profile_name(id: &str) -> Option<&'static str> {
    let l = id.to_ascii_lowercase();
    let named = [
        ("xrechnung", "XRECHNUNG"),
        ("extended-ctc-fr", "EXTENDED-CTC-FR"),
        ("peppol.eu:2017:poacc:billing", "PEPPOL BIS 3"),
        (":minimum", "MINIMUM"),
        (":basicwl", "BASIC WL"),
        (":basic", "BASIC"),
        (":extended", "EXTENDED"),
        (":comfort", "EN 16931"),
    ];
    for (needle, name) in named {
        if l.contains(needle) {
            return Some(name);
        }
    }
    (l == "urn:cen.eu:en16931:2017").then_some("EN 16931")
}

/// Builds the result (see the field docs of [`ReadInvoiceResult`]).
pub fn build(
    raw: RawInvoice,
    container: Container,
    embedded_file_name: Option<String>,
    mut warnings: Vec<Warning>,
    lang: Lang,
) -> Result<ReadInvoiceResult> {
    let root = raw.root.clone();
    // BT-1.
    let (number, _) = required(&raw.number, &format!("{root}.ID"), msg::field_number)?;
    // BT-3.
    let type_fallback = match raw.syntax {
        Syntax::Cii => format!("{root}.ExchangedDocument.TypeCode"),
        Syntax::Ubl if raw.credit_note_root => format!("{root}.CreditNoteTypeCode"),
        Syntax::Ubl => format!("{root}.InvoiceTypeCode"),
    };
    let (type_code, _) = required(&raw.type_code, &type_fallback, msg::field_type_code)?;
    let kind = if raw.credit_note_root || CREDIT_NOTE_CODES.contains(&type_code.as_str()) {
        InvoiceKind::CreditNote
    } else {
        if !INVOICE_CODES.contains(&type_code.as_str()) {
            warnings.push(Warning::new(
                "unknown-type-code",
                msg::unknown_type_code(lang, &type_code),
            ));
        }
        InvoiceKind::Invoice
    };
    // BT-2.
    let issue_date = match &raw.issue_date {
        Some(d) => parse_date(d, msg::field_issue_date)?,
        None => return Err(missing(&format!("{root}.IssueDate"), msg::field_issue_date)),
    };
    // BT-5.
    let (currency, _) = required(
        &raw.currency,
        &format!("{root}.InvoiceCurrencyCode"),
        msg::field_currency,
    )?;
    // BT-115 (mandatory), BT-112, BT-113.
    let amount_due_text = raw
        .amount_due
        .clone()
        .ok_or_else(|| missing(&raw.amount_due_path, msg::field_amount_due))?;
    let amount_due = parse_amount(&amount_due_text, msg::field_amount_due, &mut warnings, lang)?;
    let total_with_tax = raw
        .total_with_tax
        .as_ref()
        .map(|t| parse_amount(t, msg::field_total_with_tax, &mut warnings, lang))
        .transpose()?;
    let prepaid = raw
        .prepaid
        .as_ref()
        .map(|t| parse_amount(t, msg::field_paid_amount, &mut warnings, lang))
        .transpose()?;
    // Parties.
    let name_local = match raw.syntax {
        Syntax::Cii => "Name",
        Syntax::Ubl => "PartyLegalEntity.RegistrationName",
    };
    let (seller, seller_src) = party::build(
        &raw.seller,
        &format!("{}.{name_local}", raw.seller.path),
        msg::field_seller_name,
    )?;
    let (buyer, buyer_src) = party::build(
        &raw.buyer,
        &format!("{}.{name_local}", raw.buyer.path),
        msg::field_buyer_name,
    )?;
    let _ = seller_src;
    let (regime, regime_reason) = party::infer_regime(
        &buyer,
        buyer_src.as_ref(),
        raw.buyer_reference.as_deref(),
        &raw.notes,
        lang,
    );
    // Order.
    let order = match &raw.order_id {
        Some(id) => Some(OrderReference {
            id: id.clone(),
            date: raw
                .order_date
                .as_ref()
                .filter(|d| !d.value.trim().is_empty())
                .map(|d| parse_date(d, msg::field_order_date))
                .transpose()?,
        }),
        None => None,
    };
    // Payment terms and late-payment mentions.
    let payment_terms = (!raw.payment_terms.is_empty()).then(|| raw.payment_terms.join("\n"));
    let mention_texts: Vec<&str> = raw
        .notes
        .iter()
        .filter(|n| matches!(n.subject_code.as_deref(), Some("PMD" | "PMT" | "AAB")))
        .map(|n| n.text.as_str())
        .chain(raw.payment_terms.iter().map(String::as_str))
        .collect();
    let all_texts: Vec<&str> = raw
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .chain(raw.payment_terms.iter().map(String::as_str))
        .collect();
    let (penalty_rate, fixed_indemnity) = terms::mentions(&all_texts);
    let late_payment_mentions = LatePaymentMentions {
        text: (!mention_texts.is_empty()).then(|| mention_texts.join("\n")),
        penalty_rate,
        fixed_indemnity,
    };
    if regime == Some(Regime::FrB2b) && kind == InvoiceKind::Invoice {
        l441_9_warning(penalty_rate, fixed_indemnity, &mut warnings, lang);
    }
    // BT-9, else the terms.
    let mut due_date_source = None;
    let due = match &raw.due_date {
        Some(d) if !d.value.trim().is_empty() => {
            due_date_source = Some(DueDateSource::DueDateElement);
            Some(parse_date(d, msg::field_due_date)?)
        }
        _ => {
            let computed = payment_terms
                .as_deref()
                .and_then(|t| due_from_terms(t, issue_date, regime, &mut warnings, lang));
            if computed.is_some() {
                due_date_source = Some(DueDateSource::PaymentTerms);
            } else if kind == InvoiceKind::Invoice {
                warnings.push(Warning::new(
                    "no-due-date",
                    match &payment_terms {
                        Some(t) => msg::no_due_date_unreadable_terms(
                            lang,
                            &t.chars().take(200).collect::<String>(),
                        ),
                        None => msg::no_due_date_no_terms(lang),
                    },
                ));
            }
            computed
        }
    };
    if raw.lines.is_empty() {
        let profile = raw.profile_id.as_deref().and_then(profile_name);
        warnings.push(Warning::new(
            "no-lines",
            msg::no_lines(
                lang,
                &profile
                    .map(|p| msg::profile_has_no_lines(lang, p))
                    .unwrap_or_default(),
            ),
        ));
    }
    // Currency and kind decide whether the ready-made inputs exist.
    let eur = currency.eq_ignore_ascii_case("EUR");
    if !eur {
        warnings.push(Warning::new(
            "currency-not-eur",
            msg::currency_not_eur(lang, &currency),
        ));
    }
    if kind == InvoiceKind::CreditNote {
        warnings.push(Warning::new("credit-note", msg::credit_note(lang)));
    } else if amount_due <= Decimal::ZERO {
        warnings.push(Warning::new(
            "nothing-due",
            msg::nothing_due(lang, Money(amount_due)),
        ));
    }
    let chase = eur && kind == InvoiceKind::Invoice && amount_due > Decimal::ZERO;
    let money = Money(amount_due);
    let late_fees_input = match (chase, regime, due) {
        (true, Some(regime), Some(due_date)) => Some(LateFeesFields {
            regime,
            amount: money,
            due_date,
        }),
        _ => None,
    };
    let (description, quantity) = line_summary(&raw.lines);
    let letter_invoice = match (chase, due) {
        (true, Some(due_date)) => Some(LetterInvoiceFields {
            number: number.clone(),
            issue_date,
            due_date,
            amount: money,
            order_date: order.as_ref().and_then(|o| o.date),
            description,
            quantity,
        }),
        _ => None,
    };
    let dunning_invoice = match (chase, due) {
        (true, Some(due_date)) => Some(DunningInvoiceFields {
            id: number.clone(),
            number: number.clone(),
            issue_date,
            due_date,
            amount: money,
        }),
        _ => None,
    };
    let creditor = LetterCreditorFields {
        name: seller.name.clone(),
        address: seller.address_lines.join("\n"),
        siren: seller.siren.clone(),
        vat_number: seller.vat_number.clone(),
        email: seller.email.clone(),
        iban: raw.iban.clone(),
        bic: raw.bic.clone(),
        place: raw.seller.city.clone(),
    };
    let debtor = LetterDebtorFields {
        name: buyer.name.clone(),
        address: (!buyer.address_lines.is_empty()).then(|| buyer.address_lines.join("\n")),
        kind: match regime {
            Some(Regime::FrB2b) => Some(DebtorKind::Business),
            Some(Regime::FrPublic) => Some(DebtorKind::Public),
            Some(Regime::FrB2c) => Some(DebtorKind::Consumer),
            None => None,
        },
    };
    Ok(ReadInvoiceResult {
        syntax: raw.syntax,
        container,
        embedded_file_name,
        profile: raw
            .profile_id
            .as_deref()
            .and_then(profile_name)
            .map(str::to_owned),
        profile_id: raw.profile_id,
        number,
        type_code,
        kind,
        issue_date,
        due_date: due,
        due_date_source,
        amount_due: money,
        total_with_tax: total_with_tax.map(Money),
        prepaid_amount: prepaid.map(Money),
        currency,
        seller,
        buyer,
        iban: raw.iban,
        bic: raw.bic,
        buyer_reference: raw.buyer_reference,
        order,
        lines: raw.lines,
        payment_terms,
        notes: raw.notes,
        late_payment_mentions,
        regime,
        regime_reason,
        late_fees_input,
        letter_invoice,
        dunning_invoice,
        creditor,
        debtor,
        warnings,
    })
}

/// Art. L441-9 C. com.: an invoice between professionals must state the date by which payment
/// must be made, the rate of the late-payment penalties due from the day after that date, and
/// the amount of the fixed indemnity for recovery costs of art. L441-10 II (40 €, D441-5): the
/// amount itself, a reference to the code is not enough. A breach is an administrative fine of
/// up to 75 000 € for a natural person and 375 000 € for a legal person, doubled on a repeat
/// within two years (L441-9). Omitting the L441-10 II mentions from the payment conditions is
/// also fined under L441-16 (up to 75 000 € / 2 000 000 €). The penalties and the indemnity are
/// owed whether or not the invoice states them (L441-10 II).
fn l441_9_warning(penalty: bool, indemnity: bool, warnings: &mut Vec<Warning>, lang: Lang) {
    let missing: Vec<String> = [
        (!penalty).then(|| msg::mention_penalty_rate(lang)),
        (!indemnity).then(|| msg::mention_fixed_indemnity(lang)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        warnings.push(Warning::new(
            "late-payment-mentions-missing",
            msg::late_payment_mentions_missing(lang, &missing.join(&msg::mentions_nor(lang))),
        ));
    }
}

/// The due date from the payment-terms text, with the warning saying how.
fn due_from_terms(
    text: &str,
    issue_date: IsoDate,
    regime: Option<Regime>,
    warnings: &mut Vec<Warning>,
    lang: Lang,
) -> Option<IsoDate> {
    let read = terms::read_terms(text)?;
    let compute = |t| {
        due_date(&DueDateInput {
            issue_date,
            terms: t,
            regime: Some(regime.unwrap_or(Regime::FrB2b)),
            public_buyer: None,
            lang: Some(lang),
        })
        .ok()
    };
    let result = compute(read.terms)?;
    let alt = read
        .alternative
        .and_then(compute)
        .filter(|a| a.date != result.date);
    let alt_text = match (read.alternative, &alt) {
        (Some(t), Some(a)) => msg::due_date_alternative(lang, &terms::describe(t, lang), a.date),
        _ => String::new(),
    };
    warnings.push(Warning::new(
        "due-date-from-terms",
        msg::due_date_from_terms(
            lang,
            result.date,
            &text.chars().take(200).collect::<String>(),
            &terms::describe(read.terms, lang),
            &alt_text,
        ),
    ));
    warnings.extend(result.warnings);
    Some(result.date)
}

/// The letter's `description` and `quantity`: the lines' names and quantities, in order.
fn line_summary(lines: &[super::InvoiceLine]) -> (Option<String>, Option<String>) {
    const MAX: usize = 5;
    let named: Vec<&super::InvoiceLine> =
        lines.iter().filter(|l| !l.description.is_empty()).collect();
    if named.is_empty() {
        return (None, None);
    }
    let more = if named.len() > MAX { "; …" } else { "" };
    let description = named
        .iter()
        .take(MAX)
        .map(|l| l.description.as_str())
        .collect::<Vec<_>>()
        .join("; ")
        + more;
    let quantities: Vec<String> = named
        .iter()
        .take(MAX)
        .filter_map(|l| {
            let q = trim_zeros(l.quantity.as_deref()?);
            Some(match l.unit_code.as_deref().and_then(unit_label) {
                Some(u) => format!("{q} {u}"),
                None => q.to_owned(),
            })
        })
        .collect();
    let quantity = (!quantities.is_empty()).then(|| quantities.join("; ") + more);
    (Some(description), quantity)
}

/// "1.0000" → "1", "2.50" → "2.5": a quantity as a person writes it.
fn trim_zeros(q: &str) -> &str {
    if q.contains('.') {
        q.trim_end_matches('0').trim_end_matches('.')
    } else {
        q
    }
}

/// French labels for common UN/ECE Recommendation 20 unit codes.
fn unit_label(code: &str) -> Option<&'static str> {
    Some(match code {
        "C62" | "H87" | "EA" | "XPP" => "unité(s)",
        "HUR" => "heure(s)",
        "DAY" => "jour(s)",
        "MON" => "mois",
        "WEE" => "semaine(s)",
        "KGM" => "kg",
        "GRM" => "g",
        "TNE" => "t",
        "MTR" => "m",
        "MTK" => "m²",
        "MTQ" => "m³",
        "LTR" => "l",
        "KWH" => "kWh",
        "SET" => "lot(s)",
        "LS" => "forfait",
        _ => return None,
    })
}
