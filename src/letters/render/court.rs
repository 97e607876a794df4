//! The court and recovery steps after an unanswered mise en demeure: the requête en
//! injonction de payer (`injonction-request`) and the cover letters of a référé-provision
//! (`refere-provision`) and of the procédure simplifiée de recouvrement des petites créances
//! (`small-claims`). Their placeholder values and checks.
//!
//! What the requête must say, and where each piece comes from:
//!
//! | requirement | source | here |
//! |---|---|---|
//! | a claim with a contractual (or statutory) cause and a determined amount | CPC 1405 | `claim_ground` (template), `delivery_details` |
//! | addressed to the judge of the place where the debtor (or one of them) lives; president of the tribunal de commerce within its jurisdiction (claims between traders), else of the tribunal judiciaire (or the juge des contentieux de la protection in its matters); a contrary clause is void | CPC 1406 | [`court`]: the input's `court`, else the generic designation and the warning `court-not-given` |
//! | filed by request, handed or sent to the greffe by the creditor or any agent | CPC 1407 al. 1 | `filing_note`; relance files nothing (warning `filing-by-creditor`) |
//! | the parties: for a natural person name, first names, profession, domicile, nationality, date and place of birth; for a legal person its form, name, registered office and the body representing it; the debtor's name and domicile, or a company's name and registered office | CPC 1407 with 57 and 54 | `creditor_identity`, `debtor_identity`; warnings `creditor-identity-incomplete`, `debtor-identity-incomplete` |
//! | the precise amount claimed with the breakdown of its elements, and the ground of the claim | CPC 1407 al. 2 | `figures_table` (principal, penalties or interest, 40 € per invoice where owed), `period_table` (penalties per period), `running`, `claim_ground` |
//! | the list (bordereau) of the documents produced | CPC 1407 al. 2 | [`exhibits`]: invoices, orders, reminders, the mise en demeure and its receipt |
//! | the court to which it is addressed | CPC 1407 with 54 1° | the heading "À Madame ou Monsieur le Président du …" and the recipient block |
//!
//! Checked against `reference/france-law.md` §5.1–5.3 and the text of CPC 1405–1407 as
//! commented by practitioners (Infogreffe's guide, injonctiondepayer.fr); the current
//! wording of 1407 and 57 was not read on Légifrance itself. The tribunaux des activités
//! économiques (arrêté du 5 juillet 2024: twelve tribunaux de commerce renamed, 1 January
//! 2025 – 31 December 2028) are named in the warning, not in the text.
//!
//! Référé-provision: CPC 835 al. 2 (president of the tribunal judiciaire, or the juge des
//! contentieux de la protection within its jurisdiction) and 873 al. 2 (president of the
//! tribunal de commerce): "dans les cas où l'existence de l'obligation n'est pas sérieusement
//! contestable, ils peuvent accorder une provision au créancier"; against a public buyer the
//! juge des référés of the tribunal administratif, CJA R541-1. Procédure simplifiée: CPCE
//! L125-1 (a commissaire de justice, a claim with a contractual or statutory cause below a
//! threshold set by decree, one month from the commissaire's registered letter or electronic
//! message, the debtor's agreement suspends prescription, an enforceable title on the
//! agreement, every cost borne by the creditor) and R125-1 s. (the commissaire of the district
//! of the debtor's tribunal judiciaire; 5 000 €, principal and interest — the decree's exact
//! wording, "inférieur ou égal", was not verified: exactly 5 000,00 € gives a warning).

use super::*;
use crate::messages::{court as msg, Text};

/// Claims above this (principal and interest) cannot go through the procédure simplifiée
/// (CPCE L125-1, R125-1 s.).
const SMALL_CLAIMS_MAX: Decimal = Decimal::from_parts(5000, 0, 0, false, 0);

/// The court of a requête: its name as the heading writes it, whether it is a commercial
/// court, and whether the caller named it.
pub(super) struct Court {
    pub(super) name: String,
    pub(super) commercial: bool,
    pub(super) address: Vec<String>,
    pub(super) given: bool,
}

