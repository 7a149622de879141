//! Runs generated kernels on the CPU — the host build, JIT-compiled through MLIR's execution
//! engine — through the same launch programs and executor (`manifest::exec`) as the GPU
//! runtime, for comparison with the float64 interpreter where there is no GPU. Workspaces
//! and saves start as NaN, so a kernel that reads what no kernel wrote shows.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use super::kernel::{self, Target};
use super::lower::{HostArg, HostModule, LowerError, Mlir};
use super::plan::KernelPlan;
use super::program;
use super::staged::{self, Plans};
use crate::derive::Derived;
use crate::interp::{Sizes, Tensor};
use crate::ir::{DType, OutputKind};
use crate::manifest::exec::{self, Arg, Device};
use crate::manifest::{Buffer, Entry, KernelManifest, Pass, Program, Programs, RecurrenceManifest};
use crate::strategy::Request;

/// A host buffer: f32, or the bits of bf16/f16 values.
#[derive(Debug, Clone)]
pub enum HostBuf {
    F32(Vec<f32>),
    U16(Vec<u16>),
}

impl HostBuf {
    fn len(&self) -> usize {
        match self {
            HostBuf::F32(v) => v.len(),
            HostBuf::U16(v) => v.len(),
        }
    }

    /// A tensor stored as `dtype`.
    fn encode(data: &[f64], dtype: DType) -> HostBuf {
        match dtype {
            DType::F32 => HostBuf::F32(data.iter().map(|&v| v as f32).collect()),
            DType::BF16 => HostBuf::U16(
                data.iter()
                    .map(|&v| half::bf16::from_f64(v).to_bits())
                    .collect(),
            ),
            DType::F16 => HostBuf::U16(
                data.iter()
                    .map(|&v| half::f16::from_f64(v).to_bits())
                    .collect(),
            ),
        }
    }

    fn decode(&self, dtype: DType) -> Vec<f64> {
        match (self, dtype) {
            (HostBuf::F32(v), _) => v.iter().map(|&x| f64::from(x)).collect(),
            (HostBuf::U16(v), DType::BF16) => v
                .iter()
                .map(|&x| half::bf16::from_bits(x).to_f64())
                .collect(),
            (HostBuf::U16(v), _) => v
                .iter()
                .map(|&x| half::f16::from_bits(x).to_f64())
                .collect(),
        }
    }

    /// `n` values of `dtype` with every byte 0xFF (NaN).
    fn poisoned(n: usize, dtype: DType) -> HostBuf {
        match dtype {
            DType::F32 => HostBuf::F32(vec![f32::from_bits(u32::MAX); n]),
            DType::BF16 | DType::F16 => HostBuf::U16(vec![u16::MAX; n]),
        }
    }
}

/// A recurrence's host kernels and the manifest whose programs launch them.
type Emitted = (Vec<kernel::Kernel>, RecurrenceManifest);

/// Host kernels emitted and JIT-compiled once each. Compiling dominates a host check, and
/// many checks build the same kernels again: cases that differ in their lengths and outer
/// sizes only, or a backward whose forward alone changed (another block scan). A
/// recurrence's kernels are kept by its derivation and plans, and each kernel is compiled as
/// a module of its own, kept by its text, as long as this lives.
pub struct HostJit<'c> {
    mlir: &'c Mlir,
    emitted: RefCell<HashMap<String, Rc<Emitted>>>,
    modules: RefCell<HashMap<String, Rc<HostModule<'c>>>>,
}

impl std::fmt::Debug for HostJit<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostJit")
            .field("kernels", &self.modules.borrow().len())
            .finish_non_exhaustive()
    }
}

impl<'c> HostJit<'c> {
    pub fn new(mlir: &'c Mlir) -> Self {
        HostJit {
            mlir,
            emitted: RefCell::default(),
            modules: RefCell::default(),
        }
    }

