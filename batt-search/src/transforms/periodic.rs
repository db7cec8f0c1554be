//! Periodic patterns: cells of an unknown colour filled from the smallest lattice of
//! translations under which the known cells agree, and images cut to the tile they repeat.

use super::Context;
use super::util::{Scratch, Shape, color_arg, with_scratch};
use crate::image::View;

/// The class of cell `(r, c)` in the lattice spanned by `(py, shift)` and `(0, px)`: its
/// index into a `py x px` tile.
#[inline]
fn class(r: usize, c: usize, py: usize, px: usize, shift: usize) -> usize {
    let k = r / py;
    let col = (c + px - (k * shift) % px) % px;
    (r % py) * px + col
}

/// Calls `f(r, c, class)` for every cell of an `h x w` image in reading order, with the
/// cell's class in the lattice of [`class`], found incrementally (no division per cell).
#[inline]
fn for_classes(
    h: usize,
    w: usize,
    py: usize,
    px: usize,
    shift: usize,
    mut f: impl FnMut(usize, usize, usize) -> bool,
) -> bool {
    for r in 0..h {
        let base = (r % py) * px;
        let mut col = class(r, 0, py, px, shift) - base;
        for c in 0..w {
            if !f(r, c, base + col) {
                return false;
            }
            col += 1;
            if col == px {
                col = 0;
            }
        }
    }
    true
}

/// Fills `tile` (`py * px` cells, 255 for none) from the cells of `src` not of colour
/// `unknown`; `false` where two known cells of one class differ or a class stays empty
/// while a cell of it is unknown.
fn learn(
    src: View<'_>,
    unknown: u8,
    py: usize,
    px: usize,
    shift: usize,
    tile: &mut Vec<u8>,
) -> bool {
    tile.clear();
    tile.resize(py * px, 255);
    let (h, w) = src.shape();
    let cells = src.cells;
    let consistent = for_classes(h, w, py, px, shift, |r, c, k| {
        let v = cells[r * w + c];
        if v == unknown {
            return true;
        }
        let t = &mut tile[k];
        if *t == 255 {
            *t = v;
            true
        } else {
            *t == v
        }
    });
    consistent
        && for_classes(h, w, py, px, shift, |r, c, k| cells[r * w + c] != unknown || tile[k] != 255)
}

/// Whether the known cells (not of colour `unknown`) agree with the ones `dc` columns to the
/// right (`dr = 0`), or `dr` rows below and `dc` columns to the right: a quick necessary
/// condition for a lattice spanned by such steps.
fn agrees(src: View<'_>, unknown: u8, dr: usize, dc: usize) -> bool {
    let (h, w) = src.shape();
    if dr >= h || (dr == 0 && dc >= w) {
        return true;
    }
    (0..h - dr).all(|r| {
        let (a, b) = (src.row(r), src.row(r + dr));
        a.iter().zip(b.iter().skip(dc)).all(|(&x, &y)| x == unknown || y == unknown || x == y)
    })
}

/// The cells of colour `arg` filled from the smallest periodic lattice (fewest cells in its
/// tile; then fewest rows; then smallest shift) under which all other cells agree and every
/// cell of colour `arg` has a known cell in its class. Lattices are spanned by `(py, shift)`
/// and `(0, px)`, with a tile smaller than half the image; nothing where the image has no
/// cell of colour `arg` or no such lattice exists.
pub fn periodic_fill(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let unknown = color_arg(arg)?;
    if !src.cells.contains(&unknown) {
        return None;
    }
    let (h, w) = src.shape();
    // Every class of a lattice whose tile fits the image holds a cell, and must hold a known
    // one: a tile has at most as many cells as there are known cells.
    let known = src.cells.iter().filter(|&&v| v != unknown).count();
    let limit = (h * w / 2).min(known);
    with_scratch(|s| {
        let Scratch { bytes: tile, marks: columns_ok, .. } = s;
        // columns_ok[px]: 0 not known yet, 1 the cells agree `px` columns apart, 2 not.
        columns_ok.clear();
        columns_ok.resize(w + 1, 0);
        for area in 1..=limit {
            for py in 1..=h.min(area) {
                if area % py != 0 {
                    continue;
                }
                let px = area / py;
                if px > w {
                    continue;
                }
                if columns_ok[px] == 0 {
                    columns_ok[px] = if agrees(src, unknown, 0, px) { 1 } else { 2 };
                }
                if columns_ok[px] == 2 {
                    continue;
                }
                let shifts = if py < h { px } else { 1 };
                for shift in 0..shifts {
                    if !agrees(src, unknown, py, shift) {
                        continue;
                    }
                    if learn(src, unknown, py, px, shift, tile) {
                        let cells = src.cells;
                        for_classes(h, w, py, px, shift, |r, c, k| {
                            let v = cells[r * w + c];
                            out.push(if v == unknown { tile[k] } else { v });
                            true
                        });
                        return Some((h, w));
                    }
                }
            }
        }
        None
    })
}

/// The tile the image repeats: the smallest `py x px` top-left block (fewest cells, then
/// fewest rows) whose tiling is the whole image; nothing where only the image itself is.
pub fn period_crop(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    // Column periods every row has, and row periods (each row equal to the one `py` above);
    // the image repeats a `py x px` block exactly where `py` is a row period and `px` a
    // column period.
    let col_period = |px: usize| (0..h).all(|r| row_has_period(src.row(r), px));
    let row_period = |py: usize| (py..h).all(|r| src.row(r) == src.row(r - py));
    let mut best: Option<(usize, usize, usize)> = None;
    for py in (1..=h).filter(|&py| row_period(py)) {
        for px in 1..=w {
            let area = py * px;
            if area >= h * w || best.is_some_and(|(a, _, _)| a <= area) {
                break;
            }
            if col_period(px) {
                best = Some((area, py, px));
                break;
            }
        }
    }
    let (_, py, px) = best?;
    for r in 0..py {
        out.extend_from_slice(&src.row(r)[..px]);
    }
    Some((py, px))
}

/// Whether `row[c] == row[c - px]` for every `c >= px`.
#[inline]
fn row_has_period(row: &[u8], px: usize) -> bool {
    row[px..] == row[..row.len() - px]
}
