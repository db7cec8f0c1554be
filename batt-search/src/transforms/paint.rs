//! Feature painting: each object (or each colour) painted with a small code of one of its
//! properties, background 0. A search that fits modulo a colour map turns the codes into
//! the colours a task wants, so one painting serves every task that recolours by that
//! property.
//!
//! Objects are connected components of the non-zero cells: argument 0 takes them
//! 4-connected and of one colour, argument 1 8-connected and of any non-zero colours; other
//! arguments give nothing, and so does an image without objects. Codes are `1..=9` (counts
//! above 9 are painted 9).

use super::Context;
use super::select::shape_hash;
use super::util::{Member, Piece, Scratch, Shape, histogram, with_components};
use crate::image::View;

/// Code: the size rank, 1 for the objects with the most cells, 2 for the next size, ...
pub const SIZE_RANK: u8 = 0;
/// Code: 1 for the objects with the most cells, 2 for the others.
pub const LARGEST: u8 = 1;
/// Code: 1 for the objects with the fewest cells, 2 for the others.
pub const SMALLEST: u8 = 2;
/// Code: the number of cells.
pub const SIZE: u8 = 3;
/// Code: 1 + the number of holes (4-connected areas of cells not its own that it encloses).
pub const HOLES: u8 = 4;
/// Code: 1 for the objects that touch the image's border, 2 for the others.
pub const BORDER: u8 = 5;
/// Code: the shape class, 1 for the first object's shape in reading order, 2 for the next
/// other shape, ... (objects of one shape share a code, whatever their colours).
pub const SHAPE: u8 = 6;
/// Code: the number of colours.
pub const COLORS: u8 = 7;
/// Code: the height of the bounding box.
pub const HEIGHT: u8 = 8;
/// Code: the width of the bounding box.
pub const WIDTH: u8 = 9;

/// Code: 1 for the objects with the most cells, 2 for those with the fewest, 3 for the
/// others (1 where all have one size).
pub const EXTREMES: u8 = 10;

/// `n` capped to a code, `1..=9` for `n >= 1`.
#[inline]
fn cap(n: usize) -> u8 {
    n.min(9) as u8
}

/// Each object painted with its code of property `PROP` (one of the constants above).
pub fn paint_objects<const PROP: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    let (diag, single) = match arg {
        0 => (false, true),
        1 => (true, false),
        _ => return None,
    };
    with_components(src, diag, single, |labels, pieces, s| {
        if pieces.is_empty() {
            return None;
        }
        codes::<PROP>(src, labels, pieces, s);
        let codes = &s.codes;
        out.extend(labels.iter().map(|&l| if l == 0 { 0 } else { codes[l as usize - 1] }));
        Some(src.shape())
    })
}

