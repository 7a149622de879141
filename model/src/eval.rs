//! The forward's statements and expressions: layer-op calls, recurrence calls (arguments
//! moved to their declared layout and back), residual connections fused with `linear`, and
//! parameter-only subexpressions computed once.

use crate::backend::operand;
use crate::config::{config_expr, literal, scalar_binary};
use crate::executor::Mode;
use crate::value::kind;

use std::collections::HashMap;

use linrec_compiler::derive::Derived;
use linrec_compiler::interp::Sizes;
use linrec_compiler::ir::{BinaryFn, OutputKind, UnaryFn};
use linrec_compiler::limits::{MAX_MODEL_DIM, MAX_MODEL_REPEAT};
use linrec_compiler::syntax::ast::{self, BinaryOp, ExprKind, ModelStmt, UnaryOp};

use crate::value::Value;
use crate::*;

impl<B: Backend> Model<B> {
    pub(crate) fn run(
        &self,
        body: &[ModelStmt],
        env: &mut HashMap<String, Value<B::Tensor>>,
    ) -> Result<()> {
        for s in body {
            match s {
                ModelStmt::Bind { names, value, .. } => {
                    let v = self.eval(value, env)?;
                    match (names.len(), v) {
                        (1, Value::Tuple(mut vs)) => {
                            // A call with several outputs bound to one name: its first output.
                            env.insert(names[0].name.clone(), vs.swap_remove(0));
                        }
                        (1, v) => {
                            env.insert(names[0].name.clone(), v);
                        }
                        (n, Value::Tuple(vs)) if vs.len() == n => {
                            for (name, v) in names.iter().zip(vs) {
                                env.insert(name.name.clone(), v);
                            }
                        }
                        (n, v) => {
                            return Err(ModelError::Shape {
                                op: "binding".into(),
                                detail: format!("{n} names, but the value is {}", kind(&v)),
                            });
                        }
                    }
                }
                ModelStmt::Repeat {
                    count, var, body, ..
                } => {
                    let n = self
                        .eval(count, env)?
                        .count("repeat count", MAX_MODEL_REPEAT)?;
                    for i in 0..n {
                        env.insert(var.name.clone(), Value::Int(i as i64));
                        self.run(body, env)?;
                    }
                    env.remove(&var.name);
                }
            }
        }
        Ok(())
    }

    pub(crate) fn eval(
        &self,
        e: &ast::Expr,
        env: &HashMap<String, Value<B::Tensor>>,
    ) -> Result<Value<B::Tensor>> {
        if self.static_spans.contains(&(e.span.start, e.span.end)) {
            let key = (
                e.span.start,
                e.span.end,
                self.loop_vars
                    .iter()
                    .filter_map(|v| match env.get(v) {
                        Some(Value::Int(i)) => Some(*i),
                        _ => None,
                    })
                    .collect(),
            );
            if let Some(v) = self.statics.borrow().get(&key) {
                return Ok(v.clone());
            }
            let v = self.eval_uncached(e, env)?;
            if matches!(v, Value::Tensor(_)) {
                self.statics.borrow_mut().insert(key, v.clone());
            }
            return Ok(v);
        }
        self.eval_uncached(e, env)
    }

