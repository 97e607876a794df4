// The portfolio panel (Portefeuille): a CSV of open invoices, as French accounting software
// exports it, read in the browser → agedBalance (balance âgée by bucket and by client, the
// chart, concentration warnings, the next action per client) → "follow up this client" loads
// that client's invoices into the planner and the letters. Thousands of rows are read in
// slices that yield to the event loop, with a progress bar when it takes more than a second.
import { $, el, cell, row, svg, code, download, fromLibrary, yieldToEventLoop } from "../dom.js";
import { t, tParts, getLang } from "../lang.js";
import { STATUS_TEXT, STEP_TEXT } from "../i18n.js";
import { formatMoney, formatPercent, formatDate, formatNumber, todayIso } from "../format.js";
import { parseCsv, detectDecimalMark, parseAmount, parseDate, parsePayments, headerKey, decodeBytes, csvLine, csvFile } from "../csv.js";
import { agedBalance, loadModule } from "../lib.js";
import { hooks } from "../state.js";
import { renderWarnings } from "../warnings.js";
import { channelsText } from "./planner.js";
import { csvNumber } from "./statement.js";
import { isEinvoiceFile, addEinvoicesToPortfolio } from "./einvoice.js";

// Column → the headers it is recognised by (compared lower case, without accents or
// punctuation), relance's own name first, then what French accounting exports call it.
const COLUMNS = {
  id: ["id", "identifiant", "idfacture", "reference", "ref"],
  number: ["number", "numero", "numerofacture", "nfacture", "nofacture", "facture", "piece", "numeropiece"],
  debtorId: ["debtorid", "codeclient", "idclient", "compteclient", "comptetiers", "tiers"],
  debtorName: ["debtorname", "client", "nomclient", "raisonsociale", "nom"],
  debtorKind: ["debtorkind", "typeclient", "typedebiteur", "type"],
  regime: ["regime"],
  issueDate: ["issuedate", "datefacture", "dateemission", "datepiece", "date"],
  dueDate: ["duedate", "echeance", "dateecheance", "datedecheance"],
  amount: ["amount", "montant", "montantttc", "ttc", "solde", "resteadu"],
  payments: ["payments", "paiements", "reglements", "encaissements"],
  contractRate: ["contractrate", "tauxpenalites", "taux"],
};
const KINDS = { business: "business", professionnel: "business", entreprise: "business", pro: "business", b2b: "business", consumer: "consumer", particulier: "consumer", consommateur: "consumer", b2c: "consumer", public: "public", acheteurpublic: "public", administration: "public", collectivite: "public" };
const REGIMES = { frb2b: "fr-b2b", frb2c: "fr-b2c", frpublic: "fr-public" };
const REGIME_OF_KIND = { business: "fr-b2b", consumer: "fr-b2c", public: "fr-public" };
const KIND_OF_REGIME = { "fr-b2b": "business", "fr-b2c": "consumer", "fr-public": "public" };
/** Work done between two yields to the event loop, in ms: the page answers within a frame or so. */
const SLICE_MS = 12;
/** A progress bar appears when an import takes longer than this. */
const PROGRESS_AFTER_MS = 1000;
/** Errors listed one by one; beyond, a count (a broken 5 000-row file must not flood the page). */
const MAX_ERRORS_SHOWN = 100;

let lastPortfolio = null; // { result, invoices, count, errors, ms, info }
let generation = 0; // a newer import cancels the one under way

/** A reason to leave out a line: { line, problems: [[i18n key, values]] }. */
const err = (line, key, vars) => ({ line, problems: [[key, vars]] });

// ---- agedBalance in a worker (portfolio-worker.js), or here when workers are unavailable ----

