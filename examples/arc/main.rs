//! Runs the generated-style `batt` function, which tries the example's fixed solvers and many
//! candidates with colours inferred from the sample pattern, over ARC tasks in parallel; prints
//! what it solved, and writes an ARC Prize `submission.json` on request.
//!
//! ```text
//! cargo run --release --example arc                        # the tasks embedded here
//! cargo run --release --example arc -- --data ../shared/arc/arc-agi-1/training
//! cargo run --release --example arc -- --data DIR --backend rayon
//! cargo run --release --example arc -- --data DIR --submission submission.json
//! cargo run --release --example arc -- --data DIR --shard 2/4 --submission part2.json
//! cargo run --release --example arc -- --data DIR --emit-pattern   # JSON lines
//! cargo run --release --example arc -- --data DIR --task-seconds 5
//! cargo run --release --example arc -- --data DIR --depth 2 --states 5000  # search budget
//! cargo run --release --example arc -- --data DIR --no-search      # skip the program search
//! ```
//!
//! After the fixed solvers and candidates, `batt-search`'s program search runs over the tasks
//! with their test outputs withheld. A submission's two attempts per test input are the
//! first two distinct of: the candidates' first prediction, the search's predictions, the
//! candidates' other predictions, the test input.
//!
//! A task is *solved* when, for each of its test inputs, the first prediction of a candidate
//! that fits all its train pairs equals the test output; *wrong* when such a first prediction
//! differs from a known test output.
//!
//! Each task's search may take `--task-seconds` of wall-clock time (default
//! [`DEFAULT_TASK_SECONDS`]); a task that reaches it is *timed out*: the candidates that
//! fitted before then still count and still give predictions and submission entries, the
//! candidate running then is dropped, the rest are skipped, and the other tasks go on.
//!
//! Exit status: 0 when all went well; 1 when a task file could not be read (or the
//! submission written); 2 for a bad backend; 3 when every file was read but some task timed
//! out (the summary's `timed out` line names them).

mod embedded;
mod search;
mod solvers;

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use batt::prelude::*;
use batt::runtime::{batch_process_many_with, deadline, read_task_dir};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use solvers::candidates::{Found, fused::batt as batt_search};

/// Runs the fused sample pattern and a batt search over ARC tasks.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// A directory of ARC JSON task files (default: a few tasks embedded in the example).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Where the pattern runs: cpu, rayon, cuda or auto (default: BATT_BACKEND, else auto).
    #[arg(long)]
    backend: Option<Backend>,
    /// Print one JSON object per task, per line, with the train pairs' palettes, instead of
    /// the summary.
    #[arg(long)]
    emit_pattern: bool,
    /// Write the ARC Prize submission file (two attempts per test input) to this path.
    #[arg(long, value_name = "PATH")]
    submission: Option<PathBuf>,
    /// Run only shard K of N (K from 1 to N): the tasks whose place in file-name order,
    /// counted from 0, is K-1 modulo N.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    shard: Option<(usize, usize)>,
    /// The wall-clock seconds each task's candidates, and then its program search, may take
    /// (default: 10 for the candidates, the search's own guard for the search: 10, or 60 with
    /// --raised); a task that reaches it keeps what it found so far and is reported as timed
    /// out (exit status 3).
    #[arg(long, value_name = "SECS", value_parser = parse_seconds)]
    task_seconds: Option<f64>,
    /// The program search run after the fixed solvers and candidates.
    #[command(flatten)]
    search: search::SearchArgs,
}

/// The default of `--task-seconds`: about 40 times the slowest ARC-AGI-1 training task's
/// search (0.18 to 0.24 s with the release build on a shared 2-core machine, the slowest
/// line of the summary), so that only a task far larger or harder than ARC's reaches it.
const DEFAULT_TASK_SECONDS: f64 = 10.0;

/// Reads a positive, finite number of seconds that a `Duration` can hold.
fn parse_seconds(s: &str) -> Result<f64, String> {
    let secs: f64 = s.trim().parse().map_err(|_| format!("{s:?} is not a number of seconds"))?;
    if secs > 0.0 && Duration::try_from_secs_f64(secs).is_ok() {
        Ok(secs)
    } else {
        Err(format!("{s:?} seconds: give a positive, finite number"))
    }
}

/// Reads `K/N` with `1 <= K <= N`.
fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let (k, n) = s.split_once('/').ok_or_else(|| format!("expected K/N, got {s:?}"))?;
    let k: usize = k.trim().parse().map_err(|_| format!("K in {s:?} is not a number"))?;
    let n: usize = n.trim().parse().map_err(|_| format!("N in {s:?} is not a number"))?;
    if n == 0 {
        return Err(format!("N in {s:?} must be at least 1"));
    }
    if k == 0 || k > n {
        return Err(format!("K in {s:?} must be from 1 to {n} (shards count from 1)"));
    }
    Ok((k, n))
}

