//! Decoding steps with a projection folded in ([`linrec_compiler::manifest::StepFold`]): the
//! step computes one input from `linear(x, w)` itself, so the projection is no launch of its
//! own. The model executor takes one where a step's input is a projection not run yet.

use std::collections::HashMap;

use linrec_compiler::ir::DType;
use linrec_compiler::manifest::{Buffer, Entry};

use crate::borrowed::Borrowed;
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
        let sizes = self.step_sizes(&self.sizes(sizes_by_name)?);
        let mut made = self.fold_run(&sizes, inputs, fold, &[], state, None)?;
        Ok(self.per_step_outputs(&mut made, &sizes))
    }

    /// [`CompiledRecurrence::step_fold`] into per-step outputs the caller allocated: no
    /// allocation, so it can be captured in a graph (on the caller's stream with `on`).
    pub fn step_fold_into(
        &self,
        sizes_by_name: &HashMap<String, usize>,
        inputs: &[Option<&DeviceTensor>],
        fold: Fold<'_>,
        outputs: &[DeviceTensor],
        state: &[&DeviceTensor],
        on: Option<&mut Borrowed>,
    ) -> Result<()> {
        self.step_into_on(sizes_by_name, inputs, outputs, state, on, Some(fold))
    }

    pub(crate) fn fold_run(
        &self,
        sizes: &[usize],
        inputs: &[Option<&DeviceTensor>],
        fold: Fold<'_>,
        outputs: &[&DeviceTensor],
        state: &[&DeviceTensor],
        on: Option<&mut Borrowed>,
    ) -> Result<Vec<(Buffer, DeviceTensor)>> {
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
        let bias = fold.bias.map(|b| ("bias", b));
        for (what, t) in [("rows", fold.rows), ("weight", fold.weight)]
            .into_iter()
            .chain(bias)
        {
            if t.dtype != DType::F32 {
                return Err(RuntimeError::DType {
                    tensor: format!("projection {what} folded into {}", fold.input),
                    expected: DType::F32,
                    actual: t.dtype,
                });
            }
        }
        let mut given = self.step_bindings(sizes, inputs, outputs, state, Some(fold.input))?;
        given.push((Buffer::FoldRows(fold.input.into()), fold.rows));
        given.push((Buffer::FoldWeight(fold.input.into()), fold.weight));
        if let Some(b) = fold.bias {
            given.push((Buffer::FoldBias(fold.input.into()), b));
        }
        Ok(self.run_program(prog, sizes, &given, on)?.made)
    }
}
