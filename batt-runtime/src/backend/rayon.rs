//! The all-cores backend: the work split across the rayon pool.

use ::rayon::prelude::*;

use super::cpu::{self, ColorMask, palette_mask, push_colors};
use crate::grid::{Color, Grid};
use crate::pattern::{Pattern, Side};
use crate::samples::Samples;

/// Samples per rayon job for one task's samples; below this a split costs more than it saves.
const SAMPLES_PER_JOB: usize = 8;

/// Tasks per rayon job in a many-task call.
const TASKS_PER_JOB: usize = 16;

/// The fused pattern of one task, its samples' masks computed in parallel.
pub(crate) fn fused(samples: &Samples) -> Pattern {
    let masks: Vec<(ColorMask, ColorMask)> = samples
        .par_iter()
        .with_min_len(SAMPLES_PER_JOB)
        .map(|s| (palette_mask(s.input.cells()), palette_mask(s.output.cells())))
        .collect();
    let mut p = Pattern {
        inputs: samples.iter().map(|s| s.input.clone()).collect(),
        outputs: samples.iter().map(|s| s.output.clone()).collect(),
        input_colors: Vec::with_capacity(masks.len() * 4),
        output_colors: Vec::with_capacity(masks.len() * 4),
    };
    for (mi, mo) in masks {
        push_colors(mi, &mut p.input_colors);
        push_colors(mo, &mut p.output_colors);
    }
    p
}

/// One half of the pattern, its masks computed in parallel.
pub(crate) fn fused_side(samples: &Samples, side: Side) -> (Vec<Grid>, Vec<Color>) {
    let masks: Vec<ColorMask> = samples
        .par_iter()
        .with_min_len(SAMPLES_PER_JOB)
        .map(|s| palette_mask(side.of(s).cells()))
        .collect();
    let grids = samples.iter().map(|s| side.of(s).clone()).collect();
    let mut colors = Vec::with_capacity(masks.len() * 4);
    for m in masks {
        push_colors(m, &mut colors);
    }
    (grids, colors)
}

/// Many tasks at once: each task on one thread, tasks spread over the pool.
pub(crate) fn many(tasks: &[Samples]) -> Vec<Pattern> {
    tasks.par_iter().with_min_len(TASKS_PER_JOB).map(cpu::fused).collect()
}
