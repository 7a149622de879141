//! Deep and long specs: long flat sums, long `let` chains, deep nesting and long runs of
//! unary minus go through every stage up to the limit (`linrec_compiler::limits`), and past
//! it end in a diagnostic that names the limit — never a stack overflow.

use linrec_compiler::limits::MAX_EXPR_DEPTH;
use linrec_compiler::pipeline::{self, Source};

/// A recurrence whose update adds `value` (written with `x[b, t]`) after `lets`.
fn spec(lets: &str, value: &str) -> String {
    format!(
        "recurrence f(x: f32[B, L]) -> (y: f32[B, L]) {{\n  scan t over L;\n  state h: f32[B] = 0;\n\
         {lets}\n  h[b] = 0.5 * h[b] + {value};\n  y[b, t] = h[b];\n}}\n"
    )
}

fn sum(n: usize) -> String {
    spec("", &vec!["x[b, t]"; n].join(" + "))
}

fn let_chain(n: usize) -> String {
    let mut lets = String::from("  let v0 = x[b, t];\n");
    for i in 1..n {
        lets.push_str(&format!("  let v{i} = v{} + x[b, t];\n", i - 1));
    }
    spec(&lets, &format!("v{}", n - 1))
}

/// Derives `text`; returns the codes of its errors (empty when it derives).
fn codes(text: String) -> Vec<&'static str> {
    let src = Source::new("deep.lr", text);
    match pipeline::derive(&src) {
        Ok(_) => Vec::new(),
        Err(errors) => {
            let rendered = src.render(&errors, false);
            assert!(rendered.contains("deep.lr:"), "{rendered}");
            errors.iter().map(|e| e.code()).collect()
        }
    }
}

#[test]
fn a_sum_of_100000_terms_and_a_chain_of_100000_lets_derive() {
    assert_eq!(codes(sum(100_000)), Vec::<&str>::new());
    assert_eq!(codes(let_chain(100_000)), Vec::<&str>::new());
}

#[test]
fn deep_nesting_and_long_unary_runs_derive() {
    let nested = spec(
        "",
        &format!("{}x[b, t]{}", "exp(".repeat(20_000), ")".repeat(20_000)),
    );
    assert_eq!(codes(nested), Vec::<&str>::new());
    let negs = spec("", &format!("{}x[b, t]", "-".repeat(200_000)));
    assert_eq!(codes(negs), Vec::<&str>::new());
}

#[test]
fn past_the_depth_limit_is_a_diagnostic() {
    assert_eq!(codes(sum(MAX_EXPR_DEPTH + 10)), vec!["E003"]);
    assert_eq!(codes(let_chain(MAX_EXPR_DEPTH + 10)), vec!["E142"]);
}
