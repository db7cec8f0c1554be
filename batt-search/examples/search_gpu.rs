//! The search on every GPU against the search on every core, over a directory of ARC tasks:
//! the same budget, answers compared task by task, unique states per second of each, what
//! moved between host and GPU, and the time from loading to a written submission file.
//!
//! ```text
//! cargo run --release -p batt-search --features cuda --example search_gpu -- DIR [options]
//!   --raised            SearchOptions::raised() (default: the defaults)
//!   --states N          the budget in expanded states
//!   --depth D           the depth
//!   --engine E          gpu (default), cpu, both (both: answers compared), emulated,
//!                       emulated-both
//!   --kernels K         all (default), none, or a comma-separated list of transform names
//!   --batch N           tasks per batch (default: DeviceSearch::batch_tasks_for)
//!   --submission FILE   write the attempts as an ARC Prize submission (GPU run)
//!   --kernel-bench      time each kernel over DIR's inputs (first device) and exit
//!   --no-resident       states kept on the device come back (DeviceSearch::with_resident)
//! ```
//!
//! Exits 1 when `both` finds a task whose answers differ.

use std::time::Instant;

use batt_runtime::Task;
use batt_search::device::{Device, DeviceReport, DeviceSearch, Emulated, KernelTable};
use batt_search::{SearchOptions, Summary, TaskResult, process_cpu_time, search_tasks};

struct Args {
    dir: String,
    options: SearchOptions,
    engine: String,
    kernels: String,
    batch: Option<usize>,
    submission: Option<String>,
    kernel_bench: bool,
    resident: bool,
}

fn parse() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut a = Args {
        dir: String::new(),
        options: SearchOptions::default(),
        engine: "gpu".into(),
        kernels: "all".into(),
        batch: None,
        submission: None,
        kernel_bench: false,
        resident: true,
    };
    let mut states = None;
    let mut depth = None;
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--raised" => a.options = SearchOptions::raised(),
            "--states" => states = Some(value("--states")?.parse().map_err(|e| format!("{e}"))?),
            "--depth" => depth = Some(value("--depth")?.parse().map_err(|e| format!("{e}"))?),
            "--engine" => a.engine = value("--engine")?,
            "--kernels" => a.kernels = value("--kernels")?,
            "--batch" => a.batch = Some(value("--batch")?.parse().map_err(|e| format!("{e}"))?),
            "--submission" => a.submission = Some(value("--submission")?),
            "--kernel-bench" => a.kernel_bench = true,
            "--no-resident" => a.resident = false,
            d if !d.starts_with("--") && a.dir.is_empty() => a.dir = d.to_string(),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if a.dir.is_empty() {
        return Err("usage: search_gpu DIR [--raised] [--states N] [--depth D] [--engine gpu|cpu|both|emulated] [--kernels all|none|a,b] [--batch N] [--submission FILE]".into());
    }
    if let Some(s) = states {
        a.options.max_states = s;
    }
    if let Some(d) = depth {
        a.options.depth = d;
    }
    Ok(a)
}

/// The tasks of `dir` in name order; files that do not read as tasks are skipped, saying so.
fn load(dir: &str) -> Result<Vec<(String, Task)>, String> {
    let mut files = batt_runtime::read_task_dir(dir).map_err(|e| format!("{e}"))?;
    files.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(files
        .into_iter()
        .filter_map(|f| match f.task {
            Ok(t) => Some((f.id, t)),
            Err(e) => {
                eprintln!("skipped: {e}");
                None
            }
        })
        .collect())
}

/// The tasks as the search gets them: no test outputs.
fn blind(tasks: &[(String, Task)]) -> Vec<(String, Task)> {
    tasks
        .iter()
        .map(|(id, t)| {
            let mut t = t.clone();
            for s in &mut t.test {
                s.output = None;
            }
            (id.clone(), t)
        })
        .collect()
}

fn solved(tasks: &[(String, Task)], results: &[TaskResult]) -> usize {
    tasks
        .iter()
        .zip(results)
        .filter(|((_, t), r)| {
            let want: Vec<Option<batt_runtime::Grid>> =
                t.test.iter().map(|s| s.output.clone()).collect();
            r.solved_by(&want).is_some()
        })
        .count()
}

