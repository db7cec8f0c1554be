//! Plain reference implementations of the transforms, on nested rows, and the ARC training
//! inputs the tests run on.

#![allow(dead_code)]

use batt_runtime::Grid;
use batt_runtime::dsl;

/// A grid as rows of colours.
pub type G = Vec<Vec<u8>>;

/// The rows of a batt grid; `None` for an empty grid.
pub fn from_grid(g: &Grid) -> Option<G> {
    (g.height() > 0 && g.width() > 0).then(|| g.to_rows())
}

/// The batt grid of rows.
pub fn to_grid(g: &G) -> Grid {
    Grid::from_rows(g).expect("reference grids are valid")
}

fn dims(g: &G) -> (usize, usize) {
    (g.len(), g[0].len())
}

fn new(h: usize, w: usize, f: impl Fn(usize, usize) -> u8) -> Option<G> {
    ((1..=255).contains(&h) && (1..=255).contains(&w))
        .then(|| (0..h).map(|r| (0..w).map(|c| f(r, c)).collect()).collect())
}

fn map(g: &G, f: impl Fn(u8) -> u8) -> Option<G> {
    Some(g.iter().map(|row| row.iter().map(|&c| f(c)).collect()).collect())
}

fn hist(g: &G) -> [u32; 10] {
    let mut h = [0; 10];
    for &c in g.iter().flatten() {
        h[c as usize] += 1;
    }
    h
}

/// The most frequent colour from `from` (ties: smallest).
fn most(g: &G, from: u8) -> Option<u8> {
    let h = hist(g);
    (from..10).filter(|&c| h[c as usize] > 0).max_by_key(|&c| (h[c as usize], std::cmp::Reverse(c)))
}

/// The least frequent colour from `from` (ties: smallest).
fn least(g: &G, from: u8) -> Option<u8> {
    let h = hist(g);
    (from..10).filter(|&c| h[c as usize] > 0).min_by_key(|&c| (h[c as usize], c))
}

/// (top, left, bottom, right) of the cells where `p` holds.
fn bbox(g: &G, p: impl Fn(u8) -> bool) -> Option<(usize, usize, usize, usize)> {
    let cells: Vec<(usize, usize)> = cells_where(g, |_, _, v| p(v));
    bbox_of(&cells)
}

fn cells_where(g: &G, p: impl Fn(usize, usize, u8) -> bool) -> Vec<(usize, usize)> {
    let (h, w) = dims(g);
    (0..h).flat_map(|r| (0..w).map(move |c| (r, c))).filter(|&(r, c)| p(r, c, g[r][c])).collect()
}

fn bbox_of(cells: &[(usize, usize)]) -> Option<(usize, usize, usize, usize)> {
    let top = cells.iter().map(|x| x.0).min()?;
    let bottom = cells.iter().map(|x| x.0).max()?;
    let left = cells.iter().map(|x| x.1).min()?;
    let right = cells.iter().map(|x| x.1).max()?;
    Some((top, left, bottom, right))
}

fn crop(g: &G, (t, l, b, r): (usize, usize, usize, usize)) -> Option<G> {
    new(b + 1 - t, r + 1 - l, |i, j| g[t + i][l + j])
}

fn dsl1(g: &G, f: impl Fn(&Grid) -> Option<Grid>) -> Option<G> {
    f(&to_grid(g)).as_ref().and_then(from_grid)
}

/// A piece: its box, its cropped image (own cells, others 0), non-zero cells, colour mask.
#[derive(Clone, Debug)]
struct Piece {
    rect: (usize, usize, usize, usize),
    img: G,
    cells: u32,
    colors: u16,
}

fn piece(g: &G, own: &[(usize, usize)]) -> Piece {
    let rect = bbox_of(own).expect("a piece has cells");
    let img = new(rect.2 + 1 - rect.0, rect.3 + 1 - rect.1, |i, j| {
        let (r, c) = (rect.0 + i, rect.1 + j);
        if own.contains(&(r, c)) { g[r][c] } else { 0 }
    })
    .expect("fits");
    let cells = img.iter().flatten().filter(|&&c| c != 0).count() as u32;
    let colors = img.iter().flatten().filter(|&&c| c != 0).fold(0u16, |m, &c| m | 1 << c);
    Piece { rect, img, cells, colors }
}

fn pick(pieces: &[Piece], k: u8) -> Option<usize> {
    pick_all(pieces, k).map(|(i, _)| i)
}

