//! Derivations checked numerically in f64, for every recurrence of every bundled example:
//! derived gradients against central finite differences, the decode step iterated over the
//! sequence against the full forward, and the chunked evaluation (any chunk size) against the
//! sequential one.

use linrec_compiler::derive::Derived;
use linrec_compiler::interp::{self, Sizes, Tensor};

use proptest::prelude::*;
use rand::{Rng, SeedableRng};

use crate::support::{all_derived, derive_text, rel_err};

fn sizes(d: &Derived, len: usize, other: usize) -> Sizes {
    Sizes(
        d.rec
            .dims
            .iter()
            .map(|(h, _)| {
                if h == d.rec.scan {
                    len
                } else {
                    other + h.index() % 2
                }
            })
            .collect(),
    )
}

/// Random inputs, optional ones included.
fn inputs(d: &Derived, sizes: &Sizes, seed: u64) -> Vec<Option<Tensor>> {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    d.rec
        .inputs
        .iter()
        .map(|(_, i)| {
            let shape = sizes.shape(&i.dims);
            let n = shape.iter().product();
            let (lo, hi) = i.range;
            Some(Tensor {
                shape,
                data: (0..n).map(|_| rng.random_range(lo..hi)).collect(),
            })
        })
        .collect()
}

fn random_like(outs: &[Tensor], seed: u64) -> Vec<Tensor> {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    outs.iter()
        .map(|t| Tensor {
            shape: t.shape.clone(),
            data: (0..t.len()).map(|_| rng.random_range(-1.0..1.0)).collect(),
        })
        .collect()
}

fn loss(d: &Derived, sizes: &Sizes, inputs: &[Option<Tensor>], dy: &[Tensor]) -> f64 {
    let out = interp::run(&d.rec, sizes, inputs).expect("forward runs");
    out.outputs
        .iter()
        .zip(dy)
        .map(|(o, g)| o.data.iter().zip(&g.data).map(|(x, y)| x * y).sum::<f64>())
        .sum()
}

#[test]
fn every_example_decomposes_and_gradients_match_finite_differences() {
    for d in all_derived() {
        gradients_match_finite_differences(&d);
    }
}

/// Root-mean-square below which finite differences are noise, compared in absolute terms.
const FD_FLOOR: f64 = 1e-4;

/// The derived backward of `d` against central finite differences of the interpreter's loss.
fn gradients_match_finite_differences(d: &Derived) {
    for (len, other, seed) in [(5, 2, 1), (1, 1, 2), (7, 3, 3)] {
        let sizes = sizes(d, len, other);
        let x = inputs(d, &sizes, seed);
        let out = interp::run(&d.rec, &sizes, &x).expect("forward");
        let dy = random_like(&out.outputs, seed + 100);
        let grads = interp::backward(d, &sizes, &x, &dy).expect("backward");
        for ((_, input), (k, g)) in d.rec.inputs.iter().zip(grads.inputs.iter().enumerate()) {
            let g = g.as_ref().expect("every input was given");
            let mut fd = vec![0.0; g.len()];
            for (e, slot) in fd.iter_mut().enumerate() {
                let mut plus = x.clone();
                let mut minus = x.clone();
                let v = x[k].as_ref().expect("given").data[e];
                let eps = 1e-5 * v.abs().max(1.0);
                plus[k].as_mut().expect("given").data[e] = v + eps;
                minus[k].as_mut().expect("given").data[e] = v - eps;
                *slot = (loss(d, &sizes, &plus, &dy) - loss(d, &sizes, &minus, &dy)) / (2.0 * eps);
            }
            // (With one step a decay multiplies the zero initial state: no effect.)
            assert!(
                len == 1 || fd.iter().any(|v| v.abs() > 1e-9),
                "{}: `{}` does not affect the loss",
                d.rec.name,
                input.name
            );
            // Relative to the finite differences, floored where they cancel to noise (the
            // LRU's `θ` moves `|λ|` not at all: both sides are 1e-12 or less, not a gradient).
            let (num, den) = linrec_compiler::interp::err_norms(&g.data, &fd);
            let err = num / den.max(FD_FLOOR * (fd.len() as f64).sqrt());
            assert!(
                err < 1e-6,
                "{}: gradient of `{}` (L = {len}) off by {err:e}\n derived {:?}\n fd      {:?}",
                d.rec.name,
                input.name,
                &g.data[..g.len().min(6)],
                &fd[..fd.len().min(6)]
            );
        }
    }
}

