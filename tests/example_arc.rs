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
