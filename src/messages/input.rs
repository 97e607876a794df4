//! Messages of reading an input: shape, fields, variants, and the scalar readers (amounts,
//! dates, rates).

use super::messages;

messages! {
    file = input;
    // What serde found and expected, word by word (`|`-separated, in the order of the lists in
    // src/error.rs `js_type` and `expected_type`).
    serde_found() {
        fr: "null|un objet|un tableau|la chaîne |le nombre |le nombre |le booléen |le caractère |une valeur imbriquée sur plus de 64 niveaux|une valeur dont la lecture a levé une exception JavaScript (accesseur, Proxy ou itérateur)|une fonction|un symbole|un BigInt|une valeur JavaScript non prise en charge|un tableau d'octets",
        en: "null|an object|an array|string |integer |floating point |boolean |character |a value nested more than 64 levels deep|a value whose reading threw a JavaScript exception (getter, Proxy or iterator)|a function|a symbol|a bigint|an unsupported JS value|byte array",
    }
    serde_expected() {
        fr: "un objet dont les clés sont des types de lettre|un objet|un objet|un tableau|un booléen|une date au format \"AAAA-MM-JJ\"|un montant (chaîne décimale telle que \"1234.56\", ou nombre fini)|un taux en pourcentage (chaîne telle que \"12.15\", ou nombre fini)|une chaîne de caractères|une chaîne de caractères|un nombre entier|un nombre entier|un nombre entier|un nombre entier|un nombre entier|un nombre entier|un nombre|un tableau",
        en: "an object keyed by letter kind|an object|an object|an array|a boolean|a date string \"YYYY-MM-DD\"|a decimal amount string such as \"1234.56\" or a finite number|a percent rate string such as \"12.15\" or a finite number|a string|a variant name|an integer (u8)|an integer (u16)|an integer (u32)|an integer (u64)|an integer (i32)|an integer (i64)|a number|an array",
    }
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
    invalid_value(got: &str, expected: &str, at: &str) {
        fr: "`{at}` doit être {expected} (reçu : {got})",
        en: "invalid value at `{at}`: expected {expected}, got {got}",
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
    options_not_object() {
        fr: "les options de readInvoice sont un objet, par exemple {{ lang: \"en\" }}",
        en: "the options of readInvoice are an object, such as {{ lang: \"en\" }}",
    }
    options_threw() {
        fr: "la lecture des options a levé une exception JavaScript (accesseur ou Proxy)",
        en: "reading the options threw a JavaScript exception (getter or Proxy)",
    }
    // readInvoice's argument (src/wasm/exports/einvoice.rs).
    read_invoice_input() {
        fr: "readInvoice prend le texte XML (une chaîne) ou les octets du fichier (un Uint8Array ou un ArrayBuffer, par exemple new Uint8Array(await file.arrayBuffer()))",
        en: "readInvoice takes the XML text (a string) or the file's bytes (a Uint8Array or ArrayBuffer, e.g. new Uint8Array(await file.arrayBuffer()))",
    }
    file_bytes_threw() {
        fr: "la lecture des octets du fichier a levé une exception JavaScript (un tampon détaché ?)",
        en: "reading the file's bytes threw a JavaScript exception (a detached buffer?)",
    }
    file_too_large(size: usize, max: usize) {
        fr: "le fichier fait {size} octets, au-delà des {max} octets acceptés",
        en: "the file is {size} bytes, more than the {max} bytes accepted",
    }
    figure_too_large_for_js() {
        fr: "un montant dépasse 2^53 centimes, qu'un nombre JavaScript ne représente pas exactement ; utilisez lateFees pour cette facture",
        en: "a figure exceeds 2^53 cents, which a JS number cannot hold exactly; use lateFees for this invoice",
    }
    unreadable(raw: &str, at: &str) {
        fr: "`{at}` illisible : {raw}",
        en: "`{at}` cannot be read: {raw}",
    }

    // Amounts and rates (src/money.rs)
    an_amount() {
        fr: "un montant tel que \"1234.56\"",
        en: "an amount such as \"1234.56\"",
    }
    a_rate() {
        fr: "un taux en pourcentage tel que \"12.15\"",
        en: "a percent rate such as \"12.15\"",
    }
    not_a_decimal(value: &str, expected: &str) {
        fr: "`{value}` n'est pas {expected} (chiffres, puis éventuellement un point et des décimales)",
        en: "`{value}` is not {expected} (digits, optional '.' and decimals)",
    }
    too_many_digits() {
        fr: "le nombre a trop de chiffres",
        en: "the number has too many digits",
    }
    amount_negative(value: &str) {
        fr: "`{value}` est négatif ; les montants sont positifs (un encaissement se saisit comme paiement)",
        en: "`{value}` is negative; amounts are positive (use a payment for money received)",
    }
    amount_decimals(value: &str) {
        fr: "`{value}` a plus de deux décimales ; indiquez le montant en euros et centimes",
        en: "`{value}` has more than two decimals; give the amount in euros and cents",
    }
    amount_too_large(value: &str) {
        fr: "`{value}` dépasse le plus grand montant accepté (1 000 000 000 000)",
        en: "`{value}` is larger than the largest supported amount (1 000 000 000 000)",
    }
    rate_out_of_range(value: &str) {
        fr: "`{value}` % sort de l'intervalle de 0 à 100 % l'an",
        en: "`{value}` % is outside 0–100 % a year",
    }
    rate_decimals(value: &str) {
        fr: "`{value}` a plus de six décimales",
        en: "`{value}` has more than six decimals",
    }
    computation_overflow() {
        fr: "le calcul dépasse la plage prise en charge ; vérifiez les montants et les taux",
        en: "the computation exceeds the supported range; check the amounts and rates",
    }
    number_unconverted() {
        fr: "un nombre est parvenu au lecteur décimal sans conversion",
        en: "a number reached the decimal parser unconverted",
    }
    not_finite(value: &str) {
        fr: "{value} n'est pas un nombre fini",
        en: "{value} is not a finite number",
    }
    // Dates (src/date.rs)
    not_a_date(value: &str) {
        fr: "`{value}` n'est pas une date au format AAAA-MM-JJ",
        en: "`{value}` is not a date in the form YYYY-MM-DD",
    }
    not_a_calendar_date(value: &str) {
        fr: "`{value}` n'est pas une date du calendrier (mois de 01 à 12, jour compris dans le mois, année à partir de 0001)",
        en: "`{value}` is not a calendar date (month 01–12, day within the month, year from 0001)",
    }
    date_out_of_range() {
        fr: "la date calculée sort des années 0001 à 9999",
        en: "the computed date falls outside years 0001–9999",
    }
}
