//! Elementwise kernels: a builtin's map over a strided input, binary operators with
//! broadcasting, f32 → bf16 conversions, and the embedding gather.

use super::*;

/// `out[r, c] = table[ids[r], c]`: ids i32 (checked against the vocabulary by the caller).
pub(super) fn embed() -> LayerKernel {
    let mut m = Lm::new();
    let n = m.i("muli", "%rows", "%dim");
    let i = m.gid();
    m.if_lt(&i, &n, |m| {
        let r = m.i("divsi", &i, "%dim");
        let c = m.i("remsi", &i, "%dim");
        let id = m.ld("%ids", &r, "i32");
        let id = m.op(format!("arith.extsi {id} : i32 to i64"));
        let ro = m.i("muli", &id, "%dim");
        let off = m.i("addi", &ro, &c);
        let v = m.ld("%table", &off, "f32");
        m.st(&v, "%out", &i, "f32");
    });
    m.finish(
        "lr_embed",
        &[
            ("table", P),
            ("ids", P),
            ("out", P),
            ("rows", I),
            ("dim", I),
        ],
    )
}

pub(super) fn unary(f: UnaryFn) -> LayerKernel {
    map_kernel(&unary_name(f), "f32", |m, v| m.unary(f, v, false))
}

/// `out[i] = f(x[i])` over a strided input: the elementwise maps' shared shape.
pub(super) fn map_kernel(
    name: &str,
    out_ty: &str,
    f: impl FnOnce(&mut Lm, &str) -> String,
) -> LayerKernel {
    let mut m = Lm::new();
    let i = m.gid();
    m.if_lt(&i, "%n", |m| {
        let v = m.strided("%x", "%x_stride", "%cols", &i);
        let y = f(m, &v);
        m.st(&y, "%out", &i, out_ty);
    });
    m.finish(
        name,
        &[("x", P), ("x_stride", I), ("cols", I), ("out", P), ("n", I)],
    )
}

/// `out[i] = a[i mod a_n] op b[i mod b_n]`: equal shapes, or one operand repeated (a scalar,
/// or a trailing-dims broadcast).
pub(super) fn binary(f: BinaryFn) -> LayerKernel {
    let mut m = Lm::new();
    let i = m.gid();
    m.if_lt(&i, "%n", |m| {
        let ia = m.i("remsi", &i, "%a_n");
        let ib = m.i("remsi", &i, "%b_n");
        let a = m.strided("%a", "%a_stride", "%a_cols", &ia);
        let b = m.strided("%b", "%b_stride", "%b_cols", &ib);
        let y = m.binary(f, &a, &b, false);
        m.st(&y, "%out", &i, "f32");
    });
    m.finish(
        &binary_name(f),
        &[
            ("a", P),
            ("a_stride", I),
            ("a_cols", I),
            ("a_n", I),
            ("b", P),
            ("b_stride", I),
            ("b_cols", I),
            ("b_n", I),
            ("out", P),
            ("n", I),
        ],
    )
}

/// f32 (strided rows) → bf16 bits, rounded to nearest even.
pub(super) fn to_bf16() -> LayerKernel {
    map_kernel("lr_to_bf16", "i16", |m, v| m.bf16_bits(false, v))
}

/// Contiguous f32 → bf16 bits, rounded to nearest even, four elements a thread: one 16-byte
/// load and one 8-byte store (`n4` groups of four; the caller checks that the tensor is
/// contiguous, 16-byte aligned and a multiple of four long, else uses [`to_bf16`]). The
/// bf16 GEMMs' activations pass through it.
pub(super) fn to_bf16_v4() -> LayerKernel {
    let mut m = Lm::new();
    let i = m.gid();
    m.if_lt(&i, "%n4", |m| {
        let four = m.c64(4);
        let at = m.i("muli", &i, &four);
        let xp = m.gep("%x", &at, "f32");
        let xv = m.op(format!(
            "llvm.load {xp} {{alignment = 16 : i64}} : !llvm.ptr -> vector<4xf32>"
        ));
        let out = bf16_pack4(m, &xv);
        let op = m.gep("%out", &at, "i16");
        m.line(format!(
            "llvm.store {out}, {op} {{alignment = 8 : i64}} : vector<4xi16>, !llvm.ptr"
        ));
    });
    m.finish("lr_to_bf16_v4", &[("x", P), ("out", P), ("n4", I)])
}
