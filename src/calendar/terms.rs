//! Payment terms → due date (date d'échéance), with the legal maxima of art. L441-10 I C. com.
//! (between professionals) and R2192-10/R2192-11 CCP (public buyers) checked as warnings.
//!
//! A due date is **not** moved to a working day: CPC art. 642 governs procedural deadlines, not
//! contractual due dates, and the invoice must state the actual due date anyway (art. L441-9
//! C. com.). An app whose contracts say otherwise can pass the due date to
//! [`working_day`](super::working_day) or [`next_working_day_on_or_after`](super::next_working_day_on_or_after).

use super::{MAX_DAYS, MAX_MONTHS};
use crate::date::{days_in_month, IsoDate};
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{calc as msg, Text};
use crate::regime::Regime;
use crate::warning::Warning;
use serde::{Deserialize, Serialize};

/// Payment terms, as a tagged object (`kind` says which).
///
/// | JSON | French wording | due date |
/// |---|---|---|
/// | `{ "kind": "immediate" }` | paiement à réception / comptant | the issue date |
/// | `{ "kind": "days", "days": 30 }` | 30 jours date de facture | issue date + 30 days |
/// | `{ "kind": "days-end-of-month", "days": 45 }` | 45 jours fin de mois, lecture A | issue date + 45 days, then the end of that month |
/// | `{ "kind": "end-of-month-days", "days": 45 }` | 45 jours fin de mois, lecture B | end of the issue month, then + 45 days |
/// | `{ "kind": "day-of-month", "day": 15, "months": 2 }` | le 15 du mois M+2 | the 15th of the 2nd month after the issue month |
///
/// `days: 0` with either end-of-month kind is "paiement fin de mois" (last day of the issue
/// month). Both end-of-month readings are accepted by the administration for "45 jours fin de
/// mois" (DGCCRF, CEPC); which one a court would retain is unsettled, so the caller chooses.
/// `day-of-month` covers the practice of paying "45 jours fin de mois" on the 15th of month M+2
/// as well as "le 10 du mois suivant"; a `day` the target month does not have (31 in
/// April) means that month's last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum PaymentTerms {
    /// Payable on receipt: due on the issue date.
    #[serde(rename = "immediate")]
    Immediate,
    /// `days` (0–36600) after the issue date.
    #[serde(rename = "days")]
    Days { days: u32 },
    /// Reading A of "N jours fin de mois": issue date + `days`, then the last day of that month.
    #[serde(rename = "days-end-of-month")]
    DaysEndOfMonth { days: u32 },
    /// Reading B of "N jours fin de mois": last day of the issue month, then + `days`.
    #[serde(rename = "end-of-month-days")]
    EndOfMonthDays { days: u32 },
    /// Day `day` (1–31) of the month `months` (0–1200) after the issue month.
    #[serde(rename = "day-of-month")]
    DayOfMonth { day: u32, months: u32 },
}

/// The kind of public buyer, which sets the maximum payment deadline (R2192-10/R2192-11 CCP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum PublicBuyer {
    /// The State and its public establishments (other than industrial and commercial): 30 days.
    #[serde(rename = "state")]
    State,
    /// Local authorities, their public establishments and groupings: 30 days.
    #[serde(rename = "local-authority")]
    LocalAuthority,
    /// Public health establishments and armed-forces health establishments: 50 days.
    #[serde(rename = "public-health")]
    PublicHealth,
    /// Public enterprises (ordonnance 2004-503 sense): 60 days.
    #[serde(rename = "public-enterprise")]
    PublicEnterprise,
}

impl PublicBuyer {
    /// Maximum payment deadline in days.
    pub fn max_days(self) -> u32 {
        match self {
            PublicBuyer::State | PublicBuyer::LocalAuthority => 30,
            PublicBuyer::PublicHealth => 50,
            PublicBuyer::PublicEnterprise => 60,
        }
    }
}

