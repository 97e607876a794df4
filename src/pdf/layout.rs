//! Places a [`Letter`] on A4 pages: the French business-letter layout, line breaking and
//! pagination. Every length is an integer in thousandths of a point (`mpt`), so the same
//! letter always gives the same bytes, on every platform.
//!
//! Page 1 of a postal letter (NF Z11-001 practice, DL 110 × 220 mm window envelope, letter
//! folded in three): sender block top left from 15 mm; recipient block at 110 mm from the left
//! edge and 50 mm from the top, 85 mm wide — inside the 100 × 45 mm window of a DL envelope
//! (window 20 mm from the right, 15 mm from the bottom) once the letter is folded; place and
//! date under it; then "Lettre recommandée…", "Objet :", "Réf. :" at the left margin, the
//! body 170 mm wide (20 mm margins), the signature block in the right half. An e-mail's PDF
//! is its body and signature from the top margin.
//!
//! Rules a careful typesetter follows, and this code:
//! - lines break only at ASCII spaces: U+00A0 and U+202F (before `:` `;` `!` `?` `€` `%`,
//!   inside `« »`, between thousands) never break, and a space before `:` `;` `!` `?` `»` `€`
//!   `%` `)` `,` `.` or after `«` `(` does not either, whatever the input's spacing — so no line
//!   starts with `:` or `€`;
//! - prose is justified (word spacing `Tw`, which stretches only ASCII spaces, so the
//!   no-break spaces keep their width), except its last line; lists and blocks of several
//!   `<br>` lines are ragged;
//! - a paragraph split across pages leaves at least two lines on each page (no widow, no
//!   orphan); a paragraph ending with `:` stays with the start of what it introduces;
//! - a table row is never split across pages;
//! - the signature block stays on the page of the closing paragraph (no widowed signature);
//! - pages are numbered "1/2", "2/2" at the bottom right when there is more than one.
//!
//! A word longer than a whole line (a 60-character URL in the 85 mm sender block) is cut
//! where it must: the only case where extracted text gains a space.

use super::font::{code, width, Face};
use super::html::{Block, Letter, Lines, Run, Table};
use crate::error::{Error, ErrorKind};
use crate::messages::{pdf as messages, Text};

pub(crate) const PAGE_W: i64 = 595_276;
pub(crate) const PAGE_H: i64 = 841_890;

/// Millimetres to thousandths of a point (1 mm = 72 / 25.4 pt).
const fn mm(v: i64) -> i64 {
    v * 2_834_646 / 1_000
}

const LEFT: i64 = mm(20);
const RIGHT: i64 = PAGE_W - mm(20);
const TOP: i64 = PAGE_H - mm(20);
const BOTTOM: i64 = mm(20);
const COLUMN_X: i64 = mm(110);
const COLUMN_W: i64 = mm(85);

const BODY: Style = Style {
    size: 10_000,
    leading: 13_000,
};
const SMALL: Style = Style {
    size: 9_000,
    leading: 11_000,
};
const PARA_GAP: i64 = 6_000;
const TABLE_SIZE: i64 = 8_500;
const TABLE_MIN_SIZE: i64 = 7_000;
const CELL_GAP: i64 = 8_000;
/// Room left for the handwritten signature under the signature block.
const SIGN_ROOM: i64 = 30_000;
/// More pages than this is not a letter (`document-too-large`).
pub(crate) const MAX_PAGES: usize = 1_000;

#[derive(Debug, Clone, Copy)]
struct Style {
    size: i64,
    leading: i64,
}

/// A laid-out page: its content stream.
pub(crate) struct Page {
    pub content: Vec<u8>,
    tw: i64,
}

/// A run of codes in one face.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seg {
    face: Face,
    codes: Vec<u8>,
}

/// An unbreakable word: its segments and width in glyph units (thousandths of an em).
#[derive(Debug, Clone, Default)]
struct Word {
    segs: Vec<Seg>,
    units: i64,
}

