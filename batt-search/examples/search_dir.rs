//! Runs the program search alone over a directory of ARC task files and reports how many
//! tasks its top-2 predictions solve, with the search's totals.
//!
//! ```text
//! cargo run --release -p batt-search --example search_dir -- DIR [raised | DEPTH STATES [CELLS_MI [SECONDS]]]
//! ```
//!
//! `raised` runs [`SearchOptions::raised`]; otherwise the defaults, or the depth, budget in
//! expanded states, budget in cells (Mi) and wall-clock guard (seconds) given. Test outputs
//! are read only to score the predictions.

use std::time::Instant;

use batt_runtime::Task;
use batt_search::{How, SearchOptions, Summary, process_cpu_time, search_tasks};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: search_dir DIR [raised | DEPTH STATES [CELLS_MI [SECONDS]]]");
        std::process::exit(2);
    };
    let mut options = SearchOptions { task_seconds: 10.0, ..SearchOptions::default() };
    match args.get(1).map(String::as_str) {
        Some("raised") => options = SearchOptions::raised(),
        Some(depth) => {
            let (Ok(d), Some(Ok(s))) = (depth.parse(), args.get(2).map(|s| s.parse())) else {
                eprintln!("DEPTH and STATES must be whole numbers");
                std::process::exit(2);
            };
            options.depth = d;
            options.max_states = s;
            if let Some(c) = args.get(3) {
                let Ok(c) = c.parse::<usize>() else {
                    eprintln!("CELLS_MI must be a whole number");
                    std::process::exit(2);
                };
                options.max_cells = c << 20;
            }
            if let Some(t) = args.get(4) {
                let Ok(t) = t.parse::<f64>() else {
                    eprintln!("SECONDS must be a number");
                    std::process::exit(2);
                };
                options.task_seconds = t;
            }
        }
        None => {}
    }
    let mut paths: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            eprintln!("cannot read {dir}: {e}");
            std::process::exit(1);
        }
    };
    paths.retain(|p| p.extension().is_some_and(|x| x == "json"));
    paths.sort();
    let mut tasks = Vec::new();
    for p in &paths {
        match Task::from_path(p) {
            Ok(t) => {
                let id = p.file_stem().map_or(String::new(), |s| s.to_string_lossy().into_owned());
                tasks.push((id, t));
            }
            Err(e) => eprintln!("skipped: {e}"),
        }
    }
    let (start, cpu_start) = (Instant::now(), process_cpu_time());
    let results = search_tasks(&tasks, &options);
    let cpu = process_cpu_time().zip(cpu_start).map(|(b, a)| b.saturating_sub(a));
    let summary = Summary::new(&results, start.elapsed()).with_process_cpu(cpu);
    let how: Vec<Option<How>> = tasks
        .iter()
        .zip(&results)
        .map(|((_, t), r)| {
            let want: Vec<Option<batt_runtime::Grid>> =
                t.test.iter().map(|s| s.output.clone()).collect();
            r.solved_by(&want)
        })
        .collect();
    let solved = how.iter().filter(|h| h.is_some()).count();
    let by: Vec<String> = How::ALL
        .iter()
        .map(|&k| format!("{} by {}", how.iter().filter(|&&h| h == Some(k)).count(), k.name()))
        .collect();
    if std::env::var_os("SEARCH_DIR_LIST").is_some() {
        for (((id, _), r), h) in tasks.iter().zip(&results).zip(&how) {
            match h {
                Some(h) => {
                    let program = r
                        .predictions
                        .iter()
                        .find(|p| p.how == *h)
                        .map_or("", |p| p.program.as_str());
                    println!("solved {id} ({}: {program})", h.name())
                }
                None if r.fits > 0 => println!(
                    "wrong {id}: {} fits, {:?}",
                    r.fits,
                    &r.programs[..r.programs.len().min(3)]
                ),
                None => {}
            }
        }
    }
    let slowest = results.iter().map(|r| r.time.as_secs_f64()).fold(0.0, f64::max);
    println!(
        "solved {solved} of {} (top 2; {}), {:.1} s wall, {:.3} CPU-s a task (slowest {slowest:.2} s), {} timed out, {} at the budget",
        tasks.len(),
        by.join(", "),
        summary.wall.as_secs_f64(),
        summary.cpu_seconds_per_task(),
        summary.timed_out,
        summary.budget_hit,
    );
    println!(
        "states {} expanded, {} unique, {:.0} unique per CPU-second of the process ({:.1} CPU-s), peak memory {:.1} MiB",
        summary.expanded,
        summary.unique,
        summary.unique_per_cpu_second(),
        cpu.map_or(f64::NAN, |c| c.as_secs_f64()),
        summary.peak_memory.unwrap_or(0) as f64 / (1 << 20) as f64,
    );
}
