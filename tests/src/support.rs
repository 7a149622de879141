//! Helpers shared by the end-to-end tests.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use linrec_compiler::interp::{self, Sizes, Tensor};
use linrec_compiler::ir::{Module, Recurrence};
use linrec_compiler::pipeline::{self, Source};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repository root")
        .to_path_buf()
}

pub fn load(path: &Path) -> Source {
    let text = std::fs::read_to_string(path).expect("example readable");
    let name = path
        .strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string();
    Source::new(name, text)
}

/// The sizes the bundled examples' summed dims are compiled with (as `scripts/regen-kernels.sh`
/// passes them: one list for every file).
pub fn example_dims() -> std::collections::BTreeMap<String, usize> {
    [
        ("N".to_string(), 16),
        ("DK".to_string(), 16),
        ("M".to_string(), 4),
    ]
    .into_iter()
    .collect()
}

/// Checks a bundled example, panicking with its rendered diagnostics on failure.
pub fn module(relative: &str) -> Module {
    let src = load(&root().join(relative));
    pipeline::front_end(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)))
}

/// Random inputs for a recurrence keyed by input name.
pub fn named_inputs(
    rec: &Recurrence,
    sizes: &Sizes,
    seed: u64,
) -> (Vec<Option<Tensor>>, HashMap<String, Vec<f64>>) {
    let inputs = interp::random_inputs(rec, sizes, seed);
    let by_name = rec
        .inputs
        .iter()
        .zip(&inputs)
        .filter_map(|((_, i), t)| t.as_ref().map(|t| (i.name.clone(), t.data.clone())))
        .collect();
    (inputs, by_name)
}

pub use linrec_compiler::interp::rel_err;

/// Every derived recurrence of the bundled examples, in file order.
pub fn all_derived() -> Vec<linrec_compiler::derive::Derived> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("lang-examples"))
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "lr"))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|p| {
            let src = load(p);
            pipeline::derive(&src)
                .unwrap_or_else(|e| panic!("{}", src.render(&e, false)))
                .recurrences
        })
        .collect()
}
