// The Node part of pkg-scripts/bench: parity checks, timings and the memory run on the
// portfolio, with the relance package exactly as users import it (tests/node_modules/relance).
//
//   node tests/bench/node.mjs --portfolio FILE --native BIN [--runs 5] [--chunk 1000]
//        [--memory-calls 1000000] [--out FILE.json] [--skip NAME,...]
//
// 1. parity: every lateFeesBatch slot, as JSON, equals the native crate's result line
//    (BIN results FILE) — the whole portfolio;
// 2. decimal.js: the figures of tests/bench/decimaljs.mjs equal the wasm ones on every
//    invoice (mismatches are printed and the run stops before timing anything);
// 3. timings, interleaved, median of --runs: lateFees once per invoice, lateFeesBatch in
//    chunks of --chunk, the decimal.js implementation;
// 4. memory: --memory-calls single calls cycling over the portfolio, sampling the wasm linear
//    memory and the externref table every tenth of the way;
// 5. throughput of the other modules on inputs built from the portfolio: dunningPlan (one
//    debtor, one invoice), agedBalance (chunks of --chunk invoices) and renderLetter (a formal
//    notice letter, French), µs per call, median of --runs.
// Prints progress on stderr and writes the numbers as JSON to --out (or stdout).
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import init, { lateFees, lateFeesBatch, lateFeesTotals, rates, version } from "relance";
import { dunningPlan, agedBalance } from "relance/dunning";
import { renderLetter } from "relance/letters";
import { createLateFees, figures } from "./decimaljs.mjs";
import { moduleInputs } from "./modules.mjs";

const opts = { runs: 5, chunk: 1000, memoryCalls: 1_000_000, skip: new Set() };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const v = () => argv[++i];
  if (a === "--portfolio") opts.portfolio = v();
  else if (a === "--native") opts.native = v();
  else if (a === "--runs") opts.runs = Number(v());
  else if (a === "--chunk") opts.chunk = Number(v());
  else if (a === "--memory-calls") opts.memoryCalls = Number(v());
  else if (a === "--out") opts.out = v();
  else if (a === "--skip") for (const s of v().split(",")) opts.skip.add(s);
  else {
    console.error(`node.mjs: unknown argument ${a}`);
    process.exit(2);
  }
}
if (!opts.portfolio) {
  console.error("node.mjs: --portfolio FILE is required");
  process.exit(2);
}
const log = (...xs) => console.error("   ", ...xs);
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
};

