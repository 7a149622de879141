//! The checked IR of a recurrence.
//!
//! Invariants (established by `check`, relied on by every later stage):
//! - Every dimension is named once; its index name (`d` for `D`, or the `scan` index for the
//!   scan axis) is unique. Exactly one dimension is the scan axis.
//! - Expressions live in one arena per recurrence, are hash-consed (structurally equal nodes share
//!   a handle: common subexpressions are shared) and are topologically ordered: an operand's
//!   handle is always smaller than its user's.
//! - Every expression has a shape: the set of dimensions it varies along ([`DimSet`]). The scan
//!   dimension is in the set when the value changes from step to step through an input.
//! - A state is never indexed by the scan axis. Its update reads `State(h, Prev)` only; outputs
//!   read `State(h, New)` only. Every state has exactly one update, every output one equation.
//! - An update's shape is within its state's dims plus the scan dim; a per-step output's shape
//!   is within its dims; a final output (no scan dim) reads no per-step input.

pub mod arena;
mod build;
pub mod builtins;
mod print;

pub use arena::{Arena, Handle};
pub use builtins::{BinaryFn, UnaryFn, sigmoid, softplus};
use std::collections::HashMap;
use std::fmt;

use crate::syntax::ast::Span;

/// A named dimension, e.g. `D`, with the index name used to walk it, e.g. `d`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dim {
    pub name: String,
    pub index: String,
}

/// Storage type of a tensor; arithmetic is always f32 on the device and f64 in the interpreter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DType {
    F32,
    BF16,
    F16,
}

impl DType {
    pub fn parse(name: &str) -> Option<DType> {
        match name {
            "f32" => Some(DType::F32),
            "bf16" => Some(DType::BF16),
            "f16" => Some(DType::F16),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            DType::F32 => "f32",
            DType::BF16 => "bf16",
            DType::F16 => "f16",
        }
    }

    pub fn size_bytes(self) -> usize {
        match self {
            DType::F32 => 4,
            DType::BF16 | DType::F16 => 2,
        }
    }
}

impl std::fmt::Display for DType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of dimensions of one recurrence (at most 64), iterated in declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DimSet(u64);

impl DimSet {
    pub const EMPTY: DimSet = DimSet(0);

    pub fn single(d: Handle<Dim>) -> DimSet {
        DimSet(1 << d.index())
    }

    pub fn of(dims: &[Handle<Dim>]) -> DimSet {
        dims.iter().fold(DimSet::EMPTY, |s, &d| s.with(d))
    }

    pub fn with(self, d: Handle<Dim>) -> DimSet {
        DimSet(self.0 | (1 << d.index()))
    }

    pub fn without(self, d: Handle<Dim>) -> DimSet {
        DimSet(self.0 & !(1 << d.index()))
    }

    pub fn contains(self, d: Handle<Dim>) -> bool {
        self.0 & (1 << d.index()) != 0
    }

    pub fn union(self, o: DimSet) -> DimSet {
        DimSet(self.0 | o.0)
    }

    pub fn minus(self, o: DimSet) -> DimSet {
        DimSet(self.0 & !o.0)
    }

    pub fn is_subset(self, o: DimSet) -> bool {
        self.0 & !o.0 == 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn iter(self) -> impl Iterator<Item = Handle<Dim>> {
        (0..64)
            .filter(move |i| self.0 & (1 << i) != 0)
            .map(Handle::from_index)
    }
}

/// Most dims a recurrence may have ([`DimSet`] is a 64-bit mask).
pub const MAX_DIMS: usize = 64;

/// A tensor argument of a recurrence.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    pub name: String,
    pub dtype: DType,
    pub dims: Vec<Handle<Dim>>,
    /// May be left out by the caller (only state initial values); absent means zeros.
    pub optional: bool,
    /// Range random test inputs are drawn from (`in [lo, hi]`; default `[-1, 1]`).
    pub range: (f64, f64),
}

/// The order a recurrence walks its scan axis in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// From the first step to the last (`scan t over L;`).
    #[default]
    Forward,
    /// From the last step to the first (`scan t over L reverse;`): step `k` of the walk is
    /// position `L - 1 - k` of every tensor with the scan dim; final outputs hold the state
    /// after position 0.
    Reverse,
}

impl Direction {
    /// The position along the scan axis of step `step` of the walk (of `len` steps).
    pub fn position(self, step: usize, len: usize) -> usize {
        match self {
            Direction::Forward => step,
            Direction::Reverse => len - 1 - step,
        }
    }

