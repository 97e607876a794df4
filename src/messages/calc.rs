//! Messages of the calculators: late fees (regimes and rate tables), deadlines, due dates and
//! public holidays, payment plans.

use super::{messages, static_messages};
use crate::date::{IsoDate, Semester};
use crate::money::{Money, Percent};

static_messages! {
    // The words of a due date's `basis` (src/calendar/terms.rs).
    terms_invoice_date {
        fr: "date de facture",
        en: "invoice date",
    }
    terms_invoice_month {
        fr: "mois de facture",
        en: "invoice month",
    }
    terms_request_date {
        fr: "date de réception de la demande de paiement",
        en: "date the payment request was received",
    }
    terms_request_month {
        fr: "mois de réception de la demande de paiement",
        en: "month the payment request was received",
    }
    /// Appended to every `term-exceeds-legal-maximum` warning between businesses.
    term_fine {
        fr: " Des délais de paiement non conformes sont passibles d'une amende administrative pouvant atteindre 75 000 € pour une personne physique et 2 000 000 € pour une personne morale, doublée en cas de réitération dans les deux ans (article L441-16 du Code de commerce).",
        en: " Non-compliant payment terms can be fined up to 75,000 EUR for a natural person and 2,000,000 EUR for a legal person, doubled for a repeat within two years (art. L441-16 C. com.).",
    }
}

