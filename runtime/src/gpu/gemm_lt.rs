//! A GEMM that adds a third matrix as it writes its result (`D = x · wᵀ + C`, `C` and `D`
//! apart) on cuBLASLt: the residual connection of a linear layer in the GEMM's epilogue,
//! instead of a GEMM into a new tensor and an add kernel reading both back. The descriptors
//! and the algorithm cuBLASLt's heuristic picks are kept per problem, so that a forward
//! builds them once per shape.

use super::*;
use cudarc::cublaslt::{result as lt, sys as ltsys};

/// A cuBLASLt handle, its workspace, and per problem its descriptors and the algorithm
/// chosen (`None`: cuBLASLt has none for it).
pub(super) struct BlasLt {
    handle: ltsys::cublasLtHandle_t,
    workspace: CudaSlice<u8>,
    workspace_bytes: usize,
    plans: RefCell<HashMap<LtProblem, Option<Rc<LtPlan>>>>,
}

/// A problem's descriptors and algorithm.
struct LtPlan {
    descriptors: Descriptors,
    algo: ltsys::cublasLtMatmulAlgo_t,
}

/// What an algorithm is chosen for: `D[m, n] = x[m, k] · w[n, k]ᵀ + C[m, n]`, operands in
/// `kind`'s type, `x` rows at stride `ldx`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct LtProblem {
    m: usize,
    n: usize,
    k: usize,
    ldx: usize,
    bf16: bool,
}

/// The descriptors of one call, destroyed when it ends.
struct Descriptors {
    matmul: ltsys::cublasLtMatmulDesc_t,
    layouts: [ltsys::cublasLtMatrixLayout_t; 3],
}

impl Drop for Descriptors {
    fn drop(&mut self) {
        // SAFETY: created by `Descriptors::new` and destroyed only here.
        unsafe {
            let _ = lt::destroy_matmul_desc(self.matmul);
            for l in self.layouts {
                let _ = lt::destroy_matrix_layout(l);
            }
        }
    }
}

impl Descriptors {
    /// Column-major `Dᵀ[n, m] = op(w)[n, k] · xᵀ[k, m] + Cᵀ`: `w` stored `k × n` (ld `k`) and
    /// transposed, `x` stored `k × m` (ld `ldx`), `C` and `D` f32 `n × m` (ld `n`).
    fn new(p: LtProblem) -> Result<Descriptors, lt::CublasError> {
        let ty = if p.bf16 {
            ltsys::cudaDataType::CUDA_R_16BF
        } else {
            ltsys::cudaDataType::CUDA_R_32F
        };
        let matmul = lt::create_matmul_desc(
            ltsys::cublasComputeType_t::CUBLAS_COMPUTE_32F,
            ltsys::cudaDataType::CUDA_R_32F,
        )?;
        let mut d = Descriptors {
            matmul,
            layouts: [std::ptr::null_mut(); 3],
        };
        // cublasOperation_t, an i32 (cuBLASLt declares no type of its own for it).
        let trans = blas::cublasOperation_t::CUBLAS_OP_T as i32;
        // SAFETY: `matmul` is live; the attribute is read from a local of its declared type.
        unsafe {
            lt::set_matmul_desc_attribute(
                d.matmul,
                ltsys::cublasLtMatmulDescAttributes_t::CUBLASLT_MATMUL_DESC_TRANSA,
                (&raw const trans).cast(),
                std::mem::size_of::<i32>(),
            )?;
        }
        d.layouts[0] = lt::create_matrix_layout(ty, p.k as u64, p.n as u64, p.k as i64)?;
        d.layouts[1] = lt::create_matrix_layout(ty, p.k as u64, p.m as u64, p.ldx as i64)?;
        d.layouts[2] = lt::create_matrix_layout(
            ltsys::cudaDataType::CUDA_R_32F,
            p.n as u64,
            p.m as u64,
            p.n as i64,
        )?;
        Ok(d)
    }
}

impl BlasLt {
    /// A handle and a workspace of `workspace_bytes` of its own (so that nothing is
    /// allocated while a graph is captured).
    pub(super) fn new(stream: &Arc<CudaStream>, workspace_bytes: usize) -> Result<BlasLt, String> {
        let handle = lt::create_handle().map_err(|e| format!("cuBLASLt could not start: {e}"))?;
        // SAFETY: cuBLASLt uses it as scratch only.
        let workspace = unsafe { stream.alloc::<u8>(workspace_bytes) }
            .map_err(|e| format!("cuBLASLt's workspace: {e}"))?;
        Ok(BlasLt {
            handle,
            workspace,
            workspace_bytes,
            plans: Default::default(),
        })
    }

