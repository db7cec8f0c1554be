//! arc-dsl's types: integers, pairs, cells, and frozensets as sorted shared slices.

use std::fmt;
use std::sync::Arc;

use crate::grid::{Color, NEG_ONE_CELL, NUM_CELL_CODES};

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

/// An immutable set with arc-dsl's frozenset meaning: no repeats, order-free equality.
///
/// The items are kept sorted and deduplicated in a shared slice, so equality, ordering and
/// hashing are those of the slice, membership is a binary search, and clones are O(1).
/// Iteration (and therefore [`first`](crate::dsl::first)) goes in ascending order. Sets built
/// together may share one buffer, each its own part of it (the objects of a grid do), so
/// that building them allocates once.
///
/// ```
/// use batt_runtime::prelude::*;
/// let a: IntegerSet = [3, 1, 3, 2].into_iter().collect();
/// let b: IntegerSet = [2, 1, 3].into_iter().collect();
/// assert_eq!(a, b);
/// assert_eq!(a.as_slice(), &[1, 2, 3]);
/// ```
pub struct FrozenSet<T> {
    /// The buffer holding the items, `buf[start..end]` (and maybe other sets' items).
    buf: Arc<[T]>,
    start: u32,
    end: u32,
}

impl<T> FrozenSet<T> {
    /// The empty set.
    pub fn empty() -> FrozenSet<T> {
        // A shared static: no allocation.
        FrozenSet::whole(Arc::default())
    }

    /// The set of all items of `buf` (which the callers check or make sorted).
    fn whole(buf: Arc<[T]>) -> FrozenSet<T> {
        let end = u32::try_from(buf.len()).expect("a set holds fewer than 2^32 items");
        FrozenSet { buf, start: 0, end }
    }

    /// The set of the items `range` of a shared buffer, already sorted ascending without
    /// repeats there (checked in debug builds): sets sharing one allocation.
    pub(crate) fn from_shared(buf: &Arc<[T]>, range: std::ops::Range<usize>) -> FrozenSet<T>
    where
        T: Ord,
    {
        let items = &buf[range.clone()];
        debug_assert!(items.windows(2).all(|w| w[0] < w[1]), "items not strictly ascending");
        let end = u32::try_from(range.end).expect("a set holds fewer than 2^32 items");
        FrozenSet { buf: Arc::clone(buf), start: range.start as u32, end }
    }

    /// The items, ascending.
    pub fn as_slice(&self) -> &[T] {
        &self.buf[self.start as usize..self.end as usize]
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the set has no items.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The items, ascending.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.as_slice().iter()
    }
}

impl<T> Clone for FrozenSet<T> {
    fn clone(&self) -> FrozenSet<T> {
        FrozenSet { buf: Arc::clone(&self.buf), start: self.start, end: self.end }
    }
}

