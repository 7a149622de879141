//! Semantic checking: the syntax tree becomes the checked IR, or a list of errors.
//!
//! For a recurrence: dims and their index names, dtypes, the one scan axis, states and their
//! initial values, the `let` dependency graph (petgraph; a cycle is a user error), then every
//! expression lowered into the interned DAG with its shape, and the shape rules of updates and
//! outputs. Models get name resolution here; their full semantics live with the model executor.

pub mod model;
mod recurrence;

use crate::error::{CheckError, Error};
use crate::ir::Module;
use crate::syntax::ast;

/// Checks a parsed file. Errors from every item are collected, not just the first.
pub fn check(file: &ast::File) -> Result<Module, Vec<Error>> {
    let mut errors: Vec<CheckError> = Vec::new();
    let mut module = Module::default();
    let mut seen: Vec<(&str, ast::Span)> = Vec::new();
    for item in &file.items {
        let name = match item {
            ast::Item::Recurrence(r) => &r.name,
            ast::Item::Model(m) => &m.name,
        };
        if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name.name) {
            errors.push(CheckError::Duplicate {
                name: name.name.clone(),
                span: name.span.clone(),
                first: first.clone(),
            });
        }
        seen.push((&name.name, name.span.clone()));
    }
    for item in &file.items {
        if let ast::Item::Recurrence(r) = item {
            if let Some(rec) = recurrence::check_recurrence(r, &mut errors) {
                module.recurrences.push(rec);
            }
        }
    }
    for item in &file.items {
        if let ast::Item::Model(m) = item {
            if let Some(model) = model::check_model(m, file, &mut errors) {
                module.models.push(model);
            }
        }
    }
    if errors.is_empty() {
        Ok(module)
    } else {
        // A `let` is lowered once per kind of use, so an error inside one can come up more
        // than once: each is reported once, where it first came up.
        let mut seen = std::collections::HashSet::new();
        Err(errors
            .into_iter()
            .filter(|e| seen.insert(format!("{e:?}")))
            .map(Error::from)
            .collect())
    }
}

/// The closest of `candidates` to `name`, if it is close enough to be a likely typo.
pub(crate) fn suggest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(name, c), c))
        .filter(|&(d, c)| d <= 2.max(name.len() / 3) && d < c.len().max(name.len()))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c.to_string())
}
