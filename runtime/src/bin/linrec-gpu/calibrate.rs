//! `linrec-gpu calibrate FILE`: times every forward strategy, forced, on a grid of shapes (the
//! selective scan with the scan axis innermost and not, the first-order scan), fits the cost
//! model's constants to the measurements (`strategy::calibration::fit`) and writes the GPU
//! model's table to FILE (copy it to `compiler/calibration/<gpu>.json`). Prints every point
//! with the strategy the old and the new constants pick and their time over the best one's.

use std::fmt::Write;
use std::path::Path;

use linrec_compiler::strategy::calibration::{self, Calibration, GridPoint};
use linrec_compiler::strategy::{self, Request};
use linrec_runtime::compiled::DeviceTensor;
use linrec_runtime::timing::time_ms;
use linrec_runtime::{Gpu, Result};

use crate::bench::{Loaded, load};

/// Sizes by dim name.
type Shape = Vec<(&'static str, usize)>;

/// The grid: kernel dir, recurrence, and its shapes (at least 30 points in all).
fn grid() -> Vec<(&'static str, &'static str, Vec<Shape>)> {
    let mut sel = Vec::new();
    for b in [1, 4, 8, 16] {
        for d in [256, 1536, 5120] {
            for l in [512, 2048, 8192] {
                sel.push(vec![("B", b), ("D", d), ("L", l), ("N", 16)]);
            }
        }
    }
    // Few long scans, where the block scan meets the chunked one (`block_max_len`).
    for (b, d, l) in [
        (1, 1536, 32768),
        (1, 1536, 65536),
        (1, 5120, 16384),
        (1, 5120, 65536),
    ] {
        sel.push(vec![("B", b), ("D", d), ("L", l), ("N", 16)]);
    }
    let mut strided = Vec::new();
    for b in [1, 8] {
        for d in [768, 3072] {
            for l in [256, 1024, 4096] {
                strided.push(vec![("B", b), ("L", l), ("D", d), ("N", 16)]);
            }
        }
    }
    let mut first = Vec::new();
    for b in [1, 8] {
        for c in [256, 1536] {
            for t in [2048, 16384] {
                first.push(vec![("B", b), ("C", c), ("T", t)]);
            }
        }
    }
    vec![
        ("kernels-generated/selective_scan", "selective_scan", sel),
        ("kernels-generated/mamba", "selective_scan", strided),
        ("kernels-generated/first_order", "first_order", first),
    ]
}

/// One point: both strategies forced, timed.
fn measure(gpu: &Gpu, dir: &Path, name: &str, shape: &[(&str, usize)]) -> Result<GridPoint> {
    let Loaded {
        mut c,
        by_name,
        inputs,
        ..
    } = load(gpu, dir, name, shape)?;
    let refs: Vec<Option<&DeviceTensor>> = inputs.iter().map(Option::as_ref).collect();
    let outs = c.alloc_outputs(&by_name)?;
    let mut ms = [0.0; 3];
    let block = c.has_block();
    for (k, r) in [Request::Sequential, Request::Chunked, Request::Block]
        .into_iter()
        .enumerate()
        .filter(|&(_, r)| block || r != Request::Block)
    {
        c.set_strategy(r);
        ms[k] = time_ms(gpu, 3, 20, || c.forward_into(&by_name, &refs, &outs))?;
    }
    let sizes_v: Vec<u64> = c
        .manifest
        .dims
        .iter()
        .map(|d| by_name[&d.name] as u64)
        .collect();
    Ok(GridPoint {
        recurrence: format!("{name} ({})", dir.display()),
        shape: shape
            .iter()
            .map(|(n, s)| format!("{n}={s}"))
            .collect::<Vec<_>>()
            .join(","),
        sequential_ms: ms[0],
        chunked_ms: ms[1],
        block_ms: block.then_some(ms[2]),
        cost: c.manifest.cost_shape(&sizes_v),
    })
}

/// Measures the grid, fits, writes the table to `out`; returns the report.
pub fn run(gpu: &Gpu, out: &Path) -> Result<String> {
    let mut points = Vec::new();
    let start = std::time::Instant::now();
    for (dir, name, shapes) in grid() {
        for shape in shapes {
            let p = measure(gpu, Path::new(dir), name, &shape)?;
            // Progress (the table comes at the end).
            eprintln!(
                "{} {}: seq {:.4} chunk {:.4} block {} ms ({:.0} s in all)",
                p.recurrence,
                p.shape,
                p.sequential_ms,
                p.chunked_ms,
                p.block_ms.map_or("-".into(), |b| format!("{b:.4}")),
                start.elapsed().as_secs_f64()
            );
            points.push(p);
        }
    }
    let (old_table, device) = gpu.cost_device();
    let commit = std::env::var("LINREC_COMMIT").unwrap_or_else(|_| "an unknown commit".into());
    fit_and_write(
        &gpu.name(),
        &format!("linrec-gpu calibrate at {commit}"),
        &format!("table `{old_table}`"),
        device,
        points,
        out,
    )
}

/// Fits the cost model to the measurements of the table at `table` again (the model's rules
/// as they are now; the device's SM count is the default's, 132, as on the H100 SXM and the
/// H200), writes the refitted table to `out`; returns the report.
pub fn refit(table: &Path, out: &Path) -> Result<String> {
    let io = |source| linrec_runtime::RuntimeError::Io {
        path: table.display().to_string(),
        source,
    };
    let text = std::fs::read_to_string(table).map_err(io)?;
    let old: Calibration = serde_json::from_str(&text).map_err(|e| {
        io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("not a calibration table: {e}"),
        ))
    })?;
    if old.grid.is_empty() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "its grid has no points to fit the cost model to",
        )));
    }
    let device = strategy::Device {
        model: old.model,
        ..strategy::Device::default()
    };
    // The measurements' own origin, before " (…)" (the old fit's worst ratio).
    let origin = old.source.split(" (").next().unwrap_or(&old.source);
    let origin = origin.strip_suffix(", refitted").unwrap_or(origin);
    fit_and_write(
        &old.gpu,
        &format!("{origin}, refitted"),
        "its constants",
        device,
        old.grid,
        out,
    )
}

