//! The benchmark: copy bandwidth (the floor), then our kernels at the shapes of
//! ../shared/TARGETS.md, timed with CUDA events (median of many runs after warm-up, inputs
//! larger than L2), each reported as a ratio to the floor. A program, not a timed test.

use std::collections::HashMap;
use std::path::Path;

use cudarc::driver::sys::CUevent_flags;
use linrec_compiler::interp::{self, Sizes};
use linrec_compiler::ir::DType;

use crate::compiled::{CompiledRecurrence, DeviceTensor, upload};
use crate::device::Gpu;
use crate::error::Result;
use crate::suite::derive_source;

/// Median time in ms of `f`, after `warm` runs, over `reps` runs.
pub(crate) fn time_ms(
    gpu: &Gpu,
    warm: usize,
    reps: usize,
    mut f: impl FnMut() -> Result<()>,
) -> Result<f64> {
    for _ in 0..warm {
        f()?;
    }
    let start = gpu.ctx.new_event(Some(CUevent_flags::CU_EVENT_DEFAULT))?;
    let end = gpu.ctx.new_event(Some(CUevent_flags::CU_EVENT_DEFAULT))?;
    let mut times = Vec::with_capacity(reps);
    for _ in 0..reps {
        start.record(&gpu.stream)?;
        f()?;
        end.record(&gpu.stream)?;
        times.push(f64::from(start.elapsed_ms(&end)?));
    }
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2])
}

/// Device-to-device copy bandwidth in bytes/s (bytes read + written).
pub fn copy_bandwidth(gpu: &Gpu) -> Result<f64> {
    let n = 1usize << 28; // 1 GiB of f32
    let src = gpu.stream.alloc_zeros::<f32>(n)?;
    let mut dst = gpu.stream.alloc_zeros::<f32>(n)?;
    let ms = time_ms(gpu, 3, 20, || {
        gpu.stream.memcpy_dtod(&src, &mut dst)?;
        Ok(())
    })?;
    Ok(2.0 * (n * 4) as f64 / (ms * 1e-3))
}

/// One benchmark row.
#[derive(Debug, Clone)]
pub struct BenchRow {
    pub name: String,
    pub shape: String,
    pub ms: f64,
    pub floor_ms: f64,
}

fn random_device_inputs(
    gpu: &Gpu,
    c: &CompiledRecurrence,
    sizes: &Sizes,
    rec: &linrec_compiler::ir::Recurrence,
) -> Result<Vec<Option<DeviceTensor>>> {
    // Random values in each input's range, generated in f32 directly (shapes are large).
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    rec.inputs
        .iter()
        .zip(&c.manifest.inputs)
        .map(|((_, i), m)| {
            if i.optional {
                return Ok(None);
            }
            let shape = sizes.shape(&i.dims);
            let n: usize = shape.iter().product();
            let (lo, hi) = (i.range.0 as f32, i.range.1 as f32);
            let data: Vec<f32> = (0..n).map(|_| rng.random_range(lo..hi)).collect();
            upload(gpu, &data, shape, m.dtype).map(Some)
        })
        .collect()
}

/// Times forward (and, with `backward`, forward-saving + backward) of one recurrence.
pub fn bench_recurrence(
    gpu: &Gpu,
    dir: &Path,
    name: &str,
    shape: &[(&str, usize)],
    bandwidth: f64,
    backward: bool,
) -> Result<Vec<BenchRow>> {
    bench_with(gpu, dir, name, shape, bandwidth, backward, None)
}

