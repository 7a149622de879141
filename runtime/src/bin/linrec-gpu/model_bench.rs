//! `linrec-gpu model-bench`: prefill and decode tokens/s at the Mamba-130m shape with random
//! weights (`model.rs` builds the model), beside the reference package's rows from the same
//! run and the floors (GEMM rate for prefill, weight reads for decode).

use std::path::Path;

use linrec_model::{Backend, Sampling};
use linrec_runtime::{ConvJoin, Gpu, GpuBackend, Weights};

use crate::layer_check::random;
use crate::model::{Linears, join_label, mixed_prompts, prefill_ids, random_130m};
use crate::results::Record;

/// The reference package's tokens/s for one of its rows (`bench_model.py`, same run).
fn peer_tps(peers: &[serde_json::Value], row: &str) -> Option<f64> {
    peers
        .iter()
        .find(|p| p["row"] == row)
        .and_then(|p| p["tok_s"].as_f64())
}

/// Prefill and decode speed at the Mamba-130m shape with random weights, f32 and bf16
/// weights, beside the reference package (its rows from `peers`) and the floors: the records,
/// and notes on the parameters and GEMM rates the floors come from.
pub fn bench(
    gpu: &Gpu,
    root: &Path,
    peers: &[serde_json::Value],
) -> Result<(Vec<Record>, String), String> {
    let bw = linrec_runtime::timing::copy_bandwidth(gpu).map_err(|e| e.to_string())?;
    let mut out = format!(
        "Mamba-130m shape (d_model 768, 24 layers, d_state 16, vocab 50280), random weights\n\
         copy bandwidth {:.2} TB/s\n",
        bw / 1e12,
    );
    // LINREC_ONLY (e.g. `decode b32`): only the rows whose names contain it.
    let only = std::env::var("LINREC_ONLY").unwrap_or_default();
    let wanted = |row: &str| only.is_empty() || row.contains(&only);
    let mut records = Vec::new();
    let mut peak = None;
    for (k, weights) in Weights::ALL.into_iter().enumerate() {
        let label = weights.label();
        let (m, (params, gemm_params)) = random_130m(gpu, root, weights)?;
        let wbytes = match weights {
            Weights::F32 => 4.0 * params as f64,
            Weights::Bf16 => 2.0 * gemm_params as f64 + 4.0 * (params - gemm_params) as f64,
        };
        let peak: [f64; 2] = match peak {
            Some(p) => p,
            None => *peak.insert(gemm_flops(&m.backend).map_err(|e| e.to_string())?),
        };
        let greedy = Sampling::default();
        let mut line = |row: String, peer_row: String, tps: f64, floor: f64| {
            let peer_value = peer_tps(peers, &peer_row);
            // Each row as it is measured (the table comes at the end).
            eprintln!(
                "{label} {row}: {tps:.0} tok/s ({:.1}% of the floor)",
                100.0 * tps / floor
            );
            records.push(Record {
                row,
                shape: "d_model=768,n_layer=24,d_state=16,vocab=50280".into(),
                dtype: label.into(),
                value: tps,
                unit: "tok/s",
                floor: Some(floor),
                peer: peer_value.map(|_| "mamba_ssm (fast path)".into()),
                peer_value,
            });
        };
        // Batches of 2048-token prompts, and long prompts (16k, 64k tokens: the scan inside
        // the model then takes the chunked strategy).
        for (b, len) in [(1usize, 2048usize), (8, 2048), (1, 16384), (1, 65536)] {
            if !wanted(&format!("model prefill b{b}x{len}")) {
                continue;
            }
            let ids = prefill_ids(b, len);
            let mut times = Vec::new();
            for _ in 0..4 {
                let g = m
                    .generate_timed(&ids, 1, &greedy, None, false)
                    .map_err(|e| e.to_string())?;
                times.push(g.prefill_secs);
            }
            times.remove(0);
            times.sort_by(f64::total_cmp);
            let t = times[times.len() / 2];
            let tokens = (b * len) as f64;
            let floor = tokens / (2.0 * gemm_params as f64 * tokens / peak[k]);
            line(
                format!("model prefill b{b}x{len}"),
                format!("{label} prefill b{b}x{len}"),
                tokens / t,
                floor,
            );
        }
        // Eight prompts of different lengths (256 to 2048 tokens, 9,216 in all) packed into
        // one sequence, and the same padded to the longest (what a batch of one length
        // costs): tokens/s of the prompts' own tokens.
        let mixed = mixed_prompts();
        let longest = mixed.iter().map(Vec::len).max().unwrap_or(0);
        let padded: Vec<Vec<u32>> = mixed
            .iter()
            .map(|p| {
                let mut p = p.clone();
                p.resize(longest, 0);
                p
            })
            .collect();
        let real: usize = mixed.iter().map(Vec::len).sum();
        for (ids, row) in [
            (&mixed, "model prefill b8 mixed 256..2048"),
            (&padded, "model prefill b8 mixed padded"),
        ] {
            if !wanted(row) {
                continue;
            }
            // New on the GPU: an error skips the row (said so), not the rest of the bench.
            let timed: Result<Vec<f64>, _> = (0..4)
                .map(|_| {
                    m.generate_timed(ids, 1, &greedy, None, false)
                        .map(|g| g.prefill_secs)
                })
                .collect();
            let mut times = match timed {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{label} {row}: skipped: {e}");
                    continue;
                }
            };
            times.remove(0);
            times.sort_by(f64::total_cmp);
            let t = times[times.len() / 2];
            let floor = real as f64 / (2.0 * gemm_params as f64 * real as f64 / peak[k]);
            line(row.into(), String::new(), real as f64 / t, floor);
        }
        // Decoding one sequence (with and without a graph), 8, 16 and 32 at once, the last
        // also with its linear layers on cuBLAS, and (bf16) on the CUDA cores' row tiles and
        // with the tensor-core GEMV in 8-row tiles (`mma8`) or splitting `k` where its tiles
        // are few (`split k`); one
        // and 32 also with the conv step in its own launch (`conv apart`), 32 also with it
        // joined to the in-projection's GEMV whatever that runs on (`conv joined`); one and
        // 32 also with every kernel launched after the previous one's end (`serial`: no
        // dependent launches, see `Gpu::set_dependent_launch`), and with the dt projection
        // folded into the scan's step (`step fold`, `GpuBackend::set_step_fold`).
        for (b, graphs, linears, join, dependent, fold) in [
            (1usize, true, Linears::Gemv, ConvJoin::Auto, true, false),
            (1, true, Linears::Gemv, ConvJoin::Auto, true, true),
            (1, true, Linears::Gemv, ConvJoin::Auto, false, false),
            (1, true, Linears::Gemv, ConvJoin::Off, true, false),
            (1, false, Linears::Gemv, ConvJoin::Auto, true, false),
            (8, true, Linears::Gemv, ConvJoin::Auto, true, false),
            (16, true, Linears::Gemv, ConvJoin::Auto, true, false),
            (32, true, Linears::Gemv, ConvJoin::Auto, true, false),
            (32, true, Linears::Gemv, ConvJoin::Auto, true, true),
            (32, true, Linears::Gemv, ConvJoin::Auto, false, false),
            (32, true, Linears::Gemv, ConvJoin::On, true, false),
            (32, true, Linears::Gemv, ConvJoin::Off, true, false),
            (32, true, Linears::Cublas, ConvJoin::Auto, true, false),
            (32, true, Linears::CudaCores, ConvJoin::Auto, true, false),
            (32, true, Linears::Mma8, ConvJoin::Auto, true, false),
            (32, true, Linears::Split, ConvJoin::Auto, true, false),
        ] {
            if linears.bf16_only() && weights != Weights::Bf16 {
                continue;
            }
            let how = if graphs { "graph" } else { "eager" };
            let (row, peer_row) = match linears {
                Linears::Gemv if !dependent => {
                    (format!("model decode b{b} {how} serial"), String::new())
                }
                Linears::Gemv if fold => {
                    (format!("model decode b{b} {how} step fold"), String::new())
                }
                Linears::Gemv => (
                    format!("model decode b{b} {how}{}", join_label(join)),
                    format!("{label} decode b{b} ({how})"),
                ),
                Linears::Cublas => (format!("model decode b{b} {how} cublas"), String::new()),
                Linears::CudaCores => {
                    (format!("model decode b{b} {how} cuda cores"), String::new())
                }
                Linears::Mma8 => (format!("model decode b{b} {how} mma8"), String::new()),
                Linears::Split => (format!("model decode b{b} {how} split k"), String::new()),
            };
            if !wanted(&row) {
                continue;
            }
            let ids: Vec<Vec<u32>> = (0..b)
                .map(|r| (0..16).map(|i| ((i * 13 + r * 5) % 50000) as u32).collect())
                .collect();
            linears.set(&m.backend, b);
            m.backend.set_conv_join(join);
            m.backend.set_step_fold(fold);
            let gpu = m.backend.gpu();
            let max_blocks = if dependent { gpu.dependent_launch() } else { 0 };
            let best = gpu.with_dependent_launch(max_blocks, || {
                let mut best = 0.0f64;
                for _ in 0..2 {
                    let g = m
                        .generate_timed(&ids, 200, &greedy, None, graphs)
                        .map_err(|e| e.to_string())?;
                    best = best.max(g.decode_steps as f64 * b as f64 / g.decode_secs);
                }
                Ok::<f64, String>(best)
            })?;
            Linears::Gemv.set(&m.backend, b);
            m.backend.set_conv_join(ConvJoin::Auto);
            m.backend.set_step_fold(false);
            let floor = bw / wbytes * b as f64;
            line(row, peer_row, best, floor);
        }
        out += &format!(
            "  {}: {:.1} M parameters, {:.2} GB read per decode step; prefill GEMMs (cuBLAS) {:.1} TFLOP/s at 4096³\n",
            weights.label(),
            params as f64 / 1e6,
            wbytes / 1e9,
            peak[k] / 1e12
        );
    }
    out += "floors: decode = weights read once per step at copy bandwidth; prefill = GEMM FLOPs at \
            the cuBLAS rate measured above (same dtype)\n";
    Ok((records, out))
}

/// cuBLAS throughput (FLOP/s) of a 4096³ GEMM through the backend, per mode of
/// [`Weights::ALL`].
fn gemm_flops(b: &GpuBackend) -> linrec_model::Result<[f64; 2]> {
    let n = 4096;
    let x = b.param(random(vec![n, n], 1, -1.0, 1.0))?;
    let w = b.param(random(vec![n, n], 2, -1.0, 1.0))?;
    let mut out = [0.0; 2];
    for (k, weights) in Weights::ALL.into_iter().enumerate() {
        let t = b.time_with_weights(weights, 2, 5, &mut || {
            b.linear(&x, &w, None).and_then(|y| b.run_pending(&y))
        })?;
        out[k] = 2.0 * (n as f64).powi(3) / t;
    }
    Ok(out)
}
