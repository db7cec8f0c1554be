//! Objects: connected components of a grid, partitions by colour, and what is read off
//! objects (colour, periods, occurrences).

use std::borrow::Borrow;
use std::sync::Arc;

use super::args::{IntoBoolean, IntoColor};
use super::containers::Container;
use super::frozenset::{FrozenSet, arc_with};
use super::gridlike::GridLike;
use super::patches::{Patch, normalize, shape};
use super::types::{Cell, Indices, Integer, IntegerTuple, Object, Objects};
use crate::grid::{CODES_IN_ORDER, cell_integer, starts_in_colour_order};
use crate::grid::{Color, Grid, NUM_CELL_CODES};
use crate::scan::cells::{for_each_run, histogram, scan};

/// The connected objects of a grid: cells of one colour (`univalued`) or of any colour but
/// the background, joined orthogonally or also `diagonal`ly, without the most frequent
/// colour's cells when `without_bg`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0, 2], [1, 0, 0], [0, 0, 2]]).unwrap();
/// let x1 = objects(&g, T, F, T);
/// assert_eq!(size(&x1), 3);
/// let x2 = objects(&g, T, T, T);
/// assert_eq!(size(&x2), 3);
/// let x3 = objects(&g, F, F, F);
/// assert_eq!(size(&x3), 1);
/// ```
pub fn objects<G: GridLike, U: IntoBoolean, D: IntoBoolean, W: IntoBoolean>(
    grid: G,
    univalued: U,
    diagonal: D,
    without_bg: W,
) -> G::Lift<Objects> {
    grid.lift(|g| {
        let univalued = univalued.into_boolean();
        let bg = match without_bg.into_boolean() {
            false => Background::None,
            true => Background::Color(super::grids::background(g)),
        };
        connected(g, univalued, diagonal.into_boolean(), bg)
    })
}

/// The cells that are in no object, for [`connected`].
#[derive(Clone, Copy)]
enum Background {
    /// None.
    None,
    /// Those of this colour.
    Color(Color),
}

/// A run of cells of one row that belong to one object: of one colour (univalued objects)
/// or of any colours but the background.
#[derive(Clone, Copy)]
struct Run {
    row: u32,
    /// Columns `start..end`.
    start: u32,
    end: u32,
    /// The colour of its cells, for univalued objects.
    color: Color,
}

/// Buffers [`connected`] reuses from call to call on a thread (it allocates only the objects
/// it returns).
#[derive(Default)]
struct Scratch {
    /// The runs of every row, row after row, left to right.
    runs: Vec<Run>,
    /// Per run: a run of the same object (union-find), then the object's number.
    label: Vec<u32>,
    /// Per object (and cell code, for objects of many colours): where its next cell goes.
    next: Vec<u32>,
    /// Per object: where its cells start in `buf` (and where the last ends).
    starts: Vec<u32>,
    /// Per object: its colour (univalued objects), for their order.
    object_color: Vec<Color>,
    /// The objects in set order (see [`connected`]).
    order: Vec<u64>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// The objects of [`objects`]: cells not of colour `bg` joined to an orthogonal (or also
/// `diagonal`) neighbour of the same colour (`univalued`) or of any colour but `bg`.
///
/// Each row is cut into runs of cells that join along the row; a run joins the runs of the
/// row above that it touches (a union-find over runs, rooted at each object's first run in
/// raster order), so the work is per run rather than per cell. The objects' cells are then
/// laid out in one buffer, each object's in its set order (colour, then raster order, which
/// is location order), and every object is its part of that one allocation. Objects are
/// disjoint, so two objects' first cells differ and decide their order in the set: univalued
/// objects, numbered in raster order of their first cells, are in order by colour and then
/// number; the others are sorted by first cell.
fn connected(g: &Grid, univalued: bool, diagonal: bool, bg: Background) -> Objects {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut scratch) => connected_in(&mut scratch, g, univalued, diagonal, bg),
        Err(_) => connected_in(&mut Scratch::default(), g, univalued, diagonal, bg),
    })
}

/// The root of run `r`'s tree, halving the path on the way.
fn find(parent: &mut [u32], mut r: u32) -> u32 {
    while parent[r as usize] != r {
        let up = parent[parent[r as usize] as usize];
        parent[r as usize] = up;
        r = up;
    }
    r
}

