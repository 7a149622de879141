//! How gradients that several threads share leave the backward: the route of each input's
//! gradient, the grid that lets blocks sum them (blocks run along the dim such inputs lack),
//! the tiles of shared memory those sums pass through, and the reduce kernels that add the
//! partials in a fixed order.

use super::{Em, GradRoute, Kernel, KernelKind, Param, Routes, Target, decompose, target_plan};
use crate::derive::Derived;
use crate::emit::math::farith;
use crate::emit::plan::{BackwardWalk, KernelPlan};
use crate::emit::text::Emitter;
use crate::ir::{DType, Dim, Handle, Input};

/// The outer dims an input lacks.
pub(super) fn missing_outer(plan: &KernelPlan, dims: &[Handle<Dim>]) -> Vec<Handle<Dim>> {
    plan.outer
        .iter()
        .copied()
        .filter(|d| !dims.contains(d))
        .collect()
}

/// Steps of the reverse walk whose block-summed gradients a tile of shared memory holds
/// before they are written out (fewer where the tiles would take more than [`TILE_BYTES`]).
pub(super) const BLOCK_TILE_STEPS: usize = 32;

/// Shared memory the block tiles of one backward kernel may take together.
pub(super) const TILE_BYTES: usize = 36 * 1024;

/// How each input's gradient leaves the backward kernel, and the outer dim its blocks run
/// along (the one dim that a sequence input lacks, where one lacks exactly one; its
/// gradients are then summed inside each block).
pub fn backward_routes(d: &Derived, plan: &KernelPlan) -> (Routes, Option<Handle<Dim>>) {
    let rec = &d.rec;
    let sequence = |i: &crate::ir::Input| i.dims.contains(&rec.scan);
    let along = rec.inputs.iter().find_map(|(_, i)| {
        let m = missing_outer(plan, &i.dims);
        (sequence(i) && m.len() == 1).then(|| m[0])
    });
    let routes = rec
        .inputs
        .iter()
        .map(|(h, i)| {
            let m = missing_outer(plan, &i.dims);
            let r = if m.is_empty() {
                GradRoute::Direct
            } else if sequence(i) && m.len() == 1 && Some(m[0]) == along {
                GradRoute::Blocks
            } else {
                GradRoute::Partial
            };
            (h, r)
        })
        .collect();
    (routes, along)
}

/// The routes of the segmented backward: as `routes`, but every gradient that accumulates
/// over the scan (an input without the scan dim) leaves as per-thread, per-segment partials.
pub fn segment_routes(d: &Derived, routes: &[(Handle<Input>, GradRoute)]) -> Routes {
    let rec = &d.rec;
    routes
        .iter()
        .map(|&(h, r)| {
            if rec.inputs[h].dims.contains(&rec.scan) {
                (h, r)
            } else {
                (h, GradRoute::Partial)
            }
        })
        .collect()
}

/// The name of the kernel that sums input `x`'s gradient partials of the backward's `walk`
/// (`reduce_<x>`, or `seg_reduce_<x>` for the segmented one's).
pub fn reduce_name(d: &Derived, x: Handle<Input>, walk: BackwardWalk) -> String {
    let prefix = match walk {
        BackwardWalk::Whole => "",
        BackwardWalk::Segments => "seg_",
    };
    format!("{}_{prefix}reduce_{}", d.rec.name, d.rec.inputs[x].name)
}

/// The plan of the GPU backward's `walk` of `d` under `plan`.
pub fn backward_gpu_plan(d: &Derived, plan: &KernelPlan, walk: BackwardWalk) -> KernelPlan {
    let (_, along) = backward_routes(d, plan);
    backward_plan(plan, along, Target::Gpu, walk)
}

/// The backward `walk`'s plan for `target`: its blocks run along `along` (last in the outer
/// order), each block over every other outer coordinate.
pub(super) fn backward_plan(
    plan: &KernelPlan,
    along: Option<Handle<Dim>>,
    target: Target,
    walk: BackwardWalk,
) -> KernelPlan {
    let mut outer: Vec<Handle<Dim>> = plan
        .outer
        .iter()
        .copied()
        .filter(|&o| Some(o) != along)
        .collect();
    outer.extend(along);
    target_plan(&plan.for_backward(outer, walk), target)
}

