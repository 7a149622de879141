//! `linrec-gpu` on bad input, with or without a GPU: it says what to change and exits non-zero
//! before it opens a device.

use std::process::{Command, Output};

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_linrec-gpu"));
    c.args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("linrec-gpu runs")
}

#[test]
fn an_unknown_check_name_lists_the_checks() {
    let o = run(
        &["check", "kernels-generated/mamba"],
        &[("LINREC_CHECKS", "step,stepbatch")],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("`stepbatch`"), "{err}");
    assert!(
        err.contains("step-batch") && err.contains("bwd-seg"),
        "{err}"
    );
}

#[test]
fn no_command_prints_the_usage() {
    let o = run(&[], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("LINREC_CHECKS"));
}

#[test]
fn an_unknown_model_profile_says_what_it_takes() {
    let o = run(&["model-profile", "decod"], &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("decode-graph") && err.contains("`decod`"),
        "{err}"
    );
}

#[test]
fn refit_of_a_missing_table_names_it() {
    let o = run(
        &[
            "calibrate",
            "--refit",
            "no/such/table.json",
            "/tmp/out.json",
        ],
        &[],
    );
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no/such/table.json"), "{err}");
}
