//! The period engine: cuts a delay into periods at rate changes and payments, computes each
//! period's simple interest, and allocates payments between interest and principal.
//!
//! Conventions (ARCHITECTURE.md, "Numbers and dates"):
//! - interest accrues from the day after `start` through `as_of` inclusive;
//! - a payment dated P counts P as a late day; the reduced principal applies from P + 1;
//!   payments dated on or before `start` only reduce the principal; later ones than `as_of`
//!   are not passed in;
//! - interest = principal × rate/100 × days/365 (Act/365 even in leap years, the DILA method
//!   for legal interest, service-public F783/F20688), or /366 for days of a leap year under
//!   Act/Act; each period rounded half-up to the cent, totals are sums of rounded lines;
//! - a partial payment pays the accrued interest first (C. civ. 1343-1) unless the caller
//!   chose principal first.

use crate::date::IsoDate;
use crate::error::Result;
use crate::money::{self, round_cents};
use rust_decimal::Decimal;
use serde::Deserialize;

/// How a partial payment is split between accrued interest and principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Allocation {
    /// C. civ. 1343-1: "le paiement partiel s'impute d'abord sur les intérêts" (the default
    /// between businesses and for consumers).
    #[default]
    InterestFirst,
    /// Principal first, any surplus on accrued interest: when the parties so agree, and the
    /// default for a public buyer (CCP R2192-36, see `Regime::default_allocation`).
    PrincipalFirst,
}

/// The year basis of the day count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum DayCount {
    /// 365 days a year, leap years included: the official French practice (default).
    #[default]
    #[serde(rename = "act/365")]
    Act365,
    /// 366 days in leap years; periods are also cut at each 1 January.
    #[serde(rename = "act/act")]
    ActAct,
}

/// The annual rate in force from `from` (inclusive) until the next change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateChange {
    pub from: IsoDate,
    pub rate: Decimal,
}

/// What the engine needs, already resolved by a regime.
#[derive(Debug, Clone)]
pub struct Delay<'a> {
    pub principal: Decimal,
    /// Interest accrues from the day after this date.
    pub start: IsoDate,
    pub as_of: IsoDate,
    /// Payments dated on or before `as_of`, any order; same-day payments are combined.
    pub payments: &'a [(IsoDate, Decimal)],
    /// Rate in force on each day of the delay: the first change must be on or before
    /// `start + 1`; consecutive changes to the same rate are merged here.
    pub rates: &'a [RateChange],
    pub allocation: Allocation,
    pub day_count: DayCount,
}

/// One line of the statement: a stretch of days at one principal and one rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub from: IsoDate,
    pub to: IsoDate,
    pub days: i32,
    pub principal: Decimal,
    pub rate: Decimal,
    pub day_basis: i32,
    pub interest: Decimal,
}

/// How one payment (or the payments of one day) was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub date: IsoDate,
    pub amount: Decimal,
    pub to_interest: Decimal,
    pub to_principal: Decimal,
    /// What exceeded everything owed at that date.
    pub unallocated: Decimal,
}

/// The engine's result.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Accrual {
    pub periods: Vec<Period>,
    pub applied: Vec<Applied>,
    pub principal_outstanding: Decimal,
    pub interest: Decimal,
    pub interest_paid: Decimal,
}

impl Accrual {
    pub fn days(&self) -> i32 {
        self.periods.iter().map(|p| p.days).sum()
    }

    pub fn interest_outstanding(&self) -> Decimal {
        self.interest - self.interest_paid
    }
}

