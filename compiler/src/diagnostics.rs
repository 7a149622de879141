//! The one place where errors become text: each [`Error`] maps to a codespan-reporting
//! diagnostic with a primary label at the offending span, secondary labels where another place
//! explains it, and a note that says what to change.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor};

use crate::error::{
    CheckError, DeriveError, Error, NameKind, NonLinearReason, Shift, SyntaxError, Target,
};
use crate::syntax::lexer::LexError;

fn did_you_mean(s: &Option<String>) -> Vec<String> {
    s.iter().map(|s| format!("did you mean `{s}`?")).collect()
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl Error {
    /// A stable code per kind of error (documented in the README's error table).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Syntax(s) if matches!(**s, SyntaxError::Lex { .. }) => "E001",
            Error::Syntax(s) if matches!(**s, SyntaxError::TooDeep { .. }) => "E003",
            Error::Syntax(_) => "E002",
            Error::Check(c) => c.code(),
            Error::Derive(d) => match **d {
                DeriveError::NonLinear { .. } => "E200",
                DeriveError::TooManyCoupled { .. } => "E201",
                DeriveError::CoupledMaxPlus { .. } => "E202",
            },
        }
    }

    pub fn to_diagnostic(&self) -> Diagnostic<()> {
        let d = match self {
            Error::Syntax(s) => syntax_diagnostic(s),
            Error::Check(c) => check_diagnostic(c),
            Error::Derive(d) => derive_diagnostic(d),
        };
        d.with_code(self.code())
    }
}

/// A character that shows nothing where it stands: spaces other than the ASCII ones,
/// zero-width and format characters, controls.
fn invisible(c: char) -> bool {
    use unicode_width::UnicodeWidthChar;
    c.is_whitespace() || c.is_control() || c.width().is_none_or(|w| w == 0)
}

fn syntax_diagnostic(e: &SyntaxError) -> Diagnostic<()> {
    let expected_note = |expected: &[String]| -> Vec<String> {
        match expected.len() {
            0 => vec![],
            1..=8 => vec![format!("expected one of: {}", expected.join(", "))],
            _ => vec![format!("expected one of: {}, …", expected[..8].join(", "))],
        }
    };
    match e {
        SyntaxError::Lex { kind, span, found } => {
            let (msg, label, note) = match kind {
                LexError::UnexpectedChar => (
                    "unexpected character",
                    "this character starts no token of the language",
                    "remove it; comments start with `//`",
                ),
                LexError::BadNumber => (
                    "number out of range",
                    "this number does not fit a 64-bit float",
                    "write a smaller number",
                ),
                LexError::UnterminatedString => (
                    "unterminated string",
                    "this string has no closing quote on its line",
                    "add a closing `\"`",
                ),
                LexError::UnterminatedComment => (
                    "unterminated block comment",
                    "this comment is never closed",
                    "close it with `*/`",
                ),
            };
            let mut notes = vec![note.to_string()];
            let msg = match found {
                Some((c, before)) if invisible(*c) => {
                    notes.insert(
                        0,
                        match before {
                            Some(b) => format!("it is invisible; it comes right after `{b}`"),
                            None => "it is invisible; it comes before any other text".into(),
                        },
                    );
                    format!("unexpected invisible character U+{:04X}", *c as u32)
                }
                Some((c, _)) => format!("unexpected character `{c}` (U+{:04X})", *c as u32),
                None => msg.to_string(),
            };
            Diagnostic::error()
                .with_message(msg)
                .with_labels(vec![Label::primary((), span.clone()).with_message(label)])
                .with_notes(notes)
        }
        SyntaxError::UnexpectedToken {
            found,
            span,
            expected,
        } => Diagnostic::error()
            .with_message(format!("unexpected {found}"))
            .with_labels(vec![
                Label::primary((), span.clone()).with_message("not expected here"),
            ])
            .with_notes(expected_note(expected)),
        SyntaxError::MissingToken {
            token,
            after,
            found,
            found_span,
        } => Diagnostic::error()
            .with_message(format!("expected `{token}`, found {found}"))
            .with_labels(vec![
                Label::primary((), after.clone()).with_message(format!("add `{token}` after this")),
                Label::secondary((), found_span.clone())
                    .with_message(format!("{found} is not expected here")),
            ])
            .with_notes(vec![format!(
                "insert `{token}` at the end of the previous line or statement"
            )]),
        SyntaxError::UnexpectedEof { span, expected } => Diagnostic::error()
            .with_message("unexpected end of file")
            .with_labels(vec![
                Label::primary((), span.clone()).with_message("the file ends here"),
            ])
            .with_notes(
                expected_note(expected)
                    .into_iter()
                    .chain(["a block may be missing its closing `}` or a statement its `;`".into()])
                    .collect(),
            ),
        SyntaxError::TooDeep { span, depth, limit } => Diagnostic::error()
            .with_message(format!(
                "expression {depth} levels deep; linrec walks at most {limit}"
            ))
            .with_labels(vec![
                Label::primary((), span.clone()).with_message("this expression"),
            ])
            .with_notes(vec![
                "a written-out chain of n terms is n levels deep: write a sum over a dimension with `sum(n, …)`, or shorten the chain".into(),
            ]),
    }
}

