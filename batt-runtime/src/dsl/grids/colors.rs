//! Colours of grids and objects: palettes, colour counts, the most and least frequent
//! colour, recolouring.

use std::borrow::Borrow;
use std::sync::Arc;

use crate::dsl::args::IntoColor;
use crate::dsl::frozenset::FrozenSet;
use crate::dsl::gridlike::{GridLike, copy_cells};
use crate::dsl::types::{Cell, Integer, IntegerSet, Object};
#[cfg(doc)]
use crate::grid::NEG_ONE_CELL;
use crate::grid::{CODES_IN_ORDER, as_cell_color, cell_integer};
use crate::grid::{Color, Grid, NUM_CELL_CODES};
use crate::scan::cells::{count_code, histogram};
use crate::scan::palette as cpu;

/// The cells' colours occurring in a grid, ascending: [`NEG_ONE_CELL`] (-1) first when the
/// grid holds it, then the colours `0..=9`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[3, 0, 3], [7, 0, 0]]).unwrap();
/// assert_eq!(p_g(&g), vec![0, 3, 7]);
/// ```
pub fn p_g<G: Borrow<Grid>>(grid: G) -> Vec<Color> {
    let mut out = Vec::with_capacity(NUM_CELL_CODES);
    let mask = cpu::palette_mask(grid.borrow().cells());
    if mask & 1 << NEG_ONE_BIT != 0 {
        out.push(CODES_IN_ORDER[0]);
    }
    cpu::push_colors(mask, &mut out);
    out
}

/// The bit of the cell code of -1 in a palette mask.
const NEG_ONE_BIT: u32 = CODES_IN_ORDER[0] as u32;

/// The grid with every cell of colour `replacee` turned to `replacer`; `None` when
/// `replacer` is not a colour.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0], [0, 1]]).unwrap();
/// assert_eq!(replace(&g, 1, 4).unwrap().to_rows(), vec![vec![4, 0], vec![0, 4]]);
/// assert_eq!(replace(&g, ONE, FOUR), replace(&g, 1u8, 4u8));
/// assert_eq!(replace(&g, 1, 12), None);
/// ```
pub fn replace<G: GridLike, A: IntoColor, B: IntoColor>(
    grid: G,
    replacee: A,
    replacer: B,
) -> Option<Grid> {
    let grid = &*grid.to_grid()?;
    let replacer = as_cell_color(replacer.into_color())?;
    let Some(replacee) = as_cell_color(replacee.into_color()) else {
        return Some(grid.clone());
    };
    if replacee == replacer || !grid.cells().contains(&replacee) {
        // Nothing changes: the same grid, no copy.
        return Some(grid.clone());
    }
    Some(map_cells(grid, |c| if c == replacee { replacer } else { c }))
}

/// The grid with each cell `c` turned to `f(c)` (a colour): a copy changed in place, in one
/// allocation, in a loop simple enough to vectorize.
fn map_cells(grid: &Grid, f: impl Fn(Color) -> Color) -> Grid {
    let mut cells = copy_cells(grid);
    for c in Arc::get_mut(&mut cells).expect("a fresh copy is not shared") {
        *c = f(*c);
    }
    Grid::new_unchecked(grid.height(), grid.width(), cells)
}

/// The grid with colours `a` and `b` swapped; `None` when one is not a colour but occurs.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3]]).unwrap();
/// assert_eq!(switch(&g, 1, 3).unwrap().to_rows(), vec![vec![3, 2, 1]]);
/// ```
pub fn switch<G: GridLike, A: IntoColor, B: IntoColor>(grid: G, a: A, b: B) -> Option<Grid> {
    let grid = &*grid.to_grid()?;
    match (as_cell_color(a.into_color()), as_cell_color(b.into_color())) {
        // Nothing changes: the same grid, no copy.
        (Some(a), Some(b)) if a == b || !grid.cells().iter().any(|&c| c == a || c == b) => {
            Some(grid.clone())
        }
        (Some(a), Some(b)) => Some(map_cells(grid, |c| {
            if c == a {
                b
            } else if c == b {
                a
            } else {
                c
            }
        })),
        // Only the cells of the other colour would change, to a non-colour.
        (Some(c), None) | (None, Some(c)) if grid.cells().contains(&c) => None,
        _ => Some(grid.clone()),
    }
}

