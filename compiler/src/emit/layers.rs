//! Layer kernels: the ordinary layers a model block runs around its recurrences — embedding
//! gather, RMS norm, elementwise maps, the causal depthwise convolution and its carried
//! window, strided gathers (a model's sequence-major activations to a recurrence's declared
//! layout and back) and f32 → bf16 conversion for tensor-core GEMMs. Written as MLIR text and
//! lowered by the same pipeline as the recurrence kernels; GEMMs are cuBLAS's.
//!
//! Conventions: 1-D grids of [`LAYER_THREADS`] threads, one thread per output element unless
//! said otherwise, f32 activations, i64 sizes. A strided input is `(pointer, row stride)` with
//! a logical row length (`cols`): element `i` sits at `(i / cols) · stride + i % cols`, which
//! lets a kernel read one piece of a split without a copy.

use std::collections::HashMap;

use super::kernel::Target;
use super::math::ScalarMath;
use crate::ir::builtins::Spelling;
use crate::ir::{BinaryFn, UnaryFn};
use crate::manifest::{LayerParam, ScalarKind};

/// Threads per block of every layer kernel.
pub const LAYER_THREADS: u32 = 256;

/// Positions of one channel a causal-convolution thread computes.
pub const CONV_ROWS: usize = 16;

/// Most taps of the unrolled convolution kernel (`lr_conv1d_k4`); longer ones use `lr_conv1d`.
pub const CONV_TAPS: usize = 4;

/// Consecutive innermost elements one gather thread copies (its index arithmetic once).
pub const GATHER_RUN: usize = 8;

/// The causal-convolution kernel for `k` taps and the threads it is launched with over
/// `x [batch, len, ch]`.
pub fn conv_launch(k: usize, batch: usize, len: usize, ch: usize) -> (&'static str, usize) {
    let name = if k <= CONV_TAPS {
        "lr_conv1d_k4"
    } else {
        "lr_conv1d"
    };
    (name, batch * len.div_ceil(CONV_ROWS) * ch)
}

/// The threads `lr_gather4` is launched with for `n > 0` elements whose last dim is `last`.
pub fn gather_threads(n: usize, last: usize) -> usize {
    32 * (n / last) * last.div_ceil(32 * GATHER_RUN)
}

/// Lanes that cooperate on one row of an RMS norm (a warp; its sum by shuffles).
pub const NORM_LANES: u32 = 32;

/// The elementwise maps with a kernel each: every unary builtin a model may call.
pub fn unary_fns() -> impl Iterator<Item = UnaryFn> {
    UnaryFn::all().filter(|f| f.info().spelling != Spelling::Internal)
}

/// The elementwise binary operators with a kernel each: every binary builtin a model may call.
pub fn binary_fns() -> impl Iterator<Item = BinaryFn> {
    BinaryFn::all().filter(|f| f.info().spelling != Spelling::Internal)
}

pub fn unary_name(f: UnaryFn) -> String {
    format!("lr_unary_{}", f.name())
}

pub fn binary_name(f: BinaryFn) -> String {
    format!("lr_binary_{}", f.name())
}

/// One layer kernel's function text and parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerKernel {
    pub name: String,
    pub params: Vec<LayerParam>,
    pub func: String,
}

/// Every layer kernel.
pub fn kernels() -> Vec<LayerKernel> {
    let mut v = vec![
        embed(),
        rmsnorm(),
        conv1d(),
        conv1d_small(),
        conv_state(),
        gather4(),
        to_bf16(),
        round_bf16(),
        argmax_partial(),
        argmax_final(),
        gemv(false, false),
        gemv(true, false),
        gemv(false, true),
        gemv(true, true),
    ];
    v.extend(unary_fns().map(unary));
    v.extend(binary_fns().map(binary));
    v
}

/// The MLIR module holding `kernels`.
pub fn module_text(kernels: &[LayerKernel]) -> String {
    let mut s =
        String::from("module attributes {gpu.container_module} {\n  gpu.module @layers {\n");
    for k in kernels {
        s.push_str(&k.func);
    }
    s.push_str("  }\n}\n");
    s
}