/// The picked piece, and which pieces tie with it (same score; for uniqueness, itself).
fn pick_all(pieces: &[Piece], k: u8) -> Option<(usize, Vec<bool>)> {
    if pieces.is_empty() {
        return None;
    }
    let unique = |same: &dyn Fn(&Piece, &Piece) -> bool| {
        let u: Vec<usize> = (0..pieces.len())
            .filter(|&i| (0..pieces.len()).all(|j| j == i || !same(&pieces[i], &pieces[j])))
            .collect();
        (u.len() == 1).then(|| u[0])
    };
    let one = |i: usize| (i, (0..pieces.len()).map(|j| j == i).collect::<Vec<bool>>());
    if k == 14 {
        return unique(&|a, b| a.colors == b.colors).map(&one);
    }
    if k == 15 {
        return unique(&|a, b| a.img == b.img).map(&one);
    }
    if k == 16 {
        let mask = |g: &G| -> Vec<Vec<bool>> {
            g.iter().map(|row| row.iter().map(|&c| c != 0).collect()).collect()
        };
        return unique(&|a, b| mask(&a.img) == mask(&b.img)).map(&one);
    }
    let score = |p: &Piece| -> Option<i64> {
        let (t, l, b, r) = p.rect;
        let (ph, pw) = ((b + 1 - t) as i64, (r + 1 - l) as i64);
        let cells = p.cells as i64;
        let colors = p.colors.count_ones() as i64;
        Some(match k {
            0 => cells,
            1 => -cells,
            2 => ph * pw,
            3 => -ph * pw,
            4 => colors,
            5 => -colors,
            6 => -(t as i64),
            7 => b as i64,
            8 => -(l as i64),
            9 => r as i64,
            10 => ph * pw - cells,
            11 => cells - ph * pw,
            12 => ph,
            13 => pw,
            _ => return None,
        })
    };
    let mut best = 0;
    for i in 1..pieces.len() {
        if score(&pieces[i])? > score(&pieces[best])? {
            best = i;
        }
    }
    let top = score(&pieces[best])?;
    Some((best, pieces.iter().map(|p| score(p) == Some(top)).collect()))
}

/// Objects in the order of their first cell (row-major): for one colour through arc-dsl's
/// `objects`, for several by a plain flood fill.
fn objects(g: &G, diag: bool, single: bool) -> Vec<Vec<(usize, usize)>> {
    let mut objs: Vec<Vec<(usize, usize)>> = if single {
        let set = dsl::objects(to_grid(g), true, diag, false);
        set.iter()
            .filter(|o| o.iter().next().is_some_and(|&(c, _)| c != 0))
            .map(|o| o.iter().map(|&(_, (r, c))| (r as usize, c as usize)).collect())
            .collect()
    } else {
        let (h, w) = dims(g);
        let mut seen = vec![vec![false; w]; h];
        let mut out = Vec::new();
        for r in 0..h {
            for c in 0..w {
                if g[r][c] == 0 || seen[r][c] {
                    continue;
                }
                let mut obj = vec![];
                let mut todo = vec![(r, c)];
                seen[r][c] = true;
                while let Some((i, j)) = todo.pop() {
                    obj.push((i, j));
                    for di in -1i32..=1 {
                        for dj in -1i32..=1 {
                            if (!diag && di != 0 && dj != 0) || (di == 0 && dj == 0) {
                                continue;
                            }
                            let (a, b) = (i as i32 + di, j as i32 + dj);
                            if a < 0 || b < 0 || a >= h as i32 || b >= w as i32 {
                                continue;
                            }
                            let (a, b) = (a as usize, b as usize);
                            if g[a][b] != 0 && !seen[a][b] {
                                seen[a][b] = true;
                                todo.push((a, b));
                            }
                        }
                    }
                }
                out.push(obj);
            }
        }
        out
    };
    for o in &mut objs {
        o.sort();
    }
    objs.sort_by_key(|o| o[0]);
    objs
}

fn uniform_row(g: &G, r: usize) -> Option<u8> {
    g[r].iter().all(|&c| c == g[r][0]).then_some(g[r][0])
}

fn uniform_col(g: &G, c: usize) -> Option<u8> {
    g.iter().all(|row| row[c] == g[0][c]).then_some(g[0][c])
}

fn runs(n: usize, sep: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut i = 0;
    while i < n {
        if sep(i) {
            i += 1;
            continue;
        }
        let s = i;
        while i < n && !sep(i) {
            i += 1;
        }
        out.push((s, i - 1));
    }
    out
}

