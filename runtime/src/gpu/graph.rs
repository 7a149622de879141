//! Decoding as a CUDA graph: one step captured once, then replayed with new token ids
//! (greedy picks fed back on the device).

use super::*;

pub(super) struct Captured {
    pub(super) graph: CudaGraph,
    pub(super) ids: GpuTensor,
    /// Whether the graph writes its picks into `ids` (greedy decoding), and the ids that
    /// buffer holds now when known.
    pub(super) greedy: bool,
    pub(super) fed: RefCell<Option<Vec<u32>>>,
}

impl GpuBackend {
    pub(super) fn capture_decode(
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
                // The step's output is computed inside the graph, not left to its reader.
                self.ready(&t)?;
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

    pub(super) fn replay_decode(&self, ids: &[Vec<u32>]) -> MResult<Option<Vec<u32>>> {
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
