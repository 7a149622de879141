//! The kernel emitter: derived IR + plan → MLIR text of one fused kernel, for the GPU
//! (`gpu.func`, shared-memory staging, barriers) or the host (`func.func` whose grid is a loop,
//! one thread per block). Both targets come from the same code here; they differ only in how
//! thread ids, shared memory and barriers are spelled and in the threads per block.
//!
//! Kernel signature: every input (pointer; null for an absent optional input), every output
//! (pointer), then the size of every dim (i64), in declaration order. The step kernel takes
//! the state buffers (read, then overwritten) after the outputs. All offsets are 64-bit.

use std::collections::HashMap;
use std::fmt::Write;

use super::math::ScalarMath;
use super::plan::KernelPlan;

mod backward;
use crate::derive::Derived;
use crate::derive::linear::reachable_from;
use crate::ir::{
    BinaryFn, DType, Dim, Expr, Handle, Input, Output, OutputKind, Recurrence, State, StateInit,
    UnaryFn, When,
};
pub use crate::manifest::{GradRoute, KernelKind};
pub use backward::{BackwardError, BackwardKernels, emit_backward, emit_reduce};

/// Where a kernel runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Gpu,
    Host,
}

/// One kernel parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    Input(Handle<Input>),
    Output(Handle<Output>),
    State(Handle<State>),
    Size(Handle<Dim>),
    /// The incoming gradient of an output (backward).
    OutputGrad(Handle<Output>),
    /// States saved every [`CHECKPOINT`] steps (written by the forward when non-null).
    Checkpoint(Handle<State>),
    /// Backward workspace: one chunk of recomputed states per thread.
    Scratch(Handle<State>),
    /// The gradient of an input, written directly.
    InputGrad(Handle<Input>),
    /// Per-thread partial sums of an input's gradient, summed by its reduce kernel.
    Partial(Handle<Input>),
    /// Chunked strategy workspaces, `[chunk][state point][outer point]` f32: the aggregate's
    /// decay `A` and offset `B`, and the state entering each chunk.
    AggA(Handle<State>),
    AggB(Handle<State>),
    Carry(Handle<State>),
}

/// Steps between saved states (the backward recomputes one such stretch at a time).
pub(crate) const CHECKPOINT: usize = crate::strategy::CHECKPOINT as usize;

/// A generated kernel: its MLIR function text and what a caller needs to launch it.
#[derive(Debug, Clone, PartialEq)]
pub struct Kernel {
    pub name: String,
    pub kind: KernelKind,
    pub params: Vec<Param>,
    /// Module-level declarations the function needs (shared memory).
    pub globals: String,
    pub func: String,
    /// Threads per block; the grid is `ceil(outer points · lanes / threads)` blocks.
    pub threads: usize,
    pub shared_bytes: usize,
    /// Threads per outer point (their reduced points split across them).
    pub lanes: usize,
}

/// How each input's gradient leaves the backward kernel.
pub type Routes = Vec<(Handle<Input>, GradRoute)>;

/// Every kernel of `d` for `target` (forward, step, the chunked strategy's three, backward,
/// then the reduce kernels), and how each input's gradient leaves the backward.
pub fn emit_all(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
) -> Result<(Vec<Kernel>, Routes), BackwardError> {
    let bw = emit_backward(d, plan, target)?;
    let mut all: Vec<Kernel> = [
        KernelKind::Forward,
        KernelKind::Step,
        KernelKind::ChunkReduce,
    ]
    .into_iter()
    .map(|kind| emit(d, plan, target, kind))
    .collect();
    all.push(emit_chunk_carry(d, plan, target));
    all.push(emit(d, plan, target, KernelKind::ChunkApply));
    all.push(bw.backward);
    all.extend(bw.reduces.into_iter().map(|(_, k)| k));
    Ok((all, bw.routes))
}

/// The MLIR module holding `kernels` for `target`.
pub fn module_text(kernels: &[Kernel], target: Target) -> String {
    let mut s = String::new();
    match target {
        Target::Gpu => {
            s.push_str("module attributes {gpu.container_module} {\n  gpu.module @linrec {\n");
            for k in kernels {
                s.push_str(&k.globals);
                s.push_str(&k.func);
            }
            s.push_str("  }\n}\n");
        }
        Target::Host => {
            s.push_str("module {\n");
            for k in kernels {
                s.push_str(&k.globals);
                s.push_str(&k.func);
            }
            s.push_str("}\n");
        }
    }
    s
}

/// The MLIR type a tensor's elements are loaded and stored as (bf16 as its bits).
fn storage(dt: DType) -> &'static str {
    match dt {
        DType::F32 => "f32",
        DType::BF16 => "i16",
        DType::F16 => "f16",
    }
}

/// An f32 constant in MLIR's exact hexadecimal form.
fn f32_hex(v: f64) -> String {
    format!("0x{:08X}", (v as f32).to_bits())
}

/// A value of a dim index at a point: a run-time SSA value or a compile-time constant.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Ix {
    Dyn(String),
    Const(usize),
}

type MemoKey = (Handle<Expr>, Vec<(Handle<Dim>, usize)>);

struct Em<'a> {
    rec: &'a Recurrence,
    d: &'a Derived,
    plan: &'a KernelPlan,
    target: Target,
    next: usize,
    /// Function entry: ids, sizes, strides, allocas, the thread's outer indices.
    entry: Vec<String>,
    /// Values that do not change along the scan (hoisted before the scan loop).
    pre: Vec<String>,
    /// The code being written, with its indent.
    body: Vec<String>,
    indent: usize,
    memo: HashMap<MemoKey, String>,
    scopes: Vec<Vec<MemoKey>>,
    invariant: Vec<bool>,
    sizes: Vec<String>,
    /// Per tensor (by its dims list), the i64 stride of each dim.
    strides: HashMap<Vec<Handle<Dim>>, Vec<String>>,
    outer_ix: HashMap<Handle<Dim>, String>,
    tid: String,
    /// This thread's lane among those sharing its outer point (when the plan splits points).
    lane: Option<String>,
    /// Per-step outputs the step body leaves to the caller (computed lane-distributed).
    deferred: Vec<Handle<Output>>,
    t: Option<String>,
    k: Option<String>,
    /// Per state, one slot per reduced point: the state itself (forward, step), and the
    /// values the backward reads as `h_{t-1}`, `h_t` and the adjoint `g_t`.
    slots: Vec<Vec<String>>,
    prev_slots: Vec<Vec<String>>,
    new_slots: Vec<Vec<String>>,
    adj_slots: Vec<Vec<String>>,
    /// Outputs that lack some outer dim are computed by several threads; in the backward
    /// only the thread at coordinate 0 of those dims takes their gradient.
    owner: HashMap<Handle<Output>, String>,
    /// In the backward's reverse walk: where `h_t` and `h_{t-1}` are read from (chunk step
    /// `j`, `j - 1` clamped, whether `j` is the chunk's first step, the chunk index).
    bwd_states: Option<[String; 4]>,
    /// Chunked kernels: this block's chunk, and the end of the scan range it covers.
    chunk: Option<String>,
    range_end: Option<String>,
    /// Chunk reduce: the decay aggregate `A` of every state point (the state slots hold `B`).
    agg_a: Option<Vec<Vec<String>>>,
    /// Whether values that do not change along the scan are computed once, before it
    /// (off where registers are scarce: they would stay live for the whole kernel).
    hoist: bool,
    /// Shared memory: base pointer, and per staged tensor its first row; the row table (the
    /// element offset of every staged row at t = 0).
    smem: String,
    rows: String,
    staged_in_base: HashMap<Handle<Input>, usize>,
    staged_out_base: HashMap<Handle<Output>, usize>,
    params: HashMap<String, String>,
    /// Module-level declarations the kernel needs (shared arrays).
    globals: String,
    /// The kernel's parameters in order, and their MLIR signature.
    sig_params: Vec<Param>,
    sig: Vec<String>,
    fconsts: HashMap<String, String>,
    /// Whether the thread's outer point is a real one, the unclamped point, the point count.
    valid: String,
    o_raw: String,
    total: String,
}

impl ScalarMath for Em<'_> {
    fn math_op(&mut self, pre: bool, op: String) -> String {
        self.op_in(pre, op)
    }

    fn math_const(&mut self, v: f64) -> String {
        self.fconst(v)
    }

    fn math_target(&self) -> Target {
        self.target
    }
}

impl<'a> Em<'a> {
    fn fresh(&mut self) -> String {
        self.next += 1;
        format!("%v{}", self.next)
    }

    fn line(&mut self, s: String) {
        let pad = "  ".repeat(self.indent);
        self.body.push(format!("{pad}{s}"));
    }

    fn op(&mut self, s: String) -> String {
        let v = self.fresh();
        self.line(format!("{v} = {s}"));
        v
    }

    fn op_in(&mut self, pre: bool, s: String) -> String {
        if pre {
            let v = self.fresh();
            self.pre.push(format!("      {v} = {s}"));
            v
        } else {
            self.op(s)
        }
    }

    fn entry_op(&mut self, s: String) -> String {
        let v = self.fresh();
        self.entry.push(format!("      {v} = {s}"));
        v
    }

    fn i64c(&mut self, v: i64) -> String {
        self.entry_op(format!("arith.constant {v} : i64"))
    }

    fn idxc(&mut self, v: i64) -> String {
        self.entry_op(format!("arith.constant {v} : index"))
    }

    fn bin_i(&mut self, op: &str, a: &str, b: &str) -> String {
        self.op(format!("arith.{op} {a}, {b} : i64"))
    }

    /// Opens a region (`scf.for`, `scf.if`); `f` writes its body.
    fn region(&mut self, header: String, f: impl FnOnce(&mut Self)) {
        self.line(format!("{header} {{"));
        self.indent += 1;
        self.scopes.push(Vec::new());
        f(self);
        for k in self.scopes.pop().expect("scope pushed") {
            self.memo.remove(&k);
        }
        self.indent -= 1;
        self.line("}".into());
    }

