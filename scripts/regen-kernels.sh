#!/usr/bin/env bash
# Regenerates kernels-generated/<example>/ (MLIR, PTX, manifest.json) for every bundled example.
# CI runs it and fails if the checked-in files change.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q -p linrec-cli
linrec=target/debug/linrec
# Summed dims (N, GLA's key dim DK, the LRU's model width M, 4 here) are fixed at compile time, as
# Mamba's kernels fix d_state. One list serves every file: the warning for a dim a file lacks is left out.
compile() {
  local log
  log=$("$linrec" compile "$@" --dims N=16,DK=16,M=4 2>&1 >/dev/null) || { echo "$log" >&2; exit 1; }
  grep -v "no recurrence of the file has a dimension" <<<"$log" >&2 || true
}
for f in lang-examples/*.lr; do
  name=$(basename "$f" .lr)
  rm -rf "kernels-generated/$name" "kernels-generated/$name-bf16" "kernels-generated/$name-fused"
  compile "$f" -o "kernels-generated/$name"
  # The same kernels storing every tensor in bf16 (arithmetic in f32).
  compile "$f" -o "kernels-generated/$name-bf16" --dtype bf16 --emit ptx
  # Where a sum inside an update can run before the scan (S5, the LRU), the compiler splits
  # the recurrence (pre-pass, scan, post-pass): the fused kernels as well (`--split off`), which
  # the GPU suite checks too.
  if grep -q "the sums that read no state" <("$linrec" explain "$f" --dims N=16,DK=16,M=4 2>&1); then
    compile "$f" -o "kernels-generated/$name-fused" --split off --emit ptx
  fi
done
echo "regenerated kernels-generated/ for $(ls lang-examples/*.lr | wc -l) examples (f32 and bf16)"
