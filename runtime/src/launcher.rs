//! This GPU as the manifest executor's device: the launches, workspaces, saves and outputs of
//! one recurrence's programs, on the runtime's own memory pool and stream or, for a borrowed
//! call, on the caller's arenas and stream.

use std::sync::Arc;

use cudarc::driver::{CudaSlice, DevicePtr, DevicePtrMut};
use linrec_compiler::ir::DType;
use linrec_compiler::manifest::exec::{Arg, Device as ExecDevice};
use linrec_compiler::manifest::{Buffer, KernelManifest};

use crate::borrowed::Borrowed;
use crate::compiled::{CompiledRecurrence, DeviceTensor, Storage};
use crate::device::Gpu;
use crate::error::{Result, RuntimeError};

impl CompiledRecurrence {
    /// A buffer of `n` values of `dtype` with every byte 0xFF (NaN in every float dtype).
    fn poisoned(&self, what: &str, dtype: DType, n: usize) -> Result<Storage> {
        let (free, _) = self.gpu.ctx.mem_get_info()?;
        let bytes = n * dtype.size_bytes();
        if bytes > free {
            return Err(RuntimeError::OutOfMemory {
                what: what.into(),
                need: bytes,
                free,
            });
        }
        Ok(match dtype {
            DType::F32 => {
                // SAFETY: the memory is fully written (poisoned) by the memset below before
                // any read.
                let mut s = unsafe { self.gpu.stream.alloc::<f32>(n.max(1)) }?;
                poison(&self.gpu, &mut s, n.max(1) * 4)?;
                Storage::F32(s)
            }
            DType::BF16 | DType::F16 => {
                // SAFETY: as above.
                let mut s = unsafe { self.gpu.stream.alloc::<u16>(n.max(1)) }?;
                poison(&self.gpu, &mut s, n.max(1) * 2)?;
                Storage::U16(s)
            }
        })
    }
}

/// This GPU as the executor's device, for one recurrence: on the runtime's own memory pool and
/// stream, or on the caller's (`on`).
pub(crate) struct Launcher<'a> {
    pub(crate) rec: &'a CompiledRecurrence,
    pub(crate) on: Option<&'a mut Borrowed>,
}

impl Launcher<'_> {
    fn stream(&self) -> &Arc<cudarc::driver::CudaStream> {
        self.on.as_ref().map_or(&self.rec.gpu.stream, |o| &o.stream)
    }
}

