// relance demo page. No framework, no bundler: the page imports the web build of the npm
// package; the planner, letters and portfolio panels import their module (dunning.js,
// letters.js) the first time they are opened. Every text that comes from the user or from a
// result is inserted with textContent, never as HTML; the only HTML is relance's escaped
// letter, shown in a sandboxed iframe (srcdoc, scripts blocked).
import init, { lateFees, rates, version, paymentPlan } from "../pkg/relance.js";
import { EN_STATIC, STRINGS, ERROR_TEXT, WARNING_TEXT, STEP_TEXT, CHANNEL_TEXT, STATE_TEXT, STATUS_TEXT, EVENT_TEXT, RECOVERY_TEXT, REASON_TEXT } from "./i18n.js";

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "text") node.textContent = v;
    else if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};

// ---- Language ----

let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "fr";
const t = (key, vars = {}) => {
  let s = STRINGS[lang][key] ?? STRINGS.fr[key] ?? key;
  if (typeof s !== "string") return s;
  for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, v);
  return s;
};
const locale = () => (lang === "fr" ? "fr-FR" : "en-GB");

function applyStaticLang() {
  document.documentElement.lang = lang;
  for (const node of $$("[data-i18n]")) {
    if (node.dataset.fr === undefined) node.dataset.fr = node.textContent;
    const key = node.dataset.i18n;
    node.textContent = lang === "en" && EN_STATIC[key] ? EN_STATIC[key] : node.dataset.fr;
  }
  for (const node of $$("[data-i18n-attr]")) {
    const [attr, key] = node.dataset.i18nAttr.split(":");
    if (node.dataset.frAttr === undefined) node.dataset.frAttr = node.getAttribute(attr) ?? "";
    node.setAttribute(attr, lang === "en" && EN_STATIC[key] ? EN_STATIC[key] : node.dataset.frAttr);
  }
  const sw = $("#lang-switch");
  sw.textContent = t("langSwitch");
  sw.lang = lang === "fr" ? "en" : "fr";
  sw.setAttribute("aria-label", t("langSwitchLabel"));
  $("#amount").placeholder = lang === "fr" ? "1\u202f234,56" : "1,234.56";
  document.title = lang === "fr" ? "Pénalités de retard, relances et lettres — relance" : "Late-payment penalties, reminders and letters — relance";
}

// ---- Formatting (exact: Intl formats the decimal strings, never floats) ----

