//! How a recurrence maps onto threads (the part of a strategy the kernel text depends on).
//!
//! Every non-scan dimension is either *reduced* — some `sum` runs over it, so one thread
//! must see all of it: its size is fixed at compile time and the thread keeps one state value
//! per point, in registers, with the loops over it unrolled — or *outer*: each thread owns one
//! point of the outer dims. The sequential strategy walks the scan axis in tiles of `tile`
//! steps; where a thread holds every point of its outer point, inputs that hold one row per
//! thread (and have the scan axis innermost) are staged through shared memory so that global
//! memory is read along the scan axis, coalesced, and per-step outputs are written back the
//! same way. Where the points are split across lanes, the lanes of an outer point read
//! consecutive steps of its rows together instead, and nothing is staged.

use std::collections::BTreeMap;

use crate::derive::Derived;
use crate::derive::linear::reachable_from;
use crate::ir::{Dim, Expr, Handle, Input, Output, OutputKind};
use crate::strategy::{CHUNK, CHUNK_STRIDED};

pub use super::plan_error::PlanError;
use super::plan_error::{held_points, points_in, too_many_points_hint};

/// Whether some input or output of `rec` has the scan axis but not innermost (`[B, L, D]`).
fn scan_strided(rec: &crate::ir::Recurrence) -> bool {
    crate::strategy::scan_strided(
        &rec.scan,
        rec.inputs
            .iter()
            .map(|(_, i)| &i.dims[..])
            .chain(rec.outputs.iter().map(|(_, o)| &o.dims[..])),
    )
}

/// The thread mapping of one recurrence's kernels.
#[derive(Debug, Clone, PartialEq)]
pub struct KernelPlan {
    /// Dims a thread owns one point of (declaration order).
    pub outer: Vec<Handle<Dim>>,
    /// Dims every thread walks entirely, with their compile-time sizes.
    pub reduced: Vec<(Handle<Dim>, usize)>,
    /// Threads per block (one outer point each).
    pub threads: usize,
    /// Scan steps staged per tile.
    pub tile: usize,
    /// Inputs staged through shared memory, per thread one row per reduced point.
    pub staged_inputs: Vec<Handle<Input>>,
    /// Per-step outputs staged the same way.
    pub staged_outputs: Vec<Handle<Output>>,
    /// Rows that would be staged but do not fit [`MAX_SHARED_BYTES`] at this geometry: they
    /// are read and written in place (inputs are staged first, in declaration order).
    pub unstaged: usize,
    /// Shared memory that staging every row would take at this geometry.
    pub staging_bytes_wanted: usize,
    /// Scan steps per chunk of the chunked strategy: [`CHUNK`] where the scan axis is
    /// innermost (tiles are staged along it), [`CHUNK_STRIDED`] where it is not (each step
    /// waits on its loads: shorter chunks put more of them in flight).
    pub chunk: usize,
    /// Threads that share one outer point, each holding every `lanes`-th point of the one
    /// reduced dim (`n = local · lanes + lane`); sums over it finish with warp shuffles. 1: a
    /// thread holds every point. Set where it is sound and pays ([`KernelPlan::new`]); the
    /// host target, the backward and the chunk-carry pass always use 1.
    pub lanes: usize,
    /// Whether some state's update contains a sum (then lanes stay at 1).
    pub sum_in_update: bool,
    /// Whether some states update from each other (a matrix per point: one lane, no block
    /// scan; a thread holds every coupled state of its points).
    pub coupled: bool,
    /// Whether some state's update reads a state scanned before it (a chain of scans): it has
    /// no block scan (a block's threads compose maps of steps before the states they read are
    /// known).
    pub chained: bool,
    /// The shapes of the nodes one forward step evaluates ([`KernelPlan::step_cost`]).
    pub step_shapes: Vec<crate::ir::DimSet>,
    /// Scan steps whose reads from global memory (inputs not staged) are issued together,
    /// before any of them is computed: more loads in flight per thread (see
    /// [`KernelPlan::auto_unroll`]). 1: each step reads as it goes.
    pub unroll: usize,
    /// Every input with the scan dim that a step reads, with its dims (those not staged are
    /// read from global memory).
    pub per_step_inputs: Vec<(Handle<Input>, Vec<Handle<Dim>>)>,
    /// The rows that staging would take (one row per thread and reduced point, the scan axis
    /// innermost), in staging order, with their reduced points: what [`KernelPlan::staged`]
    /// stages where a thread holds all its points.
    pub rows: Vec<(Row, usize)>,
    /// The sequential forward as a block scan ([`KernelPlan::with_block_scan`]).
    pub block: Option<BlockScan>,
    /// A block-scan forward besides the sequential one (its states' points taken in turns,
    /// [`KernelPlan::point_turns`]), for the cost model to choose per call: where the
    /// sequential forward is one thread (or lanes) per scan and such turns are possible.
    pub block_alt: Option<BlockScan>,
    /// Blocks per thread-block cluster of the GPU backward where its blocks sum gradient
    /// tiles (1: none). In a cluster the blocks add their tiles through distributed shared
    /// memory, so the workspace of such gradients shrinks by this factor. Measured on the H200
    /// (selective scan, bench/results.jsonl rows `… ss_cl8_bwd` at f4bf393): fwd+bwd f32 2.724
    /// ms at (8, 1536, 2048, 16) with clusters of 8, against 2.378 without at d7bc270 (rows of
    /// an earlier session on the same GPU), 1.14–1.22× slower at the four TARGETS shapes.
    /// Nsight Compute on a variant of it showed the time going to waits at the cluster
    /// barrier, its release fence, the L1 invalidation of its acquire, and fewer resident
    /// blocks (30 clusters = 240 against 264); hence off by default.
    pub backward_cluster: usize,
    /// Whether the GPU backward's blocks add their gradient tiles straight into one sum per
    /// element with atomic adds (no partial per block, no workspace but that sum) instead of
    /// leaving partials for a reduce kernel: the order of the additions varies from run to
    /// run, so gradients are not bitwise repeatable (off by default).
    pub backward_atomics: bool,
}

