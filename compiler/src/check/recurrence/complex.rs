//! Complex values in recurrence bodies. A `c64` state is two f32 states, its real and
//! imaginary parts (`x_re`, `x_im`), and every complex expression lowers to a pair of real
//! expressions: `λ ⊙ x` with complex `λ` becomes `(λr xr − λi xi, λr xi + λi xr)`. The
//! derivations then see real states that read one another linearly — a coupled pair, one 2×2
//! rotation-scaling per point — and derive its matrix combine and backward like any other.

use super::*;

/// A lowered value: real, or complex as its real and imaginary parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Val {
    Real(Handle<Expr>),
    Complex(Handle<Expr>, Handle<Expr>),
}

/// The name of a complex state's real or imaginary part.
pub fn part_name(state: &str, imaginary: bool) -> String {
    format!("{state}_{}", if imaginary { "im" } else { "re" })
}

impl Checker<'_> {
    /// The real and imaginary parts of `v` (a real value's imaginary part is 0).
    pub(super) fn parts(&mut self, v: Val, span: &Span) -> (Handle<Expr>, Handle<Expr>) {
        match v {
            Val::Real(h) => (h, self.exprs.konst(0.0, span.clone())),
            Val::Complex(re, im) => (re, im),
        }
    }

    /// The dims `v` varies along (both parts together).
    pub(super) fn val_shape(&self, v: Val) -> DimSet {
        match v {
            Val::Real(h) => self.exprs.shape(h),
            Val::Complex(re, im) => self.exprs.shape(re).union(self.exprs.shape(im)),
        }
    }

    /// `v`, which must be real where `what` is used; a complex value is reported.
    pub(super) fn real(&mut self, v: Val, what: &'static str, span: &Span) -> Option<Handle<Expr>> {
        match v {
            Val::Real(h) => Some(h),
            Val::Complex(..) => {
                self.err(CheckError::ComplexUnsupported {
                    what,
                    span: span.clone(),
                });
                None
            }
        }
    }

    /// `a op b` where either is complex (`+ − · /`; anything else is reported).
    pub(super) fn complex_arith(
        &mut self,
        f: BinaryFn,
        a: Val,
        b: Val,
        span: &Span,
    ) -> Option<Val> {
        let sp = span.clone();
        let (ar, ai) = self.parts(a, span);
        let (br, bi) = self.parts(b, span);
        let ex = &mut self.exprs;
        let v = match f {
            BinaryFn::Add | BinaryFn::Sub => {
                Val::Complex(ex.binary(f, ar, br, sp.clone()), ex.binary(f, ai, bi, sp))
            }
            BinaryFn::Mul => {
                let (rr, ii) = (ex.mul(ar, br, sp.clone()), ex.mul(ai, bi, sp.clone()));
                let (ri, ir) = (ex.mul(ar, bi, sp.clone()), ex.mul(ai, br, sp.clone()));
                Val::Complex(ex.sub(rr, ii, sp.clone()), ex.add(ri, ir, sp))
            }
            BinaryFn::Div if matches!(b, Val::Real(_)) => {
                Val::Complex(ex.div(ar, br, sp.clone()), ex.div(ai, br, sp))
            }
            BinaryFn::Div => {
                // (a + bi) / (c + di) = ((ac + bd) + (bc − ad) i) / (c² + d²)
                let (cc, dd) = (ex.mul(br, br, sp.clone()), ex.mul(bi, bi, sp.clone()));
                let den = ex.add(cc, dd, sp.clone());
                let (ac, bd) = (ex.mul(ar, br, sp.clone()), ex.mul(ai, bi, sp.clone()));
                let (bc, ad) = (ex.mul(ai, br, sp.clone()), ex.mul(ar, bi, sp.clone()));
                let re = ex.add(ac, bd, sp.clone());
                let im = ex.sub(bc, ad, sp.clone());
                Val::Complex(ex.div(re, den, sp.clone()), ex.div(im, den, sp))
            }
            _ => {
                self.err(CheckError::ComplexUnsupported {
                    what: "this operation of a complex value (complex values take + - * /, exp, abs, re, im, conj)",
                    span: span.clone(),
                });
                return None;
            }
        };
        Some(v)
    }

    /// A call of a complex form, or of `exp`/`abs` on a complex value; None when `name` is
    /// none of them (or `exp`/`abs` of a real value: the real builtin then).
    pub(super) fn complex_call(
        &mut self,
        name: &str,
        args: &[Val],
        span: &Span,
    ) -> Option<Option<Val>> {
        let sp = span.clone();
        let v = match (name, args) {
            ("complex", &[x, y]) => {
                let x = self.real(x, "a complex value as a part of `complex(x, y)`", span);
                let y = self.real(y, "a complex value as a part of `complex(x, y)`", span);
                Some(Val::Complex(x?, y?))
            }
            ("re" | "im", &[z]) => {
                let (re, im) = self.parts(z, span);
                Some(Val::Real(if name == "re" { re } else { im }))
            }
            ("conj", &[z]) => {
                let (re, im) = self.parts(z, span);
                Some(Val::Complex(re, self.exprs.neg(im, sp)))
            }
            ("abs", &[Val::Complex(re, im)]) => {
                let ex = &mut self.exprs;
                let (rr, ii) = (ex.mul(re, re, sp.clone()), ex.mul(im, im, sp.clone()));
                let n = ex.add(rr, ii, sp.clone());
                Some(Val::Real(ex.unary(UnaryFn::Sqrt, n, sp)))
            }
            ("exp", &[Val::Complex(re, im)]) => {
                let ex = &mut self.exprs;
                let m = ex.unary(UnaryFn::Exp, re, sp.clone());
                let (c, s) = (
                    ex.unary(UnaryFn::Cos, im, sp.clone()),
                    ex.unary(UnaryFn::Sin, im, sp.clone()),
                );
                Some(Val::Complex(ex.mul(m, c, sp.clone()), ex.mul(m, s, sp)))
            }
            ("complex" | "re" | "im" | "conj", _) => None,
            _ => return None,
        };
        Some(v)
    }
}
