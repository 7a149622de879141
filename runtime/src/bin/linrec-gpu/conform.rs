//! `linrec-gpu check`: the conformance cases of `linrec_compiler::conformance` (the GPU
//! suite) on compiled kernel dirs, this GPU as the backend; and `check-large`, whole problems
//! past 2^31 elements checked on sampled points.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use linrec_compiler::conformance::{self, Check, Row, Suite};
use linrec_compiler::derive::Derived;
use linrec_compiler::interp::{self, Sizes, Tensor, rel_err};
use linrec_compiler::ir::DType;
use linrec_compiler::manifest::Pass;
use linrec_compiler::strategy::{DimRole, Request};
use linrec_runtime::compiled::{CompiledRecurrence, DeviceTensor, download, read_manifest, upload};
use linrec_runtime::{Gpu, Result, RuntimeError};

use crate::spec::derive_source;

/// This GPU as a conformance backend, over the kernels compiled into one dir.
struct GpuConform<'a> {
    gpu: &'a Gpu,
    dir: &'a Path,
    loaded: HashMap<String, CompiledRecurrence>,
}

impl GpuConform<'_> {
    fn recurrence(&mut self, name: &str) -> Result<&mut CompiledRecurrence> {
        if !self.loaded.contains_key(name) {
            let c = CompiledRecurrence::load(self.gpu, self.dir, name)?;
            self.loaded.insert(name.to_string(), c);
        }
        Ok(self.loaded.get_mut(name).expect("loaded above"))
    }

    fn upload(&self, t: &Tensor, dtype: DType) -> Result<DeviceTensor> {
        let f: Vec<f32> = t.data.iter().map(|&v| v as f32).collect();
        upload(self.gpu, &f, t.shape.clone(), dtype)
    }

    fn upload_all(&self, d: &Derived, x: &[Option<Tensor>]) -> Result<Vec<Option<DeviceTensor>>> {
        x.iter()
            .zip(d.rec.inputs.iter())
            .map(|(t, (_, i))| t.as_ref().map(|t| self.upload(t, i.dtype)).transpose())
            .collect()
    }

    fn download(&self, t: &DeviceTensor) -> Result<Tensor> {
        Ok(Tensor {
            shape: t.shape.clone(),
            data: download(self.gpu, t)?.into_iter().map(f64::from).collect(),
        })
    }
}

fn by_name(d: &Derived, sizes: &Sizes) -> HashMap<String, usize> {
    d.rec
        .dims
        .iter()
        .map(|(h, dim)| (dim.name.clone(), sizes.of(h)))
        .collect()
}

