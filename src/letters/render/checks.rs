//! The checks that turn risky inputs into warnings or errors: per kind, the sequence of the
//! ladder and the public-buyer rules.

use super::*;
use crate::messages::{letters as msg, Text};

pub(super) fn short_deadline(days: i32, lang: Lang) -> Warning {
    Warning::new("short-deadline", msg::short_deadline(lang, days))
}

pub(super) fn kind_checks(
    input: &LetterInput,
    figures: &LetterFigures,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let lang = input.lang.unwrap_or_default();
    let c = &input.creditor;
    let has = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.trim().is_empty());
    let demands_payment =
        !matches!(input.kind, LetterKind::Handover) && !input.kind.is_court_step();
    if demands_payment && !has(&c.iban) && !has(&c.payment_link) {
        warnings.push(Warning::new(
            "payment-details-missing",
            msg::payment_details_missing(lang),
        ));
    }
    let earliest_due = input.invoices.iter().map(|i| i.due_date).min();
    if let Some(due) = earliest_due {
        if input.kind == LetterKind::PreReminder && input.as_of > due {
            warnings.push(Warning::new("already-overdue", msg::already_overdue(lang)));
        }
        if input.kind.is_post_due_demand() && input.as_of <= due {
            warnings.push(Warning::new("not-yet-due", msg::not_yet_due(lang)));
        }
    }
    if figures.principal.0.is_zero() && input.kind.is_post_due_demand() {
        warnings.push(Warning::new(
            "nothing-outstanding",
            msg::nothing_outstanding(lang),
        ));
    }
    if input.kind == LetterKind::FormalNotice {
        for (i, inv) in input.invoices.iter().enumerate() {
            if inv.order_date.is_none() || !has(&inv.description) {
                warnings.push(Warning::new(
                    "delivery-details-missing",
                    msg::delivery_details_missing(lang, i),
                ));
            }
        }
    }
    let unusual = matches!(
        (input.kind, input.channel),
        (
            LetterKind::FormalNotice,
            LetterChannel::Email | LetterChannel::Sms
        ) | (
            LetterKind::Statement | LetterKind::PaymentPlan | LetterKind::Handover,
            LetterChannel::Sms
        )
    );
    if unusual {
        warnings.push(Warning::new(
            "channel-not-recommended",
            msg::channel_not_recommended(lang, input.kind.label(lang), input.channel.label(lang)),
        ));
    }
    if let Some(kind) = input.debtor.kind {
        let ok = matches!(
            (kind, input.regime),
            (DebtorKind::Business, Regime::FrB2b)
                | (DebtorKind::Consumer, Regime::FrB2c)
                | (DebtorKind::Public, Regime::FrPublic)
        );
        if !ok {
            warnings.push(Warning::new(
                "debtor-kind-regime-mismatch",
                msg::debtor_kind_regime_mismatch(lang),
            ));
        }
    }
    sequence_checks(input, warnings)?;
    public_checks(input, figures, warnings)
}

/// A step never comes before the deadline the previous one gave has run out: a mise en demeure
/// while the final notice's date still runs, or a hand-over while the mise en demeure's does,
/// contradicts the letter the debtor holds. The earlier step's deadline is taken as the
/// default one (8 days; from the first presentation for the mise en demeure).
pub(super) fn sequence_checks(input: &LetterInput, warnings: &mut Vec<Warning>) -> Result<()> {
    let previous = match input.kind {
        LetterKind::FormalNotice => LetterKind::FinalNotice,
        LetterKind::Handover => LetterKind::FormalNotice,
        k if k.is_court_step() => LetterKind::FormalNotice,
        _ => return Ok(()),
    };
    let lang = input.lang.unwrap_or_default();
    let Some(sent) = last_sent(input, previous) else {
        return Ok(());
    };
    let from = if previous == LetterKind::FormalNotice {
        first_presentation(input, sent)?
    } else {
        sent
    };
    let runs_until = deadline(&DeadlineInput {
        from,
        days: Some(8),
        months: None,
        calendar: input.calendar,
        lang: input.lang,
    })?
    .date;
    if input.as_of <= runs_until {
        warnings.push(Warning::new(
            "step-before-previous-deadline",
            msg::step_before_previous_deadline(
                lang,
                previous.label(lang),
                sent,
                runs_until,
                input.kind.label(lang),
                input.as_of,
                runs_until.succ(),
            ),
        ));
    }
    Ok(())
}

/// The public-procurement rules a text to a public buyer must follow (CCP L2192-13,
/// R2192-12, R2192-36), and the recipient of its file.
pub(super) fn public_checks(
    input: &LetterInput,
    figures: &LetterFigures,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let lang = input.lang.unwrap_or_default();
    let public = input.regime == Regime::FrPublic;
    if !public {
        if input.invoices.iter().any(|i| i.chorus_pro_date.is_some()) {
            warnings.push(Warning::new(
                "ignored-field",
                msg::ignored_chorus_pro_date(lang),
            ));
        }
        return Ok(());
    }
    if let Some(RecipientKind::CommissaireDeJustice) = input.recipient.as_ref().map(|r| r.kind) {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "recipient.kind",
            Text::of(&msg::public_file_to_avocat),
        ));
    }
    if input.kind == LetterKind::PaymentPlan {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "kind",
            Text::of(&msg::public_no_payment_plan),
        ));
    }
    for (i, inv) in input.invoices.iter().enumerate() {
        let Some(filed) = inv.chorus_pro_date else {
            continue;
        };
        if inv.due_date < filed.add_days(30)? {
            warnings.push(Warning::new(
                "payment-period-short",
                msg::payment_period_short(lang, i, inv.due_date, filed),
            ));
        }
    }
    if input.kind.is_post_due_demand() && figures.demanded.0.is_zero() && !figures.total.0.is_zero()
    {
        warnings.push(Warning::new(
            "accessories-not-yet-payable",
            msg::accessories_not_yet_payable(lang),
        ));
    }
    Ok(())
}