impl CheckError {
    pub fn code(&self) -> &'static str {
        use CheckError::*;
        match self {
            UnknownName { .. } => "E100",
            UnknownDType { .. } => "E101",
            UnknownFunction { .. } => "E102",
            WrongArity { .. } => "E103",
            Duplicate { .. } => "E104",
            MissingScan { .. } => "E105",
            DuplicateScan { .. } => "E106",
            ScanDimUnknown { .. } => "E107",
            ScanDirection { .. } => "E145",
            ScanSizeAsValue { .. } => "E146",
            DimNotDeclared { .. } => "E108",
            DimNotName { .. } => "E109",
            IndexCount { .. } => "E110",
            IndexMismatch { .. } => "E111",
            UnknownIndex { .. } => "E112",
            IndexAsValue { .. } => "E113",
            NotAnIndex { .. } => "E114",
            OutputUndefined { .. } => "E115",
            StateNotUpdated { .. } => "E116",
            AssignedTwice { .. } => "E117",
            AssignToInput { .. } => "E118",
            AssignToLet { .. } => "E119",
            LetCycle { .. } => "E120",
            ExtraDims { .. } => "E121",
            SumOverAbsentDim { .. } => "E122",
            SumOverScan { .. } => "E123",
            StateInitShape { .. } => "E124",
            StateInitInvalid { .. } => "E125",
            FinalReadsSequence { .. } => "E126",
            StateHasScanDim { .. } => "E127",
            NoState { .. } => "E128",
            IndexClash { .. } => "E129",
            NotInRecurrence { .. } => "E130",
            ComplexUnsupported { .. } => "E148",
            PositionInReverse { .. } => "E149",
            LagInSum { .. } => "E150",
            BadRange { .. } => "E131",
            OptionalReadInBody { .. } => "E132",
            TooManyDims { .. } => "E133",
            ReadOutput { .. } => "E134",
            UnknownKeyword { .. } => "E135",
            MissingArgument { .. } => "E136",
            ModelNeedsForward { .. } => "E140",
            RepeatVarMisuse { .. } => "E141",
            TooDeep { .. } => "E142",
            ShadowsIndex { .. } => "E137",
            ConfigFile { .. } => "E143",
            NonFiniteConstant { .. } => "E144",
            ShiftedIndex { .. } => "E147",
        }
    }
}

