//! `linrec builtins`: the builtin functions, from the compiler's one table — how each is
//! written, what it computes, and the derivative reverse mode uses.

use std::process::ExitCode;

use linrec_compiler::ir::builtins::{COMPLEX, Cmp, Fold, Formula, Prim, Spelling};
use linrec_compiler::ir::{BinaryFn, UnaryFn};

#[derive(Debug, clap::Args)]
pub struct Args {}

/// A formula of the table in the language's notation (`x`, `y`, `f(x)` for the value).
struct Show;

impl Fold for Show {
    type V = String;
    fn leaf(&mut self, f: &Formula) -> String {
        match *f {
            Formula::X => "x".into(),
            Formula::Y => "y".into(),
            Formula::R => "f(x)".into(),
            Formula::G => "g".into(),
            Formula::Shared(i) => format!("s{i}"),
            _ => unreachable!("leaves only"),
        }
    }
    fn constant(&mut self, c: f64) -> String {
        format!("{c}")
    }
    fn prim(&mut self, p: Prim, a: String, b: Option<String>) -> String {
        let name = format!("{p:?}").to_lowercase();
        match b {
            Some(b) => format!("{name}({a}, {b})"),
            None => format!("{name}({a})"),
        }
    }
    fn unary(&mut self, f: UnaryFn, a: String) -> String {
        format!("{}({a})", f.name())
    }
    fn binary(&mut self, f: BinaryFn, a: String, b: String) -> String {
        match f.info().spelling {
            Spelling::Operator(op) => format!("({a} {op} {b})"),
            _ => format!("{}({a}, {b})", f.name()),
        }
    }
    fn select(&mut self, l: String, cmp: Cmp, r: String, t: String, o: String) -> String {
        let cmp = match cmp {
            Cmp::Lt => "<",
            Cmp::Gt => ">",
            Cmp::Ge => ">=",
        };
        format!("(if {l} {cmp} {r} then {t} else {o})")
    }
}

fn show(f: &Formula) -> String {
    f.fold(&mut Show)
}

pub fn run(_: Args, _color: bool) -> Result<ExitCode, String> {
    outln!(
        "{:<10} {:<12} {:<28} derivative",
        "builtin",
        "written",
        "computes"
    )?;
    for f in UnaryFn::all() {
        let u = f.info();
        let written = match u.spelling {
            Spelling::Call => format!("{}(x)", u.name),
            Spelling::Operator(op) => format!("{op}x, {}(x)", u.name),
            Spelling::Internal => continue,
        };
        outln!(
            "{:<10} {:<12} {:<28} {}",
            u.name,
            written,
            u.doc,
            show(&u.derivative)
        )?;
    }
    for f in BinaryFn::all() {
        let b = f.info();
        let written = match b.spelling {
            Spelling::Call => format!("{}(x, y)", b.name),
            Spelling::Operator(op) => format!("x {op} y"),
            Spelling::Internal => continue,
        };
        outln!("{:<10} {:<12} {}", b.name, written, b.doc)?;
    }
    outln!(
        "{:<10} {:<12} the sum over index n (a dim of the expression)",
        "sum",
        "sum(n, e)"
    )?;
    outln!("\nComplex values (`c64` states; lowered to real arithmetic on their parts):")?;
    for (name, written, doc) in COMPLEX {
        outln!("{:<10} {:<12} {}", name, written, doc)?;
    }
    outln!(
        "\nIn model forwards the elementwise builtins are layer ops by the same names (operators too: add, mul, …)."
    )?;
    Ok(ExitCode::SUCCESS)
}
