//! A small, strict, non-validating XML reader for invoice files, written for hostile input.
//!
//! - **No DTD processing at all**: a `<!DOCTYPE` (and so every entity declaration, internal or
//!   external) is refused with `dtd-not-allowed` before anything is expanded. This rules out
//!   "billion laughs" expansion and external entities (XXE) by construction: there is nothing
//!   to resolve and no I/O.
//! - Only the five predefined entities (`&lt; &gt; &amp; &apos; &quot;`) and numeric character
//!   references are decoded; any other `&name;` is an `invalid-xml` error.
//! - Limits: input size, element depth, number of elements, attributes per element, name
//!   length (see [`Limits`]); exceeding one is `document-too-large`. The reader is one pass
//!   over the input with no backtracking, so time is linear in the input size.
//! - Namespaces are resolved (`xmlns`, `xmlns:p`); elements are matched by namespace URI and
//!   local name, never by prefix.
//!
//! The document is kept as an arena of elements, each with its concatenated text (invoice
//! formats have no mixed content worth keeping).

use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{einvoice as msg, Text};

/// Bounds on what one document may contain.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Input size in bytes.
    pub max_bytes: usize,
    /// Element nesting depth (the root is depth 1).
    pub max_depth: usize,
    /// Elements in the whole document.
    pub max_elements: usize,
    /// Attributes on one element (namespace declarations included).
    pub max_attributes: usize,
}

/// The limits `readInvoice` uses: 10 MB, depth 64, 200 000 elements, 64 attributes. An EN 16931
/// invoice nests about 8 deep; a 10 000-line invoice has about 150 000 elements.
pub const LIMITS: Limits = Limits {
    max_bytes: 10 * 1024 * 1024,
    max_depth: 64,
    max_elements: 200_000,
    max_attributes: 64,
};

/// Longest element or attribute name accepted.
const MAX_NAME: usize = 256;

/// Namespace declarations in one document (an invoice has about ten). Bounds the cost of
/// resolving a prefix, which looks through the declarations in scope.
const MAX_NS_DECLARATIONS: usize = 1000;

/// The namespace of `xml:` prefixed names (predeclared by the XML namespaces recommendation).
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// One attribute: namespace index (`None` for an unprefixed attribute), local name, value.
#[derive(Debug, Clone)]
pub struct Attr {
    pub ns: Option<usize>,
    pub local: String,
    pub value: String,
}

/// One element of the arena.
#[derive(Debug, Clone)]
pub struct Element {
    /// Index into [`Document::namespaces`], or `None` when the element is in no namespace.
    pub ns: Option<usize>,
    pub local: String,
    pub attrs: Vec<Attr>,
    /// Indices of the child elements, in document order.
    pub children: Vec<usize>,
    /// Character data directly inside the element (CDATA included), concatenated.
    pub text: String,
}

/// A parsed document: element 0 is the root.
#[derive(Debug, Clone)]
pub struct Document {
    pub elements: Vec<Element>,
    pub namespaces: Vec<String>,
}

impl Document {
    /// The namespace URI of an element ("" when none).
    pub fn ns_of(&self, el: usize) -> &str {
        self.elements
            .get(el)
            .and_then(|e| e.ns)
            .and_then(|i| self.namespaces.get(i))
            .map_or("", String::as_str)
    }

    pub fn local(&self, el: usize) -> &str {
        self.elements.get(el).map_or("", |e| e.local.as_str())
    }

    /// Whether `el` is `{ns}local`.
    pub fn is(&self, el: usize, ns: &str, local: &str) -> bool {
        self.local(el) == local && self.ns_of(el) == ns
    }

    /// The child elements of `el` named `{ns}local`, in order.
    pub fn children<'a>(
        &'a self,
        el: usize,
        ns: &'a str,
        local: &'a str,
    ) -> impl Iterator<Item = usize> + 'a {
        self.elements
            .get(el)
            .map_or(&[][..], |e| e.children.as_slice())
            .iter()
            .copied()
            .filter(move |&c| self.is(c, ns, local))
    }

    /// The first child of `el` named `{ns}local`.
    pub fn child(&self, el: usize, ns: &str, local: &str) -> Option<usize> {
        self.children(el, ns, local).next()
    }

    /// The element's text, trimmed.
    pub fn text(&self, el: usize) -> &str {
        self.elements.get(el).map_or("", |e| e.text.trim())
    }

    /// The value of the unprefixed attribute `name`.
    pub fn attr(&self, el: usize, name: &str) -> Option<&str> {
        self.elements
            .get(el)?
            .attrs
            .iter()
            .find(|a| a.ns.is_none() && a.local == name)
            .map(|a| a.value.trim())
    }
}

