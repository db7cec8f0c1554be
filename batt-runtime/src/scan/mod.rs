//! Scans of cell buffers, below both the DSL and the backends: palette masks, colour
//! histograms and counts, the cells of one colour, runs of one colour.
//!
//! SIMD where the CPU has it (AVX2 or SSSE3 for palette masks, SSE2 for the scans on
//! x86-64), a portable loop elsewhere; every path gives the same result.

pub(crate) mod cells;
pub mod palette;

pub use palette::{ColorMask, colors_of_masks, palette_mask, push_colors};
