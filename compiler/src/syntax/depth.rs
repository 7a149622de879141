//! The depth of expressions, measured without recursion (a spec deep enough to matter would
//! overflow a recursive walk): every later stage walks expressions recursively, so the parser
//! refuses an expression deeper than [`crate::limits::MAX_EXPR_DEPTH`] before they run.

use super::ast::{Expr, ExprKind, File, Item, ModelItem, ModelStmt, Param, Span, Stmt};

/// The depth of `e` (a leaf is 1).
pub fn depth(e: &Expr) -> usize {
    depth_with(e, |_| None)
}

/// The depth of `e` with every name `named` resolves (to the depth of what it stands for)
/// replaced by that: the depth of a `let`'s value with the lets it uses substituted.
pub fn depth_with(e: &Expr, named: impl Fn(&str) -> Option<usize>) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(e, 1usize)];
    while let Some((e, d)) = stack.pop() {
        deepest = deepest.max(d);
        match &e.kind {
            ExprKind::Name(id) => {
                if let Some(n) = named(&id.name) {
                    deepest = deepest.max(d - 1 + n);
                }
            }
            ExprKind::Number(_) | ExprKind::Bool(_) | ExprKind::Str(_) => {}
            ExprKind::Index { indices, .. } => stack.extend(indices.iter().map(|x| (x, d + 1))),
            ExprKind::Call { args, .. } => stack.extend(args.iter().map(|a| (&a.value, d + 1))),
            ExprKind::List(items) => stack.extend(items.iter().map(|x| (x, d + 1))),
            ExprKind::Unary { operand, .. } => stack.push((operand, d + 1)),
            ExprKind::Binary { lhs, rhs, .. } => {
                stack.push((lhs, d + 1));
                stack.push((rhs, d + 1));
            }
        }
    }
    deepest
}

/// The deepest expression of a file: its depth and span (`repeat` blocks of a model count
/// as one level each around what they hold).
pub fn deepest(file: &File) -> Option<(usize, Span)> {
    fn params<'a>(ps: &'a [Param], roots: &mut Vec<(&'a Expr, usize)>) {
        for p in ps {
            roots.extend(p.ty.dims.iter().map(|e| (e, 0)));
            if let Some((lo, hi)) = &p.range {
                roots.push((lo, 0));
                roots.push((hi, 0));
            }
        }
    }
    let mut roots: Vec<(&Expr, usize)> = Vec::new();
    for item in &file.items {
        match item {
            Item::Recurrence(r) => {
                params(&r.args, &mut roots);
                params(&r.outputs, &mut roots);
                for s in &r.body {
                    match s {
                        Stmt::Scan { .. } => {}
                        Stmt::State { ty, init, .. } => {
                            roots.extend(ty.dims.iter().map(|e| (e, 0)));
                            roots.extend(init.iter().map(|e| (e, 0)));
                        }
                        Stmt::Let { value, .. } | Stmt::Assign { value, .. } => {
                            roots.push((value, 0));
                        }
                    }
                }
            }
            Item::Model(m) => {
                for it in &m.items {
                    match it {
                        ModelItem::Config { entries, .. } => {
                            roots.extend(entries.iter().map(|e| (&e.value, 0)));
                        }
                        ModelItem::Param(p) => {
                            roots.extend(p.dims.iter().map(|e| (e, 0)));
                            roots.extend(p.condition.iter().chain(&p.fallback).map(|e| (e, 0)));
                        }
                        ModelItem::RepeatParams { count, params, .. } => {
                            roots.push((count, 0));
                            for p in params {
                                roots.extend(p.dims.iter().map(|e| (e, 1)));
                                roots.extend(p.condition.iter().chain(&p.fallback).map(|e| (e, 1)));
                            }
                        }
                        ModelItem::Forward { inputs, body, .. } => {
                            params(inputs, &mut roots);
                            let mut blocks: Vec<(&[ModelStmt], usize)> = vec![(body, 0)];
                            while let Some((stmts, level)) = blocks.pop() {
                                for s in stmts {
                                    match s {
                                        ModelStmt::Bind { value, .. } => roots.push((value, level)),
                                        ModelStmt::Repeat { count, body, .. } => {
                                            roots.push((count, level));
                                            blocks.push((body, level + 1));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    roots
        .into_iter()
        .map(|(e, level)| (depth(e) + level, e.span.clone()))
        .max_by_key(|(d, _)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_levels_without_recursing() {
        let e = crate::syntax::parse_expr("a + b * (c - d)").expect("parses");
        assert_eq!(depth(&e), 4);
        let long = (0..200_000)
            .map(|k| format!("x{k}"))
            .collect::<Vec<_>>()
            .join(" + ");
        let e = crate::syntax::parse_expr(&long).expect("parses");
        assert_eq!(depth(&e), 200_000);
        // Dropping that tree recurses once per level: on a thread with the pipeline's stack.
        crate::limits::with_stack(move || drop(e));
    }
}