/// A small text builder for one `gpu.func`.
struct Lm {
    next: usize,
    entry: Vec<String>,
    body: Vec<String>,
    indent: usize,
    consts: HashMap<String, String>,
}

impl ScalarMath for Lm {
    fn math_op(&mut self, _pre: bool, op: String) -> String {
        self.op(op)
    }

    fn math_const(&mut self, v: f64) -> String {
        let key = format!("0x{:08X}", (v as f32).to_bits());
        if let Some(c) = self.consts.get(&key) {
            return c.clone();
        }
        let c = self.fresh();
        self.entry
            .push(format!("      {c} = arith.constant {key} : f32"));
        self.consts.insert(key, c.clone());
        c
    }

    fn math_target(&self) -> Target {
        Target::Gpu
    }
}

impl Lm {
    fn new() -> Lm {
        Lm {
            next: 0,
            entry: Vec::new(),
            body: Vec::new(),
            indent: 3,
            consts: HashMap::new(),
        }
    }

    fn fresh(&mut self) -> String {
        self.next += 1;
        format!("%v{}", self.next)
    }

    fn line(&mut self, s: String) {
        self.body.push(format!("{}{s}", "  ".repeat(self.indent)));
    }

    fn op(&mut self, s: String) -> String {
        let v = self.fresh();
        self.line(format!("{v} = {s}"));
        v
    }

    fn c64(&mut self, v: i64) -> String {
        let key = format!("i64:{v}");
        if let Some(c) = self.consts.get(&key) {
            return c.clone();
        }
        let c = self.fresh();
        self.entry
            .push(format!("      {c} = arith.constant {v} : i64"));
        self.consts.insert(key, c.clone());
        c
    }

    fn i(&mut self, op: &str, a: &str, b: &str) -> String {
        self.op(format!("arith.{op} {a}, {b} : i64"))
    }

    /// The thread's global index.
    fn gid(&mut self) -> String {
        let b = self.op("gpu.block_id x".into());
        let t = self.op("gpu.thread_id x".into());
        let b = self.op(format!("arith.index_cast {b} : index to i64"));
        let t = self.op(format!("arith.index_cast {t} : index to i64"));
        let n = self.c64(i64::from(LAYER_THREADS));
        let base = self.i("muli", &b, &n);
        self.i("addi", &base, &t)
    }

    fn region(&mut self, header: String, f: impl FnOnce(&mut Self)) {
        self.line(format!("{header} {{"));
        self.indent += 1;
        f(self);
        self.indent -= 1;
        self.line("}".into());
    }

    /// `if a < b` (signed i64).
    fn if_lt(&mut self, a: &str, b: &str, f: impl FnOnce(&mut Self)) {
        let c = self.op(format!("arith.cmpi slt, {a}, {b} : i64"));
        self.region(format!("scf.if {c}"), f);
    }

    /// `if cond { then } else { other }`.
    fn if_else(&mut self, c: &str, then: impl FnOnce(&mut Self), other: impl FnOnce(&mut Self)) {
        self.line(format!("scf.if {c} {{"));
        self.indent += 1;
        then(self);
        self.indent -= 1;
        self.line("} else {".into());
        self.indent += 1;
        other(self);
        self.indent -= 1;
        self.line("}".into());
    }

    /// `for i in lo..hi step st` (i64).
    fn for_(&mut self, lo: &str, hi: &str, st: &str, f: impl FnOnce(&mut Self, String)) {
        let iv = self.fresh();
        self.region(
            format!("scf.for {iv} = {lo} to {hi} step {st} : i64"),
            |e| f(e, iv.clone()),
        );
    }

    fn gep(&mut self, base: &str, off: &str, elem: &str) -> String {
        self.op(format!(
            "llvm.getelementptr {base}[{off}] : (!llvm.ptr, i64) -> !llvm.ptr, {elem}"
        ))
    }

