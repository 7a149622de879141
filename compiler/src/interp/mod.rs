//! The float64 reference interpreter: runs a checked recurrence step by step on the CPU.
//! It is deliberately plain — every value is a dense f64 array over its shape — because it is
//! the ground truth that every generated kernel is compared against.

use std::fmt;

use crate::ir::{Dim, DimSet, Expr, Handle, Input, OutputKind, Recurrence, StateInit, When};
use rand::{Rng, SeedableRng};

/// A dense row-major f64 tensor.
#[derive(Debug, Clone, PartialEq)]
pub struct Tensor {
    pub shape: Vec<usize>,
    pub data: Vec<f64>,
}

impl Tensor {
    pub fn zeros(shape: Vec<usize>) -> Self {
        let n = shape.iter().product();
        Tensor {
            shape,
            data: vec![0.0; n],
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Row-major strides.
    pub fn strides(&self) -> Vec<usize> {
        row_major_strides(&self.shape)
    }
}

pub fn row_major_strides(shape: &[usize]) -> Vec<usize> {
    let mut strides = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * shape[i + 1];
    }
    strides
}

/// What can go wrong when running: always names the tensor or dimension.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InterpError {
    #[error("no size given for dimension `{dim}` (pass e.g. {dim}=16)")]
    MissingSize { dim: String },
    #[error("a decoding step needs `{dim}` = 1, not {size}")]
    StepSize { dim: String, size: usize },
    #[error("input `{name}` is missing")]
    MissingInput { name: String },
    #[error(
        "at these sizes the interpreter would {what}: more than its limit of {limit}; use smaller sizes (the interpreter is the float64 reference, not a fast path)"
    )]
    TooLarge { what: String, limit: String },
    #[error(
        "`{reader}` reads `{state}`, a state scanned before it (a chain of scans): the chain runs sequentially, its chunked evaluation is not derived"
    )]
    Chained { state: String, reader: String },
    #[error("input `{name}` has shape {actual:?}, expected {expected:?}")]
    Shape {
        name: String,
        expected: Vec<usize>,
        actual: Vec<usize>,
    },
}

/// Sizes of a recurrence's dimensions, indexed by dim handle.
#[derive(Debug, Clone, PartialEq)]
pub struct Sizes(pub Vec<usize>);

impl Sizes {
    /// From `(name, size)` pairs; every dim of the recurrence must be given (sizes of dims it
    /// does not have are ignored, so one list can serve several recurrences).
    pub fn from_names(rec: &Recurrence, given: &[(String, usize)]) -> Result<Sizes, InterpError> {
        rec.dims
            .iter()
            .map(|(_, d)| {
                given
                    .iter()
                    .find(|(n, _)| *n == d.name)
                    .map(|&(_, s)| s)
                    .ok_or_else(|| InterpError::MissingSize {
                        dim: d.name.clone(),
                    })
            })
            .collect::<Result<_, _>>()
            .map(Sizes)
            .and_then(|s| {
                budget(rec, &s)?;
                Ok(s)
            })
    }

    pub fn of(&self, d: Handle<Dim>) -> usize {
        self.0[d.index()]
    }

    pub fn shape(&self, dims: &[Handle<Dim>]) -> Vec<usize> {
        dims.iter().map(|&d| self.of(d)).collect()
    }
}

/// Random inputs for every (non-optional) input, uniform in its declared range.
pub fn random_inputs(rec: &Recurrence, sizes: &Sizes, seed: u64) -> Vec<Option<Tensor>> {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    rec.inputs
        .iter()
        .map(|(_, i)| {
            if i.optional {
                return None;
            }
            let shape = sizes.shape(&i.dims);
            let n: usize = shape.iter().product();
            let (lo, hi) = i.range;
            // lo·(1 − u) + hi·u: finite for any finite range, even one wider than f64 holds.
            let data = (0..n)
                .map(|_| {
                    let u: f64 = rng.random();
                    lo * (1.0 - u) + hi * u
                })
                .collect();
            Some(Tensor { shape, data })
        })
        .collect()
}

/// Outputs of a run, in declaration order, plus the final value of every state.
#[derive(Debug, Clone, PartialEq)]
pub struct RunResult {
    pub outputs: Vec<Tensor>,
    pub final_states: Vec<Tensor>,
}

/// A value of the DAG at one step: dense over `dims` (the node's shape without the scan dim),
/// row-major in declaration order.
#[derive(Debug)]
pub struct Value {
    pub dims: Vec<Handle<Dim>>,
    pub data: Vec<f64>,
}

