// Bad inputs for every function outside lateFees/deadline/dueDate (those are in
// errors.test.mjs), across the four modules: each must throw a RelanceError with its stable
// code and the path of the field at fault, and never trap the wasm instance.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as core from "relance";
import * as dunning from "relance/dunning";
import * as letters from "relance/letters";
import * as einvoice from "relance/einvoice";
import { readFileSync } from "node:fs";

const PLAN = { amount: "1000", firstDate: "2026-01-31", count: 3, frequency: "monthly" };
const DEBTOR = { id: "D1", name: "Dupont SARL", kind: "business" };
const INVOICE = { id: "F1", number: "FA-1", dueDate: "2026-03-16", amount: "1200" };
const DUNNING = { regime: "fr-b2b", asOf: "2026-03-17", debtor: DEBTOR, invoices: [INVOICE] };
const AGED = { asOf: "2026-03-31", invoices: [{ id: "A1", debtorId: "A", dueDate: "2026-03-15", amount: "1000" }] };
const LETTER = {
  kind: "reminder", channel: "email", lang: "fr", regime: "fr-b2b", asOf: "2026-11-22",
  creditor: { name: "Atelier Dupont SARL", address: "12 rue des Lilas\n75011 Paris", iban: "FR76 3000 6000 0112 3456 7890 189" },
  debtor: { name: "Martin & Fils SAS", kind: "business" },
  invoices: [{ number: "F-1", issueDate: "2026-09-15", dueDate: "2026-10-15", amount: "1250.00" }],
};
const w = (base, patch) => ({ ...base, ...patch });
const sample = (name) => readFileSync(new URL(`../data/einvoice/${name}`, import.meta.url), "utf8");
const B2B_XML = sample("fr/b2b-siren.cii.xml");
const pdfBytes = (s) => new TextEncoder().encode(s);

