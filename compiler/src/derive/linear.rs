//! Linearity: each state's update is rewritten as `a ⊙ h + b` by propagating an affine form
//! through the expression DAG. Products of two state-dependent values, functions of the state,
//! the state in a denominator, sums that mix elements of the state, and updates that read
//! another state with dims they lack are rejected with the offending subexpression. A state
//! of fewer dims, all the reader's, is read like an input: it is scanned first (a chain).

use std::collections::HashMap;

pub use super::combine::Semiring;
use crate::error::{DeriveError, Error, NonLinearReason};
use crate::ir::{BinaryFn, DimSet, Expr, Handle, Recurrence, State, UnaryFn, When};

/// `h_new = a ⊙ h + Σ_j c_j ⊙ h_j + b` over the state's semiring; neither `a`, the `c_j` nor `b`
/// reads a state of its own group — only the previous values of states scanned before it
/// ([`upstream`]: a chain of scans, such as mLSTM's memory gated by its stabiliser). The `c_j` (`cross`) are the coefficients of the other states of its
/// coupled group that the update reads — together one small matrix transition per point
/// (LRU's rotation-scaling pair, a companion form); empty for a diagonal state. Only (×, +)
/// states couple.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decomposition {
    pub state: Handle<State>,
    pub a: Handle<Expr>,
    pub b: Handle<Expr>,
    pub semiring: Semiring,
    /// `(other state, its coefficient)`, in state order.
    pub cross: Vec<(Handle<State>, Handle<Expr>)>,
}

impl Decomposition {
    /// What one step of the state evaluates: `a`, `b` and the coupled coefficients.
    pub fn roots(&self) -> impl Iterator<Item = Handle<Expr>> + '_ {
        [self.a, self.b]
            .into_iter()
            .chain(self.cross.iter().map(|&(_, c)| c))
    }
}

pub use crate::limits::MAX_COUPLED;

/// Coefficients of states, one per state read (in state order).
type Coefs = Vec<(Handle<State>, Handle<Expr>)>;

