//! RMS norm: a warp per row, its sum by shuffles.

use super::*;

/// The RMS norm kernel writing f32, or bf16 bits rounded to nearest even (the activations of
/// a bf16 GEMM, never written in f32).
pub fn rmsnorm_name(bf16_out: bool) -> &'static str {
    if bf16_out {
        "lr_rmsnorm_bf16"
    } else {
        "lr_rmsnorm"
    }
}

/// `out[r] = x[r] / sqrt(mean(x[r]²) + eps) · w`: a warp per row, its sum by shuffles.
pub(super) fn rmsnorm(bf16_out: bool) -> LayerKernel {
    let mut m = Lm::new();
    let (row, lane) = m.warp_row();
    let lanes = m.c64(i64::from(NORM_LANES));
    m.if_lt(&row, "%rows", |m| {
        let zero = m.math_const(0.0);
        let acc = m.var(&zero);
        let xrow = m.i("muli", &row, "%x_stride");
        m.for_(&lane, "%dim", &lanes, |m, c| {
            let off = m.i("addi", &xrow, &c);
            let v = m.ld("%x", &off, "f32");
            let sq = m.f(false, "mulf", &v, &v);
            let a = m.get(&acc);
            let a = m.f(false, "addf", &a, &sq);
            m.set(&acc, &a);
        });
        let a = m.get(&acc);
        let s = warp_sum(m, &a);
        let inv = inv_rms(m, &s, "%dim");
        let orow = m.i("muli", &row, "%dim");
        m.for_(&lane, "%dim", &lanes, |m, c| {
            let off = m.i("addi", &xrow, &c);
            let v = m.ld("%x", &off, "f32");
            let w = m.ld("%w", &c, "f32");
            let y = m.f(false, "mulf", &v, &inv);
            let y = m.f(false, "mulf", &y, &w);
            let o = m.i("addi", &orow, &c);
            if bf16_out {
                let b = m.bf16_bits(false, &y);
                m.st(&b, "%out", &o, "i16");
            } else {
                m.st(&y, "%out", &o, "f32");
            }
        });
    });
    m.finish(
        rmsnorm_name(bf16_out),
        &[
            ("x", P),
            ("x_stride", I),
            ("w", P),
            ("out", P),
            ("rows", I),
            ("dim", I),
            ("eps", F),
        ],
    )
}