let worker = null; // null: not started; false: failed, call on the main thread
const pending = new Map();
let nextId = 0;
function startWorker() {
  const w = new Worker(new URL("../portfolio-worker.js", import.meta.url), { type: "module" });
  w.onmessage = ({ data }) => {
    const p = pending.get(data.id);
    pending.delete(data.id);
    if (data.error) p.reject(Object.assign(new Error(data.error.message), data.error));
    else p.resolve(data.result);
  };
  w.onerror = (e) => {
    // The worker could not start (or died): the calls under way are retried on the main thread.
    e.preventDefault();
    worker = false;
    for (const p of pending.values()) agedBalance(p.input).then(p.resolve, p.reject);
    pending.clear();
  };
  return w;
}
function balance(input) {
  if (worker === null) worker = typeof Worker === "function" ? startWorker() : false;
  if (!worker) return agedBalance(input);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, input });
    worker.postMessage({ id, lang: getLang(), input });
  });
}

/** CSV text → { invoices, lines (line of each invoice), errors [{ line, key, vars }], info }, in slices. */
async function readPortfolio(text, progress, isCurrent) {
  const { sep, records } = parseCsv(text);
  const errors = [];
  if (records.length === 0) return { invoices: [], lines: [], errors: [err(1, "pfNoRows")], info: null };
  const header = records[0].fields.map((h) => h.trim());
  const keys = header.map(headerKey);
  const index = {};
  for (const [col, names] of Object.entries(COLUMNS)) {
    // relance's own name wins, then the aliases in order ("date" only when nothing better).
    for (const name of names) {
      const i = keys.indexOf(name);
      if (i >= 0 && !Object.values(index).includes(i)) {
        index[col] = i;
        break;
      }
    }
  }
  const missing = [];
  if (index.id === undefined && index.number === undefined) missing.push("id / number");
  if (index.debtorId === undefined && index.debtorName === undefined) missing.push("debtorId / debtorName");
  for (const c of ["dueDate", "amount"]) if (index[c] === undefined) missing.push(c);
  if (missing.length) return { invoices: [], lines: [], errors: [err(records[0].line, "pfColumns", { cols: missing })], info: null };
  const decimalMark = detectDecimalMark(records.slice(1, 2001).map((r) => r.fields[index.amount] ?? ""), sep);
  const name = (c) => header[index[c]];
  const invoices = [];
  const lines = [];
  const seen = new Map();
  let sliceStart = performance.now();
  for (let k = 1; k < records.length; k++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      progress("pfReading", k, records.length);
      await yieldToEventLoop();
      if (!isCurrent()) return null;
      sliceStart = performance.now();
    }
    const rec = records[k];
    const get = (c) => (index[c] === undefined ? "" : (rec.fields[index[c]] ?? "").trim());
    const problems = [];
    if (rec.fields.length !== header.length) problems.push(["pfFieldCount", { n: rec.fields.length, m: header.length }]);
    const id = get("id") || get("number");
    const debtorId = get("debtorId") || get("debtorName");
    if (!id) problems.push(["pfMissing", { c: name(index.id !== undefined ? "id" : "number") }]);
    if (!debtorId) problems.push(["pfMissing", { c: name(index.debtorId !== undefined ? "debtorId" : "debtorName") }]);
    for (const c of ["dueDate", "amount"]) if (!get(c)) problems.push(["pfMissing", { c: name(c) }]);
    const dates = {};
    for (const c of ["dueDate", "issueDate"]) {
      if (!get(c)) continue;
      dates[c] = parseDate(get(c));
      if (!dates[c]) problems.push(["pfBadDate", { v: get(c), c: name(c) }]);
    }
    const amount = get("amount") ? parseAmount(get("amount"), decimalMark) : null;
    if (get("amount") && !amount) problems.push(["pfBadAmount", { v: get("amount") }]);
    let payments = [];
    if (get("payments")) {
      const p = parsePayments(get("payments"), decimalMark);
      if (p.error) problems.push(["pfBadPayment", { v: p.error, c: name("payments") }]);
      else payments = p.payments;
    }
    let kind = get("debtorKind") ? KINDS[headerKey(get("debtorKind"))] : undefined;
    if (get("debtorKind") && !kind) problems.push(["pfBadEnum", { v: get("debtorKind"), c: name("debtorKind") }]);
    let regime = get("regime") ? REGIMES[headerKey(get("regime"))] : undefined;
    if (get("regime") && !regime) problems.push(["pfBadEnum", { v: get("regime"), c: name("regime") }]);
    let rate = null;
    if (get("contractRate")) {
      rate = parseAmount(get("contractRate").replace("%", ""), decimalMark);
      if (!rate) problems.push(["pfBadAmount", { v: get("contractRate") }]);
    }
    if (id && seen.has(id)) problems.push(["pfDuplicate", { v: id, n: seen.get(id) }]);
    if (problems.length) {
      errors.push({ line: rec.line, problems });
      continue;
    }
    seen.set(id, rec.line);
    // The kind and the regime say the same thing; either gives the other.
    regime ??= kind ? REGIME_OF_KIND[kind] : undefined;
    kind ??= regime ? KIND_OF_REGIME[regime] : undefined;
    const inv = { id, debtorId, dueDate: dates.dueDate, amount };
    if (get("debtorName")) inv.debtorName = get("debtorName");
    if (kind) inv.debtorKind = kind;
    if (regime) inv.regime = regime;
    if (get("number")) inv.number = get("number");
    if (dates.issueDate) inv.issueDate = dates.issueDate;
    if (payments.length) inv.payments = payments;
    if (rate) inv.contractRate = rate;
    invoices.push(inv);
    lines.push(rec.line);
  }
  return { invoices, lines, errors, info: { sep, decimalMark, rows: records.length - 1 } };
}