/// Elements of arc-dsl: grids and objects, whose colours can be counted.
pub trait Element {
    /// Each colour occurring with its count, colours ascending.
    fn color_counts(&self) -> Vec<(Integer, usize)>;

    /// The colours occurring, ascending.
    fn colors(&self) -> Vec<Integer> {
        self.color_counts().into_iter().map(|(c, _)| c).collect()
    }

    /// The most (`most`) or least frequent colour, ties broken as [`mostcolor`] says; `None`
    /// when there is no colour.
    fn extreme_color(&self, most: bool) -> Option<Integer> {
        extreme(self.color_counts().into_iter(), most)
    }

    /// The number of cells of colour `value`.
    fn color_count(&self, value: Integer) -> usize {
        self.color_counts().iter().find(|x| x.0 == value).map_or(0, |x| x.1)
    }
}

impl Element for Grid {
    fn color_counts(&self) -> Vec<(Integer, usize)> {
        let h = histogram(self.cells());
        let present = CODES_IN_ORDER.iter().map(|&c| (c, h[usize::from(c)])).filter(|x| x.1 > 0);
        present.map(|(c, n)| (cell_integer(c), n)).collect()
    }

    /// From the SIMD palette mask: no counting.
    fn colors(&self) -> Vec<Integer> {
        let mask = cpu::palette_mask(self.cells());
        // Bit `v + 1` for colour `v`: -1's bit (10) rotated to the bottom.
        let mut bits = (mask << 1 | mask >> NEG_ONE_BIT) & ((1 << NUM_CELL_CODES) - 1);
        let mut out = Vec::with_capacity(bits.count_ones() as usize);
        while bits != 0 {
            out.push(bits.trailing_zeros() as Integer - 1);
            bits &= bits - 1;
        }
        out
    }

    /// From the histogram: no allocation.
    fn extreme_color(&self, most: bool) -> Option<Integer> {
        let h = histogram(self.cells());
        let present = h.iter().enumerate().filter(|x| *x.1 > 0);
        extreme(present.map(|(c, &n)| (cell_integer(c as Color), n)), most)
    }

    /// Sixteen cells at a time, without a histogram.
    fn color_count(&self, value: Integer) -> usize {
        as_cell_color(value).map_or(0, |c| count_code(self.cells(), c))
    }
}

impl Element for Object {
    fn color_counts(&self) -> Vec<(Integer, usize)> {
        color_runs(self.as_slice()).collect()
    }

    /// From the runs of one colour, without a list of counts.
    fn extreme_color(&self, most: bool) -> Option<Integer> {
        extreme(color_runs(self.as_slice()), most)
    }

    /// The run of that colour, found by binary search.
    fn color_count(&self, value: Integer) -> usize {
        let cells = self.as_slice();
        cells.partition_point(|&(c, _)| c <= value) - cells.partition_point(|&(c, _)| c < value)
    }
}

/// `(colour, count)` for each colour of cells ordered by colour first (an object's),
/// ascending: each colour is one run, its end found by binary search.
fn color_runs(cells: &[Cell]) -> impl Iterator<Item = (Integer, usize)> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        let &(c, _) = cells.get(start)?;
        let n = cells[start..].partition_point(|&(x, _)| x == c);
        start += n;
        Some((c, n))
    })
}

