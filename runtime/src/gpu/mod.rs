//! The GPU backend of the model executor (`linrec_model::Model`): f32 activations
//! in pooled device memory, layer operations through the compiled layer kernels, GEMMs
//! through cuBLAS (f32, or bf16 weights on tensor cores with f32 accumulation; a residual
//! added in the GEMM's epilogue through cuBLASLt), recurrences
//! through their compiled kernels (prefill: the forward kernel with the strategy the cost
//! model picks for the call; decode: the step kernel, state updated in place), and a decode
//! step captured once as a CUDA graph and replayed.

mod backend;
mod gemm;
mod gemm_lt;
mod graph;
mod launch;
mod pool;
mod recurrence;
mod tensor;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use cudarc::cublas::{CudaBlas, sys as blas};
use cudarc::driver::{CudaEvent, CudaFunction, CudaGraph, CudaSlice, CudaStream, DevicePtr};
use cudarc::nvrtc::Ptx;
use linrec_compiler::derive::Derived;
use linrec_compiler::emit::layers::{self, LAYER_THREADS, NORM_LANES};
use linrec_compiler::interp::Sizes;
use linrec_compiler::ir::{BinaryFn, DType, Dim, Handle, OutputKind, UnaryFn};
use linrec_compiler::manifest::{LayerParam, ScalarKind};
use linrec_model::{self, Backend, HostTensor, ModelError, Operand, model_order};

use crate::compiled::{CompiledRecurrence, DeviceTensor, read_manifest};
use crate::device::Gpu;
use crate::error::RuntimeError;
use crate::step_fold::Fold;

use gemm::*;
use gemm_lt::*;
use graph::*;
use launch::*;
use pool::*;
use tensor::*;
pub use tensor::{Elem, GpuTensor};

type MResult<T> = std::result::Result<T, ModelError>;

fn dev(e: impl std::fmt::Display) -> ModelError {
    ModelError::Device(e.to_string())
}

/// How GEMM weights are stored on the device, and what precision the GEMMs run in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weights {
    F32,
    /// Every GEMM weight stored as bf16 (half the bytes to read); a GEMM's activations are
    /// rounded to bf16 as they enter it, and its tensor cores accumulate in f32 (f32 results,
    /// as the reference package's bf16 model computes). The decoding GEMV reads the same bf16
    /// weights with f32 activations.
    Bf16,
}

impl Weights {
    /// Every mode, in the order checks and benchmarks run them.
    pub const ALL: [Weights; 2] = [Weights::F32, Weights::Bf16];

    /// The mode's name in reports.
    pub fn label(self) -> &'static str {
        match self {
            Weights::F32 => "f32",
            Weights::Bf16 => "bf16",
        }
    }
}

/// Where [`GpuBackend::profile_start`] records its events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileScope {
    /// Operations as they are called, outside graphs.
    Eager,
    /// The operations of the next captured graph, as its replays run them.
    Graph,
}

