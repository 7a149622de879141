//! The pre-pass split (IR → IR): a recurrence whose updates or outputs sum over a dim that no
//! state has, in a term that reads no state (S5's input projection `Σ_m B[n, m] · u[b, t, m]`),
//! as two recurrences run one after the other:
//!
//! - the *pre-pass*, stateless: each such sum as a per-step output (`bu_re[b, t, n]`), one
//!   thread per point of its other dims, the summed dim walked in registers;
//! - the *scan*: the original with each such sum read as an input, so the summed dim is no
//!   longer summed there and the registers a thread holds are its states' points alone.
//!
//! An input that both read (S5's `u`: in the sum and in `D ⊙ u`) reaches the scan through the
//! pre-pass as a copy (`u_pass`), so that its gradient, the scan's share plus the pre-pass's,
//! is summed by the pre-pass's own derived backward. The launch programs of the two run as
//! one recurrence's ([`crate::emit::staged`]), and both are derived like any other.

use std::collections::HashMap;

use super::linear::reachable_from;
use super::{Derived, derive};
use crate::ir::{
    Arena, DType, Dim, DimSet, Expr, Exprs, Handle, Input, Output, OutputKind, Recurrence, State,
    StateInit,
};

/// A recurrence split into its pre-pass and its scan.
#[derive(Debug, Clone)]
pub struct Split {
    pub pre: Derived,
    pub scan: Derived,
    /// The tensors the pre-pass writes and the scan reads: per hoisted sum, and per input
    /// both read (its copy, with the input's name).
    pub between: Vec<Between>,
}

/// A tensor between the two parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Between {
    pub name: String,
    pub dims: Vec<String>,
    /// The input of the recurrence it copies, if it is a copy.
    pub copy_of: Option<String>,
}

/// Suffix of the pre-pass's name (and of its kernels').
pub const PRE_SUFFIX: &str = "pre";

