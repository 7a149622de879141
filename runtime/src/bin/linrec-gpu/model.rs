//! The model on the GPU: `lang-examples/mamba.lr` through the GPU backend, checked against
//! the HuggingFace reference fixture and the CPU executor (every layer operation on random
//! inputs too: `layer_check.rs`), and timed at the Mamba-130m shape with random weights.

use std::path::Path;

use linrec_compiler::pipeline::{self, DerivedModule, Source};
use linrec_model::{Backend, Checkpoint, LoadedModel, Model, Sampling, npy};

use linrec_runtime::{ConvJoin, Gpu, GpuBackend, MmaForce, ProfileScope, Weights};

use crate::layer_check::layer_checks;

/// One line of the model check.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub detail: String,
    pub passed: bool,
}

pub fn table(rows: &[Row]) -> String {
    let w = rows.iter().map(|r| r.name.len()).max().unwrap_or(4).max(4);
    let mut s = format!("{:<w$}  {:<6}  detail\n", "check", "result");
    for r in rows {
        s += &format!(
            "{:<w$}  {:<6}  {}\n",
            r.name,
            if r.passed { "ok" } else { "FAIL" },
            r.detail
        );
    }
    let failed = rows.iter().filter(|r| !r.passed).count();
    s += &format!("{} passed, {failed} failed\n", rows.len() - failed);
    s
}

/// The fixture's bf16 reference (tests/fixtures/make_bf16_reference.py): transformers' bf16
/// model's relative distance from its f32 logits, and its greedy continuation; None where the
/// fixture has none.
fn bf16_reference(fixture: &Path, f32_logits: &[f32]) -> Result<Option<(f64, Vec<u32>)>, String> {
    let path = fixture.join("logits_bf16.npy");
    if !path.exists() {
        return Ok(None);
    }
    let (_, logits) = npy::read_f32(&path)?;
    let json = fixture.join("reference_bf16.json");
    let reference: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&json).map_err(|e| format!("{}: {e}", json.display()))?,
    )
    .map_err(|e| format!("{}: {e}", json.display()))?;
    Ok(Some((
        rel_err(&logits, f32_logits),
        ids_of(&reference, "generated_ids")?,
    )))
}

/// Relative error in the 2-norm.
pub fn rel_err(got: &[f32], want: &[f32]) -> f64 {
    if got.len() != want.len() {
        return f64::INFINITY;
    }
    let (mut num, mut den) = (0.0f64, 0.0f64);
    for (&g, &w) in got.iter().zip(want) {
        num += (f64::from(g) - f64::from(w)).powi(2);
        den += f64::from(w).powi(2);
    }
    if num.is_nan() {
        return f64::INFINITY;
    }
    (num / den.max(1e-300)).sqrt()
}

/// Parses and derives a spec file.
pub fn derive_spec(path: &Path) -> Result<DerivedModule, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    let src = Source::new(path.display().to_string(), text);
    pipeline::derive(&src).map_err(|e| src.render(&e, false))
}

/// The spec's first model on the GPU, parameters from `ckpt` (config from `json`).
pub fn gpu_model(
    gpu: &Gpu,
    kernels: &Path,
    spec: &DerivedModule,
    json: &serde_json::Value,
    ckpt: Checkpoint,
    weights: Weights,
) -> Result<Model<GpuBackend>, String> {
    let m = spec
        .module
        .models
        .first()
        .ok_or("the spec has no model block")?;
    let backend = GpuBackend::new(gpu, kernels, weights).map_err(|e| e.to_string())?;
    Model::from_checkpoint(backend, m, &spec.recurrences, json, ckpt).map_err(|e| e.to_string())
}

fn ids_of(v: &serde_json::Value, key: &str) -> Result<Vec<u32>, String> {
    v[key]
        .as_array()
        .ok_or_else(|| format!("reference.json has no `{key}`"))?
        .iter()
        .map(|x| {
            x.as_u64()
                .map(|x| x as u32)
                .ok_or(format!("`{key}`: not ids"))
        })
        .collect()
}

