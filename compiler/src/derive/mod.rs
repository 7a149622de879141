//! Derivations (IR → IR): from one checked recurrence, everything a hand-written kernel library
//! writes by hand.
//!
//! - [`linear`]: proves every state update is linear, `h_new = a(x) ⊙ h + b(x)`, with `a` and
//!   `b` free of any state, or reports the subexpression that is not.
//! - [`combine`]: the associative operator on `(a, b)` pairs that lets the scan run in
//!   parallel, with its identity.
//! - [`reverse`]: reverse mode — the adjoint recurrence of each state (run backwards), the
//!   gradient of every input and initial state by symbolic differentiation, and what the
//!   forward pass must save.
//! - the step form for decoding: `h ← a ⊙ h + b`, then the per-step outputs.
//!
//! All derived expressions are added to the recurrence's own arena, so they share nodes (and
//! common subexpressions) with the forward expressions.

pub mod combine;
pub mod linear;
pub mod reverse;
pub mod split;

use crate::error::Error;
use crate::ir::{Expr, Handle, Output, OutputKind, Recurrence, State};

pub use combine::CombineOp;
pub use linear::Decomposition;
pub use reverse::Backward;

/// A recurrence with everything derived from it.
#[derive(Debug, Clone)]
pub struct Derived {
    /// The recurrence, its expression arena extended with the derived expressions.
    pub rec: Recurrence,
    /// `h_new = a ⊙ h + b` for each state, in state order; each state's combine operator is
    /// its semiring's ([`combine::Semiring::combine`]; the adjoints' is the (×, +) one).
    pub decompositions: Vec<Decomposition>,
    pub backward: Backward,
}

impl Derived {
    /// Whether the adjoint recurrence's sources `c`, decays and terminal terms read no state (the
    /// selective scan's `c = Cm · silu(z) · dy`: outputs linear in the state). Then a walk that
    /// produces no gradient, such as the segmented backward's pass of segment sums, needs no
    /// recomputed state: it skips the checkpoints and the forward passes.
    pub fn adjoint_stateless(&self) -> bool {
        let rec = &self.rec;
        self.backward.adjoints.iter().all(|a| {
            [a.source, a.decay]
                .into_iter()
                .chain(a.terminal)
                .chain(a.chain)
                .chain(a.cross.iter().map(|&(_, c)| c))
                .all(|r| {
                    linear::reachable_from(rec, r)
                        .into_iter()
                        .all(|h| !matches!(rec.exprs[h], crate::ir::Expr::State(..)))
                })
        })
    }

    /// The same recurrence with every tensor stored as `dtype` (arithmetic stays f32): how
    /// `linrec compile --dtype` builds bf16 and f16 variants of one spec.
    pub fn with_storage(&self, dtype: crate::ir::DType) -> Derived {
        let mut d = self.clone();
        d.each_storage(|_, dt| *dt = dtype);
        d
    }

    /// Calls `f` with the name and the storage dtype of every input, output and state.
    fn each_storage(&mut self, mut f: impl FnMut(&str, &mut crate::ir::DType)) {
        let r = &mut self.rec;
        for h in r.inputs.handles().collect::<Vec<_>>() {
            let t = r.inputs.get_mut(h);
            f(&t.name, &mut t.dtype);
        }
        for h in r.outputs.handles().collect::<Vec<_>>() {
            let t = r.outputs.get_mut(h);
            f(&t.name, &mut t.dtype);
        }
        for h in r.states.handles().collect::<Vec<_>>() {
            let t = r.states.get_mut(h);
            f(&t.name, &mut t.dtype);
        }
    }

    /// Stores the input, output or state named `name` as `dtype`; whether there is one.
    pub fn set_storage_of(&mut self, name: &str, dtype: crate::ir::DType) -> bool {
        let mut found = false;
        self.each_storage(|n, dt| {
            if n == name {
                *dt = dtype;
                found = true;
            }
        });
        found
    }

    /// The names of the inputs, outputs and states.
    pub fn tensor_names(&self) -> Vec<String> {
        let r = &self.rec;
        r.inputs
            .iter()
            .map(|(_, t)| t.name.clone())
            .chain(r.outputs.iter().map(|(_, t)| t.name.clone()))
            .chain(r.states.iter().map(|(_, t)| t.name.clone()))
            .collect()
    }

    pub fn decomposition(&self, s: Handle<State>) -> &Decomposition {
        &self.decompositions[s.index()]
    }

    /// Whether some state's update reads a state scanned before it (a chain of scans): its `a`
    /// and `b` then depend on that state's walk, so the scan runs sequentially (no chunk can
    /// compute its aggregate before the states it reads are known).
    pub fn chained(&self) -> bool {
        self.backward.adjoints.iter().any(|a| a.chain.is_some())
    }

    /// The chains: for each state read by later ones, the states whose updates read it.
    pub fn chain_readers(&self) -> Vec<(Handle<State>, Vec<Handle<State>>)> {
        let rec = &self.rec;
        rec.states
            .handles()
            .filter_map(|s| {
                let readers: Vec<Handle<State>> = self
                    .decompositions
                    .iter()
                    .filter(|d| {
                        d.roots().any(|r| {
                            linear::reachable_from(rec, r)
                                .into_iter()
                                .any(|h| matches!(rec.exprs[h], Expr::State(o, _) if o == s))
                        })
                    })
                    .map(|d| d.state)
                    .filter(|&r| r != s)
                    .collect();
                (!readers.is_empty()).then_some((s, readers))
            })
            .collect()
    }

    /// Whether some states update from each other (one matrix transition per point).
    pub fn coupled(&self) -> bool {
        self.decompositions.iter().any(|d| !d.cross.is_empty())
    }

    /// The coupled groups of states (a diagonal state is a group of one), in state order.
    pub fn groups(&self) -> Vec<Vec<Handle<State>>> {
        linear::groups(&self.decompositions)
    }

    /// The coupled group `s` belongs to (itself alone for a diagonal state), in state order.
    pub fn group_of(&self, s: Handle<State>) -> Vec<Handle<State>> {
        self.groups()
            .into_iter()
            .find(|g| g.contains(&s))
            .expect("every state is in a group")
    }

    /// The step form used for decoding: the per-state `(a, b)` and the per-step outputs, all
    /// evaluated at one position of the scan axis.
    pub fn step_outputs(&self) -> impl Iterator<Item = (Handle<Output>, Handle<Expr>)> + '_ {
        self.rec
            .outputs
            .iter()
            .filter(|(_, o)| o.kind == OutputKind::PerStep)
            .map(|(h, o)| (h, o.value))
    }
}

/// Runs every derivation on a checked recurrence.
pub fn derive(rec: &Recurrence) -> Result<Derived, Vec<Error>> {
    let mut rec = rec.clone();
    let decompositions = linear::decompose(&mut rec)?;
    let backward = reverse::derive(&mut rec, &decompositions);
    Ok(Derived {
        rec,
        decompositions,
        backward,
    })
}
