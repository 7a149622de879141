//! The executor: a model with its config evaluated and parameters loaded onto a backend,
//! its forward, and the state it carries between decoding calls.

use linrec_compiler::syntax::ast::ModelItem;

use crate::checkpoint::{Loaded, load_param};
use crate::config::config_expr;
use crate::eval::{collect_bound, mark_static};

use std::collections::HashMap;
use std::path::Path;

use linrec_compiler::derive::Derived;
use linrec_compiler::ir::CheckedModel;
use linrec_compiler::limits::MAX_MODEL_REPEAT;
use linrec_compiler::syntax::ast;

use crate::value::Value;
use crate::*;

/// How a forward treats stateful call sites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Mode {
    /// Plain: no state kept.
    #[default]
    Off,
    /// From empty state; keep each site's final state.
    Prefill,
    /// Continue from the kept state, and keep the new one.
    Step,
}

/// Carried state per call site.
#[derive(Debug)]
pub(crate) struct DecodeCache<T> {
    mode: Mode,
    cursor: usize,
    sites: Vec<Vec<Value<T>>>,
    /// The lengths of the prompts packed into the one sequence of the forward under way.
    segments: Option<Vec<usize>>,
}

impl<T> Default for DecodeCache<T> {
    fn default() -> Self {
        DecodeCache {
            mode: Mode::Off,
            cursor: 0,
            sites: Vec::new(),
            segments: None,
        }
    }
}

/// A parameter-only subexpression: its source span and the loop indices in scope.
pub(crate) type StaticKey = (usize, usize, Vec<i64>);

/// A model with its config evaluated and its parameters loaded onto a backend.
#[derive(Debug)]
pub struct Model<B: Backend> {
    pub backend: B,
    pub(crate) model: ast::Model,
    pub(crate) recurrences: Vec<Derived>,
    /// Config values and top-level parameters.
    pub(crate) globals: HashMap<String, Value<B::Tensor>>,
    /// Per-layer parameters: name → one value per layer.
    pub(crate) layers: HashMap<String, Vec<Value<B::Tensor>>>,
    /// Checkpoint keys the model does not use (reported, not an error).
    pub unused_keys: Vec<String>,
    /// Decoding: the state each stateful call site (causal conv, recurrence) carries between
    /// calls, in the order the forward visits them.
    pub(crate) cache: std::cell::RefCell<DecodeCache<B::Tensor>>,
    /// Values of the forward's parameter-only subexpressions (e.g. `-exp(A_log[i])`),
    /// computed once: by source span and the layer indices they were evaluated at.
    pub(crate) statics: std::cell::RefCell<HashMap<StaticKey, Value<B::Tensor>>>,
    /// Source spans of the forward's computed subexpressions that read parameters and config
    /// only (found once, at load), and the forward's loop variables.
    pub(crate) static_spans: std::collections::HashSet<(usize, usize)>,
    pub(crate) loop_vars: Vec<String>,
}

/// The CPU executor of a model definition.
pub type LoadedModel = Model<Cpu>;

impl LoadedModel {
    /// Evaluates the config against `dir/config.json` and loads every parameter from the
    /// checkpoint in `dir`, checking shapes.
    pub fn load(model: &CheckedModel, recurrences: &[Derived], dir: &Path) -> Result<LoadedModel> {
        Model::load_on(Cpu, model, recurrences, dir)
    }
}

impl<B: Backend> Model<B> {
    /// Evaluates the config against `dir/config.json` and loads every parameter from the
    /// checkpoint in `dir` onto `backend`, checking shapes.
    pub fn load_on(
        backend: B,
        model: &CheckedModel,
        recurrences: &[Derived],
        dir: &Path,
    ) -> Result<Model<B>> {
        let json = read_config(model, dir)?;
        let ckpt = Checkpoint::load(dir)?;
        Self::from_checkpoint(backend, model, recurrences, &json, ckpt)
    }

