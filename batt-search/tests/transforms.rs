//! The transforms against plain references, on random grids and on the ARC training
//! inputs, and their contract (shapes in range, cells written) on every training input
//! (the train and test inputs of every training task).

mod common;

use std::collections::HashSet;

use batt_search::image::{Images, MAX_SIDE, View};
use batt_search::transforms::{Context, Param, TaskColors, Transform, all, apply_batch, by_name};
use common::{G, from_grid, reference, to_grid, training_inputs};
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
