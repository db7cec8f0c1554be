//! Picks of one piece by what it holds rather than by its size or place: the object or the
//! grid cell with the most cells of a colour, and the object whose shape recurs the most.

use super::Context;
use super::select::shape_hash;
use super::split::{GRID, split};
use super::util::{Piece, Shape, color_arg, with_components, with_scratch};
use crate::image::View;

/// The index of the first of the highest `score`s, where it is above 0.
fn best(scores: impl Iterator<Item = u32>) -> Option<usize> {
    let mut top: Option<(u32, usize)> = None;
    for (i, n) in scores.enumerate() {
        if n > 0 && top.is_none_or(|(m, _)| n > m) {
            top = Some((n, i));
        }
    }
    top.map(|(_, i)| i)
}

/// The number of cells of colour `k` in piece `p`'s own cells.
fn count_in(p: &Piece, src: View<'_>, labels: &[u32], k: u8) -> u32 {
    let mut n = 0;
    for r in p.rect.top..=p.rect.bottom {
        for c in p.rect.left..=p.rect.right {
            n += u32::from(p.cell(src, labels, r, c) == k);
        }
    }
    n
}

/// The object (8-connected, any non-zero colours) with the most cells of colour `arg`
/// (ties: the first in reading order), cut out (other cells of its box 0). Nothing where no
/// object holds that colour or `arg` is 0.
pub fn object_most_color(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg).filter(|&k| k != 0)?;
    with_components(src, true, false, |labels, pieces, _| {
        let bit = 1u16 << k;
        let i = best(
            pieces
                .iter()
                .map(|p| if p.colors & bit == 0 { 0 } else { count_in(p, src, labels, k) }),
        )?;
        pieces[i].push(src, labels, out)
    })
}

/// The cell of the grid of separator lines with the most cells of colour `arg` (ties: the
/// first in reading order), cut out. Nothing where the image is no such grid or no cell
/// holds that colour.
pub fn grid_most_color(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    with_scratch(|s| {
        if !split(src, GRID, s) {
            return None;
        }
        let i = best(s.pieces.iter().map(|p| count_in(p, src, &s.labels, k)))?;
        s.pieces[i].push(src, &s.labels, out)
    })
}

/// The one-colour 8-connected object whose shape (which cells of its box are its own)
/// recurs the most among the objects (ties: the first in reading order), cut out. Nothing
/// where no shape occurs twice.
pub fn object_common_shape(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    with_components(src, true, true, |labels, pieces, s| {
        let keys = &mut s.keys;
        keys.clear();
        keys.extend(pieces.iter().enumerate().map(|(i, p)| (shape_hash(p, src, labels), i as u32)));
        let counts = (0..pieces.len()).map(|i| {
            let n = (0..pieces.len())
                .filter(|&j| {
                    keys[j].0 == keys[i].0 && pieces[j].same_shape(&pieces[i], src, labels)
                })
                .count() as u32;
            if n >= 2 { n } else { 0 }
        });
        let i = best(counts)?;
        pieces[i].push(src, labels, out)
    })
}

/// The one-colour 8-connected object, not of colour `arg`, that touches (8-adjacent) a cell
/// of colour `arg`, cut out: the object a marker points at. Nothing where no object or
/// more than one does, or `arg` is 0.
pub fn object_marked(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg).filter(|&k| k != 0)?;
    let (h, w) = src.shape();
    with_components(src, true, true, |labels, pieces, _| {
        let mut found: Option<u32> = None;
        for r in 0..h {
            for c in 0..w {
                if src.at(r, c) != k {
                    continue;
                }
                for nr in r.saturating_sub(1)..=(r + 1).min(h - 1) {
                    for nc in c.saturating_sub(1)..=(c + 1).min(w - 1) {
                        let v = src.at(nr, nc);
                        if v == 0 || v == k {
                            continue;
                        }
                        let l = labels[nr * w + nc];
                        match found {
                            None => found = Some(l),
                            Some(f) if f != l => return None,
                            _ => {}
                        }
                    }
                }
            }
        }
        pieces[found? as usize - 1].push(src, labels, out)
    })
}
