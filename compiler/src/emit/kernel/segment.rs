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
        self.segment_offset_at(plane, segments, segment, points, &pt)
    }

    /// As [`Em::segment_offset`], at global point `pt` (an SSA value) of a state of `points`.
    fn segment_offset_at(
        &mut self,
        plane: usize,
        segments: &str,
        segment: &str,
        points: usize,
        pt: &str,
    ) -> String {
        let pc = self.i64c(plane as i64);
        let r = self.bin_i("muli", &pc, segments);
        let r = self.bin_i("addi", &r, segment);
        let pts = self.i64c(points as i64);
        let r = self.bin_i("muli", &r, &pts);
        let r = self.bin_i("addi", &r, pt);
        let total = self.total.clone();
        let r = self.bin_i("muli", &r, &total);
        let one = self.i64c(1);
        let last = self.bin_i("subi", &total, &one);
        let o_raw = self.o_raw.clone();
        let o = self.op(format!("arith.minsi {o_raw}, {last} : i64"));
        self.bin_i("addi", &r, &o)
    }
}

/// State points of `d` one thread of the carry pass takes: one. Its grid runs over the outer
/// points (in the backward's outer order) `carry_points(d, plan)` times, every state's points
/// in turn.
pub fn carry_points(d: &Derived, plan: &KernelPlan) -> usize {
    let single = plan.single_lane();
    d.rec
        .states
        .iter()
        .map(|(_, s)| single.points(&s.dims))
        .sum()
}

/// The segmented backward's middle pass: one thread per outer point and state point (the
/// points' scans are independent: one thread holding all of them ran out of registers, and
/// few threads left the GPU idle) scans the segment sums from the last segment, writing the
/// adjoint and decay entering each segment.
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
    // The grid's rows are the state points: `em.chunk` is this thread's.
    let (head, host_loop) = em.open_grid_chunks(&outer_total, Some(&segments));
    let point = em.chunk.clone().expect("a row per state point");
    let (zero, one) = (em.i64c(0), em.i64c(1));
    let valid = em.valid.clone();
    em.note(
        false,
        "carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment",
    );
    let mut first = 0usize;
    for (_, s) in rec.states.iter() {
        let points = plan.points(&s.dims);
        let (lo, hi) = (em.i64c(first as i64), em.i64c((first + points) as i64));
        first += points;
        let ge = em.op(format!("arith.cmpi sge, {point}, {lo} : i64"));
        let lt = em.op(format!("arith.cmpi slt, {point}, {hi} : i64"));
        let mine = em.op(format!("arith.andi {ge}, {lt} : i1"));
        let mine = em.op(format!("arith.andi {mine}, {valid} : i1"));
        em.region(format!("scf.if {mine}"), |em| {
            let p = em.bin_i("subi", &point, &lo);
            let carry = em.param(&format!("segcarry_{}", s.name));
            let sums = em.param(&format!("segsum_{}", s.name));
            let offset = |em: &mut Em<'_>, plane: usize, k: &str| {
                em.segment_offset_at(plane, &segments, k, points, &p)
            };
            let slots = em.alloca_points(2);
            let (gs, as_) = (slots[0].clone(), slots[1].clone());
            em.fill(std::slice::from_ref(&gs), 0.0);
            em.fill(std::slice::from_ref(&as_), 1.0);
            em.for_i64(&zero, &segments, &one, |em, kk| {
                let sm = em.bin_i("subi", &segments, &one);
                let k = em.bin_i("subi", &sm, &kk);
                let g = em.op(format!("llvm.load {gs} : !llvm.ptr -> f32"));
                let a = em.op(format!("llvm.load {as_} : !llvm.ptr -> f32"));
                let off = offset(em, 0, &k);
                em.store(&g, &carry, &off, DType::F32);
                let off = offset(em, 1, &k);
                em.store(&a, &carry, &off, DType::F32);
                let planes: Vec<String> = (0..3)
                    .map(|plane| {
                        let off = offset(em, plane, &k);
                        em.load(&sums, &off, DType::F32)
                    })
                    .collect();
                let ag = em.op(farith("mulf", &a, &g));
                let g = em.affine(&planes[1], &ag, &planes[0]);
                em.line(format!("llvm.store {g}, {gs} : f32, !llvm.ptr"));
                em.line(format!("llvm.store {}, {as_} : f32, !llvm.ptr", planes[2]));
            });
        });
    }
    em.note(false, "end carry scan");
    let func = em.assemble(&name, &head, &host_loop);
    Kernel::plain(name, KernelKind::BackwardCarry, &em, func)
}
