//! The pauses of each invoice (dispute, promise, payment plan, lifecycle statuses) built from
//! the events, with their reasons.

use super::*;

pub(super) fn kind_name(kind: EventType) -> &'static str {
    match kind {
        EventType::DisputeOpened => "dispute-opened",
        EventType::DisputeResolved => "dispute-resolved",
        EventType::Promise => "promise",
        EventType::PlanAgreed => "plan-agreed",
        EventType::Contact => "contact",
        EventType::Lifecycle => "lifecycle",
    }
}

/// Builds each invoice's pauses from the events (in date order, input order on ties), their
/// reasons in `lang`.
pub(super) fn pauses(
    input: &DunningPlanInput,
    pol: &policy::Resolved,
    lang: Lang,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Vec<Pause>>> {
    let n = input.invoices.len();
    let mut out: Vec<Vec<Pause>> = vec![Vec::new(); n];
    let mut open: Vec<Option<(IsoDate, String)>> = vec![None; n];
    let mut order: Vec<(usize, &Event)> = input
        .events
        .as_deref()
        .unwrap_or_default()
        .iter()
        .enumerate()
        .collect();
    crate::sort::stable_sort_by_key(&mut order, |(i, e)| (e.date, *i));
    let as_of = input.as_of;
    for (ei, e) in order {
        let set = invoice_set(
            &e.invoice_ids,
            &input.invoices,
            &format!("events[{ei}].invoiceIds"),
        )?;
        match e.kind {
            EventType::DisputeOpened => {
                for &i in &set {
                    if let Some(slot) = open.get_mut(i) {
                        if slot.is_none() {
                            let text = match e.reason.as_deref() {
                                Some(why) => msg::reason_dispute_opened_because(lang, e.date, why),
                                None => msg::reason_dispute_opened(lang, e.date),
                            };
                            *slot = Some((e.date, text));
                        }
                    }
                }
            }
            EventType::DisputeResolved => {
                let targets: Vec<usize> = if e.invoice_ids.is_some() {
                    set.clone()
                } else {
                    (0..n)
                        .filter(|i| open.get(*i).is_some_and(Option::is_some))
                        .collect()
                };
                if targets.is_empty() {
                    return Err(bad(
                        format!("events[{ei}].type"),
                        Text::of(&msg::plan_no_open_dispute),
                    ));
                }
                for i in targets {
                    let Some((from, label)) = open.get_mut(i).and_then(Option::take) else {
                        let id = input
                            .invoices
                            .get(i)
                            .map(|v| v.id.as_str())
                            .unwrap_or_default();
                        return Err(bad(
                            format!("events[{ei}].type"),
                            Text::of(&|l| msg::plan_no_open_dispute_on(l, id)),
                        ));
                    };
                    if let Some(list) = out.get_mut(i) {
                        list.push(Pause {
                            kind: PauseKind::Dispute,
                            from,
                            until: Some(e.date),
                            jump: None,
                            label: Reason::new(
                                "dispute-resolved",
                                msg::reason_dispute_resolved(lang, &label, e.date),
                            ),
                        });
                    }
                }
            }
            EventType::Promise => {
                let until = e.until.unwrap_or(e.date);
                let window_end = until.add_days(pol.promise_grace)?;
                let settled = window_end < as_of;
                let paid: Decimal = set
                    .iter()
                    .filter_map(|&i| input.invoices.get(i))
                    .map(|inv| paid_between(inv, e.date, window_end, as_of))
                    .sum();
                let all_paid = set
                    .iter()
                    .filter_map(|&i| input.invoices.get(i))
                    .all(|inv| paid_on(inv, as_of).is_some_and(|d| d <= window_end));
                let kept = match e.amount {
                    Some(a) => paid >= a.0,
                    None => all_paid,
                };
                let (jump, label) = if settled && kept {
                    (
                        None,
                        Reason::new("promise-kept", msg::reason_promise_kept(lang, e.date)),
                    )
                } else if settled {
                    (
                        pol.on_broken_promise,
                        Reason::new(
                            "promise-broken",
                            msg::reason_promise_broken(lang, e.date, until),
                        ),
                    )
                } else {
                    (
                        pol.on_broken_promise,
                        Reason::new(
                            "promise-running",
                            msg::reason_promise_running(lang, until, window_end),
                        ),
                    )
                };
                for &i in &set {
                    if let Some(list) = out.get_mut(i) {
                        list.push(Pause {
                            kind: PauseKind::Promise,
                            from: e.date,
                            until: Some(window_end.succ()),
                            jump,
                            label: label.clone(),
                        });
                    }
                }
            }
            EventType::PlanAgreed => {
                let list = e.instalments.as_deref().unwrap_or_default();
                let mut owed = Decimal::ZERO;
                let mut end = e.date;
                let mut missed = None;
                let mut pending = false;
                for inst in list {
                    owed = money::add(owed, inst.amount.0)?;
                    let check = inst.date.add_days(pol.instalment_grace)?;
                    end = check;
                    if check >= as_of {
                        pending = true;
                        break;
                    }
                    let paid: Decimal = set
                        .iter()
                        .filter_map(|&i| input.invoices.get(i))
                        .map(|inv| paid_between(inv, e.date, check, as_of))
                        .sum();
                    if paid < owed {
                        missed = Some(inst.date);
                        break;
                    }
                }
                let last_check = match list.last() {
                    Some(l) => l.date.add_days(pol.instalment_grace)?,
                    None => e.date,
                };
                let (until, jump, label) = match missed {
                    Some(d) => (
                        end.succ(),
                        pol.on_missed_instalment,
                        Reason::new(
                            "instalment-missed",
                            msg::reason_instalment_missed(lang, e.date, d),
                        ),
                    ),
                    None if pending => (
                        last_check.succ(),
                        pol.on_missed_instalment,
                        Reason::new(
                            "plan-running",
                            msg::reason_plan_running(lang, e.date, last_check),
                        ),
                    ),
                    None => (
                        last_check.succ(),
                        None,
                        Reason::new("plan-honoured", msg::reason_plan_honoured(lang, e.date)),
                    ),
                };
                for &i in &set {
                    if let Some(list) = out.get_mut(i) {
                        list.push(Pause {
                            kind: PauseKind::Plan,
                            from: e.date,
                            until: Some(until),
                            jump,
                            label: label.clone(),
                        });
                    }
                }
            }
            EventType::Contact => {
                if e.outcome == Some(ContactOutcome::Disagreement)
                    && set
                        .iter()
                        .any(|i| open.get(*i).is_some_and(Option::is_none))
                {
                    warnings.push(Warning::new(
                        "contact-disagreement",
                        msg::plan_contact_disagreement(lang, e.date),
                    ));
                }
            }
            // Rewritten into the events above by `lifecycle::apply` before this runs.
            EventType::Lifecycle => {}
        }
    }
    for (i, slot) in open.into_iter().enumerate() {
        if let (Some((from, label)), Some(list)) = (slot, out.get_mut(i)) {
            list.push(Pause {
                kind: PauseKind::Dispute,
                from,
                until: None,
                jump: None,
                label: Reason::new("dispute-open", label),
            });
        }
    }
    Ok(out)
}
