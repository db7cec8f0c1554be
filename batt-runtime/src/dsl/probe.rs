//! [`Probe`]: a value held so that method lookup picks an implementation by its type, at
//! compile time; and [`try_dsl!`](crate::try_dsl), built on it.

use std::cell::Cell;

use super::frozenset::FrozenSet;

/// A value held once, so that method lookup picks an implementation by the value's type, at
/// compile time: traits implemented for `Probe<T>` (or `&&Probe<T>`) for some `T` are tried
/// before those implemented for `&Probe<T>` for every `T`.
///
/// [`try_dsl!`](crate::try_dsl) tells `Option`s from plain values so ([`ProbeOption`],
/// [`ProbePlain`]); the code of `#[batt]` tells samples that lend
/// [`Samples`](crate::Samples) from other containers so (see [`crate::fuse`]).
pub struct Probe<T>(Cell<Option<T>>);

impl<T> Probe<T> {
    /// Holds `value`.
    pub fn new(value: T) -> Probe<T> {
        Probe(Cell::new(Some(value)))
    }

    /// The value; a probe is used once.
    pub(crate) fn take(&self) -> T {
        self.0.take().expect("a Probe is used once")
    }
}

/// The `Option` side of [`try_dsl!`](crate::try_dsl).
#[doc(hidden)]
pub trait ProbeOption {
    /// The value inside.
    type Value;
    /// The value, `None` for a failure.
    fn probe(&self) -> Option<Self::Value>;
}

impl<T> ProbeOption for Probe<Option<T>> {
    type Value = T;
    fn probe(&self) -> Option<T> {
        self.0.take().flatten()
    }
}

impl<T> ProbeOption for Probe<Vec<Option<T>>> {
    type Value = Vec<T>;
    fn probe(&self) -> Option<Vec<T>> {
        self.0.take()?.into_iter().collect()
    }
}

impl<T: Ord + Clone> ProbeOption for Probe<FrozenSet<Option<T>>> {
    type Value = FrozenSet<T>;
    fn probe(&self) -> Option<FrozenSet<T>> {
        let items = self.0.take()?;
        items.as_slice().iter().all(Option::is_some).then(|| {
            // Every item is `Some`; `Option<T>` sorts `Some`s as their values do.
            FrozenSet::from_sorted(items.as_slice().iter().flatten().cloned().collect())
        })
    }
}

/// The plain side of [`try_dsl!`](crate::try_dsl).
#[doc(hidden)]
pub trait ProbePlain {
    /// The value.
    type Value;
    /// The value, always there.
    fn probe(&self) -> Option<Self::Value>;
}

impl<T> ProbePlain for &Probe<T> {
    type Value = T;
    fn probe(&self) -> Option<T> {
        self.0.take()
    }
}

/// `expr?` when `expr` is an `Option`, `expr` itself otherwise: one spelling for every line of
/// a straight-line solver, whichever DSL function it calls (for code generated without type
/// information). The expression's type must be known where the macro stands.
///
/// A tuple or set of `Option`s becomes the tuple or set of the values, or `None` when one is
/// missing, as an exception inside arc-dsl's `apply` fails the solver.
///
/// ```
/// use batt_runtime::prelude::*;
/// use batt_runtime::try_dsl;
/// fn solve(I: &Grid) -> Option<Grid> {
///     let x1 = try_dsl!(objects(I, T, F, T));
///     let x2 = try_dsl!(argmax(&x1, size));
///     let O = try_dsl!(fill(I, FOUR, &x2));
///     Some(O)
/// }
/// let g = Grid::from_rows(&[[0, 1], [0, 0]]).unwrap();
/// assert_eq!(solve(&g).unwrap().to_rows(), vec![vec![0, 4], vec![0, 0]]);
/// assert_eq!(solve(&Grid::from_rows(&[[0]]).unwrap()), None);
///
/// fn corners(objs: &Objects) -> Option<FrozenSet<IntegerTuple>> {
///     let x1 = try_dsl!(apply(ulcorner, objs));
///     Some(x1)
/// }
/// let objs = Objects::from([Object::from([(1, (2, 3))]), Object::from([(1, (0, 0))])]);
/// assert_eq!(corners(&objs), Some(FrozenSet::from([(0, 0), (2, 3)])));
/// assert_eq!(corners(&Objects::from([Object::empty()])), None);
/// ```
#[macro_export]
macro_rules! try_dsl {
    ($e:expr) => {{
        #[allow(unused_imports)]
        use $crate::dsl::{ProbeOption as _, ProbePlain as _};
        (&$crate::dsl::Probe::new($e)).probe()?
    }};
}
