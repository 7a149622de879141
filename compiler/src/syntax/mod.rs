//! Front end: source text → tokens (logos) → syntax tree (lalrpop).

pub mod ast;
pub mod depth;
pub mod lexer;

#[allow(
    clippy::all,
    clippy::pedantic,
    unused_parens,
    missing_debug_implementations
)]
mod grammar {
    lalrpop_util::lalrpop_mod!(pub grammar, "/syntax/grammar.rs");
    pub use grammar::*;
}

use ast::Span;
use lalrpop_util::ParseError;

/// Parses a whole file, refusing expressions deeper than the later stages may walk.
pub fn parse(src: &str) -> Result<ast::File, SyntaxError> {
    let file = grammar::FileParser::new()
        .parse(lexer::tokens(src))
        .map_err(|e| convert(e, src))?;
    let limit = crate::limits::MAX_EXPR_DEPTH;
    match depth::deepest(&file) {
        Some((depth, span)) if depth > limit => Err(SyntaxError::TooDeep { span, depth, limit }),
        _ => Ok(file),
    }
}

/// Parses a single expression (tests and tools).
pub fn parse_expr(src: &str) -> Result<ast::Expr, SyntaxError> {
    grammar::ExprParser::new()
        .parse(lexer::tokens(src))
        .map_err(|e| convert(e, src))
}

/// The span of the last non-blank character before `pos`.
fn previous_char(src: &str, pos: usize) -> std::ops::Range<usize> {
    let before = src[..pos].trim_end();
    match before.char_indices().next_back() {
        Some((i, c)) => i..i + c.len_utf8(),
        None => 0..0,
    }
}

fn convert(e: ParseError<usize, lexer::Token, lexer::LexFailure>, src: &str) -> SyntaxError {
    let len = src.len();
    match e {
        ParseError::InvalidToken { location } => {
            lex_error(lexer::LexError::UnexpectedChar, location..location + 1, src)
        }
        ParseError::UnrecognizedEof { location, expected } => SyntaxError::UnexpectedEof {
            span: location.min(len)..location.min(len),
            expected: tidy_expected(expected),
        },
        ParseError::UnrecognizedToken {
            token: (l, token, r),
            expected,
        } if let Some(closer) = missing_closer(&expected) => SyntaxError::MissingToken {
            token: closer,
            after: previous_char(src, l),
            found: token.to_string(),
            found_span: l..r,
        },
        ParseError::UnrecognizedToken {
            token: (l, token, r),
            expected,
        } => SyntaxError::UnexpectedToken {
            found: token.to_string(),
            span: l..r,
            expected: tidy_expected(expected),
        },
        ParseError::ExtraToken {
            token: (l, token, r),
        } => SyntaxError::UnexpectedToken {
            found: token.to_string(),
            span: l..r,
            expected: vec![],
        },
        ParseError::User { error } => lex_error(error.kind, error.span, src),
    }
}

/// The punctuation that must have been left out before `found`: the one closer the parser
/// expected (`;`, `,`, `)`, `]`), where the only other thing it took was a name (`scan t over
/// L` then `state …`: a direction word or `;` could have followed).
fn missing_closer(expected: &[String]) -> Option<String> {
    let is_closer = |e: &str| matches!(e, "\";\"" | "\",\"" | "\")\"" | "\"]\"");
    let mut closers = expected.iter().filter(|e| is_closer(e));
    let closer = closers.next()?;
    let others_are_names = expected.iter().all(|e| is_closer(e) || e == "ident");
    (closers.next().is_none() && others_are_names).then(|| closer.trim_matches('"').to_string())
}

/// A lexing error; an unexpected character's span covers the whole character and the error
/// carries it.
fn lex_error(kind: lexer::LexError, span: Span, src: &str) -> SyntaxError {
    let found = match kind {
        lexer::LexError::UnexpectedChar => src.get(span.start..).and_then(|s| s.chars().next()),
        _ => None,
    };
    let span = match found {
        Some(c) => span.start..span.start + c.len_utf8(),
        None => span,
    };
    let before = src[..span.start].chars().rev().find(|c| !c.is_whitespace());
    SyntaxError::Lex {
        kind,
        span,
        found: found.map(|c| (c, before)),
    }
}

/// lalrpop names terminals by their grammar text (`"\";\""`, `ident`); make them readable.
fn tidy_expected(expected: Vec<String>) -> Vec<String> {
    expected
        .into_iter()
        .map(|e| match e.as_str() {
            "ident" => "a name".to_string(),
            "number" => "a number".to_string(),
            "string" => "a string".to_string(),
            other => format!("`{}`", other.trim_matches('"')),
        })
        .collect()
}

