//! Payment plans (échéanciers): instalments that sum exactly to the amount owed.
//!
//! `paymentPlan({ amount, firstDate, count, frequency })` spreads `amount` over `count`
//! instalments.
//!
//! **Amounts.** Every instalment but the last has the same amount: the equal share rounded
//! *down* to the cent (or to a multiple of `roundTo`). The last instalment is the balance (le
//! solde), so the schedule always adds up exactly, and the last instalment is never smaller
//! than the others. 1000.00 in 3 gives 333.33, 333.33, 333.34. This is how French agreements
//! and loan tables are written ("11 mensualités de 83,33 € et une dernière de 83,37 €", "la
//! dernière échéance est ajustée"). A single repeated amount also lets the debtor set up one
//! standing order (virement permanent) and adjust only the last payment. The same rule works
//! for whole euros (`roundTo: "1"`: 333, 333, 334). With `firstAmount` the first instalment is
//! that down payment and the rest is split the same way over the other instalments.
//!
//! **Dates.** Instalment k (0-based) falls on `firstDate` + k weeks, k × 14 days, k months or
//! 3k months. Each date is computed from `firstDate` and not from the previous date. A day the
//! month does not have becomes the month's last day: monthly from 31 January 2024 gives
//! 2024-01-31, 2024-02-29, 2024-03-31.
//!
//! **Two years.** Art. 1343-5 C. civ. lets a judge defer or spread a debt "dans la limite de
//! deux années". A plan whose last instalment is more than 24 months after the first gets the
//! warning [`PLAN_EXCEEDS_24_MONTHS`]. Such a plan is lawful when the creditor agrees to it,
//! but it is longer than a court could impose.

use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::messages::{calc as msg, Text};
use crate::money::{Amount, Money};
use crate::warning::Warning;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Largest number of instalments: 30 years of monthly payments.
pub const MAX_COUNT: u32 = 360;

/// Warning code: the last instalment is more than 24 months after the first.
pub const PLAN_EXCEEDS_24_MONTHS: &str = "plan-exceeds-24-months";

/// How often instalments fall due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Frequency {
    /// Every 7 days.
    Weekly,
    /// Every 14 days.
    Biweekly,
    /// Same day number every month, or that month's last day when it is shorter.
    Monthly,
    /// Same day number every 3 months, or that month's last day when it is shorter.
    Quarterly,
}

/// Input of `paymentPlan`:
/// `{ amount: "1000", firstDate: "2024-01-31", count: 3, frequency: "monthly" }`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PaymentPlanInput {
    /// The amount to spread (for example a late-fees `totalDue`), at least 0.01.
    pub amount: Amount,
    /// Due date of the first instalment.
    pub first_date: IsoDate,
    /// Number of instalments, 1 to 360, including the down payment when there is one.
    pub count: u32,
    pub frequency: Frequency,
    /// A down payment: the first instalment's exact amount. The rest is split over the other
    /// `count − 1` instalments. With `count: 1` it must equal `amount`.
    #[serde(default)]
    pub first_amount: Option<Amount>,
    /// Step for the regular instalments (default `"0.01"`; `"1"` for whole euros, `"10"`,
    /// …). Every instalment but the last is the equal share rounded down to a multiple of
    /// `roundTo`; the last one takes the balance. The step does not apply to `firstAmount`.
    #[serde(default)]
    pub round_to: Option<Amount>,
    /// Language of the messages (warnings, reasons, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// One instalment of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Instalment {
    /// 1-based position in the plan.
    pub number: u32,
    pub date: IsoDate,
    pub amount: Money,
}

/// Result of `paymentPlan`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PaymentPlanResult {
    pub instalments: Vec<Instalment>,
    /// Sum of the instalments, always equal to `amount`.
    pub total: Money,
    /// Number of instalments, equal to the input `count`.
    pub count: u32,
    /// Due date of the last instalment.
    pub last_date: IsoDate,
    /// `plan-exceeds-24-months` when the plan runs longer than a judge could grant
    /// (art. 1343-5 C. civ.).
    pub warnings: Vec<Warning>,
}

