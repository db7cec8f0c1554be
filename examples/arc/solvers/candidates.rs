//! The generated-style `batt` function: many solver candidates in one body, tried on a
//! task's demonstration pairs, with their colours taken from the sample pattern.
//!
//! Generated ARC searches combine many solvers in one function, each section opening with the
//! sample pattern and reading parameters off it. Here `x3` and `x4` (each input's and each
//! output's palette, one grid after another) give: the colours that appear in the outputs but
//! in no input (`difference_tuple(dedupe(x4), dedupe(x3))`), tried first as fill colours, then
//! the outputs' other colours; the inputs' colours but the one in the most inputs (the
//! background, mostly) as source, mask or cut-out colours; and whether any output has a colour
//! no input has. `#[batt]` fuses the three instances of the pattern into one call.
//!
//! A candidate *fits* a task when it gives every train output from its input; [`fused::batt`]
//! returns those that fit, in the order tried, each with its prediction for the test input.
//! The order: the fixed solvers of [`tasks`](super::tasks) and [`generic`](super::generic);
//! the candidates without parameters ([`SHAPES`]: geometry, tiling, halves, cutting out) where
//! the outputs bring no new colour; where each output has its input's shape, the cell-for-cell
//! colour map; where the shapes differ, the halves overlaid ([`OVERLAYS`]) and the cut-outs of
//! one colour ([`CROPS`]); where the shapes agree, restoring a masked area ([`MASKS`]) and the
//! fills ([`FILLS`] with a fill colour, [`SOURCED`] with a source and a fill colour).

use super::{Solver, generic, python, tasks};
use batt::prelude::*;
use batt::runtime::deadline;

/// The fixed solvers, `#[batt]`-fused or plain: those of [`tasks`], then of [`generic`].
pub fn fixed_solvers(fused: bool) -> impl Iterator<Item = (&'static str, Solver)> {
    let (t, g) = if fused {
        (tasks::fused::SOLVERS, generic::fused::SOLVERS)
    } else {
        (tasks::plain::SOLVERS, generic::plain::SOLVERS)
    };
    t.iter().chain(g).copied()
}

/// A candidate that fits every train pair, and what it predicts for the test input.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The candidate's name: a solver's function name, or a family of candidates.
    pub name: &'static str,
    /// The colours it was given (for a family), in the family's order.
    pub colors: Vec<Integer>,
    /// Whether it is one of the fixed solvers rather than a candidate with inferred colours.
    pub fixed: bool,
    /// Its output for the test input; `None` where it fails there.
    pub prediction: Option<Grid>,
}

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)?;
        if !self.colors.is_empty() {
            let c: Vec<String> = self.colors.iter().map(|c| c.to_string()).collect();
            write!(f, "[{}]", c.join(","))?;
        }
        Ok(())
    }
}

/// Tries `candidate` on the train pairs (`x1` inputs, `x2` outputs); when it gives every
/// output, records it and its prediction for `test`. Past this thread's
/// [deadline](batt::runtime::deadline) it tries nothing, and a candidate that was still
/// running at the deadline is not recorded.
fn check(
    out: &mut Vec<Found>,
    name: &'static str,
    colors: &[Integer],
    (x1, x2): (&[Grid], &[Grid]),
    test: &Grid,
    candidate: impl Fn(&Grid) -> Option<Grid>,
) {
    if deadline::expired_now() {
        return;
    }
    if x1.iter().zip(x2).all(|(i, o)| candidate(i).as_ref() == Some(o)) {
        let prediction = candidate(test);
        if !deadline::expired_now() {
            out.push(Found { name, colors: colors.to_vec(), fixed: false, prediction });
        }
    }
}

/// A candidate without parameters.
pub type Shape = fn(&Grid) -> Option<Grid>;
/// A candidate with one colour.
pub type OneColour = fn(&Grid, Integer) -> Option<Grid>;
/// A candidate with two colours: a source colour of the input, then a fill colour.
pub type TwoColours = fn(&Grid, Integer, Integer) -> Option<Grid>;

/// The colour that occurs most often in a colour list (the lowest of equals), if any: over
/// the pattern's palettes, the colour in the most grids.
fn most_common(colors: &[Color]) -> Option<Integer> {
    let mut counts = [0usize; 10];
    for &c in colors {
        counts[usize::from(c).min(9)] += 1;
    }
    let best = (0..10).rev().max_by_key(|&c| counts[c])?;
    (counts[best] > 0).then_some(best as Integer)
}