fn invalid(line: usize, detail: &Text) -> Error {
    Error::new(
        ErrorKind::InvalidXml,
        Text::of(&|l| msg::xml_invalid(l, line, detail.get(l))),
    )
}

fn too_large(message: impl Fn(Lang) -> String) -> Error {
    Error::new(ErrorKind::DocumentTooLarge, Text::of(&message))
}

/// An open element: its arena index, qualified name, and how many namespace bindings it added.
struct Open {
    index: usize,
    qname: String,
    bindings: usize,
}

/// Parses `input` into a [`Document`] under `limits`.
///
/// Errors: `document-too-large` (a limit), `dtd-not-allowed` (`<!DOCTYPE`), `invalid-xml`
/// (anything not well-formed, an undefined entity, an unbound prefix).
pub fn parse(input: &str, limits: Limits) -> Result<Document> {
    if input.len() > limits.max_bytes {
        return Err(too_large(|l| {
            msg::xml_too_large(l, input.len(), limits.max_bytes)
        }));
    }
    let mut p = Parser {
        src: input.strip_prefix('\u{feff}').unwrap_or(input),
        pos: 0,
        limits,
        doc: Document {
            elements: Vec::new(),
            namespaces: Vec::new(),
        },
        stack: Vec::new(),
        // (prefix, namespace index); "" is the default namespace, `None` undeclares it.
        scope: Vec::new(),
        done: false,
        declarations: 0,
    };
    p.run()?;
    Ok(p.doc)
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    limits: Limits,
    doc: Document,
    stack: Vec<Open>,
    scope: Vec<(String, Option<usize>)>,
    /// The root element has been closed.
    done: bool,
    /// Namespace declarations seen so far.
    declarations: usize,
}

impl<'a> Parser<'a> {
    fn line(&self) -> usize {
        let end = self.pos.min(self.src.len());
        self.src.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn err(&self, message: impl Fn(Lang) -> String) -> Error {
        self.err_text(&Text::of(&message))
    }

    fn err_text(&self, detail: &Text) -> Error {
        self.with_path(invalid(self.line(), detail))
    }

    /// The path of the open elements by local name (`Invoice.ID`), as the error's field.
    fn with_path(&self, e: Error) -> Error {
        if self.stack.is_empty() {
            return e;
        }
        let path: Vec<&str> = self
            .stack
            .iter()
            .map(|o| o.qname.rsplit(':').next().unwrap_or(""))
            .collect();
        e.or_field(&path.join("."))
    }

    fn rest(&self) -> &'a str {
        self.src.get(self.pos..).unwrap_or("")
    }

    fn starts(&self, s: &str) -> bool {
        self.rest().starts_with(s)
    }

