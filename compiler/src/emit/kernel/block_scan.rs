//! The block scan: the sequential strategy's forward with one block per scan and its threads
//! along the scan axis (the design of the hand-written first-order scans). A block walks its
//! scan in tiles of `threads × K` steps, each thread taking K consecutive steps of a tile:
//! 1. each thread composes the maps of its K steps into one aggregate with the derived
//!    combine operator (as the chunked strategy's first pass does for a chunk);
//! 2. the block scans the aggregates: within each warp with shuffles, across warps through
//!    shared memory, and applies the prefix before its K steps to the state entering the tile;
//! 3. each thread walks its K steps again from that state, writing the outputs and the
//!    checkpoints, while the state entering the next tile is the whole tile's aggregate
//!    applied to this one's.
//! Where consecutive steps are contiguous in memory (the scan axis innermost) the threads of
//! a warp read and write consecutive memory, and one pass over the sequences does the whole
//! scan with every thread busy, however few the scans.

use super::*;

/// Emits the sequential forward of `d` as a block scan of `plan.block_steps` steps per thread.
pub(super) fn emit_block_scan(d: &Derived, plan: &KernelPlan, target: Target) -> Kernel {
    let rec = &d.rec;
    let plan = target_plan(plan, target);
    let k_steps = plan.block_steps.expect("a block-scan plan");
    let threads = plan.threads;
    let name = format!("{}_{}", rec.name, KernelKind::Forward.suffix());
    let mut em = Em::new(d, &plan, target);
    em.input_params();
    for (h, o) in rec.outputs.iter() {
        em.ptr_param(Param::Output(h), format!("out_{}", o.name));
    }
    for (h, s) in rec.states.iter() {
        em.ptr_param(Param::Checkpoint(h), format!("ckpt_{}", s.name));
    }
    let outer_total = em.size_params(false);
    let state = em.state_slots();
    let agg_a = em.state_slots();
    let agg_b = em.state_slots();
    let running = em.state_slots();
    em.slots = state.clone();
    em.prev_slots = state.clone();
    em.new_slots = state.clone();

    // Per state point and warp, a warp's aggregate (A, B).
    let warps = threads.div_ceil(32);
    let warp_size = threads.min(32);
    let points: Vec<usize> = rec.states.iter().map(|(_, s)| plan.points(&s.dims)).collect();
    let all_points: usize = points.iter().sum();
    let shared_a = em.shared_array(&format!("warp_a_{name}"), all_points * warps);
    let shared_b = em.shared_array(&format!("warp_b_{name}"), all_points * warps);

    // One block per outer point.
    let head_start = em.text.body.len();
    let (bid, host_loop) = em.block_and_thread();
    em.valid = em.op(format!("arith.cmpi slt, {bid}, {outer_total} : i64"));
    em.o_raw = bid.clone();
    em.total = outer_total.clone();
    let one = em.i64c(1);
    let last = em.bin_i("subi", &outer_total, &one);
    let o = em.op(format!("arith.minsi {bid}, {last} : i64"));
    let dims = plan.outer.clone();
    em.outer_ix = decompose(&mut em, &o, &dims);
    let head: Vec<String> = em.text.body.drain(head_start..).collect();
    let tid = em.tid.clone();
    let ws = em.i64c(warp_size as i64);
    let lane = em.bin_i("remui", &tid, &ws);
    let warp = em.bin_i("divui", &tid, &ws);

    em.load_initial_states(false);
    for (s, r) in state.iter().flatten().zip(running.iter().flatten()) {
        let v = em.op(format!("llvm.load {s} : !llvm.ptr -> f32"));
        em.line(format!("llvm.store {v}, {r} : f32, !llvm.ptr"));
    }
    let len = em.sizes[rec.scan.index()].clone();
    em.range_end = Some(len.clone());
    let span = em.i64c((threads * k_steps) as i64);
    let kc = em.i64c(k_steps as i64);
    em.note(false, "the scan, a tile of threads × K steps at a time");
    let zero = em.i64c(0);
    em.for_i64(&zero, &len, &span, |em, t0| {
        let mine = em.bin_i("muli", &tid, &kc);
        let base = em.bin_i("addi", &t0, &mine);
        let zero = em.i64c(0);
        let left = em.bin_i("subi", &len, &base);
        let left = em.op(format!("arith.maxsi {left}, {zero} : i64"));
        let kk = em.op(format!("arith.minsi {left}, {kc} : i64"));

        em.note(false, "1. this thread's K steps composed into one map (A, B)");
        for (dec, (a, b)) in d.decompositions.iter().zip(agg_a.iter().zip(&agg_b)) {
            let (ia, ib) = dec.semiring.combine().identity;
            em.fill(a, ia);
            em.fill(b, ib);
        }
        em.slots = agg_b.clone();
        em.prev_slots = agg_b.clone();
        em.new_slots = agg_b.clone();
        em.agg_a = Some(agg_a.clone());
        walk_steps(em, &base, &kk, false);
        em.agg_a = None;
        em.slots = state.clone();
        em.prev_slots = state.clone();
        em.new_slots = state.clone();

        em.note(false, "2. the block's scan of the maps: the state entering each thread's steps");
        let mut first = 0;
        let mut scanned = Vec::new();
        for (dec, np) in d.decompositions.iter().zip(&points) {
            let ring = dec.semiring;
            let s = dec.state.index();
            for p in 0..*np {
                let a = em.op(format!("llvm.load {} : !llvm.ptr -> f32", agg_a[s][p]));
                let b = em.op(format!("llvm.load {} : !llvm.ptr -> f32", agg_b[s][p]));
                let (a, b) = warp_inclusive_scan(em, ring, &lane, warp_size, a, b);
                // The warp's total, from its last lane.
                let last_lane = em.i64c(warp_size as i64 - 1);
                let is_last = em.op(format!("arith.cmpi eq, {lane}, {last_lane} : i64"));
                let idx = {
                    let row = em.i64c(((first + p) * warps) as i64);
                    em.bin_i("addi", &row, &warp)
                };
                em.region(format!("scf.if {is_last}"), |em| {
                    em.store(&a, &shared_a, &idx, DType::F32);
                    em.store(&b, &shared_b, &idx, DType::F32);
                });
                // Exclusive within the warp: the previous lane's inclusive map.
                let (xa, xb) = shift_up(em, ring, &lane, warp_size, &a, &b);
                scanned.push((ring, s, p, first + p, xa, xb));
            }
            first += np;
        }
        em.barrier();
        for (ring, s, p, row, xa, xb) in scanned {
            let (ia, ib) = ring.combine().identity;
            let (mut pa, mut pb) = (em.fconst(ia), em.fconst(ib));
            let (mut ta, mut tb) = (pa.clone(), pb.clone());
            for w in 0..warps {
                let idx = em.i64c((row * warps + w) as i64);
                let wa = em.load(&shared_a, &idx, DType::F32);
                let wb = em.load(&shared_b, &idx, DType::F32);
                let wc = em.i64c(w as i64);
                let before = em.op(format!("arith.cmpi ult, {wc}, {warp} : i64"));
                let (na, nb) = em.combine_pair(ring, (&pa, &pb), (&wa, &wb));
                pa = em.op(format!("arith.select {before}, {na}, {pa} : f32"));
                pb = em.op(format!("arith.select {before}, {nb}, {pb} : f32"));
                (ta, tb) = em.combine_pair(ring, (&ta, &tb), (&wa, &wb));
            }
            let (pa, pb) = em.combine_pair(ring, (&pa, &pb), (&xa, &xb));
            let r = running[s][p].clone();
            let h = em.op(format!("llvm.load {r} : !llvm.ptr -> f32"));
            let entering = em.step_map(ring, &pa, &h, &pb);
            em.line(format!("llvm.store {entering}, {} : f32, !llvm.ptr", state[s][p]));
            let next = em.step_map(ring, &ta, &h, &tb);
            em.line(format!("llvm.store {next}, {r} : f32, !llvm.ptr"));
        }

        em.note(false, "3. the K steps again from the state entering them: outputs, checkpoints");
        walk_steps(em, &base, &kk, true);
        // The warps' maps are read: the next tile may overwrite them.
        em.barrier();
    });
    em.note(false, "end scan");

    // Final outputs: the state after the last step (every thread holds it), from thread 0.
    em.t = None;
    em.slots = running.clone();
    em.prev_slots = running.clone();
    em.new_slots = running;
    let zero = em.i64c(0);
    let first_thread = em.op(format!("arith.cmpi eq, {tid}, {zero} : i64"));
    let valid = em.valid.clone();
    let write = em.op(format!("arith.andi {valid}, {first_thread} : i1"));
    for (_, out) in rec.outputs.iter() {
        if out.kind != OutputKind::Final {
            continue;
        }
        let values: Vec<_> = em
            .points(&out.dims)
            .into_iter()
            .map(|bind| (em.expr(out.value, &bind), bind))
            .collect();
        em.region(format!("scf.if {write}"), |em| {
            for (v, bind) in values {
                let red: Vec<(Handle<Dim>, Ix)> =
                    bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                let ptr = em.param(&format!("out_{}", out.name));
                let off = em.offset(&out.dims, &red, false);
                em.store(&v, &ptr, &off, out.dtype);
            }
        });
    }
    let func = em.assemble(&name, &head, &host_loop);
    Kernel {
        name,
        kind: KernelKind::Forward,
        params: em.sig_params.clone(),
        globals: em.globals.clone(),
        func,
        threads,
        shared_bytes: 2 * all_points * warps * 4,
        // Every thread of a block works on its one scan.
        lanes: threads,
    }
}