/// The pieces of a split: grid cells, halves, colour layers.
fn split(g: &G, mode: &str) -> Option<Vec<Piece>> {
    let (h, w) = dims(g);
    let rect_piece = |t: usize, l: usize, b: usize, r: usize| {
        let own: Vec<(usize, usize)> = (t..=b).flat_map(|i| (l..=r).map(move |j| (i, j))).collect();
        let mut p = piece(g, &own);
        p.rect = (t, l, b, r);
        p.img = crop(g, (t, l, b, r)).expect("fits");
        p
    };
    let pieces: Vec<Piece> = match mode {
        "grid" => {
            let mut count = [0u32; 10];
            for r in 0..h {
                if let Some(c) = uniform_row(g, r) {
                    count[c as usize] += 1;
                }
            }
            for c in 0..w {
                if let Some(v) = uniform_col(g, c) {
                    count[v as usize] += 1;
                }
            }
            let sep = (1..10u8)
                .filter(|&c| count[c as usize] > 0)
                .max_by_key(|&c| (count[c as usize], std::cmp::Reverse(c)))?;
            let rows = runs(h, |r| uniform_row(g, r) == Some(sep));
            let cols = runs(w, |c| uniform_col(g, c) == Some(sep));
            let mut v = vec![];
            for &(t, b) in &rows {
                for &(l, r) in &cols {
                    v.push(rect_piece(t, l, b, r));
                }
            }
            v
        }
        "lr" if w >= 2 => {
            vec![rect_piece(0, 0, h - 1, w / 2 - 1), rect_piece(0, w - w / 2, h - 1, w - 1)]
        }
        "tb" if h >= 2 => {
            vec![rect_piece(0, 0, h / 2 - 1, w - 1), rect_piece(h - h / 2, 0, h - 1, w - 1)]
        }
        "colors" => (1..10u8)
            .filter_map(|k| {
                let own = cells_where(g, |_, _, v| v == k);
                (!own.is_empty()).then(|| piece(g, &own))
            })
            .collect(),
        _ => return None,
    };
    (pieces.len() >= 2).then_some(pieces)
}

fn same_shapes(p: &[Piece]) -> bool {
    p.iter().all(|q| dims(&q.img) == dims(&p[0].img))
}

/// Enclosed zero cells: zero cells no 4-connected path of zeros joins to the border.
fn hole_cells(g: &G) -> Vec<Vec<bool>> {
    let (h, w) = dims(g);
    let mut out = vec![vec![false; w]; h];
    let mut todo: Vec<(usize, usize)> =
        cells_where(g, |r, c, v| v == 0 && (r == 0 || c == 0 || r == h - 1 || c == w - 1));
    for &(r, c) in &todo {
        out[r][c] = true;
    }
    while let Some((r, c)) = todo.pop() {
        let mut n = vec![];
        if r > 0 {
            n.push((r - 1, c));
        }
        if c > 0 {
            n.push((r, c - 1));
        }
        if r + 1 < h {
            n.push((r + 1, c));
        }
        if c + 1 < w {
            n.push((r, c + 1));
        }
        for (a, b) in n {
            if g[a][b] == 0 && !out[a][b] {
                out[a][b] = true;
                todo.push((a, b));
            }
        }
    }
    (0..h).map(|r| (0..w).map(|c| g[r][c] == 0 && !out[r][c]).collect()).collect()
}

fn count_img(n: usize, k: u8, arg: u8) -> Option<G> {
    match arg {
        0 => new(1, n, |_, _| k),
        1 => new(n, 1, |_, _| k),
        2 => new(n, n, |_, _| k),
        _ => None,
    }
}

fn neighbours(g: &G, r: usize, c: usize, diag: bool) -> Vec<Option<u8>> {
    let (h, w) = dims(g);
    let mut out = vec![];
    for dr in -1i32..=1 {
        for dc in -1i32..=1 {
            if (dr == 0 && dc == 0) || (!diag && dr != 0 && dc != 0) {
                continue;
            }
            let (i, j) = (r as i32 + dr, c as i32 + dc);
            out.push(
                (i >= 0 && j >= 0 && i < h as i32 && j < w as i32)
                    .then(|| g[i as usize][j as usize]),
            );
        }
    }
    out
}

/// One direction's cells of a line: `dir` 0 right, 1 left, 2 down, 3 up; line `i`.
fn line_cells(h: usize, w: usize, dir: u8, i: usize) -> Vec<(usize, usize)> {
    match dir {
        0 => (0..w).map(|c| (i, c)).collect(),
        1 => (0..w).rev().map(|c| (i, c)).collect(),
        2 => (0..h).map(|r| (r, i)).collect(),
        _ => (0..h).rev().map(|r| (r, i)).collect(),
    }
}

fn lines(h: usize, w: usize, dir: u8) -> Vec<Vec<(usize, usize)>> {
    let n = if dir < 2 { h } else { w };
    (0..n).map(|i| line_cells(h, w, dir, i)).collect()
}

fn smear(g: &G, dirs: &[u8]) -> Option<G> {
    let (h, w) = dims(g);
    let mut out = g.clone();
    for &d in dirs {
        for line in lines(h, w, d) {
            let mut carry = 0;
            for (r, c) in line {
                if g[r][c] != 0 {
                    carry = g[r][c];
                }
                if carry != 0 {
                    out[r][c] = carry;
                }
            }
        }
    }
    Some(out)
}

