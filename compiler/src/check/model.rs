//! Checking a `model` block: every name resolves (config values, parameters, forward inputs,
//! locals, layer indices), calls name a known layer op or a recurrence of the same file, and a
//! recurrence call passes only that recurrence's arguments, all the required ones.

use std::collections::{HashMap, HashSet};

use super::suggest;
use crate::error::{CheckError, NameKind};
use crate::ir::CheckedModel;
use crate::syntax::ast::{self, ExprKind, ModelItem, ModelStmt};

/// Functions usable in `config` entries.
pub const CONFIG_FUNCTIONS: [&str; 8] =
    ["int", "float", "bool", "str", "ceil", "floor", "min", "max"];

/// The structural layer operations of a model's `forward` (the elementwise ones are the
/// builtins of `ir::builtins`; see [`layer_ops`]).
pub const STRUCTURAL_OPS: [&str; 6] = [
    "embedding",
    "rmsnorm",
    "linear",
    "conv1d_causal",
    "split",
    "float32",
];

/// Every function a model's `forward` may call: the structural ops, then the elementwise
/// builtins.
pub fn layer_ops() -> &'static [&'static str] {
    static OPS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    OPS.get_or_init(|| {
        STRUCTURAL_OPS
            .iter()
            .copied()
            .chain(crate::ir::builtins::layer_names())
            .collect()
    })
}

struct Scope<'a> {
    names: HashMap<String, ast::Span>,
    layer_vars: HashSet<String>,
    file: &'a ast::File,
}

pub(super) fn check_model(
    m: &ast::Model,
    file: &ast::File,
    errors: &mut Vec<CheckError>,
) -> Option<CheckedModel> {
    let before = errors.len();
    let mut scope = Scope {
        names: HashMap::new(),
        layer_vars: HashSet::new(),
        file,
    };
    let mut has_forward = false;
    let declare = |scope: &mut Scope, id: &ast::Ident, errors: &mut Vec<CheckError>| {
        if let Some(first) = scope.names.get(&id.name) {
            errors.push(CheckError::Duplicate {
                name: id.name.clone(),
                span: id.span.clone(),
                first: first.clone(),
            });
        } else {
            scope.names.insert(id.name.clone(), id.span.clone());
        }
    };
    for item in &m.items {
        match item {
            ModelItem::Config { file, entries, .. } => {
                if let Some((f, span)) = file {
                    let path = std::path::Path::new(f);
                    let inside = !f.is_empty()
                        && path
                            .components()
                            .all(|c| matches!(c, std::path::Component::Normal(_)));
                    if !inside {
                        errors.push(CheckError::ConfigFile {
                            file: f.clone(),
                            span: span.clone(),
                        });
                    }
                }
                for e in entries {
                    scope.expr(&e.value, errors, &CONFIG_FUNCTIONS);
                    declare(&mut scope, &e.name, errors);
                }
            }
            ModelItem::Param(p) => {
                scope.param(p, errors);
                declare(&mut scope, &p.name, errors);
            }
            ModelItem::RepeatParams {
                count, var, params, ..
            } => {
                scope.expr(count, errors, &CONFIG_FUNCTIONS);
                scope.layer_vars.insert(var.name.clone());
                for p in params {
                    scope.param(p, errors);
                    declare(&mut scope, &p.name, errors);
                }
                scope.layer_vars.remove(&var.name);
            }
            ModelItem::Forward {
                inputs,
                outputs,
                body,
                ..
            } => {
                has_forward = true;
                for i in inputs {
                    declare(&mut scope, &i.name, errors);
                }
                scope.stmts(body, errors);
                for o in outputs {
                    if !scope.names.contains_key(&o.name) {
                        errors.push(CheckError::UnknownName {
                            name: o.name.clone(),
                            span: o.span.clone(),
                            kind: NameKind::Value,
                            suggestion: None,
                        });
                    }
                }
            }
        }
    }
    if !has_forward {
        errors.push(CheckError::ModelNeedsForward {
            model: m.name.name.clone(),
            span: m.name.span.clone(),
        });
    }
    (errors.len() == before).then(|| CheckedModel {
        name: m.name.name.clone(),
        syntax: m.clone(),
    })
}

