//! The block's scan of its threads' maps (the block scans' step 2): within each warp with
//! shuffles (log2 of the warp's lanes rounds), across warps through shared memory; either with
//! one thread composing the warps' totals between two barriers ([`block_prefixes`]), or with
//! one barrier, every thread composing them itself from two alternating buffers
//! ([`block_prefixes_buffered`]).

use super::*;
use crate::derive::combine::Semiring;

/// The inclusive scan of the maps `(a, b)` over the lanes of each warp (earlier lanes first):
/// log2(warp) rounds of shuffles up, each lane combining the map `off` lanes before it.
fn warp_inclusive_scan(
    em: &mut Em<'_>,
    ring: crate::derive::combine::Semiring,
    lane: &str,
    warp_size: usize,
    mut a: String,
    mut b: String,
) -> (String, String) {
    let mut off = 1;
    while off < warp_size {
        let (ua, ub) = (shuffle_up(em, &a, off), shuffle_up(em, &b, off));
        let (na, nb) = em.combine_pair(ring, (&ua, &ub), (&a, &b));
        let oc = em.i64c(off as i64);
        let has = em.op(format!("arith.cmpi uge, {lane}, {oc} : i64"));
        a = em.op(format!("arith.select {has}, {na}, {a} : f32"));
        b = em.op(format!("arith.select {has}, {nb}, {b} : f32"));
        off *= 2;
    }
    (a, b)
}

/// The previous lane's map (the identity for a warp's first lane).
fn shift_up(
    em: &mut Em<'_>,
    ring: crate::derive::combine::Semiring,
    lane: &str,
    warp_size: usize,
    a: &str,
    b: &str,
) -> (String, String) {
    let (ia, ib) = ring.combine().identity;
    let (ia, ib) = (em.fconst(ia), em.fconst(ib));
    if warp_size == 1 {
        return (ia, ib);
    }
    let (ua, ub) = (shuffle_up(em, a, 1), shuffle_up(em, b, 1));
    let zero = em.i64c(0);
    let first = em.op(format!("arith.cmpi eq, {lane}, {zero} : i64"));
    (
        em.op(format!("arith.select {first}, {ia}, {ua} : f32")),
        em.op(format!("arith.select {first}, {ib}, {ub} : f32")),
    )
}

/// `v` of the lane `off` below this one (its own where there is none).
fn shuffle_up(em: &mut Em<'_>, v: &str, off: usize) -> String {
    let o = em.text.i32(off as i32);
    let w = em.text.i32(32);
    let (x, ok) = (em.fresh(), em.fresh());
    em.line(format!("{x}, {ok} = gpu.shuffle up {v}, {o}, {w} : f32"));
    x
}

/// The block's shape for its scan of maps: warps, a warp's lanes, this thread's lane and warp,
/// and per map row the shared arrays of the warps' maps (one slot past them for the tile's).
pub(super) struct BlockGeometry {
    threads: usize,
    warps: usize,
    /// Words of each shared array.
    words: usize,
    warp_size: usize,
    rows: usize,
    shared_a: String,
    shared_b: String,
    lane: String,
    warp: String,
}

impl BlockGeometry {
    /// The geometry of `threads` scanning `rows` maps at a time (its shared arrays declared).
    pub(super) fn new(em: &mut Em<'_>, threads: usize, rows: usize, name: &str) -> Self {
        Self::with_words(em, threads, rows, name, |warps| rows * (warps + 1))
    }

    /// The geometry of [`block_prefixes_buffered`]: two buffers of the warps' totals.
    pub(super) fn buffered(em: &mut Em<'_>, threads: usize, rows: usize, name: &str) -> Self {
        Self::with_words(em, threads, rows, name, |warps| 2 * rows * warps)
    }

