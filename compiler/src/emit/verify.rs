//! Runs generated kernels on the CPU (the host build, JIT-compiled through MLIR's execution
//! engine), for comparison with the float64 interpreter where there is no GPU.

use std::collections::HashMap;

use super::kernel::{self, CHECKPOINT, GradRoute, Kernel, KernelKind, Param, Target};
use super::lower::{HostArg, HostModule, LowerError, Mlir};
use super::plan::KernelPlan;
use crate::derive::Derived;
use crate::interp::{Sizes, Tensor};
use crate::ir::{DType, OutputKind};

/// A host buffer: f32, or the bits of bf16/f16 values.
#[derive(Debug, Clone)]
enum Buf {
    F32(Vec<f32>),
    U16(Vec<u16>),
}

impl Default for Buf {
    fn default() -> Self {
        Buf::F32(Vec::new())
    }
}

/// Host buffers by kernel parameter.
#[derive(Debug, Default)]
struct Buffers {
    map: HashMap<String, Buf>,
}

/// A tensor stored as `dtype`.
fn encode(data: &[f64], dtype: DType) -> Buf {
    match dtype {
        DType::F32 => Buf::F32(data.iter().map(|&v| v as f32).collect()),
        DType::BF16 => Buf::U16(
            data.iter()
                .map(|&v| half::bf16::from_f64(v).to_bits())
                .collect(),
        ),
        DType::F16 => Buf::U16(
            data.iter()
                .map(|&v| half::f16::from_f64(v).to_bits())
                .collect(),
        ),
    }
}

fn decode(b: Buf, dtype: DType) -> Vec<f64> {
    match (b, dtype) {
        (Buf::F32(v), _) => v.into_iter().map(f64::from).collect(),
        (Buf::U16(v), DType::BF16) => v
            .into_iter()
            .map(|x| half::bf16::from_bits(x).to_f64())
            .collect(),
        (Buf::U16(v), _) => v
            .into_iter()
            .map(|x| half::f16::from_bits(x).to_f64())
            .collect(),
    }
}

/// A NaN-filled buffer of `n` values stored as `dtype`.
fn poisoned(n: usize, dtype: DType) -> Buf {
    match dtype {
        DType::F32 => Buf::F32(vec![f32::NAN; n]),
        _ => Buf::U16(vec![0xFFFF; n]),
    }
}

fn key(p: &Param) -> Option<String> {
    Some(match p {
        Param::Input(h) => format!("in{}", h.index()),
        Param::Output(h) => format!("out{}", h.index()),
        Param::State(h) => format!("state{}", h.index()),
        Param::OutputGrad(h) => format!("dy{}", h.index()),
        Param::Checkpoint(h) => format!("ckpt{}", h.index()),
        Param::Scratch(h) => format!("scratch{}", h.index()),
        Param::InputGrad(h) => format!("dx{}", h.index()),
        Param::Partial(h) => format!("part{}", h.index()),
        Param::AggA(h) => format!("agga{}", h.index()),
        Param::AggB(h) => format!("aggb{}", h.index()),
        Param::Carry(h) => format!("carry{}", h.index()),
        Param::Size(_) => return None,
    })
}

impl Buffers {
    fn put(&mut self, p: Param, data: Vec<f32>) {
        self.map
            .insert(key(&p).expect("a buffer param"), Buf::F32(data));
    }

    /// The inputs (stored in their dtypes) and poisoned outputs of a forward or step call.
    fn put_io(&mut self, rec: &crate::ir::Recurrence, sizes: &Sizes, inputs: &[Option<Tensor>]) {
        for ((h, i), t) in rec.inputs.iter().zip(inputs) {
            if let Some(t) = t {
                self.put_buf(Param::Input(h), encode(&t.data, i.dtype));
            }
        }
        for (h, o) in rec.outputs.iter() {
            self.put_buf(
                Param::Output(h),
                poisoned(sizes.shape(&o.dims).iter().product(), o.dtype),
            );
        }
    }

    fn put_buf(&mut self, p: Param, data: Buf) {
        self.map.insert(key(&p).expect("a buffer param"), data);
    }

    fn take(&mut self, p: Param) -> Buf {
        self.map
            .remove(&key(&p).expect("a buffer param"))
            .unwrap_or_default()
    }

