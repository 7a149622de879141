//! `linrec-gpu bench` and `variants`: copy bandwidth (the floor), then our kernels at the
//! shapes of ../shared/TARGETS.md, timed with CUDA events (median of many runs after warm-up,
//! inputs larger than L2), each a [`Record`] with its floor and, where the peers' script ran
//! in the same session, the peer's time. A program, not a timed test.

use std::collections::HashMap;
use std::path::Path;

use linrec_compiler::derive::Derived;
use linrec_compiler::interp::Sizes;
use linrec_compiler::ir::DType;
use linrec_compiler::strategy::{Request, Strategy};
use linrec_runtime::compiled::{CompiledRecurrence, DeviceTensor, read_manifest, upload};
use linrec_runtime::timing::time_ms;
use linrec_runtime::{Gpu, Result};
use serde_json::Value;

use crate::results::Record;
use crate::spec::derive_source;

/// One timed recurrence: where its kernels are, its shape, and what to time.
#[derive(Debug, Clone)]
pub struct Run<'a> {
    pub dir: &'a Path,
    pub name: &'a str,
    pub shape: Vec<(&'a str, usize)>,
    /// Forced strategy (the row name says which), else the cost model's.
    pub request: Option<Request>,
    pub backward: bool,
    /// Appended to the row name (e.g. a layout or a variant's dir).
    pub label: String,
}

impl Run<'_> {
    /// The forced strategy (else `Auto`) and the sizes given, e.g. `Block B=8,D=1536,L=2048,N=16`.
    pub fn describe(&self) -> String {
        let sizes: Vec<String> = self.shape.iter().map(|(n, s)| format!("{n}={s}")).collect();
        format!("{:?} {}", self.request.unwrap_or_default(), sizes.join(","))
    }
}

fn random_device_inputs(
    gpu: &Gpu,
    sizes: &Sizes,
    d: &Derived,
    dtype: DType,
) -> Result<Vec<Option<DeviceTensor>>> {
    // Random values in each input's range, generated in f32 directly (shapes are large).
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    d.rec
        .inputs
        .iter()
        .map(|(_, i)| {
            if i.optional {
                return Ok(None);
            }
            let shape = sizes.shape(&i.dims);
            let n: usize = shape.iter().product();
            let (lo, hi) = (i.range.0 as f32, i.range.1 as f32);
            let data: Vec<f32> = (0..n).map(|_| rng.random_range(lo..hi)).collect();
            let dt = if i.dtype == DType::F32 {
                dtype
            } else {
                i.dtype
            };
            upload(gpu, &data, shape, dt).map(Some)
        })
        .collect()
}

/// Special-function issues (exp2/lg2/rsqrt, from the builtin table's definitions) the forward
/// performs.
fn sfu_ops(d: &Derived, sizes: &Sizes) -> f64 {
    use linrec_compiler::ir::Expr;
    let rec = &d.rec;
    let mut roots: Vec<_> = d.decompositions.iter().flat_map(|x| [x.a, x.b]).collect();
    roots.extend(rec.outputs.iter().map(|(_, o)| o.value));
    let mut seen = std::collections::BTreeSet::new();
    for r in roots {
        seen.extend(linrec_compiler::derive::linear::reachable_from(rec, r));
    }
    seen.into_iter()
        .map(|h| {
            let per = f64::from(match rec.exprs[h] {
                Expr::Unary(f, _) => f.info().f32.sfu(),
                Expr::Binary(f, ..) => f.info().f32.sfu(),
                _ => 0,
            });
            // Values without the scan dim are computed once, not per step.
            let n: f64 = rec
                .exprs
                .shape(h)
                .iter()
                .map(|dd| sizes.of(dd) as f64)
                .product();
            per * n
        })
        .sum()
}

/// The peer's time for a row, from the peers' output (`kind` "first" or "sel").
fn peer_ms(peers: &[Value], kind: &str, shape: &[usize], dtype: &str, key: &str) -> Option<f64> {
    peers.iter().find_map(|p| {
        let same = p["kind"] == kind
            && p["dtype"].as_str().unwrap_or("f32") == dtype
            && p["shape"].as_array().is_some_and(|s| {
                s.iter()
                    .filter_map(Value::as_u64)
                    .eq(shape.iter().map(|&x| x as u64))
            });
        if same { p[key].as_f64() } else { None }
    })
}

