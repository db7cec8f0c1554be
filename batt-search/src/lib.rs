//! Enumerative program search over grid transforms, over many ARC tasks at once.
//!
//! ```
//! use batt_runtime::Task;
//! use batt_search::{SearchOptions, search_tasks};
//! let task = Task::from_json_str(
//!     r#"{"train": [{"input": [[1, 2], [3, 4]], "output": [[3, 1], [4, 2]]}],
//!         "test": [{"input": [[5, 6], [7, 8]]}]}"#,
//! )
//! .unwrap();
//! let results = search_tasks(&[("t".to_string(), task)], &SearchOptions::default());
//! assert_eq!(results[0].programs[0], "rot90");
//! assert_eq!(results[0].attempts(0)[0].to_rows(), vec![vec![7, 5], vec![8, 6]]);
//! ```
#![warn(missing_docs)]

pub mod budget;
pub mod device;
pub mod error;
pub mod image;
pub mod local;
pub mod normalize;
pub mod rank;
pub mod recolor;
pub mod search;
pub mod stack;
pub mod state;
pub mod stats;
pub mod task;
pub mod transforms;

pub use budget::SearchOptions;
pub use error::SearchError;
pub use search::{How, Prediction, TaskResult, search_prepared, search_tasks};
pub use stats::{Summary, peak_memory, process_cpu_time};
pub use task::{Prepared, prepare_many};
