//! The main example's command-line contract: `--emit-pattern` lines, bad files, backends.

mod example_common;

use std::process::Command;

use batt::prelude::*;
use batt_testdata::{TASKS_PER_SPLIT, training_dir};
use example_common::{example, temp_dir};

#[test]
fn emit_pattern_prints_one_line_per_task_and_reports_bad_files() {
    let Some(exe) = example() else { return };
    let tmp = temp_dir("emit");
    let dir = tmp.path();
    std::fs::write(
        dir.join("b.json"),
        r#"{"train": [{"input": [[3, 1]], "output": [[2]]}, {"input": [[0]], "output": [[2, 9]]}],
            "test": [{"input": [[1]]}]}"#,
    )
    .unwrap();
    std::fs::write(dir.join("a.json"), r#"{"train": [{"input": [[5]], "output": [[5]]}]}"#)
        .unwrap();
    std::fs::write(dir.join("c.json"), r#"{"train": [{"input": [[1, 2], [3]], "output": [[0]]}]}"#)
        .unwrap();
    let out = Command::new(&exe)
        .args(["--emit-pattern", "--backend", "cpu", "--data"])
        .arg(dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stdout,
        "{\"task\":\"a\",\"input_colors\":[5],\"output_colors\":[5]}\n\
         {\"task\":\"b\",\"input_colors\":[1,3,0],\"output_colors\":[2,2,9]}\n"
    );
    assert!(stderr.contains("c.json") && stderr.contains("row 1 has 1 cells"), "{stderr}");
    assert!(!out.status.success(), "a bad file must make the run fail");
    tmp.close().unwrap();
}

#[test]
fn emitted_palettes_match_the_dsl_on_arc_tasks() {
    let Some(exe) = example() else { return };
    let Some(dir) = training_dir() else { return };
    for backend in ["cpu", "rayon", "auto"] {
        let out = Command::new(&exe)
            .args(["--emit-pattern", "--backend", backend, "--data"])
            .arg(&dir)
            .output()
            .unwrap();
        assert!(out.status.success());
        let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let tasks = Task::from_dir(&dir).unwrap();
        assert_eq!(tasks.len(), TASKS_PER_SPLIT);
        assert_eq!(lines.len(), tasks.len());
        for ((id, task), line) in tasks.iter().zip(&lines) {
            let s = &task.train;
            let x3 = mapply(p_g, &apply(first, s));
            let x4 = mapply(p_g, &apply(second, s));
            assert_eq!(line["task"], id.as_str());
            assert_eq!(line["input_colors"], serde_json::json!(x3), "{id}");
            assert_eq!(line["output_colors"], serde_json::json!(x4), "{id}");
        }
    }
}

#[test]
fn unknown_backends_are_errors() {
    let Some(exe) = example() else { return };
    let out = Command::new(&exe).env("BATT_BACKEND", "gpu").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("unknown backend \"gpu\" in BATT_BACKEND")
    );
    let out = Command::new(&exe).args(["--backend", "fast"]).output().unwrap();
    assert!(!out.status.success());
    let out = Command::new(&exe).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("tasks      3"));
}

/// A `side` x `side` grid of colours from a fixed pseudo-random sequence seeded by `seed`.
fn noise(side: usize, seed: u64) -> Vec<Vec<Color>> {
    let mut rng = fastrand::Rng::with_seed(seed);
    (0..side).map(|_| (0..side).map(|_| rng.u8(0..10)).collect()).collect()
}

#[test]
fn a_task_past_task_seconds_is_timed_out_and_the_run_goes_on() {
    let Some(exe) = example() else { return };
    let tmp = temp_dir("timeout");
    let dir = tmp.path();
    let pair =
        |k: u64| serde_json::json!({"input": noise(255, 2 * k), "output": noise(255, 2 * k + 1)});
    let big = serde_json::json!({"train": [pair(1), pair(2), pair(3)], "test": [pair(4)]});
    std::fs::write(dir.join("big.json"), big.to_string()).unwrap();
    std::fs::write(
        dir.join("small.json"),
        r#"{"train": [{"input": [[1, 2], [3, 4]], "output": [[3, 1], [4, 2]]},
                      {"input": [[5, 0], [0, 6]], "output": [[0, 5], [6, 0]]}],
            "test": [{"input": [[7, 8], [9, 1]], "output": [[9, 7], [1, 8]]}]}"#,
    )
    .unwrap();
    let sub = dir.join("submission.json");
    let out = Command::new(&exe)
        .args(["--backend", "cpu", "--task-seconds", "1", "--states", "2000", "--submission"])
        .arg(&sub)
        .arg("--data")
        .arg(dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(3), "timed out is exit status 3:\n{stdout}");
    let line = stdout.lines().find(|l| l.starts_with("timed out  ")).unwrap_or_else(|| {
        panic!("no timed-out line:\n{stdout}");
    });
    assert!(line.starts_with("timed out  1 tasks") && line.ends_with(": big"), "{line}");
    assert!(stdout.contains("solved     1 of 2 tasks"), "the small task still runs:\n{stdout}");
    let sub: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&sub).unwrap())
        .expect("the submission is written");
    assert_eq!(sub["small"][0]["attempt_1"], serde_json::json!([[9, 7], [1, 8]]));
    assert_eq!(sub["big"].as_array().map(Vec::len), Some(1), "the timed-out task has its entry");
}

#[test]
fn task_seconds_must_be_a_positive_number() {
    let Some(exe) = example() else { return };
    for bad in ["0", "-1", "soon", "inf", "NaN", "1e300"] {
        let out = Command::new(&exe).arg(format!("--task-seconds={bad}")).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "--task-seconds {bad}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("--task-seconds"), "--task-seconds {bad}: {stderr}");
    }
}
