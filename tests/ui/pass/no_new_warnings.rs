#![deny(warnings)]

use batt::batt;
use batt::prelude::*;

// `x1` and `x2` are only read by the palette lines: the fused code must not make them
// unused, nor leave an unused import or variable behind.
#[batt(strict)]
fn palettes(samples: &Samples) -> (Vec<Color>, Vec<Color>) {
    let x1 = apply(first, samples);
    let x2 = apply(second, samples);
    let x3 = mapply(p_g, &x1);
    let x4 = mapply(p_g, &x2);
    (x3, x4)
}

#[batt(strict, backend = "rayon")]
fn twice(samples: &Samples) -> Vec<Color> {
    let x1 = apply(first, samples);
    let x3 = mapply(p_g, &x1);
    let y1 = apply(first, samples);
    let y3 = mapply(p_g, &y1);
    [x3, y3].concat()
}

fn main() {
    let task = Task::from_json_str(r#"{"train": [{"input": [[1]], "output": [[2]]}]}"#).unwrap();
    assert_eq!(palettes(&task.train), (vec![1], vec![2]));
    assert_eq!(twice(&task.train), vec![1, 1]);
}
