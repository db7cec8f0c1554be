//! The search at its default options on the first 20 training tasks (file-name order).

use std::path::PathBuf;

use batt_runtime::Task;
use batt_search::{SearchOptions, search_tasks};
use criterion::{Criterion, criterion_group, criterion_main};

/// The ARC data: `BATT_ARC_DIR`, else `../shared/arc/arc-agi-1` from the workspace root.
fn arc_dir() -> PathBuf {
    std::env::var_os("BATT_ARC_DIR").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/arc/arc-agi-1")
    })
}

fn bench(c: &mut Criterion) {
    let dir = arc_dir().join("training");
    let tasks = match Task::from_dir(&dir) {
        Ok(mut t) => {
            t.truncate(20);
            t
        }
        Err(e) => {
            eprintln!("skipping the search bench: cannot read {}: {e}", dir.display());
            return;
        }
    };
    let options = SearchOptions::default();
    let mut g = c.benchmark_group("search");
    g.sample_size(10);
    g.bench_function("training_first_20", |b| b.iter(|| search_tasks(&tasks, &options)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
