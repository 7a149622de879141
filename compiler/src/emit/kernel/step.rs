//! One scan step: every state's new value `a ⊙ h + b` from its decomposition, and the
//! per-step outputs — shared by every forward kernel and the decoding step — the saving
//! of states at checkpoint steps, and the decoding step's commit of states that several
//! threads hold alike.

use super::*;
use crate::derive::combine::{CExpr, Semiring, Slot};
use crate::emit::math::farith;
use reduce::missing_outer;

/// Lanes per scan of the batch step kernel ([`KernelKind::StepBatch`]): the decoding step for
/// many sequences, where the step's own lanes (8 for the selective scan) would fill the GPU's
/// threads more than once (see `RecurrenceManifest::step_batch`).
pub const BATCH_STEP_LANES: usize = 4;

/// The plan of the batch step kernel ([`KernelKind::StepBatch`]): the reduced points split
/// across [`BATCH_STEP_LANES`] lanes, where `plan` splits them across more.
pub fn batch_step_plan(plan: &KernelPlan) -> Option<KernelPlan> {
    (plan.lanes > BATCH_STEP_LANES && plan.lanes_sound(BATCH_STEP_LANES)).then(|| KernelPlan {
        lanes: BATCH_STEP_LANES,
        ..plan.clone()
    })
}

/// Whether several threads hold `s` alike: it lacks an outer dim of the plan, so each of them
/// computes the same new value. The step kernel cannot update such a state in place (one
/// thread's write would race another's read of the old value); it writes the new value to a
/// workspace that [`emit_step_commit`] copies into the state after it.
pub fn shared_state(plan: &KernelPlan, s: &State) -> bool {
    !missing_outer(plan, &s.dims).is_empty()
}

/// Whether the step of `d` needs its commit kernel.
pub fn step_commits(d: &Derived, plan: &KernelPlan) -> bool {
    d.rec.states.iter().any(|(_, s)| shared_state(plan, s))
}

/// The decoding step's second launch: one thread per outer point; the thread at coordinate 0
/// of the dims a state lacks copies that state's points from the workspace the step wrote.
pub fn emit_step_commit(d: &Derived, plan: &KernelPlan, target: Target) -> Kernel {
    let rec = &d.rec;
    let plan = target_plan(&plan.single_lane(), target);
    let name = format!("{}_{}", rec.name, KernelKind::StepCommit.suffix());
    let mut em = Em::new(d, &plan, target);
    em.dependent_launch = KernelKind::StepCommit.dependent_launch();
    let shared: Vec<(Handle<State>, &State)> = rec
        .states
        .iter()
        .filter(|(_, s)| shared_state(&plan, s))
        .collect();
    for &(h, s) in &shared {
        em.ptr_param(Param::State(h), format!("state_{}", s.name));
        em.ptr_param(Param::StateNext(h), format!("next_{}", s.name));
    }
    let outer_total = em.size_params(true);
    let (head, host_loop) = em.open_grid(&outer_total);
    em.note(
        false,
        "commit: the new value of each state held alike by several threads, copied by one of them",
    );
    for (_, s) in shared {
        let first = em.at_origin_of(&missing_outer(&plan, &s.dims));
        let valid = em.valid.clone();
        let go = em.op(format!("arith.andi {valid}, {first} : i1"));
        em.region(format!("scf.if {go}"), |em| {
            for bind in em.points(&s.dims) {
                let red: Vec<(Handle<Dim>, Ix)> =
                    bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                let off = em.offset(&s.dims, &red, false);
                let from = em.param(&format!("next_{}", s.name));
                let v = em.load(&from, &off, DType::F32);
                let to = em.param(&format!("state_{}", s.name));
                em.store(&v, &to, &off, s.dtype);
            }
        });
    }
    em.note(false, "end commit");
    let func = em.assemble(&name, &head, &host_loop);
    Kernel::plain(name, KernelKind::StepCommit, &em, func)
}

/// Whether every checkpoint step of `plan`'s forward loops starts a tile (the checkpoint
/// interval and the chunk are whole tiles, and loops start at a chunk): the states are then
/// saved once per tile, before its steps, not checked for at every step — a branch per step
/// keeps the scheduler from overlapping one step's work with the next's.
pub(super) fn checkpoints_at_tiles(plan: &KernelPlan) -> bool {
    CHECKPOINT % plan.tile == 0 && plan.chunk % plan.tile == 0
}

/// Saves every state at the start of each checkpoint chunk (forward, when the caller passed
/// checkpoint buffers): `ckpt[t / CHECKPOINT]` is the state before step `t`.
pub(super) fn save_checkpoint(em: &mut Em<'_>) {
    let rec = em.rec;
    em.note(
        false,
        "save the states at checkpoint steps (when given somewhere to save them)",
    );
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
    em.note(false, "end save");
}