impl<T: PartialEq> PartialEq for FrozenSet<T> {
    fn eq(&self, other: &FrozenSet<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Eq> Eq for FrozenSet<T> {}

impl<T: PartialOrd> PartialOrd for FrozenSet<T> {
    fn partial_cmp(&self, other: &FrozenSet<T>) -> Option<std::cmp::Ordering> {
        self.as_slice().partial_cmp(other.as_slice())
    }
}

impl<T: Ord> Ord for FrozenSet<T> {
    fn cmp(&self, other: &FrozenSet<T>) -> std::cmp::Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

impl<T: std::hash::Hash> std::hash::Hash for FrozenSet<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl<T: Ord> FrozenSet<T> {
    /// Wraps items already sorted ascending without repeats (checked in debug builds).
    pub(crate) fn from_sorted(items: Vec<T>) -> FrozenSet<T> {
        debug_assert!(items.windows(2).all(|w| w[0] < w[1]), "items not strictly ascending");
        FrozenSet::whole(items.into())
    }

    /// Wraps a shared slice already sorted ascending without repeats (checked in debug
    /// builds).
    pub(crate) fn from_sorted_arc(items: Arc<[T]>) -> FrozenSet<T> {
        debug_assert!(items.windows(2).all(|w| w[0] < w[1]), "items not strictly ascending");
        FrozenSet::whole(items)
    }

    /// The first `n` items of `items`, already sorted ascending without repeats, in one
    /// allocation (see [`exact_arc`]).
    pub(crate) fn from_sorted_exact(n: usize, items: impl Iterator<Item = T>) -> FrozenSet<T> {
        FrozenSet::from_sorted_arc(exact_arc(n, items))
    }

    /// The set of the items of a shared slice, sorted and deduplicated here: wrapped as it is
    /// when already in order (as a shift or a recolouring keeps it), sorted in place when
    /// out of order without repeats, and rebuilt only when there are repeats. Build `items`
    /// by collecting an exact-size iterator (`slice.iter().map(..)`): one allocation.
    pub(crate) fn from_arc(mut items: Arc<[T]>) -> FrozenSet<T>
    where
        T: Clone,
    {
        if items.windows(2).all(|w| w[0] < w[1]) {
            return FrozenSet::whole(items);
        }
        if let Some(slice) = Arc::get_mut(&mut items) {
            // Equal items are identical: an unstable sort is as good.
            slice.sort_unstable();
            if slice.windows(2).all(|w| w[0] < w[1]) {
                return FrozenSet::whole(items);
            }
        }
        FrozenSet::new(items.to_vec())
    }

    /// The set of the given items (sorted and deduplicated here).
    ///
    /// Items often come in order already (a shift keeps it), or as ascending runs one after
    /// another (the parts that `merge`, `combine` and `mapply` join): those runs are merged,
    /// a linear pass per halving of their number. Anything else is sorted.
    pub fn new(mut items: Vec<T>) -> FrozenSet<T>
    where
        T: Clone,
    {
        // Where each ascending run but the last ends, as long as the runs are long enough
        // to merge.
        let mut ends = Vec::new();
        for i in 1..items.len() {
            if items[i - 1] >= items[i] {
                if (ends.len() + 1) * MIN_MERGED_RUN > i {
                    // Many short runs: sorting is quicker.
                    items.sort_unstable();
                    items.dedup();
                    return FrozenSet::whole(items.into());
                }
                ends.push(i);
            }
        }
        if ends.is_empty() {
            return FrozenSet::whole(items.into());
        }
        ends.push(items.len());
        FrozenSet::of_runs(items, &mut ends)
    }

    /// The set of the ascending runs `items[..ends[0]]`, `items[ends[0]..ends[1]]`, ... (at
    /// least two, `ends` ending at `items.len()`): halved down to two runs, merged straight
    /// into the set's buffer.
    fn of_runs(items: Vec<T>, ends: &mut [usize]) -> FrozenSet<T>
    where
        T: Clone,
    {
        let (items, mid) = merge_runs(items, ends);
        FrozenSet::union(&items[..mid], &items[mid..])
    }

    /// The union of two strictly ascending lists, in one allocation of its exact size (one
    /// walk counts, a second writes).
    pub(crate) fn union(a: &[T], b: &[T]) -> FrozenSet<T>
    where
        T: Clone,
    {
        FrozenSet::from_sorted_exact(merged(a, b).count(), merged(a, b).cloned())
    }

    /// The union of sets: one of them, shared, when the others are empty; the two merged
    /// straight into the result's buffer; more merged pairwise (their items are ascending runs
    /// already), down to two.
    pub(crate) fn union_all(sets: &[&FrozenSet<T>]) -> FrozenSet<T>
    where
        T: Clone,
    {
        let mut full = sets.iter().filter(|s| !s.is_empty());
        match (full.next(), full.next(), full.next()) {
            (None, _, _) => FrozenSet::empty(),
            (Some(&a), None, _) => a.clone(),
            (Some(a), Some(b), None) => FrozenSet::union(a.as_slice(), b.as_slice()),
            _ => {
                let mut items = Vec::with_capacity(sets.iter().map(|s| s.len()).sum());
                let mut ends = Vec::with_capacity(sets.len());
                for s in sets.iter().filter(|s| !s.is_empty()) {
                    items.extend_from_slice(s.as_slice());
                    ends.push(items.len());
                }
                FrozenSet::of_runs(items, &mut ends)
            }
        }
    }

    /// Whether `item` is in the set (a binary search).
    pub fn contains(&self, item: &T) -> bool {
        self.as_slice().binary_search(item).is_ok()
    }
}

/// [`FrozenSet::new`] merges ascending runs of at least this many items on average, and sorts
/// shorter ones.
const MIN_MERGED_RUN: usize = 4;

/// The items of two strictly ascending lists, ascending, each once.
fn merged<'a, T: Ord>(a: &'a [T], b: &'a [T]) -> impl Iterator<Item = &'a T> {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        let item = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => match x.cmp(y) {
                std::cmp::Ordering::Less => {
                    i += 1;
                    x
                }
                std::cmp::Ordering::Greater => {
                    j += 1;
                    y
                }
                std::cmp::Ordering::Equal => {
                    (i, j) = (i + 1, j + 1);
                    x
                }
            },
            (Some(x), None) => {
                i += 1;
                x
            }
            (None, Some(y)) => {
                j += 1;
                y
            }
            (None, None) => return None,
        };
        Some(item)
    })
}

