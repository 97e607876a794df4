// The calculator panel: one invoice's late-payment penalties (lateFees), its partial payments,
// and the list of the same debtor's other invoices that the planner and the letters add to it.
import { $, $$, el, cell, row, out, fromLibrary } from "../dom.js";
import { t, getLang } from "../lang.js";
import { ERROR_TEXT } from "../i18n.js";
import { formatMoney, formatPercent, formatDate, normaliseNumber } from "../format.js";
import { lateFees } from "../lib.js";
import { state, hooks } from "../state.js";
import { renderWarnings, errorParts } from "../warnings.js";

const form = () => $("#calc");
const regimeEl = () => $("#regime");
const paymentsEl = () => $("#payments");

export const DEBTOR_KIND = { "fr-b2b": "business", "fr-b2c": "consumer", "fr-public": "public" };

export function showRegimeFields() {
  for (const group of $$("[data-regimes]")) {
    group.hidden = !group.dataset.regimes.split(" ").includes(regimeEl().value);
  }
}

export function renumberPayments() {
  [...paymentsEl().children].forEach((li, i) => {
    const n = i + 1;
    for (const input of li.querySelectorAll("input")) input.id = `payment-${n}-${input.dataset.name}`;
    for (const label of li.querySelectorAll("label")) {
      label.htmlFor = `payment-${n}-${label.dataset.for}`;
      label.textContent = label.dataset.for === "date" ? t("paymentDate", { n }) : t("paymentAmount", { n });
    }
    const remove = li.querySelector(".remove");
    remove.textContent = t("remove");
    remove.setAttribute("aria-label", t("removePayment", { n }));
  });
  $("#payments-empty").hidden = paymentsEl().children.length > 0;
}

export function addPayment(values = {}, focus = true) {
  const li = $("#payment-row").content.firstElementChild.cloneNode(true);
  li.querySelector('[data-name="date"]').value = values.date ?? "";
  li.querySelector('[data-name="amount"]').value = values.amount ?? "";
  li.querySelector(".remove").addEventListener("click", () => {
    li.remove();
    renumberPayments();
    $("#add-payment").focus();
    onCalcChange();
  });
  paymentsEl().append(li);
  renumberPayments();
  if (focus) li.querySelector("input").focus();
}

/** The payment rows as [{ date, amount }] as typed (for the URL). */
export function paymentRows() {
  return [...paymentsEl().children].map((li) => ({ date: li.querySelector('[data-name="date"]').value, amount: li.querySelector('[data-name="amount"]').value }));
}
export function clearPayments() {
  paymentsEl().replaceChildren();
  renumberPayments();
}

/** The lateFees input, and for each payments[i] the row it came from (to point at errors). */
function readForm() {
  const regime = regimeEl().value;
  const input = { regime, amount: normaliseNumber($("#amount").value), dueDate: $("#due-date").value, asOf: $("#as-of").value };
  if (regime === "fr-b2b" && $("#contract-rate").value.trim()) input.contractRate = normaliseNumber($("#contract-rate").value);
  if (regime === "fr-b2c") {
    input.creditor = $("#creditor").value;
    if ($("#notice-date").value) input.noticeDate = $("#notice-date").value;
  }
  const rows = [];
  const payments = [];
  for (const li of paymentsEl().children) {
    const date = li.querySelector('[data-name="date"]').value;
    const amount = normaliseNumber(li.querySelector('[data-name="amount"]').value);
    if (!date && !amount) continue; // an empty row is ignored
    const payment = {};
    if (date) payment.date = date; // a half-filled row lets relance name the missing field
    if (amount) payment.amount = amount;
    payments.push(payment);
    rows.push(li);
  }
  if (payments.length) input.payments = payments;
  return { input, rows };
}

const FIELD_IDS = { regime: "regime", amount: "amount", dueDate: "due-date", asOf: "as-of", contractRate: "contract-rate", creditor: "creditor", noticeDate: "notice-date" };

function controlFor(field, rows) {
  if (!field) return null;
  const m = /^payments\[(\d+)\]\.(date|amount)$/.exec(field);
  if (m) return rows[Number(m[1])]?.querySelector(`[data-name="${m[2]}"]`) ?? null;
  const id = FIELD_IDS[field];
  return id ? document.getElementById(id) : null;
}