/// Fits the cost model to `points`, reports each point's pick under the old and the new
/// constants, writes the table for `gpu` to `out`.
fn fit_and_write(
    gpu: &str,
    source: &str,
    old_label: &str,
    device: strategy::Device,
    points: Vec<GridPoint>,
    out: &Path,
) -> Result<String> {
    let model = calibration::fit(device, &points);
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{:<58} {:<30} {:>9} {:>9} {:>9}  old pick (ratio)  new pick (ratio)",
        "recurrence", "shape", "seq ms", "chunk ms", "block ms"
    );
    let pick = |m, p: &GridPoint| {
        let (s, r) = calibration::pick(m, device, p);
        let s = match s {
            strategy::Strategy::Sequential { .. } => "seq",
            strategy::Strategy::Chunked { .. } => "chunk",
            strategy::Strategy::Block { .. } => "block",
        };
        format!("{s:>5} ({r:.2})")
    };
    for p in &points {
        let _ = writeln!(
            text,
            "{:<58} {:<30} {:>9.4} {:>9.4} {:>9}  {:>16}  {:>16}",
            p.recurrence,
            p.shape,
            p.sequential_ms,
            p.chunked_ms,
            p.block_ms.map_or("-".into(), |b| format!("{b:.4}")),
            pick(device.model, p),
            pick(model, p)
        );
    }
    let (old_worst, old_at) = calibration::worst_ratio(device.model, device, &points);
    let (new_worst, new_at) = calibration::worst_ratio(model, device, &points);
    let at = |k: usize| {
        points
            .get(k)
            .map_or_else(String::new, |p| format!(" ({} {})", p.recurrence, p.shape))
    };
    let _ = writeln!(
        text,
        "{} points; {old_label} {:?}: worst {old_worst:.3}{}; fitted {:?}: worst {new_worst:.3}{}",
        points.len(),
        device.model,
        at(old_at),
        model,
        at(new_at),
    );
    let table = Calibration {
        gpu: gpu.to_string(),
        source: format!(
            "{source} ({} points; worst auto / best forced {new_worst:.3})",
            points.len()
        ),
        model,
        grid: points,
    };
    let json = serde_json::to_string_pretty(&table).expect("a table serializes");
    std::fs::write(out, json + "\n").map_err(|source| linrec_runtime::RuntimeError::Write {
        path: out.display().to_string(),
        source,
    })?;
    let _ = writeln!(text, "wrote {}", out.display());
    Ok(text)
}
