// Helpers shared by the browser tests: load the page, fill the calculator the way a person
// types, read what it shows, and check the page stayed clean.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { openPage } from "./harness.mjs";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; frame-src 'self'";
export const XSS = "<img src=x onerror=alert(1)>";

/** French display text back to relance's string form: "1 234,56 €" → "1234.56". */
export function fromFrench(text) {
  const t = text.trim();
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  if (date) return `${date[3]}-${date[2]}-${date[1]}`;
  return t.replace(/[\s\u00a0\u202f€%]/g, "").replace(",", ".").replace("−", "-");
}
/** British display text back: "€1,234.56" → "1234.56", "01/03/2026" → "2026-03-01". */
export function fromEnglish(text) {
  const t = text.trim();
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  if (date) return `${date[3]}-${date[2]}-${date[1]}`;
  return t.replace(/[\s€%,]/g, "");
}

export const MONEY_FR = /^−?\d{1,3}(\u202f\d{3})*,\d{2}\u00a0€$/;
export const MONEY_EN = /^-?€\d{1,3}(,\d{3})*\.\d{2}$/;
export const PERCENT_FR = /^\d+(,\d+)?\u00a0%$/;

/** Opens the page (optionally with a query string) and waits until the wasm is ready. */
export async function loadPage(browser, origin, { query = "", viewport } = {}) {
  const opened = await openPage(browser, origin);
  if (viewport) await opened.page.setViewportSize(viewport);
  opened.dialogs = [];
  opened.page.on("dialog", (d) => {
    opened.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await opened.page.goto(query ? `${origin}/www/${query}` : `${origin}/`); // / redirects to /www/
  assert.equal(new URL(opened.page.url()).pathname, "/www/");
  await opened.page.waitForSelector("html[data-ready=true]");
  return opened;
}

/** Fills the form from a lateFees input (amounts typed the French way) and submits it. */
export async function fill(page, input, { submit = true, extra = {} } = {}) {
  const french = (s) => String(s).replace(".", ",");
  await page.selectOption("#regime", input.regime);
  if (extra.debtor !== undefined) await page.fill("#debtor-name", extra.debtor);
  if (extra.number !== undefined) await page.fill("#invoice-number", extra.number);
  if (extra.issueDate !== undefined) await page.fill("#issue-date", extra.issueDate);
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
  if (submit) await page.click("#compute");
}

/** Reads every figure the result section shows. */
export async function readResult(page) {
  await page.waitForSelector("#result:not([hidden])");
  return page.evaluate(() => {
    const text = (el) => el.textContent;
    const out = {};
    for (const el of document.querySelectorAll("#result [data-out]")) out[el.dataset.out] = text(el);
    out.periods = [...document.querySelectorAll("#periods tbody tr")].map((tr) => [...tr.cells].map(text));
    out.allocations = [...document.querySelectorAll("#allocations tbody tr")].map((tr) => [...tr.cells].map(text));
    out.ratesUsed = [...document.querySelectorAll("#rates-used tbody tr")].map((tr) => [...tr.cells].map(text));
    out.warnings = [...document.querySelectorAll("#warnings > li")].map((li) => ({
      code: li.dataset.code,
      plain: text(li.querySelector(".plain")),
      detail: li.querySelector(".detail") ? text(li.querySelector(".detail")) : null,
    }));
    out.rule = text(document.querySelector("#rule"));
    out.errorShown = !document.querySelector("#form-error").hidden;
    return out;
  });
}

/** Asserts every figure shown equals relance's result `r` (read back with `parse`). */
export function compareWithNode(shown, r, { parse = fromFrench, money = MONEY_FR } = {}) {
  assert.equal(shown.errorShown, false, "an error is shown");
  assert.equal(shown.rule, r.rule);
  assert.equal(shown.days, String(r.days));
  assert.equal(shown.interestFrom === "—" ? undefined : parse(shown.interestFrom), r.interestFrom);
  for (const key of ["interest", "interestPaid", "interestOutstanding", "principalOutstanding", "compensation", "totalDue"]) {
    assert.match(shown[key], money, `${key} is not in the expected money format: ${JSON.stringify(shown[key])}`);
    assert.equal(parse(shown[key]), r[key], key);
  }
  const rows = r.periods.length ? shown.periods : [];
  assert.equal(rows.length, r.periods.length, "number of periods");
  rows.forEach((cells, i) => {
    const p = r.periods[i];
    assert.deepEqual(cells.map(parse), [p.from, p.to, String(p.days), p.principal, p.ratePercent, p.interest], `period ${i}`);
    assert.match(cells[3], money);
    assert.match(cells[5], money);
  });
  assert.equal(shown.allocations.length, r.allocations.length, "number of allocations");
  shown.allocations.forEach((cells, i) => {
    const a = r.allocations[i];
    assert.deepEqual(cells.map(parse), [a.date, a.amount, a.toInterest, a.toPrincipal, a.unallocated], `allocation ${i}`);
  });
  assert.equal(shown.ratesUsed.length, r.ratesUsed.length, "number of rates used");
  shown.ratesUsed.forEach((cells, i) => {
    const u = r.ratesUsed[i];
    assert.deepEqual(cells.slice(0, 3).map(parse), [u.from, u.to, u.ratePercent], `rate used ${i}`);
    assert.ok(cells[3].startsWith(u.basis), `basis of rate ${i}: ${cells[3]}`);
  });
  // Every warning is shown, in plain language, with relance's own message as the detail.
  assert.deepEqual(
    shown.warnings.map((w) => w.code),
    r.warnings.map((w) => w.code),
  );
  shown.warnings.forEach((w, i) => {
    assert.ok(w.plain.length > 20, `plain text of ${w.code}`);
    assert.equal(w.detail, ` (${r.warnings[i].message})`, `detail of ${w.code}`);
  });
  assert.equal(parse(shown.knownThrough), r.rateTables.knownThrough);
}

export function assertClean(problems, origin, { wasm = true } = {}) {
  assert.deepEqual(problems.console, [], "console errors or warnings");
  assert.deepEqual(problems.pageErrors, [], "uncaught page errors");
  // blob: URLs are the page's own downloads (made in memory), not network requests.
  assert.deepEqual(problems.outside.filter((u) => !u.startsWith(`blob:${origin}/`)), [], `requests outside ${origin}`);
  assert.deepEqual(problems.failed.filter((f) => !f.startsWith(`blob:${origin}/`)), [], "failed requests");
  for (const [path, { status }] of problems.responses) assert.ok(status < 400, `${path} answered ${status}`);
  if (wasm) {
    const w = problems.responses.get("/pkg/relance_bg.wasm");
    assert.ok(w, "the wasm was not fetched");
    assert.equal(w.type, "application/wasm");
  }
}

const require = createRequire(import.meta.url);
let axeSource;
/** Runs axe-core in the page; returns the serious and critical violations. */
export async function axeViolations(page, context = "body") {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  // Evaluated through the driver (not a <script> element), so the page's CSP does not apply.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (ctx) => {
    const r = await globalThis.axe.run(ctx, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  }, context);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