fn check_diagnostic(e: &CheckError) -> Diagnostic<()> {
    use CheckError::*;
    let err = |msg: String| Diagnostic::error().with_message(msg);
    let p = |span: &std::ops::Range<usize>, msg: &str| {
        Label::primary((), span.clone()).with_message(msg.to_string())
    };
    let s = |span: &std::ops::Range<usize>, msg: &str| {
        Label::secondary((), span.clone()).with_message(msg.to_string())
    };
    match e {
        UnknownName {
            name,
            span,
            kind,
            suggestion,
        } => {
            let what = match kind {
                NameKind::Value => "name",
                NameKind::Dim => "dimension",
                NameKind::Recurrence => "recurrence",
            };
            let mut notes = did_you_mean(suggestion);
            if suggestion.is_none() {
                notes.push(format!(
                    "declare `{name}` first: as an argument, a `state`, or a `let`"
                ));
            }
            err(format!("unknown {what} `{name}`"))
                .with_labels(vec![p(span, "not declared anywhere in scope")])
                .with_notes(notes)
        }
        UnknownDType { name, span } => err(format!("unknown dtype `{name}`"))
            .with_labels(vec![p(span, "not a storage type")])
            .with_notes(vec![
                "use `f32`, `bf16` or `f16` (arithmetic is always done in f32)".into(),
            ]),
        UnknownFunction {
            name,
            span,
            suggestion,
        } => {
            let mut notes = did_you_mean(suggestion);
            notes.push(format!(
                "builtins: {}",
                crate::ir::builtins::spec_names().join(" ")
            ));
            err(format!("unknown function `{name}`"))
                .with_labels(vec![p(span, "no builtin or layer op has this name")])
                .with_notes(notes)
        }
        WrongArity {
            func,
            expected,
            found,
            span,
        } => err(format!(
            "`{func}` takes {expected} argument{}, not {found}",
            if *expected == 1 { "" } else { "s" }
        ))
        .with_labels(vec![p(span, "called here")])
        .with_notes(vec![if func == "sum" {
            "write `sum(index, expression)`, e.g. `sum(n, C[b,n,t] * h[b,d,n])`".into()
        } else {
            format!(
            "pass exactly {expected} argument{} to `{func}`",
            if *expected == 1 { "" } else { "s" }
        )
        }]),
        Duplicate { name, span, first } => err(format!("`{name}` is declared twice"))
            .with_labels(vec![p(span, "declared again here"), s(first, "first declared here")])
            .with_notes(vec!["rename one of them".into()]),
        MissingScan { recurrence, span } => {
            err(format!("recurrence `{recurrence}` has no scan axis"))
                .with_labels(vec![p(span, "this recurrence needs a `scan` statement")])
                .with_notes(vec![
                    "add `scan t over L;` naming the dimension the recurrence runs along".into(),
                ])
        }
        DuplicateScan { span, first } => err("more than one scan axis".into())
            .with_labels(vec![p(span, "second scan"), s(first, "first scan")])
            .with_notes(vec!["a recurrence runs along exactly one axis: remove one".into()]),
        ScanDimUnknown { dim, span } => err(format!("scan over unknown dimension `{dim}`"))
            .with_labels(vec![p(span, "no argument or output has this dimension")])
            .with_notes(vec![
                "scan over a dimension that appears in the signature, e.g. `f32[B, D, L]`".into(),
            ]),
        ScanDirection { word, span } => err(format!("unknown scan direction `{word}`"))
            .with_labels(vec![p(span, "expected `reverse` or `;` here")])
            .with_notes(vec![
                "write `scan t over L;` to run from the first step to the last, or `scan t over L reverse;` to run from the last to the first".into(),
            ]),
        ScanSizeAsValue { dim, span } => err(format!("the length of the scan `{dim}` used as a value"))
            .with_labels(vec![p(span, "the scan's length")])
            .with_notes(vec![format!(
                "a dimension's name stands for its size, except the scanned one: a decoding step sees one position of `{dim}`, not its length. Pass the length as an input, or write a constant"
            )]),
        DimNotDeclared { dim, span } => err(format!("undeclared dimension `{dim}`"))
            .with_labels(vec![p(span, "no argument or output uses this dimension")])
            .with_notes(vec![format!(
                "dimensions are declared by the signature: give an argument or output the dimension `{dim}`, or use one that exists"
            )]),
        DimNotName { span } => err("a dimension must be a name".into())
            .with_labels(vec![p(span, "not a dimension name")])
            .with_notes(vec!["write dimensions as names, e.g. `f32[B, D, L]`".into()]),
        IndexCount {
            tensor,
            expected,
            found,
            span,
            decl,
        } => err(format!(
            "`{tensor}` has {expected} dimension{} but is indexed with {found}",
            if *expected == 1 { "" } else { "s" }
        ))
        .with_labels(vec![p(span, "indexed here"), s(decl, "declared here")])
        .with_notes(vec![format!("give one index per dimension of `{tensor}`")]),
        IndexMismatch {
            tensor,
            position,
            expected,
            found,
            dim,
            span,
            decl,
        } => err(format!(
            "index `{found}` does not walk dimension `{dim}` of `{tensor}`"
        ))
        .with_labels(vec![
            p(span, &format!("the {} index must be `{expected}`", ordinal(position + 1))),
            s(decl, "declared here"),
        ])
        .with_notes(vec![format!(
            "write `{expected}` here: index names follow the dimension names (`{expected}` walks `{dim}`)"
        )]),
        UnknownIndex { name, span } => err(format!("unknown index `{name}`"))
            .with_labels(vec![p(span, "no dimension has this index")])
            .with_notes(vec![
                "an index is the lower-case name of a dimension (`d` for `D`), or the scan index"
                    .into(),
            ]),
        IndexAsValue { name, dim, span } => err(format!("index `{name}` used as a value"))
            .with_labels(vec![p(span, &format!("`{name}` walks dimension `{dim}`"))])
            .with_notes(vec![
                "indices select elements; they are not numbers. Use them inside `x[...]` or `sum(...)`".into(),
            ]),
        NotAnIndex { func, span } => err(format!("the first argument of `{func}` must be an index"))
            .with_labels(vec![p(span, "not an index name")])
            .with_notes(vec![format!(
                "write `{func}(n, expression)` to reduce over the dimension walked by `n`"
            )]),
        OutputUndefined { name, decl } => err(format!("output `{name}` is never defined"))
            .with_labels(vec![p(decl, "declared here")])
            .with_notes(vec![format!("add an equation `{name}[...] = ...;`")]),
        StateNotUpdated { name, decl } => err(format!("state `{name}` is never updated"))
            .with_labels(vec![p(decl, "declared here")])
            .with_notes(vec![format!(
                "add its update, e.g. `{name}[...] = a * {name}[...] + b;`"
            )]),
        AssignedTwice { name, span, first } => err(format!("`{name}` is assigned twice"))
            .with_labels(vec![p(span, "assigned again here"), s(first, "first assigned here")])
            .with_notes(vec![
                "each state has one update and each output one equation: merge them".into(),
            ]),
        AssignToInput { name, span, decl } => err(format!("cannot assign to input `{name}`"))
            .with_labels(vec![p(span, "assigned here"), s(decl, "declared as an input here")])
            .with_notes(vec![format!(
                "inputs are read-only; declare `{name}` as a `state` or an output instead"
            )]),
        AssignToLet { name, span, decl } => err(format!("cannot assign to `let` binding `{name}`"))
            .with_labels(vec![p(span, "assigned here"), s(decl, "bound by `let` here")])
            .with_notes(vec!["a `let` is defined once, where it is declared".into()]),
        LetCycle { names, span, others } => {
            let mut labels = vec![p(span, "this `let` depends on itself")];
            labels.extend(others.iter().map(|o| s(o, "part of the cycle")));
            err(format!("`let` bindings form a cycle: {}", names.join(" → ")))
                .with_labels(labels)
                .with_notes(vec![
                    "a `let` may only use bindings that do not use it in turn; use a `state` to carry a value from step to step".into(),
                ])
        }
        TooDeep {
            name,
            depth,
            limit,
            span,
        } => err(format!(
            "`let {name}` is {depth} levels deep with the lets it uses substituted; linrec walks at most {limit}"
        ))
        .with_labels(vec![p(span, "this `let`")])
        .with_notes(vec![
            "each `let` used in another adds its depth to it: shorten the chain, or sum over a dimension with `sum(n, …)`".into(),
        ]),
        ExtraDims {
            target,
            role,
            extra,
            span,
            decl,
        } => {
            let names: Vec<&str> = extra.iter().map(|(d, _)| d.as_str()).collect();
            let (first_dim, first_ix) = &extra[0];
            let what = match role {
                Target::State => "state",
                Target::Output => "output",
            };
            err(format!(
                "the value varies along {} but {what} `{target}` does not",
                names.join(", ")
            ))
            .with_labels(vec![
                p(span, &format!("this varies along `{first_dim}`")),
                s(decl, &format!("`{target}` declared here")),
            ])
            .with_notes(vec![format!(
                "reduce over it, e.g. `sum({first_ix}, ...)`, or add `{first_dim}` to the dimensions of `{target}`"
            )])
        }
        SumOverAbsentDim { index, dim, span } => err(format!(
            "`sum({index}, ...)` over an expression that does not vary along `{dim}`"
        ))
        .with_labels(vec![p(span, &format!("this does not depend on `{index}`"))])
        .with_notes(vec![format!(
            "remove the `sum`, or sum over an index the expression uses"
        )]),
        SumOverScan { index, span } => err(format!("cannot sum over the scan index `{index}`"))
            .with_labels(vec![p(span, "this is the scan axis")])
            .with_notes(vec![
                "a step sees one position of the scan axis; accumulate across steps with a `state` instead".into(),
            ]),
        StateInitShape {
            state,
            init,
            state_dims,
            init_dims,
            span,
            decl,
        } => err(format!(
            "initial value `{init}` has shape {init_dims} but state `{state}` is {state_dims}"
        ))
        .with_labels(vec![p(span, "initial value here"), s(decl, &format!("`{init}` declared here"))])
        .with_notes(vec![format!("declare `{init}` with the state's dimensions {state_dims}")]),
        StateInitInvalid { state, span } => {
            err(format!("unsupported initial value for state `{state}`"))
                .with_labels(vec![p(span, "not a number or an input")])
                .with_notes(vec![
                    "initialise a state with a number (`= 0`) or with an input of the same shape (`= h0`)".into(),
                ])
        }
        FinalReadsSequence {
            output,
            scan_dim,
            span,
        } => err(format!(
            "final output `{output}` reads a per-step input"
        ))
        .with_labels(vec![p(span, &format!("this varies along the scan axis `{scan_dim}`"))])
        .with_notes(vec![format!(
            "`{output}` has no `{scan_dim}` dimension, so it is written once after the last step; read only states and parameters there, or add `{scan_dim}` to `{output}`"
        )]),
        StateHasScanDim {
            state,
            scan_dim,
            span,
        } => err(format!("state `{state}` has the scan dimension `{scan_dim}`"))
            .with_labels(vec![p(span, "a state holds one step's value")])
            .with_notes(vec![format!(
                "remove `{scan_dim}` from the state; to keep every step, define a per-step output from it"
            )]),
        NoState { recurrence, span } => err(format!("recurrence `{recurrence}` has no state"))
            .with_labels(vec![p(span, "nothing is carried from step to step")])
            .with_notes(vec![
                "add a state, e.g. `state h: f32[B, D] = 0;`, and its update".into(),
            ]),
        IndexClash {
            index,
            first_dim,
            second_dim,
            span,
            first,
        } => err(format!(
            "dimensions `{first_dim}` and `{second_dim}` would both be walked by index `{index}`"
        ))
        .with_labels(vec![
            p(span, &format!("`{second_dim}` is walked by `{index}`")),
            s(first, &format!("`{first_dim}` is walked by `{index}`")),
        ])
        .with_notes(vec![
            "rename one dimension (or the scan index) so that every index name is unique".into(),
        ]),
        PositionInReverse { index, span } => err(format!(
            "the position `{index}` is read as a value in a reverse scan"
        ))
        .with_labels(vec![p(span, "the step's position")])
        .with_notes(vec![
            format!("a forward scan counts `{index}` up from 0 in a state of its own, which decoding carries; a reverse scan's positions count down from the length, which a decoding step does not know"),
            "pass the positions as an input (a sequence of numbers), or scan forward".into(),
        ]),
        ComplexUnsupported { what, span } => err(format!("{what} is not supported"))
            .with_labels(vec![p(span, "complex here")])
            .with_notes(vec![
                "complex values live in `c64` states and the expressions that read them: + - * /, exp, abs, and complex(x, y), re(z), im(z), conj(z); inputs and outputs are real".into(),
                "take re(), im() or abs() of the value, or pass real and imaginary parts as two f32 tensors".into(),
            ]),
        NotInRecurrence { what, span } => err(format!("{what} is not allowed here"))
            .with_labels(vec![p(span, "not allowed in this position")])
            .with_notes(vec![
                "recurrence bodies use numbers, tensors indexed by index names, arithmetic and builtins".into(),
            ]),
        LagInSum {
            input,
            dim,
            index,
            span,
        } => err(format!("a lag of `{input}` inside a sum over `{index}`"))
            .with_labels(vec![p(span, "read at an earlier step here")])
            .with_notes(vec![
                format!("an update's lag is a delay line of states with the updated state's dims, and this state lacks `{dim}`"),
                format!("sum over `{index}` before the scan and pass the sum as an input of its own, then lag that, or lag the value in an output"),
            ]),
        ShiftedIndex {
            index,
            shift,
            why,
            span,
        } => {
            let mut notes = vec![format!(
                "a tensor is read at the current position of each index; `{shift}` would read another one"
            )];
            notes.push(match why {
                Shift::OtherIndex => format!(
                    "to mix positions of `{index}`, sum over it with a weight tensor (`sum(...)`), or do the shift before the recurrence"
                ),
                Shift::Ahead { back } => format!(
                    "the scan has not reached that step yet: an input can be read at an earlier step (`{back}`, a lag), not a later one; shift the sequence before the scan and pass it as an input of its own"
                ),
                Shift::TooFar { max } => format!(
                    "a lag is at most {max} steps (each step of it is a state carried by the scan); pass the sequence shifted before the scan as an input of its own"
                ),
                Shift::NotWhole => "a lag is a whole number of steps, at least 1".into(),
                Shift::NotInput => {
                    "only inputs are read at an earlier step: write the lag on the inputs the expression reads".into()
                }
            });
            err(format!("shifted index `{shift}`"))
                .with_labels(vec![p(span, "a shifted index")])
                .with_notes(notes)
        }
        BadRange { name, span } => err(format!("bad random range for `{name}`"))
            .with_labels(vec![p(span, "expected two numbers, the first smaller")])
            .with_notes(vec!["write e.g. `in [0.5, 1]`".into()]),
        OptionalReadInBody { name, span, decl } => {
            err(format!("optional input `{name}` is read in the body"))
                .with_labels(vec![p(span, "read here"), s(decl, "declared optional here")])
                .with_notes(vec![format!(
                    "an optional input may only initialise a state (`= {name}`); drop the `?` to read it"
                )])
        }
        TooManyDims { span } => err("too many dimensions".into())
            .with_labels(vec![p(span, "the 65th distinct dimension")])
            .with_notes(vec!["a recurrence may have at most 64 distinct dimensions".into()]),
        ReadOutput { name, span } => err(format!("output `{name}` cannot be read"))
            .with_labels(vec![p(span, "outputs are written, not read")])
            .with_notes(vec![format!(
                "bind the value with `let` and use it both in `{name}` and here"
            )]),
        UnknownKeyword {
            func,
            key,
            span,
            suggestion,
        } => err(format!("`{func}` has no argument `{key}`"))
            .with_labels(vec![p(span, "unknown argument")])
            .with_notes(did_you_mean(suggestion)),
        MissingArgument { func, arg, span } => err(format!("missing argument `{arg}` of `{func}`"))
            .with_labels(vec![p(span, "called here")])
            .with_notes(vec![format!("pass it as `{arg} = ...`")]),
        ModelNeedsForward { model, span } => err(format!("model `{model}` has no `forward`"))
            .with_labels(vec![p(span, "declared here")])
            .with_notes(vec!["add `forward(ids: i32[B, L]) -> (logits) { ... }`".into()]),
        RepeatVarMisuse { name, span } => err(format!("`{name}` is not a layer index"))
            .with_labels(vec![p(span, "not bound by an enclosing `repeat`")])
            .with_notes(vec![
                "layer parameters are indexed by the variable of `repeat n as i`".into(),
            ]),
        ShadowsIndex {
            name,
            dim,
            scan,
            span,
        } => err(if *scan {
            format!("`{name}` shadows the scan index")
        } else {
            format!("`{name}` shadows an index")
        })
        .with_labels(vec![p(span, &format!("`{name}` already walks dimension `{dim}`"))])
        .with_notes(vec![format!(
            "rename it (e.g. `{name}_val`): in `x[..., {name}]` and in expressions `{name}` names the index"
        )]),
        NonFiniteConstant { value, span } => err(if value.is_finite() {
            format!("this constant expression evaluates to {value:e}, past the largest f32 (3.4e38) the kernels compute in")
        } else {
            format!("this constant expression evaluates to {value} (in float64)")
        })
        .with_labels(vec![p(span, "not a finite f32 number")])
        .with_notes(vec![
            "every step would compute with it; write the finite value you mean".into(),
        ]),
        ConfigFile { file, span } => err(format!("config file `{file}` is outside the checkpoint folder"))
            .with_labels(vec![p(span, "read from the folder given to `--model`")])
            .with_notes(vec![
                "name a file inside that folder, e.g. `config \"config.json\" { ... }`".into(),
            ]),
    }
}

