//! Models on the CPU: a `model` block's config values (from `config.json`), its parameters
//! (from safetensors checkpoints, keys with `{i}` substituted) and its forward, run in f32 with
//! recurrences through the float64 interpreter. The reference executor of a model definition.
//!
//! Layout convention: model activations are sequence-major, `[batch, seq, features…]`. A
//! recurrence argument with the scan dim is passed in its declared order with the scan dim
//! moved to position 1 (`u: f32[B, D, L]` takes a `[B, L, D]` value), and per-step outputs
//! come back the same way.

mod ops;

use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

use crate::check::model::CheckedModel;
use crate::derive::Derived;
use crate::interp::{self, InterpError, Sizes, Tensor};
use crate::ir::OutputKind;
use crate::syntax::ast::{self, BinaryOp, ExprKind, ModelItem, ModelStmt, UnaryOp};

pub use ops::HostTensor;

/// Errors of loading or running a model: each names the key, tensor or shape involved.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read `{path}`: {message}")]
    Io { path: String, message: String },
    #[error("config.json has no `{key}` and the spec gives no default")]
    ConfigKey { key: String },
    #[error("config.json `{key}` is {found}, expected {expected}")]
    ConfigType {
        key: String,
        expected: &'static str,
        found: String,
    },
    #[error("parameter `{name}` not found in the checkpoint (tried {keys})")]
    MissingParam { name: String, keys: String },
    #[error("checkpoint tensor `{key}` has shape {actual:?}, the spec says {expected:?}")]
    ParamShape {
        key: String,
        expected: Vec<usize>,
        actual: Vec<usize>,
    },
    #[error("checkpoint tensor `{key}` has dtype {dtype}; supported: F32, BF16, F16")]
    DType { key: String, dtype: String },
    #[error("{op}: {detail}")]
    Shape { op: String, detail: String },
    #[error("`{0}` is not defined at this point of the forward")]
    Unbound(String),
    #[error("{0} is not supported by the CPU executor")]
    Unsupported(String),
    #[error("recurrence `{name}`: {source}")]
    Recurrence { name: String, source: InterpError },
}

type Result<T> = std::result::Result<T, ModelError>;

/// A value of the model language.
#[derive(Debug, Clone)]
pub enum Value {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    Tensor(Rc<HostTensor>),
    Tuple(Vec<Value>),
    List(Vec<Value>),
    /// An optional parameter the checkpoint does not have (e.g. a bias).
    Absent,
}

impl Value {
    fn int(&self, what: &str) -> Result<i64> {
        match self {
            Value::Int(v) => Ok(*v),
            Value::Float(f) if f.fract() == 0.0 => Ok(*f as i64),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected an integer, got {other:?}"),
            }),
        }
    }

    fn float(&self, what: &str) -> Result<f64> {
        match self {
            Value::Int(v) => Ok(*v as f64),
            Value::Float(f) => Ok(*f),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected a number, got {other:?}"),
            }),
        }
    }

    fn truth(&self, what: &str) -> Result<bool> {
        match self {
            Value::Bool(b) => Ok(*b),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected a boolean, got {other:?}"),
            }),
        }
    }

    fn tensor(&self, what: &str) -> Result<Rc<HostTensor>> {
        match self {
            Value::Tensor(t) => Ok(t.clone()),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected a tensor, got {}", kind(other)),
            }),
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Int(_) => "an integer",
        Value::Float(_) => "a number",
        Value::Bool(_) => "a boolean",
        Value::Str(_) => "a string",
        Value::Tensor(_) => "a tensor",
        Value::Tuple(_) => "a tuple",
        Value::List(_) => "a list",
        Value::Absent => "an absent parameter",
    }
}

/// Checkpoint tensors by key (one safetensors file, or the shards of an index).
#[derive(Debug, Default)]
pub struct Checkpoint {
    tensors: HashMap<String, HostTensor>,
    /// Keys some parameter was loaded from.
    used: std::cell::RefCell<std::collections::BTreeSet<String>>,
}