/// The model check: the GPU executor against the fixture's reference and the CPU executor.
pub fn check(gpu: &Gpu, root: &Path) -> Result<Vec<Row>, String> {
    let mut rows = layer_checks(gpu, root)?;
    let spec = derive_spec(&root.join("lang-examples/mamba.lr"))?;
    let kernels = root.join("kernels-generated/mamba");
    let fixture = root.join("tests/fixtures/tiny-mamba");
    let reference: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture.join("reference.json")).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let prompt = ids_of(&reference, "input_ids")?;
    let generated = ids_of(&reference, "generated_ids")?;
    let (_, want_logits) = npy::read_f32(&fixture.join("logits.npy"))?;
    let json =
        linrec_model::read_config(&spec.module.models[0], &fixture).map_err(|e| e.to_string())?;
    let cpu = LoadedModel::load(&spec.module.models[0], &spec.recurrences, &fixture)
        .map_err(|e| e.to_string())?;
    let other: Vec<u32> = prompt.iter().rev().map(|&t| (t * 7 + 3) % 512).collect();
    let greedy = Sampling::default();
    // The bf16 bar: transformers' own bf16 model's distance from its f32 logits
    // (tests/fixtures/make_bf16_reference.py), where the fixture has it.
    let hf_bf16 = bf16_reference(&fixture, &want_logits)?;
    for weights in Weights::ALL {
        let label = weights.label();
        let (tol, bar) = match (weights, &hf_bf16) {
            (Weights::F32, _) => (1e-3, String::new()),
            (Weights::Bf16, Some((d, _))) => (*d, " = transformers' bf16 model's".into()),
            _ => (3e-2, String::new()),
        };
        let ckpt = Checkpoint::load(&fixture).map_err(|e| e.to_string())?;
        let m = gpu_model(gpu, &kernels, &spec, &json, ckpt, weights)?;
        let logits = m
            .forward(std::slice::from_ref(&prompt))
            .map_err(|e| e.to_string())?;
        let e = rel_err(&logits.data, &want_logits);
        rows.push(Row {
            name: format!("tiny-mamba {label} logits vs transformers"),
            detail: format!("rel err {e:.2e} (≤ {tol:.2e}{bar})"),
            passed: e <= tol,
        });
        let g = m
            .generate_timed(
                std::slice::from_ref(&prompt),
                generated.len(),
                &greedy,
                None,
                true,
            )
            .map_err(|e| e.to_string())?;
        let agreeing = |ids: &[u32]| {
            ids.iter()
                .zip(&generated)
                .take_while(|(a, b)| a == b)
                .count()
        };
        let same = agreeing(&g.tokens[0]);
        // bf16 greedy tokens must equal transformers' f32 ones where its own bf16 model's do.
        let hf_same = hf_bf16.as_ref().map(|(_, ids)| agreeing(ids));
        let required = match weights {
            Weights::F32 => true,
            Weights::Bf16 => hf_same == Some(generated.len()),
        };
        rows.push(Row {
            name: format!("tiny-mamba {label} greedy tokens vs transformers"),
            detail: format!(
                "{same}/{} identical (decode {}){}",
                generated.len(),
                if g.graphs { "CUDA graph" } else { "eager" },
                match (weights, hf_same) {
                    (Weights::F32, _) => String::new(),
                    (_, Some(n)) => format!(
                        "; transformers' bf16 model: {n}/{}{}",
                        generated.len(),
                        if required { "" } else { ", informational" }
                    ),
                    (_, None) => ", informational".into(),
                }
            ),
            passed: !required || (same == generated.len() && g.graphs),
        });
        rows.extend(mixed_rows(&m, &cpu, weights, &prompt, &other));
        if weights == Weights::F32 {
            let eager = m
                .generate_timed(std::slice::from_ref(&prompt), 12, &greedy, None, false)
                .map_err(|e| e.to_string())?;
            let graphed = m
                .generate_timed(std::slice::from_ref(&prompt), 12, &greedy, None, true)
                .map_err(|e| e.to_string())?;
            let sampled = Sampling {
                temperature: 0.8,
                top_k: 50,
                top_p: 0.95,
                seed: 3,
            };
            let s_eager = m
                .generate_timed(std::slice::from_ref(&prompt), 12, &sampled, None, false)
                .map_err(|e| e.to_string())?;
            let s_graph = m
                .generate_timed(std::slice::from_ref(&prompt), 12, &sampled, None, true)
                .map_err(|e| e.to_string())?;
            let s_cpu = cpu
                .generate(std::slice::from_ref(&prompt), 12, &sampled, None)
                .map_err(|e| e.to_string())?;
            rows.push(Row {
                name: "tiny-mamba f32 sampled: graph = eager = CPU".into(),
                detail: format!("{:?}", s_graph.tokens[0]),
                passed: s_graph.graphs
                    && s_eager.tokens == s_graph.tokens
                    && s_graph.tokens == s_cpu,
            });
            rows.push(Row {
                name: "tiny-mamba f32 graph decode = eager decode".into(),
                detail: format!("{:?}", graphed.tokens[0]),
                passed: eager.tokens == graphed.tokens,
            });
            // Dependent launches change when kernels start, never what they compute: the
            // sampled continuation (graphs) with every kernel that waits for its predecessor
            // launched dependent, whatever its grid, and with none.
            let by_launch: Vec<_> = [u64::MAX, 0]
                .into_iter()
                .map(|max_blocks| {
                    m.backend.gpu().with_dependent_launch(max_blocks, || {
                        m.generate_timed(std::slice::from_ref(&prompt), 12, &sampled, None, true)
                    })
                })
                .collect::<Result<_, _>>()
                .map_err(|e| e.to_string())?;
            rows.push(Row {
                name: "tiny-mamba f32 sampled: all launches dependent = none = default".into(),
                detail: format!("{:?}", by_launch[0].tokens[0]),
                passed: by_launch
                    .iter()
                    .all(|g| g.graphs && g.tokens == s_graph.tokens),
            });
            let both = m
                .generate_timed(&[prompt.clone(), other.clone()], 6, &greedy, None, true)
                .map_err(|e| e.to_string())?;
            let alone = cpu.generate(std::slice::from_ref(&other), 6, &greedy, None);
            let alone = alone.map_err(|e| e.to_string())?;
            rows.push(Row {
                name: "tiny-mamba f32 batch of 2 vs CPU executor alone".into(),
                detail: format!("{:?} / {:?}", both.tokens[1], alone[0]),
                passed: both.tokens[1] == alone[0] && both.tokens[0][..] == generated[..6],
            });
            // The dt projection folded into the scan's step (`GpuBackend::set_step_fold`):
            // the same greedy tokens as transformers', alone and in a batch of two.
            m.backend.set_step_fold(true);
            let folded = m.generate_timed(
                std::slice::from_ref(&prompt),
                generated.len(),
                &greedy,
                None,
                true,
            );
            let folded_both =
                m.generate_timed(&[prompt.clone(), other.clone()], 6, &greedy, None, true);
            m.backend.set_step_fold(false);
            let (folded, folded_both) = (
                folded.map_err(|e| e.to_string())?,
                folded_both.map_err(|e| e.to_string())?,
            );
            rows.push(Row {
                name: "tiny-mamba f32 step fold: greedy tokens vs transformers, batch of 2 vs CPU"
                    .into(),
                detail: format!("{:?} / {:?}", folded.tokens[0], folded_both.tokens[1]),
                passed: folded.graphs
                    && folded.tokens[0] == generated
                    && folded_both.tokens[1] == alone[0]
                    && folded_both.tokens[0][..] == generated[..6],
            });
            // Decoding from carried state = the full forward over the longer sequence.
            let mut longer = prompt.clone();
            longer.extend_from_slice(&generated[..4]);
            let full = m.forward(&[longer.clone()]).map_err(|e| e.to_string())?;
            let want = cpu.forward(&[longer]).map_err(|e| e.to_string())?;
            let e = rel_err(&full.data, &want.data);
            rows.push(Row {
                name: "tiny-mamba f32 logits vs CPU executor (16 tokens)".into(),
                detail: format!("rel err {e:.2e} (< 1e-3)"),
                passed: e < 1e-3,
            });
        }
    }
    Ok(rows)
}

