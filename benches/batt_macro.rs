//! A generated-style solver body with five instances of the sample pattern, compiled with and
//! without `#[batt]`, on typical tasks (3-5 pairs) and on all ARC-AGI-1 training tasks.
//!
//! `cargo bench --bench batt_macro`; results and ratios are recorded in BENCHMARKS.md.

#[path = "../tests/macro_common/generated.rs"]
#[macro_use]
mod generated;

mod common;

use std::hint::black_box;

use batt::prelude::*;
use common::{Rng, arc_like_grid};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn typical(c: &mut Criterion) {
    let mut group = c.benchmark_group("batt-five-typical");
    for (pairs, side) in [(3usize, 10usize), (4, 20), (5, 30)] {
        let mut rng = Rng::with_seed(0xba77 + pairs as u64);
        let mut grid = || arc_like_grid(&mut rng, side, side);
        let s: Samples = (0..pairs).map(|_| Sample::new(grid(), grid())).collect();
        let id = format!("{pairs}x{side}x{side}");
        group.throughput(Throughput::Elements(1));
        group.bench_with_input(BenchmarkId::new("plain", &id), &s, |b, s| {
            b.iter(|| generated::plain::batt_five(black_box(s)))
        });
        group.bench_with_input(BenchmarkId::new("batt", &id), &s, |b, s| {
            b.iter(|| generated::fused::batt_five(black_box(s)))
        });
    }
    group.finish();
}

fn arc_training(c: &mut Criterion) {
    let Some(samples) = common::arc_training() else { return };
    let mut group = c.benchmark_group("batt-five-arc-training");
    group.throughput(Throughput::Elements(samples.len() as u64));
    group.bench_function("plain", |b| {
        b.iter(|| {
            for s in &samples {
                black_box(generated::plain::batt_five(black_box(s)));
            }
        })
    });
    group.bench_function("batt", |b| {
        b.iter(|| {
            for s in &samples {
                black_box(generated::fused::batt_five(black_box(s)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, typical, arc_training);
criterion_main!(benches);