impl conformance::Backend for GpuConform<'_> {
    type Error = RuntimeError;

    fn summed_size(&self, d: &Derived, dim: &str) -> Option<usize> {
        let m = read_manifest(&self.dir.join("manifest.json")).ok()?;
        let r = m.recurrence(&d.rec.name)?;
        r.dims
            .iter()
            .find(|x| x.name == dim)
            .and_then(|x| x.fixed)
            .map(|f| f as usize)
    }

    fn forward(
        &mut self,
        d: &Derived,
        _: &std::collections::BTreeMap<String, usize>,
        sizes: &Sizes,
        inputs: &[Option<Tensor>],
        pass: Pass,
    ) -> Result<Vec<Tensor>> {
        let x = self.upload_all(d, inputs)?;
        let refs: Vec<Option<&DeviceTensor>> = x.iter().map(Option::as_ref).collect();
        let c = self.recurrence(&d.rec.name)?;
        c.set_strategy(match pass {
            Pass::Sequential => Request::Sequential,
            Pass::Chunked => Request::Chunked,
            Pass::Block => Request::Block,
            Pass::BlockAhead => Request::BlockAhead,
        });
        let outs = c.forward(&by_name(d, sizes), &refs)?;
        outs.iter().map(|o| self.download(o)).collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn step(
        &mut self,
        d: &Derived,
        _: &std::collections::BTreeMap<String, usize>,
        sizes: &Sizes,
        inputs: &[Option<Tensor>],
        states: &[Tensor],
        batch: bool,
        fold: Option<conformance::Fold<'_>>,
    ) -> Result<(Vec<Tensor>, Vec<Tensor>)> {
        let x = self.upload_all(d, inputs)?;
        let refs: Vec<Option<&DeviceTensor>> = x.iter().map(Option::as_ref).collect();
        let st: Vec<DeviceTensor> = states
            .iter()
            .zip(d.rec.states.iter())
            .map(|(t, (_, s))| self.upload(t, s.dtype))
            .collect::<Result<_>>()?;
        let st_refs: Vec<&DeviceTensor> = st.iter().collect();
        let projection = fold
            .map(|f| {
                let bias = f.bias.map(|b| self.upload(b, DType::F32)).transpose()?;
                Ok::<_, RuntimeError>((
                    self.upload(f.rows, DType::F32)?,
                    self.upload(f.weight, DType::F32)?,
                    bias,
                ))
            })
            .transpose()?;
        let c = self.recurrence(&d.rec.name)?;
        c.set_step_batch(Some(batch));
        let sizes = by_name(d, sizes);
        let outs = match (fold, &projection) {
            (Some(f), Some((rows, weight, bias))) => {
                let f = linrec_runtime::step_fold::Fold {
                    input: f.input,
                    rows,
                    weight,
                    bias: bias.as_ref(),
                };
                c.step_fold(&sizes, &refs, f, &st_refs)
            }
            _ => c.step(&sizes, &refs, &st_refs),
        };
        c.set_step_batch(None);
        let outs = outs?
            .iter()
            .map(|o| self.download(o))
            .collect::<Result<_>>()?;
        let new = st.iter().map(|s| self.download(s)).collect::<Result<_>>()?;
        Ok((outs, new))
    }

    fn step_folds(
        &mut self,
        d: &Derived,
        _: &std::collections::BTreeMap<String, usize>,
    ) -> Result<Vec<String>> {
        let c = self.recurrence(&d.rec.name)?;
        Ok(c.manifest
            .programs
            .step_folds
            .iter()
            .map(|f| f.input.clone())
            .collect())
    }

    fn backward(
        &mut self,
        d: &Derived,
        _: &std::collections::BTreeMap<String, usize>,
        sizes: &Sizes,
        inputs: &[Option<Tensor>],
        out_grads: &[Tensor],
        chunked: bool,
    ) -> Result<Vec<Option<Tensor>>> {
        let x = self.upload_all(d, inputs)?;
        let refs: Vec<Option<&DeviceTensor>> = x.iter().map(Option::as_ref).collect();
        let dy: Vec<DeviceTensor> = out_grads
            .iter()
            .zip(d.rec.outputs.iter())
            .map(|(t, (_, o))| self.upload(t, o.dtype))
            .collect::<Result<_>>()?;
        let dy_refs: Vec<&DeviceTensor> = dy.iter().collect();
        let c = self.recurrence(&d.rec.name)?;
        c.set_strategy(Request::Auto);
        let (_, saved) = c.forward_saving(&by_name(d, sizes), &refs)?;
        // The request picks the backward's strategy too.
        c.set_strategy(if chunked {
            Request::Chunked
        } else {
            Request::Sequential
        });
        let grads = c.backward(&refs, &saved, &dy_refs)?;
        // Bitwise repeatable: a second run gives the very same bits.
        let again = c.backward(&refs, &saved, &dy_refs)?;
        c.set_strategy(Request::Auto);
        for ((g, a), (_, i)) in grads.iter().zip(&again).zip(d.rec.inputs.iter()) {
            if let (Some(g), Some(a)) = (g, a) {
                let (g, a) = (download(self.gpu, g)?, download(self.gpu, a)?);
                let differ: Vec<usize> = (0..g.len().min(a.len()))
                    .filter(|&k| g[k].to_bits() != a[k].to_bits())
                    .collect();
                if let Some(&at) = differ.first() {
                    return Err(RuntimeError::NotRepeatable {
                        recurrence: d.rec.name.clone(),
                        input: i.name.clone(),
                        at,
                        first: g[at],
                        second: a[at],
                        differ: differ.len(),
                        of: g.len(),
                    });
                }
            }
        }
        grads
            .iter()
            .map(|g| g.as_ref().map(|g| self.download(g)).transpose())
            .collect()
    }
}

