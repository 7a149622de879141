//! The interpreter of derived forms: the decode step, the chunked (blocked-associative)
//! evaluation through the combine operator, and the backward pass. Each is checked against
//! the plain step-by-step run (and the backward against finite differences) in the tests.

use super::{
    Evaluator, InterpError, RunResult, Sizes, Tensor, finish, initial_states, new_outputs,
    validate, write_at, write_per_step_outputs,
};
use crate::derive::CombineOp;
use crate::derive::Derived;
use crate::ir::{Handle, OutputKind, State};

/// `a` and `b` of every state at the evaluator's current step, in each state's layout.
fn step_pairs(ev: &mut Evaluator<'_>, d: &Derived) -> Vec<(Vec<f64>, Vec<f64>)> {
    d.decompositions
        .iter()
        .map(|dec| {
            let dims = &d.rec.states[dec.state].dims;
            (ev.value_as(dec.a, dims), ev.value_as(dec.b, dims))
        })
        .collect()
}

/// One step of every state: `a ⊙ h + b` in its semiring.
fn advance(d: &Derived, pairs: Vec<(Vec<f64>, Vec<f64>)>, states: &[Vec<f64>]) -> Vec<Vec<f64>> {
    pairs
        .into_iter()
        .zip(states)
        .zip(&d.decompositions)
        .map(|(((a, b), h), dec)| {
            a.iter()
                .zip(b)
                .zip(h)
                .map(|((&a, b), &h)| dec.semiring.combine().apply_to_state((a, b), h))
                .collect()
        })
        .collect()
}

/// One decoding step: from the carried `state` (one tensor per state) and inputs whose scan
/// dim has size 1, the per-step outputs (scan dim of size 1) and the new state — computed from
/// the derived decomposition `h ← a ⊙ h + b`, not the update as written.
pub fn step(
    d: &Derived,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
    state: &[Tensor],
) -> Result<(Vec<Tensor>, Vec<Tensor>), InterpError> {
    let rec = &d.rec;
    if sizes.of(rec.scan) != 1 {
        return Err(InterpError::StepSize {
            dim: rec.dims[rec.scan].name.clone(),
            size: sizes.of(rec.scan),
        });
    }
    validate(rec, sizes, inputs)?;
    let mut ev = Evaluator::new(rec, sizes, inputs);
    ev.prev = state.iter().map(|t| t.data.clone()).collect();
    let pairs = step_pairs(&mut ev, d);
    ev.new = advance(d, pairs, &ev.prev);
    let mut outputs = new_outputs(rec, sizes);
    write_per_step_outputs(&mut ev, &mut outputs);
    let new_state = rec
        .states
        .iter()
        .zip(&ev.new)
        .map(|((_, s), data)| Tensor {
            shape: sizes.shape(&s.dims),
            data: data.clone(),
        })
        .collect();
    let per_step = rec
        .outputs
        .iter()
        .zip(outputs)
        .filter(|((_, o), _)| o.kind == OutputKind::PerStep)
        .map(|(_, t)| t)
        .collect();
    Ok((per_step, new_state))
}

