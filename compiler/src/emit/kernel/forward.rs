//! The forward kernels: the whole scan (sequential strategy), the chunked strategy's first
//! and last passes, and the decoding step — one function, [`emit`], whose kind picks the
//! parameters, the initial states and the loop; the scan loop stages tiles through shared
//! memory ([`super::stage`]) and issues several steps' reads together ([`super::lanes`]).

use super::block_rows::{ROW, forward_rows, row_bases};
use super::*;
use crate::emit::text::shared_global;

/// Emits the forward or step kernel of `d` for `target`.
pub fn emit(d: &Derived, plan: &KernelPlan, target: Target, kind: KernelKind) -> Kernel {
    emit_kernel(d, plan, target, kind, None)
}

/// As [`emit`]; a step kernel with `fold` computes that input from a projection at its start
/// instead of reading it ([`super::fold`]).
pub(super) fn emit_kernel(
    d: &Derived,
    plan: &KernelPlan,
    target: Target,
    kind: KernelKind,
    fold: Option<Handle<Input>>,
) -> Kernel {
    if matches!(
        kind,
        KernelKind::Forward | KernelKind::BlockScan | KernelKind::BlockScanAhead
    ) && plan.block.is_some()
    {
        // States spanning a summed dim take its points in turns.
        if let Some(turns) = super::block_points::point_loop(d, plan) {
            return super::block_points::emit_block_points(d, plan, target, turns, kind);
        }
        return super::block_scan::emit_block_scan(d, plan, target, kind);
    }
    debug_assert!(
        !matches!(kind, KernelKind::BlockScan | KernelKind::BlockScanAhead),
        "a block scan's plan has one"
    );
    let rec = &d.rec;
    let plan = target_plan(plan, target);
    let threads = plan.threads;
    let name = match fold {
        Some(i) => super::fold::fold_kernel_name(rec, kind, i),
        None => format!("{}_{}", rec.name, kind.suffix()),
    };
    let mut em = Em::new(d, &plan, target);
    em.dependent_launch = kind.dependent_launch();

    // Parameters.
    em.input_params();
    let writes_outputs = matches!(
        kind,
        KernelKind::Forward | KernelKind::Step | KernelKind::StepBatch | KernelKind::ChunkApply
    );
    for (h, o) in rec.outputs.iter() {
        if !writes_outputs || (kind.is_step() && o.kind == OutputKind::Final) {
            continue;
        }
        em.ptr_param(Param::Output(h), format!("out_{}", o.name));
    }
    for (h, s) in rec.states.iter() {
        let wanted: Vec<(Param, String)> = match kind {
            KernelKind::Step | KernelKind::StepBatch if shared_state(&plan, s) => vec![
                (Param::State(h), format!("state_{}", s.name)),
                (Param::StateNext(h), format!("next_{}", s.name)),
            ],
            KernelKind::Step | KernelKind::StepBatch => {
                vec![(Param::State(h), format!("state_{}", s.name))]
            }
            KernelKind::Forward => vec![(Param::Checkpoint(h), format!("ckpt_{}", s.name))],
            KernelKind::ChunkReduce => vec![
                (Param::AggA(h), format!("agga_{}", s.name)),
                (Param::AggB(h), format!("aggb_{}", s.name)),
            ],
            KernelKind::ChunkApply => vec![
                (Param::Carry(h), format!("carry_{}", s.name)),
                (Param::Checkpoint(h), format!("ckpt_{}", s.name)),
            ],
            KernelKind::ChunkCarry
            | KernelKind::StepCommit
            | KernelKind::BlockScan
            | KernelKind::BlockScanAhead
            | KernelKind::Backward
            | KernelKind::BackwardSum
            | KernelKind::BackwardCarry
            | KernelKind::BackwardSegment
            | KernelKind::Reduce => {
                unreachable!("emitted elsewhere")
            }
        };
        for (p, n) in wanted {
            em.ptr_param(p, n);
        }
    }
    let outer_total = em.size_params(kind.is_step());
    if let Some(i) = fold {
        em.fold_params(i);
    }
    em.slots = em.state_slots();
    em.prev_slots = em.slots.clone();
    em.new_slots = em.slots.clone();
    if kind == KernelKind::ChunkReduce {
        em.agg_a = Some(em.coef_slots());
    }

    // Shared memory for staged tensors.
    let mut groups = 0;
    if matches!(
        kind,
        KernelKind::Forward | KernelKind::ChunkReduce | KernelKind::ChunkApply
    ) {
        for &i in &plan.staged_inputs {
            em.staged_in_base.insert(i, groups);
            groups += plan.points(&rec.inputs[i].dims);
        }
        if kind != KernelKind::ChunkReduce {
            for &o in &plan.staged_outputs {
                em.staged_out_base.insert(o, groups);
                groups += plan.points(&rec.outputs[o].dims);
            }
        }
    }
    let shared_floats = groups * threads * (plan.tile + 1);
    let mut globals = String::new();
    if groups > 0 {
        let n = groups * threads;
        em.rows = match target {
            Target::Gpu => {
                globals.push_str(&shared_global(&format!("rows_{name}"), n, "i64"));
                em.entry_op(format!("llvm.mlir.addressof @rows_{name} : !llvm.ptr<3>"))
            }
            Target::Host => {
                let c = em.i64c(n as i64);
                em.entry_op(format!("llvm.alloca {c} x i64 : (i64) -> !llvm.ptr"))
            }
        };
    }
    if shared_floats > 0 {
        em.smem = match target {
            Target::Gpu => {
                globals.push_str(&shared_global(
                    &format!("smem_{name}"),
                    shared_floats,
                    "f32",
                ));
                em.entry_op(format!("llvm.mlir.addressof @smem_{name} : !llvm.ptr<3>"))
            }
            Target::Host => {
                let n = em.i64c(shared_floats as i64);
                em.entry_op(format!("llvm.alloca {n} x f32 : (i64) -> !llvm.ptr"))
            }
        };
    }

    let chunked = matches!(kind, KernelKind::ChunkReduce | KernelKind::ChunkApply);
    let len = em.sizes[rec.scan.index()].clone();
    let n_chunks = {
        let c = em.i64c(em.plan.chunk as i64 - 1);
        let padded = em.entry_op(format!("arith.addi {len}, {c} : i64"));
        let ch = em.i64c(em.plan.chunk as i64);
        em.entry_op(format!("arith.divui {padded}, {ch} : i64"))
    };
    // Inputs every thread of a block reads alike, staged per tile (blocks along one dim).
    let rows = match kind {
        KernelKind::Forward | KernelKind::ChunkReduce | KernelKind::ChunkApply => {
            forward_rows(d, &plan, target, kind != KernelKind::ChunkReduce)
        }
        _ => None,
    };
    let (head, host_loop) = match &rows {
        Some((along, _)) => {
            let (head, host_loop, _) = em.open_grid_along(&outer_total, *along, chunked);
            (head, host_loop)
        }
        None if chunked => em.open_grid_chunks(&outer_total, Some(&n_chunks)),
        None => em.open_grid(&outer_total),
    };
    let rows: Vec<(Handle<Input>, String, usize)> = rows
        .map(|(_, rows)| rows)
        .unwrap_or_default()
        .into_iter()
        .map(|(h, points)| {
            let base =
                em.shared_array(&format!("rows_{name}_{}", rec.inputs[h].name), points * ROW);
            (h, base, points)
        })
        .collect();
    em.block_rows = row_bases(&rows);
    em.forward_rows = rows;
    if groups > 0 {
        fill_row_table(&mut em);
    }
    match kind {
        KernelKind::Forward | KernelKind::Step | KernelKind::StepBatch => {
            em.load_initial_states(kind.is_step())
        }
        KernelKind::ChunkReduce => {
            // Each state's identity map: (1, 0), over (max, +) (0, -inf).
            for (dec, b) in d.decompositions.iter().zip(em.slots.clone()) {
                em.fill(&b, dec.semiring.combine().identity.1);
            }
            // (A coupled group's: the identity matrix.)
            for (dec, a) in d
                .decompositions
                .iter()
                .zip(em.agg_a.clone().expect("set above"))
            {
                let group = d.group_of(dec.state);
                let (k, me) = (group.len(), group.iter().position(|&x| x == dec.state));
                let (one, zero) = dec.semiring.combine().identity;
                for (q, slot) in a.iter().enumerate() {
                    let v = if Some(q % k) == me { one } else { zero };
                    em.fill(std::slice::from_ref(slot), v);
                }
            }
        }
        KernelKind::ChunkApply => {
            let c = em.chunk.clone().expect("chunked grid");
            for (sh, s) in rec.states.iter() {
                let points = plan.points(&s.dims);
                for p in 0..points {
                    let ptr = em.param(&format!("carry_{}", s.name));
                    let off = em.scratch_offset(&c, &s.dims, points, p);
                    let v = em.load(&ptr, &off, DType::F32);
                    let slot = em.slots[sh.index()][p].clone();
                    em.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
                }
            }
        }
        _ => unreachable!("emitted elsewhere"),
    }
    let (begin, end) = if chunked {
        let c = em.chunk.clone().expect("chunked grid");
        let ch = em.i64c(em.plan.chunk as i64);
        let begin = em.bin_i("muli", &c, &ch);
        let e = em.bin_i("addi", &begin, &ch);
        let end = em.op(format!("arith.minsi {e}, {len} : i64"));
        (begin, end)
    } else {
        (em.i64c(0), len.clone())
    };
    if kind == KernelKind::ChunkReduce {
        forward_loop(&mut em, &begin, &end);
        let valid = em.valid.clone();
        let c = em.chunk.clone().expect("chunked grid");
        em.region(format!("scf.if {valid}"), |em| {
            for (sh, s) in rec.states.iter() {
                let points = em.plan.points(&s.dims);
                let k = d.group_of(sh).len();
                for p in 0..points {
                    let off = em.scratch_offset(&c, &s.dims, points, p);
                    // The coefficients (a coupled state's row of its group's matrix), then
                    // the constant.
                    for q in 0..k {
                        let off = match k {
                            1 => off.clone(),
                            _ => em.scratch_offset(&c, &s.dims, points * k, p * k + q),
                        };
                        let a = em.agg_a.as_ref().expect("set")[sh.index()][p * k + q].clone();
                        let v = em.op(format!("llvm.load {a} : !llvm.ptr -> f32"));
                        let ptr = em.param(&format!("agga_{}", s.name));
                        em.store(&v, &ptr, &off, DType::F32);
                    }
                    let b = em.slots[sh.index()][p].clone();
                    let v = em.op(format!("llvm.load {b} : !llvm.ptr -> f32"));
                    let ptr = em.param(&format!("aggb_{}", s.name));
                    em.store(&v, &ptr, &off, DType::F32);
                }
            }
        });
    }

    match kind {
        KernelKind::ChunkReduce => {}
        KernelKind::Forward | KernelKind::ChunkApply => {
            forward_loop(&mut em, &begin, &end);
            // Final outputs: the state after the last step (written by the last chunk).
            em.t = None;
            let mut write = em.valid.clone();
            if kind == KernelKind::ChunkApply {
                let c = em.chunk.clone().expect("chunked grid");
                let one = em.i64c(1);
                let last = em.bin_i("subi", &n_chunks, &one);
                let is_last = em.op(format!("arith.cmpi eq, {c}, {last} : i64"));
                write = em.op(format!("arith.andi {write}, {is_last} : i1"));
            }
            em.write_final_outputs(&write);
        }
        KernelKind::Backward
        | KernelKind::BackwardSum
        | KernelKind::BackwardCarry
        | KernelKind::BackwardSegment
        | KernelKind::Reduce
        | KernelKind::ChunkCarry
        | KernelKind::BlockScan
        | KernelKind::BlockScanAhead
        | KernelKind::StepCommit => {
            unreachable!("emitted by their own functions")
        }
        KernelKind::Step | KernelKind::StepBatch => {
            let zero = em.i64c(0);
            em.t = Some(zero);
            em.position_from_state = true;
            em.scopes.push(Vec::new());
            if let Some(i) = fold {
                let v = em.fold_value(i);
                em.folded = Some((i, v));
            }
            step_body(&mut em);
            // Write the state back: in place, or (held alike by several threads) to its
            // workspace for the commit kernel.
            let valid = em.valid.clone();
            em.region(format!("scf.if {valid}"), |em| {
                for (sh, s) in rec.states.iter() {
                    let (to, dtype) = if shared_state(em.plan, s) {
                        ("next", DType::F32)
                    } else {
                        ("state", s.dtype)
                    };
                    for (p, bind) in em.points(&s.dims).into_iter().enumerate() {
                        let slot = em.slots[sh.index()][p].clone();
                        let v = em.op(format!("llvm.load {slot} : !llvm.ptr -> f32"));
                        let red: Vec<(Handle<Dim>, Ix)> =
                            bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                        let ptr = em.param(&format!("{to}_{}", s.name));
                        let off = em.offset(&s.dims, &red, false);
                        em.store(&v, &ptr, &off, dtype);
                    }
                }
            });
        }
    }
    let func = em.assemble(&name, &head, &host_loop);
    let row_bytes: usize = em.forward_rows.iter().map(|r| r.2 * ROW * 4).sum();
    globals.push_str(&em.globals);
    Kernel {
        name,
        kind,
        params: em.sig_params.clone(),
        globals,
        func,
        threads,
        shared_bytes: shared_floats * 4 + groups * threads * 8 + row_bytes,
        lanes: plan.lanes,
        cluster: 1,
        atomics: false,
    }
}

