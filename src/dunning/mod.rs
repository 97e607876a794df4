//! Dunning: escalation policy (data), the pure planning engine, and the default French ladders.
//!
//! [`dunning_plan`] takes one debtor, its invoices, the steps already carried out (`history`)
//! and what happened (`events`), and returns the whole timeline: what was done, what is due
//! now (on or before `asOf`), what is planned, skipped or paused, with the amounts owed per
//! invoice (from [`late_fees`](crate::regime::late_fees())) and warnings. It needs no clock and
//! keeps no state: the app stores the history and passes it in, so running the plan twice
//! never sends a step twice.
//!
//! # Default ladders (offsets in calendar days from the due date D)
//!
//! | step              | fr-b2b            | fr-b2c            | fr-public          | channels                 |
//! |-------------------|-------------------|-------------------|--------------------|--------------------------|
//! | `pre-reminder`    | D−7               | D−5               | D−7                | email                    |
//! | `reminder`        | D+1               | D+3               | D+1                | email                    |
//! | `phone-call`      | D+5               | D+10              | D+7                | phone                    |
//! | `second-reminder` | D+15 (40 € stated)| D+21 (no fees)    | D+15 (40 € stated) | email + letter           |
//! | `final-notice`    | D+25, 8 days      | D+35, 8 days      | D+30, 8 days       | email + letter           |
//! | `formal-notice`   | D+34, 8 days      | D+44, 15 days     | D+39, 15 days      | registered letter + email|
//! | `recovery`        | D+43              | D+60              | D+55               | (recommendation)         |
//!
//! The formal notice's offset is the day after the final notice's deadline, and recovery the
//! day after the formal notice's; a late or shifted step pushes them (see below). For a
//! consumer no step claims the 40 € or recovery costs (CPCE L111-8), and only the mise en
//! demeure states interest, since legal interest runs from it (C. civ. 1231-6, 1344-1). For a
//! public buyer interest and the 40 € are owed of right from the end of the payment period
//! (CCP L2192-13), so the first reminder says so. Broken promises and missed instalments
//! resume the built-in ladders at the final notice.
//!
//! # Scheduling decisions
//!
//! - A step's earliest date is D + offset (+ the *shift*, below), and never before the day
//!   after the previous step of the invoice, nor before the day after the latest deadline any
//!   step of the invoice gave (no escalation while the debtor's deadline runs, whatever the
//!   history says: a call logged after a final notice does not let the mise en demeure in
//!   early). A history that already escalated inside such a deadline gives the warning
//!   `history-step-before-deadline`, naming both steps. The sending date moves to the next
//!   working day of the calendar; deadlines are counted with CPC 641/642 from the sending
//!   date, or for a step sent by registered letter from its first presentation, estimated as
//!   the sending date + `policy.deliveryDays` working days (default 3; CPC 668–669: a
//!   notification dates, for its addressee, from its receipt). A consumer's legal interest
//!   runs from that presentation too.
//! - **Catch-up**: a step whose date has passed unsent is due at `asOf` (the next working day
//!   when `asOf` is not one), and every later step keeps its spacing from it (the shift grows
//!   by the delay). This is the same rule whether the history is empty or a run was missed, so
//!   the first message to a debtor is always the first applicable step. With `catchUp:
//!   "latest"` the latest step whose date has passed is due instead (the steps between are
//!   skipped), which may make a mise en demeure the first message. A pre-due step (negative
//!   offset) is skipped once its sending date would not be before the due date.
//! - **One debtor, one conversation**: contacts are placed in date order. Two contacts are at
//!   least `minGapDays` apart (default 3); a step falling inside the gap moves to the first
//!   working day after it (this delay does not move the later steps). When planning ahead,
//!   steps of other invoices ready within the gap after the earliest one wait for the latest
//!   of them and all go together (unless waiting would fall into a pause, or take a
//!   pre-reminder to the due date); what is due at `asOf` goes at once. So one communication
//!   per date lists every invoice, each with its own step. A day on which something was
//!   already sent (history, `contact` event) takes nothing more. The `recovery` step is a
//!   recommendation to the creditor, not a contact.
//! - **Pauses** (per invoice): `dispute-opened` holds the invoice's ladder until
//!   `dispute-resolved` (interest still accrues, a warning says so). A `promise` holds it from
//!   its date until `until` + `promiseGraceDays` (default 3); it is kept if the payments
//!   received in that window reach `amount` (or pay the invoices off); a broken promise resumes
//!   the ladder at `onBrokenPromise` when that is later than the next step. `plan-agreed`
//!   holds it while each instalment is honoured (cumulative payments since the agreement, at
//!   the instalment date + `instalmentGraceDays`); the first missed instalment resumes at
//!   `onMissedInstalment`. When a promise or plan is still running at `asOf`, the steps after
//!   it are planned as if it fails (if it succeeds the invoice is paid and they vanish). After
//!   any pause the later steps keep their spacing from the resumption date.
//! - **Payments**: once payments dated on or before `asOf` cover the amount, the invoice's
//!   remaining steps are skipped (the penalties may still be claimed: see `totals`). A partial
//!   payment leaves the ladder running on the balance.
//! - A `contact` event counts as a contact for the gap. A `disagreement` outcome with no
//!   dispute recorded gives a warning.
//! - **Status**: per invoice, `paid`, `not-due`, `disputed`, `promised`, `payment-plan` (a
//!   pause running at `asOf`), then `recovery`, `formal-notice` (by the most advanced step
//!   done or due) or `dunning`. The debtor's status is the most advanced of its unpaid invoices
//!   (`paid` when all are paid).
//! - **Prescription**: 5 years from the due date between professionals (C. com. L110-4), 2
//!   years against a consumer (C. conso. L218-2), both restarted by a part payment (an
//!   acknowledgment, C. civ. 2240). Against a public buyer, the déchéance quadriennale (loi
//!   68-1250, art. 1 and 2; not covered by `reference/france-law.md`): 4 years from 1 January
//!   after the due date, restarted by any written claim
//!   (a step sent in writing) or payment. A warning comes 6 months before; it always says that
//!   a mise en demeure does not interrupt prescription (Cass. com. 18 May 2022, n° 20-23.204).
//! - **Recovery routes**: fr-b2b and fr-b2c: the procédure simplifiée (CPCE L125-1) by a
//!   commissaire de justice first when principal and interest outstanding are at most 5 000 €
//!   (R125-1 as summarised by acta.fr; exactly 5 000 € is an unverified edge; it needs the
//!   debtor's agreement; its costs stay with the creditor), otherwise the injonction de payer
//!   (tribunal de commerce against a business, tribunal judiciaire against a consumer); the
//!   référé-provision (flagged as less suited once a dispute was recorded); a collection
//!   agency. fr-public: the
//!   public accountant, then the référé-provision before the administrative judge (no
//!   enforcement against public property).

