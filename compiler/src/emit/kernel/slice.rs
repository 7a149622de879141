//! The sequential backward walked in slices of the scan: one launch per slice, the last
//! first ([`crate::strategy::backward_slice_steps`] steps each), so that the partial gradients
//! laid out by step hold one slice; each thread carries its long-lived values (adjoints,
//! decays, gradient sums) from one launch to the next through the slice carries.

use super::{CHECKPOINT, Em, Ix, Param};
use crate::emit::text::Emitter;
use crate::ir::DType;

/// Where the launch of a sliced walk is: its checkpoint stretches `[lo, hi)` (the upper one
/// clamped by the walk), whether it holds the scan's first step, its last step, or neither
/// of the last (others come after it).
pub(super) struct SliceAt {
    pub(super) stretches: (String, String),
    pub(super) is_first: String,
    pub(super) is_last: String,
    pub(super) later: String,
}

impl Em<'_> {
    /// Runs `f` with the scan dim's size taken as `steps` where given: the view of one slice
    /// of the partial sums laid out by step (positions along the scan within it, a reverse
    /// scan's counted from the slice's end); without `steps`, the whole scan's.
    pub(super) fn in_slice_view<R>(
        &mut self,
        steps: Option<&str>,
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let Some(steps) = steps else {
            return f(self);
        };
        let k = self.rec.scan.index();
        let size = std::mem::replace(&mut self.sizes[k], steps.to_string());
        let last = self.scan_last.take();
        std::mem::swap(&mut self.strides, &mut self.view_strides);
        let r = f(self);
        std::mem::swap(&mut self.strides, &mut self.view_strides);
        self.sizes[k] = size;
        self.scan_last = last;
        r
    }

    /// Declares a sliced walk's parameters (the slice's first step, the steps per slice, the
    /// carries) and where the launch is along the scan.
    pub(super) fn open_slice(&mut self) -> SliceAt {
        let first = self.i64_param(Param::SliceFirst, "slice_first");
        let steps = self.i64_param(Param::SliceSteps, "slice_steps");
        self.ptr_param(Param::SliceCarry, "slice_carry".into());
        self.slice = Some((first.clone(), steps.clone()));
        let len = self.sizes[self.rec.scan.index()].clone();
        let c = self.i64c(CHECKPOINT as i64);
        let lo = self.entry_op(format!("arith.divui {first}, {c} : i64"));
        let end = self.entry_op(format!("arith.addi {first}, {steps} : i64"));
        let cm1 = self.i64c(CHECKPOINT as i64 - 1);
        let padded = self.entry_op(format!("arith.addi {end}, {cm1} : i64"));
        let hi = self.entry_op(format!("arith.divui {padded}, {c} : i64"));
        let zero = self.i64c(0);
        let is_first = self.entry_op(format!("arith.cmpi eq, {first}, {zero} : i64"));
        let is_last = self.entry_op(format!("arith.cmpi sge, {end}, {len} : i64"));
        let later = self.entry_op(format!("arith.cmpi slt, {end}, {len} : i64"));
        SliceAt {
            stretches: (lo, hi),
            is_first,
            is_last,
            later,
        }
    }

    /// Loads (or with `store`, stores) every long-lived slot of this thread from (to) its
    /// column of the slice carries: `[slot][thread]` (a warp's accesses coalesced), a thread
    /// one lane of an outer point.
    pub(super) fn slice_carry(&mut self, slots: &[String], store: bool) {
        let valid = self.valid.clone();
        self.region(format!("scf.if {valid}"), |em| {
            let lanes = em.i64c(em.plan.lanes as i64);
            let mut thread = em.bin_i("muli", &em.o_raw.clone(), &lanes);
            if let Some(lane) = em.lane.clone() {
                thread = em.bin_i("addi", &thread, &lane);
            }
            let threads = em.bin_i("muli", &em.total.clone(), &lanes);
            let ptr = em.param("slice_carry");
            em.each_slot(slots, |em, slot, k| {
                let k = match k {
                    Ix::Const(k) => em.i64c(k as i64),
                    Ix::Dyn(k) => k,
                };
                let r = em.bin_i("muli", &k, &threads);
                let off = em.bin_i("addi", &r, &thread);
                if store {
                    let v = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                    em.store(&v, &ptr, &off, DType::F32);
                } else {
                    let v = em.load(&ptr, &off, DType::F32);
                    em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
                }
            });
        });
    }
}
