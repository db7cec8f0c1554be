//! Grid primitives of arc-dsl: palettes, recolouring, mirrors and rotations.

use std::borrow::Borrow;

use crate::backend::cpu;
use crate::grid::{Color, Grid, NUM_COLORS};

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

/// The grid with every cell of colour `replacee` turned to `replacer`; `None` when
/// `replacer` is not a colour.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0], [0, 1]]).unwrap();
/// assert_eq!(replace(&g, 1, 4).unwrap().to_rows(), vec![vec![4, 0], vec![0, 4]]);
/// assert_eq!(replace(&g, 1, 12), None);
/// ```
pub fn replace(grid: &Grid, replacee: Color, replacer: Color) -> Option<Grid> {
    if usize::from(replacer) >= NUM_COLORS {
        return None;
    }
    let cells = grid.cells().iter().map(|&c| if c == replacee { replacer } else { c }).collect();
    Some(Grid::new_unchecked(grid.height(), grid.width(), cells))
}

/// A grid of the given shape whose cell `(r, c)` is `f(r, c)`, a cell of `grid`.
fn remap(grid: &Grid, height: usize, width: usize, f: impl Fn(usize, usize) -> usize) -> Grid {
    let src = grid.cells();
    let cells =
        (0..height).flat_map(|r| (0..width).map(move |c| (r, c))).map(|(r, c)| src[f(r, c)]);
    Grid::new_unchecked(height, width, cells.collect())
}

/// Mirrored along the horizontal axis: the rows in reverse order.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(hmirror(&g).to_rows(), vec![vec![3, 4], vec![1, 2]]);
/// ```
pub fn hmirror(grid: &Grid) -> Grid {
    let (h, w) = grid.shape();
    remap(grid, h, w, |r, c| (h - 1 - r) * w + c)
}

/// Mirrored along the vertical axis: each row reversed.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(vmirror(&g).to_rows(), vec![vec![2, 1], vec![4, 3]]);
/// ```
pub fn vmirror(grid: &Grid) -> Grid {
    let (h, w) = grid.shape();
    remap(grid, h, w, |r, c| r * w + (w - 1 - c))
}

/// Mirrored along the main diagonal (transposed).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 3]]).unwrap();
/// assert_eq!(dmirror(&g).to_rows(), vec![vec![1], vec![2], vec![3]]);
/// ```
pub fn dmirror(grid: &Grid) -> Grid {
    let (h, w) = grid.shape();
    remap(grid, w, h, |r, c| c * w + r)
}

/// Mirrored along the anti-diagonal.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
/// assert_eq!(cmirror(&g).to_rows(), vec![vec![4, 2], vec![3, 1]]);
/// ```
pub fn cmirror(grid: &Grid) -> Grid {
    let (h, w) = grid.shape();
    remap(grid, w, h, |r, c| (h - 1 - c) * w + (w - 1 - r))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn g(rows: &[&[Color]]) -> Grid {
        Grid::from_rows(rows).unwrap()
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
    }
}
