//! Messages of einvoice (see the table in `messages/mod.rs`): readInvoice's errors, warnings
//! and regime reason.

use super::messages;
use crate::date::IsoDate;
use crate::money::Money;

messages! {
    file = einvoice;
    // The input and the file.

    xml_or_pdf_missing() {
        fr: "fournissez la facture en `xml` (texte CII ou UBL) ou en `pdf` (les octets du fichier)",
        en: "give the invoice as `xml` (CII or UBL text) or `pdf` (the bytes of the file)",
    }
    xml_and_pdf() {
        fr: "fournissez `xml` ou `pdf`, pas les deux",
        en: "give either `xml` or `pdf`, not both",
    }
    xml_too_large(size: usize, max: usize) {
        fr: "le XML fait {size} octets, plus que les {max} octets acceptés",
        en: "the XML is {size} bytes, more than the {max} bytes accepted",
    }
    xml_utf16() {
        fr: "le XML est en UTF-16 ; relance lit les factures en UTF-8 (l'encodage des syntaxes EN 16931)",
        en: "the XML is UTF-16; relance reads UTF-8 invoices (the encoding EN 16931 syntaxes use)",
    }
    not_pdf_nor_utf8(offset: usize) {
        fr: "le fichier n'est ni un PDF ni du texte UTF-8 (octet invalide à la position {offset}) : ce n'est pas une facture XML",
        en: "the file is neither a PDF nor UTF-8 text (invalid byte at offset {offset}): not an XML invoice",
    }
    not_an_invoice(root: &str, ns: &str, hint: &str) {
        fr: "ce XML est un élément <{root}> de l'espace de noms `{ns}`, et non une facture CII (`rsm:CrossIndustryInvoice`) ni une facture ou un avoir UBL 2.1 (`Invoice`, `CreditNote`).{hint}",
        en: "this XML is a <{root}> in namespace `{ns}`, not a CII invoice (rsm:CrossIndustryInvoice) or a UBL 2.1 Invoice / CreditNote.{hint}",
    }
    zugferd_1_hint() {
        fr: " C'est une facture ZUGFeRD 1.0, dont relance ne lit pas la syntaxe (CII D13B) ; ZUGFeRD 2.x / Factur-X est pris en charge.",
        en: " It is a ZUGFeRD 1.0 invoice, whose syntax (CII D13B) relance does not read; ZUGFeRD 2.x / Factur-X is supported.",
    }
    wrong_namespace_hint(root: &str, ns: &str) {
        fr: " Sa racine s'appelle {root}, mais son espace de noms `{ns}` n'est ni celui de CII D16B ni celui d'UBL 2.1.",
        en: " Its root is named {root} but its namespace `{ns}` is not the CII D16B or UBL 2.1 one.",
    }

    // PDF.

    pdf_too_large(size: usize, max: usize) {
        fr: "le PDF fait {size} octets, plus que les {max} octets acceptés",
        en: "the PDF is {size} bytes, more than the {max} bytes accepted",
    }
    not_pdf() {
        fr: "ni un PDF (pas d'en-tête %PDF-) ni une facture XML",
        en: "not a PDF (no %PDF- header) and not an XML invoice",
    }
    pdf_encrypted() {
        fr: "le PDF est chiffré (/Encrypt) ; relance ne peut pas lire ses fichiers joints. Extrayez du PDF le XML de la facture (`factur-x.xml`) ou demandez à l'émetteur une copie non chiffrée",
        en: "the PDF is encrypted (/Encrypt); relance cannot read its embedded files. Export the invoice XML (factur-x.xml) from the PDF, or ask the sender for an unencrypted copy",
    }
    no_embedded_invoice(hint: &str) {
        fr: "ce PDF ne contient aucun XML de facture (pas de pièce jointe `factur-x.xml`, `zugferd-invoice.xml` ou `xrechnung.xml`){hint} : ce n'est pas une facture Factur-X / ZUGFeRD, et relance ne lit pas la page imprimée. Demandez la version Factur-X ou le fichier XML",
        en: "this PDF carries no embedded invoice XML (no factur-x.xml, zugferd-invoice.xml or xrechnung.xml attachment){hint}: it is not a Factur-X / ZUGFeRD invoice, and relance does not read the printed page. Ask for the Factur-X version or the XML file",
    }
    object_streams_hint() {
        fr: " (il range ses objets dans des flux d'objets compressés, et aucun flux ne se décode non plus en facture)",
        en: " (it keeps objects in compressed object streams, and no stream decodes to an invoice either)",
    }
    pdf_stream_missing(num: u32) {
        fr: "le flux du fichier joint (objet {num}) est absent du PDF",
        en: "the embedded file's stream (object {num}) is missing from the PDF",
    }
    pdf_not_a_stream(num: u32) {
        fr: "l'objet {num} du PDF n'est pas un flux lisible",
        en: "object {num} of the PDF is not a readable stream",
    }
    pdf_filter_unreadable(num: u32) {
        fr: "objet {num} : /Filter illisible",
        en: "object {num}: unreadable /Filter",
    }
    pdf_predictor(num: u32) {
        fr: "objet {num} : un /Predictor sur le fichier joint n'est pas pris en charge",
        en: "object {num}: a /Predictor on the embedded file is not supported",
    }
    pdf_filter_unsupported(num: u32, filter: &str) {
        fr: "objet {num} : le filtre /{filter} n'est pas pris en charge (seul /FlateDecode l'est)",
        en: "object {num}: the /{filter} filter is not supported (only /FlateDecode)",
    }
    pdf_too_complex(max: usize) {
        fr: "le PDF contient plus de {max} valeurs à lire (ou des objets sans fin) ; relance s'arrête là",
        en: "the PDF holds more than {max} values to read (or objects that never end); relance stops there",
    }
    pdf_embedded_too_large(limit: usize) {
        fr: "le fichier joint, décompressé, dépasse {limit} octets",
        en: "the embedded file decodes to more than {limit} bytes",
    }
    pdf_corrupt(num: u32, status: &str) {
        fr: "objet {num} : les données compressées sont corrompues ({status})",
        en: "object {num}: the compressed data is corrupt ({status})",
    }
    embedded_file_name(name: &str) {
        fr: "Le XML de la facture est joint sous le nom `{name}`, qui n'est pas un nom Factur-X / ZUGFeRD (`factur-x.xml`, `zugferd-invoice.xml`, `xrechnung.xml`) ; il a néanmoins été lu.",
        en: "The invoice XML is attached as `{name}`, not under a Factur-X / ZUGFeRD name (factur-x.xml, zugferd-invoice.xml, xrechnung.xml); it was read anyway.",
    }
    embedded_file_found_by_scan() {
        fr: "Aucune spécification de fichier ne désigne le XML de la facture (il peut se trouver dans un flux d'objets compressé) ; il a été trouvé en parcourant les flux du PDF à la recherche d'une racine de facture.",
        en: "No file specification named the invoice XML (it may sit in a compressed object stream); the XML was found by scanning the PDF's streams for an invoice root.",
    }

    // XML.

    xml_invalid(line: usize, detail: &str) {
        fr: "XML mal formé (ligne {line}) : {detail}",
        en: "not well-formed XML (line {line}): {detail}",
    }
    dtd_not_allowed(line: usize) {
        fr: "le XML contient une déclaration de type de document (ligne {line}) ; relance ne traite jamais les DTD ni les déclarations d'entités (elles permettent les attaques par expansion d'entités et par entités externes), et les formats de facture n'en utilisent pas",
        en: "the XML has a document type declaration (line {line}); relance never processes DTDs or entity declarations (they enable entity-expansion and external-entity attacks), and invoice formats do not use them",
    }
    xml_unterminated_pi() {
        fr: "instruction de traitement non terminée",
        en: "unterminated processing instruction",
    }
    xml_unterminated_comment() {
        fr: "commentaire non terminé",
        en: "unterminated comment",
    }
    xml_unterminated_cdata() {
        fr: "section CDATA non terminée",
        en: "unterminated CDATA section",
    }
    xml_char_boundary() {
        fr: "limite de caractère inattendue",
        en: "unexpected character boundary",
    }
    xml_text_before_root() {
        fr: "texte avant l'élément racine (est-ce bien du XML ?)",
        en: "text before the root element (is this XML at all?)",
    }
    xml_text_after_root() {
        fr: "texte après l'élément racine",
        en: "text after the root element",
    }
    xml_never_closed(name: &str) {
        fr: "l'élément <{name}> n'est jamais fermé",
        en: "element <{name}> is never closed",
    }
    xml_no_root() {
        fr: "aucun élément racine (document vide, ou qui n'est pas du XML)",
        en: "no root element (empty document or not XML)",
    }
    xml_cdata_outside_root() {
        fr: "section CDATA hors de l'élément racine",
        en: "CDATA section outside the root element",
    }
    xml_name_expected() {
        fr: "un nom est attendu",
        en: "expected a name",
    }
    xml_name_too_long(size: usize, line: usize, max: usize) {
        fr: "un nom de {size} octets (ligne {line}) ; {max} au plus sont acceptés",
        en: "a name of {size} bytes (line {line}); at most {max} are accepted",
    }
    xml_name_invalid(name: &str) {
        fr: "`{name}` n'est pas un nom XML valide",
        en: "`{name}` is not a valid XML name",
    }
    xml_second_root() {
        fr: "un second élément racine",
        en: "a second root element",
    }
    xml_start_tag_unterminated(name: &str) {
        fr: "balise ouvrante <{name} non terminée",
        en: "unterminated start tag <{name}",
    }
    xml_space_expected(name: &str) {
        fr: "espace attendue dans la balise ouvrante <{name}>",
        en: "expected whitespace in the start tag <{name}>",
    }
    xml_attribute_without_value(name: &str) {
        fr: "l'attribut `{name}` n'a pas de valeur",
        en: "attribute `{name}` has no value",
    }
    xml_attribute_not_quoted(name: &str) {
        fr: "attribut `{name}` : valeur sans guillemets",
        en: "attribute `{name}`: value not quoted",
    }
    xml_attribute_unterminated(name: &str) {
        fr: "attribut `{name}` : valeur non terminée",
        en: "attribute `{name}`: unterminated value",
    }
    xml_attribute_lt(name: &str) {
        fr: "attribut `{name}` : `<` dans une valeur",
        en: "attribute `{name}`: `<` in a value",
    }
    xml_attribute_twice(name: &str) {
        fr: "l'attribut `{name}` figure deux fois",
        en: "attribute `{name}` appears twice",
    }
    xml_too_many_attributes(name: &str, max: usize, line: usize) {
        fr: "l'élément <{name}> a plus de {max} attributs (ligne {line})",
        en: "element <{name}> has more than {max} attributes (line {line})",
    }
    xml_too_deep(max: usize, line: usize) {
        fr: "les éléments s'imbriquent sur plus de {max} niveaux (ligne {line}) ; une facture en compte une dizaine",
        en: "elements nest deeper than {max} levels (line {line}); an invoice needs about 10",
    }
    xml_too_many_elements(max: usize) {
        fr: "le document compte plus de {max} éléments",
        en: "the document has more than {max} elements",
    }
    xml_too_many_namespaces(max: usize) {
        fr: "le document déclare plus de {max} espaces de noms",
        en: "the document declares more than {max} namespaces",
    }
    xml_prefix_empty_uri(prefix: &str) {
        fr: "préfixe `{prefix}` lié à une URI vide",
        en: "prefix `{prefix}` bound to an empty URI",
    }
    xml_end_tag_unterminated(name: &str) {
        fr: "balise fermante </{name} non terminée",
        en: "unterminated end tag </{name}",
    }
    xml_end_tag_mismatch(name: &str, open: &str) {
        fr: "la balise fermante </{name}> ne correspond pas à <{open}>",
        en: "end tag </{name}> does not match <{open}>",
    }
    xml_end_tag_alone(name: &str) {
        fr: "balise fermante </{name}> sans balise ouvrante",
        en: "end tag </{name}> without a start tag",
    }
    xml_prefix_undeclared(prefix: &str, name: &str) {
        fr: "le préfixe `{prefix}` de <{name}> n'est pas déclaré",
        en: "prefix `{prefix}` of <{name}> is not declared",
    }
    xml_bare_ampersand() {
        fr: "`&` qui n'ouvre pas une entité (écrivez `&amp;`)",
        en: "`&` that does not start an entity (write `&amp;`)",
    }
    xml_undefined_entity(name: &str) {
        fr: "entité non définie `&{name};` (seules &lt; &gt; &amp; &apos; &quot; et les références numériques sont décodées ; les entités de DTD ne sont jamais développées)",
        en: "undefined entity `&{name};` (only &lt; &gt; &amp; &apos; &quot; and numeric references are decoded; DTD entities are never expanded)",
    }
    xml_bad_character_reference(name: &str) {
        fr: "`&{name};` n'est pas une référence de caractère valide",
        en: "`&{name};` is not a valid character reference",
    }
    xml_character_not_allowed(code: &str) {
        fr: "le caractère U+{code} n'est pas autorisé en XML",
        en: "character U+{code} is not allowed in XML",
    }

    // The invoice's fields, as the messages below name them.

    field_number() {
        fr: "le numéro de facture (BT-1)",
        en: "the invoice number (BT-1)",
    }
    field_type_code() {
        fr: "le code de type de document (BT-3)",
        en: "the document type code (BT-3)",
    }
    field_issue_date() {
        fr: "la date d'émission (BT-2)",
        en: "the issue date (BT-2)",
    }
    field_currency() {
        fr: "la devise de facturation (BT-5)",
        en: "the invoice currency (BT-5)",
    }
    field_amount_due() {
        fr: "le montant à payer (BT-115)",
        en: "the amount due (BT-115)",
    }
    field_total_with_tax() {
        fr: "le total TTC (BT-112)",
        en: "the total with VAT (BT-112)",
    }
    field_paid_amount() {
        fr: "le montant déjà payé (BT-113)",
        en: "the paid amount (BT-113)",
    }
    field_order_date() {
        fr: "la date de commande",
        en: "the order date",
    }
    field_due_date() {
        fr: "la date d'échéance (BT-9)",
        en: "the due date (BT-9)",
    }
    field_seller_name() {
        fr: "le nom du vendeur",
        en: "the seller's name",
    }
    field_buyer_name() {
        fr: "le nom de l'acheteur",
        en: "the buyer's name",
    }

    // Reading the fields.

    field_missing(what: &str, path: &str) {
        fr: "il manque {what} (`{path}`), mention obligatoire dans tous les profils EN 16931",
        en: "{what} is missing (`{path}`); it is mandatory in every EN 16931 profile",
    }
    date_not_format_102(what: &str, shown: &str) {
        fr: "{what} `{shown}` n'est pas une date au format 102 (AAAAMMJJ)",
        en: "{what} `{shown}` is not a format-102 date (YYYYMMDD)",
    }
    date_format_unsupported(what: &str, format: &str) {
        fr: "{what} utilise le format de date `{format}` ; seul le format 102 (AAAAMMJJ) donne un jour",
        en: "{what} uses date format `{format}`; only format 102 (YYYYMMDD) gives a day",
    }
    date_not_xs_date(what: &str, shown: &str) {
        fr: "{what} `{shown}` n'est pas une date (AAAA-MM-JJ)",
        en: "{what} `{shown}` is not a date (YYYY-MM-DD)",
    }
    date_invalid(what: &str, shown: &str, detail: &str) {
        fr: "{what} `{shown}` : {detail}",
        en: "{what} `{shown}`: {detail}",
    }
    amount_not_decimal(what: &str, shown: &str) {
        fr: "{what} `{shown}` n'est pas un montant décimal (des chiffres, éventuellement un « . » et des décimales)",
        en: "{what} `{shown}` is not a decimal amount (digits, optional '.' and decimals)",
    }
    amount_too_many_digits(what: &str, shown: &str) {
        fr: "{what} `{shown}` a trop de chiffres",
        en: "{what} `{shown}` has too many digits",
    }
    amount_too_large(what: &str, shown: &str) {
        fr: "{what} `{shown}` dépasse le plus grand montant accepté (1 000 000 000 000)",
        en: "{what} `{shown}` is larger than the largest supported amount (1 000 000 000 000)",
    }

    // Warnings.

    amount_rounded(what: &str, shown: &str, used: Money) {
        fr: "{what} `{shown}` a plus de deux décimales ; relance retient {used}.",
        en: "{what} `{shown}` has more than two decimals; relance uses {used}.",
    }
    unknown_type_code(code: &str) {
        fr: "Le code de type de document {code} n'est pas connu de relance ; le document est lu comme une facture.",
        en: "Document type code {code} is not one relance knows; it is read as an invoice.",
    }
    no_due_date_unreadable_terms(terms: &str) {
        fr: "La facture n'a pas de date d'échéance (BT-9) et relance ne peut en lire aucune dans ses conditions de paiement (« {terms} ») ; indiquez vous-même `dueDate`. Une facture entre professionnels doit mentionner sa date d'échéance (article L441-9 du Code de commerce).",
        en: "The invoice has no due date (BT-9) and relance cannot read a due date from its payment terms (\"{terms}\"); give `dueDate` yourself. A B2B invoice must state its due date (art. L441-9 C. com.).",
    }
    no_due_date_no_terms() {
        fr: "La facture n'a ni date d'échéance (BT-9) ni conditions de paiement (BT-20) ; indiquez vous-même `dueDate`. Une facture entre professionnels doit mentionner sa date d'échéance (article L441-9 du Code de commerce).",
        en: "The invoice has no due date (BT-9) and no payment terms (BT-20); give `dueDate` yourself. A B2B invoice must state its due date (art. L441-9 C. com.).",
    }
    no_lines(profile_note: &str) {
        fr: "La facture ne comporte aucune ligne{profile_note} : les lettres ne peuvent nommer ni les biens ou services ni leurs quantités ; ajoutez vous-même `description` et `quantity` à `letterInvoice`.",
        en: "The invoice carries no lines{profile_note}: the letters cannot name the goods or services or their quantities; add `description` and `quantity` to the letter invoice yourself.",
    }
    profile_has_no_lines(profile: &str) {
        fr: " (le profil {profile} n'en comporte pas)",
        en: " (the {profile} profile has none)",
    }
    currency_not_eur(currency: &str) {
        fr: "La facture est en {currency}. relance calcule les pénalités, l'indemnité de 40\u{a0}€ et les lettres en euros : aucun `lateFeesInput`, `letterInvoice` ni `dunningInvoice` n'est fourni. Convertissez le montant dû en euros (au taux que fixe votre contrat ou la loi) et construisez-les vous-même.",
        en: "The invoice is in {currency}. relance computes penalties, the 40 € indemnity and letters in euros, so no lateFeesInput, letterInvoice or dunningInvoice is given: convert the amount due to euros (at the rate your contract or the law sets) and build them yourself.",
    }
    credit_note() {
        fr: "Ce document est un avoir : il réduit ce que doit l'acheteur, ce n'est pas une créance à recouvrer ; aucun `lateFeesInput`, `letterInvoice` ni `dunningInvoice` n'est fourni. Imputez-le sur la facture qu'il corrige.",
        en: "This is a credit note: it reduces what the buyer owes, it is not a debt to chase; no lateFeesInput, letterInvoice or dunningInvoice is given. Deduct it from the invoice it corrects.",
    }
    nothing_due(amount: Money) {
        fr: "Le montant à payer est de {amount} : il ne reste rien à régler sur cette facture.",
        en: "The amount due is {amount}: nothing is left to pay on this invoice.",
    }
    late_payment_mentions_missing(missing: &str) {
        fr: "La facture ne mentionne pas {missing} (mentions obligatoires sur une facture entre professionnels, article L441-9 du Code de commerce ; amende administrative jusqu'à 75\u{202f}000\u{a0}€ pour une personne physique et 375\u{202f}000\u{a0}€ pour une personne morale, doublée en cas de réitération dans les deux ans). Les pénalités et l'indemnité sont dues malgré tout (article L441-10 II), au taux légal par défaut sauf autre taux convenu.",
        en: "The invoice does not state {missing} (mandatory on an invoice between professionals, art. L441-9 C. com.; administrative fine up to 75 000 € for a natural person and 375 000 € for a legal person, doubled on a repeat within two years). The penalties and the indemnity are owed anyway (L441-10 II), at the legal default rate unless another was agreed.",
    }
    mention_penalty_rate() {
        fr: "le taux des pénalités de retard",
        en: "the late-payment penalty rate",
    }
    mention_fixed_indemnity() {
        fr: "l'indemnité forfaitaire de 40\u{a0}€ pour frais de recouvrement",
        en: "the 40 € fixed recovery indemnity",
    }
    mentions_nor() {
        fr: " ni ",
        en: " nor ",
    }
    due_date_from_terms(date: IsoDate, terms: &str, read: &str, alternative: &str) {
        fr: "La facture n'a pas de date d'échéance (BT-9) ; relance a retenu le {date}, calculé d'après ses conditions de paiement « {terms} », lues comme {read}.{alternative} Vérifiez cette date au regard du contrat.",
        en: "The invoice has no due date (BT-9); {date} was computed from its payment terms \"{terms}\", read as {read}.{alternative} Check it against the contract.",
    }
    due_date_alternative(read: &str, date: IsoDate) {
        fr: " Lues comme {read}, elles donneraient le {date}.",
        en: " Under {read} it would be {date}.",
    }

    // Payment terms, as read (`due_date_from_terms`).

    terms_immediate() {
        fr: "paiement à réception",
        en: "payment on receipt",
    }
    terms_days(days: u32) {
        fr: "{days} jours date de facture",
        en: "{days} days after the issue date",
    }
    terms_end_of_month() {
        fr: "fin de mois",
        en: "end of the issue month",
    }
    terms_days_end_of_month(days: u32) {
        fr: "{days} jours fin de mois, lecture A (date de facture + {days} jours, puis fin de ce mois)",
        en: "{days} days end of month, reading A (issue date + {days} days, then end of that month)",
    }
    terms_end_of_month_days(days: u32) {
        fr: "{days} jours fin de mois, lecture B (fin du mois d'émission, puis + {days} jours)",
        en: "{days} days end of month, reading B (end of the issue month, then + {days} days)",
    }
    terms_day_of_month(day: u32, months: u32) {
        fr: "le {day} du mois M+{months}",
        en: "day {day} of the month {months} after the issue month",
    }

    // The regime and where the buyer's SIREN was read.

    siren_from_scheme(kind: &str, id: &str, scheme: &str, role: &str) {
        fr: "{kind} {id} (schéma {scheme}, {role})",
        en: "{kind} {id} (scheme {scheme}, {role})",
    }
    role_legal() {
        fr: "identifiant légal",
        en: "legal identifier",
    }
    role_party() {
        fr: "identifiant de partie",
        en: "party identifier",
    }
    role_endpoint() {
        fr: "adresse électronique",
        en: "endpoint identifier",
    }
    siren_from_address(siren: &str) {
        fr: "SIREN {siren} (adresse électronique, schéma 0225)",
        en: "SIREN {siren} (electronic address, scheme 0225)",
    }
    siren_legal_without_scheme(kind: &str, id: &str) {
        fr: "{kind} {id} (identifiant légal sans schéma, partie française)",
        en: "{kind} {id} (legal identifier without scheme, French party)",
    }
    siren_from_vat(siren: &str, vat: &str) {
        fr: "SIREN {siren} (tiré du numéro de TVA intracommunautaire français {vat})",
        en: "SIREN {siren} (from the French VAT number {vat})",
    }
    chorus_service_code(code: &str) {
        fr: " ; référence acheteur (code service Chorus Pro) `{code}`",
        en: "; buyer reference (Chorus Pro service code) `{code}`",
    }
    regime_public_siren(source: &str, chorus: &str) {
        fr: "fr-public : l'acheteur est identifié par {source}, et un SIREN commençant par 1 ou 2 relève de la numérotation INSEE des personnes publiques (État, collectivités territoriales, établissements publics){chorus}. Les intérêts moratoires suivent les articles L2192-13 et R2192-31 du Code de la commande publique.",
        en: "fr-public: the buyer is identified by {source}, and a SIREN starting with 1 or 2 is INSEE's numbering of public-sector bodies (State, local authorities, public establishments){chorus}. Late-payment interest follows CCP L2192-13 and R2192-31.",
    }
    regime_public_note(code: &str, chorus: &str) {
        fr: "fr-public : une note de la facture (code sujet {code}) indique le cadre de facturation B2G (acheteur public){chorus}. Les intérêts moratoires suivent les articles L2192-13 et R2192-31 du Code de la commande publique.",
        en: "fr-public: a note of the invoice (subject code {code}) states the B2G invoicing framework (a public buyer){chorus}. Late-payment interest follows CCP L2192-13 and R2192-31.",
    }
    no_subject_code() {
        fr: "aucun",
        en: "none",
    }
    regime_b2b(source: &str) {
        fr: "fr-b2b : l'acheteur est identifié par {source}, une entreprise immatriculée en France (numéro hors secteur public) ; les pénalités de retard et l'indemnité de 40\u{a0}€ de l'article L441-10 du Code de commerce s'appliquent entre professionnels.",
        en: "fr-b2b: the buyer is identified by {source}, a business registered in France (not a public-sector number); penalties and the 40 € indemnity of C. com. L441-10 apply between professionals.",
    }
    regime_not_inferred(hint: &str) {
        fr: "non déduit : le fichier ne donne à l'acheteur aucun SIREN ni SIRET français.{hint} Indiquez vous-même `regime` (fr-b2b, fr-b2c ou fr-public) à lateFees.",
        en: "not inferred: the buyer has no French SIREN or SIRET in the file.{hint} Pass `regime` (fr-b2b, fr-b2c or fr-public) to lateFees yourself.",
    }
    regime_vat_hint() {
        fr: " Il a un numéro de TVA : c'est sans doute une entreprise, mais non immatriculée en France ; c'est à l'appelant de dire quelle loi régit le retard de paiement.",
        en: " It has a VAT number, so it is likely a business, but not a French-registered one: which law governs the late payment is for the caller to say.",
    }
}
