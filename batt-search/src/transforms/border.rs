//! Outlines and borders: frames, padding, halos around shapes, outlines and interiors of
//! shapes, boxes around the content.

use super::Context;
use super::util::{Shape, bbox, color_arg, shape, with_components};
use crate::image::View;

/// The image's outer ring of cells made colour `arg`.
pub fn frame(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let (h, w) = src.shape();
    for r in 0..h {
        for (c, &v) in src.row(r).iter().enumerate() {
            out.push(if r == 0 || c == 0 || r == h - 1 || c == w - 1 { k } else { v });
        }
    }
    Some((h, w))
}

/// The image inside a one-cell frame of colour `arg` (two rows and columns larger).
pub fn pad(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let (h, w) = src.shape();
    let s = shape(h + 2, w + 2)?;
    out.extend(std::iter::repeat_n(k, w + 2));
    for r in 0..h {
        out.push(k);
        out.extend_from_slice(src.row(r));
        out.push(k);
    }
    out.extend(std::iter::repeat_n(k, w + 2));
    Some(s)
}

/// Whether a neighbour of `(r, c)` (8 around when `DIAG`, else 4) satisfies `f`; cells off
/// the image count as `off`.
#[inline]
fn any_neighbour<const DIAG: bool>(
    src: View<'_>,
    r: usize,
    c: usize,
    off: bool,
    f: impl Fn(u8) -> bool,
) -> bool {
    let (h, w) = src.shape();
    for dr in -1isize..=1 {
        for dc in -1isize..=1 {
            if (dr == 0 && dc == 0) || (!DIAG && dr != 0 && dc != 0) {
                continue;
            }
            let (i, j) = (r as isize + dr, c as isize + dc);
            let hit = if i < 0 || j < 0 || i >= h as isize || j >= w as isize {
                off
            } else {
                f(src.at(i as usize, j as usize))
            };
            if hit {
                return true;
            }
        }
    }
    false
}

/// Zero cells next to a non-zero cell (8 around when `DIAG`, else 4) made colour `arg`.
pub fn halo<const DIAG: bool>(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let (h, w) = src.shape();
    for r in 0..h {
        for c in 0..w {
            let v = src.at(r, c);
            out.push(if v == 0 && any_neighbour::<DIAG>(src, r, c, false, |u| u != 0) {
                k
            } else {
                v
            });
        }
    }
    Some((h, w))
}

/// Only the outline of shapes: non-zero cells with a 4-neighbour that is 0 or off the image.
pub fn outline(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    edge_cells(src, out, true)
}

/// Only the inside of shapes: non-zero cells whose 4 neighbours are non-zero cells.
pub fn inner(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    edge_cells(src, out, false)
}

/// Non-zero cells kept where being on an edge of their shape is `edge`.
fn edge_cells(src: View<'_>, out: &mut Vec<u8>, edge: bool) -> Shape {
    let (h, w) = src.shape();
    for r in 0..h {
        for c in 0..w {
            let v = src.at(r, c);
            let on_edge = v != 0 && any_neighbour::<false>(src, r, c, true, |u| u == 0);
            out.push(if v != 0 && on_edge == edge { v } else { 0 });
        }
    }
    Some((h, w))
}

/// The bounding box of the non-zero cells outlined in colour `arg` (arc-dsl `box`).
pub fn box_content(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let b = bbox(src, |c| c != 0)?;
    let (h, w) = src.shape();
    for r in 0..h {
        for c in 0..w {
            let inside = (b.top..=b.bottom).contains(&r) && (b.left..=b.right).contains(&c);
            let ring = inside && (r == b.top || r == b.bottom || c == b.left || c == b.right);
            out.push(if ring { k } else { src.at(r, c) });
        }
    }
    Some((h, w))
}

/// Zero cells inside the bounding box of the non-zero cells made colour `arg` (arc-dsl
/// `delta` filled under the content).
pub fn fill_box(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let b = bbox(src, |c| c != 0)?;
    let (h, w) = src.shape();
    for r in 0..h {
        for c in 0..w {
            let v = src.at(r, c);
            let inside = (b.top..=b.bottom).contains(&r) && (b.left..=b.right).contains(&c);
            out.push(if v == 0 && inside { k } else { v });
        }
    }
    Some((h, w))
}

/// Zero cells inside the bounding box of each object (8-connected, any non-zero colours)
/// made colour `arg`.
pub fn fill_object_boxes(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    with_components(src, true, false, |_, pieces, _| {
        let start = out.len();
        out.extend_from_slice(src.cells);
        let dst = &mut out[start..];
        for p in pieces {
            for r in p.rect.top..=p.rect.bottom {
                for v in &mut dst[r * src.width + p.rect.left..=r * src.width + p.rect.right] {
                    if *v == 0 {
                        *v = k;
                    }
                }
            }
        }
        Some(src.shape())
    })
}
