//! Matrix-vector products for decoding, and the skinny matrix products of batched decoding:
//! a warp takes a tile of outputs (weight rows) against a tile of activation rows, streams
//! each weight once for the whole tile, and fuses the residual add and the RMS norm of the
//! input.

use super::*;

/// How a GEMV kernel tiles `out[m, n]`: activation rows a warp takes together (`rows`),
/// outputs (weight rows) it takes together (`outs`), and the vectors of four each lane
/// loads per weight row and iteration (`unroll`, loads in flight).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GemvTile {
    pub rows: usize,
    pub outs: usize,
    pub unroll: usize,
    /// Blocks that must fit on an SM at once (caps the registers; 1: no cap).
    pub min_blocks: u32,
    /// Whether each iteration issues the next one's loads before its own products.
    pub prefetch: bool,
}

/// The tiles there is a kernel for, smallest first:
/// - one row and one output a warp, two vectors in flight per lane and the next
///   iteration's issued before this one's products (decoding one or a few sequences:
///   memory-bound, so as many warps as outputs). H100, Mamba-130m decode b1 graph: 1507 /
///   1734 tok/s f32 / bf16 weights, against 1496 / 1598 for the previous kernel (a row
///   loop, four vectors, no prefetch) and 1521 / 1598 with four vectors in flight;
/// - 8 rows × 4 outputs (batched decoding: each weight vector feeds 8 rows, each
///   activation vector 4 outputs; registers capped at 128 for two blocks an SM). H100,
///   decode b32: 23.5k / 23.8k tok/s against 22.2k / 22.4k for 4 × 8, and 16.9k / 24.7k
///   for cuBLAS GEMMs.
pub const GEMV_TILES: [GemvTile; 2] = [
    GemvTile {
        rows: 1,
        outs: 1,
        unroll: 2,
        min_blocks: 1,
        prefetch: true,
    },
    GemvTile {
        rows: 8,
        outs: 4,
        unroll: 1,
        min_blocks: 2,
        prefetch: false,
    },
];

/// Up to this many rows the one-row tile serves (a warp a row and output).
pub const GEMV_ROW_TILE_FROM: usize = 4;

/// Up to this many activation rows a linear layer is a GEMV kernel (beyond it a GEMM).
pub const GEMV_MAX_ROWS: usize = 64;

impl GemvTile {
    /// The tile for `m` activation rows.
    pub fn for_rows(m: usize) -> GemvTile {
        if m <= GEMV_ROW_TILE_FROM {
            GEMV_TILES[0]
        } else {
            GEMV_TILES[1]
        }
    }

    /// The threads a launch over `out[m, n]` takes: a warp per tile.
    pub fn threads(self, m: usize, n: usize) -> usize {
        m.div_ceil(self.rows) * n.div_ceil(self.outs) * NORM_LANES as usize
    }
}

pub fn gemv_name(bf16_weights: bool, norm: bool, tile: GemvTile) -> String {
    format!(
        "lr_gemv_{}w{}_{}x{}u{}{}",
        if bf16_weights { "bf16" } else { "f32" },
        if norm { "_norm" } else { "" },
        tile.rows,
        tile.outs,
        tile.unroll,
        if tile.prefetch { "p" } else { "" }
    )
}

