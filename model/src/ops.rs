//! The layer operations of the CPU executor, in f32 on row-major tensors.

use crate::{ModelError, Result};
use linrec_compiler::interp::{Tensor, row_major_strides};
use linrec_compiler::ir::BinaryFn;
use linrec_compiler::ir::{Dim, Handle};

/// A dense row-major f32 tensor.
#[derive(Debug, Clone, PartialEq)]
pub struct HostTensor {
    pub shape: Vec<usize>,
    pub data: Vec<f32>,
}

impl HostTensor {
    pub fn new(shape: Vec<usize>, data: Vec<f32>) -> Self {
        debug_assert_eq!(shape.iter().product::<usize>().max(1), data.len().max(1));
        HostTensor { shape, data }
    }

    pub fn map(&self, f: impl Fn(f32) -> f32) -> HostTensor {
        HostTensor::new(
            self.shape.clone(),
            self.data.iter().map(|&x| f(x)).collect(),
        )
    }

    /// The interpreter tensor in declared dim order, from this value in `order`.
    pub(super) fn to_declared(&self, order: &[Handle<Dim>], declared: &[Handle<Dim>]) -> Tensor {
        let strides = row_major_strides(&self.shape);
        let shape: Vec<usize> = declared
            .iter()
            .map(|d| self.shape[order.iter().position(|x| x == d).expect("same dims")])
            .collect();
        let map: Vec<usize> = declared
            .iter()
            .map(|d| strides[order.iter().position(|x| x == d).expect("same dims")])
            .collect();
        let n: usize = shape.iter().product();
        let mut data = Vec::with_capacity(n);
        let mut idx = vec![0usize; shape.len()];
        for _ in 0..n {
            data.push(f64::from(
                self.data[idx.iter().zip(&map).map(|(i, s)| i * s).sum::<usize>()],
            ));
            for k in (0..shape.len()).rev() {
                idx[k] += 1;
                if idx[k] < shape[k] {
                    break;
                }
                idx[k] = 0;
            }
        }
        Tensor { shape, data }
    }

    /// This value in `order`, from an interpreter tensor in `declared` order.
    pub(super) fn from_declared(
        t: &Tensor,
        declared: &[Handle<Dim>],
        order: &[Handle<Dim>],
    ) -> HostTensor {
        let strides = row_major_strides(&t.shape);
        let shape: Vec<usize> = order
            .iter()
            .map(|d| t.shape[declared.iter().position(|x| x == d).expect("same dims")])
            .collect();
        let map: Vec<usize> = order
            .iter()
            .map(|d| strides[declared.iter().position(|x| x == d).expect("same dims")])
            .collect();
        let n: usize = shape.iter().product();
        let mut data = Vec::with_capacity(n);
        let mut idx = vec![0usize; shape.len()];
        for _ in 0..n {
            data.push(t.data[idx.iter().zip(&map).map(|(i, s)| i * s).sum::<usize>()] as f32);
            for k in (0..shape.len()).rev() {
                idx[k] += 1;
                if idx[k] < shape[k] {
                    break;
                }
                idx[k] = 0;
            }
        }
        HostTensor::new(shape, data)
    }
}

fn shape_err(op: &str, detail: String) -> ModelError {
    ModelError::Shape {
        op: op.into(),
        detail,
    }
}