    pub(crate) fn eval_uncached(
        &self,
        e: &ast::Expr,
        env: &HashMap<String, Value<B::Tensor>>,
    ) -> Result<Value<B::Tensor>> {
        match &e.kind {
            ExprKind::Number(_) | ExprKind::Bool(_) | ExprKind::Str(_) => {
                config_expr(e, &serde_json::Value::Null, env)
            }
            ExprKind::Name(id) => env
                .get(&id.name)
                .cloned()
                .ok_or_else(|| ModelError::Unbound(id.name.clone())),
            ExprKind::Index { base, indices } => {
                let ix = indices.first().ok_or_else(|| ModelError::Shape {
                    op: base.name.clone(),
                    detail: "a layer parameter needs its layer index, e.g. `w[i]`".into(),
                })?;
                let layer = self.eval(ix, env)?.int("layer index")?;
                let vals = self
                    .layers
                    .get(&base.name)
                    .ok_or_else(|| ModelError::Unbound(format!("{}[…]", base.name)))?;
                vals.get(layer as usize)
                    .cloned()
                    .ok_or_else(|| ModelError::Shape {
                        op: base.name.clone(),
                        detail: format!("layer {layer} of {}", vals.len()),
                    })
            }
            ExprKind::List(items) => Ok(Value::List(
                items
                    .iter()
                    .map(|i| self.eval(i, env))
                    .collect::<Result<_>>()?,
            )),
            ExprKind::Unary {
                op: UnaryOp::Neg,
                operand,
            } => match self.eval(operand, env)? {
                Value::Tensor(t) => Ok(Value::Tensor(self.backend.unary(UnaryFn::Neg, &t)?)),
                v => config_expr(
                    &ast::Expr {
                        kind: ExprKind::Unary {
                            op: UnaryOp::Neg,
                            operand: Box::new(literal(v)?),
                        },
                        span: e.span.clone(),
                    },
                    &serde_json::Value::Null,
                    env,
                ),
            },
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand,
            } => Ok(Value::Bool(!self.eval(operand, env)?.truth("!")?)),
            ExprKind::Binary {
                op: BinaryOp::Add,
                lhs,
                rhs,
            } if is_linear_call(rhs) || is_linear_call(lhs) => {
                // `a + linear(x, w, b?)` (a residual connection): one fused operation.
                let (other, lin) = if is_linear_call(rhs) {
                    (lhs, rhs)
                } else {
                    (rhs, lhs)
                };
                let ExprKind::Call { args, .. } = &lin.kind else {
                    unreachable!("checked by is_linear_call")
                };
                let add = self.eval(other, env)?;
                let vals: Vec<Value<B::Tensor>> = args
                    .iter()
                    .map(|a| self.eval(&a.value, env))
                    .collect::<Result<_>>()?;
                match (&add, vals.first(), vals.get(1)) {
                    (Value::Tensor(a), Some(Value::Tensor(x)), Some(Value::Tensor(w))) => {
                        let b = match vals.get(2) {
                            Some(Value::Tensor(b)) => Some(b),
                            _ => None,
                        };
                        Ok(Value::Tensor(self.backend.linear_add(x, w, b, a)?))
                    }
                    _ => self.eval_binary(BinaryOp::Add, add, self.eval(lin, env)?),
                }
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let (a, b) = (self.eval(lhs, env)?, self.eval(rhs, env)?);
                self.eval_binary(*op, a, b)
            }
            ExprKind::Call { func, args } => self.call(func, args, env),
        }
    }

    pub(crate) fn eval_binary(
        &self,
        op: BinaryOp,
        a: Value<B::Tensor>,
        b: Value<B::Tensor>,
    ) -> Result<Value<B::Tensor>> {
        if !matches!(a, Value::Tensor(_)) && !matches!(b, Value::Tensor(_)) {
            return scalar_binary(op, a, b);
        }
        Ok(Value::Tensor(self.backend.binary(
            tensor_op(op)?,
            operand(&a)?,
            operand(&b)?,
        )?))
    }

    pub(crate) fn call(
        &self,
        func: &ast::Ident,
        args: &[ast::Arg],
        env: &HashMap<String, Value<B::Tensor>>,
    ) -> Result<Value<B::Tensor>> {
        if let Some(d) = self.recurrences.iter().find(|d| d.rec.name == func.name) {
            let mut given: HashMap<String, Value<B::Tensor>> = HashMap::new();
            for a in args {
                let key = a.key.as_ref().ok_or_else(|| {
                    ModelError::Unsupported("positional recurrence arguments".into())
                })?;
                given.insert(key.name.clone(), self.eval(&a.value, env)?);
            }
            return self.recurrence(d, &given);
        }
        // An activation applied to a convolution goes to the backend with it (which fuses
        // what its kernels can).
        if let (Some(f), [ast::Arg { key: None, value }]) = (unary_fn(&func.name), args) {
            if let ExprKind::Call {
                func: inner,
                args: conv_args,
            } = &value.kind
            {
                if inner.name == "conv1d_causal" {
                    return self.conv_call(conv_args, env, Some(f));
                }
            }
        }
        if func.name == "conv1d_causal" {
            return self.conv_call(args, env, None);
        }
        let pos: Vec<Value<B::Tensor>> = args
            .iter()
            .filter(|a| a.key.is_none())
            .map(|a| self.eval(&a.value, env))
            .collect::<Result<_>>()?;
        let kw = |k: &str| -> Result<Option<Value<B::Tensor>>> {
            args.iter()
                .find(|a| a.key.as_ref().is_some_and(|x| x.name == k))
                .map(|a| self.eval(&a.value, env))
                .transpose()
        };
        let arg = |k: usize| -> Result<&Value<B::Tensor>> {
            pos.get(k).ok_or_else(|| ModelError::Shape {
                op: func.name.clone(),
                detail: format!("argument {} is missing", k + 1),
            })
        };
        let t = |k: usize| -> Result<B::Tensor> { arg(k)?.tensor(&func.name) };
        let opt = |k: usize| -> Result<Option<B::Tensor>> {
            match pos.get(k) {
                None | Some(Value::Absent) => Ok(None),
                Some(v) => v.tensor(&func.name).map(Some),
            }
        };
        let be = &self.backend;
        if let Some(f) = unary_fn(&func.name) {
            return Ok(Value::Tensor(be.unary(f, &t(0)?)?));
        }
        if let Some(f) = BinaryFn::layer_by_name(&func.name) {
            return Ok(Value::Tensor(be.binary(
                f,
                operand(arg(0)?)?,
                operand(arg(1)?)?,
            )?));
        }
        match func.name.as_str() {
            "embedding" => Ok(Value::Tensor(be.embedding(&t(0)?, &t(1)?)?)),
            "rmsnorm" => Ok(Value::Tensor(be.rmsnorm(
                &t(0)?,
                &t(1)?,
                arg(2)?.float("eps")?,
            )?)),
            "linear" => Ok(Value::Tensor(be.linear(
                &t(0)?,
                &t(1)?,
                opt(2)?.as_ref(),
            )?)),
            "split" => {
                let sizes: Vec<usize> = match arg(1)? {
                    Value::List(items) => items
                        .iter()
                        .map(|v| v.count("split size", MAX_MODEL_DIM))
                        .collect::<Result<_>>()?,
                    other => {
                        return Err(ModelError::Shape {
                            op: "split".into(),
                            detail: format!("expected a list of sizes, got {}", kind(other)),
                        });
                    }
                };
                let dim = kw("dim")?.map_or(Ok(-1), |v| v.int("dim"))?;
                Ok(Value::Tuple(
                    be.split(&t(0)?, &sizes, dim)?
                        .into_iter()
                        .map(Value::Tensor)
                        .collect(),
                ))
            }
            "float32" => Ok(arg(0)?.clone()),
            other => Err(ModelError::Unsupported(format!("layer op `{other}`"))),
        }
    }

    /// `conv1d_causal(x, w, b?)`, continuing from the window kept at this call site when
    /// decoding, and keeping the new one.
    pub(crate) fn conv_call(
        &self,
        args: &[ast::Arg],
        env: &HashMap<String, Value<B::Tensor>>,
        act: Option<UnaryFn>,
    ) -> Result<Value<B::Tensor>> {
        let pos: Vec<Value<B::Tensor>> = args
            .iter()
            .filter(|a| a.key.is_none())
            .map(|a| self.eval(&a.value, env))
            .collect::<Result<_>>()?;
        let t = |k: usize| -> Result<B::Tensor> {
            pos.get(k)
                .ok_or_else(|| ModelError::Shape {
                    op: "conv1d_causal".into(),
                    detail: format!("argument {} is missing", k + 1),
                })?
                .tensor("conv1d_causal")
        };
        let bias = match pos.get(2) {
            None | Some(Value::Absent) => None,
            Some(v) => Some(v.tensor("conv1d_causal")?),
        };
        let (mode, kept, site) = self.site();
        let prev = match (mode, kept) {
            (Mode::Step, Some(state)) => Some(state[0].tensor("conv state")?),
            _ => None,
        };
        let (x, w) = (t(0)?, t(1)?);
        let keep = mode != Mode::Off;
        let (y, window) = match self.segments() {
            // Packed prompts: each segment from zeros, its window a row of the batch.
            Some(lens) if prev.is_none() => {
                let mut ys = Vec::with_capacity(lens.len());
                let mut windows = Vec::with_capacity(lens.len());
                for (start, len) in segment_starts(&lens) {
                    let xs = self.backend.narrow(&x, 1, start, len)?;
                    let (y, win) =
                        self.backend
                            .conv1d_causal(&xs, &w, bias.as_ref(), None, keep, act)?;
                    ys.push(y);
                    windows.extend(win);
                }
                let window = match keep {
                    true => Some(self.backend.concat(&windows, 0)?),
                    false => None,
                };
                (self.backend.concat(&ys, 1)?, window)
            }
            _ => self
                .backend
                .conv1d_causal(&x, &w, bias.as_ref(), prev.as_ref(), keep, act)?,
        };
        if let Some(w) = window {
            self.keep(site, vec![Value::Tensor(w)]);
        }
        Ok(Value::Tensor(y))
    }

    /// Runs a recurrence, mapping sequence-major model values to its declared layouts and
    /// back. When decoding, each state starts from the value kept at this call site (through
    /// the state's initial-value input) and its final value (the final output that is the
    /// state itself) is kept.
    pub(crate) fn recurrence(
        &self,
        d: &Derived,
        given: &HashMap<String, Value<B::Tensor>>,
    ) -> Result<Value<B::Tensor>> {
        let rec = &d.rec;
        let (mode, kept, site) = self.site();
        let carries = carries(rec);
        if mode != Mode::Off && carries.len() != rec.states.len() {
            return Err(ModelError::Unsupported(format!(
                "decoding through `{}`: every state needs an initial-value input and a final output",
                rec.name
            )));
        }
        let mut given = given.clone();
        let step = matches!((mode, &kept), (Mode::Step, Some(_)));
        if let (Mode::Step, Some(state)) = (mode, kept) {
            for ((i, _), v) in carries.iter().zip(state) {
                given.insert(
                    rec.inputs[linrec_compiler::ir::Handle::from_index(*i)]
                        .name
                        .clone(),
                    v,
                );
            }
        }
        let mut sizes: Vec<Option<usize>> = vec![None; rec.dims.len()];
        let mut inputs: Vec<Option<B::Tensor>> = Vec::new();
        for (_, i) in rec.inputs.iter() {
            let v = match given.get(&i.name) {
                None | Some(Value::Absent) if i.optional => {
                    inputs.push(None);
                    continue;
                }
                None => {
                    return Err(ModelError::Unbound(format!(
                        "argument `{}` of `{}`",
                        i.name, rec.name
                    )));
                }
                Some(v) => v.tensor(&format!("{}.{}", rec.name, i.name))?,
            };
            // (Initial states have no scan dim: model order is their declared order.)
            let order = model_order(rec, &i.dims);
            let shape = B::shape(&v);
            if shape.len() != order.len() {
                return Err(ModelError::Shape {
                    op: format!("{}({} = …)", rec.name, i.name),
                    detail: format!("expected {} dims, got shape {shape:?}", order.len()),
                });
            }
            for (&dh, &s) in order.iter().zip(&shape) {
                match sizes[dh.index()] {
                    None => sizes[dh.index()] = Some(s),
                    Some(prev) if prev != s => {
                        return Err(ModelError::Shape {
                            op: format!("{}({} = …)", rec.name, i.name),
                            detail: format!(
                                "dimension {} is {s} here but {prev} elsewhere",
                                rec.dims[dh].name
                            ),
                        });
                    }
                    Some(_) => {}
                }
            }
            inputs.push(Some(v));
        }
        let sizes = Sizes(
            sizes
                .into_iter()
                .zip(rec.dims.iter())
                .map(|(s, (_, dim))| {
                    s.ok_or_else(|| ModelError::Shape {
                        op: rec.name.clone(),
                        detail: format!("no argument gives the size of {}", dim.name),
                    })
                })
                .collect::<Result<_>>()?,
        );
        let outputs = match self.segments() {
            Some(lens) if !step => self.recurrence_packed(d, &sizes, &inputs, &lens)?,
            _ => self.backend.recurrence(d, &sizes, inputs, step)?,
        };
        let values: Vec<Value<B::Tensor>> = outputs.into_iter().map(Value::Tensor).collect();
        if mode != Mode::Off {
            self.keep(
                site,
                carries.iter().map(|&(_, o)| values[o].clone()).collect(),
            );
        }
        Ok(if values.len() == 1 {
            values.into_iter().next().expect("one")
        } else {
            Value::Tuple(values)
        })
    }
}

