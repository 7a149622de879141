//! A recurrence split into a pre-pass and a scan ([`crate::derive::split`]) compiled as one:
//! each part is planned, emitted and given its programs like any recurrence, then the two
//! manifests become the original recurrence's. Its every program runs the pre-pass's launches
//! and then the scan's, the tensors between them in workspaces; the backward recomputes the
//! pre-pass's results (no larger save), walks the scan back and then the pre-pass back, whose
//! derived backward adds the scan's share of a copied input's gradient to its own.

use super::plan::{KernelPlan, PlanError, PlanOverrides};
use crate::derive::Derived;
use crate::derive::split::{self, Part, Split};
use crate::manifest::{
    Buffer, DimManifest, GradRouteManifest, KernelManifest, Param, Pass, Program, Programs,
    RecurrenceManifest, Size, Strategies, Workspace,
};
use crate::strategy::DimRole;

/// The plans a recurrence is built with: its own, or each of its parts'.
#[derive(Debug, Clone)]
pub enum Plans {
    Whole(Box<KernelPlan>),
    Split(Box<SplitPlans>),
}

/// A split recurrence with the plan of each part, in the split's order.
#[derive(Debug, Clone)]
pub struct SplitPlans {
    pub split: Split,
    pub plans: Vec<KernelPlan>,
}

/// The split `d` is compiled as, if any: where `overrides.split` asks for one (an error if
/// `d` has no sum to run before the scan), or, left to the compiler, where a sum inside an
/// update can run before the scan, or where the whole recurrence cannot be planned because its
/// summed dims hold too many points and the split's parts can. `plan` is the whole
/// recurrence's plan (or why there is none).
pub fn split_of(
    d: &Derived,
    overrides: &PlanOverrides,
    plan: &Result<KernelPlan, PlanError>,
    plans: impl Fn(&Derived) -> bool,
) -> Result<Option<Split>, PlanError> {
    match overrides.split {
        Some(false) => Ok(None),
        Some(true) => split::split(d).map(Some).ok_or_else(|| PlanError::NoSplit {
            recurrence: d.rec.name.clone(),
        }),
        // Auto: split where the whole cannot be planned, and wherever a sum sits inside an
        // update and can run before the scan (a pre-pass). Fused, such a sum is evaluated per
        // state point and step in the scan's registers: S5 and the LRU spilled 0.3–2.3 KB a
        // thread, and split they ran 2.8–16× faster forward and 17–70× forward and backward
        // (H100, at N=16 with M=4 and M=16; bench/results.jsonl at 455e429). A split with a
        // post-pass only (`Σ_n C·h`) would write every step's states: not taken.
        None => Ok(match plan {
            Err(PlanError::TooManyPoints { .. } | PlanError::TooLarge { .. }) => {
                split::split(d).filter(|s| s.parts.iter().all(|(_, p)| plans(p)))
            }
            // (A sum read only by outputs costs the fused scan no more than the split would:
            // unmeasured, not split by itself.)
            Ok(p) if p.sum_in_update => split::split(d).filter(|s| {
                s.between.iter().any(|b| b.holds == split::Holds::Sum)
                    && s.parts.iter().all(|(_, p)| plans(p))
            }),
            _ => None,
        }),
    }
}

/// A part's buffer as the joined programs name it: a tensor between parts (an output of
/// one, an input of a later one) and its gradient become workspaces.
pub fn rename(split: &Split, b: &Buffer) -> Buffer {
    let between = |n: &str| split.between.iter().any(|x| x.name == n);
    match b {
        Buffer::Output(n) | Buffer::Input(n) if between(n) => Buffer::Between(n.clone()),
        Buffer::OutputGrad(n) | Buffer::InputGrad(n) if between(n) => {
            Buffer::BetweenGrad(n.clone())
        }
        _ => b.clone(),
    }
}

/// A part's kernel with its buffer parameters renamed for the joined programs.
pub fn rename_kernel(split: &Split, k: &mut KernelManifest) {
    for p in &mut k.params {
        if let Param::Buffer(b) = p {
            *b = rename(split, b);
        }
    }
}

