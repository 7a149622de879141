//! Code generation: derived IR → kernel plan ([`plan`]) → MLIR text of every kernel
//! ([`kernel`] for recurrences, [`layers`] for a model's layer kernels, both written with the
//! builder of [`text`] and the scalar math of `math`) and the launch programs that run them
//! ([`program`]) → PTX (`lower`). The host build of the same kernels, run through the same
//! programs, verifies them without a GPU (`verify`).

#[cfg(feature = "mlir")]
pub mod lower;

mod block_geometry;
pub mod folds;
pub mod kernel;
pub mod layers;
mod math;
pub mod plan;
mod plan_error;
pub mod program;
pub mod staged;
pub mod text;
#[cfg(feature = "mlir")]
pub mod verify;

/// Where a kernel runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Gpu,
    Host,
}

/// The first lines of every layer kernel and of the recurrences' decoding-step kernels
/// ([`crate::manifest::KernelKind::dependent_launch`]; a GEMV prefetches its weights before
/// them): wait until the grid launched before it on the stream has finished and its writes
/// are visible (`griddepcontrol.wait`), then let the grid after it launch
/// (`griddepcontrol.launch_dependents`). A kernel so made may be launched with
/// programmatic stream serialization (Hopper's dependent launch): its blocks are placed while
/// the previous grid drains, and the next one's while it runs, instead of each launch waiting
/// for the previous grid's end. Launched plainly, both instructions do nothing. Every block
/// waits before anything else, so no block reads early or ends before its predecessor, which
/// keeps the ordering transitive along a chain of such launches (the manifests' `dependent`).
pub const DEPENDENT_LAUNCH_PROLOGUE: &str =
    "      nvvm.griddepcontrol wait\n      nvvm.griddepcontrol launch_dependents\n";

/// Blocks per multiprocessor of the largest grid the runtime launches dependent on its
/// predecessor (unless set otherwise): a decoding step's kernels are below it (Mamba-130m's
/// in-projection for one sequence: 384 blocks), a long prefill's elementwise kernels above
/// (placed early on SMs still busy with the grid before, they ran 3-4% slower on an H100).
pub const DEPENDENT_BLOCKS_PER_SM: u64 = 4;
