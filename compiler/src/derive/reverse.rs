//! Reverse mode. For a loss `Σ_t ⟨dy_t, y_t⟩ + ⟨dF, F⟩` (per-step outputs y, final outputs F):
//!
//! ```text
//! g_{L-1} = c_{L-1} + terminal          terminal = (∂F/∂h_L)ᵀ dF
//! g_t     = c_t + a_{t+1} ⊙ g_{t+1}     c_t = (∂y_t/∂h_t)ᵀ dy_t       (run backwards)
//! da_t = g_t ⊙ h_{t-1},  db_t = g_t,    dh_init = a_0 ⊙ g_0
//! ```
//!
//! A chain (a state `h_j` whose `a_j`, `b_j` read the previous value of a state `h` of fewer
//! dims, scanned before it) sends `e_t = Σ (∂a_j/∂h · h_{j,t-1} + ∂b_j/∂h) ⊙ g_{j,t}` back:
//! `g_{t-1}` of `h` gathers it like the decay's term, and `dh_init` gathers `e_0`.
//!
//! Coupled states (`h_i ← a_i h_i + Σ_j c_ij h_j + b_i`, one matrix `M` per point) run the
//! transposed recurrence `g_t = c_t + M_{t+1}ᵀ g_{t+1}`: the adjoint of `h_j` also gathers
//! `c_ij,t+1 ⊙ g_i,t+1`, `dc_ij,t = g_i,t ⊙ h_j,t-1`, and `dh_init = M_0ᵀ g_0`.
//!
//! and every input's gradient follows from `da_t`, `db_t` and `dy_t` by symbolic reverse-mode
//! differentiation over the expression DAG (chain rule node by node, broadcast dims reduced
//! with `Σ`; the arena's hash-consing shares common subexpressions). Parameters (no scan dim)
//! accumulate their per-step contributions over the whole sequence.
//!
//! The adjoint is itself a linear recurrence with gates shifted by one step, so it uses the
//! same combine operator. Positions past the end must act as the identity `(1, 0)`.

use std::collections::{BTreeSet, HashMap};

use super::linear::{Decomposition, Semiring, reachable_from};
use crate::ir::builtins::{Cmp, Fold, Formula, Prim};
use crate::ir::{
    BinaryFn, DimSet, Expr, Handle, Input, OutputKind, Recurrence, State, StateInit, UnaryFn, When,
};
use crate::syntax::ast::Span;

/// `I_t = [h_{t-1} + a_t ≥ b_t]`: 1 where a (max, +) step keeps the carried value (ties go to
/// it), the subgradient of `max(h + a, b)` with respect to `h` and `a`.
fn max_plus_branch(rec: &mut Recurrence, d: &Decomposition, span: &Span) -> Handle<Expr> {
    let sdims = DimSet::of(&rec.states[d.state].dims);
    let prev = rec
        .exprs
        .intern(Expr::State(d.state, When::Prev), sdims, span.clone());
    let kept = rec.exprs.add(prev, d.a, span.clone());
    rec.exprs.binary(BinaryFn::Ge, kept, d.b, span.clone())
}

/// The adjoint recurrence of one state.
#[derive(Debug, Clone, PartialEq)]
pub struct Adjoint {
    pub state: Handle<State>,
    /// `c_t`: what the per-step outputs feed back into `g_t` (reads `h_t`, `dy_t`, inputs at t).
    pub source: Handle<Expr>,
    /// The decay, read one step later: `a_{t+1}`.
    pub decay: Handle<Expr>,
    /// The adjoints of the coupled states whose updates read this state, with their
    /// coefficient of it, read one step later: `g_t += c_{j,t+1} ⊙ g_{j,t+1}` (the transposed
    /// transition). Empty for a diagonal state.
    pub cross: Vec<(Handle<State>, Handle<Expr>)>,
    /// What the states scanned after this one (a chain: their `a` and `b` read its previous
    /// value) send back, read one step later like the decay: `g_t += e_{t+1}`, with
    /// `e = Σ (∂a_j/∂h · h_{j,t-1} + ∂b_j/∂h) ⊙ g_j` over their extra dims. None where no
    /// update reads this state as a chain.
    pub chain: Option<Handle<Expr>>,
    /// Added to `g_{L-1}`: what the final outputs feed back (reads `h_{L-1}`, `dF`, parameters).
    pub terminal: Option<Handle<Expr>>,
    /// `dh_init = a_0 ⊙ g_0` (when the state starts from an input).
    pub init_grad: Option<Handle<Expr>>,
}

