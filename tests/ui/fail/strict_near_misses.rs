use batt::batt;
use batt::prelude::*;

fn load() -> Samples {
    Samples::default()
}

#[batt(strict)]
fn samples_not_a_place() -> Vec<Color> {
    let x1 = apply(first, &load());
    let x3 = mapply(p_g, &x1);
    x3
}

#[batt(strict)]
fn not_a_name(s: &Samples) -> Vec<Color> {
    let (x1,) = (apply(first, s),);
    let x2 @ _ = apply(second, s);
    let x4 = mapply(p_g, &x2);
    [mapply(p_g, &x1), x4].concat()
}

#[batt(strict)]
fn with_attributes(s: &Samples) -> Vec<Color> {
    #[allow(unused_mut)]
    let mut x1 = apply(first, s);
    let x3 = mapply(p_g, &x1);
    x3
}

#[batt(strict)]
fn let_else(s: &Samples) -> Vec<Color> {
    let x1 = apply(first, s) else { return Vec::new() };
    let x3 = mapply(p_g, &x1);
    x3
}

#[batt(strict)]
fn no_reader(s: &Samples) -> usize {
    let x1 = apply(first, s);
    x1.len()
}

#[batt(strict)]
fn used_before(s: &Samples) -> Vec<Color> {
    let x3 = vec![1];
    let x1 = apply(first, s);
    let n = x3.len();
    let x3 = mapply(p_g, &x1);
    [x3, vec![n as Color]].concat()
}

#[batt(strict)]
fn rebound_between(s: &Samples, t: &Samples) -> Vec<Color> {
    let x1 = apply(first, s);
    let x2 = apply(second, s);
    let x4 = mapply(p_g, &x2);
    let (x1, _) = (apply(first, t), 0);
    let x3 = mapply(p_g, &x1);
    [x3, x4].concat()
}

#[batt(strict)]
fn mutated_between(s: &Samples) -> Vec<Color> {
    let mut x1 = apply(first, s);
    x1.pop();
    let x3 = mapply(p_g, &x1);
    x3
}

#[batt(strict)]
fn samples_may_change(s: &Samples) -> Vec<Color> {
    let mut local = s.clone();
    let x1 = apply(first, &local);
    let x3 = mapply(p_g, &x1);
    local = Samples::default();
    let x2 = apply(second, &local);
    let x4 = mapply(p_g, &x2);
    [x3, x4].concat()
}

#[batt(strict)]
fn dsl_name_shadowed(s: &Samples) -> Vec<Color> {
    let first = |x: &Sample| x.output.clone();
    let x1 = apply(first, s);
    let x3 = mapply(p_g, &x1);
    x3
}

#[batt(strict)]
fn binds_the_samples_name(s: &Samples) -> Vec<Color> {
    let s = apply(first, s);
    let x3 = mapply(p_g, &s);
    x3
}

#[batt(strict)]
fn one_name_twice(s: &Samples) -> Vec<Color> {
    let x = apply(first, s);
    let x = mapply(p_g, &x);
    x
}

#[batt(strict)]
fn reported_together(s: &Samples) -> Vec<Color> {
    let x1 = apply(first, s);
    let x2 = apply(second, s);
    let _ = x2.len();
    let (y1, y3) = (0, 1);
    let y2 = apply(second, s);
    [mapply(p_g, &x1), vec![y1, y3], mapply(p_g, &y2)].concat()
}

fn main() {
    let _ = (samples_not_a_place, not_a_name, with_attributes, let_else, no_reader);
    let _ = (used_before, rebound_between, mutated_between, samples_may_change);
    let _ = (dsl_name_shadowed, binds_the_samples_name, one_name_twice, reported_together);
}
