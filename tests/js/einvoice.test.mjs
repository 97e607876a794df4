// The relance/einvoice module on the installed package: real public samples (EN 16931
// examples, Akretion's Factur-X PDF) and hand-made French cases read through
// `import { readInvoice } from "relance/einvoice"`, then fed to lateFees, dunningPlan and
// renderLetter. Expected fields were written by reading the files (tests/data/einvoice/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as einvoice from "relance/einvoice";
import * as core from "relance";
import * as dunning from "relance/dunning";
import * as letters from "relance/letters";

const { readInvoice } = einvoice;
const data = (name) => new URL(`../data/einvoice/${name}`, import.meta.url);
const bytes = (name) => new Uint8Array(readFileSync(data(name)));
const text = (name) => readFileSync(data(name), "utf8");

test('"relance/einvoice" is its own module', () => {
  assert.ok(import.meta.resolve("relance/einvoice").endsWith("/node_modules/relance/einvoice-node.js"));
  assert.equal(einvoice.version(), core.version());
  assert.equal(einvoice.lateFees, undefined);
});

test("Factur-X PDF (Akretion sample): the embedded factur-x.xml, read from a Uint8Array", () => {
  const r = readInvoice(bytes("facturx-akretion-en16931.pdf"));
  assert.equal(r.container, "pdf");
  assert.equal(r.embeddedFileName, "factur-x.xml");
  assert.equal(r.profile, "EN 16931");
  assert.equal(r.number, "F20260023");
  assert.equal(r.issueDate, "2026-01-31");
  assert.equal(r.dueDate, "2026-03-02");
  assert.equal(r.amountDue, "104.90");
  assert.equal(r.seller.siret, "12345678200077");
  assert.equal(r.buyer.siren, "987654321");
  assert.equal(r.regime, "fr-b2b");
  assert.deepEqual(r.lines.map((l) => l.description), ["PRESTATION SUPPORT", "FOURNITURES PAPIER", "APPEL"]);
  assert.deepEqual(r.lateFeesInput, { regime: "fr-b2b", amount: "104.90", dueDate: "2026-03-02" });
  assert.deepEqual(r.warnings, []);
  // An ArrayBuffer works too.
  assert.equal(readInvoice(bytes("facturx-akretion-en16931.pdf").buffer).number, "F20260023");
});

test("EN 16931 examples: CII and UBL invoices, UBL credit note", () => {
  const cii = readInvoice(text("en16931-cii-example1.xml"));
  assert.equal(cii.syntax, "cii");
  assert.equal(cii.number, "12115118");
  assert.equal(cii.dueDate, "2015-01-09");
  assert.equal(cii.amountDue, "250.33");
  assert.equal(cii.seller.name, "De Koksmaat");
  assert.equal(cii.regime, undefined);
  assert.match(cii.regimeReason, /^non déduit/);
  assert.match(readInvoice(text("en16931-cii-example1.xml"), { lang: "en" }).regimeReason, /^not inferred/);
  const ubl = readInvoice(bytes("en16931-ubl-example1.xml"));
  assert.equal(ubl.syntax, "ubl");
  assert.equal(ubl.lines.length, 20);
  assert.equal(ubl.lines[0].unitCode, "EA");
  const cn = readInvoice(text("en16931-ubl-creditnote1.xml"));
  assert.equal(cn.kind, "credit-note");
  assert.equal(cn.typeCode, "381");
  assert.equal(cn.amountDue, "100.11");
  assert.equal(cn.letterInvoice, undefined);
});

test("Factur-X MINIMUM and BASIC WL carry no lines; the French CTC UBL sample", () => {
  const min = readInvoice(text("facturx-akretion-minimum.xml"));
  assert.equal(min.profile, "MINIMUM");
  assert.deepEqual(min.warnings.map((w) => w.code), ["late-payment-mentions-missing", "no-due-date", "no-lines"]);
  const wl = readInvoice(text("facturx-akretion-basicwl.xml"));
  assert.equal(wl.profile, "BASIC WL");
  assert.deepEqual(wl.lines, []);
  assert.equal(wl.iban, "FR20 1254 2547 2569 8542 5874 698");
  const ctc = readInvoice(text("ubl-akretion-extended-ctc-fr.xml"));
  assert.equal(ctc.profile, "EXTENDED-CTC-FR");
  assert.equal(ctc.amountDue, "208.03");
  assert.equal(ctc.prepaidAmount, "100.00");
  assert.equal(ctc.regime, "fr-public");
});