/// A compiled recurrence ready to time: its kernels, its derivation in its storage dtype,
/// the call's sizes (by name and in dim order) and random inputs on the device.
pub struct Loaded {
    pub c: CompiledRecurrence,
    pub d: Derived,
    pub dtype: DType,
    pub by_name: HashMap<String, usize>,
    pub sizes: Sizes,
    pub inputs: Vec<Option<DeviceTensor>>,
}

/// Loads recurrence `name` of the kernel dir `dir` at `shape` with random inputs.
pub fn load(gpu: &Gpu, dir: &Path, name: &str, shape: &[(&str, usize)]) -> Result<Loaded> {
    let c = CompiledRecurrence::load(gpu, dir, name)?;
    let manifest = read_manifest(&dir.join("manifest.json"))?;
    let derived = derive_source(Path::new("."), &manifest.source)?;
    let d = derived
        .iter()
        .find(|d| d.rec.name == name)
        .expect("compiled recurrence is in its source");
    let dtype = c.manifest.inputs.first().map_or(DType::F32, |i| i.dtype);
    let d = if dtype == DType::F32 {
        d.clone()
    } else {
        d.with_storage(dtype)
    };
    let mut by_name: HashMap<String, usize> =
        shape.iter().map(|&(n, s)| (n.to_string(), s)).collect();
    // Dims fixed at compile time that the run leaves out: the compiled size.
    for dim in &c.manifest.dims {
        if let Some(f) = dim.fixed {
            by_name.entry(dim.name.clone()).or_insert(f as usize);
        }
    }
    let sizes = Sizes(
        d.rec
            .dims
            .iter()
            .map(|(_, dim)| by_name[&dim.name])
            .collect(),
    );
    let inputs = random_device_inputs(gpu, &sizes, &d, dtype)?;
    Ok(Loaded {
        c,
        d,
        dtype,
        by_name,
        sizes,
        inputs,
    })
}

