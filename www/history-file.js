// The case saved as a JSON file and loaded back: the calculator's invoice and the debtor's
// other invoices (with their payments), the steps done, the events and the edited ladder.
// The same checks read the case kept in the URL (url.js). A file is checked completely, then
// by relance itself (a dry run of dunningPlan), before anything on the page changes: a bad
// file is refused with a message in the page's language and changes nothing.
import { $, download } from "./dom.js";
import { t, tParts, getLang } from "./lang.js";
import { ERROR_TEXT } from "./i18n.js";
import { validDate } from "./format.js";
import { dunningPlan } from "./lib.js";
import { hooks } from "./state.js";
import { errorParts } from "./warnings.js";

export const FORMAT = "relance-demo/history";
export const VERSION = 1;
const REGIMES = ["fr-b2b", "fr-b2c", "fr-public"];
const MAX_INVOICES = 500; // dunningPlan's own limit
const MAX_ENTRIES = 1000;

/** A reason to refuse: an i18n key and its values (path and field are shown as code). */
class Refusal extends Error {
  constructor(key, vars = {}) {
    super(key);
    this.key = key;
    this.vars = vars;
  }
}

// ---- shape checks: each names the path at fault (history[2].date) ----

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function object(v, path, allowed, required = []) {
  if (!isObject(v)) throw new Refusal("impType", { path, what: t("anObject") });
  for (const k of Object.keys(v)) if (!allowed.includes(k)) throw new Refusal("impUnknown", { f: k, path });
  for (const k of required) if (v[k] === undefined) throw new Refusal("impMissing", { f: k, path });
  return v;
}
function list(v, path, max) {
  if (!Array.isArray(v)) throw new Refusal("impType", { path, what: t("aList") });
  if (v.length > max) throw new Refusal("impTooMany", { path, n: max });
  return v;
}
function text(v, path, max = 200) {
  if (typeof v !== "string") throw new Refusal("impType", { path, what: t("aText") });
  if (v.length > max) throw new Refusal("impTooLong", { path, n: max });
  return v;
}
function date(v, path) {
  if (!validDate(v)) throw new Refusal("impBadDate", { path, v: String(v) });
  return v;
}
function amount(v, path) {
  if (typeof v !== "string" || !/^\d{1,12}(\.\d{1,2})?$/.test(v)) throw new Refusal("impBadAmount", { path, v: String(v) });
  return v;
}
function rate(v, path) {
  if (typeof v !== "string" || !/^\d{1,3}(\.\d{1,4})?$/.test(v)) throw new Refusal("impBadAmount", { path, v: String(v) });
  return v;
}
function oneOf(v, path, values) {
  if (!values.includes(v)) throw new Refusal("impBadValue", { path, v: String(v) });
  return v;
}
function integer(v, path, min, max) {
  if (!Number.isInteger(v) || v < min || v > max) throw new Refusal("impBadValue", { path, v: String(v) });
  return v;
}
const optional = (o, k, check) => o[k] === undefined || check(o[k]);

