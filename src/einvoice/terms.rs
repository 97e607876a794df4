//! Free texts of an invoice: the payment terms (BT-20) read as relance payment terms, and the
//! late-payment mentions art. L441-9 C. com. requires on an invoice between professionals.

use crate::calendar::PaymentTerms;
use crate::lang::Lang;
use crate::messages::einvoice as msg;

/// Lower case, French accents removed, every non-alphanumeric run turned into one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '€' => '€',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_owned()
}

/// Which of the two late-payment mentions of art. L441-9 C. com. the texts state:
/// (a penalty rate or basis, the 40 € fixed recovery indemnity of art. L441-10 II and D441-5).
///
/// A penalty mention is a word for late-payment penalties or interest ("pénalité(s)",
/// "intérêts de retard", "late payment interest/penalty"). The indemnity mention is "40"
/// (or "40,00") next to an indemnity word ("indemnité", "frais de recouvrement",
/// "recovery", "compensation"): the amount must be written, a reference to art. D441-5 is not
/// enough. Substance, not wording, is checked: a court reads the
/// invoice, relance only flags what it cannot find.
pub fn mentions(texts: &[&str]) -> (bool, bool) {
    let folded = fold(&texts.join(" "));
    let words: Vec<&str> = folded.split(' ').collect();
    let penalty = folded.contains("penalit")
        || folded.contains("interets de retard")
        || folded.contains("interet de retard")
        || folded.contains("late payment interest")
        || folded.contains("late payment penalt")
        || folded.contains("late interest")
        || folded.contains("default interest");
    let indemnity_word = folded.contains("indemnit")
        || folded.contains("recouvrement")
        || folded.contains("recovery")
        || folded.contains("compensation");
    let forty = words.iter().enumerate().any(|(i, w)| {
        *w == "40"
            && words
                .get(i + 1)
                .is_none_or(|n| !n.chars().all(|c| c.is_ascii_digit()) || *n == "00")
            || *w == "40€"
    });
    (penalty, indemnity_word && forty)
}

/// Payment terms read from a text, with a French label of what was understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadTerms {
    pub terms: PaymentTerms,
    /// For "N jours fin de mois": reading B, whose due date the warning also gives.
    pub alternative: Option<PaymentTerms>,
}

