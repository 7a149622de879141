//! Recurrences in a model: arguments moved to their declared layouts, prefill through the
//! forward program (strategy by the cost model), decoding through the step kernel with the
//! state updated in place.

use super::*;

/// A projection a step folds in: the input's index, the layer's rows, weight and bias.
type Projection = (usize, GpuTensor, GpuTensor, Option<GpuTensor>);

impl GpuBackend {
    pub(super) fn run_recurrence(
        &self,
        d: &Derived,
        sizes: &Sizes,
        inputs: Vec<Option<GpuTensor>>,
        step: bool,
    ) -> MResult<Vec<GpuTensor>> {
        let rec = &d.rec;
        let compiled = self.recurrence_of(&rec.name)?;
        // A step's input that a linear layer not launched yet would write: the step computes
        // it from that layer's rows and weight instead (the layer never runs unless something
        // else reads its result).
        let mut inputs = inputs;
        let fold = match step && self.step_fold.get() {
            true => self.fold_of(d, compiled, &inputs)?,
            false => None,
        };
        if let Some((k, ..)) = &fold {
            inputs[*k] = None;
        }
        let mut by_name: HashMap<String, usize> = rec
            .dims
            .iter()
            .zip(&sizes.0)
            .map(|((_, dim), &s)| (dim.name.clone(), s))
            .collect();
        for t in inputs.iter().flatten() {
            self.ready(t)?;
        }
        let declared: Vec<Option<GpuTensor>> = rec
            .inputs
            .iter()
            .zip(&inputs)
            .map(|((_, i), v)| {
                v.as_ref()
                    .map(|v| self.relayout(v, &model_order(rec, &i.dims), &i.dims))
                    .transpose()
            })
            .collect::<MResult<_>>()?;
        let shape_of = |dims: &[Handle<Dim>], by_name: &HashMap<String, usize>| -> Vec<usize> {
            dims.iter().map(|&h| by_name[&rec.dims[h].name]).collect()
        };
        let dev_inputs: Vec<Option<DeviceTensor>> = declared
            .iter()
            .zip(rec.inputs.iter())
            .map(|(t, (_, i))| t.as_ref().map(|t| t.as_device(&i.name)).transpose())
            .collect::<MResult<_>>()?;
        let refs: Vec<Option<&DeviceTensor>> = dev_inputs.iter().map(Option::as_ref).collect();
        let mut outs: Vec<Option<GpuTensor>> = vec![None; rec.outputs.len()];
        if step {
            by_name.insert(rec.dims[rec.scan].name.clone(), 1);
            let carries = linrec_model::carries(rec);
            let states: Vec<&GpuTensor> = carries
                .iter()
                .map(|&(i, _)| {
                    declared[i]
                        .as_ref()
                        .ok_or_else(|| dev(format!("decoding `{}` without its state", rec.name)))
                })
                .collect::<MResult<_>>()?;
            let state_dev: Vec<DeviceTensor> = states
                .iter()
                .map(|s| s.as_device("state"))
                .collect::<MResult<_>>()?;
            let per_step: Vec<usize> = rec
                .outputs
                .iter()
                .enumerate()
                .filter(|(_, (_, o))| o.kind == OutputKind::PerStep)
                .map(|(k, _)| k)
                .collect();
            let mut step_outs = Vec::new();
            for &k in &per_step {
                let o = &rec.outputs[Handle::from_index(k)];
                let t = self.alloc(shape_of(&o.dims, &by_name), Elem::F32)?;
                step_outs.push(t);
            }
            let dev_outs: Vec<DeviceTensor> = step_outs
                .iter()
                .map(|t| t.as_device("output"))
                .collect::<MResult<_>>()?;
            let state_refs: Vec<&DeviceTensor> = state_dev.iter().collect();
            let projection = fold
                .as_ref()
                .map(|(k, rows, weight, bias)| {
                    Ok::<_, ModelError>((
                        *k,
                        rows.as_device("rows")?,
                        weight.as_device("weight")?,
                        bias.as_ref().map(|b| b.as_device("bias")).transpose()?,
                    ))
                })
                .transpose()?;
            let f = projection.as_ref().map(|(k, rows, weight, bias)| Fold {
                input: &rec.inputs[Handle::from_index(*k)].name,
                rows,
                weight,
                bias: bias.as_ref(),
            });
            compiled
                .step_into_on(&by_name, &refs, &dev_outs, &state_refs, None, f)
                .map_err(|e| dev(format!("{}: {e}", rec.name)))?;
            for (k, t) in per_step.into_iter().zip(step_outs) {
                outs[k] = Some(t);
            }
            for (&(_, o), s) in carries.iter().zip(states) {
                outs[o] = Some(s.clone());
            }
            if outs.iter().any(Option::is_none) {
                return Err(ModelError::Unsupported(format!(
                    "decoding `{}`: a final output that is not a state",
                    rec.name
                )));
            }
        } else {
            let all: Vec<GpuTensor> = rec
                .outputs
                .iter()
                .map(|(_, o)| self.alloc(shape_of(&o.dims, &by_name), Elem::F32))
                .collect::<MResult<_>>()?;
            let dev_outs: Vec<DeviceTensor> = all
                .iter()
                .map(|t| t.as_device("output"))
                .collect::<MResult<_>>()?;
            self.mark(&format!("scan {}", rec.name));
            compiled
                .forward_into(&by_name, &refs, &dev_outs)
                .map_err(|e| dev(format!("{}: {e}", rec.name)))?;
            outs = all.into_iter().map(Some).collect();
        }
        rec.outputs
            .iter()
            .zip(outs)
            .map(|((_, o), t)| {
                let t = t.expect("every output set");
                match o.kind {
                    OutputKind::PerStep => self.relayout(&t, &o.dims, &model_order(rec, &o.dims)),
                    OutputKind::Final => Ok(t),
                }
            })
            .collect()
    }

    /// The input of `d`'s step that a deferred linear layer writes, where the recurrence has a
    /// step folding it in and the input needs no relayout: its index, and the layer's rows,
    /// weight and bias (dense, run up to here).
    fn fold_of(
        &self,
        d: &Derived,
        compiled: &CompiledRecurrence,
        inputs: &[Option<GpuTensor>],
    ) -> MResult<Option<Projection>> {
        for (k, (_, i)) in d.rec.inputs.iter().enumerate() {
            let Some(t) = inputs.get(k).and_then(Option::as_ref) else {
                continue;
            };
            let Some(Deferred::Linear(p)) = t.owed() else {
                continue;
            };
            let whole = t.offset == 0 && t.contiguous() && t.shape == p.out.shape;
            if !whole || !compiled.folds(&i.name) || model_order(&d.rec, &i.dims) != i.dims {
                continue;
            }
            self.ready(&p.x)?;
            let rows = self.dense(&p.x)?;
            let weight = self.dense(&p.w)?;
            let bias = p.b.as_ref().map(|b| self.dense(b)).transpose()?;
            return Ok(Some((k, rows, weight, bias)));
        }
        Ok(None)
    }
}
