// Tiny static server for the demo and the browser tests: serves www/ and pkg/ of the repo
// with correct MIME types (application/wasm), redirects / to /www/, binds 127.0.0.1 only.
// Usage: node pkg-scripts/serve.mjs [--port N] [--exit-on-stdin-close]   (N=0 picks a free port)
// --exit-on-stdin-close: stop when the parent closes our stdin or dies (used by the tests, so
// a killed test run never leaves a server behind).
// Prints one line "serving http://127.0.0.1:PORT/www/" once listening.
import { createServer } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
let port = 8080;
let exitOnStdinClose = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--port") port = Number(args[++i]);
  else if (args[i] === "--exit-on-stdin-close") exitOnStdinClose = true;
  else if (args[i].startsWith("--port=")) port = Number(args[i].slice(7));
  else {
    console.error(`unknown argument ${args[i]}\nusage: node pkg-scripts/serve.mjs [--port N]`);
    process.exit(2);
  }
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error("--port must be an integer 0-65535");
  process.exit(2);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ts": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
};
const SERVED = ["www", "pkg"]; // top-level folders reachable over http

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  res.end(body);
}

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  } catch {
    return send(res, 400, "bad request\n");
  }
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed\n");
  if (path === "/" || path === "/www") return send(res, 302, "", { Location: "/www/" });
  if (path.endsWith("/")) path += "index.html";
  const rel = normalize(path).replace(/^[/\\]+/, "");
  const top = rel.split(sep)[0];
  if (!SERVED.includes(top) || rel.split(sep).includes("..")) return send(res, 404, "not found\n");
  const file = join(root, rel);
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return send(res, 404, "not found\n");
  }
  if (stat.isDirectory()) return send(res, 302, "", { Location: path + "/" });
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Content-Length": stat.size,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") return res.end();
  createReadStream(file).pipe(res);
});

server.on("error", (e) => {
  console.error(`cannot serve on 127.0.0.1:${port}: ${e.code === "EADDRINUSE" ? "the port is in use (try --port N)" : e.message}`);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address();
  console.log(`serving http://127.0.0.1:${actual}/www/`);
});
if (exitOnStdinClose) {
  process.stdin.on("end", () => process.exit(0));
  process.stdin.on("error", () => process.exit(0));
  process.stdin.resume();
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
