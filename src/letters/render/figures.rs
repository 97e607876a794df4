//! The figures of a letter (one `late_fees` run per invoice), the dates it builds on (notice
//! date, first presentation) and its deadline.

use super::*;
use crate::messages::{letters as msg, Text};

pub(super) fn compute_figures(
    input: &LetterInput,
    warnings: &mut Vec<Warning>,
) -> Result<LetterFigures> {
    let mut invoices = Vec::with_capacity(input.invoices.len());
    let (mut principal, mut interest, mut compensation, mut total) =
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut rate: Option<Percent> = None;
    let mut rule = String::new();
    let notice_date = effective_notice_date(input)?;
    if input.regime == Regime::FrB2c && input.notice_date.is_none() {
        if let Some(d) = notice_date {
            warnings.push(Warning::new(
                "notice-date-from-history",
                msg::notice_date_from_history(input.lang.unwrap_or_default(), d),
            ));
        }
    }
    let mut demanded = Decimal::ZERO;
    for (i, inv) in input.invoices.iter().enumerate() {
        let mut fees_input = LateFeesInput::for_invoice(
            input.regime,
            inv.amount,
            inv.due_date,
            input.as_of,
            inv.payments.clone(),
            InvoiceTerms {
                contract_rate: input.contract_rate,
                creditor: input.creditor_kind,
                notice_date,
            },
        );
        fees_input.lang = input.lang;
        let st =
            late_fees_periods(&fees_input).map_err(|e| prefix(e, &format!("invoices[{i}]")))?;
        let (r, periods, regime_rule) = (st.totals, st.periods, st.rule);
        let accessories_last_day = match st.principal_paid_on {
            Some(paid)
                if input.regime == Regime::FrPublic && r.principal_outstanding <= Decimal::ZERO =>
            {
                Some(paid.add_days(45)?)
            }
            _ => None,
        };
        for w in st.warnings {
            let skip = w.code == "formal-notice-required"
                && (input.kind == LetterKind::FormalNotice
                    || !input.kind.is_post_due_demand()
                    || input.as_of <= inv.due_date);
            if !skip {
                warnings.push(w);
            }
        }
        if let Some(last) = periods.last() {
            rate = Some(last.rate_percent);
        }
        if rule.is_empty() {
            rule = regime_rule;
        }
        principal = money::add(principal, r.principal_outstanding)?;
        interest = money::add(interest, r.interest_outstanding)?;
        compensation = money::add(compensation, r.compensation)?;
        total = money::add(total, r.total_due)?;
        let accessories = money::add(r.interest_outstanding, r.compensation)?;
        let part = match input.regime {
            Regime::FrPublic => match accessories_last_day {
                None => r.principal_outstanding,
                Some(last_day) if input.as_of > last_day => accessories,
                Some(_) => Decimal::ZERO,
            },
            Regime::FrB2b | Regime::FrB2c => r.total_due,
        };
        demanded = money::add(demanded, part)?;
        invoices.push(InvoiceFigures {
            number: inv.number.clone(),
            amount: Money(inv.amount.0),
            due_date: inv.due_date,
            days_late: inv.due_date.days_until(input.as_of).max(0),
            principal_outstanding: Money(r.principal_outstanding),
            interest: Money(r.interest),
            interest_paid: Money(r.interest_paid),
            interest_outstanding: Money(r.interest_outstanding),
            compensation: Money(r.compensation),
            total: Money(r.total_due),
            periods,
            accessories_last_day,
        });
    }
    Ok(LetterFigures {
        invoices,
        principal: Money(principal),
        interest: Money(interest),
        compensation: Money(compensation),
        total: Money(total),
        demanded: Money(demanded),
        penalty_rate_percent: rate,
        rule,
    })
}