fn push_unique(v: &mut Vec<Buffer>, b: Buffer) {
    if !v.contains(&b) {
        v.push(b);
    }
}

/// The programs run one after the other, as one program. A program run again only for what it
/// gives a later one (`again`: a forward inside the backward) keeps what it makes to itself.
fn join(split: &Split, progs: &[(&Program, bool)]) -> Program {
    let mut out = Program::default();
    let mut between = Vec::new();
    let mut own = Vec::new();
    let is_between = |b: &Buffer| matches!(b, Buffer::Between(_) | Buffer::BetweenGrad(_));
    for &(p, again) in progs {
        let r = |b: &Buffer| rename(split, b);
        for b in p.takes.iter().map(r) {
            if is_between(&b) {
                push_unique(&mut between, b);
            } else {
                push_unique(&mut out.takes, b);
            }
        }
        for b in p.makes.iter().map(r) {
            if is_between(&b) {
                push_unique(&mut between, b);
            } else if again {
                push_unique(&mut own, b);
            } else {
                push_unique(&mut out.makes, b);
            }
        }
        for b in p.null.iter().map(r) {
            push_unique(&mut out.null, b);
        }
        let renamed = |w: &Workspace| Workspace {
            buffer: r(&w.buffer),
            ..w.clone()
        };
        out.saves.extend(p.saves.iter().map(renamed));
        out.workspaces.extend(p.workspaces.iter().map(renamed));
        out.scan_len = out.scan_len.or(p.scan_len);
        out.launches.extend(p.launches.iter().cloned());
    }
    for b in between {
        let t = split
            .between
            .iter()
            .find(|t| t.name == b.owner())
            .expect("a tensor between the parts");
        out.workspaces.push(Workspace {
            buffer: b,
            elems: Size::dims(&t.dims),
            zeroed: false,
        });
    }
    // What a forward run again makes that nothing returns (a final output): a workspace of
    // its tensor's size (the original's outputs are the parts', by name).
    for b in own {
        if out.makes.contains(&b) || out.takes.contains(&b) {
            continue;
        }
        let dims = match &b {
            Buffer::Output(n) => split.parts.iter().find_map(|(_, d)| {
                let rec = &d.rec;
                rec.outputs
                    .iter()
                    .find(|(_, o)| &o.name == n)
                    .map(|(_, o)| {
                        o.dims
                            .iter()
                            .map(|&x| rec.dims[x].name.clone())
                            .collect::<Vec<_>>()
                    })
            }),
            _ => None,
        };
        if let Some(dims) = dims {
            out.workspaces.push(Workspace {
                buffer: b,
                elems: Size::dims(&dims),
                zeroed: false,
            });
        }
    }
    debug_assert!(
        {
            let mut names: Vec<&Buffer> = out
                .saves
                .iter()
                .chain(&out.workspaces)
                .map(|w| &w.buffer)
                .collect();
            let n = names.len();
            names.sort();
            names.dedup();
            n == names.len()
        },
        "the parts' workspaces are distinct"
    );
    out
}

