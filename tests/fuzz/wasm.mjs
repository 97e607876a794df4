// Fuzzes the wasm boundary, which cargo fuzz cannot reach (src/wasm/ is compiled for wasm32
// only): every exported function of the three modules of the installed package, called with
// JS values no JSON can carry — NaN, ±Infinity, -0, huge and fractional numbers, BigInt,
// Symbol, functions, Date, Map, typed arrays, sparse arrays, lone surrogates, deep nesting,
// objects with a null prototype, inherited or non-enumerable properties, throwing getters and
// Proxies — as mutations of real inputs and as plain garbage.
//
// Every call must return a plain JSON-compatible object or throw an Error named RelanceError
// with a string code (not `internal`). A WebAssembly.RuntimeError (panic, trap) or any other
// throw is a crash: its reproducer is printed, the run goes on with fresh instances, and the
// exit code is 1. After each hostile call (throwing getter, Proxy) a known input must still
// give its known result: the instance stayed usable.
//
//   node tests/fuzz/wasm.mjs [--seconds 60] [--seed N] [--iterations N] [--skip LIST]
// --skip leaves out classes of input while a crash they cause is open, to look for others:
//   deep (5000-level nesting), hostile (throwing getters, Proxies), proto (a "__proto__" key
//   that changes an object's or array's prototype).
// (run from anywhere after pkg-scripts/build; it imports the package from tests/node_modules)
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

// The installed package's web entries, each initialised here with initSync (what its node
// entry does), so that a fresh instance can be made after a crash and the run can go on.
const require = createRequire(new URL("../package.json", import.meta.url));
const pkgDir = dirname(require.resolve("relance/package.json"));
// relance/pdf: its wasm module's own export, layoutPdf (renderPdf is renderLetter + layoutPdf).
const MODULES = { relance: "relance", "relance/dunning": "dunning", "relance/letters": "letters", "relance/einvoice": "einvoice", "relance/pdf": "pdf_core" };
const compiled = Object.fromEntries(
  Object.values(MODULES).map((m) => [m, new WebAssembly.Module(readFileSync(join(pkgDir, `${m}_bg.wasm`)))]),
);
let generation = 0;
async function loadModules() {
  generation++;
  const out = {};
  for (const [spec, m] of Object.entries(MODULES)) {
    const mod = await import(`${pathToFileURL(join(pkgDir, `${m}.js`)).href}?instance=${generation}`);
    mod.initSync({ module: compiled[m] });
    out[spec] = mod;
  }
  return out;
}
let modules = await loadModules();

const argv = process.argv.slice(2);
let seconds = 60, seed = 1, iterations = Infinity;
const skip = new Set();
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--seconds") seconds = Number(argv[++i]);
  else if (argv[i] === "--seed") seed = Number(argv[++i]);
  else if (argv[i] === "--iterations") iterations = Number(argv[++i]);
  else if (argv[i] === "--skip") for (const k of argv[++i].split(",")) skip.add(k);
  else {
    console.error(`usage: node tests/fuzz/wasm.mjs [--seconds N] [--seed N] [--iterations N] [--skip deep,hostile,proto]`);
    process.exit(2);
  }
}

