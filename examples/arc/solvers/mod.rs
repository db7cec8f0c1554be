//! The example's solver functions, in arc-dsl style, each fused by `#[batt]`.
//!
//! A solver takes a task's demonstration pairs `S` and a test input `I` and predicts the
//! output, or gives `None` when its idea does not fit the task. Each one opens with the sample
//! pattern, which `#[batt]` turns into one call of the runtime.
//!
//! - [`generic`]: three solvers that read their transform or colours off the pairs;
//! - [`tasks`]: one solver per ARC-AGI-1 training task, after arc-dsl's `solvers.py`;
//! - [`python`]: solvers of other training tasks written in arc-dsl's Python (`python.py`)
//!   and converted at compile time by `include_solvers!`;
//! - [`candidates`]: the generated-style `batt` function that tries all of them and many
//!   candidates whose colours come from the sample pattern, and reports those that fit.
//!
//! Every function is compiled twice ([`twice!`]): `fused::NAME` with `#[batt]`, `plain::NAME`
//! without, for the tests and the benchmark. The example itself runs the `fused` ones. This
//! module is mounted as `crate::solvers` by the example, `tests/arc_solvers.rs` and
//! `benches/arc_run.rs` alike.

#[macro_use]
mod twice;

pub mod candidates;
pub mod generic;
pub mod python;
pub mod tasks;

use batt::prelude::*;

/// A solver: demonstration pairs and a test input in, a predicted output out.
pub type Solver = fn(&Samples, &Grid) -> Option<Grid>;

/// `Some(())` when `cond` holds: solvers write `when(..)?` to refuse a task early.
pub fn when(cond: bool) -> Option<()> {
    cond.then_some(())
}

/// Whether a solver that writes `color` can fit, by the sample pattern (`x3`, `x4`: the
/// inputs' and the outputs' palettes, one grid after another): the outputs show the colour
/// and have no fewer colours than the inputs.
pub fn writes(x3: &[Color], x4: &[Color], color: Integer) -> bool {
    x4.iter().any(|&c| Integer::from(c) == color) && x4.len() >= x3.len()
}
