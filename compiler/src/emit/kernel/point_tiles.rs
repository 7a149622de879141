//! The walk of one tile of the block scan over points ([`super::block_points`]): what a turn
//! needs ([`Walk`]: the block's scan of a point's maps, the state kept for the next tile, the
//! output sums' terms), a tile whose threads each have all K steps (values in registers,
//! vector accesses, each turn's reads issued ahead of their use) and any other tile (its
//! steps one at a time).

use super::block_prefix::{BlockGeometry, block_prefixes_buffered};
use super::point_terms::{exp_decay, seeded_sums};
use super::vectors::{
    Ahead, Vectors, vector_loads, vector_reads, vector_reads_ahead, vector_store_at, widen_loads,
};
use super::*;
use crate::emit::math::farith;
use crate::ir::builtins::Prim;

/// Where turn `p`'s row `r` (of `rows`) of the states entering a tile is kept, in the buffer
/// at word `buf` (None: the first).
pub(super) fn run_index(
    em: &mut Em<'_>,
    buf: Option<&str>,
    p: &str,
    rows: usize,
    r: usize,
) -> String {
    let n = em.i64c(rows as i64);
    let base = em.bin_i("muli", p, &n);
    let rc = em.i64c(r as i64);
    let i = em.bin_i("addi", &base, &rc);
    match buf {
        Some(b) => em.bin_i("addi", b, &i),
        None => i,
    }
}

/// What a tile's walk needs besides the emitter.
#[derive(Clone)]
pub(super) struct Walk<'w> {
    /// Words where this tile's running states are read and the next tile's written.
    pub(super) run_read: String,
    pub(super) run_write: String,
    /// The index of the tile's first turn (the warps' totals alternate buffers by turn).
    pub(super) turn0: String,
    /// Words of one buffer of the warps' totals.
    pub(super) buf_words: String,
    pub(super) state: &'w [Vec<String>],
    pub(super) agg_a: &'w [Vec<String>],
    pub(super) agg_b: &'w [Vec<String>],
    pub(super) run_sh: &'w str,
    pub(super) geo: &'w BlockGeometry,
    pub(super) points: &'w str,
    pub(super) rows: &'w [(usize, usize)],
    pub(super) invariants: &'w [Handle<Expr>],
    pub(super) sums: &'w [Handle<Expr>],
    pub(super) summed_outs: &'w [Handle<Output>],
    pub(super) first_thread: &'w str,
    /// Whether each turn prefetches the next turn's reads ([`KernelKind::BlockScanAhead`]).
    pub(super) ahead: bool,
}

/// `f` once per point of the split dim (`em.lane` is its index), each in its own scope.
pub(super) fn for_points(em: &mut Em<'_>, points: &str, f: impl FnOnce(&mut Em<'_>)) {
    let zero = em.i64c(0);
    let one = em.i64c(1);
    em.for_i64(&zero, points, &one, |em, p| {
        let saved = em.lane.replace(p);
        f(em);
        em.lane = saved;
    });
}

