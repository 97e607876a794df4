// The browser part of pkg-scripts/bench: the relance package (pkg/, the web build) in Debian's
// headless Chromium, driven by playwright-core.
//
//   node tests/bench/chromium.mjs --portfolio FILE [--runs 5] [--chunk 1000] [--cold 15] [--out FILE.json]
//
// - batch: lateFeesBatch over the whole portfolio in chunks, --runs times after a warm-up,
//   µs per invoice; also lateFees once per invoice; and a hash of every result's JSON, checked
//   against the same computation in Node (so the browser gives the very results Node gives);
// - cold start: --cold times, each in a fresh browser context (empty HTTP and code caches),
//   tests/bench/cold.html measures import of the glue + fetch/compile/instantiate of the wasm +
//   the first lateFees result, after importing an empty module (the browser's fixed cost of a
//   page's first module import, reported apart).
// A private static server on 127.0.0.1 serves pkg/, tests/bench/ and the portfolio
// (Cache-Control: no-store, .wasm as application/wasm for streaming compilation).
import { createServer } from "node:http";
import { createReadStream, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { lateFeesBatch } from "relance";
import { closeBrowser, launchBrowser, withTimeout } from "../e2e/harness.mjs";

const opts = { runs: 5, chunk: 1000, cold: 15 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const v = () => argv[++i];
  if (a === "--portfolio") opts.portfolio = v();
  else if (a === "--runs") opts.runs = Number(v());
  else if (a === "--chunk") opts.chunk = Number(v());
  else if (a === "--cold") opts.cold = Number(v());
  else if (a === "--out") opts.out = v();
  else {
    console.error(`chromium.mjs: unknown argument ${a}`);
    process.exit(2);
  }
}
if (!opts.portfolio) {
  console.error("chromium.mjs: --portfolio FILE is required");
  process.exit(2);
}
const log = (...xs) => console.error("   ", ...xs);
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
};

const repo = fileURLToPath(new URL("../../", import.meta.url));
const ROUTES = {
  "/pkg/": join(repo, "pkg"),
  "/bench/": join(repo, "tests/bench"),
  "/data/": join(repo, "tests/data"),
  // decimal.js for the page's copy of tests/bench/decimaljs.mjs (import map in blank.html).
  "/decimal.js/": join(repo, "tests/node_modules/decimal.js"),
};
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".wasm": "application/wasm", ".jsonl": "text/plain; charset=utf-8", ".xml": "application/xml" };