use super::block_geometry::narrow_sequences;
pub use super::block_geometry::{
    BLOCK_POINTS, BLOCK_POINTS_16BIT, BLOCK_SCAN, BlockScan, POINTS_PER_TURN,
};

/// A tensor that can be staged through shared memory.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Row {
    Input(Handle<Input>),
    Output(Handle<Output>),
}

/// What one scan step evaluates: every state's update (`a`, `b`), and with `outputs` the
/// per-step outputs' values.
pub fn step_roots(d: &Derived, outputs: bool) -> Vec<Handle<Expr>> {
    let mut roots: Vec<Handle<Expr>> = d.decompositions.iter().flat_map(|x| x.roots()).collect();
    if outputs {
        roots.extend(
            d.rec
                .outputs
                .iter()
                .filter(|(_, o)| o.kind == OutputKind::PerStep)
                .map(|(_, o)| o.value),
        );
    }
    roots
}

/// Lanes per outer point where splitting is sound (measured on the H200, bench/RESULTS.md:
/// the strided selective scan at (8, 2048, 1536, 16) takes 0.44 ms with 8 lanes and 16 steps
/// unrolled, 0.53 with 4 lanes, 0.72 with 16, 3.5 with none and no unroll).
pub const LANES: usize = 8;

/// Lanes per outer point of the segmented backward's walks, where splitting is sound. Its
/// segments give it parallelism to spare, so a lane holds more points and the lane-uniform
/// work of a step (a channel's `dt`, its softplus, its shuffles) is shared by fewer lanes.
/// Measured on the H100, selective scan fwd+bwd, two rounds side by side with the 8-lane
/// kernels of 82525d0: 9.55 against 10.28 ms at (1, 1536, 65536, 16) bf16, 1.027 against
/// 1.087 at (1, 5120, 2048, 16) bf16, 10.30 / 1.172 against 10.98 / 1.232 in f32; with 2
/// lanes, 17.6 / 2.66 in bf16 (more spills). The whole walk keeps [`LANES`]: with 4 it fills
/// half as many blocks and took 4-15% more at (8, 1536, 2048, 16) and (4, 5120, 4096, 16).
pub const SEGMENT_LANES: usize = 4;

