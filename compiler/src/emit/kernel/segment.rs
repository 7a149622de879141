//! The segmented backward's middle pass, its workspace layout, and what its first pass keeps
//! in registers. Where a scan is long and its threads few, the backward splits the scan into
//! segments walked back in parallel. The adjoint recurrence `g_t = c_t + a_{t+1} ⊙ g_{t+1}` is
//! linear, so a segment walked back from a zero adjoint gives its adjoint at its start `G`,
//! and the adjoint entering it from the next segment, `g'` (with that segment's first decay
//! `a'`), adds `P · a' · g'`, `P` the product of the segment's decays after its first. Pass 1
//! writes `(G, P, a_first)` per segment, this pass scans them from the last segment, and
//! pass 3 walks every segment again from its carry `(g', a')`, writing the gradients.

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

/// Where a backward walk keeps each state's decays (`a_{t+1}`) and, for coupled states, the
/// cross coefficients of the states reading it (`Adjoint::cross`): together, per point, its row
/// of the group's transposed step matrix.
pub(super) struct StepRows<'a> {
    pub decay: &'a [Vec<String>],
    pub cross: &'a [Vec<Vec<String>>],
}

impl StepRows<'_> {
    /// State `sh`'s row at point `p`, over its group's states in order: the slot holding each
    /// entry, None where the entry is zero (a state of the group that does not read `sh`).
    fn row(&self, d: &Derived, sh: Handle<crate::ir::State>, p: usize) -> Vec<Option<String>> {
        let adj = &d.backward.adjoints[sh.index()];
        d.group_of(sh)
            .iter()
            .map(|&j| match adj.cross.iter().position(|&(x, _)| x == j) {
                _ if j == sh => Some(self.decay[sh.index()][p].clone()),
                Some(e) => Some(self.cross[sh.index()][e][p].clone()),
                None => None,
            })
            .collect()
    }
}

impl Em<'_> {
    /// Pass 3's start: the adjoint entering the segment, and the next segment's first step's
    /// row of the transposed matrix (its decay, and its cross coefficients where coupled).
    pub(super) fn load_segment_carry(&mut self, rows: &StepRows<'_>, segs: &str, seg: &str) {
        let (d, rec) = (self.d, self.rec);
        for (sh, s) in rec.states.iter() {
            let ptr = self.param(&format!("segcarry_{}", s.name));
            for p in 0..rows.decay[sh.index()].len() {
                let g = self.segment_offset(&s.dims, 0, segs, seg, p);
                let v = self.load(&ptr, &g, DType::F32);
                let slot = self.adj_slots[sh.index()][p].clone();
                self.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
                for (q, slot) in rows.row(d, sh, p).into_iter().enumerate() {
                    let Some(slot) = slot else { continue };
                    let a = self.segment_offset(&s.dims, 1 + q, segs, seg, p);
                    let v = self.load(&ptr, &a, DType::F32);
                    self.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
                }
            }
        }
    }

    /// Pass 1's end: the segment's sums — the adjoint at its start, the product of its decays
    /// after the first (`coef`), its first decay; for a coupled state its rows of the product
    /// and of the first step's transposed matrix, `K` planes each.
    pub(super) fn store_segment_sums(
        &mut self,
        rows: &StepRows<'_>,
        coef: &[Vec<String>],
        segs: &str,
        seg: &str,
    ) {
        let (d, rec) = (self.d, self.rec);
        let valid = self.valid.clone();
        self.region(format!("scf.if {valid}"), |em| {
            for (sh, s) in rec.states.iter() {
                for p in 0..rows.decay[sh.index()].len() {
                    let ptr = em.param(&format!("segsum_{}", s.name));
                    let row = rows.row(d, sh, p);
                    let k = row.len();
                    let mut planes = vec![Some(em.adj_slots[sh.index()][p].clone())];
                    planes.extend((0..k).map(|q| Some(coef[sh.index()][p * k + q].clone())));
                    planes.extend(row);
                    for (plane, slot) in planes.iter().enumerate() {
                        let v = match slot {
                            Some(slot) => em.op(format!("llvm.load {slot} : !llvm.ptr -> f32")),
                            None => em.fconst(0.0),
                        };
                        let off = em.segment_offset(&s.dims, plane, segs, seg, p);
                        em.store(&v, &ptr, &off, DType::F32);
                    }
                }
            }
        });
    }
}

/// Rows of the carry pass's grid per outer point: one per point of each coupled group (a
/// diagonal state is a group of one). Its grid runs over the outer points (in the backward's
/// outer order) `carry_points(d, plan)` times, every group's points in turn.
pub fn carry_points(d: &Derived, plan: &KernelPlan) -> usize {
    let single = plan.single_lane();
    d.groups()
        .iter()
        .map(|g| single.points(&d.rec.states[g[0]].dims))
        .sum()
}