    fn with_words(
        em: &mut Em<'_>,
        threads: usize,
        rows: usize,
        name: &str,
        words: impl Fn(usize) -> usize,
    ) -> Self {
        let warps = threads.div_ceil(32);
        let words = words(warps);
        BlockGeometry {
            threads,
            warps,
            words,
            warp_size: threads.min(32),
            rows,
            shared_a: em.shared_array(&format!("warp_a_{name}"), words),
            shared_b: em.shared_array(&format!("warp_b_{name}"), words),
            lane: String::new(),
            warp: String::new(),
        }
    }

    /// With this thread's lane and warp (once the thread id is known).
    pub(super) fn with_thread(mut self, em: &mut Em<'_>) -> Self {
        let tid = em.tid.clone();
        let ws = em.i64c(self.warp_size as i64);
        self.lane = em.bin_i("remui", &tid, &ws);
        self.warp = em.bin_i("divui", &tid, &ws);
        self
    }

    /// Words of shared memory the geometry's arrays take.
    pub(super) fn shared_words(&self) -> usize {
        2 * self.words
    }

    /// Words one buffer of [`block_prefixes_buffered`] takes in each array.
    pub(super) fn buffer_words(&self) -> usize {
        self.rows * self.warps
    }
}

/// Each map of `maps` scanned across its warp: the warp's total (from its last lane) stored
/// at the index `slot` gives for its row, and per map the semiring, the row and this
/// thread's exclusive map within the warp (the previous lane's inclusive one).
fn warp_scans(
    em: &mut Em<'_>,
    g: &BlockGeometry,
    maps: &[(Semiring, Vec<(String, String)>)],
    slot: impl Fn(&mut Em<'_>, usize) -> String,
) -> Vec<(Semiring, usize, String, String)> {
    let lane = g.lane.clone();
    let mut row = 0;
    let mut scanned = Vec::new();
    for (ring, group) in maps {
        for (a, b) in group {
            let (a, b) = warp_inclusive_scan(em, *ring, &lane, g.warp_size, a.clone(), b.clone());
            let last_lane = em.i64c(g.warp_size as i64 - 1);
            let is_last = em.op(format!("arith.cmpi eq, {lane}, {last_lane} : i64"));
            let idx = slot(em, row);
            em.region(format!("scf.if {is_last}"), |em| {
                em.store(&a, &g.shared_a, &idx, DType::F32);
                em.store(&b, &g.shared_b, &idx, DType::F32);
            });
            let (xa, xb) = shift_up(em, *ring, &lane, g.warp_size, &a, &b);
            scanned.push((*ring, row, xa, xb));
            row += 1;
        }
    }
    scanned
}

/// The block's scan of this thread's maps as [`block_prefixes`], with one barrier: the warps'
/// totals go to the buffer at word `buf` of the arrays ([`BlockGeometry::buffer_words`] each;
/// the caller alternates two, so that a warp that runs ahead into the next scan writes where
/// no warp still reads), and every thread composes the totals of the warps before its own
/// and of all of them itself, instead of one thread composing them for all between two more
/// barriers.
pub(super) fn block_prefixes_buffered(
    em: &mut Em<'_>,
    g: &BlockGeometry,
    maps: &[(Semiring, Vec<(String, String)>)],
    buf: &str,
) -> Vec<((String, String), (String, String))> {
    debug_assert!(maps.iter().map(|(_, m)| m.len()).sum::<usize>() <= g.rows);
    let (warp, warps) = (g.warp.clone(), g.warps);
    let slot = |em: &mut Em<'_>, row: usize, w: &str| {
        let r = em.i64c((row * warps) as i64);
        let r = em.bin_i("addi", buf, &r);
        em.bin_i("addi", &r, w)
    };
    let scanned = warp_scans(em, g, maps, |em, row| slot(em, row, &warp));
    em.note(
        false,
        "across warps: each thread composes the warps' totals before its own, and all of them",
    );
    em.barrier();
    scanned
        .into_iter()
        .map(|(ring, row, xa, xb)| {
            let (ia, ib) = ring.combine().identity;
            let (mut ra, mut rb) = (em.fconst(ia), em.fconst(ib));
            let (mut pa, mut pb) = (ra.clone(), rb.clone());
            for w in 0..warps {
                let wc = em.i64c(w as i64);
                let idx = slot(em, row, &wc);
                let ta = em.load(&g.shared_a, &idx, DType::F32);
                let tb = em.load(&g.shared_b, &idx, DType::F32);
                (ra, rb) = em.combine_pair(ring, (&ra, &rb), (&ta, &tb));
                if w + 1 < warps {
                    // The warps before this one's: through warp w where this one is later.
                    let later = em.op(format!("arith.cmpi ugt, {warp}, {wc} : i64"));
                    pa = em.op(format!("arith.select {later}, {ra}, {pa} : f32"));
                    pb = em.op(format!("arith.select {later}, {rb}, {pb} : f32"));
                }
            }
            let prefix = em.combine_pair(ring, (&pa, &pb), (&xa, &xb));
            (prefix, (ra, rb))
        })
        .collect()
}

