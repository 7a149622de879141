//! `linrec-gpu`: the runtime's own program (no MLIR linked, small enough to carry to a GPU
//! machine): the GPU conformance suite, large checks, benchmarks and the model's checks.

mod bench;
mod calibrate;
mod conform;
mod layer_check;
mod model;
mod model_bench;
mod results;
mod spec;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use linrec_compiler::conformance;
use linrec_runtime::Gpu;

use results::Record;

/// A large check: kernel dir, recurrence, shape, sampled outer points.
type LargeRun<'a> = (&'a str, &'a str, Vec<(&'a str, usize)>, usize);

/// What `model-profile` profiles.
enum Profiled {
    /// A batch-8 prefill (`mixed`: of eight packed prompts of different lengths).
    Prefill { mixed: bool },
    /// Eager decoding steps, for ncu.
    Decode,
    /// A decoding step inside its CUDA graph.
    DecodeGraph,
}

const USAGE: &str = "\
usage: linrec-gpu check DIR...        the conformance suite on compiled kernel dirs (vs float64)
       linrec-gpu check-large         L = 65,536 and a tensor of more than 2^31 elements
       linrec-gpu bench [OPTIONS]     the kernels at the TARGETS shapes vs the floor and the peers
       linrec-gpu variants DIR...     time compiled variant dirs (first_order* / selective_scan* / s5* / lru*)
       linrec-gpu calibrate FILE      time every strategy on a grid of shapes, fit the cost model
                                      and write this GPU's table (compiler/calibration/<gpu>.json)
       linrec-gpu calibrate --refit TABLE FILE   no GPU: fit the cost model as it is now to
                                      TABLE's measurements again, write the table to FILE
       linrec-gpu model-check         mamba.lr on the GPU vs the reference fixture
       linrec-gpu model-bench [OPTIONS]  prefill / decode tokens/s at the Mamba-130m shape
       linrec-gpu model-profile [mixed]  where a batch-8 prefill's GPU time goes, per
                                      operation (mixed: eight packed prompts of 256..2048)
       linrec-gpu model-profile decode   a few eager decoding steps (b1, b32 on the GEMV
                                      kernels, b1 also with the conv step apart, b32 also
                                      with it joined to a GEMV, on cuBLAS and, bf16, on the
                                      CUDA cores' row tiles), for ncu to time each launch
       linrec-gpu model-profile decode-graph   where a decoding step's time goes inside its
                                      CUDA graph (an event node before each operation; b1, b32;
                                      kernels launched plainly, not dependent on the one before)

OPTIONS (bench, model-bench):
       --peers FILE     the peers' JSON lines from the same run (../shared/peers: peers.py,
                        bench_model.py), paired with our rows
       --results FILE   append every row to FILE (bench/results.jsonl's schema; the commit from
                        LINREC_COMMIT)

LINREC_ONLY=TEXT (bench, variants) times only the runs whose strategy and sizes contain TEXT,
e.g. `Block B=4,D=5120` (to profile one shape's launches); (model-bench) only the rows whose
names contain TEXT, e.g. `decode b32`.
LINREC_CHECKS=NAME[,NAME...] (check) runs only those checks: fwd-seq, fwd-chunk, fwd-block,
fwd-block-ahead, step, step-batch, backward, bwd-seg, step-fold, step-batch-fold (the table's
second column).
LINREC_DEPENDENT_LAUNCH=off|all|N (every command) launches the kernels compiled to wait for
their predecessor (step and layer kernels) dependent on it never, always, or where the grid
has at most N blocks (default: 4 an SM).

DIR holds manifest.json and PTX written by `linrec compile`; the spec it names is read relative
to the current directory (run from the repository root).";

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
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

/// `--peers FILE` and `--results FILE`, and the other arguments.
struct Options {
    peers: Vec<serde_json::Value>,
    results: Option<PathBuf>,
    rest: Vec<String>,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        peers: Vec::new(),
        results: None,
        rest: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--peers" => {
                let f = it.next().ok_or("--peers needs a file")?;
                o.peers = results::read_peers(Path::new(f))
                    .map_err(|e| format!("cannot read the peers' rows `{f}`: {e}"))?;
            }
            "--results" => {
                o.results = Some(PathBuf::from(it.next().ok_or("--results needs a file")?));
            }
            _ => o.rest.push(a.clone()),
        }
    }
    Ok(o)
}

