//! The manifest: the typed contract between the compiler and everything that launches its
//! kernels (the GPU runtime, and the host-JIT verifier that CI runs). It holds the tensors
//! with their dtypes and dims, every kernel with its declared parameters, the cost model's
//! fixed inputs, and per entry point the ordered launch [`program`] — which buffers it takes
//! and makes, its workspaces and their sizes, each launch's grid. [`exec`] runs a program on
//! any [`exec::Device`], checking every launch against its kernel's parameters. Written by
//! `linrec compile` as `manifest.json` beside the PTX.

pub mod exec;
pub mod program;

use serde::{Deserialize, Serialize};

use crate::ir::{DType, OutputKind};
use crate::strategy::{Choice, CostInputs, DimRole, Request};
pub use program::{
    Buffer, Entry, Factor, Fold, Grid, Launch, Pass, Program, Programs, Size, StepFold, Strategies,
    Workspace,
};

/// The format version this compiler writes and this runtime reads.
pub const VERSION: u32 = 4;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Format version of this file ([`VERSION`]).
    pub version: u32,
    /// The spec file it was compiled from (relative, as given).
    pub source: String,
    pub recurrences: Vec<RecurrenceManifest>,
    /// The layer kernels of a file with a model block (one PTX module).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layers: Option<LayersManifest>,
}

/// The layer kernels (see `emit::layers`): their PTX file, and each kernel's parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayersManifest {
    pub ptx: String,
    pub kernels: Vec<LayerKernelManifest>,
    /// Threads per block of every layer kernel.
    pub threads: u32,
    /// Lanes per row of the RMS-norm kernel.
    pub norm_lanes: u32,
    /// Whether every layer kernel opens with `emit::DEPENDENT_LAUNCH_PROLOGUE` (see
    /// [`KernelManifest::dependent`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dependent: bool,
}

/// One layer kernel: its name and its parameters in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerKernelManifest {
    pub name: String,
    pub params: Vec<LayerParam>,
}

/// A layer kernel parameter: its name and kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerParam {
    pub name: String,
    pub kind: ScalarKind,
}

/// What a layer kernel parameter holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScalarKind {
    /// A device pointer.
    Ptr,
    I64,
    F32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimManifest {
    pub name: String,
    /// Compile-time size (summed dims), checked by the runtime.
    pub fixed: Option<u64>,
    /// The dim's role in the kernels and the cost model.
    pub role: DimRole,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TensorManifest {
    pub name: String,
    pub dtype: DType,
    pub dims: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// Outputs only: written every step, or once after the last step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<OutputKind>,
}

/// Which kernel of a recurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KernelKind {
    /// The whole scan: prologue, scan, outputs, final outputs.
    Forward,
    /// The whole scan as a block scan, where a recurrence has one besides its sequential
    /// forward (its states' points taken in turns): one block per scan.
    BlockScan,
    /// [`KernelKind::BlockScan`] prefetching each turn's reads a turn ahead into L1: the
    /// cost model takes it for long scans (see `strategy::AHEAD_MIN_TILES`).
    BlockScanAhead,
    /// One decoding step: state in, state out (in place), per-step outputs for one position.
    /// A state that several threads hold alike (it lacks an outer dim) goes to its
    /// [`crate::manifest::Buffer::StateNext`] workspace instead, for [`KernelKind::StepCommit`].
    Step,
    /// [`KernelKind::Step`] for many sequences at once: each scan's points split across fewer
    /// lanes ([`crate::emit::kernel::BATCH_STEP_LANES`]), so that each thread carries more of
    /// them and the grid fills fewer waves. The runtime takes it where the step's own threads
    /// would fill half the GPU or more ([`RecurrenceManifest::step_batch`]).
    StepBatch,
    /// After the step: copies the new value of each state that lacks an outer dim from its
    /// workspace into the state (in the step itself, one thread's write would race another's
    /// read).
    StepCommit,
    /// Chunked strategy, pass 1: each chunk's aggregate `(A, B)` from the identity.
    ChunkReduce,
    /// Chunked strategy, pass 2: scan of the aggregates across chunks, one thread per outer
    /// point: the state entering every chunk (its carry).
    ChunkCarry,
    /// Chunked strategy, pass 3: every chunk re-run from its carry, writing the outputs (and
    /// the checkpoints of the backward).
    ChunkApply,
    /// The reverse pass: recompute from checkpoints, adjoints backwards, every gradient.
    Backward,
    /// Segmented backward, pass 1: each segment of the scan walked back from a zero adjoint,
    /// leaving its adjoint at the segment's start, the product of its decays and its first
    /// decay.
    BackwardSum,
    /// Segmented backward, pass 2: one thread per outer point scans the segment sums from the
    /// last segment, writing the adjoint (and decay) entering each segment.
    BackwardCarry,
    /// Segmented backward, pass 3: every segment walked back from its carry, writing every
    /// gradient.
    BackwardSegment,
    /// Sums per-thread partial gradients of one input.
    Reduce,
}

