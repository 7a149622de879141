//! Timing on the GPU: CUDA-event medians, and the device-to-device copy bandwidth that every
//! speed figure is divided by (the floor).

use cudarc::driver::sys::CUevent_flags;

use crate::device::Gpu;
use crate::error::Result;

/// The least time [`time_ms`] warms the GPU up for before timing.
const WARM_MIN: std::time::Duration = std::time::Duration::from_millis(30);

/// Median time in ms of `f`, after `warm` runs (and at least [`WARM_MIN`]), over `reps` runs.
pub fn time_ms(
    gpu: &Gpu,
    warm: usize,
    reps: usize,
    mut f: impl FnMut() -> Result<()>,
) -> Result<f64> {
    // Warm-up: `warm` runs, then more until WARM_MIN has passed, so that short kernels are
    // timed at the clocks a sustained workload runs at rather than as the GPU leaves idle (the
    // first row of a bench, first_order at T = 2048, read 0.120 ms where the same kernel right
    // after read 0.105).
    let t0 = std::time::Instant::now();
    for _ in 0..warm {
        f()?;
    }
    gpu.stream.synchronize()?;
    while t0.elapsed() < WARM_MIN {
        f()?;
        gpu.stream.synchronize()?;
    }
    let start = gpu.ctx.new_event(Some(CUevent_flags::CU_EVENT_DEFAULT))?;
    let end = gpu.ctx.new_event(Some(CUevent_flags::CU_EVENT_DEFAULT))?;
    let mut times = Vec::with_capacity(reps.max(1));
    for _ in 0..reps.max(1) {
        start.record(&gpu.stream)?;
        f()?;
        end.record(&gpu.stream)?;
        times.push(f64::from(start.elapsed_ms(&end)?));
    }
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2])
}

/// Device-to-device copy bandwidth in bytes/s (bytes read + written).
pub fn copy_bandwidth(gpu: &Gpu) -> Result<f64> {
    let n = 1usize << 28; // 1 GiB of f32
    let src = gpu.stream.alloc_zeros::<f32>(n)?;
    let mut dst = gpu.stream.alloc_zeros::<f32>(n)?;
    let ms = time_ms(gpu, 3, 20, || {
        gpu.stream.memcpy_dtod(&src, &mut dst)?;
        Ok(())
    })?;
    Ok(2.0 * (n * 4) as f64 / (ms * 1e-3))
}
