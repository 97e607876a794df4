// Compile-only test of the package's TypeScript types (pkg/relance.d.ts as installed):
//   tests/node_modules/.bin/tsc --noEmit --strict -p tests/js/tsconfig.json
//   tests/node_modules/.bin/tsc --noEmit --strict -p tests/js/tsconfig.bundler.json
// It is never run. Each `@ts-expect-error` must catch a real type error, or tsc fails.
import init, {
  initSync,
  lateFees,
  lateFeesBatch,
  lateFeesTotals,
  deadline,
  dueDate,
  rates,
  version,
  type LateFeesInput,
  type LateFeesResult,
  type PeriodLine,
  type Warning,
  type RatesInfo,
  type RelanceError,
  type InitOutput,
  type LateFeesTotals,
  type BatchError,
} from "relance";

/** True only for `any`. */
type IsAny<T> = 0 extends 1 & T ? true : false;
type NotAny<T> = IsAny<T> extends true ? never : T;
function assertNotAny<T>(_value: NotAny<T>): void {}

// Inputs: strings or numbers for money and rates, ISO date strings.
const input: LateFeesInput = {
  regime: "fr-b2b",
  amount: "1234.56",
  dueDate: "2026-01-15",
  asOf: "2026-06-30",
  payments: [{ date: "2026-03-01", amount: 200 }],
  contractRate: "12.5",
  allocation: "interest-first",
  dayCount: "act/365",
  rates: [{ table: "ecb-mro", from: "2026-06-11", ratePercent: 2.15 }],
  strictRates: false,
};
const b2c: LateFeesInput = {
  regime: "fr-b2c",
  amount: 99.9,
  dueDate: "2026-01-15",
  asOf: "2026-06-30",
  creditor: "individual",
  noticeDate: "2026-02-01",
  judgmentDate: "2026-04-01",
};

// Results: exact field types, none of them `any`.
const result: LateFeesResult = lateFees(input);
assertNotAny(result);
const interest: string = result.interest;
const totalDue: string = result.totalDue;
const compensation: string = result.compensation;
const days: number = result.days;
const period: PeriodLine | undefined = result.periods[0];
if (period) {
  const from: string = period.from;
  const to: string = period.to;
  const periodDays: number = period.days;
  const principal: string = period.principal;
  const rate: string = period.ratePercent;
  const line: string = period.interest;
  void [from, to, periodDays, principal, rate, line];
}
const warnings: Warning[] = result.warnings;
const codes: string[] = warnings.map((w) => w.code);
const knownThrough: string = result.rateTables.knownThrough;
const regime: "fr-b2b" | "fr-b2c" | "fr-public" = result.regime;
void [interest, totalDue, compensation, days, codes, knownThrough, regime, lateFees(b2c)];

const info: RatesInfo = rates();
assertNotAny(info);
const known: string = info.knownThrough;
const v: string = version();
void [known, v];

const d = deadline({ from: "2026-01-05", days: 15 });
assertNotAny(d);
const deadlineDate: string = d.date;
const due = dueDate({ issueDate: "2026-01-15", terms: { kind: "days", days: 30 } });
assertNotAny(due);
const dueDateValue: string = due.date;
void [deadlineDate, dueDateValue];

// Parameters are typed, not `any`.
assertNotAny<Parameters<typeof lateFees>[0]>(input);
assertNotAny<Parameters<typeof deadline>[0]>({ from: "2026-01-05", days: 15 });
assertNotAny<Parameters<typeof dueDate>[0]>({ issueDate: "2026-01-15", terms: { kind: "days", days: 30 } });

// Errors carry a code and an optional field.
try {
  lateFees(input);
} catch (e) {
  const err = e as RelanceError;
  const name: "RelanceError" = err.name;
  const code: string = err.code;
  const field: string | undefined = err.field;
  void [name, code, field];
}

// Init, for the web build (a no-op under the node condition).
async function start(bytes: Uint8Array): Promise<InitOutput> {
  initSync({ module: bytes });
  return init({ module_or_path: bytes });
}
void start;

// Wrong inputs are type errors.
// @ts-expect-error asOf is required
lateFees({ regime: "fr-b2b", amount: "1", dueDate: "2026-01-01" });
// @ts-expect-error unknown regime
lateFees({ regime: "fr-xyz", amount: "1", dueDate: "2026-01-01", asOf: "2026-02-01" });
// @ts-expect-error unknown field (a typo of amount)
lateFees({ regime: "fr-b2b", amout: "1", dueDate: "2026-01-01", asOf: "2026-02-01" });
// @ts-expect-error amount is a string or a number, not a boolean
lateFees({ regime: "fr-b2b", amount: true, dueDate: "2026-01-01", asOf: "2026-02-01" });
// @ts-expect-error payments is an array of { date, amount }
lateFees({ ...input, payments: [{ when: "2026-03-01", amount: "1" }] });
// @ts-expect-error unknown allocation
lateFees({ ...input, allocation: "lifo" });
// @ts-expect-error money in results is a string, not a number
const wrong: number = result.totalDue;
// @ts-expect-error lateFees needs an input
lateFees();
// @ts-expect-error unknown terms kind
dueDate({ issueDate: "2026-01-15", terms: { kind: "weekly", days: 30 } });
void wrong;

