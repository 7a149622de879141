//! A compiled recurrence: its manifest and loaded kernels, and the launches of its forward and
//! step kernels, validated against the manifest before anything reaches the driver.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use cudarc::driver::{CudaFunction, CudaSlice, DevicePtrMut, LaunchConfig, PushKernelArg};
use cudarc::nvrtc::Ptx;
use linrec_compiler::manifest::{KernelManifest, Manifest, ParamManifest, RecurrenceManifest};
use linrec_compiler::strategy::{self, Choice, Device, Shape, Strategy};

use crate::device::Gpu;
use crate::error::{Result, RuntimeError};

/// A device tensor of f32 values (bf16/f16 storage travels as their bits in u16).
#[derive(Debug)]
pub enum Buffer {
    F32(CudaSlice<f32>),
    U16(CudaSlice<u16>),
    /// Device memory owned elsewhere (the model executor's pool), by address.
    Raw(u64),
}

#[derive(Debug)]
pub struct DeviceTensor {
    pub shape: Vec<usize>,
    pub dtype: String,
    pub buf: Buffer,
}

impl DeviceTensor {
    /// A tensor over device memory owned elsewhere.
    ///
    /// # Safety
    /// `ptr` must address at least `shape`'s element count of `dtype` elements that stay
    /// allocated, and are not written by anything else, while this tensor is used.
    pub unsafe fn borrowed(ptr: u64, shape: Vec<usize>, dtype: &str) -> DeviceTensor {
        DeviceTensor {
            shape,
            dtype: dtype.into(),
            buf: Buffer::Raw(ptr),
        }
    }

    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A kernel argument.
#[derive(Debug, Clone, Copy)]
enum Arg<'a> {
    Tensor(&'a DeviceTensor),
    Slice(&'a CudaSlice<f32>),
    Null,
}

/// What the forward saved for the backward.
#[derive(Debug)]
pub struct Saved {
    pub sizes: Vec<usize>,
    pub checkpoints: Vec<CudaSlice<f32>>,
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

/// Device buffers kept for reuse, by role and length.
type WorkspacePool = HashMap<(String, usize), Vec<CudaSlice<f32>>>;

/// A recurrence's kernels, loaded.
#[derive(Debug)]
pub struct CompiledRecurrence {
    pub manifest: RecurrenceManifest,
    functions: HashMap<String, (KernelManifest, CudaFunction)>,
    gpu: Gpu,
    /// Multiprocessors of the device, whether some sequence has the scan axis not innermost,
    /// and the threads per outer point of the forward kernels: the cost model's fixed inputs,
    /// read once.
    sms: u32,
    scan_strided: bool,
    lanes: u64,
    /// Workspaces kept between calls (every kernel overwrites what it later reads, so they
    /// need no clearing), by role and size.
    workspaces: std::cell::RefCell<WorkspacePool>,
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
            functions.insert(k.name.clone(), (k.clone(), f));
        }
        let sms = gpu
            .ctx
            .attribute(
                cudarc::driver::sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT,
            )
            .map_or(132, |v| v as u32);
        let scan_strided = strategy::scan_strided(
            &rec.scan_dim,
            rec.inputs.iter().chain(&rec.outputs).map(|t| &t.dims[..]),
        );
        let lanes = rec
            .kernels
            .iter()
            .find(|k| k.kind == "forward")
            .map_or(1, |k| u64::from(k.lanes));
        Ok(CompiledRecurrence {
            manifest: rec,
            functions,
            gpu: gpu.clone(),
            sms,
            scan_strided,
            lanes,
            workspaces: Default::default(),
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

    /// Outer points (one thread each) of a call of these sizes.
    fn outer_points(&self, sizes: &[usize]) -> usize {
        self.manifest
            .dims
            .iter()
            .zip(sizes)
            .filter(|(d, _)| d.outer)
            .map(|(_, &s)| s)
            .product()
    }

    /// Points of the compile-time (summed) dims among `dims`: values per thread.
    fn fixed_points(&self, dims: &[String]) -> usize {
        dims.iter()
            .map(|n| {
                self.manifest.dims[self.dim_index(n)]
                    .fixed
                    .map_or(1, |f| f as usize)
            })
            .product()
    }

    /// That `actual` is the shape of a tensor with `dims` at these sizes (`tensor` names it).
    fn check_shape(
        &self,
        tensor: impl FnOnce() -> String,
        dims: &[String],
        sizes: &[usize],
        actual: &[usize],
    ) -> Result<()> {
        let want = self.shape_of(dims, sizes);
        if actual != want {
            return Err(RuntimeError::Shape {
                tensor: tensor(),
                expected: want,
                actual: actual.to_vec(),
            });
        }
        Ok(())
    }

    /// Allocates an output of the manifest's dtype, poisoned (every byte 0xFF: NaN in f32,
    /// bf16 and f16) so that unwritten elements show.
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
            // SAFETY: the memory is fully written (poisoned) by the memset below before any read.
            let mut s = unsafe { self.gpu.stream.alloc::<f32>(n.max(1)) }?;
            poison(&self.gpu, &mut s, n.max(1) * 4)?;
            Buffer::F32(s)
        } else {
            // SAFETY: as above.
            let mut s = unsafe { self.gpu.stream.alloc::<u16>(n.max(1)) }?;
            poison(&self.gpu, &mut s, n.max(1) * 2)?;
            Buffer::U16(s)
        };
        Ok(DeviceTensor {
            shape,
            dtype: dtype.into(),
            buf,
        })
    }

    /// Allocates the outputs of the forward kernel for `sizes`.
    pub fn alloc_outputs(
        &self,
        sizes_by_name: &HashMap<String, usize>,
    ) -> Result<Vec<DeviceTensor>> {
        let sizes = self.sizes(sizes_by_name)?;
        self.manifest
            .outputs
            .iter()
            .map(|o| self.alloc_output(&o.name, &o.dtype, self.shape_of(&o.dims, &sizes)))
            .collect()
    }

    /// Runs the forward kernel into outputs allocated by [`CompiledRecurrence::alloc_outputs`].
    pub fn forward_into(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
    ) -> Result<()> {
        let sizes = self.sizes(sizes_by_name)?;
        self.check_inputs(inputs, &sizes)?;
        for (o, t) in self.manifest.outputs.iter().zip(outputs) {
            self.check_shape(|| o.name.clone(), &o.dims, &sizes, &t.shape)?;
            if t.dtype != o.dtype {
                return Err(RuntimeError::DType {
                    tensor: o.name.clone(),
                    expected: o.dtype.clone(),
                    actual: t.dtype.clone(),
                });
            }
        }
        self.run_forward(&sizes, inputs, outputs, None)
    }

    /// The strategy for a call of this shape: the compile-time request if explicit, else the
    /// cost model applied to the call's shape.
    pub fn choice(&self, sizes: &[usize]) -> Choice {
        let mut outer = 1u64;
        let mut points = 1u64;
        let mut len = 0u64;
        for (d, &s) in self.manifest.dims.iter().zip(sizes) {
            if d.name == self.manifest.scan_dim {
                len = s as u64;
            } else if d.outer {
                outer *= s as u64;
            } else {
                points *= s as u64;
            }
        }
        strategy::choose(
            self.manifest.strategy_request,
            Some(Shape {
                outer,
                len,
                state_points: points,
                scan_strided: self.scan_strided,
                lanes: self.lanes,
            }),
            Device {
                sms: self.sms,
                ..Device::default()
            },
        )
    }

    /// The forward pass with the chosen strategy; saves checkpoints when given buffers.
    fn run_forward(
        &self,
        sizes: &[usize],
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
        checkpoints: Option<&[CudaSlice<f32>]>,
    ) -> Result<()> {
        let input_arg = |n: &str| match inputs.get(self.input_index(n)).copied().flatten() {
            Some(t) => Arg::Tensor(t),
            None => Arg::Null,
        };
        let output_arg = |n: &str| {
            Arg::Tensor(
                &outputs[self
                    .manifest
                    .outputs
                    .iter()
                    .position(|o| o.name == n)
                    .expect("output param")],
            )
        };
        let ckpt_arg = |n: &str| match checkpoints {
            Some(c) => Arg::Slice(&c[self.state_index(n)]),
            None => Arg::Null,
        };
        match self.choice(sizes).strategy {
            Strategy::Sequential { .. } => {
                let (k, f) = self.kernel_of("forward")?;
                self.launch_kernel(k, f, sizes, |p| match p {
                    ParamManifest::Input(n) => input_arg(n),
                    ParamManifest::Output(n) => output_arg(n),
                    ParamManifest::Checkpoint(n) => ckpt_arg(n),
                    _ => Arg::Null,
                })
            }
            Strategy::Chunked { .. } => {
                let len = sizes[self.dim_index(&self.manifest.scan_dim)];
                let chunks = len.div_ceil(self.manifest.chunk as usize);
                let outer = self.outer_points(sizes);
                let size = |s: &linrec_compiler::manifest::TensorManifest| -> usize {
                    chunks * self.fixed_points(&s.dims) * outer
                };
                let work = |s: &linrec_compiler::manifest::TensorManifest| {
                    self.take_work("chunk", size(s))
                };
                let per_state = || -> Result<Vec<CudaSlice<f32>>> {
                    self.manifest.states.iter().map(work).collect()
                };
                let (agg_a, agg_b, carry) = (per_state()?, per_state()?, per_state()?);
                for kind in ["chunk_reduce", "chunk_carry", "chunk_apply"] {
                    let (k, f) = self.kernel_of(kind)?;
                    self.launch_kernel(k, f, sizes, |p| match p {
                        ParamManifest::Input(n) => input_arg(n),
                        ParamManifest::Output(n) => output_arg(n),
                        ParamManifest::Checkpoint(n) => ckpt_arg(n),
                        ParamManifest::AggA(n) => Arg::Slice(&agg_a[self.state_index(n)]),
                        ParamManifest::AggB(n) => Arg::Slice(&agg_b[self.state_index(n)]),
                        ParamManifest::Carry(n) => Arg::Slice(&carry[self.state_index(n)]),
                        _ => Arg::Null,
                    })?;
                }
                for (s, bufs) in self
                    .manifest
                    .states
                    .iter()
                    .zip(agg_a.into_iter().zip(agg_b).zip(carry))
                {
                    let ((a, b), c) = bufs;
                    self.give_work("chunk", size(s), [a, b, c]);
                }
                Ok(())
            }
        }
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
        self.run_forward(&sizes, inputs, &outputs, None)?;
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
        let mut at = self.sizes(sizes)?;
        at[self.dim_index(&self.manifest.scan_dim)] = 1;
        let outputs: Vec<DeviceTensor> = self
            .manifest
            .outputs
            .iter()
            .filter(|o| o.kind.as_deref() == Some("per_step"))
            .map(|o| self.alloc_output(&o.name, &o.dtype, self.shape_of(&o.dims, &at)))
            .collect::<Result<_>>()?;
        self.step_into(sizes, inputs, &outputs, state)?;
        Ok(outputs)
    }

    /// [`CompiledRecurrence::step`] into per-step outputs the caller allocated (shapes as
    /// `step` returns them): no allocation, so it can be captured in a graph.
    pub fn step_into(
        &self,
        sizes: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
        state: &[&DeviceTensor],
    ) -> Result<()> {
        let mut sizes = self.sizes(sizes)?;
        sizes[self.dim_index(&self.manifest.scan_dim)] = 1;
        self.check_inputs(inputs, &sizes)?;
        for (s, t) in self.manifest.states.iter().zip(state) {
            self.check_shape(|| format!("state {}", s.name), &s.dims, &sizes, &t.shape)?;
        }
        for (o, t) in self
            .manifest
            .outputs
            .iter()
            .filter(|o| o.kind.as_deref() == Some("per_step"))
            .zip(outputs)
        {
            self.check_shape(|| o.name.clone(), &o.dims, &sizes, &t.shape)?;
        }
        self.launch("step", &sizes, inputs, outputs, state)
    }

    fn check_inputs(&self, inputs: &[Option<&DeviceTensor>], sizes: &[usize]) -> Result<()> {
        for (i, t) in self.manifest.inputs.iter().zip(inputs) {
            match t {
                None if i.optional => {}
                None => return Err(RuntimeError::MissingInput(i.name.clone())),
                Some(t) => {
                    self.check_shape(|| i.name.clone(), &i.dims, sizes, &t.shape)?;
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

    fn kernel_of(&self, kind: &str) -> Result<&(KernelManifest, CudaFunction)> {
        self.functions
            .values()
            .find(|(k, _)| k.kind == kind)
            .ok_or_else(|| RuntimeError::MissingKernel {
                recurrence: self.manifest.name.clone(),
                kind: kind.into(),
            })
    }

    fn dim_index(&self, name: &str) -> usize {
        self.manifest
            .dims
            .iter()
            .position(|d| d.name == name)
            .expect("manifest names its own dims")
    }

    /// Launches kernel `k`, resolving each buffer parameter through `arg`.
    fn launch_kernel<'a>(
        &self,
        k: &KernelManifest,
        f: &CudaFunction,
        sizes: &[usize],
        arg: impl Fn(&ParamManifest) -> Arg<'a>,
    ) -> Result<()> {
        let units: u64 = match &k.grid_over_input {
            Some(input) => {
                let i = self
                    .manifest
                    .inputs
                    .iter()
                    .find(|i| &i.name == input)
                    .expect("reduce kernels name manifest inputs");
                self.shape_of(&i.dims, sizes)
                    .iter()
                    .map(|&s| s as u64)
                    .product()
            }
            None => self.outer_points(sizes) as u64,
        };
        let per_block = u64::from(k.threads / k.lanes.max(1));
        let mut blocks = units.div_ceil(per_block);
        if k.grid_over_chunks {
            let len = sizes[self.dim_index(&self.manifest.scan_dim)] as u64;
            blocks *= len.div_ceil(u64::from(self.manifest.chunk));
        }
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
        let args: Vec<Arg<'a>> = k.params.iter().map(&arg).collect();
        let mut b = self.gpu.stream.launch_builder(f);
        for (p, a) in k.params.iter().zip(&args) {
            match (p, a) {
                (ParamManifest::Size(n), _) => {
                    b.arg(&sizes_i64[self.dim_index(n)]);
                }
                (_, Arg::Tensor(t)) => push(&mut b, t),
                (_, Arg::Slice(s)) => {
                    b.arg(*s);
                }
                (_, Arg::Null) => {
                    b.arg(&null);
                }
            }
        }
        let cfg = LaunchConfig {
            grid_dim: (blocks as u32, 1, 1),
            block_dim: (k.threads, 1, 1),
            shared_mem_bytes: 0,
        };
        // SAFETY: the parameters are pushed in the kernel's declared order (the manifest's
        // `params`): device pointers to tensors whose shapes and dtypes were checked against the
        // manifest, workspaces sized by the manifest's rules, null only where the kernel checks
        // for it, and i64 sizes; the grid covers exactly the kernel's units (outer points or
        // input elements) and the kernel guards every store against units past the end.
        unsafe { b.launch(cfg) }?;
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
        let (k, f) = self.kernel_of(kind)?;
        let out_names: Vec<&str> = self
            .manifest
            .outputs
            .iter()
            .filter(|o| kind == "forward" || o.kind.as_deref() == Some("per_step"))
            .map(|o| o.name.as_str())
            .collect();
        self.launch_kernel(k, f, sizes, |p| match p {
            ParamManifest::Input(n) => match inputs.get(self.input_index(n)).copied().flatten() {
                Some(t) => Arg::Tensor(t),
                None => Arg::Null,
            },
            ParamManifest::Output(n) => {
                let idx = out_names.iter().position(|o| o == n).expect("output param");
                Arg::Tensor(&outputs[idx])
            }
            ParamManifest::State(n) => Arg::Tensor(states[self.state_index(n)]),
            _ => Arg::Null,
        })
    }

    fn input_index(&self, name: &str) -> usize {
        self.manifest
            .inputs
            .iter()
            .position(|i| i.name == name)
            .expect("kernel params name manifest inputs")
    }

    fn state_index(&self, name: &str) -> usize {
        self.manifest
            .states
            .iter()
            .position(|s| s.name == name)
            .expect("kernel params name manifest states")
    }

    /// A workspace of `n` f32 for `role`, reused from an earlier call when there is one.
    fn take_work(&self, role: &str, n: usize) -> Result<CudaSlice<f32>> {
        let cached = self
            .workspaces
            .borrow_mut()
            .get_mut(&(role.to_string(), n))
            .and_then(Vec::pop);
        match cached {
            Some(b) => Ok(b),
            None => self.zeros(n),
        }
    }

    /// Returns workspaces for later calls.
    fn give_work(&self, role: &str, n: usize, bufs: impl IntoIterator<Item = CudaSlice<f32>>) {
        self.workspaces
            .borrow_mut()
            .entry((role.to_string(), n))
            .or_default()
            .extend(bufs);
    }

    fn zeros(&self, n: usize) -> Result<CudaSlice<f32>> {
        let (free, _) = self.gpu.ctx.mem_get_info()?;
        if n * 4 > free {
            return Err(RuntimeError::OutOfMemory {
                what: format!("{} workspace", self.manifest.name),
                need: n * 4,
                free,
            });
        }
        Ok(self.gpu.stream.alloc_zeros::<f32>(n.max(1))?)
    }

    /// The forward pass of training: the outputs, and the states saved every
    /// `checkpoint_interval` steps for [`CompiledRecurrence::backward`].
    pub fn forward_saving(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
    ) -> Result<(Vec<DeviceTensor>, Saved)> {
        let sizes = self.sizes(sizes_by_name)?;
        self.check_inputs(inputs, &sizes)?;
        let outputs: Vec<DeviceTensor> = self
            .manifest
            .outputs
            .iter()
            .map(|o| self.alloc_output(&o.name, &o.dtype, self.shape_of(&o.dims, &sizes)))
            .collect::<Result<_>>()?;
        let len = sizes[self.dim_index(&self.manifest.scan_dim)];
        let n_ck = len.div_ceil(self.manifest.checkpoint_interval as usize);
        let checkpoints: Vec<CudaSlice<f32>> = self
            .manifest
            .states
            .iter()
            .map(|s| self.zeros(n_ck * self.shape_of(&s.dims, &sizes).iter().product::<usize>()))
            .collect::<Result<_>>()?;
        self.run_forward(&sizes, inputs, &outputs, Some(&checkpoints))?;
        Ok((outputs, Saved { sizes, checkpoints }))
    }

    /// The backward pass: gradients of every input given to the forward (`None` for absent
    /// optional inputs), from the incoming gradient of every output.
    pub fn backward(
        &self,
        inputs: &[Option<&DeviceTensor>],
        saved: &Saved,
        out_grads: &[&DeviceTensor],
    ) -> Result<Vec<Option<DeviceTensor>>> {
        let sizes = &saved.sizes;
        self.check_inputs(inputs, sizes)?;
        for (o, g) in self.manifest.outputs.iter().zip(out_grads) {
            self.check_shape(
                || format!("gradient of {}", o.name),
                &o.dims,
                sizes,
                &g.shape,
            )?;
        }
        if out_grads.len() != self.manifest.outputs.len() {
            return Err(RuntimeError::MissingInput(format!(
                "gradient of {}",
                self.manifest.outputs[out_grads.len().min(self.manifest.outputs.len() - 1)].name
            )));
        }
        let outer = self.outer_points(sizes);
        let len = sizes[self.dim_index(&self.manifest.scan_dim)];
        let points = |dims: &[String]| self.fixed_points(dims);
        let interval = self.manifest.checkpoint_interval as usize;
        let scratch_sizes: Vec<usize> = self
            .manifest
            .states
            .iter()
            .map(|s| interval * points(&s.dims) * outer)
            .collect();
        let scratch: Vec<CudaSlice<f32>> = scratch_sizes
            .iter()
            .map(|&n| self.take_work("scratch", n))
            .collect::<Result<_>>()?;
        let mut grads: Vec<DeviceTensor> = Vec::new();
        let mut partials: Vec<Option<(usize, CudaSlice<f32>)>> = Vec::new();
        for (i, r) in self.manifest.inputs.iter().zip(&self.manifest.grad_routes) {
            let shape = self.shape_of(&i.dims, sizes);
            grads.push(self.alloc_output(&format!("gradient of {}", i.name), &i.dtype, shape)?);
            partials.push(if r.route == "partial" {
                let seq = i.dims.contains(&self.manifest.scan_dim);
                let n = outer * points(&i.dims) * if seq { len } else { 1 };
                Some((n, self.take_work("partial", n)?))
            } else {
                None
            });
        }
        let (k, f) = self.kernel_of("backward")?;
        self.launch_kernel(k, f, sizes, |p| match p {
            ParamManifest::Input(n) => match inputs.get(self.input_index(n)).copied().flatten() {
                Some(t) => Arg::Tensor(t),
                None => Arg::Null,
            },
            ParamManifest::OutputGrad(n) => Arg::Tensor(
                out_grads[self
                    .manifest
                    .outputs
                    .iter()
                    .position(|o| &o.name == n)
                    .expect("output param")],
            ),
            ParamManifest::Checkpoint(n) => Arg::Slice(&saved.checkpoints[self.state_index(n)]),
            ParamManifest::Scratch(n) => Arg::Slice(&scratch[self.state_index(n)]),
            ParamManifest::InputGrad(n) => Arg::Tensor(&grads[self.input_index(n)]),
            ParamManifest::Partial(n) => Arg::Slice(
                &partials[self.input_index(n)]
                    .as_ref()
                    .expect("partial route has a buffer")
                    .1,
            ),
            _ => Arg::Null,
        })?;
        for (k, f) in self.functions.values().filter(|(k, _)| k.kind == "reduce") {
            self.launch_kernel(k, f, sizes, |p| match p {
                ParamManifest::Partial(n) => Arg::Slice(
                    &partials[self.input_index(n)]
                        .as_ref()
                        .expect("partial route has a buffer")
                        .1,
                ),
                ParamManifest::InputGrad(n) => Arg::Tensor(&grads[self.input_index(n)]),
                _ => Arg::Null,
            })?;
        }
        for (n, b) in scratch_sizes.into_iter().zip(scratch) {
            self.give_work("scratch", n, [b]);
        }
        for (n, b) in partials.into_iter().flatten() {
            self.give_work("partial", n, [b]);
        }
        Ok(grads
            .into_iter()
            .zip(inputs)
            .map(|(g, given)| given.map(|_| g))
            .collect())
    }

    /// Forces a strategy for every later call (instead of the manifest's request).
    pub fn with_strategy(mut self, request: strategy::Request) -> Self {
        self.manifest.strategy_request = request;
        self
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
        Buffer::Raw(p) => {
            b.arg(p);
        }
    }
}

/// Sets every byte of a device buffer to 0xFF.
fn poison<T>(gpu: &Gpu, s: &mut CudaSlice<T>, bytes: usize) -> Result<()>
where
    CudaSlice<T>: DevicePtrMut<T>,
{
    let (ptr, _sync) = s.device_ptr_mut(&gpu.stream);
    // SAFETY: `ptr` addresses `bytes` bytes owned by `s`, which outlives the asynchronous
    // memset on the same stream (the sync guard orders later uses after it).
    unsafe { cudarc::driver::result::memset_d8_async(ptr, 0xFF, bytes, gpu.stream.cu_stream()) }?;
    Ok(())
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
        Buffer::Raw(p) => {
            if t.dtype != "f32" {
                return Err(RuntimeError::DType {
                    tensor: "downloaded tensor".into(),
                    expected: "f32".into(),
                    actual: t.dtype.clone(),
                });
            }
            let mut out = vec![0.0f32; t.len()];
            // SAFETY: `borrowed` requires `p` to address `t.len()` f32; the copy is waited
            // for before `out` is read.
            unsafe {
                cudarc::driver::result::memcpy_dtoh_async(&mut out, *p, gpu.stream.cu_stream())
            }?;
            gpu.stream.synchronize()?;
            out
        }
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
