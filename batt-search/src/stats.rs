//! Totals over a run of the search: states, speed, time per task, peak memory.

use std::time::Duration;

use crate::search::TaskResult;

/// Totals over the results of one run of [`crate::search_tasks`].
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Tasks searched (with or without an error).
    pub tasks: usize,
    /// Tasks with at least one prediction.
    pub predicted: usize,
    /// Tasks the wall-clock guard stopped.
    pub timed_out: usize,
    /// Tasks the budget in expanded states or in cells stopped.
    pub budget_hit: usize,
    /// States expanded (transform applications), over all tasks.
    pub expanded: u64,
    /// Distinct states kept, over all tasks.
    pub unique: u64,
    /// Time spent in the tasks' searches, summed over tasks (each task's own wall time).
    pub cpu: Duration,
    /// The CPU time of the whole process during the run (all threads), where the caller
    /// measured it ([`Summary::with_process_cpu`], [`process_cpu_time`]). The speed and the
    /// CPU-seconds per task use it where known: with other work on the machine, or a task's
    /// blocks spread over threads, the tasks' own times are not their CPU time.
    pub process_cpu: Option<Duration>,
    /// The run's wall-clock time, as the caller measured it.
    pub wall: Duration,
    /// The process's peak resident memory in bytes, where the system tells it.
    pub peak_memory: Option<u64>,
}

impl Summary {
    /// The totals of `results`, for a run that took `wall`; reads the peak memory now.
    pub fn new(results: &[TaskResult], wall: Duration) -> Summary {
        Summary {
            tasks: results.len(),
            predicted: results.iter().filter(|r| !r.predictions.is_empty()).count(),
            timed_out: results.iter().filter(|r| r.timed_out).count(),
            budget_hit: results.iter().filter(|r| r.budget_hit).count(),
            expanded: results.iter().map(|r| r.expanded).sum(),
            unique: results.iter().map(|r| r.unique).sum(),
            cpu: results.iter().map(|r| r.time).sum(),
            process_cpu: None,
            wall,
            peak_memory: peak_memory(),
        }
    }

    /// The same totals with `cpu`, the process's CPU time during the run, where known.
    pub fn with_process_cpu(self, cpu: Option<Duration>) -> Summary {
        Summary { process_cpu: cpu, ..self }
    }

    /// The CPU time the speed is reckoned on: the process's where known, else the tasks'.
    fn cpu_time(&self) -> Duration {
        self.process_cpu.unwrap_or(self.cpu)
    }

    /// Distinct states per CPU-second (per core).
    pub fn unique_per_cpu_second(&self) -> f64 {
        self.unique as f64 / self.cpu_time().as_secs_f64().max(1e-9)
    }

    /// CPU-seconds per task.
    pub fn cpu_seconds_per_task(&self) -> f64 {
        self.cpu_time().as_secs_f64() / self.tasks.max(1) as f64
    }
}

/// The CPU time of this process so far (user and system, all threads), from
/// `/proc/self/stat` in clock ticks of 1/100 s; `None` where that file is missing (systems
/// other than Linux).
pub fn process_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// The process's peak resident memory in bytes (`VmHWM` of `/proc/self/status`); `None`
/// where that file is missing or unreadable (systems other than Linux).
pub fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 =
        line.trim_start_matches("VmHWM:").trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    #[test]
    fn process_cpu_time_grows_with_work_on_linux() {
        if cfg!(target_os = "linux") {
            let before = super::process_cpu_time().expect("linux has /proc/self/stat");
            let mut x = 0u64;
            let start = std::time::Instant::now();
            while start.elapsed() < std::time::Duration::from_millis(50) {
                x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(7));
            }
            let after = super::process_cpu_time().expect("linux has /proc/self/stat");
            assert!(after > before, "{before:?} then {after:?} ({x})");
        }
    }

    #[test]
    fn peak_memory_is_read_on_linux() {
        if cfg!(target_os = "linux") {
            assert!(super::peak_memory().is_some_and(|b| b > 0));
        }
    }
}
