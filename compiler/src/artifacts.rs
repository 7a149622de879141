//! Writing compiled artifacts — per kernel its PTX and MLIR, the layer kernels, and
//! `manifest.json` — in one place, for `linrec compile`, the model cache of `linrec run` and
//! the Python package's kernel cache.

use std::path::Path;

use crate::pipeline::{self, CompileOptions, Compiled, Source};

/// What to write besides the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emit {
    Mlir,
    Ptx,
}

/// Compiles `src` with `opts` into `dir` (its PTX, then the manifest): what an entry of the
/// kernel cache holds. A spec's errors come back rendered (in color with `color`).
pub fn compile_into(
    dir: &Path,
    src: &Source,
    opts: &CompileOptions,
    color: bool,
) -> Result<(), String> {
    let compiled = match pipeline::compile(src, opts) {
        Ok(c) => c,
        Err(pipeline::CompileError::Source(errors)) => return Err(src.render(&errors, color)),
        Err(e) => return Err(format!("{}: {e}", src.name)),
    };
    write(dir, &compiled, &[Emit::Ptx])
}

/// Writes `compiled` into `dir` (created if missing): the `emit` kinds of every kernel, then
/// the manifest.
pub fn write(dir: &Path, compiled: &Compiled, emit: &[Emit]) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
    let put = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))
    };
    for k in &compiled.kernels {
        if emit.contains(&Emit::Ptx) {
            put(&k.manifest.ptx, &k.ptx)?;
        } else if dir.join(&k.manifest.ptx).exists() {
            // A PTX file of an earlier compile would pass for this one's.
            std::fs::remove_file(dir.join(&k.manifest.ptx))
                .map_err(|e| format!("cannot remove the stale `{}`: {e}", k.manifest.ptx))?;
        }
        if emit.contains(&Emit::Mlir) {
            put(&format!("{}.mlir", k.manifest.name), &k.mlir)?;
        }
    }
    if let Some(l) = &compiled.layers {
        if emit.contains(&Emit::Ptx) {
            put("layers.ptx", &l.ptx)?;
        }
        if emit.contains(&Emit::Mlir) {
            put("layers.mlir", &l.mlir)?;
        }
    }
    put("manifest.json", &compiled.manifest.to_json())
}