/// Runs the GPU suite over the kernels compiled into each of `dirs` (the specs they name read
/// relative to `root`): only the checks named in `only` (e.g. `step-batch`) where it is not
/// empty. Each recurrence's count and time go to stderr as it finishes (the table comes last).
pub fn run(gpu: &Gpu, root: &Path, dirs: &[&Path], only: &[String]) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    let start = std::time::Instant::now();
    for dir in dirs {
        let manifest = read_manifest(&dir.join("manifest.json"))?;
        let derived = derive_source(root, &manifest.source)?;
        let mut backend = GpuConform {
            gpu,
            dir,
            loaded: HashMap::new(),
        };
        for rm in &manifest.recurrences {
            let d = derived
                .iter()
                .find(|d| d.rec.name == rm.name)
                .ok_or_else(|| RuntimeError::UnknownRecurrence(rm.name.clone()))?;
            // The kernels store every tensor in the dtype they were compiled with.
            let d = match rm.inputs.first().map(|i| i.dtype) {
                Some(dt) if dt != DType::F32 => d.with_storage(dt),
                _ => d.clone(),
            };
            let before = rows.len();
            for case in conformance::cases(Suite::Gpu) {
                if only.is_empty() || only.iter().any(|o| *o == case.check.to_string()) {
                    rows.extend(conformance::run(&mut backend, &d, &case)?);
                }
            }
            let failed = rows[before..].iter().filter(|r| !r.passed()).count();
            eprintln!(
                "{}: {}: {} checks, {failed} failed ({:.0} s in all)",
                dir.display(),
                rm.name,
                rows.len() - before,
                start.elapsed().as_secs_f64()
            );
        }
    }
    Ok(rows)
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
    let dev: Vec<Option<DeviceTensor>> = host
        .iter()
        .zip(rec.inputs.iter().zip(&c0.manifest.inputs))
        .map(|(h, ((_, i), m))| {
            h.as_ref()
                .map(|h| upload(gpu, h, sizes.shape(&i.dims), m.dtype))
                .transpose()
        })
        .collect::<Result<_>>()?;
    let refs: Vec<Option<&DeviceTensor>> = dev.iter().map(Option::as_ref).collect();
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
        let mut c = CompiledRecurrence::load(gpu, dir, name)?;
        c.set_strategy(request);
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
            let (at, small) = sample_point(rec, &sizes, &outer, n_outer, s, samples);
            let x = sliced_inputs(rec, &sizes, &host, &at);
            let want = interp::run(rec, &small, &x).expect("interpreter on a sample");
            for ((_, o), (g, w)) in rec.outputs.iter().zip(got.iter().zip(&want.outputs)) {
                let (_, gs) = slice(g, &sizes.shape(&o.dims), &o.dims, &at);
                worst = worst.max(rel_err(&gs, &w.data));
            }
        }
        let dtype = c.manifest.inputs[0].dtype;
        let check = Check::Forward {
            chunked: request == Request::Chunked,
        };
        rows.push(Row {
            recurrence: name.into(),
            check,
            dtype,
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
            tolerance: conformance::tolerance(check, dtype),
            ms,
        });
    }
    rows.extend(check_large_backward(
        gpu, dir, d, &by_name, &sizes, &host, &refs, &outer, samples, shape,
    )?);
    Ok(rows)
}

/// Sample `s` of `samples` spread over the outer points (the last included): the outer
/// coordinates it fixes, and the sizes of its problem alone (1 along the outer dims).
fn sample_point(
    rec: &linrec_compiler::ir::Recurrence,
    sizes: &Sizes,
    outer: &[linrec_compiler::ir::Handle<linrec_compiler::ir::Dim>],
    n_outer: usize,
    s: usize,
    samples: usize,
) -> (HashMap<usize, usize>, Sizes) {
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
    (at, small)
}

/// The host inputs cut to one sample's outer point.
fn sliced_inputs(
    rec: &linrec_compiler::ir::Recurrence,
    sizes: &Sizes,
    host: &[Option<Vec<f32>>],
    at: &HashMap<usize, usize>,
) -> Vec<Option<Tensor>> {
    host.iter()
        .zip(rec.inputs.iter())
        .map(|(h, (_, i))| {
            h.as_ref().map(|h| {
                let (shape, data) = slice(h, &sizes.shape(&i.dims), &i.dims, at);
                Tensor { shape, data }
            })
        })
        .collect()
}