/// The court (CPC 1406): the input's `court` (first line its name, the next ones its
/// address), else the generic designation by regime — the tribunal de commerce between
/// businesses, the tribunal judiciaire for a consumer — "dans le ressort duquel demeure le
/// débiteur". A town is never guessed from the debtor's address: most towns have no
/// tribunal de commerce of their own.
pub(super) fn court(input: &LetterInput, lang: Lang) -> Court {
    let given = input.court.as_deref().map(str::trim).unwrap_or("");
    let mut lines = given
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned);
    if let Some(name) = lines.next() {
        // ASCII case folding: `to_lowercase` would link Unicode's case tables into the wasm.
        let lower = name.to_ascii_lowercase();
        return Court {
            commercial: lower.contains("commerce") || lower.contains("activit"),
            name,
            address: lines.collect(),
            given: true,
        };
    }
    let commercial = input.regime != Regime::FrB2c;
    let name = match (commercial, lang) {
        (true, Lang::Fr) => "tribunal de commerce dans le ressort duquel demeure le débiteur",
        (false, Lang::Fr) => "tribunal judiciaire dans le ressort duquel demeure le débiteur",
        (true, Lang::En) => {
            "tribunal de commerce (Commercial Court) of the place where the debtor lives"
        }
        (false, Lang::En) => {
            "tribunal judiciaire (Judicial Court) of the place where the debtor lives"
        }
    };
    Court {
        name: name.to_owned(),
        commercial,
        address: Vec::new(),
        given: false,
    }
}

/// A legal form as a court document writes it: the abbreviations of the usual French forms
/// in full in French ("SAS" → "société par actions simplifiée"), "a SAS" in English; any
/// other form as given.
fn legal_form(form: &str, lang: Lang) -> String {
    let full = match form.replace('.', "").to_ascii_uppercase().as_str() {
        "SAS" => "société par actions simplifiée",
        "SASU" => "société par actions simplifiée unipersonnelle",
        "SARL" => "société à responsabilité limitée",
        "EURL" => "entreprise unipersonnelle à responsabilité limitée",
        "SA" => "société anonyme",
        "SNC" => "société en nom collectif",
        "SCI" => "société civile immobilière",
        "SCS" => "société en commandite simple",
        "SCA" => "société en commandite par actions",
        _ => "",
    };
    match (lang, full.is_empty()) {
        (Lang::Fr, false) => full.to_owned(),
        (Lang::Fr, true) => form.to_owned(),
        (Lang::En, _) => format!("a {form}"),
    }
}