/// Appends run `run` (of the row after `runs[..above_end]`'s last row), joined to the runs
/// of the row above that it touches: those from `*p` on whose columns overlap its own, or
/// diagonally meet them (`reach` 1), of its colour where `univalued`. `*p` moves past the
/// runs above that end before it, which no later run of its row touches either.
#[inline(always)]
fn join(
    runs: &mut Vec<Run>,
    label: &mut Vec<u32>,
    p: &mut usize,
    above_end: usize,
    run: Run,
    reach: u32,
    univalued: bool,
) {
    let r = runs.len() as u32;
    let mut root = r;
    while *p < above_end && runs[*p].end + reach <= run.start {
        *p += 1;
    }
    let mut q = *p;
    while q < above_end && runs[q].start < run.end + reach {
        if !univalued || runs[q].color == run.color {
            let a = find(label, q as u32);
            if a != root {
                // The root of the earlier run stays the root.
                let (lo, hi) = (a.min(root), a.max(root));
                if hi != r {
                    label[hi as usize] = lo;
                }
                root = lo;
            }
        }
        q += 1;
    }
    runs.push(run);
    label.push(root);
}

/// [`connected`] with the given buffers.
fn connected_in(
    s: &mut Scratch,
    g: &Grid,
    univalued: bool,
    diagonal: bool,
    bg: Background,
) -> Objects {
    let w = g.width();
    // The background as a number no colour equals when there is none.
    let bg_value = match bg {
        Background::Color(c) => u16::from(c),
        Background::None => u16::MAX,
    };
    let reach = u32::from(diagonal);
    // The runs, row after row, each joined as it is found to the runs of the row above that
    // it touches (columns that overlap, or diagonally meet): `label[r]` is a run of the same
    // object, `r` itself or an earlier run (a union-find rooted at each object's first run).
    s.runs.clear();
    s.label.clear();
    let Scratch { runs, label, .. } = &mut *s;
    // The runs of the row above.
    let mut above = 0..0;
    for (i, row) in g.rows().enumerate() {
        let here = runs.len();
        // The first run above that may touch the next run of this row.
        let mut p = above.start;
        let run = |start: usize, end: usize, color: Color| Run {
            row: i as u32,
            start: start as u32,
            end: end as u32,
            color,
        };
        if univalued {
            match u8::try_from(bg_value) {
                // The runs of one colour, from each cell not of the background colour to the
                // first cell of another colour: background runs are skipped eight cells at a
                // time.
                Ok(bg) => {
                    let mut j = scan(row, 0, bg, false);
                    while j < w {
                        let c = row[j];
                        let end = scan(row, j + 1, c, false);
                        join(runs, label, &mut p, above.end, run(j, end, c), reach, true);
                        j = scan(row, end, bg, false);
                    }
                }
                // Every run of one colour.
                Err(_) => for_each_run(row, |start, end| {
                    let c = row[start];
                    join(runs, label, &mut p, above.end, run(start, end, c), reach, true);
                }),
            }
        } else {
            // Runs of any colours but the background's.
            let mut j = 0;
            while j < w {
                let (c, start) = (row[j], j);
                j += 1;
                if u16::from(c) == bg_value {
                    continue;
                }
                j = match u8::try_from(bg_value) {
                    Ok(bg) => scan(row, j, bg, true),
                    Err(_) => w,
                };
                join(runs, label, &mut p, above.end, run(start, j, c), reach, false);
            }
        }
        above = here..runs.len();
    }
    // Objects numbered by their first runs, in one pass: a run's label is an earlier run or
    // itself (a root), and earlier runs are numbered already, so each label becomes the
    // number of its object. Objects of many colours have a bucket per cell code; `next`
    // counts each bucket's cells until the sums below.
    let per_object = if univalued { 1 } else { NUM_CELL_CODES };
    s.next.clear();
    s.object_color.clear();
    let mut count = 0u32;
    for r in 0..s.runs.len() {
        let Run { row, start, end, color } = s.runs[r];
        let up = s.label[r] as usize;
        let o = if up == r {
            s.object_color.push(color);
            s.next.extend_from_slice(&[0; NUM_CELL_CODES][..per_object]);
            count += 1;
            count - 1
        } else {
            s.label[up]
        };
        s.label[r] = o;
        let o = o as usize * per_object;
        if univalued {
            s.next[o] += end - start;
        } else {
            for &c in &g.row(row as usize)[start as usize..end as usize] {
                s.next[o + usize::from(c)] += 1;
            }
        }
    }
    let count = count as usize;
    // Counts to starts: bucket `b` (object, or object and cell code) starts at `next[b]`; an
    // object's buckets in the order of their colours (-1's first), so that its cells are in
    // set order.
    let mut total = 0;
    s.starts.clear();
    if univalued {
        for n in s.next.iter_mut() {
            s.starts.push(total);
            (*n, total) = (total, total + *n);
        }
    } else {
        for object in s.next.chunks_exact_mut(per_object) {
            s.starts.push(total);
            total = starts_in_colour_order(object, total);
        }
    }
    s.starts.push(total);
    // Every object's cells, object after object, in the one buffer the objects share.
    let buf: Arc<[Cell]> = arc_with(total as usize, |buf| {
        for (r, &Run { row, start, end, color }) in s.runs.iter().enumerate() {
            let cells = &g.row(row as usize)[start as usize..end as usize];
            let (i, o) = (row as Integer, s.label[r] as usize * per_object);
            if univalued {
                // The run's cells are all of its colour.
                let (at, v) = (s.next[o] as usize, cell_integer(color));
                for (slot, j) in buf[at..at + cells.len()].iter_mut().zip(start..) {
                    *slot = (v, (i, j as Integer));
                }
                s.next[o] += end - start;
            } else {
                for (&c, j) in cells.iter().zip(start..) {
                    let b = o + usize::from(c);
                    buf[s.next[b] as usize] = (cell_integer(c), (i, j as Integer));
                    s.next[b] += 1;
                }
            }
        }
    });
    s.order.clear();
    if univalued {
        // By colour, and by number (first cell's raster position) within a colour: a
        // counting sort by cell code (`code & 15`), the codes in colour order (-1's first).
        let mut next = [0usize; 16];
        for &c in &s.object_color {
            next[usize::from(c & 15)] += 1;
        }
        starts_in_colour_order(&mut next, 0);
        s.order.resize(count, 0);
        for (o, &c) in s.object_color.iter().enumerate() {
            let slot = &mut next[usize::from(c & 15)];
            s.order[*slot] = o as u64;
            *slot += 1;
        }
    } else {
        // Each object's first cell `(colour, (row, column))` as the number `(colour + 1) *
        // cells + row * width + column` (below 2^20; colours are at least -1), above the
        // object's number.
        let n = g.len() as u64;
        s.order.extend((0..count).map(|o| {
            let (c, (i, j)) = buf[s.starts[o] as usize];
            ((c + 1) as u64 * n + i as u64 * w as u64 + j as u64) << 32 | o as u64
        }));
        s.order.sort_unstable();
    }
    let starts = &s.starts;
    let object =
        |o: usize| FrozenSet::from_shared(&buf, starts[o] as usize..starts[o + 1] as usize);
    FrozenSet::from_sorted_exact(count, s.order.iter().map(|&k| object((k & 0xffff_ffff) as usize)))
}

