// deadline, dueDate, publicHolidays, workingDay, paymentPlan, invoiceMentions and amountInWords
// on the installed package. Expectations come from reference/worked-examples.md §D and hand
// computation (noted beside each), never from the package's own output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fn, expectRelanceError } from "./helpers.mjs";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

test("deadline: worked examples D8 and D9, holidays and Alsace-Moselle", () => {
  const deadline = fn("deadline");
  // D8: 12 Feb 2017 + 1 month = 12 Mar, + 15 days = 27 Mar 2017 (a Monday, no extension).
  assert.equal(deadline({ from: "2017-02-12", months: 1, days: 15 }).date, "2017-03-27");
  // D9: a one-month limit from 25 Oct 2023 ends Saturday 25 Nov → Monday 27 Nov 2023.
  const d9 = deadline({ from: "2023-10-25", months: 1 });
  assert.equal(d9.nominalDate, "2023-11-25");
  assert.equal(d9.date, "2023-11-27");
  assert.equal(d9.extended, true);
  // 8 days from 6 Jul 2026 = Tue 14 Jul (Fête nationale) → Wed 15 Jul.
  assert.equal(deadline({ from: "2026-07-06", days: 8 }).date, "2026-07-15");
  // 8 days from 18 Dec 2026 = Sat 26 Dec: Mon 28 Dec in both calendars (26 Dec is a holiday in
  // Alsace-Moselle, 27 Dec a Sunday).
  assert.equal(deadline({ from: "2026-12-18", days: 8 }).date, "2026-12-28");
  // 8 days from 17 Dec 2025 = Thu 25 Dec (Christmas) → Fri 26 Dec, but in Alsace-Moselle
  // 26 Dec is a holiday too → Mon 29 Dec.
  assert.equal(deadline({ from: "2025-12-17", days: 8 }).date, "2025-12-26");
  assert.equal(deadline({ from: "2025-12-17", days: 8, calendar: "fr-alsace-moselle" }).date, "2025-12-29");
  const e = expectRelanceError(deadline, { from: "2026-01-01" });
  assert.equal(e.code, "invalid-period");
  assert.equal(expectRelanceError(deadline, { from: "2026-01-01", days: 8, calendar: "fr-bzh" }).code, "unknown-variant");
});

test("dueDate: both readings of 45 days end of month, plain days, legal maximum", () => {
  const dueDate = fn("dueDate");
  // D4: 15 Jan + 45 days = 1 Mar (non-leap) → end of month 31 Mar; 2024: 29 Feb → 29 Feb.
  assert.equal(dueDate({ issueDate: "2023-01-15", terms: { kind: "days-end-of-month", days: 45 } }).date, "2023-03-31");
  assert.equal(dueDate({ issueDate: "2024-01-15", terms: { kind: "days-end-of-month", days: 45 } }).date, "2024-02-29");
  // D6: invoice 5 Oct, reading B: 31 Oct + 45 days = 15 Dec.
  assert.equal(dueDate({ issueDate: "2025-10-05", terms: { kind: "end-of-month-days", days: 45 } }).date, "2025-12-15");
  // D7: 7 Oct 2011 + 45 days = 21 Nov 2011; + 60 days = 6 Dec 2011.
  assert.equal(dueDate({ issueDate: "2011-10-07", terms: { kind: "days", days: 45 } }).date, "2011-11-21");
  assert.equal(dueDate({ issueDate: "2011-10-07", terms: { kind: "days", days: 60 } }).date, "2011-12-06");
  // 90 days exceeds the 60-day maximum of L441-10 I.
  const late = dueDate({ issueDate: "2026-01-15", terms: { kind: "days", days: 90 } });
  assert.ok(late.warnings.some((w) => w.code === "term-exceeds-legal-maximum"));
  const e = expectRelanceError(dueDate, { issueDate: "2026-01-15", terms: { kind: "net", days: 30 } });
  assert.equal(e.code, "unknown-variant");
  assert.equal(e.field, "terms.kind");
});

