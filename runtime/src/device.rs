//! The GPU: a context and a stream, opened only after checking that a driver exists (cudarc
//! panics when it cannot load libcuda; that check turns the panic into an error).

use std::sync::Arc;

use cudarc::driver::{CudaContext, CudaStream};

use crate::error::{Result, RuntimeError};

/// An open GPU.
#[derive(Debug, Clone)]
pub struct Gpu {
    pub ctx: Arc<CudaContext>,
    pub stream: Arc<CudaStream>,
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
        Ok(Gpu { ctx, stream })
    }

    /// Opens device `ordinal` with a stream of its own (the legacy default stream cannot be
    /// captured into a graph). Cross-stream event tracking is off: all work goes through
    /// this one stream, which orders it.
    pub fn open_with_stream(ordinal: usize) -> Result<Gpu> {
        let g = Gpu::open(ordinal)?;
        // SAFETY: every buffer of this context is used on `stream` only.
        unsafe { g.ctx.disable_event_tracking() };
        let stream = g.ctx.new_stream()?;
        Ok(Gpu { ctx: g.ctx, stream })
    }

    pub fn name(&self) -> String {
        self.ctx.name().unwrap_or_else(|_| "unknown GPU".into())
    }

    /// The machine the cost model reasons about: this GPU's multiprocessors and its
    /// calibration table (the default one where it has none), with the table's name.
    pub fn cost_device(&self) -> (&'static str, linrec_compiler::strategy::Device) {
        use linrec_compiler::strategy::{Device, calibration};
        let sms = self
            .ctx
            .attribute(
                cudarc::driver::sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT,
            )
            .map_or(132, |v| v as u32);
        let (table, cal) = calibration::for_gpu(&self.name());
        let device = Device {
            sms,
            model: cal.model,
            ..Device::default()
        };
        (table, device)
    }
}
