//! The causal depthwise convolution (general, and unrolled for `k ≤ CONV_TAPS`) and the
//! window it carries between decoding calls.

use super::*;

/// Input `s` (which may be negative: then from the carried window `prev`, or zero) of
/// channel `c` of batch row `b`, for the convolution kernels.
pub(super) fn conv_input(m: &mut Lm, b: &str, s: &str, c: &str) -> String {
    let zero = m.math_const(0.0);
    let v = m.var(&zero);
    let z = m.c64(0);
    let inside = m.op(format!("arith.cmpi sge, {s}, {z} : i64"));
    let one = m.c64(1);
    let km1 = m.i("subi", "%k", &one);
    m.if_else(
        &inside,
        |m| {
            let bl = m.i("muli", b, "%len");
            let r = m.i("addi", &bl, s);
            let ro = m.i("muli", &r, "%x_stride");
            let off = m.i("addi", &ro, c);
            let x = m.ld("%x", &off, "f32");
            m.set(&v, &x);
        },
        |m| {
            let given = m.non_null("%prev");
            m.region(format!("scf.if {given}"), |m| {
                let bk = m.i("muli", b, &km1);
                let r = m.i("addi", &bk, &km1);
                let r = m.i("addi", &r, s);
                let ro = m.i("muli", &r, "%ch");
                let off = m.i("addi", &ro, c);
                let x = m.ld("%prev", &off, "f32");
                m.set(&v, &x);
            });
        },
    );
    m.get(&v)
}

/// The convolution kernels' thread count (`batch · ⌈len / CONV_ROWS⌉ · ch`) and runs of
/// positions per row.
pub(super) fn conv_threads(m: &mut Lm) -> (String, String) {
    let rows = m.c64(CONV_ROWS as i64);
    let rm1 = m.c64(CONV_ROWS as i64 - 1);
    let padded = m.i("addi", "%len", &rm1);
    let chunks = m.i("divsi", &padded, &rows);
    let bc = m.i("muli", "%batch", &chunks);
    (m.i("muli", &bc, "%ch"), chunks)
}

/// Thread `i` of a convolution kernel: its channel, batch row and first position.
pub(super) fn conv_thread(m: &mut Lm, i: &str, chunks: &str) -> (String, String, String) {
    let c = m.i("remsi", i, "%ch");
    let q = m.i("divsi", i, "%ch");
    let chunk = m.i("remsi", &q, chunks);
    let b = m.i("divsi", &q, chunks);
    let rows = m.c64(CONV_ROWS as i64);
    let t0 = m.i("muli", &chunk, &rows);
    (c, b, t0)
}

/// A single decoding step (`len = 1`) with `state` (= `prev`): the window of channel `c` of
/// batch row `b` shifted by one in place and the new input appended, after it was read.
pub(super) fn conv_shift_window(m: &mut Lm, b: &str, c: &str) {
    let one = m.c64(1);
    let z = m.c64(0);
    let km1 = m.i("subi", "%k", &one);
    let has_state = m.non_null("%state");
    m.region(format!("scf.if {has_state}"), |m| {
        let bk = m.i("muli", b, &km1);
        let last = m.i("subi", &km1, &one);
        m.for_(&z, &last, &one, |m, j| {
            let r = m.i("addi", &bk, &j);
            let ro = m.i("muli", &r, "%ch");
            let dst = m.i("addi", &ro, c);
            let src = m.i("addi", &dst, "%ch");
            let v = m.ld("%state", &src, "f32");
            m.st(&v, "%state", &dst, "f32");
        });
        let r = m.i("addi", &bk, &last);
        let ro = m.i("muli", &r, "%ch");
        let dst = m.i("addi", &ro, c);
        let xo = m.i("muli", b, "%x_stride");
        let xo = m.i("addi", &xo, c);
        let v = m.ld("%x", &xo, "f32");
        m.st(&v, "%state", &dst, "f32");
    });
}

