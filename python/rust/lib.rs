//! The Python extension `linrec._linrec`: a checked spec and its derivations, run on numpy
//! arrays by the float64 interpreter (forward, and the derived backward) — the CPU path; and
//! ([`kernels`]) the spec compiled into the kernel cache and run on the GPU on torch's memory
//! and stream — the CUDA path. The Python package (`python/src/linrec`) wraps both.

mod kernels;

use std::collections::HashMap;

use linrec_compiler::derive::Derived;
use linrec_compiler::interp::{self, Sizes, Tensor};
use linrec_compiler::ir::{Dim, Handle, OutputKind, StateInit};
use linrec_compiler::pipeline::{self, DerivedModule, Source};
use numpy::{IntoPyArray, PyArrayDyn, PyReadonlyArrayDyn, PyUntypedArrayMethods};
use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;

/// A spec that passed the checks, with every recurrence's derivations.
#[pyclass(module = "linrec._linrec", frozen)]
struct Spec {
    module: DerivedModule,
}

type Arrays<'py> = HashMap<String, PyReadonlyArrayDyn<'py, f64>>;
type Named = Vec<(String, Py<PyArrayDyn<f64>>)>;

fn value_error(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(e.to_string())
}

impl Spec {
    fn get(&self, name: &str) -> PyResult<&Derived> {
        self.module.recurrence(name).ok_or_else(|| {
            let names: Vec<&str> = self
                .module
                .recurrences
                .iter()
                .map(|d| d.rec.name.as_str())
                .collect();
            PyKeyError::new_err(format!(
                "no recurrence `{name}` in the spec (it has: {})",
                names.join(", ")
            ))
        })
    }
}

/// The dims' names of `dims`.
fn dim_names(d: &Derived, dims: &[Handle<Dim>]) -> Vec<String> {
    dims.iter().map(|&x| d.rec.dims[x].name.clone()).collect()
}

/// Refuses a name in `given` that is not one of `known` (the recurrence's `what`s).
fn only_known<'a>(
    d: &Derived,
    given: impl Iterator<Item = &'a String>,
    known: impl Iterator<Item = &'a String>,
    what: &str,
) -> PyResult<()> {
    let known: Vec<&str> = known.map(String::as_str).collect();
    for name in given {
        if !known.contains(&name.as_str()) {
            return Err(value_error(format!(
                "`{}` has no {what} `{name}` (its {what}s: {})",
                d.rec.name,
                known.join(", ")
            )));
        }
    }
    Ok(())
}

/// The interpreter's inputs from named arrays, and the sizes their shapes give (with `given`
/// for dims no array holds). Every error names the argument.
fn gather(
    d: &Derived,
    arrays: &Arrays<'_>,
    given: &HashMap<String, usize>,
) -> PyResult<(Sizes, Vec<Option<Tensor>>)> {
    let rec = &d.rec;
    only_known(
        d,
        arrays.keys(),
        rec.inputs.iter().map(|(_, i)| &i.name),
        "input",
    )?;
    // Sizes: the given ones, then each array's shape; a disagreement names both sources.
    let mut sizes: HashMap<String, (usize, String)> = given
        .iter()
        .map(|(k, &v)| (k.clone(), (v, format!("dims[{k:?}]"))))
        .collect();
    for (_, i) in rec.inputs.iter() {
        let Some(a) = arrays.get(&i.name) else {
            continue;
        };
        let shape = a.shape();
        let names = dim_names(d, &i.dims);
        if shape.len() != names.len() {
            return Err(value_error(format!(
                "input `{}` has {} dims {:?}, expected {} ([{}])",
                i.name,
                shape.len(),
                shape,
                names.len(),
                names.join(", ")
            )));
        }
        for (n, &s) in names.iter().zip(shape) {
            match sizes.get(n) {
                Some((prev, from)) if *prev != s => {
                    return Err(value_error(format!(
                        "input `{}` has {n} = {s}, but {from} has {n} = {prev}",
                        i.name
                    )));
                }
                Some(_) => {}
                None => {
                    sizes.insert(n.clone(), (s, format!("input `{}`", i.name)));
                }
            }
        }
    }
    let pairs: Vec<(String, usize)> = sizes.iter().map(|(k, v)| (k.clone(), v.0)).collect();
    let sizes = Sizes::from_names(rec, &pairs).map_err(value_error)?;
    let mut inputs = Vec::new();
    for (_, i) in rec.inputs.iter() {
        match arrays.get(&i.name) {
            Some(a) => inputs.push(Some(Tensor {
                shape: a.shape().to_vec(),
                data: a.as_array().iter().copied().collect(),
            })),
            None if i.optional => inputs.push(None),
            None => {
                return Err(value_error(format!(
                    "`{}` needs input `{}` ([{}])",
                    rec.name,
                    i.name,
                    dim_names(d, &i.dims).join(", ")
                )));
            }
        }
    }
    Ok((sizes, inputs))
}

