//! The text builder of a layer kernel: [`Lm`], over the shared `emit::text::Text` —
//! thread index, loops and branches, loads and stores, one-float variables, warp sums —
//! and the parameter kinds kernels declare.

use super::*;
use crate::emit::text::shared_global;

/// The text builder of one layer kernel (a `gpu.func`), over the shared [`Text`].
pub(super) struct Lm {
    pub(super) text: Text,
    /// Blocks of [`LAYER_THREADS`] that must fit on an SM at once (launch bounds: caps the
    /// registers), where set.
    pub(super) min_blocks: Option<u32>,
    /// Module-level declarations the kernel needs (its shared-memory arrays).
    globals: String,
    /// Whether the kernel placed the dependent-launch prologue itself
    /// ([`Lm::wait_for_predecessor`]); else [`Lm::finish`] puts it first.
    waited: bool,
}

impl ScalarMath for Lm {
    fn math_op(&mut self, _pre: bool, op: String) -> String {
        self.op(op)
    }

    fn math_const(&mut self, v: f64) -> String {
        self.text.f32(v).into()
    }

    fn math_target(&self) -> Target {
        Target::Gpu
    }
}

impl Emitter for Lm {
    fn text(&mut self) -> &mut Text {
        &mut self.text
    }
}

impl Lm {
    pub(super) fn new() -> Lm {
        Lm {
            text: Text::new(3),
            min_blocks: None,
            globals: String::new(),
            waited: false,
        }
    }

    /// The dependent-launch prologue here (every thread must reach it, before any read of
    /// what an earlier kernel writes): what comes before it overlaps the previous kernel
    /// when the launch is dependent (see `emit::DEPENDENT_LAUNCH_PROLOGUE`).
    pub(super) fn wait_for_predecessor(&mut self) {
        assert!(!self.waited, "one prologue a kernel");
        for l in crate::emit::DEPENDENT_LAUNCH_PROLOGUE.lines() {
            self.line(l.trim().to_string());
        }
        self.waited = true;
    }

    /// Brings weight rows `o0 .. o0 + rows` of a GEMV's `w [n, k]` (elements of
    /// `elem_bytes`; the rows past `n` left out) into L2, whole 128-byte lines, the `count`
    /// threads numbered by `index` each taking every `count`-th line: what the kernel will
    /// read, fetched while it waits for its predecessor (weights do not depend on it).
    pub(super) fn prefetch_weight_rows(
        &mut self,
        o0: &str,
        rows: i64,
        elem_bytes: i64,
        index: &str,
        count: i64,
    ) {
        self.if_lt(o0, "%n", |m| {
            let left = m.i("subi", "%n", o0);
            let rows = m.c64(rows);
            let mine = m.op(format!("arith.minsi {left}, {rows} : i64"));
            let first_row = m.i("muli", o0, "%k");
            let eb = m.c64(elem_bytes);
            let start = m.i("muli", &first_row, &eb);
            let base = m.gep("%w", &start, "i8");
            let elems = m.i("muli", &mine, "%k");
            let bytes = m.i("muli", &elems, &eb);
            let line = m.c64(L2_LINE);
            let first = m.i("muli", index, &line);
            let step = m.c64(L2_LINE * count);
            m.for_(&first, &bytes, &step, |m, off| {
                let p = m.gep(&base, &off, "i8");
                m.line(format!("nvvm.prefetch level = L2, {p} : !llvm.ptr"));
            });
        });
    }

    pub(super) fn c64(&mut self, v: i64) -> String {
        self.text.i64(v).into()
    }

    pub(super) fn i(&mut self, op: &str, a: &str, b: &str) -> String {
        self.op(format!("arith.{op} {a}, {b} : i64"))
    }

    /// The block's index and the thread's within it.
    pub(super) fn block_and_thread(&mut self) -> (String, String) {
        let b = self.op("gpu.block_id x".into());
        let t = self.op("gpu.thread_id x".into());
        let b = self.op(format!("arith.index_cast {b} : index to i64"));
        let t = self.op(format!("arith.index_cast {t} : index to i64"));
        (b, t)
    }

    /// The thread's global index.
    pub(super) fn gid(&mut self) -> String {
        let (b, t) = self.block_and_thread();
        let n = self.c64(i64::from(LAYER_THREADS));
        let base = self.i("muli", &b, &n);
        self.i("addi", &base, &t)
    }

    /// A warp per row: this thread's row and its lane in the warp.
    pub(super) fn warp_row(&mut self) -> (String, String) {
        let g = self.gid();
        let lanes = self.c64(i64::from(NORM_LANES));
        let row = self.i("divsi", &g, &lanes);
        let lane = self.i("remsi", &g, &lanes);
        (row, lane)
    }

    pub(super) fn region(&mut self, header: String, f: impl FnOnce(&mut Self)) {
        self.text.open(header);
        f(self);
        self.text.close();
    }

    /// `if a < b` (signed i64).
    pub(super) fn if_lt(&mut self, a: &str, b: &str, f: impl FnOnce(&mut Self)) {
        let c = self.op(format!("arith.cmpi slt, {a}, {b} : i64"));
        self.region(format!("scf.if {c}"), f);
    }

