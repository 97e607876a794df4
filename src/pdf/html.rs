//! Reads the HTML fragment `renderLetter` emits back into the blocks of a letter.
//!
//! The PDF module does not carry the letters engine (it would not fit the size budget, see
//! `src/pdf/mod.rs`): it lays out what `renderLetter` produced. Its `html` is a small,
//! fixed subset — `article`, `header`, `address`, `p`, `strong`, `br`, `div`, `footer`,
//! `table` with `thead`/`tbody`/`tfoot`/`tr`/`th`/`td` — whose `relance-*` classes name each
//! block (`relance-sender`, `relance-recipient`, `relance-place-date`, `relance-delivery`,
//! `relance-subject`, `relance-reference`, `relance-body`, `relance-signature`, `relance-num`
//! for a right-aligned cell). Text is escaped with exactly `&amp; &lt; &gt; &quot; &#39;`.
//! Anything else is refused (`inconsistent-input` on `html`): this is not a general HTML
//! reader, and guessing at markup it does not know would print a wrong letter.

use crate::error::{Error, ErrorKind};
use crate::messages::{pdf as messages, Text};

/// A piece of text in one font.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Run {
    pub text: String,
    pub bold: bool,
}

/// Lines (split at `<br>`) of runs.
pub(crate) type Lines = Vec<Vec<Run>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub foot: Vec<Vec<String>>,
    /// Right-aligned (numeric) columns, from the header's `relance-num` cells.
    pub right: Vec<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    Para(Lines),
    Table(Table),
}

/// A letter as the blocks the layout places.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Letter {
    /// `lang` of the article (`fr`, `en`).
    pub lang: String,
    /// A postal letter (sender and recipient blocks, place and date, subject) rather than the
    /// body of an e-mail.
    pub is_letter: bool,
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    pub place_date: Vec<String>,
    pub header: Vec<Lines>,
    pub body: Vec<Block>,
    pub signature: Vec<String>,
}

/// Above this the input is not a letter (`document-too-large`): the longest built-in letter
/// is about 12 KB of HTML.
const MAX_HTML: usize = 1_000_000;