/// Which walk of the backward a plan maps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackwardWalk {
    /// Each thread its whole scan, slice by slice.
    Whole,
    /// Each thread one segment of its scan (the segmented backward's passes).
    Segments,
}

impl BackwardWalk {
    /// Lanes per outer point the walk asks for (fewer where that is not sound).
    pub fn lanes(self) -> usize {
        match self {
            BackwardWalk::Whole => LANES,
            BackwardWalk::Segments => SEGMENT_LANES,
        }
    }
}

/// Values per thread that the unrolled reads of [`KernelPlan::unroll`] steps may hold.
pub const PRELOAD_MAX: usize = 96;

/// Node-points ([`KernelPlan::step_cost`]) an automatically unrolled forward body may hold:
/// the selective scan over 8 lanes (29 a step) keeps its 16 steps; the LRU (981) and S5 (1141)
/// run one step at a time.
pub const STEP_CODE_MAX: usize = 1024;

/// Values per thread an explicit `--unroll` may put in flight (the generated code grows with
/// them: at 1,000 the compile takes about 30 s).
pub const MAX_UNROLLED_LOADS: usize = 1024;

/// Most steps unrolled.
pub const UNROLL_MAX: usize = 16;

/// Most reduced-dim points a thread may hold (registers per thread): all summed dims together,
/// unless the states' and the scan-free inputs' points alone are fewer ([`KernelPlan::new`]).
pub const MAX_REDUCED_POINTS: usize = 256;

/// Static shared memory a kernel may declare.
pub const MAX_SHARED_BYTES: usize = 48 * 1024;

/// Most threads per block (the GPU's limit).
pub const MAX_THREADS: usize = 1024;

/// Most steps per thread of a block scan.
pub const BLOCK_STEPS_MAX: usize = 64;

/// Most steps per staged tile.
pub const MAX_TILE: usize = 256;

/// That `value` lies in `lo..=hi`.
fn check_geometry(what: &'static str, value: u64, lo: u64, hi: u64) -> Result<(), PlanError> {
    if (lo..=hi).contains(&value) {
        Ok(())
    } else {
        Err(PlanError::Geometry {
            what,
            allowed: format!("between {lo} and {hi}"),
            value,
        })
    }
}

/// The plan's choices a user overrides (`linrec compile` and `explain` flags): lanes per
/// scan, steps read together, the sequential forward's block scan (`Some(None)`: one thread
/// per scan), blocks per cluster of the backward.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanOverrides {
    pub lanes: Option<u32>,
    pub unroll: Option<u32>,
    pub block: Option<Option<BlockScan>>,
    pub backward_cluster: Option<u32>,
    /// The backward's block sums added with atomics (non-deterministic).
    pub backward_atomics: bool,
    /// The recurrence split into a pre-pass, the scan and a post-pass
    /// ([`crate::derive::split`]): always, never, or (None) where a sum inside an update can
    /// run before the scan, or the whole recurrence holds too many points to be planned.
    pub split: Option<bool>,
}

