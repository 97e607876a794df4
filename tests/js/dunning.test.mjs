// The relance/dunning module on the installed package: the planner, its ladders and the aged
// balance. Expectations are the hand-worked scenarios of tests/dunning.rs and tests/portfolio.rs.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as dunning from "relance/dunning";
import * as core from "relance";

const { dunningPlan, dunningPolicy, agedBalance } = dunning;

function relanceError(f, input) {
  try {
    f(input);
  } catch (e) {
    assert.ok(e instanceof Error, "thrown value is an Error");
    assert.equal(e.name, "RelanceError", e.stack);
    return e;
  }
  assert.fail("expected a RelanceError");
}

test('"relance/dunning" resolves to its own node entry and module', () => {
  assert.ok(import.meta.resolve("relance/dunning").endsWith("/node_modules/relance/dunning-node.js"));
  assert.equal(typeof dunningPlan, "function");
  assert.equal(dunning.version(), core.version());
  // Each module carries its own area only: the calculators stay in "relance".
  assert.equal(dunning.lateFees, undefined);
  assert.equal(core.dunningPlan, undefined);
});

test("dunningPlan: seed 001's B2B ladder for two invoices of one debtor", () => {
  // Due Monday 16 March 2026, pre-reminder sent on the 9th (D−7), computed on the 17th.
  const r = dunningPlan({
    regime: "fr-b2b",
    asOf: "2026-03-17",
    debtor: { id: "D1", name: "Dupont SARL", kind: "business" },
    invoices: [
      { id: "F1", number: "FA-F1", issueDate: "2026-01-02", dueDate: "2026-03-16", amount: "1200" },
      { id: "F2", number: "FA-F2", issueDate: "2026-01-02", dueDate: "2026-03-16", amount: "300" },
    ],
    history: [{ date: "2026-03-09", step: "pre-reminder" }],
  });
  assert.equal(r.status, "dunning");
  // D+1 reminder is due today, one email for both invoices.
  assert.equal(r.due.length, 1);
  assert.equal(r.due[0].date, "2026-03-17");
  assert.deepEqual(r.due[0].invoiceIds, ["F1", "F2"]);
  assert.equal(r.due[0].steps[0].kind, "reminder");
  // D+5 = Saturday 21 March → Monday 23 March for the phone call.
  assert.equal(r.next.date, "2026-03-23");
  assert.equal(r.next.steps[0].kind, "phone-call");
  const byKind = Object.fromEntries(r.timeline.map((e) => [e.kind, e]));
  // D+25 = 10 April (Friday); 8 days → Saturday 18 April → Monday 20 April (CPC 642).
  assert.equal(byKind["final-notice"].date, "2026-04-10");
  assert.equal(byKind["final-notice"].deadline, "2026-04-20");
  // The mise en demeure goes out the day after that deadline.
  assert.equal(byKind["formal-notice"].date, "2026-04-21");
  assert.deepEqual(byKind["formal-notice"].channels, ["registered-letter", "email"]);
  // F1: 1200 × 12.15 % × 1/365 = 0.40 penalties, + 40 € indemnity.
  const f1 = r.invoices.find((i) => i.id === "F1");
  assert.equal(f1.interestOutstanding, "0.40");
  assert.equal(f1.compensation, "40.00");
  assert.equal(f1.totalDue, "1240.40");
});

test("dunningPolicy: the built-in ladders are data", () => {
  const b2b = dunningPolicy({ regime: "fr-b2b" });
  const kinds = b2b.steps.map((s) => s.kind);
  assert.deepEqual(kinds, ["pre-reminder", "reminder", "phone-call", "second-reminder", "final-notice", "formal-notice", "recovery"]);
  assert.equal(b2b.steps[0].offsetDays, -7);
  const b2c = dunningPolicy({ regime: "fr-b2c" });
  assert.ok(b2c.steps.find((s) => s.kind === "formal-notice").deadlineDays >= 8);
  assert.equal(relanceError(dunningPolicy, { regime: "de-b2b" }).code, "unknown-variant");
});