    /// The descriptors and algorithm for `p` (the heuristic's first), built once; `None`
    /// where cuBLASLt has no algorithm for it.
    fn plan(&self, p: LtProblem) -> Result<Option<Rc<LtPlan>>, lt::CublasError> {
        if let Some(plan) = self.plans.borrow().get(&p) {
            return Ok(plan.clone());
        }
        let d = Descriptors::new(p)?;
        let pref = lt::create_matmul_pref()?;
        let ws = self.workspace_bytes as u64;
        // SAFETY: `pref` and the descriptors are live; the attribute is a u64 local.
        let found = unsafe {
            lt::set_matmul_pref_attribute(
                pref,
                ltsys::cublasLtMatmulPreferenceAttributes_t::CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES,
                (&raw const ws).cast(),
                std::mem::size_of::<u64>(),
            )
            .and_then(|()| {
                lt::get_matmul_algo_heuristic(
                    self.handle,
                    d.matmul,
                    d.layouts[0],
                    d.layouts[1],
                    d.layouts[2],
                    d.layouts[2],
                    pref,
                )
            })
        };
        // SAFETY: created above, not used after.
        let _ = unsafe { lt::destroy_matmul_pref(pref) };
        let plan = found.ok().map(|h| {
            Rc::new(LtPlan {
                descriptors: d,
                algo: h.algo,
            })
        });
        self.plans.borrow_mut().insert(p, plan.clone());
        Ok(plan)
    }
}

impl Drop for BlasLt {
    fn drop(&mut self) {
        // SAFETY: the handle was created in `new` and is destroyed only here.
        let _ = unsafe { lt::destroy_handle(self.handle) };
    }
}

impl GpuBackend {
    /// Row-major `out[m, n] = x[m, k] · w[n, k]ᵀ + add[m, n]` (f32 `add` and `out`, dense,
    /// apart); operands as [`GpuBackend::gemm`] takes them. `false` where cuBLASLt has no
    /// algorithm for the problem (nothing ran: the caller adds the residual itself).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn gemm_add(
        &self,
        w: &GpuTensor,
        x: &GpuTensor,
        ldx: usize,
        (m, n, k): (usize, usize, usize),
        add: &GpuTensor,
        out: &GpuTensor,
        kind: Gemm,
    ) -> MResult<bool> {
        self.mark(&format!("cuBLASLt GEMM + residual [{m}×{k}]·[{k}×{n}]"));
        let lt = &self.blas_lt;
        let p = LtProblem {
            m,
            n,
            k,
            ldx,
            bf16: kind == Gemm::Bf16,
        };
        let what = |e: &dyn std::fmt::Display| dev(format!("cuBLASLt GEMM {m}×{k}·{k}×{n}: {e}"));
        let Some(plan) = lt.plan(p).map_err(|e| what(&e))? else {
            return Ok(false);
        };
        let d = &plan.descriptors;
        let (alpha, beta) = (1.0f32, 1.0f32);
        let (ws, _sync) = cudarc::driver::DevicePtr::device_ptr(&lt.workspace, &self.gpu.stream);
        // SAFETY: the pointers address live blocks: `w` n × k, `x` m rows of k at stride
        // `ldx`, `add` and `out` m × n each; alpha, beta and the algorithm are read during the
        // call; the workspace is the handle's own.
        unsafe {
            lt::matmul(
                lt.handle,
                d.matmul,
                (&raw const alpha).cast(),
                (&raw const beta).cast(),
                w.ptr() as *const std::ffi::c_void,
                d.layouts[0],
                x.ptr() as *const std::ffi::c_void,
                d.layouts[1],
                add.ptr() as *const std::ffi::c_void,
                d.layouts[2],
                out.ptr() as *mut std::ffi::c_void,
                d.layouts[2],
                &raw const plan.algo,
                ws as *mut std::ffi::c_void,
                lt.workspace_bytes,
                self.gpu.stream.cu_stream() as ltsys::cudaStream_t,
            )
        }
        .map_err(|e| what(&e))?;
        Ok(true)
    }
}
