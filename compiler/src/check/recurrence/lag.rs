//! Lags: a value of an earlier step of the scan. An input read at `x[b, t - k]` (`t + k` in a
//! reverse scan) and a state read with the scan index after its own, `h[b, t - k]`, are lowered
//! to a delay line, states that the scan carries like any other: for an input `x_lag1 ←
//! x[.., t]`, `x_lag2 ← x_lag1`, …, so that an update (which reads previous values) sees
//! `x_{t-k}` in `x_lagk` and an output (which reads new values) in `x_lag{k+1}`; for a state
//! `h_lag1 ← h`, … (h_{t-1} after step t: an update's `h[b, t - k]` is `h_lag{k-1}`'s previous
//! value, an output's `h_lagk`'s new one), the companion form of a higher-order recurrence.
//! The line's states are linear and coupled with one another and with the state whose update
//! reads them, so the derivations (combine, adjoint, decoding step, which then carries the
//! last k values) need nothing of their own, and values before the start are zero, the line's
//! initial value.
//!
//! An input's delay line has the dims of the state whose update reads it (coupled states share
//! their point), or the input's own dims (less the scan's) when an output reads it; a lag
//! inside a sum over a dim the state lacks is refused. A state's line has the state's dims.

use super::*;
use crate::error::Shift;
use crate::limits::MAX_LAG;

/// What a delay line delays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Source {
    Input(Handle<Input>),
    /// A state (for a `c64` one, each part).
    State(usize),
}

/// The shifted scan index of a read, as found in its index list.
pub(super) struct ScanShift {
    /// The index list with the shift replaced by the plain scan index.
    pub plain: Vec<ast::Expr>,
    /// How many steps back.
    pub steps: usize,
}

/// An index shifted by a number (`t - 1`, `d + 2`): the index, whether it is shifted down, the
/// number, and the shift as written.
pub(super) fn shifted(e: &ast::Expr) -> Option<(&ast::Ident, bool, f64, String)> {
    let ExprKind::Binary { op, lhs, rhs } = &e.kind else {
        return None;
    };
    let (ExprKind::Name(id), ExprKind::Number(k)) = (&lhs.kind, &rhs.kind) else {
        return None;
    };
    let down = match op {
        ast::BinaryOp::Sub => true,
        ast::BinaryOp::Add => false,
        _ => return None,
    };
    let sign = if down { '-' } else { '+' };
    Some((id, down, *k, format!("{} {sign} {k}", id.name)))
}

