//! Device memory for activations, reused by size: blocks the executor drops go back to the
//! pool, and the next forward takes the same ones (also while a graph is captured).

use super::*;

/// Device memory reused by size: activations of one forward are freed (returned here) as
/// the executor drops them, and the next forward takes the same blocks.
pub(super) struct Pool {
    pub(super) free: HashMap<usize, Vec<Mem>>,
    /// While a graph is captured, stream-ordered allocation would become part of the graph:
    /// a miss then allocates outside the stream.
    pub(super) frozen: bool,
    pub(super) stream: Arc<CudaStream>,
}

/// Device memory of a block: stream-ordered (the usual case), or allocated outside the
/// stream while a graph was being captured.
pub(super) enum Mem {
    Slice(CudaSlice<u8>),
    Raw(u64),
}

impl Drop for Pool {
    fn drop(&mut self) {
        for m in self.free.values_mut().flat_map(std::mem::take) {
            if let Mem::Raw(p) = m {
                // SAFETY: `p` came from `malloc_sync` and nothing uses it any more (the pool
                // goes when the last block and the backend have gone).
                let _ = unsafe { cudarc::driver::result::free_sync(p) };
            }
        }
    }
}

pub(super) struct Block {
    pub(super) mem: Option<Mem>,
    pub(super) ptr: u64,
    pub(super) bytes: usize,
    pub(super) pool: Rc<RefCell<Pool>>,
}

impl std::fmt::Debug for Block {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Block({:#x}, {} bytes)", self.ptr, self.bytes)
    }
}

impl Drop for Block {
    fn drop(&mut self) {
        if let Some(m) = self.mem.take() {
            self.pool
                .borrow_mut()
                .free
                .entry(self.bytes)
                .or_default()
                .push(m);
        }
    }
}

pub(super) fn take(pool: &Rc<RefCell<Pool>>, bytes: usize) -> MResult<Rc<Block>> {
    let bytes = bytes.max(1).div_ceil(256) * 256;
    let mut p = pool.borrow_mut();
    let mem = match p.free.get_mut(&bytes).and_then(Vec::pop) {
        Some(m) => m,
        // SAFETY: a plain allocation (legal during a relaxed-mode capture); freed by the
        // pool's drop.
        None if p.frozen => {
            Mem::Raw(unsafe { cudarc::driver::result::malloc_sync(bytes) }.map_err(dev)?)
        }
        // SAFETY: every user of a block writes it before reading it (kernel outputs,
        // uploads); the pool never hands out memory that is read uninitialised.
        None => Mem::Slice(unsafe { p.stream.alloc::<u8>(bytes) }.map_err(dev)?),
    };
    let ptr = match &mem {
        Mem::Slice(s) => s.device_ptr(&p.stream).0,
        Mem::Raw(r) => *r,
    };
    Ok(Rc::new(Block {
        mem: Some(mem),
        ptr,
        bytes,
        pool: pool.clone(),
    }))
}
