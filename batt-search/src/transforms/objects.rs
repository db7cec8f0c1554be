//! Object selection: the connected components of the non-zero cells (4- or 8-connected, of
//! one colour or of several), one picked by a criterion of [`select`](super::select), then
//! cut out, kept in place or erased (alone, or with every object that ties with it).

use super::Context;
use super::select::{pick, ties};
use super::util::{Piece, Scratch, Shape, with_components};
use crate::image::View;

/// The picked object cropped to its box (other cells 0).
pub const CROP: u8 = 0;
/// The image with only the picked object.
pub const KEEP: u8 = 1;
/// The image without the picked object.
pub const ERASE: u8 = 2;
/// The image with only the objects that tie with the picked one (equal score).
pub const KEEP_TIES: u8 = 3;
/// The image without the objects that tie with the picked one.
pub const ERASE_TIES: u8 = 4;

/// The object that criterion `arg` picks among the components (`DIAG`: 8-connected;
/// `SINGLE`: of one colour), written as `MODE` says.
pub fn pick_object<const DIAG: bool, const SINGLE: bool, const MODE: u8>(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    with_components(src, DIAG, SINGLE, |labels, pieces, s| {
        let Scratch { keys, bytes, .. } = s;
        let i = pick(pieces, arg, src, labels, keys)?;
        if MODE == KEEP_TIES || MODE == ERASE_TIES {
            // bytes[l]: whether the object of label l is kept (label 0: no object).
            let keep = MODE == KEEP_TIES;
            bytes.clear();
            bytes.push(u8::from(!keep));
            bytes.extend((0..pieces.len()).map(|j| u8::from(ties(pieces, arg, i, j) == keep)));
            out.extend(src.cells.iter().zip(labels.iter()).map(|(&c, &l)| c * bytes[l as usize]));
            return Some(src.shape());
        }
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
