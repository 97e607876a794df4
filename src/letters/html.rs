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
    push_escaped(&mut out, text);
    out
}

/// [`escape_html`] appended to `out`. The five characters are ASCII, so the text is copied in
/// runs between them, found byte by byte (an ASCII byte is never inside a multi-byte UTF-8
/// sequence, so every cut is a char boundary; decoding chars to find them was a tenth of a
/// letter's render in wasm).
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    let mut copied = 0;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(text.get(copied..i).unwrap_or_default());
        out.push_str(entity);
        copied = i + 1;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
}

/// A multi-line plain text (a postal address, a note) as escaped HTML: each line escaped, lines
/// joined by `<br>`. Line ends are `\n`, `\r\n` or a lone `\r`; each one gives exactly one
/// `<br>` (blank lines and a trailing line end are kept, not trimmed).
pub fn text_to_html(text: &str) -> String {
    let normalized;
    let text = if text.contains('\r') {
        normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        text
    };
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        push_escaped(&mut out, line);
    }
    out
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
        // Runs of multi-byte characters between the escaped ones, at both ends.
        assert_eq!(escape_html("«é<€>»"), "«é&lt;€&gt;»");
        assert_eq!(escape_html("'€'"), "&#39;€&#39;");
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
        assert_eq!(text_to_html("a\r"), "a<br>");
        assert_eq!(text_to_html("a\r\r\nb"), "a<br><br>b");
        assert_eq!(
            text_to_html("\"x\" & 'y'\r\n<"),
            "&quot;x&quot; &amp; &#39;y&#39;<br>&lt;"
        );
    }
}
