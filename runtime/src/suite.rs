//! The GPU correctness suite: every compiled recurrence, run on the GPU on fresh random
//! inputs (outputs poisoned first), against the float64 interpreter on the CPU, by relative
//! norm ‖gpu − ref‖ / ‖ref‖. Prints one row per check.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use linrec_compiler::derive::Derived;
use linrec_compiler::interp::{self, Sizes, Tensor, rel_err};
use linrec_compiler::ir::{DType, OutputKind};
use linrec_compiler::pipeline::{self, Source};
use linrec_compiler::strategy::DimRole;
use linrec_compiler::strategy::Request;

use crate::compiled::{CompiledRecurrence, download, read_manifest, upload};
use crate::device::Gpu;
use crate::error::{Result, RuntimeError};

/// One line of the suite's table.
#[derive(Debug, Clone)]
pub struct Row {
    pub recurrence: String,
    pub kernel: String,
    pub dtype: DType,
    pub shape: String,
    pub output: String,
    pub rel_err: f64,
    pub tolerance: f64,
    pub ms: f64,
}

impl Row {
    pub fn passed(&self) -> bool {
        self.rel_err.is_finite() && self.rel_err < self.tolerance
    }
}

/// Derives the recurrences of the spec a manifest was compiled from (`root` is where the
/// manifest's relative source path starts).
pub fn derive_source(root: &Path, source: &str) -> Result<Vec<Derived>> {
    let path = root.join(source);
    let text = std::fs::read_to_string(&path).map_err(|e| RuntimeError::Io {
        path: path.display().to_string(),
        source: e,
    })?;
    let src = Source::new(source, text);
    pipeline::derive(&src)
        .map(|m| m.recurrences)
        .map_err(|e| RuntimeError::Spec {
            path: source.into(),
            rendered: src.render(&e, false),
        })
}

/// Sizes for a check: the scan axis `len`, outer dims from `outer` (cycled), fixed dims as
/// compiled.
fn sizes(
    c: &CompiledRecurrence,
    d: &Derived,
    len: usize,
    outer: &[usize],
) -> (Sizes, HashMap<String, usize>) {
    let mut k = 0;
    let mut by_name = HashMap::new();
    let v = c
        .manifest
        .dims
        .iter()
        .map(|dm| {
            let s = if dm.name == c.manifest.scan_dim {
                len
            } else if let Some(f) = dm.fixed {
                f as usize
            } else {
                k += 1;
                outer[(k - 1) % outer.len()]
            };
            by_name.insert(dm.name.clone(), s);
            s
        })
        .collect();
    let _ = d;
    (Sizes(v), by_name)
}

/// Runs the suite over every `manifest.json` directory under `dirs`.
pub fn run(gpu: &Gpu, root: &Path, dirs: &[&Path], seed: u64) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for dir in dirs {
        let manifest = read_manifest(&dir.join("manifest.json"))?;
        let derived = derive_source(root, &manifest.source)?;
        for rm in &manifest.recurrences {
            let d = derived
                .iter()
                .find(|d| d.rec.name == rm.name)
                .ok_or_else(|| RuntimeError::UnknownRecurrence(rm.name.clone()))?;
            let c = CompiledRecurrence::load(gpu, dir, &rm.name)?;
            let shapes: [(usize, &[usize]); 5] = [
                (1, &[1, 1]),
                (45, &[3, 5]),
                (300, &[2, 37]),
                (600, &[3, 7]),
                (2048, &[4, 256]),
            ];
            for request in [Request::Sequential, Request::Chunked] {
                let forced = CompiledRecurrence::load(gpu, dir, &rm.name)?.with_strategy(request);
                for (n, (len, outer)) in shapes.iter().enumerate() {
                    let mut r = check_forward(gpu, &forced, d, *len, outer, seed + n as u64)?;
                    for row in &mut r {
                        row.kernel = match request {
                            Request::Chunked => "fwd-chunk".into(),
                            _ => "fwd-seq".into(),
                        };
                    }
                    rows.extend(r);
                }
            }
            rows.extend(check_step(gpu, &c, d, &[3, 7], seed)?);
            let bshapes: [(usize, &[usize]); 4] = [
                (1, &[1, 1]),
                (45, &[3, 5]),
                (300, &[2, 37]),
                (1000, &[2, 64]),
            ];
            for (n, (len, outer)) in bshapes.iter().enumerate() {
                rows.extend(check_backward(
                    gpu,
                    &c,
                    d,
                    *len,
                    outer,
                    seed + 10 + n as u64,
                )?);
            }
        }
    }
    Ok(rows)
}

