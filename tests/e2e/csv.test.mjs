// www/csv.js on its own, in Node (it has no DOM): the French spreadsheet conventions the
// portfolio reads, value by value. The browser tests cover the same code through the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseCsv, detectSeparator, detectDecimalMark, parseAmount, parseDate, parsePayments, headerKey, decodeBytes } from "../../www/csv.js";

test("csv: amounts as French and English spreadsheets write them", () => {
  const cases = [
    ["1 234,56", ",", "1234.56"],
    ["1\u00a0234,56", ",", "1234.56"],
    ["1\u202f234,56 €", ",", "1234.56"],
    ["1.234,56", ",", "1234.56"],
    ["1,234.56", ".", "1234.56"],
    ["1234.5", ".", "1234.5"],
    ["12,5", ",", "12.5"],
    ["1.234", ",", "1234"], // the other mark with three digits: thousands
    ["1 234 567", ",", "1234567"],
    ["100", ",", "100"],
    ["1,234", ",", null], // one euro and 234 thousandths, or 1 234 €: refused, not guessed
    ["1.234", ".", null],
    ["1234.567", ".", null],
    ["1,234,56", ",", null],
    ["-5,00", ",", null], // a credit note
    ["", ",", null],
    ["abc", ",", null],
  ];
  for (const [raw, mark, expected] of cases) assert.equal(parseAmount(raw, mark), expected, `${JSON.stringify(raw)} with ${mark}`);
});

test("csv: the decimal mark of a column, and the separator of a file", () => {
  assert.equal(detectDecimalMark(["1 200,00", "300,5", "12"], ";"), ",");
  assert.equal(detectDecimalMark(["1,200.00", "300.50"], ","), ".");
  assert.equal(detectDecimalMark(["100", "200"], ";"), ",");
  assert.equal(detectDecimalMark(["100", "200"], ","), ".");
  assert.equal(detectSeparator("a;b;c\n1,5;2,5;3\n"), ";");
  assert.equal(detectSeparator('"x;y",b,c\n'), ",");
  assert.equal(detectSeparator("a\tb\tc\n"), "\t");
});

test("csv: dates ISO or French, real days only", () => {
  assert.equal(parseDate("2026-03-01"), "2026-03-01");
  assert.equal(parseDate("01/03/2026"), "2026-03-01");
  assert.equal(parseDate("1/3/2026"), "2026-03-01");
  assert.equal(parseDate("01.03.2026"), "2026-03-01");
  assert.equal(parseDate("31/11/2026"), null);
  assert.equal(parseDate("29/02/2026"), null);
  assert.equal(parseDate("29/02/2028"), "2028-02-29");
  assert.equal(parseDate("2026-13-01"), null);
  assert.equal(parseDate("03/01/26"), null);
});

test("csv: the payments column", () => {
  assert.deepEqual(parsePayments("2026-03-01:250.00|15/04/2026:100,50", ","), { payments: [{ date: "2026-03-01", amount: "250.00" }, { date: "2026-04-15", amount: "100.50" }] });
  assert.deepEqual(parsePayments(" 2026-03-01 : 1 000,00 | ", ","), { payments: [{ date: "2026-03-01", amount: "1000.00" }] });
  assert.deepEqual(parsePayments("2026-02-30:10", ","), { error: "2026-02-30:10" });
  assert.deepEqual(parsePayments("2026-03-01=10", ","), { error: "2026-03-01=10" });
});

test("csv: records, quotes, line numbers, BOM, encodings, headers", () => {
  const { sep, records } = parseCsv('\ufeffa;b\r\n"x;y";"say ""hi"""\r\n\r\n"two\nlines";z\n');
  assert.equal(sep, ";");
  assert.deepEqual(records, [
    { line: 1, fields: ["a", "b"] },
    { line: 2, fields: ["x;y", 'say "hi"'] },
    { line: 4, fields: ["two\nlines", "z"] },
  ]);
  assert.deepEqual(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa9])), { text: "é", encoding: "UTF-8" });
  // Not UTF-8: read as Windows-1252 (0x80–0x9F, € and ’, are checked in the browser: Node's
  // decoder reads them as Latin-1 where browsers follow the WHATWG table).
  assert.deepEqual(decodeBytes(new Uint8Array([0x45, 0xe9, 0x20])), { text: "Eé ", encoding: "Windows-1252" });
  assert.equal(headerKey("Date d’échéance"), "datedecheance");
  assert.equal(headerKey("N° facture"), "nfacture");
});