test("agedBalance: buckets, shares and concentration (tests/portfolio.rs scenario)", () => {
  const r = agedBalance({
    asOf: "2026-03-31",
    invoices: [
      { id: "A1", debtorId: "A", debtorName: "Alpha SARL", dueDate: "2026-03-15", amount: "1000" },
      { id: "A2", debtorId: "A", debtorName: "Alpha SARL", dueDate: "2026-01-15", amount: "2000", payments: [{ date: "2026-02-01", amount: "500" }] },
      { id: "B1", debtorId: "B", debtorName: "Bruno Martin", debtorKind: "consumer", dueDate: "2026-04-10", amount: "300" },
      { id: "C1", debtorId: "C", debtorName: "Gamma SA", dueDate: "2025-11-30", amount: "5000" },
    ],
  });
  assert.deepEqual(r.buckets.map((b) => [b.label, b.amount]), [
    ["not-due", "300.00"],
    ["1-30", "1000.00"],
    ["31-60", "0.00"],
    ["61-90", "1511.32"],
    ["90+", "5000.00"],
  ]);
  assert.equal(r.outstanding, "7811.32");
  assert.equal(r.weightedDaysLate, "97.77");
  assert.deepEqual(r.debtors.map((d) => [d.debtorId, d.sharePercent]), [["C", "64.01"], ["A", "32.15"], ["B", "3.84"]]);
  assert.equal(r.warnings.filter((w) => w.code === "concentration-risk").length, 2);
});

test("dunning errors are RelanceErrors with code and field", () => {
  const base = {
    regime: "fr-b2b",
    asOf: "2026-03-17",
    debtor: { id: "D1", name: "Dupont SARL", kind: "business" },
    invoices: [{ id: "F1", number: "FA-F1", dueDate: "2026-03-16", amount: "1200" }],
  };
  let e = relanceError(dunningPlan, { ...base, invoices: [{ ...base.invoices[0], dueDate: "2026-02-30" }] });
  assert.equal(e.code, "invalid-date");
  assert.equal(e.field, "invoices[0].dueDate");
  e = relanceError(dunningPlan, { ...base, events: [{ type: "dispute-opened", date: "2026-03-10", invoiceIds: ["F9"] }] });
  assert.equal(e.field, "events[0].invoiceIds[0]");
  e = relanceError(dunningPlan, { ...base, debtr: {} });
  assert.equal(e.code, "unknown-field");
  e = relanceError(agedBalance, { asOf: "2026-03-31", invoices: [], buckets: [30] });
  assert.equal(e.field, "invoices");
  e = relanceError(agedBalance, { asOf: "2026-03-31", invoices: [{ id: "X", debtorId: "A", dueDate: "2026-01-01", amount: "1" }], buckets: [90, 30] });
  assert.equal(e.code, "invalid-period");
  // After many bad calls the instance still answers.
  for (let i = 0; i < 500; i++) relanceError(dunningPlan, { ...base, asOf: "nope" });
  assert.equal(dunningPlan(base).status, "dunning");
});

