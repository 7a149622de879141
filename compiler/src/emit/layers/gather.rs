//! Strided gathers: every permutation, slice and layout change of up to four dims.

use super::*;

/// `out[i0, i1, i2, i3] = x[i0·t0 + i1·t1 + i2·t2 + i3·t3]` over sizes `s0..s3` (`n`
/// elements): every permutation, slice and layout change of up to four dims. A warp copies
/// `32 · GATHER_RUN` positions of the last dim, each lane every 32nd (launch
/// `32 · n / s3 · ⌈s3 / (32 · GATHER_RUN)⌉` threads): the index arithmetic (64-bit divisions)
/// is done once per [`GATHER_RUN`] elements and every access stays coalesced.
pub(super) fn gather4() -> LayerKernel {
    let mut m = Lm::new();
    let i = m.gid();
    // A warp copies a run of 32 · GATHER_RUN positions of one row, lane by lane (coalesced).
    let c31 = m.c64(31);
    let c5 = m.c64(5);
    let lane = m.i("andi", &i, &c31);
    let w = m.i("shrui", &i, &c5);
    let span = m.c64(32 * GATHER_RUN as i64);
    let spm1 = m.c64(32 * GATHER_RUN as i64 - 1);
    let padded = m.i("addi", "%s3", &spm1);
    let runs = m.i("divsi", &padded, &span);
    let rows = m.i("divsi", "%n", "%s3");
    let units = m.i("muli", &rows, &runs);
    m.if_lt(&w, &units, |m| {
        let run = m.i("remsi", &w, &runs);
        let q = m.i("divsi", &w, &runs);
        let i2 = m.i("remsi", &q, "%s2");
        let q = m.i("divsi", &q, "%s2");
        let i1 = m.i("remsi", &q, "%s1");
        let i0 = m.i("divsi", &q, "%s1");
        let a = m.i("muli", &i0, "%t0");
        let b = m.i("muli", &i1, "%t1");
        let c = m.i("muli", &i2, "%t2");
        let src = m.i("addi", &a, &b);
        let src = m.i("addi", &src, &c);
        // The row's first element in the output: (i0 · s1 + i1) · s2 + i2 rows of s3.
        let r = m.i("muli", &i0, "%s1");
        let r = m.i("addi", &r, &i1);
        let r = m.i("muli", &r, "%s2");
        let r = m.i("addi", &r, &i2);
        let dst = m.i("muli", &r, "%s3");
        let e0 = m.i("muli", &run, &span);
        let e0 = m.i("addi", &e0, &lane);
        for k in 0..GATHER_RUN {
            let kc = m.c64(32 * k as i64);
            let e = m.i("addi", &e0, &kc);
            m.if_lt(&e, "%s3", |m| {
                let d = m.i("muli", &e, "%t3");
                let so = m.i("addi", &src, &d);
                let v = m.ld("%x", &so, "f32");
                let o = m.i("addi", &dst, &e);
                m.st(&v, "%out", &o, "f32");
            });
        }
    });
    m.finish(
        "lr_gather4",
        &[
            ("x", P),
            ("out", P),
            ("n", I),
            ("s1", I),
            ("s2", I),
            ("s3", I),
            ("t0", I),
            ("t1", I),
            ("t2", I),
            ("t3", I),
        ],
    )
}