// ---- seeds: the same real inputs as the json target's corpus seeds ----
const data = new URL("../data/", import.meta.url);
const seeds = {
  lateFees: JSON.parse(readFileSync(new URL("late_fees.json", data), "utf8")).cases.map((c) => c.input),
  deadline: [{ from: "2023-10-25", months: 1 }, { from: "2026-12-04", days: 8, calendar: "fr-alsace-moselle" }],
  dueDate: [
    { issueDate: "2026-01-15", terms: { kind: "days-end-of-month", days: 45 } },
    { issueDate: "2026-01-15", terms: { kind: "day-of-month", day: 31, months: 1 }, regime: "fr-public", publicBuyer: "public-health" },
  ],
  publicHolidays: [{ year: 2026 }, { year: 2026, calendar: "fr-guyane" }],
  workingDay: [{ date: "2025-04-19" }],
  paymentPlan: [{ amount: "1000", firstDate: "2024-01-31", count: 3, frequency: "monthly" }, { amount: "1234.56", firstDate: "2024-01-31", count: 12, frequency: "quarterly", firstAmount: "200", roundTo: "10" }],
  invoiceMentions: [{ regime: "fr-b2b", asOf: "2026-03-01" }, { regime: "fr-b2b", contractRate: "5", lang: "en" }],
  amountInWords: [{ amount: "1234.56" }, { amount: 80000000, lang: "en" }],
  dunningPolicy: [{ regime: "fr-b2b" }],
  dunningPlan: readdirSync(new URL("dunning/", data)).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(new URL(`dunning/${f}`, data), "utf8")).input),
  agedBalance: [{
    asOf: "2026-03-31",
    invoices: [
      { id: "A1", debtorId: "A", debtorName: "Alpha SARL", dueDate: "2026-03-15", amount: "1000" },
      { id: "A2", debtorId: "A", dueDate: "2026-01-15", amount: "2000", payments: [{ date: "2026-02-01", amount: "500" }] },
      { id: "B1", debtorId: "B", debtorKind: "consumer", dueDate: "2026-04-10", amount: "300" },
    ],
  }],
  renderLetter: [{
    kind: "formal-notice", channel: "letter", lang: "fr", regime: "fr-b2b", asOf: "2026-11-22",
    creditor: { name: "Atelier Dupont SARL", address: "12 rue des Lilas\n75011 Paris", iban: "FR76 3000 6000 0112 3456 7890 189", bic: "AGRIFRPP", place: "Paris" },
    debtor: { name: "<img src=x onerror=alert(1)>", address: "8 avenue de la Gare\n69002 Lyon", kind: "business" },
    invoices: [{ number: "F-1", issueDate: "2026-09-15", dueDate: "2026-10-15", amount: "1250.00" }],
  }],
};
// readInvoice takes a string or bytes: the mutations of a Uint8Array seed rewrite its bytes.
const einvoiceFile = (name) => readFileSync(new URL(`einvoice/${name}`, data));
seeds.readInvoice = [
  einvoiceFile("fr/b2b-siren.cii.xml").toString("utf8"),
  einvoiceFile("fr/terms-only.ubl.xml").toString("utf8"),
  new Uint8Array(einvoiceFile("fr/credit-note.ubl.xml")),
  new Uint8Array(readFileSync(new URL("fuzz/corpus/einvoice/seed-facturx.pdf", new URL("../", import.meta.url)))),
];
seeds.layoutPdf = [
  { html: "<h1>Mise en demeure</h1><p>Madame, Monsieur,</p><table><tr><td>F-1</td><td>1\u202f250,00\u00a0€</td></tr></table>", title: "Mise en demeure", author: "Atelier Dupont SARL", date: "2026-12-02" },
  { html: "<p>Dear Sir or Madam,</p><ul><li>Invoice F-1</li></ul>", title: "Formal notice", author: "A", date: "2026-12-02", lang: "en" },
];
// readInvoice's second argument, the options object (read by hand, strictly: src/wasm/exports/einvoice.rs).
const READ_OPTIONS = [undefined, null, { lang: "en" }, { lang: "fr" }];
seeds.lateFeesBatch = [seeds.lateFees.slice(0, 5)];
seeds.lateFeesTotals = [seeds.lateFees.slice(0, 5), seeds.lateFees.slice(5, 12)];

// lateFeesTotals reads plain inputs through its own encoder (src/wasm/fast.rs): every slot
// must equal lateFeesBatch's, figure for figure and error for error. Returns what differs.
const toCents = (m) => Number(m.split(".")[0]) * 100 + Number(m.split(".")[1]);
const FIGURES = ["interest", "interestPaid", "compensation", "principalOutstanding", "interestOutstanding", "totalDue"];
function totalsDiffer(input, out) {
  const full = modules.relance.lateFeesBatch(input);
  if (out.count !== full.length) return `count ${out.count} ≠ ${full.length}`;
  const errors = new Map(out.errors.map((e) => [e.index, e.error]));
  for (let i = 0; i < full.length; i++) {
    const r = full[i];
    if (r.error) {
      const e = errors.get(i);
      if (!e || e.code !== r.error.code || e.field !== r.error.field || e.message !== r.error.message) return `slot ${i}: error differs`;
      if (!FIGURES.every((k) => Number.isNaN(out[`${k}Cents`][i]))) return `slot ${i}: figures in a failed slot`;
    } else if (errors.has(i) || out.days[i] !== r.days || out.warnings[i] !== r.warnings.length ||
        !FIGURES.every((k) => out[`${k}Cents`][i] === toCents(r[k]))) {
      return `slot ${i}: figures differ`;
    }
  }
  return null;
}

const entries = [];
for (const [spec, mod] of Object.entries(modules)) {
  for (const [name, f] of Object.entries(mod)) {
    if (typeof f !== "function" || name === "default" || name.startsWith("init")) continue;
    entries.push({ spec, name, seeds: seeds[name] ?? [{}] });
  }
}
const fnOf = (entry) => modules[entry.spec][entry.name];

// ---- deterministic randomness ----
let state = seed >>> 0 || 1;
const rnd = () => {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state / 4294967296;
};
const int = (n) => Math.floor(rnd() * n);
const pick = (xs) => xs[int(xs.length)];