function clearErrors() {
  const formError = $("#form-error");
  formError.hidden = true;
  formError.textContent = "";
  for (const node of form().querySelectorAll("[aria-invalid]")) {
    node.removeAttribute("aria-invalid");
    node.removeAttribute("aria-errormessage");
  }
}

function showError(error, rows, focus) {
  const formError = $("#form-error");
  const control = error?.name === "RelanceError" ? controlFor(error.field, rows) : null;
  const label = control?.labels?.[0]?.textContent;
  let lead;
  if (error?.name === "RelanceError") {
    const what = ERROR_TEXT[getLang()][error.code] ?? t("invalid");
    lead = label ? t("fieldError", { label, x: what }) : t("invalidInput", { x: what });
  } else lead = t("unexpected");
  formError.replaceChildren(...errorParts(lead, error));
  formError.hidden = false;
  if (control) {
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-errormessage", "form-error");
    if (focus) control.focus();
  }
}

export const debtorName = () => $("#debtor-name").value.trim();
export const invoiceNumber = () => $("#invoice-number").value.trim();

/** "Débiteur : X — Facture n° Y — échéance Z" for the calculator's invoice. */
export function invoiceLabel() {
  const parts = [];
  if (debtorName()) parts.push(t("debtorLine", { x: debtorName() }));
  if (invoiceNumber()) parts.push(t("invoiceLine", { x: invoiceNumber() }));
  if ($("#due-date").value) parts.push(t("dueLine", { x: formatDate($("#due-date").value) }));
  return parts.join(" — ");
}

function render(result) {
  $("#result-invoice").textContent = invoiceLabel();
  $("#rule").replaceChildren(fromLibrary("span", result.rule, ""));
  out("interestFrom", result.interestFrom ? formatDate(result.interestFrom) : "—");
  out("days", String(result.days));

  const body = $("#periods tbody");
  body.replaceChildren(
    ...result.periods.map((p) => row(cell(formatDate(p.from)), cell(formatDate(p.to)), cell(String(p.days), true), cell(formatMoney(p.principal), true), cell(formatPercent(p.ratePercent), true), cell(formatMoney(p.interest), true))),
  );
  if (result.periods.length === 0) {
    const td = cell(t("noInterest"));
    td.colSpan = 6;
    body.append(row(td));
  }
  const allocations = result.allocations ?? [];
  $("#allocations-wrap").hidden = allocations.length === 0;
  $("#allocations tbody").replaceChildren(
    ...allocations.map((a) => row(cell(formatDate(a.date)), cell(formatMoney(a.amount), true), cell(formatMoney(a.toInterest), true), cell(formatMoney(a.toPrincipal), true), cell(formatMoney(a.unallocated), true))),
  );
  for (const key of ["interest", "interestPaid", "interestOutstanding", "principalOutstanding", "compensation", "totalDue"]) out(key, formatMoney(result[key]));
  renderWarnings($("#warnings"), $("#warnings-wrap"), result.warnings ?? []);
  $("#rates-used tbody").replaceChildren(
    ...(result.ratesUsed ?? []).map((r) => {
      const basis = el("td", {}, fromLibrary("span", r.basis, ""));
      if (r.assumed) basis.append(el("strong", { class: "badge", text: ` ${t("assumed")}` }));
      return row(cell(formatDate(r.from)), cell(formatDate(r.to)), cell(formatPercent(r.ratePercent), true), basis);
    }),
  );
  out("knownThrough", formatDate(result.rateTables.knownThrough));
  $("#result").hidden = false;
  $("#calc-announce").textContent = t("announceTotal", { x: formatMoney(result.totalDue) });
}

/** Recomputes; `interactive` (on submit) moves the focus to the error or the result. */
export function compute(interactive) {
  clearErrors();
  const { input, rows } = readForm();
  let result;
  try {
    result = lateFees(structuredClone(input));
  } catch (error) {
    state.calc = null;
    $("#result").hidden = true;
    // While typing, an incomplete form is not an error worth shouting about.
    const incomplete = !interactive && (!input.amount || !input.dueDate || !input.asOf || error?.code === "missing-field");
    if (!incomplete) showError(error, rows, interactive);
    return;
  }
  state.calc = { input, result };
  render(result);
  if (interactive) $("#result-title").focus();
}

