//! The compiled path: a spec compiled in process into the per-user kernel cache, and its
//! kernels loaded on a GPU and run on memory and a stream the caller owns (PyTorch's), through
//! the runtime's borrowed calls. Python allocates every tensor and both arenas with torch and
//! passes their addresses; nothing here allocates device memory or synchronises.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use linrec_compiler::artifacts;
use linrec_compiler::ir::DType;
use linrec_compiler::manifest::TensorManifest;
use linrec_compiler::pipeline::{CompileOptions, Source};
use linrec_runtime::borrowed::{Arena, Borrowed, Call};
use linrec_runtime::{CompiledRecurrence, DeviceTensor, Gpu, cache};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;

fn runtime_error(e: impl std::fmt::Display) -> PyErr {
    PyRuntimeError::new_err(e.to_string())
}

/// Compiles recurrence file `text` (shown as `name` in diagnostics) for storage dtype `dtype`
/// (and `dtype_of` for the tensors it names) with the summed dims' sizes `fixed`, into the
/// kernel cache, unless an entry for the same text, options and build (`build`: what
/// identifies the extension) is there. Returns the entry's folder (manifest.json and the PTX).
#[pyfunction]
pub fn compile_kernels(
    py: Python<'_>,
    text: &str,
    name: &str,
    fixed: BTreeMap<String, usize>,
    dtype: &str,
    dtype_of: BTreeMap<String, String>,
    build: &str,
) -> PyResult<String> {
    let parse = |what: &str, d: &str| {
        DType::parse(d).ok_or_else(|| {
            PyValueError::new_err(format!(
                "{what}: unknown dtype `{d}` (use f32, bf16 or f16)"
            ))
        })
    };
    let dtype = parse("dtype", dtype)?;
    let dtype_of = dtype_of
        .iter()
        .map(|(n, d)| Ok((n.clone(), parse(&format!("dtypes[{n:?}]"), d)?)))
        .collect::<PyResult<BTreeMap<String, DType>>>()?;
    let options = format!("{fixed:?} {} {dtype_of:?}", dtype.name());
    let key = cache::kernels_key(build, text, &options);
    let src = Source::new(name, text);
    let dir = py.allow_threads(|| {
        cache::entry("python", &key, "manifest.json", |dir| {
            let opts = CompileOptions {
                fixed,
                dtype: Some(dtype),
                dtype_of,
                ..Default::default()
            };
            artifacts::compile_into(dir, &src, &opts, false)
        })
    });
    dir.map(|d| d.display().to_string())
        .map_err(PyValueError::new_err)
}

/// The shapes a call at one set of sizes binds (the same for every call of a shape, so
/// Python registers them once and then passes only addresses).
struct Plan {
    sizes: HashMap<String, usize>,
    /// Per input, per output and per state, in manifest order: shape and dtype.
    inputs: Vec<(Vec<usize>, DType)>,
    outputs: Vec<(Vec<usize>, DType)>,
    states: Vec<(Vec<usize>, DType)>,
    /// The per-step outputs' shapes (the scan dim of size 1) and dtypes.
    step_outputs: Vec<(Vec<usize>, DType)>,
}

/// Device tensors at `ptrs` with the plan's `shapes`; an address 0 is an absent tensor.
fn at(
    what: &str,
    ptrs: &[u64],
    shapes: &[(Vec<usize>, DType)],
) -> PyResult<Vec<Option<DeviceTensor>>> {
    if ptrs.len() != shapes.len() {
        return Err(PyValueError::new_err(format!(
            "{} {what} addresses given, the kernels take {}",
            ptrs.len(),
            shapes.len()
        )));
    }
    Ok(ptrs
        .iter()
        .zip(shapes)
        // SAFETY: Python passes the data pointers of live, contiguous torch tensors of the
        // plan's shapes and dtypes on the call's device, kept alive across the call.
        .map(|(&p, (shape, dtype))| {
            (p != 0).then(|| unsafe { DeviceTensor::borrowed(p, shape.clone(), *dtype) })
        })
        .collect())
}

