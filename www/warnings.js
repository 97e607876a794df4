// Warnings as the panels show them: the page's plain-language text for the code (i18n.js
// WARNING_TEXT), with relance's own message beside it as a detail (marked as library text).
import { WARNING_TEXT } from "./i18n.js";
import { el, fromLibrary } from "./dom.js";
import { getLang, t } from "./lang.js";

export function warningItem(w) {
  const plain = WARNING_TEXT[getLang()][w.code];
  const li = el("li", { dataset: { code: w.code } });
  if (plain) {
    li.append(el("span", { class: "plain", text: plain }));
    li.append(fromLibrary("span", ` (${w.message})`));
  } else {
    // A code the page has no text for yet: relance's message is all there is.
    li.append(fromLibrary("span", w.message, "plain"));
  }
  return li;
}

/** Details listed under one grouped warning; beyond, a count (5 000 invoices give 5 000 rate-assumed). */
const MAX_DETAILS = 20;

/** One item per warning; with `group`, one item per code listing each detail. */
export function renderWarnings(list, wrap, warnings, group = false) {
  wrap.hidden = warnings.length === 0;
  if (!group) {
    list.replaceChildren(...warnings.map(warningItem));
    return;
  }
  const byCode = new Map();
  for (const w of warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
  const text = WARNING_TEXT[getLang()];
  list.replaceChildren(
    ...[...byCode.entries()].map(([code, ws]) => {
      if (ws.length === 1) return warningItem(ws[0]);
      if (!text[code]) return el("li", { dataset: { code } }, ...ws.map((w) => fromLibrary("span", `${w.message} `, "plain")));
      const details = ws.slice(0, MAX_DETAILS).map((w) => fromLibrary("li", w.message));
      if (ws.length > MAX_DETAILS) details.push(el("li", { class: "detail", text: t("moreDetails", { n: ws.length - MAX_DETAILS }) }));
      return el("li", { dataset: { code, count: String(ws.length) } }, el("span", { class: "plain", text: text[code] }), el("ul", {}, ...details));
    }),
  );
}

/** "Message (code : relance's message)" for a RelanceError, with the parts marked. */
export function errorParts(lead, error) {
  const parts = [el("strong", { text: lead })];
  const detail = el("span", { class: "detail" }, " (");
  if (error?.code) detail.append(el("code", { text: error.code }), error.field ? " " : "", error.field ? el("code", { text: error.field }) : "", " : ");
  detail.append(fromLibrary("span", error?.message ?? String(error), ""), ")");
  parts.push(detail);
  return parts;
}
