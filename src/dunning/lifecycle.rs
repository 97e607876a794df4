//! E-invoicing lifecycle statuses (the French 2026 reform) turned into the planner's events.
//!
//! Platforms exchange a status for each invoice. The reform makes four mandatory — 200
//! Déposée, 210 Refusée, 212 Encaissée, 213 Rejetée — and the others optional; their codes and
//! names are those of the external specifications (DGFiP "dossier de spécifications externes",
//! lifecycle statuses 200 to 214, as listed for instance by
//! https://docs.nomana-it.fr/fr/nomaubl/reference/status-codes/ and described by
//! https://guide-plateforme-agreee.fr/lexique/statuts-dune-facture-electronique).
//!
//! A `lifecycle` event carries one status, by code (`"210"`) or by name (`"refusee"`, accents
//! and case ignored), and becomes:
//!
//! | status | effect on the plan |
//! |---|---|
//! | 207 En litige, 210 Refusée | a dispute opens: the ladder pauses (interest still runs) |
//! | 208 Suspendue | a pause, like a dispute (the buyer waits for a document) |
//! | 205 Approuvée, 206 Approuvée partiellement, 209 Complétée | an open dispute or suspension ends: the ladder resumes |
//! | 212 Encaissée | a payment of `amount` on the event's date (default: the invoice amount less the payments already recorded); it is imputed like any payment, so penalties accrued come first (C. civ. 1343-1; principal first for a public buyer) and a small principal may stay claimable |
//! | 213 Rejetée | the invoice leaves the plan, with the warning `invoice-rejected`: it is not a valid invoice to chase |
//! | 200–204, 211, 214 | no effect (delivery and processing steps; 211 Paiement transmis is not yet a payment) |
//! | anything else | no effect, warning `lifecycle-status-unknown` |

use super::types::{DunningPlanInput, Event, EventType};
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{dunning as msg, Text};
use crate::money::{self, Amount};
use crate::regime::Payment;
use crate::warning::Warning;
use rust_decimal::Decimal;

/// What a status does to the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Effect {
    Dispute,
    Resume,
    Payment,
    Reject,
    None,
}

/// The status's code and effect, from its code or its name.
fn status(text: &str) -> Option<(u16, Effect)> {
    let key: String = text
        .trim()
        .chars()
        .filter_map(|c| match c {
            'é' | 'è' | 'ê' | 'É' | 'È' | 'Ê' => Some('e'),
            'à' | 'â' | 'À' => Some('a'),
            ' ' | '_' | '-' => None,
            c => Some(c.to_ascii_lowercase()),
        })
        .collect();
    const TABLE: &[(u16, &str, Effect)] = &[
        (200, "deposee", Effect::None),
        (201, "emiseparlaplateforme", Effect::None),
        (202, "recueparlaplateforme", Effect::None),
        (203, "miseadisposition", Effect::None),
        (204, "priseencharge", Effect::None),
        (205, "approuvee", Effect::Resume),
        (206, "approuveepartiellement", Effect::Resume),
        (207, "enlitige", Effect::Dispute),
        (208, "suspendue", Effect::Dispute),
        (209, "completee", Effect::Resume),
        (210, "refusee", Effect::Dispute),
        (211, "paiementtransmis", Effect::None),
        (212, "encaissee", Effect::Payment),
        (213, "rejetee", Effect::Reject),
        (214, "visee", Effect::None),
    ];
    TABLE
        .iter()
        .find(|(code, name, _)| key == *name || key == code.to_string())
        .map(|(code, _, effect)| (*code, *effect))
}

