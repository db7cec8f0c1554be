//! Dynamically typed DSL values, for the solvers that Rust's static types cannot express.
//!
//! `include_solvers!` writes such a function (one function variable called with values of
//! two types, `branch` between two types, tuples and sets of functions, ...) as lines over
//! [`Value`]s: each call is [`call`] of a function value, or [`prim`] of a primitive by
//! name, and gives `None` where arc-dsl raises, as the static functions do.
//!
//! A [`Value`] holds what Python holds: integers, booleans, tuples (a grid is its tuple of
//! rows, a pair or a cell a tuple of two), frozensets (their items ascending, as the runtime's
//! [`FrozenSet`] keeps them), and functions ([`Function`]: a primitive, a partial application,
//! a composition, a fork or a matcher). The container and function primitives work on values
//! directly, as arc-dsl's `dsl.py` does; the grid and patch primitives convert their arguments
//! to the runtime's types by their shape (a tuple is a grid, a set of cells an object, a set
//! of pairs indices), call the typed function of [`dsl`](crate::dsl), and convert back.
//!
//! ```
//! use batt_runtime::dynamic::{Value, prim};
//! use batt_runtime::prelude::*;
//! let grid = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
//! let f = prim("branch", &[Value::Bool(true), Value::function("dmirror"), Value::function("identity")]);
//! let turned = batt_runtime::dynamic::call(&f.unwrap(), &[Value::from_grid(&grid)]).unwrap();
//! assert_eq!(turned.to_grid(), Some(Grid::from_rows(&[[1, 3], [2, 4]]).unwrap()));
//! ```

use std::cmp::Ordering;
use std::rc::Rc;

use crate::dsl::{self, Cell, FrozenSet, IntegerTuple};
use crate::grid::Grid;
use crate::lists::{DslValue, ToDslValue};

/// A value of the DSL, typed at run time as Python's.
#[derive(Clone, Debug)]
pub enum Value {
    /// A boolean (equal to the integer 0 or 1, as in Python).
    Bool(bool),
    /// An integer.
    Int(i32),
    /// A tuple: a pair, a cell, a grid (its rows), a tuple of anything.
    Tuple(Rc<Vec<Value>>),
    /// A frozenset, its items ascending and distinct.
    Set(Rc<Vec<Value>>),
    /// A function.
    Fn(Rc<Function>),
}

/// A function value.
#[derive(Debug)]
pub enum Function {
    /// A primitive of arc-dsl, by name.
    Prim(&'static str),
    /// `rbind` (`right`) or `lbind` of a function and a value.
    Bound {
        /// The function.
        f: Value,
        /// The value fixed as its last (`rbind`) or first (`lbind`) argument.
        fixed: Value,
        /// Whether the value is the last argument.
        right: bool,
    },
    /// `compose` and `chain` (and `power`): the last is called first, on one argument.
    Compose(Vec<Value>),
    /// `fork(outer, a, b)`: `outer(a(x), b(x))`.
    Fork(Value, Value, Value),
    /// `matcher(f, target)`: `f(x) == target`.
    Matcher(Value, Value),
}

impl Function {
    /// How many arguments it takes (Python's `co_argcount`, which `rbind` and `lbind` read).
    fn arity(&self) -> usize {
        match self {
            Function::Prim(name) => batt_dsl_names::primitive(name).map_or(1, |p| p.params),
            Function::Bound { f: Value::Fn(f), .. } => f.arity().saturating_sub(1).max(1),
            _ => 1,
        }
    }

    /// A key that orders functions (for sets of them): primitives by name, others by address
    /// (as Python's sets of functions follow their identities).
    fn key(self: &Rc<Self>) -> (u8, &'static str, usize) {
        match **self {
            Function::Prim(name) => (0, name, 0),
            _ => (1, "", Rc::as_ptr(self) as *const u8 as usize),
        }
    }
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Value {}

impl PartialOrd for Value {
    fn partial_cmp(&self, other: &Value) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Value {
    /// Numbers (booleans as 0 and 1) before tuples before sets before functions; tuples and
    /// sets item by item.
    fn cmp(&self, other: &Value) -> Ordering {
        fn rank(v: &Value) -> u8 {
            match v {
                Value::Bool(_) | Value::Int(_) => 0,
                Value::Tuple(_) => 1,
                Value::Set(_) => 2,
                Value::Fn(_) => 3,
            }
        }
        match (self, other) {
            (Value::Tuple(a), Value::Tuple(b)) | (Value::Set(a), Value::Set(b)) => a.cmp(b),
            (Value::Fn(a), Value::Fn(b)) => a.key().cmp(&b.key()),
            _ => match (self.int(), other.int()) {
                (Some(a), Some(b)) => a.cmp(&b),
                _ => rank(self).cmp(&rank(other)),
            },
        }
    }
}

impl Value {
    /// The primitive named `name` as a function value (an unknown name gives a function
    /// whose every call fails).
    pub fn function(name: &str) -> Value {
        let name = batt_dsl_names::primitive(name).map_or("", |p| p.name);
        Value::Fn(Rc::new(Function::Prim(name)))
    }