impl PlanOverrides {
    /// Checks them before any plan is made: lanes a power of two up to 32, unroll between 1
    /// and [`UNROLL_MAX`] × 4, clusters of 1, 2, 4 or 8 (the block scan is checked against
    /// the plan it changes).
    pub fn check(&self) -> Result<(), PlanError> {
        if self.backward_atomics && self.backward_cluster.is_some_and(|c| c > 1) {
            return Err(PlanError::Conflict {
                what: "--backward-atomics adds every block's sums at once; --backward-cluster adds a cluster's first: give one of them",
            });
        }
        // A power of two up to `max`, if given.
        let power_of_two = |v: Option<u32>, max: u32, what: &'static str| match v {
            Some(v) if !(v.is_power_of_two() && v <= max) => {
                let allowed: Vec<String> =
                    (0..=max.ilog2()).map(|k| (1u32 << k).to_string()).collect();
                let (last, rest) = allowed.split_last().expect("at least 1");
                Err(PlanError::Geometry {
                    what,
                    allowed: format!("{} or {last}", rest.join(", ")),
                    value: u64::from(v),
                })
            }
            _ => Ok(()),
        };
        power_of_two(
            self.backward_cluster,
            8,
            "blocks per cluster of the backward (--backward-cluster)",
        )?;
        power_of_two(self.lanes, 32, "lanes per scan (--lanes)")?;
        if let Some(u) = self.unroll {
            check_geometry(
                "steps read together (--unroll)",
                u64::from(u),
                1,
                4 * UNROLL_MAX as u64,
            )?;
        }
        Ok(())
    }

    /// `plan` with these overrides.
    pub fn apply(&self, mut plan: KernelPlan) -> Result<KernelPlan, PlanError> {
        if let Some(l) = self.lanes {
            plan = plan.with_lanes(l as usize);
        }
        if let Some(u) = self.unroll {
            plan = plan.with_unroll(u as usize)?;
        }
        if let Some(b) = self.block {
            plan = plan.with_block_scan(b)?;
        }
        if let Some(c) = self.backward_cluster {
            plan.backward_cluster = c as usize;
        }
        plan.backward_atomics |= self.backward_atomics;
        Ok(plan)
    }
}

impl KernelPlan {
    /// The plan for `d`, with sizes of reduced dims from `fixed` (by dim name).
    pub fn new(
        d: &Derived,
        fixed: &BTreeMap<String, usize>,
        threads: usize,
        tile: usize,
    ) -> Result<KernelPlan, PlanError> {
        let rec = &d.rec;
        let mut roots: Vec<Handle<Expr>> =
            d.decompositions.iter().flat_map(|x| x.roots()).collect();
        let updates = roots.len();
        roots.extend(rec.outputs.iter().map(|(_, o)| o.value));
        let mut summed = std::collections::BTreeSet::new();
        let mut sum_in_update = false;
        for (k, r) in roots.into_iter().enumerate() {
            for h in reachable_from(rec, r) {
                if let Expr::Sum(dim, _) = rec.exprs[h] {
                    summed.insert(dim);
                    sum_in_update |= k < updates;
                }
            }
        }
        check_geometry(
            "threads per block (--threads)",
            threads as u64,
            1,
            MAX_THREADS as u64,
        )?;
        check_geometry("steps per tile (--tile)", tile as u64, 1, MAX_TILE as u64)?;
        let mut reduced = Vec::new();
        let mut outer = Vec::new();
        for (h, dim) in rec.dims.iter() {
            if h == rec.scan {
                continue;
            }
            if summed.contains(&h) {
                let size = *fixed.get(&dim.name).ok_or_else(|| PlanError::UnfixedDim {
                    recurrence: rec.name.clone(),
                    dim: dim.name.clone(),
                })?;
                if size == 0 {
                    return Err(PlanError::ZeroDim {
                        dim: dim.name.clone(),
                    });
                }
                if size > MAX_REDUCED_POINTS {
                    return Err(PlanError::TooLarge {
                        dim: dim.name.clone(),
                        size,
                        max: MAX_REDUCED_POINTS,
                    });
                }
                reduced.push((h, size));
            } else {
                outer.push(h);
            }
        }
        let points: u128 = reduced.iter().map(|&(_, s)| s as u128).product();
        if points > MAX_REDUCED_POINTS as u128 && held_points(d, &reduced) > MAX_REDUCED_POINTS {
            return Err(PlanError::TooManyPoints {
                dims: reduced
                    .iter()
                    .map(|&(h, s)| format!("{}={s}", rec.dims[h].name))
                    .collect::<Vec<_>>()
                    .join(", "),
                points,
                max: MAX_REDUCED_POINTS,
                hint: too_many_points_hint(d, &reduced),
            });
        }
        let is_row = |dims: &[Handle<Dim>]| {
            dims.last() == Some(&rec.scan) && outer.iter().all(|o| dims.contains(o))
        };
        let points_of = |dims: &[Handle<Dim>]| points_in(&reduced, dims);
        let rows: Vec<(Row, usize)> = rec
            .inputs
            .iter()
            .filter(|(_, i)| is_row(&i.dims))
            .map(|(h, i)| (Row::Input(h), points_of(&i.dims)))
            .chain(
                rec.outputs
                    .iter()
                    .filter(|(_, o)| o.kind == OutputKind::PerStep && is_row(&o.dims))
                    .map(|(h, o)| (Row::Output(h), points_of(&o.dims))),
            )
            .collect();
        // Lanes by default only where no row would be staged: measured on the H200
        // (bench/results.jsonl, c5a16e8), the channel-major selective scan's forward at
        // (8, 1536, 2048, 16) f32 takes 1.49 ms with 8 lanes reading its rows in place and
        // 0.65 ms with one lane staging them (each lane reads its own cache line of `Bm`, `Cm`,
        // which one lane reads for all 16 points). `--lanes` still splits them.
        let auto_lanes = if rows.is_empty() { LANES } else { 1 };
        let strided = scan_strided(rec);
        Ok(KernelPlan {
            outer,
            reduced,
            threads,
            tile,
            staged_inputs: Vec::new(),
            staged_outputs: Vec::new(),
            unstaged: 0,
            staging_bytes_wanted: 0,
            chunk: if strided { CHUNK_STRIDED } else { CHUNK } as usize,
            lanes: 1,
            sum_in_update,
            coupled: d.coupled(),
            chained: d.chained(),
            step_shapes: Vec::new(),
            unroll: 1,
            per_step_inputs: Vec::new(),
            rows,
            block: None,
            block_alt: None,
            backward_cluster: 1,
            backward_atomics: false,
        }
        .with_loads(d)
        .with_lanes(auto_lanes)
        .with_auto_block_scan(d))
    }

