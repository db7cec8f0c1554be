//! Containers: sets and tuples, sizes, set algebra, filters and selection by a key.

use std::borrow::{Borrow, Cow};

use super::args::{IntoInteger, IntoValue};
use super::frozenset::{FrozenSet, collect_vec};
use super::outcome::Outcome;
use super::types::Integer;
use crate::grid::Grid;

/// The kinds of container of arc-dsl: [`FrozenSet`] and tuples ([`Vec`]), owned or borrowed.
pub trait Container {
    /// The item type.
    type Elem: Clone;
    /// The owned container of the same kind and item type.
    type Owned;
    /// The items (ascending for sets, in order for tuples), borrowed where they are stored.
    fn elems(&self) -> Cow<'_, [Self::Elem]>;
    /// A container of this kind from items (sorted and deduplicated for sets).
    fn rebuild(items: Vec<Self::Elem>) -> Self::Owned;
    /// The items of both, `other`'s after this one's for tuples ([`combine`]).
    fn combine_with<B: Container<Elem = Self::Elem>>(&self, other: &B) -> Self::Owned {
        Self::rebuild(concat(&[self.elems(), other.elems()]))
    }
    /// The items not in `other` ([`difference`]).
    fn without<B: Container<Elem = Self::Elem>>(&self, other: &B) -> Self::Owned
    where
        Self::Elem: PartialEq,
    {
        let (a, b) = (self.elems(), other.elems());
        Self::rebuild(collect_vec(a.iter().filter(|x| !b.contains(x)).cloned()))
    }
    /// Whether `item` is one of the items ([`contained`]).
    fn holds(&self, item: &Self::Elem) -> bool
    where
        Self::Elem: PartialEq,
    {
        self.elems().contains(item)
    }
    /// The set itself, where this is a set: its items ascending, each once.
    fn as_set(&self) -> Option<&FrozenSet<Self::Elem>> {
        None
    }
}

/// A container of the kind of `Self` with items of type `U` (sets stay sets, tuples tuples).
pub trait Rekind<U> {
    /// The new container type.
    type Out;
    /// Builds it from items.
    fn rekind(items: Vec<U>) -> Self::Out;
    /// Builds it from the items of sets, one set after another.
    fn rekind_sets(sets: &[&FrozenSet<U>]) -> Self::Out
    where
        U: Clone,
    {
        let parts: Vec<Cow<'_, [U]>> = sets.iter().map(|s| Cow::Borrowed(s.as_slice())).collect();
        Self::rekind(concat(&parts))
    }
}

impl<T: Ord + Clone> Container for FrozenSet<T> {
    type Elem = T;
    type Owned = FrozenSet<T>;
    fn elems(&self) -> Cow<'_, [T]> {
        Cow::Borrowed(self.as_slice())
    }
    fn as_set(&self) -> Option<&FrozenSet<T>> {
        Some(self)
    }
    fn rebuild(items: Vec<T>) -> FrozenSet<T> {
        FrozenSet::new(items)
    }
    fn combine_with<B: Container<Elem = T>>(&self, other: &B) -> FrozenSet<T> {
        match other.elems() {
            // Nothing new: this set, shared.
            b if b.iter().all(|x| self.contains(x)) => self.clone(),
            // Another set's items, ascending: merged straight into the result.
            Cow::Borrowed(b) if b.windows(2).all(|w| w[0] < w[1]) => {
                FrozenSet::union(self.as_slice(), b)
            }
            b => FrozenSet::new(concat(&[Cow::Borrowed(self.as_slice()), b])),
        }
    }
    fn without<B: Container<Elem = T>>(&self, other: &B) -> FrozenSet<T> {
        let a = self.as_slice();
        let b = other.elems();
        let b: &[T] = &b;
        // The items not among `other`'s: found by one walk along both when `other`'s are
        // ascending, by a search of them otherwise.
        let kept = |x: &&T| !b.contains(*x);
        if !b.windows(2).all(|w| w[0] < w[1]) {
            return match a.iter().filter(kept).count() {
                n if n == a.len() => self.clone(),
                n => FrozenSet::from_sorted_exact(n, a.iter().filter(kept).cloned()),
            };
        }
        let walk = || {
            let mut j = 0;
            a.iter().filter(move |x| {
                while j < b.len() && b[j] < **x {
                    j += 1;
                }
                !(j < b.len() && b[j] == **x)
            })
        };
        match walk().count() {
            n if n == a.len() => self.clone(),
            n => FrozenSet::from_sorted_exact(n, walk().cloned()),
        }
    }
    fn holds(&self, item: &T) -> bool {
        self.contains(item)
    }
}