/// A node's value as a function of the states read by the update being decomposed.
#[derive(Debug, Clone)]
enum Form {
    /// Does not read any state.
    Pure,
    /// `Σ_j coef_j ⊙ h_j + b`, one coefficient per state read (in state order).
    Affine { coefs: Coefs, b: Handle<Expr> },
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
        if let Err(e) = check_groups(rec, &out) {
            errors.push(Error::from(e));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The coupled groups of states: states linked by a cross coefficient (either way), each group
/// in state order, groups ordered by their first state. A diagonal state is a group of one.
pub fn groups(decs: &[Decomposition]) -> Vec<Vec<Handle<State>>> {
    let mut uf = petgraph::unionfind::UnionFind::<usize>::new(decs.len());
    for d in decs {
        for &(o, _) in &d.cross {
            uf.union(d.state.index(), o.index());
        }
    }
    let mut groups: Vec<Vec<Handle<State>>> = Vec::new();
    let mut of_root: HashMap<usize, usize> = HashMap::new();
    for d in decs {
        let r = uf.find(d.state.index());
        let g = *of_root.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(d.state);
    }
    groups
}

/// A coupled group holds at most [`MAX_COUPLED`] states, all linear over (×, +).
fn check_groups(rec: &Recurrence, decs: &[Decomposition]) -> Result<(), DeriveError> {
    for g in groups(decs) {
        let names = || g.iter().map(|&x| rec.states[x].name.clone()).collect();
        if g.len() > 1 {
            if let Some(&m) = g
                .iter()
                .find(|&&x| decs[x.index()].semiring == Semiring::MaxPlus)
            {
                // Reported at the update that couples it: one reading it, or its own.
                let at = g
                    .iter()
                    .copied()
                    .find(|&x| decs[x.index()].cross.iter().any(|&(o, _)| o == m))
                    .unwrap_or(m);
                // A delay line's state is reported where the lag is read.
                let span = match rec.states[at].origin {
                    crate::ir::StateOrigin::Declared => rec.exprs.span(rec.states[at].update),
                    _ => rec.states.span(at),
                };
                return Err(DeriveError::CoupledMaxPlus {
                    state: rec.states[m].name.clone(),
                    states: names(),
                    span,
                });
            }
        }
        if g.len() > MAX_COUPLED {
            let s = g[g.len() - 1];
            return Err(DeriveError::TooManyCoupled {
                states: names(),
                max: MAX_COUPLED,
                span: rec.exprs.span(rec.states[s].update),
            });
        }
    }
    Ok(())
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

/// Merges two coefficient lists (state order) with `op` where both have a state; where only
/// the right one has it, `only_right` of its coefficient.
fn merge(
    rec: &mut Recurrence,
    x: &[(Handle<State>, Handle<Expr>)],
    y: &[(Handle<State>, Handle<Expr>)],
    op: BinaryFn,
    span: &std::ops::Range<usize>,
) -> Vec<(Handle<State>, Handle<Expr>)> {
    let mut out: Vec<(Handle<State>, Handle<Expr>)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < x.len() || j < y.len() {
        match (x.get(i), y.get(j)) {
            (Some(&(sx, cx)), Some(&(sy, cy))) if sx == sy => {
                out.push((sx, rec.exprs.binary(op, cx, cy, span.clone())));
                i += 1;
                j += 1;
            }
            (Some(&(sx, cx)), Some(&(sy, _))) if sx < sy => {
                out.push((sx, cx));
                i += 1;
            }
            (Some(&(sx, cx)), None) => {
                out.push((sx, cx));
                i += 1;
            }
            (_, Some(&(sy, cy))) => {
                let c = match op {
                    BinaryFn::Sub => rec.exprs.neg(cy, span.clone()),
                    _ => cy,
                };
                out.push((sy, c));
                j += 1;
            }
            (None, None) => unreachable!("the loop runs while one list has entries"),
        }
    }
    out
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
    // Another state may be read where it has the same dims in the same order (one point of
    // each coupled state per point); anything else is reported at the reading expression (the
    // leaf itself is shared with the other state's own equations).
    for &h in &reachable {
        let reads: Vec<Handle<Expr>> = if h == root { vec![h] } else { vec![] }
            .into_iter()
            .chain(rec.exprs.operands(h))
            .collect();
        for x in reads {
            if let Expr::State(other, _) = rec.exprs[x] {
                if other != s
                    && rec.states[other].dims != rec.states[s].dims
                    && !upstream(rec, s, other)
                {
                    let other = rec.states[other].name.clone();
                    return Err(DeriveError::NonLinear {
                        state: name,
                        reason: NonLinearReason::ReadsOtherState {
                            other: other.clone(),
                        },
                        span: report_span(rec, s, h),
                        on: vec![other],
                    });
                }
            }
        }
    }
    for h in reachable {
        let span = report_span(rec, s, h);
        // The states the offending operands' forms read.
        let on = |fs: &[&Form]| -> Vec<String> {
            let mut v: Vec<Handle<State>> = fs
                .iter()
                .flat_map(|f| match f {
                    Form::Affine { coefs, .. } => coefs.iter().map(|&(o, _)| o).collect(),
                    Form::Pure => Vec::new(),
                })
                .collect();
            v.sort();
            v.dedup();
            v.into_iter().map(|o| rec.states[o].name.clone()).collect()
        };
        let fail = |reason, on: Vec<String>| DeriveError::NonLinear {
            state: name.clone(),
            reason,
            span: span.clone(),
            on,
        };
        let form_of = |x: Handle<Expr>| forms[&x].clone();
        let e = rec.exprs[h];
        let form = match e {
            Expr::Const(_) | Expr::Input(_) | Expr::DimSize(_) | Expr::Position(_) => Form::Pure,
            Expr::Adjoint(_) | Expr::OutputGrad(_) => Form::Pure,
            // A state of fewer dims, scanned before this one (a chain): a value like an input.
            Expr::State(other, When::Prev) if upstream(rec, s, other) => Form::Pure,
            Expr::State(other, When::Prev) => {
                let one = rec.exprs.konst(1.0, span.clone());
                let zero = rec.exprs.konst(0.0, span.clone());
                Form::Affine {
                    coefs: vec![(other, one)],
                    b: zero,
                }
            }
            Expr::State(other, When::New) => {
                let other = rec.states[other].name.clone();
                return Err(fail(
                    NonLinearReason::ReadsOtherState {
                        other: other.clone(),
                    },
                    vec![other],
                ));
            }
            Expr::Unary(f, x) => match (f, form_of(x)) {
                (_, Form::Pure) => Form::Pure,
                (UnaryFn::Neg, Form::Affine { coefs, b }) => Form::Affine {
                    coefs: coefs
                        .into_iter()
                        .map(|(o, c)| (o, rec.exprs.neg(c, span.clone())))
                        .collect(),
                    b: rec.exprs.neg(b, span.clone()),
                },
                (f, x @ Form::Affine { .. }) => {
                    let on = on(&[&x]);
                    return Err(fail(
                        NonLinearReason::FunctionOfState {
                            function: f.name().to_string(),
                        },
                        on,
                    ));
                }
            },
            Expr::Binary(f, x, y) => {
                let (fx, fy) = (form_of(x), form_of(y));
                match (f, fx, fy) {
                    (_, Form::Pure, Form::Pure) => Form::Pure,
                    (BinaryFn::Add | BinaryFn::Sub, fx, fy) => {
                        let (cx, bx) = parts(fx, x);
                        let (cy, by) = parts(fy, y);
                        Form::Affine {
                            coefs: merge(rec, &cx, &cy, f, &span),
                            b: rec.exprs.binary(f, bx, by, span.clone()),
                        }
                    }
                    (BinaryFn::Mul, Form::Pure, Form::Affine { coefs, b })
                    | (BinaryFn::Mul, Form::Affine { coefs, b }, Form::Pure) => {
                        let k = if matches!(forms[&x], Form::Pure) {
                            x
                        } else {
                            y
                        };
                        Form::Affine {
                            coefs: coefs
                                .into_iter()
                                .map(|(o, c)| (o, rec.exprs.mul(k, c, span.clone())))
                                .collect(),
                            b: rec.exprs.mul(k, b, span.clone()),
                        }
                    }
                    (BinaryFn::Mul, fx @ Form::Affine { .. }, fy @ Form::Affine { .. }) => {
                        let on = on(&[&fx, &fy]);
                        return Err(fail(NonLinearReason::StateTimesState, on));
                    }
                    (BinaryFn::Div, Form::Affine { coefs, b }, Form::Pure) => Form::Affine {
                        coefs: coefs
                            .into_iter()
                            .map(|(o, c)| (o, rec.exprs.div(c, y, span.clone())))
                            .collect(),
                        b: rec.exprs.div(b, y, span.clone()),
                    },
                    (BinaryFn::Div, _, fy @ Form::Affine { .. }) => {
                        let on = on(&[&fy]);
                        return Err(fail(NonLinearReason::StateInDenominator, on));
                    }
                    (f, fx, fy) => {
                        let on = on(&[&fx, &fy]);
                        return Err(fail(
                            NonLinearReason::FunctionOfState {
                                function: f.name().to_string(),
                            },
                            on,
                        ));
                    }
                }
            }
            Expr::Sum(d, x) => match form_of(x) {
                Form::Pure => Form::Pure,
                x @ Form::Affine { .. } if state_dims.contains(d) => {
                    let on = on(&[&x]);
                    return Err(fail(
                        NonLinearReason::MixesElements {
                            dim: rec.dims[d].name.clone(),
                        },
                        on,
                    ));
                }
                Form::Affine { coefs, b } => {
                    let dim = DimSet::single(d);
                    Form::Affine {
                        coefs: coefs
                            .into_iter()
                            .map(|(o, c)| (o, rec.exprs.reduce(c, dim, span.clone())))
                            .collect(),
                        b: rec.exprs.reduce(b, dim, span.clone()),
                    }
                }
            },
        };
        forms.insert(h, form);
    }
    let span = rec.exprs.span(root);
    let (coefs, b) = parts(forms[&root].clone(), root);
    let a = match coefs.iter().find(|&&(o, _)| o == s) {
        Some(&(_, c)) => c,
        None => rec.exprs.konst(0.0, span.clone()),
    };
    Ok(Decomposition {
        state: s,
        a,
        b,
        semiring: Semiring::SumProduct,
        cross: coefs.into_iter().filter(|&(o, _)| o != s).collect(),
    })
}

/// Whether `s`'s update may read `other` as a value scanned before it (a chain of scans):
/// `other` has a strict subset of `s`'s dims, so every point of `s` reads one point of
/// `other`, and `other` cannot read `s` back (the dims order the chain; no cycle). Its value
/// enters `s`'s `a` and `b` like an input's, and its adjoint gathers what `s`'s gradient
/// sends back through them ([`super::reverse::Adjoint::chain`]).
pub fn upstream(rec: &Recurrence, s: Handle<State>, other: Handle<State>) -> bool {
    let (mine, theirs) = (&rec.states[s].dims, &rec.states[other].dims);
    other != s && theirs.len() < mine.len() && theirs.iter().all(|d| mine.contains(d))
}

/// `max(h + a, b)` (either operand order; `h` alone is `h + 0`): the update of `s` rooted at
/// `root` as a (max, +) map, where the state enters with coefficient exactly 1 and `b` reads
/// no state. None for any other update (the (×, +) decomposition then decides).
fn max_plus(rec: &mut Recurrence, s: Handle<State>, root: Handle<Expr>) -> Option<Decomposition> {
    let Expr::Binary(BinaryFn::Max, x, y) = rec.exprs[root] else {
        return None;
    };
    // (A state scanned before this one is read like an input: a chain.)
    let reads_state = |rec: &Recurrence, h: Handle<Expr>| {
        reachable_from(rec, h)
            .into_iter()
            .any(|n| matches!(rec.exprs[n], Expr::State(o, _) if !upstream(rec, s, o)))
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
        cross: Vec::new(),
    })
}

/// The coefficients and constant of a form; a pure value `x` has none and is its constant.
fn parts(f: Form, x: Handle<Expr>) -> (Coefs, Handle<Expr>) {
    match f {
        Form::Pure => (Vec::new(), x),
        Form::Affine { coefs, b } => (coefs, b),
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
