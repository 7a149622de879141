//! The backward kernels. One thread per outer point walks the scan axis backwards, one
//! checkpoint chunk at a time: it reloads the state saved at the chunk's start, recomputes the
//! chunk's states into its workspace, then runs the adjoint recurrence
//! `g_t = c_t + a_{t+1} ⊙ g_{t+1}` in reverse, producing every gradient on the way.
//!
//! Gradients are linear in the seeds (`dy`, `g`), so a thread computes its *share* of each:
//! a sum over an outer dim the input lacks becomes the thread's own term, and the reduce
//! kernel of that input adds the shares of all threads in a fixed order (deterministic, no
//! atomics). Outputs that lack an outer dim take their seed in one thread only.

use std::collections::BTreeMap;

use super::{
    CHECKPOINT, Em, GradRoute, Ix, Kernel, KernelKind, MemoKey, Param, Target, decompose,
    target_plan,
};
use crate::derive::Derived;
use crate::emit::plan::KernelPlan;
use crate::emit::text::Emitter;
use crate::ir::{BinaryFn, DType, Dim, Expr, Handle, Input, UnaryFn};

/// A gradient expression the kernels cannot evaluate thread by thread.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("cannot emit the backward of `{recurrence}`: {what}")]
pub struct BackwardError {
    pub recurrence: String,
    pub what: String,
}

/// The backward kernel and the reduce kernels it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct BackwardKernels {
    pub backward: Kernel,
    pub routes: Vec<(Handle<Input>, GradRoute)>,
    pub reduces: Vec<(Handle<Input>, Kernel)>,
}

/// The outer dims an input lacks.
fn missing_outer(plan: &KernelPlan, dims: &[Handle<Dim>]) -> Vec<Handle<Dim>> {
    plan.outer
        .iter()
        .copied()
        .filter(|d| !dims.contains(d))
        .collect()
}