impl Checkpoint {
    /// Loads `model.safetensors`, or every shard listed by `model.safetensors.index.json`.
    pub fn load(dir: &Path) -> Result<Checkpoint> {
        let io = |p: &Path, e: String| ModelError::Io {
            path: p.display().to_string(),
            message: e,
        };
        let index = dir.join("model.safetensors.index.json");
        let files: Vec<std::path::PathBuf> = if index.exists() {
            let text = std::fs::read_to_string(&index).map_err(|e| io(&index, e.to_string()))?;
            let json: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| io(&index, e.to_string()))?;
            let mut shards: Vec<String> = json["weight_map"]
                .as_object()
                .ok_or_else(|| io(&index, "no weight_map".into()))?
                .values()
                .filter_map(|v| v.as_str().map(String::from))
                .collect();
            shards.sort();
            shards.dedup();
            shards.into_iter().map(|s| dir.join(s)).collect()
        } else {
            vec![dir.join("model.safetensors")]
        };
        let mut tensors = HashMap::new();
        for f in files {
            let bytes = std::fs::read(&f).map_err(|e| io(&f, e.to_string()))?;
            let st =
                safetensors::SafeTensors::deserialize(&bytes).map_err(|e| io(&f, e.to_string()))?;
            for (key, view) in st.tensors() {
                let data: Vec<f32> = match view.dtype() {
                    safetensors::Dtype::F32 => view
                        .data()
                        .chunks_exact(4)
                        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                        .collect(),
                    safetensors::Dtype::BF16 => view
                        .data()
                        .chunks_exact(2)
                        .map(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f32())
                        .collect(),
                    safetensors::Dtype::F16 => view
                        .data()
                        .chunks_exact(2)
                        .map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32())
                        .collect(),
                    other => {
                        return Err(ModelError::DType {
                            key,
                            dtype: format!("{other:?}"),
                        });
                    }
                };
                tensors.insert(key, HostTensor::new(view.shape().to_vec(), data));
            }
        }
        Ok(Checkpoint {
            tensors,
            used: Default::default(),
        })
    }

    /// Keys of the checkpoint no parameter was loaded from, sorted.
    pub fn unused(&self) -> Vec<String> {
        let used = self.used.borrow();
        let mut v: Vec<String> = self
            .tensors
            .keys()
            .filter(|k| !used.contains(*k))
            .cloned()
            .collect();
        v.sort();
        v
    }
}

/// A model with its config evaluated and its parameters loaded.
#[derive(Debug)]
pub struct LoadedModel {
    model: ast::Model,
    recurrences: Vec<Derived>,
    /// Config values and top-level parameters.
    globals: HashMap<String, Value>,
    /// Per-layer parameters: name → one value per layer.
    layers: HashMap<String, Vec<Value>>,
    /// Checkpoint keys the model does not use (reported, not an error).
    pub unused_keys: Vec<String>,
    /// Decoding: the state each stateful call site (causal conv, recurrence) carries between
    /// calls, in the order the forward visits them.
    cache: std::cell::RefCell<DecodeCache>,
}

/// How a forward treats stateful call sites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Mode {
    /// Plain: no state kept.
    #[default]
    Off,
    /// From empty state; keep each site's final state.
    Prefill,
    /// Continue from the kept state, and keep the new one.
    Step,
}

/// Carried state per call site.
#[derive(Debug, Default)]
struct DecodeCache {
    mode: Mode,
    cursor: usize,
    sites: Vec<Vec<Value>>,
}

/// How to pick the next token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sampling {
    /// 0 means greedy.
    pub temperature: f64,
    /// Keep the k most likely tokens (0: all).
    pub top_k: usize,
    /// Keep the smallest set of tokens whose probability reaches p (1: all).
    pub top_p: f64,
    pub seed: u64,
}

impl Default for Sampling {
    fn default() -> Self {
        Sampling {
            temperature: 0.0,
            top_k: 0,
            top_p: 1.0,
            seed: 0,
        }
    }
}

/// The index of the largest logit (the first on ties).
fn argmax(row: &[f32]) -> usize {
    row.iter()
        .enumerate()
        .fold(
            (0, f32::NEG_INFINITY),
            |acc, (k, &x)| if x > acc.1 { (k, x) } else { acc },
        )
        .0
}

/// Picks a token from one row of logits.
fn pick(row: &[f32], s: &Sampling, rng: &mut rand_chacha::ChaCha8Rng) -> u32 {
    use rand::Rng;
    let argmax = argmax(row);
    if s.temperature <= 0.0 {
        return argmax as u32;
    }
    let mut idx: Vec<usize> = (0..row.len()).collect();
    idx.sort_by(|&a, &b| row[b].total_cmp(&row[a]));
    if s.top_k > 0 {
        idx.truncate(s.top_k);
    }
    let max = f64::from(row[idx[0]]);
    let mut probs: Vec<f64> = idx
        .iter()
        .map(|&k| ((f64::from(row[k]) - max) / s.temperature).exp())
        .collect();
    let total: f64 = probs.iter().sum();
    probs.iter_mut().for_each(|p| *p /= total);
    let mut keep = probs.len();
    let mut acc = 0.0;
    for (k, p) in probs.iter().enumerate() {
        acc += p;
        if acc >= s.top_p {
            keep = k + 1;
            break;
        }
    }
    let mass: f64 = probs[..keep].iter().sum();
    let mut u = rng.random_range(0.0..mass);
    for k in 0..keep {
        if u < probs[k] {
            return idx[k] as u32;
        }
        u -= probs[k];
    }
    idx[keep - 1] as u32
}

