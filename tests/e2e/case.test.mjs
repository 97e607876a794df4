// The case of one debtor in www/, in headless Chromium: several invoices in the planner and in
// one letter (totals checked against relance in Node), the editable ladder and relance's
// warnings about it, the case kept in the URL (a reload finds it), and the JSON history file
// (export, clear, import back; bad files refused with a French message and nothing changed).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dunningPlan, dunningPolicy } from "relance/dunning";
import { renderLetter } from "relance/letters";
import { startServer, launchBrowser, closeBrowser, screenshotDir } from "./harness.mjs";
import { loadPage as load, fill, readResult, assertClean, fromFrench } from "./helpers.mjs";

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await closeBrowser(browser);
  await server?.close();
});
const loadPage = (options) => load(browser, server.origin, options);
const tmp = mkdtempSync(join(tmpdir(), "relance-e2e-"));

async function openTab(page, name) {
  await page.click(`#tab-${name}`);
  await page.waitForSelector(`#panel-${name}:not([hidden])`);
  await page.waitForSelector("html[data-panel-ready=true]");
}
/** Waits until the open panel has redrawn after a change (the page redraws 120-150 ms later). */
async function settled(page) {
  await page.waitForTimeout(350);
  await page.waitForSelector("html[data-panel-ready=true]");
}

// Dupont SARL owes two invoices, seen on 10 April 2026: FA-1 (1 200 €, due 16 March, 200 €
// paid on 20 March) and FA-2 (300 €, due 10 March).
const FA1 = { regime: "fr-b2b", amount: "1200", dueDate: "2026-03-16", asOf: "2026-04-10", payments: [{ date: "2026-03-20", amount: "200" }] };
const FA2 = { regime: "fr-b2b", amount: "300", dueDate: "2026-03-10", asOf: "2026-04-10" };

async function twoInvoices(page) {
  await fill(page, FA2, { extra: { debtor: "Dupont SARL", number: "FA-2", issueDate: "2026-02-08" } });
  await readResult(page);
  await page.click("#add-invoice");
  await page.waitForSelector("#others li");
  assert.equal(await page.inputValue("#amount"), "", "the form clears for the next invoice");
  assert.equal(await page.inputValue("#debtor-name"), "Dupont SARL", "the debtor stays");
  await fill(page, FA1, { extra: { number: "FA-1", issueDate: "2026-02-14" } });
  await readResult(page);
}

// What the page must send, written out by hand (invoices by due date: FA-2 then FA-1).
const PLAN_INPUT = {
  regime: "fr-b2b",
  asOf: "2026-04-10",
  debtor: { id: "D1", name: "Dupont SARL", kind: "business" },
  invoices: [
    { id: "F1", number: "FA-2", issueDate: "2026-02-08", dueDate: "2026-03-10", amount: "300" },
    { id: "F2", number: "FA-1", issueDate: "2026-02-14", dueDate: "2026-03-16", amount: "1200", payments: [{ date: "2026-03-20", amount: "200" }] },
  ],
  history: [],
  events: [],
};