/// The day the consumer's mise en demeure was first presented, from which interest runs:
/// `noticeDate`, else the estimated presentation of the latest `formal-notice` of `history`
/// (its sending date + `deliveryDays` working days), when that is on or before `asOf` (the one
/// being rendered is not in the history yet).
pub(super) fn effective_notice_date(input: &LetterInput) -> Result<Option<IsoDate>> {
    if input.notice_date.is_some() {
        return Ok(input.notice_date);
    }
    match last_sent(input, LetterKind::FormalNotice) {
        None => Ok(None),
        Some(d) => {
            let presented = first_presentation(input, d)?;
            Ok(Some(presented).filter(|p| *p <= input.as_of))
        }
    }
}

/// The latest step of `kind` in `history` dated on or before `asOf`.
pub(super) fn last_sent(input: &LetterInput, kind: LetterKind) -> Option<IsoDate> {
    input
        .history
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter(|h| h.kind == kind && h.date <= input.as_of)
        .map(|h| h.date)
        .max()
}

/// Default working days from sending a registered letter to its first presentation.
pub(super) const DEFAULT_DELIVERY_DAYS: u32 = 3;
pub(super) const MAX_DELIVERY_DAYS: u32 = 30;

/// Estimated first presentation of a registered letter sent on `sent` (CPC 668–669: for the
/// addressee, a notification dates from its receipt; france-law.md §4.3).
pub(super) fn first_presentation(input: &LetterInput, sent: IsoDate) -> Result<IsoDate> {
    let days = input.delivery_days.unwrap_or(DEFAULT_DELIVERY_DAYS);
    if days > MAX_DELIVERY_DAYS {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "deliveryDays",
            Text::of(&|l| msg::delivery_days_too_many(l, days, MAX_DELIVERY_DAYS)),
        ));
    }
    add_working_days(sent, days, input.calendar.unwrap_or_default())
}

pub(super) fn prefix(e: Error, at: &str) -> Error {
    let field = match e.field() {
        Some(f) if !f.is_empty() && f != "." => format!("{at}.{f}"),
        _ => at.to_owned(),
    };
    e.moved_to(field)
}

/// The step's deadline and the number of days it gives.
///
/// A final notice's days run from its date. A mise en demeure is a registered letter: its
/// days run from its first presentation (CPC 668–669), estimated as `asOf` + `deliveryDays`
/// working days, so the date written in it never leaves the debtor fewer days than announced.
/// Both are counted under CPC 641/642.
pub(super) fn compute_deadline(
    input: &LetterInput,
    warnings: &mut Vec<Warning>,
) -> Result<Option<(IsoDate, i32)>> {
    let needs = matches!(
        input.kind,
        LetterKind::FinalNotice | LetterKind::FormalNotice
    );
    let from = if input.kind == LetterKind::FormalNotice {
        first_presentation(input, input.as_of)?
    } else {
        input.as_of
    };
    if let Some(d) = input.deadline {
        if d <= input.as_of {
            return Err(Error::at(
                ErrorKind::InconsistentInput,
                "deadline",
                Text::of(&|l| msg::deadline_not_after_as_of(l, d, input.as_of)),
            ));
        }
        let days = from.days_until(d);
        if needs && days < 8 {
            warnings.push(short_deadline(days, input.lang.unwrap_or_default()));
        }
        return Ok(Some((d, days.max(0))));
    }
    if !needs && input.deadline_days.is_none() {
        return Ok(None);
    }
    let days = input.deadline_days.unwrap_or(8);
    if needs && days < 8 {
        warnings.push(short_deadline(
            i32::try_from(days).unwrap_or(0),
            input.lang.unwrap_or_default(),
        ));
    }
    let r = deadline(&DeadlineInput {
        from,
        days: Some(days),
        months: None,
        calendar: input.calendar,
        lang: input.lang,
    })
    .map_err(|e| match e.field() {
        Some("days") => e.moved_to("deadlineDays"),
        _ => e,
    })?;
    Ok(Some((r.date, i32::try_from(days).unwrap_or(i32::MAX))))
}
