//! Decoding steps with a projection folded in ([`linrec_compiler::manifest::StepFold`]): the
//! step computes one input from `linear(x, w)` itself, so the projection is no launch of its
//! own. The model executor takes one where a step's input is a projection not run yet.

use std::collections::HashMap;

use linrec_compiler::ir::DType;
use linrec_compiler::manifest::{Buffer, Entry, Program};

use crate::compiled::{CompiledRecurrence, DeviceTensor};
use crate::error::{Result, RuntimeError};

/// A projection folded into a decoding step, over device tensors (all dense f32).
pub type Fold<'a> = linrec_compiler::manifest::Fold<'a, DeviceTensor>;

impl CompiledRecurrence {
    /// Whether a step can fold a projection into `input`.
    pub fn folds(&self, input: &str) -> bool {
        self.manifest.programs.step_fold(input, false).is_some()
    }

    /// [`CompiledRecurrence::step`] with `fold.input` computed from its projection (`inputs`
    /// holds nothing for it).
    pub fn step_fold(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        fold: Fold<'_>,
        state: &[&DeviceTensor],
    ) -> Result<Vec<DeviceTensor>> {
        self.step_made(sizes_by_name, inputs, state, Some(fold))
    }

    /// The program of the step folding `fold` in (the batch one where the sizes take it), its
    /// projection's tensors checked and added to `given`.
    pub(crate) fn fold_program<'a>(
        &self,
        sizes: &[usize],
        fold: Fold<'a>,
        given: &mut Vec<(Buffer, &'a DeviceTensor)>,
    ) -> Result<&Program> {
        let batch = self.step_entry(sizes) == Entry::StepBatch;
        let prog = self
            .manifest
            .programs
            .step_fold(fold.input, batch)
            .ok_or_else(|| {
                RuntimeError::MissingInput(format!(
                    "{} (`{}` has no step folding its projection in)",
                    fold.input, self.manifest.name
                ))
            })?;
        for (b, t) in fold.buffers() {
            if t.dtype != DType::F32 {
                return Err(RuntimeError::DType {
                    tensor: b.to_string(),
                    expected: DType::F32,
                    actual: t.dtype,
                });
            }
            given.push((b, t));
        }
        Ok(prog)
    }
}
