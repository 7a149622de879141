//! The GPU backend's tensor: a pooled block, an offset, a shape and a row stride (a piece of
//! a split shares its parent's block), and an RMS norm or linear layer it may still owe.

use super::*;

/// A device tensor of the GPU backend: a block, an offset, a shape and the stride between
/// rows of its last dim (a piece of a split shares its parent's block).
#[derive(Debug, Clone)]
pub struct GpuTensor {
    pub(super) block: Rc<Block>,
    /// In elements.
    pub(super) offset: usize,
    pub shape: Vec<usize>,
    /// Elements between consecutive rows (of the last dim).
    pub(super) stride: usize,
    pub dtype: Elem,
    /// An operation not run yet, whose reader may fuse it ([`Pending`]); any other reader
    /// runs it first ([`GpuBackend::ready`]).
    pub(super) pending: Option<Rc<Pending>>,
    /// The same values rounded to bf16, written beside them by the kernel that wrote these
    /// (a causal convolution whose output a bf16 GEMM reads): see [`GpuTensor::rounded`].
    /// Tensors are never written again after their kernel, so the copy stays true.
    pub(super) rounded: Option<Rc<GpuTensor>>,
}

/// An operation whose result is left for its reader to fuse, and whether it has run.
#[derive(Debug)]
pub(super) struct Pending {
    pub(super) op: Deferred,
    pub(super) done: Cell<bool>,
}

impl Pending {
    pub(super) fn new(op: Deferred) -> Rc<Pending> {
        Rc::new(Pending {
            op,
            done: Cell::new(false),
        })
    }
}

/// What a [`Pending`] owes.
#[derive(Debug)]
pub(super) enum Deferred {
    /// Read by a GEMV, the norm is computed on the fly (decoding); by a bf16 GEMM, written
    /// in bf16 only.
    Norm(PendingNorm),
    /// Split along its outputs, a linear layer writes each piece dense
    /// ([`GpuBackend::split`]), so that no piece needs a gather.
    Linear(PendingLinear),
    /// A linear layer split into dense pieces by the GEMV kernel (decoding), not launched
    /// yet, so that a convolution step reading its first piece can ride along
    /// ([`PendingPieces::conv`]).
    Pieces(Box<PendingPieces>),
}

/// `linear(x, w, b)` split along its outputs into `sizes`, each piece dense in `block`, by
/// one GEMV launch, deferred.
#[derive(Debug)]
pub(super) struct PendingPieces {
    pub(super) x: GpuTensor,
    pub(super) w: GpuTensor,
    pub(super) b: Option<GpuTensor>,
    pub(super) block: GpuTensor,
    pub(super) sizes: Vec<usize>,
    /// A decoding step of a causal convolution of the first piece, computed by the GEMV as
    /// it stores that piece.
    pub(super) conv: RefCell<Option<ConvStep>>,
}

/// A causal depthwise convolution's decoding step (`len = 1`) done inside a GEMV that
/// writes its input: weights `[ch, 1, k]` (dense), bias, the carried window `[batch, k − 1,
/// ch]` (updated in place), the output `[batch, 1, ch]`, and whether silu is applied.
#[derive(Debug)]
pub(super) struct ConvStep {
    pub(super) w: GpuTensor,
    pub(super) b: Option<GpuTensor>,
    pub(super) window: GpuTensor,
    pub(super) out: GpuTensor,
    pub(super) silu: bool,
}

impl ConvStep {
    /// The GEMV kernels' convolution arguments (null weights: none).
    pub(super) fn args(step: Option<&ConvStep>) -> [(&'static str, LArg); 6] {
        let ptr = |t: Option<&GpuTensor>| LArg::Ptr(t.map_or(0, GpuTensor::ptr));
        [
            ("conv_w", ptr(step.map(|c| &c.w))),
            ("conv_b", ptr(step.and_then(|c| c.b.as_ref()))),
            ("conv_win", ptr(step.map(|c| &c.window))),
            ("conv_out", ptr(step.map(|c| &c.out))),
            (
                "conv_k",
                LArg::I64(step.map_or(0, |c| c.w.shape.last().copied().unwrap_or(0) as i64)),
            ),
            ("conv_act", LArg::I64(step.map_or(0, |c| i64::from(c.silu)))),
        ]
    }
}

/// `linear(x, w, b)` into `out` (row-major), deferred.
#[derive(Debug)]
pub(super) struct PendingLinear {
    pub(super) x: GpuTensor,
    pub(super) w: GpuTensor,
    pub(super) b: Option<GpuTensor>,
    /// The layer's own result (owing nothing itself).
    pub(super) out: GpuTensor,
}

/// `rmsnorm(x, w, eps)` into `out`, deferred.
#[derive(Debug)]
pub(super) struct PendingNorm {
    pub(super) x: GpuTensor,
    pub(super) w: GpuTensor,
    pub(super) eps: f32,
    pub(super) out: Rc<Block>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elem {
    F32,
    Bf16,
    I32,
}

impl Elem {
    pub(super) fn bytes(self) -> usize {
        match self {
            Elem::Bf16 => 2,
            Elem::F32 | Elem::I32 => 4,
        }
    }
}

impl GpuTensor {
    /// Whether this tensor's operation has not been launched yet (left for a reader to fuse,
    /// or joined to another launch).
    pub fn deferred(&self) -> bool {
        self.owed().is_some()
    }

    /// The operation this tensor still owes, where it has one that has not run.
    pub(super) fn owed(&self) -> Option<&Deferred> {
        self.pending
            .as_deref()
            .filter(|p| !p.done.get())
            .map(|p| &p.op)
    }

    /// The bf16 copy of exactly this tensor, where its kernel wrote one: a view (another
    /// offset, shape or stride, made by struct update from the whole) has none.
    pub(super) fn rounded(&self) -> Option<&GpuTensor> {
        self.rounded.as_deref().filter(|r| {
            self.offset == 0 && self.contiguous() && r.shape == self.shape && r.offset == 0
        })
    }

    pub(super) fn ptr(&self) -> u64 {
        self.block.ptr + (self.offset * self.dtype.bytes()) as u64
    }

    pub(super) fn cols(&self) -> usize {
        self.shape.last().copied().unwrap_or(1)
    }

    pub(super) fn len(&self) -> usize {
        self.shape.iter().product()
    }

    pub(super) fn rows(&self) -> usize {
        self.len().checked_div(self.cols()).unwrap_or(0)
    }

    pub(super) fn contiguous(&self) -> bool {
        self.stride == self.cols() || self.rows() <= 1
    }

    /// Element strides of every dim.
    pub(super) fn strides(&self) -> Vec<usize> {
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
    pub(super) fn as_device(&self, what: &str) -> MResult<DeviceTensor> {
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

pub(super) fn f32_only(t: &GpuTensor, what: &str) -> MResult<()> {
    if t.dtype == Elem::F32 {
        Ok(())
    } else {
        Err(ModelError::Shape {
            op: what.into(),
            detail: format!("expected an f32 tensor, got {:?}", t.dtype),
        })
    }
}
