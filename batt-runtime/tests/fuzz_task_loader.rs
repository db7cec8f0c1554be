//! Fuzzing the task loader: arbitrary bytes, arbitrary JSON, and near-valid task files (a
//! ragged row, a colour 10, -1 or 300, a grid over 255 rows or columns, an empty grid or
//! row, a missing key, a value of the wrong type) give a typed `TaskError`, never a panic,
//! and the error says what is wrong and where: the grid's row and column, and the position
//! in the text within the bad grid.

mod fuzz_common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use batt_runtime::{GridError, MAX_SIDE, Task, TaskError, read_task_dir};
use fuzz_common::config;
use proptest::prelude::*;
use serde_json::{Value, json};

/// A fresh, empty temporary directory for one case.
fn temp_dir() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("batt-fuzz-loader-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    dir
}

/// Checks what every load error carries: a message, and a position from line 1 on.
fn check_error(e: &TaskError) -> Result<(), TestCaseError> {
    prop_assert!(!e.to_string().is_empty());
    match e {
        TaskError::Json { line, .. } | TaskError::Grid { line, .. } => prop_assert!(*line >= 1),
        TaskError::Io { .. } => {}
    }
    Ok(())
}

/// Arbitrary JSON values, nested a few levels.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-2i64..12).prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[a-z]{0,6}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("train".to_owned()),
                        Just("test".to_owned()),
                        Just("input".to_owned()),
                        Just("output".to_owned()),
                        "[a-z]{1,5}"
                    ],
                    inner
                ),
                0..4
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A valid grid as JSON rows: at least 2x1, so that a row can be made ragged.
fn arb_rows() -> impl Strategy<Value = Vec<Vec<i64>>> {
    (2..=6usize, 1..=6usize)
        .prop_flat_map(|(h, w)| prop::collection::vec(prop::collection::vec(0..=9i64, w), h))
}

/// What is done to one grid of a valid task.
#[derive(Debug, Clone)]
enum Damage {
    /// A cell holds this value.
    Colour { row: usize, column: usize, value: i64 },
    /// A row gets one more cell.
    Ragged { row: usize },
    /// The grid gets rows up to `MAX_SIDE + 1`.
    TooTall,
    /// A row gets cells up to `MAX_SIDE + 1`.
    TooWide { row: usize },
    /// No rows at all.
    Empty,
    /// A row without cells.
    EmptyRow { row: usize },
    /// The grid is a string.
    NotAList,
    /// A cell is a string.
    CellNotANumber { row: usize, column: usize },
}

fn arb_damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (
            0..8usize,
            0..8usize,
            prop_oneof![Just(10i64), Just(-1), Just(300), Just(i64::MIN), any::<i64>()]
        )
            .prop_map(|(row, column, value)| Damage::Colour { row, column, value }),
        (1..8usize).prop_map(|row| Damage::Ragged { row }),
        Just(Damage::TooTall),
        (0..8usize).prop_map(|row| Damage::TooWide { row }),
        Just(Damage::Empty),
        (0..8usize).prop_map(|row| Damage::EmptyRow { row }),
        Just(Damage::NotAList),
        (0..8usize, 0..8usize).prop_map(|(row, column)| Damage::CellNotANumber { row, column }),
    ]
}

/// The damaged grid as JSON, and the grid error the loader must report (`None`: a JSON
/// type error).
fn damage(mut rows: Vec<Vec<i64>>, d: &Damage) -> (Value, Option<GridError>) {
    let (h, w) = (rows.len(), rows[0].len());
    match *d {
        Damage::Colour { row, column, value } => {
            let (row, column) = (row % h, column % w);
            rows[row][column] = value;
            let e =
                (!(0..=9).contains(&value)).then_some(GridError::BadColor { row, column, value });
            (json!(rows), e)
        }
        Damage::Ragged { row } => {
            let row = 1 + row % (h - 1);
            rows[row].push(0);
            (json!(rows), Some(GridError::Ragged { row, expected: w, found: w + 1 }))
        }
        Damage::TooTall => {
            rows.resize(MAX_SIDE + 1, rows[0].clone());
            (json!(rows), Some(GridError::TooTall { row: MAX_SIDE, max: MAX_SIDE }))
        }
        Damage::TooWide { row } => {
            let row = row % h;
            rows[row].resize(MAX_SIDE + 1, 1);
            (json!(rows), Some(GridError::TooWide { row, column: MAX_SIDE, max: MAX_SIDE }))
        }
        Damage::Empty => (json!([]), Some(GridError::Empty)),
        Damage::EmptyRow { row } => {
            let row = row % h;
            rows[row].clear();
            (json!(rows), Some(GridError::EmptyRow { row }))
        }
        Damage::NotAList => (json!("grid"), None),
        Damage::CellNotANumber { row, column } => {
            let mut v = json!(rows);
            v[row % h][column % w] = json!("1");
            (v, None)
        }
    }
}

