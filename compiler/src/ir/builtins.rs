//! The builtin functions, one table: every fact about a builtin — its name, where it may be
//! written, its float64 meaning (the interpreter's ground truth), its f32 definition (what the
//! kernels compute, on the GPU and in the host build, and what the CPU model backend computes),
//! its derivative, and the domain its tests draw from — is one row of [`unary`] or
//! [`binary`]. Every stage reads the table: the checker's names and diagnostics, the layer ops
//! of models, reverse mode, the MLIR lowering (`emit::math`), the CPU backend, the special-
//! function cost of the benchmark. Adding a builtin is one enum variant, one row, and its tests.
//!
//! f32 definitions are [`Formula`]s over a handful of machine [`Prim`]itives (the only ops a
//! backend lowers by hand) and other builtins, so the kernels and every f32 evaluator agree by
//! construction.

use std::sync::OnceLock;

/// Builtin functions of one argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnaryFn {
    Neg,
    Exp,
    Log,
    Log1p,
    Sqrt,
    Rsqrt,
    Sigmoid,
    Silu,
    Softplus,
    Tanh,
    Abs,
    Cosh,
    Sinh,
    /// -1, 0 or 1 (derivative of `abs`; internal, not a builtin of the language).
    Sign,
}

/// Builtin functions of two arguments (the arithmetic operators among them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BinaryFn {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Min,
    Max,
    /// 1 where `a >= b`, else 0 (derivatives of `min`/`max`; internal).
    Ge,
}

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
            Prim::Rsqrt | Prim::Exp2 | Prim::Log2 => 1,
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
        match *self {
            Formula::X | Formula::Y | Formula::R | Formula::G | Formula::Shared(_) => 0,
            Formula::C(_) => 0,
            Formula::P1(p, a) => p.sfu() + a.sfu(),
            Formula::P2(p, a, b) => p.sfu() + a.sfu() + b.sfu(),
            Formula::U(f, a) => f.info().f32.sfu() + a.sfu(),
            Formula::B(f, a, b) => f.info().f32.sfu() + a.sfu() + b.sfu(),
            Formula::Select {
                lhs,
                rhs,
                then,
                other,
                ..
            } => lhs.sfu() + rhs.sfu() + then.sfu() + other.sfu(),
        }
    }

    /// The f32 value at `x`, `y` (a definition's semantics, as every backend computes it).
    pub fn eval_f32(&self, x: f32, y: f32) -> f32 {
        match *self {
            Formula::X => x,
            Formula::Y => y,
            Formula::R | Formula::G | Formula::Shared(_) => {
                panic!("f32 definitions read only their arguments")
            }
            Formula::C(c) => c as f32,
            Formula::P1(p, a) => p.eval(a.eval_f32(x, y), 0.0),
            Formula::P2(p, a, b) => {
                let a = a.eval_f32(x, y);
                p.eval(a, b.eval_f32(x, y))
            }
            Formula::U(f, a) => f.eval_f32(a.eval_f32(x, y)),
            Formula::B(f, a, b) => {
                let a = a.eval_f32(x, y);
                f.eval_f32(a, b.eval_f32(x, y))
            }
            Formula::Select {
                lhs,
                cmp,
                rhs,
                then,
                other,
            } => {
                if cmp.eval(lhs.eval_f32(x, y), rhs.eval_f32(x, y)) {
                    then.eval_f32(x, y)
                } else {
                    other.eval_f32(x, y)
                }
            }
        }
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

use Formula::{B, C, G, P1, P2, R, Shared, U, X, Y};

const ONE: Formula = C(1.0);
const LOG2_E: Formula = C(std::f64::consts::LOG2_E);
const LN_2: Formula = C(std::f64::consts::LN_2);

/// log(1 + x) for |x| < 1/16: x - x²/2 + x³/3 - … + x⁷/7, by Horner.
const LOG1P_SERIES: Formula = B(
    BinaryFn::Mul,
    &B(
        BinaryFn::Add,
        &B(
            BinaryFn::Mul,
            &B(
                BinaryFn::Add,
                &B(
                    BinaryFn::Mul,
                    &B(
                        BinaryFn::Add,
                        &B(
                            BinaryFn::Mul,
                            &B(
                                BinaryFn::Add,
                                &B(
                                    BinaryFn::Mul,
                                    &B(
                                        BinaryFn::Add,
                                        &B(
                                            BinaryFn::Mul,
                                            &B(
                                                BinaryFn::Add,
                                                &B(BinaryFn::Mul, &C(1.0 / 7.0), &X),
                                                &C(-1.0 / 6.0),
                                            ),
                                            &X,
                                        ),
                                        &C(1.0 / 5.0),
                                    ),
                                    &X,
                                ),
                                &C(-1.0 / 4.0),
                            ),
                            &X,
                        ),
                        &C(1.0 / 3.0),
                    ),
                    &X,
                ),
                &C(-1.0 / 2.0),
            ),
            &X,
        ),
        &ONE,
    ),
    &X,
);

/// tanh(x) for |x| < 0.03: x · (1 - x²/3 + 2x⁴/15).
const TANH_SERIES: Formula = B(
    BinaryFn::Mul,
    &B(
        BinaryFn::Add,
        &B(
            BinaryFn::Mul,
            &B(
                BinaryFn::Add,
                &B(BinaryFn::Mul, &B(BinaryFn::Mul, &X, &X), &C(2.0 / 15.0)),
                &C(-1.0 / 3.0),
            ),
            &B(BinaryFn::Mul, &X, &X),
        ),
        &ONE,
    ),
    &X,
);

/// Logistic function, stable for large |x|.
pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// log(1 + e^x), stable for large |x|.
pub fn softplus(x: f64) -> f64 {
    if x > 0.0 {
        x + (-x).exp().ln_1p()
    } else {
        x.exp().ln_1p()
    }
}

fn sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

/// The unary table, in [`UnaryFn`] order.
const UNARY: [Unary; 14] = [
    Unary {
        f: UnaryFn::Neg,
        name: "neg",
        spelling: Spelling::Operator("-"),
        doc: "-x",
        f64: |x| -x,
        f32: P1(Prim::Neg, &X),
        derivative: C(-1.0),
        domain: (-4.0, 4.0),
    },
    Unary {
        f: UnaryFn::Exp,
        name: "exp",
        spelling: Spelling::Call,
        doc: "e^x",
        f64: f64::exp,
        f32: P1(Prim::Exp2, &B(BinaryFn::Mul, &X, &LOG2_E)),
        derivative: R,
        domain: (-4.0, 4.0),
    },
    Unary {
        f: UnaryFn::Log,
        name: "log",
        spelling: Spelling::Call,
        doc: "natural logarithm",
        f64: f64::ln,
        f32: B(BinaryFn::Mul, &P1(Prim::Log2, &X), &LN_2),
        derivative: B(BinaryFn::Div, &ONE, &X),
        domain: (0.05, 8.0),
    },
    Unary {
        f: UnaryFn::Log1p,
        name: "log1p",
        spelling: Spelling::Call,
        doc: "log(1 + x), accurate near 0",
        f64: f64::ln_1p,
        // A series near 0, where the approximate log2 would swamp log(1 + x) ≈ x.
        f32: Formula::Select {
            lhs: &P1(Prim::Abs, &X),
            cmp: Cmp::Lt,
            rhs: &C(0.0625),
            then: &LOG1P_SERIES,
            other: &U(UnaryFn::Log, &B(BinaryFn::Add, &ONE, &X)),
        },
        derivative: B(BinaryFn::Div, &ONE, &B(BinaryFn::Add, &ONE, &X)),
        domain: (-0.5, 4.0),
    },
    Unary {
        f: UnaryFn::Sqrt,
        name: "sqrt",
        spelling: Spelling::Call,
        doc: "square root",
        f64: f64::sqrt,
        f32: P1(Prim::Sqrt, &X),
        derivative: B(BinaryFn::Div, &C(0.5), &R),
        domain: (0.05, 8.0),
    },
    Unary {
        f: UnaryFn::Rsqrt,
        name: "rsqrt",
        spelling: Spelling::Call,
        doc: "1 / sqrt(x)",
        f64: |x| 1.0 / x.sqrt(),
        f32: P1(Prim::Rsqrt, &X),
        // d(x^-1/2)/dx = -1/2 · y / x
        derivative: B(BinaryFn::Mul, &C(-0.5), &B(BinaryFn::Div, &R, &X)),
        domain: (0.05, 8.0),
    },
    Unary {
        f: UnaryFn::Sigmoid,
        name: "sigmoid",
        spelling: Spelling::Call,
        doc: "1 / (1 + e^-x)",
        f64: sigmoid,
        f32: B(
            BinaryFn::Div,
            &ONE,
            &B(BinaryFn::Add, &ONE, &U(UnaryFn::Exp, &P1(Prim::Neg, &X))),
        ),
        derivative: B(BinaryFn::Mul, &R, &B(BinaryFn::Sub, &ONE, &R)),
        domain: (-6.0, 6.0),
    },
    Unary {
        f: UnaryFn::Silu,
        name: "silu",
        spelling: Spelling::Call,
        doc: "x · sigmoid(x)",
        f64: |x| x * sigmoid(x),
        f32: B(BinaryFn::Mul, &X, &U(UnaryFn::Sigmoid, &X)),
        // σ(x)·(1 + x·(1 − σ(x)))
        derivative: B(
            BinaryFn::Mul,
            &U(UnaryFn::Sigmoid, &X),
            &B(
                BinaryFn::Add,
                &ONE,
                &B(
                    BinaryFn::Mul,
                    &X,
                    &B(BinaryFn::Sub, &ONE, &U(UnaryFn::Sigmoid, &X)),
                ),
            ),
        ),
        domain: (-6.0, 6.0),
    },
    Unary {
        f: UnaryFn::Softplus,
        name: "softplus",
        spelling: Spelling::Call,
        doc: "log(1 + e^x)",
        f64: softplus,
        // max(x, 0) + log1p(exp(-|x|)): no overflow, accurate in both tails.
        f32: B(
            BinaryFn::Add,
            &B(BinaryFn::Max, &X, &C(0.0)),
            &U(
                UnaryFn::Log1p,
                &U(UnaryFn::Exp, &P1(Prim::Neg, &P1(Prim::Abs, &X))),
            ),
        ),
        derivative: U(UnaryFn::Sigmoid, &X),
        domain: (-8.0, 8.0),
    },
    Unary {
        f: UnaryFn::Tanh,
        name: "tanh",
        spelling: Spelling::Call,
        doc: "hyperbolic tangent",
        f64: f64::tanh,
        // 1 - 2 / (exp(2x) + 1), with a series near 0 where that cancels.
        f32: Formula::Select {
            lhs: &P1(Prim::Abs, &X),
            cmp: Cmp::Lt,
            rhs: &C(0.03),
            then: &TANH_SERIES,
            other: &B(
                BinaryFn::Sub,
                &ONE,
                &B(
                    BinaryFn::Div,
                    &C(2.0),
                    &B(
                        BinaryFn::Add,
                        &U(UnaryFn::Exp, &B(BinaryFn::Mul, &C(2.0), &X)),
                        &ONE,
                    ),
                ),
            ),
        },
        derivative: B(BinaryFn::Sub, &ONE, &B(BinaryFn::Mul, &R, &R)),
        domain: (-4.0, 4.0),
    },
    Unary {
        f: UnaryFn::Abs,
        name: "abs",
        spelling: Spelling::Call,
        doc: "|x|",
        f64: f64::abs,
        f32: P1(Prim::Abs, &X),
        derivative: U(UnaryFn::Sign, &X),
        domain: (-4.0, 4.0),
    },
    Unary {
        f: UnaryFn::Cosh,
        name: "cosh",
        spelling: Spelling::Call,
        doc: "hyperbolic cosine",
        f64: f64::cosh,
        f32: B(
            BinaryFn::Mul,
            &C(0.5),
            &B(
                BinaryFn::Add,
                &U(UnaryFn::Exp, &X),
                &U(UnaryFn::Exp, &P1(Prim::Neg, &X)),
            ),
        ),
        derivative: U(UnaryFn::Sinh, &X),
        domain: (-4.0, 4.0),
    },
    Unary {
        f: UnaryFn::Sinh,
        name: "sinh",
        spelling: Spelling::Call,
        doc: "hyperbolic sine",
        f64: f64::sinh,
        // (e^x - e^-x) / 2, with x + x³/6 + x⁵/120 near 0 where that cancels.
        f32: Formula::Select {
            lhs: &P1(Prim::Abs, &X),
            cmp: Cmp::Lt,
            rhs: &C(0.25),
            then: &B(
                BinaryFn::Mul,
                &B(
                    BinaryFn::Add,
                    &B(
                        BinaryFn::Mul,
                        &B(
                            BinaryFn::Add,
                            &B(BinaryFn::Mul, &B(BinaryFn::Mul, &X, &X), &C(1.0 / 120.0)),
                            &C(1.0 / 6.0),
                        ),
                        &B(BinaryFn::Mul, &X, &X),
                    ),
                    &ONE,
                ),
                &X,
            ),
            other: &B(
                BinaryFn::Mul,
                &C(0.5),
                &B(
                    BinaryFn::Sub,
                    &U(UnaryFn::Exp, &X),
                    &U(UnaryFn::Exp, &P1(Prim::Neg, &X)),
                ),
            ),
        },
        derivative: U(UnaryFn::Cosh, &X),
        domain: (-4.0, 4.0),
    },
    Unary {
        f: UnaryFn::Sign,
        name: "sign",
        spelling: Spelling::Internal,
        doc: "-1, 0 or 1",
        f64: sign,
        f32: Formula::Select {
            lhs: &X,
            cmp: Cmp::Gt,
            rhs: &C(0.0),
            then: &ONE,
            other: &Formula::Select {
                lhs: &X,
                cmp: Cmp::Lt,
                rhs: &C(0.0),
                then: &C(-1.0),
                other: &C(0.0),
            },
        },
        derivative: C(0.0),
        domain: (-4.0, 4.0),
    },
];

/// The binary table, in [`BinaryFn`] order.
const BINARY: [Binary; 8] = [
    Binary {
        f: BinaryFn::Add,
        name: "add",
        spelling: Spelling::Operator("+"),
        doc: "x + y",
        f64: |a, b| a + b,
        f32: P2(Prim::Add, &X, &Y),
        adjoint: Some(AdjointRule {
            shared: &[],
            dx: G,
            dy: G,
        }),
        domain: (-4.0, 4.0),
    },
    Binary {
        f: BinaryFn::Sub,
        name: "sub",
        spelling: Spelling::Operator("-"),
        doc: "x - y",
        f64: |a, b| a - b,
        f32: P2(Prim::Sub, &X, &Y),
        adjoint: Some(AdjointRule {
            shared: &[],
            dx: G,
            dy: U(UnaryFn::Neg, &G),
        }),
        domain: (-4.0, 4.0),
    },
    Binary {
        f: BinaryFn::Mul,
        name: "mul",
        spelling: Spelling::Operator("*"),
        doc: "x · y",
        f64: |a, b| a * b,
        f32: P2(Prim::Mul, &X, &Y),
        adjoint: Some(AdjointRule {
            shared: &[],
            dx: B(BinaryFn::Mul, &G, &Y),
            dy: B(BinaryFn::Mul, &G, &X),
        }),
        domain: (-4.0, 4.0),
    },
    Binary {
        f: BinaryFn::Div,
        name: "div",
        spelling: Spelling::Operator("/"),
        doc: "x / y",
        f64: |a, b| a / b,
        f32: P2(Prim::Div, &X, &Y),
        // d(x/y)/dy = -(x/y)/y
        adjoint: Some(AdjointRule {
            shared: &[B(BinaryFn::Div, &R, &Y), B(BinaryFn::Mul, &G, &Shared(0))],
            dx: B(BinaryFn::Div, &G, &Y),
            dy: U(UnaryFn::Neg, &Shared(1)),
        }),
        domain: (0.25, 4.0),
    },
    Binary {
        f: BinaryFn::Pow,
        name: "pow",
        spelling: Spelling::Call,
        doc: "x^y for x > 0 (also x ^ y)",
        f64: f64::powf,
        // exp2(y · log2 x)
        f32: P1(Prim::Exp2, &B(BinaryFn::Mul, &Y, &P1(Prim::Log2, &X))),
        // d(x^y)/dx = y·x^(y-1);  d(x^y)/dy = x^y·log x
        adjoint: Some(AdjointRule {
            shared: &[
                B(
                    BinaryFn::Mul,
                    &Y,
                    &B(BinaryFn::Pow, &X, &B(BinaryFn::Sub, &Y, &ONE)),
                ),
                B(BinaryFn::Mul, &R, &U(UnaryFn::Log, &X)),
            ],
            dx: B(BinaryFn::Mul, &G, &Shared(0)),
            dy: B(BinaryFn::Mul, &G, &Shared(1)),
        }),
        domain: (0.25, 3.0),
    },
    Binary {
        f: BinaryFn::Min,
        name: "min",
        spelling: Spelling::Call,
        doc: "the smaller of x and y",
        f64: f64::min,
        f32: P2(Prim::Min, &X, &Y),
        // The selected operand gets the gradient (x on ties).
        adjoint: Some(AdjointRule {
            shared: &[B(BinaryFn::Ge, &Y, &X), B(BinaryFn::Sub, &ONE, &Shared(0))],
            dx: B(BinaryFn::Mul, &G, &Shared(0)),
            dy: B(BinaryFn::Mul, &G, &Shared(1)),
        }),
        domain: (-4.0, 4.0),
    },
    Binary {
        f: BinaryFn::Max,
        name: "max",
        spelling: Spelling::Call,
        doc: "the larger of x and y",
        f64: f64::max,
        f32: P2(Prim::Max, &X, &Y),
        adjoint: Some(AdjointRule {
            shared: &[B(BinaryFn::Ge, &X, &Y), B(BinaryFn::Sub, &ONE, &Shared(0))],
            dx: B(BinaryFn::Mul, &G, &Shared(0)),
            dy: B(BinaryFn::Mul, &G, &Shared(1)),
        }),
        domain: (-4.0, 4.0),
    },
    Binary {
        f: BinaryFn::Ge,
        name: "ge",
        spelling: Spelling::Internal,
        doc: "1 where x >= y, else 0",
        f64: |a, b| if a >= b { 1.0 } else { 0.0 },
        f32: Formula::Select {
            lhs: &X,
            cmp: Cmp::Ge,
            rhs: &Y,
            then: &ONE,
            other: &C(0.0),
        },
        adjoint: None,
        domain: (-4.0, 4.0),
    },
];

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

/// The names a recurrence body may call, in table order (`sum` is the one non-function
/// builtin; it is listed last).
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
        unary.chain(binary).chain(std::iter::once("sum")).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Points spread over a domain, ends included.
    fn grid((lo, hi): (f64, f64), n: usize) -> impl Iterator<Item = f64> {
        (0..n).map(move |k| lo + (hi - lo) * k as f64 / (n - 1) as f64)
    }

    #[test]
    fn tables_are_in_enum_order() {
        for (k, u) in UNARY.iter().enumerate() {
            assert_eq!(u.f as usize, k, "{}", u.name);
        }
        for (k, b) in BINARY.iter().enumerate() {
            assert_eq!(b.f as usize, k, "{}", b.name);
        }
    }

    #[test]
    fn names_are_unique_among_callable_builtins() {
        let mut names: Vec<_> = layer_names().collect();
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n);
    }

    /// Every f32 definition agrees with the f64 meaning over its domain (relative to the
    /// value's magnitude, with a floor for values near 0).
    #[test]
    fn f32_definitions_agree_with_f64() {
        for u in &UNARY {
            for x in grid(u.domain, 401) {
                let want = (u.f64)(x);
                let got = f64::from(u.f32.eval_f32(x as f32, 0.0));
                let tol = 2e-6 * want.abs().max(1.0);
                assert!(
                    (got - want).abs() <= tol,
                    "{}({x}) = {got}, want {want}",
                    u.name
                );
            }
        }
        for b in &BINARY {
            for x in grid(b.domain, 41) {
                for y in grid(b.domain, 41) {
                    let want = (b.f64)(x, y);
                    let got = f64::from(b.f32.eval_f32(x as f32, y as f32));
                    let tol = 4e-6 * want.abs().max(1.0);
                    assert!(
                        (got - want).abs() <= tol,
                        "{}({x}, {y}) = {got}, want {want}",
                        b.name
                    );
                }
            }
        }
    }

    /// Evaluates a derivative formula in f64 (the test's own evaluator: builtins by their f64
    /// meaning).
    fn eval64(f: &Formula, x: f64, y: f64, r: f64, g: f64, shared: &[f64]) -> f64 {
        let e = |h: &Formula| eval64(h, x, y, r, g, shared);
        match *f {
            Formula::X => x,
            Formula::Y => y,
            Formula::R => r,
            Formula::G => g,
            Formula::Shared(i) => shared[i],
            Formula::C(c) => c,
            Formula::P1(p, a) => f64::from(p.eval(e(a) as f32, 0.0)),
            Formula::P2(p, a, b) => f64::from(p.eval(e(a) as f32, e(b) as f32)),
            Formula::U(h, a) => h.eval(e(a)),
            Formula::B(h, a, b) => h.eval(e(a), e(b)),
            Formula::Select {
                lhs,
                cmp,
                rhs,
                then,
                other,
            } => {
                if cmp.eval(e(lhs) as f32, e(rhs) as f32) {
                    e(then)
                } else {
                    e(other)
                }
            }
        }
    }

    /// Derivatives against central differences of the f64 meaning, away from kinks.
    #[test]
    fn derivatives_match_finite_differences() {
        let h = 1e-6;
        for u in &UNARY {
            for x in grid(u.domain, 37) {
                if matches!(u.f, UnaryFn::Abs | UnaryFn::Sign) && x.abs() < 1e-3 {
                    continue;
                }
                let fd = ((u.f64)(x + h) - (u.f64)(x - h)) / (2.0 * h);
                let d = eval64(&u.derivative, x, 0.0, (u.f64)(x), 0.0, &[]);
                assert!(
                    (d - fd).abs() <= 1e-5 * fd.abs().max(1.0),
                    "{}'({x}) = {d}, finite differences {fd}",
                    u.name
                );
            }
        }
        for b in &BINARY {
            let Some(rule) = b.adjoint else { continue };
            for x in grid(b.domain, 9) {
                for y in grid(b.domain, 9) {
                    if matches!(b.f, BinaryFn::Min | BinaryFn::Max) && (x - y).abs() < 1e-3 {
                        continue;
                    }
                    let r = (b.f64)(x, y);
                    let mut shared = Vec::new();
                    for s in rule.shared {
                        let v = eval64(s, x, y, r, 1.0, &shared);
                        shared.push(v);
                    }
                    let dx = eval64(&rule.dx, x, y, r, 1.0, &shared);
                    let dy = eval64(&rule.dy, x, y, r, 1.0, &shared);
                    let fx = ((b.f64)(x + h, y) - (b.f64)(x - h, y)) / (2.0 * h);
                    let fy = ((b.f64)(x, y + h) - (b.f64)(x, y - h)) / (2.0 * h);
                    assert!(
                        (dx - fx).abs() <= 1e-5 * fx.abs().max(1.0),
                        "d{}/dx({x}, {y}) = {dx}, finite differences {fx}",
                        b.name
                    );
                    assert!(
                        (dy - fy).abs() <= 1e-5 * fy.abs().max(1.0),
                        "d{}/dy({x}, {y}) = {dy}, finite differences {fy}",
                        b.name
                    );
                }
            }
        }
    }

    #[test]
    fn special_function_costs_follow_the_definitions() {
        assert_eq!(UnaryFn::Exp.info().f32.sfu(), 1);
        assert_eq!(UnaryFn::Softplus.info().f32.sfu(), 2);
        assert_eq!(BinaryFn::Pow.info().f32.sfu(), 2);
        assert_eq!(BinaryFn::Add.info().f32.sfu(), 0);
    }
}
