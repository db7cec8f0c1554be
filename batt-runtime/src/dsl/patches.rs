//! Patches (objects and indices) and pieces (grids and patches): their geometry.
//!
//! Functions whose result is a number or a location of a patch (`uppermost`, `ulcorner`,
//! `center`, `manhattan`, ...), and `inbox`, `outbox`, `corners` and the mirrors, give `None`
//! for an empty patch, where arc-dsl fails; `backdrop`, `delta` and `box` give the empty set,
//! as arc-dsl does; the predicates `bordering` and `adjacent` give `false` (where arc-dsl
//! fails). Lines and boxes longer than
//! 4096 cells on a side (far beyond any grid) are the empty set rather than a memory
//! exhaustion, and coordinates wrap rather than overflow.

use super::gridlike::GridLike;
use std::sync::Arc;

use super::args::{IntoColor, IntoPair};
use super::frozenset::{FrozenSet, arc_with};
use super::types::{Cell, Indices, Integer, IntegerTuple, Object};
use crate::grid::Grid;

/// A patch of arc-dsl: an [`Object`] (coloured cells) or [`Indices`] (locations), owned or
/// borrowed.
pub trait Patch {
    /// The owned patch of the same kind.
    type Owned: Clone + Patch;
    /// The locations, ascending for indices (an object's may repeat).
    fn locs(&self) -> impl Iterator<Item = IntegerTuple> + '_;
    /// The number of items (cells or locations).
    fn patch_len(&self) -> usize;
    /// The same patch with each location moved by `f` (colours kept).
    fn map_locs(&self, f: impl Fn(IntegerTuple) -> IntegerTuple) -> Self::Owned;
    /// Whether [`locs`](Patch::locs) are strictly ascending: always for indices, for an
    /// object of one colour (its cells are then in location order), never known for tuples.
    fn locs_ascending(&self) -> bool;
    /// The locations as a set.
    fn to_indices(&self) -> Indices;
    /// The coloured cells, where the patch is an object.
    fn object_cells(&self) -> Option<&[Cell]>;
}

impl Patch for Object {
    type Owned = Object;
    fn locs(&self) -> impl Iterator<Item = IntegerTuple> + '_ {
        self.iter().map(|&(_, loc)| loc)
    }
    fn patch_len(&self) -> usize {
        self.len()
    }
    fn map_locs(&self, f: impl Fn(IntegerTuple) -> IntegerTuple) -> Object {
        FrozenSet::from_arc(map_in_place(self.as_slice(), |(v, loc)| (v, f(loc))))
    }
    fn locs_ascending(&self) -> bool {
        // Cells are ordered by colour first: one colour when the first and last share it.
        match (self.as_slice().first(), self.as_slice().last()) {
            (Some(a), Some(b)) => a.0 == b.0,
            _ => true,
        }
    }
    fn to_indices(&self) -> Indices {
        in_locs_order(cell_locs(self.as_slice()), self.locs_ascending())
    }
    fn object_cells(&self) -> Option<&[Cell]> {
        Some(self.as_slice())
    }
}

impl Patch for Indices {
    type Owned = Indices;
    fn locs(&self) -> impl Iterator<Item = IntegerTuple> + '_ {
        self.iter().copied()
    }
    fn patch_len(&self) -> usize {
        self.len()
    }
    fn map_locs(&self, f: impl Fn(IntegerTuple) -> IntegerTuple) -> Indices {
        FrozenSet::from_arc(map_in_place(self.as_slice(), f))
    }
    fn locs_ascending(&self) -> bool {
        true
    }
    fn to_indices(&self) -> Indices {
        self.clone()
    }
    fn object_cells(&self) -> Option<&[Cell]> {
        None
    }
}

/// A copy of `items` with `f` applied to each: one allocation, the copy changed in place.
fn map_in_place<T: Copy>(items: &[T], f: impl Fn(T) -> T) -> Arc<[T]> {
    let mut out: Arc<[T]> = Arc::from(items);
    for x in Arc::get_mut(&mut out).expect("a fresh copy is not shared") {
        *x = f(*x);
    }
    out
}

/// The set of items laid out in the order of a patch's locations: taken as they are where
/// those are `ascending` ([`Patch::locs_ascending`]), sorted otherwise.
fn in_locs_order<T: Ord + Clone>(items: Arc<[T]>, ascending: bool) -> FrozenSet<T> {
    match ascending {
        true => FrozenSet::from_sorted_arc(items),
        false => FrozenSet::from_arc(items),
    }
}

/// The locations of some cells, in their order, in one allocation.
fn cell_locs(cells: &[Cell]) -> Arc<[IntegerTuple]> {
    arc_with(cells.len(), |out| {
        for (o, &(_, loc)) in out.iter_mut().zip(cells) {
            *o = loc;
        }
    })
}