function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = null;
    if (path === "/portfolio.jsonl") file = opts.portfolio;
    for (const [prefix, dir] of Object.entries(ROUTES)) {
      if (path.startsWith(prefix)) {
        const rel = normalize(path.slice(prefix.length));
        if (!rel.startsWith("..")) file = join(dir, rel);
      }
    }
    try {
      if (!file || !statSync(file).isFile()) throw new Error("not found");
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" });
      return res.end("not found\n");
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** FNV-1a over the JSON of every result: the same function runs in the page and in Node. */
const HASH_SOURCE = `(results, h) => {
  for (const r of results) {
    const s = JSON.stringify(r);
    for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  }
  return h;
}`;
const hashResults = eval(HASH_SOURCE);

async function batchBench(browser, origin) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${origin}/bench/blank.html`);
    const out = await page.evaluate(
      async ({ runs, chunk, hashSource }) => {
        const hash = (0, eval)(hashSource);
        const relance = await import("/pkg/relance.js");
        await relance.default({ module_or_path: "/pkg/relance_bg.wasm" });
        const { createLateFees } = await import("/bench/decimaljs.mjs");
        const decimalLateFees = createLateFees(relance.rates());
        const text = await (await fetch("/portfolio.jsonl")).text();
        const inputs = text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
        const chunks = [];
        for (let i = 0; i < inputs.length; i += chunk) chunks.push(inputs.slice(i, i + chunk));
        let h = 2166136261;
        for (const c of chunks) h = hash(relance.lateFeesBatch(c), h); // also the warm-up
        for (const c of chunks) relance.lateFeesTotals(c); // warm-up
        for (const x of inputs) decimalLateFees(x); // warm-up
        const batch = [], single = [], totals = [], decimalJs = [];
        for (let r = 0; r < runs; r++) {
          let t = performance.now();
          for (const c of chunks) relance.lateFeesBatch(c);
          batch.push(((performance.now() - t) * 1000) / inputs.length);
          t = performance.now();
          for (const c of chunks) relance.lateFeesTotals(c);
          totals.push(((performance.now() - t) * 1000) / inputs.length);
          t = performance.now();
          for (const x of inputs) relance.lateFees(x);
          single.push(((performance.now() - t) * 1000) / inputs.length);
          t = performance.now();
          for (const x of inputs) decimalLateFees(x);
          decimalJs.push(((performance.now() - t) * 1000) / inputs.length);
        }
        return { invoices: inputs.length, hash: h, batch, single, totals, decimalJs, userAgent: navigator.userAgent };
      },
      { runs: opts.runs, chunk: opts.chunk, hashSource: HASH_SOURCE },
    );
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    return out;
  } finally {
    await context.close();
  }
}

/**
 * One cold start in a fresh browser context (empty HTTP cache, so no wasm code cache either;
 * everything is served with no-store). The context first opens blank.html, untimed, so that
 * what is measured is the package's cost on a page of a site, not the browser creating a
 * profile and a renderer; cold.html then times import → init → first result itself.
 */
async function coldStart(browser, origin, module) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/blank.html`);
    await page.goto(`${origin}/bench/cold.html?module=${module}`);
    await page.waitForFunction(() => window.__cold, null, { timeout: 30_000 });
    return await page.evaluate(() => window.__cold);
  } finally {
    await context.close();
  }
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
let browser;
const report = { runs: opts.runs, chunk: opts.chunk };
try {
  browser = await launchBrowser();
  report.browserVersion = browser.version();
  // Each shipped module, as a page that uses only it would load it (relance/pdf: its own
  // module and relance/letters, which renderPdf needs).
  report.coldModules = {};
  for (const module of ["relance", "dunning", "letters", "einvoice", "pdf"]) {
    log(`chromium ${report.browserVersion}: cold start of ${module} × ${opts.cold}`);
    const cold = [];
    for (let i = 0; i < opts.cold; i++) cold.push(await withTimeout(coldStart(browser, origin, module), 60_000, "cold start"));
    const med = (k) => median(cold.map((c) => c[k]));
    const summary = {
      samples: cold,
      medianPackageMs: med("packageMs"),
      minPackageMs: Math.min(...cold.map((c) => c.packageMs)),
      maxPackageMs: Math.max(...cold.map((c) => c.packageMs)),
      medianGlueMs: med("glueMs"),
      medianInitMs: med("initMs"),
      medianFirstCallMs: med("firstCallMs"),
      medianBaselineImportMs: med("baselineImportMs"),
      medianSinceNavigationMs: med("sinceNavigationMs"),
      wasmBytes: cold[0]?.wasmBytes,
    };
    report.coldModules[module] = summary;
    if (module === "relance") report.cold = summary;
    log(`  median ${summary.medianPackageMs.toFixed(1)} ms (min ${summary.minPackageMs.toFixed(1)}, max ${summary.maxPackageMs.toFixed(1)}) + ${summary.medianBaselineImportMs.toFixed(1)} ms of first-module-import baseline`);
  }

  log(`batch: ${opts.runs} runs in chunks of ${opts.chunk}`);
  const b = await batchBench(browser, origin);
  const inputs = readFileSync(opts.portfolio, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  let h = 2166136261;
  for (let i = 0; i < inputs.length; i += opts.chunk) h = hashResults(lateFeesBatch(inputs.slice(i, i + opts.chunk)), h);
  report.batch = { usPerInvoice: b.batch, medianUs: median(b.batch) };
  report.single = { usPerInvoice: b.single, medianUs: median(b.single) };
  report.totals = { usPerInvoice: b.totals, medianUs: median(b.totals) };
  report.decimalJs = { usPerInvoice: b.decimalJs, medianUs: median(b.decimalJs) };
  report.invoices = b.invoices;
  report.userAgent = b.userAgent;
  report.sameResultsAsNode = b.hash === h;
  log(`  batch ${report.batch.medianUs.toFixed(2)} µs/invoice, totals ${report.totals.medianUs.toFixed(2)}, single ${report.single.medianUs.toFixed(2)}, decimal.js ${report.decimalJs.medianUs.toFixed(2)}; results ${report.sameResultsAsNode ? "identical to" : "DIFFERENT from"} Node's`);
} finally {
  await closeBrowser(browser);
  server.close();
}
const text = JSON.stringify(report, null, 1) + "\n";
if (opts.out) writeFileSync(opts.out, text);
else process.stdout.write(text);
if (!report.sameResultsAsNode) process.exit(1);
