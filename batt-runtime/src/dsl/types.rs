//! arc-dsl's type names: integers, pairs, cells, tuples, and the sets of them.

pub use super::frozenset::FrozenSet;

/// arc-dsl's integers.
pub type Integer = i32;

/// arc-dsl's booleans.
pub type Boolean = bool;

/// A pair of integers: a location `(row, column)`, a shape `(height, width)` or a direction.
pub type IntegerTuple = (Integer, Integer);

/// A coloured location of an [`Object`]: `(colour, (row, column))`.
pub type Cell = (Integer, IntegerTuple);

/// arc-dsl's tuples: ordered, repeats allowed.
pub type Tuple<T> = Vec<T>;

/// A set of integers (a palette).
pub type IntegerSet = FrozenSet<Integer>;

/// A set of coloured cells.
pub type Object = FrozenSet<Cell>;

/// A set of objects.
pub type Objects = FrozenSet<Object>;

/// A set of locations.
pub type Indices = FrozenSet<IntegerTuple>;

/// A set of sets of locations.
pub type IndicesSet = FrozenSet<Indices>;
