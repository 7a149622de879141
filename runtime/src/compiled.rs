//! A compiled recurrence: its manifest and loaded kernels, and the launches of its forward and
//! step kernels, validated against the manifest before anything reaches the driver.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use cudarc::driver::{CudaFunction, CudaSlice, LaunchConfig, PushKernelArg};
use cudarc::nvrtc::Ptx;
use linrec_compiler::manifest::{KernelManifest, Manifest, ParamManifest, RecurrenceManifest};

use crate::device::Gpu;
use crate::error::{Result, RuntimeError};

/// A device tensor of f32 values (bf16/f16 storage travels as their bits in u16).
#[derive(Debug)]
pub enum Buffer {
    F32(CudaSlice<f32>),
    U16(CudaSlice<u16>),
}

#[derive(Debug)]
pub struct DeviceTensor {
    pub shape: Vec<usize>,
    pub dtype: String,
    pub buf: Buffer,
}

impl DeviceTensor {
    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reads a manifest file.
pub fn read_manifest(path: &Path) -> Result<Manifest> {
    let text = std::fs::read_to_string(path).map_err(|source| RuntimeError::Io {
        path: path.display().to_string(),
        source,
    })?;
    Manifest::from_json(&text).map_err(|source| RuntimeError::Manifest {
        path: path.display().to_string(),
        source,
    })
}

/// A recurrence's kernels, loaded.
#[derive(Debug)]
pub struct CompiledRecurrence {
    pub manifest: RecurrenceManifest,
    functions: HashMap<String, (KernelManifest, CudaFunction)>,
    gpu: Gpu,
}

impl CompiledRecurrence {
    /// Loads recurrence `name` from a directory written by `linrec compile`.
    pub fn load(gpu: &Gpu, dir: &Path, name: &str) -> Result<CompiledRecurrence> {
        let manifest = read_manifest(&dir.join("manifest.json"))?;
        let rec = manifest
            .recurrence(name)
            .ok_or_else(|| RuntimeError::UnknownRecurrence(name.into()))?
            .clone();
        let mut functions = HashMap::new();
        for k in &rec.kernels {
            let path = dir.join(&k.ptx);
            let ptx = std::fs::read_to_string(&path).map_err(|source| RuntimeError::Io {
                path: path.display().to_string(),
                source,
            })?;
            let module = gpu.ctx.load_module(Ptx::from_src(ptx))?;
            let f = module.load_function(&k.name)?;
            functions.insert(k.kind.clone(), (k.clone(), f));
        }
        Ok(CompiledRecurrence {
            manifest: rec,
            functions,
            gpu: gpu.clone(),
        })
    }

    /// The size of every dim, by name, checked against compile-time sizes.
    fn sizes(&self, given: &HashMap<String, usize>) -> Result<Vec<usize>> {
        self.manifest
            .dims
            .iter()
            .map(|d| {
                let s = *given
                    .get(&d.name)
                    .ok_or_else(|| RuntimeError::MissingSize(d.name.clone()))?;
                if let Some(f) = d.fixed {
                    if f as usize != s {
                        return Err(RuntimeError::FixedDim {
                            dim: d.name.clone(),
                            fixed: f,
                            given: s,
                        });
                    }
                }
                Ok(s)
            })
            .collect()
    }

    fn shape_of(&self, dims: &[String], sizes: &[usize]) -> Vec<usize> {
        dims.iter()
            .map(|n| {
                let k = self
                    .manifest
                    .dims
                    .iter()
                    .position(|d| &d.name == n)
                    .expect("manifest tensors use manifest dims");
                sizes[k]
            })
            .collect()
    }

    /// Allocates an output of the manifest's dtype, poisoned (NaN bits) so that unwritten
    /// elements show.
    fn alloc_output(&self, name: &str, dtype: &str, shape: Vec<usize>) -> Result<DeviceTensor> {
        let n: usize = shape.iter().product();
        let (free, _) = self.gpu.ctx.mem_get_info()?;
        let bytes = n * if dtype == "f32" { 4 } else { 2 };
        if bytes > free {
            return Err(RuntimeError::OutOfMemory {
                what: name.into(),
                need: bytes,
                free,
            });
        }
        let buf = if dtype == "f32" {
            Buffer::F32(self.gpu.stream.clone_htod(&vec![f32::NAN; n])?)
        } else {
            Buffer::U16(self.gpu.stream.clone_htod(&vec![0x7FC0u16; n])?)
        };
        Ok(DeviceTensor {
            shape,
            dtype: dtype.into(),
            buf,
        })
    }

