//! No input may panic the front end: random bytes, and bundled examples with random edits
//! (deletions, insertions of tokens, truncations), must produce `Ok` or diagnostics that render.

use linrec_compiler::pipeline::{self, Source};
use proptest::prelude::*;

use crate::support::root;

fn examples() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["lang-examples", "lang-examples/errors"] {
        for e in std::fs::read_dir(root().join(dir)).expect("dir") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "lr") {
                out.push(std::fs::read_to_string(p).expect("read"));
            }
        }
    }
    out.sort();
    out
}

fn front_end_does_not_panic(text: &str) {
    let src = Source::new("fuzz.lr", text);
    if let Err(errors) = pipeline::front_end(&src) {
        assert!(!errors.is_empty());
        let rendered = src.render(&errors, false);
        assert!(rendered.contains("fuzz.lr:"), "{rendered}");
    }
}

const PIECES: [&str; 24] = [
    "h",
    "[",
    "]",
    "(",
    ")",
    ",",
    ";",
    "=",
    "+",
    "*",
    "-",
    "/",
    "^",
    "sum(n,",
    "t",
    "L",
    "let q = ",
    "state g: f32[B] = 0;",
    "scan s over L;",
    "exp(",
    "0.5",
    "\"s\"",
    "}",
    "{",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_text(text in "\\PC{0,200}") {
        front_end_does_not_panic(&text);
    }

    #[test]
    fn edited_examples(which in 0usize..64, edits in prop::collection::vec((0usize..4, any::<u16>(), 0usize..PIECES.len()), 1..6)) {
        let all = examples();
        let mut text = all[which % all.len()].clone();
        for (kind, pos, piece) in edits {
            let mut at = pos as usize % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match kind {
                0 => text.insert_str(at, PIECES[piece]),
                1 => {
                    let mut end = (at + 1 + piece).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(at..end, "");
                }
                2 => text.truncate(at),
                _ => text.insert(at, ' '),
            }
        }
        front_end_does_not_panic(&text);
    }
}

#[test]
fn an_invisible_character_is_named_and_placed() {
    for (c, code) in [
        ('\u{200B}', "U+200B"),
        ('\u{00A0}', "U+00A0"),
        ('\u{FEFF}', "U+FEFF"),
    ] {
        let text = format!(
            "recurrence f(a: f32[B, L]) -> (y: f32[B, L]) {{\n  scan t over L;\n  state h: f32[B] = 0;\n  h[b] = a[b, t] *{c} h[b];\n  y[b, t] = h[b];\n}}\n"
        );
        let src = Source::new("inv.lr", text);
        let errors = pipeline::front_end(&src).expect_err("an invisible character");
        let shown = src.render(&errors, false);
        assert!(
            shown.contains(&format!("unexpected invisible character {code}")),
            "{shown}"
        );
        assert!(shown.contains("inv.lr:4:19"), "{shown}");
        assert!(shown.contains("right after `*`"), "{shown}");
    }
}
