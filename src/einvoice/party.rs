//! Parties: names, addresses, French identifiers, and the regime the buyer implies.
//!
//! Identifier schemes are ISO 6523 ICD codes, as EN 16931 uses them: **0002** = SIRENE
//! (SIREN, 9 digits), **0009** = SIRET (14 digits: SIREN + NIC; also "the ChorusPro SIRET
//! scheme" of buyer electronic addresses), **0225** = the French e-invoicing electronic
//! address (SIREN, optionally `_` suffix), **0088** = GLN, and so on.

use super::raw::RawParty;
use super::InvoiceParty;
use crate::error::Result;
use crate::lang::Lang;
use crate::messages::{einvoice as msg, Text};
use crate::regime::Regime;

fn digits(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .collect()
}

fn all_digits(s: &str, n: usize) -> bool {
    s.len() == n && s.chars().all(|c| c.is_ascii_digit())
}

/// Where the SIREN was read, for the regime reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SirenSource {
    pub description: Text,
}

/// The role of an identifier (`legal`, `party`, `endpoint`), as a message says it.
fn role(role: &str, lang: Lang) -> String {
    match role {
        "legal" => msg::role_legal(lang),
        "party" => msg::role_party(lang),
        "endpoint" => msg::role_endpoint(lang),
        other => other.to_owned(),
    }
}

/// (SIREN, SIRET, where from) of a party.
pub fn french_ids(p: &RawParty) -> (Option<String>, Option<String>, Option<SirenSource>) {
    let mut siren = None;
    let mut siret = None;
    let mut source = None;
    let french = p
        .country
        .as_deref()
        .is_none_or(|c| c.eq_ignore_ascii_case("FR"));
    for id in &p.identifiers {
        let d = digits(&id.id);
        let scheme = id.scheme.as_deref();
        match scheme {
            Some("0009") if all_digits(&d, 14) => {
                if siret.is_none() {
                    siret = Some(d.clone());
                }
                if siren.is_none() {
                    siren = d.get(..9).map(str::to_owned);
                    source = Some(SirenSource {
                        description: Text::of(&|l| {
                            msg::siren_from_scheme(l, "SIRET", &d, "0009", &role(&id.role, l))
                        }),
                    });
                }
            }
            Some("0002") if all_digits(&d, 9) && siren.is_none() => {
                siren = Some(d.clone());
                source = Some(SirenSource {
                    description: Text::of(&|l| {
                        msg::siren_from_scheme(l, "SIREN", &d, "0002", &role(&id.role, l))
                    }),
                });
            }
            Some("0225") => {
                let head = id.id.split('_').next().unwrap_or("");
                if all_digits(head, 9) && siren.is_none() {
                    siren = Some(head.to_owned());
                    source = Some(SirenSource {
                        description: Text::of(&|l| msg::siren_from_address(l, head)),
                    });
                }
            }
            None if french && id.role == "legal" => {
                if all_digits(&d, 14) && siret.is_none() {
                    siret = Some(d.clone());
                    if siren.is_none() {
                        siren = d.get(..9).map(str::to_owned);
                        source = Some(SirenSource {
                            description: Text::of(&|l| {
                                msg::siren_legal_without_scheme(l, "SIRET", &d)
                            }),
                        });
                    }
                } else if all_digits(&d, 9) && siren.is_none() {
                    siren = Some(d.clone());
                    source = Some(SirenSource {
                        description: Text::of(&|l| msg::siren_legal_without_scheme(l, "SIREN", &d)),
                    });
                }
            }
            _ => {}
        }
    }
    // A French VAT number is FR + a two-character key + the SIREN.
    if siren.is_none() {
        if let Some(vat) = &p.vat_number {
            let v = digits(vat);
            if v.len() == 13 && v.get(..2).is_some_and(|c| c.eq_ignore_ascii_case("FR")) {
                if let Some(tail) = v.get(4..).filter(|t| all_digits(t, 9)) {
                    siren = Some(tail.to_owned());
                    source = Some(SirenSource {
                        description: Text::of(&|l| msg::siren_from_vat(l, tail, vat)),
                    });
                }
            }
        }
    }
    if let (Some(s), Some(t)) = (&siren, &siret) {
        if !t.starts_with(s.as_str()) {
            siret = None;
        }
    }
    (siren, siret, source)
}

