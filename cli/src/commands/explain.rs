//! `linrec explain`: what the compiler derived and chose, in words.

use std::path::PathBuf;
use std::process::ExitCode;

use linrec_compiler::strategy::Request;

use crate::parse_shape;
use crate::source::front_end;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The .lr file.
    pub file: PathBuf,
    /// Compile-time sizes of summed dims, e.g. N=16 (to show the kernel plan).
    #[arg(long, value_parser = parse_shape, value_delimiter = ',')]
    pub dims: Vec<(String, usize)>,
    /// Sizes of the other dims, e.g. B=8,D=1536,L=2048 (to show the strategy chosen).
    #[arg(long, value_parser = parse_shape, value_delimiter = ',')]
    pub shape: Vec<(String, usize)>,
}

pub fn run(args: Args, color: bool) -> Result<ExitCode, String> {
    let Args { file, dims, shape } = args;

    let Some((_, m)) = front_end(&file, color)? else {
        return Ok(ExitCode::FAILURE);
    };
    let dims = dims.into_iter().collect();
    let shape = shape.into_iter().collect();
    for (k, d) in m.recurrences.iter().enumerate() {
        if k > 0 {
            println!();
        }
        print!("{}", linrec_compiler::explain::explain(d));
        print!(
            "{}",
            linrec_compiler::explain::explain_strategy(d, &dims, &shape, Request::Auto)
        );
    }
    Ok(ExitCode::SUCCESS)
}