    /// Where a block scan takes its states' points in turns: the summed dim, its points and
    /// a turn's. Where every state spans the one summed dim, no update sums (a state point
    /// reads only itself), every final output spans the dim (it is written at each turn), and
    /// there is more than one turn.
    pub fn point_turns(&self, d: &Derived) -> Option<(Handle<Dim>, usize, usize)> {
        self.point_turns_of(&d.rec)
    }

    /// Whether the block scan besides the sequential forward also comes prefetching each
    /// turn's reads a turn ahead (`KernelKind::BlockScanAhead`): where it takes its states'
    /// points in turns and some sequence spans the dim of the points, so that each turn has
    /// reads of its own (the selective scan's `B`, `C`; S4D's turns read only parameters).
    pub fn block_ahead(&self, rec: &crate::ir::Recurrence) -> bool {
        !self.chained
            && self
                .block_alt_plan()
                .and_then(|b| b.point_turns_of(rec))
                .is_some_and(|(split, ..)| {
                    rec.inputs
                        .iter()
                        .any(|(_, i)| i.dims.last() == Some(&rec.scan) && i.dims.contains(&split))
                })
    }

    fn point_turns_of(&self, rec: &crate::ir::Recurrence) -> Option<(Handle<Dim>, usize, usize)> {
        let &[(split, points)] = &self.reduced[..] else {
            return None;
        };
        let wanted = self
            .block
            .or(self.block_alt)
            .map_or(POINTS_PER_TURN, |b| b.turn_points);
        let mut per_turn = wanted.clamp(1, points);
        while points % per_turn != 0 {
            per_turn -= 1;
        }
        let ok = points > per_turn
            && !self.sum_in_update
            && !self.coupled
            && !self.chained
            && rec.states.iter().all(|(_, s)| s.dims.contains(&split))
            && rec
                .outputs
                .iter()
                .all(|(_, o)| o.kind != OutputKind::Final || o.dims.contains(&split));
        ok.then_some((split, points, per_turn))
    }

    /// The plan of the block-scan forward that the cost model may choose besides the
    /// sequential one.
    pub fn block_alt_plan(&self) -> Option<KernelPlan> {
        let b = self.block_alt?;
        KernelPlan {
            block: Some(b),
            block_alt: None,
            ..self.clone()
        }
        .with_block_scan(Some(b))
        .ok()
    }

