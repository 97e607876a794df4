//! The balance âgée: what is owed, how late, by whom, and what to do next about each debtor.
//!
//! Invoices come as a flat list (what an accounting export or a CSV gives) and are grouped by
//! `debtorId`. Each debtor's invoices go through [`crate::dunning::dunning_plan`], which gives
//! the amounts (from `late_fees`: principal outstanding, accrued penalties or interest, the
//! 40 € indemnity) and the next dunning action, so the portfolio view and the planner always
//! agree. Buckets are by days past the due date: not yet due, 1–30, 31–60, 61–90, over 90 by
//! default. The seeds warn against a large exposure to a single client (seed 000: "ne pas
//! entretenir un encours trop important avec un seul client"): a debtor holding more than
//! `concentrationPercent` (default 25 %) of the receivables gets a warning.

use crate::calendar::CalendarKind;
use crate::date::IsoDate;
use crate::dunning::{
    Channel, Communication, Debtor, DebtorKind, DunningInvoice, DunningPlanInput, DunningStatus,
    HistoryEntry,
};
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{dunning as msg, Text};
use crate::money::{self, Amount, Money, Percent, Rate};
use crate::regime::{Payment, Regime};
use crate::warning::Warning;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Default upper bounds (days past due) of the overdue buckets.
const DEFAULT_BUCKETS: [u32; 3] = [30, 60, 90];
/// Default share of the receivables above which one debtor is a concentration risk.
const DEFAULT_CONCENTRATION_PERCENT: i64 = 25;
/// Invoices of one debtor the aged balance plans (`dunningPlan` takes 500). The dunning
/// engine's time grows with the square of a debtor's invoices (each round of the contact-gap
/// planning looks at every invoice): 1 000 take about 65 ms in wasm once warm.
const MAX_INVOICES_PER_DEBTOR: usize = 1000;

/// One open invoice of the portfolio.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PortfolioInvoice {
    pub id: String,
    /// The invoice number as printed; default: `id`.
    #[serde(default)]
    pub number: Option<String>,
    pub debtor_id: String,
    /// Default: `debtorId`.
    #[serde(default)]
    pub debtor_name: Option<String>,
    /// Default `business`.
    #[serde(default)]
    pub debtor_kind: Option<DebtorKind>,
    /// Default from the debtor kind: business → fr-b2b, consumer → fr-b2c, public → fr-public.
    #[serde(default)]
    pub regime: Option<Regime>,
    #[serde(default)]
    pub issue_date: Option<IsoDate>,
    pub due_date: IsoDate,
    /// Amount due, tax included.
    pub amount: Amount,
    #[serde(default)]
    pub payments: Option<Vec<Payment>>,
    #[serde(default)]
    pub contract_rate: Option<Rate>,
}

/// A dunning step already carried out for a debtor.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PortfolioHistory {
    pub debtor_id: String,
    pub date: IsoDate,
    /// The step id of the ladder (`"reminder"`, `"final-notice"`, …).
    pub step: String,
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Default: all the debtor's invoices.
    #[serde(default)]
    pub invoice_ids: Option<Vec<String>>,
}

/// Input of `agedBalance`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AgedBalanceInput {
    pub as_of: IsoDate,
    pub invoices: Vec<PortfolioInvoice>,
    /// Upper bounds in days past due of the overdue buckets, increasing (default
    /// `[30, 60, 90]`: 1–30, 31–60, 61–90, over 90).
    #[serde(default)]
    pub buckets: Option<Vec<u32>>,
    /// Share of the receivables (percent) above which a debtor gets `concentration-risk`.
    #[serde(default)]
    pub concentration_percent: Option<Rate>,
    /// Steps already done, per debtor, so the next action is right.
    #[serde(default)]
    pub history: Option<Vec<PortfolioHistory>>,
    #[serde(default)]
    pub calendar: Option<CalendarKind>,
    /// Language of the messages (warnings, reasons, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// One bucket of days past due.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Bucket {
    /// "not-due", "1-30", "31-60", "61-90", "90+".
    pub label: String,
    /// Lowest days past due in the bucket (absent for "not-due").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_days: Option<u32>,
    /// Highest days past due (absent for "not-due" and the last bucket).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_days: Option<u32>,
    /// Principal outstanding in the bucket.
    pub amount: Money,
    /// Invoices with some principal outstanding in the bucket.
    pub count: u32,
}

