//! Counts drawn as images: a row, a column or a square of `n` cells in the most frequent
//! non-zero colour, where `n` is a count read off the image.

use super::Context;
use super::util::{Shape, color_arg, histogram, most_frequent, shape, with_components};
use crate::image::View;

/// Appends `n` cells of `k` as a row (`arg` 0), a column (1) or an `n` x `n` square (2).
fn draw(n: usize, k: u8, arg: u8, out: &mut Vec<u8>) -> Shape {
    let s = match arg {
        0 => shape(1, n)?,
        1 => shape(n, 1)?,
        2 => shape(n, n)?,
        _ => return None,
    };
    out.extend(std::iter::repeat_n(k, s.0 * s.1));
    Some(s)
}

/// The number of non-zero cells.
pub fn count_cells(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let hist = histogram(src.cells);
    let n = src.cells.len() - hist[0] as usize;
    draw(n, most_frequent(&hist, 1)?, arg, out)
}

/// The number of non-zero colours.
pub fn count_colors(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let hist = histogram(src.cells);
    let n = hist[1..].iter().filter(|&&n| n > 0).count();
    draw(n, most_frequent(&hist, 1)?, arg, out)
}

/// The number of objects (`DIAG`: 8-connected; `SINGLE`: of one colour).
pub fn count_objects<const DIAG: bool, const SINGLE: bool>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    let k = most_frequent(&histogram(src.cells), 1)?;
    let n = with_components(src, DIAG, SINGLE, |_, pieces, _| pieces.len());
    draw(n, k, arg, out)
}

/// A row of as many cells of colour `arg` as the image has.
pub fn count_color(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let n = histogram(src.cells)[usize::from(k)] as usize;
    draw(n, k, 0, out)
}
