//! The table's laws: enum order, unique names, f32 definitions against the f64 meanings,
//! derivatives against central differences, special-function costs.

use super::table::{BINARY, UNARY};
use super::*;

/// Points spread over a domain, ends included.
fn grid((lo, hi): (f64, f64), n: usize) -> impl Iterator<Item = f64> {
    (0..n).map(move |k| lo + (hi - lo) * k as f64 / (n - 1) as f64)
}

#[test]
fn tables_are_in_enum_order() {
    for (k, u) in UNARY.iter().enumerate() {
        assert_eq!(u.f as usize, k, "{}", u.name);
    }
    for (k, b) in BINARY.iter().enumerate() {
        assert_eq!(b.f as usize, k, "{}", b.name);
    }
}

#[test]
fn names_are_unique_among_callable_builtins() {
    let mut names: Vec<_> = layer_names().collect();
    let n = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), n);
}

/// Every f32 definition agrees with the f64 meaning over its domain (relative to the
/// value's magnitude, with a floor for values near 0).
#[test]
fn f32_definitions_agree_with_f64() {
    for u in &UNARY {
        for x in grid(u.domain, 401) {
            let want = (u.f64)(x);
            let got = f64::from(u.f32.eval_f32(x as f32, 0.0));
            let tol = 2e-6 * want.abs().max(1.0);
            assert!(
                (got - want).abs() <= tol,
                "{}({x}) = {got}, want {want}",
                u.name
            );
        }
    }
    for b in &BINARY {
        for x in grid(b.domain, 41) {
            for y in grid(b.domain, 41) {
                let want = (b.f64)(x, y);
                let got = f64::from(b.f32.eval_f32(x as f32, y as f32));
                let tol = 4e-6 * want.abs().max(1.0);
                assert!(
                    (got - want).abs() <= tol,
                    "{}({x}, {y}) = {got}, want {want}",
                    b.name
                );
            }
        }
    }
}

/// Derivative formulas in f64 (the test's own evaluator: builtins by their f64 meaning).
struct F64<'a> {
    x: f64,
    y: f64,
    r: f64,
    g: f64,
    shared: &'a [f64],
}

impl Fold for F64<'_> {
    type V = f64;
    fn leaf(&mut self, f: &Formula) -> f64 {
        match *f {
            Formula::X => self.x,
            Formula::Y => self.y,
            Formula::R => self.r,
            Formula::G => self.g,
            Formula::Shared(i) => self.shared[i],
            _ => unreachable!("leaves only"),
        }
    }
    fn constant(&mut self, c: f64) -> f64 {
        c
    }
    fn prim(&mut self, p: Prim, a: f64, b: Option<f64>) -> f64 {
        f64::from(p.eval(a as f32, b.unwrap_or(0.0) as f32))
    }
    fn unary(&mut self, f: UnaryFn, a: f64) -> f64 {
        f.eval(a)
    }
    fn binary(&mut self, f: BinaryFn, a: f64, b: f64) -> f64 {
        f.eval(a, b)
    }
    fn select(&mut self, l: f64, cmp: Cmp, r: f64, t: f64, o: f64) -> f64 {
        if cmp.eval(l as f32, r as f32) { t } else { o }
    }
}

fn eval64(f: &Formula, x: f64, y: f64, r: f64, g: f64, shared: &[f64]) -> f64 {
    f.fold(&mut F64 { x, y, r, g, shared })
}

/// Derivatives against central differences of the f64 meaning, away from kinks.
#[test]
fn derivatives_match_finite_differences() {
    let h = 1e-6;
    for u in &UNARY {
        for x in grid(u.domain, 37) {
            if matches!(u.f, UnaryFn::Abs | UnaryFn::Sign) && x.abs() < 1e-3 {
                continue;
            }
            let fd = ((u.f64)(x + h) - (u.f64)(x - h)) / (2.0 * h);
            let d = eval64(&u.derivative, x, 0.0, (u.f64)(x), 0.0, &[]);
            assert!(
                (d - fd).abs() <= 1e-5 * fd.abs().max(1.0),
                "{}'({x}) = {d}, finite differences {fd}",
                u.name
            );
        }
    }
    for b in &BINARY {
        let Some(rule) = b.adjoint else { continue };
        for x in grid(b.domain, 9) {
            for y in grid(b.domain, 9) {
                if matches!(b.f, BinaryFn::Min | BinaryFn::Max) && (x - y).abs() < 1e-3 {
                    continue;
                }
                let r = (b.f64)(x, y);
                let mut shared = Vec::new();
                for s in rule.shared {
                    let v = eval64(s, x, y, r, 1.0, &shared);
                    shared.push(v);
                }
                let dx = eval64(&rule.dx, x, y, r, 1.0, &shared);
                let dy = eval64(&rule.dy, x, y, r, 1.0, &shared);
                let fx = ((b.f64)(x + h, y) - (b.f64)(x - h, y)) / (2.0 * h);
                let fy = ((b.f64)(x, y + h) - (b.f64)(x, y - h)) / (2.0 * h);
                assert!(
                    (dx - fx).abs() <= 1e-5 * fx.abs().max(1.0),
                    "d{}/dx({x}, {y}) = {dx}, finite differences {fx}",
                    b.name
                );
                assert!(
                    (dy - fy).abs() <= 1e-5 * fy.abs().max(1.0),
                    "d{}/dy({x}, {y}) = {dy}, finite differences {fy}",
                    b.name
                );
            }
        }
    }
}

#[test]
fn special_function_costs_follow_the_definitions() {
    assert_eq!(UnaryFn::Exp.info().f32.sfu(), 1);
    assert_eq!(UnaryFn::Softplus.info().f32.sfu(), 2);
    assert_eq!(BinaryFn::Pow.info().f32.sfu(), 2);
    assert_eq!(BinaryFn::Add.info().f32.sfu(), 0);
}
