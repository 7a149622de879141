#!/usr/bin/env bash
# Regenerates kernels-generated/<example>/ (MLIR, PTX, manifest.json) for every bundled example.
# CI runs it and fails if the checked-in files change.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q -p linrec-cli
linrec=target/debug/linrec
for f in lang-examples/*.lr; do
  name=$(basename "$f" .lr)
  rm -rf "kernels-generated/$name" "kernels-generated/$name-bf16"
  # Summed state dims (N) are fixed at compile time, as Mamba's kernels fix d_state.
  $linrec compile "$f" -o "kernels-generated/$name" --dims N=16 >/dev/null
  # The same kernels storing every tensor in bf16 (arithmetic in f32).
  $linrec compile "$f" -o "kernels-generated/$name-bf16" --dims N=16 --dtype bf16 --emit ptx >/dev/null
done
echo "regenerated kernels-generated/ for $(ls lang-examples/*.lr | wc -l) examples (f32 and bf16)"
