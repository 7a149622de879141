//! Inputs that every thread of a backward block reads alike, staged once per checkpoint
//! stretch. The backward's blocks run along one outer dim and share every other outer
//! coordinate, so a sequence input lacking exactly that dim (the selective scan's `Bm`, `Cm`
//! lack `D`) holds the same rows for the whole block: the block copies the stretch's steps of
//! every point into shared memory (consecutive threads, consecutive steps: coalesced), and
//! the walk reads them from there — one read per lane group instead of one cache line per
//! lane, and one global read per block instead of one per warp.

use std::collections::HashMap;

use super::reduce::missing_outer;
use super::{CHECKPOINT, Em, Ix, Target};
use crate::derive::Derived;
use crate::emit::plan::{KernelPlan, MAX_SHARED_BYTES};
use crate::emit::text::Emitter;
use crate::ir::{DType, Dim, Expr, Handle, Input};

/// Words per staged row: a stretch's steps, padded by one so that the lanes reading one
/// step's points meet different banks.
pub(super) const ROW: usize = CHECKPOINT + 1;

/// The inputs a backward block stages, with their points (all lanes together), in
/// declaration order while they fit `budget` bytes of shared memory: sequence inputs that
/// the walk reads and that lack exactly the outer dim `along`.
pub(super) fn block_rows(
    d: &Derived,
    plan: &KernelPlan,
    along: Handle<Dim>,
    mut budget: usize,
) -> Vec<(Handle<Input>, usize)> {
    let rec = &d.rec;
    let read: Vec<Handle<Input>> = rec
        .exprs
        .iter()
        .filter_map(|(_, e)| match *e {
            Expr::Input(i) => Some(i),
            _ => None,
        })
        .collect();
    let single = plan.single_lane();
    let mut out = Vec::new();
    for (h, i) in rec.inputs.iter() {
        if !i.dims.contains(&rec.scan)
            || !read.contains(&h)
            || missing_outer(plan, &i.dims) != [along]
        {
            continue;
        }
        let points = single.points(&i.dims);
        let bytes = points * ROW * 4;
        if bytes > budget {
            continue;
        }
        budget -= bytes;
        out.push((h, points));
    }
    out
}

/// The dim the forward's blocks run along and the inputs they stage, with their points.
pub(super) type ForwardRows = (Handle<Dim>, Vec<(Handle<Input>, usize)>);

/// The forward's block rows: where a thread holds every point of its state (one lane), its
/// blocks run along the last outer dim and stage, per tile of steps, the inputs that lack
/// exactly that dim (the selective scan's `Bm`, `Cm`): read once per block instead of once per
/// thread and point, converted from their storage dtype once, and read by every step from
/// shared memory at offsets fixed per point. None on the host, with lanes (measured on the
/// H200: the `[B, L, D]` selective scan's forward took 0.64 ms with them against 0.43 without,
/// bench/results.jsonl at 61d7e52), or with tiles longer than a row holds.
/// `outputs`: whether the kernel computes the per-step outputs (rows only they read are
/// left out of the chunked strategy's first pass).
pub(super) fn forward_rows(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
    outputs: bool,
) -> Option<ForwardRows> {
    if target != Target::Gpu || plan.lanes > 1 || plan.tile > CHECKPOINT || plan.block.is_some() {
        return None;
    }
    let along = *plan.outer.last()?;
    let budget = MAX_SHARED_BYTES.saturating_sub(plan.staging_bytes_wanted);
    let read: Vec<Handle<Input>> = crate::emit::plan::step_roots(d, outputs)
        .into_iter()
        .flat_map(|r| crate::derive::linear::reachable_from(&d.rec, r))
        .filter_map(|h| match d.rec.exprs[h] {
            Expr::Input(i) => Some(i),
            _ => None,
        })
        .collect();
    let mut rows = block_rows(d, plan, along, budget);
    // The grid is the same with or without the outputs (the passes share their workspaces).
    if rows.is_empty() {
        return None;
    }
    rows.retain(|(h, _)| read.contains(h));
    Some((along, rows))
}

/// The dim the GPU forward's blocks run along, where it stages block rows (see
/// [`forward_rows`]): the forward's launches tile that dim, one row of blocks per coordinate
/// of the other outer dims.
pub fn forward_along(d: &Derived, plan: &KernelPlan) -> Option<Handle<Dim>> {
    forward_rows(d, plan, Target::Gpu, true).map(|r| r.0)
}