/// The instalment schedule for `input`.
///
/// ```
/// use relance::plan::{payment_plan, PaymentPlanInput};
/// let input: PaymentPlanInput = relance::error::deserialize(&mut serde_json::Deserializer::from_str(
///     r#"{"amount":"1000","firstDate":"2024-01-31","count":3,"frequency":"monthly"}"#,
/// )).unwrap();
/// let plan = payment_plan(&input).unwrap();
/// let lines: Vec<String> = plan.instalments.iter().map(|i| format!("{} {}", i.date, i.amount)).collect();
/// assert_eq!(lines, ["2024-01-31 333.33", "2024-02-29 333.33", "2024-03-31 333.34"]);
/// ```
///
/// Errors:
/// - `invalid-period`, field `count`: `count` is 0 or above 360.
/// - `amount-out-of-range`, field `amount`, `firstAmount` or `roundTo`: the value is 0.00.
/// - `inconsistent-input`, field `firstAmount`: `firstAmount` is more than `amount`, is
///   different from `amount` when `count` is 1, or leaves less than 0.01 for each of the
///   other instalments.
/// - `inconsistent-input`, field `count`: `amount` is less than `count` × 0.01, so some
///   instalments would be 0.00.
/// - `inconsistent-input`, field `roundTo`: the equal share rounded down to `roundTo` is 0.00
///   (the step is larger than one instalment).
/// - `date-out-of-range`, field `firstDate`: the plan runs past 9999-12-31.
pub fn payment_plan(input: &PaymentPlanInput) -> Result<PaymentPlanResult> {
    let count = input.count;
    if count == 0 || count > MAX_COUNT {
        return Err(Error::at(
            ErrorKind::InvalidPeriod,
            "count",
            Text::of(&|l| msg::plan_count(l, count, MAX_COUNT)),
        ));
    }
    let amount = cents(input.amount, "amount")?;
    if amount == 0 {
        return Err(Error::at(
            ErrorKind::AmountOutOfRange,
            "amount",
            Text::of(&msg::plan_amount_zero),
        ));
    }
    let step = match input.round_to {
        None => 1,
        Some(r) => match cents(r, "roundTo")? {
            0 => {
                return Err(Error::at(
                    ErrorKind::AmountOutOfRange,
                    "roundTo",
                    Text::of(&msg::plan_round_to_zero),
                ))
            }
            s => s,
        },
    };
    let amounts = split(amount, count, input.first_amount, step)?;
    let dates = (0..count)
        .map(|k| date_of(input.first_date, input.frequency, k))
        .collect::<Result<Vec<IsoDate>>>()
        .map_err(|e| e.or_field("firstDate"))?;

    let instalments: Vec<Instalment> = (1..=count)
        .zip(dates)
        .zip(&amounts)
        .map(|((number, date), &c)| Instalment {
            number,
            date,
            amount: Money(from_cents(c)),
        })
        .collect();
    let total: i64 = amounts.iter().sum();
    let last_date = instalments
        .last()
        .map_or(input.first_date, |i: &Instalment| i.date);

    let mut warnings = Vec::new();
    // When first + 24 months is past 9999-12-31, no instalment can be later than it.
    let two_years = input.first_date.add_months(24).ok();
    if two_years.is_some_and(|limit| last_date > limit) {
        warnings.push(Warning::new(
            PLAN_EXCEEDS_24_MONTHS,
            msg::plan_over_24_months(input.lang.unwrap_or_default(), last_date, input.first_date),
        ));
    }
    Ok(PaymentPlanResult {
        instalments,
        total: Money(from_cents(total)),
        count,
        last_date,
        warnings,
    })
}

