// Types of the relance/pdf entry (pdf.js, pdf-node.js). The layout module's own types
// (PdfInput, layoutPdf) are generated into pdf_core.d.ts.
import type { LetterInput, InitInput, SyncInitInput } from "./letters.js";
export type { PdfInput } from "./pdf_core.js";
export { layoutPdf, version } from "./pdf_core.js";

/** The A4 PDF of a letter (the same input as renderLetter; channel "letter" or "email"). */
export function renderPdf(input: LetterInput): Uint8Array;

/** Where each of the two modules is fetched from (the form the other modules' init takes). */
export interface PdfInitOptions {
  pdf?: { module_or_path: InitInput | Promise<InitInput> };
  letters?: { module_or_path: InitInput | Promise<InitInput> };
}

/** Initialises the PDF layout module and the letters module (browsers, workers, bundlers; a no-op in Node). */
export default function init(options?: PdfInitOptions): Promise<void>;

/** Synchronous initialisation from compiled modules or their bytes. */
export function initSync(options: { pdf: { module: SyncInitInput }; letters: { module: SyncInitInput } }): void;
