//! Moving whole objects: each object (8-connected, any non-zero colours) slides rigidly in
//! one direction until the border or another object stops it, the objects nearest the wall
//! first.

use super::Context;
use super::util::{Member, Rect, Scratch, Shape, with_components};
use crate::image::View;

/// Direction: towards the last row.
pub const DOWN: u8 = 0;
/// Direction: towards the first row.
pub const UP: u8 = 1;
/// Direction: towards the first column.
pub const LEFT: u8 = 2;
/// Direction: towards the last column.
pub const RIGHT: u8 = 3;

/// The objects slid in direction `DIR` as far as they go.
pub fn gravity_objects<const DIR: u8>(
    src: View<'_>,
    _: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Shape {
    let (h, w) = src.shape();
    let (dr, dc): (isize, isize) = match DIR {
        DOWN => (1, 0),
        UP => (-1, 0),
        LEFT => (0, -1),
        _ => (0, 1),
    };
    with_components(src, true, false, |labels, pieces, s| {
        let Scratch { keys, stack, .. } = s;
        // Nearest the wall first: the key is the distance of the piece's leading edge.
        keys.clear();
        keys.extend(pieces.iter().enumerate().map(|(i, p)| {
            let d = match DIR {
                DOWN => h - 1 - p.rect.bottom,
                UP => p.rect.top,
                LEFT => p.rect.left,
                _ => w - 1 - p.rect.right,
            };
            (d as u64, i as u32)
        }));
        keys.sort_unstable();
        let base = out.len();
        out.extend_from_slice(src.cells);
        for &(_, i) in keys.iter() {
            let p = pieces[i as usize];
            let Member::Label(l) = p.member else { continue };
            // The piece's cells, packed `row << 8 | column`.
            stack.clear();
            for r in p.rect.top..=p.rect.bottom {
                for c in p.rect.left..=p.rect.right {
                    if labels[r * w + c] == l {
                        stack.push(((r << 8) | c) as u32);
                    }
                }
            }
            let cell = |rc: u32| ((rc >> 8) as usize, (rc & 0xff) as usize);
            for &rc in stack.iter() {
                let (r, c) = cell(rc);
                out[base + r * w + c] = 0;
            }
            let mut shift = 0usize;
            'slide: loop {
                let next = shift + 1;
                for &rc in stack.iter() {
                    let (r, c) = cell(rc);
                    let nr = r as isize + dr * next as isize;
                    let nc = c as isize + dc * next as isize;
                    if nr < 0 || nc < 0 || nr >= h as isize || nc >= w as isize {
                        break 'slide;
                    }
                    if out[base + nr as usize * w + nc as usize] != 0 {
                        break 'slide;
                    }
                }
                shift = next;
            }
            for &rc in stack.iter() {
                let (r, c) = cell(rc);
                let nr = (r as isize + dr * shift as isize) as usize;
                let nc = (c as isize + dc * shift as isize) as usize;
                out[base + nr * w + nc] = src.at(r, c);
            }
        }
        Some((h, w))
    })
}

/// The cells of colour `arg`, as one rigid group, slid towards the other non-zero cells
/// until they touch them: of the four directions, the one in which the group meets another
/// non-zero cell after the fewest steps (ties: down, up, left, right), stopping one step
/// before it would overlap. Nothing where the image has no cell of colour `arg`, no other
/// non-zero cell on any of the four paths, or the group touches already in that direction.
pub fn move_to_contact(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = super::util::color_arg(arg).filter(|&k| k != 0)?;
    let (h, w) = src.shape();
    let cells = src.cells;
    let group = super::util::bbox(src, |v| v == k)?;
    let mut best: Option<(usize, isize, isize)> = None;
    for (dr, dc) in [(1isize, 0isize), (-1, 0), (0, -1), (0, 1)] {
        // The most steps the group can take before leaving the image.
        let room = match (dr, dc) {
            (1, _) => h - 1 - group.bottom,
            (-1, _) => group.top,
            (_, -1) => group.left,
            _ => w - 1 - group.right,
        };
        let limit = best.map_or(room, |(s, _, _)| room.min(s.saturating_sub(1)));
        let meets = (1..=limit).find(|&s| {
            (group.top..=group.bottom).any(|r| {
                (group.left..=group.right).any(|c| {
                    if cells[r * w + c] != k {
                        return false;
                    }
                    let nr = (r as isize + dr * s as isize) as usize;
                    let nc = (c as isize + dc * s as isize) as usize;
                    let v = cells[nr * w + nc];
                    v != 0 && v != k
                })
            })
        });
        if let Some(s) = meets {
            best = Some((s, dr, dc));
        }
    }
    let (s, dr, dc) = best?;
    let shift = s - 1;
    if shift == 0 {
        return None;
    }
    let base = out.len();
    out.extend(cells.iter().map(|&v| if v == k { 0 } else { v }));
    for r in group.top..=group.bottom {
        for c in group.left..=group.right {
            if cells[r * w + c] == k {
                let nr = (r as isize + dr * shift as isize) as usize;
                let nc = (c as isize + dc * shift as isize) as usize;
                out[base + nr * w + nc] = k;
            }
        }
    }
    Some((h, w))
}

