//! The builtin functions, one table: every fact about a builtin — its name, where it may be
//! written, its float64 meaning (the interpreter's ground truth), its f32 definition (what the
//! kernels compute, on the GPU and in the host build, and what the CPU model backend computes),
//! its derivative, and the domain its tests draw from — is one row of the table
//! ([`table`]: the enums and their rows). Every stage reads the table: the checker's names and diagnostics, the layer ops
//! of models, reverse mode, the MLIR lowering (`emit::math`), the CPU backend, the special-
//! function cost of the benchmark. Adding a builtin is one enum variant and one row, in `table.rs`, and its tests.
//!
//! f32 definitions are [`Formula`]s over a handful of machine [`Prim`]itives (the only ops a
//! backend lowers by hand) and other builtins, so the kernels and every f32 evaluator agree by
//! construction.

mod fold;
pub mod table;
#[cfg(test)]
mod tests;

use std::sync::OnceLock;

pub use fold::Fold;
use table::{BINARY, UNARY};
pub use table::{BinaryFn, UnaryFn, sigmoid, softplus};

/// How a builtin is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// Called by name in recurrence bodies and in model forwards (`exp(x)`, `max(a, b)`).
    Call,
    /// Written as an operator (`a + b`, `a ^ b`), also callable by name in model forwards.
    Operator(&'static str),
    /// Made by the compiler only (derivatives); never written.
    Internal,
}

/// The operations every backend implements by hand; everything else is a [`Formula`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prim {
    Neg,
    Abs,
    Sqrt,
    /// `1 / sqrt(x)` (an approximate instruction on the GPU).
    Rsqrt,
    /// `2^x` (the special-function unit's `ex2`).
    Exp2,
    /// `log2(x)` (the special-function unit's `lg2`).
    Log2,
    /// `sin(x)` and `cos(x)` (the special-function unit's `sin`/`cos` after a reduction of
    /// `x` to [-π, π] on the GPU).
    Sin,
    Cos,
    Add,
    Sub,
    Mul,
    Div,
    Min,
    Max,
}

impl Prim {
    /// Issues on the special-function unit (the cost model of the benchmark's floor).
    pub fn sfu(self) -> u32 {
        match self {
            Prim::Rsqrt | Prim::Exp2 | Prim::Log2 | Prim::Sin | Prim::Cos => 1,
            _ => 0,
        }
    }

    /// The primitive in f32, as the host build computes it.
    pub fn eval(self, a: f32, b: f32) -> f32 {
        match self {
            Prim::Neg => -a,
            Prim::Abs => a.abs(),
            Prim::Sqrt => a.sqrt(),
            Prim::Rsqrt => 1.0 / a.sqrt(),
            Prim::Exp2 => a.exp2(),
            Prim::Log2 => a.log2(),
            Prim::Sin => a.sin(),
            Prim::Cos => a.cos(),
            Prim::Add => a + b,
            Prim::Sub => a - b,
            Prim::Mul => a * b,
            Prim::Div => a / b,
            // IEEE minimum/maximum (NaN in, NaN out), as `arith.minimumf`/`maximumf`.
            Prim::Min => {
                if a.is_nan() || b.is_nan() {
                    f32::NAN
                } else {
                    a.min(b)
                }
            }
            Prim::Max => {
                if a.is_nan() || b.is_nan() {
                    f32::NAN
                } else {
                    a.max(b)
                }
            }
        }
    }
}

/// A comparison of a [`Formula::Select`] (ordered: false when either side is NaN).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Gt,
    Ge,
}

impl Cmp {
    pub fn eval(self, a: f32, b: f32) -> bool {
        match self {
            Cmp::Lt => a < b,
            Cmp::Gt => a > b,
            Cmp::Ge => a >= b,
        }
    }
}

/// A function of a builtin's arguments, written with primitives and other builtins.
///
/// Evaluation order is part of the definition (emitters write ops in this order): operands left
/// to right; a `Select` evaluates `other`, then `then`, then its comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Formula {
    /// The first argument.
    X,
    /// The second argument.
    Y,
    /// The builtin's own value `f(x)` (derivatives only).
    R,
    /// The adjoint flowing into the builtin (binary adjoint rules only).
    G,
    /// The `i`-th shared term of a binary adjoint rule ([`AdjointRule::shared`]).
    Shared(usize),
    C(f64),
    P1(Prim, &'static Formula),
    P2(Prim, &'static Formula, &'static Formula),
    U(UnaryFn, &'static Formula),
    B(BinaryFn, &'static Formula, &'static Formula),
    /// `if lhs cmp rhs { then } else { other }`.
    Select {
        lhs: &'static Formula,
        cmp: Cmp,
        rhs: &'static Formula,
        then: &'static Formula,
        other: &'static Formula,
    },
}

impl Formula {
    /// Special-function issues of one evaluation (through the builtins it calls).
    pub fn sfu(&self) -> u32 {
        self.fold(&mut fold::Sfu)
    }

    /// The f32 value at `x`, `y` (a definition's semantics, as every backend computes it).
    pub fn eval_f32(&self, x: f32, y: f32) -> f32 {
        self.fold(&mut fold::F32 { x, y })
    }
}

/// How the adjoint of a binary builtin reaches its operands: `shared` terms evaluated first,
/// in order, then the contributions to `x` and `y` (formulas over `X`, `Y`, `R`, `G` and the
/// shared terms).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdjointRule {
    pub shared: &'static [Formula],
    pub dx: Formula,
    pub dy: Formula,
}