/// One debtor's line of the balance.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DebtorBalance {
    pub debtor_id: String,
    pub debtor_name: String,
    pub regime: Regime,
    pub status: DunningStatus,
    pub buckets: Vec<Bucket>,
    /// Principal outstanding.
    pub outstanding: Money,
    /// Share of the portfolio's principal outstanding, in percent (two decimals).
    pub share_percent: Percent,
    /// Penalties or interest accrued and unpaid.
    pub interest_outstanding: Money,
    pub compensation: Money,
    pub total_due: Money,
    /// Average days past due of the overdue principal, weighted by amount.
    pub weighted_days_late: Percent,
    /// The first action due now, or else the next planned one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_action: Option<Communication>,
}

/// Result of `agedBalance`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct AgedBalanceResult {
    pub as_of: IsoDate,
    pub buckets: Vec<Bucket>,
    pub outstanding: Money,
    pub interest_outstanding: Money,
    pub compensation: Money,
    pub total_due: Money,
    pub weighted_days_late: Percent,
    /// Largest debtor first.
    pub debtors: Vec<DebtorBalance>,
    pub warnings: Vec<Warning>,
}

/// Builds the aged balance of a portfolio.
pub fn aged_balance(input: &AgedBalanceInput) -> Result<AgedBalanceResult> {
    let bounds = bucket_bounds(input.buckets.as_deref())?;
    let threshold = input
        .concentration_percent
        .map_or(Decimal::from(DEFAULT_CONCENTRATION_PERCENT), |r| r.0);
    if input.invoices.is_empty() {
        return Err(Error::at(
            ErrorKind::InvalidType,
            "invoices",
            Text::of(&msg::portfolio_no_invoices),
        ));
    }
    let lang = Lang::or_default(input.lang);
    let mut warnings = Vec::new();
    let mut debtors = Vec::new();
    let mut all_buckets = empty_buckets(&bounds);
    let mut weighted = WeightedDays::default();
    for (debtor_id, indexes) in group_by_debtor(&input.invoices) {
        let (line, days) = debtor_balance(input, &debtor_id, &indexes, &bounds, &mut warnings)?;
        for (total, b) in all_buckets.iter_mut().zip(&line.buckets) {
            total.amount = Money(money::add(total.amount.0, b.amount.0)?);
            total.count += b.count;
        }
        weighted.add(&days)?;
        debtors.push(line);
    }
    let outstanding = sum(debtors.iter().map(|d| d.outstanding.0))?;
    crate::sort::stable_sort_by_key(&mut debtors, |d| std::cmp::Reverse(d.outstanding));
    for d in &mut debtors {
        d.share_percent = Percent(share(d.outstanding.0, outstanding)?);
        if d.share_percent.0 > threshold {
            warnings.push(Warning::new(
                "concentration-risk",
                msg::portfolio_concentration_risk(
                    lang,
                    &d.debtor_name,
                    d.share_percent,
                    Percent(threshold),
                ),
            ));
        }
    }
    Ok(AgedBalanceResult {
        as_of: input.as_of,
        buckets: all_buckets,
        outstanding: Money(outstanding),
        interest_outstanding: Money(sum(debtors.iter().map(|d| d.interest_outstanding.0))?),
        compensation: Money(sum(debtors.iter().map(|d| d.compensation.0))?),
        total_due: Money(sum(debtors.iter().map(|d| d.total_due.0))?),
        weighted_days_late: Percent(weighted.average()?),
        debtors,
        warnings,
    })
}