/// The items of the ascending runs `items[..ends[0]]`, `items[ends[0]..ends[1]]`, ... (each
/// strictly ascending, `ends` ending at `items.len()`, at least two runs), merged into two
/// strictly ascending runs `list[..mid]` and `list[mid..]`, as `(list, mid)`: adjacent runs
/// are merged pairwise, halving their number on each pass, between two buffers.
fn merge_runs<T: Ord + Clone>(items: Vec<T>, ends: &mut [usize]) -> (Vec<T>, usize) {
    let (mut from, mut to) = (items, Vec::new());
    let mut runs = ends.len();
    while runs > 2 {
        to.clear();
        to.reserve(from.len());
        let mut start = 0;
        let pairs = runs.div_ceil(2);
        for pair in 0..pairs {
            let mid = ends[2 * pair];
            let end = if 2 * pair + 1 < runs { ends[2 * pair + 1] } else { mid };
            to.extend(merged(&from[start..mid], &from[mid..end]).cloned());
            ends[pair] = to.len();
            start = end;
        }
        runs = pairs;
        std::mem::swap(&mut from, &mut to);
    }
    let mid = if runs == 2 { ends[0] } else { from.len() };
    (from, mid)
}

/// The first `n` items of `items` as one shared slice, allocated once at its final size:
/// `(0..n).map(..)` has a length the standard library trusts, where collecting a filtering or
/// flattening iterator would fill a `Vec` and copy it. `items` must give at least `n` items
/// (callers count them first); it panics otherwise.
pub(crate) fn exact_arc<T>(n: usize, items: impl Iterator<Item = T>) -> Arc<[T]> {
    let mut items = items;
    (0..n).map(|_| items.next().expect("exact_arc: fewer items than counted")).collect()
}

/// The items of an owned set, ascending and by value (clones, O(1) for the DSL's shared
/// types): what iterating a set the caller gives away yields, without copying its items into
/// a new buffer first.
#[derive(Clone, Debug)]
pub struct SetItems<T> {
    set: FrozenSet<T>,
    next: usize,
}

impl<T> FrozenSet<T> {
    /// The items, ascending, by value.
    pub(crate) fn into_items(self) -> SetItems<T> {
        SetItems { set: self, next: 0 }
    }
}

