//! Checking one `recurrence` block and lowering it to [`ir::Recurrence`]: the declarations
//! (dims, tensors, states, lets and their cycles) and the finished recurrence here, the
//! equations in `lower`.

mod complex;
mod lag;
mod lower;
mod position;

use std::collections::HashMap;

use petgraph::algo::{tarjan_scc, toposort};
use petgraph::graph::{DiGraph, NodeIndex};

use super::suggest;
use crate::error::{CheckError, NameKind, Target};
use crate::ir::builtins;
use crate::ir::{
    self, Arena, BinaryFn, Binding, DType, Dim, DimSet, Expr, Exprs, Handle, Input, MAX_DIMS,
    OutputKind, StateInit, UnaryFn, When,
};
use crate::syntax::ast::{self, ExprKind, Span};
use complex::Val;

/// Where an expression is used; it decides which value of a state a name reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Use {
    Update,
    Output,
}

impl Use {
    fn when(self) -> When {
        match self {
            Use::Update => When::Prev,
            Use::Output => When::New,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Name {
    Input(Handle<Input>),
    State(usize),
    /// A `c64` state: the decl of its real part (its imaginary part's is the next).
    ComplexState(usize),
    Output(usize),
    Let(usize),
}

struct StateDecl {
    name: String,
    dtype: DType,
    dims: Vec<Handle<Dim>>,
    init: StateInit,
    decl: Span,
    update: Option<(Handle<Expr>, Span)>,
    origin: ir::StateOrigin,
}

struct OutputDecl {
    name: String,
    dtype: DType,
    dims: Vec<Handle<Dim>>,
    decl: Span,
    value: Option<(Handle<Expr>, Span)>,
}

struct LetDecl<'a> {
    name: &'a ast::Ident,
    value: &'a ast::Expr,
    cyclic: bool,
}

struct Checker<'a> {
    errors: &'a mut Vec<CheckError>,
    dims: Arena<Dim>,
    dim_by_name: HashMap<String, Handle<Dim>>,
    index_by_name: HashMap<String, Handle<Dim>>,
    scan: Option<Handle<Dim>>,
    direction: ir::Direction,
    inputs: Arena<Input>,
    states: Vec<StateDecl>,
    outputs: Vec<OutputDecl>,
    lets: Vec<LetDecl<'a>>,
    names: HashMap<String, (Name, Span)>,
    exprs: Exprs,
    /// Lowered lets by use; an update's by the dims of its state too (a lag inside a let reads
    /// a delay line of those dims).
    let_cache: HashMap<(usize, Use, DimSet), Option<Val>>,
    /// The dims of the state whose update is being lowered.
    target_dims: Option<Vec<Handle<Dim>>>,
    /// Each lagged input's delay line over a set of dims: its states, one per step back.
    lags: HashMap<(lag::Source, DimSet), Vec<usize>>,
    bindings: Vec<Binding>,
    /// The (name, value) pairs of `bindings`, to add each once in constant time.
    bound: std::collections::HashSet<(String, Handle<Expr>)>,
    /// Names whose declaration failed (already reported): uses are skipped silently.
    poisoned: std::collections::HashSet<String>,
    /// Targets that had an equation, even one that failed to check.
    attempted: std::collections::HashSet<String>,
}

pub(super) fn check_recurrence(
    r: &ast::Recurrence,
    errors: &mut Vec<CheckError>,
) -> Option<ir::Recurrence> {
    let before = errors.len();
    let mut c = Checker {
        errors,
        dims: Arena::new(),
        dim_by_name: HashMap::new(),
        index_by_name: HashMap::new(),
        scan: None,
        direction: ir::Direction::Forward,
        inputs: Arena::new(),
        states: Vec::new(),
        outputs: Vec::new(),
        lets: Vec::new(),
        names: HashMap::new(),
        exprs: Exprs::default(),
        let_cache: HashMap::new(),
        target_dims: None,
        lags: HashMap::new(),
        bindings: Vec::new(),
        bound: std::collections::HashSet::new(),
        poisoned: Default::default(),
        attempted: Default::default(),
    };
    c.declare_dims(r)?;
    c.declare_tensors(r);
    c.declare_body(r);
    c.check_let_cycles();
    c.lower_assignments(r);
    c.finish(r, before)
}

impl<'a> Checker<'a> {
    fn err(&mut self, e: CheckError) {
        self.errors.push(e);
    }

