//! Vector access to a thread's K consecutive steps (the block scans' reads and writes where
//! the scan axis is innermost): which sequences qualify, the loads (issued apart from their
//! widening where a kernel wants them early), the prefetches a turn ahead, and the stores.

use super::*;

/// The sequences read and written K steps at a time, one vector access each: those whose
/// innermost dim is the scan's (a thread's K steps are contiguous), where the block's rows and
/// pointers are aligned to a vector (`aligned`, computed once).
pub(super) struct Vectors {
    pub(super) steps: usize,
    pub(super) inputs: Vec<(Handle<Expr>, Handle<Input>)>,
    pub(super) outputs: Vec<Handle<Output>>,
    pub(super) aligned: String,
}

impl Vectors {
    pub(super) fn new(em: &mut Em<'_>, steps: usize, len: &str) -> Option<Vectors> {
        let rec = em.rec;
        let innermost = |dims: &[Handle<Dim>]| dims.last() == Some(&rec.scan);
        let mut inputs = std::collections::BTreeSet::new();
        for r in crate::emit::plan::step_roots(em.d, true) {
            for h in reachable_from(rec, r) {
                if let Expr::Input(i) = rec.exprs[h]
                    && innermost(&rec.inputs[i].dims)
                    && !em.hoisted[h.index()]
                {
                    inputs.insert((h, i));
                }
            }
        }
        let outputs: Vec<Handle<Output>> = rec
            .outputs
            .iter()
            .filter(|(_, o)| o.kind == OutputKind::PerStep && innermost(&o.dims))
            .map(|(h, _)| h)
            .collect();
        if steps < 2 || !steps.is_power_of_two() || (inputs.is_empty() && outputs.is_empty()) {
            return None;
        }
        // Rows start at multiples of the scan length: aligned where it is a multiple of K and
        // every pointer is aligned to K elements.
        let kc = em.i64c(steps as i64);
        let zero = em.i64c(0);
        let rem = em.bin_i("remui", len, &kc);
        let mut aligned = em.op(format!("arith.cmpi eq, {rem}, {zero} : i64"));
        let tensors: Vec<(String, DType)> = inputs
            .iter()
            .map(|&(_, i)| (format!("in_{}", rec.inputs[i].name), rec.inputs[i].dtype))
            .chain(
                outputs
                    .iter()
                    .map(|&o| (format!("out_{}", rec.outputs[o].name), rec.outputs[o].dtype)),
            )
            .collect();
        for (name, dt) in tensors {
            let p = em.param(&name);
            let addr = em.op(format!("llvm.ptrtoint {p} : !llvm.ptr to i64"));
            let bytes = em.i64c((steps * dt.size_bytes()) as i64);
            let r = em.bin_i("remui", &addr, &bytes);
            let ok = em.op(format!("arith.cmpi eq, {r}, {zero} : i64"));
            aligned = em.op(format!("arith.andi {aligned}, {ok} : i1"));
        }
        Some(Vectors {
            steps,
            inputs: inputs.into_iter().collect(),
            outputs,
            aligned,
        })
    }
}

/// The vector type of `n` elements stored as `dt`, and its alignment in bytes.
pub(super) fn vector_of(n: usize, dt: DType) -> (String, usize) {
    (format!("vector<{n}x{}>", storage(dt)), n * dt.size_bytes())
}

/// The lowest position of this thread's K steps from walk step `base`: the first, or in a
/// reverse scan the last.
fn lowest_of(em: &mut Em<'_>, base: &str, k: usize) -> String {
    match em.rec.direction {
        Direction::Forward => base.to_string(),
        Direction::Reverse => {
            let c = em.i64c(k as i64 - 1);
            em.bin_i("addi", base, &c)
        }
    }
}

/// The walk step of element `e` of a K-step vector: `e`, or `K - 1 - e` in a reverse scan.
fn step_of(rec: &Recurrence, k: usize, e: usize) -> usize {
    match rec.direction {
        Direction::Forward => e,
        Direction::Reverse => k - 1 - e,
    }
}

/// Reads `inputs` at this thread's K steps from walk step `base`, one vector load per input
/// and point: per step, the values as memo entries.
pub(super) fn vector_reads(
    em: &mut Em<'_>,
    inputs: &[(Handle<Expr>, Handle<Input>)],
    base: &str,
    k: usize,
) -> Vec<Vec<(MemoKey, String)>> {
    vector_reads_ahead(em, inputs, base, k, None)
}

/// What a read prefetches for a later one (see [`vector_reads_ahead`]): the same steps at the
/// next point of `dim` (the next turn's point of the split dim).
pub(super) struct Ahead {
    pub(super) dim: Handle<Dim>,
    /// Whether there is a later read (i1): where not, nothing is prefetched.
    pub(super) valid: String,
}