    fn ld(&mut self, base: &str, off: &str, ty: &str) -> String {
        let p = self.gep(base, off, ty);
        self.op(format!("llvm.load {p} : !llvm.ptr -> {ty}"))
    }

    fn st(&mut self, v: &str, base: &str, off: &str, ty: &str) {
        let p = self.gep(base, off, ty);
        self.line(format!("llvm.store {v}, {p} : {ty}, !llvm.ptr"));
    }

    /// A one-f32 stack variable (promoted to a register by LLVM).
    fn var(&mut self, init: &str) -> String {
        let one = self.c64(1);
        let v = self.fresh();
        self.entry.push(format!(
            "      {v} = llvm.alloca {one} x f32 : (i64) -> !llvm.ptr"
        ));
        self.line(format!("llvm.store {init}, {v} : f32, !llvm.ptr"));
        v
    }

    fn get(&mut self, var: &str) -> String {
        self.op(format!("llvm.load {var} : !llvm.ptr -> f32"))
    }

    fn set(&mut self, var: &str, v: &str) {
        self.line(format!("llvm.store {v}, {var} : f32, !llvm.ptr"));
    }

    fn non_null(&mut self, p: &str) -> String {
        let z = self.op("llvm.mlir.zero : !llvm.ptr".into());
        self.op(format!("llvm.icmp \"ne\" {p}, {z} : !llvm.ptr"))
    }

    /// Element `i` of a strided input.
    fn strided(&mut self, base: &str, stride: &str, cols: &str, i: &str) -> String {
        let r = self.i("divsi", i, cols);
        let c = self.i("remsi", i, cols);
        let ro = self.i("muli", &r, stride);
        let off = self.i("addi", &ro, &c);
        self.ld(base, &off, "f32")
    }

    fn finish(self, name: &str, params: &[(&str, &str)]) -> LayerKernel {
        let sig: Vec<String> = params.iter().map(|(n, t)| format!("%{n}: {t}")).collect();
        let mut f = format!("    gpu.func @{name}({}) kernel {{\n", sig.join(", "));
        for l in self.entry.iter().chain(&self.body) {
            f.push_str(l);
            f.push('\n');
        }
        f.push_str("      gpu.return\n    }\n");
        LayerKernel {
            name: name.into(),
            params: params
                .iter()
                .map(|&(n, t)| LayerParam {
                    name: n.into(),
                    kind: match t {
                        P => ScalarKind::Ptr,
                        I => ScalarKind::I64,
                        "f32" => ScalarKind::F32,
                        other => {
                            unreachable!("layer kernels take pointers, i64 and f32, not {other}")
                        }
                    },
                })
                .collect(),
            func: f,
        }
    }
}

const P: &str = "!llvm.ptr";
const I: &str = "i64";

/// `out[r, c] = table[ids[r], c]`: ids i32 (checked against the vocabulary by the caller).
fn embed() -> LayerKernel {
    let mut m = Lm::new();
    let n = m.i("muli", "%rows", "%dim");
    let i = m.gid();
    m.if_lt(&i, &n, |m| {
        let r = m.i("divsi", &i, "%dim");
        let c = m.i("remsi", &i, "%dim");
        let id = m.ld("%ids", &r, "i32");
        let id = m.op(format!("arith.extsi {id} : i32 to i64"));
        let ro = m.i("muli", &id, "%dim");
        let off = m.i("addi", &ro, &c);
        let v = m.ld("%table", &off, "f32");
        m.st(&v, "%out", &i, "f32");
    });
    m.finish(
        "lr_embed",
        &[
            ("table", P),
            ("ids", P),
            ("out", P),
            ("rows", I),
            ("dim", I),
        ],
    )
}