    /// Moves past the next `end`, or fails with `what` unterminated.
    fn skip_past(&mut self, end: &str, unterminated: fn(Lang) -> String) -> Result<&'a str> {
        match self.rest().find(end) {
            Some(i) => {
                let body = &self.rest()[..i];
                self.pos += i + end.len();
                Ok(body)
            }
            None => Err(self.err(unterminated)),
        }
    }

    fn run(&mut self) -> Result<()> {
        while self.pos < self.src.len() {
            if self.rest().is_empty() {
                // Only reachable if a position fell inside a character: never loop on it.
                return Err(self.err(msg::xml_char_boundary));
            }
            if self.starts("<") {
                self.markup()?;
            } else {
                let end = self.rest().find('<').unwrap_or(self.rest().len());
                let raw = &self.rest()[..end];
                if self.stack.is_empty() {
                    if !raw.trim().is_empty() {
                        return Err(self.err(if self.doc.elements.is_empty() {
                            msg::xml_text_before_root
                        } else {
                            msg::xml_text_after_root
                        }));
                    }
                } else {
                    let text = decode(raw).map_err(|m| self.err_text(&m))?;
                    self.append_text(&text);
                }
                self.pos += end;
            }
        }
        if let Some(open) = self.stack.last() {
            return Err(self.err(|l| msg::xml_never_closed(l, &open.qname)));
        }
        if self.doc.elements.is_empty() {
            return Err(self.err(msg::xml_no_root));
        }
        Ok(())
    }

    fn append_text(&mut self, text: &str) {
        if let Some(open) = self.stack.last() {
            if let Some(el) = self.doc.elements.get_mut(open.index) {
                el.text.push_str(text);
            }
        }
    }

    fn markup(&mut self) -> Result<()> {
        if self.starts("<?") {
            self.skip_past("?>", msg::xml_unterminated_pi)?;
        } else if self.starts("<!--") {
            self.pos += 4;
            self.skip_past("-->", msg::xml_unterminated_comment)?;
        } else if self.starts("<![CDATA[") {
            if self.stack.is_empty() {
                return Err(self.err(msg::xml_cdata_outside_root));
            }
            self.pos += 9;
            let body = self.skip_past("]]>", msg::xml_unterminated_cdata)?;
            self.append_text(body);
        } else if self.starts("<!") {
            // <!DOCTYPE, and <!ENTITY / <!ELEMENT / <!ATTLIST that only exist inside one.
            let line = self.line();
            return Err(Error::at(
                ErrorKind::DtdNotAllowed,
                "DOCTYPE",
                Text::of(&|l| msg::dtd_not_allowed(l, line)),
            ));
        } else if self.starts("</") {
            self.end_tag()?;
        } else {
            self.start_tag()?;
        }
        Ok(())
    }

    fn name(&mut self) -> Result<&'a str> {
        let rest = self.rest();
        let end = rest
            .find(|c: char| {
                c.is_whitespace() || matches!(c, '/' | '>' | '=' | '<' | '"' | '\'' | '&')
            })
            .unwrap_or(rest.len());
        let name = &rest[..end];
        if name.is_empty() {
            return Err(self.err(msg::xml_name_expected));
        }
        if name.len() > MAX_NAME {
            let line = self.line();
            return Err(self.with_path(too_large(|l| {
                msg::xml_name_too_long(l, name.len(), line, MAX_NAME)
            })));
        }
        if name.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.')
            || name.matches(':').count() > 1
            || name.starts_with(':')
            || name.ends_with(':')
        {
            return Err(self.err(|l| msg::xml_name_invalid(l, name)));
        }
        self.pos += end;
        Ok(name)
    }

    fn skip_ws(&mut self) -> bool {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\n']);
        let n = rest.len() - trimmed.len();
        self.pos += n;
        n > 0
    }

    fn start_tag(&mut self) -> Result<()> {
        if self.done {
            return Err(self.err(msg::xml_second_root));
        }
        self.pos += 1;
        let qname = self.name()?;
        let mut raw_attrs: Vec<(&'a str, String)> = Vec::new();
        let empty;
        loop {
            let had_ws = self.skip_ws();
            if self.starts("/>") {
                self.pos += 2;
                empty = true;
                break;
            }
            if self.starts(">") {
                self.pos += 1;
                empty = false;
                break;
            }
            if self.pos >= self.src.len() {
                return Err(self.err(|l| msg::xml_start_tag_unterminated(l, qname)));
            }
            if !had_ws {
                return Err(self.err(|l| msg::xml_space_expected(l, qname)));
            }
            let name = self.name()?;
            self.skip_ws();
            if !self.starts("=") {
                return Err(self.err(|l| msg::xml_attribute_without_value(l, name)));
            }
            self.pos += 1;
            self.skip_ws();
            let quote = match self.rest().chars().next() {
                Some(q @ ('"' | '\'')) => q,
                _ => return Err(self.err(|l| msg::xml_attribute_not_quoted(l, name))),
            };
            self.pos += 1;
            let end = self
                .rest()
                .find(quote)
                .ok_or_else(|| self.err(|l| msg::xml_attribute_unterminated(l, name)))?;
            let raw = &self.rest()[..end];
            if raw.contains('<') {
                return Err(self.err(|l| msg::xml_attribute_lt(l, name)));
            }
            let value = decode(raw).map_err(|m| self.err_text(&m))?;
            self.pos += end + 1;
            if raw_attrs.iter().any(|(n, _)| *n == name) {
                return Err(self.err(|l| msg::xml_attribute_twice(l, name)));
            }
            raw_attrs.push((name, value));
            if raw_attrs.len() > self.limits.max_attributes {
                let (max, line) = (self.limits.max_attributes, self.line());
                return Err(self.with_path(too_large(|l| {
                    msg::xml_too_many_attributes(l, qname, max, line)
                })));
            }
        }
        if self.stack.len() >= self.limits.max_depth {
            let (max, line) = (self.limits.max_depth, self.line());
            return Err(self.with_path(too_large(|l| msg::xml_too_deep(l, max, line))));
        }
        if self.doc.elements.len() >= self.limits.max_elements {
            let max = self.limits.max_elements;
            return Err(too_large(|l| msg::xml_too_many_elements(l, max)));
        }
        // Namespace declarations first: they apply to the element's own name and attributes.
        let mut bindings = 0;
        for (name, value) in &raw_attrs {
            let prefix = if *name == "xmlns" {
                Some("")
            } else {
                name.strip_prefix("xmlns:")
            };
            if let Some(prefix) = prefix {
                self.declarations += 1;
                if self.declarations > MAX_NS_DECLARATIONS {
                    return Err(self.with_path(too_large(|l| {
                        msg::xml_too_many_namespaces(l, MAX_NS_DECLARATIONS)
                    })));
                }
                let ns = if value.is_empty() {
                    if !prefix.is_empty() {
                        return Err(self.err(|l| msg::xml_prefix_empty_uri(l, prefix)));
                    }
                    None
                } else {
                    Some(self.intern(value))
                };
                self.scope.push((prefix.to_owned(), ns));
                bindings += 1;
            }
        }
        let (ns, local) = self.resolve(qname, true)?;
        let mut attrs = Vec::with_capacity(raw_attrs.len());
        for (name, value) in raw_attrs {
            if name == "xmlns" || name.starts_with("xmlns:") {
                continue;
            }
            let (ans, alocal) = self.resolve(name, false)?;
            attrs.push(Attr {
                ns: ans,
                local: alocal.to_owned(),
                value,
            });
        }
        let index = self.doc.elements.len();
        self.doc.elements.push(Element {
            ns,
            local: local.to_owned(),
            attrs,
            children: Vec::new(),
            text: String::new(),
        });
        if let Some(parent) = self.stack.last() {
            if let Some(p) = self.doc.elements.get_mut(parent.index) {
                p.children.push(index);
            }
        } else if index != 0 {
            return Err(self.err(msg::xml_second_root));
        }
        if empty {
            self.scope.truncate(self.scope.len() - bindings);
            if self.stack.is_empty() {
                self.done = true;
            }
        } else {
            self.stack.push(Open {
                index,
                qname: qname.to_owned(),
                bindings,
            });
        }
        Ok(())
    }

    fn end_tag(&mut self) -> Result<()> {
        self.pos += 2;
        let name = self.name()?;
        self.skip_ws();
        if !self.starts(">") {
            return Err(self.err(|l| msg::xml_end_tag_unterminated(l, name)));
        }
        self.pos += 1;
        match self.stack.pop() {
            Some(open) if open.qname == name => {
                self.scope
                    .truncate(self.scope.len().saturating_sub(open.bindings));
                if self.stack.is_empty() {
                    self.done = true;
                }
                Ok(())
            }
            Some(open) => Err(self.err(|l| msg::xml_end_tag_mismatch(l, name, &open.qname))),
            None => Err(self.err(|l| msg::xml_end_tag_alone(l, name))),
        }
    }

    fn intern(&mut self, uri: &str) -> usize {
        if let Some(i) = self.doc.namespaces.iter().position(|n| n == uri) {
            return i;
        }
        self.doc.namespaces.push(uri.to_owned());
        self.doc.namespaces.len() - 1
    }

    /// Splits a qualified name and finds its namespace. Unprefixed attributes are in no
    /// namespace; unprefixed elements are in the default one.
    fn resolve<'n>(&mut self, qname: &'n str, element: bool) -> Result<(Option<usize>, &'n str)> {
        match qname.split_once(':') {
            Some(("xml", local)) => Ok((Some(self.intern(XML_NS)), local)),
            Some((prefix, local)) => {
                let found = self.scope.iter().rev().find(|(p, _)| p == prefix);
                match found {
                    Some((_, Some(ns))) => Ok((Some(*ns), local)),
                    _ => Err(self.err(|l| msg::xml_prefix_undeclared(l, prefix, qname))),
                }
            }
            None if element => {
                let ns = self
                    .scope
                    .iter()
                    .rev()
                    .find(|(p, _)| p.is_empty())
                    .and_then(|(_, ns)| *ns);
                Ok((ns, qname))
            }
            None => Ok((None, qname)),
        }
    }
}

