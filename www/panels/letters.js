// The letters panel: renderLetter for the case (every invoice of the debtor in one letter),
// previewed in a sandboxed iframe, copied, downloaded (.txt, .html) or printed. The creditor's
// details are remembered in localStorage only when the user ticks the box.
import { $, $$, el, download } from "../dom.js";
import { t, tParts, getLang } from "../lang.js";
import { ERROR_TEXT } from "../i18n.js";
import { addDays, todayIso } from "../format.js";
import { renderLetter, paymentPlan, dunningPlan, loadModule } from "../lib.js";
import { downloadPdf } from "../pdf-download.js";
import { state } from "../state.js";
import { warningItem, errorParts } from "../warnings.js";
import { caseInvoices, caseContext, debtorName, invoiceNumber } from "./calculator.js";
import { plannerInput } from "./planner.js";

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
export function restoreCreditor() {
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

// Steps of the ladder that are letters of renderLetter, for the letter's own history.
const LETTER_KINDS_FROM_STEPS = { "pre-reminder": "pre-reminder", reminder: "reminder", "phone-call": "phone-script", "second-reminder": "second-reminder", "final-notice": "final-notice", "formal-notice": "formal-notice" };

async function letterInput() {
  const { regime, asOf: asOfField } = caseContext();
  const asOf = asOfField || todayIso();
  const calcInput = state.calc?.input;
  const kind = $("#lt-kind").value;
  const creditor = { name: $("#cr-name").value.trim(), address: $("#cr-address").value.trim() };
  const opt = { siren: "cr-siren", vatNumber: "cr-vat", rcsCity: "cr-rcs", legalForm: "cr-form", shareCapital: "cr-capital", place: "cr-place", email: "cr-email", phone: "cr-phone", iban: "cr-iban", signatory: "cr-signatory" };
  for (const [k, id] of Object.entries(opt)) if (document.getElementById(id).value.trim()) creditor[k] = document.getElementById(id).value.trim();
  const debtor = { name: debtorName() || "—", kind: caseContext().kind };
  if ($("#db-address").value.trim()) debtor.address = $("#db-address").value.trim();
  if ($("#db-civility").value) debtor.civility = $("#db-civility").value;
  if ($("#db-surname").value.trim()) debtor.surname = $("#db-surname").value.trim();
  if ($("#db-title").value.trim()) debtor.title = $("#db-title").value.trim();
  // One letter for every invoice of the case; it lists them all with their total.
  const invoices = caseInvoices().map((inv) => {
    const out = { number: inv.current ? invoiceNumber() || "—" : inv.number, issueDate: inv.issueDate || inv.dueDate, dueDate: inv.dueDate, amount: inv.amount };
    if (regime === "fr-public" && inv.current && $("#db-chorus").value) out.chorusProDate = $("#db-chorus").value;
    if (inv.payments) out.payments = inv.payments;
    return out;
  });
  const letter = { kind, channel: $("#lt-channel").value, lang: $("#lt-lang").value, regime, asOf, creditor, debtor, invoices };
  const contractRate = calcInput?.contractRate ?? state.others.find((o) => o.contractRate)?.contractRate;
  if (regime === "fr-b2b" && contractRate) letter.contractRate = contractRate;
  if (regime === "fr-b2c") {
    letter.creditorKind = $("#creditor").value;
    if ($("#notice-date").value) letter.noticeDate = $("#notice-date").value;
  }
  const history = state.history.filter((h) => LETTER_KINDS_FROM_STEPS[h.step]).map((h) => ({ kind: LETTER_KINDS_FROM_STEPS[h.step], date: h.date }));
  if (history.length) letter.history = history;
  if (kind === "payment-plan") {
    const planEvent = [...state.events].reverse().find((e) => e.type === "plan-agreed");
    let total = state.calc?.result.totalDue;
    if (invoices.length > 1 || !total) total = (await dunningPlan(await plannerInput())).totals.totalDue;
    letter.instalments = planEvent ? planEvent.instalments : paymentPlan({ amount: total, firstDate: addDays(asOf, 30), count: 3, frequency: "monthly" }).instalments.map(({ date, amount }) => ({ date, amount }));
  }
  // A public buyer's file goes to an avocat: no enforcement lies against a public body.
  if (kind === "handover") letter.recipient = { name: $("#lt-recipient").value.trim() || "—", kind: regime === "fr-public" ? "avocat" : "commissaire-de-justice" };
  const delivery = Number($("#lt-delivery").value);
  if (kind === "formal-notice" && $("#lt-delivery").value !== "" && Number.isInteger(delivery)) letter.deliveryDays = delivery;
  return letter;
}

function hideLetter(nodes) {
  currentLetter = null;
  const errorEl = $("#letter-error");
  errorEl.replaceChildren(...nodes);
  errorEl.hidden = false;
  $("#letter-frame").hidden = true;
  $("#sms-preview").hidden = true;
  $("#letter-subject").textContent = "";
  $("#letter-warnings").hidden = true;
  setLetterActions(false);
}

export async function renderLetterPanel() {
  for (const node of $$("[data-kinds]")) node.hidden = !node.dataset.kinds.split(" ").includes($("#lt-kind").value);
  const ok = caseInvoices().length > 0;
  $("#letters-empty").hidden = ok;
  $("#letter-out").hidden = !ok;
  await loadModule("letters");
  if (!ok) return;
  $("#letter-error").hidden = true;
  const frame = $("#letter-frame");
  if (!$("#cr-name").value.trim() || !$("#cr-address").value.trim()) return hideLetter([t("letterNeedsCreditor")]);
  let letter;
  try {
    letter = await renderLetter(await letterInput());
  } catch (error) {
    return hideLetter(errorParts(ERROR_TEXT[getLang()][error.code] ?? t("invalid"), error));
  }
  currentLetter = letter;
  setLetterActions(true);
  // The subject is in the letter's language, which may differ from the page's: marked so.
  $("#letter-subject").replaceChildren(...tParts("subject", { x: el("span", { lang: letter.lang, text: letter.subject }) }));
  $("#letter-subject").dataset.invoices = String(letter.figures?.invoices?.length ?? "");
  if (letter.channel === "sms") {
    frame.hidden = true;
    frame.removeAttribute("srcdoc");
    $("#sms-preview").hidden = false;
    $("#sms-text").textContent = letter.text;
    $("#sms-text").lang = letter.lang;
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
  for (const id of ["lt-copy", "lt-txt", "lt-html", "lt-print", "lt-pdf"]) document.getElementById(id).disabled = !enabled;
  // A text message has no PDF.
  $("#lt-pdf").hidden = $("#lt-channel").value === "sms";
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
  const base = `${currentLetter.kind}-${(invoiceNumber() || "facture").replace(/[^\w.-]+/g, "_")}`;
  return `${base}.${ext}`;
}

export async function copyText(text, statusEl) {
  try {
    await navigator.clipboard.writeText(text);
    statusEl.textContent = t("copied");
  } catch {
    statusEl.textContent = t("copyFailed");
  }
}

export function setupLetters() {
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
  // The PDF is laid out in the browser by relance/pdf from the same input as the preview.
  $("#lt-pdf").addEventListener("click", async () => {
    if (!currentLetter) return;
    try {
      const { fileName } = downloadPdf(await loadModule("pdf"), await letterInput());
      $("#letter-status").textContent = t("downloaded", { x: fileName });
    } catch (error) {
      $("#letter-status").textContent = error?.message ?? String(error);
    }
  });
}
