//! Grid primitives of arc-dsl: palettes and colour counts, recolouring, mirrors and
//! rotations, cropping, scaling, splitting and concatenation, filling and painting.
//!
//! Functions that build a grid give `None` where arc-dsl would build something that is not a
//! grid of colours (an empty grid, ragged rows, a cell that is not a colour `0..=9`) or where
//! it fails; the result is always a valid [`Grid`] otherwise.

use std::borrow::Borrow;

use super::patches::Patch;
use super::types::{
    Cell, FrozenSet, Indices, Integer, IntegerSet, IntegerTuple, IntoColor, IntoInteger, IntoPair,
    Object, as_cell_color,
};
use crate::backend::cpu;
use crate::grid::{Color, Grid, MAX_SIDE, NUM_COLORS};

/// The colours occurring in a grid, ascending.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[3, 0, 3], [7, 0, 0]]).unwrap();
/// assert_eq!(p_g(&g), vec![0, 3, 7]);
/// ```
pub fn p_g<G: Borrow<Grid>>(grid: G) -> Vec<Color> {
    let mut out = Vec::with_capacity(NUM_COLORS);
    cpu::push_colors(cpu::palette_mask(grid.borrow().cells()), &mut out);
    out
}

/// A grid from its shape and cells, or `None` when the shape is empty or too large.
pub(crate) fn make_grid(height: usize, width: usize, cells: Vec<Color>) -> Option<Grid> {
    ((1..=MAX_SIDE).contains(&height) && (1..=MAX_SIDE).contains(&width))
        .then(|| Grid::new_unchecked(height, width, cells.into()))
}

/// The grid with every cell of colour `replacee` turned to `replacer`; `None` when
/// `replacer` is not a colour. The grid is taken by reference, as the sample pattern's
/// callers pass it.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0], [0, 1]]).unwrap();
/// assert_eq!(replace(&g, 1, 4).unwrap().to_rows(), vec![vec![4, 0], vec![0, 4]]);
/// assert_eq!(replace(&g, ONE, FOUR), replace(&g, 1u8, 4u8));
/// assert_eq!(replace(&g, 1, 12), None);
/// ```
pub fn replace<A: IntoColor, B: IntoColor>(grid: &Grid, replacee: A, replacer: B) -> Option<Grid> {
    let replacer = as_cell_color(replacer.into_color())?;
    let Some(replacee) = as_cell_color(replacee.into_color()) else {
        return Some(grid.clone());
    };
    let cells = grid.cells().iter().map(|&c| if c == replacee { replacer } else { c }).collect();
    Some(Grid::new_unchecked(grid.height(), grid.width(), cells))
}

/// The grid with colours `a` and `b` swapped; `None` when one is not a colour but occurs.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3]]).unwrap();
/// assert_eq!(switch(&g, 1, 3).unwrap().to_rows(), vec![vec![3, 2, 1]]);
/// ```
pub fn switch<G: Borrow<Grid>, A: IntoColor, B: IntoColor>(grid: G, a: A, b: B) -> Option<Grid> {
    let grid = grid.borrow();
    let (a, b) = (a.into_color(), b.into_color());
    let mut cells = Vec::with_capacity(grid.len());
    for &c in grid.cells() {
        let v = Integer::from(c);
        cells.push(if v == a {
            as_cell_color(b)?
        } else if v == b {
            as_cell_color(a)?
        } else {
            c
        });
    }
    Some(Grid::new_unchecked(grid.height(), grid.width(), cells.into()))
}

