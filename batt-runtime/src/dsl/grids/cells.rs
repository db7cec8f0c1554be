//! The cells of a grid as patches and objects: locations, locations of a colour, the colour
//! at a location, uniform rows and columns.

use std::sync::Arc;

use crate::dsl::args::{IntoColor, IntoPair};
use crate::dsl::frozenset::{FrozenSet, arc_with};
use crate::dsl::gridlike::GridLike;
use crate::dsl::grids::*;
use crate::dsl::types::{Cell, Indices, Integer, IntegerTuple, Object};
#[cfg(doc)]
use crate::grid::NEG_ONE_CELL;
use crate::grid::{CODES_IN_ORDER, as_cell_color, cell_integer};
use crate::grid::{Color, Grid, NUM_CELL_CODES};
use crate::scan::cells::{count_code, for_each_cell_of, histogram};

/// Every location of a grid.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0]]).unwrap();
/// assert_eq!(asindices(&g), Indices::from([(0, 0), (0, 1)]));
/// ```
pub fn asindices<G: GridLike>(grid: G) -> G::Lift<Indices> {
    grid.lift(|g| {
        let (h, w) = (g.height() as Integer, g.width() as Integer);
        FrozenSet::from_sorted_exact(g.len(), (0..h).flat_map(|i| (0..w).map(move |j| (i, j))))
    })
}

/// Every cell of a grid as an object.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(asobject(&g), Object::from([(1, (0, 0)), (2, (0, 1))]));
/// ```
pub fn asobject<G: GridLike>(grid: G) -> G::Lift<Object> {
    grid.lift(|g| FrozenSet::from_sorted_arc(cells_by_color(g, &histogram(g.cells()), None)))
}

/// The locations of the cells of colour `value`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [2, 1]]).unwrap();
/// assert_eq!(ofcolor(&g, TWO), Indices::from([(0, 1), (1, 0)]));
/// ```
pub fn ofcolor<G: GridLike, C: IntoColor>(grid: G, value: C) -> G::Lift<Indices> {
    grid.lift(|g| {
        let Some(v) = as_cell_color(value.into_color()) else {
            return Indices::empty();
        };
        let n = count_code(g.cells(), v);
        FrozenSet::from_sorted_arc(arc_with(n, |out| {
            write_cells_of(g, v, out, |loc| loc);
        }))
    })
}

/// Writes `item(location)` for each cell of colour `c`, in raster order, into `out` (which
/// must have room); gives the number written.
pub(crate) fn write_cells_of<T>(
    g: &Grid,
    c: Color,
    out: &mut [T],
    item: impl Fn(IntegerTuple) -> T,
) -> usize {
    let w = g.width();
    let mut n = 0;
    // The row of the last cell found, and where the next row starts.
    let (mut i, mut next_row) = (0, w);
    for_each_cell_of(g.cells(), c, |k| {
        while k >= next_row {
            i += 1;
            next_row += w;
        }
        out[n] = item((i as Integer, (k + w - next_row) as Integer));
        n += 1;
    });
    n
}

/// The cells of a grid but those of cell code `skip`, colour by colour (-1 first), each
/// colour's in raster (location) order: an object's order. `counts` is the grid's
/// [`histogram`].
pub(crate) fn cells_by_color(
    g: &Grid,
    counts: &[usize; NUM_CELL_CODES],
    skip: Option<Color>,
) -> Arc<[Cell]> {
    let kept = |c: Color| counts[usize::from(c)] > 0 && Some(c) != skip;
    let n = CODES_IN_ORDER.iter().filter(|&&c| kept(c)).map(|&c| counts[usize::from(c)]).sum();
    arc_with(n, |out| {
        let mut at = 0;
        for &c in CODES_IN_ORDER.iter().filter(|&&c| kept(c)) {
            let v = cell_integer(c);
            at += write_cells_of(g, c, &mut out[at..], |loc| (v, loc));
        }
    })
}

/// The colour at a location; `None` outside the grid.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(index(&g, (0, 1)), Some(2));
/// assert_eq!(index(&g, (1, 0)), None);
/// ```
pub fn index<G: GridLike, L: IntoPair>(grid: G, loc: L) -> Option<Integer> {
    let (i, j) = loc.into_pair();
    let g = &*grid.to_grid()?;
    g.get(usize::try_from(i).ok()?, usize::try_from(j).ok()?).map(cell_integer)
}

/// The rows and columns of one colour, each as an object.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 1], [1, 2]]).unwrap();
/// assert_eq!(frontiers(&g), Objects::from([
///     Object::from([(1, (0, 0)), (1, (0, 1))]),
///     Object::from([(1, (0, 0)), (1, (1, 0))]),
/// ]));
/// ```
pub fn frontiers<G: GridLike>(grid: G) -> G::Lift<FrozenSet<Object>> {
    grid.lift(|g| {
        let (h, w) = g.shape();
        let mut out = Vec::new();
        for i in uniform_rows(g) {
            out.push(FrozenSet::from_sorted(
                (0..w).map(|j| (cell_integer(g.row(i)[j]), (i as Integer, j as Integer))).collect(),
            ));
        }
        for j in uniform_cols(g) {
            out.push(FrozenSet::from_sorted(
                (0..h).map(|i| (cell_integer(g.row(i)[j]), (i as Integer, j as Integer))).collect(),
            ));
        }
        FrozenSet::new(out)
    })
}
