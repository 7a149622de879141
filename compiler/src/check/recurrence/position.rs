//! The scan position as a value: `t` (the scan index) read outside `[...]` is the step's
//! position, 0 at the first step ([`Expr::Position`]), in updates and outputs alike. The
//! sequence kernels and the interpreter's runs know it; a decoding step does not, so the
//! recurrence gets a state that counts the steps, `t_pos` (after the scan index), updated
//! `t_pos ← t_pos + 1` from 0, which decoding carries like any state and reads as the
//! position. No gradient flows through it.

use super::*;

/// The name of the state that counts the steps of a scan walked by `index`.
pub fn state_name(index: &str) -> String {
    format!("{index}_pos")
}

impl Checker<'_> {
    /// The position as read by an update (`t`, the previous count) or an output (the new count
    /// less 1). None (reported) in a reverse scan, whose positions count down from a length a
    /// decoding step does not know.
    pub(super) fn position(&mut self, id: &ast::Ident) -> Option<Handle<Expr>> {
        if self.direction == ir::Direction::Reverse {
            self.err(CheckError::PositionInReverse {
                index: id.name.clone(),
                span: id.span.clone(),
            });
            return None;
        }
        let counter = self
            .states
            .iter()
            .position(|s| s.origin == ir::StateOrigin::Position);
        let k = match counter {
            Some(k) => k,
            None => self.declare_position(id),
        };
        let scan = self.scan.expect("dims checked");
        Some(self.exprs.intern(
            Expr::Position(Handle::from_index(k)),
            DimSet::single(scan),
            id.span.clone(),
        ))
    }

    /// The counting state, declared and updated on first use (its name must be free).
    fn declare_position(&mut self, id: &ast::Ident) -> usize {
        let k = self.states.len();
        let sp = id.span.clone();
        let prev = self.exprs.intern(
            Expr::State(Handle::from_index(k), When::Prev),
            DimSet::EMPTY,
            sp.clone(),
        );
        let one = self.exprs.konst(1.0, sp.clone());
        let update = self.exprs.add(prev, one, sp.clone());
        let name = state_name(&id.name);
        self.states.push(StateDecl {
            name: name.clone(),
            dtype: DType::F32,
            dims: Vec::new(),
            init: StateInit::Const(0.0),
            decl: sp.clone(),
            update: Some((update, sp.clone())),
            origin: ir::StateOrigin::Position,
        });
        self.declare_name(&ast::Ident { name, span: sp }, Name::State(k));
        k
    }
}