    /// What one step of the forward evaluates: every node its updates and per-step outputs
    /// reach, once per point of its summed dims (a thread's share where lanes split them).
    pub fn step_cost(&self) -> usize {
        self.step_shapes
            .iter()
            .map(|s| self.points(&s.iter().collect::<Vec<_>>()))
            .sum()
    }

    /// Counts the values one step reads from inputs that are not staged (for the unroll).
    fn with_loads(mut self, d: &Derived) -> KernelPlan {
        let rec = &d.rec;
        let mut nodes = std::collections::BTreeSet::new();
        for r in step_roots(d, true) {
            nodes.extend(reachable_from(rec, r));
        }
        self.step_shapes = nodes.into_iter().map(|h| rec.exprs.shape(h)).collect();
        let mut inputs = std::collections::BTreeSet::new();
        for r in step_roots(d, true) {
            for h in reachable_from(rec, r) {
                if let Expr::Input(i) = rec.exprs[h] {
                    let dims = &rec.inputs[i].dims;
                    if dims.contains(&rec.scan) {
                        inputs.insert(i);
                    }
                }
            }
        }
        self.per_step_inputs = inputs
            .into_iter()
            .map(|i| (i, rec.inputs[i].dims.clone()))
            .collect();
        self
    }

    /// Values one thread reads per step from unstaged inputs, rounded up (inputs without the
    /// split dim are read by one lane of each point per step: a `1/lanes` share).
    pub fn per_step_loads(&self) -> usize {
        let split = self.split_dim();
        let shares: usize = self
            .per_step_inputs
            .iter()
            .filter(|(i, _)| !self.staged_inputs.contains(i))
            .map(|(_, dims)| match split {
                Some(d) if !dims.contains(&d) => 1,
                _ => self.points(dims) * self.lanes,
            })
            .sum();
        shares.div_ceil(self.lanes)
    }

    /// The unroll that keeps at most [`PRELOAD_MAX`] values in flight per thread (a power of
    /// two, at most [`UNROLL_MAX`]): the selective scan over 8 lanes reads 5 values a step → 16;
    /// and the body at most [`STEP_CODE_MAX`] node-points.
    fn auto_unroll(mut self) -> KernelPlan {
        let fit = match self.per_step_loads() {
            0 => 1,
            per => (PRELOAD_MAX / per).clamp(1, UNROLL_MAX),
        };
        // A large step (the LRU's: 981 node-points) is issue-bound, not waiting on its loads:
        // unrolling it only multiplies the code and its compile time.
        let fit = fit.min((STEP_CODE_MAX / self.step_cost().max(1)).max(1));
        self.unroll = 1 << fit.ilog2();
        self
    }

    /// The plan with the reduced points split across `lanes` threads, where that is sound: one
    /// reduced dim whose size `lanes` divides, and no sum inside a state's update (a thread
    /// holds only its own points of the state). Otherwise, or for `lanes` that is not a power
    /// of two up to 32, one lane. Where `lanes` does not divide the split dim, the largest
    /// power of two below it that does. The staging and the unroll follow the lanes: split
    /// lanes stage nothing (the lanes of a point read consecutive steps of its lane-uniform
    /// rows together, see `distributed_group`), and fewer points per thread read fewer values
    /// per step.
    pub fn with_lanes(mut self, lanes: usize) -> KernelPlan {
        self.lanes = 1;
        let mut l = lanes;
        while l > 1 {
            if self.lanes_sound(l) {
                self.lanes = l;
                break;
            }
            l /= 2;
        }
        // A block scan holds every point of a scan in each thread.
        if self.lanes > 1 {
            self.block = None;
        }
        self.staged().auto_unroll()
    }