impl<T: Clone> Container for Vec<T> {
    type Elem = T;
    type Owned = Vec<T>;
    fn elems(&self) -> Cow<'_, [T]> {
        Cow::Borrowed(self)
    }
    fn rebuild(items: Vec<T>) -> Vec<T> {
        items
    }
}

/// A pair of items of one type is a tuple of two (as `astuple(a, b)` is in arc-dsl).
impl<T: Clone> Container for (T, T) {
    type Elem = T;
    type Owned = Vec<T>;
    fn elems(&self) -> Cow<'_, [T]> {
        Cow::Owned(vec![self.0.clone(), self.1.clone()])
    }
    fn rebuild(items: Vec<T>) -> Vec<T> {
        items
    }
}

/// The rows of a grid, each a tuple of integers: arc-dsl's grids are tuples of rows, so that
/// `apply(f, grid)`, `sfilter(grid, f)` or `merge` of grids work on rows (and give tuples of
/// rows, which grid functions accept again: see [`GridLike`](super::grids::GridLike)).
pub(crate) fn grid_rows(grid: &Grid) -> Vec<Vec<Integer>> {
    grid.rows().map(|r| r.iter().map(|&c| crate::grid::cell_integer(c)).collect()).collect()
}

/// The items of `parts`, one part after another, in one allocation of their number.
pub(crate) fn concat<T: Clone>(parts: &[Cow<'_, [T]>]) -> Vec<T> {
    let mut items = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        items.extend_from_slice(p);
    }
    items
}

/// A grid is the tuple of its rows.
impl Container for Grid {
    type Elem = Vec<Integer>;
    type Owned = Vec<Vec<Integer>>;
    fn elems(&self) -> Cow<'_, [Vec<Integer>]> {
        Cow::Owned(grid_rows(self))
    }
    fn rebuild(items: Vec<Vec<Integer>>) -> Vec<Vec<Integer>> {
        items
    }
}

impl<C: Container + ?Sized> Container for &C {
    type Elem = C::Elem;
    type Owned = C::Owned;
    fn elems(&self) -> Cow<'_, [C::Elem]> {
        (**self).elems()
    }
    fn rebuild(items: Vec<C::Elem>) -> C::Owned {
        C::rebuild(items)
    }
    fn combine_with<B: Container<Elem = C::Elem>>(&self, other: &B) -> C::Owned {
        (**self).combine_with(other)
    }
    fn without<B: Container<Elem = C::Elem>>(&self, other: &B) -> C::Owned
    where
        C::Elem: PartialEq,
    {
        (**self).without(other)
    }
    fn holds(&self, item: &C::Elem) -> bool
    where
        C::Elem: PartialEq,
    {
        (**self).holds(item)
    }
    fn as_set(&self) -> Option<&FrozenSet<C::Elem>> {
        (**self).as_set()
    }
}

impl<T, U: Ord + Clone> Rekind<U> for FrozenSet<T> {
    type Out = FrozenSet<U>;
    fn rekind(items: Vec<U>) -> FrozenSet<U> {
        FrozenSet::new(items)
    }
    /// Their union, merged straight from the sets.
    fn rekind_sets(sets: &[&FrozenSet<U>]) -> FrozenSet<U> {
        FrozenSet::union_all(sets)
    }
}

impl<T, U> Rekind<U> for Vec<T> {
    type Out = Vec<U>;
    fn rekind(items: Vec<U>) -> Vec<U> {
        items
    }
}

impl<T, U> Rekind<U> for (T, T) {
    type Out = Vec<U>;
    fn rekind(items: Vec<U>) -> Vec<U> {
        items
    }
}

impl<U> Rekind<U> for Grid {
    type Out = Vec<U>;
    fn rekind(items: Vec<U>) -> Vec<U> {
        items
    }
}

