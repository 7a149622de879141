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

pub(super) use layers::GEMV_MAX_ROWS;

/// Pieces narrower than this (in outputs) are not worth a GEMM each: a split of a linear
/// layer on cuBLAS with one is run whole, its pieces then read as strided views.
pub(super) const PIECE_GEMM_MIN_COLS: usize = 256;

/// Pieces a GEMV kernel can write dense (its `split1`, `split2`).
pub(super) const GEMV_MAX_PIECES: usize = 3;

impl GpuBackend {
    /// The weights as the GEMV kernel reads them (bf16 or dense f32), where it can compute
    /// `x · wᵀ` split into `pieces`: rows laid out for its 16-byte loads (a norm it would
    /// fuse: its source's) and at most [`GEMV_MAX_PIECES`] pieces covering the outputs.
    pub(super) fn gemv_weights(
        &self,
        x: &GpuTensor,
        w: &GpuTensor,
        pieces: &[usize],
    ) -> MResult<Option<GpuTensor>> {
        let x = Self::fusable_norm(x).map_or(x, |p| &p.x);
        let [n_out, k_in] = w.shape[..] else {
            return Ok(None);
        };
        let wa = if self.weights.get() == Weights::Bf16 {
            self.bf16_weight(w)?
        } else {
            self.dense(w)?
        };
        let fits = k_in % 4 == 0
            && x.stride % 4 == 0
            && x.ptr() % 16 == 0
            && wa.ptr() % 16 == 0
            && x.dtype == Elem::F32
            && pieces.len() <= GEMV_MAX_PIECES
            && pieces.iter().sum::<usize>() == n_out;
        Ok(fits.then_some(wa))
    }

    /// Whether a GEMV of `m` rows and `k_in` inputs runs on tensor cores
    /// (`lr_gemv_bf16w_mma8`, `_mma32`): bf16 weights, a batch past one row tile, `k_in` a multiple of 8.
    fn gemv_on_tensor_cores(&self, m: usize, k_in: usize) -> bool {
        self.weights.get() == Weights::Bf16
            && self.gemv_mma.get()
            && m > layers::GEMV_ROW_TILE_FROM
            && k_in % 8 == 0
    }

