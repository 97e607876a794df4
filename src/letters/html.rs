//! HTML escaping for the HTML versions of letters and e-mails.
//!
//! Every caller-supplied string (names, addresses, invoice numbers, free notes) must go through
//! [`escape_html`] or [`text_to_html`] before it is placed in HTML. The escaping is valid both
//! in element content and in quoted attribute values (`"` and `'` are escaped), but not inside
//! `<script>`, `<style>`, URLs or unquoted attributes, where no template should put user text.

/// Escapes `&`, `<`, `>`, `"` and `'` as `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`; every
/// other character is kept as is.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A multi-line plain text (a postal address, a note) as escaped HTML: each line escaped, lines
/// joined by `<br>`. Line ends are `\n`, `\r\n` or a lone `\r`; each one gives exactly one
/// `<br>` (blank lines and a trailing line end are kept, not trimmed).
pub fn text_to_html(text: &str) -> String {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    normalized
        .split('\n')
        .map(escape_html)
        .collect::<Vec<_>>()
        .join("<br>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_characters() {
        assert_eq!(escape_html("&<>\"'"), "&amp;&lt;&gt;&quot;&#39;");
        assert_eq!(escape_html("Dupont & Fils"), "Dupont &amp; Fils");
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("déjà 1 234,56 €"), "déjà 1 234,56 €");
    }

    #[test]
    fn escaping_is_not_idempotent_by_design() {
        // An already escaped entity is escaped again: callers escape raw text exactly once.
        assert_eq!(escape_html("&amp;"), "&amp;amp;");
    }

    #[test]
    fn lines_become_br() {
        assert_eq!(text_to_html("a\nb"), "a<br>b");
        assert_eq!(text_to_html("a\r\nb\rc"), "a<br>b<br>c");
        assert_eq!(text_to_html("a\n\nb\n"), "a<br><br>b<br>");
        assert_eq!(text_to_html(""), "");
        assert_eq!(text_to_html("<b>\n&"), "&lt;b&gt;<br>&amp;");
    }
}