test("a French B2B invoice gives penalties, a plan and a mise en demeure without typing", () => {
  const r = readInvoice(bytes("fr/b2b-siren.cii.xml"));
  assert.equal(r.regime, "fr-b2b");
  assert.equal(r.debtor.kind, "business");
  const fees = core.lateFees({ ...r.lateFeesInput, asOf: "2026-11-22" });
  assert.equal(fees.days, 38);
  assert.equal(fees.compensation, "40.00");
  const plan = dunning.dunningPlan({
    regime: r.regime,
    asOf: "2026-11-22",
    debtor: { id: "martin", name: r.debtor.name, kind: r.debtor.kind },
    invoices: [r.dunningInvoice],
  });
  assert.equal(plan.status, "dunning");
  const letter = letters.renderLetter({
    kind: "formal-notice",
    channel: "letter",
    regime: r.regime,
    asOf: "2026-11-22",
    creditor: r.creditor,
    debtor: r.debtor,
    invoices: [r.letterInvoice],
  });
  for (const needle of ["FA-2026-0912", "Boulangerie Martin SAS", "Développement d'un module de facturation", "FR7630006000011234567890189"]) {
    assert.ok(letter.text.includes(needle), `missing: ${needle}`);
  }
});

test("hand-made French cases: public buyer, prepayment, terms text, no due date, credit note, USD", () => {
  const pub = readInvoice(text("fr/public-buyer.cii.xml"));
  assert.equal(pub.regime, "fr-public");
  assert.equal(pub.debtor.kind, "public");
  assert.match(pub.regimeReason, /DFA-MARCHES/);
  assert.equal(readInvoice(text("fr/prepaid.cii.xml")).amountDue, "750.00");
  const terms = readInvoice(text("fr/terms-only.ubl.xml"));
  assert.equal(terms.dueDate, "2026-04-30");
  assert.equal(terms.dueDateSource, "payment-terms");
  assert.ok(terms.warnings.some((w) => w.code === "due-date-from-terms" && w.message.includes("15\u00a0mai 2026")));
  const termsEn = readInvoice(text("fr/terms-only.ubl.xml"), { lang: "en" });
  assert.ok(termsEn.warnings.some((w) => w.code === "due-date-from-terms" && w.message.includes("15\u00a0May 2026")));
  const none = readInvoice(text("fr/no-due-date.cii.xml"));
  assert.equal(none.dueDate, undefined);
  assert.deepEqual(none.warnings.map((w) => w.code), ["late-payment-mentions-missing", "no-due-date"]);
  assert.equal(readInvoice(text("fr/credit-note.ubl.xml")).kind, "credit-note");
  const usd = readInvoice(text("fr/usd.cii.xml"));
  assert.deepEqual(usd.warnings.map((w) => w.code), ["currency-not-eur"]);
  assert.equal(usd.lateFeesInput, undefined);
});

test("byte containers that are not what they seem are RelanceErrors, never JS errors or traps", () => {
  const b = bytes("fr/b2b-siren.cii.xml");
  const detached = new Uint8Array(8);
  structuredClone(detached.buffer, { transfer: [detached.buffer] });
  const cases = [
    new Proxy(b, {}),
    new Proxy(b.buffer, { get() { throw new Error("get threw"); } }),
    Object.create(b),
    new String("<x/>"),
    detached,
    { length: 1e9 },
    [60, 120, 47, 62],
    null,
    undefined,
  ];
  for (let round = 0; round < 300; round++) {
    for (const v of cases) {
      try {
        readInvoice(v);
        assert.fail(`expected a RelanceError for ${Object.prototype.toString.call(v)}`);
      } catch (e) {
        if (e instanceof assert.AssertionError) throw e;
        assert.equal(e.name, "RelanceError", String(e));
        assert.ok(["invalid-type", "invalid-xml"].includes(e.code), e.code);
      }
    }
  }
  // Other views of the same bytes are read as bytes.
  assert.equal(readInvoice(new DataView(b.buffer, b.byteOffset, b.byteLength)).number, "FA-2026-0912");
  const shifted = new Uint8Array(b.length + 3);
  shifted.set(b, 3);
  assert.equal(readInvoice(shifted.subarray(3)).number, "FA-2026-0912");
  const tampered = new Uint8Array(b);
  Object.setPrototypeOf(tampered, Object.prototype);
  assert.equal(readInvoice(tampered).number, "FA-2026-0912");
  assert.equal(readInvoice(b).number, "FA-2026-0912");
});

test("readInvoice's options: only `lang`, only \"fr\" or \"en\"; anything else is a RelanceError, never a trap", () => {
  const xml = text("en16931-cii-example1.xml");
  const fails = (options, code, field, message) => {
    assert.throws(
      () => readInvoice(xml, options),
      (e) => e.name === "RelanceError" && e.code === code && e.field === field && message.test(e.message),
      `${code} at ${field}`,
    );
  };
  fails({ lang: "de" }, "unknown-variant", "options.lang", /valeur inconnue `de`/);
  fails({ langue: "en" }, "unknown-field", "options.langue", /champ inconnu `langue`/);
  fails("en", "invalid-type", "options", /un objet/);
  fails([], "invalid-type", "options", /un objet/);
  fails(new Proxy({}, { ownKeys() { throw new Error("boom"); } }), "invalid-type", "options", /exception JavaScript/);
  // Absent, undefined, null or an undefined lang: French.
  for (const options of [undefined, null, {}, { lang: undefined }]) {
    assert.match(readInvoice(xml, options).regimeReason, /^non déduit/, String(options));
  }
  assert.match(readInvoice(xml, { lang: "en" }).regimeReason, /^not inferred/);
});