fn given(what: &str, ptrs: &[u64], shapes: &[(Vec<usize>, DType)]) -> PyResult<Vec<DeviceTensor>> {
    at(what, ptrs, shapes)?
        .into_iter()
        .map(|t| t.ok_or_else(|| PyValueError::new_err(format!("a {what} address is 0"))))
        .collect()
}

fn call_of(name: &str) -> PyResult<Call> {
    Ok(match name {
        "forward" => Call::Forward,
        "forward_saving" => Call::ForwardSaving,
        "backward" => Call::Backward,
        "step" => Call::Step,
        _ => {
            return Err(PyValueError::new_err(format!(
                "unknown entry point `{name}`"
            )));
        }
    })
}

/// A recurrence's kernels loaded on one GPU.
#[pyclass(module = "linrec._linrec", frozen)]
pub struct Kernels {
    rec: Mutex<CompiledRecurrence>,
    plans: Mutex<Vec<std::sync::Arc<Plan>>>,
    gpu: Gpu,
}

/// `(name, dims, dtype, optional or per-step)` of each tensor.
type Signature = Vec<(String, Vec<String>, String, bool)>;

fn signature(ts: &[TensorManifest], flag: impl Fn(&TensorManifest) -> bool) -> Signature {
    ts.iter()
        .map(|t| {
            (
                t.name.clone(),
                t.dims.clone(),
                t.dtype.name().into(),
                flag(t),
            )
        })
        .collect()
}

impl Kernels {
    /// A borrowed call's memory: the caller's stream and arenas (address, bytes).
    fn on(&self, stream: u64, saves: (u64, usize), scratch: (u64, usize)) -> Borrowed {
        // SAFETY: Python passes torch's current stream on this device, and arenas of torch
        // tensors it keeps alive across the call (the saves one until the backward); torch's
        // allocator orders their reuse on that stream.
        unsafe {
            Borrowed::new(
                &self.gpu,
                stream,
                Arena::new(saves.0, saves.1),
                Arena::new(scratch.0, scratch.1),
            )
        }
    }

    fn plan(&self, id: usize) -> PyResult<std::sync::Arc<Plan>> {
        let plans = self.plans.lock().expect("not poisoned");
        plans
            .get(id)
            .cloned()
            .ok_or_else(|| PyValueError::new_err(format!("no plan {id}")))
    }
}

#[pymethods]
impl Kernels {
    /// Loads recurrence `name` from a compiled folder onto GPU `ordinal`.
    #[new]
    fn new(py: Python<'_>, dir: &str, name: &str, ordinal: usize) -> PyResult<Self> {
        py.allow_threads(|| {
            let gpu = Gpu::open(ordinal).map_err(runtime_error)?;
            let rec = CompiledRecurrence::load(&gpu, std::path::Path::new(dir), name)
                .map_err(runtime_error)?;
            Ok(Kernels {
                rec: Mutex::new(rec),
                plans: Mutex::new(Vec::new()),
                gpu,
            })
        })
    }

    /// Inputs `(name, dims, dtype, optional)`, outputs `(name, dims, dtype, per_step)` and
    /// states `(name, dims, dtype, false)`, as compiled.
    fn signature(&self) -> (Signature, Signature, Signature) {
        let rec = self.rec.lock().expect("not poisoned");
        let m = &rec.manifest;
        (
            signature(&m.inputs, |t| t.optional),
            signature(&m.outputs, |t| {
                t.kind == Some(linrec_compiler::ir::OutputKind::PerStep)
            }),
            signature(&m.states, |_| false),
        )
    }

    /// Registers the shapes of calls at `sizes` (checked against the compiled sizes); returns
    /// the plan's number, for the calls.
    fn prepare(&self, sizes: HashMap<String, usize>) -> PyResult<usize> {
        let rec = self.rec.lock().expect("not poisoned");
        let m = &rec.manifest;
        rec.check_sizes(&sizes).map_err(runtime_error)?;
        let shape = |t: &TensorManifest, step: bool| -> (Vec<usize>, DType) {
            let s = t
                .dims
                .iter()
                .map(|d| {
                    if step && *d == m.scan_dim {
                        1
                    } else {
                        sizes[d]
                    }
                })
                .collect();
            (s, t.dtype)
        };
        let plan = Plan {
            inputs: m.inputs.iter().map(|t| shape(t, false)).collect(),
            outputs: m.outputs.iter().map(|t| shape(t, false)).collect(),
            states: m.states.iter().map(|t| shape(t, false)).collect(),
            step_outputs: m
                .outputs
                .iter()
                .filter(|t| t.kind == Some(linrec_compiler::ir::OutputKind::PerStep))
                .map(|t| shape(t, true))
                .collect(),
            sizes,
        };
        let mut plans = self.plans.lock().expect("not poisoned");
        plans.push(std::sync::Arc::new(plan));
        Ok(plans.len() - 1)
    }