/** agedBalance on the valid rows; rows relance refuses are reported by line and left out. */
async function analyse(asOf, invoices, lines, errors, progress, isCurrent) {
  // Which row of `list` relance refused: "invoices[3].amount", or, for a check made per
  // client, "debtor `C1`: invoices[1].dueDate" (the second invoice of that client, in order).
  const rowOf = (error, list) => {
    const field = error.field ?? "";
    let m = /^invoices\[(\d+)\]/.exec(field);
    if (m) return Number(m[1]);
    m = /^debtor `(.*)`: invoices\[(\d+)\]/.exec(field);
    if (!m) return null;
    let k = Number(m[2]);
    for (let i = 0; i < list.length; i++) if (list[i].debtorId === m[1] && k-- === 0) return i;
    return null;
  };
  if (!invoices.length) return null;
  try {
    return await balance({ asOf, invoices }); // the usual case: one call
  } catch (error) {
    if (rowOf(error, invoices) === null) {
      errors.push({ line: 0, problems: [["pfRelance", { x: error }]] });
      return null;
    }
  }
  // Some rows are refused: find them slice by slice (a retry per refused row of the whole
  // file would freeze the page on a file with many), then analyse what is left.
  const CHUNK = 200;
  const keep = [];
  const keepLines = [];
  for (let start = 0; start < invoices.length; start += CHUNK) {
    const chunk = invoices.slice(start, start + CHUNK);
    const chunkLines = lines.slice(start, start + CHUNK);
    while (chunk.length) {
      try {
        await balance({ asOf, invoices: chunk });
        break;
      } catch (error) {
        const i = rowOf(error, chunk);
        if (i === null) {
          errors.push({ line: 0, problems: [["pfRelance", { x: error }]] });
          return null;
        }
        errors.push({ line: chunkLines[i], problems: [["pfRelance", { x: error }]] });
        chunk.splice(i, 1);
        chunkLines.splice(i, 1);
      }
    }
    keep.push(...chunk);
    keepLines.push(...chunkLines);
    progress("pfChecking", Math.min(start + CHUNK, invoices.length), invoices.length);
    await yieldToEventLoop();
    if (!isCurrent()) return null;
  }
  invoices.splice(0, invoices.length, ...keep);
  lines.splice(0, lines.length, ...keepLines);
  if (!invoices.length) return null;
  return balance({ asOf, invoices });
}

