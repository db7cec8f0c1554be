//! Every solver of `macro_common`, with and without `#[batt]`, gives the same values: on
//! random samples, and on all 800 ARC-AGI-1 tasks when `../shared/arc` is present.

#[macro_use]
mod macro_common;

use batt::prelude::*;
use macro_common::generated::{fused as gf, plain as gp};
use macro_common::solvers::{Ctx, fused as f, plain as p};
use proptest::prelude::*;

/// Asserts that every solver agrees on `s` (with `other` for the two-samples solvers).
fn all_agree(s: &Samples, other: &Samples) {
    assert_eq!(f::adjacent(s), p::adjacent(s));
    assert_eq!(f::reordered_rayon(s), p::reordered_rayon(s));
    assert_eq!(f::on_cpu(s), p::on_cpu(s));
    assert_eq!(f::on_auto(s), p::on_auto(s));
    assert_eq!(f::on_cuda(s), p::on_cuda(s));
    assert_eq!(f::macros_between(s), p::macros_between(s));
    assert_eq!(f::owned(s.clone()), p::owned(s.clone()));
    let task = Task { train: s.clone(), test: Vec::new() };
    assert_eq!(f::from_task(&task), p::from_task(&task));
    assert_eq!(f::local_changed(s), p::local_changed(s));
    assert_eq!(f::changed_within(s), p::changed_within(s));
    assert_eq!(f::root_shadowed(s, other), p::root_shadowed(s, other));
    assert_eq!(f::used_before(s), p::used_before(s));
    assert_eq!(f::grids_rebound(s), p::grids_rebound(s));
    assert_eq!(f::grids_mutated(s), p::grids_mutated(s));
    assert_eq!(f::captured(s), p::captured(s));
    let pairs: Vec<(Grid, Grid)> = s.iter().map(|x| (x.input.clone(), x.output.clone())).collect();
    assert_eq!(f::pairs(&pairs), p::pairs(&pairs));
    let ctx = Ctx { train: s.clone(), bonus: 4 };
    assert_eq!(f::ctx_fields(&ctx), p::ctx_fields(&ctx));
    assert_eq!(f::two_instances(s), p::two_instances(s));
    assert_eq!(gf::batt_five(s), gp::batt_five(s));
    for mode in 0..6 {
        assert_eq!(gf::batt_nested(s, mode), gp::batt_nested(s, mode));
    }
    assert_eq!(gf::batt_long(s), gp::batt_long(s));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn fused_and_plain_agree_on_random_samples(
        s in macro_common::samples(),
        other in macro_common::samples(),
    ) {
        all_agree(&s, &other);
    }
}

#[test]
fn fused_and_plain_agree_on_every_arc_task() {
    let Some(tasks) = macro_common::arc_tasks() else { return };
    let empty = Samples::default();
    for (i, (id, task)) in tasks.iter().enumerate() {
        let other = &tasks[(i + 1) % tasks.len()].1.train;
        let result = std::panic::catch_unwind(|| all_agree(&task.train, other));
        assert!(result.is_ok(), "fused and plain solvers differ on {id}");
    }
    all_agree(&empty, &empty);
}
