//! Values of a model: config numbers, booleans, strings, lists and tensors.

use crate::{ModelError, Result};

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
    pub(crate) fn int(&self, what: &str) -> Result<i64> {
        match self {
            Value::Int(v) => Ok(*v),
            Value::Float(f) if f.fract() == 0.0 => Ok(*f as i64),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected an integer, got {}", kind(other)),
            }),
        }
    }

    /// A count or a size: an integer in `0..=max`; `what` names it in the error.
    pub(crate) fn count(&self, what: &str, max: usize) -> Result<usize> {
        let v = self.int(what)?;
        usize::try_from(v)
            .ok()
            .filter(|&n| n <= max)
            .ok_or_else(|| ModelError::Shape {
                op: what.into(),
                detail: format!("{v} is out of range; it must be between 0 and {max}"),
            })
    }

    pub(crate) fn float(&self, what: &str) -> Result<f64> {
        match self {
            Value::Int(v) => Ok(*v as f64),
            Value::Float(f) => Ok(*f),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected a number, got {}", kind(other)),
            }),
        }
    }

    pub(crate) fn truth(&self, what: &str) -> Result<bool> {
        match self {
            Value::Bool(b) => Ok(*b),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected a boolean, got {}", kind(other)),
            }),
        }
    }

    pub(crate) fn tensor(&self, what: &str) -> Result<T> {
        match self {
            Value::Tensor(t) => Ok(t.clone()),
            other => Err(ModelError::Shape {
                op: what.into(),
                detail: format!("expected a tensor, got {}", kind(other)),
            }),
        }
    }
}

pub(crate) fn kind<T>(v: &Value<T>) -> &'static str {
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
