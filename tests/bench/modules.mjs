// The inputs of the dunningPlan, agedBalance and renderLetter rows of pkg-scripts/bench, built
// from the first invoices of the portfolio. node.mjs times them on the wasm package; the native
// side (bench_native modules FILE) reads the same inputs from the file this script writes, so
// both sides run exactly the same calls.
//
//   node tests/bench/modules.mjs PORTFOLIO OUT.json [COUNT=10000] [CHUNK=1000]
import { readFileSync, writeFileSync } from "node:fs";

const KIND = { "fr-b2b": "business", "fr-b2c": "consumer", "fr-public": "public" };

/** `{ dunningPlan: [input], agedBalance: [input], agedInvoices, renderLetter: [input] }`:
 * one dunning plan per invoice (its own debtor), the invoices in aged-balance calls of `chunk`
 * invoices (97 debtors), one French formal-notice letter per invoice. */
export function moduleInputs(portfolio, count = 10_000, chunk = 1000) {
  const picked = portfolio.slice(0, Math.min(count, portfolio.length));
  const invoice = (x, i) => ({ id: `F${i}`, number: `FA-${i}`, dueDate: x.dueDate, amount: x.amount });
  const debtor = (x, i) => ({ id: `D${i % 97}`, name: `Client ${i % 97}`, kind: KIND[x.regime] });
  const asOf = portfolio[0]?.asOf;
  const aged = picked.map((x, i) => ({ id: `F${i}`, debtorId: `D${i % 97}`, dueDate: x.dueDate, amount: x.amount }));
  const agedBalance = [];
  for (let i = 0; i < aged.length; i += chunk) agedBalance.push({ asOf, invoices: aged.slice(i, i + chunk) });
  return {
    dunningPlan: picked.map((x, i) => ({ regime: x.regime, asOf: x.asOf, debtor: debtor(x, i), invoices: [invoice(x, i)] })),
    agedBalance,
    agedInvoices: aged.length,
    renderLetter: picked.map((x, i) => ({
      kind: "formal-notice", channel: "letter", lang: "fr", regime: x.regime, asOf: x.asOf,
      creditor: { name: "Atelier Dupont SARL", address: "12 rue des Lilas\n75011 Paris", iban: "FR76 3000 6000 0112 3456 7890 189" },
      debtor: { name: `Client ${i % 97}`, address: "8 avenue de la Gare\n69002 Lyon", kind: KIND[x.regime] },
      invoices: [{ number: `FA-${i}`, issueDate: x.dueDate, dueDate: x.dueDate, amount: x.amount, ...(x.payments ? { payments: x.payments } : {}) }],
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [portfolio, out, count = "10000", chunk = "1000"] = process.argv.slice(2);
  if (!portfolio || !out) {
    console.error("usage: node tests/bench/modules.mjs PORTFOLIO OUT.json [COUNT] [CHUNK]");
    process.exit(2);
  }
  const inputs = readFileSync(portfolio, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  writeFileSync(out, JSON.stringify(moduleInputs(inputs, Number(count), Number(chunk))));
}