    /// The step whose state a step's update reads, as `explain` writes it.
    pub fn prev_text(self) -> &'static str {
        match self {
            Direction::Forward => "t-1",
            Direction::Reverse => "t+1",
        }
    }

    /// The step walked after this one, as `explain` writes it.
    pub fn next_text(self) -> &'static str {
        match self {
            Direction::Forward => "t+1",
            Direction::Reverse => "t-1",
        }
    }

    /// The walk's first and last steps, as `explain` writes them.
    pub fn ends_text(self) -> (&'static str, &'static str) {
        match self {
            Direction::Forward => ("the first step", "the last step"),
            Direction::Reverse => ("the first step (t = L-1)", "the last step (t = 0)"),
        }
    }

    pub fn keyword(self) -> Option<&'static str> {
        match self {
            Direction::Forward => None,
            Direction::Reverse => Some("reverse"),
        }
    }
}

/// Whether an input changes along the scan (a per-step input) or not (a parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Sequence,
    Parameter,
}

/// Where a state starts.
#[derive(Debug, Clone, PartialEq)]
pub enum StateInit {
    Const(f64),
    Input(Handle<Input>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub name: String,
    pub dtype: DType,
    pub dims: Vec<Handle<Dim>>,
    pub init: StateInit,
    /// The new value, reading `State(_, Prev)`.
    pub update: Handle<Expr>,
    pub origin: StateOrigin,
}

/// Where a state comes from: the spec's `state` statements, or the checker, which adds states
/// for what the language lets a spec read but a step does not hold by itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateOrigin {
    Declared,
    /// A state of a delay line (a lag, `x[b, t - k]`): after step t it holds `of` (an input or a
    /// state) at step t − `back` (in the scan's order).
    Lag {
        of: String,
        back: usize,
    },
    /// The step counter behind the position read as a value (`t`): t + 1 after step t.
    Position,
}

/// Per-step outputs have the scan dim and are written every step; final outputs are written
/// once, after the last step (e.g. the final state).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutputKind {
    PerStep,
    Final,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub name: String,
    pub dtype: DType,
    pub dims: Vec<Handle<Dim>>,
    pub kind: OutputKind,
    pub value: Handle<Expr>,
}

/// Which value of a state an expression reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    /// Before this step's update (`h_{t-1}`), read by updates.
    Prev,
    /// After this step's update (`h_t`), read by outputs.
    New,
}

/// An f64 compared and hashed by its bits, so constants can be interned.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConstBits(u64);

impl ConstBits {
    pub fn new(v: f64) -> Self {
        // -0.0 and 0.0 are the same constant.
        ConstBits(if v == 0.0 { 0 } else { v.to_bits() })
    }
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl fmt::Debug for ConstBits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.get())
    }
}

/// One node of the expression DAG.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Expr {
    Const(ConstBits),
    Input(Handle<Input>),
    State(Handle<State>, When),
    Unary(UnaryFn, Handle<Expr>),
    Binary(BinaryFn, Handle<Expr>, Handle<Expr>),
    /// Sum over one dimension.
    Sum(Handle<Dim>, Handle<Expr>),
    /// The size of a dimension, as a number (reductions of values that do not vary along it).
    DimSize(Handle<Dim>),
    /// The step's position along the scan (0 at the first step), the scan index read as a
    /// value. Decoding takes it from the state that counts the steps (named here), which the
    /// sequence kernels and the interpreter's runs need not read: they know the position.
    /// Constant for the derivations: no gradient flows through it.
    Position(Handle<State>),
    /// Reverse mode: the adjoint of a state at this step, `g_t = ∂loss/∂h_t`.
    Adjoint(Handle<State>),
    /// Reverse mode: the incoming gradient of an output (`dy_t`, or `dF` for a final output).
    OutputGrad(Handle<Output>),
}

/// The expression arena: interned nodes with their shapes.
#[derive(Debug, Clone, Default)]
pub struct Exprs {
    arena: Arena<Expr>,
    shapes: Vec<DimSet>,
    interned: HashMap<Expr, Handle<Expr>>,
}

impl Exprs {
    /// Adds `e` (or finds the equal node already there) with its shape.
    pub fn intern(&mut self, e: Expr, shape: DimSet, span: Span) -> Handle<Expr> {
        if let Some(&h) = self.interned.get(&e) {
            return h;
        }
        let h = self.arena.append(e, span);
        self.shapes.push(shape);
        self.interned.insert(e, h);
        h
    }

    pub fn shape(&self, h: Handle<Expr>) -> DimSet {
        self.shapes[h.index()]
    }

    pub fn span(&self, h: Handle<Expr>) -> Span {
        self.arena.span(h)
    }