    /// Bytes of the saves and scratch arenas that entry point `call` needs in plan `plan`.
    fn footprint(&self, call: &str, plan: usize) -> PyResult<(usize, usize)> {
        let plan = self.plan(plan)?;
        let rec = self.rec.lock().expect("not poisoned");
        let b = rec
            .footprint(call_of(call)?, &plan.sizes)
            .map_err(runtime_error)?;
        Ok((b.saves, b.scratch))
    }

    /// The forward of plan `plan` (inputs by address in declaration order, 0 for an absent
    /// one) into `outputs`, saving the backward's states into `saves` when `saving`.
    #[allow(clippy::too_many_arguments)]
    fn forward(
        &self,
        plan: usize,
        inputs: Vec<u64>,
        outputs: Vec<u64>,
        saving: bool,
        saves: (u64, usize),
        scratch: (u64, usize),
        stream: u64,
    ) -> PyResult<()> {
        let plan = self.plan(plan)?;
        let inputs = at("input", &inputs, &plan.inputs)?;
        let ins: Vec<Option<&DeviceTensor>> = inputs.iter().map(Option::as_ref).collect();
        let outputs = given("output", &outputs, &plan.outputs)?;
        let mut on = self.on(stream, saves, scratch);
        let rec = self.rec.lock().expect("not poisoned");
        rec.forward_borrowed(&plan.sizes, &ins, &outputs, saving, &mut on)
            .map_err(runtime_error)
    }

    /// The backward from the states a saving forward of plan `plan` left in `saves`: the
    /// gradient of every input into `grads` (one per input, in declaration order).
    #[allow(clippy::too_many_arguments)]
    fn backward(
        &self,
        plan: usize,
        inputs: Vec<u64>,
        out_grads: Vec<u64>,
        grads: Vec<u64>,
        saves: (u64, usize),
        scratch: (u64, usize),
        stream: u64,
    ) -> PyResult<()> {
        let plan = self.plan(plan)?;
        let inputs = at("input", &inputs, &plan.inputs)?;
        let ins: Vec<Option<&DeviceTensor>> = inputs.iter().map(Option::as_ref).collect();
        let out_grads = given("output gradient", &out_grads, &plan.outputs)?;
        let outs: Vec<&DeviceTensor> = out_grads.iter().collect();
        let grads = given("input gradient", &grads, &plan.inputs)?;
        let mut on = self.on(stream, saves, scratch);
        let rec = self.rec.lock().expect("not poisoned");
        rec.backward_borrowed(&plan.sizes, &ins, &outs, &grads, &mut on)
            .map_err(runtime_error)
    }

    /// One decoding step of plan `plan` (its inputs with the scan dim of size 1): per-step
    /// outputs into `outputs`, `states` updated in place.
    fn step(
        &self,
        plan: usize,
        inputs: Vec<u64>,
        outputs: Vec<u64>,
        states: Vec<u64>,
        scratch: (u64, usize),
        stream: u64,
    ) -> PyResult<()> {
        let plan = self.plan(plan)?;
        let inputs = at("input", &inputs, &plan.inputs)?;
        let ins: Vec<Option<&DeviceTensor>> = inputs.iter().map(Option::as_ref).collect();
        let outputs = given("output", &outputs, &plan.step_outputs)?;
        let states = given("state", &states, &plan.states)?;
        let st: Vec<&DeviceTensor> = states.iter().collect();
        let mut on = self.on(stream, (0, 0), scratch);
        let rec = self.rec.lock().expect("not poisoned");
        rec.step_borrowed(&plan.sizes, &ins, &outputs, &st, &mut on)
            .map_err(runtime_error)
    }
}
