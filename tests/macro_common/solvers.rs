//! Solver functions for the equivalence tests, each defined twice (`fused::NAME` with
//! `#[batt]`, `plain::NAME` without) by `twice!` of `generated.rs`: every accepted variant
//! of the pattern, and near misses that `#[batt]` must leave alone.

#![allow(dead_code, reason = "each test file uses a part")]

use batt::prelude::*;

/// A task-like value whose samples are a field.
pub struct Ctx {
    pub train: Samples,
    pub bonus: Color,
}

twice! {
    /// Adjacent, in order, on the configured backend.
    @batt(strict)
    fn adjacent(S: &Samples) -> (Vec<Grid>, Vec<Grid>, Vec<Color>, Vec<Color>) {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        (x1, x2, x3, x4)
    }

    /// Another order, statements between, forced backends.
    @batt(backend = "rayon")
    fn reordered_rayon(S: &Samples) -> (Vec<Color>, Vec<Color>, usize) {
        let x2 = apply(second, S);
        let n = x2.len();
        let x4 = mapply(p_g, &x2);
        let x1 = apply(first, S);
        let x3 = mapply(p_g, x1);
        (x3, x4, n)
    }

    @batt(backend = "cpu", strict)
    fn on_cpu(S: &Samples) -> Vec<Color> {
        let x1 = apply(first, &S);
        let x2 = apply(second, &S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        difference_tuple(&x4, &x3)
    }

    /// The GPU backend (the CPU's answer where no GPU can run it).
    @batt(backend = "cuda")
    fn on_cuda(S: &Samples) -> (Vec<Grid>, Vec<Color>, Vec<Color>) {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        (x2, x3, x4)
    }

    /// Macros between the lines: a mention in a macro's tokens before a line keeps it apart.
    fn macros_between(S: &Samples) -> (Vec<Color>, Vec<Color>, String) {
        let x3 = 5;
        let x1 = apply(first, S);
        let text = format!("{}", x3);
        let x2 = apply(second, S);
        assert!(x2.len() == S.len(), "{x2:?}");
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        (x3, x4, text)
    }

    @batt(backend = "auto")
    fn on_auto(S: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x3 = mapply(p_g, &x1);
        x3
    }

    /// Owned samples, by value: the half moves them, the fused half borrows them.
    fn owned(S: Samples) -> (Vec<Grid>, Vec<Color>) {
        let x2 = apply(second, S);
        let x4 = mapply(p_g, &x2);
        (x2, x4)
    }

    /// `&task.train`, with a field of the same value read between the lines.
    fn from_task(task: &Task) -> (Vec<Color>, Vec<Color>, usize) {
        let n = task.test.len();
        let x1 = apply(first, &task.train);
        let k = task.test.len() + n;
        let x2 = apply(second, &task.train);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        (x3, x4, k)
    }

    /// A local samples variable changed between two instances: the second must see it.
    fn local_changed(S: &Samples) -> (Vec<Color>, Vec<Color>, Vec<Color>, Vec<Color>) {
        let mut s = S.clone();
        let x1 = apply(first, &s);
        let x2 = apply(second, &s);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        s = s.iter().rev().skip(1).cloned().collect();
        let y1 = apply(first, &s);
        let y2 = apply(second, &s);
        let y3 = mapply(p_g, &y1);
        let y4 = mapply(p_g, &y2);
        (x3, x4, y3, y4)
    }

    /// A local samples variable changed between the halves of one instance.
    fn changed_within(S: &Samples) -> (Vec<Color>, Vec<Color>) {
        let mut s = S.clone();
        let x1 = apply(first, &s);
        let x3 = mapply(p_g, &x1);
        s = s.iter().rev().skip(1).cloned().collect();
        let x2 = apply(second, &s);
        let x4 = mapply(p_g, &x2);
        (x3, x4)
    }

    /// The samples' root bound again between the lines.
    fn root_shadowed(S: &Samples, other: &Samples) -> (Vec<Color>, Vec<Color>) {
        let x1 = apply(first, S);
        let x3 = mapply(p_g, &x1);
        let S = other;
        let x2 = apply(second, S);
        let x4 = mapply(p_g, &x2);
        (x3, x4)
    }

    /// `x3` used before the line that defines it: it means the older `x3`.
    fn used_before(S: &Samples) -> (Vec<Color>, usize) {
        let x3: Vec<Color> = vec![7, 7];
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let n = x3.len();
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        ([x3, x4].concat(), n)
    }

    /// `x1` bound again between it and its reader.
    fn grids_rebound(S: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x1 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        x3
    }

    /// `x1` mutable and changed before its reader.
    fn grids_mutated(S: &Samples) -> Vec<Color> {
        let mut x1 = apply(first, S);
        x1.reverse();
        x1.truncate(2);
        let x3 = mapply(p_g, &x1);
        x3
    }

    /// Format strings that capture a name before its line.
    fn captured(S: &Samples) -> (String, Vec<Color>) {
        let x4 = 3;
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let text = format!("{x4}");
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        (text, [x3, x4].concat())
    }

    /// Samples that are not `Samples`: fused code falls back to the DSL.
    fn pairs(P: &Vec<(Grid, Grid)>) -> (Vec<Color>, Vec<Color>) {
        let x1 = apply(first, P);
        let x2 = apply(second, P);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        (x3, x4)
    }

    /// Mutable names, typed lines, a field's samples.
    fn ctx_fields(ctx: &Ctx) -> Vec<Color> {
        let mut x1: Vec<Grid> = apply(first, &ctx.train);
        let x2 = apply(second, &ctx.train);
        let x3: Vec<Color> = mapply(p_g, &x1);
        let mut x4 = mapply(p_g, &x2);
        x1.clear();
        x4.push(ctx.bonus);
        [x3, x4, vec![x1.len() as Color]].concat()
    }

    /// Two instances over the same samples with a name reused between them.
    fn two_instances(S: &Samples) -> Vec<Color> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        let x5 = difference_tuple(&x3, &x4);
        let x6 = apply(second, S);
        let x7 = mapply(p_g, &x6);
        let x8 = apply(first, S);
        let x9 = mapply(p_g, &x8);
        [x5, x7, x9].concat()
    }
}