/// The blocked-associative evaluation: the scan axis cut into chunks of `chunk` steps; each
/// chunk's aggregate `(A, B)` is folded with the derived combine operator, the aggregates are
/// scanned across chunks to give each chunk's incoming state, and inside a chunk every state is
/// the chunk's running aggregate applied to that incoming state. Equal to [`super::run`] up to
/// rounding, for every chunk size.
pub fn run_chunked(
    d: &Derived,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
    chunk: usize,
) -> Result<RunResult, InterpError> {
    let rec = &d.rec;
    validate(rec, sizes, inputs)?;
    let chunk = chunk.max(1);
    let len = sizes.of(rec.scan);
    let ops: Vec<&CombineOp> = d
        .decompositions
        .iter()
        .map(|x| x.semiring.combine())
        .collect();
    let mut ev = Evaluator::new(rec, sizes, inputs);
    let init = initial_states(rec, sizes, inputs);
    let identities = || -> Vec<Vec<(f64, f64)>> {
        init.iter()
            .zip(&ops)
            .map(|(h, op)| vec![op.identity; h.len()])
            .collect()
    };

    // Pass 1: each chunk's aggregate, from the identity.
    let mut aggregates: Vec<Vec<Vec<(f64, f64)>>> = Vec::new();
    for start in (0..len).step_by(chunk) {
        let mut agg = identities();
        for t in start..(start + chunk).min(len) {
            ev.t = rec.direction.position(t, len);
            ev.invalidate();
            for (s, (a, b)) in step_pairs(&mut ev, d).into_iter().enumerate() {
                for (k, p) in agg[s].iter_mut().enumerate() {
                    *p = ops[s].apply(*p, (a[k], b[k]));
                }
            }
        }
        aggregates.push(agg);
    }
    // Pass 2: scan of the aggregates gives every chunk's incoming state.
    let mut incoming = Vec::new();
    let mut prefix = identities();
    for agg in &aggregates {
        incoming.push(apply_all(&ops, &prefix, &init));
        for ((p, a), op) in prefix.iter_mut().zip(agg).zip(&ops) {
            for (x, y) in p.iter_mut().zip(a) {
                *x = op.apply(*x, *y);
            }
        }
    }
    // Pass 3: inside each chunk, the running aggregate applied to the incoming state.
    let mut outputs = new_outputs(rec, sizes);
    ev.prev = init.clone();
    for (c, start) in (0..len).step_by(chunk).enumerate() {
        let mut run = identities();
        for t in start..(start + chunk).min(len) {
            ev.t = rec.direction.position(t, len);
            ev.invalidate();
            for (s, (a, b)) in step_pairs(&mut ev, d).into_iter().enumerate() {
                for (k, p) in run[s].iter_mut().enumerate() {
                    *p = ops[s].apply(*p, (a[k], b[k]));
                }
            }
            ev.new = apply_all(&ops, &run, &incoming[c]);
            ev.invalidate();
            write_per_step_outputs(&mut ev, &mut outputs);
            ev.prev = ev.new.clone();
        }
    }
    Ok(finish(&mut ev, outputs))
}

fn apply_all(ops: &[&CombineOp], aggs: &[Vec<(f64, f64)>], states: &[Vec<f64>]) -> Vec<Vec<f64>> {
    aggs.iter()
        .zip(states)
        .zip(ops)
        .map(|((a, h), op)| {
            a.iter()
                .zip(h)
                .map(|(&p, &x)| op.apply_to_state(p, x))
                .collect()
        })
        .collect()
}

/// Gradients of the loss `Σ ⟨grad_out, out⟩` with respect to every input (in declaration
/// order; `None` for an absent optional input).
#[derive(Debug, Clone, PartialEq)]
pub struct Gradients {
    pub inputs: Vec<Option<Tensor>>,
}

