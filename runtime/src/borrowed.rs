//! Calls on memory and a stream that the caller owns (a framework such as PyTorch): every
//! tensor comes by address, the saves and workspaces are carved from two caller-allocated
//! arenas whose sizes [`crate::CompiledRecurrence::footprint`] gives, and every launch and
//! memset goes on the caller's stream. The framework's stream-ordered allocator then covers
//! the call's memory the way it covers its own kernels': nothing here allocates or syncs.

use std::sync::Arc;

use cudarc::driver::CudaStream;
use linrec_compiler::manifest::Buffer;

use crate::device::Gpu;
use crate::error::{Result, RuntimeError};

/// Every buffer of an arena starts at a multiple of this many bytes.
pub const ALIGN: usize = 256;

/// The entry points, as a caller asks what one needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    Forward,
    ForwardSaving,
    Backward,
    Step,
}

/// Bytes a borrowed call needs: the saves (kept by the caller from the forward that writes
/// them until the backward that reads them) and the scratch (free once the call's work on the
/// stream is done).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bytes {
    pub saves: usize,
    pub scratch: usize,
}

/// Caller-owned device memory, carved into buffers in a program's order.
#[derive(Debug, Clone, Copy)]
pub struct Arena {
    base: u64,
    bytes: usize,
    used: usize,
}

impl Arena {
    /// The memory at `base`, `bytes` long (`base` a multiple of [`ALIGN`]; 0 with `bytes` 0
    /// for none).
    pub fn new(base: u64, bytes: usize) -> Arena {
        Arena {
            base,
            bytes,
            used: 0,
        }
    }

    /// Bytes that buffers of these f32 element counts take, in order.
    pub fn bytes_for(elems: &[u64]) -> usize {
        elems.iter().map(|&e| padded(e)).sum()
    }

    /// The address of the next buffer of `elems` f32 (`what` names it in the error).
    pub(crate) fn take(&mut self, what: &Buffer, elems: u64) -> Result<u64> {
        let n = padded(elems);
        if self.base % ALIGN as u64 != 0 || self.used + n > self.bytes {
            return Err(RuntimeError::Arena {
                what: what.to_string(),
                need: self.used + n,
                given: self.bytes,
            });
        }
        let p = self.base + self.used as u64;
        self.used += n;
        Ok(p)
    }
}

fn padded(elems: u64) -> usize {
    (elems as usize * 4).div_ceil(ALIGN) * ALIGN
}

/// Where a borrowed call runs: the caller's stream and arenas.
#[derive(Debug)]
pub struct Borrowed {
    pub(crate) stream: Arc<CudaStream>,
    pub(crate) saves: Arena,
    pub(crate) scratch: Arena,
}

impl Borrowed {
    /// A call on the caller's stream `stream` (a `CUstream`, as an address; 0 for the legacy
    /// default stream) with its arenas.
    ///
    /// # Safety
    /// `stream` must be a live stream of `gpu`'s context, and each arena must address device
    /// memory of that context that stays allocated, and is not used by anything else, until
    /// the work the call queues on `stream` has run (a stream-ordered allocator freeing it
    /// on that stream after the call guarantees this; the saves arena must stay so until the
    /// backward that reads it has been queued).
    pub unsafe fn new(gpu: &Gpu, stream: u64, saves: Arena, scratch: Arena) -> Borrowed {
        // SAFETY: the caller vouches for the stream; the wrapper does not destroy it.
        let stream = unsafe {
            gpu.ctx
                .wrap_borrowed_stream(stream as usize as cudarc::driver::sys::CUstream)
        };
        Borrowed {
            stream,
            saves,
            scratch,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arena_carves_aligned_buffers_in_order_and_refuses_past_its_end() {
        let b = |n: &str| Buffer::Checkpoint(n.into());
        assert_eq!(Arena::bytes_for(&[1, 64, 65, 0]), 256 + 256 + 512);
        let mut a = Arena::new(4096, Arena::bytes_for(&[1, 65]));
        assert_eq!(a.take(&b("h"), 1).unwrap(), 4096);
        assert_eq!(a.take(&b("g"), 65).unwrap(), 4096 + 256);
        let err = a.take(&b("k"), 1).unwrap_err().to_string();
        assert!(
            err.contains("saved states of `k`") && err.contains("1024 bytes"),
            "{err}"
        );
        // A base off the alignment is refused, not used.
        assert!(Arena::new(4100, 1024).take(&b("h"), 1).is_err());
        // An empty arena serves empty buffers.
        assert_eq!(Arena::new(0, 0).take(&b("h"), 0).unwrap(), 0);
    }
}
