//! The spec a manifest was compiled from, derived again on this machine: the float64
//! reference every GPU result is compared with, and the shapes benchmarks need.

use std::path::Path;

use linrec_compiler::derive::Derived;
use linrec_compiler::pipeline::{self, Source};
use linrec_runtime::{Result, RuntimeError};

/// Derives the recurrences of the spec a manifest names (`root` is where the manifest's
/// relative source path starts).
pub fn derive_source(root: &Path, source: &str) -> Result<Vec<Derived>> {
    let path = root.join(source);
    let text = std::fs::read_to_string(&path).map_err(|e| RuntimeError::Io {
        path: path.display().to_string(),
        source: e,
    })?;
    let src = Source::new(source, text);
    pipeline::derive(&src)
        .map(|m| m.recurrences)
        .map_err(|e| RuntimeError::Spec {
            path: source.into(),
            rendered: src.render(&e, false),
        })
}
