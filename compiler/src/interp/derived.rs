//! The interpreter of derived forms: the decode step, the chunked (blocked-associative)
//! evaluation through the combine operator, and the backward pass. Each is checked against
//! the plain step-by-step run (and the backward against finite differences) in the tests.

use super::{
    Evaluator, InterpError, RunResult, Sizes, Tensor, finish, initial_states, new_outputs,
    validate, write_at, write_per_step_outputs,
};
use crate::derive::Derived;
use crate::derive::linear::Semiring;
use crate::ir::{Handle, OutputKind, State};

/// One state's map at one step, in its layout: `a`, `b`, and the coefficients of the coupled
/// states it reads (state index, values).
struct StepMap {
    a: Vec<f64>,
    b: Vec<f64>,
    cross: Vec<(usize, Vec<f64>)>,
}

/// The map of every state at the evaluator's current step.
fn step_maps(ev: &mut Evaluator<'_>, d: &Derived) -> Vec<StepMap> {
    d.decompositions
        .iter()
        .map(|dec| {
            let dims = &d.rec.states[dec.state].dims;
            StepMap {
                a: ev.value_as(dec.a, dims),
                b: ev.value_as(dec.b, dims),
                cross: dec
                    .cross
                    .iter()
                    .map(|&(o, c)| (o.index(), ev.value_as(c, dims)))
                    .collect(),
            }
        })
        .collect()
}

/// One step of every state: `a ⊙ h + Σ_j c_j ⊙ h_j + b` in its semiring (every state reads
/// the others' previous values).
fn advance(d: &Derived, maps: Vec<StepMap>, states: &[Vec<f64>]) -> Vec<Vec<f64>> {
    maps.into_iter()
        .zip(states)
        .zip(&d.decompositions)
        .map(|((m, h), dec)| {
            let ring = dec.semiring;
            (0..h.len())
                .map(|k| {
                    let own = ring.combine().apply_to_state((m.a[k], m.b[k]), h[k]);
                    m.cross.iter().fold(own, |acc, (j, c)| {
                        ring.plus_f64(acc, ring.times_f64(c[k], states[*j][k]))
                    })
                })
                .collect()
        })
        .collect()
}

/// The maps of a coupled group of `k` states at every point: `x ↦ A x ⊕ B`, `A` row-major
/// `k × k` per point.
#[derive(Clone)]
struct GroupMaps {
    ring: Semiring,
    k: usize,
    a: Vec<Vec<f64>>,
    b: Vec<Vec<f64>>,
}

impl GroupMaps {
    fn identity(ring: Semiring, k: usize, points: usize) -> GroupMaps {
        let (one, zero) = ring.units();
        let eye: Vec<f64> = (0..k * k)
            .map(|x| if x / k == x % k { one } else { zero })
            .collect();
        GroupMaps {
            ring,
            k,
            a: vec![eye; points],
            b: vec![vec![zero; k]; points],
        }
    }

    /// `self` followed by `later`: `(A₂A₁, A₂B₁ ⊕ B₂)` at every point.
    fn then(&self, later: &GroupMaps) -> GroupMaps {
        let (ring, k) = (self.ring, self.k);
        let zero = ring.units().1;
        let mut out = self.clone();
        for p in 0..self.a.len() {
            for i in 0..k {
                for c in 0..k {
                    out.a[p][i * k + c] = (0..k).fold(zero, |acc, j| {
                        ring.plus_f64(
                            acc,
                            ring.times_f64(later.a[p][i * k + j], self.a[p][j * k + c]),
                        )
                    });
                }
                let mapped = (0..k).fold(zero, |acc, j| {
                    ring.plus_f64(acc, ring.times_f64(later.a[p][i * k + j], self.b[p][j]))
                });
                out.b[p][i] = ring.plus_f64(mapped, later.b[p][i]);
            }
        }
        out
    }

    /// The maps applied to the group's states (`states[member][point]`).
    fn apply(&self, states: &[&Vec<f64>]) -> Vec<Vec<f64>> {
        let (ring, k) = (self.ring, self.k);
        let zero = ring.units().1;
        (0..k)
            .map(|i| {
                (0..self.a.len())
                    .map(|p| {
                        let mapped = (0..k).fold(zero, |acc, j| {
                            ring.plus_f64(acc, ring.times_f64(self.a[p][i * k + j], states[j][p]))
                        });
                        ring.plus_f64(mapped, self.b[p][i])
                    })
                    .collect()
            })
            .collect()
    }
}

/// One step's maps, grouped: `A[i][i] = a_i`, `A[i][j] = c_ij`, the ⊕-zero elsewhere.
fn group_step(d: &Derived, groups: &[Vec<usize>], maps: &[StepMap]) -> Vec<GroupMaps> {
    groups
        .iter()
        .map(|g| {
            let ring = d.decompositions[g[0]].semiring;
            let points = maps[g[0]].a.len();
            let k = g.len();
            let mut m = GroupMaps::identity(ring, k, points);
            let zero = ring.units().1;
            for (i, &s) in g.iter().enumerate() {
                for p in 0..points {
                    for j in 0..k {
                        m.a[p][i * k + j] = zero;
                    }
                    m.a[p][i * k + i] = maps[s].a[p];
                    m.b[p][i] = maps[s].b[p];
                    for (o, c) in &maps[s].cross {
                        let j = g
                            .iter()
                            .position(|x| x == o)
                            .expect("a group holds its reads");
                        m.a[p][i * k + j] = c[p];
                    }
                }
            }
            m
        })
        .collect()
}

