//! Errors of loading or running a model: each names the key, tensor or shape involved.

use linrec_compiler::interp::InterpError;

/// Errors of loading or running a model: each names the key, tensor or shape involved.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read `{path}`: {message}")]
    Io { path: String, message: String },
    #[error("the config file has no `{key}` and the spec gives no default")]
    ConfigKey { key: String },
    #[error("config value `{key}` is {found}, expected {expected}")]
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
    #[error("{what} must be {allowed}, not {value}")]
    Setting {
        what: &'static str,
        allowed: &'static str,
        value: String,
    },
    #[error(
        "the logits of sequence {sequence} hold {count} non-finite values: the weights or the inputs hold NaN or inf (or a config value such as the epsilon is out of range)"
    )]
    NonFinite { sequence: usize, count: usize },
}

pub type Result<T> = std::result::Result<T, ModelError>;
