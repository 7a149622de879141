#!/usr/bin/env bash
# The test command (README and CI): set up, then formatting, lints, every test (CPU only:
# interpreter, derivations, host-JIT kernels against the interpreter, snapshots), the
# up-to-date check of kernels-generated/, ptxas on every generated PTX, the Python package's
# tests, and 45 s of fuzzing per fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
# A clean run writes about 7 GB (target/ 4.7, fuzz/target/ 2.4); say so up front rather than
# fail in the linker with "No space left on device".
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "${free_kb:-0}" -lt $((8 * 1024 * 1024)) ]; then
  echo "warning: $((free_kb / 1024)) MiB free on $(df -P . | awk 'NR == 2 { print $6 }'); a clean test run needs about 8 GiB" >&2
fi
# Incremental artifacts only help repeated local builds; a clean run skips their 0.9 GB.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
scripts/setup.sh
cargo fmt --all -- --check
cargo fmt --manifest-path fuzz/Cargo.toml -- --check
cargo fmt --manifest-path python/Cargo.toml -- --check
cargo clippy --workspace --all-targets -q -- -D warnings
log=$(mktemp)
cargo test --workspace 2>&1 | tee "$log"
scripts/ptxas-check.sh
# The Python package (python/, built by maturin): installed into a venv with pip, its tests
# run on the CPU path (the float64 interpreter).
[ -x .venv-py/bin/python ] || python3 -m venv .venv-py
.venv-py/bin/pip install -q --disable-pip-version-check pytest numpy
# Built in the dev profile into the workspace's target/ (what `cargo test` built is reused):
# 1.7 minutes instead of 4.5 for a release build on a 2-core machine; the tests take as long.
MATURIN_PEP517_ARGS="--profile dev" CARGO_TARGET_DIR="$PWD/target" \
  .venv-py/bin/pip install -q --disable-pip-version-check ./python
.venv-py/bin/python -m pytest -q python/tests
# bench/RESULTS.md and its chart are generated from bench/results.jsonl.
python3 bench/report.py 2>/dev/null
git diff --exit-code -- bench/RESULTS.md bench/results.svg || { echo "bench/RESULTS.md is stale: run python3 bench/report.py"; exit 1; }
# Each fuzz target for 45 s (six of them: CI stays under 30 minutes), after replaying its
# regression corpus (nightly + cargo-fuzz, installed by the script when missing).
scripts/fuzz.sh 45
# One closing line for the whole run: every test of every crate.
awk '/^test result:/ { p += $4; f += $6 } END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
