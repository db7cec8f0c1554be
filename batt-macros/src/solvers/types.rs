//! A type check of converted functions, before rustc sees them: which functions the static
//! path cannot type.
//!
//! Each line's value gets a type from arc-dsl's annotations (`batt_dsl_names::SIGNATURES`)
//! and from rules for the primitives whose result depends on their arguments (`apply`,
//! `first`, `branch`, ...); function values keep what they are built from (a primitive, a
//! partial application, a composition, a fork, a branch), so that each call of one gives
//! the types it is called with. A function is *dynamic* when
//!
//! - one function variable is called with values of two types (Rust's closures have one),
//! - `branch` picks between values, or functions giving values, of two types,
//! - a tuple or a set holds functions, except a tuple that `apply` or `papply` makes of
//!   functions built of primitives alone (one closure type, which can be cloned),
//! - a function variable takes a function made with a variable of a later line (its boxed
//!   type would borrow what is dropped before it),
//! - a primitive that takes a pair of integers gets a tuple (`apply` over a pair gives one),
//! - or a set gets an item of another type than its own.
//!
//! `Unknown` types agree with everything, so that the check flags only what it can show;
//! past a budget of calls of function values it gives up, flagging nothing.

use std::collections::HashMap;
use std::rc::Rc;

use batt_dsl_names::{Type, primitive, signature};

use super::convert::{Callee, Fallback, Line, Rhs, Value};

/// A value's type, as far as the check knows it.
#[derive(Clone, Debug)]
enum Ty {
    /// Not known (it agrees with every type).
    Unknown,
    /// An integer.
    Int,
    /// A boolean.
    Bool,
    /// A pair of integers.
    Pair,
    /// A colour and a location.
    Cell,
    /// A grid.
    Grid,
    /// A tuple of items of one type (rows of a grid built by `apply` are `Tuple(Tuple(Int))`).
    Tuple(Rc<Ty>),
    /// A frozenset of items of one type.
    Set(Rc<Ty>),
    /// `astuple` of two values that are not both integers.
    Two(Rc<Ty>, Rc<Ty>),
    /// A function.
    Fn(Rc<Func>),
}

/// What a function value is built from.
#[derive(Debug)]
enum Func {
    /// Not known.
    Unknown,
    /// A primitive.
    Prim(String),
    /// The value of a variable: each call is one of the variable's uses.
    Named(String, Rc<Func>),
    /// `rbind` (`right`) or `lbind` of a function and a value.
    Bound { f: Rc<Func>, fixed: Ty, right: bool },
    /// `compose` and `chain`: the last is called first.
    Compose(Vec<Rc<Func>>),
    /// `fork(outer, a, b)`.
    Fork(Rc<Func>, Rc<Func>, Rc<Func>),
    /// `matcher(f, value)`: a boolean.
    Matcher(Rc<Func>),
    /// `branch(c, a, b)` of two functions.
    Branch(Rc<Func>, Rc<Func>),
    /// `power(f, n)`: `f` called on its own results.
    Power(Rc<Func>),
}

impl Ty {
    fn set(t: Ty) -> Ty {
        Ty::Set(Rc::new(t))
    }

    fn tuple(t: Ty) -> Ty {
        Ty::Tuple(Rc::new(t))
    }

    /// arc-dsl's annotation as a type, where it names one.
    fn from_annotation(t: Type) -> Ty {
        match t {
            Type::Integer => Ty::Int,
            Type::Boolean => Ty::Bool,
            Type::IntegerTuple => Ty::Pair,
            Type::Grid => Ty::Grid,
            Type::Cell => Ty::Cell,
            Type::Indices => Ty::set(Ty::Pair),
            Type::Object => Ty::set(Ty::Cell),
            Type::Objects => Ty::set(Ty::set(Ty::Cell)),
            Type::IntegerSet => Ty::set(Ty::Int),
            Type::IndicesSet => Ty::set(Ty::set(Ty::Pair)),
            _ => Ty::Unknown,
        }
    }