/// As [`bench_recurrence`], with the strategy forced when `request` is given.
pub fn bench_with(
    gpu: &Gpu,
    dir: &Path,
    name: &str,
    shape: &[(&str, usize)],
    bandwidth: f64,
    backward: bool,
    request: Option<linrec_compiler::strategy::Request>,
) -> Result<Vec<BenchRow>> {
    let mut c = CompiledRecurrence::load(gpu, dir, name)?;
    if let Some(r) = request {
        c = c.with_strategy(r);
    }
    let manifest = crate::compiled::read_manifest(&dir.join("manifest.json"))?;
    let derived = derive_source(Path::new("."), &manifest.source)?;
    let d = derived
        .iter()
        .find(|d| d.rec.name == name)
        .expect("compiled recurrence is in its source");
    let rec = &d.rec;
    let by_name: HashMap<String, usize> = shape.iter().map(|&(n, s)| (n.to_string(), s)).collect();
    let sizes = Sizes(rec.dims.iter().map(|(_, dim)| by_name[&dim.name]).collect());
    let x = random_device_inputs(gpu, &c, &sizes, rec)?;
    let refs: Vec<Option<&DeviceTensor>> = x.iter().map(Option::as_ref).collect();
    // Bytes that must move: every input read once, every output written once.
    let bytes = |dims_dtype: &mut dyn Iterator<Item = (Vec<usize>, DType)>| -> f64 {
        dims_dtype
            .map(|(s, dt)| (s.iter().product::<usize>() * dt.size_bytes()) as f64)
            .sum()
    };
    let in_bytes = bytes(
        &mut rec
            .inputs
            .iter()
            .zip(&c.manifest.inputs)
            .filter(|((_, i), _)| !i.optional)
            .map(|((_, i), m)| (sizes.shape(&i.dims), m.dtype)),
    );
    let out_bytes = bytes(
        &mut rec
            .outputs
            .iter()
            .zip(&c.manifest.outputs)
            .map(|((_, o), m)| (sizes.shape(&o.dims), m.dtype)),
    );
    let shape_text = shape
        .iter()
        .map(|(n, s)| format!("{n}={s}"))
        .collect::<Vec<_>>()
        .join(",");
    // The special-function floor: every transcendental of the forward, at ~4.2e12/s on the
    // H200 (16 per SM per clock; ../shared/TARGETS.md).
    let sfu_ms = sfu_ops(d, &sizes) / 4.2e12 * 1e3;
    let mut rows = Vec::new();
    let outs = c.alloc_outputs(&by_name)?;
    let ms = time_ms(gpu, 3, 20, || c.forward_into(&by_name, &refs, &outs))?;
    let sizes_v: Vec<usize> = c.manifest.dims.iter().map(|d| by_name[&d.name]).collect();
    let strat = match c.choice(&sizes_v).strategy {
        linrec_compiler::strategy::Strategy::Sequential { .. } => "seq",
        linrec_compiler::strategy::Strategy::Chunked { .. } => "chunk",
    };
    rows.push(BenchRow {
        name: format!("{name} fwd ({strat})"),
        shape: shape_text.clone(),
        ms,
        floor_ms: ((in_bytes + out_bytes) / bandwidth * 1e3).max(sfu_ms),
    });
    if backward {
        let out = c.forward(&by_name, &refs)?;
        let dy: Vec<&DeviceTensor> = out.iter().collect();
        let ms = time_ms(gpu, 2, 10, || {
            let (_, saved) = c.forward_saving(&by_name, &refs)?;
            c.backward(&refs, &saved, &dy).map(|_| ())
        })?;
        // Backward floor: read inputs and dy, write input gradients.
        rows.push(BenchRow {
            name: format!("{name} fwd+bwd"),
            shape: shape_text,
            ms,
            floor_ms: (2.0 * in_bytes + out_bytes) / bandwidth * 1e3,
        });
    }
    let _ = interp::Tensor::zeros(vec![]);
    Ok(rows)
}

/// Special-function issues (exp2/lg2/rsqrt, from the builtin table's definitions) the forward
/// performs.
fn sfu_ops(d: &linrec_compiler::derive::Derived, sizes: &Sizes) -> f64 {
    use linrec_compiler::ir::Expr;
    let rec = &d.rec;
    let mut roots: Vec<_> = d.decompositions.iter().flat_map(|x| [x.a, x.b]).collect();
    roots.extend(rec.outputs.iter().map(|(_, o)| o.value));
    let mut seen = std::collections::BTreeSet::new();
    for r in roots {
        seen.extend(linrec_compiler::derive::linear::reachable_from(rec, r));
    }
    seen.into_iter()
        .map(|h| {
            let per = f64::from(match rec.exprs[h] {
                Expr::Unary(f, _) => f.info().f32.sfu(),
                Expr::Binary(f, ..) => f.info().f32.sfu(),
                _ => 0,
            });
            // Values without the scan dim are computed once, not per step.
            let n: f64 = rec
                .exprs
                .shape(h)
                .iter()
                .map(|dd| sizes.of(dd) as f64)
                .product();
            per * n
        })
        .sum()
}

/// The table of a benchmark run.
pub fn table(bandwidth: f64, rows: &[BenchRow]) -> String {
    let mut s = format!(
        "copy bandwidth: {:.2} TB/s (read + write)\n",
        bandwidth / 1e12
    );
    s.push_str(&format!(
        "{:<28} {:<34} {:>10} {:>10} {:>8}\n",
        "kernel", "shape", "ms", "floor ms", "floor/t"
    ));
    for r in rows {
        s.push_str(&format!(
            "{:<28} {:<34} {:>10.4} {:>10.4} {:>7.1}%\n",
            r.name,
            r.shape,
            r.ms,
            r.floor_ms,
            100.0 * r.floor_ms / r.ms
        ));
    }
    s
}
