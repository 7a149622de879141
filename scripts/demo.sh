#!/usr/bin/env bash
# The main job: set up, build, check every bundled example, show what the compiler derives,
# compile every example to GPU kernels, and run them — on the GPU when one is present (the
# correctness suite against the float64 interpreter), else on the CPU (the interpreter) — then
# run the Mamba model of lang-examples/mamba.lr on the bundled tiny checkpoint (GPU executor
# when a GPU is present, else the CPU executor).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release -q -p linrec-cli -p linrec-runtime
linrec=target/release/linrec

echo "== linrec check lang-examples/*.lr"
$linrec check lang-examples/*.lr
echo
echo "== linrec explain lang-examples/selective_scan.lr --dims N=16 --shape B=8,D=1536,L=2048"
$linrec explain lang-examples/selective_scan.lr --dims N=16 --shape B=8,D=1536,L=2048
echo
out=target/demo-kernels
# One list of summed sizes for every example (the warning for a dim a file lacks is left out).
for f in lang-examples/*.lr; do
  name=$(basename "$f" .lr)
  echo "== linrec compile $f -o $out/$name --dims N=16,DK=16,M=4"
  $linrec compile "$f" -o "$out/$name" --dims N=16,DK=16,M=4 2>&1 \
    | { grep -v "no recurrence of the file has a dimension" || true; }
done
echo
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
  echo "== GPU found: linrec-gpu check $out/*"
  target/release/linrec-gpu check "$out"/*
else
  echo "== no GPU: running every recurrence on the float64 interpreter"
  # One size list for every example (a size a file has no dim for is ignored).
  shape=B=2,C=8,D=4,L=64,T=64,N=4,H=2,P=3,DK=4,DV=3,M=3
  for f in lang-examples/*.lr; do
    echo "-- linrec interp $f --shape $shape --seed 1"
    $linrec interp "$f" --shape "$shape" --seed 1
  done
fi
echo
echo "== the Mamba language model of lang-examples/mamba.lr on the bundled tiny checkpoint"
echo "   (GPU when one is present, else CPU; transformers continues this prompt with"
echo "    89, 378, 469, 171, 33, 370, 156, 150, 175, 396 — tests/fixtures/tiny-mamba/reference.json)"
$linrec run lang-examples/mamba.lr --model tests/fixtures/tiny-mamba \
  --ids 316,23,332,27,134,268,138,180,59,462,209,242 --max-new-tokens 10
echo "-- the same model from text, through the checkpoint's tokenizer.json"
$linrec run lang-examples/mamba.lr --model tests/fixtures/tiny-mamba \
  --prompt "Hello, world" --max-new-tokens 8
echo "-- a batch of prompts of different lengths: packed, nothing padded, decoded together"
$linrec run lang-examples/mamba.lr --model tests/fixtures/tiny-mamba \
  --prompt "Hello, world" --prompt "Hi" --max-new-tokens 8
echo
echo "== an error example (each in lang-examples/errors/ fails with its diagnostic)"
if $linrec check lang-examples/errors/index_mismatch.lr; then
  echo "expected a diagnostic" >&2; exit 1
fi