    /// Dims come from the signature, in order of first appearance; the scan statement names the
    /// scan axis and its index.
    fn declare_dims(&mut self, r: &'a ast::Recurrence) -> Option<()> {
        for p in r.args.iter().chain(&r.outputs) {
            for d in &p.ty.dims {
                let ExprKind::Name(id) = &d.kind else {
                    self.err(CheckError::DimNotName {
                        span: d.span.clone(),
                    });
                    continue;
                };
                if !self.dim_by_name.contains_key(&id.name) {
                    if self.dims.len() == MAX_DIMS {
                        self.err(CheckError::TooManyDims {
                            span: id.span.clone(),
                        });
                        return None;
                    }
                    let h = self.dims.append(
                        Dim {
                            name: id.name.clone(),
                            index: id.name.to_lowercase(),
                        },
                        id.span.clone(),
                    );
                    self.dim_by_name.insert(id.name.clone(), h);
                }
            }
        }
        let mut first_scan: Option<Span> = None;
        for s in &r.body {
            if let ast::Stmt::Scan {
                index,
                dim,
                direction,
                span,
            } = s
            {
                if let Some(first) = &first_scan {
                    self.err(CheckError::DuplicateScan {
                        span: span.clone(),
                        first: first.clone(),
                    });
                    continue;
                }
                first_scan = Some(span.clone());
                match direction {
                    None => {}
                    Some(w) if w.name == "reverse" => self.direction = ir::Direction::Reverse,
                    Some(w) => self.err(CheckError::ScanDirection {
                        word: w.name.clone(),
                        span: w.span.clone(),
                    }),
                }
                match self.dim_by_name.get(&dim.name) {
                    Some(&h) => {
                        self.dims.get_mut(h).index = index.name.clone();
                        self.scan = Some(h);
                    }
                    None => self.err(CheckError::ScanDimUnknown {
                        dim: dim.name.clone(),
                        span: dim.span.clone(),
                    }),
                }
            }
        }
        if first_scan.is_none() {
            self.err(CheckError::MissingScan {
                recurrence: r.name.name.clone(),
                span: r.name.span.clone(),
            });
        }
        for (h, d) in self.dims.iter() {
            if let Some(&other) = self.index_by_name.get(&d.index) {
                let (first, second) = (self.dims[other].name.clone(), d.name.clone());
                let (span, first_span) = (self.dims.span(h), self.dims.span(other));
                self.errors.push(CheckError::IndexClash {
                    index: d.index.clone(),
                    first_dim: first,
                    second_dim: second,
                    span,
                    first: first_span,
                });
            } else {
                self.index_by_name.insert(d.index.clone(), h);
            }
        }
        self.scan?;
        Some(())
    }

    fn declare_name(&mut self, id: &ast::Ident, what: Name) {
        if let Some(&d) = self.index_by_name.get(&id.name) {
            self.err(CheckError::ShadowsIndex {
                name: id.name.clone(),
                dim: self.dims[d].name.clone(),
                scan: self.scan == Some(d),
                span: id.span.clone(),
            });
            // Its uses as a value would each repeat the error as "index used as a value".
            self.poisoned.insert(id.name.clone());
            return;
        }
        if let Some((_, first)) = self.names.get(&id.name) {
            let first = first.clone();
            self.err(CheckError::Duplicate {
                name: id.name.clone(),
                span: id.span.clone(),
                first,
            });
            return;
        }
        self.names.insert(id.name.clone(), (what, id.span.clone()));
    }

    fn dtype(&mut self, id: &ast::Ident) -> DType {
        if id.name == builtins::C64 {
            self.err(CheckError::ComplexUnsupported {
                what: "a complex input or output",
                span: id.span.clone(),
            });
            return DType::F32;
        }
        DType::parse(&id.name).unwrap_or_else(|| {
            self.err(CheckError::UnknownDType {
                name: id.name.clone(),
                span: id.span.clone(),
            });
            DType::F32
        })
    }