function payment(p, path) {
  object(p, path, ["date", "amount"], ["date", "amount"]);
  date(p.date, `${path}.date`);
  amount(p.amount, `${path}.amount`);
}
function invoice(inv, path) {
  object(inv, path, ["number", "issueDate", "dueDate", "amount", "payments", "contractRate"], ["dueDate", "amount"]);
  optional(inv, "number", (v) => text(v, `${path}.number`, 64));
  optional(inv, "issueDate", (v) => date(v, `${path}.issueDate`));
  date(inv.dueDate, `${path}.dueDate`);
  amount(inv.amount, `${path}.amount`);
  optional(inv, "payments", (v) => list(v, `${path}.payments`, 100).forEach((p, i) => payment(p, `${path}.payments[${i}]`)));
  optional(inv, "contractRate", (v) => rate(v, `${path}.contractRate`));
}
function historyEntry(h, path) {
  object(h, path, ["date", "step"], ["date", "step"]);
  date(h.date, `${path}.date`);
  text(h.step, `${path}.step`, 64);
}
const EVENT_FIELDS = { "dispute-opened": ["reason"], "dispute-resolved": [], promise: ["until", "amount"], "plan-agreed": ["instalments"] };
function event(e, path) {
  if (!isObject(e)) throw new Refusal("impType", { path, what: t("anObject") });
  oneOf(e.type, `${path}.type`, Object.keys(EVENT_FIELDS));
  object(e, path, ["type", "date", ...EVENT_FIELDS[e.type]], ["type", "date", ...(e.type === "promise" ? ["until"] : e.type === "plan-agreed" ? ["instalments"] : [])]);
  date(e.date, `${path}.date`);
  optional(e, "reason", (v) => text(v, `${path}.reason`, 500));
  optional(e, "until", (v) => date(v, `${path}.until`));
  optional(e, "amount", (v) => amount(v, `${path}.amount`));
  if (e.instalments !== undefined) {
    list(e.instalments, `${path}.instalments`, 120).forEach((p, i) => payment(p, `${path}.instalments[${i}]`));
    if (!e.instalments.length) throw new Refusal("impEmpty", { path: `${path}.instalments` });
  }
}
const STEP_FIELDS = ["id", "kind", "offsetDays", "channels", "deadlineDays", "statesPenalties", "statesIndemnity"];
const KINDS = ["pre-reminder", "reminder", "phone-call", "second-reminder", "final-notice", "formal-notice", "recovery"];
const CHANNELS = ["email", "letter", "registered-letter", "phone", "sms"];
function policy(p, path) {
  object(p, path, ["name", "steps", "minGapDays", "catchUp", "promiseGraceDays", "instalmentGraceDays", "onBrokenPromise", "onMissedInstalment", "deliveryDays"], ["steps"]);
  optional(p, "name", (v) => text(v, `${path}.name`, 64));
  list(p.steps, `${path}.steps`, 30).forEach((s, i) => {
    const at = `${path}.steps[${i}]`;
    object(s, at, STEP_FIELDS, ["id", "kind", "offsetDays", "channels"]);
    text(s.id, `${at}.id`, 64);
    oneOf(s.kind, `${at}.kind`, KINDS);
    integer(s.offsetDays, `${at}.offsetDays`, -3650, 3650);
    list(s.channels, `${at}.channels`, 5).forEach((c, j) => oneOf(c, `${at}.channels[${j}]`, CHANNELS));
    optional(s, "deadlineDays", (v) => integer(v, `${at}.deadlineDays`, 1, 365));
    for (const f of ["statesPenalties", "statesIndemnity"]) optional(s, f, (v) => oneOf(v, `${at}.${f}`, [true, false]));
  });
  for (const f of ["minGapDays", "promiseGraceDays", "instalmentGraceDays", "deliveryDays"]) optional(p, f, (v) => integer(v, `${path}.${f}`, 0, 60));
  optional(p, "catchUp", (v) => oneOf(v, `${path}.catchUp`, ["next", "latest"]));
  for (const f of ["onBrokenPromise", "onMissedInstalment"]) optional(p, f, (v) => text(v, `${path}.${f}`, 64));
}

/** The parts of a case the URL keeps beside the calculator's fields. */
export function checkCaseParts(c, root = "") {
  const at = (k) => (root ? `${root}.${k}` : k);
  optional(c, "others", (v) => list(v, at("others"), MAX_INVOICES - 1).forEach((inv, i) => invoice(inv, `${at("others")}[${i}]`)));
  optional(c, "history", (v) => list(v, at("history"), MAX_ENTRIES).forEach((h, i) => historyEntry(h, `${at("history")}[${i}]`)));
  optional(c, "events", (v) => list(v, at("events"), MAX_ENTRIES).forEach((e, i) => event(e, `${at("events")}[${i}]`)));
  optional(c, "policy", (v) => policy(v, at("policy")));
}

