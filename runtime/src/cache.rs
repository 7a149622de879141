//! The per-user cache of compiled kernels (`linrec run` compiles a model's file once per
//! spec text and sizes; the Python package a recurrence once per spec text, sizes, dtype and
//! options). It lives in `$LINREC_CACHE_DIR`, else in the platform's cache
//! folder (`$XDG_CACHE_HOME/linrec`, `~/.cache/linrec`), never in a shared, predictable
//! place: another user cannot plant kernels in it. The folder is created private to the user
//! and one that others may write to is refused. An entry is built in a fresh folder beside it
//! and renamed into place, so it is complete or absent, and concurrent first runs both
//! succeed (the loser of the rename uses the winner's entry).

use std::path::{Path, PathBuf};

/// Environment variable that overrides the cache folder.
pub const CACHE_ENV: &str = "LINREC_CACHE_DIR";

/// The cache folder, created if missing (private to the user) and checked.
pub fn root() -> Result<PathBuf, String> {
    let root = match std::env::var_os(CACHE_ENV).filter(|v| !v.is_empty()) {
        Some(v) => PathBuf::from(v),
        None => dirs::cache_dir()
            .map(|d| d.join("linrec"))
            .ok_or_else(|| format!("no cache folder: set {CACHE_ENV} (or HOME)"))?,
    };
    create_private(&root)?;
    check_private(&root)?;
    Ok(root)
}

/// The cache entry `key` under `kind` (a subfolder), built by `build` into an empty folder when
/// it is absent. An entry is present when it holds `marker`, written last by `build`.
pub fn entry(
    kind: &str,
    key: &str,
    marker: &str,
    build: impl FnOnce(&Path) -> Result<(), String>,
) -> Result<PathBuf, String> {
    let parent = root()?.join(kind);
    create_private(&parent)?;
    entry_in(&parent, key, marker, build)
}

fn entry_in(
    parent: &Path,
    key: &str,
    marker: &str,
    build: impl FnOnce(&Path) -> Result<(), String>,
) -> Result<PathBuf, String> {
    let dir = parent.join(key);
    if dir.join(marker).is_file() {
        return Ok(dir);
    }
    let partial = tempfile::Builder::new()
        .prefix(".partial-")
        .tempdir_in(parent)
        .map_err(|e| format!("cannot create a folder in `{}`: {e}", parent.display()))?;
    build(partial.path())?;
    match std::fs::rename(partial.path(), &dir) {
        Ok(()) => {
            // Renamed away: nothing is left for the guard to remove.
            let _ = partial.keep();
            Ok(dir)
        }
        // Another run put the entry in place first (or an incomplete one is in the way).
        Err(_) if dir.join(marker).is_file() => Ok(dir),
        Err(e) if !dir.exists() => Err(format!("cannot create `{}`: {e}", dir.display())),
        Err(_) => {
            // An entry without its marker (an older linrec's, or a removed file): replace it.
            std::fs::remove_dir_all(&dir)
                .map_err(|e| format!("cannot replace `{}`: {e}", dir.display()))?;
            std::fs::rename(partial.path(), &dir)
                .map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
            let _ = partial.keep();
            Ok(dir)
        }
    }
}

/// The key of compiled kernels: this linrec's version and manifest format, the build of the
/// program that compiles (`build`: kernels of another build are not reused), the spec's text
/// and the compile options, written out.
pub fn kernels_key(build: &str, text: &str, options: &str) -> String {
    let version = linrec_compiler::manifest::VERSION.to_string();
    key(&[
        env!("CARGO_PKG_VERSION").as_bytes(),
        version.as_bytes(),
        build.as_bytes(),
        text.as_bytes(),
        options.as_bytes(),
    ])
}

/// A hex digest of `parts`: stable across runs, builds and platforms.
pub fn key(parts: &[&[u8]]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize()[..12]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn create_private(dir: &Path) -> Result<(), String> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
        .map_err(|e| format!("cannot create the cache folder `{}`: {e}", dir.display()))
}

/// A cache folder must be the user's and writable by no one else.
fn check_private(dir: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let meta = std::fs::metadata(dir)
            .map_err(|e| format!("cannot read the cache folder `{}`: {e}", dir.display()))?;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        if meta.uid() != me || meta.permissions().mode() & 0o022 != 0 {
            return Err(format!(
                "the cache folder `{}` belongs to another user or others may write to it; \
                 use a folder of your own ({CACHE_ENV}=…) or `chmod go-w` it",
                dir.display()
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_stable_and_separate_their_parts() {
        assert_eq!(key(&[b"ab", b"c"]), key(&[b"ab", b"c"]));
        assert_ne!(key(&[b"ab", b"c"]), key(&[b"a", b"bc"]));
        assert_eq!(key(&[b"x"]).len(), 24);
    }

    #[test]
    fn concurrent_first_builds_all_succeed_with_one_whole_entry() {
        let parent = tempfile::tempdir().expect("tmp");
        let runs: Vec<Result<PathBuf, String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|i| {
                    let parent = parent.path();
                    s.spawn(move || {
                        entry_in(parent, "k", "manifest.json", |d| {
                            std::fs::write(d.join("a.ptx"), format!("{i}"))
                                .map_err(|e| e.to_string())?;
                            std::thread::sleep(std::time::Duration::from_millis(20));
                            std::fs::write(d.join("manifest.json"), "{}").map_err(|e| e.to_string())
                        })
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("no panic"))
                .collect()
        });
        for r in &runs {
            assert_eq!(
                r.as_deref().expect("each run succeeds"),
                parent.path().join("k")
            );
        }
        let left: Vec<_> = std::fs::read_dir(parent.path())
            .expect("read")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(
            left,
            vec![std::ffi::OsString::from("k")],
            "no partial folders remain"
        );
        // A present entry is not rebuilt; a failed build leaves nothing behind.
        let again = entry_in(parent.path(), "k", "manifest.json", |_| {
            Err("rebuilt".into())
        });
        assert!(again.is_ok());
        let failed = entry_in(parent.path(), "j", "manifest.json", |_| Err("no".into()));
        assert_eq!(failed, Err("no".into()));
        assert_eq!(std::fs::read_dir(parent.path()).expect("read").count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_others_may_write_to_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().expect("tmp");
        assert!(check_private(d.path()).is_ok());
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
        let err = check_private(d.path()).expect_err("world-writable");
        assert!(err.contains("chmod go-w"), "{err}");
    }
}
