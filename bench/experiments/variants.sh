#!/usr/bin/env bash
# Builds, here (no GPU needed), the kernel dirs of an experiment for `linrec-gpu variants`:
# each example compiled from this checkout (`<example>-<dtype>-base-bwd`) and from it with
# PATCH applied (`<example>-<dtype>-<LABEL>-bwd`), f32 and bf16, into .gpu/ (an ignored folder
# the device call carries). Then, on the GPU machine, the pair is checked and timed beside each
# other in one run (fwd+bwd at the TARGETS shapes, with the peers' rows when their file is
# there):
#
#   bench/experiments/variants.sh bench/experiments/noalias.patch na selective_scan bimamba
#   (there) OUT=$OUT scripts/gpu.sh variants:.gpu/selective_scan-bf16-base-bwd,.gpu/selective_scan-bf16-na-bwd
#
# Rows come back labelled by dir; record them under the commit `<hash>+<PATCH>`.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 3 ] || { sed -n '2,13p' "$0"; exit 2; }
patch=$(realpath "$1")
label=$2
shift 2
examples=("$@")
mkdir -p .gpu
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || git check-ignore -q .gpu ||
  echo /.gpu/ >> .git/info/exclude

# The summed dims each example fixes at compile time, as the benchmarks' shapes need them.
dims_of() {
  case $1 in
    selective_scan | bimamba) echo N=16 ;;
    *) echo "variants.sh: no --dims known for $1; add it here" >&2; return 1 ;;
  esac
}

compile() { # tree, tag: the specs are this checkout's (the manifests name them by path)
  local tree=$1 tag=$2
  (cd "$tree" && cargo build -q --release -p linrec-cli)
  local bin=${CARGO_TARGET_DIR:-$tree/target}/release/linrec
  for ex in "${examples[@]}"; do
    for dtype in f32 bf16; do
      local name=$ex
      [ "$dtype" = bf16 ] && name=$ex-bf16
      local out=.gpu/$name-$tag-bwd
      rm -rf "$out"
      "$bin" compile "lang-examples/$ex.lr" -o "$out" \
        --dims "$(dims_of "$ex")" --dtype "$dtype" >/dev/null
      echo "built $out"
    done
  done
}

compile "$PWD" base
tree=$(mktemp -d /tmp/linrec-variant.XXXXXX)
trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || true' EXIT
git worktree add -q --detach "$tree" HEAD
git -C "$tree" apply "$patch"
# The patched tree builds in its own target dir, next to this checkout's.
CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}/variant compile "$tree" "$label" ||
  { echo "variants.sh: the patched tree did not build" >&2; exit 1; }
