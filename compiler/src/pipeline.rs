//! The stage list: source text → syntax tree → checked IR → derivations ([`derive`]) → kernel
//! plan, MLIR, launch programs and PTX with their manifest ([`compile`]). Each stage is a
//! function from one typed artifact to the next; the CLI and tests go through here.

use crate::derive::{self, Derived};
use crate::error::Error;
use crate::ir::Module;
use crate::{check, syntax};

/// A source file loaded for compilation.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Renders errors against this source.
    pub fn render(&self, errors: &[Error], color: bool) -> String {
        crate::diagnostics::render(errors, &self.name, &self.text, color)
    }
}

/// Parse and check: the front end (on a thread with the stack the stages' recursive walks
/// need; see `limits`).
pub fn front_end(src: &Source) -> Result<Module, Vec<Error>> {
    crate::limits::with_stack(|| {
        let file = syntax::parse(&src.text).map_err(|e| vec![Error::from(e)])?;
        check::check(&file)
    })
}

/// A checked file with every recurrence's derivations.
#[derive(Debug, Clone)]
pub struct DerivedModule {
    pub module: Module,
    pub recurrences: Vec<Derived>,
}

impl DerivedModule {
    pub fn recurrence(&self, name: &str) -> Option<&Derived> {
        self.recurrences.iter().find(|d| d.rec.name == name)
    }
}

/// Front end, then derivations (linearity, combine operator, reverse mode).
pub fn derive(src: &Source) -> Result<DerivedModule, Vec<Error>> {
    crate::limits::with_stack(|| derive_here(src))
}

