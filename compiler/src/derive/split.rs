//! The split (IR → IR): a recurrence whose sums make a thread of its scan hold more points
//! than it needs, as up to three recurrences run one after the other:
//!
//! - the *pre-pass*, stateless: each sum that reads no state over a dim that no state has (S5's
//!   input projection `Σ_m B[n, m] · u[b, t, m]`) as a per-step output (`bu_re[b, t, n]`);
//! - the *scan*: the states and their updates, reading those sums as inputs, and writing the
//!   states read by the post-pass at every step (`x_re_seq[b, t, n]`);
//! - the *post-pass*, stateless: each per-step output that sums a state over one of its dims
//!   (S5's `y = Re(Σ_n C[m, n] · x[b, n]) + D ⊙ u`), from those state sequences.
//!
//! The scan then holds its states' own points only (S5's: one per thread). An input that two
//! parts read (S5's `u`: in the sum and in `D ⊙ u`) reaches the later parts through the
//! pre-pass as a copy (`u_pass`), so that its gradient, every part's share, is summed by the
//! pre-pass's own derived backward. The launch programs of the parts run as one recurrence's
//! ([`crate::emit::staged`]), and each part is derived like any other recurrence.

use std::collections::HashMap;

use super::linear::reachable_from;
use super::{Derived, derive};
use crate::ir::{
    Arena, DType, Dim, DimSet, Expr, Exprs, Handle, Input, Output, OutputKind, Recurrence, State,
    StateInit, When,
};

/// A part of a split recurrence, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Pre,
    Scan,
    Post,
}

impl Part {
    /// The suffix of the part's name (and of its kernels'), if it has one (the scan keeps the
    /// recurrence's name).
    pub fn suffix(self) -> Option<&'static str> {
        match self {
            Part::Pre => Some("pre"),
            Part::Scan => None,
            Part::Post => Some("post"),
        }
    }
}

/// A recurrence split into its parts.
#[derive(Debug, Clone)]
pub struct Split {
    /// The parts that exist, in the order they run (the scan always).
    pub parts: Vec<(Part, Derived)>,
    /// The tensors one part writes and later ones read.
    pub between: Vec<Between>,
}

impl Split {
    pub fn part(&self, p: Part) -> Option<&Derived> {
        self.parts.iter().find(|(q, _)| *q == p).map(|(_, d)| d)
    }

    pub fn scan(&self) -> &Derived {
        self.part(Part::Scan).expect("a split has its scan")
    }
}

/// A tensor between two parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Between {
    pub name: String,
    pub dims: Vec<String>,
    /// The part that writes it.
    pub from: Part,
    /// What it holds: a hoisted sum, a copy of an input, or a state at every step.
    pub holds: Holds,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holds {
    Sum,
    Copy(String),
    States(String),
}

/// A tensor read as an input where the original computes it: the node it replaces, its name
/// and dims.
type Replaced = (Handle<Expr>, String, Vec<Handle<Dim>>);

/// An output of a part: name, dims, value, kind, dtype.
type PartOutput = (String, Vec<Handle<Dim>>, Handle<Expr>, OutputKind, DType);

