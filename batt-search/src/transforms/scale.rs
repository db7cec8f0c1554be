//! Scaling, tiling and mirroring, to integer factors or to the output's expected shape.

use super::Context;
use super::util::{Shape, color_arg, fits, histogram, most_frequent, shape};
use crate::image::View;

/// Each cell made a `f` x `f` block, `f = arg + 2` (arc-dsl `upscale`).
pub fn upscale(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let f = usize::from(arg) + 2;
    scale_by(src, f, f, out)
}

/// Each cell made an `fh` x `fw` block.
fn scale_by(src: View<'_>, fh: usize, fw: usize, out: &mut Vec<u8>) -> Shape {
    let (h, w) = (src.height.checked_mul(fh)?, src.width.checked_mul(fw)?);
    if !fits(h, w) {
        return None;
    }
    out.reserve(h * w);
    for r in 0..src.height {
        let start = out.len();
        for &c in src.row(r) {
            out.extend(std::iter::repeat_n(c, fw));
        }
        for _ in 1..fh {
            out.extend_from_within(start..start + w);
        }
    }
    Some((h, w))
}

/// Every `f`-th row and column from the first, `f = arg + 2` (arc-dsl `downscale`).
pub fn downscale(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let f = usize::from(arg) + 2;
    let (h, w) = (src.height.div_ceil(f), src.width.div_ceil(f));
    for r in (0..src.height).step_by(f) {
        out.extend(src.row(r).iter().step_by(f));
    }
    Some((h, w))
}

/// Scaled up to the target shape, where it is a multiple of the image's (per side).
pub fn upscale_to_target(src: View<'_>, _: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (th, tw) = cx.target?;
    if th % src.height != 0 || tw % src.width != 0 || (th, tw) == src.shape() {
        return None;
    }
    scale_by(src, th / src.height, tw / src.width, out)
}

/// Scaled down to the target shape, where the image's is a multiple of it: each block
/// becomes its most frequent colour (ties: the smallest).
pub fn downscale_to_target(src: View<'_>, _: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (th, tw) = cx.target?;
    if th == 0 || tw == 0 || src.height % th != 0 || src.width % tw != 0 {
        return None;
    }
    if (th, tw) == src.shape() {
        return None;
    }
    let (fh, fw) = (src.height / th, src.width / tw);
    for i in 0..th {
        for j in 0..tw {
            let mut hist = [0u32; 16];
            for r in i * fh..(i + 1) * fh {
                for &c in &src.row(r)[j * fw..(j + 1) * fw] {
                    hist[usize::from(c & 15)] += 1;
                }
            }
            out.push(most_frequent(&hist, 0).unwrap_or(0));
        }
    }
    shape(th, tw)
}

/// Appends the target-shaped image whose cell `(r, c)` is `src` at `at(r, c)` (or 0).
fn to_target(
    src: View<'_>,
    cx: &Context<'_>,
    out: &mut Vec<u8>,
    at: impl Fn(usize, usize) -> Option<(usize, usize)>,
) -> Shape {
    let (th, tw) = cx.target?;
    if !fits(th, tw) {
        return None;
    }
    out.reserve(th * tw);
    for r in 0..th {
        for c in 0..tw {
            out.push(at(r, c).map_or(0, |(i, j)| src.at(i, j)));
        }
    }
    Some((th, tw))
}

/// The image repeated to fill the target shape (from the top left).
pub fn tile_to_target(src: View<'_>, _: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    to_target(src, cx, out, |r, c| Some((r % h, c % w)))
}

/// The image repeated to fill the target shape, every other copy mirrored (so that copies
/// meet edge to equal edge).
pub fn mirror_tile_to_target(src: View<'_>, _: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let fold = |x: usize, n: usize| if (x / n) % 2 == 0 { x % n } else { n - 1 - x % n };
    to_target(src, cx, out, |r, c| Some((fold(r, h), fold(c, w))))
}

/// The image placed at the top left of a target-shaped canvas of 0 (cut where larger).
pub fn embed_to_target(src: View<'_>, _: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    to_target(src, cx, out, |r, c| (r < h && c < w).then_some((r, c)))
}