/// Evaluates a config-level expression (config values, arithmetic, `int("key", …)` reads).
fn config_expr(
    e: &ast::Expr,
    json: &serde_json::Value,
    env: &HashMap<String, Value>,
) -> Result<Value> {
    let rec = |x: &ast::Expr| config_expr(x, json, env);
    Ok(match &e.kind {
        ExprKind::Number(v) => {
            if v.fract() == 0.0 && v.abs() < 9e15 {
                Value::Int(*v as i64)
            } else {
                Value::Float(*v)
            }
        }
        ExprKind::Bool(b) => Value::Bool(*b),
        ExprKind::Str(s) => Value::Str(s.clone()),
        ExprKind::Name(id) => env
            .get(&id.name)
            .cloned()
            .ok_or_else(|| ModelError::Unbound(id.name.clone()))?,
        ExprKind::Unary { op, operand } => match (op, rec(operand)?) {
            (UnaryOp::Neg, Value::Int(v)) => Value::Int(-v),
            (UnaryOp::Neg, v) => Value::Float(-v.float("-")?),
            (UnaryOp::Not, v) => Value::Bool(!v.truth("!")?),
        },
        ExprKind::Binary { op, lhs, rhs } => scalar_binary(*op, rec(lhs)?, rec(rhs)?)?,
        ExprKind::Call { func, args } => {
            let pos: Vec<&ast::Expr> = args
                .iter()
                .filter(|a| a.key.is_none())
                .map(|a| &a.value)
                .collect();
            let kw = |k: &str| {
                args.iter()
                    .find(|a| a.key.as_ref().is_some_and(|x| x.name == k))
                    .map(|a| &a.value)
            };
            match func.name.as_str() {
                "int" | "float" | "bool" | "str" => {
                    let key = match pos.first().map(|k| rec(k)).transpose()? {
                        Some(Value::Str(k)) => k,
                        _ => {
                            return Err(ModelError::Unsupported(format!(
                                "`{}` without a key string",
                                func.name
                            )));
                        }
                    };
                    match json.get(&key) {
                        Some(serde_json::Value::String(s))
                            if s == "auto" && kw("auto").is_some() =>
                        {
                            rec(kw("auto").expect("checked"))?
                        }
                        Some(v) => from_json(&key, &func.name, v)?,
                        None => match pos.get(1) {
                            Some(d) => rec(d)?,
                            None => match kw("auto") {
                                Some(a) => rec(a)?,
                                None => return Err(ModelError::ConfigKey { key }),
                            },
                        },
                    }
                }
                "ceil" | "floor" | "min" | "max"
                    if pos.len() < if func.name.len() == 3 { 2 } else { 1 } =>
                {
                    return Err(ModelError::Shape {
                        op: func.name.clone(),
                        detail: "too few arguments".into(),
                    });
                }
                "ceil" => Value::Int(rec(pos[0])?.float("ceil")?.ceil() as i64),
                "floor" => Value::Int(rec(pos[0])?.float("floor")?.floor() as i64),
                "min" | "max" => {
                    let (a, b) = (
                        rec(pos[0])?.float(&func.name)?,
                        rec(pos[1])?.float(&func.name)?,
                    );
                    let v = if func.name == "min" {
                        a.min(b)
                    } else {
                        a.max(b)
                    };
                    if v.fract() == 0.0 {
                        Value::Int(v as i64)
                    } else {
                        Value::Float(v)
                    }
                }
                other => return Err(ModelError::Unsupported(format!("`{other}` in config"))),
            }
        }
        ExprKind::List(items) => Value::List(items.iter().map(rec).collect::<Result<_>>()?),
        ExprKind::Index { .. } => return Err(ModelError::Unsupported("indexing in config".into())),
    })
}

fn from_json(key: &str, ty: &str, v: &serde_json::Value) -> Result<Value> {
    let bad = |expected: &'static str| ModelError::ConfigType {
        key: key.into(),
        expected,
        found: v.to_string(),
    };
    Ok(match ty {
        "int" => Value::Int(v.as_i64().ok_or_else(|| bad("an integer"))?),
        "float" => Value::Float(v.as_f64().ok_or_else(|| bad("a number"))?),
        "bool" => Value::Bool(v.as_bool().ok_or_else(|| bad("a boolean"))?),
        _ => Value::Str(v.as_str().ok_or_else(|| bad("a string"))?.to_string()),
    })
}

fn scalar_binary(op: BinaryOp, a: Value, b: Value) -> Result<Value> {
    use BinaryOp::*;
    // Integer arithmetic stays integral; everything else goes through f64 (exact for the
    // integers configs hold).
    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
        match op {
            Add => return Ok(Value::Int(x + y)),
            Sub => return Ok(Value::Int(x - y)),
            Mul => return Ok(Value::Int(x * y)),
            _ => {}
        }
    }
    if let (Value::Bool(x), Value::Bool(y)) = (&a, &b) {
        return Ok(match op {
            And => Value::Bool(*x && *y),
            Or => Value::Bool(*x || *y),
            Eq => Value::Bool(x == y),
            Ne => Value::Bool(x != y),
            _ => return Err(ModelError::Unsupported("arithmetic on booleans".into())),
        });
    }
    let (x, y) = (a.float("operand")?, b.float("operand")?);
    Ok(match op {
        Add => Value::Float(x + y),
        Sub => Value::Float(x - y),
        Mul => Value::Float(x * y),
        Div => Value::Float(x / y),
        Pow => Value::Float(x.powf(y)),
        Eq => Value::Bool(x == y),
        Ne => Value::Bool(x != y),
        Lt => Value::Bool(x < y),
        Le => Value::Bool(x <= y),
        Gt => Value::Bool(x > y),
        Ge => Value::Bool(x >= y),
        And | Or => return Err(ModelError::Unsupported("&& / || on numbers".into())),
    })
}

