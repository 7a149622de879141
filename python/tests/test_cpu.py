"""The package's CPU path: outputs against numpy references written here from the papers'
equations, gradients against central finite differences through the Python API, and bad
inputs refused with errors that name the argument."""

import os

import numpy as np
import pytest

import linrec

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
SELECTIVE = os.path.join(ROOT, "lang-examples", "selective_scan.lr")
FIRST = os.path.join(ROOT, "lang-examples", "first_order.lr")


def softplus(x):
    return np.log1p(np.exp(-np.abs(x))) + np.maximum(x, 0)


def silu(x):
    return x / (1 + np.exp(-x))


def selective_scan_ref(u, delta, z, A, Bm, Cm, Dskip, dt_bias, h0=None):
    """Mamba's S6 as the paper writes it: ZOH-discretised A, Euler B, C contraction."""
    B, D, L = u.shape
    N = A.shape[1]
    h = np.zeros((B, D, N)) if h0 is None else h0.copy()
    y = np.zeros((B, D, L))
    for t in range(L):
        dt = softplus(delta[:, :, t] + dt_bias[None, :])  # (B, D)
        h = np.exp(dt[:, :, None] * A[None]) * h + dt[:, :, None] * Bm[:, None, :, t] * u[:, :, t, None]
        y[:, :, t] = (np.einsum("bdn,bn->bd", h, Cm[:, :, t]) + Dskip[None] * u[:, :, t]) * silu(
            z[:, :, t]
        )
    return y, h


def selective_inputs(rng, B=2, D=3, L=7, N=4):
    return dict(
        u=rng.standard_normal((B, D, L)),
        delta=rng.standard_normal((B, D, L)),
        z=rng.standard_normal((B, D, L)),
        A=-rng.uniform(0.25, 4, (D, N)),
        Bm=rng.standard_normal((B, N, L)),
        Cm=rng.standard_normal((B, N, L)),
        Dskip=rng.standard_normal(D),
        dt_bias=rng.standard_normal(D),
    )


def test_first_order_matches_a_loop():
    rng = np.random.default_rng(0)
    a = rng.uniform(0, 1, (2, 3, 9))
    x = rng.standard_normal((2, 3, 9))
    scan = linrec.compile(FIRST)
    y = scan(a=a, x=x)
    h = np.zeros((2, 3))
    for t in range(9):
        h = a[:, :, t] * h + x[:, :, t]
        np.testing.assert_allclose(y[:, :, t], h, rtol=1e-13, atol=1e-13)


