//! `late_fees`: penalties, interest and fixed compensation for one invoice, under one of the
//! French legal regimes. Each regime module says which rate applies on which day, from when
//! interest runs and whether the 40 € indemnity is owed; the period engine does the rest.

mod fr_b2b;
mod fr_b2c;
mod fr_public;

use crate::date::{IsoDate, Semester};
use crate::error::{Error, ErrorKind, Result};
use crate::interest::{self, Allocation, DayCount, Delay, RateChange};
use crate::lang::Lang;
use crate::messages::{calc as msg, Localize, Text};
use crate::money::{self, Amount, Money, Percent, Rate};
use crate::rates::{Creditor, RateRow, RateTables, KNOWN_THROUGH, TABLES_VERSION};
use crate::warning::Warning;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The legal regime of the debt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Regime {
    /// Between professionals: C. com. L441-10 II and D441-5.
    #[serde(rename = "fr-b2b")]
    FrB2b,
    /// A consumer (or any civil debt): legal interest, C. civ. 1231-6, 1344-1; CMF L313-2/3.
    #[serde(rename = "fr-b2c")]
    FrB2c,
    /// A public buyer: CCP L2192-13, R2192-31 and D2192-35.
    #[serde(rename = "fr-public")]
    FrPublic,
}

impl Regime {
    /// How a partial payment is imputed when the input does not say.
    ///
    /// - `fr-b2b`, `fr-b2c`: interest first, C. civ. 1343-1 ("le paiement partiel s'impute
    ///   d'abord sur les intérêts", france-law.md §8).
    /// - `fr-public`: principal first. The public buyer's payment is the mandate of the
    ///   principal; the interest and the indemnity, owed of right (CCP L2192-13), are paid apart,
    ///   "dans un délai de quarante-cinq jours suivant la mise en paiement du principal"
    ///   (R2192-36, france-law.md §3). Imputing a payment on interest would show as unpaid a
    ///   principal the buyer has paid, and claim the interest before that 45-day period.
    pub fn default_allocation(self) -> Allocation {
        match self {
            Regime::FrPublic => Allocation::PrincipalFirst,
            Regime::FrB2b | Regime::FrB2c => Allocation::InterestFirst,
        }
    }
}

/// A payment received on the invoice.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Payment {
    /// The day the funds reached the creditor (it still counts as a late day).
    pub date: IsoDate,
    pub amount: Amount,
}

/// Input of `lateFees`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LateFeesInput {
    pub regime: Regime,
    /// Amount due, tax included.
    pub amount: Amount,
    /// The payment date written on the invoice; lateness starts the next day.
    pub due_date: IsoDate,
    /// Date of the computation (or of the final payment); counted as a late day.
    pub as_of: IsoDate,
    /// Payments received, any order. Those after `asOf` are ignored.
    #[serde(default)]
    pub payments: Option<Vec<Payment>>,
    /// fr-b2b: the agreed annual penalty rate. A half-year where it is below 3 × the legal
    /// rate uses that floor instead.
    #[serde(default)]
    pub contract_rate: Option<Rate>,
    /// fr-b2c: whose legal rate applies (default `professional`).
    #[serde(default)]
    pub creditor: Option<Creditor>,
    /// fr-b2c: date of the mise en demeure; interest runs from the next day.
    #[serde(default)]
    pub notice_date: Option<IsoDate>,
    /// fr-b2c: date the judgment became enforceable; +5 points from the day after
    /// that date + 2 months (CMF L313-3).
    #[serde(default)]
    pub judgment_date: Option<IsoDate>,
    /// How partial payments are split. Default: `interest-first` (C. civ. 1343-1) between
    /// businesses and for consumers; `principal-first` for a public buyer, which pays the
    /// principal on its own and the interest and indemnity separately, within 45 days of paying
    /// the principal (CCP R2192-36): see [`Regime::default_allocation`].
    #[serde(default)]
    pub allocation: Option<Allocation>,
    /// Year basis (default `act/365`).
    #[serde(default)]
    pub day_count: Option<DayCount>,
    /// Reference-rate rows that extend or override the embedded tables.
    #[serde(default)]
    pub rates: Option<Vec<RateRow>>,
    /// Turn "no published rate for this half-year" into a `rate-unavailable` error.
    #[serde(default)]
    pub strict_rates: Option<bool>,
    /// Language of the messages (warnings, reasons, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// The optional terms of an invoice that only some regimes use.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct InvoiceTerms {
    /// fr-b2b only.
    pub contract_rate: Option<Rate>,
    /// fr-b2c only.
    pub creditor: Option<Creditor>,
    /// fr-b2c only.
    pub notice_date: Option<IsoDate>,
}