/// The split of `d`, where it has a sum to run before the scan or an output to run after it,
/// and every part derives; None otherwise (nothing to split, or an input without the scan dim
/// that two parts read).
pub fn split(d: &Derived) -> Option<Split> {
    let rec = &d.rec;
    let n = rec.exprs.len();
    let mut reads_state = vec![false; n];
    let mut reads_position = vec![false; n];
    for (h, e) in rec.exprs.iter() {
        let ops = || rec.exprs.operands(h);
        reads_state[h.index()] = match e {
            Expr::State(..) | Expr::Position(_) | Expr::Adjoint(_) | Expr::OutputGrad(_) => true,
            _ => ops().any(|o| reads_state[o.index()]),
        };
        reads_position[h.index()] =
            matches!(e, Expr::Position(_)) || ops().any(|o| reads_position[o.index()]);
    }
    let state_dims = rec
        .states
        .iter()
        .fold(DimSet::EMPTY, |s, (_, st)| s.union(DimSet::of(&st.dims)));
    let roots: Vec<Handle<Expr>> = rec
        .states
        .iter()
        .map(|(_, s)| s.update)
        .chain(rec.outputs.iter().map(|(_, o)| o.value))
        .collect();
    let live = walk(rec, &roots, &[]);
    // Pre-pass: the outermost sums that read no state, over a dim no state has, along the scan.
    let pre_candidate = |h: Handle<Expr>| match rec.exprs[h] {
        Expr::Sum(dim, _) => {
            live[h.index()]
                && !reads_state[h.index()]
                && !state_dims.contains(dim)
                && rec.exprs.shape(h).contains(rec.scan)
        }
        _ => false,
    };
    let hoisted = outermost(rec, pre_candidate);
    // Post-pass: the per-step outputs that sum a state over one of its dims (the scan would
    // hold those points for them) and read no position.
    let sums_state = |h: Handle<Expr>| {
        reachable_from(rec, h).into_iter().any(
            |x| matches!(rec.exprs[x], Expr::Sum(dim, _) if reads_state[x.index()] && state_dims.contains(dim)),
        )
    };
    let moved: Vec<Handle<Output>> = rec
        .outputs
        .iter()
        .filter(|(_, o)| {
            o.kind == OutputKind::PerStep && !reads_position[o.value.index()] && sums_state(o.value)
        })
        .map(|(h, _)| h)
        .collect();
    if hoisted.is_empty() && moved.is_empty() {
        return None;
    }
    let mut taken: Vec<String> = rec
        .inputs
        .iter()
        .map(|(_, i)| i.name.clone())
        .chain(rec.outputs.iter().map(|(_, o)| o.name.clone()))
        .chain(rec.states.iter().map(|(_, s)| s.name.clone()))
        .chain(std::iter::once(rec.name.clone()))
        .collect();
    let mut fresh = |base: String| {
        let mut name = base.clone();
        let mut k = 2;
        while taken.contains(&name) {
            name = format!("{base}{k}");
            k += 1;
        }
        taken.push(name.clone());
        name
    };
    let dims_of = |s: DimSet| -> Vec<Handle<Dim>> { s.iter().collect() };
    let mut between = Vec::new();
    let names = |v: &[Handle<Dim>]| v.iter().map(|&x| rec.dims[x].name.clone()).collect();
    // The hoisted sums, read by the scan and the post-pass.
    let mut sums: Vec<Replaced> = Vec::new();
    for (k, &h) in hoisted.iter().enumerate() {
        let name = fresh(binding_name(rec, h).unwrap_or_else(|| format!("sum{k}")));
        let dims = dims_of(rec.exprs.shape(h));
        between.push(Between {
            name: name.clone(),
            dims: names(&dims),
            from: Part::Pre,
            holds: Holds::Sum,
        });
        sums.push((h, name, dims));
    }
    // The states the post-pass reads, written by the scan at every step (the scan dim before
    // the state's last dim: a step's points side by side).
    let mut state_reads: Vec<Replaced> = Vec::new();
    if !moved.is_empty() {
        let moved_reach = walk(
            rec,
            &moved
                .iter()
                .map(|&o| rec.outputs[o].value)
                .collect::<Vec<_>>(),
            &[],
        );
        for (h, e) in rec.exprs.iter() {
            let Expr::State(s, When::New) = *e else {
                continue;
            };
            if !moved_reach[h.index()] {
                continue;
            }
            let st = &rec.states[s];
            let mut dims = st.dims.clone();
            dims.insert(dims.len().saturating_sub(1), rec.scan);
            let name = fresh(format!("{}_seq", st.name));
            between.push(Between {
                name: name.clone(),
                dims: names(&dims),
                from: Part::Scan,
                holds: Holds::States(st.name.clone()),
            });
            state_reads.push((h, name, dims));
        }
    }
    // What each part computes: its roots, walked down to the nodes it reads as inputs.
    let stops: Vec<Handle<Expr>> = hoisted.clone();
    let post_roots: Vec<Handle<Expr>> = moved.iter().map(|&o| rec.outputs[o].value).collect();
    let scan_roots: Vec<Handle<Expr>> = rec
        .states
        .iter()
        .map(|(_, s)| s.update)
        .chain(
            rec.outputs
                .iter()
                .filter(|(h, _)| !moved.contains(h))
                .map(|(_, o)| o.value),
        )
        .collect();
    let pre_nodes = walk(rec, &hoisted, &[]);
    let scan_nodes = walk(rec, &scan_roots, &stops);
    let post_stops: Vec<Handle<Expr>> = stops
        .iter()
        .copied()
        .chain(state_reads.iter().map(|r| r.0))
        .collect();
    let post_nodes = walk(rec, &post_roots, &post_stops);
    let reads = |nodes: &[bool], i: Handle<Input>| {
        rec.exprs
            .iter()
            .any(|(h, e)| nodes[h.index()] && *e == Expr::Input(i))
    };
    let init = |i: Handle<Input>| {
        rec.states
            .iter()
            .any(|(_, s)| s.init == StateInit::Input(i))
    };
    // Inputs two parts read: copied by the pre-pass, one copy for each later part that reads
    // it (each part's backward writes its own copy's gradient).
    let mut copies: HashMap<(Handle<Input>, Part), String> = HashMap::new();
    for (i, input) in rec.inputs.iter() {
        let readers: Vec<Part> = [
            (Part::Pre, !hoisted.is_empty() && reads(&pre_nodes, i)),
            (Part::Scan, reads(&scan_nodes, i) || init(i)),
            (Part::Post, reads(&post_nodes, i)),
        ]
        .into_iter()
        .filter(|r| r.1)
        .map(|r| r.0)
        .collect();
        if readers.len() < 2 {
            continue;
        }
        if !input.dims.contains(&rec.scan) {
            return None;
        }
        for &p in readers.iter().filter(|&&p| p != Part::Pre) {
            let suffix = if p == Part::Post { "post" } else { "pass" };
            let name = fresh(format!("{}_{suffix}", input.name));
            between.push(Between {
                name: name.clone(),
                dims: names(&input.dims),
                from: Part::Pre,
                holds: Holds::Copy(input.name.clone()),
            });
            copies.insert((i, p), name);
        }
    }
    let mut parts = Vec::new();
    // The pre-pass: the sums, and the copies.
    if !hoisted.is_empty() || !copies.is_empty() {
        let mut outputs: Vec<PartOutput> = sums
            .iter()
            .map(|(h, name, dims)| {
                (
                    name.clone(),
                    dims.clone(),
                    *h,
                    OutputKind::PerStep,
                    DType::F32,
                )
            })
            .collect();
        let mut copied: Vec<_> = copies.iter().collect();
        copied.sort_by_key(|((i, p), _)| (i.index(), *p));
        for (&(i, _), name) in copied {
            let node = input_node(rec, i)?;
            outputs.push((
                name.clone(),
                rec.inputs[i].dims.clone(),
                node,
                OutputKind::PerStep,
                DType::F32,
            ));
        }
        let pre = build(rec, Part::Pre, &outputs, &[], &HashMap::new(), &[]);
        parts.push((Part::Pre, pre));
    }
    // The scan: the states, the outputs that stay, the state sequences.
    let mut outputs: Vec<PartOutput> = rec
        .outputs
        .iter()
        .filter(|(h, _)| !moved.contains(h))
        .map(|(_, o)| (o.name.clone(), o.dims.clone(), o.value, o.kind, o.dtype))
        .collect();
    for (h, name, dims) in &state_reads {
        outputs.push((
            name.clone(),
            dims.clone(),
            *h,
            OutputKind::PerStep,
            DType::F32,
        ));
    }
    let unread: Vec<Handle<Input>> = rec
        .inputs
        .iter()
        .map(|(i, _)| i)
        .filter(|&i| !reads(&pre_nodes, i) && !reads(&scan_nodes, i) && !reads(&post_nodes, i))
        .collect();
    parts.push((
        Part::Scan,
        build(rec, Part::Scan, &outputs, &sums, &copies, &unread),
    ));
    if !moved.is_empty() {
        let outputs: Vec<PartOutput> = moved
            .iter()
            .map(|&o| {
                let o = &rec.outputs[o];
                (o.name.clone(), o.dims.clone(), o.value, o.kind, o.dtype)
            })
            .collect();
        let replaced: Vec<Replaced> = sums.iter().chain(&state_reads).cloned().collect();
        parts.push((
            Part::Post,
            build(rec, Part::Post, &outputs, &replaced, &copies, &[]),
        ));
    }
    let parts = parts
        .into_iter()
        .map(|(p, r)| derive(&r).ok().map(|d| (p, d)))
        .collect::<Option<Vec<_>>>()?;
    Some(Split { parts, between })
}