    /// Opens a memo scope holding `entries` (values already computed for what follows).
    fn push_scope(&mut self, entries: Vec<(MemoKey, String)>) {
        self.scopes.push(Vec::new());
        for (key, v) in entries {
            self.memo.insert(key.clone(), v);
            self.scopes.last_mut().expect("pushed").push(key);
        }
    }

    /// Closes the innermost memo scope, returning what it held.
    fn pop_scope(&mut self) -> Vec<(MemoKey, String)> {
        self.scopes
            .pop()
            .expect("a scope is open")
            .into_iter()
            .filter_map(|key| self.memo.remove(&key).map(|v| (key, v)))
            .collect()
    }

    /// `for i in lo..hi step st` over i64 bounds; the body gets `i` as i64.
    fn for_i64(&mut self, lo: &str, hi: &str, st: &str, f: impl FnOnce(&mut Self, String)) {
        let (lo_i, hi_i, st_i) = (
            self.op(format!("arith.index_cast {lo} : i64 to index")),
            self.op(format!("arith.index_cast {hi} : i64 to index")),
            self.op(format!("arith.index_cast {st} : i64 to index")),
        );
        let iv = self.fresh();
        self.region(
            format!("scf.for {iv} = {lo_i} to {hi_i} step {st_i}"),
            |e| {
                let i = e.op(format!("arith.index_cast {iv} : index to i64"));
                f(e, i);
            },
        );
    }

    fn barrier(&mut self) {
        if self.target == Target::Gpu {
            self.line("gpu.barrier".into());
        }
    }

    fn gep(&mut self, base: &str, off: &str, elem: &str) -> String {
        let pty = self.ptr_ty_of(base);
        self.op(format!(
            "llvm.getelementptr {base}[{off}] : ({pty}, i64) -> {pty}, {elem}"
        ))
    }

    fn ptr_ty_of(&self, base: &str) -> &'static str {
        if base == self.smem && self.target == Target::Gpu {
            "!llvm.ptr<3>"
        } else {
            "!llvm.ptr"
        }
    }

    fn load(&mut self, base: &str, off: &str, dt: DType) -> String {
        let st = storage(dt);
        let p = self.gep(base, off, st);
        let pty = self.ptr_ty_of(base);
        let v = self.op(format!("llvm.load {p} : {pty} -> {st}"));
        self.widen(&v, dt, false)
    }

    /// A stored value as f32. bf16 is widened with integer ops (its bits are the top half of
    /// an f32), which needs no runtime library on any target.
    fn widen(&mut self, v: &str, dt: DType, pre: bool) -> String {
        match dt {
            DType::F32 => v.to_string(),
            DType::BF16 => {
                let w = self.op_in(pre, format!("arith.extui {v} : i16 to i32"));
                let c16 = self.op_in(pre, "arith.constant 16 : i32".into());
                let s = self.op_in(pre, format!("arith.shli {w}, {c16} : i32"));
                self.op_in(pre, format!("arith.bitcast {s} : i32 to f32"))
            }
            DType::F16 => self.op_in(pre, format!("arith.extf {v} : f16 to f32")),
        }
    }

    fn store(&mut self, v: &str, base: &str, off: &str, dt: DType) {
        let st = storage(dt);
        let v = match dt {
            DType::F32 => v.to_string(),
            DType::F16 => self.op(format!("arith.truncf {v} : f32 to f16")),
            DType::BF16 => self.bf16_bits(false, v),
        };
        let p = self.gep(base, off, st);
        let pty = self.ptr_ty_of(base);
        self.line(format!("llvm.store {v}, {p} : {st}, {pty}"));
    }

    /// Row-major strides of a tensor with `dims` (computed once, at entry).
    fn strides(&mut self, dims: &[Handle<Dim>]) -> Vec<String> {
        if let Some(s) = self.strides.get(dims) {
            return s.clone();
        }
        let mut out = vec![String::new(); dims.len()];
        let mut acc = self.i64c(1);
        for k in (0..dims.len()).rev() {
            out[k] = acc.clone();
            if k > 0 {
                let sz = self.sizes[dims[k].index()].clone();
                acc = self.entry_op(format!("arith.muli {acc}, {sz} : i64"));
            }
        }
        self.strides.insert(dims.to_vec(), out.clone());
        out
    }

    /// Offset of a tensor element: dims bound to the thread's outer indices, the reduced
    /// point `red`, and the scan index.
    fn offset(&mut self, dims: &[Handle<Dim>], red: &[(Handle<Dim>, Ix)], pre: bool) -> String {
        let strides = self.strides(dims);
        let mut acc: Option<String> = None;
        for (k, &d) in dims.iter().enumerate() {
            let ix = if d == self.rec.scan {
                Ix::Dyn(
                    self.t
                        .clone()
                        .expect("a scan index is bound where sequences are read"),
                )
            } else if let Some(v) = self.outer_ix.get(&d) {
                Ix::Dyn(v.clone())
            } else {
                let ix = red
                    .iter()
                    .find(|(x, _)| *x == d)
                    .map(|(_, i)| i.clone())
                    .expect("reduced dims are bound");
                self.lane_index(d, ix, pre)
            };
            let term = match ix {
                Ix::Const(0) => continue,
                Ix::Const(c) => {
                    let cv = self.op_in(pre, format!("arith.constant {c} : i64"));
                    self.op_in(pre, format!("arith.muli {cv}, {} : i64", strides[k]))
                }
                Ix::Dyn(v) => self.op_in(pre, format!("arith.muli {v}, {} : i64", strides[k])),
            };
            acc = Some(match acc {
                None => term,
                Some(a) => self.op_in(pre, format!("arith.addi {a}, {term} : i64")),
            });
        }
        acc.unwrap_or_else(|| self.op_in(pre, "arith.constant 0 : i64".into()))
    }

    /// A thread's local point `c` of the dim split across lanes is point `c · lanes + lane`.
    fn lane_index(&mut self, d: Handle<Dim>, ix: Ix, pre: bool) -> Ix {
        match (ix, &self.lane) {
            (Ix::Const(c), Some(lane)) if self.plan.split_dim() == Some(d) => {
                let lane = lane.clone();
                if c == 0 {
                    return Ix::Dyn(lane);
                }
                let cv = self.op_in(pre, format!("arith.constant {} : i64", c * self.plan.lanes));
                Ix::Dyn(self.op_in(pre, format!("arith.addi {cv}, {lane} : i64")))
            }
            (ix, _) => ix,
        }
    }

    /// The sum over all lanes of a point of `v` (butterfly shuffles: every lane gets it).
    fn lane_sum(&mut self, v: String, pre: bool) -> String {
        let mut acc = v;
        let mut off = 1;
        while off < self.plan.lanes {
            let o = self.op_in(pre, format!("arith.constant {off} : i32"));
            let w = self.op_in(pre, "arith.constant 32 : i32".into());
            let (x, ok) = (self.fresh(), self.fresh());
            let line = format!("{x}, {ok} = gpu.shuffle xor {acc}, {o}, {w} : f32");
            if pre {
                self.pre.push(format!("      {line}"));
            } else {
                self.line(line);
            }
            acc = self.op_in(pre, format!("arith.addf {acc}, {x} : f32"));
            off *= 2;
        }
        acc
    }

    fn fconst(&mut self, v: f64) -> String {
        let hex = f32_hex(v);
        if let Some(c) = self.fconsts.get(&hex) {
            return c.clone();
        }
        let c = self.entry_op(format!("arith.constant {hex} : f32"));
        self.fconsts.insert(hex, c.clone());
        c
    }

    /// The linear index of a reduced point of `dims` (for slots and staged rows).
    fn point_index(&self, dims: &[Handle<Dim>], bind: &[(Handle<Dim>, usize)]) -> usize {
        let mut idx = 0;
        for (d, size) in self.plan.reduced_of(dims) {
            let v = bind.iter().find(|(x, _)| *x == d).map_or(0, |&(_, v)| v);
            idx = idx * size + v;
        }
        idx
    }

    /// Every reduced point of `dims`, as bindings.
    fn points(&self, dims: &[Handle<Dim>]) -> Vec<Vec<(Handle<Dim>, usize)>> {
        let mut out = vec![vec![]];
        for (d, size) in self.plan.reduced_of(dims) {
            out = out
                .into_iter()
                .flat_map(|b| {
                    (0..size).map(move |v| {
                        let mut b = b.clone();
                        b.push((d, v));
                        b
                    })
                })
                .collect();
        }
        out
    }

    fn param(&self, name: &str) -> String {
        self.params[name].clone()
    }

    /// Emits `h` at the reduced point `bind` (only the dims of h's shape matter).
    fn expr(&mut self, h: Handle<Expr>, bind: &[(Handle<Dim>, usize)]) -> String {
        let shape = self.rec.exprs.shape(h);
        let key_bind: Vec<(Handle<Dim>, usize)> = bind
            .iter()
            .copied()
            .filter(|(d, _)| shape.contains(*d))
            .collect();
        let key = (h, key_bind.clone());
        if let Some(v) = self.memo.get(&key) {
            return v.clone();
        }
        let pre = self.hoist && self.invariant[h.index()];
        let v = self.expr_uncached(h, &key_bind, pre);
        self.memo.insert(key.clone(), v.clone());
        if !pre {
            self.scopes.last_mut().expect("a scope is open").push(key);
        }
        v
    }

    fn expr_uncached(
        &mut self,
        h: Handle<Expr>,
        bind: &[(Handle<Dim>, usize)],
        pre: bool,
    ) -> String {
        let rec = self.rec;
        let red = |bind: &[(Handle<Dim>, usize)]| -> Vec<(Handle<Dim>, Ix)> {
            bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect()
        };
        match rec.exprs[h] {
            Expr::Const(c) => self.fconst(c.get()),
            Expr::DimSize(d) => {
                let s = self.sizes[d.index()].clone();
                self.op_in(true, format!("arith.sitofp {s} : i64 to f32"))
            }
            Expr::Input(i) => {
                let input = &rec.inputs[i];
                if let (Some(&base), Some(k), false) =
                    (self.staged_in_base.get(&i), self.k.clone(), pre)
                {
                    let group = base + self.point_index(&input.dims, bind);
                    return self.shared_read(group, &k);
                }
                let name = format!("in_{}", input.name);
                let ptr = self.param(&name);
                let off = self.offset(&input.dims, &red(bind), pre);
                debug_assert!(
                    !input.optional,
                    "the checker keeps optional inputs out of bodies"
                );
                if pre {
                    let st = storage(input.dtype);
                    let p = self.op_in(
                        true,
                        format!(
                            "llvm.getelementptr {ptr}[{off}] : (!llvm.ptr, i64) -> !llvm.ptr, {st}"
                        ),
                    );
                    let v = self.op_in(true, format!("llvm.load {p} : !llvm.ptr -> {st}"));
                    self.widen(&v, input.dtype, true)
                } else {
                    self.load(&ptr, &off, input.dtype)
                }
            }
            // Forward: Prev is read before this step's stores, New after them (same slots).
            Expr::State(s, when) if self.bwd_states.is_some() => {
                let [j, jm1, first, ck] = self.bwd_states.clone().expect("checked");
                let st = &rec.states[s];
                let points = self.plan.points(&st.dims);
                let p = self.point_index(&st.dims, bind);
                let ptr = self.param(&format!("scratch_{}", st.name));
                match when {
                    When::New => {
                        let off = self.scratch_offset(&j, points, p);
                        self.load(&ptr, &off, DType::F32)
                    }
                    When::Prev => {
                        let off = self.scratch_offset(&jm1, points, p);
                        let hs = self.load(&ptr, &off, DType::F32);
                        let cptr = self.param(&format!("ckpt_{}", st.name));
                        let coff = self.ckpt_offset(&ck, &st.dims, bind);
                        let hc = self.load(&cptr, &coff, DType::F32);
                        self.op(format!("arith.select {first}, {hc}, {hs} : f32"))
                    }
                }
            }
            Expr::State(s, when) => {
                let idx = self.point_index(&rec.states[s].dims, bind);
                let slot = match when {
                    When::Prev => self.prev_slots[s.index()][idx].clone(),
                    When::New => self.new_slots[s.index()][idx].clone(),
                };
                self.op(format!("llvm.load {slot} : !llvm.ptr -> f32"))
            }
            Expr::Adjoint(s) => {
                let idx = self.point_index(&rec.states[s].dims, bind);
                let slot = self.adj_slots[s.index()][idx].clone();
                self.op(format!("llvm.load {slot} : !llvm.ptr -> f32"))
            }
            Expr::OutputGrad(o) => {
                let out = &rec.outputs[o];
                let red: Vec<(Handle<Dim>, Ix)> =
                    bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                let ptr = self.param(&format!("dy_{}", out.name));
                let off = self.offset(&out.dims, &red, false);
                let v = self.load(&ptr, &off, out.dtype);
                match self.owner.get(&o).cloned() {
                    Some(own) => {
                        let zero = self.fconst(0.0);
                        self.op(format!("arith.select {own}, {v}, {zero} : f32"))
                    }
                    None => v,
                }
            }
            Expr::Unary(UnaryFn::Exp, a) if !pre && self.hoist => {
                if let Some(v) = self.exp_of_scaled(a, bind) {
                    return v;
                }
                let x = self.expr(a, bind);
                self.unary(UnaryFn::Exp, &x, pre)
            }
            Expr::Unary(f, a) => {
                let x = self.expr(a, bind);
                self.unary(f, &x, pre)
            }
            Expr::Binary(f, a, b) => {
                let x = self.expr(a, bind);
                let y = self.expr(b, bind);
                self.binary(f, &x, &y, pre)
            }
            Expr::Sum(d, a) => {
                let size = self.plan.local_size(d).expect("summed dims are reduced");
                let mut acc: Option<String> = None;
                for v in 0..size {
                    let mut b = bind.to_vec();
                    b.push((d, v));
                    let x = self.expr(a, &b);
                    acc = Some(match acc {
                        None => x,
                        Some(s) => self.op_in(pre, format!("arith.addf {s}, {x} : f32")),
                    });
                }
                let acc = acc.expect("fixed dims have at least one point");
                if self.plan.split_dim() == Some(d) {
                    self.lane_sum(acc, pre)
                } else {
                    acc
                }
            }
        }
    }

    /// `exp(v · c)` with `c` the same at every step: `exp2(v · (c · log2 e))` with the scaled
    /// constant hoisted out of the scan (one multiply per step fewer; the selective scan's
    /// `exp(dt · A[d, n])` for every state point).
    fn exp_of_scaled(&mut self, a: Handle<Expr>, bind: &[(Handle<Dim>, usize)]) -> Option<String> {
        let Expr::Binary(BinaryFn::Mul, p, q) = self.rec.exprs[a] else {
            return None;
        };
        let (c, v) = match (self.invariant[p.index()], self.invariant[q.index()]) {
            (false, true) => (q, p),
            (true, false) => (p, q),
            _ => return None,
        };
        let c = self.expr(c, bind);
        let l2e = self.fconst(std::f64::consts::LOG2_E);
        let c2 = self.op_in(true, format!("arith.mulf {c}, {l2e} : f32"));
        let v = self.expr(v, bind);
        let x = self.op(format!("arith.mulf {v}, {c2} : f32"));
        Some(self.call1(false, "llvm.exp2.f32", &x))
    }

    /// Shared memory is rows of `tile + 1` floats (padded against bank conflicts); the row of
    /// point group `group` of thread `item` is `group * threads + item`.
    fn shared_offset(&mut self, group: &str, item: &str, k: &str) -> String {
        let th = self.i64c(self.plan.threads as i64);
        let st = self.i64c(self.plan.tile as i64 + 1);
        let r = self.bin_i("muli", group, &th);
        let r = self.bin_i("addi", &r, item);
        let o = self.bin_i("muli", &r, &st);
        self.bin_i("addi", &o, k)
    }

    fn shared_read(&mut self, group: usize, k: &str) -> String {
        let g = self.i64c(group as i64);
        let tid = self.tid.clone();
        let o = self.shared_offset(&g, &tid, k);
        let smem = self.smem.clone();
        self.load(&smem, &o, DType::F32)
    }
}