fn to_numpy(py: Python<'_>, t: Tensor) -> PyResult<Py<PyArrayDyn<f64>>> {
    let a = numpy::ndarray::ArrayD::from_shape_vec(t.shape, t.data).map_err(value_error)?;
    Ok(a.into_pyarray(py).unbind())
}

#[pymethods]
impl Spec {
    /// Checks and derives `text` (its diagnostics, rendered, in the ValueError).
    #[new]
    fn new(text: &str, name: &str) -> PyResult<Self> {
        let src = Source::new(name, text);
        match pipeline::derive(&src) {
            Ok(module) => Ok(Spec { module }),
            Err(errors) => Err(value_error(src.render(&errors, false))),
        }
    }

    /// The recurrences, in file order.
    fn recurrences(&self) -> Vec<String> {
        self.module
            .recurrences
            .iter()
            .map(|d| d.rec.name.clone())
            .collect()
    }

    /// Inputs `(name, dims, optional)`, outputs `(name, dims)` and the scan dim of `rec`.
    #[allow(clippy::type_complexity)]
    fn signature(
        &self,
        rec: &str,
    ) -> PyResult<(
        Vec<(String, Vec<String>, bool)>,
        Vec<(String, Vec<String>)>,
        String,
    )> {
        let d = self.get(rec)?;
        let inputs = d
            .rec
            .inputs
            .iter()
            .map(|(_, i)| (i.name.clone(), dim_names(d, &i.dims), i.optional))
            .collect();
        let outputs = d
            .rec
            .outputs
            .iter()
            .map(|(_, o)| (o.name.clone(), dim_names(d, &o.dims)))
            .collect();
        Ok((inputs, outputs, d.rec.dims[d.rec.scan].name.clone()))
    }

    /// States `(name, dims, constant, input)` of `rec`: each starts at the constant, or at
    /// the input named (zeros when that optional input is absent).
    #[allow(clippy::type_complexity)]
    fn states(
        &self,
        rec: &str,
    ) -> PyResult<Vec<(String, Vec<String>, Option<f64>, Option<String>)>> {
        let d = self.get(rec)?;
        Ok(d.rec
            .states
            .iter()
            .map(|(_, s)| {
                let (c, i) = match &s.init {
                    StateInit::Const(v) => (Some(*v), None),
                    StateInit::Input(i) => (None, Some(d.rec.inputs[*i].name.clone())),
                };
                (s.name.clone(), dim_names(d, &s.dims), c, i)
            })
            .collect())
    }

    /// What the compiler derived for `rec` (the text of `linrec explain`).
    fn explain(&self, rec: &str) -> PyResult<String> {
        Ok(linrec_compiler::explain::explain(self.get(rec)?))
    }

    /// The outputs of `rec` on `inputs` (float64, row-major), by name in declaration order.
    fn forward(
        &self,
        py: Python<'_>,
        rec: &str,
        inputs: Arrays<'_>,
        dims: HashMap<String, usize>,
    ) -> PyResult<Named> {
        let d = self.get(rec)?;
        let (sizes, xs) = gather(d, &inputs, &dims)?;
        let run = py
            .allow_threads(|| interp::run(&d.rec, &sizes, &xs))
            .map_err(value_error)?;
        d.rec
            .outputs
            .iter()
            .zip(run.outputs)
            .map(|((_, o), t)| Ok((o.name.clone(), to_numpy(py, t)?)))
            .collect()
    }