/// The forward scan: tiles of `tile` steps; staged inputs are loaded into shared memory
/// (consecutive threads reading consecutive steps of one row), the steps run from registers
/// and shared memory, and staged outputs are written back the same way.
pub(super) fn forward_loop(em: &mut Em<'_>, begin: &str, end: &str) {
    let rec = em.rec;
    let plan = em.plan.clone();
    let len = end.to_string();
    let tile = em.i64c(plan.tile as i64);
    em.range_end = Some(len.clone());
    let staged: Vec<(Handle<Input>, usize)> = em
        .staged_in_base
        .iter()
        .map(|(&i, &b)| (i, b))
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_iter()
        .collect();
    let read = |input: Handle<Input>| {
        move |em: &mut Em<'_>, off: &str, _: &str| {
            let i = &em.rec.inputs[input];
            let ptr = em.param(&format!("in_{}", i.name));
            Some(em.load(&ptr, off, i.dtype))
        }
    };
    let write = |em: &mut Em<'_>, _: &str, sh_off: &str, v: String| {
        let smem = em.smem.clone();
        em.store(&v, &smem, sh_off, DType::F32);
    };
    // Software pipelining: when every staged input's tile is one batch, the next tile is read
    // into registers before this tile's steps run and written to shared memory after them, so
    // global-memory latency overlaps the scan.
    // Prefetched values stay in registers during the tile's steps: only when they are few
    // ([`PREFETCH_MAX`]; measured: first_order's 64 values per thread halve its time).
    let prefetched: usize = staged
        .iter()
        .map(|(i, _)| plan.points(&rec.inputs[*i].dims) * plan.tile)
        .sum();
    let prefetch = !staged.is_empty()
        && prefetched <= PREFETCH_MAX
        && staged
            .iter()
            .all(|(i, _)| one_batch(&plan, &rec.inputs[*i].dims));
    if prefetch {
        let zero = em.i64c(0);
        for &(i, base) in &staged {
            let name = &rec.inputs[i].name;
            em.note(
                false,
                &format!("staged load of `{name}`'s first tile: read, then shared memory"),
            );
            let p = stage_issue(em, begin, base, &rec.inputs[i].dims, &zero, &read(i), true);
            stage_commit(em, p, &write);
            em.note(false, &format!("end staged load of `{name}`"));
        }
        em.barrier();
    }
    em.for_i64(begin, &len, &tile, |em, t0| {
        if !em.forward_rows.is_empty() {
            let rows = em.forward_rows.clone();
            em.stage_block_rows(&rows, &t0, plan.tile);
            em.block_t0 = Some(t0.clone());
        }
        if em.agg_a.is_none() && checkpoints_at_tiles(em.plan) {
            em.t = Some(t0.clone());
            save_checkpoint(em);
            em.t = None;
        }
        let rem = em.bin_i("subi", &len, &t0);
        let tile = em.i64c(plan.tile as i64);
        let kk = em.op(format!("arith.minsi {rem}, {tile} : i64"));
        let mut next = Vec::new();
        if prefetch {
            let zero = em.i64c(0);
            let t1 = em.bin_i("addi", &t0, &tile);
            for &(i, base) in &staged {
                let p = stage_issue(em, &t1, base, &rec.inputs[i].dims, &zero, &read(i), true);
                let values = p
                    .into_iter()
                    .map(|x| x.3.expect("reads yield values"))
                    .collect();
                next.push((base, values));
            }
        } else {
            for &(i, base) in &staged {
                stage(em, &t0, base, &rec.inputs[i].dims, read(i), write, true);
            }
            if !staged.is_empty() {
                em.barrier();
            }
        }
        let zero = em.i64c(0);
        let one = em.i64c(1);
        let step = |em: &mut Em<'_>, k: String, preloaded: Vec<(MemoKey, String)>| {
            let t = em.bin_i("addi", &t0, &k);
            em.t = Some(t);
            em.k = Some(k);
            em.push_scope(preloaded);
            if em.agg_a.is_none() && !checkpoints_at_tiles(em.plan) {
                save_checkpoint(em);
            }
            step_body(em);
            em.pop_scope();
            em.k = None;
            em.t = None;
        };
        let u = plan.unroll;
        if u > 1 {
            // Groups of `u` steps: every group's reads first (all in flight together), then
            // its steps; the steps of a tile past the last whole group run one by one.
            let uc = em.i64c(u as i64);
            let groups = em.bin_i("divui", &kk, &uc);
            em.for_i64(&zero, &groups, &one, |em, g| {
                let k0 = em.bin_i("muli", &g, &uc);
                let ks: Vec<String> = (0..u)
                    .map(|j| {
                        let jc = em.i64c(j as i64);
                        em.bin_i("addi", &k0, &jc)
                    })
                    .collect();
                if em.plan.lanes > 1 && u % em.plan.lanes == 0 {
                    distributed_group(em, &t0, &k0, &ks);
                    return;
                }
                let loads: Vec<Vec<(MemoKey, String)>> =
                    ks.iter().map(|k| preload_step(em, &t0, k, false)).collect();
                for (k, pre) in ks.into_iter().zip(loads) {
                    step(em, k, pre);
                }
            });
            let rest = em.bin_i("muli", &groups, &uc);
            em.for_i64(&rest, &kk, &one, |em, k| step(em, k, Vec::new()));
        } else {
            em.for_i64(&zero, &kk, &one, |em, k| step(em, k, Vec::new()));
        }
        let outs: Vec<(Handle<Output>, usize)> = em
            .staged_out_base
            .iter()
            .map(|(&o, &b)| (o, b))
            .collect::<std::collections::BTreeMap<_, _>>()
            .into_iter()
            .collect();
        // Everyone is done with this tile's rows: write outputs out, the next inputs in.
        if !outs.is_empty() || prefetch {
            em.barrier();
        }
        for (base, values) in next {
            prefetch_commit(em, base, values);
        }
        if !outs.is_empty() {
            for (o, base) in &outs {
                let out = &rec.outputs[*o];
                stage(
                    em,
                    &t0,
                    *base,
                    &out.dims,
                    |em, _, sh_off| {
                        let smem = em.smem.clone();
                        Some(em.load(&smem, sh_off, DType::F32))
                    },
                    |em, off, _, v| {
                        let ptr = em.param(&format!("out_{}", out.name));
                        em.store(&v, &ptr, off, out.dtype);
                    },
                    false,
                );
            }
        }
        if !staged.is_empty() || !outs.is_empty() {
            em.barrier();
        }
    });
}

