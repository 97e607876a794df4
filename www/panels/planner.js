// The planner panel (Relances): dunningPlan for every invoice of the case (the calculator's
// and the debtor's other invoices), with the ladder as edited in ladder.js, the history of
// steps done and the events recorded here. Nothing is remembered but state.js (and the URL).
import { $, $$, el, cell, row, fromLibrary } from "../dom.js";
import { t, getLang, staticText } from "../lang.js";
import { ERROR_TEXT, STEP_TEXT, CHANNEL_TEXT, STATE_TEXT, STATUS_TEXT, EVENT_TEXT, RECOVERY_TEXT, REASON_TEXT } from "../i18n.js";
import { formatMoney, formatDate, formatLongDate, todayIso } from "../format.js";
import { dunningPlan, paymentPlan } from "../lib.js";
import { state, hooks } from "../state.js";
import { renderWarnings, errorParts } from "../warnings.js";
import { caseInvoices, caseContext, debtorName, invoiceLabel } from "./calculator.js";
import { effectivePolicy, renderLadder, markLadderError, POLICY_WARNINGS } from "./ladder.js";

const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function channelsText(channels) {
  return channels.length ? channels.map((c) => CHANNEL_TEXT[getLang()][c] ?? c).join(" + ") : CHANNEL_TEXT[getLang()].none;
}

/** The dunningPlan input for the case, or null when there is no invoice to plan. */
export async function plannerInput() {
  const invoices = caseInvoices();
  if (!invoices.length) return null;
  const { regime, asOf, kind } = caseContext();
  const input = {
    regime,
    asOf: asOf || todayIso(),
    debtor: { id: "D1", name: debtorName() || "—", kind },
    invoices: invoices.map(({ current, ...inv }) => inv),
    history: state.history.map((h) => ({ date: h.date, step: h.step })),
    events: state.events.map((e) => ({ ...e })),
  };
  if (state.policy) input.policy = state.policy;
  return input;
}

/** The kind of a step id in the ladder in use (history entries store only the id). */
function kindOf(policy, stepId) {
  return policy?.steps.find((s) => s.id === stepId)?.kind ?? stepId;
}

export async function renderPlanner() {
  const input = await plannerInput();
  const ok = Boolean(input);
  $("#planner-empty").hidden = ok;
  $("#planner-body").hidden = !ok;
  $("#planner-error").hidden = true;
  if (!ok) return;
  const policy = await effectivePolicy(input.regime);
  renderLadder(policy);
  let plan;
  try {
    plan = await dunningPlan(input);
  } catch (error) {
    // Keep the history and the ladder visible so the entry at fault can be changed.
    const errorEl = $("#planner-error");
    errorEl.replaceChildren(...errorParts(ERROR_TEXT[getLang()][error.code] ?? t("invalid"), error));
    errorEl.hidden = false;
    markLadderError(error.field);
    // Warnings of the last plan that worked would describe another ladder: none until it plans.
    renderWarnings($("#ladder-warnings"), $("#ladder-warnings-wrap"), []);
    renderWarnings($("#planner-warnings"), $("#planner-warnings-wrap"), []);
    $("#timeline").replaceChildren();
    renderJournal(policy);
    return;
  }
  markLadderError(null);
  const asOf = input.asOf;
  $("#planner-invoice").textContent = input.invoices.length > 1 ? caseLabel(input.invoices) : invoiceLabel();
  $("#planner-status").textContent = STATUS_TEXT[getLang()][plan.status] ?? plan.status;
  $("#planner-status").dataset.status = plan.status;
  renderCaseInvoices(plan);

  const dated = plan.timeline.filter((e) => e.date).sort(byDate);
  const undated = plan.timeline.filter((e) => !e.date);
  const items = [];
  let todayPlaced = false;
  const todayItem = () => el("li", { class: "today", id: "today-marker" }, el("span", { text: t("today", { x: formatLongDate(asOf) }) }));
  for (const entry of [...dated, ...undated]) {
    if (!todayPlaced && (!entry.date || entry.date > asOf)) {
      items.push(todayItem());
      todayPlaced = true;
    }
    items.push(timelineItem(entry, asOf, input.invoices.length));
  }
  if (!todayPlaced) items.push(todayItem());
  $("#timeline").replaceChildren(...items);

  renderJournal(policy);
  $("#planner-totals").replaceChildren(
    ...Object.entries(t("totalsPl")).map(([key, label]) => el("div", { class: key === "totalDue" ? "grand" : "" }, el("dt", { text: label }), el("dd", { text: formatMoney(plan.totals[key]), dataset: { out: `plan-${key}` } }))),
  );
  $("#recovery-wrap").hidden = plan.recovery.length === 0;
  $("#recovery").replaceChildren(
    ...plan.recovery.map((r) => {
      const translated = RECOVERY_TEXT[getLang()][r.code];
      const li = el("li", { dataset: { code: r.code } }, translated ? el("strong", { text: translated }) : fromLibrary("strong", r.label, ""), fromLibrary("span", ` — ${r.basis}`));
      if (r.recommended) li.prepend(el("span", { class: "badge", text: t("recommended") }), " ");
      return li;
    }),
  );
  // The ladder's own warnings are shown beside the ladder editor; the others here.
  renderWarnings($("#planner-warnings"), $("#planner-warnings-wrap"), plan.warnings.filter((w) => !POLICY_WARNINGS.has(w.code)));
  renderWarnings($("#ladder-warnings"), $("#ladder-warnings-wrap"), plan.warnings.filter((w) => POLICY_WARNINGS.has(w.code)));
  $("#planner-announce").textContent = `${staticText("status")} : ${STATUS_TEXT[getLang()][plan.status] ?? plan.status}`;
}

