#!/usr/bin/env bash
# Session 35: builds one variant of the Mamba scan's forward from bench/experiments/forward-lane-scatter-prefetch.patch
# (applied to the tree; LINREC_EXP_NO_SCATTER, LINREC_EXP_SCATTER_LATE, LINREC_EXP_NO_PREFETCH pick the variant)
# into .gpu/v35/NAME and prints ptxas's registers and where the hot loop issues its loads (nvdisasm of
# pip's nvidia-cuda-nvdisasm, unpacked in /tmp/nvd). XARGS adds compile options (e.g. --unroll 8).
# usage: variant.sh NAME [ENV=VAL ...]: compiles mamba.lr into .gpu/v35/NAME and prints regs + SASS load placement
cd "$(dirname "$0")/../.."; name=$1; shift
rm -rf .gpu/v35/$name; env "$@" bash -c "target/debug/linrec compile lang-examples/mamba.lr --dims N=16 ${XARGS:-} -o .gpu/v35/$name" >/dev/null 2>&1 || { echo fail; exit 1; }
rm -f .gpu/v35/$name/*.mlir
P=$(find .venv -name ptxas -type f | head -1); D=/tmp/nvd/nvidia/cu13/bin/nvdisasm
[ -n "$P" ] || { echo "no ptxas in .venv: run scripts/ptxas-check.sh once"; exit 2; }
if [ ! -x "$D" ]; then
  mkdir -p /tmp/nvd && python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
    --platform manylinux2014_x86_64 --platform manylinux_2_17_x86_64 nvidia-cuda-nvdisasm -d /tmp/nvd &&
    (cd /tmp/nvd && unzip -q -o nvidia_cuda_nvdisasm-*.whl) || { echo "nvdisasm: pip download failed"; exit 2; }
  D=$(find /tmp/nvd -name nvdisasm -type f | head -1)
fi
f=.gpu/v35/$name/selective_scan_fwd.ptx
regs=$($P -arch=sm_90 -v $f -o /tmp/$name.cubin 2>&1 | grep -o 'Used [0-9]* registers')
$D -c /tmp/$name.cubin | grep -E "^\s+/\*[0-9a-f]+\*/" > /tmp/$name.sass
python3 - /tmp/$name.sass "$name" "$regs" <<'P'
import sys,re
lines=open(sys.argv[1]).read().splitlines()
# hot loop: the largest block between a label target and a backward branch; approximate: find LDG indices
ldg=[i for i,l in enumerate(lines) if 'LDG' in l]
# first-use stalls can't be known; report: instructions, LDG count, number of LDGs issued before the first MUFU.EX2 after the first LDG cluster
first=ldg[0] if ldg else 0
mufu=[i for i,l in enumerate(lines) if 'MUFU' in l]
# main loop: region with most LDGs in a 400-line window
best=(0,0)
for s0 in range(0,len(lines),10):
    c=sum(1 for i in ldg if s0<=i<s0+400)
    if c>best[0]: best=(c,s0)
s0=best[1]; win=[i for i in ldg if s0<=i<s0+400]
ex=[i for i in mufu if i>win[0]]
before=sum(1 for i in win if ex and i<ex[0])
print(f"{sys.argv[2]:14s} {sys.argv[3]:20s} instrs {len(lines)}  loop LDGs {len(win)}, {before} issued before the loop's first MUFU; LDG span {win[0]}..{win[-1]}")
P
