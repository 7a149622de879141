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
//! path above (values in registers, vector accesses; [`super::point_tiles`]), its reads
//! issued ahead of their use: step 3's before the block's scan, and step 1's, where they are
//! 16-bit, during the turn before. Any other tile walks its steps one at a time and recomputes
//! what it needs.

use super::block_prefix::BlockGeometry;
use super::block_scan::{BlockStart, block_start, open_block_grid};
use super::point_tiles::{Walk, for_points, run_index, stepwise_tile, whole_tile};
use super::vectors::Vectors;
use super::*;

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