    /// Whether the two may be one type.
    fn agrees(&self, other: &Ty) -> bool {
        match (self, other) {
            (Ty::Unknown, _) | (_, Ty::Unknown) | (Ty::Fn(_), Ty::Fn(_)) => true,
            (Ty::Int, Ty::Int)
            | (Ty::Bool, Ty::Bool)
            | (Ty::Pair, Ty::Pair)
            | (Ty::Cell, Ty::Cell)
            | (Ty::Grid, Ty::Grid) => true,
            (Ty::Tuple(a), Ty::Tuple(b)) | (Ty::Set(a), Ty::Set(b)) => a.agrees(b),
            (Ty::Two(a, b), Ty::Two(c, d)) => a.agrees(c) && b.agrees(d),
            _ => false,
        }
    }

    /// The type of the items of a container.
    fn item(&self) -> Ty {
        match self {
            Ty::Tuple(t) | Ty::Set(t) => (**t).clone(),
            Ty::Grid => Ty::tuple(Ty::Int),
            Ty::Pair => Ty::Int,
            Ty::Two(a, b) if a.agrees(b) => (**a).clone(),
            _ => Ty::Unknown,
        }
    }

    /// A container of the same kind as `self` (a tuple for a grid) holding `item`.
    fn rekind(&self, item: Ty) -> Ty {
        match self {
            Ty::Set(_) => Ty::set(item),
            Ty::Tuple(_) | Ty::Grid | Ty::Pair | Ty::Two(..) => Ty::tuple(item),
            _ => Ty::Unknown,
        }
    }

    fn holds_functions(&self) -> bool {
        match self {
            Ty::Tuple(t) | Ty::Set(t) => matches!(**t, Ty::Fn(_)) || t.holds_functions(),
            Ty::Two(a, b) => {
                matches!(**a, Ty::Fn(_))
                    || matches!(**b, Ty::Fn(_))
                    || a.holds_functions()
                    || b.holds_functions()
            }
            _ => false,
        }
    }

    fn is_known(&self) -> bool {
        !matches!(self, Ty::Unknown)
    }
}

/// The check of one function.
struct Check {
    vars: HashMap<String, Ty>,
    /// The line (its index) that bound each variable last.
    order: HashMap<String, usize>,
    line: usize,
    /// The types each function variable is called with.
    uses: HashMap<String, Vec<Ty>>,
    /// The first reason found.
    reason: Option<String>,
    /// Calls of function values left to follow: functions built of functions called twice
    /// (`power`, `fork`, `compose(f, f)`) may call their parts exponentially often, and
    /// past this many the check gives up (finding nothing).
    budget: usize,
}

/// How many calls of function values the check follows in one function.
const BUDGET: usize = 100_000;

/// Why the function of `lines` cannot be typed statically; `None` when the check finds
/// nothing.
pub(crate) fn dynamic_reason(lines: &[Line]) -> Option<String> {
    let mut check = Check {
        vars: HashMap::new(),
        order: HashMap::new(),
        line: 0,
        uses: HashMap::new(),
        reason: None,
        budget: BUDGET,
    };
    for line in lines {
        check.line += 1;
        match line {
            Line::Let(name, rhs) => {
                let ty = check.rhs(rhs);
                check.bind(name, ty);
            }
            Line::Try(name, rhs, fallback) => {
                let ty = check.rhs(rhs);
                if let Fallback::Call(_, rhs) = fallback {
                    check.rhs(rhs);
                }
                check.bind(name, ty);
            }
            Line::Return(rhs) => {
                check.rhs(rhs);
            }
            Line::At(_) | Line::Clear(_) | Line::Append(..) => {}
        }
        if check.reason.is_some() || check.budget == 0 {
            break;
        }
    }
    check.reason.filter(|_| check.budget > 0)
}

impl Check {
    fn flag(&mut self, why: impl FnOnce() -> String) {
        if self.reason.is_none() {
            self.reason = Some(why());
        }
    }