/// Evaluates expressions of a recurrence at one step, given the environment the caller sets:
/// the step `t`, previous and new states, adjoints and output gradients. Values that cannot
/// change between steps are kept across [`Evaluator::invalidate`].
pub struct Evaluator<'a> {
    rec: &'a Recurrence,
    sizes: &'a Sizes,
    inputs: &'a [Option<Tensor>],
    invariant: Vec<bool>,
    cache: Vec<Option<Value>>,
    /// The current step (index along the scan axis).
    pub t: usize,
    /// Per state, in its declared layout: `h_{t-1}`, `h_t`, and the adjoint `g_t`.
    pub prev: Vec<Vec<f64>>,
    pub new: Vec<Vec<f64>>,
    pub adjoint: Vec<Vec<f64>>,
    /// Per output, the whole incoming gradient (per-step ones are read at `t`).
    pub out_grads: Vec<Option<Tensor>>,
    /// Whether the position is the counting state's previous value (a decoding step) rather
    /// than `t`.
    pub position_from_state: bool,
}

impl std::fmt::Debug for Evaluator<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Evaluator")
            .field("t", &self.t)
            .finish_non_exhaustive()
    }
}

impl<'a> Evaluator<'a> {
    pub fn new(rec: &'a Recurrence, sizes: &'a Sizes, inputs: &'a [Option<Tensor>]) -> Self {
        let invariant = rec.step_invariant();
        let zeros = |dims: &[Handle<Dim>]| vec![0.0; sizes.shape(dims).iter().product()];
        let states: Vec<Vec<f64>> = rec.states.iter().map(|(_, s)| zeros(&s.dims)).collect();
        Evaluator {
            rec,
            sizes,
            inputs,
            invariant,
            cache: (0..rec.exprs.len()).map(|_| None).collect(),
            t: 0,
            prev: states.clone(),
            new: states.clone(),
            adjoint: states,
            out_grads: vec![None; rec.outputs.len()],
            position_from_state: false,
        }
    }

    /// Forgets every value that depends on the step or on the environment.
    pub fn invalidate(&mut self) {
        for (h, slot) in self.cache.iter_mut().enumerate() {
            if !self.invariant[h] {
                *slot = None;
            }
        }
    }

    fn step_dims(&self, s: DimSet) -> Vec<Handle<Dim>> {
        s.without(self.rec.scan).iter().collect()
    }

    /// The value of `h` at the current step.
    pub fn value(&mut self, h: Handle<Expr>) -> &Value {
        self.ensure(h);
        self.cached(h)
    }

    fn cached(&self, h: Handle<Expr>) -> &Value {
        self.cache[h.index()]
            .as_ref()
            .expect("operands are evaluated first")
    }

    /// The value of `h` laid out over `dims` (declared order, scan dim dropped, broadcast).
    pub fn value_as(&mut self, h: Handle<Expr>, dims: &[Handle<Dim>]) -> Vec<f64> {
        self.ensure(h);
        self.layout(self.cached(h), dims)
    }

    fn ensure(&mut self, h: Handle<Expr>) {
        if self.cache[h.index()].is_some() {
            return;
        }
        for o in self.rec.exprs.operands(h).collect::<Vec<_>>() {
            self.ensure(o);
        }
        let dims = self.step_dims(self.rec.exprs.shape(h));
        let shape = self.sizes.shape(&dims);
        let n: usize = shape.iter().product();
        let data = match self.rec.exprs[h] {
            Expr::Const(c) => vec![c.get(); n],
            Expr::DimSize(d) => vec![self.sizes.of(d) as f64; n],
            // Decoding carries the position in its counting state; a run knows it.
            Expr::Position(s) if self.position_from_state => vec![self.prev[s.index()][0]; n],
            Expr::Position(_) => vec![self.t as f64; n],
            Expr::Input(i) => self.read_input(i, &dims),
            Expr::State(s, when) => {
                let src = match when {
                    When::Prev => &self.prev[s.index()],
                    When::New => &self.new[s.index()],
                };
                let sdims = &self.rec.states[s].dims;
                gather(src, &self.sizes.shape(sdims), sdims, &dims, &shape, 0)
            }
            Expr::Adjoint(s) => {
                let sdims = &self.rec.states[s].dims;
                let src = &self.adjoint[s.index()];
                gather(src, &self.sizes.shape(sdims), sdims, &dims, &shape, 0)
            }
            Expr::OutputGrad(o) => {
                let out = &self.rec.outputs[o];
                let t = self.out_grads[o.index()]
                    .as_ref()
                    .expect("the caller provides every output gradient the expression reads");
                let base = match out.dims.iter().position(|&d| d == self.rec.scan) {
                    Some(k) => self.t * t.strides()[k],
                    None => 0,
                };
                gather(&t.data, &t.shape, &out.dims, &dims, &shape, base)
            }
            Expr::Unary(f, a) => broadcast(self.cached(a), &dims, &shape, self.sizes)
                .into_iter()
                .map(|x| f.eval(x))
                .collect(),
            Expr::Binary(f, a, b) => {
                let a = broadcast(self.cached(a), &dims, &shape, self.sizes);
                let b = broadcast(self.cached(b), &dims, &shape, self.sizes);
                a.into_iter().zip(b).map(|(x, y)| f.eval(x, y)).collect()
            }
            Expr::Sum(d, a) => {
                let a = self.cached(a);
                let ashape = self.sizes.shape(&a.dims);
                // Stride of each of a's dims in the result (0 for the summed dim).
                let rstrides = row_major_strides(&shape);
                let map: Vec<usize> = a
                    .dims
                    .iter()
                    .map(|ad| dims.iter().position(|x| x == ad).map_or(0, |k| rstrides[k]))
                    .collect();
                debug_assert!(a.dims.contains(&d));
                let mut out = vec![0.0; n];
                for_each_index(&ashape, |i, idx| {
                    let o: usize = idx.iter().zip(&map).map(|(x, s)| x * s).sum();
                    out[o] += a.data[i];
                });
                out
            }
        };
        self.cache[h.index()] = Some(Value { dims, data });
    }

