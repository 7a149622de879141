//! The launch programs of a recurrence and the manifest entries of its kernels: what the
//! runtime and the host verifier execute (`manifest::exec`) to run the kernels this module's
//! siblings emit — per entry point, which buffers go in and out, the workspaces and their
//! sizes, and the launches in order with their grids.

use super::kernel::{Kernel, Param as KParam, Target, reduce_name};
use super::plan::{BackwardWalk, KernelPlan};
use crate::derive::Derived;
use crate::ir::{Dim, Handle, Input, OutputKind};
use crate::manifest::{
    Buffer, DimManifest, Factor, GradRoute, GradRouteManifest, Grid, KernelKind, KernelManifest,
    Launch, Param, Program, Programs, RecurrenceManifest, Size, SliceBound, StepFold, Strategies,
    TensorManifest, Workspace,
};
use crate::strategy::{CHECKPOINT, Choice, Request, SEGMENT};

/// The manifest entry of an emitted kernel.
pub fn kernel_manifest(d: &Derived, k: &Kernel) -> KernelManifest {
    let rec = &d.rec;
    KernelManifest {
        name: k.name.clone(),
        kind: k.kind,
        ptx: format!("{}.ptx", k.name),
        params: k
            .params
            .iter()
            .map(|p| match *p {
                KParam::Size(h) => Param::Size(rec.dims[h].name.clone()),
                KParam::Input(h) => Param::Buffer(Buffer::Input(rec.inputs[h].name.clone())),
                KParam::Output(h) => Param::Buffer(Buffer::Output(rec.outputs[h].name.clone())),
                KParam::State(h) => Param::Buffer(Buffer::State(rec.states[h].name.clone())),
                KParam::StateNext(h) => {
                    Param::Buffer(Buffer::StateNext(rec.states[h].name.clone()))
                }
                KParam::OutputGrad(h) => {
                    Param::Buffer(Buffer::OutputGrad(rec.outputs[h].name.clone()))
                }
                KParam::Checkpoint(h) => {
                    Param::Buffer(Buffer::Checkpoint(rec.states[h].name.clone()))
                }
                KParam::Scratch(h) => Param::Buffer(Buffer::Scratch(rec.states[h].name.clone())),
                KParam::InputGrad(h) => {
                    Param::Buffer(Buffer::InputGrad(rec.inputs[h].name.clone()))
                }
                KParam::Partial(h) => Param::Buffer(Buffer::Partial(rec.inputs[h].name.clone())),
                KParam::AggA(h) => Param::Buffer(Buffer::AggA(rec.states[h].name.clone())),
                KParam::AggB(h) => Param::Buffer(Buffer::AggB(rec.states[h].name.clone())),
                KParam::Carry(h) => Param::Buffer(Buffer::Carry(rec.states[h].name.clone())),
                KParam::SegmentSums(h) => {
                    Param::Buffer(Buffer::SegmentSums(rec.states[h].name.clone()))
                }
                KParam::SegmentCarries(h) => {
                    Param::Buffer(Buffer::SegmentCarries(rec.states[h].name.clone()))
                }
                KParam::SliceFirst => Param::Slice(SliceBound::First),
                KParam::SliceSteps => Param::Slice(SliceBound::Steps),
                KParam::SliceCarry => Param::Buffer(Buffer::SliceCarry(rec.name.clone())),
                KParam::FoldRows(h) => Param::Buffer(Buffer::FoldRows(rec.inputs[h].name.clone())),
                KParam::FoldWeight(h) => {
                    Param::Buffer(Buffer::FoldWeight(rec.inputs[h].name.clone()))
                }
                KParam::FoldBias(h) => Param::Buffer(Buffer::FoldBias(rec.inputs[h].name.clone())),
                KParam::FoldRank(h) => Param::FoldRank(rec.inputs[h].name.clone()),
            })
            .collect(),
        threads: k.threads as u32,
        shared_bytes: k.shared_bytes as u32,
        lanes: k.lanes as u32,
        cluster: k.cluster as u32,
        atomics: k.atomics,
        dependent: k.kind.dependent_launch(),
        fold: k.params.iter().find_map(|p| match *p {
            KParam::FoldRank(h) => Some(rec.inputs[h].name.clone()),
            _ => None,
        }),
    }
}