    fn bind(&mut self, name: &str, ty: Ty) {
        let ty = match ty {
            Ty::Fn(f) => Ty::Fn(Rc::new(Func::Named(name.to_string(), f))),
            other => other,
        };
        self.vars.insert(name.to_string(), ty);
        self.order.insert(name.to_string(), self.line);
    }

    fn value(&self, v: &Value) -> Ty {
        match v {
            Value::Param(p) => match p.name() {
                "I" | "C" => Ty::Grid,
                "S" => Ty::tuple(Ty::Two(Rc::new(Ty::Grid), Rc::new(Ty::Grid))),
                _ => Ty::Unknown,
            },
            Value::Var(name) | Value::Maybe(name) => {
                self.vars.get(name).cloned().unwrap_or(Ty::Unknown)
            }
            Value::Dsl(name) => match batt_dsl_names::constant(name).map(|c| c.value) {
                Some(batt_dsl_names::Value::Boolean(_)) => Ty::Bool,
                Some(batt_dsl_names::Value::Integer(_)) => Ty::Int,
                Some(batt_dsl_names::Value::IntegerTuple(..)) => Ty::Pair,
                None if primitive(name).is_some() => {
                    Ty::Fn(Rc::new(Func::Prim(base_name(name).to_string())))
                }
                None => Ty::Unknown,
            },
            Value::Int(_) => Ty::Int,
            Value::Foreign(_) => Ty::Unknown,
        }
    }

    fn rhs(&mut self, rhs: &Rhs) -> Ty {
        match rhs {
            Rhs::Value(v) => self.value(v),
            Rhs::Pattern(f, args) => {
                let args: Vec<Ty> = args.iter().map(|a| self.value(a)).collect();
                self.prim(f, &args)
            }
            Rhs::Call(Callee::Dsl(f), args) => {
                let args: Vec<Ty> = args.iter().map(|a| self.value(a)).collect();
                self.prim(base_name(f), &args)
            }
            Rhs::Call(Callee::Var(name) | Callee::Maybe(name), args) => {
                let f = match self.vars.get(name) {
                    Some(Ty::Fn(f)) => f.clone(),
                    _ => return Ty::Unknown,
                };
                let args: Vec<Ty> = args.iter().map(|a| self.value(a)).collect();
                self.call(&f, &args)
            }
            Rhs::Call(Callee::Foreign(_), _) => Ty::Unknown,
        }
    }

    /// The type of a call of the function value `f`.
    fn call(&mut self, f: &Rc<Func>, args: &[Ty]) -> Ty {
        if self.budget == 0 {
            return Ty::Unknown;
        }
        self.budget -= 1;
        match &**f {
            Func::Unknown => Ty::Unknown,
            Func::Prim(name) => self.prim(name, args),
            Func::Named(name, inner) => {
                let bound = self.order.get(name).copied().unwrap_or(0);
                let later = args.iter().find_map(|a| {
                    captured(a)
                        .into_iter()
                        .find(|v| self.order.get(v).copied().unwrap_or(0) > bound)
                });
                if let Some(later) = later {
                    self.flag(|| {
                        format!(
                            "the function `{name}` takes a function made with `{later}`, a \
                             later line's (its boxed type would borrow what is bound after it)"
                        )
                    });
                }
                let seen = self.uses.get(name).cloned().unwrap_or_default();
                if !seen.is_empty()
                    && seen.len() == args.len()
                    && !seen.iter().zip(args).all(|(a, b)| a.agrees(b))
                {
                    let now = args.to_vec();
                    self.flag(|| {
                        format!(
                            "the function `{name}` is called with values of two types \
                             ({}, then {}): Rust's closures have one type",
                            show(&seen),
                            show(&now)
                        )
                    });
                } else if seen.is_empty() || args.iter().all(Ty::is_known) {
                    self.uses.insert(name.clone(), args.to_vec());
                }
                self.call(inner, args)
            }
            Func::Bound { f, fixed, right } => {
                let mut all = args.to_vec();
                if *right {
                    all.push(fixed.clone());
                } else {
                    all.insert(0, fixed.clone());
                }
                self.call(f, &all)
            }
            Func::Compose(fs) => {
                let mut it = fs.iter().rev();
                let Some(innermost) = it.next() else { return Ty::Unknown };
                let mut ty = self.call(innermost, args);
                for g in it {
                    ty = self.call(g, std::slice::from_ref(&ty));
                }
                ty
            }
            Func::Fork(outer, a, b) => {
                let a = self.call(a, args);
                let b = self.call(b, args);
                self.call(outer, &[a, b])
            }
            Func::Matcher(f) => {
                self.call(f, args);
                Ty::Bool
            }
            Func::Branch(a, b) => {
                let (x, y) = (self.call(a, args), self.call(b, args));
                if !x.agrees(&y) {
                    self.flag(|| {
                        format!(
                            "`branch` picks between functions that give values of two \
                             types ({} and {})",
                            show_one(&x),
                            show_one(&y)
                        )
                    });
                }
                x
            }
            Func::Power(g) => {
                let once = self.call(g, args);
                self.call(g, &[once])
            }
        }
    }