impl LateFeesInput {
    /// The input for one invoice, passing each term only to the regime that uses it, so callers
    /// that hold every term (the dunning planner, the letters) raise no `ignored-field`.
    pub fn for_invoice(
        regime: Regime,
        amount: Amount,
        due_date: IsoDate,
        as_of: IsoDate,
        payments: Option<Vec<Payment>>,
        terms: InvoiceTerms,
    ) -> Self {
        let b2b = regime == Regime::FrB2b;
        let b2c = regime == Regime::FrB2c;
        LateFeesInput {
            regime,
            amount,
            due_date,
            as_of,
            payments,
            contract_rate: terms.contract_rate.filter(|_| b2b),
            creditor: terms.creditor.filter(|_| b2c),
            notice_date: terms.notice_date.filter(|_| b2c),
            judgment_date: None,
            allocation: None,
            day_count: None,
            rates: None,
            lang: None,
            strict_rates: None,
        }
    }
}

/// One line of the statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PeriodLine {
    /// First day of the period (inclusive).
    pub from: IsoDate,
    /// Last day of the period (inclusive).
    pub to: IsoDate,
    pub days: i32,
    /// Principal outstanding during the period.
    pub principal: Money,
    pub rate_percent: Percent,
    /// 365, or 366 for a leap-year period under `act/act`.
    pub day_basis: i32,
    /// principal × rate/100 × days/dayBasis, rounded half-up to the cent.
    pub interest: Money,
}

/// How one day's payments were applied.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AllocationLine {
    pub date: IsoDate,
    pub amount: Money,
    pub to_interest: Money,
    pub to_principal: Money,
    /// More than was owed at that date (interest and principal).
    pub unallocated: Money,
}

/// A reference rate the computation used.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RateUsed {
    pub from: IsoDate,
    pub to: IsoDate,
    pub rate_percent: Percent,
    /// How the rate was obtained, e.g. "BCE 2.15 % au 2025-07-01 + 10 points".
    pub basis: String,
    /// True when the value was carried forward past the known tables.
    pub assumed: bool,
}

/// Which data the result was computed with.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RateTablesInfo {
    pub version: String,
    /// Last day of the embedded data.
    pub known_through: IsoDate,
    /// True when the caller supplied `rates` rows.
    pub overridden: bool,
}

/// Result of `lateFees`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LateFeesResult {
    pub regime: Regime,
    /// The legal rule applied, with its articles.
    pub rule: String,
    /// First day interest accrues, when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interest_from: Option<IsoDate>,
    /// Late days with interest accruing (the sum of the periods' days).
    pub days: i32,
    pub periods: Vec<PeriodLine>,
    /// Sum of the rounded period interest.
    pub interest: Money,
    /// Part of the payments applied to interest.
    pub interest_paid: Money,
    /// The 40 € recovery indemnity ("40.00") or "0.00".
    pub compensation: Money,
    pub principal_outstanding: Money,
    pub interest_outstanding: Money,
    /// principalOutstanding + interestOutstanding + compensation.
    pub total_due: Money,
    pub allocations: Vec<AllocationLine>,
    pub rates_used: Vec<RateUsed>,
    pub rate_tables: RateTablesInfo,
    pub warnings: Vec<Warning>,
}

