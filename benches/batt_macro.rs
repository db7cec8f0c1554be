//! A generated-style solver body with five instances of the sample pattern, compiled with and
//! without `#[batt]`, on typical tasks (3-5 pairs) and on all ARC-AGI-1 training tasks.
//!
//! `cargo bench --bench batt_macro`; results and ratios are recorded in BENCHMARKS.md.

#[path = "../tests/macro_common/generated.rs"]
#[macro_use]
mod generated;

use std::hint::black_box;
use std::path::PathBuf;

use batt::prelude::*;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// A deterministic xorshift generator, so every run measures the same grids.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A grid of `h` x `w` cells with a background and a few colours, as ARC grids have.
    fn grid(&mut self, h: usize, w: usize) -> Grid {
        let palette: Vec<Color> = (0..3).map(|_| (self.next() % 10) as Color).collect();
        let cells = (0..h * w)
            .map(|_| if self.next() % 3 == 0 { palette[(self.next() % 3) as usize] } else { 0 })
            .collect();
        Grid::from_cells(h, w, cells).unwrap()
    }
}

fn typical(c: &mut Criterion) {
    let mut group = c.benchmark_group("batt-five-typical");
    for (pairs, side) in [(3usize, 10usize), (4, 20), (5, 30)] {
        let mut rng = Rng(0xba77 + pairs as u64);
        let s: Samples =
            (0..pairs).map(|_| Sample::new(rng.grid(side, side), rng.grid(side, side))).collect();
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
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/arc/arc-agi-1/training");
    let Ok(tasks) = Task::from_dir(&dir) else {
        eprintln!("skipped arc-training: no ARC-AGI-1 data at {}", dir.display());
        return;
    };
    let samples: Vec<Samples> = tasks.into_iter().map(|(_, t)| t.train).collect();
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
