#!/usr/bin/env bash
# Assembles every generated PTX with ptxas for sm_90 (CUDA 13.0, from pip nvidia-cuda-nvcc,
# installed into .venv/ if missing) and prints registers, shared memory and spills per kernel.
# Fails on any ptxas error and on any spill, except a small one (at most 128 bytes) in a kernel
# that caps its registers to keep more blocks per SM (`.minnctapersm`: measured faster so), and
# the known spills listed below, which are printed as such (and fail past 4 KB).
set -euo pipefail
cd "$(dirname "$0")/.."
ptxas=$(find .venv -name ptxas -type f 2>/dev/null | head -n1 || true)
if [ -z "$ptxas" ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check nvidia-cuda-nvcc==13.0.88
  ptxas=$(find .venv -name ptxas -type f | head -n1)
fi
status=0
# Known spills: the fused S5 and LRU kernels (kernels-generated/{s5,lru}-fused, `--split off`),
# where a sum inside the update (over M) of complex coupled states keeps N × M values and their
# weights live per step. The compiler splits those recurrences by default (no spills), and the
# fused kernels stay compiled and checked as the `--split off` path.
known='^kernels-generated/(lru|s5)-fused/'
printf '%-36s %9s %10s %12s\n' kernel registers smem spills
for f in kernels-generated/*/*.ptx; do
  if ! out=$("$ptxas" -arch=sm_90 -v "$f" -o /dev/null 2>&1); then
    echo "$f: ptxas failed:"; echo "$out"; status=1; continue
  fi
  regs=$(echo "$out" | sed -n 's/.*Used \([0-9]*\) registers.*/\1/p' | head -n1)
  smem=$(echo "$out" | sed -n 's/.* \([0-9]*\) bytes smem.*/\1/p' | head -n1)
  spill=$(echo "$out" | sed -n 's/.* \([0-9]*\) bytes spill stores.*/\1/p' | head -n1)
  printf '%-36s %9s %10s %12s\n' "$(basename "$f" .ptx)" "${regs:-?}" "${smem:-0}" "${spill:-?}"
  capped=$(grep -c '^\.minnctapersm' "$f" || true)
  if [ "${spill:-1}" != "0" ] && ! { [ "$capped" != 0 ] && [ "${spill:-129}" -le 128 ]; }; then
    if [[ $f =~ $known ]] && [ "${spill:-4097}" -le 4096 ]; then
      echo "  known spill (fused with --split off) in $f"
    else
      status=1; echo "  spills in $f"
    fi
  fi
done
exit $status
