//! Functions as values: composition, partial application, and mapping over containers.
//!
//! The callables these take are Rust closures and DSL functions named as values
//! (`argmax(x, size)`, `compose(size, first)`); generic DSL functions get their type
//! parameters from the call site by inference. What these return are boxed closures
//! ([`Func`], [`Func2`]): one allocation per function built, and a value like any other, so
//! that functions returning functions (`lbind(rbind, subtract)`) compose too. Pass them on
//! as `&f` to use them more than once.

use super::args::{IntoInteger, IntoValue};
use super::containers::Container;
use super::frozenset::FrozenSet;
use super::func_types::{Func, Func2};
use super::outcome::Outcome;
use crate::grid::Grid;

/// What [`apply`] and [`mapply`] iterate: every `IntoIterator` (tuples, samples: borrowed ones
/// give `&T`) and [`FrozenSet`]s (owned or borrowed, giving their items by value: O(1)
/// clones for the DSL's shared types, and no sets of references downstream).
pub trait Items {
    /// The item type given to the function.
    type Item;
    /// The iterator over the items.
    type Iter: Iterator<Item = Self::Item>;
    /// The items.
    fn items(self) -> Self::Iter;
    /// The set itself, where this is a set: its items ascending, each once.
    fn as_set(&self) -> Option<&FrozenSet<Self::Item>> {
        None
    }
}

/// What [`apply`] makes of anything but a set: a tuple (`Vec`).
macro_rules! to_tuple {
    ($([$($g:tt)*] $t:ty),* $(,)?) => {$(
        impl<$($g)* R> MapInto<R> for $t {
            type Out = Vec<R>;
            fn collect_out(items: impl Iterator<Item = R>) -> Vec<R> {
                super::frozenset::collect_vec(items)
            }
        }
    )*};
}