/// The colour map that sends each colour of `from` to the colour of `to` in the same
/// place, or `None` where one colour would go to two.
fn colour_map(from: &[Color], to: &[Color]) -> Option<[Option<Color>; 10]> {
    let mut map = [None; 10];
    for (&a, &b) in from.iter().zip(to) {
        let slot = map.get_mut(usize::from(a))?;
        match *slot {
            None => *slot = Some(b),
            Some(x) if x == b => {}
            Some(_) => return None,
        }
    }
    Some(map)
}

/// A grid with each colour mapped, or `None` where the map lacks one of its colours.
fn map_colours(grid: &Grid, map: &[Option<Color>; 10]) -> Option<Grid> {
    let cells = grid.cells().iter().map(|&c| map[usize::from(c)]).collect::<Option<Vec<_>>>()?;
    Grid::from_cells(grid.height(), grid.width(), cells).ok()
}

/// Candidates without parameters: rotations, mirrors, tilings, scalings, halves, cut-outs.
/// None of them brings a colour its input lacks.
pub const SHAPES: &[(&str, Shape)] = &[
    ("rot90", |g| Some(rot90(g))),
    ("rot180", |g| Some(rot180(g))),
    ("rot270", |g| Some(rot270(g))),
    ("hmirror", |g| Some(hmirror(g))),
    ("vmirror", |g| Some(vmirror(g))),
    ("dmirror", |g| Some(dmirror(g))),
    ("cmirror", |g| Some(cmirror(g))),
    ("hconcat_self", |g| hconcat(g, g)),
    ("vconcat_self", |g| vconcat(g, g)),
    ("hconcat_vmirror", |g| hconcat(g, vmirror(g))),
    ("hconcat_vmirror_first", |g| hconcat(vmirror(g), g)),
    ("vconcat_hmirror", |g| vconcat(g, hmirror(g))),
    ("vconcat_hmirror_first", |g| vconcat(hmirror(g), g)),
    ("mirror_tile", |g| {
        let x = hconcat(g, vmirror(g))?;
        vconcat(&x, hmirror(&x))
    }),
    ("mirror_tile_flipped", |g| {
        let x = hconcat(vmirror(g), g)?;
        vconcat(hmirror(&x), &x)
    }),
    ("rotation_tile", |g| {
        let a = hconcat(g, rot90(g))?;
        vconcat(&a, hconcat(rot270(g), rot180(g))?)
    }),
    ("tile_2x2", |g| {
        let a = hconcat(g, g)?;
        vconcat(&a, &a)
    }),
    ("tile_3x3", |g| {
        let a = hconcat(hconcat(g, g)?, g)?;
        vconcat(vconcat(&a, &a)?, &a)
    }),
    ("fractal", |g| {
        let bg = mostcolor(g)?;
        let up = upscale(g, width(g))?;
        let a = hconcat(hconcat(g, g)?, g)?;
        let tiled = vconcat(vconcat(&a, &a)?, &a)?;
        (width(g) == 3 && height(g) == 3).then_some(())?;
        cellwise(up, tiled, bg)
    }),
    ("upscale_2", |g| upscale(g, TWO)),
    ("upscale_3", |g| upscale(g, THREE)),
    ("upscale_4", |g| upscale(g, FOUR)),
    ("upscale_numcolors", |g| upscale(g, numcolors(g))),
    ("downscale_2", |g| downscale(g, TWO)),
    ("downscale_3", |g| downscale(g, THREE)),
    ("tophalf", |g| tophalf(g)),
    ("bottomhalf", |g| bottomhalf(g)),
    ("lefthalf", |g| lefthalf(g)),
    ("righthalf", |g| righthalf(g)),
    ("compress", |g| compress(g)),
    ("trim", |g| trim(g)),
    ("largest_object", |g| subgrid(argmax(objects(g, T, F, T), size)?, g)),
    ("largest_object_diagonal", |g| subgrid(argmax(objects(g, T, T, T), size)?, g)),
    ("largest_multicolour_object", |g| subgrid(argmax(objects(g, F, T, T), size)?, g)),
    ("smallest_object", |g| subgrid(argmin(objects(g, T, F, T), size)?, g)),
    ("smallest_object_diagonal", |g| subgrid(argmin(objects(g, T, T, T), size)?, g)),
    ("rarest_colour_box", |g| subgrid(ofcolor(g, leastcolor(g)?), g)),
    ("all_objects_box", |g| subgrid(merge(objects(g, F, T, T)), g)),
    ("most_colourful_object", |g| subgrid(argmax(objects(g, F, T, T), numcolors)?, g)),
    ("own_lines", |g| own_lines(g, true, true)),
    ("own_row_lines", |g| own_lines(g, true, false)),
    ("own_column_lines", |g| own_lines(g, false, true)),
    ("halves_laid", |g| lay_halves(g, true, false, false)),
    ("halves_laid_under", |g| lay_halves(g, true, false, true)),
    ("halves_laid_mirrored", |g| lay_halves(g, true, true, false)),
    ("stack_laid", |g| lay_halves(g, false, false, false)),
    ("stack_laid_under", |g| lay_halves(g, false, false, true)),
    ("stack_laid_mirrored", |g| lay_halves(g, false, true, false)),
    ("gravity_down", |g| {
        let bg = mostcolor(g)?;
        let w = g.width();
        let mut cells = vec![bg as Color; g.len()];
        for c in 0..w {
            let col: Vec<Color> = (0..g.height())
                .filter_map(|r| g.get(r, c))
                .filter(|&x| Integer::from(x) != bg)
                .collect();
            let top = g.height() - col.len();
            for (k, x) in col.into_iter().enumerate() {
                cells[(top + k) * w + c] = x;
            }
        }
        Grid::from_cells(g.height(), w, cells).ok()
    }),
];

