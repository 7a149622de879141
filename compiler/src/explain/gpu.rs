//! `explain`'s GPU side: the thread mapping of the forward and backward kernels under a plan,
//! and the strategy the cost model picks.

use std::fmt::Write;

use crate::derive::Derived;
use crate::ir::{Dim, Handle};

/// The GPU side: how threads map onto the recurrence (the plan with `overrides`, as `compile`
/// with the same flags builds it), and which strategy the cost model picks (for `shape` when
/// given, else the rule it applies per call).
pub fn explain_strategy(
    d: &Derived,
    fixed: &std::collections::BTreeMap<String, usize>,
    shape: &std::collections::BTreeMap<String, usize>,
    request: crate::strategy::Request,
    overrides: &crate::emit::plan::PlanOverrides,
) -> String {
    use crate::emit::plan::KernelPlan;
    use crate::strategy::{self, Device, THREADS, TILE};
    let r = &d.rec;
    // A chain of scans runs sequentially, whatever was asked (`linrec compile` refuses a
    // forced chunked or block strategy for it).
    let chain = d
        .chained()
        .then(|| crate::strategy::chain_choice(crate::strategy::Request::Sequential))
        .flatten();
    let request = chain.as_ref().map_or(request, |c| c.0);
    let mut out = String::new();
    out.push_str("\nGPU kernels\n");
    let plan_of = |d: &Derived| {
        KernelPlan::new(d, fixed, THREADS as usize, TILE as usize).and_then(|p| overrides.apply(p))
    };
    let whole = plan_of(d);
    match crate::emit::staged::split_of(d, overrides, &whole, |p| plan_of(p).is_ok()) {
        Err(e) => {
            let _ = writeln!(out, "  {e}");
            return out;
        }
        Ok(Some(split)) => {
            let plans: Vec<Option<KernelPlan>> =
                split.parts.iter().map(|(_, p)| plan_of(p).ok()).collect();
            out.push_str(&explain_split(&split, &plans));
            let scan_only = crate::emit::plan::PlanOverrides {
                split: Some(false),
                ..*overrides
            };
            let rest = explain_strategy(split.scan(), fixed, shape, request, &scan_only);
            out.push_str(rest.trim_start_matches("\nGPU kernels\n"));
            return out;
        }
        Ok(None) => {}
    }
    let plan = match whole {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(out, "  {e}");
            return out;
        }
    };
    let names = |v: Vec<Handle<Dim>>| {
        let n: Vec<&str> = v.iter().map(|&x| r.dims[x].name.as_str()).collect();
        format!("[{}]", n.join(", "))
    };
    let scan = &r.dims[r.scan].name;
    if let Some(b) = plan.block {
        let _ = writeln!(
            out,
            "  sequential forward: a block scan, one block of {} threads per point of {}: each thread takes {} consecutive steps of a {}-step tile of {scan} and composes their maps with the combine operator, the block scans the maps (warp shuffles, then across warps through shared memory), and each thread re-runs its steps from the state entering them; sequences with {scan} innermost are read and written {} steps per vector access where rows and pointers are aligned",
            b.threads,
            names(plan.outer.clone()),
            b.steps,
            b.threads * b.steps,
            b.steps,
        );
        if let Some((dim, points, per_turn)) = plan.point_turns(d) {
            let _ = writeln!(
                out,
                "  the block scan takes the {points} points of {} {per_turn} at a time: a thread holds the maps of its steps at those points only (each step's decay computed once, kept for the re-run), what the points share (the inputs without {}) is read and computed once per tile, and the outputs' sums over {} add up across the turns",
                r.dims[dim].name, r.dims[dim].name, r.dims[dim].name,
            );
        }
        let _ = writeln!(
            out,
            "  chunked passes and the decoding step: one thread per point of {}",
            names(plan.outer.clone()),
        );
    } else {
        let _ = writeln!(
            out,
            "  {} per point of {}; it walks {scan} sequentially",
            if plan.lanes > 1 {
                format!("{} threads (lanes)", plan.lanes)
            } else {
                "one thread".to_string()
            },
            names(plan.outer.clone()),
        );
    }
    for &(dim, size) in &plan.reduced {
        let _ = writeln!(
            out,
            "  {} is summed over: fixed at compile time to {size}, its points kept in registers",
            r.dims[dim].name
        );
    }
    if let Some(dim) = plan.split_dim() {
        let _ = writeln!(
            out,
            "  {} lanes per point: each thread keeps every {}th point of {} ({} of {}); sums over it finish with warp shuffles; values the same for every lane are computed by one lane per step and shared by shuffles",
            plan.lanes,
            plan.lanes,
            r.dims[dim].name,
            plan.local_size(dim).unwrap_or(0),
            plan.reduced_size(dim).unwrap_or(0)
        );
    }
    if plan.unroll > 1 {
        let loads = plan.per_step_loads();
        let _ = writeln!(
            out,
            "  reads of {} steps issued together ({loads} value{} a step from inputs not staged)",
            plan.unroll,
            if loads == 1 { "" } else { "s" }
        );
    } else if plan.step_cost() > crate::emit::plan::STEP_CODE_MAX / 2 {
        let _ = writeln!(
            out,
            "  one step at a time: a step evaluates {} node-points (its nodes times their summed points), so two would pass the {} an unrolled body may hold; unrolling would grow the code, not the loads in flight",
            plan.step_cost(),
            crate::emit::plan::STEP_CODE_MAX
        );
    }
    let staged: Vec<&str> = plan
        .staged_inputs
        .iter()
        .map(|&i| r.inputs[i].name.as_str())
        .collect();
    let rows: Vec<&str> = plan
        .rows
        .iter()
        .map(|&(row, _)| match row {
            crate::emit::plan::Row::Input(i) => r.inputs[i].name.as_str(),
            crate::emit::plan::Row::Output(o) => r.outputs[o].name.as_str(),
        })
        .collect();
    if plan.lanes > 1 && !rows.is_empty() {
        let _ = writeln!(
            out,
            "  nothing staged through shared memory: the {} lanes of a point read and write {} consecutive steps of {} together (coalesced along {})",
            plan.lanes,
            plan.lanes,
            rows.join(", "),
            r.dims[r.scan].name,
        );
    } else {
        let _ = writeln!(
            out,
            "  staged through shared memory{}, {} steps per tile (coalesced along {}): {}",
            if plan.block.is_some() {
                " by the chunked passes"
            } else {
                ""
            },
            plan.tile,
            r.dims[r.scan].name,
            if staged.is_empty() {
                "nothing".to_string()
            } else {
                staged.join(", ")
            }
        );
    }
    match plan.block_alt {
        _ if d.chained() => {
            let _ = writeln!(
                out,
                "  strategies: sequential only (a chain of scans: no chunk can fold its steps before the states it reads are known)"
            );
        }
        Some(b) => {
            let _ = writeln!(
                out,
                "  strategies: sequential (one pass), block (one block of {threads} threads per scan, {steps} steps a thread, the points of {dim} taken {per_turn} at a time; chosen where the sequential one leaves the GPU under-filled and the scan is not longer than the table's block_max_len nor its scans × steps more than block_max_work, and a scan shorter than one tile only for at most the table's block_short_max_outer scans, {unaligned} where it is not a multiple of a thread's steps), or chunked ({chunk}-step chunks: aggregates, carry scan, re-run)",
                threads = b.threads,
                steps = b.steps,
                dim = plan
                    .point_turns(d)
                    .map_or(String::new(), |(dim, _, _)| r.dims[dim].name.clone()),
                per_turn = plan
                    .point_turns(d)
                    .map_or(b.turn_points, |(_, _, per_turn)| per_turn),
                unaligned = crate::strategy::UNALIGNED_SHORT_MAX_OUTER,
                chunk = plan.chunk
            );
            if plan.block_ahead(r) {
                let _ = writeln!(
                    out,
                    "  the block scan also comes prefetching each turn's reads a turn ahead (fwd_block_ahead), taken for scans of at least {} tiles ({} steps), and then also past block_max_len where the scans' blocks fill the GPU",
                    crate::strategy::AHEAD_MIN_TILES,
                    crate::strategy::ahead_min_len(b.threads as u64, b.steps as u64)
                );
            }
        }
        None => {
            let _ = writeln!(
                out,
                "  strategies: sequential (one pass), or chunked ({}-step chunks: aggregates, carry scan, re-run)",
                plan.chunk
            );
        }
    }
    let shared: Vec<&str> = r
        .states
        .iter()
        .filter(|(_, s)| crate::emit::kernel::shared_state(&plan, s))
        .map(|(_, s)| s.name.as_str())
        .collect();
    if !shared.is_empty() {
        let _ = writeln!(
            out,
            "  decoding step: {} lack{} a dim the threads run over, so the step writes the new value to a workspace and a second launch (step_commit) copies it in",
            shared.join(", "),
            if shared.len() == 1 { "s" } else { "" }
        );
    }
    let _ = writeln!(
        out,
        "  decoding step: its kernel waits at entry for the kernel before it, so the runtime launches it while that one drains (Hopper's dependent launch; grids of at most {} blocks an SM); the whole-sequence kernels are launched plainly",
        crate::emit::DEPENDENT_BLOCKS_PER_SM
    );
    if let Some(batch) = crate::emit::kernel::batch_step_plan(&plan) {
        let _ = writeln!(
            out,
            "  decoding step for many sequences (step_batch): {} lanes a point of {} instead of {}, each thread carrying more of the {} points; for where the step's threads ({} a point) would fill half the GPU's resident threads or more (Mamba-130m's decode at 32 sequences: +8% in f32, +10% in bf16 on an H100; the runtime takes it there)",
            batch.lanes,
            names(plan.outer.clone()),
            plan.lanes,
            plan.reduced.first().map_or(0, |&(_, n)| n),
            plan.lanes,
        );
    }
    let s = plan.cost_shape(r, |n| shape.get(n).or(fixed.get(n)).copied());
    let choice = match chain {
        Some((_, c)) => c,
        None => strategy::choose(request, s, Device::default()),
    };
    let _ = writeln!(out, "  chosen: {}", choice.reason);
    let (table, cal) = strategy::calibration::for_gpu("");
    let m = cal.model;
    let _ = writeln!(
        out,
        "  cost model: calibration table `{table}` (compiler/calibration/{table}.json, {}; the runtime takes its GPU's table): the GPU is filled by occupancy / {} threads, each weighing (its state points)^({}/4), or occupancy / {} threads where the scan axis is not innermost; chunked from {} steps ({} not innermost)",
        cal.gpu,
        m.fill_divisor,
        m.points_exponent_quarters,
        m.fill_divisor_strided,
        m.min_chunks * u64::from(strategy::CHUNK),
        m.min_chunks_strided * u64::from(strategy::CHUNK)
    );
    explain_backward(&mut out, d, &plan, fixed, shape, request);
    out
}