/// The name of a recurrence's kernel of `kind` (reduce kernels: [`reduce_name`]).
pub fn kernel_name(d: &Derived, kind: KernelKind) -> String {
    format!("{}_{}", d.rec.name, kind.suffix())
}

/// How the backward kernel maps onto threads, as its workspaces depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackwardMapping {
    /// Outer points one block covers.
    pub per_block: u64,
    pub lanes: usize,
    /// Blocks per cluster (their gradient tiles are added together before they leave).
    pub cluster: u64,
    /// Whether blocks add their gradient tiles with atomics (one sum per element).
    pub atomics: bool,
}

impl BackwardMapping {
    /// The mapping of a backward kernel's manifest entry.
    pub fn of(k: &KernelManifest) -> BackwardMapping {
        BackwardMapping {
            per_block: k.units_per_block(),
            lanes: k.lanes.max(1) as usize,
            cluster: u64::from(k.cluster.max(1)),
            atomics: k.atomics,
        }
    }

    /// The mapping the GPU backward's `walk` of `d` gets under `plan`.
    pub fn gpu(d: &Derived, plan: &KernelPlan, walk: BackwardWalk) -> BackwardMapping {
        let b = super::kernel::backward_gpu_plan(d, plan, walk);
        let (routes, _) = super::kernel::backward_routes(d, plan);
        let routes = match walk {
            BackwardWalk::Whole => routes,
            BackwardWalk::Segments => super::kernel::segment_routes(d, &routes),
        };
        BackwardMapping {
            per_block: (b.threads / b.lanes) as u64,
            lanes: b.lanes,
            cluster: super::kernel::backward_cluster(&b, &routes, Target::Gpu) as u64,
            atomics: super::kernel::backward_atomics(&b, &routes),
        }
    }
}

/// The thread mappings of the backward's two walks (they size its workspaces).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackwardMappings {
    pub whole: BackwardMapping,
    pub segments: BackwardMapping,
}

impl BackwardMappings {
    /// The mappings the GPU backward of `d` gets under `plan`.
    pub fn gpu(d: &Derived, plan: &KernelPlan) -> BackwardMappings {
        BackwardMappings {
            whole: BackwardMapping::gpu(d, plan, BackwardWalk::Whole),
            segments: BackwardMapping::gpu(d, plan, BackwardWalk::Segments),
        }
    }

    /// The mappings of a recurrence's kernels' manifest entries (the whole walk's for both
    /// where it has no segmented walk; one lane and thread where it has no backward).
    pub fn of(kernels: &[KernelManifest]) -> BackwardMappings {
        let find = |kind| {
            kernels
                .iter()
                .find(|k| k.kind == kind)
                .map(BackwardMapping::of)
        };
        let whole = find(KernelKind::Backward).unwrap_or(BackwardMapping {
            per_block: 1,
            lanes: 1,
            cluster: 1,
            atomics: false,
        });
        BackwardMappings {
            whole,
            segments: find(KernelKind::BackwardSegment).unwrap_or(whole),
        }
    }
}

