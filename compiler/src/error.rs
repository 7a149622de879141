//! Every user-facing error of the compiler, as data: variants carry spans and names, never
//! preformatted text. `diagnostics.rs` turns them into rendered diagnostics in one place.

pub use crate::syntax::SyntaxError;
use crate::syntax::ast::Span;

/// Any error a source file can cause.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    #[error("syntax error")]
    Syntax(Box<SyntaxError>),
    #[error("{0:?}")]
    Check(Box<CheckError>),
    #[error("{0:?}")]
    Derive(Box<DeriveError>),
}

impl From<DeriveError> for Error {
    fn from(e: DeriveError) -> Self {
        Error::Derive(Box::new(e))
    }
}

/// Why an update is not linear in its state.
#[derive(Debug, Clone, PartialEq)]
pub enum NonLinearReason {
    /// `h · h` (or any product of two state-dependent values).
    StateTimesState,
    /// `exp(h)`, `pow(h, 2)`, `max(h, 0)`, …
    FunctionOfState { function: String },
    /// `x / h`.
    StateInDenominator,
    /// `sum(n, … h …)` over a dim of the state: elements are mixed, not scaled.
    MixesElements { dim: String },
    /// The update reads another state that does not have its dims (in the same order).
    ReadsOtherState { other: String },
}

/// Errors of the derivation stage.
#[derive(Debug, Clone, PartialEq)]
pub enum DeriveError {
    NonLinear {
        state: String,
        reason: NonLinearReason,
        span: Span,
        /// The states the offending value depends on (`state` itself, or states it reads).
        on: Vec<String>,
    },
    /// A coupled group of more states than a matrix combine is worth (reported at the update
    /// of its last state).
    TooManyCoupled {
        states: Vec<String>,
        max: usize,
        span: Span,
    },
    /// A state linear over (max, +) in a coupled group (read by, or reading, another state at
    /// its point): a group scans as one matrix over (×, +).
    CoupledMaxPlus {
        state: String,
        states: Vec<String>,
        span: Span,
    },
}

impl From<CheckError> for Error {
    fn from(e: CheckError) -> Self {
        Error::Check(Box::new(e))
    }
}

impl From<SyntaxError> for Error {
    fn from(e: SyntaxError) -> Self {
        Error::Syntax(Box::new(e))
    }
}

/// What an assignment's right-hand side feeds: a state update or an output equation.
/// Why a shifted index (`x[b, t - 1]`) is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shift {
    /// A shift of an index other than the scan's.
    OtherIndex,
    /// A read ahead of the scan (`t + 1` in a forward scan); `back` is the lag's form.
    Ahead { back: String },
    /// A lag longer than the limit.
    TooFar { max: usize },
    /// A shift that is not a whole number of steps.
    NotWhole,
    /// A lagged read of a `let` (only inputs are read at earlier steps).
    NotInput,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    State,
    Output,
}

/// The kind of name a lookup wanted, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Value,
    Dim,
    Recurrence,
}