impl<C: Rekind<U> + ?Sized, U> Rekind<U> for &C {
    type Out = C::Out;
    fn rekind(items: Vec<U>) -> C::Out {
        C::rekind(items)
    }
    fn rekind_sets(sets: &[&FrozenSet<U>]) -> C::Out
    where
        U: Clone,
    {
        C::rekind_sets(sets)
    }
}

/// Things with a size: containers (their number of items) and grids (their number of rows,
/// as `len` of arc-dsl's tuple of rows).
pub trait Size {
    /// The size.
    fn size_of(&self) -> Integer;
}

impl<T> Size for FrozenSet<T> {
    fn size_of(&self) -> Integer {
        self.len() as Integer
    }
}

impl<T> Size for Vec<T> {
    fn size_of(&self) -> Integer {
        self.len() as Integer
    }
}

impl<A, B> Size for (A, B) {
    fn size_of(&self) -> Integer {
        2
    }
}

impl Size for Grid {
    fn size_of(&self) -> Integer {
        self.height() as Integer
    }
}

impl<S: Size + ?Sized> Size for &S {
    fn size_of(&self) -> Integer {
        (**self).size_of()
    }
}

/// The number of items of a container (rows of a grid).
///
/// ```
/// use batt_runtime::prelude::*;
/// let s: Indices = [(0, 0), (0, 1), (0, 0)].into();
/// assert_eq!(size(&s), 2);
/// assert_eq!(size(vec![1, 1, 1]), 3);
/// ```
pub fn size<C: Size>(container: C) -> Integer {
    container.size_of()
}

/// Containers and pairs with a last item (see [`last`]).
pub trait Last {
    /// What `last` gives.
    type Output;
    /// The last item.
    fn last_item(self) -> Self::Output;
}

impl<A, B> Last for (A, B) {
    type Output = B;
    fn last_item(self) -> B {
        self.1
    }
}

impl<A, B: Clone> Last for &(A, B) {
    type Output = B;
    fn last_item(self) -> B {
        self.1.clone()
    }
}

impl<T: Clone> Last for &Vec<T> {
    type Output = Option<T>;
    fn last_item(self) -> Option<T> {
        self.as_slice().last().cloned()
    }
}

impl<T> Last for Vec<T> {
    type Output = Option<T>;
    fn last_item(mut self) -> Option<T> {
        self.pop()
    }
}

impl<T: Clone> Last for &FrozenSet<T> {
    type Output = Option<T>;
    fn last_item(self) -> Option<T> {
        self.as_slice().last().cloned()
    }
}

impl<T: Clone> Last for FrozenSet<T> {
    type Output = Option<T>;
    fn last_item(self) -> Option<T> {
        self.as_slice().last().cloned()
    }
}

/// The last row of a grid (`None` for an empty one).
impl Last for &Grid {
    type Output = Option<Vec<Integer>>;
    fn last_item(self) -> Option<Vec<Integer>> {
        let last = self.height().checked_sub(1)?;
        Some(self.row(last).iter().map(|&c| crate::grid::cell_integer(c)).collect())
    }
}

impl Last for Grid {
    type Output = Option<Vec<Integer>>;
    fn last_item(self) -> Option<Vec<Integer>> {
        (&self).last_item()
    }
}

/// The first row of a grid (`None` for an empty one).
impl super::First for &Grid {
    type Output = Option<Vec<Integer>>;
    fn first_item(self) -> Option<Vec<Integer>> {
        (self.height() > 0)
            .then(|| self.row(0).iter().map(|&c| crate::grid::cell_integer(c)).collect())
    }
}

impl super::First for Grid {
    type Output = Option<Vec<Integer>>;
    fn first_item(self) -> Option<Vec<Integer>> {
        (&self).first_item()
    }
}

impl<T: Clone> super::First for &FrozenSet<T> {
    type Output = Option<T>;
    fn first_item(self) -> Option<T> {
        self.as_slice().first().cloned()
    }
}

impl<T: Clone> super::First for FrozenSet<T> {
    type Output = Option<T>;
    fn first_item(self) -> Option<T> {
        self.as_slice().first().cloned()
    }
}

