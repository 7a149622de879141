//! Lowering the equations: every assignment's target and value checked (indices, names,
//! lets, calls, constants) and turned into IR expressions in the checker's arena.

use super::*;
use crate::error::Shift;

impl<'a> Checker<'a> {
    pub(super) fn lower_assignments(&mut self, r: &'a ast::Recurrence) {
        for s in &r.body {
            let ast::Stmt::Assign {
                target,
                indices,
                value,
                span,
            } = s
            else {
                continue;
            };
            if self.poisoned.contains(&target.name) {
                continue;
            }
            self.attempted.insert(target.name.clone());
            let Some((what, decl)) = self.names.get(&target.name).cloned() else {
                let suggestion = suggest(
                    &target.name,
                    self.states
                        .iter()
                        .map(|s| s.name.as_str())
                        .chain(self.outputs.iter().map(|o| o.name.as_str())),
                );
                self.err(CheckError::UnknownName {
                    name: target.name.clone(),
                    span: target.span.clone(),
                    kind: NameKind::Value,
                    suggestion,
                });
                continue;
            };
            let (role, dims, first) = match what {
                Name::State(i) | Name::ComplexState(i) => (
                    Target::State,
                    self.states[i].dims.clone(),
                    self.states[i].update.as_ref().map(|u| u.1.clone()),
                ),
                Name::Output(i) => (
                    Target::Output,
                    self.outputs[i].dims.clone(),
                    self.outputs[i].value.as_ref().map(|u| u.1.clone()),
                ),
                Name::Input(_) => {
                    self.err(CheckError::AssignToInput {
                        name: target.name.clone(),
                        span: target.span.clone(),
                        decl,
                    });
                    continue;
                }
                Name::Let(_) => {
                    self.err(CheckError::AssignToLet {
                        name: target.name.clone(),
                        span: target.span.clone(),
                        decl,
                    });
                    continue;
                }
            };
            if let Some(first) = first {
                self.err(CheckError::AssignedTwice {
                    name: target.name.clone(),
                    span: span.clone(),
                    first,
                });
                continue;
            }
            if let Some(ix) = indices {
                let ix: Vec<ast::Expr> = ix
                    .iter()
                    .map(|id| ast::Expr {
                        kind: ExprKind::Name(id.clone()),
                        span: id.span.clone(),
                    })
                    .collect();
                let whole =
                    target.span.start..ix.last().map_or(target.span.end, |e| e.span.end + 1);
                if !self.check_indices(&target.name, &dims, &ix, whole, decl.clone()) {
                    continue;
                }
            }
            let use_ = match role {
                Target::State => Use::Update,
                Target::Output => Use::Output,
            };
            self.target_dims = (role == Target::State).then(|| dims.clone());
            let lowered = self.lower(value, use_);
            self.target_dims = None;
            let Some(v) = lowered else {
                continue;
            };
            // A complex state takes a complex value (or a real one: imaginary part 0); every
            // other target a real one.
            let v = match what {
                Name::ComplexState(_) => v,
                _ => match self.real(v, "a complex value assigned to a real tensor", &value.span) {
                    Some(h) => Val::Real(h),
                    None => continue,
                },
            };
            let shape = self.val_shape(v);
            let scan = self.scan.expect("dims checked");
            let allowed = match role {
                Target::State => DimSet::of(&dims).with(scan),
                Target::Output => DimSet::of(&dims),
            };
            if role == Target::Output && !dims.contains(&scan) && shape.contains(scan) {
                self.err(CheckError::FinalReadsSequence {
                    output: target.name.clone(),
                    scan_dim: self.dims[scan].name.clone(),
                    span: value.span.clone(),
                });
                continue;
            }
            let extra = shape.minus(allowed);
            if !extra.is_empty() {
                let extra = extra
                    .iter()
                    .map(|d| (self.dims[d].name.clone(), self.dims[d].index.clone()))
                    .collect();
                self.err(CheckError::ExtraDims {
                    target: target.name.clone(),
                    role,
                    extra,
                    span: value.span.clone(),
                    decl,
                });
                continue;
            }
            match (what, v) {
                (Name::ComplexState(i), v) => {
                    let (re, im) = self.parts(v, &value.span);
                    self.states[i].update = Some((re, span.clone()));
                    self.states[i + 1].update = Some((im, span.clone()));
                }
                (Name::State(i), Val::Real(h)) => self.states[i].update = Some((h, span.clone())),
                (Name::Output(i), Val::Real(h)) => self.outputs[i].value = Some((h, span.clone())),
                _ => unreachable!("inputs and lets rejected above, real targets take real values"),
            }
        }
    }

