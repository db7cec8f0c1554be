//! Items of pairs and tuples: [`first`] and [`second`] (of samples, pairs and containers),
//! and the tuple primitives [`dedupe`], [`difference_tuple`], [`get_nth_t`], [`get_nth_f`].

use super::containers::Container;
use super::frozenset::FrozenSet;
use super::types::Integer;
#[cfg(doc)]
use crate::grid::Color;
use crate::grid::Grid;
use crate::samples::Sample;

/// Containers and pairs with a first item (see [`first`]).
pub trait First {
    /// What `first` gives.
    type Output;
    /// The first item.
    fn first_item(self) -> Self::Output;
}

/// Containers and pairs with a second item (see [`second`]).
pub trait Second {
    /// What `second` gives.
    type Output;
    /// The second item.
    fn second_item(self) -> Self::Output;
}

impl First for &Sample {
    type Output = Grid;
    fn first_item(self) -> Grid {
        self.input.clone()
    }
}

impl Second for &Sample {
    type Output = Grid;
    fn second_item(self) -> Grid {
        self.output.clone()
    }
}

impl First for Sample {
    type Output = Grid;
    fn first_item(self) -> Grid {
        self.input
    }
}

impl Second for Sample {
    type Output = Grid;
    fn second_item(self) -> Grid {
        self.output
    }
}

impl<A, B> First for (A, B) {
    type Output = A;
    fn first_item(self) -> A {
        self.0
    }
}

impl<A, B> Second for (A, B) {
    type Output = B;
    fn second_item(self) -> B {
        self.1
    }
}

impl<A: Clone, B> First for &(A, B) {
    type Output = A;
    fn first_item(self) -> A {
        self.0.clone()
    }
}

impl<A, B: Clone> Second for &(A, B) {
    type Output = B;
    fn second_item(self) -> B {
        self.1.clone()
    }
}

impl<T: Clone> First for &[T] {
    type Output = Option<T>;
    fn first_item(self) -> Option<T> {
        self.first().cloned()
    }
}

impl<T: Clone> Second for &[T] {
    type Output = Option<T>;
    fn second_item(self) -> Option<T> {
        self.get(1).cloned()
    }
}

impl<T: Clone> First for &Vec<T> {
    type Output = Option<T>;
    fn first_item(self) -> Option<T> {
        self.as_slice().first_item()
    }
}

impl<T: Clone> Second for &Vec<T> {
    type Output = Option<T>;
    fn second_item(self) -> Option<T> {
        self.as_slice().second_item()
    }
}

impl<T> First for Vec<T> {
    type Output = Option<T>;
    fn first_item(self) -> Option<T> {
        self.into_iter().next()
    }
}

impl<T> Second for Vec<T> {
    type Output = Option<T>;
    fn second_item(self) -> Option<T> {
        self.into_iter().nth(1)
    }
}

/// The first item of a container: a sample's input, a pair's first element.
///
/// ```
/// use batt_runtime::prelude::*;
/// let s = Sample::new(Grid::from_rows(&[[1]]).unwrap(), Grid::from_rows(&[[2]]).unwrap());
/// assert_eq!(first(&s).cells(), &[1]);
/// assert_eq!(first(&vec![4, 5]), Some(4));
/// assert_eq!(first(Vec::<Integer>::new()), None);
/// ```
pub fn first<C: First>(container: C) -> C::Output {
    container.first_item()
}

/// The second item of a container: a sample's output, a pair's second element.
///
/// ```
/// use batt_runtime::prelude::*;
/// let s = Sample::new(Grid::from_rows(&[[1]]).unwrap(), Grid::from_rows(&[[2]]).unwrap());
/// assert_eq!(second(&s).cells(), &[2]);
/// assert_eq!(second((1, "b")), "b");
/// assert_eq!(second(&vec![4]), None);
/// ```
pub fn second<C: Second>(container: C) -> C::Output {
    container.second_item()
}