/// Decodes character data: the five predefined entities and numeric references only.
fn decode(raw: &str) -> std::result::Result<String, Text> {
    if !raw.contains('&') {
        check_chars(raw)?;
        return Ok(raw.to_owned());
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        let before = &rest[..amp];
        check_chars(before)?;
        out.push_str(before);
        let after = &rest[amp + 1..];
        let semi = after
            .find(';')
            .filter(|&i| i <= 12)
            .ok_or_else(|| Text::of(&msg::xml_bare_ampersand))?;
        let name = &after[..semi];
        let c = match name {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "apos" => '\'',
            "quot" => '"',
            _ => {
                let code = if let Some(hex) = name.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse::<u32>().ok()
                } else {
                    return Err(Text::of(&|l| msg::xml_undefined_entity(l, name)));
                };
                code.and_then(char::from_u32)
                    .filter(|&c| allowed_char(c))
                    .ok_or_else(|| Text::of(&|l| msg::xml_bad_character_reference(l, name)))?
            }
        };
        out.push(c);
        rest = &after[semi + 1..];
    }
    check_chars(rest)?;
    out.push_str(rest);
    Ok(out)
}

fn allowed_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
}

fn check_chars(s: &str) -> std::result::Result<(), Text> {
    match s.chars().find(|&c| !allowed_char(c)) {
        Some(c) => {
            let code = format!("{:04X}", u32::from(c));
            Err(Text::of(&|l| msg::xml_character_not_allowed(l, &code)))
        }
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Document {
        parse(s, LIMITS).unwrap()
    }

    fn code(s: &str) -> &'static str {
        parse(s, LIMITS).unwrap_err().code()
    }

    #[test]
    fn namespaces_resolve_by_uri_not_prefix() {
        let d = doc(
            r#"<?xml version="1.0"?><a:r xmlns:a="urn:x" xmlns="urn:d"><b:c xmlns:b="urn:x">t&amp;&#233;&#x41;</b:c><e/></a:r>"#,
        );
        assert!(d.is(0, "urn:x", "r"));
        let c = d.child(0, "urn:x", "c").unwrap();
        assert_eq!(d.text(c), "t&éA");
        assert!(d.child(0, "urn:d", "e").is_some());
    }

    #[test]
    fn hostile_and_malformed_inputs_are_errors() {
        assert_eq!(
            code("<!DOCTYPE r [<!ENTITY a \"x\">]><r>&a;</r>"),
            "dtd-not-allowed"
        );
        assert_eq!(code("<r>&a;</r>"), "invalid-xml");
        assert_eq!(code("<r><a></r>"), "invalid-xml");
        assert_eq!(code("hello"), "invalid-xml");
        assert_eq!(code(""), "invalid-xml");
        assert_eq!(code("<r/><r/>"), "invalid-xml");
        assert_eq!(code("<p:r/>"), "invalid-xml");
        assert_eq!(code("<r a='1' a='2'/>"), "invalid-xml");
        assert_eq!(code("<r>&#0;</r>"), "invalid-xml");
        let deep = "<a>".repeat(10_000) + &"</a>".repeat(10_000);
        assert_eq!(code(&deep), "document-too-large");
        let attrs: String = (0..100).map(|i| format!(" a{i}='1'")).collect();
        assert_eq!(code(&format!("<r{attrs}/>")), "document-too-large");
    }
}