    /// Runs the forward kernel: `inputs` in manifest order (`None` for an absent optional
    /// one); returns every output in manifest order.
    pub fn forward(
        &self,
        sizes: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
    ) -> Result<Vec<DeviceTensor>> {
        let sizes = self.sizes(sizes)?;
        self.check_inputs(inputs, &sizes)?;
        let outputs: Vec<DeviceTensor> = self
            .manifest
            .outputs
            .iter()
            .map(|o| self.alloc_output(&o.name, &o.dtype, self.shape_of(&o.dims, &sizes)))
            .collect::<Result<_>>()?;
        self.launch("forward", &sizes, inputs, &outputs, &[])?;
        Ok(outputs)
    }

    /// One decoding step: inputs with the scan dim of size 1; `state` updated in place;
    /// returns the per-step outputs.
    pub fn step(
        &self,
        sizes: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        state: &[&DeviceTensor],
    ) -> Result<Vec<DeviceTensor>> {
        let mut sizes = self.sizes(sizes)?;
        let scan = self
            .manifest
            .dims
            .iter()
            .position(|d| d.name == self.manifest.scan_dim)
            .expect("the scan dim is a dim");
        sizes[scan] = 1;
        self.check_inputs(inputs, &sizes)?;
        for (s, t) in self.manifest.states.iter().zip(state) {
            let want = self.shape_of(&s.dims, &sizes);
            if t.shape != want {
                return Err(RuntimeError::Shape {
                    tensor: format!("state {}", s.name),
                    expected: want,
                    actual: t.shape.clone(),
                });
            }
        }
        let outputs: Vec<DeviceTensor> = self
            .manifest
            .outputs
            .iter()
            .filter(|o| o.kind.as_deref() == Some("per_step"))
            .map(|o| self.alloc_output(&o.name, &o.dtype, self.shape_of(&o.dims, &sizes)))
            .collect::<Result<_>>()?;
        self.launch("step", &sizes, inputs, &outputs, state)?;
        Ok(outputs)
    }

    fn check_inputs(&self, inputs: &[Option<&DeviceTensor>], sizes: &[usize]) -> Result<()> {
        for (i, t) in self.manifest.inputs.iter().zip(inputs) {
            match t {
                None if i.optional => {}
                None => return Err(RuntimeError::MissingInput(i.name.clone())),
                Some(t) => {
                    let want = self.shape_of(&i.dims, sizes);
                    if t.shape != want {
                        return Err(RuntimeError::Shape {
                            tensor: i.name.clone(),
                            expected: want,
                            actual: t.shape.clone(),
                        });
                    }
                    if t.dtype != i.dtype {
                        return Err(RuntimeError::DType {
                            tensor: i.name.clone(),
                            expected: i.dtype.clone(),
                            actual: t.dtype.clone(),
                        });
                    }
                }
            }
        }
        if inputs.len() < self.manifest.inputs.len() {
            let missing = &self.manifest.inputs[inputs.len()];
            if !missing.optional {
                return Err(RuntimeError::MissingInput(missing.name.clone()));
            }
        }
        Ok(())
    }