test("dunningPlan: e-invoicing lifecycle statuses pause, resume, pay and reject (tests/dunning.rs scenarios)", () => {
  const base = {
    regime: "fr-b2b",
    asOf: "2026-04-01",
    debtor: { id: "D1", name: "Dupont SARL", kind: "business" },
    invoices: [
      { id: "F1", number: "FA-F1", dueDate: "2026-03-16", amount: "1200" },
      { id: "F2", number: "FA-F2", dueDate: "2026-03-16", amount: "300" },
    ],
    history: [{ date: "2026-03-17", step: "reminder" }],
  };
  const refused = dunningPlan({ ...base, events: [{ type: "lifecycle", date: "2026-03-20", status: "210", invoiceIds: ["F1"] }] });
  assert.equal(refused.invoices.find((i) => i.id === "F1").status, "disputed");
  const rejected = dunningPlan({ ...base, events: [{ type: "lifecycle", date: "2026-03-20", status: "Rejetée", invoiceIds: ["F2"] }] });
  assert.deepEqual(rejected.invoices.map((i) => i.id), ["F1"]);
  assert.ok(rejected.warnings.some((w) => w.code === "invoice-rejected"));
  const unknown = dunningPlan({ ...base, events: [{ type: "lifecycle", date: "2026-03-20", status: "999" }] });
  assert.ok(unknown.warnings.some((w) => w.code === "lifecycle-status-unknown"));
  const err = relanceError(dunningPlan, { ...base, events: [{ type: "lifecycle", date: "2026-03-20" }] });
  assert.equal(err.code, "missing-field");
  assert.equal(err.field, "events[0].status");
});

test("lang: reasons, routes, ladders, warnings and errors in French by default, English on request", () => {
  // F1 paid on 18 March, F2 unpaid; the reminder went on the 17th (tests/dunning.rs
  // the_plan_speaks_the_input_language).
  const input = {
    regime: "fr-b2b",
    asOf: "2026-03-25",
    debtor: { id: "D1", name: "Dupont SARL", kind: "business" },
    invoices: [
      { id: "F1", number: "FA-F1", dueDate: "2026-03-16", amount: "300", payments: [{ date: "2026-03-18", amount: "300" }] },
      { id: "F2", number: "FA-F2", dueDate: "2026-03-16", amount: "1200" },
    ],
    history: [{ date: "2026-03-17", step: "reminder" }],
  };
  const fr = dunningPlan(input);
  const en = dunningPlan({ ...input, lang: "en" });
  assert.deepEqual(dunningPlan({ ...input, lang: "fr" }), fr);
  const reason = (r, code) => r.timeline.find((e) => e.reasonCode === code).reason;
  assert.equal(reason(fr, "paid"), "facture payée le 18\u00a0mars 2026");
  assert.equal(reason(en, "paid"), "invoice paid on 18\u00a0March 2026");
  // Codes stay; labels change.
  assert.deepEqual(fr.recovery.map((x) => x.code), en.recovery.map((x) => x.code));
  assert.equal(fr.recovery[0].label, "Procédure simplifiée de recouvrement des petites créances par un commissaire de justice");
  assert.match(en.recovery[0].label, /^Simplified recovery procedure/);

  const purposes = (lang) => dunningPolicy(lang ? { regime: "fr-b2b", lang } : { regime: "fr-b2b" }).steps.map((s) => s.purpose);
  assert.deepEqual(purposes(), purposes("fr"));
  assert.equal(purposes()[6], "choisir la voie de recouvrement");
  assert.equal(purposes("en")[6], "choose the recovery route");

  const aged = (lang) =>
    agedBalance({
      asOf: "2026-03-31",
      lang,
      invoices: [
        { id: "A1", debtorId: "A", debtorName: "Alpha SARL", dueDate: "2026-03-15", amount: "1000" },
        { id: "C1", debtorId: "C", debtorName: "Gamma SA", dueDate: "2025-11-30", amount: "5000" },
      ],
    }).warnings.find((w) => w.code === "concentration-risk").message;
  assert.match(aged("fr"), /^Gamma SA représente 83,33\u00a0% des créances/);
  assert.match(aged("en"), /^Gamma SA holds 83.33% of the receivables/);

  const bad = { ...input, history: [{ date: "2026-03-17", step: "relance" }] };
  assert.equal(relanceError(dunningPlan, bad).message, "aucune étape `relance` dans le scénario de relance");
  const e = relanceError(dunningPlan, { ...bad, lang: "en" });
  assert.equal(e.message, "no step `relance` in the policy");
  assert.equal(e.field, "history[0].step");
});