impl<'a> Em<'a> {
    /// A fresh emitter for one kernel of `d`; `plan.threads` is already the target's.
    fn new(d: &'a Derived, plan: &'a KernelPlan, target: Target) -> Self {
        let rec = &d.rec;
        let invariant = rec.step_invariant();
        Em {
            rec,
            d,
            plan,
            target,
            next: 0,
            entry: Vec::new(),
            pre: Vec::new(),
            body: Vec::new(),
            indent: 3,
            memo: HashMap::new(),
            scopes: vec![Vec::new()],
            invariant,
            sizes: Vec::new(),
            strides: HashMap::new(),
            outer_ix: HashMap::new(),
            tid: String::new(),
            lane: None,
            deferred: Vec::new(),
            t: None,
            k: None,
            slots: Vec::new(),
            prev_slots: Vec::new(),
            new_slots: Vec::new(),
            adj_slots: Vec::new(),
            owner: HashMap::new(),
            bwd_states: None,
            chunk: None,
            range_end: None,
            agg_a: None,
            hoist: true,
            smem: String::new(),
            rows: String::new(),
            staged_in_base: HashMap::new(),
            staged_out_base: HashMap::new(),
            params: HashMap::new(),
            globals: String::new(),
            sig_params: Vec::new(),
            sig: Vec::new(),
            fconsts: HashMap::new(),
            valid: String::new(),
            o_raw: String::new(),
            total: String::new(),
        }
    }

    /// Declares a pointer parameter named `name` (`%name` in the body).
    fn ptr_param(&mut self, p: Param, name: String) {
        self.sig_params.push(p);
        self.params.insert(name.clone(), format!("%{name}"));
        self.sig.push(format!("%{name}: !llvm.ptr"));
    }

    /// A pointer parameter for every input (`%in_<name>`).
    fn input_params(&mut self) {
        let rec = self.rec;
        for (h, i) in rec.inputs.iter() {
            self.ptr_param(Param::Input(h), format!("in_{}", i.name));
        }
    }

    /// The size parameters (every dim) and the size values the body uses: fixed dims are
    /// constants, the scan dim is 1 for a step. Returns the number of outer points.
    fn size_params(&mut self, step: bool) -> String {
        let rec = self.rec;
        for (h, dim) in rec.dims.iter() {
            self.sig_params.push(Param::Size(h));
            self.sig.push(format!("%size_{}: i64", dim.name));
            let v = match self.plan.reduced_size(h) {
                Some(s) => self.i64c(s as i64),
                None => format!("%size_{}", dim.name),
            };
            self.sizes.push(v);
        }
        if step {
            let one = self.i64c(1);
            self.sizes[rec.scan.index()] = one;
        }
        let mut outer_total = self.i64c(1);
        for &o in &self.plan.outer.clone() {
            let s = self.sizes[o.index()].clone();
            outer_total = self.entry_op(format!("arith.muli {outer_total}, {s} : i64"));
        }
        outer_total
    }

