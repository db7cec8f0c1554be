//! What grid functions accept as a grid ([`GridLike`]: a grid, or arc-dsl's tuple of rows),
//! and the builders of the grids they give.

use std::borrow::Cow;
use std::sync::Arc;

use crate::dsl::args::IntoColor;
#[cfg(doc)]
use crate::grid::NEG_ONE_CELL;
use crate::grid::as_cell_color;
use crate::grid::{Color, Grid, MAX_SIDE};

/// A grid from its shape and cells (empty where arc-dsl's would be), or `None` when the shape
/// is too large.
pub(crate) fn make_grid(height: usize, width: usize, cells: Vec<Color>) -> Option<Grid> {
    (height <= MAX_SIDE && width <= MAX_SIDE)
        .then(|| Grid::new_unchecked(height, width, cells.into()))
}

/// What grid functions accept as a grid: a [`Grid`] (owned or borrowed), or arc-dsl's tuple of
/// rows (`Vec<Vec<Integer>>`, what `apply`, `sfilter` or `merge` give over a grid's rows, or
/// `Vec<Vec<Color>>`), which is a grid when it is rectangular and holds colours only (`0..=9`
/// and -1).
pub trait GridLike {
    /// What a function giving an `X` from a grid gives from `Self`: `X` for a grid, and
    /// `Option<X>` for a tuple of rows (`None` when it is not a grid).
    type Lift<X>;
    /// The grid, borrowed where it is one; `None` for rows that do not make a grid.
    fn to_grid(&self) -> Option<Cow<'_, Grid>>;
    /// `f` of the grid, lifted.
    fn lift<X>(&self, f: impl FnOnce(&Grid) -> X) -> Self::Lift<X>;
    /// The grid, owned (an O(1) clone of a grid); `None` for rows that do not make a grid.
    /// What `include_solvers!` returns from a solver, whose last value may be a tuple of rows.
    fn into_grid(self) -> Option<Grid>
    where
        Self: Sized,
    {
        self.to_grid().map(Cow::into_owned)
    }
}

impl GridLike for Grid {
    type Lift<X> = X;
    fn to_grid(&self) -> Option<Cow<'_, Grid>> {
        Some(Cow::Borrowed(self))
    }
    fn lift<X>(&self, f: impl FnOnce(&Grid) -> X) -> X {
        f(self)
    }
}

impl<I: IntoColor> GridLike for Vec<Vec<I>> {
    type Lift<X> = Option<X>;
    fn to_grid(&self) -> Option<Cow<'_, Grid>> {
        let width = self.first().map_or(0, Vec::len);
        let mut cells = Vec::with_capacity(self.len() * width);
        for row in self {
            if row.len() != width {
                return None;
            }
            for &c in row {
                cells.push(as_cell_color(c.into_color())?);
            }
        }
        make_grid(self.len(), width, cells).map(Cow::Owned)
    }
    fn lift<X>(&self, f: impl FnOnce(&Grid) -> X) -> Option<X> {
        Some(f(&*self.to_grid()?))
    }
}

impl<G: GridLike + ?Sized> GridLike for &G {
    type Lift<X> = G::Lift<X>;
    fn to_grid(&self) -> Option<Cow<'_, Grid>> {
        (**self).to_grid()
    }
    fn lift<X>(&self, f: impl FnOnce(&Grid) -> X) -> G::Lift<X> {
        (**self).lift(f)
    }
}

/// Zeros to copy fresh cell buffers from (a valid colour, and `Arc::from` a slice is one
/// allocation and one copy).
pub(crate) static ZEROS: [Color; MAX_SIDE * MAX_SIDE] = [0; MAX_SIDE * MAX_SIDE];

/// A grid of the given shape whose cells `write` sets (row-major, starting as colour 0), in
/// one buffer allocated at its final size; `None` when the shape is too large.
pub(crate) fn build_grid(
    height: usize,
    width: usize,
    write: impl FnOnce(&mut [Color]),
) -> Option<Grid> {
    if height > MAX_SIDE || width > MAX_SIDE {
        return None;
    }
    let mut cells: Arc<[Color]> = Arc::from(&ZEROS[..height * width]);
    write(Arc::get_mut(&mut cells).expect("a fresh buffer is not shared"));
    Some(Grid::new_unchecked(height, width, cells))
}

/// A copy of a grid's cells to change in place: one allocation, not shared yet.
pub(crate) fn copy_cells(grid: &Grid) -> Arc<[Color]> {
    Arc::from(grid.cells())
}

/// A grid of the given shape whose cell `(r, c)` is `f(r, c)`, a cell of `grid`.
pub(crate) fn remap(
    grid: &Grid,
    height: usize,
    width: usize,
    f: impl Fn(usize, usize) -> usize,
) -> Grid {
    let src = grid.cells();
    let write = |out: &mut [Color]| {
        for (r, row) in out.chunks_exact_mut(width.max(1)).enumerate() {
            for (c, x) in row.iter_mut().enumerate() {
                *x = src[f(r, c)];
            }
        }
    };
    build_grid(height, width, write).expect("a remapped grid has a grid's sides")
}