/// The original recurrence's manifest from its parts' (in the split's order): the original's
/// tensors, the dims of every part (fixed where one fixes them; each with its role in the scan
/// where it has one), the scan's strategy and cost model, every part's kernels, and the joined
/// programs: each forward runs the parts in order; the backward runs the forwards of the parts
/// before the last again (for what they pass on), then the parts' backwards in reverse order.
pub fn merge(
    orig: &Derived,
    split: &Split,
    mut parts: Vec<RecurrenceManifest>,
) -> RecurrenceManifest {
    for m in &mut parts {
        for k in &mut m.kernels {
            rename_kernel(split, k);
        }
    }
    let at = split
        .parts
        .iter()
        .position(|(p, _)| *p == Part::Scan)
        .expect("a split has its scan");
    let progs: Vec<&Programs> = parts.iter().map(|m| &m.programs).collect();
    let s = progs[at];
    let forward = |saving: bool| {
        let scan_side = if saving {
            &s.forward_saving
        } else {
            &s.forward
        };
        let pass = |pass: Pass| {
            let v: Vec<(&Program, bool)> = progs
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    let side = if k == at { scan_side } else { &p.forward };
                    (side.pass(pass), false)
                })
                .collect();
            join(split, &v)
        };
        Strategies {
            sequential: pass(Pass::Sequential),
            chunked: pass(Pass::Chunked),
            block: scan_side.block.as_ref().map(|_| pass(Pass::Block)),
            block_ahead: scan_side
                .block_ahead
                .as_ref()
                .map(|_| pass(Pass::BlockAhead)),
        }
    };
    let backward = |chunked: bool| {
        let last = progs.len() - 1;
        let mut v: Vec<(&Program, bool)> = progs[..last]
            .iter()
            .map(|p| (p.forward.get_chunked(chunked), true))
            .collect();
        v.extend(
            progs
                .iter()
                .rev()
                .map(|p| (p.backward.get_chunked(chunked), false)),
        );
        join(split, &v)
    };
    let steps: Vec<(&Program, bool)> = progs.iter().map(|p| (&p.step, false)).collect();
    let programs = Programs {
        forward: forward(false),
        forward_saving: forward(true),
        // A split recurrence's parts step with their plain step kernels.
        step_batch: None,
        step: join(split, &steps),
        backward: Strategies {
            sequential: backward(false),
            chunked: backward(true),
            block: None,
            block_ahead: None,
        },
        // A split recurrence's parts fold no projection into their steps.
        step_folds: Vec::new(),
    };
    let rec = &orig.rec;
    let dims = rec
        .dims
        .iter()
        .map(|(_, x)| {
            let of = |m: &RecurrenceManifest| m.dims.iter().find(|d| d.name == x.name).cloned();
            let found: Vec<DimManifest> = parts.iter().filter_map(of).collect();
            DimManifest {
                name: x.name.clone(),
                fixed: found.iter().find_map(|d| d.fixed),
                role: of(&parts[at])
                    .or_else(|| found.first().cloned())
                    .map_or(DimRole::Outer, |d| d.role),
            }
        })
        .collect();
    let (inputs, outputs, _) = super::program::tensor_manifests(rec);
    let original = |n: &str| -> Option<String> {
        match split.between.iter().find(|b| b.name == n) {
            Some(b) => match &b.holds {
                split::Holds::Copy(c) => Some(c.clone()),
                _ => None,
            },
            None => Some(n.to_string()),
        }
    };
    let mut backward_reads: Vec<String> = Vec::new();
    for n in parts.iter().flat_map(|m| &m.backward_reads) {
        if let Some(o) = original(n)
            && !backward_reads.contains(&o)
        {
            backward_reads.push(o);
        }
    }
    let grad_routes = inputs
        .iter()
        .filter_map(|i| {
            parts
                .iter()
                .find_map(|m| m.grad_routes.iter().find(|g| g.input == i.name).cloned())
        })
        .collect::<Vec<GradRouteManifest>>();
    // Only what the joined programs launch (not a pre-pass's block scan where the scan has
    // none, say).
    let launched: Vec<String> = [
        &programs.forward,
        &programs.forward_saving,
        &programs.backward,
    ]
    .into_iter()
    .flat_map(|s| [Some(&s.sequential), Some(&s.chunked), s.block.as_ref()])
    .flatten()
    .chain(std::iter::once(&programs.step))
    .flat_map(|p| p.launches.iter().map(|l| l.kernel.clone()))
    .collect();
    // The scan's kernels first (the runtime reads the backward's lanes off the first).
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&k| k != at);
    let kernels = order
        .iter()
        .flat_map(|&k| parts[k].kernels.iter())
        .filter(|k| launched.contains(&k.name))
        .cloned()
        .collect();
    let scan = &parts[at];
    RecurrenceManifest {
        name: rec.name.clone(),
        scan_dim: scan.scan_dim.clone(),
        direction: scan.direction,
        dims,
        inputs,
        outputs,
        states: scan.states.clone(),
        strategy: scan.strategy.clone(),
        strategy_request: scan.strategy_request,
        cost: scan.cost,
        kernels,
        programs,
        saved_for_backward: scan.saved_for_backward.clone(),
        backward_reads,
        checkpoint_interval: scan.checkpoint_interval,
        chunk: scan.chunk,
        grad_routes,
    }
}
