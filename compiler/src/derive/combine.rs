//! The combine operator of a linear recurrence. A step `h ↦ a ⊗ h ⊕ b` is an affine map over
//! the state's semiring; composing two of them gives another, so pairs `(a, b)` form a monoid
//! under
//!
//! ```text
//! (a1, b1) ∘ (a2, b2) = (a2 ⊗ a1, a2 ⊗ b1 ⊕ b2)      identity (1̄, 0̄)
//! ```
//!
//! (apply the first, then the second): with (⊗, ⊕) = (·, +), `(a2·a1, a2·b1 + b2)` and identity
//! (1, 0); over (max, +), `(a2 + a1, max(a2 + b1, b2))` and identity (0, -inf). The operator is
//! derived by substituting one affine map into the other, and kept as a small expression tree
//! so back ends emit it as they would any expression.

use std::sync::LazyLock;

/// The algebra a state's update is linear in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Semiring {
    /// `h ↦ a · h + b`.
    #[default]
    SumProduct,
    /// `h ↦ max(h + a, b)`: linear over (max, +) — a running maximum with a drift, the
    /// stabiliser of xLSTM's exponential gates (`m_t = max(m_{t-1} + log f_t, ĩ_t)`).
    MaxPlus,
}

impl Semiring {
    /// `x ⊗ y`.
    fn times(self, x: CExpr, y: CExpr) -> CExpr {
        match self {
            Semiring::SumProduct => CExpr::Mul(Box::new(x), Box::new(y)),
            Semiring::MaxPlus => CExpr::Add(Box::new(x), Box::new(y)),
        }
    }

    /// `x ⊕ y`.
    fn plus(self, x: CExpr, y: CExpr) -> CExpr {
        match self {
            Semiring::SumProduct => CExpr::Add(Box::new(x), Box::new(y)),
            Semiring::MaxPlus => CExpr::Max(Box::new(x), Box::new(y)),
        }
    }

    /// `x ⊗ y` on numbers.
    pub fn times_f64(self, x: f64, y: f64) -> f64 {
        match self {
            Semiring::SumProduct => x * y,
            Semiring::MaxPlus => x + y,
        }
    }

    /// `x ⊕ y` on numbers.
    pub fn plus_f64(self, x: f64, y: f64) -> f64 {
        match self {
            Semiring::SumProduct => x + y,
            Semiring::MaxPlus => x.max(y),
        }
    }

    /// The identities of ⊗ and ⊕ (the latter absorbs under ⊗).
    pub fn units(self) -> (f64, f64) {
        match self {
            Semiring::SumProduct => (1.0, 0.0),
            Semiring::MaxPlus => (0.0, f64::NEG_INFINITY),
        }
    }

    /// The combine operator of maps over this semiring, derived once.
    pub fn combine(self) -> &'static CombineOp {
        static SUM_PRODUCT: LazyLock<CombineOp> =
            LazyLock::new(|| CombineOp::derive(Semiring::SumProduct));
        static MAX_PLUS: LazyLock<CombineOp> =
            LazyLock::new(|| CombineOp::derive(Semiring::MaxPlus));
        match self {
            Semiring::SumProduct => &SUM_PRODUCT,
            Semiring::MaxPlus => &MAX_PLUS,
        }
    }
}

/// An operand of the combine: the earlier pair `(a1, b1)` or the later pair `(a2, b2)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    A1,
    B1,
    A2,
    B2,
}

/// An expression over the four slots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CExpr {
    Slot(Slot),
    Mul(Box<CExpr>, Box<CExpr>),
    Add(Box<CExpr>, Box<CExpr>),
    Max(Box<CExpr>, Box<CExpr>),
}

impl CExpr {
    pub fn eval(&self, a1: f64, b1: f64, a2: f64, b2: f64) -> f64 {
        match self {
            CExpr::Slot(Slot::A1) => a1,
            CExpr::Slot(Slot::B1) => b1,
            CExpr::Slot(Slot::A2) => a2,
            CExpr::Slot(Slot::B2) => b2,
            CExpr::Mul(x, y) => x.eval(a1, b1, a2, b2) * y.eval(a1, b1, a2, b2),
            CExpr::Add(x, y) => x.eval(a1, b1, a2, b2) + y.eval(a1, b1, a2, b2),
            CExpr::Max(x, y) => x.eval(a1, b1, a2, b2).max(y.eval(a1, b1, a2, b2)),
        }
    }
}

