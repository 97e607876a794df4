//! Messages of reading an input: shape, fields, variants, and the scalar readers (amounts,
//! dates, rates).

use super::messages;

messages! {
    unknown_field(name: &str, expected: &str) {
        fr: "champ inconnu `{name}` (vérifiez son orthographe) ; champs admis : {expected}",
        en: "unknown field `{name}` (check its spelling); expected one of {expected}",
    }
    missing_field(field: &str) {
        fr: "`{field}` est obligatoire",
        en: "`{field}` is required",
    }
    unknown_variant(value: &str, expected: &str, at: &str) {
        fr: "valeur inconnue `{value}` pour `{at}` ; valeurs admises : {expected}",
        en: "unknown variant `{value}` at `{at}`, expected one of {expected}",
    }
    invalid_type(got: &str, expected: &str, at: &str) {
        fr: "`{at}` doit être {expected} (reçu : {got})",
        en: "invalid type at `{at}`: expected {expected}, got {got}",
    }
    invalid_length(got: &str, expected: &str, at: &str) {
        fr: "`{at}` n'a pas la longueur attendue (reçu : {got} ; attendu : {expected})",
        en: "invalid length {got} at `{at}`, expected {expected}",
    }
    input_missing() {
        fr: "un objet d'entrée est attendu, reçu null ou undefined",
        en: "expected an input object, got null or undefined",
    }
    array_expected() {
        fr: "un tableau d'objets d'entrée est attendu",
        en: "expected an array of input objects",
    }
    array_threw() {
        fr: "la lecture du tableau d'entrées a levé une exception JavaScript (accesseur, Proxy ou itérateur)",
        en: "reading the array of inputs threw a JavaScript exception (getter, Proxy or iterator)",
    }
    output_failed(detail: &str) {
        fr: "impossible de construire l'objet résultat : {detail}",
        en: "could not build the result object: {detail}",
    }
    figure_too_large_for_js() {
        fr: "un montant dépasse 2^53 centimes, qu'un nombre JavaScript ne représente pas exactement ; utilisez lateFees pour cette facture",
        en: "a figure exceeds 2^53 cents, which a JS number cannot hold exactly; use lateFees for this invoice",
    }
    unreadable(raw: &str, at: &str) {
        fr: "`{at}` illisible : {raw}",
        en: "`{at}` cannot be read: {raw}",
    }
}
