//! The interpreter against straightforward loops written here, independently of the compiler,
//! for every bundled example on random inputs (f64, relative error < 1e-12).
//! The loops index like the math they mirror, so range loops stay.
#![allow(clippy::needless_range_loop)]

use std::collections::HashMap;

use linrec_compiler::interp::{self, Sizes, Tensor};
use linrec_compiler::ir::Recurrence;

use crate::support::{module, named_inputs, rel_err};

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

fn softplus(x: f64) -> f64 {
    x.exp().ln_1p()
}

struct Case {
    rec: Recurrence,
    sizes: Sizes,
    inputs: Vec<Option<Tensor>>,
    x: HashMap<String, Vec<f64>>,
}

fn case(file: &str, shape: &[(&str, usize)], seed: u64) -> Case {
    let m = module(file);
    let rec = m.recurrences[0].clone();
    let given: Vec<(String, usize)> = shape.iter().map(|&(n, s)| (n.to_string(), s)).collect();
    let sizes = Sizes::from_names(&rec, &given).expect("sizes");
    let (inputs, x) = named_inputs(&rec, &sizes, seed);
    Case {
        rec,
        sizes,
        inputs,
        x,
    }
}

fn assert_close(name: &str, got: &[f64], want: &[f64]) {
    let e = rel_err(got, want);
    assert!(e < 1e-12, "{name}: relative error {e:e}");
}

/// A complex number, for the loop references of complex recurrences.
#[derive(Clone, Copy)]
struct C(f64, f64);

impl C {
    fn mul(self, o: C) -> C {
        C(self.0 * o.0 - self.1 * o.1, self.0 * o.1 + self.1 * o.0)
    }
    fn add(self, o: C) -> C {
        C(self.0 + o.0, self.1 + o.1)
    }
    fn div(self, o: C) -> C {
        let d = o.0 * o.0 + o.1 * o.1;
        C(
            (self.0 * o.0 + self.1 * o.1) / d,
            (self.1 * o.0 - self.0 * o.1) / d,
        )
    }
    fn exp(self) -> C {
        let m = self.0.exp();
        C(m * self.1.cos(), m * self.1.sin())
    }
}

/// The outputs of a complex diagonal SSM over `u: [B, L, M]` with complex `B` (N×M) and `C`
/// (M×N) given as parts: `x_t = λ ⊙ x_{t−1} + g ⊙ (B u_t)`, `y_t = Re(C x_t) + D ⊙ u_t`, where
/// `step(n)` gives (λ, g) of latent n (the LRU's and S5's, each from its parameters).
fn complex_diagonal_ssm(
    c: &Case,
    (b_, l_, m_, n_): (usize, usize, usize, usize),
    step: impl Fn(usize) -> (C, C),
) -> Vec<f64> {
    let x = |k: &str| &c.x[k];
    let (u, dp) = (x("u"), x("Dp"));
    let bm = |n: usize, m: usize| C(x("B_re")[n * m_ + m], x("B_im")[n * m_ + m]);
    let cm = |m: usize, n: usize| C(x("C_re")[m * n_ + n], x("C_im")[m * n_ + n]);
    let mut y = vec![0.0; b_ * l_ * m_];
    for b in 0..b_ {
        let mut state = vec![C(0.0, 0.0); n_];
        for t in 0..l_ {
            let ut = |m: usize| u[(b * l_ + t) * m_ + m];
            for (n, s) in state.iter_mut().enumerate() {
                let (lam, g) = step(n);
                let bu = (0..m_).fold(C(0.0, 0.0), |acc, m| acc.add(bm(n, m).mul(C(ut(m), 0.0))));
                *s = lam.mul(*s).add(g.mul(bu));
            }
            for m in 0..m_ {
                let cx = (0..n_).fold(C(0.0, 0.0), |acc, n| acc.add(cm(m, n).mul(state[n])));
                y[(b * l_ + t) * m_ + m] = cx.0 + dp[m] * ut(m);
            }
        }
    }
    y
}

/// Shapes that include awkward sizes: a single step, single elements, odd sizes.
const SHAPES: [(usize, usize, usize, usize); 4] =
    [(2, 3, 17, 4), (1, 1, 1, 1), (3, 5, 9, 1), (1, 2, 33, 7)];