/// Semantic errors found by `check`.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckError {
    UnknownName {
        name: String,
        span: Span,
        kind: NameKind,
        suggestion: Option<String>,
    },
    UnknownDType {
        name: String,
        span: Span,
    },
    UnknownFunction {
        name: String,
        span: Span,
        suggestion: Option<String>,
    },
    WrongArity {
        func: String,
        expected: usize,
        found: usize,
        span: Span,
    },
    Duplicate {
        name: String,
        span: Span,
        first: Span,
    },
    MissingScan {
        recurrence: String,
        span: Span,
    },
    DuplicateScan {
        span: Span,
        first: Span,
    },
    ScanDimUnknown {
        dim: String,
        span: Span,
    },
    ScanDirection {
        word: String,
        span: Span,
    },
    /// The scan dim's size used as a value (a decoding step has no length).
    ScanSizeAsValue {
        dim: String,
        span: Span,
    },
    DimNotDeclared {
        dim: String,
        span: Span,
    },
    DimNotName {
        span: Span,
    },
    IndexCount {
        tensor: String,
        expected: usize,
        found: usize,
        span: Span,
        decl: Span,
    },
    IndexMismatch {
        tensor: String,
        position: usize,
        expected: String,
        found: String,
        dim: String,
        span: Span,
        decl: Span,
    },
    UnknownIndex {
        name: String,
        span: Span,
    },
    IndexAsValue {
        name: String,
        dim: String,
        span: Span,
    },
    NotAnIndex {
        func: String,
        span: Span,
    },
    OutputUndefined {
        name: String,
        decl: Span,
    },
    StateNotUpdated {
        name: String,
        decl: Span,
    },
    AssignedTwice {
        name: String,
        span: Span,
        first: Span,
    },
    AssignToInput {
        name: String,
        span: Span,
        decl: Span,
    },
    AssignToLet {
        name: String,
        span: Span,
        decl: Span,
    },
    LetCycle {
        names: Vec<String>,
        span: Span,
        others: Vec<Span>,
    },
    /// A `let` whose value, with the lets it uses substituted, is deeper than the stages
    /// after the checker may walk.
    TooDeep {
        name: String,
        depth: usize,
        limit: usize,
        span: Span,
    },
    ExtraDims {
        target: String,
        role: Target,
        extra: Vec<(String, String)>,
        span: Span,
        decl: Span,
    },
    SumOverAbsentDim {
        index: String,
        dim: String,
        span: Span,
    },
    SumOverScan {
        index: String,
        span: Span,
    },
    StateInitShape {
        state: String,
        init: String,
        state_dims: String,
        init_dims: String,
        span: Span,
        decl: Span,
    },
    StateInitInvalid {
        state: String,
        span: Span,
    },
    FinalReadsSequence {
        output: String,
        scan_dim: String,
        span: Span,
    },
    StateHasScanDim {
        state: String,
        scan_dim: String,
        span: Span,
    },
    NoState {
        recurrence: String,
        span: Span,
    },
    IndexClash {
        index: String,
        first_dim: String,
        second_dim: String,
        span: Span,
        first: Span,
    },
    NotInRecurrence {
        what: &'static str,
        span: Span,
    },
    /// The scan position read as a value in a reverse scan.
    PositionInReverse {
        index: String,
        span: Span,
    },
    /// A complex value where linrec takes only real ones (or a complex operation it lacks).
    ComplexUnsupported {
        what: &'static str,
        span: Span,
    },
    /// A lagged input read inside a sum over a dim the updated state lacks.
    LagInSum {
        input: String,
        dim: String,
        index: String,
        span: Span,
    },
    /// A tensor read at an index shifted by a number that is not a lag linrec takes (inputs
    /// at `t - k` in a forward scan, `t + k` in a reverse one, 1 ≤ k ≤ [`crate::limits::MAX_LAG`]).
    ShiftedIndex {
        index: String,
        shift: String,
        why: Shift,
        span: Span,
    },
    BadRange {
        name: String,
        span: Span,
    },
    OptionalReadInBody {
        name: String,
        span: Span,
        decl: Span,
    },
    TooManyDims {
        span: Span,
    },
    ReadOutput {
        name: String,
        span: Span,
    },
    UnknownKeyword {
        func: String,
        key: String,
        span: Span,
        suggestion: Option<String>,
    },
    MissingArgument {
        func: String,
        arg: String,
        span: Span,
    },
    // ---- models
    ModelNeedsForward {
        model: String,
        span: Span,
    },
    RepeatVarMisuse {
        name: String,
        span: Span,
    },
    /// A tensor or `let` named like an index (`let t = …` under `scan t over L`).
    ShadowsIndex {
        name: String,
        dim: String,
        scan: bool,
        span: Span,
    },
    /// Constants that fold to infinity or NaN (`1 / 0`, `exp(1000)`, `log(-1)`).
    NonFiniteConstant {
        value: f64,
        span: Span,
    },
    /// A model's `config "file"` that is not a relative path inside the checkpoint folder.
    ConfigFile {
        file: String,
        span: Span,
    },
}
