//! How a recurrence maps onto threads (the part of a strategy the kernel text depends on).
//!
//! Every non-scan dimension is either *reduced* — some `sum` runs over it, so one thread
//! must see all of it: its size is fixed at compile time and the thread keeps one state value
//! per point, in registers, with the loops over it unrolled — or *outer*: each thread owns one
//! point of the outer dims. The sequential strategy walks the scan axis in tiles of `tile`
//! steps; inputs that hold one row per thread (and have the scan axis innermost) are staged
//! through shared memory so that global memory is read along the scan axis, coalesced, and
//! per-step outputs are written back the same way.

use std::collections::BTreeMap;

use crate::derive::Derived;
use crate::derive::linear::reachable_from;
use crate::ir::{Dim, Expr, Handle, Input, Output, OutputKind};

/// An error in choosing the kernel plan.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlanError {
    #[error(
        "dimension `{dim}` of `{recurrence}` is summed over, so kernels fix its size at compile time: pass --dims {dim}=SIZE"
    )]
    UnfixedDim { recurrence: String, dim: String },
    #[error("dimension `{dim}` is fixed to 0; a fixed dimension needs a size of at least 1")]
    ZeroDim { dim: String },
    #[error(
        "dimension `{dim}` is fixed to {size}; at most {max} points of summed dimensions fit in registers"
    )]
    TooLarge {
        dim: String,
        size: usize,
        max: usize,
    },
}

/// The thread mapping of one recurrence's kernels.
#[derive(Debug, Clone, PartialEq)]
pub struct KernelPlan {
    /// Dims a thread owns one point of (declaration order).
    pub outer: Vec<Handle<Dim>>,
    /// Dims every thread walks entirely, with their compile-time sizes.
    pub reduced: Vec<(Handle<Dim>, usize)>,
    /// Threads per block (one outer point each).
    pub threads: usize,
    /// Scan steps staged per tile.
    pub tile: usize,
    /// Inputs staged through shared memory, per thread one row per reduced point.
    pub staged_inputs: Vec<Handle<Input>>,
    /// Per-step outputs staged the same way.
    pub staged_outputs: Vec<Handle<Output>>,
    /// Scan steps per chunk of the chunked strategy: [`CHUNK`] where the scan axis is
    /// innermost (tiles are staged along it), [`CHUNK_STRIDED`] where it is not (each step
    /// waits on its loads: shorter chunks put more of them in flight).
    pub chunk: usize,
}

pub use super::kernel::CHUNK;

/// Chunk length for recurrences whose sequences have another dim innermost.
pub const CHUNK_STRIDED: usize = 64;

/// Most reduced-dim points one state may have (registers per thread).
pub const MAX_REDUCED_POINTS: usize = 256;

impl KernelPlan {
    /// The plan for `d`, with sizes of reduced dims from `fixed` (by dim name).
    pub fn new(
        d: &Derived,
        fixed: &BTreeMap<String, usize>,
        threads: usize,
        tile: usize,
    ) -> Result<KernelPlan, PlanError> {
        let rec = &d.rec;
        let mut roots: Vec<Handle<Expr>> =
            d.decompositions.iter().flat_map(|x| [x.a, x.b]).collect();
        roots.extend(rec.outputs.iter().map(|(_, o)| o.value));
        let mut summed = std::collections::BTreeSet::new();
        for r in roots {
            for h in reachable_from(rec, r) {
                if let Expr::Sum(dim, _) = rec.exprs[h] {
                    summed.insert(dim);
                }
            }
        }
        let mut reduced = Vec::new();
        let mut outer = Vec::new();
        for (h, dim) in rec.dims.iter() {
            if h == rec.scan {
                continue;
            }
            if summed.contains(&h) {
                let size = *fixed.get(&dim.name).ok_or_else(|| PlanError::UnfixedDim {
                    recurrence: rec.name.clone(),
                    dim: dim.name.clone(),
                })?;
                if size == 0 {
                    return Err(PlanError::ZeroDim {
                        dim: dim.name.clone(),
                    });
                }
                if size > MAX_REDUCED_POINTS {
                    return Err(PlanError::TooLarge {
                        dim: dim.name.clone(),
                        size,
                        max: MAX_REDUCED_POINTS,
                    });
                }
                reduced.push((h, size));
            } else {
                outer.push(h);
            }
        }
        let is_row = |dims: &[Handle<Dim>]| {
            dims.last() == Some(&rec.scan) && outer.iter().all(|o| dims.contains(o))
        };
        let staged_inputs = rec
            .inputs
            .iter()
            .filter(|(_, i)| is_row(&i.dims))
            .map(|(h, _)| h)
            .collect();
        let staged_outputs = rec
            .outputs
            .iter()
            .filter(|(_, o)| o.kind == OutputKind::PerStep && is_row(&o.dims))
            .map(|(h, _)| h)
            .collect();
        let strided = crate::strategy::scan_strided(
            &rec.scan,
            rec.inputs
                .iter()
                .map(|(_, i)| &i.dims[..])
                .chain(rec.outputs.iter().map(|(_, o)| &o.dims[..])),
        );
        Ok(KernelPlan {
            outer,
            reduced,
            threads,
            tile,
            staged_inputs,
            staged_outputs,
            chunk: if strided { CHUNK_STRIDED } else { CHUNK },
        })
    }

    pub fn reduced_size(&self, d: Handle<Dim>) -> Option<usize> {
        self.reduced.iter().find(|(x, _)| *x == d).map(|&(_, s)| s)
    }

    /// The reduced dims among `dims`, with sizes, in the order of `dims`.
    pub fn reduced_of(&self, dims: &[Handle<Dim>]) -> Vec<(Handle<Dim>, usize)> {
        dims.iter()
            .filter_map(|&d| self.reduced_size(d).map(|s| (d, s)))
            .collect()
    }

    /// Number of reduced points of a tensor (product of its reduced dims' sizes).
    pub fn points(&self, dims: &[Handle<Dim>]) -> usize {
        self.reduced_of(dims).iter().map(|&(_, s)| s).product()
    }
}