impl Walk<'_> {
    /// The values a point's turn reads but that do not change along the scan, computed at the
    /// start of the turn (with the scaled constants of `exp(v · c)`).
    pub(super) fn point_prelude(&self, em: &mut Em<'_>) {
        for &h in self.invariants {
            let dims: Vec<Handle<Dim>> = em.rec.exprs.shape(h).iter().collect();
            for bind in em.points(&dims) {
                let v = em.expr(h, &bind);
                let l2e = em.fconst(std::f64::consts::LOG2_E);
                let c2 = em.op(farith("mulf", &v, &l2e));
                let key = em.memo_key(h, &bind);
                em.scaled.insert(key, c2);
            }
        }
    }

    /// Forgets the turn's scaled constants.
    pub(super) fn end_point(&self, em: &mut Em<'_>) {
        em.scaled.clear();
    }

    /// Step 2: the block's scan of this point's maps; the state entering this thread's steps
    /// goes to the state slots. Returns the state entering the next tile, per state.
    pub(super) fn scan_maps(&self, em: &mut Em<'_>) -> Vec<String> {
        let p = em.lane.clone().expect("a point");
        let maps: Vec<(crate::derive::combine::Semiring, Vec<(String, String)>)> =
            em.d.decompositions
                .iter()
                .map(|dec| {
                    let s = dec.state.index();
                    let ab = (0..self.agg_a[s].len())
                        .map(|q| {
                            (
                                em.op(format!("llvm.load {} : !llvm.ptr -> f32", self.agg_a[s][q])),
                                em.op(format!("llvm.load {} : !llvm.ptr -> f32", self.agg_b[s][q])),
                            )
                        })
                        .collect();
                    (dec.semiring, ab)
                })
                .collect();
        let turn = em.bin_i("addi", &self.turn0, &p);
        let one = em.i64c(1);
        let odd = em.bin_i("andi", &turn, &one);
        let buf = em.bin_i("muli", &odd, &self.buf_words);
        let scanned = block_prefixes_buffered(em, self.geo, &maps, &buf);
        let rings: Vec<_> = maps
            .iter()
            .flat_map(|(ring, m)| m.iter().map(move |_| *ring))
            .collect();
        let mut next = Vec::new();
        for (r, (((pa, pb), (ta, tb)), ring)) in scanned.into_iter().zip(rings).enumerate() {
            let (s, q) = self.rows[r];
            let i = run_index(em, Some(&self.run_read), &p, self.rows.len(), r);
            let h = em.load(self.run_sh, &i, DType::F32);
            let entering = em.step_map(ring, &pa, &h, &pb);
            em.line(format!(
                "llvm.store {entering}, {} : f32, !llvm.ptr",
                self.state[s][q]
            ));
            next.push(em.step_map(ring, &ta, &h, &tb));
        }
        next
    }

    /// After a point's turn: thread 0 keeps the state entering the next tile (in the other
    /// buffer: no barrier, the block may still read this tile's).
    pub(super) fn keep_running(&self, em: &mut Em<'_>, next: &[String]) {
        let p = em.lane.clone().expect("a point");
        let first = self.first_thread.to_string();
        em.region(format!("scf.if {first}"), |em| {
            for (r, v) in next.iter().enumerate() {
                let i = run_index(em, Some(&self.run_write), &p, self.rows.len(), r);
                em.store(v, self.run_sh, &i, DType::F32);
            }
        });
    }

    /// The aggregate maps back to the identity.
    pub(super) fn reset_maps(&self, em: &mut Em<'_>) {
        for (dec, (a, b)) in
            em.d.decompositions
                .iter()
                .zip(self.agg_a.iter().zip(self.agg_b))
        {
            let (ia, ib) = dec.semiring.combine().identity;
            em.fill(a, ia);
            em.fill(b, ib);
        }
    }

    /// The slots the step body updates: the aggregate maps (`on`) or the states.
    pub(super) fn agg_mode(&self, em: &mut Em<'_>, on: bool) {
        let slots = if on { self.agg_b } else { self.state };
        em.slots = slots.to_vec();
        em.prev_slots = slots.to_vec();
        em.new_slots = slots.to_vec();
        em.agg_a = on.then(|| self.agg_a.to_vec());
    }

    /// Step 3 at one step: the checkpoint (where `checkpoint` and the step is due), the
    /// step's update and outputs at this turn's points, its terms of the output sums added to
    /// `acc` (a slot per sum).
    pub(super) fn rewalk_step(&self, em: &mut Em<'_>, checkpoint: bool, acc: &[String]) {
        if checkpoint {
            save_checkpoint(em);
        }
        step_body(em);
        self.add_terms(em, acc);
    }

    /// The end of a turn: the state entering the next tile kept, the turn's constants
    /// forgotten.
    pub(super) fn end_turn(&self, em: &mut Em<'_>, next: &[String]) {
        em.deferred.clear();
        self.keep_running(em, next);
        self.end_point(em);
    }

    /// This step's terms of the output sums added to `acc` (slot per sum), one point's term
    /// at a time: `acc + C·h` per point contracts to one fused multiply-add each, where adding
    /// the turn's partial sum would take a multiply, a fused multiply-add and an add for two.
    pub(super) fn add_terms(&self, em: &mut Em<'_>, acc: &[String]) {
        for (&s, slot) in self.sums.iter().zip(acc) {
            let Expr::Sum(dim, body) = em.rec.exprs[s] else {
                unreachable!("a sum")
            };
            let size = em.plan.local_size(dim).expect("summed dims are reduced");
            for v in 0..size {
                let x = em.expr(body, &[(dim, v)]);
                em.add_to_slot(slot, &x);
            }
        }
    }
}

