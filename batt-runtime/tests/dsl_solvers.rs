//! arc-dsl solvers from its `solvers.py`, written line for line in Rust, checked on their
//! ARC-AGI-1 training tasks. They prove the DSL's inference design: each line is the Python
//! line with `&` on variables (so that they stay usable) and `?` after calls that can fail,
//! and nothing is annotated.

#![allow(non_snake_case)]
#![allow(
    clippy::needless_borrows_for_generic_args,
    reason = "every variable is passed as `&x`, as a converter writes it"
)]

use std::path::Path;

use batt_runtime::prelude::*;
use batt_runtime::try_dsl;

/// A solver of one task.
type Solver = fn(&Grid) -> Option<Grid>;

/// Runs `solver` on every train and test pair of task `id` of the training folder `dir`;
/// the number of pairs checked.
fn check(dir: &Path, id: &str, solver: Solver) -> usize {
    let path = dir.join(format!("{id}.json"));
    let task = Task::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    for (k, s) in task.train.iter().enumerate() {
        assert_eq!(solver(&s.input).as_ref(), Some(&s.output), "{id}: train pair {k}");
    }
    for (k, s) in task.test.iter().enumerate() {
        let want = s.output.as_ref().expect("training tasks have test outputs");
        assert_eq!(solver(&s.input).as_ref(), Some(want), "{id}: test pair {k}");
    }
    task.train.len() + task.test.len()
}

fn solve_05f2a901(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, F, T);
    let x2 = colorfilter(&x1, TWO);
    let x3 = first(&x2)?;
    let x4 = colorfilter(&x1, EIGHT);
    let x5 = first(&x4)?;
    let x6 = gravitate(&x3, &x5)?;
    let O = r#move(I, &x3, &x6)?;
    Some(O)
}

fn solve_08ed6ac7(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, F, T);
    let x2 = totuple(&x1);
    let x3 = order(&x1, height)?;
    let x4 = size(&x2);
    let x5 = interval(&x4, ZERO, NEG_ONE)?;
    let x6 = mpapply(recolor, &x5, &x3)?;
    let O = paint(I, &x6)?;
    Some(O)
}

fn solve_a61f2674(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, F, T);
    let x2 = argmax(&x1, size)?;
    let x3 = argmin(&x1, size)?;
    let x4 = replace(I, FIVE, ZERO)?;
    let x5 = recolor(ONE, &x2);
    let x6 = recolor(TWO, &x3);
    let x7 = combine(&x5, &x6);
    let O = paint(&x4, &x7)?;
    Some(O)
}

fn solve_d2abd087(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, F, T);
    let x2 = matcher(size, SIX);
    let x3 = compose(flip, &x2);
    let x4 = mfilter(&x1, &x2)?;
    let x5 = mfilter(&x1, &x3)?;
    let x6 = fill(I, TWO, &x4)?;
    let O = fill(&x6, ONE, &x5)?;
    Some(O)
}

fn solve_b27ca6d3(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, F, T);
    let x2 = sizefilter(&x1, TWO);
    let x3 = mapply(outbox, &x2)?;
    let O = fill(I, THREE, &x3)?;
    Some(O)
}

fn solve_6d75e8bb(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, F, T);
    let x2 = first(&x1)?;
    let x3 = ulcorner(&x2)?;
    let x4 = subgrid(&x2, I)?;
    let x5 = replace(&x4, ZERO, TWO)?;
    let x6 = asobject(&x5);
    let x7 = shift(&x6, &x3);
    let O = paint(I, &x7)?;
    Some(O)
}

fn solve_25ff71a9(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, T, T);
    let x2 = first(&x1)?;
    let O = r#move(I, &x2, DOWN)?;
    Some(O)
}

fn solve_1f85a75f(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, T, T);
    let x2 = argmax(&x1, size)?;
    let O = subgrid(&x2, I)?;
    Some(O)
}

fn solve_3aa6fb7a(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, F, T);
    let x2 = mapply(corners, &x1)?;
    let O = underfill(I, ONE, &x2)?;
    Some(O)
}

fn solve_5521c0d9(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, F, T);
    let x2 = merge(&x1);
    let x3 = cover(I, &x2);
    let x4 = chain(toivec, invert, height);
    let x5 = fork(shift, identity, &x4);
    let x6 = mapply(&x5, &x1)?;
    let O = paint(&x3, &x6)?;
    Some(O)
}

// The solvers below are written as a converter without type information would write them:
// every line through `try_dsl!`, which adds `?` exactly where the call gives an `Option`.

