// Node.js entry of the relance/pdf module (the "node" export condition).
//
// Instantiates both WebAssembly modules it needs synchronously at import time — the PDF
// layout (pdf_core_bg.wasm) and, through letters-node.js, the letters engine that renderPdf
// calls — so that
//   import { renderPdf } from "relance/pdf";
// just works in Node, SSR and test runners with no init call. The default export keeps the
// signature of the web build's `init()` and is an idempotent no-op here.
import { readFileSync } from "node:fs";
import "./letters-node.js";
import { initSync } from "./pdf_core.js";

initSync({
  module: readFileSync(new URL("./pdf_core_bg.wasm", import.meta.url)),
});

export { renderPdf, layoutPdf, version } from "./pdf.js";

/** Already initialised on import; kept so code written for the web build runs unchanged. */
export default async function init(_options) {}