test("several invoices of one debtor: the planner lists them with their total and one letter names them all", { timeout: 90_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await twoInvoices(page);
    assert.match(await page.textContent("#others"), /Facture FA-2, échéance 10\/03\/2026, 300,00\s€/);
    await openTab(page, "planner");
    const expected = dunningPlan(structuredClone(PLAN_INPUT));
    await page.waitForSelector("#planner-invoices-wrap:not([hidden])");
    const rows = await page.$$eval("#planner-invoices tbody tr", (trs) => trs.map((tr) => [tr.dataset.invoice, tr.dataset.total]));
    assert.deepEqual(rows, expected.invoices.map((i) => [i.number, i.totalDue]));
    assert.equal(await page.getAttribute("#planner-invoices tfoot tr", "data-total"), expected.totals.totalDue);
    assert.equal(fromFrench(await page.textContent('[data-out="plan-totalDue"]')), expected.totals.totalDue);
    assert.match(await page.textContent("#planner-invoice"), /Dupont SARL — 2 factures/);
    // One communication per step for both invoices.
    const steps = await page.$$eval("#timeline li.step", (lis) => lis.map((li) => [li.dataset.step, li.dataset.state, li.dataset.date]));
    assert.deepEqual(steps, expected.timeline.filter((e) => e.date).sort((a, b) => (a.date < b.date ? -1 : 1)).concat(expected.timeline.filter((e) => !e.date)).map((e) => [e.step, e.state, e.date ?? ""]));
    await page.screenshot({ path: join(screenshotDir, "planner-two-invoices.png"), fullPage: true });

    await openTab(page, "letters");
    await page.selectOption("#lt-kind", "second-reminder");
    await page.fill("#cr-name", "ACME SAS");
    await page.fill("#cr-address", "1 rue de la Paix\n75002 Paris");
    await page.fill("#cr-iban", "FR76 3000 6000 0112 3456 7890 189");
    await page.frameLocator("#letter-frame").locator("article.relance-letter").waitFor();
    await page.waitForFunction(() => document.querySelector("#letter-subject").dataset.invoices === "2");
    const letter = renderLetter({
      kind: "second-reminder",
      channel: "letter",
      lang: "fr",
      regime: "fr-b2b",
      asOf: "2026-04-10",
      creditor: { name: "ACME SAS", address: "1 rue de la Paix\n75002 Paris", iban: "FR76 3000 6000 0112 3456 7890 189" },
      debtor: { name: "Dupont SARL", kind: "business" },
      invoices: PLAN_INPUT.invoices.map(({ id, ...inv }) => inv),
    });
    const [txt] = await Promise.all([page.waitForEvent("download"), page.click("#lt-txt")]);
    const text = readFileSync(await txt.path(), "utf8");
    assert.equal(text, letter.text, "the page's letter is relance's letter for both invoices");
    assert.ok(text.includes("FA-1") && text.includes("FA-2"), text);
    assert.equal(letter.figures.invoices.length, 2);
    const total = letter.figures.total.replace(".", ",").replace(/\B(?=(\d{3})+,)/g, "\u202f");
    assert.ok(text.includes(`${total}\u00a0€`), `the total ${total} € is in the letter`);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("the case survives a reload: other invoices, steps done, events and the edited ladder are in the URL", { timeout: 90_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await twoInvoices(page);
    await openTab(page, "planner");
    await page.click('[data-step="reminder"] button');
    await page.waitForSelector('[data-step="reminder"][data-state="done"]');
    await page.selectOption("#ev-type", "promise");
    await page.fill("#ev-date", "2026-04-09");
    await page.fill("#ev-until", "2026-04-30");
    await page.click("#ev-add");
    await page.waitForSelector('#planner-status[data-status="promised"]');
    await page.click("#ladder-details summary");
    await page.fill('#ladder tr[data-step="formal-notice"] [data-field="deadlineDays"]', "12");
    await settled(page);
    const before = { journal: await page.textContent("#journal"), timeline: await page.$$eval("#timeline li.step", (l) => l.map((li) => li.dataset.step + li.dataset.state + li.dataset.date)) };
    const url = page.url();
    const q = new URL(url).searchParams;
    const saved = JSON.parse(q.get("case"));
    assert.deepEqual(saved.history, [{ date: "2026-04-10", step: "reminder" }]);
    assert.deepEqual(saved.events, [{ type: "promise", date: "2026-04-09", until: "2026-04-30" }]);
    assert.equal(saved.others.length, 1);
    assert.equal(saved.policy.steps.find((s) => s.id === "formal-notice").deadlineDays, 12);
    assert.equal(q.get("tab"), "planner");

    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await page.waitForSelector("html[data-panel-ready=true]");
    await page.waitForSelector('#planner-status[data-status="promised"]');
    assert.equal(await page.textContent("#journal"), before.journal);
    assert.deepEqual(await page.$$eval("#timeline li.step", (l) => l.map((li) => li.dataset.step + li.dataset.state + li.dataset.date)), before.timeline);
    assert.equal(await page.inputValue('#ladder tr[data-step="formal-notice"] [data-field="deadlineDays"]'), "12");
    assert.match(await page.textContent("#ladder-status"), /Échelle modifiée/);
    assert.equal(await page.locator("#planner-invoices tbody tr").count(), 2);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("the ladder is editable: relance's warnings for a policy that breaks the law or good practice, an impossible one pointed at", { timeout: 90_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await fill(page, { regime: "fr-b2b", amount: "1200", dueDate: "2026-03-16", asOf: "2026-03-17" });
    await readResult(page);
    await openTab(page, "planner");
    await page.click("#ladder-details summary");
    const defaults = dunningPolicy({ regime: "fr-b2b" });
    const shown = await page.$$eval("#ladder tbody tr", (trs) => trs.map((tr) => [tr.dataset.step, Number(tr.querySelector('[data-field="offsetDays"]').value)]));
    assert.deepEqual(shown, defaults.steps.map((s) => [s.id, s.offsetDays]));
    assert.match(await page.textContent("#ladder-status"), /par défaut/);
    const fn = '#ladder tr[data-step="formal-notice"]';
    // A mise en demeure giving 5 days and sent by plain email.
    await page.fill(`${fn} [data-field="deadlineDays"]`, "5");
    await page.uncheck(`${fn} [data-channel="registered-letter"]`);
    await page.waitForSelector('#ladder-warnings li[data-code="formal-notice-not-registered"]');
    const codes = await page.$$eval("#ladder-warnings > li", (lis) => lis.map((li) => li.dataset.code));
    assert.deepEqual(codes.sort(), ["formal-notice-deadline-short", "formal-notice-not-registered"]);
    assert.match(await page.textContent('#ladder-warnings li[data-code="formal-notice-deadline-short"] .plain'), /au moins 8 jours/);
    // The planner follows the edited ladder: the formal notice's deadline is 5 days after it.
    const policy = JSON.parse(new URL(page.url()).searchParams.get("case")).policy;
    const expected = dunningPlan({ regime: "fr-b2b", asOf: "2026-03-17", debtor: { id: "D1", name: "—", kind: "business" }, invoices: [{ id: "F1", number: "F1", dueDate: "2026-03-16", amount: "1200" }], history: [], events: [], policy });
    const deadline = expected.timeline.find((e) => e.step === "formal-notice").deadline;
    assert.equal(await page.getAttribute('[data-step="formal-notice"] .deadline', "data-deadline"), deadline);
    assert.notEqual(deadline, "2026-05-04", "the default deadline moved");
    // Two steps closer than the minimum gap.
    await page.fill('#ladder tr[data-step="phone-call"] [data-field="offsetDays"]', "2");
    await page.waitForSelector('#ladder-warnings li[data-code="steps-closer-than-gap"]');
    // Out of order: relance refuses it, the page points at the offset and keeps the ladder.
    await page.fill('#ladder tr[data-step="phone-call"] [data-field="offsetDays"]', "40");
    await page.waitForSelector("#planner-error:not([hidden])");
    assert.match(await page.textContent("#planner-error"), /données incohérentes/);
    // relance names the step that now comes too early (the second reminder, 15 days, after a 40-day call).
    const invalid = await page.waitForSelector('#ladder [data-field="offsetDays"][aria-invalid=true]');
    assert.equal(await invalid.evaluate((i) => i.closest("tr").dataset.step), "second-reminder");
    // Not a number: the page says so before relance sees it.
    await page.fill('#ladder tr[data-step="reminder"] [data-field="offsetDays"]', "");
    await page.waitForSelector("#ladder-error:not([hidden])");
    assert.match(await page.textContent("#ladder-error"), /nombre entier de jours/);
    await page.screenshot({ path: join(screenshotDir, "planner-ladder.png"), fullPage: true });
    // Back to the default ladder: no policy in the URL, the default dates again.
    await page.click("#ladder-reset");
    await page.waitForSelector('[data-step="formal-notice"] .deadline[data-deadline="2026-05-04"]');
    assert.equal(JSON.parse(new URL(page.url()).searchParams.get("case") ?? "{}").policy, undefined);
    assert.equal(await page.inputValue('#ladder tr[data-step="reminder"] [data-field="offsetDays"]'), "1");
    // A consumer's ladder that claims the 40 € breaks the law (CPCE L111-8).
    await page.click("#tab-calc");
    await page.selectOption("#regime", "fr-b2c");
    await page.waitForSelector("#result:not([hidden])");
    await openTab(page, "planner");
    await page.waitForSelector('#ladder tr[data-step="second-reminder"]');
    await page.check('#ladder tr[data-step="second-reminder"] [data-field="statesIndemnity"]');
    await page.waitForSelector('#ladder-warnings li[data-code="consumer-fees"]');
    assert.match(await page.textContent('#ladder-warnings li[data-code="consumer-fees"] .plain'), /consommateur/);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("history file: export, clear, import back; bad files are refused in French and change nothing", { timeout: 120_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await twoInvoices(page);
    await openTab(page, "planner");
    await page.click('[data-step="reminder"] button');
    await page.waitForSelector('[data-step="reminder"][data-state="done"]');
    await page.selectOption("#ev-type", "dispute-opened");
    await page.fill("#ev-date", "2026-04-10");
    await page.fill("#ev-reason", "livraison incomplète");
    await page.click("#ev-add");
    await page.waitForSelector('#planner-status[data-status="disputed"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#history-export")]);
    assert.equal(download.suggestedFilename(), "historique-relance-2026-04-10.json");
    const saved = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.equal(saved.format, "relance-demo/history");
    assert.equal(saved.version, 1);
    assert.equal(saved.regime, "fr-b2b");
    assert.deepEqual(saved.debtor, { name: "Dupont SARL" });
    assert.deepEqual(saved.invoices, [
      { dueDate: "2026-03-16", amount: "1200", number: "FA-1", issueDate: "2026-02-14", payments: [{ date: "2026-03-20", amount: "200" }] },
      { dueDate: "2026-03-10", amount: "300", number: "FA-2", issueDate: "2026-02-08" },
    ]);
    assert.deepEqual(saved.history, [{ date: "2026-04-10", step: "reminder" }]);
    assert.deepEqual(saved.events, [{ type: "dispute-opened", date: "2026-04-10", reason: "livraison incomplète" }]);
    const file = join(tmp, "history.json");
    writeFileSync(file, JSON.stringify(saved));
    const journal = await page.textContent("#journal");

    // A fresh page (nothing in the URL), then the file: everything comes back.
    await page.goto(`${server.origin}/www/?tab=planner`);
    await page.waitForSelector("html[data-ready=true]");
    assert.equal(await page.isVisible("#planner-empty"), true);
    await page.setInputFiles("#history-import", file);
    await page.waitForSelector('#history-status[data-state="ok"]');
    assert.match(await page.textContent("#history-status"), /Historique chargé : 2 facture\(s\), 1 étape\(s\) faite\(s\), 1 événement\(s\)/);
    await page.waitForSelector('#planner-status[data-status="disputed"]');
    assert.equal(await page.textContent("#journal"), journal);
    assert.equal(await page.inputValue("#invoice-number"), "FA-1");
    assert.equal(await page.inputValue("#debtor-name"), "Dupont SARL");
    assert.equal(await page.inputValue("#payment-1-amount"), "200");
    assert.equal(await page.locator("#planner-invoices tbody tr").count(), 2);

    // Bad files: each refused with its reason, and the page (URL, journal, fields) unchanged.
    const url = page.url();
    const bad = [
      ["not JSON", "{ this is not json", /n’est pas du JSON/],
      ["another format", JSON.stringify({ format: "something-else", version: 1 }), /n’est pas un historique enregistré par cette page/],
      ["unknown field", JSON.stringify({ ...saved, invoices: [{ ...saved.invoices[0], amout: "12" }] }), /champ inconnu « amout » dans invoices\[0\]/],
      ["bad date", JSON.stringify({ ...saved, history: [{ date: "2026-02-30", step: "reminder" }] }), /history\[0\]\.date : date « 2026-02-30 » invalide/],
      ["wrong shape", JSON.stringify({ ...saved, events: { type: "promise" } }), /events : une liste attendu/],
      ["amount as a number", JSON.stringify({ ...saved, invoices: [{ ...saved.invoices[0], amount: 1200 }] }), /invoices\[0\]\.amount : montant « 1200 » invalide/],
      ["refused by relance", JSON.stringify({ ...saved, history: [{ date: "2026-04-10", step: "no-such-step" }] }), /relance refuse ce dossier/],
    ];
    for (const [name, content, message] of bad) {
      const path = join(tmp, `bad-${name.replace(/\W+/g, "-")}.json`);
      writeFileSync(path, content);
      await page.setInputFiles("#history-import", path);
      await page.waitForSelector('#history-status[data-state="error"]');
      const status = await page.textContent("#history-status");
      assert.match(status, /^Fichier refusé, rien n’a été modifié :/, name);
      assert.match(status, message, `${name}: ${status}`);
      assert.equal(page.url(), url, `${name}: the URL changed`);
      assert.equal(await page.textContent("#journal"), journal, `${name}: the journal changed`);
      assert.equal(await page.inputValue("#invoice-number"), "FA-1", `${name}: the form changed`);
      // Ready for the next one: a good state marker.
      await page.evaluate(() => (document.querySelector("#history-status").dataset.state = ""));
    }
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});
