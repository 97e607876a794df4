// The benchmark portfolio: a deterministic list of `lateFees` inputs shaped like a real
// receivables ledger. Same seed and size → byte-identical output, on any machine.
//
//   - due dates uniform over 2010-01-01 … 2026-12-31; computed "as of" up to 2026-12-31
//     (the last half-year `rates()` covers, carried forward and flagged `assumed`);
//   - regimes: 60 % fr-b2b, 20 % fr-public, 20 % fr-b2c;
//   - delays: 68 % up to 6 months, 20 % up to ~3 years, 10 % long (3–14 years, crossing up to
//     28 half-years), 2 % not yet due;
//   - 0–3 payments each (40/25/20/15 %), some before the due date, some after asOf (ignored),
//     some on the same day, some paying everything or more;
//   - amounts 20 € – 2 M€ (log-uniform), one in ten given as a JS number;
//   - fr-b2b: 15 % with a contract rate (some below the 3 × legal-rate floor); fr-b2c: notice
//     date (85 %), creditor individual (half), a judgment (15 %); a few principal-first
//     allocations and act/act day counts.
//
// Usage: node tests/bench/portfolio.mjs [--invoices N] [--seed S] [--out FILE]   (JSONL)
import { writeFileSync } from "node:fs";

export const DEFAULT_SEED = 20260615;
const DAY = 86_400_000;
const dayOf = (y, m, d) => Date.UTC(y, m - 1, d) / DAY;
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const FIRST_DUE = dayOf(2010, 1, 1);
const LAST_DAY = dayOf(2026, 12, 31);

/** mulberry32: a tiny 32-bit PRNG, good enough to spread test data, fully deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` lateFees inputs. */
export function generatePortfolio(n, seed = DEFAULT_SEED) {
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const cents = (lo, hi) => Math.round(Math.exp(Math.log(lo) + rnd() * (Math.log(hi) - Math.log(lo))) * 100);
  const money = (c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    const regime = r < 0.6 ? "fr-b2b" : r < 0.8 ? "fr-public" : "fr-b2c";
    const amountCents = cents(20, 2_000_000);
    const due = int(FIRST_DUE, LAST_DAY);
    const k = rnd();
    const delay = k < 0.02 ? int(-60, 0) : k < 0.7 ? int(1, 182) : k < 0.9 ? int(183, 1100) : int(1100, 5200);
    const asOf = Math.min(due + delay, LAST_DAY);
    const input = {
      regime,
      amount: rnd() < 0.1 ? amountCents / 100 : money(amountCents),
      dueDate: iso(due),
      asOf: iso(asOf),
    };
    const np = pick([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3]);
    if (np > 0) {
      const payments = [];
      let left = amountCents;
      let last = due;
      for (let p = 0; p < np; p++) {
        const q = rnd();
        const date = q < 0.1 ? due - int(0, 30) : q < 0.15 && p > 0 ? last : q < 0.22 ? asOf + int(1, 60) : int(due + 1, Math.max(due + 1, asOf));
        last = date;
        const f = rnd();
        const c = f < 0.12 ? left + int(0, 50_000) : Math.max(1, Math.round(amountCents * (0.05 + rnd() * 0.4)));
        left = Math.max(0, left - c);
        payments.push({ date: iso(date), amount: money(c) });
      }
      input.payments = payments;
    }
    if (regime === "fr-b2b" && rnd() < 0.15) {
      input.contractRate = pick(["3", "5", "8.5", "10", "12", "15", "1.5", 9.75]);
    }
    if (regime === "fr-b2c") {
      if (rnd() < 0.85) {
        const notice = due + int(-20, 120);
        input.noticeDate = iso(notice);
        if (rnd() < 0.15) input.judgmentDate = iso(notice + int(30, 1500));
      }
      if (rnd() < 0.5) input.creditor = "individual";
    }
    if (rnd() < 0.04) input.allocation = "principal-first";
    if (rnd() < 0.04) input.dayCount = "act/act";
    out.push(input);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  let n = 100_000, seed = DEFAULT_SEED, outFile = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--invoices") n = Number(args[++i]);
    else if (args[i] === "--seed") seed = Number(args[++i]);
    else if (args[i] === "--out") outFile = args[++i];
    else {
      console.error(`unknown argument ${args[i]}\nusage: node tests/bench/portfolio.mjs [--invoices N] [--seed S] [--out FILE]`);
      process.exit(2);
    }
  }
  const text = generatePortfolio(n, seed).map((x) => JSON.stringify(x)).join("\n") + "\n";
  if (outFile) writeFileSync(outFile, text);
  else process.stdout.write(text);
}
