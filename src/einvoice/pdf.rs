//! The invoice XML inside a Factur-X / ZUGFeRD PDF (PDF/A-3 with an embedded file).
//!
//! Factur-X 1.0 (FNFE-MPE / FeRD) embeds the CII XML as an associated file named
//! `factur-x.xml` (ZUGFeRD 2.x: `zugferd-invoice.xml`, 2.0 also `ZUGFeRD-invoice.xml`;
//! XRechnung inside ZUGFeRD: `xrechnung.xml`): a file specification dictionary
//! (`/Type /Filespec`, `/F` and `/UF` names, `/EF << /F n 0 R >>`) pointing at an
//! `/EmbeddedFile` stream, usually `/FlateDecode`-compressed.
//!
//! This reader does not follow the cross-reference table (which may itself be compressed): it
//! indexes every `n g obj` in the file (the last definition wins, as with incremental
//! updates), finds the file specifications whose name is one of the above, and decodes the
//! stream they point to. `/Length` may be direct or an indirect reference; a wrong `/Length`
//! falls back to the `endstream` keyword. When no named file specification is found (for
//! example because the PDF keeps its dictionaries in compressed object streams, PDF 1.5
//! `/ObjStm`), it scans the streams themselves for one whose decoded content starts with a
//! CII or UBL invoice root.
//!
//! Refused with a clear error: encrypted PDFs (`unsupported-pdf`), filters other than
//! `/FlateDecode` on the embedded file (`unsupported-pdf`), a decoded file above the XML size
//! limit (`document-too-large`), a PDF with no invoice XML (`no-embedded-invoice`).
//! Inflation uses `miniz_oxide` (pure Rust) with an output limit, so a "zip bomb" stream costs
//! at most that limit.

use crate::error::{Error, ErrorKind, Result};
use crate::messages::{einvoice as msg, Text};
use std::collections::HashMap;

/// Largest PDF accepted (bytes).
pub const MAX_PDF_BYTES: usize = 50 * 1024 * 1024;

/// Largest decoded embedded file (bytes): the XML limit.
const MAX_XML_BYTES: usize = super::xml::LIMITS.max_bytes;

/// Total bytes the fallback scan may inflate, over all streams (each stream is only peeked).
const SCAN_BUDGET: usize = 16 * 1024 * 1024;

/// How many bytes of a stream the fallback scan inflates to look for an invoice root.
const PEEK: usize = 4096;

/// The file names Factur-X and ZUGFeRD give the invoice XML, compared case-insensitively
/// (so ZUGFeRD 2.0's "ZUGFeRD-invoice.xml" matches too).
pub const INVOICE_FILE_NAMES: [&str; 3] = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"];

/// How the XML was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundBy {
    /// A file specification with a Factur-X / ZUGFeRD name.
    FileSpec,
    /// An attached `.xml` file with another name.
    OtherXmlAttachment,
    /// The fallback scan of the streams.
    StreamScan,
}

/// The embedded XML and where it came from.
#[derive(Debug, Clone)]
pub struct Embedded {
    /// The attachment's file name, when a file specification named it.
    pub name: Option<String>,
    pub bytes: Vec<u8>,
    pub found_by: FoundBy,
}

/// Whether `bytes` start like a PDF (`%PDF-` within the first 1024 bytes, as readers allow).
pub fn is_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    find(head, b"%PDF-", 0).is_some()
}

