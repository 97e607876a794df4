//! The placeholder values of a letter (`PLACEHOLDERS`), the salutation and the per-regime
//! sentences that are computed rather than written in a template.

use super::*;
use crate::messages::{letters as msg, Text};

pub(super) struct Val {
    pub(super) text: String,
    /// HTML form; `None` means the escaped text with `<br>` for line ends.
    pub(super) html: Option<String>,
    /// A table: in HTML, a paragraph made of it alone is not wrapped in `<p>`.
    pub(super) block: bool,
}

impl Val {
    pub(super) fn text(s: impl Into<String>) -> Val {
        Val {
            text: s.into(),
            html: None,
            block: false,
        }
    }
    pub(super) fn html(&self) -> String {
        match &self.html {
            Some(h) => h.clone(),
            None => text_to_html(&self.text),
        }
    }
}

/// `label` with its first letter in upper case. The labels begin with an ASCII letter or `é`:
/// `char::to_uppercase` would link Unicode's case tables, about 13 KB of wasm.
pub(super) fn capitalized(label: &str) -> String {
    match label.strip_prefix('é') {
        Some(rest) => format!("É{rest}"),
        None => {
            let mut out = label.to_owned();
            if let Some(first) = out.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            out
        }
    }
}

pub(super) fn numeric_date(d: IsoDate) -> String {
    let (y, m, day) = d.ymd();
    format!("{day:02}/{m:02}/{y}")
}

pub(super) fn opt(s: &Option<String>) -> String {
    s.as_deref().map(str::trim).unwrap_or_default().to_owned()
}

pub(super) fn list_join(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Fr => " et ",
        Lang::En => " and ",
    };
    match items.len() {
        0 => String::new(),
        1 => items.concat(),
        n => {
            let head = items.get(..n - 1).unwrap_or_default().join(", ");
            let last = items.last().cloned().unwrap_or_default();
            format!("{head}{and}{last}")
        }
    }
}