/// Prompts of different lengths (packed into one sequence, convs and scans run per prompt,
/// one decoding batch): each row as that prompt decodes alone, on the CPU executor (f32) or on
/// the GPU with the same weights (bf16, whose tokens may part from f32's); f32: the packed
/// last logits against the CPU executor's. An error is a failed row, not the end of the check.
fn mixed_rows(
    m: &Model<GpuBackend>,
    cpu: &LoadedModel,
    weights: Weights,
    prompt: &[u32],
    other: &[u32],
) -> Vec<Row> {
    let label = weights.label();
    let name = format!(
        "tiny-mamba {label} prompts of 3 lengths vs each alone ({})",
        match weights {
            Weights::F32 => "CPU executor",
            Weights::Bf16 => "GPU",
        }
    );
    let batch = [prompt.to_vec(), other[..3].to_vec(), prompt[2..].to_vec()];
    let run = || -> Result<Vec<Row>, String> {
        let mut rows = Vec::new();
        let greedy = Sampling::default();
        let mixed = m
            .generate_timed(&batch, 6, &greedy, None, true)
            .map_err(|e| e.to_string())?;
        let mut alone = Vec::new();
        for p in &batch {
            let a = match weights {
                Weights::F32 => cpu.generate(std::slice::from_ref(p), 6, &greedy, None),
                Weights::Bf16 => m.generate(std::slice::from_ref(p), 6, &greedy, None),
            };
            alone.extend(a.map_err(|e| e.to_string())?);
        }
        if weights == Weights::F32 {
            let got = m.last_logits(&batch).map_err(|e| e.to_string())?;
            let want = cpu.last_logits(&batch).map_err(|e| e.to_string())?;
            let e = rel_err(&got.data, &want.data);
            rows.push(Row {
                name: "tiny-mamba f32 packed prompts' last logits vs CPU executor".into(),
                detail: format!("rel err {e:.2e} (< 1e-3), shape {:?}", got.shape),
                passed: e < 1e-3 && got.shape == want.shape,
            });
        }
        rows.push(Row {
            name: name.clone(),
            detail: format!("{:?} / {:?}", mixed.tokens, alone),
            passed: mixed.tokens == alone && mixed.graphs,
        });
        Ok(rows)
    };
    run().unwrap_or_else(|e| {
        vec![Row {
            name,
            detail: format!("error: {e}"),
            passed: false,
        }]
    })
}

