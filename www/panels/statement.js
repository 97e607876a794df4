// The calculator's décompte as text (copied to the clipboard) and as CSV (downloaded), in the
// page's language and the CSV convention of that language (French: ";" and a decimal comma).
import { $ } from "../dom.js";
import { t, getLang, staticText } from "../lang.js";
import { STRINGS, WARNING_TEXT } from "../i18n.js";
import { formatMoney, formatPercent, formatDate } from "../format.js";
import { csvLine, csvFile } from "../csv.js";
import { invoiceLabel } from "./calculator.js";

const TOTALS = { interest: "tInterest", interestPaid: "tInterestPaid", interestOutstanding: "tInterestOutstanding", principalOutstanding: "tPrincipal", compensation: "tCompensation", totalDue: "tTotal" };

/** A decimal string in the CSV convention of the language (French: comma). */
export const csvNumber = (value) => (getLang() === "fr" ? String(value).replace(".", ",") : String(value));

export function statementText(result) {
  const lines = [t("statementTitle")];
  const label = invoiceLabel();
  if (label) lines.push(label);
  lines.push(result.rule, "");
  const head = STRINGS[getLang()].csvHead;
  for (const p of result.periods) {
    lines.push(`${formatDate(p.from)} – ${formatDate(p.to)} : ${p.days} ${head[2]}, ${formatMoney(p.principal)} × ${formatPercent(p.ratePercent)} = ${formatMoney(p.interest)}`);
  }
  if (!result.periods.length) lines.push(t("noInterest"));
  lines.push("");
  for (const [key, k] of Object.entries(TOTALS)) lines.push(`${staticText(k)} : ${formatMoney(result[key])}`);
  for (const w of result.warnings) lines.push(`! ${WARNING_TEXT[getLang()][w.code] ?? w.message}`);
  lines.push("", `${staticText("knownThrough")} ${formatDate(result.rateTables.knownThrough)}.`);
  return lines.join("\n");
}

export function statementCsv(result) {
  const sep = t("csvSep");
  const lines = [csvLine(STRINGS[getLang()].csvHead, sep)];
  for (const p of result.periods) lines.push(csvLine([p.from, p.to, p.days, csvNumber(p.principal), csvNumber(p.ratePercent), csvNumber(p.interest)], sep));
  lines.push("");
  for (const key of Object.keys(TOTALS)) lines.push(csvLine([key, csvNumber(result[key])], sep));
  return csvFile(lines);
}

export const statementFileName = () => (getLang() === "fr" ? "decompte-penalites.csv" : "late-payment-statement.csv");
export const statementStatus = () => $("#calc-action-status");
