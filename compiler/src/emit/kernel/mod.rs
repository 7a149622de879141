//! The kernel emitter: derived IR + plan → MLIR text of one fused kernel, for the GPU
//! (`gpu.func`, shared-memory staging, barriers) or the host (`func.func` whose grid is a loop,
//! one thread per block). Both targets come from the same code here; they differ only in how
//! thread ids, shared memory and barriers are spelled and in the threads per block.
//!
//! Kernel signature: every input (pointer; null for an absent optional input), every output
//! (pointer), then the size of every dim (i64), in declaration order. The step kernel takes
//! the state buffers (read, then overwritten) after the outputs. All offsets are 64-bit.

use std::collections::HashMap;
use std::fmt::Write;

use super::math::ScalarMath;
use super::plan::KernelPlan;
use super::text::{Emitter, Section, Text};

mod address;
mod backward;
mod block_points;
mod block_prefix;
mod block_rows;
mod block_scan;
mod chunked;
mod cluster;
mod em;
mod fold;
mod forward;
mod grid;
mod group;
mod lanes;
mod layout;
mod point_terms;
mod point_tiles;
mod reduce;
mod scatter;
mod segment;
mod slice;
mod slots;
mod stage;
mod step;
mod storage;
mod vectors;
mod walk;
pub use super::Target;
use crate::derive::Derived;
use crate::derive::linear::reachable_from;
use crate::ir::{
    BinaryFn, DType, Dim, Direction, Expr, Handle, Input, Output, OutputKind, Recurrence, State,
    StateInit, UnaryFn, When,
};
pub use crate::manifest::{GradRoute, KernelKind};
pub use backward::{BackwardError, BackwardKernels, Segmented, emit_backward};
pub use block_rows::forward_along;
pub use chunked::emit_chunk_carry;
pub use cluster::{backward_atomics, backward_cluster};
use em::Em;
pub use fold::{emit_step_folds, fold_dim, fold_kernel_name};
pub use forward::emit;
use lanes::*;
pub use layout::{backward_sharing, backward_slots};
pub use reduce::{
    backward_gpu_plan, backward_routes, emit_block_reduce, emit_reduce, reduce_name, segment_routes,
};
pub use segment::{carry_points, emit_segment_carry};
use stage::*;
use step::*;
pub use step::{BATCH_STEP_LANES, batch_step_plan, emit_step_commit, shared_state, step_commits};
pub use walk::backward_group;

/// One kernel parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    Input(Handle<Input>),
    Output(Handle<Output>),
    State(Handle<State>),
    /// The step's new value of a state that lacks an outer dim (see [`KernelKind::StepCommit`]).
    StateNext(Handle<State>),
    Size(Handle<Dim>),
    /// The incoming gradient of an output (backward).
    OutputGrad(Handle<Output>),
    /// States saved every [`crate::strategy::CHECKPOINT`] steps (written by the forward when non-null).
    Checkpoint(Handle<State>),
    /// Backward workspace: the state entering each group of one checkpoint stretch, per thread.
    Scratch(Handle<State>),
    /// The gradient of an input, written directly.
    InputGrad(Handle<Input>),
    /// Per-thread partial sums of an input's gradient, summed by its reduce kernel.
    Partial(Handle<Input>),
    /// Chunked strategy workspaces, `[chunk][state point][outer point]` f32: the aggregate's
    /// decay `A` and offset `B`, and the state entering each chunk.
    AggA(Handle<State>),
    AggB(Handle<State>),
    Carry(Handle<State>),
    /// Segmented backward workspaces (see [`crate::manifest::Buffer::SegmentSums`]).
    SegmentSums(Handle<State>),
    SegmentCarries(Handle<State>),
    /// Sliced backward (see [`crate::manifest::SliceBound`]): the slice's first step, the
    /// steps per slice, and the per-thread carries between slices.
    SliceFirst,
    SliceSteps,
    SliceCarry,
    /// A decoding step with an input's projection folded in (see
    /// [`crate::manifest::StepFold`]): the rows it reads, its weight, its bias (null where it
    /// has none) and its rank (i64).
    FoldRows(Handle<Input>),
    FoldWeight(Handle<Input>),
    FoldBias(Handle<Input>),
    FoldRank(Handle<Input>),
}

/// Steps between saved states (the backward recomputes one such stretch at a time).
pub(crate) const CHECKPOINT: usize = crate::strategy::CHECKPOINT as usize;

