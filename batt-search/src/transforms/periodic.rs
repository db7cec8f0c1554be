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
    for r in 0..src.height {
        let row = src.row(r);
        for (c, &v) in row.iter().enumerate() {
            if v == unknown {
                continue;
            }
            let t = &mut tile[class(r, c, py, px, shift)];
            if *t == 255 {
                *t = v;
            } else if *t != v {
                return false;
            }
        }
    }
    (0..src.height).all(|r| {
        src.row(r)
            .iter()
            .enumerate()
            .all(|(c, &v)| v != unknown || tile[class(r, c, py, px, shift)] != 255)
    })
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
                        for r in 0..h {
                            out.extend(src.row(r).iter().enumerate().map(|(c, &v)| {
                                if v == unknown { tile[class(r, c, py, px, shift)] } else { v }
                            }));
                        }
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
    for area in 1..h * w {
        for py in 1..=h.min(area) {
            if area % py != 0 || area / py > w {
                continue;
            }
            let px = area / py;
            let periodic = (0..h).all(|r| {
                let row = src.row(r);
                let base = src.row(r % py);
                row.iter().enumerate().all(|(c, &v)| v == base[c % px])
            });
            if periodic {
                for r in 0..py {
                    out.extend_from_slice(&src.row(r)[..px]);
                }
                return Some((py, px));
            }
        }
    }
    None
}
