// lateFeesTotals: the figures of lateFees as columns (amounts in integer cents). Checked
// against the hand-computed golden figures of tests/data/late_fees.json, against lateFees on
// every golden input, and for its error slots.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fn, loadGolden, cents, expectRelanceError } from "./helpers.mjs";

const FIGURES = ["interest", "interestPaid", "compensation", "principalOutstanding", "interestOutstanding", "totalDue"];
const COLUMNS = FIGURES.map((k) => `${k}Cents`);

test("lateFeesTotals gives the golden figures, in cents, in input order", () => {
  const totals = fn("lateFeesTotals");
  const { cases } = loadGolden("late_fees.json");
  const out = totals(cases.map((c) => c.input));
  assert.equal(out.count, cases.length);
  for (const k of ["days", ...COLUMNS, "warnings", "rateAssumed"]) assert.equal(out[k].length, cases.length, k);
  assert.ok(out.days instanceof Int32Array && out.totalDueCents instanceof Float64Array);
  const failed = new Map(out.errors.map((e) => [e.index, e.error]));
  let checked = 0;
  for (const [i, c] of cases.entries()) {
    const e = c.expected;
    if (e.error) {
      assert.equal(failed.get(i)?.code, e.error.code, `${c.name}: error code`);
      if ("field" in e.error) assert.equal(failed.get(i)?.field, e.error.field, `${c.name}: error field`);
      for (const col of COLUMNS) assert.ok(Number.isNaN(out[col][i]), `${c.name}: ${col} is NaN in a failed slot`);
      continue;
    }
    assert.ok(!failed.has(i), `${c.name}: unexpected error ${JSON.stringify(failed.get(i))}`);
    if ("days" in e) assert.equal(out.days[i], e.days, `${c.name}: days`);
    for (const k of FIGURES) {
      if (k in e) {
        assert.equal(BigInt(out[`${k}Cents`][i]), cents(e[k]), `${c.name}: ${k}`);
        checked++;
      }
    }
    if (Array.isArray(e.warnings) && e.warnings.includes("rate-assumed")) assert.equal(out.rateAssumed[i], 1, `${c.name}: rateAssumed`);
  }
  assert.ok(checked >= cases.length, `only ${checked} golden figures compared`);
});

test("lateFeesTotals equals lateFees on every golden input (figures, warnings, errors)", () => {
  const totals = fn("lateFeesTotals");
  const lateFees = fn("lateFees");
  const inputs = loadGolden("late_fees.json").cases.map((c) => c.input);
  const out = totals(inputs);
  for (const [i, input] of inputs.entries()) {
    let r;
    try {
      r = lateFees(input);
    } catch (e) {
      const slot = out.errors.find((x) => x.index === i);
      assert.deepEqual(slot?.error, { code: e.code, ...(e.field === undefined ? {} : { field: e.field }), message: e.message }, `input ${i}`);
      continue;
    }
    assert.equal(out.days[i], r.days, `input ${i}: days`);
    for (const k of FIGURES) assert.equal(BigInt(out[`${k}Cents`][i]), cents(r[k]), `input ${i}: ${k}`);
    assert.equal(out.warnings[i], r.warnings.length, `input ${i}: warnings`);
    assert.equal(out.rateAssumed[i], r.warnings.some((w) => w.code === "rate-assumed") ? 1 : 0, `input ${i}: rateAssumed`);
  }
});

test("lateFeesTotals: bad items are error slots, the batch goes on", () => {
  const totals = fn("lateFeesTotals");
  const good = { regime: "fr-b2b", amount: "1000", dueDate: "2025-01-31", asOf: "2025-03-31" };
  const out = totals([good, { ...good, amount: "12,50" }, null, good, { ...good, amout: "1" }]);
  assert.equal(out.count, 5);
  // 59 days at ECB 3.15 % (1 Jan 2025) + 10 = 13.15 %: 1000 × 13.15 % × 59/365 = 21.2561… → 21.26;
  // total due 1000 + 21.26 + 40 (D441-5) = 1061.26.
  assert.deepEqual([...out.interestCents].map((x) => (Number.isNaN(x) ? "NaN" : x)), [2126, "NaN", "NaN", 2126, "NaN"]);
  assert.deepEqual([...out.totalDueCents.filter((x) => !Number.isNaN(x))], [106126, 106126]);
  assert.deepEqual([...out.days], [59, 0, 0, 59, 0]);
  assert.deepEqual(
    out.errors.map((e) => [e.index, e.error.code, e.error.field]),
    [
      [1, "invalid-amount", "amount"],
      [2, "invalid-type", undefined],
      [4, "unknown-field", "amout"],
    ],
  );
});

test("lateFeesTotals: an empty array gives empty columns; a non-array throws a RelanceError", () => {
  const totals = fn("lateFeesTotals");
  const out = totals([]);
  assert.equal(out.count, 0);
  assert.equal(out.totalDueCents.length, 0);
  assert.deepEqual(out.errors, []);
  const e = expectRelanceError(totals, { regime: "fr-b2b" }, "object instead of array");
  assert.equal(e.code, "invalid-type");
});

test("lateFeesTotals: a figure beyond 2^53 cents is an error slot, never an inexact number", () => {
  const totals = fn("lateFeesTotals");
  // 10^12 € at 100 % a year for a century: about 10^14 €, i.e. 10^16 cents > 2^53.
  const huge = { regime: "fr-b2b", amount: "1000000000000", dueDate: "1999-12-31", asOf: "2099-12-31", contractRate: "100" };
  const out = totals([huge]);
  assert.equal(out.errors.length, 1);
  assert.equal(out.errors[0].error.code, "amount-out-of-range");
  assert.ok(Number.isNaN(out.totalDueCents[0]));
  // lateFees, with decimal strings, still gives the figure.
  assert.match(fn("lateFees")(huge).interest, /^\d{15}\.\d{2}$/);
});