#[test]
fn gradient_of_an_absent_initial_state_is_not_reported_and_zero_init_still_works() {
    for d in all_derived() {
        let sizes = sizes(&d, 4, 2);
        let mut x = inputs(&d, &sizes, 9);
        for (h, i) in d.rec.inputs.iter() {
            if i.optional {
                x[h.index()] = None;
            }
        }
        let out = interp::run(&d.rec, &sizes, &x).expect("forward");
        let dy = random_like(&out.outputs, 5);
        let g = interp::backward(&d, &sizes, &x, &dy).expect("backward");
        for ((_, i), g) in d.rec.inputs.iter().zip(&g.inputs) {
            assert_eq!(g.is_none(), i.optional, "{}: {}", d.rec.name, i.name);
        }
    }
}

/// Slices position `t` of every input with the scan dim (keeping it, with size 1).
fn slice_step(d: &Derived, sizes: &Sizes, x: &[Option<Tensor>], t: usize) -> Vec<Option<Tensor>> {
    d.rec
        .inputs
        .iter()
        .zip(x)
        .map(|((_, i), x)| {
            let x = x.as_ref()?;
            let Some(k) = i.dims.iter().position(|&dim| dim == d.rec.scan) else {
                return Some(x.clone());
            };
            let len = sizes.of(d.rec.scan);
            let outer: usize = x.shape[..k].iter().product();
            let inner: usize = x.shape[k + 1..].iter().product();
            let mut data = Vec::with_capacity(outer * inner);
            for o in 0..outer {
                let base = (o * len + t) * inner;
                data.extend_from_slice(&x.data[base..base + inner]);
            }
            let mut shape = x.shape.clone();
            shape[k] = 1;
            Some(Tensor { shape, data })
        })
        .collect()
}

#[test]
fn step_form_iterated_equals_the_full_forward() {
    for d in all_derived() {
        step_form_equals_forward(&d);
    }
}

/// The decode step of `d`, iterated over the sequence, against the full forward.
fn step_form_equals_forward(d: &Derived) {
    let len = 9;
    let sizes = sizes(d, len, 2);
    let x = inputs(d, &sizes, 4);
    let full = interp::run(&d.rec, &sizes, &x).expect("forward");
    let mut one = sizes.clone();
    one.0[d.rec.scan.index()] = 1;
    let mut state: Vec<Tensor> = full.final_states.clone();
    // Start from the same initial state the full run used.
    for ((sh, s), st) in d.rec.states.iter().zip(state.iter_mut()) {
        st.data = match &s.init {
            linrec_compiler::ir::StateInit::Const(v) => vec![*v; st.len()],
            linrec_compiler::ir::StateInit::Input(i) => x[i.index()]
                .as_ref()
                .map_or(vec![0.0; st.len()], |t| t.data.clone()),
        };
        let _ = sh;
    }
    let per_step: Vec<_> = d
        .rec
        .outputs
        .iter()
        .filter(|(_, o)| o.kind == linrec_compiler::ir::OutputKind::PerStep)
        .map(|(h, o)| {
            (
                h,
                o.dims
                    .iter()
                    .position(|&dd| dd == d.rec.scan)
                    .expect("scan dim"),
            )
        })
        .collect();
    // Steps in walk order (a reverse scan starts at the last position), kept by position.
    let mut stepped: Vec<Vec<Vec<f64>>> = vec![vec![Vec::new(); len]; per_step.len()];
    for k in 0..len {
        let t = d.rec.direction.position(k, len);
        let xt = slice_step(d, &sizes, &x, t);
        let (outs, next) = interp::step(d, &one, &xt, &state).expect("step");
        for (j, o) in outs.into_iter().enumerate() {
            stepped[j][t] = o.data;
        }
        state = next;
    }
    for (k, &(oh, pos)) in per_step.iter().enumerate() {
        let want = &full.outputs[oh.index()];
        // Reassemble the steps along the scan dim.
        let outer: usize = want.shape[..pos].iter().product();
        let inner: usize = want.shape[pos + 1..].iter().product();
        let mut got = vec![0.0; want.len()];
        for (t, step) in stepped[k].iter().enumerate() {
            for o in 0..outer {
                for i in 0..inner {
                    got[(o * len + t) * inner + i] = step[o * inner + i];
                }
            }
        }
        let err = rel_err(&got, &want.data);
        assert!(err < 1e-12, "{}: step form off by {err:e}", d.rec.name);
    }
    for (s, f) in state.iter().zip(&full.final_states) {
        let err = rel_err(&s.data, &f.data);
        assert!(err < 1e-12, "{}: final state off by {err:e}", d.rec.name);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn chunked_equals_sequential(len in 0usize..20, chunk_frac in 0.0f64..1.0, other in 1usize..4, seed in 0u64..1000) {
        for d in all_derived() {
            let sizes = sizes(&d, len, other);
            let x = inputs(&d, &sizes, seed);
            let chunk = 1 + (chunk_frac * len as f64) as usize;
            let seq = interp::run(&d.rec, &sizes, &x).expect("sequential");
            // (A chain of scans has no chunked form: see
            // `a_chain_of_scans_derives_its_backward_and_step_and_refuses_chunks`.)
            if d.chained() {
                continue;
            }
            let chk = interp::run_chunked(&d, &sizes, &x, chunk).expect("chunked");
            for (a, b) in chk.outputs.iter().zip(&seq.outputs) {
                let err = rel_err(&a.data, &b.data);
                prop_assert!(err < 1e-12, "{} chunk {chunk} len {len}: {err:e}", d.rec.name);
            }
        }
    }
}

/// xLSTM's stabiliser as its own recurrence: a state linear over (max, +), with the
/// stabilised input weight `exp(ĩ_t − m_t)` and the state itself as outputs, and an optional
/// initial state.
const STABILISER: &str =
    "recurrence stabiliser(lf: f32[B, L, H] in [-3, -0.05], ig: f32[B, L, H], \
     m0?: f32[B, H] in [0, 3]) -> (m_out: f32[B, L, H], w: f32[B, L, H], m_last: f32[B, H]) {
  scan t over L;
  state m: f32[B, H] = m0;
  m[b, h] = max(m[b, h] + lf[b, t, h], ig[b, t, h]);
  m_out[b, t, h] = m[b, h];
  w[b, t, h] = exp(ig[b, t, h] - m[b, h]);
  m_last[b, h] = m[b, h];
}
";