/// HuggingFace config of the Mamba-130m shape.
pub fn mamba_130m_config() -> serde_json::Value {
    serde_json::json!({
        "vocab_size": 50280, "hidden_size": 768, "state_size": 16, "num_hidden_layers": 24,
        "expand": 2, "conv_kernel": 4, "time_step_rank": "auto", "layer_norm_epsilon": 1e-5,
        "use_bias": false, "use_conv_bias": true, "residual_in_fp32": true,
        "tie_word_embeddings": true
    })
}

/// Eight prompts of different lengths, 256 to 2048 tokens (9,216 in all), for the mixed
/// prefill's timing and profile.
pub(crate) fn mixed_prompts() -> Vec<Vec<u32>> {
    [2048usize, 256, 1536, 512, 1024, 768, 1280, 1792]
        .iter()
        .enumerate()
        .map(|(r, &len)| prefill_ids(r + 1, len).pop().unwrap_or_default())
        .collect()
}

/// `b` prompts of `len` token ids (deterministic, spread over the vocabulary) for prefill
/// timing.
pub(crate) fn prefill_ids(b: usize, len: usize) -> Vec<Vec<u32>> {
    (0..b)
        .map(|r| {
            (0..len)
                .map(|i| ((i * 31 + r * 17) % 50000) as u32)
                .collect()
        })
        .collect()
}

/// The Mamba-130m-shaped model (`lang-examples/mamba.lr`, random weights, seed 7) on the
/// GPU, its weights stored as `weights`; with its parameter counts (all, GEMM weights).
pub(crate) fn random_130m(
    gpu: &Gpu,
    root: &Path,
    weights: Weights,
) -> Result<(Model<GpuBackend>, (usize, usize)), String> {
    let spec = derive_spec(&root.join("lang-examples/mamba.lr"))?;
    let json = mamba_130m_config();
    let ckpt = Checkpoint::random(&spec.module.models[0], &json, 7).map_err(|e| e.to_string())?;
    let sizes = ckpt.sizes();
    let kernels = root.join("kernels-generated/mamba");
    Ok((
        gpu_model(gpu, &kernels, &spec, &json, ckpt, weights)?,
        sizes,
    ))
}

