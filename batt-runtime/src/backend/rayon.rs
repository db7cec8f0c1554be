//! The all-cores backend: the work split across the rayon pool.

use ::rayon::prelude::*;

use super::{PatternBackend, cpu};
use crate::grid::{Color, Grid};
use crate::pattern::{Pattern, Side};
use crate::samples::Samples;

/// Samples per rayon job for one task's samples; below this a split costs more than it saves.
const SAMPLES_PER_JOB: usize = 64;

/// Tasks per rayon job in a many-task call.
const TASKS_PER_JOB: usize = 16;

/// Samples per job for `n` samples: a few jobs per thread, none under [`SAMPLES_PER_JOB`].
fn chunk_len(n: usize) -> usize {
    n.div_ceil(4 * ::rayon::current_num_threads()).max(SAMPLES_PER_JOB)
}

/// The fused pattern of one task: each chunk of samples computed whole (masks, grid
/// clones, colours) on one thread, then the chunks' vectors moved end to end in order.
pub(crate) fn fused(samples: &Samples) -> Pattern {
    let parts: Vec<Pattern> =
        samples.par_chunks(chunk_len(samples.len())).map(cpu::fused).collect();
    let mut whole = Pattern {
        inputs: Vec::with_capacity(samples.len()),
        outputs: Vec::with_capacity(samples.len()),
        input_colors: Vec::with_capacity(parts.iter().map(|p| p.input_colors.len()).sum()),
        output_colors: Vec::with_capacity(parts.iter().map(|p| p.output_colors.len()).sum()),
    };
    for p in parts {
        whole.inputs.extend(p.inputs);
        whole.outputs.extend(p.outputs);
        whole.input_colors.extend_from_slice(&p.input_colors);
        whole.output_colors.extend_from_slice(&p.output_colors);
    }
    whole
}

/// One half of the pattern, chunk by chunk as in [`fused`].
pub(crate) fn fused_side(samples: &Samples, side: Side) -> (Vec<Grid>, Vec<Color>) {
    let parts: Vec<(Vec<Grid>, Vec<Color>)> = samples
        .par_chunks(chunk_len(samples.len()))
        .map(|chunk| cpu::fused_side(chunk, side))
        .collect();
    let mut grids = Vec::with_capacity(samples.len());
    let mut colors = Vec::with_capacity(parts.iter().map(|p| p.1.len()).sum());
    for (g, c) in parts {
        grids.extend(g);
        colors.extend_from_slice(&c);
    }
    (grids, colors)
}

/// Many tasks at once: each task on one thread, tasks spread over the pool.
pub(crate) fn many(tasks: &[Samples]) -> Vec<Pattern> {
    tasks.par_iter().with_min_len(TASKS_PER_JOB).map(|t| cpu::fused(t)).collect()
}

/// The all-cores backend.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Rayon;

impl PatternBackend for Rayon {
    fn name(&self) -> &'static str {
        "rayon"
    }

    fn pattern(&self, samples: &Samples) -> Pattern {
        fused(samples)
    }

    fn side(&self, samples: &Samples, side: Side) -> (Vec<Grid>, Vec<Color>) {
        fused_side(samples, side)
    }

    fn many(&self, tasks: &[Samples]) -> Vec<Pattern> {
        many(tasks)
    }
}
