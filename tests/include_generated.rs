//! `include_solvers!` on `tests/solvers/generated.py`: functions in the shape program search
//! writes (`def batt_NN(task_id, S, I, C, log_path)`, lists built with `append`, each line
//! that may fail in a `try` with its fallback, `return o, s`), over 1,000 lines, written by
//! `scripts/arc_dsl/generate_batt.py`. Each converts (strictly), lands in `LISTS`, fuses the
//! sample pattern, and returns on every ARC-AGI-1 training task the lists arc-dsl's Python
//! returns, with the same failing line where Python raises:
//! `tests/solvers/generated.golden` holds, per task and function, each list's length and
//! the hash of its `repr` (written by `scripts/arc_dsl/lists_golden.py`, which runs the file
//! with arc-dsl).

use batt::prelude::*;
use batt::runtime::fuse::{Counts, counts};
use batt::runtime::lists::list_repr;
use batt_testdata::training_dir;
use rayon::prelude::*;

mod generated {
    batt::include_solvers!("tests/solvers/generated.py", strict);
}

mod unfused {
    batt::include_solvers!("tests/solvers/generated.py", strict, unfused);
}

const GOLDEN: &str = include_str!("solvers/generated.golden");

/// The function's type in `LISTS`.
type ListsFn = fn(&str, &Samples, &Grid, &Grid, &str) -> Lists;

/// One line of the golden file: what Python gave for one function on one task.
struct Expected<'a> {
    task: &'a str,
    function: &'a str,
    failed_at: Option<usize>,
    /// Each list's length and the FNV-1a hash of its `repr`, `"23:69e4425bef75d2e5"`.
    lists: Vec<&'a str>,
}

fn golden() -> Vec<Expected<'static>> {
    GOLDEN
        .lines()
        .map(|line| {
            let mut words = line.split(' ');
            let mut next = || words.next().unwrap_or_else(|| panic!("short line: {line}"));
            let (task, function, failed) = (next(), next(), next());
            let failed_at = (failed != "-").then(|| failed.parse().expect("a line number"));
            Expected { task, function, failed_at, lists: words.collect() }
        })
        .collect()
}

/// 64-bit FNV-1a, as `lists_golden.py` computes it.
fn fnv1a(text: &str) -> u64 {
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// The golden form of a function's lists: `length:hash` each.
fn summary(lists: &Lists) -> Vec<String> {
    lists.lists.iter().map(|l| format!("{}:{:016x}", l.len(), fnv1a(&list_repr(l)))).collect()
}

fn function(table: &'static [(&'static str, ListsFn)], name: &str) -> ListsFn {
    table.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("no function {name}")).1
}

const NAMES: [&str; 6] = ["batt_00", "batt_01", "batt_02", "batt_03", "batt_04", "batt_05"];

#[test]
fn every_function_converts_into_the_lists_table() {
    let names: Vec<&str> = generated::LISTS.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, NAMES);
    assert!(generated::SOLVERS.is_empty() && generated::BATTS.is_empty());
    assert!(generated::SKIPPED.is_empty());
    let _: ListsFn = generated::batt_00;
    let source = include_str!("solvers/generated.py");
    let statements = source.lines().filter(|l| l.starts_with("    ")).count();
    assert!(statements >= 1000, "{statements} statements");
}

#[test]
fn the_sample_pattern_is_fused_in_each_function() {
    let grid = Grid::from_rows(&[[1, 2], [3, 4]]).expect("a grid");
    let samples = Samples::from(vec![Sample::new(grid.clone(), grid.clone())]);
    for (name, f) in generated::LISTS {
        let before = counts();
        let fused = f("task", &samples, &grid, &grid, "");
        let made = counts().since(before);
        assert_eq!(made, Counts { samples: 1, ..Counts::default() }, "{name}");
        let plain = function(unfused::LISTS, name)("task", &samples, &grid, &grid, "");
        assert_eq!(fused, plain, "{name}");
    }
}

#[test]
fn the_lists_are_python_s_on_the_training_tasks() {
    let Some(dir) = training_dir() else { return };
    let expected = golden();
    assert_eq!(expected.len(), 400 * NAMES.len(), "generated.golden: tasks x functions");
    let wrong: Vec<String> = expected
        .par_iter()
        .filter_map(|e| {
            let task = Task::from_path(dir.join(format!("{}.json", e.task))).expect("task loads");
            let test = &task.test[0];
            let output = test.output.as_ref().expect("training tasks have test outputs");
            let lists = function(generated::LISTS, e.function)(
                e.task,
                &task.train,
                &test.input,
                output,
                "",
            );
            let got = summary(&lists);
            (lists.failed_at != e.failed_at || got != e.lists).then(|| {
                format!(
                    "{} {}: failed at {:?}, lists {:?}; Python: {:?}, {:?}",
                    e.task, e.function, lists.failed_at, got, e.failed_at, e.lists
                )
            })
        })
        .collect();
    let failed = expected.iter().filter(|e| e.failed_at.is_some()).count();
    assert!(failed > 0 && failed < expected.len(), "both paths are exercised: {failed}");
    assert!(
        wrong.is_empty(),
        "{} of {} differ:\n{}",
        wrong.len(),
        expected.len(),
        wrong[..wrong.len().min(20)].join("\n")
    );
}

/// Prints one function's records on one task, one a line, as `lists_golden.py --show` does:
/// `BATT_SHOW="<task> <function>" cargo test --test include_generated show -- --ignored`.
#[test]
#[ignore = "a tool: prints the records of BATT_SHOW's task and function"]
fn show() {
    let (Some(dir), Ok(what)) = (training_dir(), std::env::var("BATT_SHOW")) else { return };
    let (task_id, name) = what.split_once(' ').expect("BATT_SHOW=\"<task> <function>\"");
    let task = Task::from_path(dir.join(format!("{task_id}.json"))).expect("task loads");
    let test = &task.test[0];
    let output = test.output.as_ref().expect("a test output");
    let lists = function(generated::LISTS, name)(task_id, &task.train, &test.input, output, "");
    println!("failed at {:?}", lists.failed_at);
    for (list, records) in ["o", "s"].iter().zip(&lists.lists) {
        for r in records {
            println!("{list} {r}");
        }
    }
}