/// One object per colour of the grid, with all its cells, without colour `skip`.
fn partition_by(g: &Grid, skip: Option<Integer>) -> Objects {
    let counts = histogram(g.cells());
    let skip = skip.and_then(crate::grid::as_cell_color);
    // The cells colour by colour: each object a part of one buffer, and the objects (of
    // ascending colours, -1 first, so ascending first cells) in order.
    let buf = super::grids::cells_by_color(g, &counts, skip);
    let colors =
        CODES_IN_ORDER.into_iter().filter(|&c| counts[usize::from(c)] > 0 && Some(c) != skip);
    let mut at = 0;
    FrozenSet::from_sorted_exact(
        colors.clone().count(),
        colors.map(|c| {
            let n = counts[usize::from(c)];
            at += n;
            FrozenSet::from_shared(&buf, at - n..at)
        }),
    )
}

/// One object per colour of the grid, with all its cells.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0], [0, 1]]).unwrap();
/// assert_eq!(size(partition(&g)), 2);
/// assert_eq!(fgpartition(&g), Objects::from([Object::from([(1, (0, 0)), (1, (1, 1))])]));
/// ```
pub fn partition<G: GridLike>(grid: G) -> G::Lift<Objects> {
    grid.lift(|g| partition_by(g, None))
}

/// [`partition`] without the most frequent colour.
pub fn fgpartition<G: GridLike>(grid: G) -> G::Lift<Objects> {
    grid.lift(|g| partition_by(g, super::grids::mostcolor(g)))
}

