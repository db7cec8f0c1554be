//! Bytes as a grid, a primitive and its arguments: the DSL's grid and patch primitives
//! never panic, and the grids they give are valid.
#![no_main]

use batt_runtime::MAX_SIDE;
use batt_runtime::grid::NEG_ONE_CELL;
use batt_runtime::prelude::*;
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let _ = run(&mut u);
});

/// An integer: an edge value, a small one, or any.
fn integer(u: &mut Unstructured) -> Result<Integer> {
    Ok(match u.int_in_range(0..=7u8)? {
        0 => Integer::MIN,
        1 => Integer::MAX,
        2 => 0,
        3 => -1,
        4 | 5 => u.int_in_range(-3..=35)?,
        _ => u.arbitrary()?,
    })
}

fn pair(u: &mut Unstructured) -> Result<IntegerTuple> {
    Ok((integer(u)?, integer(u)?))
}

fn indices(u: &mut Unstructured) -> Result<Indices> {
    let n = u.int_in_range(0..=16usize)?;
    (0..n).map(|_| pair(u)).collect()
}

fn object(u: &mut Unstructured) -> Result<Object> {
    let n = u.int_in_range(0..=16usize)?;
    (0..n).map(|_| Ok((u.int_in_range(-2..=10)?, pair(u)?))).collect()
}

/// A grid up to 30x30, or a narrow one up to 255 long, maybe holding -1.
fn grid(u: &mut Unstructured) -> Result<Grid> {
    let (h, w) = if u.ratio(1, 8)? {
        let long = u.int_in_range(1..=MAX_SIDE)?;
        let short = u.int_in_range(1..=3usize)?;
        if u.arbitrary()? { (long, short) } else { (short, long) }
    } else {
        (u.int_in_range(1..=30usize)?, u.int_in_range(1..=30usize)?)
    };
    let colours = u.int_in_range(1..=10u8)?;
    let mut cells = Vec::with_capacity(h * w);
    for _ in 0..h * w {
        cells.push(u.int_in_range(0..=colours - 1).unwrap_or(0));
    }
    let g = Grid::from_cells(h, w, cells).expect("a valid grid");
    Ok(if u.arbitrary()? { replace(&g, u.int_in_range(0..=9)?, NEG_ONE).expect("-1") } else { g })
}

/// The invariants of every grid the DSL gives.
fn check(g: &Grid) {
    let (h, w) = g.shape();
    assert!(h <= MAX_SIDE && w <= MAX_SIDE);
    assert_eq!(g.cells().len(), h * w);
    assert!(g.cells().iter().all(|&c| c <= NEG_ONE_CELL));
}

fn check_opt(g: Option<Grid>) {
    if let Some(g) = g {
        check(&g);
    }
}

fn run(u: &mut Unstructured) -> Result<()> {
    let g = grid(u)?;
    check(&g);
    let op = u.int_in_range(0..=47u8)?;
    match op {
        0 => check(&rot90(&g)),
        1 => check(&rot180(&g)),
        2 => check(&rot270(&g)),
        3 => check(&hmirror(&g)),
        4 => check(&vmirror(&g)),
        5 => check(&dmirror(&g)),
        6 => check(&cmirror(&g)),
        7 => check_opt(replace(&g, integer(u)?, integer(u)?)),
        8 => check_opt(switch(&g, integer(u)?, integer(u)?)),
        9 => check_opt(canvas(integer(u)?, pair(u)?)),
        10 => check_opt(crop(&g, pair(u)?, pair(u)?)),
        11 => check_opt(subgrid(indices(u)?, &g)),
        12 => check_opt(upscale(&g, integer(u)?)),
        13 => check_opt(hupscale(&g, integer(u)?)),
        14 => check_opt(vupscale(&g, integer(u)?)),
        15 => check_opt(downscale(&g, integer(u)?)),
        16 => check_opt(hconcat(&g, grid(u)?)),
        17 => check_opt(vconcat(&g, grid(u)?)),
        18 => check_opt(tophalf(&g)),
        19 => check_opt(bottomhalf(&g)),
        20 => check_opt(lefthalf(&g)),
        21 => check_opt(righthalf(&g)),
        22 => hsplit(&g, integer(u)?).into_iter().flatten().for_each(|p| check(&p)),
        23 => vsplit(&g, integer(u)?).into_iter().flatten().for_each(|p| check(&p)),
        24 => check_opt(trim(&g)),
        25 => check_opt(cellwise(&g, grid(u)?, integer(u)?)),
        26 => check_opt(fill(&g, integer(u)?, indices(u)?)),
        27 => check_opt(paint(&g, object(u)?)),
        28 => check_opt(underfill(&g, integer(u)?, indices(u)?)),
        29 => check_opt(underpaint(&g, object(u)?)),
        30 => check(&cover(&g, indices(u)?)),
        31 => check_opt(r#move(&g, object(u)?, pair(u)?)),
        32 => check_opt(compress(&g)),
        33 => {
            let (a, b, c): (bool, bool, bool) = (u.arbitrary()?, u.arbitrary()?, u.arbitrary()?);
            let n: Integer = objects(&g, a, b, c).iter().map(size).sum();
            assert!(n as usize <= g.len());
        }
        34 => assert_eq!(partition(&g).iter().map(size).sum::<Integer>() as usize, g.len()),
        35 => {
            let _ = fgpartition(&g);
        }
        36 => {
            let _ = frontiers(&g);
        }
        37 => {
            let _ = occurrences(&g, object(u)?);
        }
        38 => {
            let _ = toobject(object(u)?, &g);
        }
        39 => {
            let _ = (index(&g, pair(u)?), ofcolor(&g, integer(u)?), colorcount(&g, integer(u)?));
        }
        40 => {
            let _ = (mostcolor(&g), leastcolor(&g), palette(&g), numcolors(&g), p_g(&g));
        }
        41 => {
            let o = object(u)?;
            let _ = (hperiod(&o), vperiod(&o), upscale(&o, integer(u)?), color(&o));
        }
        42 => {
            let p = indices(u)?;
            let _ = (backdrop(&p), delta(&p), r#box(&p), inbox(&p), outbox(&p), corners(&p));
            let _ = (center(&p), centerofmass(&p), square(&p), vline(&p), hline(&p));
            let _ = (hmirror(&p), vmirror(&p), dmirror(&p), cmirror(&p), normalize(&p));
        }
        43 => {
            let (a, b) = (object(u)?, indices(u)?);
            let _ = (manhattan(&a, &b), adjacent(&a, &b), position(&a, &b), gravitate(&a, &b));
            let _ = (hmatching(&a, &b), vmatching(&a, &b), bordering(&a, &g));
        }
        44 => {
            let (a, b) = (pair(u)?, pair(u)?);
            let _ = (connect(a, b), shoot(a, b), vfrontier(a), hfrontier(b));
            let _ = (neighbors(a), dneighbors(a), ineighbors(b), shift(indices(u)?, a));
        }
        45 => {
            let rows: Vec<Vec<Integer>> = (0..u.int_in_range(0..=4)?)
                .map(|_| (0..u.int_in_range(0..=4)?).map(|_| integer(u)).collect())
                .collect::<Result<_>>()?;
            check_opt(rot90(&rows));
            check_opt(hmirror(&rows));
            check_opt(trim(&rows));
        }
        46 => {
            let (a, b) = (integer(u)?, integer(u)?);
            let _ = (divide(a, b), interval(a, b, integer(u)?), repeat(a, b), halve(a));
        }
        _ => {
            let _ = (asindices(&g), asobject(&g), shape(&g), portrait(&g));
        }
    }
    Ok(())
}
