//! The template engine: sections of the data files in `templates/`, `{{placeholder}}`
//! parsing, lookup by kind and audience, and checking of overrides.

use super::*;
use crate::messages::{letters as msg, Text};

/// The sections of a template file: `(name, text)`, text without its surrounding blank lines.
/// A section starts at a line `=== name`; lines before the first one are comments.
/// The sections of a kind's template file, split once per file and language and kept: the
/// files are constants, and splitting them on every render cost about a tenth of it.
pub(super) fn kind_sections(
    kind: LetterKind,
    lang: Lang,
) -> &'static [(&'static str, &'static str)] {
    static CACHE: [std::sync::OnceLock<Vec<(&'static str, &'static str)>>;
        2 * LetterKind::ALL.len()] =
        [const { std::sync::OnceLock::new() }; 2 * LetterKind::ALL.len()];
    match CACHE.get(kind as usize * 2 + lang as usize) {
        Some(cell) => cell.get_or_init(|| sections(kind.template(lang))),
        None => &[],
    }
}

/// The sections of the common file of `lang`, split once (see [`kind_sections`]).
pub(super) fn common_sections(lang: Lang) -> &'static [(&'static str, &'static str)] {
    static CACHE: [std::sync::OnceLock<Vec<(&'static str, &'static str)>>; 2] =
        [const { std::sync::OnceLock::new() }; 2];
    match CACHE.get(lang as usize) {
        Some(cell) => cell.get_or_init(|| sections(common_template(lang))),
        None => &[],
    }
}

pub(super) fn sections(file: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let mut current: Option<(&'static str, usize)> = None;
    let mut pos = 0usize;
    let trim = |t: &'static str| t.trim_matches(|c| c == '\n' || c == '\r');
    for line in file.split_inclusive('\n') {
        let l = line.trim_end_matches(['\n', '\r']);
        if let Some(name) = l.strip_prefix("=== ") {
            if let Some((n, start)) = current.take() {
                out.push((n, trim(file.get(start..pos).unwrap_or(""))));
            }
            current = Some((name.trim(), pos + line.len()));
        }
        pos += line.len();
    }
    if let Some((n, start)) = current {
        out.push((n, trim(file.get(start..).unwrap_or(""))));
    }
    out
}

pub(super) struct Ctx {
    pub(super) values: Values,
    pub(super) kind_file: &'static [(&'static str, &'static str)],
    pub(super) common: &'static [(&'static str, &'static str)],
    /// Section suffixes tried in order: the recipient kind (hand-over), then the audience.
    pub(super) variants: Vec<&'static str>,
}

pub(super) const MAX_DEPTH: u32 = 4;

pub(super) enum Seg<'a> {
    Lit(&'a str),
    Ph(&'a str),
}

pub(super) fn parse(t: &str) -> std::result::Result<Vec<Seg<'_>>, Text> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(open) = rest.find("{{") {
        out.push(Seg::Lit(rest.get(..open).unwrap_or("")));
        let after = rest.get(open + 2..).unwrap_or("");
        let close = after
            .find("}}")
            .ok_or_else(|| Text::of(&msg::placeholder_not_closed))?;
        let name = after.get(..close).unwrap_or("").trim();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(Text::of(&|l| msg::placeholder_name_invalid(l, name)));
        }
        out.push(Seg::Ph(name));
        rest = after.get(close + 2..).unwrap_or("");
    }
    out.push(Seg::Lit(rest));
    Ok(out)
}

pub(super) fn lookup(
    list: &[(&'static str, &'static str)],
    name: &str,
    variants: &[&str],
) -> Option<&'static str> {
    // `name.variant` compared in parts, without building the qualified name.
    let qualified = |n: &str, v: &str| {
        n.strip_prefix(name)
            .and_then(|r| r.strip_prefix('.'))
            .is_some_and(|r| r == v)
    };
    variants
        .iter()
        .find_map(|v| list.iter().find(|(n, _)| qualified(n, v)))
        .or_else(|| list.iter().find(|(n, _)| *n == name))
        .map(|(_, t)| *t)
}

