//! Generated kernels, built for the host and JIT-compiled through MLIR, against the float64
//! interpreter: every recurrence of every example, on the host cases of
//! `linrec_compiler::conformance` (the GPU suite runs the same driver on its own cases), and
//! the freshness and lowering of `kernels-generated/`.

use std::collections::BTreeMap;

use linrec_compiler::conformance::{self, Check, Suite};
use linrec_compiler::emit::kernel::{self, KernelKind, Target};
use linrec_compiler::emit::lower::Mlir;
use linrec_compiler::emit::plan::{BlockScan, KernelPlan, PlanOverrides};
use linrec_compiler::emit::verify::HostBackend;
use linrec_compiler::pipeline;

use crate::support::{FOLDED_DT_SPEC, all_derived, example_dims, load, root};

/// Runs every host case `pick` selects on every example; fails listing every failing row.
fn conform(pick: impl Fn(Check) -> bool) {
    conform_with(PlanOverrides::default(), pick);
}

/// As [`conform`], with the plan's choices overridden.
pub(crate) fn conform_with(overrides: PlanOverrides, pick: impl Fn(Check) -> bool) {
    // Coupled states and chains have no block scan (the plan refuses one: see
    // `a_block_scan_of_coupled_states_is_refused`).
    let forced_block = matches!(overrides.block, Some(Some(_)));
    let all = all_derived()
        .into_iter()
        .filter(|d| !(forced_block && (d.coupled() || d.chained())))
        .collect();
    conform_these(all, overrides, pick);
}

/// The host kernels of `all` against the interpreter, every host case `pick` takes.
fn conform_these(
    all: Vec<linrec_compiler::derive::Derived>,
    overrides: PlanOverrides,
    pick: impl Fn(Check) -> bool,
) {
    let mlir = Mlir::new();
    let mut host = HostBackend {
        overrides,
        ..HostBackend::new(&mlir)
    };
    let mut rows = Vec::new();
    for d in all {
        for case in conformance::cases(Suite::Host)
            .iter()
            .filter(|c| pick(c.check))
        {
            rows.extend(
                conformance::run(&mut host, &d, case)
                    .unwrap_or_else(|e| panic!("{} {case:?}: {e}", d.rec.name)),
            );
        }
    }
    assert!(!rows.is_empty());
    let failed: Vec<_> = rows.iter().filter(|r| !r.passed()).cloned().collect();
    assert!(failed.is_empty(), "{}", conformance::table(&failed));
}

#[test]
fn forward_kernels_match_the_interpreter() {
    conform(|c| c == Check::Forward { chunked: false });
}

/// Every example's sequential forward as a block scan, whatever the plan would choose: the
/// host's one-thread blocks walk tiles of three steps (the scan length rarely a multiple of
/// them) and of four (vector reads and writes where a thread has all four); and with the
/// block scan off (one thread per scan, where the plan would choose it). Forward and backward
/// (which reads the forward's checkpoints).
#[test]
fn block_scan_kernels_match_the_interpreter() {
    let block = |steps| Some(BlockScan::new(32, steps));
    for b in [block(3), block(4), None] {
        let overrides = PlanOverrides {
            block: Some(b),
            ..Default::default()
        };
        conform_with(overrides, |c| {
            matches!(
                c,
                Check::Forward { chunked: false } | Check::Backward { chunked: false }
            )
        });
    }
}

/// Block scans at lengths that four divides: every step read and written as part of a
/// vector, the states' points (where there are several) scanned one at a time.
#[test]
fn block_scan_vector_kernels_match_the_interpreter() {
    let block = |steps| Some(BlockScan::new(32, steps));
    let mlir = Mlir::new();
    let mut host = HostBackend {
        overrides: PlanOverrides {
            block: Some(block(4)),
            ..Default::default()
        },
        ..HostBackend::new(&mlir)
    };
    // (Coupled states and chains of scans have no block scan: the plan refuses one.)
    for d in all_derived()
        .into_iter()
        .filter(|d| !d.coupled() && !d.chained())
    {
        for (len, outer, summed) in [(48, vec![2, 3], 4), (8, vec![1, 2], 16)] {
            let case = conformance::Case {
                check: Check::Forward { chunked: false },
                len,
                outer,
                summed,
                optional: true,
                seed: 9,
            };
            for r in conformance::run(&mut host, &d, &case).expect("runs") {
                assert!(r.passed(), "{}", conformance::table(&[r]));
            }
        }
    }
}

