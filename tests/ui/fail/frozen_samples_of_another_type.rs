use std::cell::RefCell;

use batt::batt;
use batt::prelude::*;

// Samples behind a `&` that can still change (interior mutability).
struct Shared(RefCell<Vec<Sample>>);

impl IntoIterator for &Shared {
    type Item = Sample;
    type IntoIter = std::vec::IntoIter<Sample>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.borrow().clone().into_iter()
    }
}

// `shared` is a `&` parameter, so `#[batt]` takes the statement between the lines for a
// read; that holds for `Samples` only, so the fused code must not compile for `Shared`.
#[batt]
fn solve(shared: &Shared, extra: Sample) -> (Vec<Color>, Vec<Color>) {
    let x1 = apply(first, shared);
    shared.0.borrow_mut().push(extra);
    let x2 = apply(second, shared);
    let x3 = mapply(p_g, &x1);
    let x4 = mapply(p_g, &x2);
    (x3, x4)
}

fn main() {
    let _ = solve;
}
