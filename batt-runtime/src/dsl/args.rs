//! The argument traits: what DSL functions accept as a colour, an integer, a pair, a
//! boolean, or any value given owned or by reference.

use super::frozenset::FrozenSet;
use super::types::{Boolean, Integer, IntegerTuple};
#[cfg(doc)]
use crate::grid::NEG_ONE_CELL;
use crate::grid::{Color, cell_integer};

/// Values usable as a colour argument: arc-dsl's integers and the grids' cells ([`Color`]
/// codes, [`NEG_ONE_CELL`] standing for -1), owned or borrowed. DSL functions that take
/// colours are generic over this, so `fill(I, FOUR, x)` (an [`Integer`] constant) and
/// `fill(I, c, x)` (a [`Color`] from `p_g`) both work.
pub trait IntoColor: Copy {
    /// The colour as an arc-dsl integer.
    fn into_color(self) -> Integer;
}

impl IntoColor for Integer {
    fn into_color(self) -> Integer {
        self
    }
}

/// A grid's cell: its colour, -1 for [`NEG_ONE_CELL`].
impl IntoColor for Color {
    fn into_color(self) -> Integer {
        cell_integer(self)
    }
}

impl<C: IntoColor> IntoColor for &C {
    fn into_color(self) -> Integer {
        (*self).into_color()
    }
}

/// Values usable as an integer argument: [`Integer`] and `&Integer`, and [`Color`]s (cells:
/// [`NEG_ONE_CELL`] is -1).
pub trait IntoInteger: Copy {
    /// The value as an arc-dsl integer.
    fn into_integer(self) -> Integer;
}

impl IntoInteger for Integer {
    fn into_integer(self) -> Integer {
        self
    }
}

/// A grid's cell: its colour, -1 for [`NEG_ONE_CELL`].
impl IntoInteger for Color {
    fn into_integer(self) -> Integer {
        cell_integer(self)
    }
}

impl IntoInteger for Boolean {
    fn into_integer(self) -> Integer {
        Integer::from(self)
    }
}

impl<C: IntoInteger> IntoInteger for &C {
    fn into_integer(self) -> Integer {
        (*self).into_integer()
    }
}

/// Values usable as a pair argument: [`IntegerTuple`] and `&IntegerTuple`.
pub trait IntoPair: Copy {
    /// The pair.
    fn into_pair(self) -> IntegerTuple;
}

/// Any pair of integers (and booleans, which Python counts as 0 and 1).
impl<A: IntoInteger, B: IntoInteger> IntoPair for (A, B) {
    fn into_pair(self) -> IntegerTuple {
        (self.0.into_integer(), self.1.into_integer())
    }
}

impl<P: IntoPair> IntoPair for &P {
    fn into_pair(self) -> IntegerTuple {
        (*self).into_pair()
    }
}

/// Values usable as a boolean argument: [`Boolean`] and `&Boolean`.
pub trait IntoBoolean: Copy {
    /// The boolean.
    fn into_boolean(self) -> Boolean;
}

impl IntoBoolean for Boolean {
    fn into_boolean(self) -> Boolean {
        self
    }
}

impl<B: IntoBoolean> IntoBoolean for &B {
    fn into_boolean(self) -> Boolean {
        (*self).into_boolean()
    }
}

/// Values given owned or by reference, as owned values (references are cloned, O(1) for the
/// DSL's shared types); lets [`astuple`](crate::dsl::astuple) build pairs of anything.
pub trait IntoValue {
    /// The owned value.
    type Value;
    /// The owned value.
    fn into_value(self) -> Self::Value;
}

macro_rules! plain_value {
    ($([$($g:tt)*] $t:ty),* $(,)?) => {$(
        impl<$($g)*> IntoValue for $t {
            type Value = $t;
            fn into_value(self) -> $t {
                self
            }
        }
    )*};
}
plain_value!(
    [] Integer,
    [] Color,
    [] bool,
    [] crate::grid::Grid,
    [T] FrozenSet<T>,
    [T] Vec<T>,
);

impl<A: IntoValue, B: IntoValue> IntoValue for (A, B) {
    type Value = (A::Value, B::Value);
    fn into_value(self) -> Self::Value {
        (self.0.into_value(), self.1.into_value())
    }
}

impl<T: IntoValue> IntoValue for Option<T> {
    type Value = Option<T::Value>;
    fn into_value(self) -> Self::Value {
        self.map(IntoValue::into_value)
    }
}

impl<T: IntoValue + Clone> IntoValue for &T {
    type Value = T::Value;
    fn into_value(self) -> T::Value {
        self.clone().into_value()
    }
}