/// Times one run: its forward (and forward-saving + backward), as records.
pub fn time(gpu: &Gpu, bandwidth: f64, run: &Run<'_>, peers: &[Value]) -> Result<Vec<Record>> {
    let Loaded {
        mut c,
        d,
        dtype,
        by_name,
        sizes,
        inputs: x,
    } = load(gpu, run.dir, run.name, &run.shape)?;
    if let Some(r) = run.request {
        c.set_strategy(r);
    }
    let rec = &d.rec;
    let refs: Vec<Option<&DeviceTensor>> = x.iter().map(Option::as_ref).collect();
    // Bytes that must move: every input read once, every output written once.
    let bytes = |dims_dtype: &mut dyn Iterator<Item = (Vec<usize>, DType)>| -> f64 {
        dims_dtype
            .map(|(s, dt)| (s.iter().product::<usize>() * dt.size_bytes()) as f64)
            .sum()
    };
    let in_bytes = bytes(
        &mut rec
            .inputs
            .iter()
            .filter(|(_, i)| !i.optional)
            .map(|(_, i)| (sizes.shape(&i.dims), i.dtype)),
    );
    let out_bytes = bytes(
        &mut rec
            .outputs
            .iter()
            .map(|(_, o)| (sizes.shape(&o.dims), o.dtype)),
    );
    // The run's sizes, then the sizes fixed at compile time that it left out.
    let shape_text = run
        .shape
        .iter()
        .map(|&(n, s)| (n.to_string(), s))
        .chain(
            d.rec
                .dims
                .iter()
                .filter(|(_, x)| !run.shape.iter().any(|&(n, _)| n == x.name))
                .map(|(_, x)| (x.name.clone(), by_name[&x.name])),
        )
        .map(|(n, s)| format!("{n}={s}"))
        .collect::<Vec<_>>()
        .join(",");
    // The special-function floor: every transcendental of the forward, at ~4.2e12/s on the
    // H200 (16 per SM per clock; ../shared/TARGETS.md).
    let sfu_ms = sfu_ops(&d, &sizes) / 4.2e12 * 1e3;
    let outs = c.alloc_outputs(&by_name)?;
    let ms = time_ms(gpu, 3, 20, || c.forward_into(&by_name, &refs, &outs))?;
    let sizes_v: Vec<usize> = c.manifest.dims.iter().map(|d| by_name[&d.name]).collect();
    let strategy = match (run.request, c.choice(&sizes_v).strategy) {
        (None, _) => "",
        (Some(_), Strategy::Sequential { .. }) => " seq",
        (Some(_), Strategy::Chunked { .. }) => " chunk",
        (Some(_), Strategy::Block { .. }) => " block",
    };
    // The peers time (B, C, T) and (B, D, L, N) in their own layouts: the same data.
    let dims: Vec<usize> = run.shape.iter().map(|&(_, s)| s).collect();
    let (kind, peer) = match run.name {
        "first_order" => ("first", "accelerated_scan"),
        _ => ("sel", "mamba_ssm"),
    };
    let dt = dtype.name();
    let peer_fwd = peer_ms(peers, kind, &dims, dt, "fwd_ms");
    let mut rows = vec![Record {
        row: format!("{} fwd{strategy}{}", run.name, run.label),
        shape: shape_text.clone(),
        dtype: dt.into(),
        value: ms,
        unit: "ms",
        floor: Some(((in_bytes + out_bytes) / bandwidth * 1e3).max(sfu_ms)),
        peer: peer_fwd.map(|_| peer.into()),
        peer_value: peer_fwd,
    }];
    if run.backward {
        let out = c.forward(&by_name, &refs)?;
        let dy: Vec<&DeviceTensor> = out.iter().collect();
        // As a training loop calls them: outputs, gradients and saved states reused, nothing
        // allocated inside the timed loop (the workspace pool holds it after the warm-up).
        let grads = c.alloc_input_grads(&by_name)?;
        let ms = time_ms(gpu, 2, 10, || {
            let saved = c.forward_saving_into(&by_name, &refs, &outs)?;
            c.backward_into(&refs, &saved, &dy, &grads)?;
            c.recycle(saved);
            Ok(())
        })?;
        let peer_fb = peer_ms(peers, kind, &dims, dt, "fwdbwd_ms");
        // Floor: read inputs and dy, write input gradients (and the forward's outputs).
        rows.push(Record {
            row: format!("{} fwd+bwd{strategy}{}", run.name, run.label),
            shape: shape_text,
            dtype: dt.into(),
            value: ms,
            unit: "ms",
            floor: Some((2.0 * in_bytes + 2.0 * out_bytes) / bandwidth * 1e3),
            peer: peer_fb.map(|_| peer.into()),
            peer_value: peer_fb,
        });
    }
    Ok(rows)
}

/// The runs of `linrec-gpu bench`: the shapes of ../shared/TARGETS.md.
pub fn target_runs() -> Vec<Run<'static>> {
    let mut runs = Vec::new();
    let first = Path::new("kernels-generated/first_order");
    for t in [2048, 16384, 65536] {
        for request in [None, Some(Request::Sequential), Some(Request::Chunked)] {
            runs.push(Run {
                dir: first,
                name: "first_order",
                shape: vec![("B", 8), ("C", 1536), ("T", t)],
                request,
                backward: false,
                label: String::new(),
            });
        }
    }
    for dir in [
        "kernels-generated/selective_scan",
        "kernels-generated/selective_scan-bf16",
    ] {
        for (b, d, l) in [
            (8, 1536, 2048),
            (4, 5120, 4096),
            (1, 1536, 65536),
            (1, 5120, 2048),
        ] {
            runs.push(Run {
                dir: Path::new(dir),
                name: "selective_scan",
                shape: vec![("B", b), ("D", d), ("L", l), ("N", 16)],
                request: None,
                backward: true,
                label: String::new(),
            });
        }
    }
    // Every strategy forced (forward and backward) where the cost model's choice matters:
    // few long scans.
    for (b, d, l) in [(1, 1536, 65536), (1, 5120, 2048)] {
        for request in [Request::Sequential, Request::Chunked, Request::Block] {
            runs.push(Run {
                dir: Path::new("kernels-generated/selective_scan"),
                name: "selective_scan",
                shape: vec![("B", b), ("D", d), ("L", l), ("N", 16)],
                request: Some(request),
                backward: true,
                label: String::new(),
            });
        }
    }
    // The model's layout ([B, L, D], mamba.lr): 8 lanes per channel, reads unrolled.
    for b in [8, 1] {
        runs.push(Run {
            dir: Path::new("kernels-generated/mamba"),
            name: "selective_scan",
            shape: vec![("B", b), ("D", 1536), ("L", 2048), ("N", 16)],
            request: None,
            backward: false,
            label: " [B,L,D]".into(),
        });
    }
    runs
}

