//! The syntax tree: what the parser produces, with byte spans on every node. No meaning is
//! attached here; `check` resolves names, dimensions and shapes.

use std::ops::Range;

/// A byte range in one source file.
pub type Span = Range<usize>;

/// A name as written, with where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A whole `.lr` file.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Recurrence(Recurrence),
    Model(Model),
}

/// `recurrence name(args) -> (outputs) { body }`
#[derive(Debug, Clone, PartialEq)]
pub struct Recurrence {
    pub name: Ident,
    pub args: Vec<Param>,
    pub outputs: Vec<Param>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `name?: dtype[Dims] in [lo, hi]` — an argument or output declaration.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub optional: bool,
    pub ty: TensorType,
    /// The range random test inputs are drawn from (`in [lo, hi]`).
    pub range: Option<(Expr, Expr)>,
    pub span: Span,
}

/// `dtype[D0, D1, …]`; dims are expressions so the same syntax serves models (`[2 * d_inner]`).
#[derive(Debug, Clone, PartialEq)]
pub struct TensorType {
    pub dtype: Ident,
    pub dims: Vec<Expr>,
    pub span: Span,
}

/// A statement of a recurrence body.
#[derive(Debug, Clone, PartialEq)]
pub enum Stmt {
    /// `scan t over L;`, or `scan t over L reverse;` (`direction`: the word after the dim).
    Scan {
        index: Ident,
        dim: Ident,
        direction: Option<Ident>,
        span: Span,
    },
    /// `state h: f32[B, D, N] = init;`
    State {
        name: Ident,
        ty: TensorType,
        init: Option<Expr>,
        span: Span,
    },
    /// `let name = value;`
    Let {
        name: Ident,
        value: Expr,
        span: Span,
    },
    /// `target[i, j, …] = value;` — a state update or an output equation.
    Assign {
        target: Ident,
        indices: Option<Vec<Ident>>,
        value: Expr,
        span: Span,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Pow => "^",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::And => "&&",
            BinaryOp::Or => "||",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Number(f64),
    Bool(bool),
    Str(String),
    /// A bare name: a let, a state, an index, a config value, a local of a model.
    Name(Ident),
    /// `base[e0, e1, …]`: a tensor read at named indices, or a layer parameter `w[i]`.
    Index {
        base: Ident,
        indices: Vec<Expr>,
    },
    /// `f(a, b, key = c)`.
    Call {
        func: Ident,
        args: Vec<Arg>,
    },
    /// `[a, b, c]` (model split sizes).
    List(Vec<Expr>),
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
}

/// A call argument, positional or `key = value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub key: Option<Ident>,
    pub value: Expr,
}

/// `model name { config { … } param …; repeat n as i { param …; } forward(…) -> (…) { … } }`
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub name: Ident,
    pub items: Vec<ModelItem>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ModelItem {
    /// `config "config.json" { name = expr; … }` — expressions may call `int("key", default)`,
    /// `float(…)`, `bool(…)`, `str(…)` to read the config file.
    Config {
        file: Option<(String, Span)>,
        entries: Vec<ConfigEntry>,
        span: Span,
    },
    /// `param name: [dims] = "key" | "alt.key" if cond else fallback;`
    Param(ModelParam),
    /// `repeat count as i { params }`
    RepeatParams {
        count: Expr,
        var: Ident,
        params: Vec<ModelParam>,
        span: Span,
    },
    /// `forward(inputs) -> (outputs) { statements }`
    Forward {
        inputs: Vec<Param>,
        outputs: Vec<Ident>,
        body: Vec<ModelStmt>,
        span: Span,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConfigEntry {
    pub name: Ident,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModelParam {
    pub name: Ident,
    pub dims: Vec<Expr>,
    /// Checkpoint keys tried in order; `{i}` is replaced by the layer index.
    pub keys: Vec<(String, Span)>,
    /// Present only when this holds (`if use_bias`).
    pub condition: Option<Expr>,
    /// Used when the condition is false or no key is found (`else embedding`).
    pub fallback: Option<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ModelStmt {
    /// `a, b = expr;`
    Bind {
        names: Vec<Ident>,
        value: Expr,
        span: Span,
    },
    /// `repeat count as i { … }`
    Repeat {
        count: Expr,
        var: Ident,
        body: Vec<ModelStmt>,
        span: Span,
    },
}
