//! The MLIR text builder both emitters write with (recurrence kernels and layer kernels):
//! fresh SSA names, indented lines in three sections (the function's entry, values hoisted
//! before the main loop, the body), typed [`Value`]s, and constants written once per function
//! in its entry, deduplicated by type and value.

use std::collections::HashMap;
use std::fmt;

/// An MLIR type the emitters use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ty {
    F32,
    F16,
    I1,
    I16,
    I32,
    I64,
    Index,
    /// A generic pointer (global memory, or host memory on the host target).
    Ptr,
    /// A pointer to shared memory (address space 3).
    SharedPtr,
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Ty::F32 => "f32",
            Ty::F16 => "f16",
            Ty::I1 => "i1",
            Ty::I16 => "i16",
            Ty::I32 => "i32",
            Ty::I64 => "i64",
            Ty::Index => "index",
            Ty::Ptr => "!llvm.ptr",
            Ty::SharedPtr => "!llvm.ptr<3>",
        })
    }
}

/// An SSA value: its name (`%v12`, `%size_L`) and type. Displays and dereferences as its
/// name, so it reads as an operand in op text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Value {
    pub name: String,
    pub ty: Ty,
}

impl Value {
    pub fn new(name: impl Into<String>, ty: Ty) -> Value {
        Value {
            name: name.into(),
            ty,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

impl std::ops::Deref for Value {
    type Target = str;
    fn deref(&self) -> &str {
        &self.name
    }
}

impl From<Value> for String {
    fn from(v: Value) -> String {
        v.name
    }
}

/// Where an op is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The function's entry (constants, allocas, per-thread values computed once).
    Entry,
    /// Before the main loop: values that do not change along the scan.
    Hoisted,
    /// At the current position of the body.
    Body,
}

/// The text of one function being built.
#[derive(Debug)]
pub struct Text {
    next: usize,
    pub entry: Vec<String>,
    pub hoisted: Vec<String>,
    pub body: Vec<String>,
    /// Indentation of body lines, in steps of two spaces.
    pub indent: usize,
    consts: HashMap<(Ty, String), Value>,
    /// The value of every i64 constant written, by name (for [`Text::fold`]).
    ints: HashMap<String, i64>,
}

/// Indentation of the entry and hoisted sections (inside `gpu.module` and the function).
const TOP: &str = "      ";

impl Text {
    /// An empty function whose body starts `indent` steps in.
    pub fn new(indent: usize) -> Text {
        Text {
            next: 0,
            entry: Vec::new(),
            hoisted: Vec::new(),
            body: Vec::new(),
            indent,
            consts: HashMap::new(),
            ints: HashMap::new(),
        }
    }

    /// A fresh SSA name.
    pub fn fresh(&mut self) -> String {
        self.next += 1;
        format!("%v{}", self.next)
    }

    /// A line of the body at the current indentation.
    pub fn line(&mut self, s: String) {
        let pad = "  ".repeat(self.indent);
        self.body.push(format!("{pad}{s}"));
    }

    /// `%v = rhs` in `section`; `rhs` spells its operand and result types.
    pub fn op_at(&mut self, section: Section, ty: Ty, rhs: String) -> Value {
        let v = self.fresh();
        match section {
            Section::Entry => self.entry.push(format!("{TOP}{v} = {rhs}")),
            Section::Hoisted => self.hoisted.push(format!("{TOP}{v} = {rhs}")),
            Section::Body => self.line(format!("{v} = {rhs}")),
        }
        Value::new(v, ty)
    }

    /// An i64 `addi`, `subi` or `muli` whose operands are known: the constant it computes (two
    /// constants), or the operand it leaves unchanged (`+ 0`, `- 0`, `· 1`; `· 0` is 0). The
    /// kernels' address arithmetic is mostly of this kind (strides and points fixed at compile
    /// time); folding it here keeps it out of the MLIR the pipeline has to parse and fold.
    pub fn fold(&mut self, rhs: &str) -> Option<String> {
        let body = rhs.strip_suffix(" : i64")?;
        let (op, args) = body.split_once(' ')?;
        let (a, b) = args.split_once(", ")?;
        let (x, y) = (self.ints.get(a).copied(), self.ints.get(b).copied());
        let v = match (op, x, y) {
            ("arith.addi", Some(x), Some(y)) => x.wrapping_add(y),
            ("arith.subi", Some(x), Some(y)) => x.wrapping_sub(y),
            ("arith.muli", Some(x), Some(y)) => x.wrapping_mul(y),
            ("arith.addi", Some(0), _) | ("arith.muli", Some(1), _) => return Some(b.to_string()),
            ("arith.addi" | "arith.subi", _, Some(0)) | ("arith.muli", _, Some(1)) => {
                return Some(a.to_string());
            }
            ("arith.muli", Some(0), _) | ("arith.muli", _, Some(0)) => 0,
            _ => return None,
        };
        Some(self.i64(v).into())
    }

    /// `%v = rhs` in the body, returning the name only (the type is spelled in `rhs`; i64
    /// arithmetic on known operands folds: [`Text::fold`]).
    pub fn assign(&mut self, rhs: String) -> String {
        if let Some(v) = self.fold(&rhs) {
            return v;
        }
        let v = self.fresh();
        self.line(format!("{v} = {rhs}"));
        v
    }

    /// `%v = rhs` in the body.
    pub fn op(&mut self, ty: Ty, rhs: String) -> Value {
        self.op_at(Section::Body, ty, rhs)
    }

    /// A line with several results (`%a, %b = …`) in `section`.
    pub fn raw_at(&mut self, section: Section, line: String) {
        match section {
            Section::Entry => self.entry.push(format!("{TOP}{line}")),
            Section::Hoisted => self.hoisted.push(format!("{TOP}{line}")),
            Section::Body => self.line(line),
        }
    }

    /// The constant `literal : ty`, written once in the entry.
    pub fn constant(&mut self, ty: Ty, literal: String) -> Value {
        if let Some(v) = self.consts.get(&(ty, literal.clone())) {
            return v.clone();
        }
        let v = self.op_at(
            Section::Entry,
            ty,
            format!("arith.constant {literal} : {ty}"),
        );
        if ty == Ty::I64 {
            if let Ok(x) = literal.parse() {
                self.ints.insert(String::from(v.clone()), x);
            }
        }
        self.consts.insert((ty, literal), v.clone());
        v
    }

    /// An f32 constant, in MLIR's exact hexadecimal form.
    pub fn f32(&mut self, v: f64) -> Value {
        self.constant(Ty::F32, format!("0x{:08X}", (v as f32).to_bits()))
    }

    pub fn i64(&mut self, v: i64) -> Value {
        self.constant(Ty::I64, v.to_string())
    }

    pub fn index(&mut self, v: i64) -> Value {
        self.constant(Ty::Index, v.to_string())
    }

    pub fn i32(&mut self, v: i32) -> Value {
        self.constant(Ty::I32, v.to_string())
    }

    /// Opens a region: `header {`, one step in.
    pub fn open(&mut self, header: String) {
        self.line(format!("{header} {{"));
        self.indent += 1;
    }

    /// Closes the innermost region.
    pub fn close(&mut self) {
        self.indent -= 1;
        self.line("}".into());
    }

    /// `} else {` between the two regions of an `scf.if`.
    pub fn otherwise(&mut self) {
        self.indent -= 1;
        self.line("} else {".into());
        self.indent += 1;
    }

    /// The function's lines: entry, `head` (lines the caller set apart), hoisted, body.
    pub fn lines<'a>(&'a self, head: &'a [String]) -> impl Iterator<Item = &'a String> {
        self.entry
            .iter()
            .chain(head)
            .chain(&self.hoisted)
            .chain(&self.body)
    }
}

/// An emitter that writes into a [`Text`]: the recurrence kernels' and the layer kernels'
/// builders share their names, lines and untyped ops through it.
pub trait Emitter {
    fn text(&mut self) -> &mut Text;

    fn fresh(&mut self) -> String {
        self.text().fresh()
    }

    fn line(&mut self, s: String) {
        self.text().line(s);
    }

    /// `%v = s` in the body (the result's type is spelled in `s`).
    fn op(&mut self, s: String) -> String {
        self.text().assign(s)
    }
}

/// The module-level declaration of `n` elements of `elem` in a block's shared memory
/// (address space 3), 16-byte aligned, as one line.
pub(crate) fn shared_global(name: &str, n: usize, elem: &str) -> String {
    format!(
        "    llvm.mlir.global internal @{name}() {{addr_space = 3 : i32, alignment = 16 : i64}} : !llvm.array<{n} x {elem}>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i64_arithmetic_on_known_operands_folds() {
        let mut t = Text::new(0);
        let (two, three, zero, one) = (t.i64(2), t.i64(3), t.i64(0), t.i64(1));
        let (two, three, zero, one) = (
            String::from(two),
            String::from(three),
            String::from(zero),
            String::from(one),
        );
        let six = t.assign(format!("arith.muli {two}, {three} : i64"));
        assert_eq!(six, String::from(t.i64(6)));
        let x = t.assign("arith.addi %n, %m : i64".into());
        assert_eq!(t.assign(format!("arith.addi {x}, {zero} : i64")), x);
        assert_eq!(t.assign(format!("arith.muli {one}, {x} : i64")), x);
        assert_eq!(t.assign(format!("arith.muli {x}, {zero} : i64")), zero);
        // Other types and ops are written as they are.
        let y = t.assign(format!("arith.divui {six}, {two} : i64"));
        assert_ne!(y, String::from(t.i64(3)));
        assert!(
            t.fold(&format!("arith.addi {two}, {three} : index"))
                .is_none()
        );
    }

    #[test]
    fn constants_are_written_once_per_type_and_value() {
        let mut t = Text::new(3);
        let a = t.f32(1.0);
        let b = t.f32(1.0);
        let c = t.i64(1);
        assert_eq!(a, b);
        assert_ne!(a.name, c.name);
        assert_eq!(t.entry.len(), 2);
        assert_eq!(t.entry[0], "      %v1 = arith.constant 0x3F800000 : f32");
        let s = t.op(Ty::F32, format!("arith.addf {a}, {b} : f32"));
        assert_eq!(s.ty, Ty::F32);
        assert_eq!(t.body, vec!["      %v3 = arith.addf %v1, %v1 : f32"]);
    }
}
