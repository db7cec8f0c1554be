//! Helpers shared by the `cuda_*` tests and the cuda bench (a module, not a test of its own).
#![allow(dead_code)]

use batt::runtime::{Grid, Sample, Samples};

/// A small deterministic generator (xorshift64*), so that failures reproduce.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A random `h` x `w` grid drawing its cells from a random palette of 1 to 10 colours, so
/// that masks differ from grid to grid.
pub fn grid(rng: &mut Rng, h: usize, w: usize) -> Grid {
    let k = 1 + rng.below(10) as usize;
    let mut colours: Vec<u8> = (0..10).collect();
    for i in 0..k {
        let j = i + rng.below((10 - i) as u64) as usize;
        colours.swap(i, j);
    }
    let mut cells = Vec::with_capacity(h * w);
    while cells.len() < h * w {
        let r = rng.next();
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
    let side = |rng: &mut Rng| match rng.below(4) {
        0 => 1,
        1 => 30,
        _ => 1 + rng.below(30) as usize,
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
            let n = rng.below(11) as usize;
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

/// The ARC-AGI-1 tasks' demonstration samples, or `None` (with the reason printed).
pub fn arc_agi_1(test: &str) -> Option<Vec<Samples>> {
    let dir = std::env::var_os("BATT_ARC_DIR").map(std::path::PathBuf::from).unwrap_or_else(|| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/arc/arc-agi-1")
    });
    let mut tasks = Vec::new();
    for split in ["training", "evaluation"] {
        match batt::runtime::Task::from_dir(dir.join(split)) {
            Ok(t) => tasks.extend(t.into_iter().map(|(_, t)| t.train)),
            Err(e) => {
                println!("{test}: skipped, ARC-AGI-1 not readable at {}: {e}", dir.display());
                return None;
            }
        }
    }
    Some(tasks)
}
