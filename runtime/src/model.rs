//! The GPU backend of the model executor (`linrec_model::Model`): f32 activations
//! in pooled device memory, layer operations through the compiled layer kernels, GEMMs
//! through cuBLAS (f32, or bf16 weights on tensor cores with f32 accumulation), recurrences
//! through their compiled kernels (prefill: the forward kernel with the strategy the cost
//! model picks for the call; decode: the step kernel, state updated in place), and a decode
//! step captured once as a CUDA graph and replayed.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use cudarc::cublas::{CudaBlas, sys as blas};
use cudarc::driver::{
    CudaEvent, CudaFunction, CudaGraph, CudaSlice, CudaStream, DevicePtr, LaunchConfig,
    PushKernelArg,
};
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

type MResult<T> = std::result::Result<T, ModelError>;

fn dev(e: impl std::fmt::Display) -> ModelError {
    ModelError::Device(e.to_string())
}

/// How GEMM weights are stored on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weights {
    F32,
    /// Every GEMM weight rounded to bf16: stored as bf16 for the decoding GEMV kernel (half
    /// the bytes to read), and as its bf16 values in f32 for TF32 tensor-core GEMMs in
    /// prefill (activations rounded to 10 bits there); f32 accumulation and results.
    Bf16,
}

/// Device memory reused by size: activations of one forward are freed (returned here) as
/// the executor drops them, and the next forward takes the same blocks.
struct Pool {
    free: HashMap<usize, Vec<Mem>>,
    /// While a graph is captured, stream-ordered allocation would become part of the graph:
    /// a miss then allocates outside the stream.
    frozen: bool,
    stream: Arc<CudaStream>,
}

/// Device memory of a block: stream-ordered (the usual case), or allocated outside the
/// stream while a graph was being captured.
enum Mem {
    Slice(CudaSlice<u8>),
    Raw(u64),
}

impl Drop for Pool {
    fn drop(&mut self) {
        for m in self.free.values_mut().flat_map(std::mem::take) {
            if let Mem::Raw(p) = m {
                // SAFETY: `p` came from `malloc_sync` and nothing uses it any more (the pool
                // goes when the last block and the backend have gone).
                let _ = unsafe { cudarc::driver::result::free_sync(p) };
            }
        }
    }
}

struct Block {
    mem: Option<Mem>,
    ptr: u64,
    bytes: usize,
    pool: Rc<RefCell<Pool>>,
}

impl std::fmt::Debug for Block {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Block({:#x}, {} bytes)", self.ptr, self.bytes)
    }
}

impl Drop for Block {
    fn drop(&mut self) {
        if let Some(m) = self.mem.take() {
            self.pool
                .borrow_mut()
                .free
                .entry(self.bytes)
                .or_default()
                .push(m);
        }
    }
}

fn take(pool: &Rc<RefCell<Pool>>, bytes: usize) -> MResult<Rc<Block>> {
    let bytes = bytes.max(1).div_ceil(256) * 256;
    let mut p = pool.borrow_mut();
    let mem = match p.free.get_mut(&bytes).and_then(Vec::pop) {
        Some(m) => m,
        // SAFETY: a plain allocation (legal during a relaxed-mode capture); freed by the
        // pool's drop.
        None if p.frozen => {
            Mem::Raw(unsafe { cudarc::driver::result::malloc_sync(bytes) }.map_err(dev)?)
        }
        // SAFETY: every user of a block writes it before reading it (kernel outputs,
        // uploads); the pool never hands out memory that is read uninitialised.
        None => Mem::Slice(unsafe { p.stream.alloc::<u8>(bytes) }.map_err(dev)?),
    };
    let ptr = match &mem {
        Mem::Slice(s) => s.device_ptr(&p.stream).0,
        Mem::Raw(r) => *r,
    };
    Ok(Rc::new(Block {
        mem: Some(mem),
        ptr,
        bytes,
        pool: pool.clone(),
    }))
}

/// A device tensor of the GPU backend: a block, an offset, a shape and the stride between
/// rows of its last dim (a piece of a split shares its parent's block).
#[derive(Debug, Clone)]
pub struct GpuTensor {
    block: Rc<Block>,
    /// In elements.
    offset: usize,
    pub shape: Vec<usize>,
    /// Elements between consecutive rows (of the last dim).
    stride: usize,
    pub dtype: Elem,
    /// An RMS norm not computed yet (decoding): the GEMV that reads it recomputes the norm
    /// on the fly; any other reader computes it first ([`GpuBackend::ready`]).
    pending: Option<Rc<PendingNorm>>,
}

/// `rmsnorm(x, w, eps)` into `out`, deferred.
#[derive(Debug)]
struct PendingNorm {
    x: GpuTensor,
    w: GpuTensor,
    eps: f32,
    out: Rc<Block>,
    done: Cell<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elem {
    F32,
    Bf16,
    I32,
}

impl Elem {
    fn bytes(self) -> usize {
        match self {
            Elem::Bf16 => 2,
            Elem::F32 | Elem::I32 => 4,
        }
    }
}

impl GpuTensor {
    fn ptr(&self) -> u64 {
        self.block.ptr + (self.offset * self.dtype.bytes()) as u64
    }

    fn cols(&self) -> usize {
        self.shape.last().copied().unwrap_or(1)
    }

    fn len(&self) -> usize {
        self.shape.iter().product()
    }

    fn rows(&self) -> usize {
        self.len().checked_div(self.cols()).unwrap_or(0)
    }

    fn contiguous(&self) -> bool {
        self.stride == self.cols() || self.rows() <= 1
    }

    /// Element strides of every dim.
    fn strides(&self) -> Vec<usize> {
        let n = self.shape.len();
        let mut s = vec![1usize; n];
        if n >= 2 {
            s[n - 2] = self.stride;
            for k in (0..n - 2).rev() {
                s[k] = s[k + 1] * self.shape[k + 1];
            }
        }
        s
    }