/// Runs the delay: periods, their interest, and the payments' allocation.
pub fn accrue(delay: &Delay) -> Result<Accrual> {
    let payments = combine_by_date(delay.payments)?;
    let mut state = Accrual {
        principal_outstanding: delay.principal,
        ..Accrual::default()
    };
    let first_day = delay.start.succ();
    for &(date, amount) in payments.iter().filter(|(d, _)| *d <= delay.start) {
        state.apply(date, amount, delay.allocation);
    }
    if delay.as_of < first_day {
        return Ok(state);
    }
    let late_payments: Vec<(IsoDate, Decimal)> = payments
        .into_iter()
        .filter(|(d, _)| *d > delay.start && *d <= delay.as_of)
        .collect();

    // One forward walk over the rate changes and the payments: the delay can span thousands
    // of half-years, so nothing is rescanned from the start for each period.
    let next_different = next_different_rate(delay.rates);
    let mut change = 0;
    let mut next_payment = 0;
    let mut from = first_day;
    while from <= delay.as_of && !state.principal_outstanding.is_zero() {
        while delay.rates.get(change + 1).is_some_and(|c| c.from <= from) {
            change += 1;
        }
        let rate = delay.rates.get(change).map_or(Decimal::ZERO, |c| c.rate);
        let next_rate = next_different
            .get(change)
            .and_then(|&i| delay.rates.get(i))
            .map(|c| c.from);
        let next_payment_date = late_payments.get(next_payment).map(|(d, _)| *d);
        let to = period_end(delay, from, next_rate, next_payment_date);
        let days = from.days_until(to) + 1;
        let day_basis = match delay.day_count {
            DayCount::Act365 => 365,
            DayCount::ActAct if from.is_leap_year() => 366,
            DayCount::ActAct => 365,
        };
        let interest = period_interest(state.principal_outstanding, rate, days, day_basis)?;
        state.interest = money::add(state.interest, interest)?;
        state.periods.push(Period {
            from,
            to,
            days,
            principal: state.principal_outstanding,
            rate,
            day_basis,
            interest,
        });
        if let Some(&(date, amount)) = late_payments.get(next_payment).filter(|(d, _)| *d == to) {
            state.apply(date, amount, delay.allocation);
            next_payment += 1;
        }
        from = to.succ();
        if to == from {
            break; // 9999-12-31: nothing later to count.
        }
    }
    // Payments after the principal reached zero still settle interest (or are surplus).
    for &(date, amount) in late_payments.get(next_payment..).unwrap_or_default() {
        state.apply(date, amount, delay.allocation);
    }
    Ok(state)
}

/// principal × rate/100 × days/basis, rounded half-up to the cent.
pub fn period_interest(
    principal: Decimal,
    rate: Decimal,
    days: i32,
    basis: i32,
) -> Result<Decimal> {
    let numerator = money::mul(money::mul(principal, rate)?, Decimal::from(days))?;
    let denominator = Decimal::from(100 * basis);
    Ok(round_cents(money::div(numerator, denominator)?))
}

impl Accrual {
    fn apply(&mut self, date: IsoDate, amount: Decimal, allocation: Allocation) {
        let unpaid_interest = (self.interest - self.interest_paid).max(Decimal::ZERO);
        let (to_interest, to_principal) = match allocation {
            Allocation::InterestFirst => {
                let i = amount.min(unpaid_interest);
                (i, (amount - i).min(self.principal_outstanding))
            }
            Allocation::PrincipalFirst => {
                let p = amount.min(self.principal_outstanding);
                ((amount - p).min(unpaid_interest), p)
            }
        };
        self.interest_paid += to_interest;
        self.principal_outstanding -= to_principal;
        self.applied.push(Applied {
            date,
            amount,
            to_interest,
            to_principal,
            unallocated: amount - to_interest - to_principal,
        });
    }
}

/// Sorts payments by date and adds up those of the same day (one allocation per day).
fn combine_by_date(payments: &[(IsoDate, Decimal)]) -> Result<Vec<(IsoDate, Decimal)>> {
    let mut sorted = payments.to_vec();
    crate::sort::stable_sort_by_key(&mut sorted, |(d, _)| *d);
    let mut combined: Vec<(IsoDate, Decimal)> = Vec::with_capacity(sorted.len());
    for (date, amount) in sorted {
        match combined.last_mut() {
            Some((d, total)) if *d == date => *total = money::add(*total, amount)?,
            _ => combined.push((date, amount)),
        }
    }
    Ok(combined)
}

/// For each rate change, the index of the next change to a different rate (`len` if none):
/// a period runs on through changes that keep the same rate.
fn next_different_rate(rates: &[RateChange]) -> Vec<usize> {
    let mut next = vec![rates.len(); rates.len()];
    for i in (0..rates.len().saturating_sub(1)).rev() {
        next[i] = if rates[i + 1].rate != rates[i].rate {
            i + 1
        } else {
            next[i + 1]
        };
    }
    next
}

