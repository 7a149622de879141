//! The block scan one state point at a time (the design of the hand-written selective
//! scans): where every state spans one reduced dim (the selective scan's `N`), the block scans
//! each point of that dim in turn, so a thread holds the maps of one point's K steps instead
//! of every point's, computes each step's decay once, and adds up its outputs' sums over the
//! dim across the points. Per tile of threads × K steps:
//! 0. each thread reads its K steps of the inputs that every point shares (the selective
//!    scan's `u`, `delta`, `z`) and computes what the points share (`dt`, `dt · u`);
//! 1. for each point `p`: the thread composes its K steps' maps at `p`, keeping each step's
//!    `(a, b)`;
//! 2. the block scans the maps (as [`super::block_scan`] does) from the state entering the
//!    tile at `p` (kept in shared memory between tiles);
//! 3. the thread walks its K steps from the state entering them with the kept `(a, b)`: the
//!    checkpoints and outputs at `p`, and each output sum's term at `p` added to the step's
//!    running sum;
//! 4. after the last point, the outputs summed over the dim, from the running sums (one
//!    vector store per K steps).
//!
//! A tile every thread of which has all K steps, with aligned rows and pointers, takes the
//! path above (values in registers, vector accesses); any other tile walks its steps one at a
//! time and recomputes what it needs.

use super::block_prefix::{BlockGeometry, block_prefixes_buffered};
use super::block_scan::{
    Ahead, BlockStart, Vectors, block_start, open_block_grid, vector_reads, vector_reads_ahead,
    vector_store_at,
};
use super::point_terms::{exp_decay, seeded_sums};
use super::*;
use crate::emit::math::farith;
use crate::ir::builtins::Prim;

/// The points of the summed dim and of one turn, where the block scan takes them in turns
/// ([`KernelPlan::point_turns`]).
pub(super) fn point_loop(d: &Derived, plan: &KernelPlan) -> Option<(usize, usize)> {
    plan.point_turns(d)
        .map(|(_, points, per_turn)| (points, per_turn))
}

/// The sums over the split dim that per-step outputs lacking it read (outermost first).
fn output_sums(em: &Em<'_>, outs: &[Handle<Output>]) -> Vec<Handle<Expr>> {
    fn visit(em: &Em<'_>, h: Handle<Expr>, split: Handle<Dim>, out: &mut Vec<Handle<Expr>>) {
        match em.rec.exprs[h] {
            Expr::Sum(d, _) if d == split => {
                if !out.contains(&h) {
                    out.push(h);
                }
            }
            _ => {
                for o in em.rec.exprs.operands(h) {
                    visit(em, o, split, out);
                }
            }
        }
    }
    let split = em.plan.split_dim().expect("a point loop splits a dim");
    let mut out = Vec::new();
    for &o in outs {
        visit(em, em.rec.outputs[o].value, split, &mut out);
    }
    out
}

/// The nodes that do not change along the scan but differ between points of the split dim
/// (the selective scan's `A[d, n]`): computed at the start of each point's turn instead of
/// before the scan; marks them, and everything below them with the dim, as not hoisted.
fn per_point_invariants(em: &mut Em<'_>, split: Handle<Dim>) -> Vec<Handle<Expr>> {
    let rec = em.rec;
    let spans = |h: Handle<Expr>| rec.exprs.shape(h).contains(split);
    let mut out = Vec::new();
    let mut stack: Vec<Handle<Expr>> = crate::emit::plan::step_roots(em.d, true);
    let mut seen = std::collections::HashSet::new();
    while let Some(h) = stack.pop() {
        if !seen.insert(h) {
            continue;
        }
        if em.hoisted[h.index()] {
            if spans(h) {
                out.push(h);
            }
            continue;
        }
        stack.extend(rec.exprs.operands(h));
    }
    for (h, _) in rec.exprs.iter() {
        if em.hoisted[h.index()] && spans(h) {
            em.hoisted[h.index()] = false;
            em.loop_invariant[h.index()] = true;
        }
    }
    out.sort();
    out
}

/// Registers of an SM divided by the 128 a thread of the block scan over points may take.
const FORWARD_MAX_REGISTERS_BLOCK: usize = crate::strategy::BLOCK_POINTS_THREADS_PER_SM as usize;

