//! The checks that turn risky inputs into warnings or errors: per kind, the sequence of the
//! ladder and the public-buyer rules.

use super::*;

pub(super) fn short_deadline(days: i32) -> Warning {
    Warning::new(
        "short-deadline",
        format!("a deadline of {days} days (from the letter's date, or from the first presentation of a mise en demeure) is shorter than the 8 days practice expects for a final notice or a mise en demeure (france-law.md §4.1); a court may find it unreasonable"),
    )
}

pub(super) fn kind_checks(
    input: &LetterInput,
    figures: &LetterFigures,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let c = &input.creditor;
    let has = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.trim().is_empty());
    let demands_payment =
        !matches!(input.kind, LetterKind::Handover) && !input.kind.is_court_step();
    if demands_payment && !has(&c.iban) && !has(&c.payment_link) {
        warnings.push(Warning::new(
            "payment-details-missing",
            "neither `creditor.iban` nor `creditor.paymentLink` is given: the text cannot say how to pay",
        ));
    }
    let earliest_due = input.invoices.iter().map(|i| i.due_date).min();
    if let Some(due) = earliest_due {
        if input.kind == LetterKind::PreReminder && input.as_of > due {
            warnings.push(Warning::new(
                "already-overdue",
                "an invoice is already past its due date: send a reminder, not a pre-reminder",
            ));
        }
        if input.kind.is_post_due_demand() && input.as_of <= due {
            warnings.push(Warning::new(
                "not-yet-due",
                "no invoice is past its due date yet: a reminder cannot claim a delay",
            ));
        }
    }
    if figures.principal.0.is_zero() && input.kind.is_post_due_demand() {
        warnings.push(Warning::new(
            "nothing-outstanding",
            "the principal is fully paid: only penalties or the indemnity remain",
        ));
    }
    if input.kind == LetterKind::FormalNotice {
        for (i, inv) in input.invoices.iter().enumerate() {
            if inv.order_date.is_none() || !has(&inv.description) {
                warnings.push(Warning::new(
                    "delivery-details-missing",
                    format!("invoices[{i}]: give `orderDate`, `description` and `quantity` so the mise en demeure states the contract date and what was delivered"),
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
            format!(
                "a {} is better sent as a registered letter (mise en demeure) or a letter/e-mail; this {} version is a short companion message",
                input.kind.code(),
                input.channel.code()
            ),
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
                "`debtor.kind` does not match `regime`; the text follows the regime",
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
            format!(
                "the {} of {sent} gives the debtor until {runs_until}: a {} dated {} comes before that deadline has run out; date it {} or later",
                previous.code(),
                input.kind.code(),
                input.as_of,
                runs_until.succ()
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
    let public = input.regime == Regime::FrPublic;
    if !public {
        if input.invoices.iter().any(|i| i.chorus_pro_date.is_some()) {
            warnings.push(Warning::new(
                "ignored-field",
                "`invoices[].chorusProDate` is used for fr-public only; ignored",
            ));
        }
        return Ok(());
    }
    if let Some(RecipientKind::CommissaireDeJustice) = input.recipient.as_ref().map(|r| r.kind) {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "recipient.kind",
            "a public buyer's file goes to an avocat (kind \"avocat\"): no enforcement measure lies against a public body, and the claim belongs to the administrative judge (référé-provision, CJA R541-1), not to a commissaire de justice",
        ));
    }
    if input.kind == LetterKind::PaymentPlan {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "kind",
            "no payment plan for a public buyer: it pays through its public accountant and does not sign an acknowledgment of debt, and its interest runs of right until the principal is paid (CCP L2192-13, R2192-36); send a reminder or a mise en demeure",
        ));
    }
    for (i, inv) in input.invoices.iter().enumerate() {
        let Some(filed) = inv.chorus_pro_date else {
            continue;
        };
        if inv.due_date < filed.add_days(30)? {
            warnings.push(Warning::new(
                "payment-period-short",
                format!("invoices[{i}]: the due date {} is less than 30 days after the Chorus Pro filing on {filed}; the payment period (30 days for the State and local authorities, 50 for public hospitals, 60 for public enterprises: CCP R2192-10, R2192-11) runs from the receipt of the payment request (R2192-12), so no interest runs before its end", inv.due_date),
            ));
        }
    }
    if input.kind.is_post_due_demand() && figures.demanded.0.is_zero() && !figures.total.0.is_zero()
    {
        warnings.push(Warning::new(
            "accessories-not-yet-payable",
            "the principal is paid: a public buyer pays the interest and indemnity within 45 days of paying the principal (CCP R2192-36), so nothing can be demanded yet",
        ));
    }
    Ok(())
}
