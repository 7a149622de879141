//! `linrec-gpu`: the runtime's own program (no MLIR linked, small enough to carry to a GPU
//! machine). `linrec-gpu check kernels-generated/*` runs the GPU correctness suite.

use std::path::PathBuf;
use std::process::ExitCode;

use linrec_runtime::{Gpu, suite};

fn usage() -> ExitCode {
    eprintln!(
        "usage: linrec-gpu check DIR...   run the GPU correctness suite on compiled kernel dirs\n\
         \n\
         DIR holds manifest.json and PTX written by `linrec compile`; the spec it names is read\n\
         relative to the current directory (run from the repository root)."
    );
    ExitCode::from(2)
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
            let gpu = match Gpu::open(0) {
                Ok(g) => g,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
            };
            println!("device: {}", gpu.name());
            let refs: Vec<&std::path::Path> = dirs.iter().map(PathBuf::as_path).collect();
            match suite::run(&gpu, std::path::Path::new("."), &refs, 1) {
                Ok(rows) => {
                    print!("{}", suite::table(&rows));
                    if rows.iter().all(suite::Row::passed) {
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
        "--help" | "-h" | "help" => {
            usage();
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}
