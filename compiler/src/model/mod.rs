//! The executor of `model` blocks: config values (from `config.json`), parameters (from
//! safetensors checkpoints, keys with `{i}` substituted) and the forward, over a [`Backend`]
//! that owns tensors and layer operations. [`Cpu`] (f32 layer ops, recurrences through the
//! float64 interpreter) is the reference; the runtime crate has the GPU backend. Generation
//! prefills, then decodes one token at a time with carried state (causal-conv windows and
//! recurrence states), replaying a captured graph where the backend has them.
//!
//! Layout convention: model activations are sequence-major, `[batch, seq, features…]`. A
//! recurrence argument with the scan dim is passed in its declared order with the scan dim
//! moved to position 1 (`u: f32[B, D, L]` takes a `[B, L, D]` value), and per-step outputs
//! come back the same way.

mod cpu;
pub mod npy;
mod ops;

use std::collections::HashMap;
use std::path::Path;

use crate::check::model::CheckedModel;
use crate::derive::Derived;
use crate::interp::{InterpError, Sizes};
use crate::ir::{BinaryFn, OutputKind, UnaryFn};
use crate::syntax::ast::{self, BinaryOp, ExprKind, ModelItem, ModelStmt, UnaryOp};

pub use cpu::Cpu;
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
    #[error("{0} is not supported by this executor")]
    Unsupported(String),
    #[error("device: {0}")]
    Device(String),
    #[error("recurrence `{name}`: {source}")]
    Recurrence { name: String, source: InterpError },
}

pub type Result<T> = std::result::Result<T, ModelError>;

/// A value of the model language, with tensors of type `T` (a backend's).
#[derive(Debug, Clone)]
pub enum Value<T> {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    Tensor(T),
    Tuple(Vec<Value<T>>),
    List(Vec<Value<T>>),
    /// An optional parameter the checkpoint does not have (e.g. a bias).
    Absent,
}

impl<T: Clone> Value<T> {
    fn int(&self, what: &str) -> Result<i64> {
        match self {
            Value::Int(v) => Ok(*v),
            Value::Float(f) if f.fract() == 0.0 => Ok(*f as i64),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected an integer, got {}", kind(other)),
            }),
        }
    }

    fn float(&self, what: &str) -> Result<f64> {
        match self {
            Value::Int(v) => Ok(*v as f64),
            Value::Float(f) => Ok(*f),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected a number, got {}", kind(other)),
            }),
        }
    }

    fn truth(&self, what: &str) -> Result<bool> {
        match self {
            Value::Bool(b) => Ok(*b),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected a boolean, got {}", kind(other)),
            }),
        }
    }

    fn tensor(&self, what: &str) -> Result<T> {
        match self {
            Value::Tensor(t) => Ok(t.clone()),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected a tensor, got {}", kind(other)),
            }),
        }
    }
}