fn bad(msg: impl Into<String>) -> Error {
    let detail = msg.into();
    Error::at(
        ErrorKind::InconsistentInput,
        "html",
        Text::of(&|l| messages::not_letter_html(l, &detail)),
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Where {
    Top,
    Header,
    Body,
    Signature,
}

#[derive(Default)]
struct TableBuild {
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    foot: Vec<Vec<String>>,
    right: Vec<bool>,
    section: u8, // 0 head, 1 body, 2 foot, 3 none yet
    row: Option<Vec<String>>,
}

/// Parses renderLetter's `html`.
pub(crate) fn parse(html: &str) -> crate::Result<Letter> {
    if html.len() > MAX_HTML {
        return Err(Error::at(
            ErrorKind::DocumentTooLarge,
            "html",
            Text::of(&|l| messages::html_too_large(l, html.len(), MAX_HTML)),
        ));
    }
    let mut letter = Letter::default();
    let mut place = Where::Top;
    let mut seen_article = false;
    // The inline content being collected (inside an address, p or table cell).
    let mut inline: Option<(Lines, String)> = None; // (lines, class of the block)
    let mut bold = false;
    let mut table: Option<TableBuild> = None;
    let mut cell_right = false;
    // A table inside a paragraph (`3. Les chiffres<br><table>…</table></p>` in the phone
    // script): the paragraph ends before the table and resumes after it, as a browser reads it.
    let mut table_in_p = false;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            text(&mut inline, rest, bold)?;
            break;
        };
        let (before, after) = rest.split_at(lt);
        text(&mut inline, before, bold)?;
        let Some(gt) = after.find('>') else {
            return Err(bad("a `<` without `>`"));
        };
        let tag = &after[1..gt];
        rest = &after[gt + 1..];
        let (closing, tag) = match tag.strip_prefix('/') {
            Some(t) => (true, t),
            None => (false, tag),
        };
        let (name, attrs) = tag.split_once(' ').unwrap_or((tag, ""));
        let class = attr(attrs, "class").unwrap_or_default();
        match (name, closing) {
            ("article", false) => {
                if seen_article {
                    return Err(bad("two articles"));
                }
                seen_article = true;
                letter.lang = attr(attrs, "lang").unwrap_or_default().to_owned();
                if class.split(' ').any(|c| c == "relance-channel-sms") {
                    return Err(Error::at(
                        ErrorKind::InconsistentInput,
                        "channel",
                        Text::of(&messages::sms_has_no_pdf),
                    ));
                }
                letter.is_letter = class.split(' ').any(|c| c == "relance-channel-letter")
                    && !class.split(' ').any(|c| c == "relance-phone-script");
            }
            ("article", true) => place = Where::Top,
            ("header", false) => place = Where::Header,
            ("header", true) => place = Where::Top,
            ("div", false) if class == "relance-body" => place = Where::Body,
            ("div", true) => place = Where::Top,
            ("footer", false) if class == "relance-signature" => place = Where::Signature,
            ("footer", true) => place = Where::Top,
            ("address" | "p", false) => {
                if !seen_article || inline.is_some() {
                    return Err(bad(format!("a misplaced <{name}>")));
                }
                inline = Some((vec![vec![]], class.to_owned()));
            }
            ("address" | "p", true) => {
                let Some((mut lines, class)) = inline.take() else {
                    return Err(bad(format!("a </{name}> without <{name}>")));
                };
                table_in_p = false;
                while lines.last().is_some_and(|l| plain(l).trim().is_empty()) {
                    lines.pop();
                }
                if lines.is_empty() {
                    continue;
                }
                // "Lettre recommandée avec accusé de réception" stands out, as on paper.
                if class == "relance-delivery" {
                    for run in lines.iter_mut().flatten() {
                        run.bold = true;
                    }
                }
                let plain = || lines.iter().map(|l| plain(l)).collect::<Vec<_>>();
                match (place, class.as_str()) {
                    (Where::Header, "relance-sender") => letter.sender = plain(),
                    (Where::Header, "relance-recipient") => letter.recipient = plain(),
                    (Where::Header, "relance-place-date") => letter.place_date = plain(),
                    (Where::Header, _) => letter.header.push(lines),
                    (Where::Signature, _) => letter.signature = plain(),
                    (Where::Body | Where::Top, _) => letter.body.push(Block::Para(lines)),
                }
            }
            ("strong", false) => bold = true,
            ("strong", true) => bold = false,
            ("br", false) => match inline.as_mut() {
                Some((lines, _)) => lines.push(vec![]),
                None => return Err(bad("a <br> outside a paragraph")),
            },
            ("table", false) => {
                if place != Where::Body || table.is_some() {
                    return Err(bad("a misplaced <table>"));
                }
                if let Some((mut lines, _)) = inline.take() {
                    table_in_p = true;
                    while lines.last().is_some_and(|l| plain(l).trim().is_empty()) {
                        lines.pop();
                    }
                    if !lines.is_empty() {
                        letter.body.push(Block::Para(lines));
                    }
                }
                table = Some(TableBuild {
                    section: 3,
                    ..TableBuild::default()
                });
            }
            ("table", true) => {
                let t = table
                    .take()
                    .ok_or_else(|| bad("a </table> without <table>"))?;
                if t.head.is_empty() {
                    return Err(bad("a table without a header row"));
                }
                letter.body.push(Block::Table(Table {
                    head: t.head,
                    rows: t.rows,
                    foot: t.foot,
                    right: t.right,
                }));
                if table_in_p {
                    inline = Some((vec![vec![]], String::new()));
                }
            }
            ("thead" | "tbody" | "tfoot", false) => {
                let t = table
                    .as_mut()
                    .ok_or_else(|| bad("a table part outside a table"))?;
                t.section = match name {
                    "thead" => 0,
                    "tbody" => 1,
                    _ => 2,
                };
            }
            ("thead" | "tbody" | "tfoot", true) => {}
            ("tr", false) => {
                let t = table
                    .as_mut()
                    .ok_or_else(|| bad("a <tr> outside a table"))?;
                if t.section == 3 {
                    return Err(bad("a <tr> outside thead, tbody and tfoot"));
                }
                t.row = Some(vec![]);
            }
            ("tr", true) => {
                let t = table
                    .as_mut()
                    .ok_or_else(|| bad("a </tr> outside a table"))?;
                let row = t.row.take().unwrap_or_default();
                match t.section {
                    0 => t.head = row,
                    1 => t.rows.push(row),
                    _ => t.foot.push(row),
                }
            }
            ("th" | "td", false) => {
                if table.as_ref().is_none_or(|t| t.row.is_none()) || inline.is_some() {
                    return Err(bad(format!("a misplaced <{name}>")));
                }
                cell_right = class == "relance-num";
                inline = Some((vec![vec![]], String::new()));
            }
            ("th" | "td", true) => {
                let (lines, _) = inline
                    .take()
                    .ok_or_else(|| bad("a cell end without start"))?;
                let t = table
                    .as_mut()
                    .ok_or_else(|| bad("a cell outside a table"))?;
                let text = lines.iter().map(|l| plain(l)).collect::<Vec<_>>().join(" ");
                if t.section == 0 {
                    t.right.push(cell_right);
                }
                if let Some(row) = t.row.as_mut() {
                    row.push(text);
                }
            }
            _ => {
                return Err(bad(format!(
                    "the tag <{}{name}>",
                    if closing { "/" } else { "" }
                )))
            }
        }
    }
    if !seen_article {
        return Err(bad("no <article>"));
    }
    if inline.is_some() || table.is_some() {
        return Err(bad("an element is not closed"));
    }
    Ok(letter)
}

/// The concatenated text of a line's runs.
fn plain(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.as_str()).collect()
}

