//! Helpers shared by the end-to-end tests.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use linrec_compiler::interp::{self, Sizes, Tensor};
use linrec_compiler::ir::{Module, Recurrence};
use linrec_compiler::pipeline::{self, Source};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repository root")
        .to_path_buf()
}

pub fn load(path: &Path) -> Source {
    let text = std::fs::read_to_string(path).expect("example readable");
    let name = path
        .strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string();
    Source::new(name, text)
}

/// The sizes the bundled examples' summed dims are compiled with (as `scripts/regen-kernels.sh`
/// passes them: one list for every file).
pub fn example_dims() -> std::collections::BTreeMap<String, usize> {
    [
        ("N".to_string(), 16),
        ("DK".to_string(), 16),
        ("M".to_string(), 4),
    ]
    .into_iter()
    .collect()
}

/// Checks a bundled example, panicking with its rendered diagnostics on failure.
pub fn module(relative: &str) -> Module {
    let src = load(&root().join(relative));
    pipeline::front_end(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)))
}

/// Random inputs for a recurrence keyed by input name.
pub fn named_inputs(
    rec: &Recurrence,
    sizes: &Sizes,
    seed: u64,
) -> (Vec<Option<Tensor>>, HashMap<String, Vec<f64>>) {
    let inputs = interp::random_inputs(rec, sizes, seed);
    let by_name = rec
        .inputs
        .iter()
        .zip(&inputs)
        .filter_map(|((_, i), t)| t.as_ref().map(|t| (i.name.clone(), t.data.clone())))
        .collect();
    (inputs, by_name)
}

pub use linrec_compiler::interp::rel_err;

/// Every derived recurrence of the bundled examples, in file order.
pub fn all_derived() -> Vec<linrec_compiler::derive::Derived> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("lang-examples"))
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "lr"))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|p| {
            let src = load(p);
            pipeline::derive(&src)
                .unwrap_or_else(|e| panic!("{}", src.render(&e, false)))
                .recurrences
        })
        .collect()
}

/// Chains of scans beyond `mlstm.lr`: three states deep in a reverse scan, the middle one
/// gating the last, and the first read by both (summed over the lanes' dim in the output);
/// a coupled pair (a rotation) whose matrix reads a state scanned before it; and a running
/// maximum over (max, +) whose offset reads another one.
pub const CHAIN_SPECS: [(&str, &str); 3] = [
    (
        "deep_chain.lr",
        "recurrence deep(x: f32[B, L], y: f32[B, L, N], z: f32[B, L, N, K], \
         a: f32[B, L] in [0, 1], s0?: f32[B]) -> (o: f32[B, L, K], s_last: f32[B]) {
  scan t over L reverse;
  state s: f32[B] = s0;
  state p: f32[B, N] = 0;
  state q: f32[B, N, K] = 0;
  s[b] = a[b, t] * s[b] + x[b, t];
  p[b, n] = sigmoid(s[b]) * p[b, n] + y[b, t, n];
  q[b, n, k] = exp(-abs(p[b, n])) * q[b, n, k] + s[b] * z[b, t, n, k];
  o[b, t, k] = sum(n, q[b, n, k] + p[b, n] * s[b]);
  s_last[b] = s[b];
}
",
    ),
    (
        "gated_rotation.lr",
        "recurrence rot(x: f32[B, L, N], th: f32[B, L, N], g: f32[B, L]) -> (y: f32[B, L, N]) {
  scan t over L;
  state r: f32[B] = 0;
  state u: f32[B, N] = 0;
  state v: f32[B, N] = 0;
  r[b] = 0.5 * r[b] + g[b, t];
  let rho = sigmoid(r[b]);
  u[b, n] = rho * cos(th[b, t, n]) * u[b, n] - rho * sin(th[b, t, n]) * v[b, n] + x[b, t, n];
  v[b, n] = rho * sin(th[b, t, n]) * u[b, n] + rho * cos(th[b, t, n]) * v[b, n];
  y[b, t, n] = u[b, n] * r[b] + v[b, n];
}
",
    ),
    (
        "max_plus_chain.lr",
        "recurrence stab2(lf: f32[B, L] in [-2, -0.05], lg: f32[B, L, N] in [-2, -0.05], \
         x: f32[B, L, N], ig: f32[B, L]) -> (w: f32[B, L, N], m2_last: f32[B, N]) {
  scan t over L;
  state m1: f32[B] = 0;
  state m2: f32[B, N] = 0;
  m1[b] = max(m1[b] + lf[b, t], ig[b, t]);
  m2[b, n] = max(m2[b, n] + lg[b, t, n], m1[b] + x[b, t, n]);
  w[b, t, n] = exp(x[b, t, n] - m2[b, n]) + m1[b];
  m2_last[b, n] = m2[b, n];
}
",
    ),
];

/// The first recurrence of spec `text` (named `name` in diagnostics), derived; its
/// diagnostics on failure.
pub fn derive_text(name: &str, text: &str) -> linrec_compiler::derive::Derived {
    let src = Source::new(name, text);
    pipeline::derive(&src)
        .unwrap_or_else(|e| panic!("{}", src.render(&e, false)))
        .recurrences
        .remove(0)
}

/// The selective scan with its dt projection folded in: `dt` sums over `R`, a dim no state
/// has, inside a value every point of `h` shares (what `linear(dt, dt_proj)` computes before
/// the call in `mamba.lr`).
pub const FOLDED_DT_SPEC: (&str, &str) = (
    "folded_dt.lr",
    "recurrence folded(u: f32[B, L, D], xr: f32[B, L, R], W: f32[D, R], z: f32[B, L, D],
                A: f32[D, N] in [-4, -0.25], Bm: f32[B, L, N], Cm: f32[B, L, N],
                Dskip: f32[D], dt_bias: f32[D]) -> (y: f32[B, L, D]) {
  scan t over L;
  state h: f32[B, D, N] = 0;
  let dt = softplus(sum(r, W[d, r] * xr[b, t, r]) + dt_bias[d]);
  h[b, d, n] = exp(dt * A[d, n]) * h[b, d, n] + dt * Bm[b, t, n] * u[b, t, d];
  y[b, t, d] = (sum(n, Cm[b, t, n] * h[b, d, n]) + Dskip[d] * u[b, t, d]) * silu(z[b, t, d]);
}
",
);

/// The recurrences of [`CHAIN_SPECS`], derived.
pub fn chain_specs() -> Vec<linrec_compiler::derive::Derived> {
    CHAIN_SPECS
        .iter()
        .map(|(name, text)| derive_text(name, text))
        .collect()
}