/// The node that reads input `i`, if any.
fn input_node(rec: &Recurrence, i: Handle<Input>) -> Option<Handle<Expr>> {
    rec.exprs
        .iter()
        .find(|&(_, e)| *e == Expr::Input(i))
        .map(|(h, _)| h)
}

/// The nodes `candidate` takes that lie inside no other such node.
fn outermost(rec: &Recurrence, candidate: impl Fn(Handle<Expr>) -> bool) -> Vec<Handle<Expr>> {
    let all: Vec<Handle<Expr>> = rec
        .exprs
        .iter()
        .map(|(h, _)| h)
        .filter(|&h| candidate(h))
        .collect();
    let mut inner = vec![false; rec.exprs.len()];
    for &h in &all {
        for x in reachable_from(rec, h) {
            if x != h {
                inner[x.index()] = true;
            }
        }
    }
    all.into_iter().filter(|h| !inner[h.index()]).collect()
}

/// The nodes reachable from `roots` without going below a node of `stops` (which is itself
/// marked: it is read there, as an input).
fn walk(rec: &Recurrence, roots: &[Handle<Expr>], stops: &[Handle<Expr>]) -> Vec<bool> {
    let mut seen = vec![false; rec.exprs.len()];
    let mut stack = roots.to_vec();
    while let Some(h) = stack.pop() {
        if std::mem::replace(&mut seen[h.index()], true) || stops.contains(&h) {
            continue;
        }
        stack.extend(rec.exprs.operands(h));
    }
    seen
}

