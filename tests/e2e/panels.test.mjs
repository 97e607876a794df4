// The planner, letters and portfolio panels of www/ in headless Chromium: expected steps and
// dates computed by hand, hostile text shown as text everywhere, the sample CSV's buckets,
// the print stylesheet, axe-core, and screenshots of every panel at desktop and phone width.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, closeBrowser, screenshotDir } from "./harness.mjs";
import { loadPage as load, fill, readResult, assertClean, axeViolations, XSS } from "./helpers.mjs";

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

// The README's scenario: 1 200 € between businesses, due Monday 16 March 2026, seen on
// Tuesday 17 March 2026 with nothing sent yet.
const INVOICE = { regime: "fr-b2b", amount: "1200", dueDate: "2026-03-16", asOf: "2026-03-17" };

// Expected timeline, by hand from the fr-b2b ladder (D = 2026-03-16) and CPC 641/642:
// reminder D+1 = Tue 17/03; phone call D+5 = Sat 21/03 → Mon 23/03; second reminder D+15 =
// Tue 31/03; final notice D+25 = Fri 10/04, 8 days → Sat 18/04 → Mon 20/04; formal notice
// D+34 = Sun 19/04, but not before the day after the previous deadline → Tue 21/04, sent by
// registered letter and first presented 3 working days later (Fri 24/04), 8 days → Sat 02/05
// → Mon 04/05; recovery D+43 = Tue 28/04, after the deadline → Tue 05/05. The pre-reminder
// (D−7) is skipped: the due date has passed.
const EXPECTED_TIMELINE = [
  { step: "reminder", date: "2026-03-17", state: "due" },
  { step: "phone-call", date: "2026-03-23", state: "planned" },
  { step: "second-reminder", date: "2026-03-31", state: "planned" },
  { step: "final-notice", date: "2026-04-10", state: "planned", deadline: "2026-04-20" },
  { step: "formal-notice", date: "2026-04-21", state: "planned", deadline: "2026-05-04" },
  { step: "recovery", date: "2026-05-05", state: "planned" },
  { step: "pre-reminder", date: "", state: "skipped" },
];

async function readTimeline(page) {
  return page.$$eval("#timeline li.step", (lis) =>
    lis.map((li) => {
      const o = { step: li.dataset.step, date: li.dataset.date, state: li.dataset.state };
      const d = li.querySelector("[data-deadline]");
      if (d) o.deadline = d.dataset.deadline;
      return o;
    }),
  );
}

async function openTab(page, name) {
  await page.click(`#tab-${name}`);
  await page.waitForSelector(`#panel-${name}:not([hidden])`);
  await page.waitForSelector("html[data-panel-ready=true]");
}