/// `out[r] = x[r] / sqrt(mean(x[r]²) + eps) · w`: a warp per row, its sum by shuffles.
fn rmsnorm() -> LayerKernel {
    let mut m = Lm::new();
    let g = m.gid();
    let lanes = m.c64(i64::from(NORM_LANES));
    let row = m.i("divsi", &g, &lanes);
    let lane = m.i("remsi", &g, &lanes);
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
        let d = m.op("arith.sitofp %dim : i64 to f32".into());
        let mean = m.f(false, "divf", &s, &d);
        let var = m.f(false, "addf", &mean, "%eps");
        let root = m.call1(false, "llvm.sqrt.f32", &var);
        let one = m.math_const(1.0);
        let inv = m.f(false, "divf", &one, &root);
        let orow = m.i("muli", &row, "%dim");
        m.for_(&lane, "%dim", &lanes, |m, c| {
            let off = m.i("addi", &xrow, &c);
            let v = m.ld("%x", &off, "f32");
            let w = m.ld("%w", &c, "f32");
            let y = m.f(false, "mulf", &v, &inv);
            let y = m.f(false, "mulf", &y, &w);
            let o = m.i("addi", &orow, &c);
            m.st(&y, "%out", &o, "f32");
        });
    });
    m.finish(
        "lr_rmsnorm",
        &[
            ("x", P),
            ("x_stride", I),
            ("w", P),
            ("out", P),
            ("rows", I),
            ("dim", I),
            ("eps", "f32"),
        ],
    )
}

fn unary(f: UnaryFn) -> LayerKernel {
    map_kernel(&unary_name(f), "f32", |m, v| m.unary(f, v, false))
}

/// `out[i] = f(x[i])` over a strided input: the elementwise maps' shared shape.
fn map_kernel(name: &str, out_ty: &str, f: impl FnOnce(&mut Lm, &str) -> String) -> LayerKernel {
    let mut m = Lm::new();
    let i = m.gid();
    m.if_lt(&i, "%n", |m| {
        let v = m.strided("%x", "%x_stride", "%cols", &i);
        let y = f(m, &v);
        m.st(&y, "%out", &i, out_ty);
    });
    m.finish(
        name,
        &[("x", P), ("x_stride", I), ("cols", I), ("out", P), ("n", I)],
    )
}

/// `out[i] = a[i mod a_n] op b[i mod b_n]`: equal shapes, or one operand repeated (a scalar,
/// or a trailing-dims broadcast).
fn binary(f: BinaryFn) -> LayerKernel {
    let mut m = Lm::new();
    let i = m.gid();
    m.if_lt(&i, "%n", |m| {
        let ia = m.i("remsi", &i, "%a_n");
        let ib = m.i("remsi", &i, "%b_n");
        let a = m.strided("%a", "%a_stride", "%a_cols", &ia);
        let b = m.strided("%b", "%b_stride", "%b_cols", &ib);
        let y = m.binary(f, &a, &b, false);
        m.st(&y, "%out", &i, "f32");
    });
    m.finish(
        &binary_name(f),
        &[
            ("a", P),
            ("a_stride", I),
            ("a_cols", I),
            ("a_n", I),
            ("b", P),
            ("b_stride", I),
            ("b_cols", I),
            ("b_n", I),
            ("out", P),
            ("n", I),
        ],
    )
}

/// Input `s` (which may be negative: then from the carried window `prev`, or zero) of
/// channel `c` of batch row `b`, for the convolution kernels.
fn conv_input(m: &mut Lm, b: &str, s: &str, c: &str) -> String {
    let zero = m.math_const(0.0);
    let v = m.var(&zero);
    let z = m.c64(0);
    let inside = m.op(format!("arith.cmpi sge, {s}, {z} : i64"));
    let one = m.c64(1);
    let km1 = m.i("subi", "%k", &one);
    m.if_else(
        &inside,
        |m| {
            let bl = m.i("muli", b, "%len");
            let r = m.i("addi", &bl, s);
            let ro = m.i("muli", &r, "%x_stride");
            let off = m.i("addi", &ro, c);
            let x = m.ld("%x", &off, "f32");
            m.set(&v, &x);
        },
        |m| {
            let given = m.non_null("%prev");
            m.region(format!("scf.if {given}"), |m| {
                let bk = m.i("muli", b, &km1);
                let r = m.i("addi", &bk, &km1);
                let r = m.i("addi", &r, s);
                let ro = m.i("muli", &r, "%ch");
                let off = m.i("addi", &ro, c);
                let x = m.ld("%prev", &off, "f32");
                m.set(&v, &x);
            });
        },
    );
    m.get(&v)
}