    fn read_input(&self, i: Handle<Input>, dims: &[Handle<Dim>]) -> Vec<f64> {
        let input = &self.rec.inputs[i];
        let shape = self.sizes.shape(dims);
        let Some(t) = self.inputs[i.index()].as_ref() else {
            // An absent optional input reads as zeros.
            return vec![0.0; shape.iter().product()];
        };
        let base = match input.dims.iter().position(|&d| d == self.rec.scan) {
            Some(k) => self.t * t.strides()[k],
            None => 0,
        };
        gather(&t.data, &t.shape, &input.dims, dims, &shape, base)
    }

    /// A step value laid out in a tensor's declared dim order (broadcast where it lacks dims).
    pub fn layout(&self, v: &Value, dims: &[Handle<Dim>]) -> Vec<f64> {
        let target: Vec<Handle<Dim>> = dims
            .iter()
            .copied()
            .filter(|&d| d != self.rec.scan)
            .collect();
        let tshape = self.sizes.shape(&target);
        gather(
            &v.data,
            &self.sizes.shape(&v.dims),
            &v.dims,
            &target,
            &tshape,
            0,
        )
    }

    /// Writes a per-step value into position `t` of a tensor with the scan dim.
    pub fn write_step(&mut self, h: Handle<Expr>, dims: &[Handle<Dim>], out: &mut Tensor) {
        let step = self.value_as(h, dims);
        write_at(self.rec, self.sizes, self.t, &step, dims, out);
    }
}

/// Writes one step's values (laid out without the scan dim) at position `t` of `out`.
fn write_at(
    rec: &Recurrence,
    sizes: &Sizes,
    t: usize,
    step: &[f64],
    dims: &[Handle<Dim>],
    out: &mut Tensor,
) {
    let k = dims
        .iter()
        .position(|&d| d == rec.scan)
        .expect("a tensor with the scan dim");
    let strides = out.strides();
    let shape_wo: Vec<usize> = dims
        .iter()
        .filter(|&&d| d != rec.scan)
        .map(|&d| sizes.of(d))
        .collect();
    let strides_wo: Vec<usize> = strides
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != k)
        .map(|(_, &s)| s)
        .collect();
    let base = t * strides[k];
    for_each_index(&shape_wo, |i, idx| {
        let o: usize = base
            + idx
                .iter()
                .zip(&strides_wo)
                .map(|(x, s)| x * s)
                .sum::<usize>();
        out.data[o] = step[i];
    });
}

/// Runs `rec` over the whole scan axis, step by step with the updates as written. `inputs`
/// holds one entry per declared input (`None` only for optional ones); every tensor is
/// row-major in its declared dim order.
pub fn run(
    rec: &Recurrence,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
) -> Result<RunResult, InterpError> {
    validate(rec, sizes, inputs)?;
    let mut ev = Evaluator::new(rec, sizes, inputs);
    ev.prev = initial_states(rec, sizes, inputs);
    ev.new = ev.prev.clone();
    let mut outputs = new_outputs(rec, sizes);
    let len = sizes.of(rec.scan);
    for step in 0..len {
        ev.t = rec.direction.position(step, len);
        ev.invalidate();
        let updates: Vec<Vec<f64>> = rec
            .states
            .iter()
            .map(|(_, s)| ev.value_as(s.update, &s.dims))
            .collect();
        ev.new = updates;
        write_per_step_outputs(&mut ev, &mut outputs);
        ev.prev = ev.new.clone();
    }
    Ok(finish(&mut ev, outputs))
}