/// A stretch of days with one rate, as a regime resolves it. A lookup failure is kept and
/// raised only if interest actually accrues in that stretch.
#[derive(Debug, Clone)]
pub(crate) struct Segment {
    pub from: IsoDate,
    pub rate: std::result::Result<Decimal, Error>,
    pub assumed: bool,
    pub basis: Basis,
    /// The half-year named in warnings ("2026H2").
    pub semester: Semester,
}

/// How a segment's rate was obtained: the `basis` text of `ratesUsed`, kept as data and
/// written out only for a full result (`lateFeesTotals` never needs the text). Two bases are
/// equal exactly when their texts are.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Basis {
    /// The lookup failed; the error is raised if the segment is used.
    Missing,
    /// fr-b2b: ECB rate on the half-year's first day + points (C. com. L441-10 II).
    B2bEcb {
        ecb: Decimal,
        date: IsoDate,
        points: u8,
    },
    /// fr-b2b: the agreed rate.
    B2bContract,
    /// fr-b2b: the legal floor replaced a lower agreed rate.
    B2bFloor {
        /// "3", or "1,5" before the LME (2009).
        factor: &'static str,
        legal: Decimal,
        semester: Semester,
        contract: Decimal,
    },
    /// fr-b2c: the legal rate (yearly before 2015, per half-year and creditor since).
    Legal {
        semester: Semester,
        /// The rate for a creditor who is a private person (else "all other cases").
        individual: bool,
        legal: Decimal,
        majorated: bool,
    },
    /// fr-public: ECB rate of the half-year interest started in + points (CCP R2192-31).
    PublicEcb {
        ecb: Decimal,
        date: IsoDate,
        points: u8,
    },
}

/// Basis texts already written on this thread, by a hash of (basis, language): a portfolio
/// has a few dozen distinct bases and `lateFees` writes one per `ratesUsed` line, each
/// formatting a percentage and a date in words (a tenth of a call in wasm). Direct-mapped
/// and bounded: a collision just writes the text again.
const BASIS_CACHE_SLOTS: usize = 256;

thread_local! {
    static BASIS_TEXTS: std::cell::RefCell<Vec<Option<(Basis, Lang, String)>>> =
        std::cell::RefCell::new(vec![None; BASIS_CACHE_SLOTS]);
}

impl Basis {
    /// The `basis` text of a `ratesUsed` line, in `lang` (from [`BASIS_TEXTS`] when it was
    /// written before: the same text, since equal bases have equal texts).
    pub(crate) fn text(&self, lang: Lang) -> String {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (self, lang).hash(&mut hasher);
        let slot = (hasher.finish() % BASIS_CACHE_SLOTS as u64) as usize;
        let cached = BASIS_TEXTS.with(|cache| match cache.try_borrow().ok()?.get(slot)? {
            Some((basis, l, text)) if basis == self && *l == lang => Some(text.clone()),
            _ => None,
        });
        if let Some(text) = cached {
            return text;
        }
        let text = self.write_text(lang);
        BASIS_TEXTS.with(|cache| {
            if let Some(entry) = cache
                .try_borrow_mut()
                .ok()
                .as_mut()
                .and_then(|c| c.get_mut(slot))
            {
                *entry = Some((self.clone(), lang, text.clone()));
            }
        });
        text
    }

    fn write_text(&self, lang: Lang) -> String {
        match self {
            Basis::Missing => String::new(),
            Basis::B2bEcb { ecb, date, points } => {
                msg::basis_b2b_ecb(lang, Percent(*ecb), *date, *points)
            }
            Basis::B2bContract => msg::basis_b2b_contract(lang),
            Basis::B2bFloor {
                factor,
                legal,
                semester,
                contract,
            } => {
                let factor = match lang {
                    Lang::Fr => factor.to_string(),
                    Lang::En => factor.replace(',', "."),
                };
                msg::basis_b2b_floor(
                    lang,
                    &factor,
                    Percent(*legal),
                    *semester,
                    Percent(*contract),
                )
            }
            Basis::Legal {
                semester,
                individual,
                legal,
                majorated,
            } => {
                let mut text = if semester.year < 2015 {
                    msg::basis_legal_yearly(lang, semester.year, Percent(*legal))
                } else if *individual {
                    msg::basis_legal_individual(lang, *semester, Percent(*legal))
                } else {
                    msg::basis_legal_other(lang, *semester, Percent(*legal))
                };
                if *majorated {
                    text.push_str(&msg::basis_majorated(lang));
                }
                text
            }
            Basis::PublicEcb { ecb, date, points } => {
                msg::basis_public_ecb(lang, Percent(*ecb), *date, *points)
            }
        }
    }
}

