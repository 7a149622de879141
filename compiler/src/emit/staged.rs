//! A recurrence split into a pre-pass and a scan ([`crate::derive::split`]) compiled as one:
//! each part is planned, emitted and given its programs like any recurrence, then the two
//! manifests become the original recurrence's. Its every program runs the pre-pass's launches
//! and then the scan's, the tensors between them in workspaces; the backward recomputes the
//! pre-pass's results (no larger save), walks the scan back and then the pre-pass back, whose
//! derived backward adds the scan's share of a copied input's gradient to its own.

use super::plan::{KernelPlan, PlanError, PlanOverrides};
use crate::derive::Derived;
use crate::derive::split::{self, Split};
use crate::manifest::{
    Buffer, DimManifest, GradRouteManifest, KernelManifest, Param, Program, Programs,
    RecurrenceManifest, Size, Strategies, Workspace,
};
use crate::strategy::DimRole;

/// The plans a recurrence is built with: its own, or each of its parts'.
#[derive(Debug, Clone)]
pub enum Plans {
    Whole(Box<KernelPlan>),
    Split(Box<SplitPlans>),
}

/// A split recurrence with the plans of its parts.
#[derive(Debug, Clone)]
pub struct SplitPlans {
    pub split: Split,
    pub pre: KernelPlan,
    pub scan: KernelPlan,
}

/// Which part of a split recurrence a kernel or program belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Pre,
    Scan,
}

/// The split `d` is compiled as, if any: where `overrides.split` asks for one (an error if
/// `d` has no sum to run before the scan), or, left to the compiler, where the whole
/// recurrence cannot be planned because its summed dims hold too many points and the split's
/// scan can. `plan` is the whole recurrence's plan (or why there is none).
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
        None => Ok(match plan {
            Err(PlanError::TooManyPoints { .. } | PlanError::TooLarge { .. }) => {
                split::split(d).filter(|s| plans(&s.pre) && plans(&s.scan))
            }
            _ => None,
        }),
    }
}

/// A part's buffer as the joined programs name it: the pre-pass's outputs and the scan's
/// inputs that are tensors between them (and their gradients) become workspaces.
pub fn rename(split: &Split, part: Part, b: &Buffer) -> Buffer {
    let between = |n: &str| split.between.iter().any(|x| x.name == n);
    match (part, b) {
        (Part::Pre, Buffer::Output(n)) | (Part::Scan, Buffer::Input(n)) if between(n) => {
            Buffer::Between(n.clone())
        }
        (Part::Pre, Buffer::OutputGrad(n)) | (Part::Scan, Buffer::InputGrad(n)) if between(n) => {
            Buffer::BetweenGrad(n.clone())
        }
        _ => b.clone(),
    }
}

/// A part's kernel with its buffer parameters renamed for the joined programs.
pub fn rename_kernel(split: &Split, part: Part, k: &mut KernelManifest) {
    for p in &mut k.params {
        if let Param::Buffer(b) = p {
            *b = rename(split, part, b);
        }
    }
}

fn push_unique(v: &mut Vec<Buffer>, b: Buffer) {
    if !v.contains(&b) {
        v.push(b);
    }
}