/// `input` with its `lifecycle` events replaced by the events, payments and removals they
/// mean; `None` when it has none. Warnings and the reasons of the events it writes are in
/// `lang`.
pub(crate) fn apply(
    input: &DunningPlanInput,
    lang: Lang,
    warnings: &mut Vec<Warning>,
) -> Result<Option<DunningPlanInput>> {
    let events = input.events.as_deref().unwrap_or_default();
    if !events.iter().any(|e| e.kind == EventType::Lifecycle) {
        return Ok(None);
    }
    let mut out = input.clone();
    let mut order: Vec<(usize, &Event)> = events.iter().enumerate().collect();
    crate::sort::stable_sort_by_key(&mut order, |(i, e)| (e.date, *i));
    let n = input.invoices.len();
    // Per invoice: a dispute or suspension is open (from any event, in date order).
    let mut open = vec![false; n];
    let mut rejected = vec![false; n];
    let mut kept: Vec<Event> = Vec::with_capacity(events.len());
    for (ei, e) in order {
        let ids: Vec<usize> = match &e.invoice_ids {
            None => (0..n).collect(),
            Some(list) => list
                .iter()
                .filter_map(|id| input.invoices.iter().position(|v| &v.id == id))
                .collect(),
        };
        match e.kind {
            EventType::DisputeOpened => ids.iter().for_each(|&i| set(&mut open, i, true)),
            EventType::DisputeResolved => ids.iter().for_each(|&i| set(&mut open, i, false)),
            _ => {}
        }
        if e.kind != EventType::Lifecycle {
            kept.push(e.clone());
            continue;
        }
        let text = e.status.as_deref().unwrap_or_default();
        let Some((code, effect)) = status(text) else {
            warnings.push(Warning::new(
                "lifecycle-status-unknown",
                msg::lifecycle_status_unknown(lang, ei, text),
            ));
            continue;
        };
        let why = match e.reason.as_deref() {
            Some(r) => msg::lifecycle_status_because(lang, u32::from(code), r),
            None => msg::lifecycle_status(lang, u32::from(code)),
        };
        let event = |kind: EventType, invoices: Vec<usize>| Event {
            kind,
            date: e.date,
            invoice_ids: Some(
                invoices
                    .iter()
                    .filter_map(|&i| input.invoices.get(i).map(|v| v.id.clone()))
                    .collect(),
            ),
            reason: Some(why.clone()),
            until: None,
            amount: None,
            instalments: None,
            outcome: None,
            status: None,
        };
        match effect {
            Effect::Dispute => {
                let new: Vec<usize> = ids
                    .iter()
                    .copied()
                    .filter(|&i| open.get(i) != Some(&true))
                    .collect();
                new.iter().for_each(|&i| set(&mut open, i, true));
                if !new.is_empty() {
                    kept.push(event(EventType::DisputeOpened, new));
                }
            }
            Effect::Resume => {
                let ended: Vec<usize> = ids
                    .iter()
                    .copied()
                    .filter(|&i| open.get(i) == Some(&true))
                    .collect();
                ended.iter().for_each(|&i| set(&mut open, i, false));
                if !ended.is_empty() {
                    kept.push(event(EventType::DisputeResolved, ended));
                }
            }
            Effect::Payment => {
                if e.amount.is_some() && ids.len() != 1 {
                    return Err(Error::at(
                        ErrorKind::InconsistentInput,
                        format!("events[{ei}].invoiceIds"),
                        Text::of(&msg::lifecycle_cashed_needs_one_invoice),
                    ));
                }
                for &i in &ids {
                    let Some(inv) = out.invoices.get_mut(i) else {
                        continue;
                    };
                    let payments = inv.payments.get_or_insert_with(Vec::new);
                    let amount = match e.amount {
                        Some(a) => a.0,
                        None => {
                            let mut paid = Decimal::ZERO;
                            for p in payments.iter().filter(|p| p.date <= e.date) {
                                paid = money::add(paid, p.amount.0)?;
                            }
                            (inv.amount.0 - paid).max(Decimal::ZERO)
                        }
                    };
                    if amount > Decimal::ZERO {
                        payments.push(Payment {
                            date: e.date,
                            amount: Amount(amount),
                        });
                    }
                }
            }
            Effect::Reject => ids.iter().for_each(|&i| set(&mut rejected, i, true)),
            Effect::None => {}
        }
    }
    if rejected.iter().any(|r| *r) {
        let gone: Vec<String> = input
            .invoices
            .iter()
            .zip(&rejected)
            .filter(|(_, r)| **r)
            .map(|(v, _)| v.id.clone())
            .collect();
        if gone.len() == n {
            return Err(Error::at(
                ErrorKind::InconsistentInput,
                "events",
                Text::of(&msg::lifecycle_every_invoice_rejected),
            ));
        }
        warnings.push(Warning::new(
            "invoice-rejected",
            msg::lifecycle_invoice_rejected(lang, &gone.join(", ")),
        ));
        let keep = |id: &String| !gone.contains(id);
        out.invoices.retain(|v| keep(&v.id));
        let trim = |ids: &mut Option<Vec<String>>| -> bool {
            match ids {
                None => true,
                Some(list) => {
                    list.retain(keep);
                    !list.is_empty()
                }
            }
        };
        kept.retain_mut(|e| trim(&mut e.invoice_ids));
        if let Some(history) = out.history.as_mut() {
            history.retain_mut(|h| trim(&mut h.invoice_ids));
        }
    }
    out.events = Some(kept);
    Ok(Some(out))
}

fn set(flags: &mut [bool], i: usize, value: bool) {
    if let Some(f) = flags.get_mut(i) {
        *f = value;
    }
}
