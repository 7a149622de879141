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
    #[error("input `{name}` is missing")]
    MissingInput { name: String },
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
            let data = (0..n).map(|_| rng.random_range(lo..hi)).collect();
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
struct Value {
    dims: Vec<Handle<Dim>>,
    data: Vec<f64>,
}

struct Runner<'a> {
    rec: &'a Recurrence,
    sizes: &'a Sizes,
    inputs: &'a [Option<Tensor>],
    /// Values that do not change between steps (no scan dim, no state), kept across steps.
    invariant: Vec<bool>,
    cache: Vec<Option<Value>>,
    prev: Vec<Vec<f64>>,
    new: Vec<Vec<f64>>,
    t: usize,
}

/// Runs `rec` over the whole scan axis. `inputs` holds one entry per declared input (`None`
/// only for optional ones); every tensor is row-major in its declared dim order.
pub fn run(
    rec: &Recurrence,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
) -> Result<RunResult, InterpError> {
    validate(rec, sizes, inputs)?;
    let len = sizes.of(rec.scan);
    let mut invariant = vec![false; rec.exprs.len()];
    for (h, e) in rec.exprs.iter() {
        invariant[h.index()] = match *e {
            Expr::Const(_) => true,
            Expr::Input(_) => !rec.exprs.shape(h).contains(rec.scan),
            Expr::State(..) => false,
            _ => rec.exprs.operands(h).all(|o| invariant[o.index()]),
        };
    }
    let init: Vec<Vec<f64>> = rec
        .states
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
        .collect();
    let mut r = Runner {
        rec,
        sizes,
        inputs,
        invariant,
        cache: (0..rec.exprs.len()).map(|_| None).collect(),
        prev: init.clone(),
        new: init,
        t: 0,
    };
    let mut outputs: Vec<Tensor> = rec
        .outputs
        .iter()
        .map(|(_, o)| Tensor::zeros(sizes.shape(&o.dims)))
        .collect();
    for t in 0..len {
        r.t = t;
        for (h, slot) in r.cache.iter_mut().enumerate() {
            if !r.invariant[h] {
                *slot = None;
            }
        }
        let updates: Vec<Vec<f64>> = rec
            .states
            .iter()
            .map(|(_, s)| {
                r.ensure(s.update);
                r.layout(r.value(s.update), &s.dims)
            })
            .collect();
        r.new = updates;
        for (oh, o) in rec.outputs.iter() {
            if o.kind == OutputKind::PerStep {
                r.ensure(o.value);
                r.write_step(r.value(o.value), &o.dims, &mut outputs[oh.index()]);
            }
        }
        r.prev = std::mem::take(&mut r.new);
        r.new = r.prev.clone();
    }
    // Final outputs read the state after the last step (the initial state when L = 0).
    for (h, slot) in r.cache.iter_mut().enumerate() {
        if !r.invariant[h] {
            *slot = None;
        }
    }
    for (oh, o) in rec.outputs.iter() {
        if o.kind == OutputKind::Final {
            r.ensure(o.value);
            outputs[oh.index()].data = r.layout(r.value(o.value), &o.dims);
        }
    }
    let final_states = rec
        .states
        .iter()
        .zip(&r.new)
        .map(|((_, s), data)| Tensor {
            shape: sizes.shape(&s.dims),
            data: data.clone(),
        })
        .collect();
    Ok(RunResult {
        outputs,
        final_states,
    })
}

fn validate(rec: &Recurrence, sizes: &Sizes, inputs: &[Option<Tensor>]) -> Result<(), InterpError> {
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

impl Runner<'_> {
    fn step_dims(&self, s: DimSet) -> Vec<Handle<Dim>> {
        s.without(self.rec.scan).iter().collect()
    }

    fn value(&self, h: Handle<Expr>) -> &Value {
        self.cache[h.index()]
            .as_ref()
            .expect("operands are evaluated first")
    }

    /// Evaluates `h` (and its operands) at the current step unless cached.
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
            Expr::Input(i) => self.read_input(i, &dims),
            Expr::State(s, when) => {
                let src = match when {
                    When::Prev => &self.prev[s.index()],
                    When::New => &self.new[s.index()],
                };
                let sdims = &self.rec.states[s].dims;
                gather(src, &self.sizes.shape(sdims), sdims, &dims, &shape, 0)
            }
            Expr::Unary(f, a) => {
                let a = broadcast(self.value(a), &dims, &shape, self.sizes);
                a.into_iter().map(|x| f.eval(x)).collect()
            }
            Expr::Binary(f, a, b) => {
                let a = broadcast(self.value(a), &dims, &shape, self.sizes);
                let b = broadcast(self.value(b), &dims, &shape, self.sizes);
                a.into_iter().zip(b).map(|(x, y)| f.eval(x, y)).collect()
            }
            Expr::Sum(d, a) => {
                let a = self.value(a);
                let ashape = self.sizes.shape(&a.dims);
                // Stride of each of a's dims in the result (0 for the summed dim).
                let rstrides = row_major_strides(&shape);
                let map: Vec<usize> = a
                    .dims
                    .iter()
                    .map(|ad| {
                        if *ad == d {
                            0
                        } else {
                            let k = dims
                                .iter()
                                .position(|x| x == ad)
                                .expect("sum keeps other dims");
                            rstrides[k]
                        }
                    })
                    .collect();
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
        let t = self.inputs[i.index()]
            .as_ref()
            .expect("validated: non-optional inputs are present");
        let shape = self.sizes.shape(dims);
        let base = match input.dims.iter().position(|&d| d == self.rec.scan) {
            Some(k) => self.t * t.strides()[k],
            None => 0,
        };
        gather(&t.data, &t.shape, &input.dims, dims, &shape, base)
    }

    /// A step value laid out in a tensor's declared dim order (broadcast where it lacks dims).
    fn layout(&self, v: &Value, dims: &[Handle<Dim>]) -> Vec<f64> {
        let target: Vec<Handle<Dim>> = dims
            .iter()
            .copied()
            .filter(|&d| d != self.rec.scan)
            .collect();
        let tshape = self.sizes.shape(&target);
        let vshape = self.sizes.shape(&v.dims);
        let vstrides = row_major_strides(&vshape);
        let map: Vec<usize> = target
            .iter()
            .map(|d| {
                v.dims
                    .iter()
                    .position(|x| x == d)
                    .map_or(0, |k| vstrides[k])
            })
            .collect();
        let n: usize = tshape.iter().product();
        let mut out = vec![0.0; n];
        for_each_index(&tshape, |i, idx| {
            let o: usize = idx.iter().zip(&map).map(|(x, s)| x * s).sum();
            out[i] = v.data[o];
        });
        out
    }

    fn write_step(&self, v: &Value, dims: &[Handle<Dim>], out: &mut Tensor) {
        let step = self.layout(v, dims);
        let k = dims
            .iter()
            .position(|&d| d == self.rec.scan)
            .expect("per-step output");
        let strides = out.strides();
        let shape_wo: Vec<usize> = dims
            .iter()
            .filter(|&&d| d != self.rec.scan)
            .map(|&d| self.sizes.of(d))
            .collect();
        let strides_wo: Vec<usize> = strides
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != k)
            .map(|(_, &s)| s)
            .collect();
        let base = self.t * strides[k];
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
