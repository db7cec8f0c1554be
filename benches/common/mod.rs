//! What the benchmarks share: deterministic random grids and the ARC-AGI-1 tasks.

#![allow(dead_code, reason = "each benchmark uses a part")]

use std::path::PathBuf;

use batt::prelude::*;

/// A deterministic xorshift generator, so every run measures the same grids.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A grid of `h` x `w` cells, each a random colour 0-9.
    pub fn uniform_grid(&mut self, h: usize, w: usize) -> Grid {
        let cells = (0..h * w).map(|_| (self.next() % 10) as Color).collect();
        Grid::from_cells(h, w, cells).unwrap()
    }

    /// A grid of `h` x `w` cells with a background and a few colours, as ARC grids have.
    pub fn arc_like_grid(&mut self, h: usize, w: usize) -> Grid {
        let palette: Vec<Color> = (0..3).map(|_| (self.next() % 10) as Color).collect();
        let cells = (0..h * w)
            .map(|_| if self.next() % 3 == 0 { palette[(self.next() % 3) as usize] } else { 0 })
            .collect();
        Grid::from_cells(h, w, cells).unwrap()
    }
}

/// The ARC-AGI-1 training tasks' demonstration pairs, in file order, or `None` (said on
/// standard error) when `../shared/arc/arc-agi-1/training` is absent.
pub fn arc_training() -> Option<Vec<Samples>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/arc/arc-agi-1/training");
    match Task::from_dir(&dir) {
        Ok(tasks) => Some(tasks.into_iter().map(|(_, t)| t.train).collect()),
        Err(e) => {
            eprintln!("skipped the ARC-AGI-1 benchmarks: {e}");
            None
        }
    }
}
