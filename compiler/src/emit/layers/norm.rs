//! RMS norm: a warp per row, its sum by shuffles; rows of aligned vectors of four take a
//! kernel that keeps several 16-byte loads in flight per lane.

use super::*;

/// The RMS norm kernel writing f32, or bf16 bits rounded to nearest even (the activations of
/// a bf16 GEMM, never written in f32).
pub fn rmsnorm_name(bf16_out: bool, vectors: bool) -> &'static str {
    match (bf16_out, vectors) {
        (false, false) => "lr_rmsnorm",
        (true, false) => "lr_rmsnorm_bf16",
        (false, true) => "lr_rmsnorm_v4",
        (true, true) => "lr_rmsnorm_bf16_v4",
    }
}

/// Vectors of four each lane of the vector kernel loads per pass of its loops, all issued
/// before any is used: a row of up to `4 · 32 · NORM_VECTORS` values (Mamba's 768 to 1024)
/// is read in one round trip per pass.
pub const NORM_VECTORS: usize = 8;

/// The parameters of every RMS norm kernel.
const NORM_PARAMS: &[(&str, ScalarKind)] = &[
    ("x", P),
    ("x_stride", I),
    ("w", P),
    ("out", P),
    ("rows", I),
    ("dim", I),
    ("eps", F),
];

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
    m.finish(rmsnorm_name(bf16_out, false), NORM_PARAMS)
}

/// [`rmsnorm`] over vectors of four: lane `l` takes elements `4l .. 4l + 4` of each run of
/// 128, [`NORM_VECTORS`] runs a pass, the loads of a pass issued together (past the row's
/// end, clamped and not counted). The first pass sums the squares; the second reads the row
/// again (from cache) with the weights and stores vectors. Requires `dim` and `x_stride`
/// multiples of four and 16-byte aligned `x`, `w` and `out` (the caller checks, else uses
/// [`rmsnorm`]).
pub(super) fn rmsnorm_v4(bf16_out: bool) -> LayerKernel {
    let mut m = Lm::new();
    let (row, lane) = m.warp_row();
    m.if_lt(&row, "%rows", |m| {
        let four = m.c64(4);
        let lane4 = m.i("muli", &lane, &four);
        let run = 4 * i64::from(NORM_LANES);
        let step = m.c64(run * NORM_VECTORS as i64);
        let last = m.i("subi", "%dim", &four);
        let xrow = m.i("muli", &row, "%x_stride");
        let orow = m.i("muli", &row, "%dim");
        let zv = zero4(m);
        // Per vector of a pass: its column, whether it lies inside the row, and its column
        // clamped to the last vector (so that every load stays in bounds).
        let columns = |m: &mut Lm, k0: &str| -> Vec<(String, String, String)> {
            (0..NORM_VECTORS as i64)
                .map(|u| {
                    let du = m.c64(u * run);
                    let k = m.i("addi", k0, &du);
                    let inside = m.op(format!("arith.cmpi slt, {k}, %dim : i64"));
                    let kk = m.op(format!("arith.minsi {k}, {last} : i64"));
                    (k, inside, kk)
                })
                .collect()
        };
        let load4 = |m: &mut Lm, base: &str, off: &str| {
            let p = m.gep(base, off, "f32");
            m.op(format!(
                "llvm.load {p} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xf32>"
            ))
        };
        let acc = m.var_of("vector<4xf32>", &zv);
        m.for_(&lane4, "%dim", &step, |m, k0| {
            let cols = columns(m, &k0);
            let xs: Vec<String> = cols
                .iter()
                .map(|(_, _, kk)| {
                    let off = m.i("addi", &xrow, kk);
                    load4(m, "%x", &off)
                })
                .collect();
            let mut a = m.op(format!("llvm.load {acc} : !llvm.ptr -> vector<4xf32>"));
            for ((_, inside, _), x) in cols.iter().zip(&xs) {
                let sq = m.op(format!("llvm.fmul {x}, {x} : vector<4xf32>"));
                let sq = m.op(format!(
                    "llvm.select {inside}, {sq}, {zv} : i1, vector<4xf32>"
                ));
                a = m.op(format!("llvm.fadd {a}, {sq} : vector<4xf32>"));
            }
            m.line(format!("llvm.store {a}, {acc} : vector<4xf32>, !llvm.ptr"));
        });
        let a = m.op(format!("llvm.load {acc} : !llvm.ptr -> vector<4xf32>"));
        let s = hsum(m, &a);
        let s = warp_sum(m, &s);
        let inv = inv_rms(m, &s, "%dim");
        let invv = splat(m, &inv);
        m.for_(&lane4, "%dim", &step, |m, k0| {
            let cols = columns(m, &k0);
            let loaded: Vec<(String, String)> = cols
                .iter()
                .map(|(_, _, kk)| {
                    let off = m.i("addi", &xrow, kk);
                    let x = load4(m, "%x", &off);
                    (x, load4(m, "%w", kk))
                })
                .collect();
            for ((k, inside, _), (x, w)) in cols.iter().zip(&loaded) {
                let y = m.op(format!("llvm.fmul {x}, {invv} : vector<4xf32>"));
                let y = m.op(format!("llvm.fmul {y}, {w} : vector<4xf32>"));
                m.region(format!("scf.if {inside}"), |m| {
                    let o = m.i("addi", &orow, k);
                    if bf16_out {
                        let b = bf16_pack4(m, &y);
                        let op = m.gep("%out", &o, "i16");
                        m.line(format!(
                            "llvm.store {b}, {op} {{alignment = 8 : i64}} : vector<4xi16>, !llvm.ptr"
                        ));
                    } else {
                        let op = m.gep("%out", &o, "f32");
                        m.line(format!(
                            "llvm.store {y}, {op} {{alignment = 16 : i64}} : vector<4xf32>, !llvm.ptr"
                        ));
                    }
                });
            }
        });
    });
    m.finish(rmsnorm_name(bf16_out, true), NORM_PARAMS)
}