    /// A tuple of `items`.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }

    /// The frozenset of `items` (sorted and deduplicated here).
    pub fn set(mut items: Vec<Value>) -> Value {
        items.sort();
        items.dedup();
        Value::Set(Rc::new(items))
    }

    /// A pair of integers.
    pub fn pair(a: i32, b: i32) -> Value {
        Value::tuple(vec![Value::Int(a), Value::Int(b)])
    }

    /// A grid as its tuple of rows.
    pub fn from_grid(grid: &Grid) -> Value {
        Value::tuple(
            grid.rows()
                .map(|row| Value::tuple(row.iter().map(|&c| Value::Int(i32::from(c))).collect()))
                .collect(),
        )
    }

    /// A value of the runtime's types (`None`, Python's for a failure, gives `None`).
    pub fn from_typed<T: ToDslValue + ?Sized>(value: &T) -> Option<Value> {
        Value::from_dsl(value.to_dsl_value())
    }

    fn from_dsl(value: DslValue) -> Option<Value> {
        Some(match value {
            DslValue::None | DslValue::Str(_) => return None,
            DslValue::Bool(b) => Value::Bool(b),
            DslValue::Int(n) => Value::Int(i32::try_from(n).ok()?),
            DslValue::Tuple(items) => {
                Value::tuple(items.into_iter().map(Value::from_dsl).collect::<Option<_>>()?)
            }
            DslValue::Set(items) => {
                Value::set(items.into_iter().map(Value::from_dsl).collect::<Option<_>>()?)
            }
            DslValue::Grid(grid) => Value::from_grid(&grid),
        })
    }

    /// The integer (a boolean as 0 or 1).
    pub fn int(&self) -> Option<i32> {
        match self {
            Value::Int(n) => Some(*n),
            Value::Bool(b) => Some(i32::from(*b)),
            _ => None,
        }
    }

    /// Python's truth: non-zero numbers, non-empty containers, functions.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Int(n) => *n != 0,
            Value::Bool(b) => *b,
            Value::Tuple(items) | Value::Set(items) => !items.is_empty(),
            Value::Fn(_) => true,
        }
    }

    /// The items of a tuple or a set.
    pub fn items(&self) -> Option<&[Value]> {
        match self {
            Value::Tuple(items) | Value::Set(items) => Some(items),
            _ => None,
        }
    }

    /// A pair of integers.
    pub fn to_pair(&self) -> Option<IntegerTuple> {
        match self.items()? {
            [a, b] => Some((a.int()?, b.int()?)),
            _ => None,
        }
    }

    fn to_cell(&self) -> Option<Cell> {
        match self.items()? {
            [c, loc] => Some((c.int()?, loc.to_pair()?)),
            _ => None,
        }
    }

    /// The grid, where this is a tuple of rows of one length, of colours 0 to 9.
    pub fn to_grid(&self) -> Option<Grid> {
        let Value::Tuple(rows) = self else { return None };
        let rows = rows
            .iter()
            .map(|row| {
                row.items()?
                    .iter()
                    .map(|c| u8::try_from(c.int()?).ok())
                    .collect::<Option<Vec<u8>>>()
            })
            .collect::<Option<Vec<_>>>()?;
        Grid::from_rows(&rows).ok()
    }

    /// A tuple of rows of integers (any lengths, any integers).
    fn to_rows(&self) -> Option<Vec<Vec<i32>>> {
        let Value::Tuple(rows) = self else { return None };
        rows.iter()
            .map(|row| row.items()?.iter().map(Value::int).collect::<Option<Vec<i32>>>())
            .collect()
    }

