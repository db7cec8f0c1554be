//! `include_solvers!` on Python files written for this project: `tests/solvers/training.py`
//! (arc-dsl solvers: the tables list every function in file order, each skip has its reason,
//! and every converted solver solves its ARC-AGI-1 training task when the data is present)
//! and `tests/solvers/batt.py` (batt-style functions of `S`, `I` and `C`: their table, their
//! skips, and the sample pattern fused by `#[batt]` without changing any result).

use batt::prelude::*;
use batt::runtime::fuse::{Counts, counts};
use batt_testdata::{TASKS_PER_SPLIT, training_dir};

mod training {
    batt::include_solvers!("tests/solvers/training.py");
}

/// The batt-style functions, with the sample pattern fused.
mod batts {
    batt::include_solvers!("tests/solvers/batt.py");
}

/// The same functions as written: no `#[batt]`.
mod plain {
    batt::include_solvers!("tests/solvers/batt.py", unfused);
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
        (
            "solve_two_parameters",
            "unknown parameter `color`: the parameters are `S` (the samples), `I` (a grid), \
             `C` (a candidate output grid), `task_id` and `log_path` (strings)",
        ),
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
    let Some(dir) = training_dir() else { return };
    assert_eq!(training::SOLVERS.len(), CONVERTED.len());
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
    let Some(tasks) = training_tasks() else { return };
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

/// The ARC-AGI-1 training tasks, or `None` (saying so) when they are absent.
fn training_tasks() -> Option<Vec<(String, Task)>> {
    let dir = training_dir()?;
    let tasks = Task::from_dir(&dir).unwrap_or_else(|e| panic!("loading {}: {e}", dir.display()));
    assert_eq!(tasks.len(), TASKS_PER_SPLIT, "{}", dir.display());
    Some(tasks)
}

/// The fused calls `run` makes on this thread, and its result.
fn calls<T>(run: impl FnOnce() -> T) -> (Counts, T) {
    let before = counts();
    let out = run();
    (counts().since(before), out)
}

fn c(samples: usize, sides: usize, patterns: usize, reuses: usize) -> Counts {
    Counts { samples, sides, patterns, reuses, unfused: 0 }
}

/// Each batt function and the fused calls one call of it makes: whole instances, halves,
/// shared patterns and their reuses.
const BATTS: &[(&str, [usize; 4])] = &[
    ("batt_new_colour", [1, 0, 0, 0]),
    ("batt", [1, 0, 0, 0]),
    ("batt_candidate_first", [0, 0, 0, 0]),
    ("batt_samples_only", [0, 1, 0, 0]),
    ("batt_half", [0, 1, 0, 0]),
    ("batt_twice", [0, 0, 1, 1]),
    ("batt_grids_rebound", [0, 0, 0, 0]),
];

#[test]
fn batt_functions_are_listed_with_their_parameters_in_file_order() {
    let solvers: Vec<&str> = batts::SOLVERS.iter().map(|(name, _)| *name).collect();
    assert_eq!(solvers, ["solve_b1948b0a"]);
    let names: Vec<&str> = batts::BATTS.iter().map(|(name, _)| *name).collect();
    let want: Vec<&str> = BATTS.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, want);
    let plain: Vec<&str> = plain::BATTS.iter().map(|(name, _)| *name).collect();
    assert_eq!(plain, want);
    // Each keeps the signature its parameters give, in their order.
    let _: fn(&Samples, &Grid) -> Option<Grid> = batts::batt_new_colour;
    let _: fn(&Samples, &Grid, &Grid) -> Option<Grid> = batts::batt;
    let _: fn(&Grid, &Grid) -> Option<Grid> = batts::batt_candidate_first;
    let _: fn(&Samples) -> Option<Grid> = batts::batt_samples_only;
}

#[test]
fn batt_functions_outside_the_form_say_why() {
    let known = "the parameters are `S` (the samples), `I` (a grid), `C` (a candidate \
                 output grid), `task_id` and `log_path` (strings)";
    let unknown = format!("unknown parameter `K`: {known}");
    let want: &[(&str, &str)] = &[
        ("batt_unknown_parameter", &unknown),
        ("batt_default", "parameter `C` has a default value, which is not supported"),
        ("batt_variadic", "parameter `*args`: variadic parameters are not supported"),
        ("batt_variadic_keywords", "parameter `**kwargs`: variadic parameters are not supported"),
        ("batt_keyword_only", "parameter `I`: keyword-only parameters are not supported"),
        (
            "batt_annotated",
            "parameter `I` has an annotation; a parameter's type is given by its name",
        ),
        (
            "batt_no_parameters",
            "it has no parameters; the parameters are `S`, `I`, `C`, `task_id` and `log_path`",
        ),
        ("batt_nested", "line 145: nested calls are outside the straight-line form"),
    ];
    assert_eq!(batts::SKIPPED, want);
    assert_eq!(plain::SKIPPED, want);
}