/// One line of `--emit-pattern`, keys in this order.
#[derive(Serialize)]
struct PatternLine<'a> {
    task: &'a str,
    input_colors: &'a [Color],
    output_colors: &'a [Color],
}

/// One test input's entry in a submission file.
#[derive(Serialize)]
struct Attempts {
    attempt_1: Vec<Vec<Color>>,
    attempt_2: Vec<Vec<Color>>,
}

/// What the search found for one task: per test input, the fitting candidates.
struct Outcome {
    tests: Vec<Vec<Found>>,
    /// The search's wall-clock time.
    time: Duration,
    /// Whether the search reached the task's time limit (then `tests` holds what fitted
    /// before it).
    timed_out: bool,
}

impl Outcome {
    /// The first prediction per test input, of all candidates or of the fixed solvers only.
    fn first(&self, fixed_only: bool) -> Vec<Option<(&Found, &Grid)>> {
        self.tests
            .iter()
            .map(|found| {
                found
                    .iter()
                    .filter(|f| f.fixed || !fixed_only)
                    .find_map(|f| f.prediction.as_ref().map(|p| (f, p)))
            })
            .collect()
    }

    /// The two attempts for test input `k`: the first two distinct of the candidates' first
    /// prediction, the program search's predictions (`searched`, best first), the
    /// candidates' other predictions, the test input itself, and then a repeat.
    fn attempts<'a>(&'a self, k: usize, input: &'a Grid, searched: &[&'a Grid]) -> (Grid, Grid) {
        let mut distinct: Vec<&Grid> = Vec::with_capacity(2);
        let mut candidates = self.tests[k].iter().filter_map(|f| f.prediction.as_ref());
        let first = candidates.next();
        let order = first.into_iter().chain(searched.iter().copied()).chain(candidates);
        for p in order.chain([input]) {
            if !distinct.contains(&p) {
                distinct.push(p);
                if distinct.len() == 2 {
                    break;
                }
            }
        }
        let a = distinct[0].clone();
        let b = distinct.get(1).copied().unwrap_or(distinct[0]).clone();
        (a, b)
    }
}

/// Solved, wrong, or unknown (some test output absent, or no prediction).
#[derive(Clone, Copy, PartialEq)]
enum Verdict {
    Solved,
    Wrong,
    Open,
}