/// Applies each group's maps to its states, writing them into `out` by state index.
fn apply_groups(groups: &[Vec<usize>], maps: &[GroupMaps], states: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let mut out = states.to_vec();
    for (g, m) in groups.iter().zip(maps) {
        let members: Vec<&Vec<f64>> = g.iter().map(|&s| &states[s]).collect();
        for (s, v) in g.iter().zip(m.apply(&members)) {
            out[*s] = v;
        }
    }
    out
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
    ev.position_from_state = true;
    ev.prev = state.iter().map(|t| t.data.clone()).collect();
    let maps = step_maps(&mut ev, d);
    ev.new = advance(d, maps, &ev.prev);
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
    if let Some((s, readers)) = d.chain_readers().into_iter().next() {
        return Err(InterpError::Chained {
            state: rec.states[s].name.clone(),
            reader: rec.states[readers[0]].name.clone(),
        });
    }
    let chunk = chunk.max(1);
    let len = sizes.of(rec.scan);
    let groups: Vec<Vec<usize>> = d
        .groups()
        .into_iter()
        .map(|g| g.into_iter().map(|s| s.index()).collect())
        .collect();
    let mut ev = Evaluator::new(rec, sizes, inputs);
    let init = initial_states(rec, sizes, inputs);
    let identities = || -> Vec<GroupMaps> {
        groups
            .iter()
            .map(|g| {
                GroupMaps::identity(d.decompositions[g[0]].semiring, g.len(), init[g[0]].len())
            })
            .collect()
    };
    // The running aggregate of every group, one step further.
    let fold_step = |ev: &mut Evaluator<'_>, agg: &mut Vec<GroupMaps>| {
        let maps = step_maps(ev, d);
        let step = group_step(d, &groups, &maps);
        for (x, m) in agg.iter_mut().zip(&step) {
            *x = x.then(m);
        }
    };

    // Pass 1: each chunk's aggregate, from the identity.
    let mut aggregates: Vec<Vec<GroupMaps>> = Vec::new();
    for start in (0..len).step_by(chunk) {
        let mut agg = identities();
        for t in start..(start + chunk).min(len) {
            ev.t = rec.direction.position(t, len);
            ev.invalidate();
            fold_step(&mut ev, &mut agg);
        }
        aggregates.push(agg);
    }
    // Pass 2: scan of the aggregates gives every chunk's incoming state.
    let mut incoming = Vec::new();
    let mut prefix = identities();
    for agg in &aggregates {
        incoming.push(apply_groups(&groups, &prefix, &init));
        for (p, a) in prefix.iter_mut().zip(agg) {
            *p = p.then(a);
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
            fold_step(&mut ev, &mut run);
            ev.new = apply_groups(&groups, &run, &incoming[c]);
            ev.invalidate();
            write_per_step_outputs(&mut ev, &mut outputs);
            ev.prev = ev.new.clone();
        }
    }
    Ok(finish(&mut ev, outputs))
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
        let maps = step_maps(&mut ev, d);
        let next = advance(d, maps, &hist[t]);
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

    // Backwards over the steps: g_t = c_t + a_{t+1} ⊙ g_{t+1} (+ Σ_j c_{j,t+1} ⊙ g_{j,t+1}
    // for coupled states, + e_{t+1} for a state read by later ones in a chain; the terminal
    // seeds g_{L-1}). Past the end the decay is the identity
    // (1, no coupling): the padding rule every kernel must keep.
    let mut decay_next: Vec<Vec<f64>> = g.iter().map(|x| vec![1.0; x.len()]).collect();
    let mut cross_next: Vec<Vec<(usize, Vec<f64>)>> = vec![Vec::new(); g.len()];
    // A chain's term from the step after (`e_{t+1}`; nothing past the end).
    let mut chain_next: Vec<Option<Vec<f64>>> = vec![None; g.len()];
    for t in (0..len).rev() {
        ev.t = rec.direction.position(t, len);
        ev.prev = hist[t].clone();
        ev.new = hist[t + 1].clone();
        ev.invalidate();
        let later = g.clone();
        for (k, a) in d.backward.adjoints.iter().enumerate() {
            let c = ev.value_as(a.source, &adjoint_dims(a.state));
            for (p, ((gk, ck), dk)) in g[k].iter_mut().zip(c).zip(&decay_next[k]).enumerate() {
                *gk = ck + dk * *gk + chain_next[k].as_ref().map_or(0.0, |e| e[p]);
                for (j, cj) in &cross_next[k] {
                    *gk += cj[p] * later[*j][p];
                }
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
        chain_next = d
            .backward
            .adjoints
            .iter()
            .map(|a| a.chain.map(|e| ev.value_as(e, &adjoint_dims(a.state))))
            .collect();
        cross_next = d
            .backward
            .adjoints
            .iter()
            .map(|a| {
                a.cross
                    .iter()
                    .map(|&(j, c)| (j.index(), ev.value_as(c, &adjoint_dims(a.state))))
                    .collect()
            })
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