/// A tuple of cells (as `merge` or `mpapply` give over tuples) is a patch too; moved, it
/// becomes an [`Object`].
impl Patch for Vec<Cell> {
    type Owned = Object;
    fn locs(&self) -> impl Iterator<Item = IntegerTuple> + '_ {
        self.iter().map(|&(_, loc)| loc)
    }
    fn patch_len(&self) -> usize {
        self.len()
    }
    fn map_locs(&self, f: impl Fn(IntegerTuple) -> IntegerTuple) -> Object {
        FrozenSet::from_arc(map_in_place(self, |(v, loc)| (v, f(loc))))
    }
    fn locs_ascending(&self) -> bool {
        false
    }
    fn to_indices(&self) -> Indices {
        FrozenSet::from_arc(cell_locs(self))
    }
    fn object_cells(&self) -> Option<&[Cell]> {
        Some(self)
    }
}

/// A tuple of locations is a patch too; moved, it becomes [`Indices`].
impl Patch for Vec<IntegerTuple> {
    type Owned = Indices;
    fn locs(&self) -> impl Iterator<Item = IntegerTuple> + '_ {
        self.iter().copied()
    }
    fn patch_len(&self) -> usize {
        self.len()
    }
    fn map_locs(&self, f: impl Fn(IntegerTuple) -> IntegerTuple) -> Indices {
        FrozenSet::from_arc(map_in_place(self, f))
    }
    fn locs_ascending(&self) -> bool {
        false
    }
    fn to_indices(&self) -> Indices {
        FrozenSet::from_arc(Arc::from(self.as_slice()))
    }
    fn object_cells(&self) -> Option<&[Cell]> {
        None
    }
}

/// A pair of locations (as `astuple` of two corners gives) is a patch of those locations.
impl Patch for (IntegerTuple, IntegerTuple) {
    type Owned = Indices;
    fn locs(&self) -> impl Iterator<Item = IntegerTuple> + '_ {
        [self.0, self.1].into_iter()
    }
    fn patch_len(&self) -> usize {
        2
    }
    fn map_locs(&self, f: impl Fn(IntegerTuple) -> IntegerTuple) -> Indices {
        FrozenSet::new(vec![f(self.0), f(self.1)])
    }
    fn locs_ascending(&self) -> bool {
        self.0 < self.1
    }
    fn to_indices(&self) -> Indices {
        FrozenSet::new(vec![self.0, self.1])
    }
    fn object_cells(&self) -> Option<&[Cell]> {
        None
    }
}

impl<P: Patch + ?Sized> Patch for &P {
    type Owned = P::Owned;
    fn locs(&self) -> impl Iterator<Item = IntegerTuple> + '_ {
        (**self).locs()
    }
    fn patch_len(&self) -> usize {
        (**self).patch_len()
    }
    fn map_locs(&self, f: impl Fn(IntegerTuple) -> IntegerTuple) -> P::Owned {
        (**self).map_locs(f)
    }
    fn locs_ascending(&self) -> bool {
        (**self).locs_ascending()
    }
    fn to_indices(&self) -> Indices {
        (**self).to_indices()
    }
    fn object_cells(&self) -> Option<&[Cell]> {
        (**self).object_cells()
    }
}

/// A piece of arc-dsl: a [`Grid`] or a [`Patch`], owned or borrowed.
pub trait Piece {
    /// `(height, width)`: of the grid, or of the patch's bounding box (`(0, 0)` when empty).
    fn dims(&self) -> IntegerTuple;
    /// The number of rows of a grid, of items of a patch.
    fn piece_len(&self) -> usize;
}

impl Piece for Grid {
    fn dims(&self) -> IntegerTuple {
        (self.height() as Integer, self.width() as Integer)
    }
    fn piece_len(&self) -> usize {
        self.height()
    }
}

/// A tuple of rows: its number of rows and the length of the first.
impl<T> Piece for Vec<Vec<T>> {
    fn dims(&self) -> IntegerTuple {
        (self.len() as Integer, self.first().map_or(0, Vec::len) as Integer)
    }
    fn piece_len(&self) -> usize {
        self.len()
    }
}

/// The bounding box `(top, left, bottom, right)` of some locations.
fn bounds(
    locs: impl Iterator<Item = IntegerTuple>,
) -> Option<(Integer, Integer, Integer, Integer)> {
    locs.fold(None, |acc, (i, j)| match acc {
        None => Some((i, j, i, j)),
        Some((a, b, c, d)) => Some((a.min(i), b.min(j), c.max(i), d.max(j))),
    })
}

macro_rules! patch_piece {
    ($t:ty) => {
        impl Piece for $t {
            fn dims(&self) -> IntegerTuple {
                bounds(self.locs()).map_or((0, 0), |(a, b, c, d)| {
                    (c.wrapping_sub(a).wrapping_add(1), d.wrapping_sub(b).wrapping_add(1))
                })
            }
            fn piece_len(&self) -> usize {
                self.patch_len()
            }
        }
    };
}
patch_piece!(Object);
patch_piece!(Indices);

impl<P: Piece + ?Sized> Piece for &P {
    fn dims(&self) -> IntegerTuple {
        (**self).dims()
    }
    fn piece_len(&self) -> usize {
        (**self).piece_len()
    }
}