impl Word {
    fn push(&mut self, face: Face, c: u8) {
        self.units += i64::from(width(face, c));
        match self.segs.last_mut() {
            Some(s) if s.face == face => s.codes.push(c),
            _ => self.segs.push(Seg {
                face,
                codes: vec![c],
            }),
        }
    }
    fn append(&mut self, other: Word) {
        for s in other.segs {
            for c in s.codes {
                self.push(s.face, c);
            }
        }
    }
    fn first(&self) -> Option<u8> {
        self.segs.first().and_then(|s| s.codes.first().copied())
    }
    fn last(&self) -> Option<u8> {
        self.segs.last().and_then(|s| s.codes.last().copied())
    }
}

/// One output line: segments (spaces included), natural width in units, ASCII spaces.
#[derive(Debug, Clone, Default)]
struct Line {
    segs: Vec<Seg>,
    units: i64,
    spaces: i64,
    /// Last line of a paragraph or `<br>` line: never justified.
    last: bool,
    /// Left indent in mpt (continuation lines of a "- " list item).
    indent: i64,
}

fn scaled(units: i64, size: i64) -> i64 {
    units * size / 1000
}

fn unsupported(c: char) -> Error {
    Error::at(
        ErrorKind::UnsupportedCharacter,
        "html",
        Text::of(&|l| {
            messages::unsupported_character(l, &format!("{c:?}"), &format!("U+{:04X}", c as u32))
        }),
    )
}

/// The words of a line of runs, ASCII white space separating them, with the no-break rules
/// applied (a word that must not start a line is glued to the one before).
fn words(runs: &[Run]) -> crate::Result<Vec<Word>> {
    let mut out: Vec<Word> = Vec::new();
    let mut cur = Word::default();
    for run in runs {
        let face = if run.bold { Face::Bold } else { Face::Regular };
        for c in run.text.chars() {
            if matches!(c, ' ' | '\n' | '\r' | '\t') {
                if !cur.segs.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                continue;
            }
            cur.push(face, code(c).ok_or_else(|| unsupported(c))?);
        }
    }
    if !cur.segs.is_empty() {
        out.push(cur);
    }
    // Glue: no break before : ; ! ? » € % ) , . nor after « (.
    let mut glued: Vec<Word> = Vec::with_capacity(out.len());
    for w in out {
        let no_break_before = matches!(
            w.first(),
            Some(b':' | b';' | b'!' | b'?' | 0xBB | 0x80 | b'%' | b')' | b',' | b'.')
        );
        match glued.last_mut() {
            Some(prev) if no_break_before || matches!(prev.last(), Some(0xAB | b'(')) => {
                let face = prev.segs.last().map_or(Face::Regular, |s| s.face);
                prev.push(face, b' ');
                prev.append(w);
            }
            _ => glued.push(w),
        }
    }
    Ok(glued)
}

/// Greedy line breaking of one `<br>` line into lines at most `max` mpt wide.
fn break_words(words: Vec<Word>, size: i64, max: i64, hang: bool) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line = Line::default();
    let space = i64::from(width(Face::Regular, b' '));
    // "- item" lines: continuation lines hang under the item's text.
    let indent = match words.first() {
        Some(w)
            if hang && w.segs.len() == 1 && matches!(w.segs[0].codes.as_slice(), b"-" | [0x95]) =>
        {
            scaled(w.units + space, size)
        }
        _ => 0,
    };
    for mut w in words {
        let avail = max - line.indent;
        let need = if line.segs.is_empty() {
            w.units
        } else {
            line.units + space + w.units
        };
        if !line.segs.is_empty() && scaled(need, size) > avail {
            lines.push(std::mem::take(&mut line));
            line.indent = indent;
        }
        // A word wider than a whole line is cut (see the module docs).
        while scaled(w.units, size) > max - line.indent && line.segs.is_empty() {
            let (head, tail) = cut(w, size, max - line.indent);
            if head.segs.is_empty() {
                w = tail;
                break;
            }
            add(&mut line, head, space);
            lines.push(std::mem::take(&mut line));
            line.indent = indent;
            w = tail;
        }
        if !w.segs.is_empty() {
            add(&mut line, w, space);
        }
    }
    line.last = true;
    lines.push(line);
    lines
}

