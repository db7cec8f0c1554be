//! The main example's whole run, timed: the `batt` search of `examples/arc` (the fixed
//! solvers and the candidates with inferred colours) on every test input of all ARC-AGI-1
//! training tasks, in parallel over tasks as the example runs it, compiled with `#[batt]`
//! (`fused`) and without (`plain`) from one body (`examples/arc/solvers/twice.rs`).
//!
//! `cargo bench --bench arc_run`; throughput is in tasks per second.

#[path = "../examples/arc/solvers/mod.rs"]
#[allow(dead_code, reason = "the benchmark uses the search only")]
mod solvers;

use std::hint::black_box;
use std::path::PathBuf;

use batt::prelude::*;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;
use solvers::candidates::{Found, fused, plain};

/// One whole run: the search on every test input of every task, tasks in parallel.
fn run(tasks: &[Task], search: fn(&Samples, &Grid) -> Vec<Found>) -> usize {
    tasks
        .par_iter()
        .map(|t| t.test.iter().map(|x| search(&t.train, &x.input).len()).sum::<usize>())
        .sum()
}

fn arc_run(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/arc/arc-agi-1/training");
    let Ok(tasks) = Task::from_dir(&dir) else {
        eprintln!("skipped arc-run: no ARC-AGI-1 data at {}", dir.display());
        return;
    };
    let tasks: Vec<Task> = tasks.into_iter().map(|(_, t)| t).collect();
    assert_eq!(run(&tasks, fused::batt), run(&tasks, plain::batt), "same fits either way");
    let mut group = c.benchmark_group("arc-run-training");
    group.sample_size(10);
    group.throughput(Throughput::Elements(tasks.len() as u64));
    group.bench_function("plain", |b| b.iter(|| run(black_box(&tasks), plain::batt)));
    group.bench_function("batt", |b| b.iter(|| run(black_box(&tasks), fused::batt)));
    group.finish();
}

criterion_group!(benches, arc_run);
criterion_main!(benches);