impl<T: Clone> Iterator for SetItems<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let item = self.set.as_slice().get(self.next)?.clone();
        self.next += 1;
        Some(item)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.set.len() - self.next;
        (n, Some(n))
    }
    fn fold<B, F: FnMut(B, T) -> B>(self, init: B, f: F) -> B {
        self.set.as_slice()[self.next..].iter().cloned().fold(init, f)
    }
}

impl<T: Clone> ExactSizeIterator for SetItems<T> {}

/// Items whose zero value a long static array holds, to copy fresh buffers from (`Arc::from`
/// a slice is one allocation and one copy).
pub(crate) trait Zeroed: Copy + 'static {
    /// Zeros, as many as a grid can have cells.
    fn zeros() -> &'static [Self];
}

/// The most cells a grid has.
const MAX_CELLS: usize = crate::grid::MAX_SIDE * crate::grid::MAX_SIDE;

impl Zeroed for IntegerTuple {
    fn zeros() -> &'static [IntegerTuple] {
        static ZEROS: [IntegerTuple; MAX_CELLS] = [(0, 0); MAX_CELLS];
        &ZEROS
    }
}

impl Zeroed for Cell {
    fn zeros() -> &'static [Cell] {
        static ZEROS: [Cell; MAX_CELLS] = [(0, (0, 0)); MAX_CELLS];
        &ZEROS
    }
}

/// A shared slice of `n` items that `write` sets (starting as zeros), allocated once at its
/// final size: for items that simple loops produce faster than an iterator chain.
pub(crate) fn arc_with<T: Zeroed>(n: usize, write: impl FnOnce(&mut [T])) -> Arc<[T]> {
    let zeros = T::zeros();
    let mut items: Arc<[T]> = match zeros.get(..n) {
        Some(zeros) => Arc::from(zeros),
        None => std::iter::repeat_n(zeros[0], n).collect(),
    };
    write(Arc::get_mut(&mut items).expect("a fresh buffer is not shared"));
    items
}

impl<T> Default for FrozenSet<T> {
    fn default() -> FrozenSet<T> {
        FrozenSet::empty()
    }
}

impl<T: fmt::Debug> fmt::Debug for FrozenSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Ord + Clone> FromIterator<T> for FrozenSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> FrozenSet<T> {
        FrozenSet::new(collect_vec(iter.into_iter()))
    }
}

/// The items of an iterator in a `Vec`, pushed by the iterator's own `fold` (for a flattening
/// iterator, a loop over each part) rather than by `next` calls, into room for as many as it
/// may give (a filter's upper bound, where that is not huge): no growing on the way.
pub(crate) fn collect_vec<T>(items: impl Iterator<Item = T>) -> Vec<T> {
    let room = match items.size_hint() {
        (_, Some(upper)) if upper <= 1 << 16 => upper,
        (lower, _) => lower,
    };
    let mut out = Vec::with_capacity(room);
    items.for_each(|x| out.push(x));
    out
}

impl<T: Ord + Clone> From<Vec<T>> for FrozenSet<T> {
    fn from(items: Vec<T>) -> FrozenSet<T> {
        FrozenSet::new(items)
    }
}

impl<T: Ord + Clone, const N: usize> From<[T; N]> for FrozenSet<T> {
    fn from(items: [T; N]) -> FrozenSet<T> {
        FrozenSet::new(items.into())
    }
}

impl<T> AsRef<[T]> for FrozenSet<T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

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

