// No English on a French page (and no French on an English one), issue 11: every panel's
// visible text (and the aria-label, title and placeholder a screen reader or a user meets) is
// scanned for words that cannot appear in correct text of the other language, after each
// scenario that makes the page or relance speak: a rate not yet published, consumer interest
// before a mise en demeure, a mise en demeure sent inside the last reminder's deadline and a
// claim near prescription, a ladder that breaks the law, a bad CSV, a refused history file,
// a bad amount. Text is split in two: the page's own (i18n.js, index.html), which must pass
// now, and relance's messages (marked data-from="relance": warnings' details, timeline
// reasons, rule and basis texts, error messages), which pass once the library takes `lang`.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, closeBrowser, screenshotDir } from "./harness.mjs";
import { loadPage as load, fill, readResult } from "./helpers.mjs";

// Set to true when relance returns its messages in the `lang` asked (and www/lib.js LANG_AWARE
// lists every function): the library half of the scan then fails the run instead of being a
// todo. Until then it runs, and lists what it caught.
const LIBRARY_SPEAKS_LANG = true;

// Words that cannot appear in correct French text (matched as whole words, any case)…
const ENGLISH = ["the", "is", "not", "with", "and", "of", "to", "from", "for", "has been", "should", "must", "invoice", "invoices", "due date", "payment", "payments", "warning", "reminder", "amount", "interest", "days", "rate", "claim", "debtor", "creditor", "late", "before", "after", "until", "already", "only"];
// …and in correct English text. Not "de", "en" or "demeure": English keeps French legal terms
// ("mise en demeure", "commissaire de justice", "injonction de payer").
// Not "relance" either: it is the product's name.
const FRENCH = ["le", "la", "les", "des", "du", "est", "sont", "pour", "avec", "une", "aux", "dans", "facture", "factures", "échéance", "paiement", "paiements", "montant", "débiteur", "créancier", "jours", "pas", "votre", "nous", "intérêts", "taux", "relances"];

let server;
let browser;
const tmp = mkdtempSync(join(tmpdir(), "relance-lang-"));
const FRENCH_CSV = fileURLToPath(new URL("data/export-comptable-fr.csv", import.meta.url));
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await closeBrowser(browser);
  await server?.close();
});

/**
 * Runs in the page: the texts a person meets on the open panel (and the header, tabs, footer),
 * split into the page's own and relance's. Skips what is not rendered, <code> (codes, column
 * names, JSON paths: language-neutral), form values typed by the user, and elements that say
 * they are in another language (lang="en" on the language switch, a letter's own language).
 */
function collectTexts() {
  const pageLang = document.documentElement.lang;
  const own = [];
  const library = [];
  const skip = (el) => el.closest("code, script, style, textarea, #print-letter") || (el.closest("[lang]") && el.closest("[lang]").lang !== pageLang);
  const roots = [document.querySelector("header.site"), document.querySelector("nav.tabs"), document.querySelector("main section.panel:not([hidden])"), document.querySelector("footer.site")];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent.replace(/\s+/g, " ").trim();
      if (!text || skip(el)) continue;
      const inSelect = el.closest("select");
      if (inSelect ? !inSelect.checkVisibility() : !el.checkVisibility()) continue;
      (el.closest('[data-from="relance"]') ? library : own).push(text);
    }
    for (const el of root.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (skip(el) || !el.checkVisibility()) continue;
      for (const a of ["aria-label", "title", "placeholder"]) if (el.getAttribute(a)) own.push(`[${a}] ${el.getAttribute(a)}`);
    }
  }
  return { own, library };
}

/**
 * The texts holding one of `words`. On an English page, French quoted between “ ” is an
 * example of the letter's own wording (“Paris, le …”, “Monsieur le Maire”), so it is left out;
 * identifiers between backticks are left out in both languages.
 */
function offenders(texts, words, lang) {
  const found = [];
  for (const original of texts) {
    // Field names, step ids and codes quoted between backticks (`creditor.iban`, `reminder`)
    // are identifiers, the same in both languages.
    const code = original.replace(/`[^`]*`/g, "`…`");
    const text = lang === "en" ? code.replace(/“[^”]*”/g, "“…”") : code;
    for (const w of words) {
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${w}($|[^\\p{L}\\p{N}])`, "iu").test(text)) {
        found.push({ word: w, text: original });
        break;
      }
    }
  }
  return found;
}