/// The amounts in cents: `first_amount` (if any), then equal instalments of the share rounded
/// down to a multiple of `step` cents, then the balance. `amount ≥ 1`, `1 ≤ count ≤ 360`,
/// `step ≥ 1`.
fn split(amount: i64, count: u32, first_amount: Option<Amount>, step: i64) -> Result<Vec<i64>> {
    let mut out = Vec::with_capacity(count as usize);
    let (rest, n) = match first_amount {
        None => {
            if amount < i64::from(count) {
                return Err(Error::at(
                    ErrorKind::InconsistentInput,
                    "count",
                    Text::of(&|l| {
                        msg::plan_too_many_instalments(l, Money(from_cents(amount)), count)
                    }),
                ));
            }
            (amount, count)
        }
        Some(f) => {
            let first = cents(f, "firstAmount")?;
            if first == 0 {
                return Err(Error::at(
                    ErrorKind::AmountOutOfRange,
                    "firstAmount",
                    Text::of(&msg::plan_first_amount_zero),
                ));
            }
            if first > amount {
                return Err(Error::at(
                    ErrorKind::InconsistentInput,
                    "firstAmount",
                    Text::of(&|l| {
                        msg::plan_first_amount_above(
                            l,
                            Money(from_cents(first)),
                            Money(from_cents(amount)),
                        )
                    }),
                ));
            }
            let n = count - 1;
            let rest = amount - first;
            if n == 0 && rest != 0 {
                return Err(Error::at(
                    ErrorKind::InconsistentInput,
                    "firstAmount",
                    Text::of(&|l| {
                        msg::plan_single_instalment(
                            l,
                            Money(from_cents(amount)),
                            Money(from_cents(first)),
                        )
                    }),
                ));
            }
            if rest < i64::from(n) {
                return Err(Error::at(
                    ErrorKind::InconsistentInput,
                    "firstAmount",
                    Text::of(&|l| {
                        msg::plan_first_amount_leaves_too_little(
                            l,
                            Money(from_cents(first)),
                            Money(from_cents(rest)),
                            n,
                        )
                    }),
                ));
            }
            out.push(first);
            (rest, n)
        }
    };
    if n <= 1 {
        // No regular instalment: the only one left is the balance, whatever the step.
        out.extend((n == 1).then_some(rest));
        return Ok(out);
    }
    let n64 = i64::from(n);
    // Regular instalment: rest / n rounded down to a multiple of step (all non-negative).
    let regular = rest / n64 / step * step;
    if regular == 0 {
        // rest ≥ n cents was checked, so only a step above 0.01 can get here.
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "roundTo",
            Text::of(&|l| {
                msg::plan_step_too_large(l, Money(from_cents(step)), Money(from_cents(rest)), n)
            }),
        ));
    }
    out.extend(std::iter::repeat_n(regular, (n - 1) as usize));
    out.push(rest - regular * (n64 - 1));
    Ok(out)
}

/// Due date of instalment `k` (0-based), always computed from `first`.
fn date_of(first: IsoDate, frequency: Frequency, k: u32) -> Result<IsoDate> {
    // k < 360, so none of these products overflows an i32.
    let k = k as i32;
    match frequency {
        Frequency::Weekly => first.add_days(7 * k),
        Frequency::Biweekly => first.add_days(14 * k),
        Frequency::Monthly => first.add_months(k),
        Frequency::Quarterly => first.add_months(3 * k),
    }
}

/// An input amount (≤ 2 decimals, ≤ 10^12) as whole cents.
fn cents(a: Amount, field: &str) -> Result<i64> {
    let scaled = (a.0 * Decimal::ONE_HUNDRED).trunc();
    i64::try_from(scaled).map_err(|_| {
        Error::at(
            ErrorKind::AmountOutOfRange,
            field,
            Text::of(&msg::plan_amount_too_large),
        )
    })
}

