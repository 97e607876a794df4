// The portfolio's CSV reader in headless Chromium: a French accounting export (";", decimal
// comma, thousands with a space or a no-break space, JJ/MM/AAAA, quoted fields, BOM, the
// payments column), the same file in Windows-1252, a generated 5 000-row file (its count and
// total checked against a sum made here, its time printed, the page kept responsive), the
// progress bar of a slow import, and "follow up this client" into the planner.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, closeBrowser, screenshotDir } from "./harness.mjs";
import { loadPage as load, assertClean, fromFrench } from "./helpers.mjs";

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
const tmp = mkdtempSync(join(tmpdir(), "relance-csv-"));
const FRENCH_FILE = fileURLToPath(new URL("data/export-comptable-fr.csv", import.meta.url));

async function openPortfolio(page, asOf) {
  await page.click("#tab-portfolio");
  await page.waitForSelector("#panel-portfolio:not([hidden])");
  await page.waitForSelector("html[data-panel-ready=true]");
  await page.fill("#pf-asof", asOf);
}
async function importFile(page, file, timeout = 30_000) {
  await page.setInputFiles("#pf-file", file);
  await page.waitForSelector("html[data-pf-busy=false]", { timeout });
  await page.waitForSelector("#pf-result:not([hidden])");
}
const buckets = (page) => page.$$eval("#pf-buckets tbody tr", (trs) => trs.map((tr) => [tr.dataset.bucket, tr.cells[1].textContent, tr.dataset.amount]));

// By hand, at 2026-11-22, amounts less payments (every payment is made before its due date, so
// no interest had run and it goes wholly to the principal): FA-101 1 200,00 due 30/09 → 53 days
// (31-60); FA-102 1 800,00 − 800,00 = 1 000,00 due 31/10 → 22 (1-30); FA-103 4 500,00 −
// 1 000,00 − 500,00 = 3 000,00 due 15/07 → 130 (90+); FA-104 2 300,50 due 10/10 → 43 (31-60);
// FA-105 350,00 due 20/11 → 2 (1-30); FA-106 9 800,00 − 800,00 = 9 000,00 due 31/05 → 175
// (90+). Outstanding 16 850,50. Lines 8, 9, 10 are refused by the page, line 11 by relance.
const FRENCH_BUCKETS = [
  ["not-due", "0", "0.00"],
  ["1-30", "2", "1350.00"],
  ["31-60", "2", "3500.50"],
  ["61-90", "0", "0.00"],
  ["90+", "2", "12000.00"],
];

async function checkFrenchFile(page) {
  assert.deepEqual(await buckets(page), FRENCH_BUCKETS);
  assert.equal(fromFrench(await page.textContent('[data-out="pf-outstanding"]')), "16850.50");
  assert.equal(await page.getAttribute("#pf-info", "data-count"), "6");
  assert.match(await page.textContent("#pf-info"), /6 factures lues en [\d,]+ s \(séparateur point-virgule, virgule décimale\)/);
  const errors = await page.$$eval("#pf-errors li", (lis) => lis.map((li) => [li.dataset.line, li.textContent]));
  assert.deepEqual(errors.map((e) => e[0]), ["8", "9", "10", "11"]);
  assert.match(errors[0][1], /^Ligne 8 : date « 31\/11\/2026 » invalide dans « Échéance »/);
  assert.match(errors[1][1], /^Ligne 9 : montant « 1,234 » invalide/);
  assert.match(errors[2][1], /^Ligne 10 : paiement « 2026-10-15=100 » illisible dans « Règlements »/);
  // Issued after its due date: the page does not check that, relance does (per client).
  assert.match(errors[3][1], /^Ligne 11 : refusée par relance : inconsistent-input/);
  // Quoted names with ";" and doubled quotes are read whole.
  assert.equal(await page.textContent('#pf-debtors tr[data-debtor="C1"] th'), "Boulangerie Martin; SARL");
  assert.equal(await page.textContent('#pf-debtors tr[data-debtor="C5"] th'), 'Transports "Leroy" SAS');
}