/// The locations of a patch.
///
/// ```
/// use batt_runtime::prelude::*;
/// let o: Object = [(1, (0, 1)), (2, (1, 0))].into();
/// assert_eq!(toindices(&o), Indices::from([(0, 1), (1, 0)]));
/// ```
pub fn toindices<P: Patch>(patch: P) -> Indices {
    patch.to_indices()
}

/// The object of the patch's locations, all in colour `value`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let i: Indices = [(0, 0), (1, 1)].into();
/// assert_eq!(recolor(3, &i), Object::from([(3, (0, 0)), (3, (1, 1))]));
/// ```
pub fn recolor<C: IntoColor, P: Patch>(value: C, patch: P) -> Object {
    let v = value.into_color();
    // One colour: the cells are in the order of the locations, a set's order where those
    // are strictly ascending.
    let cells = arc_with(patch.patch_len(), |out| {
        for (o, loc) in out.iter_mut().zip(patch.locs()) {
            *o = (v, loc);
        }
    });
    in_locs_order(cells, patch.locs_ascending())
}

/// The patch moved by `directions` (a `(rows, columns)` offset).
///
/// ```
/// use batt_runtime::prelude::*;
/// let i: Indices = [(0, 0), (1, 1)].into();
/// assert_eq!(shift(&i, (2, -1)), Indices::from([(2, -1), (3, 0)]));
/// ```
pub fn shift<P: Patch, D: IntoPair>(patch: P, directions: D) -> P::Owned {
    let (di, dj) = directions.into_pair();
    patch.map_locs(|(i, j)| (i.wrapping_add(di), j.wrapping_add(dj)))
}

/// The patch moved so that its bounding box starts at the origin.
///
/// ```
/// use batt_runtime::prelude::*;
/// let o: Object = [(1, (2, 3)), (1, (3, 5))].into();
/// assert_eq!(normalize(&o), Object::from([(1, (0, 0)), (1, (1, 2))]));
/// ```
pub fn normalize<P: Patch>(patch: P) -> P::Owned {
    match bounds(patch.locs()) {
        None => patch.map_locs(|l| l),
        Some((a, b, _, _)) => patch.map_locs(|(i, j)| (i.wrapping_sub(a), j.wrapping_sub(b))),
    }
}

/// The four orthogonal neighbours of a location.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(dneighbors((1, 1)), Indices::from([(0, 1), (2, 1), (1, 0), (1, 2)]));
/// ```
pub fn dneighbors<L: IntoPair>(loc: L) -> Indices {
    let (i, j) = loc.into_pair();
    let (u, d, l, r) = (i.wrapping_sub(1), i.wrapping_add(1), j.wrapping_sub(1), j.wrapping_add(1));
    FrozenSet::from_arc(Arc::from([(u, j), (i, l), (i, r), (d, j)]))
}

/// The four diagonal neighbours of a location.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(ineighbors((1, 1)), Indices::from([(0, 0), (0, 2), (2, 0), (2, 2)]));
/// ```
pub fn ineighbors<L: IntoPair>(loc: L) -> Indices {
    let (i, j) = loc.into_pair();
    let (u, d, l, r) = (i.wrapping_sub(1), i.wrapping_add(1), j.wrapping_sub(1), j.wrapping_add(1));
    FrozenSet::from_arc(Arc::from([(u, l), (u, r), (d, l), (d, r)]))
}

/// The eight neighbours of a location.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(size(neighbors((0, 0))), 8);
/// ```
pub fn neighbors<L: IntoPair>(loc: L) -> Indices {
    let (i, j) = loc.into_pair();
    let (u, d, l, r) = (i.wrapping_sub(1), i.wrapping_add(1), j.wrapping_sub(1), j.wrapping_add(1));
    FrozenSet::from_arc(Arc::from([(u, l), (u, j), (u, r), (i, l), (i, r), (d, l), (d, j), (d, r)]))
}

/// The top row of a patch; `None` when empty.
///
/// ```
/// use batt_runtime::prelude::*;
/// let i: Indices = [(2, 5), (4, 1)].into();
/// assert_eq!((uppermost(&i), lowermost(&i), leftmost(&i), rightmost(&i)), (Some(2), Some(4), Some(1), Some(5)));
/// assert_eq!(uppermost(Indices::empty()), None);
/// ```
pub fn uppermost<P: Patch>(patch: P) -> Option<Integer> {
    patch.locs().map(|(i, _)| i).min()
}

/// The bottom row of a patch; `None` when empty.
pub fn lowermost<P: Patch>(patch: P) -> Option<Integer> {
    patch.locs().map(|(i, _)| i).max()
}

/// The leftmost column of a patch; `None` when empty.
pub fn leftmost<P: Patch>(patch: P) -> Option<Integer> {
    patch.locs().map(|(_, j)| j).min()
}

/// The rightmost column of a patch; `None` when empty.
pub fn rightmost<P: Patch>(patch: P) -> Option<Integer> {
    patch.locs().map(|(_, j)| j).max()
}

