//! Runs the fused sample pattern and a set of `#[batt]` solver functions over ARC tasks, and
//! prints a summary and which tasks each solver solved.
//!
//! ```text
//! cargo run --release --example arc                        # the tasks embedded here
//! cargo run --release --example arc -- --data ../shared/arc/arc-agi-1/training
//! cargo run --release --example arc -- --data DIR --backend rayon
//! cargo run --release --example arc -- --data DIR --emit-pattern   # JSON lines
//! ```

mod embedded;
mod solvers;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use batt::prelude::*;
use batt::runtime::{batch_process_many_with, read_task_dir};
use clap::Parser;
use serde::Serialize;

/// Runs the fused sample pattern of batt over ARC tasks.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// A directory of ARC JSON task files (default: a few tasks embedded in the example).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Where the pattern runs: cpu, rayon or auto (default: BATT_BACKEND, else auto).
    #[arg(long)]
    backend: Option<Backend>,
    /// Print one JSON object per task, per line, with the train pairs' palettes, instead of
    /// the summary.
    #[arg(long)]
    emit_pattern: bool,
}

/// One line of `--emit-pattern`, keys in this order.
#[derive(Serialize)]
struct PatternLine<'a> {
    task: &'a str,
    input_colors: &'a [Color],
    output_colors: &'a [Color],
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
                for f in files {
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
    } else {
        let grids: usize = samples.iter().map(|s| 2 * s.len()).sum();
        let cells: usize = samples.iter().map(Samples::cell_count).sum();
        let chosen = backend.resolve_many(&samples);
        println!("tasks      {}", tasks.len());
        println!("grids      {grids}");
        println!("cells      {cells}");
        println!("backend    {backend} -> {chosen}");
        println!("wall time  {:.3} ms", wall.as_secs_f64() * 1e3);
        let start = Instant::now();
        let mut solved_any = 0;
        let mut by_solver = vec![Vec::new(); solvers::SOLVERS.len()];
        for (id, task) in ids.iter().zip(&tasks) {
            let mut solved = false;
            for (k, (_, solver)) in solvers::SOLVERS.iter().enumerate() {
                if solves(*solver, task) {
                    by_solver[k].push(id.as_str());
                    solved = true;
                }
            }
            solved_any += usize::from(solved);
        }
        println!("solvers    {:.3} ms", start.elapsed().as_secs_f64() * 1e3);
        for ((name, _), ids) in solvers::SOLVERS.iter().zip(&by_solver) {
            println!("solver {name:<18} {:>3} solved: {}", ids.len(), ids.join(" "));
        }
        println!("solved     {solved_any} of {} tasks", tasks.len());
        if failed > 0 {
            println!("failed     {failed} file(s), see the errors above");
        }
    }
    if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// Whether a solver predicts every test output of a task, all of them known.
fn solves(solver: solvers::Solver, task: &Task) -> bool {
    !task.test.is_empty()
        && task.test.iter().all(|t| {
            t.output.is_some() && solver(&task.train, &t.input).as_ref() == t.output.as_ref()
        })
}