/// Extracts the invoice XML from a Factur-X / ZUGFeRD PDF.
pub fn extract(pdf: &[u8]) -> Result<Embedded> {
    if pdf.len() > MAX_PDF_BYTES {
        return Err(Error::new(
            ErrorKind::DocumentTooLarge,
            Text::of(&|l| msg::pdf_too_large(l, pdf.len(), MAX_PDF_BYTES)),
        ));
    }
    if !is_pdf(pdf) {
        return Err(Error::new(ErrorKind::NotAnInvoice, Text::of(&msg::not_pdf)));
    }
    if has_token(pdf, b"/Encrypt") {
        return Err(Error::new(
            ErrorKind::UnsupportedPdf,
            Text::of(&msg::pdf_encrypted),
        ));
    }
    let file = PdfFile::index(pdf);
    let mut other_xml = None;
    let mut offsets: Vec<usize> = file.objects.values().copied().collect();
    offsets.sort_unstable();
    for offset in offsets {
        if file.exhausted() {
            return Err(too_complex());
        }
        let Some(Obj::Dict(dict)) = file.object_at(offset) else {
            continue;
        };
        let Some(ef) = get(&dict, b"EF") else {
            continue;
        };
        let name = [b"UF".as_slice(), b"F".as_slice()]
            .iter()
            .find_map(|k| get(&dict, k).and_then(|v| file.string(v)));
        let Some(stream_ref) = file.resolve_dict(ef).and_then(|ef| {
            [b"F".as_slice(), b"UF".as_slice()]
                .iter()
                .find_map(|k| match get(&ef, k) {
                    Some(Obj::Ref(n, _)) => Some(*n),
                    _ => None,
                })
        }) else {
            continue;
        };
        let lower = name.as_deref().map(str::to_ascii_lowercase);
        let known = lower
            .as_deref()
            .is_some_and(|n| INVOICE_FILE_NAMES.contains(&n));
        if known {
            let bytes = file.stream_of(stream_ref, MAX_XML_BYTES)?;
            return Ok(Embedded {
                name,
                bytes,
                found_by: FoundBy::FileSpec,
            });
        }
        if other_xml.is_none() && lower.as_deref().is_some_and(|n| n.ends_with(".xml")) {
            if let Ok(bytes) = file.stream_of(stream_ref, MAX_XML_BYTES) {
                if super::looks_like_invoice(&bytes) {
                    other_xml = Some(Embedded {
                        name: name.clone(),
                        bytes,
                        found_by: FoundBy::OtherXmlAttachment,
                    });
                }
            }
        }
    }
    if let Some(found) = other_xml {
        return Ok(found);
    }
    if let Some(found) = file.scan_streams()? {
        return Ok(found);
    }
    if file.exhausted() {
        return Err(too_complex());
    }
    let object_streams = has_token(pdf, b"/ObjStm");
    Err(Error::new(
        ErrorKind::NoEmbeddedInvoice,
        Text::of(&|l| {
            let hint = if object_streams {
                msg::object_streams_hint(l)
            } else {
                String::new()
            };
            msg::no_embedded_invoice(l, &hint)
        }),
    ))
}

/// A PDF value.
#[derive(Debug, Clone, PartialEq)]
enum Obj {
    Null,
    Bool,
    Int(i64),
    Real,
    Name(Vec<u8>),
    Str(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    Ref(u32, u32),
    Keyword(Vec<u8>),
}

/// A PDF dictionary: keys (names without the slash) and values, in order.
type Dict = Vec<(Vec<u8>, Obj)>;

fn get<'o>(dict: &'o [(Vec<u8>, Obj)], key: &[u8]) -> Option<&'o Obj> {
    dict.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

struct PdfFile<'a> {
    data: &'a [u8],
    /// Object number → offset just after its `obj` keyword (last definition wins).
    objects: HashMap<u32, usize>,
    /// Offsets of every `endstream`, ascending: the fallback end of a stream whose `/Length`
    /// is wrong, found by binary search (a linear search per stream would be quadratic).
    endstreams: Vec<usize>,
    /// Values the lexer may still read over the whole file, so that objects that never end
    /// (an unterminated array swallowing the rest of the file) cannot cost N × file size.
    budget: std::cell::Cell<usize>,
}

/// Lexer values read over one whole extraction.
const WORK_BUDGET: usize = 4_000_000;