impl Em<'_> {
    /// Copies steps `[t0, t0 + steps)` (clamped to the scan; `steps` at most
    /// [`CHECKPOINT`]) of every point of the staged inputs (`rows`: input, shared array,
    /// points) into their arrays, row per point. Every thread of the block calls it.
    pub(super) fn stage_block_rows(
        &mut self,
        rows: &[(Handle<Input>, String, usize)],
        t0: &str,
        steps: usize,
    ) {
        debug_assert!(steps <= CHECKPOINT);
        let rec = self.rec;
        self.note(false, "the block's shared input rows for this stretch");
        self.barrier();
        let len = self.sizes[rec.scan.index()].clone();
        let one = self.i64c(1);
        let last = self.bin_i("subi", &len, &one);
        for (h, base, points) in rows {
            let x = &rec.inputs[*h];
            let n = self.i64c((points * steps) as i64);
            let threads = self.i64c(self.plan.threads as i64);
            let tid = self.tid.clone();
            self.for_i64(&tid, &n, &threads, |em, e| {
                let c = em.i64c(steps as i64);
                let s = em.bin_i("remui", &e, &c);
                let pt = em.bin_i("divui", &e, &c);
                let t = em.bin_i("addi", t0, &s);
                let t = em.op(format!("arith.minsi {t}, {last} : i64"));
                let off = em.point_offset(&x.dims, &pt, t);
                let ptr = em.param(&format!("in_{}", x.name));
                let v = em.load(&ptr, &off, x.dtype);
                let row = em.i64c(ROW as i64);
                let r = em.bin_i("muli", &pt, &row);
                let idx = em.bin_i("addi", &r, &s);
                em.store(&v, base, &idx, DType::F32);
            });
        }
        self.barrier();
    }

    /// The element offset of a tensor with `dims` at its point `pt` (all lanes' points,
    /// row-major over its reduced dims), the thread's outer coordinates and step `t`.
    pub(super) fn point_offset(&mut self, dims: &[Handle<Dim>], pt: &str, t: String) -> String {
        let mut red = Vec::new();
        let mut rest = pt.to_string();
        for (d, size) in self.plan.single_lane().reduced_of(dims).into_iter().rev() {
            let sz = self.i64c(size as i64);
            red.push((d, Ix::Dyn(self.bin_i("remui", &rest, &sz))));
            rest = self.bin_i("divui", &rest, &sz);
        }
        let saved = self.t.replace(t);
        let off = self.offset(dims, &red, false);
        self.t = saved;
        off
    }

    /// The staged value of input `i` at its point `bind` (this lane's) and step `em.t`, if
    /// the input is staged and a stretch is open.
    pub(super) fn block_row_read(
        &mut self,
        i: Handle<Input>,
        bind: &[(Handle<Dim>, usize)],
    ) -> Option<String> {
        let base = self.block_rows.get(&i)?.clone();
        let t0 = self.block_t0.clone()?;
        let t = self.t.clone()?;
        let dims = self.rec.inputs[i].dims.clone();
        let mut pt: Option<String> = None;
        for (d, size) in self.plan.single_lane().reduced_of(&dims) {
            let v = bind.iter().find(|(x, _)| *x == d).map_or(0, |&(_, v)| v);
            let c = match self.lane_index(d, Ix::Const(v), false) {
                Ix::Const(c) => self.i64c(c as i64),
                Ix::Dyn(s) => s,
            };
            pt = Some(match pt {
                None => c,
                Some(p) => {
                    let sz = self.i64c(size as i64);
                    let r = self.bin_i("muli", &p, &sz);
                    self.bin_i("addi", &r, &c)
                }
            });
        }
        let pt = pt.unwrap_or_else(|| self.i64c(0));
        let row = self.i64c(ROW as i64);
        let r = self.bin_i("muli", &pt, &row);
        let s = self.bin_i("subi", &t, &t0);
        let idx = self.bin_i("addi", &r, &s);
        Some(self.load(&base, &idx, DType::F32))
    }
}

/// The shared arrays of the staged inputs, by input (for [`Em::block_row_read`]).
pub(super) fn row_bases(rows: &[(Handle<Input>, String, usize)]) -> HashMap<Handle<Input>, String> {
    rows.iter().map(|(h, b, _)| (*h, b.clone())).collect()
}