def test_selective_scan_matches_the_paper():
    rng = np.random.default_rng(1)
    xs = selective_inputs(rng)
    scan = linrec.compile(SELECTIVE, dims={"N": 4})
    y, h_last = scan(**xs)
    y_ref, h_ref = selective_scan_ref(**xs)
    np.testing.assert_allclose(y, y_ref, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(h_last, h_ref, rtol=1e-12, atol=1e-12)
    # The optional initial state.
    h0 = rng.standard_normal((2, 3, 4))
    y, _ = scan(**xs, h0=h0)
    np.testing.assert_allclose(y, selective_scan_ref(**xs, h0=h0)[0], rtol=1e-12, atol=1e-12)


def test_float32_in_float32_out():
    rng = np.random.default_rng(2)
    xs = {k: v.astype(np.float32) for k, v in selective_inputs(rng).items()}
    y, h = linrec.compile(SELECTIVE)(**xs)
    assert y.dtype == np.float32 and h.dtype == np.float32


def test_gradients_match_finite_differences():
    rng = np.random.default_rng(3)
    xs = selective_inputs(rng, B=2, D=2, L=5, N=3)
    xs["h0"] = rng.standard_normal((2, 2, 3))
    scan = linrec.compile(SELECTIVE)
    wy = rng.standard_normal((2, 2, 5))
    wh = rng.standard_normal((2, 2, 3))

    def loss(inputs):
        y, h = scan(**inputs)
        return float((wy * y).sum() + (wh * h).sum())

    grads = scan.backward(xs, {"y": wy, "h_last": wh})
    assert set(grads) == set(xs)
    assert_gradients_match_finite_differences(loss, xs, grads)


def assert_gradients_match_finite_differences(loss, xs, grads):
    """Each of `grads` (by input name) against central differences of `loss(inputs)`."""
    eps = 1e-6
    for name, x in xs.items():
        g = grads[name]
        assert g.shape == x.shape, name
        fd = np.zeros_like(x)
        for idx in np.ndindex(x.shape):
            plus = {k: v.copy() for k, v in xs.items()}
            minus = {k: v.copy() for k, v in xs.items()}
            plus[name][idx] += eps
            minus[name][idx] -= eps
            fd[idx] = (loss(plus) - loss(minus)) / (2 * eps)
        err = np.abs(g - fd).max() / max(np.abs(fd).max(), 1e-12)
        assert err < 1e-6, (name, err)


def test_steps_carry_the_state_and_equal_the_scan():
    rng = np.random.default_rng(7)
    xs = selective_inputs(rng, B=2, D=3, L=6, N=4)
    scan = linrec.compile(SELECTIVE)
    y, h_last = scan(**xs)
    state = None
    for t in range(6):
        at_t = {k: (v[..., t : t + 1] if k in ("u", "delta", "z", "Bm", "Cm") else v) for k, v in xs.items()}
        y_t, state = linrec.step(scan, state, **at_t)
        np.testing.assert_allclose(y_t[..., 0], y[..., t], rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(state["h"], h_last, rtol=1e-12, atol=1e-12)
    with pytest.raises(ValueError, match="decoding step needs `L` = 1"):
        scan.step(None, **xs)
    with pytest.raises(ValueError, match="state `h` has shape"):
        scan.step({"h": np.zeros(3)}, **at_t)


def test_explain_names_the_derivations():
    text = linrec.explain(SELECTIVE)
    assert "adjoint" in text and "combine" in text
    assert "selective_scan" in repr(linrec.compile(SELECTIVE))


def test_a_spec_given_as_text():
    spec = """
    recurrence ema(x: f32[B, T], alpha: f32[B] in [0, 1]) -> (y: f32[B, T]) {
      scan t over T;
      state h: f32[B] = 0;
      h[b] = alpha[b] * h[b] + (1 - alpha[b]) * x[b, t];
      y[b, t] = h[b];
    }
    """
    x = np.arange(8.0).reshape(2, 4)
    y = linrec.compile(spec)(x=x, alpha=np.array([0.5, 0.0]))
    np.testing.assert_allclose(y[1], x[1])
    np.testing.assert_allclose(y[0], [0.0, 0.5, 1.25, 2.125])


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda xs: xs.pop("u"), "needs input `u`"),
        (lambda xs: xs.update(u=np.zeros((2, 3))), "input `u` has 2 dims"),
        (lambda xs: xs.update(Bm=np.zeros((5, 4, 7))), "input `Bm` has B = 5"),
        (lambda xs: xs.update(w=np.zeros(3)), "has no input `w`"),
        (lambda xs: xs.update(u=np.array([["a"]])), "input `u` has dtype"),
    ],
)
def test_bad_inputs_name_the_argument(change, message):
    xs = selective_inputs(np.random.default_rng(4))
    change(xs)
    with pytest.raises((ValueError, TypeError), match=message):
        linrec.compile(SELECTIVE)(**xs)


def test_bad_gradients_name_the_output():
    rng = np.random.default_rng(5)
    xs = selective_inputs(rng)
    scan = linrec.compile(SELECTIVE)
    with pytest.raises(ValueError, match="gradient of output `y` has shape"):
        scan.backward(xs, {"y": np.zeros((1, 1, 1))})
    with pytest.raises(ValueError, match="has no output `q`"):
        scan.backward(xs, {"q": np.zeros(1)})


def test_a_spec_that_does_not_check_says_where():
    bad = "recurrence r(x: f32[T]) -> (y: f32[T]) {\n  scan t over T;\n  state h: f32[] = 0;\n  h = h * h + x[t];\n  y[t] = h;\n}\n"
    with pytest.raises(linrec.SpecError) as e:
        linrec.compile(bad)
    assert "<spec>:4:" in str(e.value) and "E200" in str(e.value)


def test_bad_dtype_and_name():
    with pytest.raises(ValueError, match="dtype must be one of"):
        linrec.compile(SELECTIVE, dtype="f64")
    with pytest.raises(ValueError, match="no recurrence `nope`"):
        linrec.compile(SELECTIVE, name="nope")


