//! The `linrec` program: see the library.

fn main() -> std::process::ExitCode {
    linrec_cli::main()
}
