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
    let Some(dir) = batt_testdata::training_dir() else { return };
    let tasks = Task::from_dir(&dir).unwrap_or_else(|e| panic!("loading {}: {e}", dir.display()));
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
