//! The backward kernels. One thread per outer point walks the scan axis backwards, one
//! checkpoint chunk at a time: it reloads the state saved at the chunk's start, recomputes the
//! chunk's states into its workspace, then runs the adjoint recurrence
//! `g_t = c_t + a_{t+1} ⊙ g_{t+1}` in reverse, producing every gradient on the way.
//!
//! The thread mapping is the forward's: where sound, the lanes of a warp split a state's
//! points (sums over them finish with shuffles), so a thread holds a few points in registers.
//!
//! Gradients are linear in the seeds (`dy`, `g`), so a thread computes its *share* of each:
//! a sum over an outer dim the input lacks becomes the thread's own term. Where a sequence
//! input lacks exactly the dim the blocks run along (the selective scan's `Bm`, `Cm` lack
//! `D`), the block adds its threads' shares itself — warp shuffles, then a tile of shared
//! memory summed in a fixed order every few steps — and writes one partial per block; other
//! inputs lacking outer dims get one partial per thread. Each such input's reduce kernel adds
//! the partials in a fixed order (deterministic, no atomics). Outputs that lack an outer dim
//! take their seed in one thread only.

use std::collections::BTreeMap;

use super::block_rows::{ROW, row_bases};
use super::cluster::{ClusterSums, backward_atomics, backward_cluster};
use super::layout::{distributes, shared_layout};
use super::reduce::{
    BlockTile, backward_plan, backward_routes, emit_block_reduce, emit_reduce, missing_outer,
    segment_routes,
};
use super::scatter::deferral;
use super::segment::{StepRows, emit_segment_carry};
use super::walk::Walk;
use super::{CHECKPOINT, Em, GradRoute, Ix, Kernel, KernelKind, MemoKey, Param, Target};
use crate::derive::Derived;
use crate::emit::math::farith;
use crate::emit::plan::{BackwardWalk, KernelPlan};
use crate::emit::text::Emitter;
use crate::ir::{BinaryFn, DType, Dim, Expr, Handle, Input, UnaryFn};
use crate::strategy::SEGMENT;

/// A gradient expression the kernels cannot evaluate thread by thread.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("cannot emit the backward of `{recurrence}`: {what}")]
pub struct BackwardError {
    pub recurrence: String,
    pub what: String,
}

/// The backward kernel and the reduce kernels it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct BackwardKernels {
    pub backward: Kernel,
    pub routes: Vec<(Handle<Input>, GradRoute)>,
    pub reduces: Vec<(Handle<Input>, Kernel)>,
    /// The segmented backward: its three passes, routes and reduce kernels (none for a
    /// chain of scans, which walks back sequentially).
    pub segmented: Option<Segmented>,
}

/// The kernels of the segmented backward.
#[derive(Debug, Clone, PartialEq)]
pub struct Segmented {
    pub sum: Kernel,
    pub carry: Kernel,
    pub apply: Kernel,
    pub routes: Vec<(Handle<Input>, GradRoute)>,
    /// The reduce kernels of its per-segment partials (it shares the whole walk's others).
    pub reduces: Vec<(Handle<Input>, Kernel)>,
}

/// Which walk a backward kernel runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Each thread its whole scan, every gradient.
    Whole,
    /// Each thread one segment from a zero adjoint: the segment's sums, no gradient.
    Sum,
    /// Each thread one segment from its carry: every gradient (non-sequence ones per segment).
    Segment,
}

