// The case as one plain object (the history file's content): the calculator's fields and
// invoice, the debtor's other invoices, the steps done, the events, the edited ladder. Used to
// save it (history-file.js), to load it back, and by the portfolio's "follow up this client".
import { $ } from "./dom.js";
import { state, clearCase, hooks } from "./state.js";
import { FORMAT, VERSION } from "./history-file.js";
import { calcInvoice, addPayment, clearPayments, compute, renderOthers, showRegimeFields, debtorName } from "./panels/calculator.js";
import { selectTab } from "./tabs.js";

export function caseObject() {
  const regime = $("#regime").value;
  const f = { format: FORMAT, version: VERSION, savedAt: new Date().toISOString(), regime };
  if ($("#as-of").value) f.asOf = $("#as-of").value;
  if (debtorName()) f.debtor = { name: debtorName() };
  if (regime === "fr-b2c") {
    f.creditorKind = $("#creditor").value;
    if ($("#notice-date").value) f.noticeDate = $("#notice-date").value;
  }
  // The calculator's invoice first: loading the file puts it back in the form.
  const current = calcInvoice();
  f.invoices = [...(current ? [current] : []), ...state.others];
  f.history = state.history;
  f.events = state.events;
  if (state.policy) f.policy = state.policy;
  return structuredClone(f);
}

/** Replaces the case with `f` (already checked): the first invoice goes into the calculator. */
export async function loadCase(f, { tab } = {}) {
  clearCase();
  $("#regime").value = f.regime;
  if (f.asOf) $("#as-of").value = f.asOf;
  $("#debtor-name").value = f.debtor?.name ?? "";
  $("#creditor").value = f.creditorKind ?? "professional";
  $("#notice-date").value = f.noticeDate ?? "";
  const [first, ...others] = f.invoices;
  $("#invoice-number").value = first.number ?? "";
  $("#issue-date").value = first.issueDate ?? "";
  $("#due-date").value = first.dueDate;
  $("#amount").value = first.amount;
  $("#contract-rate").value = first.contractRate ?? "";
  clearPayments();
  for (const p of first.payments ?? []) addPayment(p, false);
  state.others = structuredClone(others);
  state.history = structuredClone(f.history ?? []);
  state.events = structuredClone(f.events ?? []);
  state.policy = f.policy ? structuredClone(f.policy) : null;
  showRegimeFields();
  renderOthers();
  compute(false);
  hooks.writeUrl();
  if (tab) await selectTab(tab);
  else await hooks.refresh();
}