/// One tile of block-summed gradients: per warp and point of the input, a row of the tile's
/// steps. Rows are one word longer than the steps, so that the lanes writing a step's points
/// and the threads reading a row's steps all meet different banks.
pub(super) struct BlockTile {
    pub(super) input: Handle<Input>,
    pub(super) base: String,
    pub(super) points: usize,
}

impl BlockTile {
    /// Words per row: the steps, padded by one.
    pub(super) fn row(steps: usize) -> usize {
        steps + 1
    }

    /// Words of a tile of `points` over `warps` warps and `steps` steps.
    pub(super) fn words(warps: usize, points: usize, steps: usize) -> usize {
        warps * points * Self::row(steps)
    }

    /// The word of warp `warp`, point `pt`, step `q`.
    fn index(&self, em: &mut Em<'_>, steps: usize, warp: &str, pt: &str, q: &str) -> String {
        let pts = em.i64c(self.points as i64);
        let r = em.bin_i("muli", warp, &pts);
        let r = em.bin_i("addi", &r, pt);
        let row = em.i64c(Self::row(steps) as i64);
        let r = em.bin_i("muli", &r, &row);
        em.bin_i("addi", &r, q)
    }
}

impl Em<'_> {
    /// This thread's shares `(tile, local point, value)` of block-summed gradients at step
    /// `q` of the tiles, summed over the warp's outer points and written to the tiles. Where
    /// their count is a power of two and every one varies by lane alike, as a reduce-scatter:
    /// at each butterfly level a thread keeps half of its values and sends the other half to
    /// its partner, so `m` values take `m - 1` shuffles instead of `m` per level, and each
    /// thread ends with whole sums of its own share of them, which it writes.
    pub(super) fn block_shares(
        &mut self,
        shares: &[(&BlockTile, usize, String)],
        steps: usize,
        q: &str,
    ) {
        let m = shares.len();
        let split = self.plan.split_dim();
        let lanes_alike =
            |t: &BlockTile| split.is_some_and(|d| self.rec.inputs[t.input].dims.contains(&d));
        let alike = shares.iter().all(|(t, _, _)| lanes_alike(t))
            || shares.iter().all(|(t, _, _)| !lanes_alike(t));
        if self.target == Target::Host || m < 2 || !m.is_power_of_two() || !alike {
            for (tile, p, v) in shares {
                self.block_share(tile, steps, *p, v, q);
            }
            return;
        }
        self.note(
            false,
            "sum over the warp's outer points: a reduce-scatter by shuffles",
        );
        let zero = self.fconst(0.0);
        let valid = self.valid.clone();
        let mut vals: Vec<String> = shares
            .iter()
            .map(|(_, _, v)| self.op(format!("arith.select {valid}, {v}, {zero} : f32")))
            .collect();
        let width = self.plan.threads.min(32);
        let tid = self.tid.clone();
        let c32 = self.i64c(32);
        let in_warp = self.bin_i("remui", &tid, &c32);
        let w = self.text.i32(32);
        // The index among `shares` of this thread's first kept value.
        let mut first = self.i64c(0);
        // Butterfly levels past the last split: the partners there hold the same sums.
        let mut copies = 0usize;
        let mut off = self.plan.lanes;
        while off < width {
            let o = self.text.i32(off as i32);
            let c = vals.len();
            if c == 1 {
                copies |= off;
                let (x, ok) = (self.fresh(), self.fresh());
                self.line(format!(
                    "{x}, {ok} = gpu.shuffle xor {}, {o}, {w} : f32",
                    vals[0]
                ));
                vals[0] = self.op(farith("addf", &vals[0], &x));
            } else {
                let ob = self.i64c(off as i64);
                let bit = self.bin_i("andi", &in_warp, &ob);
                let z = self.i64c(0);
                let upper = self.op(format!("arith.cmpi ne, {bit}, {z} : i64"));
                let half = c / 2;
                let mut kept = Vec::with_capacity(half);
                for i in 0..half {
                    let (lo, hi) = (vals[i].clone(), vals[i + half].clone());
                    let send = self.op(format!("arith.select {upper}, {lo}, {hi} : f32"));
                    let keep = self.op(format!("arith.select {upper}, {hi}, {lo} : f32"));
                    let (x, ok) = (self.fresh(), self.fresh());
                    self.line(format!(
                        "{x}, {ok} = gpu.shuffle xor {send}, {o}, {w} : f32"
                    ));
                    kept.push(self.op(farith("addf", &keep, &x)));
                }
                let hc = self.i64c(half as i64);
                let step = self.op(format!("arith.select {upper}, {hc}, {z} : i64"));
                first = self.bin_i("addi", &first, &step);
                vals = kept;
            }
            off *= 2;
        }
        // Writers: every lane where the lanes hold different points, else lane 0; and of
        // partners holding the same sums, the one with the level's bit clear.
        let skip = if lanes_alike(shares[0].0) {
            copies
        } else {
            copies | (self.plan.lanes - 1)
        };
        let writer = if skip == 0 {
            self.op("arith.constant true".into())
        } else {
            let mask = self.i64c(skip as i64);
            let bits = self.bin_i("andi", &in_warp, &mask);
            let z = self.i64c(0);
            self.op(format!("arith.cmpi eq, {bits}, {z} : i64"))
        };
        let warp = self.bin_i("divui", &tid, &c32);
        // Where each share goes (at step 0 of the tile): its tile and row.
        let places: Vec<(String, String)> = shares
            .iter()
            .map(|(tile, p, _)| {
                let dims = self.rec.inputs[tile.input].dims.clone();
                let (_, pt) = self.global_point(&dims, *p);
                let z = self.i64c(0);
                (tile.base.clone(), tile.index(self, steps, &warp, &pt, &z))
            })
            .collect();
        for (i, v) in vals.iter().enumerate() {
            let ic = self.i64c(i as i64);
            let j = self.bin_i("addi", &first, &ic);
            let (mut base, mut row) = places[0].clone();
            for (k, (b, r)) in places.iter().enumerate().skip(1) {
                let kc = self.i64c(k as i64);
                let is = self.op(format!("arith.cmpi eq, {j}, {kc} : i64"));
                base = self.op(format!("llvm.select {is}, {b}, {base} : i1, !llvm.ptr"));
                row = self.op(format!("arith.select {is}, {r}, {row} : i64"));
            }
            let idx = self.bin_i("addi", &row, q);
            self.region(format!("scf.if {writer}"), |em| {
                em.store(v, &base, &idx, DType::F32);
            });
        }
    }

    /// Adds this thread's share `v` of a block-summed gradient at its local point `p` of step
    /// `q` of the tile: summed over the warp's outer points by shuffles, written to the tile
    /// by the lanes of the warp's first point.
    pub(super) fn block_share(
        &mut self,
        tile: &BlockTile,
        steps: usize,
        p: usize,
        v: &str,
        q: &str,
    ) {
        let zero = self.fconst(0.0);
        let valid = self.valid.clone();
        let mut acc = self.op(format!("arith.select {valid}, {v}, {zero} : f32"));
        let (warp, writer) = match self.target {
            Target::Gpu => {
                self.note(false, "sum over the warp's outer points: shuffles");
                let width = self.plan.threads.min(32);
                let mut off = self.plan.lanes;
                while off < width {
                    let o = self.text.i32(off as i32);
                    let w = self.text.i32(32);
                    let (x, ok) = (self.fresh(), self.fresh());
                    self.line(format!("{x}, {ok} = gpu.shuffle xor {acc}, {o}, {w} : f32"));
                    acc = self.op(farith("addf", &acc, &x));
                    off *= 2;
                }
                let c32 = self.i64c(32);
                let tid = self.tid.clone();
                let warp = self.bin_i("divui", &tid, &c32);
                let in_warp = self.bin_i("remui", &tid, &c32);
                let dims = self.rec.inputs[tile.input].dims.clone();
                let writers = match self.plan.split_dim() {
                    Some(d) if dims.contains(&d) => self.plan.lanes,
                    _ => 1,
                };
                let wc = self.i64c(writers as i64);
                let writer = self.op(format!("arith.cmpi ult, {in_warp}, {wc} : i64"));
                (warp, writer)
            }
            Target::Host => (self.i64c(0), self.op("arith.constant true".into())),
        };
        let dims = self.rec.inputs[tile.input].dims.clone();
        let (_, pt) = self.global_point(&dims, p);
        let idx = tile.index(self, steps, &warp, &pt, q);
        let base = tile.base.clone();
        self.region(format!("scf.if {writer}"), |em| {
            em.store(&acc, &base, &idx, DType::F32);
        });
    }

    /// Writes the tiles of a stretch of the reverse walk (`at.group.1` groups of `at.group.0`
    /// steps; [`slot_step`] maps a slot to its step) to the partial buffers: per step and point
    /// of an input, the warps' sums added in order, at `[b][element]` (in a cluster, see
    /// `Em::flush_cluster`).
    pub(super) fn flush_tiles(&mut self, tiles: &[BlockTile], at: &FlushAt) {
        self.barrier();
        let threads = self.i64c(self.plan.threads as i64);
        let tid = self.tid.clone();
        for tile in tiles {
            let n = self.i64c((at.steps * tile.points) as i64);
            self.for_i64(&tid, &n, &threads, |em, idx| {
                em.store_partial(tile, at, &idx, &at.block, &|em| {
                    em.warp_sum(tile, at.steps, &idx)
                });
            });
        }
        self.barrier();
    }

    /// The warps' sum of element `idx` (point-major over the tile's `steps`) of `tile`.
    pub(super) fn warp_sum(&mut self, tile: &BlockTile, steps: usize, idx: &str) -> String {
        let warps = match self.target {
            Target::Gpu => self.plan.threads.div_ceil(32),
            Target::Host => 1,
        };
        let ts = self.i64c(steps as i64);
        let q = self.bin_i("remui", idx, &ts);
        let pt = self.bin_i("divui", idx, &ts);
        let mut sum: Option<String> = None;
        for w in 0..warps {
            let w = self.i64c(w as i64);
            let off = tile.index(self, steps, &w, &pt, &q);
            let v = self.load(&tile.base, &off, DType::F32);
            sum = Some(match sum {
                None => v,
                Some(s) => self.op(farith("addf", &s, &v)),
            });
        }
        sum.expect("a warp")
    }

    /// Stores `v` (emitted only where needed), element `idx` of `tile`'s flush `at`, to
    /// partial `slot` where its step lies inside the stretch.
    pub(super) fn store_partial(
        &mut self,
        tile: &BlockTile,
        at: &FlushAt,
        idx: &str,
        slot: &str,
        v: &dyn Fn(&mut Em<'_>) -> String,
    ) {
        let x = &self.rec.inputs[tile.input];
        // Sliced (and not one sum for all blocks): the partials hold one slice's steps.
        let slice = self.slice.clone().filter(|_| !self.plan.backward_atomics);
        let steps = slice.as_ref().map(|(_, s)| s.clone());
        let numel = self.in_slice_view(steps.as_deref(), |em| em.numel(&x.dims));
        let ts = self.i64c(at.steps as i64);
        let q = self.bin_i("remui", idx, &ts);
        let pt = self.bin_i("divui", idx, &ts);
        let (here, j) = slot_step(self, at.group.0, &at.stretch, at.group.1, &q, &at.groups);
        let clen = &at.clen;
        let inside = self.op(format!("arith.cmpi slt, {j}, {clen} : i64"));
        let inside = self.op(format!("arith.andi {here}, {inside} : i1"));
        self.region(format!("scf.if {inside}"), |em| {
            let t = em.bin_i("addi", &at.t0, &j);
            let sum = v(em);
            // The element: the point, the block's other outer coordinates, step t.
            let t = match &slice {
                Some((first, _)) => em.bin_i("subi", &t, first),
                None => t,
            };
            let off = em.in_slice_view(steps.as_deref(), |em| em.point_offset(&x.dims, &pt, t));
            let ptr = em.param(&format!("part_{}", x.name));
            if em.plan.backward_atomics {
                // Every block adds into the one sum of the element.
                let p = em.gep(&ptr, &off, "f32");
                let _ = em.op(format!(
                    "llvm.atomicrmw fadd {p}, {sum} monotonic : !llvm.ptr, f32"
                ));
            } else {
                let r = em.bin_i("muli", slot, &numel);
                let off = em.bin_i("addi", &r, &off);
                em.store(&sum, &ptr, &off, DType::F32);
            }
        });
    }
}

