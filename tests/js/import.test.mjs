// The package imported exactly as a user does in Node: the "node" export condition
// initialises the module synchronously, so there is no init call.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lateFees, deadline, dueDate, rates, version } from "relance";

test("the documented functions are exported and usable with no init call", () => {
  for (const [name, f] of Object.entries({ lateFees, deadline, dueDate, rates, version })) {
    assert.equal(typeof f, "function", `${name} is not exported`);
  }
  assert.match(version(), /^\d+\.\d+\.\d+/);
  const r = rates();
  assert.match(r.knownThrough, /^\d{4}-\d{2}-\d{2}$/);
  const fees = lateFees({ regime: "fr-b2b", amount: "1000.00", dueDate: "2026-01-31", asOf: "2026-03-31" });
  assert.equal(fees.days, 59);
  assert.match(fees.totalDue, /^\d+\.\d{2}$/);
  assert.match(deadline({ from: "2026-01-05", days: 15 }).date, /^\d{4}-\d{2}-\d{2}$/);
  assert.match(dueDate({ issueDate: "2026-01-15", terms: { kind: "days", days: 30 } }).date, /^\d{4}-\d{2}-\d{2}$/);
});
