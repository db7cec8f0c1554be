use batt::batt;
use batt::prelude::{Color, Grid, Sample, Samples, apply, mapply, p_g};

// A `first` of the user's own, not the DSL's: the fused code must not compile.
fn first(sample: &Sample) -> Grid {
    sample.output.clone()
}

#[batt]
fn solve(s: &Samples) -> Vec<Color> {
    let x1 = apply(first, s);
    let x3 = mapply(p_g, &x1);
    x3
}

fn main() {
    let _ = solve;
}