/// The inputs among `roots`' reads that are vector-loaded, split by whether they span the
/// split dim.
fn vector_inputs(
    em: &Em<'_>,
    v: &Vectors,
    roots: &[Handle<Expr>],
    spanning: bool,
) -> Vec<(Handle<Expr>, Handle<Input>)> {
    let split = em.plan.split_dim().expect("split");
    let read: std::collections::BTreeSet<Handle<Expr>> = roots
        .iter()
        .flat_map(|&r| reachable_from(em.rec, r))
        .collect();
    v.inputs
        .iter()
        .copied()
        .filter(|(h, i)| read.contains(h) && em.rec.inputs[*i].dims.contains(&split) == spanning)
        .collect()
}

/// A tile whose threads each have K steps or none (`active`: has them), rows and pointers
/// aligned: values in registers.
pub(super) fn whole_tile(
    em: &mut Em<'_>,
    cx: &Walk<'_>,
    base: &str,
    v: &Vectors,
    acc: &[Vec<String>],
    active: &str,
) {
    let rec = em.rec;
    let k = v.steps;
    let d = em.d;
    em.note(false, "0. the K steps' values every point shares");
    let uniform = vector_inputs(em, v, &crate::emit::plan::step_roots(d, true), false);
    let loaded = vector_reads(em, &uniform, base, k);
    let frontier = uniform_frontier(em);
    let mut shared: Vec<Vec<(MemoKey, String)>> = Vec::new();
    for (j, pre) in loaded.into_iter().enumerate() {
        let jc = em.i64c(j as i64);
        em.t = Some(em.bin_i("addi", base, &jc));
        em.push_scope(pre);
        for &f in &frontier {
            em.expr(f, &[]);
        }
        shared.push(em.pop_scope());
        em.t = None;
    }
    // Decays `exp(v · c)` with `v` shared by the points and `c` fixed per point: the K steps'
    // product is `exp(c · Σ v)`, one multiply and one exponential per point instead of K − 1
    // multiplies (the selective scan's `exp(dt · A[d, n])`); Σ v is added up once here.
    let exp_decays: Vec<Option<(Handle<Expr>, String)>> = d
        .decompositions
        .iter()
        .map(|dec| {
            let (c, v) = exp_decay(em, dec)?;
            let mut total: Option<String> = None;
            for (j, scope) in shared.iter().enumerate() {
                let x = value_at_step(em, base, j, scope, v);
                total = Some(match total {
                    None => x,
                    Some(t) => em.op(farith("addf", &t, &x)),
                });
            }
            Some((c, total?))
        })
        .collect();
    // A sum added to a term without it (the selective scan's `Σ C·h + D·u`) starts from that
    // term, and the output reads the total in its place: the term is computed once, before
    // the points, and what it reads need not live through them.
    let seeds = seeded_sums(em, cx.sums, cx.summed_outs);
    for (slots, seed) in acc.iter().zip(&seeds) {
        match seed {
            Some((_, term)) => {
                for (j, slot) in slots.iter().enumerate() {
                    let v = value_at_step(em, base, j, &shared[j], *term);
                    em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
                }
            }
            None => em.fill(slots, 0.0),
        }
    }
    let first = vector_inputs(em, v, &crate::emit::plan::step_roots(d, false), true);
    // The reads of step 1 (the selective scan's `Bm`), a turn ahead where they are 16-bit:
    // the first turn's issued here, each later turn's during the turn before (carried in
    // registers, K/2 of them an input). Measured on an H100 (selective scan, ms, beside each
    // other in one run), issuing step 3's reads early alone / with these carried:
    // bf16 (8, 1536, 2048) 0.369 / 0.343, (4, 5120, 4096) 1.360 / 1.200, (1, 1536, 65536)
    // 2.136 / 2.023 (committed kernels before: 0.396, 1.546, 2.256); f32, whose kernel
    // already takes the 128 registers it may, (4, 5120, 4096) 1.928 / 2.041 and
    // (1, 1536, 65536) 2.168 / 3.84.
    let carry = !first.is_empty()
        && first
            .iter()
            .all(|&(_, i)| rec.inputs[i].dtype.size_bytes() == 2);
    let carried = carry.then(|| {
        let zero = em.i64c(0);
        let saved = em.lane.replace(zero);
        let loads = vector_loads(em, &first, base, k, None);
        em.lane = saved;
        let slots = loads.slots(em);
        loads.store_to(em, &slots);
        (loads, slots)
    });
    for_points(em, cx.points, |em| {
        cx.point_prelude(em);
        em.note(
            false,
            "1. this point's K steps composed into one map (A, B)",
        );
        cx.reset_maps(em);
        cx.agg_mode(em, true);
        // The next turn's point of the same inputs, prefetched with this turn's reads
        // (nothing after the last turn).
        let next_turn = cx.ahead.then(|| {
            let p = em.lane.clone().expect("a point");
            let one = em.i64c(1);
            let next = em.bin_i("addi", &p, &one);
            Ahead {
                dim: em.plan.split_dim().expect("split"),
                valid: em.op(format!("arith.cmpi ult, {next}, {} : i64", cx.points)),
            }
        });
        let first_vals = match &carried {
            Some((loads, slots)) => {
                let now = loads.load_from(em, slots);
                widen_loads(em, &now)
            }
            None => vector_reads_ahead(em, &first, base, k, next_turn.as_ref()),
        };
        // The reads step 3 alone needs (the selective scan's `Cm`) are issued now and widened
        // there: their latency passes under step 1 and the block's scan, where issued after
        // the scan's barrier each warp would wait on them (H100, ncu at (4, 5120, 4096, 16)
        // bf16: 11% of the stall samples).
        let read_first: std::collections::BTreeSet<Handle<Expr>> =
            first.iter().map(|&(h, _)| h).collect();
        let rest: Vec<(Handle<Expr>, Handle<Input>)> =
            vector_inputs(em, v, &crate::emit::plan::step_roots(d, true), true)
                .into_iter()
                .filter(|(h, _)| !read_first.contains(h))
                .collect();
        let rest_loads = vector_loads(em, &rest, base, k, next_turn.as_ref());
        let mut kept: Vec<Vec<(MemoKey, String)>> = Vec::new();
        for j in 0..k {
            let jc = em.i64c(j as i64);
            em.t = Some(em.bin_i("addi", base, &jc));
            let mut entries = shared[j].clone();
            entries.extend(first_vals[j].iter().cloned());
            em.push_scope(entries);
            step_body(em);
            let mut ab = Vec::new();
            for dec in &d.decompositions {
                let s = &rec.states[dec.state];
                for bind in em.points(&s.dims) {
                    for h in [dec.a, dec.b] {
                        let key = em.memo_key(h, &bind);
                        if let Some(val) = em.memo.get(&key) {
                            ab.push((key, val.clone()));
                        }
                    }
                }
            }
            em.pop_scope();
            let mut all = first_vals[j].clone();
            all.extend(ab);
            kept.push(all);
            em.t = None;
        }
        for (dec, decay) in d.decompositions.iter().zip(&exp_decays) {
            let Some((c, total)) = decay else { continue };
            let s = dec.state.index();
            for (q, bind) in em
                .points(&rec.states[dec.state].dims)
                .into_iter()
                .enumerate()
            {
                let c2 = em.scaled[&em.memo_key(*c, &bind)].clone();
                let x = em.op(farith("mulf", total, &c2));
                let a = em.prim(Prim::Exp2, &x, &x, false);
                em.line(format!(
                    "llvm.store {a}, {} : f32, !llvm.ptr",
                    cx.agg_a[s][q]
                ));
            }
        }
        cx.agg_mode(em, false);
        // A thread past the scan composes nothing.
        let t = em.op("arith.constant true".into());
        let idle = em.op(format!("arith.xori {active}, {t} : i1"));
        em.region(format!("scf.if {idle}"), |em| cx.reset_maps(em));
        em.note(false, "2. the block's scan of this point's maps");
        let next = cx.scan_maps(em);
        if let Some((_, slots)) = &carried {
            // The next turn's reads of step 1 (the last turn reads its own point again).
            let p = em.lane.clone().expect("a point");
            let one = em.i64c(1);
            let after = em.bin_i("addi", &p, &one);
            let last = em.bin_i("subi", cx.points, &one);
            let q = em.op(format!("arith.minui {after}, {last} : i64"));
            em.lane = Some(q);
            let loads = vector_loads(em, &first, base, k, None);
            em.lane = Some(p);
            loads.store_to(em, slots);
        }
        em.note(
            false,
            "3. the K steps again: checkpoints, outputs at this point, sums' terms",
        );
        let rest_vals = widen_loads(em, &rest_loads);
        em.deferred = cx.summed_outs.to_vec();
        for j in 0..k {
            let jc = em.i64c(j as i64);
            em.t = Some(em.bin_i("addi", base, &jc));
            let mut entries = shared[j].clone();
            entries.extend(kept[j].iter().cloned());
            entries.extend(rest_vals[j].iter().cloned());
            em.push_scope(entries);
            let slots: Vec<String> = acc.iter().map(|a| a[j].clone()).collect();
            cx.rewalk_step(em, j == 0 || CHECKPOINT % k != 0, &slots);
            em.pop_scope();
            em.t = None;
        }
        cx.end_turn(em, &next);
    });
    em.note(
        false,
        "4. the outputs summed over the points, K steps per vector store",
    );
    let mut made: Vec<Vec<String>> = vec![Vec::new(); cx.summed_outs.len()];
    for j in 0..k {
        let jc = em.i64c(j as i64);
        em.t = Some(em.bin_i("addi", base, &jc));
        let totals: Vec<(Handle<Expr>, String)> = cx
            .sums
            .iter()
            .zip(acc)
            .zip(&seeds)
            .map(|((&s, a), seed)| {
                let v = em.op(format!("llvm.load {} : !llvm.ptr -> f32", a[j]));
                (seed.map_or(s, |(total, _)| total), v)
            })
            .collect();
        em.push_totals(shared[j].clone(), &totals);
        for (o, vals) in cx.summed_outs.iter().zip(made.iter_mut()) {
            vals.push(em.expr(rec.outputs[*o].value, &[]));
        }
        em.pop_scope();
        em.t = None;
    }
    for (&o, vals) in cx.summed_outs.iter().zip(made) {
        if v.outputs.contains(&o) {
            vector_store_at(em, o, 0, base, &vals);
        } else {
            for (j, val) in vals.iter().enumerate() {
                let jc = em.i64c(j as i64);
                em.t = Some(em.bin_i("addi", base, &jc));
                em.write_output_at(o, &[], val);
                em.t = None;
            }
        }
    }
}

