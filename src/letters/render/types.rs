//! The input and output types of `render_letter`: kinds, channels, parties, invoices,
//! figures and the result.

use super::*;

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
    /// Requête en injonction de payer (CPC 1405–1407), addressed to the president of the
    /// court (tribunal de commerce between traders, tribunal judiciaire otherwise, of the
    /// place where the debtor lives, CPC 1406), for the step after an unanswered mise en
    /// demeure. relance prepares the document; the creditor files it (`court.rs`
    /// `filing_note`). This and the next two exist with the `court-steps` feature only.
    #[cfg(feature = "court-steps")]
    InjonctionRequest,
    /// Cover letter asking an avocat or a commissaire de justice to bring a référé-provision
    /// (CPC 835 al. 2 before the tribunal judiciaire, 873 al. 2 before the tribunal de
    /// commerce; CJA R541-1 against a public buyer).
    #[cfg(feature = "court-steps")]
    RefereProvision,
    /// Cover letter asking a commissaire de justice to run the procédure simplifiée de
    /// recouvrement des petites créances (CPCE L125-1, R125-1 s.; claims up to 5 000 €,
    /// principal and interest).
    #[cfg(feature = "court-steps")]
    SmallClaims,
}

impl LetterKind {
    /// Every kind, in ladder order.
    #[cfg(feature = "court-steps")]
    pub const ALL: [LetterKind; 12] = [
        LetterKind::PreReminder,
        LetterKind::Reminder,
        LetterKind::PhoneScript,
        LetterKind::SecondReminder,
        LetterKind::FinalNotice,
        LetterKind::FormalNotice,
        LetterKind::Statement,
        LetterKind::PaymentPlan,
        LetterKind::Handover,
        LetterKind::InjonctionRequest,
        LetterKind::RefereProvision,
        LetterKind::SmallClaims,
    ];