/// The GPU backend.
pub struct GpuBackend {
    gpu: Gpu,
    blas: CudaBlas,
    _blas_workspace: CudaSlice<u8>,
    /// cuBLASLt, for GEMMs that add a residual as they write ([`GpuBackend::gemm_add`]).
    blas_lt: BlasLt,
    /// Layer kernels by name, with their declared parameters.
    funcs: HashMap<String, (Vec<LayerParam>, CudaFunction)>,
    /// Whether the layer kernels open with the wait for their predecessor (the manifest's
    /// `layers.dependent`), so that they may be launched dependent on it.
    layers_dependent: bool,
    recs: HashMap<String, CompiledRecurrence>,
    pool: Rc<RefCell<Pool>>,
    weights: Cell<Weights>,
    /// bf16 copies of GEMM weights.
    bf16_of: WeightCache,
    scalars: RefCell<HashMap<u32, GpuTensor>>,
    /// The largest token id of the last `ids` call (checked against the table), and the
    /// table's size (checked again before each graph replay).
    max_id: Cell<u32>,
    vocab: Cell<usize>,
    capturing: Cell<bool>,
    capture_ids: RefCell<Option<GpuTensor>>,
    captured: RefCell<Option<Captured>>,
    /// Why the last capture fell back to decoding without a graph.
    graph_note: RefCell<Option<String>>,
    /// While profiling: an event recorded before each operation, with its label.
    profile: RefCell<Option<Vec<(String, CudaEvent)>>>,
    /// Where profiling records its events.
    profile_scope: Cell<ProfileScope>,
    /// Up to this many rows a linear layer runs on the GEMV kernels, beyond it on cuBLAS
    /// ([`GEMV_MAX_ROWS`] unless set for a measurement).
    gemv_max_rows: Cell<usize>,
    /// Whether bf16 GEMVs of a batch run on tensor cores (`lr_gemv_bf16w_mma`; on unless set
    /// off for a measurement).
    gemv_mma: Cell<bool>,
    /// How the tensor-core GEMV's plan is forced ([`GpuBackend::set_gemv_mma_plan`]); by
    /// default [`layers::MmaPlan::new`] picks its tile and split per launch.
    gemv_mma_force: Cell<MmaForce>,
    /// The tensor-core GEMV's workspace and counters where it splits `k` between blocks
    /// ([`layers::MMA_WORKSPACE`] f32, [`layers::MMA_COUNTERS`] zeroed i32), allocated with
    /// the backend so that no capture allocates them.
    mma_scratch: std::cell::OnceCell<(GpuTensor, GpuTensor)>,
    /// Whether a decoding step's causal conv joins the GEMV that writes its input
    /// ([`GpuBackend::set_conv_join`]).
    conv_join: Cell<ConvJoin>,
    /// Whether a decoding step folds in a projection that feeds one of its inputs
    /// ([`GpuBackend::set_step_fold`]).
    step_fold: Cell<bool>,
}

impl std::fmt::Debug for GpuBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GpuBackend")
            .field("gpu", &self.gpu.name())
            .field("weights", &self.weights.get())
            .finish_non_exhaustive()
    }
}

/// How the tensor-core GEMV's plan is forced ([`GpuBackend::set_gemv_mma_plan`]); the
/// default forces nothing and does not split.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MmaForce {
    /// Its row tile (one of [`layers::MMA_ROW_TILES`]) for every launch; `None`: per launch.
    pub rows: Option<usize>,
    /// Whether `k` is split between blocks where the tiles are few. Off by default: with
    /// each warp's weight loads issued three slices ahead, Mamba-130m's bf16 decode at 32
    /// sequences ran at 38.2k tok/s split (its x-projection in 6 parts) against 39.5k unsplit
    /// (H100, e6b20ab, one run; at e7bc5e8, before those loads, 37.6k against 37.5k).
    pub split: bool,
}

/// Where a decoding step's causal conv runs ([`GpuBackend::set_conv_join`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConvJoin {
    /// Inside the GEMV that writes its input where that GEMV runs on the CUDA cores, in its
    /// own launch where it runs on tensor cores. Measured on an H100 at d3162f7 (model-bench,
    /// Mamba-130m's decode, CUDA graphs): joined, one sequence went from 1,568 to 1,760
    /// tok/s in f32 and from 1,742 to 1,903 in bf16, 32 in f32 from 23.8k to 24.8k; 32 in
    /// bf16 (on tensor cores) went from 34.7k to 33.7k.
    Auto,
    /// Always inside the GEMV (to time and check the join on tensor cores too).
    On,
    /// Always in its own launch.
    Off,
}

