//! The compiler → runtime contract: every checked-in manifest parses, and every program of
//! every recurrence binds every parameter of every kernel it launches (run through the
//! executor on a recording device, as the GPU runtime runs it); calls that break the contract
//! are refused with errors that name the buffer.

use std::collections::HashSet;

use linrec_compiler::ir::DType;
use linrec_compiler::manifest::exec::{self, Arg, ContractError, Device};
use linrec_compiler::manifest::{
    Buffer, Entry, Factor, GradRoute, KernelKind, KernelManifest, Manifest, ManifestError, Pass,
    RecurrenceManifest,
};

use crate::support::root;

/// A device that only records: buffers are their lengths.
#[derive(Default)]
struct Recorder {
    launches: Vec<(String, u64, usize)>,
    nulls: Vec<(String, usize)>,
}

impl Device for Recorder {
    type Buf = usize;
    type Error = ContractError;

    fn elems(buf: &usize) -> usize {
        *buf
    }

    fn workspace(&mut self, _: &Buffer, elems: usize) -> Result<usize, ContractError> {
        Ok(elems)
    }

    fn zero(&mut self, _: &mut usize) -> Result<(), ContractError> {
        Ok(())
    }

    fn output(&mut self, _: &Buffer, _: DType, elems: usize) -> Result<usize, ContractError> {
        Ok(elems)
    }

    fn launch(
        &mut self,
        k: &KernelManifest,
        blocks: u64,
        args: &[Arg<'_, usize>],
    ) -> Result<(), ContractError> {
        assert_eq!(
            args.len(),
            k.params.len(),
            "{}: one argument per parameter",
            k.name
        );
        for (i, a) in args.iter().enumerate() {
            if matches!(a, Arg::Null) {
                self.nulls.push((k.name.clone(), i));
            }
        }
        self.launches.push((k.name.clone(), blocks, args.len()));
        Ok(())
    }
}

fn manifests() -> Vec<Manifest> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(root().join("kernels-generated")).expect("kernels-generated") {
        let path = e.expect("entry").path().join("manifest.json");
        let text = std::fs::read_to_string(&path).expect("manifest");
        out.push(Manifest::from_json(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())));
    }
    assert!(out.len() >= 14);
    out
}

/// Sizes for a call: 3 for outer dims, 300 steps, fixed dims as compiled.
fn sizes(r: &RecurrenceManifest) -> Vec<u64> {
    r.dims
        .iter()
        .map(|d| {
            d.fixed
                .unwrap_or(if d.name == r.scan_dim { 300 } else { 3 })
        })
        .collect()
}

/// The buffers an entry point takes, all given, with the manifest's lengths.
fn given(r: &RecurrenceManifest, entry: Entry, sizes: &[u64]) -> Vec<(Buffer, usize)> {
    let prog = r.programs.get(entry);
    let at = exec::program_sizes(r, prog, sizes);
    prog.takes
        .iter()
        .map(|b| (b.clone(), exec::elems(r, b, &at).expect("sized") as usize))
        .collect()
}

const ENTRIES: [Entry; 12] = [
    Entry::Forward {
        pass: Pass::Sequential,
    },
    Entry::Forward {
        pass: Pass::Chunked,
    },
    Entry::Forward { pass: Pass::Block },
    Entry::Forward {
        pass: Pass::BlockAhead,
    },
    Entry::ForwardSaving {
        pass: Pass::Sequential,
    },
    Entry::ForwardSaving {
        pass: Pass::Chunked,
    },
    Entry::ForwardSaving { pass: Pass::Block },
    Entry::ForwardSaving {
        pass: Pass::BlockAhead,
    },
    Entry::Step,
    Entry::StepBatch,
    Entry::Backward { chunked: false },
    Entry::Backward { chunked: true },
];