/// The plan of example `name`, after checking that it asks for no block scan and refuses one,
/// saying `why`.
fn block_scan_refused(name: &str, why: &str) -> KernelPlan {
    let d = all_derived()
        .into_iter()
        .find(|d| d.rec.name == name)
        .unwrap_or_else(|| panic!("{name}.lr is an example"));
    let plan = KernelPlan::new(&d, &example_dims(), 256, 32).expect("plans");
    assert!(plan.block.is_none() && plan.block_alt.is_none());
    let err = plan
        .clone()
        .with_block_scan(Some(BlockScan::new(32, 4)))
        .expect_err("refused");
    assert!(err.to_string().contains(why), "{err}");
    plan
}

/// A block scan composes diagonal maps in its threads: asked for coupled states, the plan says
/// so instead of emitting one; by default their forward walks each scan in one thread.
#[test]
fn a_block_scan_of_coupled_states_is_refused() {
    let plan = block_scan_refused("biquad", "coupled states have no block scan");
    assert!(plan.coupled);
    assert_eq!(plan.lanes, 1);
}

/// A chain of scans (mLSTM: `C` and `n` gated by `m`) has no block scan either: its threads
/// would compose maps of steps before the states they read are known.
#[test]
fn a_block_scan_of_a_chain_is_refused() {
    assert!(block_scan_refused("mlstm", "a chain of scans has no block scan").chained);
}

/// The block-scan forward the cost model may choose besides the sequential one (states'
/// points taken in turns), where an example has one.
#[test]
fn block_forward_kernels_match_the_interpreter() {
    conform(|c| matches!(c, Check::ForwardBlock { .. }));
}

#[test]
fn chunked_forward_kernels_match_the_interpreter() {
    conform(|c| c == Check::Forward { chunked: true });
}

#[test]
fn step_kernels_match_the_derived_step() {
    conform(|c| matches!(c, Check::Step { .. }));
}

#[test]
fn backward_kernels_match_the_derived_backward() {
    conform(|c| matches!(c, Check::Backward { .. }));
}

/// `--backward-atomics`: the blocks add their tiles into one zeroed sum per element (on the
/// host, blocks one after another: the layout, the zeroing and the single-term reduce).
#[test]
fn backward_atomics_kernels_match_the_derived_backward() {
    let atomics = PlanOverrides {
        backward_atomics: true,
        ..Default::default()
    };
    conform_with(atomics, |c| matches!(c, Check::Backward { .. }));
}

#[test]
fn bf16_and_f16_storage_kernels_match_the_interpreter() {
    use linrec_compiler::ir::DType;
    let mlir = Mlir::new();
    let mut host = HostBackend::new(&mlir);
    let case = conformance::Case {
        check: Check::Forward { chunked: false },
        len: 70,
        outer: vec![2, 3],
        summed: 4,
        optional: false,
        seed: 5,
    };
    for d in all_derived()
        .into_iter()
        .filter(|d| ["first_order", "selective_scan"].contains(&d.rec.name.as_str()))
    {
        for dtype in [DType::BF16, DType::F16] {
            let d = d.with_storage(dtype);
            for r in conformance::run(&mut host, &d, &case).expect("runs") {
                assert!(r.passed(), "{}", conformance::table(&[r]));
                // The outputs are stored rounded, so they cannot match the reference exactly.
                assert!(
                    r.rel_err > 0.0,
                    "{} {dtype:?}: stored values must be rounded",
                    d.rec.name
                );
            }
        }
    }
}

