"""The package's CUDA path (skipped without a GPU and torch): the compiled kernels through the
Python API against the float64 interpreter (the CPU path) and against the reference
package's ``selective_scan_fn`` when it is importable; gradients; the decoding step;
torch.compile without a graph break; bad inputs refused with errors that name the argument."""

import os

import pytest

torch = pytest.importorskip("torch")
if not torch.cuda.is_available():
    pytest.skip("no CUDA device", allow_module_level=True)

import linrec  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
SELECTIVE = os.path.join(ROOT, "lang-examples", "selective_scan.lr")
TOL = {"f32": 1e-4, "bf16": 2e-2}
DT = {"f32": torch.float32, "bf16": torch.bfloat16}


def inputs(B, D, L, N, dtype, seed=0):
    g = torch.Generator(device="cuda").manual_seed(seed)
    dt = DT[dtype]

    def r(*s, lo=None, hi=None):
        x = torch.randn(*s, device="cuda", generator=g)
        if lo is not None:
            x = torch.rand(*s, device="cuda", generator=g) * (hi - lo) + lo
        return x

    # Every tensor in the compiled dtype (`--dtype` sets them all, parameters included).
    return dict(
        u=r(B, D, L).to(dt),
        delta=r(B, D, L, lo=-1, hi=1).to(dt),
        z=r(B, D, L).to(dt),
        A=r(D, N, lo=-4, hi=-0.25).to(dt),
        Bm=r(B, N, L).to(dt),
        Cm=r(B, N, L).to(dt),
        Dskip=r(D).to(dt),
        dt_bias=r(D).to(dt),
    )


def rel(a, b):
    a, b = a.double(), b.double()
    return ((a - b).norm() / b.norm().clamp_min(1e-30)).item()


def grads(fn, xs, seed=1):
    """Outputs, and the gradients of a fixed random projection of the first output."""
    ts = {k: v.clone().requires_grad_(True) for k, v in xs.items()}
    outs = fn(**ts)
    y = outs[0] if isinstance(outs, tuple) else outs
    # The same weights on every device (drawn on the CPU).
    w = torch.randn(y.shape, generator=torch.Generator().manual_seed(seed)).to(y.device)
    (y.float() * w).sum().backward()
    return outs, {k: t.grad for k, t in ts.items()}


@pytest.mark.parametrize("dtype", ["f32", "bf16"])
def test_selective_scan_matches_the_interpreter(dtype):
    xs = inputs(2, 8, 33, 16, dtype)
    gpu = linrec.compile(SELECTIVE, dims={"N": 16}, dtype=dtype)
    cpu = linrec.compile(SELECTIVE, dims={"N": 16})
    (y, h), g = grads(gpu, xs)
    (y_ref, h_ref), g_ref = grads(cpu, {k: v.double().cpu() for k, v in xs.items()})
    tol = TOL[dtype]
    assert y.dtype == DT[dtype] and y.is_cuda
    assert rel(y.cpu(), y_ref) < tol and rel(h.cpu(), h_ref) < tol
    for k in xs:
        assert rel(g[k].cpu(), g_ref[k]) < tol * 10, k


PARAMS = {"A": "f32", "Dskip": "f32", "dt_bias": "f32"}


@pytest.mark.parametrize("dtype,params", [("f32", None), ("bf16", None), ("bf16", PARAMS)])
def test_selective_scan_matches_the_reference_package(dtype, params):
    iface = pytest.importorskip("mamba_ssm.ops.selective_scan_interface")
    B, D, L, N = 2, 64, 512, 16
    xs = inputs(B, D, L, N, dtype, seed=3)
    if params:
        # The parameters in f32, as the reference takes them.
        xs.update({k: xs[k].float() for k in params})
    scan = linrec.compile(SELECTIVE, dims={"N": 16}, dtype=dtype, dtypes=params)

    def ref(u, delta, z, A, Bm, Cm, Dskip, dt_bias):
        # The reference takes A, D and the bias in f32: the same values, widened.
        return iface.selective_scan_fn(
            u, delta, A.float(), Bm.unsqueeze(1), Cm.unsqueeze(1), Dskip.float(), z,
            dt_bias.float(), True, False,
        )

    (y, _), g = grads(scan, xs)
    y_ref, g_ref = grads(ref, xs)
    tol = TOL[dtype]
    assert rel(y, y_ref) < tol, rel(y, y_ref)
    for k in xs:
        assert rel(g[k], g_ref[k]) < tol, (k, rel(g[k], g_ref[k]))


def test_initial_state_and_its_gradient():
    xs = inputs(2, 4, 17, 16, "f32", seed=5)
    xs["h0"] = torch.randn(2, 4, 16, device="cuda")
    gpu = linrec.compile(SELECTIVE, dims={"N": 16})
    (y, h), g = grads(gpu, xs)
    (y_ref, h_ref), g_ref = grads(gpu, {k: v.double().cpu() for k, v in xs.items()})
    assert rel(y.cpu(), y_ref) < 1e-4 and rel(h.cpu(), h_ref) < 1e-4
    assert rel(g["h0"].cpu(), g_ref["h0"]) < 1e-4


def test_step_matches_the_forward():
    xs = inputs(2, 4, 6, 16, "f32", seed=7)
    scan = linrec.compile(SELECTIVE, dims={"N": 16})
    y, h_last = scan(**xs)
    state = None
    for t in range(6):
        one = {k: (v[..., t : t + 1].contiguous() if v.dim() == 3 else v) for k, v in xs.items()}
        yt, state = linrec.step(scan, state, **one)
        assert rel(yt[:, :, 0], y[:, :, t]) < 1e-5
    assert rel(state["h"], h_last) < 1e-5


def test_torch_compile_has_no_graph_break():
    xs = inputs(2, 8, 16, 16, "f32", seed=9)
    scan = linrec.compile(SELECTIVE, dims={"N": 16})

    def f(**kw):
        y, _ = scan(**kw)
        return (y * y).mean()

    eager = f(**xs)
    compiled = torch.compile(f, fullgraph=True)(**xs)
    assert torch.allclose(eager, compiled, rtol=1e-5)
    ts = {k: v.clone().requires_grad_(True) for k, v in xs.items()}
    torch.compile(f, fullgraph=True)(**ts).backward()
    ref = {k: v.clone().requires_grad_(True) for k, v in xs.items()}
    f(**ref).backward()
    for k in xs:
        assert torch.allclose(ts[k].grad, ref[k].grad, rtol=1e-4, atol=1e-6), k


def test_the_call_runs_on_the_current_stream():
    xs = inputs(2, 8, 64, 16, "f32", seed=11)
    scan = linrec.compile(SELECTIVE, dims={"N": 16})
    y0, _ = scan(**xs)
    s = torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        y1, _ = scan(**xs)
    torch.cuda.current_stream().wait_stream(s)
    assert torch.equal(y0, y1)


def test_bad_inputs_name_the_argument():
    xs = inputs(2, 8, 16, 16, "bf16")
    scan = linrec.compile(SELECTIVE, dims={"N": 16}, dtype="bf16")
    with pytest.raises(TypeError, match="`A` has dtype torch.float32"):
        scan(**{**xs, "A": xs["A"].float()})
    with pytest.raises(ValueError, match="`u`.*contiguous"):
        scan(**{**xs, "u": xs["u"].transpose(0, 1).contiguous().transpose(0, 1)})
    with pytest.raises(ValueError, match="`z`"):
        scan(**{**xs, "z": xs["z"].cpu()})
    with pytest.raises(ValueError, match="`Bm` has N = 8"):
        scan(**{**xs, "Bm": xs["Bm"][:, :8].contiguous()})
