// Golden cases shared with the Rust tests (tests/data/late_fees.json), run on the built
// package. `expected` is a subset of the result: each key present is compared exactly
// (objects and array elements on their listed keys only); `warnings` lists codes that must
// all be present in result.warnings. An `expected.error` of { code, field? } expects a throw.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fn, loadGolden, expectRelanceError, cents, MONEY, ISO_DATE } from "./helpers.mjs";

/** Asserts that `actual` matches `expected` on every key `expected` lists, recursively. */
function matchSubset(actual, expected, path) {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path}: expected an array, got ${JSON.stringify(actual)}`);
    assert.equal(actual.length, expected.length, `${path}: length (got ${JSON.stringify(actual)})`);
    expected.forEach((e, i) => matchSubset(actual[i], e, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === "object") {
    assert.ok(actual !== null && typeof actual === "object", `${path}: expected an object, got ${JSON.stringify(actual)}`);
    for (const key of Object.keys(expected)) matchSubset(actual[key], expected[key], `${path}.${key}`);
  } else {
    assert.strictEqual(actual, expected, `${path}`);
  }
}

/** Shape checks every lateFees result must pass, whatever the case. */
function checkInvariants(r, name) {
  for (const key of ["interest", "interestPaid", "compensation", "principalOutstanding", "interestOutstanding", "totalDue"]) {
    assert.match(r[key], MONEY, `${name}: ${key}`);
  }
  assert.ok(Number.isInteger(r.days) && r.days >= 0, `${name}: days`);
  assert.ok(Array.isArray(r.periods), `${name}: periods`);
  let sum = 0n;
  let days = 0;
  for (const [i, p] of r.periods.entries()) {
    assert.match(p.from, ISO_DATE, `${name}: periods[${i}].from`);
    assert.match(p.to, ISO_DATE, `${name}: periods[${i}].to`);
    assert.ok(p.from <= p.to, `${name}: periods[${i}] from <= to`);
    if (i > 0) {
      const prev = new Date(r.periods[i - 1].to + "T00:00:00Z");
      prev.setUTCDate(prev.getUTCDate() + 1);
      assert.equal(p.from, prev.toISOString().slice(0, 10), `${name}: periods[${i}] starts the day after the previous one`);
    }
    sum += cents(p.interest);
    days += p.days;
  }
  assert.equal(sum, cents(r.interest), `${name}: the periods' interest adds up to interest`);
  assert.equal(days, r.days, `${name}: the periods' days add up to days`);
  assert.ok(Array.isArray(r.warnings), `${name}: warnings`);
  for (const w of r.warnings) {
    assert.equal(typeof w.code, "string");
    assert.equal(typeof w.message, "string");
  }
  assert.match(r.rateTables?.knownThrough ?? "", ISO_DATE, `${name}: rateTables.knownThrough`);
}

const { cases } = loadGolden("late_fees.json");

test("golden cases have unique names", () => {
  const names = cases.map((c) => c.name);
  assert.equal(new Set(names).size, names.length);
});

for (const c of cases) {
  test(`golden: ${c.name}`, () => {
    const lateFees = fn("lateFees");
    const { error, warnings, ...rest } = c.expected;
    if (error) {
      const e = expectRelanceError(lateFees, c.input, c.name);
      assert.equal(e.code, error.code, `${c.name}: code (message: ${e.message})`);
      if ("field" in error) assert.equal(e.field, error.field ?? undefined, `${c.name}: field`);
      return;
    }
    const r = lateFees(structuredClone(c.input));
    matchSubset(r, rest, "result");
    if (warnings) {
      const got = r.warnings.map((w) => w.code);
      for (const code of warnings) assert.ok(got.includes(code), `${c.name}: warning ${code} missing (got ${got.join(", ") || "none"})`);
    }
    checkInvariants(r, c.name);
    // Pure function: the same input gives the same result.
    assert.deepEqual(lateFees(structuredClone(c.input)), r);
  });
}