fn derive_diagnostic(e: &DeriveError) -> Diagnostic<()> {
    match e {
        DeriveError::NonLinear {
            state,
            reason,
            span,
            on,
        } => {
            // What the offending value depends on: the state itself, or states it reads.
            let others: Vec<&String> = on.iter().filter(|o| *o != state).collect();
            let on_text = if on.is_empty() {
                format!("`{state}`")
            } else {
                quoted(on, " and ")
            };
            let not_linear = format!("the update of `{state}` is not linear in {on_text}");
            // Another state inside a nonlinear function: a chain of scans.
            let chain = others.first().map(|o| {
                format!(
                    "; `{o}` is another state: a gate may read one only when its dims are a strict subset of `{state}`'s (it is then scanned first, a chain of scans, as mLSTM's `C` reads `m`), and `{o}`'s are not — compute `{o}` in its own recurrence and pass it in as an input"
                )
            });
            let no_scan =
                "so the recurrence cannot be split into an associative scan and run in parallel";
            let (title, label, why, fix) = match reason {
                NonLinearReason::StateTimesState => (
                    not_linear,
                    format!("both factors depend on {on_text}"),
                    format!(
                        "a product of two values that depend on {on_text} is quadratic, {no_scan}"
                    ),
                    format!(
                        "multiply `{state}` only by values computed from inputs and parameters{}",
                        chain.clone().unwrap_or_default()
                    ),
                ),
                NonLinearReason::FunctionOfState { function } => (
                    not_linear,
                    format!("`{function}` is applied to a value that depends on {on_text}"),
                    format!("`{function}` of a state is not linear in it, {no_scan}"),
                    format!(
                        "apply `{function}` to inputs only, or move it into an output equation (outputs may be any function of the new state){}",
                        chain.clone().unwrap_or_default()
                    ),
                ),
                NonLinearReason::StateInDenominator => (
                    not_linear,
                    format!("the divisor depends on {on_text}"),
                    format!("dividing by a state is not linear in it, {no_scan}"),
                    format!(
                        "divide only by values computed from inputs and parameters{}",
                        chain.clone().unwrap_or_default()
                    ),
                ),
                NonLinearReason::MixesElements { dim } => (
                    format!(
                        "the update of `{state}` mixes its elements along `{dim}`: a dense transition"
                    ),
                    format!("sums `{state}` over its own dimension `{dim}`"),
                    format!(
                        "such an update is linear and its matrix combine is associative, but each combine of a dense {dim}×{dim} transition costs O({dim}³) per point (DeltaNet's `S (I − β k kᵀ)` is one); linrec derives elementwise (diagonal) transitions, small blocks of at most {max} states of the same dims read at their point (coupled), and states read by states of more dims (chains)",
                        max = crate::limits::MAX_COUPLED
                    ),
                    format!(
                        "keep the update elementwise in `{state}` (reduce over `{dim}` in an output instead), or write a small block as separate states"
                    ),
                ),
                NonLinearReason::ReadsOtherState { other } => (
                    format!(
                        "the update of `{state}` reads state `{other}`, whose dims differ from `{state}`'s"
                    ),
                    format!("reads state `{other}`"),
                    format!(
                        "states update together (one small matrix transition per point) when each reads the others at its own point, with the same dims in the same order; a state whose dims are all `{state}`'s, fewer of them, is scanned before it (a chain); `{other}` has dims that `{state}` lacks, so it is neither"
                    ),
                    format!(
                        "give `{other}` only dims that `{state}` has, or compute `{other}` by its own recurrence and pass it in as an input"
                    ),
                ),
            };
            Diagnostic::error()
                .with_message(title)
                .with_labels(vec![Label::primary((), span.clone()).with_message(label)])
                .with_notes(vec![why, fix])
        }
        DeriveError::CoupledMaxPlus {
            state,
            states,
            span,
        } => Diagnostic::error()
            .with_message(format!(
                "`{state}` is linear over (max, +) but coupled with other states"
            ))
            .with_labels(vec![
                Label::primary((), span.clone())
                    .with_message(format!("couples `{state}` with another state")),
            ])
            .with_notes(vec![
                format!(
                    "the states {} read one another at their point, so they scan as one matrix over (×, +); a running maximum does not fit in it",
                    quoted(states, ", ")
                ),
                format!(
                    "a state reading `{state}` at its point, or a lag of it (`{state}[.., t - k]`, a state of its own), couples it: read `{state}` at the current step only, or compute it in a recurrence of its own and pass it on as an input (which may then be lagged)"
                ),
            ]),
        DeriveError::TooManyCoupled { states, max, span } => {
            let last = states.last().cloned().unwrap_or_default();
            Diagnostic::error()
                .with_message(format!(
                    "{} states update from each other: a coupled group of at most {max} is supported",
                    states.len()
                ))
                .with_labels(vec![
                    Label::primary((), span.clone())
                        .with_message(format!("`{last}` joins the group")),
                ])
                .with_notes(vec![
                    format!(
                        "the states {} form one {n}×{n} transition per point; combining two of them costs {n}³ multiplies per point and the block lives in registers",
                        quoted(states, ", "),
                        n = states.len()
                    ),
                    format!(
                        "split the states into groups of at most {max} that do not read each other"
                    ),
                ])
        }
    }
}

/// Renders errors for one file as text (`file:line:col`, the source line, carets, notes).
pub fn render(errors: &[Error], file_name: &str, source: &str, color: bool) -> String {
    let file = SimpleFile::new(file_name, source);
    let config = term::Config::default();
    let mut buf = if color {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
    for e in errors {
        term::emit_to_write_style(&mut buf, &config, &file, &e.to_diagnostic())
            .expect("writing to a memory buffer cannot fail");
    }
    String::from_utf8_lossy(buf.as_slice()).into_owned()
}

/// Names in backticks, joined by `sep` (`` `a`, `b` ``).
fn quoted(names: &[String], sep: &str) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(sep)
}
