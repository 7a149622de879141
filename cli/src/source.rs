//! Reading a spec file, and the front end with its diagnostics printed.

use std::path::Path;

use linrec_compiler::limits::MAX_SPEC_BYTES;
use linrec_compiler::pipeline::{self, DerivedModule, Source};

/// Reads a spec: a regular file of at most [`MAX_SPEC_BYTES`], UTF-8 (a byte-order mark is
/// skipped); an error names the file, and for bad bytes their line and column.
pub fn load(path: &Path) -> Result<Source, String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read `{shown}`: {e}"))?;
    if !meta.is_file() {
        return Err(format!(
            "`{shown}` is not a regular file; a spec is read whole from a file"
        ));
    }
    if meta.len() > MAX_SPEC_BYTES as u64 {
        return Err(format!(
            "`{shown}` holds {} bytes; a spec may hold at most {MAX_SPEC_BYTES}",
            meta.len()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{shown}`: {e}"))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = good
            .rsplit(|&b| b == b'\n')
            .next()
            .map_or(0, |l| String::from_utf8_lossy(l).chars().count())
            + 1;
        format!(
            "{shown}:{line}:{col}: byte 0x{:02X} is not UTF-8; save the spec as UTF-8 text",
            bytes[e.valid_up_to()]
        )
    })?;
    Ok(Source::new(path.display().to_string(), text))
}

/// Loads, checks and derives a file; on error prints the diagnostics and returns `None`.
pub fn front_end(path: &Path, color: bool) -> Result<Option<(Source, DerivedModule)>, String> {
    let src = load(path)?;
    match pipeline::derive(&src) {
        Ok(m) => Ok(Some((src, m))),
        Err(errors) => {
            eprint!("{}", src.render(&errors, color));
            Ok(None)
        }
    }
}