/// The colour of an object (of its first cell, the smallest colour for a many-coloured
/// one); `None` for an empty object.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(color(Object::from([(4, (0, 0))])), Some(4));
/// ```
pub fn color<O: Container<Elem = Cell>>(obj: O) -> Option<Integer> {
    obj.elems().first().map(|&(c, _)| c)
}

/// The objects whose colour ([`color`]) is `value`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 0, 2]]).unwrap();
/// let x1 = objects(&g, T, F, F);
/// assert_eq!(colorfilter(&x1, TWO), Objects::from([Object::from([(2, (0, 2))])]));
/// ```
pub fn colorfilter<C, V>(objs: C, value: V) -> Objects
where
    C: Container<Elem = Object>,
    V: IntoColor,
{
    let v = value.into_color();
    let objs = objs.elems();
    let kept = || objs.iter().filter(|o| o.as_slice().first().map(|c| c.0) == Some(v)).cloned();
    // Counted first, then built at its size; a tuple's objects may still need sorting.
    FrozenSet::from_arc(super::frozenset::exact_arc(kept().count(), kept()))
}

/// The object of the grid's cells at a patch's locations (those inside the grid).
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2]]).unwrap();
/// assert_eq!(toobject(Indices::from([(0, 1), (3, 3)]), &g), Object::from([(2, (0, 1))]));
/// ```
pub fn toobject<P: Patch, G: GridLike>(patch: P, grid: G) -> G::Lift<Object> {
    grid.lift(|g| {
        let color =
            |(i, j): IntegerTuple| g.get(usize::try_from(i).ok()?, usize::try_from(j).ok()?);
        // Locations in order (as indices keep them): a counting sort by cell code (codes in
        // colour order, -1's first) gives the cells in set order, in one allocation. Others
        // (an object's) are sorted.
        let mut counts = [0usize; 16];
        let mut last = None;
        for loc in patch.locs() {
            if last.is_some_and(|last| last >= loc) {
                let cells = patch.locs().filter_map(|l| Some((cell_integer(color(l)?), l)));
                return FrozenSet::new(cells.collect());
            }
            last = Some(loc);
            if let Some(c) = color(loc) {
                counts[usize::from(c & 15)] += 1;
            }
        }
        let mut next = counts;
        let total = starts_in_colour_order(&mut next, 0);
        FrozenSet::from_sorted_arc(super::frozenset::arc_with(total, |out| {
            for loc in patch.locs() {
                if let Some(c) = color(loc) {
                    let at = &mut next[usize::from(c & 15)];
                    out[*at] = (cell_integer(c), loc);
                    *at += 1;
                }
            }
        }))
    })
}

/// The upper left corners of the places where the object occurs in the grid.
///
/// ```
/// use batt_runtime::prelude::*;
/// let g = Grid::from_rows(&[[1, 2, 1, 2], [0, 0, 1, 2]]).unwrap();
/// let o: Object = [(1, (5, 5)), (2, (5, 6))].into();
/// assert_eq!(occurrences(&g, &o), Indices::from([(0, 0), (0, 2), (1, 2)]));
/// ```
pub fn occurrences<G: GridLike, O: Borrow<Object>>(grid: G, obj: O) -> G::Lift<Indices> {
    grid.lift(|g| {
        let obj = obj.borrow();
        let (h, w) = (g.height() as Integer, g.width() as Integer);
        // The extent in 64 bits: an object taller or wider than the grid (far-apart
        // locations, whose `shape` would overflow) occurs nowhere.
        let extent = |side: fn(IntegerTuple) -> Integer| {
            let mut sides = obj.iter().map(|&(_, l)| i64::from(side(l)));
            let first = sides.next().unwrap_or(0);
            let (lo, hi) = sides.fold((first, first), |(lo, hi), x| (lo.min(x), hi.max(x)));
            hi - lo + 1
        };
        if !obj.is_empty() && (extent(|l| l.0) > i64::from(h) || extent(|l| l.1) > i64::from(w)) {
            return Indices::empty();
        }
        let normed = normalize(obj);
        let (oh, ow) = shape(obj);
        if let Some(found) = occurrences_in_box(g, &normed, oh, ow) {
            return found;
        }
        let mut out = Vec::new();
        for i in 0..(h - oh + 1).max(0) {
            if crate::deadline::expired() {
                break;
            }
            for j in 0..(w - ow + 1).max(0) {
                let fits = normed.iter().all(|&(v, (a, b))| {
                    let (a, b) = (a + i, b + j);
                    (0..h).contains(&a)
                        && (0..w).contains(&b)
                        && cell_integer(g.row(a as usize)[b as usize]) == v
                });
                if fits {
                    out.push((i, j));
                }
            }
        }
        FrozenSet::from_sorted(out)
    })
}

