//! `render_letter`: the text of every dunning step — pre-reminder, reminder, phone script,
//! second reminder, final notice, mise en demeure, statement, payment plan and hand-over note,
//! then the court steps: requête en injonction de payer, référé-provision and procédure
//! simplifiée cover letters (`render/court.rs`) —
//! for e-mail, postal letter or SMS, in French or English, from the same data the calculators
//! use.
//!
//! # How a text is built
//!
//! 1. The figures: [`late_fees`](crate::regime::late_fees()) runs once per invoice (its
//!    figures and periods, without the rates-used lines) with the letter's regime and `asOf`
//!    (B2B: penalties and 40 € per invoice, L441-10 II and D441-5 C. com.; public buyers:
//!    interest and 40 €, L2192-13 CCP; consumers: legal interest only from `noticeDate`, never
//!    the 40 € — CPCE L111-8). They are returned in [`LetterResult::figures`], so an app can
//!    store exactly what was sent.
//! 2. The template: a data file per kind and language (`templates/<kind>.<lang>.txt`, read with
//!    `include_str!`) plus a shared `templates/common.<lang>.txt`. A file is a list of sections
//!    `=== name` or `=== name.audience` (audience `business`, `consumer`, `public`, chosen by
//!    the regime). `subject`, `body` and `sms` are the entry points; every other section is a
//!    snippet usable as a placeholder. Looking up a name tries the kind file for the audience,
//!    the kind file, then the common file for the audience and the common file.
//! 3. Placeholders are written `{{name}}` (spaces inside the braces are allowed); single braces
//!    are ordinary text. The names are in [`PLACEHOLDERS`]; an unknown name, or a `{{` without
//!    `}}`, is an `inconsistent-input` error whose field is `templates.<kind>.<part>` for an
//!    override (an `internal` error for a built-in text, which a test rules out). Tables
//!    (invoices, figures, periods, instalments) are computed in Rust: plain columns in `text`,
//!    a `<table>` in `html`.
//! 4. The layout: `letter` adds the French business-letter frame (sender block with SIREN and
//!    VAT number, recipient block, "Paris, le 22 novembre 2026", "Lettre recommandée avec accusé
//!    de réception" for a mise en demeure, "Objet :", "Réf. :", body, signature); `email` is the
//!    body and a signature with the contact details; `sms` is the `sms` section folded to GSM-7
//!    ([`fold_for_sms`]) and measured ([`gsm7_info`]).
//!
//! # Where things are
//!
//! | file | what |
//! |---|---|
//! | `templates/<kind>.<lang>.txt` | the words of each kind of letter (the formal notice is `templates/formal-notice.fr.txt`) |
//! | `render/types.rs` | the input and result types, the list of kinds and placeholders |
//! | `render/figures.rs` | the figures (`late_fees` per invoice), notice date, first presentation, deadline |
//! | `render/checks.rs` | warnings and errors per kind, ladder sequence, public-buyer rules |
//! | `render/values.rs` | the placeholder values and the sentences computed per regime |
//! | `render/tables.rs` | invoices, figures, periods and instalment tables |
//! | `render/template.rs` | the template engine (sections, `{{…}}`, overrides) |
//! | `render/layout.rs` | the letter, e-mail and SMS frames |
//! | `render/court.rs` | the court steps: the requête's parties, court, bordereau; their checks (CPC 1405–1407, 835, 873; CPCE L125-1) |
//!
//! # Decisions
//!
//! - The tone rises: pre-reminder and reminder are courteous ("il s'agit peut-être d'un simple
//!   oubli"), the second reminder is firm (rate, amount to date, 40 €, consequences, asks the
//!   reason), the final notice is formal (earlier reminders unanswered, a date "au plus tard
//!   le …", a mise en demeure follows), the mise en demeure is a legal act (C. civ. 1344).
//! - A deadline is computed, when not given, as `asOf` + `deadlineDays` under CPC 641/642
//!   ([`deadline`]): default 8 days for the final notice and the mise en demeure (practice:
//!   8–15 days, france-law.md §4.1); fewer than 8 days gives the warning `short-deadline`. It is
//!   counted from the letter's date, not from its receipt: for a registered letter choose
//!   10–15 days to leave time for delivery.
//! - Consumers (`fr-b2c`): no 40 €, no recovery costs (a hand-over note even says none may be
//!   charged, L111-8 CPCE), no threat of a visit at work or at relatives', no disclosure to
//!   third parties (C. pén. 226-1, seed 000). Interest at the legal rate only from the mise en
//!   demeure: a formal notice without `noticeDate` shows no interest and says that it makes
//!   interest run (C. civ. 1231-6, 1344-1); the `formal-notice-required` warning of
//!   `late_fees` is not repeated for it.
//! - The amounts claimed are the amounts outstanding: principal after payments, interest not yet
//!   paid, the indemnity. Penalties are not subject to VAT and are listed apart.
//! - English texts are faithful translations for a French creditor writing to foreign clients;
//!   they say French law applies and cite the French articles.
//! - The phone script is an internal document: its `email`/`letter` forms are the same script
//!   (no letter frame); its `sms` form is the message left after a missed call. A mise en
//!   demeure by e-mail or SMS is possible (an "interpellation suffisante") but hard to prove:
//!   the e-mail form is presented as the copy of the registered letter, and both give the
//!   warning `channel-not-recommended`. Statement, payment plan and hand-over by SMS give it too.
//! - The hand-over note is addressed to the commissaire de justice ("Maître,") or the agency,
//!   lists the steps done (`history`) and the documents, and for an agency recalls the R124-4
//!   CPCE mentions of its first letter.