def test_torch_cpu_tensors_are_differentiable():
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(6)
    xs = selective_inputs(rng, B=1, D=2, L=4, N=3)
    ts = {k: torch.tensor(v, requires_grad=True) for k, v in xs.items()}
    scan = linrec.compile(SELECTIVE)
    y, h = scan(**ts)
    (y.square().sum() + h.sum()).backward()
    want = scan.backward(xs, {"y": 2 * y.detach().numpy(), "h_last": np.ones(h.shape)})
    for k, t in ts.items():
        np.testing.assert_allclose(t.grad.numpy(), want[k], rtol=1e-10, atol=1e-12)


def test_torch_compile_traces_the_call_without_a_graph_break():
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(8)
    xs = selective_inputs(rng, B=1, D=2, L=4, N=3)
    ts = {k: torch.tensor(v, requires_grad=True) for k, v in xs.items()}
    scan = linrec.compile(SELECTIVE)

    def f(**kw):
        y, h = scan(**kw)
        return y.square().sum() + h.sum()

    eager = f(**ts)
    compiled = torch.compile(f, fullgraph=True, backend="aot_eager")(**ts)
    assert torch.allclose(eager, compiled)
    compiled.backward()
    want = scan.backward(xs, {"y": 2 * scan(**xs)[0], "h_last": np.ones((1, 2, 3))})
    for k, t in ts.items():
        np.testing.assert_allclose(t.grad.numpy(), want[k], rtol=1e-10, atol=1e-12)


def test_torch_bad_inputs_name_the_argument():
    torch = pytest.importorskip("torch")
    xs = selective_inputs(np.random.default_rng(9))
    ts = {k: torch.tensor(v) for k, v in xs.items()}
    scan = linrec.compile(SELECTIVE)
    with pytest.raises(ValueError, match="input `Cm` has B = 5"):
        scan(**{**ts, "Cm": torch.zeros(5, 4, 7, dtype=torch.float64)})
    with pytest.raises(ValueError, match="needs input `z`"):
        scan(**{k: v for k, v in ts.items() if k != "z"})
    with pytest.raises(TypeError, match="input `u` has dtype"):
        scan(**{**ts, "u": torch.zeros(2, 3, 7, dtype=torch.int64)})


MLSTM = os.path.join(ROOT, "lang-examples", "mlstm.lr")


def log_sigmoid(x):
    return np.minimum(x, 0) - np.log1p(np.exp(-np.abs(x)))


def mlstm_ref(q, k, v, ig, fg):
    """xLSTM's mLSTM with its stabiliser, as the paper writes it (Beck et al. 2024, eqs. of
    the stabilised exponential gating)."""
    B, L, H, DK = q.shape
    DV = v.shape[-1]
    C = np.zeros((B, H, DK, DV))
    n = np.zeros((B, H, DK))
    m = np.zeros((B, H))
    o = np.zeros((B, L, H, DV))
    for t in range(L):
        log_f = log_sigmoid(fg[:, t])
        m_new = np.maximum(log_f + m, ig[:, t])
        i = np.exp(ig[:, t] - m_new)
        f = np.exp(log_f + m - m_new)
        key = k[:, t] / np.sqrt(DK)
        C = f[..., None, None] * C + i[..., None, None] * key[..., :, None] * v[:, t, :, None, :]
        n = f[..., None] * n + i[..., None] * key
        m = m_new
        num = np.einsum("bhk,bhkv->bhv", q[:, t], C)
        den = np.maximum(np.abs(np.einsum("bhk,bhk->bh", q[:, t], n)), np.exp(-m))
        o[:, t] = num / den[..., None]
    return o


def test_a_chain_of_scans_matches_the_stabilised_mlstm_and_its_gradients():
    rng = np.random.default_rng(11)
    B, L, H, DK, DV = 2, 6, 2, 3, 2
    xs = dict(
        q=rng.standard_normal((B, L, H, DK)),
        k=rng.standard_normal((B, L, H, DK)),
        v=rng.standard_normal((B, L, H, DV)),
        ig=rng.standard_normal((B, L, H)),
        fg=rng.standard_normal((B, L, H)) + 2,
    )
    scan = linrec.compile(MLSTM)
    o = scan(**xs)
    np.testing.assert_allclose(o, mlstm_ref(**xs), rtol=1e-12, atol=1e-12)
    w = rng.standard_normal(o.shape)
    grads = scan.backward(xs, {"o": w})
    assert_gradients_match_finite_differences(
        lambda inputs: float((w * scan(**inputs)).sum()), xs, grads
    )