/// `out[r, o] = Σ_k w[o, k] · x[r, k] + bias[o] + add[r, o]`: warp `g` takes row tile
/// `g mod ⌈m / rows⌉` and output tile `g div ⌈m / rows⌉` (the row tiles of one output tile
/// run side by side, so its weights are read from memory once). Each lane streams its
/// outputs' weight rows in vectors of four (16-byte f32 or 8-byte bf16 loads), loads the
/// tile's activation vectors at the same `k` once for all outputs, and keeps one f32 sum
/// per output and row; the sums meet by warp shuffles. A tile's rows and outputs past the
/// edge are clamped to the last (loads stay in bounds) and not stored. Bias and add are
/// optional (null). The outputs may be split in up to three pieces along `n` (at `split1`
/// and `split2`; both `n` for none), each written dense after the one before, so that a
/// reader of a piece needs no gather. Requires `k`, `x_stride` multiples of 4 and 16-byte aligned rows (the
/// caller checks, else uses a GEMM).
/// With `norm`, `x` is RMS-normalised with weights `norm_w` and `eps` as it is read: the
/// weights are scaled by `norm_w` and each row's sum by its `1/rms`, which the warp
/// computes from the cache (the normalised activations are never written).
pub(super) fn gemv(bf16_weights: bool, norm: bool, tile: GemvTile) -> LayerKernel {
    let (rows, outs, unroll) = (tile.rows as i64, tile.outs as i64, tile.unroll as i64);
    let mut m = Lm::new();
    m.min_blocks = (tile.min_blocks > 1).then_some(tile.min_blocks);
    let (warp, lane) = m.warp_row();
    let (welem, wvec, walign) = if bf16_weights {
        ("i16", "vector<4xi16>", 8)
    } else {
        ("f32", "vector<4xf32>", 16)
    };
    let one = m.c64(1);
    let z = m.c64(0);
    let four = m.c64(4);
    let (r0, o0) = tile_origin(&mut m, &warp, rows, outs);
    // The warp's weight rows into L2 while the kernel before finishes.
    let esize = if bf16_weights { 2 } else { 4 };
    m.prefetch_weight_rows(&o0, outs, esize, &lane, i64::from(NORM_LANES));
    m.wait_for_predecessor();
    m.if_lt(&o0, "%n", |m| {
        let m1 = m.i("subi", "%m", &one);
        let n1 = m.i("subi", "%n", &one);
        let km4 = m.i("subi", "%k", &four);
        let lane4 = m.i("muli", &lane, &four);
        let zv = zero4(m);
        let sh = m.op("llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>".into());
        let zero = m.math_const(0.0);
        // The tile's rows and outputs (clamped to the last) and their base pointers.
        let xbase: Vec<String> = (0..rows)
            .map(|i| {
                let c = m.c64(i);
                let r = m.i("addi", &r0, &c);
                let rc = m.op(format!("arith.minsi {r}, {m1} : i64"));
                let off = m.i("muli", &rc, "%x_stride");
                m.gep("%x", &off, "f32")
            })
            .collect();
        let wbase: Vec<String> = (0..outs)
            .map(|j| {
                let c = m.c64(j);
                let o = m.i("addi", &o0, &c);
                let oc = m.op(format!("arith.minsi {o}, {n1} : i64"));
                let off = m.i("muli", &oc, "%k");
                m.gep("%w", &off, welem)
            })
            .collect();
        // One sum per unrolled load, row and output (`i · outs + j`): independent chains;
        // with `norm`, one sum of squares per unrolled load and row as well, taken from the
        // same loads.
        let tile_n = (outs * rows) as usize;
        assert!(
            tile_n.is_power_of_two() && rows.count_ones() == 1 && tile_n <= NORM_LANES as usize,
            "a GEMV tile sums at most a warp's lanes of values, a power of two"
        );
        // A one-value tile keeps its sums as vectors of four (four chains per load).
        let vector = tile_n == 1;
        let accs: Vec<Vec<String>> = (0..unroll)
            .map(|_| {
                (0..tile_n)
                    .map(|_| {
                        if vector {
                            m.var_of("vector<4xf32>", &zv)
                        } else {
                            m.var(&zero)
                        }
                    })
                    .collect()
            })
            .collect();
        let squares: Vec<Vec<String>> = (0..if norm { unroll } else { 0 })
            .map(|_| (0..rows).map(|_| m.var(&zero)).collect())
            .collect();
        let per_iter = 4 * i64::from(NORM_LANES) * unroll;
        let step = m.c64(per_iter);
        // The vectors of one iteration at `k0`: per unrolled load, whether it lies inside
        // `k` (past it, its loads are clamped and it adds nothing), the outputs' weights
        // (scaled by the norm's weights), the rows' activations.
        let load = |m: &mut Lm, k0: &str| -> Vec<(String, Vec<String>, Vec<String>)> {
            (0..unroll)
                .map(|u| {
                    let du = m.c64(u * 4 * i64::from(NORM_LANES));
                    let k = m.i("addi", k0, &du);
                    let kk = m.op(format!("arith.minsi {k}, {km4} : i64"));
                    let inside = m.op(format!("arith.cmpi slt, {k}, %k : i64"));
                    let ws: Vec<String> = wbase
                        .iter()
                        .map(|wb| {
                            let wp = m.gep(wb, &kk, welem);
                            m.op(format!(
                                "llvm.load {wp} {{alignment = {walign} : i64}} : !llvm.ptr -> {wvec}"
                            ))
                        })
                        .collect();
                    let mut xs: Vec<String> = xbase
                        .iter()
                        .map(|xb| {
                            let xp = m.gep(xb, &kk, "f32");
                            m.op(format!(
                                "llvm.load {xp} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xf32>"
                            ))
                        })
                        .collect();
                    if norm {
                        let np = m.gep("%norm_w", &kk, "f32");
                        xs.push(m.op(format!(
                            "llvm.load {np} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xf32>"
                        )));
                    }
                    (inside, ws, xs)
                })
                .collect()
        };
        let compute = |m: &mut Lm, chunks: Vec<(String, Vec<String>, Vec<String>)>| {
            for (u, (inside, ws, mut xs)) in chunks.into_iter().enumerate() {
                let nw = norm.then(|| xs.pop().expect("the norm's weights"));
                // A vector-sum tile multiplies whole vectors; the others take elements.
                let xe: Vec<Vec<String>> = if vector {
                    Vec::new()
                } else {
                    xs.iter().map(|x| elements(m, x)).collect()
                };
                if norm {
                    for (i, x) in xs.iter().enumerate() {
                        let p = m.op(format!("llvm.fmul {x}, {x} : vector<4xf32>"));
                        let p = m.op(format!(
                            "llvm.select {inside}, {p}, {zv} : i1, vector<4xf32>"
                        ));
                        let h = hsum(m, &p);
                        let a = m.get(&squares[u][i]);
                        let a = m.f(false, "addf", &a, &h);
                        m.set(&squares[u][i], &a);
                    }
                }
                for (j, wv) in ws.iter().enumerate() {
                    let mut wf = if bf16_weights {
                        let w32 = m.op(format!("llvm.zext {wv} : vector<4xi16> to vector<4xi32>"));
                        let w32 = m.op(format!("llvm.shl {w32}, {sh} : vector<4xi32>"));
                        m.op(format!("llvm.bitcast {w32} : vector<4xi32> to vector<4xf32>"))
                    } else {
                        wv.clone()
                    };
                    if let Some(nw) = &nw {
                        wf = m.op(format!("llvm.fmul {wf}, {nw} : vector<4xf32>"));
                    }
                    let wf = m.op(format!(
                        "llvm.select {inside}, {wf}, {zv} : i1, vector<4xf32>"
                    ));
                    if vector {
                        let acc = &accs[u][0];
                        let p = m.op(format!("llvm.fmul {wf}, {} : vector<4xf32>", xs[0]));
                        let a = m.op(format!("llvm.load {acc} : !llvm.ptr -> vector<4xf32>"));
                        let a = m.op(format!("llvm.fadd {a}, {p} : vector<4xf32>"));
                        m.line(format!("llvm.store {a}, {acc} : vector<4xf32>, !llvm.ptr"));
                        continue;
                    }
                    let we = elements(m, &wf);
                    for (i, x) in xe.iter().enumerate() {
                        let acc = &accs[u][i * outs as usize + j];
                        let mut a = m.get(acc);
                        for e in 0..4 {
                            let p = m.f(false, "mulf", &we[e], &x[e]);
                            a = m.f(false, "addf", &a, &p);
                        }
                        m.set(acc, &a);
                    }
                }
            }
        };
        if tile.prefetch {
            // Each iteration issues the next one's loads before its own products, which then
            // wait on nothing (the loads of one iteration kept in stack variables that LLVM
            // promotes to registers).
            let first = load(m, &lane4);
            let staged: Vec<(Vec<String>, Vec<String>)> = first
                .iter()
                .map(|(_, ws, xs)| {
                    let wsl = ws.iter().map(|w| m.var_of(wvec, w)).collect();
                    let xsl = xs.iter().map(|x| m.var_of("vector<4xf32>", x)).collect();
                    (wsl, xsl)
                })
                .collect();
            m.for_(&lane4, "%k", &step, |m, k0| {
                let next_k = m.i("addi", &k0, &step);
                let next = load(m, &next_k);
                let chunks: Vec<(String, Vec<String>, Vec<String>)> = staged
                    .iter()
                    .enumerate()
                    .map(|(u, (wsl, xsl))| {
                        let du = m.c64(u as i64 * 4 * i64::from(NORM_LANES));
                        let k = m.i("addi", &k0, &du);
                        let inside = m.op(format!("arith.cmpi slt, {k}, %k : i64"));
                        let ws = wsl
                            .iter()
                            .map(|sl| m.op(format!("llvm.load {sl} : !llvm.ptr -> {wvec}")))
                            .collect();
                        let xs = xsl
                            .iter()
                            .map(|sl| {
                                m.op(format!("llvm.load {sl} : !llvm.ptr -> vector<4xf32>"))
                            })
                            .collect();
                        (inside, ws, xs)
                    })
                    .collect();
                compute(m, chunks);
                for ((_, ws, xs), (wsl, xsl)) in next.iter().zip(&staged) {
                    for (v, sl) in ws.iter().zip(wsl) {
                        m.line(format!("llvm.store {v}, {sl} : {wvec}, !llvm.ptr"));
                    }
                    for (v, sl) in xs.iter().zip(xsl) {
                        m.line(format!("llvm.store {v}, {sl} : vector<4xf32>, !llvm.ptr"));
                    }
                }
            });
        } else {
            m.for_(&lane4, "%k", &step, |m, k0| {
                let chunks = load(m, &k0);
                compute(m, chunks);
            });
        }
        let total = |m: &mut Lm, vars: &[Vec<String>], t: usize| -> String {
            let mut a = m.get(&vars[0][t]);
            for v in &vars[1..] {
                let b = m.get(&v[t]);
                a = m.f(false, "addf", &a, &b);
            }
            a
        };
        let sums: Vec<String> = if vector {
            let mut a = m.op(format!("llvm.load {} : !llvm.ptr -> vector<4xf32>", accs[0][0]));
            for v in &accs[1..] {
                let b = m.op(format!("llvm.load {} : !llvm.ptr -> vector<4xf32>", v[0]));
                a = m.op(format!("llvm.fadd {a}, {b} : vector<4xf32>"));
            }
            vec![hsum(m, &a)]
        } else {
            (0..tile_n).map(|t| total(m, &accs, t)).collect()
        };
        // Each lane ends with the whole sum of one (row, output): `idx`.
        let (sum, idx) = warp_sums_spread(m, &sums, &lane);
        let outs_c = m.c64(outs);
        let i = m.i("divsi", &idx, &outs_c);
        let j = m.i("remsi", &idx, &outs_c);
        let o = m.i("addi", &o0, &j);
        let r = m.i("addi", &r0, &i);
        // RMS norm: the lane's row's 1/sqrt(mean(x²) + eps) (its sums of squares spread as
        // the products' are, by rows: lane `l` ends with row `i`'s).
        let sum = if norm {
            let sq: Vec<String> = (0..rows as usize).map(|t| total(m, &squares, t)).collect();
            let (s, _) = warp_sums_spread(m, &sq, &lane);
            let inv = inv_rms(m, &s, "%k");
            m.f(false, "mulf", &sum, &inv)
        } else {
            sum
        };
        // The lanes holding a sum (the first of each group sharing one) store it.
        let spread = m.c64((i64::from(NORM_LANES) / tile_n as i64) - 1);
        let low = m.i("andi", &lane, &spread);
        let holds = m.op(format!("arith.cmpi eq, {low}, {z} : i64"));
        store_output(m, &sum, &o, &r, Some(&holds));
    });
    m.finish(&gemv_name(bf16_weights, norm, tile), &gemv_params(norm))
}

