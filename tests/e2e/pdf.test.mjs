// "Télécharger en PDF" in headless Chromium: the letters panel lays every letter out with
// relance/pdf in the browser and hands the file over as a download; the file is read back by
// an independent reader (poppler's pdftotext) and checked with qpdf.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { startServer, launchBrowser, closeBrowser } from "./harness.mjs";
import { loadPage as load, fill, readResult, assertClean } from "./helpers.mjs";

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

async function openTab(page, name) {
  await page.click(`#tab-${name}`);
  await page.waitForSelector(`#panel-${name}:not([hidden])`);
  await page.waitForSelector("html[data-panel-ready=true]");
}

/** Clicks "Télécharger en PDF" and returns the file's name, bytes and extracted text. */
async function downloadPdf(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#lt-pdf")]);
  const path = await download.path();
  const bytes = readFileSync(path);
  execFileSync("qpdf", ["--check", path], { encoding: "utf8" }); // throws on an invalid file
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  return { name: download.suggestedFilename(), bytes, text: text.replace(/\s+/g, " ") };
}

test("letters: every letter downloads as a valid PDF made in the browser, the court request too", { timeout: 120_000 }, async () => {
  const { context, page, problems } = await load(browser, server.origin);
  try {
    await fill(page, { regime: "fr-b2b", amount: "1200", dueDate: "2026-03-16", asOf: "2026-05-20" }, { extra: { number: "FA-1", issueDate: "2026-02-01", debtor: "Martin SAS" } });
    await readResult(page);
    await openTab(page, "letters");
    await page.fill("#cr-name", "ACME SAS");
    await page.fill("#cr-address", "1 rue de la Paix\n75002 Paris");
    await page.fill("#cr-iban", "FR76 3000 6000 0112 3456 7890 189");

    await page.selectOption("#lt-kind", "formal-notice");
    await page.frameLocator("#letter-frame").locator("article.relance-formal-notice").waitFor();
    const notice = await downloadPdf(page);
    assert.equal(notice.name, "formal-notice-FA-1-2026-05-20.pdf");
    assert.equal(notice.bytes.subarray(0, 5).toString("latin1"), "%PDF-");
    assert.match(notice.text, /Mise en demeure/);
    assert.match(notice.text, /ACME SAS/);
    assert.match(notice.text, /1 200,00 €|1 200,00 €/);
    assert.match(await page.textContent("#letter-status"), /formal-notice-FA-1-2026-05-20\.pdf/);

    // The statement (the décompte) and the court request are letters too.
    await page.selectOption("#lt-kind", "statement");
    await page.frameLocator("#letter-frame").locator("article.relance-statement").waitFor();
    const statement = await downloadPdf(page);
    assert.match(statement.text, /FA-1/);
    // The requête needs the debtor's address (CPC 1407: the parties' addresses).
    await page.selectOption("#lt-kind", "injonction-request");
    await page.waitForSelector("#letter-error:not([hidden])");
    assert.match(await page.textContent("#letter-error"), /adresse|address/i);
    await page.fill("#db-address", "8 avenue de la Gare\n69002 Lyon");
    await page.waitForFunction(() => /Requête en injonction de payer/.test(document.querySelector("#letter-subject").textContent));
    await page.waitForSelector("#letter-error", { state: "hidden" });
    const request = await downloadPdf(page);
    assert.match(request.text, /injonction de payer/i);
    assert.match(request.text, /Bordereau des pièces|bordereau des pièces/);

    // An SMS has no PDF: the button goes away.
    await page.selectOption("#lt-kind", "reminder");
    await page.selectOption("#lt-channel", "sms");
    await page.waitForSelector("#sms-preview:not([hidden])");
    assert.equal(await page.isHidden("#lt-pdf"), true);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});
