// The default (web) build used the browser way: the generated relance.js file imported
// directly, then initSync / await init() with the wasm bytes. Each test imports a fresh
// module instance (a distinct ?query), so none is pre-initialised by the node entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cargoVersion } from "./helpers.mjs";

const webBuild = new URL("../node_modules/relance/relance.js", import.meta.url);
const bytes = readFileSync(new URL("relance_bg.wasm", webBuild));
let n = 0;
const fresh = () => import(`${webBuild.href}?instance=${++n}`);

test("functions throw before init, work after initSync; initSync and init are idempotent", async () => {
  const m = await fresh();
  assert.throws(() => m.version(), "calling before init must throw");
  const exports = m.initSync({ module: bytes });
  assert.equal(m.version(), cargoVersion());
  assert.equal(m.initSync({ module: bytes }), exports);
  assert.equal(await m.default({ module_or_path: bytes }), exports);
  assert.equal(await m.default({ module_or_path: bytes }), exports);
  assert.equal(m.version(), cargoVersion());
});

test("await init({ module_or_path: bytes }) twice", async () => {
  const m = await fresh();
  const first = await m.default({ module_or_path: bytes });
  const second = await m.default({ module_or_path: bytes });
  assert.equal(first, second);
  assert.ok(first.memory instanceof WebAssembly.Memory);
  assert.equal(m.version(), cargoVersion());
});

test("init with a compiled WebAssembly.Module and with a streamed Response", async () => {
  const compiled = new WebAssembly.Module(bytes);
  const a = await fresh();
  await a.default({ module_or_path: compiled });
  assert.equal(a.version(), cargoVersion());
  const b = await fresh();
  b.initSync({ module: compiled });
  assert.equal(b.version(), cargoVersion());
  const c = await fresh();
  const response = new Response(bytes, { headers: { "Content-Type": "application/wasm" } });
  await c.default({ module_or_path: response });
  assert.equal(c.version(), cargoVersion());
});

test("instances are independent: a fresh web instance computes like the node entry", async () => {
  const m = await fresh();
  await m.default({ module_or_path: bytes });
  const node = await import("relance");
  assert.equal(typeof m.lateFees, "function", "lateFees is not exported by the package");
  const input = { regime: "fr-b2b", amount: "1234.56", dueDate: "2026-01-15", asOf: "2026-06-30" };
  assert.deepEqual(m.lateFees(input), node.lateFees(input));
});
