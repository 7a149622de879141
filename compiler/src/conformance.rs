//! Conformance: every backend of the generated kernels — the host build in CI, the GPU on the
//! GPU machine — against the float64 interpreter, on one list of cases. A case names an entry
//! point (forward with either strategy, step, backward) and a shape; inputs, incoming
//! gradients and states are drawn here, rounded to what the backend stores, and every result
//! is compared by relative norm `‖got − ref‖ / ‖ref‖` with a tolerance per entry and dtype.
//! A backend only implements [`Backend`]; the rows and their table are the same for all.

use std::collections::BTreeMap;
use std::fmt;

use crate::derive::Derived;
use crate::derive::linear::reachable_from;
use crate::interp::{self, Sizes, Tensor};
use crate::ir::{DType, Expr, OutputKind};

/// Which entry point a case runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    Forward {
        chunked: bool,
    },
    /// The forward as a block scan, where a recurrence has one besides its sequential
    /// forward (else the sequential one); `ahead`: its variant prefetching a turn ahead.
    ForwardBlock {
        ahead: bool,
    },
    /// One decoding step; `batch`: the program for many sequences
    /// ([`crate::manifest::program::Entry::StepBatch`], the step where there is none).
    Step {
        batch: bool,
    },
    /// The backward, one walk per thread or (`chunked`) segments walked in parallel.
    Backward {
        chunked: bool,
    },
    /// One decoding step with a projection folded into an input
    /// ([`crate::manifest::StepFold`]), for each input the backend folds, at ranks
    /// [`FOLD_RANKS`] (the larger with a bias).
    StepFold {
        batch: bool,
    },
}

/// The ranks of the projections [`Check::StepFold`] folds in: fewer than a scan's lanes, and
/// Mamba-130m's `dt_rank`.
pub const FOLD_RANKS: [usize; 2] = [3, 48];

impl Check {
    /// Every check, in the order of the table's second column names.
    pub const ALL: [Check; 10] = [
        Check::Forward { chunked: false },
        Check::Forward { chunked: true },
        Check::ForwardBlock { ahead: false },
        Check::ForwardBlock { ahead: true },
        Check::Step { batch: false },
        Check::Step { batch: true },
        Check::Backward { chunked: false },
        Check::Backward { chunked: true },
        Check::StepFold { batch: false },
        Check::StepFold { batch: true },
    ];
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Check::Forward { chunked: false } => "fwd-seq",
            Check::Forward { chunked: true } => "fwd-chunk",
            Check::ForwardBlock { ahead: false } => "fwd-block",
            Check::ForwardBlock { ahead: true } => "fwd-block-ahead",
            Check::Step { batch: false } => "step",
            Check::Step { batch: true } => "step-batch",
            Check::Backward { chunked: false } => "backward",
            Check::Backward { chunked: true } => "bwd-seg",
            Check::StepFold { batch: false } => "step-fold",
            Check::StepFold { batch: true } => "step-batch-fold",
        })
    }
}

/// One case: an entry point at a shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub check: Check,
    /// Length of the scan axis (1 for a step).
    pub len: usize,
    /// Sizes of the other non-summed dims, in order, cycled.
    pub outer: Vec<usize>,
    /// Size of every summed dim, where the backend does not fix it (the host build compiles
    /// per case; compiled GPU kernels have theirs).
    pub summed: usize,
    /// Whether optional inputs are given.
    pub optional: bool,
    pub seed: u64,
}

/// Which list of cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suite {
    /// Small shapes, every summed size the plans distinguish (the host build in CI).
    Host,
    /// Larger shapes: many blocks, ragged tiles and chunks (the GPU).
    Gpu,
}

