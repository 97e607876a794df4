// The one door to relance. Every panel calls the library through these functions, never
// through ../pkg/*.js directly, so that:
//  - the page's language reaches every call as `lang` (see LANG_AWARE below);
//  - the planner, letters and e-invoice modules load on first use (dunning.js, letters.js,
//    einvoice.js are separate wasm modules), which keeps the first paint light.
import init, * as core from "../pkg/relance.js";
import { getLang } from "./lang.js";

// ---------------------------------------------------------------------------------------
// The functions of relance that take a `lang` input: every one that returns human text
// (warnings, reasons, routes, rule and basis texts, error messages) writes it in that language.
export const LANG_AWARE = new Set([
  "lateFees", "paymentPlan", "amountInWords", "dunningPlan", "dunningPolicy", "agedBalance", "renderLetter",
]);
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
/** readInvoice takes the file's bytes; its options carry the language. */
export const readInvoice = async (bytes) => (await loadModule("einvoice")).readInvoice(bytes, { lang: getLang() });
