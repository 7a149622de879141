//! The compiled path: a spec compiled in process into the per-user kernel cache, and its
//! kernels loaded on a GPU and run on memory and a stream the caller owns (PyTorch's), through
//! the runtime's borrowed calls. Python allocates every tensor and both arenas with torch and
//! passes their addresses; nothing here allocates device memory or synchronises.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use linrec_compiler::artifacts::{self, Emit};
use linrec_compiler::ir::DType;
use linrec_compiler::manifest::TensorManifest;
use linrec_compiler::pipeline::{self, CompileOptions, Source};
use linrec_runtime::borrowed::{Arena, Borrowed, Call};
use linrec_runtime::{CompiledRecurrence, DeviceTensor, Gpu, cache};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;

fn runtime_error(e: impl std::fmt::Display) -> PyErr {
    PyRuntimeError::new_err(e.to_string())
}

/// Compiles recurrence file `text` (shown as `name` in diagnostics) for storage dtype `dtype`
/// with the summed dims' sizes `fixed`, into the kernel cache, unless an entry for the same
/// text, options and build (`build`: what identifies the extension) is there. Returns the
/// entry's folder (manifest.json and the PTX).
#[pyfunction]
pub fn compile_kernels(
    py: Python<'_>,
    text: &str,
    name: &str,
    fixed: BTreeMap<String, usize>,
    dtype: &str,
    build: &str,
) -> PyResult<String> {
    let dtype = DType::parse(dtype)
        .ok_or_else(|| PyValueError::new_err(format!("unknown dtype `{dtype}`")))?;
    let version = linrec_compiler::manifest::VERSION.to_string();
    let options = format!("{fixed:?} {}", dtype.name());
    let key = cache::key(&[
        env!("CARGO_PKG_VERSION").as_bytes(),
        version.as_bytes(),
        build.as_bytes(),
        text.as_bytes(),
        options.as_bytes(),
    ]);
    let src = Source::new(name, text);
    let dir = py.allow_threads(|| {
        cache::entry("python", &key, "manifest.json", |dir| {
            let opts = CompileOptions {
                fixed,
                dtype: Some(dtype),
                ..Default::default()
            };
            let compiled = match pipeline::compile(&src, &opts) {
                Ok(c) => c,
                Err(pipeline::CompileError::Source(errors)) => {
                    return Err(src.render(&errors, false));
                }
                Err(e) => return Err(format!("{name}: {e}")),
            };
            artifacts::write(dir, &compiled, &[Emit::Ptx])
        })
    });
    dir.map(|d| d.display().to_string())
        .map_err(PyValueError::new_err)
}

/// A device tensor from Python: its address, shape and dtype name.
type Ptr = (u64, Vec<usize>, String);

fn tensor(what: &str, (ptr, shape, dtype): &Ptr) -> PyResult<DeviceTensor> {
    let dtype = DType::parse(dtype)
        .ok_or_else(|| PyValueError::new_err(format!("{what}: unknown dtype `{dtype}`")))?;
    // SAFETY: the Python side passes the data pointer of a live, contiguous torch tensor of
    // this shape and dtype on the call's device, kept alive across the call.
    Ok(unsafe { DeviceTensor::borrowed(*ptr, shape.clone(), dtype) })
}

fn tensors(what: &str, xs: &[Ptr]) -> PyResult<Vec<DeviceTensor>> {
    xs.iter().map(|x| tensor(what, x)).collect()
}

fn optional(what: &str, xs: &[Option<Ptr>]) -> PyResult<Vec<Option<DeviceTensor>>> {
    xs.iter()
        .map(|x| x.as_ref().map(|x| tensor(what, x)).transpose())
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

    /// Bytes of the saves and scratch arenas that entry point `call` needs at `sizes`.
    fn footprint(&self, call: &str, sizes: HashMap<String, usize>) -> PyResult<(usize, usize)> {
        let rec = self.rec.lock().expect("not poisoned");
        let b = rec
            .footprint(call_of(call)?, &sizes)
            .map_err(runtime_error)?;
        Ok((b.saves, b.scratch))
    }

    /// The forward into `outputs` (saving the backward's states into `saves` when `saving`).
    #[allow(clippy::too_many_arguments)]
    fn forward(
        &self,
        sizes: HashMap<String, usize>,
        inputs: Vec<Option<Ptr>>,
        outputs: Vec<Ptr>,
        saving: bool,
        saves: (u64, usize),
        scratch: (u64, usize),
        stream: u64,
    ) -> PyResult<()> {
        let inputs = optional("input", &inputs)?;
        let ins: Vec<Option<&DeviceTensor>> = inputs.iter().map(Option::as_ref).collect();
        let outputs = tensors("output", &outputs)?;
        let mut on = self.on(stream, saves, scratch);
        let rec = self.rec.lock().expect("not poisoned");
        rec.forward_borrowed(&sizes, &ins, &outputs, saving, &mut on)
            .map_err(runtime_error)
    }

    /// The backward from the states a saving forward at `sizes` left in `saves`: the gradient
    /// of every input into `grads` (one per input, in declaration order).
    #[allow(clippy::too_many_arguments)]
    fn backward(
        &self,
        sizes: HashMap<String, usize>,
        inputs: Vec<Option<Ptr>>,
        out_grads: Vec<Ptr>,
        grads: Vec<Ptr>,
        saves: (u64, usize),
        scratch: (u64, usize),
        stream: u64,
    ) -> PyResult<()> {
        let inputs = optional("input", &inputs)?;
        let ins: Vec<Option<&DeviceTensor>> = inputs.iter().map(Option::as_ref).collect();
        let out_grads = tensors("output gradient", &out_grads)?;
        let outs: Vec<&DeviceTensor> = out_grads.iter().collect();
        let grads = tensors("input gradient", &grads)?;
        let mut on = self.on(stream, saves, scratch);
        let rec = self.rec.lock().expect("not poisoned");
        rec.backward_borrowed(&sizes, &ins, &outs, &grads, &mut on)
            .map_err(runtime_error)
    }

    /// One decoding step: per-step outputs into `outputs`, `states` updated in place.
    fn step(
        &self,
        sizes: HashMap<String, usize>,
        inputs: Vec<Option<Ptr>>,
        outputs: Vec<Ptr>,
        states: Vec<Ptr>,
        scratch: (u64, usize),
        stream: u64,
    ) -> PyResult<()> {
        let inputs = optional("input", &inputs)?;
        let ins: Vec<Option<&DeviceTensor>> = inputs.iter().map(Option::as_ref).collect();
        let outputs = tensors("output", &outputs)?;
        let states = tensors("state", &states)?;
        let st: Vec<&DeviceTensor> = states.iter().collect();
        let mut on = self.on(stream, (0, 0), scratch);
        let rec = self.rec.lock().expect("not poisoned");
        rec.step_borrowed(&sizes, &ins, &outputs, &st, &mut on)
            .map_err(runtime_error)
    }
}
