//! `linrec-gpu`: the runtime's own program (no MLIR linked, small enough to carry to a GPU
//! machine). `linrec-gpu check kernels-generated/*` runs the GPU correctness suite.

use std::path::PathBuf;
use std::process::ExitCode;

use linrec_runtime::{Gpu, model_suite, suite};

/// A large check: kernel dir, recurrence, shape, sampled outer points.
type LargeRun<'a> = (&'a str, &'a str, Vec<(&'a str, usize)>, usize);

fn usage() -> ExitCode {
    eprintln!(
        "usage: linrec-gpu check DIR...   run the GPU correctness suite on compiled kernel dirs\n\
                linrec-gpu check-large      L = 65,536 and a tensor of more than 2^31 elements\n\
                linrec-gpu bench            time the kernels against the copy-bandwidth floor\n\
                linrec-gpu model-check      lang-examples/mamba.lr on the GPU vs the reference fixture\n\
                linrec-gpu model-bench      prefill / decode tokens/s at the Mamba-130m shape\n\
                linrec-gpu model-profile    where a batch-8 prefill's GPU time goes, per operation\n\
         \n\
         DIR holds manifest.json and PTX written by `linrec compile`; the spec it names is read\n\
         relative to the current directory (run from the repository root)."
    );
    ExitCode::from(2)
}

/// The shapes of ../shared/TARGETS.md.
fn run_bench(gpu: &Gpu) -> linrec_runtime::Result<String> {
    use linrec_compiler::strategy::Request;
    use linrec_runtime::bench;
    use std::path::Path;
    let bw = bench::copy_bandwidth(gpu)?;
    let mut rows = Vec::new();
    for t in [2048, 16384, 65536] {
        for r in [Request::Sequential, Request::Chunked] {
            rows.extend(bench::bench_with(
                gpu,
                Path::new("kernels-generated/first_order"),
                "first_order",
                &[("B", 8), ("C", 1536), ("T", t)],
                bw,
                false,
                Some(r),
            )?);
        }
    }
    for r in [Request::Sequential, Request::Chunked] {
        rows.extend(bench::bench_with(
            gpu,
            Path::new("kernels-generated/selective_scan"),
            "selective_scan",
            &[("B", 1), ("D", 1536), ("L", 65536), ("N", 16)],
            bw,
            false,
            Some(r),
        )?);
    }
    // The model's layout ([B, L, D], mamba.lr): 8 lanes per channel, reads unrolled.
    for b in [8, 1] {
        let mut r = bench::bench_recurrence(
            gpu,
            Path::new("kernels-generated/mamba"),
            "selective_scan",
            &[("B", b), ("D", 1536), ("L", 2048), ("N", 16)],
            bw,
            false,
        )?;
        for row in &mut r {
            row.name = format!("{} [B,L,D]", row.name);
        }
        rows.extend(r);
    }
    for dir in [
        "kernels-generated/selective_scan",
        "kernels-generated/selective_scan-bf16",
    ] {
        for (b, d, l) in [
            (8, 1536, 2048),
            (4, 5120, 4096),
            (1, 1536, 65536),
            (1, 5120, 2048),
        ] {
            let mut r = bench::bench_recurrence(
                gpu,
                Path::new(dir),
                "selective_scan",
                &[("B", b), ("D", d), ("L", l), ("N", 16)],
                bw,
                true,
            )?;
            if dir.ends_with("bf16") {
                for row in &mut r {
                    row.name = format!("{} bf16", row.name);
                }
            }
            rows.extend(r);
        }
    }
    Ok(bench::table(bw, &rows))
}

fn run_variants(gpu: &Gpu, dirs: &[PathBuf]) -> linrec_runtime::Result<String> {
    use linrec_compiler::strategy::Request;
    use linrec_runtime::bench;
    let bw = bench::copy_bandwidth(gpu)?;
    let mut rows = Vec::new();
    for dir in dirs {
        let label = dir
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let mut r = if label.starts_with("first_order") {
            bench::bench_recurrence(
                gpu,
                dir,
                "first_order",
                &[("B", 8), ("C", 1536), ("T", 16384)],
                bw,
                false,
            )?
        } else {
            // Both strategies at the model's prefill shapes (batch 8 and 1).
            let mut r = Vec::new();
            for b in [8, 1] {
                for req in [Request::Sequential, Request::Chunked] {
                    r.extend(bench::bench_with(
                        gpu,
                        dir,
                        "selective_scan",
                        &[("B", b), ("D", 1536), ("L", 2048), ("N", 16)],
                        bw,
                        false,
                        Some(req),
                    )?);
                }
            }
            r
        };
        for row in &mut r {
            let strat = row.name.rsplit(' ').next().unwrap_or_default().to_string();
            row.name = format!("{label} {strat}");
        }
        rows.extend(r);
    }
    Ok(bench::table(bw, &rows))
}

