//! Simplifying constructors for expressions: constant folding and the algebraic identities
//! (x + 0, x · 1, x · 0, −(−x), …) that keep derived expressions small. Shapes are inferred
//! (union of operands; a sum removes its dim). Every stage that builds expressions uses these.

use super::{BinaryFn, ConstBits, Dim, DimSet, Expr, Exprs, Handle, UnaryFn};
use crate::syntax::ast::Span;

impl Exprs {
    pub fn konst(&mut self, v: f64, span: Span) -> Handle<Expr> {
        self.intern(Expr::Const(ConstBits::new(v)), DimSet::EMPTY, span)
    }

    /// The value of a constant node.
    pub fn const_value(&self, h: Handle<Expr>) -> Option<f64> {
        match self[h] {
            Expr::Const(c) => Some(c.get()),
            _ => None,
        }
    }

    pub fn unary(&mut self, f: UnaryFn, a: Handle<Expr>, span: Span) -> Handle<Expr> {
        if let Some(x) = self.const_value(a) {
            return self.konst(f.eval(x), span);
        }
        if f == UnaryFn::Neg {
            if let Expr::Unary(UnaryFn::Neg, inner) = self[a] {
                return inner;
            }
        }
        let shape = self.shape(a);
        self.intern(Expr::Unary(f, a), shape, span)
    }

    pub fn binary(
        &mut self,
        f: BinaryFn,
        a: Handle<Expr>,
        b: Handle<Expr>,
        span: Span,
    ) -> Handle<Expr> {
        let (ca, cb) = (self.const_value(a), self.const_value(b));
        if let (Some(x), Some(y)) = (ca, cb) {
            return self.konst(f.eval(x, y), span);
        }
        match f {
            BinaryFn::Add if ca == Some(0.0) => return b,
            BinaryFn::Add | BinaryFn::Sub if cb == Some(0.0) => return a,
            BinaryFn::Sub if ca == Some(0.0) => return self.unary(UnaryFn::Neg, b, span),
            BinaryFn::Sub if a == b => return self.konst(0.0, span),
            BinaryFn::Mul if ca == Some(0.0) || cb == Some(0.0) => return self.konst(0.0, span),
            BinaryFn::Mul if ca == Some(1.0) => return b,
            BinaryFn::Mul | BinaryFn::Div if cb == Some(1.0) => return a,
            BinaryFn::Mul if ca == Some(-1.0) => return self.unary(UnaryFn::Neg, b, span),
            BinaryFn::Mul if cb == Some(-1.0) => return self.unary(UnaryFn::Neg, a, span),
            BinaryFn::Div if ca == Some(0.0) => return self.konst(0.0, span),
            BinaryFn::Pow if cb == Some(1.0) => return a,
            _ => {}
        }
        // Products of three factors group the two with the fewest dims first, so that the
        // inner product is computed once per point of the smaller shape (in the selective
        // scan, `dt · B[n] · u` becomes `(dt · u) · B[n]`: one multiply per state point
        // instead of two).
        if f == BinaryFn::Mul && ca.is_none() && cb.is_none() {
            let split = |e: Handle<Expr>| match self[e] {
                Expr::Binary(BinaryFn::Mul, p, q) => Some((p, q)),
                _ => None,
            };
            let three = match (split(a), split(b)) {
                (Some((p, q)), None) => Some([p, q, b]),
                (None, Some((p, q))) => Some([p, q, a]),
                _ => None,
            };
            if let Some(x) = three {
                let dims = |i: usize, j: usize| self.shape(x[i]).union(self.shape(x[j])).len();
                let (i, j, k) = [(0, 1, 2), (0, 2, 1), (1, 2, 0)]
                    .into_iter()
                    .min_by_key(|&(i, j, _)| dims(i, j))
                    .expect("three pairs");
                if (i, j) != (0, 1) && dims(i, j) < dims(0, 1) {
                    let inner = self.binary(BinaryFn::Mul, x[i], x[j], span.clone());
                    return self.binary(BinaryFn::Mul, inner, x[k], span);
                }
            }
        }
        // Canonical operand order for commutative ops, so `a*b` and `b*a` share a node;
        // constants go first.
        let (a, b) = match f {
            BinaryFn::Add | BinaryFn::Mul | BinaryFn::Min | BinaryFn::Max
                if (cb.is_some() && ca.is_none()) || (ca.is_none() == cb.is_none() && b < a) =>
            {
                (b, a)
            }
            _ => (a, b),
        };
        let shape = self.shape(a).union(self.shape(b));
        self.intern(Expr::Binary(f, a, b), shape, span)
    }

    pub fn add(&mut self, a: Handle<Expr>, b: Handle<Expr>, span: Span) -> Handle<Expr> {
        self.binary(BinaryFn::Add, a, b, span)
    }

    pub fn sub(&mut self, a: Handle<Expr>, b: Handle<Expr>, span: Span) -> Handle<Expr> {
        self.binary(BinaryFn::Sub, a, b, span)
    }

    pub fn mul(&mut self, a: Handle<Expr>, b: Handle<Expr>, span: Span) -> Handle<Expr> {
        self.binary(BinaryFn::Mul, a, b, span)
    }

    pub fn div(&mut self, a: Handle<Expr>, b: Handle<Expr>, span: Span) -> Handle<Expr> {
        self.binary(BinaryFn::Div, a, b, span)
    }

    pub fn neg(&mut self, a: Handle<Expr>, span: Span) -> Handle<Expr> {
        self.unary(UnaryFn::Neg, a, span)
    }

    /// Σ over `d`; the caller guarantees `a` varies along `d`.
    pub fn sum(&mut self, d: Handle<Dim>, a: Handle<Expr>, span: Span) -> Handle<Expr> {
        if let Some(0.0) = self.const_value(a) {
            return a;
        }
        let shape = self.shape(a).without(d);
        self.intern(Expr::Sum(d, a), shape, span)
    }

    /// Reduces `a` to `target` by summing over `dims` (the dims of the value's logical extent
    /// that the target lacks): a real `Σ` where `a` varies along the dim, `size · a` where it
    /// is constant along it (a broadcast value summed).
    pub fn reduce(&mut self, a: Handle<Expr>, dims: DimSet, span: Span) -> Handle<Expr> {
        let mut out = a;
        for d in dims.iter() {
            out = if self.shape(out).contains(d) {
                self.sum(d, out, span.clone())
            } else {
                let n = self.intern(Expr::DimSize(d), DimSet::EMPTY, span.clone());
                self.mul(n, out, span.clone())
            };
        }
        out
    }
}
