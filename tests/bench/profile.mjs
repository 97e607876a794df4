// Where the time of lateFeesBatch goes, for pkg-scripts/bench --profile.
//
//   node --cpu-prof --cpu-prof-dir DIR tests/bench/profile.mjs run GLUE_JS PORTFOLIO [CHUNK] [PASSES] [FUNCTION]
//        runs lateFeesBatch over the portfolio with the wasm-bindgen output GLUE_JS (built
//        without wasm-opt, so the wasm keeps its function names)
//        (FUNCTION lateFees: one call per invoice)
//   node --cpu-prof --cpu-prof-dir DIR tests/bench/profile.mjs module GLUE_JS INPUTS_JSON NAME [PASSES]
//        runs dunningPlan, agedBalance or renderLetter (NAME) on the inputs tests/bench/modules.mjs
//        wrote, with that module's wasm-bindgen output
//   node tests/bench/profile.mjs summarize DIR
//        reads the .cpuprofile in DIR and prints the share of each stage (inclusive time,
//        by function names on the stack) and the top functions by self time.
//   node tests/bench/profile.mjs stages DIR
//        the same profile cut into what issue 12 asks for: reading the input, the core,
//        building the result, the rest of the call (glue, crossings), garbage collection.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [mode, ...rest] = process.argv.slice(2);

const name = (n) => n.callFrame.functionName || "(anonymous)";

/**
 * The newest .cpuprofile in `dir`, its nodes by id, and `stageOf(leaf, stages)`: the first of
 * `stages` ([label, test of a function name]) that matches a frame of the sample's stack, from
 * the innermost frame outwards (within a frame, in the list's order), or null.
 */
function loadProfile(dir) {
  const newest = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).sort().at(-1);
  if (!newest) throw new Error(`no .cpuprofile in ${dir}`);
  const file = join(dir, newest);
  const prof = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = (leaf, stages) => {
    for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
      const f = name(byId.get(id));
      const hit = stages.find(([, test]) => test(f));
      if (hit) return hit[0];
    }
    return null;
  };
  return { file, prof, byId, stageOf };
}

