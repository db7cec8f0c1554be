//! Crops and cut-outs: boxes of colours, uniform lines dropped, halves.

use super::Context;
use super::util::{
    Rect, Scratch, Shape, bbox, color_arg, histogram, most_frequent, push_rect, with_scratch,
};
use crate::image::View;

/// The bounding box of the non-zero cells.
pub fn crop_nonzero(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    push_rect(src, bbox(src, |c| c != 0)?, out)
}

/// The bounding box of the cells not of the most frequent colour (0 counted).
pub fn crop_non_major(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let bg = most_frequent(&histogram(src.cells), 0)?;
    push_rect(src, bbox(src, |c| c != bg)?, out)
}

/// The bounding box of the cells of colour `arg`.
pub fn crop_color(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    push_rect(src, bbox(src, |c| c == k)?, out)
}

/// The bounding box of the cells not of colour `arg` (`arg` taken as background).
pub fn crop_not_color(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    push_rect(src, bbox(src, |c| c != k)?, out)
}

/// Inside the bounding box of colour `arg`, its outer ring dropped (what a frame encloses).
pub fn crop_inside_color(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let b = bbox(src, |c| c == k)?;
    if b.height() < 3 || b.width() < 3 {
        return None;
    }
    let inner = Rect { top: b.top + 1, left: b.left + 1, bottom: b.bottom - 1, right: b.right - 1 };
    push_rect(src, inner, out)
}

/// Whether row `r` holds one colour.
#[inline]
fn uniform_row(src: View<'_>, r: usize) -> bool {
    let row = src.row(r);
    row.iter().all(|&c| c == row[0])
}

/// Whether column `c` holds one colour.
#[inline]
fn uniform_col(src: View<'_>, c: usize) -> bool {
    let v = src.at(0, c);
    (1..src.height).all(|r| src.at(r, c) == v)
}

/// Appends the cells of the rows and columns whose flag is non-zero (`flags`: one per row,
/// then one per column); `None` where no row or no column is kept.
fn push_kept(src: View<'_>, flags: &[u8], out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let (rows, cols) = flags.split_at(h);
    let nh = rows.iter().filter(|&&k| k != 0).count();
    let nw = cols.iter().filter(|&&k| k != 0).count();
    if nh == 0 || nw == 0 {
        return None;
    }
    for r in (0..h).filter(|&r| rows[r] != 0) {
        let row = src.row(r);
        out.extend((0..w).filter(|&c| cols[c] != 0).map(|c| row[c]));
    }
    Some((nh, nw))
}

/// Rows and columns of one colour dropped (arc-dsl `compress`).
pub fn compress(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    with_scratch(|s| {
        s.bytes.clear();
        s.bytes.extend((0..src.height).map(|r| u8::from(!uniform_row(src, r))));
        s.bytes.extend((0..src.width).map(|c| u8::from(!uniform_col(src, c))));
        push_kept(src, &s.bytes, out)
    })
}

/// Rows and columns of only 0 dropped.
pub fn drop_zero_lines(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    with_scratch(|s| {
        s.bytes.clear();
        s.bytes.extend((0..src.height).map(|r| u8::from(src.row(r).iter().any(|&c| c != 0))));
        s.bytes
            .extend((0..src.width).map(|c| u8::from((0..src.height).any(|r| src.at(r, c) != 0))));
        push_kept(src, &s.bytes, out)
    })
}

/// Each row equal to the row before it dropped, and each column equal to the column before.
pub fn dedup_lines(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    with_scratch(|s| {
        s.bytes.clear();
        s.bytes.extend((0..src.height).map(|r| u8::from(r == 0 || src.row(r) != src.row(r - 1))));
        s.bytes.extend((0..src.width).map(|c| {
            u8::from(c == 0 || (0..src.height).any(|r| src.at(r, c) != src.at(r, c - 1)))
        }));
        push_kept(src, &s.bytes, out)
    })
}

/// Without the outer ring of cells (arc-dsl `trim`).
pub fn trim(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    if h < 3 || w < 3 {
        return None;
    }
    push_rect(src, Rect { top: 1, left: 1, bottom: h - 2, right: w - 2 }, out)
}

/// The upper half, rows rounded down (arc-dsl `tophalf`).
pub fn top_half(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    (h >= 2).then_some(())?;
    push_rect(src, Rect { top: 0, left: 0, bottom: h / 2 - 1, right: w - 1 }, out)
}

/// The lower half, a middle row skipped (arc-dsl `bottomhalf`).
pub fn bottom_half(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    (h >= 2).then_some(())?;
    push_rect(src, Rect { top: h - h / 2, left: 0, bottom: h - 1, right: w - 1 }, out)
}

/// The left half, columns rounded down (arc-dsl `lefthalf`).
pub fn left_half(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    (w >= 2).then_some(())?;
    push_rect(src, Rect { top: 0, left: 0, bottom: h - 1, right: w / 2 - 1 }, out)
}

/// The right half, a middle column skipped (arc-dsl `righthalf`).
pub fn right_half(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    (w >= 2).then_some(())?;
    push_rect(src, Rect { top: 0, left: w - w / 2, bottom: h - 1, right: w - 1 }, out)
}

/// The largest rectangular ring of one non-zero colour, at least 3 x 3, whose inside holds
/// a cell of another colour: each ring's top-left corner reaches as far right and down as
/// its colour runs, and the ring counts where the bottom row and the right column run as
/// far (ties: the first corner in reading order).
fn largest_frame(src: View<'_>, s: &mut Scratch) -> Option<Rect> {
    let (h, w) = src.shape();
    let n = h * w;
    // bytes: run of one colour rightward from each cell; marks: downward.
    let (right, down) = (&mut s.bytes, &mut s.marks);
    right.clear();
    right.resize(n, 1);
    down.clear();
    down.resize(n, 1);
    let cells = src.cells;
    for r in (0..h).rev() {
        for c in (0..w).rev() {
            let i = r * w + c;
            if c + 1 < w && cells[i + 1] == cells[i] {
                right[i] = right[i + 1].saturating_add(1);
            }
            if r + 1 < h && cells[i + w] == cells[i] {
                down[i] = down[i + w].saturating_add(1);
            }
        }
    }
    let mut best: Option<(usize, Rect)> = None;
    for t in 0..h {
        for l in 0..w {
            let i = t * w + l;
            let v = cells[i];
            let (fw, fh) = (usize::from(right[i]), usize::from(down[i]));
            if v == 0 || fw < 3 || fh < 3 || best.is_some_and(|(a, _)| a >= fw * fh) {
                continue;
            }
            let (b, rr) = (t + fh - 1, l + fw - 1);
            if usize::from(right[b * w + l]) < fw || usize::from(down[t * w + rr]) < fh {
                continue;
            }
            let mixed = (t + 1..b).any(|y| src.row(y)[l + 1..rr].iter().any(|&u| u != v));
            if mixed {
                best = Some((fw * fh, Rect { top: t, left: l, bottom: b, right: rr }));
            }
        }
    }
    best.map(|(_, rect)| rect)
}

/// What the largest frame of one colour ([`largest_frame`]) holds: argument 0 its inside,
/// 1 the frame with its inside. Nothing where the image has no such frame.
pub fn crop_frame(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    if arg > 1 {
        return None;
    }
    let rect = with_scratch(|s| largest_frame(src, s))?;
    let rect = if arg == 0 {
        Rect {
            top: rect.top + 1,
            left: rect.left + 1,
            bottom: rect.bottom - 1,
            right: rect.right - 1,
        }
    } else {
        rect
    };
    push_rect(src, rect, out)
}