/// Candidates with a fill colour `n`: which cells they fill, with what.
pub const FILLS: &[(&str, OneColour)] = &[
    ("corners", |g, n| underfill(g, n, mapply(corners, objects(g, T, F, T))?)),
    ("delta", |g, n| fill(g, n, mapply(delta, objects(g, T, T, T)))),
    ("outbox", |g, n| fill(g, n, mapply(outbox, objects(g, T, F, T))?)),
    ("outbox_pairs", |g, n| fill(g, n, mapply(outbox, sizefilter(objects(g, T, F, T), TWO))?)),
    ("outbox_dots", |g, n| fill(g, n, mapply(outbox, sizefilter(objects(g, T, F, T), ONE))?)),
    ("enclosed", |g, n| {
        let bg = mostcolor(g)?;
        let x = colorfilter(objects(g, T, F, F), bg);
        fill(g, n, mfilter(x, |o: Object| bordering(&o, g).map(|b| !b))?)
    }),
    ("enclosed_zero", |g, n| {
        let x = colorfilter(objects(g, T, F, F), ZERO);
        fill(g, n, mfilter(x, |o: Object| bordering(&o, g).map(|b| !b))?)
    }),
    ("frontiers", |g, n| fill(g, n, merge(frontiers(g)))),
    ("border", |g, n| fill(g, n, r#box(asindices(g)))),
    ("largest_object", |g, n| fill(g, n, argmax(objects(g, T, F, T), size)?)),
    ("smallest_object", |g, n| fill(g, n, argmin(objects(g, T, F, T), size)?)),
    ("lone_cells", |g, n| fill(g, n, merge(sizefilter(objects(g, T, T, T), ONE)))),
    ("not_lone_cells", |g, n| {
        let x = objects(g, T, F, T);
        fill(g, n, merge(difference(&x, sizefilter(&x, ONE))))
    }),
    ("square_holes", |g, n| fill(g, n, mfilter(apply(delta, objects(g, T, F, T)), square)?)),
];

/// Candidates with a source colour `c` of the inputs and a fill colour `n`.
pub const SOURCED: &[(&str, TwoColours)] = &[
    ("replace", |g, c, n| replace(g, c, n)),
    ("switch", |g, c, n| switch(g, c, n)),
    ("neighbors", |g, c, n| underfill(g, n, mapply(neighbors, ofcolor(g, c)))),
    ("dneighbors", |g, c, n| underfill(g, n, mapply(dneighbors, ofcolor(g, c)))),
    ("ineighbors", |g, c, n| underfill(g, n, mapply(ineighbors, ofcolor(g, c)))),
    ("between", |g, c, n| {
        let x = ofcolor(g, c);
        fill(g, n, intersection(shift(&x, RIGHT), shift(&x, LEFT)))
    }),
    ("between_vertical", |g, c, n| {
        let x = ofcolor(g, c);
        fill(g, n, intersection(shift(&x, DOWN), shift(&x, UP)))
    }),
    ("lines_between", |g, c, n| underfill(g, n, lines_between(g, c, true, true))),
    ("row_lines_between", |g, c, n| underfill(g, n, lines_between(g, c, true, false))),
    ("column_lines_between", |g, c, n| underfill(g, n, lines_between(g, c, false, true))),
    ("colour_delta", |g, c, n| fill(g, n, delta(ofcolor(g, c)))),
    ("hlines", |g, c, n| underfill(g, n, mapply(hfrontier, ofcolor(g, c)))),
    ("vlines", |g, c, n| underfill(g, n, mapply(vfrontier, ofcolor(g, c)))),
    ("cross_lines", |g, c, n| {
        let x = ofcolor(g, c);
        underfill(g, n, combine(mapply(hfrontier, &x), mapply(vfrontier, &x)))
    }),
    ("lone_of_colour", |g, c, n| {
        fill(g, n, merge(sizefilter(colorfilter(objects(g, T, F, F), c), ONE)))
    }),
    ("large_of_colour", |g, c, n| {
        let x = colorfilter(objects(g, T, F, F), c);
        fill(g, n, merge(difference(&x, sizefilter(&x, ONE))))
    }),
    ("largest_of_colour", |g, c, n| fill(g, n, argmax(colorfilter(objects(g, T, F, T), c), size)?)),
    ("colour_inbox", |g, c, n| {
        let x = colorfilter(objects(g, T, F, F), c);
        fill(g, n, mapply(|o: Object| inbox(o).map(backdrop), x)?)
    }),
    ("colour_box_inside", |g, c, n| fill(g, n, backdrop(inbox(ofcolor(g, c))?))),
    ("colour_outbox", |g, c, n| fill(g, n, mapply(outbox, colorfilter(objects(g, T, F, T), c))?)),
    ("shoot_down", |g, c, n| {
        underfill(g, n, mapply(|l: IntegerTuple| shoot(l, DOWN), ofcolor(g, c)))
    }),
    ("shoot_up", |g, c, n| underfill(g, n, mapply(|l: IntegerTuple| shoot(l, UP), ofcolor(g, c)))),
];

/// The two halves of a grid, left and right (`vertical`) or top and bottom, without the
/// middle column or row where the side is odd (a separator line, mostly).
fn halves(g: &Grid, vertical: bool) -> Option<(Grid, Grid)> {
    let g = if vertical { g.clone() } else { dmirror(g) };
    let (h, w) = (height(&g), width(&g));
    let half = w / 2;
    let a = crop(&g, ORIGIN, (h, half))?;
    let b = crop(&g, (0, w - half), (h, half))?;
    Some(if vertical { (a, b) } else { (dmirror(&a), dmirror(&b)) })
}

/// Overlays the two halves of a grid cell by cell: `n` where `keep` holds of whether each
/// half's cell is coloured (not 0), else 0.
fn overlay(g: &Grid, vertical: bool, n: Integer, keep: fn(bool, bool) -> bool) -> Option<Grid> {
    let (a, b) = halves(g, vertical)?;
    let n = Color::try_from(n).ok().filter(|&n| n <= 9)?;
    let cells =
        a.cells().iter().zip(b.cells()).map(|(&x, &y)| if keep(x != 0, y != 0) { n } else { 0 });
    Grid::from_cells(a.height(), a.width(), cells.collect()).ok()
}

/// The cells on the straight lines between two cells of colour `c` in one row (`rows`) or
/// one column (`columns`): the union of those lines, in each row (column) the span from its
/// first to its last cell of colour `c` where it has two or more.
fn lines_between(g: &Grid, c: Integer, rows: bool, columns: bool) -> Indices {
    let x = ofcolor(g, c);
    let mut out = Vec::new();
    // The span of each line's run of cells (in (line, place) order), `flip`ped back.
    let mut spans = |cells: &[IntegerTuple], flip: fn(Integer, Integer) -> IntegerTuple| {
        for run in cells.chunk_by(|a, b| a.0 == b.0) {
            if let [(i, a), .., (_, b)] = *run {
                out.extend((a..=b).map(|j| flip(i, j)));
            }
        }
    };
    if rows {
        spans(x.as_slice(), |i, j| (i, j));
    }
    if columns {
        let mut by_column: Vec<IntegerTuple> = x.iter().map(|&(i, j)| (j, i)).collect();
        by_column.sort_unstable();
        spans(&by_column, |j, i| (i, j));
    }
    Indices::from(out)
}

/// Draws, for each colour of the input, the lines between its cells in one row or column
/// in that colour, on the background only; vertical lines over horizontal ones.
fn own_lines(g: &Grid, rows: bool, columns: bool) -> Option<Grid> {
    let bg = mostcolor(g)?;
    let mut out = g.clone();
    for c in palette(g).iter().copied().filter(|&c| c != bg) {
        if rows {
            out = underfill(&out, c, lines_between(g, c, true, false))?;
        }
    }
    for c in palette(g).iter().copied().filter(|&c| c != bg) {
        if columns {
            out = fill(
                &out,
                c,
                lines_between(g, c, false, true)
                    .iter()
                    .filter(|l| index(g, **l) == Some(bg))
                    .copied()
                    .collect::<Indices>(),
            )?;
        }
    }
    Some(out)
}

/// Lays one half of a grid over the other: the coloured (not 0) cells of the right or lower
/// half (mirrored, if asked) over the left or upper half, or the other way round (`under`).
fn lay_halves(g: &Grid, vertical: bool, mirrored: bool, under: bool) -> Option<Grid> {
    let (a, b) = halves(g, vertical)?;
    let b = match (mirrored, vertical) {
        (false, _) => b,
        (true, true) => vmirror(&b),
        (true, false) => hmirror(&b),
    };
    let (bottom, top) = if under { (b, a) } else { (a, b) };
    let cells = bottom.cells().iter().zip(top.cells()).map(|(&x, &y)| if y != 0 { y } else { x });
    Grid::from_cells(bottom.height(), bottom.width(), cells.collect()).ok()
}

/// Fills the cells of colour `c` from the grid's mirror images and rotations, taking the
/// first of them that shows another colour there; `None` where a cell stays `c`.
fn unmask(g: &Grid, c: Integer, images: &[fn(&Grid) -> Grid]) -> Option<Grid> {
    let images: Vec<Grid> =
        images.iter().map(|f| f(g)).filter(|m| m.shape() == g.shape()).collect();
    let mut cells = g.cells().to_vec();
    for (k, cell) in cells.iter_mut().enumerate() {
        if Integer::from(*cell) == c {
            *cell = images.iter().map(|m| m.cells()[k]).find(|&x| Integer::from(x) != c)?;
        }
    }
    Grid::from_cells(g.height(), g.width(), cells).ok()
}

/// Candidates with a mask colour `c` of the inputs that the outputs lack: the masked cells
/// are restored from the grid's symmetries.
pub const MASKS: &[(&str, OneColour)] = &[
    ("unmask_mirrors", |g, c| unmask(g, c, &SYMMETRIES[..3])),
    ("unmask_symmetries", |g, c| unmask(g, c, &SYMMETRIES)),
];

/// The symmetries a masked grid is restored from, in the order tried: the two mirrors and the
/// half turn first (what `unmask_mirrors` uses), then the diagonals and quarter turns.
const SYMMETRIES: [fn(&Grid) -> Grid; 7] = [
    |g| vmirror(g),
    |g| hmirror(g),
    |g| rot180(g),
    |g| dmirror(g),
    |g| cmirror(g),
    |g| rot90(g),
    |g| rot270(g),
];

/// Candidates with a colour `n`: the two halves of the input overlaid, cells of colour `n`
/// where both, either, one or neither half is coloured.
pub const OVERLAYS: &[(&str, OneColour)] = &[
    ("halves_and", |g, n| overlay(g, true, n, |a, b| a && b)),
    ("halves_or", |g, n| overlay(g, true, n, |a, b| a || b)),
    ("halves_xor", |g, n| overlay(g, true, n, |a, b| a != b)),
    ("halves_nor", |g, n| overlay(g, true, n, |a, b| !a && !b)),
    ("stack_and", |g, n| overlay(g, false, n, |a, b| a && b)),
    ("stack_or", |g, n| overlay(g, false, n, |a, b| a || b)),
    ("stack_xor", |g, n| overlay(g, false, n, |a, b| a != b)),
    ("stack_nor", |g, n| overlay(g, false, n, |a, b| !a && !b)),
];

/// Candidates with a colour `c` of the inputs that cut out a part of the grid.
pub const CROPS: &[(&str, OneColour)] = &[
    ("colour_box", |g, c| subgrid(ofcolor(g, c), g)),
    ("masked_region", |g, c| subgrid(ofcolor(g, c), unmask(g, c, &SYMMETRIES)?)),
    ("colour_box_inside", |g, c| trim(subgrid(ofcolor(g, c), g)?)),
    ("largest_of_colour", |g, c| subgrid(argmax(colorfilter(objects(g, T, T, T), c), size)?, g)),
    ("smallest_of_colour", |g, c| subgrid(argmin(colorfilter(objects(g, T, T, T), c), size)?, g)),
];

twice! {
    /// Tries every candidate on the train pairs of `S`: returns those that fit, in order,
    /// each with its prediction for the test input `I`.
    @batt(strict)
    fn batt(S: &Samples, I: &Grid) -> Vec<Found> {
        let mut out = Vec::new();

        // The fixed solvers, then geometry, tiling and cutting out: no colours, so they can
        // fit only where no output has a colour its input lacks (`x3`, `x4`: each input's
        // and each output's palette, one grid after another).
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        // Past the deadline nothing more is tried, and what was running then is dropped.
        for (name, f) in fixed_solvers(FUSED) {
            if deadline::expired_now() {
                break;
            }
            if x1.iter().zip(&x2).all(|(i, o)| f(S, i).as_ref() == Some(o)) {
                let prediction = f(S, I);
                if !deadline::expired_now() {
                    out.push(Found { name, colors: Vec::new(), fixed: true, prediction });
                }
            }
        }
        // The solvers written in arc-dsl's Python, converted by `include_solvers!`.
        for &(name, f) in python::SOLVERS {
            if deadline::expired_now() {
                break;
            }
            if x1.iter().zip(&x2).all(|(i, o)| f(i).as_ref() == Some(o)) {
                let prediction = f(I);
                if !deadline::expired_now() {
                    out.push(Found { name, colors: Vec::new(), fixed: true, prediction });
                }
            }
        }
        let x5 = difference_tuple(dedupe(&x4), &x3).is_empty();
        if x5 {
            for (name, f) in SHAPES {
                check(&mut out, name, &[], (&x1, &x2), I, f);
            }
        }

        // The cell-for-cell colour map from inputs to outputs, where each output has its
        // input's shape and as many colours over all (`x13`, `x14`).
        let x11 = apply(first, S);
        let x12 = apply(second, S);
        let x13 = mapply(p_g, &x11);
        let x14 = mapply(p_g, &x12);
        let x15 = x11.iter().zip(&x12).all(|(i, o)| i.shape() == o.shape());
        if x15 && x13.len() == x14.len() {
            let x16: Vec<Color> = x11.iter().flat_map(|g| g.cells().iter().copied()).collect();
            let x17: Vec<Color> = x12.iter().flat_map(|g| g.cells().iter().copied()).collect();
            if let Some(x18) = colour_map(&x16, &x17) {
                check(&mut out, "colour_map", &[], (&x11, &x12), I, |g| map_colours(g, &x18));
            }
        }

        // Fills with colours from the pattern, where each output has its input's shape: the
        // colours in the outputs but in no input first, then the outputs' others; sources
        // are the inputs' colours but the one in the most inputs (the background, mostly).
        let x20 = apply(first, S);
        let x21 = apply(second, S);
        let x22 = mapply(p_g, &x20);
        let x23 = mapply(p_g, &x21);
        let x24 = dedupe(&x22);
        let x25 = dedupe(&x23);
        let x26 = difference_tuple(&x25, &x24);
        let x27 = get_nth_t(&x26, 0);
        let x28: Vec<Integer> = x27
            .into_iter()
            .chain(x25.iter().copied().filter(|c| Some(*c) != x27))
            .map(Integer::from)
            .collect();
        let x29 = most_common(&x22);
        let x30: Vec<Integer> =
            x24.iter().map(|&c| Integer::from(c)).filter(|&c| Some(c) != x29).collect();
        if !x15 {
            for (name, f) in OVERLAYS {
                for &n in &x28 {
                    check(&mut out, name, &[n], (&x20, &x21), I, |g| f(g, n));
                }
            }
        }
        if x5 && !x15 {
            for (name, f) in CROPS {
                for &c in &x30 {
                    check(&mut out, name, &[c], (&x20, &x21), I, |g| f(g, c));
                }
            }
        }
        if x15 {
            for (name, f) in MASKS {
                for &c in x30.iter().filter(|c| !x28.contains(c)) {
                    check(&mut out, name, &[c], (&x20, &x21), I, |g| f(g, c));
                }
            }
            for (name, f) in FILLS {
                for &n in &x28 {
                    check(&mut out, name, &[n], (&x20, &x21), I, |g| f(g, n));
                }
            }
            for (name, f) in SOURCED {
                for &c in &x30 {
                    for &n in &x28 {
                        if c != n {
                            check(&mut out, name, &[c, n], (&x20, &x21), I, |g| f(g, c, n));
                        }
                    }
                }
            }
        }
        out
    }
}
