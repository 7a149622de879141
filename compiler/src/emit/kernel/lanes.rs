//! Lanes and unrolled reads: a thread's state points split across the lanes of a warp (sums
//! finish with shuffles), the reads of several steps issued before any is used, and the
//! lane-uniform work of a group of steps spread over the lanes.

use super::*;
use crate::emit::math::farith;

/// Reads every value step `t0 + k` takes from unstaged inputs (each input node the step's
/// expressions use, at each of the thread's points), returned as memo entries for that step.
pub(super) fn preload_step(
    em: &mut Em<'_>,
    t0: &str,
    k: &str,
    split_only: bool,
) -> Vec<(MemoKey, String)> {
    let rec = em.rec;
    let t = em.bin_i("addi", t0, k);
    em.t = Some(t);
    let mut nodes = std::collections::BTreeSet::new();
    for r in crate::emit::plan::step_roots(em.d, em.agg_a.is_none()) {
        nodes.extend(reachable_from(rec, r).into_iter().filter(|&h| {
            matches!(rec.exprs[h], Expr::Input(i)
                if rec.inputs[i].dims.contains(&rec.scan)
                    && !em.staged_in_base.contains_key(&i)
                    && !em.hoisted[h.index()]
                    && (!split_only || em.plan.split_dim().is_some_and(|d| rec.inputs[i].dims.contains(&d))))
        }));
    }
    let mut out = Vec::new();
    for h in nodes {
        let Expr::Input(i) = rec.exprs[h] else {
            unreachable!("filtered")
        };
        let dims = rec.inputs[i].dims.clone();
        for bind in em.points(&dims) {
            let v = em.expr_uncached(h, &bind, false);
            out.push(((h, bind), v));
        }
    }
    em.t = None;
    out
}

/// Whether `h` is the same for every lane of an outer point (its shape lacks the split dim).
pub(super) fn lane_uniform(em: &Em<'_>, h: Handle<Expr>) -> bool {
    em.plan
        .split_dim()
        .is_none_or(|d| !em.rec.exprs.shape(h).contains(d))
}

/// Whether `h` reads a state: its value at a step is known only once the steps before it
/// have run, so no lane can compute it ahead for another lane's step (in a chain of scans, a
/// later state's gates read an earlier state, which no split dim indexes).
pub(super) fn reads_state(em: &Em<'_>, h: Handle<Expr>) -> bool {
    crate::derive::linear::reachable_from(em.rec, h)
        .into_iter()
        .any(|x| matches!(em.rec.exprs[x], Expr::State(..)))
}

