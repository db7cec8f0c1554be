//! The search end to end: deduplication, determinism over thread counts, tasks solved by the
//! starter transforms, stacking, and the wall-clock guard.

use std::collections::HashSet;

use batt_runtime::{Grid, Task, batch_process_many};
use batt_search::image::{Images, View};
use batt_search::rank::args_of;
use batt_search::transforms::{self, Context};
use batt_search::{Prepared, SearchOptions, TaskResult, search_prepared, search_tasks};
use proptest::prelude::*;

/// The training tasks named `ids`, in that order.
fn training(ids: &[&str]) -> Option<Vec<(String, Task)>> {
    let dir = batt_testdata::training_dir()?;
    Some(
        ids.iter()
            .map(|id| {
                let task =
                    Task::from_path(dir.join(format!("{id}.json"))).expect("a training task");
                (id.to_string(), task)
            })
            .collect(),
    )
}

/// The task without its test outputs, as a competition gives it.
fn without_test_outputs(task: &Task) -> Task {
    let mut t = task.clone();
    for s in &mut t.test {
        s.output = None;
    }
    t
}

/// Whether attempt 1 or 2 is right on every test input.
fn solved(task: &Task, r: &TaskResult) -> bool {
    !task.test.is_empty()
        && task.test.iter().enumerate().all(|(k, t)| {
            let want = t.output.as_ref().expect("training tasks have test outputs");
            r.attempts(k).contains(&want)
        })
}

/// Prepares one task.
fn prepare(task: &Task) -> Prepared {
    let pattern = batch_process_many(std::slice::from_ref(&task.train)).remove(0);
    Prepared::new(task, &pattern).expect("a valid task")
}

/// The distinct states of every program up to `depth`, enumerated with no deduplication:
/// the count the search must reach with its own.
fn naive_distinct(p: &Prepared, depth: usize, area_factor: usize) -> usize {
    let n = p.len();
    let cap = p.max_area * area_factor;
    let key = |imgs: &Images| -> Vec<(usize, usize, Vec<u8>)> {
        imgs.iter().map(|v| (v.height, v.width, v.cells.to_vec())).collect()
    };
    let mut seen = HashSet::new();
    seen.insert(key(&p.inputs));
    let mut level = vec![p.inputs.clone()];
    for _ in 0..depth {
        let mut next = Vec::new();
        for state in &level {
            for t in transforms::all() {
                for &arg in args_of(t, p) {
                    let mut out = Images::new();
                    let ok = (0..n).all(|j| {
                        let cx = Context { colors: &p.colors, target: p.targets[j] };
                        let v: View<'_> = state.view(j);
                        out.push_with(|buf| (t.apply)(v, arg, &cx, buf))
                            && out.view(j).cells.len() <= cap
                    });
                    if ok {
                        seen.insert(key(&out));
                        next.push(out);
                    }
                }
            }
        }
        level = next;
    }
    seen.len()
}

fn small_grid() -> impl Strategy<Value = Grid> {
    (1usize..4, 1usize..4).prop_flat_map(|(h, w)| {
        proptest::collection::vec(0u8..4, h * w)
            .prop_map(move |cells| Grid::from_cells(h, w, cells).expect("a small grid"))
    })
}