use super::html::push_escaped;
use super::typography::french_spacing;
use super::{
    amount_in_words, escape_html, fold_for_sms, format_amount, format_date, format_percent,
    gsm7_info, number_in_words, text_to_html, Lang, SmsInfo,
};
use crate::calendar::{add_working_days, deadline, CalendarKind, DeadlineInput};
use crate::date::IsoDate;
use crate::dunning::DebtorKind;
use crate::error::{Error, ErrorKind, Result};
use crate::messages::{letters as msg, Text};
use crate::money::{self, Amount, Money, Percent, Rate};
use crate::rates::Creditor;
use crate::regime::{late_fees_periods, InvoiceTerms, LateFeesInput, Payment, PeriodLine, Regime};
use crate::warning::Warning;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

mod checks;
#[cfg(feature = "court-steps")]
mod court;
#[cfg(not(feature = "court-steps"))]
#[path = "court_off.rs"]
mod court;
mod figures;
mod layout;
mod tables;
mod template;
mod types;
mod values;

use checks::*;
use court::*;
use figures::*;
use layout::*;
use tables::*;
use template::*;
pub use types::*;
use values::*;

/// Renders the text of one dunning step. See the module docs for the rules.
///
/// Errors: `missing-field` (`invoices`, `instalments` for a payment plan, `recipient` for a
/// hand-over), `inconsistent-input` (`invoices[i].dueDate` before its issue date, `deadline`
/// not after `asOf`, `templates.<kind>.<part>` for an unknown placeholder), and whatever
/// `late_fees` or [`deadline`] return, with the field prefixed.
pub fn render_letter(input: &LetterInput) -> Result<LetterResult> {
    let lang = input.lang.unwrap_or_default();
    let mut warnings: Vec<Warning> = Vec::new();

    if let Some(templates) = &input.templates {
        for (kind, o) in &templates.0 {
            for (part, text) in [("subject", &o.subject), ("body", &o.body), ("sms", &o.sms)] {
                if let Some(text) = text {
                    check_template(*kind, lang, text).map_err(|m| {
                        Error::at(
                            ErrorKind::InconsistentInput,
                            format!("templates.{}.{part}", kind.code()),
                            m,
                        )
                    })?;
                }
            }
        }
    }

    if input.invoices.is_empty() {
        return Err(Error::at(
            ErrorKind::MissingField,
            "invoices",
            Text::of(&msg::no_invoice),
        ));
    }
    for (i, inv) in input.invoices.iter().enumerate() {
        if inv.due_date < inv.issue_date {
            return Err(Error::at(
                ErrorKind::InconsistentInput,
                format!("invoices[{i}].dueDate"),
                Text::of(&|l| msg::due_before_issue(l, inv.due_date, inv.issue_date)),
            ));
        }
    }

    let figures = compute_figures(input, &mut warnings)?;
    let deadline = compute_deadline(input, &mut warnings)?;
    let deadline_date = deadline.map(|(d, _)| d);
    court_checks(input, &figures, &mut warnings)?;
    kind_checks(input, &figures, &mut warnings)?;

    let audience = match input.regime {
        Regime::FrB2b => "business",
        Regime::FrB2c => "consumer",
        Regime::FrPublic => "public",
    };
    let mut variants = Vec::new();
    if let Some(r) = &input.recipient {
        variants.push(match r.kind {
            RecipientKind::CommissaireDeJustice => "commissaire",
            RecipientKind::Avocat => "avocat",
            RecipientKind::Agency => "agency",
        });
    }
    variants.push(audience);
    let values = build_values(input, lang, &figures, deadline, &mut warnings)?;
    let ctx = Ctx {
        values,
        kind_file: kind_sections(input.kind, lang),
        common: common_sections(lang),
        variants,
    };

    let over = input.templates.as_ref().and_then(|t| t.get(input.kind));
    let part = |name: &'static str| -> Result<(String, Option<&str>)> {
        let custom = over.and_then(|o| match name {
            "subject" => o.subject.as_deref(),
            "body" => o.body.as_deref(),
            _ => o.sms.as_deref(),
        });
        match custom {
            Some(t) => Ok((t.to_owned(), Some(name))),
            None => Ok((ctx.section(name).unwrap_or_default().to_owned(), None)),
        }
    };
    let fail = |custom: Option<&str>, m: Text| match custom {
        Some(p) => Error::at(
            ErrorKind::InconsistentInput,
            format!("templates.{}.{p}", input.kind.code()),
            m,
        ),
        None => Error::new(
            ErrorKind::Internal,
            Text::of(&|l| msg::built_in_template(l, m.get(l))),
        ),
    };

    let (subject_t, subject_custom) = part("subject")?;
    let subject = clean_text(
        &ctx.text(&subject_t, 0)
            .map_err(|m| fail(subject_custom, m))?,
    )
    .replace('\n', " ");

    let (text, html, sms) = if input.channel == LetterChannel::Sms {
        let (t, custom) = part("sms")?;
        let raw = clean_text(&ctx.text(&t, 0).map_err(|m| fail(custom, m))?);
        let folded = fold_for_sms(&raw);
        let info = gsm7_info(&folded);
        let html = format!(
            "<article class=\"relance-letter relance-{} relance-channel-sms\" lang=\"{}\">\n<p class=\"relance-sms-text\">{}</p>\n</article>\n",
            input.kind.code(),
            lang_code(lang),
            text_to_html(&folded)
        );
        (folded, html, Some(info))
    } else {
        let (t, custom) = part("body")?;
        let body_text = clean_text(&ctx.text(&t, 0).map_err(|m| fail(custom, m))?);
        let body_html = ctx.body_html(&t, 0).map_err(|m| fail(custom, m))?;
        let (text, html) = layout(input, lang, &subject, &body_text, &body_html);
        (text, html, None)
    };

    // French spacing is applied once, to the whole output, so that no fixed text, value or
    // override can leave an ordinary space before « : » or « € » (the SMS text was folded to
    // GSM-7 spaces on purpose and is left alone).
    let (subject, text, html) = match (lang, input.channel) {
        (Lang::Fr, LetterChannel::Sms) => (french_spacing(&subject), text, html),
        (Lang::Fr, _) => (
            french_spacing(&subject),
            french_spacing(&text),
            french_spacing(&html),
        ),
        (Lang::En, _) => (subject, text, html),
    };
    Ok(LetterResult {
        kind: input.kind,
        channel: input.channel,
        lang,
        subject,
        text,
        html,
        sms,
        figures,
        deadline: deadline_date,
        warnings: dedup(warnings),
    })
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}

