# Shared helpers for pkg-scripts/*. Sourced, not run. Plain bash, no dependencies beyond
# rustup/cargo, node 20 + npm, and (for the browser tests) apt-get as root.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TESTS_DIR="$ROOT/tests"
PKG_DIR="$ROOT/pkg"
WASM_TARGET=wasm32-unknown-unknown
RAW_WASM="$ROOT/target/$WASM_TARGET/release/relance.wasm"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

# `cargo install` puts tools (wasm-bindgen) here; it may not exist yet on a bare machine.
CARGO_BIN="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin"
case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) PATH="$CARGO_BIN:$PATH" ;; esac
export PATH

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

need_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is required but not on PATH${2:+ ($2)}"
}

# The crate version, from [package] in Cargo.toml.
crate_version() {
  awk '/^\[/{p=($0=="[package]")} p && /^version *=/{gsub(/[" ]/,"",$0); sub(/^version=/,"",$0); print; exit}' \
    "$ROOT/Cargo.toml"
}

# The wasm-bindgen version Cargo.lock resolved (the CLI must match it exactly).
locked_wasm_bindgen_version() {
  awk '$0=="name = \"wasm-bindgen\""{getline; gsub(/"/,"",$3); print $3; exit}' "$ROOT/Cargo.lock"
}

ensure_rust_target() {
  need_cmd cargo "install Rust with rustup"
  if command -v rustup >/dev/null 2>&1; then
    if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
      log "rustup target add $WASM_TARGET"
      rustup target add "$WASM_TARGET"
    fi
  else
    # Without rustup the target must already be in the sysroot.
    [ -d "$(rustc --print sysroot)/lib/rustlib/$WASM_TARGET" ] ||
      die "the $WASM_TARGET target is missing and rustup is not available to add it"
  fi
}

ensure_wasm_bindgen() {
  local want have
  want="$(locked_wasm_bindgen_version)"
  [ -n "$want" ] || die "no wasm-bindgen entry in Cargo.lock (run: cargo generate-lockfile)"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (have: ${have:-none}); this takes a few minutes"
    cargo install --locked wasm-bindgen-cli --version "$want" ||
      { log "retrying without --locked"; cargo install --force wasm-bindgen-cli --version "$want"; }
    hash -r
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
    [ "$have" = "$want" ] ||
      die "wasm-bindgen on PATH is '${have:-none}' ($(command -v wasm-bindgen || echo not found)), need $want; is $CARGO_BIN first on PATH?"
  fi
}

# npm ci in tests/ when node_modules is missing or package(-lock).json changed since the last one.
ensure_npm_deps() {
  need_cmd node "install Node.js 20 or newer"
  need_cmd npm
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js >= 20 is required (have $(node --version))"
  local stamp="$TESTS_DIR/node_modules/.relance-npm-ci" want
  want="$(cat "$TESTS_DIR/package.json" "$TESTS_DIR/package-lock.json" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x "$TESTS_DIR/node_modules/.bin/wasm-opt" ]; then
    log "npm ci (tests/)"
    (cd "$TESTS_DIR" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
}

ensure_chromium() {
  if [ ! -x "$CHROMIUM" ]; then
    command -v apt-get >/dev/null 2>&1 || die "$CHROMIUM is missing and apt-get is not available"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log "installing Debian chromium"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
    [ -x "$CHROMIUM" ] || die "apt-get installed chromium but $CHROMIUM is still missing"
  fi
}

# The independent PDF readers of tests/js/pdf.test.mjs: qpdf (structure), poppler-utils
# (pdftotext, pdftoppm) and python3-pdfminer (a second text extractor that keeps U+00A0 and
# U+202F, which poppler writes as plain spaces), for Debian's /usr/bin/python3.
ensure_pdf_tools() {
  if ! command -v qpdf >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 ||
    ! command -v pdftoppm >/dev/null 2>&1 || ! /usr/bin/python3 -c "import pdfminer" >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || die "qpdf, poppler-utils or python3-pdfminer is missing and apt-get is not available"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log "installing Debian poppler-utils qpdf python3-pdfminer"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y poppler-utils qpdf python3-pdfminer
  fi
}