messages! {
    file = calc;
    // The `rule` of a late-fees result, one per regime, and legal-basis snippets.
    rule_b2b() {
        fr: "fr-b2b: pénalités de retard C. com. L441-10 II (taux BCE + 10 points par semestre, ou taux contractuel ≥ 3 × taux légal) et indemnité forfaitaire de 40 € (D441-5)",
        en: "fr-b2b: late-payment penalties, C. com. L441-10 II (ECB rate + 10 points per half-year, or an agreed rate of at least 3 × the legal rate) and the fixed 40 € recovery indemnity (D441-5)",
    }
    rule_b2c() {
        fr: "fr-b2c: intérêts au taux légal à compter de la mise en demeure (C. civ. 1231-6, 1344-1 ; CMF L313-2), majoré de 5 points deux mois après un jugement exécutoire (CMF L313-3) ; pas d'indemnité de 40 € ni de frais de recouvrement (CPCE L111-8)",
        en: "fr-b2c: interest at the legal rate from the mise en demeure (C. civ. 1231-6, 1344-1; CMF L313-2), increased by 5 points two months after an enforceable judgment (CMF L313-3); no 40 € indemnity and no recovery costs (CPCE L111-8)",
    }
    rule_public() {
        fr: "fr-public: intérêts moratoires CCP L2192-13 et R2192-31 (taux BCE du semestre où les intérêts ont commencé à courir + 8 points) et indemnité forfaitaire de 40 € (D2192-35)",
        en: "fr-public: late-payment interest, CCP L2192-13 and R2192-31 (ECB rate of the half-year in which interest started to run + 8 points) and the fixed 40 € recovery indemnity (D2192-35)",
    }
    basis_b2b_contract() {
        fr: "taux contractuel (C. com. L441-10 II)",
        en: "agreed rate (C. com. L441-10 II)",
    }
    basis_majorated() {
        fr: " + 5 points (CMF L313-3)",
        en: " + 5 points (CMF L313-3)",
    }
    // `basis` of a `ratesUsed` line.
    basis_b2b_ecb(ecb: Percent, date: IsoDate, points: u8) {
        fr: "BCE {ecb} au {date} + {points} points (C. com. L441-10 II)",
        en: "ECB {ecb} on {date} + {points} points (C. com. L441-10 II)",
    }
    basis_b2b_floor(factor: &str, legal: Percent, semester: Semester, contract: Percent) {
        fr: "plancher de {factor} × le taux légal {legal} ({semester}) : le taux contractuel {contract} lui est inférieur",
        en: "floor of {factor} × the legal rate {legal} ({semester}): the agreed rate {contract} is below it",
    }
    basis_legal_yearly(year: i32, legal: Percent) {
        fr: "taux légal {year} : {legal}",
        en: "legal rate {year}: {legal}",
    }
    basis_legal_individual(semester: Semester, legal: Percent) {
        fr: "taux légal du {semester} (créancier particulier) : {legal}",
        en: "legal rate of the {semester} (creditor who is a private person): {legal}",
    }
    basis_legal_other(semester: Semester, legal: Percent) {
        fr: "taux légal du {semester} (autres cas) : {legal}",
        en: "legal rate of the {semester} (all other cases): {legal}",
    }
    basis_public_ecb(ecb: Percent, date: IsoDate, points: u8) {
        fr: "BCE {ecb} au {date} (semestre où les intérêts ont commencé à courir) + {points} points (CCP R2192-31)",
        en: "ECB {ecb} on {date} (half-year in which interest started to run) + {points} points (CCP R2192-31)",
    }

    // Late-fees warnings and errors (src/regime/).
    payments_after_as_of(count: usize, as_of: IsoDate) {
        fr: "{count} paiement(s) daté(s) après la date de calcul ({as_of}) n'a (n'ont) pas été pris en compte",
        en: "{count} payment(s) dated after asOf {as_of} were not taken into account",
    }
    overpayment(surplus: Money) {
        fr: "les paiements dépassent de {surplus} le principal et les intérêts dus ; l'excédent n'est pas imputé (ni sur l'indemnité forfaitaire)",
        en: "payments exceed the principal and interest owed by {surplus}; the surplus is not applied (and not set against the indemnity)",
    }
    rate_unavailable(semester: Semester, known: &str) {
        fr: "aucun taux publié pour le {semester} (tables connues jusqu'au {known}) ; fournissez-le dans `rates` ou retirez `strictRates`",
        en: "no published rate for the {semester} (tables known through {known}); supply it with `rates` or drop `strictRates`",
    }
    rate_assumed(semester: Semester, known: &str, rate: Percent) {
        fr: "aucun taux publié pour le {semester} à ce jour (tables connues jusqu'au {known}) : la dernière valeur connue, {rate}, a été reprise",
        en: "no published rate for the {semester} yet (tables known through {known}): the last known value {rate} was carried forward",
    }
    rate_assumed_span(first: Semester, last: Semester, known: &str, rate: Percent) {
        fr: "aucun taux publié du {first} au {last} à ce jour (tables connues jusqu'au {known}) : la dernière valeur connue, {rate}, a été reprise",
        en: "no published rate from the {first} to the {last} yet (tables known through {known}): the last known value {rate} was carried forward",
    }
    ignored_field(field: &str, regime: &str) {
        fr: "`{field}` ne s'applique pas au régime {regime} et a été ignoré",
        en: "`{field}` does not apply to {regime} and was ignored",
    }
    contract_rate_below_floor(rate: Percent, semesters: &str) {
        fr: "le taux contractuel de {rate} est inférieur au plancher de 3 fois le taux d'intérêt légal (article L441-10 II du Code de commerce) pour : {semesters} ; le plancher a été appliqué sur ces périodes",
        en: "the contract rate {rate} is below the legal floor of 3 × the legal interest rate (C. com. L441-10 II) in {semesters}; the floor was applied there",
    }
    indemnity_before_2013() {
        fr: "l'indemnité forfaitaire de 40 € (article D441-5 du Code de commerce) n'existe que pour les retards commencés à partir du 1er janvier 2013",
        en: "the 40 € recovery indemnity (D441-5) exists only for delays starting from 1 January 2013",
    }
    formal_notice_required() {
        fr: "les intérêts au taux légal ne courent qu'à compter d'une mise en demeure (articles 1231-6 et 1344-1 du Code civil) : indiquez `noticeDate` pour les calculer ; d'ici là, ils sont nuls",
        en: "legal interest runs only from a mise en demeure (C. civ. 1231-6, 1344-1): give noticeDate to compute it; until then it is zero",
    }
    notice_before_due_date(notice: IsoDate, due: IsoDate) {
        fr: "la mise en demeure ({notice}) précède l'échéance ({due}) : les intérêts ne courent qu'à compter du lendemain de l'échéance",
        en: "the mise en demeure ({notice}) precedes the due date ({due}): interest runs only from the day after the due date",
    }
    pre_2013_public_rate() {
        fr: "les intérêts ont commencé à courir avant le décret n° 2013-269 (16 mars 2013) : le taux BCE + 7 points alors dû par l'État et les collectivités territoriales a été appliqué ; les établissements publics de santé devaient le taux légal",
        en: "interest started before décret 2013-269 (16 March 2013): ECB + 7 points was applied, the rate then owed by the State and local authorities; public hospitals owed the legal rate",
    }
    public_indemnity_before_2013() {
        fr: "l'indemnité forfaitaire de 40 € due par les acheteurs publics s'applique à compter du décret n° 2013-269 (16 mars 2013)",
        en: "the 40 € recovery indemnity for public buyers applies from décret 2013-269 (16 March 2013)",
    }

    // Rate tables (src/rates/).
    legal_rate_row_not_semester(from: IsoDate) {
        fr: "depuis 2015, les taux légaux sont fixés par semestre : `from` doit être un 1er janvier ou un 1er juillet de 2015 ou après, et non le {from}",
        en: "legal rates are fixed per half-year since 2015: `from` must be 1 January or 1 July of 2015 or later, not {from}",
    }
    ecb_rate_unknown(date: IsoDate, first: IsoDate) {
        fr: "aucun taux de refinancement de la BCE n'est connu au {date} (la table commence le {first}) ; fournissez-le dans `rates` ou choisissez une date postérieure",
        en: "no ECB main refinancing rate is known for {date} (the table starts on {first}); supply it with `rates` or use a later date",
    }
    legal_rate_unknown(date: IsoDate, first: IsoDate) {
        fr: "aucun taux d'intérêt légal n'est connu au {date} (la table commence le {first}) ; fournissez-le dans `rates` ou choisissez une date postérieure",
        en: "no legal interest rate is known for {date} (the table starts on {first}); supply it with `rates` or use a later date",
    }
    rate_unknown(date: IsoDate) {
        fr: "aucun taux n'est connu au {date} ; fournissez-le dans `rates` ou choisissez une date postérieure",
        en: "no rate is known for {date}; supply it with `rates` or use a later date",
    }
    embedded_table_malformed(table: &str) {
        fr: "la table intégrée {table} est mal formée",
        en: "embedded {table} table is malformed",
    }
    embedded_rate_malformed(value: &str) {
        fr: "le taux intégré `{value}` n'est pas un nombre décimal",
        en: "embedded rate `{value}` is not a decimal",
    }
    legal_table_without_2015() {
        fr: "la table des taux légaux n'a pas de ligne 2015",
        en: "the legal-rate table has no 2015 row",
    }

    // Deadlines and holidays (src/calendar/).
    period_missing() {
        fr: "indiquez un délai : `days` ou `months` (ou les deux), l'un au moins supérieur à 0",
        en: "give a period: `days` or `months` (or both), at least one of them above 0",
    }
    too_many_days(days: u32, max: u32) {
        fr: "{days} jours dépassent les {max} jours (100 ans) acceptés par relance",
        en: "{days} days is more than the {max} days (100 years) relance accepts",
    }
    too_many_months(months: u32, max: u32) {
        fr: "{months} mois dépassent les {max} mois (100 ans) acceptés par relance",
        en: "{months} months is more than the {max} months (100 years) relance accepts",
    }
    year_out_of_range(year: i32) {
        fr: "l'année {year} sort des années prises en charge (1 à 9999)",
        en: "year {year} is outside the supported years 1–9999",
    }
    no_working_day(days: usize, date: IsoDate) {
        fr: "aucun jour ouvré trouvé dans les {days} jours suivant le {date}",
        en: "no working day found within {days} days after {date}",
    }
    public_buyer_without_public_regime() {
        fr: "`publicBuyer` ne s'applique qu'avec `regime: \"fr-public\"`",
        en: "`publicBuyer` only applies with `regime: \"fr-public\"`",
    }
    terms_before_start(date: IsoDate, issue: IsoDate) {
        fr: "ces conditions donnent le {date}, avant la date de départ du {issue}",
        en: "these terms give {date}, before the start date {issue}",
    }
    day_not_in_month(day: u32) {
        fr: "le jour {day} n'est pas un jour du mois (1 à 31)",
        en: "day {day} is not a day of the month (1–31)",
    }
    no_first_day(issue: IsoDate) {
        fr: "pas de premier jour du mois pour le {issue}",
        en: "no first day for {issue}",
    }
    no_such_day(day: u32, month: IsoDate) {
        fr: "pas de jour {day} dans le mois du {month}",
        en: "no day {day} in the month of {month}",
    }
    public_term_too_long(date: IsoDate, days: u32, max: u32) {
        fr: "L'échéance du {date} tombe {days} jours après la réception de la demande de paiement, au-delà du délai de paiement maximal de {max} jours de cet acheteur public (articles R2192-10 et R2192-11 du Code de la commande publique, délai courant à compter de la réception de la demande de paiement, article R2192-12).",
        en: "The due date {date} is {days} days after the receipt of the payment request, more than the {max}-day maximum payment deadline for this public buyer (art. R2192-10 and R2192-11 CCP, counted from the receipt of the payment request, art. R2192-12).",
    }
    b2b_days_too_long(days: u32) {
        fr: "Un délai de {days} jours à compter de la date de facture dépasse le maximum de 60 jours à compter de la date de facture (article L441-10 I du Code de commerce).",
        en: "A term of {days} days after the invoice date exceeds the maximum of 60 days after the invoice date (art. L441-10 I C. com.).",
    }
    b2b_eom_never_allowed(days: u32, date: IsoDate, after: u32) {
        fr: "Un délai de « {days} jours fin de mois » n'est jamais permis : il dépasse à la fois les 60 jours à compter de la date de facture et les 45 jours fin de mois de l'article L441-10 I du Code de commerce (ici, l'échéance du {date} tombe {after} jours après la date de facture).",
        en: "A \"{days} days end of month\" term is never allowed: it exceeds both the 60 days after the invoice date and the 45 days end of month of art. L441-10 I C. com. (here the due date {date} is {after} days after the invoice date).",
    }
    b2b_eom_too_long(days: u32, date: IsoDate, after: u32) {
        fr: "Un délai de « {days} jours fin de mois » dépasse les 45 jours fin de mois de l'article L441-10 I du Code de commerce, et son échéance du {date} tombe {after} jours après la date de facture, au-delà du maximum de 60 jours.",
        en: "A \"{days} days end of month\" term exceeds the 45 days end of month of art. L441-10 I C. com., and its due date {date} is {after} days after the invoice date, more than the 60-day maximum.",
    }
    b2b_day_of_month_too_long(date: IsoDate, after: u32, latest: IsoDate) {
        fr: "L'échéance du {date} tombe {after} jours après la date de facture : au-delà à la fois du maximum de 60 jours et des 45 jours fin de mois (au plus tard le {latest} pour cette facture, quelle que soit la lecture retenue) permis par l'article L441-10 I du Code de commerce.",
        en: "The due date {date} is {after} days after the invoice date: later than both the 60-day maximum and 45 days end of month (at the latest {latest} for this invoice, whichever reading is used) allowed by art. L441-10 I C. com.",
    }

    // The `basis` of a due date: `{start}` is the invoice date or the receipt of the payment
    // request (`terms_*_date`), `{month}` its month.
    terms_immediate(start: &str) {
        fr: "paiement à réception : échéance à la {start}",
        en: "payment on receipt: due on the {start}",
    }
    terms_days(days: &str, start: &str) {
        fr: "{days} {start} : {start} + {days}",
        en: "{days} from the {start}: {start} + {days}",
    }
    terms_end_of_month(month: &str) {
        fr: "fin de mois : dernier jour du {month}",
        en: "end of month: last day of the {month}",
    }
    terms_reading_a(days: &str, start: &str) {
        fr: "{days} fin de mois, lecture A : {start} + {days}, puis fin de mois",
        en: "{days} end of month, reading A: {start} + {days}, then end of month",
    }
    terms_reading_b(days: &str, month: &str) {
        fr: "{days} fin de mois, lecture B : fin du {month}, puis + {days}",
        en: "{days} end of month, reading B: end of the {month}, then + {days}",
    }
    terms_day_of_month(day: &str, month: &str) {
        fr: "{day} du {month}",
        en: "{day} of the {month}",
    }
    terms_day_of_next_month(day: &str, month: &str) {
        fr: "{day} du mois suivant le {month} (M+1)",
        en: "{day} of the month after the {month} (M+1)",
    }
    terms_day_of_month_n(day: &str, months: u32, month: &str) {
        fr: "{day} du mois M+{months} ({months} mois après le {month})",
        en: "{day} of month M+{months} ({months} months after the {month})",
    }
    terms_short_month(last: u32) {
        fr: " ; ce mois n'ayant que {last} jours, son dernier jour",
        en: "; that month has only {last} days, so its last day",
    }

    // Payment plans (src/plan.rs).
    plan_count(count: u32, max: u32) {
        fr: "`count` vaut {count} ; un échéancier compte de 1 à {max} échéances",
        en: "`count` is {count}; a payment plan has 1 to {max} instalments",
    }
    plan_amount_zero() {
        fr: "`amount` vaut 0.00 : il n'y a rien à étaler",
        en: "`amount` is 0.00; there is nothing to spread over a payment plan",
    }
    plan_round_to_zero() {
        fr: "`roundTo` vaut 0.00 ; indiquez un pas d'au moins 0.01 (\"1\" pour des euros entiers)",
        en: "`roundTo` is 0.00; give a step of at least 0.01 (\"1\" for whole euros)",
    }
    plan_over_24_months(last: IsoDate, first: IsoDate) {
        fr: "La dernière échéance ({last}) tombe plus de 24 mois après la première ({first}). Le juge ne peut reporter ou échelonner une dette que dans la limite de deux années (article 1343-5 du Code civil) ; un échéancier plus long ne vaut que comme accord avec le créancier.",
        en: "The last instalment ({last}) is more than 24 months after the first ({first}). A judge can spread a debt over two years at most (art. 1343-5 C. civ.); a longer plan is valid only as an agreement with the creditor.",
    }
    plan_too_many_instalments(amount: Money, count: u32) {
        fr: "{amount} ne peut être réparti en {count} échéances d'au moins 0,01 € ; réduisez `count`",
        en: "{amount} cannot be split into {count} instalments of at least 0.01; lower `count`",
    }
    plan_first_amount_zero() {
        fr: "`firstAmount` vaut 0.00 ; omettez-le pour des échéances égales",
        en: "`firstAmount` is 0.00; leave it out for equal instalments",
    }
    plan_first_amount_above(first: Money, amount: Money) {
        fr: "`firstAmount` ({first}) dépasse `amount` ({amount})",
        en: "`firstAmount` {first} is more than `amount` {amount}",
    }
    plan_single_instalment(amount: Money, first: Money) {
        fr: "avec `count: 1`, l'unique échéance est le montant entier de {amount}, et non `firstAmount` ({first})",
        en: "with `count: 1` the only instalment is the whole amount {amount}, not `firstAmount` {first}",
    }
    plan_first_amount_leaves_too_little(first: Money, rest: Money, others: u32) {
        fr: "`firstAmount` ({first}) laisse {rest} pour les {others} autres échéances, moins de 0,01 € chacune",
        en: "`firstAmount` {first} leaves {rest} for the other {others} instalments, less than 0.01 each",
    }
    plan_step_too_large(step: Money, rest: Money, parts: u32) {
        fr: "`roundTo` ({step}) dépasse une échéance ({rest} réparti en {parts}) ; choisissez un pas plus petit ou moins d'échéances",
        en: "`roundTo` {step} is larger than one instalment ({rest} split {parts} ways); use a smaller step or fewer instalments",
    }
    plan_amount_too_large() {
        fr: "le montant dépasse le plus grand montant accepté",
        en: "the amount is larger than the largest supported amount",
    }
}
