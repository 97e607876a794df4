//! The tables of a letter (invoices, figures, periods, instalments), as aligned plain-text
//! columns and as HTML, and the notes that go with them.

use super::*;

/// A table as aligned plain-text columns and as an HTML `<table>`.
pub(super) fn table(
    class: &str,
    headers: &[&str],
    right: &[bool],
    rows: &[Vec<String>],
    foot: Vec<Vec<String>>,
) -> Val {
    let ncol = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in rows.iter().chain(foot.iter()) {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate().take(ncol) {
            let w = widths.get(i).copied().unwrap_or(0);
            let pad = " ".repeat(w.saturating_sub(cell.chars().count()));
            if i > 0 {
                out.push_str("  ");
            }
            if right.get(i).copied().unwrap_or(false) {
                out.push_str(&pad);
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.push_str(&pad);
            }
        }
        out.trim_end().to_owned()
    };
    let rule: String = "-".repeat(widths.iter().sum::<usize>() + 2 * ncol.saturating_sub(1));
    let head: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
    let mut text = vec![line(&head), rule.clone()];
    for r in rows {
        text.push(line(r));
    }
    if !foot.is_empty() {
        text.push(rule);
        for ft in &foot {
            text.push(line(ft));
        }
    }

    let cell_class = |i: usize| {
        if right.get(i).copied().unwrap_or(false) {
            " class=\"relance-num\""
        } else {
            ""
        }
    };
    // Pieces pushed one by one rather than `format!` per cell: a letter's tables are most of
    // its rendering time.
    let cell = |html: &mut String, open: &str, class: &str, text: &str, close: &str| {
        html.push_str(open);
        html.push_str(class);
        html.push('>');
        push_escaped(html, text);
        html.push_str(close);
    };
    let mut html = format!("<table class=\"relance-table {class}\">\n<thead><tr>");
    for (i, h) in headers.iter().enumerate() {
        cell(&mut html, "<th scope=\"col\"", cell_class(i), h, "</th>");
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        html.push_str("<tr>");
        for (i, text) in r.iter().enumerate() {
            cell(&mut html, "<td", cell_class(i), text, "</td>");
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>");
    if !foot.is_empty() {
        html.push_str("\n<tfoot>");
        for ft in &foot {
            html.push_str("<tr>");
            for (i, text) in ft.iter().enumerate() {
                if i == 0 {
                    cell(&mut html, "<th scope=\"row\"", "", text, "</th>");
                } else {
                    cell(&mut html, "<td", cell_class(i), text, "</td>");
                }
            }
            html.push_str("</tr>");
        }
        html.push_str("</tfoot>");
    }
    html.push_str("\n</table>");
    Val {
        text: text.join("\n"),
        html: Some(html),
        block: true,
    }
}

pub(super) fn invoice_table(input: &LetterInput, f: &LetterFigures, lang: Lang) -> Val {
    let headers: &[&str] = match lang {
        Lang::Fr => &["Facture", "Date", "Échéance", "Montant TTC", "Reste dû"],
        Lang::En => &["Invoice", "Date", "Due date", "Amount", "Outstanding"],
    };
    let rows: Vec<Vec<String>> = input
        .invoices
        .iter()
        .zip(&f.invoices)
        .map(|(i, fi)| {
            vec![
                i.number.trim().to_owned(),
                format_date(i.issue_date, lang),
                format_date(i.due_date, lang),
                format_amount(i.amount.0, lang),
                format_amount(fi.principal_outstanding.0, lang),
            ]
        })
        .collect();
    let foot: Vec<Vec<String>> = if input.invoices.len() > 1 {
        let sum = input
            .invoices
            .iter()
            .try_fold(Decimal::ZERO, |a, i| a.checked_add(i.amount.0))
            .unwrap_or_default();
        vec![vec![
            "Total".to_owned(),
            String::new(),
            String::new(),
            format_amount(sum, lang),
            format_amount(f.principal.0, lang),
        ]]
    } else {
        Vec::new()
    };
    table(
        "relance-invoices",
        headers,
        &[false, false, false, true, true],
        &rows,
        foot,
    )
}

pub(super) fn figures_table(
    input: &LetterInput,
    f: &LetterFigures,
    lang: Lang,
    consumer: bool,
) -> Val {
    let interest_label = match (input.regime, lang) {
        (Regime::FrB2b, Lang::Fr) => "Pénalités",
        (Regime::FrPublic, Lang::Fr) => "Intérêts moratoires",
        (Regime::FrB2c, Lang::Fr) => "Intérêts",
        (Regime::FrB2b, Lang::En) => "Penalties",
        (_, Lang::En) => "Interest",
    };
    // A consumer owes no interest before the mise en demeure: an empty column would read as
    // a claim withheld, so it is left out when no invoice has any.
    let with_interest = !consumer
        || !f.interest.0.is_zero()
        || f.invoices
            .iter()
            .any(|fi| !fi.interest_outstanding.0.is_zero());
    let mut headers: Vec<&str> = match lang {
        Lang::Fr => vec!["Facture", "Principal dû"],
        Lang::En => vec!["Invoice", "Principal due"],
    };
    if with_interest {
        headers.push(interest_label);
    }
    if !consumer {
        headers.push(match lang {
            Lang::Fr => "Indemnité forfaitaire",
            Lang::En => "Recovery fee",
        });
    }
    headers.push("Total");
    let a = |d: Decimal| format_amount(d, lang);
    let rows: Vec<Vec<String>> = f
        .invoices
        .iter()
        .map(|fi| {
            let mut r = vec![fi.number.trim().to_owned(), a(fi.principal_outstanding.0)];
            if with_interest {
                r.push(a(fi.interest_outstanding.0));
            }
            if !consumer {
                r.push(a(fi.compensation.0));
            }
            r.push(a(fi.total.0));
            r
        })
        .collect();
    let mut foot = vec![
        match lang {
            Lang::Fr => "Total dû".to_owned(),
            Lang::En => "Total due".to_owned(),
        },
        a(f.principal.0),
    ];
    if with_interest {
        foot.push(a(f.interest.0));
    }
    if !consumer {
        foot.push(a(f.compensation.0));
    }
    foot.push(a(f.total.0));
    let mut right = vec![false];
    right.resize(headers.len(), true);
    table("relance-figures", &headers, &right, &rows, vec![foot])
}

pub(super) fn period_table(f: &LetterFigures, regime: Regime, lang: Lang) -> Val {
    let last = match (regime, lang) {
        (Regime::FrB2b, Lang::Fr) => "Pénalités",
        (_, Lang::Fr) => "Intérêts",
        (Regime::FrB2b, Lang::En) => "Penalties",
        (_, Lang::En) => "Interest",
    };
    let headers: Vec<&str> = match lang {
        Lang::Fr => vec!["Facture", "Du", "Au", "Jours", "Principal", "Taux", last],
        Lang::En => vec!["Invoice", "From", "To", "Days", "Principal", "Rate", last],
    };
    let mut rows = Vec::new();
    let mut sum = Decimal::ZERO;
    let mut paid = Decimal::ZERO;
    for fi in &f.invoices {
        paid = paid.checked_add(fi.interest_paid.0).unwrap_or(paid);
        for p in &fi.periods {
            sum = sum.checked_add(p.interest.0).unwrap_or(sum);
            rows.push(vec![
                fi.number.trim().to_owned(),
                format_date(p.from, lang),
                format_date(p.to, lang),
                p.days.to_string(),
                format_amount(p.principal.0, lang),
                format_percent(p.rate_percent.0, lang),
                format_amount(p.interest.0, lang),
            ]);
        }
    }
    if rows.is_empty() {
        return Val::text(match lang {
            Lang::Fr => "Aucun intérêt n'a couru à ce jour.",
            Lang::En => "No interest has accrued to date.",
        });
    }
    let row = |label: &str, amount: Decimal| {
        let mut r = vec![label.to_owned()];
        r.resize(6, String::new());
        r.push(format_amount(amount, lang));
        r
    };
    let mut foot = vec![row("Total", sum)];
    if !paid.is_zero() {
        let (a, b) = match lang {
            Lang::Fr => ("Déjà réglé", "Reste dû"),
            Lang::En => ("Already paid", "Outstanding"),
        };
        foot.push(row(a, -paid));
        foot.push(row(b, sum.checked_sub(paid).unwrap_or_default()));
    }
    table(
        "relance-periods",
        &headers,
        &[false, false, false, true, true, true, true],
        &rows,
        foot,
    )
}

pub(super) fn payments_note(input: &LetterInput, f: &LetterFigures, lang: Lang) -> Val {
    let mut items = Vec::new();
    for inv in &input.invoices {
        for p in inv.payments.as_deref().unwrap_or_default() {
            if p.date > input.as_of {
                continue;
            }
            items.push(match lang {
                Lang::Fr => format!(
                    "{} le {} (facture n° {})",
                    format_amount(p.amount.0, lang),
                    format_date(p.date, lang),
                    inv.number.trim()
                ),
                Lang::En => format!(
                    "{} on {} (invoice no. {})",
                    format_amount(p.amount.0, lang),
                    format_date(p.date, lang),
                    inv.number.trim()
                ),
            });
        }
    }
    if items.is_empty() {
        return Val::text("");
    }
    let one = items.len() == 1;
    // The imputation is the one `late_fees` applied (`Regime::default_allocation`); with no
    // interest run (a consumer before the mise en demeure) it went to the principal only.
    let how = if input.regime == Regime::FrPublic {
        if lang == Lang::Fr {
            "sur le principal ; les intérêts moratoires et l'indemnité forfaitaire sont payés à part, dans les quarante-cinq jours suivant la mise en paiement du principal (article R2192-36 du Code de la commande publique)"
        } else {
            "to the principal; the default interest and the recovery fee are paid separately, within forty-five days of the payment of the principal (article R2192-36 of the French Public Procurement Code)"
        }
    } else if f.invoices.iter().all(|i| i.interest.0.is_zero()) {
        if lang == Lang::Fr {
            "en totalité sur le principal, aucun intérêt n'ayant couru à cette date"
        } else {
            "in full to the principal, as no interest had accrued at that date"
        }
    } else if lang == Lang::Fr {
        "d'abord sur les intérêts échus, puis sur le principal (article 1343-1 du Code civil)"
    } else {
        "first to the interest due, then to the principal (article 1343-1 of the French Civil Code)"
    };
    Val::text(match lang {
        Lang::Fr => format!(
            "{} : {}. {} {how}.",
            if one {
                "Paiement reçu"
            } else {
                "Paiements reçus"
            },
            items.join(" ; "),
            if one {
                "Il a été imputé"
            } else {
                "Ils ont été imputés"
            }
        ),
        Lang::En => format!(
            "{}: {}. {} {how}.",
            if one {
                "Payment received"
            } else {
                "Payments received"
            },
            items.join("; "),
            if one {
                "It was applied"
            } else {
                "They were applied"
            }
        ),
    })
}

pub(super) fn delivery_details(input: &LetterInput, f: &LetterFigures, lang: Lang) -> Val {
    let fr = lang == Lang::Fr;
    let lines: Vec<String> = input
        .invoices
        .iter()
        .zip(&f.invoices)
        .map(|(i, fi)| {
            // A paid invoice still listed for its penalties or interest says so.
            let paid = fi.principal_outstanding.0.is_zero();
            let mut s = if fr {
                format!(
                    "- facture n° {} du {}",
                    i.number.trim(),
                    format_date(i.issue_date, lang)
                )
            } else {
                format!(
                    "- invoice no. {} dated {}",
                    i.number.trim(),
                    format_date(i.issue_date, lang)
                )
            };
            if let Some(d) = i.order_date {
                s.push_str(&if fr {
                    format!(", commande du {}", format_date(d, lang))
                } else {
                    format!(", ordered on {}", format_date(d, lang))
                });
            }
            let desc = opt(&i.description);
            let qty = opt(&i.quantity);
            if !desc.is_empty() {
                s.push_str(if fr { " : " } else { ": " });
                s.push_str(&desc);
            }
            if !qty.is_empty() {
                s.push_str(&if fr {
                    format!(" (quantité : {qty})")
                } else {
                    format!(" (quantity: {qty})")
                });
            }
            s.push_str(&if fr {
                format!(
                    ", d'un montant de {}, échue le {}{} ;",
                    format_amount(i.amount.0, lang),
                    format_date(i.due_date, lang),
                    if paid {
                        " et réglée en principal"
                    } else {
                        ""
                    }
                )
            } else {
                format!(
                    ", amounting to {}, due on {}{};",
                    format_amount(i.amount.0, lang),
                    format_date(i.due_date, lang),
                    if paid { " and paid in principal" } else { "" }
                )
            });
            s
        })
        .collect();
    let mut text = lines.join("\n");
    if text.ends_with(';') {
        text.pop();
        text = text.trim_end().to_owned();
        text.push('.');
    }
    Val::text(text)
}

pub(super) fn instalment_table(instalments: &[LetterInstalment], lang: Lang) -> Val {
    let headers: &[&str] = match lang {
        Lang::Fr => &["N°", "Date", "Montant"],
        Lang::En => &["No.", "Date", "Amount"],
    };
    let rows: Vec<Vec<String>> = instalments
        .iter()
        .enumerate()
        .map(|(n, i)| {
            vec![
                (n + 1).to_string(),
                format_date(i.date, lang),
                format_amount(i.amount.0, lang),
            ]
        })
        .collect();
    let sum = instalments
        .iter()
        .try_fold(Decimal::ZERO, |a, i| a.checked_add(i.amount.0))
        .unwrap_or_default();
    table(
        "relance-instalments",
        headers,
        &[false, false, true],
        &rows,
        vec![vec![
            "Total".to_owned(),
            String::new(),
            format_amount(sum, lang),
        ]],
    )
}
