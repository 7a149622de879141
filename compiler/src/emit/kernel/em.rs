//! The kernel emitter's state and its building blocks: SSA names and lines, loads and
//! stores in a tensor's storage dtype, offsets, the memoised expression walk, and the grid
//! (thread, block, lane and outer point) of one kernel.

use super::*;
use crate::emit::math::farith;
use crate::ir::builtins::Prim;

/// SSA values per state and point of it.
pub(super) type PointValues = Vec<Vec<String>>;

pub(super) struct Em<'a> {
    pub(super) rec: &'a Recurrence,
    pub(super) d: &'a Derived,
    pub(super) plan: &'a KernelPlan,
    pub(super) target: Target,
    /// The function's text: its entry (ids, sizes, strides, allocas, constants), the values
    /// that do not change along the scan (hoisted before the scan loop), and the body.
    pub(super) text: Text,
    pub(super) memo: HashMap<MemoKey, String>,
    pub(super) scopes: Vec<Vec<MemoKey>>,
    /// The backward's memo of gradient shares, each with the scope depth it was made at
    /// (dropped when that scope closes): a share used at several points of an enclosing sum
    /// is emitted once, so nested sums cost their sizes added, not multiplied.
    pub(super) share_memo: HashMap<MemoKey, (usize, String)>,
    pub(super) sizes: Vec<String>,
    /// Per tensor (by its dims list), the i64 stride of each dim.
    pub(super) strides: HashMap<Vec<Handle<Dim>>, Vec<String>>,
    /// The strides in the slice view ([`Em::in_slice_view`]; one `steps` per kernel).
    pub(super) view_strides: HashMap<Vec<Handle<Dim>>, Vec<String>>,
    pub(super) outer_ix: HashMap<Handle<Dim>, String>,
    pub(super) tid: String,
    /// This thread's lane among those sharing its outer point (when the plan splits points).
    pub(super) lane: Option<String>,
    /// Per-step outputs the step body leaves to the caller (computed lane-distributed).
    pub(super) deferred: Vec<Handle<Output>>,
    /// The walk step the body is at (step k of a reverse scan is position `L - 1 - k`; see
    /// [`Em::position`]).
    pub(super) t: Option<String>,
    /// A reverse scan's last position `L - 1` (computed once, at entry).
    pub(super) scan_last: Option<String>,
    pub(super) k: Option<String>,
    /// Per state, one slot per reduced point: the state itself (forward, step), and the
    /// values the backward reads as `h_{t-1}`, `h_t` and the adjoint `g_t`.
    pub(super) slots: Vec<Vec<String>>,
    pub(super) prev_slots: Vec<Vec<String>>,
    pub(super) new_slots: Vec<Vec<String>>,
    pub(super) adj_slots: Vec<Vec<String>>,
    /// Outputs that lack some outer dim are computed by several threads; in the backward
    /// only the thread at coordinate 0 of those dims takes their gradient.
    pub(super) owner: HashMap<Handle<Output>, String>,
    /// In the backward's reverse walk: the values of `h_{t-1}` and `h_t`, per state and
    /// point (recomputed into registers).
    pub(super) bwd_values: Option<(PointValues, PointValues)>,
    /// Chunked kernels: this block's chunk, and the end of the scan range it covers.
    pub(super) chunk: Option<String>,
    pub(super) range_end: Option<String>,
    /// Chunk reduce: the decay aggregate `A` of every state point (the state slots hold `B`).
    pub(super) agg_a: Option<Vec<Vec<String>>>,
    /// Whether the scan position is the counting state's carried value (the decoding step)
    /// rather than the walk step.
    pub(super) position_from_state: bool,
    /// Segmented backward: where this thread's segment's per-thread partial gradients start
    /// (in outer points).
    pub(super) partial_base: Option<String>,
    /// Sliced backward: the slice's first step and the steps per slice (the partial sums laid
    /// out by step hold one slice: step `t` at `t - first`, `steps` to a row).
    pub(super) slice: Option<(String, String)>,
    /// Blocks of this kernel that each SM must be able to hold at once (the GPU function's
    /// launch bounds: registers are capped to fit them).
    pub(super) min_blocks_per_sm: Option<usize>,
    /// Whether the GPU function opens with the dependent-launch prologue
    /// ([`KernelKind::dependent_launch`]).
    pub(super) dependent_launch: bool,
    /// Threads per block of the launch bounds, where the kernel's blocks are not the plan's
    /// (a block scan's).
    pub(super) block_threads: Option<usize>,
    /// Blocks per thread-block cluster (1: none): the GPU function declares it, and grids
    /// along a dim are padded to whole clusters.
    pub(super) cluster: usize,
    /// Per node, whether it is computed once, before the scan loop: every node that does not
    /// change along the scan, or none where registers are scarce (a hoisted value stays live
    /// for the whole kernel).
    pub(super) hoisted: Vec<bool>,
    /// The block scan one point at a time ([`super::block_points`]): the split dim's point is
    /// the loop's (`lane`), sums over it add up across the loop (never across lanes), and the
    /// nodes marked here, which do not change along the scan but differ between points, are
    /// computed at the start of each point's turn, with their `c · log2 e` in `scaled`.
    pub(super) point_loop: bool,
    pub(super) loop_invariant: Vec<bool>,
    pub(super) scaled: HashMap<MemoKey, String>,
    /// Shared memory: base pointer, and per staged tensor its first row; the row table (the
    /// element offset of every staged row at t = 0).
    pub(super) smem: String,
    pub(super) rows: String,
    pub(super) staged_in_base: HashMap<Handle<Input>, usize>,
    /// The backward's block-staged inputs (their shared arrays), and the first step of the
    /// stretch they hold while one is open (`block_rows.rs`).
    pub(super) block_rows: HashMap<Handle<Input>, String>,
    /// A decoding step with an input's projection folded in: that input and its value,
    /// computed at the step's start ([`Em::fold_value`]).
    pub(super) folded: Option<(Handle<Input>, String)>,
    /// Where the long-lived slots are one array (local memory, or a shared column per
    /// thread): its base and stride, so that runs of them are walked by a loop
    /// ([`Em::each_slot`]).
    pub(super) slot_array: Option<super::slots::SlotArray>,
    pub(super) block_t0: Option<String>,
    /// The forward's block rows (input, shared array, points), staged per tile.
    pub(super) forward_rows: Vec<(Handle<Input>, String, usize)>,
    pub(super) staged_out_base: HashMap<Handle<Output>, usize>,
    pub(super) params: HashMap<String, String>,
    /// Module-level declarations the kernel needs (shared arrays).
    pub(super) globals: String,
    /// The kernel's parameters in order, and their MLIR signature.
    pub(super) sig_params: Vec<Param>,
    pub(super) sig: Vec<String>,
    /// Whether the thread's outer point is a real one, the unclamped point, the point count.
    pub(super) valid: String,
    pub(super) o_raw: String,
    pub(super) total: String,
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

