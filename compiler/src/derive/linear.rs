//! Linearity: each state's update is rewritten as `a ⊙ h + b` by propagating an affine form
//! through the expression DAG. Products of two state-dependent values, functions of the state,
//! the state in a denominator, sums that mix elements of the state, and updates that read
//! another state are rejected with the offending subexpression.

use std::collections::HashMap;

pub use super::combine::Semiring;
use crate::error::{DeriveError, Error, NonLinearReason};
use crate::ir::{BinaryFn, DimSet, Expr, Handle, Recurrence, State, UnaryFn, When};

/// `h_new = a ⊙ h + b` over the state's semiring; neither `a` nor `b` reads any state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decomposition {
    pub state: Handle<State>,
    pub a: Handle<Expr>,
    pub b: Handle<Expr>,
    pub semiring: Semiring,
}

/// A node's value as a function of the state being decomposed.
#[derive(Debug, Clone, Copy)]
enum Form {
    /// Does not read the state.
    Pure,
    /// `a ⊙ h + b`.
    Affine { a: Handle<Expr>, b: Handle<Expr> },
}

pub fn decompose(rec: &mut Recurrence) -> Result<Vec<Decomposition>, Vec<Error>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let states: Vec<Handle<State>> = rec.states.handles().collect();
    for s in states {
        match decompose_state(rec, s) {
            Ok(d) => out.push(d),
            Err(e) => errors.push(Error::from(e)),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Where to report a problem found at node `h` of state `s`'s update: its own span, unless
/// the node is shared with another state's update and was first written there (its span then
/// points at that other update): then this update's.
fn report_span(rec: &Recurrence, s: Handle<State>, h: Handle<Expr>) -> std::ops::Range<usize> {
    let span = rec.exprs.span(h);
    let within =
        |outer: &std::ops::Range<usize>| outer.start <= span.start && span.end <= outer.end;
    let own = rec.exprs.span(rec.states[s].update);
    let elsewhere = rec
        .states
        .iter()
        .any(|(o, st)| o != s && within(&rec.exprs.span(st.update)));
    if elsewhere && !within(&own) {
        own
    } else {
        span
    }
}

fn decompose_state(rec: &mut Recurrence, s: Handle<State>) -> Result<Decomposition, DeriveError> {
    let root = rec.states[s].update;
    if let Some(d) = max_plus(rec, s, root) {
        return Ok(d);
    }
    let state_dims = DimSet::of(&rec.states[s].dims);
    let name = rec.states[s].name.clone();
    let mut forms: HashMap<Handle<Expr>, Form> = HashMap::new();
    // Operands have smaller handles than their users: one pass in handle order suffices.
    let reachable = reachable_from(rec, root);
    // Reading another state is reported at the reading expression (the leaf itself is shared
    // with the other state's own equations).
    for &h in &reachable {
        let reads: Vec<Handle<Expr>> = if h == root { vec![h] } else { vec![] }
            .into_iter()
            .chain(rec.exprs.operands(h))
            .collect();
        for x in reads {
            if let Expr::State(other, _) = rec.exprs[x] {
                if other != s {
                    return Err(DeriveError::NonLinear {
                        state: name,
                        reason: NonLinearReason::ReadsOtherState {
                            other: rec.states[other].name.clone(),
                        },
                        span: report_span(rec, s, h),
                    });
                }
            }
        }
    }
    for h in reachable {
        let span = report_span(rec, s, h);
        let fail = |reason| DeriveError::NonLinear {
            state: name.clone(),
            reason,
            span: span.clone(),
        };
        let form_of = |x: Handle<Expr>| forms[&x];
        let e = rec.exprs[h];
        let form = match e {
            Expr::Const(_) | Expr::Input(_) | Expr::DimSize(_) => Form::Pure,
            Expr::Adjoint(_) | Expr::OutputGrad(_) => Form::Pure,
            Expr::State(other, When::Prev) if other == s => {
                let one = rec.exprs.konst(1.0, span.clone());
                let zero = rec.exprs.konst(0.0, span.clone());
                Form::Affine { a: one, b: zero }
            }
            Expr::State(other, _) => {
                return Err(fail(NonLinearReason::ReadsOtherState {
                    other: rec.states[other].name.clone(),
                }));
            }
            Expr::Unary(f, x) => match (f, form_of(x)) {
                (_, Form::Pure) => Form::Pure,
                (UnaryFn::Neg, Form::Affine { a, b }) => Form::Affine {
                    a: rec.exprs.neg(a, span.clone()),
                    b: rec.exprs.neg(b, span.clone()),
                },
                (f, Form::Affine { .. }) => {
                    return Err(fail(NonLinearReason::FunctionOfState {
                        function: f.name().to_string(),
                    }));
                }
            },
            Expr::Binary(f, x, y) => {
                let (fx, fy) = (form_of(x), form_of(y));
                match (f, fx, fy) {
                    (_, Form::Pure, Form::Pure) => Form::Pure,
                    (BinaryFn::Add | BinaryFn::Sub, _, _) => {
                        let (ax, bx) = parts(rec, fx, x, &span);
                        let (ay, by) = parts(rec, fy, y, &span);
                        let op = f;
                        Form::Affine {
                            a: rec.exprs.binary(op, ax, ay, span.clone()),
                            b: rec.exprs.binary(op, bx, by, span.clone()),
                        }
                    }
                    (BinaryFn::Mul, Form::Pure, Form::Affine { a, b })
                    | (BinaryFn::Mul, Form::Affine { a, b }, Form::Pure) => {
                        let k = if matches!(fx, Form::Pure) { x } else { y };
                        Form::Affine {
                            a: rec.exprs.mul(k, a, span.clone()),
                            b: rec.exprs.mul(k, b, span.clone()),
                        }
                    }
                    (BinaryFn::Mul, Form::Affine { .. }, Form::Affine { .. }) => {
                        return Err(fail(NonLinearReason::StateTimesState));
                    }
                    (BinaryFn::Div, Form::Affine { a, b }, Form::Pure) => Form::Affine {
                        a: rec.exprs.div(a, y, span.clone()),
                        b: rec.exprs.div(b, y, span.clone()),
                    },
                    (BinaryFn::Div, _, Form::Affine { .. }) => {
                        return Err(fail(NonLinearReason::StateInDenominator));
                    }
                    (f, _, _) => {
                        return Err(fail(NonLinearReason::FunctionOfState {
                            function: f.name().to_string(),
                        }));
                    }
                }
            }
            Expr::Sum(d, x) => match form_of(x) {
                Form::Pure => Form::Pure,
                Form::Affine { .. } if state_dims.contains(d) => {
                    return Err(fail(NonLinearReason::MixesElements {
                        dim: rec.dims[d].name.clone(),
                    }));
                }
                Form::Affine { a, b } => {
                    let dim = DimSet::single(d);
                    Form::Affine {
                        a: rec.exprs.reduce(a, dim, span.clone()),
                        b: rec.exprs.reduce(b, dim, span.clone()),
                    }
                }
            },
        };
        forms.insert(h, form);
    }
    let span = rec.exprs.span(root);
    let (a, b) = parts(rec, forms[&root], root, &span);
    Ok(Decomposition {
        state: s,
        a,
        b,
        semiring: Semiring::SumProduct,
    })
}

/// `max(h + a, b)` (either operand order; `h` alone is `h + 0`): the update of `s` rooted at
/// `root` as a (max, +) map, where the state enters with coefficient exactly 1 and `b` reads
/// no state. None for any other update (the (×, +) decomposition then decides).
fn max_plus(rec: &mut Recurrence, s: Handle<State>, root: Handle<Expr>) -> Option<Decomposition> {
    let Expr::Binary(BinaryFn::Max, x, y) = rec.exprs[root] else {
        return None;
    };
    let reads_state = |rec: &Recurrence, h: Handle<Expr>| {
        reachable_from(rec, h)
            .into_iter()
            .any(|n| matches!(rec.exprs[n], Expr::State(..)))
    };
    let (with, without) = match (reads_state(rec, x), reads_state(rec, y)) {
        (true, false) => (x, y),
        (false, true) => (y, x),
        _ => return None,
    };
    // `with` must be `h`, `h + a` or `a + h` with `a` free of state.
    let prev = |e: Expr| matches!(e, Expr::State(o, When::Prev) if o == s);
    let span = rec.exprs.span(with);
    let a = match rec.exprs[with] {
        e if prev(e) => rec.exprs.konst(0.0, span),
        Expr::Binary(BinaryFn::Add, p, q) if prev(rec.exprs[p]) && !reads_state(rec, q) => q,
        Expr::Binary(BinaryFn::Add, p, q) if prev(rec.exprs[q]) && !reads_state(rec, p) => p,
        Expr::Binary(BinaryFn::Sub, p, q) if prev(rec.exprs[p]) && !reads_state(rec, q) => {
            rec.exprs.neg(q, span)
        }
        _ => return None,
    };
    Some(Decomposition {
        state: s,
        a,
        b: without,
        semiring: Semiring::MaxPlus,
    })
}

/// `(a, b)` of a form; a pure value `x` is `0 ⊙ h + x`.
fn parts(
    rec: &mut Recurrence,
    f: Form,
    x: Handle<Expr>,
    span: &std::ops::Range<usize>,
) -> (Handle<Expr>, Handle<Expr>) {
    match f {
        Form::Pure => (rec.exprs.konst(0.0, span.clone()), x),
        Form::Affine { a, b } => (a, b),
    }
}

/// Every node `root` depends on, in increasing handle order.
pub fn reachable_from(rec: &Recurrence, root: Handle<Expr>) -> Vec<Handle<Expr>> {
    let mut seen = vec![false; rec.exprs.len()];
    let mut stack = vec![root];
    while let Some(h) = stack.pop() {
        if std::mem::replace(&mut seen[h.index()], true) {
            continue;
        }
        stack.extend(rec.exprs.operands(h));
    }
    seen.iter()
        .enumerate()
        .filter(|&(_, &s)| s)
        .map(|(i, _)| Handle::from_index(i))
        .collect()
}
