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

test("lateFeesTotals reads every kind of input exactly as lateFees does (fast path and its fallbacks)", () => {
  const totals = fn("lateFeesTotals");
  const lateFees = fn("lateFees");
  const base = { regime: "fr-b2b", amount: "1000", dueDate: "2025-01-31", asOf: "2025-09-30" };
  const pay = (date, amount) => ({ date, amount });
  class Invoice {
    constructor() {
      Object.assign(this, base);
    }
  }
  const mapProto = [pay("2025-03-01", "100")];
  Object.setPrototypeOf(mapProto, Map.prototype);
  const ownIterator = [pay("2025-03-01", "100")];
  ownIterator[Symbol.iterator] = function* () {
    yield { date: "2025-04-01", amount: "999" };
  };
  const getter = Object.defineProperty({ ...base }, "amount", { enumerable: true, get: () => "1200" });
  const throwing = Object.defineProperty({ ...base }, "amount", { enumerable: true, get: () => { throw new Error("x"); } });
  const nullProto = Object.assign(Object.create(null), base);
  const inherited = Object.assign(Object.create({ contractRate: "15" }), base);
  const hidden = Object.defineProperty({ ...base }, "contractRate", { enumerable: false, value: "15" });
  const inputs = [
    base,
    { ...base, amount: 1000 },
    { ...base, amount: 999.99 },
    { ...base, amount: 0.1 },
    { ...base, amount: 1e21 },
    { ...base, amount: 1e-7 },
    { ...base, amount: -0 },
    { ...base, amount: -5 },
    { ...base, amount: NaN },
    { ...base, amount: Infinity },
    { ...base, amount: 12n },
    { ...base, amount: new String("1000") },
    { ...base, amount: "1000\u001fd2030-01-01" },
    { ...base, amount: "1 000" },
    { ...base, amount: "1000.001" },
    { ...base, contractRate: 15 },
    { ...base, contractRate: 8.0000152587890625 },
    { ...base, contractRate: "1" },
    { ...base, contractRate: null },
    { ...base, contractRate: undefined },
    { ...base, regime: "fr-b2x" },
    { ...base, regime: "FR-B2B" },
    { ...base, regime: "fr-b2c", creditor: "individual", noticeDate: "2025-03-15" },
    { ...base, regime: "fr-b2c", creditor: "nobody" },
    { ...base, regime: "fr-b2c", judgmentDate: "2025-04-01", noticeDate: "2025-02-01" },
    { ...base, regime: "fr-public" },
    { ...base, dueDate: new Date("2025-01-31") },
    { ...base, dueDate: "2025-02-30" },
    { ...base, asOf: "2027-06-30" },
    { ...base, asOf: "2027-06-30", strictRates: true },
    { ...base, strictRates: false },
    { ...base, strictRates: "yes" },
    { ...base, allocation: "principal-first", payments: [pay("2025-03-01", "500")] },
    { ...base, allocation: "first" },
    { ...base, dayCount: "act/act", asOf: "2028-03-31" },
    { ...base, dayCount: "30/360" },
    { ...base, payments: [] },
    { ...base, payments: [pay("2025-03-01", 100), pay("2025-02-01", "250.50"), pay("2025-03-01", "1")] },
    { ...base, payments: [pay("2025-03-01", "2000")] },
    { ...base, payments: [pay("2026-03-01", "100")] },
    { ...base, payments: [{ date: "2025-03-01" }] },
    { ...base, payments: [{ date: "2025-03-01", amount: "1", note: "x" }] },
    { ...base, payments: [["2025-03-01", "100"]] },
    { ...base, payments: [null] },
    { ...base, payments: [, pay("2025-03-01", "1")] },
    { ...base, payments: [{ date: "2025-03-01", amount: "1", extra: undefined }] },
    { ...base, payments: mapProto },
    { ...base, payments: ownIterator },
    { ...base, payments: { 0: pay("2025-03-01", "1") } },
    { ...base, rates: [{ table: "ecb-mro", from: "2025-07-01", ratePercent: "1.5" }] },
    { ...base, amout: "1" },
    { ...base, constructor: "x" },
    { ...base, toString: "x" },
    { ...base, __proto__: null },
    JSON.parse(`{"regime":"fr-b2b","amount":"1000","dueDate":"2025-01-31","asOf":"2025-09-30","__proto__":1}`),
    { regime: "fr-b2b", amount: "1000", dueDate: "2025-01-31" },
    { amount: "1000", dueDate: "2025-01-31", asOf: "2025-09-30" },
    new Invoice(),
    getter,
    throwing,
    nullProto,
    inherited,
    hidden,
    new Proxy(base, {}),
    null,
    undefined,
    "fr-b2b",
    42,
    [base],
    () => base,
    { ...base, regime: "fr-b2b\u0000" },
    { ...base, dueDate: "２０２５-01-31" },
    { ...base, asOf: "2025-09-30\ud800" },
  ];
  const out = totals(inputs);
  assert.equal(out.count, inputs.length);
  const errors = new Map(out.errors.map((e) => [e.index, e.error]));
  let results = 0;
  for (const [i, input] of inputs.entries()) {
    let r;
    try {
      r = lateFees(input);
    } catch (e) {
      assert.equal(e.name, "RelanceError", `input ${i}: ${e}`);
      assert.deepEqual(errors.get(i), { code: e.code, ...(e.field === undefined ? {} : { field: e.field }), message: e.message }, `input ${i}`);
      continue;
    }
    results++;
    assert.ok(!errors.has(i), `input ${i}: unexpected error ${JSON.stringify(errors.get(i))}`);
    assert.equal(out.days[i], r.days, `input ${i}: days`);
    for (const k of FIGURES) assert.equal(BigInt(out[`${k}Cents`][i]), cents(r[k]), `input ${i}: ${k}`);
    assert.equal(out.warnings[i], r.warnings.length, `input ${i}: warnings`);
  }
  // Both kinds must be exercised: most inputs compute, many fail.
  assert.ok(results >= 25 && out.errors.length >= 25, `${results} results, ${out.errors.length} errors`);
});