impl<B: Backend> Model<B> {
    /// Recurrence `d` over packed prompts (`lens`, one sequence): each segment of the
    /// sequence inputs run on its own from the initial states given (none: zeros); per-step
    /// outputs joined along the sequence, final ones along the batch (a row per prompt).
    fn recurrence_packed(
        &self,
        d: &Derived,
        sizes: &Sizes,
        inputs: &[Option<B::Tensor>],
        lens: &[usize],
    ) -> Result<Vec<B::Tensor>> {
        let rec = &d.rec;
        let unsupported = |why: &str| {
            ModelError::Unsupported(format!(
                "prompts of different lengths through `{}`: {why}",
                rec.name
            ))
        };
        // The batch: the first dim of a sequence input in model order.
        let batch = rec
            .inputs
            .iter()
            .find(|(h, _)| rec.role(*h) == linrec_compiler::ir::Role::Sequence)
            .and_then(|(_, i)| model_order(rec, &i.dims).first().copied())
            .filter(|&b| b != rec.scan)
            .ok_or_else(|| unsupported("it has no sequence input with a batch dim"))?;
        if sizes.0[batch.index()] != 1 {
            return Err(unsupported("packed prompts are one sequence"));
        }
        let mut per_segment: Vec<Vec<B::Tensor>> = Vec::with_capacity(lens.len());
        for (start, len) in segment_starts(lens) {
            let mut seg_sizes = sizes.clone();
            seg_sizes.0[rec.scan.index()] = len;
            let seg_inputs = rec
                .inputs
                .iter()
                .zip(inputs)
                .map(|((h, _), v)| match (v, rec.role(h)) {
                    (Some(v), linrec_compiler::ir::Role::Sequence) => {
                        self.backend.narrow(v, 1, start, len).map(Some)
                    }
                    (v, _) => Ok(v.clone()),
                })
                .collect::<Result<Vec<_>>>()?;
            per_segment.push(self.backend.recurrence(d, &seg_sizes, seg_inputs, false)?);
        }
        rec.outputs
            .iter()
            .enumerate()
            .map(|(k, (_, o))| {
                let parts: Vec<B::Tensor> =
                    per_segment.iter().map(|outs| outs[k].clone()).collect();
                let axis = match o.kind {
                    OutputKind::PerStep => 1,
                    OutputKind::Final => {
                        o.dims.iter().position(|&dh| dh == batch).ok_or_else(|| {
                            unsupported(&format!("its final output `{}` has no batch dim", o.name))
                        })?
                    }
                };
                self.backend.concat(&parts, axis)
            })
            .collect()
    }
}