mod engine;
pub mod lifecycle;
mod pauses;
pub mod policy;
mod recovery;
pub mod types;
mod validate;

use pauses::*;
pub use policy::{default_policy, CatchUp, Channel, Policy, PolicyRequest, Step, StepKind};
use recovery::*;
pub use types::*;
use validate::*;

use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{dunning as msg, Text};
use crate::money::{self, Money};
use crate::regime::{late_fees_figures, InvoiceTerms, LateFeesInput, Regime};
use crate::warning::Warning;
use engine::{Item, Pause, PauseKind, Reason, Scheduler, Track};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A history entry resolved: date, input index, step index, invoices, channel used.
type Done = (IsoDate, usize, usize, Vec<usize>, Option<Channel>);
/// Timeline grouping key: date, step index, state, reason.
type GroupKey = (Option<IsoDate>, usize, StepState, Option<Reason>);

/// Payments on invoice `i` dated in `[from, to]` (and on or before `asOf`).
fn paid_between(inv: &DunningInvoice, from: IsoDate, to: IsoDate, as_of: IsoDate) -> Decimal {
    inv.payments
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter(|p| p.date >= from && p.date <= to && p.date <= as_of)
        .map(|p| p.amount.0)
        .sum()
}

/// The first day the payments (on or before `asOf`) cover the amount.
fn paid_on(inv: &DunningInvoice, as_of: IsoDate) -> Option<IsoDate> {
    let mut payments: Vec<_> = inv
        .payments
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter(|p| p.date <= as_of)
        .collect();
    crate::sort::stable_sort_by_key(&mut payments, |p| p.date);
    let mut sum = Decimal::ZERO;
    for p in payments {
        sum += p.amount.0;
        if sum >= inv.amount.0 {
            return Some(p.date);
        }
    }
    None
}

