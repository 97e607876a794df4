// E-invoices read in the browser (relance/einvoice): a Factur-X PDF or a CII/UBL file fills
// the calculator, or joins the portfolio as CSV rows. The file never leaves the page.
import { $, el, code, fromLibrary } from "../dom.js";
import { t } from "../lang.js";
import { readInvoice } from "../lib.js";
import { onCalcChange } from "./calculator.js";

export const isEinvoiceFile = (file) => /\.(pdf|xml)$/i.test(file.name) || /pdf|xml/.test(file.type);

export async function readEinvoiceFile(file) {
  const status = $("#einvoice-status");
  try {
    const r = await readInvoice(new Uint8Array(await file.arrayBuffer()));
    if (r.regime) $("#regime").value = r.regime;
    if (r.amountDue) $("#amount").value = r.amountDue;
    if (r.dueDate) $("#due-date").value = r.dueDate;
    if (r.issueDate) $("#issue-date").value = r.issueDate;
    if (r.number) $("#invoice-number").value = r.number;
    if (r.buyer?.name) $("#debtor-name").value = r.buyer.name;
    if (r.buyer?.addressLines?.length) $("#db-address").value = r.buyer.addressLines.join("\n");
    const parts = [t("einvoiceRead", { x: r.number, s: `${r.syntax}${r.profile ? `, ${r.profile}` : ""}` })];
    status.replaceChildren(...parts);
    if (r.warnings.length) {
      status.append(" ", t("einvoiceWarnings", { n: r.warnings.length }), " ");
      r.warnings.forEach((w, i) => status.append(i ? ", " : "", code(w.code)));
      status.append(".");
    }
    status.dataset.state = "ok";
    onCalcChange();
  } catch (e) {
    status.replaceChildren(t("einvoiceUnreadable"), " (", code(e.code ?? "error"), ") : ", fromLibrary("span", e.message, ""));
    status.dataset.state = "error";
  }
}

export const PORTFOLIO_HEADER = "id,number,debtorId,debtorName,debtorKind,regime,issueDate,dueDate,amount";
const csvField = (v) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** E-invoices dropped on the portfolio join it as CSV rows (read in the browser). */
export async function addEinvoicesToPortfolio(files) {
  const area = $("#pf-csv");
  const rows = [];
  const problems = [];
  for (const file of files) {
    try {
      const r = await readInvoice(new Uint8Array(await file.arrayBuffer()));
      if (!r.regime || !r.dueDate || r.kind !== "invoice") {
        problems.push(`${file.name} : ${!r.regime ? t("einvoiceNoRegime") : !r.dueDate ? t("einvoiceNoDue") : t("einvoiceCredit")}`);
        continue;
      }
      const debtorKind = { "fr-b2b": "business", "fr-b2c": "consumer", "fr-public": "public" }[r.regime];
      const debtorId = r.buyer.siren ?? r.buyer.name;
      rows.push([r.number, r.number, debtorId, r.buyer.name, debtorKind, r.regime, r.issueDate, r.dueDate, r.amountDue].map(csvField).join(","));
    } catch (e) {
      problems.push(`${file.name} : ${e.code ?? "error"}`);
    }
  }
  const current = area.value.trim();
  area.value = [current || PORTFOLIO_HEADER, ...rows].join("\n") + "\n";
  $("#pf-status").replaceChildren(...problems.flatMap((p, i) => [i ? " ; " : "", el("span", { text: p })]));
}

export function setupEinvoiceDrop() {
  $("#einvoice-file").addEventListener("change", (e) => {
    const file = e.target.files?.[0];
    if (file) readEinvoiceFile(file);
  });
  const drop = $("#einvoice-drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("dragging");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("dragging");
    const file = e.dataTransfer?.files?.[0];
    if (file) readEinvoiceFile(file);
  });
}
