//! `linrec explain`: what the compiler derived, in readable math. Let-bound values print by
//! name; other values shared by several formulas get temporaries `v1, v2, …`, listed in a
//! `where` block (they are the common subexpressions the arena shares).

use std::collections::HashMap;
use std::fmt::Write;

use crate::derive::Derived;
use crate::derive::linear::{Semiring, reachable_from};
use crate::ir::{
    BinaryFn, Dim, Direction, Expr, Handle, OutputKind, Recurrence, StateInit, UnaryFn, When,
};

struct Printer<'a> {
    rec: &'a Recurrence,
    names: HashMap<Handle<Expr>, String>,
}

impl<'a> Printer<'a> {
    /// Names let bindings, then every other non-leaf value used more than once by `roots`.
    fn new(rec: &'a Recurrence, roots: &[Handle<Expr>]) -> (Self, Vec<Handle<Expr>>) {
        let mut names: HashMap<Handle<Expr>, String> = HashMap::new();
        for b in &rec.bindings {
            names.entry(b.value).or_insert_with(|| b.name.clone());
        }
        let mut uses: HashMap<Handle<Expr>, usize> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        for &r in roots {
            *uses.entry(r).or_default() += 1;
            for h in reachable_from(rec, r) {
                if seen.insert(h) {
                    for o in rec.exprs.operands(h) {
                        *uses.entry(o).or_default() += 1;
                    }
                }
            }
        }
        let mut temps: Vec<Handle<Expr>> = uses
            .iter()
            .filter(|&(&h, &n)| {
                n > 1
                    && !names.contains_key(&h)
                    && matches!(
                        rec.exprs[h],
                        Expr::Unary(..) | Expr::Binary(..) | Expr::Sum(..)
                    )
                    && !matches!(rec.exprs[h], Expr::Unary(UnaryFn::Neg, _))
            })
            .map(|(&h, _)| h)
            .collect();
        temps.sort();
        for (k, &h) in temps.iter().enumerate() {
            names.insert(h, format!("v{}", k + 1));
        }
        // Lets used by the roots are listed too.
        let mut listed: Vec<Handle<Expr>> = seen
            .iter()
            .copied()
            .filter(|h| names.contains_key(h) && !matches!(rec.exprs[*h], Expr::Const(_)))
            .collect();
        listed.sort();
        (Printer { rec, names }, listed)
    }

    fn indices(&self, dims: &[Handle<Dim>]) -> String {
        let ix: Vec<&str> = dims
            .iter()
            .map(|&d| self.rec.dims[d].index.as_str())
            .collect();
        if ix.is_empty() {
            String::new()
        } else {
            format!("[{}]", ix.join(","))
        }
    }

    /// An expression; `top` prints a named node's definition instead of its name.
    fn expr(&self, h: Handle<Expr>, top: bool) -> String {
        self.prec(h, top).0
    }

