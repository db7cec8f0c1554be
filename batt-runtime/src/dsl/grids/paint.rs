//! Painting: canvases, fills and paints (under the background too), covers, moves, and
//! the cell-by-cell agreement of two grids.

use std::sync::Arc;

use crate::dsl::args::{IntoColor, IntoPair};
use crate::dsl::gridlike::{GridLike, build_grid, copy_cells};
use crate::dsl::grids::*;
use crate::dsl::patches::Patch;
use crate::dsl::types::{Integer, IntegerTuple};
#[cfg(doc)]
use crate::grid::NEG_ONE_CELL;
use crate::grid::{Color, Grid};
use crate::grid::{as_cell_color, cell_integer};

/// A grid of one colour and the given shape (empty for a zero or negative side, as arc-dsl's
/// is); `None` for a non-colour or an oversized shape.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(canvas(FIVE, (1, 2)).unwrap().to_rows(), vec![vec![5, 5]]);
/// assert_eq!(canvas(FIVE, (0, 2)).unwrap().height(), 0);
/// assert_eq!(canvas(TEN, (1, 2)), None);
/// ```
pub fn canvas<C: IntoColor, D: IntoPair>(value: C, dimensions: D) -> Option<Grid> {
    let c = as_cell_color(value.into_color())?;
    let (h, w) = dimensions.into_pair();
    // Python's `range` of a negative count is empty.
    let (h, w) = (usize::try_from(h).unwrap_or(0), usize::try_from(w).unwrap_or(0));
    build_grid(h, w, |out| out.fill(c))
}

/// `a`'s cells where `b` agrees, `fallback` elsewhere (over `a`'s shape); `None` when `b` is
/// smaller or `fallback` is needed but not a colour.
///
/// ```
/// use batt_runtime::prelude::*;
/// let a = Grid::from_rows(&[[1, 2]]).unwrap();
/// let b = Grid::from_rows(&[[1, 3]]).unwrap();
/// assert_eq!(cellwise(&a, &b, ZERO).unwrap().to_rows(), vec![vec![1, 0]]);
/// ```
pub fn cellwise<A: GridLike, B: GridLike, C: IntoColor>(a: A, b: B, fallback: C) -> Option<Grid> {
    let (a, b) = (&*a.to_grid()?, &*b.to_grid()?);
    if b.height() < a.height() || b.width() < a.width() {
        return None;
    }
    let rows = || (0..a.height()).flat_map(|r| a.row(r).iter().zip(b.row(r)));
    // A fallback that is not a colour fails where it is needed (`0` is never written then).
    let fallback = match as_cell_color(fallback.into_color()) {
        Some(c) => c,
        None if rows().all(|(x, y)| x == y) => 0,
        None => return None,
    };
    build_grid(a.height(), a.width(), |out| {
        for (o, (&x, &y)) in out.iter_mut().zip(rows()) {
            *o = if x == y { x } else { fallback };
        }
    })
}

/// The grid with the given cells (in range) set to their colours; `None` when a colour to
/// write is not a colour.
fn write_cells(
    grid: &Grid,
    cells: impl Iterator<Item = (Integer, IntegerTuple)>,
    only_on: Option<Color>,
) -> Option<Grid> {
    let (h, w) = (grid.height() as u32, grid.width() as u32);
    // The cells to write: inside the grid (negative coordinates wrap to large ones, outside)
    // and on the background where only there.
    let mut cells = cells.filter_map(|(v, (i, j))| {
        let k = ((i as u32) < h && (j as u32) < w).then(|| (i as u32 * w + j as u32) as usize)?;
        Some((v, k))
    });
    let on = |x: Color| only_on.is_none_or(|bg| x == bg);
    // Until a cell changes, the grid is the same one: no copy at all when none does.
    let mut first = None;
    for (v, k) in &mut cells {
        let x = grid.cells()[k];
        if on(x) {
            let c = as_cell_color(v)?;
            if c != x {
                first = Some((c, k));
                break;
            }
        }
    }
    let Some((c, k)) = first else {
        return Some(grid.clone());
    };
    // One allocation, copied from the grid and written in place (the copy is not shared yet).
    let mut shared = copy_cells(grid);
    let out = Arc::get_mut(&mut shared).expect("a fresh copy is not shared");
    out[k] = c;
    for (v, k) in cells {
        if on(out[k]) {
            out[k] = as_cell_color(v)?;
        }
    }
    Some(Grid::new_unchecked(grid.height(), grid.width(), shared))
}

