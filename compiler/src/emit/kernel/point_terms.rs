//! What the block scan over points computes once per tile rather than once per turn: where a
//! state's decay is `exp(v · c)` with `v` the same for every point, a thread's K steps compose
//! to `exp(c · Σ v)` (one exponential per point instead of K − 1 products, Σ v added once);
//! and where an output adds a sum over the points to a term without states or the dim (the
//! selective scan's `Σ C·h + D·u`), the sum starts from the term.

use super::lanes::{lane_uniform, reads_state};
use super::*;

/// Where the decay of `dec` is `exp(v · c)` (a sum-product map) with `c` fixed per point of
/// the split dim (scaled at each turn) and `v` the same for every point and free of states:
/// `c` and `v`.
pub(super) fn exp_decay(
    em: &Em<'_>,
    dec: &crate::derive::linear::Decomposition,
) -> Option<(Handle<Expr>, Handle<Expr>)> {
    if dec.semiring != crate::derive::combine::Semiring::SumProduct || !dec.cross.is_empty() {
        return None;
    }
    let Expr::Unary(UnaryFn::Exp, arg) = em.rec.exprs[dec.a] else {
        return None;
    };
    let (c, v) = em.scaled_factors(arg)?;
    (em.plan.split_dim().is_some()
        && em.loop_invariant[c.index()]
        && lane_uniform(em, v)
        && !reads_state(em, v))
    .then_some((c, v))
}

/// Per sum of `sums` (read by the outputs `summed_outs`): where every output reads it only
/// as `Σ + term` (or `term + Σ`) with a term that reads no state or sum and does not span the
/// split dim, that sum node and the term.
pub(super) fn seeded_sums(
    em: &Em<'_>,
    sums: &[Handle<Expr>],
    summed_outs: &[Handle<Output>],
) -> Vec<Option<(Handle<Expr>, Handle<Expr>)>> {
    let rec = em.rec;
    let plain = |h: Handle<Expr>| {
        lane_uniform(em, h)
            && !reachable_from(rec, h)
                .into_iter()
                .any(|x| matches!(rec.exprs[x], Expr::State(..) | Expr::Sum(..)))
    };
    let roots: Vec<Handle<Expr>> = summed_outs.iter().map(|&o| rec.outputs[o].value).collect();
    let reached: Vec<Handle<Expr>> = roots.iter().flat_map(|&r| reachable_from(rec, r)).collect();
    sums.iter()
        .map(|&s| {
            let mut parents = reached
                .iter()
                .copied()
                .filter(|&h| rec.exprs.operands(h).any(|x| x == s));
            let first = parents.next()?;
            if parents.any(|h| h != first) {
                return None;
            }
            match rec.exprs[first] {
                Expr::Binary(BinaryFn::Add, a, b) if a == s && plain(b) => Some((first, b)),
                Expr::Binary(BinaryFn::Add, a, b) if b == s && plain(a) => Some((first, a)),
                _ => None,
            }
        })
        .collect()
}
