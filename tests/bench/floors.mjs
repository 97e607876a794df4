// What the JavaScript side of a call costs with no wasm work at all, for pkg-scripts/bench
// --profile: the floor under which no boundary encoding can bring a call whose result must be
// built as JS objects.
//
//   node tests/bench/floors.mjs PROFILE_PKG PORTFOLIO [MODULE_INPUTS]
//
// PROFILE_PKG is the wasm-bindgen output kept with its snippets (pkg-scripts/bench --profile
// writes target/bench/profile-pkg). A copy of it, in PROFILE_PKG-floors, records the text
// each lateFees result crosses as, so that the JS encoder, the UTF-8 decoding and the JS
// builder can each be timed alone on the very inputs and texts of a real run. With
// MODULE_INPUTS (tests/bench/modules.mjs), also JSON.parse of dunningPlan results (installed
// package, relance/dunning). Prints medians of 7 passes; asserts nothing.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createLateFees } from "./decimaljs.mjs";

const [pkgDir, portfolio, moduleInputs] = process.argv.slice(2);
if (!pkgDir || !portfolio) {
  console.error("usage: floors.mjs PROFILE_PKG PORTFOLIO [MODULE_INPUTS]");
  process.exit(2);
}
const copy = `${pkgDir.replace(/\/$/, "")}-floors`;
rmSync(copy, { recursive: true, force: true });
cpSync(pkgDir, copy, { recursive: true });
const snippets = (name) => {
  const found = [];
  for (const f of readdirSync(join(copy, "snippets"), { recursive: true })) {
    const path = join(copy, "snippets", f);
    if (path.endsWith(".js") && readFileSync(path, "utf8").includes(`export function ${name}(`)) found.push(path);
  }
  if (found.length !== 1) throw new Error(`floors.mjs: expected one snippet exporting ${name}, found ${found.length}`);
  return found[0];
};
const builderFile = snippets("lateFeesResultFromText");
const encoderFile = snippets("encodeLateFeesInput");
writeFileSync(builderFile, readFileSync(builderFile, "utf8").replace(
  "export function lateFeesResultFromText(text) {",
  "export function lateFeesResultFromText(text) {\n  if (globalThis.__relanceTexts) globalThis.__relanceTexts.push(text);",
));

const relance = await import(pathToFileURL(join(copy, "relance.js")).href);
relance.initSync({ module: readFileSync(join(copy, "relance_bg.wasm")) });
const { lateFeesResultFromText } = await import(pathToFileURL(builderFile).href);
const { encodeLateFeesInput } = await import(pathToFileURL(encoderFile).href);
const decimalLateFees = createLateFees(relance.rates());

const inputs = readFileSync(portfolio, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
for (const x of inputs) relance.lateFees(x); // texts sent once are sent now: the next pass is the steady state
globalThis.__relanceTexts = [];
for (const x of inputs) relance.lateFees(x);
const texts = globalThis.__relanceTexts;
globalThis.__relanceTexts = null;
const bytes = texts.map((t) => new TextEncoder().encode(t));
const decoder = new TextDecoder();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(items, f) {
  const runs = [];
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    for (let i = 0; i < items.length; i++) f(i);
    runs.push(((performance.now() - t) * 1000) / items.length);
  }
  return median(runs);
}
const whole = time(inputs, (i) => relance.lateFees(inputs[i]));
const encoder = time(inputs, (i) => encodeLateFeesInput(inputs[i]));
const decode = time(bytes, (i) => decoder.decode(bytes[i]));
const builder = time(texts, (i) => lateFeesResultFromText(texts[i]));
const decimal = time(inputs, (i) => decimalLateFees(inputs[i]));
const js = encoder + decode + builder;
const f = (x) => x.toFixed(2);
console.log(`floors in Node, ${inputs.length} invoices, median of 7 passes (µs per invoice):`);
console.log(`  lateFees once per invoice (names-kept build, no wasm-opt): ${f(whole)}; decimal.js ${f(decimal)}, so 5× decimal.js is ${f(decimal / 5)}`);
console.log(`  its JavaScript alone, no wasm work: encoder ${f(encoder)} + UTF-8 decoding ${f(decode)} + builder ${f(builder)} = ${f(js)}` +
  ` (${((100 * js) / (decimal / 5)).toFixed(0)} % of the 5× budget before any computation); result text ${(texts.reduce((a, t) => a + t.length, 0) / texts.length).toFixed(0)} characters on average`);

if (moduleInputs) {
  const require = createRequire(join(process.cwd(), "package.json"));
  const { dunningPlan } = await import(pathToFileURL(require.resolve("relance/dunning")).href);
  const plans = JSON.parse(readFileSync(moduleInputs, "utf8")).dunningPlan.slice(0, 5000);
  const json = plans.map((x) => JSON.stringify(dunningPlan(x)));
  const call = time(plans, (i) => dunningPlan(plans[i]));
  const parse = time(json, (i) => JSON.parse(json[i]));
  console.log(`  dunningPlan (installed package): ${f(call)} per call; JSON.parse of its result alone ${f(parse)}` +
    ` (${(json.reduce((a, s) => a + s.length, 0) / json.length).toFixed(0)} characters on average)`);
}