/// [`occurrences`] of a normalized object whose cells lie in its `oh` x `ow` box (always, but
/// for coordinates that wrapped): each cell an offset into the grid's cells from the place
/// tried, where it is always inside the grid. `None` for an object out of its box.
fn occurrences_in_box(g: &Grid, normed: &Object, oh: Integer, ow: Integer) -> Option<Indices> {
    let (h, w) = (g.height() as i64, g.width() as i64);
    let (oh, ow) = (i64::from(oh), i64::from(ow));
    let (rows, cols) = ((h - oh + 1).max(0) as usize, (w - ow + 1).max(0) as usize);
    let mut pattern = Vec::with_capacity(normed.len());
    for &(v, (a, b)) in normed.iter() {
        let (a, b) = (i64::from(a), i64::from(b));
        if !(0..oh).contains(&a) || !(0..ow).contains(&b) {
            return None;
        }
        let Some(c) = crate::grid::as_cell_color(v) else {
            // A cell no grid holds: no place fits, if there is any place.
            return Some(Indices::empty());
        };
        pattern.push((a as usize * g.width() + b as usize, c));
    }
    // The cells of the colours the grid holds least often first: places that do not fit
    // fail on their first checks.
    let counts = histogram(g.cells());
    pattern.sort_by_key(|&(_, c)| counts[usize::from(c)]);
    let (cells, w) = (g.cells(), g.width());
    let mut out = Vec::new();
    for i in 0..rows {
        if crate::deadline::expired() {
            break;
        }
        for j in 0..cols {
            let base = i * w + j;
            if pattern.iter().all(|&(o, c)| cells[base + o] == c) {
                out.push((i as Integer, j as Integer));
            }
        }
    }
    Some(FrozenSet::from_sorted(out))
}

/// The smallest period `p` with which the object repeats along its rows (its width when
/// none is smaller).
///
/// ```
/// use batt_runtime::prelude::*;
/// let o: Object = [(1, (0, 0)), (2, (0, 1)), (1, (0, 2)), (2, (0, 3))].into();
/// assert_eq!(hperiod(&o), 2);
/// ```
pub fn hperiod<O: Borrow<Object>>(obj: O) -> Integer {
    period(obj.borrow(), |(i, j), p| (i, j.wrapping_sub(p)), |(_, j)| j, 1)
}

/// The smallest period `p` with which the object repeats along its columns (its height when
/// none is smaller).
///
/// ```
/// use batt_runtime::prelude::*;
/// let o: Object = [(1, (0, 0)), (1, (1, 0)), (1, (2, 0))].into();
/// assert_eq!(vperiod(&o), 1);
/// ```
pub fn vperiod<O: Borrow<Object>>(obj: O) -> Integer {
    period(obj.borrow(), |(i, j), p| (i.wrapping_sub(p), j), |(i, _)| i, 0)
}

