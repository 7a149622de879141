//! `linrec check`: parse and check spec files; print diagnostics; exit 1 if any file has an error.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::source::front_end;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The .lr files to check.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

pub fn run(args: Args, color: bool) -> Result<ExitCode, String> {
    let Args { files } = args;

    let mut failed = 0;
    for f in &files {
        // A file that cannot be read is one failure; the others are still checked.
        let checked = match front_end(f, color) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("error: {e}");
                failed += 1;
                continue;
            }
        };
        match checked {
            Some((_, m)) => outln!(
                "{}: ok ({} recurrence{}, {} model{})",
                f.display(),
                m.recurrences.len(),
                if m.recurrences.len() == 1 { "" } else { "s" },
                m.module.models.len(),
                if m.module.models.len() == 1 { "" } else { "s" },
            )?,
            None => failed += 1,
        }
    }
    if failed > 0 {
        eprintln!("{failed} of {} file(s) failed to check", files.len());
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
