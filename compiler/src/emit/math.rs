//! Scalar f32 math as MLIR text: the machine primitives of `ir::builtins` written out per
//! target, and every builtin through its table definition — one lowering for every emitter,
//! recurrence kernels and layer kernels alike.

use super::Target;
use crate::ir::builtins::{Cmp, Formula, Prim};
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

    fn select(&mut self, pre: bool, c: &str, a: &str, b: &str) -> String {
        self.math_op(pre, format!("arith.select {c}, {a}, {b} : f32"))
    }

    fn cmp(&mut self, pre: bool, pred: &str, a: &str, b: &str) -> String {
        self.math_op(pre, format!("arith.cmpf {pred}, {a}, {b} : f32"))
    }

    /// A machine primitive (`b` unused by the one-argument ones).
    fn prim(&mut self, p: Prim, a: &str, b: &str, pre: bool) -> String {
        match p {
            Prim::Neg => self.math_op(pre, format!("arith.negf {a} : f32")),
            Prim::Abs => self.call1(pre, "llvm.fabs.f32", a),
            Prim::Sqrt => self.call1(pre, "llvm.sqrt.f32", a),
            Prim::Rsqrt => match self.math_target() {
                Target::Gpu => self.call1(pre, "llvm.nvvm.rsqrt.approx.f", a),
                Target::Host => {
                    let s = self.call1(pre, "llvm.sqrt.f32", a);
                    let one = self.math_const(1.0);
                    self.f(pre, "divf", &one, &s)
                }
            },
            Prim::Exp2 => self.call1(pre, "llvm.exp2.f32", a),
            Prim::Log2 => match self.math_target() {
                Target::Gpu => self.call1(pre, "llvm.nvvm.lg2.approx.f", a),
                Target::Host => self.call1(pre, "llvm.log2.f32", a),
            },
            Prim::Add => self.f(pre, "addf", a, b),
            Prim::Sub => self.f(pre, "subf", a, b),
            Prim::Mul => self.f(pre, "mulf", a, b),
            Prim::Div => self.f(pre, "divf", a, b),
            Prim::Min => self.f(pre, "minimumf", a, b),
            Prim::Max => self.f(pre, "maximumf", a, b),
        }
    }

    /// A builtin's f32 definition at `x`, `y`, in its evaluation order; a term that occurs
    /// twice in one definition is computed once.
    fn formula(
        &mut self,
        f: &Formula,
        x: &str,
        y: &str,
        pre: bool,
        seen: &mut Vec<(Formula, String)>,
    ) -> String {
        if let Some((_, v)) = seen.iter().find(|(g, _)| g == f) {
            return v.clone();
        }
        let v = match *f {
            Formula::X => return x.to_string(),
            Formula::Y => return y.to_string(),
            Formula::C(c) => return self.math_const(c),
            Formula::R | Formula::G | Formula::Shared(_) => {
                unreachable!("f32 definitions read only their arguments")
            }
            Formula::P1(p, a) => {
                let a = self.formula(a, x, y, pre, seen);
                self.prim(p, &a, "", pre)
            }
            Formula::P2(p, a, b) => {
                let a = self.formula(a, x, y, pre, seen);
                let b = self.formula(b, x, y, pre, seen);
                self.prim(p, &a, &b, pre)
            }
            Formula::U(g, a) => {
                let a = self.formula(a, x, y, pre, seen);
                self.unary(g, &a, pre)
            }
            Formula::B(g, a, b) => {
                let a = self.formula(a, x, y, pre, seen);
                let b = self.formula(b, x, y, pre, seen);
                self.binary(g, &a, &b, pre)
            }
            Formula::Select {
                lhs,
                cmp,
                rhs,
                then,
                other,
            } => {
                let o = self.formula(other, x, y, pre, seen);
                let t = self.formula(then, x, y, pre, seen);
                let l = self.formula(lhs, x, y, pre, seen);
                let r = self.formula(rhs, x, y, pre, seen);
                let pred = match cmp {
                    Cmp::Lt => "olt",
                    Cmp::Gt => "ogt",
                    Cmp::Ge => "oge",
                };
                let c = self.cmp(pre, pred, &l, &r);
                self.select(pre, &c, &t, &o)
            }
        };
        seen.push((*f, v.clone()));
        v
    }

    fn unary(&mut self, f: UnaryFn, x: &str, pre: bool) -> String {
        self.formula(&f.info().f32, x, "", pre, &mut Vec::new())
    }

    fn binary(&mut self, f: BinaryFn, x: &str, y: &str, pre: bool) -> String {
        self.formula(&f.info().f32, x, y, pre, &mut Vec::new())
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