/// Mixed storage (`--dtype bf16 --dtype-of A=f32,Dskip=f32,dt_bias=f32`: the parameters in
/// f32, the sequences and the state in bf16): every entry point of the selective scan, each
/// tensor loaded, stored and its gradient written in its own dtype.
#[test]
fn mixed_storage_kernels_match_the_interpreter() {
    use linrec_compiler::ir::DType;
    let mlir = Mlir::new();
    let mut host = HostBackend::new(&mlir);
    let d = all_derived()
        .into_iter()
        .find(|d| d.rec.name == "selective_scan")
        .expect("the example");
    let mut d = d.with_storage(DType::BF16);
    for name in ["A", "Dskip", "dt_bias"] {
        assert!(d.set_storage_of(name, DType::F32), "{name}");
    }
    assert!(!d.set_storage_of("nothing", DType::F32));
    every_entry_point(&mut host, &d, &[2, 3], 4, 11);
}

/// Every entry point of `d` on the host, 70 steps (a step: one), against the interpreter.
fn every_entry_point(
    host: &mut HostBackend<'_>,
    d: &linrec_compiler::derive::Derived,
    outer: &[usize],
    summed: usize,
    seed: u64,
) {
    // (The block scan has cases of its own.)
    let checks = Check::ALL
        .into_iter()
        .filter(|c| !matches!(c, Check::ForwardBlock { .. }));
    for check in checks {
        let case = conformance::Case {
            check,
            len: if matches!(check, Check::Step { .. } | Check::StepFold { .. }) {
                1
            } else {
                70
            },
            outer: outer.to_vec(),
            summed,
            optional: true,
            seed,
        };
        for r in conformance::run(host, d, &case).expect("runs") {
            assert!(r.passed(), "{}", conformance::table(&[r]));
        }
    }
}

/// The plan of `d` with every summed dim of size `n`.
fn plan_n(d: &linrec_compiler::derive::Derived, n: usize) -> KernelPlan {
    let fixed: BTreeMap<String, usize> = conformance::summed_dims(d)
        .into_iter()
        .map(|name| (name, n))
        .collect();
    KernelPlan::new(d, &fixed, 64, 32).expect("plan")
}

#[test]
fn every_kernel_lowers_to_ptx_without_externals() {
    let mlir = Mlir::new();
    for d in all_derived() {
        let plan = plan_n(&d, 16);
        let bw = kernel::emit_backward(&d, &plan, Target::Gpu).expect("backward");
        let mut all: Vec<kernel::Kernel> = [KernelKind::Forward, KernelKind::Step]
            .into_iter()
            .map(|kind| kernel::emit(&d, &plan, Target::Gpu, kind))
            .collect();
        all.push(kernel::emit(
            &d,
            &plan,
            Target::Gpu,
            KernelKind::ChunkReduce,
        ));
        all.push(kernel::emit_chunk_carry(&d, &plan, Target::Gpu));
        all.push(kernel::emit(&d, &plan, Target::Gpu, KernelKind::ChunkApply));
        all.push(bw.backward);
        all.extend(bw.reduces.into_iter().map(|(_, k)| k));
        for k in all {
            let kind = k.kind;
            let text = kernel::module_text(std::slice::from_ref(&k), Target::Gpu);
            let ptx = mlir
                .to_ptx(&text)
                .unwrap_or_else(|e| panic!("{} {kind:?}: {e}\n{text}", d.rec.name));
            assert!(ptx.contains(&format!(".entry {}", k.name)), "{ptx}");
            assert!(
                !ptx.contains(".extern"),
                "{}: unresolved externals\n{ptx}",
                k.name
            );
        }
    }
}

/// The options `scripts/regen-kernels.sh` compiles the bundled examples with.
fn regen_options() -> pipeline::CompileOptions {
    pipeline::CompileOptions {
        fixed: example_dims(),
        ..Default::default()
    }
}