/// The convolution kernels' thread count (`batch · ⌈len / CONV_ROWS⌉ · ch`) and runs of
/// positions per row.
fn conv_threads(m: &mut Lm) -> (String, String) {
    let rows = m.c64(CONV_ROWS as i64);
    let rm1 = m.c64(CONV_ROWS as i64 - 1);
    let padded = m.i("addi", "%len", &rm1);
    let chunks = m.i("divsi", &padded, &rows);
    let bc = m.i("muli", "%batch", &chunks);
    (m.i("muli", &bc, "%ch"), chunks)
}

/// Thread `i` of a convolution kernel: its channel, batch row and first position.
fn conv_thread(m: &mut Lm, i: &str, chunks: &str) -> (String, String, String) {
    let c = m.i("remsi", i, "%ch");
    let q = m.i("divsi", i, "%ch");
    let chunk = m.i("remsi", &q, chunks);
    let b = m.i("divsi", &q, chunks);
    let rows = m.c64(CONV_ROWS as i64);
    let t0 = m.i("muli", &chunk, &rows);
    (c, b, t0)
}

/// A single decoding step (`len = 1`) with `state` (= `prev`): the window of channel `c` of
/// batch row `b` shifted by one in place and the new input appended, after it was read.
fn conv_shift_window(m: &mut Lm, b: &str, c: &str) {
    let one = m.c64(1);
    let z = m.c64(0);
    let km1 = m.i("subi", "%k", &one);
    let has_state = m.non_null("%state");
    m.region(format!("scf.if {has_state}"), |m| {
        let bk = m.i("muli", b, &km1);
        let last = m.i("subi", &km1, &one);
        m.for_(&z, &last, &one, |m, j| {
            let r = m.i("addi", &bk, &j);
            let ro = m.i("muli", &r, "%ch");
            let dst = m.i("addi", &ro, c);
            let src = m.i("addi", &dst, "%ch");
            let v = m.ld("%state", &src, "f32");
            m.st(&v, "%state", &dst, "f32");
        });
        let r = m.i("addi", &bk, &last);
        let ro = m.i("muli", &r, "%ch");
        let dst = m.i("addi", &ro, c);
        let xo = m.i("muli", b, "%x_stride");
        let xo = m.i("addi", &xo, c);
        let v = m.ld("%x", &xo, "f32");
        m.st(&v, "%state", &dst, "f32");
    });
}

/// Causal depthwise convolution over `x [batch, len, ch]` (strided rows), weights
/// `[ch, k]`, optional bias and carried window `prev [batch, k − 1, ch]` (the inputs before
/// position 0; zeros when null); `act = 1` applies silu to the result. For a single step
/// (`len = 1`, `prev` given) a non-null `state` (= `prev`) gets the new window in place.
///
/// A thread computes [`CONV_ROWS`] consecutive positions of one channel (launch
/// `batch · ⌈len / CONV_ROWS⌉ · ch` threads): its index arithmetic (64-bit divisions) is done
/// once for them, and the inputs its taps share stay in cache; consecutive threads take
/// consecutive channels (coalesced).
fn conv1d() -> LayerKernel {
    let mut m = Lm::new();
    let (n, chunks) = conv_threads(&mut m);
    let i = m.gid();
    m.if_lt(&i, &n, |m| {
        let (c, b, t0) = conv_thread(m, &i, &chunks);
        let rows = m.c64(CONV_ROWS as i64);
        let t_end = m.i("addi", &t0, &rows);
        let t1 = m.op(format!("arith.minsi {t_end}, %len : i64"));
        let one = m.c64(1);
        let km1 = m.i("subi", "%k", &one);
        let z = m.c64(0);
        let wrow = m.i("muli", &c, "%k");
        let bl = m.i("muli", &b, "%len");
        let has_bias = m.non_null("%bias");
        m.for_(&t0, &t1, &one, |m, t| {
            let zero = m.math_const(0.0);
            let acc = m.var(&zero);
            m.region(format!("scf.if {has_bias}"), |m| {
                let bv = m.ld("%bias", &c, "f32");
                m.set(&acc, &bv);
            });
            let base = m.i("subi", &t, &km1);
            m.for_(&z, "%k", &one, |m, j| {
                let s = m.i("addi", &base, &j);
                let x = conv_input(m, &b, &s, &c);
                let wo = m.i("addi", &wrow, &j);
                let w = m.ld("%w", &wo, "f32");
                let p = m.f(false, "mulf", &w, &x);
                let a = m.get(&acc);
                let a = m.f(false, "addf", &a, &p);
                m.set(&acc, &a);
            });
            let y = m.get(&acc);
            let sv = m.unary(UnaryFn::Silu, &y, false);
            let on = m.op(format!("arith.cmpi eq, %act, {one} : i64"));
            let y = m.select(false, &on, &sv, &y);
            let r = m.i("addi", &bl, &t);
            let ro = m.i("muli", &r, "%ch");
            let o = m.i("addi", &ro, &c);
            m.st(&y, "%out", &o, "f32");
        });
        conv_shift_window(m, &b, &c);
    });
    m.finish("lr_conv1d", CONV_PARAMS)
}

