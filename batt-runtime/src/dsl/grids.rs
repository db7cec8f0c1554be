//! Grid primitives of arc-dsl: palettes and colour counts, recolouring, mirrors and
//! rotations, cropping, scaling, splitting and concatenation, filling and painting.
//!
//! Functions that build a grid give `None` where arc-dsl would build something that is not a
//! grid of colours (ragged rows, a cell that is not a colour `0..=9` or -1) or where it
//! fails; the result is always a valid [`Grid`] otherwise. A grid holds arc-dsl's colour -1
//! as the cell code [`NEG_ONE_CELL`], which every function here reads and writes as -1.

use std::borrow::{Borrow, Cow};
use std::sync::Arc;

use super::args::{IntoColor, IntoInteger, IntoPair};
use super::frozenset::{FrozenSet, arc_with};
use super::patches::Patch;
use super::types::{Cell, Indices, Integer, IntegerSet, IntegerTuple, Object};
#[cfg(doc)]
use crate::grid::NEG_ONE_CELL;
use crate::grid::{CODES_IN_ORDER, as_cell_color, cell_integer};
use crate::grid::{Color, Grid, MAX_SIDE, NUM_CELL_CODES};
use crate::scan::cells::{count_code, for_each_cell_of, histogram};
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

/// Zeros to copy fresh cell buffers from (a valid colour, and `Arc::from` a slice is one
/// allocation and one copy).
static ZEROS: [Color; MAX_SIDE * MAX_SIDE] = [0; MAX_SIDE * MAX_SIDE];

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
fn copy_cells(grid: &Grid) -> Arc<[Color]> {
    Arc::from(grid.cells())
}

/// A grid of the given shape whose cell `(r, c)` is `f(r, c)`, a cell of `grid`.
fn remap(grid: &Grid, height: usize, width: usize, f: impl Fn(usize, usize) -> usize) -> Grid {
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

/// Python's slice `[start:stop]` of a sequence of length `n`, as a range.
fn py_slice(start: i64, stop: i64, n: usize) -> std::ops::Range<usize> {
    let n = n as i64;
    let clamp = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let (a, b) = (clamp(start), clamp(stop));
    a as usize..(b.max(a)) as usize
}

/// The rows `rows` and columns `cols` of a grid (empty when they are).
fn sub(grid: &Grid, rows: std::ops::Range<usize>, cols: std::ops::Range<usize>) -> Option<Grid> {
    let (h, w) = (rows.len(), cols.len());
    if (h, w) == grid.shape() {
        // All of it: the same grid, no copy.
        return Some(grid.clone());
    }
    if w == grid.width() {
        // Whole rows: one contiguous run of cells.
        let cells = &grid.cells()[rows.start * w..rows.end * w];
        return build_grid(h, w, |out| out.copy_from_slice(cells));
    }
    build_grid(h, w, |out| {
        for (dst, r) in out.chunks_exact_mut(w.max(1)).zip(rows) {
            dst.copy_from_slice(&grid.row(r)[cols.clone()]);
        }
    })
}

/// The part of a grid from `start` of shape `dims` (with Python's slicing: clipped at the
/// edges, negative starts counting from the end); empty when nothing is left.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3], [4, 5, 6]]).unwrap();
/// assert_eq!(crop(&g, (0, 1), (2, 2)).unwrap().to_rows(), vec![vec![2, 3], vec![5, 6]]);
/// assert_eq!(crop(&g, (1, 2), (5, 5)).unwrap().to_rows(), vec![vec![6]]);
/// assert!(crop(&g, (2, 0), (1, 1)).unwrap().is_empty());
/// ```
pub fn crop<G: GridLike, S: IntoPair, D: IntoPair>(grid: G, start: S, dims: D) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let ((si, sj), (h, w)) = (start.into_pair(), dims.into_pair());
    let (si, sj, h, w) = (i64::from(si), i64::from(sj), i64::from(h), i64::from(w));
    sub(g, py_slice(si, si + h, g.height()), py_slice(sj, sj + w, g.width()))
}

/// The smallest part of a grid holding a patch's bounding box; `None` when the patch is
/// empty or outside.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3], [4, 5, 6]]).unwrap();
/// assert_eq!(subgrid(Indices::from([(0, 1), (1, 2)]), &g).unwrap().to_rows(), vec![vec![2, 3], vec![5, 6]]);
/// ```
pub fn subgrid<P: Patch, G: GridLike>(patch: P, grid: G) -> Option<Grid> {
    let locs: Vec<IntegerTuple> = patch.locs().collect();
    let top = locs.iter().map(|l| l.0).min()?;
    let left = locs.iter().map(|l| l.1).min()?;
    let bottom = locs.iter().map(|l| l.0).max()?;
    let right = locs.iter().map(|l| l.1).max()?;
    crop(grid, (top, left), (bottom - top + 1, right - left + 1))
}