function formatMoney(value) {
  return new Intl.NumberFormat(locale(), { style: "currency", currency: "EUR" }).format(value);
}
function formatPercent(value) {
  const n = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(value);
  return lang === "fr" ? `${n}\u00a0%` : `${n}%`;
}
function isoToDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function formatDate(iso) {
  return new Intl.DateTimeFormat(locale(), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(isoToDate(iso));
}
function formatLongDate(iso) {
  return new Intl.DateTimeFormat(locale(), { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(isoToDate(iso));
}
/** What a person types ("1 234,50" or "1,234.50") → what relance parses ("1234.50"). */
function normaliseNumber(text) {
  const s = text.replace(/[\s\u00a0\u202f]/g, "");
  if (lang === "en" && s.includes(".")) return s.replace(/,/g, "");
  return s.replace(",", ".");
}
function todayIso() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
function addDays(iso, days) {
  const d = isoToDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---- Small shared helpers ----

function download(filename, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = el("a", { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
async function copyText(text, statusEl) {
  try {
    await navigator.clipboard.writeText(text);
    statusEl.textContent = t("copied");
  } catch {
    statusEl.textContent = t("copyFailed");
  }
}
function csvCell(value, sep) {
  const s = String(value);
  return /["\n\r]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csvLine(cells, sep) {
  return cells.map((c) => csvCell(c, sep)).join(sep);
}
/** A decimal string in the CSV convention of the language (French: comma). */
function csvNumber(value) {
  return lang === "fr" ? String(value).replace(".", ",") : String(value);
}
function warningItem(w) {
  const plain = WARNING_TEXT[lang][w.code];
  const li = el("li", { dataset: { code: w.code } });
  li.append(el("span", { class: "plain", text: plain ?? w.message }));
  if (plain) li.append(el("span", { class: "detail", text: ` (${w.message})` }));
  return li;
}
/** One item per warning; with `group`, one item per code listing each detail. */
function renderWarnings(list, wrap, warnings, group = false) {
  wrap.hidden = warnings.length === 0;
  if (!group) {
    list.replaceChildren(...warnings.map(warningItem));
    return;
  }
  const byCode = new Map();
  for (const w of warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
  list.replaceChildren(
    ...[...byCode.entries()].map(([code, ws]) => {
      if (ws.length === 1 || !WARNING_TEXT[lang][code]) return ws.length === 1 ? warningItem(ws[0]) : el("li", { dataset: { code } }, ...ws.map((w) => el("span", { class: "plain", text: `${w.message} ` })));
      return el("li", { dataset: { code } }, el("span", { class: "plain", text: WARNING_TEXT[lang][code] }), el("ul", {}, ...ws.map((w) => el("li", { class: "detail", text: w.message }))));
    }),
  );
}

// ======================================================================================
// Calculator
// ======================================================================================

const form = $("#calc");
const regimeEl = $("#regime");
const paymentsEl = $("#payments");
const formError = $("#form-error");
const resultEl = $("#result");
let lastResult = null; // { input, result } of the last successful lateFees call

function showRegimeFields() {
  for (const group of $$("[data-regimes]")) {
    group.hidden = !group.dataset.regimes.split(" ").includes(regimeEl.value);
  }
}

function renumberPayments() {
  [...paymentsEl.children].forEach((row, i) => {
    const n = i + 1;
    for (const input of row.querySelectorAll("input")) input.id = `payment-${n}-${input.dataset.name}`;
    for (const label of row.querySelectorAll("label")) {
      label.htmlFor = `payment-${n}-${label.dataset.for}`;
      label.textContent = label.dataset.for === "date" ? t("paymentDate", { n }) : t("paymentAmount", { n });
    }
    const remove = row.querySelector(".remove");
    remove.textContent = t("remove");
    remove.setAttribute("aria-label", t("removePayment", { n }));
  });
  $("#payments-empty").hidden = paymentsEl.children.length > 0;
}

function addPayment(values = {}, focus = true) {
  const row = $("#payment-row").content.firstElementChild.cloneNode(true);
  row.querySelector('[data-name="date"]').value = values.date ?? "";
  row.querySelector('[data-name="amount"]').value = values.amount ?? "";
  row.querySelector(".remove").addEventListener("click", () => {
    row.remove();
    renumberPayments();
    $("#add-payment").focus();
    onCalcChange();
  });
  paymentsEl.append(row);
  renumberPayments();
  if (focus) row.querySelector("input").focus();
}

/** The lateFees input, and for each payments[i] the row it came from (to point at errors). */
function readForm() {
  const regime = regimeEl.value;
  const input = {
    regime,
    amount: normaliseNumber($("#amount").value),
    dueDate: $("#due-date").value,
    asOf: $("#as-of").value,
  };
  if (regime === "fr-b2b" && $("#contract-rate").value.trim()) input.contractRate = normaliseNumber($("#contract-rate").value);
  if (regime === "fr-b2c") {
    input.creditor = $("#creditor").value;
    if ($("#notice-date").value) input.noticeDate = $("#notice-date").value;
  }
  const rows = [];
  const payments = [];
  for (const row of paymentsEl.children) {
    const date = row.querySelector('[data-name="date"]').value;
    const amount = normaliseNumber(row.querySelector('[data-name="amount"]').value);
    if (!date && !amount) continue; // an empty row is ignored
    const payment = {};
    if (date) payment.date = date; // a half-filled row lets relance name the missing field
    if (amount) payment.amount = amount;
    payments.push(payment);
    rows.push(row);
  }
  if (payments.length) input.payments = payments;
  return { input, rows };
}

const FIELD_IDS = {
  regime: "regime",
  amount: "amount",
  dueDate: "due-date",
  asOf: "as-of",
  contractRate: "contract-rate",
  creditor: "creditor",
  noticeDate: "notice-date",
};

function controlFor(field, rows) {
  if (!field) return null;
  const m = /^payments\[(\d+)\]\.(date|amount)$/.exec(field);
  if (m) return rows[Number(m[1])]?.querySelector(`[data-name="${m[2]}"]`) ?? null;
  const id = FIELD_IDS[field];
  return id ? document.getElementById(id) : null;
}

function clearErrors() {
  formError.hidden = true;
  formError.textContent = "";
  for (const node of form.querySelectorAll("[aria-invalid]")) {
    node.removeAttribute("aria-invalid");
    node.removeAttribute("aria-errormessage");
  }
}

function showError(error, rows, focus) {
  formError.replaceChildren();
  const control = error?.name === "RelanceError" ? controlFor(error.field, rows) : null;
  const label = control?.labels?.[0]?.textContent;
  const lead = document.createElement("strong");
  if (error?.name === "RelanceError") {
    const what = ERROR_TEXT[lang][error.code] ?? t("invalid");
    lead.textContent = label ? t("fieldError", { label, x: what }) : t("invalidInput", { x: what });
  } else {
    lead.textContent = t("unexpected");
  }
  const detail = el("span", { class: "detail", text: ` (${error?.code ? `${error.code} : ` : ""}${error?.message ?? String(error)})` });
  formError.append(lead, detail);
  formError.hidden = false;
  if (control) {
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-errormessage", "form-error");
    if (focus) control.focus();
  }
}

function cell(text, numeric = false) {
  const td = document.createElement("td");
  td.textContent = text;
  if (numeric) td.className = "num";
  return td;
}
function row(...cells) {
  const tr = document.createElement("tr");
  tr.append(...cells);
  return tr;
}
function out(name, text) {
  for (const node of $$(`[data-out="${name}"]`)) node.textContent = text;
}

function invoiceLabel() {
  const parts = [];
  const debtor = $("#debtor-name").value.trim();
  const number = $("#invoice-number").value.trim();
  if (debtor) parts.push(t("debtorLine", { x: debtor }));
  if (number) parts.push(t("invoiceLine", { x: number }));
  if ($("#due-date").value) parts.push(t("dueLine", { x: formatDate($("#due-date").value) }));
  return parts.join(" — ");
}

function render(result) {
  $("#result-invoice").textContent = invoiceLabel();
  $("#rule").textContent = result.rule;
  out("interestFrom", result.interestFrom ? formatDate(result.interestFrom) : "—");
  out("days", String(result.days));

  const body = $("#periods tbody");
  body.replaceChildren(
    ...result.periods.map((p) =>
      row(
        cell(formatDate(p.from)),
        cell(formatDate(p.to)),
        cell(String(p.days), true),
        cell(formatMoney(p.principal), true),
        cell(formatPercent(p.ratePercent), true),
        cell(formatMoney(p.interest), true),
      ),
    ),
  );
  if (result.periods.length === 0) {
    const td = cell(t("noInterest"));
    td.colSpan = 6;
    body.append(row(td));
  }

  const allocations = result.allocations ?? [];
  $("#allocations-wrap").hidden = allocations.length === 0;
  $("#allocations tbody").replaceChildren(
    ...allocations.map((a) =>
      row(
        cell(formatDate(a.date)),
        cell(formatMoney(a.amount), true),
        cell(formatMoney(a.toInterest), true),
        cell(formatMoney(a.toPrincipal), true),
        cell(formatMoney(a.unallocated), true),
      ),
    ),
  );

  for (const key of ["interest", "interestPaid", "interestOutstanding", "principalOutstanding", "compensation", "totalDue"]) {
    out(key, formatMoney(result[key]));
  }
  renderWarnings($("#warnings"), $("#warnings-wrap"), result.warnings ?? []);

  $("#rates-used tbody").replaceChildren(
    ...(result.ratesUsed ?? []).map((r) => {
      const basis = cell(r.basis);
      if (r.assumed) basis.append(el("strong", { class: "badge", text: ` ${t("assumed")}` }));
      return row(cell(formatDate(r.from)), cell(formatDate(r.to)), cell(formatPercent(r.ratePercent), true), basis);
    }),
  );
  out("knownThrough", formatDate(result.rateTables.knownThrough));
  resultEl.hidden = false;
  $("#calc-announce").textContent = t("announceTotal", { x: formatMoney(result.totalDue) });
}

/** Recomputes; `interactive` (on submit) moves the focus to the error or the result. */
function compute(interactive) {
  clearErrors();
  const { input, rows } = readForm();
  let result;
  try {
    result = lateFees(structuredClone(input));
  } catch (error) {
    lastResult = null;
    resultEl.hidden = true;
    // While typing, an incomplete form is not an error worth shouting about.
    const incomplete = !interactive && (!input.amount || !input.dueDate || !input.asOf || error?.code === "missing-field");
    if (!incomplete) showError(error, rows, interactive);
    return;
  }
  lastResult = { input, result };
  render(result);
  if (interactive) $("#result-title").focus();
}

let calcTimer;
function onCalcChange() {
  writeUrl();
  clearTimeout(calcTimer);
  calcTimer = setTimeout(() => {
    compute(false);
    refreshActivePanel();
  }, 120);
}

function statementText(result) {
  const lines = [t("statementTitle")];
  const label = invoiceLabel();
  if (label) lines.push(label);
  lines.push(result.rule, "");
  const head = STRINGS[lang].csvHead;
  for (const p of result.periods) {
    lines.push(`${formatDate(p.from)} – ${formatDate(p.to)} : ${p.days} ${head[2]}, ${formatMoney(p.principal)} × ${formatPercent(p.ratePercent)} = ${formatMoney(p.interest)}`);
  }
  if (!result.periods.length) lines.push(t("noInterest"));
  lines.push("");
  const labels = {
    interest: "tInterest",
    interestPaid: "tInterestPaid",
    interestOutstanding: "tInterestOutstanding",
    principalOutstanding: "tPrincipal",
    compensation: "tCompensation",
    totalDue: "tTotal",
  };
  for (const [key, k] of Object.entries(labels)) lines.push(`${staticText(k)} : ${formatMoney(result[key])}`);
  for (const w of result.warnings) lines.push(`! ${WARNING_TEXT[lang][w.code] ?? w.message}`);
  lines.push("", `${staticText("knownThrough")} ${formatDate(result.rateTables.knownThrough)}.`);
  return lines.join("\n");
}
function staticText(key) {
  return lang === "en" ? EN_STATIC[key] : $(`[data-i18n="${key}"]`).dataset.fr ?? $(`[data-i18n="${key}"]`).textContent;
}

function statementCsv(result) {
  const sep = t("csvSep");
  const lines = [csvLine(STRINGS[lang].csvHead, sep)];
  for (const p of result.periods) lines.push(csvLine([p.from, p.to, p.days, csvNumber(p.principal), csvNumber(p.ratePercent), csvNumber(p.interest)], sep));
  lines.push("");
  for (const key of ["interest", "interestPaid", "interestOutstanding", "principalOutstanding", "compensation", "totalDue"]) {
    lines.push(csvLine([key, csvNumber(result[key])], sep));
  }
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

// ---- URL state (shareable link) ----

const URL_KEYS = { regime: "r", amount: "amt", "due-date": "due", "as-of": "asof", "issue-date": "iss", "debtor-name": "dn", "invoice-number": "no", "contract-rate": "cr", creditor: "ct", "notice-date": "nd" };

function writeUrl() {
  const q = new URLSearchParams();
  for (const [id, key] of Object.entries(URL_KEYS)) {
    const v = document.getElementById(id).value;
    if (v && !(id === "regime" && v === "fr-b2b") && !(id === "creditor" && v === "professional")) q.set(key, v);
  }
  for (const r of paymentsEl.children) {
    const d = r.querySelector('[data-name="date"]').value;
    const a = r.querySelector('[data-name="amount"]').value;
    if (d || a) q.append("p", `${d}_${a}`);
  }
  if (lang === "en") q.set("lang", "en");
  if (activeTab !== "calc") q.set("tab", activeTab);
  const url = `${location.pathname}${q.toString() ? `?${q}` : ""}`;
  history.replaceState(null, "", url);
}

function readUrl() {
  const q = new URLSearchParams(location.search);
  for (const [id, key] of Object.entries(URL_KEYS)) {
    const v = q.get(key);
    if (v !== null) document.getElementById(id).value = v;
  }
  for (const p of q.getAll("p")) {
    const i = p.indexOf("_");
    addPayment({ date: i < 0 ? p : p.slice(0, i), amount: i < 0 ? "" : p.slice(i + 1) }, false);
  }
  return q.get("tab");
}

// ======================================================================================
// Tabs and lazily loaded modules
// ======================================================================================

// ======================================================================================
// E-invoices: a Factur-X PDF or a CII/UBL file fills the calculator (relance/einvoice)
// ======================================================================================

async function readEinvoiceFile(file) {
  const status = $("#einvoice-status");
  const fr = lang === "fr";
  try {
    const einvoice = await loadModule("einvoice");
    const r = einvoice.readInvoice(new Uint8Array(await file.arrayBuffer()));
    if (r.regime) $("#regime").value = r.regime;
    if (r.amountDue) $("#amount").value = r.amountDue;
    if (r.dueDate) $("#due-date").value = r.dueDate;
    if (r.issueDate) $("#issue-date").value = r.issueDate;
    if (r.number) $("#invoice-number").value = r.number;
    if (r.buyer?.name) $("#debtor-name").value = r.buyer.name;
    if (r.buyer?.addressLines?.length) $("#db-address").value = r.buyer.addressLines.join("\n");
    status.textContent = fr
      ? `Facture ${r.number} lue (${r.syntax}${r.profile ? `, ${r.profile}` : ""}).${r.warnings.length ? ` ${r.warnings.length} avertissement(s) : ${r.warnings.map((w) => w.code).join(", ")}.` : ""}`
      : `Invoice ${r.number} read (${r.syntax}${r.profile ? `, ${r.profile}` : ""}).${r.warnings.length ? ` ${r.warnings.length} warning(s): ${r.warnings.map((w) => w.code).join(", ")}.` : ""}`;
    status.dataset.state = "ok";
    onCalcChange();
  } catch (e) {
    status.textContent = `${fr ? "Fichier illisible" : "Unreadable file"} (${e.code ?? "error"}) : ${e.message}`;
    status.dataset.state = "error";
  }
}

const isEinvoiceFile = (file) => /\.(pdf|xml)$/i.test(file.name) || /pdf|xml/.test(file.type);
const PORTFOLIO_HEADER = "id,number,debtorId,debtorName,debtorKind,regime,issueDate,dueDate,amount";
const csvField = (v) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** E-invoices dropped on the portfolio join it as CSV rows (read in the browser). */
async function addEinvoicesToPortfolio(files) {
  const einvoice = await loadModule("einvoice");
  const area = $("#pf-csv");
  const rows = [];
  const problems = [];
  for (const file of files) {
    try {
      const r = einvoice.readInvoice(new Uint8Array(await file.arrayBuffer()));
      if (!r.regime || !r.dueDate || r.kind !== "invoice") {
        problems.push(`${file.name}: ${!r.regime ? (lang === "fr" ? "régime inconnu" : "unknown regime") : !r.dueDate ? (lang === "fr" ? "pas d’échéance" : "no due date") : (lang === "fr" ? "avoir" : "credit note")}`);
        continue;
      }
      const debtorKind = { "fr-b2b": "business", "fr-b2c": "consumer", "fr-public": "public" }[r.regime];
      const debtorId = r.buyer.siren ?? r.buyer.name;
      rows.push([r.number, r.number, debtorId, r.buyer.name, debtorKind, r.regime, r.issueDate, r.dueDate, r.amountDue].map(csvField).join(","));
    } catch (e) {
      problems.push(`${file.name}: ${e.code ?? "error"}`);
    }
  }
  const current = area.value.trim();
  area.value = [current || PORTFOLIO_HEADER, ...rows].join("\n") + "\n";
  $("#pf-status").textContent = problems.length ? problems.join(" ; ") : "";
}

const TABS = ["calc", "planner", "letters", "portfolio"];
let activeTab = "calc";
const modules = {};
function loadModule(name) {
  modules[name] ??= import(`../pkg/${name}.js`).then(async (m) => {
    await m.default();
    return m;
  });
  return modules[name];
}

async function selectTab(name, focus = false) {
  if (!TABS.includes(name)) name = "calc";
  activeTab = name;
  for (const tab of TABS) {
    const button = $(`#tab-${tab}`);
    const selected = tab === name;
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`#panel-${tab}`).hidden = !selected;
  }
  if (focus) $(`#tab-${name}`).focus();
  writeUrl();
  await refreshActivePanel();
}

async function refreshActivePanel() {
  document.documentElement.dataset.panelReady = "false";
  try {
    if (activeTab === "planner") await renderPlanner();
    else if (activeTab === "letters") await renderLetterPanel();
    else if (activeTab === "portfolio") await loadModule("dunning");
  } finally {
    document.documentElement.dataset.panelReady = "true";
  }
}

function setupTabs() {
  for (const tab of TABS) {
    const button = $(`#tab-${tab}`);
    button.addEventListener("click", () => selectTab(tab));
    button.addEventListener("keydown", (e) => {
      const i = TABS.indexOf(tab);
      let next = null;
      if (e.key === "ArrowRight") next = TABS[(i + 1) % TABS.length];
      else if (e.key === "ArrowLeft") next = TABS[(i + TABS.length - 1) % TABS.length];
      else if (e.key === "Home") next = TABS[0];
      else if (e.key === "End") next = TABS[TABS.length - 1];
      if (next) {
        e.preventDefault();
        selectTab(next, true);
      }
    });
  }
}

// ======================================================================================
// Planner
// ======================================================================================

const planner = { history: [], events: [] };
const DEBTOR_KIND = { "fr-b2b": "business", "fr-b2c": "consumer", "fr-public": "public" };

function plannerInvoice(input) {
  const inv = { id: "F1", number: $("#invoice-number").value.trim() || "F1", dueDate: input.dueDate, amount: input.amount };
  if ($("#issue-date").value) inv.issueDate = $("#issue-date").value;
  if (input.payments) inv.payments = input.payments;
  if (input.contractRate) inv.contractRate = input.contractRate;
  return inv;
}

function plannerInput() {
  const { input } = lastResult;
  return {
    regime: input.regime,
    asOf: input.asOf,
    debtor: { id: "D1", name: $("#debtor-name").value.trim() || "—", kind: DEBTOR_KIND[input.regime] },
    invoices: [plannerInvoice(input)],
    history: planner.history.map((h) => ({ date: h.date, step: h.step })),
    events: planner.events.map(({ label, ...e }) => e),
  };
}

function channelsText(channels) {
  return channels.length ? channels.map((c) => CHANNEL_TEXT[lang][c] ?? c).join(" + ") : CHANNEL_TEXT[lang].none;
}

async function renderPlanner() {
  const ok = Boolean(lastResult);
  $("#planner-empty").hidden = ok;
  $("#planner-body").hidden = !ok;
  $("#planner-error").hidden = true;
  if (!ok) return;
  const dunning = await loadModule("dunning");
  let plan;
  try {
    plan = dunning.dunningPlan(plannerInput());
  } catch (error) {
    // Keep the history visible so the entry at fault can be removed.
    $("#planner-error").textContent = `${ERROR_TEXT[lang][error.code] ?? t("invalid")} (${error.code ?? ""} ${error.field ?? ""} : ${error.message})`;
    $("#planner-error").hidden = false;
    $("#timeline").replaceChildren();
    renderJournal();
    return;
  }
  const asOf = lastResult.input.asOf;
  $("#planner-invoice").textContent = invoiceLabel();
  $("#planner-status").textContent = STATUS_TEXT[lang][plan.status] ?? plan.status;
  $("#planner-status").dataset.status = plan.status;

  const dated = plan.timeline.filter((e) => e.date).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const undated = plan.timeline.filter((e) => !e.date);
  const items = [];
  let todayPlaced = false;
  const todayItem = () => el("li", { class: "today", id: "today-marker" }, el("span", { text: t("today", { x: formatLongDate(asOf) }) }));
  for (const entry of [...dated, ...undated]) {
    if (!todayPlaced && (!entry.date || entry.date > asOf)) {
      items.push(todayItem());
      todayPlaced = true;
    }
    items.push(timelineItem(entry, asOf));
  }
  if (!todayPlaced) items.push(todayItem());
  $("#timeline").replaceChildren(...items);

  renderJournal();
  const totals = $("#planner-totals");
  totals.replaceChildren(
    ...Object.entries(t("totalsPl")).map(([key, label]) =>
      el("div", { class: key === "totalDue" ? "grand" : "" }, el("dt", { text: label }), el("dd", { text: formatMoney(plan.totals[key]), dataset: { out: `plan-${key}` } })),
    ),
  );
  $("#recovery-wrap").hidden = plan.recovery.length === 0;
  $("#recovery").replaceChildren(
    ...plan.recovery.map((r) => {
      const li = el("li", { dataset: { code: r.code } }, el("strong", { text: RECOVERY_TEXT[lang][r.code] ?? r.label }), el("span", { class: "detail", text: ` — ${r.basis}` }));
      if (r.recommended) li.prepend(el("span", { class: "badge", text: t("recommended") }), " ");
      return li;
    }),
  );
  renderWarnings($("#planner-warnings"), $("#planner-warnings-wrap"), plan.warnings);
  $("#planner-announce").textContent = `${staticText("status")} : ${STATUS_TEXT[lang][plan.status] ?? plan.status}`;
}

function timelineItem(entry, asOf) {
  const li = el("li", { class: `step state-${entry.state}`, dataset: { step: entry.step, state: entry.state, date: entry.date ?? "" } });
  const when = el("p", { class: "when", text: entry.date ? formatLongDate(entry.date) : t("noDate") });
  const what = el("p", { class: "what" }, el("strong", { text: STEP_TEXT[lang][entry.kind] ?? entry.step }), " ", el("span", { class: `badge state`, text: STATE_TEXT[lang][entry.state] ?? entry.state }));
  const how = el("p", { class: "how", text: channelsText(entry.channels) });
  li.append(when, what, how);
  if (entry.deadline) li.append(el("p", { class: "deadline", dataset: { deadline: entry.deadline }, text: t("deadline", { x: formatLongDate(entry.deadline) }) }));
  if (entry.reason) {
    const translated = REASON_TEXT[lang][entry.reasonCode];
    // relance's own text keeps the dates and the dispute's reason: shown as a detail.
    li.append(el("p", { class: "reason", text: translated ?? entry.reason }, translated && translated !== entry.reason ? el("span", { class: "detail", text: ` (${entry.reason})` }) : ""));
  }
  if (entry.state === "due" || entry.state === "planned") {
    const label = STEP_TEXT[lang][entry.kind] ?? entry.step;
    const button = el("button", { type: "button", class: "secondary small", "aria-label": t("markDoneLabel", { x: label, d: formatDate(asOf) }), text: t("markDone") });
    button.addEventListener("click", async () => {
      planner.history.push({ date: asOf, step: entry.step, kind: entry.kind });
      await renderPlanner();
      $("#journal-title").focus?.();
    });
    li.append(button);
  }
  return li;
}

function renderJournal() {
  const items = [
    ...planner.history.map((h, i) => ({ date: h.date, text: t("journalStep", { d: formatDate(h.date), x: STEP_TEXT[lang][h.kind] ?? h.step }), remove: () => planner.history.splice(i, 1) })),
    ...planner.events.map((e, i) => ({ date: e.date, text: t("journalEvent", { d: formatDate(e.date), x: eventLabel(e) }), remove: () => planner.events.splice(i, 1) })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  $("#journal-empty").hidden = items.length > 0;
  $("#journal").replaceChildren(
    ...items.map((item) => {
      const button = el("button", { type: "button", class: "secondary small", "aria-label": t("removeEntryLabel", { x: item.text }), text: t("removeEntry") });
      button.addEventListener("click", async () => {
        item.remove();
        await renderPlanner();
      });
      return el("li", {}, el("span", { text: item.text }), " ", button);
    }),
  );
}

function eventLabel(e) {
  let s = EVENT_TEXT[lang][e.type] ?? e.type;
  if (e.type === "promise") s += ` (${t("promiseUntil", { d: formatDate(e.until) })})`;
  if (e.type === "plan-agreed") s += ` (${t("planFor", { n: e.instalments.length, a: formatMoney(e.instalments[0].amount), d: formatDate(e.instalments[0].date) })})`;
  if (e.reason) s += ` : ${e.reason}`;
  return s;
}

function showEventFields() {
  const type = $("#ev-type").value;
  for (const node of $$("[data-ev]")) node.hidden = node.dataset.ev !== type;
}

async function addEvent(e) {
  e.preventDefault();
  const error = $("#event-error");
  error.hidden = true;
  if (!lastResult) return;
  const asOf = lastResult.input.asOf;
  const type = $("#ev-type").value;
  const date = $("#ev-date").value || asOf;
  const fail = (msg, control) => {
    error.textContent = msg;
    error.hidden = false;
    control?.focus();
  };
  if (date > asOf) return fail(t("mustBeBefore", { d: formatDate(asOf) }), $("#ev-date"));
  const event = { type, date };
  if (type === "dispute-opened" && $("#ev-reason").value.trim()) event.reason = $("#ev-reason").value.trim();
  if (type === "promise") {
    if (!$("#ev-until").value) return fail(t("needUntil"), $("#ev-until"));
    event.until = $("#ev-until").value;
  }
  if (type === "plan-agreed") {
    const first = $("#ev-first").value;
    if (!first) return fail(t("needFirst"), $("#ev-first"));
    try {
      const p = paymentPlan({ amount: lastResult.result.principalOutstanding, firstDate: first, count: Math.max(1, Math.min(24, Number($("#ev-count").value) || 1)), frequency: "monthly" });
      event.instalments = p.instalments.map(({ date, amount }) => ({ date, amount }));
    } catch (err) {
      return fail(`${ERROR_TEXT[lang][err.code] ?? t("invalid")} (${err.message})`, $("#ev-first"));
    }
  }
  planner.events.push(event);
  await renderPlanner();
}

// ======================================================================================
// Letters
// ======================================================================================

const CREDITOR_FIELDS = ["cr-name", "cr-address", "cr-siren", "cr-vat", "cr-rcs", "cr-form", "cr-capital", "cr-place", "cr-email", "cr-phone", "cr-iban", "cr-signatory"];
const STORE_KEY = "relance-demo.creditor";
let currentLetter = null;

function rememberCreditor() {
  if (!$("#remember").checked) {
    localStorage.removeItem(STORE_KEY);
    return;
  }
  const data = Object.fromEntries(CREDITOR_FIELDS.map((id) => [id, document.getElementById(id).value]));
  localStorage.setItem(STORE_KEY, JSON.stringify(data));
}
function restoreCreditor() {
  let data;
  try {
    data = JSON.parse(localStorage.getItem(STORE_KEY) ?? "null");
  } catch {
    data = null;
  }
  if (!data) return;
  for (const id of CREDITOR_FIELDS) if (typeof data[id] === "string") document.getElementById(id).value = data[id];
  $("#remember").checked = true;
}

const LETTER_KINDS_FROM_STEPS = { "pre-reminder": "pre-reminder", reminder: "reminder", "phone-call": "phone-script", "second-reminder": "second-reminder", "final-notice": "final-notice", "formal-notice": "formal-notice" };

function letterInput() {
  const { input } = lastResult;
  const kind = $("#lt-kind").value;
  const creditor = { name: $("#cr-name").value.trim(), address: $("#cr-address").value.trim() };
  const opt = { siren: "cr-siren", vatNumber: "cr-vat", rcsCity: "cr-rcs", legalForm: "cr-form", shareCapital: "cr-capital", place: "cr-place", email: "cr-email", phone: "cr-phone", iban: "cr-iban", signatory: "cr-signatory" };
  for (const [k, id] of Object.entries(opt)) if (document.getElementById(id).value.trim()) creditor[k] = document.getElementById(id).value.trim();
  const debtor = { name: $("#debtor-name").value.trim() || "—", kind: DEBTOR_KIND[input.regime] };
  if ($("#db-address").value.trim()) debtor.address = $("#db-address").value.trim();
  if ($("#db-civility").value) debtor.civility = $("#db-civility").value;
  if ($("#db-surname").value.trim()) debtor.surname = $("#db-surname").value.trim();
  if ($("#db-title").value.trim()) debtor.title = $("#db-title").value.trim();
  const invoice = { number: $("#invoice-number").value.trim() || "—", issueDate: $("#issue-date").value || input.dueDate, dueDate: input.dueDate, amount: input.amount };
  if (input.regime === "fr-public" && $("#db-chorus").value) invoice.chorusProDate = $("#db-chorus").value;
  if (input.payments) invoice.payments = input.payments;
  const letter = { kind, channel: $("#lt-channel").value, lang: $("#lt-lang").value, regime: input.regime, asOf: input.asOf, creditor, debtor, invoices: [invoice] };
  if (input.contractRate) letter.contractRate = input.contractRate;
  if (input.noticeDate) letter.noticeDate = input.noticeDate;
  if (input.regime === "fr-b2c") letter.creditorKind = input.creditor;
  const history = planner.history.filter((h) => LETTER_KINDS_FROM_STEPS[h.kind]).map((h) => ({ kind: LETTER_KINDS_FROM_STEPS[h.kind], date: h.date }));
  if (history.length) letter.history = history;
  if (kind === "payment-plan") {
    const planEvent = [...planner.events].reverse().find((e) => e.type === "plan-agreed");
    letter.instalments = planEvent
      ? planEvent.instalments
      : paymentPlan({ amount: lastResult.result.totalDue, firstDate: addDays(input.asOf, 30), count: 3, frequency: "monthly" }).instalments.map(({ date, amount }) => ({ date, amount }));
  }
  // A public buyer's file goes to an avocat: no enforcement lies against a public body.
  if (kind === "handover") letter.recipient = { name: $("#lt-recipient").value.trim() || "—", kind: input.regime === "fr-public" ? "avocat" : "commissaire-de-justice" };
  const delivery = Number($("#lt-delivery").value);
  if (kind === "formal-notice" && $("#lt-delivery").value !== "" && Number.isInteger(delivery)) letter.deliveryDays = delivery;
  return letter;
}

async function renderLetterPanel() {
  for (const node of $$("[data-kinds]")) node.hidden = !node.dataset.kinds.split(" ").includes($("#lt-kind").value);
  const ok = Boolean(lastResult);
  $("#letters-empty").hidden = ok;
  $("#letter-out").hidden = !ok;
  const letters = await loadModule("letters");
  if (!ok) return;
  const errorEl = $("#letter-error");
  errorEl.hidden = true;
  const frame = $("#letter-frame");
  if (!$("#cr-name").value.trim() || !$("#cr-address").value.trim()) {
    currentLetter = null;
    frame.hidden = true;
    $("#sms-preview").hidden = true;
    $("#letter-subject").textContent = "";
    $("#letter-warnings").hidden = true;
    errorEl.textContent = t("letterNeedsCreditor");
    errorEl.hidden = false;
    setLetterActions(false);
    return;
  }
  let letter;
  try {
    letter = letters.renderLetter(letterInput());
  } catch (error) {
    currentLetter = null;
    errorEl.textContent = `${ERROR_TEXT[lang][error.code] ?? t("invalid")} (${error.code ?? ""} ${error.field ?? ""} : ${error.message})`;
    errorEl.hidden = false;
    frame.hidden = true;
    $("#sms-preview").hidden = true;
    setLetterActions(false);
    return;
  }
  currentLetter = letter;
  setLetterActions(true);
  $("#letter-subject").textContent = t("subject", { x: letter.subject });
  if (letter.channel === "sms") {
    frame.hidden = true;
    frame.removeAttribute("srcdoc");
    $("#sms-preview").hidden = false;
    $("#sms-text").textContent = letter.text;
    $("#sms-info").textContent = letter.sms ? t("smsInfo", { len: letter.sms.length, enc: letter.sms.encoding, parts: letter.sms.parts }) : "";
  } else {
    $("#sms-preview").hidden = true;
    frame.hidden = false;
    // relance escapes every interpolated value; the iframe is sandboxed (no scripts, opaque
    // origin) and inherits the page's CSP, so its only stylesheet is our own letter.css.
    frame.srcdoc = `<!doctype html><html lang="${letter.lang}"><head><meta charset="utf-8"><link rel="stylesheet" href="letter.css"><title>${letter.lang === "fr" ? "Lettre" : "Letter"}</title></head><body>${letter.html}</body></html>`;
  }
  const w = $("#letter-warnings");
  w.hidden = letter.warnings.length === 0;
  w.replaceChildren(...letter.warnings.map(warningItem));
  buildPrintCopy(letter);
}

function setLetterActions(enabled) {
  for (const id of ["lt-copy", "lt-txt", "lt-html", "lt-print"]) document.getElementById(id).disabled = !enabled;
}

// The print copy: relance's HTML parsed inertly, then rebuilt element by element from a
// whitelist (tags and class names only, text through textContent). Nothing is injected.
const PRINT_TAGS = new Set(["article", "header", "footer", "div", "section", "address", "p", "strong", "em", "br", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "ul", "ol", "li", "h1", "h2", "h3", "span"]);
function rebuild(node) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const tag = node.tagName.toLowerCase();
  if (!PRINT_TAGS.has(tag)) return document.createTextNode(node.textContent);
  const copy = document.createElement(tag);
  const cls = node.getAttribute("class");
  if (cls) copy.className = cls.replace(/[^\w\s-]/g, "");
  if ((tag === "th" || tag === "td") && node.getAttribute("scope")) copy.setAttribute("scope", node.getAttribute("scope") === "row" ? "row" : "col");
  for (const child of node.childNodes) {
    const c = rebuild(child);
    if (c) copy.append(c);
  }
  return copy;
}
function buildPrintCopy(letter) {
  const target = $("#print-letter");
  if (letter.channel === "sms") {
    target.replaceChildren(el("p", { text: letter.text }));
    return;
  }
  const doc = new DOMParser().parseFromString(`<body>${letter.html}</body>`, "text/html");
  target.replaceChildren(...[...doc.body.childNodes].map(rebuild).filter(Boolean));
}

const LETTER_CSS_FOR_DOWNLOAD = `body{font-family:Georgia,"Times New Roman",serif;max-width:40rem;margin:2rem auto;line-height:1.45;color:#111}
.relance-header address{font-style:normal;margin-bottom:1rem}.relance-recipient{margin-left:55%}
.relance-place-date{text-align:right}table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid #999;padding:.2rem .4rem;text-align:left}.relance-num{text-align:right;white-space:nowrap}
@page{size:A4;margin:20mm}`;

function letterFileName(ext) {
  const base = `${currentLetter.kind}-${($("#invoice-number").value.trim() || "facture").replace(/[^\w.-]+/g, "_")}`;
  return `${base}.${ext}`;
}

// ======================================================================================
// Portfolio
// ======================================================================================

const PF_COLUMNS = ["id", "debtorId", "debtorName", "debtorKind", "regime", "number", "issueDate", "dueDate", "amount"];
const PF_REQUIRED = ["id", "debtorId", "dueDate", "amount"];
let lastPortfolio = null;

/** Splits CSV text into records with the line number each starts on. Handles quotes. */
function parseCsv(text) {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const sep = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ";" : ",";
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
    } else if (c === '"' && field === "") quoted = true;
    else if (c === sep) {
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

function validDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = isoToDate(s);
  return d.toISOString().slice(0, 10) === s;
}

/** CSV text → { invoices, lines (line of each invoice), errors [{ line, message }] }. */
function readPortfolio(text) {
  const { records } = parseCsv(text.replace(/^\ufeff/, ""));
  const errors = [];
  if (records.length === 0) return { invoices: [], lines: [], errors: [{ line: 1, message: t("pfNoRows") }] };
  const header = records[0].fields.map((h) => h.trim());
  const index = {};
  for (const col of PF_COLUMNS) {
    const i = header.findIndex((h) => h.toLowerCase() === col.toLowerCase());
    if (i >= 0) index[col] = i;
  }
  const missing = PF_REQUIRED.filter((c) => index[c] === undefined);
  if (missing.length) return { invoices: [], lines: [], errors: [{ line: records[0].line, message: t("pfColumns", { x: missing.join(", ") }) }] };
  const invoices = [];
  const lines = [];
  const seen = new Map();
  for (const rec of records.slice(1)) {
    const get = (c) => (index[c] === undefined ? "" : (rec.fields[index[c]] ?? "").trim());
    const problems = [];
    if (rec.fields.length !== header.length) problems.push(t("pfFieldCount", { n: rec.fields.length, m: header.length }));
    for (const c of PF_REQUIRED) if (!get(c)) problems.push(t("pfMissing", { c }));
    for (const c of ["dueDate", "issueDate"]) if (get(c) && !validDate(get(c))) problems.push(t("pfBadDate", { v: get(c), c }));
    const amount = get("amount").replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
    if (get("amount") && !/^\d+(\.\d{1,2})?$/.test(amount)) problems.push(t("pfBadAmount", { v: get("amount") }));
    if (get("debtorKind") && !["business", "consumer", "public"].includes(get("debtorKind"))) problems.push(t("pfBadEnum", { v: get("debtorKind"), c: "debtorKind" }));
    if (get("regime") && !["fr-b2b", "fr-b2c", "fr-public"].includes(get("regime"))) problems.push(t("pfBadEnum", { v: get("regime"), c: "regime" }));
    if (get("id") && seen.has(get("id"))) problems.push(t("pfDuplicate", { v: get("id"), n: seen.get(get("id")) }));
    if (problems.length) {
      errors.push({ line: rec.line, message: problems.join(" ; ") });
      continue;
    }
    seen.set(get("id"), rec.line);
    const inv = { id: get("id"), debtorId: get("debtorId"), dueDate: get("dueDate"), amount };
    for (const c of ["debtorName", "debtorKind", "regime", "number", "issueDate"]) if (get(c)) inv[c] = get(c);
    invoices.push(inv);
    lines.push(rec.line);
  }
  return { invoices, lines, errors };
}

async function runPortfolio(e) {
  e?.preventDefault();
  const dunning = await loadModule("dunning");
  const asOf = $("#pf-asof").value || todayIso();
  const { invoices, lines, errors } = readPortfolio($("#pf-csv").value);
  let result = null;
  // relance validates too: a row it refuses is reported with its line and left out.
  while (invoices.length) {
    try {
      result = dunning.agedBalance({ asOf, invoices });
      break;
    } catch (error) {
      const m = /^invoices\[(\d+)\]/.exec(error.field ?? "");
      if (!m) {
        errors.push({ line: 0, message: t("pfRelance", { x: `${error.code} : ${error.message}` }) });
        break;
      }
      const i = Number(m[1]);
      errors.push({ line: lines[i], message: t("pfRelance", { x: `${error.code} : ${error.message}` }) });
      invoices.splice(i, 1);
      lines.splice(i, 1);
    }
  }
  errors.sort((a, b) => a.line - b.line);
  $("#pf-errors-wrap").hidden = errors.length === 0;
  $("#pf-errors").replaceChildren(...errors.map((er) => el("li", { dataset: { line: er.line }, text: er.line ? t("pfLine", { n: er.line, x: er.message }) : er.message })));
  lastPortfolio = result ? { result, count: invoices.length, errors: errors.length } : null;
  renderPortfolio();
}

function renderPortfolio() {
  const ok = Boolean(lastPortfolio);
  $("#pf-result").hidden = !ok;
  $("#pf-empty").hidden = ok;
  if (!ok) return;
  const { result: r } = lastPortfolio;
  const bucketName = (label) => t("bucket")[label] ?? label;

  $("#pf-totals").replaceChildren(
    ...Object.entries(t("totalsPf")).map(([key, label]) =>
      el("div", { class: key === "totalDue" ? "grand" : "" }, el("dt", { text: label }), el("dd", { dataset: { out: `pf-${key}` }, text: key === "weightedDaysLate" ? new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(r[key]) : formatMoney(r[key]) })),
    ),
  );
  $("#pf-buckets tbody").replaceChildren(
    ...r.buckets.map((b) => {
      const tr = row(cell(bucketName(b.label)), cell(String(b.count), true), cell(formatMoney(b.amount), true));
      tr.dataset.bucket = b.label;
      tr.dataset.amount = b.amount;
      return tr;
    }),
  );
  drawChart(r.buckets, bucketName);

  const head = row(
    el("th", { scope: "col", text: t("pfDebtor") }),
    el("th", { scope: "col", text: t("pfStatus") }),
    ...r.buckets.map((b) => el("th", { scope: "col", class: "num", text: bucketName(b.label) })),
    el("th", { scope: "col", class: "num", text: t("pfOutstanding") }),
    el("th", { scope: "col", class: "num", text: t("pfShare") }),
    el("th", { scope: "col", class: "num", text: t("pfTotal") }),
    el("th", { scope: "col", text: t("pfNext") }),
  );
  $("#pf-debtors thead").replaceChildren(head);
  $("#pf-debtors tbody").replaceChildren(
    ...r.debtors.map((d) => {
      const name = el("th", { scope: "row", text: d.debtorName });
      const tr = row(
        name,
        cell(STATUS_TEXT[lang][d.status] ?? d.status),
        ...d.buckets.map((b) => cell(Number(b.amount) ? formatMoney(b.amount) : "—", true)),
        cell(formatMoney(d.outstanding), true),
        cell(formatPercent(d.sharePercent), true),
        cell(formatMoney(d.totalDue), true),
        cell(nextActionText(d.nextAction)),
      );
      tr.dataset.debtor = d.debtorId;
      return tr;
    }),
  );
  renderWarnings($("#pf-warnings"), $("#pf-warnings-wrap"), r.warnings, true);
  $("#pf-announce").textContent = t("pfAnnounce", { n: lastPortfolio.count, e: lastPortfolio.errors });
}

function nextActionText(next) {
  if (!next) return t("pfNone");
  const steps = next.steps.map((s) => STEP_TEXT[lang][s.kind] ?? s.step).join(", ");
  return `${formatDate(next.date)} : ${steps} (${channelsText(next.channels)})`;
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}
function drawChart(buckets, bucketName) {
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
        [
          d.debtorId,
          d.debtorName,
          d.status,
          ...d.buckets.map((b) => csvNumber(b.amount)),
          csvNumber(d.outstanding),
          csvNumber(d.sharePercent),
          csvNumber(d.interestOutstanding),
          csvNumber(d.compensation),
          csvNumber(d.totalDue),
          d.nextAction?.date ?? "",
          d.nextAction ? d.nextAction.steps.map((s) => s.step).join("+") : "",
        ],
        sep,
      ),
    );
  }
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

// ======================================================================================
// Start
// ======================================================================================

function rerenderAll() {
  applyStaticLang();
  renumberPayments();
  if (lastResult) render(lastResult.result);
  else compute(false);
  if (lastPortfolio) renderPortfolio();
  if (ratesInfo) $("#rates-known").textContent = t("ratesKnown", { x: formatDate(ratesInfo.knownThrough) });
  writeUrl();
  refreshActivePanel();
}

let ratesInfo = null;

async function main() {
  applyStaticLang();
  const status = $("#rates-known");
  status.textContent = t("loading");
  try {
    await init();
  } catch (error) {
    status.textContent = t("loadFailed", { x: error?.message ?? error });
    status.classList.add("error");
    $("#compute").disabled = true;
    return;
  }
  ratesInfo = rates();
  status.textContent = t("ratesKnown", { x: formatDate(ratesInfo.knownThrough) });
  $("#version").textContent = version();

  const tab = readUrl();
  $("#as-of").value ||= todayIso();
  $("#pf-asof").value = $("#as-of").value;
  restoreCreditor();
  showRegimeFields();
  showEventFields();
  renumberPayments();

  regimeEl.addEventListener("change", showRegimeFields);
  $("#add-payment").addEventListener("click", () => {
    addPayment();
    writeUrl();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(calcTimer);
    writeUrl();
    compute(true);
    refreshActivePanel();
  });
  form.addEventListener("input", onCalcChange);
  form.addEventListener("change", onCalcChange);
  $("#share").addEventListener("click", () => {
    writeUrl();
    copyText(location.href, $("#share-status")).then(() => {
      if ($("#share-status").textContent === t("copied")) $("#share-status").textContent = t("linkCopied");
    });
  });
  $("#copy-statement").addEventListener("click", () => lastResult && copyText(statementText(lastResult.result), $("#calc-action-status")));
  $("#download-csv").addEventListener("click", () => {
    if (!lastResult) return;
    const name = lang === "fr" ? "decompte-penalites.csv" : "late-payment-statement.csv";
    download(name, "text/csv;charset=utf-8", statementCsv(lastResult.result));
    $("#calc-action-status").textContent = t("downloaded", { x: name });
  });
  $("#lang-switch").addEventListener("click", () => {
    lang = lang === "fr" ? "en" : "fr";
    $("#lt-lang").value = lang;
    rerenderAll();
  });
  $("#lt-lang").value = lang;

  // Planner
  $("#ev-type").addEventListener("change", showEventFields);
  $("#event-form").addEventListener("submit", addEvent);

  // E-invoice drop zone.
  $("#einvoice-file").addEventListener("change", (e) => {
    const file = e.target.files?.[0];
    if (file) readEinvoiceFile(file);
  });
  const einvoiceDrop = $("#einvoice-drop");
  einvoiceDrop.addEventListener("dragover", (e) => {
    e.preventDefault();
    einvoiceDrop.classList.add("dragging");
  });
  einvoiceDrop.addEventListener("dragleave", () => einvoiceDrop.classList.remove("dragging"));
  einvoiceDrop.addEventListener("drop", (e) => {
    e.preventDefault();
    einvoiceDrop.classList.remove("dragging");
    const file = e.dataTransfer?.files?.[0];
    if (file) readEinvoiceFile(file);
  });

  // Letters
  const letterForm = $("#letter-form");
  let letterTimer;
  letterForm.addEventListener("submit", (e) => e.preventDefault());
  letterForm.addEventListener("input", (e) => {
    if (CREDITOR_FIELDS.includes(e.target.id) || e.target.id === "remember") rememberCreditor();
    clearTimeout(letterTimer);
    letterTimer = setTimeout(renderLetterPanel, 150);
  });
  letterForm.addEventListener("change", () => {
    clearTimeout(letterTimer);
    letterTimer = setTimeout(renderLetterPanel, 50);
  });
  $("#remember").addEventListener("change", rememberCreditor);
  $("#lt-copy").addEventListener("click", () => currentLetter && copyText(currentLetter.text, $("#letter-status")));
  $("#lt-txt").addEventListener("click", () => {
    if (!currentLetter) return;
    download(letterFileName("txt"), "text/plain;charset=utf-8", currentLetter.text);
    $("#letter-status").textContent = t("downloaded", { x: letterFileName("txt") });
  });
  $("#lt-html").addEventListener("click", () => {
    if (!currentLetter) return;
    const l = currentLetter;
    const title = l.subject.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const doc = `<!doctype html>\n<html lang="${l.lang}"><head><meta charset="utf-8"><title>${title}</title><style>${LETTER_CSS_FOR_DOWNLOAD}</style></head><body>\n${l.html}</body></html>\n`;
    download(letterFileName("html"), "text/html;charset=utf-8", doc);
    $("#letter-status").textContent = t("downloaded", { x: letterFileName("html") });
  });
  $("#lt-print").addEventListener("click", () => currentLetter && window.print());

  // Portfolio
  $("#portfolio-form").addEventListener("submit", runPortfolio);
  $("#pf-sample").addEventListener("click", async () => {
    const response = await fetch("sample-invoices.csv");
    $("#pf-csv").value = await response.text();
    await runPortfolio();
  });
  $("#pf-file").addEventListener("change", async () => {
    const files = [...$("#pf-file").files];
    if (!files.length) return;
    const invoices = files.filter(isEinvoiceFile);
    if (invoices.length) await addEinvoicesToPortfolio(invoices);
    else $("#pf-csv").value = await files[0].text();
    await runPortfolio();
  });
  const drop = $("#pf-csv");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("dragging");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", async (e) => {
    e.preventDefault();
    drop.classList.remove("dragging");
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return;
    const invoices = files.filter(isEinvoiceFile);
    if (invoices.length) await addEinvoicesToPortfolio(invoices);
    else drop.value = await files[0].text();
    await runPortfolio();
  });
  $("#pf-export").addEventListener("click", () => {
    if (!lastPortfolio) return;
    const name = lang === "fr" ? "balance-agee.csv" : "aged-balance.csv";
    download(name, "text/csv;charset=utf-8", portfolioCsv());
  });

  // Wide tables scroll sideways on a phone: make each scroller reachable by keyboard.
  $$(".table-wrap").forEach((wrap, i) => {
    const caption = wrap.querySelector("caption");
    if (caption && !caption.id) caption.id = `table-caption-${i}`;
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    if (caption) wrap.setAttribute("aria-labelledby", caption.id);
  });
  setupTabs();
  compute(false);
  await selectTab(tab ?? "calc");
  document.documentElement.dataset.ready = "true";
}

main();