impl<T: Clone> super::Second for &FrozenSet<T> {
    type Output = Option<T>;
    fn second_item(self) -> Option<T> {
        self.as_slice().get(1).cloned()
    }
}

impl<T: Clone> super::Second for FrozenSet<T> {
    type Output = Option<T>;
    fn second_item(self) -> Option<T> {
        self.as_slice().get(1).cloned()
    }
}

/// The last item: a pair's second element; `None` for an empty container.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(last((1, (2, 3))), (2, 3));
/// assert_eq!(last(&vec![4, 5]), Some(5));
/// ```
pub fn last<C: Last>(container: C) -> C::Output {
    container.last_item()
}

/// Both containers' items, as a container of the first one's kind.
///
/// ```
/// use batt_runtime::prelude::*;
/// let a: IntegerSet = [1, 2].into();
/// assert_eq!(combine(&a, IntegerSet::from([2, 3])), IntegerSet::from([1, 2, 3]));
/// assert_eq!(combine(vec![1], vec![1]), vec![1, 1]);
/// ```
pub fn combine<A, B>(a: A, b: B) -> A::Owned
where
    A: Container,
    B: Container<Elem = A::Elem>,
{
    a.combine_with(&b)
}

/// The items of both sets.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(intersection(IntegerSet::from([1, 2, 3]), IntegerSet::from([2, 3, 4])), [2, 3].into());
/// ```
pub fn intersection<T, A, B>(a: A, b: B) -> FrozenSet<T>
where
    T: Ord + Clone,
    A: Borrow<FrozenSet<T>>,
    B: Borrow<FrozenSet<T>>,
{
    let (sa, sb) = (a.borrow(), b.borrow());
    let (a, b) = (sa.as_slice(), sb.as_slice());
    // Both sorted: one walk along both finds the common items, in order.
    let common = || {
        let (mut i, mut j) = (0, 0);
        std::iter::from_fn(move || {
            while i < a.len() && j < b.len() {
                match a[i].cmp(&b[j]) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        i += 1;
                        j += 1;
                        return Some(&a[i - 1]);
                    }
                }
            }
            None
        })
    };
    match common().count() {
        // All of one set: that set, no copy.
        n if n == a.len() => sa.clone(),
        n if n == b.len() => sb.clone(),
        n => FrozenSet::from_sorted_exact(n, common().cloned()),
    }
}

/// The items of `a` not in `b`, as a container of `a`'s kind.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(difference(IntegerSet::from([1, 2, 3]), IntegerSet::from([2])), [1, 3].into());
/// ```
pub fn difference<A, B>(a: A, b: B) -> A::Owned
where
    A: Container,
    B: Container<Elem = A::Elem>,
    A::Elem: PartialEq,
{
    a.without(&b)
}

/// The items sorted by a key (stable: equal keys keep the container's order); `None` when a
/// key fails.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(order(vec![3, -1, 2], |x: Integer| x.abs()), Some(vec![-1, 2, 3]));
/// ```
pub fn order<C, F, K>(container: C, compfunc: F) -> Option<Vec<C::Elem>>
where
    C: Container,
    F: Fn(C::Elem) -> K,
    K: Outcome,
    K::Value: Ord,
{
    let items = container.elems();
    let mut keyed: Vec<(K::Value, C::Elem)> = Vec::with_capacity(items.len());
    for x in items.iter() {
        if crate::deadline::expired() {
            return None;
        }
        keyed.push((compfunc(x.clone()).into_option()?, x.clone()));
    }
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    Some(keyed.into_iter().map(|(_, x)| x).collect())
}

/// The longest tuple [`repeat`] and [`interval`] build; longer ones give `None` rather than
/// exhaust memory.
pub const MAX_TUPLE: usize = 1 << 16;

/// A tuple of `num` copies of `item` (empty for `num <= 0`); `None` beyond [`MAX_TUPLE`].
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(repeat(7, 3), Some(vec![7, 7, 7]));
/// assert_eq!(repeat(7, -1), Some(vec![]));
/// ```
pub fn repeat<T: IntoValue, N: IntoInteger>(item: T, num: N) -> Option<Vec<T::Value>>
where
    T::Value: Clone,
{
    let n = usize::try_from(num.into_integer()).unwrap_or(0);
    (n <= MAX_TUPLE).then(|| vec![item.into_value(); n])
}