/// Scaling up: grids give `Option<Grid>`, objects `Option<Object>` (see [`upscale`]).
pub trait Upscale {
    /// The scaled element's type.
    type Output;
    /// Each cell becomes a `factor` x `factor` block.
    fn upscale_by(&self, factor: Integer) -> Self::Output;
}

impl Upscale for Grid {
    type Output = Option<Grid>;
    fn upscale_by(&self, factor: Integer) -> Option<Grid> {
        let f = usize::try_from(factor).ok().filter(|&f| (1..=MAX_SIDE).contains(&f))?;
        let (h, w) = self.shape();
        if h * f > MAX_SIDE || w * f > MAX_SIDE {
            return None;
        }
        if f == 1 {
            return Some(self.clone());
        }
        build_grid(h * f, w * f, |out| {
            for (src, block) in self.rows().zip(out.chunks_exact_mut((w * f * f).max(1))) {
                let (first, rest) = block.split_at_mut(w * f);
                for (dst, &c) in first.chunks_exact_mut(f).zip(src) {
                    dst.fill(c);
                }
                for dst in rest.chunks_exact_mut(w * f) {
                    dst.copy_from_slice(first);
                }
            }
        })
    }
}

impl Upscale for Object {
    type Output = Option<Object>;
    fn upscale_by(&self, factor: Integer) -> Option<Object> {
        if factor > MAX_SIDE as Integer {
            return None;
        }
        let Some((a, b)) = self.locs().reduce(|(a, b), (i, j)| (a.min(i), b.min(j))) else {
            return Some(Object::empty());
        };
        let f = factor.max(0);
        // Built in set order: for each run of cells of one colour and row (the cells are in
        // (colour, row, column) order), each of its `f` new rows, left to right.
        let n = self.len() * (f as usize).pow(2);
        let cells = self.as_slice();
        let out = super::frozenset::arc_with(n, |out| {
            let mut at = 0;
            for run in cells.chunk_by(|x, y| (x.0, x.1.0) == (y.0, y.1.0)) {
                let (v, i) = (run[0].0, run[0].1.0);
                let top = i.wrapping_sub(a).wrapping_mul(factor).wrapping_add(a);
                for io in 0..f {
                    for &(_, (_, j)) in run {
                        let left = j.wrapping_sub(b).wrapping_mul(factor).wrapping_add(b);
                        for jo in 0..f {
                            out[at] = (v, (top.wrapping_add(io), left.wrapping_add(jo)));
                            at += 1;
                        }
                    }
                }
            }
        });
        // In order but where coordinates wrapped: then sorted.
        Some(FrozenSet::from_arc(out))
    }
}

impl<U: Upscale + ?Sized> Upscale for &U {
    type Output = U::Output;
    fn upscale_by(&self, factor: Integer) -> U::Output {
        (**self).upscale_by(factor)
    }
}

/// Each cell of a grid (or object) becomes a `factor` x `factor` block; an object keeps its
/// upper left corner. A grid gives `None` for a factor below 1 or an oversized result, an
/// object for a factor over [`MAX_SIDE`] (no grid could show it).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(upscale(&g, TWO).unwrap().to_rows(), vec![vec![1, 1, 2, 2], vec![1, 1, 2, 2]]);
/// let o: Object = [(3, (1, 1))].into();
/// assert_eq!(upscale(&o, 2), Some(Object::from([(3, (1, 1)), (3, (1, 2)), (3, (2, 1)), (3, (2, 2))])));
/// ```
pub fn upscale<E: Upscale, N: IntoInteger>(element: E, factor: N) -> E::Output {
    element.upscale_by(factor.into_integer())
}

/// Each cell repeated `factor` times along its row; `None` for a factor below 1.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(hupscale(&g, 2).unwrap().to_rows(), vec![vec![1, 1, 2, 2]]);
/// ```
pub fn hupscale<G: GridLike, N: IntoInteger>(grid: G, factor: N) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let f = usize::try_from(factor.into_integer()).ok().filter(|&f| f <= MAX_SIDE)?;
    if g.width() * f > MAX_SIDE {
        return None;
    }
    build_grid(g.height(), g.width() * f, |out| {
        if f > 0 {
            for (dst, &c) in out.chunks_exact_mut(f).zip(g.cells()) {
                dst.fill(c);
            }
        }
    })
}