/// Fills `s.codes` with one code per piece of `pieces`.
fn codes<const PROP: u8>(src: View<'_>, labels: &[u32], pieces: &[Piece], s: &mut Scratch) {
    let Scratch { codes, marks, stack, keys, .. } = s;
    codes.clear();
    let most = pieces.iter().map(|p| p.cells).max().unwrap_or(0);
    let fewest = pieces.iter().map(|p| p.cells).min().unwrap_or(0);
    match PROP {
        SIZE_RANK => {
            keys.clear();
            keys.extend(pieces.iter().map(|p| (u64::from(p.cells), 0)));
            keys.sort_unstable();
            keys.dedup();
            codes.extend(pieces.iter().map(|p| {
                let larger = keys.len() - keys.partition_point(|k| k.0 <= u64::from(p.cells));
                cap(larger + 1)
            }));
        }
        LARGEST => codes.extend(pieces.iter().map(|p| if p.cells == most { 1 } else { 2 })),
        SMALLEST => codes.extend(pieces.iter().map(|p| if p.cells == fewest { 1 } else { 2 })),
        EXTREMES => codes.extend(pieces.iter().map(|p| match p.cells {
            n if n == most => 1,
            n if n == fewest => 2,
            _ => 3,
        })),
        SIZE => codes.extend(pieces.iter().map(|p| cap(p.cells as usize))),
        HOLES => {
            for p in pieces.iter() {
                let n = count_holes(src, p, labels, marks, stack);
                codes.push(cap(n + 1));
            }
        }
        BORDER => {
            let (h, w) = src.shape();
            codes.extend(pieces.iter().map(|p| {
                let r = p.rect;
                let touches = r.top == 0 || r.left == 0 || r.bottom + 1 == h || r.right + 1 == w;
                if touches { 1 } else { 2 }
            }));
        }
        SHAPE => {
            keys.clear();
            keys.extend(pieces.iter().map(|p| (shape_hash(p, src, labels), 0)));
            let mut next = 0usize;
            for i in 0..pieces.len() {
                let same = (0..i).find(|&j| {
                    keys[j].0 == keys[i].0 && pieces[j].same_shape(&pieces[i], src, labels)
                });
                let code = match same {
                    Some(j) => codes[j],
                    None => {
                        next += 1;
                        cap(next)
                    }
                };
                codes.push(code);
            }
        }
        COLORS => codes.extend(pieces.iter().map(|p| cap(p.colors.count_ones() as usize))),
        HEIGHT => codes.extend(pieces.iter().map(|p| cap(p.rect.height()))),
        _ => codes.extend(pieces.iter().map(|p| cap(p.rect.width()))),
    }
}

/// The number of holes of piece `p`: 4-connected areas of the cells of its box that are not
/// its own and that no path of such cells joins to the box's edge.
fn count_holes(
    src: View<'_>,
    p: &Piece,
    labels: &[u32],
    marks: &mut Vec<u8>,
    stack: &mut Vec<u32>,
) -> usize {
    let Member::Label(l) = p.member else { return 0 };
    let (bh, bw) = (p.rect.height(), p.rect.width());
    // marks: 1 own cell or visited, 0 not yet visited.
    marks.clear();
    marks.extend((0..bh * bw).map(|i| {
        let (r, c) = (p.rect.top + i / bw, p.rect.left + i % bw);
        u8::from(labels[r * src.width + c] == l)
    }));
    let mut flood = |start: usize, marks: &mut Vec<u8>| {
        marks[start] = 1;
        stack.clear();
        stack.push(start as u32);
        while let Some(i) = stack.pop() {
            let i = i as usize;
            let (r, c) = (i / bw, i % bw);
            let mut visit = |j: usize| {
                if marks[j] == 0 {
                    marks[j] = 1;
                    stack.push(j as u32);
                }
            };
            if r > 0 {
                visit(i - bw);
            }
            if r + 1 < bh {
                visit(i + bw);
            }
            if c > 0 {
                visit(i - 1);
            }
            if c + 1 < bw {
                visit(i + 1);
            }
        }
    };
    for i in 0..bh * bw {
        let (r, c) = (i / bw, i % bw);
        if (r == 0 || c == 0 || r + 1 == bh || c + 1 == bw) && marks[i] == 0 {
            flood(i, marks);
        }
    }
    let mut n = 0;
    for i in 0..bh * bw {
        if marks[i] == 0 {
            n += 1;
            flood(i, marks);
        }
    }
    n
}

/// Each non-zero colour painted with its frequency rank: 1 for the most frequent, 2 for the
/// next, ... (ties: the smaller colour first; ranks above 9 painted 9); nothing for an image
/// of only 0.
pub fn paint_color_rank(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let hist = histogram(src.cells);
    let mut order: [(u32, u8); 9] = [(0, 0); 9];
    for (k, o) in order.iter_mut().enumerate() {
        *o = (hist[k + 1], k as u8 + 1);
    }
    if order.iter().all(|o| o.0 == 0) {
        return None;
    }
    order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut code = [0u8; 16];
    for (rank, &(n, k)) in order.iter().enumerate() {
        if n > 0 {
            code[usize::from(k)] = cap(rank + 1);
        }
    }
    out.extend(src.cells.iter().map(|&v| code[usize::from(v & 15)]));
    Some(src.shape())
}
