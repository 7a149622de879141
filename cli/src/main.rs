//! `linrec`: check, inspect and run linear-recurrence specs.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use linrec_compiler::interp::{self, Sizes};
use linrec_compiler::pipeline::{self, DerivedModule, Source};
use linrec_compiler::strategy::Request;

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
struct Cli {
    /// When to color diagnostics.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    color: Color,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse and check spec files; print diagnostics; exit 1 if any file has an error.
    Check {
        /// The .lr files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the checked IR of every recurrence in a file.
    Ir {
        /// The .lr file.
        file: PathBuf,
    },
    /// Explain what the compiler derived: each state's linear form h = a ⊙ h + b, the
    /// combine operator, the backward recurrences and gradient formulas, what is saved, and
    /// the step form used for decoding.
    Explain {
        /// The .lr file.
        file: PathBuf,
        /// Compile-time sizes of summed dims, e.g. N=16 (to show the kernel plan).
        #[arg(long, value_parser = parse_shape, value_delimiter = ',')]
        dims: Vec<(String, usize)>,
        /// Sizes of the other dims, e.g. B=8,D=1536,L=2048 (to show the strategy chosen).
        #[arg(long, value_parser = parse_shape, value_delimiter = ',')]
        shape: Vec<(String, usize)>,
    },
    /// Compile to GPU kernels: per kernel the PTX (and MLIR), plus manifest.json describing
    /// kernels, parameters, launch geometry, strategy and saved tensors for the runtime.
    Compile {
        /// The .lr file.
        file: PathBuf,
        /// Output directory (created if missing).
        #[arg(short, long)]
        out: PathBuf,
        /// What to write besides the manifest.
        #[arg(long, value_enum, value_delimiter = ',', default_values = ["mlir", "ptx"])]
        emit: Vec<Emit>,
        /// Scan strategy; `auto` lets the cost model choose (from --shape when given).
        #[arg(long, value_enum, default_value_t = StrategyArg::Auto)]
        strategy: StrategyArg,
        /// Compile-time sizes of summed dims (kernels keep those states in registers), e.g. N=16.
        #[arg(long, value_parser = parse_shape, value_delimiter = ',')]
        dims: Vec<(String, usize)>,
        /// Expected sizes of the other dims, for the cost model, e.g. B=8,D=1536,L=2048.
        #[arg(long, value_parser = parse_shape, value_delimiter = ',')]
        shape: Vec<(String, usize)>,
        /// Print the time of each stage.
        #[arg(long)]
        timings: bool,
        /// Store every tensor as this dtype (f32, bf16 or f16; arithmetic stays f32).
        #[arg(long, value_parser = parse_dtype)]
        dtype: Option<linrec_compiler::ir::DType>,
        /// Threads per block (default: the strategy's).
        #[arg(long)]
        threads: Option<u32>,
        /// Scan steps staged through shared memory per tile (default: the strategy's).
        #[arg(long)]
        tile: Option<u32>,
    },
    /// Run a model block on a checkpoint: continue the prompt ids (CPU executor), greedy or
    /// sampled, decoding one token at a time with carried state.
    Run {
        /// The .lr file with the model.
        file: PathBuf,
        /// Checkpoint folder: config.json and model.safetensors (or a sharded index).
        #[arg(long)]
        model: PathBuf,
        /// Prompt token ids, e.g. 1,2,3.
        #[arg(long, value_delimiter = ',', required = true)]
        ids: Vec<u32>,
        /// Tokens to generate.
        #[arg(long, default_value_t = 16)]
        max_new_tokens: usize,
        /// Where to run: only `cpu` is implemented so far.
        #[arg(long, default_value = "cpu")]
        device: String,
        /// Sampling temperature; 0 is greedy.
        #[arg(long, default_value_t = 0.0)]
        temperature: f64,
        /// Sample among the k most likely tokens (0: all).
        #[arg(long, default_value_t = 0)]
        top_k: usize,
        /// Sample among the most likely tokens whose probability reaches p.
        #[arg(long, default_value_t = 1.0)]
        top_p: f64,
        /// Seed of the sampler.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Stop at this token id.
        #[arg(long)]
        eos: Option<u32>,
        /// Write prompt ids, generated ids and timings as JSON.
        #[arg(long)]
        json: Option<PathBuf>,
        /// Write the prompt's logits, f32 [prompt_len, vocab], as .npy.
        #[arg(long)]
        logits_out: Option<PathBuf>,
    },
    /// Run a recurrence on the float64 reference interpreter with random inputs and print a
    /// summary of each output.
    Interp {
        /// The .lr file.
        file: PathBuf,
        /// Dimension sizes, e.g. B=2,D=4,L=16,N=3.
        #[arg(long, value_parser = parse_shape, value_delimiter = ',', required = true)]
        shape: Vec<(String, usize)>,
        /// Seed of the random inputs (uniform in each input's declared range).
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Which recurrence of the file to run (default: the only one, or the first).
        #[arg(long)]
        recurrence: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Emit {
    Mlir,
    Ptx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum StrategyArg {
    Auto,
    Sequential,
    Chunked,
}

fn parse_dtype(s: &str) -> Result<linrec_compiler::ir::DType, String> {
    linrec_compiler::ir::DType::parse(s).ok_or_else(|| format!("`{s}`: use f32, bf16 or f16"))
}

fn parse_shape(s: &str) -> Result<(String, usize), String> {
    let (name, size) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}`: write NAME=SIZE, e.g. L=16"))?;
    let size = size
        .trim()
        .parse::<usize>()
        .map_err(|_| format!("`{s}`: the size of `{name}` must be a whole number"))?;
    Ok((name.trim().to_string(), size))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stderr().is_terminal(),
    };
    match run(cli.command, color) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn load(path: &PathBuf) -> Result<Source, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    Ok(Source::new(path.display().to_string(), text))
}

/// Loads, checks and derives a file; on error prints the diagnostics and returns `None`.
fn front_end(path: &PathBuf, color: bool) -> Result<Option<(Source, DerivedModule)>, String> {
    let src = load(path)?;
    match pipeline::derive(&src) {
        Ok(m) => Ok(Some((src, m))),
        Err(errors) => {
            eprint!("{}", src.render(&errors, color));
            Ok(None)
        }
    }
}

fn run(command: Command, color: bool) -> Result<ExitCode, String> {
    match command {
        Command::Check { files } => {
            let mut failed = 0;
            for f in &files {
                match front_end(f, color)? {
                    Some((_, m)) => println!(
                        "{}: ok ({} recurrence{}, {} model{})",
                        f.display(),
                        m.recurrences.len(),
                        if m.recurrences.len() == 1 { "" } else { "s" },
                        m.module.models.len(),
                        if m.module.models.len() == 1 { "" } else { "s" },
                    ),
                    None => failed += 1,
                }
            }
            if failed > 0 {
                eprintln!("{failed} of {} file(s) failed to check", files.len());
                return Ok(ExitCode::FAILURE);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Ir { file } => {
            let Some((_, m)) = front_end(&file, color)? else {
                return Ok(ExitCode::FAILURE);
            };
            for r in &m.module.recurrences {
                print!("{r}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Compile {
            file,
            out,
            emit,
            strategy,
            dims,
            shape,
            timings,
            dtype,
            threads,
            tile,
        } => {
            let src = load(&file)?;
            let opts = pipeline::CompileOptions {
                request: match strategy {
                    StrategyArg::Auto => Request::Auto,
                    StrategyArg::Sequential => Request::Sequential,
                    StrategyArg::Chunked => Request::Chunked,
                },
                fixed: dims.into_iter().collect(),
                shape: shape.into_iter().collect(),
                dtype,
                threads,
                tile,
            };
            let started = std::time::Instant::now();
            let compiled = match pipeline::compile(&src, &opts) {
                Ok(c) => c,
                Err(pipeline::CompileError::Source(errors)) => {
                    eprint!("{}", src.render(&errors, color));
                    return Ok(ExitCode::FAILURE);
                }
                Err(e) => return Err(format!("{}: {e}", file.display())),
            };
            std::fs::create_dir_all(&out)
                .map_err(|e| format!("cannot create `{}`: {e}", out.display()))?;
            let write = |name: &str, text: &str| {
                let path = out.join(name);
                std::fs::write(&path, text)
                    .map_err(|e| format!("cannot write `{}`: {e}", path.display()))
            };
            for k in &compiled.kernels {
                if emit.contains(&Emit::Ptx) {
                    write(&k.manifest.ptx, &k.ptx)?;
                }
                if emit.contains(&Emit::Mlir) {
                    write(&format!("{}.mlir", k.manifest.name), &k.mlir)?;
                }
            }
            if let Some(l) = &compiled.layers {
                if emit.contains(&Emit::Ptx) {
                    write("layers.ptx", &l.ptx)?;
                }
                if emit.contains(&Emit::Mlir) {
                    write("layers.mlir", &l.mlir)?;
                }
            }
            write("manifest.json", &compiled.manifest.to_json())?;
            for r in &compiled.manifest.recurrences {
                println!(
                    "{}: {} kernels → {} (strategy: {})",
                    r.name,
                    r.kernels.len(),
                    out.display(),
                    r.strategy.reason
                );
            }
            if timings {
                for (stage, t) in &compiled.timings {
                    println!("  {:>9.2} ms  {stage}", t.as_secs_f64() * 1e3);
                }
                println!("  {:>9.2} ms  total", started.elapsed().as_secs_f64() * 1e3);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Run {
            file,
            model,
            ids,
            max_new_tokens,
            device,
            temperature,
            top_k,
            top_p,
            seed,
            eos,
            json,
            logits_out,
        } => {
            if device != "cpu" {
                return Err(format!(
                    "--device {device}: only the CPU executor runs models so far; use --device cpu"
                ));
            }
            let Some((_, m)) = front_end(&file, color)? else {
                return Ok(ExitCode::FAILURE);
            };
            let checked = m
                .module
                .models
                .first()
                .ok_or_else(|| format!("`{}` has no model block", file.display()))?;
            let loaded = linrec_compiler::model::LoadedModel::load(checked, &m.recurrences, &model)
                .map_err(|e| e.to_string())?;
            if !loaded.unused_keys.is_empty() {
                eprintln!(
                    "note: the checkpoint has {} tensor(s) the model does not use: {}",
                    loaded.unused_keys.len(),
                    loaded.unused_keys.join(", ")
                );
            }
            let t = std::time::Instant::now();
            let logits = loaded
                .forward(std::slice::from_ref(&ids))
                .map_err(|e| e.to_string())?;
            let prefill = t.elapsed().as_secs_f64();
            let sampling = linrec_compiler::model::Sampling {
                temperature,
                top_k,
                top_p,
                seed,
            };
            let t = std::time::Instant::now();
            let generated = loaded
                .generate(std::slice::from_ref(&ids), max_new_tokens, &sampling, eos)
                .map_err(|e| e.to_string())?
                .remove(0);
            let decode = t.elapsed().as_secs_f64();
            let text: Vec<String> = generated.iter().map(u32::to_string).collect();
            println!("prompt ids:    {ids:?}");
            println!("generated ids: [{}]", text.join(", "));
            println!(
                "prefill {:.1} tokens/s ({} tokens); generation {:.1} tokens/s (CPU: one prefill, then one step per token with carried state)",
                ids.len() as f64 / prefill,
                ids.len(),
                generated.len() as f64 / decode.max(1e-9)
            );
            if let Some(path) = json {
                let j = serde_json::json!({
                    "prompt_ids": ids,
                    "generated_ids": generated,
                    "prefill_seconds": prefill,
                    "decode_seconds": decode,
                    "device": "cpu",
                });
                std::fs::write(
                    &path,
                    serde_json::to_string_pretty(&j).expect("json") + "\n",
                )
                .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
            }
            if let Some(path) = logits_out {
                let (l, v) = (logits.shape[1], logits.shape[2]);
                linrec_compiler::model::npy::write_f32(&path, &[l, v], &logits.data[..l * v])?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { file, dims, shape } => {
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
        Command::Interp {
            file,
            shape,
            seed,
            recurrence,
        } => {
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
            let sizes = Sizes::from_names(rec, &shape).map_err(|e| e.to_string())?;
            let inputs = interp::random_inputs(rec, &sizes, seed);
            let result = interp::run(rec, &sizes, &inputs).map_err(|e| e.to_string())?;
            println!("recurrence {} (seed {seed})", rec.name);
            for ((_, o), t) in rec.outputs.iter().zip(&result.outputs) {
                let head: Vec<String> = t.data.iter().take(4).map(|v| format!("{v:+.6}")).collect();
                println!(
                    "  {:<8} {:<16} {}  first [{}]",
                    o.name,
                    format!("{:?}", t.shape),
                    t.summary(),
                    head.join(", ")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
