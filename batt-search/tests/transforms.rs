//! The transforms against plain references, on random grids and on the ARC training
//! inputs, and their contract (shapes in range, cells written) on every training input
//! (the train and test inputs of every training task).

mod common;

use std::collections::HashSet;

use batt_search::image::{Images, MAX_SIDE, View};
use batt_search::transforms::{Context, Param, TaskColors, Transform, all, apply_batch, by_name};
use common::{G, from_grid, to_grid, training_inputs};
use proptest::prelude::*;

/// The arguments a transform is tested with: every one it takes, and some it does not.
fn args(t: &Transform) -> Vec<u8> {
    match t.param {
        Param::None => vec![0, 7],
        Param::Color => (0..=9).chain([10, 255]).collect(),
        Param::Count(n) => (0..n).chain([n, 255]).collect(),
    }
}

/// The transform's result through its function, checked against the contract.
fn run(t: &Transform, g: &G, arg: u8, target: Option<(usize, usize)>) -> Option<G> {
    let colors = TaskColors::default();
    let cx = Context { colors: &colors, target };
    let grid = to_grid(g);
    let mut out = vec![9; 3];
    let shape = (t.apply)(View::of_grid(&grid), arg, &cx, &mut out);
    let (h, w) = shape?;
    assert!(
        (1..=MAX_SIDE).contains(&h) && (1..=MAX_SIDE).contains(&w),
        "{}: shape {h}x{w}",
        t.name
    );
    assert_eq!(out.len(), 3 + h * w, "{}: {h}x{w} but {} cells", t.name, out.len() - 3);
    assert_eq!(&out[..3], &[9, 9, 9], "{}: wrote over earlier cells", t.name);
    Some(out[3..].chunks(w).map(<[u8]>::to_vec).collect())
}

/// The reference of transform `name`: the one below where it has one, else the shared one.
fn reference(name: &str, g: &G, arg: u8, target: Option<(usize, usize)>) -> Option<G> {
    extra::reference(name, g, arg).unwrap_or_else(|| common::reference(name, g, arg, target))
}

/// Checks every transform against its reference on `g`.
fn check_all(g: &G, target: Option<(usize, usize)>) -> Result<(), TestCaseError> {
    for t in all() {
        for arg in args(t) {
            let got = run(t, g, arg, target);
            let want = reference(t.name, g, arg, target);
            prop_assert_eq!(&got, &want, "{} arg {} target {:?} on {:?}", t.name, arg, target, g);
        }
    }
    Ok(())
}

/// Small grids of a few colours, mostly 0.
fn grid() -> impl Strategy<Value = G> {
    (1usize..=7, 1usize..=7, 1u8..=4).prop_flat_map(|(h, w, k)| {
        prop::collection::vec(
            prop::collection::vec(prop_oneof![3 => Just(0u8), 2 => 1..=k, 1 => 0..=9u8], w),
            h,
        )
    })
}

/// Grids with separator lines: a random grid of cells split by full rows and columns.
fn grid_with_lines() -> impl Strategy<Value = G> {
    (grid(), 1u8..=9, 1usize..=3, 1usize..=3).prop_map(|(g, sep, ny, nx)| {
        let (h, w) = (g.len(), g[0].len());
        let (ch, cw) = (h.div_ceil(ny).max(1), w.div_ceil(nx).max(1));
        let (oh, ow) = (ny * ch + ny - 1, nx * cw + nx - 1);
        (0..oh)
            .map(|r| {
                (0..ow)
                    .map(|c| {
                        if r % (ch + 1) == ch || c % (cw + 1) == cw {
                            sep
                        } else {
                            g[(r % (ch + 1)) % h][(c % (cw + 1)) % w]
                        }
                    })
                    .collect()
            })
            .collect()
    })
}

/// A target: none, a random shape, or a multiple of the grid's shape.
fn target() -> impl Strategy<Value = (u8, usize, usize)> {
    (0u8..3, 1usize..=12, 1usize..=12)
}

