//! The table: the builtin enums and one row per builtin (how it is written, its float64
//! meaning, its f32 definition, its derivative, its test domain). Rows are in enum order.

use super::{AdjointRule, Binary, Cmp, Formula, Prim, Spelling, Unary};

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
    LogSigmoid,
    Tanh,
    Abs,
    Cosh,
    Sinh,
    Sin,
    Cos,
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
pub(super) const UNARY: [Unary; 17] = [
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
        f: UnaryFn::LogSigmoid,
        name: "log_sigmoid",
        spelling: Spelling::Call,
        doc: "log(sigmoid(x)) = -softplus(-x) (a gate in log space)",
        f64: |x| -softplus(-x),
        // min(x, 0) - log1p(exp(-|x|)): no overflow, accurate in both tails.
        f32: B(
            BinaryFn::Sub,
            &B(BinaryFn::Min, &X, &C(0.0)),
            &U(
                UnaryFn::Log1p,
                &U(UnaryFn::Exp, &P1(Prim::Neg, &P1(Prim::Abs, &X))),
            ),
        ),
        // sigmoid(-x)
        derivative: U(UnaryFn::Sigmoid, &U(UnaryFn::Neg, &X)),
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
        f: UnaryFn::Sin,
        name: "sin",
        spelling: Spelling::Call,
        doc: "sine (radians)",
        f64: f64::sin,
        f32: P1(Prim::Sin, &X),
        derivative: U(UnaryFn::Cos, &X),
        domain: (-8.0, 8.0),
    },
    Unary {
        f: UnaryFn::Cos,
        name: "cos",
        spelling: Spelling::Call,
        doc: "cosine (radians)",
        f64: f64::cos,
        f32: P1(Prim::Cos, &X),
        derivative: U(UnaryFn::Neg, &U(UnaryFn::Sin, &X)),
        domain: (-8.0, 8.0),
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
pub(super) const BINARY: [Binary; 8] = [
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
