#!/usr/bin/env bash
# Fuzzing with cargo-fuzz (libFuzzer, nightly Rust): runs every target of fuzz/ for SECONDS
# each (default 60). First each target replays its regression corpus, fuzz/regressions/TARGET/
# (every crash found so far, kept so that it stays fixed); then it fuzzes from its seeds:
# the bundled specs, the fixture checkpoint and config, fuzz/seeds/TARGET/. A crash is
# saved under fuzz/artifacts/TARGET/ and fails the run; copy it into the regression corpus
# once fixed. Prints the executions of each target.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(front_end derive checkpoint config cli_args generate)

# Optimized, without AddressSanitizer: the code under test is safe Rust, and the C++ it calls
# (MLIR, LLVM) is not instrumented anyway. Built so, the six targets take 5.7 minutes on a
# 2-core machine instead of 9.
flags=(-O -s none)

command -v rustup >/dev/null || { echo "fuzz: rustup is needed for the nightly toolchain" >&2; exit 1; }
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo +nightly fuzz --version >/dev/null 2>&1 || cargo +nightly install cargo-fuzz --locked
for t in "${targets[@]}"; do
  cargo +nightly fuzz build "${flags[@]}" "$t" 2>&1 | grep -E '^(error|warning: unused)' && exit 1
done

seeds() {
  case "$1" in
    front_end|derive) ls lang-examples/*.lr lang-examples/errors/*.lr ;;
    checkpoint) echo tests/fixtures/tiny-mamba/model.safetensors ;;
    config) echo tests/fixtures/tiny-mamba/config.json ;;
    *) ;;
  esac
  [ -d "fuzz/seeds/$1" ] && find "fuzz/seeds/$1" -type f
  return 0
}

for t in "${targets[@]}"; do
  corpus="fuzz/corpus/$t"
  mkdir -p "$corpus"
  seeds "$t" | while read -r f; do cp -n "$f" "$corpus/seed-$(basename "$f")"; done
  if compgen -G "fuzz/regressions/$t/*" >/dev/null; then
    cargo +nightly fuzz run "${flags[@]}" "$t" fuzz/regressions/"$t"/* -- -rss_limit_mb=4096 -timeout=30 >/dev/null 2>&1 \
      || { echo "fuzz: $t fails on its regression corpus (fuzz/regressions/$t)" >&2; exit 1; }
  fi
  log=$(mktemp)
  if ! cargo +nightly fuzz run "${flags[@]}" "$t" "$corpus" -- -max_total_time="$secs" -rss_limit_mb=4096 \
      -timeout=30 -print_final_stats=1 >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz: $t found a failure (fuzz/artifacts/$t/)" >&2
    exit 1
  fi
  runs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$log" | tail -1)
  echo "fuzz: $t: ${runs:-?} executions in ${secs}s, no failure"
  rm -f "$log"
done