impl Emitter for Em<'_> {
    fn text(&mut self) -> &mut Text {
        &mut self.text
    }
}

impl<'a> Em<'a> {
    /// A comment line naming what the ops that follow do (hoisted when `pre`): the generated
    /// MLIR reads by feature, and the per-feature goldens cut it at these lines.
    pub(super) fn note(&mut self, pre: bool, s: &str) {
        if pre {
            self.text.raw_at(Section::Hoisted, format!("// {s}"));
        } else {
            self.line(format!("// {s}"));
        }
    }

    /// As [`Em::op`], hoisted before the scan loop when `pre`.
    pub(super) fn op_in(&mut self, pre: bool, s: String) -> String {
        if pre {
            if let Some(v) = self.text.fold(&s) {
                return v;
            }
            let v = self.fresh();
            self.text.raw_at(Section::Hoisted, format!("{v} = {s}"));
            v
        } else {
            self.op(s)
        }
    }

    pub(super) fn entry_op(&mut self, s: String) -> String {
        if let Some(v) = self.text.fold(&s) {
            return v;
        }
        let v = self.fresh();
        self.text.raw_at(Section::Entry, format!("{v} = {s}"));
        v
    }

    pub(super) fn i64c(&mut self, v: i64) -> String {
        self.text.i64(v).into()
    }

