//! Functions as values: [`Func`] and [`Func2`], the boxed closures that the DSL's
//! function builders return, and [`ToArg`], how a function held in a variable is called.

use super::frozenset::FrozenSet;
use super::outcome::Outcome;
use super::types::Integer;
use crate::grid::Color;

/// A function of one argument built by the DSL ([`compose`](crate::dsl::compose),
/// [`rbind`](crate::dsl::rbind), ...): boxed, so that it is a value with an [`Outcome`] like
/// any other (functions that return functions compose).
pub type Func<'f, A, R> = Box<dyn Fn(A) -> R + 'f>;

/// A function of two arguments built by the DSL ([`rbind3`](crate::dsl::rbind3), ...).
pub type Func2<'f, A, B, R> = Box<dyn Fn(A, B) -> R + 'f>;

impl<A, R> Outcome for Func<'_, A, R> {
    type Value = Self;
    type Lift<X> = X;
    fn into_option(self) -> Option<Self> {
        Some(self)
    }
    fn lift_all<X>(
        mut items: impl Iterator<Item = Self>,
        finish: impl FnOnce(&mut dyn Iterator<Item = Self>) -> X,
    ) -> X {
        finish(&mut items)
    }
}

impl<A, B, R> Outcome for Func2<'_, A, B, R> {
    type Value = Self;
    type Lift<X> = X;
    fn into_option(self) -> Option<Self> {
        Some(self)
    }
    fn lift_all<X>(
        mut items: impl Iterator<Item = Self>,
        finish: impl FnOnce(&mut dyn Iterator<Item = Self>) -> X,
    ) -> X {
        finish(&mut items)
    }
}

/// An argument to a function held in a variable (`x5(x3)` in arc-dsl's straight-line form), as
/// `include_solvers!` passes it: values are cloned (O(1) for the DSL's shared types) and
/// functions built by the DSL ([`Func`], [`Func2`], which are not `Clone`) are lent, as
/// `&Func` is itself a function.
#[doc(hidden)]
pub trait ToArg<'a> {
    /// The argument.
    type Arg;
    /// The argument.
    fn to_arg(&'a self) -> Self::Arg;
}

macro_rules! cloned_arg {
    ($([$($g:tt)*] $t:ty),* $(,)?) => {$(
        impl<'a, $($g)*> ToArg<'a> for $t {
            type Arg = $t;
            fn to_arg(&'a self) -> $t {
                self.clone()
            }
        }
    )*};
}
cloned_arg!(
    [] Integer,
    [] Color,
    [] bool,
    [] crate::grid::Grid,
    [T: Clone] FrozenSet<T>,
    [T: Clone] Vec<T>,
    [A: Clone, B: Clone] (A, B),
    [T: Clone] Option<T>,
);

impl<'a, 'f: 'a, A: 'a, R: 'a> ToArg<'a> for Func<'f, A, R> {
    type Arg = &'a Func<'f, A, R>;
    fn to_arg(&'a self) -> Self::Arg {
        self
    }
}

impl<'a, 'f: 'a, A: 'a, B: 'a, R: 'a> ToArg<'a> for Func2<'f, A, B, R> {
    type Arg = &'a Func2<'f, A, B, R>;
    fn to_arg(&'a self) -> Self::Arg {
        self
    }
}
