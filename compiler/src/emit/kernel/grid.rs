//! How a kernel's blocks and threads map onto the points it computes: the block and thread
//! ids (a loop over blocks on the host), the outer point of each thread and its lanes, over
//! the outer points, over chunks of them, or with blocks along one dim.

use super::{Em, Target, decompose};
use crate::emit::text::Emitter;
use crate::ir::{Dim, Handle};

impl Em<'_> {
    /// Thread and block ids, this thread's outer point (clamped) and whether it is real.
    /// On the host the grid is a loop over the blocks the caller launches (the `%grid`
    /// parameter that precedes the kernel's own): returns that loop's header.
    pub(super) fn open_grid(&mut self, outer_total: &str) -> (Vec<String>, Option<String>) {
        self.open_grid_chunks(outer_total, None)
    }

    /// The block index (i64; `self.tid` is set to the thread's). On the host the grid is a
    /// loop over the blocks the caller launches (the `%grid` parameter that precedes the
    /// kernel's own): also returns that loop's header, the body is indented into it.
    pub(super) fn block_and_thread(&mut self) -> (String, Option<String>) {
        match self.target {
            Target::Gpu => {
                let b = self.op("gpu.block_id x".into());
                let t = self.op("gpu.thread_id x".into());
                self.tid = self.op(format!("arith.index_cast {t} : index to i64"));
                (
                    self.op(format!("arith.index_cast {b} : index to i64")),
                    None,
                )
            }
            Target::Host => {
                let zero = self.idxc(0);
                let onei = self.idxc(1);
                let nb = self.entry_op("arith.index_cast %grid : i64 to index".into());
                let iv = self.fresh();
                self.tid = self.i64c(0);
                self.text.indent += 1;
                let b = self.op(format!("arith.index_cast {iv} : index to i64"));
                (
                    b,
                    Some(format!("scf.for {iv} = {zero} to {nb} step {onei} {{")),
                )
            }
        }
    }

    /// As [`Em::open_grid`]; with `chunks`, the grid is chunks × blocks of outer points and the
    /// chunk index is set.
    pub(super) fn open_grid_chunks(
        &mut self,
        outer_total: &str,
        chunks: Option<&str>,
    ) -> (Vec<String>, Option<String>) {
        let head_start = self.text.body.len();
        let (mut bid, host_loop) = self.block_and_thread();
        // Outer points per block: threads over the lanes that share a point.
        let th = self.i64c((self.plan.threads / self.plan.lanes) as i64);
        if chunks.is_some() {
            // blocks per chunk = ceil(outer / points per block); block = chunk · that + outer block.
            let one = self.i64c(1);
            let thm1 = self.bin_i("subi", &th, &one);
            let padded = self.bin_i("addi", outer_total, &thm1);
            let bpc = self.bin_i("divui", &padded, &th);
            self.chunk = Some(self.bin_i("divui", &bid, &bpc));
            bid = self.bin_i("remui", &bid, &bpc);
        }
        let tid = self.split_lanes();
        let base = self.bin_i("muli", &bid, &th);
        let o_raw = self.bin_i("addi", &base, &tid);
        self.set_outer_point(&o_raw, outer_total);
        let head = self.text.body.drain(head_start..).collect();
        (head, host_loop)
    }

    /// `ceil(a / by)` (i64, `a` at least 0).
    pub(super) fn ceil_div(&mut self, a: &str, by: usize) -> String {
        let bm1 = self.i64c(by as i64 - 1);
        let padded = self.bin_i("addi", a, &bm1);
        let b = self.i64c(by as i64);
        self.bin_i("divui", &padded, &b)
    }

    /// This thread's unit within its block: the thread index over the lanes that share a
    /// unit (and the lane set, where there are several).
    fn split_lanes(&mut self) -> String {
        let mut tid = self.tid.clone();
        if self.plan.lanes > 1 {
            // Lanes of one point are adjacent threads of one warp (their sums use shuffles).
            let lanes = self.i64c(self.plan.lanes as i64);
            self.lane = Some(self.bin_i("remui", &tid, &lanes));
            tid = self.bin_i("divui", &tid, &lanes);
        }
        tid
    }

    /// Sets the outer point `o_raw` of `outer_total`: whether it is real, and the coordinates
    /// of it clamped to the last one.
    pub(super) fn set_outer_point(&mut self, o_raw: &str, outer_total: &str) {
        self.valid = self.op(format!("arith.cmpi slt, {o_raw}, {outer_total} : i64"));
        self.o_raw = o_raw.to_string();
        self.total = outer_total.to_string();
        let one = self.i64c(1);
        let last = self.bin_i("subi", outer_total, &one);
        let o = self.op(format!("arith.minsi {o_raw}, {last} : i64"));
        let dims = self.plan.outer.clone();
        self.outer_ix = decompose(self, &o, &dims);
    }

    /// The grid of a backward whose blocks run along `along`: block `k · blocks + b` covers
    /// coordinate `k` of the other outer dims and points `b · per block …` of `along`, so
    /// every thread of a block shares the other coordinates. Returns the head, the host loop
    /// and `b`.
    pub(super) fn open_grid_along(
        &mut self,
        outer_total: &str,
        along: Handle<Dim>,
        segments: bool,
    ) -> (Vec<String>, Option<String>, String) {
        let head_start = self.text.body.len();
        let (mut bid, host_loop) = self.block_and_thread();
        let n = self.sizes[along.index()].clone();
        let per = self.plan.threads / self.plan.lanes;
        let per_block = self.i64c(per as i64);
        let one = self.i64c(1);
        let blocks = self.ceil_div(&n, per);
        // `blocks` is at least 1 wherever a block runs (the grid is empty when `n` is 0).
        let mut blocks = self.op(format!("arith.maxsi {blocks}, {one} : i64"));
        if self.cluster > 1 {
            // Padded to whole clusters (the launch pads its grid alike).
            let whole = self.ceil_div(&blocks, self.cluster);
            let c = self.i64c(self.cluster as i64);
            blocks = self.bin_i("muli", &whole, &c);
        }
        if segments {
            // Segment-major: the blocks of one segment cover every outer point.
            let n1 = self.op(format!("arith.maxsi {n}, {one} : i64"));
            let kept = self.bin_i("divui", outer_total, &n1);
            let per_segment = self.bin_i("muli", &kept, &blocks);
            self.chunk = Some(self.bin_i("divui", &bid, &per_segment));
            bid = self.bin_i("remui", &bid, &per_segment);
        }
        let kept = self.bin_i("divui", &bid, &blocks);
        let b = self.bin_i("remui", &bid, &blocks);
        let tid = self.split_lanes();
        let base = self.bin_i("muli", &b, &per_block);
        let g = self.bin_i("addi", &base, &tid);
        self.valid = self.op(format!("arith.cmpi slt, {g}, {n} : i64"));
        let kn = self.bin_i("muli", &kept, &n);
        self.o_raw = self.bin_i("addi", &kn, &g);
        self.total = outer_total.to_string();
        let nm1 = self.bin_i("subi", &n, &one);
        let gc = self.op(format!("arith.minsi {g}, {nm1} : i64"));
        let o = self.bin_i("addi", &kn, &gc);
        let dims = self.plan.outer.clone();
        self.outer_ix = decompose(self, &o, &dims);
        let head = self.text.body.drain(head_start..).collect();
        (head, host_loop, b)
    }
}
