//! `linrec run`: run a model block on a checkpoint.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::{RunArgs, compile_model_kernels, run_model};

/// Where `linrec run` runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DeviceArg {
    Auto,
    Cpu,
    Gpu,
}

/// How GEMM weights are stored on the GPU, and what precision the GEMMs run in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WeightsArg {
    /// f32 weights, f32 GEMMs.
    F32,
    /// bf16 weights; GEMM operands in bf16, accumulated in f32.
    Bf16,
}
use crate::source::front_end;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The .lr file with the model.
    pub file: PathBuf,
    /// Checkpoint folder: config.json and model.safetensors (or a sharded index).
    #[arg(long)]
    pub model: PathBuf,
    /// Prompt text, encoded with the checkpoint folder's tokenizer.json; give it again for a
    /// batch (prompts of different lengths decode together, none padded to the longest).
    #[arg(long, conflicts_with = "ids", required_unless_present = "ids")]
    pub prompt: Vec<String>,
    /// Prompt token ids, e.g. 1,2,3 (instead of --prompt); again for a batch.
    #[arg(long, value_parser = parse_ids)]
    pub ids: Vec<Ids>,
    /// Tokens to generate.
    #[arg(long, default_value_t = 16)]
    pub max_new_tokens: usize,
    /// Where to run: the GPU when one is present (auto), or the CPU executor.
    #[arg(long, value_enum, default_value_t = DeviceArg::Auto)]
    pub device: DeviceArg,
    /// GPU: how GEMM weights are stored and GEMMs computed (bf16: half the bytes per decoding
    /// step, bf16 tensor-core GEMMs).
    #[arg(long, value_enum, default_value_t = WeightsArg::F32)]
    pub weights: WeightsArg,
    /// GPU: kernels compiled beforehand (`linrec compile FILE -o DIR --dims N=…`);
    /// by default the model's file is compiled here, once, into the per-user cache
    /// ($LINREC_CACHE_DIR, else ~/.cache/linrec).
    #[arg(long)]
    pub kernels: Option<PathBuf>,
    /// GPU: decode without capturing a CUDA graph.
    #[arg(long)]
    pub no_graphs: bool,
    /// Sampling temperature; 0 is greedy.
    #[arg(long, default_value_t = 0.0)]
    pub temperature: f64,
    /// Sample among the k most likely tokens (0: all).
    #[arg(long, default_value_t = 0)]
    pub top_k: usize,
    /// Sample among the most likely tokens whose probability reaches p.
    #[arg(long, default_value_t = 1.0)]
    pub top_p: f64,
    /// Seed of the sampler.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Stop at this token id.
    #[arg(long)]
    pub eos: Option<u32>,
    /// Write prompt ids, generated ids, text and timings as JSON.
    #[arg(long)]
    pub json: Option<PathBuf>,
    /// Write the prompt's logits, f32 [prompt_len, vocab], as .npy.
    #[arg(long)]
    pub logits_out: Option<PathBuf>,
}

/// One prompt's token ids (`--ids 1,2,3`).
#[derive(Debug, Clone)]
pub struct Ids(pub Vec<u32>);

fn parse_ids(s: &str) -> Result<Ids, String> {
    if s.trim().is_empty() {
        return Err("no ids: write a prompt's ids as 1,2,3".into());
    }
    s.split(',')
        .map(|v| {
            v.trim()
                .parse::<u32>()
                .map_err(|_| format!("`{v}` is not a token id: write ids as 1,2,3"))
        })
        .collect::<Result<Vec<u32>, String>>()
        .map(Ids)
}

pub fn run(args: Args, color: bool) -> Result<ExitCode, String> {
    let Args {
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
    } = args;

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
        let loaded =
            linrec_model::files::regular(&tokenizer_path, linrec_model::files::MAX_JSON_BYTES)
                .map_err(|e| e.to_string())
                .and_then(|_| {
                    tokenizers::Tokenizer::from_file(&tokenizer_path).map_err(|e| e.to_string())
                });
        match loaded {
            Ok(t) => Some(t),
            // Token ids need no tokenizer: it only turns the continuation into text.
            Err(e) if prompt.is_empty() => {
                eprintln!(
                    "warning: `{}` cannot be used ({e}); the continuation is printed as ids only",
                    tokenizer_path.display()
                );
                None
            }
            Err(e) => return Err(format!("`{}`: {e}", tokenizer_path.display())),
        }
    } else {
        None
    };
    let prompts: Vec<Vec<u32>> = match (prompt.is_empty(), &tokenizer) {
        (false, Some(t)) => prompt
            .iter()
            .map(|text| {
                t.encode(text.as_str(), false)
                    .map(|e| e.get_ids().to_vec())
                    .map_err(|e| format!("cannot encode the prompt `{text}`: {e}"))
            })
            .collect::<Result<_, _>>()?,
        (false, None) => {
            return Err(format!(
                "--prompt needs a tokenizer: `{}` has no tokenizer.json; pass token ids with --ids",
                model.display()
            ));
        }
        (true, _) => ids.into_iter().map(|i| i.0).collect(),
    };
    if let Some(k) = prompts.iter().position(Vec::is_empty) {
        return Err(format!(
            "prompt {} is empty: give --prompt TEXT or --ids 1,2,3",
            k + 1
        ));
    }
    if prompts.len() > 1 && logits_out.is_some() {
        return Err("--logits-out writes one prompt's logits: give one prompt with it".into());
    }
    if max_new_tokens == 0 {
        return Err("--max-new-tokens must be at least 1".into());
    }
    if let (Some(j), Some(l)) = (&json, &logits_out) {
        if j == l {
            return Err(format!(
                "--json and --logits-out both name `{}`; give each its own file",
                j.display()
            ));
        }
    }
    let run = RunArgs {
        prompts,
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
            let gpu = linrec_runtime::Gpu::open_with_stream(0).map_err(|e| e.to_string())?;
            let w = match weights {
                WeightsArg::F32 => linrec_runtime::Weights::F32,
                WeightsArg::Bf16 => linrec_runtime::Weights::Bf16,
            };
            let backend =
                linrec_runtime::GpuBackend::new(&gpu, &dir, w).map_err(|e| e.to_string())?;
            let loaded = linrec_model::Model::load_on(backend, checked, &m.recurrences, &model)
                .map_err(|e| e.to_string())?;
            Ok((loaded, format!("gpu ({}, {weights:?} weights)", gpu.name())))
        };
        match on_gpu() {
            Ok((loaded, label)) => return run_model(&loaded, &label, run),
            Err(e) if device == DeviceArg::Gpu => return Err(e),
            Err(e) => eprintln!("note: the GPU executor could not start ({e}); running on the CPU"),
        }
    }
    let loaded = linrec_model::LoadedModel::load(checked, &m.recurrences, &model)
        .map_err(|e| e.to_string())?;
    run_model(&loaded, "cpu", run)
}