/// What a regime decides before the engine runs.
pub(crate) struct Resolution {
    pub rule: fn(Lang) -> String,
    /// Interest accrues from the day after this date; `None` when it does not run at all.
    pub start: Option<IsoDate>,
    pub segments: Vec<Segment>,
    pub compensation_owed: bool,
    pub warnings: Vec<Warning>,
}

/// Computes penalties, interest and compensation for one invoice.
///
/// ```
/// use relance::regime::{late_fees, LateFeesInput};
/// let input: LateFeesInput = relance::error::deserialize(&mut serde_json::Deserializer::from_str(
///     r#"{"regime":"fr-b2b","amount":"15000","dueDate":"2018-04-15","asOf":"2018-05-15","contractRate":"15"}"#,
/// )).unwrap();
/// let result = late_fees(&input).unwrap();
/// assert_eq!(result.interest.to_string(), "184.93");
/// assert_eq!(result.compensation.to_string(), "40.00");
/// ```
pub fn late_fees(input: &LateFeesInput) -> Result<LateFeesResult> {
    let c = compute(input, Detail::Full)?;
    Ok(LateFeesResult {
        regime: input.regime,
        rule: c.rule,
        interest_from: c.start.filter(|s| *s < input.as_of).map(IsoDate::succ),
        days: c.accrual.days(),
        periods: period_lines(&c.accrual),
        interest: Money(c.accrual.interest),
        interest_paid: Money(c.accrual.interest_paid),
        compensation: Money(c.compensation),
        principal_outstanding: Money(c.accrual.principal_outstanding),
        interest_outstanding: Money(c.accrual.interest_outstanding()),
        total_due: Money(c.total_due),
        allocations: c
            .accrual
            .applied
            .iter()
            .map(|a| AllocationLine {
                date: a.date,
                amount: Money(a.amount),
                to_interest: Money(a.to_interest),
                to_principal: Money(a.to_principal),
                unallocated: Money(a.unallocated),
            })
            .collect(),
        rates_used: c.rates_used,
        rate_tables: RateTablesInfo {
            version: TABLES_VERSION.to_owned(),
            known_through: IsoDate::parse(KNOWN_THROUGH)?,
            overridden: c.overridden,
        },
        warnings: c.warnings,
    })
}

/// The figures of [`late_fees`] without the statement: what a portfolio screen shows for each
/// invoice. Same rules, same errors, same rounding (it runs the same computation); it only
/// skips building the texts and lines nobody reads in bulk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LateFeesTotals {
    pub days: i32,
    pub interest: Decimal,
    pub interest_paid: Decimal,
    pub compensation: Decimal,
    pub principal_outstanding: Decimal,
    pub interest_outstanding: Decimal,
    pub total_due: Decimal,
    /// How many warnings the full result carries (`late_fees` lists them).
    pub warnings: usize,
    /// True when a rate was carried forward past the known tables (`rate-assumed`).
    pub rate_assumed: bool,
}

/// [`late_fees`] reduced to its figures (see [`LateFeesTotals`]).
pub fn late_fees_totals(input: &LateFeesInput) -> Result<LateFeesTotals> {
    late_fees_figures(input).map(|(totals, _)| totals)
}

/// The figures of a computation.
fn figures_of(c: &Computation) -> LateFeesTotals {
    LateFeesTotals {
        days: c.accrual.days(),
        interest: c.accrual.interest,
        interest_paid: c.accrual.interest_paid,
        compensation: c.compensation,
        principal_outstanding: c.accrual.principal_outstanding,
        interest_outstanding: c.accrual.interest_outstanding(),
        total_due: c.total_due,
        warnings: c.warnings.len(),
        rate_assumed: c.rate_assumed,
    }
}