/** "Débiteur : X — 3 factures, 4 500,00 €" */
function caseLabel(invoices) {
  const parts = [];
  if (debtorName()) parts.push(t("debtorLine", { x: debtorName() }));
  parts.push(t("caseInvoices", { n: invoices.length }));
  return parts.join(" — ");
}

/** One row per invoice of the plan with its amounts, and the total. */
function renderCaseInvoices(plan) {
  const wrap = $("#planner-invoices-wrap");
  wrap.hidden = plan.invoices.length < 2;
  if (wrap.hidden) return;
  $("#planner-invoices tbody").replaceChildren(
    ...plan.invoices.map((inv) => {
      const tr = row(
        el("th", { scope: "row", text: inv.number }),
        cell(formatDate(inv.dueDate)),
        cell(String(inv.daysLate), true),
        cell(STATUS_TEXT[getLang()][inv.status] ?? inv.status),
        cell(formatMoney(inv.principalOutstanding), true),
        cell(formatMoney(inv.interestOutstanding), true),
        cell(formatMoney(inv.compensation), true),
        cell(formatMoney(inv.totalDue), true),
      );
      tr.dataset.invoice = inv.number;
      tr.dataset.total = inv.totalDue;
      return tr;
    }),
  );
  const total = row(el("th", { scope: "row", colspan: "4", text: t("pfTotal") }), cell(formatMoney(plan.totals.principalOutstanding), true), cell(formatMoney(plan.totals.interestOutstanding), true), cell(formatMoney(plan.totals.compensation), true), cell(formatMoney(plan.totals.totalDue), true));
  total.dataset.total = plan.totals.totalDue;
  $("#planner-invoices tfoot").replaceChildren(total);
}

