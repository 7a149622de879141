//! Lane sums of a group's steps, reduced and scattered at once. Where lanes split a state's
//! points and a group is one step per lane, a gradient that lacks the split dim (the
//! selective scan's `du`, `ddelta`, `dz`) needs, every step, sums over the lanes of per-point
//! terms — a butterfly of `log2 lanes` shuffles each, after which every lane holds the same
//! total and every lane evaluates the same rest of the gradient. Instead, each step leaves
//! its per-lane partial sums, and after the group's steps one reduce-scatter gives lane `q`
//! the totals of step `q` (`lanes - 1` shuffles for all `lanes` steps together); lane `q`
//! then evaluates the rest of the gradient of step `q` and writes it.

use super::{Em, GradRoute, MemoKey};
use crate::derive::Derived;
use crate::emit::math::farith;
use crate::emit::plan::KernelPlan;
use crate::emit::text::Emitter;
use crate::ir::{Dim, Expr, Handle, Input, Recurrence};

/// Gradients of inputs that lack the split dim, taken by each lane for its own step of a
/// group only: their sums over the split dim reduced once per group (scatter.rs), the rest
/// evaluated once per step instead of once per lane.
pub(super) struct Deferral {
    pub inputs: Vec<Handle<Input>>,
    pub sums: Vec<Handle<Expr>>,
}

/// The deferral of the backward of `d` under `plan`, where sound: a group is one step per
/// lane (a power of two); each input it takes lacks the split dim and has one point per
/// thread; the sequence inputs leaving directly are taken, and every per-point value their
/// gradients read lies inside a sum over the split dim; a non-sequence input accumulated per
/// thread joins where its sums are among those and it has no terminal or initial-state term
/// (those are added by every lane).
pub(super) fn deferral(
    plan: &KernelPlan,
    d: &Derived,
    routes: &[(Handle<Input>, GradRoute)],
    group: usize,
    distribute: bool,
) -> Option<Deferral> {
    let rec = &d.rec;
    let split = plan.split_dim()?;
    if !distribute || !group.is_power_of_two() || group != plan.lanes {
        return None;
    }
    // Sequence inputs leaving directly: their sums are deferred.
    let lacks_split = |h: Handle<Input>| {
        let i = &rec.inputs[h];
        !i.dims.contains(&split) && plan.points(&i.dims) == 1
    };
    let mut inputs: Vec<Handle<Input>> = d
        .backward
        .input_grads
        .iter()
        .filter(|ig| lacks_split(ig.input) && lane_uniform_direct(d, plan, routes, ig.input))
        .map(|ig| ig.input)
        .collect();
    if inputs.is_empty() {
        return None;
    }
    let roots: Vec<Handle<Expr>> = d
        .backward
        .input_grads
        .iter()
        .filter(|ig| inputs.contains(&ig.input))
        .filter_map(|ig| ig.per_step)
        .collect();
    let sums = deferred_sums(rec, split, &roots)?;
    // Accumulated inputs join where their sums are among those (the selective scan's
    // `dt_bias` shares `delta`'s): a sum of their own would keep more partials live through
    // the group, and registers are what the backward is short of.
    for ig in &d.backward.input_grads {
        let i = &rec.inputs[ig.input];
        let Some(root) = ig.per_step else { continue };
        if i.dims.contains(&rec.scan)
            || !lacks_split(ig.input)
            || ig.terminal.is_some()
            || !ig.initialises.is_empty()
        {
            continue;
        }
        if deferred_sums(rec, split, &[root])
            .is_some_and(|own| own.iter().all(|x| sums.contains(x)))
        {
            inputs.push(ig.input);
        }
    }
    Some(Deferral { inputs, sums })
}

/// Whether input `h` is a sequence input whose gradient every lane holds (it lacks the split
/// dim) and that leaves directly: one value per lane group and step.
pub(super) fn lane_uniform_direct(
    d: &Derived,
    plan: &KernelPlan,
    routes: &[(Handle<Input>, GradRoute)],
    h: Handle<Input>,
) -> bool {
    let i = &d.rec.inputs[h];
    i.dims.contains(&d.rec.scan)
        && plan.split_dim().is_some_and(|s| !i.dims.contains(&s))
        && routes[h.index()].1 == GradRoute::Direct
}

