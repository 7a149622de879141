//! `linrec`: check, inspect and run linear-recurrence specs. The program is this library's
//! [`main`]; [`Cli`] is its argument parser (fuzzed in `fuzz/`).

#[macro_use]
mod out;
mod commands;
mod model;
mod source;

use std::io::IsTerminal;
use std::process::ExitCode;

use commands::{builtins, check, compile, explain, interp, ir, run};

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "linrec",
    version,
    about = "A compiler for linear recurrences h_t = a(x_t) * h_{t-1} + b(x_t)",
    long_about = "linrec compiles linear-recurrence specs (.lr files) into fused GPU kernels.\n\
                  Write a recurrence, `check` it, read what the compiler derived with `explain`, \
                  run it on the float64 reference interpreter with `interp`, `compile` it to PTX \
                  for the runtime (`linrec-gpu`), and `run` a model block on a checkpoint."
)]
pub struct Cli {
    /// When to color diagnostics.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse and check spec files; print diagnostics; exit 1 if any file has an error.
    Check(check::Args),
    /// Print the checked IR of every recurrence in a file.
    Ir(ir::Args),
    /// Explain what the compiler derived: each state's linear form h = a ⊙ h + b, the
    /// combine operator, the backward recurrences and gradient formulas, what is saved, and
    /// the step form used for decoding.
    Explain(explain::Args),
    /// Compile to GPU kernels: per kernel the PTX (and MLIR), plus manifest.json describing
    /// kernels, parameters, launch geometry, strategy and saved tensors for the runtime.
    Compile(compile::Args),
    /// Run a model block on a checkpoint: prefill the prompt (text through the checkpoint's
    /// tokenizer.json, or ids), then decode one token at a time with carried state, greedy or
    /// sampled; on the GPU (compiled kernels, cuBLAS, CUDA graphs) or the CPU executor. Prints
    /// the continuation and tokens/s.
    Run(run::Args),
    /// Run a recurrence on the float64 reference interpreter with random inputs and print a
    /// summary of each output.
    Interp(interp::Args),
    /// List the builtin functions: how each is written, what it computes, its derivative.
    Builtins(builtins::Args),
}

pub(crate) fn parse_dtype(s: &str) -> Result<linrec_compiler::ir::DType, String> {
    linrec_compiler::ir::DType::parse(s).ok_or_else(|| format!("`{s}`: use f32, bf16 or f16"))
}

/// `NAME=VALUE` entries of one flag as a map; a name given twice is an error (which one
/// should win is not for us to guess).
pub(crate) fn sizes_map<T: std::fmt::Display + Clone>(
    flag: &str,
    entries: Vec<(String, T)>,
) -> Result<std::collections::BTreeMap<String, T>, String> {
    let mut map = std::collections::BTreeMap::new();
    for (name, value) in entries {
        if let Some(first) = map.insert(name.clone(), value.clone()) {
            return Err(format!(
                "{flag} gives `{name}` twice ({first} and {value}); give each name once"
            ));
        }
    }
    Ok(map)
}

/// A `NAME=DTYPE` entry (`--dtype-of A=f32`).
pub(crate) fn parse_name_dtype(s: &str) -> Result<(String, linrec_compiler::ir::DType), String> {
    let (name, dtype) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}`: write NAME=DTYPE, e.g. A=f32"))?;
    Ok((name.trim().to_string(), parse_dtype(dtype.trim())?))
}

pub(crate) fn parse_shape(s: &str) -> Result<(String, usize), String> {
    let (name, size) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}`: write NAME=SIZE, e.g. L=16"))?;
    let size = size
        .trim()
        .parse::<usize>()
        .map_err(|_| format!("`{s}`: the size of `{name}` must be a whole number"))?;
    Ok((name.trim().to_string(), size))
}

/// The `linrec` program.
pub fn main() -> ExitCode {
    // A closed stdout (`linrec builtins | head`) ends the program quietly, as in every Unix
    // tool, instead of a panic on the next print.
    // SAFETY: restoring the default action of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // Usage errors exit 1 like every other error (clap's default is 2); help and version 0.
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stderr().is_terminal(),
    };
    // The pipeline recurses over expressions: it runs on a thread with a stack for them.
    match linrec_compiler::limits::with_stack(|| run(cli.command, color)) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one command.
fn run(command: Command, color: bool) -> Result<ExitCode, String> {
    match command {
        Command::Check(a) => check::run(a, color),
        Command::Ir(a) => ir::run(a, color),
        Command::Explain(a) => explain::run(a, color),
        Command::Compile(a) => compile::run(a, color),
        Command::Run(a) => run::run(a, color),
        Command::Interp(a) => interp::run(a, color),
        Command::Builtins(a) => builtins::run(a, color),
    }
}
