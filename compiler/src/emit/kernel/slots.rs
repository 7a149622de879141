//! Where a kernel keeps values private to a thread for the whole kernel (the backward's
//! adjoints, decays and gradient sums): registers where few, else a column of a shared array,
//! else a local-memory array the compiler cannot promote; and arrays shared by a block.

use super::layout::REGISTER_SLOTS;
use super::{Em, Ix, Target};
use crate::emit::text::Emitter;
use crate::emit::text::shared_global;

/// Long-lived slots held as one array: slot `k` at `base[k · stride (+ tid)]`.
#[derive(Debug, Clone)]
pub(super) struct SlotArray {
    base: String,
    /// The slots' pointers, in order (to find a run among them).
    slots: Vec<String>,
    /// A shared array's column per thread (`k · threads + tid`), or None: local memory (`k`).
    threads: Option<usize>,
}

impl Em<'_> {
    /// `n` f32 slots private to this thread: registers where few (lanes split the points),
    /// else a column of a shared array on the GPU where the layout gave them shared memory
    /// (`shared`), else an array in local memory (a stack array on the host). Returned as
    /// generic pointers.
    pub(super) fn long_lived_slots(&mut self, kernel: &str, n: usize, shared: bool) -> Vec<String> {
        if n == 0 || n <= REGISTER_SLOTS {
            return self.alloca_points(n);
        }
        // (The host holds many in one array too: its kernels walk them as the GPU's do.)
        if !shared || self.target == Target::Host {
            let (base, slots) = self.local_array(n);
            self.slot_array = Some(SlotArray {
                base,
                slots: slots.clone(),
                threads: None,
            });
            return slots;
        }
        let threads = self.plan.threads;
        let base = self.shared_array(&format!("slots_{kernel}"), n * threads);
        let tid = self.tid.clone();
        let slots: Vec<String> = (0..n)
            .map(|k| {
                let c = self.i64c((k * threads) as i64);
                let off = self.bin_i("addi", &c, &tid);
                self.gep(&base, &off, "f32")
            })
            .collect();
        self.slot_array = Some(SlotArray {
            base,
            slots: slots.clone(),
            threads: Some(threads),
        });
        slots
    }

    /// Calls `f` with each slot of `slots` and its index among them: as one loop where they are
    /// a run of the slot array (the index then a run-time value), else slot by slot. Hundreds
    /// of slots written out one by one made a kernel's stores many, and its lowering slow.
    pub(super) fn each_slot(&mut self, slots: &[String], mut f: impl FnMut(&mut Self, &str, Ix)) {
        let run = self.slot_array.as_ref().and_then(|a| {
            let first = a.slots.iter().position(|x| Some(x) == slots.first())?;
            let consecutive = a.slots.get(first..first + slots.len()) == Some(slots);
            (consecutive && slots.len() > REGISTER_SLOTS).then(|| (a.clone(), first))
        });
        let Some((a, first)) = run else {
            for (k, slot) in slots.iter().enumerate() {
                f(self, slot, Ix::Const(k));
            }
            return;
        };
        let (lo, hi, one) = (
            self.i64c(first as i64),
            self.i64c((first + slots.len()) as i64),
            self.i64c(1),
        );
        let base_k = self.i64c(first as i64);
        self.for_i64(&lo, &hi, &one, |em, k| {
            let off = match a.threads {
                Some(t) => {
                    let tc = em.i64c(t as i64);
                    let r = em.bin_i("muli", &k, &tc);
                    let tid = em.tid.clone();
                    em.bin_i("addi", &r, &tid)
                }
                None => k.clone(),
            };
            let slot = em.gep(&a.base, &off, "f32");
            let i = em.bin_i("subi", &k, &base_k);
            f(em, &slot, Ix::Dyn(i));
        });
    }

    /// An array of `n` f32 shared by the block (declared once per kernel; a stack array on the
    /// host, where a block is one thread), as a generic pointer.
    pub(in crate::emit::kernel) fn shared_array(&mut self, name: &str, n: usize) -> String {
        match self.target {
            Target::Gpu => {
                self.globals.push_str(&shared_global(name, n, "f32"));
                let p = self.entry_op(format!("llvm.mlir.addressof @{name} : !llvm.ptr<3>"));
                self.entry_op(format!(
                    "llvm.addrspacecast {p} : !llvm.ptr<3> to !llvm.ptr"
                ))
            }
            Target::Host => {
                let c = self.i64c(n as i64);
                self.entry_op(format!("llvm.alloca {c} x f32 : (i64) -> !llvm.ptr"))
            }
        }
    }

    /// `n` f32 slots in one local-memory array that stays in memory: its slots are addressed
    /// from an offset the compiler cannot fold (the scan length shifted right by 63, 0 at run
    /// time), so LLVM does not promote them to registers — hundreds of them would spill.
    fn local_array(&mut self, n: usize) -> (String, Vec<String>) {
        let c = self.i64c(n as i64);
        let base = self.entry_op(format!("llvm.alloca {c} x f32 : (i64) -> !llvm.ptr"));
        let len = self.sizes[self.rec.scan.index()].clone();
        let c63 = self.i64c(63);
        let zero = self.entry_op(format!("arith.shrui {len}, {c63} : i64"));
        let base = self.entry_op(format!(
            "llvm.getelementptr {base}[{zero}] : (!llvm.ptr, i64) -> !llvm.ptr, f32"
        ));
        let slots = (0..n)
            .map(|k| {
                let ck = self.i64c(k as i64);
                self.entry_op(format!(
                    "llvm.getelementptr {base}[{ck}] : (!llvm.ptr, i64) -> !llvm.ptr, f32"
                ))
            })
            .collect();
        (base, slots)
    }

    pub(super) fn alloca_points(&mut self, n: usize) -> Vec<String> {
        let one = self.i64c(1);
        (0..n)
            .map(|_| self.entry_op(format!("llvm.alloca {one} x f32 : (i64) -> !llvm.ptr")))
            .collect()
    }

    pub(in crate::emit::kernel) fn fill(&mut self, slots: &[String], v: f64) {
        let c = self.fconst(v);
        self.each_slot(slots, |em, s, _| {
            em.line(format!("llvm.store {c}, {s} : f32, !llvm.ptr"));
        });
    }
}