impl<'a> PdfFile<'a> {
    /// Finds every `n g obj` header.
    fn index(data: &'a [u8]) -> Self {
        let mut objects = HashMap::new();
        let mut from = 0;
        while let Some(at) = find(data, b"obj", from) {
            from = at + 3;
            let after_ok = data.get(at + 3).is_none_or(|&b| is_delim(b) || is_ws(b));
            if !after_ok {
                continue;
            }
            // Back over: ws, generation digits, ws, object digits.
            let mut i = at;
            let ws_end = i;
            while i > 0 && is_ws(data[i - 1]) {
                i -= 1;
            }
            if i == ws_end {
                continue;
            }
            let gen_end = i;
            while i > 0 && data[i - 1].is_ascii_digit() {
                i -= 1;
            }
            if i == gen_end || gen_end - i > 5 {
                continue;
            }
            let gen_start = i;
            while i > 0 && is_ws(data[i - 1]) {
                i -= 1;
            }
            if i == gen_start {
                continue;
            }
            let num_end = i;
            while i > 0 && data[i - 1].is_ascii_digit() {
                i -= 1;
            }
            if i == num_end || num_end - i > 10 {
                continue;
            }
            if i > 0 && !(is_ws(data[i - 1]) || is_delim(data[i - 1])) {
                continue;
            }
            if let Some(num) = std::str::from_utf8(&data[i..num_end])
                .ok()
                .and_then(|s| s.parse::<u32>().ok())
            {
                objects.insert(num, at + 3);
            }
        }
        let mut endstreams = Vec::new();
        let mut from = 0;
        while let Some(at) = find(data, b"endstream", from) {
            endstreams.push(at);
            from = at + 9;
        }
        PdfFile {
            data,
            objects,
            endstreams,
            budget: std::cell::Cell::new(WORK_BUDGET),
        }
    }

    fn exhausted(&self) -> bool {
        self.budget.get() == 0
    }

    fn object_at(&self, offset: usize) -> Option<Obj> {
        let mut lx = Lexer::new(self.data, offset, &self.budget);
        lx.value(0).ok()
    }

    fn object(&self, num: u32) -> Option<Obj> {
        self.objects.get(&num).and_then(|&o| self.object_at(o))
    }

    /// The value, following one indirect reference.
    fn resolve(&self, v: &Obj) -> Option<Obj> {
        match v {
            Obj::Ref(n, _) => self.object(*n),
            other => Some(other.clone()),
        }
    }

