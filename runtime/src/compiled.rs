//! A compiled recurrence: its manifest and loaded kernels, and its entry points (forward,
//! forward saving states, step, backward). Each runs the manifest's launch program through
//! the compiler's executor (`manifest::exec`, the same one the host verifier runs in CI), with
//! this GPU as the device; tensors are checked against the manifest (shape, dtype, by name)
//! before anything reaches the driver.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use cudarc::driver::{CudaFunction, CudaSlice};
use cudarc::nvrtc::Ptx;
use linrec_compiler::ir::{DType, OutputKind};
use linrec_compiler::manifest::exec::{self, Device as _};
use linrec_compiler::manifest::{
    Buffer, Entry, Manifest, Pass, Program, RecurrenceManifest, TensorManifest,
};
use linrec_compiler::strategy::{self, Choice, Device};

use crate::borrowed::{Arena, Borrowed, Bytes, Call};
use crate::device::Gpu;
use crate::error::{Result, RuntimeError};
use crate::launcher::Launcher;
pub use crate::transfer::{download, upload};

/// Device memory of a tensor: f32, or bf16/f16 values as their bits in u16.
#[derive(Debug)]
pub enum Storage {
    F32(CudaSlice<f32>),
    U16(CudaSlice<u16>),
    /// Device memory owned elsewhere (the model executor's pool), by address.
    Raw(u64),
}

#[derive(Debug)]
pub struct DeviceTensor {
    pub shape: Vec<usize>,
    pub dtype: DType,
    pub storage: Storage,
}

impl DeviceTensor {
    /// A tensor over device memory owned elsewhere.
    ///
    /// # Safety
    /// `ptr` must address at least `shape`'s element count of `dtype` elements that stay
    /// allocated, and are not written by anything else, while this tensor is used.
    pub unsafe fn borrowed(ptr: u64, shape: Vec<usize>, dtype: DType) -> DeviceTensor {
        DeviceTensor {
            shape,
            dtype,
            storage: Storage::Raw(ptr),
        }
    }

    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What the forward saved for the backward.
#[derive(Debug)]
pub struct Saved {
    pub sizes: Vec<usize>,
    pub buffers: Vec<(Buffer, DeviceTensor)>,
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

/// Device buffers kept for reuse, by buffer and length.
type WorkspacePool = HashMap<(Buffer, usize), Vec<CudaSlice<f32>>>;

/// A recurrence's kernels, loaded.
#[derive(Debug)]
pub struct CompiledRecurrence {
    pub manifest: RecurrenceManifest,
    pub(crate) functions: HashMap<String, CudaFunction>,
    pub(crate) gpu: Gpu,
    /// The cost model's machine (multiprocessors and calibration table), read once.
    device: Device,
    /// Workspaces kept between calls (every kernel overwrites what it later reads, so they
    /// need no clearing).
    pub(crate) workspaces: RefCell<WorkspacePool>,
    /// Whether a step takes the batch step program, forced (`None`: the manifest's rule,
    /// [`RecurrenceManifest::step_batch`]).
    step_batch: Option<bool>,
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
            functions.insert(k.name.clone(), module.load_function(&k.name)?);
        }
        Ok(CompiledRecurrence {
            manifest: rec,
            functions,
            gpu: gpu.clone(),
            device: gpu.cost_device().1,
            workspaces: Default::default(),
            step_batch: None,
        })
    }

    /// That `given` holds a size for every dim, and the compiled one for a fixed dim.
    pub fn check_sizes(&self, given: &HashMap<String, usize>) -> Result<()> {
        self.sizes(given).map(|_| ())
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
        dims.iter().map(|n| sizes[self.dim_index(n)]).collect()
    }

    fn dim_index(&self, name: &str) -> usize {
        self.manifest
            .dim_index(name)
            .expect("manifest tensors use manifest dims")
    }

    /// The sizes of a step (scan dim of size 1).
    fn step_sizes(&self, sizes: &[usize]) -> Vec<usize> {
        let mut s = sizes.to_vec();
        s[self.dim_index(&self.manifest.scan_dim)] = 1;
        s
    }