    pub fn len(&self) -> usize {
        self.arena.len()
    }

    pub fn is_empty(&self) -> bool {
        self.arena.is_empty()
    }

    pub fn iter(
        &self,
    ) -> impl DoubleEndedIterator<Item = (Handle<Expr>, &Expr)> + ExactSizeIterator {
        self.arena.iter()
    }

    /// The operands of a node.
    pub fn operands(&self, h: Handle<Expr>) -> impl Iterator<Item = Handle<Expr>> {
        let (a, b) = match self[h] {
            Expr::Const(_)
            | Expr::Input(_)
            | Expr::State(..)
            | Expr::DimSize(_)
            | Expr::Position(_)
            | Expr::Adjoint(_)
            | Expr::OutputGrad(_) => (None, None),
            Expr::Unary(_, a) | Expr::Sum(_, a) => (Some(a), None),
            Expr::Binary(_, a, b) => (Some(a), Some(b)),
        };
        a.into_iter().chain(b)
    }
}

impl std::ops::Index<Handle<Expr>> for Exprs {
    type Output = Expr;
    fn index(&self, h: Handle<Expr>) -> &Expr {
        &self.arena[h]
    }
}

/// A `let` binding as written, kept for printing and `explain` (values are shared DAG nodes).
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub name: String,
    pub value: Handle<Expr>,
}

/// A checked recurrence.
#[derive(Debug, Clone)]
pub struct Recurrence {
    pub name: String,
    pub span: Span,
    pub dims: Arena<Dim>,
    pub scan: Handle<Dim>,
    /// The order the scan axis is walked in. Everything past the checker works in walk
    /// steps; only reads and writes of tensors with the scan dim map steps to positions.
    pub direction: Direction,
    pub inputs: Arena<Input>,
    pub states: Arena<State>,
    pub outputs: Arena<Output>,
    pub exprs: Exprs,
    pub bindings: Vec<Binding>,
}

impl Recurrence {
    pub fn role(&self, input: Handle<Input>) -> Role {
        if self.inputs[input].dims.contains(&self.scan) {
            Role::Sequence
        } else {
            Role::Parameter
        }
    }

    pub fn dim_by_name(&self, name: &str) -> Option<Handle<Dim>> {
        self.dims
            .iter()
            .find(|(_, d)| d.name == name)
            .map(|(h, _)| h)
    }

    pub fn input_by_name(&self, name: &str) -> Option<Handle<Input>> {
        self.inputs
            .iter()
            .find(|(_, i)| i.name == name)
            .map(|(h, _)| h)
    }

    pub fn output_by_name(&self, name: &str) -> Option<Handle<Output>> {
        self.outputs
            .iter()
            .find(|(_, o)| o.name == name)
            .map(|(h, _)| h)
    }

    /// Per expression (by handle index): whether its value is the same at every step — no
    /// scan dim, no state, no incoming gradient — so it can be computed once.
    pub fn step_invariant(&self) -> Vec<bool> {
        let mut invariant = vec![false; self.exprs.len()];
        for (h, e) in self.exprs.iter() {
            invariant[h.index()] = match *e {
                Expr::Const(_) | Expr::DimSize(_) => true,
                Expr::Input(_) => !self.exprs.shape(h).contains(self.scan),
                Expr::State(..) | Expr::Position(_) | Expr::Adjoint(_) | Expr::OutputGrad(_) => {
                    false
                }
                _ => self.exprs.operands(h).all(|o| invariant[o.index()]),
            };
        }
        invariant
    }

    /// The dims of a tensor as names, e.g. `[B, D, L]`.
    pub fn dims_text(&self, dims: &[Handle<Dim>]) -> String {
        let names: Vec<&str> = dims.iter().map(|&d| self.dims[d].name.as_str()).collect();
        format!("[{}]", names.join(", "))
    }

    /// A dim set as names in declaration order, e.g. `[B, D, N]`.
    pub fn shape_text(&self, s: DimSet) -> String {
        let dims: Vec<Handle<Dim>> = s.iter().collect();
        self.dims_text(&dims)
    }
}

/// A checked file: its recurrences and models.
#[derive(Debug, Clone, Default)]
pub struct Module {
    pub recurrences: Vec<Recurrence>,
    pub models: Vec<CheckedModel>,
}

impl Module {
    pub fn recurrence(&self, name: &str) -> Option<&Recurrence> {
        self.recurrences.iter().find(|r| r.name == name)
    }
}

/// A model whose names all resolve. Its semantics are given by the model executor.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedModel {
    pub name: String,
    pub syntax: crate::syntax::ast::Model,
}