/// The split of `d`, where it has a sum to hoist and both parts derive; None otherwise (no such
/// sum, an input without the scan dim read by both, or a part that does not derive).
pub fn split(d: &Derived) -> Option<Split> {
    let rec = &d.rec;
    let roots: Vec<Handle<Expr>> = rec
        .states
        .iter()
        .map(|(_, s)| s.update)
        .chain(rec.outputs.iter().map(|(_, o)| o.value))
        .collect();
    let live = live_nodes(rec, &roots);
    let n = rec.exprs.len();
    // Whether each node reads a state (the position counts as one: decoding reads it there).
    let mut reads_state = vec![false; n];
    for (h, e) in rec.exprs.iter() {
        reads_state[h.index()] = match e {
            Expr::State(..) | Expr::Position(_) | Expr::Adjoint(_) | Expr::OutputGrad(_) => true,
            _ => rec.exprs.operands(h).any(|o| reads_state[o.index()]),
        };
    }
    let state_dims = rec
        .states
        .iter()
        .fold(DimSet::EMPTY, |s, (_, st)| s.union(DimSet::of(&st.dims)));
    let candidate = |h: Handle<Expr>| match rec.exprs[h] {
        Expr::Sum(dim, _) => {
            live[h.index()]
                && !reads_state[h.index()]
                && !state_dims.contains(dim)
                && rec.exprs.shape(h).contains(rec.scan)
        }
        _ => false,
    };
    // The outermost candidates: those inside no other candidate.
    let mut inner = vec![false; n];
    for (h, _) in rec.exprs.iter().filter(|&(h, _)| candidate(h)) {
        for x in reachable_from(rec, h) {
            if x != h {
                inner[x.index()] = true;
            }
        }
    }
    let hoisted: Vec<Handle<Expr>> = rec
        .exprs
        .iter()
        .map(|(h, _)| h)
        .filter(|&h| candidate(h) && !inner[h.index()])
        .collect();
    if hoisted.is_empty() {
        return None;
    }
    // What the hoisted sums read, and what the rest of the recurrence reads.
    let mut in_pre = vec![false; n];
    for &h in &hoisted {
        for x in reachable_from(rec, h) {
            in_pre[x.index()] = true;
        }
    }
    let mut in_scan = vec![false; n];
    let mut stack = roots.clone();
    while let Some(h) = stack.pop() {
        if std::mem::replace(&mut in_scan[h.index()], true) || hoisted.contains(&h) {
            continue;
        }
        stack.extend(rec.exprs.operands(h));
    }
    for &h in &hoisted {
        in_scan[h.index()] = true;
    }
    let reads = |mask: &[bool], i: Handle<Input>| {
        rec.exprs
            .iter()
            .any(|(h, e)| mask[h.index()] && *e == Expr::Input(i))
    };
    let scan_reads = |i: Handle<Input>| {
        reads(&in_scan, i)
            || rec
                .states
                .iter()
                .any(|(_, s)| s.init == StateInit::Input(i))
    };
    let mut taken: Vec<String> = names_of(rec);
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
    let mut between = Vec::new();
    let mut outputs = Vec::new();
    for (k, &h) in hoisted.iter().enumerate() {
        let name = fresh(binding_name(rec, h).unwrap_or_else(|| format!("sum{k}")));
        outputs.push((name, rec.exprs.shape(h)));
    }
    let mut copies = Vec::new();
    for (i, input) in rec.inputs.iter() {
        if reads(&in_pre, i) && scan_reads(i) {
            if !input.dims.contains(&rec.scan) {
                return None;
            }
            copies.push((i, fresh(format!("{}_pass", input.name))));
        }
    }
    let dim_names =
        |s: DimSet| -> Vec<String> { s.iter().map(|x| rec.dims[x].name.clone()).collect() };
    for (name, shape) in &outputs {
        between.push(Between {
            name: name.clone(),
            dims: dim_names(*shape),
            copy_of: None,
        });
    }
    for (i, name) in &copies {
        between.push(Between {
            name: name.clone(),
            dims: rec.inputs[*i]
                .dims
                .iter()
                .map(|&x| rec.dims[x].name.clone())
                .collect(),
            copy_of: Some(rec.inputs[*i].name.clone()),
        });
    }
    let pre = pre_pass(rec, &hoisted, &outputs, &copies);
    // The scan takes every input the pre-pass alone does not read (an input that nothing
    // reads too: its gradient is zero).
    let scan_takes: Vec<bool> = rec
        .inputs
        .iter()
        .map(|(i, _)| scan_reads(i) || !reads(&in_pre, i))
        .collect();
    let scan = scan_part(rec, &hoisted, &outputs, &copies, &in_scan, &scan_takes);
    Some(Split {
        pre: derive(&pre).ok()?,
        scan: derive(&scan).ok()?,
        between,
    })
}

/// Nodes reachable from the roots.
fn live_nodes(rec: &Recurrence, roots: &[Handle<Expr>]) -> Vec<bool> {
    let mut live = vec![false; rec.exprs.len()];
    for &r in roots {
        for h in reachable_from(rec, r) {
            live[h.index()] = true;
        }
    }
    live
}

/// Every name of the recurrence's tensors.
fn names_of(rec: &Recurrence) -> Vec<String> {
    rec.inputs
        .iter()
        .map(|(_, i)| i.name.clone())
        .chain(rec.outputs.iter().map(|(_, o)| o.name.clone()))
        .chain(rec.states.iter().map(|(_, s)| s.name.clone()))
        .chain(std::iter::once(rec.name.clone()))
        .collect()
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

/// Copies nodes of one recurrence into another's arena, with its dims and inputs renumbered.
struct Copier<'a> {
    from: &'a Recurrence,
    dims: HashMap<Handle<Dim>, Handle<Dim>>,
    inputs: HashMap<Handle<Input>, Handle<Input>>,
    states: HashMap<Handle<State>, Handle<State>>,
    /// Nodes replaced by an input read (hoisted sums, in the scan part).
    replaced: HashMap<Handle<Expr>, Handle<Input>>,
    done: HashMap<Handle<Expr>, Handle<Expr>>,
}

