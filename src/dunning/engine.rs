//! The scheduler: per-invoice ladders merged into one debtor-level sequence of contacts.

use super::policy::Channel;
use super::policy::{CatchUp, Resolved, StepKind};
use super::types::{DunningInvoice, StepState};
use crate::calendar::{
    add_working_days, deadline, next_working_day_on_or_after, CalendarKind, DeadlineInput,
};
use crate::date::IsoDate;
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{dunning as msg, Text};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why an invoice's ladder is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PauseKind {
    Dispute,
    Promise,
    Plan,
}

/// Why a step was skipped, held or moved: a stable code apps can translate, and the text in the
/// plan's language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Reason {
    pub code: &'static str,
    pub text: String,
}

impl Reason {
    pub fn new(code: &'static str, text: impl Into<String>) -> Self {
        Reason {
            code,
            text: text.into(),
        }
    }

    fn due_date_passed(lang: Lang) -> Self {
        Reason::new("due-date-passed", msg::reason_due_date_passed(lang))
    }
}

/// A stretch of days in which no step of the invoice is sent: `[from, until)`.
#[derive(Debug, Clone)]
pub(crate) struct Pause {
    pub kind: PauseKind,
    pub from: IsoDate,
    /// First day the ladder may resume; `None` while a dispute is open.
    pub until: Option<IsoDate>,
    /// Step index the ladder jumps to when it resumes (broken promise, missed instalment).
    pub jump: Option<usize>,
    /// Why, for the timeline.
    pub label: Reason,
}

/// One (invoice, step) placement.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub invoice: usize,
    pub step: usize,
    pub state: StepState,
    pub date: Option<IsoDate>,
    pub deadline: Option<IsoDate>,
    pub reason: Option<Reason>,
}

/// Per-invoice scheduling state.
#[derive(Clone)]
pub(crate) struct Track {
    /// The invoice's index in the input.
    pub index: usize,
    /// Next step index not yet placed.
    pub next: usize,
    /// Date and deadline of the last step sent or placed.
    pub prev: Option<(IsoDate, Option<IsoDate>)>,
    /// Days every later step is delayed by (catch-up, pauses, late history).
    pub shift: i32,
    /// The day payments covered the invoice, when on or before `asOf`.
    pub paid_on: Option<IsoDate>,
    pub pauses: Vec<Pause>,
    pub finished: bool,
}

pub(crate) struct Scheduler<'a> {
    pub policy: &'a Resolved,
    pub invoices: &'a [DunningInvoice],
    pub as_of: IsoDate,
    pub calendar: CalendarKind,
    /// The language of the reasons.
    pub lang: Lang,
    /// Working days already looked up (see [`Scheduler::next_working_day`]).
    pub working_days: WorkingDays,
}

/// `next_working_day_on_or_after` answers already worked out, sorted by the date asked. Each
/// round of [`Scheduler::run`] recomputes every unfinished invoice's next step, so a debtor
/// with many invoices asks about the same few dates many times: with 1 000 invoices, the
/// holiday rules were most of the time.
#[derive(Default)]
pub(crate) struct WorkingDays(RefCell<Vec<(IsoDate, IsoDate)>>);

struct Candidate {
    step: usize,
    date: IsoDate,
    reason: Option<Reason>,
    running_pause: bool,
}

/// A bug in the planner; `what` names the broken invariant.
pub(crate) fn internal(what: &str) -> Error {
    Error::new(
        ErrorKind::Internal,
        Text::of(&|l| msg::plan_internal(l, what)),
    )
}