    /// Checks `tensor[i, j, …]` against the tensor's dims; reports and returns false on mismatch.
    fn check_indices(
        &mut self,
        tensor: &str,
        dims: &[Handle<Dim>],
        indices: &[ast::Expr],
        span: Span,
        decl: Span,
    ) -> bool {
        if indices.len() != dims.len() {
            self.err(CheckError::IndexCount {
                tensor: tensor.to_string(),
                expected: dims.len(),
                found: indices.len(),
                span,
                decl,
            });
            return false;
        }
        let mut ok = true;
        for (pos, (ix, &d)) in indices.iter().zip(dims).enumerate() {
            let Some(found) = self.index_name(ix) else {
                ok = false;
                continue;
            };
            if found != self.dims[d].index {
                self.err(CheckError::IndexMismatch {
                    tensor: tensor.to_string(),
                    position: pos,
                    expected: self.dims[d].index.clone(),
                    found,
                    dim: self.dims[d].name.clone(),
                    span: ix.span.clone(),
                    decl: decl.clone(),
                });
                ok = false;
            }
        }
        ok
    }

    /// An index position must hold a plain index name.
    fn index_name(&mut self, ix: &ast::Expr) -> Option<String> {
        match &ix.kind {
            ExprKind::Name(id) if self.index_by_name.contains_key(&id.name) => {
                Some(id.name.clone())
            }
            ExprKind::Name(id) if self.poisoned.contains(&id.name) => None,
            ExprKind::Name(id) => {
                self.err(CheckError::UnknownIndex {
                    name: id.name.clone(),
                    span: id.span.clone(),
                });
                None
            }
            // `t - 1`, `d + 2`: an index shifted by a number, where no lag is taken.
            _ if let Some((id, _, _, shift)) = lag::shifted(ix)
                && self.index_by_name.contains_key(&id.name) =>
            {
                // The scan's index shifted in a let's indices; another index anywhere.
                let why = if self.index_by_name.get(&id.name).copied() == self.scan {
                    Shift::NotInput
                } else {
                    Shift::OtherIndex
                };
                self.err(CheckError::ShiftedIndex {
                    index: id.name.clone(),
                    shift,
                    why,
                    span: ix.span.clone(),
                });
                None
            }
            _ => {
                self.err(CheckError::NotInRecurrence {
                    what: "an index that is not a plain index name",
                    span: ix.span.clone(),
                });
                None
            }
        }
    }