/// A syntax error: what was found where, and what could have come instead.
#[derive(Debug, Clone, PartialEq)]
pub enum SyntaxError {
    Lex {
        kind: lexer::LexError,
        span: Span,
        /// For an unexpected character: it, and the visible character before it (an
        /// invisible one gets no visible caret, so the message says where it is).
        found: Option<(char, Option<char>)>,
    },
    UnexpectedToken {
        found: String,
        span: Span,
        expected: Vec<String>,
    },
    /// Only one token could continue here (typically `;`), and it is missing.
    MissingToken {
        token: String,
        after: Span,
        found: String,
        found_span: Span,
    },
    UnexpectedEof {
        span: Span,
        expected: Vec<String>,
    },
    /// An expression deeper than [`crate::limits::MAX_EXPR_DEPTH`].
    TooDeep {
        span: Span,
        depth: usize,
        limit: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::ast::{Expr, ExprKind, Item, ModelItem, ModelStmt, Stmt};
    use super::*;

    /// An expression as an S-expression, without positions.
    fn sx(e: &Expr) -> String {
        match &e.kind {
            ExprKind::Number(v) => format!("{v}"),
            ExprKind::Bool(b) => format!("{b}"),
            ExprKind::Str(s) => format!("{s:?}"),
            ExprKind::Name(n) => n.name.clone(),
            ExprKind::Index { base, indices } => {
                let ix: Vec<String> = indices.iter().map(sx).collect();
                format!("{}[{}]", base.name, ix.join(" "))
            }
            ExprKind::Call { func, args } => {
                let a: Vec<String> = args
                    .iter()
                    .map(|a| match &a.key {
                        Some(k) => format!("{}={}", k.name, sx(&a.value)),
                        None => sx(&a.value),
                    })
                    .collect();
                format!("({} {})", func.name, a.join(" "))
            }
            ExprKind::List(items) => {
                let i: Vec<String> = items.iter().map(sx).collect();
                format!("[{}]", i.join(" "))
            }
            ExprKind::Unary { op, operand } => format!("({op:?} {})", sx(operand)),
            ExprKind::Binary { op, lhs, rhs } => {
                format!("({} {} {})", op.symbol(), sx(lhs), sx(rhs))
            }
        }
    }

    fn p(src: &str) -> String {
        sx(&parse_expr(src).expect("parses"))
    }

    #[test]
    fn precedence_and_associativity() {
        assert_eq!(p("a + b * c - d"), "(- (+ a (* b c)) d)");
        assert_eq!(p("-a^b^c"), "(Neg (^ a (^ b c)))");
        assert_eq!(p("a / b / c"), "(/ (/ a b) c)");
        assert_eq!(p("!x && y || z == 1"), "(|| (&& (Not x) y) (== z 1))");
        assert_eq!(
            p("sum(n, C[b, n, t] * h[b, d, n])"),
            "(sum n (* C[b n t] h[b d n]))"
        );
        assert_eq!(
            p("int(\"k\", auto = ceil(d / 16))"),
            "(int \"k\" auto=(ceil (/ d 16)))"
        );
        assert_eq!(p("[a, b,]"), "[a b]");
    }

    #[test]
    fn recurrence_structure() {
        let f = parse(
            "recurrence r(a: f32[B, L] in [0, 1], h0?: bf16[B]) -> (y: f32[B, L]) {
               scan t over L; state h: f32[B] = h0; let q = a[b, t];
               h[b] = q * h[b]; y = h; }",
        )
        .expect("parses");
        let Item::Recurrence(r) = &f.items[0] else {
            panic!("a recurrence")
        };
        assert_eq!(r.args.len(), 2);
        assert!(r.args[1].optional && !r.args[0].optional);
        assert_eq!(sx(&r.args[0].range.as_ref().expect("range").1), "1");
        let kinds: Vec<&str> = r
            .body
            .iter()
            .map(|s| match s {
                Stmt::Scan { .. } => "scan",
                Stmt::State { .. } => "state",
                Stmt::Let { .. } => "let",
                Stmt::Assign { indices: None, .. } => "assign-bare",
                Stmt::Assign { .. } => "assign",
            })
            .collect();
        assert_eq!(kinds, ["scan", "state", "let", "assign", "assign-bare"]);
    }

    #[test]
    fn model_structure() {
        let src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../lang-examples/mamba.lr"
        ))
        .expect("mamba.lr");
        let f = parse(&src).expect("parses");
        let Item::Model(m) = &f.items[1] else {
            panic!("a model")
        };
        let mut params = 0;
        let mut layer_params = 0;
        let mut forward_stmts = 0;
        for item in &m.items {
            match item {
                ModelItem::Param(_) => params += 1,
                ModelItem::RepeatParams {
                    params: ps, var, ..
                } => {
                    assert_eq!(var.name, "i");
                    layer_params += ps.len();
                    let bias = ps
                        .iter()
                        .find(|p| p.name.name == "in_proj_b")
                        .expect("bias");
                    assert_eq!(sx(bias.condition.as_ref().expect("if")), "use_bias");
                }
                ModelItem::Forward { body, outputs, .. } => {
                    assert_eq!(outputs[0].name, "logits");
                    forward_stmts = body.len();
                    assert!(matches!(body[1], ModelStmt::Repeat { .. }));
                }
                ModelItem::Config { file, entries, .. } => {
                    assert_eq!(file.as_ref().expect("file").0, "config.json");
                    assert!(entries.iter().any(|e| e.name.name == "dt_rank"));
                }
            }
        }
        assert_eq!((params, layer_params, forward_stmts), (3, 12, 4));
    }

    #[test]
    fn spans_are_byte_ranges_of_the_source() {
        let src = "a + foo(b)";
        let e = parse_expr(src).expect("parses");
        let ExprKind::Binary { rhs, .. } = &e.kind else {
            panic!("binary")
        };
        assert_eq!(&src[rhs.span.clone()], "foo(b)");
        assert_eq!(e.span, 0..src.len());
    }
}