    pub(super) fn idxc(&mut self, v: i64) -> String {
        self.text.index(v).into()
    }

    pub(super) fn bin_i(&mut self, op: &str, a: &str, b: &str) -> String {
        self.op(format!("arith.{op} {a}, {b} : i64"))
    }

    /// Opens a region (`scf.for`, `scf.if`); `f` writes its body.
    pub(super) fn region(&mut self, header: String, f: impl FnOnce(&mut Self)) {
        self.text.open(header);
        self.scopes.push(Vec::new());
        f(self);
        for k in self.scopes.pop().expect("scope pushed") {
            self.memo.remove(&k);
        }
        self.drop_closed_shares();
        self.text.close();
    }

    /// `scf.if cond { f(true) } else { f(false) }`, each branch its own memo scope: the same
    /// code emitted twice, specialised on what the condition tells.
    pub(super) fn if_else(&mut self, cond: &str, mut f: impl FnMut(&mut Self, bool)) {
        self.text.open(format!("scf.if {cond}"));
        for branch in [true, false] {
            if !branch {
                self.text.otherwise();
            }
            self.push_scope(Vec::new());
            f(self, branch);
            self.pop_scope();
        }
        self.text.close();
    }

    /// Whether this thread sits at coordinate 0 of every outer dim in `dims` (the one of the
    /// threads that hold a value lacking those dims alike that writes it).
    pub(super) fn at_origin_of(&mut self, dims: &[Handle<Dim>]) -> String {
        let zero = self.i64c(0);
        let mut pred = self.op("arith.constant true".into());
        for m in dims {
            let c = self.outer_ix[m].clone();
            let z = self.op(format!("arith.cmpi eq, {c}, {zero} : i64"));
            pred = self.op(format!("arith.andi {pred}, {z} : i1"));
        }
        pred
    }

    /// Opens a memo scope holding `entries` (values already computed for what follows).
    pub(super) fn push_scope(&mut self, entries: Vec<(MemoKey, String)>) {
        self.scopes.push(Vec::new());
        for (key, v) in entries {
            self.memo.insert(key.clone(), v);
            self.scopes.last_mut().expect("pushed").push(key);
        }
    }

    /// Closes the innermost memo scope, returning what it held.
    pub(super) fn pop_scope(&mut self) -> Vec<(MemoKey, String)> {
        let held = self
            .scopes
            .pop()
            .expect("a scope is open")
            .into_iter()
            .filter_map(|key| self.memo.remove(&key).map(|v| (key, v)))
            .collect();
        self.drop_closed_shares();
        held
    }

    /// Forgets the gradient shares made in scopes that are closed.
    fn drop_closed_shares(&mut self) {
        let depth = self.scopes.len();
        self.share_memo.retain(|_, (d, _)| *d <= depth);
    }

    /// `for i in lo..hi step st` over i64 bounds; the body gets `i` as i64.
    pub(super) fn for_i64(
        &mut self,
        lo: &str,
        hi: &str,
        st: &str,
        f: impl FnOnce(&mut Self, String),
    ) {
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

    pub(super) fn barrier(&mut self) {
        if self.target == Target::Gpu {
            self.line("gpu.barrier".into());
        }
    }

    pub(super) fn gep(&mut self, base: &str, off: &str, elem: &str) -> String {
        let pty = self.ptr_ty_of(base);
        self.op(format!(
            "llvm.getelementptr {base}[{off}] : ({pty}, i64) -> {pty}, {elem}"
        ))
    }

    pub(super) fn ptr_ty_of(&self, base: &str) -> &'static str {
        if base == self.smem && self.target == Target::Gpu {
            "!llvm.ptr<3>"
        } else {
            "!llvm.ptr"
        }
    }