// The relance/dunning module: typed inputs and results, no `any`.
import {
  dunningPlan,
  dunningPolicy,
  agedBalance,
  type DunningPlanInput,
  type DunningPlanResult,
  type AgedBalanceResult,
  type Policy,
} from "relance/dunning";

const planInput: DunningPlanInput = {
  regime: "fr-b2b",
  asOf: "2026-03-17",
  debtor: { id: "D1", name: "Dupont SARL", kind: "business" },
  invoices: [{ id: "F1", number: "FA-F1", dueDate: "2026-03-16", amount: "1200" }],
};
const plan: DunningPlanResult = dunningPlan(planInput);
assertNotAny(plan);
const status: string = plan.status;
const policy: Policy = dunningPolicy({ regime: "fr-b2c" });
assertNotAny(policy);
const aged: AgedBalanceResult = agedBalance({
  asOf: "2026-03-31",
  invoices: [{ id: "A1", debtorId: "A", dueDate: "2026-03-15", amount: "1000" }],
});
const firstBucket: string = aged.buckets[0]!.label;
// @ts-expect-error: the debtor kind is a closed set.
dunningPlan({ ...planInput, debtor: { id: "D1", name: "X", kind: "company" } });
void status;
void firstBucket;

// The relance/letters module.
import { renderLetter, type LetterInput, type LetterResult } from "relance/letters";
const letterInput: LetterInput = {
  kind: "reminder",
  channel: "email",
  lang: "fr",
  regime: "fr-b2b",
  asOf: "2026-11-22",
  creditor: { name: "A", address: "1 rue X\n75001 Paris" },
  debtor: { name: "B" },
  invoices: [{ number: "F-1", issueDate: "2026-09-15", dueDate: "2026-10-15", amount: "1250.00" }],
};
const letter: LetterResult = renderLetter(letterInput);
assertNotAny(letter);
const subject: string = letter.subject;
// @ts-expect-error: the channel is a closed set.
renderLetter({ ...letterInput, channel: "fax" });
void subject;

// The relance/pdf module: renderPdf takes renderLetter's input, layoutPdf a rendered letter.
import pdfInit, { renderPdf, layoutPdf, type PdfInput } from "relance/pdf";
const pdfBytes: Uint8Array = renderPdf(letterInput);
assertNotAny(pdfBytes);
const pdfInput: PdfInput = { html: letter.html, title: letter.subject, author: "A", date: "2026-11-22" };
const laidOut: Uint8Array = layoutPdf(pdfInput);
const pdfReady: Promise<void> = pdfInit();
// @ts-expect-error: the layout needs the letter's date.
layoutPdf({ html: letter.html, title: letter.subject });
// @ts-expect-error: renderPdf takes renderLetter's input.
renderPdf({ html: letter.html });
void laidOut;
void pdfReady;

// The relance/einvoice module.
import { readInvoice, type ReadInvoiceResult } from "relance/einvoice";
const read: ReadInvoiceResult = readInvoice("<rsm:CrossIndustryInvoice/>");
assertNotAny(read);
const readNumber: string = read.number;
const readKind: "invoice" | "credit-note" = read.kind;
const readDue: string | undefined = read.dueDate;
const readFees: { regime: string; amount: string; dueDate: string } | undefined = read.lateFeesInput;
readInvoice(new Uint8Array([37, 80, 68, 70]));
readInvoice(new ArrayBuffer(4));
readInvoice(new ArrayBuffer(4), { lang: "en" });
// @ts-expect-error: only "fr" and "en"
readInvoice(new ArrayBuffer(4), { lang: "de" });
// @ts-expect-error: an object is not an invoice file.
readInvoice({ xml: "<x/>" });
void readNumber;
void readKind;
void readDue;
void readFees;

// Batches: lateFeesBatch slots are results or errors; lateFeesTotals gives typed columns.
const slots: Array<LateFeesResult | BatchError> = lateFeesBatch([input, b2c]);
for (const slot of slots) {
  if ("error" in slot) {
    const code: string = slot.error.code;
    assertNotAny(code);
  } else {
    const due: string = slot.totalDue;
    assertNotAny(due);
  }
}
const totals: LateFeesTotals = lateFeesTotals([input, b2c]);
const totalDueCents: Float64Array = totals.totalDueCents;
const lateDays: Int32Array = totals.days;
const assumed: Uint8Array = totals.rateAssumed;
const firstError: number | undefined = totals.errors[0]?.index;
assertNotAny(totalDueCents);
assertNotAny(lateDays);
assertNotAny(assumed);
assertNotAny(firstError);
// @ts-expect-error amounts are cents in a Float64Array, not Money strings
const wrong: string = totals.interestCents[0];
// @ts-expect-error lateFeesTotals takes an array of inputs
lateFeesTotals(input);