fn solve_7447852a(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(objects(I, T, F, F));
    let x2 = try_dsl!(colorfilter(&x1, ZERO));
    let x3 = try_dsl!(compose(last, center));
    let x4 = try_dsl!(order(&x2, &x3));
    let x5 = try_dsl!(size(&x4));
    let x6 = try_dsl!(interval(ZERO, &x5, THREE));
    let x7 = try_dsl!(rbind(contained, &x6));
    let x8 = try_dsl!(compose(&x7, last));
    let x9 = try_dsl!(interval(ZERO, &x5, ONE));
    let x10 = try_dsl!(pair(&x4, &x9));
    let x11 = try_dsl!(sfilter(&x10, &x8));
    let x12 = try_dsl!(mapply(first, &x11));
    let O = try_dsl!(fill(I, FOUR, &x12));
    Some(O)
}

fn solve_6e82a1ae(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(objects(I, T, F, T));
    let x2 = try_dsl!(lbind(sizefilter, &x1));
    let x3 = try_dsl!(compose(merge, &x2));
    let x4 = try_dsl!(x3(TWO));
    let x5 = try_dsl!(x3(THREE));
    let x6 = try_dsl!(x3(FOUR));
    let x7 = try_dsl!(fill(I, THREE, &x4));
    let x8 = try_dsl!(fill(&x7, TWO, &x5));
    let O = try_dsl!(fill(&x8, ONE, &x6));
    Some(O)
}

fn solve_d06dbe63(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(ofcolor(I, EIGHT));
    let x2 = try_dsl!(center(&x1));
    let x3 = try_dsl!(connect(ORIGIN, DOWN));
    let x4 = try_dsl!(connect(ORIGIN, ZERO_BY_TWO));
    let x5 = try_dsl!(combine(&x3, &x4));
    let x6 = try_dsl!(subtract(&x2, TWO_BY_ZERO));
    let x7 = try_dsl!(shift(&x5, &x6));
    let x8 = try_dsl!(astuple(NEG_TWO, TWO));
    let x9 = try_dsl!(interval(ZERO, FIVE, ONE));
    let x10 = try_dsl!(lbind(multiply, &x8));
    let x11 = try_dsl!(apply(&x10, &x9));
    let x12 = try_dsl!(lbind(shift, &x7));
    let x13 = try_dsl!(mapply(&x12, &x11));
    let x14 = try_dsl!(fill(I, FIVE, &x13));
    let x15 = try_dsl!(rot180(&x14));
    let x16 = try_dsl!(ofcolor(&x15, EIGHT));
    let x17 = try_dsl!(center(&x16));
    let x18 = try_dsl!(subtract(&x17, &x6));
    let x19 = try_dsl!(shift(&x13, &x18));
    let x20 = try_dsl!(toivec(NEG_TWO));
    let x21 = try_dsl!(shift(&x19, &x20));
    let x22 = try_dsl!(fill(&x15, FIVE, &x21));
    let O = try_dsl!(rot180(&x22));
    Some(O)
}

fn solve_a65b410d(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(ofcolor(I, TWO));
    let x2 = try_dsl!(urcorner(&x1));
    let x3 = try_dsl!(shoot(&x2, UP_RIGHT));
    let x4 = try_dsl!(shoot(&x2, DOWN_LEFT));
    let x5 = try_dsl!(underfill(I, THREE, &x3));
    let x6 = try_dsl!(underfill(&x5, ONE, &x4));
    let x7 = try_dsl!(rbind(shoot, LEFT));
    let x8 = try_dsl!(mapply(&x7, &x3));
    let x9 = try_dsl!(mapply(&x7, &x4));
    let x10 = try_dsl!(underfill(&x6, ONE, &x9));
    let O = try_dsl!(underfill(&x10, THREE, &x8));
    Some(O)
}

fn solve_44f52bb0(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(vmirror(I));
    let x2 = try_dsl!(equality(&x1, I));
    let x3 = try_dsl!(branch(x2, ONE, SEVEN));
    let O = try_dsl!(canvas(x3, UNITY));
    Some(O)
}

