// relance/pdf on the installed package, checked by independent readers: every case of
// tests/data/pdf/cases.json (each letter kind × language × channel that makes a document)
// becomes a PDF through renderPdf in Node, then
//   - qpdf --check validates its structure;
//   - pdftotext (poppler) gives back every word of renderLetter's `text`, in order: the
//     comparison ignores layout only (line breaks and runs of spaces, the table rules the
//     plain text draws with "-", the page numbers "1/2"), and poppler writes U+00A0 and U+202F
//     as plain spaces, so they count as spaces there;
//   - pdfminer (a second extractor, python3-pdfminer) gives back every character exactly,
//     the no-break spaces U+00A0 and U+202F included: the text without its ASCII white space
//     equals the PDF's;
//   - page 1 of each postal letter is rendered at 60 dpi (pdftoppm -gray) into
//     tests/data/pdf/pages/<case>.png, kept in the repository for review;
//   - the same input gives the same bytes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pdf from "relance/pdf";
import { renderLetter } from "relance/letters";
import * as core from "relance";

const { renderPdf, layoutPdf } = pdf;
const DATA = fileURLToPath(new URL("../data/pdf/", import.meta.url));
// Every case, the court steps included (the letters module is built with `court-steps`).
const CASES = JSON.parse(readFileSync(join(DATA, "cases.json"), "utf8")).cases;
const PAGES = join(DATA, "pages");
const work = mkdtempSync(join(tmpdir(), "relance-pdf-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

// Debian's python3-pdfminer is installed for Debian's python3, which a pyenv or venv python3
// first on PATH does not see.
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20 });

