//! Every layer operation of the GPU backend against the CPU backend on random inputs: the
//! elementwise maps, norms, convolutions, gathers and embeddings, the GEMV kernels (their
//! tiles, split pieces, fused norm and residual add; bf16 also on tensor cores) and the GEMMs.

use std::path::Path;
use std::rc::Rc;

use linrec_compiler::ir::UnaryFn;
use linrec_model::{Backend, Cpu, HostTensor, Operand};
use linrec_runtime::{ConvJoin, Gpu, GpuBackend, MmaForce, Weights};

use crate::model::{Row, rel_err};

/// Random values in [lo, hi).
pub fn random(shape: Vec<usize>, seed: u64, lo: f32, hi: f32) -> HostTensor {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let n = shape.iter().product();
    HostTensor::new(shape, (0..n).map(|_| rng.random_range(lo..hi)).collect())
}

/// Every layer operation of the GPU backend against the CPU backend on random inputs.
pub fn layer_checks(gpu: &Gpu, root: &Path) -> Result<Vec<Row>, String> {
    let kernels = root.join("kernels-generated/mamba");
    let mut rows = Vec::new();
    for weights in Weights::ALL {
        let g = GpuBackend::new(gpu, &kernels, weights).map_err(|e| e.to_string())?;
        let c = Cpu;
        let s = |e: linrec_model::ModelError| e.to_string();
        let both = |h: &HostTensor| -> Result<(_, Rc<HostTensor>), String> {
            Ok((
                g.param(h.clone()).map_err(s)?,
                c.param(h.clone()).map_err(s)?,
            ))
        };
        let mut push = |name: String, got: HostTensor, want: &HostTensor, tol: f64| {
            let e = if got.shape == want.shape {
                rel_err(&got.data, &want.data)
            } else {
                f64::INFINITY
            };
            rows.push(Row {
                name,
                detail: format!("rel err {e:.2e} (< {tol:.0e})"),
                passed: e < tol,
            });
        };
        if weights == Weights::F32 {
            for f in linrec_compiler::emit::layers::unary_fns() {
                let (lo, hi) = f.info().domain;
                let h = random(vec![3, 5, 37], 1, lo as f32, hi as f32);
                let (gx, cx) = both(&h)?;
                let got = g.to_host(&g.unary(f, &gx).map_err(s)?).map_err(s)?;
                let want = c.unary(f, &cx).map_err(s)?;
                push(format!("layer {}", f.name()), got, &want, 1e-5);
            }
            for f in linrec_compiler::emit::layers::binary_fns() {
                let (lo, hi) = f.info().domain;
                let (lo, hi) = (lo as f32, hi as f32);
                let (xa, xb) = (
                    random(vec![3, 5, 37], 5, lo, hi),
                    random(vec![3, 5, 37], 6, lo, hi),
                );
                let row = random(vec![37], 3, lo, hi);
                let tol = if f.info().f32.sfu() > 0 { 1e-5 } else { 1e-6 };
                let (ga, ca) = both(&xa)?;
                let (gb, cb) = both(&xb)?;
                let got = g
                    .to_host(
                        &g.binary(f, Operand::Tensor(&ga), Operand::Tensor(&gb))
                            .map_err(s)?,
                    )
                    .map_err(s)?;
                let want = c
                    .binary(f, Operand::Tensor(&ca), Operand::Tensor(&cb))
                    .map_err(s)?;
                push(format!("layer {} (same shape)", f.name()), got, &want, tol);
                let scalar = 0.5 * (lo + hi);
                let got = g
                    .to_host(
                        &g.binary(f, Operand::Scalar(scalar), Operand::Tensor(&ga))
                            .map_err(s)?,
                    )
                    .map_err(s)?;
                let want = c
                    .binary(f, Operand::Scalar(scalar), Operand::Tensor(&ca))
                    .map_err(s)?;
                push(format!("layer {} (scalar)", f.name()), got, &want, tol);
                // A trailing-dims broadcast (the CPU backend has none: compare by hand).
                let (gr, _) = both(&row)?;
                let got = g
                    .to_host(
                        &g.binary(f, Operand::Tensor(&ga), Operand::Tensor(&gr))
                            .map_err(s)?,
                    )
                    .map_err(s)?;
                let want = HostTensor::new(
                    xa.shape.clone(),
                    xa.data
                        .iter()
                        .enumerate()
                        .map(|(i, &a)| f.eval_f32(a, row.data[i % 37]))
                        .collect(),
                );
                push(format!("layer {} (broadcast)", f.name()), got, &want, tol);
            }
            // Split pieces (strided views) through an elementwise op and a norm.
            let wide = random(vec![2, 9, 300], 4, -2.0, 2.0);
            let (gw, cw) = both(&wide)?;
            let gp = g.split(&gw, &[100, 200], -1).map_err(s)?;
            let cp = c.split(&cw, &[100, 200], -1).map_err(s)?;
            let got = g
                .to_host(&g.unary(UnaryFn::Silu, &gp[1]).map_err(s)?)
                .map_err(s)?;
            let want = c.unary(UnaryFn::Silu, &cp[1]).map_err(s)?;
            push("layer split → silu (strided)".into(), got, &want, 1e-5);
            let norm_w = random(vec![200], 5, 0.5, 1.5);
            let (gn, cn) = both(&norm_w)?;
            let got = g
                .to_host(&g.rmsnorm(&gp[1], &gn, 1e-5).map_err(s)?)
                .map_err(s)?;
            let want = c.rmsnorm(&cp[1], &cn, 1e-5).map_err(s)?;
            push("layer rmsnorm (strided rows)".into(), got, &want, 1e-5);
            // Rows of vectors of four longer than one pass of the vector kernel (the second
            // pass partly past the row's end), and rows it does not take (not a multiple of
            // four: the scalar kernel).
            for dim in [1100usize, 302] {
                let (gx, cx) = both(&random(vec![3, 5, dim], 21, -2.0, 2.0))?;
                let (gn, cn) = both(&random(vec![dim], 22, 0.5, 1.5))?;
                let got = g
                    .to_host(&g.rmsnorm(&gx, &gn, 1e-5).map_err(s)?)
                    .map_err(s)?;
                let want = c.rmsnorm(&cx, &cn, 1e-5).map_err(s)?;
                push(format!("layer rmsnorm ({dim} wide)"), got, &want, 1e-5);
            }
            // Causal conv: plain, continuing from a window, keeping it; fused silu.
            // k = 4 and 2 take the unrolled kernel, k = 6 the general one; L = 20 spans two
            // runs of positions of one thread.
            for (k, len, with_prev) in [
                (4, 9, false),
                (4, 9, true),
                (4, 20, true),
                (4, 1, true),
                (4, 2, true),
                (2, 20, true),
                (6, 20, true),
                (6, 1, true),
            ] {
                let w = random(vec![100, 1, k], 6, -0.5, 0.5);
                let bias = random(vec![100], 7, -0.5, 0.5);
                let prev = random(vec![2, k - 1, 100], 8, -1.0, 1.0);
                let (gwt, cwt) = both(&w)?;
                let (gb, cb) = both(&bias)?;
                let xs = random(vec![2, len, 100], 9 + len as u64, -2.0, 2.0);
                let (gx, cx) = both(&xs)?;
                let (gpv, cpv) = both(&prev)?;
                let (gy, gk) = g
                    .conv1d_causal(
                        &gx,
                        &gwt,
                        Some(&gb),
                        with_prev.then_some(&gpv),
                        true,
                        Some(UnaryFn::Silu),
                    )
                    .map_err(s)?;
                let (cy, ck) = c
                    .conv1d_causal(
                        &cx,
                        &cwt,
                        Some(&cb),
                        with_prev.then_some(&cpv),
                        true,
                        Some(UnaryFn::Silu),
                    )
                    .map_err(s)?;
                let label = format!(
                    "k = {k}, L = {len}{}",
                    if with_prev { ", carried window" } else { "" }
                );
                push(
                    format!("layer conv1d + silu ({label})"),
                    g.to_host(&gy).map_err(s)?,
                    &cy,
                    1e-5,
                );
                if let (Some(gk), Some(ck)) = (gk, ck) {
                    push(
                        format!("layer conv window ({label})"),
                        g.to_host(&gk).map_err(s)?,
                        &ck,
                        1e-7,
                    );
                }
            }
            let table = random(vec![50, 16], 10, -1.0, 1.0);
            let (gt, ct) = both(&table)?;
            let ids = [vec![3u32, 49, 0], vec![7, 7, 12]];
            let got = g
                .to_host(&g.embedding(&gt, &g.ids(&ids).map_err(s)?).map_err(s)?)
                .map_err(s)?;
            let want = c.embedding(&ct, &c.ids(&ids).map_err(s)?).map_err(s)?;
            push("layer embedding".into(), got, &want, 1e-7);
        }
        // GEMMs (80 rows: past the GEMV kernels): f32, or bf16 operands (tolerance of bf16
        // rounding).
        let x = random(vec![2, 40, 300], 11, -1.0, 1.0);
        let w = random(vec![70, 300], 12, -0.1, 0.1);
        let bias = random(vec![70], 13, -0.5, 0.5);
        let (gx, cx) = both(&x)?;
        let (gwt, cwt) = both(&w)?;
        let (gb, cb) = both(&bias)?;
        let tol = if weights == Weights::F32 { 1e-5 } else { 1e-2 };
        let label = weights.label();
        // The GEMVs on CUDA cores first (a bf16 batch takes the tensor cores by default; those
        // have their own cases below).
        g.set_gemv_mma(false);
        let got = g
            .to_host(&g.linear(&gx, &gwt, Some(&gb)).map_err(s)?)
            .map_err(s)?;
        let want = c.linear(&cx, &cwt, Some(&cb)).map_err(s)?;
        push(format!("layer linear + bias ({label})"), got, &want, tol);
        let piece = g.split(&gx, &[50, 250], -1).map_err(s)?;
        let cpiece = c.split(&cx, &[50, 250], -1).map_err(s)?;
        let w2 = random(vec![33, 250], 14, -0.1, 0.1);
        let (gw2, cw2) = both(&w2)?;
        let got = g
            .to_host(&g.linear(&piece[1], &gw2, None).map_err(s)?)
            .map_err(s)?;
        let want = c.linear(&cpiece[1], &cw2, None).map_err(s)?;
        push(
            format!("layer linear of a split piece ({label})"),
            got,
            &want,
            tol,
        );
        // Few rows (decoding): the GEMV kernels (one row a warp; tiles of rows, the last
        // partial at 13, and of outputs, 70 = 17 · 4 + 2), with the residual add fused.
        for rows_n in [1usize, 3, 13, 32] {
            let xs = random(vec![rows_n, 1, 300], 15 + rows_n as u64, -1.0, 1.0);
            let res = random(vec![rows_n, 1, 70], 16, -1.0, 1.0);
            let (gx, cx) = both(&xs)?;
            let (gr, cr) = both(&res)?;
            let got = g
                .to_host(&g.linear(&gx, &gwt, Some(&gb)).map_err(s)?)
                .map_err(s)?;
            let want = c.linear(&cx, &cwt, Some(&cb)).map_err(s)?;
            push(
                format!("layer linear, {rows_n} row(s) ({label})"),
                got,
                &want,
                tol,
            );
            let got = g
                .to_host(&g.linear_add(&gx, &gwt, Some(&gb), &gr).map_err(s)?)
                .map_err(s)?;
            let want = c.linear_add(&cx, &cwt, Some(&cb), &cr).map_err(s)?;
            push(
                format!("layer residual + linear, {rows_n} row(s) ({label})"),
                got,
                &want,
                tol,
            );
        }
        // A linear layer split along its outputs, each piece written dense: by the GEMV
        // kernel (up to three pieces), by a GEMM per piece (pieces of at least 256), or run
        // whole and viewed (narrower pieces past the GEMV's rows).
        for (case, (rows_n, n_out, sizes)) in [
            (1usize, 70usize, vec![40usize, 20, 10]),
            (13, 70, vec![48, 16, 6]),
            (32, 70, vec![35, 35]),
            (80, 600, vec![300, 300]),
            (80, 70, vec![50, 20]),
        ]
        .into_iter()
        .enumerate()
        {
            let seed = 40 + case as u64;
            let xs = random(vec![rows_n, 1, 300], seed, -1.0, 1.0);
            let ws = random(vec![n_out, 300], seed + 10, -0.1, 0.1);
            let (gx, cx) = both(&xs)?;
            let (gw, cw) = both(&ws)?;
            let gy = g.linear(&gx, &gw, None).map_err(s)?;
            let got = g.split(&gy, &sizes, -1).map_err(s)?;
            let cy = c.linear(&cx, &cw, None).map_err(s)?;
            let want = c.split(&cy, &sizes, -1).map_err(s)?;
            for (k, (gp, cp)) in got.iter().zip(&want).enumerate() {
                push(
                    format!("layer linear split {sizes:?}, {rows_n} row(s), piece {k} ({label})"),
                    g.to_host(gp).map_err(s)?,
                    cp,
                    tol,
                );
            }
        }
        // The tensor-core GEMV of a batch (bf16 weights) in each of its row tiles: partial
        // row and output tiles (40 rows: a second 32-row tile of 8), `k` a multiple of 32 and
        // not, split between blocks (k = 1536: 6 parts; 1000: 4, its last slice partial) and
        // not, three pieces, the residual add, the norm fused; a split sum bitwise the same
        // in a second run.
        let cases = [
            (13usize, 200usize),
            (32, 320),
            (40, 96),
            (32, 1536),
            (40, 1000),
        ];
        let mut repeat = Vec::new();
        let tiles = linrec_compiler::emit::layers::MMA_ROW_TILES;
        let mut refused = None;
        if weights == Weights::Bf16 {
            g.set_gemv_mma(true);
            for ((case, (rows_n, k_in)), tile) in cases
                .into_iter()
                .enumerate()
                .flat_map(|c| tiles.map(|t| (c, t)))
            {
                g.set_gemv_mma_plan(MmaForce {
                    rows: Some(tile),
                    split: true,
                })
                .map_err(s)?;
                let seed = 60 + 10 * case as u64;
                let xs = random(vec![rows_n, 1, k_in], seed, -1.0, 1.0);
                let ws = random(vec![70, k_in], seed + 1, -0.1, 0.1);
                let res = random(vec![rows_n, 1, 70], seed + 2, -1.0, 1.0);
                let nws = random(vec![k_in], seed + 3, 0.5, 1.5);
                let (gx, cx) = both(&xs)?;
                let (gw, cw) = both(&ws)?;
                let (gr, cr) = both(&res)?;
                let (gn, cn) = both(&nws)?;
                let plan =
                    linrec_compiler::emit::layers::MmaPlan::new(rows_n, 70, k_in, Some(tile), true);
                let what = format!(
                    "{rows_n} rows, k = {k_in} (bf16, tensor cores, {tile}-row tiles, k in {} part(s))",
                    plan.splits
                );
                if plan.splits > 1 {
                    let once = g
                        .to_host(&g.linear(&gx, &gw, None).map_err(s)?)
                        .map_err(s)?;
                    let again = g
                        .to_host(&g.linear(&gx, &gw, None).map_err(s)?)
                        .map_err(s)?;
                    let same = once
                        .data
                        .iter()
                        .zip(&again.data)
                        .all(|(a, b)| a.to_bits() == b.to_bits());
                    repeat.push((what.clone(), same));
                }
                let sizes = [40usize, 20, 10];
                let gy = g.linear(&gx, &gw, None).map_err(s)?;
                let got = g.split(&gy, &sizes, -1).map_err(s)?;
                let want = c.split(&c.linear(&cx, &cw, None).map_err(s)?, &sizes, -1);
                for (k, (gp, cp)) in got.iter().zip(&want.map_err(s)?).enumerate() {
                    push(
                        format!("layer linear split {sizes:?}, {what}, piece {k}"),
                        g.to_host(gp).map_err(s)?,
                        cp,
                        tol,
                    );
                }
                let got = g.linear_add(&gx, &gw, None, &gr).map_err(s)?;
                let want = c.linear_add(&cx, &cw, None, &cr).map_err(s)?;
                push(
                    format!("layer residual + linear, {what}"),
                    g.to_host(&got).map_err(s)?,
                    &want,
                    tol,
                );
                let gnorm = g.rmsnorm(&gx, &gn, 1e-5).map_err(s)?;
                let cnorm = c.rmsnorm(&cx, &cn, 1e-5).map_err(s)?;
                let got = g.linear(&gnorm, &gw, None).map_err(s)?;
                let want = c.linear(&cnorm, &cw, None).map_err(s)?;
                push(
                    format!("layer linear(rmsnorm), fused, {what}"),
                    g.to_host(&got).map_err(s)?,
                    &want,
                    tol,
                );
            }
            // A row tile that is not one of the kernel's: an error that names the tiles.
            refused = Some(
                g.set_gemv_mma_plan(MmaForce {
                    rows: Some(16),
                    split: true,
                })
                .map_err(|e| e.to_string()),
            );
            // Picked per launch again for the cases below.
            g.set_gemv_mma_plan(MmaForce::default()).map_err(s)?;
        }
        // A convolution step (decoding) of the first piece of a split linear layer: joined
        // to the GEMV that writes the piece (no launch of its own; `set_conv_join`: by default
        // on the CUDA cores' GEMVs only, forced on here), on the CUDA cores' GEMVs and, bf16,
        // on the tensor cores'; pieces [40, 40, 8], k = 4, the window carried.
        let mut joined = Vec::new();
        g.set_conv_join(ConvJoin::On);
        for mma in [false, true] {
            if mma && weights != Weights::Bf16 {
                continue;
            }
            g.set_gemv_mma(mma);
            for rows_n in [1usize, 3, 13, 32] {
                let seed = 90 + rows_n as u64;
                let (ch, k) = (40usize, 4usize);
                let sizes = [ch, ch, 8];
                // k = 320: a multiple of 8, as the tensor cores' GEMV needs.
                let (gx, cx) = both(&random(vec![rows_n, 1, 320], seed, -1.0, 1.0))?;
                let (gw, cw) = both(&random(vec![2 * ch + 8, 320], seed + 1, -0.1, 0.1))?;
                let (gcw, ccw) = both(&random(vec![ch, 1, k], seed + 2, -0.5, 0.5))?;
                let (gcb, ccb) = both(&random(vec![ch], seed + 3, -0.5, 0.5))?;
                let (gwin, cwin) = both(&random(vec![rows_n, k - 1, ch], seed + 4, -1.0, 1.0))?;
                let gp = g
                    .split(&g.linear(&gx, &gw, None).map_err(s)?, &sizes, -1)
                    .map_err(s)?;
                let cp = c
                    .split(&c.linear(&cx, &cw, None).map_err(s)?, &sizes, -1)
                    .map_err(s)?;
                let silu = Some(UnaryFn::Silu);
                let (gy, gk) = g
                    .conv1d_causal(&gp[0], &gcw, Some(&gcb), Some(&gwin), true, silu)
                    .map_err(s)?;
                let (cy, ck) = c
                    .conv1d_causal(&cp[0], &ccw, Some(&ccb), Some(&cwin), true, silu)
                    .map_err(s)?;
                let what = format!(
                    "{rows_n} row(s) ({label}{})",
                    if mma { ", tensor cores" } else { "" }
                );
                joined.push((what.clone(), gy.deferred()));
                push(
                    format!("layer split → conv1d + silu step, {what}"),
                    g.to_host(&gy).map_err(s)?,
                    &cy,
                    tol,
                );
                if let (Some(gk), Some(ck)) = (gk, ck) {
                    push(
                        format!("layer conv window after the joined step, {what}"),
                        g.to_host(&gk).map_err(s)?,
                        &ck,
                        tol,
                    );
                }
                for (i, (gq, cq)) in gp.iter().zip(&cp).enumerate() {
                    push(
                        format!("layer split with a joined conv step, piece {i}, {what}"),
                        g.to_host(gq).map_err(s)?,
                        cq,
                        tol,
                    );
                }
            }
        }
        g.set_conv_join(ConvJoin::Auto);
        // The default again (a bf16 batch on tensor cores) for the cases below.
        g.set_gemv_mma(true);
        // A norm read by a GEMV (decoding: computed inside it) and by anything else.
        let nw = random(vec![300], 19, 0.5, 1.5);
        let (gn, cn) = both(&nw)?;
        for rows_n in [1usize, 2, 9] {
            let xs = random(vec![rows_n, 1, 300], 20 + rows_n as u64, -2.0, 2.0);
            let (gx, cx) = both(&xs)?;
            let gnorm = g.rmsnorm(&gx, &gn, 1e-5).map_err(s)?;
            let cnorm = c.rmsnorm(&cx, &cn, 1e-5).map_err(s)?;
            let got = g
                .to_host(&g.linear(&gnorm, &gwt, Some(&gb)).map_err(s)?)
                .map_err(s)?;
            let want = c.linear(&cnorm, &cwt, Some(&cb)).map_err(s)?;
            push(
                format!("layer linear(rmsnorm), {rows_n} row(s), fused ({label})"),
                got,
                &want,
                tol,
            );
            let got = g.to_host(&gnorm).map_err(s)?;
            push(
                format!("layer rmsnorm, {rows_n} row(s), deferred ({label})"),
                got,
                &cnorm,
                1e-5,
            );
        }
        let (gr, cr) = both(&random(vec![2, 40, 70], 17, -1.0, 1.0))?;
        let got = g
            .to_host(&g.linear_add(&gx, &gwt, None, &gr).map_err(s)?)
            .map_err(s)?;
        let want = c.linear_add(&cx, &cwt, None, &cr).map_err(s)?;
        push(
            format!("layer residual + linear, 80 rows ({label})"),
            got,
            &want,
            tol,
        );
        // A prefill's convolution read by a GEMM (with bf16 weights, the convolution writes
        // the GEMM's bf16 activations itself), with and without its silu.
        let (gcw, ccw) = both(&random(vec![300, 1, 4], 18, -0.5, 0.5))?;
        for act in [Some(UnaryFn::Silu), None] {
            let (gy, _) = g
                .conv1d_causal(&gx, &gcw, None, None, false, act)
                .map_err(s)?;
            let (cy, _) = c
                .conv1d_causal(&cx, &ccw, None, None, false, act)
                .map_err(s)?;
            let got = g
                .to_host(&g.linear(&gy, &gwt, None).map_err(s)?)
                .map_err(s)?;
            let want = c.linear(&cy, &cwt, None).map_err(s)?;
            push(
                format!(
                    "layer linear of a conv1d{}, 80 rows ({label})",
                    if act.is_some() { " + silu" } else { "" }
                ),
                got,
                &want,
                tol,
            );
        }
        for (what, same) in repeat {
            rows.push(Row {
                name: format!("layer linear twice, bitwise equal, {what}"),
                detail: format!("bitwise equal: {same}"),
                passed: same,
            });
        }
        if let Some(bad) = refused {
            rows.push(Row {
                name: "layer tensor-core GEMV row tile 16 refused".into(),
                detail: format!("{bad:?}"),
                passed: matches!(&bad, Err(e) if e.contains("[8, 32]")),
            });
        }
        for (what, deferred) in joined {
            rows.push(Row {
                name: format!("layer conv step joined to the GEMV (no launch), {what}"),
                detail: format!("its output owed the GEMV's launch until read: {deferred}"),
                passed: deferred,
            });
        }
    }
    // Greedy picks on the device.
    let g = GpuBackend::new(gpu, &kernels, Weights::F32).map_err(|e| e.to_string())?;
    let logits = random(vec![3, 4, 1000], 18, -5.0, 5.0);
    let got = g
        .argmax_last(&g.param(logits.clone()).map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())?
        .unwrap_or_default();
    let want: Vec<u32> = (0..3)
        .map(|b| {
            let row = &logits.data[(b * 4 + 3) * 1000..(b * 4 + 4) * 1000];
            let mut best = 0;
            for (k, &v) in row.iter().enumerate() {
                if v > row[best] {
                    best = k;
                }
            }
            best as u32
        })
        .collect();
    rows.push(Row {
        name: "layer argmax of the last position".into(),
        detail: format!("{got:?} vs {want:?}"),
        passed: got == want,
    });
    Ok(rows)
}