    /// That `t` has the shape and dtype of `m` at these sizes (`what` names it).
    fn check(
        &self,
        what: &str,
        m: &TensorManifest,
        sizes: &[usize],
        t: &DeviceTensor,
    ) -> Result<()> {
        let want = self.shape_of(&m.dims, sizes);
        if t.shape != want {
            return Err(RuntimeError::Shape {
                tensor: what.into(),
                expected: want,
                actual: t.shape.clone(),
            });
        }
        if t.dtype != m.dtype {
            return Err(RuntimeError::DType {
                tensor: what.into(),
                expected: m.dtype,
                actual: t.dtype,
            });
        }
        Ok(())
    }

    /// The given inputs, checked, as program bindings (absent optional inputs left out).
    fn bind_inputs<'a>(
        &self,
        inputs: &[Option<&'a DeviceTensor>],
        sizes: &[usize],
    ) -> Result<Vec<(Buffer, &'a DeviceTensor)>> {
        self.bind_inputs_but(inputs, sizes, None)
    }

    /// As [`Self::bind_inputs`], `folded` (an input a step computes itself) not given.
    fn bind_inputs_but<'a>(
        &self,
        inputs: &[Option<&'a DeviceTensor>],
        sizes: &[usize],
        folded: Option<&str>,
    ) -> Result<Vec<(Buffer, &'a DeviceTensor)>> {
        if inputs.len() > self.manifest.inputs.len() {
            return Err(RuntimeError::TooManyInputs {
                recurrence: self.manifest.name.clone(),
                expected: self.manifest.inputs.len(),
                given: inputs.len(),
            });
        }
        let mut out = Vec::new();
        for (k, m) in self.manifest.inputs.iter().enumerate() {
            match inputs.get(k).copied().flatten() {
                Some(t) => {
                    self.check(&m.name, m, sizes, t)?;
                    out.push((Buffer::Input(m.name.clone()), t));
                }
                None if m.optional || folded == Some(m.name.as_str()) => {}
                None => return Err(RuntimeError::MissingInput(m.name.clone())),
            }
        }
        Ok(out)
    }

    /// The strategy for a call of these sizes: the compile-time request if explicit, else the
    /// cost model (the manifest's inputs) on the call's shape.
    pub fn choice(&self, sizes: &[usize]) -> Choice {
        let sizes: Vec<u64> = sizes.iter().map(|&s| s as u64).collect();
        self.manifest.choose(&sizes, self.device)
    }

    /// Runs one entry point's program (on the caller's memory and stream with `on`).
    fn run(
        &self,
        entry: Entry,
        sizes: &[usize],
        given: &[(Buffer, &DeviceTensor)],
        on: Option<&mut Borrowed>,
    ) -> Result<exec::Outcome<DeviceTensor>> {
        self.run_program(self.manifest.programs.get(entry), sizes, given, on)
    }

    /// Runs a program of this recurrence's manifest.
    fn run_program(
        &self,
        prog: &Program,
        sizes: &[usize],
        given: &[(Buffer, &DeviceTensor)],
        on: Option<&mut Borrowed>,
    ) -> Result<exec::Outcome<DeviceTensor>> {
        let sizes_u: Vec<u64> = sizes.iter().map(|&s| s as u64).collect();
        exec::run(
            &mut Launcher { rec: self, on },
            &self.manifest,
            prog,
            &sizes_u,
            given,
        )
    }

    /// The made buffer `b`, with the shape of tensor `m` at `sizes`.
    fn take(
        &self,
        made: &mut Vec<(Buffer, DeviceTensor)>,
        b: &Buffer,
        m: &TensorManifest,
        sizes: &[usize],
    ) -> DeviceTensor {
        let k = made
            .iter()
            .position(|(x, _)| x == b)
            .expect("the program makes this buffer");
        let mut t = made.swap_remove(k).1;
        t.shape = self.shape_of(&m.dims, sizes);
        t
    }

    fn forward_entry(&self, sizes: &[usize], saving: bool) -> Entry {
        let pass = Pass::of(&self.choice(sizes).strategy);
        if saving {
            Entry::ForwardSaving { pass }
        } else {
            Entry::Forward { pass }
        }
    }