if (mode === "run") {
  const [glue, portfolio, chunk = "1000", passes = "3", fn = "lateFeesBatch"] = rest;
  const relance = await import(pathToFileURL(glue).href);
  relance.initSync({ module: readFileSync(glue.replace(/\.js$/, "_bg.wasm")) });
  const inputs = readFileSync(portfolio, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const size = Number(chunk);
  for (let p = 0; p < Number(passes); p++) {
    const t = performance.now();
    if (fn === "lateFees") for (const x of inputs) relance.lateFees(x);
    else for (let i = 0; i < inputs.length; i += size) relance[fn](inputs.slice(i, i + size));
    console.error(`    profiled pass ${p + 1}: ${(((performance.now() - t) * 1000) / inputs.length).toFixed(2)} µs/invoice (profiler on)`);
  }
} else if (mode === "module") {
  const [glue, inputsFile, name, passes = "3"] = rest;
  const mod = await import(pathToFileURL(glue).href);
  mod.initSync({ module: readFileSync(glue.replace(/\.js$/, "_bg.wasm")) });
  const all = JSON.parse(readFileSync(inputsFile, "utf8"));
  const inputs = name === "renderLetter" ? all.renderLetter.slice(0, 2000) : all[name];
  for (let p = 0; p < Number(passes); p++) {
    const t = performance.now();
    for (const x of inputs) mod[name](x);
    console.error(`    profiled pass ${p + 1}: ${(((performance.now() - t) * 1000) / inputs.length).toFixed(2)} µs/call (profiler on)`);
  }
} else if (mode === "stages") {
  const [dir] = rest;
  const { file, prof, byId, stageOf } = loadProfile(dir);
  // First match from the innermost frame outwards; within a frame, in this order.
  const STAGES = [
    ["build the result (Rust writer, crossing, JS builder)", (f) => /result_text|FromText|^result$|^text$|serde_wasm_bindgen::ser|convert::output|as serde_core::ser::Serialize|serde_core::ser::|^getStringFromWasm0$|^decodeText$|relance::plain/.test(f)],
    ["read the input (JS encoder, wasm decoder, JsDeserializer)", (f) => /^encodeLateFeesInputs?$|^record$|^payments$|^scalar$|^plainObject$|relance::wasm::fast|relance::wasm::de|convert::parse|serde_core::de::|as serde_core::de::Deserialize|relance::money::parse/.test(f)],
    ["the core (relance:: computation)", (f) => /^relance::(regime|dunning|letters|portfolio|interest|rates|messages|money|date|calendar)/.test(f)],
    ["rest of the call (glue, crossings, allocator)", (f) => /lateFees|late_fees|dunningPlan|dunning_plan|renderLetter|render_letter|agedBalance|aged_balance|maybe_catch_unwind/.test(f)],
  ];
  const stage = new Map(STAGES.map(([s]) => [s, 0]));
  let gc = 0, total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = prof.timeDeltas[i] ?? 0;
    const leaf = byId.get(prof.samples[i]);
    if (name(leaf) === "(garbage collector)") {
      gc += dt;
      total += dt;
      continue;
    }
    const hit = stageOf(leaf, STAGES);
    if (!hit) continue; // outside the measured calls (loading, input parsing, idle)
    stage.set(hit, stage.get(hit) + dt);
    total += dt;
  }
  const pct = (x) => `${((100 * x) / total).toFixed(1).padStart(5)} %`;
  console.log(`stages of ${file} (${(total / 1000).toFixed(0)} ms in the calls):`);
  for (const [s, t] of stage) console.log(`  ${pct(t)}  ${s}`);
  console.log(`  ${pct(gc)}  garbage collector`);
} else if (mode === "summarize") {
  const [dir] = rest;
  const { file, prof, byId, stageOf } = loadProfile(dir);
  const where = (n) => (n.callFrame.url ? n.callFrame.url.split("/").pop() : "");

  // Stages, first match from the innermost frame outwards wins.
  const STAGES = [
    ["core: relance::regime::late_fees(_totals)", (f) => f.includes("relance::regime::late_fees")],
    ["lateFeesTotals input, JS side: encoder (fast.rs inline JS)", (f) => ["encodeLateFeesInputs", "record", "payments", "scalar", "plainObject"].includes(f)],
    ["lateFeesTotals input, wasm side: decoding the records (fast.rs)", (f) => f.includes("relance::wasm::fast")],
    ["lateFeesTotals output: columns (typed arrays)", (f) => f.includes("Columns")],
    ["output: Rust result → JS object (serde_wasm_bindgen, strings)", (f) => f.includes("convert::output") || f.includes("serde_wasm_bindgen::ser")],
    ["input: JS object → Rust input (wasm::de)", (f) => f.includes("relance::wasm::de") || f.includes("convert::parse")],
    ["rest of the batch call (array walk, glue, string passing)", (f) => /lateFees(Batch|Totals)|late_fees_(batch|totals)/.test(f)],
  ];
  const stage = new Map(STAGES.map(([s]) => [s, 0]));
  let gc = 0, total = 0, other = 0;
  const self = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = prof.timeDeltas[i] ?? 0;
    const leaf = byId.get(prof.samples[i]);
    total += dt;
    const key = `${name(leaf)}  ${where(leaf)}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    if (name(leaf) === "(garbage collector)") {
      gc += dt;
      continue;
    }
    const hit = stageOf(leaf, STAGES);
    if (hit) stage.set(hit, stage.get(hit) + dt);
    else other += dt;
  }
  const pct = (x) => `${((100 * x) / total).toFixed(1).padStart(5)} %`;
  console.log(`profile ${file}: ${(total / 1000).toFixed(0)} ms sampled`);
  for (const [s, t] of stage) console.log(`  ${pct(t)}  ${s}`);
  console.log(`  ${pct(gc)}  garbage collector`);
  console.log(`  ${pct(other)}  outside the batch call (portfolio parsing, slicing, idle)`);
  console.log("top functions by self time:");
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(t)}  ${k.replace(/::h[0-9a-f]{16}/g, "").slice(0, 150)}`);
} else {
  console.error("usage: profile.mjs run GLUE_JS PORTFOLIO [CHUNK] [PASSES] [FUNCTION] | module GLUE_JS INPUTS_JSON NAME [PASSES] | summarize DIR | stages DIR");
  process.exit(2);
}