impl Copier<'_> {
    fn shape(&self, s: DimSet) -> DimSet {
        s.iter()
            .fold(DimSet::EMPTY, |acc, d| acc.with(self.dims[&d]))
    }

    fn copy(&mut self, to: &mut Exprs, h: Handle<Expr>) -> Handle<Expr> {
        if let Some(&x) = self.done.get(&h) {
            return x;
        }
        let span = self.from.exprs.span(h);
        let shape = self.shape(self.from.exprs.shape(h));
        let e = if let Some(&i) = self.replaced.get(&h) {
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

/// The dims of `rec` that `used` holds, in declaration order, into a fresh arena.
fn dims_into(rec: &Recurrence, used: DimSet) -> (Arena<Dim>, HashMap<Handle<Dim>, Handle<Dim>>) {
    let mut arena = Arena::new();
    let mut map = HashMap::new();
    for (h, d) in rec.dims.iter() {
        if used.contains(h) || h == rec.scan {
            map.insert(h, arena.append(d.clone(), rec.dims.span(h)));
        }
    }
    (arena, map)
}

/// The dims every node reachable from `roots` has or sums over.
fn dims_used(rec: &Recurrence, roots: &[Handle<Expr>]) -> DimSet {
    let mut s = DimSet::EMPTY;
    for &r in roots {
        for h in reachable_from(rec, r) {
            s = s.union(rec.exprs.shape(h));
            if let Expr::Sum(d, _) | Expr::DimSize(d) = rec.exprs[h] {
                s = s.with(d);
            }
            if let Expr::Input(i) = rec.exprs[h] {
                s = s.union(DimSet::of(&rec.inputs[i].dims));
            }
        }
    }
    s
}

/// The stateless pre-pass: each hoisted sum as an output, each copied input as one too.
fn pre_pass(
    rec: &Recurrence,
    hoisted: &[Handle<Expr>],
    outputs: &[(String, DimSet)],
    copies: &[(Handle<Input>, String)],
) -> Recurrence {
    let mut roots = hoisted.to_vec();
    let copied: Vec<Handle<Expr>> = copies
        .iter()
        .map(|&(i, _)| {
            rec.exprs
                .iter()
                .find(|&(_, e)| *e == Expr::Input(i))
                .map(|(h, _)| h)
                .expect("a copied input is read")
        })
        .collect();
    roots.extend(&copied);
    let (dims, dim_map) = dims_into(rec, dims_used(rec, &roots));
    let mut inputs = Arena::new();
    let mut input_map = HashMap::new();
    for (h, i) in rec.inputs.iter() {
        let read = roots.iter().any(|&r| {
            reachable_from(rec, r)
                .iter()
                .any(|&x| rec.exprs[x] == Expr::Input(h))
        });
        if read {
            let mut i = i.clone();
            i.dims = i.dims.iter().map(|d| dim_map[d]).collect();
            input_map.insert(h, inputs.append(i, rec.inputs.span(h)));
        }
    }
    let mut c = Copier {
        from: rec,
        dims: dim_map,
        inputs: input_map,
        states: HashMap::new(),
        replaced: HashMap::new(),
        done: HashMap::new(),
    };
    let mut exprs = Exprs::default();
    let mut outs = Arena::new();
    let named = outputs
        .iter()
        .map(|(n, s)| (n.clone(), s.iter().collect::<Vec<_>>()))
        .chain(
            copies
                .iter()
                .map(|(i, n)| (n.clone(), rec.inputs[*i].dims.clone())),
        );
    for ((name, dims), &root) in named.zip(&roots) {
        let value = c.copy(&mut exprs, root);
        outs.append(
            Output {
                name,
                dtype: DType::F32,
                dims: dims.iter().map(|d| c.dims[d]).collect(),
                kind: OutputKind::PerStep,
                value,
            },
            rec.exprs.span(root),
        );
    }
    Recurrence {
        name: format!("{}_{PRE_SUFFIX}", rec.name),
        span: rec.span.clone(),
        scan: c.dims[&rec.scan],
        dims,
        direction: rec.direction,
        inputs,
        states: Arena::new(),
        outputs: outs,
        exprs,
        bindings: Vec::new(),
    }
}

/// The scan: the recurrence with each hoisted sum, and each copied input, read as an input.
fn scan_part(
    rec: &Recurrence,
    hoisted: &[Handle<Expr>],
    outputs: &[(String, DimSet)],
    copies: &[(Handle<Input>, String)],
    in_scan: &[bool],
    takes: &[bool],
) -> Recurrence {
    // Dims of what the scan computes itself (not inside the hoisted sums).
    let mut used = DimSet::EMPTY;
    for (h, e) in rec.exprs.iter() {
        if !in_scan[h.index()] {
            continue;
        }
        used = used.union(rec.exprs.shape(h));
        if let Expr::DimSize(d) = *e {
            used = used.with(d);
        }
        if let Expr::Sum(d, _) = *e
            && !hoisted.contains(&h)
        {
            used = used.with(d);
        }
        if let Expr::Input(i) = *e {
            used = used.union(DimSet::of(&rec.inputs[i].dims));
        }
    }
    for (h, i) in rec.inputs.iter() {
        if takes[h.index()] {
            used = used.union(DimSet::of(&i.dims));
        }
    }
    for (_, s) in rec.states.iter() {
        used = used.union(DimSet::of(&s.dims));
    }
    for (_, o) in rec.outputs.iter() {
        used = used.union(DimSet::of(&o.dims));
    }
    let (dims, dim_map) = dims_into(rec, used);
    let mut inputs = Arena::new();
    let mut input_map = HashMap::new();
    for (h, i) in rec.inputs.iter() {
        if !takes[h.index()] {
            continue;
        }
        let mut i = i.clone();
        i.dims = i.dims.iter().map(|d| dim_map[d]).collect();
        if let Some((_, name)) = copies.iter().find(|(c, _)| *c == h) {
            i.name = name.clone();
            i.dtype = DType::F32;
        }
        input_map.insert(h, inputs.append(i, rec.inputs.span(h)));
    }
    let mut replaced = HashMap::new();
    for (&h, (name, shape)) in hoisted.iter().zip(outputs) {
        let i = inputs.append(
            Input {
                name: name.clone(),
                dtype: DType::F32,
                dims: shape.iter().map(|d| dim_map[&d]).collect(),
                optional: false,
                range: (-1.0, 1.0),
            },
            rec.exprs.span(h),
        );
        replaced.insert(h, i);
    }
    let mut c = Copier {
        from: rec,
        dims: dim_map,
        inputs: input_map,
        states: HashMap::new(),
        replaced,
        done: HashMap::new(),
    };
    // States first (updates read them), with a placeholder update patched below.
    let mut states = Arena::new();
    let mut exprs = Exprs::default();
    let placeholder = exprs.intern(
        Expr::Const(crate::ir::ConstBits::new(0.0)),
        DimSet::EMPTY,
        rec.span.clone(),
    );
    for (h, s) in rec.states.iter() {
        let mut s = s.clone();
        s.dims = s.dims.iter().map(|d| c.dims[d]).collect();
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
    let mut outs = Arena::new();
    for (h, o) in rec.outputs.iter() {
        let mut o = o.clone();
        o.value = c.copy(&mut exprs, o.value);
        o.dims = o.dims.iter().map(|d| c.dims[d]).collect();
        outs.append(o, rec.outputs.span(h));
    }
    let bindings = rec
        .bindings
        .iter()
        .filter_map(|b| {
            c.done.get(&b.value).map(|&v| crate::ir::Binding {
                name: b.name.clone(),
                value: v,
            })
        })
        .collect();
    Recurrence {
        name: rec.name.clone(),
        span: rec.span.clone(),
        scan: c.dims[&rec.scan],
        dims,
        direction: rec.direction,
        inputs,
        states,
        outputs: outs,
        exprs,
        bindings,
    }
}
