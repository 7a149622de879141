//! Scalar f32 math as MLIR text (exp through exp2, log through the approximate log2, the
//! model builtins): one implementation for every emitter, recurrence kernels and layer
//! kernels alike.

use super::kernel::Target;
use crate::ir::{BinaryFn, UnaryFn};

/// An emitter that can write f32 arithmetic: the provided methods build every builtin from
/// the three required ones.
pub(crate) trait ScalarMath {
    /// Writes `op` as a new SSA value (before the scan loop when `pre`) and returns its name.
    fn math_op(&mut self, pre: bool, op: String) -> String;
    /// An f32 constant.
    fn math_const(&mut self, v: f64) -> String;
    fn math_target(&self) -> Target;

    fn call1(&mut self, pre: bool, intrinsic: &str, x: &str) -> String {
        self.math_op(
            pre,
            format!("llvm.call_intrinsic \"{intrinsic}\"({x}) : (f32) -> f32"),
        )
    }

    fn f(&mut self, pre: bool, op: &str, x: &str, y: &str) -> String {
        self.math_op(pre, format!("arith.{op} {x}, {y} : f32"))
    }

    fn exp(&mut self, pre: bool, x: &str) -> String {
        let l2e = self.math_const(std::f64::consts::LOG2_E);
        let y = self.f(pre, "mulf", x, &l2e);
        self.call1(pre, "llvm.exp2.f32", &y)
    }

    fn log(&mut self, pre: bool, x: &str) -> String {
        let l2 = match self.math_target() {
            Target::Gpu => self.call1(pre, "llvm.nvvm.lg2.approx.f", x),
            Target::Host => self.call1(pre, "llvm.log2.f32", x),
        };
        let ln2 = self.math_const(std::f64::consts::LN_2);
        self.f(pre, "mulf", &l2, &ln2)
    }

    fn select(&mut self, pre: bool, c: &str, a: &str, b: &str) -> String {
        self.math_op(pre, format!("arith.select {c}, {a}, {b} : f32"))
    }

    fn cmp(&mut self, pre: bool, pred: &str, a: &str, b: &str) -> String {
        self.math_op(pre, format!("arith.cmpf {pred}, {a}, {b} : f32"))
    }

    /// log(1 + x), accurate for small |x| (a series there; the approximate log2 has an
    /// absolute error that would swamp log(1 + x) ≈ x).
    fn log1p(&mut self, pre: bool, x: &str) -> String {
        let one = self.math_const(1.0);
        let u = self.f(pre, "addf", &one, x);
        let big = self.log(pre, &u);
        // x - x²/2 + x³/3 - … + x⁷/7 by Horner.
        let mut acc = self.math_const(1.0 / 7.0);
        for k in (1..7).rev() {
            let c = self.math_const(if k % 2 == 1 {
                1.0 / k as f64
            } else {
                -1.0 / k as f64
            });
            let m = self.f(pre, "mulf", &acc, x);
            acc = self.f(pre, "addf", &m, &c);
        }
        let small = self.f(pre, "mulf", &acc, x);
        let ax = self.call1(pre, "llvm.fabs.f32", x);
        let lim = self.math_const(0.0625);
        let is_small = self.cmp(pre, "olt", &ax, &lim);
        self.select(pre, &is_small, &small, &big)
    }

    fn sigmoid(&mut self, pre: bool, x: &str) -> String {
        let one = self.math_const(1.0);
        let nx = self.math_op(pre, format!("arith.negf {x} : f32"));
        let e = self.exp(pre, &nx);
        let den = self.f(pre, "addf", &one, &e);
        self.f(pre, "divf", &one, &den)
    }

