//! Shared by the `example_*` tests: the example binary, the ARC-AGI-1 data, scratch folders.

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

/// `../shared/arc/arc-agi-1/training`, or `None` (said on standard error) when absent.
pub fn training_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/arc/arc-agi-1/training");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: no ARC-AGI-1 data at {}", dir.display());
        None
    }
}

/// A fresh, empty scratch folder named for the test and the process.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("batt-example-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