    /// `x · wᵀ + b + add` for up to [`GEMV_MAX_ROWS`] rows into `out`: one kernel reading
    /// each weight once per tile of rows ([`layers::GemvTile`]), the outputs split into
    /// `pieces` (sizes along the last dim, at most [`GEMV_MAX_PIECES`]) each written dense,
    /// one after the other (one piece: row-major), and `conv`'s step computed from the first
    /// piece where given. `false` where [`GpuBackend::gemv_weights`] says no (then a GEMM
    /// does it).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn gemv_into(
        &self,
        x: &GpuTensor,
        w: &GpuTensor,
        b: Option<&GpuTensor>,
        add: Option<&GpuTensor>,
        out: &GpuTensor,
        pieces: &[usize],
        conv: Option<&ConvStep>,
    ) -> MResult<bool> {
        let Some(wa) = self.gemv_weights(x, w, pieces)? else {
            return Ok(false);
        };
        let norm = Self::fusable_norm(x);
        let x = match norm {
            Some(p) => &p.x,
            None => {
                self.ready(x)?;
                x
            }
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
        if let Some(a) = add {
            self.ready(a)?;
        }
        let m = x.rows();
        // Where the pieces after the first start (the outputs past the last).
        let split1 = pieces[0];
        let split2 = split1 + pieces.get(1).copied().unwrap_or(n_out - split1);
        let mut args = vec![
            ("w", LArg::Ptr(wa.ptr())),
            ("x", LArg::Ptr(x.ptr())),
            ("x_stride", LArg::I64(x.stride as i64)),
            ("bias", LArg::Ptr(b.map_or(0, GpuTensor::ptr))),
            ("add", LArg::Ptr(add.map_or(0, GpuTensor::ptr))),
            ("add_stride", LArg::I64(add.map_or(0, |a| a.stride as i64))),
            ("out", LArg::Ptr(out.ptr())),
            ("split1", LArg::I64(split1 as i64)),
            ("split2", LArg::I64(split2 as i64)),
            ("m", LArg::I64(m as i64)),
            ("n", LArg::I64(n_out as i64)),
            ("k", LArg::I64(k_in as i64)),
        ];
        if let Some(p) = norm {
            args.extend([("norm_w", LArg::Ptr(p.w.ptr())), ("eps", LArg::F32(p.eps))]);
        }
        args.extend(ConvStep::args(conv));
        if self.gemv_on_tensor_cores(m, k_in) {
            let force = self.gemv_mma_force.get();
            let plan =
                layers::MmaPlan::new(m, n_out, k_in, force.rows, force.split).fitted(m, n_out);
            let (ws, counters) = self
                .mma_scratch
                .get()
                .ok_or_else(|| dev("the tensor-core GEMV's workspace was not allocated"))?;
            args.extend([
                ("splits", LArg::I64(plan.splits as i64)),
                ("ws", LArg::Ptr(ws.ptr())),
                ("counters", LArg::Ptr(counters.ptr())),
            ]);
            self.launch(
                &layers::gemv_mma_name(norm.is_some(), plan.rows),
                plan.threads(m, n_out),
                &args,
            )?;
            return Ok(true);
        }
        let tile = layers::GemvTile::for_rows(m);
        self.launch(
            &layers::gemv_name(bf16, norm.is_some(), tile),
            tile.threads(m, n_out),
            &args,
        )?;
        Ok(true)
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

    /// `linear(x, w, b)`, deferred where it can be: its reader may split it into dense
    /// pieces ([`GpuBackend::split_linear`]); any other reader runs it whole.
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
        if let Some(b) = b.filter(|b| b.shape != [n_out]) {
            return Err(ModelError::Shape {
                op: "linear".into(),
                detail: format!("bias {:?} for {n_out} outputs", b.shape),
            });
        }
        if b.is_some() && m > self.gemv_max_rows.get() {
            // A GEMM's bias is a kernel of its own, into a new tensor: not deferred.
            let out = self.alloc(shape.clone(), Elem::F32)?;
            self.gemm_whole(x, w, &out)?;
            return self.finish_linear(out, shape, b, n_out);
        }
        let out = self.alloc(shape, Elem::F32)?;
        let pending = Pending::new(Deferred::Linear(PendingLinear {
            x: x.clone(),
            w: w.clone(),
            b: b.cloned(),
            out: out.clone(),
        }));
        Ok(GpuTensor {
            pending: Some(pending),
            ..out
        })
    }

    /// A cuBLAS GEMM's operands for `x · wᵀ`: the weights (dense f32, or their bf16 copy),
    /// the activations (ready, or rounded to bf16 as they enter) and how it computes.
    fn gemm_operands(&self, x: &GpuTensor, w: &GpuTensor) -> MResult<(GpuTensor, GpuTensor, Gemm)> {
        Ok(match self.weights.get() {
            Weights::F32 => {
                self.ready(x)?;
                (self.dense(w)?, x.clone(), Gemm::F32)
            }
            // bf16 weights and activations, f32 accumulation.
            Weights::Bf16 => (self.bf16_weight(w)?, self.bf16_activations(x)?, Gemm::Bf16),
        })
    }

    /// `x · wᵀ` into `out` (row-major, f32) on cuBLAS.
    fn gemm_whole(&self, x: &GpuTensor, w: &GpuTensor, out: &GpuTensor) -> MResult<()> {
        let [n_out, k_in] = w.shape[..] else {
            return Err(dev("gemm of a non-matrix"));
        };
        let (wa, xa, kind) = self.gemm_operands(x, w)?;
        self.gemm(&wa, &xa, xa.stride, x.rows(), n_out, k_in, out, kind)
    }

    /// Runs deferred linear `p` whole into its own result (row-major).
    pub(super) fn linear_into(&self, p: &PendingLinear) -> MResult<()> {
        let out = &p.out;
        if out.rows() <= self.gemv_max_rows.get()
            && self.gemv_into(&p.x, &p.w, p.b.as_ref(), None, out, &[out.cols()], None)?
        {
            return Ok(());
        }
        self.gemm_whole(&p.x, &p.w, out)?;
        match &p.b {
            // The bias added in place.
            Some(b) => self.binary_into(BinaryFn::Add, out, b, out),
            None => Ok(()),
        }
    }

    /// Runs deferred pieces `p` (one GEMV launch), with the convolution step that joined
    /// it, if one did.
    pub(super) fn pieces_into(&self, p: &PendingPieces) -> MResult<()> {
        let conv = p.conv.borrow();
        if self.gemv_into(
            &p.x,
            &p.w,
            p.b.as_ref(),
            None,
            &p.block,
            &p.sizes,
            conv.as_ref(),
        )? {
            Ok(())
        } else {
            Err(dev(
                "a split linear layer no longer fits the GEMV kernel it was planned for",
            ))
        }
    }

    /// `x`, a deferred linear layer, split along its outputs into `sizes`, each piece
    /// written dense (no gather for a reader that needs it so): by the GEMV kernel in one
    /// launch (where a conv step may join it, [`GpuBackend::set_conv_join`], left until a
    /// piece is read, [`Deferred::Pieces`], so that a convolution step of the first piece may
    /// join it), or by one cuBLAS GEMM per piece (a block of the weight's rows) where every
    /// piece is at least [`PIECE_GEMM_MIN_COLS`] wide. `None` where
    /// neither applies (the caller runs it whole and takes views).
    pub(super) fn split_linear(
        &self,
        x: &GpuTensor,
        sizes: &[usize],
    ) -> MResult<Option<Vec<GpuTensor>>> {
        let Some(Deferred::Linear(p)) = x.owed() else {
            return Ok(None);
        };
        if x.offset != 0 || sizes.len() < 2 {
            return Ok(None);
        }
        let m = x.rows();
        let k_in = p.w.shape[1];
        // The pieces one after the other, in a block of their own.
        let block = self.alloc(x.shape.clone(), Elem::F32)?;
        let mut pending = None;
        let join = match self.conv_join.get() {
            ConvJoin::Auto => !self.gemv_on_tensor_cores(m, k_in),
            ConvJoin::On => true,
            ConvJoin::Off => false,
        };
        if m <= self.gemv_max_rows.get() && !join {
            if !self.gemv_into(&p.x, &p.w, p.b.as_ref(), None, &block, sizes, None)? {
                return Ok(None);
            }
        } else if m <= self.gemv_max_rows.get() {
            if self.gemv_weights(&p.x, &p.w, sizes)?.is_none() {
                return Ok(None);
            }
            // Launched when a piece is read (a convolution step may join it first).
            pending = Some(Pending::new(Deferred::Pieces(Box::new(PendingPieces {
                x: p.x.clone(),
                w: p.w.clone(),
                b: p.b.clone(),
                block: block.clone(),
                sizes: sizes.to_vec(),
                conv: RefCell::new(None),
            }))));
        } else {
            if p.b.is_some() || sizes.iter().any(|&s| s < PIECE_GEMM_MIN_COLS) {
                return Ok(None);
            }
            let (wa, xa, kind) = self.gemm_operands(&p.x, &p.w)?;
            let mut start = 0;
            for &s in sizes {
                let wp = GpuTensor {
                    offset: wa.offset + start * k_in,
                    shape: vec![s, k_in],
                    ..wa.clone()
                };
                let op = GpuTensor {
                    offset: start * m,
                    ..block.clone()
                };
                self.gemm(&wp, &xa, xa.stride, m, s, k_in, &op, kind)?;
                start += s;
            }
        }
        let mut start = 0;
        Ok(Some(
            sizes
                .iter()
                .map(|&s| {
                    let mut shape = x.shape.clone();
                    *shape.last_mut().expect("axis exists") = s;
                    let t = GpuTensor {
                        offset: start * m,
                        shape,
                        stride: s,
                        pending: pending.clone(),
                        ..block.clone()
                    };
                    start += s;
                    t
                })
                .collect(),
        ))
    }

    /// The last position of `t` (`[batch, seq, features]`) as `[batch, 1, features]`: where
    /// `t` is a linear layer not run yet (a prefill's logits), the layer run on the last
    /// position's inputs only; else `t` itself.
    pub(super) fn last_position(&self, t: &GpuTensor) -> MResult<GpuTensor> {
        let Some(Deferred::Linear(p)) = t.owed() else {
            return Ok(t.clone());
        };
        let [b, l, k] = p.x.shape[..] else {
            return Ok(t.clone());
        };
        if t.offset != 0 || l <= 1 {
            return Ok(t.clone());
        }
        let s = p.x.strides();
        let x = GpuTensor {
            offset: p.x.offset + (l - 1) * s[1],
            shape: vec![b, 1, k],
            stride: s[0],
            ..p.x.clone()
        };
        self.linear_layer(&x, &p.w, p.b.as_ref())
    }

    /// Positions `at` of `t` (`[1, seq, features]`) as `[at.len(), 1, features]`: where `t`
    /// is a linear layer not run yet (the logits of packed prompts), the layer run on those
    /// positions' inputs only.
    pub(super) fn positions(&self, t: &GpuTensor, at: &[usize]) -> MResult<GpuTensor> {
        let pick = |x: &GpuTensor| -> MResult<GpuTensor> {
            let [1, l, f] = x.shape[..] else {
                return Err(ModelError::Shape {
                    op: "logits".into(),
                    detail: format!("expected [1, seq, features], got {:?}", x.shape),
                });
            };
            if let Some(&p) = at.iter().find(|&&p| p >= l) {
                return Err(ModelError::Shape {
                    op: "logits".into(),
                    detail: format!("position {p} of a sequence of {l}"),
                });
            }
            self.ready(x)?;
            let out = self.alloc(vec![at.len(), 1, f], x.dtype)?;
            let (row, step) = (f * x.dtype.bytes(), x.strides()[1] * x.dtype.bytes());
            for (k, &p) in at.iter().enumerate() {
                self.copy_bytes(
                    out.ptr() + (k * row) as u64,
                    x.ptr() + (p * step) as u64,
                    row,
                )?;
            }
            Ok(out)
        };
        match t.owed() {
            Some(Deferred::Linear(p)) if t.offset == 0 => {
                let x = pick(&p.x)?;
                self.linear_layer(&x, &p.w, p.b.as_ref())
            }
            _ => pick(t),
        }
    }

    /// Copies `bytes` bytes from device address `src` to `dst`, in stream order.
    pub(super) fn copy_bytes(&self, dst: u64, src: u64, bytes: usize) -> MResult<()> {
        // SAFETY: the callers pass addresses inside live blocks with `bytes` bytes from each
        // (a dense part into its place in a larger block, or one row of a tensor into one row
        // of another); the copy runs on the stream that wrote the source.
        unsafe {
            cudarc::driver::result::memcpy_dtod_async(dst, src, bytes, self.gpu.stream.cu_stream())
        }
        .map_err(dev)
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
        if m <= self.gemv_max_rows.get()
            && x.cols() == w.shape[1]
            && add.shape == shape
            && add.dtype == Elem::F32
        {
            let out = self.alloc(shape.clone(), Elem::F32)?;
            if self.gemv_into(x, w, b, Some(add), &out, &[w.shape[0]], None)? {
                return Ok(out);
            }
        }
        let [n_out, k_in] = w.shape[..] else {
            return Err(ModelError::Shape {
                op: "linear".into(),
                detail: format!("weight {:?}, expected [out, in]", w.shape),
            });
        };
        // On cuBLAS, the residual is added by the GEMM as it writes (no add kernel reading
        // the product back) where it is a dense f32 matrix of the result's shape.
        if b.is_none()
            && m > self.gemv_max_rows.get()
            && x.cols() == k_in
            && add.shape == shape
            && add.dtype == Elem::F32
            && add.stride == n_out
        {
            self.ready(add)?;
            let out = self.alloc(shape.clone(), Elem::F32)?;
            let (wa, xa, kind) = self.gemm_operands(x, w)?;
            if self.gemm_add(&wa, &xa, xa.stride, (m, n_out, k_in), add, &out, kind)? {
                return Ok(out);
            }
        }
        let y = self.linear(x, w, b)?;
        self.ready(&y)?;
        self.ready(add)?;
        self.binary(BinaryFn::Add, Operand::Tensor(add), Operand::Tensor(&y))
    }
}