    fn resolve_dict(&self, v: &Obj) -> Option<Dict> {
        match self.resolve(v)? {
            Obj::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// A text string (PDFDocEncoding treated as Latin-1, or UTF-16BE with a BOM).
    fn string(&self, v: &Obj) -> Option<String> {
        match self.resolve(v)? {
            Obj::Str(bytes) => Some(text_string(&bytes)),
            _ => None,
        }
    }

    /// The decoded data of stream object `num`, at most `limit` bytes.
    fn stream_of(&self, num: u32, limit: usize) -> Result<Vec<u8>> {
        let offset = *self.objects.get(&num).ok_or_else(|| {
            Error::new(
                ErrorKind::NoEmbeddedInvoice,
                Text::of(&|l| msg::pdf_stream_missing(l, num)),
            )
        })?;
        let (dict, raw) = self.raw_stream(offset).ok_or_else(|| {
            Error::new(
                ErrorKind::NoEmbeddedInvoice,
                Text::of(&|l| msg::pdf_not_a_stream(l, num)),
            )
        })?;
        decode_stream(&dict, raw, limit, num)
    }

    /// The dictionary and raw bytes of the stream whose object starts at `offset`.
    fn raw_stream(&self, offset: usize) -> Option<(Dict, &'a [u8])> {
        let mut lx = Lexer::new(self.data, offset, &self.budget);
        let Ok(Obj::Dict(dict)) = lx.value(0) else {
            return None;
        };
        lx.skip_ws();
        if !self.data.get(lx.pos..)?.starts_with(b"stream") {
            return None;
        }
        let mut start = lx.pos + 6;
        if self.data.get(start) == Some(&b'\r') {
            start += 1;
        }
        if self.data.get(start) == Some(&b'\n') {
            start += 1;
        }
        let length = get(&dict, b"Length").and_then(|v| match self.resolve(v) {
            Some(Obj::Int(n)) => usize::try_from(n).ok(),
            _ => None,
        });
        let by_length = length.and_then(|len| {
            let end = start.checked_add(len)?;
            let tail = self.data.get(end..)?;
            let tail = trim_ws_start(tail);
            tail.starts_with(b"endstream")
                .then(|| self.data.get(start..end))
                .flatten()
        });
        let raw = match by_length {
            Some(raw) => raw,
            None => {
                let i = self.endstreams.partition_point(|&e| e < start);
                let end = *self.endstreams.get(i)?;
                let mut raw = self.data.get(start..end)?;
                if raw.ends_with(b"\n") {
                    raw = &raw[..raw.len() - 1];
                }
                if raw.ends_with(b"\r") {
                    raw = &raw[..raw.len() - 1];
                }
                raw
            }
        };
        Some((dict, raw))
    }

    /// The fallback: a stream whose decoded start is a CII or UBL invoice root.
    fn scan_streams(&self) -> Result<Option<Embedded>> {
        let mut budget = SCAN_BUDGET;
        let mut offsets: Vec<(u32, usize)> = self.objects.iter().map(|(&n, &o)| (n, o)).collect();
        offsets.sort_unstable();
        for (num, offset) in offsets {
            if budget == 0 {
                break;
            }
            let Some((dict, raw)) = self.raw_stream(offset) else {
                continue;
            };
            let skip = get(&dict, b"Subtype")
                .is_some_and(|v| matches!(v, Obj::Name(n) if n == b"Image" || n == b"Form"))
                || get(&dict, b"Type")
                    .is_some_and(|v| matches!(v, Obj::Name(n) if n == b"XRef" || n == b"ObjStm"));
            if skip {
                continue;
            }
            let head = if get(&dict, b"Filter").is_none() {
                raw[..raw.len().min(PEEK)].to_vec()
            } else {
                match decode_stream(&dict, raw, PEEK, num) {
                    Ok(h) => h,
                    Err(e) if e.kind() == ErrorKind::DocumentTooLarge => peek_flate(raw),
                    Err(_) => continue,
                }
            };
            budget = budget.saturating_sub(head.len().max(1));
            if super::looks_like_invoice(&head) {
                let bytes = self.stream_of(num, MAX_XML_BYTES)?;
                return Ok(Some(Embedded {
                    name: None,
                    bytes,
                    found_by: FoundBy::StreamScan,
                }));
            }
        }
        Ok(None)
    }
}

/// The first [`PEEK`] bytes of a Flate stream.
fn peek_flate(raw: &[u8]) -> Vec<u8> {
    match miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(raw, PEEK) {
        Ok(v) => v,
        Err(e) => e.output,
    }
}

/// Applies the stream's filters (none or `/FlateDecode`).
fn decode_stream(dict: &[(Vec<u8>, Obj)], raw: &[u8], limit: usize, num: u32) -> Result<Vec<u8>> {
    let filters: Vec<Vec<u8>> = match get(dict, b"Filter") {
        None | Some(Obj::Null) => Vec::new(),
        Some(Obj::Name(n)) => vec![n.clone()],
        Some(Obj::Array(items)) => items
            .iter()
            .filter_map(|i| match i {
                Obj::Name(n) => Some(n.clone()),
                _ => None,
            })
            .collect(),
        Some(_) => {
            return Err(Error::new(
                ErrorKind::UnsupportedPdf,
                Text::of(&|l| msg::pdf_filter_unreadable(l, num)),
            ))
        }
    };
    let predictor = get(dict, b"DecodeParms").is_some_and(|p| match p {
        Obj::Dict(d) => matches!(get(d, b"Predictor"), Some(Obj::Int(n)) if *n > 1),
        _ => false,
    });
    if predictor {
        return Err(Error::new(
            ErrorKind::UnsupportedPdf,
            Text::of(&|l| msg::pdf_predictor(l, num)),
        ));
    }
    if filters.is_empty() {
        return if raw.len() > limit {
            Err(too_large(limit))
        } else {
            Ok(raw.to_vec())
        };
    }
    let mut data: Option<Vec<u8>> = None;
    for f in filters {
        if f == b"FlateDecode" || f == b"Fl" {
            data = Some(inflate(data.as_deref().unwrap_or(raw), limit, num)?);
        } else {
            return Err(Error::new(
                ErrorKind::UnsupportedPdf,
                Text::of(&|l| msg::pdf_filter_unsupported(l, num, &String::from_utf8_lossy(&f))),
            ));
        }
    }
    let data = data.unwrap_or_default();
    if data.len() > limit {
        return Err(too_large(limit));
    }
    Ok(data)
}

fn too_complex() -> Error {
    Error::new(
        ErrorKind::DocumentTooLarge,
        Text::of(&|l| msg::pdf_too_complex(l, WORK_BUDGET)),
    )
}

fn too_large(limit: usize) -> Error {
    Error::new(
        ErrorKind::DocumentTooLarge,
        Text::of(&|l| msg::pdf_embedded_too_large(l, limit)),
    )
}

fn inflate(data: &[u8], limit: usize, num: u32) -> Result<Vec<u8>> {
    use miniz_oxide::inflate::{self, TINFLStatus};
    let zlib = inflate::decompress_to_vec_zlib_with_limit(data, limit);
    let result = match zlib {
        Err(e) if e.status != TINFLStatus::HasMoreOutput => {
            // Some writers omit the zlib header: try raw deflate before giving up.
            inflate::decompress_to_vec_with_limit(data, limit).map_err(|_| e)
        }
        other => other,
    };
    result.map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => too_large(limit),
        _ => Error::new(
            ErrorKind::UnsupportedPdf,
            Text::of(&|l| msg::pdf_corrupt(l, num, &format!("{:?}", e.status))),
        ),
    })
}

