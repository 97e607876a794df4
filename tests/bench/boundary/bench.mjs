// Times the boundary variants of tests/bench/boundary/src/lib.rs (see run.sh).
// node bench.mjs PORTFOLIO RUNS PKG_DIR LEVEL   (run from tests/, which has the relance package)
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { lateFeesBatch } from "relance";
import { figures } from "../decimaljs.mjs";

const [file, runsArg = "5", dir, level = "?"] = process.argv.slice(2);
const P = await import(pathToFileURL(`${dir}/boundary.js`).href);
const wasmBytes = readFileSync(`${dir}/boundary_bg.wasm`);
P.initSync({ module: wasmBytes });
const text = readFileSync(file, "utf8");
const inputs = text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const N = inputs.length, C = 1000;
const chunks = [];
for (let i = 0; i < N; i += C) chunks.push(inputs.slice(i, i + C));

// Same results as the package, before timing anything.
for (const c of chunks.slice(0, 20)) {
  const ref = JSON.stringify(lateFeesBatch(c));
  const same = [
    JSON.stringify(P.batchObjects(c)),
    JSON.stringify(JSON.parse(P.batchObjectsInJsonOut(c))),
    JSON.stringify(JSON.parse(P.batchJsonInJsonOut(JSON.stringify(c)))),
  ].every((x) => x === ref);
  const fig = lateFeesBatch(c).map(figures).join() === P.batchFigures(c).map(figures).join();
  if (!same || !fig) throw new Error("a variant differs from the package");
}
P.corePrepare(text);

const V = {
  "package lateFeesBatch (objects in, objects out, pkg/ build)": () => { for (const c of chunks) lateFeesBatch(c); },
  "objects in, objects out (same path, this build)": () => { for (const c of chunks) P.batchObjects(c); },
  "objects in, figures-only objects out (= decimal.js output)": () => { for (const c of chunks) P.batchFigures(c); },
  "objects in, JSON text out + JSON.parse": () => { for (const c of chunks) JSON.parse(P.batchObjectsInJsonOut(c)); },
  "JSON.stringify in, JSON text out + JSON.parse": () => { for (const c of chunks) JSON.parse(P.batchJsonInJsonOut(JSON.stringify(c))); },
  "JSON.stringify in, totals only out": () => { for (const c of chunks) JSON.parse(P.batchTotals(JSON.stringify(c))); },
  "core only, inside wasm (inputs pre-parsed)": () => { P.coreRun(); },
};
for (const f of Object.values(V)) f();
const res = Object.fromEntries(Object.keys(V).map((k) => [k, []]));
for (let r = 0; r < Number(runsArg); r++) {
  for (const [k, f] of Object.entries(V)) {
    const t = performance.now();
    f();
    res[k].push(((performance.now() - t) * 1000) / N);
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`opt-level ${level}: ${N} invoices, median of ${runsArg} runs; this wasm ${(wasmBytes.length / 1000).toFixed(0)} KB raw, ${(gzipSync(wasmBytes, { level: 9 }).length / 1000).toFixed(0)} KB gzip (with serde_json and the extra exports)`);
for (const [k, xs] of Object.entries(res)) console.log(`  ${med(xs).toFixed(2).padStart(7)} µs/invoice  ${k}   [${xs.map((x) => x.toFixed(2)).join(" ")}]`);
