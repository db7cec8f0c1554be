//! Grid primitives of arc-dsl: palettes and colour counts, recolouring, mirrors and
//! rotations, cropping, scaling, splitting and concatenation, filling and painting.
//!
//! Functions that build a grid give `None` where arc-dsl would build something that is not a
//! grid of colours (ragged rows, a cell that is not a colour `0..=9` or -1) or where it
//! fails; the result is always a valid [`Grid`] otherwise. A grid holds arc-dsl's colour -1
//! as the cell code [`NEG_ONE_CELL`], which every function here reads and writes as -1.

#[cfg(doc)]
use crate::grid::{Grid, NEG_ONE_CELL};

mod cells;
mod colors;
mod geometry;
mod paint;
mod reshape;
#[cfg(test)]
mod tests;

pub use cells::*;
pub use colors::*;
pub use geometry::*;
pub use paint::*;
pub use reshape::*;
