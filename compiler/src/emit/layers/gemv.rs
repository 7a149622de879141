//! Matrix-vector products for decoding (a warp per output, weights streamed once), with the
//! residual add and the RMS norm of the input fused.

use super::*;

/// Vectors of 4 elements each lane loads per weight row and iteration in [`gemv`].
pub(super) const GEMV_UNROLL: i64 = 4;

pub fn gemv_name(bf16_weights: bool, norm: bool) -> &'static str {
    match (bf16_weights, norm) {
        (false, false) => "lr_gemv_f32w",
        (true, false) => "lr_gemv_bf16w",
        (false, true) => "lr_gemv_f32w_norm",
        (true, true) => "lr_gemv_bf16w_norm",
    }
}

/// `out[r, n] = Σ_k w[n, k] · x[r, k] + bias[n] + add[r, n]` for a few rows `r` (decoding):
/// a warp per output `n` streams its weight row (later rows `r` hit the cache) in vectors of
/// four (16-byte f32 or 8-byte bf16 loads, [`GEMV_UNROLL`] in flight per lane), activations
/// and sums in f32; bias and add optional (null). Requires `k`, `x_stride` multiples of 4
/// and 16-byte aligned rows (the caller checks, else uses a GEMM).
/// With `norm`, `x` is first RMS-normalised with weights `norm_w` and `eps` (each warp
/// recomputes its row's norm from the cache: the normalised activations are never written).
pub(super) fn gemv(bf16_weights: bool, norm: bool) -> LayerKernel {
    let mut m = Lm::new();
    let g = m.gid();
    let lanes = m.c64(i64::from(NORM_LANES));
    let n = m.i("divsi", &g, &lanes);
    let lane = m.i("remsi", &g, &lanes);
    let (wvec, walign) = if bf16_weights {
        ("vector<4xi16>", 8)
    } else {
        ("vector<4xf32>", 16)
    };
    m.if_lt(&n, "%n", |m| {
        let one = m.c64(1);
        let z = m.c64(0);
        let four = m.c64(4);
        let step = m.c64(4 * i64::from(NORM_LANES) * GEMV_UNROLL);
        let km4 = m.i("subi", "%k", &four);
        let wrow = m.i("muli", &n, "%k");
        let wbase = m.gep("%w", &wrow, if bf16_weights { "i16" } else { "f32" });
        let lane4 = m.i("muli", &lane, &four);
        let zv = m.op("llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>".into());
        let sh = m.op("llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>".into());
        m.for_(&z, "%m", &one, |m, r| {
            let one1 = m.c64(1);
            let accs: Vec<String> = (0..GEMV_UNROLL)
                .map(|_| {
                    let v = m.fresh();
                    m.text.raw_at(
                        Section::Entry,
                        format!("{v} = llvm.alloca {one1} x vector<4xf32> : (i64) -> !llvm.ptr"),
                    );
                    m.line(format!("llvm.store {zv}, {v} : vector<4xf32>, !llvm.ptr"));
                    v
                })
                .collect();
            let xrow = m.i("muli", &r, "%x_stride");
            let xbase = m.gep("%x", &xrow, "f32");
            // RMS norm: 1/sqrt(mean(x²) + eps), the same in every lane.
            let scale = norm.then(|| {
                let sq = m.fresh();
                m.text.raw_at(
                    Section::Entry,
                    format!("{sq} = llvm.alloca {one1} x vector<4xf32> : (i64) -> !llvm.ptr"),
                );
                m.line(format!("llvm.store {zv}, {sq} : vector<4xf32>, !llvm.ptr"));
                let st1 = m.c64(4 * i64::from(NORM_LANES));
                m.for_(&lane4, "%k", &st1, |m, k| {
                    let xp = m.gep(&xbase, &k, "f32");
                    let xv = m.op(format!(
                        "llvm.load {xp} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xf32>"
                    ));
                    let p = m.op(format!("llvm.fmul {xv}, {xv} : vector<4xf32>"));
                    let a = m.op(format!("llvm.load {sq} : !llvm.ptr -> vector<4xf32>"));
                    let a = m.op(format!("llvm.fadd {a}, {p} : vector<4xf32>"));
                    m.line(format!("llvm.store {a}, {sq} : vector<4xf32>, !llvm.ptr"));
                });
                let t = m.op(format!("llvm.load {sq} : !llvm.ptr -> vector<4xf32>"));
                let h = hsum(m, &t);
                let s = warp_sum(m, &h);
                let d = m.op("arith.sitofp %k : i64 to f32".into());
                let mean = m.f(false, "divf", &s, &d);
                let v = m.f(false, "addf", &mean, "%eps");
                let root = m.call1(false, "llvm.sqrt.f32", &v);
                let one_f = m.math_const(1.0);
                let inv = m.f(false, "divf", &one_f, &root);
                let undef = m.op("llvm.mlir.undef : vector<4xf32>".into());
                let c0 = m.op("llvm.mlir.constant(0 : i32) : i32".into());
                let ins = m.op(format!(
                    "llvm.insertelement {inv}, {undef}[{c0} : i32] : vector<4xf32>"
                ));
                m.op(format!(
                    "llvm.shufflevector {ins}, {undef} [0, 0, 0, 0] : vector<4xf32>"
                ))
            });
            m.for_(&lane4, "%k", &step, |m, k0| {
                let mut loaded = Vec::new();
                for u in 0..GEMV_UNROLL {
                    let du = m.c64(u * 4 * i64::from(NORM_LANES));
                    let k = m.i("addi", &k0, &du);
                    let kk = m.op(format!("arith.minsi {k}, {km4} : i64"));
                    let inside = m.op(format!("arith.cmpi slt, {k}, %k : i64"));
                    let wp = m.gep(&wbase, &kk, if bf16_weights { "i16" } else { "f32" });
                    let wv = m.op(format!(
                        "llvm.load {wp} {{alignment = {walign} : i64}} : !llvm.ptr -> {wvec}"
                    ));
                    let xp = m.gep(&xbase, &kk, "f32");
                    let xv = m.op(format!(
                        "llvm.load {xp} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xf32>"
                    ));
                    let xv = match &scale {
                        Some(inv) => {
                            let np = m.gep("%norm_w", &kk, "f32");
                            let nv = m.op(format!(
                                "llvm.load {np} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xf32>"
                            ));
                            let y = m.op(format!("llvm.fmul {xv}, {inv} : vector<4xf32>"));
                            m.op(format!("llvm.fmul {y}, {nv} : vector<4xf32>"))
                        }
                        None => xv,
                    };
                    loaded.push((inside, wv, xv));
                }
                for (u, (inside, wv, xv)) in loaded.into_iter().enumerate() {
                    let wf = if bf16_weights {
                        let w32 = m.op(format!("llvm.zext {wv} : vector<4xi16> to vector<4xi32>"));
                        let w32 = m.op(format!("llvm.shl {w32}, {sh} : vector<4xi32>"));
                        m.op(format!(
                            "llvm.bitcast {w32} : vector<4xi32> to vector<4xf32>"
                        ))
                    } else {
                        wv
                    };
                    let p = m.op(format!("llvm.fmul {wf}, {xv} : vector<4xf32>"));
                    let p = m.op(format!(
                        "llvm.select {inside}, {p}, {zv} : i1, vector<4xf32>"
                    ));
                    let a = m.op(format!(
                        "llvm.load {} : !llvm.ptr -> vector<4xf32>",
                        accs[u]
                    ));
                    let a = m.op(format!("llvm.fadd {a}, {p} : vector<4xf32>"));
                    m.line(format!(
                        "llvm.store {a}, {} : vector<4xf32>, !llvm.ptr",
                        accs[u]
                    ));
                }
            });
            let mut total = m.op(format!(
                "llvm.load {} : !llvm.ptr -> vector<4xf32>",
                accs[0]
            ));
            for acc in &accs[1..] {
                let v = m.op(format!("llvm.load {acc} : !llvm.ptr -> vector<4xf32>"));
                total = m.op(format!("llvm.fadd {total}, {v} : vector<4xf32>"));
            }
            let h = hsum(m, &total);
            let s = warp_sum(m, &h);
            let first = m.op(format!("arith.cmpi eq, {lane}, {z} : i64"));
            m.region(format!("scf.if {first}"), |m| {
                let acc = m.var(&s);
                let has_bias = m.non_null("%bias");
                m.region(format!("scf.if {has_bias}"), |m| {
                    let b = m.ld("%bias", &n, "f32");
                    let a = m.get(&acc);
                    let a = m.f(false, "addf", &a, &b);
                    m.set(&acc, &a);
                });
                let has_add = m.non_null("%add");
                m.region(format!("scf.if {has_add}"), |m| {
                    let ro = m.i("muli", &r, "%add_stride");
                    let o = m.i("addi", &ro, &n);
                    let b = m.ld("%add", &o, "f32");
                    let a = m.get(&acc);
                    let a = m.f(false, "addf", &a, &b);
                    m.set(&acc, &a);
                });
                let v = m.get(&acc);
                let ro = m.i("muli", &r, "%n");
                let o = m.i("addi", &ro, &n);
                m.st(&v, "%out", &o, "f32");
            });
        });
    });
    let mut params = vec![
        ("w", P),
        ("x", P),
        ("x_stride", I),
        ("bias", P),
        ("add", P),
        ("add_stride", I),
        ("out", P),
        ("m", I),
        ("n", I),
        ("k", I),
    ];
    if norm {
        params.extend([("norm_w", P), ("eps", F)]);
    }
    m.finish(gemv_name(bf16_weights, norm), &params)
}
