// The demo page www/ in headless Chromium: fill the calculator, compare every figure shown
// with lateFees() computed in Node on the same input, and check that the page stays clean
// (no console error, no request outside its origin, CSP enforced, wasm served as wasm).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import * as relance from "relance";
import { startServer, launchBrowser, closeBrowser, openPage, screenshotDir } from "./harness.mjs";

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

function lateFees(input) {
  assert.equal(typeof relance.lateFees, "function", "the relance package does not export lateFees");
  return relance.lateFees(input);
}

/** French display text back to relance's string form: "1 234,56 €" → "1234.56". */
function fromFrench(text) {
  const t = text.trim();
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  if (date) return `${date[3]}-${date[2]}-${date[1]}`;
  return t.replace(/[\s\u00a0\u202f€%]/g, "").replace(",", ".").replace("−", "-");
}

const MONEY_FR = /^−?\d{1,3}(\u202f\d{3})*,\d{2}\u00a0€$/;
const PERCENT_FR = /^\d+(,\d+)?\u00a0%$/;

async function loadPage(origin) {
  const opened = await openPage(browser, origin);
  await opened.page.goto(`${origin}/`); // redirects to /www/
  assert.equal(new URL(opened.page.url()).pathname, "/www/");
  await opened.page.waitForSelector("html[data-ready=true]");
  return opened;
}

/** Fills the form from a lateFees input (amounts typed the French way) and submits it. */
async function fill(page, input) {
  const french = (s) => String(s).replace(".", ",");
  await page.selectOption("#regime", input.regime);
  await page.fill("#amount", french(input.amount));
  await page.fill("#due-date", input.dueDate);
  await page.fill("#as-of", input.asOf);
  if (input.contractRate !== undefined) await page.fill("#contract-rate", french(input.contractRate));
  if (input.creditor) await page.selectOption("#creditor", input.creditor);
  if (input.noticeDate) await page.fill("#notice-date", input.noticeDate);
  for (const [i, p] of (input.payments ?? []).entries()) {
    await page.click("#add-payment");
    await page.fill(`#payment-${i + 1}-date`, p.date);
    await page.fill(`#payment-${i + 1}-amount`, french(p.amount));
  }
  await page.click("#compute");
}

/** Reads every figure the result section shows. */
async function readResult(page) {
  await page.waitForSelector("#result:not([hidden])");
  return page.evaluate(() => {
    const text = (el) => el.textContent;
    const out = {};
    for (const el of document.querySelectorAll("#result [data-out]")) out[el.dataset.out] = text(el);
    out.periods = [...document.querySelectorAll("#periods tbody tr")].map((tr) => [...tr.cells].map(text));
    out.allocations = [...document.querySelectorAll("#allocations tbody tr")].map((tr) => [...tr.cells].map(text));
    out.warnings = [...document.querySelectorAll("#warnings li")].map((li) => ({ code: li.dataset.code, message: text(li) }));
    out.rule = text(document.querySelector("#rule"));
    out.errorShown = !document.querySelector("#form-error").hidden;
    return out;
  });
}

function compareWithNode(shown, r) {
  assert.equal(shown.errorShown, false, "an error is shown");
  assert.equal(shown.rule, r.rule);
  assert.equal(shown.days, String(r.days));
  assert.equal(shown.interestFrom === "—" ? undefined : fromFrench(shown.interestFrom), r.interestFrom);
  for (const key of ["interest", "interestPaid", "interestOutstanding", "principalOutstanding", "compensation", "totalDue"]) {
    assert.match(shown[key], MONEY_FR, `${key} is not in French money format: ${JSON.stringify(shown[key])}`);
    assert.equal(fromFrench(shown[key]), r[key], key);
  }
  const rows = r.periods.length ? shown.periods : [];
  assert.equal(rows.length, r.periods.length, "number of periods");
  rows.forEach((cells, i) => {
    const p = r.periods[i];
    assert.deepEqual(cells.map(fromFrench), [p.from, p.to, String(p.days), p.principal, p.ratePercent, p.interest], `period ${i}`);
    assert.match(cells[3], MONEY_FR);
    assert.match(cells[4], PERCENT_FR);
    assert.match(cells[5], MONEY_FR);
  });
  assert.equal(shown.allocations.length, r.allocations.length, "number of allocations");
  shown.allocations.forEach((cells, i) => {
    const a = r.allocations[i];
    assert.deepEqual(cells.map(fromFrench), [a.date, a.amount, a.toInterest, a.toPrincipal, a.unallocated], `allocation ${i}`);
  });
  assert.deepEqual(shown.warnings, r.warnings.map(({ code, message }) => ({ code, message })));
  assert.equal(fromFrench(shown.knownThrough), r.rateTables.knownThrough);
}

