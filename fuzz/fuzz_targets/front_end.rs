//! Lexer, parser and checker on any text: `Ok`, or diagnostics that render with a position.

use libfuzzer_sys::fuzz_target;
use linrec_compiler::pipeline::{self, Source};

fuzz_target!(|text: &str| {
    let src = Source::new("fuzz.lr", text);
    if let Err(errors) = pipeline::front_end(&src) {
        assert!(!errors.is_empty());
        let shown = src.render(&errors, false);
        assert!(shown.contains("fuzz.lr:"), "{shown}");
    }
});

fn main() {
    linrec_fuzz::main()
}