/// Tuples, slices and samples: what iterating them gives.
macro_rules! iterated {
    ($([$($g:tt)*] $t:ty),* $(,)?) => {$(
        impl<$($g)*> Items for $t {
            type Item = <$t as IntoIterator>::Item;
            type Iter = <$t as IntoIterator>::IntoIter;
            fn items(self) -> Self::Iter {
                self.into_iter()
            }
        }

        to_tuple!([$($g)*] $t);
    )*};
}
iterated!(
    [T,] Vec<T>,
    [T, const N: usize,] [T; N],
    [] crate::samples::Samples,
    ['a,] &'a crate::samples::Samples,
    ['a, 'b,] &'b &'a crate::samples::Samples,
);

impl<'a, T: Clone> Items for &'a FrozenSet<T> {
    type Item = T;
    type Iter = std::iter::Cloned<std::slice::Iter<'a, T>>;
    fn items(self) -> Self::Iter {
        self.iter().cloned()
    }
    fn as_set(&self) -> Option<&FrozenSet<T>> {
        Some(self)
    }
}

impl<T: Clone> Items for FrozenSet<T> {
    type Item = T;
    type Iter = super::frozenset::SetItems<T>;
    fn items(self) -> Self::Iter {
        self.into_items()
    }
    fn as_set(&self) -> Option<&FrozenSet<T>> {
        Some(self)
    }
}

impl Items for &Grid {
    type Item = Vec<super::types::Integer>;
    type Iter = std::vec::IntoIter<Vec<super::types::Integer>>;
    fn items(self) -> Self::Iter {
        super::containers::grid_rows(self).into_iter()
    }
}

impl Items for Grid {
    type Item = Vec<super::types::Integer>;
    type Iter = std::vec::IntoIter<Vec<super::types::Integer>>;
    fn items(self) -> Self::Iter {
        super::containers::grid_rows(&self).into_iter()
    }
}

/// Borrowed tuples give their items by value (clones, O(1) for the DSL's shared types), as
/// sets do, so that functions built for items stay free of the tuple's lifetime.
macro_rules! cloned {
    ($([$($g:tt)*] $t:ty),* $(,)?) => {$(
        impl<$($g)*> Items for $t {
            type Item = T;
            type Iter = std::iter::Cloned<std::slice::Iter<'a, T>>;
            fn items(self) -> Self::Iter {
                self.iter().cloned()
            }
        }

        to_tuple!([$($g)*] $t);
    )*};
}
cloned!(
    ['a, T: Clone,] &'a Vec<T>,
    ['a, T: Clone,] &'a [T],
    ['a, T: Clone, const N: usize,] &'a [T; N],
);

/// A pair of items of one type is a tuple of two.
impl<T> Items for (T, T) {
    type Item = T;
    type Iter = std::array::IntoIter<T, 2>;
    fn items(self) -> Self::Iter {
        [self.0, self.1].into_iter()
    }
}

impl<T: Clone> Items for &(T, T) {
    type Item = T;
    type Iter = std::array::IntoIter<T, 2>;
    fn items(self) -> Self::Iter {
        [self.0.clone(), self.1.clone()].into_iter()
    }
}

/// A container of the kind of `Self` holding `R`s: a set for a set, a tuple ([`Vec`]) for
/// anything else.
pub trait MapInto<R>: Items {
    /// The container of `R`s.
    type Out;
    /// Collects it.
    fn collect_out(items: impl Iterator<Item = R>) -> Self::Out;
    /// Collects the items of each part, one part after another.
    fn collect_parts<P: Items<Item = R>>(parts: Vec<P>) -> Self::Out {
        Self::collect_out(Concat::new(parts.into_iter().map(Items::items).collect()))
    }
}

/// [`MapInto::collect_parts`] for a set: the union of the parts, merged straight from them
/// where they are sets.
fn set_of_parts<R: Ord + Clone, P: Items<Item = R>>(parts: Vec<P>) -> FrozenSet<R> {
    if let Some(sets) = parts.iter().map(Items::as_set).collect::<Option<Vec<_>>>() {
        return FrozenSet::union_all(&sets);
    }
    Concat::new(parts.into_iter().map(Items::items).collect()).collect()
}

to_tuple!([] &Grid, [] Grid, [T,] (T, T), [T: Clone,] &(T, T));

impl<T: Clone, R: Ord + Clone> MapInto<R> for &FrozenSet<T> {
    type Out = FrozenSet<R>;
    fn collect_out(items: impl Iterator<Item = R>) -> FrozenSet<R> {
        items.collect()
    }
    fn collect_parts<P: Items<Item = R>>(parts: Vec<P>) -> FrozenSet<R> {
        set_of_parts(parts)
    }
}

impl<T: Clone, R: Ord + Clone> MapInto<R> for FrozenSet<T> {
    type Out = FrozenSet<R>;
    fn collect_out(items: impl Iterator<Item = R>) -> FrozenSet<R> {
        items.collect()
    }
    fn collect_parts<P: Items<Item = R>>(parts: Vec<P>) -> FrozenSet<R> {
        set_of_parts(parts)
    }
}

/// Applies a function to each item of a container: a tuple gives a tuple in order, a set a
/// set (so repeats merge, as in arc-dsl). Where the function gives `Option`s, the result is
/// an `Option` too, `None` when one call fails (as an exception inside arc-dsl's `apply`
/// fails the whole call).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(apply(|x: Integer| x * 2, &vec![1, 2, 3]), vec![2, 4, 6]);
/// let s: IntegerSet = [1, -1, 2].into();
/// assert_eq!(apply(|x: Integer| x * x, &s), IntegerSet::from([1, 4]));
/// let objs: Objects = [Object::from([(1, (2, 3))]), Object::from([(1, (0, 0))])].into();
/// assert_eq!(apply(ulcorner, &objs), Some(Indices::from([(0, 0), (2, 3)])));
/// assert_eq!(apply(ulcorner, &Objects::from([Object::empty()])), None);
/// ```
pub fn apply<C, F, R>(function: F, container: C) -> R::Lift<<C as MapInto<R::Value>>::Out>
where
    C: MapInto<R::Value>,
    F: FnMut(<C as Items>::Item) -> R,
    R: Outcome,
{
    R::lift_all(
        container.items().take_while(|_| !crate::deadline::expired()).map(function),
        |values| C::collect_out(values),
    )
}

/// Applies a function to each item and merges the results (arc-dsl's `merge(apply(f, c))`):
/// into a set for a set, a tuple otherwise. Where the function gives `Option`s, the result
/// is an `Option` too, `None` when one call fails.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(mapply(|x: Integer| vec![x; 2], &vec![1, 2]), vec![1, 1, 2, 2]);
/// let objs: Objects = [Object::from([(1, (0, 0))]), Object::from([(2, (1, 1))])].into();
/// assert_eq!(mapply(toindices, &objs), Indices::from([(0, 0), (1, 1)]));
/// let boxes = mapply(compose(r#box, identity), &objs);
/// assert_eq!(boxes, Some(Indices::from([(0, 0), (1, 1)])));
/// ```
pub fn mapply<C, F, I>(
    function: F,
    container: C,
) -> <I as Outcome>::Lift<<C as MapInto<<I::Value as Items>::Item>>::Out>
where
    C: MapInto<<<I as Outcome>::Value as Items>::Item>,
    F: FnMut(<C as Items>::Item) -> I,
    I: Outcome,
    I::Value: Items,
{
    I::lift_all(
        container.items().take_while(|_| !crate::deadline::expired()).map(function),
        |values| C::collect_parts(super::frozenset::collect_vec(values)),
    )
}

/// The items of several iterators, one after another, knowing how many there are in all
/// (the sum of the parts' size hints, where `flat_map` knows only the current part's), so
/// that collecting them allocates once.
struct Concat<J: Iterator> {
    parts: std::iter::Flatten<std::vec::IntoIter<J>>,
    lower: usize,
    upper: Option<usize>,
}

impl<J: Iterator> Concat<J> {
    fn new(parts: Vec<J>) -> Concat<J> {
        let (lower, upper) = parts.iter().fold((0, Some(0)), |(lower, upper), part| {
            let (l, u) = part.size_hint();
            (lower + l, upper.zip(u).map(|(a, b)| a + b))
        });
        Concat { parts: parts.into_iter().flatten(), lower, upper }
    }
}

impl<J: Iterator> Iterator for Concat<J> {
    type Item = J::Item;
    fn next(&mut self) -> Option<J::Item> {
        let item = self.parts.next()?;
        self.lower = self.lower.saturating_sub(1);
        self.upper = self.upper.map(|u| u.saturating_sub(1));
        Some(item)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.lower, self.upper)
    }
    fn fold<B, F: FnMut(B, J::Item) -> B>(self, init: B, f: F) -> B {
        self.parts.fold(init, f)
    }
}

/// A DSL function as a boxed [`Func`]: one type for every function of the same argument and
/// result types, so that a function held in a variable can take different DSL functions in
/// turn (`x7(ulcorner)`, then `x7(urcorner)`), as `include_solvers!` passes them.
///
/// ```
/// use batt_runtime::prelude::*;
/// let corner = |f: Func<'_, Indices, Option<IntegerTuple>>| f(Indices::from([(1, 2), (3, 4)]));
/// assert_eq!(corner(func(ulcorner)), Some((1, 2)));
/// assert_eq!(corner(func(lrcorner)), Some((3, 4)));
/// ```
pub fn func<'f, A, R, F: Fn(A) -> R + 'f>(function: F) -> Func<'f, A, R> {
    Box::new(function)
}

/// The value itself.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(identity(3), 3);
/// ```
pub fn identity<X>(x: X) -> X {
    x
}

/// `outer` after `inner`: `x -> outer(inner(x))`; `None` when either fails (gives `None`).
///
/// ```
/// use batt_runtime::prelude::*;
/// let f = compose(increment, size);
/// assert_eq!(f(vec![1, 2]), Some(3));
/// let g = compose(last, center);
/// assert_eq!(g(Indices::from([(0, 0), (0, 4)])), Some(2));
/// assert_eq!(g(Indices::empty()), None);
/// ```
pub fn compose<'f, A, B, C, F, G>(outer: F, inner: G) -> Func<'f, A, Option<C::Value>>
where
    F: Fn(B::Value) -> C + 'f,
    G: Fn(A) -> B + 'f,
    B: Outcome,
    C: Outcome,
{
    Box::new(move |x| outer(inner(x).into_option()?).into_option())
}

/// `h` after `g` after `f`: `x -> h(g(f(x)))`; `None` when one of them fails.
///
/// ```
/// use batt_runtime::prelude::*;
/// let f = chain(double, increment, size);
/// assert_eq!(f(vec![1, 2]), Some(6));
/// ```
pub fn chain<'f, A, B, C, D, H, G, F>(h: H, g: G, f: F) -> Func<'f, A, Option<D::Value>>
where
    H: Fn(C::Value) -> D + 'f,
    G: Fn(B::Value) -> C + 'f,
    F: Fn(A) -> B + 'f,
    B: Outcome,
    C: Outcome,
    D: Outcome,
{
    Box::new(move |x| h(g(f(x).into_option()?).into_option()?).into_option())
}

/// Whether `function(x)` equals `target`: `x -> function(x) == target`; `None` when
/// `function` fails.
///
/// ```
/// use batt_runtime::prelude::*;
/// let f = matcher(size, 2);
/// assert_eq!((f(vec![0, 0]), f(vec![0])), (Some(true), Some(false)));
/// let two = 2;
/// assert_eq!(matcher(size, &two)(vec![0, 0]), Some(true));
/// ```
pub fn matcher<'f, A, R, F, G>(function: F, target: G) -> Func<'f, A, Option<bool>>
where
    F: Fn(A) -> R + 'f,
    R: Outcome,
    R::Value: IntoValue,
    G: IntoValue<Value = <R::Value as IntoValue>::Value>,
    G::Value: PartialEq + 'f,
{
    let target = target.into_value();
    Box::new(move |x| function(x).into_option().map(|v| v.into_value() == target))
}

/// The binary function with its right argument fixed: `x -> function(x, fixed)`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let f = rbind(subtract, 1);
/// assert_eq!(f(5), 4);
/// ```
pub fn rbind<'f, A, B, R, F>(function: F, fixed: B) -> Func<'f, A, R>
where
    F: Fn(A, B) -> R + 'f,
    B: Clone + 'f,
{
    Box::new(move |x| function(x, fixed.clone()))
}

/// The binary function with its left argument fixed: `y -> function(fixed, y)`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let f = lbind(subtract, 1);
/// assert_eq!(f(5), -4);
/// ```
pub fn lbind<'f, A, B, R, F>(function: F, fixed: A) -> Func<'f, B, R>
where
    F: Fn(A, B) -> R + 'f,
    A: Clone + 'f,
{
    Box::new(move |y| function(fixed.clone(), y))
}

/// The ternary function with its last argument fixed: `(x, y) -> function(x, y, fixed)`
/// (arc-dsl's `rbind` on a function of three arguments).
///
/// ```
/// use batt_runtime::prelude::*;
/// let f = rbind3(|a: Integer, b: Integer, c: Integer| a * b + c, 1);
/// assert_eq!(f(2, 3), 7);
/// ```
pub fn rbind3<'f, A, B, C, R, F>(function: F, fixed: C) -> Func2<'f, A, B, R>
where
    F: Fn(A, B, C) -> R + 'f,
    C: Clone + 'f,
{
    Box::new(move |x, y| function(x, y, fixed.clone()))
}

/// The ternary function with its first argument fixed: `(y, z) -> function(fixed, y, z)`
/// (arc-dsl's `lbind` on a function of three arguments).
///
/// ```
/// use batt_runtime::prelude::*;
/// let f = lbind3(|a: Integer, b: Integer, c: Integer| a * b + c, 2);
/// assert_eq!(f(3, 1), 7);
/// ```
pub fn lbind3<'f, A, B, C, R, F>(function: F, fixed: A) -> Func2<'f, B, C, R>
where
    F: Fn(A, B, C) -> R + 'f,
    A: Clone + 'f,
{
    Box::new(move |y, z| function(fixed.clone(), y, z))
}

/// `function` applied `n` times; `None` for `n < 1` (where arc-dsl recurses forever). The
/// function may fail (give an `Option`); the power then fails with it.
///
/// ```
/// use batt_runtime::prelude::*;
/// let f = power(double, 3).unwrap();
/// assert_eq!(f(1), Some(8));
/// assert!(power(double::<Integer>, 0).is_none());
/// let g = Grid::from_rows(&[[0, 0, 0], [0, 1, 0], [0, 0, 0]]).unwrap();
/// assert!(power(trim, 2).unwrap()(g).unwrap().is_empty());
/// ```
pub fn power<'f, A, R, F, N>(function: F, n: N) -> Option<Func<'f, A, Option<A>>>
where
    F: Fn(A) -> R + 'f,
    R: Outcome<Value = A>,
    N: IntoInteger,
{
    let n = n.into_integer();
    (n >= 1).then(|| -> Func<'f, A, Option<A>> {
        Box::new(move |x| {
            let mut x = x;
            for _ in 0..n {
                if crate::deadline::expired() {
                    return None;
                }
                x = function(x).into_option()?;
            }
            Some(x)
        })
    })
}

/// `outer` of both functions' results: `x -> outer(a(x), b(x))`; `None` when one fails.
///
/// ```
/// use batt_runtime::prelude::*;
/// let f = fork(add, increment, double);
/// assert_eq!(f(3), Some(10));
/// ```
pub fn fork<'f, X, A, B, R, O, FA, FB>(outer: O, a: FA, b: FB) -> Func<'f, X, Option<R::Value>>
where
    O: Fn(A::Value, B::Value) -> R + 'f,
    FA: Fn(X) -> A + 'f,
    FB: Fn(X) -> B + 'f,
    A: Outcome,
    B: Outcome,
    R: Outcome,
    X: Clone,
{
    Box::new(move |x: X| outer(a(x.clone()).into_option()?, b(x).into_option()?).into_option())
}

/// The two branches of [`branch`]: values of one type (given owned or borrowed), or two
/// functions of one or two arguments (of different types, as `uppermost` and `rightmost`
/// are) whose results are values of one type (either may fail: the function built gives an
/// `Option`).
pub trait Branches<Marker> {
    /// What `branch` gives: the value, or a boxed function.
    type Output;
    /// The first branch if `condition`, else the second.
    fn pick(self, condition: bool) -> Self::Output;
}

/// The [`Branches`] marker for values.
pub struct ValueBranches;

impl<A: IntoValue, B: IntoValue<Value = A::Value>> Branches<ValueBranches> for (A, B) {
    type Output = A::Value;
    fn pick(self, condition: bool) -> A::Value {
        if condition { self.0.into_value() } else { self.1.into_value() }
    }
}

impl<'f, F, G, X, RF, RG> Branches<(X, RF, RG, &'f ())> for (F, G)
where
    F: Fn(X) -> RF + 'f,
    G: Fn(X) -> RG + 'f,
    RF: Outcome,
    RG: Outcome,
    RF::Value: IntoValue,
    RG::Value: IntoValue<Value = <RF::Value as IntoValue>::Value>,
{
    type Output = Func<'f, X, Option<<RF::Value as IntoValue>::Value>>;
    fn pick(self, condition: bool) -> Self::Output {
        let (f, g) = self;
        if condition {
            Box::new(move |x| Some(f(x).into_option()?.into_value()))
        } else {
            Box::new(move |x| Some(g(x).into_option()?.into_value()))
        }
    }
}

