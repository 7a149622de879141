//! Launching the compiled layer kernels: arguments bound by parameter name and checked
//! against the manifest, and the layer operations built on them (gathers, layout changes,
//! bf16 conversions, elementwise maps, the greedy pick, the causal convolution).

use super::*;

/// A layer kernel argument (bound by its parameter's name; see [`GpuBackend::launch`]).
#[derive(Debug, Clone, Copy)]
pub(super) enum LArg {
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

/// Converted copies of weights, by the source's address, shape and row stride; the source is
/// kept with its copy, so its memory cannot be reused by another tensor while cached.
pub(super) type WeightCache = RefCell<HashMap<(u64, Vec<usize>, usize), (GpuTensor, GpuTensor)>>;

impl GpuBackend {
    /// Launches layer kernel `name` over `threads_total` threads with `args` by parameter
    /// name, checked against the kernel's parameters in the manifest (names, order, kinds).
    pub(super) fn launch(
        &self,
        name: &str,
        threads_total: usize,
        args: &[(&str, LArg)],
    ) -> MResult<()> {
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
        let mut values: Vec<LArg> = args.iter().map(|&(_, a)| a).collect();
        let mut params: Vec<*mut std::ffi::c_void> = values
            .iter_mut()
            .map(|a| match a {
                LArg::Ptr(p) => (p as *mut u64).cast(),
                LArg::I64(i) => (i as *mut i64).cast(),
                LArg::F32(x) => (x as *mut f32).cast(),
            })
            .collect();
        let stream = &self.gpu.stream;
        // SAFETY: the arguments follow the kernel's signature in `emit::layers` (pointers to
        // live pooled blocks of the sizes the kernel indexes, i64 sizes, f32 scalars), and
        // every kernel guards its index against the element count it is given; launched
        // dependent only where the layer kernels open with the wait for their predecessor.
        unsafe {
            crate::device::launch_kernel(
                stream,
                f,
                blocks as u32,
                LAYER_THREADS,
                0,
                &mut params,
                self.gpu
                    .launch_dependent(self.layers_dependent, blocks as u64),
            )
        }
        .map_err(dev)?;
        Ok(())
    }

