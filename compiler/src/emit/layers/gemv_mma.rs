//! The GEMV of batched decoding on tensor cores (bf16 weights): a block takes 16 outputs ×
//! 8 activation rows, its 8 warps split `k` and each runs `mma.sync.m16n8k16` (bf16
//! operands, f32 sums) over its share; the warps' sums meet in shared memory.

use super::*;

/// Outputs (weight rows) and activation rows one block of the tensor-core GEMV takes: the
/// `m16n8` of its `mma.sync`.
pub const MMA_OUTS: usize = 16;
pub const MMA_ROWS: usize = 8;

/// The reduction length one warp's `mma` pair covers per iteration (4 lanes × 8 values).
const MMA_K: i64 = 32;

/// Warps of a block (its threads split `k` between them).
const WARPS: i64 = LAYER_THREADS as i64 / NORM_LANES as i64;

pub fn gemv_mma_name(norm: bool) -> String {
    format!("lr_gemv_bf16w{}_mma", if norm { "_norm" } else { "" })
}

/// The threads a launch of the tensor-core GEMV over `out[m, n]` takes: a block per tile.
pub fn gemv_mma_threads(m: usize, n: usize) -> usize {
    m.div_ceil(MMA_ROWS) * n.div_ceil(MMA_OUTS) * LAYER_THREADS as usize
}

