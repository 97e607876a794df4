// DOM helpers shared by every panel. User and library text always goes in through
// textContent (el's "text" prop), never as HTML.

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** el("li", { class, text, dataset, ...attributes }, ...children) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "text") node.textContent = v;
    else if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

export function cell(text, numeric = false) {
  const td = document.createElement("td");
  td.textContent = text;
  if (numeric) td.className = "num";
  return td;
}
export function row(...cells) {
  const tr = document.createElement("tr");
  tr.append(...cells);
  return tr;
}
/** Writes `text` into every [data-out=name]. */
export function out(name, text) {
  for (const node of $$(`[data-out="${name}"]`)) node.textContent = text;
}

/**
 * Text that comes from relance itself (warning messages, reasons, rule and basis texts, error
 * messages). Marked data-from="relance" so the language scan (tests/e2e/language.test.mjs)
 * can tell the library's words from the page's own.
 */
export function fromLibrary(tag, text, cls = "detail") {
  return el(tag, { class: cls, text, dataset: { from: "relance" } });
}

/** A stable code (error or warning code, CSV column): language-neutral, shown as <code>. */
export const code = (text) => el("code", { text });

const SVG = "http://www.w3.org/2000/svg";
export function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Offers `text` as a file download, made in memory (a blob: URL, never a request). */
export function download(filename, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = el("a", { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Lets the browser paint and handle input before the next chunk of work. */
export const yieldToEventLoop = () => new Promise((resolve) => setTimeout(resolve, 0));