impl Em<'_> {
    /// This thread's share of a gradient expression (linear in the seeds), memoised per
    /// node and point of its shape.
    fn share(
        &mut self,
        h: Handle<Expr>,
        bind: &[(Handle<Dim>, usize)],
        seeded: &[bool],
    ) -> Result<String, String> {
        let shape = self.rec.exprs.shape(h);
        let key: MemoKey = (
            h,
            bind.iter()
                .copied()
                .filter(|(d, _)| shape.contains(*d))
                .collect(),
        );
        if let Some((_, v)) = self.share_memo.get(&key) {
            return Ok(v.clone());
        }
        let v = self.share_uncached(h, &key.1, seeded)?;
        let depth = self.scopes.len();
        self.share_memo.insert(key, (depth, v.clone()));
        Ok(v)
    }

    fn share_uncached(
        &mut self,
        h: Handle<Expr>,
        bind: &[(Handle<Dim>, usize)],
        seeded: &[bool],
    ) -> Result<String, String> {
        if !seeded[h.index()] {
            return match self.rec.exprs[h] {
                Expr::Const(c) if c.get() == 0.0 => Ok(self.fconst(0.0)),
                _ => Err("a gradient term that does not depend on any incoming gradient".into()),
            };
        }
        let rec = self.rec;
        match rec.exprs[h] {
            Expr::Adjoint(_) | Expr::OutputGrad(_) => Ok(self.expr(h, bind)),
            // A sum over an outer dim: this thread's own term (the reduce adds the others).
            Expr::Sum(d, y) if self.plan.reduced_size(d).is_none() => self.share(y, bind, seeded),
            Expr::Sum(d, y) => {
                let size = self.plan.reduced_size(d).expect("reduced");
                let mut acc: Option<String> = None;
                for v in 0..size {
                    let mut b = bind.to_vec();
                    b.push((d, v));
                    let x = self.share(y, &b, seeded)?;
                    acc = Some(match acc {
                        None => x,
                        Some(s) => self.op(format!("arith.addf {s}, {x} : f32")),
                    });
                }
                Ok(acc.expect("at least one point"))
            }
            Expr::Unary(UnaryFn::Neg, y) => {
                let x = self.share(y, bind, seeded)?;
                Ok(self.op(format!("arith.negf {x} : f32")))
            }
            Expr::Binary(f @ (BinaryFn::Add | BinaryFn::Sub), x, y) => {
                if !(seeded[x.index()] && seeded[y.index()]) {
                    return Err("a sum of a seeded and an unseeded term".into());
                }
                let a = self.share(x, bind, seeded)?;
                let b = self.share(y, bind, seeded)?;
                let op = if f == BinaryFn::Add { "addf" } else { "subf" };
                Ok(self.op(format!("arith.{op} {a}, {b} : f32")))
            }
            Expr::Binary(BinaryFn::Mul, x, y) => match (seeded[x.index()], seeded[y.index()]) {
                (true, false) => {
                    let a = self.share(x, bind, seeded)?;
                    let b = self.expr(y, bind);
                    Ok(self.op(format!("arith.mulf {a}, {b} : f32")))
                }
                (false, true) => {
                    let a = self.expr(x, bind);
                    let b = self.share(y, bind, seeded)?;
                    Ok(self.op(format!("arith.mulf {a}, {b} : f32")))
                }
                _ => Err("a product of two seeded terms".into()),
            },
            Expr::Binary(BinaryFn::Div, x, y) if !seeded[y.index()] => {
                let a = self.share(x, bind, seeded)?;
                let b = self.expr(y, bind);
                Ok(self.op(format!("arith.divf {a}, {b} : f32")))
            }
            _ => Err("a non-linear function of an incoming gradient".into()),
        }
    }

    /// `n` f32 slots private to this thread: a column of a shared array on the GPU, stack
    /// slots on the host. Returned as generic pointers.
    fn long_lived_slots(&mut self, kernel: &str, n: usize) -> Vec<String> {
        if self.target == Target::Host || n == 0 {
            return self.alloca_points(n);
        }
        let threads = self.plan.threads;
        self.globals.push_str(&format!(
            "    llvm.mlir.global internal @slots_{kernel}() {{addr_space = 3 : i32, alignment = 16 : i64}} : !llvm.array<{} x f32>\n",
            n * threads
        ));
        let base = self.entry_op(format!(
            "llvm.mlir.addressof @slots_{kernel} : !llvm.ptr<3>"
        ));
        let tid = self.tid.clone();
        (0..n)
            .map(|k| {
                let c = self.i64c((k * threads) as i64);
                let off = self.bin_i("addi", &c, &tid);
                let p = self.op(format!(
                    "llvm.getelementptr {base}[{off}] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32"
                ));
                self.op(format!(
                    "llvm.addrspacecast {p} : !llvm.ptr<3> to !llvm.ptr"
                ))
            })
            .collect()
    }

    fn alloca_points(&mut self, n: usize) -> Vec<String> {
        let one = self.i64c(1);
        (0..n)
            .map(|_| self.entry_op(format!("llvm.alloca {one} x f32 : (i64) -> !llvm.ptr")))
            .collect()
    }

    pub(in crate::emit::kernel) fn fill(&mut self, slots: &[String], v: f64) {
        let c = self.fconst(v);
        for s in slots {
            self.line(format!("llvm.store {c}, {s} : f32, !llvm.ptr"));
        }
    }

    /// Stores this thread's gradient (share) of input `i` at reduced point `p`: into `dx`
    /// directly, or into the partial buffer at `(o · points + p)`, times `len` plus `t` for a
    /// sequence input (`seq` = (len, t)).
    #[allow(clippy::too_many_arguments)]
    fn write_grad(
        &mut self,
        i: &crate::ir::Input,
        route: GradRoute,
        points: usize,
        p: usize,
        bind: &[(Handle<Dim>, usize)],
        v: &str,
        seq: Option<(&str, &str)>,
    ) {
        match route {
            GradRoute::Direct => {
                let ptr = self.param(&format!("dx_{}", i.name));
                let red: Vec<(Handle<Dim>, Ix)> =
                    bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                let off = self.offset(&i.dims, &red, false);
                self.store(v, &ptr, &off, i.dtype);
            }
            GradRoute::Partial => {
                let ptr = self.param(&format!("part_{}", i.name));
                let pts = self.i64c(points as i64);
                let pc = self.i64c(p as i64);
                let o = self.o_raw.clone();
                let r = self.bin_i("muli", &o, &pts);
                let mut off = self.bin_i("addi", &r, &pc);
                if let Some((len, t)) = seq {
                    let r = self.bin_i("muli", &off, len);
                    off = self.bin_i("addi", &r, t);
                }
                self.store(v, &ptr, &off, DType::F32);
            }
        }
    }

    fn add_to_slot(&mut self, slot: &str, v: &str) {
        let old = self.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
        let new = self.op(format!("arith.addf {old}, {v} : f32"));
        self.line(format!("llvm.store {new}, {slot} : f32, !llvm.ptr"));
    }

    /// Offset of a state point in a chunk workspace: `((j · outer + o) · points + p)` — the
    /// points of one outer point are adjacent, so a point is a constant offset from the
    /// thread's base (no per-point address kept live). `points` and `p` are the thread's own;
    /// where points are split across lanes, local point `p` is point `p · lanes + lane`
    /// (the layout does not depend on the lanes).
    pub(in crate::emit::kernel) fn scratch_offset(
        &mut self,
        j: &str,
        points: usize,
        p: usize,
    ) -> String {
        let lanes = self.plan.lanes;
        let total = self.total.clone();
        let r = self.bin_i("muli", j, &total);
        let o = self.o_clamped();
        let r = self.bin_i("addi", &r, &o);
        let pts = self.i64c((points * lanes) as i64);
        let r = self.bin_i("muli", &r, &pts);
        let pc = self.i64c((p * lanes) as i64);
        let r = self.bin_i("addi", &r, &pc);
        match self.lane.clone() {
            Some(lane) => self.bin_i("addi", &r, &lane),
            None => r,
        }
    }

    /// The thread's outer point, clamped into range (loads stay in bounds).
    fn o_clamped(&mut self) -> String {
        let one = self.i64c(1);
        let total = self.total.clone();
        let last = self.bin_i("subi", &total, &one);
        let o_raw = self.o_raw.clone();
        self.op(format!("arith.minsi {o_raw}, {last} : i64"))
    }

    /// Offset of a state point in the checkpoints: `ck · numel + offset`.
    pub(super) fn ckpt_offset(
        &mut self,
        ck: &str,
        dims: &[Handle<Dim>],
        bind: &[(Handle<Dim>, usize)],
    ) -> String {
        let numel = self.numel(dims);
        let base = self.bin_i("muli", ck, &numel);
        let red: Vec<(Handle<Dim>, Ix)> = bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
        let off = self.offset(dims, &red, false);
        self.bin_i("addi", &base, &off)
    }
}

