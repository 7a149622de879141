//! Generated kernels, built for the host and JIT-compiled through MLIR, against the float64
//! interpreter: every recurrence of every example, forward and step, at awkward shapes.

use std::collections::BTreeMap;

use linrec_compiler::derive::Derived;
use linrec_compiler::emit::kernel::{self, KernelKind, Target};
use linrec_compiler::emit::lower::Mlir;
use linrec_compiler::emit::plan::KernelPlan;
use linrec_compiler::emit::verify;
use linrec_compiler::interp::{self, Sizes, Tensor};
use linrec_compiler::pipeline;

use crate::support::{all_derived, load, rel_err, root};

/// Sizes by dim name for the shape under test; summed dims get `n`.
fn sizes_for(
    d: &Derived,
    len: usize,
    other: &[usize],
    n: usize,
) -> (Sizes, BTreeMap<String, usize>) {
    let mut fixed = BTreeMap::new();
    let mut k = 0;
    let sizes = d
        .rec
        .dims
        .iter()
        .map(|(h, dim)| {
            if h == d.rec.scan {
                return len;
            }
            if dim.name == "N" {
                fixed.insert(dim.name.clone(), n);
                return n;
            }
            k += 1;
            other[(k - 1) % other.len()]
        })
        .collect();
    (Sizes(sizes), fixed)
}

/// (L, other dims, N): one step, a length that is not a multiple of the tile, odd dims, N = 1.
const SHAPES: [(usize, [usize; 2], usize); 4] = [
    (1, [1, 1], 1),
    (45, [3, 5], 4),
    (70, [2, 3], 1),
    (33, [1, 7], 16),
];

#[test]
fn forward_kernels_match_the_interpreter() {
    let mlir = Mlir::new();
    for d in all_derived() {
        for (seed, &(len, other, n)) in SHAPES.iter().enumerate() {
            let (sizes, fixed) = sizes_for(&d, len, &other, n);
            let plan = KernelPlan::new(&d, &fixed, 64, 32).expect("plan");
            for with_optional in [false, true] {
                let mut x = interp::random_inputs(&d.rec, &sizes, seed as u64);
                if with_optional {
                    for ((_, i), slot) in d.rec.inputs.iter().zip(x.iter_mut()) {
                        if i.optional {
                            let shape = sizes.shape(&i.dims);
                            let n = shape.iter().product();
                            *slot = Some(Tensor {
                                shape,
                                data: (0..n).map(|k| (k as f64 * 0.37).sin()).collect(),
                            });
                        }
                    }
                }
                let want = interp::run(&d.rec, &sizes, &x).expect("interp");
                let got = verify::run_forward(&mlir, &d, &plan, &sizes, &x)
                    .unwrap_or_else(|e| panic!("{}: {e}", d.rec.name));
                for ((_, o), (g, w)) in d.rec.outputs.iter().zip(got.iter().zip(&want.outputs)) {
                    let err = rel_err(&g.data, &w.data);
                    assert!(
                        err < 1e-5,
                        "{} output {} at L={len} {other:?} N={n}: rel err {err:e}",
                        d.rec.name,
                        o.name
                    );
                }
            }
        }
    }
}

#[test]
fn chunked_forward_kernels_match_the_interpreter() {
    let mlir = Mlir::new();
    // One step; exactly one chunk; several chunks with a ragged last one.
    let shapes: [(usize, [usize; 2], usize); 3] =
        [(1, [2, 3], 1), (256, [1, 3], 2), (600, [2, 1], 4)];
    for d in all_derived() {
        for (seed, &(len, other, n)) in shapes.iter().enumerate() {
            let (sizes, fixed) = sizes_for(&d, len, &other, n);
            let plan = KernelPlan::new(&d, &fixed, 64, 32).expect("plan");
            let x = interp::random_inputs(&d.rec, &sizes, seed as u64 + 3);
            let want = interp::run(&d.rec, &sizes, &x).expect("interp");
            let got = verify::run_forward_chunked(&mlir, &d, &plan, &sizes, &x)
                .unwrap_or_else(|e| panic!("{}: {e}", d.rec.name));
            for ((_, o), (g, w)) in d.rec.outputs.iter().zip(got.iter().zip(&want.outputs)) {
                let err = rel_err(&g.data, &w.data);
                assert!(
                    err < 1e-5,
                    "{} chunked {} at L={len}: rel err {err:e}",
                    d.rec.name,
                    o.name
                );
            }
        }
    }
}

#[test]
fn step_kernels_match_the_derived_step() {
    let mlir = Mlir::new();
    for d in all_derived() {
        let (mut sizes, fixed) = sizes_for(&d, 1, &[3, 2], 4);
        sizes.0[d.rec.scan.index()] = 1;
        let plan = KernelPlan::new(&d, &fixed, 64, 32).expect("plan");
        let x = interp::random_inputs(&d.rec, &sizes, 11);
        let state: Vec<Tensor> = d
            .rec
            .states
            .iter()
            .map(|(_, s)| {
                let shape = sizes.shape(&s.dims);
                let n = shape.iter().product();
                Tensor {
                    shape,
                    data: (0..n).map(|k| (k as f64 * 0.61).cos()).collect(),
                }
            })
            .collect();
        let (want_out, want_state) = interp::step(&d, &sizes, &x, &state).expect("interp step");
        let (got_out, got_state) =
            verify::run_step(&mlir, &d, &plan, &sizes, &x, &state).expect("kernel step");
        for (g, w) in got_out.iter().zip(&want_out) {
            assert!(
                rel_err(&g.data, &w.data) < 1e-5,
                "{}: step output",
                d.rec.name
            );
        }
        for (g, w) in got_state.iter().zip(&want_state) {
            assert!(
                rel_err(&g.data, &w.data) < 1e-5,
                "{}: step state",
                d.rec.name
            );
        }
    }
}