    fn lower_name(
        &mut self,
        id: &ast::Ident,
        use_: Use,
        indexed: Option<(&[ast::Expr], Span)>,
    ) -> Option<Val> {
        let Some(&(what, ref decl)) = self.names.get(&id.name) else {
            if self.poisoned.contains(&id.name) {
                return None;
            }
            // A dimension's name is its size, a value like any constant (`k / sqrt(DK)`);
            // not the scan's: a decoding step sees one position, not the length.
            if let (Some(&d), None) = (self.dim_by_name.get(&id.name), &indexed) {
                if Some(d) == self.scan {
                    self.err(CheckError::ScanSizeAsValue {
                        dim: id.name.clone(),
                        span: id.span.clone(),
                    });
                    return None;
                }
                return Some(Val::Real(self.exprs.intern(
                    Expr::DimSize(d),
                    crate::ir::DimSet::EMPTY,
                    id.span.clone(),
                )));
            }
            if let (Some(&d), None) = (self.index_by_name.get(&id.name), &indexed) {
                if Some(d) == self.scan {
                    return self.position(id).map(Val::Real);
                }
            }
            if let Some(&d) = self.index_by_name.get(&id.name) {
                self.err(CheckError::IndexAsValue {
                    name: id.name.clone(),
                    dim: self.dims[d].name.clone(),
                    span: id.span.clone(),
                });
                return None;
            }
            let candidates: Vec<String> = self.names.keys().cloned().collect();
            let suggestion = suggest(&id.name, candidates.iter().map(String::as_str));
            self.err(CheckError::UnknownName {
                name: id.name.clone(),
                span: id.span.clone(),
                kind: NameKind::Value,
                suggestion,
            });
            return None;
        };
        let decl = decl.clone();
        match what {
            Name::Input(i) => {
                let mut lag = None;
                if let Some((ix, span)) = indexed {
                    let dims = self.inputs[i].dims.clone();
                    let shift = self.scan_shift(ix).ok()?;
                    let ix = match &shift {
                        Some(s) => &s.plain[..],
                        None => ix,
                    };
                    if !self.check_indices(&id.name, &dims, ix, span.clone(), decl.clone()) {
                        return None;
                    }
                    lag = shift.map(|s| (s.steps, span));
                }
                if self.inputs[i].optional {
                    self.err(CheckError::OptionalReadInBody {
                        name: id.name.clone(),
                        span: id.span.clone(),
                        decl,
                    });
                    return None;
                }
                if let Some((steps, span)) = lag {
                    return self.lagged(i, steps, use_, &span).map(Val::Real);
                }
                let shape = DimSet::of(&self.inputs[i].dims);
                Some(Val::Real(self.exprs.intern(
                    Expr::Input(i),
                    shape,
                    id.span.clone(),
                )))
            }
            Name::State(s) | Name::ComplexState(s) => {
                let dims = self.states[s].dims.clone();
                let mut lag = None;
                if let Some((ix, span)) = indexed {
                    // `h[b, t - k]`: the scan index after the state's own, shifted, is a lag.
                    let shift = match ix.len() == dims.len() + 1 {
                        true => self.scan_shift(ix).ok()?,
                        false => None,
                    };
                    let ix = match &shift {
                        Some(s) => &s.plain[..dims.len()],
                        None => ix,
                    };
                    if !self.check_indices(&id.name, &dims, ix, span.clone(), decl) {
                        return None;
                    }
                    lag = shift.map(|s| (s.steps, span));
                }
                if let Some((steps, span)) = lag {
                    let mut part = |s: usize| self.lagged_state(s, steps, use_, &span);
                    return Some(match what {
                        Name::ComplexState(_) => Val::Complex(part(s), part(s + 1)),
                        _ => Val::Real(part(s)),
                    });
                }
                let mut read = |s: usize| {
                    self.exprs.intern(
                        Expr::State(Handle::from_index(s), use_.when()),
                        DimSet::of(&dims),
                        id.span.clone(),
                    )
                };
                Some(match what {
                    Name::ComplexState(_) => Val::Complex(read(s), read(s + 1)),
                    _ => Val::Real(read(s)),
                })
            }
            Name::Output(_) => {
                self.err(CheckError::ReadOutput {
                    name: id.name.clone(),
                    span: id.span.clone(),
                });
                None
            }
            Name::Let(l) => {
                let h = self.lower_let(l, use_)?;
                if let Some((ix, span)) = indexed {
                    let shape = self.val_shape(h);
                    let dims: Vec<Handle<Dim>> = shape.iter().collect();
                    // A let's indices are its free indices, in any order.
                    let mut written = Vec::new();
                    for e in ix {
                        written.push(self.index_name(e)?);
                    }
                    let mut want: Vec<String> =
                        dims.iter().map(|&d| self.dims[d].index.clone()).collect();
                    let mut got = written.clone();
                    want.sort();
                    got.sort();
                    if want != got {
                        if written.len() != dims.len() {
                            self.err(CheckError::IndexCount {
                                tensor: id.name.clone(),
                                expected: dims.len(),
                                found: written.len(),
                                span,
                                decl,
                            });
                        } else {
                            let (pos, bad) = written
                                .iter()
                                .enumerate()
                                .find(|(_, w)| !want.contains(w))
                                .map(|(p, w)| (p, w.clone()))
                                .unwrap_or((0, written[0].clone()));
                            let missing = want
                                .iter()
                                .find(|w| !written.contains(w))
                                .cloned()
                                .unwrap_or_default();
                            let dim = self
                                .index_by_name
                                .get(&missing)
                                .map(|&d| self.dims[d].name.clone())
                                .unwrap_or_default();
                            self.err(CheckError::IndexMismatch {
                                tensor: id.name.clone(),
                                position: pos,
                                expected: missing,
                                found: bad,
                                dim,
                                span: ix[pos].span.clone(),
                                decl,
                            });
                        }
                        return None;
                    }
                }
                Some(h)
            }
        }
    }