    /// Stages the rows that fit the shared memory a kernel may declare (a tile of every staged
    /// row per thread, and its row index), inputs first, in declaration order, where a thread
    /// holds every point (one lane); nothing otherwise.
    fn staged(mut self) -> KernelPlan {
        let group_bytes = self.threads * (4 * (self.tile + 1) + 8);
        let mut room = MAX_SHARED_BYTES / group_bytes;
        self.staged_inputs.clear();
        self.staged_outputs.clear();
        self.unstaged = 0;
        self.staging_bytes_wanted = 0;
        if self.lanes > 1 {
            return self;
        }
        for &(row, points) in &self.rows {
            self.staging_bytes_wanted += group_bytes * points;
            if points > room {
                self.unstaged += 1;
                continue;
            }
            room -= points;
            match row {
                Row::Input(i) => self.staged_inputs.push(i),
                Row::Output(o) => self.staged_outputs.push(o),
            }
        }
        self
    }

    pub(crate) fn lanes_sound(&self, lanes: usize) -> bool {
        lanes > 1
            && lanes.is_power_of_two()
            && lanes <= 32
            && self.threads % 32 == 0
            && self.reduced.len() == 1
            && self.reduced[0].1 % lanes == 0
            && !self.sum_in_update
            && !self.coupled
    }

    /// The mapping of the backward's `walk`: [`crate::strategy::BACKWARD_THREADS`] threads
    /// per block (`threads` where that is not a multiple of a warp), the reduced points split
    /// across the walk's lanes where that is sound (the backward stages nothing), and the
    /// outer dims in `outer` order (the dim its blocks run along last).
    pub fn for_backward(&self, outer: Vec<Handle<Dim>>, walk: BackwardWalk) -> KernelPlan {
        debug_assert!(
            outer.len() == self.outer.len() && outer.iter().all(|o| self.outer.contains(o))
        );
        let threads = if self.threads % 32 == 0 {
            (crate::strategy::BACKWARD_THREADS as usize).max(self.threads)
        } else {
            self.threads
        };
        KernelPlan {
            outer,
            threads,
            rows: Vec::new(),
            ..self.clone()
        }
        .with_lanes(walk.lanes())
    }

    /// The same mapping with one lane (for kernels that walk every point of a thread).
    pub fn single_lane(&self) -> KernelPlan {
        KernelPlan {
            lanes: 1,
            ..self.clone()
        }
    }

    /// The plan with `unroll` steps' reads issued together (at least 1), if the values they
    /// hold in flight stay within [`MAX_UNROLLED_LOADS`].
    pub fn with_unroll(mut self, unroll: usize) -> Result<KernelPlan, PlanError> {
        self.unroll = unroll.max(1);
        let per_step = self.per_step_loads();
        let held = per_step.saturating_mul(self.unroll);
        if self.unroll > 1 && held > MAX_UNROLLED_LOADS {
            return Err(PlanError::TooManyLoads {
                unroll: self.unroll,
                per_step,
                held,
                max: MAX_UNROLLED_LOADS,
            });
        }
        Ok(self)
    }

    /// The block scan by default where it pays: every state one value per scan (a thread
    /// holds its steps' maps of every state point in registers) and every sequence with the
    /// scan axis innermost (a warp's threads then read and write consecutive memory).
    fn with_auto_block_scan(mut self, d: &Derived) -> KernelPlan {
        let rec = &d.rec;
        let single = rec.states.iter().all(|(_, s)| self.points(&s.dims) == 1);
        let strided = scan_strided(rec);
        self.block = (single && !strided && self.lanes == 1 && !self.coupled && !self.chained)
            .then_some(BLOCK_SCAN);
        let narrow = narrow_sequences(rec);
        self.block_alt = (self.block.is_none() && !strided && self.point_turns(d).is_some())
            .then_some(if narrow {
                BLOCK_POINTS_16BIT
            } else {
                BLOCK_POINTS
            });
        self
    }

