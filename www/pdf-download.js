// "Télécharger en PDF": saves the PDF of a letter (or of the statement, kind "statement") in
// the browser. No server, no network: relance/pdf lays the letter out in WebAssembly and the
// file is handed to the browser as a Blob.
//
// Usage, with the page's loaded module (after `await init()` of relance/pdf, which also
// initialises relance/letters):
//   import * as pdf from "../pkg/pdf.js";
//   import { downloadPdf } from "./pdf-download.js";
//   await pdf.default();
//   button.addEventListener("click", () => downloadPdf(pdf, letterInput));
//
// Throws what renderPdf throws (a RelanceError: an SMS has no PDF, a character the fonts
// cannot draw is `unsupported-character`), so the page can show the message.

/**
 * A file name for the letter: "<kind>-<first invoice number>-<asOf>.pdf", reduced to the
 * characters every file system accepts.
 */
export function pdfFileName(input) {
  const number = input?.invoices?.[0]?.number ?? "";
  const raw = [input?.kind ?? "lettre", number, input?.asOf ?? ""].filter(Boolean).join("-");
  const safe = raw.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9._-]+/g, "_");
  return `${safe || "lettre"}.pdf`;
}

/**
 * Renders `input` (the same object as renderLetter's) to a PDF with `pdfModule.renderPdf` and
 * triggers its download. Returns the file name and the number of bytes.
 */
export function downloadPdf(pdfModule, input, fileName = pdfFileName(input)) {
  const bytes = pdfModule.renderPdf(input);
  const blob = new Blob([bytes], { type: "application/pdf" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in
  // some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { fileName, size: bytes.length };
}
