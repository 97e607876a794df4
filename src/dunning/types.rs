//! Input and result shapes of `dunningPlan`.

use super::policy::{Channel, Policy, StepKind};
use crate::calendar::CalendarKind;
use crate::date::IsoDate;
use crate::money::{Amount, Money, Rate};
use crate::regime::{Payment, Regime};
use crate::warning::Warning;
use serde::{Deserialize, Serialize};

/// Who owes the money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum DebtorKind {
    Business,
    /// A natural person acting outside any trade (Code de la consommation).
    Consumer,
    /// A public buyer (State, local authority, public hospital, …).
    Public,
}

/// The debtor of every invoice in the input.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Debtor {
    pub id: String,
    pub name: String,
    pub kind: DebtorKind,
}

/// One unpaid (or partly paid) invoice of the debtor.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DunningInvoice {
    /// Unique among the invoices; `history` and `events` refer to it.
    pub id: String,
    /// The invoice number printed in the messages.
    pub number: String,
    #[serde(default)]
    pub issue_date: Option<IsoDate>,
    pub due_date: IsoDate,
    /// Amount due, tax included.
    pub amount: Amount,
    /// Payments received. The ladder ends for the invoice once they cover `amount`.
    #[serde(default)]
    pub payments: Option<Vec<Payment>>,
    /// fr-b2b: the agreed annual penalty rate (see `lateFees`).
    #[serde(default)]
    pub contract_rate: Option<Rate>,
}

/// A step already carried out (the app records it when it sends the message).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct HistoryEntry {
    /// The day it was sent, on or before `asOf`.
    pub date: IsoDate,
    /// The policy step id.
    pub step: String,
    /// The channel actually used (default: the step's channels).
    #[serde(default)]
    pub channel: Option<Channel>,
    /// The invoices it covered; omitted means all the debtor's invoices.
    #[serde(default)]
    pub invoice_ids: Option<Vec<String>>,
}

/// What happened, for an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum EventType {
    /// The debtor contests the invoice: its ladder pauses (interest still accrues).
    DisputeOpened,
    /// The dispute is settled: the ladder resumes at the next step from this date.
    DisputeResolved,
    /// The debtor promised to pay (`until`, optional `amount`).
    Promise,
    /// A payment plan was agreed (`instalments`).
    PlanAgreed,
    /// A phone call or meeting and its outcome.
    Contact,
    /// An e-invoicing lifecycle status received from the platform (`status`: code or name,
    /// `amount` for 212 Encaissée): see `dunning::lifecycle` for what each one does.
    Lifecycle,
}

/// The outcome of a `contact` event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum ContactOutcome {
    NoAnswer,
    /// Reached; the debtor simply forgot.
    Oversight,
    /// Reached; temporary cash difficulty.
    CashDifficulty,
    /// Reached; the debtor disagrees with the invoice (record a `dispute-opened`).
    Disagreement,
    /// Reached; the debtor says payment is on its way.
    WillPay,
    Other,
}

/// An instalment of an agreed payment plan.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PlannedInstalment {
    pub date: IsoDate,
    pub amount: Amount,
}

/// Something that changes the ladder. Which optional fields apply depends on `type`; a field
/// that does not apply is an error.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Event {
    #[serde(rename = "type")]
    pub kind: EventType,
    /// When it happened, on or before `asOf`.
    pub date: IsoDate,
    /// The invoices concerned; omitted means all the debtor's invoices.
    #[serde(default)]
    pub invoice_ids: Option<Vec<String>>,
    /// Free text (dispute reason, call notes).
    #[serde(default)]
    pub reason: Option<String>,
    /// `promise`: the date the debtor promised to pay by.
    #[serde(default)]
    pub until: Option<IsoDate>,
    /// `promise`: the amount promised (default: everything outstanding on the invoices).
    #[serde(default)]
    pub amount: Option<Amount>,
    /// `plan-agreed`: the instalments, in date order.
    #[serde(default)]
    pub instalments: Option<Vec<PlannedInstalment>>,
    /// `contact`: what came out of it.
    #[serde(default)]
    pub outcome: Option<ContactOutcome>,
    /// `lifecycle`: the status, by its code (`"210"`) or its name (`"Refusée"`, `"en-litige"`).
    #[serde(default)]
    pub status: Option<String>,
}