/// The cases of a suite.
pub fn cases(suite: Suite) -> Vec<Case> {
    let case = |check, len, outer: &[usize], summed, optional, seed| Case {
        check,
        len,
        outer: outer.to_vec(),
        summed,
        optional,
        seed,
    };
    let mut v = Vec::new();
    match suite {
        Suite::Host => {
            // One step; a length that is not a multiple of the tile; odd dims; one summed point.
            let shapes: [(usize, [usize; 2], usize); 4] = [
                (1, [1, 1], 1),
                (45, [3, 5], 4),
                (70, [2, 3], 1),
                (33, [1, 7], 16),
            ];
            for (k, &(len, outer, n)) in shapes.iter().enumerate() {
                for optional in [false, true] {
                    let check = Check::Forward { chunked: false };
                    v.push(case(check, len, &outer, n, optional, k as u64));
                }
                // (The sequential forward again where a recurrence has no block scan.)
                for ahead in [false, true] {
                    v.push(case(
                        Check::ForwardBlock { ahead },
                        len,
                        &outer,
                        n,
                        true,
                        k as u64 + 30,
                    ));
                }
            }
            // One step; exactly one chunk; several chunks with a ragged last one.
            let chunked: [(usize, [usize; 2], usize); 3] =
                [(1, [2, 3], 1), (256, [1, 3], 2), (600, [2, 1], 4)];
            for (k, &(len, outer, n)) in chunked.iter().enumerate() {
                let check = Check::Forward { chunked: true };
                v.push(case(check, len, &outer, n, true, k as u64 + 3));
            }
            for batch in [false, true] {
                v.push(case(Check::Step { batch }, 1, &[3, 2], 4, true, 11));
                v.push(case(Check::StepFold { batch }, 1, &[3, 2], 4, true, 12));
            }
            // One step; fewer steps than a checkpoint stretch; several with a ragged last;
            // several slices of the walk (`strategy::backward_slice_steps`), the last ragged.
            let backward: [(usize, [usize; 2], usize); 5] = [
                (1, [1, 1], 1),
                (45, [3, 2], 4),
                (150, [2, 3], 2),
                (64, [1, 5], 16),
                (600, [1, 2], 2),
            ];
            for (k, &(len, outer, n)) in backward.iter().enumerate() {
                let check = Check::Backward { chunked: false };
                v.push(case(check, len, &outer, n, true, k as u64 + 7));
            }
            // Segmented: one step; one segment; several with a ragged last one.
            let segmented: [(usize, [usize; 2], usize); 3] =
                [(1, [1, 2], 2), (256, [2, 1], 4), (600, [1, 3], 2)];
            for (k, &(len, outer, n)) in segmented.iter().enumerate() {
                let check = Check::Backward { chunked: true };
                v.push(case(check, len, &outer, n, true, k as u64 + 20));
            }
        }
        Suite::Gpu => {
            let shapes: [(usize, &[usize]); 5] = [
                (1, &[1, 1]),
                (45, &[3, 5]),
                (300, &[2, 37]),
                (600, &[3, 7]),
                (2048, &[4, 256]),
            ];
            for check in [
                Check::Forward { chunked: false },
                Check::Forward { chunked: true },
                Check::ForwardBlock { ahead: false },
                Check::ForwardBlock { ahead: true },
            ] {
                for (k, &(len, outer)) in shapes.iter().enumerate() {
                    v.push(case(check, len, outer, 16, true, k as u64));
                }
            }
            for batch in [false, true] {
                v.push(case(Check::Step { batch }, 1, &[3, 7], 16, true, 0));
                v.push(case(Check::StepFold { batch }, 1, &[3, 7], 16, true, 1));
                v.push(case(Check::StepFold { batch }, 1, &[4, 300], 16, true, 2));
            }
            let backward: [(usize, &[usize]); 4] = [
                (1, &[1, 1]),
                (45, &[3, 5]),
                (300, &[2, 37]),
                (1000, &[2, 64]),
            ];
            for chunked in [false, true] {
                for (k, &(len, outer)) in backward.iter().enumerate() {
                    let check = Check::Backward { chunked };
                    v.push(case(check, len, outer, 16, true, k as u64 + 10));
                }
            }
        }
    }
    v
}

/// What a backend runs. Inputs, states and gradients come rounded to their storage dtypes;
/// results are returned as stored (decoded to f64).
pub trait Backend {
    type Error: fmt::Display;