/// Input of [`due_date`]:
/// `{ issueDate: "2026-01-15", terms: { kind: "days-end-of-month", days: 45 } }`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DueDateInput {
    /// The day the terms count from: the invoice issue date (art. L441-10 I C. com.), or for
    /// `regime: "fr-public"` the day the buyer received the payment request (art. R2192-12
    /// CCP).
    pub issue_date: IsoDate,
    /// The agreed payment terms.
    pub terms: PaymentTerms,
    /// Which legal maximum to check; default `"fr-b2b"` (L441-10 I C. com.); `"fr-b2c"` checks
    /// none; `"fr-public"` checks R2192-10/R2192-11 CCP.
    #[serde(default)]
    pub regime: Option<Regime>,
    /// Only with `regime: "fr-public"`: the kind of buyer; default `"state"` (30 days, as for
    /// local authorities).
    #[serde(default)]
    pub public_buyer: Option<PublicBuyer>,
    /// Language of the messages (warnings, reasons, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// Result of [`due_date`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DueDateResult {
    /// The due date (never moved to a working day).
    pub date: IsoDate,
    /// Calendar days from `issueDate` to `date`.
    pub days_after_issue: u32,
    /// In French, the computation used, e.g. "45 jours fin de mois, lecture A : date de
    /// facture + 45 jours, puis fin de mois".
    pub basis: String,
    /// `term-exceeds-legal-maximum` when the terms exceed the regime's legal maximum.
    pub warnings: Vec<Warning>,
}

/// Warning code: the terms exceed the legal maximum of the regime.
pub const TERM_EXCEEDS_LEGAL_MAXIMUM: &str = "term-exceeds-legal-maximum";

/// The due date for `input.terms` counted from `input.issueDate`, and warnings when the terms
/// exceed the legal maximum.
///
/// Maxima checked (`term-exceeds-legal-maximum`):
/// - `fr-b2b` (art. L441-10 I C. com.): `days` above 60; an end-of-month term of 60 days or
///   more (never allowed: it always exceeds 60 days); an end-of-month term above 45 days whose
///   due date is more than 60 days after the issue date; a `day-of-month` date later than both
///   issue date + 60 days and 45 days end of month under either reading. The default 30 days
///   without agreed terms (counted from delivery) and the 45 days for periodic invoices are not
///   modelled.
/// - `fr-public` (R2192-10/R2192-11 CCP): a due date more than 30/50/60 days after the receipt
///   of the payment request.
/// - `fr-b2c`: nothing.
///
/// Errors: `invalid-terms` (field `terms.days`, `terms.day`, `terms.months` or `terms`) for
/// values out of range or a date before the issue date; `inconsistent-input` (field
/// `publicBuyer`) when `publicBuyer` is given without `regime: "fr-public"`;
/// `date-out-of-range` past 9999-12-31.
pub fn due_date(input: &DueDateInput) -> Result<DueDateResult> {
    let regime = input.regime.unwrap_or(Regime::FrB2b);
    if input.public_buyer.is_some() && regime != Regime::FrPublic {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "publicBuyer",
            Text::of(&msg::public_buyer_without_public_regime),
        ));
    }
    let issue = input.issue_date;
    let lang = input.lang.unwrap_or_default();
    let words = Words::for_regime(regime, lang);
    let (date, basis) = compute(issue, input.terms, &words)?;
    if date < issue {
        return Err(Error::at(
            ErrorKind::InvalidTerms,
            "terms",
            Text::of(&|l| msg::terms_before_start(l, date, issue)),
        ));
    }
    let days_after_issue = u32::try_from(issue.days_until(date)).unwrap_or(0);
    let mut warnings = Vec::new();
    match regime {
        Regime::FrB2b => {
            if let Some(w) = b2b_warning(issue, input.terms, date, days_after_issue, lang)? {
                warnings.push(w);
            }
        }
        Regime::FrPublic => {
            let buyer = input.public_buyer.unwrap_or(PublicBuyer::State);
            let max = buyer.max_days();
            if days_after_issue > max {
                warnings.push(Warning::new(
                    TERM_EXCEEDS_LEGAL_MAXIMUM,
                    msg::public_term_too_long(lang, date, days_after_issue, max),
                ));
            }
        }
        Regime::FrB2c => {}
    }
    Ok(DueDateResult {
        date,
        days_after_issue,
        basis,
        warnings,
    })
}

/// The words for the start of the period, by regime, and the language of the basis text.
struct Words {
    lang: Lang,
    /// "date de facture"
    date: &'static str,
    /// "mois de facture"
    month: &'static str,
}

impl Words {
    fn for_regime(regime: Regime, lang: Lang) -> Words {
        let public = regime == Regime::FrPublic;
        Words {
            lang,
            date: if public {
                msg::terms_request_date(lang)
            } else {
                msg::terms_invoice_date(lang)
            },
            month: if public {
                msg::terms_request_month(lang)
            } else {
                msg::terms_invoice_month(lang)
            },
        }
    }

    /// "30 jours" / "1 jour" / "30 days".
    fn days(&self, n: u32) -> String {
        match (self.lang, n > 1) {
            (Lang::Fr, true) => format!("{n} jours"),
            (Lang::Fr, false) => format!("{n} jour"),
            (Lang::En, true) => format!("{n} days"),
            (Lang::En, false) => format!("{n} day"),
        }
    }
}

