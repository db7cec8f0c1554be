//! Helpers shared by the `cuda_*` tests and the cuda bench (a module, not a test of its own).
#![allow(dead_code)]

use batt::runtime::{Grid, Sample, Samples};

/// The random generator of these tests: seeded (`Rng::with_seed`), so that failures reproduce.
pub use fastrand::Rng;

/// A random `h` x `w` grid drawing its cells from a random palette of 1 to 10 colours, so
/// that masks differ from grid to grid.
pub fn grid(rng: &mut Rng, h: usize, w: usize) -> Grid {
    let k = 1 + rng.usize(..10);
    let mut colours: Vec<u8> = (0..10).collect();
    rng.shuffle(&mut colours);
    let mut cells = Vec::with_capacity(h * w);
    while cells.len() < h * w {
        let r = rng.u64(..);
        for b in 0..8 {
            if cells.len() < h * w {
                cells.push(colours[((r >> (8 * b)) & 0xff) as usize % k]);
            }
        }
    }
    Grid::from_cells(h, w, cells).unwrap()
}

/// A random task: `n` samples of grids from 1x1 to 30x30, with 1x1 and 30x30 often.
pub fn task(rng: &mut Rng, n: usize) -> Samples {
    let side = |rng: &mut Rng| match rng.u64(..4) {
        0 => 1,
        1 => 30,
        _ => 1 + rng.usize(..30),
    };
    (0..n)
        .map(|_| {
            let (h, w) = (side(rng), side(rng));
            let input = grid(rng, h, w);
            let (h, w) = (side(rng), side(rng));
            Sample::new(input, grid(rng, h, w))
        })
        .collect()
}

/// `tasks` random tasks of 0 to 10 samples (empty tasks included).
pub fn batch(rng: &mut Rng, tasks: usize) -> Vec<Samples> {
    (0..tasks)
        .map(|_| {
            let n = rng.usize(..11);
            task(rng, n)
        })
        .collect()
}

/// `tasks` tasks of `samples` samples of `h` x `w` grids.
pub fn uniform(rng: &mut Rng, tasks: usize, samples: usize, h: usize, w: usize) -> Vec<Samples> {
    (0..tasks)
        .map(|_| (0..samples).map(|_| Sample::new(grid(rng, h, w), grid(rng, h, w))).collect())
        .collect()
}

/// Whether a GPU runs the cuda backend here; prints why not when it does not.
pub fn gpu(test: &str) -> bool {
    let ok = batt::runtime::backend::cuda::is_available();
    if !ok {
        println!("{test}: no usable CUDA device here; checking the CPU fallback only");
    }
    ok
}

/// The ARC-AGI-1 tasks' demonstration samples, training then evaluation, or `None` (with
/// the reason printed) when the data folder is absent (`batt_testdata::arc_root`).
pub fn arc_agi_1() -> Option<Vec<Samples>> {
    let dir = batt_testdata::arc_root()?;
    let mut tasks = Vec::new();
    for split in ["training", "evaluation"] {
        let t = batt::runtime::Task::from_dir(dir.join(split))
            .unwrap_or_else(|e| panic!("loading {}/{split}: {e}", dir.display()));
        tasks.extend(t.into_iter().map(|(_, t)| t.train));
    }
    Some(tasks)
}