const STRINGS = ["", " ", "2026-02-29", "2026-13-01", "0000-01-01", "9999-12-31", "10000-01-01", "-2026-01-01", "2026-1-1",
  "1e3", "12,50", "0.001", "-0", "+1", "NaN", "Infinity", "999999999999999999999999999999", "1000000000000.01", "\u0000",
  "\uD800", "\uDFFF\uD800", "é", "€", "🙂".repeat(100), "x".repeat(100_000), "fr-b2b", "fr-b2c", "fr-public", "act/act",
  "constructor", "toString", "<script>", "${x}", "{{ amount }}", "%s%n"];
if (!skip.has("proto")) STRINGS.push("__proto__");
const NUMBERS = [NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.1, 0.1 + 0.2, 1e-7, 1e21, 1e308, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 4294967296, 4294967295, 2147483648, -2147483649, 1.5, 36600, 36601, 1200, 1201];

function garbage(depth = 2) {
  switch (int(depth > 0 ? 22 : 15)) {
    case 0: return undefined;
    case 1: return null;
    case 2: return rnd() < 0.5;
    case 3: case 4: return pick(NUMBERS);
    case 5: case 6: return pick(STRINGS);
    case 7: return BigInt(int(1000)) - 500n;
    case 8: return Symbol("s");
    case 9: return () => 1;
    case 10: return new Date(0);
    case 11: return new Uint8Array(3);
    case 12: return new Map([["a", 1]]);
    case 13: return Object.create(null);
    case 14: return new String("2026-01-01");
    case 15: { const a = []; a[int(5)] = garbage(depth - 1); return a; } // sparse
    case 16: return Array.from({ length: int(4) }, () => garbage(depth - 1));
    // Own data properties, as JSON.parse makes them: an assignment to a "__proto__" key would
    // set the prototype instead (to a typed array, say, whose numeric keys then throw here).
    case 17: {
      const o = {};
      for (let i = 0, n = int(4); i < n; i++) {
        Object.defineProperty(o, pick(STRINGS).slice(0, 20) || "k", { value: garbage(depth - 1), enumerable: true, writable: true, configurable: true });
      }
      return o;
    }
    case 18: { let v = []; for (let i = 0, n = skip.has("deep") ? 50 : 5000; i < n; i++) v = [v]; return v; } // deep nesting
    case 19: { let v = {}; for (let i = 0, n = skip.has("deep") ? 50 : 5000; i < n; i++) v = { a: v }; return v; }
    case 20: return Array.from({ length: 20_000 }, () => 0);
    default: return structuredClone(pick(pick(entries).seeds));
  }
}

/** A structural copy of a seed with 1–3 mutations somewhere inside. */
function mutate(value) {
  const copy = structuredClone(value);
  const n = 1 + int(3);
  for (let k = 0; k < n; k++) {
    // Walk to a random container.
    let parent = null, key = null, node = copy;
    for (let d = 0; d < 4 && node && typeof node === "object"; d++) {
      const keys = Object.keys(node);
      if (!keys.length || rnd() < 0.3) break;
      parent = node; key = pick(keys); node = node[key];
    }
    const target = parent ?? copy;
    const keys = Object.keys(target);
    const k2 = key ?? (keys.length ? pick(keys) : "x");
    if (!target || typeof target !== "object") return garbage();
    try {
      switch (int(8)) {
        case 0: delete target[k2]; break;
        case 1: target[pick(STRINGS).slice(0, 30) || "extra"] = garbage(); break;
        case 2: target[k2] = undefined; break;
        case 3: Object.defineProperty(target, k2, { value: garbage(), enumerable: false, writable: true, configurable: true }); break;
        default: target[k2] = garbage(); break;
      }
    } catch {
      // a frozen or exotic container (String object, typed array): leave it
    }
  }
  return copy;
}

/** Hostile values: properties whose reading throws, Proxies, inherited fields. */
function hostile(seedValue) {
  const base = structuredClone(seedValue);
  if (typeof base !== "object" || base === null) return Object(base); // a readInvoice text seed: a String object
  if (ArrayBuffer.isView(base)) return new Proxy(base, {}); // readInvoice bytes behind a Proxy
  switch (int(4)) {
    case 0: {
      const k = pick(Object.keys(base).length ? Object.keys(base) : ["x"]);
      Object.defineProperty(base, k, { enumerable: true, configurable: true, get() { throw new Error("getter threw"); } });
      return base;
    }
    case 1: return new Proxy(base, { ownKeys() { throw new Error("ownKeys threw"); } });
    case 2: return new Proxy(base, { get(t, p) { if (p === pick(Object.keys(t))) throw new Error("get threw"); return t[p]; } });
    default: return Object.create(base); // fields only on the prototype
  }
}