/// The backward's thread mapping and, at a complete shape, its strategy and memory.
/// The parts of a split recurrence: what each computes and passes on, how its threads map,
/// and how the backward runs them.
fn explain_split(
    split: &crate::derive::split::Split,
    plans: &[Option<crate::emit::plan::KernelPlan>],
) -> String {
    use crate::derive::split::{Holds, Part};
    let mut out = String::from(
        "  split: the recurrence runs as parts, each derived and emitted like a recurrence of its own, the tensors between them in workspaces\n",
    );
    let list = |from: Part, pick: &dyn Fn(&Holds) -> bool| -> Vec<String> {
        split
            .between
            .iter()
            .filter(|b| b.from == from && pick(&b.holds))
            .map(|b| format!("{}[{}]", b.name, b.dims.join(", ")))
            .collect()
    };
    for ((part, d), plan) in split.parts.iter().zip(plans) {
        let r = &d.rec;
        let mapping = plan.as_ref().map_or(String::new(), |p| {
            let outer: Vec<&str> = p.outer.iter().map(|&x| r.dims[x].name.as_str()).collect();
            let summed: Vec<String> = p
                .reduced
                .iter()
                .map(|&(x, n)| format!("{}={n}", r.dims[x].name))
                .collect();
            format!(
                "one thread per point of [{}]{}",
                outer.join(", "),
                if summed.is_empty() {
                    String::new()
                } else {
                    format!(", {} summed in registers", summed.join(", "))
                }
            )
        });
        // `v` listed between `lead` and `tail`, or nothing where it is empty.
        let said = |v: &[String], lead: &str, tail: &str| {
            if v.is_empty() {
                String::new()
            } else {
                format!("{lead}{}{tail}", v.join(", "))
            }
        };
        let _ = match part {
            Part::Pre => {
                let sums = list(Part::Pre, &|h| *h == Holds::Sum);
                let copies = list(Part::Pre, &|h| matches!(h, Holds::Copy(_)));
                let sep = if sums.is_empty() { "" } else { "; " };
                writeln!(
                    out,
                    "  pre-pass `{}` (no state; {mapping}): {}{}",
                    r.name,
                    said(
                        &sums,
                        "the sums that read no state, over a dim no state has, at every step: ",
                        ""
                    ),
                    said(
                        &copies,
                        &format!("{sep}copies of the inputs later parts read too, "),
                        " (its derived backward sums their gradients)"
                    ),
                )
            }
            Part::Scan => {
                let seqs = list(Part::Scan, &|h| matches!(h, Holds::States(_)));
                writeln!(
                    out,
                    "  the scan `{}`{}: below",
                    r.name,
                    said(
                        &seqs,
                        ", which also writes its states at every step for the post-pass, ",
                        ""
                    )
                )
            }
            Part::Post => {
                let outs: Vec<&str> = r.outputs.iter().map(|(_, o)| o.name.as_str()).collect();
                writeln!(
                    out,
                    "  post-pass `{}` (no state; {mapping}): the outputs that sum a state over one of its dims, {}, from the states' sequences",
                    r.name,
                    outs.join(", ")
                )
            }
        };
    }
    out.push_str("  the backward runs the forwards of the parts before the last again (for what they pass on), then each part's backward, the last part's first\n  the scan:\n");
    out
}

