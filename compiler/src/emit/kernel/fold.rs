//! Decoding steps with a projection folded in. Where a model computes a recurrence's input as
//! `linear(x, w, b?)` (Mamba's `dt = linear(dt, dt_proj)` feeding the selective scan's
//! `delta`), a decoding step can compute that input itself,
//! `input[…, o] = Σ_r w[o, r] · x[…, r] (+ b[o])`, instead of reading what a separate launch
//! wrote: the lanes of a scan split `r`, and shuffles add their sums, so every lane holds the
//! value before the step's body reads it. The rank is a parameter (the checkpoint's, not the
//! compiler's).

use super::*;
use crate::emit::math::farith;

/// The dim a projection folded into `input` produces (the input's last): refused, with the
/// reason, where the input is not a required sequence whose last dim is one the step's threads
/// run over.
pub fn fold_dim(
    d: &Derived,
    plan: &KernelPlan,
    input: Handle<Input>,
) -> Result<Handle<Dim>, String> {
    let rec = &d.rec;
    let i = &rec.inputs[input];
    if i.optional {
        return Err(format!("`{}` is optional", i.name));
    }
    if !i.dims.contains(&rec.scan) {
        return Err(format!(
            "`{}` is not a sequence (it lacks {})",
            i.name, rec.dims[rec.scan].name
        ));
    }
    let per_thread = |d: &Handle<Dim>| *d == rec.scan || plan.outer.contains(d);
    match i.dims.split_last() {
        Some((&last, rest))
            if last != rec.scan && per_thread(&last) && rest.iter().all(per_thread) =>
        {
            Ok(last)
        }
        _ => Err(format!(
            "`{}` has a dim the step's threads do not run over (summed), or its last is the scan's",
            i.name
        )),
    }
}

/// The name of the step kernel of `kind` with `input` folded in.
pub fn fold_kernel_name(rec: &Recurrence, kind: KernelKind, input: Handle<Input>) -> String {
    format!(
        "{}_{}_fold_{}",
        rec.name,
        kind.suffix(),
        rec.inputs[input].name
    )
}

/// The step kernels (and the batch step's, where the recurrence has one) with each of `folds`
/// folded in; each must pass [`fold_dim`].
pub fn emit_step_folds(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
    folds: &[Handle<Input>],
) -> Vec<Kernel> {
    let mut out = Vec::new();
    for &i in folds {
        debug_assert!(fold_dim(d, plan, i).is_ok(), "checked by the caller");
        out.push(forward::emit_kernel(
            d,
            plan,
            target,
            KernelKind::Step,
            Some(i),
        ));
        if let Some(batch) = batch_step_plan(plan) {
            out.push(forward::emit_kernel(
                d,
                &batch,
                target,
                KernelKind::StepBatch,
                Some(i),
            ));
        }
    }
    out
}

impl Em<'_> {
    /// The parameters of a fold: the projection's rows, weight and bias, and its rank.
    pub(super) fn fold_params(&mut self, input: Handle<Input>) {
        self.ptr_param(Param::FoldRows(input), "fold_rows".into());
        self.ptr_param(Param::FoldWeight(input), "fold_weight".into());
        self.ptr_param(Param::FoldBias(input), "fold_bias".into());
        self.i64_param(Param::FoldRank(input), "fold_rank");
    }

    /// `Σ_r weight[o, r] · rows[row, r] (+ bias[o])` at this thread's point of `input` (`o`
    /// its last dim's coordinate, `row` the others'): each lane adds every lanes-th `r` from its
    /// own, then the lanes' sums are added by shuffles, then the bias where one is given. Every
    /// thread runs it (no shuffle is left half empty): a padding thread's point is clamped to
    /// the last one.
    pub(super) fn fold_value(&mut self, input: Handle<Input>) -> String {
        let rec = self.rec;
        let dims = rec.inputs[input].dims.clone();
        let last = *dims.last().expect("checked by fold_dim");
        self.note(
            false,
            &format!(
                "`{}` folded in: Σ_r weight[o, r] · rows[row, r] (+ bias[o]), r split across the lanes",
                rec.inputs[input].name
            ),
        );
        let off = self.offset(&dims, &[], false);
        let out = self.sizes[last.index()].clone();
        let row = self.bin_i("divui", &off, &out);
        let o = self.outer_ix[&last].clone();
        let rank = self.param("fold_rank");
        let (rows, weight) = (self.param("fold_rows"), self.param("fold_weight"));
        let row_base = self.bin_i("muli", &row, &rank);
        let w_base = self.bin_i("muli", &o, &rank);
        let acc = self.alloca_points(1).remove(0);
        self.fill(std::slice::from_ref(&acc), 0.0);
        let (first, step) = match self.lane.clone() {
            Some(lane) => (lane, self.i64c(self.plan.lanes as i64)),
            None => (self.i64c(0), self.i64c(1)),
        };
        self.for_i64(&first, &rank, &step, |em, r| {
            let xo = em.bin_i("addi", &row_base, &r);
            let wo = em.bin_i("addi", &w_base, &r);
            let x = em.load(&rows, &xo, DType::F32);
            let w = em.load(&weight, &wo, DType::F32);
            let a = em.op(format!("llvm.load {acc} : !llvm.ptr -> f32"));
            let p = em.op(farith("mulf", &w, &x));
            let s = em.op(farith("addf", &a, &p));
            em.line(format!("llvm.store {s}, {acc} : f32, !llvm.ptr"));
        });
        let v = self.op(format!("llvm.load {acc} : !llvm.ptr -> f32"));
        let v = if self.plan.lanes > 1 {
            self.lane_sum(v, false)
        } else {
            v
        };
        // The bias, where given (the accumulator reused for it).
        let bias = self.param("fold_bias");
        let null = self.op("llvm.mlir.zero : !llvm.ptr".into());
        let given = self.op(format!("llvm.icmp \"ne\" {bias}, {null} : !llvm.ptr"));
        self.fill(std::slice::from_ref(&acc), 0.0);
        self.region(format!("scf.if {given}"), |em| {
            let b = em.load(&bias, &o, DType::F32);
            em.line(format!("llvm.store {b}, {acc} : f32, !llvm.ptr"));
        });
        let b = self.op(format!("llvm.load {acc} : !llvm.ptr -> f32"));
        let v = self.op(farith("addf", &v, &b));
        self.note(false, "end fold");
        v
    }
}