fn check_days(days: u32) -> Result<i32> {
    if days > MAX_DAYS {
        return Err(Error::at(
            ErrorKind::InvalidTerms,
            "terms.days",
            Text::of(&|l| msg::too_many_days(l, days, MAX_DAYS)),
        ));
    }
    // Lossless: capped above.
    Ok(days as i32)
}

/// Reading A: issue + days, then end of that month.
fn reading_a(issue: IsoDate, days: i32) -> Result<IsoDate> {
    Ok(issue.add_days(days)?.end_of_month())
}

/// Reading B: end of the issue month, then + days.
fn reading_b(issue: IsoDate, days: i32) -> Result<IsoDate> {
    issue.end_of_month().add_days(days)
}

fn compute(issue: IsoDate, terms: PaymentTerms, w: &Words) -> Result<(IsoDate, String)> {
    let l = w.lang;
    let end_of_month_only = || msg::terms_end_of_month(l, w.month);
    Ok(match terms {
        PaymentTerms::Immediate => (issue, msg::terms_immediate(l, w.date)),
        PaymentTerms::Days { days } => {
            let n = check_days(days)?;
            (
                issue.add_days(n)?,
                msg::terms_days(l, &w.days(days), w.date),
            )
        }
        PaymentTerms::DaysEndOfMonth { days } => {
            let n = check_days(days)?;
            let basis = if days == 0 {
                end_of_month_only()
            } else {
                msg::terms_reading_a(l, &w.days(days), w.date)
            };
            (reading_a(issue, n)?, basis)
        }
        PaymentTerms::EndOfMonthDays { days } => {
            let n = check_days(days)?;
            let basis = if days == 0 {
                end_of_month_only()
            } else {
                msg::terms_reading_b(l, &w.days(days), w.month)
            };
            (reading_b(issue, n)?, basis)
        }
        PaymentTerms::DayOfMonth { day, months } => {
            if !(1..=31).contains(&day) {
                return Err(Error::at(
                    ErrorKind::InvalidTerms,
                    "terms.day",
                    Text::of(&|l| msg::day_not_in_month(l, day)),
                ));
            }
            if months > MAX_MONTHS {
                return Err(Error::at(
                    ErrorKind::InvalidTerms,
                    "terms.months",
                    Text::of(&|l| msg::too_many_months(l, months, MAX_MONTHS)),
                ));
            }
            let (y, m, _) = issue.ymd();
            let first = IsoDate::from_ymd(y, m, 1).ok_or_else(|| {
                Error::new(
                    ErrorKind::Internal,
                    Text::of(&|l| msg::no_first_day(l, issue)),
                )
            })?;
            // Lossless: capped above.
            let target = first.add_months(months as i32)?;
            let (ty, tm, _) = target.ymd();
            let last = days_in_month(ty, tm);
            let date = IsoDate::from_ymd(ty, tm, day.min(last)).ok_or_else(|| {
                Error::new(
                    ErrorKind::Internal,
                    Text::of(&|l| msg::no_such_day(l, day, target)),
                )
            })?;
            let le = match (l, day) {
                (Lang::Fr, 1) => "le 1er".to_owned(),
                (Lang::Fr, _) => format!("le {day}"),
                (Lang::En, 1) => "the 1st".to_owned(),
                (Lang::En, 2 | 22) => format!("the {day}nd"),
                (Lang::En, 3 | 23) => format!("the {day}rd"),
                (Lang::En, 21 | 31) => format!("the {day}st"),
                (Lang::En, _) => format!("the {day}th"),
            };
            let mut basis = match months {
                0 => msg::terms_day_of_month(l, &le, w.month),
                1 => msg::terms_day_of_next_month(l, &le, w.month),
                n => msg::terms_day_of_month_n(l, &le, n, w.month),
            };
            if day > last {
                basis.push_str(&msg::terms_short_month(l, last));
            }
            (date, basis)
        }
    })
}