/** Reads the CSV of the text area and shows the aged balance. */
export async function runPortfolio(e) {
  e?.preventDefault();
  const gen = ++generation;
  const isCurrent = () => gen === generation;
  const started = performance.now();
  const progressEl = $("#pf-progress");
  const bar = $("#pf-progress-bar");
  document.documentElement.dataset.pfBusy = "true";
  const progressTimer = setTimeout(() => (progressEl.hidden = false), PROGRESS_AFTER_MS);
  const progress = (key, done, total) => {
    bar.max = total;
    bar.value = done;
    $("#pf-progress-text").textContent = t(key, { n: formatNumber(done, 0), m: formatNumber(total, 0) });
  };
  try {
    await loadModule("dunning");
    const asOf = $("#pf-asof").value || todayIso();
    const read = await readPortfolio($("#pf-csv").value, progress, isCurrent);
    if (!read) return;
    const { invoices, lines, errors, info } = read;
    progress("pfAnalysing", invoices.length, invoices.length);
    await yieldToEventLoop();
    const readAt = performance.now();
    const result = await analyse(asOf, invoices, lines, errors, progress, isCurrent);
    if (!isCurrent()) return;
    const analysedAt = performance.now();
    errors.sort((a, b) => a.line - b.line);
    renderErrors(errors);
    lastPortfolio = result ? { result, invoices, count: invoices.length, errors: errors.length, ms: 0, info } : null;
    await renderPortfolio();
    // Where the time went, for the README's figures and the 5 000-row test's report.
    const now = performance.now();
    const ms = Math.round(now - started);
    if (lastPortfolio) lastPortfolio.ms = ms;
    renderInfo();
    Object.assign($("#pf-info").dataset, { ms: String(ms), readMs: String(Math.round(readAt - started)), analyseMs: String(Math.round(analysedAt - readAt)), drawMs: String(Math.round(now - analysedAt)) });
  } finally {
    if (isCurrent()) {
      clearTimeout(progressTimer);
      progressEl.hidden = true;
      document.documentElement.dataset.pfBusy = "false";
    }
  }
}

function renderErrors(errors) {
  $("#pf-errors-wrap").hidden = errors.length === 0;
  const items = errors.slice(0, MAX_ERRORS_SHOWN).map((er) => {
    const li = el("li", { dataset: { line: er.line } });
    const parts = er.problems.flatMap(([key, vars], i) => [i ? " ; " : "", ...problemParts(key, vars)]);
    li.append(...(er.line ? tParts("pfLine", { n: er.line, x: parts }) : parts));
    return li;
  });
  if (errors.length > MAX_ERRORS_SHOWN) items.push(el("li", { text: t("pfMoreErrors", { n: formatNumber(errors.length - MAX_ERRORS_SHOWN, 0) }) }));
  $("#pf-errors").replaceChildren(...items);
}

/** One problem of a row; column names and values from the file are shown as code. */
function problemParts(key, vars) {
  if (key === "pfRelance") {
    const e = vars.x;
    return tParts("pfRelance", { x: [code(e.code ?? "error"), " : ", fromLibrary("span", e.message ?? String(e), "")] });
  }
  if (key === "pfColumns") return tParts(key, { x: vars.cols.flatMap((c, i) => [i ? ", " : "", code(c)]) });
  return tParts(key, vars, ["c", "v"]);
}

/** "5 000 factures lues en 0,66 s (séparateur point-virgule, virgule décimale)." */
function renderInfo() {
  const info = lastPortfolio?.info;
  const p = $("#pf-info");
  p.textContent = info
    ? t("pfInfo", { n: formatNumber(lastPortfolio.count, 0), sep: { ";": t("sepSemicolon"), ",": t("sepComma"), "\t": t("sepTab") }[info.sep], dec: info.decimalMark === "," ? t("decComma") : t("decPoint"), s: formatNumber(lastPortfolio.ms / 1000, 2) })
    : "";
  p.dataset.count = String(lastPortfolio?.count ?? 0);
}

function bucketName(label) {
  return t("bucket")[label] ?? label;
}

let drawGeneration = 0;

/** After a language switch: relance's texts (warnings, errors) come in the language of the
 * call, so a loaded portfolio is analysed again rather than redrawn. */
