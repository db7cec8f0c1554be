//! The main example's `--submission` and `--shard`, and `scripts/merge_submissions.py`: the
//! submission file is scored against the real test outputs, shards merge into the whole run,
//! and tasks without test outputs get their documented fallback.

mod example_common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use batt::prelude::*;
use batt_testdata::training_dir;
use example_common::{example, temp_dir};
use serde_json::Value;

/// Runs the example on `data` with `args`, the program search on a small budget (these tests
/// are about the submission file, and the example is a debug build here).
fn run(exe: &Path, args: &[&str], data: &Path) -> Output {
    let out = Command::new(exe)
        .args(args)
        .args(["--states", "2000", "--data"])
        .arg(data)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn rows(grid: &Grid) -> Value {
    serde_json::json!(grid.to_rows())
}

/// The number after `label` on the line of the example's summary that starts with it.
fn summary_number(stdout: &str, label: &str) -> usize {
    let line = stdout.lines().find(|l| l.starts_with(label)).unwrap_or_else(|| panic!("{stdout}"));
    line[label.len()..].split_whitespace().next().unwrap().parse().unwrap()
}

/// Checks the submission's shape for `tasks`: one entry per task, one item per test input,
/// two attempts each, every attempt a grid. Returns the number of tasks whose every test
/// output is one of its two attempts.
fn score(sub: &Value, tasks: &[(String, Task)]) -> usize {
    let sub = sub.as_object().expect("a submission is an object");
    assert_eq!(sub.len(), tasks.len(), "one entry per task read");
    let mut right = 0;
    for (id, task) in tasks {
        let entries = sub[id].as_array().unwrap_or_else(|| panic!("{id} is missing"));
        assert_eq!(entries.len(), task.test.len(), "{id}: one entry per test input");
        let mut all = true;
        for (entry, t) in entries.iter().zip(&task.test) {
            let keys: Vec<&String> = entry.as_object().unwrap().keys().collect();
            assert_eq!(keys, ["attempt_1", "attempt_2"], "{id}");
            for a in ["attempt_1", "attempt_2"] {
                let g: Vec<Vec<Color>> = serde_json::from_value(entry[a].clone()).unwrap();
                assert!(Grid::from_rows(&g).is_ok(), "{id}: {a} is not a grid");
            }
            let want = rows(t.output.as_ref().unwrap());
            all &= entry["attempt_1"] == want || entry["attempt_2"] == want;
        }
        right += usize::from(all);
    }
    right
}

#[test]
fn the_submission_scores_at_least_every_solved_task() {
    let (Some(exe), Some(data)) = (example(), training_dir()) else { return };
    let tmp = temp_dir("score");
    let dir = tmp.path();
    let path = dir.join("submission.json");
    let out = run(&exe, &["--submission", path.to_str().unwrap()], &data);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let solved = summary_number(&stdout, "solved     ");
    assert_eq!(summary_number(&stdout, "wrong      "), 0, "no task solved wrongly:\n{stdout}");
    assert!(solved > summary_number(&stdout, "fixed      "), "the inference pays:\n{stdout}");
    let tasks = Task::from_dir(&data).unwrap();
    let right = score(&read_json(&path), &tasks);
    eprintln!("submission: {right} of {} tasks right; {solved} solved", tasks.len());
    assert!(right >= solved, "{right} right in the file, {solved} solved");
    tmp.close().unwrap();
}

#[test]
fn shards_merge_into_the_whole_run() {
    let (Some(exe), Some(training)) = (example(), training_dir()) else { return };
    let tmp = temp_dir("shards");
    let dir = tmp.path();
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let mut names: Vec<PathBuf> =
        std::fs::read_dir(&training).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for p in names.iter().take(25) {
        std::fs::copy(p, data.join(p.file_name().unwrap())).unwrap();
    }
    let whole = dir.join("whole.json");
    run(&exe, &["--submission", whole.to_str().unwrap()], &data);
    let mut parts = Vec::new();
    let mut ids = Vec::new();
    for k in 1..=3 {
        let part = dir.join(format!("part{k}.json"));
        let shard = format!("{k}/3");
        run(&exe, &["--shard", &shard, "--submission", part.to_str().unwrap()], &data);
        let keys: Vec<String> = read_json(&part).as_object().unwrap().keys().cloned().collect();
        assert!(!keys.is_empty() && keys.len() <= 9, "shard {shard}: {keys:?}");
        ids.extend(keys);
        parts.push(part);
    }
    ids.sort();
    let all: Vec<String> = read_json(&whole).as_object().unwrap().keys().cloned().collect();
    assert_eq!(ids, all, "the shards split the tasks");

    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/merge_submissions.py");
    let merged = dir.join("merged.json");
    let Ok(out) = Command::new("python3").arg(&script).arg(&merged).args(&parts).output() else {
        eprintln!("skipped the merge: no python3");
        return;
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(read_json(&merged), read_json(&whole));

    let again = dir.join("again.json");
    let out =
        Command::new("python3").arg(&script).arg(&again).args([&parts[0], &parts[0]]).output();
    let out = out.unwrap();
    assert!(!out.status.success(), "an overlap must fail");
    assert!(String::from_utf8_lossy(&out.stderr).contains("is in both"));
    assert!(!again.exists(), "nothing is written on an overlap");
    tmp.close().unwrap();
}

#[test]
fn bad_shards_are_rejected() {
    let Some(exe) = example() else { return };
    for bad in ["0/3", "4/3", "1/0", "a/2", "2", "-1/2"] {
        let out = Command::new(&exe).arg(format!("--shard={bad}")).output().unwrap();
        assert!(!out.status.success(), "--shard {bad} must fail");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("--shard"), "--shard {bad}: {stderr}");
    }
    let out = Command::new(&exe).args(["--shard", "3/3"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("tasks      1"));
}

#[test]
fn tasks_without_test_outputs_get_predictions_or_the_fallback() {
    let Some(exe) = example() else { return };
    let tmp = temp_dir("unknown");
    let dir = tmp.path();
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    // A mirror task, and one that no candidate fits (outputs unrelated to inputs); the
    // second has two test inputs.
    std::fs::write(
        data.join("mirror.json"),
        r#"{"train": [{"input": [[1, 2, 3]], "output": [[3, 2, 1]]},
                      {"input": [[4, 0], [0, 5]], "output": [[0, 4], [5, 0]]}],
            "test": [{"input": [[7, 8, 9], [1, 1, 2]]}]}"#,
    )
    .unwrap();
    std::fs::write(
        data.join("noise.json"),
        r#"{"train": [{"input": [[1, 2], [3, 4]], "output": [[9]]},
                      {"input": [[5]], "output": [[1, 1, 7], [2, 0, 0]]}],
            "test": [{"input": [[6, 6]]}, {"input": [[3], [4]]}]}"#,
    )
    .unwrap();
    let path = dir.join("submission.json");
    let out = run(&exe, &["--submission", path.to_str().unwrap()], &data);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("unknown    2 tasks lack a test output"), "{stdout}");
    assert_eq!(summary_number(&stdout, "solved     "), 0);
    let sub = read_json(&path);
    assert_eq!(sub["mirror"][0]["attempt_1"], serde_json::json!([[9, 8, 7], [2, 1, 1]]));
    assert_eq!(sub["noise"].as_array().unwrap().len(), 2);
    for (k, input) in [(0, serde_json::json!([[6, 6]])), (1, serde_json::json!([[3], [4]]))] {
        assert_eq!(sub["noise"][k]["attempt_1"], input, "the fallback is the test input");
        assert_eq!(sub["noise"][k]["attempt_2"], input);
    }
    tmp.close().unwrap();
}
