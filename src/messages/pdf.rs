//! Messages of the PDF module (see the table in `messages/mod.rs`).

use super::messages;

messages! {
    file = pdf;
    not_letter_html(detail: &str) {
        fr: "ce n'est pas le HTML qu'émet renderLetter ({detail}) : passez le `html` de renderLetter tel quel",
        en: "not the HTML renderLetter emits ({detail}); pass renderLetter's `html` unchanged",
    }
    sms_has_no_pdf() {
        fr: "un SMS n'a pas de forme PDF : rendez la lettre avec le canal « letter » ou « email »",
        en: "an SMS has no PDF form: render the letter with channel \"letter\" or \"email\"",
    }
    html_too_large(bytes: usize, max: usize) {
        fr: "{bytes} octets de HTML ; une lettre en fait au plus {max}",
        en: "{bytes} bytes of HTML; a letter is at most {max}",
    }
    too_many_pages(max: usize) {
        fr: "la lettre ferait plus de {max} pages",
        en: "the letter would take more than {max} pages",
    }
    no_page() {
        fr: "erreur interne : aucune page",
        en: "internal error: no page",
    }
    unsupported_character(character: &str, code: &str) {
        fr: "le caractère {character} ({code}) n'existe pas dans les polices du PDF (Helvetica, latin WinAnsi) : écrivez-le en lettres latines",
        en: "the character {character} ({code}) has no glyph in the PDF's fonts (Helvetica, WinAnsi Latin); write it with Latin letters",
    }
}
