//! Every transform with a kernel, run through the kernels (emulated on the CPU: the CUDA
//! sources compiled as C++), equals its Rust transform on every training input, with every
//! argument its task gives it, and on images drawn at random.

mod common;

use batt_search::device::{Emulated, KernelTable, apply};
use batt_search::image::{Images, View};
use batt_search::transforms::{self, Context, Param};
use common::{check_kernels_on_training, transform_on_cpu as on_cpu};

#[test]
fn kernels_match_the_transforms_on_every_training_input() {
    let mut dev = Emulated::new().expect("the emulation (dev-dependency feature)");
    let (checked, declined) = check_kernels_on_training(&mut dev);
    assert!(checked > 0, "no transform has a kernel");
    // Images a kernel leaves to the CPU (beyond the sizes it handles): rare, or the GPU
    // search would run mostly on the CPU.
    assert!(declined * 100 <= checked, "{declined} images declined of {checked} applications");
}

#[test]
fn kernels_match_the_transforms_on_random_images() {
    let table = KernelTable::all();
    let mut dev = Emulated::new().expect("the emulation");
    let mut rng = fastrand::Rng::with_seed(11);
    let colors = batt_search::transforms::TaskColors {
        new_in_outputs: vec![4],
        outputs: vec![0, 2, 4],
        inputs: vec![0, 1, 2, 3],
    };
    for round in 0..40 {
        let mut images = Images::new();
        let mut targets = Vec::new();
        for k in 0..12 {
            // Mostly small images; some past the sizes kernels handle on one thread (more
            // than 1024 cells), and some long and thin.
            let (h, w) = match (round % 4, k) {
                (0, 0) => (rng.usize(33..=40), rng.usize(33..=40)),
                (1, 0) => (1, rng.usize(200..=255)),
                (2, 0) => (rng.usize(200..=255), rng.usize(1..=3)),
                _ => (rng.usize(1..=12), rng.usize(1..=12)),
            };
            let k = rng.u8(1..=10);
            let cells: Vec<u8> =
                (0..h * w).map(|_| if rng.bool() { 0 } else { rng.u8(0..k.min(10)) }).collect();
            images.push(View::new(h, w, &cells).expect("a view"));
            targets.push(match rng.u8(0..3) {
                0 => None,
                1 => Some((h, w)),
                _ => Some((rng.usize(1..=20), rng.usize(1..=20))),
            });
        }
        let contexts: Vec<Context<'_>> =
            targets.iter().map(|&target| Context { colors: &colors, target }).collect();
        for t in 0..transforms::all().len() {
            if table.get(t).is_none() {
                continue;
            }
            let name = transforms::all()[t].name;
            let args: Vec<u8> = match transforms::all()[t].param {
                Param::None => vec![0],
                Param::Color => (0..=10).collect(),
                Param::Count(n) => (0..n).collect(),
            };
            for arg in args {
                let want = on_cpu(t, arg, &images, &contexts);
                let got = apply(&mut dev, &table, t, arg, &images, &targets).expect("emulated");
                for (j, (g, w)) in got.into_iter().zip(&want).enumerate() {
                    if let Some(g) = g.image() {
                        assert_eq!(&g, w, "{name}({arg}) on random image {j} of round {round}");
                    }
                }
            }
        }
    }
}
