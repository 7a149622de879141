//! Every bundled example checks and its IR matches the snapshot; every error example fails with
//! the diagnostic its header names, rendered exactly as the snapshot holds.

use crate::support::{example_dims, load, root};
use linrec_compiler::pipeline;

#[test]
fn examples_check_and_print_ir() {
    insta::glob!("../../lang-examples", "*.lr", |path| {
        let src = load(path);
        let module =
            pipeline::front_end(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
        let text: String = module.recurrences.iter().map(|r| r.to_string()).collect();
        insta::assert_snapshot!(text);
    });
}

/// The code an error example must produce, from its `// expect: E123 — …` header.
fn expected_code(text: &str) -> &str {
    text.lines()
        .find_map(|l| l.trim().strip_prefix("// expect:"))
        .and_then(|rest| rest.split_whitespace().next())
        .expect("every error example starts with `// expect: CODE — why`")
}

#[test]
fn error_examples_fail_with_their_diagnostic() {
    insta::glob!("../../lang-examples/errors", "*.lr", |path| {
        let src = load(path);
        let code = expected_code(&src.text).to_string();
        let errors = match pipeline::derive(&src) {
            Ok(_) => panic!("{} should fail to check", src.name),
            Err(e) => e,
        };
        assert_eq!(
            errors[0].code(),
            code,
            "{}: first error is {} not {code}:\n{}",
            src.name,
            errors[0].code(),
            src.render(&errors, false)
        );
        insta::assert_snapshot!(src.render(&errors, false));
    });
}

#[test]
fn there_are_at_least_fifteen_distinct_error_cases() {
    let mut codes = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(root().join("lang-examples/errors")).expect("errors dir") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_some_and(|e| e == "lr") {
            let src = load(&path);
            codes.insert(expected_code(&src.text).to_string());
        }
    }
    assert!(
        codes.len() >= 15,
        "only {} distinct codes: {codes:?}",
        codes.len()
    );
}

#[test]
fn examples_explain() {
    insta::glob!("../../lang-examples", "*.lr", |path| {
        let src = load(path);
        let derived =
            pipeline::derive(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
        let fixed = example_dims();
        let text: Vec<String> = derived
            .recurrences
            .iter()
            .map(|d| {
                linrec_compiler::explain::explain(d)
                    + &linrec_compiler::explain::explain_strategy(
                        d,
                        &fixed,
                        &Default::default(),
                        linrec_compiler::strategy::Request::Auto,
                        &Default::default(),
                    )
            })
            .collect();
        insta::assert_snapshot!(text.join("\n"));
    });
}

/// Each recurrence example is written as its paper writes it, in at most 25 lines (comments
/// included); the model (`mamba.lr`) is a whole network and exempt.
#[test]
fn recurrence_examples_are_at_most_25_lines() {
    let dir = root().join("lang-examples");
    let mut long = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("lang-examples") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "lr") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        if text.lines().any(|l| l.starts_with("model ")) {
            continue;
        }
        let n = text.lines().count();
        if n > 25 {
            long.push(format!("{}: {n} lines", path.display()));
        }
    }
    assert!(long.is_empty(), "longer than 25 lines: {long:?}");
}