/// One unary builtin.
#[derive(Debug, Clone, Copy)]
pub struct Unary {
    pub f: UnaryFn,
    pub name: &'static str,
    pub spelling: Spelling,
    /// What it computes, for `--help`-style listings.
    pub doc: &'static str,
    /// The meaning in float64 (the reference every backend is checked against).
    pub f64: fn(f64) -> f64,
    /// What kernels and f32 backends compute (over `X`).
    pub f32: Formula,
    /// `f'(x)` over `X` and `R = f(x)` (reverse mode multiplies it by the adjoint).
    pub derivative: Formula,
    /// Where tests draw arguments from.
    pub domain: (f64, f64),
}

/// One binary builtin.
#[derive(Debug, Clone, Copy)]
pub struct Binary {
    pub f: BinaryFn,
    pub name: &'static str,
    pub spelling: Spelling,
    pub doc: &'static str,
    pub f64: fn(f64, f64) -> f64,
    /// Over `X` and `Y`.
    pub f32: Formula,
    /// None: no gradient flows through it (a comparison).
    pub adjoint: Option<AdjointRule>,
    /// Where tests draw both arguments from.
    pub domain: (f64, f64),
}

impl UnaryFn {
    /// Every unary builtin, internal ones included, in table order.
    pub fn all() -> impl Iterator<Item = UnaryFn> {
        UNARY.iter().map(|u| u.f)
    }

    /// This builtin's row.
    pub fn info(self) -> &'static Unary {
        let row = &UNARY[self as usize];
        debug_assert_eq!(row.f, self, "the unary table is in enum order");
        row
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The function in f64 — the reference semantics every backend is checked against.
    pub fn eval(self, x: f64) -> f64 {
        (self.info().f64)(x)
    }

    /// The function in f32, as kernels compute it.
    pub fn eval_f32(self, x: f32) -> f32 {
        self.info().f32.eval_f32(x, 0.0)
    }

    /// The builtin a recurrence body or model forward calls by `name`.
    pub fn by_name(name: &str) -> Option<UnaryFn> {
        UNARY
            .iter()
            .find(|u| u.name == name && u.spelling != Spelling::Internal)
            .map(|u| u.f)
    }
}

impl BinaryFn {
    /// Every binary builtin, internal ones included, in table order.
    pub fn all() -> impl Iterator<Item = BinaryFn> {
        BINARY.iter().map(|b| b.f)
    }

    pub fn info(self) -> &'static Binary {
        let row = &BINARY[self as usize];
        debug_assert_eq!(row.f, self, "the binary table is in enum order");
        row
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn eval(self, a: f64, b: f64) -> f64 {
        (self.info().f64)(a, b)
    }

    pub fn eval_f32(self, a: f32, b: f32) -> f32 {
        self.info().f32.eval_f32(a, b)
    }

    /// The builtin a recurrence body calls by `name` (operators are written as operators).
    pub fn by_name(name: &str) -> Option<BinaryFn> {
        BINARY
            .iter()
            .find(|b| b.name == name && b.spelling == Spelling::Call)
            .map(|b| b.f)
    }

    /// The builtin a model forward calls by `name` (operators by their names too: `mul`).
    pub fn layer_by_name(name: &str) -> Option<BinaryFn> {
        BINARY
            .iter()
            .find(|b| b.name == name && b.spelling != Spelling::Internal)
            .map(|b| b.f)
    }
}

/// The complex forms a recurrence body may call beside the functions above (`exp` and `abs`
/// take a complex value too): name, how it is written, what it computes. The checker lowers
/// them to real arithmetic on the parts (`check/recurrence/complex.rs`).
pub const COMPLEX: [(&str, &str, &str); 6] = [
    ("complex", "complex(x, y)", "x + i·y"),
    ("re", "re(z)", "the real part of z"),
    ("im", "im(z)", "the imaginary part of z"),
    ("conj", "conj(z)", "the complex conjugate of z"),
    ("abs", "abs(z)", "|z| of a complex z"),
    ("exp", "exp(z)", "e^re(z)·(cos im(z) + i sin im(z))"),
];

/// The storage type name of a complex state: its real and imaginary parts, two f32 states.
pub const C64: &str = "c64";

/// The names a recurrence body may call, in table order (`sum` is the one non-function
/// builtin; it is listed last, after the complex forms).
pub fn spec_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let unary = UNARY
            .iter()
            .filter(|u| u.spelling != Spelling::Internal)
            .map(|u| u.name);
        let binary = BINARY
            .iter()
            .filter(|b| b.spelling == Spelling::Call)
            .map(|b| b.name);
        let complex = COMPLEX
            .iter()
            .map(|c| c.0)
            .filter(|n| UnaryFn::by_name(n).is_none());
        unary
            .chain(binary)
            .chain(complex)
            .chain(std::iter::once("sum"))
            .collect()
    })
}

/// The elementwise builtins a model forward may call by name (each has a layer kernel).
pub fn layer_names() -> impl Iterator<Item = &'static str> {
    UnaryFn::all()
        .map(|f| (f.name(), f.info().spelling))
        .chain(BinaryFn::all().map(|f| (f.name(), f.info().spelling)))
        .filter(|(_, s)| *s != Spelling::Internal)
        .map(|(n, _)| n)
}