/// A generated kernel: its MLIR function text and what a caller needs to launch it.
#[derive(Debug, Clone, PartialEq)]
pub struct Kernel {
    pub name: String,
    pub kind: KernelKind,
    pub params: Vec<Param>,
    /// Module-level declarations the function needs (shared memory).
    pub globals: String,
    pub func: String,
    /// Threads per block; the grid is `ceil(outer points · lanes / threads)` blocks.
    pub threads: usize,
    pub shared_bytes: usize,
    /// Threads per outer point (their reduced points split across them).
    pub lanes: usize,
    /// Blocks per thread-block cluster along x (1: none); the grid is padded to whole
    /// clusters, whose blocks add their gradient tiles through distributed shared memory.
    pub cluster: usize,
    /// Whether blocks add their gradient tiles into one sum per element with atomics.
    pub atomics: bool,
}

impl Kernel {
    /// A kernel of one lane per unit, without shared memory (the chunk carry and reduce
    /// kernels).
    fn plain(name: String, kind: KernelKind, em: &Em<'_>, func: String) -> Kernel {
        Kernel {
            name,
            kind,
            params: em.sig_params.clone(),
            globals: String::new(),
            func,
            threads: em.plan.threads,
            shared_bytes: 0,
            lanes: 1,
            cluster: 1,
            atomics: false,
        }
    }
}

/// How each input's gradient leaves the backward kernel.
pub type Routes = Vec<(Handle<Input>, GradRoute)>;

/// Every kernel of `d` for `target` (forward, step, the chunked strategy's three, backward,
/// its reduce kernels, the segmented backward's three and its own reduce kernels), and how
/// each input's gradient leaves the (whole) backward.
pub fn emit_all(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
) -> Result<(Vec<Kernel>, Routes), BackwardError> {
    let bw = emit_backward(d, plan, target)?;
    // A chain of scans runs sequentially: no chunk can fold its steps before the states it
    // reads are known (`Derived::chained`).
    let chunks = !d.chained();
    let mut all: Vec<Kernel> = [KernelKind::Forward, KernelKind::Step]
        .into_iter()
        .chain(chunks.then_some(KernelKind::ChunkReduce))
        .map(|kind| emit(d, plan, target, kind))
        .collect();
    if let Some(batch) = batch_step_plan(plan) {
        all.push(emit(d, &batch, target, KernelKind::StepBatch));
    }
    if step_commits(d, plan) {
        all.push(emit_step_commit(d, plan, target));
    }
    if chunks {
        all.push(emit_chunk_carry(d, plan, target));
        all.push(emit(d, plan, target, KernelKind::ChunkApply));
        if let Some(b) = plan.block_alt_plan() {
            all.push(emit(d, &b, target, KernelKind::BlockScan));
            if plan.block_ahead(&d.rec) {
                all.push(emit(d, &b, target, KernelKind::BlockScanAhead));
            }
        }
    }
    all.push(bw.backward);
    all.extend(bw.reduces.into_iter().map(|(_, k)| k));
    if let Some(seg) = bw.segmented {
        all.extend([seg.sum, seg.carry, seg.apply]);
        all.extend(seg.reduces.into_iter().map(|(_, k)| k));
    }
    Ok((all, bw.routes))
}

/// The MLIR module holding `kernels` for `target`.
pub fn module_text(kernels: &[Kernel], target: Target) -> String {
    let mut s = String::new();
    match target {
        Target::Gpu => {
            s.push_str("module attributes {gpu.container_module} {\n  gpu.module @linrec {\n");
            for k in kernels {
                s.push_str(&k.globals);
                s.push_str(&k.func);
            }
            s.push_str("  }\n}\n");
        }
        Target::Host => {
            s.push_str("module {\n");
            for k in kernels {
                s.push_str(&k.globals);
                s.push_str(&k.func);
            }
            s.push_str("}\n");
        }
    }
    s
}

/// The MLIR type a tensor's elements are loaded and stored as (bf16 as its bits).
fn storage(dt: DType) -> &'static str {
    match dt {
        DType::F32 => "f32",
        DType::BF16 => "i16",
        DType::F16 => "f16",
    }
}

/// A value of a dim index at a point: a run-time SSA value or a compile-time constant.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Ix {
    Dyn(String),
    Const(usize),
}

type MemoKey = (Handle<Expr>, Vec<(Handle<Dim>, usize)>);

/// The plan as one target runs it (one thread per block on the host).
fn target_plan(plan: &KernelPlan, target: Target) -> KernelPlan {
    match target {
        Target::Gpu => plan.clone(),
        Target::Host => KernelPlan {
            threads: 1,
            ..plan.single_lane()
        },
    }
}

/// Splits a linear outer index into one index per outer dim (row-major).
fn decompose(em: &mut Em<'_>, o: &str, dims: &[Handle<Dim>]) -> HashMap<Handle<Dim>, String> {
    let mut out = HashMap::new();
    let mut rest = o.to_string();
    for &d in dims.iter().rev() {
        let s = em.sizes[d.index()].clone();
        let q = em.bin_i("remui", &rest, &s);
        out.insert(d, q);
        rest = em.bin_i("divui", &rest, &s);
    }
    out
}