/// Prints the records and appends them to the results file when one was given.
fn record(gpu: &Gpu, command: &str, opts: &Options, records: &[Record]) -> ExitCode {
    print!("{}", results::table(records));
    if let Some(path) = &opts.results {
        if let Err(e) = results::append(path, &gpu.name(), command, records) {
            eprintln!("error: cannot append to `{}`: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{} rows appended to {}", records.len(), path.display());
    }
    ExitCode::SUCCESS
}

/// Times every run, after the copy bandwidth.
fn time_runs(
    gpu: &Gpu,
    runs: &[bench::Run<'_>],
    peers: &[serde_json::Value],
) -> linrec_runtime::Result<Vec<Record>> {
    let bw = linrec_runtime::timing::copy_bandwidth(gpu)?;
    println!("copy bandwidth: {:.2} TB/s (read + write)", bw / 1e12);
    // LINREC_ONLY (e.g. `Block B=4,D=5120`): only the runs whose forced strategy and sizes
    // read so, to profile one launch of one shape.
    let only = std::env::var("LINREC_ONLY").unwrap_or_default();
    let mut rows = Vec::new();
    for run in runs
        .iter()
        .filter(|r| only.is_empty() || r.describe().contains(&only))
    {
        rows.extend(bench::time(gpu, bw, run, peers)?);
    }
    Ok(rows)
}

fn check_large(gpu: &Gpu) -> ExitCode {
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
        match conform::check_large(gpu, Path::new("."), Path::new(dir), name, &shape, samples) {
            Ok(r) => rows.extend(r),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    report(
        Ok::<_, String>(rows),
        conformance::table,
        conformance::Row::passed,
    )
}

fn main() -> ExitCode {
    // A closed stdout (`linrec-gpu check | head`) ends the program quietly.
    // SAFETY: restoring the default action of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        return usage();
    };
    let opts = match options(&args[1..]) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            return usage();
        }
    };
    let command = format!("linrec-gpu {}", args.join(" "));
    let root = Path::new(".");
    match cmd.as_str() {
        "check" => {
            let dirs: Vec<PathBuf> = opts.rest.iter().map(PathBuf::from).collect();
            if dirs.is_empty() {
                return usage();
            }
            let only: Vec<String> = std::env::var("LINREC_CHECKS")
                .unwrap_or_default()
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect();
            let names: Vec<String> = conformance::Check::ALL
                .iter()
                .map(ToString::to_string)
                .collect();
            if let Some(bad) = only.iter().find(|c| !names.contains(c)) {
                eprintln!(
                    "error: LINREC_CHECKS names `{bad}`, which is not a check; the checks are {}",
                    names.join(", ")
                );
                return ExitCode::from(2);
            }
            let Some(gpu) = open(false) else {
                return ExitCode::FAILURE;
            };
            println!("device: {}", gpu.name());
            let refs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
            report(
                conform::run(&gpu, root, &refs, &only),
                conformance::table,
                conformance::Row::passed,
            )
        }
        "check-large" => match open(false) {
            Some(gpu) => check_large(&gpu),
            None => ExitCode::FAILURE,
        },
        "bench" | "variants" => {
            let Some(gpu) = open(false) else {
                return ExitCode::FAILURE;
            };
            println!("device: {}", gpu.name());
            let dirs: Vec<PathBuf> = opts.rest.iter().map(PathBuf::from).collect();
            let runs = if cmd == "bench" {
                bench::target_runs()
            } else {
                bench::variant_runs(&dirs)
            };
            match time_runs(&gpu, &runs, &opts.peers) {
                Ok(rows) => record(&gpu, &command, &opts, &rows),
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        "calibrate" if opts.rest.first().is_some_and(|a| a == "--refit") => {
            let [_, table, out] = opts.rest.as_slice() else {
                return usage();
            };
            print_text(calibrate::refit(Path::new(table), Path::new(out)))
        }
        "calibrate" => {
            let [out] = opts.rest.as_slice() else {
                return usage();
            };
            let Some(gpu) = open(false) else {
                return ExitCode::FAILURE;
            };
            println!("device: {}", gpu.name());
            print_text(calibrate::run(&gpu, Path::new(out)))
        }
        "model-check" | "model-bench" | "model-profile" => {
            let profiled = match opts.rest.first().map(String::as_str) {
                None => Profiled::Prefill { mixed: false },
                Some("mixed") => Profiled::Prefill { mixed: true },
                Some("decode") => Profiled::Decode,
                Some("decode-graph") => Profiled::DecodeGraph,
                Some(other) if cmd == "model-profile" => {
                    eprintln!(
                        "error: model-profile takes mixed, decode or decode-graph, not `{other}`"
                    );
                    return ExitCode::from(2);
                }
                Some(_) => Profiled::Prefill { mixed: false },
            };
            // The model executor on the GPU (its own stream: decode steps are graph-captured).
            let Some(gpu) = open(true) else {
                return ExitCode::FAILURE;
            };
            println!("device: {}", gpu.name());
            match cmd.as_str() {
                "model-check" => report(model::check(&gpu, root), model::table, |r| r.passed),
                "model-profile" => print_text(match profiled {
                    Profiled::Prefill { mixed } => model::profile(&gpu, root, mixed),
                    Profiled::Decode => model::profile_decode(&gpu, root),
                    Profiled::DecodeGraph => model::profile_decode_graph(&gpu, root),
                }),
                _ => match model_bench::bench(&gpu, root, &opts.peers) {
                    Ok((rows, notes)) => {
                        print!("{notes}");
                        record(&gpu, &command, &opts, &rows)
                    }
                    Err(e) => {
                        eprintln!("error: {e}");
                        ExitCode::FAILURE
                    }
                },
            }
        }
        "--help" | "-h" | "help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}