/** The words of a text as poppler writes them: layout removed, no-break spaces as spaces. */
function popplerWords(text) {
  return text
    .split("\n")
    .filter((l) => !/^\s*-{3,}\s*$/.test(l)) // the plain text's table rules
    .filter((l) => !/^\s*\d+\/\d+\s*$/.test(l)) // page numbers
    .join("\n")
    .replace(/[\u00a0\u202f]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/** Every character but ASCII white space (and the table rules). */
function exactChars(text) {
  return text
    .split("\n")
    .filter((l) => !/^\s*-{3,}\s*$/.test(l))
    .filter((l) => !/^\s*\d+\/\d+\s*$/.test(l))
    .join("")
    .replace(/[ \t\r\n\f]/g, "");
}

// The characters in content-stream order (no layout analysis, which moved a line-final "€"
// of the 9 pt sender block elsewhere), without the page numbers of the bottom margin.
const PDFMINER = `
import sys, json
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfinterp import PDFResourceManager, PDFPageInterpreter
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar
texts = []
for name in sys.argv[1:]:
  rm = PDFResourceManager()
  dev = PDFPageAggregator(rm, laparams=None)
  interp = PDFPageInterpreter(rm, dev)
  chars = []
  with open(name, "rb") as f:
      for page in PDFPage.get_pages(f):
          interp.process_page(page)
          chars += [o.get_text() for o in dev.get_result() if isinstance(o, LTChar) and o.y0 > 40]
  texts.append("".join(chars))
print(json.dumps(texts))
`;

const files = [];
test("relance/pdf is its own module and initialises in Node on import", () => {
  assert.ok(import.meta.resolve("relance/pdf").endsWith("/node_modules/relance/pdf-node.js"));
  assert.equal(pdf.version(), core.version());
  assert.equal(pdf.renderLetter, undefined);
  assert.equal(typeof pdf.default, "function");
});

test(`${CASES.length} letters make valid PDFs that extract to their text`, () => {
  assert.ok(CASES.length >= 40, `${CASES.length} cases`);
  // Written afresh each run, so a case that is gone leaves no image behind.
  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(PAGES, { recursive: true });
  for (const { name, input } of CASES) {
    const bytes = renderPdf(input);
    assert.ok(bytes instanceof Uint8Array, name);
    assert.deepEqual(renderPdf(input), bytes, `${name}: not deterministic`);
    const file = join(work, `${name}.pdf`);
    writeFileSync(file, bytes);
    files.push(file);
    const check = run("qpdf", ["--check", file]);
    assert.match(check, /No syntax or stream encoding errors found/, `${name}: ${check}`);
    const letter = renderLetter(input);
    const extracted = run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]);
    const want = popplerWords(letter.text);
    const got = popplerWords(extracted);
    const at = want.findIndex((w, i) => got[i] !== w);
    assert.equal(at === -1 && got.length === want.length, true,
      `${name}: pdftotext differs at word ${at}: want ${JSON.stringify(want.slice(at, at + 6))}, got ${JSON.stringify(got.slice(at, at + 6))}`);
    // The typesetter's rules, seen by the reader: no line starts with : ; ! ? » or €.
    const bad = extracted.split("\n").map((l) => l.trim()).filter((l) => /^[:;!?»€]/.test(l));
    assert.deepEqual(bad, [], `${name}: lines starting with a forbidden character`);
    const info = run("pdfinfo", [file]);
    assert.match(info, new RegExp(`Title: +${letter.subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), name);
    assert.match(info, new RegExp(`Author: +${input.creditor.name}`), name);
    const [y, m, d] = input.asOf.split("-");
    assert.match(info, new RegExp(`CreationDate: +\\w+ \\w+ +${Number(d)} 00:00:00 ${y}`), `${name}: ${info}`);
    assert.match(info, /Page size: +595\.276 x 841\.89 pts \(A4\)/, name);
    // Page 1 of each postal letter for review (60 dpi, grey levels: about 70 KB each; the
    // e-mail forms are the same body without the letter frame).
    if (input.channel === "letter") run("pdftoppm", ["-png", "-gray", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, join(PAGES, name)]);
  }
});

test("every character extracts exactly, no-break spaces included (pdfminer)", () => {
  assert.equal(files.length, CASES.length, "the previous test wrote the files");

  const texts = JSON.parse(execFileSync(PYTHON, ["-c", PDFMINER, ...files], { encoding: "utf8", maxBuffer: 64 << 20 }));
  let nbsp = 0;
  let nnbsp = 0;
  CASES.forEach(({ name, input }, i) => {
    const want = exactChars(renderLetter(input).text);
    const got = exactChars(texts[i]);
    nbsp += [...want].filter((c) => c === "\u00a0").length;
    nnbsp += [...want].filter((c) => c === "\u202f").length;
    if (got !== want) {
      const at = [...want].findIndex((c, k) => [...got][k] !== c);
      assert.fail(`${name}: character ${at} differs: want ${JSON.stringify(want.slice(at - 20, at + 20))}, got ${JSON.stringify(got.slice(at - 20, at + 20))}`);
    }
  });
  // The French letters are full of both; the check is not vacuous.
  assert.ok(nbsp > 500 && nnbsp > 100, `${nbsp} U+00A0, ${nnbsp} U+202F`);
});

test("a fault in the font encoding is caught by the extraction check", () => {
  // The same PDF with its ToUnicode entry for U+202F turned into a plain space (same length,
  // so the file stays valid): what a wrong encoding would give. The exact check must see it.
  const { input } = CASES.find((c) => c.name === "fr-b2b-formal-notice-letter");
  const good = renderPdf(input);
  const latin1 = Buffer.from(good).toString("latin1");
  assert.ok(latin1.includes("<81> <202F>"), "the CMap maps 0x81 to U+202F");
  const file = join(work, "fault.pdf");
  writeFileSync(file, Buffer.from(latin1.replace("<81> <202F>", "<81> <0020>"), "latin1"));
  assert.match(run("qpdf", ["--check", file]), /No syntax or stream encoding errors found/);
  const got = JSON.parse(execFileSync(PYTHON, ["-c", PDFMINER, file], { encoding: "utf8" }))[0];
  const want = exactChars(renderLetter(input).text);
  assert.notEqual(exactChars(got), want);
  assert.equal(exactChars(got), want.replace(/\u202f/g, ""));
});

test("errors are RelanceErrors: SMS, a character the fonts lack, bad HTML", () => {
  const { input } = CASES[0];
  const err = (f) => {
    try {
      f();
    } catch (e) {
      assert.equal(e.name, "RelanceError");
      return e;
    }
    assert.fail("no error");
  };
  let e = err(() => renderPdf({ ...input, channel: "sms" }));
  assert.equal(e.code, "inconsistent-input");
  assert.equal(e.field, "channel");
  e = err(() => renderPdf({ ...input, debtor: { ...input.debtor, name: "北京公司" } }));
  assert.equal(e.code, "unsupported-character");
  assert.match(e.message, /U\+5317/);
  e = err(() => layoutPdf({ html: "<div>", title: "x", date: "2026-11-22" }));
  assert.equal(e.code, "inconsistent-input");
  assert.equal(e.field, "html");
  e = err(() => layoutPdf({ html: "<article></article>", title: "x", date: "2026-13-01" }));
  assert.equal(e.code, "invalid-date");
  e = err(() => layoutPdf({ html: "<article></article>", title: "x", date: "2026-11-22", colour: "red" }));
  assert.equal(e.code, "unknown-field");
  // English errors when asked.
  e = err(() => renderPdf({ ...input, lang: "en", debtor: { ...input.debtor, name: "北京" } }));
  assert.match(e.message, /has no glyph/);
});