    /// `if cond { then } else { other }`.
    pub(super) fn if_else(
        &mut self,
        c: &str,
        then: impl FnOnce(&mut Self),
        other: impl FnOnce(&mut Self),
    ) {
        self.text.open(format!("scf.if {c}"));
        then(self);
        self.text.otherwise();
        other(self);
        self.text.close();
    }

    /// `for i in lo..hi step st` (i64).
    pub(super) fn for_(&mut self, lo: &str, hi: &str, st: &str, f: impl FnOnce(&mut Self, String)) {
        let iv = self.fresh();
        self.region(
            format!("scf.for {iv} = {lo} to {hi} step {st} : i64"),
            |e| f(e, iv.clone()),
        );
    }

    pub(super) fn gep(&mut self, base: &str, off: &str, elem: &str) -> String {
        self.op(format!(
            "llvm.getelementptr {base}[{off}] : (!llvm.ptr, i64) -> !llvm.ptr, {elem}"
        ))
    }

    pub(super) fn ld(&mut self, base: &str, off: &str, ty: &str) -> String {
        let p = self.gep(base, off, ty);
        self.op(format!("llvm.load {p} : !llvm.ptr -> {ty}"))
    }

    pub(super) fn st(&mut self, v: &str, base: &str, off: &str, ty: &str) {
        let p = self.gep(base, off, ty);
        self.line(format!("llvm.store {v}, {p} : {ty}, !llvm.ptr"));
    }

    /// A one-f32 stack variable (promoted to a register by LLVM).
    pub(super) fn var(&mut self, init: &str) -> String {
        self.var_of("f32", init)
    }

    /// A stack variable of type `ty` (promoted to registers by LLVM).
    pub(super) fn var_of(&mut self, ty: &str, init: &str) -> String {
        let one = self.c64(1);
        let v = self.fresh();
        self.text.raw_at(
            Section::Entry,
            format!("{v} = llvm.alloca {one} x {ty} : (i64) -> !llvm.ptr"),
        );
        self.line(format!("llvm.store {init}, {v} : {ty}, !llvm.ptr"));
        v
    }

    pub(super) fn get(&mut self, var: &str) -> String {
        self.op(format!("llvm.load {var} : !llvm.ptr -> f32"))
    }

    pub(super) fn set(&mut self, var: &str, v: &str) {
        self.line(format!("llvm.store {v}, {var} : f32, !llvm.ptr"));
    }

    /// An array of `n` f32 shared by the block, as a generic pointer (`name` unique in the
    /// module).
    pub(super) fn shared_array(&mut self, name: &str, n: usize) -> String {
        self.globals.push_str(&shared_global(name, n, "f32"));
        let p = self.op(format!("llvm.mlir.addressof @{name} : !llvm.ptr<3>"));
        self.op(format!(
            "llvm.addrspacecast {p} : !llvm.ptr<3> to !llvm.ptr"
        ))
    }

    pub(super) fn non_null(&mut self, p: &str) -> String {
        let z = self.op("llvm.mlir.zero : !llvm.ptr".into());
        self.op(format!("llvm.icmp \"ne\" {p}, {z} : !llvm.ptr"))
    }

    /// Element `i` of a strided input.
    pub(super) fn strided(&mut self, base: &str, stride: &str, cols: &str, i: &str) -> String {
        let r = self.i("divsi", i, cols);
        let c = self.i("remsi", i, cols);
        let ro = self.i("muli", &r, stride);
        let off = self.i("addi", &ro, &c);
        self.ld(base, &off, "f32")
    }

    pub(super) fn finish(self, name: &str, params: &[(&str, ScalarKind)]) -> LayerKernel {
        let ty = |k: ScalarKind| match k {
            ScalarKind::Ptr => Ty::Ptr,
            ScalarKind::I64 => Ty::I64,
            ScalarKind::F32 => Ty::F32,
        };
        let sig: Vec<String> = params
            .iter()
            .map(|&(n, k)| format!("%{n}: {}", ty(k)))
            .collect();
        let bounds = self.min_blocks.map_or(String::new(), |b| {
            format!(
                " attributes {{nvvm.maxntid = array<i32: {LAYER_THREADS}, 1, 1>, nvvm.minctasm = {b} : i32}}"
            )
        });
        let mut f = self.globals.clone();
        f.push_str(&format!(
            "    gpu.func @{name}({}) kernel{bounds} {{\n",
            sig.join(", ")
        ));
        if !self.waited {
            f.push_str(crate::emit::DEPENDENT_LAUNCH_PROLOGUE);
        }
        for l in self.text.lines(&[]) {
            f.push_str(l);
            f.push('\n');
        }
        f.push_str("      gpu.return\n    }\n");
        LayerKernel {
            name: name.into(),
            params: params
                .iter()
                .map(|&(n, kind)| LayerParam {
                    name: n.into(),
                    kind,
                })
                .collect(),
            func: f,
        }
    }
}

/// Bytes of an L2 cache line (what one prefetch brings in).
const L2_LINE: i64 = 128;

