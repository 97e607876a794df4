// agedBalance off the main thread. A 5 000-invoice portfolio is one relance call of a few
// hundred milliseconds that cannot be cut into slices without redoing its totals, shares and
// concentration warnings in JS; run here, it leaves the page free to draw its progress and
// answer the user. The call still goes through lib.js (and the page's language with it).
import { agedBalance } from "./lib.js";
import { setLang } from "./lang.js";

self.onmessage = async ({ data: { id, lang, input } }) => {
  setLang(lang);
  try {
    postMessage({ id, result: await agedBalance(input) });
  } catch (e) {
    // A RelanceError crosses as its fields (Error objects lose their own properties in postMessage).
    postMessage({ id, error: { name: e?.name, code: e?.code, field: e?.field, message: e?.message ?? String(e) } });
  }
};