/// Plans the dunning of one debtor's invoices at `asOf`. See the module docs for the rules.
///
/// ```
/// use relance::dunning::{dunning_plan, DunningPlanInput};
/// let input: DunningPlanInput = relance::error::deserialize(&mut serde_json::Deserializer::from_str(r#"{
///     "regime": "fr-b2b", "asOf": "2026-03-17",
///     "debtor": { "id": "D1", "name": "Dupont SARL", "kind": "business" },
///     "invoices": [{ "id": "F1", "number": "FA-2026-001", "dueDate": "2026-03-16", "amount": "1200" }],
///     "history": [{ "date": "2026-03-09", "step": "pre-reminder" }]
/// }"#)).unwrap();
/// let plan = dunning_plan(&input).unwrap();
/// assert_eq!(plan.due[0].steps[0].step, "reminder");
/// assert_eq!(plan.next.unwrap().date.to_string(), "2026-03-23"); // phone call, Sat 21 → Mon 23
/// ```
///
/// Errors: `inconsistent-input` with the field path for unknown invoice ids or step ids,
/// history or events after `asOf`, an invalid policy; `missing-field` for an event without
/// the data its type needs; `invalid-period` for an absurd offset, gap or deadline; the errors
/// of `lateFees` for an invoice (with `invoices[i]` in their path).
pub fn dunning_plan(input: &DunningPlanInput) -> Result<DunningPlanResult> {
    plan(input, MAX_INVOICES)
}