/// The placeholder values of one text. A list searched in order rather than a map: there
/// are some fifty names, each set once, and a map's insert and lookup code weighed several KB
/// of wasm for no measurable speed.
#[derive(Default)]
pub(super) struct Values(Vec<(&'static str, Val)>);

impl Values {
    pub(super) fn get(&self, name: &str) -> Option<&Val> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// Sets a value, kept out of line: `build_values` sets some fifty values, and the inlined
/// push at each one weighed several KB of wasm.
#[inline(never)]
pub(super) fn put(values: &mut Values, name: &'static str, value: Val) {
    values.0.push((name, value));
}

pub(super) fn build_values(
    input: &LetterInput,
    lang: Lang,
    f: &LetterFigures,
    deadline: Option<(IsoDate, i32)>,
    warnings: &mut Vec<Warning>,
) -> Result<Values> {
    let fr = lang == Lang::Fr;
    let deadline_date = deadline.map(|(d, _)| d);
    let c = &input.creditor;
    let amt = |d: Decimal| format_amount(d, lang);
    let date = |d: IsoDate| format_date(d, lang);
    let mut v = Values::default();

    put(&mut v, "creditor_name", Val::text(c.name.trim()));
    let signatory = c
        .signatory
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(c.name.trim());
    put(&mut v, "creditor_signatory", Val::text(signatory));
    put(&mut v, "creditor_phone", Val::text(opt(&c.phone)));
    put(&mut v, "creditor_email", Val::text(opt(&c.email)));
    let contacts: Vec<String> = [opt(&c.phone), opt(&c.email)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let contact = if contacts.is_empty() {
        c.address
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        list_join(&contacts, lang)
            .replace(" and ", " or ")
            .replace(" et ", " ou ")
    };
    put(&mut v, "creditor_contact", Val::text(contact));
    put(&mut v, "debtor_name", Val::text(input.debtor.name.trim()));
    let (rname, rsal) = match &input.recipient {
        Some(r) => (
            r.name.trim().to_owned(),
            match (r.kind, fr) {
                (RecipientKind::CommissaireDeJustice | RecipientKind::Avocat, true) => "Maître,",
                (RecipientKind::CommissaireDeJustice | RecipientKind::Avocat, false) => {
                    "Dear Maître,"
                }
                (RecipientKind::Agency, true) => "Madame, Monsieur,",
                (RecipientKind::Agency, false) => "Dear Sir or Madam,",
            },
        ),
        None => (
            String::new(),
            if fr {
                "Madame, Monsieur,"
            } else {
                "Dear Sir or Madam,"
            },
        ),
    };
    put(&mut v, "recipient_name", Val::text(rname));
    put(&mut v, "recipient_salutation", Val::text(rsal));
    let closing_form = rsal.trim_end_matches(',');
    put(
        &mut v,
        "recipient_salutation_closing",
        Val::text(closing_form),
    );
    let (salutation, closing) = salutation(&input.debtor, lang);
    put(&mut v, "salutation", Val::text(salutation));
    put(&mut v, "salutation_closing", Val::text(closing));
    put(&mut v, "date", Val::text(date(input.as_of)));

    let numbers: Vec<String> = input
        .invoices
        .iter()
        .map(|i| i.number.trim().to_owned())
        .collect();
    let many = numbers.len() > 1;
    let label = match (fr, many) {
        (true, false) => format!("facture n° {}", list_join(&numbers, lang)),
        (true, true) => format!("factures nos\u{a0}{}", list_join(&numbers, lang)),
        (false, false) => format!("invoice no. {}", list_join(&numbers, lang)),
        (false, true) => format!("invoices no. {}", list_join(&numbers, lang)),
    };
    put(&mut v, "invoice_label", Val::text(label));
    put(&mut v, "invoice_numbers", Val::text(numbers.join(", ")));
    let refs: Vec<String> = input
        .invoices
        .iter()
        .map(|i| {
            if fr {
                format!("n° {} du {}", i.number.trim(), date(i.issue_date))
            } else {
                format!("no. {} dated {}", i.number.trim(), date(i.issue_date))
            }
        })
        .collect();
    let refs = match (fr, many) {
        (true, false) => format!("notre facture {}", list_join(&refs, lang)),
        (true, true) => format!("nos factures {}", list_join(&refs, lang)),
        (false, false) => format!("our invoice {}", list_join(&refs, lang)),
        (false, true) => format!("our invoices {}", list_join(&refs, lang)),
    };
    put(&mut v, "invoice_refs", Val::text(refs));
    let first_issue = input
        .invoices
        .first()
        .map(|i| i.issue_date)
        .unwrap_or(input.as_of);
    let due = input
        .invoices
        .iter()
        .map(|i| i.due_date)
        .min()
        .unwrap_or(input.as_of);
    put(&mut v, "invoice_date", Val::text(date(first_issue)));
    put(&mut v, "due_date", Val::text(date(due)));
    // The verb agrees with the invoices: "échue le …" for one, "la première échue le …" for
    // several.
    let due_phrase = match (fr, many) {
        (true, false) => format!("échue le {}", date(due)),
        (true, true) => format!("la première échue le {}", date(due)),
        (false, false) => format!("due on {}", date(due)),
        (false, true) => format!("the first due on {}", date(due)),
    };
    put(&mut v, "due_phrase", Val::text(due_phrase));
    put(&mut v, "due_date_numeric", Val::text(numeric_date(due)));
    put(
        &mut v,
        "days_late",
        Val::text(due.days_until(input.as_of).max(0).to_string()),
    );
    let mut amount_sum = Decimal::ZERO;
    for i in &input.invoices {
        amount_sum = money::add(amount_sum, i.amount.0)?;
    }
    put(&mut v, "amount", Val::text(amt(amount_sum)));
    put(&mut v, "principal", Val::text(amt(f.principal.0)));
    put(&mut v, "interest", Val::text(amt(f.interest.0)));
    put(&mut v, "compensation", Val::text(amt(f.compensation.0)));
    put(&mut v, "total", Val::text(amt(f.total.0)));
    put(
        &mut v,
        "total_in_words",
        Val::text(amount_in_words(f.total.0, lang)?),
    );
    let rate = match f.penalty_rate_percent {
        Some(p) => format_percent(p.0, lang),
        None => match (input.regime, fr) {
            (Regime::FrB2c, true) => "taux légal".to_owned(),
            (Regime::FrB2c, false) => "legal rate".to_owned(),
            (_, true) => "taux légal applicable".to_owned(),
            (_, false) => "applicable legal rate".to_owned(),
        },
    };
    put(&mut v, "penalty_rate", Val::text(rate));
    let (dl, dln) = match deadline_date {
        Some(d) => (date(d), numeric_date(d)),
        None => (String::new(), String::new()),
    };
    put(&mut v, "deadline", Val::text(dl));
    put(&mut v, "deadline_numeric", Val::text(dln));
    let (days, days_words) = match deadline {
        Some((_, n)) => (
            n.to_string(),
            number_in_words(u64::try_from(n).unwrap_or(0), lang)?,
        ),
        None => (String::new(), String::new()),
    };
    put(&mut v, "deadline_days", Val::text(days));
    put(&mut v, "deadline_days_words", Val::text(days_words));
    put(
        &mut v,
        "notice_date",
        Val::text(effective_notice_date(input)?.map(date).unwrap_or_default()),
    );
    put(&mut v, "demand_total", Val::text(amt(f.demanded.0)));
    put(
        &mut v,
        "demand_total_in_words",
        Val::text(amount_in_words(f.demanded.0, lang)?),
    );
    put(
        &mut v,
        "public_accessories",
        public_accessories(input, f, lang)?,
    );
    put(&mut v, "chorus_pro_note", chorus_pro_note(input, lang));

    // Previous reminders.
    let history = input.history.as_deref().unwrap_or_default();
    let reminders: Vec<String> = history
        .iter()
        .filter(|h| {
            matches!(
                h.kind,
                LetterKind::Reminder | LetterKind::SecondReminder | LetterKind::FinalNotice
            )
        })
        .map(|h| {
            if fr {
                format!("du {}", date(h.date))
            } else {
                format!("of {}", date(h.date))
            }
        })
        .collect();
    let previous = match (fr, reminders.len()) {
        (true, 0) => "nos précédentes relances".to_owned(),
        (true, 1) => format!("notre relance {}", list_join(&reminders, lang)),
        (true, _) => format!("nos relances {}", list_join(&reminders, lang)),
        (false, 0) => "our previous reminders".to_owned(),
        (false, 1) => format!("our reminder {}", list_join(&reminders, lang)),
        (false, _) => format!("our reminders {}", list_join(&reminders, lang)),
    };
    put(&mut v, "previous_reminders", Val::text(previous));
    court_values(input, lang, &mut v, warnings)?;
    let hist_lines: Vec<String> = history
        .iter()
        .map(|h| {
            // A mise en demeure "by letter" is a registered letter: say so in the record.
            let ch = h
                .channel
                .map(|c| match (h.kind, c, fr) {
                    (LetterKind::FormalNotice, LetterChannel::Letter, true) => {
                        " (lettre recommandée avec accusé de réception)".to_owned()
                    }
                    (LetterKind::FormalNotice, LetterChannel::Letter, false) => {
                        " (registered letter)".to_owned()
                    }
                    _ => format!(" ({})", c.label(lang)),
                })
                .unwrap_or_default();
            // No capital after a colon in French ("- 20 octobre 2026 : relance").
            let label = match lang {
                Lang::Fr => h.kind.label(lang).to_owned(),
                Lang::En => capitalized(h.kind.label(lang)),
            };
            format!(
                "- {}{} {label}{ch}",
                date(h.date),
                if fr { " :" } else { ":" }
            )
        })
        .collect();
    let hist_text = if hist_lines.is_empty() {
        if fr {
            "- (aucune étape enregistrée)".to_owned()
        } else {
            "- (no step recorded)".to_owned()
        }
    } else {
        hist_lines.join("\n")
    };
    put(&mut v, "history", Val::text(hist_text));

    // Payment details.
    let mut pay = Vec::new();
    let iban = opt(&c.iban);
    let bic = opt(&c.bic);
    let link = opt(&c.payment_link);
    if !iban.is_empty() {
        pay.push(if fr {
            "Règlement par virement bancaire :".to_owned()
        } else {
            "Payment by bank transfer:".to_owned()
        });
        pay.push(format!("IBAN{} {iban}", if fr { " :" } else { ":" }));
        if !bic.is_empty() {
            pay.push(format!("BIC{} {bic}", if fr { " :" } else { ":" }));
        }
        pay.push(if fr {
            if many {
                "Merci d'indiquer les numéros de facture en référence du virement.".to_owned()
            } else {
                "Merci d'indiquer le numéro de facture en référence du virement.".to_owned()
            }
        } else {
            if many {
                "Please quote the invoice numbers as the transfer reference.".to_owned()
            } else {
                "Please quote the invoice number as the transfer reference.".to_owned()
            }
        });
    }
    if !link.is_empty() {
        pay.push(if fr {
            format!("Paiement en ligne : {link}")
        } else {
            format!("Online payment: {link}")
        });
    }
    if pay.is_empty() {
        pay.push(if fr {
            format!(
                "Pour les modalités de règlement, nous vous invitons à nous contacter : {}.",
                v.get("creditor_contact")
                    .map(|x| x.text.clone())
                    .unwrap_or_default()
            )
        } else {
            format!(
                "For payment details, please contact us: {}.",
                v.get("creditor_contact")
                    .map(|x| x.text.clone())
                    .unwrap_or_default()
            )
        });
    }
    put(&mut v, "payment_details", Val::text(pay.join("\n")));
    // Never empty: an SMS ends with "Paiement : {{pay_short}}".
    let pay_short = if !link.is_empty() {
        link
    } else if !iban.is_empty() {
        format!("IBAN {iban}")
    } else if !opt(&c.phone).is_empty() {
        opt(&c.phone)
    } else if !opt(&c.email).is_empty() {
        opt(&c.email)
    } else if lang == Lang::Fr {
        "nous contacter".to_owned()
    } else {
        "contact us".to_owned()
    };
    put(&mut v, "pay_short", Val::text(pay_short));

    // Tables.
    let consumer = input.regime == Regime::FrB2c;
    put(&mut v, "invoice_table", invoice_table(input, f, lang));
    put(
        &mut v,
        "figures_table",
        figures_table(input, f, lang, consumer),
    );
    put(&mut v, "period_table", period_table(f, input.regime, lang));
    put(&mut v, "payments_note", payments_note(input, f, lang));
    let short: Vec<String> = input
        .invoices
        .iter()
        .map(|i| i.number.trim().to_owned())
        .collect();
    let short = match (fr, short.len() > 1) {
        (true, false) => format!("facture {}", short.join(", ")),
        (true, true) => format!("factures {}", short.join(", ")),
        (false, false) => format!("invoice {}", short.join(", ")),
        (false, true) => format!("invoices {}", short.join(", ")),
    };
    put(&mut v, "invoice_label_short", Val::text(short));
    put(&mut v, "delivery_details", delivery_details(input, f, lang));

    let instalments = input.instalments.as_deref().unwrap_or_default();
    if input.kind == LetterKind::PaymentPlan && instalments.is_empty() {
        return Err(Error::at(
            ErrorKind::MissingField,
            "instalments",
            Text::of(&msg::instalments_missing),
        ));
    }
    if input.kind == LetterKind::Handover && input.recipient.is_none() {
        return Err(Error::at(
            ErrorKind::MissingField,
            "recipient",
            Text::of(&msg::recipient_missing),
        ));
    }
    let mut plan_total = Decimal::ZERO;
    for i in instalments {
        plan_total = money::add(plan_total, i.amount.0)?;
    }
    if input.kind == LetterKind::PaymentPlan {
        if plan_total != f.total.0 && plan_total != f.principal.0 {
            warnings.push(Warning::new(
                "plan-total-differs",
                msg::plan_total_differs(lang, Money(plan_total), f.total, f.principal),
            ));
        }
        let mut prev: Option<IsoDate> = None;
        for (i, inst) in instalments.iter().enumerate() {
            if prev.is_some_and(|p| inst.date <= p) {
                return Err(Error::at(
                    ErrorKind::InconsistentInput,
                    format!("instalments[{i}].date"),
                    Text::of(&msg::instalments_out_of_order),
                ));
            }
            prev = Some(inst.date);
        }
        if let (Some(a), Some(b)) = (instalments.first(), instalments.last()) {
            if b.date > a.date.add_months(24)? {
                warnings.push(Warning::new(
                    crate::plan::PLAN_EXCEEDS_24_MONTHS,
                    msg::plan_exceeds_24_months(lang),
                ));
            }
        }
    }
    put(
        &mut v,
        "instalment_table",
        instalment_table(instalments, lang),
    );
    put(
        &mut v,
        "instalment_count",
        Val::text(instalments.len().to_string()),
    );
    put(&mut v, "instalment_total", Val::text(amt(plan_total)));
    let settlement = input.penalties_settlement.unwrap_or_default();
    if input.kind == LetterKind::PaymentPlan
        && settlement == PenaltiesSettlement::Waived
        && plan_total != f.principal.0
    {
        warnings.push(Warning::new(
            "plan-total-differs",
            msg::plan_total_differs_waived(lang, Money(plan_total), f.principal),
        ));
    }
    put(
        &mut v,
        "plan_accessories",
        plan_accessories(input, f, plan_total, settlement, lang)?,
    );
    // A consumer gets longer to pay before the déchéance du terme: 8 days may be found too
    // short a notice for a non-professional.
    let acceleration = input
        .acceleration_notice_days
        .unwrap_or(if input.regime == Regime::FrB2c { 15 } else { 8 });
    if input.kind == LetterKind::PaymentPlan && acceleration < 8 {
        warnings.push(short_deadline(
            i32::try_from(acceleration).unwrap_or(0),
            lang,
        ));
    }
    put(
        &mut v,
        "acceleration_days_words",
        Val::text(number_in_words(u64::from(acceleration), lang)?),
    );
    Ok(v)
}

/// The salutation and its form in the closing formula. French: the addressee's title
/// (« Monsieur le Maire, »), else the civility (« Madame, »), else « Madame, Monsieur, »; the
/// closing repeats it (« Nous vous prions d'agréer, Monsieur le Maire, … »). English: "Dear
/// Mr Durand," and "Yours sincerely" when the name is known, "Dear Sir," / "Dear Madam," or
/// "Dear Sir or Madam," and "Yours faithfully" otherwise.
pub(super) fn salutation(debtor: &LetterDebtor, lang: Lang) -> (String, String) {
    let title = opt(&debtor.title);
    let surname = opt(&debtor.surname);
    match lang {
        Lang::Fr => {
            let form = match (title.is_empty(), debtor.civility) {
                (false, _) => title,
                (true, Some(Civility::Monsieur)) => "Monsieur".to_owned(),
                (true, Some(Civility::Madame)) => "Madame".to_owned(),
                (true, None) => "Madame, Monsieur".to_owned(),
            };
            (format!("{form},"), form)
        }
        Lang::En => match (debtor.civility, surname.is_empty()) {
            (Some(Civility::Monsieur), false) => {
                (format!("Dear Mr {surname},"), "sincerely".to_owned())
            }
            (Some(Civility::Madame), false) => {
                (format!("Dear Ms {surname},"), "sincerely".to_owned())
            }
            (Some(Civility::Monsieur), true) => ("Dear Sir,".to_owned(), "faithfully".to_owned()),
            (Some(Civility::Madame), true) => ("Dear Madam,".to_owned(), "faithfully".to_owned()),
            (None, _) => ("Dear Sir or Madam,".to_owned(), "faithfully".to_owned()),
        },
    }
}

/// fr-public: when the interest and the indemnity are payable. They are owed of right
/// (L2192-13) but paid "dans un délai de quarante-cinq jours suivant la mise en paiement du
/// principal" (R2192-36), so the texts demand the principal and say when the rest falls due.
pub(super) fn public_accessories(
    input: &LetterInput,
    f: &LetterFigures,
    lang: Lang,
) -> Result<Val> {
    if input.regime != Regime::FrPublic {
        return Ok(Val::text(""));
    }
    let fr = lang == Lang::Fr;
    let amt = |d: Decimal| format_amount(d, lang);
    let date = |d: IsoDate| format_date(d, lang);
    let mut lines = Vec::new();
    let mut open = Decimal::ZERO;
    for (inv, fi) in input.invoices.iter().zip(&f.invoices) {
        let accessories = money::add(fi.interest_outstanding.0, fi.compensation.0)?;
        if accessories.is_zero() {
            continue;
        }
        let number = inv.number.trim();
        match fi.accessories_last_day {
            None => open = money::add(open, accessories)?,
            Some(last) => {
                let paid = last.add_days(-45)?;
                lines.push(match (fr, input.as_of > last) {
                    (true, true) => format!("Le principal de la facture n° {number} a été payé le {} : le délai de quarante-cinq jours dans lequel les intérêts moratoires et l'indemnité forfaitaire, soit {}, devaient nous être versés a expiré le {} (article R2192-36 du Code de la commande publique) ; cette somme est comprise dans la somme demandée.", date(paid), amt(accessories), date(last)),
                    (true, false) => format!("Le principal de la facture n° {number} a été payé le {} : les intérêts moratoires et l'indemnité forfaitaire, soit {}, sont à nous verser au plus tard le {} (article R2192-36 du Code de la commande publique).", date(paid), amt(accessories), date(last)),
                    (false, true) => format!("The principal of invoice no. {number} was paid on {}: the forty-five days within which the default interest and the recovery fee, that is {}, were to be paid to us expired on {} (article R2192-36 of the French Public Procurement Code); this sum is included in the sum demanded.", date(paid), amt(accessories), date(last)),
                    (false, false) => format!("The principal of invoice no. {number} was paid on {}: the default interest and the recovery fee, that is {}, are to be paid to us by {} at the latest (article R2192-36 of the French Public Procurement Code).", date(paid), amt(accessories), date(last)),
                });
            }
        }
    }
    if !open.is_zero() {
        lines.insert(0, if fr {
            format!("Les intérêts moratoires et l'indemnité forfaitaire pour frais de recouvrement, soit {} au {}, nous sont dus de plein droit ; ils sont à nous verser dans les quarante-cinq jours suivant la mise en paiement du principal (article R2192-36 du Code de la commande publique).", amt(open), date(input.as_of))
        } else {
            format!("The default interest and the flat recovery fee, that is {} as at {}, are owed to us by law; they are to be paid to us within forty-five days of the payment of the principal (article R2192-36 of the French Public Procurement Code).", amt(open), date(input.as_of))
        });
    }
    Ok(Val::text(lines.join("\n\n")))
}

/// fr-public: the Chorus Pro filing dates, from which the payment period runs (CCP R2192-12:
/// "le délai de paiement court à compter de la date de réception de la demande de paiement";
/// for an invoice on the portal, the day the buyer is notified of it).
pub(super) fn chorus_pro_note(input: &LetterInput, lang: Lang) -> Val {
    if input.regime != Regime::FrPublic {
        return Val::text("");
    }
    let filed: Vec<(&str, IsoDate)> = input
        .invoices
        .iter()
        .filter_map(|i| i.chorus_pro_date.map(|d| (i.number.trim(), d)))
        .collect();
    let fr = lang == Lang::Fr;
    let items: Vec<String> = filed
        .iter()
        .map(|(n, d)| {
            if fr {
                format!("n° {n} le {}", format_date(*d, lang))
            } else {
                format!("no. {n} on {}", format_date(*d, lang))
            }
        })
        .collect();
    Val::text(match (filed.as_slice(), fr) {
        ([], _) => String::new(),
        ([(n, d)], true) => format!("Notre facture n° {n}, qui vaut demande de paiement, a été déposée sur le portail Chorus Pro le {}.", format_date(*d, lang)),
        (_, true) => format!("Nos factures, qui valent demandes de paiement, ont été déposées sur le portail Chorus Pro : {}.", list_join(&items, lang)),
        ([(n, d)], false) => format!("Our invoice no. {n}, which is our payment request, was filed on the Chorus Pro portal on {}.", format_date(*d, lang)),
        (_, false) => format!("Our invoices, which are our payment requests, were filed on the Chorus Pro portal: {}.", list_join(&items, lang)),
    })
}

/// payment-plan: how the penalties (or interest) and the indemnity acknowledged with the
/// principal are settled, so that a signed « Bon pour accord » never reads as giving them up.
pub(super) fn plan_accessories(
    input: &LetterInput,
    f: &LetterFigures,
    plan_total: Decimal,
    settlement: PenaltiesSettlement,
    lang: Lang,
) -> Result<Val> {
    let fr = lang == Lang::Fr;
    let amt = |d: Decimal| format_amount(d, lang);
    let date = |d: IsoDate| format_date(d, lang);
    let accessories = money::add(f.interest.0, f.compensation.0)?;
    let remainder = f.total.0.checked_sub(plan_total).unwrap_or_default();
    let last = input
        .instalments
        .as_deref()
        .unwrap_or_default()
        .last()
        .map(|i| i.date)
        .unwrap_or(input.as_of);
    let (what_fr, what_en) = match input.regime {
        Regime::FrB2b => (
            "aux pénalités de retard arrêtées au {d} et à l'indemnité forfaitaire pour frais de recouvrement",
            "the late-payment penalties to {d} and the flat recovery fee",
        ),
        Regime::FrPublic => (
            "aux intérêts moratoires arrêtés au {d} et à l'indemnité forfaitaire pour frais de recouvrement",
            "the default interest to {d} and the flat recovery fee",
        ),
        Regime::FrB2c => (
            "aux intérêts au taux légal arrêtés au {d}",
            "the interest at the legal rate to {d}",
        ),
    };
    let what = if fr { what_fr } else { what_en }.replace("{d}", &date(input.as_of));
    let text = if settlement == PenaltiesSettlement::Waived && !accessories.is_zero() {
        if fr {
            format!("Sous la condition que l'échéancier soit intégralement respecté, nous renonçons {what}, soit {}. À défaut, notamment en cas de déchéance du terme, cette renonciation sera non avenue et ces sommes redeviendront immédiatement exigibles.", amt(accessories))
        } else {
            format!("On condition that the schedule is kept in full, we waive {what}, that is {}. Failing that, in particular if the benefit of the schedule is lost, this waiver will be void and these sums will be immediately due again.", amt(accessories))
        }
    } else if remainder <= Decimal::ZERO {
        if fr {
            "Les échéances ci-dessus couvrent la totalité de la somme reconnue.".to_owned()
        } else {
            "The instalments above cover the whole sum acknowledged.".to_owned()
        }
    } else if remainder == accessories {
        if fr {
            format!("Le solde de la somme reconnue, soit {}, correspondant {what}, sera réglé avec la dernière échéance, le {}.", amt(remainder), date(last))
        } else {
            format!("The balance of the sum acknowledged, that is {}, being {what}, will be paid with the last instalment, on {}.", amt(remainder), date(last))
        }
    } else if fr {
        format!("Le solde de la somme reconnue non couvert par les échéances ci-dessus, soit {}, sera réglé avec la dernière échéance, le {}.", amt(remainder), date(last))
    } else {
        format!("The balance of the sum acknowledged that the instalments above do not cover, that is {}, will be paid with the last instalment, on {}.", amt(remainder), date(last))
    };
    Ok(Val::text(text))
}
