//! The Rust side of `scripts/arc_dsl/compare.py`, which copies this file into the crate it
//! generates as `src/main.rs`, beside `src/solvers.rs` (the `mod solve_<id>;` lines and the
//! `tables()` function) and one `src/solve_<id>.rs` per arc-dsl solver.
//!
//! Usage: `arc-dsl-compare DATA_DIR REPS MIN_BATCH_SECONDS`
//!
//! For every solver that `include_solvers!` converted, it runs `solve_<id>` on every train and
//! test input of `DATA_DIR/<id>.json` and prints one JSON object per line:
//!
//! - `{"solver": name, "train": [bool], "test": [bool], "panics": [message], "seconds": s}`:
//!   whether each output was exactly the expected one (`None` or a panic is wrong), and the
//!   median over `REPS` measurements of the time to run the task's inputs once (see
//!   [`median_seconds`]);
//! - `{"solver": name, "skipped": reason}` for each function `include_solvers!` left out.
//!
//! A task file that cannot be read stops it with a failure status. Everything runs on this
//! one thread, one task after another.

use std::hint::black_box;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use batt::runtime::{Grid, Task, TaskError};
use serde_json::{Value, json};

include!("solvers.rs");

/// A converted solver, as `include_solvers!` types it.
type Solver = fn(&Grid) -> Option<Grid>;

/// One module's `include_solvers!` tables: `SOLVERS` (name, function) and `SKIPPED` (name,
/// reason).
type Tables = (&'static [(&'static str, Solver)], &'static [(&'static str, &'static str)]);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, reps, min_batch] = &args[..] else {
        eprintln!("usage: arc-dsl-compare DATA_DIR REPS MIN_BATCH_SECONDS");
        return ExitCode::from(2);
    };
    let (Ok(reps @ 1..), Ok(min_batch)) = (reps.parse::<usize>(), min_batch.parse::<f64>()) else {
        eprintln!(
            "arc-dsl-compare: REPS must be a positive integer and MIN_BATCH_SECONDS a number"
        );
        return ExitCode::from(2);
    };
    // Panics are reported in the JSON lines, not on standard error.
    panic::set_hook(Box::new(|_| {}));
    let data = PathBuf::from(data);
    for (solvers, skipped) in tables() {
        for (name, reason) in skipped {
            println!("{}", json!({"solver": name, "skipped": reason}));
        }
        for (name, solver) in solvers {
            match run_task(name, *solver, &data, reps, min_batch) {
                Ok(record) => println!("{record}"),
                Err(e) => {
                    eprintln!("arc-dsl-compare: {name}: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    ExitCode::SUCCESS
}

/// Runs `solver` (`solve_<id>`) on task `<id>`: each pair's correctness, then the timing.
fn run_task(
    name: &str,
    solver: Solver,
    data: &Path,
    reps: usize,
    min_batch: f64,
) -> Result<Value, TaskError> {
    let id = name.strip_prefix("solve_").unwrap_or(name);
    let task = Task::from_path(data.join(format!("{id}.json")))?;
    let inputs: Vec<&Grid> =
        task.train.iter().map(|s| &s.input).chain(task.test.iter().map(|s| &s.input)).collect();
    let expected: Vec<Option<&Grid>> = task
        .train
        .iter()
        .map(|s| Some(&s.output))
        .chain(task.test.iter().map(|s| s.output.as_ref()))
        .collect();

    let mut panics = Vec::new();
    let right: Vec<bool> = inputs
        .iter()
        .zip(&expected)
        .map(|(input, want)| match call(solver, input) {
            Ok(got) => got.is_some() && got.as_ref() == *want,
            Err(message) => {
                panics.push(message);
                false
            }
        })
        .collect();
    let seconds = median_seconds(
        || {
            for input in &inputs {
                let _ = black_box(call(solver, black_box(input)));
            }
        },
        reps,
        min_batch,
    );
    let (train, test) = right.split_at(task.train.len());
    Ok(json!({"solver": name, "train": train, "test": test, "panics": panics, "seconds": seconds}))
}

/// `solver(input)`, or the message of its panic.
fn call(solver: Solver, input: &Grid) -> Result<Option<Grid>, String> {
    panic::catch_unwind(AssertUnwindSafe(|| solver(input))).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_string())
    })
}

/// The median over `reps` measurements of the seconds one run of `batch` takes. Each
/// measurement times a loop of `n` runs and divides by `n`, where `n` is the first of 1, 2, 4,
/// ... whose loop lasts at least `min_batch` seconds, so that runs of a few microseconds are
/// measured well above the clock's resolution. (The Python side, `python_runner.py`, measures
/// the same way.)
fn median_seconds(mut batch: impl FnMut(), reps: usize, min_batch: f64) -> f64 {
    let mut time_loop = |n: u64| {
        let start = Instant::now();
        for _ in 0..n {
            batch();
        }
        start.elapsed().as_secs_f64()
    };
    let mut n = 1;
    while time_loop(n) < min_batch {
        n *= 2;
    }
    let mut times: Vec<f64> = (0..reps).map(|_| time_loop(n) / n as f64).collect();
    times.sort_by(f64::total_cmp);
    let mid = times.len() / 2;
    if times.len() % 2 == 1 { times[mid] } else { (times[mid - 1] + times[mid]) / 2.0 }
}