/// The parameters of every GEMV kernel (with `norm`, the norm's weights and epsilon too).
pub(super) fn gemv_params(norm: bool) -> Vec<(&'static str, ScalarKind)> {
    let mut params = vec![
        ("w", P),
        ("x", P),
        ("x_stride", I),
        ("bias", P),
        ("add", P),
        ("add_stride", I),
        ("out", P),
        ("split1", I),
        ("split2", I),
        ("m", I),
        ("n", I),
        ("k", I),
    ];
    if norm {
        params.extend([("norm_w", P), ("eps", F)]);
    }
    params.extend(CONV_STEP_PARAMS);
    params
}

/// The parameters of a GEMV's causal convolution step ([`conv_step`]): weights `[ch, k]`
/// (null: none), bias, the window `[m, k − 1, ch]` updated in place, the output `[m, ch]`,
/// `k`, and `act = 1` for silu.
const CONV_STEP_PARAMS: [(&str, ScalarKind); 6] = [
    ("conv_w", P),
    ("conv_b", P),
    ("conv_win", P),
    ("conv_out", P),
    ("conv_k", I),
    ("conv_act", I),
];

/// A decoding step of a causal depthwise convolution reading the GEMV's first piece (its
/// `split1` outputs are the channels), where `conv_w` is given: the thread storing output
/// `o < split1` of row `r` (value `v`) also computes channel `o`'s convolution over the
/// carried window and `v`, stores it (silu applied where `conv_act = 1`) at `conv_out[r,
/// o]`, and shifts the window by `v` (as [`super::conv::conv1d`] with `len = 1`). One thread
/// owns each (row, channel), so the window is updated in place without a race; the step
/// needs no launch of its own.
fn conv_step(m: &mut Lm, v: &str, o: &str, r: &str, first_piece: &str) {
    let given = m.non_null("%conv_w");
    let on = m.op(format!("arith.andi {given}, {first_piece} : i1"));
    m.region(format!("scf.if {on}"), |m| {
        let z = m.c64(0);
        let one = m.c64(1);
        let km1 = m.i("subi", "%conv_k", &one);
        let zero = m.math_const(0.0);
        let acc = m.var(&zero);
        let has_bias = m.non_null("%conv_b");
        m.region(format!("scf.if {has_bias}"), |m| {
            let b = m.ld("%conv_b", o, "f32");
            m.set(&acc, &b);
        });
        let wrow = m.i("muli", o, "%conv_k");
        let rk = m.i("muli", r, &km1);
        // Window slot `j` of this (row, channel).
        let slot = |m: &mut Lm, j: &str| {
            let row = m.i("addi", &rk, j);
            let ro = m.i("muli", &row, "%split1");
            m.i("addi", &ro, o)
        };
        m.for_(&z, &km1, &one, |m, j| {
            let off = slot(m, &j);
            let x = m.ld("%conv_win", &off, "f32");
            let wo = m.i("addi", &wrow, &j);
            let w = m.ld("%conv_w", &wo, "f32");
            let p = m.f(false, "mulf", &w, &x);
            let a = m.get(&acc);
            let a = m.f(false, "addf", &a, &p);
            m.set(&acc, &a);
        });
        let wo = m.i("addi", &wrow, &km1);
        let w = m.ld("%conv_w", &wo, "f32");
        let p = m.f(false, "mulf", &w, v);
        let a = m.get(&acc);
        let y = m.f(false, "addf", &a, &p);
        let sv = m.unary(UnaryFn::Silu, &y, false);
        let silu = m.op(format!("arith.cmpi eq, %conv_act, {one} : i64"));
        let y = m.select(false, &silu, &sv, &y);
        let ro = m.i("muli", r, "%split1");
        let off = m.i("addi", &ro, o);
        m.st(&y, "%conv_out", &off, "f32");
        // The window shifted by one, `v` appended (after the reads above).
        let last = m.i("subi", &km1, &one);
        m.for_(&z, &last, &one, |m, j| {
            let dst = slot(m, &j);
            let src = m.i("addi", &dst, "%split1");
            let x = m.ld("%conv_win", &src, "f32");
            m.st(&x, "%conv_win", &dst, "f32");
        });
        m.if_lt(&z, &km1, |m| {
            let dst = slot(m, &last);
            m.st(v, "%conv_win", &dst, "f32");
        });
    });
}

