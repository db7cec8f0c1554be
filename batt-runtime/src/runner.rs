//! Runs a table of single-input solvers (`fn(&Grid) -> Option<Grid>`, as `include_solvers!`
//! makes them) over tasks, in parallel over tasks, and reports per solver how many train and
//! test pairs it got right and how long it took.
//!
//! [`run_solvers_with`] bounds each task's wall-clock time ([`RunOptions::task_limit`]): the
//! task's solvers run under a [`deadline`](crate::deadline); a solver still running at the
//! deadline has its result discarded, the task's remaining solvers are skipped, and the task
//! is reported as timed out. What the task's solvers gave before the deadline still counts.

use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::deadline;
use crate::grid::Grid;
use crate::samples::Task;

/// A solver of one input grid.
pub type Solver = fn(&Grid) -> Option<Grid>;

/// Which tasks each solver is run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pairing {
    /// `solve_<id>` (or `<id>`) runs on the task `<id>` only, as arc-dsl's solvers are named.
    ByName,
    /// Every solver runs on every task.
    All,
}

/// What one solver did over the tasks it ran on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SolverReport {
    /// The solver's name.
    pub name: String,
    /// Tasks it ran on.
    pub tasks: usize,
    /// Train pairs whose output it predicted exactly.
    pub train_right: usize,
    /// Train pairs it ran on.
    pub train_total: usize,
    /// Test pairs with a known output that it predicted exactly.
    pub test_right: usize,
    /// Test pairs with a known output that it ran on.
    pub test_total: usize,
    /// Tasks on which every train pair and every known test pair was right (at least one).
    pub solved: usize,
    /// Time spent in the solver, summed over its calls.
    pub time: Duration,
    /// Tasks on which it was cut off or skipped by the task's time limit (its pairs from
    /// then on count as not right).
    pub timed_out: usize,
}

/// How [`run_solvers_with`] runs: by default, without a time limit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunOptions {
    /// The wall-clock time each task's solvers may take together, or `None` for no limit.
    pub task_limit: Option<Duration>,
}

impl RunOptions {
    /// These options with each task's solvers limited to `limit` of wall-clock time.
    pub fn task_limit(self, limit: Duration) -> Self {
        Self { task_limit: Some(limit) }
    }
}

/// What [`run_solvers_with`] did: per solver, and which tasks ran out of time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunReport {
    /// One report per solver, in the table's order.
    pub solvers: Vec<SolverReport>,
    /// The ids of the tasks that reached their time limit, in the tasks' order.
    pub timed_out: Vec<String>,
}

/// The task id a solver name stands for under [`Pairing::ByName`].
fn task_of(name: &str) -> &str {
    name.strip_prefix("solve_").unwrap_or(name)
}

/// Runs `solvers` on `tasks` (`(id, task)` pairs), every train and test input, tasks in
/// parallel; one report per solver, in the table's order.
///
/// ```
/// use batt_runtime::runner::{Pairing, run_solvers};
/// use batt_runtime::{Grid, Task};
/// fn solve_t1(i: &Grid) -> Option<Grid> { Some(i.clone()) }
/// let task = Task::from_json_str(r#"{"train": [{"input": [[1]], "output": [[1]]}],
///                                    "test": [{"input": [[2]], "output": [[3]]}]}"#).unwrap();
/// let reports = run_solvers(&[("solve_t1", solve_t1)], &[("t1".into(), task)], Pairing::ByName);
/// assert_eq!((reports[0].train_right, reports[0].test_right, reports[0].solved), (1, 0, 0));
/// ```
pub fn run_solvers(
    solvers: &[(&str, Solver)],
    tasks: &[(String, Task)],
    pairing: Pairing,
) -> Vec<SolverReport> {
    run_solvers_with(solvers, tasks, pairing, RunOptions::default()).solvers
}

