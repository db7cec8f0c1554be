//! The cuda backend equals the CPU reference: random batches, ARC-AGI-1, the resident corpus.
//!
//! Every test runs everywhere: without a GPU (or against the stub `libcuda.so.1`) the
//! backend falls back to the CPU and results must not change; each test says so.
#![cfg(feature = "cuda")]

#[path = "cuda_common/mod.rs"]
mod common;

use batt::runtime::backend::cuda::{self, Corpus};
use batt::runtime::{Backend, Grid, Pattern, Samples, batch_process_many_with, pattern_with};
use common::*;

fn reference(tasks: &[Samples]) -> Vec<Pattern> {
    tasks.iter().map(Pattern::reference).collect()
}

fn check_all_backends(tasks: &[Samples], what: &str) {
    let want = reference(tasks);
    for b in [Backend::Cpu, Backend::Rayon, Backend::Cuda, Backend::Auto] {
        assert!(batch_process_many_with(tasks, b) == want, "{what}: backend {b} differs");
    }
}

#[test]
fn random_batches_equal_the_reference() {
    let on_gpu = gpu("random_batches_equal_the_reference");
    let mut rng = Rng::with_seed(0x5eed_0001);
    for tasks in [0, 1, 2, 3, 17, 64, 500] {
        let batch = batch(&mut rng, tasks);
        check_all_backends(&batch, &format!("{tasks} random tasks"));
    }
    // Only empty tasks, only 1x1 grids, only 30x30 grids.
    check_all_backends(&vec![Samples::default(); 5], "empty tasks");
    check_all_backends(&uniform(&mut rng, 300, 3, 1, 1), "1x1 grids");
    check_all_backends(&uniform(&mut rng, 300, 3, 30, 30), "30x30 grids");
    if on_gpu {
        assert!(cuda::healthy_devices() > 0, "a device failed: see the log");
    }
}

#[test]
fn one_task_and_one_side_equal_the_reference() {
    gpu("one_task_and_one_side_equal_the_reference");
    let mut rng = Rng::with_seed(0x5eed_0002);
    for n in [0, 1, 5, 200] {
        let t = task(&mut rng, n);
        assert_eq!(pattern_with(&t, Backend::Cuda), Pattern::reference(&t));
        let want = Pattern::reference(&t);
        let (gi, ci) =
            batt::runtime::batch_process_side_with(&t, batt::runtime::Side::Inputs, Backend::Cuda);
        let (go, co) =
            batt::runtime::batch_process_side_with(&t, batt::runtime::Side::Outputs, Backend::Cuda);
        assert_eq!((gi, go, ci, co), want.into_tuple());
    }
}

#[test]
fn masks_of_every_shape_and_across_passes() {
    let on_gpu = gpu("masks_of_every_shape_and_across_passes");
    let mut rng = Rng::with_seed(0x5eed_0003);
    // Every shape from 1x1 to 30x30 once, and odd cell counts around word boundaries.
    let mut grids: Vec<Grid> = Vec::new();
    for h in 1..=30 {
        for w in 1..=30 {
            grids.push(grid(&mut rng, h, w));
        }
    }
    let refs: Vec<&Grid> = grids.iter().collect();
    let want: Vec<u16> =
        refs.iter().map(|g| batt::runtime::backend::cpu::palette_mask(g.cells())).collect();
    assert_eq!(cuda::palette_masks(&refs), want);
    assert_eq!(cuda::palette_masks(&refs[..1]), want[..1]);
    assert_eq!(cuda::palette_masks(&[]), Vec::<u16>::new());
    // More than one pass: 8 Mi words a pass, so 100 000 30x30 grids (11.3 Mi words) take two,
    // and 1.1 M 1x1 grids exceed the grids a pass takes.
    for (n, side) in [(100_000, 30), (1_100_000, 1)] {
        let grids: Vec<Grid> = (0..n).map(|_| grid(&mut rng, side, side)).collect();
        let refs: Vec<&Grid> = grids.iter().collect();
        let want: Vec<u16> =
            refs.iter().map(|g| batt::runtime::backend::cpu::palette_mask(g.cells())).collect();
        assert!(cuda::palette_masks(&refs) == want, "{n} grids of {side}x{side}");
    }
    if on_gpu {
        assert!(cuda::healthy_devices() > 0, "a device failed: see the log");
    }
}

#[test]
fn resident_corpus_equals_the_reference_on_any_subset() {
    let on_gpu = gpu("resident_corpus_equals_the_reference_on_any_subset");
    let mut rng = Rng::with_seed(0x5eed_0004);
    let tasks = batch(&mut rng, 400);
    let want = reference(&tasks);
    let corpus = Corpus::upload(&tasks);
    assert_eq!(corpus.len(), 400);
    if on_gpu {
        assert!(corpus.devices_used() > 0, "the corpus did not reach a device");
    }
    for _ in 0..3 {
        assert!(corpus.patterns_all() == want);
    }
    let subsets: [Vec<usize>; 5] = [
        vec![],
        vec![7],
        (0..400).rev().collect(),
        vec![3, 3, 399, 0, 3],
        (0..400).filter(|i| i % 3 == 1).collect(),
    ];
    for subset in subsets {
        let got = corpus.patterns(&subset);
        let expect: Vec<Pattern> = subset.iter().map(|&i| want[i].clone()).collect();
        assert!(got == expect, "subset {subset:?}");
    }
    let empty = Corpus::upload(&[]);
    assert!(empty.is_empty() && empty.patterns_all().is_empty());
}

#[test]
fn arc_agi_1_equals_the_reference() {
    gpu("arc_agi_1_equals_the_reference");
    let Some(tasks) = arc_agi_1() else { return };
    assert_eq!(tasks.len(), 800);
    check_all_backends(&tasks, "ARC-AGI-1");
    let corpus = Corpus::upload(&tasks);
    assert!(corpus.patterns_all() == reference(&tasks), "ARC-AGI-1 corpus");
}

#[test]
fn ptx_loads_on_every_device() {
    let devices = cuda::devices();
    if devices.is_empty() {
        println!("ptx_loads_on_every_device: skipped, no CUDA device here");
        return;
    }
    for d in devices {
        println!("device {}: {} ({})", d.ordinal, d.name, batt_ptx_header());
        assert_eq!(d.error, None, "device {} could not load the PTX", d.ordinal);
    }
    assert!(cuda::is_available());
}

fn batt_ptx_header() -> String {
    let ptx = batt_kernels_ptx();
    let v = ptx.lines().find(|l| l.starts_with(".version")).unwrap_or("?");
    let t = ptx.lines().find(|l| l.starts_with(".target")).unwrap_or("?");
    format!("{v}, {t}")
}

fn batt_kernels_ptx() -> &'static str {
    include_str!("../kernels/src/palette.ptx")
}

#[test]
fn backend_cuda_is_named_and_parsed() {
    assert_eq!("cuda".parse::<Backend>(), Ok(Backend::Cuda));
    assert_eq!(Backend::Cuda.to_string(), "cuda");
    let t = Samples::default();
    let want = if cuda::is_available() { Backend::Cuda } else { Backend::Auto.resolve(&t) };
    assert_eq!(Backend::Cuda.resolve(&t), want);
    // Auto never takes a small call to the GPU.
    let mut rng = Rng::with_seed(9);
    let small = batch(&mut rng, 3);
    assert_ne!(Backend::Auto.resolve_many(&small), Backend::Cuda);
}