/// A GEMV's sum for output `o` of row `r`, where both lie inside (`o < n`, `r < m`) and
/// `cond` holds: plus `bias[o]` and `add[r, o]` where given (non-null), stored at its place
/// among the pieces of `split1` and `split2` (each piece dense, one after the other;
/// `split1 = split2 = n`: row-major); then the convolution step reading the first piece,
/// where there is one ([`conv_step`]).
pub(super) fn store_output(m: &mut Lm, sum: &str, o: &str, r: &str, cond: Option<&str>) {
    let z = m.c64(0);
    let in_n = m.op(format!("arith.cmpi slt, {o}, %n : i64"));
    let in_m = m.op(format!("arith.cmpi slt, {r}, %m : i64"));
    let mut ok = m.op(format!("arith.andi {in_n}, {in_m} : i1"));
    if let Some(c) = cond {
        ok = m.op(format!("arith.andi {ok}, {c} : i1"));
    }
    m.region(format!("scf.if {ok}"), |m| {
        let acc = m.var(sum);
        let has_bias = m.non_null("%bias");
        m.region(format!("scf.if {has_bias}"), |m| {
            let b = m.ld("%bias", o, "f32");
            let a = m.get(&acc);
            let a = m.f(false, "addf", &a, &b);
            m.set(&acc, &a);
        });
        let has_add = m.non_null("%add");
        m.region(format!("scf.if {has_add}"), |m| {
            let ro = m.i("muli", r, "%add_stride");
            let off = m.i("addi", &ro, o);
            let b = m.ld("%add", &off, "f32");
            let a = m.get(&acc);
            let a = m.f(false, "addf", &a, &b);
            m.set(&acc, &a);
        });
        let v = m.get(&acc);
        let in1 = m.op(format!("arith.cmpi slt, {o}, %split1 : i64"));
        let in2 = m.op(format!("arith.cmpi slt, {o}, %split2 : i64"));
        let sel = |m: &mut Lm, c: &str, a: &str, b: &str| {
            m.op(format!("arith.select {c}, {a}, {b} : i64"))
        };
        let before1 = m.i("muli", "%m", "%split1");
        let before2 = m.i("muli", "%m", "%split2");
        let base = sel(m, &in2, &before1, &before2);
        let base = sel(m, &in1, &z, &base);
        let w2 = m.i("subi", "%split2", "%split1");
        let w3 = m.i("subi", "%n", "%split2");
        let width = sel(m, &in2, &w2, &w3);
        let width = sel(m, &in1, "%split1", &width);
        let start = sel(m, &in2, "%split1", "%split2");
        let start = sel(m, &in1, &z, &start);
        let ro = m.i("muli", r, &width);
        let col = m.i("subi", o, &start);
        let off = m.i("addi", &base, &ro);
        let off = m.i("addi", &off, &col);
        m.st(&v, "%out", &off, "f32");
        conv_step(m, &v, o, r, &in1);
    });
}

/// The first row and output of tile `unit` (a warp's or a block's index) of `out[m, n]` in
/// tiles of `rows` × `outs`: row tile `unit mod ⌈m / rows⌉`, output tile `unit div ⌈m /
/// rows⌉` (the row tiles of one output tile side by side, so that its weights are read from
/// memory once).
pub(super) fn tile_origin(m: &mut Lm, unit: &str, rows: i64, outs: i64) -> (String, String) {
    let rows_c = m.c64(rows);
    let outs_c = m.c64(outs);
    let rows_less = m.c64(rows - 1);
    let mr = m.i("addi", "%m", &rows_less);
    let row_tiles = m.i("divsi", &mr, &rows_c);
    let rt = m.i("remsi", unit, &row_tiles);
    let ot = m.i("divsi", unit, &row_tiles);
    (m.i("muli", &rt, &rows_c), m.i("muli", &ot, &outs_c))
}
