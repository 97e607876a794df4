#!/usr/bin/env bash
# Runs every fuzz target of relance in turn (see README.md in this folder).
# Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET (default 600)] [TARGET...]
# Needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz). The corpus grows in
# tests/fuzz/corpus/<target>/ (keep it); a crash leaves its input in tests/fuzz/artifacts/<target>/
# and makes this script exit 1 after the other targets ran. Logs: tests/fuzz/target/logs/.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json late_fees shaped einvoice)
cd "$root"
cargo +nightly fuzz build --fuzz-dir tests/fuzz -s none || exit 2
mkdir -p "$here/target/logs"
failed=0
for t in "${targets[@]}"; do
  mkdir -p "$here/corpus/$t"
  extra=()
  case "$t" in
    json) extra=(-dict="$here/json.dict" -max_len=2048) ;;
    einvoice) extra=(-dict="$here/einvoice.dict" -max_len=65536) ;;
    *) extra=(-max_len=1024) ;;
  esac
  echo "==> fuzzing $t for ${secs}s"
  log="$here/target/logs/$t.log"
  if cargo +nightly fuzz run "$t" --fuzz-dir tests/fuzz -s none -- \
      -max_total_time="$secs" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 "${extra[@]}" >"$log" 2>&1; then
    echo "    ok: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') executions, corpus $(ls "$here/corpus/$t" | wc -l) files"
  else
    failed=1
    echo "    CRASH (see $log and tests/fuzz/artifacts/$t/):"
    grep -E "panicked|ERROR|Test unit written|Base64" "$log" | head -8 | sed 's/^/      /'
  fi
done
exit "$failed"