/// Latin-1 / PDFDocEncoding (close enough for file names) or UTF-16BE with a BOM.
fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

fn is_ws(b: u8) -> bool {
    matches!(b, 0 | b'\t' | b'\n' | 0x0c | b'\r' | b' ')
}

fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn trim_ws_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&b| is_ws(b)).count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || from >= hay.len() {
        return None;
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// `token` (a name such as `/Encrypt`) followed by a delimiter or whitespace.
fn has_token(hay: &[u8], token: &[u8]) -> bool {
    let mut from = 0;
    while let Some(at) = find(hay, token, from) {
        let next = hay.get(at + token.len()).copied();
        if next.is_none_or(|b| is_ws(b) || is_delim(b)) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Values parsed from one object: bounded depth and size.
const MAX_DEPTH: usize = 32;
const MAX_ITEMS: usize = 100_000;

struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
    items: usize,
    budget: &'a std::cell::Cell<usize>,
}

impl<'a> Lexer<'a> {
    fn new(data: &'a [u8], pos: usize, budget: &'a std::cell::Cell<usize>) -> Self {
        Lexer {
            data,
            pos,
            items: 0,
            budget,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            if is_ws(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn regular(&mut self) -> &'a [u8] {
        let start = self.pos;
        while let Some(b) = self.peek() {
            if is_ws(b) || is_delim(b) {
                break;
            }
            self.pos += 1;
        }
        &self.data[start..self.pos]
    }

    fn value(&mut self, depth: usize) -> std::result::Result<Obj, ()> {
        self.items += 1;
        let left = self.budget.get();
        if depth > MAX_DEPTH || self.items > MAX_ITEMS || left == 0 {
            return Err(());
        }
        self.budget.set(left - 1);
        self.skip_ws();
        let b = self.peek().ok_or(())?;
        match b {
            b'/' => {
                self.pos += 1;
                Ok(Obj::Name(decode_name(self.regular())))
            }
            b'(' => self.literal().map(Obj::Str),
            b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                let mut dict = Vec::new();
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some(b'>') if self.data.get(self.pos + 1) == Some(&b'>') => {
                            self.pos += 2;
                            return Ok(Obj::Dict(dict));
                        }
                        Some(b'/') => {
                            self.pos += 1;
                            let key = decode_name(self.regular());
                            let v = self.value(depth + 1)?;
                            dict.push((key, v));
                        }
                        _ => return Err(()),
                    }
                }
            }
            b'<' => {
                self.pos += 1;
                let start = self.pos;
                let end = find(self.data, b">", start).ok_or(())?;
                self.pos = end + 1;
                let hex: Vec<u8> = self.data[start..end]
                    .iter()
                    .copied()
                    .filter(u8::is_ascii_hexdigit)
                    .collect();
                let digit = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                Ok(Obj::Str(
                    hex.chunks(2)
                        .map(|p| digit(p[0]) << 4 | p.get(1).map_or(0, |&c| digit(c)))
                        .collect(),
                ))
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Obj::Array(items));
                        }
                        None => return Err(()),
                        _ => items.push(self.value(depth + 1)?),
                    }
                }
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                let tok = self.regular();
                let s = std::str::from_utf8(tok).map_err(|_| ())?;
                if let Ok(n) = s.parse::<i64>() {
                    // `n g R`?
                    let save = self.pos;
                    self.skip_ws();
                    let g = self.regular();
                    if !g.is_empty() && g.iter().all(u8::is_ascii_digit) {
                        self.skip_ws();
                        if self.peek() == Some(b'R') {
                            let after = self.data.get(self.pos + 1).copied();
                            if after.is_none_or(|c| is_ws(c) || is_delim(c)) {
                                self.pos += 1;
                                let num = u32::try_from(n).map_err(|_| ())?;
                                let gen = std::str::from_utf8(g)
                                    .ok()
                                    .and_then(|s| s.parse().ok())
                                    .unwrap_or(0);
                                return Ok(Obj::Ref(num, gen));
                            }
                        }
                    }
                    self.pos = save;
                    Ok(Obj::Int(n))
                } else {
                    Ok(Obj::Real)
                }
            }
            _ => {
                let tok = self.regular();
                if tok.is_empty() {
                    return Err(());
                }
                Ok(match tok {
                    b"null" => Obj::Null,
                    b"true" | b"false" => Obj::Bool,
                    other => Obj::Keyword(other.to_vec()),
                })
            }
        }
    }

    /// A `( … )` string: balanced parentheses, backslash escapes, octal codes.
    fn literal(&mut self) -> std::result::Result<Vec<u8>, ()> {
        self.pos += 1;
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(out);
                    }
                    out.push(b);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xff) as u8);
                        }
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                _ => out.push(b),
            }
        }
        Err(())
    }
}