/// Causal depthwise convolution over `x [batch, len, ch]` (strided rows), weights
/// `[ch, k]`, optional bias and carried window `prev [batch, k − 1, ch]` (the inputs before
/// position 0; zeros when null); `act = 1` applies silu to the result. For a single step
/// (`len = 1`, `prev` given) a non-null `state` (= `prev`) gets the new window in place.
///
/// A thread computes [`CONV_ROWS`] consecutive positions of one channel (launch
/// `batch · ⌈len / CONV_ROWS⌉ · ch` threads): its index arithmetic (64-bit divisions) is done
/// once for them, and the inputs its taps share stay in cache; consecutive threads take
/// consecutive channels (coalesced).
pub(super) fn conv1d() -> LayerKernel {
    let mut m = Lm::new();
    let (n, chunks) = conv_threads(&mut m);
    let i = m.gid();
    m.if_lt(&i, &n, |m| {
        let (c, b, t0) = conv_thread(m, &i, &chunks);
        let rows = m.c64(CONV_ROWS as i64);
        let t_end = m.i("addi", &t0, &rows);
        let t1 = m.op(format!("arith.minsi {t_end}, %len : i64"));
        let one = m.c64(1);
        let km1 = m.i("subi", "%k", &one);
        let z = m.c64(0);
        let wrow = m.i("muli", &c, "%k");
        let bl = m.i("muli", &b, "%len");
        let has_bias = m.non_null("%bias");
        m.for_(&t0, &t1, &one, |m, t| {
            let zero = m.math_const(0.0);
            let acc = m.var(&zero);
            m.region(format!("scf.if {has_bias}"), |m| {
                let bv = m.ld("%bias", &c, "f32");
                m.set(&acc, &bv);
            });
            let base = m.i("subi", &t, &km1);
            m.for_(&z, "%k", &one, |m, j| {
                let s = m.i("addi", &base, &j);
                let x = conv_input(m, &b, &s, &c);
                let wo = m.i("addi", &wrow, &j);
                let w = m.ld("%w", &wo, "f32");
                let p = m.f(false, "mulf", &w, &x);
                let a = m.get(&acc);
                let a = m.f(false, "addf", &a, &p);
                m.set(&acc, &a);
            });
            let y = m.get(&acc);
            let sv = m.unary(UnaryFn::Silu, &y, false);
            let on = m.op(format!("arith.cmpi eq, %act, {one} : i64"));
            let y = m.select(false, &on, &sv, &y);
            let r = m.i("addi", &bl, &t);
            let ro = m.i("muli", &r, "%ch");
            let o = m.i("addi", &ro, &c);
            store_conv_output(m, &y, &o);
        });
        conv_shift_window(m, &b, &c);
    });
    m.finish("lr_conv1d", CONV_PARAMS)
}

/// A convolution's output `y` at element `o`: f32 at `out`, and its bf16 bits (rounded to
/// nearest even) at `out_bf16` where that is given (non-null): the activations of a bf16 GEMM
/// reading the output, written beside the f32 ones that the recurrence reads instead of
/// converted by a pass of their own.
fn store_conv_output(m: &mut Lm, y: &str, o: &str) {
    m.st(y, "%out", o, "f32");
    let both = m.non_null("%out_bf16");
    m.region(format!("scf.if {both}"), |m| {
        let b = m.bf16_bits(false, y);
        m.st(&b, "%out_bf16", o, "i16");
    });
}

/// The parameters of both convolution kernels.
pub(super) const CONV_PARAMS: &[(&str, ScalarKind)] = &[
    ("x", P),
    ("x_stride", I),
    ("w", P),
    ("bias", P),
    ("prev", P),
    ("out", P),
    ("out_bf16", P),
    ("state", P),
    ("batch", I),
    ("len", I),
    ("ch", I),
    ("k", I),
    ("act", I),
];