/// Emits the sequential forward of `d` as a block scan over the `points` of the split dim,
/// `per_turn` at a time (see [`point_loop`]).
pub(super) fn emit_block_points(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
    (points, per_turn): (usize, usize),
    kind: KernelKind,
) -> Kernel {
    let rec = &d.rec;
    let block = plan.block.expect("a block-scan plan");
    let base_plan = target_plan(plan, target);
    // `per_turn` points of the split dim at a time: a turn plays a lane's part (`lane` is its
    // index, its points `q · turns + lane`).
    let turns = points / per_turn;
    let lp = KernelPlan {
        lanes: turns,
        staged_inputs: Vec::new(),
        staged_outputs: Vec::new(),
        unroll: 1,
        ..base_plan
    };
    let plan = &lp;
    let k_steps = block.steps;
    let BlockStart {
        mut em,
        threads,
        name,
        outer_total,
        state,
        agg_a,
        agg_b,
        running,
    } = block_start(d, plan, target, block, kind);
    em.point_loop = true;
    // At most 128 registers a thread (the blocks an SM then holds): without the barrier that
    // closed each turn, ptxas overlaps turns and took 159 registers in bf16 (6 blocks of 64
    // threads an SM instead of 8).
    em.min_blocks_per_sm = Some((FORWARD_MAX_REGISTERS_BLOCK / threads).max(1));
    em.block_threads = Some(threads);
    let split = plan.split_dim().expect("split");
    let invariants = per_point_invariants(&mut em, split);
    // One row per state and point of a turn.
    let rows: Vec<(usize, usize)> = rec
        .states
        .iter()
        .flat_map(|(h, s)| (0..plan.points(&s.dims)).map(move |q| (h.index(), q)))
        .collect();
    let n_rows = rows.len();

    let geo = BlockGeometry::buffered(&mut em, threads, n_rows, &name);
    // The state entering the tile, per turn and row, in two buffers (even and odd tiles):
    // thread 0 writes the next tile's while the block may still read this one's.
    let run_sh = em.shared_array(&format!("running_{name}"), 2 * turns * n_rows);

    let (head, host_loop) = open_block_grid(&mut em, &outer_total);
    let geo = geo.with_thread(&mut em);
    let tid = em.tid.clone();
    let zero = em.i64c(0);
    let first_thread = em.op(format!("arith.cmpi eq, {tid}, {zero} : i64"));
    let pc = em.i64c(turns as i64);

    em.note(false, "the state entering the scan, per point");
    for_points(&mut em, &pc, |em| {
        em.load_initial_states(false);
        let p = em.lane.clone().expect("a point");
        em.region(format!("scf.if {first_thread}"), |em| {
            for (r, &(s, q)) in rows.iter().enumerate() {
                let v = em.op(format!("llvm.load {} : !llvm.ptr -> f32", state[s][q]));
                let i = run_index(em, None, &p, n_rows, r);
                em.store(&v, &run_sh, &i, DType::F32);
            }
        });
    });
    em.barrier();

    let len = em.sizes[rec.scan.index()].clone();
    em.range_end = Some(len.clone());
    let vectors = Vectors::new(&mut em, k_steps, &len);
    let span = em.i64c((threads * k_steps) as i64);
    let kc = em.i64c(k_steps as i64);
    // Per-step outputs lacking the split dim are summed over its points; the others are
    // written at each point.
    let summed_outs: Vec<Handle<Output>> = rec
        .outputs
        .iter()
        .filter(|(_, o)| o.kind == OutputKind::PerStep && !o.dims.contains(&split))
        .map(|(h, _)| h)
        .collect();
    let sums = output_sums(&em, &summed_outs);
    // Running sums: per sum and step, a register (the whole tile's path) or one array per sum
    // indexed by step (the other path).
    let acc: Vec<Vec<String>> = sums.iter().map(|_| em.alloca_points(k_steps)).collect();
    let acc_dyn: Vec<String> = sums
        .iter()
        .map(|_| {
            let c = em.i64c(k_steps as i64);
            em.entry_op(format!("llvm.alloca {c} x f32 : (i64) -> !llvm.ptr"))
        })
        .collect();
    let run_words = em.i64c((turns * n_rows) as i64);
    let buf_words = em.i64c(geo.buffer_words() as i64);
    let cx = Walk {
        run_read: String::new(),
        run_write: String::new(),
        turn0: String::new(),
        buf_words: buf_words.clone(),
        state: &state,
        agg_a: &agg_a,
        agg_b: &agg_b,
        run_sh: &run_sh,
        geo: &geo,
        points: &pc,
        rows: &rows,
        invariants: &invariants,
        sums: &sums,
        summed_outs: &summed_outs,
        first_thread: &first_thread,
        ahead: kind == KernelKind::BlockScanAhead,
    };

    em.note(false, "the scan, a tile of threads × K steps at a time");
    em.for_i64(&zero, &len, &span, |em, t0| {
        // This tile's buffers: the running states read and written, the first turn's index.
        let tile = em.bin_i("divui", &t0, &span);
        let one = em.i64c(1);
        let odd = em.bin_i("andi", &tile, &one);
        let even = em.bin_i("subi", &one, &odd);
        let pc = em.i64c(turns as i64);
        let cx = Walk {
            run_read: em.bin_i("muli", &odd, &run_words),
            run_write: em.bin_i("muli", &even, &run_words),
            turn0: em.bin_i("muli", &tile, &pc),
            ..cx.clone()
        };
        let cx = &cx;
        let mine = em.bin_i("muli", &tid, &kc);
        let base = em.bin_i("addi", &t0, &mine);
        let zero = em.i64c(0);
        let left = em.bin_i("subi", &len, &base);
        let left = em.op(format!("arith.maxsi {left}, {zero} : i64"));
        let kk = em.op(format!("arith.minsi {left}, {kc} : i64"));
        match &vectors {
            // Aligned (the scan a multiple of K): each thread's K steps lie wholly inside the
            // scan or wholly past it, also in a last, partial tile. A thread past it reads the
            // tile's first K steps (thread 0's, always inside), writes nothing and passes the
            // identity map on to the block's scan.
            Some(v) => {
                em.if_else(&v.aligned, |em, fast| {
                    if fast {
                        let active = em.op(format!("arith.cmpi slt, {base}, {len} : i64"));
                        let read_at = em.op(format!("arith.select {active}, {base}, {t0} : i64"));
                        let valid = em.valid.clone();
                        em.valid = em.op(format!("arith.andi {valid}, {active} : i1"));
                        whole_tile(em, cx, &read_at, v, &acc, &active);
                        em.valid = valid;
                    } else {
                        stepwise_tile(em, cx, &base, &kk, &acc_dyn);
                    }
                });
            }
            None => stepwise_tile(em, cx, &base, &kk, &acc_dyn),
        }
    });
    em.note(false, "end scan");

    // Final outputs: each point's state after the last step, from thread 0.
    em.t = None;
    em.barrier();
    em.slots = running.clone();
    em.prev_slots = running.clone();
    em.new_slots = running.clone();
    let valid = em.valid.clone();
    let write = em.op(format!("arith.andi {valid}, {first_thread} : i1"));
    // The buffer the last tile wrote: the tiles' count is odd or even.
    let one = em.i64c(1);
    let last = em.bin_i("subi", &span, &one);
    let tiles = em.bin_i("addi", &len, &last);
    let tiles = em.bin_i("divui", &tiles, &span);
    let odd = em.bin_i("andi", &tiles, &one);
    let final_buf = em.bin_i("muli", &odd, &run_words);
    for_points(&mut em, &pc, |em| {
        let p = em.lane.clone().expect("a point");
        for (r, &(s, q)) in rows.iter().enumerate() {
            let i = run_index(em, Some(&final_buf), &p, n_rows, r);
            let v = em.load(&run_sh, &i, DType::F32);
            em.line(format!(
                "llvm.store {v}, {} : f32, !llvm.ptr",
                running[s][q]
            ));
        }
        em.write_final_outputs(&write);
    });
    let func = em.assemble(&name, &head, &host_loop);
    Kernel {
        name,
        kind,
        params: em.sig_params.clone(),
        globals: em.globals.clone(),
        func,
        threads,
        shared_bytes: (geo.shared_words() + 2 * turns * n_rows) * 4,
        // Every thread of a block works on its one scan.
        lanes: threads,
        cluster: 1,
        atomics: false,
    }
}