/// All items of the inner containers, as a container of the outer one's kind.
///
/// ```
/// use batt_runtime::prelude::*;
/// let objs: Objects = [Object::from([(1, (0, 0))]), Object::from([(2, (1, 1))])].into();
/// assert_eq!(merge(&objs), Object::from([(1, (0, 0)), (2, (1, 1))]));
/// ```
pub fn merge<C>(containers: C) -> <C as Rekind<<C::Elem as Container>::Elem>>::Out
where
    C: Container + Rekind<<<C as Container>::Elem as Container>::Elem>,
    C::Elem: Container,
{
    let containers = containers.elems();
    if let Some(sets) = containers.iter().map(Container::as_set).collect::<Option<Vec<_>>>() {
        return C::rekind_sets(&sets);
    }
    let parts: Vec<_> = containers.iter().map(Container::elems).collect();
    C::rekind(concat(&parts))
}

/// The largest integer of a set, 0 for an empty one.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(maximum(IntegerSet::from([1, 5, 2])), 5);
/// assert_eq!(maximum(IntegerSet::empty()), 0);
/// ```
pub fn maximum<C: Container<Elem = Integer>>(container: C) -> Integer {
    container.elems().iter().copied().max().unwrap_or(0)
}

/// The smallest integer of a set, 0 for an empty one.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(minimum(vec![4, 2, 9]), 2);
/// ```
pub fn minimum<C: Container<Elem = Integer>>(container: C) -> Integer {
    container.elems().iter().copied().min().unwrap_or(0)
}

/// The first item with the largest key (`None` when empty or a key fails).
fn first_max<T, K: Ord>(items: &[T], key: impl Fn(&T) -> Option<K>) -> Option<(&T, K)> {
    let mut best: Option<(&T, K)> = None;
    for item in items {
        let k = key(item)?;
        if best.as_ref().is_none_or(|(_, b)| k > *b) {
            best = Some((item, k));
        }
    }
    best
}

/// The first item with the smallest key (`None` when empty or a key fails).
fn first_min<T, K: Ord>(items: &[T], key: impl Fn(&T) -> Option<K>) -> Option<(&T, K)> {
    let mut best: Option<(&T, K)> = None;
    for item in items {
        let k = key(item)?;
        if best.as_ref().is_none_or(|(_, b)| k < *b) {
            best = Some((item, k));
        }
    }
    best
}

/// The largest key of the items; `None` for an empty container (arc-dsl fails there).
///
/// ```
/// use batt_runtime::prelude::*;
/// let objs: Objects = [Object::from([(1, (0, 0))]), Object::from([(2, (1, 1)), (2, (1, 2))])].into();
/// assert_eq!(valmax(&objs, size), Some(2));
/// ```
pub fn valmax<C, F, K>(container: C, compfunc: F) -> Option<K::Value>
where
    C: Container,
    F: Fn(C::Elem) -> K,
    K: Outcome,
    K::Value: Ord,
{
    first_max(&container.elems(), |x| compfunc(x.clone()).into_option()).map(|(_, k)| k)
}

/// The smallest key of the items; `None` for an empty container.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(valmin(vec![3, -4], |x: Integer| x * x), Some(9));
/// ```
pub fn valmin<C, F, K>(container: C, compfunc: F) -> Option<K::Value>
where
    C: Container,
    F: Fn(C::Elem) -> K,
    K: Outcome,
    K::Value: Ord,
{
    first_min(&container.elems(), |x| compfunc(x.clone()).into_option()).map(|(_, k)| k)
}

/// The item with the largest key (the first such); `None` for an empty container.
///
/// ```
/// use batt_runtime::prelude::*;
/// let objs: Objects = [Object::from([(1, (0, 0))]), Object::from([(2, (1, 1)), (2, (1, 2))])].into();
/// assert_eq!(argmax(&objs, size).map(|o| size(o)), Some(2));
/// assert_eq!(argmax(Objects::empty(), size), None);
/// ```
pub fn argmax<C, F, K>(container: C, compfunc: F) -> Option<C::Elem>
where
    C: Container,
    F: Fn(C::Elem) -> K,
    K: Outcome,
    K::Value: Ord,
{
    first_max(&container.elems(), |x| compfunc(x.clone()).into_option()).map(|(x, _)| x.clone())
}

