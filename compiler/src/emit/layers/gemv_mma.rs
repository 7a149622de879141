//! The GEMV of batched decoding on tensor cores (bf16 weights): a block takes 16 outputs ×
//! 8 or 32 activation rows (one or four `n8` tiles), its 8 warps split `k` and each runs
//! `mma.sync.m16n8k16` (bf16 operands, f32 sums) over its share; the warps' sums meet in
//! shared memory, and every thread of the block finishes a share of the outputs.

use super::*;

/// Outputs (weight rows) one block of the tensor-core GEMV takes: the `m16` of its `mma.sync`.
pub const MMA_OUTS: usize = 16;

/// Activation rows of one `mma.sync` (its `n8`).
const MMA_N: usize = 8;

/// The row tiles of the tensor-core GEMV: 8 rows (one `n8` tile; many blocks where the
/// outputs are few) or 32 (four: each weight read once for a batch of 32).
pub const MMA_ROW_TILES: [usize; 2] = [8, 32];

/// Blocks a launch of 32-row tiles must have to take them: fewer leave SMs idle (132 on an
/// H100 or H200), and the 8-row tiles' four times as many blocks serve better.
pub const MMA_WIDE_MIN_BLOCKS: usize = 128;

/// The reduction length one warp's `mma` pair covers per iteration (4 lanes × 8 values).
const MMA_K: i64 = 32;

/// Warps of a block (its threads split `k` between them).
const WARPS: i64 = LAYER_THREADS as i64 / NORM_LANES as i64;

/// Words from one row of a warp's sums to the next in shared memory: 16 outputs padded to 20,
/// so that the 32 lanes' stores (rows `2t`, outputs `g`) fall in distinct banks.
const SUM_STRIDE: i64 = 20;

pub fn gemv_mma_name(norm: bool, rows: usize) -> String {
    format!("lr_gemv_bf16w{}_mma{rows}", if norm { "_norm" } else { "" })
}

/// The row tile (one of [`MMA_ROW_TILES`]) of a tensor-core GEMV over `out[m, n]`: 32 rows
/// where a batch spans more than one 8-row tile and the launch still has
/// [`MMA_WIDE_MIN_BLOCKS`] blocks, else 8.
pub fn gemv_mma_rows(m: usize, n: usize) -> usize {
    let wide = MMA_ROW_TILES[1];
    if m > MMA_ROW_TILES[0] && m.div_ceil(wide) * n.div_ceil(MMA_OUTS) >= MMA_WIDE_MIN_BLOCKS {
        wide
    } else {
        MMA_ROW_TILES[0]
    }
}

/// The threads a launch of the tensor-core GEMV over `out[m, n]` in `rows`-row tiles takes:
/// a block per tile.
pub fn gemv_mma_threads(m: usize, n: usize, rows: usize) -> usize {
    m.div_ceil(rows) * n.div_ceil(MMA_OUTS) * LAYER_THREADS as usize
}