fn extend(g: &G, k: u8, dirs: &[u8]) -> Option<G> {
    if k == 0 {
        return None;
    }
    let (h, w) = dims(g);
    let mut out = g.clone();
    for (r, c) in cells_where(g, |_, _, v| v == k) {
        for &d in dirs {
            let (dr, dc): (i32, i32) = [(0, 1), (0, -1), (1, 0), (-1, 0)][d as usize];
            let (mut i, mut j) = (r as i32 + dr, c as i32 + dc);
            while i >= 0 && j >= 0 && i < h as i32 && j < w as i32 && g[i as usize][j as usize] == 0
            {
                out[i as usize][j as usize] = k;
                i += dr;
                j += dc;
            }
        }
    }
    Some(out)
}

fn connect(g: &G, dirs: &[u8]) -> Option<G> {
    let (h, w) = dims(g);
    let mut out = g.clone();
    for &d in dirs {
        for line in lines(h, w, d) {
            let nz: Vec<usize> =
                (0..line.len()).filter(|&i| g[line[i].0][line[i].1] != 0).collect();
            for pair in nz.windows(2) {
                let (a, b) = (line[pair[0]], line[pair[1]]);
                if g[a.0][a.1] == g[b.0][b.1] {
                    for &(r, c) in &line[pair[0] + 1..pair[1]] {
                        out[r][c] = g[a.0][a.1];
                    }
                }
            }
        }
    }
    Some(out)
}

fn gravity(g: &G, dir: u8) -> Option<G> {
    let (h, w) = dims(g);
    let mut out = vec![vec![0; w]; h];
    // dir: 0 down, 1 up, 2 left, 3 right; lines read from the side things fall to.
    let read = match dir {
        0 => 3,
        1 => 2,
        2 => 0,
        _ => 1,
    };
    for line in lines(h, w, read) {
        let vals: Vec<u8> = line.iter().map(|&(r, c)| g[r][c]).filter(|&v| v != 0).collect();
        for (k, v) in vals.into_iter().enumerate() {
            let (r, c) = line[k];
            out[r][c] = v;
        }
    }
    Some(out)
}

fn symmetry(g: &G, k: u8, group: &str) -> Option<G> {
    let (h, w) = dims(g);
    if matches!(group, "diag" | "rot90" | "all") && h != w {
        return None;
    }
    let images = |r: usize, c: usize| -> Vec<(usize, usize)> {
        let (mr, mc) = (h - 1 - r, w - 1 - c);
        match group {
            "h" => vec![(mr, c)],
            "v" => vec![(r, mc)],
            "hv" => vec![(mr, c), (r, mc), (mr, mc)],
            "rot180" => vec![(mr, mc)],
            "diag" => vec![(c, r)],
            "rot90" => vec![(c, mr), (mr, mc), (mc, r)],
            _ => vec![(mr, c), (r, mc), (mr, mc), (c, r), (c, mr), (mc, r), (mc, mr)],
        }
    };
    new(h, w, |r, c| {
        if g[r][c] != k {
            return g[r][c];
        }
        images(r, c).into_iter().map(|(i, j)| g[i][j]).find(|&v| v != k).unwrap_or(k)
    })
}

