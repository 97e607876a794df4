// The four tabs (WAI-ARIA tabs pattern: arrows, Home, End) and which panel redraws when the
// case changes. A panel's wasm module loads the first time it opens.
import { $ } from "./dom.js";
import { state, hooks } from "./state.js";
import { loadModule } from "./lib.js";
import { renderPlanner } from "./panels/planner.js";
import { renderLetterPanel } from "./panels/letters.js";

export const TABS = ["calc", "planner", "letters", "portfolio"];

export async function selectTab(name, focus = false) {
  if (!TABS.includes(name)) name = "calc";
  state.activeTab = name;
  for (const tab of TABS) {
    const button = $(`#tab-${tab}`);
    const selected = tab === name;
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`#panel-${tab}`).hidden = !selected;
  }
  if (focus) $(`#tab-${name}`).focus();
  hooks.writeUrl();
  await refreshActivePanel();
}

/** Redraws the open panel; html[data-panel-ready] tells the tests when it is done. */
export async function refreshActivePanel() {
  document.documentElement.dataset.panelReady = "false";
  try {
    if (state.activeTab === "planner") await renderPlanner();
    else if (state.activeTab === "letters") await renderLetterPanel();
    else if (state.activeTab === "portfolio") await loadModule("dunning");
  } finally {
    document.documentElement.dataset.panelReady = "true";
  }
}

export function setupTabs() {
  for (const tab of TABS) {
    const button = $(`#tab-${tab}`);
    button.addEventListener("click", () => selectTab(tab));
    button.addEventListener("keydown", (e) => {
      const i = TABS.indexOf(tab);
      let next = null;
      if (e.key === "ArrowRight") next = TABS[(i + 1) % TABS.length];
      else if (e.key === "ArrowLeft") next = TABS[(i + TABS.length - 1) % TABS.length];
      else if (e.key === "Home") next = TABS[0];
      else if (e.key === "End") next = TABS[TABS.length - 1];
      if (next) {
        e.preventDefault();
        selectTab(next, true);
      }
    });
  }
}
