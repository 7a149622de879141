#!/usr/bin/env bash
# Checks and times linrec on a GPU machine, the peers timed beside it in the same run; prints
# each step's table and a summary, and appends every measured row to the results file.
#
# Here (no GPU needed):  cargo build --release -p linrec-runtime --bin linrec-gpu
#                        cp -r ../shared/peers .peers        (an ignored folder; carry both)
# There (repo root):     LINREC_COMMIT=<hash> scripts/gpu.sh [STEP...]   (the hash of the code
#                        built here: the copy's own git metadata may be older)
#
# STEPs (default: peers-build check model-check peers bench model-peers model-bench):
#   check          every kernel in kernels-generated/ vs the float64 reference (conformance)
#   check:DIR[,DIR...]  those kernel dirs only (e.g. kernels-generated/mlstm)
#   check-large    L = 65,536 and a tensor of more than 2^31 elements
#   model-check    mamba.lr on the GPU vs transformers' logits and continuation
#   fixture-bf16   transformers' bf16 run of the tiny fixture (the bf16 bar of model-check):
#                  tests/fixtures/tiny-mamba/{logits_bf16.npy,reference_bf16.json}, copied
#                  to \$OUT (commit them here)
#   model-profile  where a batch-8 prefill spends its GPU time, per operation
#   profile-decode ncu over a few eager decoding steps (b1, b32 on the GEMV kernels, b1 also
#                  with the conv step apart, b32 also joined to a GEMV, on cuBLAS, bf16 on the
#                  CUDA cores' row tiles): each kernel's GPU time per step
#   profile-graph  where a decoding step's time goes inside its CUDA graph (b1, b32, f32 and
#                  bf16: an event node before each operation, timed in a replay; no profiler)
#   peers-build    start building the reference kernels in the background (.peers; ~3-7 min;
#                  PEERS_BUILD=scan: only the selective scan's, which the Python steps need);
#                  extensions in .peers/prebuilt/NAME.so.xz (built by an earlier run on the
#                  same image, stripped, xz-compressed) are used instead of building them
#   peers          wait for the scan's build, then time .peers/peers.py (the reference selective
#                  scan, accelerated-scan's first-order scan)
#   model-peers    wait for causal-conv1d's build, then time .peers/bench_model.py (the
#                  reference LM with its fast path)
#   bench          our kernels at the TARGETS shapes, paired with the peers' rows
#   model-bench    Mamba-130m-shaped prefill / decode tokens/s, paired with the reference LM
#   calibrate      every forward strategy forced on a grid of 60 shapes; the fitted cost-model
#                  table in \$OUT/calibration.json (copy it to compiler/calibration/<gpu>.json)
#   variants:DIR[,DIR...]  check, then time, compiled variant dirs (a dir named *bwd*: fwd+bwd)
#   python-install the Python package into /tmp/site from .gpu/_linrec.abi3.so.xz (the extension
#                  built here: maturin build --release -m python/Cargo.toml --auditwheel skip,
#                  its .so stripped and xz-compressed; the wheel is too big to carry) and
#                  python/src/linrec
#   python-test    python/tests (the CUDA path; the reference package once its build is done)
#   python-train   python/examples/train_mamba_block.py: 600 steps, the loss curve in \$OUT
#   python-bench   python/examples/bench_python.py: call overhead and fwd+bwd through the
#                  package, beside the reference package's selective_scan_fn
#   profile:DIR[,DIR...]   Nsight Compute over the variants' timing: the first $PROFILE_LAUNCHES
#                  (200) launches' durations and registers (profile-launches.csv: the first
#                  shape's calls, every slice of a sliced backward), then the full set on one launch of the
#                  kernel named in \$PROFILE_KERNELS (a regex; default: the backward kernels):
#                  profile.ncu-rep, its details page and its per-instruction (SASS) counters
# Outputs go to $OUT/<step>.txt, rows to $OUT/results.jsonl when OUT is set (append that file
# to bench/results.jsonl here, then run bench/report.py), else to bench/results.jsonl.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=./target/release/linrec-gpu
[ -x "$bin" ] || { [ -x .gpu/linrec-gpu ] && mkdir -p target/release && cp .gpu/linrec-gpu "$bin"; }
[ -x "$bin" ] || { echo "missing $bin: build it with cargo build --release -p linrec-runtime --bin linrec-gpu"; exit 2; }
# cuBLAS (the GEMMs of the model executor) is loaded at run time; pip's nvidia-cublas or the
# CUDA toolkit provide it.
cub=$(find /opt /usr /usr/local -name 'libcublas.so.1[0-9]*' 2>/dev/null | head -n1)
[ -n "$cub" ] && export LD_LIBRARY_PATH="$(dirname "$cub"):${LD_LIBRARY_PATH:-}"
out=${OUT:-}
peers_dir=${out:-/tmp}
results=${out:+$out/results.jsonl}
results=${results:-bench/results.jsonl}
export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(peers-build check model-check peers bench model-peers model-bench)
summary=()
for step in "${steps[@]}"; do
  case $step in
    check) cmd=("$bin" check kernels-generated/*) ;;
    check:*) IFS=, read -ra dirs <<<"${step#check:}"; cmd=("$bin" check "${dirs[@]}") ;;
    variants:*) IFS=, read -ra dirs <<<"${step#variants:}"
      cmd=(bash -c "$bin check ${dirs[*]} && $bin variants ${dirs[*]} --results $results") ;;
    profile:*) IFS=, read -ra dirs <<<"${step#profile:}"
      ncu=$(command -v ncu || echo /usr/local/cuda/bin/ncu)
      cmd=(bash -c "$ncu --csv --metrics gpu__time_duration.sum,launch__registers_per_thread,launch__grid_size,launch__block_size \\
          --launch-count ${PROFILE_LAUNCHES:-200} $bin variants ${dirs[*]} > ${out:-/tmp}/profile-launches.csv
        $ncu --set full --import-source no -f -o ${out:-/tmp}/profile -k 'regex:${PROFILE_KERNELS:-_bwd$}' \\
          --launch-skip 2 --launch-count 1 $bin variants ${dirs[*]} >/dev/null
        $ncu -i ${out:-/tmp}/profile.ncu-rep --page details > ${out:-/tmp}/profile-details.txt
        $ncu -i ${out:-/tmp}/profile.ncu-rep --page source --csv --print-source sass \\
          > ${out:-/tmp}/profile-sass.csv
        grep -E 'Duration|Throughput|Bank|Registers|Warp Cycles|Eligible' ${out:-/tmp}/profile-details.txt") ;;
    peers-build) cmd=(bash -c '
      [ -d .peers ] || { echo "no .peers: cp -r ../shared/peers .peers here, and carry it"; exit 2; }
      python3 -m pip install -q --no-index --no-deps --target /tmp/site .peers/wheels/*.whl
      # Extensions built on an earlier machine of the same image (.peers/prebuilt/*.so.xz,
      # brought back by an earlier run from $OUT) are used as they are.
      mkdir -p /tmp/mamba_build /tmp/conv_build
      for x in selective_scan_cuda:mamba causal_conv1d_cuda:conv; do
        f=.peers/prebuilt/${x%%:*}.so.xz
        [ -f "$f" ] && xz -dc "$f" > /tmp/${x#*:}_build/${x%%:*}.so && echo "prebuilt ${x%%:*}"
      done
      [ -f /tmp/mamba_build/selective_scan_cuda.so ] ||
        (MAX_JOBS=10 setsid python3 .peers/build_mamba.py scan > /tmp/build-scan.log 2>&1 &)
      [ "${PEERS_BUILD:-scan conv}" = scan ] || [ -f /tmp/conv_build/causal_conv1d_cuda.so ] ||
        (MAX_JOBS=5 setsid python3 .peers/build_mamba.py conv > /tmp/build-conv.log 2>&1 &)
      echo "building the reference kernels in the background (/tmp/build-*.log)"') ;;
    peers) cmd=(bash -c "
      while pgrep -f 'build_mamba[.]py scan' >/dev/null; do sleep 5; done; tail -n 2 /tmp/build-scan.log 2>/dev/null
      python3 .peers/peers.py .peers/rows.json | tee $peers_dir/peers.jsonl") ;;
    model-peers) cmd=(bash -c "
      while pgrep -f 'build_mamba[.]py' >/dev/null; do sleep 5; done; tail -n 2 /tmp/build-conv.log 2>/dev/null
      python3 .peers/bench_model.py | tee $peers_dir/model-peers.jsonl") ;;
    bench) cmd=("$bin" bench --peers "$peers_dir/peers.jsonl" --results "$results") ;;
    python-install) cmd=(bash -c '
      [ -f .gpu/_linrec.abi3.so.xz ] || { echo "no .gpu/_linrec.abi3.so.xz (see python-install above)"; exit 2; }
      mkdir -p /tmp/site/linrec && cp python/src/linrec/*.py /tmp/site/linrec/ &&
        xz -dc .gpu/_linrec.abi3.so.xz > /tmp/site/linrec/_linrec.abi3.so &&
        python3 -c "import linrec; print(\"linrec\", linrec.__version__, \"installed\")"') ;;
    python-test) cmd=(bash -c "
      while pgrep -f 'build_mamba[.]py scan' >/dev/null; do sleep 5; done
      PYTHONPATH=\$PYTHONPATH:/tmp/mamba_build:\$PWD/.peers/pkg python3 -m pytest -q -rs python/tests") ;;
    python-train) cmd=(python3 python/examples/train_mamba_block.py --steps 600
      --out "${out:-/tmp}/train_mamba_block.png" --json "${out:-/tmp}/train_mamba_block.json") ;;
    python-bench) cmd=(bash -c "
      while pgrep -f 'build_mamba[.]py scan' >/dev/null; do sleep 5; done
      PYTHONPATH=\$PYTHONPATH:/tmp/mamba_build:\$PWD/.peers/pkg python3 python/examples/bench_python.py \
        --commit \${LINREC_COMMIT:-\$(git rev-parse HEAD)} --results $results") ;;
    calibrate) cmd=("$bin" calibrate "${out:-/tmp}/calibration.json") ;;
    profile-graph) cmd=("$bin" model-profile decode-graph) ;;
    fixture-bf16) cmd=(bash -c "python3 tests/fixtures/make_bf16_reference.py &&
      { [ -z '$out' ] || cp tests/fixtures/tiny-mamba/{logits_bf16.npy,reference_bf16.json} '$out'/; }") ;;
    model-bench) cmd=("$bin" model-bench --peers "$peers_dir/model-peers.jsonl" --results "$results") ;;
    profile-decode) ncu=$(command -v ncu || echo /usr/local/cuda/bin/ncu)
      cmd=(bash -c "$ncu --csv --metrics gpu__time_duration.sum,launch__grid_size \
          $bin model-profile decode > ${out:-/tmp}/decode.csv && python3 scripts/ncu_decode.py ${out:-/tmp}/decode.csv") ;;
    *) cmd=("$bin" "$step") ;;
  esac
  # Without the peers' rows, time ours alone.
  if [[ $step == bench || $step == model-bench ]] && [ ! -s "${cmd[3]}" ]; then
    cmd=("$bin" "$step" --results "$results")
  fi
  name=${step%%:*}
  start=$(date +%s)
  echo "== $step"
  if [ -n "$out" ]; then "${cmd[@]}" 2>&1 | tee "$out/$name.txt"; rc=${PIPESTATUS[0]}
  else "${cmd[@]}"; rc=$?; fi
  summary+=("$(printf '%-14s rc %-3s %5ss' "$name" "$rc" "$(( $(date +%s) - start ))")")
done
echo "== summary"
printf '%s\n' "${summary[@]}"
