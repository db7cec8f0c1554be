//! Without the `batt` facade, the expansion names the runtime crate directly, under the
//! name this package gave it (`batt_rt`, a renamed `batt-runtime`).

use batt_macros::batt;
use batt_rt::fuse::counts;
use batt_rt::prelude::*;

#[batt(strict)]
fn palettes(samples: &Samples) -> (Vec<Color>, Vec<Color>) {
    let x1 = apply(first, samples);
    let x2 = apply(second, samples);
    let x3 = mapply(p_g, &x1);
    let x4 = mapply(p_g, &x2);
    (x3, x4)
}

#[test]
fn a_renamed_runtime_is_found() {
    let task = Task::from_json_str(r#"{"train": [{"input": [[1, 0]], "output": [[2]]}]}"#).unwrap();
    let before = counts();
    assert_eq!(palettes(&task.train), (vec![0, 1], vec![2]));
    assert_eq!(counts().since(before).samples, 1);
}
