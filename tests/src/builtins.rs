//! Every builtin of the table through the whole pipeline: a one-state recurrence that applies
//! it, checked, derived, emitted for the host (forward and backward, JIT-compiled) against the
//! float64 interpreter, and lowered to PTX for the GPU without unresolved externals. The test
//! reads the table, so a new builtin is covered by its row alone.

use linrec_compiler::emit::lower::Mlir;
use linrec_compiler::emit::plan::KernelPlan;
use linrec_compiler::emit::verify;
use linrec_compiler::interp::{self, Sizes, Tensor};
use linrec_compiler::ir::builtins::Spelling;
use linrec_compiler::ir::{BinaryFn, UnaryFn};
use linrec_compiler::pipeline::{self, Source};

use crate::support::rel_err;

/// A recurrence whose update applies `call` (written with `x[b, t]` and `y[b, t]`) to inputs
/// drawn from `lo..hi`.
fn spec(call: &str, (lo, hi): (f64, f64)) -> String {
    format!(
        "recurrence probe(x: f32[B, L] in [{lo}, {hi}], y: f32[B, L] in [{lo}, {hi}]) \
         -> (o: f32[B, L]) {{\n  scan t over L;\n  state h: f32[B] = 0;\n  \
         h[b] = 0.5 * h[b] + {call};\n  o[b, t] = h[b];\n}}\n"
    )
}

fn check(name: &str, text: &str, mlir: &Mlir) {
    let src = Source::new(format!("{name}.lr"), text);
    let derived = pipeline::derive(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
    let d = &derived.recurrences[0];
    let plan = KernelPlan::new(d, &Default::default(), 64, 32).expect("plan");
    let sizes = Sizes(vec![3, 37]);
    let x = interp::random_inputs(&d.rec, &sizes, 3);
    let want = interp::run(&d.rec, &sizes, &x).expect("interp");
    let got = verify::run_forward(mlir, d, &plan, &sizes, &x).expect("host forward");
    let err = rel_err(&got[0].data, &want.outputs[0].data);
    assert!(err < 2e-5, "{name}: forward rel err {err:e}");
    let dy = Tensor {
        shape: want.outputs[0].shape.clone(),
        data: (0..want.outputs[0].len())
            .map(|e| (e as f64 * 0.37).cos())
            .collect(),
    };
    let want = interp::backward(d, &sizes, &x, std::slice::from_ref(&dy)).expect("interp bwd");
    let got = verify::run_backward(mlir, d, &plan, &sizes, &x, &[dy]).expect("host backward");
    for (k, (g, w)) in got.iter().zip(&want.inputs).enumerate() {
        let (g, w) = (g.as_ref().expect("given"), w.as_ref().expect("given"));
        if w.data.iter().all(|&v| v == 0.0) {
            assert!(
                g.data.iter().all(|&v| v == 0.0),
                "{name}: gradient {k} not zero: {:?}",
                &g.data[..4]
            );
            continue;
        }
        let err = rel_err(&g.data, &w.data);
        assert!(err < 1e-4, "{name}: gradient {k} rel err {err:e}");
    }
    // The GPU lowering of every kernel (an unsupported op aborts or leaves an external).
    let compiled = pipeline::compile(&src, &Default::default()).expect("compiles");
    for k in &compiled.kernels {
        assert!(
            !k.ptx.contains(".extern"),
            "{name}: {} has externals",
            k.manifest.name
        );
    }
}

#[test]
fn every_callable_builtin_runs_through_the_pipeline() {
    let mlir = Mlir::new();
    let mut seen = 0;
    for f in UnaryFn::all().filter(|f| f.info().spelling != Spelling::Internal) {
        let text = spec(&format!("{}(x[b, t])", f.name()), f.info().domain);
        check(f.name(), &text, &mlir);
        seen += 1;
    }
    for f in BinaryFn::all() {
        let call = match f.info().spelling {
            Spelling::Call => format!("{}(x[b, t], y[b, t])", f.name()),
            Spelling::Operator(op) => format!("(x[b, t] {op} y[b, t])"),
            Spelling::Internal => continue,
        };
        check(f.name(), &spec(&call, f.info().domain), &mlir);
        seen += 1;
    }
    assert!(seen >= 18, "the table lost builtins: {seen}");
}