/// A name with its `#xx` escapes decoded.
fn decode_name(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'#' && i + 2 < raw.len() {
            let hex = std::str::from_utf8(&raw[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(raw[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_strings_and_names_decode() {
        let budget = std::cell::Cell::new(1000);
        let mut lx = Lexer::new(
            b"<< /F (factur\\055x\\056xml) /Subtype /text#2Fxml /L 4 0 R >>",
            0,
            &budget,
        );
        let Ok(Obj::Dict(d)) = lx.value(0) else {
            panic!("not a dict")
        };
        assert_eq!(get(&d, b"F"), Some(&Obj::Str(b"factur-x.xml".to_vec())));
        assert_eq!(get(&d, b"Subtype"), Some(&Obj::Name(b"text/xml".to_vec())));
        assert_eq!(get(&d, b"L"), Some(&Obj::Ref(4, 0)));
    }

    #[test]
    fn plain_pdf_has_no_invoice() {
        let pdf =
            b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF";
        assert_eq!(extract(pdf).unwrap_err().code(), "no-embedded-invoice");
        let enc = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>";
        assert_eq!(extract(enc).unwrap_err().code(), "unsupported-pdf");
    }

    #[test]
    fn hostile_structures_stay_linear() {
        // Many streams without endstream, and an array that never ends: each would make a
        // naive reader rescan the rest of the file for every object.
        let mut pdf = b"%PDF-1.7\n".to_vec();
        for i in 0..100_000 {
            pdf.extend_from_slice(format!("{i} 0 obj << /Length 99 >> stream\nxx\n").as_bytes());
        }
        let start = std::time::Instant::now();
        assert_eq!(extract(&pdf).unwrap_err().code(), "no-embedded-invoice");
        let mut open = b"%PDF-1.7\n1 0 obj [ ".to_vec();
        for i in 2..200_000 {
            open.extend_from_slice(format!("{i} 0 obj [ 1 2 3 ").as_bytes());
        }
        let code = extract(&open).unwrap_err().code();
        assert!(
            code == "document-too-large" || code == "no-embedded-invoice",
            "{code}"
        );
        assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    }
}