fn small_task() -> impl Strategy<Value = Task> {
    proptest::collection::vec((small_grid(), small_grid()), 1..3).prop_flat_map(|pairs| {
        small_grid().prop_map(move |test| {
            let train = pairs
                .iter()
                .map(|(i, o)| format!(r#"{{"input": {}, "output": {}}}"#, rows(i), rows(o)));
            let json = format!(
                r#"{{"train": [{}], "test": [{{"input": {}}}]}}"#,
                train.collect::<Vec<_>>().join(", "),
                rows(&test)
            );
            Task::from_json_str(&json).expect("a valid task")
        })
    })
}

fn rows(g: &Grid) -> String {
    serde_json_rows(&g.to_rows())
}

fn serde_json_rows(rows: &[Vec<u8>]) -> String {
    let r: Vec<String> = rows
        .iter()
        .map(|row| format!("[{}]", row.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")))
        .collect();
    format!("[{}]", r.join(", "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// The search keeps exactly the distinct states of all programs up to the depth: no two
    /// equal states kept, no two distinct merged, with real hashes and with hashes cut to three bits.
    #[test]
    fn unique_states_are_the_distinct_states(task in small_task()) {
        let p = prepare(&task);
        let options = SearchOptions { depth: 2, max_states: usize::MAX, task_seconds: f64::INFINITY, ..SearchOptions::default() };
        let want = naive_distinct(&p, options.depth, options.area_factor);
        let r = search_prepared("t", &p, &options);
        prop_assert!(!r.budget_hit && !r.timed_out);
        prop_assert_eq!(r.unique as usize, want);
        // Eight hash values in all: most pairs of states collide, so deduplication rests
        // on the comparison of cells.
        let collide = SearchOptions { hash_mask: 0b111, ..options };
        let c = search_prepared("t", &p, &collide);
        prop_assert_eq!(c.unique as usize, want);
        prop_assert_eq!(c.predictions, r.predictions);
        prop_assert_eq!(c.programs, r.programs);
    }
}

#[test]
fn same_answers_on_one_thread_and_on_four() {
    let Some(dir) = batt_testdata::training_dir() else { return };
    let mut tasks = Task::from_dir(dir).expect("the training tasks");
    tasks.truncate(40);
    let options =
        SearchOptions { max_states: 30, task_seconds: f64::INFINITY, ..SearchOptions::default() };
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a pool");
        pool.install(|| search_tasks(&tasks, &options))
    };
    let (one, four) = (run(1), run(4));
    assert!(one.iter().any(|r| r.budget_hit), "the budget must bind on some task");
    for (a, b) in one.iter().zip(&four) {
        assert_eq!(a.id, b.id);
        assert_eq!(
            (&a.predictions, &a.programs, a.fits),
            (&b.predictions, &b.programs, b.fits),
            "{}",
            a.id
        );
        assert_eq!(
            (a.expanded, a.unique, a.budget_hit),
            (b.expanded, b.unique, b.budget_hit),
            "{}",
            a.id
        );
    }
}

#[test]
fn one_task_spread_over_threads_keeps_its_answers() {
    // One task alone: its level's blocks are what the threads share. The budget ends within
    // a block of the last level, whose head is the most promising parents.
    let Some(tasks) = training(&["3c9b0459", "a85d4709"]) else { return };
    for (id, task) in &tasks {
        let one_task = vec![(id.clone(), task.clone())];
        let options = SearchOptions { depth: 2, max_states: 23_457, ..unguarded() };
        let run = |threads: usize| {
            let pool =
                rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a pool");
            pool.install(|| search_tasks(&one_task, &options)).remove(0)
        };
        let (a, b) = (run(1), run(4));
        assert!(a.budget_hit && a.unique > 1000, "{id}: {} unique", a.unique);
        assert_eq!((&a.predictions, &a.programs, a.fits), (&b.predictions, &b.programs, b.fits));
        assert_eq!((a.expanded, a.unique, a.mapped_fits), (b.expanded, b.unique, b.mapped_fits));
    }
}

/// The default options without the wall-clock guard, so that answers do not depend on the
/// machine's speed or load.
fn unguarded() -> SearchOptions {
    SearchOptions { task_seconds: f64::INFINITY, ..SearchOptions::default() }
}

#[test]
fn training_tasks_solved_by_the_starter_transforms() {
    // Half turns and a three-quarter turn: one turn each.
    let Some(tasks) = training(&["3c9b0459", "6150a2bd", "ed36ccf7"]) else { return };
    let blind: Vec<(String, Task)> =
        tasks.iter().map(|(id, t)| (id.clone(), without_test_outputs(t))).collect();
    let results = search_tasks(&blind, &unguarded());
    for ((id, task), r) in tasks.iter().zip(&results) {
        assert!(r.error.is_none() && !r.timed_out, "{id}");
        for (k, t) in task.test.iter().enumerate() {
            assert_eq!(Some(r.attempts(k)[0]), t.output.as_ref(), "{id}: attempt 1 of test {k}");
        }
        assert!(
            ["rot90", "rot180", "rot270"].contains(&r.programs[0].as_str()),
            "{id}: {:?}",
            r.programs
        );
    }
}

#[test]
fn stacking_solves_a_task_no_single_program_fits() {
    // The 3x3 input copied into a 9x9 canvas wherever the input holds its most common
    // colour: no program of the transforms makes it, but pieces of it stack up to it.
    let Some(tasks) = training(&["c3e719e8"]) else { return };
    let blind: Vec<(String, Task)> =
        tasks.iter().map(|(id, t)| (id.clone(), without_test_outputs(t))).collect();
    let with = search_tasks(&blind, &unguarded());
    assert!(solved(&tasks[0].1, &with[0]), "{:?}", with[0].predictions);
    assert!(with[0].predictions.iter().any(|p| p.how == batt_search::How::Stack));
    let without = search_tasks(&blind, &SearchOptions { stacking: false, ..unguarded() });
    assert!(!solved(&tasks[0].1, &without[0]));
    assert_eq!(without[0].fits, 0);
}

/// A task of 255x255 grids whose output is the input turned a quarter.
fn huge_task() -> Task {
    let grid = |seed: usize| {
        let cells = (0..255 * 255).map(|i| ((i * 7 + seed * 13 + i / 255) % 5) as u8).collect();
        Grid::from_cells(255, 255, cells).expect("a 255x255 grid")
    };
    let turn = |g: &Grid| {
        let (h, w) = g.shape();
        let cells = (0..w)
            .flat_map(|c| (0..h).rev().map(move |r| (r, c)))
            .map(|(r, c)| g.cells()[r * w + c])
            .collect();
        Grid::from_cells(w, h, cells).expect("a turned grid")
    };
    let (a, b, t) = (grid(1), grid(2), grid(3));
    let json = format!(
        r#"{{"train": [{{"input": {}, "output": {}}}, {{"input": {}, "output": {}}}], "test": [{{"input": {}}}]}}"#,
        rows(&a),
        rows(&turn(&a)),
        rows(&b),
        rows(&turn(&b)),
        rows(&t)
    );
    Task::from_json_str(&json).expect("a valid task")
}

#[test]
fn the_wall_guard_stops_a_task_of_huge_grids() {
    let task = huge_task();
    let tasks = vec![("huge".to_string(), task)];
    let stopped =
        search_tasks(&tasks, &SearchOptions { task_seconds: 0.0, ..SearchOptions::default() });
    let r = &stopped[0];
    assert!(r.timed_out && r.error.is_none());
    assert_eq!((r.expanded, r.unique), (0, 1), "stopped before the first expansion");

    let budget = SearchOptions { max_states: 20, task_seconds: 600.0, ..SearchOptions::default() };
    let r = &search_tasks(&tasks, &budget)[0];
    assert!(r.timed_out || r.budget_hit || r.unique <= 20);
    if !r.timed_out {
        assert_eq!(r.programs.first().map(String::as_str), Some("rot90"));
        assert_eq!(r.predictions[0].tests[0].shape(), (255, 255));
    }
}

#[test]
fn a_task_with_no_train_pair_is_an_error() {
    let task =
        Task::from_json_str(r#"{"train": [], "test": [{"input": [[1]]}]}"#).expect("valid json");
    let r = &search_tasks(&[("empty".to_string(), task)], &SearchOptions::default())[0];
    assert_eq!(r.error, Some(batt_search::SearchError::NoTrain));
    assert!(r.predictions.is_empty());
}

/// A task from rows of `(input, output)` grids written as JSON, one test pair last.
fn task_of(pairs: &[(&str, &str)]) -> Task {
    let (train, test) = pairs.split_at(pairs.len() - 1);
    let pair = |(i, o): &(&str, &str)| format!(r#"{{"input": {i}, "output": {o}}}"#);
    let json = format!(
        r#"{{"train": [{}], "test": [{}]}}"#,
        train.iter().map(pair).collect::<Vec<_>>().join(", "),
        pair(&test[0])
    );
    Task::from_json_str(&json).expect("a well-formed task")
}

#[test]
fn a_colour_map_after_a_program_fits_what_no_program_of_the_depth_makes() {
    // A quarter turn, then the colours 1, 2, 3 in a cycle: no three transforms make it.
    let task = task_of(&[
        ("[[1, 2, 0], [3, 0, 0]]", "[[1, 2], [0, 3], [0, 0]]"),
        ("[[0, 3], [2, 1], [1, 1]]", "[[2, 3, 0], [2, 2, 1]]"),
        ("[[2, 2, 1], [0, 3, 3]]", "[[0, 3], [1, 3], [1, 2]]"),
    ]);
    let blind = vec![("t".to_string(), without_test_outputs(&task))];
    let with = search_tasks(&blind, &unguarded());
    assert!(solved(&task, &with[0]), "{:?}", with[0].predictions);
    assert_eq!(with[0].fits, 0);
    assert_eq!(with[0].predictions[0].how, batt_search::How::ColorMap, "{:?}", with[0].predictions);
    assert!(with[0].predictions[0].program.contains("| recolor("), "{:?}", with[0].predictions);
    let options = SearchOptions { color_maps: false, ..unguarded() };
    assert!(
        !search_tasks(&blind, &options)[0]
            .predictions
            .iter()
            .any(|p| p.tests == vec![task.test[0].output.clone().unwrap()])
    );
}

#[test]
fn a_local_rule_fits_a_neighbourhood_recolouring() {
    // Every 0 with a 5 right of it becomes 4; the test's neighbourhoods all occur in train.
    let task = task_of(&[
        ("[[0, 5, 0, 0, 5]]", "[[4, 5, 0, 4, 5]]"),
        ("[[0, 0, 5, 0]]", "[[0, 4, 5, 0]]"),
        ("[[5, 0, 0, 0]]", "[[5, 0, 0, 0]]"),
        ("[[0, 0, 5, 0, 0, 5]]", "[[0, 4, 5, 0, 4, 5]]"),
    ]);
    let blind = vec![("t".to_string(), without_test_outputs(&task))];
    // Without stacks, which also find it here, so that the rule is what is tested.
    let r = &search_tasks(&blind, &SearchOptions { stacking: false, ..unguarded() })[0];
    assert!(solved(&task, r), "{:?}", r.predictions);
    assert_eq!(r.fits, 0);
    assert_eq!(r.predictions[0].how, batt_search::How::LocalRule, "{:?}", r.predictions);
    assert!(r.predictions[0].program.contains("| local_rule(cross"), "{:?}", r.predictions);
    let options = SearchOptions { stacking: false, local_rules: false, ..unguarded() };
    assert!(!solved(&task, &search_tasks(&blind, &options)[0]));
}

#[test]
fn colour_normalisation_solves_a_task_drawn_in_other_colours_per_pair() {
    // Each pair marks a box by four corner cells of one colour and fills it with another;
    // the output is the inside drawn in the corners' colour. The colours change per pair.
    let Some(tasks) = training(&["3de23699"]) else { return };
    let blind: Vec<(String, Task)> =
        tasks.iter().map(|(id, t)| (id.clone(), without_test_outputs(t))).collect();
    let with = search_tasks(&blind, &unguarded());
    assert!(solved(&tasks[0].1, &with[0]), "{:?}", with[0].predictions);
    assert!(with[0].normalized);
    assert!(with[0].predictions.iter().any(|p| p.program.starts_with("normalized(")));
    let without = search_tasks(&blind, &SearchOptions { normalize_colors: false, ..unguarded() });
    assert!(!solved(&tasks[0].1, &without[0]));
}