fn explain_backward(
    out: &mut String,
    d: &Derived,
    plan: &crate::emit::plan::KernelPlan,
    fixed: &std::collections::BTreeMap<String, usize>,
    shape: &std::collections::BTreeMap<String, usize>,
    request: crate::strategy::Request,
) {
    use crate::emit::kernel::{GradRoute, backward_gpu_plan, backward_routes, backward_sharing};
    use crate::emit::plan::BackwardWalk;
    use crate::emit::program::{BackwardMappings, programs};
    use crate::manifest::{Buffer, Program};
    use crate::strategy::{self, Device, Request};
    let r = &d.rec;
    let bplan = backward_gpu_plan(d, plan, BackwardWalk::Whole);
    let splan = backward_gpu_plan(d, plan, BackwardWalk::Segments);
    let (routes, along) = backward_routes(d, plan);
    let names = |dims: &[Handle<Dim>]| {
        dims.iter()
            .map(|&x| r.dims[x].name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push_str("\nbackward\n");
    let _ = writeln!(
        out,
        "  {} lane{} per point of [{}], blocks of {} threads; it recomputes the states from those saved every {} steps, a group of steps at a time into registers, and walks them back",
        bplan.lanes,
        if bplan.lanes == 1 { "" } else { "s" },
        names(&bplan.outer),
        bplan.threads,
        strategy::CHECKPOINT
    );
    let of = |route: GradRoute| -> Vec<&str> {
        routes
            .iter()
            .filter(|&&(_, x)| x == route)
            .map(|&(h, _)| r.inputs[h].name.as_str())
            .collect()
    };
    if let Some(g) = along {
        let cluster = crate::emit::kernel::backward_cluster(
            &bplan,
            &routes,
            crate::emit::kernel::Target::Gpu,
        );
        let across = if crate::emit::kernel::backward_atomics(&bplan, &routes) {
            "then added by every block into one sum per element with atomic adds (--backward-atomics: the order of the additions varies, so these gradients are not bitwise repeatable)".to_string()
        } else if cluster > 1 {
            format!(
                "then across the {cluster} blocks of a cluster through distributed shared memory in rank order (--backward-cluster), then across clusters in a fixed order"
            )
        } else {
            "then across blocks in a fixed order".to_string()
        };
        let (whole, segments) = (bplan.threads / bplan.lanes, splan.threads / splan.lanes);
        let _ = writeln!(
            out,
            "  gradients of {} (they lack {}) summed inside each block over its {} points of {}{}, {across}",
            of(GradRoute::Blocks).join(", "),
            r.dims[g].name,
            whole,
            r.dims[g].name,
            if segments == whole || d.chained() {
                String::new()
            } else {
                format!(" ({segments} in the segmented walk)")
            },
        );
    }
    let (staged, deferred) = backward_sharing(d, plan);
    let list = |hs: &[Handle<crate::ir::Input>]| {
        hs.iter()
            .map(|&h| r.inputs[h].name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !staged.is_empty() {
        let _ = writeln!(
            out,
            "  {} (the same for every thread of a block) copied into shared memory once per {}-step stretch and read from there",
            list(&staged),
            strategy::CHECKPOINT
        );
    }
    if !deferred.is_empty() {
        let _ = writeln!(
            out,
            "  gradients of {} (they lack {}): each lane takes its own step of a group of {}; their sums over {} are added across lanes once per group (a reduce-scatter), not once per step",
            list(&deferred),
            r.dims[bplan.split_dim().expect("lanes split a dim")].name,
            bplan.lanes,
            r.dims[bplan.split_dim().expect("lanes split a dim")].name
        );
    }
    let partial = of(GradRoute::Partial);
    if !partial.is_empty() {
        let _ = writeln!(
            out,
            "  gradients of {}: one partial per thread, summed in a fixed order",
            partial.join(", ")
        );
    }
    if d.chained() {
        let _ = writeln!(
            out,
            "  strategies: one walk per thread only (a chain of scans); the adjoint of a state read by later ones also gathers what they send back, one step later"
        );
    } else {
        let _ = writeln!(
            out,
            "  strategies: one walk per thread, or segmented where the threads would not fill the GPU: {}-step segments walked back in parallel ({} lane{} per point, blocks of {} threads), first from a zero adjoint for their sums ({}), then a carry pass, then with every gradient",
            strategy::SEGMENT,
            splan.lanes,
            if splan.lanes == 1 { "" } else { "s" },
            splan.threads,
            if d.adjoint_stateless() {
                "reading a and c only: no state recomputed"
            } else {
                "recomputing their states"
            }
        );
    }
    // At a complete shape: the choice and the memory.
    let size = |n: &str| shape.get(n).or(fixed.get(n)).map(|&s| s as u64);
    let Some(sizes) = r
        .dims
        .iter()
        .map(|(_, dim)| size(&dim.name))
        .collect::<Option<Vec<u64>>>()
    else {
        return;
    };
    let mut outer: u64 = 1;
    for &o in &plan.outer {
        outer = outer.saturating_mul(sizes[o.index()]);
    }
    let len = sizes[r.scan.index()];
    let threads = outer.saturating_mul(bplan.lanes as u64);
    let chunked = match request {
        Request::Sequential => false,
        Request::Chunked => len > 0,
        Request::Auto | Request::Block | Request::BlockAhead => {
            strategy::backward_chunked(threads, len, Device::default())
        }
    };
    let resident = u64::from(Device::default().sms) * u64::from(strategy::BACKWARD_THREADS) * 2;
    let _ = writeln!(
        out,
        "  at this shape: {} ({threads} threads; the GPU holds {resident} at once)",
        if chunked {
            format!(
                "segmented, {} segments",
                len.div_ceil(u64::from(strategy::SEGMENT))
            )
        } else {
            "one walk per thread".to_string()
        }
    );
    let progs = programs(d, plan, &routes, BackwardMappings::gpu(d, plan), &[]);
    if !chunked && progs.backward.sequential.sliced() {
        let steps = strategy::backward_slice_steps(len);
        let _ = writeln!(
            out,
            "  walked in {} slice(s) of {steps} steps, the last first (one launch each, then the reduce kernels of the gradients along the scan, whose partials hold one slice; each thread carries its adjoints, decays and gradient sums to the next slice)",
            len.div_ceil(steps).max(1)
        );
    }
    let bytes_of = |p: &Program, saves: bool| -> Vec<(Buffer, u64)> {
        let list = if saves { &p.saves } else { &p.workspaces };
        list.iter()
            .map(|w| (w.buffer.clone(), 4 * w.elems.eval(size).unwrap_or(u64::MAX)))
            .collect()
    };
    let input_bytes: u64 = r
        .inputs
        .iter()
        .filter(|(_, i)| !i.optional)
        .map(|(_, i)| {
            i.dims
                .iter()
                .map(|&x| sizes[x.index()])
                .product::<u64>()
                .saturating_mul(i.dtype.size_bytes() as u64)
        })
        .sum();
    let mb = |b: u64| format!("{:.1} MB", b as f64 / 1e6);
    let pct = |b: u64| format!("{:.1}%", 100.0 * b as f64 / input_bytes.max(1) as f64);
    let saved: u64 = bytes_of(&progs.forward_saving.sequential, true)
        .iter()
        .map(|x| x.1)
        .sum();
    let work = bytes_of(progs.backward.get_chunked(chunked), false);
    let total: u64 = work.iter().map(|x| x.1).sum();
    let _ = writeln!(
        out,
        "  inputs {}; saved by the forward {} ({} of the inputs); backward workspace {} ({}): {}",
        mb(input_bytes),
        mb(saved),
        pct(saved),
        mb(total),
        pct(total),
        work.iter()
            .map(|(b, n)| format!("{b} {}", mb(*n)))
            .collect::<Vec<_>>()
            .join(", ")
    );
}

/// The decoding steps that fold in a projection the file's models feed an input from
/// ([`crate::manifest::StepFold`]), or why one is not folded: a line each.
pub fn explain_folds(
    d: &Derived,
    models: &[crate::ir::CheckedModel],
    fixed: &std::collections::BTreeMap<String, usize>,
    overrides: &crate::emit::plan::PlanOverrides,
) -> String {
    use crate::emit::kernel::{KernelKind, fold_dim, fold_kernel_name};
    use crate::emit::plan::KernelPlan;
    use crate::strategy::{THREADS, TILE};
    let r = &d.rec;
    let mut out = String::new();
    let folds = crate::emit::folds::model_folds(models, &[r.name.as_str()]);
    let plan =
        KernelPlan::new(d, fixed, THREADS as usize, TILE as usize).and_then(|p| overrides.apply(p));
    for (_, input) in folds {
        let Some(h) = r.input_by_name(&input) else {
            continue;
        };
        let folded = match &plan {
            Ok(p) => fold_dim(d, p, h),
            Err(e) => Err(e.to_string()),
        };
        if out.is_empty() {
            out.push_str("\ndecoding step with the model's projections folded in\n");
        }
        let _ = match folded {
            Ok(_) => writeln!(
                out,
                "  `{input}`: the model computes it by a `linear` passed straight to the call, so {} (and the batch step's) computes it itself, Σ_r weight[o, r] · rows[row, r] with r split across the lanes and the rank a parameter, and the projection is no launch of its own; the runtime takes it where the projection has not run yet (LINREC_STEP_FOLD=1 until it is measured)",
                fold_kernel_name(r, KernelKind::Step, h)
            ),
            Err(why) => writeln!(
                out,
                "  `{input}`: the model feeds it from a `linear`, not folded into the step: {why}"
            ),
        };
    }
    out
}
