//! Grids cut and put together: cropping, halves and splits, trimming and compressing,
//! scaling, concatenation.

use crate::dsl::args::{IntoInteger, IntoPair};
use crate::dsl::frozenset::FrozenSet;
use crate::dsl::gridlike::{GridLike, build_grid, make_grid};
use crate::dsl::patches::Patch;
use crate::dsl::types::{Integer, IntegerTuple, Object};
#[cfg(doc)]
use crate::grid::NEG_ONE_CELL;
use crate::grid::{Grid, MAX_SIDE};

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
    // `crop` at the corner with the patch's shape, in 64 bits: a shape overflows `i32` for
    // far-apart locations.
    let g = &*grid.to_grid()?;
    let (top, left, bottom, right) =
        (i64::from(top), i64::from(left), i64::from(bottom), i64::from(right));
    sub(g, py_slice(top, bottom + 1, g.height()), py_slice(left, right + 1, g.width()))
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
        let out = crate::dsl::frozenset::arc_with(n, |out| {
            let mut at = 0;
            for run in cells.chunk_by(|x, y| (x.0, x.1.0) == (y.0, y.1.0)) {
                if crate::deadline::expired() {
                    break;
                }
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
/// `None` for `n < 1` (or beyond [`MAX_TUPLE`](crate::dsl::containers::MAX_TUPLE) parts).
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
        .filter(|&n| (1..=crate::dsl::containers::MAX_TUPLE).contains(&n))?;
    let (h, w) = (g.height(), g.width() / n);
    let offset = usize::from(g.width() % n != 0);
    let part = |i: usize| (w * i + i * offset) as Integer;
    (0..n).map(|i| crop(g, (0, part(i)), (h as Integer, w as Integer))).collect()
}

/// `n` equal parts one above the other (a leftover row between parts skipped); `None` for
/// `n < 1` (or beyond [`MAX_TUPLE`](crate::dsl::containers::MAX_TUPLE) parts).
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
        .filter(|&n| (1..=crate::dsl::containers::MAX_TUPLE).contains(&n))?;
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

/// Indices of the rows of one colour.
pub(super) fn uniform_rows(g: &Grid) -> Vec<usize> {
    (0..g.height())
        .filter(|&i| g.row(i).first().is_some_and(|&c0| g.row(i).iter().all(|&c| c == c0)))
        .collect()
}

/// Indices of the columns of one colour.
pub(super) fn uniform_cols(g: &Grid) -> Vec<usize> {
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
