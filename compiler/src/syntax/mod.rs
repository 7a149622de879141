//! Front end: source text → tokens (logos) → syntax tree (lalrpop).

pub mod ast;
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

use crate::error::{Error, SyntaxError};
use lalrpop_util::ParseError;

/// Parses a whole file.
pub fn parse(src: &str) -> Result<ast::File, Error> {
    grammar::FileParser::new()
        .parse(lexer::tokens(src))
        .map_err(|e| Error::Syntax(convert(e, src.len())))
}

/// Parses a single expression (tests and tools).
pub fn parse_expr(src: &str) -> Result<ast::Expr, Error> {
    grammar::ExprParser::new()
        .parse(lexer::tokens(src))
        .map_err(|e| Error::Syntax(convert(e, src.len())))
}

fn convert(e: ParseError<usize, lexer::Token, lexer::LexFailure>, len: usize) -> SyntaxError {
    match e {
        ParseError::InvalidToken { location } => SyntaxError::Lex {
            kind: lexer::LexError::UnexpectedChar,
            span: location..location + 1,
        },
        ParseError::UnrecognizedEof { location, expected } => SyntaxError::UnexpectedEof {
            span: location.min(len)..location.min(len),
            expected: tidy_expected(expected),
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
        ParseError::User { error } => SyntaxError::Lex {
            kind: error.kind,
            span: error.span,
        },
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
