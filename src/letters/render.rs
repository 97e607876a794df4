//! `render_letter`: the text of every dunning step — pre-reminder, reminder, phone script,
//! second reminder, final notice, mise en demeure, statement, payment plan and hand-over note —
//! for e-mail, postal letter or SMS, in French or English, from the same data the calculators
//! use.
//!
//! # How a text is built
//!
//! 1. The figures: [`late_fees`](crate::regime::late_fees()) runs once per invoice (its
//!    figures and periods, without the rates-used lines) with the letter's regime and `asOf`
//!    (B2B: penalties and 40 € per invoice, L441-10 II and D441-5 C. com.; public buyers:
//!    interest and 40 €, L2192-13 CCP; consumers: legal interest only from `noticeDate`, never
//!    the 40 € — CPCE L111-8). They are returned in [`LetterResult::figures`], so an app can
//!    store exactly what was sent.
//! 2. The template: a data file per kind and language (`templates/<kind>.<lang>.txt`, read with
//!    `include_str!`) plus a shared `templates/common.<lang>.txt`. A file is a list of sections
//!    `=== name` or `=== name.audience` (audience `business`, `consumer`, `public`, chosen by
//!    the regime). `subject`, `body` and `sms` are the entry points; every other section is a
//!    snippet usable as a placeholder. Looking up a name tries the kind file for the audience,
//!    the kind file, then the common file for the audience and the common file.
//! 3. Placeholders are written `{{name}}` (spaces inside the braces are allowed); single braces
//!    are ordinary text. The names are in [`PLACEHOLDERS`]; an unknown name, or a `{{` without
//!    `}}`, is an `inconsistent-input` error whose field is `templates.<kind>.<part>` for an
//!    override (an `internal` error for a built-in text, which a test rules out). Tables
//!    (invoices, figures, periods, instalments) are computed in Rust: plain columns in `text`,
//!    a `<table>` in `html`.
//! 4. The layout: `letter` adds the French business-letter frame (sender block with SIREN and
//!    VAT number, recipient block, "Paris, le 22 novembre 2026", "Lettre recommandée avec accusé
//!    de réception" for a mise en demeure, "Objet :", "Réf. :", body, signature); `email` is the
//!    body and a signature with the contact details; `sms` is the `sms` section folded to GSM-7
//!    ([`fold_for_sms`]) and measured ([`gsm7_info`]).
//!
//! # Decisions
//!
//! - The tone rises: pre-reminder and reminder are courteous ("il s'agit peut-être d'un simple
//!   oubli"), the second reminder is firm (rate, amount to date, 40 €, consequences, asks the
//!   reason), the final notice is formal (earlier reminders unanswered, a date "au plus tard
//!   le …", a mise en demeure follows), the mise en demeure is a legal act (C. civ. 1344).
//! - A deadline is computed, when not given, as `asOf` + `deadlineDays` under CPC 641/642
//!   ([`deadline`]): default 8 days for the final notice and the mise en demeure (practice:
//!   8–15 days, france-law.md §4.1); fewer than 8 days gives the warning `short-deadline`. It is
//!   counted from the letter's date, not from its receipt: for a registered letter choose
//!   10–15 days to leave time for delivery.
//! - Consumers (`fr-b2c`): no 40 €, no recovery costs (a hand-over note even says none may be
//!   charged, L111-8 CPCE), no threat of a visit at work or at relatives', no disclosure to
//!   third parties (C. pén. 226-1, seed 000). Interest at the legal rate only from the mise en
//!   demeure: a formal notice without `noticeDate` shows no interest and says that it makes
//!   interest run (C. civ. 1231-6, 1344-1); the `formal-notice-required` warning of
//!   `late_fees` is not repeated for it.
//! - The amounts claimed are the amounts outstanding: principal after payments, interest not yet
//!   paid, the indemnity. Penalties are not subject to VAT and are listed apart.
//! - English texts are faithful translations for a French creditor writing to foreign clients;
//!   they say French law applies and cite the French articles.
//! - The phone script is an internal document: its `email`/`letter` forms are the same script
//!   (no letter frame); its `sms` form is the message left after a missed call. A mise en
//!   demeure by e-mail or SMS is possible (an "interpellation suffisante") but hard to prove:
//!   the e-mail form is presented as the copy of the registered letter, and both give the
//!   warning `channel-not-recommended`. Statement, payment plan and hand-over by SMS give it too.
//! - The hand-over note is addressed to the commissaire de justice ("Maître,") or the agency,
//!   lists the steps done (`history`) and the documents, and for an agency recalls the R124-4
//!   CPCE mentions of its first letter.

use super::html::push_escaped;
use super::typography::french_spacing;
use super::{
    amount_in_words, escape_html, fold_for_sms, format_amount, format_date, format_percent,
    gsm7_info, number_in_words, text_to_html, Lang, SmsInfo,
};
use crate::calendar::{add_working_days, deadline, CalendarKind, DeadlineInput};
use crate::date::IsoDate;
use crate::dunning::DebtorKind;
use crate::error::{Error, ErrorKind, Result};
use crate::money::{self, Amount, Money, Percent, Rate};
use crate::rates::Creditor;
use crate::regime::{late_fees_periods, InvoiceTerms, LateFeesInput, Payment, PeriodLine, Regime};
use crate::warning::Warning;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Which text of the dunning ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum LetterKind {
    /// Pré-relance, before the due date: courteous.
    PreReminder,
    /// Relance, first reminder after the due date.
    Reminder,
    /// Script of a reminder call (alias `phone-call`, the dunning step name).
    #[serde(alias = "phone-call")]
    PhoneScript,
    /// Relance ferme: rate, amount to date, 40 €, consequences, the reason asked.
    SecondReminder,
    /// Dernier rappel avant mise en demeure: a dated deadline, then a mise en demeure. One
    /// name everywhere: the subject, the history lines and the demo's planner.
    FinalNotice,
    /// Mise en demeure de payer (C. civ. 1344).
    FormalNotice,
    /// Décompte: per invoice and per period, the interest computation.
    Statement,
    /// Confirmation of an agreed échéancier.
    PaymentPlan,
    /// Cover note handing the file to a commissaire de justice or an agency (alias `recovery`).
    #[serde(alias = "recovery")]
    Handover,
}

impl LetterKind {
    /// Every kind, in ladder order.
    pub const ALL: [LetterKind; 9] = [
        LetterKind::PreReminder,
        LetterKind::Reminder,
        LetterKind::PhoneScript,
        LetterKind::SecondReminder,
        LetterKind::FinalNotice,
        LetterKind::FormalNotice,
        LetterKind::Statement,
        LetterKind::PaymentPlan,
        LetterKind::Handover,
    ];

    /// The kebab-case code (`"formal-notice"`).
    pub fn code(self) -> &'static str {
        match self {
            LetterKind::PreReminder => "pre-reminder",
            LetterKind::Reminder => "reminder",
            LetterKind::PhoneScript => "phone-script",
            LetterKind::SecondReminder => "second-reminder",
            LetterKind::FinalNotice => "final-notice",
            LetterKind::FormalNotice => "formal-notice",
            LetterKind::Statement => "statement",
            LetterKind::PaymentPlan => "payment-plan",
            LetterKind::Handover => "handover",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (LetterKind::PreReminder, Lang::Fr) => "pré-relance",
            (LetterKind::Reminder, Lang::Fr) => "relance",
            (LetterKind::PhoneScript, Lang::Fr) => "relance téléphonique",
            (LetterKind::SecondReminder, Lang::Fr) => "deuxième relance",
            (LetterKind::FinalNotice, Lang::Fr) => "dernier rappel avant mise en demeure",
            (LetterKind::FormalNotice, Lang::Fr) => "mise en demeure",
            (LetterKind::Statement, Lang::Fr) => "décompte",
            (LetterKind::PaymentPlan, Lang::Fr) => "échéancier",
            (LetterKind::Handover, Lang::Fr) => "transmission du dossier",
            (LetterKind::PreReminder, Lang::En) => "courtesy reminder",
            (LetterKind::Reminder, Lang::En) => "reminder",
            (LetterKind::PhoneScript, Lang::En) => "reminder call",
            (LetterKind::SecondReminder, Lang::En) => "second reminder",
            (LetterKind::FinalNotice, Lang::En) => "final reminder before formal notice",
            (LetterKind::FormalNotice, Lang::En) => "formal notice",
            (LetterKind::Statement, Lang::En) => "statement",
            (LetterKind::PaymentPlan, Lang::En) => "payment plan",
            (LetterKind::Handover, Lang::En) => "hand-over of the file",
        }
    }

    fn template(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (LetterKind::PreReminder, Lang::Fr) => include_str!("templates/pre-reminder.fr.txt"),
            (LetterKind::Reminder, Lang::Fr) => include_str!("templates/reminder.fr.txt"),
            (LetterKind::PhoneScript, Lang::Fr) => include_str!("templates/phone-script.fr.txt"),
            (LetterKind::SecondReminder, Lang::Fr) => {
                include_str!("templates/second-reminder.fr.txt")
            }
            (LetterKind::FinalNotice, Lang::Fr) => include_str!("templates/final-notice.fr.txt"),
            (LetterKind::FormalNotice, Lang::Fr) => include_str!("templates/formal-notice.fr.txt"),
            (LetterKind::Statement, Lang::Fr) => include_str!("templates/statement.fr.txt"),
            (LetterKind::PaymentPlan, Lang::Fr) => include_str!("templates/payment-plan.fr.txt"),
            (LetterKind::Handover, Lang::Fr) => include_str!("templates/handover.fr.txt"),
            (LetterKind::PreReminder, Lang::En) => include_str!("templates/pre-reminder.en.txt"),
            (LetterKind::Reminder, Lang::En) => include_str!("templates/reminder.en.txt"),
            (LetterKind::PhoneScript, Lang::En) => include_str!("templates/phone-script.en.txt"),
            (LetterKind::SecondReminder, Lang::En) => {
                include_str!("templates/second-reminder.en.txt")
            }
            (LetterKind::FinalNotice, Lang::En) => include_str!("templates/final-notice.en.txt"),
            (LetterKind::FormalNotice, Lang::En) => include_str!("templates/formal-notice.en.txt"),
            (LetterKind::Statement, Lang::En) => include_str!("templates/statement.en.txt"),
            (LetterKind::PaymentPlan, Lang::En) => include_str!("templates/payment-plan.en.txt"),
            (LetterKind::Handover, Lang::En) => include_str!("templates/handover.en.txt"),
        }
    }

    /// Whether the kind is a demand addressed to the debtor after the due date.
    fn is_post_due_demand(self) -> bool {
        matches!(
            self,
            LetterKind::Reminder
                | LetterKind::PhoneScript
                | LetterKind::SecondReminder
                | LetterKind::FinalNotice
                | LetterKind::FormalNotice
        )
    }
}

fn common_template(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => include_str!("templates/common.fr.txt"),
        Lang::En => include_str!("templates/common.en.txt"),
    }
}

/// How the text is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum LetterChannel {
    Email,
    Letter,
    Sms,
}

impl LetterChannel {
    /// Every channel.
    pub const ALL: [LetterChannel; 3] = [
        LetterChannel::Email,
        LetterChannel::Letter,
        LetterChannel::Sms,
    ];

    fn code(self) -> &'static str {
        match self {
            LetterChannel::Email => "email",
            LetterChannel::Letter => "letter",
            LetterChannel::Sms => "sms",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (LetterChannel::Email, Lang::Fr) => "courriel",
            (LetterChannel::Letter, Lang::Fr) => "courrier",
            (LetterChannel::Sms, Lang::Fr) => "SMS",
            (LetterChannel::Email, Lang::En) => "email",
            (LetterChannel::Letter, Lang::En) => "letter",
            (LetterChannel::Sms, Lang::En) => "text message",
        }
    }
}

