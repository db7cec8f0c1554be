//! Rigid transforms: the seven rotations and mirrors other than the identity.

use super::Context;
use super::util::Shape;
use crate::image::View;

/// Appends the image whose cell `(r, c)` (of an `h` x `w` result) is `src` at `from(r, c)`.
#[inline]
fn remap(
    src: View<'_>,
    h: usize,
    w: usize,
    out: &mut Vec<u8>,
    from: impl Fn(usize, usize) -> (usize, usize),
) -> Shape {
    out.reserve(h * w);
    for r in 0..h {
        for c in 0..w {
            let (i, j) = from(r, c);
            out.push(src.at(i, j));
        }
    }
    Some((h, w))
}

/// A quarter turn clockwise (arc-dsl `rot90`).
pub fn rot90(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    remap(src, w, h, out, |r, c| (h - 1 - c, r))
}

/// A half turn (arc-dsl `rot180`).
pub fn rot180(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    out.extend(src.cells.iter().rev());
    Some(src.shape())
}

/// A quarter turn counter-clockwise (arc-dsl `rot270`).
pub fn rot270(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    remap(src, w, h, out, |r, c| (c, w - 1 - r))
}

/// Rows in reverse order, upside down (arc-dsl `hmirror`).
pub fn hmirror(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    for r in (0..src.height).rev() {
        out.extend_from_slice(src.row(r));
    }
    Some(src.shape())
}

/// Columns in reverse order, left for right (arc-dsl `vmirror`).
pub fn vmirror(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    for r in 0..src.height {
        out.extend(src.row(r).iter().rev());
    }
    Some(src.shape())
}

/// The transpose, mirrored on the main diagonal (arc-dsl `dmirror`).
pub fn dmirror(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    remap(src, w, h, out, |r, c| (c, r))
}

/// Mirrored on the anti-diagonal (arc-dsl `cmirror`).
pub fn cmirror(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    remap(src, w, h, out, |r, c| (h - 1 - c, w - 1 - r))
}
