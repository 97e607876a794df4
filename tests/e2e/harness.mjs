// Browser-test harness: the repo's static server on a random free port, and Debian's
// chromium driven by playwright-core. Everything is bounded in time and always closed.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const repoRoot = new URL("../../", import.meta.url);
export const screenshotDir = fileURLToPath(new URL("tests/e2e/screenshots/", repoRoot));
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** Rejects after `ms` with a message, unless `promise` settles first. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Starts pkg-scripts/serve.mjs (the server pkg-scripts/serve uses) on a free port; no rebuild. */
export async function startServer() {
  const child = spawn(process.execPath, [fileURLToPath(new URL("pkg-scripts/serve.mjs", repoRoot)), "--port", "0", "--exit-on-stdin-close"], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const origin = await withTimeout(
    new Promise((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) resolve(`http://127.0.0.1:${m[1]}`);
      });
      child.on("exit", (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
      child.on("error", reject);
    }),
    10_000,
    "starting the server",
  );
  return {
    origin,
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await withTimeout(exited, 5_000, "stopping the server").catch(() => child.kill("SIGKILL"));
    },
  };
}

export async function launchBrowser() {
  mkdirSync(screenshotDir, { recursive: true });
  return withTimeout(
    chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 }),
    40_000,
    "launching chromium",
  );
}

export async function closeBrowser(browser) {
  if (!browser) return;
  await withTimeout(browser.close(), 10_000, "closing chromium").catch(() => {
    browser.process?.()?.kill("SIGKILL");
  });
}

/**
 * A new page that records console errors and warnings, page errors, failed requests and
 * every request that leaves the origin.
 */
export async function openPage(browser, origin) {
  const context = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris", viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = { console: [], pageErrors: [], outside: [], failed: [], responses: new Map() };
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.pageErrors.push(String(e)));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin + "/")) problems.outside.push(url);
  });
  page.on("requestfailed", (r) => problems.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => problems.responses.set(new URL(r.url()).pathname, { status: r.status(), type: r.headers()["content-type"] }));
  return { context, page, problems };
}