fn solve_d4f3cd78(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(ofcolor(I, FIVE));
    let x2 = try_dsl!(delta(&x1));
    let x3 = try_dsl!(fill(I, EIGHT, &x2));
    let x4 = try_dsl!(r#box(&x1));
    let x5 = try_dsl!(difference(&x4, &x1));
    let x6 = try_dsl!(position(&x4, &x5));
    let x7 = try_dsl!(first(&x5));
    let x8 = try_dsl!(shoot(&x7, &x6));
    let O = try_dsl!(fill(&x3, EIGHT, &x8));
    Some(O)
}

fn solve_fcc82909(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(objects(I, F, T, T));
    let x2 = try_dsl!(rbind(add, DOWN));
    let x3 = try_dsl!(compose(&x2, llcorner));
    let x4 = try_dsl!(compose(toivec, numcolors));
    let x5 = try_dsl!(fork(add, lrcorner, &x4));
    let x6 = try_dsl!(fork(astuple, &x3, &x5));
    let x7 = try_dsl!(compose(r#box, &x6));
    let x8 = try_dsl!(mapply(&x7, &x1));
    let O = try_dsl!(fill(I, THREE, &x8));
    Some(O)
}

fn solve_e8593010(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(objects(I, T, F, T));
    let x2 = try_dsl!(sizefilter(&x1, ONE));
    let x3 = try_dsl!(sizefilter(&x1, TWO));
    let x4 = try_dsl!(merge(&x2));
    let x5 = try_dsl!(fill(I, THREE, &x4));
    let x6 = try_dsl!(merge(&x3));
    let x7 = try_dsl!(fill(&x5, TWO, &x6));
    let O = try_dsl!(replace(&x7, ZERO, ONE));
    Some(O)
}

fn solve_67385a82(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(objects(I, T, F, F));
    let x2 = try_dsl!(colorfilter(&x1, THREE));
    let x3 = try_dsl!(sizefilter(&x2, ONE));
    let x4 = try_dsl!(difference(&x2, &x3));
    let x5 = try_dsl!(merge(&x4));
    let O = try_dsl!(fill(I, EIGHT, &x5));
    Some(O)
}

fn solve_ea786f4a(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(width(I));
    let x2 = try_dsl!(shoot(ORIGIN, UNITY));
    let x3 = try_dsl!(decrement(&x1));
    let x4 = try_dsl!(tojvec(&x3));
    let x5 = try_dsl!(shoot(&x4, DOWN_LEFT));
    let x6 = try_dsl!(combine(&x2, &x5));
    let O = try_dsl!(fill(I, ZERO, &x6));
    Some(O)
}

// Functions that return functions, branches between functions, and variables called as
// functions (converted the same way).

fn solve_7b7f7511(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(portrait(I));
    let x2 = try_dsl!(branch(&x1, tophalf, lefthalf));
    let O = try_dsl!(x2(I));
    Some(O)
}

fn solve_3eda0437(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(interval(TWO, TEN, ONE));
    let x2 = try_dsl!(prapply(astuple, &x1, &x1));
    let x3 = try_dsl!(lbind(canvas, ZERO));
    let x4 = try_dsl!(lbind(occurrences, I));
    let x5 = try_dsl!(lbind(lbind, shift));
    let x6 = try_dsl!(fork(apply, &x5, &x4));
    let x7 = try_dsl!(chain(&x6, asobject, &x3));
    let x8 = try_dsl!(mapply(&x7, &x2));
    let x9 = try_dsl!(argmax(&x8, size));
    let O = try_dsl!(fill(I, SIX, &x9));
    Some(O)
}

fn solve_a85d4709(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(ofcolor(I, FIVE));
    let x2 = try_dsl!(lbind(matcher, last));
    let x3 = try_dsl!(lbind(sfilter, &x1));
    let x4 = try_dsl!(lbind(mapply, hfrontier));
    let x5 = try_dsl!(chain(&x4, &x3, &x2));
    let x6 = try_dsl!(x5(ZERO));
    let x7 = try_dsl!(x5(TWO));
    let x8 = try_dsl!(x5(ONE));
    let x9 = try_dsl!(fill(I, TWO, &x6));
    let x10 = try_dsl!(fill(&x9, THREE, &x7));
    let O = try_dsl!(fill(&x10, FOUR, &x8));
    Some(O)
}

fn solve_d89b689b(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(objects(I, T, F, T));
    let x2 = try_dsl!(ofcolor(I, EIGHT));
    let x3 = try_dsl!(sizefilter(&x1, ONE));
    let x4 = try_dsl!(apply(initset, &x2));
    let x5 = try_dsl!(lbind(argmin, &x4));
    let x6 = try_dsl!(lbind(rbind, manhattan));
    let x7 = try_dsl!(compose(&x5, &x6));
    let x8 = try_dsl!(fork(recolor, color, &x7));
    let x9 = try_dsl!(mapply(&x8, &x3));
    let x10 = try_dsl!(merge(&x3));
    let x11 = try_dsl!(cover(I, &x10));
    let O = try_dsl!(paint(&x11, &x9));
    Some(O)
}

fn solve_952a094c(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(objects(I, T, F, T));
    let x2 = try_dsl!(sizefilter(&x1, ONE));
    let x3 = try_dsl!(argmax(&x1, size));
    let x4 = try_dsl!(outbox(&x3));
    let x5 = try_dsl!(corners(&x4));
    let x6 = try_dsl!(lbind(rbind, manhattan));
    let x7 = try_dsl!(lbind(argmax, &x2));
    let x8 = try_dsl!(chain(&x7, &x6, initset));
    let x9 = try_dsl!(compose(color, &x8));
    let x10 = try_dsl!(fork(astuple, &x9, identity));
    let x11 = try_dsl!(apply(&x10, &x5));
    let x12 = try_dsl!(merge(&x2));
    let x13 = try_dsl!(cover(I, &x12));
    let O = try_dsl!(paint(&x13, &x11));
    Some(O)
}

fn solve_a48eeaf7(I: &Grid) -> Option<Grid> {
    let x1 = try_dsl!(ofcolor(I, TWO));
    let x2 = try_dsl!(outbox(&x1));
    let x3 = try_dsl!(apply(initset, &x2));
    let x4 = try_dsl!(ofcolor(I, FIVE));
    let x5 = try_dsl!(lbind(argmin, &x3));
    let x6 = try_dsl!(lbind(lbind, manhattan));
    let x7 = try_dsl!(compose(&x6, initset));
    let x8 = try_dsl!(compose(&x5, &x7));
    let x9 = try_dsl!(mapply(&x8, &x4));
    let x10 = try_dsl!(cover(I, &x4));
    let O = try_dsl!(fill(&x10, FIVE, &x9));
    Some(O)
}

/// The literal form of the issue, without any `&`: each value used once may be moved.
fn solve_literal(I: &Grid) -> Option<Grid> {
    let x1 = objects(I, T, F, F);
    let x2 = colorfilter(x1, ZERO);
    let x3 = argmax(x2, size)?;
    let x4 = fill(I, FOUR, x3)?;
    Some(x4)
}

/// arc-dsl's `solve_af902bf9`, line for line: the one solver that writes -1 into a grid.
fn solve_af902bf9(I: &Grid) -> Option<Grid> {
    let x1 = ofcolor(I, FOUR);
    let x2 = prapply(connect, &x1, &x1)?;
    let x3 = fork(either, vline, hline);
    let x4 = mfilter(&x2, &x3)?;
    let x5 = underfill(I, NEG_ONE, &x4)?;
    let x6 = objects(&x5, F, F, T);
    let x7 = compose(backdrop, inbox);
    let x8 = mapply(&x7, &x6)?;
    let x9 = fill(&x5, TWO, &x8)?;
    let O = replace(&x9, NEG_ONE, ZERO)?;
    Some(O)
}

#[test]
fn solvers_are_right_on_their_tasks() {
    let solvers: [(&str, Solver); 27] = [
        ("05f2a901", solve_05f2a901),
        ("08ed6ac7", solve_08ed6ac7),
        ("a61f2674", solve_a61f2674),
        ("d2abd087", solve_d2abd087),
        ("b27ca6d3", solve_b27ca6d3),
        ("6d75e8bb", solve_6d75e8bb),
        ("25ff71a9", solve_25ff71a9),
        ("1f85a75f", solve_1f85a75f),
        ("3aa6fb7a", solve_3aa6fb7a),
        ("5521c0d9", solve_5521c0d9),
        ("7447852a", solve_7447852a),
        ("6e82a1ae", solve_6e82a1ae),
        ("d06dbe63", solve_d06dbe63),
        ("a65b410d", solve_a65b410d),
        ("44f52bb0", solve_44f52bb0),
        ("d4f3cd78", solve_d4f3cd78),
        ("fcc82909", solve_fcc82909),
        ("e8593010", solve_e8593010),
        ("67385a82", solve_67385a82),
        ("ea786f4a", solve_ea786f4a),
        ("7b7f7511", solve_7b7f7511),
        ("3eda0437", solve_3eda0437),
        ("a85d4709", solve_a85d4709),
        ("d89b689b", solve_d89b689b),
        ("952a094c", solve_952a094c),
        ("a48eeaf7", solve_a48eeaf7),
        ("af902bf9", solve_af902bf9),
    ];
    let Some(dir) = batt_testdata::training_dir() else { return };
    let pairs: Vec<usize> = solvers.iter().map(|(id, f)| check(&dir, id, *f)).collect();
    // Every solver ran on its whole task: ARC tasks have at least two train pairs and a test.
    assert!(pairs.iter().all(|&n| n >= 3), "a task with fewer than 3 pairs: {pairs:?}");
}

#[test]
fn the_literal_form_runs() {
    let g = Grid::from_rows(&[[0, 1, 0], [0, 1, 1], [1, 1, 0]]).unwrap();
    // Zero-coloured objects: {(0,0),(1,0)}, {(0,2)}, {(2,2)}; the largest becomes 4.
    let want = Grid::from_rows(&[[4, 1, 0], [4, 1, 1], [1, 1, 0]]).unwrap();
    assert_eq!(solve_literal(&g), Some(want));
    let none = Grid::from_rows(&[[1]]).unwrap();
    assert_eq!(solve_literal(&none), None, "argmax of nothing makes the solver give None");
}
