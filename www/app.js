// Demo calculator for relance's lateFees(). No framework, no bundler: the page imports the
// web build of the npm package and initialises it once. Every text that comes from the user
// or from a result is inserted with textContent, never as HTML.
import init, { lateFees, rates, version } from "../pkg/relance.js";

const $ = (selector, root = document) => root.querySelector(selector);

const form = $("#calc");
const regimeEl = $("#regime");
const paymentsEl = $("#payments");
const formError = $("#form-error");
const resultEl = $("#result");

// ---- French display formatting (exact: works on the decimal strings, never on floats) ----

const NNBSP = "\u202f"; // thousands separator
const NBSP = "\u00a0"; // before € and %

/** "1234.56" → "1 234,56 €" */
function formatMoney(value) {
  const negative = value.startsWith("-");
  const [int, frac = "00"] = value.replace(/^[-+]/, "").split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
  return `${negative ? "−" : ""}${grouped},${frac.padEnd(2, "0")}${NBSP}€`;
}

/** "12.15" → "12,15 %" */
function formatPercent(value) {
  return `${value.replace(".", ",")}${NBSP}%`;
}

/** "2026-03-01" → "01/03/2026" */
function formatDate(iso) {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** What a person types ("1 234,50") → what relance parses ("1234.50"). */
function normaliseNumber(text) {
  return text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
}

function todayIso() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ---- Form ----

function showRegimeFields() {
  for (const group of document.querySelectorAll("[data-regimes]")) {
    group.hidden = !group.dataset.regimes.split(" ").includes(regimeEl.value);
  }
}

function renumberPayments() {
  [...paymentsEl.children].forEach((row, i) => {
    const n = i + 1;
    for (const input of row.querySelectorAll("input")) {
      input.id = `payment-${n}-${input.dataset.name}`;
    }
    for (const label of row.querySelectorAll("label")) {
      label.htmlFor = `payment-${n}-${label.dataset.for}`;
      label.textContent = label.dataset.for === "date" ? `Date du paiement ${n}` : `Montant du paiement ${n} (€)`;
    }
    row.querySelector(".remove").setAttribute("aria-label", `Supprimer le paiement ${n}`);
  });
}

function addPayment() {
  const row = $("#payment-row").content.firstElementChild.cloneNode(true);
  row.querySelector(".remove").addEventListener("click", () => {
    row.remove();
    renumberPayments();
    $("#add-payment").focus();
  });
  paymentsEl.append(row);
  renumberPayments();
  row.querySelector("input").focus();
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
  if (regime === "fr-b2b" && $("#contract-rate").value.trim()) {
    input.contractRate = normaliseNumber($("#contract-rate").value);
  }
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

// ---- Errors ----

const FIELD_IDS = {
  regime: "regime",
  amount: "amount",
  dueDate: "due-date",
  asOf: "as-of",
  contractRate: "contract-rate",
  creditor: "creditor",
  noticeDate: "notice-date",
};

const ERROR_TEXT = {
  "missing-field": "ce champ est obligatoire",
  "invalid-date": "date invalide",
  "date-out-of-range": "date hors limites",
  "invalid-amount": "montant invalide (chiffres, virgule, deux décimales au plus)",
  "negative-amount": "le montant doit être positif",
  "amount-out-of-range": "montant trop grand",
  "non-finite-number": "nombre invalide",
  "invalid-rate": "taux invalide (par exemple 12,15)",
  "rate-out-of-range": "le taux doit être compris entre 0 et 100 %",
  "date-before-rates": "date antérieure aux tables de taux embarquées",
  "rate-unavailable": "taux non publié pour cette période",
  "inconsistent-input": "données incohérentes",
  "unknown-variant": "choix invalide",
};

/** The form control an error's field path points at, if any. */
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
  for (const el of form.querySelectorAll("[aria-invalid]")) {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-errormessage");
  }
}

function showError(error, rows) {
  formError.replaceChildren();
  const control = error?.name === "RelanceError" ? controlFor(error.field, rows) : null;
  const label = control?.labels?.[0]?.textContent;
  const lead = document.createElement("strong");
  if (error?.name === "RelanceError") {
    const what = ERROR_TEXT[error.code] ?? "saisie invalide";
    lead.textContent = label ? `${label} : ${what}.` : `Saisie invalide : ${what}.`;
  } else {
    lead.textContent = "Erreur inattendue du module de calcul.";
  }
  const detail = document.createElement("span");
  detail.className = "detail";
  detail.textContent = ` (${error?.code ? `${error.code} : ` : ""}${error?.message ?? String(error)})`;
  formError.append(lead, detail);
  formError.hidden = false;
  if (control) {
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-errormessage", "form-error");
    control.focus();
  }
}

// ---- Result ----

function cell(text, numeric = false) {
  const td = document.createElement("td");
  td.textContent = text;
  if (numeric) td.className = "num";
  return td;
}

function out(name, text) {
  for (const el of document.querySelectorAll(`[data-out="${name}"]`)) el.textContent = text;
}

function render(result) {
  $("#rule").textContent = result.rule;
  out("interestFrom", result.interestFrom ? formatDate(result.interestFrom) : "—");
  out("days", String(result.days));

  const body = $("#periods tbody");
  body.replaceChildren(
    ...result.periods.map((p) => {
      const tr = document.createElement("tr");
      tr.append(
        cell(formatDate(p.from)),
        cell(formatDate(p.to)),
        cell(String(p.days), true),
        cell(formatMoney(p.principal), true),
        cell(formatPercent(p.ratePercent), true),
        cell(formatMoney(p.interest), true),
      );
      return tr;
    }),
  );
  if (result.periods.length === 0) {
    const tr = document.createElement("tr");
    const td = cell("Aucun intérêt à cette date.");
    td.colSpan = 6;
    tr.append(td);
    body.append(tr);
  }

  const allocations = result.allocations ?? [];
  $("#allocations-wrap").hidden = allocations.length === 0;
  $("#allocations tbody").replaceChildren(
    ...allocations.map((a) => {
      const tr = document.createElement("tr");
      tr.append(
        cell(formatDate(a.date)),
        cell(formatMoney(a.amount), true),
        cell(formatMoney(a.toInterest), true),
        cell(formatMoney(a.toPrincipal), true),
        cell(formatMoney(a.unallocated), true),
      );
      return tr;
    }),
  );

  for (const key of ["interest", "interestPaid", "interestOutstanding", "principalOutstanding", "compensation", "totalDue"]) {
    out(key, formatMoney(result[key]));
  }

  const warnings = result.warnings ?? [];
  $("#warnings-wrap").hidden = warnings.length === 0;
  $("#warnings").replaceChildren(
    ...warnings.map((w) => {
      const li = document.createElement("li");
      li.dataset.code = w.code;
      li.textContent = w.message;
      return li;
    }),
  );

  out("knownThrough", formatDate(result.rateTables.knownThrough));
  resultEl.hidden = false;
}

function compute(event) {
  event.preventDefault();
  clearErrors();
  const { input, rows } = readForm();
  let result;
  try {
    result = lateFees(input);
  } catch (error) {
    resultEl.hidden = true;
    showError(error, rows);
    return;
  }
  render(result);
  $("#result-title").focus();
}

// ---- Start ----

async function main() {
  const status = $("#rates-known");
  try {
    await init();
  } catch (error) {
    status.textContent = `Le module de calcul n’a pas pu être chargé (${error?.message ?? error}). La page doit être servie en http(s), pas ouverte depuis un fichier.`;
    status.classList.add("error");
    $("#compute").disabled = true;
    return;
  }
  const info = rates();
  status.textContent = `Taux BCE et taux d’intérêt légal connus jusqu’au ${formatDate(info.knownThrough)} ; au-delà, le dernier taux connu est reconduit et signalé.`;
  $("#version").textContent = version();
  $("#as-of").value ||= todayIso();
  regimeEl.addEventListener("change", showRegimeFields);
  $("#add-payment").addEventListener("click", addPayment);
  form.addEventListener("submit", compute);
  showRegimeFields();
  document.documentElement.dataset.ready = "true";
}

main();