/// An element and the path that led to it (`CrossIndustryInvoice.ExchangedDocument`), for
/// reading a document by local names and naming the element in errors.
#[derive(Debug, Clone)]
pub struct Cursor<'d> {
    pub doc: &'d Document,
    pub el: usize,
    pub path: String,
}

impl<'d> Cursor<'d> {
    /// The root element.
    pub fn root(doc: &'d Document) -> Self {
        Cursor {
            doc,
            el: 0,
            path: doc.local(0).to_owned(),
        }
    }

    /// The path of a child named `local` (whether or not it exists).
    pub fn path_of(&self, local: &str) -> String {
        format!("{}.{local}", self.path)
    }

    /// The first child `{ns}local`.
    pub fn child(&self, ns: &str, local: &str) -> Option<Cursor<'d>> {
        self.doc.child(self.el, ns, local).map(|el| Cursor {
            doc: self.doc,
            el,
            path: self.path_of(local),
        })
    }

    /// Every child `{ns}local`, with its index in the path when there are several.
    pub fn children(&self, ns: &str, local: &str) -> Vec<Cursor<'d>> {
        let all: Vec<usize> = self.doc.children(self.el, ns, local).collect();
        let many = all.len() > 1;
        all.into_iter()
            .enumerate()
            .map(|(i, el)| Cursor {
                doc: self.doc,
                el,
                path: if many {
                    format!("{}.{local}[{i}]", self.path)
                } else {
                    self.path_of(local)
                },
            })
            .collect()
    }

    /// Follows a chain of children in one namespace.
    pub fn at(&self, ns: &str, locals: &[&str]) -> Option<Cursor<'d>> {
        let mut cur = self.clone();
        for local in locals {
            cur = cur.child(ns, local)?;
        }
        Some(cur)
    }

    /// The trimmed text, `None` when empty.
    pub fn text(&self) -> Option<String> {
        let t = self.doc.text(self.el);
        (!t.is_empty()).then(|| t.to_owned())
    }

    pub fn attr(&self, name: &str) -> Option<String> {
        self.doc
            .attr(self.el, name)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }
}