const inputs = readFileSync(opts.portfolio, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const N = inputs.length;
const chunks = [];
for (let i = 0; i < N; i += opts.chunk) chunks.push(inputs.slice(i, i + opts.chunk));
const report = { invoices: N, runs: opts.runs, chunk: opts.chunk, node: process.version, relance: version() };

/** The first path where two JSON-compatible values differ, for a readable mismatch. */
function firstDifference(a, b, path = "") {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || a === null || b === null || typeof a !== "object") {
    return a === b ? null : `${path || "(root)"}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k);
    if (d) return d;
  }
  const ka = Object.keys(a).join(","), kb = Object.keys(b).join(",");
  return ka === kb ? null : `${path || "(root)"}: key order ${ka} ≠ ${kb}`;
}

// ---- 1. wasm vs native on the whole portfolio ----
async function nativeParity() {
  const child = spawn(opts.native, ["results", opts.portfolio], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve(code));
  });
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  let i = 0, mismatches = 0, errors = 0, batch = [];
  for await (const line of lines) {
    if (i % opts.chunk === 0) batch = lateFeesBatch(chunks[i / opts.chunk] ?? []);
    const wasm = batch[i % opts.chunk];
    if (wasm?.error) errors++;
    const w = JSON.stringify(wasm);
    if (w !== line) {
      if (mismatches++ < 5) {
        log(`MISMATCH wasm ≠ native on invoice ${i}: ${JSON.stringify(inputs[i])}`);
        log(`  ${firstDifference(wasm, JSON.parse(line))}`);
      }
    }
    i++;
  }
  const code = await exited;
  if (code !== 0) throw new Error(`${opts.native} results exited with ${code}`);
  if (i !== N) throw new Error(`native printed ${i} results for ${N} inputs`);
  return { compared: i, mismatches, errorSlots: errors };
}

// ---- 2. decimal.js vs wasm ----
const decimalLateFees = createLateFees(rates());
function decimalParity() {
  let mismatches = 0;
  for (let c = 0; c < chunks.length; c++) {
    const out = lateFeesBatch(chunks[c]);
    for (let j = 0; j < out.length; j++) {
      const input = chunks[c][j];
      let js;
      try {
        js = figures(decimalLateFees(input));
      } catch (e) {
        js = `threw ${e.message}`;
      }
      const w = figures(out[j]);
      if (js !== w && mismatches++ < 10) {
        log(`MISMATCH decimal.js ≠ wasm on invoice ${c * opts.chunk + j}: ${JSON.stringify(input)}`);
        log(`  wasm:       ${w}`);
        log(`  decimal.js: ${js}`);
      }
    }
  }
  return { compared: N, mismatches };
}

// ---- 2b. lateFeesTotals vs lateFeesBatch ----
// Every column entry must be the batch result's figure in cents (exact: parsed from the
// decimal string, no float arithmetic), and every failed slot the batch's error.
const toCents = (money) => {
  const [units, frac] = money.split(".");
  return Number(units) * 100 + Number(frac);
};
function totalsParity() {
  let mismatches = 0;
  const keys = ["interest", "interestPaid", "compensation", "principalOutstanding", "interestOutstanding", "totalDue"];
  for (let c = 0; c < chunks.length; c++) {
    const full = lateFeesBatch(chunks[c]);
    const cols = lateFeesTotals(chunks[c]);
    const errors = new Map(cols.errors.map((e) => [e.index, e.error]));
    for (let j = 0; j < full.length; j++) {
      const r = full[j];
      let ok;
      if (r.error) {
        const e = errors.get(j);
        ok = e && e.code === r.error.code && e.field === r.error.field && e.message === r.error.message &&
          keys.every((k) => Number.isNaN(cols[`${k}Cents`][j]));
      } else {
        ok = !errors.has(j) && cols.days[j] === r.days && cols.warnings[j] === r.warnings.length &&
          cols.rateAssumed[j] === (r.warnings.some((w) => w.code === "rate-assumed") ? 1 : 0) &&
          keys.every((k) => cols[`${k}Cents`][j] === toCents(r[k]));
      }
      if (!ok && mismatches++ < 10) log(`MISMATCH lateFeesTotals ≠ lateFeesBatch on invoice ${c * opts.chunk + j}`);
    }
  }
  return { compared: N, mismatches };
}

// ---- 3. timings ----
const passes = {
  wasmSingle() {
    let sink = 0;
    for (let i = 0; i < N; i++) sink += lateFees(inputs[i]).days;
    return sink;
  },
  wasmBatch() {
    let sink = 0;
    for (const c of chunks) sink += lateFeesBatch(c).length;
    return sink;
  },
  wasmTotals() {
    let sink = 0;
    for (const c of chunks) sink += lateFeesTotals(c).count;
    return sink;
  },
  decimalJs() {
    let sink = 0;
    for (let i = 0; i < N; i++) sink += decimalLateFees(inputs[i]).days;
    return sink;
  },
};
function timeAll() {
  const names = Object.keys(passes).filter((n) => !opts.skip.has(n));
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) passes[n](); // warm-up: JIT, wasm tier-up
  for (let r = 0; r < opts.runs; r++) {
    for (const n of names) {
      const t = performance.now();
      passes[n]();
      times[n].push(((performance.now() - t) * 1000) / N);
    }
    log(`run ${r + 1}/${opts.runs}: ${names.map((n) => `${n} ${times[n].at(-1).toFixed(2)} µs`).join(", ")}`);
  }
  return Object.fromEntries(names.map((n) => [n, { usPerInvoice: times[n], medianUs: median(times[n]) }]));
}

// ---- 5. the dunning and letters modules ----
function otherModules() {
  const sets = moduleInputs(inputs, 10_000, opts.chunk);
  const passes = {
    dunningPlan: () => { for (const x of sets.dunningPlan) dunningPlan(x); return sets.dunningPlan.length; },
    agedBalance: () => { for (const x of sets.agedBalance) agedBalance(x); return sets.agedInvoices; },
    renderLetter: () => { for (const x of sets.renderLetter) renderLetter(x); return sets.renderLetter.length; },
  };
  const out = {};
  for (const [name, pass] of Object.entries(passes)) {
    let count = 0, failed = 0;
    try {
      count = pass(); // warm-up, and a check that every input is accepted
    } catch (e) {
      failed++;
      log(`${name}: the generated input was refused: ${e.code ?? ""} ${e.message}`);
    }
    if (failed) continue;
    const times = [];
    for (let r = 0; r < opts.runs; r++) {
      const t = performance.now();
      pass();
      times.push(((performance.now() - t) * 1000) / count);
    }
    out[name] = { calls: count, usPerItem: times, medianUs: median(times) };
    log(`${name}: ${median(times).toFixed(2)} µs per ${name === "agedBalance" ? "invoice" : "call"} (${count})`);
  }
  return out;
}

// ---- 4. memory ----
async function memoryRun() {
  const wasm = await init(); // the node entry's init() returns the instance exports
  const sample = (calls) => ({
    calls,
    memoryBytes: wasm.memory.buffer.byteLength,
    externrefs: wasm.__wbindgen_externrefs?.length ?? null,
    jsHeapBytes: process.memoryUsage().heapUsed,
  });
  const samples = [sample(0)];
  const step = Math.max(1, Math.floor(opts.memoryCalls / 10));
  const t = performance.now();
  for (let done = 0; done < opts.memoryCalls; ) {
    const end = Math.min(opts.memoryCalls, done + step);
    for (; done < end; done++) lateFees(inputs[done % N]);
    samples.push(sample(done));
  }
  const seconds = (performance.now() - t) / 1000;
  // After the first tenth (allocator warm-up), the linear memory must stay flat.
  const afterWarmup = samples[1].memoryBytes;
  const end = samples.at(-1).memoryBytes;
  const growing = samples.slice(2).some((s, i) => s.memoryBytes > samples[i + 1].memoryBytes);
  return {
    calls: opts.memoryCalls,
    seconds,
    samples,
    startBytes: samples[0].memoryBytes,
    afterWarmupBytes: afterWarmup,
    endBytes: end,
    growthAfterWarmupBytes: end - afterWarmup,
    keepsGrowing: growing,
  };
}

const t0 = performance.now();
if (!opts.skip.has("parity") && opts.native) {
  log(`parity: wasm lateFeesBatch vs native (${opts.native}) on ${N} invoices`);
  report.nativeParity = await nativeParity();
  log(`  ${report.nativeParity.mismatches} mismatches, ${report.nativeParity.errorSlots} error slots`);
  if (report.nativeParity.mismatches) {
    writeFileSync(opts.out ?? "/dev/stdout", JSON.stringify(report, null, 1));
    console.error("node.mjs: wasm and native differ; fix that before timing anything");
    process.exit(1);
  }
}
/** Runs a parity check into report[key]; any mismatch stops the run before timing. */
function parity(key, label, check, failure) {
  log(`${label} on ${N} invoices`);
  report[key] = check();
  log(`  ${report[key].mismatches} mismatches`);
  if (report[key].mismatches) {
    writeFileSync(opts.out ?? "/dev/stdout", JSON.stringify(report, null, 1));
    console.error(`node.mjs: ${failure}`);
    process.exit(1);
  }
}
if (!opts.skip.has("decimalJs")) {
  parity("decimalParity", "decimal.js: comparing figures with wasm", decimalParity, "decimal.js and wasm differ; not timing a wrong implementation");
}
parity("totalsParity", "lateFeesTotals: comparing with lateFeesBatch", totalsParity, "lateFeesTotals and lateFeesBatch differ");
log(`timing (${opts.runs} runs over ${N} invoices, batch chunks of ${opts.chunk})`);
report.timings = timeAll();
if (!opts.skip.has("modules")) {
  log(`dunningPlan, agedBalance, renderLetter: ${opts.runs} runs`);
  report.modules = otherModules();
}
if (!opts.skip.has("memory") && opts.memoryCalls > 0) {
  log(`memory: ${opts.memoryCalls} lateFees calls`);
  report.memory = await memoryRun();
  log(`  linear memory ${report.memory.startBytes} → ${report.memory.afterWarmupBytes} (after warm-up) → ${report.memory.endBytes} bytes`);
}
report.seconds = (performance.now() - t0) / 1000;
const text = JSON.stringify(report, null, 1) + "\n";
if (opts.out) writeFileSync(opts.out, text);
else process.stdout.write(text);
