//! The late-payment wording an invoice must carry.
//!
//! Between professionals, L441-9 C. com. requires the invoice to state the rate of the
//! penalties due from the day after the payment date and the amount of the 40 € recovery
//! indemnity (the exact amount, not a reference to the code); L441-16 fines conditions that
//! omit them. A public buyer owes interest at ECB + 8 points and the 40 € of right (CCP
//! L2192-13, R2192-31, D2192-35). A consumer owes legal interest only from a formal notice
//! (C. civ. 1231-6) and no recovery costs (CPCE L111-8).

use super::{format_date, format_percent, Lang};
use crate::date::IsoDate;
use crate::error::Result;
use crate::money::Rate;
use crate::rates::{Creditor, RateTables, LME_START};
use crate::regime::Regime;
use crate::warning::Warning;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Input of `invoiceMentions`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct MentionsInput {
    pub regime: Regime,
    /// fr-b2b: the agreed penalty rate; without it the legal default (ECB + 10 points) is
    /// stated.
    #[serde(default)]
    pub contract_rate: Option<Rate>,
    /// Language of the text (default `fr`).
    #[serde(default)]
    pub lang: Option<Lang>,
    /// Invoice date: when given, the text quotes the rate in force for its half-year and a
    /// contract rate is checked against the floor of that half-year.
    #[serde(default)]
    pub as_of: Option<IsoDate>,
}

/// Result of `invoiceMentions`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct MentionsResult {
    /// The paragraph to print on the invoice or in the terms of payment.
    pub text: String,
    /// The articles it relies on.
    pub legal_basis: String,
    pub warnings: Vec<Warning>,
}

/// The late-payment mention for an invoice.
pub fn invoice_mentions(input: &MentionsInput) -> Result<MentionsResult> {
    let lang = input.lang.unwrap_or_default();
    let mut warnings = Vec::new();
    let tables = RateTables::embedded()?;
    let (text, basis) = match input.regime {
        Regime::FrB2b => {
            let rate = match (input.contract_rate, input.as_of) {
                (Some(rate), Some(date)) => {
                    let semester = date.semester();
                    let legal = tables.legal(semester, Creditor::Professional)?;
                    let factor = if date >= LME_START {
                        Decimal::from(3)
                    } else {
                        Decimal::new(15, 1)
                    };
                    let floor = legal.rate * factor;
                    if rate.0 < floor {
                        warnings.push(Warning::new(
                            "contract-rate-below-floor",
                            crate::messages::letters::contract_rate_below_floor(
                                lang,
                                crate::money::Percent(rate.0),
                                crate::money::Percent(floor),
                                semester,
                            ),
                        ));
                    }
                    rate_words(Some(rate.0), None, lang)
                }
                (Some(rate), None) => rate_words(Some(rate.0), None, lang),
                (None, Some(date)) => {
                    let ecb = tables.ecb_on(date.semester().start())?;
                    let points = if date >= LME_START { 10 } else { 7 };
                    rate_words(None, Some((ecb.rate + Decimal::from(points), date)), lang)
                }
                (None, None) => rate_words(None, None, lang),
            };
            let text = match lang {
                Lang::Fr => format!(
                    "En cas de retard de paiement, des pénalités de retard sont exigibles le jour suivant la date de règlement figurant sur la facture, sans qu'un rappel soit nécessaire, {rate}. Tout professionnel en situation de retard de paiement est de plein droit débiteur d'une indemnité forfaitaire pour frais de recouvrement de 40\u{a0}€, sans préjudice d'une indemnisation complémentaire sur justification (art. L441-10 et D441-5 du Code de commerce). Pas d'escompte pour paiement anticipé, sauf mention contraire."
                ),
                Lang::En => format!(
                    "Late payment: penalties are due from the day after the payment date shown on the invoice, without any reminder, {rate}. Any business paying late owes by law a flat recovery fee of €40, plus further compensation on proof of higher costs (French Commercial Code, art. L441-10 and D441-5). No discount for early payment unless stated otherwise."
                ),
            };
            (text, "C. com. L441-9, L441-10 II, D441-5")
        }
        Regime::FrPublic => {
            if input.contract_rate.is_some() {
                warnings.push(crate::regime::ignored("contractRate", "fr-public", lang));
            }
            let text = match lang {
                Lang::Fr => "En cas de dépassement du délai de paiement, des intérêts moratoires sont dus de plein droit et sans autre formalité à compter du jour suivant l'expiration du délai, au taux de la Banque centrale européenne en vigueur au premier jour du semestre au cours duquel ils ont commencé à courir majoré de huit points, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40\u{a0}€ (art. L2192-13, R2192-31 et D2192-35 du Code de la commande publique).".to_owned(),
                Lang::En => "If the payment period is exceeded, default interest is due by law without formality from the following day, at the European Central Bank rate in force on the first day of the half-year in which it started plus eight points, together with a flat recovery fee of €40 (French Public Procurement Code, art. L2192-13, R2192-31 and D2192-35).".to_owned(),
            };
            (text, "CCP L2192-13, R2192-31, D2192-35")
        }
        Regime::FrB2c => {
            if input.contract_rate.is_some() {
                warnings.push(crate::regime::ignored("contractRate", "fr-b2c", lang));
            }
            let text = match lang {
                Lang::Fr => "En cas de retard de paiement, des intérêts au taux légal seront dus à compter de la mise en demeure (art. 1231-6 et 1344-1 du Code civil). Aucun frais de recouvrement amiable ne peut être mis à la charge du consommateur (art. L111-8 du Code des procédures civiles d'exécution).".to_owned(),
                Lang::En => "In case of late payment, interest at the French legal rate is due from the formal notice (Civil Code, art. 1231-6 and 1344-1). No amicable recovery costs can be charged to a consumer (Code of Civil Enforcement Procedures, art. L111-8).".to_owned(),
            };
            (text, "C. civ. 1231-6, 1344-1; CPCE L111-8")
        }
    };
    Ok(MentionsResult {
        text,
        legal_basis: basis.to_owned(),
        warnings,
    })
}

