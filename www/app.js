// relance demo page: the entry point. No framework, no bundler: ES modules served as they are.
// Where things are:
//   lib.js              every call into relance (and the page's language added as `lang`)
//   panels/calculator.js   the calculator and the debtor's other invoices
//   panels/statement.js    the calculator's décompte as text and CSV
//   panels/einvoice.js     Factur-X / CII / UBL files read in the browser
//   panels/planner.js      the reminder plan, its history and events
//   panels/ladder.js       the editable escalation ladder (dunningPolicy)
//   panels/letters.js      the letters, previewed, downloaded, printed
//   panels/portfolio.js    the CSV portfolio and its aged balance
//   state.js, case.js      what the page knows beyond its fields; the case as one object
//   url.js, history-file.js   the case in the address bar; as a JSON file
//   csv.js, format.js, dom.js, lang.js, i18n.js, warnings.js, tabs.js   shared helpers
// Every text from the user or from a result is inserted with textContent, never as HTML; the
// only HTML is relance's escaped letter, shown in a sandboxed iframe (srcdoc, scripts blocked).
import { $, $$, download } from "./dom.js";
import { t, getLang, setLang, applyStaticLang } from "./lang.js";
import { formatDate, todayIso } from "./format.js";
import { start, rates, version } from "./lib.js";
import { state, hooks } from "./state.js";
import { writeUrl, readUrl } from "./url.js";
import { caseObject, loadCase } from "./case.js";
import { setupHistoryFile } from "./history-file.js";
import { setupTabs, selectTab, refreshActivePanel } from "./tabs.js";
import { setupCalculator, compute, showRegimeFields, renumberPayments, renderOthers } from "./panels/calculator.js";
import { statementText, statementCsv, statementFileName } from "./panels/statement.js";
import { setupEinvoiceDrop } from "./panels/einvoice.js";
import { setupPlanner } from "./panels/planner.js";
import { setupLadder } from "./panels/ladder.js";
import { setupLetters, restoreCreditor, copyText } from "./panels/letters.js";
import { setupPortfolio, relanguagePortfolio } from "./panels/portfolio.js";

hooks.writeUrl = writeUrl;
hooks.refresh = refreshActivePanel;
hooks.loadCase = loadCase;
hooks.caseObject = caseObject;

let ratesInfo = null;

function rerenderAll() {
  applyStaticLang();
  // relance writes its texts (rule, bases, warnings, errors) in the language of the call:
  // compute again rather than redraw.
  renumberPayments();
  renderOthers();
  compute(false);
  relanguagePortfolio();
  if (ratesInfo) $("#rates-known").textContent = t("ratesKnown", { x: formatDate(ratesInfo.knownThrough) });
  writeUrl();
  refreshActivePanel();
}

async function main() {
  applyStaticLang();
  const status = $("#rates-known");
  status.textContent = t("loading");
  try {
    await start();
  } catch (error) {
    status.textContent = t("loadFailed", { x: error?.message ?? error });
    status.classList.add("error");
    $("#compute").disabled = true;
    return;
  }
  ratesInfo = rates();
  status.textContent = t("ratesKnown", { x: formatDate(ratesInfo.knownThrough) });
  $("#version").textContent = version();

  const { tab, caseError } = readUrl();
  if (caseError) {
    $("#history-status").textContent = t("urlCaseIgnored");
    $("#history-status").dataset.state = "error";
  }
  $("#as-of").value ||= todayIso();
  $("#pf-asof").value = $("#as-of").value;
  restoreCreditor();
  showRegimeFields();
  renumberPayments();
  renderOthers();

  setupCalculator();
  setupEinvoiceDrop();
  setupPlanner();
  setupLadder();
  setupHistoryFile();
  setupLetters();
  setupPortfolio();

  $("#share").addEventListener("click", () => {
    writeUrl();
    copyText(location.href, $("#share-status")).then(() => {
      if ($("#share-status").textContent === t("copied")) $("#share-status").textContent = t("linkCopied");
    });
  });
  $("#copy-statement").addEventListener("click", () => state.calc && copyText(statementText(state.calc.result), $("#calc-action-status")));
  $("#download-csv").addEventListener("click", () => {
    if (!state.calc) return;
    download(statementFileName(), "text/csv;charset=utf-8", statementCsv(state.calc.result));
    $("#calc-action-status").textContent = t("downloaded", { x: statementFileName() });
  });
  $("#lang-switch").addEventListener("click", () => {
    setLang(getLang() === "fr" ? "en" : "fr");
    $("#lt-lang").value = getLang();
    rerenderAll();
  });
  $("#lt-lang").value = getLang();

  // Wide tables scroll sideways on a phone: make each scroller reachable by keyboard.
  $$(".table-wrap").forEach((wrap, i) => {
    const caption = wrap.querySelector("caption");
    if (caption && !caption.id) caption.id = `table-caption-${i}`;
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    if (caption) wrap.setAttribute("aria-labelledby", caption.id);
  });
  setupTabs();
  compute(false);
  await selectTab(tab ?? "calc");
  document.documentElement.dataset.ready = "true";
}

main();