    pub(super) fn load(&mut self, base: &str, off: &str, dt: DType) -> String {
        let st = storage(dt);
        let p = self.gep(base, off, st);
        let pty = self.ptr_ty_of(base);
        let v = self.op(format!("llvm.load {p} : {pty} -> {st}"));
        self.widen(&v, dt, false)
    }

    pub(super) fn store(&mut self, v: &str, base: &str, off: &str, dt: DType) {
        let st = storage(dt);
        let v = self.stored(v, dt);
        let p = self.gep(base, off, st);
        let pty = self.ptr_ty_of(base);
        self.line(format!("llvm.store {v}, {p} : {st}, {pty}"));
    }

    pub(super) fn fconst(&mut self, v: f64) -> String {
        self.text.f32(v).into()
    }

    /// The linear index of a reduced point of `dims` (for slots and staged rows).
    pub(super) fn point_index(&self, dims: &[Handle<Dim>], bind: &[(Handle<Dim>, usize)]) -> usize {
        let mut idx = 0;
        for (d, size) in self.plan.reduced_of(dims) {
            let v = bind.iter().find(|(x, _)| *x == d).map_or(0, |&(_, v)| v);
            idx = idx * size + v;
        }
        idx
    }

    /// Every reduced point of `dims`, as bindings.
    pub(super) fn points(&self, dims: &[Handle<Dim>]) -> Vec<Vec<(Handle<Dim>, usize)>> {
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

    pub(super) fn param(&self, name: &str) -> String {
        self.params[name].clone()
    }

    /// The memo key of `h` at the reduced point `bind` (only the dims of h's shape matter).
    pub(super) fn memo_key(&self, h: Handle<Expr>, bind: &[(Handle<Dim>, usize)]) -> MemoKey {
        let shape = self.rec.exprs.shape(h);
        let key_bind = bind
            .iter()
            .copied()
            .filter(|(d, _)| shape.contains(*d))
            .collect();
        (h, key_bind)
    }

    /// Emits `h` at the reduced point `bind` (only the dims of h's shape matter).
    pub(super) fn expr(&mut self, h: Handle<Expr>, bind: &[(Handle<Dim>, usize)]) -> String {
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
        let pre = self.hoisted[h.index()];
        let v = self.expr_uncached(h, &key_bind, pre);
        self.memo.insert(key.clone(), v.clone());
        if !pre {
            self.scopes.last_mut().expect("a scope is open").push(key);
        }
        v
    }

    pub(super) fn expr_uncached(
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
            // Decoding: the counting state's carried value; a sequence kernel: its step's
            // position (scans reading it run forward: the walk step is the position).
            Expr::Position(s) if self.position_from_state => {
                let slot = self.prev_slots[s.index()][0].clone();
                self.op(format!("llvm.load {slot} : !llvm.ptr -> f32"))
            }
            Expr::Position(_) => {
                let t = self.t.clone().expect("the position is read at a step");
                self.op(format!("arith.sitofp {t} : i64 to f32"))
            }
            Expr::Input(i) => {
                let input = &rec.inputs[i];
                if let Some((f, v)) = &self.folded
                    && *f == i
                {
                    return v.clone();
                }
                if !pre && let Some(v) = self.block_row_read(i, bind) {
                    return v;
                }
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
            Expr::State(s, when) if self.bwd_values.is_some() => {
                let idx = self.point_index(&rec.states[s].dims, bind);
                let (prev, new) = self.bwd_values.as_ref().expect("checked");
                match when {
                    When::Prev => prev[s.index()][idx].clone(),
                    When::New => new[s.index()][idx].clone(),
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
            Expr::Unary(UnaryFn::Exp, a) if !pre => {
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
                        Some(s) => self.op_in(pre, farith("addf", &s, &x)),
                    });
                }
                let acc = acc.expect("fixed dims have at least one point");
                if self.plan.split_dim() == Some(d) {
                    assert!(
                        !self.point_loop,
                        "a point loop adds its sums over the split dim up across the loop"
                    );
                    self.lane_sum(acc, pre)
                } else {
                    acc
                }
            }
        }
    }