/// The upper left corner of a patch's bounding box; `None` when empty.
///
/// ```
/// use batt_runtime::prelude::*;
/// let i: Indices = [(2, 5), (4, 1)].into();
/// assert_eq!(ulcorner(&i), Some((2, 1)));
/// assert_eq!(urcorner(&i), Some((2, 5)));
/// assert_eq!(llcorner(&i), Some((4, 1)));
/// assert_eq!(lrcorner(&i), Some((4, 5)));
/// ```
pub fn ulcorner<P: Patch>(patch: P) -> Option<IntegerTuple> {
    bounds(patch.locs()).map(|(a, b, _, _)| (a, b))
}

/// The upper right corner of a patch's bounding box; `None` when empty.
pub fn urcorner<P: Patch>(patch: P) -> Option<IntegerTuple> {
    bounds(patch.locs()).map(|(a, _, _, d)| (a, d))
}

/// The lower left corner of a patch's bounding box; `None` when empty.
pub fn llcorner<P: Patch>(patch: P) -> Option<IntegerTuple> {
    bounds(patch.locs()).map(|(_, b, c, _)| (c, b))
}

/// The lower right corner of a patch's bounding box; `None` when empty.
pub fn lrcorner<P: Patch>(patch: P) -> Option<IntegerTuple> {
    bounds(patch.locs()).map(|(_, _, c, d)| (c, d))
}

/// The height of a grid, or of a patch's bounding box (0 when empty).
///
/// ```
/// use batt_runtime::prelude::*;
/// let i: Indices = [(2, 5), (4, 1)].into();
/// assert_eq!((height(&i), width(&i), shape(&i)), (3, 5, (3, 5)));
/// ```
pub fn height<P: Piece>(piece: P) -> Integer {
    piece.dims().0
}

/// The width of a grid, or of a patch's bounding box (0 when empty).
pub fn width<P: Piece>(piece: P) -> Integer {
    piece.dims().1
}

/// `(height, width)` of a grid or of a patch's bounding box.
pub fn shape<P: Piece>(piece: P) -> IntegerTuple {
    piece.dims()
}

/// Whether a piece is taller than wide.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(portrait(Indices::from([(0, 0), (1, 0)])));
/// ```
pub fn portrait<P: Piece>(piece: P) -> bool {
    let (h, w) = piece.dims();
    h > w
}

/// Whether a grid is square, or a patch fills a square bounding box.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(square(Indices::from([(0, 0), (0, 1), (1, 0), (1, 1)])));
/// assert!(!square(Indices::from([(0, 0), (1, 1)])));
/// ```
pub fn square<P: Piece + IsGrid>(piece: P) -> bool {
    let (h, w) = piece.dims();
    if piece.is_grid() {
        h == w
    } else {
        i64::from(h) * i64::from(w) == piece.piece_len() as i64 && h == w
    }
}

/// Tells grids from patches (for [`square`]).
pub trait IsGrid {
    /// Whether this is a grid.
    fn is_grid(&self) -> bool {
        false
    }
}
impl IsGrid for Grid {
    fn is_grid(&self) -> bool {
        true
    }
}
impl IsGrid for Object {}
impl IsGrid for Indices {}
impl<P: IsGrid + ?Sized> IsGrid for &P {
    fn is_grid(&self) -> bool {
        (**self).is_grid()
    }
}

/// Whether a patch is a vertical line.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(vline(Indices::from([(0, 2), (1, 2)])));
/// assert!(!hline(Indices::from([(0, 2), (1, 2)])));
/// ```
pub fn vline<P: Patch + Piece>(patch: P) -> bool {
    let (h, w) = patch.dims();
    h == patch.patch_len() as Integer && w == 1
}

/// Whether a patch is a horizontal line.
pub fn hline<P: Patch + Piece>(patch: P) -> bool {
    let (h, w) = patch.dims();
    w == patch.patch_len() as Integer && h == 1
}

/// Whether the patches share a row.
///
/// ```
/// use batt_runtime::prelude::*;
/// let a: Indices = [(0, 0)].into();
/// assert!(hmatching(&a, Indices::from([(0, 5)])));
/// assert!(!vmatching(&a, Indices::from([(0, 5)])));
/// ```
pub fn hmatching<A: Patch, B: Patch>(a: A, b: B) -> bool {
    a.locs().any(|(i, _)| b.locs().any(|(k, _)| i == k))
}

/// Whether the patches share a column.
pub fn vmatching<A: Patch, B: Patch>(a: A, b: B) -> bool {
    a.locs().any(|(_, j)| b.locs().any(|(_, l)| j == l))
}

/// The smallest Manhattan distance between a location of `a` and one of `b`; `None` when
/// either is empty.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(manhattan(Indices::from([(0, 0)]), Indices::from([(2, 3), (1, 1)])), Some(2));
/// ```
pub fn manhattan<A: Patch, B: Patch>(a: A, b: B) -> Option<Integer> {
    let d = |x: Integer, y: Integer| (i64::from(x) - i64::from(y)).abs();
    let best = a
        .locs()
        .take_while(|_| !crate::deadline::expired())
        .flat_map(|(ai, aj)| b.locs().map(move |(bi, bj)| d(ai, bi) + d(aj, bj)))
        .min()?;
    Some(best.min(i64::from(Integer::MAX)) as Integer)
}