export function relanguagePortfolio() {
  return lastPortfolio ? runPortfolio() : renderPortfolio();
}

export async function renderPortfolio() {
  const ok = Boolean(lastPortfolio);
  $("#pf-result").hidden = !ok;
  $("#pf-empty").hidden = ok;
  if (!ok) return;
  const { result: r, info } = lastPortfolio;
  $("#pf-totals").replaceChildren(
    ...Object.entries(t("totalsPf")).map(([key, label]) =>
      el("div", { class: key === "totalDue" ? "grand" : "" }, el("dt", { text: label }), el("dd", { dataset: { out: `pf-${key}` }, text: key === "weightedDaysLate" ? formatNumber(r[key]) : formatMoney(r[key]) })),
    ),
  );
  renderInfo();
  $("#pf-buckets tbody").replaceChildren(
    ...r.buckets.map((b) => {
      const tr = row(cell(bucketName(b.label)), cell(String(b.count), true), cell(formatMoney(b.amount), true));
      tr.dataset.bucket = b.label;
      tr.dataset.amount = b.amount;
      return tr;
    }),
  );
  drawChart(r.buckets);
  const head = row(
    el("th", { scope: "col", text: t("pfDebtor") }),
    el("th", { scope: "col", text: t("pfStatus") }),
    ...r.buckets.map((b) => el("th", { scope: "col", class: "num", text: bucketName(b.label) })),
    el("th", { scope: "col", class: "num", text: t("pfOutstanding") }),
    el("th", { scope: "col", class: "num", text: t("pfShare") }),
    el("th", { scope: "col", class: "num", text: t("pfTotal") }),
    el("th", { scope: "col", text: t("pfNext") }),
    el("th", { scope: "col", text: t("pfFollowUpHead") }),
  );
  $("#pf-debtors thead").replaceChildren(head);
  // Rows are added a hundred at a time, yielding between, so 500 clients never freeze the page.
  const gen = ++drawGeneration;
  const debtorRow = (d) => {
    const follow = el("button", { type: "button", class: "secondary small", "data-follow": d.debtorId, "aria-label": t("pfFollowUpLabel", { x: d.debtorName }), text: t("pfFollowUp") });
    follow.addEventListener("click", () => followUp(d.debtorId));
    const tr = row(
      el("th", { scope: "row", text: d.debtorName }),
      cell(STATUS_TEXT[getLang()][d.status] ?? d.status),
      ...d.buckets.map((b) => cell(Number(b.amount) ? formatMoney(b.amount) : "—", true)),
      cell(formatMoney(d.outstanding), true),
      cell(formatPercent(d.sharePercent), true),
      cell(formatMoney(d.totalDue), true),
      cell(nextActionText(d.nextAction)),
      el("td", {}, follow),
    );
    tr.dataset.debtor = d.debtorId;
    return tr;
  };
  const tbody = $("#pf-debtors tbody");
  tbody.replaceChildren();
  for (let i = 0; i < r.debtors.length; i += 100) {
    if (i) await yieldToEventLoop();
    if (gen !== drawGeneration) return; // a newer drawing started (another file, the other language)
    tbody.append(...r.debtors.slice(i, i + 100).map(debtorRow));
  }
  renderWarnings($("#pf-warnings"), $("#pf-warnings-wrap"), r.warnings, true);
  $("#pf-announce").textContent = t("pfAnnounce", { n: lastPortfolio.count, e: lastPortfolio.errors });
}

function nextActionText(next) {
  if (!next) return t("pfNone");
  const steps = next.steps.map((s) => STEP_TEXT[getLang()][s.kind] ?? s.step).join(", ");
  return `${formatDate(next.date)} : ${steps} (${channelsText(next.channels)})`;
}