    /// Where `a` is `v · c` with `c` fixed along the scan (hoisted, or invariant in a point's
    /// turn) and `v` not: `c` and `v`.
    pub(super) fn scaled_factors(&self, a: Handle<Expr>) -> Option<(Handle<Expr>, Handle<Expr>)> {
        let Expr::Binary(BinaryFn::Mul, p, q) = self.rec.exprs[a] else {
            return None;
        };
        let fixed = |h: Handle<Expr>| self.hoisted[h.index()] || self.loop_invariant[h.index()];
        match (fixed(p), fixed(q)) {
            (false, true) => Some((q, p)),
            (true, false) => Some((p, q)),
            _ => None,
        }
    }

    /// `exp(v · c)` with `c` hoisted (the same at every step): `exp2(v · (c · log2 e))` with
    /// the scaled constant hoisted too (one multiply per step fewer; the selective scan's
    /// `exp(dt · A[d, n])` for every state point).
    pub(super) fn exp_of_scaled(
        &mut self,
        a: Handle<Expr>,
        bind: &[(Handle<Dim>, usize)],
    ) -> Option<String> {
        let (c, v) = self.scaled_factors(a)?;
        if self.loop_invariant[c.index()] {
            // Scaled at the start of the point's turn.
            let c2 = self.scaled.get(&self.memo_key(c, bind)).cloned()?;
            let v = self.expr(v, bind);
            let x = self.op(farith("mulf", &v, &c2));
            return Some(self.prim(Prim::Exp2, &x, &x, false));
        }
        let c = self.expr(c, bind);
        let l2e = self.fconst(std::f64::consts::LOG2_E);
        let c2 = self.op_in(true, farith("mulf", &c, &l2e));
        let v = self.expr(v, bind);
        let x = self.op(farith("mulf", &v, &c2));
        Some(self.prim(Prim::Exp2, &x, &x, false))
    }
}

impl<'a> Em<'a> {
    /// A fresh emitter for one kernel of `d`; `plan.threads` is already the target's.
    pub(super) fn new(d: &'a Derived, plan: &'a KernelPlan, target: Target) -> Self {
        let rec = &d.rec;
        Em {
            rec,
            d,
            plan,
            target,
            text: Text::new(3),
            memo: HashMap::new(),
            share_memo: HashMap::new(),
            scopes: vec![Vec::new()],
            sizes: Vec::new(),
            strides: HashMap::new(),
            view_strides: HashMap::new(),
            outer_ix: HashMap::new(),
            tid: String::new(),
            lane: None,
            deferred: Vec::new(),
            t: None,
            scan_last: None,
            k: None,
            slots: Vec::new(),
            prev_slots: Vec::new(),
            new_slots: Vec::new(),
            adj_slots: Vec::new(),
            owner: HashMap::new(),
            bwd_values: None,
            chunk: None,
            range_end: None,
            agg_a: None,
            position_from_state: false,
            partial_base: None,
            slice: None,
            min_blocks_per_sm: None,
            dependent_launch: false,
            block_threads: None,
            cluster: 1,
            folded: None,
            hoisted: rec.step_invariant(),
            point_loop: false,
            loop_invariant: vec![false; rec.exprs.len()],
            scaled: HashMap::new(),
            smem: String::new(),
            rows: String::new(),
            staged_in_base: HashMap::new(),
            block_rows: HashMap::new(),
            slot_array: None,
            block_t0: None,
            forward_rows: Vec::new(),
            staged_out_base: HashMap::new(),
            params: HashMap::new(),
            globals: String::new(),
            sig_params: Vec::new(),
            sig: Vec::new(),
            valid: String::new(),
            o_raw: String::new(),
            total: String::new(),
        }
    }

    /// Declares a pointer parameter named `name` (`%name` in the body).
    pub(super) fn ptr_param(&mut self, p: Param, name: String) {
        self.sig_params.push(p);
        self.params.insert(name.clone(), format!("%{name}"));
        self.sig.push(format!("%{name}: !llvm.ptr"));
    }