impl Scope<'_> {
    fn param(&mut self, p: &ast::ModelParam, errors: &mut Vec<CheckError>) {
        for d in &p.dims {
            self.expr(d, errors, &CONFIG_FUNCTIONS);
        }
        if let Some(c) = &p.condition {
            self.expr(c, errors, &CONFIG_FUNCTIONS);
        }
        if let Some(f) = &p.fallback {
            self.expr(f, errors, &[]);
        }
    }

    fn stmts(&mut self, body: &[ModelStmt], errors: &mut Vec<CheckError>) {
        for s in body {
            match s {
                ModelStmt::Bind { names, value, .. } => {
                    self.expr(value, errors, layer_ops());
                    for n in names {
                        self.names.insert(n.name.clone(), n.span.clone());
                    }
                }
                ModelStmt::Repeat {
                    count, var, body, ..
                } => {
                    self.expr(count, errors, &CONFIG_FUNCTIONS);
                    self.layer_vars.insert(var.name.clone());
                    self.stmts(body, errors);
                    self.layer_vars.remove(&var.name);
                }
            }
        }
    }

    fn recurrence(&self, name: &str) -> Option<&ast::Recurrence> {
        self.file.items.iter().find_map(|i| match i {
            ast::Item::Recurrence(r) if r.name.name == name => Some(r),
            _ => None,
        })
    }

    fn name(&self, id: &ast::Ident, errors: &mut Vec<CheckError>) {
        if self.names.contains_key(&id.name) || self.layer_vars.contains(&id.name) {
            return;
        }
        let suggestion = suggest(
            &id.name,
            self.names
                .keys()
                .chain(self.layer_vars.iter())
                .map(String::as_str),
        );
        errors.push(CheckError::UnknownName {
            name: id.name.clone(),
            span: id.span.clone(),
            kind: NameKind::Value,
            suggestion,
        });
    }

    fn expr(&self, e: &ast::Expr, errors: &mut Vec<CheckError>, functions: &[&str]) {
        match &e.kind {
            ExprKind::Number(_) | ExprKind::Bool(_) | ExprKind::Str(_) => {}
            ExprKind::Name(id) => self.name(id, errors),
            ExprKind::Index { base, indices } => {
                self.name(base, errors);
                for i in indices {
                    match &i.kind {
                        ExprKind::Name(v) if self.layer_vars.contains(&v.name) => {}
                        ExprKind::Name(v) => errors.push(CheckError::RepeatVarMisuse {
                            name: v.name.clone(),
                            span: v.span.clone(),
                        }),
                        _ => self.expr(i, errors, functions),
                    }
                }
            }
            ExprKind::List(items) => items.iter().for_each(|i| self.expr(i, errors, functions)),
            ExprKind::Unary { operand, .. } => self.expr(operand, errors, functions),
            ExprKind::Binary { lhs, rhs, .. } => {
                self.expr(lhs, errors, functions);
                self.expr(rhs, errors, functions);
            }
            ExprKind::Call { func, args } => {
                for a in args {
                    self.expr(&a.value, errors, functions);
                }
                if functions.contains(&func.name.as_str()) {
                    return;
                }
                if std::ptr::eq(functions, layer_ops()) {
                    if let Some(r) = self.recurrence(&func.name) {
                        self.recurrence_call(r, func, args, e, errors);
                        return;
                    }
                }
                let recurrences: Vec<&str> = if std::ptr::eq(functions, layer_ops()) {
                    self.file
                        .items
                        .iter()
                        .filter_map(|i| match i {
                            ast::Item::Recurrence(r) => Some(r.name.name.as_str()),
                            ast::Item::Model(_) => None,
                        })
                        .collect()
                } else {
                    vec![]
                };
                errors.push(CheckError::UnknownFunction {
                    name: func.name.clone(),
                    span: func.span.clone(),
                    suggestion: suggest(&func.name, functions.iter().copied().chain(recurrences)),
                });
            }
        }
    }

    fn recurrence_call(
        &self,
        r: &ast::Recurrence,
        func: &ast::Ident,
        args: &[ast::Arg],
        call: &ast::Expr,
        errors: &mut Vec<CheckError>,
    ) {
        let mut given = HashSet::new();
        for a in args {
            let Some(key) = &a.key else {
                errors.push(CheckError::NotInRecurrence {
                    what: "a positional argument to a recurrence (name each one: `u = x`)",
                    span: a.value.span.clone(),
                });
                continue;
            };
            if r.args.iter().any(|p| p.name.name == key.name) {
                given.insert(key.name.as_str());
            } else {
                errors.push(CheckError::UnknownKeyword {
                    func: func.name.clone(),
                    key: key.name.clone(),
                    span: key.span.clone(),
                    suggestion: suggest(&key.name, r.args.iter().map(|p| p.name.name.as_str())),
                });
            }
        }
        for p in &r.args {
            if !p.optional && !given.contains(p.name.name.as_str()) {
                errors.push(CheckError::MissingArgument {
                    func: func.name.clone(),
                    arg: p.name.name.clone(),
                    span: call.span.clone(),
                });
            }
        }
    }
}
