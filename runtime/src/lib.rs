//! linrec-runtime: loads the compiler's artifacts (PTX + manifest) and runs them on the GPU
//! through cudarc. It links no MLIR (it is what travels to GPU machines), only the compiler's
//! front end, IR and float64 interpreter, which the GPU correctness suite compares against.

pub mod borrowed;
pub mod cache;
pub mod compiled;
pub mod device;
pub mod error;
pub mod gpu;
mod launcher;
pub mod step_fold;
pub mod timing;
pub mod transfer;

pub use borrowed::{Arena, Borrowed, Bytes, Call};
pub use compiled::{CompiledRecurrence, DeviceTensor};
pub use device::Gpu;
pub use error::{Result, RuntimeError};
pub use gpu::{ConvJoin, GpuBackend, GpuTensor, MmaForce, ProfileScope, Weights};
pub use transfer::{download, upload};