impl Em<'_> {
    /// This thread's share of a gradient expression (linear in the seeds), memoised per
    /// node and point of its shape.
    pub(super) fn share(
        &mut self,
        h: Handle<Expr>,
        bind: &[(Handle<Dim>, usize)],
        seeded: &[bool],
    ) -> Result<String, String> {
        let shape = self.rec.exprs.shape(h);
        let key: MemoKey = (
            h,
            bind.iter()
                .copied()
                .filter(|(d, _)| shape.contains(*d))
                .collect(),
        );
        if let Some((_, v)) = self.share_memo.get(&key) {
            return Ok(v.clone());
        }
        let v = self.share_uncached(h, &key.1, seeded)?;
        let depth = self.scopes.len();
        self.share_memo.insert(key, (depth, v.clone()));
        Ok(v)
    }

    fn share_uncached(
        &mut self,
        h: Handle<Expr>,
        bind: &[(Handle<Dim>, usize)],
        seeded: &[bool],
    ) -> Result<String, String> {
        if !seeded[h.index()] {
            return match self.rec.exprs[h] {
                Expr::Const(c) if c.get() == 0.0 => Ok(self.fconst(0.0)),
                _ => Err("a gradient term that does not depend on any incoming gradient".into()),
            };
        }
        let rec = self.rec;
        match rec.exprs[h] {
            Expr::Adjoint(_) | Expr::OutputGrad(_) => Ok(self.expr(h, bind)),
            // A sum over an outer dim: this thread's own term (the reduce adds the others).
            Expr::Sum(d, y) if self.plan.reduced_size(d).is_none() => self.share(y, bind, seeded),
            Expr::Sum(d, y) => {
                let size = self.plan.local_size(d).expect("reduced");
                let mut acc: Option<String> = None;
                for v in 0..size {
                    let mut b = bind.to_vec();
                    b.push((d, v));
                    let x = self.share(y, &b, seeded)?;
                    acc = Some(match acc {
                        None => x,
                        Some(s) => self.op(farith("addf", &s, &x)),
                    });
                }
                let acc = acc.expect("at least one point");
                Ok(if self.plan.split_dim() == Some(d) {
                    self.lane_sum(acc, false)
                } else {
                    acc
                })
            }
            Expr::Unary(UnaryFn::Neg, y) => {
                let x = self.share(y, bind, seeded)?;
                Ok(self.op(format!("arith.negf {x} : f32")))
            }
            Expr::Binary(f @ (BinaryFn::Add | BinaryFn::Sub), x, y) => {
                if !(seeded[x.index()] && seeded[y.index()]) {
                    return Err("a sum of a seeded and an unseeded term".into());
                }
                let a = self.share(x, bind, seeded)?;
                let b = self.share(y, bind, seeded)?;
                let op = if f == BinaryFn::Add { "addf" } else { "subf" };
                Ok(self.op(farith(op, &a, &b)))
            }
            Expr::Binary(BinaryFn::Mul, x, y) => match (seeded[x.index()], seeded[y.index()]) {
                (true, false) => {
                    let a = self.share(x, bind, seeded)?;
                    let b = self.expr(y, bind);
                    Ok(self.op(farith("mulf", &a, &b)))
                }
                (false, true) => {
                    let a = self.expr(x, bind);
                    let b = self.share(y, bind, seeded)?;
                    Ok(self.op(farith("mulf", &a, &b)))
                }
                _ => Err("a product of two seeded terms".into()),
            },
            Expr::Binary(BinaryFn::Div, x, y) if !seeded[y.index()] => {
                let a = self.share(x, bind, seeded)?;
                let b = self.expr(y, bind);
                Ok(self.op(format!("arith.divf {a}, {b} : f32")))
            }
            _ => Err("a non-linear function of an incoming gradient".into()),
        }
    }

    /// Stores this thread's gradient (share) of input `i` at its local reduced point `p`: into
    /// `dx` directly, or into the partial buffer at `(o · points + p)` (the input's points, `p`
    /// as the point's index among all lanes' points), times `len` plus `t` for a sequence input
    /// (`seq` = (len, t)).
    pub(super) fn write_grad(
        &mut self,
        i: &crate::ir::Input,
        route: GradRoute,
        p: usize,
        bind: &[(Handle<Dim>, usize)],
        v: &str,
        seq: Option<(&str, &str)>,
    ) {
        match route {
            GradRoute::Direct => {
                let ptr = self.param(&format!("dx_{}", i.name));
                let red: Vec<(Handle<Dim>, Ix)> =
                    bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                let off = self.offset(&i.dims, &red, false);
                self.store(v, &ptr, &off, i.dtype);
            }
            GradRoute::Partial => {
                let ptr = self.param(&format!("part_{}", i.name));
                let (points, pc) = self.global_point(&i.dims, p);
                let pts = self.i64c(points as i64);
                let o = match self.partial_base.clone() {
                    Some(base) => self.bin_i("addi", &base, &self.o_raw.clone()),
                    None => self.o_raw.clone(),
                };
                let r = self.bin_i("muli", &o, &pts);
                let mut off = self.bin_i("addi", &r, &pc);
                if let Some((len, t)) = seq {
                    // Sliced: a row holds one slice's steps.
                    let (len, t) = match self.slice.clone() {
                        Some((first, steps)) => (steps, self.bin_i("subi", t, &first)),
                        None => (len.to_string(), t.to_string()),
                    };
                    let r = self.bin_i("muli", &off, &len);
                    off = self.bin_i("addi", &r, &t);
                }
                self.store(v, &ptr, &off, DType::F32);
            }
            GradRoute::Blocks => unreachable!("block partials leave through the tile"),
        }
    }

    /// The points of a tensor with `dims` over all lanes, and the index among them of this
    /// thread's local point `p` (`p · lanes + lane` where the lanes split one of `dims`).
    pub(super) fn global_point(&mut self, dims: &[Handle<Dim>], p: usize) -> (usize, String) {
        let points = self.plan.points(dims);
        match (self.plan.split_dim(), self.lane.clone()) {
            (Some(d), Some(lane)) if dims.contains(&d) => {
                let c = self.i64c((p * self.plan.lanes) as i64);
                (points * self.plan.lanes, self.bin_i("addi", &c, &lane))
            }
            _ => (points, self.i64c(p as i64)),
        }
    }

    /// Whether this thread writes its gradient of a tensor with `dims`: a real outer point, and
    /// where the lanes split a dim the tensor lacks (every lane holds the same value), lane 0.
    pub(super) fn writes(&mut self, dims: &[Handle<Dim>]) -> String {
        let valid = self.valid.clone();
        match (self.plan.split_dim(), self.lane.clone()) {
            (Some(d), Some(lane)) if !dims.contains(&d) => {
                let zero = self.i64c(0);
                let first = self.op(format!("arith.cmpi eq, {lane}, {zero} : i64"));
                self.op(format!("arith.andi {valid}, {first} : i1"))
            }
            _ => valid,
        }
    }

    pub(super) fn add_to_slot(&mut self, slot: &str, v: &str) {
        let old = self.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
        let new = self.op(farith("addf", &old, v));
        self.line(format!("llvm.store {new}, {slot} : f32, !llvm.ptr"));
    }

    /// Offset of a state point in a chunk workspace: `((j · outer + o) · points + p)` — the
    /// points of one outer point are adjacent, so a point is a constant offset from the
    /// thread's base (no per-point address kept live). `points` and `p` are the thread's own;
    /// where points are split across lanes, local point `p` is point `p · lanes + lane`
    /// (the layout does not depend on the lanes). A state whose `dims` lack the split dim is
    /// held alike by every lane of its point: they share its `points` slots.
    pub(in crate::emit::kernel) fn scratch_offset(
        &mut self,
        j: &str,
        dims: &[Handle<Dim>],
        points: usize,
        p: usize,
    ) -> String {
        let split = matches!(self.plan.split_dim(), Some(d) if dims.contains(&d));
        let lanes = if split { self.plan.lanes } else { 1 };
        let total = self.total.clone();
        let r = self.bin_i("muli", j, &total);
        let o = self.o_clamped();
        let r = self.bin_i("addi", &r, &o);
        let pts = self.i64c((points * lanes) as i64);
        let r = self.bin_i("muli", &r, &pts);
        let pc = self.i64c((p * lanes) as i64);
        let r = self.bin_i("addi", &r, &pc);
        match self.lane.clone().filter(|_| split) {
            Some(lane) => self.bin_i("addi", &r, &lane),
            None => r,
        }
    }

    /// The thread's outer point, clamped into range (loads stay in bounds).
    fn o_clamped(&mut self) -> String {
        let one = self.i64c(1);
        let total = self.total.clone();
        let last = self.bin_i("subi", &total, &one);
        let o_raw = self.o_raw.clone();
        self.op(format!("arith.minsi {o_raw}, {last} : i64"))
    }

    /// Offset of a state point in the checkpoints: `ck · numel + offset`.
    pub(super) fn ckpt_offset(
        &mut self,
        ck: &str,
        dims: &[Handle<Dim>],
        bind: &[(Handle<Dim>, usize)],
    ) -> String {
        let numel = self.numel(dims);
        let base = self.bin_i("muli", ck, &numel);
        let red: Vec<(Handle<Dim>, Ix)> = bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
        let off = self.offset(dims, &red, false);
        self.bin_i("addi", &base, &off)
    }
}

