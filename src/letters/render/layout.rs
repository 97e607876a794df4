//! The frame of each channel: the French business-letter layout (sender and recipient
//! blocks, place and date, Objet, references, signature), the e-mail and the SMS.

use super::*;

pub(super) fn layout(
    input: &LetterInput,
    lang: Lang,
    subject: &str,
    body_text: &str,
    body_html: &str,
) -> (String, String) {
    let fr = lang == Lang::Fr;
    let c = &input.creditor;
    let kind = input.kind;
    let signature_lines = {
        let mut s = vec![];
        let signatory = opt(&c.signatory);
        if !signatory.is_empty() {
            s.push(signatory);
        }
        s.push(c.name.trim().to_owned());
        if input.channel == LetterChannel::Email {
            let phone = opt(&c.phone);
            let email = opt(&c.email);
            if !phone.is_empty() {
                s.push(format!("{} {phone}", if fr { "Tél. :" } else { "Tel.:" }));
            }
            if !email.is_empty() {
                s.push(email);
            }
        }
        s
    };
    let article_open = format!(
        "<article class=\"relance-letter relance-{} relance-channel-{}\" lang=\"{}\">\n",
        kind.code(),
        input.channel.code(),
        lang_code(lang)
    );
    let signature_html = format!(
        "<footer class=\"relance-signature\">\n<p>{}</p>\n</footer>\n",
        signature_lines
            .iter()
            .map(|l| escape_html(l))
            .collect::<Vec<_>>()
            .join("<br>")
    );
    let is_letter = input.channel == LetterChannel::Letter && kind != LetterKind::PhoneScript;
    let registered = kind == LetterKind::FormalNotice;
    if !is_letter {
        let mut text = String::new();
        if input.channel == LetterChannel::Email && registered {
            text.push_str(if fr {
                "Copie de la lettre recommandée avec accusé de réception envoyée ce jour.\n\n"
            } else {
                "Copy of the letter sent today by registered post with acknowledgement of receipt (lettre recommandée avec accusé de réception).\n\n"
            });
        }
        text.push_str(body_text);
        if kind != LetterKind::PhoneScript {
            text.push_str("\n\n");
            text.push_str(&signature_lines.join("\n"));
        }
        let mut html = article_open;
        if input.channel == LetterChannel::Email && registered {
            html.push_str(&format!(
                "<p class=\"relance-delivery\">{}</p>\n",
                escape_html(if fr {
                    "Copie de la lettre recommandée avec accusé de réception envoyée ce jour."
                } else {
                    "Copy of the letter sent today by registered post with acknowledgement of receipt (lettre recommandée avec accusé de réception)."
                })
            ));
        }
        html.push_str("<div class=\"relance-body\">\n");
        html.push_str(body_html);
        html.push_str("</div>\n");
        if kind != LetterKind::PhoneScript {
            html.push_str(&signature_html);
        }
        html.push_str("</article>\n");
        return (text, html);
    }

    // Sender block.
    let mut sender: Vec<String> = vec![c.name.trim().to_owned()];
    sender.extend(
        c.address
            .replace("\r\n", "\n")
            .lines()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty()),
    );
    // Letterhead mentions of a company (C. com. R123-237 1° and 2°, R123-238): its form and
    // share capital, and "RCS <town of the registry>" with the SIREN.
    let form = opt(&c.legal_form);
    // A capital in whole euros is written without cents, as on a Kbis ("10 000 €").
    let capital = c.share_capital.map(|cap| {
        let s = format_amount(cap.0, lang);
        if cap.0.fract().is_zero() {
            s.replacen(if fr { ",00" } else { ".00" }, "", 1)
        } else {
            s
        }
    });
    match (form.is_empty(), capital) {
        (false, Some(cap)) => sender.push(if fr {
            format!("{form} au capital de {cap}")
        } else {
            format!("{form} with a share capital of {cap}")
        }),
        (false, None) => sender.push(form),
        (true, Some(cap)) => sender.push(if fr {
            format!("Capital social : {cap}")
        } else {
            format!("Share capital: {cap}")
        }),
        (true, None) => {}
    }
    let siren = opt(&c.siren);
    let rcs = opt(&c.rcs_city);
    if !rcs.is_empty() {
        sender.push(format!("RCS {rcs} {siren}").trim_end().to_owned());
    } else if !siren.is_empty() {
        sender.push(format!("SIREN{} {siren}", if fr { " :" } else { ":" }));
    }
    let vat = opt(&c.vat_number);
    if !vat.is_empty() {
        sender.push(if fr {
            format!("TVA intracommunautaire : {vat}")
        } else {
            format!("VAT no.: {vat}")
        });
    }
    let phone = opt(&c.phone);
    if !phone.is_empty() {
        sender.push(format!("{} {phone}", if fr { "Tél. :" } else { "Tel.:" }));
    }
    let email = opt(&c.email);
    if !email.is_empty() {
        sender.push(format!(
            "{} {email}",
            if fr { "Courriel :" } else { "Email:" }
        ));
    }
    // Recipient block.
    let (rname, raddr) = match (&input.recipient, kind) {
        // The requête goes to the court's greffe (CPC 1407).
        #[cfg(feature = "court-steps")]
        (_, LetterKind::InjonctionRequest) => {
            let court = super::court::court(input, lang);
            let name = if court.given {
                court.name
            } else if court.commercial {
                "Tribunal de commerce".to_owned()
            } else {
                "Tribunal judiciaire".to_owned()
            };
            let greffe = if fr {
                "Greffe – injonctions de payer"
            } else {
                "Registry (greffe) – orders for payment"
            };
            (
                name,
                Some(
                    std::iter::once(greffe.to_owned())
                        .chain(court.address)
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
            )
        }
        #[cfg(feature = "court-steps")]
        (Some(r), LetterKind::RefereProvision | LetterKind::SmallClaims) => {
            (r.name.trim().to_owned(), r.address.clone())
        }
        (Some(r), LetterKind::Handover) => (r.name.trim().to_owned(), r.address.clone()),
        _ => (
            input.debtor.name.trim().to_owned(),
            input.debtor.address.clone(),
        ),
    };
    let title = match kind {
        k if k == LetterKind::Handover || k.is_court_step() => String::new(),
        _ => opt(&input.debtor.title),
    };
    let mut recipient: Vec<String> = [title, rname]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect();
    if let Some(a) = raddr {
        recipient.extend(
            a.replace("\r\n", "\n")
                .lines()
                .map(|l| l.trim().to_owned())
                .filter(|l| !l.is_empty()),
        );
    }
    let place = opt(&c.place);
    let date = format_date(input.as_of, lang);
    let place_date = match (fr, place.is_empty()) {
        (true, false) => format!("{place}, le {date}"),
        (true, true) => format!("Le {date}"),
        (false, false) => format!("{place}, {date}"),
        (false, true) => date,
    };
    let delivery = if fr {
        "Lettre recommandée avec accusé de réception"
    } else {
        "By registered post with acknowledgement of receipt (lettre recommandée avec accusé de réception)"
    };
    let numbers: Vec<String> = input
        .invoices
        .iter()
        .map(|i| i.number.trim().to_owned())
        .collect();
    let reference = if fr {
        format!(
            "Réf. : {}{}",
            if numbers.len() > 1 {
                "factures nos\u{a0}"
            } else {
                "facture n°\u{a0}"
            },
            numbers.join(", ")
        )
    } else {
        format!(
            "Ref.: invoice{} no. {}",
            if numbers.len() > 1 { "s" } else { "" },
            numbers.join(", ")
        )
    };
    let subject_line = if fr {
        format!("Objet : {subject}")
    } else {
        format!("Subject: {subject}")
    };

    let mut text = sender.join("\n");
    text.push_str("\n\n");
    text.push_str(&recipient.join("\n"));
    text.push_str("\n\n");
    text.push_str(&place_date);
    text.push_str("\n\n");
    if registered {
        text.push_str(delivery);
        text.push('\n');
    }
    text.push_str(&subject_line);
    text.push('\n');
    text.push_str(&reference);
    text.push_str("\n\n");
    text.push_str(body_text);
    text.push_str("\n\n");
    text.push_str(&signature_lines.join("\n"));

    let join_html = |lines: &[String]| {
        lines
            .iter()
            .map(|l| escape_html(l))
            .collect::<Vec<_>>()
            .join("<br>")
    };
    let mut html = article_open;
    html.push_str("<header class=\"relance-header\">\n");
    html.push_str(&format!(
        "<address class=\"relance-sender\">{}</address>\n",
        join_html(&sender)
    ));
    html.push_str(&format!(
        "<address class=\"relance-recipient\">{}</address>\n",
        join_html(&recipient)
    ));
    html.push_str(&format!(
        "<p class=\"relance-place-date\">{}</p>\n",
        escape_html(&place_date)
    ));
    if registered {
        html.push_str(&format!(
            "<p class=\"relance-delivery\">{}</p>\n",
            escape_html(delivery)
        ));
    }
    let (obj, refl) = if fr {
        ("Objet :", reference.trim_start_matches("Réf. :").trim())
    } else {
        ("Subject:", reference.trim_start_matches("Ref.:").trim())
    };
    html.push_str(&format!(
        "<p class=\"relance-subject\"><strong>{obj}</strong> {}</p>\n",
        escape_html(subject)
    ));
    html.push_str(&format!(
        "<p class=\"relance-reference\"><strong>{}</strong> {}</p>\n",
        if fr { "Réf. :" } else { "Ref.:" },
        escape_html(refl)
    ));
    html.push_str("</header>\n<div class=\"relance-body\">\n");
    html.push_str(body_html);
    html.push_str("</div>\n");
    html.push_str(&signature_html);
    html.push_str("</article>\n");
    (text, html)
}
