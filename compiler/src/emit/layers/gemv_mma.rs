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

/// Slices a warp loads the weights of before it runs them.
const MMA_AHEAD: i64 = 3;

/// Warps of a block (its threads split `k` between them).
const WARPS: i64 = LAYER_THREADS as i64 / NORM_LANES as i64;

/// Words from one row of a warp's sums to the next in shared memory: 16 outputs padded to 20,
/// so that the 32 lanes' stores (rows `2t`, outputs `g`) fall in distinct banks.
const SUM_STRIDE: i64 = 20;

pub fn gemv_mma_name(norm: bool, rows: usize) -> String {
    format!("lr_gemv_bf16w{}_mma{rows}", if norm { "_norm" } else { "" })
}

/// Most parts the tensor-core GEMV splits `k` into between blocks.
pub const MMA_MAX_SPLITS: usize = 8;

/// The counters of a launch that splits `k` (one a tile; such a launch has fewer tiles than
/// [`MMA_WIDE_MIN_BLOCKS`]), zero between launches: each tile's last block resets its own.
pub const MMA_COUNTERS: usize = MMA_WIDE_MIN_BLOCKS;

/// The f32 workspace of a launch that splits `k`: each block's sums of a 32-row tile (and its
/// rows' squares), for every part of every tile.
pub const MMA_WORKSPACE: usize = MMA_COUNTERS * MMA_MAX_SPLITS * (MMA_OUTS + 1) * 32;

/// How a tensor-core GEMV over `out[m, n]` with `k` inputs is laid out: its row tile (one
/// of [`MMA_ROW_TILES`]) and the parts `k` is split into between blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MmaPlan {
    pub rows: usize,
    pub splits: usize,
}

impl MmaPlan {
    /// The row tile `rows` where given, else 32 rows where a batch spans more than one 8-row
    /// tile and a launch of them still has [`MMA_WIDE_MIN_BLOCKS`] blocks, else 8; then, with
    /// `split`, `k` split into as many parts as bring the launch to that many blocks (at most
    /// [`MMA_MAX_SPLITS`], and at most one part per 8 slices of 32, one a warp). Measured on
    /// an H100 (ncu, one bf16 decode step of Mamba-130m at 32 sequences, e7bc5e8): the
    /// out-projection (k = 1,536, 768 outputs) in 32-row tiles split in 3 took 12.5 us
    /// against 8.3 in 8-row tiles unsplit, so a split never buys the wider tile. The runtime
    /// splits only where asked (`MmaForce::split`): the whole step was faster unsplit.
    pub fn new(m: usize, n: usize, k: usize, rows: Option<usize>, split: bool) -> MmaPlan {
        let most = (k.div_ceil(MMA_K as usize) / WARPS as usize).clamp(1, MMA_MAX_SPLITS);
        let tiles = |rows: usize| m.div_ceil(rows) * n.div_ceil(MMA_OUTS);
        let [narrow, wide] = MMA_ROW_TILES;
        let rows = rows.unwrap_or(if m > narrow && tiles(wide) >= MMA_WIDE_MIN_BLOCKS {
            wide
        } else {
            narrow
        });
        let splits = if split {
            MMA_WIDE_MIN_BLOCKS.div_ceil(tiles(rows)).clamp(1, most)
        } else {
            1
        };
        MmaPlan { rows, splits }
    }

    /// The tiles of `out[m, n]`.
    pub fn tiles(self, m: usize, n: usize) -> usize {
        m.div_ceil(self.rows) * n.div_ceil(MMA_OUTS)
    }

    /// The threads of its launch: a block per tile and part.
    pub fn threads(self, m: usize, n: usize) -> usize {
        self.tiles(m, n) * self.splits * LAYER_THREADS as usize
    }