/// Where the time of one prefill at batch 8 × 2048 (`mixed`: of the eight prompts of
/// different lengths of [`mixed_prompts`], packed) goes, per operation (GPU time between
/// consecutive operations' events), for f32 and bf16 weights at the Mamba-130m shape.
pub fn profile(gpu: &Gpu, root: &Path, mixed: bool) -> Result<String, String> {
    let mut out = String::new();
    let (ids, what) = match mixed {
        false => (prefill_ids(8, 2048), "prefill b8×2048".to_string()),
        true => (
            mixed_prompts(),
            "prefill of 8 packed prompts of 256..2048 tokens".to_string(),
        ),
    };
    for weights in Weights::ALL {
        let label = weights.label();
        let (m, _) = random_130m(gpu, root, weights)?;
        let greedy = Sampling::default();
        for _ in 0..2 {
            m.generate_timed(&ids, 1, &greedy, None, false)
                .map_err(|e| e.to_string())?;
        }
        m.backend.profile_start(ProfileScope::Eager);
        let g = m
            .generate_timed(&ids, 1, &greedy, None, false)
            .map_err(|e| e.to_string())?;
        let rows = m.backend.profile_report().map_err(|e| e.to_string())?;
        let head = format!(
            "{label} weights, {what} (+1 decode step): {:.2} ms wall",
            g.prefill_secs * 1e3
        );
        out += &operation_table(&head, "in operations", &rows, 3);
    }
    Ok(out)
}

/// A profile's rows (label, ms, count) as a table under `head`, with their total.
fn operation_table(
    head: &str,
    total_what: &str,
    rows: &[(String, f64, usize)],
    digits: usize,
) -> String {
    let total: f64 = rows.iter().map(|r| r.1).sum();
    let mut out = format!(
        "{head}, {total:.digits$} ms {total_what}\n{:<52} {:>9} {:>6} {:>7}\n",
        "operation", "ms", "count", "share"
    );
    for (name, ms, n) in rows {
        out += &format!(
            "{name:<52} {ms:>9.digits$} {n:>6} {:>6.1}%\n",
            100.0 * ms / total
        );
    }
    out.push('\n');
    out
}

/// A few decoding steps without graphs, for a kernel profiler (`ncu`) to time each launch:
/// one sequence and 32 on the GEMV kernels (a bf16 batch on tensor cores), one also with the
/// conv step in its own launch and 32 also with it joined to the in-projection's GEMV
/// whatever that runs on ([`GpuBackend::set_conv_join`]), 32 on cuBLAS, and (bf16) 32 on the
/// CUDA cores' row tiles and 32 with the tensor-core GEMV in 8-row tiles; f32 and bf16 weights, one-token
/// prompts, two steps each (`scripts/ncu_decode.py` names the runs in this order). Prints each
/// run's wall time per step.
pub fn profile_decode(gpu: &Gpu, root: &Path) -> Result<String, String> {
    let mut out = String::new();
    for weights in Weights::ALL {
        let (m, _) = random_130m(gpu, root, weights)?;
        for (b, linears, join) in [
            (1usize, Linears::Gemv, ConvJoin::Auto),
            (1, Linears::Gemv, ConvJoin::Off),
            (32, Linears::Gemv, ConvJoin::Auto),
            (32, Linears::Gemv, ConvJoin::On),
            (32, Linears::Cublas, ConvJoin::Auto),
            (32, Linears::CudaCores, ConvJoin::Auto),
            (32, Linears::Mma8, ConvJoin::Auto),
        ] {
            if linears.bf16_only() && weights != Weights::Bf16 {
                continue;
            }
            let ids: Vec<Vec<u32>> = (0..b).map(|r| vec![(r * 5 + 3) as u32]).collect();
            linears.set(&m.backend, b);
            m.backend.set_conv_join(join);
            let g = m
                .generate_timed(&ids, 3, &Sampling::default(), None, false)
                .map_err(|e| e.to_string())?;
            out += &format!(
                "{} weights, decode b{b} ({linears:?}{}): {:.3} ms a step (eager)\n",
                weights.label(),
                join_label(join),
                g.decode_secs * 1e3 / g.decode_steps.max(1) as f64
            );
            m.backend.set_conv_join(ConvJoin::Auto);
        }
        Linears::Gemv.set(&m.backend, 1);
    }
    Ok(out)
}