/// Whether the patches are at Manhattan distance 1; `None` when either is empty (where
/// arc-dsl's `manhattan` raises).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(adjacent(Indices::from([(0, 0)]), Indices::from([(0, 1)])), Some(true));
/// assert_eq!(adjacent(Indices::from([(0, 0)]), Indices::from([(1, 1)])), Some(false));
/// assert_eq!(adjacent(Indices::empty(), Indices::from([(1, 1)])), None);
/// ```
pub fn adjacent<A: Patch, B: Patch>(a: A, b: B) -> Option<bool> {
    manhattan(a, b).map(|d| d == 1)
}

/// Whether a patch touches the border of the grid; `None` when the patch is empty (where
/// arc-dsl's `uppermost` raises) or the grid is a tuple of rows that is no grid.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0, 0], [0, 0, 0], [0, 0, 0]]).unwrap();
/// assert_eq!(bordering(Indices::from([(0, 1)]), &g), Some(true));
/// assert_eq!(bordering(Indices::from([(1, 1)]), &g), Some(false));
/// assert_eq!(bordering(Indices::empty(), &g), None);
/// ```
pub fn bordering<P: Patch, G: GridLike>(patch: P, grid: G) -> Option<bool> {
    let g = grid.to_grid()?;
    let (a, b, c, d) = bounds(patch.locs())?;
    Some(a == 0 || b == 0 || c == g.height() as Integer - 1 || d == g.width() as Integer - 1)
}

/// The mean location (rounded down) of a patch's locations; `None` when empty.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(centerofmass(Indices::from([(0, 0), (1, 3)])), Some((0, 1)));
/// ```
pub fn centerofmass<P: Patch>(patch: P) -> Option<IntegerTuple> {
    let idx = patch.to_indices();
    let n = idx.len() as Integer;
    if n == 0 {
        return None;
    }
    let (si, sj) =
        idx.iter().fold((0i64, 0i64), |(a, b), &(i, j)| (a + i64::from(i), b + i64::from(j)));
    let n = i64::from(n);
    Some((si.div_euclid(n) as Integer, sj.div_euclid(n) as Integer))
}

/// The centre of a patch's bounding box (rounded towards the upper left); `None` when empty.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(center(Indices::from([(0, 0), (3, 2)])), Some((2, 1)));
/// ```
pub fn center<P: Patch>(patch: P) -> Option<IntegerTuple> {
    let mid = |a: Integer, c: Integer| {
        let (a, c) = (i64::from(a), i64::from(c));
        (a + (c - a + 1) / 2) as Integer
    };
    bounds(patch.locs()).map(|(a, b, c, d)| (mid(a, c), mid(b, d)))
}

/// The direction from `a` to `b`, from their centres; `None` when either is empty.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(position(Indices::from([(0, 0)]), Indices::from([(0, 4)])), Some((0, 1)));
/// assert_eq!(position(Indices::from([(3, 3)]), Indices::from([(0, 4)])), Some((-1, 1)));
/// ```
pub fn position<A: Patch, B: Patch>(a: A, b: B) -> Option<IntegerTuple> {
    let (ia, ja) = center(a)?;
    let (ib, jb) = center(b)?;
    let dj = if ja < jb { 1 } else { -1 };
    Some(if ia == ib {
        (0, dj)
    } else if ja == jb {
        (if ia < ib { 1 } else { -1 }, 0)
    } else if ia < ib {
        (1, dj)
    } else {
        (-1, dj)
    })
}

/// The four corners of a patch's bounding box; `None` for an empty patch (arc-dsl fails).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(corners(Indices::from([(0, 0), (1, 2)])), Some(Indices::from([(0, 0), (0, 2), (1, 0), (1, 2)])));
/// assert_eq!(corners(Indices::empty()), None);
/// ```
pub fn corners<P: Patch>(patch: P) -> Option<Indices> {
    let (a, b, c, d) = bounds(patch.locs())?;
    Some(FrozenSet::new(vec![(a, b), (a, d), (c, b), (c, d)]))
}

/// The line from `a` to `b` (both included) when it is horizontal, vertical or diagonal;
/// empty otherwise.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(connect((0, 0), (2, 2)), Indices::from([(0, 0), (1, 1), (2, 2)]));
/// assert_eq!(connect((0, 2), (2, 0)), Indices::from([(0, 2), (1, 1), (2, 0)]));
/// assert_eq!(connect((0, 0), (1, 2)), Indices::empty());
/// ```
pub fn connect<A: IntoPair, B: IntoPair>(a: A, b: B) -> Indices {
    let ((ai, aj), (bi, bj)) = (a.into_pair(), b.into_pair());
    let span = |x: Integer, y: Integer| (i64::from(x) - i64::from(y)).abs();
    if span(ai, bi) > MAX_SPAN || span(aj, bj) > MAX_SPAN {
        return Indices::empty();
    }
    let (si, ei, sj, ej) = (ai.min(bi), ai.max(bi), aj.min(bj), aj.max(bj));
    // Every line is built in ascending (row, column) order: from `(si, j0)`, `n` steps of
    // `(di, dj)`.
    let (n, j0, di, dj) = if ai == bi {
        (ej - sj, sj, 0, 1)
    } else if aj == bj {
        (ei - si, sj, 1, 0)
    } else if bi - ai == bj - aj {
        (ei - si, sj, 1, 1)
    } else if bi - ai == aj - bj {
        (ei - si, ej, 1, -1)
    } else {
        return Indices::empty();
    };
    FrozenSet::from_sorted_arc(arc_with(n as usize + 1, |out| {
        let (mut i, mut j) = (si, j0);
        for o in out {
            *o = (i, j);
            (i, j) = (i.wrapping_add(di), j.wrapping_add(dj));
        }
    }))
}