    /// The size the backend fixed for summed dim `dim`, if it did (compiled kernels).
    fn summed_size(&self, d: &Derived, dim: &str) -> Option<usize>;
    /// Every output, in declaration order.
    fn forward(
        &mut self,
        d: &Derived,
        summed: &BTreeMap<String, usize>,
        sizes: &Sizes,
        inputs: &[Option<Tensor>],
        pass: crate::manifest::Pass,
    ) -> Result<Vec<Tensor>, Self::Error>;
    /// The per-step outputs and the new states (`batch`: by the program for many sequences;
    /// with `fold`, that input computed by the step from its projection, `inputs` holding
    /// nothing for it).
    #[allow(clippy::too_many_arguments)]
    fn step(
        &mut self,
        d: &Derived,
        summed: &BTreeMap<String, usize>,
        sizes: &Sizes,
        inputs: &[Option<Tensor>],
        states: &[Tensor],
        batch: bool,
        fold: Option<Fold<'_>>,
    ) -> Result<(Vec<Tensor>, Vec<Tensor>), Self::Error>;
    /// The inputs whose projection the backend's steps can fold in.
    fn step_folds(
        &mut self,
        d: &Derived,
        summed: &BTreeMap<String, usize>,
    ) -> Result<Vec<String>, Self::Error>;
    /// The gradient of every input given (after a forward that saves what it needs), by the
    /// segmented backward when `chunked`.
    fn backward(
        &mut self,
        d: &Derived,
        summed: &BTreeMap<String, usize>,
        sizes: &Sizes,
        inputs: &[Option<Tensor>],
        out_grads: &[Tensor],
        chunked: bool,
    ) -> Result<Vec<Option<Tensor>>, Self::Error>;
}

/// A projection folded into a decoding step, over host tensors.
pub type Fold<'a> = crate::manifest::Fold<'a, Tensor>;

impl crate::manifest::Fold<'_, Tensor> {
    /// The input's values: `Σ_r weight[o, r] · rows[row, r] (+ bias[o])` at `[row][o]`.
    pub fn value(&self) -> Tensor {
        let (n_rows, rank) = (self.rows.shape[0], self.rows.shape[1]);
        let out = self.weight.shape[0];
        let mut data = Vec::with_capacity(n_rows * out);
        for r in 0..n_rows {
            let x = &self.rows.data[r * rank..(r + 1) * rank];
            for o in 0..out {
                let w = &self.weight.data[o * rank..(o + 1) * rank];
                let b = self.bias.map_or(0.0, |b| b.data[o]);
                data.push(x.iter().zip(w).map(|(a, b)| a * b).sum::<f64>() + b);
            }
        }
        Tensor {
            shape: vec![n_rows, out],
            data,
        }
    }
}

/// One compared result.
#[derive(Debug, Clone)]
pub struct Row {
    pub recurrence: String,
    pub check: Check,
    pub dtype: DType,
    pub shape: String,
    pub output: String,
    pub rel_err: f64,
    pub tolerance: f64,
    /// Wall time of the backend's call (including transfers), when measured.
    pub ms: f64,
}

impl Row {
    pub fn passed(&self) -> bool {
        self.rel_err.is_finite() && self.rel_err < self.tolerance
    }
}

/// The tolerance of a check at a storage dtype (16-bit storage rounds every value it keeps).
///
/// Gradients get more room than values: some cancel in f32 whatever the kernel does. s4d's
/// `dA_log` at one step (`(exp(dt·A) − 1) / A`, dt small) differs from float64 by up to 2.4e-4
/// with exact f32 libm math on the host (60 seeds of the GPU suite's smallest case), and the
/// GPU's approximate `ex2`/`lg2` add their two ulps; a wrong gradient is off by far more.
pub fn tolerance(check: Check, dtype: DType) -> f64 {
    match (dtype, check) {
        (DType::BF16 | DType::F16, _) => 2e-2,
        (DType::F32, Check::Backward { .. }) => 1e-3,
        (DType::F32, _) => 1e-5,
    }
}

/// The dims some `sum` of the forward runs over (their sizes are fixed at compile time).
pub fn summed_dims(d: &Derived) -> Vec<String> {
    let rec = &d.rec;
    let roots = d
        .decompositions
        .iter()
        .flat_map(|x| x.roots())
        .chain(rec.outputs.iter().map(|(_, o)| o.value));
    let mut out: Vec<String> = Vec::new();
    for h in roots.flat_map(|r| reachable_from(rec, r)) {
        if let Expr::Sum(dim, _) = rec.exprs[h] {
            let name = &rec.dims[dim].name;
            if !out.contains(name) {
                out.push(name.clone());
            }
        }
    }
    out
}