/// "au taux de 15,00 % l'an" / "au taux BCE majoré de 10 points (soit 12,15 % au …)".
fn rate_words(
    contract: Option<Decimal>,
    current: Option<(Decimal, IsoDate)>,
    lang: Lang,
) -> String {
    match (contract, current, lang) {
        (Some(rate), _, Lang::Fr) => format!("au taux annuel de {}", format_percent(rate, lang)),
        (Some(rate), _, Lang::En) => format!("at an annual rate of {}", format_percent(rate, lang)),
        (None, Some((rate, date)), Lang::Fr) => format!(
            "au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points (soit {} au {})",
            format_percent(rate, lang),
            format_date(date, lang)
        ),
        (None, Some((rate, date)), Lang::En) => format!(
            "at the European Central Bank's most recent refinancing rate plus 10 percentage points ({} on {})",
            format_percent(rate, lang),
            format_date(date, lang)
        ),
        (None, None, Lang::Fr) => "au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points".to_owned(),
        (None, None, Lang::En) => "at the European Central Bank's most recent refinancing rate plus 10 percentage points".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(json: &str) -> MentionsInput {
        crate::error::deserialize(&mut serde_json::Deserializer::from_str(json)).expect("valid")
    }

    #[test]
    fn b2b_states_rate_and_the_exact_40_euros() {
        let r = invoice_mentions(&input(r#"{"regime":"fr-b2b","asOf":"2026-03-01"}"#)).expect("ok");
        // 2026H1: ECB 2.15 % on 1 January + 10 points = 12.15 %.
        assert!(r.text.contains("12,15\u{a0}%"), "{}", r.text);
        assert!(r.text.contains("40\u{a0}€"), "{}", r.text);
        assert!(r.text.contains("le jour suivant la date de règlement"));
        assert!(r.warnings.is_empty());
    }

    #[test]
    fn contract_rate_below_floor_warns() {
        // 2024H1 floor: 3 × 5.07 = 15.21 %.
        let r = invoice_mentions(&input(
            r#"{"regime":"fr-b2b","contractRate":"12","asOf":"2024-02-01","lang":"en"}"#,
        ))
        .expect("ok");
        assert!(r.text.contains("12.00%"), "{}", r.text);
        assert_eq!(
            r.warnings.first().map(|w| w.code.as_str()),
            Some("contract-rate-below-floor")
        );
    }

    #[test]
    fn consumers_get_no_indemnity() {
        let r = invoice_mentions(&input(r#"{"regime":"fr-b2c"}"#)).expect("ok");
        assert!(!r.text.contains("40"));
        assert!(r.text.contains("mise en demeure"));
    }
}