fn add(line: &mut Line, w: Word, space: i64) {
    if !line.segs.is_empty() {
        let face = line.segs.last().map_or(Face::Regular, |s| s.face);
        push_code(&mut line.segs, face, b' ');
        line.units += space;
        line.spaces += 1;
    }
    line.units += w.units;
    for s in w.segs {
        line.spaces += s.codes.iter().filter(|&&c| c == b' ').count() as i64;
        for c in s.codes {
            push_code(&mut line.segs, s.face, c);
        }
    }
}

fn push_code(segs: &mut Vec<Seg>, face: Face, c: u8) {
    match segs.last_mut() {
        Some(s) if s.face == face => s.codes.push(c),
        _ => segs.push(Seg {
            face,
            codes: vec![c],
        }),
    }
}

/// Splits a word so that its head fits `max` (at least one character).
fn cut(w: Word, size: i64, max: i64) -> (Word, Word) {
    let mut head = Word::default();
    let mut tail = Word::default();
    for s in w.segs {
        for c in s.codes {
            let cw = i64::from(width(s.face, c));
            if tail.segs.is_empty()
                && (head.segs.is_empty() || scaled(head.units + cw, size) <= max)
            {
                head.push(s.face, c);
            } else {
                tail.push(s.face, c);
            }
        }
    }
    (head, tail)
}

fn lines_of(par: &Lines, size: i64, max: i64, hang: bool) -> crate::Result<Vec<Line>> {
    let mut out = Vec::new();
    for runs in par {
        out.extend(break_words(words(runs)?, size, max, hang));
    }
    Ok(out)
}

fn plain_lines(
    texts: &[String],
    bold_first: bool,
    size: i64,
    max: i64,
) -> crate::Result<Vec<Line>> {
    let mut out = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let run = Run {
            text: t.clone(),
            bold: bold_first && i == 0,
        };
        out.extend(break_words(words(&[run])?, size, max, false));
    }
    Ok(out)
}

/// The pages being filled.
struct Flow {
    pages: Vec<Page>,
    /// Top of the next line box on the current page.
    y: i64,
}

impl Flow {
    fn page(&mut self) -> crate::Result<&mut Page> {
        if self.pages.is_empty() {
            self.pages.push(Page {
                content: Vec::new(),
                tw: 0,
            });
        }
        let n = self.pages.len();
        self.pages
            .get_mut(n - 1)
            .ok_or_else(|| Error::new(ErrorKind::Internal, Text::of(&messages::no_page)))
    }

    fn new_page(&mut self) -> crate::Result<()> {
        if self.pages.len() >= MAX_PAGES {
            return Err(Error::at(
                ErrorKind::DocumentTooLarge,
                "html",
                Text::of(&|l| messages::too_many_pages(l, MAX_PAGES)),
            ));
        }
        self.pages.push(Page {
            content: Vec::new(),
            tw: 0,
        });
        self.y = TOP;
        Ok(())
    }

    fn room(&self) -> i64 {
        self.y - BOTTOM
    }

    fn at_top(&self) -> bool {
        self.y >= TOP
    }

    /// Draws `line` with its top at `self.y`, left edge `x`, `width` for justification
    /// (`None`: ragged), and moves down one leading.
    fn draw(
        &mut self,
        line: &Line,
        x: i64,
        justify: Option<i64>,
        style: Style,
    ) -> crate::Result<()> {
        let baseline = self.y - style.size * 4 / 5 - (style.leading - style.size) / 2;
        let tw = match justify {
            Some(w) if !line.last && line.spaces > 0 => {
                let extra = (w - line.indent - scaled(line.units, style.size)) / line.spaces;
                // Over 6 pt a space: a ragged line reads better than holes.
                if (0..=6_000).contains(&extra) {
                    extra
                } else {
                    0
                }
            }
            _ => 0,
        };
        let page = self.page()?;
        text(page, x + line.indent, baseline, style.size, tw, &line.segs);
        self.y -= style.leading;
        Ok(())
    }
}