    /// One f32 slot per reduced point of every state (promoted to registers by LLVM).
    fn state_slots(&mut self) -> Vec<Vec<String>> {
        let one = self.i64c(1);
        let rec = self.rec;
        rec.states
            .iter()
            .map(|(_, s)| {
                (0..self.plan.points(&s.dims))
                    .map(|_| self.entry_op(format!("llvm.alloca {one} x f32 : (i64) -> !llvm.ptr")))
                    .collect()
            })
            .collect()
    }

    /// Thread and block ids, this thread's outer point (clamped) and whether it is real.
    /// On the host the grid is a loop over the blocks the caller launches (the `%grid`
    /// parameter that precedes the kernel's own): returns that loop's header.
    fn open_grid(&mut self, outer_total: &str) -> (Vec<String>, Option<String>) {
        self.open_grid_chunks(outer_total, None)
    }

    /// As [`Em::open_grid`]; with `chunks`, the grid is chunks × blocks of outer points and the
    /// chunk index is set.
    fn open_grid_chunks(
        &mut self,
        outer_total: &str,
        chunks: Option<&str>,
    ) -> (Vec<String>, Option<String>) {
        let head_start = self.body.len();
        let host_loop = match self.target {
            Target::Gpu => {
                let b = self.op("gpu.block_id x".into());
                let t = self.op("gpu.thread_id x".into());
                self.tid = self.op(format!("arith.index_cast {t} : index to i64"));
                self.o_raw = self.op(format!("arith.index_cast {b} : index to i64"));
                None
            }
            Target::Host => {
                let zero = self.idxc(0);
                let onei = self.idxc(1);
                let nb = self.entry_op("arith.index_cast %grid : i64 to index".into());
                let iv = self.fresh();
                self.tid = self.i64c(0);
                self.indent += 1;
                self.o_raw = self.op(format!("arith.index_cast {iv} : index to i64"));
                Some(format!("scf.for {iv} = {zero} to {nb} step {onei} {{"))
            }
        };
        let mut bid = self.o_raw.clone();
        // Outer points per block: threads over the lanes that share a point.
        let th = self.i64c((self.plan.threads / self.plan.lanes) as i64);
        if chunks.is_some() {
            // blocks per chunk = ceil(outer / points per block); block = chunk · that + outer block.
            let one = self.i64c(1);
            let thm1 = self.bin_i("subi", &th, &one);
            let padded = self.bin_i("addi", outer_total, &thm1);
            let bpc = self.bin_i("divui", &padded, &th);
            self.chunk = Some(self.bin_i("divui", &bid, &bpc));
            bid = self.bin_i("remui", &bid, &bpc);
        }
        let mut tid = self.tid.clone();
        if self.plan.lanes > 1 {
            // Lanes of one point are adjacent threads of one warp (their sums use shuffles).
            let lanes = self.i64c(self.plan.lanes as i64);
            self.lane = Some(self.bin_i("remui", &tid, &lanes));
            tid = self.bin_i("divui", &tid, &lanes);
        }
        let base = self.bin_i("muli", &bid, &th);
        let o_raw = self.bin_i("addi", &base, &tid);
        self.valid = self.op(format!("arith.cmpi slt, {o_raw}, {outer_total} : i64"));
        self.o_raw = o_raw.clone();
        self.total = outer_total.to_string();
        let one = self.i64c(1);
        let last = self.bin_i("subi", outer_total, &one);
        let o = self.op(format!("arith.minsi {o_raw}, {last} : i64"));
        let dims = self.plan.outer.clone();
        self.outer_ix = decompose(self, &o, &dims);
        let head = self.body.drain(head_start..).collect();
        (head, host_loop)
    }

    /// The whole function text.
    fn assemble(&self, name: &str, head: &[String], host_loop: &Option<String>) -> String {
        let sig = &self.sig;
        let mut f = String::new();
        match self.target {
            Target::Gpu => {
                let _ = writeln!(f, "    gpu.func @{name}({}) kernel {{", sig.join(", "));
            }
            Target::Host => {
                let _ = writeln!(
                    f,
                    "    func.func @{name}(%grid: i64, {}) attributes {{llvm.emit_c_interface}} {{",
                    sig.join(", ")
                );
            }
        }
        for l in &self.entry {
            let _ = writeln!(f, "{l}");
        }
        if let Some(header) = host_loop {
            let _ = writeln!(f, "      {header}");
        }
        for l in head.iter().chain(&self.pre).chain(&self.body) {
            let _ = writeln!(f, "{l}");
        }
        if host_loop.is_some() {
            let _ = writeln!(f, "      }}");
        }
        match self.target {
            Target::Gpu => f.push_str("      gpu.return\n    }\n"),
            Target::Host => f.push_str("      return\n    }\n"),
        }
        f
    }

    /// Loads the initial value of every state into its slots (forward: the init input or
    /// constant; step: the state buffer).
    fn load_initial_states(&mut self, from_state_params: bool) {
        let rec = self.rec;
        for (sh, s) in rec.states.iter() {
            for (p, bind) in self.points(&s.dims).into_iter().enumerate() {
                let slot = self.slots[sh.index()][p].clone();
                let red: Vec<(Handle<Dim>, Ix)> =
                    bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                let v = if from_state_params {
                    let ptr = self.param(&format!("state_{}", s.name));
                    let off = self.offset(&s.dims, &red, false);
                    self.load(&ptr, &off, s.dtype)
                } else {
                    self.initial_value(s, &red)
                };
                self.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
            }
        }
    }

    /// A state's initial value at a reduced point: its constant, or its init input (zero when
    /// an optional one is absent).
    fn initial_value(&mut self, s: &State, red: &[(Handle<Dim>, Ix)]) -> String {
        let rec = self.rec;
        match &s.init {
            StateInit::Const(c) => self.fconst(*c),
            StateInit::Input(i) => {
                let input = &rec.inputs[*i];
                let ptr = self.param(&format!("in_{}", input.name));
                let off = self.offset(&input.dims, red, false);
                if !input.optional {
                    return self.load(&ptr, &off, input.dtype);
                }
                let null = self.op("llvm.mlir.zero : !llvm.ptr".into());
                let given = self.op(format!("llvm.icmp \"ne\" {ptr}, {null} : !llvm.ptr"));
                let v = self.fresh();
                self.line(format!("{v} = scf.if {given} -> (f32) {{"));
                self.indent += 1;
                let x = self.load(&ptr, &off, input.dtype);
                self.line(format!("scf.yield {x} : f32"));
                self.indent -= 1;
                self.line("} else {".into());
                let z = self.fconst(0.0);
                self.indent += 1;
                self.line(format!("scf.yield {z} : f32"));
                self.indent -= 1;
                self.line("}".into());
                v
            }
        }
    }
}

/// The plan as one target runs it (one thread per block on the host).
fn target_plan(plan: &KernelPlan, target: Target) -> KernelPlan {
    match target {
        Target::Gpu => plan.clone(),
        Target::Host => KernelPlan {
            threads: 1,
            ..plan.single_lane()
        },
    }
}