/// Each row repeated `factor` times; `None` for a factor below 1.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(vupscale(&g, 2).unwrap().to_rows(), vec![vec![1, 2], vec![1, 2]]);
/// ```
pub fn vupscale<G: GridLike, N: IntoInteger>(grid: G, factor: N) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let f = usize::try_from(factor.into_integer()).ok().filter(|&f| f <= MAX_SIDE)?;
    if g.height() * f > MAX_SIDE {
        return None;
    }
    build_grid(g.height() * f, g.width(), |out| {
        let rows = g.rows().flat_map(|r| std::iter::repeat_n(r, f));
        for (dst, src) in out.chunks_exact_mut(g.width().max(1)).zip(rows) {
            dst.copy_from_slice(src);
        }
    })
}

/// Every `factor`-th row and column from the first; `None` for a factor below 1.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 1, 2], [1, 1, 2], [3, 3, 4]]).unwrap();
/// assert_eq!(downscale(&g, 2).unwrap().to_rows(), vec![vec![1, 2], vec![3, 4]]);
/// ```
pub fn downscale<G: GridLike, N: IntoInteger>(grid: G, factor: N) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let f = usize::try_from(factor.into_integer()).ok().filter(|&f| f > 0)?;
    let w = g.width().div_ceil(f);
    build_grid(g.height().div_ceil(f), w, |out| {
        for (dst, src) in out.chunks_exact_mut(w.max(1)).zip(g.rows().step_by(f)) {
            for (x, &c) in dst.iter_mut().zip(src.iter().step_by(f)) {
                *x = c;
            }
        }
    })
}

/// `a` and `b` side by side (as many rows as the shorter has); `None` when oversized.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1], [2]]).unwrap();
/// assert_eq!(hconcat(&g, &g).unwrap().to_rows(), vec![vec![1, 1], vec![2, 2]]);
/// ```
pub fn hconcat<A: GridLike, B: GridLike>(a: A, b: B) -> Option<Grid> {
    let (a, b) = (&*a.to_grid()?, &*b.to_grid()?);
    let (h, aw) = (a.height().min(b.height()), a.width());
    build_grid(h, aw + b.width(), |out| {
        for (r, dst) in out.chunks_exact_mut((aw + b.width()).max(1)).enumerate() {
            dst[..aw].copy_from_slice(a.row(r));
            dst[aw..].copy_from_slice(b.row(r));
        }
    })
}

/// `a` above `b`; `None` when their widths differ or the result is oversized.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(vconcat(&g, &g).unwrap().to_rows(), vec![vec![1, 2], vec![1, 2]]);
/// ```
pub fn vconcat<A: GridLike, B: GridLike>(a: A, b: B) -> Option<Grid> {
    let (a, b) = (&*a.to_grid()?, &*b.to_grid()?);
    // arc-dsl adds the tuples of rows: an empty side adds nothing.
    if b.height() == 0 {
        return Some(a.clone());
    }
    if a.height() == 0 {
        return Some(b.clone());
    }
    if a.width() != b.width() {
        return None;
    }
    build_grid(a.height() + b.height(), a.width(), |out| {
        out[..a.len()].copy_from_slice(a.cells());
        out[a.len()..].copy_from_slice(b.cells());
    })
}

/// The upper half (rounded down) (empty for a one-row grid).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1], [2], [3]]).unwrap();
/// assert_eq!(tophalf(&g).unwrap().to_rows(), vec![vec![1]]);
/// assert_eq!(bottomhalf(&g).unwrap().to_rows(), vec![vec![3]]);
/// ```
pub fn tophalf<G: GridLike>(grid: G) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    sub(g, 0..g.height() / 2, 0..g.width())
}

/// The lower half (rounded down, skipping a middle row) (empty for a one-row grid).
pub fn bottomhalf<G: GridLike>(grid: G) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let h = g.height();
    sub(g, h / 2 + h % 2..h, 0..g.width())
}

/// The left half (rounded down) (empty for a one-column grid).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3]]).unwrap();
/// assert_eq!(lefthalf(&g).unwrap().to_rows(), vec![vec![1]]);
/// assert_eq!(righthalf(&g).unwrap().to_rows(), vec![vec![3]]);
/// ```
pub fn lefthalf<G: GridLike>(grid: G) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    sub(g, 0..g.height(), 0..g.width() / 2)
}

/// The right half (rounded down, skipping a middle column) (empty for a one-column grid).
pub fn righthalf<G: GridLike>(grid: G) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let w = g.width();
    sub(g, 0..g.height(), w / 2 + w % 2..w)
}