#[test]
fn every_program_binds_every_parameter_and_launches_every_kernel() {
    for m in manifests() {
        for r in &m.recurrences {
            let s = sizes(r);
            let mut launched = HashSet::new();
            for entry in ENTRIES {
                let owned = given(r, entry, &s);
                let refs: Vec<(Buffer, &usize)> =
                    owned.iter().map(|(b, n)| (b.clone(), n)).collect();
                let mut dev = Recorder::default();
                let out = exec::run(&mut dev, r, r.programs.get(entry), &s, &refs)
                    .unwrap_or_else(|e| panic!("{} {entry:?}: {e}", r.name));
                assert!(!dev.launches.is_empty());
                launched.extend(dev.launches.iter().map(|l| l.0.clone()));
                // Nulls only for the forward's checkpoints when it does not save, and for the
                // slice carries of a backward walked whole (nothing to carry: its walk is not
                // launched per slice).
                for (k, i) in &dev.nulls {
                    let whole = !r
                        .programs
                        .get(entry)
                        .launches
                        .iter()
                        .any(|l| &l.kernel == k && l.per_slice);
                    let kernel = r.kernel(k).expect("launched kernels exist");
                    let p = &kernel.params[*i];
                    use linrec_compiler::manifest::Param::Buffer as B;
                    assert!(
                        (matches!(entry, Entry::Forward { .. })
                            && matches!(p, B(Buffer::Checkpoint(_))))
                            || (entry == Entry::Backward { chunked: false }
                                && whole
                                && matches!(p, B(Buffer::SliceCarry(_)))),
                        "{} {entry:?}: {k} parameter {p:?} is null",
                        r.name
                    );
                }
                let prog = r.programs.get(entry);
                assert_eq!(out.made.len(), prog.makes.len());
                assert_eq!(out.saved.len(), prog.saves.len());
            }
            // The steps with a projection folded in: the rank from the weight given (5 here),
            // the folded input the only null.
            for fold in &r.programs.step_folds {
                for batch in [false, true] {
                    let prog = r.programs.step_fold(&fold.input, batch).expect("listed");
                    let at = exec::program_sizes(r, prog, &s);
                    let owned: Vec<(Buffer, usize)> = prog
                        .takes
                        .iter()
                        .map(|b| {
                            let n = exec::elems_with(r, b, &at, Some(5)).expect("sized");
                            (b.clone(), n as usize)
                        })
                        .collect();
                    let refs: Vec<(Buffer, &usize)> =
                        owned.iter().map(|(b, n)| (b.clone(), n)).collect();
                    let mut dev = Recorder::default();
                    exec::run(&mut dev, r, prog, &s, &refs)
                        .unwrap_or_else(|e| panic!("{} fold {}: {e}", r.name, fold.input));
                    launched.extend(dev.launches.iter().map(|l| l.0.clone()));
                    for (k, i) in &dev.nulls {
                        let p = &r.kernel(k).expect("launched kernels exist").params[*i];
                        assert_eq!(
                            *p,
                            linrec_compiler::manifest::Param::Buffer(Buffer::Input(
                                fold.input.clone()
                            )),
                            "{} fold {}: {k} parameter {p:?} is null",
                            r.name,
                            fold.input
                        );
                    }
                }
            }
            let all: HashSet<String> = r.kernels.iter().map(|k| k.name.clone()).collect();
            assert_eq!(
                launched, all,
                "{}: every kernel is launched by some program",
                r.name
            );
        }
    }
}