/// Emits the forward or step kernel of `d` for `target`.
pub fn emit(d: &Derived, plan: &KernelPlan, target: Target, kind: KernelKind) -> Kernel {
    let rec = &d.rec;
    let plan = target_plan(plan, target);
    let threads = plan.threads;
    let name = format!("{}_{}", rec.name, kind.suffix());
    let mut em = Em::new(d, &plan, target);

    // Parameters.
    em.input_params();
    let writes_outputs = matches!(
        kind,
        KernelKind::Forward | KernelKind::Step | KernelKind::ChunkApply
    );
    for (h, o) in rec.outputs.iter() {
        if !writes_outputs || (kind == KernelKind::Step && o.kind == OutputKind::Final) {
            continue;
        }
        em.ptr_param(Param::Output(h), format!("out_{}", o.name));
    }
    for (h, s) in rec.states.iter() {
        let wanted: Vec<(Param, String)> = match kind {
            KernelKind::Step => vec![(Param::State(h), format!("state_{}", s.name))],
            KernelKind::Forward => vec![(Param::Checkpoint(h), format!("ckpt_{}", s.name))],
            KernelKind::ChunkReduce => vec![
                (Param::AggA(h), format!("agga_{}", s.name)),
                (Param::AggB(h), format!("aggb_{}", s.name)),
            ],
            KernelKind::ChunkApply => vec![
                (Param::Carry(h), format!("carry_{}", s.name)),
                (Param::Checkpoint(h), format!("ckpt_{}", s.name)),
            ],
            KernelKind::ChunkCarry | KernelKind::Backward | KernelKind::Reduce => {
                unreachable!("emitted elsewhere")
            }
        };
        for (p, n) in wanted {
            em.ptr_param(p, n);
        }
    }
    let outer_total = em.size_params(kind == KernelKind::Step);
    em.slots = em.state_slots();
    em.prev_slots = em.slots.clone();
    em.new_slots = em.slots.clone();
    if kind == KernelKind::ChunkReduce {
        em.agg_a = Some(em.state_slots());
    }

    // Shared memory for staged tensors.
    let mut groups = 0;
    if matches!(
        kind,
        KernelKind::Forward | KernelKind::ChunkReduce | KernelKind::ChunkApply
    ) {
        for &i in &plan.staged_inputs {
            em.staged_in_base.insert(i, groups);
            groups += plan.points(&rec.inputs[i].dims);
        }
        if kind != KernelKind::ChunkReduce {
            for &o in &plan.staged_outputs {
                em.staged_out_base.insert(o, groups);
                groups += plan.points(&rec.outputs[o].dims);
            }
        }
    }
    let shared_floats = groups * threads * (plan.tile + 1);
    let mut globals = String::new();
    if groups > 0 {
        let n = groups * threads;
        em.rows = match target {
            Target::Gpu => {
                let _ = writeln!(
                    globals,
                    "    llvm.mlir.global internal @rows_{name}() {{addr_space = 3 : i32, alignment = 16 : i64}} : !llvm.array<{n} x i64>"
                );
                em.entry_op(format!("llvm.mlir.addressof @rows_{name} : !llvm.ptr<3>"))
            }
            Target::Host => {
                let c = em.i64c(n as i64);
                em.entry_op(format!("llvm.alloca {c} x i64 : (i64) -> !llvm.ptr"))
            }
        };
    }
    if shared_floats > 0 {
        em.smem = match target {
            Target::Gpu => {
                let _ = writeln!(
                    globals,
                    "    llvm.mlir.global internal @smem_{name}() {{addr_space = 3 : i32, alignment = 16 : i64}} : !llvm.array<{shared_floats} x f32>"
                );
                em.entry_op(format!("llvm.mlir.addressof @smem_{name} : !llvm.ptr<3>"))
            }
            Target::Host => {
                let n = em.i64c(shared_floats as i64);
                em.entry_op(format!("llvm.alloca {n} x f32 : (i64) -> !llvm.ptr"))
            }
        };
    }

    let chunked = matches!(kind, KernelKind::ChunkReduce | KernelKind::ChunkApply);
    let len = em.sizes[rec.scan.index()].clone();
    let n_chunks = {
        let c = em.i64c(em.plan.chunk as i64 - 1);
        let padded = em.entry_op(format!("arith.addi {len}, {c} : i64"));
        let ch = em.i64c(em.plan.chunk as i64);
        em.entry_op(format!("arith.divui {padded}, {ch} : i64"))
    };
    let (head, host_loop) = if chunked {
        em.open_grid_chunks(&outer_total, Some(&n_chunks))
    } else {
        em.open_grid(&outer_total)
    };
    if groups > 0 {
        fill_row_table(&mut em);
    }
    match kind {
        KernelKind::Forward | KernelKind::Step => em.load_initial_states(kind == KernelKind::Step),
        KernelKind::ChunkReduce => {
            for slots in em.slots.clone() {
                em.fill(&slots, 0.0);
            }
            for slots in em.agg_a.clone().expect("set above") {
                em.fill(&slots, 1.0);
            }
        }
        KernelKind::ChunkApply => {
            let c = em.chunk.clone().expect("chunked grid");
            for (sh, s) in rec.states.iter() {
                let points = plan.points(&s.dims);
                for p in 0..points {
                    let ptr = em.param(&format!("carry_{}", s.name));
                    let off = em.scratch_offset(&c, points, p);
                    let v = em.load(&ptr, &off, DType::F32);
                    let slot = em.slots[sh.index()][p].clone();
                    em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
                }
            }
        }
        _ => unreachable!("emitted elsewhere"),
    }
    let (begin, end) = if chunked {
        let c = em.chunk.clone().expect("chunked grid");
        let ch = em.i64c(em.plan.chunk as i64);
        let begin = em.bin_i("muli", &c, &ch);
        let e = em.bin_i("addi", &begin, &ch);
        let end = em.op(format!("arith.minsi {e}, {len} : i64"));
        (begin, end)
    } else {
        (em.i64c(0), len.clone())
    };
    if kind == KernelKind::ChunkReduce {
        forward_loop(&mut em, &begin, &end);
        let valid = em.valid.clone();
        let c = em.chunk.clone().expect("chunked grid");
        em.region(format!("scf.if {valid}"), |em| {
            for (sh, s) in rec.states.iter() {
                let points = em.plan.points(&s.dims);
                for p in 0..points {
                    let off = em.scratch_offset(&c, points, p);
                    let b = em.slots[sh.index()][p].clone();
                    let a = em.agg_a.as_ref().expect("set")[sh.index()][p].clone();
                    for (slot, name) in [(a, "agga"), (b, "aggb")] {
                        let v = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                        let ptr = em.param(&format!("{name}_{}", s.name));
                        em.store(&v, &ptr, &off, DType::F32);
                    }
                }
            }
        });
    }

    match kind {
        KernelKind::ChunkReduce => {}
        KernelKind::Forward | KernelKind::ChunkApply => {
            forward_loop(&mut em, &begin, &end);
            // Final outputs: the state after the last step (written by the last chunk).
            em.t = None;
            let mut write = em.valid.clone();
            if kind == KernelKind::ChunkApply {
                let c = em.chunk.clone().expect("chunked grid");
                let one = em.i64c(1);
                let last = em.bin_i("subi", &n_chunks, &one);
                let is_last = em.op(format!("arith.cmpi eq, {c}, {last} : i64"));
                write = em.op(format!("arith.andi {write}, {is_last} : i1"));
            }
            for (_, out) in rec.outputs.iter() {
                if out.kind != OutputKind::Final {
                    continue;
                }
                let valid = write.clone();
                // Values first, by every thread (sums over lanes shuffle), then the stores.
                let values: Vec<_> = em
                    .points(&out.dims)
                    .into_iter()
                    .map(|bind| (em.expr(out.value, &bind), bind))
                    .collect();
                em.region(format!("scf.if {valid}"), |em| {
                    for (v, bind) in values {
                        let red: Vec<(Handle<Dim>, Ix)> =
                            bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                        let ptr = em.param(&format!("out_{}", out.name));
                        let off = em.offset(&out.dims, &red, false);
                        em.store(&v, &ptr, &off, out.dtype);
                    }
                });
            }
        }
        KernelKind::Backward | KernelKind::Reduce | KernelKind::ChunkCarry => {
            unreachable!("emitted by their own functions")
        }
        KernelKind::Step => {
            let zero = em.i64c(0);
            em.t = Some(zero);
            em.scopes.push(Vec::new());
            step_body(&mut em);
            // Write the state back.
            let valid = em.valid.clone();
            em.region(format!("scf.if {valid}"), |em| {
                for (sh, s) in rec.states.iter() {
                    for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                        let slot = em.slots[sh.index()][p].clone();
                        let v = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                        let red: Vec<(Handle<Dim>, Ix)> =
                            bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                        let ptr = em.param(&format!("state_{}", s.name));
                        let off = em.offset(&s.dims, &red, false);
                        em.store(&v, &ptr, &off, s.dtype);
                    }
                }
            });
        }
    }
    let func = em.assemble(&name, &head, &host_loop);
    Kernel {
        name,
        kind,
        params: em.sig_params.clone(),
        globals,
        func,
        threads,
        shared_bytes: shared_floats * 4 + groups * threads * 8,
        lanes: plan.lanes,
    }
}

/// The chunked strategy's middle pass: one thread per outer point scans the chunk aggregates,
/// writing the state that enters each chunk.
pub fn emit_chunk_carry(d: &Derived, plan: &KernelPlan, target: Target) -> Kernel {
    let rec = &d.rec;
    let plan = target_plan(&plan.single_lane(), target);
    let name = format!("{}_chunk_carry", rec.name);
    let mut em = Em::new(d, &plan, target);
    em.input_params();
    for (h, s) in rec.states.iter() {
        em.ptr_param(Param::AggA(h), format!("agga_{}", s.name));
        em.ptr_param(Param::AggB(h), format!("aggb_{}", s.name));
        em.ptr_param(Param::Carry(h), format!("carry_{}", s.name));
    }
    let outer_total = em.size_params(false);
    em.slots = em.state_slots();
    em.prev_slots = em.slots.clone();
    em.new_slots = em.slots.clone();
    let len = em.sizes[rec.scan.index()].clone();
    let (head, host_loop) = em.open_grid(&outer_total);
    em.load_initial_states(false);
    let c1 = em.i64c(em.plan.chunk as i64 - 1);
    let padded = em.bin_i("addi", &len, &c1);
    let ch = em.i64c(em.plan.chunk as i64);
    let n_chunks = em.bin_i("divui", &padded, &ch);
    let zero = em.i64c(0);
    let one = em.i64c(1);
    let valid = em.valid.clone();
    em.region(format!("scf.if {valid}"), |em| {
        em.for_i64(&zero, &n_chunks, &one, |em, c| {
            for (sh, s) in rec.states.iter() {
                let points = em.plan.points(&s.dims);
                for p in 0..points {
                    let off = em.scratch_offset(&c, points, p);
                    let slot = em.slots[sh.index()][p].clone();
                    let h = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                    let cptr = em.param(&format!("carry_{}", s.name));
                    em.store(&h, &cptr, &off, DType::F32);
                    let aptr = em.param(&format!("agga_{}", s.name));
                    let a = em.load(&aptr, &off, DType::F32);
                    let bptr = em.param(&format!("aggb_{}", s.name));
                    let b = em.load(&bptr, &off, DType::F32);
                    let ah = em.op(format!("arith.mulf {a}, {h} : f32"));
                    let n = em.op(format!("arith.addf {ah}, {b} : f32"));
                    em.line(format!("llvm.store {n}, {slot} : f32, !llvm.ptr"));
                }
            }
        });
    });
    let func = em.assemble(&name, &head, &host_loop);
    Kernel {
        name,
        kind: KernelKind::ChunkCarry,
        params: em.sig_params.clone(),
        globals: String::new(),
        func,
        threads: plan.threads,
        shared_bytes: 0,
        lanes: 1,
    }
}

/// Splits a linear outer index into one index per outer dim (row-major).
fn decompose(em: &mut Em<'_>, o: &str, dims: &[Handle<Dim>]) -> HashMap<Handle<Dim>, String> {
    let mut out = HashMap::new();
    let mut rest = o.to_string();
    for &d in dims.iter().rev() {
        let s = em.sizes[d.index()].clone();
        let q = em.bin_i("remui", &rest, &s);
        out.insert(d, q);
        rest = em.bin_i("divui", &rest, &s);
    }
    out
}

