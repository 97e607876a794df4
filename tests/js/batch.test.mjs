// lateFeesBatch: each slot equals the single call, or carries that call's error as data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fn, expectRelanceError } from "./helpers.mjs";

const GOOD = [
  { regime: "fr-b2b", amount: "1000.00", dueDate: "2026-01-31", asOf: "2026-03-31" },
  { regime: "fr-b2c", amount: "250", dueDate: "2025-12-31", asOf: "2026-06-30", noticeDate: "2026-01-15" },
  { regime: "fr-public", amount: 999.99, dueDate: "2026-02-15", asOf: "2026-05-01" },
];
const BAD = [
  [{ regime: "fr-b2b", amount: "12,50", dueDate: "2026-01-31", asOf: "2026-03-31" }, "invalid-amount", "amount"],
  [{ regime: "fr-b2b", amout: "1", dueDate: "2026-01-31", asOf: "2026-03-31" }, "unknown-field", "amout"],
  [null, "invalid-type", undefined],
];

test("lateFeesBatch: good slots equal single calls, bad slots carry the error as data", () => {
  const lateFees = fn("lateFees");
  const batch = fn("lateFeesBatch");
  const inputs = [GOOD[0], BAD[0][0], GOOD[1], BAD[1][0], GOOD[2], BAD[2][0]];
  const out = batch(inputs);
  assert.equal(out.length, inputs.length);
  for (const [i, g] of [0, 2, 4].entries()) assert.deepEqual(out[g], lateFees(GOOD[i]), `slot ${g}`);
  for (const [i, b] of [1, 3, 5].entries()) {
    const [input, code, field] = BAD[i];
    const single = expectRelanceError(lateFees, input, `slot ${b}`);
    assert.equal(out[b].error?.code, code, `slot ${b}: ${JSON.stringify(out[b])}`);
    assert.equal(out[b].error.code, single.code);
    assert.equal(out[b].error.field, field);
    assert.equal(out[b].error.message, single.message);
  }
});

test("lateFeesBatch: an empty batch is empty; a non-array throws a RelanceError", () => {
  const batch = fn("lateFeesBatch");
  assert.deepEqual(batch([]), []);
  for (const input of [null, undefined, GOOD[0], "x"]) {
    const e = expectRelanceError(batch, input, `batch(${JSON.stringify(input)})`);
    assert.equal(e.code, "invalid-type");
  }
});

test("lateFeesBatch: 2000 items in one call", () => {
  const inputs = Array.from({ length: 2000 }, (_, i) => ({ ...GOOD[0], amount: `${1000 + i}.00` }));
  const out = fn("lateFeesBatch")(inputs);
  assert.equal(out.length, 2000);
  assert.deepEqual(out[1234], fn("lateFees")(inputs[1234]));
});

test("lateFeesBatch: an error message holding the text separator falls back to the generic output", () => {
  // The batch is normally sent to JS as one text of U+001F-separated fields
  // (src/wasm/result_text.rs); a message quoting the caller's input can hold that character.
  const batch = fn("lateFeesBatch");
  const odd = { ...GOOD[0], amount: "12\u001f50" };
  const out = batch([GOOD[0], odd, GOOD[1]]);
  assert.equal(out.length, 3);
  assert.deepEqual(out[0], fn("lateFees")(GOOD[0]));
  assert.deepEqual(out[2], fn("lateFees")(GOOD[1]));
  assert.equal(out[1].error.code, "invalid-amount");
  assert.equal(out[1].error.field, "amount");
  assert.ok(out[1].error.message.includes("12\u001f50"), out[1].error.message);
  // Same keys in the same order as the text path gives.
  assert.deepEqual(Object.keys(out[0]), Object.keys(batch([GOOD[0]])[0]));
});

test("texts sent once per instance (rule, basis) read back whole, in both languages, in any order", () => {
  const lateFees = fn("lateFees");
  const batch = fn("lateFeesBatch");
  const fr = { regime: "fr-b2b", amount: "1000", dueDate: "2023-01-31", asOf: "2024-03-31" };
  const en = { ...fr, lang: "en" };
  const first = lateFees(fr);
  // Hand-known wording (reference/france-law.md, L441-10 II; ECB 2.50 % on 1 January 2023).
  assert.match(first.rule, /^fr-b2b: pénalités de retard C\. com\. L441-10 II/);
  assert.match(first.ratesUsed[0].basis, /^BCE 2,50\u00a0% au 1er\u00a0janvier 2023 \+ 10 points/);
  const english = lateFees(en);
  assert.match(english.rule, /^fr-b2b: late-payment penalties/);
  // The second call of each carries references to texts the first sent: same results.
  assert.deepEqual(lateFees(fr), first);
  assert.deepEqual(lateFees(en), english);
  const out = batch([fr, en, fr, en, fr]);
  assert.deepEqual(out, [first, english, first, english, first]);
  // No marker character of the encoding ever reaches a result.
  const walk = (v) => {
    if (typeof v === "string") assert.doesNotMatch(v, /[\u0002\u0003\u001e\u001f]/);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  [first, english, ...out].forEach(walk);
});
