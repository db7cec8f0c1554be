//! Where the workspace's tests and benchmarks find the public ARC-AGI-1 tasks, and what they
//! do when the tasks are absent.
//!
//! The data folder is the `arc-agi-1` folder (holding `training/` and `evaluation/`, one
//! JSON file per task): the folder that the environment variable [`ARC_DIR_VAR`]
//! (`BATT_ARC_DIR`) names when it is set and not empty, else `../shared/arc/arc-agi-1`
//! beside the workspace.
//!
//! When the folder (or the split asked for) is absent, the helpers print on standard error
//! that the test is skipped and give `None`, and the test returns. Where the environment
//! variable `CI` is set and not empty (`.ci/run` sets it), they panic instead with a message
//! that names the folder: on CI a data-driven test fails rather than pass without checking
//! anything.
#![warn(missing_docs)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The environment variable that names the `arc-agi-1` folder.
pub const ARC_DIR_VAR: &str = "BATT_ARC_DIR";

/// The environment variable under which a missing data folder fails instead of skipping.
pub const CI_VAR: &str = "CI";

/// The number of tasks in each of ARC-AGI-1's splits.
pub const TASKS_PER_SPLIT: usize = 400;

/// One of ARC-AGI-1's two splits: a sub-folder of the data folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    /// `training/`: the tasks that solvers may be written for.
    Training,
    /// `evaluation/`: the tasks kept for measuring.
    Evaluation,
}

impl Split {
    /// Both splits, training first.
    pub const ALL: [Split; 2] = [Split::Training, Split::Evaluation];

    /// The split's folder name: `training` or `evaluation`.
    pub fn name(self) -> &'static str {
        match self {
            Split::Training => "training",
            Split::Evaluation => "evaluation",
        }
    }
}

/// Where the data folder is looked for: `BATT_ARC_DIR` when set and not empty, else
/// `../shared/arc/arc-agi-1` beside the workspace. Whether it exists is not checked.
pub fn arc_dir() -> PathBuf {
    arc_dir_from(std::env::var_os(ARC_DIR_VAR))
}

/// The data folder, when it holds both splits; else `None` with the skip said on standard
/// error, or a panic under `CI` (see the crate's documentation).
pub fn arc_root() -> Option<PathBuf> {
    let root = arc_dir();
    let missing = Split::ALL.into_iter().find(|s| !root.join(s.name()).is_dir());
    match missing {
        None => Some(root),
        Some(split) => absent(&root.join(split.name()), std::env::var_os(CI_VAR)),
    }
}

/// The folder of `split`, when it exists; else `None` with the skip said on standard error,
/// or a panic under `CI` (see the crate's documentation).
pub fn split_dir(split: Split) -> Option<PathBuf> {
    present(arc_dir().join(split.name()), std::env::var_os(CI_VAR))
}

/// The training tasks' folder: [`split_dir`] of [`Split::Training`].
pub fn training_dir() -> Option<PathBuf> {
    split_dir(Split::Training)
}

/// The evaluation tasks' folder: [`split_dir`] of [`Split::Evaluation`].
pub fn evaluation_dir() -> Option<PathBuf> {
    split_dir(Split::Evaluation)
}

/// The data folder for a value of `BATT_ARC_DIR`.
fn arc_dir_from(var: Option<OsString>) -> PathBuf {
    match var.filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => default_arc_dir(),
    }
}

/// `../shared/arc/arc-agi-1` beside the workspace (this crate's folder is in the workspace).
fn default_arc_dir() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let beside =
        manifest.ancestors().nth(2).map_or_else(|| manifest.join("../.."), Path::to_path_buf);
    beside.join("shared").join("arc").join("arc-agi-1")
}

/// `dir` when it is a folder; else what [`absent`] does, with `ci` the value of `CI`.
fn present(dir: PathBuf, ci: Option<OsString>) -> Option<PathBuf> {
    if dir.is_dir() { Some(dir) } else { absent(&dir, ci) }
}

/// For a missing folder `dir`: a panic when `ci` (the value of `CI`) is set and not empty;
/// else `None`, the skip said on standard error.
fn absent(dir: &Path, ci: Option<OsString>) -> Option<PathBuf> {
    let how = format!(
        "set {ARC_DIR_VAR} to the arc-agi-1 folder, the one holding training/ and evaluation/ \
         (by default ../shared/arc/arc-agi-1 beside the workspace)"
    );
    if ci.is_some_and(|v| !v.is_empty()) {
        panic!(
            "no ARC-AGI-1 data: {} is not a folder; {how}. {CI_VAR} is set, so a missing data \
             folder fails the test instead of skipping it",
            dir.display()
        );
    }
    eprintln!("skipped: no ARC-AGI-1 data at {}; {how}", dir.display());
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_names_the_folder_unless_empty() {
        assert_eq!(arc_dir_from(Some("/data/arc-agi-1".into())), Path::new("/data/arc-agi-1"));
        assert_eq!(arc_dir_from(Some(OsString::new())), default_arc_dir());
        assert_eq!(arc_dir_from(None), default_arc_dir());
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let beside = workspace.parent().unwrap();
        assert_eq!(default_arc_dir(), beside.join("shared").join("arc").join("arc-agi-1"));
    }

    #[test]
    fn a_folder_that_exists_is_given_back() {
        let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(present(here.clone(), None), Some(here.clone()));
        assert_eq!(present(here.clone(), Some("1".into())), Some(here));
    }

    #[test]
    fn a_missing_folder_is_skipped_outside_ci() {
        let missing = Path::new(env!("CARGO_MANIFEST_DIR")).join("no-such-folder");
        assert_eq!(present(missing.clone(), None), None);
        assert_eq!(present(missing, Some(OsString::new())), None);
    }

    #[test]
    #[should_panic(expected = "no-such-folder is not a folder; set BATT_ARC_DIR")]
    fn a_missing_folder_fails_under_ci() {
        let missing = Path::new(env!("CARGO_MANIFEST_DIR")).join("no-such-folder");
        present(missing, Some("true".into()));
    }

    #[test]
    fn splits_are_named_as_their_folders() {
        let names: Vec<&str> = Split::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(names, ["training", "evaluation"]);
    }
}