/// Emits the backward kernel of `d` and the reduce kernels of the inputs that need them.
pub fn emit_backward(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
) -> Result<BackwardKernels, BackwardError> {
    let rec = &d.rec;
    let bw = &d.backward;
    let plan = target_plan(&plan.single_lane(), target);
    let name = format!("{}_bwd", rec.name);
    let fail = |what: String| BackwardError {
        recurrence: rec.name.clone(),
        what,
    };
    let mut em = Em::new(d, &plan, target);
    // The backward holds adjoints, decays and gradient accumulators in registers already:
    // parameters are re-read (from cache) each step rather than kept live.
    em.hoist = false;

    // Which nodes carry an incoming gradient.
    let mut seeded = vec![false; rec.exprs.len()];
    for (h, e) in rec.exprs.iter() {
        seeded[h.index()] = match *e {
            Expr::Adjoint(_) | Expr::OutputGrad(_) => true,
            _ => rec.exprs.operands(h).any(|o| seeded[o.index()]),
        };
    }

    let routes: Vec<(Handle<Input>, GradRoute)> = rec
        .inputs
        .iter()
        .map(|(h, i)| {
            let r = if missing_outer(&plan, &i.dims).is_empty() {
                GradRoute::Direct
            } else {
                GradRoute::Partial
            };
            (h, r)
        })
        .collect();

    // Parameters.
    em.input_params();
    for (h, o) in rec.outputs.iter() {
        em.ptr_param(Param::OutputGrad(h), format!("dy_{}", o.name));
    }
    for (h, s) in rec.states.iter() {
        em.ptr_param(Param::Checkpoint(h), format!("ckpt_{}", s.name));
    }
    for (h, s) in rec.states.iter() {
        em.ptr_param(Param::Scratch(h), format!("scratch_{}", s.name));
    }
    for &(h, route) in &routes {
        let i = &rec.inputs[h];
        match route {
            GradRoute::Direct => em.ptr_param(Param::InputGrad(h), format!("dx_{}", i.name)),
            GradRoute::Partial => em.ptr_param(Param::Partial(h), format!("part_{}", i.name)),
        }
    }
    let outer_total = em.size_params(false);

    // Slots: h_{t-1}, h_t, g, a_{t+1}; accumulators of parameter gradients.
    em.slots = em.state_slots();
    em.prev_slots = em.state_slots();
    em.new_slots = em.state_slots();
    let (head, host_loop) = em.open_grid(&outer_total);
    // Adjoints, decays and parameter-gradient accumulators live for the whole kernel; on the
    // GPU they sit in shared memory (each thread its own column), leaving registers to the
    // per-step values.
    let state_points: Vec<usize> = rec
        .states
        .iter()
        .map(|(_, s)| plan.points(&s.dims))
        .collect();
    let acc_inputs: Vec<(Handle<Input>, usize)> = rec
        .inputs
        .iter()
        .filter(|(_, i)| !i.dims.contains(&rec.scan))
        .map(|(h, i)| (h, plan.points(&i.dims)))
        .collect();
    let total =
        2 * state_points.iter().sum::<usize>() + acc_inputs.iter().map(|a| a.1).sum::<usize>();
    let mut slots = em.long_lived_slots(&name, total).into_iter();
    let mut take = |n: usize| -> Vec<String> { (&mut slots).take(n).collect() };
    em.adj_slots = state_points.iter().map(|&n| take(n)).collect();
    let decay_slots: Vec<Vec<String>> = state_points.iter().map(|&n| take(n)).collect();
    let mut acc: BTreeMap<Handle<Input>, Vec<String>> = BTreeMap::new();
    for &(h, n) in &acc_inputs {
        acc.insert(h, take(n));
    }
    // Seeds of outputs that lack an outer dim go to the thread at coordinate 0 of those dims.
    for (oh, o) in rec.outputs.iter() {
        let missing = missing_outer(&plan, &o.dims);
        if missing.is_empty() {
            continue;
        }
        let zero = em.i64c(0);
        let mut pred = em.op("arith.constant true".into());
        for m in missing {
            let c = em.outer_ix[&m].clone();
            let z = em.op(format!("arith.cmpi eq, {c}, {zero} : i64"));
            pred = em.op(format!("arith.andi {pred}, {z} : i1"));
        }
        em.owner.insert(oh, pred);
    }
    for slots in em.adj_slots.clone() {
        em.fill(&slots, 0.0);
    }
    for slots in decay_slots.clone() {
        em.fill(&slots, 1.0);
    }
    for slots in acc.values().cloned().collect::<Vec<_>>() {
        em.fill(&slots, 0.0);
    }

    let len = em.sizes[rec.scan.index()].clone();
    let c = em.i64c(CHECKPOINT as i64);
    let one = em.i64c(1);
    let zero = em.i64c(0);
    let cm1 = em.bin_i("subi", &c, &one);
    let lpad = em.bin_i("addi", &len, &cm1);
    let n_ck = em.bin_i("divui", &lpad, &c);
    let last_t = em.bin_i("subi", &len, &one);

    // The terminal contributions (final outputs), evaluated with h_t = the final state.
    let terminal =
        |em: &mut Em<'_>, acc: &BTreeMap<Handle<Input>, Vec<String>>| -> Result<(), String> {
            em.t = None;
            for a in &bw.adjoints {
                let Some(term) = a.terminal else { continue };
                let s = &rec.states[a.state];
                for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                    let v = em.share(term, &bind, &seeded)?;
                    let slot = em.adj_slots[a.state.index()][p].clone();
                    em.add_to_slot(&slot, &v);
                }
            }
            for ig in &bw.input_grads {
                let Some(term) = ig.terminal else { continue };
                let i = &rec.inputs[ig.input];
                for (p, bind) in em.points(&i.dims).into_iter().enumerate() {
                    let v = em.share(term, &bind, &seeded)?;
                    let slot = acc[&ig.input][p].clone();
                    em.add_to_slot(&slot, &v);
                }
            }
            Ok(())
        };

    // An empty scan axis: the final state is the initial one.
    let empty = em.op(format!("arith.cmpi eq, {len}, {zero} : i64"));
    let mut err = None;
    em.region(format!("scf.if {empty}"), |em| {
        for (sh, s) in rec.states.iter() {
            for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                let red: Vec<(Handle<Dim>, Ix)> =
                    bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                let v = em.initial_value(s, &red);
                let slot = em.new_slots[sh.index()][p].clone();
                em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
            }
        }
        if let Err(e) = terminal(em, &acc) {
            err = Some(e);
        }
    });
    if let Some(e) = err {
        return Err(fail(e));
    }

    let mut err: Option<String> = None;
    em.for_i64(&zero, &n_ck, &one, |em, ci| {
        let ck = {
            let nm1 = em.bin_i("subi", &n_ck, &one);
            em.bin_i("subi", &nm1, &ci)
        };
        let t0 = em.bin_i("muli", &ck, &c);
        let rem = em.bin_i("subi", &len, &t0);
        let clen = em.op(format!("arith.minsi {rem}, {c} : i64"));
        // Reload the chunk's starting state and recompute its states into the workspace.
        for (sh, s) in rec.states.iter() {
            for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                let ptr = em.param(&format!("ckpt_{}", s.name));
                let off = em.ckpt_offset(&ck, &s.dims, &bind);
                let v = em.load(&ptr, &off, DType::F32);
                let slot = em.prev_slots[sh.index()][p].clone();
                em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
            }
        }
        em.for_i64(&zero, &clen, &one, |em, j| {
            let t = em.bin_i("addi", &t0, &j);
            em.t = Some(t);
            for dec in &d.decompositions {
                let s = &rec.states[dec.state];
                let points = plan.points(&s.dims);
                for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                    let a = em.expr(dec.a, &bind);
                    let b = em.expr(dec.b, &bind);
                    let slot = em.prev_slots[dec.state.index()][p].clone();
                    let h = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                    let n = em.affine(&a, &h, &b);
                    // Only real threads write the workspace: a clamped thread shares its
                    // slots with a real one and may be a chunk ahead of it.
                    let valid = em.valid.clone();
                    let n2 = n.clone();
                    em.region(format!("scf.if {valid}"), |em| {
                        let ptr = em.param(&format!("scratch_{}", s.name));
                        let off = em.scratch_offset(&j, points, p);
                        em.store(&n2, &ptr, &off, DType::F32);
                    });
                    // a and b never read a state, so the new value can replace the old now.
                    em.line(format!("llvm.store {n}, {slot} : f32, !llvm.ptr"));
                }
            }
            em.t = None;
        });
        // Backwards through the chunk.
        em.for_i64(&zero, &clen, &one, |em, jj| {
            let cm = em.bin_i("subi", &clen, &one);
            let j = em.bin_i("subi", &cm, &jj);
            let t = em.bin_i("addi", &t0, &j);
            em.t = Some(t.clone());
            let first = em.op(format!("arith.cmpi eq, {j}, {zero} : i64"));
            let jm1 = {
                let x = em.bin_i("subi", &j, &one);
                em.op(format!("arith.maxsi {x}, {zero} : i64"))
            };
            em.bwd_states = Some([j.clone(), jm1, first, ck.clone()]);
            // g_t = c_t + a_{t+1} ⊙ g_{t+1}
            // (c_t reads h_t and dy, never g: each g is stored as soon as it is known.)
            for a in &bw.adjoints {
                let s = &rec.states[a.state];
                for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                    let c_t = match em.share(a.source, &bind, &seeded) {
                        Ok(v) => v,
                        Err(e) => {
                            err.get_or_insert(e);
                            return;
                        }
                    };
                    let gslot = em.adj_slots[a.state.index()][p].clone();
                    let dslot = decay_slots[a.state.index()][p].clone();
                    let g = em.op(format!("llvm.load {gslot} : !llvm.ptr -> f32"));
                    let dn = em.op(format!("llvm.load {dslot} : !llvm.ptr -> f32"));
                    let dg = em.op(format!("arith.mulf {dn}, {g} : f32"));
                    let g = em.op(format!("arith.addf {c_t}, {dg} : f32"));
                    em.line(format!("llvm.store {g}, {gslot} : f32, !llvm.ptr"));
                }
            }
            let is_last = em.op(format!("arith.cmpi eq, {t}, {last_t} : i64"));
            em.region(format!("scf.if {is_last}"), |em| {
                if let Err(e) = terminal(em, &acc) {
                    err.get_or_insert(e);
                }
                em.t = Some(t.clone());
            });
            // Gradients at step t.
            for ig in &bw.input_grads {
                let i = &rec.inputs[ig.input];
                let route = routes[ig.input.index()].1;
                let sequence = i.dims.contains(&rec.scan);
                // A sequence input nothing reads still gets its (zero) gradient written.
                if ig.per_step.is_none() && !sequence {
                    continue;
                }
                for (p, bind) in em.points(&i.dims).into_iter().enumerate() {
                    let v = match ig.per_step.map(|expr| em.share(expr, &bind, &seeded)) {
                        Some(Ok(v)) => v,
                        Some(Err(e)) => {
                            err.get_or_insert(e);
                            return;
                        }
                        None => em.fconst(0.0),
                    };
                    if !sequence {
                        let slot = acc[&ig.input][p].clone();
                        em.add_to_slot(&slot, &v);
                        continue;
                    }
                    let valid = em.valid.clone();
                    let points = plan.points(&i.dims);
                    let t = t.clone();
                    em.region(format!("scf.if {valid}"), |em| {
                        em.write_grad(i, route, points, p, &bind, &v, Some((&len, &t)));
                    });
                }
            }
            // a_t, read by the step before.
            for dec in &d.decompositions {
                let s = &rec.states[dec.state];
                for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                    let a = em.expr(dec.a, &bind);
                    let slot = decay_slots[dec.state.index()][p].clone();
                    em.line(format!("llvm.store {a}, {slot} : f32, !llvm.ptr"));
                }
            }
            em.t = None;
            em.bwd_states = None;
        });
    });
    if let Some(e) = err {
        return Err(fail(e));
    }

    // Initial states: dh_init = a_0 ⊙ g_0 (decay slots hold a_0; 1 when the axis is empty).
    for ig in &bw.input_grads {
        for &s in &ig.initialises {
            let st = &rec.states[s];
            for p in 0..plan.points(&st.dims) {
                let g = em.adj_slots[s.index()][p].clone();
                let a = decay_slots[s.index()][p].clone();
                let gv = em.op(format!("llvm.load {g} : !llvm.ptr -> f32"));
                let av = em.op(format!("llvm.load {a} : !llvm.ptr -> f32"));
                let v = em.op(format!("arith.mulf {av}, {gv} : f32"));
                let slot = acc[&ig.input][p].clone();
                em.add_to_slot(&slot, &v);
            }
        }
    }
    // Write the accumulated (non-sequence) gradients.
    let valid = em.valid.clone();
    em.region(format!("scf.if {valid}"), |em| {
        for (h, i) in rec.inputs.iter() {
            let Some(slots) = acc.get(&h) else { continue };
            let points = plan.points(&i.dims);
            for (p, bind) in em.points(&i.dims).into_iter().enumerate() {
                let v = em.op(format!("llvm.load {} : !llvm.ptr -> f32", slots[p]));
                em.write_grad(i, routes[h.index()].1, points, p, &bind, &v, None);
            }
        }
    });
    let func = em.assemble(&name, &head, &host_loop);
    let backward = Kernel {
        name,
        kind: KernelKind::Backward,
        params: em.sig_params.clone(),
        globals: em.globals.clone(),
        func,
        threads: plan.threads,
        shared_bytes: 0,
        lanes: 1,
    };
    let reduces = routes
        .iter()
        .filter(|(_, r)| *r == GradRoute::Partial)
        .map(|&(h, _)| (h, emit_reduce(d, &plan, target, h)))
        .collect();
    Ok(BackwardKernels {
        backward,
        routes,
        reduces,
    })
}

