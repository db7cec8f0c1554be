//! Cell features: each cell painted or dropped by a property of its position or of its
//! neighbours, for the tasks that recolour by such a property (a search that fits modulo a
//! colour map turns the codes painted here into the colours a task wants).

use super::Context;
use super::util::Shape;
use crate::image::View;

/// The lattices of [`recolor_lattice`], by argument: which cells `(r, c)` it selects.
pub const LATTICE_NAMES: [&str; 7] = [
    "odd_columns",
    "odd_rows",
    "odd_checker",
    "columns_0_mod_3",
    "rows_0_mod_3",
    "even_columns",
    "even_rows",
];

/// Whether lattice `arg` of [`LATTICE_NAMES`] selects cell `(r, c)`; `None` for an unknown
/// lattice.
#[inline]
fn selects(arg: u8, r: usize, c: usize) -> Option<bool> {
    Some(match arg {
        0 => c % 2 == 1,
        1 => r % 2 == 1,
        2 => (r + c) % 2 == 1,
        3 => c % 3 == 0,
        4 => r % 3 == 0,
        5 => c % 2 == 0,
        6 => r % 2 == 0,
        _ => return None,
    })
}

/// The non-zero cells that lattice `arg` ([`LATTICE_NAMES`]) selects painted with a code:
/// the smallest colour `1..=9` the image does not hold. Nothing where the image holds
/// every colour `1..=9` or no non-zero cell is selected.
pub fn recolor_lattice(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    selects(arg, 0, 0)?;
    let mut present = 0u16;
    for &v in src.cells {
        present |= 1 << (v & 15);
    }
    let code = (1..=9u8).find(|&k| present & (1 << k) == 0)?;
    let (h, w) = src.shape();
    let base = out.len();
    let mut any = false;
    for r in 0..h {
        for (c, &v) in src.row(r).iter().enumerate() {
            let hit = v != 0 && selects(arg, r, c) == Some(true);
            any |= hit;
            out.push(if hit { code } else { v });
        }
    }
    if !any {
        out.truncate(base);
        return None;
    }
    Some((h, w))
}

/// The number of the four edge neighbours of `(r, c)` that have its colour.
#[inline]
fn same_neighbours4(src: View<'_>, r: usize, c: usize) -> usize {
    let v = src.at(r, c);
    let (h, w) = src.shape();
    usize::from(r > 0 && src.at(r - 1, c) == v)
        + usize::from(r + 1 < h && src.at(r + 1, c) == v)
        + usize::from(c > 0 && src.at(r, c - 1) == v)
        + usize::from(c + 1 < w && src.at(r, c + 1) == v)
}

/// Each non-zero cell painted with 1 + the number of its four edge neighbours of its own
/// colour (`1..=5`: corners, edges and insides of shapes differ); zero cells stay 0.
/// Nothing for an image of only 0.
pub fn paint_neighbours(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    if src.cells.iter().all(|&v| v == 0) {
        return None;
    }
    let (h, w) = src.shape();
    for r in 0..h {
        for c in 0..w {
            let v = src.at(r, c);
            out.push(if v == 0 { 0 } else { 1 + same_neighbours4(src, r, c) as u8 });
        }
    }
    Some((h, w))
}

/// The non-zero cells with at most `arg` of their four edge neighbours of their own colour
/// made 0 (lone cells, specks and thin lines dropped; the cells of solid shapes have two or
/// more). Nothing where no cell is dropped.
pub fn erase_lonely(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let base = out.len();
    let mut any = false;
    for r in 0..h {
        for c in 0..w {
            let v = src.at(r, c);
            let drop = v != 0 && same_neighbours4(src, r, c) <= usize::from(arg);
            any |= drop;
            out.push(if drop { 0 } else { v });
        }
    }
    if !any {
        out.truncate(base);
        return None;
    }
    Some((h, w))
}
