//! `linrec run`'s model side: the model file's kernels compiled into a cache folder once per
//! spec text and sizes, and generation with its report (continuation, speeds, JSON, logits).

use std::path::PathBuf;
use std::process::ExitCode;

use linrec_compiler::pipeline::{self, DerivedModule};

use linrec_compiler::artifacts;
use linrec_runtime::cache;

/// What `linrec run` does once the model is loaded.
pub struct RunArgs {
    /// One or more prompts' ids (of any lengths).
    pub prompts: Vec<Vec<u32>>,
    pub max_new_tokens: usize,
    pub sampling: linrec_model::Sampling,
    pub eos: Option<u32>,
    pub graphs: bool,
    pub tokenizer: Option<tokenizers::Tokenizer>,
    pub json: Option<PathBuf>,
    pub logits_out: Option<PathBuf>,
}

/// Generates from the prompts (one batch) and reports the continuations and speeds.
pub fn run_model<B: linrec_model::Backend>(
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
        let logits = loaded.forward(&a.prompts).map_err(|e| e.to_string())?;
        let (l, v) = (logits.shape[1], logits.shape[2]);
        linrec_model::npy::write_f32(path, &[l, v], &logits.data[..l * v])?;
    }
    let g = loaded
        .generate_timed(&a.prompts, a.max_new_tokens, &a.sampling, a.eos, a.graphs)
        .map_err(|e| e.to_string())?;
    if a.graphs && !g.graphs && g.decode_steps > 1 {
        if let Some(why) = loaded.backend.graph_note() {
            eprintln!("note: decoding without a CUDA graph: {why}");
        }
    }
    let texts = g
        .tokens
        .iter()
        .map(|generated| match &a.tokenizer {
            Some(t) => t
                .decode(generated, true)
                .map(Some)
                .map_err(|e| format!("cannot decode the continuation: {e}")),
            None => Ok(None),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let one = a.prompts.len() == 1;
    outln!("device:        {device}")?;
    for (k, ((prompt, generated), text)) in a.prompts.iter().zip(&g.tokens).zip(&texts).enumerate()
    {
        let ids_text: Vec<String> = generated.iter().map(u32::to_string).collect();
        if one {
            outln!("prompt ids:    {prompt:?}")?;
        } else {
            outln!("prompt {:<8}{prompt:?}", format!("{}:", k + 1))?;
        }
        outln!("generated ids: [{}]", ids_text.join(", "))?;
        if let Some(t) = text {
            outln!("continuation:  {t}")?;
        }
    }
    let tokens: usize = a.prompts.iter().map(Vec::len).sum();
    let decode_tps = if g.decode_secs > 0.0 {
        (g.decode_steps * a.prompts.len()) as f64 / g.decode_secs
    } else {
        0.0
    };
    let prefill_tps = tokens as f64 / g.prefill_secs.max(1e-9);
    outln!(
        "prefill {prefill_tps:.1} tokens/s ({tokens} tokens{}, {:.1} ms); decode {decode_tps:.1} tokens/s ({} steps{}{})",
        if one {
            String::new()
        } else {
            format!(" in {} prompts", a.prompts.len())
        },
        g.prefill_secs * 1e3,
        g.decode_steps,
        if one {
            String::new()
        } else {
            format!(" of {} sequences", a.prompts.len())
        },
        if g.graphs { ", CUDA graph" } else { "" }
    )?;
    if let Some(path) = a.json {
        let sequences: Vec<serde_json::Value> = a
            .prompts
            .iter()
            .zip(&g.tokens)
            .zip(&texts)
            .map(|((p, t), text)| {
                serde_json::json!({"prompt_ids": p, "generated_ids": t, "text": text})
            })
            .collect();
        let mut j = serde_json::json!({
            "sequences": sequences,
            "prefill_seconds": g.prefill_secs,
            "prefill_tokens_per_second": prefill_tps,
            "decode_seconds": g.decode_secs,
            "decode_steps": g.decode_steps,
            "decode_tokens_per_second": decode_tps,
            "cuda_graph": g.graphs,
            "device": device,
        });
        // One prompt: its ids and text at the top level too.
        if one {
            j["prompt_ids"] = serde_json::json!(a.prompts[0]);
            j["generated_ids"] = serde_json::json!(g.tokens[0]);
            j["text"] = serde_json::json!(texts[0]);
        }
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
pub fn compile_model_kernels(
    file: &std::path::Path,
    m: &DerivedModule,
    checked: &linrec_compiler::ir::CheckedModel,
    model_dir: &std::path::Path,
    color: bool,
) -> Result<PathBuf, String> {
    let json = linrec_model::read_config(checked, model_dir).map_err(|e| e.to_string())?;
    let ints = linrec_model::config_ints(checked, &json).map_err(|e| e.to_string())?;
    let mut fixed = std::collections::BTreeMap::new();
    for r in &m.recurrences {
        for (_, d) in r.rec.dims.iter() {
            if let Some(&v) = ints.get(&d.name) {
                let v = usize::try_from(v).map_err(|_| {
                    format!(
                        "config value `{}` is {v}; a size must not be negative",
                        d.name
                    )
                })?;
                fixed.insert(d.name.clone(), v);
            }
        }
    }
    let src = crate::source::load(file)?;
    // This program's own size and modification time identify its build.
    let build = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| format!("{} {:?}", m.len(), m.modified().ok()))
        .unwrap_or_default();
    let key = cache::kernels_key(&build, &src.text, &format!("{fixed:?}"));
    cache::entry("kernels", &key, "manifest.json", |dir| {
        let opts = pipeline::CompileOptions {
            fixed,
            ..Default::default()
        };
        artifacts::compile_into(dir, &src, &opts, color)
    })
}