/// The most (`most`) or least frequent of some `(colour, count)`, each colour once; ties
/// broken by [`tie_rank`].
fn extreme(counts: impl Iterator<Item = (Integer, usize)>, most: bool) -> Option<Integer> {
    let by_count = |m: usize, n: usize| if most { n.cmp(&m) } else { m.cmp(&n) };
    let best = counts.min_by(|&(a, m), &(b, n)| by_count(m, n).then(tie_rank(a).cmp(&tie_rank(b))));
    best.map(|(c, _)| c)
}

/// A tuple of rows: its integers, whatever they are.
impl<I: IntoColor> Element for Vec<Vec<I>> {
    fn color_counts(&self) -> Vec<(Integer, usize)> {
        let mut v: Vec<Integer> = self.iter().flatten().map(|&c| c.into_color()).collect();
        v.sort_unstable();
        let mut out: Vec<(Integer, usize)> = Vec::new();
        for c in v {
            match out.last_mut() {
                Some((x, n)) if *x == c => *n += 1,
                _ => out.push((c, 1)),
            }
        }
        out
    }
}

impl<E: Element + ?Sized> Element for &E {
    fn color_counts(&self) -> Vec<(Integer, usize)> {
        (**self).color_counts()
    }

    fn colors(&self) -> Vec<Integer> {
        (**self).colors()
    }

    fn extreme_color(&self, most: bool) -> Option<Integer> {
        (**self).extreme_color(most)
    }

    fn color_count(&self, value: Integer) -> usize {
        (**self).color_count(value)
    }
}

/// The order in which [`mostcolor`] and [`leastcolor`] break ties: the first of the colours
/// `0, 1, 2, ...` and then of the negative ones (-1 after 9), as a key to minimize.
///
/// arc-dsl takes `max(set(values), key=values.count)`, the first best in the set's iteration
/// order, which is CPython's hash-table order: small non-negative integers in ascending
/// order, and -1 (whose hash is -2, the table's second-last slot) after them.
fn tie_rank(c: Integer) -> u32 {
    c as u32
}

/// The most frequent colour (on ties the smallest, but -1 after the others, as arc-dsl's
/// Python picks); `None` for an empty object.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 2], [3, 1, 2]]).unwrap();
/// assert_eq!(mostcolor(&g), Some(2));
/// assert_eq!(leastcolor(&g), Some(3));
/// assert_eq!(mostcolor(Object::empty()), None);
/// assert_eq!(mostcolor(Object::from([(-1, (0, 0)), (4, (0, 1))])), Some(4));
/// ```
pub fn mostcolor<E: Element>(element: E) -> Option<Integer> {
    element.extreme_color(true)
}

/// The least frequent colour (on ties the smallest, but -1 after the others, as arc-dsl's
/// Python picks); `None` for an empty object.
pub fn leastcolor<E: Element>(element: E) -> Option<Integer> {
    element.extreme_color(false)
}

/// The colours occurring in a grid or object.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 2]]).unwrap();
/// assert_eq!(palette(&g), IntegerSet::from([1, 2]));
/// assert_eq!(numcolors(&g), 2);
/// ```
pub fn palette<E: Element>(element: E) -> IntegerSet {
    FrozenSet::from_sorted(element.colors())
}

/// The number of colours occurring in a grid or object.
pub fn numcolors<E: Element>(element: E) -> Integer {
    element.colors().len() as Integer
}

/// The number of cells of colour `value` in a grid or object.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 2]]).unwrap();
/// assert_eq!(colorcount(&g, TWO), 2);
/// ```
pub fn colorcount<E: Element, C: IntoColor>(element: E, value: C) -> Integer {
    element.color_count(value.into_color()) as Integer
}

/// The most frequent colour of a grid, as a cell code (ties as [`mostcolor`]'s: the first in
/// code order, where -1's code comes after the colours).
pub(crate) fn background(grid: &Grid) -> Color {
    let h = histogram(grid.cells());
    let best = h.iter().copied().max().unwrap_or(0);
    h.iter().position(|&n| n == best).unwrap_or(0) as Color
}
