//! The Rust side of `scripts/arc_dsl/compare.py`, which copies this file into the crate it
//! generates as `src/main.rs`, beside `src/solvers.rs` (the `mod solve_<id>;` lines and the
//! `tables()` function) and one `src/solve_<id>.rs` per arc-dsl solver.
//!
//! Usage: `arc-dsl-compare DATA_DIR MIN_BATCH_SECONDS`, then one command per line on
//! standard input, each answered by one JSON object on a line of standard output
//! (`python_runner.py` answers the same commands for arc-dsl's Python, so that `compare.py`
//! can time both sides of each task in turn, under the same load):
//!
//! - `list`: `{"solvers": [name], "skipped": {name: reason}, "dynamic": {name: reason}}`,
//!   the functions `include_solvers!` converted, those it left out, and those of the
//!   converted that run over dynamic values;
//! - `check NAME`: runs `NAME` (`solve_<id>`) on every train and test input of
//!   `DATA_DIR/<id>.json`: `{"solver": name, "train": [bool], "test": [bool], "panics":
//!   [message]}`, whether each output was exactly the expected one (`None` or a panic is
//!   wrong); it also picks the number of runs `n` of the task's inputs that `time` loops over
//!   (the first of 1, 2, 4, ... whose loop lasts at least `MIN_BATCH_SECONDS`, so that runs
//!   of a few microseconds are measured well above the clock's resolution);
//! - `time NAME` (after `check NAME`): `{"solver": name, "seconds": s}`, one measurement: the
//!   time of a loop of `n` runs of the task's inputs, divided by `n`.
//!
//! An unknown command or solver, or a task file that cannot be read, is answered
//! `{"error": message}`. Everything runs on this one thread.

use std::collections::HashMap;
use std::hint::black_box;
use std::io::{BufRead, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use batt::runtime::{Grid, Task, TaskError};
use serde_json::{Value, json};

include!("solvers.rs");

/// The allocator README.md recommends for solver binaries, unless the crate is built without
/// its default feature (`compare.py --allocator system`).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A converted solver, as `include_solvers!` types it.
type Solver = fn(&Grid) -> Option<Grid>;

/// A table of names with reasons: `SKIPPED` or `DYNAMIC`.
type Reasons = &'static [(&'static str, &'static str)];

/// One module's `include_solvers!` tables: `SOLVERS` (name, function), `SKIPPED` (name,
/// reason) and `DYNAMIC` (name, reason).
type Tables = (&'static [(&'static str, Solver)], Reasons, Reasons);

/// A checked task: its inputs, and the runs per timing loop.
struct Checked {
    inputs: Vec<Grid>,
    runs: u64,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, min_batch] = &args[..] else {
        eprintln!("usage: arc-dsl-compare DATA_DIR MIN_BATCH_SECONDS (commands on stdin)");
        return ExitCode::from(2);
    };
    let Ok(min_batch) = min_batch.parse::<f64>() else {
        eprintln!("arc-dsl-compare: MIN_BATCH_SECONDS must be a number");
        return ExitCode::from(2);
    };
    // Panics are reported in the JSON answers, not on standard error.
    panic::set_hook(Box::new(|_| {}));
    let data = PathBuf::from(data);
    let tables = tables();
    let solvers: HashMap<&str, Solver> =
        tables.iter().flat_map(|(solvers, _, _)| solvers.iter().copied()).collect();
    let mut checked: HashMap<String, Checked> = HashMap::new();
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let answer = match line.split_whitespace().collect::<Vec<_>>()[..] {
            ["list"] => {
                let names: Vec<&str> =
                    tables.iter().flat_map(|(s, _, _)| s.iter().map(|(n, _)| *n)).collect();
                let reasons = |pick: fn(&Tables) -> Reasons| -> serde_json::Map<String, Value> {
                    tables
                        .iter()
                        .flat_map(|t| pick(t).iter().map(|(n, r)| (n.to_string(), json!(r))))
                        .collect()
                };
                json!({
                    "solvers": names,
                    "skipped": reasons(|t| t.1),
                    "dynamic": reasons(|t| t.2),
                })
            }
            ["check", name] => match solvers.get(name) {
                Some(&solver) => match check(name, solver, &data, min_batch) {
                    Ok((record, task)) => {
                        checked.insert(name.to_string(), task);
                        record
                    }
                    Err(e) => json!({"error": format!("{name}: {e}")}),
                },
                None => json!({"error": format!("no solver {name}")}),
            },
            ["time", name] => match (solvers.get(name), checked.get(name)) {
                (Some(&solver), Some(task)) => {
                    json!({"solver": name, "seconds": time_loop(solver, task)})
                }
                _ => json!({"error": format!("no checked solver {name}")}),
            },
            _ => json!({"error": format!("unknown command {line:?}")}),
        };
        if writeln!(out, "{answer}").and_then(|()| out.flush()).is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}

/// Runs `solver` (`solve_<id>`) on task `<id>`: each pair's correctness, and the runs per
/// timing loop.
fn check(
    name: &str,
    solver: Solver,
    data: &Path,
    min_batch: f64,
) -> Result<(Value, Checked), TaskError> {
    let id = name.strip_prefix("solve_").unwrap_or(name);
    let task = Task::from_path(data.join(format!("{id}.json")))?;
    let inputs: Vec<Grid> =
        task.train.iter().map(|s| &s.input).chain(task.test.iter().map(|s| &s.input)).cloned().collect();
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
    let mut checked = Checked { inputs, runs: 1 };
    while time_loop(solver, &checked) * (checked.runs as f64) < min_batch {
        checked.runs *= 2;
    }
    let (train, test) = right.split_at(task.train.len());
    Ok((json!({"solver": name, "train": train, "test": test, "panics": panics}), checked))
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

/// The seconds one run of the task's inputs takes: a loop of `task.runs` runs, timed,
/// divided by their number.
fn time_loop(solver: Solver, task: &Checked) -> f64 {
    let start = Instant::now();
    for _ in 0..task.runs {
        for input in &task.inputs {
            let _ = black_box(call(solver, black_box(input)));
        }
    }
    start.elapsed().as_secs_f64() / task.runs as f64
}
