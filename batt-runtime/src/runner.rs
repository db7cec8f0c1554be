//! Runs a table of single-input solvers (`fn(&Grid) -> Option<Grid>`, as `include_solvers!`
//! makes them) over tasks, in parallel over tasks, and reports per solver how many train and
//! test pairs it got right and how long it took.

use std::time::{Duration, Instant};

use rayon::prelude::*;

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
    let per_task: Vec<Vec<(usize, SolverReport)>> = tasks
        .par_iter()
        .map(|(id, task)| {
            solvers
                .iter()
                .enumerate()
                .filter(|(_, (name, _))| pairing == Pairing::All || task_of(name) == id)
                .map(|(k, (name, solver))| (k, run_one(name, *solver, task)))
                .collect()
        })
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
        })
        .collect();
    for (k, r) in per_task.into_iter().flatten() {
        let total = &mut reports[k];
        total.tasks += r.tasks;
        total.train_right += r.train_right;
        total.train_total += r.train_total;
        total.test_right += r.test_right;
        total.test_total += r.test_total;
        total.solved += r.solved;
        total.time += r.time;
    }
    reports
}

/// One solver on one task.
fn run_one(name: &str, solver: Solver, task: &Task) -> SolverReport {
    let mut time = Duration::ZERO;
    let mut timed = |input: &Grid| {
        let start = Instant::now();
        let out = solver(input);
        time += start.elapsed();
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
}
