//! Bytes as a task file: loading gives a task or a typed error with a position, never a
//! panic.
#![no_main]

use batt_runtime::{Task, TaskError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Task::from_json_str(text) {
        Ok(task) => {
            // A loaded task writes back to JSON that loads as the same task.
            let again = serde_json_round_trip(&task);
            assert_eq!(again.as_ref(), Some(&task));
        }
        Err(TaskError::Json { line, .. } | TaskError::Grid { line, .. }) => assert!(line >= 1),
        Err(e @ TaskError::Io { .. }) => panic!("no file was read: {e}"),
    }
});

/// The task written as JSON and read again.
fn serde_json_round_trip(task: &Task) -> Option<Task> {
    let text = serde_json::to_string(task).ok()?;
    Task::from_json_str(&text).ok()
}