/// [`write_cells`] of one colour `value` at the locations `locs`.
fn fill_locs(
    grid: &Grid,
    value: Integer,
    locs: impl Iterator<Item = IntegerTuple>,
    only_on: Option<Color>,
) -> Option<Grid> {
    let (h, w) = (grid.height() as u32, grid.width() as u32);
    // The cell's index, for a location inside the grid (negative coordinates wrap to large
    // ones, outside).
    let at = |(i, j): IntegerTuple| {
        ((i as u32) < h && (j as u32) < w).then(|| (i as u32 * w + j as u32) as usize)
    };
    let Some(v) = as_cell_color(value) else {
        // A non-colour fails where it would be written.
        let mut written =
            locs.filter_map(at).filter(|&k| only_on.is_none_or(|bg| grid.cells()[k] == bg));
        return if written.next().is_some() { None } else { Some(grid.clone()) };
    };
    // Until a cell changes, the grid is the same one: no copy at all when none does.
    let mut locs = locs.filter_map(at);
    let changes = |k: usize| grid.cells()[k] != v && only_on.is_none_or(|bg| grid.cells()[k] == bg);
    let Some(first) = locs.find(|&k| changes(k)) else {
        return Some(grid.clone());
    };
    let mut shared = copy_cells(grid);
    let out = Arc::get_mut(&mut shared).expect("a fresh copy is not shared");
    out[first] = v;
    match only_on {
        None => locs.for_each(|k| out[k] = v),
        Some(bg) => locs.for_each(|k| {
            if out[k] == bg {
                out[k] = v;
            }
        }),
    }
    Some(Grid::new_unchecked(grid.height(), grid.width(), shared))
}

/// The grid with a patch's locations (those inside it) set to `value`; `None` when `value`
/// is not a colour.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0], [0, 0]]).unwrap();
/// let x = fill(&g, FOUR, Indices::from([(0, 1), (5, 5)])).unwrap();
/// assert_eq!(x.to_rows(), vec![vec![0, 4], vec![0, 0]]);
/// ```
pub fn fill<G: GridLike, C: IntoColor, P: Patch>(grid: G, value: C, patch: P) -> Option<Grid> {
    let v = value.into_color();
    fill_locs(&*grid.to_grid()?, v, patch.locs(), None)
}

/// The grid with an object's cells (those inside it) painted; `None` when a cell's colour is
/// not a colour. Indices have no colours and leave the grid as it is.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0]]).unwrap();
/// assert_eq!(paint(&g, Object::from([(3, (0, 0))])).unwrap().to_rows(), vec![vec![3, 0]]);
/// ```
pub fn paint<G: GridLike, P: Patch>(grid: G, obj: P) -> Option<Grid> {
    let cells = obj.object_cells().unwrap_or(&[]);
    write_cells(&*grid.to_grid()?, cells.iter().copied(), None)
}

/// [`fill`], but only where the grid has its most frequent colour.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0, 1]]).unwrap();
/// assert_eq!(underfill(&g, 5, Indices::from([(0, 1), (0, 2)])).unwrap().to_rows(), vec![vec![0, 5, 1]]);
/// ```
pub fn underfill<G: GridLike, C: IntoColor, P: Patch>(grid: G, value: C, patch: P) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let v = value.into_color();
    fill_locs(g, v, patch.locs(), Some(background(g)))
}

/// [`paint`], but only where the grid has its most frequent colour.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0, 1]]).unwrap();
/// let o: Object = [(5, (0, 1)), (5, (0, 2))].into();
/// assert_eq!(underpaint(&g, &o).unwrap().to_rows(), vec![vec![0, 5, 1]]);
/// ```
pub fn underpaint<G: GridLike, P: Patch>(grid: G, obj: P) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let cells = obj.object_cells().unwrap_or(&[]);
    write_cells(g, cells.iter().copied(), Some(background(g)))
}

/// The grid with a patch filled with the grid's most frequent colour.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0, 1]]).unwrap();
/// assert_eq!(cover(&g, Indices::from([(0, 2)])).to_rows(), vec![vec![0, 0, 0]]);
/// ```
pub fn cover<G: GridLike, P: Patch>(grid: G, patch: P) -> G::Lift<Grid> {
    grid.lift(|g| {
        let bg = cell_integer(background(g));
        fill_locs(g, bg, patch.locs(), None).unwrap_or_else(|| g.clone())
    })
}

/// The grid with an object moved by `offset` (its old place covered with the background).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[3, 0, 0]]).unwrap();
/// let o: Object = [(3, (0, 0))].into();
/// assert_eq!(r#move(&g, &o, RIGHT).unwrap().to_rows(), vec![vec![0, 3, 0]]);
/// ```
pub fn r#move<G: GridLike, P: Patch, D: IntoPair>(grid: G, obj: P, offset: D) -> Option<Grid> {
    let covered = cover(&*grid.to_grid()?, &obj);
    paint(&covered, crate::dsl::patches::shift(&obj, offset))
}
