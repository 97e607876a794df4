// Prints the pkg-scripts/bench table from the JSON the three parts wrote, with the targets of
// issues 6 and 12. Benchmarks measure; they do not assert timings: the exit code is 0 whether or not a
// target is met (non-zero only for missing or unreadable inputs).
//
//   node tests/bench/report.mjs --dir target/bench [--json FILE]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";

const argv = process.argv.slice(2);
let dir = "target/bench", jsonOut = null;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--dir") dir = argv[++i];
  else if (argv[i] === "--json") jsonOut = argv[++i];
  else {
    console.error(`report.mjs: unknown argument ${argv[i]}`);
    process.exit(2);
  }
}
const load = (name) => (existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), "utf8")) : null);
const native = load("native.json");
const nativeModules = load("native-modules.json");
const node = load("node.json");
const chromium = load("chromium.json");
const meta = load("meta.json") ?? {};

const fmt = (x, d = 2) => (x == null || Number.isNaN(x) ? "—" : x.toFixed(d));
const ratio = (a, b) => (a == null || b == null ? null : a / b);
const kb = (b) => `${(b / 1024).toFixed(0)} KiB`;

const nativeUs = native?.coreMedianUs;
const rows = [];
const row = (label, us, runs, note = "") => rows.push({ label, us, runs, note });
if (native) {
  row("native Rust, core only (inputs parsed beforehand)", native.coreMedianUs, native.coreUsPerInvoice, "the limit");
  if (native.totalsMedianUs != null) row("native Rust, core figures only (what lateFeesTotals computes)", native.totalsMedianUs, native.totalsUsPerInvoice, "limit for totals");
  row("native Rust, JSON text in → JSON text out", native.jsonRoundTripMedianUs, native.jsonRoundTripUsPerInvoice, "same boundary work as wasm");
}
if (node?.timings) {
  const t = node.timings;
  if (t.wasmSingle) row("wasm in Node, lateFees once per invoice", t.wasmSingle.medianUs, t.wasmSingle.usPerInvoice);
  if (t.wasmBatch) row(`wasm in Node, lateFeesBatch (chunks of ${node.chunk})`, t.wasmBatch.medianUs, t.wasmBatch.usPerInvoice);
  if (t.wasmTotals) row(`wasm in Node, lateFeesTotals (columns, chunks of ${node.chunk})`, t.wasmTotals.medianUs, t.wasmTotals.usPerInvoice);
  if (t.decimalJs) row("decimal.js in Node (tests/bench/decimaljs.mjs)", t.decimalJs.medianUs, t.decimalJs.usPerInvoice, "no texts");
}
if (chromium?.batch) {
  row(`wasm in Chromium, lateFeesBatch (chunks of ${chromium.chunk})`, chromium.batch.medianUs, chromium.batch.usPerInvoice);
  if (chromium.totals) row(`wasm in Chromium, lateFeesTotals (chunks of ${chromium.chunk})`, chromium.totals.medianUs, chromium.totals.usPerInvoice);
  row("wasm in Chromium, lateFees once per invoice", chromium.single.medianUs, chromium.single.usPerInvoice);
  if (chromium.decimalJs) row("decimal.js in Chromium (tests/bench/decimaljs.mjs)", chromium.decimalJs.medianUs, chromium.decimalJs.usPerInvoice, "no texts");
}

