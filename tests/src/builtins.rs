//! Every builtin of the table through the whole pipeline: a one-state recurrence that applies
//! it, checked, derived, emitted for the host (forward and backward, JIT-compiled) against the
//! float64 interpreter, and lowered to PTX for the GPU without unresolved externals. The test
//! reads the table, so a new builtin is covered by its row alone.

use linrec_compiler::conformance::{self, Case, Check};
use linrec_compiler::emit::lower::Mlir;
use linrec_compiler::emit::verify::HostBackend;
use linrec_compiler::ir::builtins::Spelling;
use linrec_compiler::ir::{BinaryFn, UnaryFn};
use linrec_compiler::pipeline::{self, Source};

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
    let mut host = HostBackend::new(mlir);
    for check in [
        Check::Forward { chunked: false },
        Check::Backward { chunked: false },
        Check::Backward { chunked: true },
    ] {
        let case = Case {
            check,
            len: 37,
            outer: vec![3],
            summed: 1,
            optional: false,
            seed: 3,
        };
        for r in conformance::run(&mut host, d, &case).expect("runs") {
            assert!(r.passed(), "{name}:\n{}", conformance::table(&[r]));
        }
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
