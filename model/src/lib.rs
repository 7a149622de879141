//! The executor of `model` blocks: config values (from `config.json`), parameters (from
//! safetensors checkpoints, keys with `{i}` substituted) and the forward, over a [`Backend`]
//! that owns tensors and layer operations. [`Cpu`] (f32 layer ops, recurrences through the
//! float64 interpreter) is the reference; the runtime crate has the GPU backend. Generation
//! prefills, then decodes one token at a time with carried state (causal-conv windows and
//! recurrence states), replaying a captured graph where the backend has them.
//!
//! Layout convention: model activations are sequence-major, `[batch, seq, features…]`. A
//! recurrence argument with the scan dim is passed in its declared order with the scan dim
//! moved to position 1 (`u: f32[B, D, L]` takes a `[B, L, D]` value), and per-step outputs
//! come back the same way.

mod backend;
mod checkpoint;
mod config;
mod cpu;
mod error;
mod eval;
mod executor;
pub mod files;
mod generate;
pub mod npy;
mod ops;
mod sampling;
mod value;

pub use backend::{Backend, Operand};
pub use checkpoint::Checkpoint;
pub use config::{config_file, config_ints, read_config};
pub use cpu::Cpu;
pub use error::{ModelError, Result};
pub use eval::{carries, model_order};
pub use executor::{LoadedModel, Model};
pub use generate::Generation;
pub use ops::{HostTensor, broadcast, concat_shape, narrow_shape, split_axis};
pub use sampling::Sampling;
pub use value::Value;