function assertClean(problems, origin) {
  assert.deepEqual(problems.console, [], "console errors or warnings");
  assert.deepEqual(problems.pageErrors, [], "uncaught page errors");
  assert.deepEqual(problems.outside, [], `requests outside ${origin}`);
  assert.deepEqual(problems.failed, [], "failed requests");
  for (const [path, { status }] of problems.responses) assert.ok(status < 400, `${path} answered ${status}`);
  const wasm = problems.responses.get("/pkg/relance_bg.wasm");
  assert.ok(wasm, "the wasm was not fetched");
  assert.equal(wasm.type, "application/wasm");
}

const SCENARIOS = [
  {
    name: "b2b-payments",
    input: {
      regime: "fr-b2b",
      amount: "12345.67",
      dueDate: "2025-11-15",
      asOf: "2026-11-22",
      payments: [
        { date: "2026-03-01", amount: "500" },
        { date: "2026-06-15", amount: "1000.50" },
      ],
    },
  },
  {
    name: "b2b-contract-rate",
    input: { regime: "fr-b2b", amount: "980", dueDate: "2026-02-28", asOf: "2026-09-30", contractRate: "15.5" },
  },
  {
    name: "b2c-notice",
    input: {
      regime: "fr-b2c",
      amount: "2500",
      dueDate: "2025-06-30",
      asOf: "2026-11-22",
      creditor: "individual",
      noticeDate: "2025-09-15",
    },
  },
  {
    name: "b2c-no-notice",
    input: { regime: "fr-b2c", amount: "640.20", dueDate: "2026-01-10", asOf: "2026-05-20", creditor: "professional" },
  },
  {
    name: "public",
    input: { regime: "fr-public", amount: "75000", dueDate: "2026-03-31", asOf: "2026-08-15" },
  },
  {
    name: "not-late-yet",
    input: { regime: "fr-b2b", amount: "100", dueDate: "2026-12-31", asOf: "2026-11-22" },
  },
];

for (const { name, input } of SCENARIOS) {
  test(`calculator: ${name} shows exactly what lateFees computes`, { timeout: 60_000 }, async () => {
    const expected = lateFees(structuredClone(input));
    const { context, page, problems } = await loadPage(server.origin);
    try {
      await fill(page, input);
      const shown = await readResult(page);
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
      compareWithNode(shown, expected);
      assertClean(problems, server.origin);
    } finally {
      await context.close();
    }
  });
}

