// CSV in and out, the way French accounting software writes it: ";" separators, a decimal
// comma, "1 234,56" with a space or a no-break space between thousands, dates JJ/MM/AAAA,
// quoted fields, a UTF-8 byte-order mark, or Windows-1252 (ANSI) text. Pure functions: no DOM.

/** A file's bytes as text: UTF-8 (BOM dropped) when valid, else Windows-1252. */
export function decodeBytes(bytes) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, ""), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "Windows-1252" };
  }
}

/** The separator of the header line: the most frequent of ; , tab outside quotes. */
export function detectSeparator(text) {
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c in counts) counts[c]++;
  }
  return Object.entries(counts).reduce((best, e) => (e[1] > best[1] ? e : best), [",", 0])[0];
}

/**
 * Splits CSV text into records { line, fields } (line: where the record starts, counted from
 * 1, so errors can name it). RFC 4180 quoting: "a;b", "say ""hi""", newlines inside quotes.
 * Blank records are dropped.
 */
export function parseCsv(text, sep = detectSeparator(text)) {
  text = text.replace(/^\ufeff/, "");
  const records = [];
  let fields = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === sep) {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = "";
      line++;
      start = line;
    } else field += c;
  }
  if (field !== "" || fields.length) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return { sep, records: records.filter((r) => r.fields.some((f) => f.trim() !== "")) };
}

const SPACES = /[\s\u00a0\u202f'’]/g; // thousands separators: space, NBSP, narrow NBSP, apostrophe

/**
 * The decimal mark most amounts of a column use: "," when more values end in ",dd" than in
 * ".dd", "." for the reverse, and on a tie the convention of the separator (";" files are
 * French: comma).
 */
export function detectDecimalMark(values, sep) {
  let comma = 0;
  let point = 0;
  for (const v of values) {
    const s = v.replace(SPACES, "");
    if (/,\d{1,2}$/.test(s)) comma++;
    else if (/\.\d{1,2}$/.test(s)) point++;
  }
  if (comma !== point) return comma > point ? "," : ".";
  return sep === ";" ? "," : ".";
}

/**
 * An amount as written in a spreadsheet → relance's decimal string ("1234.56"), or null.
 * "1 234,56", "1.234,56", "1,234.56", "1234.5", "1 234 €" are read; with a single mark
 * followed by three digits ("1.234"), the file's decimal mark decides: the other mark is a
 * thousands separator. A negative amount (a credit note) is refused.
 */
export function parseAmount(raw, decimalMark = ",") {
  const s = raw.replace(/€|EUR/gi, "").replace(SPACES, "");
  if (/^\d+$/.test(s)) return s;
  const m = /^(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const [, whole, group, mark, cents] = m;
  if (group && mark && group === mark) {
    // "1,234,56": the same mark for thousands and decimals cannot be read.
    return null;
  }
  if (group && !mark) {
    // "1.234" or "1,234,567": thousands only when the mark is not the file's decimal mark
    // (in a French file "1,234" is one euro and 234 thousandths: refused, not guessed).
    if (group === decimalMark && !/^\d{1,3}([.,]\d{3}){2,}$/.test(s)) return null;
  }
  const digits = group ? whole.split(group).join("") : whole;
  return cents === undefined ? digits : `${digits}.${cents}`;
}

/** "2026-03-01" or the French "01/03/2026" (also 01.03.2026, 01-03-2026) → ISO, or null. */
export function parseDate(raw) {
  const s = raw.trim();
  let iso = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) iso = s;
  else {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (m) iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  }
  if (!iso) return null;
  const [y, mo, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * The payments column: "date:amount" pairs separated by "|", for example
 * "2026-03-01:250.00|15/04/2026:100,50". Returns { payments } or { error: the bad part }.
 */
export function parsePayments(raw, decimalMark) {
  const payments = [];
  for (const part of raw.split("|")) {
    const p = part.trim();
    if (!p) continue;
    const i = p.indexOf(":");
    const date = i < 0 ? null : parseDate(p.slice(0, i));
    const amount = i < 0 ? null : parseAmount(p.slice(i + 1), decimalMark);
    if (!date || !amount) return { error: p };
    payments.push({ date, amount });
  }
  return { payments };
}

/** Lower case, no accents, letters and digits only: "Date d'échéance" → "datedecheance". */
export const headerKey = (h) =>
  h
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

// ---- writing ----

function csvCell(value, sep) {
  const s = String(value);
  return /["\n\r]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function csvLine(cells, sep) {
  return cells.map((c) => csvCell(c, sep)).join(sep);
}
/** A file Excel opens right: BOM (so UTF-8 is recognised) and CRLF line ends. */
export const csvFile = (lines) => "\ufeff" + lines.join("\r\n") + "\r\n";