test("planner: the README scenario's steps and dates, a step marked done, then a dispute pauses the ladder", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await fill(page, INVOICE, { extra: { debtor: "Dupont SARL", number: "FA-F1" } });
    await readResult(page);
    assert.equal(problems.responses.has("/pkg/dunning.js"), false, "dunning.js is loaded before the planner is opened");
    await openTab(page, "planner");
    assert.equal(problems.responses.get("/pkg/dunning_bg.wasm")?.type, "application/wasm", "the planner loads dunning's wasm on first use");
    assert.equal(problems.responses.has("/pkg/letters.js"), false);
    assert.deepEqual(await readTimeline(page), EXPECTED_TIMELINE);
    assert.equal(await page.getAttribute("#planner-status", "data-status"), "dunning");
    // The "today" marker sits right after the step due today.
    const order = await page.$$eval("#timeline > li", (lis) => lis.map((li) => (li.id === "today-marker" ? "today" : li.dataset.step)));
    assert.deepEqual(order.slice(0, 3), ["reminder", "today", "phone-call"]);
    assert.match(await page.textContent("#today-marker"), /Aujourd’hui \(mar\. 17 mars 2026\)/);
    assert.match(await page.textContent('[data-step="final-notice"] .deadline'), /lun\. 20 avril 2026/);
    await page.screenshot({ path: join(screenshotDir, "planner-desktop.png"), fullPage: true });

    // Mark the reminder done: it goes to the history and the plan moves on.
    await page.click('[data-step="reminder"] button');
    await page.waitForSelector('[data-step="reminder"][data-state="done"]');
    assert.match(await page.textContent("#journal"), /17\/03\/2026 — Première relance fait/);

    // A dispute opened today pauses every later step.
    await page.selectOption("#ev-type", "dispute-opened");
    await page.fill("#ev-date", "2026-03-17");
    await page.fill("#ev-reason", "quantité livrée contestée");
    await page.click("#ev-add");
    await page.waitForSelector('#planner-status[data-status="disputed"]');
    const paused = await readTimeline(page);
    assert.deepEqual(
      paused.filter((s) => s.state === "paused").map((s) => s.step),
      ["phone-call", "second-reminder", "final-notice", "formal-notice", "recovery"],
    );
    assert.equal(paused.find((s) => s.step === "reminder").state, "done");
    assert.match(await page.textContent("#journal"), /contestation : quantité livrée contestée/);
    // Removing the dispute from the history brings the plan back.
    await page.click('#journal button[aria-label*="contestation"]');
    await page.waitForSelector('#planner-status[data-status="dunning"]');
    // A promise to pay pauses until the promised date (+3 days' grace).
    await page.selectOption("#ev-type", "promise");
    await page.fill("#ev-until", "2026-03-31");
    await page.click("#ev-add");
    await page.waitForSelector('#planner-status[data-status="promised"]');
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("planner: a payment plan agreed is followed (instalments from paymentPlan)", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await fill(page, { ...INVOICE, asOf: "2026-03-20" });
    await readResult(page);
    await openTab(page, "planner");
    await page.selectOption("#ev-type", "plan-agreed");
    await page.fill("#ev-count", "2");
    await page.fill("#ev-first", "2026-04-15");
    await page.click("#ev-add");
    await page.waitForSelector('#planner-status[data-status="payment-plan"]');
    assert.match(await page.textContent("#journal"), /échéancier accordé \(2 × 600,00\s€ à partir du 15\/04\/2026\)/);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

function samplePlusBadRow() {
  const sample = readFileSync(new URL("../../www/sample-invoices.csv", import.meta.url), "utf8");
  // Line 9: a due date that does not exist.
  return `${sample.trimEnd()}\nF-108,FA-2026-108,C6,Menuiserie Roux,business,fr-b2b,2026-10-01,2026-13-01,100.00\n`;
}

test("portfolio: the sample CSV with one bad row gives the expected buckets and names the bad line", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await openTab(page, "portfolio");
    assert.equal(problems.responses.get("/pkg/dunning_bg.wasm")?.type, "application/wasm");
    assert.equal(await page.getAttribute("#sample-link", "href"), "sample-invoices.csv");
    await page.fill("#pf-asof", "2026-11-22");
    await page.fill("#pf-csv", samplePlusBadRow());
    await page.click("#pf-run");
    await page.waitForSelector("#pf-result:not([hidden])");
    // By hand, at 2026-11-22: F-101 due 30/09 → 53 days (31-60) 1200; F-102 due 31/10 → 22
    // (1-30) 800; F-103 due 15/07 → 130 (90+) 4500; F-104 due 10/10 → 43 (31-60) 2300.50;
    // F-105 due 20/11 → 2 (1-30) 350; F-106 due 02/12 → not due 1500; F-107 due 31/05 →
    // 175 (90+) 9800.
    const buckets = await page.$$eval("#pf-buckets tbody tr", (trs) => trs.map((tr) => [tr.dataset.bucket, tr.cells[1].textContent, tr.dataset.amount]));
    assert.deepEqual(buckets, [
      ["not-due", "1", "1500.00"],
      ["1-30", "2", "1150.00"],
      ["31-60", "2", "3500.50"],
      ["61-90", "0", "0.00"],
      ["90+", "2", "14300.00"],
    ]);
    assert.equal(await page.textContent('[data-out="pf-outstanding"]'), "20\u202f450,50\u00a0€");
    const errors = await page.$$eval("#pf-errors li", (lis) => lis.map((li) => [li.dataset.line, li.textContent]));
    assert.equal(errors.length, 1);
    assert.equal(errors[0][0], "9");
    assert.match(errors[0][1], /^Ligne 9 : date « 2026-13-01 » invalide dans « dueDate »/);
    // Per debtor: five clients, largest first, each with a next action; the chart has a bar per bucket.
    const debtors = await page.$$eval("#pf-debtors tbody tr", (trs) => trs.map((tr) => tr.dataset.debtor));
    assert.deepEqual(debtors.slice().sort(), ["C1", "C2", "C3", "C4", "C5"]);
    assert.equal(debtors[0], "C5");
    assert.equal(await page.locator("#pf-chart rect").count(), 5);
    assert.ok((await page.$$eval("#pf-warnings > li", (lis) => lis.map((li) => li.dataset.code))).includes("concentration-risk"));
    // The table exports as CSV.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#pf-export")]);
    assert.equal(download.suggestedFilename(), "balance-agee.csv");
    const csv = readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "").trim().split("\r\n");
    assert.equal(csv.length, 6);
    assert.match(csv[0], /^debtorId;debtorName;status;not-due;1-30;31-60;61-90;90\+;outstanding/);
    assert.match(csv.find((l) => l.startsWith("C5;")), /^C5;Transports Leroy SAS;dunning;0,00;0,00;0,00;0,00;9800,00;9800,00;/);
    await page.screenshot({ path: join(screenshotDir, "portfolio-desktop.png"), fullPage: true });
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("letters: preview in a sandboxed srcdoc iframe, sms as text, downloads, remembered details only on opt-in", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await fill(page, { regime: "fr-b2b", amount: "1200", dueDate: "2026-03-16", asOf: "2026-04-10" }, { extra: { number: "FA-1", issueDate: "2026-02-01" } });
    await readResult(page);
    await openTab(page, "letters");
    assert.equal(problems.responses.get("/pkg/letters_bg.wasm")?.type, "application/wasm");
    await page.selectOption("#lt-kind", "final-notice");
    await page.fill("#cr-name", "ACME SAS");
    await page.fill("#cr-address", "1 rue de la Paix\n75002 Paris");
    await page.fill("#cr-iban", "FR76 3000 6000 0112 3456 7890 189");
    await page.waitForSelector("#letter-frame:not([hidden])");
    assert.equal(await page.getAttribute("#letter-frame", "sandbox"), "");
    const frame = page.frameLocator("#letter-frame");
    await frame.locator("article.relance-letter").waitFor();
    assert.match(await frame.locator(".relance-body").textContent(), /au plus tard le\s20\savril\s2026/);
    // The preview's stylesheet (letter.css) applies under the inherited CSP.
    assert.equal(await frame.locator("address.relance-sender").evaluate((a) => getComputedStyle(a).fontStyle), "normal");
    assert.match(await page.textContent("#letter-subject"), /Dernier rappel avant mise en demeure/);
    const [txt] = await Promise.all([page.waitForEvent("download"), page.click("#lt-txt")]);
    assert.equal(txt.suggestedFilename(), "final-notice-FA-1.txt");
    assert.match(readFileSync(await txt.path(), "utf8"), /Nous vous demandons de nous régler la somme de 1\s249,99\s€/);
    const [html] = await Promise.all([page.waitForEvent("download"), page.click("#lt-html")]);
    assert.match(readFileSync(await html.path(), "utf8"), /^<!doctype html>[\s\S]*<article class="relance-letter/);
    // SMS: plain text with its length and parts.
    await page.selectOption("#lt-channel", "sms");
    await page.waitForSelector("#sms-preview:not([hidden])");
    assert.equal(await page.isHidden("#letter-frame"), true);
    assert.match(await page.textContent("#sms-info"), /caractères \(gsm-7\), \d+ SMS/);
    // English letter.
    await page.selectOption("#lt-channel", "letter");
    await page.selectOption("#lt-lang", "en");
    await frame.locator('article[lang="en"]').waitFor();
    // Nothing stored unless asked; stored once the box is ticked; forgotten when unticked.
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await page.check("#remember");
    assert.match(await page.evaluate(() => localStorage.getItem("relance-demo.creditor")), /ACME SAS/);
    const reloaded = await context.newPage();
    await reloaded.goto(`${server.origin}/www/`);
    await reloaded.waitForSelector("html[data-ready=true]");
    assert.equal(await reloaded.inputValue("#cr-name"), "ACME SAS");
    assert.equal(await reloaded.isChecked("#remember"), true);
    await reloaded.close();
    await page.uncheck("#remember");
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("print: the print stylesheet hides the interface and prints only the letter", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await fill(page, { regime: "fr-b2b", amount: "1200", dueDate: "2026-03-16", asOf: "2026-04-10" }, { extra: { number: "FA-1" } });
    await openTab(page, "letters");
    await page.fill("#cr-name", "ACME SAS");
    await page.fill("#cr-address", "1 rue de la Paix\n75002 Paris");
    await page.frameLocator("#letter-frame").locator("article.relance-letter").waitFor();
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() => {
      const visible = (sel) => getComputedStyle(document.querySelector(sel)).display !== "none";
      return {
        header: visible("header.site"),
        tabs: visible("nav.tabs"),
        main: visible("main"),
        footer: visible("footer.site"),
        letter: visible("#print-letter"),
        text: document.querySelector("#print-letter").textContent,
        scripts: document.querySelectorAll("#print-letter script, #print-letter img, #print-letter [onerror]").length,
      };
    });
    assert.deepEqual({ ...shown, text: undefined }, { header: false, tabs: false, main: false, footer: false, letter: true, text: undefined, scripts: 0 });
    assert.match(shown.text, /Madame, Monsieur/);
    const pdf = await page.pdf({ format: "A4" });
    assert.ok(pdf.length > 1000);
    await page.screenshot({ path: join(screenshotDir, "print-letter.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("#print-letter")).display), "none");
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test(`a debtor named ${XSS} is shown as text everywhere and no dialog fires`, { timeout: 60_000 }, async () => {
  const { context, page, problems, dialogs } = await loadPage();
  try {
    await fill(page, INVOICE, { extra: { debtor: XSS, number: XSS } });
    await readResult(page);
    assert.ok((await page.textContent("#result-invoice")).includes(`Débiteur : ${XSS}`));
    await openTab(page, "planner");
    assert.ok((await page.textContent("#planner-invoice")).includes(XSS));
    await openTab(page, "letters");
    await page.fill("#cr-name", XSS);
    await page.fill("#cr-address", XSS);
    await page.fill("#db-address", XSS);
    const frame = page.frameLocator("#letter-frame");
    await frame.locator("article.relance-letter").waitFor();
    assert.ok((await frame.locator(".relance-recipient").textContent()).includes(XSS));
    assert.equal(await frame.locator("img").count(), 0);
    assert.ok((await page.textContent("#print-letter")).includes(XSS));
    await openTab(page, "portfolio");
    await page.fill("#pf-asof", "2026-03-17");
    await page.fill("#pf-csv", `id,debtorId,debtorName,dueDate,amount\nF1,D1,${XSS},2026-01-31,100\n"F2",D2,"${XSS.replace(/"/g, '""')}",2026-03-31,50\n`);
    await page.click("#pf-run");
    await page.waitForSelector("#pf-result:not([hidden])");
    assert.equal(await page.textContent('#pf-debtors tr[data-debtor="D1"] th'), XSS);
    await page.waitForTimeout(200);
    const imgs = await page.evaluate(() => document.querySelectorAll("img").length);
    assert.equal(imgs, 0, "an <img> element was created from user text");
    assert.deepEqual(dialogs, []);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

const VIEWPORTS = { desktop: { width: 1100, height: 900 }, phone: { width: 390, height: 844 } };

test("every panel: axe-core finds no serious or critical violation; screenshots at desktop and phone width", { timeout: 120_000 }, async () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const { context, page, problems } = await loadPage({ viewport });
    try {
      await fill(page, { regime: "fr-b2b", amount: "12345.67", dueDate: "2025-11-15", asOf: "2026-11-22", payments: [{ date: "2026-03-01", amount: "500" }] }, { extra: { debtor: "Dupont SARL", number: "FA-2025-118" } });
      await readResult(page);
      const found = {};
      found.calc = await axeViolations(page);
      await page.screenshot({ path: join(screenshotDir, `calculator-${name}.png`), fullPage: true });
      await openTab(page, "planner");
      found.planner = await axeViolations(page);
      await page.screenshot({ path: join(screenshotDir, `planner-${name}.png`), fullPage: true });
      await openTab(page, "letters");
      await page.fill("#cr-name", "ACME SAS");
      await page.fill("#cr-address", "1 rue de la Paix\n75002 Paris");
      await page.fill("#cr-place", "Paris");
      await page.fill("#cr-iban", "FR76 3000 6000 0112 3456 7890 189");
      await page.frameLocator("#letter-frame").locator("article.relance-letter").waitFor();
      found.letters = await axeViolations(page);
      // An out-of-viewport sandboxed frame is not painted in a full-page capture: bring it in.
      await page.locator("#letter-frame").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshotDir, `letters-${name}.png`), fullPage: true });
      await openTab(page, "portfolio");
      await page.fill("#pf-asof", "2026-11-22");
      await page.click("#pf-sample");
      await page.waitForSelector("#pf-result:not([hidden])");
      found.portfolio = await axeViolations(page);
      await page.screenshot({ path: join(screenshotDir, `portfolio-${name}.png`), fullPage: true });
      await page.click("#lang-switch");
      await page.waitForSelector("html[lang=en]");
      found.portfolioEn = await axeViolations(page);
      await page.screenshot({ path: join(screenshotDir, `portfolio-en-${name}.png`), fullPage: true });
      for (const [panel, v] of Object.entries(found)) assert.deepEqual(v, [], `${name} ${panel}: ${JSON.stringify(v, null, 1)}`);
      // The tabs work from the keyboard.
      await page.focus("#tab-portfolio");
      await page.keyboard.press("ArrowRight");
      await page.waitForSelector("#panel-calc:not([hidden])");
      assert.equal(await page.evaluate(() => document.activeElement.id), "tab-calc");
      assertClean(problems, server.origin);
    } finally {
      await context.close();
    }
  }
});

test("letters: the lawyer's inputs (letterhead, civility, public buyer's title, Chorus Pro date, delivery delay) reach the letter", { timeout: 60_000 }, async () => {
  const { context, page } = await loadPage();
  try {
    // The consumer's notice date is labelled as its first presentation.
    assert.match(await page.textContent('label[for="notice-date"]'), /première présentation/);
    await fill(page, { regime: "fr-public", amount: "1250", dueDate: "2026-10-15", asOf: "2026-11-22" }, { extra: { number: "F-101", issueDate: "2026-09-15" } });
    await readResult(page);
    await openTab(page, "letters");
    await page.selectOption("#lt-kind", "formal-notice");
    await page.fill("#cr-name", "Atelier Dupont");
    await page.fill("#cr-address", "12 rue des Lilas\n75011 Paris");
    await page.fill("#cr-siren", "812 345 678");
    await page.fill("#cr-vat", "FR25812345678");
    await page.fill("#cr-form", "SAS");
    await page.fill("#cr-capital", "10000");
    await page.fill("#cr-rcs", "Paris");
    await page.fill("#cr-iban", "FR76 3000 6000 0112 3456 7890 189");
    await page.fill("#db-title", "Monsieur le Maire");
    await page.fill("#db-chorus", "2026-09-15");
    await page.fill("#lt-delivery", "5");
    const frame = page.frameLocator("#letter-frame");
    await frame.locator(".relance-body", { hasText: /au plus tard le\s7\sdécembre\s2026/ }).waitFor();
    await page.waitForFunction(() => document.querySelector("#letter-subject").textContent.includes("réclamation"));
    const [txt] = await Promise.all([page.waitForEvent("download"), page.click("#lt-txt")]);
    const text = readFileSync(await txt.path(), "utf8").replace(/[\u00a0\u202f]/g, " ");
    for (const needle of [
      "SAS au capital de 10 000 €",
      "RCS Paris 812 345 678",
      "FR25812345678",
      "Monsieur le Maire,",
      "déposée sur le portail Chorus Pro le 15 septembre 2026",
      // Sent Sunday 22 November, presented 5 working days later (Friday 27), + 8 days =
      // Saturday 5 December → Monday 7 December.
      "soit au plus tard le 7 décembre 2026",
      "l'assurance de notre haute considération",
    ]) {
      assert.ok(text.includes(needle), `missing ${needle}\n${text}`);
    }
    assert.ok(!text.includes("1231-6"));
    // A consumer with a known civility.
    await openTab(page, "calc");
    await fill(page, { regime: "fr-b2c", amount: "1250", dueDate: "2026-10-15", asOf: "2026-11-22" }, { extra: { number: "F-101", issueDate: "2026-09-15" } });
    await readResult(page);
    await openTab(page, "letters");
    await page.fill("#db-title", "");
    await page.selectOption("#db-civility", "madame");
    await page.selectOption("#lt-kind", "reminder");
    await page.waitForFunction(() => document.querySelector("#letter-subject").textContent.includes("Relance"));
    await frame.locator("article.relance-letter").waitFor();
    const body = await frame.locator(".relance-body").textContent();
    assert.match(body, /Madame,\s+Sauf erreur/);
    assert.match(body, /agréer, Madame, l/);
  } finally {
    await context.close();
  }
});

test("calculator: a Factur-X PDF dropped on the page fills the invoice, in the browser; a bad file changes nothing", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    const pdf = fileURLToPath(new URL("../data/einvoice/facturx-akretion-en16931.pdf", import.meta.url));
    await page.setInputFiles("#einvoice-file", pdf);
    await page.waitForSelector('#einvoice-status[data-state="ok"]');
    // The values hand-read from the sample's factur-x.xml (tests/einvoice.rs).
    assert.equal(await page.inputValue("#invoice-number"), "F20260023");
    assert.equal(await page.inputValue("#amount"), "104.90");
    assert.equal(await page.inputValue("#due-date"), "2026-03-02");
    assert.equal(await page.inputValue("#issue-date"), "2026-01-31");
    assert.equal(await page.inputValue("#debtor-name"), "LE CLIENT");
    assert.equal(await page.inputValue("#regime"), "fr-b2b");
    assert.match(await page.textContent("#einvoice-status"), /F20260023/);
    assert.equal(problems.responses.get("/pkg/einvoice_bg.wasm")?.type, "application/wasm");
    // A file that is no invoice: a clear message, the fields stay as they were.
    await page.setInputFiles("#einvoice-file", { name: "notes.xml", mimeType: "text/xml", buffer: Buffer.from("<notes><a/></notes>") });
    await page.waitForSelector('#einvoice-status[data-state="error"]');
    assert.match(await page.textContent("#einvoice-status"), /not-an-invoice/);
    assert.equal(await page.inputValue("#amount"), "104.90");
  } finally {
    await context.close();
  }
});

test("portfolio: e-invoice files join the portfolio as rows and the aged balance counts them", { timeout: 60_000 }, async () => {
  const { context, page } = await loadPage();
  try {
    await openTab(page, "portfolio");
    const data = (f) => fileURLToPath(new URL(`../data/einvoice/${f}`, import.meta.url));
    await page.setInputFiles("#pf-file", [data("facturx-akretion-en16931.pdf"), data("fr/b2b-siren.cii.xml")]);
    await page.waitForFunction(() => document.querySelector("#pf-csv").value.split("\n").filter(Boolean).length >= 3);
    const csv = await page.inputValue("#pf-csv");
    assert.match(csv, /^id,number,debtorId,debtorName,debtorKind,regime,issueDate,dueDate,amount\n/);
    // The Akretion sample as hand-read: F20260023, buyer LE CLIENT (SIREN 987654321), 104.90 due 2026-03-02.
    assert.match(csv, /\nF20260023,F20260023,987654321,LE CLIENT,business,fr-b2b,2026-01-31,2026-03-02,104\.90\n/);
    await page.waitForSelector("#pf-result:not([hidden])");
  } finally {
    await context.close();
  }
});