/// The item with the smallest key (the first such); `None` for an empty container.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(argmin(vec![3, -4, 1], |x: Integer| x * x), Some(1));
/// ```
pub fn argmin<C, F, K>(container: C, compfunc: F) -> Option<C::Elem>
where
    C: Container,
    F: Fn(C::Elem) -> K,
    K: Outcome,
    K::Value: Ord,
{
    first_min(&container.elems(), |x| compfunc(x.clone()).into_option()).map(|(x, _)| x.clone())
}

/// Distinct items with their counts, in first-occurrence order.
fn counts<T: PartialEq + Clone>(items: &[T]) -> Vec<(T, usize)> {
    let mut out: Vec<(T, usize)> = Vec::new();
    for item in items {
        if crate::deadline::expired() {
            break;
        }
        match out.iter_mut().find(|(x, _)| x == item) {
            Some((_, n)) => *n += 1,
            None => out.push((item.clone(), 1)),
        }
    }
    out
}

/// The most frequent item (the first such); `None` for an empty container.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(mostcommon(vec![1, 2, 2, 3]), Some(2));
/// ```
pub fn mostcommon<C: Container>(container: C) -> Option<C::Elem>
where
    C::Elem: PartialEq,
{
    let counts = counts(&container.elems());
    first_max(&counts, |(_, n)| Some(*n)).map(|((x, _), _)| x.clone())
}

/// The least frequent item (the first such); `None` for an empty container.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(leastcommon(vec![1, 2, 2, 1, 3]), Some(3));
/// ```
pub fn leastcommon<C: Container>(container: C) -> Option<C::Elem>
where
    C::Elem: PartialEq,
{
    let counts = counts(&container.elems());
    first_min(&counts, |(_, n)| Some(*n)).map(|((x, _), _)| x.clone())
}

/// The set of one item.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(initset((1, 2)), Indices::from([(1, 2)]));
/// ```
pub fn initset<T: IntoValue>(value: T) -> FrozenSet<T::Value>
where
    T::Value: Ord,
{
    FrozenSet::from_sorted_arc(std::sync::Arc::new([value.into_value()]))
}

/// The items for which `condition` holds, as a container of the same kind; `None` when the
/// condition fails on one.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(sfilter(IntegerSet::from([1, 2, 3, 4]), even), Some([2, 4].into()));
/// ```
pub fn sfilter<C, F, P>(container: C, condition: F) -> Option<C::Owned>
where
    C: Container,
    F: Fn(C::Elem) -> P,
    P: Outcome<Value = bool>,
{
    let items = container.elems();
    // Room for all: no growing on the way.
    let mut kept = Vec::with_capacity(items.len());
    for x in items.iter() {
        if crate::deadline::expired() {
            return None;
        }
        if condition(x.clone()).into_option()? {
            kept.push(x.clone());
        }
    }
    Some(C::rebuild(kept))
}

/// The items of the inner containers for which `function` holds, merged; `None` when
/// `function` fails on one.
///
/// ```
/// use batt_runtime::prelude::*;
/// let objs: Objects = [Object::from([(1, (0, 0))]), Object::from([(2, (1, 1)), (2, (1, 2))])].into();
/// assert_eq!(mfilter(&objs, matcher(size, 2)), Some(Object::from([(2, (1, 1)), (2, (1, 2))])));
/// ```
pub fn mfilter<C, F, P>(
    container: C,
    function: F,
) -> Option<<C as Rekind<<C::Elem as Container>::Elem>>::Out>
where
    C: Container + Rekind<<<C as Container>::Elem as Container>::Elem>,
    C::Elem: Container,
    F: Fn(C::Elem) -> P,
    P: Outcome<Value = bool>,
{
    let containers = container.elems();
    let mut kept = Vec::with_capacity(containers.len());
    for c in containers.iter() {
        if crate::deadline::expired() {
            return None;
        }
        if function(c.clone()).into_option()? {
            kept.push(c.elems());
        }
    }
    Some(C::rekind(concat(&kept)))
}