/// One step: every state's new value from its decomposition, then the per-step outputs.
pub(super) fn step_body(em: &mut Em<'_>) {
    let rec = em.rec;
    let d = em.d;
    let mut news = Vec::new();
    for dec in &d.decompositions {
        let s = &rec.states[dec.state];
        let group = d.group_of(dec.state);
        let k = group.len();
        for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
            let a = em.expr(dec.a, &bind);
            let b = em.expr(dec.b, &bind);
            let slot = em.slots[dec.state.index()][p].clone();
            let h = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
            let n = em.step_map(dec.semiring, &a, &h, &b);
            let slots = em.slots.clone();
            let n = em.add_cross(dec, &bind, n, |em, o| {
                em.op(format!(
                    "llvm.load {} : !llvm.ptr -> f32",
                    slots[o.index()][p]
                ))
            });
            news.push((slot, n));
            // Chunk reduce: the combine (A, B) ∘ (a, b), whose B is the state slot; a coupled
            // state's row of A is its step applied to every column.
            if let Some(agg) = em.agg_a.clone() {
                for q in 0..k {
                    let aslot = agg[dec.state.index()][p * k + q].clone();
                    let av = em.op(format!("llvm.load {aslot} : !llvm.ptr -> f32"));
                    let an = em.step_coef(dec.semiring, &av, &a);
                    let an = em.add_cross(dec, &bind, an, |em, o| {
                        em.op(format!(
                            "llvm.load {} : !llvm.ptr -> f32",
                            agg[o.index()][p * k + q]
                        ))
                    });
                    news.push((aslot, an));
                }
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
                None => em.write_output_at(oh, &bind, &v),
            }
        }
    }
}

impl Em<'_> {
    /// Stores `v` as per-step output `o` at reduced point `bind` and the walk step `em.t`
    /// (where this thread's outer point is a real one).
    pub(super) fn write_output_at(
        &mut self,
        o: Handle<Output>,
        bind: &[(Handle<Dim>, usize)],
        v: &str,
    ) {
        let out = &self.rec.outputs[o];
        let valid = self.valid.clone();
        self.region(format!("scf.if {valid}"), |em| {
            let red: Vec<(Handle<Dim>, Ix)> =
                bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
            let ptr = em.param(&format!("out_{}", out.name));
            let off = em.offset(&out.dims, &red, false);
            em.store(v, &ptr, &off, out.dtype);
        });
    }

    /// `n + Σ_j c_j · h_j`: the terms of the coupled states a state's update reads, added to
    /// its own step `n` at the point `bind` (`prev`: state j's previous value there). `n`
    /// itself for a diagonal state.
    pub(super) fn add_cross(
        &mut self,
        dec: &crate::derive::Decomposition,
        bind: &[(Handle<Dim>, usize)],
        n: String,
        mut prev: impl FnMut(&mut Self, Handle<crate::ir::State>) -> String,
    ) -> String {
        let mut n = n;
        for &(o, c) in &dec.cross {
            let cv = self.expr(c, bind);
            let h = prev(self, o);
            let t = self.op(farith("mulf", &cv, &h));
            n = self.op(farith("addf", &n, &t));
        }
        n
    }

    /// The affine map of one step, `a · h + b` — the update of every state point, in every
    /// kernel that runs the scan (forward, chunk passes, step, the backward's recomputation).
    pub(super) fn affine(&mut self, a: &str, h: &str, b: &str) -> String {
        self.step_map(Semiring::SumProduct, a, h, b)
    }

    /// One step of a state's map `(a, b)` in its semiring applied to `h` (`a · h + b`, or
    /// `max(a + h, b)`): the derived combine's `b` with the state as the earlier pair.
    pub(super) fn step_map(&mut self, ring: Semiring, a: &str, h: &str, b: &str) -> String {
        let slot = |s: Slot| match s {
            Slot::A2 => a,
            Slot::B1 => h,
            Slot::B2 => b,
            Slot::A1 => unreachable!("applying a map to a state reads no earlier coefficient"),
        };
        self.combine_expr(&ring.combine().b, &slot)
    }

    /// The coefficient of an aggregate `agg` followed by one more step with coefficient `a`:
    /// the derived combine's `a`.
    pub(super) fn step_coef(&mut self, ring: Semiring, agg: &str, a: &str) -> String {
        let slot = |s: Slot| match s {
            Slot::A1 => agg,
            Slot::A2 => a,
            Slot::B1 | Slot::B2 => unreachable!("a combined coefficient reads no constant"),
        };
        self.combine_expr(&ring.combine().a, &slot)
    }

    /// The derived combine of two maps, `first` then `second`: `(A, B)` of their composition.
    pub(super) fn combine_pair(
        &mut self,
        ring: Semiring,
        first: (&str, &str),
        second: (&str, &str),
    ) -> (String, String) {
        let slot = |s: Slot| match s {
            Slot::A1 => first.0,
            Slot::B1 => first.1,
            Slot::A2 => second.0,
            Slot::B2 => second.1,
        };
        let c = ring.combine();
        (
            self.combine_expr(&c.a, &slot),
            self.combine_expr(&c.b, &slot),
        )
    }

    /// A part of the derived combine operator on emitted values.
    fn combine_expr<'v>(&mut self, e: &CExpr, slot: &impl Fn(Slot) -> &'v str) -> String {
        let (op, x, y) = match e {
            CExpr::Slot(s) => return slot(*s).to_string(),
            CExpr::Mul(x, y) => ("mulf", x, y),
            CExpr::Add(x, y) => ("addf", x, y),
            CExpr::Max(x, y) => ("maximumf", x, y),
        };
        let x = self.combine_expr(x, slot);
        let y = self.combine_expr(y, slot);
        self.op(farith(op, &x, &y))
    }
}