/// Input of `dunningPlan`: one debtor, its invoices, what was done and what happened.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DunningPlanInput {
    pub regime: Regime,
    /// The day of the plan: steps on or before it are due.
    pub as_of: IsoDate,
    pub debtor: Debtor,
    /// 1 to 500 invoices.
    pub invoices: Vec<DunningInvoice>,
    /// Steps already carried out.
    #[serde(default)]
    pub history: Option<Vec<HistoryEntry>>,
    #[serde(default)]
    pub events: Option<Vec<Event>>,
    /// The ladder; default: the built-in one of `regime`.
    #[serde(default)]
    pub policy: Option<Policy>,
    /// Working days for sending dates and deadlines; default `"fr"`.
    #[serde(default)]
    pub calendar: Option<CalendarKind>,
    /// Language of the messages (warnings, reasons, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}

/// Where a step of the timeline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum StepState {
    /// In `history`.
    Done,
    /// To be sent now (its date is on or before `asOf`).
    Due,
    /// Scheduled after `asOf`.
    Planned,
    /// Will not be sent (paid, passed, or jumped over), see `reason`.
    Skipped,
    /// Held by a dispute, promise or plan running at `asOf`; `date` is when it resumes, absent
    /// while a dispute is open.
    Paused,
}

/// One step of the timeline, for the invoices it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct TimelineEntry {
    /// The policy step id.
    pub step: String,
    pub kind: StepKind,
    pub state: StepState,
    /// Sending date (a working day), absent for skipped steps and open-ended pauses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<IsoDate>,
    pub channels: Vec<Channel>,
    /// Last day given to the debtor to pay (CPC 641/642), for steps with a deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<IsoDate>,
    pub invoice_ids: Vec<String>,
    /// Why the step is skipped, held or moved, as a stable code: `paid`, `due-date-passed`,
    /// `catch-up`, `later-step-sent`, `dispute-open`, `dispute-resolved`, `promise-kept`,
    /// `promise-broken`, `promise-running`, `instalment-missed`, `plan-running`,
    /// `plan-honoured`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<String>,
    /// The same as a sentence in the input's `lang`, with its dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// One step inside a communication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CommunicationStep {
    pub step: String,
    pub kind: StepKind,
    pub channels: Vec<Channel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<IsoDate>,
    pub invoice_ids: Vec<String>,
}

/// Everything sent to the debtor on one date, as one message listing each invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Communication {
    pub date: IsoDate,
    /// Union of the steps' channels.
    pub channels: Vec<Channel>,
    /// The steps, most advanced last; the last one sets the tone.
    pub steps: Vec<CommunicationStep>,
    pub invoice_ids: Vec<String>,
}

/// Where the debtor (or an invoice) stands at `asOf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum DunningStatus {
    Paid,
    NotDue,
    Disputed,
    Promised,
    PaymentPlan,
    Dunning,
    FormalNotice,
    Recovery,
}

/// Amounts and standing of one invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct InvoiceSummary {
    pub id: String,
    pub number: String,
    pub status: DunningStatus,
    pub due_date: IsoDate,
    /// Days from the due date to `asOf` (0 when not yet due).
    pub days_late: i32,
    pub principal_outstanding: Money,
    pub interest_outstanding: Money,
    /// The 40 € indemnity when owed.
    pub compensation: Money,
    pub total_due: Money,
    /// Last day before the claim is time-barred, absent interruption by a court claim.
    pub prescription_date: IsoDate,
}

/// Sums over the invoices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Totals {
    pub principal_outstanding: Money,
    pub interest_outstanding: Money,
    pub compensation: Money,
    pub total_due: Money,
}

/// A way to recover the debt after the mise en demeure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RecoveryRoute {
    /// `simplified-procedure`, `injunction`, `summary-provision`, `collection-agency`,
    /// `public-accountant`.
    pub code: String,
    /// The route, in the input's `lang`.
    pub label: String,
    /// Legal basis and conditions, in the input's `lang`.
    pub basis: String,
    /// The route relance suggests first.
    pub recommended: bool,
}

/// Result of `dunningPlan`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DunningPlanResult {
    pub debtor_id: String,
    pub status: DunningStatus,
    /// The policy name (`fr-b2b`, …, or the caller's).
    pub policy: String,
    /// Every step: done, due, planned, skipped or paused, by date.
    pub timeline: Vec<TimelineEntry>,
    /// What to send now: one communication per date on or before `asOf`.
    pub due: Vec<Communication>,
    /// The first communication after `asOf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<Communication>,
    pub invoices: Vec<InvoiceSummary>,
    pub totals: Totals,
    /// Recovery routes, best first, for the outstanding principal and interest (empty when
    /// nothing is outstanding).
    pub recovery: Vec<RecoveryRoute>,
    pub warnings: Vec<Warning>,
}
