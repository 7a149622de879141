//! One module per command: its arguments (clap) and what it does.

pub mod builtins;
pub mod check;
pub mod compile;
pub mod explain;
pub mod interp;
pub mod ir;
pub mod run;