/// The creditor, who signs the text.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterCreditor {
    pub name: String,
    /// Postal address, one line per line (`\n`).
    pub address: String,
    #[serde(default)]
    pub siren: Option<String>,
    #[serde(default)]
    pub vat_number: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub iban: Option<String>,
    #[serde(default)]
    pub bic: Option<String>,
    /// A payment page; shown as text (never as a link target in `html`).
    #[serde(default)]
    pub payment_link: Option<String>,
    /// Who signs, e.g. "Claire Martin, responsable comptable".
    #[serde(default)]
    pub signatory: Option<String>,
    /// Town written before the date ("Paris, le …").
    #[serde(default)]
    pub place: Option<String>,
    /// Legal form ("SAS", "SARL"), written with the share capital in the sender block
    /// (C. com. R123-238: a company's letters state its form and share capital).
    #[serde(default)]
    pub legal_form: Option<String>,
    /// Share capital in euros ("10000"): "SAS au capital de 10 000 €" (R123-238).
    #[serde(default)]
    pub share_capital: Option<Amount>,
    /// Town of the registry where the company is registered: "RCS Paris 812 345 678" with the
    /// SIREN (C. com. R123-237 1° and 2°).
    #[serde(default)]
    pub rcs_city: Option<String>,
}

/// The debtor, to whom the text is addressed.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterDebtor {
    pub name: String,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub kind: Option<DebtorKind>,
    /// The addressee's civility, when known: the letter opens « Monsieur, » / « Madame, » (or
    /// "Dear Mr Durand,") instead of « Madame, Monsieur, ».
    #[serde(default)]
    pub civility: Option<Civility>,
    /// Surname for the English salutation ("Dear Mr Durand,"); French letters never name the
    /// addressee in the salutation.
    #[serde(default)]
    pub surname: Option<String>,
    /// Title of the addressee of a public body, as it opens the letter: "Monsieur le Maire",
    /// "Madame la Directrice". Written above the recipient block, used as the salutation
    /// (« Monsieur le Maire, ») and in the closing formula of consideration.
    #[serde(default)]
    pub title: Option<String>,
}

/// The civility of a person addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Civility {
    Monsieur,
    Madame,
}

/// One invoice of the debtor.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterInvoice {
    pub number: String,
    pub issue_date: IsoDate,
    pub due_date: IsoDate,
    /// Amount due, tax included.
    pub amount: Amount,
    /// Date of the contract or order.
    #[serde(default)]
    pub order_date: Option<IsoDate>,
    /// Nature of the goods or services.
    #[serde(default)]
    pub description: Option<String>,
    /// Quantity delivered, as free text ("12 postes", "3 jours").
    #[serde(default)]
    pub quantity: Option<String>,
    #[serde(default)]
    pub payments: Option<Vec<Payment>>,
    /// fr-public: the day the invoice was filed on Chorus Pro. The payment period runs from the
    /// receipt of the payment request, which for an invoice filed on the portal is the day the
    /// buyer is notified that it is available (CCP R2192-12); the texts cite this date.
    #[serde(default)]
    pub chorus_pro_date: Option<IsoDate>,
}

/// One agreed instalment of a payment plan.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterInstalment {
    pub date: IsoDate,
    pub amount: Amount,
}

/// Who receives a hand-over note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum RecipientKind {
    CommissaireDeJustice,
    /// The only recipient for a public buyer's file: no enforcement measure lies against a
    /// public body, and the claim goes to the administrative judge (CJA R541-1, R421-1).
    Avocat,
    Agency,
}

/// How the payment plan settles the penalties (or interest) and the indemnity acknowledged
/// with the principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum PenaltiesSettlement {
    /// What the instalments leave of the acknowledged debt is paid with the last instalment
    /// (default): signing the plan never reads as giving them up.
    #[default]
    WithLastInstalment,
    /// The creditor waives them, on condition that every instalment is paid: they become due
    /// again on the déchéance du terme. Only when the creditor says so.
    Waived,
}

/// The commissaire de justice or agency a file is handed to.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterRecipient {
    pub name: String,
    #[serde(default)]
    pub address: Option<String>,
    pub kind: RecipientKind,
}

/// A step already taken (for the final notice's "earlier reminders" and the hand-over note).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterHistoryStep {
    pub kind: LetterKind,
    pub date: IsoDate,
    #[serde(default)]
    pub channel: Option<LetterChannel>,
}

/// Replacement texts for one kind; absent parts keep the built-in text.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct TemplateOverride {
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub sms: Option<String>,
}

/// Replacement texts per kind, read from `{ "reminder": { "body": "…" }, … }`: a short list
/// in input order (a kind given twice keeps the last), not a map, whose insert and drop code
/// weighed more wasm than the few kinds a caller overrides.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateOverrides(pub Vec<(LetterKind, TemplateOverride)>);

impl TemplateOverrides {
    /// The override of `kind`, if any.
    pub fn get(&self, kind: LetterKind) -> Option<&TemplateOverride> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| *k == kind)
            .map(|(_, o)| o)
    }
}

impl<'de> Deserialize<'de> for TemplateOverrides {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = TemplateOverrides;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object keyed by letter kind")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<LetterKind, TemplateOverride>()? {
                    out.push(entry);
                }
                Ok(TemplateOverrides(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// Input of `renderLetter`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterInput {
    pub kind: LetterKind,
    pub channel: LetterChannel,
    /// Default `fr`.
    #[serde(default)]
    pub lang: Option<Lang>,
    pub regime: Regime,
    /// Date of the text; figures are computed to this day.
    pub as_of: IsoDate,
    pub creditor: LetterCreditor,
    pub debtor: LetterDebtor,
    /// At least one; several give one text with a table and a total.
    pub invoices: Vec<LetterInvoice>,
    /// The step's deadline; computed when absent and the kind has one: `asOf` + `deadlineDays`
    /// for a final notice, the estimated first presentation + `deadlineDays` for a mise en
    /// demeure (CPC 641/642).
    #[serde(default)]
    pub deadline: Option<IsoDate>,
    /// Default 8.
    #[serde(default)]
    pub deadline_days: Option<u32>,
    /// Working days between sending a registered letter and its first presentation (default
    /// 3, at most 30). A mise en demeure's deadline runs from the first presentation, not from
    /// the date written on it (CPC 668–669): its date is estimated as `asOf` + these days.
    #[serde(default)]
    pub delivery_days: Option<u32>,
    /// Public holidays for the deadline (default `fr`).
    #[serde(default)]
    pub calendar: Option<CalendarKind>,
    /// fr-b2b: the agreed penalty rate.
    #[serde(default)]
    pub contract_rate: Option<Rate>,
    /// fr-b2c: the day the mise en demeure was first presented to the consumer (the date on
    /// the registered letter's notice of delivery, not the sending date); legal interest runs
    /// from the next day (C. civ. 1231-6, 1344-1).
    #[serde(default)]
    pub notice_date: Option<IsoDate>,
    /// fr-b2c: whose legal rate (default `professional`).
    #[serde(default)]
    pub creditor_kind: Option<Creditor>,
    /// payment-plan: the agreed instalments.
    #[serde(default)]
    pub instalments: Option<Vec<LetterInstalment>>,
    /// payment-plan: how the penalties and the indemnity are settled (default
    /// `with-last-instalment`).
    #[serde(default)]
    pub penalties_settlement: Option<PenaltiesSettlement>,
    /// payment-plan: days a missed instalment may stay unpaid after a mise en demeure before
    /// the whole balance falls due (déchéance du terme; default 8, 15 for a consumer).
    #[serde(default)]
    pub acceleration_notice_days: Option<u32>,
    /// handover: who receives the file.
    #[serde(default)]
    pub recipient: Option<LetterRecipient>,
    /// Steps already taken, oldest first.
    #[serde(default)]
    pub history: Option<Vec<LetterHistoryStep>>,
    /// Replacement texts per kind: `{ "reminder": { "body": "…" } }`.
    #[serde(default)]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "Partial<Record<LetterKind, TemplateOverride>>")
    )]
    pub templates: Option<TemplateOverrides>,
}

/// The figures of one invoice, as stated in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct InvoiceFigures {
    pub number: String,
    pub amount: Money,
    pub due_date: IsoDate,
    /// Days since the due date (0 when not yet due).
    pub days_late: i32,
    pub principal_outstanding: Money,
    /// Penalties or interest accrued to `asOf`.
    pub interest: Money,
    pub interest_paid: Money,
    pub interest_outstanding: Money,
    /// The 40 € indemnity, or 0.
    pub compensation: Money,
    /// principalOutstanding + interestOutstanding + compensation.
    pub total: Money,
    pub periods: Vec<PeriodLine>,
    /// fr-public, once the principal is paid: the last day for its interest and indemnity —
    /// "dans un délai de quarante-cinq jours suivant la mise en paiement du principal" (CCP
    /// R2192-36). The day the payments cleared the principal stands for the day it was put
    /// into payment: never earlier, so the date is on the buyer's side of the rule.
    #[serde(skip)]
    #[cfg_attr(target_arch = "wasm32", tsify(skip))]
    pub accessories_last_day: Option<IsoDate>,
}

/// Everything the text states, for the record.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterFigures {
    pub invoices: Vec<InvoiceFigures>,
    pub principal: Money,
    /// Interest outstanding (accrued minus paid).
    pub interest: Money,
    pub compensation: Money,
    pub total: Money,
    /// What the text asks to be paid by its deadline: the total, except for a public buyer,
    /// who pays the principal first and the interest and indemnity within 45 days of that
    /// payment (CCP R2192-36): its principal, plus the accessories of invoices whose principal
    /// was paid more than 45 days ago.
    pub demanded: Money,
    /// The rate of the latest period, when interest runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub penalty_rate_percent: Option<Percent>,
    /// The rule applied (from `lateFees`).
    pub rule: String,
}

/// Result of `renderLetter`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct LetterResult {
    pub kind: LetterKind,
    pub channel: LetterChannel,
    pub lang: Lang,
    pub subject: String,
    /// Plain text, ready to send or print.
    pub text: String,
    /// An HTML fragment, every interpolated value escaped.
    pub html: String,
    /// For `sms`: encoding, length and parts of `text`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms: Option<SmsInfo>,
    pub figures: LetterFigures,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<IsoDate>,
    pub warnings: Vec<Warning>,
}

