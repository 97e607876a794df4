// The relance/letters module on the installed package. Figures by hand: 1 250 € due
// 15 Oct 2026, as of 22 Nov 2026 → 38 late days at 12.15 % (2026H2, ECB 2.15 + 10 carried
// forward): 1250 × 12.15 % × 38/365 = 15.81 €, + 40 € → 1 305.81 €. Deadline: 22 Nov + 8 days
// = Monday 30 Nov 2026 (CPC 641, no 642 extension).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as letters from "relance/letters";
import * as core from "relance";

const { renderLetter } = letters;
const PAYLOAD = "<img src=x onerror=alert(1)>";
const base = {
  kind: "formal-notice",
  channel: "letter",
  lang: "fr",
  regime: "fr-b2b",
  asOf: "2026-11-22",
  creditor: { name: "Atelier Dupont SARL", address: "12 rue des Lilas\n75011 Paris", iban: "FR76 3000 6000 0112 3456 7890 189", bic: "AGRIFRPP", place: "Paris" },
  debtor: { name: PAYLOAD, address: "8 avenue de la Gare\n69002 Lyon", kind: "business" },
  invoices: [{ number: "F-1", issueDate: "2026-09-15", dueDate: "2026-10-15", amount: "1250.00" }],
};

test('"relance/letters" is its own module', () => {
  assert.ok(import.meta.resolve("relance/letters").endsWith("/node_modules/relance/letters-node.js"));
  assert.equal(letters.version(), core.version());
  assert.equal(letters.lateFees, undefined);
});

test("formal notice: mandatory mentions, figures, deadline as a date, amount in words", () => {
  const r = renderLetter(base);
  // Sent Sunday 22 November, first presented (3 working days) Wednesday 25: + 8 days.
  assert.equal(r.deadline, "2026-12-03");
  assert.equal(r.figures.total, "1305.81");
  assert.equal(r.figures.demanded, "1305.81");
  for (const needle of [
    "Lettre recommandée avec accusé de réception",
    "mise en demeure",
    "dans un délai de huit jours à compter de la première présentation de la présente, soit au plus tard le 3\u00a0décembre 2026",
    "L441-10",
    "D441-5",
    "article 1344 du Code civil",
    "injonction de payer",
    "mille trois cent cinq euros et quatre-vingt-un centimes",
    "FR76 3000 6000 0112 3456 7890 189",
  ]) {
    assert.ok(r.text.includes(needle), `missing: ${needle}`);
  }
  assert.ok(r.text.includes("Paris, le 22\u00a0novembre 2026"));
  // French spacing: a no-break space before the colon.
  assert.match(r.text, /Objet\u00a0: /);
  assert.doesNotMatch(r.text, /1231-6/);
});

test("user text is escaped in html and unchanged in text", () => {
  for (const kind of ["reminder", "final-notice", "formal-notice", "statement"]) {
    const r = renderLetter({ ...base, kind, channel: "letter" });
    assert.ok(r.text.includes(PAYLOAD), kind);
    assert.ok(!r.html.includes("<img"), `${kind}: raw markup in html`);
    assert.ok(r.html.includes("&lt;img src=x onerror=alert(1)&gt;"), kind);
  }
});

test("SMS reminder fits one GSM-7 message; consumers are never charged the 40 €", () => {
  const sms = renderLetter({ ...base, kind: "reminder", channel: "sms" });
  assert.equal(sms.sms.encoding, "gsm-7");
  assert.equal(sms.sms.parts, 1);
  assert.ok(sms.sms.length <= 160);
  const consumer = renderLetter({ ...base, regime: "fr-b2c", debtor: { name: "M. Paul Durand", kind: "consumer" }, noticeDate: "2026-11-01" });
  assert.equal(consumer.figures.compensation, "0.00");
  assert.doesNotMatch(consumer.text, /40,00/);
  assert.doesNotMatch(consumer.text, /employeur|lieu de travail/);
});

test("errors: unknown placeholder, unknown kind, bad invoice field", () => {
  const err = (input) => {
    try {
      renderLetter(input);
    } catch (e) {
      assert.equal(e.name, "RelanceError");
      return e;
    }
    assert.fail("expected a RelanceError");
  };
  let e = err({ ...base, templates: { reminder: { body: "{{nope}}" } } });
  assert.deepEqual([e.code, e.field], ["inconsistent-input", "templates.reminder.body"]);
  e = err({ ...base, kind: "threat" });
  assert.deepEqual([e.code, e.field], ["unknown-variant", "kind"]);
  e = err({ ...base, invoices: [{ ...base.invoices[0], amount: "12,50" }] });
  assert.deepEqual([e.code, e.field], ["invalid-amount", "invoices[0].amount"]);
});

test("warnings follow lang: French by default, English with lang: \"en\"", () => {
  const { iban: _iban, ...creditor } = base.creditor;
  const { lang: _lang, ...rest } = base;
  const input = { ...rest, creditor, history: [{ kind: "final-notice", date: "2026-11-14" }] };
  const message = (r, code) => r.warnings.find((w) => w.code === code)?.message ?? "";
  const fr = renderLetter(input);
  assert.match(message(fr, "payment-details-missing"), /ne peut pas indiquer comment payer/);
  assert.match(message(fr, "step-before-previous-deadline"), /jusqu'au 23\u00a0novembre 2026/);
  const en = renderLetter({ ...input, lang: "en" });
  assert.match(message(en, "payment-details-missing"), /the text cannot say how to pay/);
  assert.match(message(en, "step-before-previous-deadline"), /until 23\u00a0November 2026/);
});