// [label, module, function, input, code, field (undefined = none)]
const CASES = [
  ["plan count 0", core, "paymentPlan", w(PLAN, { count: 0 }), "invalid-period", "count"],
  ["plan count 361", core, "paymentPlan", w(PLAN, { count: 361 }), "invalid-period", "count"],
  ["plan count 2.5", core, "paymentPlan", w(PLAN, { count: 2.5 }), "invalid-type", "count"],
  ["plan amount 0", core, "paymentPlan", w(PLAN, { amount: "0" }), "amount-out-of-range", "amount"],
  ["plan amount with comma", core, "paymentPlan", w(PLAN, { amount: "10,5" }), "invalid-amount", "amount"],
  ["plan frequency daily", core, "paymentPlan", w(PLAN, { frequency: "daily" }), "unknown-variant", "frequency"],
  ["plan firstDate invalid", core, "paymentPlan", w(PLAN, { firstDate: "2026-02-30" }), "invalid-date", "firstDate"],
  ["plan down payment above amount", core, "paymentPlan", w(PLAN, { firstAmount: "1500" }), "inconsistent-input", "firstAmount"],
  ["plan 2 cents over 3 instalments", core, "paymentPlan", w(PLAN, { amount: "0.02" }), "inconsistent-input", "count"],
  ["plan unknown field", core, "paymentPlan", w(PLAN, { every: "month" }), "unknown-field", "every"],
  ["mentions unknown regime", core, "invoiceMentions", { regime: "fr-b2g" }, "unknown-variant", "regime"],
  ["mentions bad lang", core, "invoiceMentions", { regime: "fr-b2b", lang: "de" }, "unknown-variant", "lang"],
  ["mentions bad contract rate", core, "invoiceMentions", { regime: "fr-b2b", contractRate: "x" }, "invalid-rate", "contractRate"],
  ["mentions missing regime", core, "invoiceMentions", {}, "missing-field", "regime"],
  ["words negative", core, "amountInWords", { amount: "-3" }, "negative-amount", "amount"],
  ["words NaN", core, "amountInWords", { amount: NaN }, "non-finite-number", "amount"],
  ["words above a trillion", core, "amountInWords", { amount: "1000000000000.01" }, "amount-out-of-range", "amount"],
  ["words three decimals", core, "amountInWords", { amount: "1.234" }, "invalid-amount", "amount"],
  ["holidays year 0", core, "publicHolidays", { year: 0 }, "date-out-of-range", "year"],
  ["holidays year as string", core, "publicHolidays", { year: "2026" }, "invalid-type", "year"],
  ["holidays bad calendar", core, "publicHolidays", { year: 2026, calendar: "fr-corse" }, "unknown-variant", "calendar"],
  ["working day bad date", core, "workingDay", { date: "2026-04-31" }, "invalid-date", "date"],
  ["working day missing date", core, "workingDay", {}, "missing-field", "date"],
  ["batch not an array", core, "lateFeesBatch", { regime: "fr-b2b" }, "invalid-type", undefined],
  ["dunning no debtor", dunning, "dunningPlan", w(DUNNING, { debtor: undefined }), "missing-field", "debtor"],
  ["dunning bad debtor kind", dunning, "dunningPlan", w(DUNNING, { debtor: w(DEBTOR, { kind: "company" }) }), "unknown-variant", "debtor.kind"],
  ["dunning bad invoice date", dunning, "dunningPlan", w(DUNNING, { invoices: [w(INVOICE, { dueDate: "16/03/2026" })] }), "invalid-date", "invoices[0].dueDate"],
  ["dunning bad invoice amount", dunning, "dunningPlan", w(DUNNING, { invoices: [w(INVOICE, { amount: -1 })] }), "negative-amount", "invoices[0].amount"],
  ["dunning unknown event type", dunning, "dunningPlan", w(DUNNING, { events: [{ type: "lawsuit", date: "2026-03-10" }] }), "unknown-variant", "events[0].type"],
  ["dunning event on unknown invoice", dunning, "dunningPlan", w(DUNNING, { events: [{ type: "dispute-opened", date: "2026-03-10", invoiceIds: ["F9"] }] }), "inconsistent-input", "events[0].invoiceIds[0]"],
  ["dunning history typo", dunning, "dunningPlan", w(DUNNING, { history: [{ date: "2026-03-10", stepp: "reminder" }] }), "unknown-field", "history[0].stepp"],
  ["dunning as array", dunning, "dunningPlan", [DUNNING], "invalid-type", undefined],
  ["policy bad regime", dunning, "dunningPolicy", { regime: "b2b" }, "unknown-variant", "regime"],
  ["aged empty invoices", dunning, "agedBalance", w(AGED, { invoices: [] }), "invalid-type", "invoices"],
  ["aged decreasing buckets", dunning, "agedBalance", w(AGED, { buckets: [90, 30] }), "invalid-period", "buckets"],
  ["aged bad invoice amount", dunning, "agedBalance", w(AGED, { invoices: [w(AGED.invoices[0], { amount: "1e3" })] }), "invalid-amount", "invoices[0].amount"],
  ["invoice billion laughs", einvoice, "readInvoice", sample("hostile/billion-laughs.xml"), "dtd-not-allowed", "DOCTYPE"],
  ["invoice external entity", einvoice, "readInvoice", sample("hostile/external-entity.xml"), "dtd-not-allowed", "DOCTYPE"],
  ["invoice undeclared entity", einvoice, "readInvoice", sample("hostile/undeclared-entity.xml"), "invalid-xml", "Invoice.ID"],
  ["invoice 10 000-deep nesting", einvoice, "readInvoice", "<a>".repeat(10000) + "</a>".repeat(10000), "document-too-large", Array(64).fill("a").join(".")],
  ["invoice 11 MB", einvoice, "readInvoice", `<r>${"x".repeat(11 * 1024 * 1024)}</r>`, "document-too-large", undefined],
  ["invoice not XML", einvoice, "readInvoice", "Facture n° 12", "invalid-xml", undefined],
  ["invoice XML of another kind", einvoice, "readInvoice", sample("hostile/order-not-invoice.xml"), "not-an-invoice", "Order"],
  ["invoice PDF without XML", einvoice, "readInvoice", pdfBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer << /Root 1 0 R >>\n"), "no-embedded-invoice", undefined],
  ["invoice encrypted PDF", einvoice, "readInvoice", pdfBytes("%PDF-1.4\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>\n"), "unsupported-pdf", undefined],
  ["invoice missing number", einvoice, "readInvoice", B2B_XML.replace("<ram:ID>FA-2026-0912</ram:ID>", ""), "missing-field", "CrossIndustryInvoice.ExchangedDocument.ID"],
  ["invoice bad issue date", einvoice, "readInvoice", B2B_XML.replace("20260915", "20260931"), "invalid-date", "CrossIndustryInvoice.ExchangedDocument.IssueDateTime.DateTimeString"],
  ["invoice bad amount", einvoice, "readInvoice", B2B_XML.replace(">1200.00</ram:DuePayableAmount>", ">1 200,00</ram:DuePayableAmount>"), "invalid-amount", "CrossIndustryInvoice.SupplyChainTradeTransaction.ApplicableHeaderTradeSettlement.SpecifiedTradeSettlementHeaderMonetarySummation.DuePayableAmount"],
  ["invoice as a number", einvoice, "readInvoice", 42, "invalid-type", undefined],
  ["invoice as an object", einvoice, "readInvoice", { xml: B2B_XML }, "invalid-type", undefined],
  ["aged missing debtorId", dunning, "agedBalance", w(AGED, { invoices: [{ id: "A1", dueDate: "2026-03-15", amount: "1000" }] }), "missing-field", "invoices[0].debtorId"],
  ["letter bad kind", letters, "renderLetter", w(LETTER, { kind: "threat" }), "unknown-variant", "kind"],
  ["letter bad channel", letters, "renderLetter", w(LETTER, { channel: "fax" }), "unknown-variant", "channel"],
  ["letter no invoices", letters, "renderLetter", w(LETTER, { invoices: [] }), "missing-field", "invoices"],
  ["letter bad invoice amount", letters, "renderLetter", w(LETTER, { invoices: [w(LETTER.invoices[0], { amount: "x" })] }), "invalid-amount", "invoices[0].amount"],
  ["letter unknown placeholder", letters, "renderLetter", w(LETTER, { templates: { reminder: { body: "Bonjour {{prenom}}" } } }), "inconsistent-input", "templates.reminder.body"],
  ["letter creditor typo", letters, "renderLetter", w(LETTER, { creditor: w(LETTER.creditor, { ibann: "x" }) }), "unknown-field", "creditor.ibann"],
  ["letter deadline days 0", letters, "renderLetter", w(LETTER, { kind: "final-notice", deadlineDays: 0 }), "invalid-period", "deadlineDays"],
];

test(`${CASES.length} bad inputs across the other functions give RelanceErrors with code and field`, () => {
  const failures = [];
  for (const [label, mod, name, input, code, field] of CASES) {
    const f = mod[name];
    assert.equal(typeof f, "function", `${name} is not exported`);
    try {
      f(input);
      failures.push(`${label}: no error`);
    } catch (e) {
      if (!(e instanceof Error) || e.name !== "RelanceError") failures.push(`${label}: ${e?.name}: ${e?.message}`);
      else if (e.code !== code || e.field !== field) failures.push(`${label}: got ${e.code} at ${e.field}, want ${code} at ${field} (${e.message})`);
    }
  }
  assert.deepEqual(failures, []);
});

test("every module still answers after the bad inputs", () => {
  assert.equal(core.paymentPlan(PLAN).total, "1000.00");
  assert.equal(dunning.dunningPlan(DUNNING).status, "dunning");
  assert.ok(letters.renderLetter(LETTER).subject.length > 0);
  assert.equal(einvoice.readInvoice(B2B_XML).number, "FA-2026-0912");
});

test("nesting deeper than 64 levels is an invalid-type error and never exhausts the wasm stack", () => {
  const deep = (n) => {
    let o = {};
    for (let i = 0; i < n; i++) o = { a: o };
    return o;
  };
  for (let i = 0; i < 1500; i++) {
    try {
      core.dueDate({ issueDate: "2026-01-15", terms: { kind: "days", days: 45, x: deep(3000) } });
      assert.fail("expected a RelanceError");
    } catch (e) {
      assert.equal(e.name, "RelanceError");
      assert.equal(e.code, "invalid-type");
    }
  }
  assert.equal(core.lateFees({ regime: "fr-b2b", amount: "1000", dueDate: "2025-01-31", asOf: "2025-03-31" }).interest, "21.26");
});

test("JS exceptions while reading an input (getters, Proxies, iterators) are RelanceErrors and never leak wasm stack", () => {
  const boom = () => {
    throw new Error("boom");
  };
  const throwingGetter = (base, key) =>
    Object.defineProperty({ ...base }, key, { enumerable: true, get: boom });
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const iteratorThrows = () => {
    const a = [INVOICE];
    Object.setPrototypeOf(a, Map.prototype);
    return a;
  };
  const badElement = () => Object.defineProperty([], 0, { enumerable: true, get: boom });
  const LATE = { regime: "fr-b2b", amount: "1000", dueDate: "2025-01-31", asOf: "2025-03-31" };
  // [label, call, expected field]
  const cases = [
    ["lateFees throwing getter", () => core.lateFees(throwingGetter(LATE, "amount")), undefined],
    ["lateFees Proxy ownKeys", () => core.lateFees(new Proxy(LATE, { ownKeys: boom })), undefined],
    ["lateFees revoked Proxy", () => core.lateFees(revoked()), undefined],
    ["lateFees payments with a Map prototype", () => core.lateFees({ ...LATE, payments: iteratorThrows() }), "payments"],
    ["lateFees payments element getter", () => core.lateFees({ ...LATE, payments: badElement() }), "payments"],
    ["lateFeesBatch Map prototype", () => core.lateFeesBatch(iteratorThrows()), undefined],
    ["lateFeesBatch element getter", () => core.lateFeesBatch(badElement()), undefined],
    ["lateFeesBatch revoked Proxy", () => core.lateFeesBatch(revoked()), undefined],
    ["paymentPlan throwing getter", () => core.paymentPlan(throwingGetter(PLAN, "count")), undefined],
    ["dunningPlan debtor getter", () => dunning.dunningPlan({ ...DUNNING, debtor: throwingGetter(DEBTOR, "id") }), "debtor"],
    ["agedBalance invoices Map prototype", () => dunning.agedBalance({ ...AGED, invoices: iteratorThrows() }), "invoices"],
    ["renderLetter Proxy ownKeys", () => letters.renderLetter(new Proxy(LETTER, { ownKeys: boom })), undefined],
  ];
  for (let round = 0; round < 1100; round++) {
    for (const [label, call, field] of cases) {
      try {
        call();
        assert.fail(`${label}: expected a RelanceError`);
      } catch (e) {
        if (e instanceof assert.AssertionError) throw e;
        assert.ok(!(e instanceof WebAssembly.RuntimeError), `${label} (round ${round}) trapped: ${e}`);
        assert.equal(e.name, "RelanceError", `${label}: ${e}`);
        assert.equal(e.code, "invalid-type", label);
        assert.equal(e.field, field, label);
        assert.match(e.message, /a levé une exception JavaScript/, label);
      }
    }
  }
  assert.equal(core.lateFees(LATE).interest, "21.26");
  assert.equal(core.lateFeesBatch([LATE])[0].interest, "21.26");
  assert.equal(dunning.dunningPlan(DUNNING).status, "dunning");
  assert.ok(letters.renderLetter(LETTER).subject.length > 0);
});