/// Defines `PLACEHOLDERS` (name, meaning) and the list of names alone: the module checks
/// names only, so the meanings (documentation for Rust users) stay out of the wasm.
macro_rules! placeholders {
    ($(#[$doc:meta])* $all:ident, $names:ident = [$(($name:literal, $meaning:literal $(,)?)),* $(,)?]) => {
        $(#[$doc])*
        pub const $all: &[(&str, &str)] = &[$(($name, $meaning)),*];
        const $names: &[&str] = &[$($name),*];
    };
}

placeholders! {
    /// The placeholders a template can use, with their meaning (the sections of the built-in
    /// template files are usable too).
    PLACEHOLDERS, PLACEHOLDER_NAMES = [
    ("creditor_name", "the creditor's name"),
    (
        "creditor_signatory",
        "who signs (signatory, else the creditor's name)",
    ),
    ("creditor_phone", "the creditor's phone number, or empty"),
    ("creditor_email", "the creditor's e-mail address, or empty"),
    (
        "creditor_contact",
        "phone and e-mail joined, for \"contact us at …\"",
    ),
    ("debtor_name", "the debtor's name"),
    (
        "recipient_name",
        "hand-over: the commissaire de justice or agency",
    ),
    (
        "recipient_salutation",
        "hand-over: \"Maître,\" or \"Madame, Monsieur,\"",
    ),
    (
        "recipient_salutation_closing",
        "the same without the comma, for the closing formula",
    ),
    (
        "salutation",
        "\"Madame, Monsieur,\", \"Monsieur,\", \"Monsieur le Maire,\" (debtor's civility or title); \"Dear Mr Durand,\"",
    ),
    (
        "salutation_closing",
        "French: the salutation's form for the closing formula (\"Monsieur le Maire\"); English: \"sincerely\" or \"faithfully\"",
    ),
    ("date", "the date of the text (asOf), written out"),
    (
        "invoice_label",
        "\"facture n° F-1\" / \"factures n° F-1 et F-2\"",
    ),
    (
        "invoice_label_short",
        "\"facture F-1\" / \"factures F-1, F-2\" (GSM-7, for SMS)",
    ),
    ("invoice_numbers", "the invoice numbers, comma-separated"),
    (
        "invoice_refs",
        "\"notre facture n° F-1 du 2 septembre 2026\" (or the plural list)",
    ),
    ("invoice_date", "date of the first invoice, written out"),
    ("due_date", "earliest due date, written out"),
    (
        "due_phrase",
        "\"échue le 15 octobre 2026\", \"la première échue le …\" for several invoices",
    ),
    (
        "due_date_numeric",
        "earliest due date as 12/12/2026 (for SMS)",
    ),
    ("days_late", "days since the earliest due date"),
    ("amount", "sum of the invoice amounts, tax included"),
    ("principal", "principal outstanding (after payments)"),
    ("interest", "penalties or interest outstanding to date"),
    (
        "compensation",
        "the 40 € indemnities (B2B, public), 0 for consumers",
    ),
    ("total", "principal + interest + indemnities"),
    ("total_in_words", "the total written in words"),
    (
        "penalty_rate",
        "the current penalty or interest rate, \"12,15 %\"",
    ),
    ("deadline", "the step's deadline, written out"),
    ("deadline_numeric", "the deadline as 12/12/2026 (for SMS)"),
    (
        "deadline_days",
        "the number of days given (from the first presentation for a mise en demeure)",
    ),
    ("deadline_days_words", "the same in words (\"huit\")"),
    (
        "demand_total",
        "what is demanded by the deadline: the total; for a public buyer the principal (CCP R2192-36)",
    ),
    ("demand_total_in_words", "the same in words"),
    (
        "public_accessories",
        "fr-public: when interest and indemnity are payable (45 days after the principal, R2192-36), or empty",
    ),
    (
        "chorus_pro_note",
        "fr-public: the Chorus Pro filing dates the payment period runs from (R2192-12), or empty",
    ),
    (
        "notice_date",
        "consumers: date of the earlier mise en demeure, or empty",
    ),
    (
        "previous_reminders",
        "\"nos relances du 20 octobre 2026 et du 5 novembre 2026\"",
    ),
    ("payment_details", "IBAN/BIC and payment link, one per line"),
    (
        "pay_short",
        "payment link, else IBAN, else phone, else e-mail, else \"nous contacter\" (for SMS)",
    ),
    (
        "invoice_table",
        "table: number, date, due date, amount, outstanding",
    ),
    (
        "figures_table",
        "table: outstanding, penalties, indemnity, total per invoice",
    ),
    (
        "period_table",
        "table: per invoice and period, dates, days, principal, rate, interest",
    ),
    (
        "payments_note",
        "the payments received and how they were applied, or empty",
    ),
    (
        "delivery_details",
        "per invoice: order date, nature and quantity delivered",
    ),
    ("instalment_table", "payment plan: number, date, amount"),
    ("instalment_count", "payment plan: number of instalments"),
    ("instalment_total", "payment plan: sum of the instalments"),
    (
        "plan_accessories",
        "payment plan: how the penalties and the indemnity acknowledged are settled",
    ),
    (
        "acceleration_days_words",
        "payment plan: days after a mise en demeure before the déchéance du terme, in words",
    ),
    ("history", "the steps already taken, one per line"),
]
}

/// Renders the text of one dunning step. See the module docs for the rules.
///
/// Errors: `missing-field` (`invoices`, `instalments` for a payment plan, `recipient` for a
/// hand-over), `inconsistent-input` (`invoices[i].dueDate` before its issue date, `deadline`
/// not after `asOf`, `templates.<kind>.<part>` for an unknown placeholder), and whatever
/// `late_fees` or [`deadline`] return, with the field prefixed.
pub fn render_letter(input: &LetterInput) -> Result<LetterResult> {
    let lang = input.lang.unwrap_or_default();
    let mut warnings: Vec<Warning> = Vec::new();

    if let Some(templates) = &input.templates {
        for (kind, o) in &templates.0 {
            for (part, text) in [("subject", &o.subject), ("body", &o.body), ("sms", &o.sms)] {
                if let Some(text) = text {
                    check_template(*kind, lang, text).map_err(|m| {
                        Error::at(
                            ErrorKind::InconsistentInput,
                            format!("templates.{}.{part}", kind.code()),
                            m,
                        )
                    })?;
                }
            }
        }
    }

    if input.invoices.is_empty() {
        return Err(Error::at(
            ErrorKind::MissingField,
            "invoices",
            "give at least one invoice",
        ));
    }
    for (i, inv) in input.invoices.iter().enumerate() {
        if inv.due_date < inv.issue_date {
            return Err(Error::at(
                ErrorKind::InconsistentInput,
                format!("invoices[{i}].dueDate"),
                format!(
                    "the due date {} is before the issue date {}",
                    inv.due_date, inv.issue_date
                ),
            ));
        }
    }

    let figures = compute_figures(input, &mut warnings)?;
    let deadline = compute_deadline(input, &mut warnings)?;
    let deadline_date = deadline.map(|(d, _)| d);
    kind_checks(input, &figures, &mut warnings)?;

    let audience = match input.regime {
        Regime::FrB2b => "business",
        Regime::FrB2c => "consumer",
        Regime::FrPublic => "public",
    };
    let mut variants = Vec::new();
    if let Some(r) = &input.recipient {
        variants.push(match r.kind {
            RecipientKind::CommissaireDeJustice => "commissaire",
            RecipientKind::Avocat => "avocat",
            RecipientKind::Agency => "agency",
        });
    }
    variants.push(audience);
    let values = build_values(input, lang, &figures, deadline, &mut warnings)?;
    let ctx = Ctx {
        values,
        kind_file: kind_sections(input.kind, lang),
        common: common_sections(lang),
        variants,
    };

    let over = input.templates.as_ref().and_then(|t| t.get(input.kind));
    let part = |name: &'static str| -> Result<(String, Option<&str>)> {
        let custom = over.and_then(|o| match name {
            "subject" => o.subject.as_deref(),
            "body" => o.body.as_deref(),
            _ => o.sms.as_deref(),
        });
        match custom {
            Some(t) => Ok((t.to_owned(), Some(name))),
            None => Ok((ctx.section(name).unwrap_or_default().to_owned(), None)),
        }
    };
    let fail = |custom: Option<&str>, m: String| match custom {
        Some(p) => Error::at(
            ErrorKind::InconsistentInput,
            format!("templates.{}.{p}", input.kind.code()),
            m,
        ),
        None => Error::new(ErrorKind::Internal, format!("built-in template: {m}")),
    };

    let (subject_t, subject_custom) = part("subject")?;
    let subject = clean_text(
        &ctx.text(&subject_t, 0)
            .map_err(|m| fail(subject_custom, m))?,
    )
    .replace('\n', " ");

    let (text, html, sms) = if input.channel == LetterChannel::Sms {
        let (t, custom) = part("sms")?;
        let raw = clean_text(&ctx.text(&t, 0).map_err(|m| fail(custom, m))?);
        let folded = fold_for_sms(&raw);
        let info = gsm7_info(&folded);
        let html = format!(
            "<article class=\"relance-letter relance-{} relance-channel-sms\" lang=\"{}\">\n<p class=\"relance-sms-text\">{}</p>\n</article>\n",
            input.kind.code(),
            lang_code(lang),
            text_to_html(&folded)
        );
        (folded, html, Some(info))
    } else {
        let (t, custom) = part("body")?;
        let body_text = clean_text(&ctx.text(&t, 0).map_err(|m| fail(custom, m))?);
        let body_html = ctx.body_html(&t, 0).map_err(|m| fail(custom, m))?;
        let (text, html) = layout(input, lang, &subject, &body_text, &body_html);
        (text, html, None)
    };

    // French spacing is applied once, to the whole output, so that no fixed text, value or
    // override can leave an ordinary space before « : » or « € » (the SMS text was folded to
    // GSM-7 spaces on purpose and is left alone).
    let (subject, text, html) = match (lang, input.channel) {
        (Lang::Fr, LetterChannel::Sms) => (french_spacing(&subject), text, html),
        (Lang::Fr, _) => (
            french_spacing(&subject),
            french_spacing(&text),
            french_spacing(&html),
        ),
        (Lang::En, _) => (subject, text, html),
    };
    Ok(LetterResult {
        kind: input.kind,
        channel: input.channel,
        lang,
        subject,
        text,
        html,
        sms,
        figures,
        deadline: deadline_date,
        warnings: dedup(warnings),
    })
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}

fn dedup(warnings: Vec<Warning>) -> Vec<Warning> {
    let mut out: Vec<Warning> = Vec::new();
    for w in warnings {
        if !out
            .iter()
            .any(|o| o.code == w.code && o.message == w.message)
        {
            out.push(w);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Figures

fn compute_figures(input: &LetterInput, warnings: &mut Vec<Warning>) -> Result<LetterFigures> {
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
                format!("fr-b2c: interest runs from {d}, the estimated first presentation of the mise en demeure found in `history` (its sending date + `deliveryDays` working days); give `noticeDate`, the date on the notice of delivery, to use the real one"),
            ));
        }
    }
    let mut demanded = Decimal::ZERO;
    for (i, inv) in input.invoices.iter().enumerate() {
        let fees_input = LateFeesInput::for_invoice(
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
            rule = regime_rule.to_owned();
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
fn effective_notice_date(input: &LetterInput) -> Result<Option<IsoDate>> {
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
fn last_sent(input: &LetterInput, kind: LetterKind) -> Option<IsoDate> {
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
const DEFAULT_DELIVERY_DAYS: u32 = 3;
const MAX_DELIVERY_DAYS: u32 = 30;

/// Estimated first presentation of a registered letter sent on `sent` (CPC 668–669: for the
/// addressee, a notification dates from its receipt; france-law.md §4.3).
fn first_presentation(input: &LetterInput, sent: IsoDate) -> Result<IsoDate> {
    let days = input.delivery_days.unwrap_or(DEFAULT_DELIVERY_DAYS);
    if days > MAX_DELIVERY_DAYS {
        return Err(Error::at(
            ErrorKind::InconsistentInput,
            "deliveryDays",
            format!("a registered letter is presented within days, not {days} working days (at most {MAX_DELIVERY_DAYS})"),
        ));
    }
    add_working_days(sent, days, input.calendar.unwrap_or_default())
}

fn prefix(e: Error, at: &str) -> Error {
    let field = match e.field() {
        Some(f) if !f.is_empty() && f != "." => format!("{at}.{f}"),
        _ => at.to_owned(),
    };
    Error::at(e.kind(), field, e.message())
}

/// The step's deadline and the number of days it gives.
///
/// A final notice's days run from its date. A mise en demeure is a registered letter: its
/// days run from its first presentation (CPC 668–669), estimated as `asOf` + `deliveryDays`
/// working days, so the date written in it never leaves the debtor fewer days than announced.
/// Both are counted under CPC 641/642.
fn compute_deadline(
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
                format!("the deadline {d} must be after asOf {}", input.as_of),
            ));
        }
        let days = from.days_until(d);
        if needs && days < 8 {
            warnings.push(short_deadline(days));
        }
        return Ok(Some((d, days.max(0))));
    }
    if !needs && input.deadline_days.is_none() {
        return Ok(None);
    }
    let days = input.deadline_days.unwrap_or(8);
    if needs && days < 8 {
        warnings.push(short_deadline(i32::try_from(days).unwrap_or(0)));
    }
    let r = deadline(&DeadlineInput {
        from,
        days: Some(days),
        months: None,
        calendar: input.calendar,
    })
    .map_err(|e| match e.field() {
        Some("days") => Error::at(e.kind(), "deadlineDays", e.message()),
        _ => e,
    })?;
    Ok(Some((r.date, i32::try_from(days).unwrap_or(i32::MAX))))
}

fn short_deadline(days: i32) -> Warning {
    Warning::new(
        "short-deadline",
        format!("a deadline of {days} days (from the letter's date, or from the first presentation of a mise en demeure) is shorter than the 8 days practice expects for a final notice or a mise en demeure (france-law.md §4.1); a court may find it unreasonable"),
    )
}

fn kind_checks(
    input: &LetterInput,
    figures: &LetterFigures,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let c = &input.creditor;
    let has = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.trim().is_empty());
    let demands_payment = !matches!(input.kind, LetterKind::Handover);
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
fn sequence_checks(input: &LetterInput, warnings: &mut Vec<Warning>) -> Result<()> {
    let previous = match input.kind {
        LetterKind::FormalNotice => LetterKind::FinalNotice,
        LetterKind::Handover => LetterKind::FormalNotice,
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
fn public_checks(
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

// ---------------------------------------------------------------------------------------------
// Values

struct Val {
    text: String,
    /// HTML form; `None` means the escaped text with `<br>` for line ends.
    html: Option<String>,
    /// A table: in HTML, a paragraph made of it alone is not wrapped in `<p>`.
    block: bool,
}

impl Val {
    fn text(s: impl Into<String>) -> Val {
        Val {
            text: s.into(),
            html: None,
            block: false,
        }
    }
    fn html(&self) -> String {
        match &self.html {
            Some(h) => h.clone(),
            None => text_to_html(&self.text),
        }
    }
}

/// `label` with its first letter in upper case. The labels begin with an ASCII letter or `é`:
/// `char::to_uppercase` would link Unicode's case tables, about 13 KB of wasm.
fn capitalized(label: &str) -> String {
    match label.strip_prefix('é') {
        Some(rest) => format!("É{rest}"),
        None => {
            let mut out = label.to_owned();
            if let Some(first) = out.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            out
        }
    }
}

fn numeric_date(d: IsoDate) -> String {
    let (y, m, day) = d.ymd();
    format!("{day:02}/{m:02}/{y}")
}

fn opt(s: &Option<String>) -> String {
    s.as_deref().map(str::trim).unwrap_or_default().to_owned()
}

fn list_join(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Fr => " et ",
        Lang::En => " and ",
    };
    match items.len() {
        0 => String::new(),
        1 => items.concat(),
        n => {
            let head = items.get(..n - 1).unwrap_or_default().join(", ");
            let last = items.last().cloned().unwrap_or_default();
            format!("{head}{and}{last}")
        }
    }
}

/// The placeholder values of one text. A list searched in order rather than a map: there
/// are some fifty names, each set once, and a map's insert and lookup code weighed several KB
/// of wasm for no measurable speed.
#[derive(Default)]
struct Values(Vec<(&'static str, Val)>);

impl Values {
    fn get(&self, name: &str) -> Option<&Val> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// Sets a value, kept out of line: `build_values` sets some fifty values, and the inlined
/// push at each one weighed several KB of wasm.
#[inline(never)]
fn put(values: &mut Values, name: &'static str, value: Val) {
    values.0.push((name, value));
}

fn build_values(
    input: &LetterInput,
    lang: Lang,
    f: &LetterFigures,
    deadline: Option<(IsoDate, i32)>,
    warnings: &mut Vec<Warning>,
) -> Result<Values> {
    let fr = lang == Lang::Fr;
    let deadline_date = deadline.map(|(d, _)| d);
    let c = &input.creditor;
    let amt = |d: Decimal| format_amount(d, lang);
    let date = |d: IsoDate| format_date(d, lang);
    let mut v = Values::default();

    put(&mut v, "creditor_name", Val::text(c.name.trim()));
    let signatory = c
        .signatory
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(c.name.trim());
    put(&mut v, "creditor_signatory", Val::text(signatory));
    put(&mut v, "creditor_phone", Val::text(opt(&c.phone)));
    put(&mut v, "creditor_email", Val::text(opt(&c.email)));
    let contacts: Vec<String> = [opt(&c.phone), opt(&c.email)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let contact = if contacts.is_empty() {
        c.address
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        list_join(&contacts, lang)
            .replace(" and ", " or ")
            .replace(" et ", " ou ")
    };
    put(&mut v, "creditor_contact", Val::text(contact));
    put(&mut v, "debtor_name", Val::text(input.debtor.name.trim()));
    let (rname, rsal) = match &input.recipient {
        Some(r) => (
            r.name.trim().to_owned(),
            match (r.kind, fr) {
                (RecipientKind::CommissaireDeJustice | RecipientKind::Avocat, true) => "Maître,",
                (RecipientKind::CommissaireDeJustice | RecipientKind::Avocat, false) => {
                    "Dear Maître,"
                }
                (RecipientKind::Agency, true) => "Madame, Monsieur,",
                (RecipientKind::Agency, false) => "Dear Sir or Madam,",
            },
        ),
        None => (
            String::new(),
            if fr {
                "Madame, Monsieur,"
            } else {
                "Dear Sir or Madam,"
            },
        ),
    };
    put(&mut v, "recipient_name", Val::text(rname));
    put(&mut v, "recipient_salutation", Val::text(rsal));
    let closing_form = rsal.trim_end_matches(',');
    put(
        &mut v,
        "recipient_salutation_closing",
        Val::text(closing_form),
    );
    let (salutation, closing) = salutation(&input.debtor, lang);
    put(&mut v, "salutation", Val::text(salutation));
    put(&mut v, "salutation_closing", Val::text(closing));
    put(&mut v, "date", Val::text(date(input.as_of)));

    let numbers: Vec<String> = input
        .invoices
        .iter()
        .map(|i| i.number.trim().to_owned())
        .collect();
    let many = numbers.len() > 1;
    let label = match (fr, many) {
        (true, false) => format!("facture n° {}", list_join(&numbers, lang)),
        (true, true) => format!("factures nos\u{a0}{}", list_join(&numbers, lang)),
        (false, false) => format!("invoice no. {}", list_join(&numbers, lang)),
        (false, true) => format!("invoices no. {}", list_join(&numbers, lang)),
    };
    put(&mut v, "invoice_label", Val::text(label));
    put(&mut v, "invoice_numbers", Val::text(numbers.join(", ")));
    let refs: Vec<String> = input
        .invoices
        .iter()
        .map(|i| {
            if fr {
                format!("n° {} du {}", i.number.trim(), date(i.issue_date))
            } else {
                format!("no. {} dated {}", i.number.trim(), date(i.issue_date))
            }
        })
        .collect();
    let refs = match (fr, many) {
        (true, false) => format!("notre facture {}", list_join(&refs, lang)),
        (true, true) => format!("nos factures {}", list_join(&refs, lang)),
        (false, false) => format!("our invoice {}", list_join(&refs, lang)),
        (false, true) => format!("our invoices {}", list_join(&refs, lang)),
    };
    put(&mut v, "invoice_refs", Val::text(refs));
    let first_issue = input
        .invoices
        .first()
        .map(|i| i.issue_date)
        .unwrap_or(input.as_of);
    let due = input
        .invoices
        .iter()
        .map(|i| i.due_date)
        .min()
        .unwrap_or(input.as_of);
    put(&mut v, "invoice_date", Val::text(date(first_issue)));
    put(&mut v, "due_date", Val::text(date(due)));
    // The verb agrees with the invoices: "échue le …" for one, "la première échue le …" for
    // several.
    let due_phrase = match (fr, many) {
        (true, false) => format!("échue le {}", date(due)),
        (true, true) => format!("la première échue le {}", date(due)),
        (false, false) => format!("due on {}", date(due)),
        (false, true) => format!("the first due on {}", date(due)),
    };
    put(&mut v, "due_phrase", Val::text(due_phrase));
    put(&mut v, "due_date_numeric", Val::text(numeric_date(due)));
    put(
        &mut v,
        "days_late",
        Val::text(due.days_until(input.as_of).max(0).to_string()),
    );
    let mut amount_sum = Decimal::ZERO;
    for i in &input.invoices {
        amount_sum = money::add(amount_sum, i.amount.0)?;
    }
    put(&mut v, "amount", Val::text(amt(amount_sum)));
    put(&mut v, "principal", Val::text(amt(f.principal.0)));
    put(&mut v, "interest", Val::text(amt(f.interest.0)));
    put(&mut v, "compensation", Val::text(amt(f.compensation.0)));
    put(&mut v, "total", Val::text(amt(f.total.0)));
    put(
        &mut v,
        "total_in_words",
        Val::text(amount_in_words(f.total.0, lang)?),
    );
    let rate = match f.penalty_rate_percent {
        Some(p) => format_percent(p.0, lang),
        None => match (input.regime, fr) {
            (Regime::FrB2c, true) => "taux légal".to_owned(),
            (Regime::FrB2c, false) => "legal rate".to_owned(),
            (_, true) => "taux légal applicable".to_owned(),
            (_, false) => "applicable legal rate".to_owned(),
        },
    };
    put(&mut v, "penalty_rate", Val::text(rate));
    let (dl, dln) = match deadline_date {
        Some(d) => (date(d), numeric_date(d)),
        None => (String::new(), String::new()),
    };
    put(&mut v, "deadline", Val::text(dl));
    put(&mut v, "deadline_numeric", Val::text(dln));
    let (days, days_words) = match deadline {
        Some((_, n)) => (
            n.to_string(),
            number_in_words(u64::try_from(n).unwrap_or(0), lang)?,
        ),
        None => (String::new(), String::new()),
    };
    put(&mut v, "deadline_days", Val::text(days));
    put(&mut v, "deadline_days_words", Val::text(days_words));
    put(
        &mut v,
        "notice_date",
        Val::text(effective_notice_date(input)?.map(date).unwrap_or_default()),
    );
    put(&mut v, "demand_total", Val::text(amt(f.demanded.0)));
    put(
        &mut v,
        "demand_total_in_words",
        Val::text(amount_in_words(f.demanded.0, lang)?),
    );
    put(
        &mut v,
        "public_accessories",
        public_accessories(input, f, lang)?,
    );
    put(&mut v, "chorus_pro_note", chorus_pro_note(input, lang));

    // Previous reminders.
    let history = input.history.as_deref().unwrap_or_default();
    let reminders: Vec<String> = history
        .iter()
        .filter(|h| {
            matches!(
                h.kind,
                LetterKind::Reminder | LetterKind::SecondReminder | LetterKind::FinalNotice
            )
        })
        .map(|h| {
            if fr {
                format!("du {}", date(h.date))
            } else {
                format!("of {}", date(h.date))
            }
        })
        .collect();
    let previous = match (fr, reminders.len()) {
        (true, 0) => "nos précédentes relances".to_owned(),
        (true, 1) => format!("notre relance {}", list_join(&reminders, lang)),
        (true, _) => format!("nos relances {}", list_join(&reminders, lang)),
        (false, 0) => "our previous reminders".to_owned(),
        (false, 1) => format!("our reminder {}", list_join(&reminders, lang)),
        (false, _) => format!("our reminders {}", list_join(&reminders, lang)),
    };
    put(&mut v, "previous_reminders", Val::text(previous));
    let hist_lines: Vec<String> = history
        .iter()
        .map(|h| {
            // A mise en demeure "by letter" is a registered letter: say so in the record.
            let ch = h
                .channel
                .map(|c| match (h.kind, c, fr) {
                    (LetterKind::FormalNotice, LetterChannel::Letter, true) => {
                        " (lettre recommandée avec accusé de réception)".to_owned()
                    }
                    (LetterKind::FormalNotice, LetterChannel::Letter, false) => {
                        " (registered letter)".to_owned()
                    }
                    _ => format!(" ({})", c.label(lang)),
                })
                .unwrap_or_default();
            // No capital after a colon in French ("- 20 octobre 2026 : relance").
            let label = match lang {
                Lang::Fr => h.kind.label(lang).to_owned(),
                Lang::En => capitalized(h.kind.label(lang)),
            };
            format!(
                "- {}{} {label}{ch}",
                date(h.date),
                if fr { " :" } else { ":" }
            )
        })
        .collect();
    let hist_text = if hist_lines.is_empty() {
        if fr {
            "- (aucune étape enregistrée)".to_owned()
        } else {
            "- (no step recorded)".to_owned()
        }
    } else {
        hist_lines.join("\n")
    };
    put(&mut v, "history", Val::text(hist_text));

    // Payment details.
    let mut pay = Vec::new();
    let iban = opt(&c.iban);
    let bic = opt(&c.bic);
    let link = opt(&c.payment_link);
    if !iban.is_empty() {
        pay.push(if fr {
            "Règlement par virement bancaire :".to_owned()
        } else {
            "Payment by bank transfer:".to_owned()
        });
        pay.push(format!("IBAN{} {iban}", if fr { " :" } else { ":" }));
        if !bic.is_empty() {
            pay.push(format!("BIC{} {bic}", if fr { " :" } else { ":" }));
        }
        pay.push(if fr {
            if many {
                "Merci d'indiquer les numéros de facture en référence du virement.".to_owned()
            } else {
                "Merci d'indiquer le numéro de facture en référence du virement.".to_owned()
            }
        } else {
            if many {
                "Please quote the invoice numbers as the transfer reference.".to_owned()
            } else {
                "Please quote the invoice number as the transfer reference.".to_owned()
            }
        });
    }
    if !link.is_empty() {
        pay.push(if fr {
            format!("Paiement en ligne : {link}")
        } else {
            format!("Online payment: {link}")
        });
    }
    if pay.is_empty() {
        pay.push(if fr {
            format!(
                "Pour les modalités de règlement, nous vous invitons à nous contacter : {}.",
                v.get("creditor_contact")
                    .map(|x| x.text.clone())
                    .unwrap_or_default()
            )
        } else {
            format!(
                "For payment details, please contact us: {}.",
                v.get("creditor_contact")
                    .map(|x| x.text.clone())
                    .unwrap_or_default()
            )
        });
    }
    put(&mut v, "payment_details", Val::text(pay.join("\n")));
    // Never empty: an SMS ends with "Paiement : {{pay_short}}".
    let pay_short = if !link.is_empty() {
        link
    } else if !iban.is_empty() {
        format!("IBAN {iban}")
    } else if !opt(&c.phone).is_empty() {
        opt(&c.phone)
    } else if !opt(&c.email).is_empty() {
        opt(&c.email)
    } else if lang == Lang::Fr {
        "nous contacter".to_owned()
    } else {
        "contact us".to_owned()
    };
    put(&mut v, "pay_short", Val::text(pay_short));

    // Tables.
    let consumer = input.regime == Regime::FrB2c;
    put(&mut v, "invoice_table", invoice_table(input, f, lang));
    put(
        &mut v,
        "figures_table",
        figures_table(input, f, lang, consumer),
    );
    put(&mut v, "period_table", period_table(f, input.regime, lang));
    put(&mut v, "payments_note", payments_note(input, f, lang));
    let short: Vec<String> = input
        .invoices
        .iter()
        .map(|i| i.number.trim().to_owned())
        .collect();
    let short = match (fr, short.len() > 1) {
        (true, false) => format!("facture {}", short.join(", ")),
        (true, true) => format!("factures {}", short.join(", ")),
        (false, false) => format!("invoice {}", short.join(", ")),
        (false, true) => format!("invoices {}", short.join(", ")),
    };
    put(&mut v, "invoice_label_short", Val::text(short));
    put(&mut v, "delivery_details", delivery_details(input, f, lang));

    let instalments = input.instalments.as_deref().unwrap_or_default();
    if input.kind == LetterKind::PaymentPlan && instalments.is_empty() {
        return Err(Error::at(
            ErrorKind::MissingField,
            "instalments",
            "a payment plan needs its instalments: [{ date, amount }, …]",
        ));
    }
    if input.kind == LetterKind::Handover && input.recipient.is_none() {
        return Err(Error::at(
            ErrorKind::MissingField,
            "recipient",
            "a hand-over note needs its recipient: { name, kind: \"commissaire-de-justice\" | \"avocat\" | \"agency\" }",
        ));
    }
    let mut plan_total = Decimal::ZERO;
    for i in instalments {
        plan_total = money::add(plan_total, i.amount.0)?;
    }
    if input.kind == LetterKind::PaymentPlan {
        if plan_total != f.total.0 && plan_total != f.principal.0 {
            warnings.push(Warning::new(
                "plan-total-differs",
                format!(
                    "the instalments add up to {}, neither the total due ({}) nor the principal ({})",
                    Money(plan_total),
                    f.total,
                    f.principal
                ),
            ));
        }
        let mut prev: Option<IsoDate> = None;
        for (i, inst) in instalments.iter().enumerate() {
            if prev.is_some_and(|p| inst.date <= p) {
                return Err(Error::at(
                    ErrorKind::InconsistentInput,
                    format!("instalments[{i}].date"),
                    "instalment dates must be in increasing order",
                ));
            }
            prev = Some(inst.date);
        }
        if let (Some(a), Some(b)) = (instalments.first(), instalments.last()) {
            if b.date > a.date.add_months(24)? {
                warnings.push(Warning::new(
                    crate::plan::PLAN_EXCEEDS_24_MONTHS,
                    "the plan runs more than 24 months, longer than a judge could grant (C. civ. 1343-5)",
                ));
            }
        }
    }
    put(
        &mut v,
        "instalment_table",
        instalment_table(instalments, lang),
    );
    put(
        &mut v,
        "instalment_count",
        Val::text(instalments.len().to_string()),
    );
    put(&mut v, "instalment_total", Val::text(amt(plan_total)));
    let settlement = input.penalties_settlement.unwrap_or_default();
    if input.kind == LetterKind::PaymentPlan
        && settlement == PenaltiesSettlement::Waived
        && plan_total != f.principal.0
    {
        warnings.push(Warning::new(
            "plan-total-differs",
            format!(
                "the penalties and indemnity are waived, but the instalments add up to {}, not the principal ({})",
                Money(plan_total),
                f.principal
            ),
        ));
    }
    put(
        &mut v,
        "plan_accessories",
        plan_accessories(input, f, plan_total, settlement, lang)?,
    );
    // A consumer gets longer to pay before the déchéance du terme: 8 days may be found too
    // short a notice for a non-professional.
    let acceleration = input
        .acceleration_notice_days
        .unwrap_or(if input.regime == Regime::FrB2c { 15 } else { 8 });
    if input.kind == LetterKind::PaymentPlan && acceleration < 8 {
        warnings.push(short_deadline(i32::try_from(acceleration).unwrap_or(0)));
    }
    put(
        &mut v,
        "acceleration_days_words",
        Val::text(number_in_words(u64::from(acceleration), lang)?),
    );
    Ok(v)
}

/// The salutation and its form in the closing formula. French: the addressee's title
/// (« Monsieur le Maire, »), else the civility (« Madame, »), else « Madame, Monsieur, »; the
/// closing repeats it (« Nous vous prions d'agréer, Monsieur le Maire, … »). English: "Dear
/// Mr Durand," and "Yours sincerely" when the name is known, "Dear Sir," / "Dear Madam," or
/// "Dear Sir or Madam," and "Yours faithfully" otherwise.
fn salutation(debtor: &LetterDebtor, lang: Lang) -> (String, String) {
    let title = opt(&debtor.title);
    let surname = opt(&debtor.surname);
    match lang {
        Lang::Fr => {
            let form = match (title.is_empty(), debtor.civility) {
                (false, _) => title,
                (true, Some(Civility::Monsieur)) => "Monsieur".to_owned(),
                (true, Some(Civility::Madame)) => "Madame".to_owned(),
                (true, None) => "Madame, Monsieur".to_owned(),
            };
            (format!("{form},"), form)
        }
        Lang::En => match (debtor.civility, surname.is_empty()) {
            (Some(Civility::Monsieur), false) => {
                (format!("Dear Mr {surname},"), "sincerely".to_owned())
            }
            (Some(Civility::Madame), false) => {
                (format!("Dear Ms {surname},"), "sincerely".to_owned())
            }
            (Some(Civility::Monsieur), true) => ("Dear Sir,".to_owned(), "faithfully".to_owned()),
            (Some(Civility::Madame), true) => ("Dear Madam,".to_owned(), "faithfully".to_owned()),
            (None, _) => ("Dear Sir or Madam,".to_owned(), "faithfully".to_owned()),
        },
    }
}

/// fr-public: when the interest and the indemnity are payable. They are owed of right
/// (L2192-13) but paid "dans un délai de quarante-cinq jours suivant la mise en paiement du
/// principal" (R2192-36), so the texts demand the principal and say when the rest falls due.
fn public_accessories(input: &LetterInput, f: &LetterFigures, lang: Lang) -> Result<Val> {
    if input.regime != Regime::FrPublic {
        return Ok(Val::text(""));
    }
    let fr = lang == Lang::Fr;
    let amt = |d: Decimal| format_amount(d, lang);
    let date = |d: IsoDate| format_date(d, lang);
    let mut lines = Vec::new();
    let mut open = Decimal::ZERO;
    for (inv, fi) in input.invoices.iter().zip(&f.invoices) {
        let accessories = money::add(fi.interest_outstanding.0, fi.compensation.0)?;
        if accessories.is_zero() {
            continue;
        }
        let number = inv.number.trim();
        match fi.accessories_last_day {
            None => open = money::add(open, accessories)?,
            Some(last) => {
                let paid = last.add_days(-45)?;
                lines.push(match (fr, input.as_of > last) {
                    (true, true) => format!("Le principal de la facture n° {number} a été payé le {} : le délai de quarante-cinq jours dans lequel les intérêts moratoires et l'indemnité forfaitaire, soit {}, devaient nous être versés a expiré le {} (article R2192-36 du Code de la commande publique) ; cette somme est comprise dans la somme demandée.", date(paid), amt(accessories), date(last)),
                    (true, false) => format!("Le principal de la facture n° {number} a été payé le {} : les intérêts moratoires et l'indemnité forfaitaire, soit {}, sont à nous verser au plus tard le {} (article R2192-36 du Code de la commande publique).", date(paid), amt(accessories), date(last)),
                    (false, true) => format!("The principal of invoice no. {number} was paid on {}: the forty-five days within which the default interest and the recovery fee, that is {}, were to be paid to us expired on {} (article R2192-36 of the French Public Procurement Code); this sum is included in the sum demanded.", date(paid), amt(accessories), date(last)),
                    (false, false) => format!("The principal of invoice no. {number} was paid on {}: the default interest and the recovery fee, that is {}, are to be paid to us by {} at the latest (article R2192-36 of the French Public Procurement Code).", date(paid), amt(accessories), date(last)),
                });
            }
        }
    }
    if !open.is_zero() {
        lines.insert(0, if fr {
            format!("Les intérêts moratoires et l'indemnité forfaitaire pour frais de recouvrement, soit {} au {}, nous sont dus de plein droit ; ils sont à nous verser dans les quarante-cinq jours suivant la mise en paiement du principal (article R2192-36 du Code de la commande publique).", amt(open), date(input.as_of))
        } else {
            format!("The default interest and the flat recovery fee, that is {} as at {}, are owed to us by law; they are to be paid to us within forty-five days of the payment of the principal (article R2192-36 of the French Public Procurement Code).", amt(open), date(input.as_of))
        });
    }
    Ok(Val::text(lines.join("\n\n")))
}

/// fr-public: the Chorus Pro filing dates, from which the payment period runs (CCP R2192-12:
/// "le délai de paiement court à compter de la date de réception de la demande de paiement";
/// for an invoice on the portal, the day the buyer is notified of it).
fn chorus_pro_note(input: &LetterInput, lang: Lang) -> Val {
    if input.regime != Regime::FrPublic {
        return Val::text("");
    }
    let filed: Vec<(&str, IsoDate)> = input
        .invoices
        .iter()
        .filter_map(|i| i.chorus_pro_date.map(|d| (i.number.trim(), d)))
        .collect();
    let fr = lang == Lang::Fr;
    let items: Vec<String> = filed
        .iter()
        .map(|(n, d)| {
            if fr {
                format!("n° {n} le {}", format_date(*d, lang))
            } else {
                format!("no. {n} on {}", format_date(*d, lang))
            }
        })
        .collect();
    Val::text(match (filed.as_slice(), fr) {
        ([], _) => String::new(),
        ([(n, d)], true) => format!("Notre facture n° {n}, qui vaut demande de paiement, a été déposée sur le portail Chorus Pro le {}.", format_date(*d, lang)),
        (_, true) => format!("Nos factures, qui valent demandes de paiement, ont été déposées sur le portail Chorus Pro : {}.", list_join(&items, lang)),
        ([(n, d)], false) => format!("Our invoice no. {n}, which is our payment request, was filed on the Chorus Pro portal on {}.", format_date(*d, lang)),
        (_, false) => format!("Our invoices, which are our payment requests, were filed on the Chorus Pro portal: {}.", list_join(&items, lang)),
    })
}

/// payment-plan: how the penalties (or interest) and the indemnity acknowledged with the
/// principal are settled, so that a signed « Bon pour accord » never reads as giving them up.
fn plan_accessories(
    input: &LetterInput,
    f: &LetterFigures,
    plan_total: Decimal,
    settlement: PenaltiesSettlement,
    lang: Lang,
) -> Result<Val> {
    let fr = lang == Lang::Fr;
    let amt = |d: Decimal| format_amount(d, lang);
    let date = |d: IsoDate| format_date(d, lang);
    let accessories = money::add(f.interest.0, f.compensation.0)?;
    let remainder = f.total.0.checked_sub(plan_total).unwrap_or_default();
    let last = input
        .instalments
        .as_deref()
        .unwrap_or_default()
        .last()
        .map(|i| i.date)
        .unwrap_or(input.as_of);
    let (what_fr, what_en) = match input.regime {
        Regime::FrB2b => (
            "aux pénalités de retard arrêtées au {d} et à l'indemnité forfaitaire pour frais de recouvrement",
            "the late-payment penalties to {d} and the flat recovery fee",
        ),
        Regime::FrPublic => (
            "aux intérêts moratoires arrêtés au {d} et à l'indemnité forfaitaire pour frais de recouvrement",
            "the default interest to {d} and the flat recovery fee",
        ),
        Regime::FrB2c => (
            "aux intérêts au taux légal arrêtés au {d}",
            "the interest at the legal rate to {d}",
        ),
    };
    let what = if fr { what_fr } else { what_en }.replace("{d}", &date(input.as_of));
    let text = if settlement == PenaltiesSettlement::Waived && !accessories.is_zero() {
        if fr {
            format!("Sous la condition que l'échéancier soit intégralement respecté, nous renonçons {what}, soit {}. À défaut, notamment en cas de déchéance du terme, cette renonciation sera non avenue et ces sommes redeviendront immédiatement exigibles.", amt(accessories))
        } else {
            format!("On condition that the schedule is kept in full, we waive {what}, that is {}. Failing that, in particular if the benefit of the schedule is lost, this waiver will be void and these sums will be immediately due again.", amt(accessories))
        }
    } else if remainder <= Decimal::ZERO {
        if fr {
            "Les échéances ci-dessus couvrent la totalité de la somme reconnue.".to_owned()
        } else {
            "The instalments above cover the whole sum acknowledged.".to_owned()
        }
    } else if remainder == accessories {
        if fr {
            format!("Le solde de la somme reconnue, soit {}, correspondant {what}, sera réglé avec la dernière échéance, le {}.", amt(remainder), date(last))
        } else {
            format!("The balance of the sum acknowledged, that is {}, being {what}, will be paid with the last instalment, on {}.", amt(remainder), date(last))
        }
    } else if fr {
        format!("Le solde de la somme reconnue non couvert par les échéances ci-dessus, soit {}, sera réglé avec la dernière échéance, le {}.", amt(remainder), date(last))
    } else {
        format!("The balance of the sum acknowledged that the instalments above do not cover, that is {}, will be paid with the last instalment, on {}.", amt(remainder), date(last))
    };
    Ok(Val::text(text))
}

/// A table as aligned plain-text columns and as an HTML `<table>`.
fn table(
    class: &str,
    headers: &[&str],
    right: &[bool],
    rows: &[Vec<String>],
    foot: Vec<Vec<String>>,
) -> Val {
    let ncol = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in rows.iter().chain(foot.iter()) {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate().take(ncol) {
            let w = widths.get(i).copied().unwrap_or(0);
            let pad = " ".repeat(w.saturating_sub(cell.chars().count()));
            if i > 0 {
                out.push_str("  ");
            }
            if right.get(i).copied().unwrap_or(false) {
                out.push_str(&pad);
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.push_str(&pad);
            }
        }
        out.trim_end().to_owned()
    };
    let rule: String = "-".repeat(widths.iter().sum::<usize>() + 2 * ncol.saturating_sub(1));
    let head: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
    let mut text = vec![line(&head), rule.clone()];
    for r in rows {
        text.push(line(r));
    }
    if !foot.is_empty() {
        text.push(rule);
        for ft in &foot {
            text.push(line(ft));
        }
    }

    let cell_class = |i: usize| {
        if right.get(i).copied().unwrap_or(false) {
            " class=\"relance-num\""
        } else {
            ""
        }
    };
    // Pieces pushed one by one rather than `format!` per cell: a letter's tables are most of
    // its rendering time.
    let cell = |html: &mut String, open: &str, class: &str, text: &str, close: &str| {
        html.push_str(open);
        html.push_str(class);
        html.push('>');
        push_escaped(html, text);
        html.push_str(close);
    };
    let mut html = format!("<table class=\"relance-table {class}\">\n<thead><tr>");
    for (i, h) in headers.iter().enumerate() {
        cell(&mut html, "<th scope=\"col\"", cell_class(i), h, "</th>");
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        html.push_str("<tr>");
        for (i, text) in r.iter().enumerate() {
            cell(&mut html, "<td", cell_class(i), text, "</td>");
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>");
    if !foot.is_empty() {
        html.push_str("\n<tfoot>");
        for ft in &foot {
            html.push_str("<tr>");
            for (i, text) in ft.iter().enumerate() {
                if i == 0 {
                    cell(&mut html, "<th scope=\"row\"", "", text, "</th>");
                } else {
                    cell(&mut html, "<td", cell_class(i), text, "</td>");
                }
            }
            html.push_str("</tr>");
        }
        html.push_str("</tfoot>");
    }
    html.push_str("\n</table>");
    Val {
        text: text.join("\n"),
        html: Some(html),
        block: true,
    }
}

fn invoice_table(input: &LetterInput, f: &LetterFigures, lang: Lang) -> Val {
    let headers: &[&str] = match lang {
        Lang::Fr => &["Facture", "Date", "Échéance", "Montant TTC", "Reste dû"],
        Lang::En => &["Invoice", "Date", "Due date", "Amount", "Outstanding"],
    };
    let rows: Vec<Vec<String>> = input
        .invoices
        .iter()
        .zip(&f.invoices)
        .map(|(i, fi)| {
            vec![
                i.number.trim().to_owned(),
                format_date(i.issue_date, lang),
                format_date(i.due_date, lang),
                format_amount(i.amount.0, lang),
                format_amount(fi.principal_outstanding.0, lang),
            ]
        })
        .collect();
    let foot: Vec<Vec<String>> = if input.invoices.len() > 1 {
        let sum = input
            .invoices
            .iter()
            .try_fold(Decimal::ZERO, |a, i| a.checked_add(i.amount.0))
            .unwrap_or_default();
        vec![vec![
            "Total".to_owned(),
            String::new(),
            String::new(),
            format_amount(sum, lang),
            format_amount(f.principal.0, lang),
        ]]
    } else {
        Vec::new()
    };
    table(
        "relance-invoices",
        headers,
        &[false, false, false, true, true],
        &rows,
        foot,
    )
}

fn figures_table(input: &LetterInput, f: &LetterFigures, lang: Lang, consumer: bool) -> Val {
    let interest_label = match (input.regime, lang) {
        (Regime::FrB2b, Lang::Fr) => "Pénalités",
        (Regime::FrPublic, Lang::Fr) => "Intérêts moratoires",
        (Regime::FrB2c, Lang::Fr) => "Intérêts",
        (Regime::FrB2b, Lang::En) => "Penalties",
        (_, Lang::En) => "Interest",
    };
    // A consumer owes no interest before the mise en demeure: an empty column would read as
    // a claim withheld, so it is left out when no invoice has any.
    let with_interest = !consumer
        || !f.interest.0.is_zero()
        || f.invoices
            .iter()
            .any(|fi| !fi.interest_outstanding.0.is_zero());
    let mut headers: Vec<&str> = match lang {
        Lang::Fr => vec!["Facture", "Principal dû"],
        Lang::En => vec!["Invoice", "Principal due"],
    };
    if with_interest {
        headers.push(interest_label);
    }
    if !consumer {
        headers.push(match lang {
            Lang::Fr => "Indemnité forfaitaire",
            Lang::En => "Recovery fee",
        });
    }
    headers.push("Total");
    let a = |d: Decimal| format_amount(d, lang);
    let rows: Vec<Vec<String>> = f
        .invoices
        .iter()
        .map(|fi| {
            let mut r = vec![fi.number.trim().to_owned(), a(fi.principal_outstanding.0)];
            if with_interest {
                r.push(a(fi.interest_outstanding.0));
            }
            if !consumer {
                r.push(a(fi.compensation.0));
            }
            r.push(a(fi.total.0));
            r
        })
        .collect();
    let mut foot = vec![
        match lang {
            Lang::Fr => "Total dû".to_owned(),
            Lang::En => "Total due".to_owned(),
        },
        a(f.principal.0),
    ];
    if with_interest {
        foot.push(a(f.interest.0));
    }
    if !consumer {
        foot.push(a(f.compensation.0));
    }
    foot.push(a(f.total.0));
    let mut right = vec![false];
    right.resize(headers.len(), true);
    table("relance-figures", &headers, &right, &rows, vec![foot])
}

fn period_table(f: &LetterFigures, regime: Regime, lang: Lang) -> Val {
    let last = match (regime, lang) {
        (Regime::FrB2b, Lang::Fr) => "Pénalités",
        (_, Lang::Fr) => "Intérêts",
        (Regime::FrB2b, Lang::En) => "Penalties",
        (_, Lang::En) => "Interest",
    };
    let headers: Vec<&str> = match lang {
        Lang::Fr => vec!["Facture", "Du", "Au", "Jours", "Principal", "Taux", last],
        Lang::En => vec!["Invoice", "From", "To", "Days", "Principal", "Rate", last],
    };
    let mut rows = Vec::new();
    let mut sum = Decimal::ZERO;
    let mut paid = Decimal::ZERO;
    for fi in &f.invoices {
        paid = paid.checked_add(fi.interest_paid.0).unwrap_or(paid);
        for p in &fi.periods {
            sum = sum.checked_add(p.interest.0).unwrap_or(sum);
            rows.push(vec![
                fi.number.trim().to_owned(),
                format_date(p.from, lang),
                format_date(p.to, lang),
                p.days.to_string(),
                format_amount(p.principal.0, lang),
                format_percent(p.rate_percent.0, lang),
                format_amount(p.interest.0, lang),
            ]);
        }
    }
    if rows.is_empty() {
        return Val::text(match lang {
            Lang::Fr => "Aucun intérêt n'a couru à ce jour.",
            Lang::En => "No interest has accrued to date.",
        });
    }
    let row = |label: &str, amount: Decimal| {
        let mut r = vec![label.to_owned()];
        r.resize(6, String::new());
        r.push(format_amount(amount, lang));
        r
    };
    let mut foot = vec![row("Total", sum)];
    if !paid.is_zero() {
        let (a, b) = match lang {
            Lang::Fr => ("Déjà réglé", "Reste dû"),
            Lang::En => ("Already paid", "Outstanding"),
        };
        foot.push(row(a, -paid));
        foot.push(row(b, sum.checked_sub(paid).unwrap_or_default()));
    }
    table(
        "relance-periods",
        &headers,
        &[false, false, false, true, true, true, true],
        &rows,
        foot,
    )
}

fn payments_note(input: &LetterInput, f: &LetterFigures, lang: Lang) -> Val {
    let mut items = Vec::new();
    for inv in &input.invoices {
        for p in inv.payments.as_deref().unwrap_or_default() {
            if p.date > input.as_of {
                continue;
            }
            items.push(match lang {
                Lang::Fr => format!(
                    "{} le {} (facture n° {})",
                    format_amount(p.amount.0, lang),
                    format_date(p.date, lang),
                    inv.number.trim()
                ),
                Lang::En => format!(
                    "{} on {} (invoice no. {})",
                    format_amount(p.amount.0, lang),
                    format_date(p.date, lang),
                    inv.number.trim()
                ),
            });
        }
    }
    if items.is_empty() {
        return Val::text("");
    }
    let one = items.len() == 1;
    // The imputation is the one `late_fees` applied (`Regime::default_allocation`); with no
    // interest run (a consumer before the mise en demeure) it went to the principal only.
    let how = if input.regime == Regime::FrPublic {
        if lang == Lang::Fr {
            "sur le principal ; les intérêts moratoires et l'indemnité forfaitaire sont payés à part, dans les quarante-cinq jours suivant la mise en paiement du principal (article R2192-36 du Code de la commande publique)"
        } else {
            "to the principal; the default interest and the recovery fee are paid separately, within forty-five days of the payment of the principal (article R2192-36 of the French Public Procurement Code)"
        }
    } else if f.invoices.iter().all(|i| i.interest.0.is_zero()) {
        if lang == Lang::Fr {
            "en totalité sur le principal, aucun intérêt n'ayant couru à cette date"
        } else {
            "in full to the principal, as no interest had accrued at that date"
        }
    } else if lang == Lang::Fr {
        "d'abord sur les intérêts échus, puis sur le principal (article 1343-1 du Code civil)"
    } else {
        "first to the interest due, then to the principal (article 1343-1 of the French Civil Code)"
    };
    Val::text(match lang {
        Lang::Fr => format!(
            "{} : {}. {} {how}.",
            if one {
                "Paiement reçu"
            } else {
                "Paiements reçus"
            },
            items.join(" ; "),
            if one {
                "Il a été imputé"
            } else {
                "Ils ont été imputés"
            }
        ),
        Lang::En => format!(
            "{}: {}. {} {how}.",
            if one {
                "Payment received"
            } else {
                "Payments received"
            },
            items.join("; "),
            if one {
                "It was applied"
            } else {
                "They were applied"
            }
        ),
    })
}

fn delivery_details(input: &LetterInput, f: &LetterFigures, lang: Lang) -> Val {
    let fr = lang == Lang::Fr;
    let lines: Vec<String> = input
        .invoices
        .iter()
        .zip(&f.invoices)
        .map(|(i, fi)| {
            // A paid invoice still listed for its penalties or interest says so.
            let paid = fi.principal_outstanding.0.is_zero();
            let mut s = if fr {
                format!(
                    "- facture n° {} du {}",
                    i.number.trim(),
                    format_date(i.issue_date, lang)
                )
            } else {
                format!(
                    "- invoice no. {} dated {}",
                    i.number.trim(),
                    format_date(i.issue_date, lang)
                )
            };
            if let Some(d) = i.order_date {
                s.push_str(&if fr {
                    format!(", commande du {}", format_date(d, lang))
                } else {
                    format!(", ordered on {}", format_date(d, lang))
                });
            }
            let desc = opt(&i.description);
            let qty = opt(&i.quantity);
            if !desc.is_empty() {
                s.push_str(if fr { " : " } else { ": " });
                s.push_str(&desc);
            }
            if !qty.is_empty() {
                s.push_str(&if fr {
                    format!(" (quantité : {qty})")
                } else {
                    format!(" (quantity: {qty})")
                });
            }
            s.push_str(&if fr {
                format!(
                    ", d'un montant de {}, échue le {}{} ;",
                    format_amount(i.amount.0, lang),
                    format_date(i.due_date, lang),
                    if paid {
                        " et réglée en principal"
                    } else {
                        ""
                    }
                )
            } else {
                format!(
                    ", amounting to {}, due on {}{};",
                    format_amount(i.amount.0, lang),
                    format_date(i.due_date, lang),
                    if paid { " and paid in principal" } else { "" }
                )
            });
            s
        })
        .collect();
    let mut text = lines.join("\n");
    if text.ends_with(';') {
        text.pop();
        text = text.trim_end().to_owned();
        text.push('.');
    }
    Val::text(text)
}

fn instalment_table(instalments: &[LetterInstalment], lang: Lang) -> Val {
    let headers: &[&str] = match lang {
        Lang::Fr => &["N°", "Date", "Montant"],
        Lang::En => &["No.", "Date", "Amount"],
    };
    let rows: Vec<Vec<String>> = instalments
        .iter()
        .enumerate()
        .map(|(n, i)| {
            vec![
                (n + 1).to_string(),
                format_date(i.date, lang),
                format_amount(i.amount.0, lang),
            ]
        })
        .collect();
    let sum = instalments
        .iter()
        .try_fold(Decimal::ZERO, |a, i| a.checked_add(i.amount.0))
        .unwrap_or_default();
    table(
        "relance-instalments",
        headers,
        &[false, false, true],
        &rows,
        vec![vec![
            "Total".to_owned(),
            String::new(),
            format_amount(sum, lang),
        ]],
    )
}

// ---------------------------------------------------------------------------------------------
// Templates

/// The sections of a template file: `(name, text)`, text without its surrounding blank lines.
/// A section starts at a line `=== name`; lines before the first one are comments.
/// The sections of a kind's template file, split once per file and language and kept: the
/// files are constants, and splitting them on every render cost about a tenth of it.
fn kind_sections(kind: LetterKind, lang: Lang) -> &'static [(&'static str, &'static str)] {
    static CACHE: [std::sync::OnceLock<Vec<(&'static str, &'static str)>>;
        2 * LetterKind::ALL.len()] =
        [const { std::sync::OnceLock::new() }; 2 * LetterKind::ALL.len()];
    match CACHE.get(kind as usize * 2 + lang as usize) {
        Some(cell) => cell.get_or_init(|| sections(kind.template(lang))),
        None => &[],
    }
}

/// The sections of the common file of `lang`, split once (see [`kind_sections`]).
fn common_sections(lang: Lang) -> &'static [(&'static str, &'static str)] {
    static CACHE: [std::sync::OnceLock<Vec<(&'static str, &'static str)>>; 2] =
        [const { std::sync::OnceLock::new() }; 2];
    match CACHE.get(lang as usize) {
        Some(cell) => cell.get_or_init(|| sections(common_template(lang))),
        None => &[],
    }
}

fn sections(file: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let mut current: Option<(&'static str, usize)> = None;
    let mut pos = 0usize;
    let trim = |t: &'static str| t.trim_matches(|c| c == '\n' || c == '\r');
    for line in file.split_inclusive('\n') {
        let l = line.trim_end_matches(['\n', '\r']);
        if let Some(name) = l.strip_prefix("=== ") {
            if let Some((n, start)) = current.take() {
                out.push((n, trim(file.get(start..pos).unwrap_or(""))));
            }
            current = Some((name.trim(), pos + line.len()));
        }
        pos += line.len();
    }
    if let Some((n, start)) = current {
        out.push((n, trim(file.get(start..).unwrap_or(""))));
    }
    out
}

struct Ctx {
    values: Values,
    kind_file: &'static [(&'static str, &'static str)],
    common: &'static [(&'static str, &'static str)],
    /// Section suffixes tried in order: the recipient kind (hand-over), then the audience.
    variants: Vec<&'static str>,
}

const MAX_DEPTH: u32 = 4;

enum Seg<'a> {
    Lit(&'a str),
    Ph(&'a str),
}

fn parse(t: &str) -> std::result::Result<Vec<Seg<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(open) = rest.find("{{") {
        out.push(Seg::Lit(rest.get(..open).unwrap_or("")));
        let after = rest.get(open + 2..).unwrap_or("");
        let close = after
            .find("}}")
            .ok_or_else(|| "a `{{` is not closed by `}}`".to_owned())?;
        let name = after.get(..close).unwrap_or("").trim();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(format!(
                "`{{{{{name}}}}}` is not a placeholder name (lower-case letters, digits, `_`)"
            ));
        }
        out.push(Seg::Ph(name));
        rest = after.get(close + 2..).unwrap_or("");
    }
    out.push(Seg::Lit(rest));
    Ok(out)
}

fn lookup(
    list: &[(&'static str, &'static str)],
    name: &str,
    variants: &[&str],
) -> Option<&'static str> {
    // `name.variant` compared in parts, without building the qualified name.
    let qualified = |n: &str, v: &str| {
        n.strip_prefix(name)
            .and_then(|r| r.strip_prefix('.'))
            .is_some_and(|r| r == v)
    };
    variants
        .iter()
        .find_map(|v| list.iter().find(|(n, _)| qualified(n, v)))
        .or_else(|| list.iter().find(|(n, _)| *n == name))
        .map(|(_, t)| *t)
}

/// Whether `name` is a snippet of the kind's files, for any audience.
fn is_snippet(kind: LetterKind, lang: Lang, name: &str) -> bool {
    let prefix = format!("{name}.");
    [kind_sections(kind, lang), common_sections(lang)]
        .iter()
        .copied()
        .flatten()
        .any(|(n, _)| *n == name || n.starts_with(&prefix))
}

fn check_template(kind: LetterKind, lang: Lang, text: &str) -> std::result::Result<(), String> {
    for seg in parse(text)? {
        if let Seg::Ph(name) = seg {
            if !PLACEHOLDER_NAMES.contains(&name) && !is_snippet(kind, lang, name) {
                return Err(unknown(name));
            }
        }
    }
    Ok(())
}

fn unknown(name: &str) -> String {
    format!("unknown placeholder `{{{{{name}}}}}`; see PLACEHOLDERS for the names")
}

impl Ctx {
    fn section(&self, name: &str) -> Option<&'static str> {
        lookup(self.kind_file, name, &self.variants)
            .or_else(|| lookup(self.common, name, &self.variants))
    }

    fn text(&self, t: &str, depth: u32) -> std::result::Result<String, String> {
        if depth > MAX_DEPTH {
            return Err("snippets nested too deeply".to_owned());
        }
        let mut out = String::new();
        for seg in parse(t)? {
            match seg {
                Seg::Lit(s) => out.push_str(s),
                Seg::Ph(name) => {
                    if let Some(v) = self.values.get(name) {
                        out.push_str(&v.text);
                    } else if let Some(s) = self.section(name) {
                        out.push_str(&self.text(s, depth + 1)?);
                    } else {
                        return Err(unknown(name));
                    }
                }
            }
        }
        Ok(out)
    }

    fn inline_html(&self, t: &str, depth: u32) -> std::result::Result<String, String> {
        if depth > MAX_DEPTH {
            return Err("snippets nested too deeply".to_owned());
        }
        let mut out = String::new();
        for seg in parse(t)? {
            match seg {
                Seg::Lit(s) => out.push_str(&text_to_html(s)),
                Seg::Ph(name) => {
                    if let Some(v) = self.values.get(name) {
                        out.push_str(&v.html());
                    } else if let Some(s) = self.section(name) {
                        out.push_str(&self.inline_html(s, depth + 1)?);
                    } else {
                        return Err(unknown(name));
                    }
                }
            }
        }
        Ok(out)
    }

    fn body_html(&self, t: &str, depth: u32) -> std::result::Result<String, String> {
        if depth > MAX_DEPTH {
            return Err("snippets nested too deeply".to_owned());
        }
        let normalized = t.replace("\r\n", "\n");
        let mut out = String::new();
        for para in normalized.split("\n\n") {
            let p = para.trim_matches('\n');
            if p.trim().is_empty() {
                continue;
            }
            if let [Seg::Lit(a), Seg::Ph(name), Seg::Lit(b)] = parse(p)?.as_slice() {
                if a.trim().is_empty() && b.trim().is_empty() {
                    if let Some(v) = self.values.get(name) {
                        if v.block && v.html.is_some() {
                            out.push_str(&v.html());
                            out.push('\n');
                            continue;
                        }
                    } else if let Some(s) = self.section(name) {
                        out.push_str(&self.body_html(s, depth + 1)?);
                        continue;
                    }
                }
            }
            let inner = self.inline_html(p, depth)?;
            if inner.split("<br>").all(|piece| piece.trim().is_empty()) {
                continue;
            }
            out.push_str("<p>");
            out.push_str(inner.trim());
            out.push_str("</p>\n");
        }
        Ok(out)
    }
}

/// Trims line ends, removes leading/trailing blank lines and collapses runs of blank lines.
fn clean_text(s: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in s.replace("\r\n", "\n").split('\n') {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Layout

fn layout(
    input: &LetterInput,
    lang: Lang,
    subject: &str,
    body_text: &str,
    body_html: &str,
) -> (String, String) {
    let fr = lang == Lang::Fr;
    let c = &input.creditor;
    let kind = input.kind;
    let signature_lines = {
        let mut s = vec![];
        let signatory = opt(&c.signatory);
        if !signatory.is_empty() {
            s.push(signatory);
        }
        s.push(c.name.trim().to_owned());
        if input.channel == LetterChannel::Email {
            let phone = opt(&c.phone);
            let email = opt(&c.email);
            if !phone.is_empty() {
                s.push(format!("{} {phone}", if fr { "Tél. :" } else { "Tel.:" }));
            }
            if !email.is_empty() {
                s.push(email);
            }
        }
        s
    };
    let article_open = format!(
        "<article class=\"relance-letter relance-{} relance-channel-{}\" lang=\"{}\">\n",
        kind.code(),
        input.channel.code(),
        lang_code(lang)
    );
    let signature_html = format!(
        "<footer class=\"relance-signature\">\n<p>{}</p>\n</footer>\n",
        signature_lines
            .iter()
            .map(|l| escape_html(l))
            .collect::<Vec<_>>()
            .join("<br>")
    );
    let is_letter = input.channel == LetterChannel::Letter && kind != LetterKind::PhoneScript;
    let registered = kind == LetterKind::FormalNotice;
    if !is_letter {
        let mut text = String::new();
        if input.channel == LetterChannel::Email && registered {
            text.push_str(if fr {
                "Copie de la lettre recommandée avec accusé de réception envoyée ce jour.\n\n"
            } else {
                "Copy of the letter sent today by registered post with acknowledgement of receipt (lettre recommandée avec accusé de réception).\n\n"
            });
        }
        text.push_str(body_text);
        if kind != LetterKind::PhoneScript {
            text.push_str("\n\n");
            text.push_str(&signature_lines.join("\n"));
        }
        let mut html = article_open;
        if input.channel == LetterChannel::Email && registered {
            html.push_str(&format!(
                "<p class=\"relance-delivery\">{}</p>\n",
                escape_html(if fr {
                    "Copie de la lettre recommandée avec accusé de réception envoyée ce jour."
                } else {
                    "Copy of the letter sent today by registered post with acknowledgement of receipt (lettre recommandée avec accusé de réception)."
                })
            ));
        }
        html.push_str("<div class=\"relance-body\">\n");
        html.push_str(body_html);
        html.push_str("</div>\n");
        if kind != LetterKind::PhoneScript {
            html.push_str(&signature_html);
        }
        html.push_str("</article>\n");
        return (text, html);
    }

    // Sender block.
    let mut sender: Vec<String> = vec![c.name.trim().to_owned()];
    sender.extend(
        c.address
            .replace("\r\n", "\n")
            .lines()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty()),
    );
    // Letterhead mentions of a company (C. com. R123-237 1° and 2°, R123-238): its form and
    // share capital, and "RCS <town of the registry>" with the SIREN.
    let form = opt(&c.legal_form);
    // A capital in whole euros is written without cents, as on a Kbis ("10 000 €").
    let capital = c.share_capital.map(|cap| {
        let s = format_amount(cap.0, lang);
        if cap.0.fract().is_zero() {
            s.replacen(if fr { ",00" } else { ".00" }, "", 1)
        } else {
            s
        }
    });
    match (form.is_empty(), capital) {
        (false, Some(cap)) => sender.push(if fr {
            format!("{form} au capital de {cap}")
        } else {
            format!("{form} with a share capital of {cap}")
        }),
        (false, None) => sender.push(form),
        (true, Some(cap)) => sender.push(if fr {
            format!("Capital social : {cap}")
        } else {
            format!("Share capital: {cap}")
        }),
        (true, None) => {}
    }
    let siren = opt(&c.siren);
    let rcs = opt(&c.rcs_city);
    if !rcs.is_empty() {
        sender.push(format!("RCS {rcs} {siren}").trim_end().to_owned());
    } else if !siren.is_empty() {
        sender.push(format!("SIREN{} {siren}", if fr { " :" } else { ":" }));
    }
    let vat = opt(&c.vat_number);
    if !vat.is_empty() {
        sender.push(if fr {
            format!("TVA intracommunautaire : {vat}")
        } else {
            format!("VAT no.: {vat}")
        });
    }
    let phone = opt(&c.phone);
    if !phone.is_empty() {
        sender.push(format!("{} {phone}", if fr { "Tél. :" } else { "Tel.:" }));
    }
    let email = opt(&c.email);
    if !email.is_empty() {
        sender.push(format!(
            "{} {email}",
            if fr { "Courriel :" } else { "Email:" }
        ));
    }
    // Recipient block.
    let (rname, raddr) = match (&input.recipient, kind) {
        (Some(r), LetterKind::Handover) => (r.name.trim().to_owned(), r.address.clone()),
        _ => (
            input.debtor.name.trim().to_owned(),
            input.debtor.address.clone(),
        ),
    };
    let title = match kind {
        LetterKind::Handover => String::new(),
        _ => opt(&input.debtor.title),
    };
    let mut recipient: Vec<String> = [title, rname]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect();
    if let Some(a) = raddr {
        recipient.extend(
            a.replace("\r\n", "\n")
                .lines()
                .map(|l| l.trim().to_owned())
                .filter(|l| !l.is_empty()),
        );
    }
    let place = opt(&c.place);
    let date = format_date(input.as_of, lang);
    let place_date = match (fr, place.is_empty()) {
        (true, false) => format!("{place}, le {date}"),
        (true, true) => format!("Le {date}"),
        (false, false) => format!("{place}, {date}"),
        (false, true) => date,
    };
    let delivery = if fr {
        "Lettre recommandée avec accusé de réception"
    } else {
        "By registered post with acknowledgement of receipt (lettre recommandée avec accusé de réception)"
    };
    let numbers: Vec<String> = input
        .invoices
        .iter()
        .map(|i| i.number.trim().to_owned())
        .collect();
    let reference = if fr {
        format!(
            "Réf. : {}{}",
            if numbers.len() > 1 {
                "factures nos\u{a0}"
            } else {
                "facture n°\u{a0}"
            },
            numbers.join(", ")
        )
    } else {
        format!(
            "Ref.: invoice{} no. {}",
            if numbers.len() > 1 { "s" } else { "" },
            numbers.join(", ")
        )
    };
    let subject_line = if fr {
        format!("Objet : {subject}")
    } else {
        format!("Subject: {subject}")
    };

    let mut text = sender.join("\n");
    text.push_str("\n\n");
    text.push_str(&recipient.join("\n"));
    text.push_str("\n\n");
    text.push_str(&place_date);
    text.push_str("\n\n");
    if registered {
        text.push_str(delivery);
        text.push('\n');
    }
    text.push_str(&subject_line);
    text.push('\n');
    text.push_str(&reference);
    text.push_str("\n\n");
    text.push_str(body_text);
    text.push_str("\n\n");
    text.push_str(&signature_lines.join("\n"));

    let join_html = |lines: &[String]| {
        lines
            .iter()
            .map(|l| escape_html(l))
            .collect::<Vec<_>>()
            .join("<br>")
    };
    let mut html = article_open;
    html.push_str("<header class=\"relance-header\">\n");
    html.push_str(&format!(
        "<address class=\"relance-sender\">{}</address>\n",
        join_html(&sender)
    ));
    html.push_str(&format!(
        "<address class=\"relance-recipient\">{}</address>\n",
        join_html(&recipient)
    ));
    html.push_str(&format!(
        "<p class=\"relance-place-date\">{}</p>\n",
        escape_html(&place_date)
    ));
    if registered {
        html.push_str(&format!(
            "<p class=\"relance-delivery\">{}</p>\n",
            escape_html(delivery)
        ));
    }
    let (obj, refl) = if fr {
        ("Objet :", reference.trim_start_matches("Réf. :").trim())
    } else {
        ("Subject:", reference.trim_start_matches("Ref.:").trim())
    };
    html.push_str(&format!(
        "<p class=\"relance-subject\"><strong>{obj}</strong> {}</p>\n",
        escape_html(subject)
    ));
    html.push_str(&format!(
        "<p class=\"relance-reference\"><strong>{}</strong> {}</p>\n",
        if fr { "Réf. :" } else { "Ref.:" },
        escape_html(refl)
    ));
    html.push_str("</header>\n<div class=\"relance-body\">\n");
    html.push_str(body_html);
    html.push_str("</div>\n");
    html.push_str(&signature_html);
    html.push_str("</article>\n");
    (text, html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_section_uses_known_names_only() {
        for lang in [Lang::Fr, Lang::En] {
            for kind in LetterKind::ALL {
                let files = [
                    sections(kind.template(lang)),
                    sections(common_template(lang)),
                ];
                for (name, text) in files.iter().flatten() {
                    assert!(
                        check_template(kind, lang, text).is_ok(),
                        "{}.{lang:?}: section {name}",
                        kind.code()
                    );
                }
                let own = sections(kind.template(lang));
                for part in ["subject", "body", "sms"] {
                    assert!(
                        own.iter().any(|(n, _)| *n == part),
                        "{}.{lang:?} has no {part}",
                        kind.code()
                    );
                }
            }
        }
    }

    #[test]
    fn labels_are_capitalized_as_to_uppercase_does() {
        for kind in LetterKind::ALL {
            for lang in [Lang::Fr, Lang::En] {
                let label = kind.label(lang);
                let mut chars = label.chars();
                let expected: String = chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default();
                assert_eq!(capitalized(label), expected);
            }
        }
    }

    #[test]
    fn both_languages_have_the_same_sections() {
        for kind in LetterKind::ALL {
            let names = |lang| {
                let mut v: Vec<&str> = sections(kind.template(lang))
                    .into_iter()
                    .map(|(n, _)| n)
                    .collect();
                v.sort_unstable();
                v
            };
            assert_eq!(names(Lang::Fr), names(Lang::En), "{}", kind.code());
        }
        let names = |lang| {
            let mut v: Vec<&str> = sections(common_template(lang))
                .into_iter()
                .map(|(n, _)| n)
                .collect();
            v.sort_unstable();
            v
        };
        assert_eq!(names(Lang::Fr), names(Lang::En));
    }

    #[test]
    fn parser_and_sections() {
        assert!(parse("a {{ b }} c").is_ok());
        assert!(parse("a {{b").is_err());
        assert!(parse("{{}}").is_err());
        assert!(parse("{{a-b}}").is_err());
        assert!(parse("{x} }} {").is_ok());
        let s = sections("# comment with === inside\n=== a\n\nx\n\n=== b.consumer\ny\n");
        assert_eq!(s, vec![("a", "x"), ("b.consumer", "y")]);
        assert_eq!(clean_text("a  \n\n\n\nb\n"), "a\n\nb");
    }
}