/// The ray of 43 cells from `start` in `direction`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let r = shoot((1, 1), UP_RIGHT);
/// assert!(contained((0, 2), &r) && contained((-41, 43), &r) && size(&r) == 43);
/// ```
pub fn shoot<A: IntoPair, B: IntoPair>(start: A, direction: B) -> Indices {
    let ((i, j), (di, dj)) = (start.into_pair(), direction.into_pair());
    let end = |x: Integer, d: Integer| Integer::try_from(i64::from(x) + 42 * i64::from(d));
    match (end(i, di), end(j, dj)) {
        (Ok(ei), Ok(ej)) => connect((i, j), (ei, ej)),
        _ => Indices::empty(),
    }
}

/// The column of 30 cells through a location.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(size(vfrontier((4, 2))), 30);
/// ```
pub fn vfrontier<L: IntoPair>(location: L) -> Indices {
    let j = location.into_pair().1;
    FrozenSet::from_sorted_arc((0..30).map(|i| (i, j)).collect())
}

/// The row of 30 cells through a location.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(contained((4, 29), hfrontier((4, 2))));
/// ```
pub fn hfrontier<L: IntoPair>(location: L) -> Indices {
    let i = location.into_pair().0;
    FrozenSet::from_sorted_arc((0..30).map(|j| (i, j)).collect())
}

/// Every location of a patch's bounding box.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(size(backdrop(Indices::from([(0, 0), (1, 2)]))), 6);
/// ```
pub fn backdrop<P: Patch>(patch: P) -> Indices {
    match bounds(patch.locs()) {
        None => Indices::empty(),
        Some((a, b, c, d)) if too_wide(a, c) || too_wide(b, d) => Indices::empty(),
        Some((a, b, c, d)) => FrozenSet::from_sorted_arc(box_locs(a, b, c, d)),
    }
}

/// Every location from `(a, b)` to `(c, d)` (not [`too_wide`]), ascending.
fn box_locs(a: Integer, b: Integer, c: Integer, d: Integer) -> Arc<[IntegerTuple]> {
    let w = (d - b + 1) as usize;
    arc_with((c - a + 1) as usize * w, |out| {
        for (row, i) in out.chunks_exact_mut(w).zip(a..=c) {
            for (o, j) in row.iter_mut().zip(b..=d) {
                *o = (i, j);
            }
        }
    })
}

/// The locations of a patch's bounding box that are not in the patch.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(delta(Indices::from([(0, 0), (1, 1)])), Indices::from([(0, 1), (1, 0)]));
/// ```
pub fn delta<P: Patch>(patch: P) -> Indices {
    let own = patch.to_indices();
    let Some((a, b, c, d)) = bounds(own.locs()) else {
        return Indices::empty();
    };
    if too_wide(a, c) || too_wide(b, d) {
        return Indices::empty();
    }
    // The box's locations in order, skipping the patch's (all inside it, in the same order).
    let n = ((c - a + 1) * (d - b + 1)) as usize - own.len();
    FrozenSet::from_sorted_arc(arc_with(n, |out| {
        let (mut mine, mut at) = (own.iter().peekable(), 0);
        for i in a..=c {
            for j in b..=d {
                if mine.peek() == Some(&&(i, j)) {
                    mine.next();
                } else {
                    out[at] = (i, j);
                    at += 1;
                }
            }
        }
    }))
}

/// The longest line, or side of a box, these functions build (far beyond any grid): longer
/// ones would only exhaust memory, and give the empty set instead.
const MAX_SPAN: i64 = 1 << 12;

/// Whether the span from `a` to `b` is longer than [`MAX_SPAN`].
fn too_wide(a: Integer, b: Integer) -> bool {
    (i64::from(b) - i64::from(a)).abs() > MAX_SPAN
}