/// The reduce kernel of one input: one thread per element of the input sums the partial
/// shares of every outer point that maps to it, in a fixed order.
pub fn emit_reduce(d: &Derived, plan: &KernelPlan, target: Target, x: Handle<Input>) -> Kernel {
    let rec = &d.rec;
    let plan = target_plan(&plan.single_lane(), target);
    let input = &rec.inputs[x];
    let name = format!("{}_reduce_{}", rec.name, input.name);
    let mut em = Em::new(d, &plan, target);
    em.ptr_param(Param::Partial(x), format!("part_{}", input.name));
    em.ptr_param(Param::InputGrad(x), format!("dx_{}", input.name));
    let outer_total = em.size_params(false);
    let numel = em.numel(&input.dims);
    let (head, host_loop) = em.open_grid(&numel);
    let valid = em.valid.clone();
    let e = em.o_raw.clone();
    let points = plan.points(&input.dims);
    let missing = missing_outer(&plan, &input.dims);
    let sequence = input.dims.contains(&rec.scan);
    let dims = input.dims.clone();
    em.region(format!("scf.if {valid}"), |em| {
        // The element's coordinates along the input's dims.
        let coords = decompose(em, &e, &dims);
        // Its reduced point, row-major over the input's reduced dims.
        let mut p = em.i64c(0);
        for (dd, size) in plan.reduced_of(&dims) {
            let s = em.i64c(size as i64);
            let m = em.bin_i("muli", &p, &s);
            p = em.bin_i("addi", &m, &coords[&dd]);
        }
        let mut n_missing = em.i64c(1);
        for &m in &missing {
            let s = em.sizes[m.index()].clone();
            n_missing = em.bin_i("muli", &n_missing, &s);
        }
        let sum = em.alloca_points(1)[0].clone();
        em.fill(std::slice::from_ref(&sum), 0.0);
        let zero = em.i64c(0);
        let one = em.i64c(1);
        em.for_i64(&zero, &n_missing, &one, |em, u| {
            let ucoords = decompose(em, &u, &missing);
            // The outer point: row-major over the outer dims.
            let mut o = em.i64c(0);
            for &od in &plan.outer {
                let s = em.sizes[od.index()].clone();
                let c = coords
                    .get(&od)
                    .or_else(|| ucoords.get(&od))
                    .expect("every outer dim is bound")
                    .clone();
                let m = em.bin_i("muli", &o, &s);
                o = em.bin_i("addi", &m, &c);
            }
            let pts = em.i64c(points as i64);
            let r = em.bin_i("muli", &o, &pts);
            let mut off = em.bin_i("addi", &r, &p);
            if sequence {
                let len = em.sizes[rec.scan.index()].clone();
                let r = em.bin_i("muli", &off, &len);
                off = em.bin_i("addi", &r, &coords[&rec.scan]);
            }
            let ptr = em.param(&format!("part_{}", input.name));
            let v = em.load(&ptr, &off, DType::F32);
            em.add_to_slot(&sum, &v);
        });
        let v = em.op(format!("llvm.load {sum} : !llvm.ptr -> f32"));
        let ptr = em.param(&format!("dx_{}", input.name));
        em.store(&v, &ptr, &e, input.dtype);
    });
    let _ = outer_total;
    let func = em.assemble(&name, &head, &host_loop);
    Kernel::plain(name, KernelKind::Reduce, &em, func)
}