/// Blocks of the backward kernel each SM holds at once at least (its registers are capped to
/// fit). Measured on the H200, fwd+bwd of the selective scan at (8, 1536, 2048, 16) and
/// (1, 5120, 2048, 16): 5.6 / 3.6 ms with 2 blocks of 256 threads (128 registers, no spill),
/// 5.5 / 4.2 with 3 (80 registers, 300 bytes spilled), 6.0 / 4.5 with 4. Again at 9f619d4
/// (after the staged rows, deferred lane sums and ftz approximations): 2.92 / 1.97 with 2,
/// 2.82 / 2.36 with 3 (280 bytes spilled); bf16 2.71 / 1.91 with 2, 2.86 / 2.38 with 3.
const BACKWARD_MIN_BLOCKS: usize = 2;

/// Blocks per SM of the segments' first pass where it keeps its step-invariant values in
/// registers (it holds no gradient): 3, so 80 registers. The selective scan's then spills
/// nothing, and fwd+bwd took 1.6-3.5% less on the H100 than with 2 (128 registers: 25%
/// occupancy, 1.07 eligible warps a scheduler) at (1, 1536, 65536, 16) and (1, 5120, 2048, 16),
/// f32 and bf16, two rounds side by side at 63ca048 (the whole walk and the last pass at 3
/// spill 420 bytes and took 13-22% more).
const SUM_MIN_BLOCKS: usize = 3;