/// The items of a tuple without repeats, each where it first occurs (the rows of a grid).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(dedupe(&vec![3, 1, 3, 2, 1]), vec![3, 1, 2]);
/// ```
pub fn dedupe<C: Container>(tuple: C) -> Vec<C::Elem>
where
    C::Elem: PartialEq,
{
    let tuple = tuple.elems();
    let mut out: Vec<C::Elem> = Vec::with_capacity(tuple.len());
    for item in tuple.iter() {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

/// The items of `a` that are not in `b`, in `a`'s order (repeats kept).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(difference_tuple(&vec![1, 2, 3, 2], &vec![3]), vec![1, 2, 2]);
/// ```
pub fn difference_tuple<T, A, B>(a: A, b: B) -> Vec<T>
where
    T: PartialEq + Clone,
    A: AsRef<[T]>,
    B: AsRef<[T]>,
{
    let b = b.as_ref();
    a.as_ref().iter().filter(|x| !b.contains(x)).cloned().collect()
}

/// The item of a set at `rank` in ascending order (negative ranks count from the end), or
/// `None` out of range.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(get_nth_f(IntegerSet::from([5, 3]), 0), Some(3));
/// ```
pub fn get_nth_f<T: Clone + Ord, S: std::borrow::Borrow<FrozenSet<T>>>(
    container: S,
    rank: Integer,
) -> Option<T> {
    get_nth_t(container.borrow().as_slice(), rank)
}

/// The item at `rank` (negative ranks count from the end), or `None` out of range.
///
/// ```
/// use batt_runtime::prelude::*;
/// let t = vec![4, 5, 6];
/// assert_eq!(get_nth_t(&t, 0), Some(4));
/// assert_eq!(get_nth_t(&t, -1), Some(6));
/// assert_eq!(get_nth_t(&t, 3), None);
/// ```
pub fn get_nth_t<T: Clone, A: AsRef<[T]>>(tuple: A, rank: Integer) -> Option<T> {
    let tuple = tuple.as_ref();
    let len = tuple.len() as i64;
    let index = if rank < 0 { len + i64::from(rank) } else { i64::from(rank) };
    usize::try_from(index).ok().and_then(|i| tuple.get(i)).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsl::{apply, mapply, p_g};
    use crate::grid::Color;
    use crate::samples::Samples;

    fn grid(rows: &[&[Color]]) -> Grid {
        Grid::from_rows(rows).unwrap()
    }

    #[test]
    #[allow(clippy::needless_borrows_for_generic_args, reason = "the `&` spelling is tested")]
    fn pattern_lines_compile_in_every_spelling() {
        let s: Samples = vec![
            Sample::new(grid(&[&[1, 2]]), grid(&[&[3]])),
            Sample::new(grid(&[&[2, 0]]), grid(&[&[4, 4]])),
        ]
        .into();
        let samples = &s;
        let x1 = apply(first, samples);
        let x2 = apply(second, &samples);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, x2.clone());
        assert_eq!(x1, vec![s[0].input.clone(), s[1].input.clone()]);
        assert_eq!(x2, vec![s[0].output.clone(), s[1].output.clone()]);
        assert_eq!(x3, vec![1, 2, 0, 2]);
        assert_eq!(x4, vec![3, 4]);
        assert!(x1[0].shares_cells_with(&s[0].input));
        let owned = apply(first, s.clone());
        assert_eq!(owned, x1);
    }

    #[test]
    fn consumers_follow_arc_dsl() {
        let x3: Vec<Color> = vec![0, 1, 0, 2];
        let x4: Vec<Color> = vec![0, 1, 5, 0, 5];
        let new = difference_tuple(dedupe(&x4), dedupe(&x3));
        assert_eq!(new, vec![5]);
        assert_eq!(get_nth_t(new, 0), Some(5));
        assert_eq!(get_nth_t(Vec::<Color>::new(), 0), None);
        assert_eq!(get_nth_t(&x4, -5), Some(0));
        assert_eq!(get_nth_t(&x4, -6), None);
        assert_eq!(get_nth_t(&x4, Integer::MIN), None);
    }
}