impl ExecDevice for Launcher<'_> {
    type Buf = DeviceTensor;
    type Error = RuntimeError;

    fn elems(buf: &DeviceTensor) -> usize {
        buf.len()
    }

    fn workspace(&mut self, buffer: &Buffer, elems: usize) -> Result<DeviceTensor> {
        if let Some(on) = self.on.as_mut() {
            let p = on.scratch.take(buffer, elems as u64)?;
            // SAFETY: the caller keeps the arena allocated for the call (`Borrowed::new`).
            return Ok(unsafe { DeviceTensor::borrowed(p, vec![elems], DType::F32) });
        }
        let cached = self
            .rec
            .workspaces
            .borrow_mut()
            .get_mut(&(buffer.clone(), elems))
            .and_then(Vec::pop);
        let slice = match cached {
            Some(b) => b,
            None => {
                let (free, _) = self.rec.gpu.ctx.mem_get_info()?;
                if elems * 4 > free {
                    return Err(RuntimeError::OutOfMemory {
                        what: format!("{} of {}", buffer, self.rec.manifest.name),
                        need: elems * 4,
                        free,
                    });
                }
                self.rec.gpu.stream.alloc_zeros::<f32>(elems.max(1))?
            }
        };
        Ok(DeviceTensor {
            shape: vec![elems],
            dtype: DType::F32,
            storage: Storage::F32(slice),
        })
    }

    fn save(&mut self, buffer: &Buffer, elems: usize) -> Result<DeviceTensor> {
        match self.on.as_mut() {
            Some(on) => {
                let p = on.saves.take(buffer, elems as u64)?;
                // SAFETY: the caller keeps the saves arena (`Borrowed::new`).
                Ok(unsafe { DeviceTensor::borrowed(p, vec![elems], DType::F32) })
            }
            None => self.workspace(buffer, elems),
        }
    }

    fn zero(&mut self, buf: &mut DeviceTensor) -> Result<()> {
        let bytes = buf.len() * buf.dtype.size_bytes();
        let stream = self.stream().clone();
        let ptr = match &mut buf.storage {
            Storage::F32(s) => s.device_ptr_mut(&stream).0,
            Storage::U16(s) => s.device_ptr_mut(&stream).0,
            Storage::Raw(p) => *p,
        };
        // SAFETY: `ptr` addresses the buffer's `bytes` bytes, which outlive the asynchronous
        // memset on the stream that every later use of them is ordered on.
        unsafe { cudarc::driver::result::memset_d8_async(ptr, 0, bytes, stream.cu_stream()) }?;
        Ok(())
    }

    fn output(&mut self, buffer: &Buffer, dtype: DType, elems: usize) -> Result<DeviceTensor> {
        if self.on.is_some() {
            return Err(RuntimeError::Unprovided(buffer.to_string()));
        }
        Ok(DeviceTensor {
            shape: vec![elems],
            dtype,
            storage: self.rec.poisoned(&buffer.to_string(), dtype, elems)?,
        })
    }

    fn launch(
        &mut self,
        k: &KernelManifest,
        blocks: u64,
        args: &[Arg<'_, DeviceTensor>],
    ) -> Result<()> {
        let f = self
            .rec
            .functions
            .get(&k.name)
            .ok_or_else(|| RuntimeError::MissingKernel {
                recurrence: self.rec.manifest.name.clone(),
                kernel: k.name.clone(),
            })?;
        let stream = self.stream().clone();
        // Every parameter is eight bytes: a device pointer (null where allowed) or an i64.
        let mut values: Vec<u64> = args
            .iter()
            .map(|a| match a {
                Arg::Size(v) => *v as u64,
                Arg::Buf(t) => device_address(t, &stream),
                Arg::Null => 0,
            })
            .collect();
        let mut params: Vec<*mut std::ffi::c_void> =
            values.iter_mut().map(|v| (v as *mut u64).cast()).collect();
        // The executor refused grids past the launch limit (`ContractError::GridTooLarge`).
        let grid = blocks as u32;
        let dependent = self.rec.gpu.launch_dependent(k.dependent, blocks);
        // SAFETY: the executor binds every parameter in the kernel's declared order (the
        // manifest's `params`): device pointers to buffers whose lengths it checked against
        // the manifest, null only where the program or an optional input allows it (the
        // kernel tests for it), and i64 sizes; the grid covers the kernel's units, and the
        // kernel guards every store against units past the end. A kernel launched dependent
        // opens with the wait for its predecessor (its manifest says so).
        unsafe {
            crate::device::launch_kernel(&stream, f, grid, k.threads, 0, &mut params, dependent)
        }?;
        Ok(())
    }

    fn recycle(&mut self, buffer: &Buffer, buf: DeviceTensor) {
        if let Storage::F32(s) = buf.storage {
            self.rec
                .workspaces
                .borrow_mut()
                .entry((buffer.clone(), s.len()))
                .or_default()
                .push(s);
        }
    }
}

/// The device address of `t`'s first element.
fn device_address(t: &DeviceTensor, stream: &Arc<cudarc::driver::CudaStream>) -> u64 {
    match &t.storage {
        Storage::F32(s) => s.device_ptr(stream).0,
        Storage::U16(s) => s.device_ptr(stream).0,
        Storage::Raw(p) => *p,
    }
}

/// Sets every byte of a device buffer to 0xFF.
fn poison<T>(gpu: &Gpu, s: &mut CudaSlice<T>, bytes: usize) -> Result<()>
where
    CudaSlice<T>: DevicePtrMut<T>,
{
    let (ptr, _sync) = s.device_ptr_mut(&gpu.stream);
    // SAFETY: `ptr` addresses `bytes` bytes owned by `s`, which outlives the asynchronous
    // memset on the same stream (the sync guard orders later uses after it).
    unsafe { cudarc::driver::result::memset_d8_async(ptr, 0xFF, bytes, gpu.stream.cu_stream()) }?;
    Ok(())
}