    /// The text of `h` and its precedence (0 sum, 1 product, 2 power, 3 atom).
    fn prec(&self, h: Handle<Expr>, top: bool) -> (String, u8) {
        if !top {
            if let Some(n) = self.names.get(&h) {
                return (n.clone(), 3);
            }
        }
        let r = self.rec;
        let wrap = |s: (String, u8), min: u8| if s.1 < min { format!("({})", s.0) } else { s.0 };
        match r.exprs[h] {
            Expr::Const(c) => {
                let v = c.get();
                let s = if v == v.trunc() && v.abs() < 1e9 {
                    format!("{}", v as i64)
                } else {
                    format!("{v}")
                };
                (s, if v < 0.0 { 0 } else { 3 })
            }
            Expr::Input(i) => (
                format!("{}{}", r.inputs[i].name, self.indices(&r.inputs[i].dims)),
                3,
            ),
            Expr::State(s, w) => {
                let st = &r.states[s];
                let t = match w {
                    When::Prev => format!("_{{{}}}", r.direction.prev_text()),
                    When::New => "_t".to_string(),
                };
                (format!("{}{t}{}", st.name, self.indices(&st.dims)), 3)
            }
            Expr::Adjoint(s) => {
                let st = &r.states[s];
                (format!("g_{}{}", st.name, self.indices(&st.dims)), 3)
            }
            Expr::OutputGrad(o) => {
                let out = &r.outputs[o];
                (format!("d{}{}", out.name, self.indices(&out.dims)), 3)
            }
            Expr::DimSize(d) => (format!("|{}|", r.dims[d].name), 3),
            Expr::Sum(d, a) => (
                format!("Σ_{} {}", r.dims[d].index, wrap(self.prec(a, false), 2)),
                1,
            ),
            Expr::Unary(UnaryFn::Neg, a) => (format!("-{}", wrap(self.prec(a, false), 2)), 0),
            Expr::Unary(f, a) => (format!("{}({})", f.name(), self.expr(a, false)), 3),
            Expr::Binary(f, a, b) => {
                let (pa, pb) = (self.prec(a, false), self.prec(b, false));
                match f {
                    BinaryFn::Add => (format!("{} + {}", pa.0, wrap(pb, 1)), 0),
                    BinaryFn::Sub => (format!("{} - {}", pa.0, wrap(pb, 1)), 0),
                    BinaryFn::Mul => (format!("{}·{}", wrap(pa, 1), wrap(pb, 2)), 1),
                    BinaryFn::Div => (format!("{} / {}", wrap(pa, 1), wrap(pb, 2)), 1),
                    BinaryFn::Pow | BinaryFn::Min | BinaryFn::Max | BinaryFn::Ge => {
                        (format!("{}({}, {})", f.name(), pa.0, pb.0), 3)
                    }
                }
            }
        }
    }

    fn where_block(&self, out: &mut String, listed: &[Handle<Expr>]) {
        if listed.is_empty() {
            return;
        }
        out.push_str("  where\n");
        for &h in listed {
            let _ = writeln!(out, "    {} = {}", self.names[&h], self.expr(h, true));
        }
    }
}