/** Checks a whole history file (already parsed); throws a Refusal naming what is wrong. */
export function checkFile(f) {
  if (!isObject(f) || f.format !== FORMAT) throw new Refusal("impNotOurs", { f: "format", v: FORMAT });
  if (f.version !== VERSION) throw new Refusal("impVersion", { v: String(f.version), n: VERSION });
  object(f, t("theFile"), ["format", "version", "savedAt", "regime", "asOf", "debtor", "creditorKind", "noticeDate", "invoices", "history", "events", "policy"], ["regime", "invoices"]);
  optional(f, "savedAt", (v) => text(v, "savedAt", 40));
  oneOf(f.regime, "regime", REGIMES);
  optional(f, "asOf", (v) => date(v, "asOf"));
  optional(f, "debtor", (v) => {
    object(v, "debtor", ["name"]);
    optional(v, "name", (n) => text(n, "debtor.name"));
  });
  optional(f, "creditorKind", (v) => oneOf(v, "creditorKind", ["professional", "individual"]));
  optional(f, "noticeDate", (v) => date(v, "noticeDate"));
  list(f.invoices, "invoices", MAX_INVOICES).forEach((inv, i) => invoice(inv, `invoices[${i}]`));
  if (!f.invoices.length) throw new Refusal("impEmpty", { path: "invoices" });
  checkCaseParts({ history: f.history, events: f.events, policy: f.policy });
}

/** The message of a Refusal (or of a RelanceError from the dry run) as DOM parts. */
function refusalParts(error) {
  if (error instanceof Refusal) return tParts(error.key, error.vars, ["path", "f", "v"]);
  if (error?.name === "RelanceError") return errorParts(t("impRelance", { x: ERROR_TEXT[getLang()][error.code] ?? t("invalid") }), error);
  return [t("impNotJson")];
}

function status(state, parts) {
  const s = $("#history-status");
  s.replaceChildren(...parts);
  s.dataset.state = state;
}

/** Offers the case as a .json file. */
export function exportHistory() {
  const file = hooks.caseObject();
  const name = `${getLang() === "fr" ? "historique-relance" : "dunning-history"}${file.asOf ? `-${file.asOf}` : ""}.json`;
  download(name, "application/json", JSON.stringify(file, null, 2) + "\n");
  status("ok", [t("downloaded", { x: name })]);
}

/** Reads a file, checks it completely (shape, then relance), and only then loads it. */
export async function importHistory(file) {
  let parsed;
  try {
    const raw = await file.text();
    try {
      parsed = JSON.parse(raw.replace(/^\ufeff/, ""));
    } catch {
      throw new Refusal("impNotJson");
    }
    checkFile(parsed);
    // relance has the last word: the same planner input the page would send.
    const invoices = parsed.invoices.map((inv, i) => ({ ...inv, id: `F${i + 1}`, number: inv.number || `F${i + 1}` }));
    await dunningPlan({
      regime: parsed.regime,
      asOf: parsed.asOf ?? new Date().toISOString().slice(0, 10),
      debtor: { id: "D1", name: parsed.debtor?.name || "—", kind: { "fr-b2b": "business", "fr-b2c": "consumer", "fr-public": "public" }[parsed.regime] },
      invoices,
      history: parsed.history ?? [],
      events: parsed.events ?? [],
      ...(parsed.policy ? { policy: parsed.policy } : {}),
    });
  } catch (error) {
    status("error", [t("impRefused"), " ", ...refusalParts(error)]);
    return false;
  }
  await hooks.loadCase(parsed);
  status("ok", [t("impDone", { n: parsed.invoices.length, h: parsed.history?.length ?? 0, e: parsed.events?.length ?? 0 })]);
  return true;
}

export function setupHistoryFile() {
  $("#history-export").addEventListener("click", exportHistory);
  $("#history-import").addEventListener("change", async (e) => {
    const file = e.target.files?.[0];
    if (file) await importHistory(file);
    e.target.value = ""; // the same file can be chosen again
  });
}
