//! The derivations (linearity, combine, reverse mode, step), `explain`, and the emitter on
//! whatever checks: every derived recurrence explains itself and, with each summed dim fixed
//! to 3, plans and emits every kernel's MLIR text for the GPU and the host (with a folding step
//! for every input a step may fold) with its launch programs (no lowering: that is MLIR's, and
//! slow), and where it splits, every part and the joined manifest; every failure renders.

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use linrec_compiler::derive::Derived;
use linrec_compiler::emit::kernel::{self, Target};
use linrec_compiler::emit::plan::KernelPlan;
use linrec_compiler::emit::program;
use linrec_compiler::pipeline::{self, Source};
use linrec_compiler::strategy::{self, Request};

fuzz_target!(|text: &str| {
    let src = Source::new("fuzz.lr", text);
    match pipeline::derive(&src) {
        Ok(m) => {
            for d in &m.recurrences {
                let _ = linrec_compiler::explain::explain(d);
                linrec_compiler::limits::with_stack(|| {
                    emit(d);
                    if let Some(split) = linrec_compiler::derive::split::split(d) {
                        let parts: Option<Vec<_>> =
                            split.parts.iter().map(|(_, p)| emit(p)).collect();
                        if let Some(parts) = parts {
                            let _ = linrec_compiler::emit::staged::merge(d, &split, parts);
                        }
                    }
                });
            }
        }
        Err(errors) => {
            let _ = src.render(&errors, false);
        }
    }
});

/// Every kernel of `d` and the manifest that launches them, for both targets (the GPU's
/// returned); a plan the sizes refuse is a rendered error, not a kernel.
fn emit(d: &Derived) -> Option<linrec_compiler::manifest::RecurrenceManifest> {
    let fixed: BTreeMap<String, usize> = d
        .rec
        .dims
        .iter()
        .map(|(_, dim)| (dim.name.clone(), 3))
        .collect();
    let plan = match KernelPlan::new(
        d,
        &fixed,
        strategy::THREADS as usize,
        strategy::TILE as usize,
    ) {
        Ok(plan) => plan,
        Err(e) => {
            let _ = e.to_string();
            return None;
        }
    };
    let mut gpu = None;
    for target in [Target::Gpu, Target::Host] {
        match kernel::emit_all(d, &plan, target) {
            Ok((mut kernels, routes)) => {
                // Every input a step may fold a projection of (a model file asks for some).
                let folds: Vec<_> = d
                    .rec
                    .inputs
                    .iter()
                    .map(|(h, _)| h)
                    .filter(|&i| kernel::fold_dim(d, &plan, i).is_ok())
                    .collect();
                kernels.extend(kernel::emit_step_folds(d, &plan, target, &folds));
                let _ = kernel::module_text(&kernels, target);
                let manifests = kernels
                    .iter()
                    .map(|k| program::kernel_manifest(d, k))
                    .collect();
                let choice = strategy::choose(Request::Auto, None, Default::default());
                let m = program::recurrence_manifest(
                    d,
                    &plan,
                    choice,
                    Request::Auto,
                    manifests,
                    &routes,
                );
                if target == Target::Gpu {
                    gpu = Some(m);
                }
            }
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
    gpu
}

fn main() {
    linrec_fuzz::main()
}