/// Whether cuBLAS and cuBLASLt can be loaded here (cudarc panics when they cannot).
pub(super) fn cublas_available() -> std::result::Result<(), String> {
    for lib in ["cublas", "cublasLt"] {
        let names = cudarc::get_lib_name_candidates(lib);
        // SAFETY: loading cuBLAS runs its initialisers, as any CUDA program does.
        if !names
            .iter()
            .any(|n| unsafe { libloading::Library::new(n) }.is_ok())
        {
            return Err(format!(
                "{lib} not found (tried {}); add its folder to LD_LIBRARY_PATH",
                names.join(", ")
            ));
        }
    }
    Ok(())
}

impl GpuBackend {
    /// Loads the layer and recurrence kernels compiled into `dir` (by `linrec compile` of
    /// the model file) onto `gpu`, which must own a stream of its own (graph capture cannot
    /// use the legacy default stream; see [`Gpu::open_with_stream`]).
    pub fn new(gpu: &Gpu, dir: &Path, weights: Weights) -> Result<GpuBackend, RuntimeError> {
        let manifest = read_manifest(&dir.join("manifest.json"))?;
        let layers = manifest.layers.as_ref().ok_or_else(|| {
            RuntimeError::NoDevice(format!(
                "`{}` holds no layer kernels: compile the model's file (`linrec compile MODEL.lr -o DIR --dims N=…`)",
                dir.display()
            ))
        })?;
        let path = dir.join(&layers.ptx);
        let ptx = std::fs::read_to_string(&path).map_err(|source| RuntimeError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let module = gpu.ctx.load_module(Ptx::from_src(ptx))?;
        let mut funcs = HashMap::new();
        for k in &layers.kernels {
            funcs.insert(
                k.name.clone(),
                (k.params.clone(), module.load_function(&k.name)?),
            );
        }
        let mut recs = HashMap::new();
        for r in &manifest.recurrences {
            recs.insert(r.name.clone(), CompiledRecurrence::load(gpu, dir, &r.name)?);
        }
        cublas_available().map_err(RuntimeError::NoDevice)?;
        let blas = CudaBlas::new(gpu.stream.clone())
            .map_err(|e| RuntimeError::NoDevice(format!("cuBLAS could not start: {e}")))?;
        // A workspace of our own, so that cuBLAS allocates nothing while a graph is captured.
        let ws_bytes = 32 << 20;
        // SAFETY: cuBLAS uses it as scratch only.
        let mut ws = unsafe { gpu.stream.alloc::<u8>(ws_bytes) }?;
        {
            let (p, _s) = cudarc::driver::DevicePtrMut::device_ptr_mut(&mut ws, &gpu.stream);
            // SAFETY: `p` addresses `ws_bytes` bytes that live as long as the handle (both
            // are fields of the backend; the handle is dropped first).
            let st = unsafe {
                blas::cublasSetWorkspace_v2(*blas.handle(), p as *mut std::ffi::c_void, ws_bytes)
            };
            if st != blas::cublasStatus_t::CUBLAS_STATUS_SUCCESS {
                return Err(RuntimeError::NoDevice(format!(
                    "cublasSetWorkspace: {st:?}"
                )));
            }
        }
        let blas_lt = BlasLt::new(&gpu.stream, ws_bytes).map_err(RuntimeError::NoDevice)?;
        let backend = GpuBackend {
            gpu: gpu.clone(),
            blas,
            _blas_workspace: ws,
            blas_lt,
            funcs,
            layers_dependent: layers.dependent,
            recs,
            pool: Rc::new(RefCell::new(Pool {
                free: HashMap::new(),
                frozen: false,
                stream: gpu.stream.clone(),
            })),
            weights: Cell::new(weights),
            bf16_of: Default::default(),
            scalars: Default::default(),
            max_id: Cell::new(0),
            vocab: Cell::new(usize::MAX),
            capturing: Cell::new(false),
            capture_ids: Default::default(),
            captured: Default::default(),
            graph_note: Default::default(),
            profile: Default::default(),
            profile_scope: Cell::new(ProfileScope::Eager),
            gemv_max_rows: Cell::new(GEMV_MAX_ROWS),
            gemv_mma: Cell::new(true),
            gemv_mma_force: Cell::new(MmaForce::default()),
            conv_join: Cell::new(ConvJoin::Auto),
            step_fold: Cell::new(std::env::var("LINREC_STEP_FOLD").is_ok_and(|v| v == "1")),
            mma_scratch: Default::default(),
        };
        let zeros = |n: usize| {
            backend.upload_f32(&vec![0.0; n], vec![n]).map_err(|e| {
                RuntimeError::NoDevice(format!("the tensor-core GEMV's workspace: {e}"))
            })
        };
        // Zero bits: the counters (i32) at zero.
        let scratch = (zeros(layers::MMA_WORKSPACE)?, zeros(layers::MMA_COUNTERS)?);
        let _ = backend.mma_scratch.set(scratch);
        Ok(backend)
    }

    /// Runs the operation `t` still owes, if any (an RMS norm or linear layer left for its
    /// reader to fuse): to time one.
    pub fn run_pending(&self, t: &GpuTensor) -> MResult<()> {
        self.ready(t)
    }

    /// Runs the bf16 GEMVs of a batch (more than one row tile's worth of one-row kernels) on
    /// tensor cores (`lr_gemv_bf16w_mma8`/`_mma32`: activations rounded to bf16, as the GEMMs do), the
    /// default; off, on the CUDA cores' row tiles (to time them against it). Measured on an
    /// H100 at d989ac6, Mamba-130m's decode at 32 sequences: 34.6k tok/s on tensor cores,
    /// 24.3k on the row tiles, 25.0k on cuBLAS (bench/results.jsonl).
    pub fn set_gemv_mma(&self, on: bool) {
        self.gemv_mma.set(on);
    }

    /// Forces the tensor-core GEMV's row tile (one of [`layers::MMA_ROW_TILES`]: 8 or 32
    /// rows a block) for every launch, or keeps it from splitting `k` between blocks, to
    /// check or time one plan against another; [`MmaForce::default`] (the default) picks
    /// both per launch ([`layers::MmaPlan::new`]). Any other tile is an error naming the
    /// tiles.
    pub fn set_gemv_mma_plan(&self, force: MmaForce) -> MResult<()> {
        if let Some(r) = force.rows.filter(|r| !layers::MMA_ROW_TILES.contains(r)) {
            return Err(ModelError::Shape {
                op: "tensor-core GEMV".into(),
                detail: format!(
                    "a row tile of {r}; the tiles are {:?}",
                    layers::MMA_ROW_TILES
                ),
            });
        }
        self.gemv_mma_force.set(force);
        Ok(())
    }

    /// Whether a decoding step's causal conv is computed inside the GEMV that writes its
    /// input (the first piece of a split linear layer, Mamba's in-projection), so that the
    /// conv has no launch of its own ([`ConvStep`]; the split's GEMV is then left until a
    /// piece is read): [`ConvJoin::Auto`] by default.
    pub fn set_conv_join(&self, join: ConvJoin) {
        self.conv_join.set(join);
    }

    /// Whether a decoding step computes an input that a linear layer not launched yet would
    /// write (Mamba's `delta`, from `dt_proj`) itself, where the recurrence was compiled with
    /// that fold ([`linrec_compiler::manifest::StepFold`]): one launch fewer per layer. Off
    /// unless set, or `LINREC_STEP_FOLD=1`, until it has been checked and timed on a GPU.
    pub fn set_step_fold(&self, on: bool) {
        self.step_fold.set(on);
    }

    /// Runs linear layers of more than `rows` rows on cuBLAS (to time the GEMV kernels
    /// against it); [`GEMV_MAX_ROWS`] by default.
    pub fn set_gemv_max_rows(&self, rows: usize) {
        self.gemv_max_rows.set(rows.min(GEMV_MAX_ROWS));
    }

    /// Starts recording the GPU time of every operation (an event before each one) where
    /// `scope` says: operations run as they are called, or those of the next graph captured
    /// (event-record nodes between its kernels, timed at each replay).
    pub fn profile_start(&self, scope: ProfileScope) {
        self.profile_scope.set(scope);
        *self.profile.borrow_mut() = Some(Vec::new());
    }

    /// Stops recording; per label, the total GPU milliseconds and the count, largest first.
    /// An operation's time runs from its event to the next one, which measures it while the
    /// GPU has work queued (prefill, a graph's replay), not while it waits on the host. In a
    /// graph the times are the last replay's, and its last operation has no event after it.
    pub fn profile_report(&self) -> MResult<Vec<(String, f64, usize)>> {
        self.mark("end");
        let Some(marks) = self.profile.borrow_mut().take() else {
            return Ok(Vec::new());
        };
        self.gpu.stream.synchronize().map_err(dev)?;
        let mut total: HashMap<String, (f64, usize)> = HashMap::new();
        for w in marks.windows(2) {
            let ms = f64::from(w[0].1.elapsed_ms(&w[1].1).map_err(dev)?);
            let e = total.entry(w[0].0.clone()).or_default();
            e.0 += ms;
            e.1 += 1;
        }
        let mut rows: Vec<(String, f64, usize)> =
            total.into_iter().map(|(k, (ms, n))| (k, ms, n)).collect();
        rows.sort_by(|a, b| b.1.total_cmp(&a.1));
        Ok(rows)
    }

    /// Records a profiling event labelled `label` when profiling, in the scope profiled.
    fn mark(&self, label: &str) {
        let graph = self.profile_scope.get() == ProfileScope::Graph;
        if self.capturing.get() != graph {
            return;
        }
        if let Some(marks) = self.profile.borrow_mut().as_mut() {
            let timing = Some(cudarc::driver::sys::CUevent_flags::CU_EVENT_DEFAULT);
            if let Ok(e) = self.gpu.ctx.new_event(timing) {
                if e.record(&self.gpu.stream).is_ok() {
                    marks.push((label.to_string(), e));
                }
            }
        }
    }

    pub fn gpu(&self) -> &Gpu {
        &self.gpu
    }

    pub fn weights(&self) -> Weights {
        self.weights.get()
    }

    /// Median seconds of `f` with GEMM weights stored as `w` (CUDA events, after `warm`
    /// runs), restoring the backend's own setting after.
    pub fn time_with_weights(
        &self,
        w: Weights,
        warm: usize,
        reps: usize,
        f: &mut dyn FnMut() -> MResult<()>,
    ) -> MResult<f64> {
        let own = self.weights.replace(w);
        let r = crate::timing::time_ms(&self.gpu, warm, reps, || {
            f().map_err(|e| RuntimeError::NoDevice(e.to_string()))
        })
        .map_err(dev);
        self.weights.set(own);
        Ok(r? * 1e-3)
    }

    fn alloc(&self, shape: Vec<usize>, dtype: Elem) -> MResult<GpuTensor> {
        let n: usize = shape.iter().product();
        let block = take(&self.pool, n * dtype.bytes())?;
        let stride = shape.last().copied().unwrap_or(1);
        Ok(GpuTensor {
            block,
            offset: 0,
            shape,
            stride,
            dtype,
            pending: None,
            rounded: None,
        })
    }

    fn upload_f32(&self, data: &[f32], shape: Vec<usize>) -> MResult<GpuTensor> {
        let t = self.alloc(shape, Elem::F32)?;
        // SAFETY: the block holds `data.len()` f32; the copy from pageable memory completes
        // before this returns.
        unsafe {
            cudarc::driver::result::memcpy_htod_async(t.ptr(), data, self.gpu.stream.cu_stream())
        }
        .map_err(dev)?;
        Ok(t)
    }

    fn recurrence_of(&self, name: &str) -> MResult<&CompiledRecurrence> {
        self.recs.get(name).ok_or_else(|| {
            dev(format!(
                "no compiled kernels for recurrence `{name}` (compile the model's file)"
            ))
        })
    }
}