/// Rounds values to what a tensor stored as `dtype` holds.
pub fn round_to(t: &mut Tensor, dtype: DType) {
    match dtype {
        DType::BF16 => t
            .data
            .iter_mut()
            .for_each(|v| *v = f64::from(half::bf16::from_f64(*v).to_f32())),
        DType::F16 => t
            .data
            .iter_mut()
            .for_each(|v| *v = f64::from(half::f16::from_f64(*v).to_f32())),
        DType::F32 => {}
    }
}

/// A case's sizes (and the summed sizes by name), with the backend's fixed summed sizes.
pub fn sizes_of<B: Backend>(b: &B, d: &Derived, case: &Case) -> (Sizes, BTreeMap<String, usize>) {
    let rec = &d.rec;
    let summed = summed_dims(d);
    let mut fixed = BTreeMap::new();
    let mut k = 0;
    let sizes = rec
        .dims
        .iter()
        .map(|(h, dim)| {
            if h == rec.scan {
                return case.len;
            }
            if summed.contains(&dim.name) {
                let n = b.summed_size(d, &dim.name).unwrap_or(case.summed);
                fixed.insert(dim.name.clone(), n);
                return n;
            }
            k += 1;
            case.outer[(k - 1) % case.outer.len()]
        })
        .collect();
    (fit_interpreter(d, Sizes(sizes)), fixed)
}

/// The case's sizes with its largest outer dims halved until the interpreter (the reference)
/// can run them three times over (a forward and a backward), within its limits: a large state
/// (RetNet's complex DK × DV per head) would otherwise not fit the GPU suite's largest shape.
fn fit_interpreter(d: &Derived, mut sizes: Sizes) -> Sizes {
    let rec = &d.rec;
    let summed = summed_dims(d);
    loop {
        let mut thrice = sizes.clone();
        thrice.0[rec.scan.index()] *= 3;
        if interp::budget(rec, &thrice).is_ok() {
            return sizes;
        }
        let largest = rec
            .dims
            .iter()
            .filter(|(h, dim)| *h != rec.scan && !summed.contains(&dim.name))
            .map(|(h, _)| h.index())
            .max_by_key(|&i| sizes.0[i]);
        match largest {
            Some(i) if sizes.0[i] > 1 => sizes.0[i] /= 2,
            _ => return sizes,
        }
    }
}

/// A deterministic tensor of `shape` (values in [-1, 1]).
fn wave(shape: Vec<usize>, a: f64, b: f64) -> Tensor {
    let n = shape.iter().product();
    Tensor {
        shape,
        data: (0..n).map(|k| (k as f64 * a + b).sin()).collect(),
    }
}

/// The inputs of a case, as stored: random in each input's range, optional ones given when
/// the case says so.
pub fn inputs(d: &Derived, sizes: &Sizes, case: &Case) -> Vec<Option<Tensor>> {
    let rec = &d.rec;
    let mut x = interp::random_inputs(rec, sizes, case.seed);
    for ((_, i), slot) in rec.inputs.iter().zip(x.iter_mut()) {
        if i.optional && case.optional {
            *slot = Some(wave(sizes.shape(&i.dims), 0.37, case.seed as f64));
        }
        if let Some(t) = slot {
            round_to(t, i.dtype);
        }
    }
    x
}

/// The reference's root-mean-square below which [`floored_err`] measures in absolute terms.
/// Inputs and incoming gradients are of order one, so a result this small is a cancellation:
/// zero in exact arithmetic, rounding noise in f64 (1e-17) and in f32 (1e-9) alike, where
/// an error relative to the reference itself would be noise over noise (mLSTM's `dq` with
/// one step and one value column is such a gradient).
pub const CANCELLED_RMS: f64 = 1e-3;

/// ‖got − want‖ / max(‖want‖, [`CANCELLED_RMS`] · √n): the relative error, floored where the
/// reference has cancelled to rounding.
pub fn floored_err(got: &[f64], want: &[f64]) -> f64 {
    let (num, den) = interp::err_norms(got, want);
    let floor = CANCELLED_RMS * (want.len().max(1) as f64).sqrt();
    num / den.max(floor)
}