test("calculator: a bad amount is reported on its field, in French, and nothing is computed", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage(server.origin);
  try {
    await fill(page, { regime: "fr-b2b", amount: "12,345", dueDate: "2026-01-31", asOf: "2026-03-31" });
    await page.waitForSelector("#form-error:not([hidden])");
    assert.equal(await page.getAttribute("#amount", "aria-invalid"), "true");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "amount");
    const message = await page.textContent("#form-error");
    assert.match(message, /Montant TTC restant dû \(€\) : montant invalide/);
    assert.match(message, /invalid-amount/);
    assert.equal(await page.isHidden("#result"), true);
    // A bad payment row is pointed at too.
    await page.fill("#amount", "100");
    await page.click("#add-payment");
    await page.click("#add-payment");
    await page.fill("#payment-1-date", "2026-02-10");
    await page.fill("#payment-1-amount", "10");
    await page.fill("#payment-2-date", "2026-02-20");
    await page.fill("#payment-2-amount", "abc");
    await page.click("#compute");
    await page.waitForSelector("#payment-2-amount[aria-invalid=true]");
    assert.match(await page.textContent("#form-error"), /Montant du paiement 2/);
    await page.screenshot({ path: join(screenshotDir, "error.png"), fullPage: true });
    // Fixing it computes and clears the error.
    await page.fill("#payment-2-amount", "20");
    await page.click("#compute");
    const shown = await readResult(page);
    compareWithNode(
      shown,
      lateFees({
        regime: "fr-b2b",
        amount: "100",
        dueDate: "2026-01-31",
        asOf: "2026-03-31",
        payments: [
          { date: "2026-02-10", amount: "10" },
          { date: "2026-02-20", amount: "20" },
        ],
      }),
    );
    assert.equal(await page.getAttribute("#payment-2-amount", "aria-invalid"), null);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("calculator: payment rows add, remove and renumber; regime fields toggle; every control is labelled", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage(server.origin);
  try {
    assert.equal(await page.isVisible("#contract-rate"), true);
    assert.equal(await page.isVisible("#notice-date"), false);
    await page.selectOption("#regime", "fr-b2c");
    assert.equal(await page.isVisible("#contract-rate"), false);
    assert.equal(await page.isVisible("#notice-date"), true);
    for (let i = 0; i < 3; i++) await page.click("#add-payment");
    await page.fill("#payment-3-amount", "30");
    await page.click('button[aria-label="Supprimer le paiement 1"]');
    assert.equal(await page.locator("#payments li").count(), 2);
    assert.equal(await page.inputValue("#payment-2-amount"), "30");
    assert.equal(await page.textContent('label[for="payment-2-amount"]'), "Montant du paiement 2 (€)");
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select")].filter((el) => el.labels.length === 0).map((el) => el.id || el.outerHTML),
    );
    assert.deepEqual(unlabelled, []);
    assert.equal(await page.getAttribute("html", "lang"), "fr");
    const known = await page.textContent("#rates-known");
    const info = relance.rates();
    assert.ok(known.includes(info.knownThrough.split("-").reverse().join("/")), known);
    assert.equal(await page.textContent("#version"), relance.version());
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("the CSP meta tag is enforced (inline script and style refused) while the wasm runs", { timeout: 60_000 }, async () => {
  const { context, page } = await loadPage(server.origin);
  try {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.equal(csp, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    // Code injected the way an XSS would be: an inline script and a style attribute. The
    // page's CSP must refuse both (and say so through securitypolicyviolation events).
    const probe = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true;";
      document.head.append(script);
      const div = document.createElement("div");
      div.setAttribute("style", "color: rgb(255, 0, 0)");
      document.body.append(div);
      await new Promise((r) => setTimeout(r, 100));
      const color = getComputedStyle(div).color;
      div.remove();
      script.remove();
      return { inlineRan: globalThis.__inlineRan === true, color, violations };
    });
    assert.equal(probe.inlineRan, false, "an injected inline script ran: the CSP is not applied");
    assert.notEqual(probe.color, "rgb(255, 0, 0)", "an injected style attribute applied");
    assert.ok(probe.violations.some((v) => v.startsWith("script-src")), `violations: ${probe.violations}`);
    // And the wasm computed under that policy.
    await fill(page, { regime: "fr-b2b", amount: "100", dueDate: "2026-01-31", asOf: "2026-03-31" });
    await readResult(page);
    const inline = await page.evaluate(() => document.querySelectorAll("script:not([src]), [style]").length);
    assert.equal(inline, 0, "no inline script or style attribute");
  } finally {
    await context.close();
  }
});

test("the server redirects / to /www/, serves wasm as application/wasm and nothing outside www/ and pkg/", async () => {
  const root = await fetch(`${server.origin}/`, { redirect: "manual" });
  assert.equal(root.status, 302);
  assert.equal(root.headers.get("location"), "/www/");
  const wasm = await fetch(`${server.origin}/pkg/relance_bg.wasm`);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  await wasm.arrayBuffer();
  for (const path of ["/Cargo.toml", "/src/lib.rs", "/www/../Cargo.toml", "/www/%2e%2e/Cargo.toml", "/tests/package.json"]) {
    const r = await fetch(`${server.origin}${path}`);
    await r.arrayBuffer();
    assert.equal(r.status, 404, path);
  }
});
