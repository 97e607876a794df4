// Entry of the relance/pdf module for browsers, workers and bundlers (the "default" export
// condition); Node uses pdf-node.js.
//
// relance/pdf is its own WebAssembly module (pdf_core_bg.wasm: the PDF layout and writer,
// not the letters engine, so that each module stays within the size budget). renderPdf
// renders the letter with relance/letters and lays that out: `await init()` initialises both
// modules, once.
import initCore, { initSync as initCoreSync, layoutPdf, version } from "./pdf_core.js";
import initLetters, { initSync as initLettersSync, renderLetter } from "./letters.js";

export { layoutPdf, version };

/**
 * The A4 PDF of a letter, as a Uint8Array: the same input as renderLetter (kind, channel
 * "letter" or "email", lang, regime, asOf, creditor, debtor, invoices, …). Throws the
 * RelanceError of renderLetter or of the layout (an SMS has no PDF; a character the fonts
 * cannot draw is `unsupported-character`).
 */
export function renderPdf(input) {
  const letter = renderLetter(input);
  return layoutPdf({
    html: letter.html,
    title: letter.subject,
    author: input.creditor.name,
    date: input.asOf,
    ...(input.lang === undefined ? {} : { lang: input.lang }),
  });
}

/**
 * Initialises both modules (pdf_core_bg.wasm and letters_bg.wasm, fetched next to this file
 * unless `options.pdf` / `options.letters` say otherwise, in the form the other modules'
 * init takes: `{ module_or_path }`). Idempotent.
 */
export default async function init(options = {}) {
  await Promise.all([initCore(options.pdf), initLetters(options.letters)]);
}

/** Synchronous initialisation from compiled modules or bytes: `{ pdf: { module }, letters: { module } }`. */
export function initSync(options) {
  initCoreSync(options.pdf);
  initLettersSync(options.letters);
}
