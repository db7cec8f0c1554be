//! The search on the host's CUDA GPUs (feature `cuda`): the kernels equal the transforms on
//! every training input, the GPU search gives the CPU search's answers, and a GPU failing
//! part-way hands its tasks to the CPU. Without a GPU (or with the stub driver) the search
//! must still give the CPU's answers, from the CPU.
#![cfg(feature = "cuda")]

mod common;

use batt_search::device::cuda::{CudaDevice, devices};
use batt_search::device::{Device, DeviceSearch, FailAfter};
use batt_search::{SearchOptions, search_tasks};
use common::{
    assert_same_results as assert_same, check_kernels_on_training, tasks_in as tasks_of,
    training_tasks as training,
};

#[test]
fn gpu_kernels_match_the_transforms_on_every_training_input() {
    let mut devs = devices();
    let Some(dev) = devs.first_mut() else {
        eprintln!("no CUDA device: nothing to compare");
        return;
    };
    let (checked, _) = check_kernels_on_training(dev.as_mut());
    assert!(checked > 0);
}

#[test]
fn gpu_search_equals_the_cpu_search() {
    let tasks = training(5, 80);
    let options = SearchOptions { max_states: 40_000, ..SearchOptions::default() };
    let want = search_tasks(&tasks, &options);
    let mut search = DeviceSearch::cuda().with_batch_tasks(32);
    let (got, report) = search.search(&tasks, &options);
    assert_same(&got, &want);
    if report.devices.is_empty() {
        assert!(report.cpu_tasks >= tasks.len(), "no GPU: all on the CPU");
    } else {
        assert!(report.devices.iter().all(|d| d.failure.is_none()), "{report:?}");
        assert!(report.traffic().device_items > 0);
    }
}

#[test]
fn a_gpu_failing_part_way_hands_its_tasks_to_the_cpu() {
    let Ok(dev) = CudaDevice::open(0) else {
        eprintln!("no CUDA device: the failure path is tested with emulated devices");
        return;
    };
    let tasks = training(13, 24);
    let options = SearchOptions { max_states: 20_000, ..SearchOptions::default() };
    let want = search_tasks(&tasks, &options);
    let failing: Box<dyn Device> = Box::new(FailAfter::new(dev, 150));
    let mut search = DeviceSearch::new(vec![failing]).with_batch_tasks(6);
    let (got, report) = search.search(&tasks, &options);
    assert_same(&got, &want);
    assert!(report.devices[0].failure.is_some());
    assert!(report.cpu_tasks > 0);
}

/// The 400 evaluation tasks at the default budget: the GPU's answers are the CPU's. Run
/// on a GPU machine with `--ignored` (minutes on the CPU side).
#[test]
#[ignore = "minutes: run on the GPU machine with --ignored"]
fn evaluation_answers_equal_on_the_gpu() {
    let tasks = tasks_of(batt_testdata::evaluation_dir().expect("the evaluation tasks"), 1, 400);
    // The budgets alone stop the tasks: the wall-clock guard, a safety net that depends on
    // the machine's load, is set far beyond them on both sides.
    let options = SearchOptions { task_seconds: 600.0, ..SearchOptions::default() };
    let want = search_tasks(&tasks, &options);
    let (got, report) = DeviceSearch::cuda().search(&tasks, &options);
    assert_same(&got, &want);
    assert!(!report.devices.is_empty(), "a GPU is needed for this test");
}