test("portfolio: a French accounting export (UTF-8 with BOM) gives the aged balance worked out by hand", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await openPortfolio(page, "2026-11-22");
    await importFile(page, FRENCH_FILE);
    assert.match(await page.textContent("#pf-status"), /export-comptable-fr\.csv lu \(UTF-8\)/);
    await checkFrenchFile(page);
    await page.screenshot({ path: join(screenshotDir, "portfolio-french-csv.png"), fullPage: true });
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("portfolio: a file without the required columns is refused, naming them, and the previous result goes away", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await openPortfolio(page, "2026-11-22");
    await importFile(page, FRENCH_FILE);
    // "Facture" is read as the number and "Client" as the name: the due date and amount are missing.
    await page.fill("#pf-csv", "Facture;Client\nF1;Dupont\n");
    await page.click("#pf-run");
    await page.waitForSelector("#pf-result", { state: "hidden" });
    assert.equal(await page.isVisible("#pf-empty"), true);
    assert.deepEqual(await page.$$eval("#pf-errors li", (lis) => lis.map((li) => li.textContent)), ["Ligne 1 : Il manque les colonnes obligatoires : dueDate, amount."]);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("portfolio: the same file in Windows-1252 (ANSI), as older French software writes it", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    // Windows-1252 has no narrow no-break space: a no-break space stands in for it.
    const text = readFileSync(FRENCH_FILE, "utf8").replace(/^\ufeff/, "").replace(/\u202f/g, "\u00a0");
    const file = join(tmp, "export-ansi.csv");
    writeFileSync(file, Buffer.from(text.replace(/€/g, "\x80"), "latin1")); // € is 0x80 in Windows-1252
    await openPortfolio(page, "2026-11-22");
    await importFile(page, file);
    assert.match(await page.textContent("#pf-status"), /lu \(Windows-1252\)/);
    await checkFrenchFile(page);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("portfolio: 'follow up this client' puts the client's invoices, with their payments, in the planner", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    await openPortfolio(page, "2026-11-22");
    await importFile(page, FRENCH_FILE);
    await page.click('#pf-debtors tr[data-debtor="C1"] [data-follow]');
    await page.waitForSelector("#panel-planner:not([hidden])");
    await page.waitForSelector("html[data-panel-ready=true]");
    await page.waitForSelector("#planner-invoices-wrap:not([hidden])");
    const rows = await page.$$eval("#planner-invoices tbody tr", (trs) => trs.map((tr) => tr.dataset.invoice));
    assert.deepEqual(rows, ["FA-2026-101", "FA-2026-102"]);
    assert.equal(fromFrench(await page.textContent('[data-out="plan-principalOutstanding"]')), "2200.00");
    // The earliest invoice is in the calculator, the other one listed under it, with its payment.
    assert.equal(await page.inputValue("#invoice-number"), "FA-2026-101");
    assert.equal(await page.inputValue("#debtor-name"), "Boulangerie Martin; SARL");
    assert.match(await page.textContent("#others"), /FA-2026-102.*1\s800,00\s€ \(1 paiement\(s\) reçu\(s\)\)/);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

/**
 * A 5 000-row French export, deterministic (a small LCG), and its outstanding total in cents.
 * Payments are dated before the due date: no interest has run, so each goes to the principal
 * and the outstanding total is the plain sum of amounts less payments.
 */
function bigFrenchFile(rows = 5000) {
  let seed = 20261122;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const money = (cents) => {
    const euros = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+$)/g, "\u00a0");
    return `${euros},${String(cents % 100).padStart(2, "0")}`;
  };
  const date = (d) => `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  const kinds = ["professionnel", "professionnel", "professionnel", "particulier", "public"];
  const lines = ["N° facture;Code client;Client;Type client;Date facture;Échéance;Montant TTC;Règlements"];
  let outstanding = 0;
  for (let i = 0; i < rows; i++) {
    const debtor = i % 250;
    const due = new Date(Date.UTC(2025, 6, 1) + rand(540) * 86_400_000); // 1 July 2025 + up to 540 days
    const issue = new Date(due.getTime() - 30 * 86_400_000);
    const amount = 5_000 + rand(2_500_000); // 50,00 € to 25 050,00 €
    let paid = [];
    if (rand(3) === 0) {
      const p = 1 + rand(Math.floor(amount / 2));
      const pdate = new Date(due.getTime() - (1 + rand(20)) * 86_400_000);
      if (pdate.toISOString().slice(0, 10) <= "2026-11-22") paid = [[pdate, p]];
    }
    outstanding += amount - paid.reduce((s, [, c]) => s + c, 0);
    lines.push(
      [`FA-${String(i + 1).padStart(5, "0")}`, `C${debtor}`, `"Client ${debtor}; SARL"`, kinds[debtor % 5], date(issue), date(due), money(amount), paid.map(([d, c]) => `${date(d)}:${money(c)}`).join("|")].join(";"),
    );
  }
  return { text: "\ufeff" + lines.join("\r\n") + "\r\n", outstanding };
}

test("portfolio: a 5 000-row French export, its count and total checked, its time printed, the page kept responsive", { timeout: 120_000 }, async (t) => {
  const { context, page, problems } = await loadPage();
  try {
    const { text, outstanding } = bigFrenchFile();
    const file = join(tmp, "export-5000.csv");
    writeFileSync(file, text);
    await openPortfolio(page, "2026-11-22");
    // Long tasks (> 50 ms on the main thread) during the import: none may freeze the page.
    await page.evaluate(() => {
      globalThis.__longTasks = [];
      new PerformanceObserver((list) => globalThis.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: false });
    });
    const started = Date.now();
    await importFile(page, file);
    await page.waitForSelector('#pf-info[data-count="5000"]');
    const wall = Date.now() - started;
    const pageMs = Number(await page.getAttribute("#pf-info", "data-ms"));
    const phases = await page.$eval("#pf-info", (p) => `reading ${p.dataset.readMs} ms, agedBalance ${p.dataset.analyseMs} ms, drawing ${p.dataset.drawMs} ms`);
    const longTasks = await page.evaluate(() => globalThis.__longTasks);
    const longest = Math.round(Math.max(0, ...longTasks));
    t.diagnostic(`5 000-row import: ${pageMs} ms in the page (${phases}), ${wall} ms from setInputFiles to the result; longest main-thread task ${longest} ms (${longTasks.length} over 50 ms)`);
    console.log(`# 5 000-row French CSV import: ${pageMs} ms in the page (${phases}), ${wall} ms end to end, longest task ${longest} ms`);
    assert.equal(await page.$$eval("#pf-errors li", (l) => l.length), 0, "no row is refused");
    const total = await page.textContent('[data-out="pf-outstanding"]');
    const cents = Math.round(Number(fromFrench(total)) * 100);
    assert.equal(cents, outstanding, `outstanding shown ${total}, computed here ${outstanding / 100}`);
    const counts = await page.$$eval("#pf-buckets tbody tr", (trs) => trs.reduce((s, tr) => s + Number(tr.cells[1].textContent), 0));
    assert.equal(counts, 5000, "the buckets count every invoice");
    assert.equal(await page.locator("#pf-debtors tbody tr").count(), 250);
    // The page's own work is sliced and agedBalance runs in a worker: no task freezes the page
    // (with agedBalance on the main thread, this file gave a 900 ms task).
    assert.ok(longest < 750, `a main-thread task took ${longest} ms`);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("portfolio: a slow import (CPU throttled 6x) shows its progress after a second, then hides it", { timeout: 180_000 }, async () => {
  const { context, page, problems } = await loadPage();
  try {
    const { text } = bigFrenchFile();
    const file = join(tmp, "export-5000-slow.csv");
    writeFileSync(file, text);
    await openPortfolio(page, "2026-11-22");
    await page.evaluate(() => {
      globalThis.__progress = [];
      const el = document.querySelector("#pf-progress");
      new MutationObserver(() => !el.hidden && globalThis.__progress.push(document.querySelector("#pf-progress-text").textContent)).observe(el, { attributes: true, subtree: true, childList: true, characterData: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    const started = Date.now();
    await importFile(page, file, 150_000);
    const took = Date.now() - started;
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    const seen = await page.evaluate(() => globalThis.__progress);
    assert.ok(took > 1000, `the throttled import took only ${took} ms: the test cannot see the progress bar`);
    assert.ok(seen.length > 0, "the progress bar was never shown");
    assert.ok(seen.some((s) => /^(Lecture des lignes|Vérification par relance|Calcul de la balance âgée)/.test(s)), JSON.stringify(seen.slice(0, 5)));
    assert.equal(await page.isHidden("#pf-progress"), true, "the progress bar is hidden at the end");
    assert.equal(await page.getAttribute("#pf-info", "data-count"), "5000");
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});
