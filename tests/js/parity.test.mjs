// Parity: the wasm package and the native crate give identical results — every field of every
// result, and the code, field and message of every error — on a slice of the bench portfolio
// (pkg-scripts/bench checks the whole 100 000), the golden inputs and a set of bad inputs.
//
// The native side is the example bench_native (tests/bench/native.rs), run with
// `cargo run --example bench_native -- results -` (the dev build `cargo test` already made), or
// the binary named by RELANCE_BENCH_NATIVE.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { fn, loadGolden, repoRoot } from "./helpers.mjs";
import { generatePortfolio } from "../bench/portfolio.mjs";

const SLICE = 2000;

// Inputs both sides must refuse the same way (code, field and message).
const BAD = [
  { regime: "fr-b2b", amount: "12,50", dueDate: "2026-01-31", asOf: "2026-03-31" },
  { regime: "fr-b2b", amout: "1", dueDate: "2026-01-31", asOf: "2026-03-31" },
  null,
  "x",
  { regime: "fr-b2x", amount: "1", dueDate: "2026-01-31", asOf: "2026-03-31" },
  { regime: "fr-b2b", amount: "1", dueDate: "2026-02-30", asOf: "2026-03-31" },
  { regime: "fr-b2b", amount: "1", dueDate: "2026-01-31", asOf: "2026-03-31", payments: [{ date: "2026-02-01", amount: "-3" }] },
  { regime: "fr-b2b", amount: "1", dueDate: "2026-01-31", asOf: "2026-03-31", payments: [{ date: "2026-02-01" }] },
  { regime: "fr-b2b", amount: 1e300, dueDate: "2026-01-31", asOf: "2026-03-31" },
  { regime: "fr-b2b", amount: 0.001, dueDate: "2026-01-31", asOf: "2026-03-31" },
  { regime: "fr-b2b", amount: "1", dueDate: "1990-01-31", asOf: "2026-03-31" },
  { regime: "fr-b2b", amount: "1", dueDate: "2026-01-31", asOf: "2026-12-31", strictRates: true },
  { regime: "fr-b2b", amount: true, dueDate: "2026-01-31", asOf: "2026-03-31" },
  { regime: "fr-b2b", amount: "1", dueDate: "2026-01-31", asOf: "2026-03-31", contractRate: "101" },
  { regime: "fr-b2b", amount: "1", dueDate: "2026-01-31", asOf: "2026-03-31", payments: { date: "x" } },
  { regime: "fr-b2c", amount: "1", dueDate: "2026-01-31", asOf: "2026-03-31", judgmentDate: "9999-12-01" },
  { regime: "fr-public", amount: "1000000000000", dueDate: "2010-01-31", asOf: "2026-03-31", rates: [{ table: "ecb-mro", from: "2026-01-01", ratePercent: "100" }] },
];

/** One JSON line per input from the native crate, for the same JSONL. */
function nativeResults(inputs) {
  const [cmd, args] = process.env.RELANCE_BENCH_NATIVE
    ? [process.env.RELANCE_BENCH_NATIVE, ["results", "-"]]
    : ["cargo", ["run", "--quiet", "--example", "bench_native", "--", "results", "-"]];
  const run = spawnSync(cmd, args, {
    cwd: fileURLToPath(repoRoot),
    input: inputs.map((x) => JSON.stringify(x)).join("\n") + "\n",
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    timeout: 600_000,
  });
  assert.ifError(run.error);
  assert.equal(run.status, 0, `cargo run --example bench_native failed (is the [[example]] bench_native declared in Cargo.toml?):\n${run.stderr}`);
  const lines = run.stdout.split("\n").filter((l) => l);
  assert.equal(lines.length, inputs.length, "one native result per input");
  return lines;
}

test(`wasm and native give identical results on ${SLICE} portfolio invoices, the golden inputs and bad inputs`, () => {
  const lateFees = fn("lateFees");
  const lateFeesBatch = fn("lateFeesBatch");
  const inputs = [...generatePortfolio(SLICE), ...loadGolden("late_fees.json").cases.map((c) => c.input), ...BAD];
  const native = nativeResults(inputs);
  const batch = lateFeesBatch(inputs);
  let errors = 0;
  for (let i = 0; i < inputs.length; i++) {
    const label = `input ${i}: ${JSON.stringify(inputs[i])}`;
    assert.equal(JSON.stringify(batch[i]), native[i], `${label}\nwasm batch ≠ native`);
    if (batch[i]?.error) {
      errors++;
      continue;
    }
    assert.equal(JSON.stringify(lateFees(inputs[i])), native[i], `${label}\nwasm lateFees ≠ native`);
  }
  const refused = BAD.filter((_, j) => batch[inputs.length - BAD.length + j]?.error).length;
  assert.ok(refused >= BAD.length - 1, `the bad inputs are refused (${refused} of ${BAD.length})`);
  assert.ok(errors < inputs.length / 10, `most inputs compute (${errors} errors)`);
});