/// The parameters of both convolution kernels.
const CONV_PARAMS: &[(&str, &str)] = &[
    ("x", P),
    ("x_stride", I),
    ("w", P),
    ("bias", P),
    ("prev", P),
    ("out", P),
    ("state", P),
    ("batch", I),
    ("len", I),
    ("ch", I),
    ("k", I),
    ("act", I),
];

/// [`conv1d`] for `k ≤ CONV_TAPS` (Mamba's 4), same parameters: the taps are unrolled
/// (weights left-padded with zeros to `CONV_TAPS`), and a thread reads the `CONV_ROWS +
/// CONV_TAPS − 1` inputs its positions need once, all before computing (every load in flight
/// together), instead of `k` dependent reads per position.
fn conv1d_small() -> LayerKernel {
    let mut m = Lm::new();
    let (n, chunks) = conv_threads(&mut m);
    let i = m.gid();
    m.if_lt(&i, &n, |m| {
        let (c, b, t0) = conv_thread(m, &i, &chunks);
        let one = m.c64(1);
        let z = m.c64(0);
        let wrow = m.i("muli", &c, "%k");
        let bl = m.i("muli", &b, "%len");
        // Padded tap jj holds weight jj − (CONV_TAPS − k) when that is ≥ 0, else 0.
        let taps = m.c64(CONV_TAPS as i64);
        let pad = m.i("subi", &taps, "%k");
        let w: Vec<String> = (0..CONV_TAPS)
            .map(|jj| {
                let zero = m.math_const(0.0);
                let v = m.var(&zero);
                let jc = m.c64(jj as i64);
                let j = m.i("subi", &jc, &pad);
                let used = m.op(format!("arith.cmpi sge, {j}, {z} : i64"));
                m.region(format!("scf.if {used}"), |m| {
                    let wo = m.i("addi", &wrow, &j);
                    let x = m.ld("%w", &wo, "f32");
                    m.set(&v, &x);
                });
                m.get(&v)
            })
            .collect();
        // Inputs at positions t0 − (CONV_TAPS − 1) … t0 + CONV_ROWS − 1 (zero past the end).
        let xs: Vec<String> = (0..CONV_ROWS + CONV_TAPS - 1)
            .map(|e| {
                let off = m.c64(e as i64 - (CONV_TAPS as i64 - 1));
                let sp = m.i("addi", &t0, &off);
                let zero = m.math_const(0.0);
                let v = m.var(&zero);
                m.if_lt(&sp, "%len", |m| {
                    let x = conv_input(m, &b, &sp, &c);
                    m.set(&v, &x);
                });
                m.get(&v)
            })
            .collect();
        let has_bias = m.non_null("%bias");
        let zero = m.math_const(0.0);
        let bias = m.var(&zero);
        m.region(format!("scf.if {has_bias}"), |m| {
            let bv = m.ld("%bias", &c, "f32");
            m.set(&bias, &bv);
        });
        let bias = m.get(&bias);
        let on = m.op(format!("arith.cmpi eq, %act, {one} : i64"));
        for r in 0..CONV_ROWS {
            let rc = m.c64(r as i64);
            let t = m.i("addi", &t0, &rc);
            let mut acc = bias.clone();
            for (jj, wv) in w.iter().enumerate() {
                let p = m.f(false, "mulf", wv, &xs[r + jj]);
                acc = m.f(false, "addf", &acc, &p);
            }
            let sv = m.unary(UnaryFn::Silu, &acc, false);
            let y = m.select(false, &on, &sv, &acc);
            m.if_lt(&t, "%len", |m| {
                let row = m.i("addi", &bl, &t);
                let ro = m.i("muli", &row, "%ch");
                let o = m.i("addi", &ro, &c);
                m.st(&y, "%out", &o, "f32");
            });
        }
        conv_shift_window(m, &b, &c);
    });
    m.finish("lr_conv1d_k4", CONV_PARAMS)
}