/// `h` (shared by the points) at this thread's step `j` from walk step `base`, with the
/// step's shared values `scope` known.
fn value_at_step(
    em: &mut Em<'_>,
    base: &str,
    j: usize,
    scope: &[(MemoKey, String)],
    h: Handle<Expr>,
) -> String {
    let jc = em.i64c(j as i64);
    em.t = Some(em.bin_i("addi", base, &jc));
    em.push_scope(scope.to_vec());
    let v = em.expr(h, &[]);
    em.pop_scope();
    em.t = None;
    v
}

/// Any other tile: each thread's steps one at a time, recomputing what it needs; the running
/// sums in an array indexed by step.
pub(super) fn stepwise_tile(em: &mut Em<'_>, cx: &Walk<'_>, base: &str, kk: &str, acc: &[String]) {
    let rec = em.rec;
    let zero = em.i64c(0);
    let one = em.i64c(1);
    let step_slot = |em: &mut Em<'_>, arr: &str, k: &str| {
        em.op(format!(
            "llvm.getelementptr {arr}[{k}] : (!llvm.ptr, i64) -> !llvm.ptr, f32"
        ))
    };
    em.for_i64(&zero, kk, &one, |em, k| {
        for a in acc {
            let s = step_slot(em, a, &k);
            let z = em.fconst(0.0);
            em.line(format!("llvm.store {z}, {s} : f32, !llvm.ptr"));
        }
    });
    for_points(em, cx.points, |em| {
        cx.point_prelude(em);
        cx.reset_maps(em);
        cx.agg_mode(em, true);
        em.for_i64(&zero, kk, &one, |em, k| {
            em.t = Some(em.bin_i("addi", base, &k));
            em.push_scope(Vec::new());
            step_body(em);
            em.pop_scope();
            em.t = None;
        });
        cx.agg_mode(em, false);
        let next = cx.scan_maps(em);
        em.deferred = cx.summed_outs.to_vec();
        em.for_i64(&zero, kk, &one, |em, k| {
            em.t = Some(em.bin_i("addi", base, &k));
            em.push_scope(Vec::new());
            let slots: Vec<String> = acc.iter().map(|a| step_slot(em, a, &k)).collect();
            cx.rewalk_step(em, true, &slots);
            em.pop_scope();
            em.t = None;
        });
        cx.end_turn(em, &next);
    });
    em.for_i64(&zero, kk, &one, |em, k| {
        em.t = Some(em.bin_i("addi", base, &k));
        let totals: Vec<(Handle<Expr>, String)> = cx
            .sums
            .iter()
            .zip(acc)
            .map(|(&s, a)| {
                let p = step_slot(em, a, &k);
                (s, em.op(format!("llvm.load {p} : !llvm.ptr -> f32")))
            })
            .collect();
        em.push_totals(Vec::new(), &totals);
        for &o in cx.summed_outs {
            let v = em.expr(rec.outputs[o].value, &[]);
            em.write_output_at(o, &[], &v);
        }
        em.pop_scope();
        em.t = None;
    });
}
