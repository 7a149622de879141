//! linrec-compiler: a compiler for linear recurrences `h_t = a(x_t) ⊙ h_{t-1} + b(x_t)`.
//!
//! The pipeline (see [`pipeline`]), one module per stage, each a function from one typed
//! artifact to the next:
//!
//! 1. [`syntax`]: source text → tokens (logos) → syntax tree (lalrpop).
//! 2. [`check`]: syntax tree → checked IR ([`ir::Module`]); names, dims, shapes, dtypes. The
//!    builtin functions are one table ([`ir::builtins`]) every later stage reads.
//! 3. [`derive`]: linearity proof (`h = a ⊙ h + b`), the combine operator, reverse mode, the
//!    step form.
//! 4. [`strategy`]: sequential or chunked, by the cost model (or the user's request).
//! 5. [`emit`]: the kernel plan, MLIR of every kernel and the launch programs that run them,
//!    lowered to PTX; the host build of the same kernels.
//! 6. [`manifest`]: the typed contract with the runtime — tensors, kernels with their
//!    parameters, the cost model's inputs, the launch programs — and the executor that runs a
//!    program on any device (the GPU runtime, the host verifier).
//!
//! Beside the pipeline: [`interp`], the float64 reference interpreter of the checked IR
//! (ground truth for every later stage); [`conformance`], the cases every backend is compared
//! with it on; [`explain`], what was derived and chosen, in words. Errors of every stage are
//! data ([`error::Error`]) rendered in one place ([`diagnostics`]). The model executor is its
//! own crate (`linrec-model`), the GPU runtime another (`linrec-runtime`).

#[cfg(feature = "mlir")]
pub mod artifacts;
pub mod check;
pub mod conformance;
pub mod derive;
pub mod diagnostics;
pub mod emit;
pub mod error;
pub mod explain;
pub mod interp;
pub mod ir;
pub mod limits;
pub mod manifest;
pub mod pipeline;
pub mod strategy;
pub mod syntax;
