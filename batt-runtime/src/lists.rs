//! The lists that generated functions build: records of literals and DSL values.
//!
//! Program-search tools write functions that append tuples to lists and return the lists
//! (`s.append((5, 'None', 'differ_01ab', t5))`, `return o, s`). `include_solvers!` converts
//! them to functions that return [`Lists`]: one `Vec<`[`Record`]`>` per returned list, and,
//! where a line outside a `try` failed, that line. A record's fields are [`DslValue`]s,
//! which hold any value of the DSL as Python would (a grid, an integer, a set of objects,
//! `None`, ...), so that the values appended by one list may differ in type.
//!
//! ```
//! use batt_runtime::lists::{DslValue, Lists, Record, ToDslValue};
//! use batt_runtime::prelude::*;
//! let grid = Grid::from_rows(&[[1, 2]]).unwrap();
//! let record = Record(vec![DslValue::Int(5), DslValue::Str("x".into()), grid.to_dsl_value()]);
//! assert_eq!(record.to_string(), "(5, 'x', ((1, 2),))");
//! let set: IntegerSet = [3, 1].into_iter().collect();
//! assert_eq!(set.to_dsl_value().to_string(), "frozenset({1, 3})");
//! let lists = Lists { lists: vec![vec![record]], failed_at: Some(12) };
//! assert!(!lists.completed());
//! ```

use std::fmt::{self, Display, Write as _};

use crate::dsl::FrozenSet;
use crate::grid::Grid;

/// A value of the DSL as Python holds it.
///
/// Its [`Display`] is Python's `repr`, with the items of a set in ascending order (Python's
/// own order follows hashing): `5`, `True`, `None`, `'text'`, `(1, 2)`, `(1,)`,
/// `frozenset({1, 2})`, `frozenset()`, and a grid as its tuple of rows `((1, 2), (3, 4))`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DslValue {
    /// Python's `None`: a value that failed (an `except` branch's `None`, say).
    None,
    /// A boolean.
    Bool(bool),
    /// An integer (arc-dsl's `Integer`, or a colour).
    Int(i64),
    /// A string (a literal of the file, or `task_id`).
    Str(String),
    /// A tuple: a pair, a tuple of values, a cell.
    Tuple(Vec<DslValue>),
    /// A frozenset, its items ascending.
    Set(Vec<DslValue>),
    /// A grid (Python's tuple of rows).
    Grid(Grid),
}

/// One appended tuple: its fields in order.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Record(pub Vec<DslValue>);

/// What a generated function gives: its returned lists, and whether it ran to its `return`.
///
/// Python's function raises where a line outside a `try` fails, and its caller gets neither
/// list; the Rust one stops there and hands back the records appended before it, with the
/// line (of the Python file) in `failed_at`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lists {
    /// The lists of the `return` (`return o, s`: `[o, s]`), in its order.
    pub lists: Vec<Vec<Record>>,
    /// The line of the Python file whose failure stopped the function, or `None` where it
    /// returned.
    pub failed_at: Option<usize>,
}

impl Lists {
    /// Whether the function ran to its `return` (as Python's would have returned).
    pub fn completed(&self) -> bool {
        self.failed_at.is_none()
    }
}

/// A value that a generated function may append: turned into a [`DslValue`].
pub trait ToDslValue {
    /// The value as Python holds it.
    fn to_dsl_value(&self) -> DslValue;
}

impl<T: ToDslValue + ?Sized> ToDslValue for &T {
    fn to_dsl_value(&self) -> DslValue {
        (**self).to_dsl_value()
    }
}

impl<T: ToDslValue> ToDslValue for Option<T> {
    /// `None` is Python's `None` (a value that failed).
    fn to_dsl_value(&self) -> DslValue {
        self.as_ref().map_or(DslValue::None, ToDslValue::to_dsl_value)
    }
}

impl ToDslValue for DslValue {
    fn to_dsl_value(&self) -> DslValue {
        self.clone()
    }
}

impl ToDslValue for bool {
    fn to_dsl_value(&self) -> DslValue {
        DslValue::Bool(*self)
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToDslValue for $t {
            fn to_dsl_value(&self) -> DslValue {
                DslValue::Int(i64::from(*self))
            }
        }
    )*};
}
integers!(i8, i16, i32, i64, u8, u16, u32);

impl ToDslValue for str {
    fn to_dsl_value(&self) -> DslValue {
        DslValue::Str(self.to_string())
    }
}

impl ToDslValue for String {
    fn to_dsl_value(&self) -> DslValue {
        DslValue::Str(self.clone())
    }
}

