"""Peers of the linrec benchmark, timed on the GPU in the same run as `linrec-gpu bench`.

Run on the GPU machine (torch and triton are there; accelerated-scan and fla-core travel as
wheels in .whl/, git-ignored: `pip download --no-deps accelerated-scan==0.3.1 fla-core==0.6.0`):
    python3 -m pip install -q --no-index --no-deps --target /tmp/site .whl/*.whl
    PYTHONPATH=/tmp/site python3 bench/peers.py
Prints copy bandwidth and, per shape, each peer's median time (CUDA events via
triton.testing.do_bench) and its ratio to the copy-bandwidth floor.
"""

import torch
import triton


def median_ms(fn):
    return triton.testing.do_bench(fn, warmup=25, rep=200, return_mode="median")


def copy_bandwidth():
    n = 1 << 28
    src = torch.rand(n, device="cuda")
    dst = torch.empty_like(src)
    ms = median_ms(lambda: dst.copy_(src))
    return 2 * n * 4 / (ms * 1e-3)


def main():
    bw = copy_bandwidth()
    print(f"device: {torch.cuda.get_device_name()}")
    print(f"copy bandwidth: {bw / 1e12:.2f} TB/s (read + write)")
    print(f"{'peer':<34} {'shape':<22} {'ms':>9} {'floor ms':>9} {'floor/t':>8}")
    try:
        from accelerated_scan.scalar import scan as scalar_scan
    except Exception as e:  # noqa: BLE001 - report and go on with what is there
        print(f"accelerated_scan unavailable: {e}")
        scalar_scan = None
    for t in (2048, 16384, 65536) if scalar_scan else ():
        gates = torch.rand(8, 1536, t, device="cuda")
        tokens = torch.rand(8, 1536, t, device="cuda")
        ms = median_ms(lambda: scalar_scan(gates, tokens))
        floor = 3 * gates.numel() * 4 / bw * 1e3
        print(f"{'accelerated-scan scalar (Triton)':<34} {f'8,1536,{t}':<22} {ms:9.4f} {floor:9.4f} {100 * floor / ms:7.1f}%")
    fla_peers(bw)


def fla_peers(bw):
    """fla-core's HGRN kernels: h_t = exp(g_t) h_{t-1} + x_t over (B, T, D), the same data as
    the first-order scan (read x, g; write o)."""
    try:
        from fla.ops.hgrn import chunk_hgrn, fused_recurrent_hgrn
    except Exception as e:  # noqa: BLE001 - report and go on
        print(f"fla-core unavailable: {e}")
        return
    for t in (2048, 16384, 65536):
        x = torch.rand(8, t, 1536, device="cuda")
        g = torch.nn.functional.logsigmoid(torch.randn(8, t, 1536, device="cuda"))
        floor = 3 * x.numel() * 4 / bw * 1e3
        for name, fn in (("fla chunk_hgrn (Triton)", chunk_hgrn), ("fla fused_recurrent_hgrn", fused_recurrent_hgrn)):
            ms = median_ms(lambda: fn(x, g))
            print(f"{name:<34} {f'8,{t},1536':<22} {ms:9.4f} {floor:9.4f} {100 * floor / ms:7.1f}%")


if __name__ == "__main__":
    main()