fn from_cents(c: i64) -> Decimal {
    Decimal::new(c, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amt(s: &str) -> Amount {
        crate::money::parse_amount(s).expect("test amount")
    }

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).expect("test date")
    }

    fn input(amount: &str, first: &str, count: u32, frequency: Frequency) -> PaymentPlanInput {
        PaymentPlanInput {
            amount: amt(amount),
            first_date: d(first),
            count,
            frequency,
            first_amount: None,
            round_to: None,
            lang: None,
        }
    }

    fn amounts(r: &PaymentPlanResult) -> Vec<String> {
        r.instalments.iter().map(|i| i.amount.to_string()).collect()
    }

    fn dates(r: &PaymentPlanResult) -> Vec<String> {
        r.instalments.iter().map(|i| i.date.to_string()).collect()
    }

    #[test]
    fn split_puts_the_balance_on_the_last_instalment() {
        // 1000.00 / 3 = 333.333…: 333.33 twice, last 1000.00 − 666.66 = 333.34.
        assert_eq!(split(100_000, 3, None, 1), Ok(vec![33_333, 33_333, 33_334]));
        // 100.00 / 7 = 14.2857…: 14.28 × 6 = 85.68, last 14.32.
        assert_eq!(
            split(10_000, 7, None, 1),
            Ok(vec![1428, 1428, 1428, 1428, 1428, 1428, 1432])
        );
        // Exact division: no adjustment.
        assert_eq!(split(9_000, 3, None, 1), Ok(vec![3000, 3000, 3000]));
        // Exactly one cent each.
        assert_eq!(split(3, 3, None, 1), Ok(vec![1, 1, 1]));
        // Whole euros: 1000 / 3 → 333, 333, 334.
        assert_eq!(
            split(100_000, 3, None, 100),
            Ok(vec![33_300, 33_300, 33_400])
        );
        // Tens of euros: 1000 / 3 → 330, 330, 340.
        assert_eq!(
            split(100_000, 3, None, 1000),
            Ok(vec![33_000, 33_000, 34_000])
        );
        // A single instalment is the whole amount, whatever the step.
        assert_eq!(split(5, 1, None, 100), Ok(vec![5]));
    }

    #[test]
    fn split_with_a_down_payment() {
        // 1000.00, 400.00 down, 600.00 over 4 → 150.00 each.
        assert_eq!(
            split(100_000, 5, Some(amt("400")), 1),
            Ok(vec![40_000, 15_000, 15_000, 15_000, 15_000])
        );
        // 1000.00, 100.00 down, 900.00 over 7 = 128.571…: 128.57 × 6 = 771.42, last 128.58.
        assert_eq!(
            split(100_000, 8, Some(amt("100")), 1),
            Ok(vec![
                10_000, 12_857, 12_857, 12_857, 12_857, 12_857, 12_857, 12_858
            ])
        );
        // count 1 with the whole amount as down payment.
        assert_eq!(split(100_000, 1, Some(amt("1000")), 1), Ok(vec![100_000]));
    }

    #[test]
    fn split_errors() {
        let code_field =
            |r: Result<Vec<i64>>| r.map_err(|e| (e.code(), e.field().map(str::to_owned)));
        let err = |c: &'static str, f: &str| Err((c, Some(f.to_owned())));
        assert_eq!(
            code_field(split(2, 3, None, 1)),
            err("inconsistent-input", "count")
        );
        assert_eq!(
            code_field(split(100, 3, Some(amt("1.01")), 1)),
            err("inconsistent-input", "firstAmount")
        );
        assert_eq!(
            code_field(split(100, 3, Some(amt("1")), 1)),
            err("inconsistent-input", "firstAmount")
        );
        assert_eq!(
            code_field(split(100, 1, Some(amt("0.99")), 1)),
            err("inconsistent-input", "firstAmount")
        );
        assert_eq!(
            code_field(split(100, 3, Some(amt("0")), 1)),
            err("amount-out-of-range", "firstAmount")
        );
        // 50.00 / 3 = 16.66 rounded down to a multiple of 100.00 is 0.
        assert_eq!(
            code_field(split(5_000, 3, None, 10_000)),
            err("inconsistent-input", "roundTo")
        );
    }

    #[test]
    fn monthly_dates_clamp_to_month_ends() {
        let r = payment_plan(&input("1000", "2024-01-31", 4, Frequency::Monthly)).expect("plan");
        assert_eq!(
            dates(&r),
            ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"]
        );
        assert_eq!(amounts(&r), ["250.00", "250.00", "250.00", "250.00"]);
        assert_eq!(r.total.to_string(), "1000.00");
        assert_eq!(r.count, 4);
        assert_eq!(r.last_date, d("2024-04-30"));
        assert!(r.warnings.is_empty());
    }

    #[test]
    fn other_frequencies() {
        let r = payment_plan(&input("100", "2025-12-29", 3, Frequency::Weekly)).expect("plan");
        assert_eq!(dates(&r), ["2025-12-29", "2026-01-05", "2026-01-12"]);
        let r = payment_plan(&input("100", "2025-12-29", 3, Frequency::Biweekly)).expect("plan");
        assert_eq!(dates(&r), ["2025-12-29", "2026-01-12", "2026-01-26"]);
        let r = payment_plan(&input("100", "2025-11-30", 3, Frequency::Quarterly)).expect("plan");
        assert_eq!(dates(&r), ["2025-11-30", "2026-02-28", "2026-05-30"]);
    }

    #[test]
    fn warning_only_beyond_24_months() {
        // 25 monthly instalments: the last is exactly 24 months after the first.
        let r = payment_plan(&input("2500", "2024-01-15", 25, Frequency::Monthly)).expect("plan");
        assert_eq!(r.last_date, d("2026-01-15"));
        assert!(r.warnings.is_empty());
        // 26: 25 months.
        let r = payment_plan(&input("2600", "2024-01-15", 26, Frequency::Monthly)).expect("plan");
        assert_eq!(r.last_date, d("2026-02-15"));
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(r.warnings[0].code, PLAN_EXCEEDS_24_MONTHS);
    }

    #[test]
    fn input_errors() {
        let code_field = |i: &PaymentPlanInput| {
            payment_plan(i).map_err(|e| (e.code(), e.field().map(str::to_owned)))
        };
        let mut i = input("100", "2024-01-01", 0, Frequency::Monthly);
        assert_eq!(
            code_field(&i),
            Err(("invalid-period", Some("count".to_owned())))
        );
        i.count = 361;
        assert_eq!(
            code_field(&i),
            Err(("invalid-period", Some("count".to_owned())))
        );
        i.count = 360;
        assert!(code_field(&i).is_ok());
        let i = input("0", "2024-01-01", 3, Frequency::Monthly);
        assert_eq!(
            code_field(&i),
            Err(("amount-out-of-range", Some("amount".to_owned())))
        );
        let mut i = input("100", "2024-01-01", 3, Frequency::Monthly);
        i.round_to = Some(amt("0"));
        assert_eq!(
            code_field(&i),
            Err(("amount-out-of-range", Some("roundTo".to_owned())))
        );
        let i = input("100", "9999-11-01", 3, Frequency::Monthly);
        assert_eq!(
            code_field(&i),
            Err(("date-out-of-range", Some("firstDate".to_owned())))
        );
        // The plan fits before 9999-12-31 although first + 24 months does not: no error, and
        // no warning (the last instalment cannot be that late).
        let r = payment_plan(&input("100", "9999-01-01", 2, Frequency::Monthly)).expect("plan");
        assert_eq!(r.last_date, d("9999-02-01"));
        assert!(r.warnings.is_empty());
    }

    #[test]
    fn largest_inputs_do_not_overflow() {
        let i = input(
            "1000000000000",
            "2024-01-31",
            MAX_COUNT,
            Frequency::Biweekly,
        );
        let r = payment_plan(&i).expect("plan");
        assert_eq!(r.total.to_string(), "1000000000000.00");
        assert_eq!(r.instalments.len(), 360);
    }
}