/// Partials one thread of a reduce kernel loads before it adds any: as many running sums,
/// term `j` of a run into sum `j mod TERMS_IN_FLIGHT`, added together in a fixed order at the
/// end (deterministic). With one sum, waiting on every load, and 64-bit divisions per term,
/// the segmented backward's reduce of `Dskip` over 256 segments at (1, 1536, 65536) took
/// 136 µs a launch (Nsight Compute on the H200, at 9cb5d70; 6 blocks: latency and integer
/// work, not bandwidth).
const TERMS_IN_FLIGHT: usize = 16;

/// Emits where a reduce kernel's run `u` of terms starts.
type RunBase<'f> = Box<dyn Fn(&mut Em<'_>, &str) -> String + 'f>;

/// The partials one element of a reduce kernel adds: `runs` runs (the points of the outer
/// dims the input lacks) of `per_run` terms `stride` apart (segments, or blocks), run `u`
/// starting at `base(u)`. Offsets within a run are a multiply-add (no division per term).
struct Terms<'f> {
    runs: String,
    per_run: String,
    stride: String,
    base: RunBase<'f>,
}

/// A reduce kernel of input `x` named `name`: one thread per element `e` of the input adds
/// the partials `terms` names (given the element, the input's element count and the outer
/// point count), run by run, [`TERMS_IN_FLIGHT`] loads at a time, and stores the sum as
/// `dx[e]`.
fn emit_sum_kernel<'a>(
    d: &'a Derived,
    plan: &KernelPlan,
    target: Target,
    x: Handle<Input>,
    name: String,
    terms: impl FnOnce(&mut Em<'_>, &str, &str, &str) -> Terms<'a>,
) -> Kernel {
    let plan = target_plan(&plan.single_lane(), target);
    let rec = &d.rec;
    let input = &rec.inputs[x];
    let mut em = Em::new(d, &plan, target);
    em.ptr_param(Param::Partial(x), format!("part_{}", input.name));
    em.ptr_param(Param::InputGrad(x), format!("dx_{}", input.name));
    let outer_total = em.size_params(false);
    // A gradient along the scan is summed one slice of the sliced backward at a time: its
    // elements and partials in the slice's view, the element's place in the gradient from
    // its step.
    let slice = input.dims.contains(&rec.scan).then(|| {
        let first = em.i64_param(Param::SliceFirst, "slice_first");
        let steps = em.i64_param(Param::SliceSteps, "slice_steps");
        (first, steps)
    });
    let steps = slice.as_ref().map(|(_, s)| s.clone());
    let numel = em.in_slice_view(steps.as_deref(), |em| em.numel(&input.dims));
    let (head, host_loop) = em.open_grid(&numel);
    let valid = em.valid.clone();
    let e = em.o_raw.clone();
    em.region(format!("scf.if {valid}"), |em| {
        // The sum of element `e`'s partials, stored at `dx_off` of the gradient.
        let store = |em: &mut Em<'_>, dx_off: &str| {
            let part = em.param(&format!("part_{}", input.name));
            let total = em.in_slice_view(steps.as_deref(), |em| {
                sum_terms(em, &part, &e, &numel, &outer_total, terms)
            });
            let ptr = em.param(&format!("dx_{}", input.name));
            em.store(&total, &ptr, dx_off, input.dtype);
        };
        let Some((first, steps)) = &slice else {
            return store(em, &e);
        };
        // The element's step in the slice, its place in the gradient, and whether the
        // (last, shorter) slice has it.
        let dims = input.dims.clone();
        let (coords, t_rel) = em.in_slice_view(Some(steps), |em| {
            let coords = decompose(em, &e, &dims);
            let t_rel = em.position(&coords[&rec.scan], false);
            (coords, t_rel)
        });
        let t = em.bin_i("addi", first, &t_rel);
        let len = em.sizes[rec.scan.index()].clone();
        let inside = em.op(format!("arith.cmpi slt, {t}, {len} : i64"));
        let at = em.position(&t, false);
        let mut off = em.i64c(0);
        for &dd in &dims {
            let size = em.sizes[dd.index()].clone();
            let c = if dd == rec.scan {
                at.clone()
            } else {
                coords[&dd].clone()
            };
            let m = em.bin_i("muli", &off, &size);
            off = em.bin_i("addi", &m, &c);
        }
        em.region(format!("scf.if {inside}"), |em| store(em, &off));
    });
    let func = em.assemble(&name, &head, &host_loop);
    Kernel::plain(name, KernelKind::Reduce, &em, func)
}

