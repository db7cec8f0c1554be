//! Demonstration pairs, tasks, and loading them from ARC JSON files.

use std::fmt;
use std::fs;
use std::ops::Deref;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::grid::{Grid, GridError, take_last_grid_error};

/// One demonstration pair: an input grid and the output it should give.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sample {
    /// The input grid.
    pub input: Grid,
    /// The expected output grid.
    pub output: Grid,
}

impl Sample {
    /// A pair from its two grids.
    pub fn new(input: Grid, output: Grid) -> Sample {
        Sample { input, output }
    }
}

/// The demonstration pairs of one task, in order (arc-dsl's `S`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Samples(Vec<Sample>);

impl Samples {
    /// Samples from pairs, in the given order.
    pub fn new(samples: Vec<Sample>) -> Samples {
        Samples(samples)
    }

    /// The pairs as a slice.
    pub fn as_slice(&self) -> &[Sample] {
        &self.0
    }

    /// Total number of cells over all inputs and outputs.
    pub fn cell_count(&self) -> usize {
        self.0.iter().map(|s| s.input.len() + s.output.len()).sum()
    }
}

impl Deref for Samples {
    type Target = [Sample];

    fn deref(&self) -> &[Sample] {
        &self.0
    }
}

impl From<Vec<Sample>> for Samples {
    fn from(samples: Vec<Sample>) -> Samples {
        Samples(samples)
    }
}

impl FromIterator<Sample> for Samples {
    fn from_iter<I: IntoIterator<Item = Sample>>(iter: I) -> Samples {
        Samples(iter.into_iter().collect())
    }
}

impl IntoIterator for Samples {
    type Item = Sample;
    type IntoIter = std::vec::IntoIter<Sample>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Samples {
    type Item = &'a Sample;
    type IntoIter = std::slice::Iter<'a, Sample>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Lets `apply(first, &S)` compile where `S` is already a `&Samples`.
impl<'a> IntoIterator for &&'a Samples {
    type Item = &'a Sample;
    type IntoIter = std::slice::Iter<'a, Sample>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// A test pair: an input, and its output where the task file gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TestSample {
    /// The test input.
    pub input: Grid,
    /// The expected output; absent in competition files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<Grid>,
}

/// An ARC task: demonstration pairs and test pairs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Task {
    /// The demonstration pairs.
    pub train: Samples,
    /// The test pairs.
    #[serde(default)]
    pub test: Vec<TestSample>,
}

/// Why a task could not be loaded, with the file and the position in its JSON.
#[derive(Debug, thiserror::Error)]
pub enum TaskError {
    /// The file or directory could not be read.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The text is not JSON of the ARC task format.
    #[error("{}{source}", Origin(.path.as_deref()))]
    Json {
        /// The file, where the text came from one.
        path: Option<PathBuf>,
        /// Line of the error in the JSON text (1-based).
        line: usize,
        /// Column of the error in the JSON text (1-based).
        column: usize,
        /// The JSON error.
        source: serde_json::Error,
    },
    /// A grid in the file is not a valid grid.
    #[error("{}line {line}, column {column}: {source}", Origin(.path.as_deref()))]
    Grid {
        /// The file, where the text came from one.
        path: Option<PathBuf>,
        /// Line in the JSON text where the problem was seen (1-based).
        line: usize,
        /// Column in the JSON text where the problem was seen (1-based).
        column: usize,
        /// What is wrong with the grid, with its row and column.
        source: GridError,
    },
}

impl TaskError {
    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            TaskError::Io { path, .. } => Some(path),
            TaskError::Json { path, .. } | TaskError::Grid { path, .. } => path.as_deref(),
        }
    }

    fn with_path(self, file: &Path) -> TaskError {
        match self {
            TaskError::Json { line, column, source, .. } => {
                TaskError::Json { path: Some(file.to_path_buf()), line, column, source }
            }
            TaskError::Grid { line, column, source, .. } => {
                TaskError::Grid { path: Some(file.to_path_buf()), line, column, source }
            }
            io @ TaskError::Io { .. } => io,
        }
    }
}

/// Displays `"<path>: "` when there is a path.
struct Origin<'a>(Option<&'a Path>);

impl fmt::Display for Origin<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(p) => write!(f, "{}: ", p.display()),
            None => Ok(()),
        }
    }
}

/// One file of a task directory, with its own load result.
#[derive(Debug)]
pub struct TaskFile {
    /// The file's stem, the task's id (e.g. `007bbfb7`).
    pub id: String,
    /// The file's path.
    pub path: PathBuf,
    /// The task, or why it could not be loaded.
    pub task: Result<Task, TaskError>,
}

impl Task {
    /// Parses a task from ARC JSON text.
    ///
    /// ```
    /// use batt_runtime::Task;
    /// let t = Task::from_json_str(
    ///     r#"{"train": [{"input": [[1]], "output": [[2]]}], "test": [{"input": [[3]]}]}"#,
    /// )
    /// .unwrap();
    /// assert_eq!(t.train.len(), 1);
    /// assert!(t.test[0].output.is_none());
    /// ```
    pub fn from_json_str(text: &str) -> Result<Task, TaskError> {
        take_last_grid_error();
        serde_json::from_str(text).map_err(|source| {
            let (line, column) = (source.line(), source.column());
            match take_last_grid_error() {
                Some(grid) => TaskError::Grid { path: None, line, column, source: grid },
                None => TaskError::Json { path: None, line, column, source },
            }
        })
    }