    /// The type of the primitive `name` called with `args`.
    fn prim(&mut self, name: &str, args: &[Ty]) -> Ty {
        if let Some(sig) = signature(name) {
            for (&p, a) in sig.params.iter().zip(args) {
                if matches!(p, Type::IntegerTuple | Type::Numerical) && matches!(a, Ty::Tuple(_)) {
                    let a = a.clone();
                    self.flag(|| {
                        format!(
                            "`{name}` takes a pair of integers where it is given {} (`apply` \
                             over a pair gives a tuple)",
                            show_one(&a)
                        )
                    });
                }
            }
        }
        let arg = |k: usize| args.get(k).cloned().unwrap_or(Ty::Unknown);
        let func = |k: usize| match args.get(k) {
            Some(Ty::Fn(f)) => f.clone(),
            _ => Rc::new(Func::Unknown),
        };
        let out = match name {
            "identity" => arg(0),
            "compose" => Ty::Fn(Rc::new(Func::Compose(vec![func(0), func(1)]))),
            "chain" => Ty::Fn(Rc::new(Func::Compose(vec![func(0), func(1), func(2)]))),
            "fork" => Ty::Fn(Rc::new(Func::Fork(func(0), func(1), func(2)))),
            "matcher" => Ty::Fn(Rc::new(Func::Matcher(func(0)))),
            "rbind" | "lbind" => {
                Ty::Fn(Rc::new(Func::Bound { f: func(0), fixed: arg(1), right: name == "rbind" }))
            }
            "power" => Ty::Fn(Rc::new(Func::Power(func(0)))),
            "branch" => match (arg(1), arg(2)) {
                (Ty::Fn(a), Ty::Fn(b)) => Ty::Fn(Rc::new(Func::Branch(a, b))),
                (a, b) => {
                    if !a.agrees(&b) {
                        self.flag(|| {
                            format!(
                                "`branch` picks between values of two types ({} and {})",
                                show_one(&a),
                                show_one(&b)
                            )
                        });
                    }
                    if a.is_known() { a } else { b }
                }
            },
            "apply" | "mapply" => {
                let c = arg(1);
                let r = self.call(&func(0), &[c.item()]);
                if name == "apply" { c.rekind(r) } else { c.rekind(r.item()) }
            }
            "rapply" => {
                let fs = arg(0);
                let r = self.call(&Rc::new(Func::Unknown), &[arg(1)]);
                fs.rekind(r)
            }
            "papply" | "mpapply" | "prapply" => {
                let r = self.call(&func(0), &[arg(1).item(), arg(2).item()]);
                match name {
                    "papply" => Ty::tuple(r),
                    "mpapply" => Ty::tuple(r.item()),
                    _ => Ty::set(r),
                }
            }
            "sfilter" | "mfilter" | "extract" | "argmax" | "argmin" | "valmax" | "valmin"
            | "order" => {
                let c = arg(0);
                self.call(&func(1), &[c.item()]);
                match name {
                    "sfilter" => c,
                    "mfilter" => Ty::set(c.item().item()),
                    "extract" | "argmax" | "argmin" => c.item(),
                    "order" => Ty::tuple(c.item()),
                    _ => Ty::Int,
                }
            }
            "first" | "last" => match arg(0) {
                Ty::Two(a, b) => (*if name == "first" { a } else { b }).clone(),
                Ty::Cell => {
                    if name == "first" {
                        Ty::Int
                    } else {
                        Ty::Pair
                    }
                }
                c => c.item(),
            },
            "astuple" => match (arg(0), arg(1)) {
                (Ty::Int, Ty::Int) => Ty::Pair,
                (Ty::Int, Ty::Pair) => Ty::Cell,
                (a, b) if a.is_known() && b.is_known() => Ty::Two(Rc::new(a), Rc::new(b)),
                _ => Ty::Unknown,
            },
            "initset" => Ty::set(arg(0)),
            "insert" => {
                let (v, s) = (arg(0), arg(1));
                let item = s.item();
                if !v.agrees(&item) {
                    self.flag(|| {
                        format!("`insert` puts {} into a set of {}", show_one(&v), show_one(&item))
                    });
                }
                if item.is_known() { s } else { Ty::set(v) }
            }
            "combine" | "difference" | "intersection" => {
                let (a, b) = (arg(0), arg(1));
                if a.is_known() { a } else { b }
            }
            "remove" | "dedupe" | "sizefilter" | "colorfilter" | "invert" => {
                arg(if name == "remove" { 1 } else { 0 })
            }
            "other" => arg(0).item(),
            "totuple" => Ty::tuple(arg(0).item()),
            "repeat" => Ty::tuple(arg(0)),
            "merge" => match arg(0) {
                Ty::Grid => Ty::tuple(Ty::Int),
                c => c.rekind(c.item().item()),
            },
            "product" => Ty::set(Ty::Two(Rc::new(arg(0).item()), Rc::new(arg(1).item()))),
            "pair" => Ty::tuple(Ty::Two(Rc::new(arg(0).item()), Rc::new(arg(1).item()))),
            "add" | "subtract" | "multiply" | "divide" => match (arg(0), arg(1)) {
                (Ty::Pair, _) | (_, Ty::Pair) => Ty::Pair,
                (Ty::Unknown, _) | (_, Ty::Unknown) => Ty::Unknown,
                _ => Ty::Int,
            },
            "double" | "halve" | "increment" | "decrement" | "crement" | "sign" => match arg(0) {
                Ty::Pair => Ty::Pair,
                Ty::Unknown => Ty::Unknown,
                _ => Ty::Int,
            },
            "hsplit" | "vsplit" => Ty::tuple(Ty::Grid),
            "interval" => Ty::tuple(Ty::Int),
            "mostcommon" | "leastcommon" | "maximum" | "minimum" => arg(0).item(),
            _ => self.annotated(name, args),
        };
        if out.holds_functions() {
            let mapped = matches!(name, "apply" | "papply") && matches!(out, Ty::Tuple(_));
            match captured(&out).into_iter().next() {
                Some(var) if mapped => self.flag(|| {
                    format!(
                        "`{name}` makes a tuple of functions that hold the function `{var}` \
                         (boxed, so they cannot be cloned)"
                    )
                }),
                None if mapped => {}
                _ => self.flag(|| format!("`{name}` makes a tuple or a set of functions")),
            }
        }
        out
    }