impl<'f, F, G, X, Y, RF, RG> Branches<(X, Y, RF, RG, &'f ())> for (F, G)
where
    F: Fn(X, Y) -> RF + 'f,
    G: Fn(X, Y) -> RG + 'f,
    RF: Outcome,
    RG: Outcome,
    RF::Value: IntoValue,
    RG::Value: IntoValue<Value = <RF::Value as IntoValue>::Value>,
{
    type Output = Func2<'f, X, Y, Option<<RF::Value as IntoValue>::Value>>;
    fn pick(self, condition: bool) -> Self::Output {
        let (f, g) = self;
        if condition {
            Box::new(move |x, y| Some(f(x, y).into_option()?.into_value()))
        } else {
            Box::new(move |x, y| Some(g(x, y).into_option()?.into_value()))
        }
    }
}

/// `a` if the condition holds, else `b`: two values of one type, or two functions (then a
/// boxed function; pass it on as `&x`).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(branch(T, 1, 2), 1);
/// let two = 2;
/// assert_eq!(branch(F, 1, &two), 2);
/// let f = branch(F, uppermost, rightmost);
/// assert_eq!(f(Indices::from([(1, 1), (0, 5)])), Some(5));
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(branch(T, identity, dmirror)(&g), Some(g.clone()));
/// ```
pub fn branch<M, A, B, C>(condition: C, a: A, b: B) -> <(A, B) as Branches<M>>::Output
where
    C: super::args::IntoBoolean,
    (A, B): Branches<M>,
{
    (a, b).pick(condition.into_boolean())
}