#[test]
fn first_order_matches_loop() {
    for (seed, &(b_, c_, t_, _)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/first_order.lr",
            &[("B", b_), ("C", c_), ("T", t_)],
            seed as u64,
        );
        let (a, x) = (&c.x["a"], &c.x["x"]);
        let mut y = vec![0.0; b_ * c_ * t_];
        for b in 0..b_ {
            for ch in 0..c_ {
                let mut h = 0.0;
                for t in 0..t_ {
                    let i = (b * c_ + ch) * t_ + t;
                    h = a[i] * h + x[i];
                    y[i] = h;
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("first_order y", &out.outputs[0].data, &y);
    }
}

#[test]
fn ema_matches_loop() {
    for (seed, &(b_, d_, l_, _)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/ema.lr",
            &[("B", b_), ("D", d_), ("L", l_)],
            seed as u64,
        );
        let (x, w) = (&c.x["x"], &c.x["w"]);
        let mut y = vec![0.0; b_ * d_ * l_];
        for b in 0..b_ {
            for d in 0..d_ {
                let lam = sigmoid(w[d]);
                let mut h = 0.0;
                for t in 0..l_ {
                    let i = (b * d_ + d) * l_ + t;
                    h = lam * h + (1.0 - lam) * x[i];
                    y[i] = h;
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("ema y", &out.outputs[0].data, &y);
    }
}

#[test]
fn s4d_matches_loop() {
    for (seed, &(b_, d_, l_, n_)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/s4d.lr",
            &[("B", b_), ("D", d_), ("L", l_), ("N", n_)],
            seed as u64,
        );
        let (u, log_dt, a_log) = (&c.x["u"], &c.x["log_dt"], &c.x["A_log"]);
        let (bp, cp, dskip) = (&c.x["Bp"], &c.x["Cp"], &c.x["Dskip"]);
        let mut y = vec![0.0; b_ * d_ * l_];
        for b in 0..b_ {
            for d in 0..d_ {
                let dt = log_dt[d].exp();
                let mut h = vec![0.0; n_];
                for t in 0..l_ {
                    let i = (b * d_ + d) * l_ + t;
                    let mut acc = 0.0;
                    for n in 0..n_ {
                        let a = -a_log[d * n_ + n].exp();
                        let da = (dt * a).exp();
                        h[n] = da * h[n] + (da - 1.0) / a * bp[d * n_ + n] * u[i];
                        acc += cp[d * n_ + n] * h[n];
                    }
                    y[i] = acc + dskip[d] * u[i];
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("s4d y", &out.outputs[0].data, &y);
    }
}

/// The selective scan as loops, walking `L` forwards or (`reverse`) from its last position:
/// `(y, final state)`.
fn selective_scan_loop(
    x: &HashMap<String, Vec<f64>>,
    (b_, d_, l_, n_): (usize, usize, usize, usize),
    h0: Option<&[f64]>,
    reverse: bool,
) -> (Vec<f64>, Vec<f64>) {
    let (u, delta, z, a) = (&x["u"], &x["delta"], &x["z"], &x["A"]);
    let (bm, cm, dskip, dt_bias) = (&x["Bm"], &x["Cm"], &x["Dskip"], &x["dt_bias"]);
    let mut y = vec![0.0; b_ * d_ * l_];
    let mut last = vec![0.0; b_ * d_ * n_];
    for b in 0..b_ {
        for d in 0..d_ {
            let mut h: Vec<f64> = (0..n_)
                .map(|n| h0.map_or(0.0, |h0| h0[(b * d_ + d) * n_ + n]))
                .collect();
            for k in 0..l_ {
                let t = if reverse { l_ - 1 - k } else { k };
                let i = (b * d_ + d) * l_ + t;
                let dt = softplus(delta[i] + dt_bias[d]);
                let mut acc = 0.0;
                for n in 0..n_ {
                    let bn = bm[(b * n_ + n) * l_ + t];
                    let cn = cm[(b * n_ + n) * l_ + t];
                    h[n] = (dt * a[d * n_ + n]).exp() * h[n] + dt * bn * u[i];
                    acc += cn * h[n];
                }
                let g = z[i] * sigmoid(z[i]);
                y[i] = (acc + dskip[d] * u[i]) * g;
            }
            last[(b * d_ + d) * n_..(b * d_ + d + 1) * n_].copy_from_slice(&h);
        }
    }
    (y, last)
}

/// The selective scan of `file` (walking forwards or in reverse) against the loops, with and
/// without an initial state.
fn check_selective_scan(file: &str, reverse: bool) {
    for (seed, &(b_, d_, l_, n_)) in SHAPES.iter().enumerate() {
        for with_h0 in [false, true] {
            let mut c = case(
                file,
                &[("B", b_), ("D", d_), ("L", l_), ("N", n_)],
                seed as u64,
            );
            let h0: Vec<f64> = (0..b_ * d_ * n_)
                .map(|i| ((i * 7919) % 13) as f64 / 13.0 - 0.5)
                .collect();
            if with_h0 {
                let k = c.rec.input_by_name("h0").expect("h0").index();
                c.inputs[k] = Some(Tensor {
                    shape: vec![b_, d_, n_],
                    data: h0.clone(),
                });
            }
            let (y, last) =
                selective_scan_loop(&c.x, (b_, d_, l_, n_), with_h0.then_some(&h0[..]), reverse);
            let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
            assert_close(&format!("{file} y"), &out.outputs[0].data, &y);
            assert_close(&format!("{file} final state"), &out.outputs[1].data, &last);
        }
    }
}

#[test]
fn selective_scan_matches_loop_with_and_without_initial_state() {
    check_selective_scan("lang-examples/selective_scan.lr", false);
}

#[test]
fn reverse_selective_scan_matches_a_loop_from_the_last_step() {
    check_selective_scan("lang-examples/bimamba.lr", true);
}

#[test]
fn mamba2_matches_loop() {
    for (seed, &(b_, h_, l_, n_)) in SHAPES.iter().enumerate() {
        let p_ = 3;
        let c = case(
            "lang-examples/mamba2.lr",
            &[("B", b_), ("H", h_), ("L", l_), ("P", p_), ("N", n_)],
            seed as u64,
        );
        let (x, dt, a_log) = (&c.x["x"], &c.x["dt"], &c.x["A_log"]);
        let (bm, cm, dskip, dt_bias) = (&c.x["Bm"], &c.x["Cm"], &c.x["Dskip"], &c.x["dt_bias"]);
        let mut y = vec![0.0; b_ * l_ * h_ * p_];
        for b in 0..b_ {
            for h in 0..h_ {
                // The head's P × N matrix state.
                let mut s = vec![vec![0.0; n_]; p_];
                for t in 0..l_ {
                    let delta = softplus(dt[(b * l_ + t) * h_ + h] + dt_bias[h]);
                    let decay = (-delta * a_log[h].exp()).exp();
                    let bt = &bm[(b * l_ + t) * n_..(b * l_ + t + 1) * n_];
                    let ct = &cm[(b * l_ + t) * n_..(b * l_ + t + 1) * n_];
                    for p in 0..p_ {
                        let xi = ((b * l_ + t) * h_ + h) * p_ + p;
                        let mut acc = 0.0;
                        for n in 0..n_ {
                            s[p][n] = decay * s[p][n] + delta * x[xi] * bt[n];
                            acc += ct[n] * s[p][n];
                        }
                        y[xi] = acc + dskip[h] * x[xi];
                    }
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("mamba2 y", &out.outputs[0].data, &y);
    }
}

#[test]
fn gla_matches_loop() {
    for (seed, &(b_, h_, l_, k_)) in SHAPES.iter().enumerate() {
        let v_ = 2;
        let c = case(
            "lang-examples/gla.lr",
            &[("B", b_), ("H", h_), ("L", l_), ("DK", k_), ("DV", v_)],
            seed as u64,
        );
        let (q, k, v, g) = (&c.x["q"], &c.x["k"], &c.x["v"], &c.x["g"]);
        let mut o = vec![0.0; b_ * l_ * h_ * v_];
        for b in 0..b_ {
            for h in 0..h_ {
                let mut s = vec![vec![0.0; v_]; k_];
                for t in 0..l_ {
                    let row = (b * l_ + t) * h_ + h;
                    for kk in 0..k_ {
                        let alpha = sigmoid(g[row * k_ + kk]).powf(1.0 / 16.0);
                        for vv in 0..v_ {
                            s[kk][vv] = alpha * s[kk][vv] + k[row * k_ + kk] * v[row * v_ + vv];
                        }
                    }
                    for vv in 0..v_ {
                        o[row * v_ + vv] = (0..k_).map(|kk| q[row * k_ + kk] * s[kk][vv]).sum();
                    }
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("gla o", &out.outputs[0].data, &o);
    }
}

#[test]
fn mlstm_matches_loop() {
    for (seed, &(b_, h_, l_, k_)) in SHAPES.iter().enumerate() {
        let v_ = 3;
        let c = case(
            "lang-examples/mlstm.lr",
            &[("B", b_), ("H", h_), ("L", l_), ("DK", k_), ("DV", v_)],
            seed as u64,
        );
        let (q, k, v) = (&c.x["q"], &c.x["k"], &c.x["v"]);
        let (ig, fg) = (&c.x["ig"], &c.x["fg"]);
        let mut o = vec![0.0; b_ * l_ * h_ * v_];
        for b in 0..b_ {
            for h in 0..h_ {
                let mut mem = vec![vec![0.0; v_]; k_];
                let mut norm = vec![0.0; k_];
                for t in 0..l_ {
                    let row = (b * l_ + t) * h_ + h;
                    let (i, f) = (ig[row].exp(), sigmoid(fg[row]));
                    for kk in 0..k_ {
                        let key = k[row * k_ + kk] / (k_ as f64).sqrt();
                        norm[kk] = f * norm[kk] + i * key;
                        for vv in 0..v_ {
                            mem[kk][vv] = f * mem[kk][vv] + i * key * v[row * v_ + vv];
                        }
                    }
                    let qn: f64 = (0..k_).map(|kk| q[row * k_ + kk] * norm[kk]).sum();
                    for vv in 0..v_ {
                        let qc: f64 = (0..k_).map(|kk| q[row * k_ + kk] * mem[kk][vv]).sum();
                        o[row * v_ + vv] = qc / qn.abs().max(1.0);
                    }
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("mlstm o", &out.outputs[0].data, &o);
    }
}

#[test]
fn rglru_matches_loop() {
    for (seed, &(b_, d_, l_, _)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/rglru.lr",
            &[("B", b_), ("D", d_), ("L", l_)],
            seed as u64,
        );
        let (x, ga, gx, lam) = (&c.x["x"], &c.x["gate_a"], &c.x["gate_x"], &c.x["Lambda"]);
        let mut y = vec![0.0; b_ * d_ * l_];
        for b in 0..b_ {
            for d in 0..d_ {
                let mut h = 0.0;
                for t in 0..l_ {
                    let i = (b * d_ + d) * l_ + t;
                    let r = sigmoid(ga[i]);
                    let ig = sigmoid(gx[i]);
                    let a = sigmoid(lam[d]).powf(8.0 * r);
                    h = a * h + (1.0 - a * a).sqrt() * (ig * x[i]);
                    y[i] = h;
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("rglru y", &out.outputs[0].data, &y);
    }
}

#[test]
fn hgrn_matches_loop() {
    for (seed, &(b_, d_, l_, _)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/hgrn.lr",
            &[("B", b_), ("D", d_), ("L", l_)],
            seed as u64,
        );
        let (gf, gc, go, gamma) = (&c.x["g_f"], &c.x["g_c"], &c.x["g_o"], &c.x["gamma"]);
        let mut y = vec![0.0; b_ * d_ * l_];
        for b in 0..b_ {
            for d in 0..d_ {
                let mut h = 0.0;
                for t in 0..l_ {
                    let i = (b * d_ + d) * l_ + t;
                    let f = gamma[d] + (1.0 - gamma[d]) * sigmoid(gf[i]);
                    let cand = gc[i] * sigmoid(gc[i]);
                    h = f * h + (1.0 - f) * cand;
                    y[i] = h * sigmoid(go[i]);
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("hgrn y", &out.outputs[0].data, &y);
    }
}

#[test]
fn stabiliser_matches_loop() {
    for (seed, &(b_, h_, l_, _)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/stabiliser.lr",
            &[("B", b_), ("H", h_), ("L", l_)],
            seed as u64,
        );
        // The optional initial state is left out: zeros.
        let (fg, ig) = (&c.x["fg"], &c.x["ig"]);
        assert!(!c.x.contains_key("m0"));
        let mut m_out = vec![0.0; b_ * l_ * h_];
        let mut i_stab = vec![0.0; b_ * l_ * h_];
        let mut m_last = vec![0.0; b_ * h_];
        for b in 0..b_ {
            for h in 0..h_ {
                let mut m = 0.0;
                for t in 0..l_ {
                    let i = (b * l_ + t) * h_ + h;
                    let log_f = sigmoid(fg[i]).ln();
                    m = (log_f + m).max(ig[i]);
                    m_out[i] = m;
                    i_stab[i] = (ig[i] - m).exp();
                }
                m_last[b * h_ + h] = m;
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("stabiliser m_out", &out.outputs[0].data, &m_out);
        assert_close("stabiliser i_stab", &out.outputs[1].data, &i_stab);
        assert_close("stabiliser m_last", &out.outputs[2].data, &m_last);
    }
}

#[test]
fn interpreter_reports_missing_and_misshapen_inputs() {
    let mut c = case(
        "lang-examples/first_order.lr",
        &[("B", 2), ("C", 3), ("T", 4)],
        0,
    );
    c.inputs[1] = Some(Tensor::zeros(vec![2, 3, 5]));
    let e = interp::run(&c.rec, &c.sizes, &c.inputs).expect_err("bad shape");
    assert_eq!(
        e.to_string(),
        "input `x` has shape [2, 3, 5], expected [2, 3, 4]"
    );
    c.inputs[0] = None;
    let e = interp::run(&c.rec, &c.sizes, &c.inputs).expect_err("missing");
    assert_eq!(e.to_string(), "input `a` is missing");
}

/// The second-order recurrence as its formula reads, `h_t = a1 h_{t-1} + a2 h_{t-2} + x_t`,
/// with the last two values kept in a loop (no companion form).
#[test]
fn biquad_matches_loop() {
    for (seed, &(b_, d_, l_, _)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/biquad.lr",
            &[("B", b_), ("D", d_), ("L", l_)],
            seed as u64,
        );
        let (x, rho, theta) = (&c.x["x"], &c.x["rho"], &c.x["theta"]);
        let mut y = vec![0.0; b_ * d_ * l_];
        // The optional initial states are left out: zeros.
        assert!(!c.x.contains_key("h0") && !c.x.contains_key("hp0"));
        let mut last = vec![0.0; b_ * d_];
        let mut before_last = vec![0.0; b_ * d_];
        for b in 0..b_ {
            for d in 0..d_ {
                let (mut h1, mut h2) = (0.0, 0.0);
                for t in 0..l_ {
                    let i = (b * d_ + d) * l_ + t;
                    let r = sigmoid(rho[i]);
                    let h = 2.0 * r * theta[i].cos() * h1 - r * r * h2 + x[i];
                    (h2, h1) = (h1, h);
                    y[i] = h;
                }
                last[b * d_ + d] = h1;
                before_last[b * d_ + d] = h2;
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("biquad y", &out.outputs[0].data, &y);
        assert_close("biquad h_last", &out.outputs[1].data, &last);
        assert_close("biquad hp_last", &out.outputs[2].data, &before_last);
    }
}

/// S5 as its paper writes it: a complex diagonal latent discretized by zero-order hold,
/// `Λ̄ = exp(Λ Δ)`, `B̄ = Λ⁻¹ (Λ̄ − I) B`, `x_k = Λ̄ x_{k−1} + B̄ u_k`, `y_k = Re(C x_k) + D u_k`.
#[test]
fn s5_matches_loop() {
    for (seed, &(b_, m_, l_, n_)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/s5.lr",
            &[("B", b_), ("M", m_), ("L", l_), ("N", n_)],
            seed as u64,
        );
        let x = |k: &str| &c.x[k];
        let y = complex_diagonal_ssm(&c, (b_, l_, m_, n_), |n| {
            let lam = C(x("lam_re")[n], x("lam_im")[n]);
            let lam_bar = lam.mul(C(x("log_dt")[n].exp(), 0.0)).exp();
            (lam_bar, lam_bar.add(C(-1.0, 0.0)).div(lam))
        });
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("s5 y", &out.outputs[0].data, &y);
    }
}

/// HGRN's complex-valued recurrence: `λ_t = β_t e^{iθ}`, `h_t = λ_t h_{t−1} + (1 − β_t) c_t` with
/// a complex input of two SiLUs, both parts of the state gated.
#[test]
fn hgrn_complex_matches_loop() {
    let silu = |x: f64| x * sigmoid(x);
    for (seed, &(b_, d_, l_, _)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/hgrn_complex.lr",
            &[("B", b_), ("D", d_), ("L", l_)],
            seed as u64,
        );
        let x = |k: &str| &c.x[k];
        let (gamma, theta) = (x("gamma"), x("theta"));
        let (mut y_re, mut y_im) = (vec![0.0; b_ * d_ * l_], vec![0.0; b_ * d_ * l_]);
        for b in 0..b_ {
            for d in 0..d_ {
                let mut h = C(0.0, 0.0);
                for t in 0..l_ {
                    let i = (b * d_ + d) * l_ + t;
                    let beta = gamma[d] + (1.0 - gamma[d]) * sigmoid(x("f")[i]);
                    let lambda = C(beta * theta[d].cos(), beta * theta[d].sin());
                    let input = C(silu(x("c_re")[i]), silu(x("c_im")[i]));
                    h = lambda.mul(h).add(C(1.0 - beta, 0.0).mul(input));
                    y_re[i] = sigmoid(x("g_re")[i]) * h.0;
                    y_im[i] = sigmoid(x("g_im")[i]) * h.1;
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("hgrn_complex y_re", &out.outputs[0].data, &y_re);
        assert_close("hgrn_complex y_im", &out.outputs[1].data, &y_im);
    }
}

/// A time-varying ARMA(2, 2) filter written with lags: `h[b, d, t - 2]` of the state and
/// `e[b, d, t - 1]` of the input (zero before the start), and a one-step forecast that reads
/// lags in an output.
#[test]
fn arma_matches_loop() {
    for (seed, &(b_, d_, l_, _)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/arma.lr",
            &[("B", b_), ("D", d_), ("L", l_)],
            seed as u64,
        );
        let x = |k: &str| &c.x[k];
        let (e, phi1, phi2, th1, th2) = (x("e"), x("phi1"), x("phi2"), x("theta1"), x("theta2"));
        let mut y = vec![0.0; b_ * d_ * l_];
        let mut forecast = vec![0.0; b_ * d_ * l_];
        for b in 0..b_ {
            for d in 0..d_ {
                let at = |t: usize| (b * d_ + d) * l_ + t;
                // The input `back` steps before t, zero before the start.
                let lag = |t: usize, back: usize| if t >= back { e[at(t - back)] } else { 0.0 };
                let (mut y1, mut y2) = (0.0, 0.0);
                for t in 0..l_ {
                    let i = at(t);
                    let next = phi1[i] * y1
                        + phi2[i] * y2
                        + e[i]
                        + th1[d] * lag(t, 1)
                        + th2[d] * lag(t, 2);
                    (y2, y1) = (y1, next);
                    y[i] = y1;
                    forecast[i] = phi1[i] * y1 + phi2[i] * y2 + th1[d] * e[i] + th2[d] * lag(t, 1);
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("arma y", &out.outputs[0].data, &y);
        assert_close("arma forecast", &out.outputs[1].data, &forecast);
    }
}

/// The LRU as its paper writes it, in complex arithmetic: `λ = exp(−exp ν + i exp θ)`,
/// `x_t = λ x_{t−1} + γ (B u_t)`, `y_t = Re(C x_t) + D u_t`.
#[test]
fn lru_matches_loop() {
    for (seed, &(b_, m_, l_, n_)) in SHAPES.iter().enumerate() {
        let c = case(
            "lang-examples/lru.lr",
            &[("B", b_), ("M", m_), ("L", l_), ("N", n_)],
            seed as u64,
        );
        let (nu, th) = (&c.x["nu_log"], &c.x["theta_log"]);
        let y = complex_diagonal_ssm(&c, (b_, l_, m_, n_), |n| {
            let modulus = (-nu[n].exp()).exp();
            let lambda = C(modulus * th[n].exp().cos(), modulus * th[n].exp().sin());
            (lambda, C((1.0 - modulus * modulus).sqrt(), 0.0))
        });
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("lru y", &out.outputs[0].data, &y);
    }
}

/// Complex arithmetic as the checker lowers it (a `c64` state; `exp`, `/`, `conj`, `re`, `im`,
/// `abs` of complex values) against the same recurrence in complex arithmetic here.
#[test]
fn complex_arithmetic_matches_loop() {
    const SRC: &str = "recurrence cx(a: f32[B, L], w: f32[B, L], p: f32[B, L] in [0.5, 1.5], \
        q: f32[B, L]) -> (r: f32[B, L], i: f32[B, L], m: f32[B, L]) {
      scan t over L;
      state z: c64[B] = 0.5;
      let rot = exp(complex(-p[b, t], w[b, t]));
      z[b] = rot * z[b] / complex(p[b, t], q[b, t]) + conj(complex(a[b, t], q[b, t]));
      r[b, t] = re(z[b]);
      i[b, t] = im(z[b] - 1);
      m[b, t] = abs(z[b]);
    }";
    let src = linrec_compiler::pipeline::Source::new("cx.lr", SRC);
    let m = linrec_compiler::pipeline::front_end(&src)
        .unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
    let rec = m.recurrences[0].clone();
    let names: Vec<&str> = rec.states.iter().map(|(_, s)| s.name.as_str()).collect();
    assert_eq!(names, ["z_re", "z_im"]);
    let (b_, l_) = (3, 11);
    let sizes = Sizes::from_names(&rec, &[("B".into(), b_), ("L".into(), l_)]).expect("sizes");
    let (inputs, x) = named_inputs(&rec, &sizes, 5);
    let (a, w, p, q) = (&x["a"], &x["w"], &x["p"], &x["q"]);
    let n = b_ * l_;
    let (mut r, mut im, mut md) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    for b in 0..b_ {
        let (mut zr, mut zi) = (0.5f64, 0.0f64);
        for t in 0..l_ {
            let k = b * l_ + t;
            let (rr, ri) = ((-p[k]).exp() * w[k].cos(), (-p[k]).exp() * w[k].sin());
            let (nr, ni) = (rr * zr - ri * zi, rr * zi + ri * zr);
            let den = p[k] * p[k] + q[k] * q[k];
            let (dr, di) = ((nr * p[k] + ni * q[k]) / den, (ni * p[k] - nr * q[k]) / den);
            (zr, zi) = (dr + a[k], di - q[k]);
            r[k] = zr;
            im[k] = zi;
            md[k] = (zr * zr + zi * zi).sqrt();
        }
    }
    let out = interp::run(&rec, &sizes, &inputs).expect("runs");
    assert_close("re", &out.outputs[0].data, &r);
    assert_close("im", &out.outputs[1].data, &im);
    assert_close("abs", &out.outputs[2].data, &md);
}

/// RetNet's retention in complex arithmetic, the position rotating queries and keys.
#[test]
fn retention_matches_loop() {
    for (seed, &(b_, h_, l_, k_)) in SHAPES.iter().enumerate() {
        let v_ = 2;
        let c = case(
            "lang-examples/retnet.lr",
            &[("B", b_), ("H", h_), ("L", l_), ("DK", k_), ("DV", v_)],
            seed as u64,
        );
        let (q, k, v, th, g) = (
            &c.x["q"],
            &c.x["k"],
            &c.x["v"],
            &c.x["theta"],
            &c.x["gamma"],
        );
        let mut o = vec![0.0; b_ * l_ * h_ * v_];
        for b in 0..b_ {
            for h in 0..h_ {
                // S as (re, im) per (dk, dv).
                let mut s = vec![(0.0f64, 0.0f64); k_ * v_];
                for t in 0..l_ {
                    for dk in 0..k_ {
                        let a = t as f64 * th[dk];
                        let kk = k[((b * l_ + t) * h_ + h) * k_ + dk];
                        for dv in 0..v_ {
                            let vv = v[((b * l_ + t) * h_ + h) * v_ + dv];
                            let e = &mut s[dk * v_ + dv];
                            // k · conj(e^{ia}) · v
                            *e = (
                                g[h] * e.0 + kk * a.cos() * vv,
                                g[h] * e.1 - kk * a.sin() * vv,
                            );
                        }
                    }
                    for dv in 0..v_ {
                        let mut acc = 0.0;
                        for dk in 0..k_ {
                            let a = t as f64 * th[dk];
                            let qq = q[((b * l_ + t) * h_ + h) * k_ + dk];
                            let e = s[dk * v_ + dv];
                            // Re(q · e^{ia} · S)
                            acc += qq * (a.cos() * e.0 - a.sin() * e.1);
                        }
                        o[((b * l_ + t) * h_ + h) * v_ + dv] = acc;
                    }
                }
            }
        }
        let out = interp::run(&c.rec, &c.sizes, &c.inputs).expect("runs");
        assert_close("retention o", &out.outputs[0].data, &o);
    }
}