/// [`dunning_plan`] for a debtor with up to `max_invoices` invoices: the aged balance plans
/// every debtor of a portfolio, however many invoices one of them has.
pub(crate) fn plan(input: &DunningPlanInput, max_invoices: usize) -> Result<DunningPlanResult> {
    validate(input, max_invoices)?;
    let lang = Lang::or_default(input.lang);
    let mut warnings = Vec::new();
    let rewritten = lifecycle::apply(input, lang, &mut warnings)?;
    let input = rewritten.as_ref().unwrap_or(input);
    let consumer = input.regime == Regime::FrB2c || input.debtor.kind == DebtorKind::Consumer;
    let expected = match input.debtor.kind {
        DebtorKind::Business => Regime::FrB2b,
        DebtorKind::Consumer => Regime::FrB2c,
        DebtorKind::Public => Regime::FrPublic,
    };
    if expected != input.regime {
        warnings.push(Warning::new(
            "regime-kind-mismatch",
            msg::plan_regime_kind_mismatch(lang),
        ));
    }
    let policy = input
        .policy
        .clone()
        .unwrap_or_else(|| default_policy(input.regime, lang));
    let pol = policy::resolve(&policy, consumer, lang, &mut warnings)?;
    let calendar = input.calendar.unwrap_or_default();
    let as_of = input.as_of;
    let invoices = &input.invoices;
    let pauses = pauses(input, &pol, lang, &mut warnings)?;

    let sched = Scheduler {
        policy: &pol,
        invoices,
        as_of,
        calendar,
        lang,
        working_days: Default::default(),
    };

    // History: timeline entries, contacts, and each invoice's progress.
    let mut tracks: Vec<Track> = invoices
        .iter()
        .zip(pauses)
        .enumerate()
        .map(|(index, (inv, pauses))| Track {
            index,
            next: 0,
            prev: None,
            shift: 0,
            paid_on: paid_on(inv, as_of),
            pauses,
            finished: false,
        })
        .collect();
    let mut contacts: BTreeMap<IsoDate, bool> = BTreeMap::new();
    let mut done: Vec<Done> = Vec::new();
    let mut history: Vec<(usize, &HistoryEntry)> = input
        .history
        .as_deref()
        .unwrap_or_default()
        .iter()
        .enumerate()
        .collect();
    crate::sort::stable_sort_by_key(&mut history, |(i, h)| (h.date, *i));
    let mut notice_dates: Vec<Option<IsoDate>> = vec![None; invoices.len()];
    // Per invoice: the last final notice or mise en demeure done and the day its deadline runs
    // out, to spot a history that escalated while the debtor's deadline ran.
    let mut escalation: Vec<Option<(String, IsoDate)>> = vec![None; invoices.len()];
    let escalates = |k: StepKind| matches!(k, StepKind::FormalNotice | StepKind::Recovery);
    let mut written: Vec<Option<IsoDate>> = vec![None; invoices.len()];
    for (hi, h) in &history {
        let k = pol
            .steps
            .iter()
            .position(|s| s.id == h.step)
            .ok_or_else(|| {
                bad(
                    format!("history[{hi}].step"),
                    Text::of(&|l| msg::policy_no_such_step(l, &h.step)),
                )
            })?;
        let set = invoice_set(
            &h.invoice_ids,
            invoices,
            &format!("history[{hi}].invoiceIds"),
        )?;
        let step = pol.steps.get(k).ok_or_else(|| {
            engine::internal("step-index").moved_to(format!("history[{hi}].step"))
        })?;
        if step.kind != StepKind::Recovery {
            contacts.insert(h.date, true);
        }
        let dl = sched.step_deadline(k, h.date)?;
        let mut broken: Option<String> = None;
        for &i in &set {
            let (Some(t), Some(inv)) = (tracks.get_mut(i), invoices.get(i)) else {
                continue;
            };
            if k + 1 > t.next {
                t.next = k + 1;
            }
            // The latest step sent, and the latest deadline any step gave: a later minor
            // contact (a call) must not let the next step in before that deadline.
            let running = t.prev.and_then(|(_, d)| d).max(dl);
            if let Some((first, until)) = escalation.get(i).and_then(|e| e.as_ref()) {
                if escalates(step.kind) && h.date <= *until && broken.is_none() {
                    broken = Some(msg::plan_history_step_before_deadline(
                        lang, &step.id, h.date, first, *until,
                    ));
                }
            }
            if matches!(step.kind, StepKind::FinalNotice | StepKind::FormalNotice) {
                if let (Some(slot), Some(until)) = (escalation.get_mut(i), dl) {
                    *slot = Some((step.id.clone(), until));
                }
            }
            t.prev = Some((h.date, running));
            let nominal = inv.due_date.add_days(step.offset_days)?;
            t.shift = t.shift.max(nominal.days_until(h.date));
            if step.kind == StepKind::FormalNotice {
                if let Some(slot) = notice_dates.get_mut(i) {
                    // Legal interest runs from the notice's receipt (C. civ. 1344-1).
                    slot.get_or_insert(sched.received(k, h.date)?);
                }
            }
            if !matches!(h.channel, Some(Channel::Phone))
                && step.channels.iter().any(|c| *c != Channel::Phone)
            {
                if let Some(slot) = written.get_mut(i) {
                    *slot = Some(h.date);
                }
            }
        }
        if let Some(message) = broken {
            warnings.push(Warning::new("history-step-before-deadline", message));
        }
        done.push((h.date, *hi, k, set, h.channel));
    }
    for e in input.events.as_deref().unwrap_or_default() {
        if e.kind == EventType::Contact {
            contacts.entry(e.date).or_insert(true);
        }
    }
    // Steps before the furthest one done for an invoice were passed over.
    let mut items: Vec<Item> = Vec::new();
    for (i, t) in tracks.iter().enumerate() {
        for k in 0..t.next {
            let is_done = done
                .iter()
                .any(|(_, _, dk, set, _)| *dk == k && set.contains(&i));
            if !is_done {
                items.push(Item {
                    invoice: i,
                    step: k,
                    state: StepState::Skipped,
                    date: None,
                    deadline: None,
                    reason: Some(Reason::new(
                        "later-step-sent",
                        msg::reason_later_step_sent(lang),
                    )),
                });
            }
        }
    }
    sched.run(&mut tracks, &mut contacts, &mut items)?;

    // Timeline.
    let ids = |set: &[usize]| -> Vec<String> {
        set.iter()
            .filter_map(|&i| invoices.get(i).map(|v| v.id.clone()))
            .collect()
    };
    let mut timeline: Vec<(usize, TimelineEntry)> = Vec::new();
    for (date, _, k, set, channel) in &done {
        let Some(step) = pol.steps.get(*k) else {
            continue;
        };
        let entry = TimelineEntry {
            step: step.id.clone(),
            kind: step.kind,
            state: StepState::Done,
            date: Some(*date),
            channels: channel.map_or_else(|| step.channels.clone(), |c| vec![c]),
            deadline: sched.step_deadline(*k, *date)?,
            invoice_ids: ids(set),
            reason_code: None,
            reason: None,
        };
        timeline.push((*k, entry));
    }
    let mut grouped: BTreeMap<GroupKey, Vec<usize>> = BTreeMap::new();
    let mut deadlines: BTreeMap<(Option<IsoDate>, usize), Option<IsoDate>> = BTreeMap::new();
    for it in &items {
        grouped
            .entry((it.date, it.step, it.state, it.reason.clone()))
            .or_default()
            .push(it.invoice);
        deadlines.insert((it.date, it.step), it.deadline);
    }
    for ((date, k, state, reason), mut set) in grouped {
        let Some(step) = pol.steps.get(k) else {
            continue;
        };
        crate::sort::stable_sort_by_key(&mut set, |i| *i);
        set.dedup();
        timeline.push((
            k,
            TimelineEntry {
                step: step.id.clone(),
                kind: step.kind,
                state,
                date,
                channels: step.channels.clone(),
                deadline: deadlines.get(&(date, k)).copied().flatten(),
                invoice_ids: ids(&set),
                reason_code: reason.as_ref().map(|r| r.code.to_owned()),
                reason: reason.map(|r| r.text),
            },
        ));
    }
    crate::sort::stable_sort_by(&mut timeline, |(ka, a), (kb, b)| {
        let key = |e: &TimelineEntry| e.date.map_or((1, None), |d| (0, Some(d)));
        key(a)
            .cmp(&key(b))
            .then(ka.cmp(kb))
            .then(a.state.cmp(&b.state))
    });
    let timeline: Vec<TimelineEntry> = timeline.into_iter().map(|(_, e)| e).collect();

    // Communications.
    let communication = |date: IsoDate, states: &[StepState]| -> Option<Communication> {
        let entries: Vec<&TimelineEntry> = timeline
            .iter()
            .filter(|e| e.date == Some(date) && states.contains(&e.state))
            .collect();
        if entries.is_empty() {
            return None;
        }
        let mut channels: Vec<Channel> = entries
            .iter()
            .flat_map(|e| e.channels.iter().copied())
            .collect();
        crate::sort::stable_sort_by_key(&mut channels, |c| *c);
        channels.dedup();
        let mut inv_ids: Vec<usize> = Vec::new();
        for e in &entries {
            for id in &e.invoice_ids {
                if let Some(i) = invoices.iter().position(|v| &v.id == id) {
                    inv_ids.push(i);
                }
            }
        }
        crate::sort::stable_sort_by_key(&mut inv_ids, |i| *i);
        inv_ids.dedup();
        Some(Communication {
            date,
            channels,
            steps: entries
                .iter()
                .map(|e| CommunicationStep {
                    step: e.step.clone(),
                    kind: e.kind,
                    channels: e.channels.clone(),
                    deadline: e.deadline,
                    invoice_ids: e.invoice_ids.clone(),
                })
                .collect(),
            invoice_ids: ids(&inv_ids),
        })
    };
    let mut due_dates: Vec<IsoDate> = timeline
        .iter()
        .filter(|e| e.state == StepState::Due)
        .filter_map(|e| e.date)
        .collect();
    due_dates.dedup();
    let due: Vec<Communication> = due_dates
        .iter()
        .filter_map(|d| communication(*d, &[StepState::Due]))
        .collect();
    let next = timeline
        .iter()
        .filter(|e| matches!(e.state, StepState::Planned | StepState::Paused))
        .filter_map(|e| e.date)
        .filter(|d| *d > as_of)
        .min()
        .and_then(|d| communication(d, &[StepState::Planned, StepState::Paused]));

    // Amounts, status, prescription.
    let mut summaries = Vec::with_capacity(invoices.len());
    let mut totals = [Decimal::ZERO; 4];
    let mut disputed_ever = false;
    for (i, inv) in invoices.iter().enumerate() {
        let t = tracks
            .get(i)
            .ok_or_else(|| engine::internal("track-index"))?;
        let fees_input = LateFeesInput {
            lang: Some(lang),
            ..LateFeesInput::for_invoice(
                input.regime,
                inv.amount,
                inv.due_date,
                as_of,
                inv.payments.clone(),
                InvoiceTerms {
                    contract_rate: inv.contract_rate,
                    creditor: None,
                    notice_date: notice_dates.get(i).copied().flatten(),
                },
            )
        };
        let (fees, fee_warnings) = late_fees_figures(&fees_input).map_err(|e| {
            match e.field().map(|f| format!("invoices[{i}].{f}")) {
                Some(f) => e.moved_to(f),
                None => e.or_field(&format!("invoices[{i}]")),
            }
        })?;
        for w in fee_warnings {
            if w.code == "formal-notice-required" && t.paid_on.is_none() {
                warnings.push(Warning::new(
                    "interest-from-formal-notice",
                    msg::plan_interest_from_formal_notice(lang, &inv.number),
                ));
            } else if w.code != "formal-notice-required" {
                warnings.push(Warning::new(
                    &w.code,
                    msg::plan_invoice_warning(lang, &inv.number, &w.message),
                ));
            }
        }
        let running = t
            .pauses
            .iter()
            .filter(|p| p.from <= as_of && p.until.is_none_or(|u| as_of < u))
            .map(|p| p.kind)
            .next();
        if t.pauses.iter().any(|p| p.kind == PauseKind::Dispute) {
            disputed_ever = true;
        }
        let reached = |kind: StepKind| {
            timeline.iter().any(|e| {
                e.kind == kind
                    && matches!(e.state, StepState::Done | StepState::Due)
                    && e.invoice_ids.contains(&inv.id)
            })
        };
        let status = if t.paid_on.is_some() {
            DunningStatus::Paid
        } else if let Some(kind) = running {
            match kind {
                PauseKind::Dispute => DunningStatus::Disputed,
                PauseKind::Promise => DunningStatus::Promised,
                PauseKind::Plan => DunningStatus::PaymentPlan,
            }
        } else if reached(StepKind::Recovery) {
            DunningStatus::Recovery
        } else if reached(StepKind::FormalNotice) {
            DunningStatus::FormalNotice
        } else if as_of > inv.due_date {
            DunningStatus::Dunning
        } else {
            DunningStatus::NotDue
        };
        if running == Some(PauseKind::Dispute) {
            warnings.push(Warning::new(
                "interest-accrues-during-dispute",
                msg::plan_interest_accrues_during_dispute(lang, &inv.number),
            ));
        }
        if t.paid_on.is_some() && fees.total_due > Decimal::ZERO {
            warnings.push(Warning::new(
                "balance-after-payment",
                msg::plan_balance_after_payment(lang, &inv.number, Money(fees.total_due)),
            ));
        }
        let prescription = prescription_date(input, inv, written.get(i).copied().flatten())?;
        if status != DunningStatus::Paid {
            prescription_warning(input, inv, prescription, consumer, lang, &mut warnings)?;
        }
        let values = [
            fees.principal_outstanding,
            fees.interest_outstanding,
            fees.compensation,
            fees.total_due,
        ];
        for (sum, v) in totals.iter_mut().zip(values) {
            *sum = money::add(*sum, v)?;
        }
        summaries.push(InvoiceSummary {
            id: inv.id.clone(),
            number: inv.number.clone(),
            status,
            due_date: inv.due_date,
            days_late: inv.due_date.days_until(as_of).max(0),
            principal_outstanding: Money(fees.principal_outstanding),
            interest_outstanding: Money(fees.interest_outstanding),
            compensation: Money(fees.compensation),
            total_due: Money(fees.total_due),
            prescription_date: prescription,
        });
    }
    let unpaid: Vec<DunningStatus> = summaries
        .iter()
        .map(|s| s.status)
        .filter(|s| *s != DunningStatus::Paid)
        .collect();
    let status = unpaid.iter().copied().max().unwrap_or(DunningStatus::Paid);
    let [principal, interest, compensation, total] = totals;
    let claim = money::add(principal, interest)?;
    let recovery = recovery_routes(input.regime, input.debtor.kind, claim, disputed_ever, lang);
    Ok(DunningPlanResult {
        debtor_id: input.debtor.id.clone(),
        status,
        policy: pol.name.clone(),
        timeline,
        due,
        next,
        invoices: summaries,
        totals: Totals {
            principal_outstanding: Money(principal),
            interest_outstanding: Money(interest),
            compensation: Money(compensation),
            total_due: Money(total),
        },
        recovery,
        warnings,
    })
}
