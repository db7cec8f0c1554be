//! Fills: enclosed areas (holes), and colours by majority.

use super::Context;
use super::util::{
    Member, Scratch, Shape, color_arg, histogram, most_frequent, with_components, with_scratch,
};
use crate::image::View;

/// Marks in `s.bytes` (1) the zero cells that a 4-connected path of zero cells joins to the
/// border; the other zero cells are holes.
fn mark_outside(src: View<'_>, s: &mut Scratch) {
    let (h, w) = src.shape();
    s.bytes.clear();
    s.bytes.resize(h * w, 0);
    s.stack.clear();
    for i in 0..h * w {
        let (r, c) = (i / w, i % w);
        if (r == 0 || c == 0 || r == h - 1 || c == w - 1) && src.cells[i] == 0 {
            s.bytes[i] = 1;
            s.stack.push(i as u32);
        }
    }
    while let Some(i) = s.stack.pop() {
        let i = i as usize;
        let (r, c) = (i / w, i % w);
        let mut visit = |j: usize| {
            if src.cells[j] == 0 && s.bytes[j] == 0 {
                s.bytes[j] = 1;
                s.stack.push(j as u32);
            }
        };
        if r > 0 {
            visit(i - w);
        }
        if r + 1 < h {
            visit(i + w);
        }
        if c > 0 {
            visit(i - 1);
        }
        if c + 1 < w {
            visit(i + 1);
        }
    }
}

/// Holes (zero cells no path of zero cells joins to the border) made colour `arg`.
pub fn fill_holes(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    with_scratch(|s| {
        mark_outside(src, s);
        out.extend(
            src.cells.iter().zip(&s.bytes).map(|(&v, &o)| if v == 0 && o == 0 { k } else { v }),
        );
        Some(src.shape())
    })
}

/// Only the holes, in colour `arg`; every other cell 0.
pub fn holes(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    with_scratch(|s| {
        mark_outside(src, s);
        out.extend(
            src.cells.iter().zip(&s.bytes).map(|(&v, &o)| if v == 0 && o == 0 { k } else { 0 }),
        );
        Some(src.shape())
    })
}

/// Holes made the most frequent non-zero colour.
pub fn fill_holes_major(src: View<'_>, _: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = most_frequent(&histogram(src.cells), 1)?;
    fill_holes(src, k, cx, out)
}

/// Zero cells made the most frequent non-zero colour.
pub fn fill_zero_major(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = most_frequent(&histogram(src.cells), 1)?;
    out.extend(src.cells.iter().map(|&v| if v == 0 { k } else { v }));
    Some(src.shape())
}

/// Each object (8-connected, any non-zero colours) in its own most frequent colour (ties:
/// the smallest colour).
pub fn object_majority(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    with_components(src, true, false, |labels, pieces, s| {
        s.hists.clear();
        s.hists.resize(pieces.len(), [0; 16]);
        for (&v, &l) in src.cells.iter().zip(labels) {
            if l != 0 {
                s.hists[l as usize - 1][usize::from(v & 15)] += 1;
            }
        }
        s.bytes.clear();
        s.bytes.extend(s.hists.iter().map(|h| most_frequent(h, 1).unwrap_or(0)));
        debug_assert!(pieces.iter().all(|p| matches!(p.member, Member::Label(_))));
        out.extend(
            src.cells
                .iter()
                .zip(labels)
                .map(|(&v, &l)| if l == 0 { v } else { s.bytes[l as usize - 1] }),
        );
        Some(src.shape())
    })
}