fn initial_states(rec: &Recurrence, sizes: &Sizes, inputs: &[Option<Tensor>]) -> Vec<Vec<f64>> {
    rec.states
        .iter()
        .map(|(_, s)| {
            let n: usize = sizes.shape(&s.dims).iter().product();
            match &s.init {
                StateInit::Const(v) => vec![*v; n],
                StateInit::Input(i) => match &inputs[i.index()] {
                    Some(t) => t.data.clone(),
                    None => vec![0.0; n],
                },
            }
        })
        .collect()
}

fn new_outputs(rec: &Recurrence, sizes: &Sizes) -> Vec<Tensor> {
    rec.outputs
        .iter()
        .map(|(_, o)| Tensor::zeros(sizes.shape(&o.dims)))
        .collect()
}

fn write_per_step_outputs(ev: &mut Evaluator<'_>, outputs: &mut [Tensor]) {
    let rec = ev.rec;
    for (oh, o) in rec.outputs.iter() {
        if o.kind == OutputKind::PerStep {
            ev.write_step(o.value, &o.dims, &mut outputs[oh.index()]);
        }
    }
}

/// Final outputs read the state after the last step (the initial state when the axis is empty).
fn finish(ev: &mut Evaluator<'_>, mut outputs: Vec<Tensor>) -> RunResult {
    let rec = ev.rec;
    ev.new = ev.prev.clone();
    ev.invalidate();
    for (oh, o) in rec.outputs.iter() {
        if o.kind == OutputKind::Final {
            outputs[oh.index()].data = ev.value_as(o.value, &o.dims);
        }
    }
    let final_states = rec
        .states
        .iter()
        .zip(&ev.new)
        .map(|((_, s), data)| Tensor {
            shape: ev.sizes.shape(&s.dims),
            data: data.clone(),
        })
        .collect();
    RunResult {
        outputs,
        final_states,
    }
}

/// Refuses sizes whose tensors or work exceed the interpreter's limits
/// ([`crate::limits::MAX_INTERP_BYTES`], [`crate::limits::MAX_INTERP_WORK`]), before anything
/// is allocated; counts that overflow are refused the same way.
pub fn budget(rec: &Recurrence, sizes: &Sizes) -> Result<(), InterpError> {
    use crate::limits::{MAX_INTERP_BYTES, MAX_INTERP_WORK};
    let too_large = |what: &str, limit: String| InterpError::TooLarge {
        what: what.into(),
        limit,
    };
    let numel = |dims: &[Handle<Dim>]| -> Option<u128> {
        dims.iter()
            .try_fold(1u128, |acc, &d| acc.checked_mul(sizes.of(d) as u128))
    };
    // Values held: every input and output whole, every state twice, every node at one step.
    let mut values: u128 = 0;
    let mut per_step: u128 = 0;
    let tensors = rec
        .inputs
        .iter()
        .map(|(_, i)| &i.dims[..])
        .chain(rec.outputs.iter().map(|(_, o)| &o.dims[..]));
    for dims in tensors {
        values = values.saturating_add(numel(dims).unwrap_or(u128::MAX));
    }
    for (_, st) in rec.states.iter() {
        values = values.saturating_add(numel(&st.dims).unwrap_or(u128::MAX).saturating_mul(2));
    }
    for (h, _) in rec.exprs.iter() {
        let dims: Vec<Handle<Dim>> = rec
            .exprs
            .shape(h)
            .iter()
            .filter(|&d| d != rec.scan)
            .collect();
        per_step = per_step.saturating_add(numel(&dims).unwrap_or(u128::MAX));
    }
    let bytes = values.saturating_add(per_step).saturating_mul(8);
    if bytes > MAX_INTERP_BYTES as u128 {
        return Err(too_large(
            &format!("hold {} of tensors", human_bytes(bytes)),
            human_bytes(MAX_INTERP_BYTES as u128),
        ));
    }
    let work = per_step.saturating_mul((sizes.of(rec.scan) as u128).max(1));
    if work > MAX_INTERP_WORK as u128 {
        return Err(too_large(
            &format!("compute {work} values"),
            MAX_INTERP_WORK.to_string(),
        ));
    }
    Ok(())
}

