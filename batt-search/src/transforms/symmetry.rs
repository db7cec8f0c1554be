//! Symmetry completion: cells of a colour (the holes, `arg`, often 0) take the colour of their
//! images under a symmetry of the whole image, where one of those is not a hole.

use super::Context;
use super::util::{Shape, color_arg};
use crate::image::View;

/// Mirror top to bottom.
pub const H: u8 = 0;
/// Mirror left to right.
pub const V: u8 = 1;
/// Both mirrors (and the half turn).
pub const HV: u8 = 2;
/// The half turn.
pub const ROT180: u8 = 3;
/// The transpose (square images).
pub const DIAG: u8 = 4;
/// The quarter turns (square images).
pub const ROT90: u8 = 5;
/// Both diagonals and both mirrors: the 8 symmetries of a square.
pub const ALL: u8 = 6;

/// The images of `(r, c)` under the group `G` (at most 7, besides the cell itself), into
/// `orbit`; returns how many.
#[inline]
fn orbit<const G: u8>(
    h: usize,
    w: usize,
    r: usize,
    c: usize,
    orbit: &mut [(usize, usize); 7],
) -> usize {
    let (mr, mc) = (h - 1 - r, w - 1 - c);
    let list: &[(usize, usize)] = match G {
        H => &[(mr, c)],
        V => &[(r, mc)],
        HV => &[(mr, c), (r, mc), (mr, mc)],
        ROT180 => &[(mr, mc)],
        DIAG => &[(c, r)],
        ROT90 => &[(c, mr), (mr, mc), (mc, r)],
        _ => &[(mr, c), (r, mc), (mr, mc), (c, r), (c, mr), (mc, r), (mc, mr)],
    };
    orbit[..list.len()].copy_from_slice(list);
    list.len()
}

/// Each cell of colour `arg` given the colour of the first of its images under the group `G`
/// that is not `arg` (the groups with a diagonal need a square image).
pub fn complete<const G: u8>(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let hole = color_arg(arg)?;
    let (h, w) = src.shape();
    if matches!(G, DIAG | ROT90 | ALL) && h != w {
        return None;
    }
    let mut o = [(0, 0); 7];
    for r in 0..h {
        for c in 0..w {
            let v = src.at(r, c);
            if v != hole {
                out.push(v);
                continue;
            }
            let n = orbit::<G>(h, w, r, c, &mut o);
            let fill = o[..n].iter().map(|&(i, j)| src.at(i, j)).find(|&u| u != hole);
            out.push(fill.unwrap_or(v));
        }
    }
    Some((h, w))
}