    fn is_cell(&self) -> bool {
        matches!(self.items(), Some([Value::Int(_) | Value::Bool(_), Value::Tuple(_)]))
    }
}

/// A patch, as its items' shape makes it.
enum Patch {
    Object(dsl::Object),
    Indices(dsl::Indices),
}

fn patch(v: &Value) -> Option<Patch> {
    let items = v.items()?;
    if items.first().is_some_and(Value::is_cell) {
        Some(Patch::Object(FrozenSet::new(
            items.iter().map(Value::to_cell).collect::<Option<Vec<_>>>()?,
        )))
    } else {
        Some(Patch::Indices(FrozenSet::new(
            items.iter().map(Value::to_pair).collect::<Option<Vec<_>>>()?,
        )))
    }
}

fn object(v: &Value) -> Option<dsl::Object> {
    match patch(v)? {
        Patch::Object(o) => Some(o),
        Patch::Indices(i) if i.is_empty() => Some(FrozenSet::new(Vec::new())),
        Patch::Indices(_) => None,
    }
}

/// A piece: a grid (a tuple) or a patch (a set).
enum Piece {
    Grid(Grid),
    Rows(Vec<Vec<i32>>),
    Patch(Patch),
}

fn piece(v: &Value) -> Option<Piece> {
    match v {
        Value::Tuple(_) => match v.to_grid() {
            Some(g) => Some(Piece::Grid(g)),
            None => v.to_rows().map(Piece::Rows),
        },
        Value::Set(_) => patch(v).map(Piece::Patch),
        _ => None,
    }
}

fn grid(v: &Value) -> Option<Grid> {
    v.to_grid()
}

fn int(v: &Value) -> Option<i32> {
    v.int()
}

fn pair(v: &Value) -> Option<IntegerTuple> {
    v.to_pair()
}

fn out<T: ToDslValue>(value: T) -> Option<Value> {
    Value::from_typed(&value)
}

/// Calls `$body` with `$p` bound to the patch `$v` as an object or as indices.
macro_rules! with_patch {
    ($v:expr, |$p:ident| $body:expr) => {
        match patch($v)? {
            Patch::Object($p) => out($body),
            Patch::Indices($p) => out($body),
        }
    };
}

/// Calls `$body` with `$p` bound to the piece `$v`: a grid, rows, an object or indices.
macro_rules! with_piece {
    ($v:expr, |$p:ident| $body:expr) => {
        match piece($v)? {
            Piece::Grid($p) => out($body),
            Piece::Rows($p) => out($body),
            Piece::Patch(Patch::Object($p)) => out($body),
            Piece::Patch(Patch::Indices($p)) => out($body),
        }
    };
}

/// Calls `$body` with `$e` bound to the element `$v`: a grid or an object.
macro_rules! with_element {
    ($v:expr, |$e:ident| $body:expr) => {
        match piece($v)? {
            Piece::Grid($e) => out($body),
            Piece::Rows($e) => out($body),
            Piece::Patch(Patch::Object($e)) => out($body),
            Piece::Patch(Patch::Indices(i)) if i.is_empty() => {
                let $e: dsl::Object = FrozenSet::new(Vec::new());
                out($body)
            }
            Piece::Patch(Patch::Indices(_)) => None,
        }
    };
}

/// Calls `$body` with `$x` and `$y` bound to the patches `$a` and `$b`, each an object or
/// indices.
macro_rules! with_patches {
    ($a:expr, $b:expr, |$x:ident, $y:ident| $body:expr) => {
        match (patch($a)?, patch($b)?) {
            (Patch::Object($x), Patch::Object($y)) => out($body),
            (Patch::Object($x), Patch::Indices($y)) => out($body),
            (Patch::Indices($x), Patch::Object($y)) => out($body),
            (Patch::Indices($x), Patch::Indices($y)) => out($body),
        }
    };
}

/// Calls the function value `f` with `args`; `None` where arc-dsl raises (or `f` is no
/// function, or takes another number of arguments).
pub fn call(f: &Value, args: &[Value]) -> Option<Value> {
    let Value::Fn(f) = f else { return None };
    match &**f {
        Function::Prim(name) => prim(name, args),
        Function::Bound { f, fixed, right } => {
            let mut all = args.to_vec();
            if *right {
                all.push(fixed.clone());
            } else {
                all.insert(0, fixed.clone());
            }
            call(f, &all)
        }
        Function::Compose(fs) => {
            let (innermost, rest) = fs.split_last()?;
            let mut value = call(innermost, args)?;
            for g in rest.iter().rev() {
                value = call(g, std::slice::from_ref(&value))?;
            }
            Some(value)
        }
        Function::Fork(outer, a, b) => {
            let (a, b) = (call(a, args)?, call(b, args)?);
            call(outer, &[a, b])
        }
        Function::Matcher(f, target) => Some(Value::Bool(call(f, args)? == *target)),
    }
}

fn function(f: Function) -> Option<Value> {
    Some(Value::Fn(Rc::new(f)))
}

/// A container of the kind of `like` (a set for a set, else a tuple) holding `items`.
fn rekind(like: &Value, items: Vec<Value>) -> Value {
    match like {
        Value::Set(_) => Value::set(items),
        _ => Value::tuple(items),
    }
}

/// Python's `+`, `-`, `*`, `//` of integers and pairs, as arc-dsl's arithmetic applies them.
fn arith(a: &Value, b: &Value, op: fn(i32, i32) -> Option<i32>) -> Option<Value> {
    match (a.int(), b.int()) {
        (Some(x), Some(y)) => op(x, y).map(Value::Int),
        (Some(x), None) => {
            let (p, q) = b.to_pair()?;
            Some(Value::pair(op(x, p)?, op(x, q)?))
        }
        (None, Some(y)) => {
            let (p, q) = a.to_pair()?;
            Some(Value::pair(op(p, y)?, op(q, y)?))
        }
        (None, None) => {
            let ((p, q), (r, s)) = (a.to_pair()?, b.to_pair()?);
            Some(Value::pair(op(p, r)?, op(q, s)?))
        }
    }
}

/// Each integer of an integer or a pair through `op`.
fn unary(a: &Value, op: fn(i32) -> Option<i32>) -> Option<Value> {
    match a.int() {
        Some(x) => op(x).map(Value::Int),
        None => {
            let (p, q) = a.to_pair()?;
            Some(Value::pair(op(p)?, op(q)?))
        }
    }
}

fn floor_div(a: i32, b: i32) -> Option<i32> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    Some(if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q })
}