/** Scans every panel of the page as it is now; the findings go into `into`, by scenario. */
async function scanAllPanels(page, scenario, words, into) {
  for (const tab of ["calc", "planner", "letters", "portfolio"]) {
    await page.click(`#tab-${tab}`);
    await page.waitForSelector(`#panel-${tab}:not([hidden])`);
    await page.waitForSelector("html[data-panel-ready=true]");
    await page.waitForTimeout(250); // the panels redraw 50-150 ms after a change
    await page.waitForSelector("html[data-panel-ready=true]");
    const { own, library } = await page.evaluate(collectTexts);
    const lang = words === FRENCH ? "en" : "fr";
    for (const o of offenders(own, words, lang)) into.own.push({ scenario, panel: tab, ...o });
    for (const o of offenders(library, words, lang)) into.library.push({ scenario, panel: tab, ...o });
    into.scanned += own.length + library.length;
  }
}

async function openTab(page, name) {
  await page.click(`#tab-${name}`);
  await page.waitForSelector(`#panel-${name}:not([hidden])`);
  await page.waitForSelector("html[data-panel-ready=true]");
}

/** Every scenario, in one page, in language `lang`; returns what the scans found. */
async function runScenarios(lang) {
  const words = lang === "fr" ? ENGLISH : FRENCH;
  const found = { own: [], library: [], scanned: 0 };
  const { context, page, problems } = await load(browser, server.origin, { query: lang === "en" ? "?lang=en" : "" });
  try {
    // 1. A B2B invoice with payments computed beyond the published rates (rate-assumed), the
    //    planner, a letter with an IBAN missing (payment-details-missing), the sample portfolio.
    await fill(page, { regime: "fr-b2b", amount: "12345.67", dueDate: "2025-11-15", asOf: "2026-11-22", payments: [{ date: "2026-03-01", amount: "500" }] }, { extra: { debtor: "Dupont SARL", number: "FA-118" } });
    await readResult(page);
    await openTab(page, "letters");
    await page.fill("#cr-name", "ACME SAS");
    await page.fill("#cr-address", "1 rue de la Paix\n75002 Paris");
    await page.frameLocator("#letter-frame").locator("article.relance-letter").waitFor();
    await openTab(page, "portfolio");
    await page.fill("#pf-asof", "2026-11-22");
    await page.click("#pf-sample");
    await page.waitForSelector("#pf-result:not([hidden])");
    await scanAllPanels(page, "rate not yet published, sample portfolio", words, found);

    // 2. A consumer: no interest before the mise en demeure (formal-notice-required), then a
    //    notice dated before the due date (notice-before-due-date), a claim near prescription.
    await openTab(page, "calc");
    await fill(page, { regime: "fr-b2c", amount: "640.20", dueDate: "2024-12-20", asOf: "2026-11-22" });
    await readResult(page);
    await scanAllPanels(page, "consumer without notice, prescription approaching", words, found);
    await openTab(page, "calc");
    await page.fill("#notice-date", "2024-12-01");
    await page.click("#compute");
    await readResult(page);
    await scanAllPanels(page, "notice before the due date", words, found);

    // 3. A mise en demeure sent inside the final notice's deadline, in the planner's history
    //    (history-step-before-deadline) and in a letter (step-before-previous-deadline).
    await openTab(page, "calc");
    await fill(page, { regime: "fr-b2b", amount: "1200", dueDate: "2026-03-16", asOf: "2026-04-12" });
    await readResult(page);
    await openTab(page, "planner");
    for (const step of ["reminder", "phone-call", "second-reminder", "final-notice"]) {
      await page.waitForSelector(`[data-step="${step}"] button`);
      await page.click(`[data-step="${step}"] button`);
      await page.waitForSelector(`[data-step="${step}"][data-state="done"]`);
    }
    await page.goto(page.url().replace("asof=2026-04-12", "asof=2026-04-14"));
    await page.waitForSelector("html[data-ready=true]");
    await openTab(page, "planner");
    await page.waitForSelector('[data-step="formal-notice"] button');
    await page.click('[data-step="formal-notice"] button');
    await page.waitForSelector('[data-step="formal-notice"][data-state="done"]');
    await openTab(page, "letters");
    await page.selectOption("#lt-kind", "formal-notice");
    await page.fill("#cr-name", "ACME SAS");
    await page.fill("#cr-address", "1 rue de la Paix\n75002 Paris");
    await page.frameLocator("#letter-frame").locator("article.relance-letter").waitFor();
    await scanAllPanels(page, "late mise en demeure", words, found);

    // 4. A ladder that breaks the law and good practice: a 5-day mise en demeure by email,
    //    steps too close, then relance refusing steps out of order; a consumer charged 40 €.
    await openTab(page, "planner");
    await page.click("#ladder-details summary");
    await page.fill('#ladder tr[data-step="formal-notice"] [data-field="deadlineDays"]', "5");
    await page.uncheck('#ladder tr[data-step="formal-notice"] [data-channel="registered-letter"]');
    await page.fill('#ladder tr[data-step="phone-call"] [data-field="offsetDays"]', "2");
    await page.waitForSelector('#ladder-warnings li[data-code="steps-closer-than-gap"]');
    await scanAllPanels(page, "ladder breaking the law", words, found);
    await openTab(page, "planner");
    await page.fill('#ladder tr[data-step="phone-call"] [data-field="offsetDays"]', "40");
    await page.waitForSelector("#planner-error:not([hidden])");
    await scanAllPanels(page, "ladder refused by relance", words, found);
    await openTab(page, "planner");
    await page.click("#ladder-reset");
    await openTab(page, "calc");
    await page.selectOption("#regime", "fr-b2c");
    await openTab(page, "planner");
    await page.check('#ladder tr[data-step="second-reminder"] [data-field="statesIndemnity"]');
    await page.waitForSelector('#ladder-warnings li[data-code="consumer-fees"]');
    await scanAllPanels(page, "consumer charged fees", words, found);

    // 5. A bad CSV (bad rows; then one without the required columns) and a bad history file.
    await openTab(page, "portfolio");
    await page.setInputFiles("#pf-file", FRENCH_CSV);
    await page.waitForSelector("#pf-errors li");
    await scanAllPanels(page, "bad CSV rows", words, found);
    await openTab(page, "portfolio");
    await page.fill("#pf-csv", "facture;client\nF1;Dupont\n");
    await page.click("#pf-run");
    await page.waitForSelector("#pf-result", { state: "hidden" });
    await page.waitForSelector("#pf-errors li");
    await scanAllPanels(page, "CSV without its columns", words, found);
    await openTab(page, "planner");
    const badFile = join(tmp, `bad-${lang}.json`);
    writeFileSync(badFile, JSON.stringify({ format: "relance-demo/history", version: 1, regime: "fr-b2b", invoices: [{ dueDate: "2026-02-30", amount: "10" }] }));
    await page.setInputFiles("#history-import", badFile);
    await page.waitForSelector('#history-status[data-state="error"]');
    await scanAllPanels(page, "history file refused", words, found);

    // 6. A bad amount in the calculator (its error message).
    await openTab(page, "calc");
    await page.fill("#amount", "12,345");
    await page.click("#compute");
    await page.waitForSelector("#form-error:not([hidden])");
    await scanAllPanels(page, "bad amount", words, found);
    await page.screenshot({ path: join(screenshotDir, `language-${lang}.png`), fullPage: true });
    found.pageErrors = problems.pageErrors;
  } finally {
    await context.close();
  }
  return found;
}