    /// Resolves the dims of a type; `None` if any is unknown (already reported).
    fn type_dims(&mut self, ty: &ast::TensorType) -> Option<Vec<Handle<Dim>>> {
        let mut out = Vec::new();
        for d in &ty.dims {
            let ExprKind::Name(id) = &d.kind else {
                self.err(CheckError::DimNotName {
                    span: d.span.clone(),
                });
                return None;
            };
            match self.dim_by_name.get(&id.name) {
                Some(&h) => out.push(h),
                None => {
                    self.poisoned.insert(id.name.to_lowercase());
                    self.err(CheckError::DimNotDeclared {
                        dim: id.name.clone(),
                        span: id.span.clone(),
                    });
                    return None;
                }
            }
        }
        Some(out)
    }

    fn const_value(e: &ast::Expr) -> Option<f64> {
        match &e.kind {
            ExprKind::Number(v) => Some(*v),
            ExprKind::Unary {
                op: ast::UnaryOp::Neg,
                operand,
            } => Self::const_value(operand).map(|v| -v),
            _ => None,
        }
    }

    fn declare_tensors(&mut self, r: &'a ast::Recurrence) {
        for p in &r.args {
            let dtype = self.dtype(&p.ty.dtype);
            let Some(dims) = self.type_dims(&p.ty) else {
                self.poisoned.insert(p.name.name.clone());
                continue;
            };
            let range = match &p.range {
                None => (-1.0, 1.0),
                Some((lo, hi)) => match (Self::const_value(lo), Self::const_value(hi)) {
                    (Some(lo), Some(hi)) if lo < hi => (lo, hi),
                    _ => {
                        self.err(CheckError::BadRange {
                            name: p.name.name.clone(),
                            span: lo.span.start..hi.span.end,
                        });
                        (-1.0, 1.0)
                    }
                },
            };
            let h = self.inputs.append(
                Input {
                    name: p.name.name.clone(),
                    dtype,
                    dims,
                    optional: p.optional,
                    range,
                },
                p.span.clone(),
            );
            self.declare_name(&p.name, Name::Input(h));
        }
        for p in &r.outputs {
            let dtype = self.dtype(&p.ty.dtype);
            let Some(dims) = self.type_dims(&p.ty) else {
                self.poisoned.insert(p.name.name.clone());
                continue;
            };
            self.outputs.push(OutputDecl {
                name: p.name.name.clone(),
                dtype,
                dims,
                decl: p.span.clone(),
                value: None,
            });
            self.declare_name(&p.name, Name::Output(self.outputs.len() - 1));
        }
    }

    fn declare_body(&mut self, r: &'a ast::Recurrence) {
        for s in &r.body {
            match s {
                ast::Stmt::State {
                    name,
                    ty,
                    init,
                    span,
                } => {
                    let complex = ty.dtype.name == builtins::C64;
                    let dtype = if complex {
                        DType::F32
                    } else {
                        self.dtype(&ty.dtype)
                    };
                    let Some(dims) = self.type_dims(ty) else {
                        self.poisoned.insert(name.name.clone());
                        continue;
                    };
                    let scan = self.scan.expect("dims checked");
                    if dims.contains(&scan) {
                        self.poisoned.insert(name.name.clone());
                        self.err(CheckError::StateHasScanDim {
                            state: name.name.clone(),
                            scan_dim: self.dims[scan].name.clone(),
                            span: ty.span.clone(),
                        });
                        continue;
                    }
                    let init = self.state_init(name, &dims, init.as_ref());
                    if complex {
                        self.declare_complex_state(name, dims, init, span);
                        continue;
                    }
                    self.states.push(StateDecl {
                        name: name.name.clone(),
                        dtype,
                        dims,
                        init,
                        decl: span.clone(),
                        update: None,
                        origin: ir::StateOrigin::Declared,
                    });
                    self.declare_name(name, Name::State(self.states.len() - 1));
                }
                ast::Stmt::Let { name, value, .. } => {
                    self.lets.push(LetDecl {
                        name,
                        value,
                        cyclic: false,
                    });
                    self.declare_name(name, Name::Let(self.lets.len() - 1));
                }
                ast::Stmt::Scan { .. } | ast::Stmt::Assign { .. } => {}
            }
        }
    }

