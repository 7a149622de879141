//! Folding a formula: the one walk over a [`Formula`], which fixes its evaluation order —
//! operands left to right; a `Select` evaluates `other`, then `then`, then its comparison.
//! The MLIR lowering, the f32 evaluator, reverse mode, the special-function count, the
//! listing of `linrec builtins` and the tests' float64 evaluator are each a [`Fold`].

use super::{BinaryFn, Cmp, Formula, Prim, UnaryFn};

/// What a formula's leaves and operations become.
pub trait Fold {
    type V: Clone;
    /// A leaf: `X`, `Y`, `R`, `G` or a shared term.
    fn leaf(&mut self, f: &Formula) -> Self::V;
    fn constant(&mut self, c: f64) -> Self::V;
    /// A machine primitive of one (`b` None) or two arguments.
    fn prim(&mut self, p: Prim, a: Self::V, b: Option<Self::V>) -> Self::V;
    fn unary(&mut self, f: UnaryFn, a: Self::V) -> Self::V;
    fn binary(&mut self, f: BinaryFn, a: Self::V, b: Self::V) -> Self::V;
    /// `if lhs cmp rhs { then } else { other }`.
    fn select(
        &mut self,
        lhs: Self::V,
        cmp: Cmp,
        rhs: Self::V,
        then: Self::V,
        other: Self::V,
    ) -> Self::V;
    /// The value of a sub-formula computed before in this fold, where the fold keeps them (a
    /// term written twice is then computed once).
    fn recall(&mut self, _f: &Formula) -> Option<Self::V> {
        None
    }
    fn remember(&mut self, _f: &Formula, _v: &Self::V) {}
}

impl Formula {
    /// Folds the formula with `f`, in its evaluation order.
    pub fn fold<F: Fold>(&self, f: &mut F) -> F::V {
        if let Some(v) = f.recall(self) {
            return v;
        }
        let v = match *self {
            Formula::X | Formula::Y | Formula::R | Formula::G | Formula::Shared(_) => {
                return f.leaf(self);
            }
            Formula::C(c) => return f.constant(c),
            Formula::P1(p, a) => {
                let a = a.fold(f);
                f.prim(p, a, None)
            }
            Formula::P2(p, a, b) => {
                let a = a.fold(f);
                let b = b.fold(f);
                f.prim(p, a, Some(b))
            }
            Formula::U(g, a) => {
                let a = a.fold(f);
                f.unary(g, a)
            }
            Formula::B(g, a, b) => {
                let a = a.fold(f);
                let b = b.fold(f);
                f.binary(g, a, b)
            }
            Formula::Select {
                lhs,
                cmp,
                rhs,
                then,
                other,
            } => {
                let o = other.fold(f);
                let t = then.fold(f);
                let l = lhs.fold(f);
                let r = rhs.fold(f);
                f.select(l, cmp, r, t, o)
            }
        };
        f.remember(self, &v);
        v
    }
}

/// The special-function issues of one evaluation (through the builtins it calls).
pub(super) struct Sfu;

impl Fold for Sfu {
    type V = u32;
    fn leaf(&mut self, _: &Formula) -> u32 {
        0
    }
    fn constant(&mut self, _: f64) -> u32 {
        0
    }
    fn prim(&mut self, p: Prim, a: u32, b: Option<u32>) -> u32 {
        p.sfu() + a + b.unwrap_or(0)
    }
    fn unary(&mut self, f: UnaryFn, a: u32) -> u32 {
        f.info().f32.sfu() + a
    }
    fn binary(&mut self, f: BinaryFn, a: u32, b: u32) -> u32 {
        f.info().f32.sfu() + a + b
    }
    fn select(&mut self, l: u32, _: Cmp, r: u32, t: u32, o: u32) -> u32 {
        l + r + t + o
    }
}

/// The f32 value at `x`, `y`.
pub(super) struct F32 {
    pub x: f32,
    pub y: f32,
}

impl Fold for F32 {
    type V = f32;
    fn leaf(&mut self, f: &Formula) -> f32 {
        match f {
            Formula::X => self.x,
            Formula::Y => self.y,
            _ => panic!("f32 definitions read only their arguments"),
        }
    }
    fn constant(&mut self, c: f64) -> f32 {
        c as f32
    }
    fn prim(&mut self, p: Prim, a: f32, b: Option<f32>) -> f32 {
        p.eval(a, b.unwrap_or(0.0))
    }
    fn unary(&mut self, f: UnaryFn, a: f32) -> f32 {
        f.eval_f32(a)
    }
    fn binary(&mut self, f: BinaryFn, a: f32, b: f32) -> f32 {
        f.eval_f32(a, b)
    }
    fn select(&mut self, l: f32, cmp: Cmp, r: f32, t: f32, o: f32) -> f32 {
        if cmp.eval(l, r) { t } else { o }
    }
}
