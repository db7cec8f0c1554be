//! Proves that `#[batt]` rewrote what it should and left alone what it should: the runtime
//! counts, per thread, the fused calls of the code written by the macro. A macro that did
//! nothing, or fused a near miss, fails here.

#[macro_use]
mod macro_common;

use batt::prelude::*;
use batt::runtime::fuse::{Counts, counts};
use macro_common::generated::fused as g;
use macro_common::solvers::{Ctx, fused as f};

fn samples() -> Samples {
    let g = |rows: &[&[Color]]| Grid::from_rows(rows).unwrap();
    vec![
        Sample::new(g(&[&[1, 2], &[0, 0]]), g(&[&[3]])),
        Sample::new(g(&[&[5]]), g(&[&[5, 6, 0]])),
        Sample::new(g(&[&[7, 7, 1]]), g(&[&[2], &[8]])),
    ]
    .into()
}

/// The fused calls `run` makes on this thread.
fn calls(run: impl FnOnce()) -> Counts {
    let before = counts();
    run();
    counts().since(before)
}

fn c(samples: usize, sides: usize, patterns: usize, reuses: usize, unfused: usize) -> Counts {
    Counts { samples, sides, patterns, reuses, unfused }
}

#[test]
fn accepted_variants_are_fused() {
    let s = &samples();
    let task = Task { train: s.clone(), test: Vec::new() };
    let ctx = Ctx { train: s.clone(), bonus: 1 };
    assert_eq!(calls(|| drop(f::adjacent(s))), c(1, 0, 0, 0, 0));
    assert_eq!(calls(|| drop(f::reordered_rayon(s))), c(1, 0, 0, 0, 0));
    assert_eq!(calls(|| drop(f::on_cpu(s))), c(1, 0, 0, 0, 0));
    assert_eq!(calls(|| drop(f::on_auto(s))), c(0, 1, 0, 0, 0));
    assert_eq!(calls(|| drop(f::on_cuda(s))), c(1, 0, 0, 0, 0));
    assert_eq!(calls(|| drop(f::owned(s.clone()))), c(0, 1, 0, 0, 0));
    assert_eq!(calls(|| drop(f::from_task(&task))), c(1, 0, 0, 0, 0));
    assert_eq!(calls(|| drop(f::ctx_fields(&ctx))), c(1, 0, 0, 0, 0));
    let pairs: Vec<(Grid, Grid)> = s.iter().map(|x| (x.input.clone(), x.output.clone())).collect();
    assert_eq!(calls(|| drop(f::pairs(&pairs))), c(0, 0, 0, 0, 1));
}

#[test]
fn instances_over_the_same_samples_are_computed_once() {
    let s = &samples();
    assert_eq!(calls(|| drop(f::two_instances(s))), c(0, 0, 1, 1, 0));
    assert_eq!(calls(|| drop(g::batt_five(s))), c(0, 0, 1, 4, 0));
    assert_eq!(calls(|| drop(g::batt_long(s))), c(0, 0, 1, 2, 0));
    // A local changed between two instances: two separate computations.
    assert_eq!(calls(|| drop(f::local_changed(s))), c(2, 0, 0, 0, 0));
}

#[test]
fn nested_blocks_and_closures_are_fused() {
    let s = &samples();
    // if-branch (full or half) + match arm (half, full or none) + loop (2 x full) + closure.
    assert_eq!(calls(|| drop(g::batt_nested(s, 0))), c(4, 1, 0, 0, 0));
    assert_eq!(calls(|| drop(g::batt_nested(s, 1))), c(4, 1, 0, 0, 0));
    assert_eq!(calls(|| drop(g::batt_nested(s, 2))), c(4, 0, 0, 0, 0));
    assert_eq!(calls(|| drop(g::batt_nested(s, 3))), c(3, 2, 0, 0, 0));
}

#[test]
fn near_misses_are_left_alone_or_split_into_safe_halves() {
    let s = &samples();
    // Changed samples between the halves, root bound again: each half alone.
    assert_eq!(calls(|| drop(f::changed_within(s))), c(0, 2, 0, 0, 0));
    assert_eq!(calls(|| drop(f::root_shadowed(s, s))), c(0, 2, 0, 0, 0));
    // `x3` used before its line: only the outputs' half is safe.
    assert_eq!(calls(|| drop(f::used_before(s))), c(0, 1, 0, 0, 0));
    // The first `x1` has no reader; the second one's half is fused.
    assert_eq!(calls(|| drop(f::grids_rebound(s))), c(0, 1, 0, 0, 0));
    // Mutable `x1` changed before its reader: nothing.
    assert_eq!(calls(|| drop(f::grids_mutated(s))), c(0, 0, 0, 0, 0));
    // `{x4}` in a format string before the line of `x4`: only the inputs' half.
    assert_eq!(calls(|| drop(f::captured(s))), c(0, 1, 0, 0, 0));
    // `x3` in `format!` before its line: the inputs' half stays; `x2` and `S` read by
    // `assert!` between the outputs' lines are fine.
    assert_eq!(calls(|| drop(f::macros_between(s))), c(0, 1, 0, 0, 0));
}