/// The cell codes in the order of the colours they stand for: [`NEG_ONE_CELL`] (arc-dsl's
/// colour -1) first, then the colours `0..=9`. Entry `k` is the code of colour `k - 1`.
///
/// Loops that build sorted sets or ordered results colour by colour go over this.
pub(crate) const CODES_IN_ORDER: [Color; NUM_CELL_CODES] =
    [NEG_ONE_CELL, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/// Counts by cell code (`counts[code]`) turned into where each code's items start when the
/// codes go in colour order ([`CODES_IN_ORDER`], -1's first), from `start` on; gives where
/// the last ends. The counting sorts that lay out cells in set order use it.
pub(crate) fn starts_in_colour_order<N>(counts: &mut [N], start: N) -> N
where
    N: Copy + std::ops::Add<Output = N>,
{
    let mut total = start;
    for &c in &CODES_IN_ORDER {
        let n = &mut counts[usize::from(c)];
        (*n, total) = (total, total + *n);
    }
    total
}

/// The cell code of an arc-dsl colour: `0..=9` itself, -1 [`NEG_ONE_CELL`] (10); `None` for
/// any other integer, which no grid holds.
#[inline]
pub(crate) fn as_cell_color(value: Integer) -> Option<Color> {
    // `value + 1` indexes the codes in colour order; anything outside `-1..=9` misses (a
    // negative sum wraps to a large index).
    CODES_IN_ORDER.get(value.wrapping_add(1) as u32 as usize).copied()
}

/// The arc-dsl colour of a cell code: [`NEG_ONE_CELL`] (10) is -1, `0..=9` themselves.
/// Branch-free, so that loops over cells stay simple.
///
/// ```
/// use batt_runtime::dsl::cell_integer;
/// assert_eq!((cell_integer(0), cell_integer(9), cell_integer(10)), (0, 9, -1));
/// ```
#[inline]
pub fn cell_integer(cell: Color) -> Integer {
    Integer::from(cell) - 11 * Integer::from(cell == NEG_ONE_CELL)
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

/// Holds a value for [`try_dsl!`](crate::try_dsl), which tells `Option`s from plain values.
#[doc(hidden)]
pub struct Probe<T>(pub std::cell::Cell<Option<T>>);

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
        (&$crate::dsl::Probe(::std::cell::Cell::new(::std::option::Option::Some($e)))).probe()?
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The set of `items` the plain way: sorted, deduplicated.
    fn naive(mut items: Vec<i32>) -> Vec<i32> {
        items.sort();
        items.dedup();
        items
    }

    proptest! {
        /// Runs of every length and number (merged or sorted), repeats within and across
        /// runs, empty and single runs: always the sorted, deduplicated items.
        #[test]
        fn new_is_sorted_and_deduplicated(
            runs in prop::collection::vec(prop::collection::vec(-20i32..20, 0..12), 0..40),
        ) {
            let items: Vec<i32> = runs
                .into_iter()
                .flat_map(|mut run| {
                    run.sort();
                    run.dedup();
                    run
                })
                .collect();
            let set = FrozenSet::new(items.clone());
            prop_assert_eq!(set.as_slice(), &naive(items)[..]);
        }

        /// `mapply` of functions giving sets over a set (and a tuple), and `merge`: the union of the sets,
        /// merged straight from them, and the one non-empty set itself, shared.
        #[test]
        fn mapply_of_sets_is_their_union(
            sets in prop::collection::vec(prop::collection::vec(-20i32..20, 0..10), 0..8),
        ) {
            use crate::dsl::{mapply, merge};
            let sets: Vec<FrozenSet<i32>> = sets.into_iter().map(FrozenSet::new).collect();
            let want = naive(sets.iter().flat_map(|s| s.iter().copied()).collect());
            let by_set: FrozenSet<FrozenSet<i32>> = sets.iter().cloned().collect();
            let want_by_set =
                naive(by_set.iter().flat_map(|s| s.iter().copied()).collect());
            let (borrowed, owned) =
                (mapply(|s: FrozenSet<i32>| s, &by_set), mapply(|s: FrozenSet<i32>| s, by_set.clone()));
            prop_assert_eq!(borrowed.as_slice(), &want_by_set[..]);
            prop_assert_eq!(owned.as_slice(), &want_by_set[..]);
            let merged = merge(&by_set);
            prop_assert_eq!(merged.as_slice(), &want_by_set[..]);
            let refs = FrozenSet::union_all(&sets.iter().collect::<Vec<_>>());
            prop_assert_eq!(refs.as_slice(), &want[..]);
            // Over a tuple, a tuple: every item in order.
            let in_order: Vec<i32> = sets.iter().flat_map(|s| s.iter().copied()).collect();
            prop_assert_eq!(mapply(|s: FrozenSet<i32>| s, &sets), in_order.clone());
            prop_assert_eq!(merge(&sets), in_order);
            if let [only] = sets.iter().filter(|s| !s.is_empty()).collect::<Vec<_>>()[..] {
                let with_empties = [FrozenSet::empty(), only.clone(), FrozenSet::empty()];
                let u = FrozenSet::union_all(&with_empties.iter().collect::<Vec<_>>());
                prop_assert!(Arc::ptr_eq(&u.buf, &only.buf) && u == *only);
            }
        }

        /// `combine` of a set with a set, a sorted tuple and any tuple: the set of all items,
        /// and the set itself, shared, when the other adds nothing.
        #[test]
        fn combine_is_the_union(
            a in prop::collection::vec(-30i32..30, 0..40),
            b in prop::collection::vec(-30i32..30, 0..40),
        ) {
            use crate::dsl::combine;
            let (sa, sb) = (FrozenSet::new(a.clone()), FrozenSet::new(b.clone()));
            let want = naive([a.clone(), b.clone()].concat());
            let (x, y, z) = (combine(&sa, &sb), combine(&sa, sb.as_slice().to_vec()), combine(&sa, b));
            prop_assert_eq!(x.as_slice(), &want[..]);
            prop_assert_eq!(y.as_slice(), &want[..]);
            prop_assert_eq!(z.as_slice(), &want[..]);
            let same = combine(&sa, &FrozenSet::new(a.iter().copied().step_by(2).collect()));
            prop_assert!(Arc::ptr_eq(&same.buf, &sa.buf) && same == sa);
        }

        /// `difference` of a set and a set, a sorted tuple or any tuple: the set's items not
        /// among the other's, and the set itself, shared, when none is; `contained` agrees.
        #[test]
        fn difference_is_what_is_left(
            a in prop::collection::vec(-30i32..30, 0..40),
            b in prop::collection::vec(-30i32..30, 0..40),
        ) {
            use crate::dsl::{contained, difference};
            let (sa, sb) = (FrozenSet::new(a.clone()), FrozenSet::new(b.clone()));
            let want: Vec<i32> =
                sa.iter().copied().filter(|x| !b.contains(x)).collect();
            let (x, y) = (difference(&sa, &sb), difference(&sa, sb.as_slice().to_vec()));
            let z = difference(&sa, b.clone());
            prop_assert_eq!(x.as_slice(), &want[..]);
            prop_assert_eq!(y.as_slice(), &want[..]);
            prop_assert_eq!(z.as_slice(), &want[..]);
            let none = difference(&sa, vec![100, -100]);
            prop_assert!(Arc::ptr_eq(&none.buf, &sa.buf) && none == sa);
            for v in -31..31 {
                prop_assert_eq!(contained(v, &sa), a.contains(&v));
            }
        }

        #[test]
        fn new_of_any_items(items in prop::collection::vec(-50i32..50, 0..200)) {
            let set = FrozenSet::new(items.clone());
            prop_assert_eq!(set.as_slice(), &naive(items)[..]);
        }
    }

    #[test]
    fn merge_runs_merges_an_odd_number_of_runs() {
        let mut ends = [3, 5, 8];
        let (merged, mid) = merge_runs(vec![1, 4, 9, 2, 4, 0, 9, 10], &mut ends);
        assert_eq!((&merged[..mid], &merged[mid..]), (&[1, 2, 4, 9][..], &[0, 9, 10][..]));
        let five = vec![5, 1, 4, 2, 3, 0];
        let mut ends = [1, 3, 4, 5, 6];
        let (merged, mid) = merge_runs(five, &mut ends);
        assert_eq!((&merged[..mid], &merged[mid..]), (&[1, 2, 3, 4, 5][..], &[0][..]));
    }
}