/// The value of a double-quoted attribute.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let start = attrs.find(&format!("{name}=\""))? + name.len() + 2;
    let len = attrs.get(start..)?.find('"')?;
    attrs.get(start..start + len)
}

/// Adds decoded text to the inline content; text outside a block must be white space.
fn text(inline: &mut Option<(Lines, String)>, raw: &str, bold: bool) -> crate::Result<()> {
    let Some((lines, _)) = inline.as_mut() else {
        if raw.trim().is_empty() {
            return Ok(());
        }
        return Err(bad("text outside a paragraph"));
    };
    if raw.is_empty() {
        return Ok(());
    }
    let decoded = decode(raw)?;
    if let Some(line) = lines.last_mut() {
        match line.last_mut() {
            Some(run) if run.bold == bold => run.text.push_str(&decoded),
            _ => line.push(Run {
                text: decoded,
                bold,
            }),
        }
    }
    Ok(())
}

/// Decodes the five entities `escape_html` writes (and decimal references).
fn decode(raw: &str) -> crate::Result<String> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(';').ok_or_else(|| bad("an `&` without `;`"))?;
        let entity = &tail[1..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "#39" => '\'',
            _ => entity
                .strip_prefix('#')
                .and_then(|n| n.parse::<u32>().ok())
                .and_then(char::from_u32)
                .ok_or_else(|| bad(format!("the entity &{entity};")))?,
        };
        out.push(c);
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LETTER: &str = "<article class=\"relance-letter relance-reminder relance-channel-letter\" lang=\"fr\">\n<header class=\"relance-header\">\n<address class=\"relance-sender\">A &amp; B<br>1 rue X</address>\n<address class=\"relance-recipient\">C</address>\n<p class=\"relance-place-date\">Paris, le 1</p>\n<p class=\"relance-subject\"><strong>Objet :</strong> Relance</p>\n</header>\n<div class=\"relance-body\">\n<p>Madame,</p>\n<table class=\"relance-table t\">\n<thead><tr><th scope=\"col\">N°</th><th scope=\"col\" class=\"relance-num\">Montant</th></tr></thead>\n<tbody>\n<tr><td>F-1</td><td class=\"relance-num\">1,00 €</td></tr>\n</tbody>\n<tfoot><tr><th scope=\"row\">Total</th><td class=\"relance-num\">1,00 €</td></tr></tfoot>\n</table>\n<p>a<br>b &lt;c&gt; &#39;d&#39; &quot;e&quot;</p>\n</div>\n<footer class=\"relance-signature\">\n<p>Jean<br>A &amp; B</p>\n</footer>\n</article>\n";

    #[test]
    fn reads_every_block() {
        let l = parse(LETTER).unwrap();
        assert_eq!(l.lang, "fr");
        assert!(l.is_letter);
        assert_eq!(l.sender, ["A & B", "1 rue X"]);
        assert_eq!(l.recipient, ["C"]);
        assert_eq!(l.place_date, ["Paris, le 1"]);
        assert_eq!(l.header.len(), 1);
        assert_eq!(
            l.header[0][0],
            vec![
                Run {
                    text: "Objet :".into(),
                    bold: true
                },
                Run {
                    text: " Relance".into(),
                    bold: false
                }
            ]
        );
        assert_eq!(l.signature, ["Jean", "A & B"]);
        assert_eq!(l.body.len(), 3);
        let Block::Table(t) = &l.body[1] else {
            panic!()
        };
        assert_eq!(t.head, ["N°", "Montant"]);
        assert_eq!(t.right, [false, true]);
        assert_eq!(t.rows, [vec!["F-1".to_owned(), "1,00 €".to_owned()]]);
        assert_eq!(t.foot, [vec!["Total".to_owned(), "1,00 €".to_owned()]]);
        let Block::Para(p) = &l.body[2] else { panic!() };
        assert_eq!(plain(&p[1]), "b <c> 'd' \"e\"");
    }

    #[test]
    fn refuses_what_render_letter_never_writes() {
        for html in [
            "",
            "<p>x</p>",
            "<article><script>x</script></article>",
            "<article><p>a &nbsp; b</p></article>",
            "<article><p>a <b</p></article>",
            "<article><p>x</article>",
            "<article>loose text</article>",
            "<article><br></article>",
            "<article><p><p>x</p></p></article>",
            "<article><div class=\"relance-body\"><table><tr><td>x</td></tr></table></div></article>",
        ] {
            let e = parse(html).unwrap_err();
            assert_eq!(e.code(), "inconsistent-input", "{html}");
            assert_eq!(e.field(), Some("html"), "{html}");
        }
        let sms = parse("<article class=\"relance-letter relance-reminder relance-channel-sms\" lang=\"fr\">\n<p class=\"relance-sms-text\">x</p>\n</article>").unwrap_err();
        assert_eq!(sms.field(), Some("channel"));
        let big = format!("<article>{}</article>", " ".repeat(MAX_HTML));
        assert_eq!(parse(&big).unwrap_err().code(), "document-too-large");
    }
}
