//! The GPU: a context and a stream, opened only after checking that a driver exists (cudarc
//! panics when it cannot load libcuda; that check turns the panic into an error).

use std::ffi::c_void;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use cudarc::driver::sys;
use cudarc::driver::{CudaContext, CudaFunction, CudaStream, DriverError};

use crate::error::{Result, RuntimeError};

/// An open GPU.
#[derive(Debug, Clone)]
pub struct Gpu {
    pub ctx: Arc<CudaContext>,
    pub stream: Arc<CudaStream>,
    /// The largest grid (blocks) of a kernel that waits for its predecessor at entry that is
    /// launched dependent on it (see [`launch_kernel`]; 0: none); shared by every clone, so
    /// one setting covers the backend and the recurrences it loaded.
    dependent: Arc<AtomicU64>,
    /// Multiprocessors (132 where the driver does not say).
    sms: u32,
}

/// The largest grid launched dependent: `LINREC_DEPENDENT_LAUNCH` (`off`, `all`, or a number
/// of blocks), else `emit::DEPENDENT_BLOCKS_PER_SM` times the multiprocessors.
fn dependent_blocks(sms: u64) -> u64 {
    let default = linrec_compiler::emit::DEPENDENT_BLOCKS_PER_SM * sms;
    match std::env::var("LINREC_DEPENDENT_LAUNCH").as_deref() {
        Ok("off") => 0,
        Ok("all") => u64::MAX,
        Ok(v) => v.parse().unwrap_or(default),
        Err(_) => default,
    }
}

/// Whether the CUDA driver library can be loaded here.
pub fn driver_available() -> std::result::Result<(), String> {
    for name in ["libcuda.so.1", "libcuda.so"] {
        // SAFETY: loading the CUDA driver library runs its initialisers, which is what every
        // CUDA program does; the handle is dropped at once.
        if unsafe { libloading::Library::new(name) }.is_ok() {
            return Ok(());
        }
    }
    Err("libcuda.so.1 not found".into())
}

impl Gpu {
    /// Opens device `ordinal`.
    pub fn open(ordinal: usize) -> Result<Gpu> {
        driver_available().map_err(RuntimeError::NoDriver)?;
        let count = CudaContext::device_count()?;
        if count as usize <= ordinal {
            return Err(RuntimeError::NoDevice(format!(
                "device {ordinal} requested, {count} present"
            )));
        }
        let ctx = CudaContext::new(ordinal)?;
        let stream = ctx.default_stream();
        let sms = ctx
            .attribute(sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT)
            .map_or(132, |v| v as u32);
        Ok(Gpu {
            ctx,
            stream,
            dependent: Arc::new(AtomicU64::new(dependent_blocks(u64::from(sms)))),
            sms,
        })
    }

    /// Opens device `ordinal` with a stream of its own (the legacy default stream cannot be
    /// captured into a graph). Cross-stream event tracking is off: all work goes through
    /// this one stream, which orders it.
    pub fn open_with_stream(ordinal: usize) -> Result<Gpu> {
        let g = Gpu::open(ordinal)?;
        // SAFETY: every buffer of this context is used on `stream` only.
        unsafe { g.ctx.disable_event_tracking() };
        let stream = g.ctx.new_stream()?;
        Ok(Gpu {
            ctx: g.ctx,
            stream,
            dependent: g.dependent,
            sms: g.sms,
        })
    }

    /// Launches the kernels compiled with the dependent-launch prologue dependent on the grid
    /// before them where their grid has at most `max_blocks` blocks (0: none, plain launches
    /// each after the previous grid's end, for comparison). Takes effect at the next launch
    /// (a captured graph keeps how it was captured).
    pub fn set_dependent_launch(&self, max_blocks: u64) {
        self.dependent.store(max_blocks, Ordering::Relaxed);
    }

    /// The largest grid launched dependent ([`Gpu::set_dependent_launch`]).
    pub fn dependent_launch(&self) -> u64 {
        self.dependent.load(Ordering::Relaxed)
    }

    /// `f` run with [`Gpu::set_dependent_launch`]`(max_blocks)`, the setting before restored
    /// after it.
    pub fn with_dependent_launch<T>(&self, max_blocks: u64, f: impl FnOnce() -> T) -> T {
        let before = self.dependent.swap(max_blocks, Ordering::Relaxed);
        let out = f();
        self.dependent.store(before, Ordering::Relaxed);
        out
    }

    /// Whether a launch of `blocks` blocks of a kernel that opens with the dependent-launch
    /// prologue (`kernel_waits`: `dependent` in its manifest) is launched dependent on the
    /// grid before it.
    pub fn launch_dependent(&self, kernel_waits: bool, blocks: u64) -> bool {
        kernel_waits && blocks <= self.dependent.load(Ordering::Relaxed)
    }

    pub fn name(&self) -> String {
        self.ctx.name().unwrap_or_else(|_| "unknown GPU".into())
    }

    /// The machine the cost model reasons about: this GPU's multiprocessors and its
    /// calibration table (the default one where it has none), with the table's name.
    pub fn cost_device(&self) -> (&'static str, linrec_compiler::strategy::Device) {
        use linrec_compiler::strategy::{Device, calibration};
        let (table, cal) = calibration::for_gpu(&self.name());
        let device = Device {
            sms: self.sms,
            model: cal.model,
            ..Device::default()
        };
        (table, device)
    }
}

/// Launches `f` over `grid` blocks of `block` threads on `stream` with `params` (pointers to
/// each argument's value, in the kernel's order). `dependent`: the kernel waits for the grid
/// before it at entry (`griddepcontrol.wait`, the compiler's dependent-launch prologue), so
/// it is launched with programmatic stream serialization: the driver may place its blocks
/// before the previous grid ends (once that grid's blocks have all started), and a graph
/// captured from the stream keeps the dependency as a programmatic edge. Hopper's answer to
/// the microseconds between small dependent kernels, which a decoding step is made of.
///
/// # Safety
/// `params` must match `f`'s parameters and stay valid for the call; a `dependent` kernel
/// must wait for its predecessor before it reads or writes anything that grid touches.
pub unsafe fn launch_kernel(
    stream: &CudaStream,
    f: &CudaFunction,
    grid: u32,
    block: u32,
    shared_bytes: u32,
    params: &mut [*mut c_void],
    dependent: bool,
) -> std::result::Result<(), DriverError> {
    // SAFETY: a zeroed attribute is a valid value of the C union (`pad` covers it).
    let mut attr: sys::CUlaunchAttribute = unsafe { std::mem::zeroed() };
    attr.id = sys::CUlaunchAttributeID::CU_LAUNCH_ATTRIBUTE_PROGRAMMATIC_STREAM_SERIALIZATION;
    attr.value.programmaticStreamSerializationAllowed = 1;
    let config = sys::CUlaunchConfig {
        gridDimX: grid,
        gridDimY: 1,
        gridDimZ: 1,
        blockDimX: block,
        blockDimY: 1,
        blockDimZ: 1,
        sharedMemBytes: shared_bytes,
        hStream: stream.cu_stream(),
        attrs: &mut attr,
        numAttrs: u32::from(dependent),
    };
    stream.context().bind_to_thread()?;
    // SAFETY: the config and attribute live across the call; the caller vouches for `params`.
    unsafe {
        sys::cuLaunchKernelEx(
            &config,
            f.cu_function(),
            params.as_mut_ptr(),
            std::ptr::null_mut(),
        )
    }
    .result()
}
