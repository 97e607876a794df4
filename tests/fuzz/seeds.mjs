// Writes the seed inputs of the `json` fuzz target into corpus/json/ (one file per seed: a
// selector byte — the index of the entry point in ENTRIES of src/lib.rs — then JSON text), from
// the golden cases of tests/data/ and the README examples. Safe to re-run: files are named by
// content hash, so existing corpus entries are kept.
// Usage: node tests/fuzz/seeds.mjs
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";

const here = new URL("./", import.meta.url);
const data = new URL("../data/", here);
const ENTRIES = ["lateFees", "lateFeesBatch", "deadline", "dueDate", "publicHolidays", "workingDay",
  "paymentPlan", "invoiceMentions", "amountInWords", "dunningPlan", "rates", "version", "dunningPolicy",
  "agedBalance", "renderLetter"];

const seeds = [];
const add = (entry, value) => seeds.push([ENTRIES.indexOf(entry), JSON.stringify(value)]);

const golden = JSON.parse(readFileSync(new URL("late_fees.json", data), "utf8")).cases;
for (const c of golden) add("lateFees", c.input);
add("lateFeesBatch", golden.slice(0, 4).map((c) => c.input).concat([null, { regime: "fr-b2b" }]));
for (const f of readdirSync(new URL("dunning/", data)).filter((f) => f.endsWith(".json"))) {
  add("dunningPlan", JSON.parse(readFileSync(new URL(`dunning/${f}`, data), "utf8")).input);
}
add("deadline", { from: "2023-10-25", months: 1 });
add("deadline", { from: "2026-12-04", days: 8, calendar: "fr-alsace-moselle" });
add("deadline", { from: "2026-03-02", days: 8, months: 2, calendar: "fr-reunion" });
add("dueDate", { issueDate: "2026-01-15", terms: { kind: "days-end-of-month", days: 45 } });
add("dueDate", { issueDate: "2026-01-31", terms: { kind: "end-of-month-days", days: 45 }, regime: "fr-b2b" });
add("dueDate", { issueDate: "2026-01-15", terms: { kind: "day-of-month", day: 31, months: 1 }, regime: "fr-public", publicBuyer: "public-health" });
add("dueDate", { issueDate: "2026-01-15", terms: { kind: "immediate" } });
add("dueDate", { issueDate: "2026-01-15", terms: { kind: "days", days: 60 }, regime: "fr-b2c" });
add("publicHolidays", { year: 2026 });
add("publicHolidays", { year: 2026, calendar: "fr-guyane" });
add("workingDay", { date: "2025-04-19" });
add("workingDay", { date: "2025-12-26", calendar: "fr-alsace-moselle" });
add("paymentPlan", { amount: "1000", firstDate: "2024-01-31", count: 3, frequency: "monthly" });
add("paymentPlan", { amount: "1234.56", firstDate: "2024-01-31", count: 12, frequency: "quarterly", firstAmount: "200", roundTo: "10" });
add("paymentPlan", { amount: 99.99, firstDate: "2024-02-29", count: 360, frequency: "weekly" });
add("invoiceMentions", { regime: "fr-b2b", asOf: "2026-03-01" });
add("invoiceMentions", { regime: "fr-b2b", contractRate: "5", lang: "en", asOf: "2026-03-01" });
add("invoiceMentions", { regime: "fr-public" });
add("invoiceMentions", { regime: "fr-b2c", lang: "fr" });
add("amountInWords", { amount: "1234.56" });
add("amountInWords", { amount: "80000000", lang: "en" });
add("amountInWords", { amount: 1000000000000 });
add("dunningPolicy", { regime: "fr-b2b" });
add("dunningPolicy", { regime: "fr-b2c" });
add("agedBalance", {
  asOf: "2026-03-31",
  invoices: [
    { id: "A1", debtorId: "A", debtorName: "Alpha SARL", dueDate: "2026-03-15", amount: "1000" },
    { id: "A2", debtorId: "A", debtorName: "Alpha SARL", dueDate: "2026-01-15", amount: "2000", payments: [{ date: "2026-02-01", amount: "500" }] },
    { id: "B1", debtorId: "B", debtorName: "Bruno Martin", debtorKind: "consumer", dueDate: "2026-04-10", amount: "300" },
    { id: "C1", debtorId: "C", debtorName: "Gamma SA", dueDate: "2025-11-30", amount: "5000" },
  ],
});
const letter = {
  kind: "formal-notice", channel: "letter", lang: "fr", regime: "fr-b2b", asOf: "2026-11-22",
  creditor: { name: "Atelier Dupont SARL", address: "12 rue des Lilas\n75011 Paris", iban: "FR76 3000 6000 0112 3456 7890 189", bic: "AGRIFRPP", place: "Paris" },
  debtor: { name: "<img src=x onerror=alert(1)>", address: "8 avenue de la Gare\n69002 Lyon", kind: "business" },
  invoices: [{ number: "F-1", issueDate: "2026-09-15", dueDate: "2026-10-15", amount: "1250.00" }],
};
add("renderLetter", letter);
add("renderLetter", { ...letter, kind: "reminder", channel: "sms", lang: "en" });
add("renderLetter", { ...letter, kind: "final-notice", channel: "email", regime: "fr-b2c" });
add("rates", {});
add("version", null);

const dir = new URL("corpus/json/", here);
mkdirSync(dir, { recursive: true });
for (const [selector, text] of seeds) {
  const bytes = Buffer.concat([Buffer.from([selector]), Buffer.from(text)]);
  writeFileSync(new URL(createHash("sha1").update(bytes).digest("hex"), dir), bytes);
}
console.log(`${seeds.length} seeds in ${dir.pathname}`);