/// Rounds values to what a tensor stored as `dtype` holds (the reference sees what the GPU sees).
fn round_to(t: &mut Tensor, dtype: DType) {
    match dtype {
        DType::BF16 => t
            .data
            .iter_mut()
            .for_each(|v| *v = f64::from(half::bf16::from_f64(*v).to_f32())),
        DType::F16 => t
            .data
            .iter_mut()
            .for_each(|v| *v = f64::from(half::f16::from_f64(*v).to_f32())),
        DType::F32 => {}
    }
}

/// Inputs as stored on the device.
fn rounded(c: &CompiledRecurrence, mut x: Vec<Option<Tensor>>) -> Vec<Option<Tensor>> {
    for (t, m) in x.iter_mut().zip(&c.manifest.inputs) {
        if let Some(t) = t {
            round_to(t, m.dtype);
        }
    }
    x
}

fn inputs_with_optional(d: &Derived, sizes: &Sizes, seed: u64) -> Vec<Option<Tensor>> {
    let mut x = interp::random_inputs(&d.rec, sizes, seed);
    for ((_, i), slot) in d.rec.inputs.iter().zip(x.iter_mut()) {
        if i.optional {
            let shape = sizes.shape(&i.dims);
            let n = shape.iter().product();
            *slot = Some(Tensor {
                shape,
                data: (0..n)
                    .map(|k| ((k as f64) * 0.37 + seed as f64).sin())
                    .collect(),
            });
        }
    }
    x
}

fn shape_text(by_name: &HashMap<String, usize>, c: &CompiledRecurrence) -> String {
    c.manifest
        .dims
        .iter()
        .map(|d| format!("{}={}", d.name, by_name[&d.name]))
        .collect::<Vec<_>>()
        .join(",")
}

fn check_forward(
    gpu: &Gpu,
    c: &CompiledRecurrence,
    d: &Derived,
    len: usize,
    outer: &[usize],
    seed: u64,
) -> Result<Vec<Row>> {
    let (sizes, by_name) = sizes(c, d, len, outer);
    let x = rounded(c, inputs_with_optional(d, &sizes, seed));
    let want =
        interp::run(&d.rec, &sizes, &x).expect("the interpreter runs what the compiler compiled");
    let dev = upload_all(gpu, c, &x)?;
    let refs: Vec<Option<&crate::DeviceTensor>> = dev.iter().map(Option::as_ref).collect();
    let t = Instant::now();
    let outs = c.forward(&by_name, &refs)?;
    gpu.stream.synchronize()?;
    let ms = t.elapsed().as_secs_f64() * 1e3;
    let mut rows = Vec::new();
    for ((o, got), w) in c.manifest.outputs.iter().zip(&outs).zip(&want.outputs) {
        let shape = shape_text(&by_name, c);
        rows.push(compare(
            gpu,
            c,
            "forward",
            shape,
            o.name.clone(),
            got,
            &w.data,
            1e-5,
            ms,
        )?);
    }
    Ok(rows)
}