    /// The host kernels of `d` under `plans`, emitted now unless they were (the key is the
    /// whole derivation and plans as printed: a recurrence of the same name but another body
    /// is another key).
    fn emitted(&self, d: &Derived, plans: &Plans) -> Result<Rc<Emitted>, LowerError> {
        cached(&self.emitted, format!("{d:?}\n{plans:?}"), || {
            emit_host(d, plans)
        })
    }

    /// Kernel `k`'s module, compiled now unless a kernel of the same text was.
    fn kernel(&self, k: &kernel::Kernel) -> Result<Rc<HostModule<'c>>, LowerError> {
        let text = kernel::module_text(std::slice::from_ref(k), Target::Host);
        cached(&self.modules, text.clone(), || self.mlir.jit(&text))
    }
}

/// The value `map` keeps for `key`, made by `make` and kept the first time.
fn cached<T>(
    map: &RefCell<HashMap<String, Rc<T>>>,
    key: String,
    make: impl FnOnce() -> Result<T, LowerError>,
) -> Result<Rc<T>, LowerError> {
    if let Some(v) = map.borrow().get(&key) {
        return Ok(v.clone());
    }
    let v = Rc::new(make()?);
    map.borrow_mut().insert(key, v.clone());
    Ok(v)
}

/// Every host kernel of `d` (of each part, where it is split) and the manifest whose programs
/// launch them: the GPU manifest's, for they depend on the plan's outer dims, chunk and points,
/// which the host shares.
fn emit_host(d: &Derived, plans: &Plans) -> Result<Emitted, LowerError> {
    let one = |d: &Derived, plan: &KernelPlan, folds: bool| {
        let (mut kernels, routes) = kernel::emit_all(d, plan, Target::Host)
            .map_err(|e| LowerError::Verify(e.to_string()))?;
        // Every input a step could fold a projection into ([`run_step`]); a split
        // recurrence's parts fold none.
        if folds {
            let foldable: Vec<_> = d
                .rec
                .inputs
                .iter()
                .map(|(h, _)| h)
                .filter(|&h| kernel::fold_dim(d, plan, h).is_ok())
                .collect();
            kernels.extend(kernel::emit_step_folds(d, plan, Target::Host, &foldable));
        }
        let manifests = kernels
            .iter()
            .map(|k| program::kernel_manifest(d, k))
            .collect();
        let manifest = program::recurrence_manifest(
            d,
            plan,
            crate::strategy::choose(Request::Auto, None, Default::default()),
            Request::Auto,
            manifests,
            &routes,
        );
        Ok::<_, LowerError>((kernels, manifest))
    };
    let (kernels, manifest) = match plans {
        Plans::Whole(plan) => one(d, plan, true)?,
        Plans::Split(s) => {
            let mut kernels = Vec::new();
            let mut manifests = Vec::new();
            for ((_, part), plan) in s.split.parts.iter().zip(&s.plans) {
                let (k, m) = one(part, plan, false)?;
                kernels.extend(k);
                manifests.push(m);
            }
            (kernels, staged::merge(d, &s.split, manifests))
        }
    };
    Ok((kernels, manifest))
}

/// The host as an executor device: buffers in memory, launches as calls of the JIT modules.
struct Host<'m, 'c> {
    modules: &'m BTreeMap<String, Rc<HostModule<'c>>>,
}

impl Device for Host<'_, '_> {
    type Buf = RefCell<HostBuf>;
    type Error = LowerError;

    fn elems(buf: &Self::Buf) -> usize {
        buf.borrow().len()
    }

    fn workspace(&mut self, _: &Buffer, elems: usize) -> Result<Self::Buf, LowerError> {
        Ok(RefCell::new(HostBuf::poisoned(elems, DType::F32)))
    }

    fn zero(&mut self, buf: &mut Self::Buf) -> Result<(), LowerError> {
        match buf.get_mut() {
            HostBuf::F32(v) => v.fill(0.0),
            HostBuf::U16(v) => v.fill(0),
        }
        Ok(())
    }

    fn output(&mut self, _: &Buffer, dtype: DType, elems: usize) -> Result<Self::Buf, LowerError> {
        Ok(RefCell::new(HostBuf::poisoned(elems, dtype)))
    }