/// The outline of the rectangle from `(si, sj)` to `(ei, ej)`.
fn outline(si: Integer, sj: Integer, ei: Integer, ej: Integer) -> Indices {
    if too_wide(si, ei) || too_wide(sj, ej) {
        return Indices::empty();
    }
    let (si, ei) = (si.min(ei), si.max(ei));
    let (sj, ej) = (sj.min(ej), sj.max(ej));
    // In ascending order: the top row, the two sides of each middle row, the bottom row
    // (one row or column when the rectangle is that thin).
    let (rows, cols) = ((ei - si + 1) as usize, (ej - sj + 1) as usize);
    if rows <= 2 || cols <= 2 {
        // Every location of the rectangle is on its outline.
        return FrozenSet::from_sorted_arc(box_locs(si, sj, ei, ej));
    }
    FrozenSet::from_sorted_arc(arc_with(2 * (rows + cols) - 4, |out| {
        let (top, rest) = out.split_at_mut(cols);
        let (middle, bottom) = rest.split_at_mut(2 * (rows - 2));
        for ((t, b), j) in top.iter_mut().zip(bottom.iter_mut()).zip(sj..=ej) {
            (*t, *b) = ((si, j), (ei, j));
        }
        for (sides, i) in middle.chunks_exact_mut(2).zip(si + 1..ei) {
            (sides[0], sides[1]) = ((i, sj), (i, ej));
        }
    }))
}

/// The outline of a patch's bounding box (empty when the patch is).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(size(r#box(Indices::from([(0, 0), (2, 2)]))), 8);
/// ```
pub fn r#box<P: Patch>(patch: P) -> Indices {
    bounds(patch.locs()).map_or_else(Indices::empty, |(a, b, c, d)| outline(a, b, c, d))
}

/// The outline one step inside a patch's bounding box; `None` for an empty patch (arc-dsl
/// fails).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(inbox(Indices::from([(0, 0), (2, 2)])), Some(Indices::from([(1, 1)])));
/// ```
pub fn inbox<P: Patch>(patch: P) -> Option<Indices> {
    let (a, b, c, d) = bounds(patch.locs())?;
    Some(outline(a.wrapping_add(1), b.wrapping_add(1), c.wrapping_sub(1), d.wrapping_sub(1)))
}

/// The outline one step outside a patch's bounding box; `None` for an empty patch (arc-dsl
/// fails).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(outbox(Indices::from([(1, 1)])).map(size), Some(8));
/// ```
pub fn outbox<P: Patch>(patch: P) -> Option<Indices> {
    let (a, b, c, d) = bounds(patch.locs())?;
    Some(outline(a.wrapping_sub(1), b.wrapping_sub(1), c.wrapping_add(1), d.wrapping_add(1)))
}

