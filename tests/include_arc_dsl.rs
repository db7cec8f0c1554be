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

#[test]
fn every_function_of_the_file_is_a_solver() {
    assert_eq!(arc_dsl::SOLVERS.len(), 400);
    assert_eq!(arc_dsl::SKIPPED, &[]);
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