/// One debtor's balance, and its overdue amounts with their days late.
fn debtor_balance(
    input: &AgedBalanceInput,
    debtor_id: &str,
    indexes: &[usize],
    bounds: &[u32],
    warnings: &mut Vec<Warning>,
) -> Result<(DebtorBalance, Vec<(Decimal, i32)>)> {
    let first = indexes
        .first()
        .and_then(|&i| input.invoices.get(i))
        .ok_or_else(|| {
            Error::new(
                ErrorKind::Internal,
                Text::of(&|l| msg::plan_internal(l, "empty-debtor-group")),
            )
        })?;
    let kind = first.debtor_kind.unwrap_or(DebtorKind::Business);
    let regime = first.regime.unwrap_or(match kind {
        DebtorKind::Business => Regime::FrB2b,
        DebtorKind::Consumer => Regime::FrB2c,
        DebtorKind::Public => Regime::FrPublic,
    });
    let name = first
        .debtor_name
        .clone()
        .unwrap_or_else(|| debtor_id.to_owned());
    let mut invoices = Vec::with_capacity(indexes.len());
    for &i in indexes {
        let Some(inv) = input.invoices.get(i) else {
            continue;
        };
        if inv.regime.is_some_and(|r| r != regime) {
            return Err(Error::at(
                ErrorKind::InconsistentInput,
                format!("invoices[{i}].regime"),
                Text::of(&|l| msg::portfolio_regimes_differ(l, debtor_id)),
            ));
        }
        invoices.push(DunningInvoice {
            id: inv.id.clone(),
            number: inv.number.clone().unwrap_or_else(|| inv.id.clone()),
            issue_date: inv.issue_date,
            due_date: inv.due_date,
            amount: inv.amount,
            payments: inv.payments.clone(),
            contract_rate: inv.contract_rate,
        });
    }
    let history: Vec<HistoryEntry> = input
        .history
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter(|h| h.debtor_id == debtor_id)
        .map(|h| HistoryEntry {
            date: h.date,
            step: h.step.clone(),
            channel: h.channel,
            invoice_ids: h.invoice_ids.clone(),
        })
        .collect();
    if indexes.len() > MAX_INVOICES_PER_DEBTOR {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "invoices",
            Text::of(&|l| {
                msg::portfolio_too_many_invoices(
                    l,
                    debtor_id,
                    indexes.len(),
                    MAX_INVOICES_PER_DEBTOR,
                )
            }),
        ));
    }
    // Not `dunning_plan`: its 500-invoice limit is for one debtor's letters; a portfolio's
    // large client can have more open invoices.
    let plan = crate::dunning::plan(
        &DunningPlanInput {
            regime,
            as_of: input.as_of,
            debtor: Debtor {
                id: debtor_id.to_owned(),
                name: name.clone(),
                kind,
            },
            invoices,
            history: Some(history),
            events: None,
            policy: None,
            calendar: input.calendar,
            lang: input.lang,
        },
        MAX_INVOICES_PER_DEBTOR,
    )
    .map_err(
        |e| match e.field().map(|f| format!("debtor `{debtor_id}`: {f}")) {
            Some(f) => e.moved_to(f),
            None => e,
        },
    )?;
    let lang = Lang::or_default(input.lang);
    for w in &plan.warnings {
        warnings.push(Warning::new(
            &w.code,
            msg::portfolio_debtor_warning(lang, &name, &w.message),
        ));
    }
    let mut buckets = empty_buckets(bounds);
    let mut overdue = Vec::new();
    for inv in &plan.invoices {
        let amount = inv.principal_outstanding.0;
        if amount <= Decimal::ZERO {
            continue;
        }
        let late = input.as_of.days_until(inv.due_date).saturating_neg();
        if let Some(b) = buckets.get_mut(bucket_index(late, bounds)) {
            b.amount = Money(money::add(b.amount.0, amount)?);
            b.count += 1;
        }
        if late > 0 {
            overdue.push((amount, late));
        }
    }
    let mut weighted = WeightedDays::default();
    weighted.add(&overdue)?;
    let next_action = plan.due.first().cloned().or(plan.next.clone());
    Ok((
        DebtorBalance {
            debtor_id: debtor_id.to_owned(),
            debtor_name: name,
            regime,
            status: plan.status,
            buckets,
            outstanding: plan.totals.principal_outstanding,
            share_percent: Percent(Decimal::ZERO),
            interest_outstanding: plan.totals.interest_outstanding,
            compensation: plan.totals.compensation,
            total_due: plan.totals.total_due,
            weighted_days_late: Percent(weighted.average()?),
            next_action,
        },
        overdue,
    ))
}

/// Invoice indexes per debtor, debtors in order of first appearance.
fn group_by_debtor(invoices: &[PortfolioInvoice]) -> Vec<(String, Vec<usize>)> {
    let mut order: Vec<(usize, &str)> = invoices
        .iter()
        .enumerate()
        .map(|(i, inv)| (i, inv.debtor_id.as_str()))
        .collect();
    crate::sort::stable_sort_by_key(&mut order, |(_, id)| *id);
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, id) in order {
        match groups.last_mut() {
            Some((last, members)) if last == id => members.push(i),
            _ => groups.push((id.to_owned(), vec![i])),
        }
    }
    crate::sort::stable_sort_by_key(&mut groups, |(_, members)| members.first().copied());
    groups
}

