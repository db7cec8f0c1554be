//! Lines drawn from cells: diagonal rays, diagonal gaps closed, full rows and columns
//! through the cells of a colour, and each colour's bounding box filled.

use super::Context;
use super::util::{Rect, Shape, color_arg};
use crate::image::View;

/// The four diagonal directions as row and column steps.
const DIAGONALS: [(isize, isize); 4] = [(-1, -1), (-1, 1), (1, -1), (1, 1)];

/// The cell one step from `(r, c)` in direction `(dr, dc)`, if inside `h x w`.
#[inline]
fn step(
    r: usize,
    c: usize,
    (dr, dc): (isize, isize),
    h: usize,
    w: usize,
) -> Option<(usize, usize)> {
    let nr = r.checked_add_signed(dr).filter(|&x| x < h)?;
    let nc = c.checked_add_signed(dc).filter(|&x| x < w)?;
    Some((nr, nc))
}

/// Diagonal rays from every cell of colour `arg` in the four diagonal directions, over zero
/// cells, up to the first non-zero cell of the input or the border.
pub fn rays_diag(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let (h, w) = src.shape();
    let base = out.len();
    out.extend_from_slice(src.cells);
    for r in 0..h {
        for c in 0..w {
            if src.at(r, c) != k {
                continue;
            }
            for d in DIAGONALS {
                let mut at = (r, c);
                while let Some((nr, nc)) = step(at.0, at.1, d, h, w) {
                    if src.at(nr, nc) != 0 {
                        break;
                    }
                    out[base + nr * w + nc] = k;
                    at = (nr, nc);
                }
            }
        }
    }
    Some((h, w))
}

/// Zero gaps between two cells of one colour on a diagonal (either direction) filled with
/// that colour.
pub fn connect_diag(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let base = out.len();
    out.extend_from_slice(src.cells);
    for r in 0..h {
        for c in 0..w {
            let v = src.at(r, c);
            if v == 0 {
                continue;
            }
            // Rays down-left and down-right: a gap of zeros ended by the same colour is filled.
            for d in [(1, -1), (1, 1)] {
                let mut at = (r, c);
                let mut len = 0;
                while let Some((nr, nc)) = step(at.0, at.1, d, h, w) {
                    at = (nr, nc);
                    if src.at(nr, nc) != 0 {
                        break;
                    }
                    len += 1;
                }
                if len > 0 && at != (r, c) && src.at(at.0, at.1) == v {
                    let mut p = (r, c);
                    for _ in 0..len {
                        let Some(q) = step(p.0, p.1, d, h, w) else { break };
                        out[base + q.0 * w + q.1] = v;
                        p = q;
                    }
                }
            }
        }
    }
    Some((h, w))
}

/// Line modes: rows through the cells of the colour.
pub const ROWS: u8 = 1;
/// Line modes: columns through the cells of the colour.
pub const COLS: u8 = 2;

/// The zero cells of every row (`ROWS`) and every column (`COLS`) that holds a cell of
/// colour `arg` made `arg`; nothing where the colour is 0 or absent.
pub fn lines_through<const MODE: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    let k = color_arg(arg).filter(|&k| k != 0)?;
    let (h, w) = src.shape();
    let mut rows = [false; 256];
    let mut cols = [false; 256];
    let mut any = false;
    for (r, on) in rows.iter_mut().enumerate().take(h) {
        for (c, &v) in src.row(r).iter().enumerate() {
            if v == k {
                *on |= MODE & ROWS != 0;
                cols[c] |= MODE & COLS != 0;
                any = true;
            }
        }
    }
    if !any {
        return None;
    }
    for (r, &on) in rows.iter().enumerate().take(h) {
        let row = src.row(r).iter().enumerate();
        out.extend(row.map(|(c, &v)| if v == 0 && (on || cols[c]) { k } else { v }));
    }
    Some((h, w))
}

/// The zero cells of each non-zero colour's bounding box made that colour (the smaller
/// colour first where boxes overlap).
pub fn fill_color_boxes(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let mut boxes = [Rect::EMPTY; 10];
    for r in 0..h {
        for (c, &v) in src.row(r).iter().enumerate() {
            if (1..=9).contains(&v) {
                boxes[usize::from(v)].add(r, c);
            }
        }
    }
    let base = out.len();
    out.extend_from_slice(src.cells);
    for (k, b) in boxes.iter().enumerate().skip(1) {
        if b.is_empty() {
            continue;
        }
        for r in b.top..=b.bottom {
            for c in b.left..=b.right {
                let cell = &mut out[base + r * w + c];
                if src.at(r, c) == 0 && *cell == 0 {
                    *cell = k as u8;
                }
            }
        }
    }
    Some((h, w))
}
