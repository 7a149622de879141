//! Reading the files a model needs — checkpoints, their index, `config.json`: regular files
//! only (a device or a FIFO would read forever or block), each under a size cap.

use std::path::Path;

/// Largest JSON file read (configs, shard indexes, tokenizers).
pub const MAX_JSON_BYTES: u64 = 256 << 20;

/// That `path` is a regular file of at most `max` bytes; its length.
pub fn regular(path: &Path, max: u64) -> std::io::Result<u64> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    if meta.len() > max {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{} bytes, more than the {max} read", meta.len()),
        ));
    }
    Ok(meta.len())
}

/// A JSON file's text, checked as above.
pub fn read_json_text(path: &Path) -> std::io::Result<String> {
    regular(path, MAX_JSON_BYTES)?;
    std::fs::read_to_string(path)
}

/// That `name` is one file name (no folder, no `..`, not absolute): a file of the folder
/// it is joined to, never one elsewhere.
pub fn plain_name(name: &str) -> bool {
    let mut parts = Path::new(name).components();
    matches!(
        (parts.next(), parts.next()),
        (Some(std::path::Component::Normal(_)), None)
    )
}
