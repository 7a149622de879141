//! The manifest: everything the runtime needs to launch a recurrence's kernels without the
//! compiler — tensors and their dtypes and dims, parameter order, launch geometry, strategy,
//! what the backward needs saved. Written by `linrec compile` as JSON beside the PTX.

use serde::{Deserialize, Serialize};

use crate::strategy::Choice;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Format version of this file.
    pub version: u32,
    /// The spec file it was compiled from (relative, as given).
    pub source: String,
    pub recurrences: Vec<RecurrenceManifest>,
    /// The layer kernels of a file with a model block (one PTX module).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layers: Option<LayersManifest>,
}

/// The layer kernels (see `emit::layers`): their PTX file, kernel names and block size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayersManifest {
    pub ptx: String,
    pub kernels: Vec<String>,
    pub threads: u32,
    /// Lanes per row of the RMS-norm kernel.
    pub norm_lanes: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimManifest {
    pub name: String,
    /// Compile-time size (summed dims), checked by the runtime.
    pub fixed: Option<u64>,
    /// Whether one thread owns one point of this dim (else it is the scan or a fixed dim).
    pub outer: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TensorManifest {
    pub name: String,
    pub dtype: String,
    pub dims: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// Outputs: `per_step` or `final`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// One kernel parameter, by role and name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamManifest {
    Input(String),
    Output(String),
    State(String),
    Size(String),
    OutputGrad(String),
    Checkpoint(String),
    Scratch(String),
    InputGrad(String),
    Partial(String),
    AggA(String),
    AggB(String),
    Carry(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KernelManifest {
    pub name: String,
    /// `forward` or `step`.
    pub kind: String,
    pub ptx: String,
    pub params: Vec<ParamManifest>,
    /// Block size; the grid is `ceil(Π outer dims · lanes / threads)` blocks along x.
    pub threads: u32,
    pub shared_bytes: u32,
    /// Threads per outer point: each holds every `lanes`-th point of the summed dim.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub lanes: u32,
    /// The grid covers the outer points, or (reduce kernels) the elements of this input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid_over_input: Option<String>,
    /// Chunk kernels: the grid is `ceil(L / chunk) × ceil(outer points / threads)` blocks.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub grid_over_chunks: bool,
}

/// How an input's gradient leaves the backward kernel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GradRouteManifest {
    pub input: String,
    /// `direct` (written by the backward) or `partial` (per-thread shares, then the input's
    /// reduce kernel): partial buffers hold `outer points × points × (L if a sequence)` f32.
    pub route: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecurrenceManifest {
    pub name: String,
    pub scan_dim: String,
    pub dims: Vec<DimManifest>,
    pub inputs: Vec<TensorManifest>,
    pub outputs: Vec<TensorManifest>,
    pub states: Vec<TensorManifest>,
    /// The strategy chosen at compile time, and the request it came from: with `auto` the
    /// runtime re-applies the cost model to each call's shape (both strategies' kernels are here).
    pub strategy: Choice,
    pub strategy_request: crate::strategy::Request,
    pub kernels: Vec<KernelManifest>,
    /// States saved at chunk starts for the backward, and the inputs it re-reads.
    pub saved_for_backward: Vec<String>,
    pub backward_reads: Vec<String>,
    /// Steps between saved states: checkpoints hold `ceil(L / interval) × state` f32, and the
    /// backward's workspace `interval × state points × outer points` f32 per state.
    pub checkpoint_interval: u32,
    /// Steps per chunk of the chunked strategy; its workspaces (`A`, `B`, carries) hold
    /// `ceil(L / chunk) × state points × outer points` f32 each, per state.
    pub chunk: u32,
    pub grad_routes: Vec<GradRouteManifest>,
}

impl Manifest {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a manifest always serializes") + "\n"
    }

    pub fn from_json(text: &str) -> Result<Manifest, serde_json::Error> {
        serde_json::from_str(text)
    }

    pub fn recurrence(&self, name: &str) -> Option<&RecurrenceManifest> {
        self.recurrences.iter().find(|r| r.name == name)
    }
}

fn one() -> u32 {
    1
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_one(v: &u32) -> bool {
    *v == 1
}