/// `n` equal parts side by side (a leftover column between parts skipped, as arc-dsl does);
/// `None` for `n < 1` (or beyond [`MAX_TUPLE`](super::containers::MAX_TUPLE) parts).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0, 2]]).unwrap();
/// let parts = hsplit(&g, 2).unwrap();
/// assert_eq!((parts[0].to_rows(), parts[1].to_rows()), (vec![vec![1]], vec![vec![2]]));
/// ```
pub fn hsplit<G: GridLike, N: IntoInteger>(grid: G, n: N) -> Option<Vec<Grid>> {
    let g = &*grid.to_grid()?;
    let n = usize::try_from(n.into_integer())
        .ok()
        .filter(|&n| (1..=super::containers::MAX_TUPLE).contains(&n))?;
    let (h, w) = (g.height(), g.width() / n);
    let offset = usize::from(g.width() % n != 0);
    let part = |i: usize| (w * i + i * offset) as Integer;
    (0..n).map(|i| crop(g, (0, part(i)), (h as Integer, w as Integer))).collect()
}

/// `n` equal parts one above the other (a leftover row between parts skipped); `None` for
/// `n < 1` (or beyond [`MAX_TUPLE`](super::containers::MAX_TUPLE) parts).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1], [2]]).unwrap();
/// assert_eq!(vsplit(&g, 2).unwrap()[1].to_rows(), vec![vec![2]]);
/// ```
pub fn vsplit<G: GridLike, N: IntoInteger>(grid: G, n: N) -> Option<Vec<Grid>> {
    let g = &*grid.to_grid()?;
    let n = usize::try_from(n.into_integer())
        .ok()
        .filter(|&n| (1..=super::containers::MAX_TUPLE).contains(&n))?;
    let (h, w) = (g.height() / n, g.width());
    let offset = usize::from(g.height() % n != 0);
    let part = |i: usize| (h * i + i * offset) as Integer;
    (0..n).map(|i| crop(g, (part(i), 0), (h as Integer, w as Integer))).collect()
}

/// The grid without its outer ring of cells (empty when nothing is left).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 1, 1], [1, 2, 1], [1, 1, 1]]).unwrap();
/// assert_eq!(trim(&g).unwrap().to_rows(), vec![vec![2]]);
/// ```
pub fn trim<G: GridLike>(grid: G) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let (h, w) = g.shape();
    sub(g, py_slice(1, -1, h), py_slice(1, -1, w))
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

/// The most frequent colour of a grid, as a cell code (ties as [`mostcolor`]'s: the first in
/// code order, where -1's code comes after the colours).
pub(crate) fn background(grid: &Grid) -> Color {
    let h = histogram(grid.cells());
    let best = h.iter().copied().max().unwrap_or(0);
    h.iter().position(|&n| n == best).unwrap_or(0) as Color
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
    paint(&covered, super::patches::shift(&obj, offset))
}

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

/// Indices of the rows of one colour.
fn uniform_rows(g: &Grid) -> Vec<usize> {
    (0..g.height())
        .filter(|&i| g.row(i).first().is_some_and(|&c0| g.row(i).iter().all(|&c| c == c0)))
        .collect()
}

/// Indices of the columns of one colour.
fn uniform_cols(g: &Grid) -> Vec<usize> {
    (0..g.width()).filter(|&j| g.rows().all(|r| r[j] == g.row(0)[j])).collect()
}

