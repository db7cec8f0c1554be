//! Smears and lines: colours carried along rows and columns, lines shot from cells of a
//! colour, and gaps closed between cells of one colour.

use super::Context;
use super::util::{Shape, color_arg};
use crate::image::View;

/// Direction bit: toward the right.
pub const RIGHT: u8 = 1;
/// Direction bit: toward the left.
pub const LEFT: u8 = 2;
/// Direction bit: downward.
pub const DOWN: u8 = 4;
/// Direction bit: upward.
pub const UP: u8 = 8;

/// The passes of a direction mask, in the order they run.
const PASSES: [u8; 4] = [RIGHT, LEFT, DOWN, UP];

/// The cells of the line through `i` in direction `dir`: `(first, step, count)` over
/// `src.cells`, where lines are rows for `RIGHT`/`LEFT` and columns otherwise.
#[inline]
fn line(h: usize, w: usize, dir: u8, i: usize) -> (isize, isize, usize) {
    match dir {
        RIGHT => ((i * w) as isize, 1, w),
        LEFT => ((i * w + w - 1) as isize, -1, w),
        DOWN => (i as isize, w as isize, h),
        _ => (((h - 1) * w + i) as isize, -(w as isize), h),
    }
}

/// Each non-zero colour carried over the zero cells after it, in each direction of the mask
/// `M` (passes read the image and write over each other in the order right, left, down, up).
pub fn smear<const M: u8>(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let start = out.len();
    out.extend_from_slice(src.cells);
    let dst = &mut out[start..];
    for dir in PASSES.into_iter().filter(|d| M & d != 0) {
        let lines = if dir & (RIGHT | LEFT) != 0 { h } else { w };
        for i in 0..lines {
            let (first, step, n) = line(h, w, dir, i);
            let mut carry = 0;
            for k in 0..n {
                let at = (first + step * k as isize) as usize;
                let v = src.cells[at];
                if v != 0 {
                    carry = v;
                }
                if carry != 0 {
                    dst[at] = carry;
                }
            }
        }
    }
    Some((h, w))
}

/// From each cell of colour `arg`, a line of that colour over the zero cells in each
/// direction of the mask `M`, up to the border or the first non-zero cell.
pub fn extend_color<const M: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    let k = color_arg(arg)?;
    if k == 0 {
        return None;
    }
    let (h, w) = src.shape();
    let start = out.len();
    out.extend_from_slice(src.cells);
    let dst = &mut out[start..];
    for dir in PASSES.into_iter().filter(|d| M & d != 0) {
        let lines = if dir & (RIGHT | LEFT) != 0 { h } else { w };
        for i in 0..lines {
            let (first, step, n) = line(h, w, dir, i);
            let mut on = false;
            for j in 0..n {
                let at = (first + step * j as isize) as usize;
                let v = src.cells[at];
                if v == k {
                    on = true;
                } else if v != 0 {
                    on = false;
                } else if on {
                    dst[at] = k;
                }
            }
        }
    }
    Some((h, w))
}

/// The zero cells between two cells of one non-zero colour, with only zeros between them
/// along a row (`M & RIGHT`) or a column (`M & DOWN`), made that colour; column lines are
/// drawn over row lines.
pub fn connect<const M: u8>(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    connect_with(src, M, None, out)
}

/// The zero cells that [`connect`] fills made colour `arg` instead of the colour they join.
/// Nothing where no cell is filled.
pub fn connect_color<const M: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    let k = super::util::color_arg(arg)?;
    let start = out.len();
    connect_with(src, M, Some(k), out)?;
    if out[start..] == *src.cells {
        out.truncate(start);
        return None;
    }
    Some(src.shape())
}

/// [`connect`] along the directions of `m`, the filled cells made `paint` where given.
fn connect_with(src: View<'_>, m: u8, paint: Option<u8>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let start = out.len();
    out.extend_from_slice(src.cells);
    let dst = &mut out[start..];
    for dir in [RIGHT, DOWN].into_iter().filter(|d| m & d != 0) {
        let lines = if dir == RIGHT { h } else { w };
        for i in 0..lines {
            let (first, step, n) = line(h, w, dir, i);
            let mut last: Option<(usize, u8)> = None;
            for j in 0..n {
                let at = (first + step * j as isize) as usize;
                let v = src.cells[at];
                if v == 0 {
                    continue;
                }
                match last {
                    Some((p, u)) if u == v => {
                        for q in p + 1..j {
                            dst[(first + step * q as isize) as usize] = paint.unwrap_or(v);
                        }
                    }
                    _ => {}
                }
                last = Some((j, v));
            }
        }
    }
    Some((h, w))
}
