// Bad inputs: every one must throw a RelanceError (an Error named "RelanceError") with a
// stable code and the path of the field at fault; none may trap the wasm instance.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fn, expectRelanceError } from "./helpers.mjs";

const BASE = Object.freeze({ regime: "fr-b2b", amount: "1000.00", dueDate: "2026-01-31", asOf: "2026-03-31" });
const B2C = Object.freeze({ ...BASE, regime: "fr-b2c", creditor: "professional" });
const GOOD_PAYMENT = { date: "2026-02-15", amount: "100.00" };
const GOOD_RATE = { table: "ecb-mro", from: "2026-06-11", ratePercent: "2.15" };
const DEADLINE = Object.freeze({ from: "2026-01-05", days: 15 });
const DUE = Object.freeze({ issueDate: "2026-01-15", terms: { kind: "days", days: 30 } });

const withFields = (base, patch) => ({ ...base, ...patch });
const without = (base, ...keys) => {
  const o = { ...base };
  for (const k of keys) delete o[k];
  return o;
};
const fees = (patch) => withFields(BASE, patch);

// [label, function, input, code (or list of acceptable codes), field (undefined = none;
// a RegExp = any matching path)]
const CASES = [
  // dates
  ["dueDate does not exist", "lateFees", fees({ dueDate: "2026-02-30" }), "invalid-date", "dueDate"],
  ["dueDate with slashes", "lateFees", fees({ dueDate: "2026/01/01" }), "invalid-date", "dueDate"],
  ["dueDate empty", "lateFees", fees({ dueDate: "" }), "invalid-date", "dueDate"],
  ["dueDate without zero padding", "lateFees", fees({ dueDate: "2026-1-5" }), "invalid-date", "dueDate"],
  ["dueDate with a time", "lateFees", fees({ dueDate: "2026-01-31T00:00:00Z" }), "invalid-date", "dueDate"],
  ["dueDate as a number", "lateFees", fees({ dueDate: 20260131 }), "invalid-type", "dueDate"],
  ["dueDate as a Date object", "lateFees", fees({ dueDate: new Date("2026-01-31") }), "invalid-type", "dueDate"],
  ["asOf month 13", "lateFees", fees({ asOf: "2026-13-01" }), "invalid-date", "asOf"],
  ["asOf as a number", "lateFees", fees({ asOf: 0 }), "invalid-type", "asOf"],
  ["noticeDate invalid", "lateFees", withFields(B2C, { noticeDate: "2026-02-29" }), "invalid-date", "noticeDate"],
  ["judgmentDate invalid", "lateFees", withFields(B2C, { judgmentDate: "tomorrow" }), "invalid-date", "judgmentDate"],
  // amounts
  ["amount with a French comma", "lateFees", fees({ amount: "12,50" }), "invalid-amount", "amount"],
  ["amount not a number", "lateFees", fees({ amount: "abc" }), "invalid-amount", "amount"],
  ["amount empty", "lateFees", fees({ amount: "" }), "invalid-amount", "amount"],
  ["amount negative string", "lateFees", fees({ amount: "-5" }), "negative-amount", "amount"],
  ["amount negative number", "lateFees", fees({ amount: -5 }), "negative-amount", "amount"],
  ["amount NaN", "lateFees", fees({ amount: NaN }), "non-finite-number", "amount"],
  ["amount Infinity", "lateFees", fees({ amount: Infinity }), "non-finite-number", "amount"],
  ["amount -Infinity", "lateFees", fees({ amount: -Infinity }), "non-finite-number", "amount"],
  ["amount 1e30 as a number", "lateFees", fees({ amount: 1e30 }), "amount-out-of-range", "amount"],
  ["amount above the maximum", "lateFees", fees({ amount: "1000000000000.01" }), "amount-out-of-range", "amount"],
  ["amount with an exponent", "lateFees", fees({ amount: "1e3" }), "invalid-amount", "amount"],
  ["amount with three decimals", "lateFees", fees({ amount: "12.345" }), "invalid-amount", "amount"],
  ["amount number with three decimals", "lateFees", fees({ amount: 12.345 }), "invalid-amount", "amount"],
  ["amount with a thousands space", "lateFees", fees({ amount: "1 000" }), "invalid-amount", "amount"],
  ["amount as a boolean", "lateFees", fees({ amount: true }), "invalid-type", "amount"],
  ["amount null", "lateFees", fees({ amount: null }), "invalid-type", "amount"],
  // enums
  ["unknown regime", "lateFees", fees({ regime: "fr-xyz" }), "unknown-variant", "regime"],
  ["regime wrong case", "lateFees", fees({ regime: "FR-B2B" }), "unknown-variant", "regime"],
  ["creditor company", "lateFees", withFields(B2C, { creditor: "company" }), "unknown-variant", "creditor"],
  ["allocation lifo", "lateFees", fees({ allocation: "lifo" }), "unknown-variant", "allocation"],
  ["dayCount 30/360", "lateFees", fees({ dayCount: "30/360" }), "unknown-variant", "dayCount"],
  ["strictRates yes", "lateFees", fees({ strictRates: "yes" }), "invalid-type", "strictRates"],
  // unknown and missing fields
  ["misspelt amount", "lateFees", { ...without(BASE, "amount"), amout: "1000.00" }, "unknown-field", "amout"],
  ["misspelt dueDate", "lateFees", { ...without(BASE, "dueDate"), dueDat: "2026-01-31" }, "unknown-field", "dueDat"],
  ["extra field", "lateFees", fees({ vat: "20" }), "unknown-field", "vat"],
  ["snake_case field", "lateFees", { ...without(BASE, "asOf"), as_of: "2026-03-31" }, "unknown-field", "as_of"],
  ["missing amount", "lateFees", without(BASE, "amount"), "missing-field", "amount"],
  ["missing dueDate", "lateFees", without(BASE, "dueDate"), "missing-field", "dueDate"],
  ["missing asOf", "lateFees", without(BASE, "asOf"), "missing-field", "asOf"],
  ["missing regime", "lateFees", without(BASE, "regime"), "missing-field", "regime"],
  // not an object
  ["null input", "lateFees", null, "invalid-type", undefined],
  ["undefined input", "lateFees", undefined, "invalid-type", undefined],
  ["array input", "lateFees", [BASE], "invalid-type", undefined],
  ["string input", "lateFees", JSON.stringify(BASE), "invalid-type", undefined],
  ["number input", "lateFees", 42, "invalid-type", undefined],
  // payments
  ["payments not an array", "lateFees", fees({ payments: "100" }), "invalid-type", "payments"],
  ["payment missing date", "lateFees", fees({ payments: [{ amount: "10.00" }] }), "missing-field", "payments[0].date"],
  ["payment missing amount", "lateFees", fees({ payments: [{ date: "2026-02-01" }] }), "missing-field", "payments[0].amount"],
  ["payments[1].amount bad", "lateFees", fees({ payments: [GOOD_PAYMENT, { date: "2026-02-20", amount: "1O.00" }] }), "invalid-amount", "payments[1].amount"],
  ["payments[0].date bad", "lateFees", fees({ payments: [{ date: "2026-02-31", amount: "10.00" }] }), "invalid-date", "payments[0].date"],
  ["payment unknown field", "lateFees", fees({ payments: [{ ...GOOD_PAYMENT, amout: "1" }] }), "unknown-field", "payments[0].amout"],
  ["payment negative", "lateFees", fees({ payments: [{ date: "2026-02-01", amount: "-10" }] }), "negative-amount", "payments[0].amount"],
  // contract rate
  ["contractRate abc", "lateFees", fees({ contractRate: "abc" }), "invalid-rate", "contractRate"],
  ["contractRate -1", "lateFees", fees({ contractRate: "-1" }), "rate-out-of-range", "contractRate"],
  ["contractRate 1000", "lateFees", fees({ contractRate: "1000" }), "rate-out-of-range", "contractRate"],
  ["contractRate NaN", "lateFees", fees({ contractRate: NaN }), "non-finite-number", "contractRate"],
  ["contractRate with a % sign", "lateFees", fees({ contractRate: "12%" }), "invalid-rate", "contractRate"],
  // caller-supplied rate rows
  ["rates not an array", "lateFees", fees({ rates: GOOD_RATE }), "invalid-type", "rates"],
  ["rates row bad table", "lateFees", fees({ rates: [{ ...GOOD_RATE, table: "euribor" }] }), "unknown-variant", "rates[0].table"],
  ["rates row bad date", "lateFees", fees({ rates: [{ ...GOOD_RATE, from: "2026-06-31" }] }), "invalid-date", "rates[0].from"],
  ["rates row bad rate", "lateFees", fees({ rates: [GOOD_RATE, { ...GOOD_RATE, ratePercent: "x" }] }), "invalid-rate", "rates[1].ratePercent"],
  ["rates row missing rate", "lateFees", fees({ rates: [without(GOOD_RATE, "ratePercent")] }), "missing-field", "rates[0].ratePercent"],
  ["rates row unknown field", "lateFees", fees({ rates: [{ ...GOOD_RATE, rate: "2" }] }), "unknown-field", "rates[0].rate"],
  // deadline
  ["deadline with no days nor months", "deadline", { from: "2026-01-05" }, "invalid-period", /^(days|months)?$/],
  ["deadline negative days", "deadline", withFields(DEADLINE, { days: -3 }), ["invalid-period", "invalid-type"], "days"],
  ["deadline bad calendar", "deadline", withFields(DEADLINE, { calendar: "mars" }), ["unknown-variant", "invalid-type"], /^calendar/],
  ["deadline bad from", "deadline", withFields(DEADLINE, { from: "2026-02-30" }), "invalid-date", "from"],
  ["deadline missing from", "deadline", { days: 15 }, "missing-field", "from"],
  ["deadline unknown field", "deadline", withFields(DEADLINE, { weeks: 2 }), "unknown-field", "weeks"],
  ["deadline null", "deadline", null, "invalid-type", undefined],
  // dueDate
  ["dueDate bad terms kind", "dueDate", withFields(DUE, { terms: { kind: "weekly", days: 30 } }), ["unknown-variant", "invalid-terms"], /^terms/],
  ["dueDate terms not an object", "dueDate", withFields(DUE, { terms: "30 jours" }), ["invalid-type", "invalid-terms"], /^terms/],
  ["dueDate missing terms", "dueDate", without(DUE, "terms"), "missing-field", "terms"],
  ["dueDate missing issueDate", "dueDate", without(DUE, "issueDate"), "missing-field", "issueDate"],
  ["dueDate bad issueDate", "dueDate", withFields(DUE, { issueDate: "15/01/2026" }), "invalid-date", "issueDate"],
  ["dueDate negative days", "dueDate", withFields(DUE, { terms: { kind: "days", days: -30 } }), ["invalid-terms", "invalid-type"], /^terms/],
  ["dueDate undefined", "dueDate", undefined, "invalid-type", undefined],
];