/// The sum of the partials `terms` names for element `e`, [`TERMS_IN_FLIGHT`] loads at a time.
fn sum_terms<'a>(
    em: &mut Em<'_>,
    part: &str,
    e: &str,
    numel: &str,
    outer_total: &str,
    terms: impl FnOnce(&mut Em<'_>, &str, &str, &str) -> Terms<'a>,
) -> String {
    let sums = em.alloca_points(TERMS_IN_FLIGHT);
    em.fill(&sums, 0.0);
    let Terms {
        runs,
        per_run,
        stride,
        base,
    } = terms(em, e, numel, outer_total);
    let (zero, one) = (em.i64c(0), em.i64c(1));
    let step = em.i64c(TERMS_IN_FLIGHT as i64);
    em.for_i64(&zero, &runs, &one, |em, u| {
        let start = base(em, &u);
        em.for_i64(&zero, &per_run, &step, |em, j0| {
            for (k, sum) in sums.iter().enumerate() {
                let kc = em.i64c(k as i64);
                let j = em.bin_i("addi", &j0, &kc);
                let here = em.op(format!("arith.cmpi slt, {j}, {per_run} : i64"));
                em.region(format!("scf.if {here}"), |em| {
                    let r = em.bin_i("muli", &j, &stride);
                    let off = em.bin_i("addi", &start, &r);
                    let v = em.load(part, &off, DType::F32);
                    em.add_to_slot(sum, &v);
                });
            }
        });
    });
    let mut total: Option<String> = None;
    for sum in &sums {
        let v = em.op(format!("llvm.load {sum} : !llvm.ptr -> f32"));
        total = Some(match total {
            None => v,
            Some(t) => em.op(farith("addf", &t, &v)),
        });
    }
    total.expect("at least one sum")
}

