//! The model executor's [`Backend`] on the GPU: each layer operation of the trait, the
//! larger ones delegated to the files of their kind.

use super::*;

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
        let pending = Pending::new(Deferred::Norm(PendingNorm {
            x: x.clone(),
            w: self.dense(w)?,
            eps: eps as f32,
            out: out.block.clone(),
        }));
        let out = GpuTensor {
            pending: Some(pending),
            ..out
        };
        // Decoding: left to the GEMV that reads it (one launch fewer per norm). With bf16
        // GEMMs, left to the GEMM that reads it, which has it written in bf16 alone (whatever
        // else reads it computes it first).
        if x.rows() > self.gemv_max_rows.get() && self.weights.get() != Weights::Bf16 {
            self.ready(&out)?;
        }
        Ok(out)
    }

    fn linear(&self, x: &GpuTensor, w: &GpuTensor, b: Option<&GpuTensor>) -> MResult<GpuTensor> {
        self.linear_layer(x, w, b)
    }

    fn linear_add(
        &self,
        x: &GpuTensor,
        w: &GpuTensor,
        b: Option<&GpuTensor>,
        add: &GpuTensor,
    ) -> MResult<GpuTensor> {
        self.linear_residual(x, w, b, add)
    }

    fn argmax_last(&self, t: &GpuTensor) -> MResult<Option<Vec<u32>>> {
        let [b, l, _] = t.shape[..] else {
            return Ok(None);
        };
        if t.dtype != Elem::F32 || l == 0 {
            return Ok(None);
        }
        let t = self.last_position(t)?;
        let out = self.alloc(vec![b], Elem::I32)?;
        self.argmax_into(&t, &out)?;
        self.download_ids(&out).map(Some)
    }

    fn split(&self, x: &GpuTensor, sizes: &[usize], dim: i64) -> MResult<Vec<GpuTensor>> {
        let f = linrec_model::split_axis(&x.shape, sizes, dim)?;
        debug_assert_eq!(f, x.cols());
        // A linear layer not run yet writes its pieces dense.
        if let Some(pieces) = self.split_linear(x, sizes)? {
            return Ok(pieces);
        }
        self.ready(x)?;
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
        let shape = linrec_model::broadcast(f.name(), &x.shape, &y.shape)?;
        let out = self.alloc(shape, Elem::F32)?;
        self.binary_into(f, &x, &y, &out)?;
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
        self.causal_conv(x, w, b, prev, keep, act)
    }

    fn recurrence(
        &self,
        d: &Derived,
        sizes: &Sizes,
        inputs: Vec<Option<GpuTensor>>,
        step: bool,
    ) -> MResult<Vec<GpuTensor>> {
        self.run_recurrence(d, sizes, inputs, step)
    }

    fn concat(&self, parts: &[GpuTensor], dim: usize) -> MResult<GpuTensor> {
        let shapes: Vec<Vec<usize>> = parts.iter().map(|p| p.shape.clone()).collect();
        let shape = linrec_model::concat_shape(&shapes, dim)?;
        let dtype = parts[0].dtype;
        if let Some(other) = parts.iter().find(|p| p.dtype != dtype) {
            return Err(ModelError::Shape {
                op: "concat".into(),
                detail: format!(
                    "{dtype:?} beside {:?}: the parts must share a dtype",
                    other.dtype
                ),
            });
        }
        // Dense parts whose dims before `dim` are all 1 join end to end.
        if shape[..dim].iter().any(|&n| n != 1) {
            return Err(ModelError::Unsupported(format!(
                "joining {shape:?} along dim {dim} on the GPU (the dims before it must be 1)"
            )));
        }
        // Parts that each carry a bf16 copy (packed prompts' convolutions, which a bf16 GEMM
        // reads next): their copies are joined too, so the joined tensor keeps one.
        let rounded: Option<Vec<GpuTensor>> = parts.iter().map(|p| p.rounded().cloned()).collect();
        let mut out = self.joined(parts, shape.clone(), dtype)?;
        if let Some(rounded) = rounded {
            out.rounded = Some(Rc::new(self.joined(&rounded, shape, Elem::Bf16)?));
        }
        Ok(out)
    }

    fn narrow(&self, t: &GpuTensor, dim: usize, start: usize, len: usize) -> MResult<GpuTensor> {
        let shape = linrec_model::narrow_shape(&t.shape, dim, start, len)?;
        let last = t.shape.len() - 1;
        // A view: positions along a dim before the last, whose dims before it are all 1.
        if dim == last || t.shape[..dim].iter().any(|&n| n != 1) {
            return Err(ModelError::Unsupported(format!(
                "positions {start}..{} of dim {dim} of {:?} on the GPU (a dim before the last, \
                 after dims of 1)",
                start + len,
                t.shape
            )));
        }
        self.ready(t)?;
        Ok(GpuTensor {
            offset: t.offset + start * t.strides()[dim],
            shape,
            ..t.clone()
        })
    }

    fn rows_at(&self, t: &GpuTensor, at: &[usize]) -> MResult<HostTensor> {
        let t = self.positions(t, at)?;
        let mut h = self.to_host(&t)?;
        h.shape = vec![at.len(), t.cols()];
        Ok(h)
    }

    fn to_host(&self, t: &GpuTensor) -> MResult<HostTensor> {
        self.ready(t)?;
        f32_only(t, "download")?;
        let t = self.dense(t)?;
        let data: Vec<f32> = self.copy_to_host(&t, 0.0)?;
        Ok(HostTensor::new(t.shape.clone(), data))
    }

    fn last_rows(&self, t: &GpuTensor) -> MResult<HostTensor> {
        let t = &self.last_position(t)?;
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
        self.capture_decode(f, greedy)
    }

    fn graph_note(&self) -> Option<String> {
        self.graph_note.borrow().clone()
    }

    fn replay(&self, ids: &[Vec<u32>]) -> MResult<Option<Vec<u32>>> {
        self.replay_decode(ids)
    }
}