    /// Allocates the outputs of the forward for `sizes` (poisoned).
    pub fn alloc_outputs(
        &self,
        sizes_by_name: &HashMap<String, usize>,
    ) -> Result<Vec<DeviceTensor>> {
        self.alloc_like(sizes_by_name, &self.manifest.outputs, |n| {
            Buffer::Output(n.into())
        })
    }

    /// Allocates a gradient for every input of the backward at `sizes` (poisoned), for
    /// [`CompiledRecurrence::backward_into`].
    pub fn alloc_input_grads(
        &self,
        sizes_by_name: &HashMap<String, usize>,
    ) -> Result<Vec<DeviceTensor>> {
        self.alloc_like(sizes_by_name, &self.manifest.inputs, |n| {
            Buffer::InputGrad(n.into())
        })
    }

    fn alloc_like(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        tensors: &[TensorManifest],
        buffer: impl Fn(&str) -> Buffer,
    ) -> Result<Vec<DeviceTensor>> {
        let sizes = self.sizes(sizes_by_name)?;
        tensors
            .iter()
            .map(|o| {
                let shape = self.shape_of(&o.dims, &sizes);
                let mut t = Launcher {
                    rec: self,
                    on: None,
                }
                .output(&buffer(&o.name), o.dtype, shape.iter().product())?;
                t.shape = shape;
                Ok(t)
            })
            .collect()
    }

    /// The forward pass of training into outputs the caller allocated: returns the states the
    /// backward starts from (give them back with [`CompiledRecurrence::recycle`] after the
    /// backward, and the next call reuses their memory).
    pub fn forward_saving_into(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
    ) -> Result<Saved> {
        self.forward_into_on(sizes_by_name, inputs, outputs, true, None)
    }

    /// The forward (saving the backward's states into the caller's saves arena when
    /// `saving`) on the caller's memory and stream: see [`crate::borrowed`].
    pub fn forward_borrowed(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
        saving: bool,
        on: &mut Borrowed,
    ) -> Result<()> {
        self.forward_into_on(sizes_by_name, inputs, outputs, saving, Some(on))
            .map(|_| ())
    }

    fn forward_into_on(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
        saving: bool,
        on: Option<&mut Borrowed>,
    ) -> Result<Saved> {
        let sizes = self.sizes(sizes_by_name)?;
        let mut given = self.bind_inputs(inputs, &sizes)?;
        for (o, t) in self.manifest.outputs.iter().zip(outputs) {
            self.check(&o.name, o, &sizes, t)?;
            given.push((Buffer::Output(o.name.clone()), t));
        }
        let out = self.run(self.forward_entry(&sizes, saving), &sizes, &given, on)?;
        Ok(Saved {
            sizes,
            buffers: out.saved,
        })
    }

    /// Keeps the memory of states saved by a forward for the next one.
    pub fn recycle(&self, saved: Saved) {
        let mut l = Launcher {
            rec: self,
            on: None,
        };
        for (b, t) in saved.buffers {
            l.recycle(&b, t);
        }
    }

    /// The forward into outputs the caller allocated (see [`CompiledRecurrence::alloc_outputs`]).
    pub fn forward_into(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
    ) -> Result<()> {
        self.forward_into_on(sizes_by_name, inputs, outputs, false, None)
            .map(|_| ())
    }

    /// The forward: `inputs` in manifest order (`None` for an absent optional one); returns
    /// every output in manifest order.
    pub fn forward(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
    ) -> Result<Vec<DeviceTensor>> {
        Ok(self.forward_saving_or_not(sizes_by_name, inputs, false)?.0)
    }

    /// The forward pass of training: the outputs, and the states the backward starts from.
    pub fn forward_saving(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
    ) -> Result<(Vec<DeviceTensor>, Saved)> {
        self.forward_saving_or_not(sizes_by_name, inputs, true)
    }

    fn forward_saving_or_not(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        saving: bool,
    ) -> Result<(Vec<DeviceTensor>, Saved)> {
        let sizes = self.sizes(sizes_by_name)?;
        let given = self.bind_inputs(inputs, &sizes)?;
        let out = self.run(self.forward_entry(&sizes, saving), &sizes, &given, None)?;
        let mut made = out.made;
        let outputs = self
            .manifest
            .outputs
            .iter()
            .map(|o| self.take(&mut made, &Buffer::Output(o.name.clone()), o, &sizes))
            .collect();
        Ok((
            outputs,
            Saved {
                sizes,
                buffers: out.saved,
            },
        ))
    }

