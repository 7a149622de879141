//! Reading a spec file, and the front end with its diagnostics printed.

use std::path::PathBuf;

use linrec_compiler::pipeline::{self, DerivedModule, Source};

pub fn load(path: &PathBuf) -> Result<Source, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    Ok(Source::new(path.display().to_string(), text))
}

/// Loads, checks and derives a file; on error prints the diagnostics and returns `None`.
pub fn front_end(path: &PathBuf, color: bool) -> Result<Option<(Source, DerivedModule)>, String> {
    let src = load(path)?;
    match pipeline::derive(&src) {
        Ok(m) => Ok(Some((src, m))),
        Err(errors) => {
            eprint!("{}", src.render(&errors, color));
            Ok(None)
        }
    }
}