/// The reduce kernel of one input: one thread per element of the input sums the partial
/// shares of every outer point that maps to it (of every segment, for the segmented `walk`), in a
/// fixed order.
pub fn emit_reduce(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
    x: Handle<Input>,
    walk: BackwardWalk,
) -> Kernel {
    let rec = &d.rec;
    let input = &rec.inputs[x];
    let name = reduce_name(d, x, walk);
    let segmented = walk == BackwardWalk::Segments;
    let single = target_plan(&plan.single_lane(), target);
    let points = single.points(&input.dims);
    let missing = missing_outer(&single, &input.dims);
    let sequence = input.dims.contains(&rec.scan);
    let dims = input.dims.clone();
    emit_sum_kernel(d, plan, target, x, name, move |em, e, _, outer_total| {
        // The element's coordinates along the input's dims.
        let coords = decompose(em, e, &dims);
        // The walk step of its position (the partials are laid out by step).
        let step = sequence.then(|| em.position(&coords[&rec.scan], false));
        // Its reduced point, row-major over the input's reduced dims.
        let mut p = em.i64c(0);
        for (dd, size) in single.reduced_of(&dims) {
            let s = em.i64c(size as i64);
            let m = em.bin_i("muli", &p, &s);
            p = em.bin_i("addi", &m, &coords[&dd]);
        }
        let mut n_missing = em.i64c(1);
        for &m in &missing {
            let s = em.sizes[m.index()].clone();
            n_missing = em.bin_i("muli", &n_missing, &s);
        }
        let one = em.i64c(1);
        // Segmented: the partials of every segment (of a sequence input, only the segment
        // holding the element's step wrote it).
        let (seg_lo, segs) = if segmented {
            let len = em.sizes[rec.scan.index()].clone();
            let sc = em.i64c(i64::from(crate::strategy::SEGMENT));
            if sequence {
                let lo = em.bin_i("divui", step.as_ref().expect("a sequence"), &sc);
                (lo, one.clone())
            } else {
                let sm1 = em.i64c(i64::from(crate::strategy::SEGMENT) - 1);
                let padded = em.bin_i("addi", &len, &sm1);
                (em.i64c(0), em.bin_i("divui", &padded, &sc))
            }
        } else {
            (em.i64c(0), one.clone())
        };
        // Run u: missing outer point u, its segments `stride` apart.
        let pts = em.i64c(points as i64);
        let mut stride = em.bin_i("muli", outer_total, &pts);
        if sequence {
            let len = em.sizes[rec.scan.index()].clone();
            stride = em.bin_i("muli", &stride, &len);
        }
        let outer_total = outer_total.to_string();
        let base = move |em: &mut Em<'_>, u: &str| {
            let ucoords = decompose(em, u, &missing);
            // The outer point: row-major over the outer dims, after the segment's.
            let mut o = em.i64c(0);
            for &od in &single.outer {
                let s = em.sizes[od.index()].clone();
                let c = coords
                    .get(&od)
                    .or_else(|| ucoords.get(&od))
                    .expect("every outer dim is bound")
                    .clone();
                let m = em.bin_i("muli", &o, &s);
                o = em.bin_i("addi", &m, &c);
            }
            let first = em.bin_i("muli", &seg_lo, &outer_total);
            let o = em.bin_i("addi", &first, &o);
            let r = em.bin_i("muli", &o, &pts);
            let off = em.bin_i("addi", &r, &p);
            match &step {
                Some(step) => {
                    let len = em.sizes[rec.scan.index()].clone();
                    let r = em.bin_i("muli", &off, &len);
                    em.bin_i("addi", &r, step)
                }
                None => off,
            }
        };
        Terms {
            runs: n_missing,
            per_run: segs,
            stride,
            base: Box::new(base),
        }
    })
}