/// The segmented backward's middle pass: one thread per outer point and state point (the
/// points' scans are independent: one thread holding all of them ran out of registers, and
/// few threads left the GPU idle) scans the segment sums from the last segment, writing the
/// adjoint and decay entering each segment. A coupled group's point is one thread: its
/// adjoints are a vector, its decays and products `K × K` matrices (rows per state).
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
    // The grid's rows are the groups' points: `em.chunk` is this thread's.
    let (head, host_loop) = em.open_grid_chunks(&outer_total, Some(&segments));
    let point = em.chunk.clone().expect("a row per state point");
    let (zero, one) = (em.i64c(0), em.i64c(1));
    let valid = em.valid.clone();
    em.note(
        false,
        "carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment",
    );
    let mut first = 0usize;
    for group in d.groups() {
        let k = group.len();
        let points = plan.points(&rec.states[group[0]].dims);
        let (lo, hi) = (em.i64c(first as i64), em.i64c((first + points) as i64));
        first += points;
        let ge = em.op(format!("arith.cmpi sge, {point}, {lo} : i64"));
        let lt = em.op(format!("arith.cmpi slt, {point}, {hi} : i64"));
        let mine = em.op(format!("arith.andi {ge}, {lt} : i1"));
        let mine = em.op(format!("arith.andi {mine}, {valid} : i1"));
        em.region(format!("scf.if {mine}"), |em| {
            let p = em.bin_i("subi", &point, &lo);
            let offset = |em: &mut Em<'_>, plane: usize, k: &str| {
                em.segment_offset_at(plane, &segments, k, points, &p)
            };
            // Per state: its adjoint, then its row of a' (the identity past the end).
            let slots: Vec<(String, Vec<String>)> = (0..k)
                .map(|i| {
                    let v = em.alloca_points(1 + k);
                    em.fill(std::slice::from_ref(&v[0]), 0.0);
                    for q in 0..k {
                        em.fill(
                            std::slice::from_ref(&v[1 + q]),
                            if q == i { 1.0 } else { 0.0 },
                        );
                    }
                    (v[0].clone(), v[1..].to_vec())
                })
                .collect();
            em.for_i64(&zero, &segments, &one, |em, kk| {
                let sm = em.bin_i("subi", &segments, &one);
                let seg = em.bin_i("subi", &sm, &kk);
                let mut g = Vec::new();
                let mut a = Vec::new();
                let mut sums = Vec::new();
                for (i, &sh) in group.iter().enumerate() {
                    let s = &rec.states[sh];
                    let carry = em.param(&format!("segcarry_{}", s.name));
                    let gi = em.op(format!("llvm.load {} : !llvm.ptr -> f32", slots[i].0));
                    let row: Vec<String> = (0..k)
                        .map(|q| em.op(format!("llvm.load {} : !llvm.ptr -> f32", slots[i].1[q])))
                        .collect();
                    for (plane, v) in std::iter::once(&gi).chain(&row).enumerate() {
                        let off = offset(em, plane, &seg);
                        em.store(v, &carry, &off, DType::F32);
                    }
                    let ptr = em.param(&format!("segsum_{}", s.name));
                    let planes: Vec<String> = (0..1 + 2 * k)
                        .map(|plane| {
                            let off = offset(em, plane, &seg);
                            em.load(&ptr, &off, DType::F32)
                        })
                        .collect();
                    g.push(gi);
                    a.push(row);
                    sums.push(planes);
                }
                // y = a'·g; g ← G + P·y; a' ← the segment's first step.
                let y: Vec<String> = (0..k)
                    .map(|j| {
                        let mut v = em.op(farith("mulf", &a[j][0], &g[0]));
                        for q in 1..k {
                            v = em.affine(&a[j][q], &g[q], &v);
                        }
                        v
                    })
                    .collect();
                for i in 0..k {
                    let mut gi = sums[i][0].clone();
                    for (j, yj) in y.iter().enumerate() {
                        gi = em.affine(&sums[i][1 + j], yj, &gi);
                    }
                    em.line(format!("llvm.store {gi}, {} : f32, !llvm.ptr", slots[i].0));
                    for q in 0..k {
                        em.line(format!(
                            "llvm.store {}, {} : f32, !llvm.ptr",
                            sums[i][1 + k + q],
                            slots[i].1[q]
                        ));
                    }
                }
            });
        });
    }
    em.note(false, "end carry scan");
    let func = em.assemble(&name, &head, &host_loop);
    Kernel::plain(name, KernelKind::BackwardCarry, &em, func)
}

/// Most step-invariant values per thread the segments' first pass keeps live (the LRU's and
/// S5's input matrices, which would add 400 bytes of spills, stay re-read).
pub(super) const SUM_HOIST_MAX: usize = 16;

/// Values per thread the segments' first pass would keep live were its step-invariant parts
/// hoisted: the largest hoisted subexpressions its decays and adjoint sources read, at each
/// of the thread's points.
pub(super) fn hoisted_values(em: &Em<'_>, d: &Derived) -> usize {
    let rec = &d.rec;
    let mut stack: Vec<Handle<Expr>> = d
        .backward
        .adjoints
        .iter()
        .flat_map(|a| [a.source, a.decay])
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut values = 0;
    while let Some(h) = stack.pop() {
        if !seen.insert(h) {
            continue;
        }
        if em.hoisted[h.index()] {
            let dims: Vec<Handle<Dim>> = rec.exprs.shape(h).iter().collect();
            values += em.points(&dims).len();
        } else {
            stack.extend(rec.exprs.operands(h));
        }
    }
    values
}
