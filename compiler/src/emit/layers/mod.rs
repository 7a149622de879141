//! Layer kernels: the ordinary layers a model block runs around its recurrences — embedding
//! gather, RMS norm, elementwise maps, the causal depthwise convolution and its carried
//! window, strided gathers (a model's sequence-major activations to a recurrence's declared
//! layout and back) and f32 → bf16 conversion for tensor-core GEMMs. Written as MLIR text and
//! lowered by the same pipeline as the recurrence kernels; GEMMs are cuBLAS's.
//!
//! Conventions: 1-D grids of [`LAYER_THREADS`] threads, one thread per output element unless
//! said otherwise, f32 activations, i64 sizes. A strided input is `(pointer, row stride)` with
//! a logical row length (`cols`): element `i` sits at `(i / cols) · stride + i % cols`, which
//! lets a kernel read one piece of a split without a copy.

mod argmax;
mod builder;
mod conv;
mod elementwise;
mod gather;
mod gemv;
mod gemv_mma;
mod norm;

use super::Target;
use super::math::ScalarMath;
use super::text::{Emitter, Section, Text, Ty};
use crate::ir::builtins::Spelling;
use crate::ir::{BinaryFn, UnaryFn};
use crate::manifest::{LayerParam, ScalarKind};
pub use argmax::ARGMAX_CHUNK;
use argmax::*;
use builder::*;
use conv::*;
use elementwise::*;
use gather::*;
use gemv::*;
pub use gemv::{GEMV_MAX_ROWS, GEMV_ROW_TILE_FROM, GEMV_TILES, GemvTile, gemv_name};
use gemv_mma::*;
pub use gemv_mma::{
    MMA_COUNTERS, MMA_MAX_SPLITS, MMA_OUTS, MMA_ROW_TILES, MMA_WIDE_MIN_BLOCKS, MMA_WORKSPACE,
    MmaPlan, gemv_mma_name,
};
pub use norm::rmsnorm_name;
use norm::*;

/// Threads per block of every layer kernel.
pub const LAYER_THREADS: u32 = 256;

/// Positions of one channel a causal-convolution thread computes.
pub const CONV_ROWS: usize = 16;

/// Most taps of the unrolled convolution kernel (`lr_conv1d_k4`); longer ones use `lr_conv1d`.
pub const CONV_TAPS: usize = 4;

/// Consecutive innermost elements one gather thread copies (its index arithmetic once).
pub const GATHER_RUN: usize = 8;

/// The causal-convolution kernel for `k` taps and the threads it is launched with over
/// `x [batch, len, ch]`.
pub fn conv_launch(k: usize, batch: usize, len: usize, ch: usize) -> (&'static str, usize) {
    let name = if k <= CONV_TAPS {
        "lr_conv1d_k4"
    } else {
        "lr_conv1d"
    };
    (name, batch * len.div_ceil(CONV_ROWS) * ch)
}

/// The threads `lr_gather4` is launched with for `n > 0` elements whose last dim is `last`.
pub fn gather_threads(n: usize, last: usize) -> usize {
    32 * (n / last) * last.div_ceil(32 * GATHER_RUN)
}

/// Lanes that cooperate on one row of an RMS norm (a warp; its sum by shuffles).
pub const NORM_LANES: u32 = 32;

/// The elementwise maps with a kernel each: every unary builtin a model may call.
pub fn unary_fns() -> impl Iterator<Item = UnaryFn> {
    UnaryFn::all().filter(|f| f.info().spelling != Spelling::Internal)
}

/// The elementwise binary operators with a kernel each: every binary builtin a model may call.
pub fn binary_fns() -> impl Iterator<Item = BinaryFn> {
    BinaryFn::all().filter(|f| f.info().spelling != Spelling::Internal)
}

pub fn unary_name(f: UnaryFn) -> String {
    format!("lr_unary_{}", f.name())
}

pub fn binary_name(f: BinaryFn) -> String {
    format!("lr_binary_{}", f.name())
}

/// One layer kernel's function text and parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerKernel {
    pub name: String,
    pub params: Vec<LayerParam>,
    pub func: String,
}

/// Every layer kernel.
pub fn kernels() -> Vec<LayerKernel> {
    let mut v = vec![
        embed(),
        rmsnorm(false),
        rmsnorm(true),
        rmsnorm_v4(false),
        rmsnorm_v4(true),
        conv1d(),
        conv1d_small(),
        conv_state(),
        gather4(),
        to_bf16(),
        to_bf16_v4(),
        argmax_partial(),
        argmax_final(),
    ];
    for rows in MMA_ROW_TILES {
        v.push(gemv_mma(false, rows));
        v.push(gemv_mma(true, rows));
    }
    for tile in GEMV_TILES {
        for (bf16, norm) in [(false, false), (true, false), (false, true), (true, true)] {
            v.push(gemv(bf16, norm, tile));
        }
    }
    v.extend(unary_fns().map(unary));
    v.extend(binary_fns().map(binary));
    v
}

/// The MLIR module holding `kernels`.
pub fn module_text(kernels: &[LayerKernel]) -> String {
    let mut s =
        String::from("module attributes {gpu.container_module} {\n  gpu.module @layers {\n");
    for k in kernels {
        s.push_str(&k.func);
    }
    s.push_str("  }\n}\n");
    s
}