/// The partials of a block-summed gradient hold a row per block (or cluster) of the walk that
/// writes them: each backward program sizes them by its own walk kernel's mapping (the whole
/// walk and the segmented one split a scan over different lanes, so their blocks cover
/// different counts of outer points).
#[test]
fn block_partials_are_sized_by_the_walk_that_writes_them() {
    let mut checked = 0;
    for m in manifests() {
        for r in &m.recurrences {
            for (chunked, kind) in [
                (false, KernelKind::Backward),
                (true, KernelKind::BackwardSegment),
            ] {
                let prog = r.programs.get(Entry::Backward { chunked });
                for g in r
                    .grad_routes
                    .iter()
                    .filter(|g| g.route == GradRoute::Blocks)
                {
                    // The walk that writes them (a split recurrence has one per stage).
                    let partial = Buffer::Partial(g.input.clone());
                    let Some(walk) = prog
                        .launches
                        .iter()
                        .filter_map(|l| r.kernel(&l.kernel))
                        .find(|k| {
                            k.kind == kind
                                && k.params.iter().any(|p| {
                                    *p == linrec_compiler::manifest::Param::Buffer(partial.clone())
                                })
                        })
                    else {
                        continue;
                    };
                    let ws = prog
                        .workspaces
                        .iter()
                        .find(|w| w.buffer == Buffer::Partial(g.input.clone()))
                        .unwrap_or_else(|| panic!("{}: no partials of {}", r.name, g.input));
                    if walk.atomics {
                        continue;
                    }
                    let per = walk.units_per_block() * u64::from(walk.cluster.max(1));
                    match ws.elems.0.last() {
                        Some(Factor::CeilDiv { by, .. }) => assert_eq!(
                            *by, per,
                            "{} chunked={chunked}: {}'s partials per {by} outer points, \
                             {} blocks cover {per}",
                            r.name, g.input, walk.name
                        ),
                        other => panic!("{}: {}'s partials end in {other:?}", r.name, g.input),
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 8, "{checked} block-summed partials checked");
}

#[test]
fn calls_that_break_the_contract_are_refused_by_name() {
    let m = &manifests()[0];
    let r = &m.recurrences[0];
    let s = sizes(r);
    let entry = Entry::Forward {
        pass: Pass::Sequential,
    };
    let prog = r.programs.get(entry);
    let owned = given(r, entry, &s);
    // A required input left out.
    let required = owned
        .iter()
        .position(|(b, _)| matches!(b, Buffer::Input(n) if !r.input(n).expect("input").optional))
        .expect("a required input");
    let mut refs: Vec<(Buffer, &usize)> = owned.iter().map(|(b, n)| (b.clone(), n)).collect();
    let missing = refs.remove(required).0;
    let err = exec::run(&mut Recorder::default(), r, prog, &s, &refs).expect_err("refused");
    assert_eq!(
        err,
        ContractError::Missing {
            recurrence: r.name.clone(),
            buffer: missing.clone()
        }
    );
    assert!(
        err.to_string().contains(&format!("`{}`", missing.owner())),
        "{err}"
    );
    // A buffer of the wrong length.
    let short = owned[required].1 - 1;
    let mut refs: Vec<(Buffer, &usize)> = owned.iter().map(|(b, n)| (b.clone(), n)).collect();
    refs[required].1 = &short;
    let err = exec::run(&mut Recorder::default(), r, prog, &s, &refs).expect_err("refused");
    assert!(matches!(err, ContractError::Elems { .. }), "{err}");
    // A buffer this entry point does not take.
    let mut refs: Vec<(Buffer, &usize)> = owned.iter().map(|(b, n)| (b.clone(), n)).collect();
    let n = 1usize;
    refs.push((Buffer::Scratch("nope".into()), &n));
    let err = exec::run(&mut Recorder::default(), r, prog, &s, &refs).expect_err("refused");
    assert!(matches!(err, ContractError::Unexpected { .. }), "{err}");
    // A launch of a kernel whose parameter no program binds.
    let mut broken = r.clone();
    broken.programs.forward.sequential.null.clear();
    let refs: Vec<(Buffer, &usize)> = owned.iter().map(|(b, n)| (b.clone(), n)).collect();
    let err = exec::run(
        &mut Recorder::default(),
        &broken,
        broken.programs.get(entry),
        &s,
        &refs,
    )
    .expect_err("refused");
    assert!(matches!(err, ContractError::Unbound { .. }), "{err}");
}

#[test]
fn manifests_of_another_version_are_refused() {
    let text = std::fs::read_to_string(root().join("kernels-generated/ema/manifest.json"))
        .expect("manifest");
    let current = format!("\"version\": {}", linrec_compiler::manifest::VERSION);
    assert!(
        text.contains(&current),
        "the checked-in manifest is of this version"
    );
    let old = text.replacen(&current, "\"version\": 2", 1);
    match Manifest::from_json(&old) {
        Err(ManifestError::Version { found: 2, .. }) => {}
        other => panic!("expected a version error, got {other:?}"),
    }
}
