//! Every transform with a kernel, run through the kernels (emulated on the CPU: the CUDA
//! sources compiled as C++), equals its Rust transform on every training input, with every
//! argument its task gives it, and on images drawn at random.

use batt_runtime::Task;
use batt_search::device::{Emulated, KernelTable, apply};
use batt_search::image::{Images, View};
use batt_search::rank::args_of;
use batt_search::transforms::{self, Context, Param};
use batt_search::{Prepared, prepare_many};

/// Every training task, prepared.
fn training() -> Vec<(String, Prepared)> {
    let dir = batt_testdata::training_dir().expect("the ARC-AGI-1 training tasks");
    let mut tasks: Vec<(String, Task)> = batt_runtime::read_task_dir(&dir)
        .expect("training tasks")
        .into_iter()
        .map(|f| (f.id, f.task.expect("a readable training task")))
        .collect();
    tasks.sort_by(|a, b| a.0.cmp(&b.0));
    prepare_many(&tasks)
        .into_iter()
        .zip(tasks)
        .filter_map(|(p, (id, _))| p.ok().map(|p| (id, p)))
        .collect()
}

/// The Rust transform `t` on every image of `images`.
fn on_cpu(
    t: usize,
    arg: u8,
    images: &Images,
    contexts: &[Context<'_>],
) -> Vec<Option<(usize, usize, Vec<u8>)>> {
    let tr = &transforms::all()[t];
    images
        .iter()
        .zip(contexts)
        .map(|(v, cx)| {
            let mut out = Images::new();
            out.push_with(|buf| (tr.apply)(v, arg, cx, buf)).then(|| {
                let r = out.view(0);
                (r.height, r.width, r.cells.to_vec())
            })
        })
        .collect()
}

#[test]
fn kernels_match_the_transforms_on_every_training_input() {
    let table = KernelTable::all();
    let mut dev = Emulated::new().expect("the emulation (dev-dependency feature)");
    let tasks = training();
    assert!(tasks.len() >= 390);
    let mut checked = 0usize;
    // Images a kernel leaves to the CPU (beyond the sizes it handles): rare, or the GPU
    // search would run mostly on the CPU.
    let mut declined = 0usize;
    for t in 0..transforms::all().len() {
        if table.get(t).is_none() {
            continue;
        }
        let name = transforms::all()[t].name;
        for (id, p) in &tasks {
            let contexts: Vec<Context<'_>> =
                p.targets.iter().map(|&target| Context { colors: &p.colors, target }).collect();
            for &arg in args_of(&transforms::all()[t], p) {
                let want = on_cpu(t, arg, &p.inputs, &contexts);
                let got = apply(&mut dev, &table, t, arg, &p.inputs, &p.targets)
                    .unwrap_or_else(|e| panic!("{name} on {id}: {e}"));
                for (j, (g, w)) in got.into_iter().zip(&want).enumerate() {
                    let Some(g) = g.image() else {
                        declined += 1;
                        continue;
                    };
                    assert_eq!(
                        &g, w,
                        "{name}({arg}) on input {j} of {id}: kernel (left) against transform"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "no transform has a kernel");
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
