//! The program search of `batt-search`, run after the fixed solvers and the candidates: its
//! command-line options, the run over the tasks (test outputs withheld), and its summary.

use std::time::Instant;

use batt::prelude::*;
use batt::search::device::{DeviceReport, Engine, search_on};
use batt::search::{How, SearchOptions, Summary, TaskResult, process_cpu_time};

/// The search's command-line options.
#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// The most transforms in a searched program (default: batt-search's default, 3).
    #[arg(long)]
    pub depth: Option<usize>,
    /// The search's budget per task in expanded states (default: batt-search's, 500000).
    #[arg(long)]
    pub states: Option<usize>,
    /// Start from batt-search's raised budget (`SearchOptions::raised`: 8000000 states and
    /// 256 Mi cells a task, a 60 s guard) instead of its default; `--depth`, `--states` and
    /// `--task-seconds` still apply.
    #[arg(long)]
    pub raised: bool,
    /// Skip the program search.
    #[arg(long)]
    pub no_search: bool,
    /// Where the program search runs: `cpu` (every core), `gpu` (every CUDA GPU, with the
    /// `cuda` feature; the CPU where there is none) or `auto` (the GPUs where they are
    /// faster: as measured so far, never, so the CPU). The answers are the same on each.
    #[arg(long, default_value = "auto")]
    pub search_on: Engine,
}

impl SearchArgs {
    /// The search's options: its defaults (or its raised budget), with the depth and states
    /// given here and the example's `--task-seconds`, where given, as the wall-clock guard of
    /// each task's search.
    pub fn options(&self, task_seconds: Option<f64>) -> SearchOptions {
        let d = if self.raised { SearchOptions::raised() } else { SearchOptions::default() };
        SearchOptions {
            depth: self.depth.unwrap_or(d.depth),
            max_states: self.states.unwrap_or(d.max_states),
            task_seconds: task_seconds.unwrap_or(d.task_seconds),
            ..d
        }
    }
}

/// The search's results per task, in task order, and their totals.
pub struct SearchRun {
    /// One result per task.
    pub results: Vec<TaskResult>,
    /// The totals.
    pub summary: Summary,
    /// What the GPUs did, where they ran it.
    pub devices: Option<DeviceReport>,
}

/// Runs the search over `tasks` (ids in `ids`) with `options`, or nothing with `no_search`. The search
/// gets copies of the tasks without their test outputs.
pub fn run(
    ids: &[String],
    tasks: &[Task],
    options: &SearchOptions,
    no_search: bool,
    engine: Engine,
) -> Option<SearchRun> {
    if no_search {
        return None;
    }
    let blind: Vec<(String, Task)> = ids
        .iter()
        .zip(tasks)
        .map(|(id, t)| {
            let test = t.test.iter().map(|s| TestSample { input: s.input.clone(), output: None });
            (id.clone(), Task { train: t.train.clone(), test: test.collect() })
        })
        .collect();
    let (start, cpu_start) = (Instant::now(), process_cpu_time());
    let (results, devices) = search_on(&blind, options, engine);
    let cpu = process_cpu_time().zip(cpu_start).map(|(b, a)| b.saturating_sub(a));
    let summary = Summary::new(&results, start.elapsed()).with_process_cpu(cpu);
    Some(SearchRun { results, summary, devices })
}

/// Whether every test output of `task` is known and among `attempts(k)` for test input `k`.
pub fn solved_by<'a>(task: &Task, attempts: impl Fn(usize) -> Vec<&'a Grid>) -> bool {
    !task.test.is_empty()
        && task
            .test
            .iter()
            .enumerate()
            .all(|(k, t)| t.output.as_ref().is_some_and(|want| attempts(k).contains(&want)))
}

/// The search's lines of the summary.
pub fn print_summary(run: &SearchRun, options: &SearchOptions, tasks: &[Task]) {
    let s = &run.summary;
    let how: Vec<Option<How>> = tasks
        .iter()
        .zip(&run.results)
        .map(|(t, r)| r.solved_by(&t.test.iter().map(|s| s.output.clone()).collect::<Vec<_>>()))
        .collect();
    let solved = how.iter().filter(|h| h.is_some()).count();
    let by: Vec<String> = How::ALL
        .iter()
        .map(|&k| format!("{} by {}", how.iter().filter(|&&h| h == Some(k)).count(), k.name()))
        .collect();
    println!(
        "programs   {:.3} s, depth {}, {} states expanded a task at most: {} of {} tasks predicted, {} solved (top 2; {}), {} timed out, {} at the budget",
        s.wall.as_secs_f64(),
        options.depth,
        options.max_states,
        s.predicted,
        s.tasks,
        solved,
        by.join(", "),
        s.timed_out,
        s.budget_hit,
    );
    let peak = s
        .peak_memory
        .map_or("unknown".to_string(), |b| format!("{:.1} MiB", b as f64 / (1 << 20) as f64));
    println!(
        "states     {} expanded, {} unique, {:.0} unique/s/core, {:.4} CPU-s a task, peak memory {peak}",
        s.expanded,
        s.unique,
        s.unique_per_cpu_second(),
        s.cpu_seconds_per_task(),
    );
    match &run.devices {
        None => println!("search on the CPU"),
        Some(r) => {
            let t = r.traffic();
            let names: Vec<String> = r
                .devices
                .iter()
                .map(|d| match &d.failure {
                    Some(f) => format!("{} (failed: {f})", d.name),
                    None => d.name.clone(),
                })
                .collect();
            println!(
                "search on {} GPU(s) [{}], {} tasks on the CPU; items {} on the GPUs, {} on the CPU; {:.1} MiB to the GPUs, {:.1} MiB back",
                r.devices.len(),
                names.join(", "),
                r.cpu_tasks,
                t.device_items,
                t.cpu_items,
                t.to_device as f64 / (1 << 20) as f64,
                t.to_host as f64 / (1 << 20) as f64,
            );
        }
    }
}