    /// One decoding step of `rec`: `inputs` with the scan dim of size 1, `state` the carried
    /// states by name (a state not given starts as the spec initialises it). Returns the
    /// per-step outputs and the new states, by name.
    fn step(
        &self,
        py: Python<'_>,
        rec: &str,
        inputs: Arrays<'_>,
        state: Arrays<'_>,
        dims: HashMap<String, usize>,
    ) -> PyResult<(Named, Named)> {
        let d = self.get(rec)?;
        let (sizes, xs) = gather(d, &inputs, &dims)?;
        only_known(
            d,
            state.keys(),
            d.rec.states.iter().map(|(_, s)| &s.name),
            "state",
        )?;
        let mut carried = Vec::new();
        for (_, s) in d.rec.states.iter() {
            let shape = sizes.shape(&s.dims);
            let n: usize = shape.iter().product();
            let data = match (state.get(&s.name), &s.init) {
                (Some(a), _) if a.shape() != shape.as_slice() => {
                    return Err(value_error(format!(
                        "state `{}` has shape {:?}, expected {:?} ([{}])",
                        s.name,
                        a.shape(),
                        shape,
                        dim_names(d, &s.dims).join(", ")
                    )));
                }
                (Some(a), _) => a.as_array().iter().copied().collect(),
                (None, StateInit::Const(v)) => vec![*v; n],
                (None, StateInit::Input(i)) => match &xs[i.index()] {
                    Some(t) => t.data.clone(),
                    None => vec![0.0; n],
                },
            };
            carried.push(Tensor { shape, data });
        }
        let (outs, new) = py
            .allow_threads(|| interp::step(d, &sizes, &xs, &carried))
            .map_err(value_error)?;
        let per_step = d
            .rec
            .outputs
            .iter()
            .filter(|(_, o)| o.kind == OutputKind::PerStep)
            .zip(outs)
            .map(|((_, o), t)| Ok((o.name.clone(), to_numpy(py, t)?)))
            .collect::<PyResult<Named>>()?;
        let states = d
            .rec
            .states
            .iter()
            .zip(new)
            .map(|((_, s), t)| Ok((s.name.clone(), to_numpy(py, t)?)))
            .collect::<PyResult<Named>>()?;
        Ok((per_step, states))
    }

    /// The gradients of `Σ ⟨grads[o], o⟩` with respect to every input given (the derived
    /// backward, float64); outputs missing from `grads` do not enter the loss.
    fn backward(
        &self,
        py: Python<'_>,
        rec: &str,
        inputs: Arrays<'_>,
        grads: Arrays<'_>,
        dims: HashMap<String, usize>,
    ) -> PyResult<Named> {
        let d = self.get(rec)?;
        let (sizes, xs) = gather(d, &inputs, &dims)?;
        only_known(
            d,
            grads.keys(),
            d.rec.outputs.iter().map(|(_, o)| &o.name),
            "output",
        )?;
        let mut seeds = Vec::new();
        for (_, o) in d.rec.outputs.iter() {
            let shape = sizes.shape(&o.dims);
            match grads.get(&o.name) {
                Some(g) if g.shape() != shape.as_slice() => {
                    return Err(value_error(format!(
                        "the gradient of output `{}` has shape {:?}, expected {:?} ([{}])",
                        o.name,
                        g.shape(),
                        shape,
                        dim_names(d, &o.dims).join(", ")
                    )));
                }
                Some(g) => seeds.push(Tensor {
                    shape,
                    data: g.as_array().iter().copied().collect(),
                }),
                None => seeds.push(Tensor::zeros(shape)),
            }
        }
        let g = py
            .allow_threads(|| interp::backward(d, &sizes, &xs, &seeds))
            .map_err(value_error)?;
        d.rec
            .inputs
            .iter()
            .zip(g.inputs)
            .filter_map(|((_, i), t)| t.map(|t| (i.name.clone(), t)))
            .filter(|(n, _)| inputs.contains_key(n))
            .map(|(n, t)| Ok((n, to_numpy(py, t)?)))
            .collect()
    }
}

#[pymodule]
fn _linrec(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Spec>()?;
    m.add_class::<kernels::Kernels>()?;
    m.add_function(wrap_pyfunction!(kernels::compile_kernels, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