    fn launch(
        &self,
        kind: &str,
        sizes: &[usize],
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
        states: &[&DeviceTensor],
    ) -> Result<()> {
        let (k, f) = self
            .functions
            .get(kind)
            .ok_or_else(|| RuntimeError::MissingKernel {
                recurrence: self.manifest.name.clone(),
                kind: kind.into(),
            })?;
        let outer: u64 = self
            .manifest
            .dims
            .iter()
            .zip(sizes)
            .filter(|(d, _)| d.outer)
            .map(|(_, &s)| s as u64)
            .product();
        let blocks = outer.div_ceil(u64::from(k.threads));
        let max = u64::from(i32::MAX as u32);
        if blocks > max {
            return Err(RuntimeError::GridTooLarge {
                kernel: k.name.clone(),
                blocks,
                max,
            });
        }
        if blocks == 0 {
            return Ok(());
        }
        let sizes_i64: Vec<i64> = sizes.iter().map(|&s| s as i64).collect();
        let null: u64 = 0;
        let out_names: Vec<&str> = self
            .manifest
            .outputs
            .iter()
            .filter(|o| kind == "forward" || o.kind.as_deref() == Some("per_step"))
            .map(|o| o.name.as_str())
            .collect();
        let mut b = self.gpu.stream.launch_builder(f);
        for p in &k.params {
            match p {
                ParamManifest::Input(n) => {
                    let idx = self
                        .manifest
                        .inputs
                        .iter()
                        .position(|i| &i.name == n)
                        .expect("kernel params name manifest inputs");
                    match inputs.get(idx).copied().flatten() {
                        Some(t) => push(&mut b, t),
                        None => {
                            b.arg(&null);
                        }
                    }
                }
                ParamManifest::Output(n) => {
                    let idx = out_names.iter().position(|o| o == n).expect("output param");
                    push(&mut b, &outputs[idx]);
                }
                ParamManifest::State(n) => {
                    let idx = self
                        .manifest
                        .states
                        .iter()
                        .position(|s| &s.name == n)
                        .expect("state param");
                    push(&mut b, states[idx]);
                }
                ParamManifest::Size(n) => {
                    let idx = self
                        .manifest
                        .dims
                        .iter()
                        .position(|d| &d.name == n)
                        .expect("size param");
                    b.arg(&sizes_i64[idx]);
                }
            }
        }
        let cfg = LaunchConfig {
            grid_dim: (blocks as u32, 1, 1),
            block_dim: (k.threads, 1, 1),
            shared_mem_bytes: 0,
        };
        // SAFETY: the parameters are pushed in the kernel's declared order (the manifest's
        // `params`), pointers for tensors whose shapes and dtypes were checked against the
        // manifest above, and i64 sizes; the grid covers exactly the outer points, and the
        // kernel guards every store against points past the end.
        unsafe { b.launch(cfg) }?;
        Ok(())
    }

    pub fn gpu(&self) -> &Gpu {
        &self.gpu
    }
}

fn push<'a>(b: &mut cudarc::driver::LaunchArgs<'a>, t: &'a DeviceTensor) {
    match &t.buf {
        Buffer::F32(s) => {
            b.arg(s);
        }
        Buffer::U16(s) => {
            b.arg(s);
        }
    }
}

/// Copies host f32 values to the device in `dtype` (bf16/f16 rounded to nearest).
pub fn upload(gpu: &Gpu, data: &[f32], shape: Vec<usize>, dtype: &str) -> Result<DeviceTensor> {
    let buf = match dtype {
        "f32" => Buffer::F32(gpu.stream.clone_htod(data)?),
        "bf16" => Buffer::U16(
            gpu.stream.clone_htod(
                &data
                    .iter()
                    .map(|&v| half::bf16::from_f32(v).to_bits())
                    .collect::<Vec<_>>(),
            )?,
        ),
        _ => Buffer::U16(
            gpu.stream.clone_htod(
                &data
                    .iter()
                    .map(|&v| half::f16::from_f32(v).to_bits())
                    .collect::<Vec<_>>(),
            )?,
        ),
    };
    Ok(DeviceTensor {
        shape,
        dtype: dtype.into(),
        buf,
    })
}

/// Copies a device tensor back as f32.
pub fn download(gpu: &Gpu, t: &DeviceTensor) -> Result<Vec<f32>> {
    Ok(match &t.buf {
        Buffer::F32(s) => gpu.stream.clone_dtoh(s)?,
        Buffer::U16(s) => {
            let bits = gpu.stream.clone_dtoh(s)?;
            if t.dtype == "bf16" {
                bits.into_iter()
                    .map(|b| half::bf16::from_bits(b).to_f32())
                    .collect()
            } else {
                bits.into_iter()
                    .map(|b| half::f16::from_bits(b).to_f32())
                    .collect()
            }
        }
    })
}

/// Shared handle type for callers that keep a GPU around.
pub type SharedGpu = Arc<Gpu>;