fn check_step(
    gpu: &Gpu,
    c: &CompiledRecurrence,
    d: &Derived,
    outer: &[usize],
    seed: u64,
) -> Result<Vec<Row>> {
    let (sizes, by_name) = sizes(c, d, 1, outer);
    let x = rounded(c, inputs_with_optional(d, &sizes, seed));
    let state: Vec<Tensor> = d
        .rec
        .states
        .iter()
        .map(|(_, s)| {
            let shape = sizes.shape(&s.dims);
            let n = shape.iter().product();
            Tensor {
                shape,
                data: (0..n).map(|k| ((k as f64) * 0.61).cos()).collect(),
            }
        })
        .collect();
    let state: Vec<Tensor> = state
        .into_iter()
        .zip(&c.manifest.states)
        .map(|(mut t, m)| {
            round_to(&mut t, m.dtype);
            t
        })
        .collect();
    let (want_out, want_state) = interp::step(d, &sizes, &x, &state).expect("interpreter step");
    let dev = upload_all(gpu, c, &x)?;
    let refs: Vec<Option<&crate::DeviceTensor>> = dev.iter().map(Option::as_ref).collect();
    let st: Vec<crate::DeviceTensor> = state
        .iter()
        .zip(&c.manifest.states)
        .map(|(t, m)| {
            let f: Vec<f32> = t.data.iter().map(|&v| v as f32).collect();
            upload(gpu, &f, t.shape.clone(), m.dtype)
        })
        .collect::<Result<_>>()?;
    let st_refs: Vec<&crate::DeviceTensor> = st.iter().collect();
    let t = Instant::now();
    let outs = c.step(&by_name, &refs, &st_refs)?;
    gpu.stream.synchronize()?;
    let ms = t.elapsed().as_secs_f64() * 1e3;
    let mut rows = Vec::new();
    let per_step: Vec<_> = d
        .rec
        .outputs
        .iter()
        .filter(|(_, o)| o.kind == OutputKind::PerStep)
        .map(|(_, o)| o.name.clone())
        .collect();
    for ((name, got), w) in per_step.iter().zip(&outs).zip(&want_out) {
        let shape = shape_text(&by_name, c);
        rows.push(compare(
            gpu,
            c,
            "step",
            shape,
            name.clone(),
            got,
            &w.data,
            1e-5,
            ms,
        )?);
    }
    for ((m, got), w) in c.manifest.states.iter().zip(&st).zip(&want_state) {
        let shape = shape_text(&by_name, c);
        rows.push(compare(
            gpu,
            c,
            "step",
            shape,
            format!("state {}", m.name),
            got,
            &w.data,
            1e-5,
            ms,
        )?);
    }
    Ok(rows)
}

fn upload_all(
    gpu: &Gpu,
    c: &CompiledRecurrence,
    x: &[Option<Tensor>],
) -> Result<Vec<Option<crate::DeviceTensor>>> {
    x.iter()
        .zip(&c.manifest.inputs)
        .map(|(t, m)| {
            t.as_ref()
                .map(|t| {
                    let f: Vec<f32> = t.data.iter().map(|&v| v as f32).collect();
                    upload(gpu, &f, t.shape.clone(), m.dtype)
                })
                .transpose()
        })
        .collect()
}

fn check_backward(
    gpu: &Gpu,
    c: &CompiledRecurrence,
    d: &Derived,
    len: usize,
    outer: &[usize],
    seed: u64,
) -> Result<Vec<Row>> {
    let (sizes, by_name) = sizes(c, d, len, outer);
    let x = rounded(c, inputs_with_optional(d, &sizes, seed));
    let out = interp::run(&d.rec, &sizes, &x).expect("interpreter forward");
    let dy: Vec<Tensor> = out
        .outputs
        .iter()
        .enumerate()
        .map(|(k, t)| Tensor {
            shape: t.shape.clone(),
            data: (0..t.len())
                .map(|e| (((e * 31 + k * 7) as f64 + seed as f64) * 0.13).sin())
                .collect(),
        })
        .collect();
    let dy: Vec<Tensor> = dy
        .into_iter()
        .zip(&c.manifest.outputs)
        .map(|(mut t, m)| {
            round_to(&mut t, m.dtype);
            t
        })
        .collect();
    let want = interp::backward(d, &sizes, &x, &dy).expect("interpreter backward");
    let dev = upload_all(gpu, c, &x)?;
    let refs: Vec<Option<&crate::DeviceTensor>> = dev.iter().map(Option::as_ref).collect();
    let dy_dev: Vec<crate::DeviceTensor> = dy
        .iter()
        .zip(&c.manifest.outputs)
        .map(|(t, m)| {
            let f: Vec<f32> = t.data.iter().map(|&v| v as f32).collect();
            upload(gpu, &f, t.shape.clone(), m.dtype)
        })
        .collect::<Result<_>>()?;
    let dy_refs: Vec<&crate::DeviceTensor> = dy_dev.iter().collect();
    let t = Instant::now();
    let (_, saved) = c.forward_saving(&by_name, &refs)?;
    let grads = c.backward(&refs, &saved, &dy_refs)?;
    gpu.stream.synchronize()?;
    let ms = t.elapsed().as_secs_f64() * 1e3;
    let mut rows = Vec::new();
    for ((m, g), w) in c.manifest.inputs.iter().zip(&grads).zip(&want.inputs) {
        let (Some(g), Some(w)) = (g, w) else { continue };
        let shape = shape_text(&by_name, c);
        rows.push(compare(
            gpu,
            c,
            "backward",
            shape,
            format!("d{}", m.name),
            g,
            &w.data,
            1e-4,
            ms,
        )?);
    }
    Ok(rows)
}

