//! The PDF file itself: objects, cross-reference table, trailer (PDF 32000-1 §7.5), written by
//! hand.
//!
//! Why not a crate: a letter needs about ten object kinds, all known in advance, and every
//! number here is an integer in thousandths of a point, formatted by [`num`]. Measured on
//! the same one-page PDF in wasm (opt-level z, wasm-opt -Oz; README "renderPdf"),
//! `pdf-writer` 0.15 weighed 34.7 KB brotli (its float formatting and generic writers) and
//! `lopdf` 0.47 far more (a parser, an object model, `getrandom`); this file and the layout
//! together are a fraction of that. The output is deterministic: no clock, no random `/ID`
//! (it is a hash of the file's content), objects in a fixed order.
//!
//! Streams are left uncompressed: a letter is 10–30 KB, and a deflater would add its code to
//! the module for a file that is attached to an e-mail once.

/// A number given in thousandths (of a point, of a unit), written as a PDF real with at most
/// three decimals and no trailing zeros (`56693` → `56.693`, `10000` → `10`).
pub(crate) fn num(out: &mut Vec<u8>, milli: i64) {
    if milli < 0 {
        out.push(b'-');
    }
    let m = milli.unsigned_abs();
    out.extend_from_slice((m / 1000).to_string().as_bytes());
    let mut frac = m % 1000;
    if frac != 0 {
        out.push(b'.');
        let mut digits = 3;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        let s = frac.to_string();
        for _ in s.len()..digits {
            out.push(b'0');
        }
        out.extend_from_slice(s.as_bytes());
    }
}

/// A PDF text string for the document information dictionary: UTF-16BE with a byte-order
/// mark, as a hex string (any character, no escaping rules to get wrong).
pub(crate) fn text_string(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(b"<FEFF");
    let mut buf = [0u16; 2];
    for c in s.chars() {
        for unit in c.encode_utf16(&mut buf) {
            hex4(out, *unit);
        }
    }
    out.push(b'>');
}

fn hex4(out: &mut Vec<u8>, v: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12u16, 8, 4, 0] {
        out.push(HEX[usize::from((v >> shift) & 0xF)]);
    }
}

/// Bytes as a PDF hex string `<…>`.
pub(crate) fn hex_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push(b'<');
    for b in bytes {
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 0xF)]);
    }
    out.push(b'>');
}

/// A PDF being written: objects are numbered 1, 2, … in the order they are started.
pub(crate) struct Writer {
    pub out: Vec<u8>,
    offsets: Vec<usize>,
}