/// The one payment term a text states, when relance's `dueDate` kinds cover it:
/// "à réception" / "comptant" (immediate), "30 jours" / "net 30" / "30 days" (days),
/// "45 jours fin de mois" (end of month, reading A, with reading B as the alternative),
/// "fin de mois" (end of the issue month), "le 10 du mois suivant" (day of month). `None`
/// when the text states none, several different ones, or counts from another date than the
/// invoice (delivery, receipt of goods).
pub fn read_terms(text: &str) -> Option<ReadTerms> {
    let folded = fold(text);
    if folded.contains("livraison") || folded.contains("delivery") || folded.contains("marchandise")
    {
        return None;
    }
    let w: Vec<&str> = folded.split(' ').collect();
    let num = |i: usize| -> Option<u32> {
        let s = w.get(i)?;
        (s.len() <= 3 && !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let is = |i: usize, word: &str| w.get(i) == Some(&word);
    let eom_at = |i: usize| {
        (is(i, "fin") && is(i + 1, "de") && is(i + 2, "mois"))
            || (is(i, "end") && is(i + 1, "of") && is(i + 2, "month"))
            || is(i, "fdm")
            || is(i, "eom")
    };
    let mut found: Vec<ReadTerms> = Vec::new();
    let push = |t: ReadTerms, found: &mut Vec<ReadTerms>| {
        if !found.contains(&t) {
            found.push(t);
        }
    };
    let mut consumed_eom = Vec::new();
    for i in 0..w.len() {
        if let Some(n) = num(i) {
            let unit = w.get(i + 1).copied();
            if matches!(unit, Some("jours" | "jour" | "j" | "days" | "day")) {
                if eom_at(i + 2) {
                    consumed_eom.push(i + 2);
                    push(
                        ReadTerms {
                            terms: PaymentTerms::DaysEndOfMonth { days: n },
                            alternative: Some(PaymentTerms::EndOfMonthDays { days: n }),
                        },
                        &mut found,
                    );
                } else {
                    push(
                        ReadTerms {
                            terms: PaymentTerms::Days { days: n },
                            alternative: None,
                        },
                        &mut found,
                    );
                }
            }
        }
        if is(i, "net") {
            if let Some(n) = num(i + 1) {
                if !matches!(
                    w.get(i + 2).copied(),
                    Some("jours" | "jour" | "j" | "days" | "day")
                ) {
                    push(
                        ReadTerms {
                            terms: PaymentTerms::Days { days: n },
                            alternative: None,
                        },
                        &mut found,
                    );
                }
            }
        }
        if is(i, "le") {
            if let Some(day) = num(i + 1) {
                if is(i + 2, "du")
                    && is(i + 3, "mois")
                    && is(i + 4, "suivant")
                    && (1..=31).contains(&day)
                {
                    push(
                        ReadTerms {
                            terms: PaymentTerms::DayOfMonth { day, months: 1 },
                            alternative: None,
                        },
                        &mut found,
                    );
                }
            }
        }
        if eom_at(i) && !consumed_eom.contains(&i) && !(i > 0 && is(i - 1, "de")) {
            push(
                ReadTerms {
                    terms: PaymentTerms::DaysEndOfMonth { days: 0 },
                    alternative: None,
                },
                &mut found,
            );
        }
        let immediate = (is(i, "a") && is(i + 1, "reception"))
            || is(i, "comptant")
            || (is(i, "upon") && is(i + 1, "receipt"))
            || (is(i, "on") && is(i + 1, "receipt"))
            || is(i, "immediate")
            || is(i, "immediat");
        if immediate {
            push(
                ReadTerms {
                    terms: PaymentTerms::Immediate,
                    alternative: None,
                },
                &mut found,
            );
        }
    }
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The terms as read, for the warning.
pub fn describe(t: PaymentTerms, lang: Lang) -> String {
    match t {
        PaymentTerms::Immediate => msg::terms_immediate(lang),
        PaymentTerms::Days { days } => msg::terms_days(lang, days),
        PaymentTerms::DaysEndOfMonth { days: 0 } | PaymentTerms::EndOfMonthDays { days: 0 } => {
            msg::terms_end_of_month(lang)
        }
        PaymentTerms::DaysEndOfMonth { days } => msg::terms_days_end_of_month(lang, days),
        PaymentTerms::EndOfMonthDays { days } => msg::terms_end_of_month_days(lang, days),
        PaymentTerms::DayOfMonth { day, months } => msg::terms_day_of_month(lang, day, months),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_texts() {
        let t = |s: &str| read_terms(s).map(|r| r.terms);
        assert_eq!(
            t("Paiement à 30 jours"),
            Some(PaymentTerms::Days { days: 30 })
        );
        assert_eq!(t("Net 30"), Some(PaymentTerms::Days { days: 30 }));
        assert_eq!(t("30 jours net"), Some(PaymentTerms::Days { days: 30 }));
        assert_eq!(
            t("45 jours fin de mois"),
            Some(PaymentTerms::DaysEndOfMonth { days: 45 })
        );
        assert_eq!(
            t("Paiement fin de mois"),
            Some(PaymentTerms::DaysEndOfMonth { days: 0 })
        );
        assert_eq!(
            t("Payable le 10 du mois suivant"),
            Some(PaymentTerms::DayOfMonth { day: 10, months: 1 })
        );
        assert_eq!(
            t("Paiement à réception de facture"),
            Some(PaymentTerms::Immediate)
        );
        assert_eq!(t("Due on receipt"), Some(PaymentTerms::Immediate));
        assert_eq!(t("30 jours à compter de la livraison"), None);
        assert_eq!(t("30 jours ou 60 jours selon le cas"), None);
        assert_eq!(t("Virement bancaire"), None);
    }

    #[test]
    fn mentions_found() {
        assert_eq!(
            mentions(&["Tout retard de paiement engendre une pénalité calculée sur la base de trois fois le taux d'intérêt légal.", "Indemnité forfaitaire pour frais de recouvrement : 40 €."]),
            (true, true)
        );
        assert_eq!(
            mentions(&["Indemnité forfaitaire de recouvrement de 40,00 euros"]),
            (false, true)
        );
        assert_eq!(mentions(&["Payable à 40 jours"]), (false, false));
        assert_eq!(mentions(&[]), (false, false));
    }
}