/// Saves every state at the start of each checkpoint chunk (forward, when the caller passed
/// checkpoint buffers): `ckpt[t / CHECKPOINT]` is the state before step `t`.
fn save_checkpoint(em: &mut Em<'_>) {
    let rec = em.rec;
    let t = em.t.clone().expect("inside the scan");
    let c = em.i64c(CHECKPOINT as i64);
    let rem = em.bin_i("remui", &t, &c);
    let zero = em.i64c(0);
    let at = em.op(format!("arith.cmpi eq, {rem}, {zero} : i64"));
    let valid = em.valid.clone();
    let go = em.op(format!("arith.andi {at}, {valid} : i1"));
    em.region(format!("scf.if {go}"), |em| {
        let ck = em.bin_i("divui", &t, &c);
        for (sh, s) in rec.states.iter() {
            let ptr = em.param(&format!("ckpt_{}", s.name));
            let null = em.op("llvm.mlir.zero : !llvm.ptr".into());
            let given = em.op(format!("llvm.icmp \"ne\" {ptr}, {null} : !llvm.ptr"));
            em.region(format!("scf.if {given}"), |em| {
                let numel = em.numel(&s.dims);
                let base = em.bin_i("muli", &ck, &numel);
                for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                    let slot = em.slots[sh.index()][p].clone();
                    let v = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                    let red: Vec<(Handle<Dim>, Ix)> =
                        bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                    let off = em.offset(&s.dims, &red, false);
                    let off = em.bin_i("addi", &base, &off);
                    em.store(&v, &ptr, &off, DType::F32);
                }
            });
        }
    });
}

/// One step: every state's new value from its decomposition, then the per-step outputs.
fn step_body(em: &mut Em<'_>) {
    let rec = em.rec;
    let d = em.d;
    let mut news = Vec::new();
    for dec in &d.decompositions {
        let s = &rec.states[dec.state];
        for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
            let a = em.expr(dec.a, &bind);
            let b = em.expr(dec.b, &bind);
            let slot = em.slots[dec.state.index()][p].clone();
            let h = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
            let ah = em.op(format!("arith.mulf {a}, {h} : f32"));
            let n = em.op(format!("arith.addf {ah}, {b} : f32"));
            news.push((slot, n));
            // Chunk reduce: the combine (A, B) ∘ (a, b) = (a·A, a·B + b); B is the state slot.
            if let Some(agg) = &em.agg_a {
                let aslot = agg[dec.state.index()][p].clone();
                let av = em.op(format!("llvm.load {aslot} : !llvm.ptr -> f32"));
                let an = em.op(format!("arith.mulf {a}, {av} : f32"));
                news.push((aslot, an));
            }
        }
    }
    for (slot, n) in news {
        em.line(format!("llvm.store {n}, {slot} : f32, !llvm.ptr"));
    }
    if em.agg_a.is_some() {
        return;
    }
    for (oh, out) in rec.outputs.iter() {
        if out.kind != OutputKind::PerStep || em.deferred.contains(&oh) {
            continue;
        }
        let points = em.points(&out.dims);
        let staged = em
            .staged_out_base
            .get(&oh)
            .copied()
            .filter(|_| em.k.is_some());
        for (p, bind) in points.into_iter().enumerate() {
            let v = em.expr(out.value, &bind);
            match staged {
                Some(base) => {
                    let g = em.i64c((base + p) as i64);
                    let (tid, k) = (
                        em.tid.clone(),
                        em.k.clone().expect("staging has a tile index"),
                    );
                    let off = em.shared_offset(&g, &tid, &k);
                    let smem = em.smem.clone();
                    em.store(&v, &smem, &off, DType::F32);
                }
                None => {
                    let valid = em.valid.clone();
                    em.region(format!("scf.if {valid}"), |em| {
                        let red: Vec<(Handle<Dim>, Ix)> =
                            bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                        let ptr = em.param(&format!("out_{}", out.name));
                        let off = em.offset(&out.dims, &red, false);
                        em.store(&v, &ptr, &off, out.dtype);
                    });
                }
            }
        }
    }
}

/// The forward scan: tiles of `tile` steps; staged inputs are loaded into shared memory
/// (consecutive threads reading consecutive steps of one row), the steps run from registers
/// and shared memory, and staged outputs are written back the same way.
fn forward_loop(em: &mut Em<'_>, begin: &str, end: &str) {
    let rec = em.rec;
    let plan = em.plan.clone();
    let len = end.to_string();
    let tile = em.i64c(plan.tile as i64);
    em.range_end = Some(len.clone());
    let staged: Vec<(Handle<Input>, usize)> = em
        .staged_in_base
        .iter()
        .map(|(&i, &b)| (i, b))
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_iter()
        .collect();
    let read = |input: Handle<Input>| {
        move |em: &mut Em<'_>, off: &str, _: &str| {
            let i = &em.rec.inputs[input];
            let ptr = em.param(&format!("in_{}", i.name));
            Some(em.load(&ptr, off, i.dtype))
        }
    };
    let write = |em: &mut Em<'_>, _: &str, sh_off: &str, v: String| {
        let smem = em.smem.clone();
        em.store(&v, &smem, sh_off, DType::F32);
    };
    // Software pipelining: when every staged input's tile is one batch, the next tile is read
    // into registers before this tile's steps run and written to shared memory after them, so
    // global-memory latency overlaps the scan.
    // Prefetched values stay in registers during the tile's steps: only when they are few
    // (measured: first_order's 64 values per thread halve its time; selective_scan's 96, on top
    // of 16 state values, cost occupancy and slowed it by 20%).
    let prefetched: usize = staged
        .iter()
        .map(|(i, _)| plan.points(&rec.inputs[*i].dims) * plan.tile)
        .sum();
    let prefetch = !staged.is_empty()
        && prefetched <= PREFETCH_MAX
        && staged
            .iter()
            .all(|(i, _)| one_batch(&plan, &rec.inputs[*i].dims));
    if prefetch {
        let zero = em.i64c(0);
        for &(i, base) in &staged {
            let p = stage_issue(em, begin, base, &rec.inputs[i].dims, &zero, &read(i), true);
            stage_commit(em, p, &write);
        }
        em.barrier();
    }
    em.for_i64(begin, &len, &tile, |em, t0| {
        let rem = em.bin_i("subi", &len, &t0);
        let tile = em.i64c(plan.tile as i64);
        let kk = em.op(format!("arith.minsi {rem}, {tile} : i64"));
        let mut next = Vec::new();
        if prefetch {
            let zero = em.i64c(0);
            let t1 = em.bin_i("addi", &t0, &tile);
            for &(i, base) in &staged {
                let p = stage_issue(em, &t1, base, &rec.inputs[i].dims, &zero, &read(i), true);
                let values = p
                    .into_iter()
                    .map(|x| x.3.expect("reads yield values"))
                    .collect();
                next.push((base, values));
            }
        } else {
            for &(i, base) in &staged {
                stage(em, &t0, base, &rec.inputs[i].dims, read(i), write, true);
            }
            if !staged.is_empty() {
                em.barrier();
            }
        }
        let zero = em.i64c(0);
        let one = em.i64c(1);
        let step = |em: &mut Em<'_>, k: String, preloaded: Vec<(MemoKey, String)>| {
            let t = em.bin_i("addi", &t0, &k);
            em.t = Some(t);
            em.k = Some(k);
            em.push_scope(preloaded);
            if em.agg_a.is_none() {
                save_checkpoint(em);
            }
            step_body(em);
            em.pop_scope();
            em.k = None;
            em.t = None;
        };
        let u = plan.unroll;
        if u > 1 {
            // Groups of `u` steps: every group's reads first (all in flight together), then
            // its steps; the steps of a tile past the last whole group run one by one.
            let uc = em.i64c(u as i64);
            let groups = em.bin_i("divui", &kk, &uc);
            em.for_i64(&zero, &groups, &one, |em, g| {
                let k0 = em.bin_i("muli", &g, &uc);
                let ks: Vec<String> = (0..u)
                    .map(|j| {
                        let jc = em.i64c(j as i64);
                        em.bin_i("addi", &k0, &jc)
                    })
                    .collect();
                if em.plan.lanes > 1 && u % em.plan.lanes == 0 {
                    distributed_group(em, &t0, &k0, &ks);
                    return;
                }
                let loads: Vec<Vec<(MemoKey, String)>> =
                    ks.iter().map(|k| preload_step(em, &t0, k, false)).collect();
                for (k, pre) in ks.into_iter().zip(loads) {
                    step(em, k, pre);
                }
            });
            let rest = em.bin_i("muli", &groups, &uc);
            em.for_i64(&rest, &kk, &one, |em, k| step(em, k, Vec::new()));
        } else {
            em.for_i64(&zero, &kk, &one, |em, k| step(em, k, Vec::new()));
        }
        let outs: Vec<(Handle<Output>, usize)> = em
            .staged_out_base
            .iter()
            .map(|(&o, &b)| (o, b))
            .collect::<std::collections::BTreeMap<_, _>>()
            .into_iter()
            .collect();
        // Everyone is done with this tile's rows: write outputs out, the next inputs in.
        if !outs.is_empty() || prefetch {
            em.barrier();
        }
        for (base, values) in next {
            prefetch_commit(em, base, values);
        }
        if !outs.is_empty() {
            for (o, base) in &outs {
                let out = &rec.outputs[*o];
                stage(
                    em,
                    &t0,
                    *base,
                    &out.dims,
                    |em, _, sh_off| {
                        let smem = em.smem.clone();
                        Some(em.load(&smem, sh_off, DType::F32))
                    },
                    |em, off, _, v| {
                        let ptr = em.param(&format!("out_{}", out.name));
                        em.store(&v, &ptr, off, out.dtype);
                    },
                    false,
                );
            }
        }
        if !staged.is_empty() || !outs.is_empty() {
            em.barrier();
        }
    });
}