fn human_bytes(b: u128) -> String {
    match b {
        b if b >= 1 << 40 => format!("{:.1} TiB", b as f64 / (1u64 << 40) as f64),
        b if b >= 1 << 30 => format!("{:.1} GiB", b as f64 / (1u64 << 30) as f64),
        b => format!("{:.1} MiB", b as f64 / (1u64 << 20) as f64),
    }
}

fn validate(rec: &Recurrence, sizes: &Sizes, inputs: &[Option<Tensor>]) -> Result<(), InterpError> {
    budget(rec, sizes)?;
    for (h, i) in rec.inputs.iter() {
        match inputs.get(h.index()).and_then(Option::as_ref) {
            None if i.optional => {}
            None => {
                return Err(InterpError::MissingInput {
                    name: i.name.clone(),
                });
            }
            Some(t) => {
                let expected = sizes.shape(&i.dims);
                if t.shape != expected || t.data.len() != expected.iter().product::<usize>() {
                    return Err(InterpError::Shape {
                        name: i.name.clone(),
                        expected,
                        actual: t.shape.clone(),
                    });
                }
            }
        }
    }
    Ok(())
}

/// Reads `src` (row-major over `src_dims` with sizes `src_shape`, starting at `base`) into a
/// dense array over `dims`; a dim the source lacks is broadcast.
fn gather(
    src: &[f64],
    src_shape: &[usize],
    src_dims: &[Handle<Dim>],
    dims: &[Handle<Dim>],
    shape: &[usize],
    base: usize,
) -> Vec<f64> {
    let sstrides = row_major_strides(src_shape);
    let map: Vec<usize> = dims
        .iter()
        .map(|d| {
            src_dims
                .iter()
                .position(|x| x == d)
                .map_or(0, |k| sstrides[k])
        })
        .collect();
    let n: usize = shape.iter().product();
    let mut out = vec![0.0; n];
    for_each_index(shape, |i, idx| {
        out[i] = src[base + idx.iter().zip(&map).map(|(x, s)| x * s).sum::<usize>()];
    });
    out
}

/// Expands `v` to the dims `dims` (a superset of its own).
fn broadcast(v: &Value, dims: &[Handle<Dim>], shape: &[usize], sizes: &Sizes) -> Vec<f64> {
    if v.dims == dims {
        return v.data.clone();
    }
    gather(&v.data, &sizes.shape(&v.dims), &v.dims, dims, shape, 0)
}

/// Calls `f(flat_index, multi_index)` for every element of a row-major array of `shape`.
fn for_each_index(shape: &[usize], mut f: impl FnMut(usize, &[usize])) {
    let n: usize = shape.iter().product();
    let mut idx = vec![0usize; shape.len()];
    for i in 0..n {
        f(i, &idx);
        for k in (0..shape.len()).rev() {
            idx[k] += 1;
            if idx[k] < shape[k] {
                break;
            }
            idx[k] = 0;
        }
    }
}

/// ‖a − b‖ / ‖b‖ (‖a − b‖ when b is zero): how every result is compared with a reference.
pub fn rel_err(a: &[f64], b: &[f64]) -> f64 {
    let (num, den) = err_norms(a, b);
    if den == 0.0 { num } else { num / den }
}

/// ‖a − b‖ and ‖b‖.
pub fn err_norms(a: &[f64], b: &[f64]) -> (f64, f64) {
    assert_eq!(a.len(), b.len(), "compared tensors differ in size");
    let num: f64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| (x - y) * (x - y))
        .sum::<f64>()
        .sqrt();
    (num, b.iter().map(|y| y * y).sum::<f64>().sqrt())
}

/// Summary statistics of a tensor, for `linrec interp`.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub mean: f64,
    pub l2: f64,
    pub min: f64,
    pub max: f64,
}

impl Tensor {
    pub fn summary(&self) -> Summary {
        let n = self.data.len().max(1) as f64;
        Summary {
            mean: self.data.iter().sum::<f64>() / n,
            l2: self.data.iter().map(|x| x * x).sum::<f64>().sqrt(),
            min: self.data.iter().copied().fold(f64::INFINITY, f64::min),
            max: self.data.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "mean {:+.6e}  l2 {:.6e}  min {:+.6e}  max {:+.6e}",
            self.mean, self.l2, self.min, self.max
        )
    }
}

mod derived;
pub use derived::{Gradients, backward, run_chunked, step};