    /// As a runtime tensor for a compiled recurrence (contiguous f32 only).
    fn as_device(&self, what: &str) -> MResult<DeviceTensor> {
        if !self.contiguous() || self.dtype != Elem::F32 {
            return Err(dev(format!(
                "{what}: a recurrence takes contiguous f32 tensors"
            )));
        }
        // SAFETY: the block stays alive (held by `self`, which the caller keeps until the
        // launch is enqueued; later reuse is ordered after it on the same stream), and holds
        // `len` f32 from `ptr`.
        Ok(unsafe { DeviceTensor::borrowed(self.ptr(), self.shape.clone(), DType::F32) })
    }
}

/// A layer kernel argument (bound by its parameter's name; see [`GpuBackend::launch`]).
#[derive(Debug, Clone, Copy)]
enum LArg {
    Ptr(u64),
    I64(i64),
    F32(f32),
}

impl LArg {
    fn kind(self) -> ScalarKind {
        match self {
            LArg::Ptr(_) => ScalarKind::Ptr,
            LArg::I64(_) => ScalarKind::I64,
            LArg::F32(_) => ScalarKind::F32,
        }
    }
}

struct Captured {
    graph: CudaGraph,
    ids: GpuTensor,
    /// Whether the graph writes its picks into `ids` (greedy decoding), and the ids that
    /// buffer holds now when known.
    greedy: bool,
    fed: RefCell<Option<Vec<u32>>>,
}

/// Converted copies of weights, by the source's address, shape and row stride; the source is
/// kept with its copy, so its memory cannot be reused by another tensor while cached.
type WeightCache = RefCell<HashMap<(u64, Vec<usize>, usize), (GpuTensor, GpuTensor)>>;

/// The GPU backend.
pub struct GpuBackend {
    gpu: Gpu,
    blas: CudaBlas,
    _blas_workspace: CudaSlice<u8>,
    /// Layer kernels by name, with their declared parameters.
    funcs: HashMap<String, (Vec<LayerParam>, CudaFunction)>,
    recs: HashMap<String, CompiledRecurrence>,
    pool: Rc<RefCell<Pool>>,
    weights: Cell<Weights>,
    /// bf16 copies of GEMM weights.
    bf16_of: WeightCache,
    /// The same rounded to bf16 but stored as f32 (operands of TF32 GEMMs).
    bf16r_of: WeightCache,
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
}

impl std::fmt::Debug for GpuBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GpuBackend")
            .field("gpu", &self.gpu.name())
            .field("weights", &self.weights.get())
            .finish_non_exhaustive()
    }
}

