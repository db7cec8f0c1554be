//! The single-thread backend: each grid's palette mask ([`crate::scan::palette`]), each cell
//! read once, then the colour vectors allocated at their exact length.

use crate::grid::{Color, Grid};
use crate::pattern::{Pattern, Side};
use crate::samples::{Sample, Samples};

use super::PatternBackend;
pub use crate::scan::palette::{ColorMask, colors_of_masks, palette_mask, push_colors};

/// Masks of up to this many grids stay on the stack.
const STACK_MASKS: usize = 64;

/// Calls `f` with the palette masks of `grids`, computed into a stack buffer when they fit.
fn with_masks<'g, R>(
    count: usize,
    grids: impl Iterator<Item = &'g [Color]>,
    f: impl FnOnce(&[ColorMask]) -> R,
) -> R {
    let mut stack = [0; STACK_MASKS];
    let mut heap = Vec::new();
    let masks = if count <= STACK_MASKS {
        &mut stack[..count]
    } else {
        heap.resize(count, 0);
        &mut heap[..]
    };
    for (m, cells) in masks.iter_mut().zip(grids) {
        *m = palette_mask(cells);
    }
    f(masks)
}

/// The fused pattern of one task on this thread: masks first (each cell read once), then
/// the colour vectors allocated at their exact length.
pub(crate) fn fused(samples: &[Sample]) -> Pattern {
    let n = samples.len();
    let grids = samples.iter().flat_map(|s| [s.input.cells(), s.output.cells()]);
    with_masks(2 * n, grids, |masks| Pattern {
        inputs: samples.iter().map(|s| s.input.clone()).collect(),
        outputs: samples.iter().map(|s| s.output.clone()).collect(),
        input_colors: colors_of_masks(masks.iter().step_by(2).copied()),
        output_colors: colors_of_masks(masks.iter().skip(1).step_by(2).copied()),
    })
}

/// One half of the fused pattern (the inputs or the outputs) on this thread.
pub(crate) fn fused_side(samples: &[Sample], side: Side) -> (Vec<Grid>, Vec<Color>) {
    let grids = samples.iter().map(|s| side.of(s).cells());
    with_masks(samples.len(), grids, |masks| {
        (
            samples.iter().map(|s| side.of(s).clone()).collect(),
            colors_of_masks(masks.iter().copied()),
        )
    })
}

/// The single-thread backend.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cpu;

impl PatternBackend for Cpu {
    fn name(&self) -> &'static str {
        "cpu"
    }

    fn pattern(&self, samples: &Samples) -> Pattern {
        fused(samples)
    }

    fn side(&self, samples: &Samples, side: Side) -> (Vec<Grid>, Vec<Color>) {
        fused_side(samples, side)
    }

    fn many(&self, tasks: &[Samples]) -> Vec<Pattern> {
        tasks.iter().map(|t| fused(t)).collect()
    }
}