    /// A copy of `t`'s elements addressed as `shape` with element `strides` (relative to
    /// `t`'s first element), contiguous.
    pub(super) fn gather(
        &self,
        t: &GpuTensor,
        shape: &[usize],
        strides: &[usize],
    ) -> MResult<GpuTensor> {
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
    pub(super) fn dense(&self, t: &GpuTensor) -> MResult<GpuTensor> {
        if t.contiguous() {
            return Ok(t.clone());
        }
        self.gather(t, &t.shape, &t.strides())
    }

    /// `parts` (of element type `dtype`) copied end to end, dense, into a new tensor of
    /// `shape`.
    pub(super) fn joined(
        &self,
        parts: &[GpuTensor],
        shape: Vec<usize>,
        dtype: Elem,
    ) -> MResult<GpuTensor> {
        let out = self.alloc(shape, dtype)?;
        let mut at = out.ptr();
        for p in parts {
            self.ready(p)?;
            let p = self.dense(p)?;
            let bytes = p.len() * dtype.bytes();
            self.copy_bytes(at, p.ptr(), bytes)?;
            at += bytes as u64;
        }
        Ok(out)
    }

    /// `t`, whose dims are `from` (in order), as a contiguous tensor with dims `to`: a view
    /// where the memory order already matches, else a gather.
    pub(super) fn relayout(
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
    pub(super) fn bf16_weight(&self, w: &GpuTensor) -> MResult<GpuTensor> {
        self.converted(&self.bf16_of, w, |w| self.to_bf16(w))
    }

    /// `make(w)`, made once per weight and kept in `cache`.
    pub(super) fn converted(
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
    pub(super) fn argmax_into(&self, t: &GpuTensor, out: &GpuTensor) -> MResult<()> {
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
    pub(super) fn download_ids(&self, t: &GpuTensor) -> MResult<Vec<u32>> {
        let ids: Vec<i32> = self.copy_to_host(t, 0)?;
        Ok(ids.into_iter().map(|i| i as u32).collect())
    }

    /// The `len` elements of a dense tensor's block, copied back (`zero` fills the vector
    /// first), after the stream's work on it.
    pub(super) fn copy_to_host<T: Copy>(&self, t: &GpuTensor, zero: T) -> MResult<Vec<T>> {
        let mut out = vec![zero; t.len()];
        // SAFETY: the block holds `len` elements of `T` from `ptr` (a dense tensor of that
        // element type); the stream is synchronised before `out` is read.
        unsafe {
            cudarc::driver::result::memcpy_dtoh_async(
                &mut out,
                t.ptr(),
                self.gpu.stream.cu_stream(),
            )
        }
        .map_err(dev)?;
        self.gpu.stream.synchronize().map_err(dev)?;
        Ok(out)
    }

    /// `x` (f32) in bf16, rounded to nearest even: four elements a thread where `x` is
    /// contiguous, 16-byte aligned and a multiple of four long, else one.
    pub(super) fn to_bf16(&self, x: &GpuTensor) -> MResult<GpuTensor> {
        let n = x.len();
        if !(x.contiguous() && x.ptr() % 16 == 0 && n % 4 == 0) {
            return self.map("lr_to_bf16", x, Elem::Bf16);
        }
        self.ready(x)?;
        let y = self.alloc(x.shape.clone(), Elem::Bf16)?;
        self.launch(
            "lr_to_bf16_v4",
            n / 4,
            &[
                ("x", LArg::Ptr(x.ptr())),
                ("out", LArg::Ptr(y.ptr())),
                ("n4", LArg::I64((n / 4) as i64)),
            ],
        )?;
        Ok(y)
    }

    /// A map kernel of `emit::layers` (`out[i] = f(x[i])`, strided `x`) into a new tensor.
    pub(super) fn map(&self, kernel: &str, x: &GpuTensor, out: Elem) -> MResult<GpuTensor> {
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

    /// `out = f(x, y)` elementwise (`y` broadcast; `out` may be `x` itself).
    pub(super) fn binary_into(
        &self,
        f: BinaryFn,
        x: &GpuTensor,
        y: &GpuTensor,
        out: &GpuTensor,
    ) -> MResult<()> {
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
        )
    }

    pub(super) fn scalar(&self, v: f32) -> MResult<GpuTensor> {
        if let Some(t) = self.scalars.borrow().get(&v.to_bits()) {
            return Ok(t.clone());
        }
        let t = self.upload_f32(&[v], vec![])?;
        self.scalars.borrow_mut().insert(v.to_bits(), t.clone());
        Ok(t)
    }

    /// Runs `t`'s deferred operation if it has one not run yet.
    pub(super) fn ready(&self, t: &GpuTensor) -> MResult<()> {
        match t.owed() {
            None => return Ok(()),
            Some(Deferred::Norm(n)) => self.norm_into(n, n.out.ptr, false)?,
            Some(Deferred::Linear(l)) => self.linear_into(l)?,
            Some(Deferred::Pieces(p)) => self.pieces_into(p)?,
        }
        if let Some(p) = &t.pending {
            p.done.set(true);
        }
        Ok(())
    }

    /// Deferred norm `p` computed into `out` (dense rows), in f32 or as bf16 bits.
    fn norm_into(&self, p: &PendingNorm, out: u64, bf16: bool) -> MResult<()> {
        let rows = p.x.rows();
        let vectors = p.x.cols() % 4 == 0
            && p.x.stride % 4 == 0
            && p.x.ptr() % 16 == 0
            && p.w.ptr() % 16 == 0
            && out % 16 == 0;
        self.launch(
            layers::rmsnorm_name(bf16, vectors),
            rows * NORM_LANES as usize,
            &[
                ("x", LArg::Ptr(p.x.ptr())),
                ("x_stride", LArg::I64(p.x.stride as i64)),
                ("w", LArg::Ptr(p.w.ptr())),
                ("out", LArg::Ptr(out)),
                ("rows", LArg::I64(rows as i64)),
                ("dim", LArg::I64(p.x.cols() as i64)),
                ("eps", LArg::F32(p.eps)),
            ],
        )
    }

    /// `x` in bf16 for a bf16 GEMM: a deferred norm computed straight into bf16 (its f32
    /// values are then never written unless something else reads them), else `x` converted.
    pub(super) fn bf16_activations(&self, x: &GpuTensor) -> MResult<GpuTensor> {
        if let Some(p) = Self::fusable_norm(x) {
            let y = self.alloc(x.shape.clone(), Elem::Bf16)?;
            self.norm_into(p, y.ptr(), true)?;
            return Ok(y);
        }
        if let Some(r) = x.rounded() {
            return Ok(r.clone());
        }
        self.ready(x)?;
        self.to_bf16(x)
    }

    /// A deferred norm `x` is, when a GEMV can compute it on the fly: its source, weights and
    /// epsilon.
    pub(super) fn fusable_norm(x: &GpuTensor) -> Option<&PendingNorm> {
        match x.owed() {
            Some(Deferred::Norm(p)) if x.offset == 0 && x.shape == p.x.shape => Some(p),
            _ => None,
        }
    }

    pub(super) fn causal_conv(
        &self,
        x: &GpuTensor,
        w: &GpuTensor,
        b: Option<&GpuTensor>,
        prev: Option<&GpuTensor>,
        keep: bool,
        act: Option<UnaryFn>,
    ) -> MResult<(GpuTensor, Option<GpuTensor>)> {
        f32_only(x, "conv1d_causal")?;
        if let Some(joined) = self.conv_in_gemv(x, w, b, prev, keep, act)? {
            return Ok(joined);
        }
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
        let mut out = self.alloc(x.shape.clone(), Elem::F32)?;
        // With bf16 GEMMs, a prefill's convolution also writes its output in bf16 for the
        // GEMM that reads it (the x-projection of a Mamba block); decoding's GEMVs read f32.
        let fused = act == Some(UnaryFn::Silu);
        let rounded = (self.weights.get() == Weights::Bf16 && l > 1 && (fused || act.is_none()))
            .then(|| self.alloc(x.shape.clone(), Elem::Bf16))
            .transpose()?;
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
                    "out_bf16",
                    LArg::Ptr(rounded.as_ref().map_or(null, GpuTensor::ptr)),
                ),
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
        out.rounded = rounded.map(Rc::new);
        let out = match act {
            Some(f) if !fused => self.unary(f, &out)?,
            _ => out,
        };
        Ok((out, kept))
    }

    /// A decoding step (`len = 1`, the window carried and kept) of the convolution of `x`,
    /// where `x` is the first piece of a split linear layer not launched yet ([`Deferred::
    /// Pieces`]): joined to that GEMV, which computes it as it stores the piece
    /// ([`ConvStep`]), so the step has no launch of its own. The output and the window come
    /// back owing that launch. `None` where it does not apply (then the convolution kernel
    /// runs).
    fn conv_in_gemv(
        &self,
        x: &GpuTensor,
        w: &GpuTensor,
        b: Option<&GpuTensor>,
        prev: Option<&GpuTensor>,
        keep: bool,
        act: Option<UnaryFn>,
    ) -> MResult<Option<(GpuTensor, Option<GpuTensor>)>> {
        let (Some(Deferred::Pieces(p)), [bsz, 1, c], [wc, 1, k], Some(prev)) =
            (x.owed(), &x.shape[..], &w.shape[..], prev)
        else {
            return Ok(None);
        };
        let silu = match act {
            None => false,
            Some(UnaryFn::Silu) => true,
            Some(_) => return Ok(None),
        };
        let fits = keep
            && x.offset == p.block.offset
            && p.sizes.first() == Some(c)
            && wc == c
            && *k >= 2
            && prev.shape == [*bsz, k - 1, *c]
            && prev.contiguous()
            && prev.dtype == Elem::F32
            && b.is_none_or(|b| b.shape == [*c])
            && p.conv.borrow().is_none();
        if !fits {
            return Ok(None);
        }
        let out = self.alloc(vec![*bsz, 1, *c], Elem::F32)?;
        *p.conv.borrow_mut() = Some(ConvStep {
            w: self.dense(w)?,
            b: b.map(|b| self.dense(b)).transpose()?,
            window: prev.clone(),
            out: out.clone(),
            silu,
        });
        let owed = x.pending.clone();
        Ok(Some((
            GpuTensor {
                pending: owed.clone(),
                ..out
            },
            Some(GpuTensor {
                pending: owed,
                ..prev.clone()
            }),
        )))
    }
}
