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

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DeviceArg {
    Auto,
    Cpu,
    Gpu,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum WeightsArg {
    F32,
    Bf16,
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
        /// Threads sharing one scan's state points, a power of two up to 32 (default: the
        /// plan's; 1 turns the split off). Used only where sound: see `explain`.
        #[arg(long)]
        lanes: Option<u32>,
        /// Scan steps whose reads from global memory are issued together (default: the plan's,
        /// sized to the values a step reads).
        #[arg(long)]
        unroll: Option<u32>,
    },
    /// Run a model block on a checkpoint: prefill the prompt (text through the checkpoint's
    /// tokenizer.json, or ids), then decode one token at a time with carried state, greedy or
    /// sampled; on the GPU (compiled kernels, cuBLAS, CUDA graphs) or the CPU executor. Prints
    /// the continuation and tokens/s.
    Run {
        /// The .lr file with the model.
        file: PathBuf,
        /// Checkpoint folder: config.json and model.safetensors (or a sharded index).
        #[arg(long)]
        model: PathBuf,
        /// Prompt text, encoded with the checkpoint folder's tokenizer.json.
        #[arg(long, conflicts_with = "ids", required_unless_present = "ids")]
        prompt: Option<String>,
        /// Prompt token ids, e.g. 1,2,3 (instead of --prompt).
        #[arg(long, value_delimiter = ',')]
        ids: Vec<u32>,
        /// Tokens to generate.
        #[arg(long, default_value_t = 16)]
        max_new_tokens: usize,
        /// Where to run: the GPU when one is present (auto), or the CPU executor.
        #[arg(long, value_enum, default_value_t = DeviceArg::Auto)]
        device: DeviceArg,
        /// GPU: how GEMM weights are stored (bf16: half the bytes per decoding step).
        #[arg(long, value_enum, default_value_t = WeightsArg::F32)]
        weights: WeightsArg,
        /// GPU: kernels compiled beforehand (`linrec compile FILE -o DIR --dims N=…`);
        /// by default the model's file is compiled here, into a cache folder.
        #[arg(long)]
        kernels: Option<PathBuf>,
        /// GPU: decode without capturing a CUDA graph.
        #[arg(long)]
        no_graphs: bool,
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
        /// Write prompt ids, generated ids, text and timings as JSON.
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

/// What `linrec run` does once the model is loaded.
struct RunArgs {
    ids: Vec<u32>,
    max_new_tokens: usize,
    sampling: linrec_model::Sampling,
    eos: Option<u32>,
    graphs: bool,
    tokenizer: Option<tokenizers::Tokenizer>,
    json: Option<PathBuf>,
    logits_out: Option<PathBuf>,
}

/// Generates from the prompt and reports the continuation and speeds.
fn run_model<B: linrec_model::Backend>(
    loaded: &linrec_model::Model<B>,
    device: &str,
    a: RunArgs,
) -> Result<ExitCode, String> {
    if !loaded.unused_keys.is_empty() {
        eprintln!(
            "note: the checkpoint has {} tensor(s) the model does not use: {}",
            loaded.unused_keys.len(),
            loaded.unused_keys.join(", ")
        );
    }
    if let Some(path) = &a.logits_out {
        let logits = loaded
            .forward(std::slice::from_ref(&a.ids))
            .map_err(|e| e.to_string())?;
        let (l, v) = (logits.shape[1], logits.shape[2]);
        linrec_model::npy::write_f32(path, &[l, v], &logits.data[..l * v])?;
    }
    let g = loaded
        .generate_timed(
            std::slice::from_ref(&a.ids),
            a.max_new_tokens,
            &a.sampling,
            a.eos,
            a.graphs,
        )
        .map_err(|e| e.to_string())?;
    if a.graphs && !g.graphs && g.decode_steps > 1 {
        if let Some(why) = loaded.backend.graph_note() {
            eprintln!("note: decoding without a CUDA graph: {why}");
        }
    }
    let generated = &g.tokens[0];
    let text = match &a.tokenizer {
        Some(t) => Some(
            t.decode(generated, true)
                .map_err(|e| format!("cannot decode the continuation: {e}"))?,
        ),
        None => None,
    };
    let ids_text: Vec<String> = generated.iter().map(u32::to_string).collect();
    println!("device:        {device}");
    println!("prompt ids:    {:?}", a.ids);
    println!("generated ids: [{}]", ids_text.join(", "));
    if let Some(t) = &text {
        println!("continuation:  {t}");
    }
    let decode_tps = if g.decode_secs > 0.0 {
        g.decode_steps as f64 / g.decode_secs
    } else {
        0.0
    };
    println!(
        "prefill {:.1} tokens/s ({} tokens, {:.1} ms); decode {:.1} tokens/s ({} steps{})",
        a.ids.len() as f64 / g.prefill_secs.max(1e-9),
        a.ids.len(),
        g.prefill_secs * 1e3,
        decode_tps,
        g.decode_steps,
        if g.graphs { ", CUDA graph" } else { "" }
    );
    if let Some(path) = a.json {
        let j = serde_json::json!({
            "prompt_ids": a.ids,
            "generated_ids": generated,
            "text": text,
            "prefill_seconds": g.prefill_secs,
            "prefill_tokens_per_second": a.ids.len() as f64 / g.prefill_secs.max(1e-9),
            "decode_seconds": g.decode_secs,
            "decode_steps": g.decode_steps,
            "decode_tokens_per_second": decode_tps,
            "cuda_graph": g.graphs,
            "device": device,
        });
        std::fs::write(
            &path,
            serde_json::to_string_pretty(&j).expect("json") + "\n",
        )
        .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Compiles the model file's kernels (recurrences with their summed dims fixed to the config
/// value of the same name, and the layer kernels) into a cache folder, once per spec text
/// and sizes.
fn compile_model_kernels(
    file: &std::path::Path,
    m: &DerivedModule,
    checked: &linrec_compiler::check::model::CheckedModel,
    model_dir: &std::path::Path,
    color: bool,
) -> Result<PathBuf, String> {
    use std::hash::{Hash, Hasher};
    let json = linrec_model::read_config(model_dir).map_err(|e| e.to_string())?;
    let ints = linrec_model::config_ints(checked, &json).map_err(|e| e.to_string())?;
    let mut fixed = std::collections::BTreeMap::new();
    for r in &m.recurrences {
        for (_, d) in r.rec.dims.iter() {
            if let Some(&v) = ints.get(&d.name) {
                fixed.insert(d.name.clone(), v as usize);
            }
        }
    }
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read `{}`: {e}", file.display()))?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (env!("CARGO_PKG_VERSION"), &text, &fixed).hash(&mut h);
    let dir = std::env::temp_dir().join(format!("linrec-kernels-{:016x}", h.finish()));
    if dir.join("manifest.json").exists() {
        return Ok(dir);
    }
    let src = Source::new(file.display().to_string(), text);
    let opts = pipeline::CompileOptions {
        fixed,
        ..Default::default()
    };
    let compiled = match pipeline::compile(&src, &opts) {
        Ok(c) => c,
        Err(pipeline::CompileError::Source(errors)) => {
            return Err(src.render(&errors, color));
        }
        Err(e) => return Err(format!("{}: {e}", file.display())),
    };
    let tmp = dir.with_extension("partial");
    std::fs::create_dir_all(&tmp).map_err(|e| format!("cannot create `{}`: {e}", tmp.display()))?;
    let write = |name: &str, text: &str| {
        std::fs::write(tmp.join(name), text)
            .map_err(|e| format!("cannot write `{}`: {e}", tmp.join(name).display()))
    };
    for k in &compiled.kernels {
        write(&k.manifest.ptx, &k.ptx)?;
    }
    if let Some(l) = &compiled.layers {
        write("layers.ptx", &l.ptx)?;
    }
    write("manifest.json", &compiled.manifest.to_json())?;
    std::fs::rename(&tmp, &dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
    Ok(dir)
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
            lanes,
            unroll,
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
                lanes,
                unroll,
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
            prompt,
            ids,
            max_new_tokens,
            device,
            weights,
            kernels,
            no_graphs,
            temperature,
            top_k,
            top_p,
            seed,
            eos,
            json,
            logits_out,
        } => {
            let Some((_, m)) = front_end(&file, color)? else {
                return Ok(ExitCode::FAILURE);
            };
            let checked = m
                .module
                .models
                .first()
                .ok_or_else(|| format!("`{}` has no model block", file.display()))?;
            let tokenizer_path = model.join("tokenizer.json");
            let tokenizer = if tokenizer_path.exists() {
                Some(
                    tokenizers::Tokenizer::from_file(&tokenizer_path)
                        .map_err(|e| format!("`{}`: {e}", tokenizer_path.display()))?,
                )
            } else {
                None
            };
            let ids = match (&prompt, &tokenizer) {
                (Some(text), Some(t)) => t
                    .encode(text.as_str(), false)
                    .map_err(|e| format!("cannot encode the prompt: {e}"))?
                    .get_ids()
                    .to_vec(),
                (Some(_), None) => {
                    return Err(format!(
                        "--prompt needs a tokenizer: `{}` has no tokenizer.json; pass token ids with --ids",
                        model.display()
                    ));
                }
                (None, _) => ids,
            };
            if ids.is_empty() {
                return Err("the prompt is empty: give --prompt TEXT or --ids 1,2,3".into());
            }
            let run = RunArgs {
                ids,
                max_new_tokens,
                sampling: linrec_model::Sampling {
                    temperature,
                    top_k,
                    top_p,
                    seed,
                },
                eos,
                graphs: !no_graphs,
                tokenizer,
                json,
                logits_out,
            };
            let use_gpu = match device {
                DeviceArg::Cpu => false,
                DeviceArg::Gpu => true,
                DeviceArg::Auto => {
                    linrec_runtime::device::driver_available().is_ok()
                        && linrec_runtime::Gpu::open(0).is_ok()
                }
            };
            if use_gpu {
                let on_gpu = || -> Result<_, String> {
                    let dir = match &kernels {
                        Some(d) => d.clone(),
                        None => compile_model_kernels(&file, &m, checked, &model, color)?,
                    };
                    let gpu =
                        linrec_runtime::Gpu::open_with_stream(0).map_err(|e| e.to_string())?;
                    let w = match weights {
                        WeightsArg::F32 => linrec_runtime::Weights::F32,
                        WeightsArg::Bf16 => linrec_runtime::Weights::Bf16,
                    };
                    let backend = linrec_runtime::GpuBackend::new(&gpu, &dir, w)
                        .map_err(|e| e.to_string())?;
                    let loaded =
                        linrec_model::Model::load_on(backend, checked, &m.recurrences, &model)
                            .map_err(|e| e.to_string())?;
                    Ok((loaded, format!("gpu ({}, {weights:?} weights)", gpu.name())))
                };
                match on_gpu() {
                    Ok((loaded, label)) => return run_model(&loaded, &label, run),
                    Err(e) if device == DeviceArg::Gpu => return Err(e),
                    Err(e) => eprintln!(
                        "note: the GPU executor could not start ({e}); running on the CPU"
                    ),
                }
            }
            let loaded = linrec_model::LoadedModel::load(checked, &m.recurrences, &model)
                .map_err(|e| e.to_string())?;
            run_model(&loaded, "cpu", run)
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
