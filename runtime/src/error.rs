//! Runtime errors: every one names the tensor, the shape, the key or the file involved.

use cudarc::driver::DriverError;
use linrec_compiler::ir::DType;

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error(
        "no CUDA driver on this machine ({0}); run on a machine with an NVIDIA GPU, or use the CPU path"
    )]
    NoDriver(String),
    #[error("no CUDA device: {0}")]
    NoDevice(String),
    #[error("CUDA driver error: {0}")]
    Driver(#[from] DriverError),
    #[error("cannot read `{path}`: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write `{path}`: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("`{path}` is not a valid manifest: {source}")]
    Manifest {
        path: String,
        source: linrec_compiler::manifest::ManifestError,
    },
    #[error(transparent)]
    Contract(#[from] linrec_compiler::manifest::exec::ContractError),
    #[error("manifest has no recurrence `{0}`")]
    UnknownRecurrence(String),
    #[error("the PTX of `{recurrence}` has no kernel `{kernel}`")]
    MissingKernel { recurrence: String, kernel: String },
    #[error("{tensor}: expected shape {expected:?}, got {actual:?}")]
    Shape {
        tensor: String,
        expected: Vec<usize>,
        actual: Vec<usize>,
    },
    #[error("{tensor}: expected dtype {expected:?}, got {actual:?}")]
    DType {
        tensor: String,
        expected: DType,
        actual: DType,
    },
    #[error("input `{0}` is required but was not given")]
    MissingInput(String),
    #[error("`{recurrence}` takes {expected} inputs; the call gives {given}")]
    TooManyInputs {
        recurrence: String,
        expected: usize,
        given: usize,
    },
    #[error("dimension `{dim}` was compiled with size {fixed}, but the call has {given}")]
    FixedDim {
        dim: String,
        fixed: u64,
        given: usize,
    },
    #[error("no size given for dimension `{0}`")]
    MissingSize(String),
    #[error("launch of `{kernel}` needs {blocks} blocks, more than the grid allows ({max})")]
    GridTooLarge {
        kernel: String,
        blocks: u64,
        max: u64,
    },
    #[error("{need} bytes of device memory needed for `{what}`, {free} free")]
    OutOfMemory {
        what: String,
        need: usize,
        free: usize,
    },
    #[error(
        "the caller's arena is too small for the {what}: the call needs {need} bytes of it, {given} given (size arenas with `footprint`)"
    )]
    Arena {
        what: String,
        need: usize,
        given: usize,
    },
    #[error("a call on the caller's memory must give the {0}")]
    Unprovided(String),
    #[error("spec `{path}` has errors:\n{rendered}")]
    Spec { path: String, rendered: String },
    #[error(
        "the gradient of `{input}` of `{recurrence}` differs between two runs of the backward on the same inputs (it must be bitwise repeatable): {differ} of {of} elements, the first at {at}: {first:e} then {second:e}"
    )]
    NotRepeatable {
        recurrence: String,
        input: String,
        /// The first element that differs, and its two values.
        at: usize,
        first: f32,
        second: f32,
        /// How many elements differ, of how many.
        differ: usize,
        of: usize,
    },
}

pub type Result<T> = std::result::Result<T, RuntimeError>;