fn kind<T>(v: &Value<T>) -> &'static str {
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
            let bytes = read_with_progress(&f).map_err(|e| io(&f, e.to_string()))?;
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

    /// Elements of every tensor, and of the matrices among them (rank 2: GEMM weights).
    pub fn sizes(&self) -> (usize, usize) {
        let all = self.tensors.values().map(|t| t.data.len()).sum();
        let matrices = self
            .tensors
            .values()
            .filter(|t| t.shape.len() == 2)
            .map(|t| t.data.len())
            .sum();
        (all, matrices)
    }

    /// A checkpoint of the given tensors.
    pub fn from_tensors(tensors: HashMap<String, HostTensor>) -> Checkpoint {
        Checkpoint {
            tensors,
            used: Default::default(),
        }
    }

    /// Random values for every parameter `model` loads under `json`'s config (the first key
    /// of each, `{i}` substituted; none for a parameter its condition leaves out): a
    /// checkpoint of a model's shape for benchmarks. Matrices are uniform in ±1/√fan-in,
    /// vectors in [0.5, 1.5].
    pub fn random(model: &CheckedModel, json: &serde_json::Value, seed: u64) -> Result<Checkpoint> {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let mut env: HashMap<String, Value<()>> = HashMap::new();
        let mut tensors = HashMap::new();
        let mut add = |p: &ast::ModelParam,
                       layer: Option<i64>,
                       env: &HashMap<String, Value<()>>|
         -> Result<()> {
            let wanted = match &p.condition {
                Some(c) => config_expr(c, json, env)?.truth("condition")?,
                None => true,
            };
            let Some((key, _)) = p.keys.first().filter(|_| wanted) else {
                return Ok(());
            };
            let key = match layer {
                Some(i) => key.replace("{i}", &i.to_string()),
                None => key.clone(),
            };
            let shape: Vec<usize> = p
                .dims
                .iter()
                .map(|d| config_expr(d, json, env).and_then(|v| v.int("dimension")))
                .map(|v| v.map(|v| v as usize))
                .collect::<Result<_>>()?;
            let n: usize = shape.iter().product();
            let data: Vec<f32> = if shape.len() >= 2 {
                let s = 1.0 / (*shape.last().expect("rank ≥ 2") as f32).sqrt();
                (0..n).map(|_| rng.random_range(-s..s)).collect()
            } else {
                (0..n).map(|_| rng.random_range(0.5..1.5)).collect()
            };
            tensors.insert(key, HostTensor::new(shape, data));
            Ok(())
        };
        for item in &model.syntax.items {
            match item {
                ModelItem::Config { entries, .. } => {
                    for e in entries {
                        let v = config_expr(&e.value, json, &env)?;
                        env.insert(e.name.name.clone(), v);
                    }
                }
                ModelItem::Param(p) => add(p, None, &env)?,
                ModelItem::RepeatParams {
                    count, var, params, ..
                } => {
                    let n = config_expr(count, json, &env)?.int("repeat count")?;
                    for i in 0..n {
                        let mut e = env.clone();
                        e.insert(var.name.clone(), Value::Int(i));
                        for p in params {
                            add(p, Some(i), &e)?;
                        }
                    }
                }
                ModelItem::Forward { .. } => {}
            }
        }
        Ok(Checkpoint::from_tensors(tensors))
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
#[derive(Debug)]
struct DecodeCache<T> {
    mode: Mode,
    cursor: usize,
    sites: Vec<Vec<Value<T>>>,
}

impl<T> Default for DecodeCache<T> {
    fn default() -> Self {
        DecodeCache {
            mode: Mode::Off,
            cursor: 0,
            sites: Vec::new(),
        }
    }
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
fn config_expr<T: Clone>(
    e: &ast::Expr,
    json: &serde_json::Value,
    env: &HashMap<String, Value<T>>,
) -> Result<Value<T>> {
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

fn from_json<T>(key: &str, ty: &str, v: &serde_json::Value) -> Result<Value<T>> {
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

fn scalar_binary<T: Clone>(op: BinaryOp, a: Value<T>, b: Value<T>) -> Result<Value<T>> {
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

/// What an executor needs from a device: tensors and the layer operations on them. The CPU
/// backend ([`Cpu`]) is the reference; the GPU backend lives in the runtime crate.
pub trait Backend {
    /// A tensor handle, cheap to clone (shared storage).
    type Tensor: Clone + std::fmt::Debug;

    fn shape(t: &Self::Tensor) -> Vec<usize>;
    /// A checkpoint parameter, moved to the device.
    fn param(&self, t: HostTensor) -> Result<Self::Tensor>;
    /// Token ids `[batch, seq]`.
    fn ids(&self, ids: &[Vec<u32>]) -> Result<Self::Tensor>;
    fn embedding(&self, table: &Self::Tensor, ids: &Self::Tensor) -> Result<Self::Tensor>;
    fn rmsnorm(&self, x: &Self::Tensor, w: &Self::Tensor, eps: f64) -> Result<Self::Tensor>;
    fn linear(
        &self,
        x: &Self::Tensor,
        w: &Self::Tensor,
        b: Option<&Self::Tensor>,
    ) -> Result<Self::Tensor>;
    /// `add + linear(x, w, b)` (a residual connection): one fused operation where the
    /// backend has one.
    fn linear_add(
        &self,
        x: &Self::Tensor,
        w: &Self::Tensor,
        b: Option<&Self::Tensor>,
        add: &Self::Tensor,
    ) -> Result<Self::Tensor> {
        let y = self.linear(x, w, b)?;
        self.binary(BinaryFn::Add, Operand::Tensor(add), Operand::Tensor(&y))
    }
    fn split(&self, x: &Self::Tensor, sizes: &[usize], dim: i64) -> Result<Vec<Self::Tensor>>;
    fn unary(&self, f: UnaryFn, x: &Self::Tensor) -> Result<Self::Tensor>;
    fn binary(
        &self,
        op: BinaryFn,
        a: Operand<'_, Self::Tensor>,
        b: Operand<'_, Self::Tensor>,
    ) -> Result<Self::Tensor>;
    /// Causal depthwise convolution of `x [B, L, C]` continuing from `prev [B, K − 1, C]`
    /// (the inputs before position 0; zeros when absent), `act` applied to the result.
    /// Returns the output and, when `keep`, the new window (the last K − 1 inputs; it may
    /// reuse `prev`'s storage).
    #[allow(clippy::too_many_arguments)]
    fn conv1d_causal(
        &self,
        x: &Self::Tensor,
        w: &Self::Tensor,
        b: Option<&Self::Tensor>,
        prev: Option<&Self::Tensor>,
        keep: bool,
        act: Option<UnaryFn>,
    ) -> Result<(Self::Tensor, Option<Self::Tensor>)>;
    /// Runs recurrence `d`: `inputs` in declared order, each in model order (see the module
    /// docs); per-step outputs come back in model order, final ones in declared order.
    /// `step`: a single decoding step (L = 1) from the initial states given as inputs;
    /// the backend may update those states in place and return them as the final outputs.
    fn recurrence(
        &self,
        d: &Derived,
        sizes: &Sizes,
        inputs: Vec<Option<Self::Tensor>>,
        step: bool,
    ) -> Result<Vec<Self::Tensor>>;
    fn to_host(&self, t: &Self::Tensor) -> Result<HostTensor>;
    /// The last position of `[batch, seq, features]` as `[batch, features]`, on the host.
    fn last_rows(&self, t: &Self::Tensor) -> Result<HostTensor> {
        let h = self.to_host(t)?;
        let [b, l, f] = h.shape[..] else {
            return Err(ModelError::Shape {
                op: "logits".into(),
                detail: format!("expected [batch, seq, vocab], got {:?}", h.shape),
            });
        };
        let mut data = Vec::with_capacity(b * f);
        for bi in 0..b {
            data.extend_from_slice(&h.data[(bi * l + l - 1) * f..(bi * l + l) * f]);
        }
        Ok(HostTensor::new(vec![b, f], data))
    }
    /// The index of the largest value of the last position of each row of `[batch, seq,
    /// vocab]` (the first on ties), where the backend computes it itself (greedy decoding
    /// then copies one id per sequence instead of its logits).
    fn argmax_last(&self, t: &Self::Tensor) -> Result<Option<Vec<u32>>> {
        let _ = t;
        Ok(None)
    }
    /// Records one decoding step (`f`) as a replayable graph without running it; returns its
    /// output, or `None` where the backend has no graphs (the caller then runs eagerly).
    /// With `greedy`, the graph also picks each sequence's next token (as
    /// [`Backend::argmax_last`]) and feeds it to its own next replay.
    fn capture(
        &self,
        f: &mut dyn FnMut() -> Result<Self::Tensor>,
        greedy: bool,
    ) -> Result<Option<Self::Tensor>> {
        let _ = (f, greedy);
        Ok(None)
    }
    /// Why decoding ran without a graph after a capture was asked for, if it did.
    fn graph_note(&self) -> Option<String> {
        None
    }
    /// Runs the captured step on token ids (one per sequence); a greedy graph returns the
    /// tokens it picked.
    fn replay(&self, ids: &[Vec<u32>]) -> Result<Option<Vec<u32>>> {
        let _ = ids;
        Err(ModelError::Unsupported("graph replay".into()))
    }
}

/// An operand of an elementwise binary operation.
#[derive(Debug, Clone, Copy)]
pub enum Operand<'a, T> {
    Tensor(&'a T),
    Scalar(f32),
}

/// Reads a file, with a progress bar on a terminal when it is large.
fn read_with_progress(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let len = std::fs::metadata(path)?.len();
    if len < 256 << 20 {
        return std::fs::read(path);
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{msg} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec})",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(
        path.file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default(),
    );
    let mut f = std::fs::File::open(path)?;
    let mut bytes = Vec::with_capacity(len as usize);
    let mut chunk = vec![0u8; 16 << 20];
    loop {
        let n = f.read(&mut chunk)?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&chunk[..n]);
        bar.inc(n as u64);
    }
    bar.finish_and_clear();
    Ok(bytes)
}

/// A parameter-only subexpression: its source span and the loop indices in scope.
type StaticKey = (usize, usize, Vec<i64>);

/// A model with its config evaluated and its parameters loaded onto a backend.
#[derive(Debug)]
pub struct Model<B: Backend> {
    pub backend: B,
    model: ast::Model,
    recurrences: Vec<Derived>,
    /// Config values and top-level parameters.
    globals: HashMap<String, Value<B::Tensor>>,
    /// Per-layer parameters: name → one value per layer.
    layers: HashMap<String, Vec<Value<B::Tensor>>>,
    /// Checkpoint keys the model does not use (reported, not an error).
    pub unused_keys: Vec<String>,
    /// Decoding: the state each stateful call site (causal conv, recurrence) carries between
    /// calls, in the order the forward visits them.
    cache: std::cell::RefCell<DecodeCache<B::Tensor>>,
    /// Values of the forward's parameter-only subexpressions (e.g. `-exp(A_log[i])`),
    /// computed once: by source span and the layer indices they were evaluated at.
    statics: std::cell::RefCell<HashMap<StaticKey, Value<B::Tensor>>>,
    /// Source spans of the forward's computed subexpressions that read parameters and config
    /// only (found once, at load), and the forward's loop variables.
    static_spans: std::collections::HashSet<(usize, usize)>,
    loop_vars: Vec<String>,
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

/// A generation's tokens and timings.
#[derive(Debug, Clone, Default)]
pub struct Generation {
    pub tokens: Vec<Vec<u32>>,
    /// Seconds to the first token's logits (prefill of every prompt).
    pub prefill_secs: f64,
    /// Seconds of the decoding steps, and how many steps ran (each yields one token per
    /// sequence).
    pub decode_secs: f64,
    pub decode_steps: usize,
    /// Whether decoding replayed a captured graph.
    pub graphs: bool,
}

/// The integer config values of `model` under `json`, by name (e.g. `N` = `state_size`):
/// `linrec run` fixes a recurrence's summed dims to the config value of the same name.
pub fn config_ints(
    model: &CheckedModel,
    json: &serde_json::Value,
) -> Result<std::collections::BTreeMap<String, i64>> {
    let mut env: HashMap<String, Value<()>> = HashMap::new();
    let mut out = std::collections::BTreeMap::new();
    for item in &model.syntax.items {
        if let ModelItem::Config { entries, .. } = item {
            for e in entries {
                let v = config_expr(&e.value, json, &env)?;
                if let Value::Int(i) = v {
                    out.insert(e.name.name.clone(), i);
                }
                env.insert(e.name.name.clone(), v);
            }
        }
    }
    Ok(out)
}

/// Reads `dir/config.json`.
pub fn read_config(dir: &Path) -> Result<serde_json::Value> {
    let cfg_path = dir.join("config.json");
    let text = std::fs::read_to_string(&cfg_path).map_err(|e| ModelError::Io {
        path: cfg_path.display().to_string(),
        message: e.to_string(),
    })?;
    serde_json::from_str(&text).map_err(|e| ModelError::Io {
        path: cfg_path.display().to_string(),
        message: e.to_string(),
    })
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
        let json = read_config(dir)?;
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
                    let n = config_expr(count, json, &globals)?.int("repeat count")?;
                    for p in params {
                        let mut vals = Vec::new();
                        for i in 0..n {
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
        self.generate_timed(ids, n, sampling, eos, false)
            .map(|g| g.tokens)
    }

    /// [`Model::generate`] with timings; with `graphs`, the second decoding step is
    /// captured as a graph (where the backend has them) and replayed for the rest.
    pub fn generate_timed(
        &self,
        ids: &[Vec<u32>],
        n: usize,
        sampling: &Sampling,
        eos: Option<u32>,
        graphs: bool,
    ) -> Result<Generation> {
        use rand::SeedableRng;
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(sampling.seed);
        let mut g = Generation {
            tokens: vec![Vec::new(); ids.len()],
            ..Default::default()
        };
        let mut done = vec![false; ids.len()];
        if n == 0 {
            return Ok(g);
        }
        let started = std::time::Instant::now();
        self.set_mode(Mode::Prefill);
        let greedy = sampling.temperature <= 0.0;
        // The next token of every sequence from a forward's output.
        let next_tokens =
            |out: &B::Tensor, rng: &mut rand_chacha::ChaCha8Rng| -> Result<Vec<u32>> {
                if greedy {
                    if let Some(t) = self.backend.argmax_last(out)? {
                        return Ok(t);
                    }
                }
                let rows = self.backend.last_rows(out)?;
                let v = rows.shape[1];
                Ok((0..rows.shape[0])
                    .map(|bi| pick(&rows.data[bi * v..(bi + 1) * v], sampling, rng))
                    .collect())
            };
        let result = (|| -> Result<()> {
            let out = self.forward_on(ids)?;
            let mut toks = next_tokens(&out, &mut rng)?;
            drop(out);
            g.prefill_secs = started.elapsed().as_secs_f64();
            let decode_start = std::time::Instant::now();
            let mut graph: Option<B::Tensor> = None;
            let mut tried = !graphs;
            for step in 0..n {
                let mut next = Vec::new();
                for (bi, o) in g.tokens.iter_mut().enumerate() {
                    let tok = toks[bi];
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
                if graph.is_none() && !tried && step >= 1 {
                    tried = true;
                    graph = self
                        .backend
                        .capture(&mut || self.forward_on(&next), greedy)?;
                    g.graphs = graph.is_some();
                }
                toks = match &graph {
                    Some(out) => match self.backend.replay(&next)? {
                        Some(picked) => picked,
                        None => next_tokens(out, &mut rng)?,
                    },
                    None => {
                        let out = self.forward_on(&next)?;
                        next_tokens(&out, &mut rng)?
                    }
                };
                g.decode_steps += 1;
            }
            g.decode_secs = decode_start.elapsed().as_secs_f64();
            Ok(())
        })();
        self.set_mode(Mode::Off);
        result.map(|()| g)
    }

    fn set_mode(&self, mode: Mode) {
        let mut c = self.cache.borrow_mut();
        if mode == Mode::Prefill || mode == Mode::Off {
            c.sites.clear();
        }
        c.mode = mode;
    }

    /// The next stateful call site: the mode, its kept state, and its index.
    fn site(&self) -> (Mode, Option<Vec<Value<B::Tensor>>>, usize) {
        let mut c = self.cache.borrow_mut();
        let k = c.cursor;
        c.cursor += 1;
        (c.mode, c.sites.get(k).cloned(), k)
    }

    fn keep(&self, site: usize, state: Vec<Value<B::Tensor>>) {
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
                detail: "every prompt of a batch must have the same length".into(),
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

    /// Greedy decoding: `n` new tokens after each prompt (the full forward per token).
    pub fn greedy(&self, ids: &[Vec<u32>], n: usize) -> Result<Vec<Vec<u32>>> {
        let mut seqs: Vec<Vec<u32>> = ids.to_vec();
        for _ in 0..n {
            let out = self.forward_on(&seqs)?;
            let rows = self.backend.last_rows(&out)?;
            let v = rows.shape[1];
            for (bi, s) in seqs.iter_mut().enumerate() {
                s.push(argmax(&rows.data[bi * v..(bi + 1) * v]) as u32);
            }
        }
        Ok(seqs
            .into_iter()
            .zip(ids)
            .map(|(s, p)| s[p.len()..].to_vec())
            .collect())
    }

    fn run(&self, body: &[ModelStmt], env: &mut HashMap<String, Value<B::Tensor>>) -> Result<()> {
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

    fn eval(
        &self,
        e: &ast::Expr,
        env: &HashMap<String, Value<B::Tensor>>,
    ) -> Result<Value<B::Tensor>> {
        if self.static_spans.contains(&(e.span.start, e.span.end)) {
            let key = (
                e.span.start,
                e.span.end,
                self.loop_vars
                    .iter()
                    .filter_map(|v| match env.get(v) {
                        Some(Value::Int(i)) => Some(*i),
                        _ => None,
                    })
                    .collect(),
            );
            if let Some(v) = self.statics.borrow().get(&key) {
                return Ok(v.clone());
            }
            let v = self.eval_uncached(e, env)?;
            if matches!(v, Value::Tensor(_)) {
                self.statics.borrow_mut().insert(key, v.clone());
            }
            return Ok(v);
        }
        self.eval_uncached(e, env)
    }

    fn eval_uncached(
        &self,
        e: &ast::Expr,
        env: &HashMap<String, Value<B::Tensor>>,
    ) -> Result<Value<B::Tensor>> {
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
                Value::Tensor(t) => Ok(Value::Tensor(self.backend.unary(UnaryFn::Neg, &t)?)),
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
            ExprKind::Binary {
                op: BinaryOp::Add,
                lhs,
                rhs,
            } if is_linear_call(rhs) || is_linear_call(lhs) => {
                // `a + linear(x, w, b?)` (a residual connection): one fused operation.
                let (other, lin) = if is_linear_call(rhs) {
                    (lhs, rhs)
                } else {
                    (rhs, lhs)
                };
                let ExprKind::Call { args, .. } = &lin.kind else {
                    unreachable!("checked by is_linear_call")
                };
                let add = self.eval(other, env)?;
                let vals: Vec<Value<B::Tensor>> = args
                    .iter()
                    .map(|a| self.eval(&a.value, env))
                    .collect::<Result<_>>()?;
                match (&add, vals.first(), vals.get(1)) {
                    (Value::Tensor(a), Some(Value::Tensor(x)), Some(Value::Tensor(w))) => {
                        let b = match vals.get(2) {
                            Some(Value::Tensor(b)) => Some(b),
                            _ => None,
                        };
                        Ok(Value::Tensor(self.backend.linear_add(x, w, b, a)?))
                    }
                    _ => self.eval_binary(BinaryOp::Add, add, self.eval(lin, env)?),
                }
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let (a, b) = (self.eval(lhs, env)?, self.eval(rhs, env)?);
                self.eval_binary(*op, a, b)
            }
            ExprKind::Call { func, args } => self.call(func, args, env),
        }
    }

    fn eval_binary(
        &self,
        op: BinaryOp,
        a: Value<B::Tensor>,
        b: Value<B::Tensor>,
    ) -> Result<Value<B::Tensor>> {
        if !matches!(a, Value::Tensor(_)) && !matches!(b, Value::Tensor(_)) {
            return scalar_binary(op, a, b);
        }
        Ok(Value::Tensor(self.backend.binary(
            tensor_op(op)?,
            operand(&a)?,
            operand(&b)?,
        )?))
    }

    fn call(
        &self,
        func: &ast::Ident,
        args: &[ast::Arg],
        env: &HashMap<String, Value<B::Tensor>>,
    ) -> Result<Value<B::Tensor>> {
        if let Some(d) = self.recurrences.iter().find(|d| d.rec.name == func.name) {
            let mut given: HashMap<String, Value<B::Tensor>> = HashMap::new();
            for a in args {
                let key = a.key.as_ref().ok_or_else(|| {
                    ModelError::Unsupported("positional recurrence arguments".into())
                })?;
                given.insert(key.name.clone(), self.eval(&a.value, env)?);
            }
            return self.recurrence(d, &given);
        }
        // An activation applied to a convolution goes to the backend with it (which fuses
        // what its kernels can).
        if let (Some(f), [ast::Arg { key: None, value }]) = (unary_fn(&func.name), args) {
            if let ExprKind::Call {
                func: inner,
                args: conv_args,
            } = &value.kind
            {
                if inner.name == "conv1d_causal" {
                    return self.conv_call(conv_args, env, Some(f));
                }
            }
        }
        if func.name == "conv1d_causal" {
            return self.conv_call(args, env, None);
        }
        let pos: Vec<Value<B::Tensor>> = args
            .iter()
            .filter(|a| a.key.is_none())
            .map(|a| self.eval(&a.value, env))
            .collect::<Result<_>>()?;
        let kw = |k: &str| -> Result<Option<Value<B::Tensor>>> {
            args.iter()
                .find(|a| a.key.as_ref().is_some_and(|x| x.name == k))
                .map(|a| self.eval(&a.value, env))
                .transpose()
        };
        let arg = |k: usize| -> Result<&Value<B::Tensor>> {
            pos.get(k).ok_or_else(|| ModelError::Shape {
                op: func.name.clone(),
                detail: format!("argument {} is missing", k + 1),
            })
        };
        let t = |k: usize| -> Result<B::Tensor> { arg(k)?.tensor(&func.name) };
        let opt = |k: usize| -> Result<Option<B::Tensor>> {
            match pos.get(k) {
                None | Some(Value::Absent) => Ok(None),
                Some(v) => v.tensor(&func.name).map(Some),
            }
        };
        let be = &self.backend;
        if let Some(f) = unary_fn(&func.name) {
            return Ok(Value::Tensor(be.unary(f, &t(0)?)?));
        }
        if let Some(f) = BinaryFn::layer_by_name(&func.name) {
            return Ok(Value::Tensor(be.binary(
                f,
                operand(arg(0)?)?,
                operand(arg(1)?)?,
            )?));
        }
        match func.name.as_str() {
            "embedding" => Ok(Value::Tensor(be.embedding(&t(0)?, &t(1)?)?)),
            "rmsnorm" => Ok(Value::Tensor(be.rmsnorm(
                &t(0)?,
                &t(1)?,
                arg(2)?.float("eps")?,
            )?)),
            "linear" => Ok(Value::Tensor(be.linear(
                &t(0)?,
                &t(1)?,
                opt(2)?.as_ref(),
            )?)),
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
                    be.split(&t(0)?, &sizes, dim)?
                        .into_iter()
                        .map(Value::Tensor)
                        .collect(),
                ))
            }
            "float32" => Ok(arg(0)?.clone()),
            other => Err(ModelError::Unsupported(format!("layer op `{other}`"))),
        }
    }

    /// `conv1d_causal(x, w, b?)`, continuing from the window kept at this call site when
    /// decoding, and keeping the new one.
    fn conv_call(
        &self,
        args: &[ast::Arg],
        env: &HashMap<String, Value<B::Tensor>>,
        act: Option<UnaryFn>,
    ) -> Result<Value<B::Tensor>> {
        let pos: Vec<Value<B::Tensor>> = args
            .iter()
            .filter(|a| a.key.is_none())
            .map(|a| self.eval(&a.value, env))
            .collect::<Result<_>>()?;
        let t = |k: usize| -> Result<B::Tensor> {
            pos.get(k)
                .ok_or_else(|| ModelError::Shape {
                    op: "conv1d_causal".into(),
                    detail: format!("argument {} is missing", k + 1),
                })?
                .tensor("conv1d_causal")
        };
        let bias = match pos.get(2) {
            None | Some(Value::Absent) => None,
            Some(v) => Some(v.tensor("conv1d_causal")?),
        };
        let (mode, kept, site) = self.site();
        let prev = match (mode, kept) {
            (Mode::Step, Some(state)) => Some(state[0].tensor("conv state")?),
            _ => None,
        };
        let (y, window) = self.backend.conv1d_causal(
            &t(0)?,
            &t(1)?,
            bias.as_ref(),
            prev.as_ref(),
            mode != Mode::Off,
            act,
        )?;
        if let Some(w) = window {
            self.keep(site, vec![Value::Tensor(w)]);
        }
        Ok(Value::Tensor(y))
    }

    /// Runs a recurrence, mapping sequence-major model values to its declared layouts and
    /// back. When decoding, each state starts from the value kept at this call site (through
    /// the state's initial-value input) and its final value (the final output that is the
    /// state itself) is kept.
    fn recurrence(
        &self,
        d: &Derived,
        given: &HashMap<String, Value<B::Tensor>>,
    ) -> Result<Value<B::Tensor>> {
        let rec = &d.rec;
        let (mode, kept, site) = self.site();
        let carries = carries(rec);
        if mode != Mode::Off && carries.len() != rec.states.len() {
            return Err(ModelError::Unsupported(format!(
                "decoding through `{}`: every state needs an initial-value input and a final output",
                rec.name
            )));
        }
        let mut given = given.clone();
        let step = matches!((mode, &kept), (Mode::Step, Some(_)));
        if let (Mode::Step, Some(state)) = (mode, kept) {
            for ((i, _), v) in carries.iter().zip(state) {
                given.insert(
                    rec.inputs[crate::ir::Handle::from_index(*i)].name.clone(),
                    v,
                );
            }
        }
        let mut sizes: Vec<Option<usize>> = vec![None; rec.dims.len()];
        let mut inputs: Vec<Option<B::Tensor>> = Vec::new();
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
            // (Initial states have no scan dim: model order is their declared order.)
            let order = model_order(rec, &i.dims);
            let shape = B::shape(&v);
            if shape.len() != order.len() {
                return Err(ModelError::Shape {
                    op: format!("{}({} = …)", rec.name, i.name),
                    detail: format!("expected {} dims, got shape {shape:?}", order.len()),
                });
            }
            for (&dh, &s) in order.iter().zip(&shape) {
                match sizes[dh.index()] {
                    None => sizes[dh.index()] = Some(s),
                    Some(prev) if prev != s => {
                        return Err(ModelError::Shape {
                            op: format!("{}({} = …)", rec.name, i.name),
                            detail: format!(
                                "dimension {} is {s} here but {prev} elsewhere",
                                rec.dims[dh].name
                            ),
                        });
                    }
                    Some(_) => {}
                }
            }
            inputs.push(Some(v));
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
        let values: Vec<Value<B::Tensor>> = self
            .backend
            .recurrence(d, &sizes, inputs, step)?
            .into_iter()
            .map(Value::Tensor)
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

/// Records the spans of the computed subexpressions (operators, calls) of `body` that read
/// no forward-local name and call nothing stateful: their values depend on parameters and
/// config only.
fn mark_static(
    body: &[ModelStmt],
    locals: &std::collections::HashSet<String>,
    stateful: &dyn Fn(&str) -> bool,
    out: &mut std::collections::HashSet<(usize, usize)>,
) {
    fn walk(
        e: &ast::Expr,
        locals: &std::collections::HashSet<String>,
        stateful: &dyn Fn(&str) -> bool,
        out: &mut std::collections::HashSet<(usize, usize)>,
    ) -> bool {
        // Every child is visited (its own static parts are recorded) even after one is not.
        let mut all = |es: &mut dyn Iterator<Item = &ast::Expr>| {
            let mut every = true;
            for x in es {
                every &= walk(x, locals, stateful, out);
            }
            every
        };
        let (is_static, computed) = match &e.kind {
            ExprKind::Number(_) | ExprKind::Bool(_) | ExprKind::Str(_) => (true, false),
            ExprKind::Name(id) => (!locals.contains(&id.name), false),
            ExprKind::Index { indices, .. } => (all(&mut indices.iter()), false),
            ExprKind::List(items) => (all(&mut items.iter()), false),
            ExprKind::Unary { operand, .. } => (all(&mut std::iter::once(&**operand)), true),
            ExprKind::Binary { lhs, rhs, .. } => (all(&mut [&**lhs, &**rhs].into_iter()), true),
            ExprKind::Call { func, args } => {
                let a = all(&mut args.iter().map(|a| &a.value));
                (a && !stateful(&func.name), true)
            }
        };
        if is_static && computed {
            out.insert((e.span.start, e.span.end));
        }
        is_static
    }
    for s in body {
        match s {
            ModelStmt::Bind { value, .. } => {
                walk(value, locals, stateful, out);
            }
            ModelStmt::Repeat { count, body, .. } => {
                walk(count, locals, stateful, out);
                mark_static(body, locals, stateful, out);
            }
        }
    }
}

/// Names bound in a forward body, and its loop variables.
fn collect_bound(
    body: &[ModelStmt],
    names: &mut std::collections::HashSet<String>,
    loops: &mut Vec<String>,
) {
    for s in body {
        match s {
            ModelStmt::Bind { names: ns, .. } => {
                names.extend(ns.iter().map(|n| n.name.clone()));
            }
            ModelStmt::Repeat { var, body, .. } => {
                loops.push(var.name.clone());
                collect_bound(body, names, loops);
            }
        }
    }
}

/// A value as an operand of an elementwise operation.
fn operand<T: Clone>(v: &Value<T>) -> Result<Operand<'_, T>> {
    Ok(match v {
        Value::Tensor(t) => Operand::Tensor(t),
        other => Operand::Scalar(other.float("operand")? as f32),
    })
}

/// Whether `e` is a call of `linear` with positional arguments only.
fn is_linear_call(e: &ast::Expr) -> bool {
    matches!(&e.kind, ExprKind::Call { func, args }
        if func.name == "linear" && (2..=3).contains(&args.len()) && args.iter().all(|a| a.key.is_none()))
}

/// The elementwise builtin of a layer-op name.
fn unary_fn(name: &str) -> Option<UnaryFn> {
    UnaryFn::by_name(name)
}

/// The builtin computing a model operator on tensors (comparisons and logic have none).
fn tensor_op(op: BinaryOp) -> Result<BinaryFn> {
    Ok(match op {
        BinaryOp::Add => BinaryFn::Add,
        BinaryOp::Sub => BinaryFn::Sub,
        BinaryOp::Mul => BinaryFn::Mul,
        BinaryOp::Div => BinaryFn::Div,
        BinaryOp::Pow => BinaryFn::Pow,
        other => {
            return Err(ModelError::Unsupported(format!(
                "`{}` on tensors",
                other.symbol()
            )));
        }
    })
}

/// Per state carried between decoding calls: (its initial-value input, the final output that
/// is the state itself), as indices.
pub fn carries(rec: &crate::ir::Recurrence) -> Vec<(usize, usize)> {
    rec.states
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
        .collect()
}

/// The model-side order of a recurrence tensor's dims: the scan dim moved to position 1.
pub fn model_order(
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

fn literal<T>(v: Value<T>) -> Result<ast::Expr> {
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

/// A parameter as loaded: a checkpoint tensor, or a value (its fallback, or absent).
enum Loaded<T> {
    Tensor(HostTensor),
    Value(Value<T>),
}

/// Loads one parameter: the first key present (with `{i}` substituted); absent when its
/// condition is false or no key is found and there is a fallback / it is conditional.
fn load_param<T: Clone>(
    p: &ast::ModelParam,
    layer: Option<i64>,
    ckpt: &Checkpoint,
    json: &serde_json::Value,
    env: &HashMap<String, Value<T>>,
) -> Result<Loaded<T>> {
    let wanted = match &p.condition {
        Some(c) => config_expr(c, json, env)?.truth("condition")?,
        None => true,
    };
    let fallback = || -> Result<Loaded<T>> {
        match &p.fallback {
            Some(f) => config_expr(f, json, env).map(Loaded::Value),
            None => Ok(Loaded::Value(Value::Absent)),
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
    Ok(Loaded::Tensor(t.clone()))
}