    /// A `c64` state: its real and imaginary parts as two f32 states (`x_re`, `x_im`, names
    /// that read each part alone), starting at the number given (imaginary part 0).
    fn declare_complex_state(
        &mut self,
        name: &ast::Ident,
        dims: Vec<Handle<Dim>>,
        init: StateInit,
        span: &Span,
    ) {
        if let StateInit::Input(_) = init {
            self.err(CheckError::ComplexUnsupported {
                what: "a complex state initialised from an input (start it at a number)",
                span: span.clone(),
            });
        }
        let re = match init {
            StateInit::Const(v) => StateInit::Const(v),
            StateInit::Input(_) => StateInit::Const(0.0),
        };
        let first = self.states.len();
        for (k, init) in [re, StateInit::Const(0.0)].into_iter().enumerate() {
            let part = complex::part_name(&name.name, k == 1);
            self.states.push(StateDecl {
                name: part.clone(),
                dtype: DType::F32,
                dims: dims.clone(),
                init,
                decl: span.clone(),
                update: None,
                origin: ir::StateOrigin::Declared,
            });
            let id = ast::Ident {
                name: part,
                span: name.span.clone(),
            };
            self.declare_name(&id, Name::State(first + k));
        }
        self.declare_name(name, Name::ComplexState(first));
    }

    fn state_init(
        &mut self,
        name: &ast::Ident,
        dims: &[Handle<Dim>],
        init: Option<&ast::Expr>,
    ) -> StateInit {
        let Some(init) = init else {
            return StateInit::Const(0.0);
        };
        if let Some(v) = Self::const_value(init) {
            return StateInit::Const(v);
        }
        if let ExprKind::Name(id) = &init.kind {
            if let Some(&(Name::Input(i), _)) = self.names.get(&id.name) {
                if self.inputs[i].dims != dims {
                    let (state_dims, init_dims) =
                        (self.dims_text(dims), self.dims_text(&self.inputs[i].dims));
                    self.err(CheckError::StateInitShape {
                        state: name.name.clone(),
                        init: id.name.clone(),
                        state_dims,
                        init_dims,
                        span: init.span.clone(),
                        decl: self.inputs.span(i),
                    });
                }
                return StateInit::Input(i);
            }
        }
        self.err(CheckError::StateInitInvalid {
            state: name.name.clone(),
            span: init.span.clone(),
        });
        StateInit::Const(0.0)
    }

    fn dims_text(&self, dims: &[Handle<Dim>]) -> String {
        let names: Vec<&str> = dims.iter().map(|&d| self.dims[d].name.as_str()).collect();
        format!("[{}]", names.join(", "))
    }

    /// Builds the let dependency graph; a cycle is reported once per strongly connected group
    /// and its lets are left unlowered.
    fn check_let_cycles(&mut self) {
        let mut graph: DiGraph<usize, ()> = DiGraph::new();
        let nodes: Vec<NodeIndex> = (0..self.lets.len()).map(|i| graph.add_node(i)).collect();
        for (i, l) in self.lets.iter().enumerate() {
            let mut refs = Vec::new();
            collect_names(l.value, &mut refs);
            for name in refs {
                if let Some(&(Name::Let(j), _)) = self.names.get(name) {
                    graph.update_edge(nodes[j], nodes[i], ());
                }
            }
        }
        if let Ok(order) = toposort(&graph, None) {
            self.check_let_depths(&graph, &order);
            return;
        }
        for scc in tarjan_scc(&graph) {
            let self_loop = scc.len() == 1 && graph.contains_edge(scc[0], scc[0]);
            if scc.len() < 2 && !self_loop {
                continue;
            }
            let mut members: Vec<usize> = scc.iter().map(|&n| graph[n]).collect();
            members.sort_unstable();
            for &m in &members {
                self.lets[m].cyclic = true;
            }
            let names = members
                .iter()
                .map(|&m| self.lets[m].name.name.clone())
                .collect();
            let span = self.lets[members[0]].name.span.clone();
            let others = members[1..]
                .iter()
                .map(|&m| self.lets[m].name.span.clone())
                .collect();
            self.err(CheckError::LetCycle {
                names,
                span,
                others,
            });
        }
    }

