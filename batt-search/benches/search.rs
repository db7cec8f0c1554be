//! The search at its default options on the first 20 training tasks (file-name order).

use batt_runtime::Task;
use batt_search::{SearchOptions, search_tasks};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let Some(dir) = batt_testdata::training_dir() else { return };
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
