// What the page knows beyond its form fields, shared by the panels: the calculator's last
// result, the other invoices of the same debtor, the history of steps done, the events, the
// edited ladder. url.js keeps it in the address bar; history-file.js saves and loads it.

export const state = {
  /** { input, result } of the last successful lateFees call (the calculator's invoice), or null. */
  calc: null,
  /** The debtor's other invoices: { number?, issueDate?, dueDate, amount, payments?, contractRate? }. */
  others: [],
  /** Steps done: { date, step } (step = the id of a step of the ladder). */
  history: [],
  /** dunningPlan events the user recorded: dispute-opened, dispute-resolved, promise, plan-agreed. */
  events: [],
  /** The ladder as edited in the planner (a dunningPolicy result), or null for the regime's default. */
  policy: null,
  activeTab: "calc",
};

/**
 * Calls between modules that would otherwise import each other in a circle (a panel changes
 * the state, the URL must be rewritten and the open panel redrawn). app.js fills them in.
 */
export const hooks = {
  writeUrl: () => {},
  refresh: async () => {},
  /** Fills the calculator from a saved case (history-file.js, portfolio "follow up"). */
  loadCase: () => {},
  /** The case as a history file object (calculator fields + state). */
  caseObject: () => ({}),
};

/** Removes every trace of the previous debtor's case (another debtor is being loaded). */
export function clearCase() {
  state.others = [];
  state.history = [];
  state.events = [];
  state.policy = null;
}
