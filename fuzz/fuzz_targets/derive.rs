//! The derivations (linearity, combine, reverse mode, step), `explain`, and the emitter on
//! whatever checks: every derived recurrence explains itself and, with each summed dim fixed
//! to 3, plans and emits every kernel's MLIR text for the GPU and the host with its launch
//! programs (no lowering: that is MLIR's, and slow); every failure renders.

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
                linrec_compiler::limits::with_stack(|| emit(d));
            }
        }
        Err(errors) => {
            let _ = src.render(&errors, false);
        }
    }
});

/// Every kernel of `d` and the manifest that launches them, for both targets; a plan the
/// sizes refuse is a rendered error, not a kernel.
fn emit(d: &Derived) {
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
            return;
        }
    };
    for target in [Target::Gpu, Target::Host] {
        match kernel::emit_all(d, &plan, target) {
            Ok((kernels, routes)) => {
                let _ = kernel::module_text(&kernels, target);
                let manifests = kernels
                    .iter()
                    .map(|k| program::kernel_manifest(d, k))
                    .collect();
                let choice = strategy::choose(Request::Auto, None, Default::default());
                let _ = program::recurrence_manifest(
                    d,
                    &plan,
                    choice,
                    Request::Auto,
                    manifests,
                    &routes,
                );
            }
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
}

fn main() {
    linrec_fuzz::main()
}