/// The reference result of the transform `name` with `arg` on `g`, with target `target`.
pub fn reference(name: &str, g: &G, arg: u8, target: Option<(usize, usize)>) -> Option<G> {
    let (h, w) = dims(g);
    let color = (arg <= 9).then_some(arg);
    let gr = to_grid(g);
    let obj_pick = |rest: &str| -> Option<G> {
        let (mode, kind) = rest.rsplit_once('_')?;
        let (diag, single) = match kind {
            "4" => (false, true),
            "8" => (true, true),
            "4m" => (false, false),
            "8m" => (true, false),
            _ => return None,
        };
        let objs = objects(g, diag, single);
        let pieces: Vec<Piece> = objs.iter().map(|o| piece(g, o)).collect();
        let (i, tied) = pick_all(&pieces, arg)?;
        let own = &objs[i];
        let in_tied =
            |r: usize, c: usize| (0..objs.len()).any(|j| tied[j] && objs[j].contains(&(r, c)));
        match mode {
            "keep_ties" => new(h, w, |r, c| if in_tied(r, c) { g[r][c] } else { 0 }),
            "erase_ties" => new(h, w, |r, c| if in_tied(r, c) { 0 } else { g[r][c] }),
            "crop" => Some(pieces[i].img.clone()),
            "keep" => new(h, w, |r, c| if own.contains(&(r, c)) { g[r][c] } else { 0 }),
            _ => new(h, w, |r, c| if own.contains(&(r, c)) { 0 } else { g[r][c] }),
        }
    };
    if let Some(rest) = name.strip_prefix("object_") {
        return obj_pick(rest);
    }
    for mode in ["grid", "lr", "tb"] {
        let Some(op) = name.strip_prefix(mode).and_then(|s| s.strip_prefix('_')) else {
            continue;
        };
        let pieces = split(g, mode)?;
        if op == "pick" {
            return Some(pieces[pick(&pieces, arg)?].img.clone());
        }
        if !same_shapes(&pieces) {
            return None;
        }
        let (ph, pw) = dims(&pieces[0].img);
        let at = |r: usize, c: usize| pieces.iter().map(move |p| p.img[r][c]);
        let total = pieces.len();
        let mask = |keep: &dyn Fn(usize) -> bool| {
            let k = color?;
            new(ph, pw, |r, c| if keep(at(r, c).filter(|&v| v != 0).count()) { k } else { 0 })
        };
        return match op {
            "and" => mask(&|n| n == total),
            "or" => mask(&|n| n > 0),
            "xor" => mask(&|n| n == 1),
            "nor" => mask(&|n| n == 0),
            "overlay" => new(ph, pw, |r, c| at(r, c).rfind(|&v| v != 0).unwrap_or(0)),
            "underlay" => new(ph, pw, |r, c| at(r, c).find(|&v| v != 0).unwrap_or(0)),
            _ => None,
        };
    }
    match name {
        "rot90" => from_grid(&dsl::rot90(&gr)),
        "rot180" => from_grid(&dsl::rot180(&gr)),
        "rot270" => from_grid(&dsl::rot270(&gr)),
        "hmirror" => from_grid(&dsl::hmirror(&gr)),
        "vmirror" => from_grid(&dsl::vmirror(&gr)),
        "dmirror" => from_grid(&dsl::dmirror(&gr)),
        "cmirror" => from_grid(&dsl::cmirror(&gr)),
        "keep_color" => {
            let k = color?;
            map(g, |c| if c == k { c } else { 0 })
        }
        "erase_color" => dsl1(g, |x| dsl::replace(x, color?, 0)),
        "recolor_nonzero" => {
            let k = color?;
            map(g, |c| if c != 0 { k } else { 0 })
        }
        "invert" => {
            let k = color?;
            map(g, |c| if c == 0 { k } else { 0 })
        }
        "fill_zero" => dsl1(g, |x| dsl::replace(x, 0, color?)),
        "recolor_major" => dsl1(g, |x| dsl::replace(x, most(g, 1)?, color?)),
        "recolor_minor" => dsl1(g, |x| dsl::replace(x, least(g, 1)?, color?)),
        "swap_with_major" => {
            let k = color?;
            let hs = hist(g);
            let m = (1..10u8)
                .filter(|&c| c != k && hs[c as usize] > 0)
                .max_by_key(|&c| (hs[c as usize], std::cmp::Reverse(c)))?;
            dsl1(g, |x| dsl::switch(x, m, k))
        }
        "keep_major" => {
            let m = most(g, 1)?;
            map(g, |c| if c == m { c } else { 0 })
        }
        "keep_minor" => {
            let m = least(g, 1)?;
            map(g, |c| if c == m { c } else { 0 })
        }
        "erase_major" => dsl1(g, |x| dsl::replace(x, most(g, 1)?, 0)),
        "swap_major_minor" => {
            let (a, b) = (most(g, 1)?, least(g, 1)?);
            if a == b {
                return None;
            }
            dsl1(g, |x| dsl::switch(x, a, b))
        }
        "major_color_cell" => new(1, 1, |_, _| most(g, 1).unwrap_or(0)),
        "crop_nonzero" => crop(g, bbox(g, |c| c != 0)?),
        "crop_non_major" => {
            let bg = most(g, 0)?;
            crop(g, bbox(g, |c| c != bg)?)
        }
        "crop_color" => {
            let k = color?;
            crop(g, bbox(g, |c| c == k)?)
        }
        "crop_not_color" => {
            let k = color?;
            crop(g, bbox(g, |c| c != k)?)
        }
        "crop_inside_color" => {
            let k = color?;
            let (t, l, b, r) = bbox(g, |c| c == k)?;
            dsl1(&crop(g, (t, l, b, r))?, |x| dsl::trim(x))
        }
        "compress" => dsl1(g, |x| dsl::compress(x)),
        "drop_zero_lines" => {
            let rows: Vec<usize> = (0..h).filter(|&r| g[r].iter().any(|&c| c != 0)).collect();
            let cols: Vec<usize> = (0..w).filter(|&c| (0..h).any(|r| g[r][c] != 0)).collect();
            new(rows.len(), cols.len(), |i, j| g[rows[i]][cols[j]])
        }
        "dedup_lines" => {
            let rows: Vec<usize> = (0..h).filter(|&r| r == 0 || g[r] != g[r - 1]).collect();
            let cols: Vec<usize> =
                (0..w).filter(|&c| c == 0 || (0..h).any(|r| g[r][c] != g[r][c - 1])).collect();
            new(rows.len(), cols.len(), |i, j| g[rows[i]][cols[j]])
        }
        "trim" => dsl1(g, |x| dsl::trim(x)),
        "top_half" => dsl1(g, |x| dsl::tophalf(x)),
        "bottom_half" => dsl1(g, |x| dsl::bottomhalf(x)),
        "left_half" => dsl1(g, |x| dsl::lefthalf(x)),
        "right_half" => dsl1(g, |x| dsl::righthalf(x)),
        "upscale" => dsl1(g, |x| dsl::upscale(x, arg as i32 + 2)),
        "downscale" => dsl1(g, |x| dsl::downscale(x, arg as i32 + 2)),
        "upscale_to_target" => {
            let (th, tw) = target?;
            if th % h != 0 || tw % w != 0 || (th, tw) == (h, w) {
                return None;
            }
            dsl1(g, |x| dsl::vupscale(dsl::hupscale(x, (tw / w) as i32)?, (th / h) as i32))
        }
        "downscale_to_target" => {
            let (th, tw) = target?;
            if h % th != 0 || w % tw != 0 || (th, tw) == (h, w) {
                return None;
            }
            let (fh, fw) = (h / th, w / tw);
            new(th, tw, |i, j| {
                let block: G =
                    (i * fh..(i + 1) * fh).map(|r| g[r][j * fw..(j + 1) * fw].to_vec()).collect();
                most(&block, 0).unwrap_or(0)
            })
        }
        "tile" => {
            let n = arg as usize + 2;
            new(h * n, w * n, |r, c| g[r % h][c % w])
        }
        "tile_to_target" => {
            let (th, tw) = target?;
            new(th, tw, |r, c| g[r % h][c % w])
        }
        "mirror_tile_to_target" => {
            let (th, tw) = target?;
            let fold = |x: usize, n: usize| if (x / n) % 2 == 0 { x % n } else { n - 1 - x % n };
            new(th, tw, |r, c| g[fold(r, h)][fold(c, w)])
        }
        "embed_to_target" => {
            let (th, tw) = target?;
            new(th, tw, |r, c| if r < h && c < w { g[r][c] } else { 0 })
        }
        "center_to_target" => {
            let (th, tw) = target?;
            let or = (th as i64 - h as i64).div_euclid(2);
            let oc = (tw as i64 - w as i64).div_euclid(2);
            new(th, tw, |r, c| {
                let (i, j) = (r as i64 - or, c as i64 - oc);
                if i >= 0 && j >= 0 && i < h as i64 && j < w as i64 {
                    g[i as usize][j as usize]
                } else {
                    0
                }
            })
        }
        "canvas_target" => {
            let (th, tw) = target?;
            dsl::canvas(color?, (th as i32, tw as i32)).as_ref().and_then(from_grid)
        }
        "major_canvas_target" => {
            let (th, tw) = target?;
            let k = dsl::mostcolor(&gr)?;
            dsl::canvas(k, (th as i32, tw as i32)).as_ref().and_then(from_grid)
        }
        "major_canvas" => {
            let k = most(g, 1)?;
            new(h, w, |_, _| k)
        }
        "mirror_right" => dsl1(g, |x| dsl::hconcat(x, dsl::vmirror(x))),
        "mirror_down" => dsl1(g, |x| dsl::vconcat(x, dsl::hmirror(x))),
        "mirror_four" => dsl1(g, |x| {
            let top = dsl::hconcat(x, dsl::vmirror(x))?;
            dsl::vconcat(&top, dsl::hmirror(&top))
        }),
        "self_kron" => {
            new(h * h, w * w, |r, c| if g[r / h][c / w] != 0 { g[r % h][c % w] } else { 0 })
        }
        "self_kron_inverse" => {
            new(h * h, w * w, |r, c| if g[r / h][c / w] == 0 { g[r % h][c % w] } else { 0 })
        }
        "gravity_down" => gravity(g, 0),
        "gravity_up" => gravity(g, 1),
        "gravity_left" => gravity(g, 2),
        "gravity_right" => gravity(g, 3),
        "smear_right" => smear(g, &[0]),
        "smear_left" => smear(g, &[1]),
        "smear_down" => smear(g, &[2]),
        "smear_up" => smear(g, &[3]),
        "smear_h" => smear(g, &[0, 1]),
        "smear_v" => smear(g, &[2, 3]),
        "smear_all" => smear(g, &[0, 1, 2, 3]),
        "extend_right" => extend(g, color?, &[0]),
        "extend_left" => extend(g, color?, &[1]),
        "extend_down" => extend(g, color?, &[2]),
        "extend_up" => extend(g, color?, &[3]),
        "extend_h" => extend(g, color?, &[0, 1]),
        "extend_v" => extend(g, color?, &[2, 3]),
        "extend_cross" => extend(g, color?, &[0, 1, 2, 3]),
        "connect_h" => connect(g, &[0]),
        "connect_v" => connect(g, &[2]),
        "connect_hv" => connect(g, &[0, 2]),
        "frame" => {
            let k = color?;
            new(h, w, |r, c| if r == 0 || c == 0 || r == h - 1 || c == w - 1 { k } else { g[r][c] })
        }
        "pad" => {
            let k = color?;
            new(h + 2, w + 2, |r, c| {
                if r == 0 || c == 0 || r == h + 1 || c == w + 1 { k } else { g[r - 1][c - 1] }
            })
        }
        "halo" | "halo4" => {
            let k = color?;
            let diag = name == "halo";
            new(h, w, |r, c| {
                let near = neighbours(g, r, c, diag).into_iter().any(|v| v.is_some_and(|v| v != 0));
                if g[r][c] == 0 && near { k } else { g[r][c] }
            })
        }
        "outline" | "inner" => new(h, w, |r, c| {
            let edge = neighbours(g, r, c, false).into_iter().any(|v| v.is_none_or(|v| v == 0));
            if g[r][c] != 0 && edge == (name == "outline") { g[r][c] } else { 0 }
        }),
        "box_content" => {
            let k = color?;
            let (t, l, b, r) = bbox(g, |c| c != 0)?;
            let corners: dsl::Indices = [(t as i32, l as i32), (b as i32, r as i32)].into();
            let patch = dsl::r#box(&corners);
            dsl1(g, |x| dsl::fill(x, k, &patch))
        }
        "fill_box" => {
            let k = color?;
            let (t, l, b, r) = bbox(g, |c| c != 0)?;
            new(h, w, |i, j| {
                let inside = (t..=b).contains(&i) && (l..=r).contains(&j);
                if g[i][j] == 0 && inside { k } else { g[i][j] }
            })
        }
        "fill_object_boxes" => {
            let k = color?;
            let boxes: Vec<_> =
                objects(g, true, false).iter().map(|o| bbox_of(o).unwrap()).collect();
            new(h, w, |i, j| {
                let inside =
                    boxes.iter().any(|&(t, l, b, r)| (t..=b).contains(&i) && (l..=r).contains(&j));
                if g[i][j] == 0 && inside { k } else { g[i][j] }
            })
        }
        "fill_holes" | "holes" | "fill_holes_major" => {
            let k = if name == "fill_holes_major" { most(g, 1)? } else { color? };
            let holes = hole_cells(g);
            new(h, w, |r, c| match (holes[r][c], name == "holes") {
                (true, _) => k,
                (false, true) => 0,
                (false, false) => g[r][c],
            })
        }
        "fill_zero_major" => {
            let k = most(g, 1)?;
            map(g, |c| if c == 0 { k } else { c })
        }
        "majority_per_object" => {
            let mut out = g.clone();
            for o in objects(g, true, false) {
                let sub: G = vec![o.iter().map(|&(r, c)| g[r][c]).collect()];
                let k = most(&sub, 1)?;
                for &(r, c) in &o {
                    out[r][c] = k;
                }
            }
            Some(out)
        }
        "count_cells" => count_img(hist(g)[1..].iter().sum::<u32>() as usize, most(g, 1)?, arg),
        "count_colors" => {
            count_img(hist(g)[1..].iter().filter(|&&n| n > 0).count(), most(g, 1)?, arg)
        }
        "count_objects" => count_img(objects(g, true, false).len(), most(g, 1)?, arg),
        "count_objects_single" => count_img(objects(g, false, true).len(), most(g, 1)?, arg),
        "count_color" => {
            let k = color?;
            count_img(dsl::colorcount(&gr, k) as usize, k, 0)
        }
        "color_layer_pick" => {
            let pieces = split(g, "colors")?;
            Some(pieces[pick(&pieces, arg)?].img.clone())
        }
        _ => {
            if let Some(group) = name.strip_prefix("symmetry_") {
                return symmetry(g, color?, group);
            }
            panic!("no reference for the transform {name}")
        }
    }
}