/// The grid without its rows and columns of one colour (empty when nothing is left).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0, 0], [1, 0, 2]]).unwrap();
/// assert_eq!(compress(&g).unwrap().to_rows(), vec![vec![1, 2]]);
/// ```
pub fn compress<G: GridLike>(grid: G) -> Option<Grid> {
    let g = &*grid.to_grid()?;
    let (rows, cols) = (uniform_rows(g), uniform_cols(g));
    let keep_r: Vec<usize> = (0..g.height()).filter(|i| !rows.contains(i)).collect();
    let keep_c: Vec<usize> = (0..g.width()).filter(|j| !cols.contains(j)).collect();
    let mut cells = Vec::with_capacity(keep_r.len() * keep_c.len());
    for &i in &keep_r {
        cells.extend(keep_c.iter().map(|&j| g.row(i)[j]));
    }
    make_grid(keep_r.len(), keep_c.len(), cells)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsl::{UP, size, ulcorner};

    fn g(rows: &[&[Color]]) -> Grid {
        Grid::from_rows(rows).unwrap()
    }

    #[test]
    fn counting_and_palettes_match_a_naive_count() {
        let mut x = 0x9e37_79b9_u32;
        for (h, w) in [(1, 1), (1, 3), (3, 5), (7, 7), (30, 30), (13, 29)] {
            // Colours from 0, or from -1 (the cell code 10) as arc-dsl's grids may hold it.
            for (colours, low) in [(1u32, 0), (2, 0), (4, 0), (10, 0), (1, -1), (2, -1), (11, -1)] {
                let values: Vec<Integer> = (0..h * w)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        (x % colours) as Integer + low
                    })
                    .collect();
                let cells: Vec<Color> = values.iter().map(|&v| as_cell_color(v).unwrap()).collect();
                let grid = Grid::new_unchecked(h, w, cells.clone().into());
                if low == 0 {
                    assert_eq!(Grid::from_cells(h, w, cells.clone()), Ok(grid.clone()));
                }
                // Counts by colour `v`, at `v + 1`.
                let mut counts = [0usize; 11];
                values.iter().for_each(|&v| counts[(v + 1) as usize] += 1);
                let count = |v: Integer| counts[(v + 1) as usize];
                let present: Vec<Integer> = (-1..=9).filter(|&v| count(v) > 0).collect();
                let by_code: [usize; 11] = std::array::from_fn(|c| count(cell_integer(c as Color)));
                assert_eq!(histogram(&cells), by_code);
                assert_eq!(palette(&grid), IntegerSet::from_sorted(present.clone()));
                assert_eq!(numcolors(&grid), present.len() as Integer);
                assert_eq!(p_g(&grid).into_iter().map(cell_integer).collect::<Vec<_>>(), present);
                for v in -2..=10 {
                    let n = if (-1..=9).contains(&v) { count(v) } else { 0 };
                    assert_eq!(colorcount(&grid, v), n as Integer);
                    let locs: Vec<IntegerTuple> = (0..h * w)
                        .filter(|&k| values[k] == v)
                        .map(|k| ((k / w) as Integer, (k % w) as Integer))
                        .collect();
                    assert_eq!(ofcolor(&grid, v), Indices::from_sorted(locs));
                }
                // Ties as arc-dsl's Python breaks them: 0, 1, ..., 9, then -1.
                let order = || (0..=9).chain([-1]).filter(|&v| count(v) > 0);
                let most = order().map(count).max().unwrap();
                assert_eq!(mostcolor(&grid), order().find(|&v| count(v) == most));
                assert_eq!(cell_integer(background(&grid)), mostcolor(&grid).unwrap());
                let least = order().map(count).min().unwrap();
                assert_eq!(leastcolor(&grid), order().find(|&v| count(v) == least));
            }
        }
    }

    #[test]
    fn object_colour_counts_match_a_tuple_of_their_colours() {
        // An object's counts come from its runs of one colour; a tuple of rows holding the
        // same colours counts them the plain way.
        let mut x = 0x1234_5678_u32;
        for colours in [1u32, 2, 3, 5] {
            for len in [0u32, 1, 2, 6, 40] {
                let object: Object = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        (x % colours) as Integer - 1
                    })
                    .enumerate()
                    .map(|(k, c)| (c, (k as Integer, 0)))
                    .collect();
                let row: Vec<Vec<Integer>> = vec![object.iter().map(|&(c, _)| c).collect()];
                assert_eq!(mostcolor(&object), mostcolor(&row), "{object:?}");
                assert_eq!(leastcolor(&object), leastcolor(&row), "{object:?}");
                assert_eq!(palette(&object), palette(&row), "{object:?}");
                for v in -2..5 {
                    assert_eq!(colorcount(&object, v), colorcount(&row, v), "{object:?} {v}");
                }
            }
        }
    }

    #[test]
    fn geometry_on_a_non_square_grid() {
        let x = g(&[&[1, 2, 3], &[4, 5, 6]]);
        assert_eq!(hmirror(&x), g(&[&[4, 5, 6], &[1, 2, 3]]));
        assert_eq!(vmirror(&x), g(&[&[3, 2, 1], &[6, 5, 4]]));
        assert_eq!(dmirror(&x), g(&[&[1, 4], &[2, 5], &[3, 6]]));
        assert_eq!(cmirror(&x), g(&[&[6, 3], &[5, 2], &[4, 1]]));
        assert_eq!(rot90(&x), g(&[&[4, 1], &[5, 2], &[6, 3]]));
        assert_eq!(rot180(&x), g(&[&[6, 5, 4], &[3, 2, 1]]));
        assert_eq!(rot270(&x), g(&[&[3, 6], &[2, 5], &[1, 4]]));
    }

    #[test]
    fn compositions_agree() {
        let x = g(&[&[1, 2, 3, 0], &[4, 5, 6, 9], &[7, 8, 9, 1]]);
        assert_eq!(rot90(&rot90(&x)), rot180(&x));
        assert_eq!(rot90(&rot180(&x)), rot270(&x));
        assert_eq!(rot180(&x), hmirror(&vmirror(&x)));
        assert_eq!(dmirror(&dmirror(&x)), x);
        assert_eq!(cmirror(&x), rot180(&dmirror(&x)));
    }

    #[test]
    fn replace_only_touches_the_colour() {
        let x = g(&[&[1, 2], &[2, 1]]);
        assert_eq!(replace(&x, 2, 7), Some(g(&[&[1, 7], &[7, 1]])));
        assert_eq!(replace(&x, 5, 7), Some(x.clone()));
        assert_eq!(replace(&x, 1, 10), None);
        assert_eq!(replace(&x, -1, 3), Some(x.clone()));
    }

    #[test]
    fn patch_mirrors_stay_in_their_box() {
        let o: Object = [(1, (2, 3)), (2, (2, 4)), (3, (3, 3))].into();
        assert_eq!(hmirror(&o), Some(Object::from([(1, (3, 3)), (2, (3, 4)), (3, (2, 3))])));
        assert_eq!(vmirror(&o), Some(Object::from([(1, (2, 4)), (2, (2, 3)), (3, (3, 4))])));
        assert_eq!(dmirror(&o), Some(Object::from([(1, (2, 3)), (2, (3, 3)), (3, (2, 4))])));
        let i: Indices = [(0, 0), (0, 1), (1, 0)].into();
        assert_eq!(cmirror(&i), Some(Indices::from([(0, 1), (1, 0), (1, 1)])));
        assert_eq!(hmirror(&Indices::empty()), None);
    }

    #[test]
    fn crop_follows_python_slicing() {
        let x = g(&[&[1, 2, 3], &[4, 5, 6], &[7, 8, 9]]);
        assert_eq!(crop(&x, (1, 1), (1, 1)), Some(g(&[&[5]])));
        // Python: grid[-1:0] is empty, grid[-3:-1] is rows 0 and 1.
        assert!(crop(&x, (-1, 0), (1, 2)).unwrap().is_empty());
        assert_eq!(crop(&x, (-3, 0), (2, 1)), Some(g(&[&[1], &[4]])));
        assert_eq!(crop(&x, (0, 0), (0, 2)).map(|e| e.shape()), Some((0, 2)));
        assert_eq!(crop(&x, (2, 2), (9, 9)), Some(g(&[&[9]])));
    }

    #[test]
    fn splits_skip_the_middle_line() {
        let x = g(&[&[1, 2, 0, 3, 4]]);
        let parts = hsplit(&x, 2).unwrap();
        assert_eq!(parts, vec![g(&[&[1, 2]]), g(&[&[3, 4]])]);
        assert!(hsplit(&x, 6).unwrap().iter().all(|p| p.shape() == (1, 0)));
        // Seven columns in three parts: the leftover columns push the last part off the edge,
        // where Python's slicing clips it.
        let seven = g(&[&[1, 2, 0, 3, 4, 0, 5]]);
        assert_eq!(hsplit(&seven, 3).unwrap(), vec![g(&[&[1, 2]]), g(&[&[3, 4]]), g(&[&[5]])]);
        assert_eq!(hsplit(g(&[&[1, 2, 3, 4, 5]]), 4).unwrap()[3].shape(), (1, 0));
        let y = g(&[&[1], &[2], &[3], &[4]]);
        assert_eq!(vsplit(&y, 2).unwrap(), vec![g(&[&[1], &[2]]), g(&[&[3], &[4]])]);
        assert_eq!(vsplit(&y, 0), None);
    }

    #[test]
    fn halves_and_concats_round_trip() {
        let x = g(&[&[1, 2], &[3, 4], &[5, 6], &[7, 8]]);
        let top = tophalf(&x).unwrap();
        let bottom = bottomhalf(&x).unwrap();
        assert_eq!(vconcat(&top, &bottom), Some(x.clone()));
        let left = lefthalf(&x).unwrap();
        let right = righthalf(&x).unwrap();
        assert_eq!(hconcat(&left, &right), Some(x.clone()));
        assert_eq!(vconcat(&x, &left), None);
        assert!(tophalf(g(&[&[1]])).unwrap().is_empty());
    }

    #[test]
    fn scaling() {
        let x = g(&[&[1, 2], &[3, 4]]);
        let up = upscale(&x, 3).unwrap();
        assert_eq!(up.shape(), (6, 6));
        assert_eq!(downscale(&up, 3), Some(x.clone()));
        assert_eq!(upscale(&x, 0), None);
        assert_eq!(upscale(&x, 200), None);
        assert_eq!(hupscale(&x, 2), Some(g(&[&[1, 1, 2, 2], &[3, 3, 4, 4]])));
        assert_eq!(vupscale(&x, 2), Some(g(&[&[1, 2], &[1, 2], &[3, 4], &[3, 4]])));
        let o: Object = [(1, (1, 1)), (2, (1, 2))].into();
        assert_eq!(size(upscale(&o, 2).unwrap()), 8);
        assert_eq!(ulcorner(upscale(&o, 2).unwrap()), Some((1, 1)));
        assert_eq!(upscale(&o, Integer::MAX), None);
        assert_eq!(upscale(&x, Integer::MAX), None);
        assert_eq!(hupscale(&x, Integer::MAX), None);
        assert_eq!(vupscale(&x, 128), None);
        assert_eq!(canvas(0, (Integer::MAX, Integer::MAX)), None);
    }

    #[test]
    fn painting_clips_and_checks_colours() {
        let x = g(&[&[0, 0], &[0, 1]]);
        let o: Object = [(3, (0, 0)), (4, (-1, 0)), (5, (1, 1))].into();
        assert_eq!(paint(&x, &o), Some(g(&[&[3, 0], &[0, 5]])));
        assert_eq!(underpaint(&x, &o), Some(g(&[&[3, 0], &[0, 1]])));
        assert_eq!(fill(&x, 10, Indices::from([(0, 0)])), None);
        assert_eq!(fill(&x, 10, Indices::from([(9, 9)])), Some(x.clone()));
        assert_eq!(paint(&x, Object::from([(12, (0, 0))])), None);
        assert_eq!(cover(&x, Indices::from([(1, 1)])), g(&[&[0, 0], &[0, 0]]));
        assert_eq!(r#move(&x, Object::from([(1, (1, 1))]), UP), Some(g(&[&[0, 1], &[0, 0]])));
        assert_eq!(switch(&x, 0, 1), Some(g(&[&[1, 1], &[1, 0]])));
        assert_eq!(cellwise(&x, g(&[&[0, 0], &[0, 0]]), 7), Some(g(&[&[0, 0], &[0, 7]])));
        assert_eq!(cellwise(&x, g(&[&[0]]), 7), None);
    }

    #[test]
    fn colours_of_grids_and_objects() {
        let x = g(&[&[2, 2, 1], &[1, 3, 0]]);
        assert_eq!(mostcolor(&x), Some(1));
        assert_eq!(leastcolor(&x), Some(0));
        assert_eq!(palette(&x), IntegerSet::from([0, 1, 2, 3]));
        assert_eq!(colorcount(&x, 2u8), 2);
        let o: Object = [(7, (0, 0)), (7, (0, 1)), (8, (5, 5))].into();
        assert_eq!((mostcolor(&o), leastcolor(&o), numcolors(&o)), (Some(7), Some(8), 2));
        assert_eq!(index(&x, (1, 2)), Some(0));
        assert_eq!(index(&x, (-1, 0)), None);
        assert_eq!(ofcolor(&x, 11), Indices::empty());
        assert_eq!(size(asindices(&x)), 6);
        assert_eq!(canvas(10, (1, 1)), None);
    }

    #[test]
    fn object_upscale_matches_cell_by_cell_blocks() {
        let grid = g(&[&[1, 2, 0, 3], &[2, 2, 0, 3], &[0, 1, 1, 1]]);
        let objs = crate::dsl::objects(&grid, false, true, false);
        let mixed: Object = [(5, (-1, 4)), (1, (0, 0)), (5, (2, 1)), (1, (2, 2))].into();
        for o in objs.iter().chain([&mixed, &Object::empty()]) {
            for f in [0, 1, 2, 3] {
                let Some((a, b)) = o.locs().reduce(|(a, b), (i, j)| (a.min(i), b.min(j))) else {
                    assert_eq!(upscale(o, f), Some(Object::empty()));
                    continue;
                };
                let mut naive = Vec::new();
                for &(v, (i, j)) in o.iter() {
                    for io in 0..f {
                        for jo in 0..f {
                            naive.push((v, ((i - a) * f + io + a, (j - b) * f + jo + b)));
                        }
                    }
                }
                assert_eq!(upscale(o, f), Some(FrozenSet::new(naive)), "{o:?} {f}");
            }
        }
    }

    #[test]
    fn writes_that_change_nothing_share_the_grid() {
        let x = g(&[&[0, 0], &[0, 1]]);
        let same = |y: Option<Grid>| y.is_some_and(|y| y == x && y.shares_cells_with(&x));
        assert!(same(fill(&x, 0, Indices::from([(0, 0), (5, 5)]))));
        assert!(same(fill(&x, 3, Indices::empty())));
        assert!(same(paint(&x, Object::from([(1, (1, 1)), (0, (0, 1))]))));
        assert!(same(underfill(&x, 4, Indices::from([(1, 1)]))));
        assert!(same(replace(&x, 7, 3)));
        assert!(same(replace(&x, 1, 1)));
        assert!(same(switch(&x, 5, 6)));
        // A change after unchanged cells still writes every cell.
        let y = paint(&x, Object::from([(0, (0, 0)), (2, (0, 1)), (3, (1, 1))])).unwrap();
        assert_eq!(y, g(&[&[0, 2], &[0, 3]]));
        assert!(!y.shares_cells_with(&x));
        assert_eq!(
            fill(&x, 1, Indices::from([(0, 0), (1, 1), (1, 0)])),
            Some(g(&[&[1, 0], &[1, 1]]))
        );
        assert_eq!(
            underpaint(&x, Object::from([(1, (0, 0)), (12, (1, 1))])),
            Some(g(&[&[1, 0], &[0, 1]]))
        );
        assert_eq!(paint(&x, Object::from([(0, (0, 0)), (12, (1, 1))])), None);
    }

    #[test]
    fn writes_and_switches_check_colours_where_they_write() {
        let x = g(&[&[0, 0], &[0, 1]]);
        // The background is 0: only its cells would take the non-colour.
        assert_eq!(underfill(&x, 10, Indices::from([(1, 1)])), Some(x.clone()));
        assert_eq!(underfill(&x, 10, Indices::from([(0, 1)])), None);
        assert_eq!(underfill(&x, 3, Indices::from([(0, 1), (1, 1)])), Some(g(&[&[0, 3], &[0, 1]])));
        assert_eq!(switch(&x, 1, 12), None);
        assert_eq!(switch(&x, 5, 12), Some(x.clone()));
        assert_eq!(switch(&x, 12, 1), None);
        assert_eq!(switch(&x, 1, 1), Some(x.clone()));
        assert_eq!(replace(&x, 0, 0), Some(x.clone()));
    }

    #[test]
    fn built_grids_match_naive_rows() {
        let x = g(&[
            &[1, 2, 3, 4, 5, 6, 7, 8, 9, 0],
            &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            &[5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
        ]);
        let rows = x.to_rows();
        let (h, w) = (rows.len(), rows[0].len());
        let t: Vec<Vec<Color>> = (0..w).map(|j| (0..h).map(|i| rows[i][j]).collect()).collect();
        assert_eq!(dmirror(&x).to_rows(), t);
        let rev: Vec<Vec<Color>> = rows.iter().map(|r| r.iter().rev().copied().collect()).collect();
        assert_eq!(vmirror(&x).to_rows(), rev);
        let up = upscale(&x, 3).unwrap().to_rows();
        assert_eq!((up.len(), up[0].len()), (3 * h, 3 * w));
        assert!((0..3 * h).all(|i| (0..3 * w).all(|j| up[i][j] == rows[i / 3][j / 3])));
        let hu = hupscale(&x, 2).unwrap().to_rows();
        assert!((0..h).all(|i| (0..2 * w).all(|j| hu[i][j] == rows[i][j / 2])));
        assert_eq!(downscale(upscale(&x, 2).unwrap(), 2), Some(x.clone()));
        assert_eq!(
            crop(&x, (1, 2), (2, 5)).unwrap().to_rows(),
            vec![rows[1][2..7].to_vec(), rows[2][2..7].to_vec()]
        );
        assert_eq!(crop(&x, (0, 0), (2, 10)).unwrap().to_rows(), rows[..2].to_vec());
        let y = replace(&x, 5, 7).unwrap();
        let cw: Vec<Vec<Color>> =
            rows.iter().map(|r| r.iter().map(|&c| if c == 5 { 5 } else { c }).collect()).collect();
        assert_eq!(cellwise(&x, &x, 0).unwrap().to_rows(), cw);
        assert_eq!(cellwise(&x, &y, 4).unwrap().row(2), &[4; 10]);
        assert_eq!(hconcat(&x, &y).unwrap().row(2)[8..12], [5, 5, 7, 7]);
        assert_eq!(vconcat(&x, &y).unwrap().row(5), &[7; 10]);
    }

    #[test]
    fn trim_and_compress() {
        assert!(trim(g(&[&[1, 1], &[1, 1]])).unwrap().is_empty());
        let x = g(&[&[5, 5, 5, 5], &[1, 5, 2, 3], &[4, 5, 6, 7]]);
        assert_eq!(trim(&x), Some(g(&[&[5, 2]])));
        assert_eq!(compress(&x), Some(g(&[&[1, 2, 3], &[4, 6, 7]])));
        assert_eq!(size(frontiers(&x)), 2);
    }
}