/// The first item for which `condition` holds; `None` when there is none or the condition
/// fails first.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(extract(vec![1, 4, 6], even), Some(4));
/// ```
pub fn extract<C, F, P>(container: C, condition: F) -> Option<C::Elem>
where
    C: Container,
    F: Fn(C::Elem) -> P,
    P: Outcome<Value = bool>,
{
    for x in container.elems().iter() {
        if condition(x.clone()).into_option()? {
            return Some(x.clone());
        }
    }
    None
}

/// The items of a container as a tuple (ascending for a set).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(totuple(IntegerSet::from([3, 1])), vec![1, 3]);
/// ```
pub fn totuple<C: Container>(container: C) -> Vec<C::Elem> {
    container.elems().to_vec()
}

/// The set with `value` added.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(insert(2, IntegerSet::from([1])), [1, 2].into());
/// ```
pub fn insert<V, T, S>(value: V, container: S) -> FrozenSet<T>
where
    V: IntoValue<Value = T>,
    T: Ord + Clone,
    S: Borrow<FrozenSet<T>>,
{
    let (value, set) = (value.into_value(), container.borrow());
    match set.as_slice().binary_search(&value) {
        Ok(_) => set.clone(),
        Err(at) => {
            // One allocation: the items before, the value, the items after.
            let (before, after) = set.as_slice().split_at(at);
            let items = before.iter().cloned().chain([value]).chain(after.iter().cloned());
            FrozenSet::from_sorted_exact(set.len() + 1, items)
        }
    }
}

/// The container without the items equal to `value`.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(remove(2, vec![1, 2, 3, 2]), vec![1, 3]);
/// ```
pub fn remove<T, C>(value: T, container: C) -> C::Owned
where
    C: Container,
    C::Elem: PartialEq,
    T: Borrow<C::Elem>,
{
    let value = value.borrow();
    C::rebuild(collect_vec(container.elems().iter().filter(|x| *x != value).cloned()))
}

/// The first item that is not `value`; `None` when there is none.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(other(IntegerSet::from([1, 2]), 1), Some(2));
/// ```
pub fn other<T, C>(container: C, value: T) -> Option<C::Elem>
where
    C: Container,
    C::Elem: PartialEq,
    T: Borrow<C::Elem>,
{
    let value = value.borrow();
    container.elems().iter().find(|x| *x != value).cloned()
}

/// The integers from `start` towards `stop` (excluded) by `step`; `None` for a zero step or
/// more than [`MAX_TUPLE`] of them.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(interval(0, 6, 2), Some(vec![0, 2, 4]));
/// assert_eq!(interval(3, 0, -1), Some(vec![3, 2, 1]));
/// ```
pub fn interval<A: IntoInteger, B: IntoInteger, S: IntoInteger>(
    start: A,
    stop: B,
    step: S,
) -> Option<Vec<Integer>> {
    let (start, stop, step) = (start.into_integer(), stop.into_integer(), step.into_integer());
    if step == 0 {
        return None;
    }
    let len = (i64::from(stop) - i64::from(start) + i64::from(step) - i64::from(step.signum()))
        / i64::from(step);
    if len > MAX_TUPLE as i64 {
        return None;
    }
    let mut out = Vec::new();
    let mut x = i64::from(start);
    while (step > 0 && x < i64::from(stop)) || (step < 0 && x > i64::from(stop)) {
        out.push(x as Integer);
        x += i64::from(step);
    }
    Some(out)
}

/// All pairs `(a, b)` of an item of `a` and an item of `b`.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(product(vec![1, 2], vec![3]), FrozenSet::from([(1, 3), (2, 3)]));
/// ```
pub fn product<A, B>(a: A, b: B) -> FrozenSet<(A::Elem, B::Elem)>
where
    A: Container,
    B: Container,
    A::Elem: Ord,
    B::Elem: Ord,
{
    let (a, b) = (a.elems(), b.elems());
    let mut items = Vec::with_capacity(a.len() * b.len());
    // In lexicographic order when both are sets: no sorting then.
    for i in a.iter() {
        if crate::deadline::expired() {
            break;
        }
        for j in b.iter() {
            items.push((i.clone(), j.clone()));
        }
    }
    FrozenSet::new(items)
}

