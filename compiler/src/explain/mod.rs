//! `linrec explain`: what the compiler derived, in readable math. Let-bound values print by
//! name; other values shared by several formulas get temporaries `v1, v2, …`, listed in a
//! `where` block (they are the common subexpressions the arena shares).

mod gpu;

use std::collections::HashMap;
use std::fmt::Write;

pub use gpu::{explain_folds, explain_strategy};

use crate::derive::Derived;
use crate::derive::linear::{Semiring, reachable_from};
use crate::ir::{
    BinaryFn, Dim, Direction, Expr, Handle, OutputKind, Recurrence, StateInit, StateOrigin,
    UnaryFn, When,
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
            Expr::Position(_) => (r.dims[r.scan].index.clone(), 3),
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
    let roots: Vec<Handle<Expr>> = d.decompositions.iter().flat_map(|x| x.roots()).collect();
    let (p, listed) = Printer::new(r, &roots);
    let chains = d.chain_readers();
    let _ = writeln!(
        out,
        "\nlinear form (each update is h_t = a ⊙ h_{{{}}} + b, a and b free of state{})",
        r.direction.prev_text(),
        if chains.is_empty() {
            ""
        } else {
            " but those scanned before it"
        }
    );
    for dec in &d.decompositions {
        let s = &r.states[dec.state];
        let init = match &s.init {
            StateInit::Const(v) => format!("{v}"),
            StateInit::Input(i) => format!("{} (zeros when absent)", r.inputs[*i].name),
        };
        let made = match &s.origin {
            StateOrigin::Declared => String::new(),
            StateOrigin::Lag { of, back: 0 } => format!(" (a delay line: {of}_t after step t)"),
            StateOrigin::Lag { of, back } => {
                let sign = if r.direction == Direction::Reverse {
                    '+'
                } else {
                    '-'
                };
                format!(" (a delay line: {of}_{{t{sign}{back}}} after step t)")
            }
            StateOrigin::Position => {
                " (counts the steps: the position `t` is its previous value)".into()
            }
        };
        let _ = writeln!(
            out,
            "  state {}{}, initially {init}{made}",
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
        if !dec.cross.is_empty() {
            let terms: Vec<String> = dec
                .cross
                .iter()
                .enumerate()
                .map(|(j, &(o, _))| {
                    format!(
                        "c{} ⊙ {}_{{{}}}",
                        j + 1,
                        r.states[o].name,
                        r.direction.prev_text()
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "    coupled: {}_t = a ⊙ {}_{{{prev}}} + {} + b",
                s.name,
                s.name,
                terms.join(" + "),
                prev = r.direction.prev_text()
            );
        }
        let _ = writeln!(out, "    a = {}", p.expr(dec.a, false));
        for (j, &(o, c)) in dec.cross.iter().enumerate() {
            let _ = writeln!(
                out,
                "    c{} = {}  (coefficient of {})",
                j + 1,
                p.expr(c, false),
                r.states[o].name
            );
        }
        let _ = writeln!(out, "    b = {}", p.expr(dec.b, false));
    }
    p.where_block(&mut out, &listed);
    // A chain of scans: the order the states' dependencies give.
    for (s, readers) in &chains {
        let names: Vec<&str> = readers.iter().map(|&x| r.states[x].name.as_str()).collect();
        let _ = writeln!(
            out,
            "  chain: {} read{} {}_{{{}}} in their maps (a, b, coupled coefficients), a state of fewer dims:\n  {} is scanned before them, each thread carrying its point of it; the chain runs sequentially",
            names.join(", "),
            if names.len() == 1 { "s" } else { "" },
            r.states[*s].name,
            r.direction.prev_text(),
            r.states[*s].name
        );
    }

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
    for g in d.groups().into_iter().filter(|g| g.len() > 1) {
        let names: Vec<&str> = g.iter().map(|&s| r.states[s].name.as_str()).collect();
        let _ = writeln!(
            out,
            "  coupled states ({}) combine as one {k}×{k} map per point, A h + b with A's diagonal\n  the a's and its row of a state its c's:\n  (A1, b1) ∘ (A2, b2) = (A2·A1, A2·b1 + b2), identity (I, 0)",
            names.join(", "),
            k = g.len()
        );
    }
    if chains.is_empty() {
        out.push_str("  chunks of the scan axis fold their (a, b) with it; a scan of the chunk aggregates gives\n  each chunk its incoming state; positions past the end act as the identity.\n");
    } else {
        out.push_str("  (a chain of scans is not folded in chunks: a later state's (a, b) is known only once the\n  states it reads are, so the whole chain runs sequentially.)\n");
    }

    // Backward.
    let bw = &d.backward;
    let mut roots = Vec::new();
    for a in &bw.adjoints {
        roots.push(a.source);
        roots.extend(a.terminal);
        roots.extend(a.init_grad);
        roots.extend(a.cross.iter().map(|&(_, c)| c));
        roots.extend(a.chain);
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
        if !a.cross.is_empty() {
            let terms: Vec<String> = a
                .cross
                .iter()
                .map(|&(o, c)| format!("({}) ⊙ g_{}({nx})", p.expr(c, false), r.states[o].name))
                .collect();
            let _ = writeln!(
                out,
                "    + {}  (the coupled states reading {}: the transposed transition)",
                terms.join(" + "),
                s.name
            );
        }
        if let Some(e) = a.chain {
            let readers: Vec<&str> = chains
                .iter()
                .filter(|(x, _)| *x == a.state)
                .flat_map(|(_, rs)| rs.iter().map(|&x| r.states[x].name.as_str()))
                .collect();
            let _ = writeln!(
                out,
                "    + e({nx}),  e = {}  (what {} send back through their a and b)",
                p.expr(e, false),
                readers.join(", ")
            );
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
        .chain(
            d.decompositions
                .iter()
                .flat_map(|x| x.cross.iter().map(|&(_, c)| c)),
        )
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
            Semiring::SumProduct if !dec.cross.is_empty() => {
                let terms: String = dec
                    .cross
                    .iter()
                    .enumerate()
                    .map(|(j, &(o, _))| format!(" + c{} ⊙ {}", j + 1, r.states[o].name))
                    .collect();
                let _ = writeln!(
                    out,
                    "  {} ← a ⊙ {}{terms} + b  (every state from the previous values)",
                    s.name, s.name
                );
            }
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
