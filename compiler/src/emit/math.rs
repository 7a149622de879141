//! Scalar f32 math as MLIR text: the machine primitives of `ir::builtins` written out per
//! target, and every builtin through its table definition — one lowering for every emitter,
//! recurrence kernels and layer kernels alike.

use super::Target;
use crate::ir::builtins::{Cmp, Fold, Formula, Prim};
use crate::ir::{BinaryFn, UnaryFn};

/// The text of f32 arithmetic `op` (`addf`, `subf`, `mulf`, `divf`, ...) on `x` and `y`. Sums,
/// differences and products may be contracted into fused multiply-adds (one rounding instead
/// of two, and one instruction): the kernels are checked against float64 with tolerances,
/// and a fixed program still gives bitwise-equal results run after run.
pub(crate) fn farith(op: &str, x: &str, y: &str) -> String {
    match op {
        "addf" | "subf" | "mulf" => format!("arith.{op} {x}, {y} fastmath<contract> : f32"),
        _ => format!("arith.{op} {x}, {y} : f32"),
    }
}

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
        self.math_op(pre, farith(op, x, y))
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
                Target::Gpu => self.call1(pre, "llvm.nvvm.rsqrt.approx.ftz.f", a),
                Target::Host => {
                    let s = self.call1(pre, "llvm.sqrt.f32", a);
                    let one = self.math_const(1.0);
                    self.f(pre, "divf", &one, &s)
                }
            },
            // On the GPU the approximations flush subnormals to zero: without `.ftz` ptxas
            // wraps every `ex2`/`lg2` in a rescaling (a compare, two multiplies) for results
            // below 2^-126, which nothing here needs.
            Prim::Exp2 => match self.math_target() {
                Target::Gpu => self.call1(pre, "llvm.nvvm.ex2.approx.ftz.f", a),
                Target::Host => self.call1(pre, "llvm.exp2.f32", a),
            },
            Prim::Log2 => match self.math_target() {
                Target::Gpu => self.call1(pre, "llvm.nvvm.lg2.approx.ftz.f", a),
                Target::Host => self.call1(pre, "llvm.log2.f32", a),
            },
            Prim::Sin | Prim::Cos => {
                let (gpu, host) = match p {
                    Prim::Sin => ("llvm.nvvm.sin.approx.ftz.f", "llvm.sin.f32"),
                    _ => ("llvm.nvvm.cos.approx.ftz.f", "llvm.cos.f32"),
                };
                match self.math_target() {
                    Target::Gpu => {
                        let r = self.reduce_to_pi(pre, a);
                        self.call1(pre, gpu, &r)
                    }
                    Target::Host => self.call1(pre, host, a),
                }
            }
            Prim::Add => self.f(pre, "addf", a, b),
            Prim::Sub => self.f(pre, "subf", a, b),
            Prim::Mul => self.f(pre, "mulf", a, b),
            Prim::Div => self.f(pre, "divf", a, b),
            Prim::Min => self.f(pre, "minimumf", a, b),
            Prim::Max => self.f(pre, "maximumf", a, b),
        }
    }

    /// `x - 2πk` with `k` the nearest integer to `x / 2π`, in [-π, π] (where the GPU's
    /// approximate `sin`/`cos` are accurate to about 2^-21): 2π split in a part of 8 bits, whose
    /// products with `k` are exact for |k| < 2^16, and the rest.
    fn reduce_to_pi(&mut self, pre: bool, x: &str) -> String {
        const TWO_PI_HI: f64 = 6.28125;
        let inv = self.math_const(1.0 / std::f64::consts::TAU);
        let q = self.f(pre, "mulf", x, &inv);
        let k = self.call1(pre, "llvm.roundeven.f32", &q);
        let hi = self.math_const(TWO_PI_HI);
        let lo = self.math_const(std::f64::consts::TAU - TWO_PI_HI);
        let khi = self.f(pre, "mulf", &k, &hi);
        let r = self.f(pre, "subf", x, &khi);
        let klo = self.f(pre, "mulf", &k, &lo);
        self.f(pre, "subf", &r, &klo)
    }

    fn unary(&mut self, f: UnaryFn, x: &str, pre: bool) -> String {
        f.info().f32.fold(&mut Lowering::new(self, x, "", pre))
    }

    fn binary(&mut self, f: BinaryFn, x: &str, y: &str, pre: bool) -> String {
        f.info().f32.fold(&mut Lowering::new(self, x, y, pre))
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

/// A builtin's f32 definition written as MLIR at `x`, `y` (hoisted when `pre`); a term that
/// occurs twice in one definition is computed once.
struct Lowering<'a, E: ?Sized> {
    e: &'a mut E,
    x: String,
    y: String,
    pre: bool,
    seen: Vec<(Formula, String)>,
}

impl<'a, E: ScalarMath + ?Sized> Lowering<'a, E> {
    fn new(e: &'a mut E, x: &str, y: &str, pre: bool) -> Self {
        Lowering {
            e,
            x: x.to_string(),
            y: y.to_string(),
            pre,
            seen: Vec::new(),
        }
    }
}

impl<E: ScalarMath + ?Sized> Fold for Lowering<'_, E> {
    type V = String;

    fn leaf(&mut self, f: &Formula) -> String {
        match f {
            Formula::X => self.x.clone(),
            Formula::Y => self.y.clone(),
            _ => unreachable!("f32 definitions read only their arguments"),
        }
    }

    fn constant(&mut self, c: f64) -> String {
        self.e.math_const(c)
    }

    fn prim(&mut self, p: Prim, a: String, b: Option<String>) -> String {
        self.e.prim(p, &a, b.as_deref().unwrap_or(""), self.pre)
    }

    fn unary(&mut self, f: UnaryFn, a: String) -> String {
        self.e.unary(f, &a, self.pre)
    }

    fn binary(&mut self, f: BinaryFn, a: String, b: String) -> String {
        self.e.binary(f, &a, &b, self.pre)
    }

    fn select(&mut self, l: String, cmp: Cmp, r: String, t: String, o: String) -> String {
        let pred = match cmp {
            Cmp::Lt => "olt",
            Cmp::Gt => "ogt",
            Cmp::Ge => "oge",
        };
        let c = self.e.cmp(self.pre, pred, &l, &r);
        self.e.select(self.pre, &c, &t, &o)
    }

    fn recall(&mut self, f: &Formula) -> Option<String> {
        self.seen
            .iter()
            .find(|(g, _)| g == f)
            .map(|(_, v)| v.clone())
    }

    fn remember(&mut self, f: &Formula, v: &String) {
        self.seen.push((*f, v.clone()));
    }
}
