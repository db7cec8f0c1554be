//! Patches (objects and indices) and pieces (grids and patches): their geometry.
//!
//! Functions whose result is a number or a location of a patch (`uppermost`, `ulcorner`,
//! `center`, `manhattan`, ...) give `None` for an empty patch, where arc-dsl fails; functions
//! whose result is a set of locations (`backdrop`, `box`, `inbox`, ...) give the empty set,
//! and predicates (`bordering`, `adjacent`, ...) give `false`. Lines and boxes longer than
//! 4096 cells on a side (far beyond any grid) are the empty set rather than a memory
//! exhaustion, and coordinates wrap rather than overflow.

use super::types::{Cell, FrozenSet, Indices, Integer, IntegerTuple, IntoColor, IntoPair, Object};
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
        FrozenSet::new(self.iter().map(|&(v, loc)| (v, f(loc))).collect())
    }
    fn to_indices(&self) -> Indices {
        FrozenSet::new(self.locs().collect())
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
        FrozenSet::new(self.iter().map(|&loc| f(loc)).collect())
    }
    fn to_indices(&self) -> Indices {
        self.clone()
    }
    fn object_cells(&self) -> Option<&[Cell]> {
        None
    }
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
        FrozenSet::new(self.iter().map(|&(v, loc)| (v, f(loc))).collect())
    }
    fn to_indices(&self) -> Indices {
        FrozenSet::new(self.locs().collect())
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
        FrozenSet::new(self.iter().map(|&loc| f(loc)).collect())
    }
    fn to_indices(&self) -> Indices {
        FrozenSet::new(self.clone())
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
    FrozenSet::new(patch.locs().map(|loc| (v, loc)).collect())
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
    FrozenSet::new(vec![(u, j), (i, l), (i, r), (d, j)])
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
    FrozenSet::new(vec![(u, l), (u, r), (d, l), (d, r)])
}

/// The eight neighbours of a location.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(size(neighbors((0, 0))), 8);
/// ```
pub fn neighbors<L: IntoPair>(loc: L) -> Indices {
    let (i, j) = loc.into_pair();
    let mut v = Vec::with_capacity(8);
    for di in -1..=1 {
        for dj in -1..=1 {
            if (di, dj) != (0, 0) {
                v.push((i.wrapping_add(di), j.wrapping_add(dj)));
            }
        }
    }
    FrozenSet::new(v)
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
    if piece.is_grid() { h == w } else { h * w == piece.piece_len() as Integer && h == w }
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
    let best =
        a.locs().flat_map(|(ai, aj)| b.locs().map(move |(bi, bj)| d(ai, bi) + d(aj, bj))).min()?;
    Some(best.min(i64::from(Integer::MAX)) as Integer)
}

/// Whether the patches are at Manhattan distance 1 (`false` when either is empty).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(adjacent(Indices::from([(0, 0)]), Indices::from([(0, 1)])));
/// assert!(!adjacent(Indices::from([(0, 0)]), Indices::from([(1, 1)])));
/// ```
pub fn adjacent<A: Patch, B: Patch>(a: A, b: B) -> bool {
    manhattan(a, b) == Some(1)
}

/// Whether a patch touches the border of the grid (`false` when empty).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0, 0], [0, 0, 0], [0, 0, 0]]).unwrap();
/// assert!(bordering(Indices::from([(0, 1)]), &g));
/// assert!(!bordering(Indices::from([(1, 1)]), &g));
/// ```
pub fn bordering<P: Patch, G: std::borrow::Borrow<Grid>>(patch: P, grid: G) -> bool {
    let g = grid.borrow();
    bounds(patch.locs()).is_some_and(|(a, b, c, d)| {
        a == 0 || b == 0 || c == g.height() as Integer - 1 || d == g.width() as Integer - 1
    })
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
    let (ia, ja) = center(a.to_indices())?;
    let (ib, jb) = center(b.to_indices())?;
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

/// The four corners of a patch's bounding box (empty when the patch is).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(corners(Indices::from([(0, 0), (1, 2)])), Indices::from([(0, 0), (0, 2), (1, 0), (1, 2)]));
/// ```
pub fn corners<P: Patch>(patch: P) -> Indices {
    match bounds(patch.locs()) {
        None => Indices::empty(),
        Some((a, b, c, d)) => FrozenSet::new(vec![(a, b), (a, d), (c, b), (c, d)]),
    }
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
    let v: Vec<IntegerTuple> = if ai == bi {
        (sj..=ej).map(|j| (ai, j)).collect()
    } else if aj == bj {
        (si..=ei).map(|i| (i, aj)).collect()
    } else if bi - ai == bj - aj {
        (si..=ei).zip(sj..=ej).collect()
    } else if bi - ai == aj - bj {
        (si..=ei).zip((sj..=ej).rev()).collect()
    } else {
        Vec::new()
    };
    FrozenSet::new(v)
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
    FrozenSet::from_sorted((0..30).map(|i| (i, j)).collect())
}

/// The row of 30 cells through a location.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(contained((4, 29), hfrontier((4, 2))));
/// ```
pub fn hfrontier<L: IntoPair>(location: L) -> Indices {
    let i = location.into_pair().0;
    FrozenSet::from_sorted((0..30).map(|j| (i, j)).collect())
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
        Some((a, b, c, d)) => {
            FrozenSet::from_sorted((a..=c).flat_map(|i| (b..=d).map(move |j| (i, j))).collect())
        }
    }
}

/// The locations of a patch's bounding box that are not in the patch.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(delta(Indices::from([(0, 0), (1, 1)])), Indices::from([(0, 1), (1, 0)]));
/// ```
pub fn delta<P: Patch>(patch: P) -> Indices {
    let own = patch.to_indices();
    FrozenSet::from_sorted(backdrop(&own).iter().filter(|l| !own.contains(l)).copied().collect())
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
    let mut v = Vec::new();
    for i in si..=ei {
        v.push((i, sj));
        v.push((i, ej));
    }
    for j in sj..=ej {
        v.push((si, j));
        v.push((ei, j));
    }
    FrozenSet::new(v)
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

/// The outline one step inside a patch's bounding box (empty when the patch is).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(inbox(Indices::from([(0, 0), (2, 2)])), Indices::from([(1, 1)]));
/// ```
pub fn inbox<P: Patch>(patch: P) -> Indices {
    bounds(patch.locs()).map_or_else(Indices::empty, |(a, b, c, d)| {
        outline(a.wrapping_add(1), b.wrapping_add(1), c.wrapping_sub(1), d.wrapping_sub(1))
    })
}

/// The outline one step outside a patch's bounding box (empty when the patch is).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(size(outbox(Indices::from([(1, 1)]))), 8);
/// ```
pub fn outbox<P: Patch>(patch: P) -> Indices {
    bounds(patch.locs()).map_or_else(Indices::empty, |(a, b, c, d)| {
        outline(a.wrapping_sub(1), b.wrapping_sub(1), c.wrapping_add(1), d.wrapping_add(1))
    })
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
    let dest = destination.to_indices();
    let (mut i, mut j) = (0, 0);
    if vmatching(&source, &dest) {
        i = if si < di { 1 } else { -1 };
    } else {
        j = if sj < dj { 1 } else { -1 };
    }
    let (mut gi, mut gj) = (i, j);
    let mut src = source.to_indices();
    let mut c = 0;
    while !adjacent(&src, &dest) && c < 42 {
        c += 1;
        gi += i;
        gj += j;
        src = shift(&src, (i, j));
    }
    Some((gi - i, gj - j))
}
