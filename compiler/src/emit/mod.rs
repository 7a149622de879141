//! Code generation: derived IR → MLIR → PTX (and a host build of the same kernels for
//! verification without a GPU).

#[cfg(feature = "mlir")]
pub mod lower;

pub mod kernel;
pub mod layers;
mod math;
pub mod plan;
pub mod program;
pub mod text;
#[cfg(feature = "mlir")]
pub mod verify;