/// Runs one case on `b` and on the interpreter: one row per compared tensor.
pub fn run<B: Backend>(b: &mut B, d: &Derived, case: &Case) -> Result<Vec<Row>, B::Error> {
    let rec = &d.rec;
    let (sizes, summed) = sizes_of(b, d, case);
    let x = inputs(d, &sizes, case);
    let shape = rec
        .dims
        .iter()
        .map(|(h, dim)| format!("{}={}", dim.name, sizes.of(h)))
        .collect::<Vec<_>>()
        .join(",");
    let row = |output: String, dtype: DType, got: &Tensor, want: &Tensor, ms: f64| Row {
        recurrence: rec.name.clone(),
        check: case.check,
        dtype,
        shape: shape.clone(),
        output,
        rel_err: if got.data.len() == want.data.len() {
            floored_err(&got.data, &want.data)
        } else {
            f64::INFINITY
        },
        tolerance: tolerance(case.check, dtype),
        ms,
    };
    let mut rows = Vec::new();
    let timed = std::time::Instant::now;
    match case.check {
        Check::Forward { .. } | Check::ForwardBlock { .. } => {
            use crate::manifest::Pass;
            let pass = match case.check {
                Check::Forward { chunked: true } => Pass::Chunked,
                Check::ForwardBlock { ahead: false } => Pass::Block,
                Check::ForwardBlock { ahead: true } => Pass::BlockAhead,
                _ => Pass::Sequential,
            };
            let want = interp::run(rec, &sizes, &x).expect("the interpreter runs every spec");
            let t = timed();
            let got = b.forward(d, &summed, &sizes, &x, pass)?;
            let ms = t.elapsed().as_secs_f64() * 1e3;
            for ((_, o), (g, w)) in rec.outputs.iter().zip(got.iter().zip(&want.outputs)) {
                rows.push(row(o.name.clone(), o.dtype, g, w, ms));
            }
        }
        Check::Step { batch } => {
            let states = step_states(d, &sizes);
            let (want_out, want_state) =
                interp::step(d, &sizes, &x, &states).expect("the interpreter steps every spec");
            let t = timed();
            let (got_out, got_state) = b.step(d, &summed, &sizes, &x, &states, batch, None)?;
            let ms = t.elapsed().as_secs_f64() * 1e3;
            let per_step = rec
                .outputs
                .iter()
                .filter(|(_, o)| o.kind == OutputKind::PerStep);
            for ((_, o), (g, w)) in per_step.zip(got_out.iter().zip(&want_out)) {
                rows.push(row(o.name.clone(), o.dtype, g, w, ms));
            }
            for ((_, s), (g, w)) in rec.states.iter().zip(got_state.iter().zip(&want_state)) {
                rows.push(row(format!("state {}", s.name), s.dtype, g, w, ms));
            }
        }
        Check::StepFold { batch } => {
            let states = step_states(d, &sizes);
            for input in b.step_folds(d, &summed)? {
                let Some(h) = rec.input_by_name(&input) else {
                    continue;
                };
                let i = &rec.inputs[h];
                // The check draws the projection in [-1, 1] (an input drawn from another
                // range folds the same way).
                let (Some((&last, rest)), (-1.0, 1.0)) = (i.dims.split_last(), i.range) else {
                    continue;
                };
                let n_rows: usize = rest.iter().map(|&r| sizes.of(r)).product();
                let out = sizes.of(last);
                for rank in FOLD_RANKS {
                    let xr = wave(vec![n_rows, rank], 0.71, case.seed as f64 + 0.3);
                    let mut weight = wave(vec![out, rank], 0.53, rank as f64);
                    weight.data.iter_mut().for_each(|w| *w /= rank as f64);
                    // The larger rank with a bias (the projection then stays within [-1, 1]
                    // only roughly: no input's range is relied on).
                    let bias = (rank > FOLD_RANKS[0]).then(|| {
                        let mut b = wave(vec![out], 0.29, 0.7);
                        b.data.iter_mut().for_each(|v| *v *= 0.25);
                        b
                    });
                    let fold = Fold {
                        input: &input,
                        rows: &xr,
                        weight: &weight,
                        bias: bias.as_ref(),
                    };
                    let mut full = x.clone();
                    full[h.index()] = Some(Tensor {
                        shape: sizes.shape(&i.dims),
                        data: fold.value().data,
                    });
                    let (want_out, want_state) = interp::step(d, &sizes, &full, &states)
                        .expect("the interpreter steps every spec");
                    let mut given = x.clone();
                    given[h.index()] = None;
                    let t = timed();
                    let (got_out, got_state) =
                        b.step(d, &summed, &sizes, &given, &states, batch, Some(fold))?;
                    let ms = t.elapsed().as_secs_f64() * 1e3;
                    let what = |n: &str| format!("{n} ({input} r={rank})");
                    let per_step = rec
                        .outputs
                        .iter()
                        .filter(|(_, o)| o.kind == OutputKind::PerStep);
                    for ((_, o), (g, w)) in per_step.zip(got_out.iter().zip(&want_out)) {
                        rows.push(row(what(&o.name), o.dtype, g, w, ms));
                    }
                    for ((_, s), (g, w)) in rec.states.iter().zip(got_state.iter().zip(&want_state))
                    {
                        rows.push(row(what(&format!("state {}", s.name)), s.dtype, g, w, ms));
                    }
                }
            }
        }
        Check::Backward { chunked } => {
            let out = interp::run(rec, &sizes, &x).expect("the interpreter runs every spec");
            let dy: Vec<Tensor> = out
                .outputs
                .iter()
                .zip(rec.outputs.iter())
                .enumerate()
                .map(|(k, (t, (_, o)))| {
                    let mut g = wave(t.shape.clone(), 0.13 * (k + 1) as f64, case.seed as f64);
                    round_to(&mut g, o.dtype);
                    g
                })
                .collect();
            let want = interp::backward(d, &sizes, &x, &dy).expect("the interpreter derives");
            let t = timed();
            let got = b.backward(d, &summed, &sizes, &x, &dy, chunked)?;
            let ms = t.elapsed().as_secs_f64() * 1e3;
            for (((_, i), (g, w)), ig) in rec
                .inputs
                .iter()
                .zip(got.iter().zip(&want.inputs))
                .zip(&d.backward.input_grads)
            {
                let (Some(g), Some(w)) = (g, w) else { continue };
                // A gradient the derivation leaves at zero (no expression reaches the input) is
                // compared exactly; one that cancels to zero in f64 (the LRU's `dθ` at one
                // step: `|λ|` does not depend on `θ`) by the floored error, as f32 rounds it.
                let mut r = row(format!("d{}", i.name), i.dtype, g, w, ms);
                let structural =
                    ig.per_step.is_none() && ig.terminal.is_none() && ig.initialises.is_empty();
                if structural {
                    r.rel_err = if g.data.iter().all(|&v| v == 0.0) {
                        0.0
                    } else {
                        f64::INFINITY
                    };
                }
                rows.push(r);
            }
        }
    }
    Ok(rows)
}