/// [`run_solvers`] with options: with [`RunOptions::task_limit`], each task's solvers run
/// under a deadline that long after the task starts, and the tasks that reach it are listed.
///
/// ```
/// use std::time::Duration;
/// use batt_runtime::runner::{Pairing, RunOptions, run_solvers_with};
/// use batt_runtime::{Grid, Task, deadline};
/// fn stall(i: &Grid) -> Option<Grid> {
///     while !deadline::expired() {}
///     Some(i.clone())
/// }
/// let task = Task::from_json_str(r#"{"train": [{"input": [[1]], "output": [[1]]}]}"#).unwrap();
/// let options = RunOptions::default().task_limit(Duration::from_millis(10));
/// let run = run_solvers_with(&[("stall", stall)], &[("t".into(), task)], Pairing::All, options);
/// assert_eq!(run.timed_out, ["t"]);
/// assert_eq!((run.solvers[0].train_right, run.solvers[0].timed_out), (0, 1));
/// ```
pub fn run_solvers_with(
    solvers: &[(&str, Solver)],
    tasks: &[(String, Task)],
    pairing: Pairing,
    options: RunOptions,
) -> RunReport {
    let per_task: Vec<(bool, Vec<(usize, SolverReport)>)> = tasks
        .par_iter()
        .map(|(id, task)| {
            let run = || {
                let reports = solvers
                    .iter()
                    .enumerate()
                    .filter(|(_, (name, _))| pairing == Pairing::All || task_of(name) == id)
                    .map(|(k, (name, solver))| (k, run_one(name, *solver, task)))
                    .collect::<Vec<_>>();
                (reports.iter().any(|(_, r)| r.timed_out > 0), reports)
            };
            match options.task_limit {
                // A deadline of its own: rayon may run this task on a thread that waits
                // inside another task, whose deadline is not this one's.
                Some(limit) => match Instant::now().checked_add(limit) {
                    Some(at) => deadline::fresh(at, run),
                    None => run(),
                },
                None => run(),
            }
        })
        .collect();
    let timed_out = tasks
        .iter()
        .zip(&per_task)
        .filter(|(_, (out, _))| *out)
        .map(|((id, _), _)| id.clone())
        .collect();
    let mut reports: Vec<SolverReport> = solvers
        .iter()
        .map(|(name, _)| SolverReport {
            name: name.to_string(),
            tasks: 0,
            train_right: 0,
            train_total: 0,
            test_right: 0,
            test_total: 0,
            solved: 0,
            time: Duration::ZERO,
            timed_out: 0,
        })
        .collect();
    for (k, r) in per_task.into_iter().flat_map(|(_, r)| r) {
        let total = &mut reports[k];
        total.tasks += r.tasks;
        total.train_right += r.train_right;
        total.train_total += r.train_total;
        total.test_right += r.test_right;
        total.test_total += r.test_total;
        total.solved += r.solved;
        total.time += r.time;
        total.timed_out += r.timed_out;
    }
    RunReport { solvers: reports, timed_out }
}