/// The figures of [`late_fees`] and its warnings, without the statement lines: what the
/// dunning plan and the aged balance read for each invoice.
pub(crate) fn late_fees_figures(input: &LateFeesInput) -> Result<(LateFeesTotals, Vec<Warning>)> {
    let c = compute(input, Detail::Figures)?;
    let totals = figures_of(&c);
    Ok((totals, c.warnings))
}

/// The figures of [`late_fees`], its period lines, rule and warnings, without the
/// `ratesUsed` lines and their basis texts: what a letter states. Kept apart so that the
/// letters module does not carry the statement's basis formatting.
pub(crate) fn late_fees_periods(input: &LateFeesInput) -> Result<Statement> {
    let c = compute(input, Detail::Figures)?;
    // The day the payments (as the engine imputed them) cleared the principal.
    let mut paid = Decimal::ZERO;
    let mut principal_paid_on = None;
    for a in &c.accrual.applied {
        paid = money::add(paid, a.to_principal)?;
        if paid >= input.amount.0 {
            principal_paid_on = Some(a.date);
            break;
        }
    }
    let totals = figures_of(&c);
    Ok(Statement {
        totals,
        periods: period_lines(&c.accrual),
        rule: c.rule,
        warnings: c.warnings,
        principal_paid_on,
    })
}

/// What [`late_fees_periods`] returns.
pub(crate) struct Statement {
    pub totals: LateFeesTotals,
    pub periods: Vec<PeriodLine>,
    pub rule: String,
    pub warnings: Vec<Warning>,
    /// The day the payments cleared the principal, when they did.
    pub principal_paid_on: Option<IsoDate>,
}

fn period_lines(accrual: &interest::Accrual) -> Vec<PeriodLine> {
    accrual
        .periods
        .iter()
        .map(|p| PeriodLine {
            from: p.from,
            to: p.to,
            days: p.days,
            principal: Money(p.principal),
            rate_percent: Percent(p.rate),
            day_basis: p.day_basis,
            interest: Money(p.interest),
        })
        .collect()
}

/// Whether the `ratesUsed` lines (and their basis texts) are built.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Detail {
    Full,
    Figures,
}

/// What [`late_fees`] and [`late_fees_totals`] share.
struct Computation {
    rule: String,
    start: Option<IsoDate>,
    accrual: interest::Accrual,
    compensation: Decimal,
    total_due: Decimal,
    rates_used: Vec<RateUsed>,
    rate_assumed: bool,
    overridden: bool,
    warnings: Vec<Warning>,
}