/// The period search behind [`hperiod`] and [`vperiod`].
fn period(
    obj: &Object,
    back: impl Fn((Integer, Integer), Integer) -> (Integer, Integer),
    coord: impl Fn((Integer, Integer)) -> Integer,
    axis: usize,
) -> Integer {
    let normalized = normalize(obj);
    let dims = shape(&normalized);
    let extent = if axis == 1 { dims.1 } else { dims.0 };
    // A period maps a cell of the far side onto another cell: only the distances from one
    // such cell are tried, in order (not every number below a far-apart object's extent).
    let far = normalized.iter().map(|&(_, loc)| coord(loc)).max().unwrap_or(0);
    let mut periods: Vec<Integer> = normalized
        .iter()
        .map(|&(_, loc)| far.wrapping_sub(coord(loc)))
        .filter(|p| (1..extent).contains(p))
        .collect();
    periods.sort_unstable();
    periods.dedup();
    for p in periods {
        if crate::deadline::expired() {
            break;
        }
        let ok = normalized
            .iter()
            .map(|&(c, loc)| (c, back(loc, p)))
            .filter(|&(_, loc)| coord(loc) >= 0)
            .all(|cell| normalized.contains(&cell));
        if ok {
            return p;
        }
    }
    extent
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::dsl::{F, T};

    /// arc-dsl's `objects`, transcribed with ordered sets.
    fn naive_objects(g: &Grid, univalued: bool, diagonal: bool, without_bg: bool) -> Objects {
        let bg = without_bg.then(|| cell_integer(super::super::grids::background(g)));
        let (h, w) = (g.height() as Integer, g.width() as Integer);
        let at = |(i, j): (Integer, Integer)| cell_integer(g.cells()[(i * w + j) as usize]);
        let mut occupied = BTreeSet::new();
        let mut objs = Vec::new();
        for i in 0..h {
            for j in 0..w {
                let val = at((i, j));
                if occupied.contains(&(i, j)) || Some(val) == bg {
                    continue;
                }
                let mut obj = BTreeSet::from([(val, (i, j))]);
                let mut cands = BTreeSet::from([(i, j)]);
                while !cands.is_empty() {
                    let mut hood = BTreeSet::new();
                    for &cand in &cands {
                        let v = at(cand);
                        if if univalued { val == v } else { Some(v) != bg } {
                            obj.insert((v, cand));
                            occupied.insert(cand);
                            for di in -1..=1 {
                                for dj in -1..=1 {
                                    let (a, b) = (cand.0 + di, cand.1 + dj);
                                    let near = if diagonal {
                                        (di, dj) != (0, 0)
                                    } else {
                                        di * dj == 0 && di != dj
                                    };
                                    if near && (0..h).contains(&a) && (0..w).contains(&b) {
                                        hood.insert((a, b));
                                    }
                                }
                            }
                        }
                    }
                    cands = hood.difference(&occupied).copied().collect();
                }
                objs.push(FrozenSet::new(obj.into_iter().collect()));
            }
        }
        FrozenSet::new(objs)
    }

    /// Random grids, mostly of colour 0 or of -1 (the cell code 10), some holding -1
    /// among other colours.
    fn grids() -> Vec<Grid> {
        let mut x = 0x2545_f491_u32;
        let mut out = Vec::new();
        for (h, w) in [(1, 1), (1, 7), (5, 1), (3, 4), (8, 8), (13, 9), (30, 30)] {
            for (colours, bg) in [(1u32, 0), (2, 0), (3, 0), (10, 0), (11, 0), (3, 10), (11, 10)] {
                let cells: Vec<Color> = (0..h * w)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        if x % 3 == 0 { bg } else { (x / 3 % colours) as Color }
                    })
                    .collect();
                out.push(Grid::new_unchecked(h, w, cells.into()));
            }
        }
        // Shapes whose parts meet late: a U, a spiral, a checkerboard, stripes.
        let shapes: [&[&[Color]]; 4] = [
            &[&[1, 0, 1, 0, 2], &[1, 0, 1, 0, 2], &[1, 1, 1, 0, 2], &[0, 0, 0, 2, 2]],
            &[&[3, 3, 3, 3], &[0, 0, 0, 3], &[3, 3, 0, 3], &[3, 0, 0, 3], &[3, 3, 3, 3]],
            &[&[1, 0, 1, 0], &[0, 1, 0, 1], &[1, 0, 1, 0], &[0, 1, 0, 2]],
            &[&[4, 5, 4, 5], &[4, 5, 4, 5], &[4, 5, 4, 5]],
        ];
        out.extend(shapes.iter().map(|rows| Grid::from_rows(rows).unwrap()));
        out
    }

    /// Every cell of a grid, as `(colour, (row, column))`, in raster order.
    fn raster(g: &Grid) -> Vec<Cell> {
        let w = g.width();
        let at = |k: usize| (k / w) as Integer;
        g.cells()
            .iter()
            .enumerate()
            .map(|(k, &c)| (cell_integer(c), (at(k), (k % w) as Integer)))
            .collect()
    }

    #[test]
    fn partitions_and_colour_sets_match_naive_ones() {
        use crate::dsl::{asobject, fgpartition, ofcolor, partition};
        for g in grids() {
            let cells = raster(&g);
            assert_eq!(asobject(&g), FrozenSet::new(cells.clone()));
            let bg = cell_integer(super::super::grids::background(&g));
            let by_colour = |c: Integer| -> Object {
                FrozenSet::new(cells.iter().filter(|x| x.0 == c).copied().collect())
            };
            let naive: Objects =
                FrozenSet::new((-1..10).map(by_colour).filter(|o| !o.is_empty()).collect());
            assert_eq!(partition(&g), naive);
            let fg = naive.iter().filter(|o| o.as_slice()[0].0 != bg).cloned().collect();
            assert_eq!(fgpartition(&g), FrozenSet::new(fg));
            for c in -2..=10 {
                assert_eq!(ofcolor(&g, c), by_colour(c).to_indices());
            }
        }
    }

    /// arc-dsl's `occurrences`, with bounds checks.
    fn naive_occurrences(g: &Grid, obj: &Object) -> Indices {
        let normed = normalize(obj);
        let (h, w) = (g.height() as Integer, g.width() as Integer);
        let (oh, ow) = shape(obj);
        let mut out = Vec::new();
        for i in 0..(h - oh + 1).max(0) {
            for j in 0..(w - ow + 1).max(0) {
                if normed.iter().all(|&(v, (a, b))| {
                    let (a, b) = (a + i, b + j);
                    (0..h).contains(&a)
                        && (0..w).contains(&b)
                        && cell_integer(g.cells()[(a * w + b) as usize]) == v
                }) {
                    out.push((i, j));
                }
            }
        }
        FrozenSet::new(out)
    }

    #[test]
    fn occurrences_match_a_naive_search() {
        for g in grids() {
            let objs = objects(&g, T, T, T);
            for o in objs.iter().take(6) {
                assert_eq!(occurrences(&g, o), naive_occurrences(&g, o));
                let shifted = crate::dsl::shift(o, (3, -2));
                assert_eq!(occurrences(&g, &shifted), naive_occurrences(&g, o));
            }
            let odd = Object::from([(0, (0, 0)), (12, (0, 1))]);
            assert_eq!(occurrences(&g, &odd), Indices::empty());
            assert_eq!(occurrences(&g, Object::empty()).len(), (g.height() + 1) * (g.width() + 1));
        }
    }

    #[test]
    fn toobject_matches_a_naive_lookup() {
        let mut x = 0x5bd1_e995_u32;
        for g in grids() {
            for n in [0, 1, 5, 40] {
                let locs: Vec<(Integer, Integer)> = (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        ((x % 12) as Integer - 2, (x / 12 % 12) as Integer - 2)
                    })
                    .collect();
                let naive = |locs: &mut dyn Iterator<Item = (Integer, Integer)>| -> Object {
                    FrozenSet::new(
                        locs.filter(|&(i, j)| {
                            (0..g.height() as Integer).contains(&i)
                                && (0..g.width() as Integer).contains(&j)
                        })
                        .map(|(i, j)| {
                            (cell_integer(g.cells()[i as usize * g.width() + j as usize]), (i, j))
                        })
                        .collect(),
                    )
                };
                let indices = Indices::from(locs.clone());
                assert_eq!(toobject(&indices, &g), naive(&mut indices.iter().copied()));
                // An object's locations: out of order, and repeated.
                let obj: Object =
                    locs.iter().enumerate().map(|(k, &l)| (k as Integer % 3, l)).collect();
                assert_eq!(toobject(&obj, &g), naive(&mut obj.iter().map(|&(_, l)| l)));
            }
        }
    }

    #[test]
    fn word_scans_match_cell_by_cell_ones() {
        let mut x = 0x9e37_79b9_u32;
        for len in [0, 1, 7, 8, 9, 16, 23, 30] {
            for colours in [1u32, 2, 10, 11] {
                let row: Vec<Color> = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        // Long runs of 0, then anything.
                        if x % 4 != 0 { 0 } else { (x / 4 % colours) as Color }
                    })
                    .collect();
                for j in 0..=len {
                    for c in 0..=10 {
                        for equal in [false, true] {
                            let naive = (j..len).find(|&k| (row[k] == c) == equal).unwrap_or(len);
                            assert_eq!(scan(&row, j, c, equal), naive, "{row:?} {j} {c} {equal}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn objects_match_arc_dsl_on_random_grids() {
        for g in grids() {
            for (u, d, b) in [(T, F, T), (T, T, T), (F, F, T), (F, T, T), (T, F, F), (F, T, F)] {
                assert_eq!(objects(&g, u, d, b), naive_objects(&g, u, d, b), "{g:?} {u} {d} {b}");
            }
        }
    }
}