/// A grid of the given shape whose cell `(r, c)` is `f(r, c)`, a cell of `grid`.
fn remap(grid: &Grid, height: usize, width: usize, f: impl Fn(usize, usize) -> usize) -> Grid {
    let src = grid.cells();
    let cells =
        (0..height).flat_map(|r| (0..width).map(move |c| (r, c))).map(|(r, c)| src[f(r, c)]);
    Grid::new_unchecked(height, width, cells.collect())
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

/// Bounds `(top, left, bottom, right)` of a patch, `(0, 0, 0, 0)` when empty.
fn patch_bounds<P: Patch + ?Sized>(p: &P) -> (Integer, Integer, Integer, Integer) {
    p.locs()
        .fold(None, |acc: Option<(Integer, Integer, Integer, Integer)>, (i, j)| {
            Some(acc.map_or((i, j, i, j), |(a, b, c, d)| (a.min(i), b.min(j), c.max(i), d.max(j))))
        })
        .unwrap_or((0, 0, 0, 0))
}

macro_rules! patch_mirror {
    ($t:ty) => {
        impl Mirror for $t {
            type Output = $t;
            fn mirror_h(&self) -> $t {
                let (a, _, c, _) = patch_bounds(self);
                self.map_locs(|(i, j)| (a.wrapping_add(c).wrapping_sub(i), j))
            }
            fn mirror_v(&self) -> $t {
                let (_, b, _, d) = patch_bounds(self);
                self.map_locs(|(i, j)| (i, b.wrapping_add(d).wrapping_sub(j)))
            }
            fn mirror_d(&self) -> $t {
                let (a, b, _, _) = patch_bounds(self);
                self.map_locs(|(i, j)| {
                    (j.wrapping_sub(b).wrapping_add(a), i.wrapping_sub(a).wrapping_add(b))
                })
            }
            fn mirror_c(&self) -> $t {
                self.mirror_v().mirror_d().mirror_v()
            }
        }
    };
}
patch_mirror!(Object);
patch_mirror!(Indices);

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
/// within its bounding box.
///
/// The piece is taken by reference so that `hmirror` is also a `fn(&Grid) -> Grid`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(hmirror(&g).to_rows(), vec![vec![3, 4], vec![1, 2]]);
/// assert_eq!(hmirror(&Indices::from([(0, 0), (2, 1)])), Indices::from([(2, 0), (0, 1)]));
/// ```
pub fn hmirror<P: Mirror + ?Sized>(piece: &P) -> P::Output {
    piece.mirror_h()
}

/// Mirrored along the vertical axis: each row of a grid reversed; a patch flipped within its
/// bounding box.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(vmirror(&g).to_rows(), vec![vec![2, 1], vec![4, 3]]);
/// assert_eq!(vmirror(&Object::from([(1, (5, 1)), (2, (5, 3))])), Object::from([(1, (5, 3)), (2, (5, 1))]));
/// ```
pub fn vmirror<P: Mirror + ?Sized>(piece: &P) -> P::Output {
    piece.mirror_v()
}

/// Mirrored along the main diagonal (transposed).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3]]).unwrap();
/// assert_eq!(dmirror(&g).to_rows(), vec![vec![1], vec![2], vec![3]]);
/// assert_eq!(dmirror(&Indices::from([(1, 1), (1, 3)])), Indices::from([(1, 1), (3, 1)]));
/// ```
pub fn dmirror<P: Mirror + ?Sized>(piece: &P) -> P::Output {
    piece.mirror_d()
}

/// Mirrored along the anti-diagonal.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(cmirror(&g).to_rows(), vec![vec![4, 2], vec![3, 1]]);
/// ```
pub fn cmirror<P: Mirror + ?Sized>(piece: &P) -> P::Output {
    piece.mirror_c()
}

/// Rotated a quarter turn clockwise.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(rot90(&g).to_rows(), vec![vec![3, 1], vec![4, 2]]);
/// ```
pub fn rot90(grid: &Grid) -> Grid {
    let (h, w) = grid.shape();
    remap(grid, w, h, |r, c| (h - 1 - c) * w + r)
}

/// Rotated a half turn.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(rot180(&g).to_rows(), vec![vec![4, 3], vec![2, 1]]);
/// ```
pub fn rot180(grid: &Grid) -> Grid {
    let (h, w) = grid.shape();
    remap(grid, h, w, |r, c| (h - 1 - r) * w + (w - 1 - c))
}

/// Rotated a quarter turn counter-clockwise.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(rot270(&g).to_rows(), vec![vec![2, 4], vec![1, 3]]);
/// ```
pub fn rot270(grid: &Grid) -> Grid {
    let (h, w) = grid.shape();
    remap(grid, w, h, |r, c| c * w + (w - 1 - r))
}

/// Colour histogram of a grid.
fn histogram(cells: &[Color]) -> [usize; NUM_COLORS] {
    // Four partial histograms, so that runs of one colour (the background) do not make each
    // increment wait for the previous one; u32 counts suffice for MAX_SIDE x MAX_SIDE.
    let mut parts = [[0u32; NUM_COLORS]; 4];
    let mut chunks = cells.chunks_exact(4);
    for c in &mut chunks {
        parts[0][usize::from(c[0])] += 1;
        parts[1][usize::from(c[1])] += 1;
        parts[2][usize::from(c[2])] += 1;
        parts[3][usize::from(c[3])] += 1;
    }
    for &c in chunks.remainder() {
        parts[0][usize::from(c)] += 1;
    }
    std::array::from_fn(|c| parts.iter().map(|p| p[c] as usize).sum())
}

/// Elements of arc-dsl: grids and objects, whose colours can be counted.
pub trait Element {
    /// Each colour occurring with its count, colours ascending.
    fn color_counts(&self) -> Vec<(Integer, usize)>;

    /// The colours occurring, ascending.
    fn colors(&self) -> Vec<Integer> {
        self.color_counts().into_iter().map(|(c, _)| c).collect()
    }
}

impl Element for Grid {
    fn color_counts(&self) -> Vec<(Integer, usize)> {
        let h = histogram(self.cells());
        (0..NUM_COLORS).filter(|&c| h[c] > 0).map(|c| (c as Integer, h[c])).collect()
    }

    /// From the SIMD palette mask: no counting.
    fn colors(&self) -> Vec<Integer> {
        let mask = cpu::palette_mask(self.cells());
        (0..NUM_COLORS as Integer).filter(|&c| mask & (1 << c) != 0).collect()
    }
}

impl Element for Object {
    fn color_counts(&self) -> Vec<(Integer, usize)> {
        let mut v: Vec<Integer> = self.iter().map(|&(c, _)| c).collect();
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
}

/// The most frequent colour (the smallest on ties); `None` for an empty object.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 2], [3, 1, 2]]).unwrap();
/// assert_eq!(mostcolor(&g), Some(2));
/// assert_eq!(leastcolor(&g), Some(3));
/// assert_eq!(mostcolor(Object::empty()), None);
/// ```
pub fn mostcolor<E: Element>(element: E) -> Option<Integer> {
    let counts = element.color_counts();
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts.iter().find(|&&(_, n)| n == best).map(|&(c, _)| c)
}

/// The least frequent colour (the smallest on ties); `None` for an empty object.
pub fn leastcolor<E: Element>(element: E) -> Option<Integer> {
    let counts = element.color_counts();
    let best = counts.iter().map(|&(_, n)| n).min()?;
    counts.iter().find(|&&(_, n)| n == best).map(|&(c, _)| c)
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
    let v = value.into_color();
    element.color_counts().iter().find(|&&(c, _)| c == v).map_or(0, |&(_, n)| n as Integer)
}

/// A grid of one colour and the given shape; `None` for a non-colour or an empty or
/// oversized shape.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(canvas(FIVE, (1, 2)).unwrap().to_rows(), vec![vec![5, 5]]);
/// assert_eq!(canvas(FIVE, (0, 2)), None);
/// ```
pub fn canvas<C: IntoColor, D: IntoPair>(value: C, dimensions: D) -> Option<Grid> {
    let c = as_cell_color(value.into_color())?;
    let (h, w) = dimensions.into_pair();
    let (h, w) = (usize::try_from(h).ok()?, usize::try_from(w).ok()?);
    if h > MAX_SIDE || w > MAX_SIDE {
        return None;
    }
    make_grid(h, w, vec![c; h * w])
}

/// Python's slice `[start:stop]` of a sequence of length `n`, as a range.
fn py_slice(start: i64, stop: i64, n: usize) -> std::ops::Range<usize> {
    let n = n as i64;
    let clamp = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let (a, b) = (clamp(start), clamp(stop));
    a as usize..(b.max(a)) as usize
}

/// The rows `rows` and columns `cols` of a grid, `None` when empty.
fn sub(grid: &Grid, rows: std::ops::Range<usize>, cols: std::ops::Range<usize>) -> Option<Grid> {
    let mut cells = Vec::with_capacity(rows.len() * cols.len());
    for r in rows.clone() {
        cells.extend_from_slice(&grid.row(r)[cols.clone()]);
    }
    make_grid(rows.len(), cols.len(), cells)
}

/// The part of a grid from `start` of shape `dims` (with Python's slicing: clipped at the
/// edges, negative starts counting from the end); `None` when nothing is left.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3], [4, 5, 6]]).unwrap();
/// assert_eq!(crop(&g, (0, 1), (2, 2)).unwrap().to_rows(), vec![vec![2, 3], vec![5, 6]]);
/// assert_eq!(crop(&g, (1, 2), (5, 5)).unwrap().to_rows(), vec![vec![6]]);
/// assert_eq!(crop(&g, (2, 0), (1, 1)), None);
/// ```
pub fn crop<G: Borrow<Grid>, S: IntoPair, D: IntoPair>(grid: G, start: S, dims: D) -> Option<Grid> {
    let g = grid.borrow();
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
pub fn subgrid<P: Patch, G: Borrow<Grid>>(patch: P, grid: G) -> Option<Grid> {
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
        let mut cells = Vec::with_capacity(h * w * f * f);
        for row in self.rows() {
            let start = cells.len();
            for &c in row {
                cells.extend(std::iter::repeat_n(c, f));
            }
            for _ in 1..f {
                cells.extend_from_within(start..start + w * f);
            }
        }
        make_grid(h * f, w * f, cells)
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
        let mut out: Vec<Cell> = Vec::new();
        for &(v, (i, j)) in self.iter() {
            for io in 0..factor.max(0) {
                for jo in 0..factor.max(0) {
                    let (di, dj) = (i.wrapping_sub(a), j.wrapping_sub(b));
                    out.push((
                        v,
                        (
                            di.wrapping_mul(factor).wrapping_add(io).wrapping_add(a),
                            dj.wrapping_mul(factor).wrapping_add(jo).wrapping_add(b),
                        ),
                    ));
                }
            }
        }
        Some(FrozenSet::new(out))
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
pub fn hupscale<G: Borrow<Grid>, N: IntoInteger>(grid: G, factor: N) -> Option<Grid> {
    let g = grid.borrow();
    let f = usize::try_from(factor.into_integer()).ok().filter(|&f| f <= MAX_SIDE)?;
    if g.width() * f > MAX_SIDE {
        return None;
    }
    let cells = g.cells().iter().flat_map(|&c| std::iter::repeat_n(c, f)).collect();
    make_grid(g.height(), g.width() * f, cells)
}

/// Each row repeated `factor` times; `None` for a factor below 1.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(vupscale(&g, 2).unwrap().to_rows(), vec![vec![1, 2], vec![1, 2]]);
/// ```
pub fn vupscale<G: Borrow<Grid>, N: IntoInteger>(grid: G, factor: N) -> Option<Grid> {
    let g = grid.borrow();
    let f = usize::try_from(factor.into_integer()).ok().filter(|&f| f <= MAX_SIDE)?;
    if g.height() * f > MAX_SIDE {
        return None;
    }
    let cells = g.rows().flat_map(|r| std::iter::repeat_n(r, f)).flatten().copied().collect();
    make_grid(g.height() * f, g.width(), cells)
}

/// Every `factor`-th row and column from the first; `None` for a factor below 1.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 1, 2], [1, 1, 2], [3, 3, 4]]).unwrap();
/// assert_eq!(downscale(&g, 2).unwrap().to_rows(), vec![vec![1, 2], vec![3, 4]]);
/// ```
pub fn downscale<G: Borrow<Grid>, N: IntoInteger>(grid: G, factor: N) -> Option<Grid> {
    let g = grid.borrow();
    let f = usize::try_from(factor.into_integer()).ok().filter(|&f| f > 0)?;
    let mut cells = Vec::new();
    for row in g.rows().step_by(f) {
        cells.extend(row.iter().step_by(f));
    }
    make_grid(g.height().div_ceil(f), g.width().div_ceil(f), cells)
}

/// `a` and `b` side by side (as many rows as the shorter has); `None` when oversized.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1], [2]]).unwrap();
/// assert_eq!(hconcat(&g, &g).unwrap().to_rows(), vec![vec![1, 1], vec![2, 2]]);
/// ```
pub fn hconcat<A: Borrow<Grid>, B: Borrow<Grid>>(a: A, b: B) -> Option<Grid> {
    let (a, b) = (a.borrow(), b.borrow());
    let h = a.height().min(b.height());
    let mut cells = Vec::with_capacity(h * (a.width() + b.width()));
    for r in 0..h {
        cells.extend_from_slice(a.row(r));
        cells.extend_from_slice(b.row(r));
    }
    make_grid(h, a.width() + b.width(), cells)
}

/// `a` above `b`; `None` when their widths differ or the result is oversized.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(vconcat(&g, &g).unwrap().to_rows(), vec![vec![1, 2], vec![1, 2]]);
/// ```
pub fn vconcat<A: Borrow<Grid>, B: Borrow<Grid>>(a: A, b: B) -> Option<Grid> {
    let (a, b) = (a.borrow(), b.borrow());
    if a.width() != b.width() {
        return None;
    }
    let mut cells = Vec::with_capacity(a.len() + b.len());
    cells.extend_from_slice(a.cells());
    cells.extend_from_slice(b.cells());
    make_grid(a.height() + b.height(), a.width(), cells)
}

/// The upper half (rounded down); `None` for a one-row grid.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1], [2], [3]]).unwrap();
/// assert_eq!(tophalf(&g).unwrap().to_rows(), vec![vec![1]]);
/// assert_eq!(bottomhalf(&g).unwrap().to_rows(), vec![vec![3]]);
/// ```
pub fn tophalf<G: Borrow<Grid>>(grid: G) -> Option<Grid> {
    let g = grid.borrow();
    sub(g, 0..g.height() / 2, 0..g.width())
}

/// The lower half (rounded down, skipping a middle row); `None` for a one-row grid.
pub fn bottomhalf<G: Borrow<Grid>>(grid: G) -> Option<Grid> {
    let g = grid.borrow();
    let h = g.height();
    sub(g, h / 2 + h % 2..h, 0..g.width())
}

/// The left half (rounded down); `None` for a one-column grid.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3]]).unwrap();
/// assert_eq!(lefthalf(&g).unwrap().to_rows(), vec![vec![1]]);
/// assert_eq!(righthalf(&g).unwrap().to_rows(), vec![vec![3]]);
/// ```
pub fn lefthalf<G: Borrow<Grid>>(grid: G) -> Option<Grid> {
    let g = grid.borrow();
    sub(g, 0..g.height(), 0..g.width() / 2)
}

/// The right half (rounded down, skipping a middle column); `None` for a one-column grid.
pub fn righthalf<G: Borrow<Grid>>(grid: G) -> Option<Grid> {
    let g = grid.borrow();
    let w = g.width();
    sub(g, 0..g.height(), w / 2 + w % 2..w)
}

/// `n` equal parts side by side (a leftover column between parts skipped, as arc-dsl does);
/// `None` when a part would be empty.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0, 2]]).unwrap();
/// let parts = hsplit(&g, 2).unwrap();
/// assert_eq!((parts[0].to_rows(), parts[1].to_rows()), (vec![vec![1]], vec![vec![2]]));
/// ```
pub fn hsplit<G: Borrow<Grid>, N: IntoInteger>(grid: G, n: N) -> Option<Vec<Grid>> {
    let g = grid.borrow();
    let n = usize::try_from(n.into_integer()).ok().filter(|&n| n > 0)?;
    let (h, w) = (g.height(), g.width() / n);
    let offset = usize::from(g.width() % n != 0);
    let part = |i: usize| (w * i + i * offset) as Integer;
    (0..n).map(|i| crop(g, (0, part(i)), (h as Integer, w as Integer))).collect()
}

/// `n` equal parts one above the other (a leftover row between parts skipped); `None` when a
/// part would be empty.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1], [2]]).unwrap();
/// assert_eq!(vsplit(&g, 2).unwrap()[1].to_rows(), vec![vec![2]]);
/// ```
pub fn vsplit<G: Borrow<Grid>, N: IntoInteger>(grid: G, n: N) -> Option<Vec<Grid>> {
    let g = grid.borrow();
    let n = usize::try_from(n.into_integer()).ok().filter(|&n| n > 0)?;
    let (h, w) = (g.height() / n, g.width());
    let offset = usize::from(g.height() % n != 0);
    let part = |i: usize| (h * i + i * offset) as Integer;
    (0..n).map(|i| crop(g, (part(i), 0), (h as Integer, w as Integer))).collect()
}

/// The grid without its outer ring of cells; `None` when nothing is left.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 1, 1], [1, 2, 1], [1, 1, 1]]).unwrap();
/// assert_eq!(trim(&g).unwrap().to_rows(), vec![vec![2]]);
/// ```
pub fn trim<G: Borrow<Grid>>(grid: G) -> Option<Grid> {
    let g = grid.borrow();
    sub(g, 1..g.height().saturating_sub(1).max(1), 1..g.width().saturating_sub(1).max(1))
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
pub fn cellwise<A: Borrow<Grid>, B: Borrow<Grid>, C: IntoColor>(
    a: A,
    b: B,
    fallback: C,
) -> Option<Grid> {
    let (a, b) = (a.borrow(), b.borrow());
    if b.height() < a.height() || b.width() < a.width() {
        return None;
    }
    let fallback = fallback.into_color();
    let mut cells = Vec::with_capacity(a.len());
    for r in 0..a.height() {
        for (&x, &y) in a.row(r).iter().zip(b.row(r)) {
            cells.push(if x == y { x } else { as_cell_color(fallback)? });
        }
    }
    make_grid(a.height(), a.width(), cells)
}

/// The grid with the given cells (in range) set to their colours; `None` when a colour to
/// write is not a colour.
fn write_cells(
    grid: &Grid,
    cells: impl Iterator<Item = (Integer, IntegerTuple)>,
    only_on: Option<Color>,
) -> Option<Grid> {
    let (h, w) = (grid.height() as Integer, grid.width() as Integer);
    let mut out = grid.cells().to_vec();
    for (v, (i, j)) in cells {
        if (0..h).contains(&i) && (0..w).contains(&j) {
            let k = (i * w + j) as usize;
            if only_on.is_none_or(|bg| out[k] == bg) {
                out[k] = as_cell_color(v)?;
            }
        }
    }
    Some(Grid::new_unchecked(grid.height(), grid.width(), out.into()))
}

/// The most frequent colour of a grid.
fn background(grid: &Grid) -> Color {
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
pub fn fill<G: Borrow<Grid>, C: IntoColor, P: Patch>(grid: G, value: C, patch: P) -> Option<Grid> {
    let v = value.into_color();
    write_cells(grid.borrow(), patch.locs().map(|l| (v, l)), None)
}

/// The grid with an object's cells (those inside it) painted; `None` when a cell's colour is
/// not a colour. Indices have no colours and leave the grid as it is.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0]]).unwrap();
/// assert_eq!(paint(&g, Object::from([(3, (0, 0))])).unwrap().to_rows(), vec![vec![3, 0]]);
/// ```
pub fn paint<G: Borrow<Grid>, P: Patch>(grid: G, obj: P) -> Option<Grid> {
    let cells = obj.object_cells().unwrap_or(&[]);
    write_cells(grid.borrow(), cells.iter().copied(), None)
}

/// [`fill`], but only where the grid has its most frequent colour.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0, 1]]).unwrap();
/// assert_eq!(underfill(&g, 5, Indices::from([(0, 1), (0, 2)])).unwrap().to_rows(), vec![vec![0, 5, 1]]);
/// ```
pub fn underfill<G: Borrow<Grid>, C: IntoColor, P: Patch>(
    grid: G,
    value: C,
    patch: P,
) -> Option<Grid> {
    let g = grid.borrow();
    let v = value.into_color();
    write_cells(g, patch.locs().map(|l| (v, l)), Some(background(g)))
}

/// [`paint`], but only where the grid has its most frequent colour.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0, 1]]).unwrap();
/// let o: Object = [(5, (0, 1)), (5, (0, 2))].into();
/// assert_eq!(underpaint(&g, &o).unwrap().to_rows(), vec![vec![0, 5, 1]]);
/// ```
pub fn underpaint<G: Borrow<Grid>, P: Patch>(grid: G, obj: P) -> Option<Grid> {
    let g = grid.borrow();
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
pub fn cover<G: Borrow<Grid>, P: Patch>(grid: G, patch: P) -> Grid {
    let g = grid.borrow();
    let bg = Integer::from(background(g));
    write_cells(g, patch.locs().map(|l| (bg, l)), None).unwrap_or_else(|| g.clone())
}

/// The grid with an object moved by `offset` (its old place covered with the background).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[3, 0, 0]]).unwrap();
/// let o: Object = [(3, (0, 0))].into();
/// assert_eq!(r#move(&g, &o, RIGHT).unwrap().to_rows(), vec![vec![0, 3, 0]]);
/// ```
pub fn r#move<G: Borrow<Grid>, P: Patch, D: IntoPair>(grid: G, obj: P, offset: D) -> Option<Grid> {
    let covered = cover(grid, &obj);
    paint(&covered, super::patches::shift(&obj, offset))
}

/// Every location of a grid.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0]]).unwrap();
/// assert_eq!(asindices(&g), Indices::from([(0, 0), (0, 1)]));
/// ```
pub fn asindices<G: Borrow<Grid>>(grid: G) -> Indices {
    let g = grid.borrow();
    let (h, w) = (g.height() as Integer, g.width() as Integer);
    FrozenSet::from_sorted((0..h).flat_map(|i| (0..w).map(move |j| (i, j))).collect())
}

/// Every cell of a grid as an object.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(asobject(&g), Object::from([(1, (0, 0)), (2, (0, 1))]));
/// ```
pub fn asobject<G: Borrow<Grid>>(grid: G) -> Object {
    let g = grid.borrow();
    let w = g.width();
    FrozenSet::new(
        g.cells()
            .iter()
            .enumerate()
            .map(|(k, &c)| (Integer::from(c), ((k / w) as Integer, (k % w) as Integer)))
            .collect(),
    )
}

/// The locations of the cells of colour `value`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [2, 1]]).unwrap();
/// assert_eq!(ofcolor(&g, TWO), Indices::from([(0, 1), (1, 0)]));
/// ```
pub fn ofcolor<G: Borrow<Grid>, C: IntoColor>(grid: G, value: C) -> Indices {
    let g = grid.borrow();
    let Some(v) = as_cell_color(value.into_color()) else {
        return Indices::empty();
    };
    let w = g.width();
    FrozenSet::from_sorted(
        g.cells()
            .iter()
            .enumerate()
            .filter(|&(_, &c)| c == v)
            .map(|(k, _)| ((k / w) as Integer, (k % w) as Integer))
            .collect(),
    )
}

/// The colour at a location; `None` outside the grid.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(index(&g, (0, 1)), Some(2));
/// assert_eq!(index(&g, (1, 0)), None);
/// ```
pub fn index<G: Borrow<Grid>, L: IntoPair>(grid: G, loc: L) -> Option<Integer> {
    let (i, j) = loc.into_pair();
    let g = grid.borrow();
    g.get(usize::try_from(i).ok()?, usize::try_from(j).ok()?).map(Integer::from)
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
pub fn frontiers<G: Borrow<Grid>>(grid: G) -> FrozenSet<Object> {
    let g = grid.borrow();
    let (h, w) = g.shape();
    let mut out = Vec::new();
    for i in uniform_rows(g) {
        out.push(FrozenSet::from_sorted(
            (0..w).map(|j| (Integer::from(g.row(i)[j]), (i as Integer, j as Integer))).collect(),
        ));
    }
    for j in uniform_cols(g) {
        out.push(FrozenSet::from_sorted(
            (0..h).map(|i| (Integer::from(g.row(i)[j]), (i as Integer, j as Integer))).collect(),
        ));
    }
    FrozenSet::new(out)
}

/// Indices of the rows of one colour.
fn uniform_rows(g: &Grid) -> Vec<usize> {
    (0..g.height()).filter(|&i| g.row(i).iter().all(|&c| c == g.row(i)[0])).collect()
}

/// Indices of the columns of one colour.
fn uniform_cols(g: &Grid) -> Vec<usize> {
    (0..g.width()).filter(|&j| g.rows().all(|r| r[j] == g.row(0)[j])).collect()
}

/// The grid without its rows and columns of one colour; `None` when nothing is left.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[0, 0, 0], [1, 0, 2]]).unwrap();
/// assert_eq!(compress(&g).unwrap().to_rows(), vec![vec![1, 2]]);
/// ```
pub fn compress<G: Borrow<Grid>>(grid: G) -> Option<Grid> {
    let g = grid.borrow();
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
            for colours in [1u32, 2, 4, 10] {
                let cells: Vec<Color> = (0..h * w)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        (x % colours) as Color
                    })
                    .collect();
                let grid = Grid::from_cells(h, w, cells.clone()).unwrap();
                let mut counts = [0usize; NUM_COLORS];
                cells.iter().for_each(|&c| counts[usize::from(c)] += 1);
                let present: Vec<Integer> =
                    (0..NUM_COLORS).filter(|&c| counts[c] > 0).map(|c| c as Integer).collect();
                assert_eq!(histogram(&cells), counts);
                assert_eq!(palette(&grid), IntegerSet::from_sorted(present.clone()));
                assert_eq!(numcolors(&grid), present.len() as Integer);
                let most = *counts.iter().max().unwrap();
                let want = counts.iter().position(|&n| n == most).map(|c| c as Integer);
                assert_eq!(mostcolor(&grid), want);
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
        assert_eq!(hmirror(&o), Object::from([(1, (3, 3)), (2, (3, 4)), (3, (2, 3))]));
        assert_eq!(vmirror(&o), Object::from([(1, (2, 4)), (2, (2, 3)), (3, (3, 4))]));
        assert_eq!(dmirror(&o), Object::from([(1, (2, 3)), (2, (3, 3)), (3, (2, 4))]));
        let i: Indices = [(0, 0), (0, 1), (1, 0)].into();
        assert_eq!(cmirror(&i), Indices::from([(0, 1), (1, 0), (1, 1)]));
        assert_eq!(hmirror(&Indices::empty()), Indices::empty());
    }

    #[test]
    fn crop_follows_python_slicing() {
        let x = g(&[&[1, 2, 3], &[4, 5, 6], &[7, 8, 9]]);
        assert_eq!(crop(&x, (1, 1), (1, 1)), Some(g(&[&[5]])));
        // Python: grid[-1:0] is empty, grid[-3:-1] is rows 0 and 1.
        assert_eq!(crop(&x, (-1, 0), (1, 2)), None);
        assert_eq!(crop(&x, (-3, 0), (2, 1)), Some(g(&[&[1], &[4]])));
        assert_eq!(crop(&x, (0, 0), (0, 2)), None);
        assert_eq!(crop(&x, (2, 2), (9, 9)), Some(g(&[&[9]])));
    }

    #[test]
    fn splits_skip_the_middle_line() {
        let x = g(&[&[1, 2, 0, 3, 4]]);
        let parts = hsplit(&x, 2).unwrap();
        assert_eq!(parts, vec![g(&[&[1, 2]]), g(&[&[3, 4]])]);
        assert_eq!(hsplit(&x, 6), None);
        // Seven columns in three parts: the leftover columns push the last part off the edge,
        // where Python's slicing clips it.
        let seven = g(&[&[1, 2, 0, 3, 4, 0, 5]]);
        assert_eq!(hsplit(&seven, 3).unwrap(), vec![g(&[&[1, 2]]), g(&[&[3, 4]]), g(&[&[5]])]);
        assert_eq!(hsplit(g(&[&[1, 2, 3, 4, 5]]), 4), None);
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
        assert_eq!(tophalf(g(&[&[1]])), None);
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
    fn trim_and_compress() {
        assert_eq!(trim(g(&[&[1, 1], &[1, 1]])), None);
        let x = g(&[&[5, 5, 5, 5], &[1, 5, 2, 3], &[4, 5, 6, 7]]);
        assert_eq!(trim(&x), Some(g(&[&[5, 2]])));
        assert_eq!(compress(&x), Some(g(&[&[1, 2, 3], &[4, 6, 7]])));
        assert_eq!(size(frontiers(&x)), 2);
    }
}
