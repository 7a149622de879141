//! The lexer: source text to tokens with byte spans (logos).

use logos::Logos;
use std::fmt;

/// A lexing failure; `Default` is what logos produces for a character no rule matches.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    /// A character that starts no token.
    #[default]
    UnexpectedChar,
    /// A number literal that does not fit an `f64` (or is malformed).
    BadNumber,
    /// A string literal with no closing quote.
    UnterminatedString,
    /// A `/* … */` comment with no end.
    UnterminatedComment,
}

/// Tokens of the linrec language.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\r\n\f]+")]
#[logos(skip(r"//[^\n]*", allow_greedy = true))]
pub enum Token {
    #[token("recurrence")]
    Recurrence,
    #[token("model")]
    Model,
    #[token("scan")]
    Scan,
    #[token("over")]
    Over,
    #[token("state")]
    State,
    #[token("let")]
    Let,
    #[token("in")]
    In,
    #[token("config")]
    Config,
    #[token("param")]
    Param,
    #[token("repeat")]
    Repeat,
    #[token("as")]
    As,
    #[token("forward")]
    Forward,
    #[token("if")]
    If,
    #[token("else")]
    Else,
    #[token("true")]
    True,
    #[token("false")]
    False,

    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice().to_string())]
    Ident(String),
    #[regex(r"[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?", parse_number)]
    #[regex(r"\.[0-9]+([eE][+-]?[0-9]+)?", parse_number)]
    Number(f64),
    #[regex(r#""([^"\\\n]|\\.)*""#, |lex| unescape(lex.slice()))]
    #[regex(r#""([^"\\\n]|\\.)*"#, |_| Err(LexError::UnterminatedString))]
    Str(String),
    #[token("/*", block_comment)]
    BlockComment,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token("=")]
    Eq,
    #[token("->")]
    Arrow,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("^")]
    Caret,
    #[token("!")]
    Bang,
    #[token("?")]
    Question,
    #[token("|")]
    Pipe,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("<")]
    Lt,
    #[token("<=")]
    Le,
    #[token(">")]
    Gt,
    #[token(">=")]
    Ge,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
}

fn parse_number(lex: &mut logos::Lexer<'_, Token>) -> Result<f64, LexError> {
    lex.slice()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or(LexError::BadNumber)
}

fn unescape(quoted: &str) -> Result<String, LexError> {
    let inner = &quoted[1..quoted.len() - 1];
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => return Err(LexError::UnterminatedString),
            }
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// Skips a block comment (nesting allowed); the token itself is filtered out by [`tokens`].
fn block_comment(lex: &mut logos::Lexer<'_, Token>) -> Result<(), LexError> {
    let rest = lex.remainder();
    let mut depth = 1usize;
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if bytes[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                lex.bump(i);
                return Ok(());
            }
        } else {
            i += 1;
        }
    }
    lex.bump(rest.len());
    Err(LexError::UnterminatedComment)
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Ident(name) => write!(f, "identifier `{name}`"),
            Token::Number(v) => write!(f, "number `{v}`"),
            Token::Str(s) => write!(f, "string {s:?}"),
            other => write!(f, "`{}`", other.text()),
        }
    }
}

impl Token {
    /// The fixed text of a keyword or punctuation token.
    pub fn text(&self) -> &'static str {
        match self {
            Token::Recurrence => "recurrence",
            Token::Model => "model",
            Token::Scan => "scan",
            Token::Over => "over",
            Token::State => "state",
            Token::Let => "let",
            Token::In => "in",
            Token::Config => "config",
            Token::Param => "param",
            Token::Repeat => "repeat",
            Token::As => "as",
            Token::Forward => "forward",
            Token::If => "if",
            Token::Else => "else",
            Token::True => "true",
            Token::False => "false",
            Token::Ident(_) => "identifier",
            Token::Number(_) => "number",
            Token::Str(_) => "string",
            Token::BlockComment => "/*",
            Token::LParen => "(",
            Token::RParen => ")",
            Token::LBracket => "[",
            Token::RBracket => "]",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::Comma => ",",
            Token::Semi => ";",
            Token::Colon => ":",
            Token::Eq => "=",
            Token::Arrow => "->",
            Token::Plus => "+",
            Token::Minus => "-",
            Token::Star => "*",
            Token::Slash => "/",
            Token::Caret => "^",
            Token::Bang => "!",
            Token::Question => "?",
            Token::Pipe => "|",
            Token::EqEq => "==",
            Token::NotEq => "!=",
            Token::Lt => "<",
            Token::Le => "<=",
            Token::Gt => ">",
            Token::Ge => ">=",
            Token::AndAnd => "&&",
            Token::OrOr => "||",
        }
    }
}

/// A lexing failure and where it happened.
#[derive(Debug, Clone, PartialEq)]
pub struct LexFailure {
    pub kind: LexError,
    pub span: std::ops::Range<usize>,
}

/// One item of the token stream handed to the parser: `(start, token, end)` or a failure.
pub type Spanned = Result<(usize, Token, usize), LexFailure>;

/// Lexes `src` into the triple stream lalrpop expects; comments are dropped.
pub fn tokens(src: &str) -> impl Iterator<Item = Spanned> + '_ {
    Token::lexer(src)
        .spanned()
        .filter(|(tok, _)| !matches!(tok, Ok(Token::BlockComment)))
        .map(|(tok, span)| match tok {
            Ok(tok) => Ok((span.start, tok, span.end)),
            Err(kind) => Err(LexFailure { kind, span }),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Token> {
        tokens(src).map(|t| t.expect("lexes").1).collect()
    }

    #[test]
    fn keywords_idents_numbers() {
        assert_eq!(
            kinds("scan t over L; let x_1 = 2.5e-3 + .5;"),
            vec![
                Token::Scan,
                Token::Ident("t".into()),
                Token::Over,
                Token::Ident("L".into()),
                Token::Semi,
                Token::Let,
                Token::Ident("x_1".into()),
                Token::Eq,
                Token::Number(2.5e-3),
                Token::Plus,
                Token::Number(0.5),
                Token::Semi,
            ]
        );
    }

    #[test]
    fn comments_are_skipped_and_spans_are_bytes() {
        let toks: Vec<_> = tokens("a // x\n/* b /* nested */ */ -> \"k{i}\"")
            .map(|t| t.expect("lexes"))
            .collect();
        assert_eq!(toks[0], (0, Token::Ident("a".into()), 1));
        assert_eq!(toks[1].1, Token::Arrow);
        assert_eq!(toks[2].1, Token::Str("k{i}".into()));
        assert_eq!(toks[2].0, 31);
    }

    #[test]
    fn errors_carry_spans() {
        let errs: Vec<_> = tokens("a $ \"open").filter_map(Result::err).collect();
        assert_eq!(
            errs[0],
            LexFailure {
                kind: LexError::UnexpectedChar,
                span: 2..3
            }
        );
        assert_eq!(errs[1].kind, LexError::UnterminatedString);
    }
}