/// Where turn `p`'s row `r` (of `rows`) of the states entering a tile is kept, in the buffer
/// at word `buf` (None: the first).
fn run_index(em: &mut Em<'_>, buf: Option<&str>, p: &str, rows: usize, r: usize) -> String {
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
struct Walk<'w> {
    /// Words where this tile's running states are read and the next tile's written.
    run_read: String,
    run_write: String,
    /// The index of the tile's first turn (the warps' totals alternate buffers by turn).
    turn0: String,
    /// Words of one buffer of the warps' totals.
    buf_words: String,
    state: &'w [Vec<String>],
    agg_a: &'w [Vec<String>],
    agg_b: &'w [Vec<String>],
    run_sh: &'w str,
    geo: &'w BlockGeometry,
    points: &'w str,
    rows: &'w [(usize, usize)],
    invariants: &'w [Handle<Expr>],
    sums: &'w [Handle<Expr>],
    summed_outs: &'w [Handle<Output>],
    first_thread: &'w str,
    /// Whether each turn prefetches the next turn's reads ([`KernelKind::BlockScanAhead`]).
    ahead: bool,
}

/// `f` once per point of the split dim (`em.lane` is its index), each in its own scope.
fn for_points(em: &mut Em<'_>, points: &str, f: impl FnOnce(&mut Em<'_>)) {
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
    fn point_prelude(&self, em: &mut Em<'_>) {
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
    fn end_point(&self, em: &mut Em<'_>) {
        em.scaled.clear();
    }

    /// Step 2: the block's scan of this point's maps; the state entering this thread's steps
    /// goes to the state slots. Returns the state entering the next tile, per state.
    fn scan_maps(&self, em: &mut Em<'_>) -> Vec<String> {
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
    fn keep_running(&self, em: &mut Em<'_>, next: &[String]) {
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
    fn reset_maps(&self, em: &mut Em<'_>) {
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
    fn agg_mode(&self, em: &mut Em<'_>, on: bool) {
        let slots = if on { self.agg_b } else { self.state };
        em.slots = slots.to_vec();
        em.prev_slots = slots.to_vec();
        em.new_slots = slots.to_vec();
        em.agg_a = on.then(|| self.agg_a.to_vec());
    }

    /// Step 3 at one step: the checkpoint (where `checkpoint` and the step is due), the
    /// step's update and outputs at this turn's points, its terms of the output sums added to
    /// `acc` (a slot per sum).
    fn rewalk_step(&self, em: &mut Em<'_>, checkpoint: bool, acc: &[String]) {
        if checkpoint {
            save_checkpoint(em);
        }
        step_body(em);
        self.add_terms(em, acc);
    }

    /// The end of a turn: the state entering the next tile kept, the turn's constants
    /// forgotten.
    fn end_turn(&self, em: &mut Em<'_>, next: &[String]) {
        em.deferred.clear();
        self.keep_running(em, next);
        self.end_point(em);
    }

    /// This step's terms of the output sums added to `acc` (slot per sum), one point's term
    /// at a time: `acc + C·h` per point contracts to one fused multiply-add each, where adding
    /// the turn's partial sum would take a multiply, a fused multiply-add and an add for two.
    fn add_terms(&self, em: &mut Em<'_>, acc: &[String]) {
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
fn whole_tile(
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
    for_points(em, cx.points, |em| {
        cx.point_prelude(em);
        em.note(
            false,
            "1. this point's K steps composed into one map (A, B)",
        );
        cx.reset_maps(em);
        cx.agg_mode(em, true);
        let first = vector_inputs(em, v, &crate::emit::plan::step_roots(d, false), true);
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
        let first_vals = vector_reads_ahead(em, &first, base, k, next_turn.as_ref());
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
        em.note(
            false,
            "3. the K steps again: checkpoints, outputs at this point, sums' terms",
        );
        let read_first: std::collections::BTreeSet<Handle<Expr>> =
            first.iter().map(|&(h, _)| h).collect();
        let rest: Vec<(Handle<Expr>, Handle<Input>)> =
            vector_inputs(em, v, &crate::emit::plan::step_roots(d, true), true)
                .into_iter()
                .filter(|(h, _)| !read_first.contains(h))
                .collect();
        let rest_vals = vector_reads_ahead(em, &rest, base, k, next_turn.as_ref());
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
fn stepwise_tile(em: &mut Em<'_>, cx: &Walk<'_>, base: &str, kk: &str, acc: &[String]) {
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