    fn launch(
        &mut self,
        kernel: &KernelManifest,
        blocks: u64,
        args: &[Arg<'_, Self::Buf>],
    ) -> Result<(), LowerError> {
        // Each buffer is borrowed once: a buffer bound to two parameters panics here.
        let mut borrows: Vec<Option<std::cell::RefMut<'_, HostBuf>>> = args
            .iter()
            .map(|a| match a {
                Arg::Buf(b) => Some(b.borrow_mut()),
                Arg::Null | Arg::Size(_) => None,
            })
            .collect();
        let mut host = vec![HostArg::I64(blocks as i64)];
        for (a, b) in args.iter().zip(borrows.iter_mut()) {
            host.push(match (a, b) {
                (Arg::Size(v), _) => HostArg::I64(*v),
                (Arg::Null, _) => HostArg::F32(None),
                (Arg::Buf(_), Some(b)) => match &mut **b {
                    HostBuf::F32(v) => HostArg::F32(Some(v.as_mut_slice())),
                    HostBuf::U16(v) => HostArg::U16(Some(v.as_mut_slice())),
                },
                (Arg::Buf(_), None) => unreachable!("every buffer argument is borrowed above"),
            });
        }
        self.modules
            .get(&kernel.name)
            .ok_or(LowerError::Engine)?
            .call(&kernel.name, &mut host)
    }
}

/// A recurrence's host kernels, JIT-compiled, with the manifest whose programs run them.
pub struct HostRecurrence<'c> {
    /// Each kernel's module, by kernel name.
    modules: BTreeMap<String, Rc<HostModule<'c>>>,
    pub manifest: RecurrenceManifest,
    dtypes: Vec<DType>,
}

impl std::fmt::Debug for HostRecurrence<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostRecurrence")
            .field("manifest", &self.manifest.name)
            .finish_non_exhaustive()
    }
}

impl<'c> HostRecurrence<'c> {
    /// Every kernel of `d` (of both its parts, where it is split) for the host, those the
    /// programs of `wanted` launch JIT-compiled (all of them when `wanted` is empty).
    pub fn new(
        jit: &HostJit<'c>,
        d: &Derived,
        plans: &Plans,
        wanted: &[Entry],
    ) -> Result<HostRecurrence<'c>, LowerError> {
        Self::with_programs(jit, d, plans, |p| {
            wanted.iter().map(|&w| p.get(w)).collect()
        })
    }

    /// As [`HostRecurrence::new`], JIT-compiling the kernels of the programs `wanted` picks
    /// (all of them where it picks none).
    fn with_programs(
        jit: &HostJit<'c>,
        d: &Derived,
        plans: &Plans,
        wanted: impl for<'p> Fn(&'p Programs) -> Vec<&'p Program>,
    ) -> Result<HostRecurrence<'c>, LowerError> {
        let emitted = jit.emitted(d, plans)?;
        let (kernels, manifest) = (&emitted.0, emitted.1.clone());
        let progs = wanted(&manifest.programs);
        let used: Vec<&str> = progs
            .iter()
            .flat_map(|p| p.launches.iter())
            .map(|l| l.kernel.as_str())
            .collect();
        let modules = kernels
            .iter()
            .filter(|k| progs.is_empty() || used.contains(&k.name.as_str()))
            .map(|k| Ok((k.name.clone(), jit.kernel(k)?)))
            .collect::<Result<_, LowerError>>()?;
        let mut dtypes = Vec::new();
        for (_, i) in d.rec.inputs.iter() {
            dtypes.push(i.dtype);
        }
        Ok(HostRecurrence {
            modules,
            manifest,
            dtypes,
        })
    }

    /// Runs an entry point's program with `given` buffers.
    pub fn run(
        &self,
        entry: Entry,
        sizes: &Sizes,
        given: &[(Buffer, &RefCell<HostBuf>)],
    ) -> Result<exec::Outcome<RefCell<HostBuf>>, LowerError> {
        self.run_program(self.manifest.programs.get(entry), sizes, given)
    }

    fn run_program(
        &self,
        prog: &Program,
        sizes: &Sizes,
        given: &[(Buffer, &RefCell<HostBuf>)],
    ) -> Result<exec::Outcome<RefCell<HostBuf>>, LowerError> {
        let sizes: Vec<u64> = sizes.0.iter().map(|&s| s as u64).collect();
        exec::run(
            &mut Host {
                modules: &self.modules,
            },
            &self.manifest,
            prog,
            &sizes,
            given,
        )
    }

    /// The inputs given (absent optional ones left out), stored in their dtypes.
    fn inputs(&self, d: &Derived, inputs: &[Option<Tensor>]) -> Vec<(Buffer, RefCell<HostBuf>)> {
        d.rec
            .inputs
            .iter()
            .zip(inputs)
            .zip(&self.dtypes)
            .filter_map(|(((_, i), t), &dt)| {
                t.as_ref().map(|t| {
                    (
                        Buffer::Input(i.name.clone()),
                        RefCell::new(HostBuf::encode(&t.data, dt)),
                    )
                })
            })
            .collect()
    }
}