const out = [];
const p = (s = "") => out.push(s);
p(`relance bench — ${meta.invoices ?? node?.invoices ?? native?.invoices} invoices (seed ${meta.seed ?? "?"}), median of ${meta.runs ?? node?.runs} runs`);
p(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}; load average at start ${meta.loadStart ?? "?"}, at end ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
p(`versions: relance ${node?.relance ?? "?"}, node ${node?.node ?? "?"}, chromium ${chromium?.browserVersion ?? "—"}, rustc ${meta.rustc ?? "?"}; native build: ${native?.optLevel ?? "—"}`);
p();
const w = Math.max(...rows.map((r) => r.label.length));
p(`${"".padEnd(w)}  µs/invoice   × native core   runs (µs)`);
for (const r of rows) {
  p(`${r.label.padEnd(w)}  ${fmt(r.us).padStart(10)}   ${fmt(ratio(r.us, nativeUs), 1).padStart(12)}×   ${r.runs.map((x) => fmt(x)).join(" ")}${r.note ? `   (${r.note})` : ""}`);
}
if (node?.modules) {
  p();
  p("other modules (wasm in Node, inputs built from the portfolio by tests/bench/modules.mjs;");
  p(`native: the same inputs, ${nativeModules?.optLevel ?? "not run"}; the dunning and letters wasm modules are built at opt-level z):`);
  const m = node.modules;
  const line = (label, name, unit) => {
    const x = m[name], n = nativeModules?.[name];
    if (!x) return;
    const vs = n ? `   native ${fmt(n.medianUs)} µs, wasm ${fmt(ratio(x.medianUs, n.medianUs), 1)}× native` : "";
    p(`  ${label.padEnd(46)} ${fmt(x.medianUs).padStart(8)} µs ${unit.padEnd(11)}${vs}   runs ${x.usPerItem.map((v) => fmt(v)).join(" ")}`);
  };
  line("dunningPlan (one debtor, one invoice)", "dunningPlan", "per call");
  line(`agedBalance (chunks of ${node.chunk} invoices)`, "agedBalance", "per invoice");
  line("renderLetter (formal notice, letter, French)", "renderLetter", "per call");
}
p();
if (node?.nativeParity) p(`parity: wasm = native on all ${node.nativeParity.compared} invoices (JSON of every result): ${node.nativeParity.mismatches === 0 ? "identical" : `${node.nativeParity.mismatches} MISMATCHES`}`);
if (node?.totalsParity) p(`parity: lateFeesTotals columns = lateFeesBatch figures and errors on all ${node.totalsParity.compared} invoices: ${node.totalsParity.mismatches === 0 ? "identical" : `${node.totalsParity.mismatches} MISMATCHES`}`);
if (node?.decimalParity) p(`parity: decimal.js figures = wasm figures on all ${node.decimalParity.compared} invoices: ${node.decimalParity.mismatches === 0 ? "identical" : `${node.decimalParity.mismatches} MISMATCHES`}`);
if (chromium) p(`parity: Chromium results = Node results (hash of every result's JSON): ${chromium.sameResultsAsNode ? "identical" : "DIFFERENT"}`);
const coldModules = chromium?.coldModules ?? (chromium?.cold ? { relance: chromium.cold } : {});
for (const [name, c] of Object.entries(coldModules)) {
  p(`cold start of ${name} in Chromium (fresh context, empty cache, ${c.samples.length} loads, wasm ${kb(c.wasmBytes)}): median ${fmt(c.medianPackageMs, 1)} ms ` +
    `(min ${fmt(c.minPackageMs, 1)}, max ${fmt(c.maxPackageMs, 1)}) = glue import ${fmt(c.medianGlueMs, 1)} + wasm fetch/compile/instantiate ${fmt(c.medianInitMs, 1)} + first result ${fmt(c.medianFirstCallMs, 1)};`);
  p(`  not counted: the browser's first module import on the page (an empty module) ${fmt(c.medianBaselineImportMs, 1)} ms; first result ${fmt(c.medianSinceNavigationMs, 1)} ms after navigation start`);
}
if (node?.memory) {
  const m = node.memory;
  p(`memory: wasm linear memory ${kb(m.startBytes)} at start, ${kb(m.afterWarmupBytes)} after ${m.samples[1].calls} calls, ${kb(m.endBytes)} after ${m.calls} calls ` +
    `(${m.keepsGrowing ? "GROWS" : "flat"}); externref table ${m.samples[0].externrefs} → ${m.samples.at(-1).externrefs} slots; ${fmt(m.seconds, 1)} s`);
}
p();