/// Reads every value step `t0 + k` takes from unstaged inputs (each input node the step's
/// expressions use, at each of the thread's points), returned as memo entries for that step.
fn preload_step(em: &mut Em<'_>, t0: &str, k: &str, split_only: bool) -> Vec<(MemoKey, String)> {
    let rec = em.rec;
    let t = em.bin_i("addi", t0, k);
    em.t = Some(t);
    let mut nodes = std::collections::BTreeSet::new();
    for r in super::plan::step_roots(em.d, em.agg_a.is_none()) {
        nodes.extend(reachable_from(rec, r).into_iter().filter(|&h| {
            matches!(rec.exprs[h], Expr::Input(i)
                if rec.inputs[i].dims.contains(&rec.scan)
                    && !em.staged_in_base.contains_key(&i)
                    && !(em.hoist && em.invariant[h.index()])
                    && (!split_only || em.plan.split_dim().is_some_and(|d| rec.inputs[i].dims.contains(&d))))
        }));
    }
    let mut out = Vec::new();
    for h in nodes {
        let Expr::Input(i) = rec.exprs[h] else {
            unreachable!("filtered")
        };
        let dims = rec.inputs[i].dims.clone();
        for bind in em.points(&dims) {
            let v = em.expr_uncached(h, &bind, false);
            out.push(((h, bind), v));
        }
    }
    em.t = None;
    out
}

/// Whether `h` is the same for every lane of an outer point (its shape lacks the split dim).
fn lane_uniform(em: &Em<'_>, h: Handle<Expr>) -> bool {
    em.plan
        .split_dim()
        .is_none_or(|d| !em.rec.exprs.shape(h).contains(d))
}

