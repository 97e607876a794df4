#!/usr/bin/env bash
# Boundary experiments: builds this crate at each opt-level (default: z 3), then times, on the
# bench portfolio, the package's lateFeesBatch against other ways of crossing the boundary
# (same core, same JS deserializer via #[path] to src/wasm/de.rs): objects out at this
# opt-level, figures-only objects out (what decimal.js returns), JSON text out, JSON text in
# and out, totals only, and the core alone inside wasm. Results are checked equal to the
# package's before timing.
# Usage: tests/bench/boundary/run.sh [PORTFOLIO.jsonl (default target/bench/portfolio.jsonl)] [LEVEL...]
# Needs pkg-scripts/build done (wasm-bindgen CLI, tests/node_modules). Output in target/bench/boundary/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
portfolio="${1:-$root/target/bench/portfolio.jsonl}"
shift || true
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(z 3)
[ -f "$portfolio" ] || { echo "no portfolio $portfolio (run pkg-scripts/bench first, or node tests/bench/portfolio.mjs --out FILE)" >&2; exit 2; }
out="$root/target/bench/boundary"
mkdir -p "$out"
for o in "${levels[@]}"; do
  echo "==> opt-level $o" >&2
  # relance without its own exports warns about unused boundary helpers: keep that out of the table.
  (cd "$here" && CARGO_PROFILE_RELEASE_OPT_LEVEL="$o" cargo build --quiet --release --target wasm32-unknown-unknown \
    --target-dir "$out/target-$o" 2>"$out/build-$o.log") || { cat "$out/build-$o.log" >&2; exit 1; }
  rm -rf "$out/pkg-$o"
  wasm-bindgen --target web --out-dir "$out/pkg-$o" --out-name boundary "$out/target-$o/wasm32-unknown-unknown/release/relance_boundary.wasm"
  "$root/tests/node_modules/.bin/wasm-opt" "-O$o" --strip-debug --strip-producers --strip-target-features \
    "$out/pkg-$o/boundary_bg.wasm" -o "$out/pkg-$o/boundary_bg.wasm"
  (cd "$root/tests" && node "$here/bench.mjs" "$portfolio" 5 "$out/pkg-$o" "$o")
done