    fn lower_let(&mut self, l: usize, use_: Use) -> Option<Val> {
        if self.lets[l].cyclic {
            return None;
        }
        let key = (l, use_, self.lag_context(use_));
        if let Some(&h) = self.let_cache.get(&key) {
            return h;
        }
        // Mark in progress so a cycle we failed to see cannot recurse forever.
        self.let_cache.insert(key, None);
        let value = self.lets[l].value;
        let h = self.lower(value, use_);
        self.let_cache.insert(key, h);
        let name = self.lets[l].name.name.clone();
        let named = match h {
            Some(Val::Real(x)) => vec![(name, x)],
            Some(Val::Complex(re, im)) => {
                vec![(format!("re({name})"), re), (format!("im({name})"), im)]
            }
            None => Vec::new(),
        };
        for (name, value) in named {
            if self.bound.insert((name.clone(), value)) {
                self.bindings.push(Binding { name, value });
            }
        }
        h
    }

    /// `h`, unless it folded to a constant that is infinite or NaN, or past the f32 range the
    /// kernels compute in (its operands are in range: literals are, and every fold is checked
    /// here), which is reported.
    fn finite(&mut self, h: Handle<Expr>, span: Span) -> Option<Handle<Expr>> {
        match self.exprs.const_value(h) {
            Some(v) if v.is_nan() || v.abs() > f32::MAX as f64 => {
                self.err(CheckError::NonFiniteConstant { value: v, span });
                None
            }
            _ => Some(h),
        }
    }

    /// `v`, unless a part of it is a non-finite constant (reported).
    fn finite_val(&mut self, v: Val, span: Span) -> Option<Val> {
        Some(match v {
            Val::Real(h) => Val::Real(self.finite(h, span)?),
            Val::Complex(re, im) => {
                Val::Complex(self.finite(re, span.clone())?, self.finite(im, span)?)
            }
        })
    }

    fn lower(&mut self, e: &ast::Expr, use_: Use) -> Option<Val> {
        let span = e.span.clone();
        match &e.kind {
            ExprKind::Number(v) => {
                let h = self.exprs.konst(*v, span.clone());
                self.finite(h, span).map(Val::Real)
            }
            ExprKind::Name(id) => self.lower_name(id, use_, None),
            ExprKind::Index { base, indices } => {
                let whole = e.span.clone();
                self.lower_name(base, use_, Some((indices, whole)))
            }
            ExprKind::Unary {
                op: ast::UnaryOp::Neg,
                operand,
            } => {
                let v = match self.lower(operand, use_)? {
                    Val::Real(a) => Val::Real(self.exprs.unary(UnaryFn::Neg, a, span.clone())),
                    Val::Complex(re, im) => Val::Complex(
                        self.exprs.unary(UnaryFn::Neg, re, span.clone()),
                        self.exprs.unary(UnaryFn::Neg, im, span.clone()),
                    ),
                };
                self.finite_val(v, span)
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let f = match op {
                    ast::BinaryOp::Add => BinaryFn::Add,
                    ast::BinaryOp::Sub => BinaryFn::Sub,
                    ast::BinaryOp::Mul => BinaryFn::Mul,
                    ast::BinaryOp::Div => BinaryFn::Div,
                    ast::BinaryOp::Pow => BinaryFn::Pow,
                    _ => {
                        self.err(CheckError::NotInRecurrence {
                            what: "a comparison or logical operator",
                            span,
                        });
                        return None;
                    }
                };
                let a = self.lower(lhs, use_);
                let b = self.lower(rhs, use_);
                let v = match (a?, b?) {
                    (Val::Real(a), Val::Real(b)) => {
                        Val::Real(self.exprs.binary(f, a, b, span.clone()))
                    }
                    (a, b) => self.complex_arith(f, a, b, &span)?,
                };
                self.finite_val(v, span)
            }
            ExprKind::Call { func, args } => self.lower_call(func, args, use_, span),
            ExprKind::Unary {
                op: ast::UnaryOp::Not,
                ..
            } => {
                self.err(CheckError::NotInRecurrence {
                    what: "a logical `!`",
                    span,
                });
                None
            }
            ExprKind::Bool(_) => {
                self.err(CheckError::NotInRecurrence {
                    what: "a boolean",
                    span,
                });
                None
            }
            ExprKind::Str(_) => {
                self.err(CheckError::NotInRecurrence {
                    what: "a string",
                    span,
                });
                None
            }
            ExprKind::List(_) => {
                self.err(CheckError::NotInRecurrence {
                    what: "a list",
                    span,
                });
                None
            }
        }
    }