function describe(v, depth = 0) {
  try {
    return describeUnsafe(v, depth);
  } catch {
    return "<unprintable>";
  }
}
function describeUnsafe(v, depth) {
  if (depth > 4) return "…";
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "symbol") return "Symbol()";
  if (typeof v === "function") return "function";
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v);
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return `[${v.length > 8 ? `${v.slice(0, 8).map((x) => describe(x, depth + 1)).join(", ")}, …(${v.length})` : Array.from(v, (x) => describe(x, depth + 1)).join(", ")}]`;
  if (v instanceof Date || ArrayBuffer.isView(v) || v instanceof Map) return v.constructor.name;
  return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}: ${describe(v[k], depth + 1)}`).join(", ")}}`;
}

const PROBE_INPUT = seeds.lateFees[0];
const probe = () => JSON.stringify(modules.relance.lateFees(PROBE_INPUT));
const PROBE_OUT = probe();

let calls = 0, results = 0, errors = 0, hostileCalls = 0;
const codes = new Map();
const crashes = new Map(); // "entry: what" → first reproducer
async function crash(entry, input, what) {
  const key = `${entry.spec} ${entry.name}: ${what.replace(/\d+/g, "N")}`;
  if (!crashes.has(key)) {
    crashes.set(key, `${entry.name}(${describe(input)})`);
    console.error(`CRASH ${key}\n  reproducer (seed ${seed}, call ${calls}): ${entry.name}(${describe(input)})`);
  }
  modules = await loadModules(); // a trapped instance may stay broken: go on with a fresh one
}
const started = performance.now();
const deadline = started + seconds * 1000;
while (calls < iterations && performance.now() < deadline) {
  const entry = pick(entries);
  const r = rnd();
  const isHostile = r < 0.05 && !skip.has("hostile");
  const input = isHostile ? hostile(pick(entry.seeds)) : r < 0.85 ? mutate(pick(entry.seeds)) : garbage(3);
  // readInvoice also gets its options: absent, a seed, a mutated seed, hostile or garbage.
  const options = entry.name !== "readInvoice" ? undefined : (() => {
    const o = rnd();
    if (o < 0.3) return pick(READ_OPTIONS);
    if (o < 0.35 && !skip.has("hostile")) return hostile({ lang: "en" });
    return o < 0.85 ? mutate({ lang: "en" }) : garbage(2);
  })();
  calls++;
  let crashed = false;
  try {
    const out = entry.name === "readInvoice" ? fnOf(entry)(input, options) : fnOf(entry)(input);
    if (entry.name === "lateFees" && !isHostile) {
      // lateFees sends its repeated texts once per instance (src/wasm/result_text.rs): a second
      // call on the same input must give the same result, now made of references.
      const again = JSON.stringify(fnOf(entry)(input));
      if (again !== JSON.stringify(out)) throw new Error("lateFees differs on a second call");
    }
    if (entry.name === "lateFeesTotals") {
      // Typed-array columns (NaN marks a failed slot): compared with lateFeesBatch instead.
      const differs = isHostile ? null : totalsDiffer(input, out);
      if (differs) throw new Error(`lateFeesTotals ≠ lateFeesBatch: ${differs}`);
    } else {
      JSON.stringify(out, (_, v) => {
        if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`non-finite number in a result`);
        if (typeof v === "bigint" || typeof v === "function" || typeof v === "symbol") throw new Error(`${typeof v} in a result`);
        return v;
      });
    }
    results++;
  } catch (e) {
    const ours = e instanceof Error && e.name === "RelanceError" && typeof e.code === "string" && e.code.length > 0;
    const theirs = isHostile && e instanceof Error && /threw$/.test(e.message); // the caller's own exception passing through
    if (e instanceof WebAssembly.RuntimeError) {
      crashed = true;
      await crash(entry, input, `WebAssembly.RuntimeError: ${e.message}`);
    } else if (!ours && !theirs) {
      crashed = true;
      if (process.env.FUZZ_STACKS) console.error(e?.stack);
      await crash(entry, input, `threw ${e?.name}: ${e?.message ?? String(e)}`);
    } else if (ours && e.code === "internal") {
      crashed = true;
      await crash(entry, input, `internal error: ${e.message}`);
    } else {
      errors++;
      if (ours) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
    }
  }
  if (isHostile && !crashed) {
    hostileCalls++;
    let after;
    try {
      after = probe();
    } catch (e) {
      after = `threw ${e}`;
    }
    if (after !== PROBE_OUT) await crash(entry, input, `instance unusable after a hostile call (${after.slice(0, 80)})`);
  }
}
const secs = ((performance.now() - started) / 1000).toFixed(0);
console.log(`wasm boundary fuzz: ${calls} calls (${hostileCalls} hostile) over ${entries.length} exports in ${secs} s, seed ${seed}${skip.size ? `, skipping ${[...skip].join(",")}` : ""}: ${results} results, ${errors} errors, ${crashes.size} distinct crash(es)`);
console.log(`error codes: ${[...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ")}`);
for (const [k, repro] of crashes) console.log(`CRASH ${k}\n  ${repro}`);
process.exit(crashes.size ? 1 : 0);