/// A binary function over the items of two tuples, pairwise, as a tuple; `None` when a call
/// fails.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(papply(add, vec![1, 2], vec![10, 20, 30]), Some(vec![11, 22]));
/// ```
pub fn papply<A, B, R, F>(function: F, a: A, b: B) -> Option<Vec<R::Value>>
where
    A: Container,
    B: Container,
    F: Fn(A::Elem, B::Elem) -> R,
    R: Outcome,
{
    let (a, b) = (a.elems(), b.elems());
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    for (x, y) in a.iter().zip(b.iter()) {
        if crate::deadline::expired() {
            return None;
        }
        out.push(function(x.clone(), y.clone()).into_option()?);
    }
    Some(out)
}

/// [`papply`], its results merged into one tuple.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(mpapply(|a: Integer, b: Integer| vec![a, b], vec![1, 2], vec![3, 4]), Some(vec![1, 3, 2, 4]));
/// ```
pub fn mpapply<A, B, R, F>(function: F, a: A, b: B) -> Option<Vec<<R::Value as Container>::Elem>>
where
    A: Container,
    B: Container,
    F: Fn(A::Elem, B::Elem) -> R,
    R: Outcome,
    R::Value: Container,
{
    let results = papply(function, a, b)?;
    let parts: Vec<_> = results.iter().map(Container::elems).collect();
    Some(super::containers::concat(&parts))
}