/// One check: a GPU result against its reference.
#[allow(clippy::too_many_arguments)]
fn compare(
    gpu: &Gpu,
    c: &CompiledRecurrence,
    kernel: &str,
    shape: String,
    output: String,
    got: &crate::DeviceTensor,
    want: &[f64],
    f32_tolerance: f64,
    ms: f64,
) -> Result<Row> {
    let g: Vec<f64> = download(gpu, got)?.into_iter().map(f64::from).collect();
    Ok(Row {
        recurrence: c.manifest.name.clone(),
        kernel: kernel.into(),
        dtype: got.dtype,
        shape,
        output,
        rel_err: rel_err(&g, want),
        tolerance: if got.dtype == DType::F32 {
            f32_tolerance
        } else {
            2e-2
        },
        ms,
    })
}

/// The table, one row per check, and a summary line.
pub fn table(rows: &[Row]) -> String {
    let mut s = format!(
        "{:<16} {:<8} {:<5} {:<28} {:<10} {:>10} {:>8} {:>9}  {}\n",
        "recurrence", "kernel", "dtype", "shape", "output", "rel err", "tol", "ms", "ok"
    );
    for r in rows {
        s.push_str(&format!(
            "{:<16} {:<8} {:<5} {:<28} {:<10} {:>10.2e} {:>8.0e} {:>9.3}  {}\n",
            r.recurrence,
            r.kernel,
            r.dtype.name(),
            r.shape,
            r.output,
            r.rel_err,
            r.tolerance,
            r.ms,
            if r.passed() { "ok" } else { "FAIL" }
        ));
    }
    let failed = rows.iter().filter(|r| !r.passed()).count();
    s.push_str(&format!(
        "{} passed, {} failed\n",
        rows.len() - failed,
        failed
    ));
    s
}

/// A fast deterministic generator for large random inputs (xorshift64*), uniform in [lo, hi).
struct Fast(u64);

impl Fast {
    fn next(&mut self, lo: f32, hi: f32) -> f32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let r = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
        lo + (hi - lo) * ((r >> 40) as f32 / (1u64 << 24) as f32)
    }
}

/// The elements of `t` (row-major over `dims`) at the given coordinates of some dims; those
/// dims get size 1.
fn slice(
    t: &[f32],
    shape: &[usize],
    dims: &[linrec_compiler::ir::Handle<linrec_compiler::ir::Dim>],
    at: &HashMap<usize, usize>,
) -> (Vec<usize>, Vec<f64>) {
    let new_shape: Vec<usize> = dims
        .iter()
        .zip(shape)
        .map(|(d, &s)| if at.contains_key(&d.index()) { 1 } else { s })
        .collect();
    let strides = interp::row_major_strides(shape);
    let n: usize = new_shape.iter().product();
    let mut out = Vec::with_capacity(n);
    let mut idx = vec![0usize; new_shape.len()];
    for _ in 0..n {
        let mut off = 0;
        for (k, d) in dims.iter().enumerate() {
            let i = at.get(&d.index()).copied().unwrap_or(idx[k]);
            off += i * strides[k];
        }
        out.push(f64::from(t[off]));
        for k in (0..new_shape.len()).rev() {
            idx[k] += 1;
            if idx[k] < new_shape[k] {
                break;
            }
            idx[k] = 0;
        }
    }
    (new_shape, out)
}