impl KernelKind {
    /// Whether kernels of this kind open with the dependent-launch prologue
    /// (`emit::DEPENDENT_LAUNCH_PROLOGUE`) and may be launched while the grid before them
    /// drains: a decoding step's, which are short and run between short layer kernels. The
    /// kernels of a whole sequence are launched plainly: placed early, a grid sized to fill
    /// the GPU in one wave lands unevenly on SMs still busy with its predecessor (the
    /// chunked forward took 10-21% longer so on an H100, and long prefills up to 40%).
    pub fn dependent_launch(self) -> bool {
        matches!(
            self,
            KernelKind::Step | KernelKind::StepBatch | KernelKind::StepCommit
        )
    }

    /// Whether it is a decoding step ([`KernelKind::Step`] or [`KernelKind::StepBatch`]).
    pub fn is_step(self) -> bool {
        matches!(self, KernelKind::Step | KernelKind::StepBatch)
    }

    /// The kernel name's suffix (`<recurrence>_<suffix>`).
    pub fn suffix(self) -> &'static str {
        match self {
            KernelKind::Forward => "fwd",
            KernelKind::BlockScan => "fwd_block",
            KernelKind::BlockScanAhead => "fwd_block_ahead",
            KernelKind::Step => "step",
            KernelKind::StepBatch => "step_batch",
            KernelKind::StepCommit => "step_commit",
            KernelKind::ChunkReduce => "chunk_reduce",
            KernelKind::ChunkCarry => "chunk_carry",
            KernelKind::ChunkApply => "chunk_apply",
            KernelKind::Backward => "bwd",
            KernelKind::BackwardSum => "bwd_sum",
            KernelKind::BackwardCarry => "bwd_carry",
            KernelKind::BackwardSegment => "bwd_seg",
            KernelKind::Reduce => "reduce",
        }
    }
}

/// One kernel parameter: a buffer (by role and tensor or state name) or a dim's size (i64).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Param {
    Size(String),
    /// Where a launch of a sliced program is along the scan (i64; the whole scan outside one).
    Slice(SliceBound),
    /// The rank of the projection folded into a decoding step, by the input it computes
    /// (i64; see [`program::StepFold`]).
    FoldRank(String),
    #[serde(untagged)]
    Buffer(Buffer),
}

/// What a [`Param::Slice`] parameter gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SliceBound {
    /// The slice's first step.
    First,
    /// Steps per slice (the last may hold fewer): the stride of the partial sums laid out by
    /// step.
    Steps,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KernelManifest {
    pub name: String,
    pub kind: KernelKind,
    pub ptx: String,
    pub params: Vec<Param>,
    /// Block size.
    pub threads: u32,
    pub shared_bytes: u32,
    /// Threads per unit of the grid (an outer point): each holds every `lanes`-th point of
    /// the summed dim. A block covers `threads / lanes` units.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub lanes: u32,
    /// Blocks per thread-block cluster (the kernel declares it; launches pad their grid to
    /// whole clusters).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub cluster: u32,
    /// Whether the kernel adds its block sums into a zeroed workspace with atomics (the order
    /// of the additions varies from run to run).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub atomics: bool,
    /// Whether the kernel opens with `emit::DEPENDENT_LAUNCH_PROLOGUE` (it waits for the grid
    /// before it on the stream), so that it may be launched while that grid drains (absent
    /// in manifests written before the prologue: such kernels are launched plainly).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dependent: bool,
    /// A decoding step's kernel: the input it computes from a projection instead of reading
    /// it (see [`program::StepFold`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fold: Option<String>,
}