impl Em<'_> {
    /// Writes every final output (the state after the last step) where `write` holds: the
    /// values first, by every thread (sums over lanes shuffle), then the stores.
    pub(super) fn write_final_outputs(&mut self, write: &str) {
        let rec = self.rec;
        for (_, out) in rec.outputs.iter() {
            if out.kind != OutputKind::Final {
                continue;
            }
            let values: Vec<_> = self
                .points(&out.dims)
                .into_iter()
                .map(|bind| (self.expr(out.value, &bind), bind))
                .collect();
            self.region(format!("scf.if {write}"), |em| {
                for (v, bind) in values {
                    let red: Vec<(Handle<Dim>, Ix)> =
                        bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                    let ptr = em.param(&format!("out_{}", out.name));
                    let off = em.offset(&out.dims, &red, false);
                    em.store(&v, &ptr, &off, out.dtype);
                }
            });
        }
    }

    /// Loads the initial value of every state into its slots (forward: the init input or
    /// constant; step: the state buffer).
    pub(super) fn load_initial_states(&mut self, from_state_params: bool) {
        let rec = self.rec;
        for (sh, s) in rec.states.iter() {
            for (p, bind) in self.points(&s.dims).into_iter().enumerate() {
                let slot = self.slots[sh.index()][p].clone();
                let red: Vec<(Handle<Dim>, Ix)> =
                    bind.iter().map(|&(d, v)| (d, Ix::Const(v))).collect();
                let v = if from_state_params {
                    let ptr = self.param(&format!("state_{}", s.name));
                    let off = self.offset(&s.dims, &red, false);
                    self.load(&ptr, &off, s.dtype)
                } else {
                    self.initial_value(s, &red)
                };
                self.line(format!("llvm.store {v}, {slot} : f32, !llvm.ptr"));
            }
        }
    }

    /// A state's initial value at a reduced point: its constant, or its init input (zero when
    /// an optional one is absent).
    pub(super) fn initial_value(&mut self, s: &State, red: &[(Handle<Dim>, Ix)]) -> String {
        let rec = self.rec;
        match &s.init {
            StateInit::Const(c) => self.fconst(*c),
            StateInit::Input(i) => {
                let input = &rec.inputs[*i];
                let ptr = self.param(&format!("in_{}", input.name));
                let off = self.offset(&input.dims, red, false);
                if !input.optional {
                    return self.load(&ptr, &off, input.dtype);
                }
                let null = self.op("llvm.mlir.zero : !llvm.ptr".into());
                let given = self.op(format!("llvm.icmp \"ne\" {ptr}, {null} : !llvm.ptr"));
                let v = self.fresh();
                self.line(format!("{v} = scf.if {given} -> (f32) {{"));
                self.text.indent += 1;
                let x = self.load(&ptr, &off, input.dtype);
                self.line(format!("scf.yield {x} : f32"));
                self.text.indent -= 1;
                self.line("} else {".into());
                let z = self.fconst(0.0);
                self.text.indent += 1;
                self.line(format!("scf.yield {z} : f32"));
                self.text.indent -= 1;
                self.line("}".into());
                v
            }
        }
    }
}