/// The largest lane-uniform, step-varying subexpressions of the state updates (`dt` and
/// `dt · u` in the selective scan): what lanes compute for one another.
fn uniform_frontier(em: &Em<'_>) -> Vec<Handle<Expr>> {
    fn visit(em: &Em<'_>, h: Handle<Expr>, out: &mut Vec<Handle<Expr>>) {
        if em.hoist && em.invariant[h.index()] {
            return;
        }
        if lane_uniform(em, h) {
            if !out.contains(&h) {
                out.push(h);
            }
            return;
        }
        match em.rec.exprs[h] {
            Expr::Unary(_, a) | Expr::Sum(_, a) => visit(em, a, out),
            Expr::Binary(_, a, b) => {
                visit(em, a, out);
                visit(em, b, out);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for dec in &em.d.decompositions {
        visit(em, dec.a, &mut out);
        visit(em, dec.b, &mut out);
    }
    out
}

/// The sums over the split dim inside `h` (outermost ones).
fn split_sums(em: &Em<'_>, h: Handle<Expr>, out: &mut Vec<Handle<Expr>>) {
    match em.rec.exprs[h] {
        Expr::Sum(d, _) if em.plan.split_dim() == Some(d) && !out.contains(&h) => out.push(h),
        Expr::Sum(d, _) if em.plan.split_dim() == Some(d) => {}
        Expr::Unary(_, a) | Expr::Sum(_, a) => split_sums(em, a, out),
        Expr::Binary(_, a, b) => {
            split_sums(em, a, out);
            split_sums(em, b, out);
        }
        _ => {}
    }
}

/// The largest step-varying subexpressions of `h` that contain no sum over the split dim
/// (`D · u` and `silu(z)` in the selective scan's output).
fn sum_free_parts(em: &Em<'_>, h: Handle<Expr>, out: &mut Vec<Handle<Expr>>) {
    if em.hoist && em.invariant[h.index()] {
        return;
    }
    let mut inner = Vec::new();
    split_sums(em, h, &mut inner);
    if inner.is_empty() {
        if !out.contains(&h) {
            out.push(h);
        }
        return;
    }
    match em.rec.exprs[h] {
        Expr::Sum(..) => {}
        Expr::Unary(_, a) => sum_free_parts(em, a, out),
        Expr::Binary(_, a, b) => {
            sum_free_parts(em, a, out);
            sum_free_parts(em, b, out);
        }
        _ => {}
    }
}

/// Per lane `j` of this thread's point: its warp lane (i32, the shuffle source) and whether
/// this thread is it; computed once, before the scan.
fn lane_tables(em: &mut Em<'_>) -> (Vec<String>, Vec<String>) {
    let lanes = em.plan.lanes;
    let lane = em.lane.clone().expect("lanes > 1");
    let tid32 = em.op_in(true, format!("arith.trunci {} : i64 to i32", em.tid));
    let group = em.op_in(true, format!("arith.constant {} : i32", 32 - lanes));
    let base = em.op_in(true, format!("arith.andi {tid32}, {group} : i32"));
    (0..lanes)
        .map(|j| {
            let jc = em.op_in(true, format!("arith.constant {j} : i32"));
            let src = em.op_in(true, format!("arith.ori {base}, {jc} : i32"));
            let jl = em.op_in(true, format!("arith.constant {j} : i64"));
            let is = em.op_in(true, format!("arith.cmpi eq, {lane}, {jl} : i64"));
            (src, is)
        })
        .unzip()
}

/// One group of `ks.len()` steps with the lane-uniform work spread over the lanes (every
/// lane would otherwise compute the same values): (A) lane `j` computes the uniform frontier
/// of the updates for steps `j, j + lanes, …` of the group; (B) each step's state update gets
/// those values by shuffles from the lane that computed them, and its sums over the split
/// dim (butterfly shuffles, every lane gets them); (C) lane `j` computes and stores the
/// lane-uniform per-step outputs of its steps, taking its steps' sums from (B).
fn distributed_group(em: &mut Em<'_>, t0: &str, k0: &str, ks: &[String]) {
    let rec = em.rec;
    let lanes = em.plan.lanes;
    let rounds = ks.len() / lanes;
    let lane = em.lane.clone().expect("lanes > 1");
    let frontier = uniform_frontier(em);
    let outs: Vec<Handle<Output>> = if em.agg_a.is_some() {
        Vec::new()
    } else {
        rec.outputs
            .iter()
            .filter(|(_, o)| {
                o.kind == OutputKind::PerStep
                    && em.plan.split_dim().is_some_and(|d| !o.dims.contains(&d))
            })
            .map(|(h, _)| h)
            .collect()
    };
    let mut sums = Vec::new();
    let mut parts = Vec::new();
    for &o in &outs {
        split_sums(em, rec.outputs[o].value, &mut sums);
        sum_free_parts(em, rec.outputs[o].value, &mut parts);
    }
    // The reads of the split inputs for every step first (all in flight together with (A)'s).
    let loads: Vec<Vec<(MemoKey, String)>> =
        ks.iter().map(|k| preload_step(em, t0, k, true)).collect();
    // (A) Each lane's steps of the group, and the uniform values at them: the updates'
    // frontier and the parts of the outputs that do not need this step's sums.
    let mut mine: Vec<(String, Vec<(MemoKey, String)>)> = Vec::new();
    for r in 0..rounds {
        let base = em.i64c((r * lanes) as i64);
        let k = em.bin_i("addi", k0, &base);
        let k = em.bin_i("addi", &k, &lane);
        let t = em.bin_i("addi", t0, &k);
        em.t = Some(t);
        em.push_scope(Vec::new());
        for &f in frontier.iter().chain(&parts) {
            em.expr(f, &[]);
        }
        let entries = em.pop_scope();
        mine.push((k, entries));
        em.t = None;
    }
    // (B) The steps' updates.
    let (src, is_lane) = lane_tables(em);
    let width = em.op_in(true, "arith.constant 32 : i32".into());
    em.deferred = outs.clone();
    let mut step_sums: Vec<Vec<String>> = Vec::new();
    for (s, (k, pre)) in ks.iter().zip(loads).enumerate() {
        let t = em.bin_i("addi", t0, k);
        em.t = Some(t);
        em.k = Some(k.clone());
        let mut entries = pre;
        for (key, v) in &mine[s / lanes].1 {
            if key.1.is_empty() && frontier.contains(&key.0) {
                let (x, ok) = (em.fresh(), em.fresh());
                em.line(format!(
                    "{x}, {ok} = gpu.shuffle idx {v}, {}, {width} : f32",
                    src[s % lanes]
                ));
                entries.push((key.clone(), x));
            }
        }
        em.push_scope(entries);
        if em.agg_a.is_none() {
            save_checkpoint(em);
        }
        step_body(em);
        step_sums.push(sums.iter().map(|&g| em.expr(g, &[])).collect());
        em.pop_scope();
        em.k = None;
        em.t = None;
    }
    em.deferred.clear();
    // (C) Each lane's outputs at its steps.
    for (r, (k, entries)) in mine.into_iter().enumerate() {
        let t = em.bin_i("addi", t0, &k);
        em.t = Some(t);
        let mut entries = entries;
        for (i, &g) in sums.iter().enumerate() {
            let mut v = step_sums[r * lanes][i].clone();
            for j in 1..lanes {
                let x = step_sums[r * lanes + j][i].clone();
                v = em.op(format!("arith.select {}, {x}, {v} : f32", is_lane[j]));
            }
            entries.push(((g, Vec::new()), v));
        }
        em.push_scope(entries);
        for &o in &outs {
            let out = &rec.outputs[o];
            let v = em.expr(out.value, &[]);
            let valid = em.valid.clone();
            em.region(format!("scf.if {valid}"), |em| {
                let ptr = em.param(&format!("out_{}", out.name));
                let off = em.offset(&out.dims, &[], false);
                em.store(&v, &ptr, &off, out.dtype);
            });
        }
        em.pop_scope();
        em.t = None;
    }
}

/// A cooperative loop over the tile of a staged tensor: element `e` of `points · threads ·
/// tile` is step `e % tile` of row `e / tile` (row = point group · threads + item), so
/// consecutive threads touch consecutive steps. `f` gets the global and shared offsets.
/// Loads clamp to the tensor (`clamp`); stores skip points and steps past the end.
/// One element-slot of a staged transfer: whether to commit it, the global and shared offsets,
/// and the value read (`f`'s result).
type Pending = (String, String, String, Option<String>);

/// Issues the reads of one batch of a staged tile: element `e` of `points · threads · tile` is
/// step `e % tile` of row `e / tile`, so consecutive threads touch consecutive steps. `f` reads
/// (given the global and shared offsets); nothing is written yet.
fn stage_issue(
    em: &mut Em<'_>,
    t0: &str,
    base: usize,
    dims: &[Handle<Dim>],
    batch: &str,
    f: &impl Fn(&mut Em<'_>, &str, &str) -> Option<String>,
    clamp: bool,
) -> Vec<Pending> {
    let rec = em.rec;
    let plan = em.plan.clone();
    let points = plan.points(dims);
    let iters = points * plan.tile;
    let mut pending = Vec::new();
    // One batch with whole rows per step of i (threads a multiple of tile): every element is
    // in range and a thread's step within its row is the same for every i, so the index
    // arithmetic is done once (fewer live registers where the tile is prefetched).
    let whole_rows = iters <= STAGE_BATCH && plan.threads % plan.tile == 0;
    let per_thread = whole_rows.then(|| {
        let tile = em.i64c(plan.tile as i64);
        let tid = em.tid.clone();
        (
            em.bin_i("divui", &tid, &tile),
            em.bin_i("remui", &tid, &tile),
        )
    });
    for i in 0..STAGE_BATCH.min(iters) {
        let (row, k, in_e) = match &per_thread {
            Some((tid_row, k)) => {
                let ri = em.i64c((i * (plan.threads / plan.tile)) as i64);
                let row = em.bin_i("addi", tid_row, &ri);
                let yes = em.op("arith.constant true".into());
                (row, k.clone(), yes)
            }
            None => {
                // e = tid + (batch · STAGE_BATCH + i) · threads
                let bi = em.i64c((STAGE_BATCH * plan.threads) as i64);
                let off_b = em.bin_i("muli", batch, &bi);
                let ic = em.i64c((i * plan.threads) as i64);
                let tid = em.tid.clone();
                let e0 = em.bin_i("addi", &off_b, &ic);
                let e_raw = em.bin_i("addi", &e0, &tid);
                let n = em.i64c((points * plan.threads * plan.tile) as i64);
                let last_e = em.i64c((points * plan.threads * plan.tile) as i64 - 1);
                let e = em.op(format!("arith.minsi {e_raw}, {last_e} : i64"));
                let in_e = em.op(format!("arith.cmpi slt, {e_raw}, {n} : i64"));
                let tile = em.i64c(plan.tile as i64);
                let row = em.bin_i("divui", &e, &tile);
                let k = em.bin_i("remui", &e, &tile);
                (row, k, in_e)
            }
        };
        // The row's global row index and its element offset at t = 0 (from the row table).
        let first = em.i64c((base * plan.threads) as i64);
        let grow = em.bin_i("addi", &first, &row);
        let rows = em.rows.clone();
        let rp = em.rows_ty();
        let p = em.op(format!(
            "llvm.getelementptr {rows}[{grow}] : ({rp}, i64) -> {rp}, i64"
        ));
        let row_base = em.op(format!("llvm.load {p} : {rp} -> i64"));
        let t_raw = em.bin_i("addi", t0, &k);
        let len = em.sizes[rec.scan.index()].clone();
        let end = em.range_end.clone().unwrap_or_else(|| len.clone());
        let in_t = em.op(format!("arith.cmpi slt, {t_raw}, {end} : i64"));
        let one = em.i64c(1);
        let last_t = em.bin_i("subi", &len, &one);
        let t = em.op(format!("arith.minsi {t_raw}, {last_t} : i64"));
        // The scan axis is innermost in staged tensors: stride 1.
        let off = em.bin_i("addi", &row_base, &t);
        let st = em.i64c(plan.tile as i64 + 1);
        let sh = em.bin_i("muli", &grow, &st);
        let sh = em.bin_i("addi", &sh, &k);
        let ok = if clamp {
            in_e
        } else {
            // Rows of threads past the last outer point are marked with a negative base.
            let zero = em.i64c(0);
            let real = em.op(format!("arith.cmpi sge, {row_base}, {zero} : i64"));
            let ok = em.op(format!("arith.andi {in_t}, {real} : i1"));
            em.op(format!("arith.andi {ok}, {in_e} : i1"))
        };
        let v = f(em, &off, &sh);
        pending.push((ok, off, sh, v));
    }
    pending
}

/// Writes what [`stage_issue`] read (`g` gets the global and shared offsets and the value).
fn stage_commit(
    em: &mut Em<'_>,
    pending: Vec<Pending>,
    g: &impl Fn(&mut Em<'_>, &str, &str, String),
) {
    for (ok, off, sh, v) in pending {
        let v = v.unwrap_or_default();
        em.region(format!("scf.if {ok}"), |em| g(em, &off, &sh, v.clone()));
    }
}

/// Writes prefetched values of a one-batch input tile into shared memory, recomputing each
/// shared offset (cheaper than keeping offsets live across the tile's steps). In one batch
/// every element index is in range, so there is nothing to mask.
fn prefetch_commit(em: &mut Em<'_>, base: usize, values: Vec<String>) {
    let plan = em.plan.clone();
    for (i, v) in values.into_iter().enumerate() {
        let ic = em.i64c((i * plan.threads) as i64);
        let tid = em.tid.clone();
        let e = em.bin_i("addi", &ic, &tid);
        let tile = em.i64c(plan.tile as i64);
        let row = em.bin_i("divui", &e, &tile);
        let k = em.bin_i("remui", &e, &tile);
        let first = em.i64c((base * plan.threads) as i64);
        let grow = em.bin_i("addi", &first, &row);
        let st = em.i64c(plan.tile as i64 + 1);
        let sh = em.bin_i("muli", &grow, &st);
        let sh = em.bin_i("addi", &sh, &k);
        let smem = em.smem.clone();
        em.store(&v, &smem, &sh, DType::F32);
    }
}

/// Most values per thread held in registers by the prefetch of the next tile.
const PREFETCH_MAX: usize = 128;

/// Elements of a staged transfer read before any is written (per thread).
const STAGE_BATCH: usize = 64;

/// Whether a staged tensor's tile fits one batch (then its next tile can be prefetched).
fn one_batch(plan: &KernelPlan, dims: &[Handle<Dim>]) -> bool {
    plan.points(dims) * plan.tile <= STAGE_BATCH
}

/// A cooperative copy of the tile of a staged tensor, one batch at a time.
fn stage(
    em: &mut Em<'_>,
    t0: &str,
    base: usize,
    dims: &[Handle<Dim>],
    f: impl Fn(&mut Em<'_>, &str, &str) -> Option<String>,
    g: impl Fn(&mut Em<'_>, &str, &str, String),
    clamp: bool,
) {
    let plan = em.plan.clone();
    let batches = (plan.points(dims) * plan.tile).div_ceil(STAGE_BATCH);
    let zero = em.i64c(0);
    if batches == 1 {
        let p = stage_issue(em, t0, base, dims, &zero, &f, clamp);
        stage_commit(em, p, &g);
    } else {
        let nb = em.i64c(batches as i64);
        let one = em.i64c(1);
        em.for_i64(&zero, &nb, &one, |em, b| {
            let p = stage_issue(em, t0, base, dims, &b, &f, clamp);
            stage_commit(em, p, &g);
        });
    }
}

/// Fills this thread's entries of the row table: for every staged tensor and reduced point,
/// the element offset of its row at t = 0 (outputs of threads past the end get -1).
fn fill_row_table(em: &mut Em<'_>) {
    let rec = em.rec;
    let zero = em.i64c(0);
    let saved_t = em.t.replace(zero);
    let mut tensors: Vec<(usize, Vec<Handle<Dim>>, bool)> = em
        .staged_in_base
        .iter()
        .map(|(&i, &b)| (b, rec.inputs[i].dims.clone(), true))
        .chain(
            em.staged_out_base
                .iter()
                .map(|(&o, &b)| (b, rec.outputs[o].dims.clone(), false)),
        )
        .collect();
    tensors.sort_by_key(|t| t.0);
    for (base, dims, is_input) in tensors {
        for (p, bind) in em.points(&dims).into_iter().enumerate() {
            let red: Vec<(Handle<Dim>, Ix)> =
                bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
            let off = em.offset(&dims, &red, false);
            let v = if is_input {
                off
            } else {
                let minus = em.i64c(-1);
                let valid = em.valid.clone();
                em.op(format!("arith.select {valid}, {off}, {minus} : i64"))
            };
            let th = em.i64c(em.plan.threads as i64);
            let g = em.i64c((base + p) as i64);
            let r = em.bin_i("muli", &g, &th);
            let tid = em.tid.clone();
            let r = em.bin_i("addi", &r, &tid);
            let rows = em.rows.clone();
            let rp = em.rows_ty();
            let ptr = em.op(format!(
                "llvm.getelementptr {rows}[{r}] : ({rp}, i64) -> {rp}, i64"
            ));
            em.line(format!("llvm.store {v}, {ptr} : i64, {rp}"));
        }
    }
    em.t = saved_t;
    em.barrier();
}

impl Em<'_> {
    fn rows_ty(&self) -> &'static str {
        match self.target {
            Target::Gpu => "!llvm.ptr<3>",
            Target::Host => "!llvm.ptr",
        }
    }

    /// Number of elements of a tensor with `dims` (i64, at entry).
    fn numel(&mut self, dims: &[Handle<Dim>]) -> String {
        let mut acc = self.i64c(1);
        for &d in dims {
            let s = self.sizes[d.index()].clone();
            acc = self.entry_op(format!("arith.muli {acc}, {s} : i64"));
        }
        acc
    }
}
