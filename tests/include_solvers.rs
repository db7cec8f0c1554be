//! `include_solvers!` on a Python file written for this project (`tests/solvers/training.py`):
//! the tables list every function in file order, each skip has its reason, and every
//! converted solver solves its ARC-AGI-1 training task (when the data is present).

use std::path::PathBuf;

use batt::prelude::*;

mod training {
    batt::include_solvers!("tests/solvers/training.py");
}

const CONVERTED: &[&str] = &[
    "solve_25ff71a9",
    "solve_3c9b0459",
    "solve_a416b8f3",
    "solve_c8f0f002",
    "solve_b1948b0a",
    "solve_0d3d703e",
    "solve_6fa7a44f",
    "solve_5582e5ca",
    "solve_d2abd087",
    "solve_a61f2674",
];

#[test]
fn solvers_are_listed_in_file_order() {
    let names: Vec<&str> = training::SOLVERS.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, CONVERTED);
}

#[test]
fn skipped_functions_say_why() {
    let want: &[(&str, &str)] = &[
        ("solve_loop", "line 87: a `for` loop is outside the straight-line form"),
        ("solve_branching", "line 93: an `if` statement is outside the straight-line form"),
        ("solve_nested", "line 99: nested calls are outside the straight-line form"),
        ("solve_unknown_primitive", "line 104: unknown primitive `flood`"),
        ("solve_unknown_name", "line 109: unknown name `J`"),
        ("solve_two_parameters", "parameters other than a single `I` are not supported yet"),
        ("solve_keywords", "line 119: keyword arguments are not supported"),
        ("solve_after_return", "line 126: statements after `return`"),
        ("solve_no_return", "it never returns a value"),
    ];
    assert_eq!(training::SKIPPED, want);
}

#[test]
fn the_functions_are_plain_items() {
    let grid = Grid::from_rows(&[vec![1, 2], vec![3, 4]]).expect("a grid");
    let turned = training::solve_3c9b0459(&grid).expect("a grid");
    assert_eq!(turned, Grid::from_rows(&[vec![4, 3], vec![2, 1]]).expect("a grid"));
}

#[test]
fn solvers_solve_their_training_tasks() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/arc/arc-agi-1/training");
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    for (name, solver) in training::SOLVERS {
        let id = name.trim_start_matches("solve_");
        let task = Task::from_path(dir.join(format!("{id}.json"))).expect("task file loads");
        for (k, s) in task.train.iter().enumerate() {
            assert_eq!(solver(&s.input).as_ref(), Some(&s.output), "{name}: train pair {k}");
        }
        for (k, s) in task.test.iter().enumerate() {
            let want = s.output.as_ref().expect("training tasks have test outputs");
            assert_eq!(solver(&s.input).as_ref(), Some(want), "{name}: test pair {k}");
        }
    }
}

#[test]
fn the_runner_reports_each_included_solver_on_its_task() {
    use batt::runtime::runner::{Pairing, run_solvers};
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/arc/arc-agi-1/training");
    let Ok(tasks) = Task::from_dir(&dir) else {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    };
    let reports = run_solvers(training::SOLVERS, &tasks, Pairing::ByName);
    assert_eq!(reports.len(), CONVERTED.len());
    for (r, name) in reports.iter().zip(CONVERTED) {
        assert_eq!(r.name, *name);
        assert_eq!((r.tasks, r.solved), (1, 1), "{r:?}");
        assert_eq!((r.train_right, r.test_right), (r.train_total, r.test_total), "{r:?}");
        assert!(r.train_total > 0 && r.test_total > 0, "{r:?}");
    }
    // Every solver against every task: each still solves its own, and none solves them all.
    let all = run_solvers(training::SOLVERS, &tasks, Pairing::All);
    for r in &all {
        assert_eq!(r.tasks, tasks.len());
        assert!((1..tasks.len()).contains(&r.solved), "{r:?}");
    }
}