/// Whether `name` is a snippet of the kind's files, for any audience.
pub(super) fn is_snippet(kind: LetterKind, lang: Lang, name: &str) -> bool {
    let prefix = format!("{name}.");
    [kind_sections(kind, lang), common_sections(lang)]
        .iter()
        .copied()
        .flatten()
        .any(|(n, _)| *n == name || n.starts_with(&prefix))
}

pub(super) fn check_template(
    kind: LetterKind,
    lang: Lang,
    text: &str,
) -> std::result::Result<(), Text> {
    for seg in parse(text)? {
        if let Seg::Ph(name) = seg {
            if !PLACEHOLDER_NAMES.contains(&name) && !is_snippet(kind, lang, name) {
                return Err(unknown(name));
            }
        }
    }
    Ok(())
}

pub(super) fn unknown(name: &str) -> Text {
    Text::of(&|l| msg::placeholder_unknown(l, name))
}

impl Ctx {
    pub(super) fn section(&self, name: &str) -> Option<&'static str> {
        lookup(self.kind_file, name, &self.variants)
            .or_else(|| lookup(self.common, name, &self.variants))
    }

    pub(super) fn text(&self, t: &str, depth: u32) -> std::result::Result<String, Text> {
        if depth > MAX_DEPTH {
            return Err(Text::of(&msg::snippets_too_deep));
        }
        let mut out = String::new();
        for seg in parse(t)? {
            match seg {
                Seg::Lit(s) => out.push_str(s),
                Seg::Ph(name) => {
                    if let Some(v) = self.values.get(name) {
                        out.push_str(&v.text);
                    } else if let Some(s) = self.section(name) {
                        out.push_str(&self.text(s, depth + 1)?);
                    } else {
                        return Err(unknown(name));
                    }
                }
            }
        }
        Ok(out)
    }

    pub(super) fn inline_html(&self, t: &str, depth: u32) -> std::result::Result<String, Text> {
        if depth > MAX_DEPTH {
            return Err(Text::of(&msg::snippets_too_deep));
        }
        let mut out = String::new();
        for seg in parse(t)? {
            match seg {
                Seg::Lit(s) => out.push_str(&text_to_html(s)),
                Seg::Ph(name) => {
                    if let Some(v) = self.values.get(name) {
                        out.push_str(&v.html());
                    } else if let Some(s) = self.section(name) {
                        out.push_str(&self.inline_html(s, depth + 1)?);
                    } else {
                        return Err(unknown(name));
                    }
                }
            }
        }
        Ok(out)
    }

    pub(super) fn body_html(&self, t: &str, depth: u32) -> std::result::Result<String, Text> {
        if depth > MAX_DEPTH {
            return Err(Text::of(&msg::snippets_too_deep));
        }
        let normalized = t.replace("\r\n", "\n");
        let mut out = String::new();
        for para in normalized.split("\n\n") {
            let p = para.trim_matches('\n');
            if p.trim().is_empty() {
                continue;
            }
            if let [Seg::Lit(a), Seg::Ph(name), Seg::Lit(b)] = parse(p)?.as_slice() {
                if a.trim().is_empty() && b.trim().is_empty() {
                    if let Some(v) = self.values.get(name) {
                        if v.block && v.html.is_some() {
                            out.push_str(&v.html());
                            out.push('\n');
                            continue;
                        }
                    } else if let Some(s) = self.section(name) {
                        out.push_str(&self.body_html(s, depth + 1)?);
                        continue;
                    }
                }
            }
            let inner = self.inline_html(p, depth)?;
            if inner.split("<br>").all(|piece| piece.trim().is_empty()) {
                continue;
            }
            out.push_str("<p>");
            out.push_str(inner.trim());
            out.push_str("</p>\n");
        }
        Ok(out)
    }
}

/// Trims line ends, removes leading/trailing blank lines and collapses runs of blank lines.
pub(super) fn clean_text(s: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in s.replace("\r\n", "\n").split('\n') {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}
