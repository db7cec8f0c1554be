//! `include_solvers!` on arc-dsl's `solvers.py` as it is (`tests/solvers/arc-dsl/`): all 400
//! functions are solvers (the 19 that Rust's static types cannot express run over dynamic
//! values), and every solver that is right in arc-dsl's Python on its
//! ARC-AGI-1 training task (train and test pairs) is right in Rust, when the data is present.

use batt::prelude::*;
use batt_testdata::training_dir;

mod arc_dsl {
    batt::include_solvers!("tests/solvers/arc-dsl/solvers.py");
}

/// The solvers whose arc-dsl Python result is wrong on a pair of their training task
/// (`scripts/arc_dsl/compare.py` reports them): the Rust ones need not be right there.
const WRONG_IN_PYTHON: &[&str] = &[
    "solve_d511f180",
    "solve_42a50994",
    "solve_10fcaaa3",
    "solve_868de0fa",
    "solve_025d127b",
    "solve_11852cab",
    "solve_a9f96cdd",
    "solve_1b60fb0c",
    "solve_9edfc990",
    "solve_d687bc17",
    "solve_ef135b50",
    "solve_cbded52d",
    "solve_e48d4e1a",
    "solve_e40b9e2f",
    "solve_82819916",
    "solve_6d58a25d",
    "solve_469497ad",
    "solve_9aec4887",
    "solve_150deff5",
];

/// The functions whose types Rust cannot express, in file order.
const DYNAMIC: &[&str] = &[
    "solve_1190e5a7",
    "solve_4be741c5",
    "solve_8e1813be",
    "solve_e26a3af2",
    "solve_f8c80d96",
    "solve_e8dc4411",
    "solve_53b68214",
    "solve_746b3537",
    "solve_f9012d9b",
    "solve_995c5fa3",
    "solve_6aa20dc0",
    "solve_36d67576",
    "solve_3befdf3e",
    "solve_0e206a2e",
    "solve_d22278a0",
    "solve_7df24a62",
    "solve_f15e1fac",
    "solve_97a05b5b",
    "solve_3e980e27",
];

#[test]
fn every_function_of_the_file_is_a_solver() {
    assert_eq!(arc_dsl::SOLVERS.len(), 400);
    assert_eq!(arc_dsl::SKIPPED, &[]);
    let dynamic: Vec<&str> = arc_dsl::DYNAMIC.iter().map(|(name, _)| *name).collect();
    assert_eq!(dynamic, DYNAMIC);
    for (name, reason) in arc_dsl::DYNAMIC {
        assert!(!reason.is_empty(), "{name}");
        assert!(arc_dsl::SOLVERS.iter().any(|(n, _)| n == name), "{name} is a solver");
    }
}

#[test]
fn the_dynamic_solvers_solve_their_training_tasks() {
    let Some(dir) = training_dir() else { return };
    for name in DYNAMIC {
        let (_, solver) = arc_dsl::SOLVERS.iter().find(|(n, _)| n == name).expect("listed");
        let task = Task::from_path(dir.join(format!("{}.json", &name[6..]))).expect("loads");
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
fn solvers_right_in_python_are_right_in_rust() {
    let Some(dir) = training_dir() else { return };
    let mut wrong = Vec::new();
    for (name, solver) in arc_dsl::SOLVERS {
        if WRONG_IN_PYTHON.contains(name) {
            continue;
        }
        let id = name.trim_start_matches("solve_");
        let task = Task::from_path(dir.join(format!("{id}.json"))).expect("task file loads");
        let pairs = task.train.iter().map(|s| (&s.input, Some(&s.output)));
        let tests = task.test.iter().map(|s| (&s.input, s.output.as_ref()));
        for (k, (input, want)) in pairs.chain(tests).enumerate() {
            let want = want.expect("training tasks have test outputs");
            if solver(input).as_ref() != Some(want) {
                wrong.push(format!("{name}: pair {k}"));
            }
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}