#[test]
fn kernels_generated_are_up_to_date() {
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(root().join("lang-examples")).expect("examples") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|x| x != "lr") {
            continue;
        }
        let stem = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .to_string();
        // As scripts/regen-kernels.sh writes them: f32 with MLIR, bf16 PTX only, and where a
        // recurrence of the file has a sum to run before the scan (split by default), the fused
        // kernels in f32 (PTX only).
        let mut variants = vec![
            (stem.clone(), None, true, None),
            (
                format!("{stem}-bf16"),
                Some(linrec_compiler::ir::DType::BF16),
                false,
                None,
            ),
        ];
        let pre_pass = pipeline::derive(&load(&path))
            .expect("derives")
            .recurrences
            .iter()
            .filter_map(linrec_compiler::derive::split::split)
            .any(|s| {
                s.between
                    .iter()
                    .any(|b| b.holds == linrec_compiler::derive::split::Holds::Sum)
            });
        if pre_pass {
            variants.push((format!("{stem}-fused"), None, false, Some(false)));
        }
        for (name, dtype, with_mlir, split) in variants {
            let dir = root().join("kernels-generated").join(&name);
            let base = regen_options();
            let opts = pipeline::CompileOptions {
                dtype,
                plan: PlanOverrides { split, ..base.plan },
                ..base
            };
            let compiled = pipeline::compile(&load(&path), &opts).expect("compiles");
            let mut expect = vec![("manifest.json".to_string(), compiled.manifest.to_json())];
            for k in &compiled.kernels {
                expect.push((k.manifest.ptx.clone(), k.ptx.clone()));
                if with_mlir {
                    expect.push((format!("{}.mlir", k.manifest.name), k.mlir.clone()));
                }
            }
            if let Some(l) = &compiled.layers {
                expect.push(("layers.ptx".to_string(), l.ptx.clone()));
                if with_mlir {
                    expect.push(("layers.mlir".to_string(), l.mlir.clone()));
                }
            }
            for (file, text) in expect {
                if std::fs::read_to_string(dir.join(&file)).ok().as_deref() != Some(text.as_str()) {
                    stale.push(format!("kernels-generated/{name}/{file}"));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated kernels changed; run scripts/regen-kernels.sh and commit:\n  {}",
        stale.join("\n  ")
    );
}

/// The plan of the first recurrence of `file` with `N` fixed to `n`.
fn plan_of(file: &str, n: usize) -> KernelPlan {
    let src = load(&root().join("lang-examples").join(file));
    let d = pipeline::derive(&src)
        .unwrap_or_else(|e| panic!("{}", src.render(&e, false)))
        .recurrences
        .remove(0);
    let fixed = [("N".to_string(), n)].into_iter().collect();
    KernelPlan::new(&d, &fixed, 64, 32).expect("plan")
}

#[test]
fn lanes_and_unroll_follow_the_state_and_the_layout() {
    // Sequence-major Mamba scan: nothing staged, so N splits over 8 lanes (2 points each);
    // a step reads u, delta, z (one lane's share each) and 2 points of B and C → 16 steps.
    let p = plan_of("mamba.lr", 16);
    assert_eq!((p.lanes, p.unroll), (8, 16));
    assert_eq!(p.split_dim().map(|d| p.local_size(d)), Some(Some(2)));
    // Lanes fall back to the largest power of two that divides N.
    assert_eq!(plan_of("mamba.lr", 4).lanes, 4);
    assert_eq!(plan_of("mamba.lr", 6).lanes, 2);
    assert_eq!(plan_of("mamba.lr", 1).lanes, 1);
    assert_eq!(plan_of("mamba.lr", 16).with_lanes(1).lanes, 1);
    // Channel-major: u, delta, z and y are staged per thread, so one lane by default; B and
    // C (32 values a step) are read 2 steps at a time. Split by `--lanes`, nothing is staged
    // (the lanes of a point read 8 consecutive steps of each row together).
    let p = plan_of("selective_scan.lr", 16);
    assert_eq!((p.lanes, p.unroll), (1, 2));
    assert_eq!((p.staged_inputs.len(), p.staged_outputs.len()), (3, 1));
    let p = p.with_lanes(8);
    assert_eq!((p.lanes, p.unroll), (8, 16));
    assert!(p.staged_inputs.is_empty() && p.staged_outputs.is_empty());
    // No summed dim: nothing to split.
    assert_eq!(plan_of("first_order.lr", 16).lanes, 1);
}

#[test]
fn rows_past_the_shared_memory_budget_are_read_and_written_in_place() {
    use linrec_compiler::emit::plan::MAX_SHARED_BYTES;
    use linrec_compiler::emit::verify::run_forward;
    use linrec_compiler::interp;
    // Ten per-step outputs: at 64 threads and a tile of 32, a staged row takes 8,960 bytes,
    // so the two inputs and three outputs are staged and seven outputs are written in place.
    let outputs: Vec<String> = (0..10).map(|i| format!("y{i}: f32[B, L]")).collect();
    let body: String = (0..10)
        .map(|i| format!("  y{i}[b, t] = h[b] * {};\n", i + 1))
        .collect();
    let text = format!(
        "recurrence many(a: f32[B, L] in [0.5, 0.9], x: f32[B, L]) -> ({}) {{\n  scan t over L;\n  \
         state h: f32[B] = 0;\n  h[b] = a[b, t] * h[b] + x[b, t];\n{body}}}\n",
        outputs.join(", ")
    );
    let src = pipeline::Source::new("many.lr", text);
    let derived = pipeline::derive(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
    let d = &derived.recurrences[0];
    let plan = KernelPlan::new(d, &BTreeMap::new(), 64, 32).expect("plan");
    assert_eq!(
        (plan.staged_inputs.len(), plan.staged_outputs.len()),
        (2, 3)
    );
    assert_eq!(plan.unstaged, 7);
    let (kernels, _) = kernel::emit_all(d, &plan, Target::Gpu).expect("emits");
    assert!(kernels.iter().all(|k| k.shared_bytes <= MAX_SHARED_BYTES));
    // The forward still matches the interpreter, staged rows and unstaged alike.
    let case = conformance::Case {
        check: Check::Forward { chunked: false },
        len: 70,
        outer: vec![130],
        summed: 1,
        optional: false,
        seed: 9,
    };
    let mlir = Mlir::new();
    let host = HostBackend::new(&mlir);
    let (sizes, _) = conformance::sizes_of(&host, d, &case);
    let x = conformance::inputs(d, &sizes, &case);
    let want = interp::run(&d.rec, &sizes, &x).expect("interp");
    let got = run_forward(&host.jit, d, &plan, &sizes, &x).expect("host forward");
    assert_eq!((got.len(), want.outputs.len()), (10, 10));
    for (g, w) in got.iter().zip(&want.outputs) {
        assert_eq!(g.data.len(), w.data.len());
        assert!(
            w.data.iter().any(|&v| v.abs() > 0.1),
            "a vacuous comparison"
        );
        let worst = g
            .data
            .iter()
            .zip(&w.data)
            .map(|(g, w)| (g - w).abs() / w.abs().max(1.0))
            .fold(0.0, f64::max);
        assert!(worst < 1e-5, "{worst}");
    }
    // The whole compile of 100 outputs fits too (it used to need 900 KB of shared memory).
    let many = (0..100)
        .map(|i| format!("y{i}: f32[B, L]"))
        .collect::<Vec<_>>();
    let body: String = (0..100)
        .map(|i| format!("  y{i}[b, t] = h[b];\n"))
        .collect();
    let text = format!(
        "recurrence many(a: f32[B, L], x: f32[B, L]) -> ({}) {{\n  scan t over L;\n  \
         state h: f32[B] = 0;\n  h[b] = a[b, t] * h[b] + x[b, t];\n{body}}}\n",
        many.join(", ")
    );
    let src = pipeline::Source::new("hundred.lr", text);
    let derived = pipeline::derive(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
    let plan = KernelPlan::new(&derived.recurrences[0], &BTreeMap::new(), 64, 32).expect("plan");
    assert_eq!(plan.unstaged, 100 + 2 - 5);
}

#[test]
fn nested_sums_cost_their_sizes_added_in_every_kernel() {
    // y = h + Σ_n w·(Σ_n w·(… x)): each level's gradient share is emitted once per point of
    // its own shape, not once per point of every enclosing sum (16^depth before).
    let spec = |depth: usize| {
        let mut nested = "x[b, t]".to_string();
        for _ in 0..depth {
            nested = format!("sum(n, w[b, n, t] * ({nested}))");
        }
        format!(
            "recurrence f(a: f32[B, L] in [0.5, 0.9], x: f32[B, L], w: f32[B, N, L] in [-0.5, 0.5]) \
             -> (y: f32[B, L]) {{\n  scan t over L;\n  state h: f32[B] = 0;\n  \
             h[b] = a[b, t] * h[b] + x[b, t];\n  y[b, t] = h[b] + {nested};\n}}\n"
        )
    };
    let size = |depth: usize| {
        let src = pipeline::Source::new("nested.lr", spec(depth));
        let derived =
            pipeline::derive(&src).unwrap_or_else(|e| panic!("{}", src.render(&e, false)));
        let d = &derived.recurrences[0];
        let fixed = BTreeMap::from([("N".to_string(), 16)]);
        let plan = KernelPlan::new(d, &fixed, 64, 32).expect("plan");
        let (kernels, _) = kernel::emit_all(d, &plan, Target::Gpu).expect("emits");
        kernels
            .iter()
            .map(|k| kernel::module_text(std::slice::from_ref(k), Target::Gpu).len())
            .sum::<usize>()
    };
    let (two, six) = (size(2), size(6));
    assert!(
        six < 3 * two,
        "MLIR grows faster than the depth: {two} bytes at 2, {six} at 6"
    );
    // And the kernels of a three-deep nest still match the interpreter, forward and backward.
    let src = pipeline::Source::new("nested.lr", spec(3));
    let derived = pipeline::derive(&src).expect("derives");
    let mlir = Mlir::new();
    let mut host = HostBackend::new(&mlir);
    for check in [
        Check::Forward { chunked: false },
        Check::Backward { chunked: false },
        Check::Backward { chunked: true },
    ] {
        let case = conformance::Case {
            check,
            len: 9,
            outer: vec![3],
            summed: 4,
            optional: false,
            seed: 3,
        };
        for r in conformance::run(&mut host, &derived.recurrences[0], &case).expect("runs") {
            assert!(r.passed(), "{}", conformance::table(&[r]));
        }
    }
}

#[test]
fn a_reference_cancelled_to_rounding_is_compared_in_absolute_terms() {
    // Zero in exact arithmetic: f64 leaves 1e-17, f32 1e-9; relative to the reference
    // itself that is an error of 1e8, in absolute terms none worth the name.
    let want = [1e-17, -2e-17, 0.0, 5e-18];
    let got = [1e-9, -3e-9, 2e-9, 0.0];
    assert!(conformance::floored_err(&got, &want) < 1e-5);
    // Above the floor it is the plain relative error.
    let want = [1.0, -2.0, 0.5, 3.0];
    let got = [1.0, -2.0, 0.5, 3.0 + 1e-3];
    let plain = 1e-3 / (1.0f64 + 4.0 + 0.25 + 9.0).sqrt();
    assert!((conformance::floored_err(&got, &want) - plain).abs() < 1e-15);
}

/// `--backward-cluster 8`: the backward walks of the selective scan declare clusters of 8
/// blocks and add their dB, dC tiles through distributed shared memory, so one partial per
/// cluster leaves (the workspace divides by 8); launches pad their grids to whole clusters;
/// other kernels keep none; sizes other than 1, 2, 4, 8 are refused. (The GPU suite checks
/// such kernels' gradients: the host has no clusters.)
#[test]
fn backward_clusters_shrink_the_block_partials() {
    use linrec_compiler::manifest::{Buffer, Factor};
    let src = load(&root().join("lang-examples/selective_scan.lr"));
    let compile = |cluster: Option<u32>| {
        pipeline::compile(
            &src,
            &pipeline::CompileOptions {
                plan: linrec_compiler::emit::plan::PlanOverrides {
                    backward_cluster: cluster,
                    ..Default::default()
                },
                ..regen_options()
            },
        )
    };
    let by = |c: &pipeline::Compiled, input: &str| {
        let rec = &c.manifest.recurrences[0];
        let w = rec.programs.backward.sequential.workspaces.iter();
        let w = w
            .filter(|w| w.buffer == Buffer::Partial(input.into()))
            .collect::<Vec<_>>();
        assert_eq!(w.len(), 1, "one partial workspace of {input}");
        w[0].elems
            .0
            .iter()
            .find_map(|f| match f {
                Factor::CeilDiv { dim, by } if dim == "D" => Some(*by),
                _ => None,
            })
            .expect("partials per block along D")
    };
    let plain = compile(None).expect("compiles");
    let clustered = compile(Some(8)).expect("compiles");
    for input in ["Bm", "Cm"] {
        assert_eq!(by(&clustered, input), 8 * by(&plain, input), "{input}");
    }
    for k in &clustered.kernels {
        let m = &k.manifest;
        let walks = matches!(m.kind, KernelKind::Backward | KernelKind::BackwardSegment);
        assert_eq!(m.cluster, if walks { 8 } else { 1 }, "{}", m.name);
        if walks {
            assert!(k.ptx.contains(".reqnctapercluster 8, 1, 1"), "{}", m.name);
            assert!(k.ptx.contains("mapa.shared::cluster"), "{}", m.name);
            // 40 points of D, 32 a block: 2 blocks, padded to a cluster, per batch row.
            assert_eq!(m.blocks(40, 3), Some(24), "{}", m.name);
        }
    }
    assert!(plain.kernels.iter().all(|k| k.manifest.cluster == 1));
    let err = compile(Some(3))
        .expect_err("3 blocks per cluster")
        .to_string();
    assert!(
        err.contains("--backward-cluster") && err.contains("1, 2, 4 or 8"),
        "{err}"
    );
}

/// Chains of scans beyond `mlstm.lr` (`support::CHAIN_SPECS`: three deep in a reverse scan with
/// lanes, a coupled pair reading an earlier state): every host case.
#[test]
fn chain_kernels_match_the_interpreter() {
    conform_these(
        crate::support::chain_specs(),
        PlanOverrides::default(),
        |_| true,
    );
}

/// The selective scan's dt projection folded in ([`crate::support::FOLDED_DT_SPEC`]) runs
/// fused (`--split off`), every host case against the interpreter; its plan counts the values
/// a thread holds (16 state points + 66 of inputs without L at N = 16, R = 48; the product, 768,
/// was refused), still at most 256.
#[test]
fn a_folded_projection_runs_fused_and_plans_by_the_values_held() {
    let d = crate::support::derive_text(FOLDED_DT_SPEC.0, FOLDED_DT_SPEC.1);
    let fixed = |r| BTreeMap::from([("N".to_string(), 16), ("R".to_string(), r)]);
    let plan = KernelPlan::new(&d, &fixed(48), 64, 32).expect("82 values held");
    assert!(plan.sum_in_update && plan.lanes == 1);
    let err = KernelPlan::new(&d, &fixed(256), 64, 32).expect_err("290 values held");
    assert!(err.to_string().contains("at most 256"), "{err}");
    let fused = PlanOverrides {
        split: Some(false),
        ..Default::default()
    };
    conform_these(vec![d], fused, |_| true);
}

/// Every example that splits (a sum that reads no state over a dim that no state has, S5's
/// input projection, for a pre-pass; an output that sums a state over one of its dims, the
/// selective scan's `Σ_n C · h`, for a post-pass), split into its parts, against the
/// interpreter of the whole recurrence: every host case (both forwards, the step, both
/// backwards).
#[test]
fn split_kernels_match_the_interpreter() {
    let split: Vec<_> = all_derived()
        .into_iter()
        .filter(|d| linrec_compiler::derive::split::split(d).is_some())
        .collect();
    let names: Vec<&str> = split.iter().map(|d| d.rec.name.as_str()).collect();
    for name in ["s5", "lru", "selective_scan", "mlstm"] {
        assert!(names.contains(&name), "{names:?}");
    }
    let overrides = PlanOverrides {
        split: Some(true),
        ..Default::default()
    };
    conform_these(split, overrides, |_| true);
}

/// The compiler splits by itself where a sum inside an update can run before the scan (S5,
/// the LRU: measured many times faster split), and nowhere else at the suite's sizes (a
/// post-pass alone, the selective scan's `Σ_n C · h`, would write every step's states); the
/// fused kernels it no longer chooses for S5 and the LRU (`--split off`) still match the
/// interpreter at every entry point.
#[test]
fn auto_splits_where_a_sum_runs_before_the_scan_and_fused_still_matches() {
    for (file, split) in [
        ("s5", true),
        ("lru", true),
        ("selective_scan", false),
        ("mamba2", false),
    ] {
        let compiled = pipeline::compile(
            &load(&root().join(format!("lang-examples/{file}.lr"))),
            &regen_options(),
        )
        .unwrap_or_else(|e| panic!("{file}: {e}"));
        let names: Vec<&str> = compiled
            .kernels
            .iter()
            .map(|k| k.manifest.name.as_str())
            .collect();
        let has_parts = names
            .iter()
            .any(|n| n.contains("_pre_") || n.contains("_post_"));
        assert_eq!(has_parts, split, "{file}: {names:?}");
    }
    let fused: Vec<_> = all_derived()
        .into_iter()
        .filter(|d| ["s5", "lru"].contains(&d.rec.name.as_str()))
        .collect();
    assert_eq!(fused.len(), 2);
    let overrides = PlanOverrides {
        split: Some(false),
        ..Default::default()
    };
    conform_these(fused, overrides, |_| true);
}

/// S5 at sizes whose summed dims together hold far more points than a thread can (M = N = 64:
/// 4096), which the compiler splits by itself: the forward, the step and both backwards of the
/// split against the interpreter of the whole.
#[test]
fn s5_too_large_to_fuse_is_split_and_matches_the_interpreter() {
    let d = all_derived()
        .into_iter()
        .find(|d| d.rec.name == "s5")
        .expect("s5.lr is an example");
    let mlir = Mlir::new();
    let mut host = HostBackend::new(&mlir);
    every_entry_point(&mut host, &d, &[2], 64, 5);
}

/// S5 at the sizes that were refused (M = 128, N = 64: 8,192 points per thread whole) compiles
/// by itself, split: the pre-pass sums over M, the scan holds N. Issue 15 asks for under 10 s
/// (the release CLI took 7.9 s on a 2-core machine); this debug build, which other tests share
/// the cores with, gets twice that.
#[test]
fn s5_at_m128_n64_compiles_split_in_seconds() {
    let opts = pipeline::CompileOptions {
        fixed: [("M".to_string(), 128), ("N".to_string(), 64)]
            .into_iter()
            .collect(),
        ..Default::default()
    };
    let t = std::time::Instant::now();
    let compiled = pipeline::compile(&load(&root().join("lang-examples/s5.lr")), &opts)
        .unwrap_or_else(|e| panic!("{e}"));
    let took = t.elapsed();
    let r = &compiled.manifest.recurrences[0];
    for k in ["s5_pre_fwd", "s5_fwd", "s5_post_fwd"] {
        assert!(r.kernel(k).is_some(), "{k}");
    }
    let fixed = |n: &str| r.dims.iter().find(|d| d.name == n).and_then(|d| d.fixed);
    assert_eq!((fixed("M"), fixed("N")), (Some(128), Some(64)));
    assert!(compiled.kernels.iter().all(|k| !k.ptx.is_empty()));
    assert!(took.as_secs_f64() < 20.0, "took {took:?}");
}

/// The split with every tensor stored in bf16 (the tensors between the parts stay f32): S5
/// (pre-pass, scan, post-pass) and the selective scan (a copy of `u` for the post-pass), every
/// entry point.
#[test]
fn split_bf16_kernels_match_the_interpreter() {
    use linrec_compiler::ir::DType;
    let mlir = Mlir::new();
    let mut host = HostBackend {
        overrides: PlanOverrides {
            split: Some(true),
            ..Default::default()
        },
        ..HostBackend::new(&mlir)
    };
    for name in ["s5", "selective_scan"] {
        let d = all_derived()
            .into_iter()
            .find(|d| d.rec.name == name)
            .expect("an example")
            .with_storage(DType::BF16);
        every_entry_point(&mut host, &d, &[2, 3], 4, 13);
    }
}