fn dedup(warnings: Vec<Warning>) -> Vec<Warning> {
    let mut out: Vec<Warning> = Vec::new();
    for w in warnings {
        if !out
            .iter()
            .any(|o| o.code == w.code && o.message == w.message)
        {
            out.push(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_section_uses_known_names_only() {
        for lang in [Lang::Fr, Lang::En] {
            for kind in LetterKind::ALL {
                let files = [
                    sections(kind.template(lang)),
                    sections(common_template(lang)),
                ];
                for (name, text) in files.iter().flatten() {
                    assert!(
                        check_template(kind, lang, text).is_ok(),
                        "{}.{lang:?}: section {name}",
                        kind.code()
                    );
                }
                let own = sections(kind.template(lang));
                for part in ["subject", "body", "sms"] {
                    if part == "sms" && !kind.has_sms() {
                        assert!(!own.iter().any(|(n, _)| *n == "sms"), "{}", kind.code());
                        continue;
                    }
                    assert!(
                        own.iter().any(|(n, _)| *n == part),
                        "{}.{lang:?} has no {part}",
                        kind.code()
                    );
                }
            }
        }
    }

    #[test]
    fn labels_are_capitalized_as_to_uppercase_does() {
        for kind in LetterKind::ALL {
            for lang in [Lang::Fr, Lang::En] {
                let label = kind.label(lang);
                let mut chars = label.chars();
                let expected: String = chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default();
                assert_eq!(capitalized(label), expected);
            }
        }
    }

    #[test]
    fn both_languages_have_the_same_sections() {
        for kind in LetterKind::ALL {
            let names = |lang| {
                let mut v: Vec<&str> = sections(kind.template(lang))
                    .into_iter()
                    .map(|(n, _)| n)
                    .collect();
                v.sort_unstable();
                v
            };
            assert_eq!(names(Lang::Fr), names(Lang::En), "{}", kind.code());
        }
        let names = |lang| {
            let mut v: Vec<&str> = sections(common_template(lang))
                .into_iter()
                .map(|(n, _)| n)
                .collect();
            v.sort_unstable();
            v
        };
        assert_eq!(names(Lang::Fr), names(Lang::En));
    }

    #[test]
    fn parser_and_sections() {
        assert!(parse("a {{ b }} c").is_ok());
        assert!(parse("a {{b").is_err());
        assert!(parse("{{}}").is_err());
        assert!(parse("{{a-b}}").is_err());
        assert!(parse("{x} }} {").is_ok());
        let s = sections("# comment with === inside\n=== a\n\nx\n\n=== b.consumer\ny\n");
        assert_eq!(s, vec![("a", "x"), ("b.consumer", "y")]);
        assert_eq!(clean_text("a  \n\n\n\nb\n"), "a\n\nb");
    }
}