    /// One decoding step: inputs with the scan dim of size 1; `state` updated in place;
    /// returns the per-step outputs.
    pub fn step(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        state: &[&DeviceTensor],
    ) -> Result<Vec<DeviceTensor>> {
        self.step_made(sizes_by_name, inputs, state, None)
    }

    /// [`CompiledRecurrence::step`], with `fold` the step computing that input from its
    /// projection: the per-step outputs the program made, with their shapes.
    pub(crate) fn step_made(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        state: &[&DeviceTensor],
        fold: Option<crate::step_fold::Fold<'_>>,
    ) -> Result<Vec<DeviceTensor>> {
        let sizes = self.step_sizes(&self.sizes(sizes_by_name)?);
        let mut made = self.step_run(&sizes, inputs, &[], state, None, fold)?;
        Ok(self
            .manifest
            .outputs
            .iter()
            .filter(|o| o.kind == Some(OutputKind::PerStep))
            .map(|o| self.take(&mut made, &Buffer::Output(o.name.clone()), o, &sizes))
            .collect())
    }

    /// Runs the step program (with `fold`, the one folding that projection in) at the step's
    /// sizes: what it made.
    fn step_run(
        &self,
        sizes: &[usize],
        inputs: &[Option<&DeviceTensor>],
        outputs: &[&DeviceTensor],
        state: &[&DeviceTensor],
        on: Option<&mut Borrowed>,
        fold: Option<crate::step_fold::Fold<'_>>,
    ) -> Result<Vec<(Buffer, DeviceTensor)>> {
        let folded = fold.map(|f| f.input);
        let mut given = self.step_bindings(sizes, inputs, outputs, state, folded)?;
        let prog = match fold {
            None => self.manifest.programs.get(self.step_entry(sizes)),
            Some(f) => self.fold_program(sizes, f, &mut given)?,
        };
        Ok(self.run_program(prog, sizes, &given, on)?.made)
    }

    /// [`CompiledRecurrence::step`] into per-step outputs the caller allocated (shapes as
    /// `step` returns them): no allocation, so it can be captured in a graph.
    pub fn step_into(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
        state: &[&DeviceTensor],
    ) -> Result<()> {
        self.step_into_on(sizes_by_name, inputs, outputs, state, None, None)
    }

    /// [`CompiledRecurrence::step_into`] on the caller's memory and stream.
    pub fn step_borrowed(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
        state: &[&DeviceTensor],
        on: &mut Borrowed,
    ) -> Result<()> {
        self.step_into_on(sizes_by_name, inputs, outputs, state, Some(on), None)
    }

    /// A step into the caller's outputs, on its memory and stream with `on`; with `fold`, the
    /// step computing that input from its projection.
    pub(crate) fn step_into_on(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        outputs: &[DeviceTensor],
        state: &[&DeviceTensor],
        on: Option<&mut Borrowed>,
        fold: Option<crate::step_fold::Fold<'_>>,
    ) -> Result<()> {
        let sizes = self.step_sizes(&self.sizes(sizes_by_name)?);
        let outputs: Vec<&DeviceTensor> = outputs.iter().collect();
        self.step_run(&sizes, inputs, &outputs, state, on, fold)?;
        Ok(())
    }

