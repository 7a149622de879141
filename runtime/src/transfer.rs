//! Host ↔ device copies of tensors: f32 values in, stored in a tensor's dtype, and back.

use crate::compiled::{DeviceTensor, Storage};
use crate::device::Gpu;
use crate::error::{Result, RuntimeError};
use linrec_compiler::ir::DType;

/// Copies host f32 values to the device in `dtype` (bf16/f16 rounded to nearest).
pub fn upload(gpu: &Gpu, data: &[f32], shape: Vec<usize>, dtype: DType) -> Result<DeviceTensor> {
    let storage = match dtype {
        DType::F32 => Storage::F32(gpu.stream.clone_htod(data)?),
        DType::BF16 => Storage::U16(
            gpu.stream.clone_htod(
                &data
                    .iter()
                    .map(|&v| half::bf16::from_f32(v).to_bits())
                    .collect::<Vec<_>>(),
            )?,
        ),
        DType::F16 => Storage::U16(
            gpu.stream.clone_htod(
                &data
                    .iter()
                    .map(|&v| half::f16::from_f32(v).to_bits())
                    .collect::<Vec<_>>(),
            )?,
        ),
    };
    Ok(DeviceTensor {
        shape,
        dtype,
        storage,
    })
}

/// Copies a device tensor back as f32.
pub fn download(gpu: &Gpu, t: &DeviceTensor) -> Result<Vec<f32>> {
    Ok(match &t.storage {
        Storage::F32(s) => gpu.stream.clone_dtoh(s)?,
        Storage::Raw(p) => {
            if t.dtype != DType::F32 {
                return Err(RuntimeError::DType {
                    tensor: "downloaded tensor".into(),
                    expected: DType::F32,
                    actual: t.dtype,
                });
            }
            let mut out = vec![0.0f32; t.len()];
            // SAFETY: `borrowed` requires `p` to address `t.len()` f32; the copy is waited
            // for before `out` is read.
            unsafe {
                cudarc::driver::result::memcpy_dtoh_async(&mut out, *p, gpu.stream.cu_stream())
            }?;
            gpu.stream.synchronize()?;
            out
        }
        Storage::U16(s) => {
            let bits = gpu.stream.clone_dtoh(s)?;
            match t.dtype {
                DType::BF16 => bits
                    .into_iter()
                    .map(|b| half::bf16::from_bits(b).to_f32())
                    .collect(),
                DType::F16 | DType::F32 => bits
                    .into_iter()
                    .map(|b| half::f16::from_bits(b).to_f32())
                    .collect(),
            }
        }
    })
}