/// `out[r, o] = Σ_k w[o, k] · x[r, k] + bias[o] + add[r, o]` with bf16 weights and the
/// activations rounded to bf16 as they are read (the GEMM path's arithmetic), in tiles of
/// 16 outputs × `rows` rows: block `b` takes row tile `b mod ⌈m / rows⌉` and output tile
/// `b div ⌈m / rows⌉`. In each 32-wide slice of `k`, lane `(g, t)` (`g = lane / 4`,
/// `t = lane mod 4`) reads 8 consecutive values at `8t` of weight rows `g` and `g + 8` and of
/// activation rows `8j + g` of each `n8` tile `j` (16-byte loads), and the warp runs two
/// `mma.sync.m16n8k16` a tile: the slice's `k` are permuted consistently for both operands (a
/// sum does not care in which order it adds), so each lane's registers are exactly what it
/// loaded. Slices go to the warps in turn; the warps' 16 × `rows` sums and, with `norm`, their
/// rows' sums of squares meet in shared memory, and the block's threads each finish outputs
/// (consecutive threads consecutive outputs of a row) and store them (bias, add, the pieces
/// of `split1`/`split2`, as [`super::gemv`]). Requires `k` a multiple of 8 and 16-byte
/// aligned rows (the caller checks).
pub(super) fn gemv_mma(norm: bool, rows: usize) -> LayerKernel {
    let mut m = Lm::new();
    let name = gemv_mma_name(norm, rows);
    let tiles = rows / MMA_N;
    let r = rows as i64;
    let sums = m.shared_array(&format!("{name}_sums"), (WARPS * r * SUM_STRIDE) as usize);
    let squares = m.shared_array(&format!("{name}_squares"), (WARPS * r) as usize);
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
    let (r0, o0) = tile_origin(&mut m, &b, r, MMA_OUTS as i64);
    let m1 = m.i("subi", "%m", &one);
    let n1 = m.i("subi", "%n", &one);
    let k8 = m.i("subi", "%k", &eight);
    // This lane's activation rows, one a tile, and weight rows (clamped: their sums are not
    // stored).
    let xrows: Vec<String> = (0..tiles)
        .map(|j| {
            let jc = m.c64((MMA_N * j) as i64);
            let rx = m.i("addi", &r0, &jc);
            let rx = m.i("addi", &rx, &g);
            let rx = m.op(format!("arith.minsi {rx}, {m1} : i64"));
            let xoff = m.i("muli", &rx, "%x_stride");
            m.gep("%x", &xoff, "f32")
        })
        .collect();
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
    let acc: Vec<String> = (0..4 * tiles).map(|_| m.var(&zero)).collect();
    let sq: Vec<String> = (0..tiles).map(|_| m.var(&zero)).collect();
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
        let quads = |m: &mut Lm, row: &str, elem: &str, ty: &str| -> Vec<String> {
            [0i64, 4]
                .iter()
                .map(|&d| {
                    let dc = m.c64(d);
                    let k = m.i("addi", &kc, &dc);
                    let p = m.gep(row, &k, elem);
                    m.op(format!(
                        "llvm.load {p} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4x{ty}>"
                    ))
                })
                .collect()
        };
        let words = |m: &mut Lm, row: &str| -> String {
            let p = m.gep(row, &kc, "i16");
            m.op(format!(
                "llvm.load {p} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xi32>"
            ))
        };
        let a_lo = words(m, &wa);
        let a_hi = words(m, &wb);
        let nw = norm.then(|| quads(m, "%norm_w", "f32", "f32"));
        let word = |m: &mut Lm, v: &str, i: i32| {
            let c = m.op(format!("llvm.mlir.constant({i} : i32) : i32"));
            m.op(format!("llvm.extractelement {v}[{c} : i32] : vector<4xi32>"))
        };
        let a: Vec<[String; 4]> = (0..2i32)
            .map(|half| {
                [
                    word(m, &a_lo, 2 * half),
                    word(m, &a_hi, 2 * half),
                    word(m, &a_lo, 2 * half + 1),
                    word(m, &a_hi, 2 * half + 1),
                ]
            })
            .collect();
        for (j, xrow) in xrows.iter().enumerate() {
            // A slice past `k` (its loads clamped) adds nothing.
            let xs: Vec<String> = quads(m, xrow, "f32", "f32")
                .into_iter()
                .map(|v| m.op(format!("llvm.select {inside}, {v}, {zv} : i1, vector<4xf32>")))
                .collect();
            let xs: Vec<String> = match &nw {
                Some(nw) => xs
                    .iter()
                    .zip(nw)
                    .map(|(x, w)| {
                        let p2 = m.op(format!("llvm.fmul {x}, {x} : vector<4xf32>"));
                        let s2 = hsum(m, &p2);
                        let a = m.get(&sq[j]);
                        let a = m.f(false, "addf", &a, &s2);
                        m.set(&sq[j], &a);
                        m.op(format!("llvm.fmul {x}, {w} : vector<4xf32>"))
                    })
                    .collect(),
                None => xs,
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
            let acc = &acc[4 * j..4 * j + 4];
            for (half, a) in a.iter().enumerate() {
                let (b0, b1) = (&pairs[2 * half], &pairs[2 * half + 1]);
                let c: Vec<String> = acc.iter().map(|v| m.get(v)).collect();
                let d = m.op(format!(
                    "llvm.inline_asm asm_dialect = att \"mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {{$0, $1, $2, $3}}, {{$4, $5, $6, $7}}, {{$8, $9}}, {{$10, $11, $12, $13}};\", \"=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f\" {}, {}, {}, {}, {b0}, {b1}, {}, {}, {}, {} : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>",
                    a[0], a[1], a[2], a[3], c[0], c[1], c[2], c[3]
                ));
                for (i, v) in acc.iter().enumerate() {
                    let e = m.op(format!(
                        "llvm.extractvalue {d}[{i}] : !llvm.struct<(f32, f32, f32, f32)>"
                    ));
                    m.set(v, &e);
                }
            }
        }
    });
    // The warps' sums to shared memory, [warp][row][output]: sum `i` of tile `j` is output
    // `g + 8 (i / 2)`, row `8j + 2t + i mod 2`.
    let stride = m.c64(SUM_STRIDE);
    let wbase = m.c64(r * SUM_STRIDE);
    let wbase = m.i("muli", &warp, &wbase);
    let two = m.c64(2);
    let t2 = m.i("muli", &t, &two);
    for j in 0..tiles {
        for i in 0..4 {
            let rc = m.c64((MMA_N * j) as i64 + i as i64 % 2);
            let row = m.i("addi", &t2, &rc);
            let oc = m.c64(8 * (i as i64 / 2));
            let out = m.i("addi", &g, &oc);
            let ro = m.i("muli", &row, &stride);
            let off = m.i("addi", &wbase, &ro);
            let off = m.i("addi", &off, &out);
            let x = m.get(&acc[4 * j + i]);
            m.st(&x, &sums, &off, "f32");
        }
    }
    // And the rows' squares, [warp][row] (a group's four lanes first).
    if norm {
        let width = m.op(format!("arith.constant {NORM_LANES} : i32"));
        let first = m.op(format!("arith.cmpi eq, {t}, {z} : i64"));
        let rw = m.c64(r);
        let sbase = m.i("muli", &warp, &rw);
        for (j, v) in sq.iter().enumerate() {
            let mut s = m.get(v);
            for off in [1, 2] {
                let o = m.op(format!("arith.constant {off} : i32"));
                let (x, ok) = (m.fresh(), m.fresh());
                m.line(format!(
                    "{x}, {ok} = gpu.shuffle xor {s}, {o}, {width} : f32"
                ));
                s = m.f(false, "addf", &s, &x);
            }
            m.region(format!("scf.if {first}"), |m| {
                let jc = m.c64((MMA_N * j) as i64);
                let off = m.i("addi", &sbase, &jc);
                let off = m.i("addi", &off, &g);
                m.st(&s, &squares, &off, "f32");
            });
        }
    }
    m.line("gpu.barrier".into());
    // Thread `e` (and `e + 256`, … while the tile has outputs) finishes row `e / 16`,
    // output `e mod 16` of the tile.
    let entries = r * MMA_OUTS as i64;
    let threads = i64::from(LAYER_THREADS);
    for h in 0..(entries + threads - 1) / threads {
        let hc = m.c64(h * threads);
        let e = m.i("addi", &tid, &hc);
        let outs = m.c64(MMA_OUTS as i64);
        let row = m.i("divsi", &e, &outs);
        let out = m.i("remsi", &e, &outs);
        let finish = |m: &mut Lm| {
            let ro = m.i("muli", &row, &stride);
            let slot = m.i("addi", &ro, &out);
            let mut total: Option<String> = None;
            for w in 0..WARPS {
                let wc = m.c64(w * r * SUM_STRIDE);
                let off = m.i("addi", &slot, &wc);
                let v = m.ld(&sums, &off, "f32");
                total = Some(match total {
                    None => v,
                    Some(a) => m.f(false, "addf", &a, &v),
                });
            }
            let mut total = total.expect("warps");
            if norm {
                let mut ss: Option<String> = None;
                for w in 0..WARPS {
                    let wc = m.c64(w * r);
                    let off = m.i("addi", &row, &wc);
                    let v = m.ld(&squares, &off, "f32");
                    ss = Some(match ss {
                        None => v,
                        Some(a) => m.f(false, "addf", &a, &v),
                    });
                }
                let inv = inv_rms(m, &ss.expect("warps"), "%k");
                total = m.f(false, "mulf", &total, &inv);
            }
            let o = m.i("addi", &o0, &out);
            let rr = m.i("addi", &r0, &row);
            store_output(m, &total, &o, &rr, None);
        };
        if (h + 1) * threads > entries {
            let ec = m.c64(entries);
            let live = m.op(format!("arith.cmpi slt, {e}, {ec} : i64"));
            m.region(format!("scf.if {live}"), finish);
        } else {
            finish(&mut m);
        }
    }
    m.finish(&name, &gemv_params(norm))
}