/// The window a convolution carries: the last `k − 1` inputs of `x` (reaching into `prev`
/// when `len < k − 1`) into `state [batch, k − 1, ch]`. A thread per (batch row, channel)
/// walks the window in order, so `state` may be `prev` itself (updated in place).
fn conv_state() -> LayerKernel {
    let mut m = Lm::new();
    let i = m.gid();
    let n = m.i("muli", "%batch", "%ch");
    m.if_lt(&i, &n, |m| {
        let c = m.i("remsi", &i, "%ch");
        let b = m.i("divsi", &i, "%ch");
        let one = m.c64(1);
        let km1 = m.i("subi", "%k", &one);
        let z = m.c64(0);
        let start = m.i("subi", "%len", &km1);
        let bk = m.i("muli", &b, &km1);
        m.for_(&z, &km1, &one, |m, j| {
            let s = m.i("addi", &start, &j);
            let x = conv_input(m, &b, &s, &c);
            let r = m.i("addi", &bk, &j);
            let ro = m.i("muli", &r, "%ch");
            let off = m.i("addi", &ro, &c);
            m.st(&x, "%state", &off, "f32");
        });
    });
    m.finish(
        "lr_conv_state",
        &[
            ("x", P),
            ("x_stride", I),
            ("prev", P),
            ("state", P),
            ("batch", I),
            ("len", I),
            ("ch", I),
            ("k", I),
        ],
    )
}

