//! Shared by the `example_*` tests: the example binary and scratch folders.

#![allow(dead_code, reason = "each test file uses a part")]

use std::path::PathBuf;

/// The example binary that `cargo test` builds beside the test binaries, or `None` (said on
/// standard error) when it was not built.
pub fn example() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let path = exe.parent()?.parent()?.join("examples").join("arc");
    if path.is_file() {
        Some(path)
    } else {
        eprintln!("skipped: {} not built (run the whole `cargo test`)", path.display());
        None
    }
}

/// A fresh, empty scratch folder named for the test, removed when dropped.
pub fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("batt-example-{name}-")).tempdir().unwrap()
}