/// A binary function over every pair of an item of `a` and an item of `b`, as a set; `None`
/// when a call fails.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(prapply(add, vec![1, 2], vec![10, 20]), Some(IntegerSet::from([11, 12, 21, 22])));
/// ```
pub fn prapply<A, B, R, F>(function: F, a: A, b: B) -> Option<FrozenSet<R::Value>>
where
    A: Container,
    B: Container,
    F: Fn(A::Elem, B::Elem) -> R,
    R: Outcome,
    R::Value: Ord + Clone,
{
    let (a, b) = (a.elems(), b.elems());
    let mut out = Vec::with_capacity(a.len() * b.len());
    for j in b.iter() {
        if crate::deadline::expired() {
            return None;
        }
        for i in a.iter() {
            out.push(function(i.clone(), j.clone()).into_option()?);
        }
    }
    Some(FrozenSet::new(out))
}

/// Each function of a tuple applied to `value`, as a set; `None` when a call fails.
///
/// ```
/// use batt_runtime::prelude::*;
/// let fs: Vec<fn(Integer) -> Integer> = vec![increment, double];
/// assert_eq!(rapply(&fs, 3), Some(IntegerSet::from([4, 6])));
/// ```
pub fn rapply<X, R, F, C>(functions: C, value: X) -> Option<FrozenSet<R::Value>>
where
    C: AsRef<[F]>,
    F: Fn(X) -> R,
    X: Clone,
    R: Outcome,
    R::Value: Ord + Clone,
{
    functions.as_ref().iter().map(|f| f(value.clone()).into_option()).collect()
}