/// The offset that moves `source` next to `destination` (in line with it when they share a
/// column, else along the row), at most 42 steps; `None` when either is empty.
///
/// ```
/// use batt_runtime::prelude::*;
/// let s: Indices = [(0, 0)].into();
/// assert_eq!(gravitate(&s, Indices::from([(0, 5)])), Some((0, 4)));
/// assert_eq!(gravitate(&s, Indices::from([(6, 0)])), Some((5, 0)));
/// ```
pub fn gravitate<A: Patch, B: Patch>(source: A, destination: B) -> Option<IntegerTuple> {
    let (si, sj) = center(&source)?;
    let (di, dj) = center(&destination)?;
    let (mut i, mut j) = (0, 0);
    if vmatching(&source, &destination) {
        i = if si < di { 1 } else { -1 };
    } else {
        j = if sj < dj { 1 } else { -1 };
    }
    // The source shifted by `(oi, oj)` (as `shift` moves it) is adjacent to the destination:
    // their smallest distance is 1, without building the shifted patch.
    let adjacent_at = |oi: Integer, oj: Integer| {
        let d = |x: Integer, y: Integer| (i64::from(x) - i64::from(y)).abs();
        let mut best = i64::MAX;
        for (ai, aj) in source.locs() {
            let (ai, aj) = (ai.wrapping_add(oi), aj.wrapping_add(oj));
            for (bi, bj) in destination.locs() {
                best = best.min(d(ai, bi) + d(aj, bj));
            }
            if best == 0 {
                return false;
            }
        }
        best == 1
    };
    let (mut gi, mut gj) = (i, j);
    let mut c = 0;
    while !adjacent_at(c * i, c * j) && c < 42 {
        if crate::deadline::expired() {
            return None;
        }
        c += 1;
        gi += i;
        gj += j;
    }
    Some((gi - i, gj - j))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsl::size;

    /// arc-dsl's `box`-style outline of the rectangle from `(si, sj)` to `(ei, ej)`, naively.
    fn naive_outline(si: Integer, sj: Integer, ei: Integer, ej: Integer) -> Indices {
        let (si, ei, sj, ej) = (si.min(ei), si.max(ei), sj.min(ej), sj.max(ej));
        let mut v = Vec::new();
        for i in si..=ei {
            v.extend([(i, sj), (i, ej)]);
        }
        for j in sj..=ej {
            v.extend([(si, j), (ei, j)]);
        }
        FrozenSet::new(v)
    }

    /// Small patches, thin ones included.
    fn patches() -> Vec<Indices> {
        let mut x = 0x1234_5678_u32;
        let mut out = vec![Indices::from([(3, 3)]), Indices::from([(0, 0), (0, 4)])];
        out.push(Indices::from([(0, 0), (5, 0)]));
        for n in 1..12 {
            let v: Vec<IntegerTuple> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    ((x % 5) as Integer - 1, (x / 5 % 6) as Integer)
                })
                .collect();
            out.push(FrozenSet::new(v));
        }
        out
    }

    #[test]
    fn recolor_and_toindices_match_naive_sets() {
        // Objects of one colour and of several (where a location may repeat), indices, and
        // tuples of either, in any order.
        let mut x = 0x2545_f491_u32;
        let mut next = |n: u32| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x % n
        };
        for colours in [1, 1, 2, 3] {
            for len in [0, 1, 2, 5, 17] {
                let cells: Vec<Cell> = (0..len)
                    .map(|_| {
                        let loc = (next(4) as Integer - 1, next(5) as Integer);
                        (next(colours) as Integer, loc)
                    })
                    .collect();
                let locs: Vec<IntegerTuple> = cells.iter().map(|&(_, l)| l).collect();
                let object: Object = cells.iter().copied().collect();
                let indices: Indices = locs.iter().copied().collect();
                let naive_locs =
                    |cells: &[Cell]| -> Indices { cells.iter().map(|&(_, l)| l).collect() };
                let naive_recolor = |v: Integer,
                                     locs: &mut dyn Iterator<Item = IntegerTuple>|
                 -> Object { locs.map(|l| (v, l)).collect() };
                assert_eq!(toindices(&object), naive_locs(object.as_slice()));
                assert_eq!(toindices(&cells), naive_locs(&cells));
                assert_eq!(toindices(&locs), indices);
                for v in [-1, 0, 7] {
                    let want = naive_recolor(v, &mut object.iter().map(|&(_, l)| l));
                    assert_eq!(recolor(v, &object), want);
                    assert_eq!(
                        recolor(v, &indices),
                        naive_recolor(v, &mut indices.iter().copied())
                    );
                    assert_eq!(recolor(v, &cells), naive_recolor(v, &mut locs.iter().copied()));
                    assert_eq!(recolor(v, &locs), naive_recolor(v, &mut locs.iter().copied()));
                }
            }
        }
    }

    #[test]
    fn outlines_and_deltas_match_naive_sets() {
        for p in patches() {
            let (a, b, c, d) = bounds(p.locs()).unwrap();
            assert_eq!(r#box(&p), naive_outline(a, b, c, d), "{p:?}");
            assert_eq!(inbox(&p), Some(naive_outline(a + 1, b + 1, c - 1, d - 1)), "{p:?}");
            assert_eq!(outbox(&p), Some(naive_outline(a - 1, b - 1, c + 1, d + 1)), "{p:?}");
            let bd = backdrop(&p);
            let naive: Vec<IntegerTuple> =
                (a..=c).flat_map(|i| (b..=d).map(move |j| (i, j))).collect();
            assert_eq!(bd.as_slice(), naive.as_slice());
            let rest: Vec<IntegerTuple> =
                naive.iter().filter(|l| !p.contains(l)).copied().collect();
            assert_eq!(delta(&p).as_slice(), rest.as_slice(), "{p:?}");
        }
    }

    /// arc-dsl's `gravitate`, shifting the source step by step.
    fn naive_gravitate(source: &Indices, destination: &Indices) -> Option<IntegerTuple> {
        let (si, sj) = center(source)?;
        let (di, dj) = center(destination)?;
        let (i, j) = if vmatching(source, destination) {
            (if si < di { 1 } else { -1 }, 0)
        } else {
            (0, if sj < dj { 1 } else { -1 })
        };
        let (mut gi, mut gj, mut src, mut c) = (i, j, source.clone(), 0);
        while !adjacent(&src, destination)? && c < 42 {
            c += 1;
            gi += i;
            gj += j;
            src = shift(&src, (i, j));
        }
        Some((gi - i, gj - j))
    }

    #[test]
    fn gravitate_matches_stepwise_shifting() {
        let ps = patches();
        for a in &ps {
            for b in &ps {
                let far = shift(b, (7, 9));
                assert_eq!(gravitate(a, &far), naive_gravitate(a, &far), "{a:?} {far:?}");
                assert_eq!(gravitate(a, b), naive_gravitate(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn lines_and_neighbours_are_sorted_sets() {
        for (a, b) in [((0, 0), (0, 3)), ((4, 1), (1, 1)), ((3, 3), (0, 0)), ((0, 3), (3, 0))] {
            let line = connect(a, b);
            assert!(line.as_slice().windows(2).all(|w| w[0] < w[1]));
            assert_eq!(line.len(), 4);
            assert!(line.contains(&a) && line.contains(&b));
        }
        let n = neighbors((1, 1));
        assert_eq!(
            n,
            FrozenSet::new(
                dneighbors((1, 1)).iter().chain(ineighbors((1, 1)).iter()).copied().collect()
            )
        );
        assert_eq!(size(&n), 8);
        // Wrapped coordinates still give a sorted set.
        assert_eq!(size(dneighbors((Integer::MAX, 0))), 4);
        assert_eq!(
            recolor(2, Object::from([(1, (0, 1)), (3, (0, 0))])),
            Object::from([(2, (0, 0)), (2, (0, 1))])
        );
    }
}
