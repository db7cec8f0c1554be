//! What the benchmarks share: deterministic random grids and the ARC-AGI-1 tasks.

#![allow(dead_code, reason = "each benchmark uses a part")]

use batt::prelude::*;
pub use fastrand::Rng;

/// A grid of `h` x `w` cells, each a random colour 0-9. Seed `rng` (`Rng::with_seed`) so
/// that every run measures the same grids.
pub fn uniform_grid(rng: &mut Rng, h: usize, w: usize) -> Grid {
    let cells = (0..h * w).map(|_| rng.u8(..10)).collect();
    Grid::from_cells(h, w, cells).unwrap()
}

/// A grid of `h` x `w` cells with a background and a few colours, as ARC grids have.
pub fn arc_like_grid(rng: &mut Rng, h: usize, w: usize) -> Grid {
    let palette: Vec<Color> = (0..3).map(|_| rng.u8(..10)).collect();
    let cells =
        (0..h * w).map(|_| if rng.u8(..3) == 0 { palette[rng.usize(..3)] } else { 0 }).collect();
    Grid::from_cells(h, w, cells).unwrap()
}

/// The ARC-AGI-1 training tasks' demonstration pairs, in file order, or `None` (said on
/// standard error) when the data folder is absent (`batt_testdata::training_dir`).
pub fn arc_training() -> Option<Vec<Samples>> {
    let dir = batt_testdata::training_dir()?;
    let tasks = Task::from_dir(&dir).unwrap_or_else(|e| panic!("loading {}: {e}", dir.display()));
    Some(tasks.into_iter().map(|(_, t)| t.train).collect())
}
