//! The sample pattern: the four unfused DSL lines against `batch_process_samples` on each
//! backend, at 3, 10, 50 and 200 samples of 30x30 grids, and on all ARC-AGI-1 training tasks
//! at once through the many-task entry point.
//!
//! `cargo bench --bench pattern`; results and ratios are recorded in BENCHMARKS.md.

mod common;

use std::hint::black_box;

use batt::prelude::*;
use batt::runtime::backend::cpu::palette_mask;
use batt::runtime::{batch_process_many_with, batch_process_samples_with};
use common::{Rng, uniform_grid};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Rayon last: its idle workers spin for a while after a call, which would slow what follows.
const BACKENDS: [Backend; 3] = [Backend::Cpu, Backend::Auto, Backend::Rayon];

fn random_samples(n: usize, seed: u64) -> Samples {
    let mut rng = Rng::with_seed(seed);
    let mut grid = || uniform_grid(&mut rng, 30, 30);
    (0..n).map(|_| Sample::new(grid(), grid())).collect()
}

/// The four lines, unfused, exactly as solver code writes them.
#[allow(non_snake_case)]
fn reference_lines(S: &Samples) -> (Vec<Grid>, Vec<Grid>, Vec<Color>, Vec<Color>) {
    let x1 = apply(first, S);
    let x2 = apply(second, S);
    let x3 = mapply(p_g, &x1);
    let x4 = mapply(p_g, &x2);
    (x1, x2, x3, x4)
}

fn sizes(c: &mut Criterion) {
    let mut group = c.benchmark_group("pattern-30x30");
    for n in [3usize, 10, 50, 200] {
        let s = random_samples(n, 0x5eed + n as u64);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("reference", n), &s, |b, s| {
            b.iter(|| reference_lines(black_box(s)))
        });
        for backend in BACKENDS {
            group.bench_with_input(BenchmarkId::new(backend.name(), n), &s, |b, s| {
                b.iter(|| batch_process_samples_with(black_box(s), backend))
            });
        }
    }
    group.finish();
}

/// Where the time of one call goes, at 10 samples (20 grids of 30x30): the palette masks,
/// the grid clones of `x1`/`x2`, and their atomic reference-count increments alone.
fn parts(c: &mut Criterion) {
    let s = random_samples(10, 0x5eed + 10);
    let mut group = c.benchmark_group("pattern-parts-10");
    group.bench_function("masks", |b| {
        b.iter(|| {
            let mut acc = 0;
            for p in black_box(&s).iter() {
                acc ^= palette_mask(p.input.cells()) ^ palette_mask(p.output.cells());
            }
            acc
        })
    });
    group.bench_function("clones", |b| {
        b.iter(|| {
            let s = black_box(&s);
            let x1: Vec<Grid> = s.iter().map(|p| p.input.clone()).collect();
            let x2: Vec<Grid> = s.iter().map(|p| p.output.clone()).collect();
            (x1, x2)
        })
    });
    group.bench_function("refcount-increments", |b| {
        b.iter(|| {
            for p in black_box(&s).iter() {
                std::mem::forget(p.input.clone());
                std::mem::forget(p.output.clone());
            }
        })
    });
    group.finish();
}

/// Where `auto` should switch to rayon: one backend against the other over growing work, for
/// one task of many samples and for many tasks of three 30x30 pairs.
fn crossover(c: &mut Criterion) {
    let mut group = c.benchmark_group("crossover-one-task");
    for n in [200usize, 1000, 4000] {
        let s = random_samples(n, 0xc0ffee + n as u64);
        group.throughput(Throughput::Elements(s.cell_count() as u64));
        for backend in BACKENDS {
            group.bench_with_input(BenchmarkId::new(backend.name(), n), &s, |b, s| {
                b.iter(|| batch_process_samples_with(black_box(s), backend))
            });
        }
    }
    group.finish();
    let mut group = c.benchmark_group("crossover-many-tasks");
    for n in [4usize, 16, 64, 256, 1024] {
        let tasks: Vec<Samples> = (0..n).map(|i| random_samples(3, 0xfeed + i as u64)).collect();
        group.throughput(Throughput::Elements(n as u64 * 3 * 2 * 900));
        for backend in BACKENDS {
            group.bench_with_input(BenchmarkId::new(backend.name(), n), &tasks, |b, t| {
                b.iter(|| batch_process_many_with(black_box(t), backend))
            });
        }
    }
    group.finish();
}

fn arc_training(c: &mut Criterion) {
    let Some(tasks) = common::arc_training() else { return };
    let mut group = c.benchmark_group("arc-training");
    group.throughput(Throughput::Elements(tasks.len() as u64));
    group.bench_function("reference", |b| {
        b.iter(|| tasks.iter().map(|s| reference_lines(black_box(s))).collect::<Vec<_>>())
    });
    for backend in BACKENDS {
        group.bench_function(backend.name(), |b| {
            b.iter(|| batch_process_many_with(black_box(&tasks), backend))
        });
    }
    group.finish();
}

criterion_group!(benches, sizes, parts, crossover, arc_training);
criterion_main!(benches);
