// The page's language: French by default, English with ?lang=en or the switch. t() reads the
// strings built in JS (i18n.js); applyStaticLang() swaps the texts written in index.html.
import { EN_STATIC, STRINGS } from "./i18n.js";
import { $, $$, code } from "./dom.js";

let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "fr";

export const getLang = () => lang;
export function setLang(value) {
  lang = value === "en" ? "en" : "fr";
}
export const locale = () => (lang === "fr" ? "fr-FR" : "en-GB");

/** A string of i18n.js STRINGS in the page's language, with {placeholders} filled. */
export function t(key, vars = {}) {
  let s = STRINGS[lang][key] ?? STRINGS.fr[key] ?? key;
  if (typeof s !== "string") return s;
  for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, v);
  return s;
}

/**
 * The same string as DOM parts, for messages that hold nodes: a value that is an array or a
 * node is inserted as is; a value named in `codeKeys` (a column, a JSON path, a value from a
 * file: language-neutral) is shown as <code>.
 */
export function tParts(key, vars = {}, codeKeys = []) {
  const s = STRINGS[lang][key] ?? STRINGS.fr[key] ?? key;
  const parts = [];
  let last = 0;
  for (const m of s.matchAll(/\{(\w+)\}/g)) {
    parts.push(s.slice(last, m.index));
    const v = vars[m[1]];
    if (v === undefined) parts.push(m[0]);
    else if (Array.isArray(v)) parts.push(...v);
    else if (v instanceof Node) parts.push(v);
    else if (codeKeys.includes(m[1])) parts.push(code(String(v)));
    else parts.push(String(v));
    last = m.index + m[0].length;
  }
  parts.push(s.slice(last));
  return parts.filter((p) => p !== "");
}

/** The text of a data-i18n element of index.html in the page's language. */
export function staticText(key) {
  if (lang === "en") return EN_STATIC[key];
  const node = $(`[data-i18n="${key}"]`);
  return node.dataset.fr ?? node.textContent;
}

/** Rewrites every data-i18n text and data-i18n-attr attribute of index.html. */
export function applyStaticLang() {
  document.documentElement.lang = lang;
  for (const node of $$("[data-i18n]")) {
    if (node.dataset.fr === undefined) node.dataset.fr = node.textContent;
    const key = node.dataset.i18n;
    node.textContent = lang === "en" && EN_STATIC[key] ? EN_STATIC[key] : node.dataset.fr;
  }
  for (const node of $$("[data-i18n-attr]")) {
    for (const pair of node.dataset.i18nAttr.split(" ")) {
      const [attr, key] = pair.split(":");
      const store = `fr${attr.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;
      if (node.dataset[store] === undefined) node.dataset[store] = node.getAttribute(attr) ?? "";
      node.setAttribute(attr, lang === "en" && EN_STATIC[key] ? EN_STATIC[key] : node.dataset[store]);
    }
  }
  const sw = $("#lang-switch");
  sw.textContent = t("langSwitch");
  sw.lang = lang === "fr" ? "en" : "fr";
  sw.setAttribute("aria-label", t("langSwitchLabel"));
  $("#amount").placeholder = lang === "fr" ? "1\u202f234,56" : "1,234.56";
  document.title = t("docTitle");
}