/// Whether cuBLAS can be loaded here (cudarc panics when it cannot).
fn cublas_available() -> std::result::Result<(), String> {
    let names = cudarc::get_lib_name_candidates("cublas");
    for n in &names {
        // SAFETY: loading cuBLAS runs its initialisers, as any CUDA program does.
        if unsafe { libloading::Library::new(n) }.is_ok() {
            return Ok(());
        }
    }
    Err(format!(
        "cuBLAS not found (tried {}); add its folder to LD_LIBRARY_PATH",
        names.join(", ")
    ))
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
        Ok(GpuBackend {
            gpu: gpu.clone(),
            blas,
            _blas_workspace: ws,
            funcs,
            recs,
            pool: Rc::new(RefCell::new(Pool {
                free: HashMap::new(),
                frozen: false,
                stream: gpu.stream.clone(),
            })),
            weights: Cell::new(weights),
            bf16_of: Default::default(),
            bf16r_of: Default::default(),
            scalars: Default::default(),
            max_id: Cell::new(0),
            vocab: Cell::new(usize::MAX),
            capturing: Cell::new(false),
            capture_ids: Default::default(),
            captured: Default::default(),
            graph_note: Default::default(),
            profile: Default::default(),
        })
    }

    /// Starts recording the GPU time of every operation (an event before each one).
    pub fn profile_start(&self) {
        *self.profile.borrow_mut() = Some(Vec::new());
    }

    /// Stops recording; per label, the total GPU milliseconds and the count, largest first.
    /// An operation's time runs from its event to the next one, which measures it while the
    /// GPU has work queued (prefill), not while it waits on the host.
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

    /// Records a profiling event labelled `label` (when profiling, outside graph capture).
    fn mark(&self, label: &str) {
        if self.capturing.get() {
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
        let r = crate::bench::time_ms(&self.gpu, warm, reps, || {
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

    /// Launches layer kernel `name` over `threads_total` threads with `args` by parameter
    /// name, checked against the kernel's parameters in the manifest (names, order, kinds).
    fn launch(&self, name: &str, threads_total: usize, args: &[(&str, LArg)]) -> MResult<()> {
        self.mark(name);
        let (params, f) = self
            .funcs
            .get(name)
            .ok_or_else(|| dev(format!("layer kernel `{name}` is missing from layers.ptx")))?;
        let declared: Vec<(&str, ScalarKind)> =
            params.iter().map(|p| (p.name.as_str(), p.kind)).collect();
        let given: Vec<(&str, ScalarKind)> = args.iter().map(|&(n, a)| (n, a.kind())).collect();
        if declared != given {
            return Err(dev(format!(
                "layer kernel `{name}` takes {declared:?}; the launch gives {given:?}"
            )));
        }
        let blocks = threads_total.div_ceil(LAYER_THREADS as usize);
        if blocks == 0 {
            return Ok(());
        }
        if blocks > i32::MAX as usize {
            return Err(dev(format!("`{name}` needs {blocks} blocks")));
        }
        let mut b = self.gpu.stream.launch_builder(f);
        for (_, a) in args {
            match a {
                LArg::Ptr(p) => b.arg(p),
                LArg::I64(i) => b.arg(i),
                LArg::F32(x) => b.arg(x),
            };
        }
        let cfg = LaunchConfig {
            grid_dim: (blocks as u32, 1, 1),
            block_dim: (LAYER_THREADS, 1, 1),
            shared_mem_bytes: 0,
        };
        // SAFETY: the arguments follow the kernel's signature in `emit::layers` (pointers to
        // live pooled blocks of the sizes the kernel indexes, i64 sizes, f32 scalars), and
        // every kernel guards its index against the element count it is given.
        unsafe { b.launch(cfg) }.map_err(dev)?;
        Ok(())
    }

    /// A copy of `t`'s elements addressed as `shape` with element `strides` (relative to
    /// `t`'s first element), contiguous.
    fn gather(&self, t: &GpuTensor, shape: &[usize], strides: &[usize]) -> MResult<GpuTensor> {
        if shape.len() > 4 || t.dtype != Elem::F32 {
            return Err(ModelError::Unsupported(format!(
                "a layout change of a rank-{} {:?} tensor on the GPU",
                shape.len(),
                t.dtype
            )));
        }
        let pad = 4 - shape.len();
        let mut s = vec![1usize; pad];
        s.extend_from_slice(shape);
        let mut st = vec![0usize; pad];
        st.extend_from_slice(strides);
        let out = self.alloc(shape.to_vec(), Elem::F32)?;
        let n = out.len();
        if n == 0 {
            return Ok(out);
        }
        self.launch(
            "lr_gather4",
            layers::gather_threads(n, s[3]),
            &[
                ("x", LArg::Ptr(t.ptr())),
                ("out", LArg::Ptr(out.ptr())),
                ("n", LArg::I64(n as i64)),
                ("s1", LArg::I64(s[1] as i64)),
                ("s2", LArg::I64(s[2] as i64)),
                ("s3", LArg::I64(s[3] as i64)),
                ("t0", LArg::I64(st[0] as i64)),
                ("t1", LArg::I64(st[1] as i64)),
                ("t2", LArg::I64(st[2] as i64)),
                ("t3", LArg::I64(st[3] as i64)),
            ],
        )?;
        Ok(out)
    }

    /// `t` contiguous (a copy when it is a strided view).
    fn dense(&self, t: &GpuTensor) -> MResult<GpuTensor> {
        if t.contiguous() {
            return Ok(t.clone());
        }
        self.gather(t, &t.shape, &t.strides())
    }

    /// `t`, whose dims are `from` (in order), as a contiguous tensor with dims `to`: a view
    /// where the memory order already matches, else a gather.
    fn relayout(
        &self,
        t: &GpuTensor,
        from: &[Handle<Dim>],
        to: &[Handle<Dim>],
    ) -> MResult<GpuTensor> {
        let src = t.strides();
        let pos: Vec<usize> = to
            .iter()
            .map(|d| from.iter().position(|x| x == d).expect("same dims"))
            .collect();
        let shape: Vec<usize> = pos.iter().map(|&p| t.shape[p]).collect();
        let strides: Vec<usize> = pos.iter().map(|&p| src[p]).collect();
        // Already in order when the strides of the dims longer than 1 are the contiguous ones.
        let mut want = 1usize;
        let mut in_order = true;
        for (s, st) in shape.iter().zip(&strides).rev() {
            if *s > 1 {
                in_order &= *st == want;
            }
            want *= s;
        }
        if in_order {
            let stride = shape.last().copied().unwrap_or(1);
            return Ok(GpuTensor {
                shape,
                stride,
                ..t.clone()
            });
        }
        self.gather(t, &shape, &strides)
    }

    /// The bf16 copy of weight `w`, made once.
    fn bf16_weight(&self, w: &GpuTensor) -> MResult<GpuTensor> {
        self.converted(&self.bf16_of, w, |w| self.to_bf16(w))
    }

    /// Weight `w` rounded to bf16 values, kept in f32, made once.
    fn bf16_rounded(&self, w: &GpuTensor) -> MResult<GpuTensor> {
        self.converted(&self.bf16r_of, w, |w| {
            self.map("lr_round_bf16", w, Elem::F32)
        })
    }

    /// `make(w)`, made once per weight and kept in `cache`.
    fn converted(
        &self,
        cache: &WeightCache,
        w: &GpuTensor,
        make: impl FnOnce(&GpuTensor) -> MResult<GpuTensor>,
    ) -> MResult<GpuTensor> {
        let key = (w.ptr(), w.shape.clone(), w.stride);
        if let Some((_, t)) = cache.borrow().get(&key) {
            return Ok(t.clone());
        }
        let t = make(w)?;
        cache.borrow_mut().insert(key, (w.clone(), t.clone()));
        Ok(t)
    }

    /// The index of the largest value of the last position of each row of `t [b, l, v]`
    /// into `out` (i32, b values; any shape): two kernels, no synchronisation.
    fn argmax_into(&self, t: &GpuTensor, out: &GpuTensor) -> MResult<()> {
        self.ready(t)?;
        let [b, l, f] = t.shape[..] else {
            return Err(dev("argmax of a tensor that is not [batch, seq, vocab]"));
        };
        let s = t.strides();
        let last = GpuTensor {
            offset: t.offset + l.saturating_sub(1) * s[1],
            ..t.clone()
        };
        let chunk = layers::ARGMAX_CHUNK as usize;
        let nchunks = f.div_ceil(chunk);
        let pmax = self.alloc(vec![b, nchunks], Elem::F32)?;
        let pidx = self.alloc(vec![b, nchunks], Elem::I32)?;
        self.launch(
            "lr_argmax_partial",
            b * nchunks * NORM_LANES as usize,
            &[
                ("x", LArg::Ptr(last.ptr())),
                ("x_stride", LArg::I64(s[0] as i64)),
                ("rows", LArg::I64(b as i64)),
                ("cols", LArg::I64(f as i64)),
                ("pmax", LArg::Ptr(pmax.ptr())),
                ("pidx", LArg::Ptr(pidx.ptr())),
            ],
        )?;
        self.launch(
            "lr_argmax_final",
            b * NORM_LANES as usize,
            &[
                ("pmax", LArg::Ptr(pmax.ptr())),
                ("pidx", LArg::Ptr(pidx.ptr())),
                ("rows", LArg::I64(b as i64)),
                ("nchunks", LArg::I64(nchunks as i64)),
                ("out", LArg::Ptr(out.ptr())),
            ],
        )
    }

    /// Token ids (i32) back to the host.
    fn download_ids(&self, t: &GpuTensor) -> MResult<Vec<u32>> {
        let mut ids = vec![0i32; t.len()];
        // SAFETY: the block holds `len` i32; the stream is synchronised before `ids` is read.
        unsafe {
            cudarc::driver::result::memcpy_dtoh_async(
                &mut ids,
                t.ptr(),
                self.gpu.stream.cu_stream(),
            )
        }
        .map_err(dev)?;
        self.gpu.stream.synchronize().map_err(dev)?;
        Ok(ids.into_iter().map(|i| i as u32).collect())
    }

    fn to_bf16(&self, x: &GpuTensor) -> MResult<GpuTensor> {
        self.map("lr_to_bf16", x, Elem::Bf16)
    }

    /// A map kernel of `emit::layers` (`out[i] = f(x[i])`, strided `x`) into a new tensor.
    fn map(&self, kernel: &str, x: &GpuTensor, out: Elem) -> MResult<GpuTensor> {
        let y = self.alloc(x.shape.clone(), out)?;
        let n = x.len();
        self.launch(
            kernel,
            n,
            &[
                ("x", LArg::Ptr(x.ptr())),
                ("x_stride", LArg::I64(x.stride as i64)),
                ("cols", LArg::I64(x.cols() as i64)),
                ("out", LArg::Ptr(y.ptr())),
                ("n", LArg::I64(n as i64)),
            ],
        )?;
        Ok(y)
    }
    fn scalar(&self, v: f32) -> MResult<GpuTensor> {
        if let Some(t) = self.scalars.borrow().get(&v.to_bits()) {
            return Ok(t.clone());
        }
        let t = self.upload_f32(&[v], vec![])?;
        self.scalars.borrow_mut().insert(v.to_bits(), t.clone());
        Ok(t)
    }

    /// Computes `t`'s deferred RMS norm if it has one not computed yet.
    fn ready(&self, t: &GpuTensor) -> MResult<()> {
        let Some(p) = &t.pending else {
            return Ok(());
        };
        if p.done.get() {
            return Ok(());
        }
        let rows = p.x.rows();
        self.launch(
            "lr_rmsnorm",
            rows * NORM_LANES as usize,
            &[
                ("x", LArg::Ptr(p.x.ptr())),
                ("x_stride", LArg::I64(p.x.stride as i64)),
                ("w", LArg::Ptr(p.w.ptr())),
                ("out", LArg::Ptr(p.out.ptr)),
                ("rows", LArg::I64(rows as i64)),
                ("dim", LArg::I64(p.x.cols() as i64)),
                ("eps", LArg::F32(p.eps)),
            ],
        )?;
        p.done.set(true);
        Ok(())
    }

    /// A deferred norm `x` is, when a GEMV can compute it on the fly: its source, weights and
    /// epsilon.
    fn fusable_norm(x: &GpuTensor) -> Option<&PendingNorm> {
        x.pending
            .as_deref()
            .filter(|p| !p.done.get() && x.offset == 0 && x.shape == p.x.shape)
    }

    fn recurrence_of(&self, name: &str) -> MResult<&CompiledRecurrence> {
        self.recs.get(name).ok_or_else(|| {
            dev(format!(
                "no compiled kernels for recurrence `{name}` (compile the model's file)"
            ))
        })
    }
}

/// How a cuBLAS GEMM computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gemm {
    F32,
    Tf32,
}

/// Up to this many rows a linear layer is a GEMV kernel of our own (decoding), beyond it a
/// cuBLAS GEMM.
const GEMV_MAX_ROWS: usize = 4;

impl GpuBackend {
    /// `x · wᵀ + b + add` for a few rows: one kernel reading each weight once; `None` where
    /// the rows are not laid out for its 16-byte loads (then a GEMM does it).
    fn gemv(
        &self,
        x: &GpuTensor,
        w: &GpuTensor,
        b: Option<&GpuTensor>,
        add: Option<&GpuTensor>,
        shape: &[usize],
    ) -> MResult<Option<GpuTensor>> {
        let norm = Self::fusable_norm(x);
        let x = match norm {
            Some(p) => &p.x,
            None => x,
        };
        let [n_out, k_in] = w.shape[..] else {
            return Err(dev("gemv of a non-matrix"));
        };
        if let Some(b) = b {
            if b.shape != [n_out] {
                return Err(ModelError::Shape {
                    op: "linear".into(),
                    detail: format!("bias {:?} for {n_out} outputs", b.shape),
                });
            }
        }
        let bf16 = self.weights.get() == Weights::Bf16;
        let wa = if bf16 {
            self.bf16_weight(w)?
        } else {
            self.dense(w)?
        };
        let aligned = k_in % 4 == 0
            && x.stride % 4 == 0
            && x.ptr() % 16 == 0
            && wa.ptr() % 16 == 0
            && x.dtype == Elem::F32;
        if !aligned {
            return Ok(None);
        }
        if let Some(a) = add {
            self.ready(a)?;
        }
        let m = x.rows();
        let out = self.alloc(shape.to_vec(), Elem::F32)?;
        let mut args = vec![
            ("w", LArg::Ptr(wa.ptr())),
            ("x", LArg::Ptr(x.ptr())),
            ("x_stride", LArg::I64(x.stride as i64)),
            ("bias", LArg::Ptr(b.map_or(0, GpuTensor::ptr))),
            ("add", LArg::Ptr(add.map_or(0, GpuTensor::ptr))),
            ("add_stride", LArg::I64(add.map_or(0, |a| a.stride as i64))),
            ("out", LArg::Ptr(out.ptr())),
            ("m", LArg::I64(m as i64)),
            ("n", LArg::I64(n_out as i64)),
            ("k", LArg::I64(k_in as i64)),
        ];
        if let Some(p) = norm {
            args.extend([("norm_w", LArg::Ptr(p.w.ptr())), ("eps", LArg::F32(p.eps))]);
        }
        self.launch(
            layers::gemv_name(bf16, norm.is_some()),
            n_out * NORM_LANES as usize,
            &args,
        )?;
        Ok(Some(out))
    }

    /// Row-major `y[m, n] = x[m, k] · w[n, k]ᵀ` (column-major `yᵀ = w · xᵀ`), f32 operands
    /// and result, in full f32 or on TF32 tensor cores.
    #[allow(clippy::too_many_arguments)]
    fn gemm(
        &self,
        w: &GpuTensor,
        x: &GpuTensor,
        ldx: usize,
        m: usize,
        n: usize,
        k: usize,
        out: &GpuTensor,
        kind: Gemm,
    ) -> MResult<()> {
        self.mark(&format!("cuBLAS GEMM [{m}×{k}]·[{k}×{n}]"));
        let ty = blas::cudaDataType::CUDA_R_32F;
        let compute = match kind {
            Gemm::F32 => blas::cublasComputeType_t::CUBLAS_COMPUTE_32F,
            Gemm::Tf32 => blas::cublasComputeType_t::CUBLAS_COMPUTE_32F_FAST_TF32,
        };
        let (alpha, beta) = (1.0f32, 0.0f32);
        // SAFETY: the pointers address live blocks: `w` n × k, `x` m rows of k at stride
        // `ldx`, `out` m × n; alpha and beta are host scalars read during the call.
        unsafe {
            cudarc::cublas::result::gemm_ex(
                *self.blas.handle(),
                blas::cublasOperation_t::CUBLAS_OP_T,
                blas::cublasOperation_t::CUBLAS_OP_N,
                n as i32,
                m as i32,
                k as i32,
                (&raw const alpha).cast(),
                w.ptr() as *const std::ffi::c_void,
                ty,
                k as i32,
                x.ptr() as *const std::ffi::c_void,
                ty,
                ldx as i32,
                (&raw const beta).cast(),
                out.ptr() as *mut std::ffi::c_void,
                blas::cudaDataType::CUDA_R_32F,
                n as i32,
                compute,
                blas::cublasGemmAlgo_t::CUBLAS_GEMM_DEFAULT,
            )
        }
        .map_err(|e| dev(format!("cuBLAS GEMM {m}×{k}·{k}×{n}: {e}")))
    }

    /// A linear's result in `shape`, plus its bias.
    fn finish_linear(
        &self,
        y: GpuTensor,
        shape: Vec<usize>,
        b: Option<&GpuTensor>,
        n_out: usize,
    ) -> MResult<GpuTensor> {
        let y = GpuTensor {
            shape,
            stride: n_out,
            ..y
        };
        match b {
            None => Ok(y),
            Some(b) => {
                if b.shape != [n_out] {
                    return Err(ModelError::Shape {
                        op: "linear".into(),
                        detail: format!("bias {:?} for {n_out} outputs", b.shape),
                    });
                }
                self.binary(BinaryFn::Add, Operand::Tensor(&y), Operand::Tensor(b))
            }
        }
    }
}

fn f32_only(t: &GpuTensor, what: &str) -> MResult<()> {
    if t.dtype == Elem::F32 {
        Ok(())
    } else {
        Err(ModelError::Shape {
            op: what.into(),
            detail: format!("expected an f32 tensor, got {:?}", t.dtype),
        })
    }
}

impl Backend for GpuBackend {
    type Tensor = GpuTensor;

    fn shape(t: &GpuTensor) -> Vec<usize> {
        t.shape.clone()
    }

    fn param(&self, t: HostTensor) -> MResult<GpuTensor> {
        self.upload_f32(&t.data, t.shape)
    }

    fn ids(&self, ids: &[Vec<u32>]) -> MResult<GpuTensor> {
        let l = ids.first().map_or(0, Vec::len);
        let flat: Vec<i32> = ids.iter().flatten().map(|&v| v as i32).collect();
        self.max_id
            .set(ids.iter().flatten().copied().max().unwrap_or(0));
        let t = self.alloc(vec![ids.len(), l], Elem::I32)?;
        if self.capturing.get() {
            // Written before each replay.
            *self.capture_ids.borrow_mut() = Some(t.clone());
            return Ok(t);
        }
        // SAFETY: the block holds `flat.len()` i32; the copy completes before this returns.
        unsafe {
            cudarc::driver::result::memcpy_htod_async(t.ptr(), &flat, self.gpu.stream.cu_stream())
        }
        .map_err(dev)?;
        Ok(t)
    }

    fn embedding(&self, table: &GpuTensor, ids: &GpuTensor) -> MResult<GpuTensor> {
        let [v, d] = table.shape[..] else {
            return Err(ModelError::Shape {
                op: "embedding".into(),
                detail: format!("table shape {:?}, expected [vocab, dim]", table.shape),
            });
        };
        if self.max_id.get() as usize >= v {
            return Err(ModelError::Shape {
                op: "embedding".into(),
                detail: format!("token id {} ≥ vocabulary size {v}", self.max_id.get()),
            });
        }
        self.vocab.set(v);
        let table = self.dense(table)?;
        let rows = ids.len();
        let mut shape = ids.shape.clone();
        shape.push(d);
        let out = self.alloc(shape, Elem::F32)?;
        self.launch(
            "lr_embed",
            rows * d,
            &[
                ("table", LArg::Ptr(table.ptr())),
                ("ids", LArg::Ptr(ids.ptr())),
                ("out", LArg::Ptr(out.ptr())),
                ("rows", LArg::I64(rows as i64)),
                ("dim", LArg::I64(d as i64)),
            ],
        )?;
        Ok(out)
    }

    fn rmsnorm(&self, x: &GpuTensor, w: &GpuTensor, eps: f64) -> MResult<GpuTensor> {
        f32_only(x, "rmsnorm")?;
        self.ready(x)?;
        let d = x.cols();
        if w.shape != [d] {
            return Err(ModelError::Shape {
                op: "rmsnorm".into(),
                detail: format!("weight {:?} for features {d}", w.shape),
            });
        }
        let out = self.alloc(x.shape.clone(), Elem::F32)?;
        let pending = Rc::new(PendingNorm {
            x: x.clone(),
            w: self.dense(w)?,
            eps: eps as f32,
            out: out.block.clone(),
            done: Cell::new(false),
        });
        let out = GpuTensor {
            pending: Some(pending),
            ..out
        };
        // Decoding: left to the GEMV that reads it (one launch fewer per norm).
        if x.rows() > GEMV_MAX_ROWS {
            self.ready(&out)?;
        }
        Ok(out)
    }

    fn linear(&self, x: &GpuTensor, w: &GpuTensor, b: Option<&GpuTensor>) -> MResult<GpuTensor> {
        f32_only(x, "linear")?;
        let [n_out, k_in] = w.shape[..] else {
            return Err(ModelError::Shape {
                op: "linear".into(),
                detail: format!("weight {:?}, expected [out, in]", w.shape),
            });
        };
        if x.cols() != k_in {
            return Err(ModelError::Shape {
                op: "linear".into(),
                detail: format!("input {:?} for weight {:?}", x.shape, w.shape),
            });
        }
        let m = x.rows();
        let mut shape = x.shape.clone();
        *shape.last_mut().expect("x has the input dim") = n_out;
        if m == 0 {
            let out = self.alloc(shape.clone(), Elem::F32)?;
            return self.finish_linear(out, shape, b, n_out);
        }
        if m <= GEMV_MAX_ROWS {
            if let Some(y) = self.gemv(x, w, b, None, &shape)? {
                return Ok(y);
            }
        }
        self.ready(x)?;
        let y = match self.weights.get() {
            Weights::F32 => {
                let out = self.alloc(shape.clone(), Elem::F32)?;
                self.gemm(
                    &self.dense(w)?,
                    x,
                    x.stride,
                    m,
                    n_out,
                    k_in,
                    &out,
                    Gemm::F32,
                )?;
                out
            }
            Weights::Bf16 => {
                // The weights' bf16 values in f32 on TF32 tensor cores: activations keep 10
                // bits of mantissa (bf16 operands would keep 7).
                let out = self.alloc(shape.clone(), Elem::F32)?;
                let wr = self.bf16_rounded(w)?;
                self.gemm(&wr, x, x.stride, m, n_out, k_in, &out, Gemm::Tf32)?;
                out
            }
        };
        self.finish_linear(y, shape, b, n_out)
    }

    fn linear_add(
        &self,
        x: &GpuTensor,
        w: &GpuTensor,
        b: Option<&GpuTensor>,
        add: &GpuTensor,
    ) -> MResult<GpuTensor> {
        let m = x.rows();
        let mut shape = x.shape.clone();
        if let (Some(last), [n_out, _]) = (shape.last_mut(), &w.shape[..]) {
            *last = *n_out;
        }
        if m <= GEMV_MAX_ROWS
            && x.cols() == w.shape[1]
            && add.shape == shape
            && add.dtype == Elem::F32
        {
            if let Some(y) = self.gemv(x, w, b, Some(add), &shape)? {
                return Ok(y);
            }
        }
        let y = self.linear(x, w, b)?;
        self.ready(add)?;
        self.binary(BinaryFn::Add, Operand::Tensor(add), Operand::Tensor(&y))
    }

    fn argmax_last(&self, t: &GpuTensor) -> MResult<Option<Vec<u32>>> {
        let [b, l, _] = t.shape[..] else {
            return Ok(None);
        };
        if t.dtype != Elem::F32 || l == 0 {
            return Ok(None);
        }
        let out = self.alloc(vec![b], Elem::I32)?;
        self.argmax_into(t, &out)?;
        self.download_ids(&out).map(Some)
    }

    fn split(&self, x: &GpuTensor, sizes: &[usize], dim: i64) -> MResult<Vec<GpuTensor>> {
        self.ready(x)?;
        let nd = x.shape.len() as i64;
        let axis = if dim < 0 { nd + dim } else { dim };
        if axis != nd - 1 {
            return Err(ModelError::Unsupported(
                "split along any axis but the last".into(),
            ));
        }
        let f = x.cols();
        if sizes.iter().sum::<usize>() != f {
            return Err(ModelError::Shape {
                op: "split".into(),
                detail: format!("sizes {sizes:?} do not add up to {f}"),
            });
        }
        let mut start = 0;
        Ok(sizes
            .iter()
            .map(|&s| {
                let mut shape = x.shape.clone();
                *shape.last_mut().expect("axis exists") = s;
                let t = GpuTensor {
                    offset: x.offset + start,
                    shape,
                    ..x.clone()
                };
                start += s;
                t
            })
            .collect())
    }

    fn unary(&self, f: UnaryFn, x: &GpuTensor) -> MResult<GpuTensor> {
        self.ready(x)?;
        f32_only(x, f.name())?;
        if !layers::unary_fns().any(|g| g == f) {
            return Err(ModelError::Unsupported(format!(
                "`{}` on the GPU",
                f.name()
            )));
        }
        self.map(&layers::unary_name(f), x, Elem::F32)
    }

    fn binary(
        &self,
        f: BinaryFn,
        a: Operand<'_, GpuTensor>,
        b: Operand<'_, GpuTensor>,
    ) -> MResult<GpuTensor> {
        let t = |o: Operand<'_, GpuTensor>| -> MResult<GpuTensor> {
            match o {
                Operand::Tensor(t) => {
                    f32_only(t, "elementwise")?;
                    self.ready(t)?;
                    Ok(t.clone())
                }
                Operand::Scalar(s) => self.scalar(s),
            }
        };
        let (x, y) = (t(a)?, t(b)?);
        // Equal shapes, a scalar, or one shape a suffix of the other (repeated).
        let suffix = |small: &[usize], big: &[usize]| big.ends_with(small);
        let shape = if x.len() >= y.len() {
            x.shape.clone()
        } else {
            y.shape.clone()
        };
        let ok = x.len() == 1
            || y.len() == 1
            || suffix(&x.shape, &y.shape)
            || suffix(&y.shape, &x.shape);
        if !ok {
            return Err(ModelError::Shape {
                op: f.name().into(),
                detail: format!("shapes {:?} and {:?} do not broadcast", x.shape, y.shape),
            });
        }
        let out = self.alloc(shape, Elem::F32)?;
        let n = out.len();
        self.launch(
            &layers::binary_name(f),
            n,
            &[
                ("a", LArg::Ptr(x.ptr())),
                ("a_stride", LArg::I64(x.stride as i64)),
                ("a_cols", LArg::I64(x.cols() as i64)),
                ("a_n", LArg::I64(x.len().max(1) as i64)),
                ("b", LArg::Ptr(y.ptr())),
                ("b_stride", LArg::I64(y.stride as i64)),
                ("b_cols", LArg::I64(y.cols() as i64)),
                ("b_n", LArg::I64(y.len().max(1) as i64)),
                ("out", LArg::Ptr(out.ptr())),
                ("n", LArg::I64(n as i64)),
            ],
        )?;
        Ok(out)
    }

    fn conv1d_causal(
        &self,
        x: &GpuTensor,
        w: &GpuTensor,
        b: Option<&GpuTensor>,
        prev: Option<&GpuTensor>,
        keep: bool,
        act: Option<UnaryFn>,
    ) -> MResult<(GpuTensor, Option<GpuTensor>)> {
        f32_only(x, "conv1d_causal")?;
        self.ready(x)?;
        let [bsz, l, c] = x.shape[..] else {
            return Err(ModelError::Shape {
                op: "conv1d_causal".into(),
                detail: format!("input {:?}, expected [batch, seq, channels]", x.shape),
            });
        };
        let [wc, 1, k] = w.shape[..] else {
            return Err(ModelError::Shape {
                op: "conv1d_causal".into(),
                detail: format!("weight {:?}, expected [channels, 1, kernel]", w.shape),
            });
        };
        if wc != c {
            return Err(ModelError::Shape {
                op: "conv1d_causal".into(),
                detail: format!("weight for {wc} channels, input has {c}"),
            });
        }
        let window = vec![bsz, k.saturating_sub(1), c];
        if let Some(p) = prev {
            if p.shape != window || !p.contiguous() {
                return Err(ModelError::Shape {
                    op: "conv1d_causal".into(),
                    detail: format!("carried window {:?}, expected {window:?}", p.shape),
                });
            }
        }
        let null = 0u64;
        let out = self.alloc(x.shape.clone(), Elem::F32)?;
        let fused = act == Some(UnaryFn::Silu);
        let common = |p: &Option<&GpuTensor>| p.map_or(null, GpuTensor::ptr);
        // A single decoding step updates the window inside the convolution kernel.
        let in_place = keep && l == 1 && prev.is_some();
        let (kernel, threads) = layers::conv_launch(k, bsz, l, c);
        self.launch(
            kernel,
            threads,
            &[
                ("x", LArg::Ptr(x.ptr())),
                ("x_stride", LArg::I64(x.stride as i64)),
                ("w", LArg::Ptr(self.dense(w)?.ptr())),
                ("bias", LArg::Ptr(b.map_or(null, GpuTensor::ptr))),
                ("prev", LArg::Ptr(common(&prev))),
                ("out", LArg::Ptr(out.ptr())),
                (
                    "state",
                    LArg::Ptr(if in_place { common(&prev) } else { null }),
                ),
                ("batch", LArg::I64(bsz as i64)),
                ("len", LArg::I64(l as i64)),
                ("ch", LArg::I64(c as i64)),
                ("k", LArg::I64(k as i64)),
                ("act", LArg::I64(i64::from(fused))),
            ],
        )?;
        let kept = if in_place {
            prev.cloned()
        } else if keep {
            // In place over the previous window when there is one (the kernel walks it in
            // order), else a new one.
            let state = match prev {
                Some(p) => p.clone(),
                None => self.alloc(window, Elem::F32)?,
            };
            self.launch(
                "lr_conv_state",
                bsz * c,
                &[
                    ("x", LArg::Ptr(x.ptr())),
                    ("x_stride", LArg::I64(x.stride as i64)),
                    ("prev", LArg::Ptr(common(&prev))),
                    ("state", LArg::Ptr(state.ptr())),
                    ("batch", LArg::I64(bsz as i64)),
                    ("len", LArg::I64(l as i64)),
                    ("ch", LArg::I64(c as i64)),
                    ("k", LArg::I64(k as i64)),
                ],
            )?;
            Some(state)
        } else {
            None
        };
        let out = match act {
            Some(f) if !fused => self.unary(f, &out)?,
            _ => out,
        };
        Ok((out, kept))
    }

    fn recurrence(
        &self,
        d: &Derived,
        sizes: &Sizes,
        inputs: Vec<Option<GpuTensor>>,
        step: bool,
    ) -> MResult<Vec<GpuTensor>> {
        let rec = &d.rec;
        let compiled = self.recurrence_of(&rec.name)?;
        let mut by_name: HashMap<String, usize> = rec
            .dims
            .iter()
            .zip(&sizes.0)
            .map(|((_, dim), &s)| (dim.name.clone(), s))
            .collect();
        for t in inputs.iter().flatten() {
            self.ready(t)?;
        }
        let declared: Vec<Option<GpuTensor>> = rec
            .inputs
            .iter()
            .zip(&inputs)
            .map(|((_, i), v)| {
                v.as_ref()
                    .map(|v| self.relayout(v, &model_order(rec, &i.dims), &i.dims))
                    .transpose()
            })
            .collect::<MResult<_>>()?;
        let shape_of = |dims: &[Handle<Dim>], by_name: &HashMap<String, usize>| -> Vec<usize> {
            dims.iter().map(|&h| by_name[&rec.dims[h].name]).collect()
        };
        let dev_inputs: Vec<Option<DeviceTensor>> = declared
            .iter()
            .zip(rec.inputs.iter())
            .map(|(t, (_, i))| t.as_ref().map(|t| t.as_device(&i.name)).transpose())
            .collect::<MResult<_>>()?;
        let refs: Vec<Option<&DeviceTensor>> = dev_inputs.iter().map(Option::as_ref).collect();
        let mut outs: Vec<Option<GpuTensor>> = vec![None; rec.outputs.len()];
        if step {
            by_name.insert(rec.dims[rec.scan].name.clone(), 1);
            let carries = linrec_model::carries(rec);
            let states: Vec<&GpuTensor> = carries
                .iter()
                .map(|&(i, _)| {
                    declared[i]
                        .as_ref()
                        .ok_or_else(|| dev(format!("decoding `{}` without its state", rec.name)))
                })
                .collect::<MResult<_>>()?;
            let state_dev: Vec<DeviceTensor> = states
                .iter()
                .map(|s| s.as_device("state"))
                .collect::<MResult<_>>()?;
            let per_step: Vec<usize> = rec
                .outputs
                .iter()
                .enumerate()
                .filter(|(_, (_, o))| o.kind == OutputKind::PerStep)
                .map(|(k, _)| k)
                .collect();
            let mut step_outs = Vec::new();
            for &k in &per_step {
                let o = &rec.outputs[Handle::from_index(k)];
                let t = self.alloc(shape_of(&o.dims, &by_name), Elem::F32)?;
                step_outs.push(t);
            }
            let dev_outs: Vec<DeviceTensor> = step_outs
                .iter()
                .map(|t| t.as_device("output"))
                .collect::<MResult<_>>()?;
            let state_refs: Vec<&DeviceTensor> = state_dev.iter().collect();
            compiled
                .step_into(&by_name, &refs, &dev_outs, &state_refs)
                .map_err(|e| dev(format!("{}: {e}", rec.name)))?;
            for (k, t) in per_step.into_iter().zip(step_outs) {
                outs[k] = Some(t);
            }
            for (&(_, o), s) in carries.iter().zip(states) {
                outs[o] = Some(s.clone());
            }
            if outs.iter().any(Option::is_none) {
                return Err(ModelError::Unsupported(format!(
                    "decoding `{}`: a final output that is not a state",
                    rec.name
                )));
            }
        } else {
            let all: Vec<GpuTensor> = rec
                .outputs
                .iter()
                .map(|(_, o)| self.alloc(shape_of(&o.dims, &by_name), Elem::F32))
                .collect::<MResult<_>>()?;
            let dev_outs: Vec<DeviceTensor> = all
                .iter()
                .map(|t| t.as_device("output"))
                .collect::<MResult<_>>()?;
            self.mark(&format!("scan {}", rec.name));
            compiled
                .forward_into(&by_name, &refs, &dev_outs)
                .map_err(|e| dev(format!("{}: {e}", rec.name)))?;
            outs = all.into_iter().map(Some).collect();
        }
        rec.outputs
            .iter()
            .zip(outs)
            .map(|((_, o), t)| {
                let t = t.expect("every output set");
                match o.kind {
                    OutputKind::PerStep => self.relayout(&t, &o.dims, &model_order(rec, &o.dims)),
                    OutputKind::Final => Ok(t),
                }
            })
            .collect()
    }

    fn to_host(&self, t: &GpuTensor) -> MResult<HostTensor> {
        self.ready(t)?;
        f32_only(t, "download")?;
        let t = self.dense(t)?;
        let mut data = vec![0.0f32; t.len()];
        // SAFETY: the block holds `len` f32 from `ptr`; the stream is synchronised before
        // `data` is read.
        unsafe {
            cudarc::driver::result::memcpy_dtoh_async(
                &mut data,
                t.ptr(),
                self.gpu.stream.cu_stream(),
            )
        }
        .map_err(dev)?;
        self.gpu.stream.synchronize().map_err(dev)?;
        Ok(HostTensor::new(t.shape.clone(), data))
    }

    fn last_rows(&self, t: &GpuTensor) -> MResult<HostTensor> {
        self.ready(t)?;
        let [b, l, f] = t.shape[..] else {
            return Err(ModelError::Shape {
                op: "logits".into(),
                detail: format!("expected [batch, seq, vocab], got {:?}", t.shape),
            });
        };
        let s = t.strides();
        let last = GpuTensor {
            offset: t.offset + l.saturating_sub(1) * s[1],
            ..t.clone()
        };
        let rows = self.gather(&last, &[b, f], &[s[0], s[2]])?;
        self.to_host(&rows)
    }

    fn capture(
        &self,
        f: &mut dyn FnMut() -> MResult<GpuTensor>,
        greedy: bool,
    ) -> MResult<Option<GpuTensor>> {
        let stream = &self.gpu.stream;
        self.pool.borrow_mut().frozen = true;
        self.capturing.set(true);
        let begun = stream.begin_capture(
            cudarc::driver::sys::CUstreamCaptureMode::CU_STREAM_CAPTURE_MODE_RELAXED,
        );
        let out = match begun {
            Ok(()) => f().and_then(|t| {
                if greedy {
                    // The picks go to the graph's own ids: the next replay decodes them.
                    let ids = self.capture_ids.borrow().clone();
                    match ids {
                        Some(ids) if ids.len() == t.shape[0] => self.argmax_into(&t, &ids)?,
                        _ => return Err(dev("greedy capture without a [batch, 1] ids input")),
                    }
                }
                Ok(t)
            }),
            Err(e) => Err(dev(e)),
        };
        let graph = if begun.is_ok() {
            stream.end_capture(cudarc::driver::sys::CUgraphInstantiate_flags(0))
        } else {
            Ok(None)
        };
        self.pool.borrow_mut().frozen = false;
        self.capturing.set(false);
        let ids = self.capture_ids.borrow_mut().take();
        match (out, graph, ids) {
            (Ok(t), Ok(Some(graph)), Some(ids)) => {
                *self.captured.borrow_mut() = Some(Captured {
                    graph,
                    ids,
                    greedy,
                    fed: RefCell::new(None),
                });
                Ok(Some(t))
            }
            // Something in the step cannot be captured: decode without a graph.
            (out, graph, _) => {
                let why = match (out, graph) {
                    (Err(e), _) => e.to_string(),
                    (_, Err(e)) => e.to_string(),
                    _ => "the step records no graph".to_string(),
                };
                *self.graph_note.borrow_mut() = Some(why);
                Ok(None)
            }
        }
    }

    fn graph_note(&self) -> Option<String> {
        self.graph_note.borrow().clone()
    }

    fn replay(&self, ids: &[Vec<u32>]) -> MResult<Option<Vec<u32>>> {
        let c = self.captured.borrow();
        let c = c
            .as_ref()
            .ok_or_else(|| dev("replay without a captured graph"))?;
        let flat_u: Vec<u32> = ids.iter().flatten().copied().collect();
        if let Some(&bad) = flat_u.iter().find(|&&v| v as usize >= self.vocab.get()) {
            return Err(ModelError::Shape {
                op: "embedding".into(),
                detail: format!("token id {bad} ≥ vocabulary size {}", self.vocab.get()),
            });
        }
        if flat_u.len() != c.ids.len() {
            return Err(ModelError::Shape {
                op: "decode".into(),
                detail: format!("{} token ids for a graph of {}", flat_u.len(), c.ids.len()),
            });
        }
        if c.fed.borrow().as_deref() != Some(&flat_u[..]) {
            let flat: Vec<i32> = flat_u.iter().map(|&v| v as i32).collect();
            // SAFETY: the captured ids block holds `flat.len()` i32; the copy completes
            // before the graph is launched on the same stream.
            unsafe {
                cudarc::driver::result::memcpy_htod_async(
                    c.ids.ptr(),
                    &flat,
                    self.gpu.stream.cu_stream(),
                )
            }
            .map_err(dev)?;
        }
        c.graph.launch().map_err(dev)?;
        if !c.greedy {
            *c.fed.borrow_mut() = None;
            return Ok(None);
        }
        let picked = self.download_ids(&c.ids)?;
        *c.fed.borrow_mut() = Some(picked.clone());
        Ok(Some(picked))
    }
}