/// Every entry point's program; `mappings`: the backward walks' thread mappings (they size
/// the backward's workspaces); `folds`: the inputs with a step that folds their projection in.
pub fn programs(
    d: &Derived,
    plan: &KernelPlan,
    routes: &[(Handle<Input>, GradRoute)],
    mappings: BackwardMappings,
    folds: &[Handle<Input>],
) -> Programs {
    let rec = &d.rec;
    let name = |h: Handle<Dim>| rec.dims[h].name.clone();
    let scan = name(rec.scan);
    let single = plan.single_lane();
    let outer = Size(plan.outer.iter().map(|&h| Factor::Dim(name(h))).collect());
    let over_outer = Grid {
        units: outer.clone(),
        times: Size::default(),
    };
    let chunks = Factor::CeilDiv {
        dim: scan.clone(),
        by: plan.chunk as u64,
    };
    // The forward's blocks tile one dim where they stage rows they share (one row of blocks
    // per coordinate of the other outer dims), else the outer points.
    // Blocks along `g`: one row of them per coordinate of the other outer dims.
    let grid_along = |g: Handle<Dim>| Grid {
        units: Size(vec![Factor::Dim(name(g))]),
        times: Size(
            plan.outer
                .iter()
                .filter(|&&o| o != g)
                .map(|&o| Factor::Dim(name(o)))
                .collect(),
        ),
    };
    let forward_grid = super::kernel::forward_along(d, plan).map_or(over_outer.clone(), grid_along);
    let over_chunks = Grid {
        units: forward_grid.units.clone(),
        times: forward_grid.times.clone().times(chunks),
    };
    let launch = |kind: KernelKind, grid: &Grid| Launch {
        kernel: kernel_name(d, kind),
        grid: grid.clone(),
        per_slice: false,
    };
    let inputs: Vec<Buffer> = rec
        .inputs
        .iter()
        .map(|(_, i)| Buffer::Input(i.name.clone()))
        .collect();
    let outputs: Vec<Buffer> = rec
        .outputs
        .iter()
        .map(|(_, o)| Buffer::Output(o.name.clone()))
        .collect();
    let states = || rec.states.iter().map(|(_, s)| s);
    let checkpoints: Vec<Buffer> = states()
        .map(|s| Buffer::Checkpoint(s.name.clone()))
        .collect();
    // ceil(L / CHECKPOINT) states.
    let saves: Vec<Workspace> = states()
        .map(|s| Workspace {
            buffer: Buffer::Checkpoint(s.name.clone()),
            elems: Size::dims(s.dims.iter().map(|&h| &rec.dims[h].name)).times(Factor::CeilDiv {
                dim: scan.clone(),
                by: u64::from(CHECKPOINT),
            }),
            zeroed: false,
        })
        .collect();
    // Chunk aggregates and carries: `[chunk][state point][outer point]`.
    // (A coupled state's AggA holds its row of the group's matrix: K values per point.)
    let chunk_work: Vec<Workspace> = rec
        .states
        .iter()
        .flat_map(|(h, s)| {
            let elems = outer
                .clone()
                .times(Factor::Const(single.points(&s.dims) as u64))
                .times(Factor::CeilDiv {
                    dim: scan.clone(),
                    by: plan.chunk as u64,
                });
            let k = d.group_of(h).len() as u64;
            [
                (Buffer::AggA(s.name.clone()), k),
                (Buffer::AggB(s.name.clone()), 1),
                (Buffer::Carry(s.name.clone()), 1),
            ]
            .map(|(buffer, k)| Workspace {
                buffer,
                elems: if k > 1 {
                    elems.clone().times(Factor::Const(k))
                } else {
                    elems.clone()
                },
                zeroed: false,
            })
        })
        .collect();
    let sequential = |saving: bool| Program {
        takes: inputs.clone(),
        makes: outputs.clone(),
        saves: if saving { saves.clone() } else { Vec::new() },
        null: if saving {
            Vec::new()
        } else {
            checkpoints.clone()
        },
        launches: vec![launch(KernelKind::Forward, &forward_grid)],
        ..Program::default()
    };
    // The block scan: one block per scan.
    let block = |saving: bool| {
        plan.block_alt.map(|_| Program {
            launches: vec![launch(KernelKind::BlockScan, &over_outer)],
            ..sequential(saving)
        })
    };
    // The same, prefetching a turn ahead, where the recurrence has that variant.
    let ahead = plan.block_ahead(rec);
    let block_ahead = |saving: bool| {
        block(saving).filter(|_| ahead).map(|p| Program {
            launches: vec![launch(KernelKind::BlockScanAhead, &over_outer)],
            ..p
        })
    };
    let chunked = |saving: bool| Program {
        workspaces: chunk_work.clone(),
        launches: vec![
            launch(KernelKind::ChunkReduce, &over_chunks),
            launch(KernelKind::ChunkCarry, &over_outer),
            launch(KernelKind::ChunkApply, &over_chunks),
        ],
        ..sequential(saving)
    };
    let step_launches = |kind: KernelKind| -> Vec<Launch> {
        std::iter::once(kind)
            .chain(super::kernel::step_commits(d, plan).then_some(KernelKind::StepCommit))
            .map(|k| launch(k, &over_outer))
            .collect()
    };
    let step = Program {
        takes: inputs
            .iter()
            .cloned()
            .chain(states().map(|s| Buffer::State(s.name.clone())))
            .collect(),
        makes: rec
            .outputs
            .iter()
            .filter(|(_, o)| o.kind == OutputKind::PerStep)
            .map(|(_, o)| Buffer::Output(o.name.clone()))
            .collect(),
        scan_len: Some(1),
        workspaces: states()
            .filter(|s| super::kernel::shared_state(plan, s))
            .map(|s| Workspace {
                buffer: Buffer::StateNext(s.name.clone()),
                elems: Size::dims(s.dims.iter().map(|&h| &rec.dims[h].name)),
                zeroed: false,
            })
            .collect(),
        launches: step_launches(KernelKind::Step),
        ..Program::default()
    };
    // The same with the batch step kernel, where there is one.
    let step_batch = super::kernel::batch_step_plan(plan).map(|_| Program {
        launches: step_launches(KernelKind::StepBatch),
        ..step.clone()
    });
    // The steps with a projection folded in: its rows, weight and bias (where it has one)
    // instead of the input (passed as null), the fold's kernel instead of the step's.
    let step_folds = folds
        .iter()
        .map(|&i| {
            let input = rec.inputs[i].name.clone();
            let fold = |base: &Program, kind: KernelKind| {
                let mut launches = base.launches.clone();
                launches[0].kernel = super::kernel::fold_kernel_name(rec, kind, i);
                Program {
                    takes: base
                        .takes
                        .iter()
                        .filter(|b| **b != Buffer::Input(input.clone()))
                        .cloned()
                        .chain([
                            Buffer::FoldRows(input.clone()),
                            Buffer::FoldWeight(input.clone()),
                            Buffer::FoldBias(input.clone()),
                        ])
                        .collect(),
                    null: vec![Buffer::Input(input.clone())],
                    launches,
                    ..base.clone()
                }
            };
            StepFold {
                input: input.clone(),
                step: fold(&step, KernelKind::Step),
                step_batch: step_batch.as_ref().map(|b| fold(b, KernelKind::StepBatch)),
            }
        })
        .collect();
    // The backward: per thread the states entering the groups of one stretch; partial gradients per
    // thread (`[outer point][reduced point][step if a sequence]`) or per block along the
    // blocks' dim (`[block][element]`), then each partial's reduce kernel. Its blocks run
    // along that dim, one row of them per coordinate of the other outer dims.
    let (_, along) = super::kernel::backward_routes(d, plan);
    let backward_grid = along.map_or(over_outer.clone(), grid_along);
    let per_segment = Factor::CeilDiv {
        dim: scan.clone(),
        by: u64::from(SEGMENT),
    };
    let backward_program = |segmented: bool| {
        let (walk, backward) = if segmented {
            (BackwardWalk::Segments, mappings.segments)
        } else {
            (BackwardWalk::Whole, mappings.whole)
        };
        // Partials of block-summed gradients: one per cluster of blocks along the dim.
        let backward_per_block = backward.per_block * backward.cluster;
        let group = super::kernel::backward_group(d, plan, backward.lanes);
        let routes: Vec<(Handle<Input>, GradRoute)> = if segmented {
            super::kernel::segment_routes(d, routes)
        } else {
            routes.to_vec()
        };
        let segments = |size: Size| {
            if segmented {
                size.times(per_segment.clone())
            } else {
                size
            }
        };
        let mut workspaces: Vec<Workspace> = states()
            .map(|s| Workspace {
                buffer: Buffer::Scratch(s.name.clone()),
                elems: segments(outer.clone().times(Factor::Const(
                    (CHECKPOINT as usize).div_ceil(group) as u64 * single.points(&s.dims) as u64,
                ))),
                zeroed: false,
            })
            .collect();
        let walk_grid = Grid {
            units: backward_grid.units.clone(),
            times: segments(backward_grid.times.clone()),
        };
        let mut launches = Vec::new();
        let mut carry = None;
        if segmented {
            // Planes per state point: sums (G, a row of P, a row of the first step's matrix),
            // carries (g, a row of a'); a row is one value for a diagonal state.
            for (h, s) in rec.states.iter() {
                let k = d.group_of(h).len() as u64;
                let elems = outer
                    .clone()
                    .times(Factor::Const(single.points(&s.dims) as u64))
                    .times(per_segment.clone());
                workspaces.push(Workspace {
                    buffer: Buffer::SegmentSums(s.name.clone()),
                    elems: elems.clone().times(Factor::Const(1 + 2 * k)),
                    zeroed: false,
                });
                workspaces.push(Workspace {
                    buffer: Buffer::SegmentCarries(s.name.clone()),
                    elems: elems.times(Factor::Const(1 + k)),
                    zeroed: false,
                });
            }
            launches.push(launch(KernelKind::BackwardSum, &walk_grid));
            let over_points = Grid {
                units: outer.clone(),
                times: Size(vec![Factor::Const(
                    super::kernel::carry_points(d, plan) as u64
                )]),
            };
            // (A stateless recurrence, a pre-pass, has no adjoint to carry.)
            if super::kernel::carry_points(d, plan) > 0 {
                launches.push(launch(KernelKind::BackwardCarry, &over_points));
            }
            launches.push(launch(KernelKind::BackwardSegment, &walk_grid));
        } else {
            // Walked in slices: each thread carries its long-lived values between them.
            let slots = super::kernel::backward_slots(
                d,
                &KernelPlan {
                    lanes: backward.lanes,
                    ..plan.clone()
                },
            );
            carry = Some(Workspace {
                buffer: Buffer::SliceCarry(rec.name.clone()),
                elems: outer
                    .clone()
                    .times(Factor::Const((backward.lanes * slots) as u64)),
                zeroed: false,
            });
            launches.push(launch(KernelKind::Backward, &walk_grid));
        }
        // The sequential walk's partials laid out by step hold one slice of the scan; their
        // reduce kernels run after each slice's walk, the others' once after the last.
        let along_scan = |x: Handle<Dim>| {
            if x == rec.scan && !segmented {
                Factor::Slice(scan.clone())
            } else {
                Factor::Dim(name(x))
            }
        };
        let mut once = Vec::new();
        for &(h, route) in &routes {
            let i = &rec.inputs[h];
            let sequence = i.dims.contains(&rec.scan);
            let elems = match (route, along) {
                (GradRoute::Direct, _) => continue,
                // With atomics, the blocks add into one sum per element.
                (GradRoute::Blocks, Some(_)) if backward.atomics => {
                    Size::dims(i.dims.iter().map(|&x| &rec.dims[x].name))
                }
                (GradRoute::Blocks, Some(g)) => {
                    Size(i.dims.iter().map(|&x| along_scan(x)).collect()).times(Factor::CeilDiv {
                        dim: name(g),
                        by: backward_per_block,
                    })
                }
                _ => {
                    let mut elems = segments(
                        outer
                            .clone()
                            .times(Factor::Const(single.points(&i.dims) as u64)),
                    );
                    if sequence {
                        elems = elems.times(along_scan(rec.scan));
                    }
                    elems
                }
            };
            let per_slice =
                sequence && !segmented && !(route == GradRoute::Blocks && backward.atomics);
            workspaces.push(Workspace {
                buffer: Buffer::Partial(i.name.clone()),
                elems,
                zeroed: route == GradRoute::Blocks && backward.atomics,
            });
            let reduce = Launch {
                kernel: reduce_name(d, h, walk),
                grid: Grid {
                    units: if per_slice {
                        Size(i.dims.iter().map(|&x| along_scan(x)).collect())
                    } else {
                        Size::dims(i.dims.iter().map(|&x| &rec.dims[x].name))
                    },
                    times: Size::default(),
                },
                per_slice: false,
            };
            if per_slice {
                launches.push(reduce);
            } else {
                once.push(reduce);
            }
        }
        // (Nothing to sum per slice: the walk is one launch, and carries nothing.)
        let sliced = !segmented && launches.len() > 1;
        if sliced {
            for l in &mut launches {
                l.per_slice = true;
            }
        }
        let mut null = Vec::new();
        if let Some(c) = carry {
            if sliced {
                workspaces.push(c);
            } else {
                null.push(c.buffer);
            }
        }
        launches.extend(once);
        Program {
            takes: inputs
                .iter()
                .cloned()
                .chain(
                    rec.outputs
                        .iter()
                        .map(|(_, o)| Buffer::OutputGrad(o.name.clone())),
                )
                .chain(checkpoints.iter().cloned())
                .collect(),
            makes: rec
                .inputs
                .iter()
                .map(|(_, i)| Buffer::InputGrad(i.name.clone()))
                .collect(),
            workspaces,
            null,
            launches,
            ..Program::default()
        }
    };
    // A chain of scans has no chunked or segmented kernels: every strategy runs its
    // sequential programs (and its compile-time request is sequential).
    let chunks = !d.chained();
    let backward = Strategies {
        sequential: backward_program(false),
        chunked: backward_program(chunks),
        block: None,
        block_ahead: None,
    };
    let forward = |saving: bool| Strategies {
        sequential: sequential(saving),
        chunked: if chunks {
            chunked(saving)
        } else {
            sequential(saving)
        },
        block: if chunks { block(saving) } else { None },
        block_ahead: if chunks { block_ahead(saving) } else { None },
    };
    Programs {
        forward: forward(false),
        forward_saving: forward(true),
        step_batch,
        step,
        backward,
        step_folds,
    }
}