fn bucket_bounds(custom: Option<&[u32]>) -> Result<Vec<u32>> {
    let bounds = custom.map_or_else(|| DEFAULT_BUCKETS.to_vec(), <[u32]>::to_vec);
    let increasing = bounds.windows(2).all(|w| w.first() < w.get(1));
    // Bounds above 100 years are typos, and capping them keeps `to + 1` from overflowing.
    let in_range = bounds.iter().all(|&b| b <= crate::calendar::MAX_DAYS);
    if bounds.is_empty()
        || bounds.len() > 20
        || !increasing
        || !in_range
        || bounds.first() == Some(&0)
    {
        return Err(Error::at(
            ErrorKind::InvalidPeriod,
            "buckets",
            Text::of(&msg::portfolio_bad_buckets),
        ));
    }
    Ok(bounds)
}

fn empty_buckets(bounds: &[u32]) -> Vec<Bucket> {
    let mut out = vec![Bucket {
        label: "not-due".to_owned(),
        from_days: None,
        to_days: None,
        amount: Money(Decimal::ZERO),
        count: 0,
    }];
    let mut from = 1;
    for &to in bounds {
        out.push(Bucket {
            label: format!("{from}-{to}"),
            from_days: Some(from),
            to_days: Some(to),
            amount: Money(Decimal::ZERO),
            count: 0,
        });
        from = to + 1;
    }
    let last = bounds.last().copied().unwrap_or(0);
    out.push(Bucket {
        label: format!("{last}+"),
        from_days: Some(last + 1),
        to_days: None,
        amount: Money(Decimal::ZERO),
        count: 0,
    });
    out
}

/// Index in `empty_buckets(bounds)` of an invoice `late` days past due.
fn bucket_index(late: i32, bounds: &[u32]) -> usize {
    if late <= 0 {
        return 0;
    }
    let late = late.unsigned_abs();
    1 + bounds.iter().take_while(|&&to| late > to).count()
}

/// Σ amount × days / Σ amount over overdue principal.
#[derive(Default)]
struct WeightedDays {
    amount: Decimal,
    amount_days: Decimal,
}

impl WeightedDays {
    fn add(&mut self, items: &[(Decimal, i32)]) -> Result<()> {
        for &(amount, days) in items {
            self.amount = money::add(self.amount, amount)?;
            self.amount_days =
                money::add(self.amount_days, money::mul(amount, Decimal::from(days))?)?;
        }
        Ok(())
    }

    fn average(&self) -> Result<Decimal> {
        if self.amount.is_zero() {
            return Ok(Decimal::ZERO);
        }
        Ok(money::round_cents(money::div(
            self.amount_days,
            self.amount,
        )?))
    }
}

fn share(part: Decimal, whole: Decimal) -> Result<Decimal> {
    if whole.is_zero() {
        return Ok(Decimal::ZERO);
    }
    Ok(money::round_cents(money::div(
        money::mul(part, Decimal::ONE_HUNDRED)?,
        whole,
    )?))
}

fn sum(mut values: impl Iterator<Item = Decimal>) -> Result<Decimal> {
    values.try_fold(Decimal::ZERO, money::add)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_follow_the_bounds() {
        let b = [30, 60, 90];
        assert_eq!(bucket_index(-5, &b), 0);
        assert_eq!(bucket_index(0, &b), 0);
        assert_eq!(bucket_index(1, &b), 1);
        assert_eq!(bucket_index(30, &b), 1);
        assert_eq!(bucket_index(31, &b), 2);
        assert_eq!(bucket_index(90, &b), 3);
        assert_eq!(bucket_index(91, &b), 4);
        let labels: Vec<String> = empty_buckets(&b).into_iter().map(|x| x.label).collect();
        assert_eq!(labels, ["not-due", "1-30", "31-60", "61-90", "90+"]);
    }

    #[test]
    fn bad_bounds_are_refused() {
        for bad in [
            vec![],
            vec![0, 30],
            vec![60, 30],
            vec![30, 30],
            vec![u32::MAX],
            vec![30, 36_601],
        ] {
            assert_eq!(
                bucket_bounds(Some(&bad)).map_err(|e| e.code()),
                Err("invalid-period"),
                "{bad:?}"
            );
        }
    }
}