/// Each segment's (start, length) in a sequence packed from segments of lengths `lens`.
pub(crate) fn segment_starts(lens: &[usize]) -> impl Iterator<Item = (usize, usize)> + '_ {
    lens.iter().scan(0, |start, &len| {
        let s = *start;
        *start += len;
        Some((s, len))
    })
}

/// Records the spans of the computed subexpressions (operators, calls) of `body` that read
/// no forward-local name and call nothing stateful: their values depend on parameters and
/// config only.
pub(crate) fn mark_static(
    body: &[ModelStmt],
    locals: &std::collections::HashSet<String>,
    stateful: &dyn Fn(&str) -> bool,
    out: &mut std::collections::HashSet<(usize, usize)>,
) {
    fn walk(
        e: &ast::Expr,
        locals: &std::collections::HashSet<String>,
        stateful: &dyn Fn(&str) -> bool,
        out: &mut std::collections::HashSet<(usize, usize)>,
    ) -> bool {
        // Every child is visited (its own static parts are recorded) even after one is not.
        let mut all = |es: &mut dyn Iterator<Item = &ast::Expr>| {
            let mut every = true;
            for x in es {
                every &= walk(x, locals, stateful, out);
            }
            every
        };
        let (is_static, computed) = match &e.kind {
            ExprKind::Number(_) | ExprKind::Bool(_) | ExprKind::Str(_) => (true, false),
            ExprKind::Name(id) => (!locals.contains(&id.name), false),
            ExprKind::Index { indices, .. } => (all(&mut indices.iter()), false),
            ExprKind::List(items) => (all(&mut items.iter()), false),
            ExprKind::Unary { operand, .. } => (all(&mut std::iter::once(&**operand)), true),
            ExprKind::Binary { lhs, rhs, .. } => (all(&mut [&**lhs, &**rhs].into_iter()), true),
            ExprKind::Call { func, args } => {
                let a = all(&mut args.iter().map(|a| &a.value));
                (a && !stateful(&func.name), true)
            }
        };
        if is_static && computed {
            out.insert((e.span.start, e.span.end));
        }
        is_static
    }
    for s in body {
        match s {
            ModelStmt::Bind { value, .. } => {
                walk(value, locals, stateful, out);
            }
            ModelStmt::Repeat { count, body, .. } => {
                walk(count, locals, stateful, out);
                mark_static(body, locals, stateful, out);
            }
        }
    }
}