/// The manifest entries of a recurrence's inputs, outputs and states.
pub fn tensor_manifests(
    rec: &crate::ir::Recurrence,
) -> (
    Vec<TensorManifest>,
    Vec<TensorManifest>,
    Vec<TensorManifest>,
) {
    let names = |dims: &[Handle<Dim>]| {
        dims.iter()
            .map(|&x| rec.dims[x].name.clone())
            .collect::<Vec<_>>()
    };
    let tensor = |name: &str, dtype, dims: &[Handle<Dim>], optional, kind| TensorManifest {
        name: name.to_string(),
        dtype,
        dims: names(dims),
        optional,
        kind,
    };
    let inputs = rec
        .inputs
        .iter()
        .map(|(_, i)| tensor(&i.name, i.dtype, &i.dims, i.optional, None))
        .collect();
    let outputs = rec
        .outputs
        .iter()
        .map(|(_, o)| tensor(&o.name, o.dtype, &o.dims, false, Some(o.kind)))
        .collect();
    let states = rec
        .states
        .iter()
        .map(|(_, s)| tensor(&s.name, s.dtype, &s.dims, false, None))
        .collect();
    (inputs, outputs, states)
}

/// The manifest entry of a recurrence compiled with `plan`, its kernels and its programs.
pub fn recurrence_manifest(
    d: &Derived,
    plan: &KernelPlan,
    strategy: Choice,
    strategy_request: Request,
    kernels: Vec<KernelManifest>,
    routes: &[(Handle<Input>, GradRoute)],
) -> RecurrenceManifest {
    let rec = &d.rec;
    let roles = plan.dim_roles(rec);
    let (inputs, outputs, states) = tensor_manifests(rec);
    // The step folds the kernels hold (see `kernel::emit_step_folds`).
    let mut folds: Vec<Handle<Input>> = kernels
        .iter()
        .filter_map(|k| k.fold.as_deref().and_then(|n| rec.input_by_name(n)))
        .collect();
    folds.dedup();
    let programs = programs(d, plan, routes, BackwardMappings::of(&kernels), &folds);
    RecurrenceManifest {
        name: rec.name.clone(),
        scan_dim: rec.dims[rec.scan].name.clone(),
        direction: rec.direction,
        dims: rec
            .dims
            .iter()
            .zip(roles)
            .map(|((h, dim), role)| DimManifest {
                name: dim.name.clone(),
                fixed: plan.reduced_size(h).map(|s| s as u64),
                role,
            })
            .collect(),
        inputs,
        outputs,
        states,
        strategy,
        strategy_request,
        cost: plan.cost_inputs(rec),
        kernels,
        programs,
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
        checkpoint_interval: CHECKPOINT,
        chunk: plan.chunk as u32,
        grad_routes: routes
            .iter()
            .map(|&(h, route)| GradRouteManifest {
                input: rec.inputs[h].name.clone(),
                route,
            })
            .collect(),
    }
}