fn pick_target(g: &G, (kind, a, b): (u8, usize, usize)) -> Option<(usize, usize)> {
    let (h, w) = (g.len(), g[0].len());
    match kind {
        0 => None,
        1 => Some((a, b)),
        _ => Some((h * (1 + a % 3), w * (1 + b % 3))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn transforms_match_their_references_on_random_grids(g in grid(), t in target()) {
        check_all(&g, pick_target(&g, t))?;
    }

    #[test]
    fn transforms_match_their_references_on_grids_with_lines(g in grid_with_lines(), t in target()) {
        check_all(&g, pick_target(&g, t))?;
    }
}

#[test]
fn transforms_match_their_references_on_training_inputs() {
    let Some(inputs) = training_inputs(true) else { return };
    // Every 17th input keeps the run short; the contract test below covers all of them.
    for (grid, out_shape) in inputs.iter().step_by(17) {
        let g = from_grid(grid).expect("ARC grids are not empty");
        check_all(&g, Some(*out_shape)).expect("matches the reference");
    }
}

#[test]
#[allow(clippy::needless_range_loop)]
fn every_transform_keeps_the_contract_on_every_training_input() {
    let Some(inputs) = training_inputs(true) else { return };
    assert!(!inputs.is_empty(), "no training inputs");
    let mut src = Images::new();
    for (g, _) in &inputs {
        src.push(View::of_grid(g));
    }
    let colors = TaskColors { new_in_outputs: vec![2], outputs: vec![0, 2], inputs: vec![0, 1] };
    let mut dst = Images::new();
    let mut ok = Vec::new();
    let mut buf = Vec::new();
    for t in all() {
        for (ai, arg) in args(t).into_iter().enumerate() {
            // The output's shape as target for every argument; the extreme targets and the
            // batch path for the first argument.
            let extremes: &[Option<(usize, usize)>] =
                if ai == 0 { &[None, Some((1, 1)), Some((MAX_SIDE, MAX_SIDE))] } else { &[] };
            for fixed in std::iter::once(None).chain(extremes.iter().copied().map(Some)) {
                let cx = |i: usize| Context {
                    colors: &colors,
                    target: fixed.unwrap_or(Some(inputs[i].1)),
                };
                let batch = ai == 0 && fixed.is_none();
                if batch {
                    dst.clear();
                    apply_batch(t, arg, &src, cx, &mut dst, &mut ok);
                    assert_eq!(ok.len(), src.len());
                }
                for i in 0..src.len() {
                    buf.clear();
                    let shape = (t.apply)(src.view(i), arg, &cx(i), &mut buf);
                    if let Some((h, w)) = shape {
                        assert!(
                            (1..=MAX_SIDE).contains(&h) && (1..=MAX_SIDE).contains(&w),
                            "{} arg {arg}: shape {h}x{w} on input {i}",
                            t.name
                        );
                        assert_eq!(buf.len(), h * w, "{} arg {arg}: cells on input {i}", t.name);
                        assert!(buf.iter().all(|&c| c <= 9), "{} arg {arg}: colour", t.name);
                    }
                    if batch {
                        assert_eq!(ok[i], shape.is_some(), "{} arg {arg}: batch on {i}", t.name);
                    }
                }
            }
        }
    }
}

#[test]
fn names_are_unique_snake_case_and_documented() {
    let doc = include_str!("../src/transforms/mod.rs");
    let mut seen = HashSet::new();
    for t in all() {
        assert!(seen.insert(t.name), "{} twice", t.name);
        assert!(
            t.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{} is not snake_case",
            t.name
        );
        assert!(doc.contains(&format!("//! - `{}`: ", t.name)), "{} is not documented", t.name);
        assert_eq!(by_name(t.name).map(|x| x.name), Some(t.name));
    }
    assert!(by_name("no_such_transform").is_none());
}

/// Plain references of the painting, periodic, line, box and object-moving transforms.
#[allow(clippy::needless_range_loop)]
mod extra {
    use super::G;
    use std::collections::HashMap;

    type Cells = Vec<(usize, usize)>;

    /// `Some(result)` where `name` is one of the transforms referenced here, else `None`.
    pub fn reference(name: &str, g: &G, arg: u8) -> Option<Option<G>> {
        if name == "paint_neighbours" {
            return Some(paint_neighbours(g));
        }
        if let Some(prop) = name.strip_prefix("paint_") {
            return Some(if prop == "color_rank" { color_rank(g) } else { paint(g, prop, arg) });
        }
        if let Some(dir) = name.strip_prefix("gravity_objects_") {
            return Some(gravity_objects(g, dir));
        }
        let k = (arg <= 9).then_some(arg);
        Some(match name {
            "periodic_fill" => k.and_then(|k| periodic_fill(g, k)),
            "period_crop" => period_crop(g),
            "upscale_by_colors" => upscale_by_colors(g),
            "connect_diag" => Some(connect_diag(g)),
            "rays_diag" => k.map(|k| rays_diag(g, k)),
            "lines_h" => k.and_then(|k| lines(g, k, true, false)),
            "lines_v" => k.and_then(|k| lines(g, k, false, true)),
            "lines_hv" => k.and_then(|k| lines(g, k, true, true)),
            "fill_color_boxes" => Some(fill_color_boxes(g)),
            "move_to_contact" => k.and_then(|k| move_to_contact(g, k)),
            "object_most_color" => k.and_then(|k| object_most_color(g, k)),
            "grid_most_color" => k.and_then(|k| grid_most_color(g, k)),
            "object_common_shape" => object_common_shape(g),
            "shift" => shift(g, arg),
            "step_toward" => k.and_then(|k| move_color_by(g, k, false)),
            "center_on_rest" => k.and_then(|k| move_color_by(g, k, true)),
            "object_marked" => k.and_then(|k| object_marked(g, k)),
            "crop_frame" => crop_frame(g, arg),
            "connect_h_color" => k.and_then(|k| connect_color(g, k, true, false)),
            "connect_v_color" => k.and_then(|k| connect_color(g, k, false, true)),
            "connect_hv_color" => k.and_then(|k| connect_color(g, k, true, true)),
            "recolor_lattice" => recolor_lattice(g, arg),
            "erase_lonely" => erase_lonely(g, arg),
            _ => return None,
        })
    }

    fn dims(g: &G) -> (usize, usize) {
        (g.len(), g[0].len())
    }

    /// Connected components of the non-zero cells, in the order of their first cell.
    fn objects(g: &G, diag: bool, single: bool) -> Vec<Cells> {
        let (h, w) = dims(g);
        let mut seen = vec![vec![false; w]; h];
        let mut out = vec![];
        for r in 0..h {
            for c in 0..w {
                if g[r][c] == 0 || seen[r][c] {
                    continue;
                }
                seen[r][c] = true;
                let mut cells = vec![(r, c)];
                let mut i = 0;
                while i < cells.len() {
                    let (y, x) = cells[i];
                    i += 1;
                    for ny in y.saturating_sub(1)..=(y + 1).min(h - 1) {
                        for nx in x.saturating_sub(1)..=(x + 1).min(w - 1) {
                            let ok = (diag || ny == y || nx == x)
                                && g[ny][nx] != 0
                                && !seen[ny][nx]
                                && (!single || g[ny][nx] == g[r][c]);
                            if ok {
                                seen[ny][nx] = true;
                                cells.push((ny, nx));
                            }
                        }
                    }
                }
                out.push(cells);
            }
        }
        out
    }

    fn bbox(cells: &Cells) -> (usize, usize, usize, usize) {
        let t = cells.iter().map(|p| p.0).min().unwrap_or(0);
        let l = cells.iter().map(|p| p.1).min().unwrap_or(0);
        let b = cells.iter().map(|p| p.0).max().unwrap_or(0);
        let r = cells.iter().map(|p| p.1).max().unwrap_or(0);
        (t, l, b, r)
    }

    /// Areas of box cells not in `cells` that do not reach the box's edge (4-connected).
    fn holes(cells: &Cells) -> usize {
        let (t, l, b, r) = bbox(cells);
        let own: std::collections::HashSet<_> = cells.iter().copied().collect();
        let mut seen = std::collections::HashSet::new();
        let mut n = 0;
        for y in t..=b {
            for x in l..=r {
                if own.contains(&(y, x)) || seen.contains(&(y, x)) {
                    continue;
                }
                let mut area = vec![(y, x)];
                seen.insert((y, x));
                let mut i = 0;
                let mut edge = false;
                while i < area.len() {
                    let (cy, cx) = area[i];
                    i += 1;
                    edge |= cy == t || cy == b || cx == l || cx == r;
                    let near = [
                        (cy.wrapping_sub(1), cx),
                        (cy + 1, cx),
                        (cy, cx.wrapping_sub(1)),
                        (cy, cx + 1),
                    ];
                    for (ny, nx) in near {
                        if (t..=b).contains(&ny)
                            && (l..=r).contains(&nx)
                            && !own.contains(&(ny, nx))
                            && seen.insert((ny, nx))
                        {
                            area.push((ny, nx));
                        }
                    }
                }
                n += usize::from(!edge);
            }
        }
        n
    }

    /// The object's shape: its box size and the cells relative to the box.
    fn shape_of(cells: &Cells) -> (usize, usize, Vec<(usize, usize)>) {
        let (t, l, b, r) = bbox(cells);
        let mut rel: Vec<_> = cells.iter().map(|&(y, x)| (y - t, x - l)).collect();
        rel.sort_unstable();
        (b - t, r - l, rel)
    }

    fn paint(g: &G, prop: &str, arg: u8) -> Option<G> {
        let (diag, single) = match arg {
            0 => (false, true),
            1 => (true, false),
            _ => return None,
        };
        let objs = objects(g, diag, single);
        if objs.is_empty() {
            return None;
        }
        let (h, w) = dims(g);
        let sizes: Vec<usize> = objs.iter().map(Vec::len).collect();
        let most = *sizes.iter().max()?;
        let fewest = *sizes.iter().min()?;
        let mut shapes = vec![];
        let codes: Vec<usize> = objs
            .iter()
            .map(|o| {
                let (t, l, b, r) = bbox(o);
                match prop {
                    "size_rank" => {
                        let mut larger: Vec<usize> =
                            sizes.iter().copied().filter(|&s| s > o.len()).collect();
                        larger.sort_unstable();
                        larger.dedup();
                        larger.len() + 1
                    }
                    "largest" => 1 + usize::from(o.len() != most),
                    "smallest" => 1 + usize::from(o.len() != fewest),
                    "extremes" if o.len() == most => 1,
                    "extremes" if o.len() == fewest => 2,
                    "extremes" => 3,
                    "size" => o.len(),
                    "holes" => holes(o) + 1,
                    "border" => 1 + usize::from(!(t == 0 || l == 0 || b == h - 1 || r == w - 1)),
                    "shape" => {
                        let s = shape_of(o);
                        match shapes.iter().position(|x| *x == s) {
                            Some(i) => i + 1,
                            None => {
                                shapes.push(s);
                                shapes.len()
                            }
                        }
                    }
                    "colors" => {
                        let mut c: Vec<u8> = o.iter().map(|&(y, x)| g[y][x]).collect();
                        c.sort_unstable();
                        c.dedup();
                        c.len()
                    }
                    "height" => b - t + 1,
                    _ => r - l + 1,
                }
            })
            .collect();
        let mut out = vec![vec![0u8; w]; h];
        for (o, &code) in objs.iter().zip(&codes) {
            for &(y, x) in o {
                out[y][x] = code.min(9) as u8;
            }
        }
        Some(out)
    }

    fn color_rank(g: &G) -> Option<G> {
        let mut counts: Vec<(usize, u8)> = (1..=9u8)
            .map(|k| (g.iter().flatten().filter(|&&v| v == k).count(), k))
            .filter(|&(n, _)| n > 0)
            .collect();
        if counts.is_empty() {
            return None;
        }
        counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let rank: HashMap<u8, u8> =
            counts.iter().enumerate().map(|(i, &(_, k))| (k, (i + 1).min(9) as u8)).collect();
        Some(g.iter().map(|row| row.iter().map(|v| *rank.get(v).unwrap_or(&0)).collect()).collect())
    }

    fn periodic_fill(g: &G, k: u8) -> Option<G> {
        let (h, w) = dims(g);
        if !g.iter().flatten().any(|&v| v == k) {
            return None;
        }
        let mut cands = vec![];
        for py in 1..=h {
            for px in 1..=w {
                if py * px <= h * w / 2 {
                    let shifts = if py < h { px } else { 1 };
                    for s in 0..shifts {
                        cands.push((py * px, py, s, px));
                    }
                }
            }
        }
        cands.sort_unstable();
        for (_, py, s, px) in cands {
            let class = |r: usize, c: usize| {
                let k = (r / py) as i64;
                (r % py, (c as i64 - k * s as i64).rem_euclid(px as i64))
            };
            let mut known: HashMap<(usize, i64), u8> = HashMap::new();
            let mut ok = true;
            for r in 0..h {
                for c in 0..w {
                    if g[r][c] != k && *known.entry(class(r, c)).or_insert(g[r][c]) != g[r][c] {
                        ok = false;
                    }
                }
            }
            let out: Option<G> = (0..h)
                .map(|r| {
                    (0..w)
                        .map(|c| {
                            if g[r][c] == k {
                                known.get(&class(r, c)).copied()
                            } else {
                                Some(g[r][c])
                            }
                        })
                        .collect()
                })
                .collect();
            if let (true, Some(out)) = (ok, out) {
                return Some(out);
            }
        }
        None
    }

    fn period_crop(g: &G) -> Option<G> {
        let (h, w) = dims(g);
        let mut cands: Vec<(usize, usize, usize)> = (1..=h)
            .flat_map(|py| (1..=w).map(move |px| (py * px, py, px)))
            .filter(|&(a, _, _)| a < h * w)
            .collect();
        cands.sort_unstable();
        cands.into_iter().find_map(|(_, py, px)| {
            let ok = (0..h).all(|r| (0..w).all(|c| g[r][c] == g[r % py][c % px]));
            ok.then(|| g[..py].iter().map(|row| row[..px].to_vec()).collect())
        })
    }

    fn upscale_by_colors(g: &G) -> Option<G> {
        let n = (1..=9u8).filter(|k| g.iter().flatten().any(|v| v == k)).count();
        let (h, w) = dims(g);
        if n < 2 || h * n > 255 || w * n > 255 {
            return None;
        }
        Some((0..h * n).map(|r| (0..w * n).map(|c| g[r / n][c / n]).collect()).collect())
    }

    fn inside(g: &G, r: i64, c: i64) -> bool {
        r >= 0 && c >= 0 && (r as usize) < g.len() && (c as usize) < g[0].len()
    }

    fn rays_diag(g: &G, k: u8) -> G {
        let mut out = g.clone();
        let (h, w) = dims(g);
        for r in 0..h {
            for c in 0..w {
                if g[r][c] != k {
                    continue;
                }
                for (dr, dc) in [(-1i64, -1i64), (-1, 1), (1, -1), (1, 1)] {
                    let (mut y, mut x) = (r as i64 + dr, c as i64 + dc);
                    while inside(g, y, x) && g[y as usize][x as usize] == 0 {
                        out[y as usize][x as usize] = k;
                        y += dr;
                        x += dc;
                    }
                }
            }
        }
        out
    }

    fn connect_diag(g: &G) -> G {
        let mut out = g.clone();
        let (h, w) = dims(g);
        for r in 0..h {
            for c in 0..w {
                let v = g[r][c];
                for dc in [-1i64, 1] {
                    let cells: Vec<(usize, usize)> = (1..)
                        .map(|i| (r as i64 + i, c as i64 + i * dc))
                        .take_while(|&(y, x)| inside(g, y, x))
                        .map(|(y, x)| (y as usize, x as usize))
                        .collect();
                    let Some(end) = cells.iter().position(|&(y, x)| g[y][x] != 0) else { continue };
                    let (ey, ex) = cells[end];
                    if v != 0 && end > 0 && g[ey][ex] == v {
                        for &(y, x) in &cells[..end] {
                            out[y][x] = v;
                        }
                    }
                }
            }
        }
        out
    }

    fn lines(g: &G, k: u8, rows: bool, cols: bool) -> Option<G> {
        let (h, w) = dims(g);
        if k == 0 || !g.iter().flatten().any(|&v| v == k) {
            return None;
        }
        let row_has = |r: usize| g[r].contains(&k);
        let col_has = |c: usize| (0..h).any(|r| g[r][c] == k);
        Some(
            (0..h)
                .map(|r| {
                    (0..w)
                        .map(|c| {
                            let on = (rows && row_has(r)) || (cols && col_has(c));
                            if g[r][c] == 0 && on { k } else { g[r][c] }
                        })
                        .collect()
                })
                .collect(),
        )
    }

    fn fill_color_boxes(g: &G) -> G {
        let mut out = g.clone();
        for k in 1..=9u8 {
            let cells: Cells = (0..g.len())
                .flat_map(|r| (0..g[0].len()).map(move |c| (r, c)))
                .filter(|&(r, c)| g[r][c] == k)
                .collect();
            if cells.is_empty() {
                continue;
            }
            let (t, l, b, r) = bbox(&cells);
            for y in t..=b {
                for x in l..=r {
                    if out[y][x] == 0 {
                        out[y][x] = k;
                    }
                }
            }
        }
        out
    }

    fn gravity_objects(g: &G, dir: &str) -> Option<G> {
        let (h, w) = dims(g);
        let (dr, dc) = match dir {
            "down" => (1i64, 0i64),
            "up" => (-1, 0),
            "left" => (0, -1),
            _ => (0, 1),
        };
        let objs = objects(g, true, false);
        let mut order: Vec<(usize, usize)> = objs
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let (t, l, b, r) = bbox(o);
                let d = match dir {
                    "down" => h - 1 - b,
                    "up" => t,
                    "left" => l,
                    _ => w - 1 - r,
                };
                (d, i)
            })
            .collect();
        order.sort_unstable();
        let mut out = g.clone();
        for (_, i) in order {
            let o = &objs[i];
            for &(y, x) in o {
                out[y][x] = 0;
            }
            let free = |s: i64, out: &G| {
                o.iter().all(|&(y, x)| {
                    let (ny, nx) = (y as i64 + dr * s, x as i64 + dc * s);
                    inside(g, ny, nx) && out[ny as usize][nx as usize] == 0
                })
            };
            let mut s = 0;
            while free(s + 1, &out) {
                s += 1;
            }
            for &(y, x) in o {
                out[(y as i64 + dr * s) as usize][(x as i64 + dc * s) as usize] = g[y][x];
            }
        }
        Some(out)
    }

    /// The same-colour neighbours of `(r, c)` among the offsets `steps`.
    fn same_around(g: &G, r: usize, c: usize, steps: &[(i64, i64)]) -> usize {
        steps
            .iter()
            .filter(|&&(dr, dc)| {
                let (y, x) = (r as i64 + dr, c as i64 + dc);
                inside(g, y, x) && g[y as usize][x as usize] == g[r][c]
            })
            .count()
    }

    const EDGES: [(i64, i64); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];

    fn paint_neighbours(g: &G) -> Option<G> {
        if g.iter().flatten().all(|&v| v == 0) {
            return None;
        }
        let (h, w) = dims(g);
        Some(
            (0..h)
                .map(|r| {
                    (0..w)
                        .map(
                            |c| {
                                if g[r][c] == 0 {
                                    0
                                } else {
                                    1 + same_around(g, r, c, &EDGES) as u8
                                }
                            },
                        )
                        .collect()
                })
                .collect(),
        )
    }

    fn erase_lonely(g: &G, arg: u8) -> Option<G> {
        let mut out = g.clone();
        let mut any = false;
        for r in 0..g.len() {
            for c in 0..g[0].len() {
                if g[r][c] != 0 && same_around(g, r, c, &EDGES) <= usize::from(arg) {
                    out[r][c] = 0;
                    any = true;
                }
            }
        }
        any.then_some(out)
    }

    fn recolor_lattice(g: &G, arg: u8) -> Option<G> {
        let sel = |r: usize, c: usize| match arg {
            0 => c % 2 == 1,
            1 => r % 2 == 1,
            2 => (r + c) % 2 == 1,
            3 => c % 3 == 0,
            4 => r % 3 == 0,
            5 => c % 2 == 0,
            _ => r % 2 == 0,
        };
        if arg > 6 {
            return None;
        }
        let code = (1..=9u8).find(|k| !g.iter().flatten().any(|v| v == k))?;
        let mut out = g.clone();
        let mut any = false;
        for r in 0..g.len() {
            for c in 0..g[0].len() {
                if g[r][c] != 0 && sel(r, c) {
                    out[r][c] = code;
                    any = true;
                }
            }
        }
        any.then_some(out)
    }

    fn move_to_contact(g: &G, k: u8) -> Option<G> {
        if k == 0 {
            return None;
        }
        let group: Cells = (0..g.len())
            .flat_map(|r| (0..g[0].len()).map(move |c| (r, c)))
            .filter(|&(r, c)| g[r][c] == k)
            .collect();
        if group.is_empty() {
            return None;
        }
        // Steps until the group, moved, first overlaps another non-zero cell (staying inside).
        let meets = |dr: i64, dc: i64| {
            (1i64..).find_map(|s| {
                let moved: Vec<(i64, i64)> =
                    group.iter().map(|&(r, c)| (r as i64 + dr * s, c as i64 + dc * s)).collect();
                if moved.iter().any(|&(y, x)| !inside(g, y, x)) {
                    return Some(None);
                }
                let hit = moved.iter().any(|&(y, x)| {
                    let v = g[y as usize][x as usize];
                    v != 0 && v != k
                });
                hit.then_some(Some(s))
            })?
        };
        let mut best: Option<(i64, i64, i64)> = None;
        for (dr, dc) in [(1, 0), (-1, 0), (0, -1), (0, 1)] {
            if let Some(s) = meets(dr, dc) {
                if best.is_none_or(|(b, _, _)| s < b) {
                    best = Some((s, dr, dc));
                }
            }
        }
        let (s, dr, dc) = best?;
        if s == 1 {
            return None;
        }
        let mut out = g.clone();
        for &(r, c) in &group {
            out[r][c] = 0;
        }
        for &(r, c) in &group {
            out[(r as i64 + dr * (s - 1)) as usize][(c as i64 + dc * (s - 1)) as usize] = k;
        }
        Some(out)
    }

    /// The first index of the highest score above 0.
    fn best(scores: &[usize]) -> Option<usize> {
        let top = *scores.iter().max()?;
        (top > 0).then(|| scores.iter().position(|&n| n == top).expect("the maximum is there"))
    }

    /// The object cut out of its box, other cells 0.
    fn cut(g: &G, o: &Cells) -> G {
        let (t, l, b, r) = bbox(o);
        (t..=b)
            .map(|y| (l..=r).map(|x| if o.contains(&(y, x)) { g[y][x] } else { 0 }).collect())
            .collect()
    }

    fn object_most_color(g: &G, k: u8) -> Option<G> {
        if k == 0 {
            return None;
        }
        let objs = objects(g, true, false);
        let scores: Vec<usize> =
            objs.iter().map(|o| o.iter().filter(|&&(y, x)| g[y][x] == k).count()).collect();
        Some(cut(g, &objs[best(&scores)?]))
    }

    fn object_common_shape(g: &G) -> Option<G> {
        let objs = objects(g, true, true);
        let shapes: Vec<_> = objs.iter().map(shape_of).collect();
        let scores: Vec<usize> = shapes
            .iter()
            .map(|s| {
                let n = shapes.iter().filter(|t| *t == s).count();
                if n >= 2 { n } else { 0 }
            })
            .collect();
        Some(cut(g, &objs[best(&scores)?]))
    }

    /// The cells of the grid of separator lines: the separator is the non-zero colour with
    /// the most full rows and columns (ties: the smallest).
    fn grid_cells(g: &G) -> Option<Vec<G>> {
        let (h, w) = dims(g);
        let full_row = |r: usize| g[r].iter().all(|&v| v == g[r][0]).then_some(g[r][0]);
        let full_col = |c: usize| (0..h).all(|r| g[r][c] == g[0][c]).then_some(g[0][c]);
        let mut lines = [0usize; 10];
        for v in (0..h).filter_map(full_row).chain((0..w).filter_map(full_col)) {
            lines[usize::from(v)] += 1;
        }
        let top = *lines[1..].iter().max()?;
        if top == 0 {
            return None;
        }
        let sep = (1..10u8).find(|&v| lines[usize::from(v)] == top)?;
        let bands = |n: usize, is_sep: &dyn Fn(usize) -> bool| {
            let mut out = Vec::new();
            let mut start = None;
            for i in 0..=n {
                match (i < n && !is_sep(i), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        out.push((s, i));
                        start = None;
                    }
                    _ => {}
                }
            }
            out
        };
        let rows = bands(h, &|r| full_row(r) == Some(sep));
        let cols = bands(w, &|c| full_col(c) == Some(sep));
        let cells: Vec<G> = rows
            .iter()
            .flat_map(|&(r0, r1)| {
                cols.iter().map(move |&(c0, c1)| (r0..r1).map(|r| g[r][c0..c1].to_vec()).collect())
            })
            .collect();
        (cells.len() >= 2).then_some(cells)
    }

    fn grid_most_color(g: &G, k: u8) -> Option<G> {
        let cells = grid_cells(g)?;
        let scores: Vec<usize> =
            cells.iter().map(|c| c.iter().flatten().filter(|&&v| v == k).count()).collect();
        Some(cells[best(&scores)?].clone())
    }

    /// Zero gaps between two cells of one colour along a row (`rows`) or a column (`cols`)
    /// made `k`.
    fn connect_color(g: &G, k: u8, rows: bool, cols: bool) -> Option<G> {
        let (h, w) = dims(g);
        let mut out = g.clone();
        let row_lines = (0..h).filter(|_| rows).map(|r| (0..w).map(|c| (r, c)).collect::<Cells>());
        let col_lines = (0..w).filter(|_| cols).map(|c| (0..h).map(|r| (r, c)).collect::<Cells>());
        for line in row_lines.chain(col_lines) {
            let nz: Vec<usize> =
                (0..line.len()).filter(|&i| g[line[i].0][line[i].1] != 0).collect();
            for pair in nz.windows(2) {
                let (a, b) = (line[pair[0]], line[pair[1]]);
                if g[a.0][a.1] == g[b.0][b.1] {
                    for &(r, c) in &line[pair[0] + 1..pair[1]] {
                        out[r][c] = k;
                    }
                }
            }
        }
        (out != *g).then_some(out)
    }

    /// The largest ring of one non-zero colour, at least 3 x 3, around a cell of another
    /// colour, its top-left corner reaching as far as its colour runs right and down (ties:
    /// the first corner in reading order): its inside (`arg` 0) or all of it (1).
    fn crop_frame(g: &G, arg: u8) -> Option<G> {
        if arg > 1 {
            return None;
        }
        let (h, w) = dims(g);
        let run = |r: usize, c: usize, dr: usize, dc: usize| {
            let mut n = 1;
            while r + dr * n < h && c + dc * n < w && g[r + dr * n][c + dc * n] == g[r][c] {
                n += 1;
            }
            n
        };
        let mut best: Option<(usize, usize, usize, usize, usize)> = None;
        for t in 0..h {
            for l in 0..w {
                let v = g[t][l];
                let (fw, fh) = (run(t, l, 0, 1), run(t, l, 1, 0));
                if v == 0 || fw < 3 || fh < 3 {
                    continue;
                }
                let (b, r) = (t + fh - 1, l + fw - 1);
                let ring = run(b, l, 0, 1) >= fw && run(t, r, 1, 0) >= fh;
                let mixed = (t + 1..b).any(|y| (l + 1..r).any(|x| g[y][x] != v));
                if ring && mixed && best.is_none_or(|(a, ..)| fw * fh > a) {
                    best = Some((fw * fh, t, l, b, r));
                }
            }
        }
        let (_, t, l, b, r) = best?;
        let d = usize::from(arg == 0);
        Some((t + d..=b - d).map(|y| g[y][l + d..=r - d].to_vec()).collect())
    }

    fn object_marked(g: &G, k: u8) -> Option<G> {
        if k == 0 {
            return None;
        }
        let touched: Vec<Cells> = objects(g, true, true)
            .into_iter()
            .filter(|o| {
                let (y, x) = o[0];
                g[y][x] != k
                    && o.iter().any(|&(y, x)| {
                        (-1i64..=1).any(|dy| {
                            (-1i64..=1).any(|dx| {
                                let (ny, nx) = (y as i64 + dy, x as i64 + dx);
                                inside(g, ny, nx) && g[ny as usize][nx as usize] == k
                            })
                        })
                    })
            })
            .collect();
        match touched.as_slice() {
            [o] => Some(cut(g, o)),
            _ => None,
        }
    }

    fn shift(g: &G, arg: u8) -> Option<G> {
        let (dr, dc) = [(1i64, 0i64), (-1, 0), (0, -1), (0, 1)].get(usize::from(arg)).copied()?;
        let (h, w) = dims(g);
        Some(
            (0..h as i64)
                .map(|r| {
                    (0..w as i64)
                        .map(|c| {
                            let (y, x) = (r - dr, c - dc);
                            if inside(g, y, x) { g[y as usize][x as usize] } else { 0 }
                        })
                        .collect()
                })
                .collect(),
        )
    }

    /// The cells of colour `k` moved one step towards (`center` false) or centred on (true)
    /// the box of the other non-zero cells.
    fn move_color_by(g: &G, k: u8, center: bool) -> Option<G> {
        if k == 0 {
            return None;
        }
        let (h, w) = dims(g);
        let all: Cells = (0..h).flat_map(|r| (0..w).map(move |c| (r, c))).collect();
        let group: Cells = all.iter().copied().filter(|&(r, c)| g[r][c] == k).collect();
        let rest: Cells =
            all.iter().copied().filter(|&(r, c)| g[r][c] != 0 && g[r][c] != k).collect();
        if group.is_empty() || rest.is_empty() {
            return None;
        }
        let (gt, gl, gb, gr) = bbox(&group);
        let (rt, rl, rb, rr) = bbox(&rest);
        let dy2 = (rt + rb) as i64 - (gt + gb) as i64;
        let dx2 = (rl + rr) as i64 - (gl + gr) as i64;
        let (dy, dx) = if center {
            if dy2 % 2 != 0 || dx2 % 2 != 0 {
                return None;
            }
            (dy2 / 2, dx2 / 2)
        } else {
            (dy2.signum(), dx2.signum())
        };
        if (dy, dx) == (0, 0) {
            return None;
        }
        let mut out: G =
            g.iter().map(|row| row.iter().map(|&v| if v == k { 0 } else { v }).collect()).collect();
        for &(r, c) in &group {
            let (y, x) = (r as i64 + dy, c as i64 + dx);
            if !inside(g, y, x) {
                return None;
            }
            out[y as usize][x as usize] = k;
        }
        Some(out)
    }
}