/// Names bound in a forward body, and its loop variables.
pub(crate) fn collect_bound(
    body: &[ModelStmt],
    names: &mut std::collections::HashSet<String>,
    loops: &mut Vec<String>,
) {
    for s in body {
        match s {
            ModelStmt::Bind { names: ns, .. } => {
                names.extend(ns.iter().map(|n| n.name.clone()));
            }
            ModelStmt::Repeat { var, body, .. } => {
                loops.push(var.name.clone());
                collect_bound(body, names, loops);
            }
        }
    }
}

/// Whether `e` is a call of `linear` with positional arguments only.
pub(crate) fn is_linear_call(e: &ast::Expr) -> bool {
    matches!(&e.kind, ExprKind::Call { func, args }
        if func.name == "linear" && (2..=3).contains(&args.len()) && args.iter().all(|a| a.key.is_none()))
}

/// The elementwise builtin of a layer-op name.
pub(crate) fn unary_fn(name: &str) -> Option<UnaryFn> {
    UnaryFn::by_name(name)
}

/// The builtin computing a model operator on tensors (comparisons and logic have none).
pub(crate) fn tensor_op(op: BinaryOp) -> Result<BinaryFn> {
    Ok(match op {
        BinaryOp::Add => BinaryFn::Add,
        BinaryOp::Sub => BinaryFn::Sub,
        BinaryOp::Mul => BinaryFn::Mul,
        BinaryOp::Div => BinaryFn::Div,
        BinaryOp::Pow => BinaryFn::Pow,
        other => {
            return Err(ModelError::Unsupported(format!(
                "`{}` on tensors",
                other.symbol()
            )));
        }
    })
}