/// Emits the backward kernels of `d` (the whole walk, and the segmented one's passes) and
/// the reduce kernels of the inputs that need them.
pub fn emit_backward(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
) -> Result<BackwardKernels, BackwardError> {
    let (routes, along) = backward_routes(d, plan);
    let seg_routes = segment_routes(d, &routes);
    // Each walk's reduce kernels (the segmented one's named apart: its blocks may cover
    // other outer points, and its per-thread partials are per segment too).
    let reduces = |walk: BackwardWalk, routes: &[(Handle<Input>, GradRoute)]| {
        let bplan = backward_plan(plan, along, target, walk);
        // A block-summed gradient leaves one partial per cluster of blocks (or one in all,
        // with atomics).
        let per_block = bplan.threads / bplan.lanes * backward_cluster(&bplan, routes, target);
        let per_block = (!backward_atomics(&bplan, routes)).then_some(per_block);
        routes
            .iter()
            .filter(|(_, r)| *r != GradRoute::Direct)
            .map(|&(h, r)| {
                let k = match (r, along) {
                    (GradRoute::Blocks, Some(g)) => {
                        emit_block_reduce(d, &bplan, target, h, g, per_block, walk)
                    }
                    _ => emit_reduce(d, &bplan, target, h, walk),
                };
                (h, k)
            })
            .collect::<Vec<_>>()
    };
    Ok(BackwardKernels {
        backward: emit_walk(d, plan, target, Mode::Whole)?,
        reduces: reduces(BackwardWalk::Whole, &routes),
        segmented: if d.chained() {
            None
        } else {
            Some(Segmented {
                sum: emit_walk(d, plan, target, Mode::Sum)?,
                carry: emit_segment_carry(
                    d,
                    &backward_plan(plan, along, target, BackwardWalk::Segments),
                    target,
                ),
                apply: emit_walk(d, plan, target, Mode::Segment)?,
                reduces: reduces(BackwardWalk::Segments, &seg_routes),
                routes: seg_routes,
            })
        },
        routes,
    })
}

