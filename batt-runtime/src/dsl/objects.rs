//! Objects: connected components of a grid, partitions by colour, and what is read off
//! objects (colour, periods, occurrences).

use std::borrow::Borrow;

use super::containers::Container;
use super::patches::{Patch, normalize, shape};
use super::types::{Cell, FrozenSet, Indices, Integer, IntoBoolean, IntoColor, Object, Objects};
use crate::grid::Grid;

/// The connected objects of a grid: cells of one colour (`univalued`) or of any colour but
/// the background, joined orthogonally or also `diagonal`ly, without the most frequent
/// colour's cells when `without_bg`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0, 2], [1, 0, 0], [0, 0, 2]]).unwrap();
/// let x1 = objects(&g, T, F, T);
/// assert_eq!(size(&x1), 3);
/// let x2 = objects(&g, T, T, T);
/// assert_eq!(size(&x2), 3);
/// let x3 = objects(&g, F, F, F);
/// assert_eq!(size(&x3), 1);
/// ```
pub fn objects<G: Borrow<Grid>, U: IntoBoolean, D: IntoBoolean, W: IntoBoolean>(
    grid: G,
    univalued: U,
    diagonal: D,
    without_bg: W,
) -> Objects {
    let g = grid.borrow();
    let (univalued, diagonal) = (univalued.into_boolean(), diagonal.into_boolean());
    let bg = if without_bg.into_boolean() { super::grids::mostcolor(g) } else { None };
    let (h, w) = g.shape();
    let cells = g.cells();
    let mut occupied = vec![false; cells.len()];
    let mut objs = Vec::new();
    let mut stack = Vec::new();
    let mut members: Vec<usize> = Vec::new();
    for start in 0..cells.len() {
        let val = Integer::from(cells[start]);
        if occupied[start] || Some(val) == bg {
            continue;
        }
        members.clear();
        occupied[start] = true;
        stack.push(start);
        while let Some(k) = stack.pop() {
            members.push(k);
            let (i, j) = (k / w, k % w);
            for di in -1isize..=1 {
                for dj in -1isize..=1 {
                    if (di, dj) == (0, 0) || (!diagonal && di != 0 && dj != 0) {
                        continue;
                    }
                    let (ni, nj) = (i as isize + di, j as isize + dj);
                    if ni < 0 || nj < 0 || ni >= h as isize || nj >= w as isize {
                        continue;
                    }
                    let n = ni as usize * w + nj as usize;
                    let v = Integer::from(cells[n]);
                    let joins = if univalued { v == val } else { Some(v) != bg };
                    if !occupied[n] && joins {
                        occupied[n] = true;
                        stack.push(n);
                    }
                }
            }
        }
        // Raster order is (row, column) order; a stable pass by colour then gives the
        // (colour, location) order of the set without comparing tuples.
        members.sort_unstable();
        let cell = |k: usize| (Integer::from(cells[k]), ((k / w) as Integer, (k % w) as Integer));
        let obj: Vec<Cell> = if univalued {
            members.iter().map(|&k| cell(k)).collect()
        } else {
            let mut by_color: Vec<Cell> = Vec::with_capacity(members.len());
            for c in 0..crate::grid::NUM_COLORS as u8 {
                by_color.extend(members.iter().filter(|&&k| cells[k] == c).map(|&k| cell(k)));
            }
            by_color
        };
        objs.push(FrozenSet::from_sorted(obj));
    }
    FrozenSet::new(objs)
}

/// One object per colour of the grid, with all its cells.
fn partition_by(g: &Grid, skip: Option<Integer>) -> Objects {
    let w = g.width();
    let mut by_color: Vec<Vec<Cell>> = vec![Vec::new(); crate::grid::NUM_COLORS];
    for (k, &c) in g.cells().iter().enumerate() {
        by_color[usize::from(c)].push((Integer::from(c), ((k / w) as Integer, (k % w) as Integer)));
    }
    FrozenSet::new(
        by_color
            .into_iter()
            .enumerate()
            .filter(|(c, v)| !v.is_empty() && Some(*c as Integer) != skip)
            .map(|(_, v)| FrozenSet::from_sorted(v))
            .collect(),
    )
}

/// One object per colour of the grid, with all its cells.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0], [0, 1]]).unwrap();
/// assert_eq!(size(partition(&g)), 2);
/// assert_eq!(fgpartition(&g), Objects::from([Object::from([(1, (0, 0)), (1, (1, 1))])]));
/// ```
pub fn partition<G: Borrow<Grid>>(grid: G) -> Objects {
    partition_by(grid.borrow(), None)
}