    /// The plan whose sequential forward is a block scan of `block` (None: one thread per scan
    /// walking it). Its threads must fill whole warps; a thread holds every point of its
    /// states (one lane).
    pub fn with_block_scan(mut self, block: Option<BlockScan>) -> Result<KernelPlan, PlanError> {
        let Some(b) = block else {
            self.block = None;
            return Ok(self);
        };
        if self.coupled {
            return Err(PlanError::Conflict {
                what: "coupled states have no block scan (its threads compose diagonal maps): leave --block-scan out or pass --block-scan off",
            });
        }
        if self.chained {
            return Err(PlanError::Conflict {
                what: "a chain of scans has no block scan (its threads would compose maps before the states they read are known): leave --block-scan out or pass --block-scan off",
            });
        }
        check_geometry(
            "steps per thread of the block scan (--block-scan)",
            b.steps as u64,
            1,
            BLOCK_STEPS_MAX as u64,
        )?;
        if b.threads % 32 != 0 || b.threads == 0 || b.threads > MAX_THREADS {
            return Err(PlanError::Geometry {
                what: "threads per block of the block scan (--block-scan)",
                allowed: format!("a multiple of 32 up to {MAX_THREADS}"),
                value: b.threads as u64,
            });
        }
        self.block = Some(b);
        // The sequential forward is this block scan: no other.
        self.block_alt = None;
        Ok(self.with_lanes(1))
    }

    /// The cost model's fixed inputs for `rec` under this plan.
    pub fn cost_inputs(&self, rec: &crate::ir::Recurrence) -> crate::strategy::CostInputs {
        crate::strategy::CostInputs {
            // A block scan keeps a block of threads per scan busy.
            lanes: self.block.map_or(self.lanes, |b| b.threads) as u64,
            scan_strided: scan_strided(rec),
            block: self.block_alt.map(|b| crate::strategy::BlockDims {
                threads: b.threads as u32,
                steps: b.steps as u32,
                first: narrow_sequences(rec),
                ahead: self.block_ahead(rec),
            }),
        }
    }

    /// Each dim's role in the cost model, in declaration order.
    pub fn dim_roles(&self, rec: &crate::ir::Recurrence) -> Vec<crate::strategy::DimRole> {
        use crate::strategy::DimRole;
        rec.dims
            .iter()
            .map(|(h, _)| {
                if h == rec.scan {
                    DimRole::Scan
                } else if self.reduced_size(h).is_some() {
                    DimRole::Reduced
                } else {
                    DimRole::Outer
                }
            })
            .collect()
    }

    /// The cost model's shape at the sizes `size` gives by dim name (None if one is unknown).
    pub fn cost_shape(
        &self,
        rec: &crate::ir::Recurrence,
        size: impl Fn(&str) -> Option<usize>,
    ) -> Option<crate::strategy::Shape> {
        let sizes: Vec<u64> = rec
            .dims
            .iter()
            .map(|(_, d)| size(&d.name).map(|s| s as u64))
            .collect::<Option<_>>()?;
        Some(
            self.cost_inputs(rec)
                .shape(self.dim_roles(rec).into_iter().zip(sizes)),
        )
    }

    /// The reduced dim split across lanes, when there are several.
    pub fn split_dim(&self) -> Option<Handle<Dim>> {
        (self.lanes > 1).then(|| self.reduced[0].0)
    }

    pub fn reduced_size(&self, d: Handle<Dim>) -> Option<usize> {
        self.reduced.iter().find(|(x, _)| *x == d).map(|&(_, s)| s)
    }

    /// The points of reduced dim `d` one thread holds (its size over the lanes it is split
    /// across).
    pub fn local_size(&self, d: Handle<Dim>) -> Option<usize> {
        let s = self.reduced_size(d)?;
        Some(if self.split_dim() == Some(d) {
            s / self.lanes
        } else {
            s
        })
    }

    /// The reduced dims among `dims`, with the sizes one thread holds, in the order of `dims`.
    pub fn reduced_of(&self, dims: &[Handle<Dim>]) -> Vec<(Handle<Dim>, usize)> {
        dims.iter()
            .filter_map(|&d| self.local_size(d).map(|s| (d, s)))
            .collect()
    }

    /// Number of reduced points of a tensor one thread holds.
    pub fn points(&self, dims: &[Handle<Dim>]) -> usize {
        self.reduced_of(dims).iter().map(|&(_, s)| s).product()
    }
}