/// One walking kernel of the backward of `d`.
fn emit_walk(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
    mode: Mode,
) -> Result<Kernel, BackwardError> {
    let rec = &d.rec;
    let bw = &d.backward;
    let (routes, along) = backward_routes(d, plan);
    let routes = match mode {
        Mode::Segment => segment_routes(d, &routes),
        _ => routes,
    };
    let walk = match mode {
        Mode::Whole => BackwardWalk::Whole,
        Mode::Sum | Mode::Segment => BackwardWalk::Segments,
    };
    let plan = backward_plan(plan, along, target, walk);
    let kind = match mode {
        Mode::Whole => KernelKind::Backward,
        Mode::Sum => KernelKind::BackwardSum,
        Mode::Segment => KernelKind::BackwardSegment,
    };
    let name = format!("{}_{}", rec.name, kind.suffix());
    let grads = mode != Mode::Sum;
    let fail = |what: String| BackwardError {
        recurrence: rec.name.clone(),
        what,
    };
    let mut em = Em::new(d, &plan, target);
    // The backward holds adjoints, decays and gradient accumulators in registers already:
    // parameters are re-read (from cache) each step rather than kept live. (Hoisting even
    // `A · log2 e` at a lane's two points, for `exp(dt · A)`, raised the spills and made
    // fwd+bwd slower on the H200 at every TARGETS shape, side by side with this.) The
    // segments' first pass holds no gradient and keeps them where they are few: the
    // selective scan's, issue-bound at 108 registers (Nsight Compute, bf16 at
    // (1, 1536, 65536, 16): 21 instructions per state point and step), then reads neither `A`
    // nor multiplies by log2 e at each step (8% fewer instructions, no more registers).
    let hoisting = mode == Mode::Sum
        && super::segment::hoisted_values(&em, d) <= super::segment::SUM_HOIST_MAX;
    if !hoisting {
        em.hoisted = vec![false; rec.exprs.len()];
    }
    em.min_blocks_per_sm = Some(if hoisting {
        SUM_MIN_BLOCKS
    } else {
        BACKWARD_MIN_BLOCKS
    });

    // Which nodes carry an incoming gradient.
    let mut seeded = vec![false; rec.exprs.len()];
    for (h, e) in rec.exprs.iter() {
        seeded[h.index()] = match *e {
            Expr::Adjoint(_) | Expr::OutputGrad(_) => true,
            _ => rec.exprs.operands(h).any(|o| seeded[o.index()]),
        };
    }

    // Parameters.
    em.input_params();
    for (h, o) in rec.outputs.iter() {
        em.ptr_param(Param::OutputGrad(h), format!("dy_{}", o.name));
    }
    for (h, s) in rec.states.iter() {
        em.ptr_param(Param::Checkpoint(h), format!("ckpt_{}", s.name));
    }
    for (h, s) in rec.states.iter() {
        em.ptr_param(Param::Scratch(h), format!("scratch_{}", s.name));
    }
    for (h, s) in rec.states.iter() {
        match mode {
            Mode::Whole => {}
            Mode::Sum => em.ptr_param(Param::SegmentSums(h), format!("segsum_{}", s.name)),
            Mode::Segment => em.ptr_param(Param::SegmentCarries(h), format!("segcarry_{}", s.name)),
        }
    }
    if grads {
        for &(h, route) in &routes {
            let i = &rec.inputs[h];
            match route {
                GradRoute::Direct => em.ptr_param(Param::InputGrad(h), format!("dx_{}", i.name)),
                GradRoute::Partial | GradRoute::Blocks => {
                    em.ptr_param(Param::Partial(h), format!("part_{}", i.name))
                }
            }
        }
    }
    let outer_total = em.size_params(false);
    // The whole walk goes slice by slice (one launch each, the last slice first): the slice's
    // checkpoint stretches, and whether it is the scan's first or last slice.
    let slice = (mode == Mode::Whole).then(|| em.open_slice());
    let segments = (mode != Mode::Whole).then(|| {
        let len = em.sizes[rec.scan.index()].clone();
        let sm1 = em.i64c(i64::from(SEGMENT) - 1);
        let padded = em.entry_op(format!("arith.addi {len}, {sm1} : i64"));
        let sc = em.i64c(i64::from(SEGMENT));
        em.entry_op(format!("arith.divui {padded}, {sc} : i64"))
    });

    // Slots: h_{t-1}, h_t, g, a_{t+1}; accumulators of parameter gradients.
    em.slots = em.state_slots();
    em.prev_slots = em.state_slots();
    em.new_slots = em.state_slots();
    let layout = shared_layout(d, &plan, &routes, along, target, grads);
    em.cluster = layout.cluster;
    let (head, host_loop, block) = match along {
        Some(g) => {
            let (head, host_loop, b) = em.open_grid_along(&outer_total, g, segments.is_some());
            (head, host_loop, Some(b))
        }
        None => {
            let (head, host_loop) = em.open_grid_chunks(&outer_total, segments.as_deref());
            (head, host_loop, None)
        }
    };
    // This thread's segment: the first checkpoint stretch after it, and where its partial
    // gradients start.
    let segment = em.chunk.clone();
    let stretches = match (&segment, &slice) {
        (Some(seg), _) => {
            let per = em.i64c(i64::from(SEGMENT / CHECKPOINT as u32));
            let lo = em.bin_i("muli", seg, &per);
            let hi = em.bin_i("addi", &lo, &per);
            Some((lo, hi))
        }
        (None, Some(at)) => Some(at.stretches.clone()),
        (None, None) => None,
    };
    if let Some(seg) = &segment {
        let total = em.total.clone();
        em.partial_base = Some(em.bin_i("muli", seg, &total));
    }
    // Adjoints, decays and parameter-gradient accumulators live for the whole kernel: in
    // registers where few, else in shared memory (each thread its own column).
    let all_slots = em.long_lived_slots(&name, layout.slots, layout.slot_bytes > 0);
    let mut slots = all_slots.clone().into_iter();
    let mut take = |n: usize| -> Vec<String> { (&mut slots).take(n).collect() };
    em.adj_slots = layout.state_points.iter().map(|&n| take(n)).collect();
    let decay_slots: Vec<Vec<String>> = layout.state_points.iter().map(|&n| take(n)).collect();
    let cross_slots: Vec<Vec<Vec<String>>> = bw
        .adjoints
        .iter()
        .map(|a| {
            a.cross
                .iter()
                .map(|_| take(layout.state_points[a.state.index()]))
                .collect()
        })
        .collect();
    let chain_slots: Vec<Option<Vec<String>>> = bw
        .adjoints
        .iter()
        .map(|a| a.chain.map(|_| take(layout.state_points[a.state.index()])))
        .collect();
    let mut acc: BTreeMap<Handle<Input>, Vec<String>> = BTreeMap::new();
    for &(h, n) in &layout.acc_inputs {
        acc.insert(h, take(n));
    }
    let state_points = layout.state_points.clone();
    let (steps, group, warps) = (layout.steps, layout.group, layout.warps);
    // Tiles of the block-summed gradients.
    let tiles: Vec<BlockTile> = layout
        .tiles
        .iter()
        .map(|&(h, points)| BlockTile {
            input: h,
            base: em.shared_array(
                &format!("tile_{name}_{}", rec.inputs[h].name),
                BlockTile::words(warps, points, steps),
            ),
            points,
        })
        .collect();
    // In a cluster, the tiles' block sums wait in shared memory for the cluster to add them.
    let cluster = (layout.cluster > 1).then(|| ClusterSums::new(&mut em, &name, &tiles, steps));
    // Inputs every thread of a block reads alike, staged per stretch in what shared memory
    // the tiles and slots leave.
    let rows: Vec<(Handle<Input>, String, usize)> = layout
        .rows
        .iter()
        .map(|&(h, points)| {
            let base =
                em.shared_array(&format!("rows_{name}_{}", rec.inputs[h].name), points * ROW);
            (h, base, points)
        })
        .collect();
    em.block_rows = row_bases(&rows);
    // Seeds of outputs that lack an outer dim go to the thread at coordinate 0 of those dims.
    for (oh, o) in rec.outputs.iter() {
        let missing = missing_outer(&plan, &o.dims);
        if missing.is_empty() {
            continue;
        }
        let pred = em.at_origin_of(&missing);
        em.owner.insert(oh, pred);
    }
    for slots in em.adj_slots.clone() {
        em.fill(&slots, 0.0);
    }
    for slots in decay_slots.clone() {
        em.fill(&slots, 1.0);
    }
    for slots in cross_slots.iter().flatten().cloned().collect::<Vec<_>>() {
        em.fill(&slots, 0.0);
    }
    for slots in chain_slots.iter().flatten().cloned().collect::<Vec<_>>() {
        em.fill(&slots, 0.0);
    }
    for slots in acc.values().cloned().collect::<Vec<_>>() {
        em.fill(&slots, 0.0);
    }
    // The segment's product of decays (pass 1), or its carry (pass 3).
    // (A coupled state's row of its group's product: the identity's row to start.)
    let coef_slots: Option<Vec<Vec<String>>> = (mode == Mode::Sum).then(|| {
        rec.states
            .handles()
            .map(|sh| {
                let group = d.group_of(sh);
                let (k, me) = (group.len(), group.iter().position(|&x| x == sh));
                let c = em.alloca_points(state_points[sh.index()] * k);
                for (q, slot) in c.iter().enumerate() {
                    let v = if Some(q % k) == me { 1.0 } else { 0.0 };
                    em.fill(std::slice::from_ref(slot), v);
                }
                c
            })
            .collect()
    });
    let step_rows = StepRows {
        decay: &decay_slots,
        cross: &cross_slots,
    };
    if let (Mode::Segment, Some(seg)) = (mode, &segment) {
        let segs = segments.clone().expect("segmented");
        em.load_segment_carry(&step_rows, &segs, seg);
    }
    // A slice after which others come takes what the slice after it left.
    if let Some(at) = &slice {
        em.region(format!("scf.if {}", at.later), |em| {
            em.slice_carry(&all_slots, false);
        });
    }

    let group_distributes = distributes(&plan, group, target);
    let deferral = if grads {
        deferral(&plan, d, &routes, group, group_distributes)
    } else {
        None
    };
    let walk = Walk {
        d,
        seeded: &seeded,
        routes: &routes,
        acc: &acc,
        decay_slots: &decay_slots,
        cross_slots: &cross_slots,
        chain_slots: &chain_slots,
        tiles: &tiles,
        cluster: cluster.as_ref(),
        tile_steps: steps,
        block: block.clone(),
        group,
        distribute: group_distributes,
        grads,
        coef_slots: coef_slots.clone(),
        stretches: stretches.clone(),
        rows: &rows,
        deferral: deferral.as_ref(),
        stateless: mode == Mode::Sum && d.adjoint_stateless(),
        seeded_first: mode == Mode::Whole && Walk::terminal_first(d),
    };
    if walk.seeded_first {
        match &slice {
            // The terminal seeds enter with the scan's last slice.
            Some(at) => {
                let mut err = None;
                em.region(format!("scf.if {}", at.is_last), |em| {
                    err = walk.terminal(em).err();
                });
                if let Some(e) = err {
                    return Err(fail(e));
                }
            }
            None => walk.terminal(&mut em).map_err(fail)?,
        }
    }

    // An empty scan axis: the final state is the initial one.
    let len = em.sizes[rec.scan.index()].clone();
    let zero = em.i64c(0);
    let empty = em.op(format!("arith.cmpi eq, {len}, {zero} : i64"));
    let mut err = None;
    em.region(format!("scf.if {empty}"), |em| {
        for (sh, s) in rec.states.iter() {
            for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                let red: Vec<(Handle<Dim>, Ix)> =
                    bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                let v = em.initial_value(s, &red);
                let slot = em.new_slots[sh.index()][p].clone();
                em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
            }
        }
        if walk.seeded_first {
            return;
        }
        if let Err(e) = walk.terminal(em) {
            err = Some(e);
        }
    });
    if let Some(e) = err {
        return Err(fail(e));
    }
    walk.run(&mut em).map_err(fail)?;

    if let (Some(coef), Some(seg)) = (&coef_slots, &segment) {
        let segs = segments.clone().expect("segmented");
        em.store_segment_sums(&step_rows, coef, &segs, seg);
    }
    if grads {
        // Initial states: dh_init = a_0 ⊙ g_0 (decay slots hold a_0; 1 when the axis is
        // empty), in the first segment only.
        let first = match (&segment, &slice) {
            (Some(seg), _) => {
                let zero = em.i64c(0);
                em.op(format!("arith.cmpi eq, {seg}, {zero} : i64"))
            }
            (None, Some(at)) => at.is_first.clone(),
            (None, None) => em.op("arith.constant true".into()),
        };
        em.region(format!("scf.if {first}"), |em| {
            for ig in &bw.input_grads {
                for &s in &ig.initialises {
                    let st = &rec.states[s];
                    for p in 0..plan.points(&st.dims) {
                        let g = em.adj_slots[s.index()][p].clone();
                        let a = decay_slots[s.index()][p].clone();
                        let gv = em.op(format!("llvm.load {g} : !llvm.ptr -> f32"));
                        let av = em.op(format!("llvm.load {a} : !llvm.ptr -> f32"));
                        let mut v = em.op(farith("mulf", &av, &gv));
                        // dh_init = M_0ᵀ g_0 for coupled states.
                        for (e, &(j, _)) in bw.adjoints[s.index()].cross.iter().enumerate() {
                            let c = cross_slots[s.index()][e][p].clone();
                            let c = em.op(format!("llvm.load {c} : !llvm.ptr -> f32"));
                            let gj = em.adj_slots[j.index()][p].clone();
                            let gj = em.op(format!("llvm.load {gj} : !llvm.ptr -> f32"));
                            v = em.affine(&c, &gj, &v);
                        }
                        // A chain's term from step 0.
                        if let Some(e) = &chain_slots[s.index()] {
                            let e = em.op(format!("llvm.load {} : !llvm.ptr -> f32", e[p]));
                            v = em.op(farith("addf", &v, &e));
                        }
                        let slot = acc[&ig.input][p].clone();
                        em.add_to_slot(&slot, &v);
                    }
                }
            }
        });
        // Write the accumulated (non-sequence) gradients.
        let write_acc = |em: &mut Em<'_>| {
            for (h, i) in rec.inputs.iter() {
                let Some(slots) = acc.get(&h) else { continue };
                // A deferred gradient's lanes each hold their own steps' share: add them up.
                let slots: Vec<String> = match &deferral {
                    Some(x) if x.inputs.contains(&h) => slots
                        .iter()
                        .map(|s| {
                            let v = em.op(format!("llvm.load {s} : !llvm.ptr -> f32"));
                            let v = em.lane_sum(v, false);
                            em.line(format!("llvm.store {v}, {s} : f32, !llvm.ptr"));
                            s.clone()
                        })
                        .collect(),
                    _ => slots.clone(),
                };
                let writes = em.writes(&i.dims);
                em.region(format!("scf.if {writes}"), |em| {
                    for (p, bind) in em.points(&i.dims).into_iter().enumerate() {
                        let v = em.op(format!("llvm.load {} : !llvm.ptr -> f32", slots[p]));
                        em.write_grad(i, routes[h.index()].1, p, &bind, &v, None);
                    }
                });
            }
        };
        // A slice before which others come leaves its carries to the next launch instead;
        // the scan's first slice writes them.
        match &slice {
            Some(at) => em.if_else(&at.is_first, |em, first| {
                if first {
                    write_acc(em);
                } else {
                    em.slice_carry(&all_slots, true);
                }
            }),
            None => write_acc(&mut em),
        }
    }
    if cluster.is_some() {
        em.cluster_finish();
    }
    let func = em.assemble(&name, &head, &host_loop);
    let shared_bytes = layout.bytes();
    Ok(Kernel {
        name,
        kind,
        params: em.sig_params.clone(),
        globals: em.globals.clone(),
        func,
        threads: plan.threads,
        shared_bytes,
        lanes: plan.lanes,
        cluster: layout.cluster,
        atomics: grads && backward_atomics(&plan, &routes),
    })
}
