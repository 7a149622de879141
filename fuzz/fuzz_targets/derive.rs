//! The derivations (linearity, combine, reverse mode, step) and `explain` on whatever
//! checks: every derived recurrence explains itself, every failure renders.

use libfuzzer_sys::fuzz_target;
use linrec_compiler::pipeline::{self, Source};

fuzz_target!(|text: &str| {
    let src = Source::new("fuzz.lr", text);
    match pipeline::derive(&src) {
        Ok(m) => {
            for d in &m.recurrences {
                let _ = linrec_compiler::explain::explain(d);
            }
        }
        Err(errors) => {
            let _ = src.render(&errors, false);
        }
    }
});

fn main() {
    linrec_fuzz::main()
}