    fn unary(&mut self, f: UnaryFn, x: &str, pre: bool) -> String {
        match f {
            UnaryFn::Neg => self.math_op(pre, format!("arith.negf {x} : f32")),
            UnaryFn::Exp => self.exp(pre, x),
            UnaryFn::Log => self.log(pre, x),
            UnaryFn::Log1p => self.log1p(pre, x),
            UnaryFn::Sqrt => self.call1(pre, "llvm.sqrt.f32", x),
            UnaryFn::Rsqrt => match self.math_target() {
                Target::Gpu => self.call1(pre, "llvm.nvvm.rsqrt.approx.f", x),
                Target::Host => {
                    let s = self.call1(pre, "llvm.sqrt.f32", x);
                    let one = self.math_const(1.0);
                    self.f(pre, "divf", &one, &s)
                }
            },
            UnaryFn::Sigmoid => self.sigmoid(pre, x),
            UnaryFn::Silu => {
                let s = self.sigmoid(pre, x);
                self.f(pre, "mulf", x, &s)
            }
            UnaryFn::Softplus => {
                // max(x, 0) + log1p(exp(-|x|)): no overflow, accurate in both tails.
                let zero = self.math_const(0.0);
                let m = self.f(pre, "maximumf", x, &zero);
                let ax = self.call1(pre, "llvm.fabs.f32", x);
                let nax = self.math_op(pre, format!("arith.negf {ax} : f32"));
                let e = self.exp(pre, &nax);
                let l = self.log1p(pre, &e);
                self.f(pre, "addf", &m, &l)
            }
            UnaryFn::Tanh => {
                // 1 - 2 / (exp(2x) + 1), with a series near 0 where that cancels.
                let one = self.math_const(1.0);
                let two = self.math_const(2.0);
                let x2 = self.f(pre, "mulf", &two, x);
                let e = self.exp(pre, &x2);
                let den = self.f(pre, "addf", &e, &one);
                let q = self.f(pre, "divf", &two, &den);
                let big = self.f(pre, "subf", &one, &q);
                let xx = self.f(pre, "mulf", x, x);
                let c5 = self.math_const(2.0 / 15.0);
                let c3 = self.math_const(-1.0 / 3.0);
                let t = self.f(pre, "mulf", &xx, &c5);
                let t = self.f(pre, "addf", &t, &c3);
                let t = self.f(pre, "mulf", &t, &xx);
                let t = self.f(pre, "addf", &t, &one);
                let small = self.f(pre, "mulf", &t, x);
                let ax = self.call1(pre, "llvm.fabs.f32", x);
                let lim = self.math_const(0.03);
                let is_small = self.cmp(pre, "olt", &ax, &lim);
                self.select(pre, &is_small, &small, &big)
            }
            UnaryFn::Abs => self.call1(pre, "llvm.fabs.f32", x),
            UnaryFn::Sign => {
                let zero = self.math_const(0.0);
                let one = self.math_const(1.0);
                let mone = self.math_const(-1.0);
                let pos = self.cmp(pre, "ogt", x, &zero);
                let neg = self.cmp(pre, "olt", x, &zero);
                let n = self.select(pre, &neg, &mone, &zero);
                self.select(pre, &pos, &one, &n)
            }
        }
    }

    fn binary(&mut self, f: BinaryFn, x: &str, y: &str, pre: bool) -> String {
        match f {
            BinaryFn::Add => self.f(pre, "addf", x, y),
            BinaryFn::Sub => self.f(pre, "subf", x, y),
            BinaryFn::Mul => self.f(pre, "mulf", x, y),
            BinaryFn::Div => self.f(pre, "divf", x, y),
            BinaryFn::Min => self.f(pre, "minimumf", x, y),
            BinaryFn::Max => self.f(pre, "maximumf", x, y),
            BinaryFn::Pow => {
                // exp2(y · log2 x)
                let l = match self.math_target() {
                    Target::Gpu => self.call1(pre, "llvm.nvvm.lg2.approx.f", x),
                    Target::Host => self.call1(pre, "llvm.log2.f32", x),
                };
                let p = self.f(pre, "mulf", y, &l);
                self.call1(pre, "llvm.exp2.f32", &p)
            }
            BinaryFn::Ge => {
                let c = self.cmp(pre, "oge", x, y);
                let one = self.math_const(1.0);
                let zero = self.math_const(0.0);
                self.select(pre, &c, &one, &zero)
            }
        }
    }

    /// The bf16 bits (i16) of an f32, rounded to nearest even; NaN stays a (quiet) NaN.
    fn bf16_bits(&mut self, pre: bool, v: &str) -> String {
        let bits = self.math_op(pre, format!("arith.bitcast {v} : f32 to i32"));
        let c16 = self.math_op(pre, "arith.constant 16 : i32".into());
        let one = self.math_op(pre, "arith.constant 1 : i32".into());
        let bias = self.math_op(pre, "arith.constant 32767 : i32".into());
        let quiet = self.math_op(pre, "arith.constant 64 : i32".into());
        let hi = self.math_op(pre, format!("arith.shrui {bits}, {c16} : i32"));
        let lsb = self.math_op(pre, format!("arith.andi {hi}, {one} : i32"));
        let r = self.math_op(pre, format!("arith.addi {bits}, {bias} : i32"));
        let r = self.math_op(pre, format!("arith.addi {r}, {lsb} : i32"));
        let r = self.math_op(pre, format!("arith.shrui {r}, {c16} : i32"));
        let nan_bits = self.math_op(pre, format!("arith.ori {hi}, {quiet} : i32"));
        let is_nan = self.math_op(pre, format!("arith.cmpf uno, {v}, {v} : f32"));
        let out = self.math_op(pre, format!("arith.select {is_nan}, {nan_bits}, {r} : i32"));
        self.math_op(pre, format!("arith.trunci {out} : i32 to i16"))
    }
}