    /// Loads the parameters from `ckpt` (config values from `json`).
    pub fn from_checkpoint(
        backend: B,
        model: &CheckedModel,
        recurrences: &[Derived],
        json: &serde_json::Value,
        ckpt: Checkpoint,
    ) -> Result<Model<B>> {
        let mut globals: HashMap<String, Value<B::Tensor>> = HashMap::new();
        let mut layers: HashMap<String, Vec<Value<B::Tensor>>> = HashMap::new();
        let ast = &model.syntax;
        let on_backend = |l: Loaded<B::Tensor>| -> Result<Value<B::Tensor>> {
            match l {
                Loaded::Tensor(t) => Ok(Value::Tensor(backend.param(t)?)),
                Loaded::Value(v) => Ok(v),
            }
        };
        for item in &ast.items {
            match item {
                ModelItem::Config { entries, .. } => {
                    for e in entries {
                        let v = config_expr(&e.value, json, &globals)?;
                        globals.insert(e.name.name.clone(), v);
                    }
                }
                ModelItem::Param(p) => {
                    let v = on_backend(load_param(p, None, &ckpt, json, &globals)?)?;
                    globals.insert(p.name.name.clone(), v);
                }
                ModelItem::RepeatParams {
                    count, var, params, ..
                } => {
                    let n = config_expr(count, json, &globals)?
                        .count("repeat count", MAX_MODEL_REPEAT)?;
                    for p in params {
                        let mut vals = Vec::new();
                        for i in 0..n as i64 {
                            let mut env = globals.clone();
                            env.insert(var.name.clone(), Value::Int(i));
                            vals.push(on_backend(load_param(p, Some(i), &ckpt, json, &env)?)?);
                        }
                        layers.insert(p.name.name.clone(), vals);
                    }
                }
                ModelItem::Forward { .. } => {}
            }
        }
        let mut locals = std::collections::HashSet::new();
        let mut loop_vars = Vec::new();
        let mut static_spans = std::collections::HashSet::new();
        if let Some(ModelItem::Forward { inputs, body, .. }) = ast
            .items
            .iter()
            .find(|i| matches!(i, ModelItem::Forward { .. }))
        {
            locals.extend(inputs.iter().map(|i| i.name.name.clone()));
            collect_bound(body, &mut locals, &mut loop_vars);
            let stateful =
                |f: &str| f == "conv1d_causal" || recurrences.iter().any(|d| d.rec.name == f);
            mark_static(body, &locals, &stateful, &mut static_spans);
        }
        Ok(Model {
            backend,
            model: ast.clone(),
            recurrences: recurrences.to_vec(),
            globals,
            layers,
            unused_keys: ckpt.unused(),
            cache: Default::default(),
            statics: Default::default(),
            static_spans,
            loop_vars,
        })
    }

    pub(crate) fn set_mode(&self, mode: Mode) {
        let mut c = self.cache.borrow_mut();
        if mode == Mode::Prefill || mode == Mode::Off {
            c.sites.clear();
        }
        c.mode = mode;
    }

    /// The next stateful call site: the mode, its kept state, and its index.
    pub(crate) fn site(&self) -> (Mode, Option<Vec<Value<B::Tensor>>>, usize) {
        let mut c = self.cache.borrow_mut();
        let k = c.cursor;
        c.cursor += 1;
        (c.mode, c.sites.get(k).cloned(), k)
    }

    /// The lengths of the prompts packed into the forward under way, if it packs them.
    pub(crate) fn segments(&self) -> Option<Vec<usize>> {
        self.cache.borrow().segments.clone()
    }

    pub(crate) fn keep(&self, site: usize, state: Vec<Value<B::Tensor>>) {
        let mut c = self.cache.borrow_mut();
        if c.sites.len() <= site {
            c.sites.resize(site + 1, Vec::new());
        }
        c.sites[site] = state;
    }