function timelineItem(entry, asOf, invoiceCount) {
  const lang = getLang();
  const li = el("li", { class: `step state-${entry.state}`, dataset: { step: entry.step, state: entry.state, date: entry.date ?? "" } });
  const when = el("p", { class: "when", text: entry.date ? formatLongDate(entry.date) : t("noDate") });
  const what = el("p", { class: "what" }, el("strong", { text: STEP_TEXT[lang][entry.kind] ?? entry.step }), " ", el("span", { class: `badge state`, text: STATE_TEXT[lang][entry.state] ?? entry.state }));
  const how = el("p", { class: "how", text: channelsText(entry.channels) });
  li.append(when, what, how);
  if (invoiceCount > 1 && entry.invoiceIds?.length) li.append(el("p", { class: "hint", text: t("forInvoices", { x: entry.invoiceIds.length }) }));
  if (entry.deadline) li.append(el("p", { class: "deadline", dataset: { deadline: entry.deadline }, text: t("deadline", { x: formatLongDate(entry.deadline) }) }));
  if (entry.reason) {
    const translated = REASON_TEXT[lang][entry.reasonCode];
    // relance's own text keeps the dates and the dispute's reason: shown as a detail.
    const p = el("p", { class: "reason" });
    if (translated) {
      p.append(translated);
      if (translated !== entry.reason) p.append(fromLibrary("span", ` (${entry.reason})`));
    } else p.append(fromLibrary("span", entry.reason, ""));
    li.append(p);
  }
  if (entry.state === "due" || entry.state === "planned") {
    const label = STEP_TEXT[lang][entry.kind] ?? entry.step;
    const button = el("button", { type: "button", class: "secondary small", "aria-label": t("markDoneLabel", { x: label, d: formatDate(asOf) }), text: t("markDone") });
    button.addEventListener("click", async () => {
      state.history.push({ date: asOf, step: entry.step });
      hooks.writeUrl();
      await renderPlanner();
      $("#journal-title").focus?.();
    });
    li.append(button);
  }
  return li;
}

function renderJournal(policy) {
  const lang = getLang();
  const items = [
    ...state.history.map((h, i) => ({ date: h.date, text: t("journalStep", { d: formatDate(h.date), x: STEP_TEXT[lang][kindOf(policy, h.step)] ?? h.step }), remove: () => state.history.splice(i, 1) })),
    ...state.events.map((e, i) => ({ date: e.date, text: t("journalEvent", { d: formatDate(e.date), x: eventLabel(e) }), remove: () => state.events.splice(i, 1) })),
  ].sort(byDate);
  $("#journal-empty").hidden = items.length > 0;
  $("#journal").replaceChildren(
    ...items.map((item) => {
      const button = el("button", { type: "button", class: "secondary small", "aria-label": t("removeEntryLabel", { x: item.text }), text: t("removeEntry") });
      button.addEventListener("click", async () => {
        item.remove();
        hooks.writeUrl();
        await renderPlanner();
      });
      return el("li", {}, el("span", { text: item.text }), " ", button);
    }),
  );
}

function eventLabel(e) {
  let s = EVENT_TEXT[getLang()][e.type] ?? e.type;
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
  const input = await plannerInput();
  if (!input) return;
  const asOf = input.asOf;
  const type = $("#ev-type").value;
  const date = $("#ev-date").value || asOf;
  const fail = (nodes, control) => {
    error.replaceChildren(...nodes);
    error.hidden = false;
    control?.focus();
  };
  if (date > asOf) return fail([t("mustBeBefore", { d: formatDate(asOf) })], $("#ev-date"));
  const event = { type, date };
  if (type === "dispute-opened" && $("#ev-reason").value.trim()) event.reason = $("#ev-reason").value.trim();
  if (type === "promise") {
    if (!$("#ev-until").value) return fail([t("needUntil")], $("#ev-until"));
    event.until = $("#ev-until").value;
  }
  if (type === "plan-agreed") {
    const first = $("#ev-first").value;
    if (!first) return fail([t("needFirst")], $("#ev-first"));
    // The instalments share the principal still due over every invoice of the case.
    const principal = state.calc && input.invoices.length === 1 ? state.calc.result.principalOutstanding : (await dunningPlan(input)).totals.principalOutstanding;
    try {
      const p = paymentPlan({ amount: principal, firstDate: first, count: Math.max(1, Math.min(24, Number($("#ev-count").value) || 1)), frequency: "monthly" });
      event.instalments = p.instalments.map(({ date, amount }) => ({ date, amount }));
    } catch (err) {
      return fail(errorParts(ERROR_TEXT[getLang()][err.code] ?? t("invalid"), err), $("#ev-first"));
    }
  }
  state.events.push(event);
  hooks.writeUrl();
  await renderPlanner();
}

export function setupPlanner() {
  showEventFields();
  $("#ev-type").addEventListener("change", showEventFields);
  $("#event-form").addEventListener("submit", addEvent);
}
