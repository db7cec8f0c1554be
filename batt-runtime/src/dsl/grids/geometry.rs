//! Rigid transforms of grids and patches: mirrors and rotations.

use crate::dsl::args::IntoColor;
use crate::dsl::gridlike::{GridLike, remap};
use crate::dsl::patches::Patch;
use crate::dsl::types::{Indices, Integer, Object};
use crate::grid::Grid;
#[cfg(doc)]
use crate::grid::NEG_ONE_CELL;

/// Pieces that mirror: grids and patches (see [`hmirror`] and friends).
pub trait Mirror {
    /// The mirrored piece's type: the same kind.
    type Output;
    /// Mirrored along the horizontal axis.
    fn mirror_h(&self) -> Self::Output;
    /// Mirrored along the vertical axis.
    fn mirror_v(&self) -> Self::Output;
    /// Mirrored along the main diagonal.
    fn mirror_d(&self) -> Self::Output;
    /// Mirrored along the anti-diagonal.
    fn mirror_c(&self) -> Self::Output;
}

impl Mirror for Grid {
    type Output = Grid;
    fn mirror_h(&self) -> Grid {
        let (h, w) = self.shape();
        remap(self, h, w, |r, c| (h - 1 - r) * w + c)
    }
    fn mirror_v(&self) -> Grid {
        let (h, w) = self.shape();
        remap(self, h, w, |r, c| r * w + (w - 1 - c))
    }
    fn mirror_d(&self) -> Grid {
        let (h, w) = self.shape();
        remap(self, w, h, |r, c| c * w + r)
    }
    fn mirror_c(&self) -> Grid {
        let (h, w) = self.shape();
        remap(self, w, h, |r, c| (h - 1 - c) * w + (w - 1 - r))
    }
}

/// Bounds `(top, left, bottom, right)` of a patch, `None` when it is empty.
fn patch_bounds<P: Patch + ?Sized>(p: &P) -> Option<(Integer, Integer, Integer, Integer)> {
    p.locs().fold(None, |acc: Option<(Integer, Integer, Integer, Integer)>, (i, j)| {
        Some(acc.map_or((i, j, i, j), |(a, b, c, d)| (a.min(i), b.min(j), c.max(i), d.max(j))))
    })
}

/// A patch mirrors within its bounding box; an empty patch has none, and fails as in arc-dsl.
macro_rules! patch_mirror {
    ($t:ty) => {
        impl Mirror for $t {
            type Output = Option<$t>;
            fn mirror_h(&self) -> Option<$t> {
                let (a, _, c, _) = patch_bounds(self)?;
                Some(self.map_locs(|(i, j)| (a.wrapping_add(c).wrapping_sub(i), j)))
            }
            fn mirror_v(&self) -> Option<$t> {
                let (_, b, _, d) = patch_bounds(self)?;
                Some(self.map_locs(|(i, j)| (i, b.wrapping_add(d).wrapping_sub(j))))
            }
            fn mirror_d(&self) -> Option<$t> {
                let (a, b, _, _) = patch_bounds(self)?;
                Some(self.map_locs(|(i, j)| {
                    (j.wrapping_sub(b).wrapping_add(a), i.wrapping_sub(a).wrapping_add(b))
                }))
            }
            fn mirror_c(&self) -> Option<$t> {
                self.mirror_v()?.mirror_d()?.mirror_v()
            }
        }
    };
}
patch_mirror!(Object);
patch_mirror!(Indices);

/// A tuple of rows mirrors as the grid it makes (`None` when it makes none).
impl<I: IntoColor> Mirror for Vec<Vec<I>> {
    type Output = Option<Grid>;
    fn mirror_h(&self) -> Option<Grid> {
        self.lift(Grid::mirror_h)
    }
    fn mirror_v(&self) -> Option<Grid> {
        self.lift(Grid::mirror_v)
    }
    fn mirror_d(&self) -> Option<Grid> {
        self.lift(Grid::mirror_d)
    }
    fn mirror_c(&self) -> Option<Grid> {
        self.lift(Grid::mirror_c)
    }
}

impl<M: Mirror + ?Sized> Mirror for &M {
    type Output = M::Output;
    fn mirror_h(&self) -> M::Output {
        (**self).mirror_h()
    }
    fn mirror_v(&self) -> M::Output {
        (**self).mirror_v()
    }
    fn mirror_d(&self) -> M::Output {
        (**self).mirror_d()
    }
    fn mirror_c(&self) -> M::Output {
        (**self).mirror_c()
    }
}

/// Mirrored along the horizontal axis: a grid's rows in reverse order; a patch flipped
/// within its bounding box (`None` for an empty patch, as arc-dsl fails).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(hmirror(&g).to_rows(), vec![vec![3, 4], vec![1, 2]]);
/// assert_eq!(hmirror(&Indices::from([(0, 0), (2, 1)])), Some(Indices::from([(2, 0), (0, 1)])));
/// assert_eq!(hmirror(&Indices::empty()), None);
/// ```
pub fn hmirror<P: Mirror>(piece: P) -> P::Output {
    piece.mirror_h()
}

/// Mirrored along the vertical axis: each row of a grid reversed; a patch flipped within its
/// bounding box.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(vmirror(&g).to_rows(), vec![vec![2, 1], vec![4, 3]]);
/// assert_eq!(vmirror(&Object::from([(1, (5, 1)), (2, (5, 3))])), Some(Object::from([(1, (5, 3)), (2, (5, 1))])));
/// ```
pub fn vmirror<P: Mirror>(piece: P) -> P::Output {
    piece.mirror_v()
}

/// Mirrored along the main diagonal (transposed).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3]]).unwrap();
/// assert_eq!(dmirror(&g).to_rows(), vec![vec![1], vec![2], vec![3]]);
/// assert_eq!(dmirror(&Indices::from([(1, 1), (1, 3)])), Some(Indices::from([(1, 1), (3, 1)])));
/// ```
pub fn dmirror<P: Mirror>(piece: P) -> P::Output {
    piece.mirror_d()
}

/// Mirrored along the anti-diagonal.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(cmirror(&g).to_rows(), vec![vec![4, 2], vec![3, 1]]);
/// ```
pub fn cmirror<P: Mirror>(piece: P) -> P::Output {
    piece.mirror_c()
}

/// Rotated a quarter turn clockwise.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(rot90(&g).to_rows(), vec![vec![3, 1], vec![4, 2]]);
/// ```
pub fn rot90<G: GridLike>(grid: G) -> G::Lift<Grid> {
    grid.lift(|grid| {
        let (h, w) = grid.shape();
        remap(grid, w, h, |r, c| (h - 1 - c) * w + r)
    })
}

/// Rotated a half turn.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(rot180(&g).to_rows(), vec![vec![4, 3], vec![2, 1]]);
/// ```
pub fn rot180<G: GridLike>(grid: G) -> G::Lift<Grid> {
    grid.lift(|grid| {
        let (h, w) = grid.shape();
        remap(grid, h, w, |r, c| (h - 1 - r) * w + (w - 1 - c))
    })
}

/// Rotated a quarter turn counter-clockwise.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(rot270(&g).to_rows(), vec![vec![2, 4], vec![1, 3]]);
/// ```
pub fn rot270<G: GridLike>(grid: G) -> G::Lift<Grid> {
    grid.lift(|grid| {
        let (h, w) = grid.shape();
        remap(grid, w, h, |r, c| c * w + (w - 1 - r))
    })
}
