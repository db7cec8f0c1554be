//! [`Outcome`]: how a DSL function's result passes a failure on, as an exception
//! propagates in arc-dsl.

use super::frozenset::FrozenSet;
use super::types::Integer;
use crate::grid::Color;

/// The result of a DSL function as arc-dsl sees it: a value, or (for an `Option`) a value or
/// a failure. Compositions ([`compose`](crate::dsl::compose), [`fork`](crate::dsl::fork),
/// ...) and the functions that call a function on items ([`argmax`](crate::dsl::argmax),
/// [`sfilter`](crate::dsl::sfilter), ...) pass failures on through this trait, as an
/// exception propagates in arc-dsl.
pub trait Outcome: Sized {
    /// The value when there is one.
    type Value;
    /// `X`, or `Option<X>` where `Self` is an `Option`: what a function gives that collects
    /// results of this type into an `X`.
    type Lift<X>;
    /// The value, or `None` for a failure.
    fn into_option(self) -> Option<Self::Value>;
    /// `finish` over the values of all `items`; for `Option`s, `None` when one is `None`.
    fn lift_all<X>(
        items: impl Iterator<Item = Self>,
        finish: impl FnOnce(&mut dyn Iterator<Item = Self::Value>) -> X,
    ) -> Self::Lift<X>;
}

impl<T> Outcome for Option<T> {
    type Value = T;
    type Lift<X> = Option<X>;
    fn into_option(self) -> Option<T> {
        self
    }
    fn lift_all<X>(
        items: impl Iterator<Item = Option<T>>,
        finish: impl FnOnce(&mut dyn Iterator<Item = T>) -> X,
    ) -> Option<X> {
        // The values go straight to `finish` (no intermediate buffer) until one is missing;
        // what `finish` built from the ones before is then dropped.
        let mut failed = false;
        let out = finish(&mut items.map_while(|x| {
            failed |= x.is_none();
            x
        }));
        (!failed).then_some(out)
    }
}

macro_rules! plain_outcome {
    ($([$($g:tt)*] $t:ty),* $(,)?) => {$(
        impl<$($g)*> Outcome for $t {
            type Value = $t;
            type Lift<X> = X;
            fn into_option(self) -> Option<$t> {
                Some(self)
            }
            fn lift_all<X>(
                mut items: impl Iterator<Item = $t>,
                finish: impl FnOnce(&mut dyn Iterator<Item = $t>) -> X,
            ) -> X {
                finish(&mut items)
            }
        }
    )*};
}
plain_outcome!(
    [] Integer,
    [] Color,
    [] bool,
    [] usize,
    [] crate::grid::Grid,
    [T] FrozenSet<T>,
    [T] Vec<T>,
    [A, B] (A, B),
    ['a, T: ?Sized] &'a T,
);