impl std::fmt::Display for CExpr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CExpr::Slot(s) => write!(
                f,
                "{}",
                match s {
                    Slot::A1 => "a1",
                    Slot::B1 => "b1",
                    Slot::A2 => "a2",
                    Slot::B2 => "b2",
                }
            ),
            CExpr::Mul(x, y) => write!(f, "{x}·{y}"),
            CExpr::Add(x, y) => write!(f, "{x} + {y}"),
            CExpr::Max(x, y) => write!(f, "max({x}, {y})"),
        }
    }
}

/// `(a1, b1) ∘ (a2, b2) = (a, b)` with its identity, over one semiring.
#[derive(Debug, Clone, PartialEq)]
pub struct CombineOp {
    pub semiring: Semiring,
    pub a: CExpr,
    pub b: CExpr,
    pub identity: (f64, f64),
}

/// An affine map `x ↦ coef ⊗ x ⊕ constant` over slot expressions.
struct Affine {
    coef: CExpr,
    constant: CExpr,
}

impl Affine {
    /// `self ∘ inner`: `self(inner(x)) = self.coef ⊗ (inner.coef ⊗ x ⊕ inner.constant) ⊕
    /// self.constant` (⊗ distributes over ⊕).
    fn after(self, inner: Affine, ring: Semiring) -> Affine {
        let coef = ring.times(self.coef.clone(), inner.coef);
        let constant = ring.plus(ring.times(self.coef, inner.constant), self.constant);
        Affine { coef, constant }
    }
}

impl CombineOp {
    /// Derives the operator by composing the step maps of two segments.
    pub fn derive(ring: Semiring) -> CombineOp {
        let first = Affine {
            coef: CExpr::Slot(Slot::A1),
            constant: CExpr::Slot(Slot::B1),
        };
        let second = Affine {
            coef: CExpr::Slot(Slot::A2),
            constant: CExpr::Slot(Slot::B2),
        };
        let both = second.after(first, ring);
        CombineOp {
            semiring: ring,
            a: both.coef,
            b: both.constant,
            // The identity map x ↦ 1̄ ⊗ x ⊕ 0̄.
            identity: ring.units(),
        }
    }

    /// `earlier ∘ later` on numbers.
    pub fn apply(&self, earlier: (f64, f64), later: (f64, f64)) -> (f64, f64) {
        let (a1, b1) = earlier;
        let (a2, b2) = later;
        (self.a.eval(a1, b1, a2, b2), self.b.eval(a1, b1, a2, b2))
    }

    /// The state after a segment with aggregate `p`, from state `h` before it.
    pub fn apply_to_state(&self, p: (f64, f64), h: f64) -> f64 {
        // A state is the pair (0̄, h): the segment that sets it from nothing.
        self.apply((self.identity.1, h), p).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn derived_operator_is_the_textbook_one() {
        let op = CombineOp::derive(Semiring::SumProduct);
        assert_eq!(op.a.to_string(), "a2·a1");
        assert_eq!(op.b.to_string(), "a2·b1 + b2");
        let op = CombineOp::derive(Semiring::MaxPlus);
        assert_eq!(op.a.to_string(), "a2 + a1");
        assert_eq!(op.b.to_string(), "max(a2 + b1, b2)");
    }

    fn pair() -> impl Strategy<Value = (f64, f64)> {
        (-2.0f64..2.0, -2.0f64..2.0)
    }

    proptest! {
        #[test]
        fn associative(x in pair(), y in pair(), z in pair()) {
            for ring in [Semiring::SumProduct, Semiring::MaxPlus] {
                let op = CombineOp::derive(ring);
                let l = op.apply(op.apply(x, y), z);
                let r = op.apply(x, op.apply(y, z));
                prop_assert!((l.0 - r.0).abs() <= 1e-12 * (1.0 + l.0.abs()));
                prop_assert!((l.1 - r.1).abs() <= 1e-12 * (1.0 + l.1.abs()));
            }
        }

        #[test]
        fn identity_on_both_sides(x in pair()) {
            for ring in [Semiring::SumProduct, Semiring::MaxPlus] {
                let op = CombineOp::derive(ring);
                prop_assert_eq!(op.apply(op.identity, x), x);
                prop_assert_eq!(op.apply(x, op.identity), x);
            }
        }

        #[test]
        fn applying_an_aggregate_equals_stepping(steps in prop::collection::vec(pair(), 0..20), h0 in -2.0f64..2.0) {
            let op = CombineOp::derive(Semiring::SumProduct);
            let mut h = h0;
            let mut agg = op.identity;
            for &(a, b) in &steps {
                h = a * h + b;
                agg = op.apply(agg, (a, b));
            }
            let via = op.apply_to_state(agg, h0);
            prop_assert!((via - h).abs() <= 1e-10 * (1.0 + h.abs()));
        }
    }
}