/// A task's text with grid number `target` (in text order) replaced by `bad`, and the
/// byte range of that grid in the text.
fn task_text(
    grids: &[Vec<Vec<i64>>],
    target: usize,
    bad: &Value,
) -> (String, std::ops::Range<usize>) {
    let mut text = String::from("{\"train\": [");
    let mut span = 0..0;
    let mut grid = |text: &mut String, k: usize| {
        let start = text.len();
        if k == target {
            text.push_str(&bad.to_string());
            span = start..text.len();
        } else {
            text.push_str(&json!(grids[k]).to_string());
        }
    };
    let pairs = grids.len() / 2;
    for p in 0..pairs {
        if p > 0 {
            text.push_str(", ");
        }
        text.push_str("{\"input\": ");
        grid(&mut text, 2 * p);
        text.push_str(", \"output\": ");
        grid(&mut text, 2 * p + 1);
        text.push('}');
    }
    text.push_str("], \"test\": [{\"input\": ");
    grid(&mut text, 2 * pairs);
    text.push_str("}]}");
    (text, span)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = Task::from_json_str(&text) {
            check_error(&e)?;
        }
    }

    #[test]
    fn arbitrary_json(value in arb_json()) {
        match Task::from_json_str(&value.to_string()) {
            Ok(task) => prop_assert!(task.train.iter().all(|s| s.input.height() >= 1)),
            Err(e) => check_error(&e)?,
        }
    }

    #[test]
    fn near_valid_tasks(grids in prop::collection::vec(arb_rows(), 3..=5), target in any::<prop::sample::Index>(), d in arb_damage()) {
        // Pairs of train grids and one test input: an odd number.
        let grids = &grids[..(grids.len() - 1) / 2 * 2 + 1];
        let target = target.index(grids.len());
        let (bad, expected) = damage(grids[target].clone(), &d);
        let (text, span) = task_text(grids, target, &bad);
        match (Task::from_json_str(&text), expected) {
            (Ok(task), None) => prop_assert!(false, "loaded a task with a bad grid: {:?}", task),
            (Ok(task), Some(e)) => prop_assert!(false, "expected {:?}, loaded {:?}", e, task),
            (Err(TaskError::Grid { line, column, source, path }), Some(e)) => {
                prop_assert_eq!(source, e);
                prop_assert_eq!(line, 1);
                prop_assert!(path.is_none());
                // The position is in the bad grid (1-based column, at or after its start).
                prop_assert!(span.start < column && column <= span.end, "column {} outside {:?}", column, span);
            }
            (Err(TaskError::Json { line, column, source, .. }), None) => {
                prop_assert_eq!(line, 1);
                prop_assert!(span.start < column && column <= span.end, "column {} outside {:?}", column, span);
                prop_assert!(source.to_string().contains("invalid type"), "{}", source);
            }
            (Err(e), expected) => prop_assert!(false, "expected {:?}, got {:?}", expected, e),
        }
    }

    #[test]
    fn missing_keys(grids in prop::collection::vec(arb_rows(), 3..=3), key in prop::sample::select(vec!["train", "input", "output"])) {
        let mut task = json!({
            "train": [{"input": grids[0], "output": grids[1]}],
            "test": [{"input": grids[2]}],
        });
        match key {
            "train" => task.as_object_mut().unwrap().remove("train"),
            k => task["train"][0].as_object_mut().unwrap().remove(k),
        };
        match Task::from_json_str(&task.to_string()) {
            Err(TaskError::Json { source, line, column, .. }) => {
                prop_assert_eq!(line, 1);
                prop_assert!(column >= 1);
                let message = format!("missing field `{key}`");
                prop_assert!(source.to_string().contains(&message), "{}", source);
            }
            other => prop_assert!(false, "expected a missing `{}`, got {:?}", key, other),
        }
    }

    #[test]
    fn files_and_directories(contents in prop::collection::vec(prop_oneof![
        prop::collection::vec(any::<u8>(), 0..64),
        arb_json().prop_map(|v| v.to_string().into_bytes()),
        Just(br#"{"train": [{"input": [[1]], "output": [[2]]}]}"#.to_vec()),
    ], 1..4)) {
        let dir = temp_dir();
        for (k, bytes) in contents.iter().enumerate() {
            std::fs::write(dir.join(format!("{k}.json")), bytes).expect("a written file");
        }
        std::fs::write(dir.join("notes.txt"), b"\xff not a task").expect("a written file");
        let files = read_task_dir(&dir);
        let files = files.expect("a readable directory");
        prop_assert_eq!(files.len(), contents.len());
        for (file, bytes) in files.iter().zip(&contents) {
            prop_assert_eq!(file.path.parent(), Some(dir.as_path()));
            let again = Task::from_path(&file.path);
            prop_assert_eq!(again.is_ok(), file.task.is_ok());
            match &file.task {
                Ok(task) => {
                    let parsed = Task::from_json_str(std::str::from_utf8(bytes).unwrap()).ok();
                    prop_assert_eq!(Some(task), parsed.as_ref());
                }
                Err(e) => {
                    check_error(e)?;
                    prop_assert_eq!(e.path(), Some(file.path.as_path()));
                    prop_assert!(e.to_string().starts_with(&file.path.display().to_string()));
                }
            }
        }
        std::fs::remove_dir_all(&dir).expect("a removed directory");
        let gone = matches!(read_task_dir(&dir), Err(TaskError::Io { .. }));
        prop_assert!(gone, "a removed directory read");
    }
}
