#!/usr/bin/env bash
# Checks and times linrec on a GPU machine, printing each step's table and a summary.
#
# Here (no GPU needed):  cargo build --release -p linrec-runtime --bin linrec-gpu
# There (repo root, the binary carried along):  scripts/gpu.sh [STEP...]
#
# STEPs (default: check model-check bench model-bench):
#   check        every kernel in kernels-generated/ vs the float64 reference
#   check-large  L = 65,536 and a tensor of more than 2^31 elements
#   bench        kernels vs the copy-bandwidth floor (TARGETS.md shapes)
#   model-check  mamba.lr on the GPU vs transformers' logits and continuation
#   model-bench  Mamba-130m-shaped prefill / decode tokens/s
#   model-profile  where a batch-8 prefill spends its GPU time, per operation
#   variants:DIR[,DIR...]  check, then time, compiled variant dirs (labels first_order* /
#                selective_scan*)
# Each step's output is also written to $OUT/<step>.txt when OUT is set.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=./target/release/linrec-gpu
[ -x "$bin" ] || { echo "missing $bin: build it with cargo build --release -p linrec-runtime --bin linrec-gpu"; exit 2; }
# cuBLAS (the GEMMs of the model executor) is loaded at run time; pip's nvidia-cublas or the
# CUDA toolkit provide it.
cub=$(find /opt /usr /usr/local -name 'libcublas.so.1[0-9]*' 2>/dev/null | head -n1)
[ -n "$cub" ] && export LD_LIBRARY_PATH="$(dirname "$cub"):${LD_LIBRARY_PATH:-}"
out=${OUT:-}
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(check model-check bench model-bench)
summary=()
for step in "${steps[@]}"; do
  case $step in
    check) cmd=("$bin" check kernels-generated/*) ;;
    variants:*) IFS=, read -ra dirs <<<"${step#variants:}"
      cmd=(bash -c "$bin check ${dirs[*]} && $bin variants ${dirs[*]}") ;;
    *) cmd=("$bin" "$step") ;;
  esac
  name=${step%%:*}
  start=$(date +%s)
  echo "== $step"
  if [ -n "$out" ]; then "${cmd[@]}" 2>&1 | tee "$out/$name.txt"; rc=${PIPESTATUS[0]}
  else "${cmd[@]}"; rc=$?; fi
  summary+=("$(printf '%-14s rc %-3s %5ss' "$name" "$rc" "$(( $(date +%s) - start ))")")
done
echo "== summary"
printf '%s\n' "${summary[@]}"