fn refs(owned: &[(Buffer, RefCell<HostBuf>)]) -> Vec<(Buffer, &RefCell<HostBuf>)> {
    owned.iter().map(|(b, x)| (b.clone(), x)).collect()
}

fn take(made: &[(Buffer, RefCell<HostBuf>)], b: &Buffer) -> Option<RefCell<HostBuf>> {
    made.iter().find(|(x, _)| x == b).map(|(_, v)| v.clone())
}

fn tensor(shape: Vec<usize>, buf: Option<RefCell<HostBuf>>, dtype: DType) -> Tensor {
    let buf = buf.expect("the program makes every output");
    Tensor {
        shape,
        data: buf.into_inner().decode(dtype),
    }
}

/// Every output of the forward, in declaration order, through the program of `strategy`.
fn forward(
    jit: &HostJit<'_>,
    d: &Derived,
    plans: &Plans,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
    pass: Pass,
) -> Result<Vec<Tensor>, LowerError> {
    let entry = Entry::Forward { pass };
    let host = HostRecurrence::new(jit, d, plans, &[entry])?;
    let given = host.inputs(d, inputs);
    let out = host.run(entry, sizes, &refs(&given))?;
    Ok(d.rec
        .outputs
        .iter()
        .map(|(_, o)| {
            tensor(
                sizes.shape(&o.dims),
                take(&out.made, &Buffer::Output(o.name.clone())),
                o.dtype,
            )
        })
        .collect())
}

/// Runs the forward (sequential strategy) on the host: every output, in declaration order.
pub fn run_forward(
    jit: &HostJit<'_>,
    d: &Derived,
    plan: &KernelPlan,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
) -> Result<Vec<Tensor>, LowerError> {
    forward(
        jit,
        d,
        &Plans::Whole(Box::new(plan.clone())),
        sizes,
        inputs,
        Pass::Sequential,
    )
}

/// Runs the chunked strategy's program on the host: every output, in declaration order.
pub fn run_forward_chunked(
    jit: &HostJit<'_>,
    d: &Derived,
    plan: &KernelPlan,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
) -> Result<Vec<Tensor>, LowerError> {
    forward(
        jit,
        d,
        &Plans::Whole(Box::new(plan.clone())),
        sizes,
        inputs,
        Pass::Chunked,
    )
}

