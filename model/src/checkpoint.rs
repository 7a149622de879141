//! Checkpoints: safetensors files (one, or shards through an index), read with progress,
//! and parameters loaded by key (`{i}` substituted per layer) with their shapes checked.

use linrec_compiler::syntax::ast::ModelItem;

use crate::config::config_expr;

use std::collections::HashMap;
use std::path::Path;

use linrec_compiler::ir::CheckedModel;
use linrec_compiler::limits::{MAX_MODEL_DIM, MAX_MODEL_REPEAT, MAX_RANDOM_MODEL_BYTES};
use linrec_compiler::syntax::ast;

use crate::value::Value;
use crate::{HostTensor, ModelError, Result};

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
        // With an index, its `weight_map` says which shard holds each key; it is held to that.
        let mut weight_map: Option<HashMap<String, String>> = None;
        let files: Vec<std::path::PathBuf> = if index.exists() {
            let text =
                crate::files::read_json_text(&index).map_err(|e| io(&index, e.to_string()))?;
            let json: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| io(&index, e.to_string()))?;
            let map = json["weight_map"]
                .as_object()
                .ok_or_else(|| io(&index, "no weight_map".into()))?
                .iter()
                .map(|(k, v)| match v.as_str() {
                    Some(shard) if crate::files::plain_name(shard) => {
                        Ok((k.clone(), shard.to_string()))
                    }
                    Some(shard) => Err(io(
                        &index,
                        format!("shard `{shard}` of `{k}` is not a file name in this folder"),
                    )),
                    None => Err(io(
                        &index,
                        format!("weight_map entry `{k}` is {v}, expected a shard file name"),
                    )),
                })
                .collect::<Result<HashMap<_, _>>>()?;
            let mut shards: Vec<&String> = map.values().collect();
            shards.sort();
            shards.dedup();
            let files = shards.into_iter().map(|s| dir.join(s)).collect();
            weight_map = Some(map);
            files
        } else {
            vec![dir.join("model.safetensors")]
        };
        let mut tensors = HashMap::new();
        for f in files {
            let bytes = read_with_progress(&f).map_err(|e| io(&f, e.to_string()))?;
            for (key, t) in file_tensors(&bytes, &f)? {
                if tensors.contains_key(&key) {
                    return Err(io(
                        &f,
                        format!(
                            "tensor `{key}` is also in an earlier shard; a key may be in one shard only"
                        ),
                    ));
                }
                if let Some(map) = &weight_map {
                    let here = f.file_name().map(|n| n.to_string_lossy().into_owned());
                    match map.get(&key) {
                        Some(shard) if Some(shard) == here.as_ref() => {}
                        Some(shard) => {
                            return Err(io(
                                &f,
                                format!("holds tensor `{key}`, which the index puts in `{shard}`"),
                            ));
                        }
                        None => {
                            return Err(io(
                                &f,
                                format!("holds tensor `{key}`, which the index does not list"),
                            ));
                        }
                    }
                }
                tensors.insert(key, t);
            }
        }
        if let Some(map) = &weight_map {
            let mut missing: Vec<(&String, &String)> = map
                .iter()
                .filter(|(k, _)| !tensors.contains_key(*k))
                .collect();
            missing.sort();
            if let Some((key, shard)) = missing.first() {
                return Err(io(
                    &index,
                    format!(
                        "lists tensor `{key}` in `{shard}`, which does not hold it ({} such keys)",
                        missing.len()
                    ),
                ));
            }
        }
        Ok(Checkpoint {
            tensors,
            used: Default::default(),
        })
    }

    /// The checkpoint of one safetensors file's bytes (`path` names it in errors).
    pub fn from_safetensors(bytes: &[u8], path: &Path) -> Result<Checkpoint> {
        Ok(Checkpoint::from_tensors(
            file_tensors(bytes, path)?.into_iter().collect(),
        ))
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
        let mut total: usize = 0;
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
                .map(|d| {
                    config_expr(d, json, env).and_then(|v| v.count("dimension", MAX_MODEL_DIM))
                })
                .collect::<Result<_>>()?;
            let max = MAX_RANDOM_MODEL_BYTES / 4;
            let n = shape
                .iter()
                .try_fold(1usize, |a, &d| a.checked_mul(d))
                .and_then(|n| total.checked_add(n).filter(|&t| t <= max).map(|t| (n, t)));
            let Some((n, t)) = n else {
                return Err(ModelError::Shape {
                    op: format!("parameter `{}` of shape {shape:?}", p.name.name),
                    detail: format!(
                        "the random parameters would take more than {} GiB; check the config's sizes",
                        MAX_RANDOM_MODEL_BYTES >> 30
                    ),
                });
            };
            total = t;
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
                    let n =
                        config_expr(count, json, &env)?.count("repeat count", MAX_MODEL_REPEAT)?;
                    for i in 0..n as i64 {
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

/// The tensors of one safetensors file's bytes (`path` names it in errors), as f32.
fn file_tensors(bytes: &[u8], path: &Path) -> Result<Vec<(String, HostTensor)>> {
    let io = |message: String| ModelError::Io {
        path: path.display().to_string(),
        message,
    };
    let st = safetensors::SafeTensors::deserialize(bytes).map_err(|e| {
        io(match e {
            safetensors::SafeTensorError::MetadataIncompleteBuffer => {
                incomplete(bytes).unwrap_or_else(|| e.to_string())
            }
            e => e.to_string(),
        })
    })?;
    let mut out = Vec::new();
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
        out.push((key, HostTensor::new(view.shape().to_vec(), data)));
    }
    Ok(out)
}

/// Why a safetensors file's data does not match its header: the first tensor cut off (a
/// truncated download), or the bytes past the last tensor. `None` if the header is unreadable.
fn incomplete(bytes: &[u8]) -> Option<String> {
    let n = usize::try_from(u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?)).ok()?;
    let header: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(bytes.get(8..8usize.checked_add(n)?)?).ok()?;
    let held = bytes.len() - 8 - n;
    let mut spans: Vec<(u64, u64, &str)> = header
        .iter()
        .filter(|(k, _)| k.as_str() != "__metadata__")
        .filter_map(|(k, v)| {
            let o = v.get("data_offsets")?.as_array()?;
            Some((o.first()?.as_u64()?, o.get(1)?.as_u64()?, k.as_str()))
        })
        .collect();
    spans.sort();
    let end = spans.iter().map(|s| s.1).max().unwrap_or(0);
    match spans.iter().find(|s| s.1 > held as u64) {
        Some((start, stop, key)) => Some(format!(
            "the file is truncated: tensor `{key}` needs data bytes {start}..{stop}, the file \
             holds {held} (download it again)"
        )),
        None => Some(format!(
            "{} bytes follow the last tensor's data (which ends at {end}); the file is not one \
             safetensors file",
            held as u64 - end
        )),
    }
}

/// Reads a file, with a progress bar on a terminal when it is large.
pub(crate) fn read_with_progress(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let len = crate::files::regular(path, u64::MAX)?;
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

/// A parameter as loaded: a checkpoint tensor, or a value (its fallback, or absent).
pub(crate) enum Loaded<T> {
    Tensor(HostTensor),
    Value(Value<T>),
}

/// Loads one parameter: the first key present (with `{i}` substituted); absent when its
/// condition is false or no key is found and there is a fallback / it is conditional.
pub(crate) fn load_param<T: Clone>(
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
        .map(|d| config_expr(d, json, env).and_then(|v| v.count("dimension", MAX_MODEL_DIM)))
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