/// The gradient of one input.
#[derive(Debug, Clone, PartialEq)]
pub struct InputGrad {
    pub input: Handle<Input>,
    /// Contribution at step t (reads inputs at t, `h_{t-1}`, `h_t`, `g_t`, `dy_t`). For a
    /// sequence input this is its gradient at t; a parameter sums it over all steps.
    pub per_step: Option<Handle<Expr>>,
    /// Contribution of the final outputs (parameters only).
    pub terminal: Option<Handle<Expr>>,
    /// The state this input initialises: add that state's `init_grad`.
    pub initialises: Vec<Handle<State>>,
}

/// What the forward pass keeps for the backward pass, and what the backward recomputes.
#[derive(Debug, Clone, PartialEq)]
pub struct SavePlan {
    /// States saved at the start of every chunk (the chunk length is the strategy's choice);
    /// the backward recomputes `h` inside each chunk from them.
    pub checkpointed: Vec<Handle<State>>,
    /// Inputs the backward reads again.
    pub inputs_read: Vec<Handle<Input>>,
    /// Whether the backward needs `h_{t-1}` (for `da_t = g_t ⊙ h_{t-1}`) and `h_t` (outputs).
    pub needs_prev_state: bool,
    pub needs_new_state: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Backward {
    pub adjoints: Vec<Adjoint>,
    pub input_grads: Vec<InputGrad>,
    pub save: SavePlan,
}

/// Symbolic reverse accumulation: adjoint expressions of every node reached from the seeds.
struct Grad<'a> {
    rec: &'a mut Recurrence,
    adj: HashMap<Handle<Expr>, Handle<Expr>>,
}

impl Grad<'_> {
    fn span(&self, h: Handle<Expr>) -> Span {
        self.rec.exprs.span(h)
    }

    /// Adds `contrib` (an adjoint over the extent of `user`) to `x`, reducing over the dims
    /// `user` has and `x` lacks (never the scan dim: that sum happens across steps).
    fn push(&mut self, x: Handle<Expr>, user: Handle<Expr>, contrib: Handle<Expr>) {
        let scan = self.rec.scan;
        let span = self.span(user);
        let extra = self
            .rec
            .exprs
            .shape(user)
            .minus(self.rec.exprs.shape(x))
            .without(scan);
        let c = self.rec.exprs.reduce(contrib, extra, span.clone());
        self.accumulate(x, c, span);
    }

    fn accumulate(&mut self, x: Handle<Expr>, c: Handle<Expr>, span: Span) {
        let total = match self.adj.get(&x) {
            Some(&prev) => self.rec.exprs.add(prev, c, span),
            None => c,
        };
        self.adj.insert(x, total);
    }

    fn run(&mut self, seeds: &[(Handle<Expr>, Handle<Expr>)]) {
        let mut order: BTreeSet<Handle<Expr>> = BTreeSet::new();
        for &(node, seed) in seeds {
            let span = self.span(node);
            self.accumulate(node, seed, span);
            order.extend(reachable_from(self.rec, node));
        }
        // Users have larger handles than their operands: walk from the largest down.
        for &n in order.iter().rev() {
            let Some(&g) = self.adj.get(&n) else {
                continue;
            };
            let sp = self.span(n);
            let ex = &mut self.rec.exprs;
            match ex[n] {
                Expr::Unary(f, x) => {
                    let d = derivative(ex, f, x, n, sp.clone());
                    let c = ex.mul(g, d, sp);
                    self.push(x, n, c);
                }
                Expr::Binary(f, x, y) => {
                    let (dx, dy) = match f.info().adjoint {
                        Some(rule) => {
                            let mut at = At {
                                x,
                                y: Some(y),
                                r: n,
                                g: Some(g),
                                shared: Vec::new(),
                            };
                            for term in rule.shared {
                                let v = at.build(ex, term, &sp);
                                at.shared.push(v);
                            }
                            (
                                Some(at.build(ex, &rule.dx, &sp)),
                                Some(at.build(ex, &rule.dy, &sp)),
                            )
                        }
                        None => (None, None),
                    };
                    if let Some(dx) = dx {
                        self.push(x, n, dx);
                    }
                    if let Some(dy) = dy {
                        self.push(y, n, dy);
                    }
                }
                // The sum's adjoint is broadcast back along the summed dim.
                Expr::Sum(_, x) => self.accumulate(x, g, sp),
                Expr::Const(_)
                | Expr::Input(_)
                | Expr::State(..)
                | Expr::DimSize(_)
                | Expr::Position(_)
                | Expr::Adjoint(_)
                | Expr::OutputGrad(_) => {}
            }
        }
    }
}