    /// The depth of every `let` with the lets it uses substituted, in dependency order,
    /// without recursion; a `let` deeper than the later stages may walk is reported (the
    /// first one) and left unlowered.
    fn check_let_depths(&mut self, graph: &DiGraph<usize, ()>, order: &[NodeIndex]) {
        let limit = crate::limits::MAX_EXPR_DEPTH;
        let mut depth = vec![0usize; self.lets.len()];
        let mut reported = false;
        for &n in order {
            let i = graph[n];
            let named = |name: &str| match self.names.get(name) {
                Some(&(Name::Let(j), _)) => Some(depth[j]),
                _ => None,
            };
            depth[i] = crate::syntax::depth::depth_with(self.lets[i].value, named);
            if depth[i] > limit {
                self.lets[i].cyclic = true;
                if !reported {
                    reported = true;
                    self.err(CheckError::TooDeep {
                        name: self.lets[i].name.name.clone(),
                        depth: depth[i],
                        limit,
                        span: self.lets[i].name.span.clone(),
                    });
                }
            }
        }
    }

    fn finish(self, r: &ast::Recurrence, before: usize) -> Option<ir::Recurrence> {
        let Checker {
            errors,
            dims,
            scan,
            inputs,
            states,
            outputs,
            exprs,
            bindings,
            attempted,
            ..
        } = self;
        if states.is_empty() && errors.len() == before {
            errors.push(CheckError::NoState {
                recurrence: r.name.name.clone(),
                span: r.name.span.clone(),
            });
        }
        let mut ir_states = Arena::new();
        for s in states {
            match s.update {
                Some((update, _)) => {
                    ir_states.append(
                        ir::State {
                            name: s.name,
                            dtype: s.dtype,
                            dims: s.dims,
                            init: s.init,
                            update,
                            origin: s.origin,
                        },
                        s.decl,
                    );
                }
                None if attempted.contains(&s.name) => {}
                None => errors.push(CheckError::StateNotUpdated {
                    name: s.name,
                    decl: s.decl,
                }),
            }
        }
        let scan = scan?;
        let mut ir_outputs = Arena::new();
        for o in outputs {
            match o.value {
                Some((value, _)) => {
                    let kind = if o.dims.contains(&scan) {
                        OutputKind::PerStep
                    } else {
                        OutputKind::Final
                    };
                    ir_outputs.append(
                        ir::Output {
                            name: o.name,
                            dtype: o.dtype,
                            kind,
                            dims: o.dims,
                            value,
                        },
                        o.decl,
                    );
                }
                None if attempted.contains(&o.name) => {}
                None => errors.push(CheckError::OutputUndefined {
                    name: o.name,
                    decl: o.decl,
                }),
            }
        }
        if errors.len() != before {
            return None;
        }
        Some(ir::Recurrence {
            name: r.name.name.clone(),
            span: r.span.clone(),
            dims,
            scan,
            direction: self.direction,
            inputs,
            states: ir_states,
            outputs: ir_outputs,
            exprs,
            bindings,
        })
    }
}

/// Every name an expression mentions (bases of reads and bare names).
fn collect_names<'e>(e: &'e ast::Expr, out: &mut Vec<&'e str>) {
    match &e.kind {
        ExprKind::Name(id) => out.push(&id.name),
        ExprKind::Index { base, indices } => {
            out.push(&base.name);
            indices.iter().for_each(|i| collect_names(i, out));
        }
        ExprKind::Call { args, .. } => args.iter().for_each(|a| collect_names(&a.value, out)),
        ExprKind::List(items) => items.iter().for_each(|i| collect_names(i, out)),
        ExprKind::Unary { operand, .. } => collect_names(operand, out),
        ExprKind::Binary { lhs, rhs, .. } => {
            collect_names(lhs, out);
            collect_names(rhs, out);
        }
        ExprKind::Number(_) | ExprKind::Bool(_) | ExprKind::Str(_) => {}
    }
}
