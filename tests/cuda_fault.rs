//! Failures on the GPU path never change a result: each is injected, and the device's share
//! must come back from the CPU. Needs a GPU for the mid-run failures (skipped, saying so,
//! without one); detection failures run everywhere, in a child process.
#![cfg(feature = "cuda")]

#[path = "cuda_common/mod.rs"]
mod common;

use batt::runtime::backend::cuda::fault::{self, FailPoint};
use batt::runtime::backend::cuda::{self, Corpus};
use batt::runtime::{Backend, Pattern, Samples, batch_process_many_with};
use common::*;

fn reference(tasks: &[Samples]) -> Vec<Pattern> {
    tasks.iter().map(Pattern::reference).collect()
}

/// One test for every mid-run failure, in sequence: device health is process-wide.
#[test]
fn failures_during_a_run_fall_back_to_the_cpu() {
    if !gpu("failures_during_a_run_fall_back_to_the_cpu") {
        return;
    }
    let n = cuda::healthy_devices();
    let mut rng = Rng::with_seed(0xfa11);
    let tasks = batch(&mut rng, 300);
    let want = reference(&tasks);
    assert!(batch_process_many_with(&tasks, Backend::Cuda) == want);
    for point in [FailPoint::Launch, FailPoint::Copy] {
        fault::inject(point, Some(0));
        assert!(batch_process_many_with(&tasks, Backend::Cuda) == want, "{point:?}");
        assert_eq!(cuda::healthy_devices(), n - 1, "{point:?} did not mark device 0");
        // Later calls skip the device, and still agree.
        assert!(batch_process_many_with(&tasks, Backend::Cuda) == want, "{point:?}, after");
        cuda::reset_health();
        assert_eq!(cuda::healthy_devices(), n);
    }
    // Resident corpus: a failed upload, then a failed launch on a resident shard.
    fault::inject(FailPoint::Alloc, Some(0));
    let corpus = Corpus::upload(&tasks);
    assert_eq!(corpus.devices_used(), n - 1);
    assert!(corpus.patterns_all() == want);
    cuda::reset_health();
    let corpus = Corpus::upload(&tasks);
    assert_eq!(corpus.devices_used(), n);
    for point in [FailPoint::Launch, FailPoint::Copy] {
        fault::inject(point, Some(0));
        let subset: Vec<usize> = (0..300).rev().collect();
        let expect: Vec<Pattern> = subset.iter().map(|&i| want[i].clone()).collect();
        assert!(corpus.patterns(&subset) == expect, "corpus, {point:?}");
        assert!(corpus.patterns_all() == want);
        cuda::reset_health();
    }
    fault::clear();
    assert!(corpus.patterns_all() == want);
    assert_eq!(cuda::healthy_devices(), n);
}

/// Runs `child` of this test binary in a new process with `BATT_CUDA_FAIL=fail`.
fn in_child(child: &str, fail: &str) {
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([child, "--exact", "--nocapture", "--include-ignored"])
        .env(fault::ENV, fail)
        .env("BATT_FAULT_CHILD", "1")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{child} with {fail}:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("1 passed"), "{child} did not run:\n{text}");
}

#[test]
fn detection_failures_fall_back_to_the_cpu() {
    in_child("child_without_devices", "init");
    in_child("child_without_devices", "load");
}

/// Runs only inside [`detection_failures_fall_back_to_the_cpu`]'s child process.
#[test]
#[ignore = "run by detection_failures_fall_back_to_the_cpu in a child process"]
fn child_without_devices() {
    if std::env::var_os("BATT_FAULT_CHILD").is_none() {
        return;
    }
    assert!(!cuda::is_available());
    let load_failed = std::env::var(fault::ENV).as_deref() == Ok("load");
    for d in cuda::devices() {
        assert!(
            d.error.is_some() && load_failed,
            "device {} opened despite the failure",
            d.ordinal
        );
    }
    let mut rng = Rng::with_seed(0xc41d);
    let tasks = batch(&mut rng, 50);
    assert!(batch_process_many_with(&tasks, Backend::Cuda) == reference(&tasks));
    assert_eq!(Backend::Cuda.resolve_many(&tasks), Backend::Auto.resolve_many(&tasks));
    let corpus = Corpus::upload(&tasks);
    assert_eq!(corpus.devices_used(), 0);
    assert!(corpus.patterns_all() == reference(&tasks));
}