/// The block's scan of this thread's maps, `maps` grouped by semiring (one row each): per
/// map, the composition of the tile's maps before this thread's, and the whole tile's. The
/// caller synchronises the block before the arrays are written again.
pub(super) fn block_prefixes(
    em: &mut Em<'_>,
    g: &BlockGeometry,
    maps: &[(Semiring, Vec<(String, String)>)],
) -> Vec<((String, String), (String, String))> {
    debug_assert!(maps.iter().map(|(_, m)| m.len()).sum::<usize>() <= g.rows);
    let (warp, warps) = (g.warp.clone(), g.warps);
    let scanned = warp_scans(em, g, maps, |em, row| {
        let r = em.i64c((row * (warps + 1)) as i64);
        em.bin_i("addi", &r, &warp)
    });
    em.note(
        false,
        "across warps: the warps' maps before this one's, and the whole tile's",
    );
    em.barrier();
    // One thread per row turns its warp maps into their exclusive prefixes (in place) and the
    // tile's whole map (a warp's slot past the last).
    let tid = em.tid.clone();
    let mut first_row = 0;
    for (ring, group) in maps {
        let lo = em.i64c(first_row as i64);
        let start = em.bin_i("addi", &lo, &tid);
        let hi = em.i64c((first_row + group.len()) as i64);
        let step = em.i64c(g.threads as i64);
        em.for_i64(&start, &hi, &step, |em, row| {
            let (ia, ib) = ring.combine().identity;
            let (mut pa, mut pb) = (em.fconst(ia), em.fconst(ib));
            let wc = em.i64c(warps as i64 + 1);
            let base = em.bin_i("muli", &row, &wc);
            for w in 0..=warps {
                let wi = em.i64c(w as i64);
                let idx = em.bin_i("addi", &base, &wi);
                let (wa, wb) = if w < warps {
                    (
                        em.load(&g.shared_a, &idx, DType::F32),
                        em.load(&g.shared_b, &idx, DType::F32),
                    )
                } else {
                    (String::new(), String::new())
                };
                em.store(&pa, &g.shared_a, &idx, DType::F32);
                em.store(&pb, &g.shared_b, &idx, DType::F32);
                if w < warps {
                    (pa, pb) = em.combine_pair(*ring, (&pa, &pb), (&wa, &wb));
                }
            }
        });
        first_row += group.len();
    }
    em.barrier();
    scanned
        .into_iter()
        .map(|(ring, row, xa, xb)| {
            let slot = |em: &mut Em<'_>, w: &str| {
                let r = em.i64c((row * (warps + 1)) as i64);
                let idx = em.bin_i("addi", &r, w);
                (
                    em.load(&g.shared_a, &idx, DType::F32),
                    em.load(&g.shared_b, &idx, DType::F32),
                )
            };
            let (pa, pb) = slot(em, &warp);
            let last = em.i64c(warps as i64);
            let total = slot(em, &last);
            let prefix = em.combine_pair(ring, (&pa, &pb), (&xa, &xb));
            (prefix, total)
        })
        .collect()
}
