//! Small goldens, one per emitter feature: the MLIR of one feature cut out of a generated
//! kernel (between the comment lines the emitter writes around it), each a few dozen lines a
//! reviewer can read. `kernels-generated/` holds the whole kernels, kept fresh by its own test.

use linrec_compiler::emit::plan::BlockScan;
use linrec_compiler::pipeline::{self, CompileOptions};

use crate::support::{load, root};

/// The MLIR of kernel `kernel` of an example compiled as `scripts/regen-kernels.sh` does,
/// with `threads` per block and `tile` steps per staged tile when given (small ones keep the
/// unrolled copies of a staged tile few).
fn kernel_text(example: &str, kernel: &str, threads_tile: Option<(u32, u32)>) -> String {
    kernel_text_with(example, kernel, threads_tile, None)
}

/// As [`kernel_text`], the sequential forward's block scan as given (None: the plan's).
fn kernel_text_with(
    example: &str,
    kernel: &str,
    threads_tile: Option<(u32, u32)>,
    block: Option<Option<BlockScan>>,
) -> String {
    let src = load(&root().join("lang-examples").join(example));
    let opts = CompileOptions {
        fixed: [("N".to_string(), 16)].into_iter().collect(),
        threads: threads_tile.map(|t| t.0),
        tile: threads_tile.map(|t| t.1),
        plan: linrec_compiler::emit::plan::PlanOverrides {
            block,
            ..Default::default()
        },
        ..Default::default()
    };
    let compiled = pipeline::compile(&src, &opts).expect("compiles");
    compiled
        .kernels
        .into_iter()
        .find(|k| k.manifest.name == kernel)
        .unwrap_or_else(|| panic!("no kernel {kernel}"))
        .mlir
}

/// The lines from the first comment starting with `// {start}` to the next starting with
/// `// {end}`, both included, unindented by the first line's indentation.
fn cut(text: &str, start: &str, end: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let a = lines
        .iter()
        .position(|l| l.trim_start().starts_with(&format!("// {start}")))
        .unwrap_or_else(|| panic!("no `// {start}` in\n{text}"));
    let b = a + lines[a..]
        .iter()
        .position(|l| l.trim_start().starts_with(&format!("// {end}")))
        .unwrap_or_else(|| panic!("no `// {end}` after `// {start}`"));
    let pad = lines[a].len() - lines[a].trim_start().len();
    let cut: Vec<&str> = lines[a..=b]
        .iter()
        .map(|l| l.get(pad..).unwrap_or(l.trim_start()))
        .collect();
    assert!(
        cut.len() <= 80,
        "a golden is a few dozen lines, not {}",
        cut.len()
    );
    cut.join("\n") + "\n"
}

// The first-order scan's thread-per-scan forward (its plan's is a block scan).
#[test]
fn staged_tile_load() {
    let k = kernel_text_with(
        "first_order.lr",
        "first_order_fwd",
        Some((4, 2)),
        Some(None),
    );
    insta::assert_snapshot!(cut(&k, "staged load of `a`", "end staged load of `a`"));
}

#[test]
fn lane_reduction() {
    let k = kernel_text("mamba.lr", "selective_scan_fwd", None);
    insta::assert_snapshot!(cut(&k, "sum over the lanes", "end sum over the lanes"));
}

#[test]
fn chunk_carry() {
    let k = kernel_text("first_order.lr", "first_order_chunk_carry", None);
    insta::assert_snapshot!(cut(&k, "carry scan", "end carry scan"));
}

#[test]
fn checkpoint_save() {
    let k = kernel_text_with("first_order.lr", "first_order_fwd", None, Some(None));
    insta::assert_snapshot!(cut(&k, "save the states", "end save"));
}

/// The block scan's middle, its first half: a warp's inclusive scan of the maps with
/// shuffles, each warp's total written to shared memory.
#[test]
fn block_scan_of_the_maps() {
    let block = BlockScan::new(64, 4);
    let k = kernel_text_with("first_order.lr", "first_order_fwd", None, Some(Some(block)));
    insta::assert_snapshot!(cut(&k, "2. the block's scan", "across warps"));
}