fn table(spec: &str) -> KernelTable {
    match spec {
        "all" => KernelTable::all(),
        "none" => KernelTable::none(),
        list => {
            let names: Vec<String> = list.split(',').map(|s| s.trim().to_string()).collect();
            KernelTable::only(|n| names.iter().any(|m| m == n))
        }
    }
}

fn devices(engine: &str) -> Vec<Box<dyn Device>> {
    match engine {
        "emulated" | "emulated-both" => {
            vec![Box::new(Emulated::new().expect("batt-kernels built with emulate"))]
        }
        #[cfg(feature = "cuda")]
        _ => batt_search::device::cuda::devices(),
        #[cfg(not(feature = "cuda"))]
        _ => Vec::new(),
    }
}

fn report_line(
    name: &str,
    tasks: &[(String, Task)],
    results: &[TaskResult],
    wall: f64,
    cpu: Option<f64>,
) {
    let s = Summary::new(results, std::time::Duration::from_secs_f64(wall));
    println!(
        "{name}: solved {} of {}, {:.2} s wall, {} expanded, {} unique, {:.0} unique states/s wall{}, {} at the budget, {} timed out",
        solved(tasks, results),
        tasks.len(),
        wall,
        s.expanded,
        s.unique,
        s.unique as f64 / wall.max(1e-9),
        cpu.map_or(String::new(), |c| format!(", {c:.1} CPU-s")),
        s.budget_hit,
        s.timed_out,
    );
}

fn print_devices(report: &DeviceReport) {
    for d in &report.devices {
        let t = &d.traffic;
        println!(
            "device {}: {} tasks in {} batches, busy {:.2} s, items {} on the device and {} on the CPU ({:.1}% CPU), {} declined, {} dropped on the device, {} dropped on the host, {} kept without their images, {:.1} MiB to the device, {:.1} MiB back, {} launches, {} chunks{}",
            d.name,
            d.tasks,
            d.batches,
            d.busy.as_secs_f64(),
            t.device_items,
            t.cpu_items,
            100.0 * t.cpu_items as f64 / (t.device_items + t.cpu_items).max(1) as f64,
            t.declined,
            t.device_duplicates,
            t.host_duplicates,
            t.absent,
            t.to_device as f64 / (1 << 20) as f64,
            t.to_host as f64 / (1 << 20) as f64,
            t.launches,
            t.chunks,
            d.failure.as_ref().map_or(String::new(), |f| format!(", FAILED: {f}")),
        );
    }
    println!("tasks on the CPU (no device, or a failed one): {}", report.cpu_tasks);
}

/// The ARC Prize submission of `results`: per task, per test input, two attempts (the test
/// input itself where the search has fewer).
fn write_submission(
    path: &str,
    tasks: &[(String, Task)],
    results: &[TaskResult],
) -> std::io::Result<()> {
    let mut out = serde_json::Map::new();
    for ((id, t), r) in tasks.iter().zip(results) {
        let tests: Vec<serde_json::Value> = t
            .test
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let attempts = r.attempts(k);
                let rows =
                    |i: usize| attempts.get(i).map_or_else(|| s.input.to_rows(), |g| g.to_rows());
                serde_json::json!({ "attempt_1": rows(0), "attempt_2": rows(1) })
            })
            .collect();
        out.insert(id.clone(), serde_json::Value::Array(tests));
    }
    std::fs::write(path, serde_json::Value::Object(out).to_string())
}