/// f'(x) for a unary function, from the builtin table (reusing the node's own value `y =
/// f(x)` where the table's derivative does). The constant 1 is interned first, as every
/// derivative of the table may use it, which keeps expression handles in a stable order.
fn derivative(
    ex: &mut crate::ir::Exprs,
    f: UnaryFn,
    x: Handle<Expr>,
    y: Handle<Expr>,
    sp: Span,
) -> Handle<Expr> {
    ex.konst(1.0, sp.clone());
    let at = At {
        x,
        y: None,
        r: y,
        g: None,
        shared: Vec::new(),
    };
    at.build(ex, &f.info().derivative, &sp)
}

/// What the leaves of a derivative formula stand for at one node.
struct At {
    x: Handle<Expr>,
    y: Option<Handle<Expr>>,
    /// The node's value.
    r: Handle<Expr>,
    /// The adjoint reaching the node (binary rules).
    g: Option<Handle<Expr>>,
    shared: Vec<Handle<Expr>>,
}

impl At {
    /// The formula as expressions, operands left to right (so nodes are interned in the
    /// formula's order).
    fn build(&self, ex: &mut crate::ir::Exprs, f: &Formula, sp: &Span) -> Handle<Expr> {
        f.fold(&mut Builder { at: self, ex, sp })
    }
}

/// Interns a derivative formula's nodes.
struct Builder<'a> {
    at: &'a At,
    ex: &'a mut crate::ir::Exprs,
    sp: &'a Span,
}

impl Fold for Builder<'_> {
    type V = Handle<Expr>;

    fn leaf(&mut self, f: &Formula) -> Handle<Expr> {
        match *f {
            Formula::X => self.at.x,
            Formula::Y => self.at.y.expect("binary rules only read y"),
            Formula::R => self.at.r,
            Formula::G => self.at.g.expect("binary rules only read the adjoint"),
            Formula::Shared(i) => self.at.shared[i],
            _ => unreachable!("leaves only"),
        }
    }

    fn constant(&mut self, c: f64) -> Handle<Expr> {
        self.ex.konst(c, self.sp.clone())
    }

    fn prim(&mut self, _: Prim, _: Handle<Expr>, _: Option<Handle<Expr>>) -> Handle<Expr> {
        unreachable!("derivatives are written with builtins, not machine primitives")
    }

    fn unary(&mut self, f: UnaryFn, a: Handle<Expr>) -> Handle<Expr> {
        self.ex.unary(f, a, self.sp.clone())
    }

    fn binary(&mut self, f: BinaryFn, a: Handle<Expr>, b: Handle<Expr>) -> Handle<Expr> {
        self.ex.binary(f, a, b, self.sp.clone())
    }

    fn select(
        &mut self,
        _: Handle<Expr>,
        _: Cmp,
        _: Handle<Expr>,
        _: Handle<Expr>,
        _: Handle<Expr>,
    ) -> Handle<Expr> {
        unreachable!("derivatives are written with builtins, not machine primitives")
    }
}