/// [`conv1d`] for `k ≤ CONV_TAPS` (Mamba's 4), same parameters: the taps are unrolled
/// (weights left-padded with zeros to `CONV_TAPS`), and a thread reads the `CONV_ROWS +
/// CONV_TAPS − 1` inputs its positions need once, all before computing (every load in flight
/// together), instead of `k` dependent reads per position.
pub(super) fn conv1d_small() -> LayerKernel {
    let mut m = Lm::new();
    let (n, chunks) = conv_threads(&mut m);
    let i = m.gid();
    m.if_lt(&i, &n, |m| {
        let (c, b, t0) = conv_thread(m, &i, &chunks);
        let one = m.c64(1);
        let z = m.c64(0);
        let wrow = m.i("muli", &c, "%k");
        let bl = m.i("muli", &b, "%len");
        // Padded tap jj holds weight jj − (CONV_TAPS − k) when that is ≥ 0, else 0.
        let taps = m.c64(CONV_TAPS as i64);
        let pad = m.i("subi", &taps, "%k");
        let w: Vec<String> = (0..CONV_TAPS)
            .map(|jj| {
                let zero = m.math_const(0.0);
                let v = m.var(&zero);
                let jc = m.c64(jj as i64);
                let j = m.i("subi", &jc, &pad);
                let used = m.op(format!("arith.cmpi sge, {j}, {z} : i64"));
                m.region(format!("scf.if {used}"), |m| {
                    let wo = m.i("addi", &wrow, &j);
                    let x = m.ld("%w", &wo, "f32");
                    m.set(&v, &x);
                });
                m.get(&v)
            })
            .collect();
        // Inputs at positions t0 − (CONV_TAPS − 1) … t0 + CONV_ROWS − 1 (zero past the end).
        let xs: Vec<String> = (0..CONV_ROWS + CONV_TAPS - 1)
            .map(|e| {
                let off = m.c64(e as i64 - (CONV_TAPS as i64 - 1));
                let sp = m.i("addi", &t0, &off);
                let zero = m.math_const(0.0);
                let v = m.var(&zero);
                m.if_lt(&sp, "%len", |m| {
                    let x = conv_input(m, &b, &sp, &c);
                    m.set(&v, &x);
                });
                m.get(&v)
            })
            .collect();
        let has_bias = m.non_null("%bias");
        let zero = m.math_const(0.0);
        let bias = m.var(&zero);
        m.region(format!("scf.if {has_bias}"), |m| {
            let bv = m.ld("%bias", &c, "f32");
            m.set(&bias, &bv);
        });
        let bias = m.get(&bias);
        let on = m.op(format!("arith.cmpi eq, %act, {one} : i64"));
        for r in 0..CONV_ROWS {
            let rc = m.c64(r as i64);
            let t = m.i("addi", &t0, &rc);
            let mut acc = bias.clone();
            for (jj, wv) in w.iter().enumerate() {
                let p = m.f(false, "mulf", wv, &xs[r + jj]);
                acc = m.f(false, "addf", &acc, &p);
            }
            let sv = m.unary(UnaryFn::Silu, &acc, false);
            let y = m.select(false, &on, &sv, &acc);
            m.if_lt(&t, "%len", |m| {
                let row = m.i("addi", &bl, &t);
                let ro = m.i("muli", &row, "%ch");
                let o = m.i("addi", &ro, &c);
                store_conv_output(m, &y, &o);
            });
        }
        conv_shift_window(m, &b, &c);
    });
    m.finish("lr_conv1d_k4", CONV_PARAMS)
}

/// The window a convolution carries: the last `k − 1` inputs of `x` (reaching into `prev`
/// when `len < k − 1`) into `state [batch, k − 1, ch]`. A thread per (batch row, channel)
/// walks the window in order, so `state` may be `prev` itself (updated in place).
pub(super) fn conv_state() -> LayerKernel {
    let mut m = Lm::new();
    let i = m.gid();
    let n = m.i("muli", "%batch", "%ch");
    m.if_lt(&i, &n, |m| {
        let c = m.i("remsi", &i, "%ch");
        let b = m.i("divsi", &i, "%ch");
        let one = m.c64(1);
        let km1 = m.i("subi", "%k", &one);
        let z = m.c64(0);
        let start = m.i("subi", "%len", &km1);
        let bk = m.i("muli", &b, &km1);
        m.for_(&z, &km1, &one, |m, j| {
            let s = m.i("addi", &start, &j);
            let x = conv_input(m, &b, &s, &c);
            let r = m.i("addi", &bk, &j);
            let ro = m.i("muli", &r, "%ch");
            let off = m.i("addi", &ro, &c);
            m.st(&x, "%state", &off, "f32");
        });
    });
    m.finish(
        "lr_conv_state",
        &[
            ("x", P),
            ("x_stride", I),
            ("prev", P),
            ("state", P),
            ("batch", I),
            ("len", I),
            ("ch", I),
            ("k", I),
        ],
    )
}