/// Each kernel's median time over DIR's inputs against the floor of its bytes at the rate
/// of a plain copy on the same device; the slowest first.
fn kernel_bench(args: &Args, tasks: &[(String, Task)]) {
    let mut devs = devices(&args.engine);
    let Some(dev) = devs.first_mut() else {
        eprintln!("no device");
        std::process::exit(1);
    };
    let prepared: Vec<_> =
        batt_search::prepare_many(tasks).into_iter().filter_map(Result::ok).collect();
    let refs: Vec<&batt_search::Prepared> = prepared.iter().collect();
    let (mut times, rate) = match batt_search::device::time_kernels(
        dev.as_mut(),
        &table(&args.kernels),
        &refs,
        1 << 20,
        7,
    ) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("kernel bench failed: {e}");
            std::process::exit(1);
        }
    };
    times.sort_by(|a, b| b.seconds.total_cmp(&a.seconds));
    let peak = dev.peak_bandwidth().unwrap_or(f64::NAN);
    println!(
        "device {}: plain copy of the same images {:.0} GB/s; nominal memory bandwidth {:.0} GB/s",
        dev.name(),
        rate / 1e9,
        peak / 1e9
    );
    println!(
        "| transform | jobs | median ms | MB moved | GB/s | floor ms (copy) | time / floor | floor ms (nominal) | time / nominal floor |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for t in &times {
        let floor = t.bytes as f64 / rate;
        let nominal = t.bytes as f64 / peak;
        println!(
            "| {} | {} | {:.3} | {:.1} | {:.0} | {:.3} | {:.1} | {:.3} | {:.1} |",
            t.transform,
            t.jobs,
            t.seconds * 1e3,
            t.bytes as f64 / 1e6,
            t.bytes as f64 / t.seconds / 1e9,
            floor * 1e3,
            t.seconds / floor,
            nominal * 1e3,
            t.seconds / nominal
        );
    }
}

fn main() {
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let start = Instant::now();
    let tasks = match load(&args.dir) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let searched = blind(&tasks);
    if args.kernel_bench {
        kernel_bench(&args, &searched);
        return;
    }
    println!(
        "{} tasks, depth {}, {} states a task, {} threads",
        tasks.len(),
        args.options.depth,
        args.options.max_states,
        rayon::current_num_threads()
    );
    let mut cpu_results = None;
    if args.engine == "cpu" || args.engine.ends_with("both") {
        let (t0, c0) = (Instant::now(), process_cpu_time());
        let r = search_tasks(&searched, &args.options);
        let cpu = process_cpu_time().zip(c0).map(|(b, a)| b.saturating_sub(a).as_secs_f64());
        report_line("cpu (rayon)", &tasks, &r, t0.elapsed().as_secs_f64(), cpu);
        cpu_results = Some(r);
    }
    if args.engine != "cpu" {
        let t_open = Instant::now();
        let devs = devices(&args.engine);
        let open = t_open.elapsed().as_secs_f64();
        let mut search =
            DeviceSearch::new(devs).with_kernels(table(&args.kernels)).with_resident(args.resident);
        if let Some(b) = args.batch {
            search = search.with_batch_tasks(b);
        }
        println!(
            "devices {:?} (opened in {open:.2} s), {} transforms with kernels; on the CPU: {}",
            search.device_names(),
            search.kernels().len(),
            search.kernels().on_cpu().len()
        );
        let (t0, c0) = (Instant::now(), process_cpu_time());
        let (r, report) = search.search(&searched, &args.options);
        let cpu = process_cpu_time().zip(c0).map(|(b, a)| b.saturating_sub(a).as_secs_f64());
        report_line("gpu", &tasks, &r, t0.elapsed().as_secs_f64(), cpu);
        print_devices(&report);
        if let Some(path) = &args.submission {
            if let Err(e) = write_submission(path, &tasks, &r) {
                eprintln!("cannot write {path}: {e}");
                std::process::exit(1);
            }
            println!(
                "end to end (loading, opening the devices, search, submission written): {:.2} s",
                start.elapsed().as_secs_f64()
            );
        }
        if let Some(want) = &cpu_results {
            let differ: Vec<&str> = r
                .iter()
                .zip(want)
                .filter(|(g, w)| {
                    (&g.predictions, &g.programs, g.fits, g.mapped_fits, g.expanded, g.unique)
                        != (
                            &w.predictions,
                            &w.programs,
                            w.fits,
                            w.mapped_fits,
                            w.expanded,
                            w.unique,
                        )
                })
                .map(|(g, _)| g.id.as_str())
                .collect();
            if differ.is_empty() {
                println!("same answers: all {} tasks", r.len());
            } else {
                println!("DIFFERENT answers on {} tasks: {:?}", differ.len(), differ);
                std::process::exit(1);
            }
        }
    }
}