/// The runs of `linrec-gpu variants DIR…`: each compiled variant at its recurrence's shape,
/// the first-order scan's sequential program at the TARGETS lengths, both forward strategies
/// for the selective scan at the TARGETS shapes and (1, 1536, 2048) (or its reverse, `bimamba.lr`, in a dir
/// named `bimamba*`); a dir named `*bwd*`: forward and backward at the TARGETS shapes; a dir
/// named `s5*` or `lru*` (fused or split): forward, and forward and backward, at B × L of
/// 8 × 2048 and 1 × 16384, its summed dims as compiled.
pub fn variant_runs(dirs: &[std::path::PathBuf]) -> Vec<Run<'_>> {
    let mut runs = Vec::new();
    for dir in dirs {
        let label = dir
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let scan = if label.starts_with("bimamba") {
            "bimamba_reverse"
        } else {
            "selective_scan"
        };
        if let Some(name) = ["s5", "lru"].into_iter().find(|n| label.starts_with(n)) {
            // S5 and the LRU as compiled (split, or fused: `--split off`), at their sizes fixed
            // at compile time: forward, then forward and backward, the cost model's strategy.
            for (b, l) in [(8, 2048), (1, 16384)] {
                for backward in [false, true] {
                    runs.push(Run {
                        dir,
                        name,
                        shape: vec![("B", b), ("L", l)],
                        request: None,
                        backward,
                        label: format!(" {label}"),
                    });
                }
            }
        } else if label.starts_with("first_order") {
            // The TARGETS lengths, the sequential program (a block scan where compiled so).
            for t in [2048, 16384, 65536] {
                runs.push(Run {
                    dir,
                    name: "first_order",
                    shape: vec![("B", 8), ("C", 1536), ("T", t)],
                    request: Some(Request::Sequential),
                    backward: false,
                    label: format!(" {label}"),
                });
            }
        } else if label.contains("bwd") {
            // The TARGETS shapes, each strategy the cost model's, then the two where it keeps
            // one walk per thread with the segmented walk forced.
            let auto = [
                (8, 1536, 2048),
                (4, 5120, 4096),
                (1, 1536, 65536),
                (1, 5120, 2048),
            ]
            .map(|s| (s, None));
            let forced = [(8, 1536, 2048), (4, 5120, 4096)].map(|s| (s, Some(Request::Chunked)));
            for ((b, d, l), request) in auto.into_iter().chain(forced) {
                runs.push(Run {
                    dir,
                    name: scan,
                    shape: vec![("B", b), ("D", d), ("L", l), ("N", 16)],
                    request,
                    backward: true,
                    label: format!(" {label}"),
                });
            }
        } else {
            let shapes = [
                (8, 1536, 2048),
                (1, 1536, 2048),
                (4, 5120, 4096),
                (1, 1536, 65536),
                (1, 5120, 2048),
            ];
            for (b, d, l) in shapes {
                for request in [Request::Sequential, Request::Chunked, Request::Block] {
                    runs.push(Run {
                        dir,
                        name: scan,
                        shape: vec![("B", b), ("D", d), ("L", l), ("N", 16)],
                        request: Some(request),
                        backward: false,
                        label: format!(" {label}"),
                    });
                }
            }
        }
    }
    runs
}