/// This thread's steps `base .. base + kk`: composed into the aggregate (`em.agg_a` set), or
/// run with the outputs and checkpoints (`outputs`).
fn walk_steps(em: &mut Em<'_>, base: &str, kk: &str, outputs: bool) {
    let zero = em.i64c(0);
    let one = em.i64c(1);
    em.for_i64(&zero, kk, &one, |em, k| {
        let t = em.bin_i("addi", base, &k);
        em.t = Some(t);
        em.push_scope(Vec::new());
        if outputs {
            save_checkpoint(em);
        }
        step_body(em);
        em.pop_scope();
        em.t = None;
    });
}

/// The inclusive scan of the maps `(a, b)` over the lanes of each warp (earlier lanes first):
/// log2(warp) rounds of shuffles up, each lane combining the map `off` lanes before it.
fn warp_inclusive_scan(
    em: &mut Em<'_>,
    ring: crate::derive::combine::Semiring,
    lane: &str,
    warp_size: usize,
    mut a: String,
    mut b: String,
) -> (String, String) {
    let mut off = 1;
    while off < warp_size {
        let (ua, ub) = (shuffle_up(em, &a, off), shuffle_up(em, &b, off));
        let (na, nb) = em.combine_pair(ring, (&ua, &ub), (&a, &b));
        let oc = em.i64c(off as i64);
        let has = em.op(format!("arith.cmpi uge, {lane}, {oc} : i64"));
        a = em.op(format!("arith.select {has}, {na}, {a} : f32"));
        b = em.op(format!("arith.select {has}, {nb}, {b} : f32"));
        off *= 2;
    }
    (a, b)
}

/// The previous lane's map (the identity for a warp's first lane).
fn shift_up(
    em: &mut Em<'_>,
    ring: crate::derive::combine::Semiring,
    lane: &str,
    warp_size: usize,
    a: &str,
    b: &str,
) -> (String, String) {
    let (ia, ib) = ring.combine().identity;
    let (ia, ib) = (em.fconst(ia), em.fconst(ib));
    if warp_size == 1 {
        return (ia, ib);
    }
    let (ua, ub) = (shuffle_up(em, a, 1), shuffle_up(em, b, 1));
    let zero = em.i64c(0);
    let first = em.op(format!("arith.cmpi eq, {lane}, {zero} : i64"));
    (
        em.op(format!("arith.select {first}, {ia}, {ua} : f32")),
        em.op(format!("arith.select {first}, {ib}, {ub} : f32")),
    )
}

/// `v` of the lane `off` below this one (its own where there is none).
fn shuffle_up(em: &mut Em<'_>, v: &str, off: usize) -> String {
    let o = em.text.i32(off as i32);
    let w = em.text.i32(32);
    let (x, ok) = (em.fresh(), em.fresh());
    em.line(format!("{x}, {ok} = gpu.shuffle up {v}, {o}, {w} : f32"));
    x
}
