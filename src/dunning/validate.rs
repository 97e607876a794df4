//! The checks of a dunning-plan input: limits, ids, dates, history and events, before any
//! planning.

use super::*;

pub(super) const MAX_INVOICES: usize = 500;
pub(super) const MAX_HISTORY: usize = 5000;
pub(super) const MAX_EVENTS: usize = 1000;
pub(super) const MAX_INSTALMENTS: usize = 360;

pub(super) fn bad(field: String, message: Text) -> Error {
    Error::at(ErrorKind::InconsistentInput, field, message)
}

/// Resolves `invoiceIds` (omitted: all) to indices, with the field path of a bad id.
pub(super) fn invoice_set(
    ids: &Option<Vec<String>>,
    invoices: &[DunningInvoice],
    field: &str,
) -> Result<Vec<usize>> {
    match ids {
        None => Ok((0..invoices.len()).collect()),
        Some(ids) => {
            if ids.is_empty() {
                return Err(bad(
                    field.to_owned(),
                    Text::of(&msg::plan_empty_invoice_ids),
                ));
            }
            let mut out = Vec::with_capacity(ids.len());
            for (j, id) in ids.iter().enumerate() {
                let i = invoices
                    .iter()
                    .position(|inv| &inv.id == id)
                    .ok_or_else(|| {
                        bad(
                            format!("{field}[{j}]"),
                            Text::of(&|l| msg::plan_no_such_invoice(l, id)),
                        )
                    })?;
                if !out.contains(&i) {
                    out.push(i);
                }
            }
            crate::sort::stable_sort_by_key(&mut out, |i| *i);
            Ok(out)
        }
    }
}

/// The first invoice (by position) whose id an earlier invoice already uses: one sort, not a
/// comparison of every pair (a portfolio debtor can have thousands of invoices).
pub(super) fn first_duplicate_id(invoices: &[DunningInvoice]) -> Option<usize> {
    let mut ids: Vec<(&str, usize)> = invoices
        .iter()
        .enumerate()
        .map(|(i, inv)| (inv.id.as_str(), i))
        .collect();
    // Stable: equal ids keep their positions in order, so each pair's second is the later one.
    crate::sort::stable_sort_by_key(&mut ids, |(id, _)| *id);
    ids.windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[1].1)
        .min()
}

pub(super) fn validate(input: &DunningPlanInput, max_invoices: usize) -> Result<()> {
    if input.invoices.is_empty() || input.invoices.len() > max_invoices {
        return Err(bad(
            "invoices".into(),
            Text::of(&|l| msg::plan_invoice_count(l, max_invoices)),
        ));
    }
    let duplicate = first_duplicate_id(&input.invoices);
    for (i, inv) in input.invoices.iter().enumerate() {
        if duplicate == Some(i) {
            return Err(bad(
                format!("invoices[{i}].id"),
                Text::of(&|l| msg::plan_invoice_id_twice(l, &inv.id)),
            ));
        }
        if inv.issue_date.is_some_and(|d| d > inv.due_date) {
            return Err(bad(
                format!("invoices[{i}].dueDate"),
                Text::of(&msg::plan_due_before_issue),
            ));
        }
    }
    let history = input.history.as_deref().unwrap_or_default();
    if history.len() > MAX_HISTORY {
        return Err(bad(
            "history".into(),
            Text::of(&|l| msg::plan_too_much_history(l, MAX_HISTORY)),
        ));
    }
    for (i, h) in history.iter().enumerate() {
        if h.date > input.as_of {
            return Err(bad(
                format!("history[{i}].date"),
                Text::of(&|l| msg::plan_history_after_as_of(l, h.date, input.as_of)),
            ));
        }
    }
    let events = input.events.as_deref().unwrap_or_default();
    if events.len() > MAX_EVENTS {
        return Err(bad(
            "events".into(),
            Text::of(&|l| msg::plan_too_many_events(l, MAX_EVENTS)),
        ));
    }
    for (i, e) in events.iter().enumerate() {
        let at = |f: &str| format!("events[{i}].{f}");
        if e.date > input.as_of {
            return Err(bad(
                at("date"),
                Text::of(&|l| msg::plan_event_after_as_of(l, e.date, input.as_of)),
            ));
        }
        invoice_set(&e.invoice_ids, &input.invoices, &at("invoiceIds"))?;
        let allowed: &[&str] = match e.kind {
            EventType::DisputeOpened | EventType::DisputeResolved => &[],
            EventType::Promise => &["until", "amount"],
            EventType::PlanAgreed => &["instalments"],
            EventType::Contact => &["outcome"],
            EventType::Lifecycle => &["status", "amount"],
        };
        for (name, present) in [
            ("until", e.until.is_some()),
            ("amount", e.amount.is_some()),
            ("instalments", e.instalments.is_some()),
            ("outcome", e.outcome.is_some()),
            ("status", e.status.is_some()),
        ] {
            if present && !allowed.contains(&name) {
                return Err(bad(
                    at(name),
                    Text::of(&|l| msg::plan_field_not_for_event(l, name, kind_name(e.kind))),
                ));
            }
        }
        match e.kind {
            EventType::Promise => match e.until {
                None => {
                    return Err(Error::at(
                        ErrorKind::MissingField,
                        at("until"),
                        Text::of(&msg::plan_promise_needs_until),
                    ))
                }
                Some(u) if u < e.date => {
                    return Err(bad(at("until"), Text::of(&msg::plan_promise_before_event)))
                }
                _ => {}
            },
            EventType::PlanAgreed => {
                let list = e.instalments.as_deref().unwrap_or_default();
                if list.is_empty() || list.len() > MAX_INSTALMENTS {
                    return Err(bad(
                        at("instalments"),
                        Text::of(&|l| msg::plan_instalment_count(l, MAX_INSTALMENTS)),
                    ));
                }
                for (j, inst) in list.iter().enumerate() {
                    let before = j
                        .checked_sub(1)
                        .and_then(|p| list.get(p))
                        .map_or(e.date, |p| p.date);
                    if inst.date < before {
                        return Err(bad(
                            format!("events[{i}].instalments[{j}].date"),
                            Text::of(&msg::plan_instalments_out_of_order),
                        ));
                    }
                }
            }
            EventType::Lifecycle if e.status.is_none() => {
                return Err(Error::at(
                    ErrorKind::MissingField,
                    at("status"),
                    Text::of(&msg::plan_lifecycle_needs_status),
                ));
            }
            EventType::Contact if e.outcome.is_none() => {
                return Err(Error::at(
                    ErrorKind::MissingField,
                    at("outcome"),
                    Text::of(&msg::plan_contact_needs_outcome),
                ));
            }
            _ => {}
        }
    }
    Ok(())
}