/// The reduce kernel of an input whose gradient the backward's blocks sum along `along`: one
/// thread per element of the input adds the partial of every block (or cluster) along `along`
/// (`per_block` outer points each), in block order; with `per_block` None (atomics), the one
/// sum the blocks added into; named for its `walk`.
pub fn emit_block_reduce(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
    x: Handle<Input>,
    along: Handle<Dim>,
    per_block: Option<usize>,
    walk: BackwardWalk,
) -> Kernel {
    let name = reduce_name(d, x, walk);
    emit_sum_kernel(d, plan, target, x, name, move |em, e, numel, _| {
        let one = em.i64c(1);
        let blocks = match per_block {
            Some(per_block) => {
                let n = em.sizes[along.index()].clone();
                em.ceil_div(&n, per_block)
            }
            None => one.clone(),
        };
        Terms {
            runs: one,
            per_run: blocks,
            stride: numel.to_string(),
            base: Box::new({
                let e = e.to_string();
                move |_: &mut Em<'_>, _: &str| e.clone()
            }),
        }
    })
}

/// The group and chunk step of tile slot `slot` in stretch `stretch` (`per_stretch` groups):
/// whether the group exists, and the step. Slot `(kk mod per_stretch) · G + (G - 1 - q)` holds
/// step `q` of backward group `kk` (chunk group `groups - 1 - kk`).
pub(super) fn slot_step(
    em: &mut Em<'_>,
    group: usize,
    stretch: &str,
    per_stretch: usize,
    slot: &str,
    groups: &str,
) -> (String, String) {
    let gc = em.i64c(group as i64);
    let ps = em.i64c(per_stretch as i64);
    let r = em.bin_i("muli", stretch, &ps);
    let sg = em.bin_i("divui", slot, &gc);
    let kk = em.bin_i("addi", &r, &sg);
    let here = em.op(format!("arith.cmpi slt, {kk}, {groups} : i64"));
    let one = em.i64c(1);
    let gm = em.bin_i("subi", groups, &one);
    let k = em.bin_i("subi", &gm, &kk);
    let sq = em.bin_i("remui", slot, &gc);
    let gm1 = em.i64c(group as i64 - 1);
    let q = em.bin_i("subi", &gm1, &sq);
    let kg = em.bin_i("muli", &k, &gc);
    let j = em.bin_i("addi", &kg, &q);
    (here, j)
}

/// Where a flush of gradient tiles lies: the steps a tile holds, its groups' steps and count
/// per tile stretch, the block's index along the blocks' dim, the tile stretch's index, the
/// groups of the checkpoint stretch, its steps and its first step.
pub(super) struct FlushAt {
    pub steps: usize,
    pub group: (usize, usize),
    pub block: String,
    pub stretch: String,
    pub groups: String,
    pub clen: String,
    pub t0: String,
}