    /// Reads and parses one ARC JSON file.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Task, TaskError> {
        let path = path.as_ref();
        let text = fs::read_to_string(path)
            .map_err(|source| TaskError::Io { path: path.to_path_buf(), source })?;
        Task::from_json_str(&text).map_err(|e| e.with_path(path))
    }

    /// Loads every `.json` file of a directory, sorted by file name, failing on the first
    /// bad file. See [`read_task_dir`] to keep going past bad files.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Vec<(String, Task)>, TaskError> {
        read_task_dir(dir)?.into_iter().map(|f| f.task.map(|t| (f.id, t))).collect()
    }
}

/// Lists the `.json` files of a directory, sorted by file name, and loads each one; a bad
/// file gets its own error and does not stop the others. Fails only when the directory
/// itself cannot be read.
pub fn read_task_dir(dir: impl AsRef<Path>) -> Result<Vec<TaskFile>, TaskError> {
    let dir = dir.as_ref();
    let io_err = |source| TaskError::Io { path: dir.to_path_buf(), source };
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_err)? {
        let path = entry.map_err(io_err)?.path();
        if path.extension().is_some_and(|e| e == "json") && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(paths
        .into_iter()
        .map(|path| TaskFile {
            id: path.file_stem().unwrap_or_default().to_string_lossy().into_owned(),
            task: Task::from_path(&path),
            path,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{"train": [{"input": [[1, 2], [3, 4]], "output": [[5]]},
                                      {"input": [[0]], "output": [[9, 9]]}],
                            "test": [{"input": [[1]], "output": [[2]]}, {"input": [[7]]}]}"#;

    #[test]
    fn parses_train_and_test() {
        let t = Task::from_json_str(GOOD).unwrap();
        assert_eq!(t.train.len(), 2);
        assert_eq!(t.train[0].input.to_rows(), vec![vec![1, 2], vec![3, 4]]);
        assert_eq!(t.train[1].output.cells(), &[9, 9]);
        assert_eq!(t.test.len(), 2);
        assert_eq!(t.test[0].output.as_ref().map(Grid::cells), Some(&[2u8][..]));
        assert_eq!(t.test[1].output, None);
        let back: Task = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn grid_errors_carry_json_position_and_cell() {
        let text = "{\"train\": [{\"input\": [[1, 2],\n [3, 12]], \"output\": [[0]]}]}";
        match Task::from_json_str(text) {
            Err(TaskError::Grid { path: None, line: 2, source, .. }) => {
                assert_eq!(source, GridError::BadColor { row: 1, column: 1, value: 12 })
            }
            other => panic!("unexpected {other:?}"),
        }
        let ragged = "{\"train\": [{\"input\": [[1]], \"output\": [[1, 2],\n\n [3]]}]}";
        match Task::from_json_str(ragged) {
            Err(TaskError::Grid { line: 3, source, .. }) => {
                assert_eq!(source, GridError::Ragged { row: 1, expected: 2, found: 1 })
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn json_errors_carry_position() {
        match Task::from_json_str("{\"train\": [{\"input\": [[1]]}]}") {
            Err(TaskError::Json { line: 1, column, source, .. }) => {
                assert!(column > 0);
                assert!(source.to_string().contains("missing field `output`"), "{source}");
            }
            other => panic!("unexpected {other:?}"),
        }
        match Task::from_json_str("{\"train\": [\n{\"input\": [[1.5]], \"output\": [[1]]}]}") {
            Err(TaskError::Json { line: 2, .. }) => {}
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(Task::from_json_str("{"), Err(TaskError::Json { .. })));
    }

    #[test]
    fn directory_loading_is_sorted_and_keeps_going() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::write(dir.join("b.json"), GOOD).unwrap();
        fs::write(dir.join("a.json"), GOOD).unwrap();
        fs::write(dir.join("c.json"), "{\"train\": [{\"input\": [[]], \"output\": [[1]]}]}")
            .unwrap();
        fs::write(dir.join("notes.txt"), "not a task").unwrap();
        let files = read_task_dir(dir).unwrap();
        let ids: Vec<_> = files.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert!(files[0].task.is_ok() && files[1].task.is_ok());
        let err = files[2].task.as_ref().unwrap_err();
        assert_eq!(err.path(), Some(dir.join("c.json").as_path()));
        assert!(matches!(err, TaskError::Grid { source: GridError::EmptyRow { row: 0 }, .. }));
        assert!(err.to_string().starts_with(&dir.join("c.json").display().to_string()));
        let strict = Task::from_dir(dir).unwrap_err();
        assert_eq!(strict.path(), Some(dir.join("c.json").as_path()));
        fs::remove_dir_all(dir).unwrap();
        assert!(matches!(read_task_dir(dir), Err(TaskError::Io { .. })));
    }
}