pub(super) const P: ScalarKind = ScalarKind::Ptr;
pub(super) const I: ScalarKind = ScalarKind::I64;
pub(super) const F: ScalarKind = ScalarKind::F32;

/// The four elements of a vector of four f32.
pub(super) fn elements(m: &mut Lm, v: &str) -> Vec<String> {
    (0..4)
        .map(|e| {
            let c = m.op(format!("llvm.mlir.constant({e} : i32) : i32"));
            m.op(format!(
                "llvm.extractelement {v}[{c} : i32] : vector<4xf32>"
            ))
        })
        .collect()
}

/// The sum of a vector of four f32.
pub(super) fn hsum(m: &mut Lm, v: &str) -> String {
    let e = elements(m, v);
    let s = m.f(false, "addf", &e[0], &e[1]);
    let s = m.f(false, "addf", &s, &e[2]);
    m.f(false, "addf", &s, &e[3])
}

/// The sum over a warp, by xor shuffles (every lane gets it).
pub(super) fn warp_sum(m: &mut Lm, v: &str) -> String {
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

/// Sums each of `vals` (a power of two of them, at most a warp's lanes) over the warp, by
/// recursive halving: at each xor step a lane keeps half of its values (the half its lane
/// bit names) and adds its partner's copy of that half, so 31 shuffles at most serve all
/// the sums instead of 5 each. Returns the sum this lane ends with and its index into
/// `vals`: lane `l` holds value `l >> (5 − log2 len)`, the same in each group of
/// `32 / len` lanes.
pub(super) fn warp_sums_spread(m: &mut Lm, vals: &[String], lane: &str) -> (String, String) {
    assert!(vals.len().is_power_of_two() && vals.len() <= NORM_LANES as usize);
    let width = m.op(format!("arith.constant {NORM_LANES} : i32"));
    let mut v: Vec<String> = vals.to_vec();
    let z = m.c64(0);
    let mut idx = z.clone();
    for off in [16i64, 8, 4, 2, 1] {
        let o = m.op(format!("arith.constant {off} : i32"));
        if v.len() == 1 {
            let (x, ok) = (m.fresh(), m.fresh());
            m.line(format!(
                "{x}, {ok} = gpu.shuffle xor {}, {o}, {width} : f32",
                v[0]
            ));
            v[0] = m.f(false, "addf", &v[0], &x);
            continue;
        }
        let h = v.len() / 2;
        let bit = m.c64(off);
        let b = m.i("andi", lane, &bit);
        let upper = m.op(format!("arith.cmpi ne, {b}, {z} : i64"));
        let mut next = Vec::with_capacity(h);
        for p in 0..h {
            // The upper lane keeps the upper half and sends the lower one.
            let send = m.select(false, &upper, &v[p], &v[p + h]);
            let keep = m.select(false, &upper, &v[p + h], &v[p]);
            let (x, ok) = (m.fresh(), m.fresh());
            m.line(format!(
                "{x}, {ok} = gpu.shuffle xor {send}, {o}, {width} : f32"
            ));
            next.push(m.f(false, "addf", &keep, &x));
        }
        v = next;
        let hc = m.c64(h as i64);
        let add = m.op(format!("arith.select {upper}, {hc}, {z} : i64"));
        idx = m.i("addi", &idx, &add);
    }
    (v.remove(0), idx)
}

/// An RMS norm's scale `1 / sqrt(sum_sq / dim + eps)` (`dim` an i64 value, `%eps` the
/// kernel's parameter).
pub(super) fn inv_rms(m: &mut Lm, sum_sq: &str, dim: &str) -> String {
    let d = m.op(format!("arith.sitofp {dim} : i64 to f32"));
    let mean = m.f(false, "divf", sum_sq, &d);
    let v = m.f(false, "addf", &mean, "%eps");
    let root = m.call1(false, "llvm.sqrt.f32", &v);
    let one = m.math_const(1.0);
    m.f(false, "divf", &one, &root)
}

/// A vector of four f32 as four bf16 bits (`vector<4xi16>`), each rounded to nearest even.
pub(super) fn bf16_pack4(m: &mut Lm, v: &str) -> String {
    let mut out = m.op("llvm.mlir.undef : vector<4xi16>".into());
    for k in 0..4 {
        let c = m.op(format!("llvm.mlir.constant({k} : i32) : i32"));
        let e = m.op(format!(
            "llvm.extractelement {v}[{c} : i32] : vector<4xf32>"
        ));
        let b = m.bf16_bits(false, &e);
        out = m.op(format!(
            "llvm.insertelement {b}, {out}[{c} : i32] : vector<4xi16>"
        ));
    }
    out
}

/// `s` in every element of a vector of four.
pub(super) fn splat(m: &mut Lm, s: &str) -> String {
    let mut out = m.op("llvm.mlir.undef : vector<4xf32>".into());
    for k in 0..4 {
        let c = m.op(format!("llvm.mlir.constant({k} : i32) : i32"));
        out = m.op(format!(
            "llvm.insertelement {s}, {out}[{c} : i32] : vector<4xf32>"
        ));
    }
    out
}

/// A vector of four zeros.
pub(super) fn zero4(m: &mut Lm) -> String {
    m.op("llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>".into())
}
