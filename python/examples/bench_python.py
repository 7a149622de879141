"""Times linrec's Python package on the GPU beside the reference package's selective_scan_fn
(when importable), the same calls the same way, and prints one results row per measurement
(bench/results.jsonl's schema) to stdout, and appends them to --results:

- `python call overhead` (forward, and forward + backward): the median host time of one call
  at a small shape, where the kernels' own time is a few microseconds and overlaps the host's
  next call, so the host time is the call's overhead;
- `selective_scan fwd+bwd python`: forward + backward through the package at a TARGETS shape
  (CUDA events, buffers from torch's caching allocator, as a training step runs it).

    python python/examples/bench_python.py --commit $(git rev-parse HEAD) --results out.jsonl
"""

import argparse
import datetime
import json
import os
import statistics
import time

import torch

import linrec

SPEC = os.path.join(os.path.dirname(__file__), "..", "..", "lang-examples", "selective_scan.lr")
DT = {"f32": torch.float32, "bf16": torch.bfloat16}


def inputs(B, D, L, N, dtype, grad):
    dt = DT[dtype]
    g = torch.Generator(device="cuda").manual_seed(0)

    def r(*s):
        return torch.randn(*s, device="cuda", generator=g)

    xs = dict(
        u=r(B, D, L).to(dt),
        delta=(torch.rand(B, D, L, device="cuda", generator=g) * 2 - 1).to(dt),
        z=r(B, D, L).to(dt),
        A=(-(torch.rand(D, N, device="cuda", generator=g) * 3.75 + 0.25)).to(dt),
        Bm=r(B, N, L).to(dt),
        Cm=r(B, N, L).to(dt),
        Dskip=r(D).to(dt),
        dt_bias=r(D).to(dt),
    )
    return {k: v.requires_grad_(grad) for k, v in xs.items()}


def reference():
    try:
        from mamba_ssm.ops.selective_scan_interface import selective_scan_fn
    except Exception as e:  # noqa: BLE001 - any failure means: no peer in this run
        print(f"# no reference package ({type(e).__name__}: {e})")
        return None

    def call(u, delta, z, A, Bm, Cm, Dskip, dt_bias):
        return selective_scan_fn(
            u, delta, A.float(), Bm.unsqueeze(1), Cm.unsqueeze(1), Dskip.float(), z,
            dt_bias.float(), True, True,
        )

    return call


def host_median(f, calls):
    for _ in range(20):
        f()
    torch.cuda.synchronize()
    ts = []
    for _ in range(calls):
        t = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t)
    torch.cuda.synchronize()
    return statistics.median(ts) * 1e3


def device_median(f, reps=20):
    for _ in range(3):
        f()
    torch.cuda.synchronize()
    ts = []
    for _ in range(reps):
        s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        s.record()
        f()
        e.record()
        torch.cuda.synchronize()
        ts.append(s.elapsed_time(e))
    return statistics.median(ts)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--commit", required=True)
    p.add_argument("--results")
    p.add_argument("--calls", type=int, default=1000)
    a = p.parse_args()
    ref = reference()
    rows = []

    def row(name, shape, dtype, ours, peer, floor=None):
        r = dict(
            date=datetime.date.today().isoformat(), commit=a.commit,
            device=torch.cuda.get_device_name(), command="python python/examples/bench_python.py",
            row=name, shape=shape, dtype=dtype, value=ours, unit="ms", floor=floor,
            peer="mamba_ssm" if peer is not None else None, peer_value=peer,
        )
        rows.append(r)
        vs = f"  {peer / ours:.2f}x the reference ({peer * 1e3:.1f} us)" if peer else ""
        print(f"{name:36s} {shape:24s} {dtype:5s} {ours * 1e3:9.1f} us{vs}", flush=True)

    for dtype in ("f32", "bf16"):
        scan = linrec.compile(SPEC, dims={"N": 16}, dtype=dtype)
        # Overhead: a small shape, forward only and forward + backward.
        shape = (1, 16, 16, 16)
        name = "B=1,D=16,L=16,N=16"
        xs = inputs(*shape, dtype, grad=False)
        with torch.no_grad():
            ours = host_median(lambda: scan(**xs), a.calls)
            peer = host_median(lambda: ref(**xs), a.calls) if ref else None
        row("python call overhead fwd", name, dtype, ours, peer)
        # Where the forward's host time goes: the kernels' Rust call alone (addresses ready),
        # then with the outputs' allocation, against the whole call.
        from linrec._cuda import current_stream

        compiled = scan._compiled_at(0)
        names = tuple(xs)
        plan = compiled.plan(names, list(xs.values()))
        outs, _ = compiled.forward(plan, list(xs.values()), False)
        addrs, optrs = plan.addresses(list(xs.values())), [o.data_ptr() for o in outs]
        rust = host_median(
            lambda: compiled.kernels.forward(plan.id, addrs, optrs, False, (0, 0), (0, 0), current_stream(0)),
            a.calls,
        )
        alloc = host_median(lambda: compiled.forward(plan, list(xs.values()), False), a.calls)
        print(f"#   of which: kernels' Rust call + launches {rust * 1e3:.1f} us, with allocation {alloc * 1e3:.1f} us")
        xg = inputs(*shape, dtype, grad=True)

        def fb(f):
            y, _ = f(**xg)
            y.backward(torch.ones_like(y))

        ours = host_median(lambda: fb(scan), a.calls)
        peer = host_median(lambda: fb(ref), a.calls) if ref else None
        row("python call overhead fwd+bwd", name, dtype, ours, peer)
        # A training step's scan at a TARGETS shape.
        B, D, L, N = 8, 1536, 2048, 16
        xg = inputs(B, D, L, N, dtype, grad=True)
        ours = device_median(lambda: fb(scan))
        peer = device_median(lambda: fb(ref)) if ref else None
        row("selective_scan fwd+bwd python", f"B={B},D={D},L={L},N={N}", dtype, ours, peer)
    if a.results:
        with open(a.results, "a") as f:
            for r in rows:
                f.write(json.dumps(r, sort_keys=True, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