/// A large forward check: the whole problem on the GPU, the reference on sampled outer points
/// (each re-run alone on the interpreter from the same inputs).
pub fn check_large(
    gpu: &Gpu,
    root: &Path,
    dir: &Path,
    name: &str,
    shape: &[(&str, usize)],
    samples: usize,
) -> Result<Vec<Row>> {
    let manifest = read_manifest(&dir.join("manifest.json"))?;
    let derived = derive_source(root, &manifest.source)?;
    let d = derived
        .iter()
        .find(|d| d.rec.name == name)
        .ok_or_else(|| RuntimeError::UnknownRecurrence(name.into()))?;
    let rec = &d.rec;
    let by_name: HashMap<String, usize> = shape.iter().map(|&(n, s)| (n.to_string(), s)).collect();
    let sizes = Sizes(rec.dims.iter().map(|(_, dim)| by_name[&dim.name]).collect());
    let mut rng = Fast(0x9E37_79B9_7F4A_7C15);
    let c0 = CompiledRecurrence::load(gpu, dir, name)?;
    // Host inputs in f32, rounded as stored.
    let host: Vec<Option<Vec<f32>>> = rec
        .inputs
        .iter()
        .zip(&c0.manifest.inputs)
        .map(|((_, i), m)| {
            if i.optional {
                return None;
            }
            let n: usize = sizes.shape(&i.dims).iter().product();
            let (lo, hi) = (i.range.0 as f32, i.range.1 as f32);
            let mut v: Vec<f32> = (0..n).map(|_| rng.next(lo, hi)).collect();
            if m.dtype == DType::BF16 {
                v.iter_mut()
                    .for_each(|x| *x = half::bf16::from_f32(*x).to_f32());
            }
            Some(v)
        })
        .collect();
    let dev: Vec<Option<crate::DeviceTensor>> = host
        .iter()
        .zip(rec.inputs.iter().zip(&c0.manifest.inputs))
        .map(|(h, ((_, i), m))| {
            h.as_ref()
                .map(|h| upload(gpu, h, sizes.shape(&i.dims), m.dtype))
                .transpose()
        })
        .collect::<Result<_>>()?;
    let refs: Vec<Option<&crate::DeviceTensor>> = dev.iter().map(Option::as_ref).collect();
    let total: usize = rec
        .inputs
        .iter()
        .map(|(_, i)| sizes.shape(&i.dims).iter().product::<usize>())
        .max()
        .unwrap_or(0);
    let outer: Vec<_> = c0
        .manifest
        .dims
        .iter()
        .filter(|dm| dm.role == DimRole::Outer)
        .map(|dm| {
            rec.dim_by_name(&dm.name)
                .expect("manifest dims are the spec's")
        })
        .collect();
    let n_outer: usize = outer.iter().map(|&o| sizes.of(o)).product();
    let mut rows = Vec::new();
    for request in [Request::Sequential, Request::Chunked] {
        let c = CompiledRecurrence::load(gpu, dir, name)?.with_strategy(request);
        let t = Instant::now();
        let outs = c.forward(&by_name, &refs)?;
        gpu.stream.synchronize()?;
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let got: Vec<Vec<f32>> = outs
            .iter()
            .map(|o| download(gpu, o))
            .collect::<Result<_>>()?;
        let mut worst = 0.0f64;
        for s in 0..samples {
            // Spread samples over the outer points, the last included.
            let o = if samples == 1 {
                0
            } else {
                s * (n_outer - 1) / (samples - 1)
            };
            let mut at = HashMap::new();
            let mut rest = o;
            for &dim in outer.iter().rev() {
                at.insert(dim.index(), rest % sizes.of(dim));
                rest /= sizes.of(dim);
            }
            let small = Sizes(
                rec.dims
                    .iter()
                    .map(|(h, _)| {
                        if at.contains_key(&h.index()) {
                            1
                        } else {
                            sizes.of(h)
                        }
                    })
                    .collect(),
            );
            let x: Vec<Option<Tensor>> = host
                .iter()
                .zip(rec.inputs.iter())
                .map(|(h, (_, i))| {
                    h.as_ref().map(|h| {
                        let (shape, data) = slice(h, &sizes.shape(&i.dims), &i.dims, &at);
                        Tensor { shape, data }
                    })
                })
                .collect();
            let want = interp::run(rec, &small, &x).expect("interpreter on a sample");
            for ((_, o), (g, w)) in rec.outputs.iter().zip(got.iter().zip(&want.outputs)) {
                let (_, gs) = slice(g, &sizes.shape(&o.dims), &o.dims, &at);
                worst = worst.max(rel_err(&gs, &w.data));
            }
        }
        rows.push(Row {
            recurrence: name.into(),
            kernel: match request {
                Request::Chunked => "fwd-chunk".into(),
                _ => "fwd-seq".into(),
            },
            dtype: c.manifest.inputs[0].dtype,
            shape: format!(
                "{} ({total} elements, {samples} sampled)",
                shape
                    .iter()
                    .map(|(n, s)| format!("{n}={s}"))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            output: "all".into(),
            rel_err: worst,
            tolerance: if c.manifest.inputs[0].dtype == DType::F32 {
                1e-5
            } else {
                2e-2
            },
            ms,
        });
    }
    Ok(rows)
}
