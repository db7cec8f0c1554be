//! Gravity: the non-zero cells of each column (or row) fall toward one side, in order, until
//! they rest on the border or on each other.

use super::Context;
use super::util::Shape;
use crate::image::View;

/// Toward the bottom.
pub const DOWN: u8 = 0;
/// Toward the top.
pub const UP: u8 = 1;
/// Toward the left.
pub const LEFT: u8 = 2;
/// Toward the right.
pub const RIGHT: u8 = 3;

/// The non-zero cells of each line moved toward side `D`, keeping their order.
pub fn gravity<const D: u8>(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let start = out.len();
    out.resize(start + h * w, 0);
    let dst = &mut out[start..];
    match D {
        DOWN | UP => {
            for c in 0..w {
                let mut k = 0;
                for i in 0..h {
                    let r = if D == DOWN { h - 1 - i } else { i };
                    let v = src.at(r, c);
                    if v != 0 {
                        let to = if D == DOWN { h - 1 - k } else { k };
                        dst[to * w + c] = v;
                        k += 1;
                    }
                }
            }
        }
        _ => {
            for r in 0..h {
                let row = src.row(r);
                let line = &mut dst[r * w..(r + 1) * w];
                let mut k = 0;
                for i in 0..w {
                    let c = if D == RIGHT { w - 1 - i } else { i };
                    if row[c] != 0 {
                        let to = if D == RIGHT { w - 1 - k } else { k };
                        line[to] = row[c];
                        k += 1;
                    }
                }
            }
        }
    }
    Some((h, w))
}