/// Every train input of the training tasks (and every test input, `with_tests`), with the
/// shape of its output; `None` where the data folder is missing (`batt_testdata::training_dir`:
/// said on stderr, or a panic under `CI`).
pub fn training_inputs(with_tests: bool) -> Option<Vec<(Grid, (usize, usize))>> {
    let dir = batt_testdata::training_dir()?;
    let tasks = batt_runtime::Task::from_dir(&dir).expect("the training tasks load");
    let mut out = vec![];
    for (_, task) in tasks {
        for s in task.train.as_slice() {
            out.push((s.input.clone(), s.output.shape()));
        }
        for t in task.test.iter().filter(|_| with_tests) {
            let shape = t.output.as_ref().map_or(t.input.shape(), Grid::shape);
            out.push((t.input.clone(), shape));
        }
    }
    Some(out)
}

/// The tasks of `dir`, every `step`-th in name order, at most `most`, without their test
/// outputs (as a competition gives them).
pub fn tasks_in(
    dir: std::path::PathBuf,
    step: usize,
    most: usize,
) -> Vec<(String, batt_runtime::Task)> {
    let mut files = batt_runtime::read_task_dir(&dir).expect("task files");
    files.sort_by(|a, b| a.id.cmp(&b.id));
    files
        .into_iter()
        .step_by(step)
        .take(most)
        .map(|f| {
            let mut t = f.task.expect("a readable task");
            for s in &mut t.test {
                s.output = None;
            }
            (f.id, t)
        })
        .collect()
}

