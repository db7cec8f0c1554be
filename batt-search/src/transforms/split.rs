//! Splits and joins, each one image to one image: the image is split into pieces (cells of a
//! grid of separator lines, two halves, or its colour layers) and the pieces are joined
//! (masks combined, overlaid, or one picked by a property).

use super::Context;
use super::select::pick;
use super::util::{Member, Piece, Rect, Scratch, Shape, color_arg, histogram, with_scratch};
use crate::image::View;

/// Pieces: the cells of the grid that separator lines draw (full rows and columns of the
/// non-zero colour that has the most such lines).
pub const GRID: u8 = 0;
/// Pieces: the left and the right half (a middle column skipped).
pub const LEFT_RIGHT: u8 = 1;
/// Pieces: the top and the bottom half (a middle row skipped).
pub const TOP_BOTTOM: u8 = 2;
/// Pieces: the layer of each non-zero colour, cropped to its box.
pub const COLORS: u8 = 3;

/// A rectangle piece with its non-zero count and colours.
fn rect_piece(src: View<'_>, rect: Rect) -> Piece {
    let mut cells = 0;
    let mut colors = 0u16;
    for r in rect.top..=rect.bottom {
        for &c in &src.row(r)[rect.left..=rect.right] {
            cells += u32::from(c != 0);
            colors |= u16::from(c != 0) << (c & 15);
        }
    }
    Piece { rect, member: Member::All, cells, colors }
}

/// The maximal runs of `0..n` where `sep` is false, into `bands`.
fn bands(n: usize, sep: impl Fn(usize) -> bool, bands: &mut Vec<(usize, usize)>) {
    bands.clear();
    let mut start = None;
    for i in 0..n {
        match (sep(i), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                bands.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        bands.push((s, n));
    }
}

/// The colour of row `r` where it holds one colour.
fn row_color(src: View<'_>, r: usize) -> Option<u8> {
    let row = src.row(r);
    row.iter().all(|&c| c == row[0]).then_some(row[0])
}

/// The colour of column `c` where it holds one colour.
fn col_color(src: View<'_>, c: usize) -> Option<u8> {
    let v = src.at(0, c);
    (1..src.height).all(|r| src.at(r, c) == v).then_some(v)
}

/// The separator colour: the non-zero colour with the most full rows and columns (ties: the
/// smallest colour); `None` where no non-zero colour fills a row or a column.
pub fn separator_color(src: View<'_>) -> Option<u8> {
    let mut lines = [0u32; 16];
    for r in 0..src.height {
        if let Some(c) = row_color(src, r) {
            lines[usize::from(c & 15)] += 1;
        }
    }
    for c in 0..src.width {
        if let Some(v) = col_color(src, c) {
            lines[usize::from(v & 15)] += 1;
        }
    }
    super::util::most_frequent(&lines, 1)
}

/// Splits `src` into `s.pieces` as `mode` says; `false` where it does not split.
pub fn split(src: View<'_>, mode: u8, s: &mut Scratch) -> bool {
    let (h, w) = src.shape();
    s.pieces.clear();
    match mode {
        GRID => {
            let Some(sep) = separator_color(src) else { return false };
            bands(h, |r| row_color(src, r) == Some(sep), &mut s.rows);
            bands(w, |c| col_color(src, c) == Some(sep), &mut s.cols);
            for &(r0, r1) in &s.rows {
                for &(c0, c1) in &s.cols {
                    let rect = Rect { top: r0, left: c0, bottom: r1 - 1, right: c1 - 1 };
                    s.pieces.push(rect_piece(src, rect));
                }
            }
        }
        LEFT_RIGHT if w >= 2 => {
            let half = w / 2;
            s.pieces
                .push(rect_piece(src, Rect { top: 0, left: 0, bottom: h - 1, right: half - 1 }));
            s.pieces.push(rect_piece(
                src,
                Rect { top: 0, left: w - half, bottom: h - 1, right: w - 1 },
            ));
        }
        TOP_BOTTOM if h >= 2 => {
            let half = h / 2;
            s.pieces
                .push(rect_piece(src, Rect { top: 0, left: 0, bottom: half - 1, right: w - 1 }));
            s.pieces.push(rect_piece(
                src,
                Rect { top: h - half, left: 0, bottom: h - 1, right: w - 1 },
            ));
        }
        COLORS => {
            let hist = histogram(src.cells);
            for k in 1..10u8 {
                if hist[usize::from(k)] == 0 {
                    continue;
                }
                let Some(rect) = super::util::bbox(src, |c| c == k) else { continue };
                s.pieces.push(Piece {
                    rect,
                    member: Member::Color(k),
                    cells: hist[usize::from(k)],
                    colors: 1 << k,
                });
            }
        }
        _ => return false,
    }
    s.pieces.len() >= 2
}

/// Whether all pieces have the shape of the first.
fn same_shapes(pieces: &[Piece]) -> bool {
    let (h, w) = (pieces[0].rect.height(), pieces[0].rect.width());
    pieces.iter().all(|p| p.rect.height() == h && p.rect.width() == w)
}

/// Colour `arg` where `keep(n, total)` holds for `n` non-zero pieces of `total` at a cell,
/// else 0 (pieces of one shape).
fn join_masks<const MODE: u8>(
    src: View<'_>,
    arg: u8,
    out: &mut Vec<u8>,
    keep: impl Fn(usize, usize) -> bool,
) -> Shape {
    let k = color_arg(arg)?;
    with_scratch(|s| {
        if !split(src, MODE, s) || !same_shapes(&s.pieces) {
            return None;
        }
        let (h, w) = (s.pieces[0].rect.height(), s.pieces[0].rect.width());
        let total = s.pieces.len();
        for i in 0..h {
            for j in 0..w {
                let n = s
                    .pieces
                    .iter()
                    .filter(|p| src.at(p.rect.top + i, p.rect.left + j) != 0)
                    .count();
                out.push(if keep(n, total) { k } else { 0 });
            }
        }
        Some((h, w))
    })
}

/// Colour `arg` where every piece has a non-zero cell, else 0.
pub fn join_and<const MODE: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    join_masks::<MODE>(src, arg, out, |n, t| n == t)
}