impl Writer {
    pub(crate) fn new() -> Writer {
        // The comment line with four bytes above 127 tells transfer tools the file is binary
        // (PDF 32000-1 §7.5.2).
        let mut out = Vec::with_capacity(32 * 1024);
        out.extend_from_slice(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
        Writer {
            out,
            offsets: Vec::new(),
        }
    }

    /// Starts the next object; its number is returned. [`Writer::end`] closes it.
    pub(crate) fn begin(&mut self) -> usize {
        self.offsets.push(self.out.len());
        let id = self.offsets.len();
        self.out.extend_from_slice(id.to_string().as_bytes());
        self.out.extend_from_slice(b" 0 obj\n");
        id
    }

    pub(crate) fn end(&mut self) {
        self.out.extend_from_slice(b"\nendobj\n");
    }

    /// A whole object whose content is `body`.
    pub(crate) fn object(&mut self, body: &[u8]) -> usize {
        let id = self.begin();
        self.out.extend_from_slice(body);
        self.end();
        id
    }

    /// A stream object with `dict` entries (without `/Length`) and `data`.
    pub(crate) fn stream(&mut self, dict: &str, data: &[u8]) -> usize {
        let id = self.begin();
        self.out.extend_from_slice(b"<<");
        self.out.extend_from_slice(dict.as_bytes());
        self.out.extend_from_slice(b" /Length ");
        self.out
            .extend_from_slice(data.len().to_string().as_bytes());
        self.out.extend_from_slice(b">>\nstream\n");
        self.out.extend_from_slice(data);
        self.out.extend_from_slice(b"\nendstream");
        self.end();
        id
    }

    /// The cross-reference table and trailer; the file's bytes.
    pub(crate) fn finish(mut self, root: usize, info: usize) -> Vec<u8> {
        // /ID: two copies of a 128-bit FNV-1a hash of everything before the xref, so the same
        // letter always gives the same bytes and two letters different IDs.
        let id = fnv128(&self.out);
        let xref = self.out.len();
        let count = self.offsets.len() + 1;
        self.out.extend_from_slice(b"xref\n0 ");
        self.out.extend_from_slice(count.to_string().as_bytes());
        self.out.extend_from_slice(b"\n0000000000 65535 f \n");
        for off in &self.offsets {
            let s = off.to_string();
            for _ in s.len()..10 {
                self.out.push(b'0');
            }
            self.out.extend_from_slice(s.as_bytes());
            self.out.extend_from_slice(b" 00000 n \n");
        }
        self.out.extend_from_slice(b"trailer\n<</Size ");
        self.out.extend_from_slice(count.to_string().as_bytes());
        self.out.extend_from_slice(b" /Root ");
        self.out.extend_from_slice(root.to_string().as_bytes());
        self.out.extend_from_slice(b" 0 R /Info ");
        self.out.extend_from_slice(info.to_string().as_bytes());
        self.out.extend_from_slice(b" 0 R /ID [");
        hex_bytes(&mut self.out, &id);
        hex_bytes(&mut self.out, &id);
        self.out.extend_from_slice(b"]>>\nstartxref\n");
        self.out.extend_from_slice(xref.to_string().as_bytes());
        self.out.extend_from_slice(b"\n%%EOF\n");
        self.out
    }
}

/// 128-bit FNV-1a (not cryptographic: an identifier, not a signature).
fn fnv128(data: &[u8]) -> [u8; 16] {
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h: u128 = 0x6c62272e07bb014262b821756295c58d;
    for b in data {
        h ^= u128::from(*b);
        h = h.wrapping_mul(PRIME);
    }
    h.to_be_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(v: i64) -> String {
        let mut out = Vec::new();
        num(&mut out, v);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers() {
        assert_eq!(n(0), "0");
        assert_eq!(n(10000), "10");
        assert_eq!(n(56693), "56.693");
        assert_eq!(n(56690), "56.69");
        assert_eq!(n(56005), "56.005");
        assert_eq!(n(500), "0.5");
        assert_eq!(n(-1250), "-1.25");
        assert_eq!(n(-5), "-0.005");
    }

    #[test]
    fn strings() {
        let mut out = Vec::new();
        text_string(&mut out, "é€");
        assert_eq!(out, b"<FEFF00E920AC>");
        let mut out = Vec::new();
        text_string(&mut out, "𝄞");
        assert_eq!(out, b"<FEFFD834DD1E>");
    }

    #[test]
    fn xref_offsets_point_at_the_objects() {
        let mut w = Writer::new();
        let a = w.object(b"<</Type /Catalog>>");
        let b = w.object(b"<<>>");
        let bytes = w.finish(a, b);
        // Byte offsets: the header's binary comment is not UTF-8, so one char per byte.
        let s: String = bytes.iter().map(|&c| char::from(c.min(127))).collect();
        let xref_at: usize = s
            .rsplit("startxref\n")
            .next()
            .unwrap()
            .trim_end_matches("\n%%EOF\n")
            .parse()
            .unwrap();
        assert!(s[xref_at..].starts_with("xref\n0 3\n"));
        for (i, line) in s[xref_at..].lines().skip(3).take(2).enumerate() {
            let off: usize = line[..10].parse().unwrap();
            assert!(s[off..].starts_with(&format!("{} 0 obj", i + 1)), "{line}");
        }
    }
}