/** "Follow up this client": the client's invoices become the case of the planner and the letters. */
function followUp(debtorId) {
  const mine = lastPortfolio.invoices.filter((i) => i.debtorId === debtorId).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  if (!mine.length) return;
  const regime = mine[0].regime ?? "fr-b2b";
  const invoices = mine.map((i) => {
    const inv = { number: i.number ?? i.id, dueDate: i.dueDate, amount: i.amount };
    if (i.issueDate) inv.issueDate = i.issueDate;
    if (i.payments) inv.payments = i.payments;
    if (i.contractRate) inv.contractRate = i.contractRate;
    return inv;
  });
  hooks.loadCase({ regime, asOf: $("#pf-asof").value || todayIso(), debtor: { name: mine[0].debtorName ?? debtorId }, invoices, history: [], events: [] }, { tab: "planner" });
}

function drawChart(buckets) {
  const chart = $("#pf-chart");
  // Drawn at the chart's own pixel width so the labels keep a readable size on a phone.
  const width = Math.round(Math.min(704, Math.max(300, chart.getBoundingClientRect().width || 640)));
  const rowH = 34;
  const labelW = width < 480 ? 92 : 130;
  const barMax = width - labelW - (width < 480 ? 110 : 150);
  const max = Math.max(...buckets.map((b) => Number(b.amount)), 1);
  chart.setAttribute("viewBox", `0 0 ${width} ${buckets.length * rowH + 8}`);
  chart.replaceChildren(
    ...buckets.flatMap((b, i) => {
      const y = i * rowH + 4;
      const w = Math.max(Number(b.amount) > 0 ? 2 : 0, (Number(b.amount) / max) * barMax);
      return [
        svg("text", { x: 0, y: y + rowH / 2 + 5, class: "chart-label" }, bucketName(b.label)),
        svg("rect", { x: labelW, y: y + 5, width: w.toFixed(1), height: rowH - 12, rx: 3, class: `bar bar-${b.label.replace("+", "plus")}` }),
        svg("text", { x: labelW + w + 8, y: y + rowH / 2 + 5, class: "chart-value" }, formatMoney(b.amount)),
      ];
    }),
  );
}

function portfolioCsv() {
  const sep = t("csvSep");
  const r = lastPortfolio.result;
  const lines = [csvLine(["debtorId", "debtorName", "status", ...r.buckets.map((b) => b.label), "outstanding", "sharePercent", "interestOutstanding", "compensation", "totalDue", "nextActionDate", "nextAction"], sep)];
  for (const d of r.debtors) {
    lines.push(
      csvLine(
        [d.debtorId, d.debtorName, d.status, ...d.buckets.map((b) => csvNumber(b.amount)), csvNumber(d.outstanding), csvNumber(d.sharePercent), csvNumber(d.interestOutstanding), csvNumber(d.compensation), csvNumber(d.totalDue), d.nextAction?.date ?? "", d.nextAction ? d.nextAction.steps.map((s) => s.step).join("+") : ""],
        sep,
      ),
    );
  }
  return csvFile(lines);
}

/** A CSV file's text (UTF-8 or Windows-1252, as French software writes either). */
async function fileText(file) {
  const { text, encoding } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  $("#pf-status").textContent = t("pfFileRead", { x: file.name, e: encoding });
  return text;
}

async function takeFiles(files) {
  if (!files.length) return;
  const einvoices = files.filter(isEinvoiceFile);
  if (einvoices.length) await addEinvoicesToPortfolio(einvoices);
  else $("#pf-csv").value = await fileText(files[0]);
  await runPortfolio();
}

export function setupPortfolio() {
  $("#portfolio-form").addEventListener("submit", runPortfolio);
  $("#pf-sample").addEventListener("click", async () => {
    const response = await fetch("sample-invoices.csv");
    $("#pf-csv").value = await response.text();
    await runPortfolio();
  });
  $("#pf-file").addEventListener("change", () => takeFiles([...$("#pf-file").files]));
  const drop = $("#pf-csv");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("dragging");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("dragging");
    takeFiles([...(e.dataTransfer?.files ?? [])]);
  });
  $("#pf-export").addEventListener("click", () => {
    if (!lastPortfolio) return;
    download(getLang() === "fr" ? "balance-agee.csv" : "aged-balance.csv", "text/csv;charset=utf-8", portfolioCsv());
  });
}
