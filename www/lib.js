// The one door to relance. Every panel calls the library through these functions, never
// through ../pkg/*.js directly, so that:
//  - the page's language reaches every call as `lang` (see LANG_AWARE below);
//  - the planner, letters and e-invoice modules load on first use (dunning.js, letters.js,
//    einvoice.js are separate wasm modules), which keeps the first paint light.
import init, * as core from "../pkg/relance.js";
import { getLang } from "./lang.js";

// ---------------------------------------------------------------------------------------
// The functions of relance that accept a `lang` input today. The others reject an unknown
// field with a RelanceError (deny_unknown_fields), so `lang` must not be sent to them.
// When the library takes `lang: "fr" | "en"` everywhere (issue 11), add the names here
// (lateFees, paymentPlan, rates, dunningPlan, dunningPolicy, agedBalance, readInvoice...).
export const LANG_AWARE = new Set(["renderLetter", "amountInWords"]);
// ---------------------------------------------------------------------------------------

/** The input with the page's language added, for the functions in LANG_AWARE. */
function withLang(name, input) {
  if (!LANG_AWARE.has(name) || input.lang !== undefined) return input; // an explicit lang wins (a letter's own language)
  return { ...input, lang: getLang() };
}

// ---- relance (loaded at start) ----

export const start = () => init();
export const lateFees = (input) => core.lateFees(withLang("lateFees", input));
export const paymentPlan = (input) => core.paymentPlan(withLang("paymentPlan", input));
export const amountInWords = (input) => core.amountInWords(withLang("amountInWords", input));
export const rates = () => core.rates();
export const version = () => core.version();

// ---- lazily loaded modules ----

const modules = {};
/** Loads and initialises relance/<name> once; later calls share the same promise. */
export function loadModule(name) {
  modules[name] ??= import(`../pkg/${name}.js`).then(async (m) => {
    await m.default();
    return m;
  });
  return modules[name];
}

export const dunningPlan = async (input) => (await loadModule("dunning")).dunningPlan(withLang("dunningPlan", input));
export const dunningPolicy = async (input) => (await loadModule("dunning")).dunningPolicy(withLang("dunningPolicy", input));
export const agedBalance = async (input) => (await loadModule("dunning")).agedBalance(withLang("agedBalance", input));
export const renderLetter = async (input) => (await loadModule("letters")).renderLetter(withLang("renderLetter", input));
/** readInvoice takes the file's bytes, not an object: no language to add (yet). */
export const readInvoice = async (bytes) => (await loadModule("einvoice")).readInvoice(bytes);
