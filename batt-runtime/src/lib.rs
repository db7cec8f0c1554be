//! The runtime of `batt`: ARC grids and samples, the arc-dsl primitives of the sample
//! pattern, and the fused pattern on one core or all cores.
//!
//! Most users want the [`prelude`]:
//! ```
//! use batt_runtime::prelude::*;
//! let task = Task::from_json_str(r#"{"train": [{"input": [[1, 2]], "output": [[3]]}]}"#).unwrap();
//! let (x1, x2, x3, x4) = batch_process_samples(&task.train);
//! assert_eq!((x1.len(), x2.len(), x3, x4), (1, 1, vec![1, 2], vec![3]));
//! ```
#![warn(missing_docs)]

pub mod backend;
pub mod dispatch;
pub mod dsl;
pub mod fuse;
pub mod grid;
pub mod pattern;
pub mod runner;
pub mod samples;
pub mod scan;

pub use dispatch::{
    Backend, BackendError, batch_process_inputs, batch_process_many, batch_process_many_with,
    batch_process_outputs, batch_process_samples, batch_process_samples_with,
    batch_process_side_with, pattern_with,
};
pub use grid::{Color, Grid, GridError, MAX_SIDE, NUM_COLORS};
pub use pattern::{Pattern, PatternTuple, Side};
pub use samples::{Sample, Samples, Task, TaskError, TaskFile, TestSample, read_task_dir};

/// Many tasks kept on the GPUs, computed again on any subset (cargo feature `cuda`).
#[cfg(feature = "cuda")]
pub use backend::cuda::Corpus as CudaCorpus;

/// The everyday names: the data types, the DSL and the fused pattern.
pub mod prelude {
    pub use crate::dispatch::{
        Backend, batch_process_inputs, batch_process_many, batch_process_outputs,
        batch_process_samples,
    };
    pub use crate::dsl::*;
    pub use crate::grid::{Color, Grid};
    pub use crate::pattern::Pattern;
    pub use crate::samples::{Sample, Samples, Task, TestSample};
}