    fn step_bindings<'a>(
        &self,
        sizes: &[usize],
        inputs: &[Option<&'a DeviceTensor>],
        outputs: &[&'a DeviceTensor],
        state: &[&'a DeviceTensor],
        folded: Option<&str>,
    ) -> Result<Vec<(Buffer, &'a DeviceTensor)>> {
        let mut given = self.bind_inputs_but(inputs, sizes, folded)?;
        if state.len() != self.manifest.states.len() {
            return Err(RuntimeError::MissingInput(format!(
                "state (expected {}, got {})",
                self.manifest.states.len(),
                state.len()
            )));
        }
        for (s, &t) in self.manifest.states.iter().zip(state) {
            self.check(&format!("state {}", s.name), s, sizes, t)?;
            given.push((Buffer::State(s.name.clone()), t));
        }
        for (o, &t) in self
            .manifest
            .outputs
            .iter()
            .filter(|o| o.kind == Some(OutputKind::PerStep))
            .zip(outputs)
        {
            self.check(&o.name, o, sizes, t)?;
            given.push((Buffer::Output(o.name.clone()), t));
        }
        Ok(given)
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
        let mut made = self.backward_run(inputs, saved, out_grads, &[], None)?;
        Ok(self
            .manifest
            .inputs
            .iter()
            .zip(0..)
            .map(|(i, k)| {
                let g = self.take(&mut made, &Buffer::InputGrad(i.name.clone()), i, sizes);
                inputs.get(k).copied().flatten().map(|_| g)
            })
            .collect())
    }

    /// The backward into gradients the caller allocated, one per input in manifest order
    /// (see [`CompiledRecurrence::alloc_input_grads`]): a training loop's call, allocating
    /// nothing once the workspace pool holds what it needs.
    pub fn backward_into(
        &self,
        inputs: &[Option<&DeviceTensor>],
        saved: &Saved,
        out_grads: &[&DeviceTensor],
        grads: &[DeviceTensor],
    ) -> Result<()> {
        self.backward_into_on(inputs, saved, out_grads, grads, None)
    }

    /// The backward on the caller's memory and stream, from the states that
    /// [`CompiledRecurrence::forward_borrowed`] saved into `on`'s saves arena at the same
    /// sizes: gradients into `grads`, one per input in manifest order.
    pub fn backward_borrowed(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        out_grads: &[&DeviceTensor],
        grads: &[DeviceTensor],
        on: &mut Borrowed,
    ) -> Result<()> {
        let saved = self.saved_in(sizes_by_name, &mut on.saves)?;
        self.backward_into_on(inputs, &saved, out_grads, grads, Some(on))
    }

    /// The states a saving forward at these sizes wrote into `arena`, where it put them.
    fn saved_in(&self, sizes_by_name: &HashMap<String, usize>, arena: &mut Arena) -> Result<Saved> {
        let sizes = self.sizes(sizes_by_name)?;
        let (prog, fp) = self.footprint_of(Call::ForwardSaving, &sizes)?;
        let mut buffers = Vec::new();
        for (w, &n) in prog.saves.iter().zip(&fp.saves) {
            let p = arena.take(&w.buffer, n)?;
            // SAFETY: the forward wrote this save at this address; the caller keeps the arena.
            let t = unsafe { DeviceTensor::borrowed(p, vec![n as usize], DType::F32) };
            buffers.push((w.buffer.clone(), t));
        }
        Ok(Saved { sizes, buffers })
    }

    /// The program `call` runs at these sizes and what it allocates.
    fn footprint_of(
        &self,
        call: Call,
        sizes: &[usize],
    ) -> Result<(
        &linrec_compiler::manifest::program::Program,
        exec::Footprint,
    )> {
        let sizes_u: Vec<u64> = sizes.iter().map(|&s| s as u64).collect();
        let entry = match call {
            Call::Forward => self.forward_entry(sizes, false),
            Call::ForwardSaving => self.forward_entry(sizes, true),
            Call::Step => self.step_entry(sizes),
            Call::Backward => Entry::Backward {
                chunked: self.manifest.backward_chunked(&sizes_u, self.device),
            },
        };
        let prog = self.manifest.programs.get(entry);
        let at = match call {
            Call::Step => {
                let s: Vec<u64> = self.step_sizes(sizes).iter().map(|&s| s as u64).collect();
                exec::program_sizes(&self.manifest, prog, &s)
            }
            _ => exec::program_sizes(&self.manifest, prog, &sizes_u),
        };
        Ok((prog, exec::footprint(&self.manifest, prog, &at)?))
    }

    /// The arenas a borrowed `call` at these sizes needs.
    pub fn footprint(&self, call: Call, sizes_by_name: &HashMap<String, usize>) -> Result<Bytes> {
        let sizes = self.sizes(sizes_by_name)?;
        let (_, fp) = self.footprint_of(call, &sizes)?;
        Ok(Bytes {
            saves: Arena::bytes_for(&fp.saves),
            scratch: Arena::bytes_for(&fp.workspaces),
        })
    }

    fn backward_into_on(
        &self,
        inputs: &[Option<&DeviceTensor>],
        saved: &Saved,
        out_grads: &[&DeviceTensor],
        grads: &[DeviceTensor],
        on: Option<&mut Borrowed>,
    ) -> Result<()> {
        if grads.len() != self.manifest.inputs.len() {
            let i = &self.manifest.inputs[grads.len().min(self.manifest.inputs.len() - 1)];
            return Err(RuntimeError::MissingInput(format!(
                "gradient of {}",
                i.name
            )));
        }
        let mut given = Vec::new();
        for (i, g) in self.manifest.inputs.iter().zip(grads) {
            self.check(&format!("gradient of {}", i.name), i, &saved.sizes, g)?;
            given.push((Buffer::InputGrad(i.name.clone()), g));
        }
        self.backward_run(inputs, saved, out_grads, &given, on)?;
        Ok(())
    }

    fn backward_run(
        &self,
        inputs: &[Option<&DeviceTensor>],
        saved: &Saved,
        out_grads: &[&DeviceTensor],
        grads: &[(Buffer, &DeviceTensor)],
        on: Option<&mut Borrowed>,
    ) -> Result<Vec<(Buffer, DeviceTensor)>> {
        let sizes = &saved.sizes;
        let mut given = self.bind_inputs(inputs, sizes)?;
        if out_grads.len() != self.manifest.outputs.len() {
            let missing =
                &self.manifest.outputs[out_grads.len().min(self.manifest.outputs.len() - 1)];
            return Err(RuntimeError::MissingInput(format!(
                "gradient of {}",
                missing.name
            )));
        }
        for (o, &g) in self.manifest.outputs.iter().zip(out_grads) {
            self.check(&format!("gradient of {}", o.name), o, sizes, g)?;
            given.push((Buffer::OutputGrad(o.name.clone()), g));
        }
        given.extend(saved.buffers.iter().map(|(b, t)| (b.clone(), t)));
        given.extend(grads.iter().cloned());
        let sizes_u: Vec<u64> = sizes.iter().map(|&s| s as u64).collect();
        let chunked = self.manifest.backward_chunked(&sizes_u, self.device);
        Ok(self
            .run(Entry::Backward { chunked }, sizes, &given, on)?
            .made)
    }

    /// Forces a strategy for every later call (instead of the manifest's request).
    pub fn with_strategy(mut self, request: strategy::Request) -> Self {
        self.set_strategy(request);
        self
    }

    /// As [`CompiledRecurrence::with_strategy`], in place.
    pub fn set_strategy(&mut self, request: strategy::Request) {
        self.manifest.strategy_request = request;
    }

    /// Forces the step program of every later step: the batch one (`Some(true)`; the step
    /// where the recurrence has none), the plain one, or (`None`) the manifest's rule.
    pub fn set_step_batch(&mut self, batch: Option<bool>) {
        self.step_batch = batch;
    }

    /// The step program at these sizes (one per dim, in order): unless forced, the batch one
    /// by the manifest's rule. The GPU suite's `step-batch` checks (every example with a batch
    /// step, f32 and bf16) pass against float64; on an H100 Mamba-130m's decode at 32
    /// sequences went from 25.7k to 27.8k tok/s in f32 and from 41.6k to 45.8k in bf16.
    pub(crate) fn step_entry(&self, sizes: &[usize]) -> Entry {
        let batch = self.step_batch.unwrap_or_else(|| {
            let sizes: Vec<u64> = sizes.iter().map(|&s| s as u64).collect();
            self.manifest.step_batch(&sizes, self.device)
        });
        if batch { Entry::StepBatch } else { Entry::Step }
    }

    /// Whether the recurrence has a block-scan forward besides its sequential one.
    pub fn has_block(&self) -> bool {
        self.manifest.programs.forward.block.is_some()
    }

    pub fn gpu(&self) -> &Gpu {
        &self.gpu
    }
}

/// Shared handle type for callers that keep a GPU around.
pub type SharedGpu = Arc<Gpu>;