// Targets (issue 6).
const targets = [];
const target = (name, met, detail) => targets.push({ name, met, detail });
const batchNode = node?.timings?.wasmBatch?.medianUs;
const batchChromium = chromium?.batch?.medianUs;
if (nativeUs && (batchNode || batchChromium)) {
  const worst = Math.max(...[batchNode, batchChromium].filter(Boolean));
  target("wasm batch within 2× of native per invoice", worst / nativeUs <= 2,
    `Node ${fmt(ratio(batchNode, nativeUs), 1)}×, Chromium ${fmt(ratio(batchChromium, nativeUs), 1)}× the native core` +
    (native?.jsonRoundTripMedianUs ? `; ${fmt(ratio(batchNode, native.jsonRoundTripMedianUs), 1)}× native with JSON in/out` : ""));
}
const totalsNode = node?.timings?.wasmTotals?.medianUs;
if (totalsNode && native?.totalsMedianUs) {
  target("wasm lateFeesTotals within 2× of native per invoice", totalsNode / native.totalsMedianUs <= 2,
    `Node ${fmt(ratio(totalsNode, native.totalsMedianUs), 1)}×, Chromium ${fmt(ratio(chromium?.totals?.medianUs, native.totalsMedianUs), 1)}× the native figures-only core (${fmt(native.totalsMedianUs)} µs)`);
}
if (batchNode && node?.timings?.decimalJs) {
  const r = node.timings.decimalJs.medianUs / batchNode;
  target("wasm batch at least 5× faster than decimal.js", r >= 5, `decimal.js / wasm batch = ${fmt(r, 2)}× in Node`);
}
if (totalsNode && node?.timings?.decimalJs) {
  const r = node.timings.decimalJs.medianUs / totalsNode;
  target("wasm lateFeesTotals at least 5× faster than decimal.js", r >= 5, `decimal.js / wasm totals = ${fmt(r, 2)}× in Node (decimal.js returns figures only, like lateFeesTotals)`);
}
// Issue 12: the single call against decimal.js, the other modules against native, every
// module's cold start.
const singleNode = node?.timings?.wasmSingle?.medianUs;
if (singleNode && node?.timings?.decimalJs) {
  const r = node.timings.decimalJs.medianUs / singleNode;
  target("lateFees one call per invoice (full result) at least 5× faster than decimal.js, Node", r >= 5, `decimal.js / wasm lateFees = ${fmt(r, 2)}× (${fmt(node.timings.decimalJs.medianUs)} / ${fmt(singleNode)} µs)`);
}
if (chromium?.single && chromium?.decimalJs) {
  const r = chromium.decimalJs.medianUs / chromium.single.medianUs;
  target("lateFees one call per invoice (full result) at least 5× faster than decimal.js, Chromium", r >= 5, `decimal.js / wasm lateFees = ${fmt(r, 2)}× (${fmt(chromium.decimalJs.medianUs)} / ${fmt(chromium.single.medianUs)} µs)`);
}
for (const name of ["dunningPlan", "agedBalance", "renderLetter"]) {
  const x = node?.modules?.[name], n = nativeModules?.[name];
  if (x && n) target(`${name} wasm within 3× of native`, x.medianUs / n.medianUs <= 3, `${fmt(ratio(x.medianUs, n.medianUs), 1)}× (${fmt(x.medianUs)} / ${fmt(n.medianUs)} µs)`);
}
for (const [name, c] of Object.entries(coldModules)) {
  target(`cold start of ${name} in Chromium under 50 ms`, c.medianPackageMs < 50,
    `median ${fmt(c.medianPackageMs, 1)} ms (glue import + fetch/compile/instantiate + first result; max ${fmt(c.maxPackageMs, 1)} ms)`);
}
if (node?.memory) target("no wasm memory growth over 1 000 000 calls", !node.memory.keepsGrowing && node.memory.growthAfterWarmupBytes <= 0 && node.memory.calls >= 1_000_000,
  `${node.memory.growthAfterWarmupBytes} bytes after warm-up over ${node.memory.calls} calls`);
p("targets:");
for (const t of targets) p(`  ${t.met ? "[met]   " : "[MISSED]"} ${t.name}: ${t.detail}`);

console.log(out.join("\n"));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ meta, native, nativeModules, node, chromium, targets }, null, 1) + "\n");