/// Derives the backward pass of a recurrence whose updates are decomposed.
pub fn derive(rec: &mut Recurrence, decs: &[Decomposition]) -> Backward {
    let scan = rec.scan;
    let span = rec.span.clone();

    // Per-step program: seeds from the per-step outputs and from (da_t, db_t).
    let mut seeds = Vec::new();
    for (oh, o) in rec.outputs.iter() {
        if o.kind == OutputKind::PerStep {
            seeds.push((oh, o.value, DimSet::of(&o.dims)));
        }
    }
    let step_seeds: Vec<(Handle<Expr>, Handle<Expr>)> = {
        let mut v = Vec::new();
        for (oh, value, dims) in seeds {
            let dy = rec.exprs.intern(Expr::OutputGrad(oh), dims, span.clone());
            let extra = dims.minus(rec.exprs.shape(value)).without(scan);
            v.push((value, rec.exprs.reduce(dy, extra, span.clone())));
        }
        for d in decs {
            let sdims = DimSet::of(&rec.states[d.state].dims);
            let g = rec
                .exprs
                .intern(Expr::Adjoint(d.state), sdims, span.clone());
            let prev = rec
                .exprs
                .intern(Expr::State(d.state, When::Prev), sdims, span.clone());
            // (×, +): ∂h/∂a = h_{t-1}, ∂h/∂b = 1. (max, +): the branch taken, I or 1 − I.
            let (ga, gb) = match d.semiring {
                Semiring::SumProduct => (rec.exprs.mul(g, prev, span.clone()), g),
                Semiring::MaxPlus => {
                    let i = max_plus_branch(rec, d, &span);
                    let one = rec.exprs.konst(1.0, span.clone());
                    let not_i = rec.exprs.sub(one, i, span.clone());
                    (
                        rec.exprs.mul(g, i, span.clone()),
                        rec.exprs.mul(g, not_i, span.clone()),
                    )
                }
            };
            let ea = sdims.minus(rec.exprs.shape(d.a)).without(scan);
            let eb = sdims.minus(rec.exprs.shape(d.b)).without(scan);
            v.push((d.a, rec.exprs.reduce(ga, ea, span.clone())));
            v.push((d.b, rec.exprs.reduce(gb, eb, span.clone())));
            // A coupled state's coefficient c_j of state j: ∂h/∂c_j = h_{j,t-1}.
            for &(o, c) in &d.cross {
                let odims = DimSet::of(&rec.states[o].dims);
                let hj = rec
                    .exprs
                    .intern(Expr::State(o, When::Prev), odims, span.clone());
                let gc = rec.exprs.mul(g, hj, span.clone());
                let ec = sdims.minus(rec.exprs.shape(c)).without(scan);
                v.push((c, rec.exprs.reduce(gc, ec, span.clone())));
            }
        }
        v
    };
    let mut step = Grad {
        rec,
        adj: HashMap::new(),
    };
    step.run(&step_seeds);
    let step_adj = std::mem::take(&mut step.adj);

    // Terminal program: seeds from the final outputs.
    let final_seeds: Vec<(Handle<Expr>, Handle<Expr>)> = {
        let finals: Vec<_> = rec
            .outputs
            .iter()
            .filter(|(_, o)| o.kind == OutputKind::Final)
            .map(|(oh, o)| (oh, o.value, DimSet::of(&o.dims)))
            .collect();
        finals
            .into_iter()
            .map(|(oh, value, dims)| {
                let df = rec.exprs.intern(Expr::OutputGrad(oh), dims, span.clone());
                let extra = dims.minus(rec.exprs.shape(value));
                (value, rec.exprs.reduce(df, extra, span.clone()))
            })
            .collect()
    };
    let mut term = Grad {
        rec,
        adj: HashMap::new(),
    };
    term.run(&final_seeds);
    let term_adj = term.adj;

    let find = |rec: &Recurrence, e: Expr| rec.exprs.iter().find(|&(_, x)| *x == e).map(|(h, _)| h);
    let mut adjoints = Vec::new();
    for d in decs {
        let new = find(rec, Expr::State(d.state, When::New));
        let source = new
            .and_then(|n| step_adj.get(&n).copied())
            .unwrap_or_else(|| rec.exprs.konst(0.0, span.clone()));
        let terminal = new.and_then(|n| term_adj.get(&n).copied());
        // How g_t reaches h_{t-1}: the decay a (×, +), or the branch indicator (max, +).
        let decay = match d.semiring {
            Semiring::SumProduct => d.a,
            Semiring::MaxPlus => max_plus_branch(rec, d, &span),
        };
        // The states whose updates read this one, with their coefficient of it.
        let cross: Vec<(Handle<State>, Handle<Expr>)> = decs
            .iter()
            .filter_map(|o| {
                o.cross
                    .iter()
                    .find(|&&(x, _)| x == d.state)
                    .map(|&(_, c)| (o.state, c))
            })
            .collect();
        // A chain: what reading h_{t-1} in later states' a and b sent back to it.
        let chain =
            find(rec, Expr::State(d.state, When::Prev)).and_then(|p| step_adj.get(&p).copied());
        let init_grad = match rec.states[d.state].init {
            StateInit::Input(_) => {
                let sdims = DimSet::of(&rec.states[d.state].dims);
                let g = rec
                    .exprs
                    .intern(Expr::Adjoint(d.state), sdims, span.clone());
                let mut v = rec.exprs.mul(decay, g, span.clone());
                for &(o, c) in &cross {
                    let go = rec.exprs.intern(Expr::Adjoint(o), sdims, span.clone());
                    let t = rec.exprs.mul(c, go, span.clone());
                    v = rec.exprs.add(v, t, span.clone());
                }
                if let Some(e) = chain {
                    v = rec.exprs.add(v, e, span.clone());
                }
                Some(v)
            }
            StateInit::Const(_) => None,
        };
        adjoints.push(Adjoint {
            state: d.state,
            source,
            decay,
            cross,
            chain,
            terminal,
            init_grad,
        });
    }

    let mut input_grads = Vec::new();
    for (ih, _) in rec.inputs.iter() {
        let node = find(rec, Expr::Input(ih));
        let per_step = node.and_then(|n| step_adj.get(&n).copied());
        let terminal = node.and_then(|n| term_adj.get(&n).copied());
        let initialises = rec
            .states
            .iter()
            .filter(|(_, s)| s.init == StateInit::Input(ih))
            .map(|(h, _)| h)
            .collect();
        input_grads.push(InputGrad {
            input: ih,
            per_step,
            terminal,
            initialises,
        });
    }

    // What the backward reads: the leaves of every backward expression.
    let mut roots: Vec<Handle<Expr>> = Vec::new();
    for a in &adjoints {
        roots.push(a.source);
        roots.push(a.decay);
        roots.extend(a.cross.iter().map(|&(_, c)| c));
        roots.extend(a.chain);
        roots.extend(a.terminal);
        roots.extend(a.init_grad);
    }
    for g in &input_grads {
        roots.extend(g.per_step);
        roots.extend(g.terminal);
    }
    let mut inputs_read = BTreeSet::new();
    let (mut needs_prev, mut needs_new) = (false, false);
    for r in roots {
        for h in reachable_from(rec, r) {
            match rec.exprs[h] {
                Expr::Input(i) => {
                    inputs_read.insert(i);
                }
                Expr::State(_, When::Prev) => needs_prev = true,
                Expr::State(_, When::New) => needs_new = true,
                _ => {}
            }
        }
    }
    // Recomputing the states from the saved ones reads what their updates read.
    if needs_prev || needs_new {
        for d in decs {
            for r in [d.a, d.b]
                .into_iter()
                .chain(d.cross.iter().map(|&(_, c)| c))
            {
                for h in reachable_from(rec, r) {
                    if let Expr::Input(i) = rec.exprs[h] {
                        inputs_read.insert(i);
                    }
                }
            }
        }
    }
    Backward {
        save: SavePlan {
            checkpointed: rec.states.handles().collect(),
            inputs_read: inputs_read.into_iter().collect(),
            needs_prev_state: needs_prev,
            needs_new_state: needs_new,
        },
        adjoints,
        input_grads,
    }
}