impl Checker<'_> {
    /// Finds a shift of the scan index (`t - k`, `t + k`) among a read's indices. None when there
    /// is none; Err (reported) when it is not a lag linrec takes.
    pub(super) fn scan_shift(&mut self, ix: &[ast::Expr]) -> Result<Option<ScanShift>, ()> {
        let scan = self.scan.expect("dims checked");
        let index = self.dims[scan].index.clone();
        // Earlier steps lie below the position in a forward scan, above it in a reverse one.
        let back_down = self.direction == ir::Direction::Forward;
        for (pos, e) in ix.iter().enumerate() {
            let Some((id, down, k, shift)) = shifted(e) else {
                continue;
            };
            if id.name != index {
                continue;
            }
            let why = if down != back_down {
                Some(Shift::Ahead {
                    back: format!("{index} {} {k}", if back_down { '-' } else { '+' }),
                })
            } else if k.fract() != 0.0 || k < 1.0 {
                Some(Shift::NotWhole)
            } else if k > MAX_LAG as f64 {
                Some(Shift::TooFar { max: MAX_LAG })
            } else {
                None
            };
            if let Some(why) = why {
                self.err(CheckError::ShiftedIndex {
                    index,
                    shift,
                    why,
                    span: e.span.clone(),
                });
                return Err(());
            }
            let mut plain = ix.to_vec();
            plain[pos] = ast::Expr {
                kind: ExprKind::Name(id.clone()),
                span: id.span.clone(),
            };
            return Ok(Some(ScanShift {
                plain,
                steps: k as usize,
            }));
        }
        Ok(None)
    }

    /// What a lag inside a let depends on besides its use: the updated state's dims.
    pub(super) fn lag_context(&self, use_: Use) -> DimSet {
        match (use_, &self.target_dims) {
            (Use::Update, Some(dims)) => DimSet::of(dims),
            _ => DimSet::EMPTY,
        }
    }

    /// The value of input `i` `steps` steps back, as read by `use_`: a state of its delay line.
    pub(super) fn lagged(
        &mut self,
        i: Handle<Input>,
        steps: usize,
        use_: Use,
        span: &Span,
    ) -> Option<Handle<Expr>> {
        let scan = self.scan.expect("dims checked");
        let own = DimSet::of(&self.inputs[i].dims).minus(DimSet::single(scan));
        let dims: Vec<Handle<Dim>> = match (use_, &self.target_dims) {
            (Use::Update, Some(target)) => {
                let outside = own.minus(DimSet::of(target));
                if !outside.is_empty() {
                    let d = outside.iter().next().expect("not empty");
                    self.err(CheckError::LagInSum {
                        input: self.inputs[i].name.clone(),
                        dim: self.dims[d].name.clone(),
                        index: self.dims[d].index.clone(),
                        span: span.clone(),
                    });
                    return None;
                }
                target.clone()
            }
            _ => self.inputs[i]
                .dims
                .iter()
                .copied()
                .filter(|&d| d != scan)
                .collect(),
        };
        // An update reads the line's previous values, an output its new ones.
        let len = match use_ {
            Use::Update => steps,
            Use::Output => steps + 1,
        };
        Some(self.line_value(Source::Input(i), &dims, len, use_, span))
    }

    /// The value of state `s` (a real one, or one part of a complex one) `steps` steps before
    /// the current one (`h[b, t - k]`): the state itself in an update one step back, else a
    /// state of its delay line.
    pub(super) fn lagged_state(
        &mut self,
        s: usize,
        steps: usize,
        use_: Use,
        span: &Span,
    ) -> Handle<Expr> {
        let dims = self.states[s].dims.clone();
        // An update reads h_{t-1} as the state itself; the line's j-th state holds h_{t-j}.
        let len = match use_ {
            Use::Update => steps - 1,
            Use::Output => steps,
        };
        if len == 0 {
            return self.exprs.intern(
                Expr::State(Handle::from_index(s), When::Prev),
                DimSet::of(&dims),
                span.clone(),
            );
        }
        self.line_value(Source::State(s), &dims, len, use_, span)
    }

    /// The `len`-th state of `source`'s delay line over `dims` (made as far as needed), as read
    /// by `use_`.
    fn line_value(
        &mut self,
        source: Source,
        dims: &[Handle<Dim>],
        len: usize,
        use_: Use,
        span: &Span,
    ) -> Handle<Expr> {
        let key = (source, DimSet::of(dims));
        while self.lags.get(&key).map_or(0, Vec::len) < len {
            self.extend_line(source, dims, span);
        }
        let s = self.lags[&key][len - 1];
        self.exprs.intern(
            Expr::State(Handle::from_index(s), use_.when()),
            key.1,
            span.clone(),
        )
    }

    /// Adds the next state of `source`'s delay line over `dims`: the first copies the source
    /// (an input's current value, a state's previous one), each later one the one before it.
    fn extend_line(&mut self, source: Source, dims: &[Handle<Dim>], span: &Span) {
        let key = (source, DimSet::of(dims));
        let line = self.lags.entry(key).or_default().clone();
        let k = self.states.len();
        let from = match source {
            Source::Input(i) => self.inputs[i].name.clone(),
            Source::State(s) => self.states[s].name.clone(),
        };
        let update = match (line.last(), source) {
            (None, Source::Input(i)) => {
                let scan = self.scan.expect("dims checked");
                let shape = DimSet::of(&self.inputs[i].dims).with(scan);
                self.exprs.intern(Expr::Input(i), shape, span.clone())
            }
            // A state's previous value, or the line's state before this one.
            (None, Source::State(prev)) | (Some(&prev), _) => self.exprs.intern(
                Expr::State(Handle::from_index(prev), When::Prev),
                key.1,
                span.clone(),
            ),
        };
        // After step t an input's j-th state holds it at t − (j − 1), a state's at t − j.
        let back = match source {
            Source::Input(_) => line.len(),
            Source::State(_) => line.len() + 1,
        };
        let origin = ir::StateOrigin::Lag {
            of: from.clone(),
            back,
        };
        let base = format!("{from}_lag{}", line.len() + 1);
        let name = (0..)
            .map(|n| {
                if n == 0 {
                    base.clone()
                } else {
                    format!("{base}_{n}")
                }
            })
            .find(|n| !self.names.contains_key(n) && !self.index_by_name.contains_key(n))
            .expect("a free name");
        self.states.push(StateDecl {
            name: name.clone(),
            dtype: DType::F32,
            dims: dims.to_vec(),
            init: StateInit::Const(0.0),
            decl: span.clone(),
            update: Some((update, span.clone())),
            origin,
        });
        self.names.insert(name, (Name::State(k), span.clone()));
        self.lags.get_mut(&key).expect("made above").push(k);
    }
}
