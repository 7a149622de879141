//! The segmented backward's middle pass and its workspace layout. Where a scan is long and
//! its threads few, the backward splits the scan into segments walked back in parallel. The
//! adjoint recurrence `g_t = c_t + a_{t+1} ⊙ g_{t+1}` is linear, so a segment walked back from
//! a zero adjoint gives its adjoint at its start `G`, and the adjoint entering it from the
//! next segment, `g'` (with that segment's first decay `a'`), adds `P · a' · g'`, `P` the
//! product of the segment's decays after its first. Pass 1 writes `(G, P, a_first)` per
//! segment, this pass scans them from the last segment, and pass 3 walks every segment again
//! from its carry `(g', a')`, writing the gradients.

use super::*;
use crate::emit::math::farith;

impl Em<'_> {
    /// Offset of plane `plane` of state point `p` (local) of this thread's outer point in a
    /// segment workspace: `((plane · segments + segment) · points + point) · outer + o`.
    pub(super) fn segment_offset(
        &mut self,
        dims: &[Handle<Dim>],
        plane: usize,
        segments: &str,
        segment: &str,
        p: usize,
    ) -> String {
        let (points, pt) = self.global_point(dims, p);
        let pc = self.i64c(plane as i64);
        let r = self.bin_i("muli", &pc, segments);
        let r = self.bin_i("addi", &r, segment);
        let pts = self.i64c(points as i64);
        let r = self.bin_i("muli", &r, &pts);
        let r = self.bin_i("addi", &r, &pt);
        let total = self.total.clone();
        let r = self.bin_i("muli", &r, &total);
        let one = self.i64c(1);
        let last = self.bin_i("subi", &total, &one);
        let o_raw = self.o_raw.clone();
        let o = self.op(format!("arith.minsi {o_raw}, {last} : i64"));
        self.bin_i("addi", &r, &o)
    }
}

/// The segmented backward's middle pass: one thread per outer point (in the backward's outer
/// order, `plan` being the backward's) scans the segment sums from the last segment, writing
/// the adjoint and decay entering each segment.
pub fn emit_segment_carry(d: &Derived, plan: &KernelPlan, target: Target) -> Kernel {
    let rec = &d.rec;
    let plan = target_plan(&plan.single_lane(), target);
    let name = format!("{}_{}", rec.name, KernelKind::BackwardCarry.suffix());
    let mut em = Em::new(d, &plan, target);
    for (h, s) in rec.states.iter() {
        em.ptr_param(Param::SegmentSums(h), format!("segsum_{}", s.name));
        em.ptr_param(Param::SegmentCarries(h), format!("segcarry_{}", s.name));
    }
    let outer_total = em.size_params(false);
    let len = em.sizes[rec.scan.index()].clone();
    let sm1 = em.i64c(i64::from(crate::strategy::SEGMENT) - 1);
    let padded = em.entry_op(format!("arith.addi {len}, {sm1} : i64"));
    let sc = em.i64c(i64::from(crate::strategy::SEGMENT));
    let segments = em.entry_op(format!("arith.divui {padded}, {sc} : i64"));
    let (head, host_loop) = em.open_grid(&outer_total);
    let state_points: Vec<usize> = rec
        .states
        .iter()
        .map(|(_, s)| plan.points(&s.dims))
        .collect();
    let g_slots: Vec<Vec<String>> = state_points.iter().map(|&n| em.alloca_points(n)).collect();
    let a_slots: Vec<Vec<String>> = state_points.iter().map(|&n| em.alloca_points(n)).collect();
    for s in &g_slots {
        em.fill(s, 0.0);
    }
    for s in &a_slots {
        em.fill(s, 1.0);
    }
    let zero = em.i64c(0);
    let one = em.i64c(1);
    let valid = em.valid.clone();
    em.note(
        false,
        "carry scan: g ← G + P·a'·g, a' ← a_first, segment by segment from the last",
    );
    em.region(format!("scf.if {valid}"), |em| {
        em.for_i64(&zero, &segments, &one, |em, kk| {
            let sm = em.bin_i("subi", &segments, &one);
            let k = em.bin_i("subi", &sm, &kk);
            for (sh, s) in rec.states.iter() {
                for p in 0..state_points[sh.index()] {
                    let carry = em.param(&format!("segcarry_{}", s.name));
                    let sums = em.param(&format!("segsum_{}", s.name));
                    let gs = g_slots[sh.index()][p].clone();
                    let as_ = a_slots[sh.index()][p].clone();
                    let g = em.op(format!("llvm.load {gs} : !llvm.ptr -> f32"));
                    let a = em.op(format!("llvm.load {as_} : !llvm.ptr -> f32"));
                    let off = em.segment_offset(&s.dims, 0, &segments, &k, p);
                    em.store(&g, &carry, &off, DType::F32);
                    let off = em.segment_offset(&s.dims, 1, &segments, &k, p);
                    em.store(&a, &carry, &off, DType::F32);
                    let mut planes = Vec::new();
                    for plane in 0..3 {
                        let off = em.segment_offset(&s.dims, plane, &segments, &k, p);
                        planes.push(em.load(&sums, &off, DType::F32));
                    }
                    let ag = em.op(farith("mulf", &a, &g));
                    let g = em.affine(&planes[1], &ag, &planes[0]);
                    em.line(format!("llvm.store {g}, {gs} : f32, !llvm.ptr"));
                    em.line(format!("llvm.store {}, {as_} : f32, !llvm.ptr", planes[2]));
                }
            }
        });
    });
    em.note(false, "end carry scan");
    let func = em.assemble(&name, &head, &host_loop);
    Kernel::plain(name, KernelKind::BackwardCarry, &em, func)
}
