//! `Backend::set_global`: process-wide, so each case runs in a child process of this test
//! binary, with `BATT_BACKEND` set in its environment.

use std::process::Command;

use batt_runtime::prelude::*;
use batt_runtime::{SetGlobalError, batch_process_samples_with};

/// The environment variable that tells a child process which case to run.
const CASE: &str = "BATT_SET_GLOBAL_CASE";

/// Runs test `name` of this binary again in a child process with `BATT_BACKEND=rayon` and
/// `CASE` set, and asserts that it passed. Gives `true` in the child, which then runs the case.
fn in_child(name: &str) -> bool {
    if std::env::var_os(CASE).is_some() {
        return true;
    }
    let exe = std::env::current_exe().expect("the test binary's path");
    let out = Command::new(exe)
        .args(["--exact", name, "--nocapture", "--test-threads=1"])
        .env(CASE, name)
        .env(Backend::ENV, "rayon")
        .output()
        .expect("the test binary runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "child {name} failed:\n{text}");
    assert!(text.contains("1 passed"), "child {name} ran no test:\n{text}");
    false
}

fn samples() -> Samples {
    let task = Task::from_json_str(r#"{"train": [{"input": [[1, 2]], "output": [[3]]}]}"#)
        .expect("a valid task");
    task.train
}

#[test]
fn set_global_wins_over_the_environment_and_is_set_once() {
    if !in_child("set_global_wins_over_the_environment_and_is_set_once") {
        return;
    }
    assert_eq!(Backend::set_global(Backend::Cpu), Ok(()));
    assert_eq!(Backend::configured(), Backend::Cpu, "set_global comes before BATT_BACKEND");
    let again = Backend::set_global(Backend::Rayon);
    assert_eq!(again, Err(SetGlobalError::AlreadySet { current: Backend::Cpu }));
    assert!(again.unwrap_err().to_string().contains("already set to cpu"));
    assert_eq!(Backend::configured(), Backend::Cpu);
    // A backend given to a call comes before the global one; results never depend on it.
    let s = samples();
    assert_eq!(batch_process_samples_with(&s, Backend::Rayon), batch_process_samples(&s));
}

#[test]
fn set_global_after_the_first_use_is_an_error() {
    if !in_child("set_global_after_the_first_use_is_an_error") {
        return;
    }
    assert_eq!(Backend::configured(), Backend::Rayon, "BATT_BACKEND comes before auto");
    let late = Backend::set_global(Backend::Cpu);
    assert_eq!(late, Err(SetGlobalError::AlreadyUsed { current: Backend::Rayon }));
    assert!(late.unwrap_err().to_string().contains("before the first call"));
    assert_eq!(Backend::configured(), Backend::Rayon);
}