/// The states a step check starts from, as stored.
fn step_states(d: &Derived, sizes: &Sizes) -> Vec<Tensor> {
    d.rec
        .states
        .iter()
        .map(|(_, s)| {
            let mut t = wave(sizes.shape(&s.dims), 0.61, 1.5);
            round_to(&mut t, s.dtype);
            t
        })
        .collect()
}

/// The table of rows, one per check, and a closing count.
pub fn table(rows: &[Row]) -> String {
    let mut s = format!(
        "{:<16} {:<15} {:<5} {:<28} {:<18} {:>10} {:>8} {:>9}  {}\n",
        "recurrence", "check", "dtype", "shape", "output", "rel err", "tol", "ms", "ok"
    );
    for r in rows {
        s.push_str(&format!(
            "{:<16} {:<15} {:<5} {:<28} {:<18} {:>10.2e} {:>8.0e} {:>9.3}  {}\n",
            r.recurrence,
            r.check.to_string(),
            r.dtype.name(),
            r.shape,
            r.output,
            r.rel_err,
            r.tolerance,
            r.ms,
            if r.passed() { "ok" } else { "FAIL" }
        ));
    }
    let failed = rows.iter().filter(|r| !r.passed()).count();
    s.push_str(&format!(
        "{} passed, {} failed\n",
        rows.len() - failed,
        failed
    ));
    s
}
