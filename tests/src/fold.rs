//! Decoding steps with a projection folded in (`manifest::StepFold`): the host build against
//! the interpreter for every input of every example a step can fold, and the model file's
//! compile, which folds exactly the inputs its `forward` feeds from a `linear`.

use linrec_compiler::conformance::Check;
use linrec_compiler::emit::plan::PlanOverrides;
use linrec_compiler::pipeline::{self, Source};

use crate::codegen::conform_with;
use crate::support::root;

/// Every foldable input of every example, ranks 3 and 48, plain and batch step: the folded
/// step's outputs and new states against the interpreter's step on the projected input.
#[test]
fn folded_steps_match_the_interpreter_on_the_projected_input() {
    conform_with(PlanOverrides::default(), |c| {
        matches!(c, Check::StepFold { .. })
    });
}

/// Mamba's model feeds the selective scan's `delta` from `linear(dt, dt_proj[i])`: the
/// compile emits that fold (a step and a batch step) and no other, and its programs take the
/// projection's rows and weight instead of `delta`, passed as null.
#[test]
fn the_model_file_folds_the_projection_its_forward_feeds_an_input_from() {
    let path = root().join("lang-examples/mamba.lr");
    let text = std::fs::read_to_string(&path).expect("reads");
    let src = Source::new("mamba.lr", text);
    let opts = pipeline::CompileOptions {
        fixed: [("N".to_string(), 16)].into_iter().collect(),
        ..Default::default()
    };
    let compiled = pipeline::compile(&src, &opts).expect("compiles");
    let r = &compiled.manifest.recurrences[0];
    let folds: Vec<&str> = r
        .programs
        .step_folds
        .iter()
        .map(|f| f.input.as_str())
        .collect();
    assert_eq!(folds, ["delta"]);
    let names: Vec<&str> = r
        .kernels
        .iter()
        .filter(|k| k.fold.is_some())
        .map(|k| k.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "selective_scan_step_fold_delta",
            "selective_scan_step_batch_fold_delta"
        ]
    );
    use linrec_compiler::manifest::Buffer;
    for batch in [false, true] {
        let p = r.programs.step_fold("delta", batch).expect("folded");
        assert!(!p.takes.contains(&Buffer::Input("delta".into())));
        assert!(p.takes.contains(&Buffer::FoldRows("delta".into())));
        assert!(p.takes.contains(&Buffer::FoldWeight("delta".into())));
        assert!(p.takes.contains(&Buffer::FoldBias("delta".into())));
        assert_eq!(p.null, [Buffer::Input("delta".into())]);
    }
    // The recurrence alone (no model in the file) folds nothing.
    let path = root().join("lang-examples/selective_scan.lr");
    let text = std::fs::read_to_string(&path).expect("reads");
    let alone =
        pipeline::compile(&Source::new("selective_scan.lr", text), &opts).expect("compiles");
    assert!(alone.manifest.recurrences[0].programs.step_folds.is_empty());
}

/// A weight that is not a whole number of rows of the folded input's last dim is refused by
/// the executor before any launch, naming the input.
#[test]
fn a_folded_weight_of_the_wrong_length_is_refused_naming_the_input() {
    use linrec_compiler::conformance::{self, Backend, Case, Fold};
    use linrec_compiler::emit::lower::Mlir;
    use linrec_compiler::emit::verify::HostBackend;
    use linrec_compiler::interp::Tensor;
    let d = crate::support::all_derived()
        .into_iter()
        .find(|d| d.rec.name == "selective_scan")
        .expect("the selective scan is an example");
    let mlir = Mlir::new();
    let mut host = HostBackend::new(&mlir);
    let case = Case {
        check: Check::StepFold { batch: false },
        len: 1,
        outer: vec![2, 3],
        summed: 4,
        optional: false,
        seed: 1,
    };
    let (sizes, summed) = conformance::sizes_of(&host, &d, &case);
    let mut x = conformance::inputs(&d, &sizes, &case);
    let h = d.rec.input_by_name("delta").expect("an input");
    x[h.index()] = None;
    let states: Vec<Tensor> = d
        .rec
        .states
        .iter()
        .map(|(_, s)| Tensor::zeros(sizes.shape(&s.dims)))
        .collect();
    let rows = Tensor::zeros(vec![2, 5]);
    // D = 3: 3 × 5 would do; 7 is not a whole number of rows.
    let weight = Tensor::zeros(vec![7, 1]);
    let fold = Fold {
        input: "delta",
        rows: &rows,
        weight: &weight,
        bias: None,
    };
    let err = host
        .step(&d, &summed, &sizes, &x, &states, false, Some(fold))
        .expect_err("refused");
    let msg = err.to_string();
    assert!(
        msg.contains("folded into `delta`") && msg.contains("7 elements"),
        "{msg}"
    );
}

/// The folds of `lang-examples/mamba.lr` with `from` replaced by `to`.
fn folds_of(from: &str, to: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(root().join("lang-examples/mamba.lr"))
        .expect("reads")
        .replace(from, to);
    let m = pipeline::front_end(&Source::new("mamba.lr", text)).expect("checks");
    linrec_compiler::emit::folds::model_folds(&m.models, &["selective_scan"])
        .into_iter()
        .collect()
}

/// A `linear` passed to a recurrence, by a name last bound to it or straight as the argument,
/// folds; anything on top of the projection, or a later binding of the name, does not.
#[test]
fn a_name_last_bound_to_a_linear_or_a_linear_passed_straight_folds() {
    let pair = |i: &str| ("selective_scan".to_string(), i.to_string());
    assert_eq!(folds_of("", ""), [pair("delta")]);
    let wrapped = folds_of(
        "dt = linear(dt, dt_proj[i]);",
        "dt = silu(linear(dt, dt_proj[i]));",
    );
    assert!(wrapped.is_empty(), "{wrapped:?}");
    let rebound = folds_of(
        "dt = linear(dt, dt_proj[i]);",
        "dt = linear(dt, dt_proj[i]);\n      dt = dt * 1.0;",
    );
    assert!(rebound.is_empty(), "{rebound:?}");
    let inline = folds_of("delta = dt,", "delta = linear(dt, dt_proj[i]),");
    assert_eq!(inline, [pair("delta")]);
}
