// The built package's shape: version, package.json, installed files, node entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, lstatSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as relance from "relance";
import init from "relance";
import { cargoVersion, fn, repoRoot } from "./helpers.mjs";

const installed = new URL("../node_modules/relance/", import.meta.url);
const pkgJson = JSON.parse(readFileSync(new URL("package.json", installed), "utf8"));

test("version() matches Cargo.toml and package.json", () => {
  const want = cargoVersion();
  assert.equal(fn("version")(), want);
  assert.equal(pkgJson.version, want);
});

test("package.json has the documented shape", () => {
  assert.equal(pkgJson.name, "relance");
  assert.equal(pkgJson.type, "module");
  assert.equal(pkgJson.sideEffects, false);
  assert.equal(pkgJson.types, "./relance.d.ts");
  assert.deepEqual(pkgJson.exports["."], {
    types: "./relance.d.ts",
    node: "./node.js",
    default: "./relance.js",
  });
  assert.equal(Object.keys(pkgJson.exports["."])[0], "types", "types must be the first condition");
  assert.equal(pkgJson.exports["./relance_bg.wasm"], "./relance_bg.wasm");
  assert.equal(pkgJson.exports["./package.json"], "./package.json");
  assert.match(pkgJson.engines.node, />=\s*20/);
  assert.deepEqual(pkgJson.dependencies ?? {}, {}, "the package must have no runtime dependencies");
});

test("the installed package is a packed copy of pkg/, not a link, and is current", () => {
  const dir = fileURLToPath(installed);
  assert.ok(!lstatSync(dir.replace(/\/$/, "")).isSymbolicLink(), "tests/node_modules/relance is a symlink");
  for (const f of ["relance.js", "relance.d.ts", "relance_bg.wasm", "node.js", "package.json"]) {
    assert.ok(existsSync(new URL(f, installed)), `${f} missing from the installed package`);
  }
  const built = readFileSync(new URL("pkg/relance_bg.wasm", repoRoot));
  const inst = readFileSync(new URL("relance_bg.wasm", installed));
  assert.ok(built.equals(inst), "tests/node_modules/relance is stale: run pkg-scripts/build");
  for (const f of pkgJson.files) {
    if (f === "README.md") continue; // optional
    assert.ok(existsSync(new URL(f, installed)), `files lists ${f} but the tarball lacks it`);
  }
});

test('"relance" resolves to node.js under the node condition', () => {
  const resolved = import.meta.resolve("relance");
  assert.ok(resolved.endsWith("/node_modules/relance/node.js"), resolved);
  assert.ok(import.meta.resolve("relance/relance_bg.wasm").endsWith("/relance_bg.wasm"));
  assert.ok(import.meta.resolve("relance/package.json").endsWith("/package.json"));
});

test("the node entry re-exports the web build and its default init is an idempotent no-op", async () => {
  assert.equal(typeof relance.initSync, "function");
  assert.equal(typeof init, "function");
  const a = await init();
  const b = await init({ module_or_path: "ignored" });
  assert.ok(a.memory instanceof WebAssembly.Memory);
  assert.equal(a, b);
  assert.equal(relance.initSync({ module: new Uint8Array(0) }), a, "initSync after init must be a no-op");
  assert.equal(fn("version")(), cargoVersion());
});
