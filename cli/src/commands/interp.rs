//! `linrec interp`: a recurrence on the float64 interpreter.

use std::path::PathBuf;
use std::process::ExitCode;

use linrec_compiler::interp::{self, Sizes};

use crate::source::front_end;
use crate::{parse_shape, sizes_map};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The .lr file.
    pub file: PathBuf,
    /// Dimension sizes, e.g. B=2,D=4,L=16,N=3.
    #[arg(long, value_parser = parse_shape, value_delimiter = ',', required = true)]
    pub shape: Vec<(String, usize)>,
    /// Seed of the random inputs (uniform in each input's declared range).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Which recurrence of the file to run (default: the only one, or the first).
    #[arg(long)]
    pub recurrence: Option<String>,
    /// Exit 1 when an output holds a non-finite value (it is always warned about).
    #[arg(long)]
    pub strict: bool,
}

pub fn run(args: Args, color: bool) -> Result<ExitCode, String> {
    let Args {
        file,
        shape,
        seed,
        recurrence,
        strict,
    } = args;

    let Some((_, m)) = front_end(&file, color)? else {
        return Ok(ExitCode::FAILURE);
    };
    let m = &m.module;
    let rec = match &recurrence {
        Some(name) => m.recurrence(name).ok_or_else(|| {
            let names: Vec<&str> = m.recurrences.iter().map(|r| r.name.as_str()).collect();
            format!(
                "no recurrence `{name}` in `{}` (it has: {})",
                file.display(),
                names.join(", ")
            )
        })?,
        None => m
            .recurrences
            .first()
            .ok_or_else(|| format!("`{}` has no recurrence", file.display()))?,
    };
    let shape: Vec<(String, usize)> = sizes_map("--shape", shape)?.into_iter().collect();
    let sizes = Sizes::from_names(rec, &shape).map_err(|e| e.to_string())?;
    let inputs = interp::random_inputs(rec, &sizes, seed);
    let result = interp::run(rec, &sizes, &inputs).map_err(|e| e.to_string())?;
    outln!("recurrence {} (seed {seed})", rec.name)?;
    let mut any_bad = false;
    for ((_, o), t) in rec.outputs.iter().zip(&result.outputs) {
        let head: Vec<String> = t.data.iter().take(4).map(|&v| number(v)).collect();
        let bad = t.data.iter().filter(|v| !v.is_finite()).count();
        any_bad |= bad > 0;
        if bad > 0 {
            eprintln!(
                "warning: output `{}` holds {bad} non-finite value(s) (of {}): the recurrence overflows or divides by zero at these inputs",
                o.name,
                t.data.len()
            );
        }
        outln!(
            "  {:<8} {:<16} {}  first [{}]",
            o.name,
            format!("{:?}", t.shape),
            t.summary(),
            head.join(", ")
        )?;
    }
    if strict && any_bad {
        eprintln!("error: --strict: an output is not finite (see the warnings above)");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// A value for the summary: fixed point where that is short, else scientific.
fn number(v: f64) -> String {
    if v != 0.0 && !(1e-4..1e6).contains(&v.abs()) {
        format!("{v:+.6e}")
    } else {
        format!("{v:+.6}")
    }
}