/// The art. L441-10 I check between professionals.
fn b2b_warning(
    issue: IsoDate,
    terms: PaymentTerms,
    date: IsoDate,
    days_after_issue: u32,
    lang: Lang,
) -> Result<Option<Warning>> {
    let message = match terms {
        PaymentTerms::Immediate => None,
        PaymentTerms::Days { days } => (days > 60).then(|| msg::b2b_days_too_long(lang, days)),
        PaymentTerms::DaysEndOfMonth { days } | PaymentTerms::EndOfMonthDays { days } => {
            if days >= 60 {
                Some(msg::b2b_eom_never_allowed(
                    lang,
                    days,
                    date,
                    days_after_issue,
                ))
            } else if days > 45 && days_after_issue > 60 {
                Some(msg::b2b_eom_too_long(lang, days, date, days_after_issue))
            } else {
                None
            }
        }
        PaymentTerms::DayOfMonth { .. } => {
            let latest_eom = reading_a(issue, 45)?.max(reading_b(issue, 45)?);
            (days_after_issue > 60 && date > latest_eom)
                .then(|| msg::b2b_day_of_month_too_long(lang, date, days_after_issue, latest_eom))
        }
    };
    Ok(message.map(|m| Warning::new(TERM_EXCEEDS_LEGAL_MAXIMUM, m + msg::term_fine(lang))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).unwrap_or_else(|e| unreachable!("bad test date {s}: {e}"))
    }

    fn due(issue: &str, terms: PaymentTerms) -> Result<DueDateResult> {
        due_date(&DueDateInput {
            issue_date: d(issue),
            terms,
            regime: None,
            public_buyer: None,
            lang: None,
        })
    }

    fn warned(r: &Result<DueDateResult>) -> bool {
        r.as_ref()
            .map(|r| {
                r.warnings
                    .iter()
                    .any(|w| w.code == TERM_EXCEEDS_LEGAL_MAXIMUM)
            })
            .unwrap_or(false)
    }

    #[test]
    fn validation() {
        let e = due("2026-01-01", PaymentTerms::Days { days: 36_601 }).err();
        assert_eq!(e.as_ref().map(Error::code), Some("invalid-terms"));
        assert_eq!(e.as_ref().and_then(Error::field), Some("terms.days"));
        for day in [0, 32] {
            let e = due("2026-01-01", PaymentTerms::DayOfMonth { day, months: 1 }).err();
            assert_eq!(e.as_ref().and_then(Error::field), Some("terms.day"));
        }
        let e = due(
            "2026-01-01",
            PaymentTerms::DayOfMonth {
                day: 1,
                months: 1201,
            },
        )
        .err();
        assert_eq!(e.as_ref().and_then(Error::field), Some("terms.months"));
        // "le 10 du mois" for an invoice of the 20th: before the issue date.
        let e = due(
            "2026-01-20",
            PaymentTerms::DayOfMonth { day: 10, months: 0 },
        )
        .err();
        assert_eq!(e.as_ref().map(Error::code), Some("invalid-terms"));
        assert_eq!(e.as_ref().and_then(Error::field), Some("terms"));
        let e = due("9999-12-20", PaymentTerms::Days { days: 30 }).err();
        assert_eq!(e.as_ref().map(Error::code), Some("date-out-of-range"));
    }

    #[test]
    fn zero_days_end_of_month() {
        for terms in [
            PaymentTerms::DaysEndOfMonth { days: 0 },
            PaymentTerms::EndOfMonthDays { days: 0 },
        ] {
            let r = due("2026-02-10", terms).unwrap_or_else(|e| unreachable!("{e}"));
            assert_eq!(r.date, d("2026-02-28"));
            assert_eq!(r.basis, "fin de mois : dernier jour du mois de facture");
        }
    }

    #[test]
    fn day_of_month_clamps_to_the_last_day() {
        // "le 31 du mois suivant" from January 2026: February has 28 days.
        let r = due(
            "2026-01-05",
            PaymentTerms::DayOfMonth { day: 31, months: 1 },
        );
        assert_eq!(r.as_ref().map(|r| r.date).ok(), Some(d("2026-02-28")));
        assert!(r.map(|r| r.basis.contains("28 jours")).unwrap_or(false));
    }

    #[test]
    fn b2b_thresholds() {
        assert!(!warned(&due("2026-01-01", PaymentTerms::Days { days: 60 })));
        assert!(warned(&due("2026-01-01", PaymentTerms::Days { days: 61 })));
        assert!(!warned(&due(
            "2026-01-15",
            PaymentTerms::DaysEndOfMonth { days: 45 }
        )));
        assert!(warned(&due(
            "2026-01-15",
            PaymentTerms::DaysEndOfMonth { days: 60 }
        )));
        assert!(warned(&due(
            "2026-01-15",
            PaymentTerms::EndOfMonthDays { days: 60 }
        )));
        assert!(!warned(&due("2026-01-15", PaymentTerms::Immediate)));
    }
}