#[test]
fn the_table_passes_each_function_the_parameters_it_declares() {
    let g = |rows: &[&[Color]]| Grid::from_rows(rows).unwrap();
    let samples: Samples = vec![Sample::new(g(&[&[1, 1], &[1, 2]]), g(&[&[3, 1], &[1, 2]]))].into();
    let (i, candidate) = (g(&[&[4, 4], &[4, 5]]), g(&[&[5, 1], &[6, 7]]));
    for (name, f) in batts::BATTS {
        let direct = match *name {
            "batt_new_colour" => batts::batt_new_colour(&samples, &i),
            "batt" => batts::batt(&samples, &i, &candidate),
            "batt_candidate_first" => batts::batt_candidate_first(&candidate, &i),
            "batt_samples_only" => batts::batt_samples_only(&samples),
            "batt_half" => batts::batt_half(&samples, &i),
            "batt_twice" => batts::batt_twice(&samples, &i),
            "batt_grids_rebound" => batts::batt_grids_rebound(&samples, &i),
            other => panic!("unexpected {other}"),
        };
        assert_eq!(f(&samples, &i, &candidate), direct, "{name}");
    }
    // What a few of them compute, checked by hand. The inputs' colours are 1 and 2, the
    // outputs' 1, 2 and 3: 3 is new. `batt` turns the candidate's 5 (the input's least
    // colour) into 3 (the outputs' last colour), then its 1 (the inputs' first) into 5.
    assert_eq!(batts::batt_new_colour(&samples, &i), Some(g(&[&[3, 3], &[3, 5]])));
    assert_eq!(batts::batt(&samples, &i, &candidate), Some(g(&[&[4, 4, 3, 5], &[4, 5, 6, 7]])));
    assert_eq!(
        batts::batt_candidate_first(&candidate, &i),
        Some(g(&[&[5, 1], &[6, 7], &[4, 4], &[4, 5]]))
    );
    assert_eq!(batts::batt_samples_only(&samples), Some(g(&[&[3, 3], &[3, 2]])));
}

#[test]
fn the_one_parameter_solver_with_batt_primitives_solves_its_task() {
    let Some(tasks) = training_tasks() else { return };
    let (_, task) = tasks.iter().find(|(id, _)| id == "b1948b0a").expect("task b1948b0a");
    let (_, solver) = batts::SOLVERS[0];
    for s in &task.train {
        assert_eq!(solver(&s.input).as_ref(), Some(&s.output));
    }
    for s in &task.test {
        assert_eq!(solver(&s.input), s.output);
    }
}

/// Every batt function, fused and as written, on every pair of every ARC-AGI-1 training task
/// (`S` the task's train pairs, `I` the pair's input, `C` its output): the same result each
/// time, and the fused one made exactly its fused calls while the other made none.
#[test]
fn fusing_the_converted_pattern_changes_no_result_on_the_training_tasks() {
    let Some(tasks) = training_tasks() else { return };
    assert_eq!(tasks.len(), 400);
    let mut some = vec![0usize; BATTS.len()];
    let mut runs = 0;
    for (id, task) in &tasks {
        let s = &task.train;
        let pairs = task.train.iter().map(|p| (&p.input, Some(&p.output)));
        let pairs = pairs.chain(task.test.iter().map(|p| (&p.input, p.output.as_ref())));
        for (k, (i, o)) in pairs.enumerate() {
            let candidate = o.unwrap_or(i);
            for (n, (&(name, expected), (&(fused_name, fused), &(plain_name, plain)))) in
                BATTS.iter().zip(batts::BATTS.iter().zip(plain::BATTS)).enumerate()
            {
                assert_eq!((fused_name, plain_name), (name, name));
                let (fused_calls, got) = calls(|| fused(s, i, candidate));
                let (plain_calls, want) = calls(|| plain(s, i, candidate));
                assert_eq!(got, want, "{name} on {id}, pair {k}");
                let [a, b, p, r] = expected;
                assert_eq!(fused_calls, c(a, b, p, r), "{name} on {id}, pair {k}");
                assert_eq!(plain_calls, Counts::default(), "{name} on {id}, pair {k}");
                some[n] += usize::from(got.is_some());
                runs += 1;
            }
        }
    }
    // The comparison is not vacuous: every function gives a grid on many pairs.
    for ((name, _), some) in BATTS.iter().zip(&some) {
        assert!(*some > 100, "{name} gave a grid on only {some} pairs");
    }
    assert!(runs > 10_000, "{runs}");
}
