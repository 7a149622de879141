//! The chunked strategy's middle pass (its first and last are forward kernels, see
//! [`super::forward`]): one thread per outer point scans the chunk aggregates with the
//! combine operator, writing the state that enters each chunk.

use super::*;

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
    em.note(
        false,
        "carry scan: the state entering each chunk, h ← A·h + B chunk by chunk",
    );
    em.region(format!("scf.if {valid}"), |em| {
        em.for_i64(&zero, &n_chunks, &one, |em, c| {
            for group in em.d.groups() {
                let k = group.len();
                // The values entering the chunk: a coupled state's new value reads its
                // group's, so all are read before any is stored.
                let held: Vec<Vec<String>> = group
                    .iter()
                    .filter(|_| k > 1)
                    .map(|&sh| {
                        (0..em.plan.points(&rec.states[sh].dims))
                            .map(|p| {
                                let slot = em.slots[sh.index()][p].clone();
                                em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"))
                            })
                            .collect()
                    })
                    .collect();
                let mut news = Vec::new();
                for (i, &sh) in group.iter().enumerate() {
                    let s = &rec.states[sh];
                    let points = em.plan.points(&s.dims);
                    for p in 0..points {
                        let off = em.scratch_offset(&c, &s.dims, points, p);
                        let slot = em.slots[sh.index()][p].clone();
                        let h = match k {
                            1 => em.op(format!("llvm.load {slot} : !llvm.ptr -> f32")),
                            _ => held[i][p].clone(),
                        };
                        let cptr = em.param(&format!("carry_{}", s.name));
                        em.store(&h, &cptr, &off, DType::F32);
                        let aptr = em.param(&format!("agga_{}", s.name));
                        let n = if k == 1 {
                            let a = em.load(&aptr, &off, DType::F32);
                            let bptr = em.param(&format!("aggb_{}", s.name));
                            let b = em.load(&bptr, &off, DType::F32);
                            let ring = em.d.decomposition(sh).semiring;
                            em.step_map(ring, &a, &h, &b)
                        } else {
                            // This state's row of A times the group's states, plus B.
                            let bptr = em.param(&format!("aggb_{}", s.name));
                            let mut n = em.load(&bptr, &off, DType::F32);
                            for (q, held_q) in held.iter().enumerate() {
                                let off = em.scratch_offset(&c, &s.dims, points * k, p * k + q);
                                let a = em.load(&aptr, &off, DType::F32);
                                n = em.affine(&a, &held_q[p], &n);
                            }
                            n
                        };
                        match k {
                            1 => em.line(format!("llvm.store {n}, {slot} : f32, !llvm.ptr")),
                            _ => news.push((slot, n)),
                        }
                    }
                }
                for (slot, n) in news {
                    em.line(format!("llvm.store {n}, {slot} : f32, !llvm.ptr"));
                }
            }
        });
    });
    em.note(false, "end carry scan");
    let func = em.assemble(&name, &head, &host_loop);
    Kernel::plain(name, KernelKind::ChunkCarry, &em, func)
}
