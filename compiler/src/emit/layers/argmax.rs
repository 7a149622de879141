//! Greedy picks on the device: per-chunk maxima, then per-row.

use super::*;

/// Elements of a row each warp of the argmax_partial kernel scans (8 per lane, loads in flight
/// together).
pub const ARGMAX_CHUNK: u32 = 256;

/// Per row of `x [rows, cols]` (strided rows) and chunk of [`ARGMAX_CHUNK`] columns: the
/// chunk's largest value and its first index. A warp per chunk.
pub(super) fn argmax_partial() -> LayerKernel {
    let mut m = Lm::new();
    let g = m.gid();
    let lanes = m.c64(i64::from(NORM_LANES));
    let w = m.i("divsi", &g, &lanes);
    let lane = m.i("remsi", &g, &lanes);
    let chunk = m.c64(i64::from(ARGMAX_CHUNK));
    let one = m.c64(1);
    let cm1 = m.i("addi", "%cols", &chunk);
    let cm1 = m.i("subi", &cm1, &one);
    let nchunks = m.i("divsi", &cm1, &chunk);
    let n = m.i("muli", "%rows", &nchunks);
    m.if_lt(&w, &n, |m| {
        let r = m.i("divsi", &w, &nchunks);
        let j = m.i("remsi", &w, &nchunks);
        let base = m.i("muli", &j, &chunk);
        let base = m.i("addi", &base, &lane);
        let row = m.i("muli", &r, "%x_stride");
        let last = m.i("subi", "%cols", &one);
        let ninf = m.math_const(f64::NEG_INFINITY);
        let mut vals = Vec::new();
        for u in 0..i64::from(ARGMAX_CHUNK / NORM_LANES) {
            let du = m.c64(u * i64::from(NORM_LANES));
            let k = m.i("addi", &base, &du);
            let kk = m.op(format!("arith.minsi {k}, {last} : i64"));
            let off = m.i("addi", &row, &kk);
            let v = m.ld("%x", &off, "f32");
            let inside = m.op(format!("arith.cmpi slt, {k}, %cols : i64"));
            let v = m.select(false, &inside, &v, &ninf);
            let kf = m.op(format!("arith.sitofp {k} : i64 to f32"));
            vals.push((v, kf));
        }
        let (mut b, mut a) = vals[0].clone();
        for (v, k) in &vals[1..] {
            let (nb, na) = better_of(m, v, k, &b, &a);
            b = nb;
            a = na;
        }
        let (b, a) = warp_best(m, b, a);
        let zero = m.c64(0);
        let first = m.op(format!("arith.cmpi eq, {lane}, {zero} : i64"));
        m.region(format!("scf.if {first}"), |m| {
            m.st(&b, "%pmax", &w, "f32");
            let ai = m.op(format!("arith.fptosi {a} : f32 to i32"));
            m.st(&ai, "%pidx", &w, "i32");
        });
    });
    m.finish(
        "lr_argmax_partial",
        &[
            ("x", P),
            ("x_stride", I),
            ("rows", I),
            ("cols", I),
            ("pmax", P),
            ("pidx", P),
        ],
    )
}

/// The best (value, index) over a warp, by shuffles; every lane gets it.
pub(super) fn warp_best(m: &mut Lm, mut b: String, mut a: String) -> (String, String) {
    let width = m.op(format!("arith.constant {NORM_LANES} : i32"));
    for off in [16, 8, 4, 2, 1] {
        let o = m.op(format!("arith.constant {off} : i32"));
        let (ob, ok1) = (m.fresh(), m.fresh());
        m.line(format!(
            "{ob}, {ok1} = gpu.shuffle xor {b}, {o}, {width} : f32"
        ));
        let (oa, ok2) = (m.fresh(), m.fresh());
        m.line(format!(
            "{oa}, {ok2} = gpu.shuffle xor {a}, {o}, {width} : f32"
        ));
        let (nb, na) = better_of(m, &ob, &oa, &b, &a);
        b = nb;
        a = na;
    }
    (b, a)
}

/// Per row, the index of the largest of its `nchunks` partial results (the first on ties):
/// a warp per row, combined by shuffles.
pub(super) fn argmax_final() -> LayerKernel {
    let mut m = Lm::new();
    let (row, lane) = m.warp_row();
    let lanes = m.c64(i64::from(NORM_LANES));
    m.if_lt(&row, "%rows", |m| {
        let ninf = m.math_const(f64::NEG_INFINITY);
        let best = m.var(&ninf);
        let big = m.math_const(f64::from(i32::MAX as f32));
        let at = m.var(&big);
        let base = m.i("muli", &row, "%nchunks");
        m.for_(&lane, "%nchunks", &lanes, |m, j| {
            let off = m.i("addi", &base, &j);
            let v = m.ld("%pmax", &off, "f32");
            let ix = m.ld("%pidx", &off, "i32");
            let ixf = m.op(format!("arith.sitofp {ix} : i32 to f32"));
            let b = m.get(&best);
            let a = m.get(&at);
            let (nb, na) = better_of(m, &v, &ixf, &b, &a);
            m.set(&best, &nb);
            m.set(&at, &na);
        });
        let b = m.get(&best);
        let a = m.get(&at);
        let (_, a) = warp_best(m, b, a);
        let zero = m.c64(0);
        let first = m.op(format!("arith.cmpi eq, {lane}, {zero} : i64"));
        m.region(format!("scf.if {first}"), |m| {
            let ai = m.op(format!("arith.fptosi {a} : f32 to i32"));
            m.st(&ai, "%out", &row, "i32");
        });
    });
    m.finish(
        "lr_argmax_final",
        &[
            ("pmax", P),
            ("pidx", P),
            ("rows", I),
            ("nchunks", I),
            ("out", P),
        ],
    )
}

/// The better of (value, index) pairs: the larger value, the smaller index on ties
/// (indices as f32: exact below 2²⁴).
pub(super) fn better_of(m: &mut Lm, v: &str, i: &str, bv: &str, bi: &str) -> (String, String) {
    let gt = m.cmp(false, "ogt", v, bv);
    let eq = m.cmp(false, "oeq", v, bv);
    let lt = m.cmp(false, "olt", i, bi);
    let tie = m.op(format!("arith.andi {eq}, {lt} : i1"));
    let take = m.op(format!("arith.ori {gt}, {tie} : i1"));
    let nv = m.select(false, &take, v, bv);
    let ni = m.select(false, &take, i, bi);
    (nv, ni)
}