/// Runs the step program (`batch`: the one for many sequences) once: per-step outputs (scan
/// dim of size 1) and the new state. With `fold`, the program of the step that computes that
/// input from its projection ([`crate::manifest::StepFold`]; `inputs` holds nothing for it).
#[allow(clippy::too_many_arguments)]
pub fn run_step(
    jit: &HostJit<'_>,
    d: &Derived,
    plans: &Plans,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
    state: &[Tensor],
    batch: bool,
    fold: Option<crate::conformance::Fold<'_>>,
) -> Result<(Vec<Tensor>, Vec<Tensor>), LowerError> {
    let folded = fold.map(|f| f.input);
    let host = HostRecurrence::with_programs(jit, d, plans, |p| {
        step_program(p, batch, folded).into_iter().collect()
    })?;
    let prog = step_program(&host.manifest.programs, batch, folded).ok_or_else(|| {
        LowerError::Verify(format!(
            "`{}` has no step folding `{}` in",
            d.rec.name,
            folded.unwrap_or_default()
        ))
    })?;
    let mut given = host.inputs(d, inputs);
    for (b, t) in fold.iter().flat_map(|f| f.buffers()) {
        given.push((b, RefCell::new(HostBuf::encode(&t.data, DType::F32))));
    }
    step_run(&host, d, prog, sizes, given, state)
}

/// The step program (`batch`: for many sequences; `folded`: the one computing that input).
fn step_program<'p>(p: &'p Programs, batch: bool, folded: Option<&str>) -> Option<&'p Program> {
    match folded {
        None => Some(p.get(if batch { Entry::StepBatch } else { Entry::Step })),
        Some(input) => p.step_fold(input, batch),
    }
}

/// Runs a step program with the inputs `given` and the state: per-step outputs and the new
/// state.
fn step_run(
    host: &HostRecurrence<'_>,
    d: &Derived,
    prog: &Program,
    sizes: &Sizes,
    mut given: Vec<(Buffer, RefCell<HostBuf>)>,
    state: &[Tensor],
) -> Result<(Vec<Tensor>, Vec<Tensor>), LowerError> {
    let rec = &d.rec;
    for ((_, s), t) in rec.states.iter().zip(state) {
        given.push((
            Buffer::State(s.name.clone()),
            RefCell::new(HostBuf::encode(&t.data, s.dtype)),
        ));
    }
    let out = host.run_program(prog, sizes, &refs(&given))?;
    let per_step = rec
        .outputs
        .iter()
        .filter(|(_, o)| o.kind == OutputKind::PerStep)
        .map(|(_, o)| {
            tensor(
                sizes.shape(&o.dims),
                take(&out.made, &Buffer::Output(o.name.clone())),
                o.dtype,
            )
        })
        .collect();
    let new_state = rec
        .states
        .iter()
        .map(|(_, s)| {
            tensor(
                sizes.shape(&s.dims),
                take(&given, &Buffer::State(s.name.clone())),
                s.dtype,
            )
        })
        .collect();
    Ok((per_step, new_state))
}

/// Runs the forward saving states, then the backward program (segmented when `chunked`), on
/// the host: the gradient of every input given, in declaration order (`None` for absent
/// ones).
pub fn run_backward(
    jit: &HostJit<'_>,
    d: &Derived,
    plans: &Plans,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
    out_grads: &[Tensor],
    chunked: bool,
) -> Result<Vec<Option<Tensor>>, LowerError> {
    let fwd = Entry::ForwardSaving {
        pass: Pass::Sequential,
    };
    let bwd = Entry::Backward { chunked };
    let host = HostRecurrence::new(jit, d, plans, &[fwd, bwd])?;
    let rec = &d.rec;
    let mut given = host.inputs(d, inputs);
    let saved = host.run(fwd, sizes, &refs(&given))?.saved;
    for ((_, o), g) in rec.outputs.iter().zip(out_grads) {
        given.push((
            Buffer::OutputGrad(o.name.clone()),
            RefCell::new(HostBuf::encode(&g.data, o.dtype)),
        ));
    }
    given.extend(saved);
    let out = host.run(bwd, sizes, &refs(&given))?;
    Ok(rec
        .inputs
        .iter()
        .zip(inputs)
        .map(|((_, i), t)| {
            t.as_ref().map(|_| {
                tensor(
                    sizes.shape(&i.dims),
                    take(&out.made, &Buffer::InputGrad(i.name.clone())),
                    i.dtype,
                )
            })
        })
        .collect())
}

