//! `batt`: fast arc-dsl solvers.
//!
//! Annotate a solver function with `#[batt]` and the sample pattern in its body
//! (`apply(first, S)`, `apply(second, S)`, `mapply(p_g, ..)` twice) is fused into one call
//! into the runtime, which runs it on one core, all cores, or the GPUs.
//!
//! ```
//! use batt::prelude::*;
//! let task = Task::from_json_str(r#"{"train": [{"input": [[1, 2]], "output": [[3]]}]}"#).unwrap();
//! let s = &task.train;
//! let x1 = apply(first, s);
//! let x3 = mapply(p_g, &x1);
//! assert_eq!(x3, vec![1, 2]);
//! ```

pub use batt_macros::batt;
pub use batt_macros::include_solvers;
pub use batt_runtime as runtime;
pub use batt_runtime::prelude;
pub use batt_search as search;
