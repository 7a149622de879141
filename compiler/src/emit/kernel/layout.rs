//! Where a backward walk keeps what lives for the whole kernel — slots, gradient tiles,
//! staged input rows — and which of its gradients each lane takes for its own step: one
//! computation that the kernels and `explain` both read.

use super::block_rows::{ROW, block_rows};
use super::cluster::backward_cluster;
use super::reduce::{BLOCK_TILE_STEPS, BlockTile, TILE_BYTES, backward_plan, backward_routes};
use super::scatter::deferral;
use super::walk::{group_steps, thread_points};
use super::{GradRoute, Target};
use crate::derive::Derived;
use crate::emit::plan::{BackwardWalk, KernelPlan, MAX_SHARED_BYTES};
use crate::ir::{Dim, Handle, Input, State};

/// Values per thread that live for the whole backward kept in registers (more: a column of
/// shared memory each).
pub(super) const REGISTER_SLOTS: usize = 24;

/// Where a backward walk keeps what lives for the whole kernel: the states' and the
/// accumulated inputs' points per thread (slots), the gradient tiles (steps, inputs and
/// points), and the inputs its blocks stage per stretch in what shared memory is left.
pub(super) struct SharedLayout {
    pub state_points: Vec<usize>,
    pub acc_inputs: Vec<(Handle<Input>, usize)>,
    /// Long-lived f32 slots per thread (adjoints, decays, accumulators).
    pub slots: usize,
    pub group: usize,
    pub warps: usize,
    pub steps: usize,
    pub tiles: Vec<(Handle<Input>, usize)>,
    pub tile_bytes: usize,
    /// Blocks per cluster (1: none); in a cluster, each tile's block sums (a step per point)
    /// wait in shared memory for the cluster's blocks to add them.
    pub cluster: usize,
    pub sum_bytes: usize,
    /// Shared memory of the slots (where too many for registers and they fit beside the
    /// tiles; past that they stay thread-private in local memory: an LRU's or S5's projection
    /// gradients, `N × M` per thread).
    pub slot_bytes: usize,
    pub rows: Vec<(Handle<Input>, usize)>,
}

impl SharedLayout {
    /// Shared memory the kernel declares.
    pub(super) fn bytes(&self) -> usize {
        self.tile_bytes
            + self.sum_bytes
            + self.slot_bytes
            + self.rows.iter().map(|r| r.1 * ROW * 4).sum::<usize>()
    }
}

/// Long-lived f32 slots per thread of a backward walk of `d` under its backward `plan`:
/// adjoints and decays, coupled states' cross coefficients, chain terms, accumulators of the gradients of
/// inputs without the scan dim (what a sliced walk carries from one slice to the next).
pub fn backward_slots(d: &Derived, plan: &KernelPlan) -> usize {
    let rec = &d.rec;
    let state_points = |h: Handle<State>| plan.points(&rec.states[h].dims);
    let cross: usize = d
        .backward
        .adjoints
        .iter()
        .map(|a| a.cross.len() * state_points(a.state))
        .sum();
    // A state read by later ones (a chain): what they send back, one step later.
    let chain: usize = d
        .backward
        .adjoints
        .iter()
        .filter(|a| a.chain.is_some())
        .map(|a| state_points(a.state))
        .sum();
    let acc: usize = rec
        .inputs
        .iter()
        .filter(|(_, i)| !i.dims.contains(&rec.scan))
        .map(|(_, i)| plan.points(&i.dims))
        .sum();
    2 * rec.states.handles().map(state_points).sum::<usize>() + cross + chain + acc
}

/// The layout of a backward walk of `d` under its backward `plan` (blocks along `along`).
pub(super) fn shared_layout(
    d: &Derived,
    plan: &KernelPlan,
    routes: &[(Handle<Input>, GradRoute)],
    along: Option<Handle<Dim>>,
    target: Target,
    grads: bool,
) -> SharedLayout {
    let rec = &d.rec;
    let state_points: Vec<usize> = rec
        .states
        .iter()
        .map(|(_, s)| plan.points(&s.dims))
        .collect();
    let acc_inputs: Vec<(Handle<Input>, usize)> = rec
        .inputs
        .iter()
        .filter(|(_, i)| !i.dims.contains(&rec.scan))
        .map(|(h, i)| (h, plan.points(&i.dims)))
        .collect();
    let slots = backward_slots(d, plan);
    let single = plan.single_lane();
    let tiles: Vec<(Handle<Input>, usize)> = routes
        .iter()
        .filter(|(_, r)| grads && *r == GradRoute::Blocks)
        .map(|&(h, _)| (h, single.points(&rec.inputs[h].dims)))
        .collect();
    let warps = match target {
        Target::Gpu => plan.threads.div_ceil(32),
        Target::Host => 1,
    };
    let points: usize = tiles.iter().map(|t| t.1).sum();
    // Steps per group of the walk; a tile holds whole groups.
    let group = group_steps(plan.lanes, thread_points(d, plan));
    let mut steps = BLOCK_TILE_STEPS;
    while steps > group && BlockTile::words(warps, points, steps) * 4 > TILE_BYTES {
        steps /= 2;
    }
    let tile_bytes = tiles
        .iter()
        .map(|t| BlockTile::words(warps, t.1, steps) * 4)
        .sum::<usize>();
    let cluster = if tiles.is_empty() {
        1
    } else {
        backward_cluster(plan, routes, target)
    };
    let sum_bytes = if cluster > 1 {
        tiles.iter().map(|t| t.1 * steps * 4).sum()
    } else {
        0
    };
    let slot_bytes = match slots * plan.threads * 4 {
        b if slots > REGISTER_SLOTS
            && target == Target::Gpu
            && b + tile_bytes + sum_bytes <= MAX_SHARED_BYTES =>
        {
            b
        }
        _ => 0,
    };
    let rows = match along {
        Some(g) => block_rows(
            d,
            plan,
            g,
            MAX_SHARED_BYTES.saturating_sub(tile_bytes + sum_bytes + slot_bytes),
        ),
        None => Vec::new(),
    };
    SharedLayout {
        state_points,
        acc_inputs,
        slots,
        group,
        warps,
        steps,
        tiles,
        tile_bytes,
        cluster,
        sum_bytes,
        slot_bytes,
        rows,
    }
}

/// Whether lane `q` computes the lane-uniform values of step `q` of a group for all.
pub(super) fn distributes(plan: &KernelPlan, group: usize, target: Target) -> bool {
    target == Target::Gpu && plan.lanes > 1 && group == plan.lanes
}

/// What the GPU backward of `d` (the whole walk) stages and defers: the inputs its blocks
/// stage per stretch, and the inputs whose gradients each lane takes for its own step.
pub fn backward_sharing(
    d: &Derived,
    plan: &KernelPlan,
) -> (Vec<Handle<Input>>, Vec<Handle<Input>>) {
    let (routes, along) = backward_routes(d, plan);
    let bplan = backward_plan(plan, along, Target::Gpu, BackwardWalk::Whole);
    let layout = shared_layout(d, &bplan, &routes, along, Target::Gpu, true);
    let deferred = deferral(
        &bplan,
        d,
        &routes,
        layout.group,
        distributes(&bplan, layout.group, Target::Gpu),
    )
    .map(|x| x.inputs)
    .unwrap_or_default();
    (layout.rows.into_iter().map(|r| r.0).collect(), deferred)
}