    /// Declares an i64 parameter named `name`; returns its value.
    pub(super) fn i64_param(&mut self, p: Param, name: &str) -> String {
        self.sig_params.push(p);
        self.params.insert(name.to_string(), format!("%{name}"));
        self.sig.push(format!("%{name}: i64"));
        format!("%{name}")
    }

    /// A pointer parameter for every input (`%in_<name>`).
    pub(super) fn input_params(&mut self) {
        let rec = self.rec;
        for (h, i) in rec.inputs.iter() {
            self.ptr_param(Param::Input(h), format!("in_{}", i.name));
        }
    }

    /// The size parameters (every dim) and the size values the body uses: fixed dims are
    /// constants, the scan dim is 1 for a step. Returns the number of outer points.
    pub(super) fn size_params(&mut self, step: bool) -> String {
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
    /// Slots of a chunk aggregate's coefficients: per state and point, one per state of its
    /// coupled group (`p · K + k`: the row of its `K × K` matrix), one for a diagonal state.
    pub(super) fn coef_slots(&mut self) -> Vec<Vec<String>> {
        let one = self.i64c(1);
        let rec = self.rec;
        rec.states
            .iter()
            .map(|(h, s)| {
                (0..self.plan.points(&s.dims) * self.d.group_of(h).len())
                    .map(|_| self.entry_op(format!("llvm.alloca {one} x f32 : (i64) -> !llvm.ptr")))
                    .collect()
            })
            .collect()
    }

    pub(super) fn state_slots(&mut self) -> Vec<Vec<String>> {
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

    /// The whole function text.
    pub(super) fn assemble(
        &self,
        name: &str,
        head: &[String],
        host_loop: &Option<String>,
    ) -> String {
        let sig = &self.sig;
        let mut f = String::new();
        match self.target {
            Target::Gpu => {
                let mut attrs = Vec::new();
                if let Some(m) = self.min_blocks_per_sm {
                    attrs.push(format!(
                        "nvvm.maxntid = array<i32: {}, 1, 1>, nvvm.minctasm = {m} : i32",
                        self.block_threads.unwrap_or(self.plan.threads)
                    ));
                }
                if self.cluster > 1 {
                    attrs.push(format!(
                        "nvvm.cluster_dim = array<i32: {}, 1, 1>",
                        self.cluster
                    ));
                }
                let bounds = if attrs.is_empty() {
                    String::new()
                } else {
                    format!(" attributes {{{}}}", attrs.join(", "))
                };
                let _ = writeln!(
                    f,
                    "    gpu.func @{name}({}) kernel{bounds} {{",
                    sig.join(", ")
                );
                if self.dependent_launch {
                    f.push_str(crate::emit::DEPENDENT_LAUNCH_PROLOGUE);
                }
            }
            Target::Host => {
                let _ = writeln!(
                    f,
                    "    func.func @{name}(%grid: i64, {}) attributes {{llvm.emit_c_interface}} {{",
                    sig.join(", ")
                );
            }
        }
        for l in &self.text.entry {
            let _ = writeln!(f, "{l}");
        }
        if let Some(header) = host_loop {
            let _ = writeln!(f, "      {header}");
        }
        for l in head.iter().chain(&self.text.hoisted).chain(&self.text.body) {
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
}

impl Em<'_> {
    pub(super) fn rows_ty(&self) -> &'static str {
        match self.target {
            Target::Gpu => "!llvm.ptr<3>",
            Target::Host => "!llvm.ptr",
        }
    }

    /// Number of elements of a tensor with `dims` (i64, at entry).
    pub(super) fn numel(&mut self, dims: &[Handle<Dim>]) -> String {
        let mut acc = self.i64c(1);
        for &d in dims {
            let s = self.sizes[d.index()].clone();
            acc = self.entry_op(format!("arith.muli {acc}, {s} : i64"));
        }
        acc
    }
}