/// Prints a report's text, or the error.
fn print_text<E: std::fmt::Display>(r: Result<String, E>) -> ExitCode {
    match r {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints a check's table; success when every row passed.
fn report<R, E: std::fmt::Display>(
    rows: Result<Vec<R>, E>,
    table: impl Fn(&[R]) -> String,
    passed: impl Fn(&R) -> bool,
) -> ExitCode {
    match rows {
        Ok(rows) => {
            print!("{}", table(&rows));
            if rows.iter().all(passed) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Opens GPU 0 (with a stream of its own for graph capture), or reports why not.
fn open(own_stream: bool) -> Option<Gpu> {
    let g = if own_stream {
        Gpu::open_with_stream(0)
    } else {
        Gpu::open(0)
    };
    g.map_err(|e| eprintln!("error: {e}")).ok()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        return usage();
    };
    match cmd.as_str() {
        "check" => {
            let dirs: Vec<PathBuf> = args[1..].iter().map(PathBuf::from).collect();
            if dirs.is_empty() {
                return usage();
            }
            let Some(gpu) = open(false) else {
                return ExitCode::FAILURE;
            };
            println!("device: {}", gpu.name());
            let refs: Vec<&std::path::Path> = dirs.iter().map(PathBuf::as_path).collect();
            report(
                suite::run(&gpu, std::path::Path::new("."), &refs, 1),
                suite::table,
                suite::Row::passed,
            )
        }
        "bench" => {
            let Some(gpu) = open(false) else {
                return ExitCode::FAILURE;
            };
            match run_bench(&gpu) {
                Ok(text) => {
                    println!("device: {}", gpu.name());
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        "check-large" => {
            // L = 65,536, and more than 2^31 elements in one tensor (64-bit offsets).
            let Some(gpu) = open(false) else {
                return ExitCode::FAILURE;
            };
            let root = std::path::Path::new(".");
            let runs: [LargeRun<'_>; 3] = [
                (
                    "kernels-generated/first_order",
                    "first_order",
                    vec![("B", 1), ("C", 33000), ("T", 65536)],
                    6,
                ),
                (
                    "kernels-generated/selective_scan",
                    "selective_scan",
                    vec![("B", 2), ("D", 48), ("L", 65536), ("N", 16)],
                    4,
                ),
                (
                    "kernels-generated/selective_scan-bf16",
                    "selective_scan",
                    vec![("B", 1), ("D", 64), ("L", 65536), ("N", 16)],
                    3,
                ),
            ];
            let mut rows = Vec::new();
            for (dir, name, shape, samples) in runs {
                match suite::check_large(
                    &gpu,
                    root,
                    std::path::Path::new(dir),
                    name,
                    &shape,
                    samples,
                ) {
                    Ok(r) => rows.extend(r),
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            print!("{}", suite::table(&rows));
            if rows.iter().all(suite::Row::passed) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        "variants" => {
            // Times every compiled variant under the given dirs (first_order / selective_scan).
            let Some(gpu) = open(false) else {
                return ExitCode::FAILURE;
            };
            let dirs: Vec<PathBuf> = args[1..].iter().map(PathBuf::from).collect();
            print_text(run_variants(&gpu, &dirs))
        }
        "model-check" | "model-bench" | "model-profile" => {
            // The model executor on the GPU (its own stream: decode steps are graph-captured).
            let Some(gpu) = open(true) else {
                return ExitCode::FAILURE;
            };
            println!("device: {}", gpu.name());
            let root = std::path::Path::new(".");
            if cmd == "model-check" {
                report(model_suite::check(&gpu, root), model_suite::table, |r| {
                    r.passed
                })
            } else if cmd == "model-profile" {
                print_text(model_suite::profile(&gpu, root))
            } else {
                print_text(model_suite::bench(&gpu, root))
            }
        }
        "--help" | "-h" | "help" => {
            usage();
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}