fn compute(input: &LateFeesInput, detail: Detail) -> Result<Computation> {
    let rows = input.rates.as_deref().unwrap_or_default();
    let tables = if rows.is_empty() {
        std::borrow::Cow::Borrowed(RateTables::embedded()?)
    } else {
        std::borrow::Cow::Owned(RateTables::with_overrides(rows)?)
    };
    let mut warnings = Vec::new();
    let lang = input.lang.unwrap_or_default();
    let (payments, ignored) = split_payments(input);
    if ignored > 0 {
        warnings.push(Warning::new(
            "payments-after-as-of",
            msg::payments_after_as_of(lang, ignored, input.as_of),
        ));
    }
    let resolution = match input.regime {
        Regime::FrB2b => fr_b2b::resolve(input, &tables)?,
        Regime::FrB2c => fr_b2c::resolve(input, &tables)?,
        Regime::FrPublic => fr_public::resolve(input, &tables)?,
    };
    warnings.extend(resolution.warnings);

    // Without a start (consumer, no notice) interest never runs: payments only reduce the
    // principal, which a start after asOf achieves.
    let start = resolution.start.unwrap_or(input.as_of);
    let changes: Vec<RateChange> = resolution
        .segments
        .iter()
        .map(|s| RateChange {
            from: s.from,
            rate: s.rate.clone().unwrap_or(Decimal::ZERO),
        })
        .collect();
    let accrual = interest::accrue(&Delay {
        principal: input.amount.0,
        start,
        as_of: input.as_of,
        payments: &payments,
        rates: &changes,
        allocation: input
            .allocation
            .unwrap_or(input.regime.default_allocation()),
        day_count: input.day_count.unwrap_or_default(),
    })?;

    let (rates_used, rate_assumed) = used_segments(
        &resolution.segments,
        &accrual.periods,
        input,
        detail,
        &mut warnings,
    )?;

    // Principal left once the payments dated on or before the due date are deducted (from
    // the payments already kept, those dated on or before asOf).
    let paid_by_due: Decimal = payments
        .iter()
        .filter(|(date, _)| *date <= input.due_date)
        .map(|(_, amount)| *amount)
        .sum();
    let principal_after_due = input.amount.0 - paid_by_due;
    let compensation = if resolution.compensation_owed
        && input.as_of > input.due_date
        && principal_after_due > Decimal::ZERO
    {
        Decimal::from(40)
    } else {
        Decimal::ZERO
    };
    let unallocated: Decimal = accrual.applied.iter().map(|a| a.unallocated).sum();
    if unallocated > Decimal::ZERO {
        warnings.push(Warning::new(
            "overpayment",
            msg::overpayment(lang, Money(unallocated)),
        ));
    }
    let total_due = money::add(
        money::add(
            accrual.principal_outstanding,
            accrual.interest_outstanding(),
        )?,
        compensation,
    )?;
    Ok(Computation {
        rule: (resolution.rule)(lang),
        start: resolution.start,
        accrual,
        compensation,
        total_due,
        rates_used,
        rate_assumed,
        overridden: !rows.is_empty(),
        warnings,
    })
}

/// Payments dated on or before `asOf` (as engine pairs) and the count of later ones.
fn split_payments(input: &LateFeesInput) -> (Vec<(IsoDate, Decimal)>, usize) {
    let all = input.payments.as_deref().unwrap_or_default();
    let kept: Vec<(IsoDate, Decimal)> = all
        .iter()
        .filter(|p| p.date <= input.as_of)
        .map(|p| (p.date, p.amount.0))
        .collect();
    let ignored = all.len() - kept.len();
    (kept, ignored)
}

/// The segments interest actually accrued in: raises their lookup errors, warns about (or,
/// with `strictRates`, refuses) assumed rates, and lists them for the result (with
/// `Detail::Full`). Also says whether any rate was assumed.
fn used_segments(
    segments: &[Segment],
    periods: &[interest::Period],
    input: &LateFeesInput,
    detail: Detail,
    warnings: &mut Vec<Warning>,
) -> Result<(Vec<RateUsed>, bool)> {
    let lang = input.lang.unwrap_or_default();
    let (Some(first), Some(last)) = (periods.first(), periods.last()) else {
        return Ok((Vec::new(), false));
    };
    let mut used = Vec::new();
    let mut any_assumed = false;
    // Consecutive assumed half-years at one carried-forward rate make one warning, not one
    // per half-year (a delay into the 2040s would otherwise list dozens).
    let mut assumed_run: Option<(Semester, Semester, Decimal)> = None;
    for (i, seg) in segments.iter().enumerate() {
        let seg_end = segments.get(i + 1).map_or(last.to, |next| next.from.pred());
        let from = seg.from.max(first.from);
        let to = seg_end.min(last.to);
        if from > to {
            continue;
        }
        let rate = seg.rate.clone().map_err(|e| e.or_field("dueDate"))?;
        if seg.assumed {
            any_assumed = true;
            if input.strict_rates.unwrap_or(false) {
                let known = known_through();
                return Err(Error::at(
                    ErrorKind::RateUnavailable,
                    "asOf",
                    Text::of(&|l| msg::rate_unavailable(l, seg.semester, &known(l))),
                ));
            }
            match &mut assumed_run {
                Some((_, last_semester, run_rate)) if *run_rate == rate => {
                    *last_semester = seg.semester
                }
                _ => {
                    flush_assumed(assumed_run.take(), lang, warnings);
                    assumed_run = Some((seg.semester, seg.semester, rate));
                }
            }
        } else {
            flush_assumed(assumed_run.take(), lang, warnings);
        }
        if detail == Detail::Full {
            used.push(RateUsed {
                from,
                to,
                rate_percent: Percent(rate),
                basis: seg.basis.text(lang),
                assumed: seg.assumed,
            });
        }
    }
    flush_assumed(assumed_run, lang, warnings);
    Ok((used, any_assumed))
}

