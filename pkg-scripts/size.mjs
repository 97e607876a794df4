// Prints raw / gzip -9 / brotli (quality 11) sizes of the given files.
// Usage: node pkg-scripts/size.mjs [--max-gzip BYTES] FILE...
// With --max-gzip, exits 1 when any .wasm file's gzip size is above BYTES (each module of
// the package is loaded on its own, so each has the budget).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
let maxGzip = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--max-gzip") maxGzip = Number(args[++i]);
  else files.push(args[i]);
}
if (files.length === 0 || (maxGzip !== null && !Number.isFinite(maxGzip))) {
  console.error("usage: node pkg-scripts/size.mjs [--max-gzip BYTES] FILE...");
  process.exit(2);
}

const fmt = (n) => n.toLocaleString("en-US").padStart(9);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(9);
const over = [];
const gated = [];
// Issue 6's budget: each wasm module under 100 KB brotli (reported, not a gate: the gate is
// --max-gzip).
const BROTLI_BUDGET = 100_000;
const brotliOver = [];
let wasmFiles = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  if (file.endsWith(".wasm")) {
    wasmFiles++;
    if (br >= BROTLI_BUDGET) brotliOver.push(`${basename(file)} ${br} B`);
    gated.push(`${basename(file)} ${gz} B`);
    if (maxGzip !== null && gz > maxGzip) over.push(`${basename(file)} is ${gz} B gzip`);
  }
  console.log(
    `${basename(file).padEnd(22)} raw ${fmt(bytes.length)} B (${kb(bytes.length)})  ` +
      `gzip ${fmt(gz)} B (${kb(gz)})  brotli ${fmt(br)} B (${kb(br)})`,
  );
}
if (wasmFiles > 0) {
  console.log(
    brotliOver.length === 0
      ? `brotli budget: every wasm module under ${BROTLI_BUDGET} B (met)`
      : `brotli budget: MISSED for ${brotliOver.join(", ")} (budget ${BROTLI_BUDGET} B per module)`,
  );
}
if (maxGzip !== null) {
  if (over.length > 0) {
    console.error(`size gate: ${over.join(", ")}, above the ${maxGzip} B budget per module`);
    process.exit(1);
  }
  console.log(`size gate: ${gated.join(", ")} gzip, each <= ${maxGzip} B budget`);
}