/// As [`vector_reads`], and where `ahead` is given, each load is followed by a `prefetch.L1`
/// of the same steps at the next point of `ahead.dim`, for the read a turn later: that read
/// then finds its line in L1, where it would wait hundreds of cycles on L2. A prefetch holds
/// no register, so it can run a whole turn ahead; it is a hint, with nothing to do on the
/// host (the values read are the same either way).
pub(super) fn vector_reads_ahead(
    em: &mut Em<'_>,
    inputs: &[(Handle<Expr>, Handle<Input>)],
    base: &str,
    k: usize,
    ahead: Option<&Ahead>,
) -> Vec<Vec<(MemoKey, String)>> {
    let mut per_step: Vec<Vec<(MemoKey, String)>> = vec![Vec::new(); k];
    // Each input widened as soon as it is loaded.
    for input in inputs {
        let loads = vector_loads(em, std::slice::from_ref(input), base, k, ahead);
        for (step, vals) in per_step.iter_mut().zip(widen_loads(em, &loads)) {
            step.extend(vals);
        }
    }
    per_step
}

/// Vector loads issued by [`vector_loads`], not yet widened: each input point's vector as
/// loaded (bf16 pairs as 32-bit words), so that a load can be issued well before its values
/// are used while holding only the registers of its packed bytes.
pub(super) struct VectorLoads {
    k: usize,
    vectors: Vec<Loaded>,
}

/// One input point's vector as [`vector_loads`] issued it.
struct Loaded {
    /// The expression read and its point.
    expr: Handle<Expr>,
    bind: Vec<(Handle<Dim>, usize)>,
    /// The loaded vector and its type (bf16 pairs as 32-bit words where `paired`).
    value: String,
    ty: String,
    dtype: DType,
    paired: bool,
}

impl VectorLoads {
    /// One slot (an entry-block alloca, a register once promoted) per loaded vector, to carry
    /// the loads from one iteration of a loop to the next.
    pub(super) fn slots(&self, em: &mut Em<'_>) -> Vec<String> {
        let one = em.i64c(1);
        self.vectors
            .iter()
            .map(|v| em.entry_op(format!("llvm.alloca {one} x {} : (i64) -> !llvm.ptr", v.ty)))
            .collect()
    }

    /// Keeps the loaded vectors in `slots`.
    pub(super) fn store_to(&self, em: &mut Em<'_>, slots: &[String]) {
        for (v, slot) in self.vectors.iter().zip(slots) {
            em.line(format!(
                "llvm.store {}, {slot} : {}, !llvm.ptr",
                v.value, v.ty
            ));
        }
    }

    /// The vectors kept in `slots`, as these loads.
    pub(super) fn load_from(&self, em: &mut Em<'_>, slots: &[String]) -> VectorLoads {
        let vectors = self
            .vectors
            .iter()
            .zip(slots)
            .map(|(v, slot)| Loaded {
                value: em.op(format!("llvm.load {slot} : !llvm.ptr -> {}", v.ty)),
                bind: v.bind.clone(),
                ty: v.ty.clone(),
                ..*v
            })
            .collect();
        VectorLoads { k: self.k, vectors }
    }
}

/// Issues the vector loads of `inputs` at this thread's K steps from walk step `base` (and
/// the prefetches of `ahead`, as [`vector_reads_ahead`]); [`widen_loads`] turns them into
/// per-step values where they are used.
pub(super) fn vector_loads(
    em: &mut Em<'_>,
    inputs: &[(Handle<Expr>, Handle<Input>)],
    base: &str,
    k: usize,
    ahead: Option<&Ahead>,
) -> VectorLoads {
    let rec = em.rec;
    let ahead = ahead.filter(|_| em.target == Target::Gpu);
    let lowest = lowest_of(em, base, k);
    let mut vectors = Vec::new();
    for &(h, i) in inputs {
        let input = &rec.inputs[i];
        let (vty, align) = vector_of(k, input.dtype);
        // bf16 pairs read as 32-bit words: each half widens with one instruction (a shift
        // or a mask), where a 16-bit element of the upper half takes an extract and a shift.
        let paired = input.dtype == DType::BF16 && k % 2 == 0;
        let vty = if paired {
            format!("vector<{}xi32>", k / 2)
        } else {
            vty
        };
        for bind in em.points(&input.dims) {
            let p = element_at(
                em,
                &format!("in_{}", input.name),
                &input.dims,
                &bind,
                &lowest,
                input.dtype,
            );
            let x = em.op(format!(
                "llvm.load {p} {{alignment = {align} : i64}} : !llvm.ptr -> {vty}"
            ));
            if let Some(a) = ahead {
                prefetch_ahead(em, &p, &input.dims, input.dtype, a);
            }
            vectors.push(Loaded {
                expr: h,
                bind,
                value: x,
                ty: vty.clone(),
                dtype: input.dtype,
                paired,
            });
        }
    }
    VectorLoads { k, vectors }
}

