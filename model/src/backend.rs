//! What an executor needs from a device: tensors and the layer operations on them. The CPU
//! backend ([`crate::Cpu`]) is the reference; the GPU backend lives in the runtime crate.

use linrec_compiler::interp::Sizes;

use crate::ModelError;

use linrec_compiler::derive::Derived;
use linrec_compiler::ir::{BinaryFn, UnaryFn};

use crate::value::Value;
use crate::{HostTensor, Result};

/// What an executor needs from a device: tensors and the layer operations on them. The CPU
/// backend ([`Cpu`]) is the reference; the GPU backend lives in the runtime crate.
pub trait Backend {
    /// A tensor handle, cheap to clone (shared storage).
    type Tensor: Clone + std::fmt::Debug;

    fn shape(t: &Self::Tensor) -> Vec<usize>;
    /// A checkpoint parameter, moved to the device.
    fn param(&self, t: HostTensor) -> Result<Self::Tensor>;
    /// Token ids `[batch, seq]`.
    fn ids(&self, ids: &[Vec<u32>]) -> Result<Self::Tensor>;
    fn embedding(&self, table: &Self::Tensor, ids: &Self::Tensor) -> Result<Self::Tensor>;
    fn rmsnorm(&self, x: &Self::Tensor, w: &Self::Tensor, eps: f64) -> Result<Self::Tensor>;
    fn linear(
        &self,
        x: &Self::Tensor,
        w: &Self::Tensor,
        b: Option<&Self::Tensor>,
    ) -> Result<Self::Tensor>;
    /// `add + linear(x, w, b)` (a residual connection): one fused operation where the
    /// backend has one.
    fn linear_add(
        &self,
        x: &Self::Tensor,
        w: &Self::Tensor,
        b: Option<&Self::Tensor>,
        add: &Self::Tensor,
    ) -> Result<Self::Tensor> {
        let y = self.linear(x, w, b)?;
        self.binary(BinaryFn::Add, Operand::Tensor(add), Operand::Tensor(&y))
    }
    fn split(&self, x: &Self::Tensor, sizes: &[usize], dim: i64) -> Result<Vec<Self::Tensor>>;
    fn unary(&self, f: UnaryFn, x: &Self::Tensor) -> Result<Self::Tensor>;
    fn binary(
        &self,
        op: BinaryFn,
        a: Operand<'_, Self::Tensor>,
        b: Operand<'_, Self::Tensor>,
    ) -> Result<Self::Tensor>;
    /// Causal depthwise convolution of `x [B, L, C]` continuing from `prev [B, K − 1, C]`
    /// (the inputs before position 0; zeros when absent), `act` applied to the result.
    /// Returns the output and, when `keep`, the new window (the last K − 1 inputs; it may
    /// reuse `prev`'s storage).
    #[allow(clippy::too_many_arguments)]
    fn conv1d_causal(
        &self,
        x: &Self::Tensor,
        w: &Self::Tensor,
        b: Option<&Self::Tensor>,
        prev: Option<&Self::Tensor>,
        keep: bool,
        act: Option<UnaryFn>,
    ) -> Result<(Self::Tensor, Option<Self::Tensor>)>;
    /// Runs recurrence `d`: `inputs` in declared order, each in model order (see the module
    /// docs); per-step outputs come back in model order, final ones in declared order.
    /// `step`: a single decoding step (L = 1) from the initial states given as inputs;
    /// the backend may update those states in place and return them as the final outputs.
    fn recurrence(
        &self,
        d: &Derived,
        sizes: &Sizes,
        inputs: Vec<Option<Self::Tensor>>,
        step: bool,
    ) -> Result<Vec<Self::Tensor>>;
    /// `parts` joined along `dim` ([`crate::concat_shape`]): the outputs and final states of
    /// packed prompts' segments.
    fn concat(&self, parts: &[Self::Tensor], dim: usize) -> Result<Self::Tensor>;
    /// Positions `start .. start + len` of `t` along `dim` ([`crate::narrow_shape`]): one
    /// prompt's segment of a packed sequence.
    fn narrow(
        &self,
        t: &Self::Tensor,
        dim: usize,
        start: usize,
        len: usize,
    ) -> Result<Self::Tensor>;
    fn to_host(&self, t: &Self::Tensor) -> Result<HostTensor>;
    /// The last position of `[batch, seq, features]` as `[batch, features]`, on the host.
    fn last_rows(&self, t: &Self::Tensor) -> Result<HostTensor> {
        let h = self.to_host(t)?;
        let [b, l, _] = h.shape[..] else {
            return Err(rows_shape("[batch, seq, vocab]", &h.shape));
        };
        if l == 0 {
            return Err(ModelError::Shape {
                op: "logits".into(),
                detail: "a sequence of no positions has no last one".into(),
            });
        }
        host_rows(&h, (0..b).map(|bi| bi * l + l - 1))
    }
    /// Positions `at` of `[1, seq, features]` as `[at.len(), features]`, on the host (the
    /// last positions of packed prompts).
    fn rows_at(&self, t: &Self::Tensor, at: &[usize]) -> Result<HostTensor> {
        let h = self.to_host(t)?;
        if !matches!(h.shape[..], [1, _, _]) {
            return Err(rows_shape("[1, seq, vocab]", &h.shape));
        }
        host_rows(&h, at.iter().copied())
    }
    /// The index of the largest value of the last position of each row of `[batch, seq,
    /// vocab]` (the first on ties), where the backend computes it itself (greedy decoding
    /// then copies one id per sequence instead of its logits).
    fn argmax_last(&self, t: &Self::Tensor) -> Result<Option<Vec<u32>>> {
        let _ = t;
        Ok(None)
    }
    /// Records one decoding step (`f`) as a replayable graph without running it; returns its
    /// output, or `None` where the backend has no graphs (the caller then runs eagerly).
    /// With `greedy`, the graph also picks each sequence's next token (as
    /// [`Backend::argmax_last`]) and feeds it to its own next replay.
    fn capture(
        &self,
        f: &mut dyn FnMut() -> Result<Self::Tensor>,
        greedy: bool,
    ) -> Result<Option<Self::Tensor>> {
        let _ = (f, greedy);
        Ok(None)
    }
    /// Why decoding ran without a graph after a capture was asked for, if it did.
    fn graph_note(&self) -> Option<String> {
        None
    }
    /// Runs the captured step on token ids (one per sequence); a greedy graph returns the
    /// tokens it picked.
    fn replay(&self, ids: &[Vec<u32>]) -> Result<Option<Vec<u32>>> {
        let _ = ids;
        Err(ModelError::Unsupported("graph replay".into()))
    }
}

