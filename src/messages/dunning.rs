//! Messages of dunning (see the table in `messages/mod.rs`): the timeline's reasons, the
//! default ladders' step purposes, the policy checks, the planner's warnings and errors, the
//! recovery routes and the aged balance.

use super::messages;
use crate::date::IsoDate;
use crate::money::{Money, Percent};

messages! {
    file = dunning;
    // -----------------------------------------------------------------------------------------
    // Timeline reasons (`reason`; the `reasonCode` beside each stays the same)
    // -----------------------------------------------------------------------------------------

    /// `due-date-passed`: a pre-due step that can no longer go before the due date.
    reason_due_date_passed() {
        fr: "l'échéance est passée",
        en: "the due date has passed",
    }
    /// `paid`.
    reason_paid(date: IsoDate) {
        fr: "facture payée le {date}",
        en: "invoice paid on {date}",
    }
    /// `catch-up` (`catchUp: "latest"`).
    reason_catch_up() {
        fr: "rattrapage : une étape ultérieure était déjà échue",
        en: "catch-up: a later step was already due",
    }
    /// `later-step-sent`.
    reason_later_step_sent() {
        fr: "une étape ultérieure a déjà été envoyée",
        en: "a later step was already sent",
    }
    /// `dispute-open`, without a stated reason.
    reason_dispute_opened(date: IsoDate) {
        fr: "litige ouvert le {date}",
        en: "dispute opened on {date}",
    }
    /// `dispute-open`, with the reason the event gives.
    reason_dispute_opened_because(date: IsoDate, why: &str) {
        fr: "litige ouvert le {date} : {why}",
        en: "dispute opened on {date}: {why}",
    }
    /// `dispute-resolved`: `opened` is the `reason_dispute_opened*` text.
    reason_dispute_resolved(opened: &str, date: IsoDate) {
        fr: "{opened} ; résolu le {date}",
        en: "{opened}; resolved on {date}",
    }
    /// `promise-kept`.
    reason_promise_kept(date: IsoDate) {
        fr: "promesse de paiement du {date} tenue",
        en: "promise of {date} kept",
    }
    /// `promise-broken`.
    reason_promise_broken(date: IsoDate, until: IsoDate) {
        fr: "promesse du {date} de payer au plus tard le {until} non tenue",
        en: "promise of {date} to pay by {until} broken",
    }
    /// `promise-running`.
    reason_promise_running(until: IsoDate, grace_end: IsoDate) {
        fr: "promesse de payer au plus tard le {until} (délai de grâce jusqu'au {grace_end}) ; la suite est planifiée comme si elle n'était pas tenue",
        en: "promise to pay by {until} (grace until {grace_end}); planned as if broken",
    }
    /// `instalment-missed`.
    reason_instalment_missed(plan: IsoDate, date: IsoDate) {
        fr: "échéancier du {plan} : échéance du {date} impayée",
        en: "payment plan of {plan}: instalment of {date} missed",
    }
    /// `plan-running`.
    reason_plan_running(plan: IsoDate, until: IsoDate) {
        fr: "échéancier du {plan} en cours jusqu'au {until} ; la suite est planifiée comme si une échéance restait impayée",
        en: "payment plan of {plan} running until {until}; planned as if an instalment is missed",
    }
    /// `plan-honoured`.
    reason_plan_honoured(plan: IsoDate) {
        fr: "échéancier du {plan} respecté",
        en: "payment plan of {plan} honoured",
    }

    // -----------------------------------------------------------------------------------------
    // E-invoicing lifecycle statuses
    // -----------------------------------------------------------------------------------------

    /// The reason of the dispute or resumption a status becomes.
    lifecycle_status(code: u32) {
        fr: "statut {code}",
        en: "status {code}",
    }
    /// The same, with the event's own reason.
    lifecycle_status_because(code: u32, why: &str) {
        fr: "statut {code} ({why})",
        en: "status {code} ({why})",
    }
    /// Warning `lifecycle-status-unknown`.
    lifecycle_status_unknown(index: usize, status: &str) {
        fr: "`events[{index}]` : le statut de cycle de vie `{status}` ne figure pas parmi ceux de la réforme (200 à 214) ; il a été ignoré",
        en: "`events[{index}]`: lifecycle status `{status}` is not one of the reform's (200 to 214); it was ignored",
    }
    /// Warning `invoice-rejected`: `ids` lists the invoice ids.
    lifecycle_invoice_rejected(ids: &str) {
        fr: "facture(s) {ids} rejetée(s) par la plateforme (213 Rejetée) : ce n'est pas une facture valable à relancer, elle est écartée du plan ; émettez une facture rectificative",
        en: "invoice(s) {ids} rejected by the platform (213 Rejetée): not a valid invoice to chase, left out of the plan; issue a corrected invoice",
    }
    lifecycle_cashed_needs_one_invoice() {
        fr: "un statut `Encaissée` accompagné d'un `amount` vise exactement une facture",
        en: "an `Encaissée` status with an `amount` names exactly one invoice",
    }
    lifecycle_every_invoice_rejected() {
        fr: "toutes les factures ont été rejetées (213 Rejetée) : il n'y a rien à relancer ; émettez des factures rectificatives",
        en: "every invoice was rejected (213 Rejetée): there is nothing to chase; issue corrected invoices",
    }

    // -----------------------------------------------------------------------------------------
    // Default ladders: what each step is for (`purpose`)
    // -----------------------------------------------------------------------------------------

    purpose_pre_reminder() {
        fr: "rappel courtois avant l'échéance, avec les modalités de paiement",
        en: "courteous reminder with the payment details",
    }
    purpose_final_notice() {
        fr: "dernier avertissement : payer sous 8 jours (date limite indiquée), à défaut une mise en demeure suivra",
        en: "last warning: pay within 8 days (date written out) or a mise en demeure follows",
    }
    purpose_recovery() {
        fr: "choisir la voie de recouvrement",
        en: "choose the recovery route",
    }
    purpose_b2b_reminder() {
        fr: "la facture est échue ; les pénalités de retard courent désormais",
        en: "the invoice is overdue; penalties now run",
    }
    purpose_b2b_phone_call() {
        fr: "identifier la cause du retard : oubli, difficulté passagère ou désaccord",
        en: "find the reason: oversight, temporary difficulty or disagreement",
    }
    purpose_b2b_second_reminder() {
        fr: "relance ferme rappelant les pénalités de retard et l'indemnité forfaitaire de 40\u{a0}€ pour frais de recouvrement",
        en: "firmer reminder stating the penalties and the €40 recovery indemnity",
    }
    purpose_b2b_formal_notice() {
        fr: "mise en demeure (article 1344 du Code civil) par lettre recommandée avec accusé de réception, copie par courriel",
        en: "mise en demeure (C. civ. 1344) by registered letter, email copy",
    }
    purpose_b2c_reminder() {
        fr: "relance amiable : la facture est échue",
        en: "friendly reminder: the invoice is overdue",
    }
    purpose_b2c_phone_call() {
        fr: "identifier la cause du retard et proposer si besoin un échéancier",
        en: "find the reason and offer a payment plan if needed",
    }
    purpose_b2c_second_reminder() {
        fr: "relance ferme ; aucun frais ne peut être mis à la charge d'un consommateur (article L111-8 du Code des procédures civiles d'exécution)",
        en: "firmer reminder; no fee may be charged to a consumer (CPCE L111-8)",
    }
    purpose_b2c_formal_notice() {
        fr: "mise en demeure par lettre recommandée avec accusé de réception ; les intérêts au taux légal courent à compter de sa réception (articles 1231-6 et 1344-1 du Code civil)",
        en: "mise en demeure by registered letter; legal interest runs from it (C. civ. 1231-6, 1344-1)",
    }
    purpose_public_pre_reminder() {
        fr: "vérifier que la facture a bien été reçue et mise en paiement (Chorus Pro)",
        en: "check the invoice was received and is in payment (Chorus Pro)",
    }
    purpose_public_reminder() {
        fr: "le délai global de paiement est expiré ; les intérêts moratoires et l'indemnité forfaitaire de 40\u{a0}€ sont dus de plein droit (article L2192-13 du Code de la commande publique)",
        en: "the global payment period has passed; default interest and the €40 indemnity are owed as of right (CCP L2192-13)",
    }
    purpose_public_phone_call() {
        fr: "appeler le service comptable de l'acheteur : savoir quel service ou quel comptable détient la facture",
        en: "call the buyer's accounts department: which service or accountant holds the invoice",
    }
    purpose_public_second_reminder() {
        fr: "relance ferme adressée à l'acheteur et à son comptable public",
        en: "firmer reminder to the buyer and its public accountant",
    }
    purpose_public_final_notice() {
        fr: "dernier avertissement : payer sous 8 jours (date limite indiquée)",
        en: "last warning: pay within 8 days (date written out)",
    }
    purpose_public_formal_notice() {
        fr: "réclamation formelle par lettre recommandée avec accusé de réception",
        en: "formal claim (réclamation) by registered letter",
    }

    // -----------------------------------------------------------------------------------------
    // Policy checks: errors
    // -----------------------------------------------------------------------------------------

    /// A step id (`history[].step`, `onBrokenPromise`, …) that the policy does not have.
    policy_no_such_step(id: &str) {
        fr: "aucune étape `{id}` dans le scénario de relance",
        en: "no step `{id}` in the policy",
    }
    policy_no_steps() {
        fr: "un scénario de relance compte au moins une étape",
        en: "a policy needs at least one step",
    }
    policy_too_many_steps(max: usize) {
        fr: "{max} étapes au plus sont acceptées",
        en: "at most {max} steps are accepted",
    }
    policy_delivery_days_too_long(days: u32, max: u32) {
        fr: "une lettre recommandée est présentée en quelques jours : {days} jours ouvrés dépassent le maximum accepté de {max}",
        en: "a registered letter is first presented within days: {days} working days is more than the {max} accepted",
    }
    policy_period_too_long(days: u32, max: u32) {
        fr: "{days} jours dépassent le maximum accepté de {max}",
        en: "{days} days is more than the {max} accepted",
    }
    policy_step_id_length() {
        fr: "l'identifiant d'une étape compte de 1 à 64 caractères",
        en: "a step id is 1 to 64 characters",
    }
    policy_step_id_twice(id: &str) {
        fr: "l'identifiant d'étape `{id}` est utilisé deux fois",
        en: "step id `{id}` is used twice",
    }
    policy_offset_out_of_range(max: i32) {
        fr: "un décalage est compris entre -{max} et {max} jours",
        en: "an offset is between -{max} and {max} days",
    }
    policy_steps_out_of_order(id: &str, days: i32, prev: &str, prev_days: i32) {
        fr: "les étapes suivent l'ordre d'escalade : `{id}` ({days} jours) vient après `{prev}` ({prev_days} jours)",
        en: "steps are in escalation order: `{id}` ({days} days) comes after `{prev}` ({prev_days} days)",
    }
    policy_recovery_has_channels() {
        fr: "une étape `recovery` est une recommandation, pas un envoi : ne lui donnez aucun canal",
        en: "a `recovery` step is a recommendation, not a message: give it no channels",
    }
    policy_step_needs_channel() {
        fr: "une étape d'envoi a besoin d'au moins un canal",
        en: "a message step needs at least one channel",
    }
    policy_deadline_out_of_range(max: u32) {
        fr: "un délai de paiement est de 1 à {max} jours",
        en: "a deadline is 1 to {max} days",
    }

    // -----------------------------------------------------------------------------------------
    // Policy checks: warnings (law and good practice)
    // -----------------------------------------------------------------------------------------

    /// `steps-closer-than-gap`.
    policy_steps_closer_than_gap(prev: &str, id: &str, days: i32, gap: u32) {
        fr: "les étapes `{prev}` et `{id}` sont espacées de {days} jours, moins que l'écart minimal de {gap} jours entre deux contacts ; la seconde est reportée",
        en: "steps `{prev}` and `{id}` are {days} days apart, less than the {gap}-day minimum gap between contacts; the later one is postponed",
    }
    /// `formal-notice-deadline-long`.
    policy_formal_notice_deadline_long(days: u32) {
        fr: "la mise en demeure laisse {days} jours ; l'usage est de 8 à 15 jours",
        en: "the mise en demeure gives {days} days; 8 to 15 days is the usual practice",
    }
    /// `formal-notice-deadline-short`, with a deadline below 8 days.
    policy_formal_notice_deadline_short(id: &str, days: u32) {
        fr: "la mise en demeure `{id}` ne laisse que {days} jours ; laissez au débiteur au moins 8 jours (l'usage est de 8 à 15 jours) pour que l'interpellation soit suffisante",
        en: "the mise en demeure `{id}` gives {days} days; give the debtor at least 8 days (usual practice 8 to 15) so the notice is a fair interpellation",
    }
    /// `formal-notice-deadline-short`, with no deadline at all.
    policy_formal_notice_no_deadline(id: &str) {
        fr: "la mise en demeure `{id}` ne fixe aucun délai ; laissez au débiteur au moins 8 jours (l'usage est de 8 à 15 jours) pour que l'interpellation soit suffisante",
        en: "the mise en demeure `{id}` gives no deadline; give the debtor at least 8 days (usual practice 8 to 15) so the notice is a fair interpellation",
    }
    /// `formal-notice-not-registered`.
    policy_formal_notice_not_registered(id: &str) {
        fr: "la mise en demeure `{id}` n'est pas envoyée par lettre recommandée avec accusé de réception : conservez une preuve de sa réception",
        en: "the mise en demeure `{id}` is not sent by registered letter with acknowledgment: keep a proof of receipt",
    }
    /// `consumer-fees`.
    policy_consumer_fees(id: &str) {
        fr: "l'étape `{id}` réclame l'indemnité forfaitaire de 40\u{a0}€ à un consommateur : elle n'est due qu'entre professionnels, et aucun frais de recouvrement ne peut être mis à la charge d'un consommateur (article L111-8 du Code des procédures civiles d'exécution)",
        en: "step `{id}` claims the €40 indemnity from a consumer: it is owed only between professionals, and recovery costs cannot be charged to a consumer (CPCE L111-8)",
    }
    /// `consumer-interest-before-notice`.
    policy_consumer_interest_before_notice(id: &str) {
        fr: "l'étape `{id}` mentionne des intérêts avant la mise en demeure : un consommateur ne doit les intérêts au taux légal qu'à compter de la mise en demeure (articles 1231-6 et 1344-1 du Code civil)",
        en: "step `{id}` states interest before the mise en demeure: a consumer owes legal interest only from the formal notice (C. civ. 1231-6, 1344-1)",
    }

    // -----------------------------------------------------------------------------------------
    // Planner input: errors
    // -----------------------------------------------------------------------------------------

    plan_empty_invoice_ids() {
        fr: "liste vide ; omettez `invoiceIds` pour viser toutes les factures",
        en: "an empty list; omit `invoiceIds` to mean every invoice",
    }
    plan_no_such_invoice(id: &str) {
        fr: "aucune facture `{id}`",
        en: "no invoice `{id}`",
    }
    plan_invoice_count(max: usize) {
        fr: "indiquez de 1 à {max} factures du débiteur",
        en: "give 1 to {max} invoices of the debtor",
    }
    plan_invoice_id_twice(id: &str) {
        fr: "l'identifiant de facture `{id}` est utilisé deux fois",
        en: "invoice id `{id}` is used twice",
    }
    plan_due_before_issue() {
        fr: "la date d'échéance précède la date d'émission",
        en: "the due date is before the issue date",
    }
    plan_too_much_history(max: usize) {
        fr: "l'historique compte au plus {max} entrées",
        en: "at most {max} history entries",
    }
    plan_history_after_as_of(date: IsoDate, as_of: IsoDate) {
        fr: "le {date} est postérieur à `asOf` ({as_of}) : l'historique ne recense que les étapes déjà réalisées",
        en: "{date} is after `asOf` ({as_of}): history is what was already done",
    }
    plan_too_many_events(max: usize) {
        fr: "{max} événements au plus",
        en: "at most {max} events",
    }
    plan_event_after_as_of(date: IsoDate, as_of: IsoDate) {
        fr: "le {date} est postérieur à `asOf` ({as_of})",
        en: "{date} is after `asOf` ({as_of})",
    }
    plan_field_not_for_event(name: &str, kind: &str) {
        fr: "`{name}` ne s'applique pas à un événement `{kind}`",
        en: "`{name}` does not apply to a `{kind}` event",
    }
    plan_promise_needs_until() {
        fr: "une promesse de paiement a besoin de `until`, la date promise",
        en: "a promise needs `until`, the date promised",
    }
    plan_promise_before_event() {
        fr: "la date promise précède la promesse",
        en: "the promised date is before the promise",
    }
    plan_instalment_count(max: usize) {
        fr: "indiquez de 1 à {max} échéances",
        en: "give 1 to {max} instalments",
    }
    plan_instalments_out_of_order() {
        fr: "les échéances suivent l'ordre chronologique, à partir de la date de l'accord",
        en: "instalments are in date order, on or after the agreement",
    }
    plan_lifecycle_needs_status() {
        fr: "un événement `lifecycle` a besoin de son `status` (un code tel que « 210 » ou un nom tel que « Refusée »)",
        en: "a lifecycle event needs its `status` (code such as \"210\" or name such as \"Refusée\")",
    }
    plan_contact_needs_outcome() {
        fr: "un contact a besoin de son `outcome` (l'issue de l'échange)",
        en: "a contact needs its `outcome`",
    }
    plan_no_open_dispute() {
        fr: "aucun litige ouvert à résoudre",
        en: "no open dispute to resolve",
    }
    plan_no_open_dispute_on(id: &str) {
        fr: "aucun litige ouvert à résoudre sur la facture `{id}`",
        en: "no open dispute on invoice `{id}` to resolve",
    }
    plan_prescription_out_of_range() {
        fr: "la date de prescription sort de la plage de dates prise en charge",
        en: "prescription date out of range",
    }
    /// A bug in the planner: `what` names the broken invariant.
    plan_internal(what: &str) {
        fr: "erreur interne de relance (`{what}`) ; merci de la signaler",
        en: "internal error in relance (`{what}`); please report it",
    }

    // -----------------------------------------------------------------------------------------
    // Planner: warnings
    // -----------------------------------------------------------------------------------------

    /// `regime-kind-mismatch`.
    plan_regime_kind_mismatch() {
        fr: "le régime ne correspond pas à la nature du débiteur ; vérifiez le droit applicable",
        en: "the regime does not match the debtor's kind; check which law applies",
    }
    /// `contact-disagreement`.
    plan_contact_disagreement(date: IsoDate) {
        fr: "le débiteur a exprimé un désaccord le {date} : enregistrez un événement `dispute-opened` si la facture est contestée, pour suspendre les relances",
        en: "the debtor disagreed on {date}: record a `dispute-opened` event if the invoice is contested, so the ladder pauses",
    }
    /// `history-step-before-deadline`.
    plan_history_step_before_deadline(step: &str, date: IsoDate, first: &str, until: IsoDate) {
        fr: "historique : l'étape `{step}` du {date} est intervenue avant l'expiration du délai laissé par `{first}` ({until}) ; le plan ne prévoit plus rien avant l'expiration du dernier délai",
        en: "history: `{step}` of {date} came before the deadline of `{first}` had run out ({until}); the plan schedules nothing more before the latest deadline",
    }
    /// A late-fees warning about one invoice of the plan.
    plan_invoice_warning(number: &str, message: &str) {
        fr: "facture {number} : {message}",
        en: "invoice {number}: {message}",
    }
    /// `interest-from-formal-notice`.
    plan_interest_from_formal_notice(number: &str) {
        fr: "facture {number} : un consommateur ne doit les intérêts au taux légal qu'à compter de la mise en demeure (articles 1231-6 et 1344-1 du Code civil) ; les lettres le précisent et les intérêts sont nuls jusque-là",
        en: "invoice {number}: a consumer owes legal interest only from the mise en demeure (C. civ. 1231-6, 1344-1); the letters say so and interest is zero until then",
    }
    /// `interest-accrues-during-dispute`.
    plan_interest_accrues_during_dispute(number: &str) {
        fr: "la facture {number} est contestée : les relances sont suspendues, mais les pénalités ou intérêts continuent de courir et figurent dans les montants",
        en: "invoice {number} is disputed: reminders are paused, but penalties or interest keep accruing and are shown in the amounts",
    }
    /// `balance-after-payment`.
    plan_balance_after_payment(number: &str, amount: Money) {
        fr: "facture {number} : les paiements couvrent le montant de la facture, les relances s'arrêtent donc, mais {amount} de pénalités, d'intérêts ou d'indemnité restent dus (les paiements s'imputent d'abord sur les intérêts, article 1343-1 du Code civil) ; réclamez-les séparément si vous le souhaitez",
        en: "invoice {number}: the payments cover the invoice amount, so its reminders stop, but {amount} of penalties, interest or indemnity remain owed (payments go to interest first, C. civ. 1343-1); claim them separately if you wish",
    }

    // -----------------------------------------------------------------------------------------
    // Prescription warnings (`rule` is one of the `prescription_rule_*`)
    // -----------------------------------------------------------------------------------------

    prescription_rule_public() {
        fr: "déchéance quadriennale, loi n° 68-1250 du 31 décembre 1968",
        en: "déchéance quadriennale, loi 68-1250",
    }
    prescription_rule_consumer() {
        fr: "2 ans contre un consommateur, article L218-2 du Code de la consommation",
        en: "2 years against a consumer, C. conso. L218-2",
    }
    prescription_rule_business() {
        fr: "5 ans, article L110-4 du Code de commerce",
        en: "5 years, C. com. L110-4",
    }
    /// `prescription-expired`.
    prescription_expired(number: &str, date: IsoDate, rule: &str) {
        fr: "le délai de prescription de la facture {number} a expiré le {date} ({rule}). Une mise en demeure n'interrompt PAS la prescription (Cass. com., 18 mai 2022, n° 20-23.204) : seuls l'interrompent une demande en justice (injonction de payer signifiée, référé, assignation), un acte d'exécution forcée ou la reconnaissance de la dette par le débiteur",
        en: "invoice {number} was time-barred on {date} ({rule}). A mise en demeure does NOT interrupt prescription (Cass. com. 18 May 2022, n° 20-23.204): only a claim in court (injonction de payer served, référé, assignation), an enforcement act or the debtor's acknowledgment does",
    }
    /// `prescription-approaching`.
    prescription_approaching(number: &str, date: IsoDate, rule: &str) {
        fr: "le délai de prescription de la facture {number} expire le {date} ({rule}). Une mise en demeure n'interrompt PAS la prescription (Cass. com., 18 mai 2022, n° 20-23.204) : seuls l'interrompent une demande en justice (injonction de payer signifiée, référé, assignation), un acte d'exécution forcée ou la reconnaissance de la dette par le débiteur",
        en: "invoice {number} will be time-barred after {date} ({rule}). A mise en demeure does NOT interrupt prescription (Cass. com. 18 May 2022, n° 20-23.204): only a claim in court (injonction de payer served, référé, assignation), an enforcement act or the debtor's acknowledgment does",
    }

    // -----------------------------------------------------------------------------------------
    // Recovery routes (`label`, `basis`; the `code` stays the same)
    // -----------------------------------------------------------------------------------------

    route_public_accountant_label() {
        fr: "Demander au comptable public de l'acheteur de payer, et à l'acheteur d'ordonnancer le paiement",
        en: "Ask the buyer's public accountant (comptable public) to pay, and the buyer to order the payment",
    }
    route_public_accountant_basis() {
        fr: "l'acheteur ordonnance le paiement et son comptable public paie ; les intérêts moratoires et l'indemnité forfaitaire de 40\u{a0}€ sont dus de plein droit (article L2192-13 du Code de la commande publique)",
        en: "the buyer orders payment and its accountant pays; default interest and the €40 indemnity are owed as of right (CCP L2192-13)",
    }
    route_administrative_provision_label() {
        fr: "Référé-provision devant le tribunal administratif",
        en: "Référé-provision before the tribunal administratif",
    }
    route_administrative_provision_basis() {
        fr: "article R541-1 du Code de justice administrative : provision accordée lorsque l'obligation n'est pas sérieusement contestable ; aucune voie d'exécution contre les biens publics",
        en: "CJA R541-1: provision when the obligation is not seriously disputable; no enforcement measures against public property",
    }
    route_simplified_procedure_label() {
        fr: "Procédure simplifiée de recouvrement des petites créances par un commissaire de justice",
        en: "Simplified recovery procedure for small claims (procédure simplifiée) by a commissaire de justice",
    }
    route_simplified_procedure_basis() {
        fr: "article L125-1 du Code des procédures civiles d'exécution : créances jusqu'à 5\u{202f}000\u{a0}€ ; suppose l'accord du débiteur ; frais à la charge du créancier ; aboutit à un titre exécutoire",
        en: "CPCE L125-1: claims up to €5,000; needs the debtor's agreement; costs borne by the creditor; gives an enforceable title",
    }
    route_injunction_label_business() {
        fr: "Injonction de payer devant le président du tribunal de commerce (le tribunal judiciaire si le débiteur n'est pas commerçant)",
        en: "Injonction de payer (order for payment) before the president of the tribunal de commerce (the tribunal judiciaire if the debtor is not a trader)",
    }
    route_injunction_label_consumer() {
        fr: "Injonction de payer devant le tribunal judiciaire",
        en: "Injonction de payer (order for payment) before the tribunal judiciaire",
    }
    route_injunction_basis() {
        fr: "articles 1405 et suivants du Code de procédure civile : créance contractuelle d'un montant déterminé ; pas d'audience ; le débiteur dispose d'un mois pour former opposition à compter de la signification",
        en: "CPC 1405 ff.: contractual claim of a determined amount; no hearing; the debtor has 1 month to oppose after service",
    }
    route_summary_provision_label() {
        fr: "Référé-provision",
        en: "Référé-provision",
    }
    route_summary_provision_basis() {
        fr: "articles 873 alinéa 2 et 835 alinéa 2 du Code de procédure civile : provision accordée lorsque la créance n'est pas sérieusement contestable ; une audience, plus rapide qu'un procès au fond",
        en: "CPC 873 al. 2 / 835 al. 2: provision when the debt is not seriously disputable; a hearing, faster than a trial",
    }
    route_summary_provision_basis_disputed() {
        fr: "articles 873 alinéa 2 et 835 alinéa 2 du Code de procédure civile : seulement si la créance n'est pas sérieusement contestable ; un litige a été enregistré, cette voie est donc moins adaptée",
        en: "CPC 873 al. 2 / 835 al. 2: only when the debt is not seriously disputable; a dispute was recorded, so it is less suited",
    }
    route_collection_agency_label() {
        fr: "Société de recouvrement (recouvrement amiable)",
        en: "Collection agency (amicable recovery)",
    }
    route_collection_agency_basis() {
        fr: "recouvrement amiable par une société mandatée ; les frais au-delà de l'indemnité forfaitaire de 40\u{a0}€ peuvent être réclamés sur justification (article L441-10 du Code de commerce)",
        en: "amicable recovery by a mandated agency; costs above the €40 indemnity can be claimed on proof (C. com. L441-10)",
    }
    route_collection_agency_basis_consumer() {
        fr: "ses courriers portent les mentions de l'article R124-4 du Code des procédures civiles d'exécution ; ses frais ne peuvent être mis à la charge d'un consommateur (article L111-8 du même code)",
        en: "CPCE R124-4 mentions; its costs cannot be charged to a consumer (CPCE L111-8)",
    }

    // -----------------------------------------------------------------------------------------
    // Aged balance (agedBalance)
    // -----------------------------------------------------------------------------------------

    portfolio_no_invoices() {
        fr: "indiquez au moins une facture",
        en: "give at least one invoice",
    }
    portfolio_bad_buckets() {
        fr: "indiquez de 1 à 20 bornes croissantes, en jours de retard, comprises entre 1 et 36600 (par exemple [30, 60, 90])",
        en: "give 1 to 20 increasing upper bounds in days past due, from 1 to 36600 (e.g. [30, 60, 90])",
    }
    portfolio_regimes_differ(debtor: &str) {
        fr: "toutes les factures du débiteur `{debtor}` doivent relever du même régime",
        en: "all invoices of debtor `{debtor}` must share one regime",
    }
    portfolio_too_many_invoices(debtor: &str, count: usize, max: usize) {
        fr: "le débiteur `{debtor}` a {count} factures ; la balance âgée en planifie au plus {max} par débiteur (scindez le compte, par exemple par site ou par exercice)",
        en: "debtor `{debtor}` has {count} invoices; the aged balance plans at most {max} per debtor (split the account, e.g. by site or year)",
    }
    /// `concentration-risk`.
    portfolio_concentration_risk(name: &str, share: Percent, threshold: Percent) {
        fr: "{name} représente {share} des créances (seuil : {threshold}) : exposition importante à un seul client",
        en: "{name} holds {share} of the receivables (threshold {threshold}): a large exposure to a single client",
    }
    /// A planner warning about one debtor of the portfolio.
    portfolio_debtor_warning(name: &str, message: &str) {
        fr: "{name} : {message}",
        en: "{name}: {message}",
    }
}
