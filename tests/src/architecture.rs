//! The architecture, checked: the modules of the compiler form no import cycle (within every
//! module, its child modules use one another in one direction only), no source file holds
//! more than one screenful of ideas (800 lines), and the runtime neither turns an unbound
//! kernel parameter into a null pointer nor compares dtypes as strings.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::support::root;

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("readable source dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The module path of a file of `compiler/src` (`emit/kernel/mod.rs` → `emit::kernel`).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|c| c.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The module paths a file refers to (`crate::a::b…` and `super::…` paths, resolved to the
/// longest known module).
fn references(text: &str, me: &[String], modules: &BTreeSet<Vec<String>>) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    let resolve = |path: Vec<String>| -> Option<Vec<String>> {
        (1..=path.len())
            .rev()
            .map(|k| path[..k].to_vec())
            .find(|p| modules.contains(p))
    };
    let ident = |s: &str| -> Vec<String> {
        s.split("::")
            .map(|x| {
                x.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .take_while(|x| !x.is_empty())
            .collect()
    };
    // A file's own module: `mod.rs` is its folder; `super` from it is the folder's parent.
    for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            let path = ident(&rest[i + 7..]);
            if let Some(m) = resolve(path) {
                out.insert(m);
            }
            rest = &rest[i + 7..];
        }
        let mut rest = line;
        while let Some(i) = rest.find("super::") {
            // Count the chain of `super::`.
            let mut base = me.to_vec();
            let mut tail = &rest[i..];
            while let Some(t) = tail.strip_prefix("super::") {
                base.pop();
                tail = t;
            }
            let mut path = base;
            path.extend(ident(tail));
            if let Some(m) = resolve(path) {
                out.insert(m);
            }
            rest = &rest[i + 7..];
        }
    }
    out
}

#[test]
fn compiler_modules_form_no_import_cycle() {
    let src = root().join("compiler/src");
    let files = rust_files(&src);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&src, f)).collect();
    // Per parent module, the use-graph among its children.
    let mut graphs: BTreeMap<Vec<String>, BTreeSet<(String, String)>> = BTreeMap::new();
    for f in &files {
        let me = module_of(&src, f);
        let text = std::fs::read_to_string(f).expect("readable");
        for to in references(&text, &me, &modules) {
            let common = me.iter().zip(&to).take_while(|(a, b)| a == b).count();
            // Ancestors and descendants contain one another: not an import between siblings.
            if common == me.len() || common == to.len() {
                continue;
            }
            graphs
                .entry(me[..common].to_vec())
                .or_default()
                .insert((me[common].clone(), to[common].clone()));
        }
    }
    for (parent, edges) in &graphs {
        // Depth-first search for a back edge.
        let mut state: BTreeMap<&str, u8> = BTreeMap::new();
        fn visit<'a>(
            n: &'a str,
            edges: &'a BTreeSet<(String, String)>,
            state: &mut BTreeMap<&'a str, u8>,
            path: &mut Vec<&'a str>,
        ) -> Option<Vec<String>> {
            state.insert(n, 1);
            path.push(n);
            for (a, b) in edges.iter().filter(|(a, _)| a == n) {
                let _ = a;
                match state.get(b.as_str()) {
                    Some(1) => {
                        let k = path.iter().position(|x| *x == b).expect("on the path");
                        let mut cycle: Vec<String> =
                            path[k..].iter().map(|s| s.to_string()).collect();
                        cycle.push(b.clone());
                        return Some(cycle);
                    }
                    Some(_) => {}
                    None => {
                        if let Some(c) = visit(b, edges, state, path) {
                            return Some(c);
                        }
                    }
                }
            }
            path.pop();
            state.insert(n, 2);
            None
        }
        for (a, _) in edges {
            if state.contains_key(a.as_str()) {
                continue;
            }
            if let Some(cycle) = visit(a, edges, &mut state, &mut Vec::new()) {
                panic!(
                    "import cycle among the modules of `crate::{}`: {}",
                    parent.join("::"),
                    cycle.join(" → ")
                );
            }
        }
    }
    // The check sees the layering it is meant to: emit uses the IR, never the reverse.
    let top = &graphs[&Vec::new()];
    assert!(top.contains(&("emit".to_string(), "ir".to_string())));
    assert!(!top.contains(&("ir".to_string(), "emit".to_string())));
}

#[test]
fn no_source_file_is_over_800_lines() {
    let mut long = Vec::new();
    for krate in ["compiler", "model", "runtime", "cli", "tests"] {
        for f in rust_files(&root().join(krate).join("src")) {
            let n = std::fs::read_to_string(&f)
                .expect("readable")
                .lines()
                .count();
            if n > 800 {
                long.push(format!("{} ({n} lines)", f.display()));
            }
        }
    }
    assert!(long.is_empty(), "split these files: {}", long.join(", "));
}

#[test]
fn the_runtime_binds_parameters_and_dtypes_by_type() {
    for f in rust_files(&root().join("runtime/src")) {
        let text = std::fs::read_to_string(&f).expect("readable");
        for (k, line) in text.lines().enumerate() {
            let l = line.replace(' ', "");
            assert!(
                !l.contains("_=>Arg::Null"),
                "{}:{}: an unbound parameter must be an error, not a null",
                f.display(),
                k + 1
            );
            for dt in ["\"f32\"", "\"bf16\"", "\"f16\""] {
                assert!(
                    !(l.contains(&format!("dtype=={dt}")) || l.contains(&format!("dtype!={dt}"))),
                    "{}:{}: compare dtypes as DType, not strings",
                    f.display(),
                    k + 1
                );
            }
        }
    }
}