/// Rows `rows` of `[batch, seq, features]` (counted across the batch) as `[rows, features]`.
fn host_rows(h: &HostTensor, rows: impl Iterator<Item = usize>) -> Result<HostTensor> {
    let (n, f) = (h.shape[0] * h.shape[1], h.shape[2]);
    let mut data = Vec::new();
    let mut count = 0;
    for r in rows {
        if r >= n {
            return Err(ModelError::Shape {
                op: "logits".into(),
                detail: format!("position {r} of a sequence of {n}"),
            });
        }
        data.extend_from_slice(&h.data[r * f..(r + 1) * f]);
        count += 1;
    }
    Ok(HostTensor::new(vec![count, f], data))
}

/// The error of logits not shaped as `expected`.
fn rows_shape(expected: &str, shape: &[usize]) -> ModelError {
    ModelError::Shape {
        op: "logits".into(),
        detail: format!("expected {expected}, got {shape:?}"),
    }
}

/// An operand of an elementwise binary operation.
#[derive(Debug, Clone, Copy)]
pub enum Operand<'a, T> {
    Tensor(&'a T),
    Scalar(f32),
}

/// A value as an operand of an elementwise operation.
pub(crate) fn operand<T: Clone>(v: &Value<T>) -> Result<Operand<'_, T>> {
    Ok(match v {
        Value::Tensor(t) => Operand::Tensor(t),
        other => Operand::Scalar(other.float("operand")? as f32),
    })
}
