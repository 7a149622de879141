//! The CPU backend: f32 layer operations on row-major host tensors and recurrences through
//! the float64 interpreter. The reference every other backend is tested against.

use std::rc::Rc;

use crate::ops::{self, HostTensor};
use crate::{Backend, ModelError, Operand, Result, model_order};
use linrec_compiler::derive::Derived;
use linrec_compiler::interp::{self, Sizes, Tensor};
use linrec_compiler::ir::{BinaryFn, OutputKind, UnaryFn};

/// The CPU backend.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cpu;

impl Backend for Cpu {
    type Tensor = Rc<HostTensor>;

    fn shape(t: &Self::Tensor) -> Vec<usize> {
        t.shape.clone()
    }

    fn param(&self, t: HostTensor) -> Result<Self::Tensor> {
        Ok(Rc::new(t))
    }

    fn ids(&self, ids: &[Vec<u32>]) -> Result<Self::Tensor> {
        // Ids travel as f32, exact below 2^24 (far past any vocabulary); a larger one would
        // embed a neighbouring row, so it is refused by value.
        const EXACT: u32 = 1 << f32::MANTISSA_DIGITS;
        if let Some(&bad) = ids.iter().flatten().find(|&&v| v >= EXACT) {
            return Err(crate::ModelError::Shape {
                op: "embedding".into(),
                detail: format!(
                    "token id {bad} is out of range: the CPU executor takes ids below {EXACT}"
                ),
            });
        }
        let l = ids.first().map_or(0, Vec::len);
        let data: Vec<f32> = ids.iter().flatten().map(|&v| v as f32).collect();
        Ok(Rc::new(HostTensor::new(vec![ids.len(), l], data)))
    }

    fn concat(&self, parts: &[Self::Tensor], dim: usize) -> Result<Self::Tensor> {
        let parts: Vec<&HostTensor> = parts.iter().map(|p| p.as_ref()).collect();
        ops::concat(&parts, dim).map(Rc::new)
    }

    fn narrow(
        &self,
        t: &Self::Tensor,
        dim: usize,
        start: usize,
        len: usize,
    ) -> Result<Self::Tensor> {
        ops::narrow(t, dim, start, len).map(Rc::new)
    }

    fn embedding(&self, table: &Self::Tensor, ids: &Self::Tensor) -> Result<Self::Tensor> {
        ops::embedding(table, ids).map(Rc::new)
    }

    fn rmsnorm(&self, x: &Self::Tensor, w: &Self::Tensor, eps: f64) -> Result<Self::Tensor> {
        ops::rmsnorm(x, w, eps).map(Rc::new)
    }

    fn linear(
        &self,
        x: &Self::Tensor,
        w: &Self::Tensor,
        b: Option<&Self::Tensor>,
    ) -> Result<Self::Tensor> {
        ops::linear(x, w, b.map(|b| &**b)).map(Rc::new)
    }

    fn split(&self, x: &Self::Tensor, sizes: &[usize], dim: i64) -> Result<Vec<Self::Tensor>> {
        Ok(ops::split(x, sizes, dim)?
            .into_iter()
            .map(Rc::new)
            .collect())
    }

    fn unary(&self, f: UnaryFn, x: &Self::Tensor) -> Result<Self::Tensor> {
        Ok(Rc::new(x.map(|v| f.eval_f32(v))))
    }

    fn binary(
        &self,
        op: BinaryFn,
        a: Operand<'_, Self::Tensor>,
        b: Operand<'_, Self::Tensor>,
    ) -> Result<Self::Tensor> {
        let host = |o: Operand<'_, Self::Tensor>| match o {
            Operand::Tensor(t) => t.clone(),
            Operand::Scalar(s) => Rc::new(HostTensor::new(vec![], vec![s])),
        };
        ops::zip(op, &host(a), &host(b)).map(Rc::new)
    }

    fn conv1d_causal(
        &self,
        x: &Self::Tensor,
        w: &Self::Tensor,
        b: Option<&Self::Tensor>,
        prev: Option<&Self::Tensor>,
        keep: bool,
        act: Option<UnaryFn>,
    ) -> Result<(Self::Tensor, Option<Self::Tensor>)> {
        let k = *w.shape.last().unwrap_or(&1);
        let [bsz, l, c] = x.shape[..] else {
            return Err(ModelError::Shape {
                op: "conv1d_causal".into(),
                detail: format!("input {:?}, expected [batch, seq, channels]", x.shape),
            });
        };
        let window = k.saturating_sub(1);
        // The inputs with the carried window prepended.
        let (input, skip) = match prev {
            Some(prev) => {
                let mut data = Vec::with_capacity(bsz * (window + l) * c);
                for bi in 0..bsz {
                    data.extend_from_slice(&prev.data[bi * window * c..(bi + 1) * window * c]);
                    data.extend_from_slice(&x.data[bi * l * c..(bi + 1) * l * c]);
                }
                (HostTensor::new(vec![bsz, window + l, c], data), window)
            }
            None => ((**x).clone(), 0),
        };
        let y = ops::conv1d_causal(&input, w, b.map(|b| &**b))?;
        let kept = keep.then(|| {
            // The last K − 1 inputs (zeros before the start).
            let total = input.shape[1];
            let mut data = vec![0.0f32; bsz * window * c];
            for bi in 0..bsz {
                for j in 0..window {
                    let src = total as i64 - window as i64 + j as i64;
                    if src >= 0 {
                        let s = (bi * total + src as usize) * c;
                        data[(bi * window + j) * c..(bi * window + j + 1) * c]
                            .copy_from_slice(&input.data[s..s + c]);
                    }
                }
            }
            Rc::new(HostTensor::new(vec![bsz, window, c], data))
        });
        let total = y.shape[1];
        let mut data = Vec::with_capacity(bsz * l * c);
        for bi in 0..bsz {
            data.extend_from_slice(&y.data[(bi * total + skip) * c..(bi * total + total) * c]);
        }
        let mut y = HostTensor::new(vec![bsz, l, c], data);
        if let Some(f) = act {
            y = y.map(|v| f.eval_f32(v));
        }
        Ok((Rc::new(y), kept))
    }

    fn recurrence(
        &self,
        d: &Derived,
        sizes: &Sizes,
        inputs: Vec<Option<Self::Tensor>>,
        _step: bool,
    ) -> Result<Vec<Self::Tensor>> {
        let rec = &d.rec;
        let declared: Vec<Option<Tensor>> = rec
            .inputs
            .iter()
            .zip(&inputs)
            .map(|((_, i), v)| {
                v.as_ref()
                    .map(|v| v.to_declared(&model_order(rec, &i.dims), &i.dims))
            })
            .collect();
        let out = interp::run(rec, sizes, &declared).map_err(|source| ModelError::Recurrence {
            name: rec.name.clone(),
            source,
        })?;
        Ok(rec
            .outputs
            .iter()
            .zip(out.outputs)
            .map(|((_, o), t)| {
                let order = match o.kind {
                    OutputKind::PerStep => model_order(rec, &o.dims),
                    OutputKind::Final => o.dims.clone(),
                };
                Rc::new(HostTensor::from_declared(&t, &o.dims, &order))
            })
            .collect())
    }

    fn to_host(&self, t: &Self::Tensor) -> Result<HostTensor> {
        Ok((**t).clone())
    }
}