/// The programs run one after the other, as one program.
fn join(split: &Split, progs: &[(&Program, Part)]) -> Program {
    let mut out = Program::default();
    let mut between = Vec::new();
    let is_between = |b: &Buffer| matches!(b, Buffer::Between(_) | Buffer::BetweenGrad(_));
    for &(p, part) in progs {
        let r = |b: &Buffer| rename(split, part, b);
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

/// The original recurrence's manifest from its parts': the original's tensors, the dims of
/// both (fixed where either fixes them; each with its role in the scan where it has one), the
/// scan's strategy and cost model, both parts' kernels, and the joined programs.
pub fn merge(
    orig: &Derived,
    split: &Split,
    mut pre: RecurrenceManifest,
    mut scan: RecurrenceManifest,
) -> RecurrenceManifest {
    for k in &mut pre.kernels {
        rename_kernel(split, Part::Pre, k);
    }
    for k in &mut scan.kernels {
        rename_kernel(split, Part::Scan, k);
    }
    let (p, s) = (&pre.programs, &scan.programs);
    let two = |a: &Program, b: &Program| join(split, &[(a, Part::Pre), (b, Part::Scan)]);
    let forward = |scan_side: &Strategies| Strategies {
        sequential: two(&p.forward.sequential, &scan_side.sequential),
        chunked: two(&p.forward.chunked, &scan_side.chunked),
        block: scan_side
            .block
            .as_ref()
            .map(|b| two(p.forward.pass(crate::manifest::Pass::Block), b)),
    };
    let backward = |chunked: bool| {
        join(
            split,
            &[
                (p.forward.get_chunked(chunked), Part::Pre),
                (s.backward.get_chunked(chunked), Part::Scan),
                (p.backward.get_chunked(chunked), Part::Pre),
            ],
        )
    };
    let programs = Programs {
        forward: forward(&s.forward),
        forward_saving: forward(&s.forward_saving),
        step: two(&p.step, &s.step),
        backward: Strategies {
            sequential: backward(false),
            chunked: backward(true),
            block: None,
        },
    };
    let rec = &orig.rec;
    let dim = |m: &RecurrenceManifest, n: &str| m.dims.iter().find(|d| d.name == n).cloned();
    let dims = rec
        .dims
        .iter()
        .map(|(_, x)| {
            let (s, p) = (dim(&scan, &x.name), dim(&pre, &x.name));
            DimManifest {
                name: x.name.clone(),
                fixed: s
                    .as_ref()
                    .and_then(|d| d.fixed)
                    .or(p.as_ref().and_then(|d| d.fixed)),
                role: s.or(p).map_or(DimRole::Outer, |d| d.role),
            }
        })
        .collect();
    let (inputs, outputs, _) = super::program::tensor_manifests(rec);
    let original = |n: &str| -> Option<String> {
        match split.between.iter().find(|b| b.name == n) {
            Some(b) => b.copy_of.clone(),
            None => Some(n.to_string()),
        }
    };
    let mut backward_reads: Vec<String> = Vec::new();
    for n in scan.backward_reads.iter().chain(&pre.backward_reads) {
        if let Some(o) = original(n)
            && !backward_reads.contains(&o)
        {
            backward_reads.push(o);
        }
    }
    let grad_routes = inputs
        .iter()
        .filter_map(|i| {
            let from =
                |m: &RecurrenceManifest| m.grad_routes.iter().find(|g| g.input == i.name).cloned();
            from(&scan).or_else(|| from(&pre))
        })
        .collect::<Vec<GradRouteManifest>>();
    // Only what the joined programs launch (not the pre-pass's block scan where the scan has
    // none, say).
    let launched: Vec<&str> = [
        &programs.forward,
        &programs.forward_saving,
        &programs.backward,
    ]
    .into_iter()
    .flat_map(|s| [Some(&s.sequential), Some(&s.chunked), s.block.as_ref()])
    .flatten()
    .chain(std::iter::once(&programs.step))
    .flat_map(|p| p.launches.iter().map(|l| l.kernel.as_str()))
    .collect();
    let kernels = scan
        .kernels
        .into_iter()
        .chain(pre.kernels)
        .filter(|k| launched.contains(&k.name.as_str()))
        .collect();
    RecurrenceManifest {
        name: rec.name.clone(),
        scan_dim: scan.scan_dim,
        direction: scan.direction,
        dims,
        inputs,
        outputs,
        states: scan.states,
        strategy: scan.strategy,
        strategy_request: scan.strategy_request,
        cost: scan.cost,
        kernels,
        programs,
        saved_for_backward: scan.saved_for_backward,
        backward_reads,
        checkpoint_interval: scan.checkpoint_interval,
        chunk: scan.chunk,
        grad_routes,
    }
}