test(`bad-input table has at least 40 cases (${CASES.length})`, () => {
  assert.ok(CASES.length >= 40);
  assert.equal(new Set(CASES.map((c) => c[0])).size, CASES.length, "labels must be unique");
});

for (const [label, name, input, code, field] of CASES) {
  test(`bad input: ${name} ${label} → ${[code].flat().join("|")}`, () => {
    const e = expectRelanceError(fn(name), input, label);
    const codes = [code].flat();
    assert.ok(codes.includes(e.code), `${label}: code ${e.code}, expected ${codes.join(" or ")} (message: ${e.message})`);
    if (field instanceof RegExp) {
      assert.match(e.field ?? "", field, `${label}: field ${e.field} (message: ${e.message})`);
    } else {
      assert.strictEqual(e.field, field, `${label}: field (message: ${e.message})`);
    }
    assert.ok(!/\[object Object\]|^\w*Error: |\[[a-z-]+\] /.test(e.message), `${label}: raw or unhelpful message: ${e.message}`);
  });
}

test("the base inputs of the table are valid", () => {
  assert.match(fn("lateFees")(BASE).totalDue, /^\d+\.\d{2}$/);
  fn("lateFees")(withFields(B2C, {}));
  fn("lateFees")(fees({ payments: [GOOD_PAYMENT], rates: [GOOD_RATE], contractRate: "12.5" }));
  fn("deadline")(DEADLINE);
  fn("dueDate")(DUE);
});