/// The union of the containers of `c` (a tuple's concatenation, a set's union).
fn merge(c: &Value) -> Option<Value> {
    let mut items = Vec::new();
    for inner in c.items()? {
        items.extend(inner.items()?.iter().cloned());
    }
    Some(rekind(c, items))
}

/// Calls the primitive `name` with `args`; `None` where arc-dsl raises, for a name that is
/// no primitive, or for a primitive this module does not run.
pub fn prim(name: &str, args: &[Value]) -> Option<Value> {
    let a = |k: usize| args.get(k);
    let f = |k: usize| args.get(k).cloned();
    let items = |k: usize| args.get(k).and_then(Value::items);
    let n = batt_dsl_names::primitive(name)?.params;
    if args.len() != n {
        return None;
    }
    match name {
        // Functions of functions.
        "identity" => f(0),
        "compose" => function(Function::Compose(vec![f(0)?, f(1)?])),
        "chain" => function(Function::Compose(vec![f(0)?, f(1)?, f(2)?])),
        "fork" => function(Function::Fork(f(0)?, f(1)?, f(2)?)),
        "matcher" => function(Function::Matcher(f(0)?, f(1)?)),
        "rbind" | "lbind" => {
            let g = f(0)?;
            let Value::Fn(inner) = &g else { return None };
            if inner.arity() < 2 {
                return None;
            }
            function(Function::Bound { f: g, fixed: f(1)?, right: name == "rbind" })
        }
        "power" => {
            let times = usize::try_from(int(a(1)?)?).ok().filter(|&t| (1..=64).contains(&t))?;
            function(Function::Compose(vec![f(0)?; times]))
        }
        "branch" => {
            if a(0)?.truthy() {
                f(1)
            } else {
                f(2)
            }
        }
        "apply" => {
            let c = a(1)?;
            let out = c
                .items()?
                .iter()
                .map(|e| call(a(0)?, std::slice::from_ref(e)))
                .collect::<Option<_>>()?;
            Some(rekind(c, out))
        }
        "mapply" => merge(&prim("apply", args)?),
        "rapply" => {
            let fs = a(0)?;
            let out = fs
                .items()?
                .iter()
                .map(|g| call(g, std::slice::from_ref(a(1)?)))
                .collect::<Option<_>>()?;
            Some(rekind(fs, out))
        }
        "papply" | "mpapply" | "prapply" => {
            let (xs, ys) = (items(1)?, items(2)?);
            let out: Vec<Value> = if name == "prapply" {
                let mut v = Vec::new();
                for x in xs {
                    for y in ys {
                        v.push(call(a(0)?, &[x.clone(), y.clone()])?);
                    }
                }
                return Some(Value::set(v));
            } else {
                xs.iter()
                    .zip(ys)
                    .map(|(x, y)| call(a(0)?, &[x.clone(), y.clone()]))
                    .collect::<Option<_>>()?
            };
            let t = Value::tuple(out);
            if name == "papply" { Some(t) } else { merge(&t) }
        }
        "sfilter" | "mfilter" => {
            let c = a(0)?;
            let mut kept = Vec::new();
            for e in c.items()? {
                if call(a(1)?, std::slice::from_ref(e))?.truthy() {
                    kept.push(e.clone());
                }
            }
            let kept = rekind(c, kept);
            if name == "sfilter" { Some(kept) } else { merge(&kept) }
        }
        "extract" => {
            for e in items(0)? {
                if call(a(1)?, std::slice::from_ref(e))?.truthy() {
                    return Some(e.clone());
                }
            }
            None
        }
        "argmax" | "argmin" => {
            let mut best: Option<(i32, &Value)> = None;
            for e in items(0)? {
                let key = call(a(1)?, std::slice::from_ref(e))?.int()?;
                let better = match best {
                    None => true,
                    Some((b, _)) => {
                        if name == "argmax" {
                            key > b
                        } else {
                            key < b
                        }
                    }
                };
                if better {
                    best = Some((key, e));
                }
            }
            best.map(|(_, e)| e.clone())
        }
        "valmax" | "valmin" => {
            let keys = items(0)?
                .iter()
                .map(|e| call(a(1)?, std::slice::from_ref(e))?.int())
                .collect::<Option<Vec<_>>>()?;
            let best = if name == "valmax" { keys.iter().max() } else { keys.iter().min() };
            Some(Value::Int(best.copied().unwrap_or(0)))
        }
        "order" => {
            let mut keyed = items(0)?
                .iter()
                .map(|e| Some((call(a(1)?, std::slice::from_ref(e))?, e.clone())))
                .collect::<Option<Vec<_>>>()?;
            keyed.sort_by(|x, y| x.0.cmp(&y.0));
            Some(Value::tuple(keyed.into_iter().map(|(_, e)| e).collect()))
        }
        // Numbers.
        "add" => arith(a(0)?, a(1)?, i32::checked_add),
        "subtract" => arith(a(0)?, a(1)?, i32::checked_sub),
        "multiply" => arith(a(0)?, a(1)?, i32::checked_mul),
        "divide" => arith(a(0)?, a(1)?, floor_div),
        "invert" => unary(a(0)?, i32::checked_neg),
        "double" => unary(a(0)?, |x| x.checked_mul(2)),
        "halve" => unary(a(0)?, |x| floor_div(x, 2)),
        "increment" => unary(a(0)?, |x| x.checked_add(1)),
        "decrement" => unary(a(0)?, |x| x.checked_sub(1)),
        "crement" => unary(a(0)?, |x| match x.signum() {
            0 => Some(0),
            1 => x.checked_add(1),
            _ => x.checked_sub(1),
        }),
        "sign" => unary(a(0)?, |x| Some(x.signum())),
        "positive" => Some(Value::Bool(int(a(0)?)? > 0)),
        "even" => Some(Value::Bool(int(a(0)?)? % 2 == 0)),
        "flip" => Some(Value::Bool(!a(0)?.truthy())),
        "both" => Some(Value::Bool(a(0)?.truthy() && a(1)?.truthy())),
        "either" => Some(Value::Bool(a(0)?.truthy() || a(1)?.truthy())),
        "greater" => Some(Value::Bool(int(a(0)?)? > int(a(1)?)?)),
        "toivec" => Some(Value::pair(int(a(0)?)?, 0)),
        "tojvec" => Some(Value::pair(0, int(a(0)?)?)),
        "equality" => Some(Value::Bool(a(0)? == a(1)?)),
        "contained" => Some(Value::Bool(items(1)?.contains(a(0)?))),
        "interval" => out(dsl::interval(int(a(0)?)?, int(a(1)?)?, int(a(2)?)?)),
        // Containers.
        "size" => Some(Value::Int(i32::try_from(items(0)?.len()).ok()?)),
        "first" => items(0)?.first().cloned(),
        "last" => items(0)?.last().cloned(),
        "astuple" => Some(Value::tuple(vec![f(0)?, f(1)?])),
        "initset" => Some(Value::set(vec![f(0)?])),
        "insert" => {
            let Value::Set(s) = a(1)? else { return None };
            let mut v = s.to_vec();
            v.push(f(0)?);
            Some(Value::set(v))
        }
        "remove" => {
            let (v, c) = (a(0)?, a(1)?);
            Some(rekind(c, c.items()?.iter().filter(|e| *e != v).cloned().collect()))
        }
        "other" => prim("remove", &[f(1)?, f(0)?])?.items()?.first().cloned(),
        "combine" => {
            let mut v = items(0)?.to_vec();
            v.extend(items(1)?.iter().cloned());
            Some(rekind(a(0)?, v))
        }
        "difference" => {
            let b = items(1)?;
            Some(rekind(a(0)?, items(0)?.iter().filter(|e| !b.contains(e)).cloned().collect()))
        }
        "intersection" => {
            let b = items(1)?;
            Some(rekind(a(0)?, items(0)?.iter().filter(|e| b.contains(e)).cloned().collect()))
        }
        "dedupe" => {
            let mut v: Vec<Value> = Vec::new();
            for e in items(0)? {
                if !v.contains(e) {
                    v.push(e.clone());
                }
            }
            Some(Value::tuple(v))
        }
        "totuple" => Some(Value::tuple(items(0)?.to_vec())),
        "repeat" => {
            let (item, times) = (f(0)?, usize::try_from(int(a(1)?)?).unwrap_or(0));
            (times <= dsl::MAX_TUPLE).then(|| Value::tuple(vec![item; times]))
        }
        "merge" => merge(a(0)?),
        "sizefilter" => {
            let n = usize::try_from(int(a(1)?)?).ok();
            let kept = items(0)?.iter().filter(|e| e.items().map(<[Value]>::len) == n);
            Some(Value::set(kept.cloned().collect()))
        }
        "maximum" | "minimum" => {
            let v = items(0)?.iter().map(Value::int).collect::<Option<Vec<_>>>()?;
            let best = if name == "maximum" { v.iter().max() } else { v.iter().min() };
            Some(Value::Int(best.copied().unwrap_or(0)))
        }
        "mostcommon" | "leastcommon" => {
            let all = items(0)?;
            let distinct = Value::set(all.to_vec());
            let mut best: Option<(usize, &Value)> = None;
            for e in distinct.items()? {
                let count = all.iter().filter(|x| *x == e).count();
                let better = match best {
                    None => true,
                    Some((b, _)) => {
                        if name == "mostcommon" {
                            count > b
                        } else {
                            count < b
                        }
                    }
                };
                if better {
                    best = Some((count, e));
                }
            }
            best.map(|(_, e)| e.clone())
        }
        "product" => {
            let mut v = Vec::new();
            for x in items(0)? {
                for y in items(1)? {
                    v.push(Value::tuple(vec![x.clone(), y.clone()]));
                }
            }
            Some(Value::set(v))
        }
        "pair" => Some(Value::tuple(
            items(0)?
                .iter()
                .zip(items(1)?)
                .map(|(x, y)| Value::tuple(vec![x.clone(), y.clone()]))
                .collect(),
        )),
        // Grids and patches: the typed functions.
        "asindices" => out(dsl::asindices(grid(a(0)?)?)),
        "asobject" => out(dsl::asobject(grid(a(0)?)?)),
        "objects" => {
            out(dsl::objects(grid(a(0)?)?, a(1)?.truthy(), a(2)?.truthy(), a(3)?.truthy()))
        }
        "frontiers" => out(dsl::frontiers(grid(a(0)?)?)),
        "ofcolor" => out(dsl::ofcolor(grid(a(0)?)?, int(a(1)?)?)),
        "canvas" => out(dsl::canvas(int(a(0)?)?, pair(a(1)?)?)),
        "crop" => out(dsl::crop(grid(a(0)?)?, pair(a(1)?)?, pair(a(2)?)?)),
        "replace" => out(dsl::replace(grid(a(0)?)?, int(a(1)?)?, int(a(2)?)?)),
        "switch" => out(dsl::switch(grid(a(0)?)?, int(a(1)?)?, int(a(2)?)?)),
        "fill" => with_patch!(a(2)?, |p| dsl::fill(grid(a(0)?)?, int(a(1)?)?, p)),
        "underfill" => with_patch!(a(2)?, |p| dsl::underfill(grid(a(0)?)?, int(a(1)?)?, p)),
        "paint" => out(dsl::paint(grid(a(0)?)?, object(a(1)?)?)),
        "cover" => with_patch!(a(1)?, |p| dsl::cover(grid(a(0)?)?, p)),
        "subgrid" => with_patch!(a(0)?, |p| dsl::subgrid(p, grid(a(1)?)?)),
        "occurrences" => out(dsl::occurrences(grid(a(0)?)?, object(a(1)?)?)),
        "hsplit" => out(dsl::hsplit(grid(a(0)?)?, int(a(1)?)?)),
        "vsplit" => out(dsl::vsplit(grid(a(0)?)?, int(a(1)?)?)),
        "hupscale" => out(dsl::hupscale(grid(a(0)?)?, int(a(1)?)?)),
        "vupscale" => out(dsl::vupscale(grid(a(0)?)?, int(a(1)?)?)),
        "upscale" => match piece(a(0)?)? {
            Piece::Grid(g) => out(dsl::upscale(g, int(a(1)?)?)),
            Piece::Patch(Patch::Object(o)) => out(dsl::upscale(o, int(a(1)?)?)),
            _ => None,
        },
        "rot90" => out(dsl::rot90(grid(a(0)?)?)),
        "rot180" => out(dsl::rot180(grid(a(0)?)?)),
        "rot270" => out(dsl::rot270(grid(a(0)?)?)),
        "hmirror" => with_piece!(a(0)?, |p| dsl::hmirror(p)),
        "vmirror" => with_piece!(a(0)?, |p| dsl::vmirror(p)),
        "dmirror" => with_piece!(a(0)?, |p| dsl::dmirror(p)),
        "cmirror" => with_piece!(a(0)?, |p| dsl::cmirror(p)),
        "height" => with_piece!(a(0)?, |p| dsl::height(p)),
        "width" => with_piece!(a(0)?, |p| dsl::width(p)),
        "shape" => with_piece!(a(0)?, |p| dsl::shape(p)),
        "portrait" => with_piece!(a(0)?, |p| dsl::portrait(p)),
        "mostcolor" => with_element!(a(0)?, |e| dsl::mostcolor(e)),
        "leastcolor" => with_element!(a(0)?, |e| dsl::leastcolor(e)),
        "palette" => with_element!(a(0)?, |e| dsl::palette(e)),
        "numcolors" => with_element!(a(0)?, |e| dsl::numcolors(e)),
        "colorcount" => with_element!(a(0)?, |e| dsl::colorcount(e, int(a(1)?)?)),
        "color" => out(dsl::color(object(a(0)?)?)),
        "colorfilter" => {
            let objs = items(0)?.iter().map(object).collect::<Option<Vec<_>>>()?;
            out(dsl::colorfilter(FrozenSet::new(objs), int(a(1)?)?))
        }
        "recolor" => with_patch!(a(1)?, |p| dsl::recolor(int(a(0)?)?, p)),
        "toindices" => with_patch!(a(0)?, |p| dsl::toindices(p)),
        "shift" => with_patch!(a(0)?, |p| dsl::shift(p, pair(a(1)?)?)),
        "normalize" => with_patch!(a(0)?, |p| dsl::normalize(p)),
        // arc-dsl's corners of an empty patch are the empty tuple.
        "ulcorner" | "urcorner" | "llcorner" | "lrcorner" if items(0)?.is_empty() => {
            Some(Value::tuple(Vec::new()))
        }
        "ulcorner" => with_patch!(a(0)?, |p| dsl::ulcorner(p)),
        "urcorner" => with_patch!(a(0)?, |p| dsl::urcorner(p)),
        "llcorner" => with_patch!(a(0)?, |p| dsl::llcorner(p)),
        "lrcorner" => with_patch!(a(0)?, |p| dsl::lrcorner(p)),
        "uppermost" => with_patch!(a(0)?, |p| dsl::uppermost(p)),
        "lowermost" => with_patch!(a(0)?, |p| dsl::lowermost(p)),
        "leftmost" => with_patch!(a(0)?, |p| dsl::leftmost(p)),
        "rightmost" => with_patch!(a(0)?, |p| dsl::rightmost(p)),
        "center" => with_patch!(a(0)?, |p| dsl::center(p)),
        "backdrop" => with_patch!(a(0)?, |p| dsl::backdrop(p)),
        "inbox" => with_patch!(a(0)?, |p| dsl::inbox(p)),
        "outbox" => with_patch!(a(0)?, |p| dsl::outbox(p)),
        "corners" => with_patch!(a(0)?, |p| dsl::corners(p)),
        "vline" => with_patch!(a(0)?, |p| dsl::vline(p)),
        "hline" => with_patch!(a(0)?, |p| dsl::hline(p)),
        "position" => with_patches!(a(0)?, a(1)?, |x, y| dsl::position(x, y)),
        "gravitate" => with_patches!(a(0)?, a(1)?, |x, y| dsl::gravitate(x, y)),
        "manhattan" => with_patches!(a(0)?, a(1)?, |x, y| dsl::manhattan(x, y)),
        "adjacent" => with_patches!(a(0)?, a(1)?, |x, y| dsl::adjacent(x, y)),
        "hmatching" => with_patches!(a(0)?, a(1)?, |x, y| dsl::hmatching(x, y)),
        "vmatching" => with_patches!(a(0)?, a(1)?, |x, y| dsl::vmatching(x, y)),
        "bordering" => with_patch!(a(0)?, |p| dsl::bordering(p, grid(a(1)?)?)),
        "toobject" => with_patch!(a(0)?, |p| dsl::toobject(p, grid(a(1)?)?)),
        "underpaint" => out(dsl::underpaint(grid(a(0)?)?, object(a(1)?)?)),
        "move" => out(dsl::r#move(grid(a(0)?)?, object(a(1)?)?, pair(a(2)?)?)),
        "delta" => with_patch!(a(0)?, |p| dsl::delta(p)),
        "box" => with_patch!(a(0)?, |p| dsl::r#box(p)),
        "centerofmass" => with_patch!(a(0)?, |p| dsl::centerofmass(p)),
        "square" => match piece(a(0)?)? {
            Piece::Grid(g) => out(dsl::square(g)),
            Piece::Patch(Patch::Object(o)) => out(dsl::square(o)),
            Piece::Patch(Patch::Indices(i)) => out(dsl::square(i)),
            Piece::Rows(_) => None,
        },
        "hfrontier" => out(dsl::hfrontier(pair(a(0)?)?)),
        "vfrontier" => out(dsl::vfrontier(pair(a(0)?)?)),
        "index" => out(dsl::index(grid(a(0)?)?, pair(a(1)?)?)),
        "hconcat" => out(dsl::hconcat(grid(a(0)?)?, grid(a(1)?)?)),
        "vconcat" => out(dsl::vconcat(grid(a(0)?)?, grid(a(1)?)?)),
        "cellwise" => out(dsl::cellwise(grid(a(0)?)?, grid(a(1)?)?, int(a(2)?)?)),
        "tophalf" => out(dsl::tophalf(grid(a(0)?)?)),
        "bottomhalf" => out(dsl::bottomhalf(grid(a(0)?)?)),
        "lefthalf" => out(dsl::lefthalf(grid(a(0)?)?)),
        "righthalf" => out(dsl::righthalf(grid(a(0)?)?)),
        "trim" => out(dsl::trim(grid(a(0)?)?)),
        "compress" => out(dsl::compress(grid(a(0)?)?)),
        "downscale" => out(dsl::downscale(grid(a(0)?)?, int(a(1)?)?)),
        "partition" => out(dsl::partition(grid(a(0)?)?)),
        "fgpartition" => out(dsl::fgpartition(grid(a(0)?)?)),
        "vperiod" => out(dsl::vperiod(object(a(0)?)?)),
        "hperiod" => out(dsl::hperiod(object(a(0)?)?)),
        "connect" => out(dsl::connect(pair(a(0)?)?, pair(a(1)?)?)),
        "shoot" => out(dsl::shoot(pair(a(0)?)?, pair(a(1)?)?)),
        "neighbors" => out(dsl::neighbors(pair(a(0)?)?)),
        "dneighbors" => out(dsl::dneighbors(pair(a(0)?)?)),
        "ineighbors" => out(dsl::ineighbors(pair(a(0)?)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
