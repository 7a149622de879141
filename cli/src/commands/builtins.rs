//! `linrec builtins`: the builtin functions, from the compiler's one table — how each is
//! written, what it computes, and the derivative reverse mode uses.

use std::process::ExitCode;

use linrec_compiler::ir::builtins::{Formula, Spelling};
use linrec_compiler::ir::{BinaryFn, UnaryFn};

#[derive(Debug, clap::Args)]
pub struct Args {}

/// A formula of the table in the language's notation (`x`, `y`, `f(x)` for the value).
fn show(f: &Formula) -> String {
    match *f {
        Formula::X => "x".into(),
        Formula::Y => "y".into(),
        Formula::R => "f(x)".into(),
        Formula::G => "g".into(),
        Formula::Shared(i) => format!("s{i}"),
        Formula::C(c) => format!("{c}"),
        Formula::P1(p, a) => format!("{p:?}({})", show(a)).to_lowercase(),
        Formula::P2(p, a, b) => format!("{p:?}({}, {})", show(a), show(b)).to_lowercase(),
        Formula::U(g, a) => format!("{}({})", g.name(), show(a)),
        Formula::B(g, a, b) => match g.info().spelling {
            Spelling::Operator(op) => format!("({} {op} {})", show(a), show(b)),
            _ => format!("{}({}, {})", g.name(), show(a), show(b)),
        },
        Formula::Select {
            lhs,
            cmp,
            rhs,
            then,
            other,
        } => format!(
            "if {} {cmp:?} {} then {} else {}",
            show(lhs),
            show(rhs),
            show(then),
            show(other)
        ),
    }
}

pub fn run(_: Args, _color: bool) -> Result<ExitCode, String> {
    println!(
        "{:<10} {:<12} {:<28} derivative",
        "builtin", "written", "computes"
    );
    for f in UnaryFn::all() {
        let u = f.info();
        let written = match u.spelling {
            Spelling::Call => format!("{}(x)", u.name),
            Spelling::Operator(op) => format!("{op}x, {}(x)", u.name),
            Spelling::Internal => continue,
        };
        println!(
            "{:<10} {:<12} {:<28} {}",
            u.name,
            written,
            u.doc,
            show(&u.derivative)
        );
    }
    for f in BinaryFn::all() {
        let b = f.info();
        let written = match b.spelling {
            Spelling::Call => format!("{}(x, y)", b.name),
            Spelling::Operator(op) => format!("x {op} y"),
            Spelling::Internal => continue,
        };
        println!("{:<10} {:<12} {}", b.name, written, b.doc);
    }
    println!(
        "{:<10} {:<12} the sum over index n (a dim of the expression)",
        "sum", "sum(n, e)"
    );
    println!(
        "\nIn model forwards the elementwise builtins are layer ops by the same names (operators too: add, mul, …)."
    );
    Ok(ExitCode::SUCCESS)
}