/// Last day of the period starting at `from`: the day before the next change to a different
/// rate, the day of the next payment, 31 December under Act/Act, or `as_of`, whichever comes
/// first.
fn period_end(
    delay: &Delay,
    from: IsoDate,
    next_rate: Option<IsoDate>,
    next_payment: Option<IsoDate>,
) -> IsoDate {
    let mut end = delay.as_of;
    if let Some(change) = next_rate {
        end = end.min(change.pred());
    }
    if let Some(date) = next_payment {
        end = end.min(date);
    }
    if delay.day_count == DayCount::ActAct {
        let (y, _, _) = from.ymd();
        if let Some(dec31) = IsoDate::from_ymd(y, 12, 31) {
            end = end.min(dec31);
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).expect("test date")
    }
    fn m(s: &str) -> Decimal {
        Decimal::from_str_exact(s).expect("test decimal")
    }

    fn flat(rate: &str, from: &str) -> Vec<RateChange> {
        vec![RateChange {
            from: d(from),
            rate: m(rate),
        }]
    }

    #[test]
    fn worked_example_a1_single_period() {
        // 15 000 € at 15 %, due 15 Apr 2018, paid 15 May 2018: 30 days, 184.93 €.
        let rates = flat("15", "2018-04-16");
        let r = accrue(&Delay {
            principal: m("15000"),
            start: d("2018-04-15"),
            as_of: d("2018-05-15"),
            payments: &[],
            rates: &rates,
            allocation: Allocation::InterestFirst,
            day_count: DayCount::Act365,
        })
        .expect("accrues");
        assert_eq!(r.days(), 30);
        assert_eq!(r.interest, m("184.93"));
        assert_eq!(r.periods.len(), 1);
        assert_eq!(r.periods[0].from, d("2018-04-16"));
        assert_eq!(r.periods[0].to, d("2018-05-15"));
    }

    #[test]
    fn worked_example_a8_formula() {
        // 1 000 € × 0.975 % × 45 / 365 = 1.202… → 1.20 €.
        assert_eq!(
            period_interest(m("1000"), m("0.975"), 45, 365),
            Ok(m("1.20"))
        );
    }

    #[test]
    fn worked_example_b1_formula() {
        // (2 000 × 30 × 3.11) / 36 500 = 5.112… → 5.11 €, 365 even in 2020.
        assert_eq!(
            period_interest(m("2000"), m("3.11"), 30, 365),
            Ok(m("5.11"))
        );
    }

    #[test]
    fn interest_first_payment_pays_interest_then_principal() {
        // 10 000 € at 10 %, due 2025-01-31; 1 000 € paid 2025-03-02 (30 late days):
        // interest 10 000 × 10 % × 30/365 = 82.19; 82.19 to interest, 917.81 to principal;
        // then 9 082.19 × 10 % × 29/365 = 72.16 through 2025-03-31.
        let rates = flat("10", "2025-02-01");
        let payments = [(d("2025-03-02"), m("1000"))];
        let r = accrue(&Delay {
            principal: m("10000"),
            start: d("2025-01-31"),
            as_of: d("2025-03-31"),
            payments: &payments,
            rates: &rates,
            allocation: Allocation::InterestFirst,
            day_count: DayCount::Act365,
        })
        .expect("accrues");
        assert_eq!(r.periods.len(), 2);
        assert_eq!(r.periods[0].interest, m("82.19"));
        assert_eq!(r.applied[0].to_interest, m("82.19"));
        assert_eq!(r.applied[0].to_principal, m("917.81"));
        assert_eq!(r.periods[1].from, d("2025-03-03"));
        assert_eq!(r.periods[1].principal, m("9082.19"));
        assert_eq!(r.periods[1].interest, m("72.16"));
        assert_eq!(r.principal_outstanding, m("9082.19"));
        assert_eq!(r.interest_outstanding(), m("72.16"));
    }

    #[test]
    fn payments_on_or_before_start_only_reduce_principal() {
        let rates = flat("10", "2025-02-01");
        let payments = [(d("2025-01-31"), m("4000")), (d("2025-01-10"), m("1000"))];
        let r = accrue(&Delay {
            principal: m("10000"),
            start: d("2025-01-31"),
            as_of: d("2025-03-01"),
            payments: &payments,
            rates: &rates,
            allocation: Allocation::InterestFirst,
            day_count: DayCount::Act365,
        })
        .expect("accrues");
        // 5 000 × 10 % × 29/365 = 39.726… → 39.73.
        assert_eq!(r.periods[0].principal, m("5000"));
        assert_eq!(r.interest, m("39.73"));
    }

    #[test]
    fn act_act_cuts_at_new_year_and_uses_366_in_leap_years() {
        let rates = flat("10", "2023-12-01");
        let r = accrue(&Delay {
            principal: m("36600"),
            start: d("2023-12-31"),
            as_of: d("2024-01-10"),
            payments: &[],
            rates: &rates,
            allocation: Allocation::InterestFirst,
            day_count: DayCount::ActAct,
        })
        .expect("accrues");
        // 36 600 × 10 % × 10 / 366 = 100.00 exactly.
        assert_eq!(r.periods[0].day_basis, 366);
        assert_eq!(r.interest, m("100.00"));
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let e = period_interest(Decimal::MAX, m("100"), 1000, 365).expect_err("overflows");
        assert_eq!(e.code(), "amount-out-of-range");
    }
}
