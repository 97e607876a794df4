//! Messages of the court steps of renderLetter (`src/letters/render/court.rs`, feature
//! `court-steps`): requête en injonction de payer, référé-provision, procédure simplifiée.

use super::messages;
use crate::money::Money;

messages! {
    file = court;
    no_sms(kind: &str) {
        fr: "l'étape `{kind}` n'a pas de forme SMS : utilisez le canal « letter » (ou « email » pour écrire à votre avocat ou commissaire de justice)",
        en: "a `{kind}` has no SMS form: use channel \"letter\" (or \"email\" to write to your avocat or commissaire de justice)",
    }
    requete_by_email() {
        fr: "une requête en injonction de payer est un acte signé, déposé au greffe : rendez-la en lettre",
        en: "a requête en injonction de payer is a signed document filed with the court: render it as a letter",
    }
    no_public_buyer() {
        fr: "ni injonction de payer ni procédure simplifiée contre un acheteur public : aucune voie d'exécution n'est ouverte contre une personne publique et le litige relève du juge administratif (référé-provision, article R541-1 du Code de justice administrative : kind « refere-provision »)",
        en: "no injonction de payer or procédure simplifiée against a public buyer: no enforcement lies against a public body, and the claim belongs to the administrative judge (référé-provision, CJA R541-1: kind \"refere-provision\")",
    }
    cover_needs_recipient() {
        fr: "cette lettre d'accompagnement a besoin de son destinataire : {{ name, address, kind: « avocat » | « commissaire-de-justice » }}",
        en: "this cover letter needs its recipient: {{ name, address, kind: \"avocat\" | \"commissaire-de-justice\" }}",
    }
    small_claims_commissaire() {
        fr: "la procédure simplifiée est mise en œuvre par un commissaire de justice (article L125-1 du Code des procédures civiles d'exécution) : kind « commissaire-de-justice »",
        en: "the procédure simplifiée is run by a commissaire de justice (CPCE L125-1): kind \"commissaire-de-justice\"",
    }
    refere_not_agency() {
        fr: "un référé est introduit par un avocat ou un commissaire de justice, non par une agence de recouvrement",
        en: "a référé is brought by an avocat or a commissaire de justice, not by a collection agency",
    }
    debtor_address_required() {
        fr: "l'adresse du débiteur (le siège d'une société) est obligatoire : le juge et le commissaire de justice sont ceux du lieu où il demeure (article 1406 du Code de procédure civile, article R125-1 du Code des procédures civiles d'exécution)",
        en: "the debtor's address (a company's registered office) is required: the court and the commissaire de justice act where the debtor lives (CPC 1406, CPCE R125-1)",
    }
    small_claims_over(claim: Money) {
        fr: "la créance, principal et intérêts, s'élève à {claim} : au-delà des 5 000 € de la procédure simplifiée (articles L125-1 et R125-1 et suivants du Code des procédures civiles d'exécution) ; présentez une requête en injonction de payer (kind « injonction-request »)",
        en: "the claim, principal and interest, is {claim}: above the 5 000 € of the procédure simplifiée (CPCE L125-1, R125-1 s.); present a requête en injonction de payer (kind \"injonction-request\")",
    }
    small_claims_threshold() {
        fr: "la créance est de 5 000 € exactement : vérifiez que le seuil du décret l'inclut",
        en: "the claim is exactly 5 000 €: check that the decree's threshold includes it",
    }
    creditor_identity_incomplete() {
        fr: "`creditor.legalForm` manque : la requête indique la forme d'une société (article 1407 avec les articles 57 et 54 du Code de procédure civile) ; un créancier personne physique y ajoute ses prénoms, profession, nationalité, date et lieu de naissance",
        en: "no `creditor.legalForm`: a company's form is required (CPC 1407 with 57 and 54); a creditor who is a natural person must add their first names, profession, nationality, date and place of birth to the requête",
    }
    debtor_identity_incomplete() {
        fr: "`debtor.legalForm` manque : la requête indique la forme d'une société débitrice avec sa dénomination et son siège (article 1407 avec l'article 57 du Code de procédure civile) ; indiquez-la (« SAS », « SARL »)",
        en: "no `debtor.legalForm`: the requête names a company's form with its name and registered office (CPC 1407 with 57); give it (\"SAS\", \"SARL\") when the debtor is a company",
    }
    formal_notice_missing() {
        fr: "aucune mise en demeure dans `history` : cette étape suit une mise en demeure restée sans effet, que le juge et le commissaire de justice s'attendent à trouver, avec son avis de réception, parmi les pièces",
        en: "no formal-notice step in `history`: this step follows an unanswered mise en demeure, which the court and the commissaire de justice expect to see (with its receipt) among the documents",
    }
    filing_by_creditor() {
        fr: "relance prépare la requête, sans la déposer : le créancier, ou un mandataire, la signe et la dépose avec les pièces par le canal de la juridiction — au greffe du tribunal de commerce ou en ligne, au greffe du tribunal judiciaire (article 1407 du Code de procédure civile)",
        en: "relance prepares the requête only: the creditor (or an agent) signs it and files it, with the documents, through the court's own channel — at the tribunal de commerce online or at its greffe, at the tribunal judiciaire at its greffe (CPC 1407)",
    }
    court_not_given() {
        fr: "`court` manque : la requête s'adresse au juge du lieu où demeure le débiteur (article 1406 du Code de procédure civile) — le tribunal de commerce pour une créance entre commerçants, le tribunal judiciaire sinon (un créancier non commerçant s'y adresse aussi) ; indiquez `court` avec son nom et son adresse",
        en: "no `court`: the requête is addressed to the court of the place where the debtor lives (CPC 1406) — the tribunal de commerce for a claim between traders, the tribunal judiciaire otherwise (a creditor who is not a trader files there too); pass `court` with its name and address",
    }
    court_not_given_tae() {
        fr: "`court` manque : la requête s'adresse au juge du lieu où demeure le débiteur (article 1406 du Code de procédure civile) — le tribunal de commerce pour une créance entre commerçants, le tribunal judiciaire sinon (un créancier non commerçant s'y adresse aussi) ; du 1er janvier 2025 au 31 décembre 2028, les tribunaux de commerce d'Avignon, Auxerre, Le Havre, Le Mans, Limoges, Lyon, Marseille, Nancy, Nanterre, Paris, Saint-Brieuc et Versailles sont des tribunaux des activités économiques (arrêté du 5 juillet 2024) ; indiquez `court` avec son nom et son adresse",
        en: "no `court`: the requête is addressed to the court of the place where the debtor lives (CPC 1406) — the tribunal de commerce for a claim between traders, the tribunal judiciaire otherwise (a creditor who is not a trader files there too); from 1 January 2025 to 31 December 2028 the tribunaux de commerce of Avignon, Auxerre, `Le Havre`, `Le Mans`, Limoges, Lyon, Marseille, Nancy, Nanterre, Paris, Saint-Brieuc and Versailles are `tribunaux des activités économiques` (order of 5 July 2024); pass `court` with its name and address",
    }
}