/// The `rate-assumed` warning for a run of half-years (`first` to `last`) at one rate.
fn flush_assumed(
    run: Option<(Semester, Semester, Decimal)>,
    lang: Lang,
    warnings: &mut Vec<Warning>,
) {
    let Some((first, last, rate)) = run else {
        return;
    };
    let known = known_through()(lang);
    let message = if first == last {
        msg::rate_assumed(lang, first, &known, Percent(rate))
    } else {
        msg::rate_assumed_span(lang, first, last, &known, Percent(rate))
    };
    warnings.push(Warning::new("rate-assumed", message));
}

/// The last day the embedded tables cover, written in a language.
fn known_through() -> impl Fn(Lang) -> String {
    let date = IsoDate::parse(KNOWN_THROUGH).ok();
    move |lang| date.map_or_else(|| KNOWN_THROUGH.to_owned(), |d| d.localize(lang))
}

/// Half-years from the one containing `first` through the one containing `last`.
pub(crate) fn semesters(first: IsoDate, last: IsoDate) -> Vec<Semester> {
    let mut out = Vec::new();
    let mut s = first.semester();
    let end = last.semester();
    while s <= end {
        out.push(s);
        s = s.next();
    }
    out
}

/// Warning for an input field that the chosen regime does not use.
pub(crate) fn ignored(field: &str, regime: &str, lang: Lang) -> Warning {
    Warning::new("ignored-field", msg::ignored_field(lang, field, regime))
}

/// Merges consecutive segments with the same rate and assumption, keeping the first's basis.
pub(crate) fn merge(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for seg in segments {
        match out.last_mut() {
            Some(prev)
                if prev.rate.is_ok()
                    && prev.rate == seg.rate
                    && prev.assumed == seg.assumed
                    && prev.basis == seg.basis => {}
            _ => out.push(seg),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_basis_text_is_the_text_written_afresh() {
        // More bases than cache slots, in both languages, twice over: every answer must be
        // the freshly written text, whether it came from the cache or a collision rewrote it.
        let mut bases = Vec::new();
        for year in 1800..2100 {
            let date = IsoDate::from_ymd(year, 1, 1).expect("test date");
            let ecb = Decimal::new(i64::from(year - 1990), 1);
            bases.push(Basis::B2bEcb {
                ecb,
                date,
                points: 10,
            });
            bases.push(Basis::PublicEcb {
                ecb,
                date,
                points: 8,
            });
            let semester = Semester {
                year,
                second: year % 2 == 1,
            };
            bases.push(Basis::Legal {
                semester,
                individual: year % 2 == 0,
                legal: ecb,
                majorated: year % 3 == 0,
            });
        }
        bases.push(Basis::B2bContract);
        for _ in 0..2 {
            for basis in &bases {
                for lang in [Lang::Fr, Lang::En] {
                    assert_eq!(
                        basis.text(lang),
                        basis.write_text(lang),
                        "{basis:?} {lang:?}"
                    );
                }
            }
        }
        // Hand-checked wording of one of them, so the comparison above is not of two empties.
        let b = Basis::B2bEcb {
            ecb: Decimal::new(250, 2),
            date: IsoDate::from_ymd(2023, 1, 1).expect("test date"),
            points: 10,
        };
        assert!(
            b.text(Lang::Fr).starts_with("BCE 2,50"),
            "{}",
            b.text(Lang::Fr)
        );
    }
}
