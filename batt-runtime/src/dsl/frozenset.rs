//! [`FrozenSet`], arc-dsl's frozenset: items sorted and deduplicated in one shared slice,
//! and the merges and shared-slice builders that make sets.

use std::fmt;
use std::sync::Arc;

use super::types::{Cell, IntegerTuple};

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
