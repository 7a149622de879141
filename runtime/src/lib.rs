//! linrec-runtime: loads the compiler's artifacts (PTX + manifest) and runs them on the GPU
//! through cudarc. It links no MLIR (it is what travels to GPU machines), only the compiler's
//! front end, IR and float64 interpreter, which the GPU correctness suite compares against.

pub mod bench;
pub mod compiled;
pub mod device;
pub mod error;
pub mod model;
pub mod model_suite;
pub mod suite;

pub use compiled::{CompiledRecurrence, DeviceTensor, download, upload};
pub use device::Gpu;
pub use error::{Result, RuntimeError};
pub use model::{GpuBackend, GpuTensor, Weights};