/// The image centred on a target-shaped canvas of 0 (cut where larger; odd margins put the
/// extra cell after the image).
pub fn center_to_target(src: View<'_>, _: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let (th, tw) = cx.target?;
    let (dr, dc) = (th as isize - h as isize, tw as isize - w as isize);
    let (or, oc) = (dr.div_euclid(2), dc.div_euclid(2));
    to_target(src, cx, out, |r, c| {
        let (i, j) = (r as isize - or, c as isize - oc);
        (i >= 0 && j >= 0 && (i as usize) < h && (j as usize) < w)
            .then_some((i as usize, j as usize))
    })
}

/// A target-shaped canvas of colour `arg`.
pub fn canvas_target(_: View<'_>, arg: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let (h, w) = cx.target?;
    let s = shape(h, w)?;
    out.extend(std::iter::repeat_n(k, h * w));
    Some(s)
}

/// A target-shaped canvas of the image's most frequent colour (0 counted; arc-dsl
/// `mostcolor`, ties: the smallest colour).
pub fn major_canvas_target(src: View<'_>, _: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = most_frequent(&histogram(src.cells), 0)?;
    let (h, w) = cx.target?;
    let s = shape(h, w)?;
    out.extend(std::iter::repeat_n(k, h * w));
    Some(s)
}

/// An image of the same shape filled with its most frequent non-zero colour.
pub fn major_canvas(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = most_frequent(&histogram(src.cells), 1)?;
    out.extend(std::iter::repeat_n(k, src.cells.len()));
    Some(src.shape())
}

/// `n` x `n` copies of the image, `n = arg + 2`.
pub fn tile(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let n = usize::from(arg) + 2;
    let (h, w) = (src.height * n, src.width * n);
    if !fits(h, w) {
        return None;
    }
    for r in 0..h {
        let row = src.row(r % src.height);
        for _ in 0..n {
            out.extend_from_slice(row);
        }
    }
    Some((h, w))
}

/// The image, then its mirror to the right (arc-dsl `hconcat(g, vmirror(g))`).
pub fn mirror_right(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let s = shape(src.height, src.width * 2)?;
    for r in 0..src.height {
        out.extend_from_slice(src.row(r));
        out.extend(src.row(r).iter().rev());
    }
    Some(s)
}

/// The image, then its mirror below (arc-dsl `vconcat(g, hmirror(g))`).
pub fn mirror_down(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let s = shape(src.height * 2, src.width)?;
    out.extend_from_slice(src.cells);
    for r in (0..src.height).rev() {
        out.extend_from_slice(src.row(r));
    }
    Some(s)
}

/// Four copies: the image, its mirrors right and below, and its half turn bottom right.
pub fn mirror_four(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let s = shape(h * 2, w * 2)?;
    for r in (0..h).chain((0..h).rev()) {
        out.extend_from_slice(src.row(r));
        out.extend(src.row(r).iter().rev());
    }
    Some(s)
}

/// The image's own pattern at each of its non-zero cells, blank at its zero cells (each cell
/// replaced by a copy of the image, or by zeros).
pub fn self_kron(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    kron(src, out, false)
}

/// The image's own pattern at each of its zero cells, blank at its non-zero cells.
pub fn self_kron_inverse(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    kron(src, out, true)
}

/// Each cell replaced by a copy of the image where it is non-zero (`zero`: where it is 0).
fn kron(src: View<'_>, out: &mut Vec<u8>, zero: bool) -> Shape {
    let (h, w) = src.shape();
    let s = shape(h * h, w * w)?;
    for i in 0..h {
        for k in 0..h {
            for j in 0..w {
                let on = (src.at(i, j) == 0) == zero;
                if on {
                    out.extend_from_slice(src.row(k));
                } else {
                    out.extend(std::iter::repeat_n(0, w));
                }
            }
        }
    }
    Some(s)
}

/// Each cell an `n` x `n` block, `n` the number of non-zero colours; nothing for fewer than
/// two colours.
pub fn upscale_by_colors(src: View<'_>, _: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let hist = histogram(src.cells);
    let n = hist[1..].iter().filter(|&&k| k > 0).count();
    if n < 2 {
        return None;
    }
    upscale(src, (n - 2) as u8, cx, out)
}
