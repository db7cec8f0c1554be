//! The example's solver functions (`examples/arc/solvers`) on their ARC-AGI-1 training tasks:
//! every fixed solver gives every train and test output of its task, with `#[batt]` and
//! without; the `batt` search finds each of them there, and agrees with its plain twin.
//! Tests print a reason and pass when the data folder is absent, and fail then under `CI`.

#[path = "../examples/arc/solvers/mod.rs"]
#[allow(dead_code, reason = "each test takes some of the solvers")]
mod solvers;

use batt::prelude::*;
use batt_testdata::training_dir;
use solvers::{Solver, candidates, generic, python, tasks};

/// The task a solver of `tasks` is named after: `solve_<id>`.
fn task_of(name: &str) -> &str {
    name.strip_prefix("solve_").expect("task solvers are named solve_<id>")
}

/// Whether `solver` gives every train and test output of `task`; the first miss otherwise.
fn misses(solver: Solver, task: &Task) -> Option<String> {
    for (k, s) in task.train.iter().enumerate() {
        if solver(&task.train, &s.input).as_ref() != Some(&s.output) {
            return Some(format!("train pair {k}"));
        }
    }
    for (k, t) in task.test.iter().enumerate() {
        let want = t.output.as_ref().expect("training tasks have test outputs");
        if solver(&task.train, &t.input).as_ref() != Some(want) {
            return Some(format!("test pair {k}"));
        }
    }
    None
}

#[test]
fn there_are_at_least_forty_task_solvers_with_distinct_tasks() {
    let names: Vec<&str> = tasks::fused::SOLVERS.iter().map(|(n, _)| task_of(n)).collect();
    assert!(names.len() >= 40, "{} task solvers", names.len());
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len(), "one solver per task");
}

#[test]
fn every_task_solver_solves_its_task_fused_and_plain() {
    let Some(dir) = training_dir() else { return };
    assert_eq!(tasks::fused::SOLVERS.len(), tasks::plain::SOLVERS.len());
    assert!(tasks::fused::SOLVERS.len() >= 40, "{} task solvers", tasks::fused::SOLVERS.len());
    let mut failures = Vec::new();
    for ((name, fused), (plain_name, plain)) in
        tasks::fused::SOLVERS.iter().zip(tasks::plain::SOLVERS)
    {
        assert_eq!(name, plain_name);
        let task = Task::from_path(dir.join(format!("{}.json", task_of(name)))).unwrap();
        if let Some(why) = misses(*fused, &task) {
            failures.push(format!("{name} (#[batt]): {why}"));
        }
        if let Some(why) = misses(*plain, &task) {
            failures.push(format!("{name} (plain): {why}"));
        }
    }
    assert!(failures.is_empty(), "{} wrong:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn generic_solvers_solve_the_tasks_they_were_written_for() {
    let Some(dir) = training_dir() else { return };
    // A recolouring and a mirror; both are also found by the task solvers' search below.
    for (id, k) in [("b1948b0a", 1), ("67a3c6ac", 0)] {
        let task = Task::from_path(dir.join(format!("{id}.json"))).unwrap();
        let (name, f) = generic::fused::SOLVERS[k];
        assert_eq!(misses(f, &task), None, "{name} on {id}");
    }
}

#[test]
fn the_search_finds_each_task_solver_on_its_task_and_matches_its_plain_twin() {
    let Some(dir) = training_dir() else { return };
    for (name, _) in tasks::fused::SOLVERS {
        let task = Task::from_path(dir.join(format!("{}.json", task_of(name)))).unwrap();
        for t in &task.test {
            let found = candidates::fused::batt(&task.train, &t.input);
            assert_eq!(found, candidates::plain::batt(&task.train, &t.input), "{name}");
            let mine = found
                .iter()
                .find(|f| f.name == *name)
                .unwrap_or_else(|| panic!("{name} does not fit its own task; found {found:?}"));
            assert!(mine.fixed);
            assert_eq!(mine.prediction.as_ref(), t.output.as_ref(), "{name}");
        }
    }
}

#[test]
fn inferred_colours_solve_a_task_no_fixed_solver_fits() {
    // 3aa6fb7a recoloured: the corners become 6 instead of 1, which no fixed solver writes.
    let rows = |g: &Grid| g.to_rows();
    let Some(dir) = training_dir() else { return };
    let task = Task::from_path(dir.join("3aa6fb7a.json")).unwrap();
    let six = |g: &Grid| replace(g, ONE, SIX).unwrap();
    let train: Samples =
        task.train.iter().map(|s| Sample::new(s.input.clone(), six(&s.output))).collect();
    let t = &task.test[0];
    let found = candidates::fused::batt(&train, &t.input);
    assert!(found.iter().all(|f| !f.fixed), "{found:?}");
    let first = found.iter().find(|f| f.prediction.is_some()).expect("a candidate fits");
    assert_eq!(first.colors, vec![6], "{first}");
    assert_eq!(rows(first.prediction.as_ref().unwrap()), rows(&six(t.output.as_ref().unwrap())));
}

#[test]
fn the_python_solvers_convert_and_each_solves_its_task_and_is_found_by_the_search() {
    assert!(python::SKIPPED.is_empty(), "{:?}", python::SKIPPED);
    assert!(python::SOLVERS.len() >= 10, "{} Python solvers", python::SOLVERS.len());
    let Some(dir) = training_dir() else { return };
    for &(name, f) in python::SOLVERS {
        let id = task_of(name);
        assert!(!tasks::fused::SOLVERS.iter().any(|(n, _)| task_of(n) == id), "{name} twice");
        let task = Task::from_path(dir.join(format!("{id}.json"))).unwrap();
        for s in &task.train {
            assert_eq!(f(&s.input).as_ref(), Some(&s.output), "{name}: a train pair");
        }
        for t in &task.test {
            assert_eq!(f(&t.input).as_ref(), t.output.as_ref(), "{name}: a test pair");
            let found = candidates::fused::batt(&task.train, &t.input);
            let mine = found.iter().find(|f| f.name == name).expect("the search finds it");
            assert_eq!(mine.prediction.as_ref(), t.output.as_ref(), "{name}");
        }
    }
}
