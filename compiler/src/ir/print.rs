//! The IR's text form (what `linrec ir` prints and the snapshots hold): dims, tensors, then the
//! expression DAG in SSA order (`%k = op operands : [shape]`, with `let` names as comments),
//! then the state updates and outputs by value number.

use super::{Expr, OutputKind, Recurrence, Role, StateInit, When};
use std::fmt::{self, Write};

impl fmt::Display for Recurrence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.write_text(&mut s)?;
        f.write_str(&s)
    }
}

fn num(v: f64) -> String {
    if v == v.trunc() && v.abs() < 1e15 {
        format!("{v:.1}")
    } else {
        format!("{v}")
    }
}

impl Recurrence {
    fn write_text(&self, out: &mut String) -> fmt::Result {
        writeln!(out, "recurrence {}", self.name)?;
        let dims: Vec<String> = self
            .dims
            .iter()
            .map(|(h, d)| {
                if h == self.scan {
                    let dir = match self.direction.keyword() {
                        Some(k) => format!(", {k}"),
                        None => String::new(),
                    };
                    format!("{} (scan, index {}{dir})", d.name, d.index)
                } else {
                    format!("{} (index {})", d.name, d.index)
                }
            })
            .collect();
        writeln!(out, "  dims {}", dims.join(", "))?;
        for (_, i) in self.inputs.iter() {
            let h = self
                .input_by_name(&i.name)
                .expect("input is in its own arena");
            let role = match self.role(h) {
                Role::Sequence => "sequence",
                Role::Parameter => "parameter",
            };
            writeln!(
                out,
                "  input {}{}: {}{} {role}, random in [{}, {}]",
                i.name,
                if i.optional { "?" } else { "" },
                i.dtype.name(),
                self.dims_text(&i.dims),
                num(i.range.0),
                num(i.range.1),
            )?;
        }
        for (_, st) in self.states.iter() {
            let init = match &st.init {
                StateInit::Const(v) => num(*v),
                StateInit::Input(i) => self.inputs[*i].name.clone(),
            };
            writeln!(
                out,
                "  state {}: {}{} = {init}",
                st.name,
                st.dtype.name(),
                self.dims_text(&st.dims)
            )?;
        }
        for (_, o) in self.outputs.iter() {
            let kind = match o.kind {
                OutputKind::PerStep => "per step",
                OutputKind::Final => "final",
            };
            writeln!(
                out,
                "  output {}: {}{} {kind}",
                o.name,
                o.dtype.name(),
                self.dims_text(&o.dims)
            )?;
        }
        writeln!(out, "  values")?;
        let mut names_of: std::collections::HashMap<usize, Vec<&str>> = Default::default();
        for b in &self.bindings {
            names_of.entry(b.value.index()).or_default().push(&b.name);
        }
        for (h, e) in self.exprs.iter() {
            let body = match *e {
                Expr::Const(c) => format!("const {}", num(c.get())),
                Expr::Input(i) => format!("input {}", self.inputs[i].name),
                Expr::State(s, When::Prev) => format!("state {} (prev)", self.states[s].name),
                Expr::State(s, When::New) => format!("state {} (new)", self.states[s].name),
                Expr::Unary(op, a) => format!("{} %{}", op.name(), a.index()),
                Expr::Binary(op, a, b) => {
                    format!("{} %{}, %{}", op.name(), a.index(), b.index())
                }
                Expr::Sum(d, a) => format!("sum {} %{}", self.dims[d].index, a.index()),
                Expr::DimSize(d) => format!("size {}", self.dims[d].name),
                Expr::Position(_) => format!("position {}", self.dims[self.scan].index),
                Expr::Adjoint(s) => format!("adjoint {}", self.states[s].name),
                Expr::OutputGrad(o) => format!("grad {}", self.outputs[o].name),
            };
            let line = format!(
                "    %{} = {body} : {}",
                h.index(),
                self.shape_text(self.exprs.shape(h))
            );
            match names_of.get(&h.index()) {
                None => writeln!(out, "{line}")?,
                Some(names) => writeln!(out, "{line:<56} // let {}", names.join(", "))?,
            }
        }
        for (_, st) in self.states.iter() {
            writeln!(out, "  update {} = %{}", st.name, st.update.index())?;
        }
        for (_, o) in self.outputs.iter() {
            writeln!(out, "  output {} = %{}", o.name, o.value.index())?;
        }
        Ok(())
    }
}