/// One solver on one task. Past this thread's deadline the solver is not called, and an
/// output it gives after the deadline is discarded (a computation cut short is no answer).
fn run_one(name: &str, solver: Solver, task: &Task) -> SolverReport {
    let mut time = Duration::ZERO;
    let mut cut = false;
    let mut timed = |input: &Grid| {
        if deadline::expired_now() {
            cut = true;
            return None;
        }
        let start = Instant::now();
        let out = solver(input);
        time += start.elapsed();
        if deadline::expired_now() {
            cut = true;
            return None;
        }
        out
    };
    let train_total = task.train.len();
    let train_right =
        task.train.iter().filter(|p| timed(&p.input).as_ref() == Some(&p.output)).count();
    let known: Vec<_> =
        task.test.iter().filter_map(|t| t.output.as_ref().map(|o| (t, o))).collect();
    let test_right = known.iter().filter(|(t, o)| timed(&t.input).as_ref() == Some(*o)).count();
    let all_right = train_right == train_total && test_right == known.len();
    SolverReport {
        name: name.to_string(),
        tasks: 1,
        train_right,
        train_total,
        test_right,
        test_total: known.len(),
        solved: usize::from(all_right && train_total + known.len() > 0),
        time,
        timed_out: usize::from(cut),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(i: &Grid) -> Option<Grid> {
        Some(i.clone())
    }

    fn nothing(_: &Grid) -> Option<Grid> {
        None
    }

    fn task(json: &str) -> Task {
        Task::from_json_str(json).unwrap()
    }

    #[test]
    fn counts_pairs_by_name_and_for_all() {
        let same = task(
            r#"{"train": [{"input": [[1]], "output": [[1]]}, {"input": [[2]], "output": [[2]]}],
                "test": [{"input": [[3]], "output": [[3]]}, {"input": [[4]]}]}"#,
        );
        let other = task(
            r#"{"train": [{"input": [[1]], "output": [[5]]}],
                "test": [{"input": [[3]], "output": [[3]]}]}"#,
        );
        let tasks = vec![("same".to_string(), same), ("other".to_string(), other)];
        let table: [(&str, Solver); 2] = [("solve_same", identity), ("nothing", nothing)];

        let by_name = run_solvers(&table, &tasks, Pairing::ByName);
        assert_eq!(by_name.len(), 2);
        let r = &by_name[0];
        assert_eq!((r.name.as_str(), r.tasks, r.solved), ("solve_same", 1, 1));
        assert_eq!((r.train_right, r.train_total, r.test_right, r.test_total), (2, 2, 1, 1));
        assert_eq!(by_name[1].tasks, 0, "`nothing` names no task");

        let all = run_solvers(&table, &tasks, Pairing::All);
        let r = &all[0];
        assert_eq!((r.tasks, r.solved), (2, 1));
        assert_eq!((r.train_right, r.train_total, r.test_right, r.test_total), (2, 3, 2, 2));
        let r = &all[1];
        assert_eq!((r.tasks, r.solved, r.train_right, r.test_right), (2, 0, 0, 0));
    }

    /// The identity, but on an input whose first cell is 9 it first waits for the deadline.
    fn stall_on_nine(i: &Grid) -> Option<Grid> {
        if i.get(0, 0) == Some(9) {
            while !deadline::expired() {
                std::hint::spin_loop();
            }
        }
        Some(i.clone())
    }

    #[test]
    fn a_task_past_its_limit_is_timed_out_and_keeps_what_came_before() {
        let quick = task(
            r#"{"train": [{"input": [[1]], "output": [[1]]}],
                "test": [{"input": [[2]], "output": [[2]]}]}"#,
        );
        let slow = task(
            r#"{"train": [{"input": [[1]], "output": [[1]]}, {"input": [[9]], "output": [[9]]}],
                "test": [{"input": [[3]], "output": [[3]]}]}"#,
        );
        let tasks = vec![("quick".to_string(), quick), ("slow".to_string(), slow)];
        let table: [(&str, Solver); 2] = [("stall_on_nine", stall_on_nine), ("identity", identity)];
        let options = RunOptions::default().task_limit(Duration::from_millis(200));
        let run = run_solvers_with(&table, &tasks, Pairing::All, options);
        assert_eq!(run.timed_out, ["slow"]);
        let stall = &run.solvers[0];
        assert_eq!((stall.tasks, stall.solved, stall.timed_out), (2, 1, 1));
        assert_eq!(
            (stall.train_right, stall.train_total, stall.test_right, stall.test_total),
            (2, 3, 1, 2),
            "the slow task's first pair, right before the deadline, counts; the stalled one not"
        );
        let id = &run.solvers[1];
        assert_eq!((id.tasks, id.solved, id.timed_out), (2, 1, 1), "skipped on the slow task");
        assert_eq!((id.train_right, id.test_right), (1, 1));
        assert_eq!(deadline::current(), None, "no deadline left on this thread");

        let unlimited = run_solvers_with(&table[1..], &tasks, Pairing::All, RunOptions::default());
        assert!(unlimited.timed_out.is_empty());
        assert_eq!((unlimited.solvers[0].solved, unlimited.solvers[0].timed_out), (2, 0));
    }
}
