//! Choosing one piece of several by a property: the criteria of the `pick` transforms.

use super::util::Piece;
use crate::image::View;

/// The number of criteria; a `pick` transform takes `Param::Count(CRITERIA)`.
pub const CRITERIA: u8 = 17;

/// The criteria by argument, for documentation and reports: ties go to the first piece.
pub const CRITERION_NAMES: [&str; CRITERIA as usize] = [
    "most_cells",
    "fewest_cells",
    "largest_box",
    "smallest_box",
    "most_colors",
    "fewest_colors",
    "topmost",
    "bottommost",
    "leftmost",
    "rightmost",
    "most_gaps",
    "fewest_gaps",
    "tallest",
    "widest",
    "unique_colors",
    "unique_image",
    "unique_shape",
];

/// A piece's score under `criterion` (higher wins); `None` for the uniqueness criteria.
fn score(p: &Piece, criterion: u8) -> Option<i64> {
    let area = (p.rect.height() * p.rect.width()) as i64;
    let cells = i64::from(p.cells);
    let colors = i64::from(p.colors.count_ones());
    Some(match criterion {
        0 => cells,
        1 => -cells,
        2 => area,
        3 => -area,
        4 => colors,
        5 => -colors,
        6 => -(p.rect.top as i64),
        7 => p.rect.bottom as i64,
        8 => -(p.rect.left as i64),
        9 => p.rect.right as i64,
        10 => area - cells,
        11 => cells - area,
        12 => p.rect.height() as i64,
        13 => p.rect.width() as i64,
        _ => return None,
    })
}

/// The index of the piece that `criterion` picks: the first of the highest score, or for the
/// uniqueness criteria the only piece whose colour set (14), cropped image (15) or shape
/// (16: which cells of its box are non-zero) no other piece has. `None` where there is no piece, no unique one, or the criterion is unknown.
/// `keys` is a buffer for the uniqueness criteria.
pub fn pick(
    pieces: &[Piece],
    criterion: u8,
    src: View<'_>,
    labels: &[u32],
    keys: &mut Vec<(u64, u32)>,
) -> Option<usize> {
    if pieces.is_empty() {
        return None;
    }
    match criterion {
        14 => unique(pieces, keys, |p| u64::from(p.colors), |a, b| a.colors == b.colors),
        15 => unique(
            pieces,
            keys,
            |p| image_hash(p, src, labels),
            |a, b| a.same_image(b, src, labels),
        ),
        16 => unique(
            pieces,
            keys,
            |p| shape_hash(p, src, labels),
            |a, b| a.same_shape(b, src, labels),
        ),
        _ => {
            let mut best = (score(&pieces[0], criterion)?, 0);
            for (i, p) in pieces.iter().enumerate().skip(1) {
                let s = score(p, criterion)?;
                if s > best.0 {
                    best = (s, i);
                }
            }
            Some(best.1)
        }
    }
}

/// The only piece equal (by `same`) to no other; `None` unless exactly one. Pieces are
/// grouped by `key` first (equal pieces have equal keys), then the candidate is checked.
fn unique(
    pieces: &[Piece],
    keys: &mut Vec<(u64, u32)>,
    key: impl Fn(&Piece) -> u64,
    same: impl Fn(&Piece, &Piece) -> bool,
) -> Option<usize> {
    keys.clear();
    keys.extend(pieces.iter().enumerate().map(|(i, p)| (key(p), i as u32)));
    keys.sort_unstable();
    let mut found = None;
    let mut i = 0;
    while i < keys.len() {
        let mut j = i + 1;
        while j < keys.len() && keys[j].0 == keys[i].0 {
            j += 1;
        }
        if j - i == 1 {
            if found.is_some() {
                return None;
            }
            found = Some(keys[i].1 as usize);
        }
        i = j;
    }
    let found = found?;
    let p = &pieces[found];
    pieces.iter().enumerate().all(|(i, q)| i == found || !same(p, q)).then_some(found)
}

/// Whether piece `i` ties with the picked piece `chosen` under `criterion`: the same score,
/// or (uniqueness criteria) the piece itself.
pub fn ties(pieces: &[Piece], criterion: u8, chosen: usize, i: usize) -> bool {
    match (score(&pieces[chosen], criterion), score(&pieces[i], criterion)) {
        (Some(a), Some(b)) => a == b,
        _ => i == chosen,
    }
}

/// A hash of a piece's shape (which cells of its box are non-zero): pieces of one shape
/// have one hash.
pub fn shape_hash(p: &Piece, src: View<'_>, labels: &[u32]) -> u64 {
    hash_cells(p, src, labels, |c| u64::from(c != 0))
}

/// A hash of a piece's cropped image (shape and cells).
fn image_hash(p: &Piece, src: View<'_>, labels: &[u32]) -> u64 {
    hash_cells(p, src, labels, u64::from)
}

/// A hash of a piece's box size and of `f` of each cell as the piece shows it.
fn hash_cells(p: &Piece, src: View<'_>, labels: &[u32], f: impl Fn(u8) -> u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |v: u64| {
        h ^= v;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    mix(p.rect.height() as u64);
    mix(p.rect.width() as u64);
    for r in p.rect.top..=p.rect.bottom {
        for c in p.rect.left..=p.rect.right {
            mix(f(p.cell(src, labels, r, c)));
        }
    }
    h
}