/// Appends the operators drawing `segs` at (`x`, `y`).
fn text(page: &mut Page, x: i64, y: i64, size: i64, tw: i64, segs: &[Seg]) {
    use super::writer::{hex_bytes, num};
    let out = &mut page.content;
    out.extend_from_slice(b"BT\n");
    if tw != page.tw {
        num(out, tw);
        out.extend_from_slice(b" Tw\n");
        page.tw = tw;
    }
    num(out, x);
    out.push(b' ');
    num(out, y);
    out.extend_from_slice(b" Td\n");
    for s in segs {
        out.push(b'/');
        out.extend_from_slice(s.face.resource().as_bytes());
        out.push(b' ');
        num(out, size);
        out.extend_from_slice(b" Tf ");
        hex_bytes(out, &s.codes);
        out.extend_from_slice(b" Tj\n");
    }
    out.extend_from_slice(b"ET\n");
}

fn rule(page: &mut Page, x1: i64, x2: i64, y: i64) {
    use super::writer::num;
    let out = &mut page.content;
    out.extend_from_slice(b"0.5 w ");
    num(out, x1);
    out.push(b' ');
    num(out, y);
    out.extend_from_slice(b" m ");
    num(out, x2);
    out.push(b' ');
    num(out, y);
    out.extend_from_slice(b" l S\n");
}

/// A table measured for the page width: font size, column widths and each row's cells as
/// lines.
struct TableLayout {
    size: i64,
    leading: i64,
    widths: Vec<i64>,
    right: Vec<bool>,
    /// head, rows, foot, each row a list of cells, each cell its lines.
    head: Vec<Vec<Line>>,
    rows: Vec<Vec<Vec<Line>>>,
    foot: Vec<Vec<Vec<Line>>>,
}

fn measure_table(t: &Table) -> crate::Result<TableLayout> {
    let ncol = t.head.len();
    let cell_words = |s: &str, bold: bool| {
        words(&[Run {
            text: s.to_owned(),
            bold,
        }])
    };
    // Natural widths in units.
    let mut natural = vec![0i64; ncol];
    let mut measure = |row: &[String], bold_first: bool, all_bold: bool| -> crate::Result<()> {
        for (i, cell) in row.iter().enumerate().take(ncol) {
            let ws = cell_words(cell, all_bold || (bold_first && i == 0))?;
            let space = i64::from(width(Face::Regular, b' '));
            let u: i64 =
                ws.iter().map(|w| w.units).sum::<i64>() + space * (ws.len() as i64 - 1).max(0);
            if let Some(n) = natural.get_mut(i) {
                *n = (*n).max(u);
            }
        }
        Ok(())
    };
    measure(&t.head, false, true)?;
    for r in &t.rows {
        measure(r, false, false)?;
    }
    for r in &t.foot {
        measure(r, true, false)?;
    }
    let gaps = CELL_GAP * (ncol as i64 - 1).max(0);
    let avail = RIGHT - LEFT - gaps;
    let total: i64 = natural.iter().sum();
    // The largest size from 8.5 pt down to 7 pt at which every column fits on one line;
    // below that, left-aligned columns wrap.
    let mut size = TABLE_SIZE;
    while size > TABLE_MIN_SIZE && scaled(total, size) > avail {
        size -= 250;
    }
    let mut widths: Vec<i64> = natural.iter().map(|&u| scaled(u, size) + 1).collect();
    if scaled(total, size) > avail {
        let right_sum: i64 = widths
            .iter()
            .zip(&t.right)
            .filter(|(_, r)| **r)
            .map(|(w, _)| *w)
            .sum();
        let left_sum: i64 = widths
            .iter()
            .zip(&t.right)
            .filter(|(_, r)| !**r)
            .map(|(w, _)| *w)
            .sum::<i64>()
            .max(1);
        let left_avail = (avail - right_sum).max(avail / 4);
        for (w, r) in widths.iter_mut().zip(&t.right) {
            if !*r {
                *w = (*w * left_avail / left_sum).max(1);
            }
        }
    }
    let leading = size * 13 / 10;
    let cells =
        |row: &[String], bold_first: bool, all_bold: bool| -> crate::Result<Vec<Vec<Line>>> {
            let mut out = Vec::with_capacity(ncol);
            for (i, w) in widths.iter().enumerate() {
                let text = row.get(i).map(String::as_str).unwrap_or("");
                let ws = cell_words(text, all_bold || (bold_first && i == 0))?;
                let mut lines = break_words(ws, size, *w, false);
                for l in &mut lines {
                    l.last = true;
                }
                out.push(lines);
            }
            Ok(out)
        };
    let head = cells(&t.head, false, true)?;
    let mut rows = Vec::with_capacity(t.rows.len());
    for r in &t.rows {
        rows.push(cells(r, false, false)?);
    }
    let mut foot = Vec::with_capacity(t.foot.len());
    for r in &t.foot {
        foot.push(cells(r, true, false)?);
    }
    Ok(TableLayout {
        size,
        leading,
        widths,
        right: t.right.clone(),
        head,
        rows,
        foot,
    })
}