/// Every cell moved one cell in direction `arg` (0 down, 1 up, 2 left, 3 right), cells
/// that leave the image dropped and the cells left behind 0. Nothing for another argument.
pub fn shift(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let (dr, dc): (isize, isize) = match arg {
        DOWN => (1, 0),
        UP => (-1, 0),
        LEFT => (0, -1),
        RIGHT => (0, 1),
        _ => return None,
    };
    for r in 0..h {
        for c in 0..w {
            let (sr, sc) = (r as isize - dr, c as isize - dc);
            let inside = sr >= 0 && sc >= 0 && sr < h as isize && sc < w as isize;
            out.push(if inside { src.at(sr as usize, sc as usize) } else { 0 });
        }
    }
    Some((h, w))
}

/// The cells of colour `k` (whose box is `group`), as one block, moved by `(dr, dc)` over
/// the other cells (the cells left behind 0); nothing where the block would leave the image.
fn move_color(src: View<'_>, k: u8, group: Rect, dr: isize, dc: isize, out: &mut Vec<u8>) -> Shape {
    let (h, w) = src.shape();
    let (top, left) = (group.top as isize + dr, group.left as isize + dc);
    let (bottom, right) = (group.bottom as isize + dr, group.right as isize + dc);
    if top < 0 || left < 0 || bottom >= h as isize || right >= w as isize {
        return None;
    }
    let base = out.len();
    out.extend(src.cells.iter().map(|&v| if v == k { 0 } else { v }));
    for r in group.top..=group.bottom {
        for c in group.left..=group.right {
            if src.at(r, c) == k {
                let (nr, nc) = ((r as isize + dr) as usize, (c as isize + dc) as usize);
                out[base + nr * w + nc] = k;
            }
        }
    }
    Some((h, w))
}

/// The boxes of the cells of colour `arg` and of the other non-zero cells, where both exist
/// and `arg` is a non-zero colour.
fn color_and_rest(src: View<'_>, arg: u8) -> Option<(u8, Rect, Rect)> {
    let k = super::util::color_arg(arg).filter(|&k| k != 0)?;
    let group = super::util::bbox(src, |v| v == k)?;
    let rest = super::util::bbox(src, |v| v != 0 && v != k)?;
    Some((k, group, rest))
}

/// The cells of colour `arg` moved one step (diagonal steps included) towards the centre of
/// the box of the other non-zero cells. Nothing where the centres are level on both axes.
pub fn step_toward(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (k, group, rest) = color_and_rest(src, arg)?;
    let dr = ((rest.top + rest.bottom) as isize - (group.top + group.bottom) as isize).signum();
    let dc = ((rest.left + rest.right) as isize - (group.left + group.right) as isize).signum();
    if dr == 0 && dc == 0 {
        return None;
    }
    move_color(src, k, group, dr, dc, out)
}

/// The cells of colour `arg` moved so that their box is centred on the box of the other
/// non-zero cells. Nothing where no whole move centres it or it is centred already.
pub fn center_on_rest(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let (k, group, rest) = color_and_rest(src, arg)?;
    let dr2 = (rest.top + rest.bottom) as isize - (group.top + group.bottom) as isize;
    let dc2 = (rest.left + rest.right) as isize - (group.left + group.right) as isize;
    if dr2 % 2 != 0 || dc2 % 2 != 0 || (dr2 == 0 && dc2 == 0) {
        return None;
    }
    move_color(src, k, group, dr2 / 2, dc2 / 2, out)
}
