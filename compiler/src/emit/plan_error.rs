//! Why a kernel plan cannot be made ([`PlanError`]), how many values a thread holds through
//! a scan, and what to change when the summed dims hold too many points.

use crate::derive::Derived;
use crate::derive::linear::reachable_from;
use crate::ir::{Dim, Expr, Handle};

/// An error in choosing the kernel plan.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlanError {
    #[error(
        "dimension `{dim}` of `{recurrence}` is summed over, so kernels fix its size at compile time: pass --dims {dim}=SIZE"
    )]
    UnfixedDim { recurrence: String, dim: String },
    #[error("dimension `{dim}` is fixed to 0; a fixed dimension needs a size of at least 1")]
    ZeroDim { dim: String },
    /// Two overrides that exclude each other.
    #[error("{what}")]
    Conflict { what: &'static str },
    #[error(
        "dimension `{dim}` is fixed to {size}; at most {max} points of summed dimensions fit in registers"
    )]
    TooLarge {
        dim: String,
        size: usize,
        max: usize,
    },
    #[error(
        "the summed dimensions {dims} hold {points} points per thread together; at most {max} fit in registers: {hint}"
    )]
    TooManyPoints {
        dims: String,
        points: u128,
        max: usize,
        /// What to change.
        hint: String,
    },
    #[error(
        "--unroll {unroll} would hold {held} values per thread in flight ({per_step} per step); at most {max} fit: lower --unroll, or leave it out and the compiler picks one that fits"
    )]
    TooManyLoads {
        unroll: usize,
        per_step: usize,
        held: usize,
        max: usize,
    },
    #[error(
        "--split on: `{recurrence}` has nothing to split: no sum that reads no state over a dim that no state has (for a pre-pass), no per-step output that sums a state over one of its dims (for a post-pass)"
    )]
    NoSplit { recurrence: String },
    #[error("{what} must be {allowed}, not {value}")]
    Geometry {
        what: &'static str,
        allowed: String,
        value: u64,
    },
}

/// What to change when the summed dims hold too many points: a dim that no state has but a
/// state's update sums over (S5's input projection `Σ_h B[p, h] · u[t, h]`) multiplies every
/// other one; its sum reads no state, so it can be computed before the scan.
pub(super) fn too_many_points_hint(d: &Derived, reduced: &[(Handle<Dim>, usize)]) -> String {
    let rec = &d.rec;
    for &(dim, _) in reduced {
        if rec.states.iter().any(|(_, s)| s.dims.contains(&dim)) {
            continue;
        }
        let summing: Vec<&str> = d
            .decompositions
            .iter()
            .filter(|dec| {
                dec.roots().any(|r| {
                    reachable_from(rec, r)
                        .into_iter()
                        .any(|h| matches!(rec.exprs[h], Expr::Sum(x, _) if x == dim))
                })
            })
            .map(|dec| rec.states[dec.state].name.as_str())
            .collect();
        if let Some(first) = summing.first() {
            return format!(
                "the update of `{first}` sums over {0}, which no state has; that sum reads no state, so compute it before the scan and pass it as an input with the dims of `{first}` and {1} (in a model, a `linear` before the call), let `--split` (auto or on) run it as a pre-pass, or fix smaller sizes",
                rec.dims[dim].name, rec.dims[rec.scan].name
            );
        }
    }
    "fix smaller sizes with --dims".into()
}

/// The values a thread keeps in registers through a scan where the summed dims have the sizes
/// `reduced`: every state's points, and the points of every input without the scan dim (read
/// once, before the scan). A sum over a dim no state has, inside a value every point of a
/// state shares (`Σ_r W[d, r] · x[b, t, r]` under the selective scan's `dt`), reads its terms
/// step by step and holds none of them; the product of all summed dims would count it once per
/// state point.
pub(super) fn held_points(d: &Derived, reduced: &[(Handle<Dim>, usize)]) -> usize {
    let rec = &d.rec;
    let points = |dims: &[Handle<Dim>]| points_in(reduced, dims);
    let states: usize = rec.states.iter().map(|(_, s)| points(&s.dims)).sum();
    let inputs: usize = rec
        .inputs
        .iter()
        .filter(|(_, i)| !i.dims.contains(&rec.scan))
        .map(|(_, i)| points(&i.dims))
        .sum();
    states + inputs
}

/// The points of a tensor of `dims` where the summed dims have the sizes `reduced`.
pub(super) fn points_in(reduced: &[(Handle<Dim>, usize)], dims: &[Handle<Dim>]) -> usize {
    reduced
        .iter()
        .filter(|(h, _)| dims.contains(h))
        .map(|&(_, s)| s)
        .product()
}