/// The host build as a conformance backend: each call plans the kernels for the case's summed
/// sizes (threads and tile as the strategy's), emits them, JIT-compiles those it has not
/// compiled before, and runs the entry point's program.
#[derive(Debug)]
pub struct HostBackend<'c> {
    /// Its kernels, each compiled once.
    pub jit: HostJit<'c>,
    /// The plan's choices overridden (the block scan of the sequential forward, the
    /// backward's atomics, …).
    pub overrides: crate::emit::plan::PlanOverrides,
}

impl<'c> HostBackend<'c> {
    /// The backend with the strategies' default plans.
    pub fn new(mlir: &'c Mlir) -> Self {
        HostBackend {
            jit: HostJit::new(mlir),
            overrides: Default::default(),
        }
    }

    fn plan(
        &self,
        d: &Derived,
        summed: &std::collections::BTreeMap<String, usize>,
    ) -> Result<Plans, LowerError> {
        let plan_one = |d: &Derived| {
            KernelPlan::new(
                d,
                summed,
                crate::strategy::THREADS as usize,
                crate::strategy::TILE as usize,
            )
            .and_then(|p| self.overrides.apply(p))
        };
        let err = |e: crate::emit::plan::PlanError| LowerError::Verify(e.to_string());
        let whole = plan_one(d);
        match staged::split_of(d, &self.overrides, &whole, |p| plan_one(p).is_ok()).map_err(err)? {
            Some(split) => Ok(Plans::Split(Box::new(staged::SplitPlans {
                plans: split
                    .parts
                    .iter()
                    .map(|(_, p)| plan_one(p).map_err(err))
                    .collect::<Result<_, _>>()?,
                split,
            }))),
            None => whole.map(|p| Plans::Whole(Box::new(p))).map_err(err),
        }
    }
}

impl crate::conformance::Backend for HostBackend<'_> {
    type Error = LowerError;

    fn summed_size(&self, _: &Derived, _: &str) -> Option<usize> {
        None
    }

    fn forward(
        &mut self,
        d: &Derived,
        summed: &std::collections::BTreeMap<String, usize>,
        sizes: &Sizes,
        inputs: &[Option<Tensor>],
        pass: Pass,
    ) -> Result<Vec<Tensor>, LowerError> {
        forward(&self.jit, d, &self.plan(d, summed)?, sizes, inputs, pass)
    }

    #[allow(clippy::too_many_arguments)]
    fn step(
        &mut self,
        d: &Derived,
        summed: &std::collections::BTreeMap<String, usize>,
        sizes: &Sizes,
        inputs: &[Option<Tensor>],
        states: &[Tensor],
        batch: bool,
        fold: Option<crate::conformance::Fold<'_>>,
    ) -> Result<(Vec<Tensor>, Vec<Tensor>), LowerError> {
        let plan = self.plan(d, summed)?;
        run_step(&self.jit, d, &plan, sizes, inputs, states, batch, fold)
    }

    fn step_folds(
        &mut self,
        d: &Derived,
        summed: &std::collections::BTreeMap<String, usize>,
    ) -> Result<Vec<String>, LowerError> {
        Ok(match self.plan(d, summed)? {
            Plans::Whole(plan) => d
                .rec
                .inputs
                .iter()
                .filter(|(h, _)| kernel::fold_dim(d, &plan, *h).is_ok())
                .map(|(_, i)| i.name.clone())
                .collect(),
            Plans::Split(_) => Vec::new(),
        })
    }

    fn backward(
        &mut self,
        d: &Derived,
        summed: &std::collections::BTreeMap<String, usize>,
        sizes: &Sizes,
        inputs: &[Option<Tensor>],
        out_grads: &[Tensor],
        chunked: bool,
    ) -> Result<Vec<Option<Tensor>>, LowerError> {
        run_backward(
            &self.jit,
            d,
            &self.plan(d, summed)?,
            sizes,
            inputs,
            out_grads,
            chunked,
        )
    }
}