fn verdict(task: &Task, firsts: &[Option<(&Found, &Grid)>]) -> Verdict {
    let mut all_right = !task.test.is_empty();
    for (t, first) in task.test.iter().zip(firsts) {
        match (first, &t.output) {
            (Some((_, p)), Some(want)) if *p != want => return Verdict::Wrong,
            (Some(_), Some(_)) => {}
            _ => all_right = false,
        }
    }
    if all_right { Verdict::Solved } else { Verdict::Open }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let backend = match args.backend.map(Ok).unwrap_or_else(Backend::from_env) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    // The `#[batt]` functions' fused calls use the process-wide backend: make it the one
    // chosen here.
    if let Err(e) = Backend::set_global(backend) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }

    // Load every task; a bad file is reported and the run goes on without it.
    let mut failed = 0usize;
    let mut ids = Vec::new();
    let mut tasks = Vec::new();
    match &args.data {
        None => {
            for (id, json) in embedded::TASKS {
                let task = Task::from_json_str(json).expect("embedded tasks are valid");
                ids.push(id.to_string());
                tasks.push(task);
            }
        }
        Some(dir) => match read_task_dir(dir) {
            Ok(files) => {
                for (place, f) in files.into_iter().enumerate() {
                    if args.shard.is_some_and(|(k, n)| place % n != k - 1) {
                        continue;
                    }
                    match f.task {
                        Ok(task) => {
                            ids.push(f.id);
                            tasks.push(task);
                        }
                        Err(e) => {
                            eprintln!("error: {e}");
                            failed += 1;
                        }
                    }
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        },
    }
    if args.data.is_none() {
        if let Some((k, n)) = args.shard {
            let keep: Vec<bool> = (0..ids.len()).map(|p| p % n == k - 1).collect();
            let mut it = keep.iter();
            ids.retain(|_| *it.next().unwrap());
            let mut it = keep.iter();
            tasks.retain(|_| *it.next().unwrap());
        }
    }

    let samples: Vec<Samples> = tasks.iter().map(|t| t.train.clone()).collect();
    let start = Instant::now();
    let patterns = batch_process_many_with(&samples, backend);
    let wall = start.elapsed();

    if args.emit_pattern {
        let mut out = io::stdout().lock();
        for (id, p) in ids.iter().zip(&patterns) {
            let line = PatternLine {
                task: id,
                input_colors: &p.input_colors,
                output_colors: &p.output_colors,
            };
            let json = serde_json::to_string(&line).expect("a pattern line serializes");
            if writeln!(out, "{json}").is_err() {
                return ExitCode::FAILURE;
            }
        }
        return if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    }

    let grids: usize = samples.iter().map(|s| 2 * s.len()).sum();
    let cells: usize = samples.iter().map(Samples::cell_count).sum();
    let chosen = backend.resolve_many(&samples);
    println!("tasks      {}", tasks.len());
    println!("grids      {grids}");
    println!("cells      {cells}");
    println!("backend    {backend} -> {chosen}");
    println!("wall time  {:.3} ms", wall.as_secs_f64() * 1e3);

    // The search, one task per rayon job; each task's fused calls resolve the backend
    // for its own samples.
    let fused_on: BTreeMap<&str, usize> = samples.iter().fold(BTreeMap::new(), |mut m, s| {
        *m.entry(backend.resolve(s).name()).or_default() += 1;
        m
    });
    let bar = if io::stderr().is_terminal() && tasks.len() >= 50 {
        let bar = ProgressBar::new(tasks.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} tasks, {per_sec}, eta {eta}")
                .expect("a valid template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let limit = Duration::from_secs_f64(args.task_seconds.unwrap_or(DEFAULT_TASK_SECONDS));
    let start = Instant::now();
    let outcomes: Vec<Outcome> = tasks
        .par_iter()
        .map(|task| {
            // Each task's own deadline, set on the thread that runs it (`fresh`: rayon may run
            // it on a thread that waits inside another task).
            let begun = Instant::now();
            let search = || {
                let tests = task.test.iter().map(|t| batt_search(&task.train, &t.input)).collect();
                (tests, deadline::expired_now())
            };
            let (tests, timed_out) = match begun.checked_add(limit) {
                Some(at) => deadline::fresh(at, search),
                None => search(),
            };
            bar.inc(1);
            Outcome { tests, time: begun.elapsed(), timed_out }
        })
        .collect();
    bar.finish_and_clear();
    let run = start.elapsed().as_secs_f64();
    let search_options = args.search.options(args.task_seconds);
    let searched =
        search::run(&ids, &tasks, &search_options, args.search.no_search, args.search.search_on);
    let searched_attempts = |t: usize, k: usize| -> Vec<&Grid> {
        searched.as_ref().map_or(Vec::new(), |s| s.results[t].attempts(k))
    };

    let mut solved = Vec::new();
    let mut solved_fixed = Vec::new();
    let mut wrong = Vec::new();
    let mut wrong_fixed = 0usize;
    let mut wrong_candidates = 0usize;
    let mut unknown = 0usize;
    for ((id, task), outcome) in ids.iter().zip(&tasks).zip(&outcomes) {
        if task.test.iter().any(|t| t.output.is_none()) {
            unknown += 1;
        }
        let firsts = outcome.first(false);
        match verdict(task, &firsts) {
            Verdict::Solved => {
                let names: Vec<String> =
                    firsts.iter().flatten().map(|(f, _)| f.to_string()).collect();
                solved.push(format!("{id} ({})", dedupe(&names).join(", ")));
            }
            Verdict::Wrong => {
                let names: Vec<String> =
                    firsts.iter().flatten().map(|(f, _)| f.to_string()).collect();
                wrong.push(format!("{id} ({})", dedupe(&names).join(", ")));
            }
            Verdict::Open => {}
        }
        match verdict(task, &outcome.first(true)) {
            Verdict::Solved => solved_fixed.push(id.as_str()),
            Verdict::Wrong => wrong_fixed += 1,
            Verdict::Open => {}
        }
        for (t, found) in task.test.iter().zip(&outcome.tests) {
            if let Some(want) = &t.output {
                wrong_candidates += found
                    .iter()
                    .filter(|f| f.prediction.as_ref().is_some_and(|p| p != want))
                    .count();
            }
        }
    }

    let threads = rayon::current_num_threads();
    let fused: Vec<String> = fused_on.iter().map(|(b, n)| format!("{b} for {n}")).collect();
    println!("fused on   {} (tasks' own samples; {threads} rayon threads)", fused.join(", "));
    println!(
        "search     {:.3} s, {:.1} tasks/s, {} fixed solvers and {} candidate families",
        run,
        tasks.len() as f64 / run.max(1e-9),
        solvers::candidates::fixed_solvers(true).count() + solvers::python::SOLVERS.len(),
        solvers::candidates::SHAPES.len()
            + solvers::candidates::FILLS.len()
            + solvers::candidates::SOURCED.len()
            + solvers::candidates::CROPS.len()
            + solvers::candidates::OVERLAYS.len()
            + solvers::candidates::MASKS.len()
            + 1,
    );
    println!("solved     {} of {} tasks", solved.len(), tasks.len());
    println!(
        "fixed      {} of {} tasks by the fixed solvers alone",
        solved_fixed.len(),
        tasks.len()
    );
    println!(
        "wrong      {} tasks ({} by the fixed solvers alone); {} fitting candidates predicted wrong",
        wrong.len(),
        wrong_fixed,
        wrong_candidates
    );
    if unknown > 0 {
        println!("unknown    {unknown} tasks lack a test output");
    }
    let slowest = ids.iter().zip(&outcomes).max_by_key(|(_, o)| o.time);
    if let Some((id, o)) = slowest {
        println!("slowest    {id} ({:.3} s)", o.time.as_secs_f64());
    }
    // A task whose candidates or whose program search reached its guard.
    let timed_out: Vec<&str> = (0..tasks.len())
        .filter(|&t| {
            outcomes[t].timed_out || searched.as_ref().is_some_and(|s| s.results[t].timed_out)
        })
        .map(|t| ids[t].as_str())
        .collect();
    if !timed_out.is_empty() {
        println!(
            "timed out  {} tasks past {} s (candidates) or {} s (search) each (what they found before counts): {}",
            timed_out.len(),
            limit.as_secs_f64(),
            search_options.task_seconds,
            timed_out.join(", ")
        );
    }
    if let Some(run) = &searched {
        search::print_summary(run, &search_options, &tasks);
    }
    let candidates_only = tasks
        .iter()
        .zip(&outcomes)
        .filter(|(task, outcome)| {
            let firsts: Vec<Option<(&Found, &Grid)>> = outcome
                .tests
                .iter()
                .map(|found| {
                    found
                        .iter()
                        .filter(|f| !f.fixed)
                        .find_map(|f| f.prediction.as_ref().map(|p| (f, p)))
                })
                .collect();
            verdict(task, &firsts) == Verdict::Solved
        })
        .count();
    let by_search = (0..tasks.len())
        .filter(|&t| search::solved_by(&tasks[t], |k| searched_attempts(t, k)))
        .count();
    let any = (0..tasks.len())
        .filter(|&t| {
            let attempts: Vec<(Grid, Grid)> = (0..tasks[t].test.len())
                .map(|k| outcomes[t].attempts(k, &tasks[t].test[k].input, &searched_attempts(t, k)))
                .collect();
            search::solved_by(&tasks[t], |k| vec![&attempts[k].0, &attempts[k].1])
        })
        .count();
    println!(
        "parts      fixed solvers {}, candidates {}, program search {}, any {} of {} tasks (fixed solvers and candidates: attempt 1; search and any: top 2)",
        solved_fixed.len(),
        candidates_only,
        by_search,
        any,
        tasks.len()
    );
    for s in &solved {
        println!("solved {s}");
    }
    if let Some(run) = &searched {
        for (task, r) in tasks.iter().zip(&run.results) {
            if search::solved_by(task, |k| r.attempts(k)) {
                let programs: Vec<&str> =
                    r.predictions.iter().map(|p| p.program.as_str()).collect();
                println!("found {} ({})", r.id, programs.join("; "));
            }
        }
    }
    for w in &wrong {
        println!("wrong {w}");
    }

    if let Some(path) = &args.submission {
        let mut sub: BTreeMap<&str, Vec<Attempts>> = BTreeMap::new();
        for (n, ((id, task), outcome)) in ids.iter().zip(&tasks).zip(&outcomes).enumerate() {
            let entries = task
                .test
                .iter()
                .enumerate()
                .map(|(k, t)| {
                    let (a, b) = outcome.attempts(k, &t.input, &searched_attempts(n, k));
                    Attempts { attempt_1: a.to_rows(), attempt_2: b.to_rows() }
                })
                .collect();
            sub.insert(id, entries);
        }
        let json = serde_json::to_string(&sub).expect("a submission serializes");
        if let Err(e) = std::fs::write(path, json) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("submission {} ({} tasks)", path.display(), sub.len());
    }
    if failed > 0 {
        println!("failed     {failed} file(s), see the errors above");
        return ExitCode::FAILURE;
    }
    if !timed_out.is_empty() {
        return ExitCode::from(3);
    }
    ExitCode::SUCCESS
}