impl Scheduler<'_> {
    /// The first working day on or after `date` in the debtor's calendar, remembered.
    fn next_working_day(&self, date: IsoDate) -> Result<IsoDate> {
        let Ok(mut known) = self.working_days.0.try_borrow_mut() else {
            return next_working_day_on_or_after(date, self.calendar);
        };
        let slot = known.binary_search_by_key(&date, |(asked, _)| *asked);
        if let Some(&(_, day)) = slot.ok().and_then(|i| known.get(i)) {
            return Ok(day);
        }
        let day = next_working_day_on_or_after(date, self.calendar)?;
        known.insert(slot.unwrap_or_else(|i| i), (date, day));
        Ok(day)
    }

    /// The deadline a step sent on `sent` gives: its days counted (CPC 641/642) from the
    /// sending date, or for a registered letter from its first presentation.
    pub fn step_deadline(&self, step: usize, sent: IsoDate) -> Result<Option<IsoDate>> {
        let Some(s) = self.policy.steps.get(step) else {
            return Ok(None);
        };
        match s.deadline_days {
            None => Ok(None),
            Some(days) => Ok(Some(
                deadline(&DeadlineInput {
                    from: self.received(step, sent)?,
                    days: Some(days),
                    months: None,
                    calendar: Some(self.calendar),
                    lang: None,
                })?
                .date,
            )),
        }
    }

    /// The day a step sent on `sent` reaches the debtor: for a registered letter its estimated
    /// first presentation, `deliveryDays` working days later (a notification dates, for its
    /// addressee, from its receipt: CPC 668–669); for any other channel the sending date.
    pub fn received(&self, step: usize, sent: IsoDate) -> Result<IsoDate> {
        let registered = self
            .policy
            .steps
            .get(step)
            .is_some_and(|s| s.channels.contains(&Channel::RegisteredLetter));
        if registered {
            add_working_days(sent, self.policy.delivery_days, self.calendar)
        } else {
            Ok(sent)
        }
    }

    fn is_contact(&self, step: usize) -> bool {
        self.policy
            .steps
            .get(step)
            .is_some_and(|s| s.kind != StepKind::Recovery)
    }

    fn skip(&self, inv: usize, t: &mut Track, to: usize, reason: &Reason, items: &mut Vec<Item>) {
        while t.next < to.min(self.policy.steps.len()) {
            items.push(Item {
                invoice: inv,
                step: t.next,
                state: StepState::Skipped,
                date: None,
                deadline: None,
                reason: Some(reason.clone()),
            });
            t.next += 1;
        }
    }

    /// Sets the shift so that step `k`'s nominal date is at least `date`.
    fn shift_to(&self, t: &mut Track, due: IsoDate, k: usize, date: IsoDate) {
        let offset = self.policy.steps.get(k).map_or(0, |s| s.offset_days);
        t.shift = t.shift.max(due.days_until(date).saturating_sub(offset));
    }

    /// The next step of invoice `inv` and its earliest sending date, recording the steps it
    /// skips or holds. `None` once the invoice has nothing left to send.
    fn candidate(
        &self,
        inv: usize,
        t: &mut Track,
        items: &mut Vec<Item>,
        floor: Option<IsoDate>,
    ) -> Result<Option<Candidate>> {
        let n = self.policy.steps.len();
        let due = self
            .invoices
            .get(inv)
            .map(|i| i.due_date)
            .ok_or_else(|| internal("invoice-index"))?;
        let mut reason: Option<Reason> = None;
        let mut running_pause = false;
        let mut guard = 0usize;
        while t.next < n {
            guard += 1;
            if guard > 8 * n + 64 + 2 * t.pauses.len() {
                return Err(internal("scheduler-no-convergence"));
            }
            let k = t.next;
            let step = self
                .policy
                .steps
                .get(k)
                .ok_or_else(|| internal("step-index"))?;
            if let Some(paid) = t.paid_on {
                self.skip(
                    inv,
                    t,
                    n,
                    &Reason::new("paid", msg::reason_paid(self.lang, paid)),
                    items,
                );
                break;
            }
            // A pause that ended since the last step was sent applies its jump now.
            let last_sent = t.prev.map(|p| p.0);
            let ended_jump = t
                .pauses
                .iter()
                .filter(|p| {
                    p.until
                        .is_some_and(|u| u <= self.as_of && last_sent.is_none_or(|s| s < u))
                })
                .filter_map(|p| p.jump.map(|j| (j, p.label.clone())))
                .filter(|(j, _)| *j > k)
                .max_by_key(|(j, _)| *j);
            if let Some((j, label)) = ended_jump {
                self.skip(inv, t, j, &label, items);
                reason = Some(label);
                continue;
            }
            let nominal = due.add_days(step.offset_days)?.add_days(t.shift)?;
            let mut lower = nominal;
            if let Some((sent, dl)) = t.prev {
                lower = lower.max(sent.succ());
                if let Some(dl) = dl {
                    lower = lower.max(dl.succ());
                }
            }
            let mut date = self.next_working_day(lower)?;
            if step.offset_days < 0 && date.max(self.as_of) >= due {
                self.skip(inv, t, k + 1, &Reason::due_date_passed(self.lang), items);
                continue;
            }
            if date < self.as_of {
                if self.policy.catch_up == CatchUp::Latest
                    && step.kind != StepKind::Recovery
                    && step.offset_days >= 0
                {
                    let mut latest = k;
                    for j in k + 1..n {
                        let s = self
                            .policy
                            .steps
                            .get(j)
                            .ok_or_else(|| internal("step-index"))?;
                        if s.kind == StepKind::Recovery {
                            break;
                        }
                        if due.add_days(s.offset_days)?.add_days(t.shift)? <= self.as_of {
                            latest = j;
                        }
                    }
                    if latest > k {
                        self.skip(
                            inv,
                            t,
                            latest,
                            &Reason::new("catch-up", msg::reason_catch_up(self.lang)),
                            items,
                        );
                        continue;
                    }
                }
                self.shift_to(t, due, k, self.as_of);
                date = self.next_working_day(self.as_of)?;
            }
            // The debtor-level gap since the last contact (no effect on the later steps).
            if let Some(f) = floor.filter(|f| step.kind != StepKind::Recovery && date < *f) {
                date = self.next_working_day(f)?;
            }
            // Pauses covering the date push it to their end (or hold the ladder).
            let covering = t
                .pauses
                .iter()
                .filter(|p| p.from <= date && p.until.is_none_or(|u| date < u))
                .max_by_key(|p| p.until.map_or(i32::MAX, |u| self.as_of.days_until(u)))
                .cloned();
            if let Some(p) = covering {
                let running = p.from <= self.as_of && p.until.is_none_or(|u| self.as_of < u);
                let Some(until) = p.until else {
                    while t.next < n {
                        items.push(Item {
                            invoice: inv,
                            step: t.next,
                            state: StepState::Paused,
                            date: None,
                            deadline: None,
                            reason: Some(p.label.clone()),
                        });
                        t.next += 1;
                    }
                    break;
                };
                if step.offset_days < 0 && until >= due {
                    self.skip(inv, t, k + 1, &Reason::due_date_passed(self.lang), items);
                    continue;
                }
                if let Some(j) = p.jump.filter(|j| *j > k) {
                    self.skip(inv, t, j, &p.label, items);
                }
                self.shift_to(t, due, t.next, until);
                reason = Some(p.label.clone());
                running_pause |= running;
                continue;
            }
            if step.offset_days < 0 && date >= due {
                self.skip(inv, t, k + 1, &Reason::due_date_passed(self.lang), items);
                continue;
            }
            return Ok(Some(Candidate {
                step: k,
                date,
                reason,
                running_pause,
            }));
        }
        t.finished = true;
        Ok(None)
    }

    /// Whether a candidate step may be sent on the later date `on` to join other invoices:
    /// not inside one of the invoice's pauses, and a pre-due step still before the due date.
    fn can_wait(&self, t: &Track, c: &Candidate, on: IsoDate) -> bool {
        let paused = t
            .pauses
            .iter()
            .any(|p| p.from <= on && p.until.is_none_or(|u| on < u));
        let pre_due = self
            .policy
            .steps
            .get(c.step)
            .is_some_and(|s| s.offset_days < 0);
        let due = self.invoices.get(t.index).map(|i| i.due_date);
        let late = pre_due && due.is_none_or(|d| on >= d);
        !paused && !late
    }

    /// Places every remaining step of every track. `contacts` holds the dates of contacts
    /// already made (`true`: in history, so nothing more can join that day).
    ///
    /// Each round computes every invoice's next step on a copy of its track, given the
    /// earliest date the gap allows for a new contact; the earliest step is placed, with the
    /// steps of other invoices that are ready within the gap (they wait for it, when they
    /// can); only the placed invoices' copies are kept.
    pub fn run(
        &self,
        tracks: &mut [Track],
        contacts: &mut BTreeMap<IsoDate, bool>,
        items: &mut Vec<Item>,
    ) -> Result<()> {
        let gap = self.policy.min_gap;
        let limit = tracks.len() * (self.policy.steps.len() + 1) + 8;
        for _ in 0..limit {
            let floor = match contacts.iter().next_back() {
                Some((&last, &sent)) => Some(last.add_days(if sent { gap.max(1) } else { gap })?),
                None => None,
            };
            let mut pending: Vec<Option<(Candidate, Track, Vec<Item>)>> =
                Vec::with_capacity(tracks.len());
            for (i, t) in tracks.iter_mut().enumerate() {
                if t.finished {
                    pending.push(None);
                    continue;
                }
                let mut copy = t.clone();
                let mut local = Vec::new();
                match self.candidate(i, &mut copy, &mut local, floor)? {
                    Some(c) => pending.push(Some((c, copy, local))),
                    None => {
                        *t = copy;
                        items.append(&mut local);
                        pending.push(None);
                    }
                }
            }
            let Some((first, first_date, first_step)) = pending
                .iter()
                .enumerate()
                .filter_map(|(i, c)| c.as_ref().map(|(c, _, _)| (i, c.date, c.step)))
                .min_by_key(|(i, d, _)| (*d, *i))
            else {
                return Ok(());
            };
            let (date, members): (IsoDate, Vec<usize>) = if self.is_contact(first_step) {
                // Planning ahead, steps ready within the gap wait for each other and go
                // together; what is due now goes now.
                let window = if first_date <= self.as_of {
                    first_date
                } else {
                    first_date.add_days(gap.saturating_sub(1).max(0))?
                };
                let members: Vec<(usize, IsoDate)> = pending
                    .iter()
                    .enumerate()
                    .filter_map(|(i, c)| c.as_ref().map(|(c, _, _)| (i, c)))
                    .filter(|(_, c)| c.date <= window && self.is_contact(c.step))
                    .map(|(i, c)| (i, c.date))
                    .collect();
                let latest = members.iter().map(|m| m.1).fold(first_date, IsoDate::max);
                let fits: Vec<usize> = members
                    .iter()
                    .filter(|(i, _)| {
                        pending
                            .get(*i)
                            .and_then(Option::as_ref)
                            .is_some_and(|(c, t, _)| self.can_wait(t, c, latest))
                    })
                    .map(|m| m.0)
                    .collect();
                let chosen = if fits.contains(&first) {
                    (latest, fits)
                } else {
                    let now = members
                        .iter()
                        .filter(|m| m.1 <= first_date)
                        .map(|m| m.0)
                        .collect();
                    (first_date, now)
                };
                contacts.insert(chosen.0, false);
                chosen
            } else {
                (first_date, vec![first])
            };
            for i in members {
                let Some((c, copy, mut local)) = pending.get_mut(i).and_then(Option::take) else {
                    continue;
                };
                let t = tracks.get_mut(i).ok_or_else(|| internal("track-index"))?;
                *t = copy;
                items.append(&mut local);
                let dl = self.step_deadline(c.step, date)?;
                let state = if date <= self.as_of {
                    StepState::Due
                } else if c.running_pause {
                    StepState::Paused
                } else {
                    StepState::Planned
                };
                items.push(Item {
                    invoice: i,
                    step: c.step,
                    state,
                    date: Some(date),
                    deadline: dl,
                    reason: c.reason,
                });
                t.prev = Some((date, dl));
                t.next = c.step + 1;
            }
        }
        Err(internal("scheduler-unfinished"))
    }
}