/// The shape of an elementwise `a op b`, one rule for every backend: equal shapes, a
/// one-element operand, or one shape a suffix of the other (the smaller repeats, e.g.
/// `[B, L, D]` with `[D]`).
pub fn broadcast(op: &str, a: &[usize], b: &[usize]) -> Result<Vec<usize>> {
    let n = |s: &[usize]| s.iter().product::<usize>();
    let (big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if n(a) == 1 || n(b) == 1 || big.ends_with(small) {
        let big = if n(a) == 1 && n(b) != 1 { b } else { big };
        return Ok(big.to_vec());
    }
    Err(shape_err(
        op,
        format!(
            "shapes {a:?} and {b:?} do not broadcast (equal shapes, a scalar, or one a suffix of the other)"
        ),
    ))
}

/// The shape of tensors of `shapes` joined along `dim`, one rule for every backend: the
/// other dims must agree.
pub fn concat_shape(shapes: &[Vec<usize>], dim: usize) -> Result<Vec<usize>> {
    let Some(first) = shapes.first() else {
        return Err(shape_err("concat", "nothing to join".into()));
    };
    if dim >= first.len() {
        return Err(shape_err(
            "concat",
            format!("shape {first:?} has no dim {dim} to join along"),
        ));
    }
    let differs = |s: &Vec<usize>| {
        s.len() != first.len()
            || s.iter()
                .zip(first)
                .enumerate()
                .any(|(k, (a, b))| k != dim && a != b)
    };
    if let Some(other) = shapes.iter().find(|s| differs(s)) {
        return Err(shape_err(
            "concat",
            format!("shapes {first:?} and {other:?} differ past dim {dim}, the one joined along"),
        ));
    }
    let mut shape = first.clone();
    shape[dim] = shapes.iter().map(|s| s[dim]).sum();
    Ok(shape)
}

/// `parts` joined along `dim`.
pub fn concat(parts: &[&HostTensor], dim: usize) -> Result<HostTensor> {
    let shapes: Vec<Vec<usize>> = parts.iter().map(|p| p.shape.clone()).collect();
    let shape = concat_shape(&shapes, dim)?;
    let outer: usize = shape[..dim].iter().product();
    let mut data = Vec::with_capacity(shape.iter().product());
    for o in 0..outer {
        for p in parts {
            let chunk: usize = p.shape[dim..].iter().product();
            data.extend_from_slice(&p.data[o * chunk..(o + 1) * chunk]);
        }
    }
    Ok(HostTensor::new(shape, data))
}

/// Positions `start .. start + len` of `t` along `dim`, checked.
pub fn narrow_shape(shape: &[usize], dim: usize, start: usize, len: usize) -> Result<Vec<usize>> {
    match shape.get(dim) {
        Some(&n) if start.checked_add(len).is_some_and(|end| end <= n) => {
            let mut s = shape.to_vec();
            s[dim] = len;
            Ok(s)
        }
        _ => Err(shape_err(
            "narrow",
            format!(
                "positions {start}..{} of dim {dim} of shape {shape:?}",
                start.saturating_add(len)
            ),
        )),
    }
}

/// Positions `start .. start + len` of `t` along `dim`.
pub fn narrow(t: &HostTensor, dim: usize, start: usize, len: usize) -> Result<HostTensor> {
    let shape = narrow_shape(&t.shape, dim, start, len)?;
    let outer: usize = t.shape[..dim].iter().product();
    let inner: usize = t.shape[dim + 1..].iter().product();
    let mut data = Vec::with_capacity(outer * len * inner);
    for o in 0..outer {
        let base = (o * t.shape[dim] + start) * inner;
        data.extend_from_slice(&t.data[base..base + len * inner]);
    }
    Ok(HostTensor::new(shape, data))
}

/// Elementwise `a op b`, shapes as [`broadcast`] allows.
pub fn zip(op: BinaryFn, a: &HostTensor, b: &HostTensor) -> Result<HostTensor> {
    let shape = broadcast(op.name(), &a.shape, &b.shape)?;
    let total: usize = shape.iter().product();
    let (an, bn) = (a.data.len().max(1), b.data.len().max(1));
    let data = (0..total)
        .map(|i| op.eval_f32(a.data[i % an], b.data[i % bn]))
        .collect();
    Ok(HostTensor::new(shape, data))
}

/// `table[ids]`: `[V, D]` and ids `[B, L]` → `[B, L, D]`.
pub fn embedding(table: &HostTensor, ids: &HostTensor) -> Result<HostTensor> {
    let [v, d] = table.shape[..] else {
        return Err(shape_err(
            "embedding",
            format!("table shape {:?}, expected [vocab, dim]", table.shape),
        ));
    };
    let mut data = Vec::with_capacity(ids.data.len() * d);
    for &id in &ids.data {
        let i = id as usize;
        if i >= v {
            return Err(shape_err(
                "embedding",
                format!("token id {i} ≥ vocabulary size {v}"),
            ));
        }
        data.extend_from_slice(&table.data[i * d..(i + 1) * d]);
    }
    let mut shape = ids.shape.clone();
    shape.push(d);
    Ok(HostTensor::new(shape, data))
}

/// RMS norm over the last dim: `x / sqrt(mean(x²) + eps) · w`.
pub fn rmsnorm(x: &HostTensor, w: &HostTensor, eps: f64) -> Result<HostTensor> {
    let d = *x
        .shape
        .last()
        .ok_or_else(|| shape_err("rmsnorm", "a scalar input".into()))?;
    if w.shape != [d] {
        return Err(shape_err(
            "rmsnorm",
            format!("weight {:?} for features {d}", w.shape),
        ));
    }
    let mut out = x.data.clone();
    for row in out.chunks_mut(d) {
        let ms = row.iter().map(|&v| v * v).sum::<f32>() / d as f32;
        let r = 1.0 / (ms + eps as f32).sqrt();
        for (v, &g) in row.iter_mut().zip(&w.data) {
            *v = *v * r * g;
        }
    }
    Ok(HostTensor::new(x.shape.clone(), out))
}

/// `x · wᵀ + b` over the last dim: `x [.., in]`, `w [out, in]`, `b [out]`.
pub fn linear(x: &HostTensor, w: &HostTensor, b: Option<&HostTensor>) -> Result<HostTensor> {
    let [out_f, in_f] = w.shape[..] else {
        return Err(shape_err(
            "linear",
            format!("weight {:?}, expected [out, in]", w.shape),
        ));
    };
    if x.shape.last() != Some(&in_f) {
        return Err(shape_err(
            "linear",
            format!("input {:?} for weight {:?}", x.shape, w.shape),
        ));
    }
    if let Some(b) = b {
        if b.shape != [out_f] {
            return Err(shape_err(
                "linear",
                format!("bias {:?} for {out_f} outputs", b.shape),
            ));
        }
    }
    let rows = x.data.len() / in_f;
    let mut data = vec![0.0f32; rows * out_f];
    for r in 0..rows {
        let xr = &x.data[r * in_f..(r + 1) * in_f];
        for o in 0..out_f {
            let wr = &w.data[o * in_f..(o + 1) * in_f];
            let mut acc = 0.0f32;
            for (a, b) in xr.iter().zip(wr) {
                acc += a * b;
            }
            data[r * out_f + o] = acc + b.map_or(0.0, |b| b.data[o]);
        }
    }
    let mut shape = x.shape.clone();
    *shape.last_mut().expect("checked") = out_f;
    Ok(HostTensor::new(shape, data))
}

/// Checks a split of `shape`'s last axis (named by `dim`, negative from the end) into
/// pieces of `sizes`; returns the axis's size. One rule for every backend.
pub fn split_axis(shape: &[usize], sizes: &[usize], dim: i64) -> Result<usize> {
    let nd = shape.len() as i64;
    if nd == 0 {
        return Err(shape_err("split", "a scalar has no axis to split".into()));
    }
    let axis = if dim < 0 { nd + dim } else { dim };
    if axis != nd - 1 {
        return Err(ModelError::Unsupported(
            "split along any axis but the last".into(),
        ));
    }
    let f = shape[shape.len() - 1];
    if sizes.iter().try_fold(0usize, |a, &s| a.checked_add(s)) != Some(f) {
        return Err(shape_err(
            "split",
            format!("sizes {sizes:?} do not add up to {f}"),
        ));
    }
    Ok(f)
}

/// Splits the last (or `dim`) axis into pieces of the given sizes.
pub fn split(x: &HostTensor, sizes: &[usize], dim: i64) -> Result<Vec<HostTensor>> {
    let f = split_axis(&x.shape, sizes, dim)?;
    let axis = x.shape.len() - 1;
    let rows = x.data.len() / f.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    for &s in sizes {
        let mut data = Vec::with_capacity(rows * s);
        for r in 0..rows {
            data.extend_from_slice(&x.data[r * f + start..r * f + start + s]);
        }
        let mut shape = x.shape.clone();
        shape[axis] = s;
        out.push(HostTensor::new(shape, data));
        start += s;
    }
    Ok(out)
}

/// Causal depthwise convolution along the sequence: `x [B, L, C]`, `w [C, 1, K]`, `b [C]`;
/// `y[t] = Σ_k w[k] · x[t − (K − 1) + k] + b` (zeros before the start).
pub fn conv1d_causal(x: &HostTensor, w: &HostTensor, b: Option<&HostTensor>) -> Result<HostTensor> {
    let [bsz, l, c] = x.shape[..] else {
        return Err(shape_err(
            "conv1d_causal",
            format!("input {:?}, expected [batch, seq, channels]", x.shape),
        ));
    };
    let [wc, 1, k] = w.shape[..] else {
        return Err(shape_err(
            "conv1d_causal",
            format!("weight {:?}, expected [channels, 1, kernel]", w.shape),
        ));
    };
    if wc != c {
        return Err(shape_err(
            "conv1d_causal",
            format!("weight for {wc} channels, input has {c}"),
        ));
    }
    let mut data = vec![0.0f32; x.data.len()];
    for bi in 0..bsz {
        for t in 0..l {
            for ch in 0..c {
                let mut acc = b.map_or(0.0, |b| b.data[ch]);
                for j in 0..k {
                    let src = t as i64 - (k as i64 - 1) + j as i64;
                    if src >= 0 {
                        acc += w.data[ch * k + j] * x.data[(bi * l + src as usize) * c + ch];
                    }
                }
                data[(bi * l + t) * c + ch] = acc;
            }
        }
    }
    Ok(HostTensor::new(x.shape.clone(), data))
}