/// Colour `arg` where some piece has a non-zero cell, else 0.
pub fn join_or<const MODE: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    join_masks::<MODE>(src, arg, out, |n, _| n > 0)
}

/// Colour `arg` where exactly one piece has a non-zero cell, else 0.
pub fn join_xor<const MODE: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    join_masks::<MODE>(src, arg, out, |n, _| n == 1)
}

/// Colour `arg` where no piece has a non-zero cell, else 0.
pub fn join_nor<const MODE: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    join_masks::<MODE>(src, arg, out, |n, _| n == 0)
}

/// The pieces laid over each other (of one shape): at each cell the non-zero colour of the
/// last piece that has one (`LAST_ON_TOP`) or of the first.
fn overlay<const MODE: u8, const LAST_ON_TOP: bool>(src: View<'_>, out: &mut Vec<u8>) -> Shape {
    with_scratch(|s| {
        if !split(src, MODE, s) || !same_shapes(&s.pieces) {
            return None;
        }
        let (h, w) = (s.pieces[0].rect.height(), s.pieces[0].rect.width());
        for i in 0..h {
            for j in 0..w {
                let cell = |p: &Piece| src.at(p.rect.top + i, p.rect.left + j);
                let v = if LAST_ON_TOP {
                    s.pieces.iter().rev().map(cell).find(|&c| c != 0)
                } else {
                    s.pieces.iter().map(cell).find(|&c| c != 0)
                };
                out.push(v.unwrap_or(0));
            }
        }
        Some((h, w))
    })
}

/// The pieces laid over each other, later pieces on top.
pub fn join_overlay<const MODE: u8>(
    src: View<'_>,
    _: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    overlay::<MODE, true>(src, out)
}

/// The pieces laid over each other, earlier pieces on top.
pub fn join_underlay<const MODE: u8>(
    src: View<'_>,
    _: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    overlay::<MODE, false>(src, out)
}

/// The piece that criterion `arg` picks, cropped.
pub fn join_pick<const MODE: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    with_scratch(|s| {
        if !split(src, MODE, s) {
            return None;
        }
        let Scratch { pieces, labels, keys, .. } = s;
        let i = pick(pieces, arg, src, labels, keys)?;
        pieces[i].push(src, labels, out)
    })
}
