//! One group of the backward's reverse walk: its states recomputed into registers from the
//! state entering it, its steps walked back unrolled, and the gradients each lane gathered
//! for its own step written together.

use std::collections::BTreeMap;

use super::Em;
use super::scatter::Scatter;
use super::walk::{Gather, Shared, Walk};
use crate::emit::text::Emitter;
use crate::ir::{DType, Expr, Handle};

impl Walk<'_> {
    /// One group backwards: the group whose entering state is at scratch index `k` (its
    /// first chunk step `kg`) of the stretch at `t0`; `slot_base`: the tile slot of its last
    /// step; `whole`: every step of the group is inside the stretch (none is checked).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn group_back(
        &self,
        em: &mut Em<'_>,
        k: &str,
        kg: &str,
        t0: &str,
        clen: &str,
        slot_base: Option<&str>,
        shared: &Shared,
        whole: bool,
    ) -> Result<(), String> {
        let Shared {
            all: all_nodes,
            fwd: fwd_nodes,
            bwd: bwd_nodes,
            sources,
        } = shared;
        let d = self.d;
        let rec = &d.rec;
        let g = self.group;
        let one = em.i64c(1);
        let last = em.bin_i("subi", clen, &one);
        // The state entering the group (none in a stateless pass: nothing reads it).
        let mut entering: Vec<Vec<String>> = Vec::new();
        for (_, s) in rec.states.iter().filter(|_| !self.stateless) {
            let points = em.plan.points(&s.dims);
            let ptr = em.param(&format!("scratch_{}", s.name));
            entering.push(
                (0..points)
                    .map(|p| {
                        let off = em.scratch_offset(k, &s.dims, points, p);
                        em.load(&ptr, &off, DType::F32)
                    })
                    .collect(),
            );
        }
        let own = if self.distribute {
            let lane = em.lane.clone().expect("lanes");
            let j = em.bin_i("addi", kg, &lane);
            let j = em.op(format!("arith.minsi {j}, {last} : i64"));
            let t = em.bin_i("addi", t0, &j);
            self.own_values(em, t, all_nodes)
        } else {
            Vec::new()
        };
        // The group's states, in registers (steps past the stretch read its last step).
        em.note(false, "the group's states, recomputed into registers");
        let mut states: Vec<Vec<Vec<String>>> = Vec::with_capacity(g);
        for q in (0..g).filter(|_| !self.stateless) {
            let qc = em.i64c(q as i64);
            let j = em.bin_i("addi", kg, &qc);
            let j = em.op(format!("arith.minsi {j}, {last} : i64"));
            em.t = Some(em.bin_i("addi", t0, &j));
            let entries = match sources.get(q) {
                Some(src) if self.distribute => self.shuffled(em, &own, fwd_nodes, src),
                _ => Vec::new(),
            };
            em.push_scope(entries);
            let prev = states.last().unwrap_or(&entering).clone();
            let mut next = prev.clone();
            // A chain's `a` and `b` read earlier states' previous values.
            if d.chained() {
                em.bwd_values = Some((prev.clone(), prev.clone()));
            }
            for dec in &d.decompositions {
                let s = &rec.states[dec.state];
                for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                    let a = em.expr(dec.a, &bind);
                    let b = em.expr(dec.b, &bind);
                    let n = em.step_map(dec.semiring, &a, &prev[dec.state.index()][p], &b);
                    next[dec.state.index()][p] =
                        em.add_cross(dec, &bind, n, |_, o| prev[o.index()][p].clone());
                }
            }
            em.bwd_values = None;
            em.pop_scope();
            em.t = None;
            states.push(next);
        }
        // The gathered gradients: their lane sums deferred to one reduce-scatter per group
        // where every per-point value they read is inside such a sum (scatter.rs), else each
        // step's value kept by its lane.
        let gathered = match self.deferral {
            Some(x) => x.inputs.clone(),
            None => self.gathered(em),
        };
        let gather = Gather {
            slots: match self.deferral {
                Some(_) => BTreeMap::new(),
                None => gathered
                    .iter()
                    .map(|&h| {
                        let n = em.plan.points(&rec.inputs[h].dims);
                        (h, em.alloca_points(n))
                    })
                    .collect(),
            },
            deferred: self
                .deferral
                .iter()
                .flat_map(|x| x.sums.iter())
                .map(|&s| (s, em.alloca_points(1).remove(0)))
                .collect(),
        };
        let mut scatters: Vec<Scatter> = gather.deferred.iter().map(|_| Scatter::new()).collect();
        let bits: Vec<String> = if self.deferral.is_none() {
            Vec::new()
        } else {
            let lane = em.lane.clone().expect("lanes");
            (0..g.trailing_zeros())
                .map(|k| {
                    let kc = em.i64c(i64::from(k));
                    let sh = em.bin_i("shrui", &lane, &kc);
                    let one = em.i64c(1);
                    let b = em.bin_i("andi", &sh, &one);
                    let zero = em.i64c(0);
                    em.op(format!("arith.cmpi ne, {b}, {zero} : i64"))
                })
                .collect()
        };
        // Its steps backwards. Which are inside the stretch, and which is the scan's last: one
        // 32-bit compare of the step's place with a count taken once per group (both at most
        // a stretch), not a 64-bit add and compare per step.
        let narrow = |em: &mut Em<'_>, v: String| em.op(format!("arith.trunci {v} : i64 to i32"));
        let inside_n = em.bin_i("subi", clen, kg);
        let inside_n = narrow(em, inside_n);
        let len = em.sizes[rec.scan.index()].clone();
        let last_q = {
            let lm1 = em.bin_i("subi", &len, &one);
            let first = em.bin_i("addi", t0, kg);
            let r = em.bin_i("subi", &lm1, &first);
            // Clamped into i32 (a stretch ends far from the scan's last step).
            let big = em.i64c(i64::from(i32::MAX));
            let r = em.op(format!("arith.minsi {r}, {big} : i64"));
            narrow(em, r)
        };
        for q in (0..g).rev() {
            let qc = em.i64c(q as i64);
            let j = em.bin_i("addi", kg, &qc);
            let q32 = em.text.i32(q as i32).to_string();
            let inside = em.op(format!("arith.cmpi slt, {q32}, {inside_n} : i32"));
            let is_last = em.op(format!("arith.cmpi eq, {q32}, {last_q} : i32"));
            let entries = match sources.get(q) {
                Some(src) if self.distribute => self.shuffled(em, &own, bwd_nodes, src),
                _ => Vec::new(),
            };
            let slot = slot_base.map(|b| {
                let c = em.i64c((g - 1 - q) as i64);
                em.bin_i("addi", b, &c)
            });
            let (prev, new) = if self.stateless {
                (Vec::new(), Vec::new())
            } else if q == 0 {
                (entering.clone(), states[0].clone())
            } else {
                (states[q - 1].clone(), states[q].clone())
            };
            // Steps past the stretch add nothing to the deferred sums.
            em.fill(
                &gather
                    .deferred
                    .iter()
                    .map(|d| d.1.clone())
                    .collect::<Vec<_>>(),
                0.0,
            );
            let mut err = None;
            let step = |em: &mut Em<'_>| {
                em.t = Some(em.bin_i("addi", t0, &j));
                em.push_scope(entries);
                em.bwd_values = Some((prev, new));
                if let Err(e) = self.step_back(em, slot.as_deref(), &gather, q, &is_last) {
                    err = Some(e);
                }
                em.bwd_values = None;
                em.pop_scope();
                em.t = None;
            };
            if whole {
                step(em);
            } else {
                em.region(format!("scf.if {inside}"), step);
            }
            if let Some(e) = err {
                return Err(e);
            }
            for ((_, slot), sc) in gather.deferred.iter().zip(&mut scatters) {
                let v = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                sc.push(em, v, &bits);
            }
        }
        // The gathered gradients: lane q writes step q of the group.
        if !gathered.is_empty() {
            let totals: Vec<(Handle<Expr>, String)> = gather
                .deferred
                .iter()
                .zip(scatters)
                .map(|((s, _), sc)| (*s, sc.finish()))
                .collect();
            let lane = em.lane.clone().expect("lanes");
            let j = em.bin_i("addi", kg, &lane);
            let inside = em.op(format!("arith.cmpi slt, {j}, {clen} : i64"));
            let valid = em.valid.clone();
            let writes = em.op(format!("arith.andi {valid}, {inside} : i1"));
            let len = em.sizes[rec.scan.index()].clone();
            let mut err = None;
            em.region(format!("scf.if {writes}"), |em| {
                let t = em.bin_i("addi", t0, &j);
                let saved = em.t.replace(t.clone());
                if self.deferral.is_some() {
                    em.note(false, "the gradients of this lane's own step");
                    em.push_totals(own.clone(), &totals);
                }
                for &h in &gathered {
                    let i = &rec.inputs[h];
                    let route = self.routes[h.index()].1;
                    for (p, bind) in em.points(&i.dims).into_iter().enumerate() {
                        let v = match gather.slots.get(&h) {
                            Some(slots) => {
                                em.op(format!("llvm.load {} : !llvm.ptr -> f32", slots[p]))
                            }
                            None => {
                                let ig = d
                                    .backward
                                    .input_grads
                                    .iter()
                                    .find(|ig| ig.input == h)
                                    .expect("a gathered gradient");
                                match ig.per_step {
                                    Some(x) => match em.share(x, &bind, self.seeded) {
                                        Ok(v) => v,
                                        Err(e) => {
                                            err.get_or_insert(e);
                                            em.fconst(0.0)
                                        }
                                    },
                                    None => em.fconst(0.0),
                                }
                            }
                        };
                        if i.dims.contains(&rec.scan) {
                            em.write_grad(i, route, p, &bind, &v, Some((&len, &t)));
                        } else {
                            let slot = self.acc[&h][p].clone();
                            em.add_to_slot(&slot, &v);
                        }
                    }
                }
                if self.deferral.is_some() {
                    em.pop_scope();
                }
                em.t = saved;
            });
            if let Some(e) = err {
                return Err(e);
            }
        }
        Ok(())
    }
}
