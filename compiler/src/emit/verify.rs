//! Runs generated kernels on the CPU (the host build, JIT-compiled through MLIR's execution
//! engine), for comparison with the float64 interpreter where there is no GPU.

use super::kernel::{self, KernelKind, Param, Target};
use super::lower::{HostArg, LowerError, Mlir};
use super::plan::KernelPlan;
use crate::derive::Derived;
use crate::interp::{Sizes, Tensor};
use crate::ir::OutputKind;

/// Runs the forward kernel on the host: every output, in declaration order.
pub fn run_forward(
    mlir: &Mlir,
    d: &Derived,
    plan: &KernelPlan,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
) -> Result<Vec<Tensor>, LowerError> {
    let k = kernel::emit(d, plan, Target::Host, KernelKind::Forward);
    let text = kernel::module_text(std::slice::from_ref(&k), Target::Host);
    let module = mlir.jit(&text)?;
    let rec = &d.rec;
    let mut ins: Vec<Option<Vec<f32>>> = inputs
        .iter()
        .map(|t| {
            t.as_ref()
                .map(|t| t.data.iter().map(|&v| v as f32).collect())
        })
        .collect();
    let mut outs: Vec<Vec<f32>> = rec
        .outputs
        .iter()
        .map(|(_, o)| vec![f32::NAN; sizes.shape(&o.dims).iter().product()])
        .collect();
    call(&module, &k, sizes, &mut ins, &mut outs, &mut [])?;
    Ok(rec
        .outputs
        .iter()
        .zip(outs)
        .map(|((_, o), data)| Tensor {
            shape: sizes.shape(&o.dims),
            data: data.into_iter().map(f64::from).collect(),
        })
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
    let text = kernel::module_text(std::slice::from_ref(&k), Target::Host);
    let module = mlir.jit(&text)?;
    let rec = &d.rec;
    let mut ins: Vec<Option<Vec<f32>>> = inputs
        .iter()
        .map(|t| {
            t.as_ref()
                .map(|t| t.data.iter().map(|&v| v as f32).collect())
        })
        .collect();
    let mut outs: Vec<Vec<f32>> = rec
        .outputs
        .iter()
        .map(|(_, o)| vec![f32::NAN; sizes.shape(&o.dims).iter().product()])
        .collect();
    let mut st: Vec<Vec<f32>> = state
        .iter()
        .map(|t| t.data.iter().map(|&v| v as f32).collect())
        .collect();
    call(&module, &k, sizes, &mut ins, &mut outs, &mut st)?;
    let per_step = rec
        .outputs
        .iter()
        .zip(outs)
        .filter(|((_, o), _)| o.kind == OutputKind::PerStep)
        .map(|((_, o), data)| Tensor {
            shape: sizes.shape(&o.dims),
            data: data.into_iter().map(f64::from).collect(),
        })
        .collect();
    let new_state = state
        .iter()
        .zip(st)
        .map(|(t, data)| Tensor {
            shape: t.shape.clone(),
            data: data.into_iter().map(f64::from).collect(),
        })
        .collect();
    Ok((per_step, new_state))
}

fn call(
    module: &super::lower::HostModule<'_>,
    k: &kernel::Kernel,
    sizes: &Sizes,
    ins: &mut [Option<Vec<f32>>],
    outs: &mut [Vec<f32>],
    states: &mut [Vec<f32>],
) -> Result<(), LowerError> {
    // Hand out each buffer once, in parameter order.
    let mut ins_it: Vec<Option<&mut [f32]>> = ins.iter_mut().map(|b| b.as_deref_mut()).collect();
    let mut outs_it: Vec<Option<&mut [f32]>> =
        outs.iter_mut().map(|b| Some(b.as_mut_slice())).collect();
    let mut st_it: Vec<Option<&mut [f32]>> =
        states.iter_mut().map(|b| Some(b.as_mut_slice())).collect();
    let mut args = Vec::new();
    for p in &k.params {
        args.push(match p {
            Param::Input(h) => HostArg::F32(ins_it[h.index()].take()),
            Param::Output(h) => HostArg::F32(outs_it[h.index()].take()),
            Param::State(h) => HostArg::F32(st_it[h.index()].take()),
            Param::Size(d) => HostArg::I64(sizes.of(*d) as i64),
        });
    }
    module.call(&k.name, &mut args)
}
