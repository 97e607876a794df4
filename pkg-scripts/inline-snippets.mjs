// Inlines wasm-bindgen's `inline_js` snippets into the glue that imports them, so that the
// package's entry is one module: a static import of ./snippets/… is a second request the
// browser makes only after fetching and parsing the glue, which measurably slowed the cold
// start (tests/bench/chromium.mjs). Each snippet runs in its own function scope, as it did in
// its own module, and only its exports reach the glue.
//
//   node pkg-scripts/inline-snippets.mjs DIR/NAME.js   (rewrites the file, deletes DIR/snippets)
import { readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";

const glue = process.argv[2];
if (!glue) {
  console.error("usage: inline-snippets.mjs GLUE_JS");
  process.exit(2);
}
const dir = dirname(glue);
const IMPORT = /^import \{ ([^}]+) \} from '(\.\/snippets\/[^']+)';$/gm;
let count = 0;
const text = readFileSync(glue, "utf8").replace(IMPORT, (_, names, path) => {
  const source = readFileSync(join(dir, path), "utf8");
  const exported = [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
  const wanted = names.split(",").map((n) => n.trim());
  for (const n of wanted) {
    if (!exported.includes(n)) throw new Error(`${path} does not export a function ${n}`);
  }
  if (/^export (?!function )/m.test(source) || /^import /m.test(source)) {
    throw new Error(`${path}: only \`export function\` declarations and no imports can be inlined`);
  }
  count++;
  const body = source.replace(/^export function /gm, "function ");
  return `const { ${wanted.join(", ")} } = (() => {\n${body}\nreturn { ${wanted.join(", ")} };\n})();`;
});
if (/from '\.\/snippets\//.test(text)) throw new Error(`${glue}: a snippet import was not inlined`);
writeFileSync(glue, text);
if (existsSync(join(dir, "snippets"))) rmSync(join(dir, "snippets"), { recursive: true });
console.error(`inline-snippets: ${count} snippet(s) inlined into ${glue}`);
