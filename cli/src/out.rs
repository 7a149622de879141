//! Writing to standard output: an error there (a full disk, `> /dev/full`) ends the command
//! with a message instead of a panic. A closed pipe ends the program quietly (SIGPIPE, see
//! `main`).

/// `println!` that returns the write error as the command's error.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)
            .map_err(|e| format!("cannot write to standard output: {e}"))
    }};
}

/// `print!` that returns the write error as the command's error.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        write!(std::io::stdout().lock(), $($arg)*)
            .map_err(|e| format!("cannot write to standard output: {e}"))
    }};
}
