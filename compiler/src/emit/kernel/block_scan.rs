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
//!
//! Where consecutive steps are contiguous in memory (the scan axis innermost) the threads of
//! a warp read and write consecutive memory, K steps per vector access; each sequence comes
//! from memory once (the second walk finds it in cache) and every thread is busy, however
//! few the scans.

use super::block_prefix::{BlockGeometry, block_prefixes};
use super::vectors::{Vectors, vector_reads, vector_store_at};
use super::*;
use crate::derive::combine::Semiring;

/// Emits the sequential forward of `d` as the block scan of `plan.block` (one thread per block
/// on the host).
pub(super) fn emit_block_scan(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
    kind: KernelKind,
) -> Kernel {
    let rec = &d.rec;
    let block = plan.block.expect("a block-scan plan");
    let plan = target_plan(plan, target);
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
    } = block_start(d, &plan, target, block, kind);
    let points: Vec<usize> = rec
        .states
        .iter()
        .map(|(_, s)| plan.points(&s.dims))
        .collect();
    let all_points: usize = points.iter().sum();
    let geo = BlockGeometry::new(&mut em, threads, all_points, &name);

    let (head, host_loop) = open_block_grid(&mut em, &outer_total);
    let geo = geo.with_thread(&mut em);
    let tid = em.tid.clone();

    em.load_initial_states(false);
    for (s, r) in state.iter().flatten().zip(running.iter().flatten()) {
        let v = em.op(format!("llvm.load {s} : !llvm.ptr -> f32"));
        em.line(format!("llvm.store {v}, {r} : f32, !llvm.ptr"));
    }
    let len = em.sizes[rec.scan.index()].clone();
    em.range_end = Some(len.clone());
    let vectors = Vectors::new(&mut em, k_steps, &len);
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

        em.note(
            false,
            "1. this thread's K steps composed into one map (A, B)",
        );
        for (dec, (a, b)) in d.decompositions.iter().zip(agg_a.iter().zip(&agg_b)) {
            let (ia, ib) = dec.semiring.combine().identity;
            em.fill(a, ia);
            em.fill(b, ib);
        }
        em.slots = agg_b.clone();
        em.prev_slots = agg_b.clone();
        em.new_slots = agg_b.clone();
        em.agg_a = Some(agg_a.clone());
        walk_steps(em, &base, &kk, false, vectors.as_ref());
        em.agg_a = None;
        em.slots = state.clone();
        em.prev_slots = state.clone();
        em.new_slots = state.clone();

        em.note(
            false,
            "2. the block's scan of the maps: the state entering each thread's steps",
        );
        let maps: Vec<(Semiring, Vec<(String, String)>)> = d
            .decompositions
            .iter()
            .zip(&points)
            .map(|(dec, &np)| {
                let s = dec.state.index();
                let ab = (0..np)
                    .map(|p| {
                        (
                            em.op(format!("llvm.load {} : !llvm.ptr -> f32", agg_a[s][p])),
                            em.op(format!("llvm.load {} : !llvm.ptr -> f32", agg_b[s][p])),
                        )
                    })
                    .collect();
                (dec.semiring, ab)
            })
            .collect();
        let scanned = block_prefixes(em, &geo, &maps);
        let mut at = scanned.into_iter();
        for (dec, &np) in d.decompositions.iter().zip(&points) {
            let s = dec.state.index();
            for p in 0..np {
                let ((pa, pb), (ta, tb)) = at.next().expect("one per point");
                let r = running[s][p].clone();
                let h = em.op(format!("llvm.load {r} : !llvm.ptr -> f32"));
                let entering = em.step_map(dec.semiring, &pa, &h, &pb);
                em.line(format!(
                    "llvm.store {entering}, {} : f32, !llvm.ptr",
                    state[s][p]
                ));
                let next = em.step_map(dec.semiring, &ta, &h, &tb);
                em.line(format!("llvm.store {next}, {r} : f32, !llvm.ptr"));
            }
        }

        em.note(
            false,
            "3. the K steps again from the state entering them: outputs, checkpoints",
        );
        walk_steps(em, &base, &kk, true, vectors.as_ref());
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
    em.write_final_outputs(&write);
    let func = em.assemble(&name, &head, &host_loop);
    Kernel {
        name,
        kind,
        params: em.sig_params.clone(),
        globals: em.globals.clone(),
        func,
        threads,
        shared_bytes: geo.shared_words() * 4,
        // Every thread of a block works on its one scan.
        lanes: threads,
        cluster: 1,
        atomics: false,
    }
}