fn row_height(row: &[Vec<Line>], leading: i64) -> i64 {
    row.iter().map(|c| c.len() as i64).max().unwrap_or(1).max(1) * leading
}

fn draw_row(flow: &mut Flow, t: &TableLayout, row: &[Vec<Line>]) -> crate::Result<()> {
    let style = Style {
        size: t.size,
        leading: t.leading,
    };
    let top = flow.y;
    let mut x = LEFT;
    for (i, lines) in row.iter().enumerate() {
        let w = t.widths.get(i).copied().unwrap_or(0);
        flow.y = top;
        for l in lines {
            let lx = if t.right.get(i).copied().unwrap_or(false) {
                x + w - scaled(l.units, t.size)
            } else {
                x
            };
            flow.draw(l, lx, None, style)?;
        }
        x += w + CELL_GAP;
    }
    flow.y = top - row_height(row, t.leading);
    Ok(())
}

fn table_width(t: &TableLayout) -> i64 {
    t.widths.iter().sum::<i64>() + CELL_GAP * (t.widths.len() as i64 - 1).max(0)
}

/// Height a block needs at least at the bottom of a page to start there (a paragraph's
/// first two lines, a table's header and first row).
fn min_start(block: &Prepared) -> i64 {
    match block {
        Prepared::Para(lines) => lines.len().min(2) as i64 * BODY.leading,
        Prepared::Table(t) => {
            row_height(&t.head, t.leading)
                + t.rows.first().map_or(0, |r| row_height(r, t.leading))
                + 2_000
        }
    }
}

enum Prepared {
    Para(Vec<Line>),
    Table(TableLayout),
}

fn ends_with_colon(p: &Prepared) -> bool {
    match p {
        Prepared::Para(lines) => lines.last().is_some_and(|l| {
            l.segs
                .last()
                .and_then(|s| s.codes.last())
                .is_some_and(|&c| c == b':')
        }),
        Prepared::Table(_) => false,
    }
}

fn place_para(flow: &mut Flow, lines: &[Line], keep_next: i64) -> crate::Result<()> {
    let n = lines.len() as i64;
    let fits = (flow.room() / BODY.leading).max(0);
    let mut start = 0usize;
    if n + (keep_next + BODY.leading - 1) / BODY.leading > fits && !flow.at_top() {
        // Split with at least two lines on each side, else move the paragraph.
        let split = if keep_next == 0 && n >= 4 && fits >= 2 {
            let k = fits.min(n - 2);
            (k >= 2).then_some(k)
        } else {
            None
        };
        if let Some(k) = split {
            for l in lines.iter().take(k as usize) {
                flow.draw(l, LEFT, Some(RIGHT - LEFT), BODY)?;
            }
            start = k as usize;
        }
        flow.new_page()?;
    }
    for l in lines.iter().skip(start) {
        if flow.room() < BODY.leading {
            flow.new_page()?;
        }
        flow.draw(l, LEFT, Some(RIGHT - LEFT), BODY)?;
    }
    Ok(())
}

fn place_table(flow: &mut Flow, t: &TableLayout) -> crate::Result<()> {
    let head_h = row_height(&t.head, t.leading);
    let first_h = t.rows.first().map_or(0, |r| row_height(r, t.leading));
    if flow.room() < head_h + first_h + 2_000 && !flow.at_top() {
        flow.new_page()?;
    }
    let right = LEFT + table_width(t);
    draw_row(flow, t, &t.head)?;
    let y = flow.y + t.leading / 5;
    rule(flow.page()?, LEFT, right, y);
    flow.y -= 2_000;
    for r in &t.rows {
        if flow.room() < row_height(r, t.leading) {
            flow.new_page()?;
        }
        draw_row(flow, t, r)?;
    }
    if !t.foot.is_empty() {
        let foot_h: i64 = t.foot.iter().map(|r| row_height(r, t.leading)).sum();
        if flow.room() < foot_h + 2_000 {
            flow.new_page()?;
        }
        flow.y -= 1_000;
        let y = flow.y;
        rule(flow.page()?, LEFT, right, y);
        flow.y -= 1_000;
        for r in &t.foot {
            draw_row(flow, t, r)?;
        }
    }
    Ok(())
}