/// `out[i0, i1, i2, i3] = x[i0·t0 + i1·t1 + i2·t2 + i3·t3]` over sizes `s0..s3` (`n`
/// elements): every permutation, slice and layout change of up to four dims. A warp copies
/// `32 · GATHER_RUN` positions of the last dim, each lane every 32nd (launch
/// `32 · n / s3 · ⌈s3 / (32 · GATHER_RUN)⌉` threads): the index arithmetic (64-bit divisions)
/// is done once per [`GATHER_RUN`] elements and every access stays coalesced.
fn gather4() -> LayerKernel {
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

/// f32 (strided rows) → bf16 bits, rounded to nearest even.
fn to_bf16() -> LayerKernel {
    map_kernel("lr_to_bf16", "i16", |m, v| m.bf16_bits(false, v))
}

/// f32 (strided rows) → f32 rounded to the nearest bf16 (to nearest even): weights of the
/// bf16 mode for tensor-core (TF32) GEMMs, which then round only the activations, to 10 bits.
fn round_bf16() -> LayerKernel {
    map_kernel("lr_round_bf16", "f32", |m, v| {
        let b = m.bf16_bits(false, v);
        widen(m, &b, crate::ir::DType::BF16)
    })
}

/// Elements of a row each warp of the argmax_partial kernel scans (8 per lane, loads in flight
/// together).
pub const ARGMAX_CHUNK: u32 = 256;

/// Per row of `x [rows, cols]` (strided rows) and chunk of [`ARGMAX_CHUNK`] columns: the
/// chunk's largest value and its first index. A warp per chunk.
fn argmax_partial() -> LayerKernel {
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
fn warp_best(m: &mut Lm, mut b: String, mut a: String) -> (String, String) {
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
fn argmax_final() -> LayerKernel {
    let mut m = Lm::new();
    let g = m.gid();
    let lanes = m.c64(i64::from(NORM_LANES));
    let row = m.i("divsi", &g, &lanes);
    let lane = m.i("remsi", &g, &lanes);
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
fn better_of(m: &mut Lm, v: &str, i: &str, bv: &str, bi: &str) -> (String, String) {
    let gt = m.cmp(false, "ogt", v, bv);
    let eq = m.cmp(false, "oeq", v, bv);
    let lt = m.cmp(false, "olt", i, bi);
    let tie = m.op(format!("arith.andi {eq}, {lt} : i1"));
    let take = m.op(format!("arith.ori {gt}, {tie} : i1"));
    let nv = m.select(false, &take, v, bv);
    let ni = m.select(false, &take, i, bi);
    (nv, ni)
}

/// Vectors of 4 elements each lane loads per weight row and iteration in [`gemv`].
const GEMV_UNROLL: i64 = 4;

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
fn gemv(bf16_weights: bool, norm: bool) -> LayerKernel {
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
                    m.entry.push(format!(
                        "      {v} = llvm.alloca {one1} x vector<4xf32> : (i64) -> !llvm.ptr"
                    ));
                    m.line(format!("llvm.store {zv}, {v} : vector<4xf32>, !llvm.ptr"));
                    v
                })
                .collect();
            let xrow = m.i("muli", &r, "%x_stride");
            let xbase = m.gep("%x", &xrow, "f32");
            // RMS norm: 1/sqrt(mean(x²) + eps), the same in every lane.
            let scale = norm.then(|| {
                let sq = m.fresh();
                m.entry.push(format!(
                    "      {sq} = llvm.alloca {one1} x vector<4xf32> : (i64) -> !llvm.ptr"
                ));
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
        params.extend([("norm_w", P), ("eps", "f32")]);
    }
    m.finish(gemv_name(bf16_weights, norm), &params)
}

/// The sum of a vector of four f32.
fn hsum(m: &mut Lm, v: &str) -> String {
    let mut s: Option<String> = None;
    for e in 0..4 {
        let c = m.op(format!("llvm.mlir.constant({e} : i32) : i32"));
        let x = m.op(format!(
            "llvm.extractelement {v}[{c} : i32] : vector<4xf32>"
        ));
        s = Some(match s {
            None => x,
            Some(acc) => m.f(false, "addf", &acc, &x),
        });
    }
    s.expect("four elements")
}

/// The sum over a warp, by xor shuffles (every lane gets it).
fn warp_sum(m: &mut Lm, v: &str) -> String {
    let mut s = v.to_string();
    let width = m.op(format!("arith.constant {NORM_LANES} : i32"));
    for off in [16, 8, 4, 2, 1] {
        let o = m.op(format!("arith.constant {off} : i32"));
        let (x, ok) = (m.fresh(), m.fresh());
        m.line(format!(
            "{x}, {ok} = gpu.shuffle xor {s}, {o}, {width} : f32"
        ));
        s = m.f(false, "addf", &s, &x);
    }
    s
}

/// A loaded weight as f32 (bf16 bits are the top half of an f32).
fn widen(m: &mut Lm, v: &str, dt: crate::ir::DType) -> String {
    if dt == crate::ir::DType::F32 {
        return v.to_string();
    }
    let w = m.op(format!("arith.extui {v} : i16 to i32"));
    let c16 = m.op("arith.constant 16 : i32".into());
    let w = m.op(format!("arith.shli {w}, {c16} : i32"));
    m.op(format!("arith.bitcast {w} : i32 to f32"))
}