    fn lower_call(
        &mut self,
        func: &ast::Ident,
        args: &[ast::Arg],
        use_: Use,
        span: Span,
    ) -> Option<Val> {
        if let Some(arg) = args.iter().find(|a| a.key.is_some()) {
            let key = arg.key.as_ref().expect("found by key");
            self.err(CheckError::NotInRecurrence {
                what: "a keyword argument",
                span: key.span.start..arg.value.span.end,
            });
            return None;
        }
        let arity = |expected: usize, c: &mut Self| {
            if args.len() != expected {
                c.err(CheckError::WrongArity {
                    func: func.name.clone(),
                    expected,
                    found: args.len(),
                    span: span.clone(),
                });
                false
            } else {
                true
            }
        };
        // The complex forms (`complex`, `re`, `im`, `conj`).
        if let Some(&(_, written, _)) = builtins::COMPLEX
            .iter()
            .find(|c| c.0 == func.name && UnaryFn::by_name(c.0).is_none())
        {
            let expected = written.matches(',').count() + 1;
            if !arity(expected, self) {
                return None;
            }
            let vals: Option<Vec<Val>> = args.iter().map(|a| self.lower(&a.value, use_)).collect();
            let v = self.complex_call(&func.name, &vals?, &span)??;
            return self.finite_val(v, span);
        }
        if let Some(f) = UnaryFn::by_name(&func.name) {
            if !arity(1, self) {
                return None;
            }
            let v = match self.lower(&args[0].value, use_)? {
                Val::Real(a) => Val::Real(self.exprs.unary(f, a, span.clone())),
                z => match self.complex_call(&func.name, &[z], &span) {
                    Some(v) => v?,
                    None => {
                        self.err(CheckError::ComplexUnsupported {
                            what: "this function of a complex value (complex values take + - * /, exp, abs, re, im, conj)",
                            span: span.clone(),
                        });
                        return None;
                    }
                },
            };
            return self.finite_val(v, span);
        }
        if let Some(f) = BinaryFn::by_name(&func.name) {
            if !arity(2, self) {
                return None;
            }
            let a = self.lower(&args[0].value, use_);
            let b = self.lower(&args[1].value, use_);
            let (a, b) = (a?, b?);
            let what = "this function of a complex value (complex values take + - * /, exp, abs, re, im, conj)";
            let a = self.real(a, what, &span);
            let b = self.real(b, what, &span);
            let h = self.exprs.binary(f, a?, b?, span.clone());
            return self.finite(h, span).map(Val::Real);
        }
        if func.name == "sum" {
            if !arity(2, self) {
                return None;
            }
            let ix = &args[0].value;
            let ExprKind::Name(id) = &ix.kind else {
                self.err(CheckError::NotAnIndex {
                    func: "sum".into(),
                    span: ix.span.clone(),
                });
                return None;
            };
            let Some(&d) = self.index_by_name.get(&id.name) else {
                if self.poisoned.contains(&id.name) {
                    return None;
                }
                self.err(CheckError::UnknownIndex {
                    name: id.name.clone(),
                    span: id.span.clone(),
                });
                return None;
            };
            if Some(d) == self.scan {
                self.err(CheckError::SumOverScan {
                    index: id.name.clone(),
                    span: id.span.clone(),
                });
                return None;
            }
            let a = self.lower(&args[1].value, use_)?;
            let shape = self.val_shape(a);
            if !shape.contains(d) {
                self.err(CheckError::SumOverAbsentDim {
                    index: id.name.clone(),
                    dim: self.dims[d].name.clone(),
                    span: args[1].value.span.clone(),
                });
                return None;
            }
            // (A part constant along the dim is the size times it.)
            let dim = DimSet::single(d);
            return Some(match a {
                Val::Real(a) => Val::Real(self.exprs.sum(d, a, span)),
                Val::Complex(re, im) => Val::Complex(
                    self.exprs.reduce(re, dim, span.clone()),
                    self.exprs.reduce(im, dim, span),
                ),
            });
        }
        self.err(CheckError::UnknownFunction {
            name: func.name.clone(),
            span: func.span.clone(),
            suggestion: suggest(&func.name, builtins::spec_names().iter().copied()),
        });
        None
    }
}