/// Lays the letter out; the pages' content streams.
pub(crate) fn layout(letter: &Letter) -> crate::Result<Vec<Page>> {
    let mut flow = Flow {
        pages: Vec::new(),
        y: TOP,
    };
    flow.page()?;
    if letter.is_letter {
        // Sender block.
        flow.y = PAGE_H - mm(15);
        let sender = plain_lines(&letter.sender, true, SMALL.size, COLUMN_X - LEFT - mm(5))?;
        for (i, l) in sender.iter().enumerate() {
            let style = if i == 0 { BODY } else { SMALL };
            flow.draw(l, LEFT, None, style)?;
        }
        // Recipient block in the envelope window, below the sender block if that is longer
        // (the lines of the two must not share a height, or text extraction interleaves them).
        flow.y = (PAGE_H - mm(50)).min(flow.y - 6_000);
        let recipient_style = Style {
            size: BODY.size,
            leading: 12_000,
        };
        for l in plain_lines(&letter.recipient, false, BODY.size, COLUMN_W)? {
            flow.draw(&l, COLUMN_X, None, recipient_style)?;
        }
        flow.y = (PAGE_H - mm(97)).min(flow.y - 12_000);
        for l in plain_lines(&letter.place_date, false, BODY.size, COLUMN_W)? {
            flow.draw(&l, COLUMN_X, None, BODY)?;
        }
        flow.y -= 18_000;
        for p in &letter.header {
            for l in lines_of(p, BODY.size, RIGHT - LEFT, false)? {
                flow.draw(&l, LEFT, None, BODY)?;
            }
        }
        flow.y -= 14_000;
    }
    let mut blocks = Vec::with_capacity(letter.body.len());
    for b in &letter.body {
        blocks.push(match b {
            Block::Para(p) => {
                let mut lines = lines_of(p, BODY.size, RIGHT - LEFT, true)?;
                // A paragraph of several `<br>` lines is a list or a block (IBAN and BIC, the
                // bordereau): ragged, as a typesetter sets lists; prose is justified.
                if p.len() > 1 {
                    for l in &mut lines {
                        l.last = true;
                    }
                }
                Prepared::Para(lines)
            }
            Block::Table(t) => Prepared::Table(measure_table(t)?),
        });
    }
    let signature = plain_lines(&letter.signature, false, BODY.size, RIGHT - COLUMN_X)?;
    let sign_h = if signature.is_empty() {
        0
    } else {
        12_000 + signature.len() as i64 * BODY.leading + SIGN_ROOM
    };
    let count = blocks.len();
    for (i, block) in blocks.iter().enumerate() {
        let is_last = i + 1 == count;
        match block {
            Prepared::Para(lines) => {
                let keep = if is_last {
                    sign_h
                } else if ends_with_colon(block) {
                    blocks.get(i + 1).map_or(0, min_start)
                } else {
                    0
                };
                // The closing paragraph is kept whole with the signature.
                if is_last && !flow.at_top() {
                    let need = lines.len() as i64 * BODY.leading + sign_h;
                    if flow.room() < need {
                        flow.new_page()?;
                    }
                    place_para(&mut flow, lines, 0)?;
                } else {
                    place_para(&mut flow, lines, keep)?;
                }
            }
            Prepared::Table(t) => place_table(&mut flow, t)?,
        }
        flow.y -= PARA_GAP;
    }
    if !signature.is_empty() {
        if flow.room() < sign_h - SIGN_ROOM {
            flow.new_page()?;
        }
        flow.y -= 12_000 - PARA_GAP;
        for l in &signature {
            flow.draw(l, COLUMN_X, None, BODY)?;
        }
    }
    // Page numbers.
    let total = flow.pages.len();
    if total > 1 {
        for (i, page) in flow.pages.iter_mut().enumerate() {
            let label = format!("{}/{total}", i + 1);
            let mut w = Word::default();
            for b in label.bytes() {
                w.push(Face::Regular, b);
            }
            let x = RIGHT - scaled(w.units, 8_000);
            text(page, x, mm(10), 8_000, 0, &w.segs);
        }
    }
    Ok(flow.pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> Vec<Run> {
        vec![Run {
            text: s.to_owned(),
            bold: false,
        }]
    }

    fn decode(l: &Line) -> String {
        l.segs
            .iter()
            .flat_map(|s| s.codes.iter())
            .map(|&c| super::super::font::unicode(c).unwrap_or('?'))
            .collect()
    }

    #[test]
    fn no_line_starts_with_a_colon_or_euro_even_with_plain_spaces() {
        let text = "Montant dû : 1 250,00 € ; « voir » (ci-après) fin.";
        let ws = words(&run(text)).unwrap();
        // At the widest word's width nearly every break opportunity is taken: none is
        // before : € ; » ) . nor after « (.
        let max = ws.iter().map(|w| scaled(w.units, 10_000)).max().unwrap();
        let texts: Vec<String> = break_words(ws, 10_000, max, false)
            .iter()
            .map(decode)
            .collect();
        assert!(texts.len() >= 5, "{texts:?}");
        for t in &texts {
            assert!(!t.starts_with([':', '€', ';', '»', ')', '.']), "{texts:?}");
            assert!(!t.ends_with(['«', '(']), "{texts:?}");
        }
        assert!(texts.iter().any(|t| t.contains("dû :")), "{texts:?}");
        assert_eq!(texts.join(" "), text);
    }

    #[test]
    fn no_break_spaces_never_break() {
        let text = "1\u{202f}250,00\u{a0}€ le 3\u{a0}décembre";
        let ws = words(&run(text)).unwrap();
        assert_eq!(ws.len(), 3);
        let max = ws.iter().map(|w| scaled(w.units, 10_000)).max().unwrap();
        let texts: Vec<String> = break_words(ws, 10_000, max, false)
            .iter()
            .map(decode)
            .collect();
        assert!(texts.len() >= 2, "{texts:?}");
        for t in &texts {
            assert!(
                !t.starts_with(['2', '€', 'd', '\u{a0}', '\u{202f}']),
                "{texts:?}"
            );
        }
        assert_eq!(texts.join(" "), text);
    }

    #[test]
    fn greedy_lines_fit_and_keep_every_word() {
        let text = "Nous vous prions de bien vouloir procéder au règlement de la somme due dans les meilleurs délais, faute de quoi nous serons contraints d'engager une procédure.";
        let lines = break_words(words(&run(text)).unwrap(), 10_000, 200_000, false);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(scaled(l.units, 10_000) <= 200_000);
        }
        let joined: Vec<String> = lines.iter().map(decode).collect();
        assert_eq!(joined.join(" "), text);
        assert!(lines.last().unwrap().last);
        assert!(!lines[0].last);
    }

    #[test]
    fn list_items_hang() {
        let lines = break_words(words(&run("- facture n° F-1 du 15 septembre 2026, d'un montant de 1 250,00 €, échue le 15 octobre 2026")).unwrap(), 10_000, 150_000, true);
        assert!(lines.len() > 1);
        assert_eq!(lines[0].indent, 0);
        assert!(lines[1].indent > 0);
    }

    #[test]
    fn an_overlong_word_is_cut_not_lost() {
        let url = "https://pay.example.fr/".to_owned() + &"x".repeat(200);
        let lines = break_words(words(&run(&url)).unwrap(), 10_000, 100_000, false);
        assert!(lines.len() > 1);
        assert_eq!(lines.iter().map(decode).collect::<String>(), url);
        for l in &lines {
            assert!(scaled(l.units, 10_000) <= 100_000);
        }
    }

    #[test]
    fn unsupported_characters_are_errors() {
        let e = words(&run("Société 中国")).unwrap_err();
        assert_eq!(e.code(), "unsupported-character");
        assert!(e.message().contains("U+4E2D"), "{}", e.message());
    }
}
