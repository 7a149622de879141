#!/usr/bin/env bash
# The main job: set up, build, check every bundled example, print the IR of one, and run each
# recurrence on the float64 reference interpreter with random inputs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release -q -p linrec-cli
linrec=target/release/linrec

echo "== linrec check lang-examples/*.lr"
$linrec check lang-examples/*.lr
echo
echo "== linrec ir lang-examples/selective_scan.lr"
$linrec ir lang-examples/selective_scan.lr
echo
for f in lang-examples/*.lr; do
  echo "== linrec interp $f --shape B=2,C=8,D=4,L=64,T=64,N=4 --seed 1"
  $linrec interp "$f" --shape B=2,C=8,D=4,L=64,T=64,N=4 --seed 1
done
echo
echo "== the error examples (each must fail with its diagnostic; first one shown)"
if $linrec check lang-examples/errors/index_mismatch.lr; then
  echo "expected a diagnostic" >&2; exit 1
fi
