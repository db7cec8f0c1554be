//! Object selection: the connected components of the non-zero cells (4- or 8-connected, of
//! one colour or of several), one picked by a criterion of [`select`](super::select), then
//! cut out, kept in place or erased.

use super::Context;
use super::select::pick;
use super::util::{Piece, Scratch, Shape, components, with_scratch};
use crate::image::View;

/// The picked object cropped to its box (other cells 0).
pub const CROP: u8 = 0;
/// The image with only the picked object.
pub const KEEP: u8 = 1;
/// The image without the picked object.
pub const ERASE: u8 = 2;

/// The object that criterion `arg` picks among the components (`DIAG`: 8-connected;
/// `SINGLE`: of one colour), written as `MODE` says.
pub fn pick_object<const DIAG: bool, const SINGLE: bool, const MODE: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    with_scratch(|s| {
        components(src, DIAG, SINGLE, s);
        let Scratch { pieces, labels, keys, .. } = s;
        let i = pick(pieces, arg, src, labels, keys)?;
        write_piece(src, &pieces[i], labels, MODE, out)
    })
}

/// Writes `piece` of `src` as `mode` says.
fn write_piece(src: View<'_>, piece: &Piece, labels: &[u32], mode: u8, out: &mut Vec<u8>) -> Shape {
    match mode {
        CROP => piece.push(src, labels, out),
        _ => {
            let super::util::Member::Label(l) = piece.member else { return None };
            let keep = mode == KEEP;
            out.extend(
                src.cells.iter().zip(labels).map(|(&c, &m)| if (m == l) == keep { c } else { 0 }),
            );
            Some(src.shape())
        }
    }
}