fn address_inline(address: &Option<String>) -> String {
    address
        .as_deref()
        .unwrap_or("")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The creditor as a court document names it (CPC 54, 57): a company's name, form, capital,
/// RCS and registered office, "prise en la personne de son représentant légal".
fn creditor_identity(input: &LetterInput, lang: Lang, warnings: &mut Vec<Warning>) -> String {
    let c = &input.creditor;
    let fr = lang == Lang::Fr;
    let form = opt(&c.legal_form);
    let siren = opt(&c.siren);
    let rcs = opt(&c.rcs_city);
    let address = address_inline(&Some(c.address.clone()));
    let mut parts = vec![c.name.trim().to_owned()];
    if form.is_empty() {
        if input.kind == LetterKind::InjonctionRequest {
            warnings.push(Warning::new(
                "creditor-identity-incomplete",
                msg::creditor_identity_incomplete(lang),
            ));
        }
    } else {
        let capital = c.share_capital.map(|cap| {
            let s = format_amount(cap.0, lang);
            if cap.0.fract().is_zero() {
                s.replacen(if fr { ",00" } else { ".00" }, "", 1)
            } else {
                s
            }
        });
        let form = legal_form(&form, lang);
        parts.push(match (capital, fr) {
            (Some(cap), true) => format!("{form} au capital de {cap}"),
            (Some(cap), false) => format!("{form} with a share capital of {cap}"),
            (None, _) => form,
        });
    }
    if !siren.is_empty() {
        parts.push(match (rcs.is_empty(), fr) {
            (false, true) => format!("immatriculée au registre du commerce et des sociétés de {rcs} sous le numéro {siren}"),
            (false, false) => format!("registered with the Trade and Companies Register (RCS) of {rcs} under number {siren}"),
            (true, true) => format!("SIREN {siren}"),
            (true, false) => format!("SIREN {siren}"),
        });
    }
    parts.push(if fr {
        format!("dont le siège est situé {address}, prise en la personne de son représentant légal")
    } else {
        format!("whose registered office is at {address}, represented by its legal representative")
    });
    parts.join(", ")
}

/// The debtor as a court document names it: a company's name, form, registered office and
/// RCS; a consumer's name and address.
fn debtor_identity(input: &LetterInput, lang: Lang, warnings: &mut Vec<Warning>) -> String {
    let d = &input.debtor;
    let fr = lang == Lang::Fr;
    let address = address_inline(&d.address);
    if input.regime == Regime::FrB2c {
        return if fr {
            format!("{}, demeurant {address}", d.name.trim())
        } else {
            format!("{}, residing at {address}", d.name.trim())
        };
    }
    let form = opt(&d.legal_form);
    let siren = opt(&d.siren);
    let rcs = opt(&d.rcs_city);
    let mut parts = vec![d.name.trim().to_owned()];
    if form.is_empty() {
        if input.kind == LetterKind::InjonctionRequest {
            warnings.push(Warning::new(
                "debtor-identity-incomplete",
                msg::debtor_identity_incomplete(lang),
            ));
        }
    } else {
        parts.push(legal_form(&form, lang));
    }
    parts.push(if fr {
        format!("dont le siège est situé {address}")
    } else {
        format!("whose registered office is at {address}")
    });
    if !siren.is_empty() {
        parts.push(match (rcs.is_empty(), fr) {
            (false, true) => format!("immatriculée au registre du commerce et des sociétés de {rcs} sous le numéro {siren}"),
            (false, false) => format!("registered with the RCS of {rcs} under number {siren}"),
            (true, _) => format!("SIREN {siren}"),
        });
    }
    parts.join(", ")
}

/// The bordereau des pièces (CPC 1407): each invoice, each order whose date is known, each
/// written reminder, the mise en demeure and its receipt, numbered.
fn exhibits(input: &LetterInput, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    let date = |d: IsoDate| format_date(d, lang);
    let mut items = Vec::new();
    for inv in &input.invoices {
        items.push(if fr {
            format!(
                "facture n° {} du {}",
                inv.number.trim(),
                date(inv.issue_date)
            )
        } else {
            format!(
                "invoice no. {} dated {}",
                inv.number.trim(),
                date(inv.issue_date)
            )
        });
    }
    for inv in &input.invoices {
        if let Some(o) = inv.order_date {
            items.push(if fr {
                format!(
                    "bon de commande ou confirmation de commande du {} (facture n° {})",
                    date(o),
                    inv.number.trim()
                )
            } else {
                format!(
                    "purchase order or order confirmation dated {} (invoice no. {})",
                    date(o),
                    inv.number.trim()
                )
            });
        }
    }
    for h in input.history.as_deref().unwrap_or_default() {
        let written = matches!(
            h.kind,
            LetterKind::Reminder | LetterKind::SecondReminder | LetterKind::FinalNotice
        );
        if written {
            // The channel as the history lines name it ("courriel", "courrier").
            let how = h
                .channel
                .map(|c| format!(" ({})", c.label(lang)))
                .unwrap_or_default();
            items.push(if fr {
                format!("{} du {}{how}", h.kind.label(lang), date(h.date))
            } else {
                format!("{} dated {}{how}", h.kind.label(lang), date(h.date))
            });
        }
        if h.kind == LetterKind::FormalNotice {
            items.push(if fr {
                format!(
                    "mise en demeure du {} et son avis de réception",
                    date(h.date)
                )
            } else {
                format!(
                    "formal notice dated {} and its acknowledgement of receipt",
                    date(h.date)
                )
            });
        }
    }
    items
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if fr {
                format!("Pièce n° {} : {t}", i + 1)
            } else {
                format!("Exhibit no. {}: {t}", i + 1)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The placeholder values of the court steps (empty for the other kinds' texts, which do not
/// use them, so that an override can).
pub(super) fn court_values(
    input: &LetterInput,
    lang: Lang,
    values: &mut Values,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let fr = lang == Lang::Fr;
    let date = |d: IsoDate| format_date(d, lang);
    let court_step = input.kind.is_court_step();
    let mut own = Vec::new();
    let court = court(input, lang);
    put(values, "court", Val::text(court.name.clone()));
    put(
        values,
        "creditor_identity",
        Val::text(creditor_identity(input, lang, &mut own)),
    );
    put(
        values,
        "debtor_identity",
        Val::text(debtor_identity(input, lang, &mut own)),
    );
    let notice = last_sent(input, LetterKind::FormalNotice);
    let channel = input
        .history
        .as_deref()
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|h| h.kind == LetterKind::FormalNotice)
        .and_then(|h| h.channel);
    let sentence = match (notice, fr) {
        (None, _) => String::new(),
        (Some(d), true) => format!(
            "{} du {}, nous avons mis le débiteur en demeure de payer ; cette mise en demeure est restée sans effet.",
            match channel {
                Some(LetterChannel::Email) => "Par courriel",
                Some(LetterChannel::Sms) => "Par SMS",
                _ => "Par lettre recommandée avec demande d'avis de réception",
            },
            date(d)
        ),
        (Some(d), false) => format!(
            "{} dated {}, we gave the debtor formal notice to pay; this formal notice has had no effect.",
            match channel {
                Some(LetterChannel::Email) => "By e-mail",
                Some(LetterChannel::Sms) => "By SMS",
                _ => "By registered letter with acknowledgement of receipt",
            },
            date(d)
        ),
    };
    put(values, "formal_notice_sentence", Val::text(sentence));
    let after = match (notice, fr) {
        (Some(d), true) => format!("malgré notre mise en demeure du {}", date(d)),
        (Some(d), false) => format!("despite our formal notice of {}", date(d)),
        (None, _) => {
            let prev = values
                .get("previous_reminders")
                .map(|v| v.text.clone())
                .unwrap_or_default();
            if fr {
                format!("malgré {prev}")
            } else {
                format!("despite {prev}")
            }
        }
    };
    put(values, "formal_notice_after", Val::text(after));
    put(values, "exhibits", Val::text(exhibits(input, lang)));
    put(values, "next_day", Val::text(date(input.as_of.succ())));
    let filing = match (court.commercial, fr) {
        (true, true) => format!("La présente requête, accompagnée des pièces énumérées au bordereau, est remise ou adressée au greffe du {} par le requérant ou par tout mandataire (article 1407 du Code de procédure civile) ; elle peut aussi être déposée en ligne, par le service de dépôt électronique des greffes des tribunaux de commerce.", court.name),
        (false, true) => format!("La présente requête, accompagnée des pièces énumérées au bordereau, est remise ou adressée au greffe du {} par le requérant ou par tout mandataire (article 1407 du Code de procédure civile).", court.name),
        (true, false) => format!("This application, with the documents listed in the bordereau, is handed or sent to the registry (greffe) of the {} by the applicant or any agent (article 1407 of the French Code of Civil Procedure); it can also be filed online, through the electronic filing service of the commercial courts' registries.", court.name),
        (false, false) => format!("This application, with the documents listed in the bordereau, is handed or sent to the registry (greffe) of the {} by the applicant or any agent (article 1407 of the French Code of Civil Procedure).", court.name),
    };
    put(values, "filing_note", Val::text(filing));
    if !court_step {
        return Ok(());
    }
    warnings.append(&mut own);
    if notice.is_none() {
        warnings.push(Warning::new(
            "formal-notice-missing",
            msg::formal_notice_missing(lang),
        ));
    }
    if input.kind == LetterKind::InjonctionRequest {
        warnings.push(Warning::new(
            "filing-by-creditor",
            msg::filing_by_creditor(lang),
        ));
        if !court.given {
            let message = if (2025..=2028).contains(&input.as_of.year()) {
                msg::court_not_given_tae(lang)
            } else {
                msg::court_not_given(lang)
            };
            warnings.push(Warning::new("court-not-given", message));
        }
    }
    Ok(())
}

/// Errors and warnings of the court steps: no SMS, no public buyer where no enforcement or
/// ordinary court lies, the recipient each needs, the small-claims threshold.
pub(super) fn court_checks(
    input: &LetterInput,
    figures: &LetterFigures,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let kind = input.kind;
    let lang = input.lang.unwrap_or_default();
    if !kind.is_court_step() {
        return Ok(());
    }
    if input.channel == LetterChannel::Sms {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "channel",
            Text::of(&|l| msg::no_sms(l, kind.code())),
        ));
    }
    if kind == LetterKind::InjonctionRequest && input.channel == LetterChannel::Email {
        warnings.push(Warning::new(
            "channel-not-recommended",
            msg::requete_by_email(lang),
        ));
    }
    if input.regime == Regime::FrPublic && kind != LetterKind::RefereProvision {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "kind",
            Text::of(&msg::no_public_buyer),
        ));
    }
    if kind != LetterKind::InjonctionRequest {
        let Some(r) = &input.recipient else {
            return Err(Error::at(
                ErrorKind::MissingField,
                "recipient",
                Text::of(&msg::cover_needs_recipient),
            ));
        };
        if kind == LetterKind::SmallClaims && r.kind != RecipientKind::CommissaireDeJustice {
            return Err(Error::at(
                ErrorKind::InconsistentInput,
                "recipient.kind",
                Text::of(&msg::small_claims_commissaire),
            ));
        }
        if r.kind == RecipientKind::Agency {
            return Err(Error::at(
                ErrorKind::InconsistentInput,
                "recipient.kind",
                Text::of(&msg::refere_not_agency),
            ));
        }
    }
    if kind != LetterKind::RefereProvision
        && input
            .debtor
            .address
            .as_deref()
            .is_none_or(|a| a.trim().is_empty())
    {
        return Err(Error::at(
            ErrorKind::MissingField,
            "debtor.address",
            Text::of(&msg::debtor_address_required),
        ));
    }
    if kind == LetterKind::SmallClaims {
        let claim = money::add(figures.principal.0, figures.interest.0)?;
        if claim > SMALL_CLAIMS_MAX {
            return Err(Error::at(
                ErrorKind::InconsistentInput,
                "kind",
                Text::of(&|l| msg::small_claims_over(l, Money(claim))),
            ));
        }
        if claim == SMALL_CLAIMS_MAX {
            warnings.push(Warning::new(
                "small-claims-threshold",
                msg::small_claims_threshold(lang),
            ));
        }
    }
    Ok(())
}