#[test]
fn a_max_plus_state_derives_its_combine_step_and_subgradient() {
    use linrec_compiler::derive::linear::Semiring;
    let d = &derive_text("stabiliser.lr", STABILISER);
    assert_eq!(d.decompositions[0].semiring, Semiring::MaxPlus);
    gradients_match_finite_differences(d);
    step_form_equals_forward(d);
    for len in [0, 1, 5, 13] {
        let sizes = sizes(d, len, 3);
        let x = inputs(d, &sizes, len as u64);
        let seq = interp::run(&d.rec, &sizes, &x).expect("sequential");
        for chunk in 1..=6 {
            let chk = interp::run_chunked(d, &sizes, &x, chunk).expect("chunked");
            for (a, b) in chk.outputs.iter().zip(&seq.outputs) {
                let err = rel_err(&a.data, &b.data);
                assert!(err < 1e-12, "chunk {chunk} len {len}: {err:e}");
            }
        }
    }
}

/// Lags in a reverse scan: `x[b, t + k]` is the input k steps earlier in the scan's order (a
/// later position), read by an update and by an output, and `h[b, t + 2]` the state two steps
/// earlier; zero past the end.
const REVERSE_LAGS: &str = "recurrence back(x: f32[B, L], a: f32[B, L] in [0, 1], w: f32[B]) \
     -> (y: f32[B, L], z: f32[B, L]) {
  scan t over L reverse;
  state h: f32[B] = 0;
  h[b] = a[b, t] * h[b] + 0.25 * h[b, t + 2] + x[b, t] + w[b] * x[b, t + 1];
  y[b, t] = h[b];
  z[b, t] = h[b, t + 1] * x[b, t + 2];
}
";

#[test]
fn lags_of_a_reverse_scan_read_later_positions() {
    let d = &derive_text("back.lr", REVERSE_LAGS);
    gradients_match_finite_differences(d);
    for len in [0, 1, 2, 5, 13] {
        let sizes = sizes(d, len, 3);
        let x = inputs(d, &sizes, len as u64);
        let seq = interp::run(&d.rec, &sizes, &x).expect("sequential");
        // The loop: h from the last position back, x past the end zero.
        let (xs, a, w) = (
            &x[0].as_ref().unwrap().data,
            &x[1].as_ref().unwrap().data,
            &x[2].as_ref().unwrap().data,
        );
        let (mut y, mut z) = (vec![0.0; 3 * len], vec![0.0; 3 * len]);
        for (b, &wb) in w.iter().enumerate() {
            let at = |t: usize| b * len + t;
            let ahead = |t: usize, k: usize| if t + k < len { xs[at(t + k)] } else { 0.0 };
            // h1, h2: the state one and two steps earlier in the scan (positions t+1, t+2).
            let (mut h1, mut h2) = (0.0, 0.0);
            for t in (0..len).rev() {
                let h = a[at(t)] * h1 + 0.25 * h2 + xs[at(t)] + wb * ahead(t, 1);
                y[at(t)] = h;
                z[at(t)] = h1 * ahead(t, 2);
                (h2, h1) = (h1, h);
            }
        }
        assert!(rel_err(&seq.outputs[0].data, &y) < 1e-12, "y at len {len}");
        assert!(rel_err(&seq.outputs[1].data, &z) < 1e-12, "z at len {len}");
        for chunk in 1..=6 {
            let chk = interp::run_chunked(d, &sizes, &x, chunk).expect("chunked");
            for (a, b) in chk.outputs.iter().zip(&seq.outputs) {
                let err = rel_err(&a.data, &b.data);
                assert!(err < 1e-12, "chunk {chunk} len {len}: {err:e}");
            }
        }
    }
}