    /// The type of a primitive's call from its annotations: the return type where it names
    /// one; where it is a union or `Any` that one of the parameters has too, that argument's
    /// type.
    fn annotated(&self, name: &str, args: &[Ty]) -> Ty {
        let Some(sig) = signature(name) else { return Ty::Unknown };
        let known = Ty::from_annotation(sig.returns);
        if known.is_known() {
            return known;
        }
        let same = sig
            .params
            .iter()
            .position(|&p| p == sig.returns && p != Type::Callable)
            .and_then(|k| args.get(k).cloned())
            .unwrap_or(Ty::Unknown);
        // The grid functions give grids of tuples of rows.
        let rows = matches!(&same, Ty::Tuple(r) if matches!(**r, Ty::Tuple(_)));
        if rows && matches!(sig.returns, Type::Piece | Type::Element) { Ty::Grid } else { same }
    }
}

/// The function variables that the functions in `t` are made with.
fn captured(t: &Ty) -> Vec<String> {
    fn func(f: &Func, out: &mut Vec<String>) {
        match f {
            Func::Unknown | Func::Prim(_) => {}
            Func::Named(name, inner) => {
                out.push(name.clone());
                func(inner, out);
            }
            Func::Bound { f, fixed, .. } => {
                func(f, out);
                ty(fixed, out);
            }
            Func::Compose(fs) => fs.iter().for_each(|f| func(f, out)),
            Func::Fork(a, b, c) => [a, b, c].into_iter().for_each(|f| func(f, out)),
            Func::Matcher(f) | Func::Power(f) => func(f, out),
            Func::Branch(a, b) => [a, b].into_iter().for_each(|f| func(f, out)),
        }
    }
    fn ty(t: &Ty, out: &mut Vec<String>) {
        match t {
            Ty::Fn(f) => func(f, out),
            Ty::Tuple(t) | Ty::Set(t) => ty(t, out),
            Ty::Two(a, b) => {
                ty(a, out);
                ty(b, out);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    ty(t, &mut out);
    out
}

/// The arc-dsl name of a renamed primitive (`rbind3` is `rbind`).
fn base_name(name: &str) -> &str {
    match name {
        "rbind3" => "rbind",
        "lbind3" => "lbind",
        other => other,
    }
}

fn show(types: &[Ty]) -> String {
    types.iter().map(show_one).collect::<Vec<_>>().join(", ")
}

fn show_one(t: &Ty) -> String {
    match t {
        Ty::Unknown => "a value".into(),
        Ty::Int => "an integer".into(),
        Ty::Bool => "a boolean".into(),
        Ty::Pair => "a pair of integers".into(),
        Ty::Cell => "a cell".into(),
        Ty::Grid => "a grid".into(),
        Ty::Tuple(t) => format!("a tuple of {}", plural(t)),
        Ty::Set(t) => format!("a set of {}", plural(t)),
        Ty::Two(a, b) => format!("a pair of {} and {}", show_one(a), show_one(b)),
        Ty::Fn(_) => "a function".into(),
    }
}

fn plural(t: &Ty) -> String {
    match t {
        Ty::Unknown => "values".into(),
        Ty::Int => "integers".into(),
        Ty::Bool => "booleans".into(),
        Ty::Pair => "pairs of integers".into(),
        Ty::Cell => "cells".into(),
        Ty::Grid => "grids".into(),
        Ty::Tuple(t) => format!("tuples of {}", plural(t)),
        Ty::Set(t) => format!("sets of {}", plural(t)),
        Ty::Two(..) => "pairs".into(),
        Ty::Fn(_) => "functions".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::convert::{Converted, convert};

    /// arc-dsl's solvers, unmodified.
    const ARC_DSL: &str = include_str!("../../../tests/solvers/arc-dsl/solvers.py");

    /// The dynamic functions of `source`, each with its reason.
    fn dynamic(source: &str) -> Vec<(String, String)> {
        convert(source, "solvers.py", false)
            .expect("parses")
            .into_iter()
            .filter_map(|s| match s.body {
                Converted::Skipped(r) => Some((s.name, r)),
                Converted::Function { dynamic, .. } => dynamic.map(|r| (s.name, r)),
            })
            .collect()
    }

    /// Each kind of reason, as the start of its text.
    const TWO_TYPES: &str = "the function `";
    const BRANCH: &str = "`branch` picks between values of two types";
    const BRANCH_FUNCTIONS: &str = "`branch` picks between functions";
    const FUNCTIONS: &str = "makes a tuple or a set of functions";
    const BOXED: &str = "makes a tuple of functions that hold";
    const LATER: &str = "takes a function made with";
    const PAIR: &str = "takes a pair of integers where it is given a tuple";

    #[test]
    fn arc_dsl_s_dynamic_solvers_are_those_rust_cannot_type_by_reason() {
        let want: &[(&str, &str)] = &[
            ("1190e5a7", PAIR),
            ("4be741c5", TWO_TYPES),
            ("8e1813be", TWO_TYPES),
            ("e26a3af2", BRANCH),
            ("f8c80d96", BRANCH_FUNCTIONS),
            ("e8dc4411", PAIR),
            ("53b68214", BRANCH),
            ("746b3537", TWO_TYPES),
            ("f9012d9b", TWO_TYPES),
            ("995c5fa3", TWO_TYPES),
            ("6aa20dc0", FUNCTIONS),
            ("36d67576", FUNCTIONS),
            ("3befdf3e", FUNCTIONS),
            ("0e206a2e", FUNCTIONS),
            ("d22278a0", LATER),
            ("7df24a62", BOXED),
            ("f15e1fac", LATER),
            ("97a05b5b", FUNCTIONS),
            ("3e980e27", TWO_TYPES),
        ];
        let found = dynamic(ARC_DSL);
        let names: Vec<String> = found.iter().map(|(n, _)| n.clone()).collect();
        let expected: Vec<String> = want.iter().map(|(id, _)| format!("solve_{id}")).collect();
        assert_eq!(names, expected, "the dynamic functions, in file order");
        for ((name, reason), (_, kind)) in found.iter().zip(want) {
            assert!(reason.contains(kind), "{name}: `{reason}` is not of the kind `{kind}`");
        }
        let total = convert(ARC_DSL, "solvers.py", false).expect("parses").len();
        assert_eq!(total, 400);
    }

    #[test]
    fn one_function_variable_at_two_types_is_dynamic_and_at_one_is_not() {
        let at_two = "def solve_a(I):\n    x1 = branch(T, dmirror, identity)\n    \
                      x2 = x1(I)\n    x3 = apply(dedupe, x2)\n    O = x1(x3)\n    return O\n";
        let found = dynamic(at_two);
        assert_eq!(found.len(), 1);
        assert!(found[0].1.contains("`x1` is called with values of two types"), "{found:?}");
        let at_one = "def solve_a(I):\n    x1 = branch(T, dmirror, identity)\n    \
                      x2 = x1(I)\n    O = x1(x2)\n    return O\n";
        assert_eq!(dynamic(at_one), []);
    }

    #[test]
    fn functions_that_call_their_parts_exponentially_often_end_the_check() {
        let mut source = String::from("def solve_a(I):\n    x0 = rbind(shift, UNITY)\n");
        for k in 1..40 {
            source.push_str(&format!("    x{k} = compose(x{}, x{})\n", k - 1, k - 1));
        }
        source.push_str("    x40 = x39(I)\n    O = x40(I)\n    return O\n");
        assert_eq!(dynamic(&source), []);
    }

    #[test]
    fn sets_of_functions_and_branches_of_two_types_are_dynamic() {
        let set = "def solve_a(I):\n    x1 = initset(hmirror)\n    O = I\n    return O\n";
        assert!(dynamic(set)[0].1.contains("`initset` makes a tuple or a set of functions"));
        let branch = "def solve_a(I):\n    x1 = apply(first, I)\n    \
                      x2 = branch(T, I, x1)\n    O = I\n    return O\n";
        assert!(
            dynamic(branch)[0].1.contains("a grid and a tuple of integers"),
            "{:?}",
            dynamic(branch)
        );
        let mapped = "def solve_a(I):\n    x1 = lbind(rbind, upscale)\n    \
                      x2 = interval(ONE, FOUR, ONE)\n    x3 = apply(x1, x2)\n    O = I\n    return O\n";
        assert_eq!(dynamic(mapped), [], "a tuple of functions made of primitives is static");
    }
}