/// `out[r, o] = Σ_k w[o, k] · x[r, k] + bias[o] + add[r, o]` with bf16 weights and the
/// activations rounded to bf16 as they are read (the GEMM path's arithmetic): block `b`
/// takes row tile `b mod ⌈m / 8⌉` and output tile `b div ⌈m / 8⌉`. In each 32-wide slice of
/// `k`, lane `(g, t)` (`g = lane / 4`, `t = lane mod 4`) reads 8 consecutive values at
/// `8t` of weight rows `g` and `g + 8` and of activation row `g` (16-byte loads), and the
/// warp runs two `mma.sync.m16n8k16`: the slice's `k` are permuted consistently for both
/// operands (a sum does not care in which order it adds), so each lane's registers are
/// exactly what it loaded. Slices go to the warps in turn; each warp's 16 × 8 sums and, with
/// `norm`, its rows' sums of squares meet in shared memory, and warp 0 finishes and stores
/// (bias, add, the pieces of `split1`/`split2`, as [`super::gemv`]). Requires `k` a multiple
/// of 8 and 16-byte aligned rows (the caller checks).
pub(super) fn gemv_mma(norm: bool) -> LayerKernel {
    let mut m = Lm::new();
    let name = gemv_mma_name(norm);
    let sums = m.shared_array(&format!("{name}_sums"), (WARPS * 32 * 4) as usize);
    let squares = m.shared_array(&format!("{name}_squares"), (WARPS * 8) as usize);
    let (b, tid) = m.block_and_thread();
    let lanes = m.c64(i64::from(NORM_LANES));
    let warp = m.i("divsi", &tid, &lanes);
    let lane = m.i("remsi", &tid, &lanes);
    let four = m.c64(4);
    let g = m.i("divsi", &lane, &four);
    let t = m.i("remsi", &lane, &four);
    let one = m.c64(1);
    let z = m.c64(0);
    let eight = m.c64(8);
    let (r0, o0) = tile_origin(&mut m, &b, MMA_ROWS as i64, MMA_OUTS as i64);
    let m1 = m.i("subi", "%m", &one);
    let n1 = m.i("subi", "%n", &one);
    let k8 = m.i("subi", "%k", &eight);
    // This lane's activation row and weight rows (clamped: their sums are not stored).
    let rx = m.i("addi", &r0, &g);
    let rx = m.op(format!("arith.minsi {rx}, {m1} : i64"));
    let xoff = m.i("muli", &rx, "%x_stride");
    let xrow = m.gep("%x", &xoff, "f32");
    let wrow = |m: &mut Lm, extra: i64| {
        let e = m.c64(extra);
        let o = m.i("addi", &o0, &g);
        let o = m.i("addi", &o, &e);
        let o = m.op(format!("arith.minsi {o}, {n1} : i64"));
        let off = m.i("muli", &o, "%k");
        m.gep("%w", &off, "i16")
    };
    let wa = wrow(&mut m, 0);
    let wb = wrow(&mut m, 8);
    let zero = m.math_const(0.0);
    let acc: Vec<String> = (0..4).map(|_| m.var(&zero)).collect();
    let sq = m.var(&zero);
    let zv = m.op("llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>".into());
    let slice = m.c64(MMA_K);
    let slice_less = m.c64(MMA_K - 1);
    let kc = m.i("addi", "%k", &slice_less);
    let slices = m.i("divsi", &kc, &slice);
    let warps = m.c64(WARPS);
    m.for_(&warp, &slices, &warps, |m, s| {
        let base = m.i("muli", &s, &slice);
        let t8 = m.i("muli", &t, &eight);
        let kk = m.i("addi", &base, &t8);
        let inside = m.op(format!("arith.cmpi slt, {kk}, %k : i64"));
        let kc = m.op(format!("arith.minsi {kk}, {k8} : i64"));
        let words = |m: &mut Lm, row: &str| -> String {
            let p = m.gep(row, &kc, "i16");
            m.op(format!(
                "llvm.load {p} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xi32>"
            ))
        };
        let a_lo = words(m, &wa);
        let a_hi = words(m, &wb);
        let xs: Vec<String> = [0i64, 4]
            .iter()
            .map(|&d| {
                let dc = m.c64(d);
                let k = m.i("addi", &kc, &dc);
                let p = m.gep(&xrow, &k, "f32");
                let v = m.op(format!(
                    "llvm.load {p} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xf32>"
                ));
                // A slice past `k` (its loads clamped) adds nothing.
                m.op(format!("llvm.select {inside}, {v}, {zv} : i1, vector<4xf32>"))
            })
            .collect();
        let xs: Vec<String> = if norm {
            xs.iter()
                .enumerate()
                .map(|(h, x)| {
                    let p2 = m.op(format!("llvm.fmul {x}, {x} : vector<4xf32>"));
                    let s2 = hsum(m, &p2);
                    let a = m.get(&sq);
                    let a = m.f(false, "addf", &a, &s2);
                    m.set(&sq, &a);
                    let dc = m.c64(4 * h as i64);
                    let k = m.i("addi", &kc, &dc);
                    let p = m.gep("%norm_w", &k, "f32");
                    let nw = m.op(format!(
                        "llvm.load {p} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xf32>"
                    ));
                    m.op(format!("llvm.fmul {x}, {nw} : vector<4xf32>"))
                })
                .collect()
        } else {
            xs
        };
        // The activations as bf16 pairs (the lower half the lower `k`).
        let mut pairs = Vec::new();
        for x in &xs {
            for h in [0i32, 2] {
                let v = m.op(format!(
                    "llvm.shufflevector {x}, {x} [{h}, {}] : vector<4xf32>",
                    h + 1
                ));
                let v = m.op(format!("llvm.fptrunc {v} : vector<2xf32> to vector<2xbf16>"));
                pairs.push(m.op(format!("llvm.bitcast {v} : vector<2xbf16> to i32")));
            }
        }
        let word = |m: &mut Lm, v: &str, i: i32| {
            let c = m.op(format!("llvm.mlir.constant({i} : i32) : i32"));
            m.op(format!("llvm.extractelement {v}[{c} : i32] : vector<4xi32>"))
        };
        for half in 0..2i32 {
            let a0 = word(m, &a_lo, 2 * half);
            let a1 = word(m, &a_hi, 2 * half);
            let a2 = word(m, &a_lo, 2 * half + 1);
            let a3 = word(m, &a_hi, 2 * half + 1);
            let (b0, b1) = (&pairs[2 * half as usize], &pairs[2 * half as usize + 1]);
            let c: Vec<String> = acc.iter().map(|v| m.get(v)).collect();
            let d = m.op(format!(
                "llvm.inline_asm asm_dialect = att \"mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {{$0, $1, $2, $3}}, {{$4, $5, $6, $7}}, {{$8, $9}}, {{$10, $11, $12, $13}};\", \"=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f\" {a0}, {a1}, {a2}, {a3}, {b0}, {b1}, {}, {}, {}, {} : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>",
                c[0], c[1], c[2], c[3]
            ));
            for (i, v) in acc.iter().enumerate() {
                let e = m.op(format!(
                    "llvm.extractvalue {d}[{i}] : !llvm.struct<(f32, f32, f32, f32)>"
                ));
                m.set(v, &e);
            }
        }
    });
    // The warps' sums (and squares, per row: a group's four lanes first) to shared memory.
    let slot = m.i("muli", &tid, &four);
    for (i, v) in acc.iter().enumerate() {
        let ic = m.c64(i as i64);
        let off = m.i("addi", &slot, &ic);
        let x = m.get(v);
        m.st(&x, &sums, &off, "f32");
    }
    if norm {
        let width = m.op(format!("arith.constant {NORM_LANES} : i32"));
        let mut s = m.get(&sq);
        for off in [1, 2] {
            let o = m.op(format!("arith.constant {off} : i32"));
            let (x, ok) = (m.fresh(), m.fresh());
            m.line(format!(
                "{x}, {ok} = gpu.shuffle xor {s}, {o}, {width} : f32"
            ));
            s = m.f(false, "addf", &s, &x);
        }
        let first = m.op(format!("arith.cmpi eq, {t}, {z} : i64"));
        m.region(format!("scf.if {first}"), |m| {
            let w8 = m.i("muli", &warp, &eight);
            let off = m.i("addi", &w8, &g);
            m.st(&s, &squares, &off, "f32");
        });
    }
    m.line("gpu.barrier".into());
    let lead = m.op(format!("arith.cmpi eq, {warp}, {z} : i64"));
    m.region(format!("scf.if {lead}"), |m| {
        let lslot = m.i("muli", &lane, &four);
        let totals: Vec<String> = (0..4)
            .map(|i| {
                let mut a: Option<String> = None;
                for w in 0..WARPS {
                    let off = m.c64(w * 32 * 4 + i);
                    let off = m.i("addi", &lslot, &off);
                    let v = m.ld(&sums, &off, "f32");
                    a = Some(match a {
                        None => v,
                        Some(a) => m.f(false, "addf", &a, &v),
                    });
                }
                a.expect("warps")
            })
            .collect();
        // Sum `i` is output `g + 8 (i / 2)`, row `2t + i mod 2`.
        let two = m.c64(2);
        let t2 = m.i("muli", &t, &two);
        let inv: Vec<Option<String>> = (0..2i64)
            .map(|e| {
                norm.then(|| {
                    let ec = m.c64(e);
                    let row = m.i("addi", &t2, &ec);
                    let mut a: Option<String> = None;
                    for w in 0..WARPS {
                        let off = m.c64(w * 8);
                        let off = m.i("addi", &off, &row);
                        let v = m.ld(&squares, &off, "f32");
                        a = Some(match a {
                            None => v,
                            Some(a) => m.f(false, "addf", &a, &v),
                        });
                    }
                    inv_rms(m, &a.expect("warps"), "%k")
                })
            })
            .collect();
        for (i, total) in totals.iter().enumerate() {
            let oc = m.c64(8 * (i as i64 / 2));
            let o = m.i("addi", &o0, &g);
            let o = m.i("addi", &o, &oc);
            let ec = m.c64(i as i64 % 2);
            let r = m.i("addi", &r0, &t2);
            let r = m.i("addi", &r, &ec);
            let v = match &inv[i % 2] {
                Some(s) => m.f(false, "mulf", total, s),
                None => total.clone(),
            };
            store_output(m, &v, &o, &r, None);
        }
    });
    m.finish(&name, &gemv_params(norm))
}
