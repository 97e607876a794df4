// Shared helpers for the JS tests (not a test file itself).
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import * as relance from "relance";

export const repoRoot = new URL("../../", import.meta.url);

/** The [package] version of Cargo.toml. */
export function cargoVersion() {
  const toml = readFileSync(new URL("Cargo.toml", repoRoot), "utf8");
  const pkg = toml.split(/^\[/m).find((s) => s.startsWith("package]"));
  const m = pkg && pkg.match(/^version\s*=\s*"([^"]+)"/m);
  assert.ok(m, "no version in [package] of Cargo.toml");
  return m[1];
}

/**
 * An exported function of the package, or a clear failure when the package does not export it
 * (yet): the test fails, it is never skipped.
 */
export function fn(name) {
  const f = relance[name];
  assert.equal(
    typeof f,
    "function",
    `the relance package does not export a function \`${name}\` (exports: ${Object.keys(relance).join(", ")})`,
  );
  return f;
}

/**
 * Calls `f(input)` expecting a RelanceError; returns the error. Fails on success, on a
 * non-RelanceError, and above all on a WebAssembly RuntimeError (a panic or trap).
 */
export function expectRelanceError(f, input, label = "") {
  let error;
  try {
    const result = f(input);
    assert.fail(`${label}: expected a RelanceError, got a result: ${JSON.stringify(result)?.slice(0, 300)}`);
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    error = e;
  }
  assert.ok(
    !(error instanceof WebAssembly.RuntimeError),
    `${label}: the wasm instance trapped (panic?): ${error}`,
  );
  assert.ok(error instanceof Error, `${label}: thrown value is not an Error: ${String(error)}`);
  assert.equal(error.name, "RelanceError", `${label}: error.name (message: ${error.message})`);
  assert.equal(typeof error.code, "string", `${label}: error.code`);
  assert.equal(typeof error.message, "string", `${label}: error.message`);
  assert.ok(error.message.length > 0, `${label}: empty message`);
  return error;
}

export const MONEY = /^\d+\.\d{2}$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Decimal money string → integer cents (exact, no float). */
export function cents(s) {
  assert.match(s, /^-?\d+\.\d{2}$/, `not a 2-decimal money string: ${s}`);
  const neg = s.startsWith("-");
  const [i, f] = s.replace("-", "").split(".");
  const v = BigInt(i) * 100n + BigInt(f);
  return neg ? -v : v;
}

/** The golden cases file; a missing or empty file is a failure, not a skip. */
export function loadGolden(name) {
  const url = new URL(`tests/data/${name}`, repoRoot);
  assert.ok(existsSync(url), `tests/data/${name} is missing: the golden cases must exist`);
  const data = JSON.parse(readFileSync(url, "utf8"));
  assert.ok(Array.isArray(data.cases) && data.cases.length > 0, `tests/data/${name} has no cases`);
  return data;
}
