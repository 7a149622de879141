//! End-to-end tests of linrec, in one test binary: the bundled examples, the diagnostics of the
//! error examples, the interpreter against independent loops, and robustness of the front end.

#[cfg(test)]
mod support;

#[cfg(test)]
mod architecture;

#[cfg(test)]
mod examples;

#[cfg(test)]
mod interp_reference;

#[cfg(test)]
mod limits;

#[cfg(test)]
mod robustness;

#[cfg(test)]
mod derivations;

#[cfg(test)]
mod builtins;

#[cfg(test)]
mod codegen;

#[cfg(test)]
mod contract;

#[cfg(test)]
mod goldens;

#[cfg(test)]
mod model;

#[cfg(test)]
mod fold;
