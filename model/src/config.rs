//! Config values: the `config` block evaluated against `config.json` (integers stay
//! integral), the integer values `linrec run` fixes summed dims with.

use linrec_compiler::syntax::ast::ModelItem;

use std::collections::HashMap;
use std::path::Path;

use linrec_compiler::ir::CheckedModel;
use linrec_compiler::syntax::ast::{self, BinaryOp, ExprKind, UnaryOp};

use crate::value::{Value, kind};
use crate::{ModelError, Result};

/// Evaluates a config-level expression (config values, arithmetic, `int("key", …)` reads).
pub(crate) fn config_expr<T: Clone>(
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

pub(crate) fn from_json<T>(key: &str, ty: &str, v: &serde_json::Value) -> Result<Value<T>> {
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

pub(crate) fn scalar_binary<T: Clone>(op: BinaryOp, a: Value<T>, b: Value<T>) -> Result<Value<T>> {
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

pub(crate) fn literal<T>(v: Value<T>) -> Result<ast::Expr> {
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

/// The file a model's `config "file" { … }` names (`config.json` when it names none).
pub fn config_file(model: &CheckedModel) -> &str {
    model
        .syntax
        .items
        .iter()
        .find_map(|i| match i {
            ModelItem::Config {
                file: Some((f, _)), ..
            } => Some(f.as_str()),
            _ => None,
        })
        .unwrap_or("config.json")
}

/// Reads the model's config file ([`config_file`]) from the checkpoint folder `dir`.
pub fn read_config(model: &CheckedModel, dir: &Path) -> Result<serde_json::Value> {
    let cfg_path = dir.join(config_file(model));
    let text = crate::files::read_json_text(&cfg_path).map_err(|e| ModelError::Io {
        path: cfg_path.display().to_string(),
        message: e.to_string(),
    })?;
    serde_json::from_str(&text).map_err(|e| ModelError::Io {
        path: cfg_path.display().to_string(),
        message: e.to_string(),
    })
}