    /// Calls `k` with the buffers it names (absent ones as null pointers).
    fn call(
        &mut self,
        module: &HostModule<'_>,
        k: &Kernel,
        sizes: &Sizes,
    ) -> Result<(), LowerError> {
        let keys: Vec<Option<String>> = k.params.iter().map(key).collect();
        let mut taken: HashMap<String, Buf> = HashMap::new();
        for k in keys.iter().flatten() {
            if let Some(v) = self.map.remove(k) {
                taken.insert(k.clone(), v);
            }
        }
        {
            let mut views: HashMap<&String, &mut Buf> = taken.iter_mut().collect();
            let mut args = Vec::new();
            for (p, k) in k.params.iter().zip(&keys) {
                args.push(match (p, k) {
                    (Param::Size(d), _) => HostArg::I64(sizes.of(*d) as i64),
                    (_, Some(k)) => match views.remove(k) {
                        Some(Buf::F32(v)) => HostArg::F32(Some(v.as_mut_slice())),
                        Some(Buf::U16(v)) => HostArg::U16(Some(v.as_mut_slice())),
                        None => HostArg::F32(None),
                    },
                    (_, None) => unreachable!("buffer params have keys"),
                });
            }
            module.call(&k.name, &mut args)?;
        }
        self.map.extend(taken);
        Ok(())
    }
}

fn to_tensor(shape: Vec<usize>, data: Buf, dtype: DType) -> Tensor {
    Tensor {
        shape,
        data: decode(data, dtype),
    }
}

/// Runs the forward kernel on the host: every output, in declaration order.
pub fn run_forward(
    mlir: &Mlir,
    d: &Derived,
    plan: &KernelPlan,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
) -> Result<Vec<Tensor>, LowerError> {
    let k = kernel::emit(d, plan, Target::Host, KernelKind::Forward);
    let module = mlir.jit(&kernel::module_text(std::slice::from_ref(&k), Target::Host))?;
    let mut bufs = Buffers::default();
    forward_into(&module, &k, d, sizes, inputs, &mut bufs, false)?;
    let rec = &d.rec;
    Ok(rec
        .outputs
        .iter()
        .map(|(h, o)| to_tensor(sizes.shape(&o.dims), bufs.take(Param::Output(h)), o.dtype))
        .collect())
}

fn forward_into(
    module: &HostModule<'_>,
    k: &Kernel,
    d: &Derived,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
    bufs: &mut Buffers,
    checkpoints: bool,
) -> Result<(), LowerError> {
    let rec = &d.rec;
    bufs.put_io(rec, sizes, inputs);
    if checkpoints {
        let n_ck = sizes.of(rec.scan).div_ceil(CHECKPOINT);
        for (h, s) in rec.states.iter() {
            let numel: usize = sizes.shape(&s.dims).iter().product();
            bufs.put(Param::Checkpoint(h), vec![f32::NAN; n_ck * numel]);
        }
    }
    bufs.call(module, k, sizes)
}

/// Runs the chunked strategy's three kernels on the host: every output, in declaration order.
pub fn run_forward_chunked(
    mlir: &Mlir,
    d: &Derived,
    plan: &KernelPlan,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
) -> Result<Vec<Tensor>, LowerError> {
    let rec = &d.rec;
    let ks = [
        kernel::emit(d, plan, Target::Host, KernelKind::ChunkReduce),
        kernel::emit_chunk_carry(d, plan, Target::Host),
        kernel::emit(d, plan, Target::Host, KernelKind::ChunkApply),
    ];
    let module = mlir.jit(&kernel::module_text(&ks, Target::Host))?;
    let mut bufs = Buffers::default();
    bufs.put_io(rec, sizes, inputs);
    let outer: usize = plan.outer.iter().map(|&o| sizes.of(o)).product();
    let chunks = sizes.of(rec.scan).div_ceil(plan.chunk);
    for (h, s) in rec.states.iter() {
        let n = chunks * plan.single_lane().points(&s.dims) * outer;
        bufs.put(Param::AggA(h), vec![f32::NAN; n]);
        bufs.put(Param::AggB(h), vec![f32::NAN; n]);
        bufs.put(Param::Carry(h), vec![f32::NAN; n]);
    }
    for k in &ks {
        bufs.call(&module, k, sizes)?;
    }
    Ok(rec
        .outputs
        .iter()
        .map(|(h, o)| to_tensor(sizes.shape(&o.dims), bufs.take(Param::Output(h)), o.dtype))
        .collect())
}

