//! linrec-compiler: a compiler for linear recurrences `h_t = a(x_t) ⊙ h_{t-1} + b(x_t)`.
//!
//! The pipeline (see [`pipeline`]), one module per stage, each a function from one typed
//! artifact to the next:
//!
//! 1. [`syntax`]: source text → tokens (logos) → syntax tree (lalrpop).
//! 2. [`check`]: syntax tree → checked IR ([`ir::Module`]); names, dims, shapes, dtypes.
//! 3. [`derive`]: linearity proof (`h = a ⊙ h + b`), the combine operator, reverse mode.
//! 4. [`interp`]: the float64 reference interpreter of the checked IR — ground truth for every
//!    later stage.
//!
//! Errors of every stage are data ([`error::Error`]) rendered in one place ([`diagnostics`]).

pub mod check;
pub mod conformance;
pub mod derive;
pub mod diagnostics;
pub mod emit;
pub mod error;
pub mod explain;
pub mod interp;
pub mod ir;
pub mod manifest;
pub mod pipeline;
pub mod strategy;
pub mod syntax;