/** Redraws in the current language without recomputing when a result is there. */
export function rerender() {
  renumberPayments();
  renderOthers();
  if (state.calc) render(state.calc.result);
  else compute(false);
}

let calcTimer;
export function onCalcChange() {
  hooks.writeUrl();
  clearTimeout(calcTimer);
  calcTimer = setTimeout(() => {
    compute(false);
    hooks.refresh();
  }, 120);
}

// ---- The case: this invoice and the debtor's other invoices ----

/** The calculator's invoice in the shape dunningPlan and the history file use. */
export function calcInvoice() {
  if (!state.calc) return null;
  const { input } = state.calc;
  const inv = { dueDate: input.dueDate, amount: input.amount };
  if (invoiceNumber()) inv.number = invoiceNumber();
  if ($("#issue-date").value) inv.issueDate = $("#issue-date").value;
  if (input.payments) inv.payments = input.payments;
  if (input.contractRate) inv.contractRate = input.contractRate;
  return inv;
}

/**
 * Every invoice of the case, by due date, each with an id ("F1"…) and a number: the
 * calculator's (when it computes) and the other invoices listed under it.
 */
export function caseInvoices() {
  const current = calcInvoice();
  const all = [...(current ? [{ ...current, current: true }] : []), ...state.others.map((o) => ({ ...o }))];
  all.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  return all.map((inv, i) => ({ ...inv, id: `F${i + 1}`, number: inv.number || `F${i + 1}` }));
}

/** The case's regime and date: the calculator's, also when its own invoice is incomplete. */
export function caseContext() {
  const regime = regimeEl().value;
  return { regime, asOf: $("#as-of").value, kind: DEBTOR_KIND[regime] };
}

export function renderOthers() {
  const list = $("#others");
  $("#others-empty").hidden = state.others.length > 0;
  list.replaceChildren(
    ...state.others.map((o, i) => {
      const label = t("otherLine", { x: o.number || "—", d: formatDate(o.dueDate), a: formatMoney(o.amount) }) + (o.payments?.length ? t("otherPaid", { n: o.payments.length }) : "");
      const remove = el("button", { type: "button", class: "secondary small", "aria-label": t("removeOtherLabel", { x: o.number || formatDate(o.dueDate) }), text: t("removeEntry") });
      remove.addEventListener("click", () => {
        state.others.splice(i, 1);
        renderOthers();
        hooks.writeUrl();
        hooks.refresh();
        $("#add-invoice").focus();
      });
      return el("li", { dataset: { due: o.dueDate, amount: o.amount } }, el("span", { text: label }), " ", remove);
    }),
  );
}

/** "Add another invoice of this debtor": the invoice typed joins the list; the form clears for the next. */
function addAnotherInvoice() {
  compute(true);
  const status = $("#others-status");
  const inv = calcInvoice();
  if (!inv) {
    status.textContent = t("otherNeedsInvoice");
    return;
  }
  state.others.push(inv);
  for (const id of ["invoice-number", "amount", "issue-date", "due-date"]) document.getElementById(id).value = "";
  clearPayments();
  state.calc = null;
  $("#result").hidden = true;
  clearErrors();
  renderOthers();
  status.textContent = t("otherAdded", { n: state.others.length });
  hooks.writeUrl();
  hooks.refresh();
  $("#invoice-number").focus();
}

export function setupCalculator() {
  regimeEl().addEventListener("change", showRegimeFields);
  $("#add-payment").addEventListener("click", () => {
    addPayment();
    hooks.writeUrl();
  });
  $("#add-invoice").addEventListener("click", addAnotherInvoice);
  form().addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(calcTimer);
    hooks.writeUrl();
    compute(true);
    hooks.refresh();
  });
  form().addEventListener("input", onCalcChange);
  form().addEventListener("change", onCalcChange);
}
