//! The CLI's argument parser (clap and our value parsers: sizes, dtypes, ranges) on any
//! argument list: parsed, or an error clap can render.

use clap::Parser;
use libfuzzer_sys::fuzz_target;
use linrec_cli::Cli;

fuzz_target!(|text: &str| {
    let args = std::iter::once("linrec").chain(text.split('\n'));
    match Cli::try_parse_from(args) {
        Ok(_) => {}
        Err(e) => {
            let _ = e.render().to_string();
        }
    }
});

fn main() {
    linrec_fuzz::main()
}