    /// The forward on token ids `[batch][seq]`: the model's (first) output, on the host.
    pub fn forward(&self, ids: &[Vec<u32>]) -> Result<HostTensor> {
        let out = self.forward_on(ids)?;
        self.backend.to_host(&out)
    }

    /// The output at each prompt's last position, `[batch, features]` on the host (the next
    /// token's logits); prompts of any lengths (packed as [`Model::generate`] packs them).
    pub fn last_logits(&self, ids: &[Vec<u32>]) -> Result<HostTensor> {
        let (out, ends) = self.forward_packed(ids)?;
        self.last_of(&out, ends.as_deref())
    }

    /// Each prompt's last position of a forward's output ([`Model::forward_packed`]'s: at
    /// `ends` where it packed them), on the host.
    pub(crate) fn last_of(&self, out: &B::Tensor, ends: Option<&[usize]>) -> Result<HostTensor> {
        match ends {
            Some(at) => self.backend.rows_at(out, at),
            None => self.backend.last_rows(out),
        }
    }

    /// The forward on prompts of any lengths: those of one length as a batch, else packed
    /// into one sequence whose causal convs and recurrences run per prompt (each from its own
    /// empty state, keeping its own final state as a row of the batch), nothing padded. The
    /// output, and for packed prompts the position of each one's last token.
    pub(crate) fn forward_packed(
        &self,
        ids: &[Vec<u32>],
    ) -> Result<(B::Tensor, Option<Vec<usize>>)> {
        nonempty(ids)?;
        let l = ids.first().map_or(0, Vec::len);
        if ids.iter().all(|r| r.len() == l) {
            return Ok((self.forward_on(ids)?, None));
        }
        let lens: Vec<usize> = ids.iter().map(Vec::len).collect();
        let ends = crate::eval::segment_starts(&lens)
            .map(|(start, len)| start + len - 1)
            .collect();
        let packed = ids.concat();
        self.cache.borrow_mut().segments = Some(lens);
        let out = self.forward_on(std::slice::from_ref(&packed));
        self.cache.borrow_mut().segments = None;
        Ok((out?, Some(ends)))
    }

    /// The forward on token ids `[batch][seq]`: the model's (first) output, on the backend.
    pub fn forward_on(&self, ids: &[Vec<u32>]) -> Result<B::Tensor> {
        let Some(ModelItem::Forward {
            inputs,
            outputs,
            body,
            ..
        }) = self
            .model
            .items
            .iter()
            .find(|i| matches!(i, ModelItem::Forward { .. }))
        else {
            return Err(ModelError::Unsupported("a model without forward".into()));
        };
        let l = ids.first().map_or(0, Vec::len);
        if ids.iter().any(|r| r.len() != l) {
            return Err(ModelError::Shape {
                op: "forward".into(),
                detail: "every prompt of a forward's batch must have the same length \
                         (generate and greedy pack prompts of different lengths)"
                    .into(),
            });
        }
        self.cache.borrow_mut().cursor = 0;
        let mut env = self.globals.clone();
        let first = inputs
            .first()
            .ok_or_else(|| ModelError::Unsupported("a forward without inputs".into()))?;
        env.insert(
            first.name.name.clone(),
            Value::Tensor(self.backend.ids(ids)?),
        );
        self.run(body, &mut env)?;
        let out = outputs
            .first()
            .ok_or_else(|| ModelError::Unsupported("a forward without outputs".into()))?;
        env.get(&out.name)
            .ok_or_else(|| ModelError::Unbound(out.name.clone()))?
            .tensor(&out.name)
    }
}

/// Every prompt has a token to continue from.
pub(crate) fn nonempty(ids: &[Vec<u32>]) -> Result<()> {
    match ids.iter().position(Vec::is_empty) {
        Some(k) => Err(ModelError::Shape {
            op: "generate".into(),
            detail: format!("prompt {k} of the batch is empty: give each prompt a token at least"),
        }),
        None => Ok(()),
    }
}