/// Training tasks, every `step`-th in name order, at most `most`, without test outputs.
pub fn training_tasks(step: usize, most: usize) -> Vec<(String, batt_runtime::Task)> {
    tasks_in(batt_testdata::training_dir().expect("the ARC-AGI-1 training tasks"), step, most)
}

/// Asserts that two searches' results agree in everything but the time.
pub fn assert_same_results(got: &[batt_search::TaskResult], want: &[batt_search::TaskResult]) {
    let key = |r: &batt_search::TaskResult| {
        (
            r.id.clone(),
            r.predictions.clone(),
            r.programs.clone(),
            (r.fits, r.mapped_fits, r.expanded, r.unique),
            (r.normalized, r.budget_hit, r.timed_out),
            r.error.clone(),
        )
    };
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert_eq!(key(g), key(w), "task {}", w.id);
    }
}

/// The Rust transform `t` with argument `arg` on every image of `images`, image `i` under
/// `contexts[i]`: per image its result, `None` where the transform gives none.
pub fn transform_on_cpu(
    t: usize,
    arg: u8,
    images: &batt_search::image::Images,
    contexts: &[batt_search::transforms::Context<'_>],
) -> Vec<Option<batt_search::device::Made>> {
    let tr = &batt_search::transforms::all()[t];
    images
        .iter()
        .zip(contexts)
        .map(|(v, cx)| {
            let mut out = batt_search::image::Images::new();
            out.push_with(|buf| (tr.apply)(v, arg, cx, buf)).then(|| {
                let r = out.view(0);
                (r.height, r.width, r.cells.to_vec())
            })
        })
        .collect()
}

/// Runs every kernel of the search on `dev` over every training input with every argument
/// its task gives, and asserts each image equals the Rust transform's. Returns the
/// applications checked and the images the kernels left to the CPU.
pub fn check_kernels_on_training(dev: &mut dyn batt_search::device::Device) -> (usize, usize) {
    use batt_search::device::{KernelTable, apply};
    use batt_search::transforms::{self, Context};
    let table = KernelTable::all();
    let tasks = training_tasks(1, 400);
    let prepared = batt_search::prepare_many(&tasks);
    let (mut checked, mut declined) = (0, 0);
    for t in (0..transforms::all().len()).filter(|&t| table.get(t).is_some()) {
        let tr = &transforms::all()[t];
        for ((id, _), p) in tasks.iter().zip(&prepared) {
            let Ok(p) = p else { continue };
            let contexts: Vec<Context<'_>> =
                p.targets.iter().map(|&target| Context { colors: &p.colors, target }).collect();
            for &arg in batt_search::rank::args_of(tr, p) {
                let want = transform_on_cpu(t, arg, &p.inputs, &contexts);
                let got = apply(dev, &table, t, arg, &p.inputs, &p.targets)
                    .unwrap_or_else(|e| panic!("{} on {id} on {}: {e}", tr.name, dev.name()));
                for (j, (g, w)) in got.into_iter().zip(&want).enumerate() {
                    let Some(g) = g.image() else {
                        declined += 1;
                        continue;
                    };
                    assert_eq!(
                        &g, w,
                        "{}({arg}) on input {j} of {id}: kernel (left) against transform",
                        tr.name
                    );
                }
                checked += 1;
            }
        }
    }
    (checked, declined)
}