    /// Whether its split fits [`MMA_COUNTERS`] and [`MMA_WORKSPACE`] (always, as
    /// [`MmaPlan::new`] splits; a forced tile may not), else it runs unsplit.
    pub fn fitted(self, m: usize, n: usize) -> MmaPlan {
        let tiles = self.tiles(m, n);
        let fits = tiles <= MMA_COUNTERS
            && tiles * self.splits * (MMA_OUTS + 1) * self.rows <= MMA_WORKSPACE;
        if fits {
            self
        } else {
            MmaPlan { splits: 1, ..self }
        }
    }
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
    // Block `b` takes part `b mod splits` of `k` for tile `b div splits`.
    let tile = m.i("divsi", &b, "%splits");
    let part = m.i("remsi", &b, "%splits");
    let (r0, o0) = tile_origin(&mut m, &tile, r, MMA_OUTS as i64);
    // The tile's weight rows into L2 while the kernel before finishes.
    m.prefetch_weight_rows(&o0, MMA_OUTS as i64, 2, &tid, i64::from(LAYER_THREADS));
    m.wait_for_predecessor();
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
    let zv = zero4(&mut m);
    let slice = m.c64(MMA_K);
    let slice_less = m.c64(MMA_K - 1);
    let kc = m.i("addi", "%k", &slice_less);
    let slices = m.i("divsi", &kc, &slice);
    // Slice `s` goes to part `(s div 8) mod splits`, warp `s mod 8`.
    let warps = m.c64(WARPS);
    let first = m.i("muli", &part, &warps);
    let first = m.i("addi", &first, &warp);
    let step = m.i("muli", "%splits", &warps);
    // A warp issues the weight loads of [`MMA_AHEAD`] of its slices before it runs them, so
    // that they wait on memory together (a slice past `k` reads a clamped row and adds
    // nothing: its activations are zero).
    let ahead = m.c64(MMA_AHEAD);
    let stride = m.i("muli", &step, &ahead);
    m.for_(&first, &slices, &stride, |m, s0| {
        let t8 = m.i("muli", &t, &eight);
        let loaded: Vec<[String; 4]> = (0..MMA_AHEAD)
            .map(|u| {
                let uc = m.c64(u);
                let off = m.i("muli", &uc, &step);
                let s = m.i("addi", &s0, &off);
                let base = m.i("muli", &s, &slice);
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
                [inside, kc, a_lo, a_hi]
            })
            .collect();
        for [inside, kc, a_lo, a_hi] in loaded {
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
    // output `e mod 16` of the tile: first its sum over the warps (and its row's squares).
    let entries = r * MMA_OUTS as i64;
    let threads = i64::from(LAYER_THREADS);
    let outs = m.c64(MMA_OUTS as i64);
    let ec = m.c64(entries);
    let mine: Vec<Entry> = (0..(entries + threads - 1) / threads)
        .map(|h| {
            let hc = m.c64(h * threads);
            let e = m.i("addi", &tid, &hc);
            let live = m.op(format!("arith.cmpi slt, {e}, {ec} : i64"));
            let row = m.i("divsi", &e, &outs);
            let out = m.i("remsi", &e, &outs);
            let total = m.var(&zero);
            let squares_v = m.var(&zero);
            m.region(format!("scf.if {live}"), |m| {
                let ro = m.i("muli", &row, &stride);
                let slot = m.i("addi", &ro, &out);
                let offs: Vec<i64> = (0..WARPS).map(|w| w * r * SUM_STRIDE).collect();
                let t = sum_at(m, &sums, &slot, &offs);
                m.set(&total, &t);
                if norm {
                    let offs: Vec<i64> = (0..WARPS).map(|w| w * r).collect();
                    let q = sum_at(m, &squares, &row, &offs);
                    m.set(&squares_v, &q);
                }
            });
            Entry {
                e,
                live,
                row,
                out,
                total,
                squares: squares_v,
            }
        })
        .collect();
    // With `k` split between blocks, each block's sums go to the workspace and the tile's
    // last block to arrive (a counter per tile, reset by it) adds them up in part order:
    // the same sums, in the same order, whichever block comes last.
    let yes = m.op("arith.constant true".into());
    let store = m.var_of("i1", &yes);
    let many = m.op(format!("arith.cmpi sgt, %splits, {one} : i64"));
    m.region(format!("scf.if {many}"), |m| {
        let per = m.c64(entries + r);
        let ours = m.i("muli", &tile, "%splits");
        let ours = m.i("addi", &ours, &part);
        let ours = m.i("muli", &ours, &per);
        for en in &mine {
            m.region(format!("scf.if {}", en.live), |m| {
                let off = m.i("addi", &ours, &en.e);
                let t = m.get(&en.total);
                m.st(&t, "%ws", &off, "f32");
                if norm {
                    let first_out = m.op(format!("arith.cmpi eq, {}, {z} : i64", en.out));
                    m.region(format!("scf.if {first_out}"), |m| {
                        let off = m.i("addi", &ours, &ec);
                        let off = m.i("addi", &off, &en.row);
                        let q = m.get(&en.squares);
                        m.st(&q, "%ws", &off, "f32");
                    });
                }
            });
        }
        fence(m);
        m.line("gpu.barrier".into());
        let lead = m.op(format!("arith.cmpi eq, {tid}, {z} : i64"));
        m.region(format!("scf.if {lead}"), |m| {
            let p = m.gep("%counters", &tile, "i32");
            let inc = m.op("arith.constant 1 : i32".into());
            let old = m.op(format!(
                "llvm.atomicrmw add {p}, {inc} acq_rel : !llvm.ptr, i32"
            ));
            let s32 = m.op("arith.trunci %splits : i64 to i32".into());
            let lastn = m.op(format!("arith.subi {s32}, {inc} : i32"));
            let last = m.op(format!("arith.cmpi eq, {old}, {lastn} : i32"));
            let flag = m.op(format!("arith.uitofp {last} : i1 to f32"));
            let z0 = m.c64(0);
            m.st(&flag, &sums, &z0, "f32");
            m.region(format!("scf.if {last}"), |m| {
                let zero32 = m.op("arith.constant 0 : i32".into());
                m.line(format!("llvm.store {zero32}, {p} : i32, !llvm.ptr"));
            });
        });
        m.line("gpu.barrier".into());
        let z0 = m.c64(0);
        let flag = m.ld(&sums, &z0, "f32");
        let zf = m.math_const(0.0);
        let last = m.op(format!("arith.cmpf one, {flag}, {zf} : f32"));
        m.line(format!("llvm.store {last}, {store} : i1, !llvm.ptr"));
        m.region(format!("scf.if {last}"), |m| {
            fence(m);
            let base = m.i("muli", &tile, "%splits");
            let base = m.i("muli", &base, &per);
            for en in &mine {
                m.region(format!("scf.if {}", en.live), |m| {
                    let t = sum_parts(m, &base, &en.e, &per);
                    m.set(&en.total, &t);
                    if norm {
                        let at = m.i("addi", &ec, &en.row);
                        let q = sum_parts(m, &base, &at, &per);
                        m.set(&en.squares, &q);
                    }
                });
            }
        });
    });
    let store = m.op(format!("llvm.load {store} : !llvm.ptr -> i1"));
    for en in &mine {
        let ok = m.op(format!("arith.andi {}, {store} : i1", en.live));
        m.region(format!("scf.if {ok}"), |m| {
            let mut total = m.get(&en.total);
            if norm {
                let q = m.get(&en.squares);
                let inv = inv_rms(m, &q, "%k");
                total = m.f(false, "mulf", &total, &inv);
            }
            let o = m.i("addi", &o0, &en.out);
            let rr = m.i("addi", &r0, &en.row);
            store_output(m, &total, &o, &rr, None);
        });
    }
    let mut params = gemv_params(norm);
    params.extend([("splits", I), ("ws", P), ("counters", P)]);
    m.finish(&name, &params)
}

/// One output a thread of the tensor-core GEMV finishes: its index `e` in the tile (and
/// whether the tile has it), row and output, and its sum and its row's sum of squares.
struct Entry {
    e: String,
    live: String,
    row: String,
    out: String,
    total: String,
    squares: String,
}

/// `Σ_j base[at + offs_j]` (f32, in order).
fn sum_at(m: &mut Lm, base: &str, at: &str, offs: &[i64]) -> String {
    let mut total: Option<String> = None;
    for &o in offs {
        let oc = m.c64(o);
        let off = m.i("addi", at, &oc);
        let v = m.ld(base, &off, "f32");
        total = Some(match total {
            None => v,
            Some(a) => m.f(false, "addf", &a, &v),
        });
    }
    total.expect("at least one term")
}

/// `Σ_p ws[base + p · per + at]` over the `%splits` parts, in order, read from L2 (other
/// blocks wrote them; this SM's L1 may hold older lines).
fn sum_parts(m: &mut Lm, base: &str, at: &str, per: &str) -> String {
    let zero = m.math_const(0.0);
    let acc = m.var(&zero);
    let z = m.c64(0);
    let one = m.c64(1);
    m.for_(&z, "%splits", &one, |m, p| {
        let off = m.i("muli", &p, per);
        let off = m.i("addi", &off, base);
        let off = m.i("addi", &off, at);
        let ptr = m.gep("%ws", &off, "f32");
        let addr = m.op(format!("llvm.ptrtoint {ptr} : !llvm.ptr to i64"));
        let v = m.op(format!(
            "llvm.inline_asm has_side_effects asm_dialect = att \"ld.global.cg.f32 $0, [$1];\", \"=f,l\" {addr} : (i64) -> f32"
        ));
        let a = m.get(&acc);
        let a = m.f(false, "addf", &a, &v);
        m.set(&acc, &a);
    });
    m.get(&acc)
}

/// A fence ordering this thread's global accesses for the whole GPU.
fn fence(m: &mut Lm) {
    m.line(
        "llvm.inline_asm has_side_effects asm_dialect = att \"fence.acq_rel.gpu;\", \"\"  : () -> ()"
            .into(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_of_mamba_130m_decoding_32_sequences() {
        let plan = |n, k| MmaPlan::new(32, n, k, None, true);
        let p = |rows, splits| MmaPlan { rows, splits };
        // In-projection (norm fused) and LM head: 32-row tiles fill the GPU unsplit.
        assert_eq!(plan(3072, 768), p(32, 1));
        assert_eq!(plan(50280, 768), p(32, 1));
        // Out-projection: 8-row tiles (192 blocks), unsplit.
        assert_eq!(plan(768, 1536), p(8, 1));
        // x-projection (80 outputs): 20 tiles of 8 rows, k split in 6 (one slice a warp).
        assert_eq!(plan(80, 1536), p(8, 6));
        // dt-projection (k = 48: two slices, no part for another block).
        assert_eq!(plan(1536, 48), p(8, 1));
        // Forced: the tile, and no split.
        assert_eq!(MmaPlan::new(32, 80, 1536, Some(32), true), p(32, 6));
        assert_eq!(MmaPlan::new(32, 80, 1536, None, false), p(8, 1));
        assert_eq!(plan(80, 1536).threads(32, 80), 120 * LAYER_THREADS as usize);
    }

    #[test]
    fn a_split_past_the_workspace_runs_unsplit() {
        let p = MmaPlan {
            rows: 32,
            splits: 4,
        };
        assert_eq!(p.fitted(32, 80), p);
        // More tiles than counters.
        assert_eq!(p.fitted(64, 16 * (MMA_COUNTERS + 1)).splits, 1);
    }
}
