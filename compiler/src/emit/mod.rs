//! Code generation: derived IR → kernel plan ([`plan`]) → MLIR text of every kernel
//! ([`kernel`] for recurrences, [`layers`] for a model's layer kernels, both written with the
//! builder of [`text`] and the scalar math of `math`) and the launch programs that run them
//! ([`program`]) → PTX (`lower`). The host build of the same kernels, run through the same
//! programs, verifies them without a GPU (`verify`).

#[cfg(feature = "mlir")]
pub mod lower;

mod block_geometry;
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