test("publicHolidays and workingDay: computus dates and Alsace-Moselle extras", () => {
  const publicHolidays = fn("publicHolidays");
  const workingDay = fn("workingDay");
  // 2026: Easter Monday 6 Apr, Ascension 14 May, Whit Monday 25 May (worked-examples §D).
  const dates = publicHolidays({ year: 2026 }).holidays.map((h) => h.date);
  assert.equal(dates.length, 11);
  for (const d of ["2026-04-06", "2026-05-14", "2026-05-25", "2026-07-14", "2026-11-11"]) assert.ok(dates.includes(d), d);
  // Alsace-Moselle adds Good Friday (3 Apr 2026) and 26 December.
  const am = publicHolidays({ year: 2026, calendar: "fr-alsace-moselle" }).holidays.map((h) => h.date);
  assert.equal(am.length, 13);
  assert.ok(am.includes("2026-04-03") && am.includes("2026-12-26"));
  // Saturday 19 Apr 2025 → Sunday → Easter Monday 21 Apr → next working day Tue 22 Apr.
  const w = workingDay({ date: "2025-04-19" });
  assert.equal(w.workingDay, false);
  assert.equal(w.nextWorkingDay, "2025-04-22");
  assert.equal(workingDay({ date: "2025-04-22" }).workingDay, true);
});

test("paymentPlan: exact sum, month ends, 24-month warning, errors", () => {
  const paymentPlan = fn("paymentPlan");
  // 1000 / 3 = 333.33 (rounded down) twice, balance 333.34 on the last; 31 Jan → 29 Feb → 31 Mar 2024.
  const p = paymentPlan({ amount: "1000", firstDate: "2024-01-31", count: 3, frequency: "monthly" });
  assert.deepEqual(p.instalments.map((i) => [i.date, i.amount]), [
    ["2024-01-31", "333.33"],
    ["2024-02-29", "333.33"],
    ["2024-03-31", "333.34"],
  ]);
  assert.equal(p.total, "1000.00");
  // 26 monthly instalments span 25 months: more than the 24 of C. civ. 1343-5.
  const long = paymentPlan({ amount: "2600", firstDate: "2026-01-10", count: 26, frequency: "monthly" });
  assert.ok(long.warnings.some((w) => w.code === "plan-exceeds-24-months"));
  assert.equal(expectRelanceError(paymentPlan, { amount: "1000", firstDate: "2026-01-10", count: 0, frequency: "monthly" }).field, "count");
});

test("invoiceMentions: the 40 € and the rate for B2B, none for consumers", () => {
  const invoiceMentions = fn("invoiceMentions");
  // 2026H1: ECB 2.15 % on 1 January + 10 points = 12.15 %.
  const b2b = invoiceMentions({ regime: "fr-b2b", asOf: "2026-03-01" });
  assert.match(b2b.text, new RegExp(`12,15${NBSP}%`));
  assert.match(b2b.text, new RegExp(`40${NBSP}€`));
  assert.match(b2b.text, /L441-10/);
  // 2024H1 floor = 3 × 5.07 = 15.21 %: a 12 % clause is below it.
  const low = invoiceMentions({ regime: "fr-b2b", contractRate: "12", asOf: "2024-02-01" });
  assert.ok(low.warnings.some((w) => w.code === "contract-rate-below-floor"));
  const b2c = invoiceMentions({ regime: "fr-b2c", lang: "en" });
  assert.doesNotMatch(b2c.text, /40/);
  assert.match(b2c.text, /formal notice/);
});

test("amountInWords: French rules and formatted figures", () => {
  const amountInWords = fn("amountInWords");
  const cases = [
    ["1234.56", "mille deux cent trente-quatre euros et cinquante-six centimes"],
    ["71", "soixante et onze euros"],
    ["80", "quatre-vingts euros"],
    ["81", "quatre-vingt-un euros"],
    ["200", "deux cents euros"],
    ["201", "deux cent un euros"],
    ["1000000", "un million d'euros"],
    ["2000000000", "deux milliards d'euros"],
    ["0.01", "un centime"],
  ];
  for (const [amount, words] of cases) assert.equal(amountInWords({ amount }).words, words, amount);
  assert.equal(amountInWords({ amount: "1234.56" }).figures, `1${NNBSP}234,56${NBSP}€`);
  assert.equal(amountInWords({ amount: "1234.56", lang: "en" }).figures, "€1,234.56");
  assert.equal(expectRelanceError(amountInWords, { amount: "-1" }).code, "negative-amount");
});