/// Per state carried between decoding calls: (its initial-value input, the final output that
/// is the state itself), as indices.
pub fn carries(rec: &linrec_compiler::ir::Recurrence) -> Vec<(usize, usize)> {
    rec.states
        .iter()
        .filter_map(|(sh, s)| {
            let linrec_compiler::ir::StateInit::Input(i) = s.init else {
                return None;
            };
            let o = rec.outputs.iter().find(|(_, o)| {
                o.kind == OutputKind::Final
                    && rec.exprs[o.value]
                        == linrec_compiler::ir::Expr::State(sh, linrec_compiler::ir::When::New)
            })?;
            Some((i.index(), o.0.index()))
        })
        .collect()
}

/// The model-side order of a recurrence tensor's dims: the scan dim moved to position 1.
pub fn model_order(
    rec: &linrec_compiler::ir::Recurrence,
    dims: &[linrec_compiler::ir::Handle<linrec_compiler::ir::Dim>],
) -> Vec<linrec_compiler::ir::Handle<linrec_compiler::ir::Dim>> {
    let Some(k) = dims.iter().position(|&d| d == rec.scan) else {
        return dims.to_vec();
    };
    let mut v: Vec<_> = dims.iter().copied().filter(|&d| d != rec.scan).collect();
    v.insert(1.min(v.len()), dims[k]);
    v
}