/// The `let` that names `h`, as an identifier (`re(bu)` → `bu_re`).
fn binding_name(rec: &Recurrence, h: Handle<Expr>) -> Option<String> {
    let b = rec.bindings.iter().find(|b| b.value == h)?;
    let name = &b.name;
    for part in ["re", "im"] {
        if let Some(inner) = name
            .strip_prefix(&format!("{part}("))
            .and_then(|s| s.strip_suffix(')'))
        {
            return Some(format!("{inner}_{part}"));
        }
    }
    let ident = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    ident.then(|| name.clone())
}

/// Copies nodes of one recurrence into another's arena, with its dims, inputs and states
/// renumbered and some nodes read as inputs instead.
struct Copier<'a> {
    from: &'a Recurrence,
    dims: HashMap<Handle<Dim>, Handle<Dim>>,
    inputs: HashMap<Handle<Input>, Handle<Input>>,
    states: HashMap<Handle<State>, Handle<State>>,
    /// Nodes read as inputs here, with the input's shape (a state's sequence has the scan dim
    /// the state lacks).
    replaced: HashMap<Handle<Expr>, (Handle<Input>, DimSet)>,
    done: HashMap<Handle<Expr>, Handle<Expr>>,
}

impl Copier<'_> {
    fn copy(&mut self, to: &mut Exprs, h: Handle<Expr>) -> Handle<Expr> {
        if let Some(&x) = self.done.get(&h) {
            return x;
        }
        let span = self.from.exprs.span(h);
        let mut shape = self
            .from
            .exprs
            .shape(h)
            .iter()
            .fold(DimSet::EMPTY, |acc, d| acc.with(self.dims[&d]));
        let e = if let Some(&(i, s)) = self.replaced.get(&h) {
            shape = s;
            Expr::Input(i)
        } else {
            match self.from.exprs[h] {
                Expr::Const(c) => Expr::Const(c),
                Expr::Input(i) => Expr::Input(self.inputs[&i]),
                Expr::State(s, w) => Expr::State(self.states[&s], w),
                Expr::Position(s) => Expr::Position(self.states[&s]),
                Expr::DimSize(d) => Expr::DimSize(self.dims[&d]),
                Expr::Unary(f, a) => Expr::Unary(f, self.copy(to, a)),
                Expr::Binary(f, a, b) => {
                    let a = self.copy(to, a);
                    Expr::Binary(f, a, self.copy(to, b))
                }
                Expr::Sum(d, a) => Expr::Sum(self.dims[&d], self.copy(to, a)),
                Expr::Adjoint(_) | Expr::OutputGrad(_) => {
                    unreachable!("the forward reads no reverse-mode node")
                }
            }
        };
        let x = to.intern(e, shape, span);
        self.done.insert(h, x);
        x
    }
}

