use batt::batt;
use batt::prelude::*;

#[batt(strict)]
fn no_pattern(s: &Samples) -> usize {
    s.len()
}

// Only the palette line: not an instance.
#[batt(strict)]
fn palette_only(grids: &Vec<Grid>) -> Vec<Color> {
    let x3 = mapply(p_g, grids);
    x3
}

// Without `strict`, finding nothing is fine.
#[batt]
fn silent(s: &Samples) -> usize {
    s.len()
}

fn main() {
    let _ = (no_pattern, palette_only, silent);
}