/// The output party; `name_path` is where the missing name would be, `what` names it.
pub fn build(
    p: &RawParty,
    name_path: &str,
    what: fn(Lang) -> String,
) -> Result<(InvoiceParty, Option<SirenSource>)> {
    let name = p
        .legal_name
        .clone()
        .or_else(|| p.trading_name.clone())
        .ok_or_else(|| super::invoice::missing(name_path, what))?;
    let trading_name = p.trading_name.clone().filter(|t| *t != name);
    let mut address_lines = p.street_lines.clone();
    let town = [p.postcode.as_deref(), p.city.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if !town.is_empty() {
        address_lines.push(town);
    }
    if let Some(c) = &p.country {
        if !c.eq_ignore_ascii_case("FR") {
            address_lines.push(c.clone());
        }
    }
    let (siren, siret, source) = french_ids(p);
    Ok((
        InvoiceParty {
            name,
            trading_name,
            address_lines,
            country: p.country.clone(),
            siren,
            siret,
            vat_number: p.vat_number.clone(),
            email: p.email.clone(),
            identifiers: p.identifiers.clone(),
        },
        source,
    ))
}

/// The regime the buyer implies, and why.
///
/// - **fr-public**: the buyer's SIREN (read from a 0002/0009/0225 identifier, or its French VAT
///   number) starts with 1 or 2, the numbering INSEE gives public-sector legal units (State
///   services, local authorities, public establishments; e.g. SIRET 11000201100044 in the
///   Chorus Pro addressing examples); or a note of the invoice states the French invoicing
///   framework "B2G". Public buyers receive invoices through Chorus Pro, addressed by SIRET
///   (scheme 0009) and a service code in the buyer reference (BT-10): both are quoted in the
///   reason when present. Late payment then follows CCP L2192-13 and R2192-31 (regime
///   `fr-public`).
/// - **fr-b2b**: another SIREN/SIRET: a business registered in France (C. com. L441-10).
/// - otherwise none: a buyer without a French identifier may be a consumer, a foreign
///   business or an undeclared public body; the caller says which.
pub fn infer_regime(
    buyer: &InvoiceParty,
    source: Option<&SirenSource>,
    buyer_reference: Option<&str>,
    notes: &[super::InvoiceNote],
    lang: Lang,
) -> (Option<Regime>, String) {
    let chorus = buyer_reference
        .map(|r| msg::chorus_service_code(lang, r))
        .unwrap_or_default();
    let b2g_note = notes
        .iter()
        .find(|n| n.text.trim().eq_ignore_ascii_case("B2G"));
    if let (Some(siren), Some(src)) = (&buyer.siren, source) {
        if siren.starts_with('1') || siren.starts_with('2') {
            return (
                Some(Regime::FrPublic),
                msg::regime_public_siren(lang, src.description.get(lang), &chorus),
            );
        }
    }
    if let Some(note) = b2g_note {
        let code = match note.subject_code.as_deref() {
            Some(c) => c.to_owned(),
            None => msg::no_subject_code(lang),
        };
        return (
            Some(Regime::FrPublic),
            msg::regime_public_note(lang, &code, &chorus),
        );
    }
    if let Some(src) = source {
        return (
            Some(Regime::FrB2b),
            msg::regime_b2b(lang, src.description.get(lang)),
        );
    }
    let hint = if buyer.vat_number.is_some() {
        msg::regime_vat_hint(lang)
    } else {
        String::new()
    };
    (None, msg::regime_not_inferred(lang, &hint))
}
