// The ladder editor, inside the planner: the regime's default escalation policy
// (dunningPolicy) as a table of steps (days from the due date, channels, deadline, whether the
// message states penalties or claims the 40 € indemnity) plus the minimum gap and the
// registered letter's delivery time. An edit becomes state.policy, the `policy` input of
// dunningPlan; relance checks it and its warnings (a law or good practice broken) are shown
// here. The edited policy lives in the URL with the rest of the case.
import { $, $$, el } from "../dom.js";
import { t, getLang } from "../lang.js";
import { STEP_TEXT, CHANNEL_TEXT } from "../i18n.js";
import { dunningPolicy } from "../lib.js";
import { state, hooks } from "../state.js";

/** Warning codes about the policy itself (shown beside the editor, not under the plan). */
export const POLICY_WARNINGS = new Set(["steps-closer-than-gap", "formal-notice-deadline-short", "formal-notice-deadline-long", "formal-notice-not-registered", "consumer-fees", "consumer-interest-before-notice"]);
const CHANNELS = ["email", "letter", "registered-letter", "phone", "sms"];

const defaults = {};
/** The regime's built-in ladder, without the English `purpose` texts (the page names steps itself). */
export async function defaultPolicy(regime) {
  defaults[regime] ??= dunningPolicy({ regime }).then((p) => stripPurpose(p));
  return structuredClone(await defaults[regime]);
}
export const stripPurpose = (p) => ({ ...p, steps: p.steps.map(({ purpose, ...s }) => s) });

/** The ladder dunningPlan uses: the edited one, else the regime's default. */
export async function effectivePolicy(regime) {
  return state.policy ?? (await defaultPolicy(regime));
}

let shown = null; // JSON of the policy the table shows, so typing in it does not rebuild it

/** Draws the table for `policy` unless it already shows it (keeps the focus while typing). */
export function renderLadder(policy, force = false) {
  const key = JSON.stringify(policy) + getLang();
  $("#ladder-status").textContent = state.policy ? t("ladderEdited") : t("ladderDefault");
  $("#ladder-reset").disabled = !state.policy;
  if (!force && key === shown) return;
  shown = key;
  const lang = getLang();
  $("#ladder tbody").replaceChildren(
    ...policy.steps.map((s, i) => {
      const name = STEP_TEXT[lang][s.kind] ?? s.id;
      const number = (field, value, label, attrs = {}) =>
        el("input", { type: "number", step: "1", id: `ladder-${i}-${field}`, "data-field": field, "aria-label": t(label, { x: name }), value: value ?? "", class: "narrow", ...attrs });
      const check = (field, on, label, disabled) => {
        const input = el("input", { type: "checkbox", id: `ladder-${i}-${field}`, "data-field": field, "aria-label": t(label, { x: name }) });
        input.checked = Boolean(on);
        input.disabled = disabled;
        return input;
      };
      const recovery = s.kind === "recovery";
      const channels = el(
        "div",
        { class: "channels" },
        ...CHANNELS.map((c) => {
          const box = el("input", { type: "checkbox", id: `ladder-${i}-ch-${c}`, "data-channel": c });
          box.checked = s.channels.includes(c);
          box.disabled = recovery; // a recovery step is a recommendation, not a message
          return el("label", { for: box.id, class: "check-inline" }, box, ` ${CHANNEL_TEXT[lang][c]}`);
        }),
      );
      const tr = el(
        "tr",
        { dataset: { step: s.id, index: String(i) } },
        el("th", { scope: "row", text: name }),
        el("td", {}, number("offsetDays", s.offsetDays, "ladderOffsetLabel", { min: "-3650", max: "3650" })),
        el("td", {}, channels),
        el("td", {}, number("deadlineDays", s.deadlineDays, "ladderDeadlineLabel", { min: "1", max: "365" })),
        el("td", { class: "center" }, check("statesPenalties", s.statesPenalties, "ladderPenaltiesLabel", recovery)),
        el("td", { class: "center" }, check("statesIndemnity", s.statesIndemnity, "ladderIndemnityLabel", recovery)),
      );
      return tr;
    }),
  );
  $("#ladder-gap").value = policy.minGapDays ?? 3;
  $("#ladder-delivery").value = policy.deliveryDays ?? 3;
}

/** The policy the table describes, or { error } naming the input that is not a whole number. */
function readLadder(base) {
  const policy = structuredClone(base);
  for (const tr of $$("#ladder tbody tr")) {
    const s = policy.steps[Number(tr.dataset.index)];
    const offset = tr.querySelector('[data-field="offsetDays"]');
    if (!/^-?\d+$/.test(offset.value.trim())) return { error: offset };
    s.offsetDays = Number(offset.value);
    const deadline = tr.querySelector('[data-field="deadlineDays"]');
    if (deadline.value.trim() === "") delete s.deadlineDays;
    else if (!/^\d+$/.test(deadline.value.trim())) return { error: deadline };
    else s.deadlineDays = Number(deadline.value);
    s.channels = [...tr.querySelectorAll("[data-channel]")].filter((b) => b.checked).map((b) => b.dataset.channel);
    s.statesPenalties = tr.querySelector('[data-field="statesPenalties"]').checked;
    s.statesIndemnity = tr.querySelector('[data-field="statesIndemnity"]').checked;
  }
  for (const [id, field] of [["ladder-gap", "minGapDays"], ["ladder-delivery", "deliveryDays"]]) {
    const input = document.getElementById(id);
    if (!/^\d+$/.test(input.value.trim())) return { error: input };
    policy[field] = Number(input.value);
  }
  return { policy };
}

/** Points at the table input relance named in a `policy.…` error field (or clears the mark). */
export function markLadderError(field) {
  for (const node of $$("#ladder-form [aria-invalid]")) node.removeAttribute("aria-invalid");
  const m = /^policy\.(?:steps\[(\d+)\]\.(\w+)|(\w+))$/.exec(field ?? "");
  if (!m) return;
  const target = m[1] !== undefined ? $(`#ladder tbody tr[data-index="${m[1]}"] [data-field="${m[2]}"]`) ?? $(`#ladder tbody tr[data-index="${m[1]}"] [data-channel]`) : $({ minGapDays: "#ladder-gap", deliveryDays: "#ladder-delivery" }[m[3]] ?? "#ladder-none");
  target?.setAttribute("aria-invalid", "true");
}

let timer;
async function onLadderInput() {
  const error = $("#ladder-error");
  const base = await effectivePolicy($("#regime").value);
  const { policy, error: bad } = readLadder(base);
  if (bad) {
    error.textContent = t("ladderWholeNumber", { x: bad.getAttribute("aria-label") ?? bad.labels?.[0]?.textContent ?? "" });
    error.hidden = false;
    bad.setAttribute("aria-invalid", "true");
    return;
  }
  error.hidden = true;
  state.policy = policy;
  shown = JSON.stringify(policy) + getLang(); // the table already shows it: do not redraw under the cursor
  hooks.writeUrl();
  clearTimeout(timer);
  timer = setTimeout(() => hooks.refresh(), 150);
}

export function setupLadder() {
  const form = $("#ladder-form");
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("input", onLadderInput);
  form.addEventListener("change", onLadderInput);
  $("#ladder-reset").addEventListener("click", async () => {
    state.policy = null;
    $("#ladder-error").hidden = true;
    hooks.writeUrl();
    renderLadder(await defaultPolicy($("#regime").value), true);
    await hooks.refresh();
  });
}