#[test]
fn backward_kernels_match_the_derived_backward() {
    let mlir = Mlir::new();
    // One step; fewer steps than a checkpoint chunk; several chunks with a ragged last one.
    let shapes: [(usize, [usize; 2], usize); 4] = [
        (1, [1, 1], 1),
        (45, [3, 2], 4),
        (150, [2, 3], 2),
        (64, [1, 5], 16),
    ];
    for d in all_derived() {
        for (seed, &(len, other, n)) in shapes.iter().enumerate() {
            let (sizes, fixed) = sizes_for(&d, len, &other, n);
            let plan = KernelPlan::new(&d, &fixed, 64, 32).expect("plan");
            let mut x = interp::random_inputs(&d.rec, &sizes, seed as u64 + 7);
            for ((_, i), slot) in d.rec.inputs.iter().zip(x.iter_mut()) {
                if i.optional {
                    let shape = sizes.shape(&i.dims);
                    let n = shape.iter().product();
                    *slot = Some(Tensor {
                        shape,
                        data: (0..n).map(|k| (k as f64 * 0.29).sin()).collect(),
                    });
                }
            }
            let out = interp::run(&d.rec, &sizes, &x).expect("forward");
            let dy: Vec<Tensor> = out
                .outputs
                .iter()
                .enumerate()
                .map(|(k, t)| Tensor {
                    shape: t.shape.clone(),
                    data: (0..t.len())
                        .map(|e| ((e * 13 + k * 7) as f64 * 0.17).cos())
                        .collect(),
                })
                .collect();
            let want = interp::backward(&d, &sizes, &x, &dy).expect("interp backward");
            let got = verify::run_backward(&mlir, &d, &plan, &sizes, &x, &dy)
                .unwrap_or_else(|e| panic!("{}: {e}", d.rec.name));
            for ((_, i), (g, w)) in d.rec.inputs.iter().zip(got.iter().zip(&want.inputs)) {
                let (g, w) = (g.as_ref().expect("given"), w.as_ref().expect("given"));
                let err = rel_err(&g.data, &w.data);
                assert!(
                    err < 1e-4,
                    "{} d{} at L={len} {other:?} N={n}: rel err {err:e}\n got  {:?}\n want {:?}",
                    d.rec.name,
                    i.name,
                    &g.data[..g.len().min(5)],
                    &w.data[..w.len().min(5)]
                );
            }
        }
    }
}

#[test]
fn every_kernel_lowers_to_ptx_without_externals() {
    let mlir = Mlir::new();
    for d in all_derived() {
        let (_, fixed) = sizes_for(&d, 1, &[1], 16);
        let plan = KernelPlan::new(&d, &fixed, 64, 32).expect("plan");
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
        fixed: [("N".to_string(), 16)].into_iter().collect(),
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
        // As scripts/regen-kernels.sh writes them: f32 with MLIR, bf16 PTX only.
        let variants = [
            (stem.clone(), None, true),
            (
                format!("{stem}-bf16"),
                Some(linrec_compiler::ir::DType::BF16),
                false,
            ),
        ];
        for (name, dtype, with_mlir) in variants {
            let dir = root().join("kernels-generated").join(&name);
            let opts = pipeline::CompileOptions {
                dtype,
                ..regen_options()
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

#[test]
fn bf16_and_f16_storage_kernels_match_the_interpreter() {
    use linrec_compiler::ir::DType;
    let mlir = Mlir::new();
    for d in all_derived()
        .into_iter()
        .filter(|d| ["first_order", "selective_scan"].contains(&d.rec.name.as_str()))
    {
        for dtype in [DType::BF16, DType::F16] {
            let d = d.with_storage(dtype);
            let (sizes, fixed) = sizes_for(&d, 70, &[2, 3], 4);
            let plan = KernelPlan::new(&d, &fixed, 64, 32).expect("plan");
            let x = interp::random_inputs(&d.rec, &sizes, 5);
            // The reference sees the inputs as stored.
            let round = |v: f64| match dtype {
                DType::BF16 => f64::from(half::bf16::from_f64(v).to_f32()),
                _ => f64::from(half::f16::from_f64(v).to_f32()),
            };
            let xr: Vec<Option<Tensor>> = x
                .iter()
                .map(|t| {
                    t.as_ref().map(|t| Tensor {
                        shape: t.shape.clone(),
                        data: t.data.iter().map(|&v| round(v)).collect(),
                    })
                })
                .collect();
            let want = interp::run(&d.rec, &sizes, &xr).expect("interp");
            let got = verify::run_forward(&mlir, &d, &plan, &sizes, &x).expect("forward");
            for (g, w) in got.iter().zip(&want.outputs) {
                let err = rel_err(&g.data, &w.data);
                assert!(err < 2e-2, "{} {dtype:?}: rel err {err:e}", d.rec.name);
                assert!(err > 0.0, "stored values must be rounded");
            }
        }
    }
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
    // Channel-major: u, delta, z are staged per thread, so no lanes; B and C (32 values a
    // step) are read 2 steps at a time.
    let p = plan_of("selective_scan.lr", 16);
    assert_eq!((p.lanes, p.unroll), (1, 2));
    // No summed dim: nothing to split.
    assert_eq!(plan_of("first_order.lr", 16).lanes, 1);
}
