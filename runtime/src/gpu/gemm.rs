//! Linear layers: a GEMV kernel of our own for a few rows (decoding), cuBLAS GEMMs beyond
//! (f32, or bf16 operands on tensor cores with f32 accumulation), bias and residual fused.

use super::*;

/// How a cuBLAS GEMM computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gemm {
    /// f32 operands, full f32 arithmetic.
    F32,
    /// bf16 operands on tensor cores, f32 accumulation and result.
    Bf16,
}

/// Up to this many rows a linear layer is a GEMV kernel of our own (decoding), beyond it a
/// cuBLAS GEMM.
pub(super) const GEMV_MAX_ROWS: usize = 4;

impl GpuBackend {
    /// `x · wᵀ + b + add` for a few rows: one kernel reading each weight once; `None` where
    /// the rows are not laid out for its 16-byte loads (then a GEMM does it).
    pub(super) fn gemv(
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

    /// Row-major `y[m, n] = x[m, k] · w[n, k]ᵀ` (column-major `yᵀ = w · xᵀ`), an f32
    /// result; operands f32 (full f32) or bf16 (`Gemm::Bf16`, on tensor cores).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn gemm(
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
        let ty = match kind {
            Gemm::F32 => blas::cudaDataType::CUDA_R_32F,
            Gemm::Bf16 => blas::cudaDataType::CUDA_R_16BF,
        };
        let compute = blas::cublasComputeType_t::CUBLAS_COMPUTE_32F;
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
    pub(super) fn finish_linear(
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

    pub(super) fn linear_layer(
        &self,
        x: &GpuTensor,
        w: &GpuTensor,
        b: Option<&GpuTensor>,
    ) -> MResult<GpuTensor> {
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
        let y = match self.weights.get() {
            Weights::F32 => {
                self.ready(x)?;
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
                // bf16 weights and activations (rounded as they enter), f32 accumulation.
                let out = self.alloc(shape.clone(), Elem::F32)?;
                let w16 = self.bf16_weight(w)?;
                let x16 = self.bf16_activations(x)?;
                self.gemm(&w16, &x16, k_in, m, n_out, k_in, &out, Gemm::Bf16)?;
                out
            }
        };
        self.finish_linear(y, shape, b, n_out)
    }

    pub(super) fn linear_residual(
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
}