/// The backward of a large problem under both strategies: the gradients of the inputs that
/// have every outer dim (one scan each: `du`, `ddelta`, `dz` of the selective scan), at
/// sampled outer points, against the float64 backward of that point's scan alone. Gradients
/// summed over outer points are checked by `check` at smaller sizes.
#[allow(clippy::too_many_arguments)]
fn check_large_backward(
    gpu: &Gpu,
    dir: &Path,
    d: &Derived,
    by_name: &HashMap<String, usize>,
    sizes: &Sizes,
    host: &[Option<Vec<f32>>],
    refs: &[Option<&DeviceTensor>],
    outer: &[linrec_compiler::ir::Handle<linrec_compiler::ir::Dim>],
    samples: usize,
    shape: &[(&str, usize)],
) -> Result<Vec<Row>> {
    let rec = &d.rec;
    let mut rng = Fast(0x5851_F42D_4C95_7F2D);
    let c0 = CompiledRecurrence::load(gpu, dir, &rec.name)?;
    let dtype = c0.manifest.inputs[0].dtype;
    // Incoming gradients, rounded as stored.
    // (The dtypes are the compiled kernels' storage, not the spec's.)
    let out_dtypes: Vec<DType> = c0.manifest.outputs.iter().map(|o| o.dtype).collect();
    let dy_host: Vec<Vec<f32>> = rec
        .outputs
        .iter()
        .zip(&out_dtypes)
        .map(|((_, o), &dt)| {
            let n: usize = sizes.shape(&o.dims).iter().product();
            (0..n)
                .map(|_| {
                    let v = rng.next(-1.0, 1.0);
                    if dt == DType::BF16 {
                        half::bf16::from_f32(v).to_f32()
                    } else {
                        v
                    }
                })
                .collect()
        })
        .collect();
    let dy: Vec<DeviceTensor> = dy_host
        .iter()
        .zip(rec.outputs.iter().zip(&out_dtypes))
        .map(|(h, ((_, o), &dt))| upload(gpu, h, sizes.shape(&o.dims), dt))
        .collect::<Result<_>>()?;
    let dy_refs: Vec<&DeviceTensor> = dy.iter().collect();
    let whole: Vec<bool> = rec
        .inputs
        .iter()
        .map(|(_, i)| outer.iter().all(|o| i.dims.contains(o)))
        .collect();
    let n_outer: usize = outer.iter().map(|&o| sizes.of(o)).product();
    // The float64 backward of each sampled point's scan.
    let mut wants = Vec::new();
    for s in 0..samples {
        let (at, small) = sample_point(rec, sizes, outer, n_outer, s, samples);
        let x = sliced_inputs(rec, sizes, host, &at);
        let g: Vec<Tensor> = dy_host
            .iter()
            .zip(rec.outputs.iter())
            .map(|(h, (_, o))| {
                let (shape, data) = slice(h, &sizes.shape(&o.dims), &o.dims, &at);
                Tensor { shape, data }
            })
            .collect();
        let want = interp::backward(d, &small, &x, &g).expect("interpreter on a sample");
        wants.push((at, want));
    }
    let mut rows = Vec::new();
    for chunked in [false, true] {
        let mut c = CompiledRecurrence::load(gpu, dir, &rec.name)?;
        let (_, saved) = c.forward_saving(by_name, refs)?;
        c.set_strategy(if chunked {
            Request::Chunked
        } else {
            Request::Sequential
        });
        let t = Instant::now();
        let grads = c.backward(refs, &saved, &dy_refs)?;
        gpu.stream.synchronize()?;
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let mut worst = 0.0f64;
        for (k, (g, (_, i))) in grads.iter().zip(rec.inputs.iter()).enumerate() {
            let Some(g) = g else { continue };
            if !whole[k] {
                continue;
            }
            let got = download(gpu, g)?;
            for (at, want) in &wants {
                let Some(w) = &want.inputs[k] else { continue };
                let (_, gs) = slice(&got, &sizes.shape(&i.dims), &i.dims, at);
                worst = worst.max(rel_err(&gs, &w.data));
            }
        }
        let check = Check::Backward { chunked };
        rows.push(Row {
            recurrence: rec.name.clone(),
            check,
            dtype,
            shape: format!(
                "{} ({samples} sampled)",
                shape
                    .iter()
                    .map(|(n, s)| format!("{n}={s}"))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            output: "per-scan grads".into(),
            rel_err: worst,
            tolerance: conformance::tolerance(check, dtype),
            ms,
        });
    }
    Ok(rows)
}
