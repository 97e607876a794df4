//! Messages of letters (see the table in `messages/mod.rs`): renderLetter's warnings and
//! errors, the template engine, amounts in words, invoice mentions.

use super::messages;
use crate::date::{IsoDate, Semester};
use crate::money::{Money, Percent};

messages! {
    file = letters;
    // renderLetter: the input.

    no_invoice() {
        fr: "indiquez au moins une facture",
        en: "give at least one invoice",
    }
    due_before_issue(due: IsoDate, issue: IsoDate) {
        fr: "l'échéance du {due} précède la date d'émission du {issue}",
        en: "the due date {due} is before the issue date {issue}",
    }
    deadline_not_after_as_of(deadline: IsoDate, as_of: IsoDate) {
        fr: "la date limite du {deadline} doit être postérieure à `asOf` ({as_of})",
        en: "the deadline {deadline} must be after `asOf` ({as_of})",
    }
    delivery_days_too_many(days: u32, max: u32) {
        fr: "une lettre recommandée est présentée en quelques jours, non en {days} jours ouvrés (au plus {max})",
        en: "a registered letter is presented within days, not {days} working days (at most {max})",
    }
    instalments_missing() {
        fr: "un échéancier doit indiquer ses échéances : [{{ date, amount }}, …]",
        en: "a payment plan needs its instalments: [{{ date, amount }}, …]",
    }
    instalments_out_of_order() {
        fr: "les dates des échéances doivent se suivre dans l'ordre chronologique",
        en: "instalment dates must be in increasing order",
    }
    recipient_missing() {
        fr: "une transmission du dossier doit indiquer son destinataire : {{ name, kind: \"commissaire-de-justice\" | \"avocat\" | \"agency\" }}",
        en: "a hand-over note needs its recipient: {{ name, kind: \"commissaire-de-justice\" | \"avocat\" | \"agency\" }}",
    }

    // renderLetter: templates (overrides and built-in texts).

    placeholder_not_closed() {
        fr: "un `{{{{` n'est pas fermé par `}}}}`",
        en: "a `{{{{` is not closed by `}}}}`",
    }
    placeholder_name_invalid(name: &str) {
        fr: "`{{{{{name}}}}}` n'est pas un nom de variable (lettres minuscules, chiffres, `_`)",
        en: "`{{{{{name}}}}}` is not a placeholder name (lower-case letters, digits, `_`)",
    }
    placeholder_unknown(name: &str) {
        fr: "variable inconnue `{{{{{name}}}}}` ; la liste des noms est dans PLACEHOLDERS",
        en: "unknown placeholder `{{{{{name}}}}}`; see PLACEHOLDERS for the names",
    }
    snippets_too_deep() {
        fr: "extraits imbriqués trop profondément",
        en: "snippets nested too deeply",
    }
    built_in_template(detail: &str) {
        fr: "modèle intégré : {detail}",
        en: "built-in template: {detail}",
    }

    // renderLetter: warnings of every kind.

    short_deadline(days: i32) {
        fr: "un délai de {days} jours (à compter de la date de la lettre, ou de la première présentation d'une mise en demeure) est plus court que les 8 jours d'usage pour un dernier rappel ou une mise en demeure (france-law.md §4.1) ; un juge pourrait l'estimer déraisonnable",
        en: "a deadline of {days} days (from the letter's date, or from the first presentation of a mise en demeure) is shorter than the 8 days practice expects for a final notice or a mise en demeure (france-law.md §4.1); a court may find it unreasonable",
    }
    payment_details_missing() {
        fr: "ni `creditor.iban` ni `creditor.paymentLink` n'est renseigné : le texte ne peut pas indiquer comment payer",
        en: "neither `creditor.iban` nor `creditor.paymentLink` is given: the text cannot say how to pay",
    }
    already_overdue() {
        fr: "une facture a déjà dépassé son échéance : envoyez une relance, non une pré-relance",
        en: "an invoice is already past its due date: send a reminder, not a pre-reminder",
    }
    not_yet_due() {
        fr: "aucune facture n'est encore échue : une relance ne peut pas invoquer de retard",
        en: "no invoice is past its due date yet: a reminder cannot claim a delay",
    }
    nothing_outstanding() {
        fr: "le principal est entièrement payé : seules restent dues les pénalités ou l'indemnité",
        en: "the principal is fully paid: only penalties or the indemnity remain",
    }
    delivery_details_missing(i: usize) {
        fr: "`invoices[{i}]` : indiquez `orderDate`, `description` et `quantity` pour que la mise en demeure précise la date du contrat et ce qui a été livré",
        en: "invoices[{i}]: give `orderDate`, `description` and `quantity` so the mise en demeure states the contract date and what was delivered",
    }
    channel_not_recommended(kind: &str, channel: &str) {
        fr: "{kind} : à envoyer de préférence par lettre recommandée (mise en demeure) ou par courrier ou courriel ; cette version {channel} n'est qu'un court message d'accompagnement",
        en: "a {kind} is better sent as a registered letter (mise en demeure) or a letter/e-mail; this {channel} version is a short companion message",
    }
    debtor_kind_regime_mismatch() {
        fr: "`debtor.kind` ne correspond pas à `regime` ; le texte suit le régime",
        en: "`debtor.kind` does not match `regime`; the text follows the regime",
    }
    step_before_previous_deadline(previous: &str, sent: IsoDate, until: IsoDate, kind: &str, as_of: IsoDate, next: IsoDate) {
        fr: "l'étape « {previous} » du {sent} laisse au débiteur jusqu'au {until} : l'étape « {kind} » datée du {as_of} intervient avant l'expiration de ce délai ; datez-la du {next} ou plus tard",
        en: "the {previous} of {sent} gives the debtor until {until}: a {kind} dated {as_of} comes before that deadline has run out; date it {next} or later",
    }
    notice_date_from_history(date: IsoDate) {
        fr: "fr-b2c : les intérêts courent à compter du {date}, date estimée de première présentation de la mise en demeure trouvée dans `history` (date d'envoi + `deliveryDays` jours ouvrés) ; indiquez `noticeDate`, la date portée sur l'avis de réception, pour retenir la date réelle",
        en: "fr-b2c: interest runs from {date}, the estimated first presentation of the mise en demeure found in `history` (its sending date + `deliveryDays` working days); give `noticeDate`, the date on the notice of delivery, to use the real one",
    }

    // renderLetter: payment plans.

    plan_total_differs(total: Money, due: Money, principal: Money) {
        fr: "les échéances totalisent {total}, ni le total dû ({due}) ni le principal ({principal})",
        en: "the instalments add up to {total}, neither the total due ({due}) nor the principal ({principal})",
    }
    plan_total_differs_waived(total: Money, principal: Money) {
        fr: "les pénalités et l'indemnité sont abandonnées, mais les échéances totalisent {total} et non le principal ({principal})",
        en: "the penalties and indemnity are waived, but the instalments add up to {total}, not the principal ({principal})",
    }
    plan_exceeds_24_months() {
        fr: "l'échéancier dépasse 24 mois, plus que ce qu'un juge peut accorder (article 1343-5 du Code civil)",
        en: "the plan runs more than 24 months, longer than a judge could grant (C. civ. 1343-5)",
    }

    // renderLetter: public buyers (Code de la commande publique).

    ignored_chorus_pro_date() {
        fr: "`invoices[].chorusProDate` ne sert qu'en fr-public ; ignoré",
        en: "`invoices[].chorusProDate` is used for fr-public only; ignored",
    }
    public_file_to_avocat() {
        fr: "le dossier d'un acheteur public se transmet à un avocat (kind « avocat ») : aucune mesure d'exécution forcée n'est possible contre une personne publique, et la créance relève du juge administratif (référé-provision, article R541-1 du Code de justice administrative), non d'un commissaire de justice",
        en: "a public buyer's file goes to an avocat (kind \"avocat\"): no enforcement measure lies against a public body, and the claim belongs to the administrative judge (référé-provision, CJA R541-1), not to a commissaire de justice",
    }
    public_no_payment_plan() {
        fr: "pas d'échéancier pour un acheteur public : il paie par son comptable public, ne signe pas de reconnaissance de dette, et ses intérêts moratoires courent de plein droit jusqu'au paiement du principal (articles L2192-13 et R2192-36 du Code de la commande publique) ; envoyez une relance ou une mise en demeure",
        en: "no payment plan for a public buyer: it pays through its public accountant and does not sign an acknowledgment of debt, and its interest runs of right until the principal is paid (CCP L2192-13, R2192-36); send a reminder or a mise en demeure",
    }
    payment_period_short(i: usize, due: IsoDate, filed: IsoDate) {
        fr: "`invoices[{i}]` : l'échéance du {due} tombe moins de 30 jours après le dépôt sur Chorus Pro du {filed} ; le délai de paiement (30 jours pour l'État et les collectivités territoriales, 50 pour les établissements publics de santé, 60 pour les entreprises publiques : articles R2192-10 et R2192-11 du Code de la commande publique) court à compter de la réception de la demande de paiement (article R2192-12) : aucun intérêt ne court avant son terme",
        en: "invoices[{i}]: the due date {due} is less than 30 days after the Chorus Pro filing on {filed}; the payment period (30 days for the State and local authorities, 50 for public hospitals, 60 for public enterprises: CCP R2192-10, R2192-11) runs from the receipt of the payment request (R2192-12), so no interest runs before its end",
    }
    accessories_not_yet_payable() {
        fr: "le principal est payé : un acheteur public verse les intérêts moratoires et l'indemnité dans les 45 jours du paiement du principal (article R2192-36 du Code de la commande publique) ; rien n'est donc encore exigible",
        en: "the principal is paid: a public buyer pays the interest and indemnity within 45 days of paying the principal (CCP R2192-36), so nothing can be demanded yet",
    }

    // Amounts in words.

    number_too_large_for_words(n: u64) {
        fr: "{n} dépasse le plus grand nombre écrit en lettres (1 000 000 000 000)",
        en: "{n} is larger than the largest number written in words (1 000 000 000 000)",
    }
    negative_amount_in_words() {
        fr: "un montant négatif ne s'écrit pas en lettres ; indiquez le montant dû",
        en: "a negative amount cannot be written in words; give the amount due",
    }
    amount_too_large_for_words() {
        fr: "le montant dépasse le plus grand montant écrit en lettres (1 000 000 000 000 €)",
        en: "the amount is larger than the largest amount written in words (1 000 000 000 000 €)",
    }

    // invoiceMentions.

    contract_rate_below_floor(rate: Percent, floor: Percent, semester: Semester) {
        fr: "{rate} est inférieur au plancher légal de {floor} (trois fois le taux d'intérêt légal du {semester}, article L441-10 II du Code de commerce) ; une telle clause est passible de l'amende de l'article L441-16",
        en: "{rate} is below the legal floor of {floor} (3 × the legal rate for the {semester}, C. com. L441-10 II); such a clause is fined under L441-16",
    }
}
