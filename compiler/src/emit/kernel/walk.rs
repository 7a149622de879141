//! The backward's reverse walk through one thread's scan: checkpoint stretch by stretch (last
//! first), each in groups of a few steps. A forward pass over the stretch stores the state
//! entering each group (the only scratch); then, group by group backwards, the group's states
//! are recomputed into registers and its steps walked back unrolled, running the adjoint
//! recurrence `g_t = c_t + a_{t+1} ⊙ g_{t+1}` and producing every gradient on the way.
//!
//! Where lanes split the state points, a group is one step per lane: lane `q` computes the
//! lane-uniform values of the group's step `q` (`dt`, `silu(z)` and their derivatives in the
//! selective scan), and every lane takes them by shuffles, instead of every lane computing
//! the same values.

use std::collections::{BTreeMap, BTreeSet};

use super::cluster::ClusterSums;
use super::reduce::{BlockTile, FlushAt};
use super::scatter::{Deferral, lane_uniform_direct};
use super::{CHECKPOINT, Em, GradRoute, MemoKey, lane_uniform, reachable_from};
use crate::derive::Derived;
use crate::emit::math::farith;
use crate::emit::plan::KernelPlan;
use crate::emit::text::Emitter;
use crate::ir::{DType, Expr, Handle, Input};

/// Registers per thread the states of one group may take (steps × state points). 24, not
/// 32: an mLSTM cell's two states (4 points a lane) in groups of 8 steps spilled 188 bytes; in
/// groups of 4, none (the selective scan's 2 points a lane keep groups of 8).
const GROUP_REGISTERS: usize = 24;

/// Most steps per group without lanes.
const GROUP_MAX: usize = 8;

/// Steps per group for a thread holding `points` state points over `lanes` lanes: one per
/// lane where that fits [`GROUP_REGISTERS`] (lane-uniform values are then spread over the
/// lanes), else the largest power of two that fits, at least 1.
pub(super) fn group_steps(lanes: usize, points: usize) -> usize {
    let mut g = if lanes > 1 { lanes } else { GROUP_MAX };
    while g > 1 && g * points.max(1) > GROUP_REGISTERS {
        g /= 2;
    }
    g
}

/// State points one thread of `plan` holds, every state together.
pub(super) fn thread_points(d: &Derived, plan: &KernelPlan) -> usize {
    d.rec.states.iter().map(|(_, s)| plan.points(&s.dims)).sum()
}

/// Steps per group of the backward of `d` whose kernel splits points over `lanes` (the
/// scratch holds `CHECKPOINT / group` states per thread).
pub fn backward_group(d: &Derived, plan: &KernelPlan, lanes: usize) -> usize {
    let plan = KernelPlan {
        lanes,
        ..plan.clone()
    };
    group_steps(lanes, thread_points(d, &plan))
}

/// What lanes compute for one another: the lane-uniform nodes of the recomputation (`fwd`)
/// and of the walk back (`bwd`), both (`all`), and per lane `q` its shuffle source.
pub(super) struct Shared {
    pub(super) all: Vec<Handle<Expr>>,
    pub(super) fwd: Vec<Handle<Expr>>,
    pub(super) bwd: Vec<Handle<Expr>>,
    pub(super) sources: Vec<String>,
}

/// What the walk reads and writes besides the emitter.
pub(super) struct Walk<'w> {
    pub d: &'w Derived,
    pub seeded: &'w [bool],
    pub routes: &'w [(Handle<Input>, GradRoute)],
    pub acc: &'w BTreeMap<Handle<Input>, Vec<String>>,
    pub decay_slots: &'w [Vec<String>],
    /// Per adjoint, per coupled state reading it (`Adjoint::cross`), per point: that state's
    /// coefficient of it one step later (0 past the end).
    pub cross_slots: &'w [Vec<Vec<String>>],
    /// Per adjoint of a state read by later ones (a chain), per point: what they send back
    /// (`Adjoint::chain`), one step later (0 past the end).
    pub chain_slots: &'w [Option<Vec<String>>],
    pub tiles: &'w [BlockTile],
    /// In a cluster, the tiles' block sums in flight.
    pub cluster: Option<&'w ClusterSums>,
    /// Steps a tile holds (a multiple of the group).
    pub tile_steps: usize,
    pub block: Option<String>,
    pub group: usize,
    /// Whether lane `q` computes the lane-uniform values of step `q` of a group for all.
    pub distribute: bool,
    /// Whether the walk produces gradients (not in the segment sums' pass).
    pub grads: bool,
    /// The segment sums' pass: per state and point, the product of the decays walked past (a
    /// coupled state's row of the product of its group's transposed matrices: `K` per point).
    pub coef_slots: Option<Vec<Vec<String>>>,
    /// A segment's or a slice's checkpoint stretches `[lo, hi)` (clamped to the scan); None:
    /// all.
    pub stretches: Option<(String, String)>,
    /// The inputs the block stages per stretch: input, shared array, points.
    pub rows: &'w [(Handle<Input>, String, usize)],
    /// The gradients each lane takes for its own step only.
    pub deferral: Option<&'w Deferral>,
    /// The segment sums' pass of a recurrence whose adjoint reads no state
    /// ([`Derived::adjoint_stateless`]): it walks `a` and `c` alone, recomputing no state.
    pub stateless: bool,
    /// The terminal seeds (the incoming gradients of final outputs) were added before the walk
    /// ([`Walk::terminal_first`]): no step checks whether it is the scan's last.
    pub seeded_first: bool,
}