test("inputs are not mutated", () => {
  const input = structuredClone(fees({ payments: [GOOD_PAYMENT] }));
  const copy = structuredClone(input);
  fn("lateFees")(input);
  assert.deepEqual(input, copy);
});

test("1000 bad calls do not poison the instance, and nothing ever traps", () => {
  const lateFees = fn("lateFees");
  const good = lateFees(BASE);
  const bad = CASES.filter((c) => c[1] === "lateFees");
  for (let i = 0; i < 1000; i++) {
    const [label, , input] = bad[i % bad.length];
    expectRelanceError(lateFees, input, `${label} (call ${i})`);
  }
  assert.deepEqual(lateFees(BASE), good);
  assert.equal(typeof fn("version")(), "string");
});

test("hostile inputs throw RelanceError, never a RuntimeError", () => {
  const lateFees = fn("lateFees");
  const hostile = [
    fees({ amount: "9".repeat(10_000) }),
    fees({ dueDate: "9".repeat(100_000) }),
    fees({ amount: 5e-324 }),
    fees({ amount: Number.MAX_VALUE }),
    fees({ amount: 2 ** 64 }),
    fees({ amount: 12n }),
    fees({ amount: Symbol("x") }),
    fees({ amount: { value: "1" } }),
    fees({ payments: new Array(3).fill(null) }),
    fees({ regime: "\u0000" }),
    fees({ dueDate: "0000-01-01" }),
    fees({ dueDate: "9999-12-31", asOf: "9999-12-31" }),
    Object.create(null),
  ];
  for (const [i, input] of hostile.entries()) {
    try {
      lateFees(input);
    } catch (e) {
      assert.ok(!(e instanceof WebAssembly.RuntimeError), `hostile[${i}] trapped: ${e}`);
      assert.equal(e?.name, "RelanceError", `hostile[${i}]: ${e}`);
    }
  }
  assert.equal(lateFees(BASE).days, 59);
});
