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
    /// Time spent in the tasks' searches, summed (CPU time: each task runs on one thread).
    pub cpu: Duration,
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
            wall,
            peak_memory: peak_memory(),
        }
    }

    /// Distinct states per CPU-second (per core).
    pub fn unique_per_cpu_second(&self) -> f64 {
        self.unique as f64 / self.cpu.as_secs_f64().max(1e-9)
    }

    /// CPU-seconds per task.
    pub fn cpu_seconds_per_task(&self) -> f64 {
        self.cpu.as_secs_f64() / self.tasks.max(1) as f64
    }
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
    fn peak_memory_is_read_on_linux() {
        if cfg!(target_os = "linux") {
            assert!(super::peak_memory().is_some_and(|b| b > 0));
        }
    }
}