/// The largest lane-uniform subexpressions of `roots` that read no state, adjoint or incoming
/// gradient (what one lane can compute for another's step), seen through seeded nodes, and
/// that are worth a shuffle: they evaluate a function other than negation, or a division
/// (loads and a product or two cost each lane about what a shuffle does).
fn frontier(em: &Em<'_>, seeded: &[bool], roots: &[Handle<Expr>]) -> Vec<Handle<Expr>> {
    let rec = em.rec;
    let mut per_thread = vec![false; rec.exprs.len()];
    let mut costly = vec![false; rec.exprs.len()];
    for (h, e) in rec.exprs.iter() {
        per_thread[h.index()] = match *e {
            Expr::State(..) | Expr::Adjoint(_) | Expr::OutputGrad(_) => true,
            _ => rec.exprs.operands(h).any(|o| per_thread[o.index()]),
        };
        costly[h.index()] = match *e {
            Expr::Unary(f, _) if f != crate::ir::UnaryFn::Neg => true,
            Expr::Binary(crate::ir::BinaryFn::Div, ..) => true,
            _ => rec.exprs.operands(h).any(|o| costly[o.index()]),
        };
    }
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut stack: Vec<Handle<Expr>> = roots.to_vec();
    while let Some(h) = stack.pop() {
        if !seen.insert(h) {
            continue;
        }
        if !seeded[h.index()] && !per_thread[h.index()] && lane_uniform(em, h) {
            if costly[h.index()] {
                out.push(h);
                continue;
            }
            if !matches!(rec.exprs[h], Expr::Sum(..)) {
                continue;
            }
        }
        stack.extend(rec.exprs.operands(h));
    }
    out.sort();
    out
}

