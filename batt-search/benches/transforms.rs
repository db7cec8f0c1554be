//! Each transform over the train inputs of all ARC-AGI-1 training tasks (1,301 grids), one
//! batch through `apply_batch` per iteration, the output's shape as target.
//!
//! `cargo bench -p batt-search --bench transforms`.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use batt_search::image::{Images, View};
use batt_search::transforms::{Context, Param, TaskColors, all, apply_batch};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn transforms(c: &mut Criterion) {
    let Some(inputs) = common::training_inputs(false) else { return };
    let mut src = Images::new();
    for (g, _) in &inputs {
        src.push(View::of_grid(g));
    }
    let colors =
        TaskColors { new_in_outputs: vec![], outputs: vec![0, 1, 2], inputs: vec![0, 1, 2] };
    let mut group = c.benchmark_group("transforms-arc-training-inputs");
    group.throughput(Throughput::Elements(src.len() as u64));
    let mut dst = Images::new();
    let mut ok = Vec::new();
    for t in all() {
        // Colour 1, the first count: arguments that apply to most grids.
        let arg = match t.param {
            Param::Color => 1,
            Param::None | Param::Count(_) => 0,
        };
        group.bench_function(t.name, |b| {
            b.iter(|| {
                dst.clear();
                let cx = |i: usize| Context { colors: &colors, target: Some(inputs[i].1) };
                apply_batch(t, arg, black_box(&src), cx, &mut dst, &mut ok);
                black_box(dst.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, transforms);
criterion_main!(benches);
