// Node.js entry of the relance/einvoice module (the "node" export condition).
//
// Instantiates the WebAssembly module synchronously at import time, so that
//   import { readInvoice } from "relance/einvoice";
// just works in Node, SSR and test runners with no init call. The default export keeps the
// signature of the web build's `init()` and is an idempotent no-op here.
import { readFileSync } from "node:fs";
import { initSync } from "./einvoice.js";

const exports = initSync({
  module: readFileSync(new URL("./einvoice_bg.wasm", import.meta.url)),
});

export * from "./einvoice.js";

/** Already initialised on import; kept so code written for the web build runs unchanged. */
export default async function init(_options) {
  return exports;
}