/// Runs the step kernel once: per-step outputs (scan dim of size 1) and the new state.
pub fn run_step(
    mlir: &Mlir,
    d: &Derived,
    plan: &KernelPlan,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
    state: &[Tensor],
) -> Result<(Vec<Tensor>, Vec<Tensor>), LowerError> {
    let k = kernel::emit(d, plan, Target::Host, KernelKind::Step);
    let module = mlir.jit(&kernel::module_text(std::slice::from_ref(&k), Target::Host))?;
    let rec = &d.rec;
    let mut bufs = Buffers::default();
    bufs.put_io(rec, sizes, inputs);
    for ((h, s), t) in rec.states.iter().zip(state) {
        bufs.put_buf(Param::State(h), encode(&t.data, s.dtype));
    }
    bufs.call(&module, &k, sizes)?;
    let per_step = rec
        .outputs
        .iter()
        .filter(|(_, o)| o.kind == OutputKind::PerStep)
        .map(|(h, o)| to_tensor(sizes.shape(&o.dims), bufs.take(Param::Output(h)), o.dtype))
        .collect();
    let new_state = rec
        .states
        .iter()
        .map(|(h, s)| to_tensor(sizes.shape(&s.dims), bufs.take(Param::State(h)), s.dtype))
        .collect();
    Ok((per_step, new_state))
}

/// Runs the forward (saving checkpoints), the backward and the reduce kernels on the host:
/// the gradient of every input given, in declaration order (`None` for absent ones).
pub fn run_backward(
    mlir: &Mlir,
    d: &Derived,
    plan: &KernelPlan,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
    out_grads: &[Tensor],
) -> Result<Vec<Option<Tensor>>, LowerError> {
    let rec = &d.rec;
    let fwd = kernel::emit(d, plan, Target::Host, KernelKind::Forward);
    let bw = kernel::emit_backward(d, plan, Target::Host)
        .map_err(|e| LowerError::Verify(e.to_string()))?;
    let mut all = vec![fwd.clone(), bw.backward.clone()];
    all.extend(bw.reduces.iter().map(|(_, k)| k.clone()));
    let module = mlir.jit(&kernel::module_text(&all, Target::Host))?;
    let mut bufs = Buffers::default();
    forward_into(&module, &fwd, d, sizes, inputs, &mut bufs, true)?;
    let outer: usize = plan.outer.iter().map(|&o| sizes.of(o)).product();
    for ((h, o), g) in rec.outputs.iter().zip(out_grads) {
        bufs.put_buf(Param::OutputGrad(h), encode(&g.data, o.dtype));
    }
    for (h, s) in rec.states.iter() {
        bufs.put(
            Param::Scratch(h),
            vec![f32::NAN; CHECKPOINT * plan.single_lane().points(&s.dims) * outer],
        );
    }
    let len = sizes.of(rec.scan);
    for &(h, route) in &bw.routes {
        let i = &rec.inputs[h];
        let numel: usize = sizes.shape(&i.dims).iter().product();
        match route {
            GradRoute::Direct => bufs.put_buf(Param::InputGrad(h), poisoned(numel, i.dtype)),
            GradRoute::Partial => {
                let per = plan.single_lane().points(&i.dims)
                    * if i.dims.contains(&rec.scan) { len } else { 1 };
                bufs.put(Param::Partial(h), vec![f32::NAN; outer * per]);
                bufs.put_buf(Param::InputGrad(h), poisoned(numel, i.dtype));
            }
        }
    }
    bufs.call(&module, &bw.backward, sizes)?;
    for (_, k) in &bw.reduces {
        bufs.call(&module, k, sizes)?;
    }
    Ok(rec
        .inputs
        .iter()
        .zip(inputs)
        .map(|((h, i), given)| {
            given.as_ref().map(|_| {
                to_tensor(
                    sizes.shape(&i.dims),
                    bufs.take(Param::InputGrad(h)),
                    i.dtype,
                )
            })
        })
        .collect())
}