impl LoadedModel {
    /// Evaluates the config against `dir/config.json` and loads every parameter from the
    /// checkpoint in `dir`, checking shapes.
    pub fn load(model: &CheckedModel, recurrences: &[Derived], dir: &Path) -> Result<LoadedModel> {
        let cfg_path = dir.join("config.json");
        let text = std::fs::read_to_string(&cfg_path).map_err(|e| ModelError::Io {
            path: cfg_path.display().to_string(),
            message: e.to_string(),
        })?;
        let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| ModelError::Io {
            path: cfg_path.display().to_string(),
            message: e.to_string(),
        })?;
        let ckpt = Checkpoint::load(dir)?;
        let mut globals: HashMap<String, Value> = HashMap::new();
        let mut layers: HashMap<String, Vec<Value>> = HashMap::new();
        let ast = &model.syntax;
        for item in &ast.items {
            match item {
                ModelItem::Config { entries, .. } => {
                    for e in entries {
                        let v = config_expr(&e.value, &json, &globals)?;
                        globals.insert(e.name.name.clone(), v);
                    }
                }
                ModelItem::Param(p) => {
                    let v = load_param(p, None, &ckpt, &json, &globals)?;
                    globals.insert(p.name.name.clone(), v);
                }
                ModelItem::RepeatParams {
                    count, var, params, ..
                } => {
                    let n = config_expr(count, &json, &globals)?.int("repeat count")?;
                    for p in params {
                        let mut vals = Vec::new();
                        for i in 0..n {
                            let mut env = globals.clone();
                            env.insert(var.name.clone(), Value::Int(i));
                            vals.push(load_param(p, Some(i), &ckpt, &json, &env)?);
                        }
                        layers.insert(p.name.name.clone(), vals);
                    }
                }
                ModelItem::Forward { .. } => {}
            }
        }
        Ok(LoadedModel {
            model: ast.clone(),
            recurrences: recurrences.to_vec(),
            globals,
            layers,
            unused_keys: ckpt.unused(),
            cache: Default::default(),
        })
    }

    /// Generation: a prefill of each prompt, then one step per new token with carried state
    /// (causal-conv windows and recurrence states), O(1) in the sequence length per token.
    /// Stops after `n` tokens or, for a sequence, at `eos`.
    pub fn generate(
        &self,
        ids: &[Vec<u32>],
        n: usize,
        sampling: &Sampling,
        eos: Option<u32>,
    ) -> Result<Vec<Vec<u32>>> {
        use rand::SeedableRng;
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(sampling.seed);
        let mut out: Vec<Vec<u32>> = vec![Vec::new(); ids.len()];
        let mut done = vec![false; ids.len()];
        if n == 0 {
            return Ok(out);
        }
        self.set_mode(Mode::Prefill);
        let mut logits = self.forward(ids);
        for step in 0..n {
            let l = match &logits {
                Ok(t) => t,
                Err(_) => break,
            };
            let (len, v) = (l.shape[1], l.shape[2]);
            let mut next = Vec::new();
            for (bi, o) in out.iter_mut().enumerate() {
                let row = &l.data[(bi * len + len - 1) * v..(bi * len + len) * v];
                let tok = pick(row, sampling, &mut rng);
                if !done[bi] {
                    o.push(tok);
                    done[bi] = eos == Some(tok);
                }
                next.push(vec![tok]);
            }
            if step + 1 == n || done.iter().all(|&d| d) {
                break;
            }
            self.set_mode(Mode::Step);
            logits = self.forward(&next);
        }
        self.set_mode(Mode::Off);
        logits.map(|_| out)
    }

    fn set_mode(&self, mode: Mode) {
        let mut c = self.cache.borrow_mut();
        if mode == Mode::Prefill || mode == Mode::Off {
            c.sites.clear();
        }
        c.mode = mode;
    }

    /// The next stateful call site: the mode, its kept state, and its index.
    fn site(&self) -> (Mode, Option<Vec<Value>>, usize) {
        let mut c = self.cache.borrow_mut();
        let k = c.cursor;
        c.cursor += 1;
        (c.mode, c.sites.get(k).cloned(), k)
    }

    fn keep(&self, site: usize, state: Vec<Value>) {
        let mut c = self.cache.borrow_mut();
        if c.sites.len() <= site {
            c.sites.resize(site + 1, Vec::new());
        }
        c.sites[site] = state;
    }

    /// The forward on token ids `[batch][seq]`: the model's (first) output.
    pub fn forward(&self, ids: &[Vec<u32>]) -> Result<HostTensor> {
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
        let b = ids.len();
        let l = ids.first().map_or(0, Vec::len);
        if ids.iter().any(|r| r.len() != l) {
            return Err(ModelError::Shape {
                op: "forward".into(),
                detail: "every prompt of a batch must have the same length".into(),
            });
        }
        self.cache.borrow_mut().cursor = 0;
        let mut env = self.globals.clone();
        let data: Vec<f32> = ids.iter().flatten().map(|&v| v as f32).collect();
        let first = inputs
            .first()
            .ok_or_else(|| ModelError::Unsupported("a forward without inputs".into()))?;
        env.insert(
            first.name.name.clone(),
            Value::Tensor(Rc::new(HostTensor::new(vec![b, l], data))),
        );
        self.run(body, &mut env)?;
        let out = outputs
            .first()
            .ok_or_else(|| ModelError::Unsupported("a forward without outputs".into()))?;
        Ok((*env
            .get(&out.name)
            .ok_or_else(|| ModelError::Unbound(out.name.clone()))?
            .tensor(&out.name)?)
        .clone())
    }

    /// Greedy decoding: `n` new tokens after each prompt (the full forward per token).
    pub fn greedy(&self, ids: &[Vec<u32>], n: usize) -> Result<Vec<Vec<u32>>> {
        let mut seqs: Vec<Vec<u32>> = ids.to_vec();
        for _ in 0..n {
            let logits = self.forward(&seqs)?;
            let (l, v) = (logits.shape[1], logits.shape[2]);
            for (bi, s) in seqs.iter_mut().enumerate() {
                let row = &logits.data[(bi * l + l - 1) * v..(bi * l + l) * v];
                s.push(argmax(row) as u32);
            }
        }
        Ok(seqs
            .into_iter()
            .zip(ids)
            .map(|(s, p)| s[p.len()..].to_vec())
            .collect())
    }

    fn run(&self, body: &[ModelStmt], env: &mut HashMap<String, Value>) -> Result<()> {
        for s in body {
            match s {
                ModelStmt::Bind { names, value, .. } => {
                    let v = self.eval(value, env)?;
                    match (names.len(), v) {
                        (1, Value::Tuple(mut vs)) => {
                            // A call with several outputs bound to one name: its first output.
                            env.insert(names[0].name.clone(), vs.swap_remove(0));
                        }
                        (1, v) => {
                            env.insert(names[0].name.clone(), v);
                        }
                        (n, Value::Tuple(vs)) if vs.len() == n => {
                            for (name, v) in names.iter().zip(vs) {
                                env.insert(name.name.clone(), v);
                            }
                        }
                        (n, v) => {
                            return Err(ModelError::Shape {
                                op: "binding".into(),
                                detail: format!("{n} names, but the value is {}", kind(&v)),
                            });
                        }
                    }
                }
                ModelStmt::Repeat {
                    count, var, body, ..
                } => {
                    let n = self.eval(count, env)?.int("repeat count")?;
                    for i in 0..n {
                        env.insert(var.name.clone(), Value::Int(i));
                        self.run(body, env)?;
                    }
                    env.remove(&var.name);
                }
            }
        }
        Ok(())
    }

    fn eval(&self, e: &ast::Expr, env: &HashMap<String, Value>) -> Result<Value> {
        match &e.kind {
            ExprKind::Number(_) | ExprKind::Bool(_) | ExprKind::Str(_) => {
                config_expr(e, &serde_json::Value::Null, env)
            }
            ExprKind::Name(id) => env
                .get(&id.name)
                .cloned()
                .ok_or_else(|| ModelError::Unbound(id.name.clone())),
            ExprKind::Index { base, indices } => {
                let ix = indices.first().ok_or_else(|| ModelError::Shape {
                    op: base.name.clone(),
                    detail: "a layer parameter needs its layer index, e.g. `w[i]`".into(),
                })?;
                let layer = self.eval(ix, env)?.int("layer index")?;
                let vals = self
                    .layers
                    .get(&base.name)
                    .ok_or_else(|| ModelError::Unbound(format!("{}[…]", base.name)))?;
                vals.get(layer as usize)
                    .cloned()
                    .ok_or_else(|| ModelError::Shape {
                        op: base.name.clone(),
                        detail: format!("layer {layer} of {}", vals.len()),
                    })
            }
            ExprKind::List(items) => Ok(Value::List(
                items
                    .iter()
                    .map(|i| self.eval(i, env))
                    .collect::<Result<_>>()?,
            )),
            ExprKind::Unary {
                op: UnaryOp::Neg,
                operand,
            } => match self.eval(operand, env)? {
                Value::Tensor(t) => Ok(Value::Tensor(Rc::new(t.map(|x| -x)))),
                v => config_expr(
                    &ast::Expr {
                        kind: ExprKind::Unary {
                            op: UnaryOp::Neg,
                            operand: Box::new(literal(v)?),
                        },
                        span: e.span.clone(),
                    },
                    &serde_json::Value::Null,
                    env,
                ),
            },
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand,
            } => Ok(Value::Bool(!self.eval(operand, env)?.truth("!")?)),
            ExprKind::Binary { op, lhs, rhs } => {
                let (a, b) = (self.eval(lhs, env)?, self.eval(rhs, env)?);
                match (a, b) {
                    (Value::Tensor(x), Value::Tensor(y)) => {
                        Ok(Value::Tensor(Rc::new(ops::zip(*op, &x, &y)?)))
                    }
                    (Value::Tensor(x), s) => {
                        let s = s.float("operand")? as f32;
                        Ok(Value::Tensor(Rc::new(ops::zip(
                            *op,
                            &x,
                            &HostTensor::new(vec![], vec![s]),
                        )?)))
                    }
                    (s, Value::Tensor(y)) => {
                        let s = s.float("operand")? as f32;
                        Ok(Value::Tensor(Rc::new(ops::zip(
                            *op,
                            &HostTensor::new(vec![], vec![s]),
                            &y,
                        )?)))
                    }
                    (a, b) => scalar_binary(*op, a, b),
                }
            }
            ExprKind::Call { func, args } => self.call(func, args, env),
        }
    }

    fn call(
        &self,
        func: &ast::Ident,
        args: &[ast::Arg],
        env: &HashMap<String, Value>,
    ) -> Result<Value> {
        if let Some(d) = self.recurrences.iter().find(|d| d.rec.name == func.name) {
            let mut given: HashMap<String, Value> = HashMap::new();
            for a in args {
                let key = a.key.as_ref().ok_or_else(|| {
                    ModelError::Unsupported("positional recurrence arguments".into())
                })?;
                given.insert(key.name.clone(), self.eval(&a.value, env)?);
            }
            return self.recurrence(d, &given);
        }
        let pos: Vec<Value> = args
            .iter()
            .filter(|a| a.key.is_none())
            .map(|a| self.eval(&a.value, env))
            .collect::<Result<_>>()?;
        let kw = |k: &str| -> Result<Option<Value>> {
            args.iter()
                .find(|a| a.key.as_ref().is_some_and(|x| x.name == k))
                .map(|a| self.eval(&a.value, env))
                .transpose()
        };
        let arg = |k: usize| -> Result<&Value> {
            pos.get(k).ok_or_else(|| ModelError::Shape {
                op: func.name.clone(),
                detail: format!("argument {} is missing", k + 1),
            })
        };
        let t = |k: usize| -> Result<Rc<HostTensor>> { arg(k)?.tensor(&func.name) };
        let opt = |k: usize| -> Result<Option<Rc<HostTensor>>> {
            match pos.get(k) {
                None | Some(Value::Absent) => Ok(None),
                Some(v) => v.tensor(&func.name).map(Some),
            }
        };
        let unary =
            |f: fn(f32) -> f32| -> Result<Value> { Ok(Value::Tensor(Rc::new(t(0)?.map(f)))) };
        match func.name.as_str() {
            "embedding" => Ok(Value::Tensor(Rc::new(ops::embedding(&*t(0)?, &*t(1)?)?))),
            "rmsnorm" => Ok(Value::Tensor(Rc::new(ops::rmsnorm(
                &*t(0)?,
                &*t(1)?,
                arg(2)?.float("eps")?,
            )?))),
            "linear" => Ok(Value::Tensor(Rc::new(ops::linear(
                &*t(0)?,
                &*t(1)?,
                opt(2)?.as_deref(),
            )?))),
            "conv1d_causal" => self.conv_with_state(&*t(0)?, &*t(1)?, opt(2)?.as_deref()),
            "split" => {
                let sizes: Vec<usize> = match arg(1)? {
                    Value::List(items) => items
                        .iter()
                        .map(|v| v.int("split size").map(|x| x as usize))
                        .collect::<Result<_>>()?,
                    other => {
                        return Err(ModelError::Shape {
                            op: "split".into(),
                            detail: format!("expected a list of sizes, got {}", kind(other)),
                        });
                    }
                };
                let dim = kw("dim")?.map_or(Ok(-1), |v| v.int("dim"))?;
                Ok(Value::Tuple(
                    ops::split(&*t(0)?, &sizes, dim)?
                        .into_iter()
                        .map(|x| Value::Tensor(Rc::new(x)))
                        .collect(),
                ))
            }
            "silu" => unary(|x| x / (1.0 + (-x).exp())),
            "sigmoid" => unary(|x| 1.0 / (1.0 + (-x).exp())),
            "softplus" => unary(|x| if x > 20.0 { x } else { x.exp().ln_1p() }),
            "exp" => unary(f32::exp),
            "neg" => unary(|x| -x),
            "tanh" => unary(f32::tanh),
            "float32" => Ok(arg(0)?.clone()),
            other => Err(ModelError::Unsupported(format!("layer op `{other}`"))),
        }
    }

    /// A causal conv that, when decoding, continues from the window it kept: the last K − 1
    /// inputs are prepended and the outputs for the new positions returned.
    fn conv_with_state(
        &self,
        x: &HostTensor,
        w: &HostTensor,
        b: Option<&HostTensor>,
    ) -> Result<Value> {
        let (mode, kept, site) = self.site();
        let k = *w.shape.last().unwrap_or(&1);
        let [bsz, l, c] = x.shape[..] else {
            return Ok(Value::Tensor(Rc::new(ops::conv1d_causal(x, w, b)?)));
        };
        let window = k.saturating_sub(1);
        let (input, skip) = match (mode, kept) {
            (Mode::Step, Some(state)) => {
                let prev = state[0].tensor("conv state")?;
                let mut data = Vec::with_capacity(bsz * (window + l) * c);
                for bi in 0..bsz {
                    data.extend_from_slice(&prev.data[bi * window * c..(bi + 1) * window * c]);
                    data.extend_from_slice(&x.data[bi * l * c..(bi + 1) * l * c]);
                }
                (HostTensor::new(vec![bsz, window + l, c], data), window)
            }
            _ => (x.clone(), 0),
        };
        let y = ops::conv1d_causal(&input, w, b)?;
        if mode != Mode::Off {
            // Keep the last K − 1 inputs (zeros before the start).
            let total = input.shape[1];
            let mut data = vec![0.0f32; bsz * window * c];
            for bi in 0..bsz {
                for j in 0..window {
                    let src = total as i64 - window as i64 + j as i64;
                    if src >= 0 {
                        let s = (bi * total + src as usize) * c;
                        data[(bi * window + j) * c..(bi * window + j + 1) * c]
                            .copy_from_slice(&input.data[s..s + c]);
                    }
                }
            }
            self.keep(
                site,
                vec![Value::Tensor(Rc::new(HostTensor::new(
                    vec![bsz, window, c],
                    data,
                )))],
            );
        }
        if skip == 0 {
            return Ok(Value::Tensor(Rc::new(y)));
        }
        let total = y.shape[1];
        let mut data = Vec::with_capacity(bsz * l * c);
        for bi in 0..bsz {
            data.extend_from_slice(&y.data[(bi * total + skip) * c..(bi * total + total) * c]);
        }
        Ok(Value::Tensor(Rc::new(HostTensor::new(
            vec![bsz, l, c],
            data,
        ))))
    }

    /// Runs a recurrence on the f64 interpreter, mapping sequence-major model values to its
    /// declared layouts and back. When decoding, each state starts from the value kept at this
    /// call site (through the state's initial-value input) and its final value (the final
    /// output that is the state itself) is kept.
    fn recurrence(&self, d: &Derived, given: &HashMap<String, Value>) -> Result<Value> {
        let rec = &d.rec;
        let (mode, kept, site) = self.site();
        // (init input, final output) of every state, for carrying it.
        let carries: Vec<(usize, usize)> = rec
            .states
            .iter()
            .filter_map(|(sh, s)| {
                let crate::ir::StateInit::Input(i) = s.init else {
                    return None;
                };
                let o = rec.outputs.iter().find(|(_, o)| {
                    o.kind == OutputKind::Final
                        && rec.exprs[o.value] == crate::ir::Expr::State(sh, crate::ir::When::New)
                })?;
                Some((i.index(), o.0.index()))
            })
            .collect();
        if mode != Mode::Off && carries.len() != rec.states.len() {
            return Err(ModelError::Unsupported(format!(
                "decoding through `{}`: every state needs an initial-value input and a final output",
                rec.name
            )));
        }
        let mut given = given.clone();
        if let (Mode::Step, Some(state)) = (mode, kept) {
            for ((i, _), v) in carries.iter().zip(state) {
                given.insert(
                    rec.inputs[crate::ir::Handle::from_index(*i)].name.clone(),
                    v,
                );
            }
        }
        let given = &given;
        let mut sizes: Vec<Option<usize>> = vec![None; rec.dims.len()];
        let mut inputs: Vec<Option<Tensor>> = Vec::new();
        for (_, i) in rec.inputs.iter() {
            let v = match given.get(&i.name) {
                None | Some(Value::Absent) if i.optional => {
                    inputs.push(None);
                    continue;
                }
                None => {
                    return Err(ModelError::Unbound(format!(
                        "argument `{}` of `{}`",
                        i.name, rec.name
                    )));
                }
                Some(v) => v.tensor(&format!("{}.{}", rec.name, i.name))?,
            };
            let order = model_order(rec, &i.dims);
            if v.shape.len() != order.len() {
                return Err(ModelError::Shape {
                    op: format!("{}({} = …)", rec.name, i.name),
                    detail: format!("expected {} dims, got shape {:?}", order.len(), v.shape),
                });
            }
            for (&d, &s) in order.iter().zip(&v.shape) {
                match sizes[d.index()] {
                    None => sizes[d.index()] = Some(s),
                    Some(prev) if prev != s => {
                        return Err(ModelError::Shape {
                            op: format!("{}({} = …)", rec.name, i.name),
                            detail: format!(
                                "dimension {} is {s} here but {prev} elsewhere",
                                rec.dims[d].name
                            ),
                        });
                    }
                    Some(_) => {}
                }
            }
            inputs.push(Some(v.to_declared(&order, &i.dims)));
        }
        let sizes = Sizes(
            sizes
                .into_iter()
                .zip(rec.dims.iter())
                .map(|(s, (_, dim))| {
                    s.ok_or_else(|| ModelError::Shape {
                        op: rec.name.clone(),
                        detail: format!("no argument gives the size of {}", dim.name),
                    })
                })
                .collect::<Result<_>>()?,
        );
        let out = interp::run(rec, &sizes, &inputs).map_err(|source| ModelError::Recurrence {
            name: rec.name.clone(),
            source,
        })?;
        let values: Vec<Value> = rec
            .outputs
            .iter()
            .zip(out.outputs)
            .map(|((_, o), t)| {
                let order = match o.kind {
                    OutputKind::PerStep => model_order(rec, &o.dims),
                    OutputKind::Final => o.dims.clone(),
                };
                Value::Tensor(Rc::new(HostTensor::from_declared(&t, &o.dims, &order)))
            })
            .collect();
        if mode != Mode::Off {
            self.keep(
                site,
                carries.iter().map(|&(_, o)| values[o].clone()).collect(),
            );
        }
        Ok(if values.len() == 1 {
            values.into_iter().next().expect("one")
        } else {
            Value::Tuple(values)
        })
    }
}