/// Where a decoding step's GPU time goes inside its CUDA graph: the step captured with an
/// event-record node before each operation, replayed, and each operation timed from its
/// event to the next in the last replay (no profiler, no serialization). Kernels are launched
/// plainly here: an event node between two kernels leaves no edge for a dependent launch (on
/// an H100 the whole command failed with CUDA_ERROR_INVALID_VALUE with them on), so the step
/// runs somewhat slower than the benchmark's. One sequence and 32, f32 and bf16 weights.
pub fn profile_decode_graph(gpu: &Gpu, root: &Path) -> Result<String, String> {
    gpu.with_dependent_launch(0, || profile_decode_graph_plain(gpu, root))
}

fn profile_decode_graph_plain(gpu: &Gpu, root: &Path) -> Result<String, String> {
    let mut out = String::from("(kernels launched plainly, not dependent: see --help)\n");
    for weights in Weights::ALL {
        for b in [1usize, 32] {
            let (m, _) = random_130m(gpu, root, weights)?;
            let ids: Vec<Vec<u32>> = (0..b).map(|r| vec![(r * 5 + 3) as u32]).collect();
            m.backend.profile_start(ProfileScope::Graph);
            let g = m
                .generate_timed(&ids, 6, &Sampling::default(), None, true)
                .map_err(|e| e.to_string())?;
            let rows = m.backend.profile_report().map_err(|e| e.to_string())?;
            if let Some(why) = m.backend.graph_note() {
                out += &format!(
                    "{} weights, decode b{b}: no graph ({why})\n\n",
                    weights.label()
                );
                continue;
            }
            let head = format!(
                "{} weights, decode b{b} (graph): {:.3} ms a step",
                weights.label(),
                g.decode_secs * 1e3 / g.decode_steps.max(1) as f64
            );
            out += &operation_table(&head, "between the graph's events", &rows, 4);
        }
    }
    Ok(out)
}

/// What a row of a run with the conv step placed by `join` adds to its name.
pub(crate) fn join_label(join: ConvJoin) -> &'static str {
    match join {
        ConvJoin::Auto => "",
        ConvJoin::On => " conv joined",
        ConvJoin::Off => " conv apart",
    }
}

/// Where a timed decoding row runs its linear layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Linears {
    /// The GEMV kernels (the default: a bf16 batch on tensor cores).
    Gemv,
    /// cuBLAS GEMMs past one row.
    Cublas,
    /// The GEMV kernels on CUDA cores only (bf16: the row tiles instead of tensor cores).
    CudaCores,
    /// The GEMV kernels with the tensor-core GEMV in 8-row tiles only (bf16; by default it
    /// takes 32-row tiles where a launch still has enough blocks).
    Mma8,
    /// The GEMV kernels with the tensor-core GEMV splitting `k` between blocks where its
    /// tiles are few (bf16; by default it does not).
    Split,
}

impl Linears {
    /// Whether the row only differs from the default with bf16 weights.
    pub(crate) fn bf16_only(self) -> bool {
        matches!(self, Linears::CudaCores | Linears::Mma8 | Linears::Split)
    }

    /// Sets the backend's knobs for decoding `b` sequences so.
    pub(crate) fn set(self, backend: &GpuBackend, b: usize) {
        backend.set_gemv_max_rows(match self {
            Linears::Cublas => b - 1,
            _ => usize::MAX,
        });
        backend.set_gemv_mma(self != Linears::CudaCores);
        let force = MmaForce {
            rows: (self == Linears::Mma8)
                .then_some(linrec_compiler::emit::layers::MMA_ROW_TILES[0]),
            split: self == Linears::Split,
        };
        backend
            .set_gemv_mma_plan(force)
            .expect("one of the kernel's row tiles");
    }
}