/// The largest lane-uniform, step-varying subexpressions of the state updates that read no
/// state (`dt` and `dt · u` in the selective scan): what lanes compute for one another.
pub(super) fn uniform_frontier(em: &Em<'_>) -> Vec<Handle<Expr>> {
    fn visit(em: &Em<'_>, h: Handle<Expr>, out: &mut Vec<Handle<Expr>>) {
        if em.hoisted[h.index()] {
            return;
        }
        if lane_uniform(em, h) && !reads_state(em, h) {
            if !out.contains(&h) {
                out.push(h);
            }
            return;
        }
        match em.rec.exprs[h] {
            Expr::Unary(_, a) | Expr::Sum(_, a) => visit(em, a, out),
            Expr::Binary(_, a, b) => {
                visit(em, a, out);
                visit(em, b, out);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for dec in &em.d.decompositions {
        visit(em, dec.a, &mut out);
        visit(em, dec.b, &mut out);
    }
    out
}

/// The sums over the split dim inside `h` (outermost ones).
pub(super) fn split_sums(em: &Em<'_>, h: Handle<Expr>, out: &mut Vec<Handle<Expr>>) {
    match em.rec.exprs[h] {
        Expr::Sum(d, _) if em.plan.split_dim() == Some(d) && !out.contains(&h) => out.push(h),
        Expr::Sum(d, _) if em.plan.split_dim() == Some(d) => {}
        Expr::Unary(_, a) | Expr::Sum(_, a) => split_sums(em, a, out),
        Expr::Binary(_, a, b) => {
            split_sums(em, a, out);
            split_sums(em, b, out);
        }
        _ => {}
    }
}

/// The largest step-varying subexpressions of `h` that contain no sum over the split dim
/// (`D · u` and `silu(z)` in the selective scan's output).
pub(super) fn sum_free_parts(em: &Em<'_>, h: Handle<Expr>, out: &mut Vec<Handle<Expr>>) {
    if em.hoisted[h.index()] {
        return;
    }
    let mut inner = Vec::new();
    split_sums(em, h, &mut inner);
    if inner.is_empty() {
        if !out.contains(&h) {
            out.push(h);
        }
        return;
    }
    match em.rec.exprs[h] {
        Expr::Sum(..) => {}
        Expr::Unary(_, a) => sum_free_parts(em, a, out),
        Expr::Binary(_, a, b) => {
            sum_free_parts(em, a, out);
            sum_free_parts(em, b, out);
        }
        _ => {}
    }
}

/// Per lane `j` of this thread's point: its warp lane (i32, the shuffle source) and whether
/// this thread is it; computed once, before the scan.
pub(super) fn lane_tables(em: &mut Em<'_>) -> (Vec<String>, Vec<String>) {
    let lanes = em.plan.lanes;
    let lane = em.lane.clone().expect("lanes > 1");
    let tid32 = em.op_in(true, format!("arith.trunci {} : i64 to i32", em.tid));
    let group = em.op_in(true, format!("arith.constant {} : i32", 32 - lanes));
    let base = em.op_in(true, format!("arith.andi {tid32}, {group} : i32"));
    (0..lanes)
        .map(|j| {
            let jc = em.op_in(true, format!("arith.constant {j} : i32"));
            let src = em.op_in(true, format!("arith.ori {base}, {jc} : i32"));
            let jl = em.op_in(true, format!("arith.constant {j} : i64"));
            let is = em.op_in(true, format!("arith.cmpi eq, {lane}, {jl} : i64"));
            (src, is)
        })
        .unzip()
}

/// One group of `ks.len()` steps with the lane-uniform work spread over the lanes (every
/// lane would otherwise compute the same values): (A) lane `j` computes the uniform frontier
/// of the updates for steps `j, j + lanes, …` of the group; (B) each step's state update gets
/// those values by shuffles from the lane that computed them, and every lane computes the
/// step's sums over the split dim (butterfly shuffles) and the parts of the outputs that read
/// a state (its value at that step); (C) lane `j` computes and stores the lane-uniform
/// per-step outputs of its steps, taking its steps' values from (B).
pub(super) fn distributed_group(em: &mut Em<'_>, t0: &str, k0: &str, ks: &[String]) {
    let rec = em.rec;
    let lanes = em.plan.lanes;
    let rounds = ks.len() / lanes;
    let lane = em.lane.clone().expect("lanes > 1");
    let frontier = uniform_frontier(em);
    let outs: Vec<Handle<Output>> = if em.agg_a.is_some() {
        Vec::new()
    } else {
        rec.outputs
            .iter()
            .filter(|(_, o)| {
                o.kind == OutputKind::PerStep
                    && em.plan.split_dim().is_some_and(|d| !o.dims.contains(&d))
            })
            .map(|(h, _)| h)
            .collect()
    };
    // `sums`: what every lane computes at each step in (B); `parts`: what lane `j` computes
    // for its own steps in (A).
    let mut sums = Vec::new();
    let mut parts = Vec::new();
    for &o in &outs {
        split_sums(em, rec.outputs[o].value, &mut sums);
        sum_free_parts(em, rec.outputs[o].value, &mut parts);
    }
    let (stateful, parts): (Vec<_>, Vec<_>) = parts.into_iter().partition(|&p| reads_state(em, p));
    sums.extend(stateful);
    // The reads of the split inputs for every step first (all in flight together with (A)'s).
    let loads: Vec<Vec<(MemoKey, String)>> =
        ks.iter().map(|k| preload_step(em, t0, k, true)).collect();
    // (A) Each lane's steps of the group, and the uniform values at them: the updates'
    // frontier and the parts of the outputs that do not need this step's sums.
    let mut mine: Vec<(String, Vec<(MemoKey, String)>)> = Vec::new();
    for r in 0..rounds {
        let base = em.i64c((r * lanes) as i64);
        let k = em.bin_i("addi", k0, &base);
        let k = em.bin_i("addi", &k, &lane);
        let t = em.bin_i("addi", t0, &k);
        em.t = Some(t);
        em.push_scope(Vec::new());
        for &f in frontier.iter().chain(&parts) {
            em.expr(f, &[]);
        }
        let entries = em.pop_scope();
        mine.push((k, entries));
        em.t = None;
    }
    // (B) The steps' updates.
    let (src, is_lane) = lane_tables(em);
    let width = em.op_in(true, "arith.constant 32 : i32".into());
    em.deferred = outs.clone();
    let mut step_sums: Vec<Vec<String>> = Vec::new();
    for (s, (k, pre)) in ks.iter().zip(loads).enumerate() {
        let t = em.bin_i("addi", t0, k);
        em.t = Some(t);
        em.k = Some(k.clone());
        let mut entries = pre;
        for (key, v) in &mine[s / lanes].1 {
            if key.1.is_empty() && frontier.contains(&key.0) {
                let (x, ok) = (em.fresh(), em.fresh());
                em.line(format!(
                    "{x}, {ok} = gpu.shuffle idx {v}, {}, {width} : f32",
                    src[s % lanes]
                ));
                entries.push((key.clone(), x));
            }
        }
        em.push_scope(entries);
        if em.agg_a.is_none() && !checkpoints_at_tiles(em.plan) {
            save_checkpoint(em);
        }
        step_body(em);
        step_sums.push(sums.iter().map(|&g| em.expr(g, &[])).collect());
        em.pop_scope();
        em.k = None;
        em.t = None;
    }
    em.deferred.clear();
    // (C) Each lane's outputs at its steps.
    for (r, (k, entries)) in mine.into_iter().enumerate() {
        let t = em.bin_i("addi", t0, &k);
        em.t = Some(t);
        let mut entries = entries;
        for (i, &g) in sums.iter().enumerate() {
            let mut v = step_sums[r * lanes][i].clone();
            for j in 1..lanes {
                let x = step_sums[r * lanes + j][i].clone();
                v = em.op(format!("arith.select {}, {x}, {v} : f32", is_lane[j]));
            }
            entries.push(((g, Vec::new()), v));
        }
        em.push_scope(entries);
        for &o in &outs {
            let out = &rec.outputs[o];
            let v = em.expr(out.value, &[]);
            let valid = em.valid.clone();
            em.region(format!("scf.if {valid}"), |em| {
                let ptr = em.param(&format!("out_{}", out.name));
                let off = em.offset(&out.dims, &[], false);
                em.store(&v, &ptr, &off, out.dtype);
            });
        }
        em.pop_scope();
        em.t = None;
    }
}

impl Em<'_> {
    /// A thread's local point `c` of the dim split across lanes is point `c · lanes + lane`.
    pub(super) fn lane_index(&mut self, d: Handle<Dim>, ix: Ix, pre: bool) -> Ix {
        match (ix, &self.lane) {
            (Ix::Const(c), Some(lane)) if self.plan.split_dim() == Some(d) => {
                let lane = lane.clone();
                if c == 0 {
                    return Ix::Dyn(lane);
                }
                let cv = self.op_in(pre, format!("arith.constant {} : i64", c * self.plan.lanes));
                Ix::Dyn(self.op_in(pre, format!("arith.addi {cv}, {lane} : i64")))
            }
            (ix, _) => ix,
        }
    }

    /// The sum over all lanes of a point of `v` (butterfly shuffles: every lane gets it).
    pub(super) fn lane_sum(&mut self, v: String, pre: bool) -> String {
        self.note(
            pre,
            "sum over the lanes: butterfly shuffles, every lane gets the total",
        );
        let mut acc = v;
        let mut off = 1;
        while off < self.plan.lanes {
            let o = self.text.i32(off as i32);
            let w = self.text.i32(32);
            let (x, ok) = (self.fresh(), self.fresh());
            let line = format!("{x}, {ok} = gpu.shuffle xor {acc}, {o}, {w} : f32");
            if pre {
                self.text.raw_at(Section::Hoisted, line);
            } else {
                self.line(line);
            }
            acc = self.op_in(pre, farith("addf", &acc, &x));
            off *= 2;
        }
        self.note(pre, "end sum over the lanes");
        acc
    }
}