/// The values of loads [`vector_loads`] issued, widened here: per step, as memo entries.
pub(super) fn widen_loads(em: &mut Em<'_>, loads: &VectorLoads) -> Vec<Vec<(MemoKey, String)>> {
    let k = loads.k;
    let mut per_step: Vec<Vec<(MemoKey, String)>> = vec![Vec::new(); k];
    for v in &loads.vectors {
        let (x, vty) = (&v.value, &v.ty);
        let mut vals = Vec::with_capacity(k);
        if v.paired {
            for w in 0..k / 2 {
                let wc = em.text.i32(w as i32);
                let word = em.op(format!("llvm.extractelement {x}[{wc} : i32] : {vty}"));
                let (lo, hi) = em.widen_bf16_pair(&word);
                vals.extend([lo, hi]);
            }
        } else {
            for e in 0..k {
                let ec = em.text.i32(e as i32);
                let raw = em.op(format!("llvm.extractelement {x}[{ec} : i32] : {vty}"));
                vals.push(em.widen(&raw, v.dtype, false));
            }
        }
        for (e, val) in vals.into_iter().enumerate() {
            per_step[step_of(em.rec, k, e)].push(((v.expr, v.bind.clone()), val));
        }
    }
    per_step
}

/// `prefetch.L1` of the element after `p` along `a.dim` (in a tensor of `dims`), where
/// `a.valid`.
fn prefetch_ahead(em: &mut Em<'_>, p: &str, dims: &[Handle<Dim>], dt: DType, a: &Ahead) {
    let Some(at) = dims.iter().position(|&d| d == a.dim) else {
        return;
    };
    let stride = em.strides(dims)[at].clone();
    let later = em.gep(p, &stride, storage(dt));
    let q = em.op(format!(
        "llvm.select {}, {later}, {p} : i1, !llvm.ptr",
        a.valid
    ));
    let addr = em.op(format!("llvm.ptrtoint {q} : !llvm.ptr to i64"));
    em.line(format!(
        "llvm.inline_asm has_side_effects asm_dialect = att \"prefetch.L1 [$0];\", \"l\" {addr} : (i64) -> ()"
    ));
}

/// Stores output `o` at its point `p` for this thread's K steps from walk step `base` (its
/// values `steps`, by walk step) with one vector store.
pub(super) fn vector_store_at(
    em: &mut Em<'_>,
    o: Handle<Output>,
    p: usize,
    base: &str,
    steps: &[String],
) {
    let rec = em.rec;
    let out = &rec.outputs[o];
    let k = steps.len();
    let lowest = lowest_of(em, base, k);
    let bind = em.points(&out.dims).swap_remove(p);
    let (vty, align) = vector_of(k, out.dtype);
    let mut x = em.op(format!("llvm.mlir.undef : {vty}"));
    for e in 0..k {
        let val = &steps[step_of(rec, k, e)];
        let st = em.stored(val, out.dtype);
        let ec = em.text.i32(e as i32);
        x = em.op(format!("llvm.insertelement {st}, {x}[{ec} : i32] : {vty}"));
    }
    let ptr = element_at(
        em,
        &format!("out_{}", out.name),
        &out.dims,
        &bind,
        &lowest,
        out.dtype,
    );
    let valid = em.valid.clone();
    em.region(format!("scf.if {valid}"), |em| {
        em.line(format!(
            "llvm.store {x}, {ptr} {{alignment = {align} : i64}} : {vty}, !llvm.ptr"
        ));
    });
}

/// The address of tensor parameter `param` (with `dims`, stored as `dt`) at point `bind` and
/// scan step `t`.
pub(super) fn element_at(
    em: &mut Em<'_>,
    param: &str,
    dims: &[Handle<Dim>],
    bind: &[(Handle<Dim>, usize)],
    t: &str,
    dt: DType,
) -> String {
    let red: Vec<(Handle<Dim>, Ix)> = bind.iter().map(|&(d, x)| (d, Ix::Const(x))).collect();
    em.t = Some(t.to_string());
    let off = em.offset(dims, &red, false);
    em.t = None;
    let ptr = em.param(param);
    em.gep(&ptr, &off, storage(dt))
}