/// Runs the derived backward pass: a forward pass that keeps every state, the adjoint
/// recurrences backwards, and the gradient formulas at every step. `out_grads` has one tensor
/// per output (zeros where an output does not enter the loss).
pub fn backward(
    d: &Derived,
    sizes: &Sizes,
    inputs: &[Option<Tensor>],
    out_grads: &[Tensor],
) -> Result<Gradients, InterpError> {
    let rec = &d.rec;
    validate(rec, sizes, inputs)?;
    for ((_, o), g) in rec.outputs.iter().zip(out_grads) {
        let expected = sizes.shape(&o.dims);
        if g.shape != expected {
            return Err(InterpError::Shape {
                name: format!("gradient of {}", o.name),
                expected,
                actual: g.shape.clone(),
            });
        }
    }
    let len = sizes.of(rec.scan);
    let mut ev = Evaluator::new(rec, sizes, inputs);
    ev.out_grads = out_grads.iter().cloned().map(Some).collect();

    // Forward, keeping h_0 … h_L (the kernels keep chunk boundaries and recompute instead).
    let mut hist = vec![initial_states(rec, sizes, inputs)];
    for t in 0..len {
        ev.t = rec.direction.position(t, len);
        ev.prev = hist[t].clone();
        ev.invalidate();
        let pairs = step_pairs(&mut ev, d);
        let next = advance(d, pairs, &hist[t]);
        hist.push(next);
    }

    let mut grads: Vec<Option<Tensor>> = rec
        .inputs
        .iter()
        .zip(inputs)
        .map(|((_, i), given)| given.as_ref().map(|_| Tensor::zeros(sizes.shape(&i.dims))))
        .collect();
    let adjoint_dims = |s: Handle<State>| rec.states[s].dims.clone();

    // Terminal: what the final outputs feed back, with h = h_L.
    ev.t = if len == 0 {
        0
    } else {
        rec.direction.position(len - 1, len)
    };
    ev.prev = hist[len.saturating_sub(1)].clone();
    ev.new = hist[len].clone();
    ev.invalidate();
    let mut g: Vec<Vec<f64>> = d
        .backward
        .adjoints
        .iter()
        .map(|a| match a.terminal {
            Some(term) => ev.value_as(term, &adjoint_dims(a.state)),
            None => vec![0.0; hist[len][a.state.index()].len()],
        })
        .collect();
    for ig in &d.backward.input_grads {
        if let (Some(term), Some(out)) = (ig.terminal, grads[ig.input.index()].as_mut()) {
            let v = ev.value_as(term, &rec.inputs[ig.input].dims);
            out.data.iter_mut().zip(v).for_each(|(o, v)| *o += v);
        }
    }

    // Backwards over the steps: g_t = c_t + a_{t+1} ⊙ g_{t+1} (the terminal seeds g_{L-1}).
    // Past the end the decay is the identity (1): the padding rule every kernel must keep.
    let mut decay_next: Vec<Vec<f64>> = g.iter().map(|x| vec![1.0; x.len()]).collect();
    for t in (0..len).rev() {
        ev.t = rec.direction.position(t, len);
        ev.prev = hist[t].clone();
        ev.new = hist[t + 1].clone();
        ev.invalidate();
        for (k, a) in d.backward.adjoints.iter().enumerate() {
            let c = ev.value_as(a.source, &adjoint_dims(a.state));
            for ((gk, ck), dk) in g[k].iter_mut().zip(c).zip(&decay_next[k]) {
                *gk = ck + dk * *gk;
            }
        }
        ev.adjoint = g.clone();
        ev.invalidate();
        for ig in &d.backward.input_grads {
            let Some(expr) = ig.per_step else { continue };
            let Some(out) = grads[ig.input.index()].as_mut() else {
                continue;
            };
            let dims = &rec.inputs[ig.input].dims;
            let v = ev.value_as(expr, dims);
            if dims.contains(&rec.scan) {
                write_at(rec, sizes, ev.t, &v, dims, out);
            } else {
                out.data.iter_mut().zip(v).for_each(|(o, v)| *o += v);
            }
        }
        decay_next = d
            .backward
            .adjoints
            .iter()
            .map(|a| ev.value_as(a.decay, &adjoint_dims(a.state)))
            .collect();
    }

    // Initial states: dh_init = a_0 ⊙ g_0, evaluated at step 0 (the terminal adjoint itself
    // when the axis is empty).
    for ig in &d.backward.input_grads {
        for &s in &ig.initialises {
            let adj = &d.backward.adjoints[s.index()];
            let v = match adj.init_grad {
                Some(expr) if len > 0 => ev.value_as(expr, &adjoint_dims(s)),
                _ => g[s.index()].clone(),
            };
            if let Some(out) = grads[ig.input.index()].as_mut() {
                out.data.iter_mut().zip(v).for_each(|(o, v)| *o += v);
            }
        }
    }
    Ok(Gradients { inputs: grads })
}
