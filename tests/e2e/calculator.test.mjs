// The demo page www/ in headless Chromium: fill the calculator, compare every figure shown
// with lateFees() computed in Node on the same input, and check that the page stays clean
// (no console error, no request outside its origin, CSP enforced, wasm served as wasm).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import * as relance from "relance";
import { startServer, launchBrowser, closeBrowser, screenshotDir } from "./harness.mjs";
import { loadPage as load, fill, readResult, compareWithNode, assertClean, fromEnglish, MONEY_EN, CSP } from "./helpers.mjs";

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

const loadPage = (origin, options) => load(browser, origin, options);

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
    assert.equal(csp, CSP);
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

test("calculator: results update as the user types, without pressing Calculer", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage(server.origin);
  try {
    const input = { regime: "fr-b2b", amount: "5000", dueDate: "2026-01-31", asOf: "2026-06-30" };
    await fill(page, input, { submit: false });
    compareWithNode(await readResult(page), lateFees(structuredClone(input)));
    // Typing a payment recomputes too.
    await page.click("#add-payment");
    await page.fill("#payment-1-date", "2026-03-15");
    await page.fill("#payment-1-amount", "1000");
    const withPayment = { ...input, payments: [{ date: "2026-03-15", amount: "1000" }] };
    const expected = lateFees(structuredClone(withPayment));
    await page.waitForFunction(
      (n) => document.querySelectorAll("#allocations tbody tr").length === n,
      expected.allocations.length,
    );
    compareWithNode(await readResult(page), expected);
    // An incomplete form while typing shows no error; the aria-live region announces the total.
    assert.equal(await page.getAttribute("#calc-announce", "aria-live"), "polite");
    assert.match(await page.textContent("#calc-announce"), /Total dû/);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("calculator: switching regimes recomputes and shows the fields that apply", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage(server.origin);
  try {
    const base = { amount: "2500", dueDate: "2025-06-30", asOf: "2026-11-22" };
    await fill(page, { regime: "fr-b2b", ...base });
    compareWithNode(await readResult(page), lateFees({ regime: "fr-b2b", ...base }));
    for (const regime of ["fr-public", "fr-b2c", "fr-b2b"]) {
      await page.selectOption("#regime", regime);
      const expected = lateFees({ regime, ...base, ...(regime === "fr-b2c" ? { creditor: "professional" } : {}) });
      await page.waitForFunction((rule) => document.querySelector("#rule").textContent === rule, expected.rule);
      compareWithNode(await readResult(page), expected);
      assert.equal(await page.isVisible("#contract-rate"), regime === "fr-b2b");
      assert.equal(await page.isVisible("#notice-date"), regime === "fr-b2c");
    }
    // fr-b2c with a notice date: interest from the day after the notice.
    await page.selectOption("#regime", "fr-b2c");
    await page.fill("#notice-date", "2025-09-15");
    const b2c = lateFees({ regime: "fr-b2c", ...base, creditor: "professional", noticeDate: "2025-09-15" });
    await page.waitForFunction((d) => document.querySelector('[data-out="days"]').textContent === String(d), b2c.days);
    compareWithNode(await readResult(page), b2c);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("calculator: the share link reproduces the computation in a fresh page", { timeout: 60_000 }, async () => {
  const input = {
    regime: "fr-b2b",
    amount: "12345.67",
    dueDate: "2025-11-15",
    asOf: "2026-11-22",
    contractRate: "15.5",
    payments: [
      { date: "2026-03-01", amount: "500" },
      { date: "2026-06-15", amount: "1000.50" },
    ],
  };
  const expected = lateFees(structuredClone(input));
  let url;
  {
    const { context, page } = await loadPage(server.origin);
    try {
      await fill(page, input, { extra: { debtor: "Dupont & Fils", number: "FA-77" } });
      compareWithNode(await readResult(page), expected);
      url = page.url();
    } finally {
      await context.close();
    }
  }
  assert.match(url, /\?/, "the state is in the URL");
  const query = url.slice(url.indexOf("?"));
  const { context, page, problems } = await loadPage(server.origin, { query });
  try {
    compareWithNode(await readResult(page), expected);
    assert.equal(await page.inputValue("#contract-rate"), "15,5");
    assert.equal(await page.inputValue("#debtor-name"), "Dupont & Fils");
    assert.equal(await page.inputValue("#payment-2-amount"), "1000,50");
    assert.match(await page.textContent("#result-invoice"), /Dupont & Fils — Facture n° FA-77/);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("calculator: English switch translates the interface and formats amounts and dates in en-GB", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage(server.origin);
  try {
    const input = { regime: "fr-b2b", amount: "12345.67", dueDate: "2025-11-15", asOf: "2026-11-22" };
    await fill(page, input);
    await page.click("#lang-switch");
    await page.waitForSelector("html[lang=en]");
    assert.equal(await page.textContent('label[for="amount"]'), "Amount still due, tax included (€)");
    assert.equal(await page.textContent("#tab-planner"), "Reminders");
    assert.equal(await page.textContent("#lang-switch"), "Français");
    const english = lateFees({ ...input, lang: "en" });
    // The switch recomputes in the new language; wait for relance's own text to follow.
    await page.waitForFunction((rule) => document.querySelector("#rule").textContent === rule, english.rule);
    compareWithNode(await readResult(page), english, { parse: fromEnglish, money: MONEY_EN });
    assert.match(await page.textContent("#rates-known"), /known through 30\/06\/2026/);
    // Every visible label is English now: no French-only words left in the labels.
    const labels = await page.$$eval("label", (ls) => ls.filter((l) => l.offsetParent).map((l) => l.textContent));
    for (const l of labels) assert.doesNotMatch(l, /Montant|Date du|facultatif|Débiteur/, l);
    // The language is part of the link.
    assert.match(page.url(), /lang=en/);
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await page.waitForFunction((rule) => document.querySelector("#rule").textContent === rule, english.rule);
    compareWithNode(await readResult(page), english, { parse: fromEnglish, money: MONEY_EN });
    // And back to French.
    await page.click("#lang-switch");
    await page.waitForSelector("html[lang=fr]");
    assert.equal(await page.textContent("#tab-planner"), "Relances");
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});

test("calculator: the statement downloads as CSV and copies as text", { timeout: 60_000 }, async () => {
  const { context, page, problems } = await loadPage(server.origin);
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    const input = { regime: "fr-b2b", amount: "10000", dueDate: "2023-03-10", asOf: "2024-02-15", payments: [{ date: "2023-09-01", amount: "2000" }] };
    const r = lateFees(structuredClone(input));
    await fill(page, input);
    await readResult(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
    assert.equal(download.suggestedFilename(), "decompte-penalites.csv");
    const csv = (await import("node:fs")).readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "");
    const lines = csv.trim().split("\r\n");
    assert.equal(lines[0], "du;au;jours;principal;taux annuel %;intérêts");
    r.periods.forEach((p, i) => assert.equal(lines[i + 1], [p.from, p.to, p.days, p.principal, p.ratePercent, p.interest].map((v) => String(v).replace(".", ",")).join(";")));
    assert.ok(lines.includes(`totalDue;${r.totalDue.replace(".", ",")}`));
    await page.click("#copy-statement");
    await page.waitForFunction(() => document.querySelector("#calc-action-status").textContent !== "");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /Décompte des pénalités de retard/);
    assert.ok(copied.includes("9\u202f223,12\u00a0€"), copied);
    assertClean(problems, server.origin);
  } finally {
    await context.close();
  }
});