impl<A: ToDslValue, B: ToDslValue> ToDslValue for (A, B) {
    fn to_dsl_value(&self) -> DslValue {
        DslValue::Tuple(vec![self.0.to_dsl_value(), self.1.to_dsl_value()])
    }
}

impl<T: ToDslValue> ToDslValue for Vec<T> {
    fn to_dsl_value(&self) -> DslValue {
        DslValue::Tuple(self.iter().map(ToDslValue::to_dsl_value).collect())
    }
}

impl<T: ToDslValue> ToDslValue for [T] {
    fn to_dsl_value(&self) -> DslValue {
        DslValue::Tuple(self.iter().map(ToDslValue::to_dsl_value).collect())
    }
}

impl<T: ToDslValue> ToDslValue for FrozenSet<T> {
    fn to_dsl_value(&self) -> DslValue {
        DslValue::Set(self.iter().map(ToDslValue::to_dsl_value).collect())
    }
}

impl ToDslValue for Grid {
    fn to_dsl_value(&self) -> DslValue {
        DslValue::Grid(self.clone())
    }
}

/// Writes `items` as Python writes a tuple: `()`, `(a,)`, `(a, b)`.
fn tuple<T: Display>(f: &mut fmt::Formatter<'_>, items: &[T]) -> fmt::Result {
    f.write_char('(')?;
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{item}")?;
    }
    if items.len() == 1 {
        f.write_char(',')?;
    }
    f.write_char(')')
}

impl Display for DslValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DslValue::None => f.write_str("None"),
            DslValue::Bool(true) => f.write_str("True"),
            DslValue::Bool(false) => f.write_str("False"),
            DslValue::Int(i) => write!(f, "{i}"),
            DslValue::Str(s) => python_str(f, s),
            DslValue::Tuple(items) => tuple(f, items),
            DslValue::Set(items) if items.is_empty() => f.write_str("frozenset()"),
            DslValue::Set(items) => {
                f.write_str("frozenset({")?;
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("})")
            }
            DslValue::Grid(grid) => {
                let rows: Vec<Row<'_>> = grid.rows().map(Row).collect();
                tuple(f, &rows)
            }
        }
    }
}

/// A grid's row, written as Python's tuple of integers.
struct Row<'a>(&'a [crate::grid::Color]);

impl Display for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        tuple(f, self.0)
    }
}

/// Python's `repr` of a string: single quotes unless it holds one and no double quote.
fn python_str(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    f.write_char(quote)?;
    for c in s.chars() {
        match c {
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if c == quote => write!(f, "\\{c}")?,
            c if (c as u32) < 0x20 || c as u32 == 0x7f => write!(f, "\\x{:02x}", c as u32)?,
            c => f.write_char(c)?,
        }
    }
    f.write_char(quote)
}

impl Display for Record {
    /// Python's `repr` of the tuple.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        tuple(f, &self.0)
    }
}

/// Python's `repr` of a list of records: `[(1, True), (2, False)]`.
pub fn list_repr(records: &[Record]) -> String {
    let mut out = String::from("[");
    for (k, r) in records.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{r}");
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_as_python_does() {
        let grid = Grid::from_rows(&[[1], [2]]).expect("a grid");
        let cases = [
            (DslValue::None, "None"),
            (true.to_dsl_value(), "True"),
            ((-3i32).to_dsl_value(), "-3"),
            ("it's".to_dsl_value(), "\"it's\""),
            ("a'\"\\".to_dsl_value(), "'a\\'\"\\\\'"),
            ((1i32, (2i32, 3i32)).to_dsl_value(), "(1, (2, 3))"),
            (vec![7u8].to_dsl_value(), "(7,)"),
            (Vec::<i32>::new().to_dsl_value(), "()"),
            (FrozenSet::<i32>::empty().to_dsl_value(), "frozenset()"),
            (grid.to_dsl_value(), "((1,), (2,))"),
            (None::<i32>.to_dsl_value(), "None"),
        ];
        for (value, want) in cases {
            assert_eq!(value.to_string(), want);
        }
        let set: FrozenSet<FrozenSet<i32>> =
            [[2, 1].into_iter().collect(), [0].into_iter().collect()].into_iter().collect();
        assert_eq!(
            set.to_dsl_value().to_string(),
            "frozenset({frozenset({0}), frozenset({1, 2})})"
        );
        let records = [Record(vec![DslValue::Int(1)]), Record(vec![])];
        assert_eq!(list_repr(&records), "[(1,), ()]");
        assert_eq!(list_repr(&[]), "[]");
    }
}