impl KernelManifest {
    /// Units of a launch grid one block covers.
    pub fn units_per_block(&self) -> u64 {
        u64::from(self.threads / self.lanes.max(1)).max(1)
    }

    /// Blocks of a launch over `units` units, `times` over: the units' blocks padded to whole
    /// clusters, then repeated; None past 2^64.
    pub fn blocks(&self, units: u64, times: u64) -> Option<u64> {
        let c = u64::from(self.cluster.max(1));
        units
            .div_ceil(self.units_per_block())
            .div_ceil(c)
            .checked_mul(c)?
            .checked_mul(times)
    }
}

/// How an input's gradient leaves the backward kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GradRoute {
    /// Each element belongs to one thread: written directly.
    Direct,
    /// Threads hold shares (the input lacks some outer dims): partial sums, then a reduce
    /// kernel. Layout `[outer point][reduced point of the input][scan step if a sequence]`.
    Partial,
    /// A sequence input that lacks exactly the outer dim the backward's blocks run along: each
    /// block sums its threads' shares (warp shuffles, then shared memory, in a fixed order)
    /// and writes one partial gradient; the reduce kernel adds the blocks' partials in order.
    /// Layout `[block along that dim][element of the input]`.
    Blocks,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GradRouteManifest {
    pub input: String,
    pub route: GradRoute,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecurrenceManifest {
    pub name: String,
    pub scan_dim: String,
    /// The order the kernels walk the scan axis in (`reverse`: from its last position).
    #[serde(default)]
    pub direction: crate::ir::Direction,
    pub dims: Vec<DimManifest>,
    pub inputs: Vec<TensorManifest>,
    pub outputs: Vec<TensorManifest>,
    pub states: Vec<TensorManifest>,
    /// The strategy chosen at compile time, and the request it came from: with `auto` the
    /// runtime re-applies the cost model (with [`RecurrenceManifest::cost`]) to each call's
    /// shape (both strategies' programs are here).
    pub strategy: Choice,
    pub strategy_request: Request,
    pub cost: CostInputs,
    pub kernels: Vec<KernelManifest>,
    /// The ordered launches of every entry point.
    pub programs: Programs,
    /// States saved for the backward, and the inputs it re-reads.
    pub saved_for_backward: Vec<String>,
    pub backward_reads: Vec<String>,
    /// Steps between saved states.
    pub checkpoint_interval: u32,
    /// Steps per chunk of the chunked strategy.
    pub chunk: u32,
    pub grad_routes: Vec<GradRouteManifest>,
}

impl RecurrenceManifest {
    pub fn kernel(&self, name: &str) -> Option<&KernelManifest> {
        self.kernels.iter().find(|k| k.name == name)
    }

    pub fn dim_index(&self, name: &str) -> Option<usize> {
        self.dims.iter().position(|d| d.name == name)
    }

    pub fn input(&self, name: &str) -> Option<&TensorManifest> {
        self.inputs.iter().find(|t| t.name == name)
    }

    pub fn output(&self, name: &str) -> Option<&TensorManifest> {
        self.outputs.iter().find(|t| t.name == name)
    }

    pub fn state(&self, name: &str) -> Option<&TensorManifest> {
        self.states.iter().find(|t| t.name == name)
    }

    /// Whether a decoding step at these sizes (one per dim, in order) takes the batch step
    /// kernel ([`KernelKind::StepBatch`]): where the recurrence has one and the step kernel's
    /// threads (outer points × its lanes) would fill at least half of what `device` holds at
    /// once. Measured on an H100 (Mamba-130m's decode, CUDA graphs, tok/s, f32 / bf16 weights):
    /// the step at 4 lanes against 8 took 1 sequence from 2,166 / 2,478 to 2,054 / 2,385
    /// (0.05 of the GPU's threads at 8 lanes), 8 from 10,249 / 17,040 to 10,286 / 17,263
    /// (0.36), 16 from 17,835 / 26,448 to 18,670 / 28,112 (0.73) and 32 from 25,702 / 41,623
    /// to 27,791 / 45,798 (1.45).
    pub fn step_batch(&self, sizes: &[u64], device: crate::strategy::Device) -> bool {
        let (Some(step), true) = (
            self.kernel_lanes(KernelKind::Step),
            self.programs.step_batch.is_some(),
        ) else {
            return false;
        };
        let resident = u64::from(device.sms) * u64::from(device.threads_per_sm);
        2 * self.outer_points(sizes).saturating_mul(step) >= resident
    }

    /// The lanes a scan of the kernel of this kind takes, where the recurrence has one.
    fn kernel_lanes(&self, kind: KernelKind) -> Option<u64> {
        self.kernels
            .iter()
            .find(|k| k.kind == kind)
            .map(|k| u64::from(k.lanes.max(1)))
    }

    /// The outer points (scans) at these sizes (one per dim, in order).
    fn outer_points(&self, sizes: &[u64]) -> u64 {
        self.dims
            .iter()
            .zip(sizes)
            .filter(|(d, _)| d.role == crate::strategy::DimRole::Outer)
            .fold(1, |n, (_, &s)| n.saturating_mul(s))
    }

    /// The cost model's shape at these sizes (one per dim, in order).
    pub fn cost_shape(&self, sizes: &[u64]) -> crate::strategy::Shape {
        self.cost
            .shape(self.dims.iter().map(|d| d.role).zip(sizes.iter().copied()))
    }

    /// The strategy for a call of these sizes: the compile-time request if explicit, else the
    /// cost model on the call's shape.
    pub fn choose(&self, sizes: &[u64], device: crate::strategy::Device) -> Choice {
        crate::strategy::choose(self.strategy_request, Some(self.cost_shape(sizes)), device)
    }

    /// Whether a backward of these sizes walks segments of the scan in parallel: as requested
    /// at compile time (never for an empty scan), else where the whole walk's threads would
    /// leave the device mostly idle ([`crate::strategy::backward_chunked`]).
    pub fn backward_chunked(&self, sizes: &[u64], device: crate::strategy::Device) -> bool {
        use crate::strategy::{DimRole, Request};
        let outer = self.outer_points(sizes);
        let len = self
            .dims
            .iter()
            .zip(sizes)
            .find(|(d, _)| d.role == DimRole::Scan)
            .map_or(0, |(_, &s)| s);
        let lanes = self.kernel_lanes(KernelKind::Backward).unwrap_or(1);
        match self.strategy_request {
            Request::Sequential => false,
            Request::Chunked => len > 0,
            // The block scan is a forward: the backward is the cost model's.
            Request::Auto | Request::Block | Request::BlockAhead => {
                crate::strategy::backward_chunked(outer.saturating_mul(lanes), len, device)
            }
        }
    }
}

impl Manifest {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a manifest always serializes") + "\n"
    }

    /// Parses a manifest, refusing other format versions.
    pub fn from_json(text: &str) -> Result<Manifest, ManifestError> {
        #[derive(Deserialize)]
        struct Versioned {
            version: u32,
        }
        let v: Versioned = serde_json::from_str(text)?;
        if v.version != VERSION {
            return Err(ManifestError::Version {
                found: v.version,
                supported: VERSION,
            });
        }
        Ok(serde_json::from_str(text)?)
    }

    pub fn recurrence(&self, name: &str) -> Option<&RecurrenceManifest> {
        self.recurrences.iter().find(|r| r.name == name)
    }
}

/// A manifest that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error(
        "manifest format version {found}, but this build reads version {supported}: recompile the spec with this linrec (`linrec compile`)"
    )]
    Version { found: u32, supported: u32 },
}

fn one() -> u32 {
    1
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_one(v: &u32) -> bool {
    *v == 1
}