    /// Every kind, in ladder order (built without the court steps).
    #[cfg(not(feature = "court-steps"))]
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
            #[cfg(feature = "court-steps")]
            LetterKind::InjonctionRequest => "injonction-request",
            #[cfg(feature = "court-steps")]
            LetterKind::RefereProvision => "refere-provision",
            #[cfg(feature = "court-steps")]
            LetterKind::SmallClaims => "small-claims",
        }
    }

    pub(super) fn label(self, lang: Lang) -> &'static str {
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
            #[cfg(feature = "court-steps")]
            (LetterKind::InjonctionRequest, Lang::Fr) => "requête en injonction de payer",
            #[cfg(feature = "court-steps")]
            (LetterKind::RefereProvision, Lang::Fr) => "demande de référé-provision",
            #[cfg(feature = "court-steps")]
            (LetterKind::SmallClaims, Lang::Fr) => "procédure simplifiée de recouvrement",
            (LetterKind::PreReminder, Lang::En) => "courtesy reminder",
            (LetterKind::Reminder, Lang::En) => "reminder",
            (LetterKind::PhoneScript, Lang::En) => "reminder call",
            (LetterKind::SecondReminder, Lang::En) => "second reminder",
            (LetterKind::FinalNotice, Lang::En) => "final reminder before formal notice",
            (LetterKind::FormalNotice, Lang::En) => "formal notice",
            (LetterKind::Statement, Lang::En) => "statement",
            (LetterKind::PaymentPlan, Lang::En) => "payment plan",
            (LetterKind::Handover, Lang::En) => "hand-over of the file",
            #[cfg(feature = "court-steps")]
            (LetterKind::InjonctionRequest, Lang::En) => "application for an order for payment",
            #[cfg(feature = "court-steps")]
            (LetterKind::RefereProvision, Lang::En) => "summary application for an interim payment",
            #[cfg(feature = "court-steps")]
            (LetterKind::SmallClaims, Lang::En) => "simplified small-claims recovery",
        }
    }

    /// The template file of the kind. In wasm it comes from the JS template catalog
    /// (`src/wasm/messages.rs`): the words of the letters are most of the module's text.
    pub(super) fn template(self, lang: Lang) -> &'static str {
        #[cfg(target_arch = "wasm32")]
        {
            crate::wasm::messages::letter_template(self.code(), lang)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            // Both languages of each kind's file, `templates/<file>.<lang>.txt`.
            macro_rules! files {
                ($($(#[$cfg:meta])* $kind:ident => $file:literal,)*) => {
                    match (self, lang) {
                        $(
                            $(#[$cfg])*
                            (LetterKind::$kind, Lang::Fr) => {
                                include_str!(concat!("../templates/", $file, ".fr.txt"))
                            }
                            $(#[$cfg])*
                            (LetterKind::$kind, Lang::En) => {
                                include_str!(concat!("../templates/", $file, ".en.txt"))
                            }
                        )*
                    }
                };
            }
            files! {
                PreReminder => "pre-reminder",
                Reminder => "reminder",
                PhoneScript => "phone-script",
                SecondReminder => "second-reminder",
                FinalNotice => "final-notice",
                FormalNotice => "formal-notice",
                Statement => "statement",
                PaymentPlan => "payment-plan",
                Handover => "handover",
                #[cfg(feature = "court-steps")]
                InjonctionRequest => "injonction-request",
                #[cfg(feature = "court-steps")]
                RefereProvision => "refere-provision",
                #[cfg(feature = "court-steps")]
                SmallClaims => "small-claims",
            }
        }
    }

    /// The court and recovery steps after the mise en demeure: documents for a court, an avocat
    /// or a commissaire de justice, never sent to the debtor, never by SMS.
    pub(super) fn is_court_step(self) -> bool {
        #[cfg(feature = "court-steps")]
        let court = matches!(
            self,
            LetterKind::InjonctionRequest | LetterKind::RefereProvision | LetterKind::SmallClaims
        );
        #[cfg(not(feature = "court-steps"))]
        let court = false;
        court
    }

    /// Whether the kind has an SMS form (the court steps do not).
    pub fn has_sms(self) -> bool {
        !self.is_court_step()
    }

    /// Whether the kind is a demand addressed to the debtor after the due date.
    pub(super) fn is_post_due_demand(self) -> bool {
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

pub(super) fn common_template(lang: Lang) -> &'static str {
    #[cfg(target_arch = "wasm32")]
    {
        crate::wasm::messages::letter_template("common", lang)
    }
    #[cfg(not(target_arch = "wasm32"))]
    match lang {
        Lang::Fr => include_str!("../templates/common.fr.txt"),
        Lang::En => include_str!("../templates/common.en.txt"),
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

    pub(super) fn code(self) -> &'static str {
        match self {
            LetterChannel::Email => "email",
            LetterChannel::Letter => "letter",
            LetterChannel::Sms => "sms",
        }
    }

    pub(super) fn label(self, lang: Lang) -> &'static str {
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
    /// A company's legal form ("SAS", "SARL"): the requête en injonction de payer names it
    /// (CPC 1407 with 57 and 54: a legal person's form, name and registered office). This and
    /// the next two exist with the `court-steps` feature only.
    #[cfg(feature = "court-steps")]
    #[serde(default)]
    pub legal_form: Option<String>,
    /// A company's SIREN, written in the requête with the RCS town.
    #[cfg(feature = "court-steps")]
    #[serde(default)]
    pub siren: Option<String>,
    /// The town of the RCS where the company is registered.
    #[cfg(feature = "court-steps")]
    #[serde(default)]
    pub rcs_city: Option<String>,
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
    /// handover, refere-provision, small-claims: who receives the file.
    #[serde(default)]
    pub recipient: Option<LetterRecipient>,
    /// injonction-request: the court, its name on the first line ("Tribunal de commerce de
    /// Lyon"), its address on the next ones. Without it the requête names the court generically (CPC 1406: the
    /// court of the place where the debtor lives; tribunal de commerce for fr-b2b, tribunal
    /// judiciaire for fr-b2c), with the warning `court-not-given`: a town is never guessed. With the `court-steps` feature only.
    #[cfg(feature = "court-steps")]
    #[serde(default)]
    pub court: Option<String>,
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
        pub(super) const $names: &[&str] = &[$($name),*];
    };
}

placeholders! {
    /// The placeholders a template can use, with their meaning (the sections of the built-in
    /// template files are usable too).
    PLACEHOLDERS, PLACEHOLDER_NAMES = [
    ("court", "injonction-request: the court, \"tribunal de commerce de Lyon\" (input `court`, else inferred)"),
    (
        "creditor_identity",
        "the creditor as a court document names it: name, form, capital, RCS, registered office, representative",
    ),
    (
        "debtor_identity",
        "the debtor as a court document names it: a company's name, form, registered office and RCS; a person's name and address",
    ),
    (
        "formal_notice_sentence",
        "the mise en demeure of `history`, its date and that it went unanswered, or empty",
    ),
    (
        "formal_notice_after",
        "\"malgré notre mise en demeure du 20 novembre 2026\", or \"malgré nos relances\"",
    ),
    (
        "exhibits",
        "the bordereau des pièces: invoices, orders, reminders, the mise en demeure and its receipt, numbered",
    ),
    ("next_day", "the day after asOf, written out (interest runs from it)"),
    (
        "filing_note",
        "injonction-request: how the requête reaches the court (tribunal de commerce: online)",
    ),
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
