//! `linrec explain`: what the compiler derived and chose, in words.

use std::path::PathBuf;
use std::process::ExitCode;

use linrec_compiler::strategy::Request;

use crate::source::front_end;
use crate::{parse_shape, sizes_map};

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
    /// The plan's choices overridden, as `compile` takes them.
    #[command(flatten)]
    pub plan: super::compile::PlanArgs,
}

pub fn run(args: Args, color: bool) -> Result<ExitCode, String> {
    let Args {
        file,
        dims,
        shape,
        plan,
    } = args;
    let overrides = plan.overrides();
    overrides.check().map_err(|e| e.to_string())?;

    let Some((_, m)) = front_end(&file, color)? else {
        return Ok(ExitCode::FAILURE);
    };
    let dims = sizes_map("--dims", dims)?;
    let shape = sizes_map("--shape", shape)?;
    for (k, d) in m.recurrences.iter().enumerate() {
        if k > 0 {
            outln!()?;
        }
        out!("{}", linrec_compiler::explain::explain(d))?;
        out!(
            "{}",
            linrec_compiler::explain::explain_strategy(d, &dims, &shape, Request::Auto, &overrides)
        )?;
        out!(
            "{}",
            linrec_compiler::explain::explain_folds(d, &m.module.models, &dims, &overrides)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