/** One finding per text, with the first scenario that showed it. */
function unique(list) {
  const seen = new Map();
  for (const o of list) if (!seen.has(o.text)) seen.set(o.text, o);
  return [...seen.values()];
}
const report = (list) => unique(list).map((o) => `  [${o.scenario} / ${o.panel}] "${o.word}" in: ${o.text}`).join("\n");

for (const lang of ["fr", "en"]) {
  const name = lang === "fr" ? "French page" : "English page";
  const other = lang === "fr" ? "English" : "French";
  describe(`${name}: no ${other} words on any panel, after every scenario`, () => {
    let found;
    before(async () => {
      found = await runScenarios(lang);
      mkdirSync(screenshotDir, { recursive: true });
      writeFileSync(join(screenshotDir, `language-scan-${lang}.json`), JSON.stringify({ own: unique(found.own), library: unique(found.library) }, null, 2));
    }, { timeout: 240_000 });

    test(`the page's own text (${lang})`, () => {
      assert.deepEqual(found.pageErrors, [], "a scenario raised an error in the page");
      assert.ok(found.scanned > 200, `only ${found.scanned} texts scanned`);
      assert.deepEqual(unique(found.own).map((o) => o.text), [], `${other} in the page's own text:\n${report(found.own)}`);
    });

    test(`relance's messages shown on the page (${lang})`, { todo: LIBRARY_SPEAKS_LANG ? false : "until relance returns its messages in the lang asked (issue 11)" }, (t) => {
      for (const o of unique(found.library)) t.diagnostic(`[${o.scenario} / ${o.panel}] "${o.word}": ${o.text}`);
      assert.deepEqual(unique(found.library).map((o) => o.text), [], `${other} in relance's messages:\n${report(found.library)}`);
    });
  });
}