fn derive_here(src: &Source) -> Result<DerivedModule, Vec<Error>> {
    let module = front_end(src)?;
    let mut recurrences = Vec::new();
    let mut errors = Vec::new();
    for r in &module.recurrences {
        match derive::derive(r) {
            Ok(d) => recurrences.push(d),
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(DerivedModule {
            module,
            recurrences,
        })
    } else {
        Err(errors)
    }
}

#[cfg(feature = "mlir")]
pub use compile::{
    CompileError, CompileOptions, Compiled, CompiledKernel, CompiledLayers, compile,
};

#[cfg(feature = "mlir")]
mod compile {
    use std::collections::BTreeMap;
    use std::time::{Duration, Instant};

    use super::{Source, derive};
    use crate::derive::Derived;
    use crate::emit::kernel::{self, BackwardError, Target};
    use crate::emit::lower::LowerError;
    use crate::emit::plan::{KernelPlan, MAX_SHARED_BYTES, PlanError};
    use crate::emit::program;
    use crate::emit::staged;
    use crate::error::Error;
    use crate::manifest::{
        KernelManifest, LayerKernelManifest, LayersManifest, Manifest, RecurrenceManifest, VERSION,
    };
    use crate::strategy::{self, Choice, Device, Request, Strategy, THREADS, TILE};

    /// Options of `linrec compile`.
    #[derive(Debug, Clone, Default)]
    pub struct CompileOptions {
        pub request: Request,
        /// Sizes of summed dims (fixed at compile time), by name.
        pub fixed: BTreeMap<String, usize>,
        /// Sizes of the other dims, when known, for the cost model.
        pub shape: BTreeMap<String, usize>,
        /// Storage dtype of every tensor, overriding the spec's (compute stays f32).
        pub dtype: Option<crate::ir::DType>,
        /// Storage dtype of the tensors (inputs, outputs, states) named, over `dtype` and the
        /// spec's: e.g. parameters kept in f32 while the sequences are bf16.
        pub dtype_of: BTreeMap<String, crate::ir::DType>,
        /// Threads per block and staged tile length, overriding the strategy's defaults.
        pub threads: Option<u32>,
        pub tile: Option<u32>,
        /// The plan's choices overridden (lanes, unroll, block scan, backward clusters).
        pub plan: crate::emit::plan::PlanOverrides,
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct CompiledKernel {
        pub manifest: KernelManifest,
        pub mlir: String,
        pub ptx: String,
    }

    /// The layer kernels of a model file: one module.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CompiledLayers {
        pub mlir: String,
        pub ptx: String,
    }

    /// The artifacts of one file.
    #[derive(Debug, Clone)]
    pub struct Compiled {
        pub manifest: Manifest,
        pub kernels: Vec<CompiledKernel>,
        /// The layer kernels' module (files with a model block).
        pub layers: Option<CompiledLayers>,
        /// Wall time of each stage, in order.
        pub timings: Vec<(String, Duration)>,
        /// What the caller should be told (options that had no effect).
        pub warnings: Vec<String>,
    }

    #[derive(Debug, thiserror::Error)]
    pub enum CompileError {
        #[error("the spec has errors")]
        Source(Vec<Error>),
        #[error(transparent)]
        Plan(#[from] PlanError),
        #[error(transparent)]
        Lower(#[from] LowerError),
        #[error(transparent)]
        Backward(#[from] BackwardError),
        #[error(
            "--dims names `{dim}`, which no recurrence of the file sums over (summed dims: {summed}); --dims fixes summed dims only (give other sizes with --shape)"
        )]
        UnknownDim { dim: String, summed: String },
        #[error(
            "--dtype-of names `{name}`, which is no input, output or state of the file (it has: {known})"
        )]
        UnknownTensor { name: String, known: String },
        #[error(
            "two kernels of the file would be named `{kernel}` (a recurrence's name and another's kernel suffix meet): rename a recurrence or an input"
        )]
        KernelName { kernel: String },
        #[error(
            "--strategy {requested}: in `{recurrence}` the update of `{reader}` reads `{state}`, a state scanned before it (a chain of scans), so its scan runs sequentially; leave --strategy out or pass sequential"
        )]
        ChainStrategy {
            recurrence: String,
            state: String,
            reader: String,
            requested: String,
        },
        #[error(
            "kernel `{kernel}` needs {bytes} bytes of shared memory, more than the {max} a kernel may declare: lower --threads or --tile"
        )]
        SharedMemory {
            kernel: String,
            bytes: usize,
            max: usize,
        },
    }

    /// The whole pipeline: parse, check, derive, choose a strategy, plan threads, emit MLIR
    /// and the launch programs, lower to PTX.
    pub fn compile(src: &Source, opts: &CompileOptions) -> Result<Compiled, CompileError> {
        crate::limits::with_stack(|| compile_here(src, opts))
    }

    fn compile_here(src: &Source, opts: &CompileOptions) -> Result<Compiled, CompileError> {
        opts.plan.check()?;
        let mut timings = Vec::new();
        let t = Instant::now();
        let derived = derive(src).map_err(CompileError::Source)?;
        let warnings = check_dim_names(&derived, opts)?;
        timings.push(("parse, check, derive".to_string(), t.elapsed()));
        let mut recurrences = Vec::new();
        let mut kernels = Vec::new();
        let mut recs: Vec<Derived> = derived
            .recurrences
            .iter()
            .map(|d| {
                opts.dtype
                    .map_or_else(|| d.clone(), |dt| d.with_storage(dt))
            })
            .collect();
        for (name, &dt) in &opts.dtype_of {
            let mut found = false;
            for d in &mut recs {
                found |= d.set_storage_of(name, dt);
            }
            if !found {
                let mut known: Vec<String> = recs.iter().flat_map(|d| d.tensor_names()).collect();
                known.sort();
                known.dedup();
                return Err(CompileError::UnknownTensor {
                    name: name.clone(),
                    known: known.join(", "),
                });
            }
        }
        // Steps that fold in a projection the file's model feeds an input from.
        let names: Vec<&str> = recs.iter().map(|d| d.rec.name.as_str()).collect();
        let folds = crate::emit::folds::model_folds(&derived.module.models, &names);
        for d in &recs {
            let whole = plan_of(d, opts, THREADS as usize, TILE as usize);
            let plans = |p: &Derived| plan_of(p, opts, THREADS as usize, TILE as usize).is_ok();
            match staged::split_of(d, &opts.plan, &whole, plans)? {
                None => {
                    let fold: Vec<&str> = folds
                        .iter()
                        .filter(|(r, _)| *r == d.rec.name)
                        .map(|(_, i)| i.as_str())
                        .collect();
                    let (ks, m) = compile_recurrence(d, opts, &fold, &mut timings)?;
                    kernels.extend(ks);
                    recurrences.push(m);
                }
                Some(split) => {
                    let mut part_kernels = Vec::new();
                    let mut manifests = Vec::new();
                    for (_, part) in &split.parts {
                        let (ks, m) = compile_recurrence(part, opts, &[], &mut timings)?;
                        part_kernels.extend(ks);
                        manifests.push(m);
                    }
                    let merged = staged::merge(d, &split, manifests);
                    for mut k in part_kernels {
                        staged::rename_kernel(&split, &mut k.manifest);
                        if merged.kernel(&k.manifest.name).is_some() {
                            kernels.push(k);
                        }
                    }
                    recurrences.push(merged);
                }
            }
        }
        // Kernel names must be unique in a file (one PTX file and one manifest entry each).
        let mut names = std::collections::HashSet::new();
        for k in &kernels {
            if !names.insert(k.manifest.name.as_str()) {
                return Err(CompileError::KernelName {
                    kernel: k.manifest.name.clone(),
                });
            }
        }
        let mut layers = None;
        let mut layers_manifest = None;
        if !derived.module.models.is_empty() {
            let ks = crate::emit::layers::kernels();
            let text = crate::emit::layers::module_text(&ks);
            layers_manifest = Some(LayersManifest {
                ptx: "layers.ptx".into(),
                kernels: ks
                    .iter()
                    .map(|k| LayerKernelManifest {
                        name: k.name.clone(),
                        params: k.params.clone(),
                    })
                    .collect(),
                threads: crate::emit::layers::LAYER_THREADS,
                norm_lanes: crate::emit::layers::NORM_LANES,
                dependent: true,
            });
            layers = Some(CompiledLayers {
                mlir: text,
                ptx: String::new(),
            });
        }
        // Every module to PTX, in parallel (the wall times overlap).
        let t = Instant::now();
        let texts: Vec<&str> = kernels
            .iter()
            .map(|k| k.mlir.as_str())
            .chain(layers.iter().map(|l| l.mlir.as_str()))
            .collect();
        let lowered = crate::emit::lower::to_ptx_all(&texts);
        let names: Vec<String> = kernels
            .iter()
            .map(|k| k.manifest.name.clone())
            .chain(layers.iter().map(|_| "layer kernels".to_string()))
            .collect();
        let mut ptxs = Vec::new();
        for (name, (ptx, took)) in names.into_iter().zip(lowered) {
            timings.push((format!("{name}: lower to PTX"), took));
            ptxs.push(ptx?);
        }
        timings.push(("lower every module (in parallel)".to_string(), t.elapsed()));
        let mut ptxs = ptxs.into_iter();
        for k in &mut kernels {
            k.ptx = ptxs.next().expect("one PTX per kernel");
        }
        if let Some(l) = &mut layers {
            l.ptx = ptxs.next().expect("the layers' PTX");
        }
        Ok(Compiled {
            manifest: Manifest {
                version: VERSION,
                source: src.name.clone(),
                recurrences,
                layers: layers_manifest,
            },
            kernels,
            layers,
            timings,
            warnings,
        })
    }

    /// One recurrence's kernels and manifest entry: its strategy, plan, kernels (MLIR, lowered
    /// later with the file's others) and programs; `folds`: inputs whose projection a step may
    /// fold in (those the plan allows get their step kernels).
    fn compile_recurrence(
        d: &Derived,
        opts: &CompileOptions,
        folds: &[&str],
        timings: &mut Vec<(String, Duration)>,
    ) -> Result<(Vec<CompiledKernel>, RecurrenceManifest), CompileError> {
        let mut kernels = Vec::new();
        let t = Instant::now();
        let (request, mut choice) = match d.chain_readers().first() {
            None => (opts.request, choose(d, opts)),
            Some((s, readers)) => {
                strategy::chain_choice(opts.request).ok_or_else(|| CompileError::ChainStrategy {
                    recurrence: d.rec.name.clone(),
                    state: d.rec.states[*s].name.clone(),
                    reader: d.rec.states[readers[0]].name.clone(),
                    requested: format!("{:?}", opts.request).to_lowercase(),
                })?
            }
        };
        match &mut choice.strategy {
            Strategy::Sequential { threads, tile } | Strategy::Chunked { threads, tile, .. } => {
                *threads = opts.threads.unwrap_or(*threads);
                *tile = opts.tile.unwrap_or(*tile);
            }
            Strategy::Block { .. } => {}
        }
        // The block scan's own geometry leaves the other kernels' at the defaults.
        let (threads, tile) = match choice.strategy {
            Strategy::Sequential { threads, tile } | Strategy::Chunked { threads, tile, .. } => {
                (threads as usize, tile as usize)
            }
            Strategy::Block { .. } => (
                opts.threads.map_or(THREADS as usize, |t| t as usize),
                opts.tile.map_or(TILE as usize, |t| t as usize),
            ),
        };
        let plan = plan_of(d, opts, threads, tile)?;
        // At a geometry the user chose, rows left unstaged are an error: the flags asked
        // for a tile that cannot be held.
        if plan.unstaged > 0 && (opts.threads.is_some() || opts.tile.is_some()) {
            return Err(CompileError::SharedMemory {
                kernel: format!("{}_fwd", d.rec.name),
                bytes: plan.staging_bytes_wanted,
                max: MAX_SHARED_BYTES,
            });
        }
        timings.push((format!("{}: strategy and plan", d.rec.name), t.elapsed()));
        let t = Instant::now();
        let (mut all, routes) = kernel::emit_all(d, &plan, Target::Gpu)?;
        let folds: Vec<_> = folds
            .iter()
            .filter_map(|n| d.rec.input_by_name(n))
            .filter(|&i| kernel::fold_dim(d, &plan, i).is_ok())
            .collect();
        all.extend(kernel::emit_step_folds(d, &plan, Target::Gpu, &folds));
        if let Some(k) = all.iter().find(|k| k.shared_bytes > MAX_SHARED_BYTES) {
            return Err(CompileError::SharedMemory {
                kernel: k.name.clone(),
                bytes: k.shared_bytes,
                max: MAX_SHARED_BYTES,
            });
        }
        timings.push((format!("{}: emit every kernel", d.rec.name), t.elapsed()));
        let mut entries = Vec::new();
        for k in all {
            let t = Instant::now();
            let text = kernel::module_text(std::slice::from_ref(&k), Target::Gpu);
            timings.push((format!("{}: emit MLIR", k.name), t.elapsed()));
            let manifest = program::kernel_manifest(d, &k);
            entries.push(manifest.clone());
            // Lowered below, with every other module of the file.
            kernels.push(CompiledKernel {
                manifest,
                mlir: text,
                ptx: String::new(),
            });
        }
        let manifest = program::recurrence_manifest(d, &plan, choice, request, entries, &routes);
        Ok((kernels, manifest))
    }

    /// That every `--dims` entry naming a dim of the file names a summed one; entries naming
    /// no dim of the file at all are returned (warned about: one list may serve many files).
    fn check_dim_names(
        derived: &super::DerivedModule,
        opts: &CompileOptions,
    ) -> Result<Vec<String>, CompileError> {
        let summed: Vec<String> = derived
            .recurrences
            .iter()
            .flat_map(crate::conformance::summed_dims)
            .collect();
        let mut warnings = Vec::new();
        for name in opts.fixed.keys() {
            let anywhere = derived
                .recurrences
                .iter()
                .any(|d| d.rec.dim_by_name(name).is_some());
            if !anywhere {
                warnings.push(format!(
                    "--dims {name}: no recurrence of the file has a dimension `{name}`; ignored"
                ));
            } else if !summed.contains(name) {
                return Err(CompileError::UnknownDim {
                    dim: name.clone(),
                    summed: if summed.is_empty() {
                        "none".into()
                    } else {
                        summed.join(", ")
                    },
                });
            }
        }
        Ok(warnings)
    }

    /// The kernel plan with the options' overrides.
    fn plan_of(
        d: &Derived,
        opts: &CompileOptions,
        threads: usize,
        tile: usize,
    ) -> Result<KernelPlan, PlanError> {
        opts.plan
            .apply(KernelPlan::new(d, &opts.fixed, threads, tile)?)
    }

    fn choose(d: &Derived, opts: &CompileOptions) -> Choice {
        // The plan the kernels will have (it does not depend on the strategy); without one the
        // compile fails right after, at its own plan.
        let shape = KernelPlan::new(d, &opts.fixed, THREADS as usize, TILE as usize)
            .ok()
            .and_then(|p| {
                let p = opts
                    .plan
                    .lanes
                    .map_or(p.clone(), |l| p.with_lanes(l as usize));
                p.cost_shape(&d.rec, |n| opts.shape.get(n).or(opts.fixed.get(n)).copied())
            });
        strategy::choose(opts.request, shape, Device::default())
    }
}
