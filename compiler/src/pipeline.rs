//! The stage list: source text to checked IR. Each stage is a function from one typed artifact
//! to the next; the CLI and tests go through here.

use crate::derive::{self, Derived};
use crate::error::Error;
use crate::ir::Module;
use crate::{check, syntax};

/// A source file loaded for compilation.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Renders errors against this source.
    pub fn render(&self, errors: &[Error], color: bool) -> String {
        crate::diagnostics::render(errors, &self.name, &self.text, color)
    }
}

/// Parse and check: the front end.
pub fn front_end(src: &Source) -> Result<Module, Vec<Error>> {
    let file = syntax::parse(&src.text).map_err(|e| vec![e])?;
    check::check(&file)
}

/// A checked file with every recurrence's derivations.
#[derive(Debug, Clone)]
pub struct DerivedModule {
    pub module: Module,
    pub recurrences: Vec<Derived>,
}

impl DerivedModule {
    pub fn recurrence(&self, name: &str) -> Option<&Derived> {
        self.recurrences.iter().find(|d| d.rec.name == name)
    }
}

/// Front end, then derivations (linearity, combine operator, reverse mode).
pub fn derive(src: &Source) -> Result<DerivedModule, Vec<Error>> {
    let module = front_end(src)?;
    let mut recurrences = Vec::new();
    let mut errors = Vec::new();
    for r in &module.recurrences {
        match derive::derive(r) {
            Ok(d) => recurrences.push(d),
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(DerivedModule {
            module,
            recurrences,
        })
    } else {
        Err(errors)
    }
}