/// The model-side order of a recurrence tensor's dims: the scan dim moved to position 1.
fn model_order(
    rec: &crate::ir::Recurrence,
    dims: &[crate::ir::Handle<crate::ir::Dim>],
) -> Vec<crate::ir::Handle<crate::ir::Dim>> {
    let Some(k) = dims.iter().position(|&d| d == rec.scan) else {
        return dims.to_vec();
    };
    let mut v: Vec<_> = dims.iter().copied().filter(|&d| d != rec.scan).collect();
    v.insert(1.min(v.len()), dims[k]);
    v
}

fn literal(v: Value) -> Result<ast::Expr> {
    let kind = match v {
        Value::Int(i) => ExprKind::Number(i as f64),
        Value::Float(f) => ExprKind::Number(f),
        Value::Bool(b) => ExprKind::Bool(b),
        other => {
            return Err(ModelError::Unsupported(format!(
                "negating {}",
                kind(&other)
            )));
        }
    };
    Ok(ast::Expr { kind, span: 0..0 })
}

/// Loads one parameter: the first key present (with `{i}` substituted); absent when its
/// condition is false or no key is found and there is a fallback / it is conditional.
fn load_param(
    p: &ast::ModelParam,
    layer: Option<i64>,
    ckpt: &Checkpoint,
    json: &serde_json::Value,
    env: &HashMap<String, Value>,
) -> Result<Value> {
    let wanted = match &p.condition {
        Some(c) => config_expr(c, json, env)?.truth("condition")?,
        None => true,
    };
    let fallback = || -> Result<Value> {
        match &p.fallback {
            Some(f) => config_expr(f, json, env),
            None => Ok(Value::Absent),
        }
    };
    if !wanted {
        return fallback();
    }
    let keys: Vec<String> = p
        .keys
        .iter()
        .map(|(k, _)| match layer {
            Some(i) => k.replace("{i}", &i.to_string()),
            None => k.clone(),
        })
        .collect();
    let Some((key, t)) = keys
        .iter()
        .find_map(|k| ckpt.tensors.get(k).map(|t| (k, t)))
    else {
        if p.fallback.is_some() {
            return fallback();
        }
        return Err(ModelError::MissingParam {
            name: p.name.name.clone(),
            keys: keys
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", "),
        });
    };
    let expected: Vec<usize> = p
        .dims
        .iter()
        .map(|d| {
            config_expr(d, json, env)
                .and_then(|v| v.int("dimension"))
                .map(|v| v as usize)
        })
        .collect::<Result<_>>()?;
    ckpt.used.borrow_mut().insert(key.clone());
    if t.shape != expected {
        return Err(ModelError::ParamShape {
            key: key.clone(),
            expected,
            actual: t.shape.clone(),
        });
    }
    Ok(Value::Tensor(Rc::new(t.clone())))
}