impl Walk<'_> {
    /// Whether the terminal seeds can be added before a walk that starts at the scan's last
    /// step: they read no state (nor adjoint), so they need nothing the walk recomputes. The
    /// adjoint entering the last step, times the decay past the end (1), then carries them:
    /// `g_T = c_T + 1 · seed`, the same sum the last step would make, without a check of
    /// `t = T` at every step.
    pub(super) fn terminal_first(d: &Derived) -> bool {
        let rec = &d.rec;
        let terms = d
            .backward
            .adjoints
            .iter()
            .filter_map(|a| a.terminal)
            .chain(d.backward.input_grads.iter().filter_map(|ig| ig.terminal));
        terms.into_iter().all(|t| {
            reachable_from(rec, t)
                .into_iter()
                .all(|h| !matches!(rec.exprs[h], Expr::State(..) | Expr::Adjoint(_)))
        })
    }

    /// The terminal contributions (final outputs), evaluated with `h_t` = the final state.
    pub(super) fn terminal(&self, em: &mut Em<'_>) -> Result<(), String> {
        let rec = &self.d.rec;
        let saved_t = em.t.take();
        for a in &self.d.backward.adjoints {
            let Some(term) = a.terminal else { continue };
            let s = &rec.states[a.state];
            for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                let v = em.share(term, &bind, self.seeded)?;
                let slot = em.adj_slots[a.state.index()][p].clone();
                em.add_to_slot(&slot, &v);
            }
        }
        for ig in self.d.backward.input_grads.iter().filter(|_| self.grads) {
            let Some(term) = ig.terminal else { continue };
            let i = &rec.inputs[ig.input];
            for (p, bind) in em.points(&i.dims).into_iter().enumerate() {
                let v = em.share(term, &bind, self.seeded)?;
                let slot = self.acc[&ig.input][p].clone();
                em.add_to_slot(&slot, &v);
            }
        }
        em.t = saved_t;
        Ok(())
    }

    /// The sequence inputs whose gradient every lane holds (they lack the split dim) and that
    /// leave directly: with one step per lane, lane `q` keeps step `q`'s value and the group's
    /// steps are written together (one coalesced store per warp instead of one per step).
    pub(super) fn gathered(&self, em: &Em<'_>) -> Vec<Handle<Input>> {
        if !(self.distribute && self.grads) {
            return Vec::new();
        }
        self.d
            .backward
            .input_grads
            .iter()
            .map(|ig| ig.input)
            .filter(|&h| lane_uniform_direct(self.d, em.plan, self.routes, h))
            .collect()
    }

    /// One step of the reverse walk at scan step `em.t` (states in `em.bwd_values`); `slot`:
    /// its step in the block tiles; `gather`: the slots of the gathered gradients (per input
    /// and point); `q`: this step's place in its group; `is_last`: whether it is the scan's
    /// last step.
    pub(super) fn step_back(
        &self,
        em: &mut Em<'_>,
        slot: Option<&str>,
        gather: &Gather,
        q: usize,
        is_last: &str,
    ) -> Result<(), String> {
        let d = self.d;
        let rec = &d.rec;
        let t = em.t.clone().expect("a step");
        // g_t = c_t + a_{t+1} ⊙ g_{t+1} (+ Σ_j c_{j,t+1} ⊙ g_{j,t+1} for coupled states: the
        // transposed transition, so every g_{t+1} is read before any g_t is stored).
        // (c_t reads h_t and dy, never g.)
        let coupled = d.coupled();
        let held = |em: &mut Em<'_>, slots: &[Vec<String>]| -> Vec<Vec<String>> {
            slots
                .iter()
                .map(|v| {
                    v.iter()
                        .map(|x| em.op(format!("llvm.load {x} : !llvm.ptr -> f32")))
                        .collect()
                })
                .collect()
        };
        let later = if coupled {
            held(em, &em.adj_slots.clone())
        } else {
            Vec::new()
        };
        let coef_later = match &self.coef_slots {
            Some(c) if coupled => held(em, c),
            _ => Vec::new(),
        };
        let mut news: Vec<(String, String)> = Vec::new();
        for (k, a) in d.backward.adjoints.iter().enumerate() {
            let s = &rec.states[a.state];
            let group = d.group_of(a.state);
            let kk = group.len();
            for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                let c_t = em.share(a.source, &bind, self.seeded)?;
                let gslot = em.adj_slots[a.state.index()][p].clone();
                let dslot = self.decay_slots[a.state.index()][p].clone();
                let g = match later.get(a.state.index()) {
                    Some(v) => v[p].clone(),
                    None => em.op(format!("llvm.load {gslot} : !llvm.ptr -> f32")),
                };
                let dn = em.op(format!("llvm.load {dslot} : !llvm.ptr -> f32"));
                let dg = em.op(farith("mulf", &dn, &g));
                let mut g = em.op(farith("addf", &c_t, &dg));
                if let Some(e) = &self.chain_slots[a.state.index()] {
                    let e = em.op(format!("llvm.load {} : !llvm.ptr -> f32", e[p]));
                    g = em.op(farith("addf", &g, &e));
                }
                // The coupled states' coefficients of this one, one step later.
                let cross: Vec<(usize, String)> = a
                    .cross
                    .iter()
                    .enumerate()
                    .map(|(e, &(j, _))| {
                        let slot = self.cross_slots[k][e][p].clone();
                        (
                            j.index(),
                            em.op(format!("llvm.load {slot} : !llvm.ptr -> f32")),
                        )
                    })
                    .collect();
                for (j, c) in &cross {
                    g = em.affine(c, &later[*j][p], &g);
                }
                if coupled {
                    news.push((gslot, g));
                } else {
                    em.line(format!("llvm.store {g}, {gslot} : f32, !llvm.ptr"));
                }
                // The segment's product, left-multiplied by this step's transposed matrix.
                if let Some(coef) = &self.coef_slots {
                    for q in 0..kk {
                        let cslot = coef[a.state.index()][p * kk + q].clone();
                        let c = match coef_later.get(a.state.index()) {
                            Some(v) => v[p * kk + q].clone(),
                            None => em.op(format!("llvm.load {cslot} : !llvm.ptr -> f32")),
                        };
                        let mut c = em.op(farith("mulf", &c, &dn));
                        for (j, x) in &cross {
                            c = em.affine(x, &coef_later[*j][p * kk + q], &c);
                        }
                        if coupled {
                            news.push((cslot, c));
                        } else {
                            em.line(format!("llvm.store {c}, {cslot} : f32, !llvm.ptr"));
                        }
                    }
                }
            }
        }
        for (slot, v) in news {
            em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
        }
        let len = em.sizes[rec.scan.index()].clone();
        if !self.seeded_first {
            let mut err = None;
            em.region(format!("scf.if {is_last}"), |em| {
                if let Err(e) = self.terminal(em) {
                    err = Some(e);
                }
            });
            if let Some(e) = err {
                return Err(e);
            }
        }
        // Gradients at step t (the deferred ones after the group).
        let deferred = |h: Handle<Input>| self.deferral.is_some_and(|x| x.inputs.contains(&h));
        // This step's shares of block-summed gradients, summed over the warp together.
        let mut shares: Vec<(&BlockTile, usize, String)> = Vec::new();
        for ig in d
            .backward
            .input_grads
            .iter()
            .filter(|ig| self.grads && !deferred(ig.input))
        {
            let i = &rec.inputs[ig.input];
            let route = self.routes[ig.input.index()].1;
            let sequence = i.dims.contains(&rec.scan);
            // A sequence input nothing reads still gets its (zero) gradient written.
            if ig.per_step.is_none() && !sequence {
                continue;
            }
            for (p, bind) in em.points(&i.dims).into_iter().enumerate() {
                let v = match ig.per_step {
                    Some(expr) => em.share(expr, &bind, self.seeded)?,
                    None => em.fconst(0.0),
                };
                if !sequence {
                    let slot = self.acc[&ig.input][p].clone();
                    em.add_to_slot(&slot, &v);
                    continue;
                }
                if route == GradRoute::Blocks {
                    let tile = self
                        .tiles
                        .iter()
                        .find(|x| x.input == ig.input)
                        .expect("a tile per block-summed input");
                    shares.push((tile, p, v));
                    continue;
                }
                if let Some(slots) = gather.slots.get(&ig.input) {
                    // Lane q keeps step q's value.
                    let lane = em.lane.clone().expect("lanes");
                    let q = em.i64c(q as i64);
                    let mine = em.op(format!("arith.cmpi eq, {lane}, {q} : i64"));
                    let old = em.op(format!("llvm.load {} : !llvm.ptr -> f32", slots[p]));
                    let new = em.op(format!("arith.select {mine}, {v}, {old} : f32"));
                    em.line(format!("llvm.store {new}, {} : f32, !llvm.ptr", slots[p]));
                    continue;
                }
                let writes = em.writes(&i.dims);
                let t = t.clone();
                em.region(format!("scf.if {writes}"), |em| {
                    em.write_grad(i, route, p, &bind, &v, Some((&len, &t)));
                });
            }
        }
        if !shares.is_empty() {
            let slot = slot.expect("tiles are written per step");
            em.block_shares(&shares, self.tile_steps, slot);
        }
        // This lane's partials of the deferred sums.
        for (sum, slot) in &gather.deferred {
            let v = em.lane_partial(*sum, self.seeded)?;
            em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
        }
        // The adjoint's decay at t (a_t; over (max, +) the branch kept), read by the step
        // before.
        for (k, adj) in d.backward.adjoints.iter().enumerate() {
            let s = &rec.states[adj.state];
            for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                let a = em.expr(adj.decay, &bind);
                let slot = self.decay_slots[adj.state.index()][p].clone();
                em.line(format!("llvm.store {a}, {slot} : f32, !llvm.ptr"));
                for (e, &(_, c)) in adj.cross.iter().enumerate() {
                    let v = em.expr(c, &bind);
                    let slot = self.cross_slots[k][e][p].clone();
                    em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
                }
                // What the states reading this one send back from step t (their adjoints
                // g_t are stored above).
                if let (Some(e), Some(slots)) = (adj.chain, &self.chain_slots[k]) {
                    let v = em.share(e, &bind, self.seeded)?;
                    em.line(format!("llvm.store {v}, {} : f32, !llvm.ptr", slots[p]));
                }
            }
        }
        Ok(())
    }

    /// The lane-uniform values of `nodes` at the step this lane computes (`t`), as memo
    /// entries.
    pub(super) fn own_values(
        &self,
        em: &mut Em<'_>,
        t: String,
        nodes: &[Handle<Expr>],
    ) -> Vec<(MemoKey, String)> {
        let saved = em.t.replace(t);
        em.push_scope(Vec::new());
        for &f in nodes {
            em.expr(f, &[]);
        }
        let entries: Vec<(MemoKey, String)> = em
            .pop_scope()
            .into_iter()
            .filter(|(k, _)| k.1.is_empty() && nodes.contains(&k.0))
            .collect();
        em.t = saved;
        entries
    }

    /// The values lane `src` computed (`own`) for the nodes in `nodes`, by shuffles.
    pub(super) fn shuffled(
        &self,
        em: &mut Em<'_>,
        own: &[(MemoKey, String)],
        nodes: &[Handle<Expr>],
        src: &str,
    ) -> Vec<(MemoKey, String)> {
        let width = em.text.i32(32).to_string();
        own.iter()
            .filter(|(k, _)| nodes.contains(&k.0))
            .map(|(k, v)| {
                let (x, ok) = (em.fresh(), em.fresh());
                em.line(format!(
                    "{x}, {ok} = gpu.shuffle idx {v}, {src}, {width} : f32"
                ));
                (k.clone(), x)
            })
            .collect()
    }

    /// The whole walk: every checkpoint stretch, last first.
    pub(super) fn run(&self, em: &mut Em<'_>) -> Result<(), String> {
        let d = self.d;
        let rec = &d.rec;
        let g = self.group;
        let len = em.sizes[rec.scan.index()].clone();
        let c = em.i64c(CHECKPOINT as i64);
        let one = em.i64c(1);
        let zero = em.i64c(0);
        let gc = em.i64c(g as i64);
        let gm1 = em.i64c(g as i64 - 1);
        let cm1 = em.bin_i("subi", &c, &one);
        let lpad = em.bin_i("addi", &len, &cm1);
        let n_ck = em.bin_i("divui", &lpad, &c);
        // What lanes compute for one another, and each lane's shuffle source per step.
        let (fwd_nodes, bwd_nodes, sources) = if self.distribute {
            let fwd_roots: Vec<Handle<Expr>> =
                d.decompositions.iter().flat_map(|x| x.roots()).collect();
            let mut bwd_roots: Vec<Handle<Expr>> =
                d.backward.adjoints.iter().map(|a| a.source).collect();
            bwd_roots.extend(d.backward.input_grads.iter().filter_map(|i| i.per_step));
            bwd_roots.extend(d.backward.adjoints.iter().map(|x| x.decay));
            bwd_roots.extend(d.backward.adjoints.iter().filter_map(|x| x.chain));
            let f = frontier(em, self.seeded, &fwd_roots);
            let b = frontier(em, self.seeded, &bwd_roots);
            let (src, _) = super::lane_tables(em);
            (f, b, src)
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        let all_nodes: Vec<Handle<Expr>> = fwd_nodes
            .iter()
            .chain(&bwd_nodes)
            .copied()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let shared = Shared {
            all: all_nodes,
            fwd: fwd_nodes.clone(),
            bwd: bwd_nodes,
            sources: sources.clone(),
        };
        let mut err: Option<String> = None;
        // This thread's stretches (a segment's, or a slice's), and where its scratch starts
        // (a segment's own: the segments of a scan run at once).
        let (lo, hi) = match &self.stretches {
            Some((lo, hi)) => {
                let hi = em.op(format!("arith.minsi {hi}, {n_ck} : i64"));
                (lo.clone(), hi)
            }
            None => (zero.clone(), n_ck.clone()),
        };
        let scratch_base = em.chunk.clone().map(|seg| {
            let per = em.i64c((CHECKPOINT / g) as i64);
            em.bin_i("muli", &seg, &per)
        });
        let count = em.bin_i("subi", &hi, &lo);
        let count = em.op(format!("arith.maxsi {count}, {zero} : i64"));
        em.for_i64(&zero, &count, &one, |em, ci| {
            let ck = {
                let nm1 = em.bin_i("subi", &hi, &one);
                em.bin_i("subi", &nm1, &ci)
            };
            let t0 = em.bin_i("muli", &ck, &c);
            let rem = em.bin_i("subi", &len, &t0);
            let clen = em.op(format!("arith.minsi {rem}, {c} : i64"));
            let padded = em.bin_i("addi", &clen, &gm1);
            let groups = em.bin_i("divui", &padded, &gc);
            if !self.rows.is_empty() {
                em.stage_block_rows(self.rows, &t0, CHECKPOINT);
                em.block_t0 = Some(t0.clone());
            }
            // The state entering the stretch, then the one entering each group.
            if !self.stateless {
                self.stretch_forward(
                    em,
                    &ck,
                    &t0,
                    &clen,
                    &groups,
                    scratch_base.as_deref(),
                    &shared,
                );
            }
            // Groups backwards: recompute a group's states into registers, walk it back.
            let per_stretch = if self.tiles.is_empty() {
                None
            } else {
                Some(self.tile_steps / g)
            };
            let stretches = match per_stretch {
                Some(n) => {
                    let nm1 = em.i64c(n as i64 - 1);
                    let nc = em.i64c(n as i64);
                    let padded = em.bin_i("addi", &groups, &nm1);
                    em.bin_i("divui", &padded, &nc)
                }
                None => one.clone(),
            };
            em.for_i64(&zero, &stretches, &one, |em, si| {
                let (lo, hi) = match per_stretch {
                    Some(n) => {
                        let nc = em.i64c(n as i64);
                        let lo = em.bin_i("muli", &si, &nc);
                        let hi = em.bin_i("addi", &lo, &nc);
                        (lo, hi)
                    }
                    None => (zero.clone(), groups.clone()),
                };
                em.for_i64(&lo, &hi, &one, |em, kk| {
                    let here = em.op(format!("arith.cmpi slt, {kk}, {groups} : i64"));
                    em.region(format!("scf.if {here}"), |em| {
                        let gm = em.bin_i("subi", &groups, &one);
                        let k = em.bin_i("subi", &gm, &kk);
                        let kg = em.bin_i("muli", &k, &gc);
                        let slot_base = per_stretch.map(|n| {
                            let nc = em.i64c(n as i64);
                            let r = em.bin_i("remui", &kk, &nc);
                            em.bin_i("muli", &r, &gc)
                        });
                        // The group's entering state in this thread's (segment's) scratch.
                        let ks = match &scratch_base {
                            Some(b) => em.bin_i("addi", b, &k),
                            None => k.clone(),
                        };
                        // A group inside the stretch (all but a ragged last one) runs its
                        // steps without checking each; the other branch checks them.
                        // (A group of one step is always inside: no second branch.)
                        let mut back = |em: &mut Em<'_>, whole: bool| {
                            if let Err(e) = self.group_back(
                                em,
                                &ks,
                                &kg,
                                &t0,
                                &clen,
                                slot_base.as_deref(),
                                &shared,
                                whole,
                            ) {
                                err.get_or_insert(e);
                            }
                        };
                        if g == 1 {
                            back(em, true);
                        } else {
                            let gcn = em.i64c(g as i64);
                            let end = em.bin_i("addi", &kg, &gcn);
                            let full = em.op(format!("arith.cmpi sle, {end}, {clen} : i64"));
                            em.if_else(&full, |em, whole| back(em, whole));
                        }
                    });
                });
                if let Some(n) = per_stretch {
                    let b = self.block.clone().expect("tiles need blocks along a dim");
                    let at = FlushAt {
                        steps: self.tile_steps,
                        group: (g, n),
                        block: b,
                        stretch: si.clone(),
                        groups: groups.clone(),
                        clen: clen.clone(),
                        t0: t0.clone(),
                    };
                    match self.cluster {
                        Some(cs) => em.flush_cluster(self.tiles, cs, &at),
                        None => em.flush_tiles(self.tiles, &at),
                    }
                }
            });
            em.block_t0 = None;
        });
        match err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// The forward pass over the stretch at `t0` (checkpoint `ck`, `clen` steps in `groups`
    /// groups): loads the state entering it and stores the state entering each group in the
    /// scratch (at `scratch_base`, a segment's own, plus the group).
    #[allow(clippy::too_many_arguments)]
    fn stretch_forward(
        &self,
        em: &mut Em<'_>,
        ck: &str,
        t0: &str,
        clen: &str,
        groups: &str,
        scratch_base: Option<&str>,
        shared: &Shared,
    ) {
        let (fwd_nodes, sources) = (&shared.fwd, &shared.sources);
        let rec = &self.d.rec;
        let d = self.d;
        let g = self.group;
        let (zero, one) = (em.i64c(0), em.i64c(1));
        let gc = em.i64c(g as i64);
        let last = em.bin_i("subi", clen, &one);
        let lane = em.lane.clone();
        for (sh, s) in rec.states.iter() {
            for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                let ptr = em.param(&format!("ckpt_{}", s.name));
                let off = em.ckpt_offset(ck, &s.dims, &bind);
                let v = em.load(&ptr, &off, DType::F32);
                let slot = em.prev_slots[sh.index()][p].clone();
                em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
            }
        }
        em.note(false, "the state entering each group of the stretch");
        em.for_i64(&zero, groups, &one, |em, k| {
            let valid = em.valid.clone();
            let ks = match &scratch_base {
                Some(b) => em.bin_i("addi", b, &k),
                None => k.clone(),
            };
            em.region(format!("scf.if {valid}"), |em| {
                for (sh, s) in rec.states.iter() {
                    let points = em.plan.points(&s.dims);
                    for p in 0..points {
                        let slot = em.prev_slots[sh.index()][p].clone();
                        let v = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                        let ptr = em.param(&format!("scratch_{}", s.name));
                        let off = em.scratch_offset(&ks, &s.dims, points, p);
                        em.store(&v, &ptr, &off, DType::F32);
                    }
                }
            });
            let kg = em.bin_i("muli", &k, &gc);
            let own = if self.distribute {
                let j = em.bin_i("addi", &kg, lane.as_ref().expect("lanes"));
                let j = em.op(format!("arith.minsi {j}, {last} : i64"));
                let t = em.bin_i("addi", t0, &j);
                self.own_values(em, t, fwd_nodes)
            } else {
                Vec::new()
            };
            // Steps of the group inside the stretch (32-bit: at most a stretch).
            let inside_n = em.bin_i("subi", clen, &kg);
            let inside_n = em.op(format!("arith.trunci {inside_n} : i64 to i32"));
            em.for_i64(&zero, &gc, &one, |em, q| {
                let q32 = em.op(format!("arith.trunci {q} : i64 to i32"));
                let entries = if self.distribute {
                    let base = sources[0].clone();
                    let src = em.op(format!("arith.ori {base}, {q32} : i32"));
                    self.shuffled(em, &own, fwd_nodes, &src)
                } else {
                    Vec::new()
                };
                let j = em.bin_i("addi", &kg, &q);
                let inside = em.op(format!("arith.cmpi slt, {q32}, {inside_n} : i32"));
                em.region(format!("scf.if {inside}"), |em| {
                    em.t = Some(em.bin_i("addi", t0, &j));
                    em.push_scope(entries);
                    // (Coupled states read each other, and a chain's later states read the
                    // earlier ones' previous values: every new value before any store.)
                    let coupled = d.coupled() || d.chained();
                    let mut news = Vec::new();
                    for dec in &d.decompositions {
                        let s = &rec.states[dec.state];
                        for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                            let a = em.expr(dec.a, &bind);
                            let b = em.expr(dec.b, &bind);
                            let slot = em.prev_slots[dec.state.index()][p].clone();
                            let h = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                            let n = em.step_map(dec.semiring, &a, &h, &b);
                            let slots = em.prev_slots.clone();
                            let n = em.add_cross(dec, &bind, n, |em, o| {
                                em.op(format!(
                                    "llvm.load {} : !llvm.ptr -> f32",
                                    slots[o.index()][p]
                                ))
                            });
                            if coupled {
                                news.push((slot, n));
                            } else {
                                em.line(format!("llvm.store {n}, {slot} : f32, !llvm.ptr"));
                            }
                        }
                    }
                    for (slot, n) in news {
                        em.line(format!("llvm.store {n}, {slot} : f32, !llvm.ptr"));
                    }
                    em.pop_scope();
                    em.t = None;
                });
            });
        });
    }
}

/// The gathered gradients (see [`Walk::gathered`]): each step's value kept in its lane's slots,
/// or their deferred lane sums (sum node, this step's partial).
pub(super) struct Gather {
    pub(super) slots: BTreeMap<Handle<Input>, Vec<String>>,
    pub(super) deferred: Vec<(Handle<Expr>, String)>,
}
