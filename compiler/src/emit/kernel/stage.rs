//! Staging through shared memory: tiles of the scan axis copied cooperatively (consecutive
//! threads reading consecutive steps of one row, coalesced), the next tile prefetched into
//! registers while this one runs, and per-step outputs written back the same way.

use super::*;

/// A cooperative loop over the tile of a staged tensor: element `e` of `points · threads ·
/// tile` is step `e % tile` of row `e / tile` (row = point group · threads + item), so
/// consecutive threads touch consecutive steps. `f` gets the global and shared offsets.
/// Loads clamp to the tensor (`clamp`); stores skip points and steps past the end.
/// One element-slot of a staged transfer: whether to commit it, the global and shared offsets,
/// and the value read (`f`'s result).
pub(super) type Pending = (String, String, String, Option<String>);

/// Issues the reads of one batch of a staged tile: element `e` of `points · threads · tile` is
/// step `e % tile` of row `e / tile`, so consecutive threads touch consecutive steps. `f` reads
/// (given the global and shared offsets); nothing is written yet.
pub(super) fn stage_issue(
    em: &mut Em<'_>,
    t0: &str,
    base: usize,
    dims: &[Handle<Dim>],
    batch: &str,
    f: &impl Fn(&mut Em<'_>, &str, &str) -> Option<String>,
    clamp: bool,
) -> Vec<Pending> {
    let rec = em.rec;
    let plan = em.plan.clone();
    let points = plan.points(dims);
    let iters = points * plan.tile;
    let mut pending = Vec::new();
    // One batch with whole rows per step of i (threads a multiple of tile): every element is
    // in range and a thread's step within its row is the same for every i, so the index
    // arithmetic is done once (fewer live registers where the tile is prefetched).
    let whole_rows = iters <= STAGE_BATCH && plan.threads % plan.tile == 0;
    let per_thread = whole_rows.then(|| {
        let tile = em.i64c(plan.tile as i64);
        let tid = em.tid.clone();
        (
            em.bin_i("divui", &tid, &tile),
            em.bin_i("remui", &tid, &tile),
        )
    });
    for i in 0..STAGE_BATCH.min(iters) {
        let (row, k, in_e) = match &per_thread {
            Some((tid_row, k)) => {
                let ri = em.i64c((i * (plan.threads / plan.tile)) as i64);
                let row = em.bin_i("addi", tid_row, &ri);
                let yes = em.op("arith.constant true".into());
                (row, k.clone(), yes)
            }
            None => {
                // e = tid + (batch · STAGE_BATCH + i) · threads
                let bi = em.i64c((STAGE_BATCH * plan.threads) as i64);
                let off_b = em.bin_i("muli", batch, &bi);
                let ic = em.i64c((i * plan.threads) as i64);
                let tid = em.tid.clone();
                let e0 = em.bin_i("addi", &off_b, &ic);
                let e_raw = em.bin_i("addi", &e0, &tid);
                let n = em.i64c((points * plan.threads * plan.tile) as i64);
                let last_e = em.i64c((points * plan.threads * plan.tile) as i64 - 1);
                let e = em.op(format!("arith.minsi {e_raw}, {last_e} : i64"));
                let in_e = em.op(format!("arith.cmpi slt, {e_raw}, {n} : i64"));
                let tile = em.i64c(plan.tile as i64);
                let row = em.bin_i("divui", &e, &tile);
                let k = em.bin_i("remui", &e, &tile);
                (row, k, in_e)
            }
        };
        // The row's global row index and its element offset at t = 0 (from the row table).
        let first = em.i64c((base * plan.threads) as i64);
        let grow = em.bin_i("addi", &first, &row);
        let rows = em.rows.clone();
        let rp = em.rows_ty();
        let p = em.op(format!(
            "llvm.getelementptr {rows}[{grow}] : ({rp}, i64) -> {rp}, i64"
        ));
        let row_base = em.op(format!("llvm.load {p} : {rp} -> i64"));
        let t_raw = em.bin_i("addi", t0, &k);
        let len = em.sizes[rec.scan.index()].clone();
        let end = em.range_end.clone().unwrap_or_else(|| len.clone());
        let in_t = em.op(format!("arith.cmpi slt, {t_raw}, {end} : i64"));
        let one = em.i64c(1);
        let last_t = em.bin_i("subi", &len, &one);
        let t = em.op(format!("arith.minsi {t_raw}, {last_t} : i64"));
        // The scan axis is innermost in staged tensors: stride 1.
        let pos = em.position(&t, false);
        let off = em.bin_i("addi", &row_base, &pos);
        let st = em.i64c(plan.tile as i64 + 1);
        let sh = em.bin_i("muli", &grow, &st);
        let sh = em.bin_i("addi", &sh, &k);
        let ok = if clamp {
            in_e
        } else {
            // Rows of threads past the last outer point are marked with a negative base.
            let zero = em.i64c(0);
            let real = em.op(format!("arith.cmpi sge, {row_base}, {zero} : i64"));
            let ok = em.op(format!("arith.andi {in_t}, {real} : i1"));
            em.op(format!("arith.andi {ok}, {in_e} : i1"))
        };
        let v = f(em, &off, &sh);
        pending.push((ok, off, sh, v));
    }
    pending
}

/// Writes what [`stage_issue`] read (`g` gets the global and shared offsets and the value).
pub(super) fn stage_commit(
    em: &mut Em<'_>,
    pending: Vec<Pending>,
    g: &impl Fn(&mut Em<'_>, &str, &str, String),
) {
    for (ok, off, sh, v) in pending {
        let v = v.unwrap_or_default();
        em.region(format!("scf.if {ok}"), |em| g(em, &off, &sh, v.clone()));
    }
}

/// Writes prefetched values of a one-batch input tile into shared memory, recomputing each
/// shared offset (cheaper than keeping offsets live across the tile's steps). In one batch
/// every element index is in range, so there is nothing to mask.
pub(super) fn prefetch_commit(em: &mut Em<'_>, base: usize, values: Vec<String>) {
    let plan = em.plan.clone();
    for (i, v) in values.into_iter().enumerate() {
        let ic = em.i64c((i * plan.threads) as i64);
        let tid = em.tid.clone();
        let e = em.bin_i("addi", &ic, &tid);
        let tile = em.i64c(plan.tile as i64);
        let row = em.bin_i("divui", &e, &tile);
        let k = em.bin_i("remui", &e, &tile);
        let first = em.i64c((base * plan.threads) as i64);
        let grow = em.bin_i("addi", &first, &row);
        let st = em.i64c(plan.tile as i64 + 1);
        let sh = em.bin_i("muli", &grow, &st);
        let sh = em.bin_i("addi", &sh, &k);
        let smem = em.smem.clone();
        em.store(&v, &smem, &sh, DType::F32);
    }
}

/// Most values per thread held in registers by the prefetch of the next tile. The selective
/// scan's 96 (u, delta, z) cost it 20% when its forward needed 254 registers before any
/// prefetch; since the whole-row index arithmetic (128 before prefetch) they are kept. At 128
/// the first-order forward with `--tile 64` reaches 255 registers and spills 600 bytes (4.1 ms
/// against 1.1 at (8, 1536, 16384) on the H200).
pub(super) const PREFETCH_MAX: usize = 128;

/// Elements of a staged transfer read before any is written (per thread).
pub(super) const STAGE_BATCH: usize = 64;

/// Whether a staged tensor's tile fits one batch (then its next tile can be prefetched).
pub(super) fn one_batch(plan: &KernelPlan, dims: &[Handle<Dim>]) -> bool {
    plan.points(dims) * plan.tile <= STAGE_BATCH
}

/// A cooperative copy of the tile of a staged tensor, one batch at a time.
pub(super) fn stage(
    em: &mut Em<'_>,
    t0: &str,
    base: usize,
    dims: &[Handle<Dim>],
    f: impl Fn(&mut Em<'_>, &str, &str) -> Option<String>,
    g: impl Fn(&mut Em<'_>, &str, &str, String),
    clamp: bool,
) {
    let plan = em.plan.clone();
    let batches = (plan.points(dims) * plan.tile).div_ceil(STAGE_BATCH);
    let zero = em.i64c(0);
    if batches == 1 {
        let p = stage_issue(em, t0, base, dims, &zero, &f, clamp);
        stage_commit(em, p, &g);
    } else {
        let nb = em.i64c(batches as i64);
        let one = em.i64c(1);
        em.for_i64(&zero, &nb, &one, |em, b| {
            let p = stage_issue(em, t0, base, dims, &b, &f, clamp);
            stage_commit(em, p, &g);
        });
    }
}

/// Fills this thread's entries of the row table: for every staged tensor and reduced point,
/// the element offset of its row at position 0 (outputs of threads past the end get -1).
pub(super) fn fill_row_table(em: &mut Em<'_>) {
    let rec = em.rec;
    let zero = em.i64c(0);
    let mut tensors: Vec<(usize, Vec<Handle<Dim>>, bool)> = em
        .staged_in_base
        .iter()
        .map(|(&i, &b)| (b, rec.inputs[i].dims.clone(), true))
        .chain(
            em.staged_out_base
                .iter()
                .map(|(&o, &b)| (b, rec.outputs[o].dims.clone(), false)),
        )
        .collect();
    tensors.sort_by_key(|t| t.0);
    for (base, dims, is_input) in tensors {
        for (p, bind) in em.points(&dims).into_iter().enumerate() {
            let red: Vec<(Handle<Dim>, Ix)> =
                bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
            let off = em.offset_at(&dims, &red, false, Some(&zero));
            let v = if is_input {
                off
            } else {
                let minus = em.i64c(-1);
                let valid = em.valid.clone();
                em.op(format!("arith.select {valid}, {off}, {minus} : i64"))
            };
            let th = em.i64c(em.plan.threads as i64);
            let g = em.i64c((base + p) as i64);
            let r = em.bin_i("muli", &g, &th);
            let tid = em.tid.clone();
            let r = em.bin_i("addi", &r, &tid);
            let rows = em.rows.clone();
            let rp = em.rows_ty();
            let ptr = em.op(format!(
                "llvm.getelementptr {rows}[{r}] : ({rp}, i64) -> {rp}, i64"
            ));
            em.line(format!("llvm.store {v}, {ptr} : i64, {rp}"));
        }
    }
    em.barrier();
}

impl Em<'_> {
    /// Shared memory is rows of `tile + 1` floats (padded against bank conflicts); the row of
    /// point group `group` of thread `item` is `group * threads + item`.
    pub(super) fn shared_offset(&mut self, group: &str, item: &str, k: &str) -> String {
        let th = self.i64c(self.plan.threads as i64);
        let st = self.i64c(self.plan.tile as i64 + 1);
        let r = self.bin_i("muli", group, &th);
        let r = self.bin_i("addi", &r, item);
        let o = self.bin_i("muli", &r, &st);
        self.bin_i("addi", &o, k)
    }

    pub(super) fn shared_read(&mut self, group: usize, k: &str) -> String {
        let g = self.i64c(group as i64);
        let tid = self.tid.clone();
        let o = self.shared_offset(&g, &tid, k);
        let smem = self.smem.clone();
        self.load(&smem, &o, DType::F32)
    }
}