/// This thread's steps `base .. base + kk`: composed into the aggregate (`em.agg_a` set), or
/// run with the outputs and checkpoints (`outputs`); with one vector access per sequence
/// where `vectors` allows it for this block and the thread has all K steps.
fn walk_steps(em: &mut Em<'_>, base: &str, kk: &str, outputs: bool, vectors: Option<&Vectors>) {
    let Some(v) = vectors else {
        return step_loop(em, base, kk, outputs);
    };
    let k_steps = em.i64c(v.steps as i64);
    let whole = em.op(format!("arith.cmpi eq, {kk}, {k_steps} : i64"));
    let fast = em.op(format!("arith.andi {whole}, {} : i1", v.aligned));
    em.if_else(&fast, |em, fast| {
        if fast {
            vector_steps(em, base, outputs, v);
        } else {
            step_loop(em, base, kk, outputs);
        }
    });
}

/// All K steps of this thread, unrolled: each sequence read with one vector load first, the
/// vectorised outputs stored with one vector store after the last step.
fn vector_steps(em: &mut Em<'_>, base: &str, outputs: bool, v: &Vectors) {
    let rec = em.rec;
    let k = v.steps;
    // Only what this walk reads: the first walk computes no outputs (the selective scan's
    // `Cm` would otherwise be held in registers through it for nothing).
    let read: std::collections::BTreeSet<Handle<Expr>> =
        crate::emit::plan::step_roots(em.d, outputs)
            .into_iter()
            .flat_map(|r| reachable_from(rec, r))
            .collect();
    let inputs: Vec<(Handle<Expr>, Handle<Input>)> = v
        .inputs
        .iter()
        .copied()
        .filter(|(h, _)| read.contains(h))
        .collect();
    let per_step = vector_reads(em, &inputs, base, k);
    let mut made: Vec<Vec<Vec<String>>> = Vec::new();
    if outputs {
        em.deferred = v.outputs.clone();
        made = v
            .outputs
            .iter()
            .map(|&o| vec![Vec::new(); em.points(&rec.outputs[o].dims).len()])
            .collect();
    }
    for (j, pre) in per_step.into_iter().enumerate() {
        let jc = em.i64c(j as i64);
        let t = em.bin_i("addi", base, &jc);
        em.t = Some(t);
        em.push_scope(pre);
        // Checkpoints fall on the first of K steps where K divides their interval.
        if outputs && (j == 0 || CHECKPOINT % k != 0) {
            save_checkpoint(em);
        }
        step_body(em);
        if outputs {
            for (&o, vals) in v.outputs.iter().zip(made.iter_mut()) {
                for (p, bind) in em.points(&rec.outputs[o].dims).into_iter().enumerate() {
                    let x = em.expr(rec.outputs[o].value, &bind);
                    vals[p].push(x);
                }
            }
        }
        em.pop_scope();
        em.t = None;
    }
    em.deferred.clear();
    for (&o, vals) in v.outputs.iter().zip(made) {
        for (p, steps) in vals.into_iter().enumerate() {
            vector_store_at(em, o, p, base, &steps);
        }
    }
}

/// Steps `base .. base + kk` one at a time, each reading its values as it goes.
fn step_loop(em: &mut Em<'_>, base: &str, kk: &str, outputs: bool) {
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

/// What every block-scan forward starts with: its emitter with the kernel's parameters
/// declared, the block's threads (one on the host), the kernel's name, the outer point count,
/// and per state point the slots of the state, of the aggregate map and of the state entering
/// the tile.
pub(super) struct BlockStart<'a> {
    pub(super) em: Em<'a>,
    pub(super) threads: usize,
    pub(super) name: String,
    pub(super) outer_total: String,
    pub(super) state: Vec<Vec<String>>,
    pub(super) agg_a: Vec<Vec<String>>,
    pub(super) agg_b: Vec<Vec<String>>,
    pub(super) running: Vec<Vec<String>>,
}

pub(super) fn block_start<'a>(
    d: &'a Derived,
    plan: &'a KernelPlan,
    target: Target,
    block: crate::emit::plan::BlockScan,
    kind: KernelKind,
) -> BlockStart<'a> {
    let rec = &d.rec;
    let threads = match target {
        Target::Gpu => block.threads,
        Target::Host => 1,
    };
    let name = format!("{}_{}", rec.name, kind.suffix());
    let mut em = Em::new(d, plan, target);
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
    BlockStart {
        em,
        threads,
        name,
        outer_total,
        state,
        agg_a,
        agg_b,
        running,
    }
}

/// One block per outer point: its coordinates, whether it is a real one. Returns the head
/// and the host's grid loop.
pub(super) fn open_block_grid(em: &mut Em<'_>, outer_total: &str) -> (Vec<String>, Option<String>) {
    let head_start = em.text.body.len();
    let (bid, host_loop) = em.block_and_thread();
    em.set_outer_point(&bid, outer_total);
    (em.text.body.drain(head_start..).collect(), host_loop)
}