/// The sums over `split` that the gradient expressions `roots` read, if every per-point
/// value they read (anything whose shape holds `split`) lies inside one of them; else None.
pub(super) fn deferred_sums(
    rec: &Recurrence,
    split: Handle<Dim>,
    roots: &[Handle<Expr>],
) -> Option<Vec<Handle<Expr>>> {
    let mut sums = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut stack = roots.to_vec();
    while let Some(h) = stack.pop() {
        if !seen.insert(h) {
            continue;
        }
        match rec.exprs[h] {
            Expr::Sum(d, _) if d == split => sums.push(h),
            _ if rec.exprs.shape(h).contains(split) => return None,
            _ => stack.extend(rec.exprs.operands(h)),
        }
    }
    sums.sort();
    Some(sums)
}

/// One deferred sum's reduce-scatter in progress: pending values by level (a value at level
/// `k` covers `2^k` steps, the lane keeping those whose low `k` bits match its own).
pub(super) struct Scatter {
    stack: Vec<(usize, String)>,
}

impl Scatter {
    pub(super) fn new() -> Self {
        Scatter { stack: Vec::new() }
    }

    /// Adds the partial of the next step back (steps arrive from the group's last down to its
    /// first); `bits[k]`: whether bit `k` of this lane is set.
    pub(super) fn push(&mut self, em: &mut Em<'_>, v: String, bits: &[String]) {
        let mut cur = (0, v);
        while self.stack.last().is_some_and(|top| top.0 == cur.0) {
            let (level, high) = self.stack.pop().expect("checked");
            // The lanes with bit `level` set keep the higher steps and send the lower ones.
            let bit = &bits[level];
            let low = cur.1;
            let send = em.op(format!("arith.select {bit}, {low}, {high} : f32"));
            let keep = em.op(format!("arith.select {bit}, {high}, {low} : f32"));
            let mask = em.text.i32(1 << level);
            let width = em.text.i32(32);
            let (x, ok) = (em.fresh(), em.fresh());
            em.line(format!(
                "{x}, {ok} = gpu.shuffle xor {send}, {mask}, {width} : f32"
            ));
            cur = (level + 1, em.op(farith("addf", &keep, &x)));
        }
        self.stack.push(cur);
    }

    /// The total of this lane's own step, once every step is in.
    pub(super) fn finish(self) -> String {
        assert_eq!(self.stack.len(), 1, "a power-of-two group of steps");
        self.stack.into_iter().next().expect("one").1
    }
}

impl Em<'_> {
    /// This lane's partial of sum `s` (over the split dim) at the current step: its own
    /// points' terms, not yet added across lanes.
    pub(super) fn lane_partial(
        &mut self,
        s: Handle<Expr>,
        seeded: &[bool],
    ) -> Result<String, String> {
        let Expr::Sum(d, y) = self.rec.exprs[s] else {
            unreachable!("a sum")
        };
        let size = self.plan.local_size(d).expect("summed dims are reduced");
        let mut acc: Option<String> = None;
        for v in 0..size {
            let b = [(d, v)];
            let x = if seeded[y.index()] {
                self.share(y, &b, seeded)?
            } else {
                self.expr(y, &b)
            };
            acc = Some(match acc {
                None => x,
                Some(a) => self.op(farith("addf", &a, &x)),
            });
        }
        Ok(acc.expect("at least one point"))
    }

    /// Opens a memo scope where the sums `totals` are known (as values and as shares).
    pub(super) fn push_totals(
        &mut self,
        entries: Vec<(MemoKey, String)>,
        totals: &[(Handle<Expr>, String)],
    ) {
        let mut all = entries;
        all.extend(totals.iter().map(|(s, v)| ((*s, Vec::new()), v.clone())));
        self.push_scope(all);
        let depth = self.scopes.len();
        for (s, v) in totals {
            self.share_memo.insert((*s, Vec::new()), (depth, v.clone()));
        }
    }
}
