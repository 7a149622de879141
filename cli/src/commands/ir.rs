//! `linrec ir`: the checked IR of every recurrence in a file.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::source::front_end;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The .lr file.
    pub file: PathBuf,
}

pub fn run(args: Args, color: bool) -> Result<ExitCode, String> {
    let Args { file } = args;

    let Some((_, m)) = front_end(&file, color)? else {
        return Ok(ExitCode::FAILURE);
    };
    for r in &m.module.recurrences {
        out!("{r}")?;
    }
    Ok(ExitCode::SUCCESS)
}
