//! Where a model file lets a decoding step fold a projection in: the recurrence inputs its
//! `forward` passes `linear(x, w)` or `linear(x, w, b)`, or a name last bound to one. Mamba's `dt = linear(dt, dt_proj[i])`, passed as the selective
//! scan's `delta`, is one. The compiler emits those steps ([`super::kernel::emit_step_folds`]);
//! the runtime takes one where the projection has not run yet.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::ir::CheckedModel;
use crate::syntax::ast::{Expr, ExprKind, ModelItem, ModelStmt};

/// `(recurrence, input)` pairs some model of the file feeds from a `linear`.
pub fn model_folds(models: &[CheckedModel], recurrences: &[&str]) -> BTreeSet<(String, String)> {
    let recs: HashSet<&str> = recurrences.iter().copied().collect();
    let mut out = BTreeSet::new();
    for m in models {
        for item in &m.syntax.items {
            if let ModelItem::Forward { body, .. } = item {
                walk(body, &mut HashMap::new(), &recs, &mut out);
            }
        }
    }
    out
}

/// The statements in order; `linear`: whether each local's latest binding is a `linear`.
fn walk(
    stmts: &[ModelStmt],
    linear: &mut HashMap<String, bool>,
    recs: &HashSet<&str>,
    out: &mut BTreeSet<(String, String)>,
) {
    for s in stmts {
        match s {
            ModelStmt::Bind { names, value, .. } => {
                visit(value, linear, recs, out);
                let one_linear = names.len() == 1 && is_linear(value);
                for n in names {
                    linear.insert(n.name.clone(), one_linear);
                }
            }
            ModelStmt::Repeat { body, .. } => walk(body, linear, recs, out),
        }
    }
}

fn is_linear(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Call { func, args }
        if func.name == "linear" && (2..=3).contains(&args.len()) && args.iter().all(|a| a.key.is_none()))
}

/// Records the recurrence calls in `e` that pass a `linear`'s result by name.
fn visit(
    e: &Expr,
    linear: &HashMap<String, bool>,
    recs: &HashSet<&str>,
    out: &mut BTreeSet<(String, String)>,
) {
    match &e.kind {
        ExprKind::Call { func, args } => {
            for a in args {
                let projected = match &a.value.kind {
                    ExprKind::Name(v) => linear.get(&v.name) == Some(&true),
                    _ => is_linear(&a.value),
                };
                if recs.contains(func.name.as_str())
                    && let Some(key) = &a.key
                    && projected
                {
                    out.insert((func.name.clone(), key.name.clone()));
                }
                visit(&a.value, linear, recs, out);
            }
        }
        ExprKind::Index { indices, .. } => {
            for i in indices {
                visit(i, linear, recs, out);
            }
        }
        ExprKind::List(items) => {
            for i in items {
                visit(i, linear, recs, out);
            }
        }
        ExprKind::Unary { operand, .. } => visit(operand, linear, recs, out),
        ExprKind::Binary { lhs, rhs, .. } => {
            visit(lhs, linear, recs, out);
            visit(rhs, linear, recs, out);
        }
        ExprKind::Number(_) | ExprKind::Bool(_) | ExprKind::Str(_) | ExprKind::Name(_) => {}
    }
}
