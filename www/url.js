// The page's state in its address, so that a link (or a reload, or a tab restored after a
// crash) brings everything back: the calculator's fields as short readable parameters (as
// before, so old links keep working), and in one parameter "case" the rest as JSON: the
// debtor's other invoices, the steps done, the events and the edited ladder.
import { getLang } from "./lang.js";
import { state } from "./state.js";
import { paymentRows, addPayment } from "./panels/calculator.js";
import { checkCaseParts } from "./history-file.js";

const URL_KEYS = { regime: "r", amount: "amt", "due-date": "due", "as-of": "asof", "issue-date": "iss", "debtor-name": "dn", "invoice-number": "no", "contract-rate": "cr", creditor: "ct", "notice-date": "nd" };
const DEFAULTS = { regime: "fr-b2b", creditor: "professional" };

/** The case parameter's object, or null when there is nothing beyond the calculator. */
function caseParts() {
  const parts = {};
  if (state.others.length) parts.others = state.others;
  if (state.history.length) parts.history = state.history;
  if (state.events.length) parts.events = state.events;
  if (state.policy) parts.policy = state.policy;
  return Object.keys(parts).length ? parts : null;
}

export function writeUrl() {
  const q = new URLSearchParams();
  for (const [id, key] of Object.entries(URL_KEYS)) {
    const v = document.getElementById(id).value;
    if (v && DEFAULTS[id] !== v) q.set(key, v);
  }
  for (const p of paymentRows()) if (p.date || p.amount) q.append("p", `${p.date}_${p.amount}`);
  const parts = caseParts();
  if (parts) q.set("case", JSON.stringify(parts));
  if (getLang() === "en") q.set("lang", "en");
  if (state.activeTab !== "calc") q.set("tab", state.activeTab);
  history.replaceState(null, "", `${location.pathname}${q.toString() ? `?${q}` : ""}`);
}

/**
 * Fills the page from the address; returns { tab, caseError } (caseError: the "case"
 * parameter could not be read, and was left out rather than half applied).
 */
export function readUrl() {
  const q = new URLSearchParams(location.search);
  for (const [id, key] of Object.entries(URL_KEYS)) {
    const v = q.get(key);
    if (v !== null) document.getElementById(id).value = v;
  }
  for (const p of q.getAll("p")) {
    const i = p.indexOf("_");
    addPayment({ date: i < 0 ? p : p.slice(0, i), amount: i < 0 ? "" : p.slice(i + 1) }, false);
  }
  let caseError = null;
  const raw = q.get("case");
  if (raw) {
    try {
      const parts = JSON.parse(raw);
      if (typeof parts !== "object" || parts === null || Array.isArray(parts)) throw new Error("not an object");
      for (const k of Object.keys(parts)) if (!["others", "history", "events", "policy"].includes(k)) throw new Error(k);
      checkCaseParts(parts);
      state.others = parts.others ?? [];
      state.history = parts.history ?? [];
      state.events = parts.events ?? [];
      state.policy = parts.policy ?? null;
    } catch (error) {
      caseError = error;
    }
  }
  return { tab: q.get("tab"), caseError };
}

