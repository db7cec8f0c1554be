//! The arc-dsl primitives that dominate arc-dsl's solvers (by calls in its `solvers.py`:
//! `fill`, `objects`, `ofcolor`, `paint`, `replace`, `argmax`, `colorfilter`, ...), each timed
//! over the input grids of all ARC-AGI-1 training tasks' demonstration pairs, one call a grid.
//!
//! `cargo bench --bench dsl`; medians per pass over the 1301 grids are in BENCHMARKS.md.
//!
//! The `deadline` group times the cooperative deadline check the costly primitives make in
//! their loops: 1000 calls of `deadline::expired` without a deadline and under one, and of
//! `deadline::expired_now` (which reads the clock each call) under one.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use batt::prelude::*;
use batt::runtime::deadline;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn primitives(c: &mut Criterion) {
    let Some(tasks) = common::arc_training() else { return };
    let grids: Vec<Grid> = tasks.iter().flat_map(|s| s.iter().map(|p| p.input.clone())).collect();
    let objs: Vec<Objects> = grids.iter().map(|g| objects(g, T, F, T)).collect();
    let mut group = c.benchmark_group("dsl-arc-training-inputs");
    group.throughput(Throughput::Elements(grids.len() as u64));
    macro_rules! per_grid {
        ($name:literal, |$g:ident| $body:expr) => {
            group.bench_function($name, |b| {
                b.iter(|| {
                    for $g in black_box(&grids) {
                        black_box($body);
                    }
                })
            });
        };
    }
    per_grid!("objects-univalued-without-bg", |g| objects(g, T, F, T));
    per_grid!("objects-multicolour-diagonal", |g| objects(g, F, T, F));
    per_grid!("fgpartition", |g| fgpartition(g));
    per_grid!("mostcolor", |g| mostcolor(g));
    per_grid!("palette", |g| palette(g));
    per_grid!("ofcolor", |g| ofcolor(g, ZERO));
    per_grid!("fill-ofcolor", |g| fill(g, FIVE, ofcolor(g, ZERO)));
    per_grid!("replace", |g| replace(g, 0, 5));
    per_grid!("rot90", |g| rot90(g));
    per_grid!("upscale-2", |g| upscale(g, TWO));
    group.bench_function("argmax-size", |b| {
        b.iter(|| {
            for o in black_box(&objs) {
                black_box(argmax(o, size));
            }
        })
    });
    group.bench_function("paint-largest", |b| {
        b.iter(|| {
            for (g, o) in black_box(&grids).iter().zip(&objs) {
                black_box(argmax(o, size).and_then(|x| paint(g, recolor(ONE, &x))));
            }
        })
    });
    group.bench_function("colorfilter-shift-normalize", |b| {
        b.iter(|| {
            for o in black_box(&objs) {
                for x in colorfilter(o, ONE).iter() {
                    black_box(normalize(shift(x, (ONE, TWO))));
                }
            }
        })
    });
    group.finish();
}

fn deadline_checks(c: &mut Criterion) {
    let mut group = c.benchmark_group("deadline");
    group.throughput(Throughput::Elements(1000));
    let calls = |check: fn() -> bool| (0..1000).filter(|_| black_box(check())).count();
    let far = Instant::now() + Duration::from_secs(1 << 20);
    group.bench_function("expired-without-deadline", |b| b.iter(|| calls(deadline::expired)));
    group.bench_function("expired-under-deadline", |b| {
        deadline::with_deadline(far, || b.iter(|| calls(deadline::expired)))
    });
    group.bench_function("expired_now-under-deadline", |b| {
        deadline::with_deadline(far, || b.iter(|| calls(deadline::expired_now)))
    });
    group.finish();
}

criterion_group!(benches, primitives, deadline_checks);
criterion_main!(benches);
