//! The stage list: source text to checked IR. Each stage is a function from one typed artifact
//! to the next; the CLI and tests go through here.

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

/// Parse and check: the front end.
pub fn front_end(src: &Source) -> Result<Module, Vec<Error>> {
    let file = syntax::parse(&src.text).map_err(|e| vec![e])?;
    check::check(&file)
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
    use crate::emit::kernel::{
        self, BackwardError, CHECKPOINT, GradRoute, Kernel, KernelKind, Param, Target,
    };
    use crate::emit::lower::{LowerError, Mlir};
    use crate::emit::plan::{KernelPlan, PlanError};
    use crate::error::Error;
    use crate::ir::OutputKind;
    use crate::manifest::{
        DimManifest, GradRouteManifest, KernelManifest, LayersManifest, Manifest, ParamManifest,
        RecurrenceManifest, TensorManifest,
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
        /// Threads per block and staged tile length, overriding the strategy's defaults.
        pub threads: Option<u32>,
        pub tile: Option<u32>,
        /// Threads per outer point, overriding the plan's (1 turns the split off).
        pub lanes: Option<u32>,
        /// Steps whose reads are issued together, overriding the plan's.
        pub unroll: Option<u32>,
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
    }

    /// The whole pipeline: parse, check, derive, choose a strategy, plan threads, emit MLIR,
    /// lower to PTX.
    pub fn compile(src: &Source, opts: &CompileOptions) -> Result<Compiled, CompileError> {
        let mut timings = Vec::new();
        let t = Instant::now();
        let derived = derive(src).map_err(CompileError::Source)?;
        timings.push(("parse, check, derive".to_string(), t.elapsed()));
        let mlir = Mlir::new();
        let mut recurrences = Vec::new();
        let mut kernels = Vec::new();
        let recs: Vec<Derived> = derived
            .recurrences
            .iter()
            .map(|d| {
                opts.dtype
                    .map_or_else(|| d.clone(), |dt| d.with_storage(dt))
            })
            .collect();
        for d in &recs {
            let t = Instant::now();
            let mut choice = choose(d, opts);
            match &mut choice.strategy {
                Strategy::Sequential { threads, tile }
                | Strategy::Chunked { threads, tile, .. } => {
                    *threads = opts.threads.unwrap_or(*threads);
                    *tile = opts.tile.unwrap_or(*tile);
                }
            }
            let (threads, tile) = match choice.strategy {
                Strategy::Sequential { threads, tile }
                | Strategy::Chunked { threads, tile, .. } => (threads as usize, tile as usize),
            };
            let mut plan = KernelPlan::new(d, &opts.fixed, threads, tile)?;
            if let Some(l) = opts.lanes {
                plan = plan.with_lanes(l as usize);
            }
            if let Some(u) = opts.unroll {
                plan = plan.with_unroll(u as usize);
            }
            timings.push((format!("{}: strategy and plan", d.rec.name), t.elapsed()));
            let mut entries = Vec::new();
            let t = Instant::now();
            let bw = kernel::emit_backward(d, &plan, Target::Gpu)?;
            let mut all: Vec<Kernel> = [
                KernelKind::Forward,
                KernelKind::Step,
                KernelKind::ChunkReduce,
                KernelKind::ChunkApply,
            ]
            .into_iter()
            .map(|kind| kernel::emit(d, &plan, Target::Gpu, kind))
            .collect();
            all.insert(3, kernel::emit_chunk_carry(d, &plan, Target::Gpu));
            all.push(bw.backward.clone());
            all.extend(bw.reduces.iter().map(|(_, k)| k.clone()));
            timings.push((format!("{}: emit every kernel", d.rec.name), t.elapsed()));
            for k in all {
                let t = Instant::now();
                let text = kernel::module_text(std::slice::from_ref(&k), Target::Gpu);
                mlir.parse(&text)?;
                timings.push((format!("{}: emit + verify MLIR", k.name), t.elapsed()));
                let t = Instant::now();
                let ptx = mlir.to_ptx(&text)?;
                timings.push((format!("{}: lower to PTX", k.name), t.elapsed()));
                let manifest = kernel_manifest(d, &k);
                entries.push(manifest.clone());
                kernels.push(CompiledKernel {
                    manifest,
                    mlir: text,
                    ptx,
                });
            }
            let routes = bw
                .routes
                .iter()
                .map(|&(h, r)| GradRouteManifest {
                    input: d.rec.inputs[h].name.clone(),
                    route: match r {
                        GradRoute::Direct => "direct",
                        GradRoute::Partial => "partial",
                    }
                    .into(),
                })
                .collect();
            recurrences.push(recurrence_manifest(
                d,
                &plan,
                choice,
                opts.request,
                entries,
                routes,
            ));
        }
        let mut layers = None;
        let mut layers_manifest = None;
        if !derived.module.models.is_empty() {
            let t = Instant::now();
            let ks = crate::emit::layers::kernels();
            let text = crate::emit::layers::module_text(&ks);
            let ptx = mlir.to_ptx(&text)?;
            timings.push((
                "layer kernels: emit + lower to PTX".to_string(),
                t.elapsed(),
            ));
            layers_manifest = Some(LayersManifest {
                ptx: "layers.ptx".into(),
                kernels: ks.iter().map(|k| k.name.clone()).collect(),
                threads: crate::emit::layers::LAYER_THREADS,
                norm_lanes: crate::emit::layers::NORM_LANES,
            });
            layers = Some(CompiledLayers { mlir: text, ptx });
        }
        Ok(Compiled {
            manifest: Manifest {
                version: 1,
                source: src.name.clone(),
                recurrences,
                layers: layers_manifest,
            },
            kernels,
            layers,
            timings,
        })
    }

    fn choose(d: &Derived, opts: &CompileOptions) -> Choice {
        // The plan the kernels will have (it does not depend on the strategy); without one the
        // compile fails right after, at its own plan.
        let shape = KernelPlan::new(d, &opts.fixed, THREADS as usize, TILE as usize)
            .ok()
            .and_then(|p| {
                let p = opts.lanes.map_or(p.clone(), |l| p.with_lanes(l as usize));
                p.cost_shape(&d.rec, |n| opts.shape.get(n).or(opts.fixed.get(n)).copied())
            });
        strategy::choose(opts.request, shape, Device::default())
    }

    fn kernel_manifest(d: &Derived, k: &Kernel) -> KernelManifest {
        let rec = &d.rec;
        KernelManifest {
            name: k.name.clone(),
            kind: match k.kind {
                KernelKind::Forward => "forward",
                KernelKind::Step => "step",
                KernelKind::Backward => "backward",
                KernelKind::Reduce => "reduce",
                KernelKind::ChunkReduce => "chunk_reduce",
                KernelKind::ChunkCarry => "chunk_carry",
                KernelKind::ChunkApply => "chunk_apply",
            }
            .into(),
            ptx: format!("{}.ptx", k.name),
            params: k
                .params
                .iter()
                .map(|p| match p {
                    Param::Input(h) => ParamManifest::Input(rec.inputs[*h].name.clone()),
                    Param::Output(h) => ParamManifest::Output(rec.outputs[*h].name.clone()),
                    Param::State(h) => ParamManifest::State(rec.states[*h].name.clone()),
                    Param::Size(h) => ParamManifest::Size(rec.dims[*h].name.clone()),
                    Param::OutputGrad(h) => ParamManifest::OutputGrad(rec.outputs[*h].name.clone()),
                    Param::Checkpoint(h) => ParamManifest::Checkpoint(rec.states[*h].name.clone()),
                    Param::Scratch(h) => ParamManifest::Scratch(rec.states[*h].name.clone()),
                    Param::InputGrad(h) => ParamManifest::InputGrad(rec.inputs[*h].name.clone()),
                    Param::Partial(h) => ParamManifest::Partial(rec.inputs[*h].name.clone()),
                    Param::AggA(h) => ParamManifest::AggA(rec.states[*h].name.clone()),
                    Param::AggB(h) => ParamManifest::AggB(rec.states[*h].name.clone()),
                    Param::Carry(h) => ParamManifest::Carry(rec.states[*h].name.clone()),
                })
                .collect(),
            threads: k.threads as u32,
            shared_bytes: k.shared_bytes as u32,
            lanes: k.lanes as u32,
            grid_over_input: k.params.iter().find_map(|p| match (k.kind, p) {
                (KernelKind::Reduce, Param::Partial(h)) => Some(rec.inputs[*h].name.clone()),
                _ => None,
            }),
            grid_over_chunks: matches!(k.kind, KernelKind::ChunkReduce | KernelKind::ChunkApply),
        }
    }

    fn recurrence_manifest(
        d: &Derived,
        plan: &KernelPlan,
        strategy: Choice,
        strategy_request: Request,
        kernels: Vec<KernelManifest>,
        grad_routes: Vec<GradRouteManifest>,
    ) -> RecurrenceManifest {
        let rec = &d.rec;
        let names = |dims: &[crate::ir::Handle<crate::ir::Dim>]| {
            dims.iter()
                .map(|&x| rec.dims[x].name.clone())
                .collect::<Vec<_>>()
        };
        RecurrenceManifest {
            name: rec.name.clone(),
            scan_dim: rec.dims[rec.scan].name.clone(),
            dims: rec
                .dims
                .iter()
                .map(|(h, dim)| DimManifest {
                    name: dim.name.clone(),
                    fixed: plan.reduced_size(h).map(|s| s as u64),
                    outer: plan.outer.contains(&h),
                })
                .collect(),
            inputs: rec
                .inputs
                .iter()
                .map(|(_, i)| TensorManifest {
                    name: i.name.clone(),
                    dtype: i.dtype.name().into(),
                    dims: names(&i.dims),
                    optional: i.optional,
                    kind: None,
                })
                .collect(),
            outputs: rec
                .outputs
                .iter()
                .map(|(_, o)| TensorManifest {
                    name: o.name.clone(),
                    dtype: o.dtype.name().into(),
                    dims: names(&o.dims),
                    optional: false,
                    kind: Some(
                        match o.kind {
                            OutputKind::PerStep => "per_step",
                            OutputKind::Final => "final",
                        }
                        .into(),
                    ),
                })
                .collect(),
            states: rec
                .states
                .iter()
                .map(|(_, s)| TensorManifest {
                    name: s.name.clone(),
                    dtype: s.dtype.name().into(),
                    dims: names(&s.dims),
                    optional: false,
                    kind: None,
                })
                .collect(),
            strategy,
            strategy_request,
            kernels,
            saved_for_backward: d
                .backward
                .save
                .checkpointed
                .iter()
                .map(|&s| rec.states[s].name.clone())
                .collect(),
            backward_reads: d
                .backward
                .save
                .inputs_read
                .iter()
                .map(|&i| rec.inputs[i].name.clone())
                .collect(),
            checkpoint_interval: CHECKPOINT as u32,
            chunk: plan.chunk as u32,
            grad_routes,
        }
    }
}