/// The tuples zipped into a tuple of pairs (as long as the shorter).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(pair(vec![1, 2, 3], vec![4, 5]), vec![(1, 4), (2, 5)]);
/// ```
pub fn pair<A: Container, B: Container>(a: A, b: B) -> Vec<(A::Elem, B::Elem)> {
    a.elems().iter().cloned().zip(b.elems().iter().cloned()).collect()
}

/// Whether `value` is an item of the container.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(contained(2, IntegerSet::from([1, 2])));
/// assert!(!contained((0, 1), Indices::empty()));
/// ```
pub fn contained<T, C>(value: T, container: C) -> bool
where
    C: Container,
    C::Elem: PartialEq,
    T: Borrow<C::Elem>,
{
    container.holds(value.borrow())
}

/// The items whose size is `n`, as a set.
///
/// ```
/// use batt_runtime::prelude::*;
/// let objs: Objects = [Object::from([(1, (0, 0))]), Object::from([(2, (1, 1)), (2, (1, 2))])].into();
/// assert_eq!(size(sizefilter(&objs, ONE)), 1);
/// ```
pub fn sizefilter<C, N>(container: C, n: N) -> FrozenSet<C::Elem>
where
    C: Container,
    C::Elem: Size + Ord,
    N: IntoInteger,
{
    let n = n.into_integer();
    let items = container.elems();
    let kept = || items.iter().filter(|x| x.size_of() == n).cloned();
    // Counted first, then built at its size (sorted there when the container is a tuple).
    FrozenSet::from_arc(super::frozenset::exact_arc(kept().count(), kept()))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::dsl::{Indices, IntegerTuple, Object, Objects, colorfilter};

    /// Random sets of locations, small and overlapping.
    fn sets() -> Vec<Indices> {
        let mut x = 0x1357_9bdf_u32;
        (0..40)
            .map(|n| {
                (0..n % 13)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        ((x % 4) as Integer, (x / 4 % 5) as Integer)
                    })
                    .collect()
            })
            .collect()
    }

    fn naive(s: &Indices) -> BTreeSet<IntegerTuple> {
        s.iter().copied().collect()
    }

    #[test]
    fn set_algebra_matches_ordered_sets() {
        let all = sets();
        for a in &all {
            for b in &all {
                let (na, nb) = (naive(a), naive(b));
                let want: Vec<_> = na.intersection(&nb).copied().collect();
                assert_eq!(intersection(a, b).as_slice(), want.as_slice());
                let want: Vec<_> = na.union(&nb).copied().collect();
                assert_eq!(combine(a, b).as_slice(), want.as_slice());
                let want: Vec<_> = na.difference(&nb).copied().collect();
                assert_eq!(difference(a, b).as_slice(), want.as_slice());
            }
            for loc in [(0, 0), (2, 3), (9, 9), (-1, 0)] {
                let mut want = naive(a);
                want.insert(loc);
                assert_eq!(insert(loc, a).as_slice(), want.into_iter().collect::<Vec<_>>());
            }
            let kept = sfilter(a, |(i, _): IntegerTuple| i % 2 == 0).unwrap();
            let want: Vec<_> = naive(a).into_iter().filter(|l| l.0 % 2 == 0).collect();
            assert_eq!(kept.as_slice(), want.as_slice());
        }
        // A tuple of sets merges into a tuple of all their items, in order.
        let want: Vec<_> = all.iter().flat_map(|s| s.iter().copied()).collect();
        assert_eq!(merge(all.clone()), want);
        let sets: FrozenSet<Indices> = all.iter().cloned().collect();
        let want: BTreeSet<_> = sets.iter().flat_map(naive).collect();
        assert_eq!(merge(&sets).as_slice(), want.into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn colorfilter_of_a_tuple_is_a_set() {
        let (a, b) = (Object::from([(2, (1, 1))]), Object::from([(2, (0, 0))]));
        let objs = vec![a.clone(), Object::from([(3, (0, 1))]), b.clone(), a.clone()];
        assert_eq!(colorfilter(&objs, 2), Objects::from([a, b]));
    }
}