/// A chain of scans: mLSTM stabilised as published, its memory `C` and normaliser `n` gated
/// by the (max, +) stabiliser `m` (fewer dims, scanned before them), which starts from an
/// input; an output reads all three. The gradients flow back into `m` through the gates.
const CHAIN: &str =
    "recurrence mlstm(q: f32[B, L, H, DK], k: f32[B, L, H, DK], v: f32[B, L, H, DV], \
     ig: f32[B, L, H], fg: f32[B, L, H] in [3, 5], m0?: f32[B, H] in [0.5, 1.5]) \
     -> (o: f32[B, L, H, DV], m_last: f32[B, H]) {
  scan t over L;
  state m: f32[B, H] = m0;
  state C: f32[B, H, DK, DV] = 0;
  state n: f32[B, H, DK] = 0;
  let logf = log_sigmoid(fg[b, t, h]);
  let m_new = max(logf + m[b, h], ig[b, t, h]);
  let f = exp(logf + m[b, h] - m_new);
  let i = exp(ig[b, t, h] - m_new);
  m[b, h] = m_new;
  C[b, h, dk, dv] = f * C[b, h, dk, dv] + i * k[b, t, h, dk] * v[b, t, h, dv];
  n[b, h, dk] = f * n[b, h, dk] + i * k[b, t, h, dk];
  o[b, t, h, dv] = sum(dk, q[b, t, h, dk] * C[b, h, dk, dv])
                 / max(abs(sum(dk, q[b, t, h, dk] * n[b, h, dk])), exp(-m[b, h]));
  m_last[b, h] = m[b, h];
}
";

#[test]
fn a_chain_of_scans_derives_its_backward_and_step_and_refuses_chunks() {
    use linrec_compiler::interp::InterpError;
    let d = &derive_text("chain.lr", CHAIN);
    assert!(d.chained());
    let readers: Vec<(String, Vec<String>)> = d
        .chain_readers()
        .into_iter()
        .map(|(s, r)| {
            (
                d.rec.states[s].name.clone(),
                r.into_iter()
                    .map(|x| d.rec.states[x].name.clone())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        readers,
        [("m".to_string(), vec!["C".to_string(), "n".to_string()])]
    );
    gradients_match_finite_differences(d);
    step_form_equals_forward(d);
    let sizes = sizes(d, 5, 2);
    let x = inputs(d, &sizes, 7);
    let err = interp::run_chunked(d, &sizes, &x, 2).expect_err("a chain has no chunked form");
    assert!(matches!(err, InterpError::Chained { .. }), "{err}");
}

/// A chain read in `b` only (linear): `h` over [B, N] adds `w[n] · g[b]` of a state `g` over
/// [B] that starts from an input, and an output reads both.
const LINEAR_CHAIN: &str = "recurrence f(a: f32[B, L] in [0, 1], x: f32[B, L], w: f32[N], \
     g0?: f32[B]) -> (y: f32[B, L]) {
  scan t over L;
  state g: f32[B] = g0;
  state h: f32[B, N] = 0;
  g[b] = a[b, t] * g[b] + x[b, t];
  h[b, n] = a[b, t] * h[b, n] + w[n] * g[b];
  y[b, t] = sum(n, h[b, n]) + g[b];
}
";

#[test]
fn a_chain_read_linearly_derives_its_backward() {
    let d = &derive_text("linear_chain.lr", LINEAR_CHAIN);
    assert!(d.chained() && !d.coupled());
    gradients_match_finite_differences(d);
    step_form_equals_forward(d);
}

#[test]
fn deeper_reverse_and_coupled_chains_derive_their_backward() {
    for d in crate::support::chain_specs() {
        assert!(d.chained(), "{}", d.rec.name);
        gradients_match_finite_differences(&d);
        step_form_equals_forward(&d);
    }
}