/// One part as a recurrence of its own: `outputs` computed from the original's nodes, the
/// original's states and updates where the part is the scan, the nodes of `replaced` read as
/// inputs of theirs, the inputs of `copies` read as their copies, and the inputs of `extra`
/// taken though not read (their gradient is zero).
fn build(
    rec: &Recurrence,
    part: Part,
    outputs: &[PartOutput],
    replaced: &[Replaced],
    copies: &HashMap<(Handle<Input>, Part), String>,
    extra: &[Handle<Input>],
) -> Recurrence {
    let with_states = part == Part::Scan;
    let mut roots: Vec<Handle<Expr>> = outputs.iter().map(|o| o.2).collect();
    if with_states {
        roots.extend(rec.states.iter().map(|(_, s)| s.update));
    }
    let stops: Vec<Handle<Expr>> = replaced.iter().map(|r| r.0).collect();
    let nodes = walk(rec, &roots, &stops);
    let computed = |h: Handle<Expr>| nodes[h.index()] && !stops.contains(&h);
    // Inputs, in the original's order, then the replaced nodes'.
    let takes = |i: Handle<Input>| {
        rec.exprs
            .iter()
            .any(|(h, e)| computed(h) && *e == Expr::Input(i))
            || (with_states
                && rec
                    .states
                    .iter()
                    .any(|(_, s)| s.init == StateInit::Input(i)))
            || extra.contains(&i)
    };
    let mut used = DimSet::EMPTY.with(rec.scan);
    for (h, e) in rec.exprs.iter() {
        if !nodes[h.index()] {
            continue;
        }
        used = used.union(rec.exprs.shape(h));
        if computed(h)
            && let Expr::Sum(d, _) | Expr::DimSize(d) = *e
        {
            used = used.with(d);
        }
    }
    let taken: Vec<Handle<Input>> = rec
        .inputs
        .iter()
        .map(|(i, _)| i)
        .filter(|&i| takes(i))
        .collect();
    for &i in &taken {
        used = used.union(DimSet::of(&rec.inputs[i].dims));
    }
    for o in outputs {
        used = used.union(DimSet::of(&o.1));
    }
    for r in replaced.iter().filter(|r| nodes[r.0.index()]) {
        used = used.union(DimSet::of(&r.2));
    }
    if with_states {
        for (_, s) in rec.states.iter() {
            used = used.union(DimSet::of(&s.dims));
        }
    }
    let mut dims = Arena::new();
    let mut dim_map = HashMap::new();
    for (h, d) in rec.dims.iter() {
        if used.contains(h) {
            dim_map.insert(h, dims.append(d.clone(), rec.dims.span(h)));
        }
    }
    let remap = |v: &[Handle<Dim>]| v.iter().map(|d| dim_map[d]).collect::<Vec<_>>();
    let mut inputs = Arena::new();
    let mut input_map = HashMap::new();
    for &h in &taken {
        let mut i = rec.inputs[h].clone();
        i.dims = remap(&i.dims);
        // Where a copy reaches this part, it reads the copy (the pre-pass makes it).
        if let Some(name) = copies.get(&(h, part)) {
            i.name = name.clone();
            i.dtype = DType::F32;
        }
        input_map.insert(h, inputs.append(i, rec.inputs.span(h)));
    }
    let mut replaced_map = HashMap::new();
    for (node, name, rdims) in replaced.iter().filter(|r| nodes[r.0.index()]) {
        let i = inputs.append(
            Input {
                name: name.clone(),
                dtype: DType::F32,
                dims: remap(rdims),
                optional: false,
                range: (-1.0, 1.0),
            },
            rec.exprs.span(*node),
        );
        replaced_map.insert(*node, (i, DimSet::of(&inputs[i].dims)));
    }
    let mut c = Copier {
        from: rec,
        dims: dim_map.clone(),
        inputs: input_map,
        states: HashMap::new(),
        replaced: replaced_map,
        done: HashMap::new(),
    };
    let mut exprs = Exprs::default();
    let mut states = Arena::new();
    if with_states {
        // States first (updates read them), each update patched in after.
        let placeholder = exprs.intern(
            Expr::Const(crate::ir::ConstBits::new(0.0)),
            DimSet::EMPTY,
            rec.span.clone(),
        );
        for (h, s) in rec.states.iter() {
            let mut s = s.clone();
            s.dims = remap(&s.dims);
            if let StateInit::Input(i) = s.init {
                s.init = StateInit::Input(c.inputs[&i]);
            }
            s.update = placeholder;
            c.states.insert(h, states.append(s, rec.states.span(h)));
        }
        for (h, s) in rec.states.iter() {
            let u = c.copy(&mut exprs, s.update);
            states.get_mut(c.states[&h]).update = u;
        }
    }
    let mut outs = Arena::new();
    for (name, odims, value, kind, dtype) in outputs {
        let v = c.copy(&mut exprs, *value);
        outs.append(
            Output {
                name: name.clone(),
                dtype: *dtype,
                dims: remap(odims),
                kind: *kind,
                value: v,
            },
            rec.exprs.span(*value),
        );
    }
    let bindings = rec
        .bindings
        .iter()
        .filter_map(|b| {
            let v = *c.done.get(&b.value)?;
            (!matches!(exprs[v], Expr::Input(_))).then(|| crate::ir::Binding {
                name: b.name.clone(),
                value: v,
            })
        })
        .collect();
    Recurrence {
        name: match part.suffix() {
            Some(s) => format!("{}_{s}", rec.name),
            None => rec.name.clone(),
        },
        span: rec.span.clone(),
        scan: dim_map[&rec.scan],
        dims,
        direction: rec.direction,
        inputs,
        states,
        outputs: outs,
        exprs,
        bindings,
    }
}