/// The explanation of one derived recurrence.
pub fn explain(d: &Derived) -> String {
    let r = &d.rec;
    let mut out = String::new();
    let scan = &r.dims[r.scan];
    let _ = writeln!(
        out,
        "recurrence {} — scan {} over {}",
        r.name, scan.index, scan.name
    );
    if r.direction == Direction::Reverse {
        let _ = writeln!(
            out,
            "  reverse: from {} = {} - 1 down to 0; the state before step {} is the one after {} + 1, and final outputs hold the state after {} = 0",
            scan.index, scan.name, scan.index, scan.index, scan.index
        );
    }

    // Linearity.
    let roots: Vec<Handle<Expr>> = d.decompositions.iter().flat_map(|x| [x.a, x.b]).collect();
    let (p, listed) = Printer::new(r, &roots);
    let _ = writeln!(
        out,
        "\nlinear form (each update is h_t = a ⊙ h_{{{}}} + b, a and b free of state)",
        r.direction.prev_text()
    );
    for dec in &d.decompositions {
        let s = &r.states[dec.state];
        let init = match &s.init {
            StateInit::Const(v) => format!("{v}"),
            StateInit::Input(i) => format!("{} (zeros when absent)", r.inputs[*i].name),
        };
        let _ = writeln!(
            out,
            "  state {}{}, initially {init}",
            s.name,
            p.indices(&s.dims)
        );
        if dec.semiring == Semiring::MaxPlus {
            let _ = writeln!(
                out,
                "    linear over (max, +): {}_t = max({}_{{{}}} + a, b)",
                s.name,
                s.name,
                r.direction.prev_text()
            );
        }
        let _ = writeln!(out, "    a = {}", p.expr(dec.a, false));
        let _ = writeln!(out, "    b = {}", p.expr(dec.b, false));
    }
    p.where_block(&mut out, &listed);

    // Combine: each semiring's the states use, in the order they first appear.
    let mut rings: Vec<Semiring> = Vec::new();
    for dec in &d.decompositions {
        if !rings.contains(&dec.semiring) {
            rings.push(dec.semiring);
        }
    }
    for ring in rings {
        let c = ring.combine();
        let over = match ring {
            Semiring::SumProduct => "",
            Semiring::MaxPlus => " over (max, +)",
        };
        let _ = writeln!(
            out,
            "\ncombine operator{over} (associative; identity ({}, {}))\n  (a1, b1) ∘ (a2, b2) = ({}, {})",
            c.identity.0, c.identity.1, c.a, c.b
        );
    }
    out.push_str("  chunks of the scan axis fold their (a, b) with it; a scan of the chunk aggregates gives\n  each chunk its incoming state; positions past the end act as the identity.\n");

    // Backward.
    let bw = &d.backward;
    let mut roots = Vec::new();
    for a in &bw.adjoints {
        roots.push(a.source);
        roots.extend(a.terminal);
        roots.extend(a.init_grad);
    }
    for g in &bw.input_grads {
        roots.extend(g.per_step);
        roots.extend(g.terminal);
    }
    let (p, listed) = Printer::new(r, &roots);
    out.push_str("\nbackward (loss = Σ ⟨dy, y⟩ over the outputs)\n");
    let (first, last) = r.direction.ends_text();
    for a in &bw.adjoints {
        let s = &r.states[a.state];
        let g = format!("g_{}", s.name);
        let _ = writeln!(
            out,
            "  adjoint {g}{} runs backwards from {last}:",
            p.indices(&s.dims)
        );
        let nx = r.direction.next_text();
        match d.decomposition(a.state).semiring {
            Semiring::SumProduct => {
                let _ = writeln!(
                    out,
                    "    {g}(t) = c(t) + a({nx}) ⊙ {g}({nx}),  a past the end = 1"
                );
            }
            Semiring::MaxPlus => {
                let _ = writeln!(
                    out,
                    "    {g}(t) = c(t) + I({nx}) ⊙ {g}({nx}),  I past the end = 1, where I = {} (the branch that keeps the state)",
                    p.expr(a.decay, false)
                );
            }
        }
        let _ = writeln!(out, "    c = {}", p.expr(a.source, false));
        if let Some(t) = a.terminal {
            let _ = writeln!(out, "    {g} at {last} also gets {}", p.expr(t, false));
        }
        if let Some(i) = a.init_grad {
            let _ = writeln!(
                out,
                "    d(initial {}) = {}  at {first}",
                s.name,
                p.expr(i, false)
            );
        }
    }
    out.push_str("  gradients\n");
    for g in &bw.input_grads {
        let input = &r.inputs[g.input];
        let name = format!("d{}{}", input.name, p.indices(&input.dims));
        let sequence = input.dims.contains(&r.scan);
        let mut terms = Vec::new();
        if let Some(e) = g.per_step {
            let e = p.expr(e, false);
            terms.push(if sequence {
                e
            } else {
                format!("Σ_{} ({e})", scan.index)
            });
        }
        if let Some(e) = g.terminal {
            terms.push(p.expr(e, false));
        }
        for &s in &g.initialises {
            terms.push(format!("d(initial {})", r.states[s].name));
        }
        if terms.is_empty() {
            terms.push("0".into());
        }
        let _ = writeln!(out, "    {name} = {}", terms.join(" + "));
    }
    p.where_block(&mut out, &listed);
    let save = &bw.save;
    let names = |v: Vec<String>| {
        if v.is_empty() {
            "nothing".to_string()
        } else {
            v.join(", ")
        }
    };
    let _ = writeln!(
        out,
        "  saved by the forward: {} every {} steps\n  re-read by the backward: {}\n  recomputed between saved states: {}",
        names(
            save.checkpointed
                .iter()
                .map(|&s| r.states[s].name.clone())
                .collect()
        ),
        crate::strategy::CHECKPOINT,
        names(
            save.inputs_read
                .iter()
                .map(|&i| r.inputs[i].name.clone())
                .collect()
        ),
        names(
            r.states
                .iter()
                .flat_map(|(_, st)| {
                    [
                        save.needs_prev_state
                            .then(|| format!("{}_{{{}}}", st.name, r.direction.prev_text())),
                        save.needs_new_state.then(|| format!("{}_t", st.name)),
                    ]
                })
                .flatten()
                .chain(std::iter::once("a, b and every let".to_string()))
                .collect()
        ),
    );

    // Step form.
    let step_roots: Vec<Handle<Expr>> = d
        .decompositions
        .iter()
        .flat_map(|x| [x.a, x.b])
        .chain(d.step_outputs().map(|(_, v)| v))
        .collect();
    let (p, listed) = Printer::new(r, &step_roots);
    let _ = writeln!(
        out,
        "\nstep form (decoding: one position of {}, state carried)",
        scan.name
    );
    for dec in &d.decompositions {
        let s = &r.states[dec.state];
        match dec.semiring {
            Semiring::SumProduct => {
                let _ = writeln!(out, "  {} ← a ⊙ {} + b", s.name, s.name);
            }
            Semiring::MaxPlus => {
                let _ = writeln!(out, "  {} ← max({} + a, b)", s.name, s.name);
            }
        }
    }
    for (oh, v) in d.step_outputs() {
        let o = &r.outputs[oh];
        let _ = writeln!(
            out,
            "  {}{} = {}",
            o.name,
            p.indices(&o.dims),
            p.expr(v, false)
        );
    }
    for (_, o) in r
        .outputs
        .iter()
        .filter(|(_, o)| o.kind == OutputKind::Final)
    {
        let _ = writeln!(out, "  {} (final): the carried state after {last}", o.name);
    }
    p.where_block(&mut out, &listed);
    out
}

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
    let mut out = String::new();
    out.push_str("\nGPU kernels\n");
    let plan = match KernelPlan::new(d, fixed, THREADS as usize, TILE as usize)
        .and_then(|p| overrides.apply(p))
    {
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
        Some(b) => {
            let _ = writeln!(
                out,
                "  strategies: sequential (one pass), block (one block of {} threads per scan, {} steps a thread, the points of {} taken {} at a time; chosen where the sequential one leaves the GPU under-filled and the scan is not longer than the table's block_max_len), or chunked ({}-step chunks: aggregates, carry scan, re-run)",
                b.threads,
                b.steps,
                plan.point_turns(d)
                    .map_or(String::new(), |(dim, _, _)| r.dims[dim].name.clone()),
                crate::emit::plan::POINTS_PER_TURN,
                plan.chunk
            );
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
    let s = plan.cost_shape(r, |n| shape.get(n).or(fixed.get(n)).copied());
    let choice = strategy::choose(request, s, Device::default());
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
fn explain_backward(
    out: &mut String,
    d: &Derived,
    plan: &crate::emit::plan::KernelPlan,
    fixed: &std::collections::BTreeMap<String, usize>,
    shape: &std::collections::BTreeMap<String, usize>,
    request: crate::strategy::Request,
) {
    use crate::emit::kernel::{GradRoute, backward_gpu_plan, backward_routes, backward_sharing};
    use crate::emit::program::{BackwardMapping, programs};
    use crate::manifest::{Buffer, Program};
    use crate::strategy::{self, Device, Request};
    let r = &d.rec;
    let bplan = backward_gpu_plan(d, plan);
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
        let _ = writeln!(
            out,
            "  gradients of {} (they lack {}) summed inside each block over its {} points of {}, {across}",
            of(GradRoute::Blocks).join(", "),
            r.dims[g].name,
            bplan.threads / bplan.lanes,
            r.dims[g].name,
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
    let _ = writeln!(
        out,
        "  strategies: one walk per thread, or segmented where the threads would not fill the GPU: {}-step segments walked back in parallel, first from a zero adjoint for their sums ({}), then a carry pass, then with every gradient",
        strategy::SEGMENT,
        if d.adjoint_stateless() {
            "reading a and c only: no state recomputed"
        } else {
            "recomputing their states"
        }
    );
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
        Request::Auto | Request::Block => {
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
    let progs = programs(d, plan, &routes, BackwardMapping::gpu(d, plan));
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