/// [`partition`] without the most frequent colour.
pub fn fgpartition<G: Borrow<Grid>>(grid: G) -> Objects {
    let g = grid.borrow();
    partition_by(g, super::grids::mostcolor(g))
}

/// The colour of an object (of its first cell, the smallest colour for a many-coloured
/// one); `None` for an empty object.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(color(Object::from([(4, (0, 0))])), Some(4));
/// ```
pub fn color<O: Borrow<Object>>(obj: O) -> Option<Integer> {
    obj.borrow().as_slice().first().map(|&(c, _)| c)
}

/// The objects whose colour ([`color`]) is `value`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0, 2]]).unwrap();
/// let x1 = objects(&g, T, F, F);
/// assert_eq!(colorfilter(&x1, TWO), Objects::from([Object::from([(2, (0, 2))])]));
/// ```
pub fn colorfilter<C, V>(objs: C, value: V) -> Objects
where
    C: Container<Elem = Object>,
    V: IntoColor,
{
    let v = value.into_color();
    FrozenSet::from_sorted(objs.elems().iter().filter(|o| color(*o) == Some(v)).cloned().collect())
}

/// The object of the grid's cells at a patch's locations (those inside the grid).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(toobject(Indices::from([(0, 1), (3, 3)]), &g), Object::from([(2, (0, 1))]));
/// ```
pub fn toobject<P: Patch, G: Borrow<Grid>>(patch: P, grid: G) -> Object {
    let g = grid.borrow();
    FrozenSet::new(
        patch
            .locs()
            .filter_map(|(i, j)| {
                let c = g.get(usize::try_from(i).ok()?, usize::try_from(j).ok()?)?;
                Some((Integer::from(c), (i, j)))
            })
            .collect(),
    )
}

/// The upper left corners of the places where the object occurs in the grid.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 1, 2], [0, 0, 1, 2]]).unwrap();
/// let o: Object = [(1, (5, 5)), (2, (5, 6))].into();
/// assert_eq!(occurrences(&g, &o), Indices::from([(0, 0), (0, 2), (1, 2)]));
/// ```
pub fn occurrences<G: Borrow<Grid>, O: Borrow<Object>>(grid: G, obj: O) -> Indices {
    let g = grid.borrow();
    let obj = obj.borrow();
    let normed = normalize(obj);
    let (h, w) = (g.height() as Integer, g.width() as Integer);
    let (oh, ow) = shape(obj);
    let mut out = Vec::new();
    for i in 0..(h - oh + 1).max(0) {
        for j in 0..(w - ow + 1).max(0) {
            let fits = normed.iter().all(|&(v, (a, b))| {
                let (a, b) = (a + i, b + j);
                (0..h).contains(&a)
                    && (0..w).contains(&b)
                    && Integer::from(g.row(a as usize)[b as usize]) == v
            });
            if fits {
                out.push((i, j));
            }
        }
    }
    FrozenSet::from_sorted(out)
}

/// The smallest period `p` with which the object repeats along its rows (its width when
/// none is smaller).
///
/// ```
/// use batt_runtime::prelude::*;
/// let o: Object = [(1, (0, 0)), (2, (0, 1)), (1, (0, 2)), (2, (0, 3))].into();
/// assert_eq!(hperiod(&o), 2);
/// ```
pub fn hperiod<O: Borrow<Object>>(obj: O) -> Integer {
    period(obj.borrow(), |(i, j), p| (i, j - p), |(_, j)| j, 1)
}

/// The smallest period `p` with which the object repeats along its columns (its height when
/// none is smaller).
///
/// ```
/// use batt_runtime::prelude::*;
/// let o: Object = [(1, (0, 0)), (1, (1, 0)), (1, (2, 0))].into();
/// assert_eq!(vperiod(&o), 1);
/// ```
pub fn vperiod<O: Borrow<Object>>(obj: O) -> Integer {
    period(obj.borrow(), |(i, j), p| (i - p, j), |(i, _)| i, 0)
}

/// The period search behind [`hperiod`] and [`vperiod`].
fn period(
    obj: &Object,
    back: impl Fn((Integer, Integer), Integer) -> (Integer, Integer),
    coord: impl Fn((Integer, Integer)) -> Integer,
    axis: usize,
) -> Integer {
    let normalized = normalize(obj);
    let dims = shape(&normalized);
    let extent = if axis == 1 { dims.1 } else { dims.0 };
    for p in 1..extent {
        let ok = normalized
            .iter()
            .map(|&(c, loc)| (c, back(loc, p)))
            .filter(|&(_, loc)| coord(loc) >= 0)
            .all(|cell| normalized.contains(&cell));
        if ok {
            return p;
        }
    }
    extent
}
