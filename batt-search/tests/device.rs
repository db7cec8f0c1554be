//! The search on devices gives the CPU search's answers: with every kernel, with none, with
//! some (the rest on the CPU), on one and two devices, and when a device fails part-way.
//! The devices here are the kernels emulated on the CPU (the same CUDA sources as C++).

mod common;

use batt_search::device::{
    DECLINE, Device, DeviceError, DeviceSearch, Emulated, FailAfter, KernelTable, Layout,
};
use batt_search::{How, SearchOptions, search_tasks};
use common::{assert_same_results as assert_same, training_tasks as training};

/// Small budgets, so that the emulated kernels finish quickly; depth 3 with the budget
/// ending inside levels.
fn options() -> SearchOptions {
    SearchOptions { max_states: 6_000, ..SearchOptions::default() }
}

fn emulated() -> Box<dyn Device> {
    Box::new(Emulated::new().expect("the emulation (dev-dependency feature)"))
}

#[test]
fn device_search_equals_the_cpu_search() {
    let tasks = training(3, 40);
    let options = options();
    let want = search_tasks(&tasks, &options);
    assert!(want.iter().any(|r| !r.predictions.is_empty()), "some task gets a prediction");
    assert!(want.iter().any(|r| r.budget_hit), "some budget ends inside a level");
    // Every kind of prediction, each of which reads the images of states of the last level
    // that the device judged (the others' images stay there).
    for how in How::ALL {
        assert!(
            want.iter().any(|r| r.predictions.iter().any(|p| p.how == how)),
            "some prediction is a {}",
            how.name()
        );
    }
    let mut search = DeviceSearch::new(vec![emulated()]).with_batch_tasks(16);
    let (got, report) = search.search(&tasks, &options);
    assert_same(&got, &want);
    let t = report.traffic();
    assert!(t.device_items > 0 && t.launches > 0 && t.to_host > 0, "{t:?}");
    assert!(t.device_duplicates > 0, "the device drops duplicates: {t:?}");
    assert!(t.absent > 0, "the last levels' images stay on the device: {t:?}");
    assert_eq!(t.host_duplicates, 0, "the device's deduplication is complete: {t:?}");
    assert_eq!(report.cpu_tasks, 0);
    assert_eq!(report.devices[0].tasks, tasks.len() + got.iter().filter(|r| r.normalized).count());
}

#[test]
fn a_last_level_of_depth_one_brings_back_the_candidates_of_a_local_rule() {
    // At depth 1 the last level's states with the outputs' shapes may take a local rule.
    let tasks = training(3, 40);
    let options = SearchOptions { depth: 1, ..options() };
    let want = search_tasks(&tasks, &options);
    assert!(
        want.iter().any(|r| r.predictions.iter().any(|p| p.how == How::LocalRule)),
        "some prediction is a local rule"
    );
    let (got, report) = DeviceSearch::new(vec![emulated()]).search(&tasks, &options);
    assert_same(&got, &want);
    let t = report.traffic();
    assert!(t.absent > 0, "{t:?}");
}

#[test]
fn device_search_with_some_kernels_or_none_equals_the_cpu_search() {
    let tasks = training(23, 12);
    let options = options();
    let want = search_tasks(&tasks, &options);
    for table in [
        KernelTable::none(),
        KernelTable::only(|name| name.starts_with("rot") || name.ends_with("mirror")),
    ] {
        let mut search = DeviceSearch::new(vec![emulated()]).with_kernels(table.clone());
        let (got, report) = search.search(&tasks, &options);
        assert_same(&got, &want);
        let t = report.traffic();
        assert!(t.cpu_items > 0, "{t:?}");
        assert_eq!(t.device_items > 0, !table.is_empty(), "{t:?}");
    }
}

#[test]
fn a_device_failing_part_way_hands_its_tasks_to_the_cpu() {
    let tasks = training(31, 10);
    let options = options();
    let want = search_tasks(&tasks, &options);
    for calls in [0, 5, 40, 400] {
        let failing: Box<dyn Device> = Box::new(FailAfter::new(Emulated::new().unwrap(), calls));
        let mut search = DeviceSearch::new(vec![failing]).with_batch_tasks(4);
        let (got, report) = search.search(&tasks, &options);
        assert_same(&got, &want);
        assert!(report.devices[0].failure.is_some(), "after {calls} calls");
        assert!(report.cpu_tasks > 0);
    }
}

#[test]
fn two_devices_share_the_batches_and_keep_the_order() {
    let tasks = training(17, 16);
    let options = options();
    let want = search_tasks(&tasks, &options);
    let failing: Box<dyn Device> = Box::new(FailAfter::new(Emulated::new().unwrap(), 200));
    let mut search = DeviceSearch::new(vec![emulated(), failing]).with_batch_tasks(3);
    let (got, report) = search.search(&tasks, &options);
    assert_same(&got, &want);
    assert_eq!(report.devices.len(), 2);
    assert!(report.devices[0].batches > 0);
    let mut both = DeviceSearch::new(vec![emulated(), emulated()]).with_batch_tasks(3);
    let (got, report) = both.search(&tasks, &options);
    assert_same(&got, &want);
    assert!(report.devices.iter().all(|d| d.failure.is_none()));
    assert_eq!(report.cpu_tasks, 0);
}

#[test]
fn no_device_searches_on_the_cpu() {
    let tasks = training(41, 5);
    let options = options();
    let want = search_tasks(&tasks, &options);
    let (got, report) = DeviceSearch::new(Vec::new()).search(&tasks, &options);
    assert_same(&got, &want);
    assert!(report.devices.is_empty());
    assert!(report.cpu_tasks >= tasks.len());
}

/// A device whose shape kernels leave every third image they make to the CPU (as a kernel
/// does with `BATT_DECLINE` for an image beyond the sizes it handles).
struct Declining {
    inner: Emulated,
}

/// Where `TransformParams` (kernels/src/search.h) holds the job count and the output shapes.
const N_JOBS_AT: usize = 40;
const OUT_SHAPES_AT: usize = 48;

impl Device for Declining {
    fn name(&self) -> String {
        "declining".into()
    }
    fn alloc(&mut self, bytes: usize) -> Result<u64, DeviceError> {
        self.inner.alloc(bytes)
    }
    fn free(&mut self, addr: u64) {
        self.inner.free(addr)
    }
    fn upload(&mut self, dst: u64, src: &[u8]) -> Result<(), DeviceError> {
        self.inner.upload(dst, src)
    }
    fn download(&mut self, src: u64, dst: &mut [u8]) -> Result<(), DeviceError> {
        self.inner.download(src, dst)
    }
    fn fill(&mut self, dst: u64, bytes: usize, value: u8) -> Result<(), DeviceError> {
        self.inner.fill(dst, bytes, value)
    }
    fn launch(&mut self, name: &str, layout: Layout, params: &[u8]) -> Result<(), DeviceError> {
        self.inner.launch(name, layout, params)?;
        if name.ends_with("_shape") {
            let word = |at: usize, len: usize| {
                let mut b = [0u8; 8];
                b[..len].copy_from_slice(&params[at..at + len]);
                u64::from_le_bytes(b)
            };
            let n = word(N_JOBS_AT, 4) as usize;
            let at = word(OUT_SHAPES_AT, 8);
            let mut shapes = vec![0u8; 2 * n];
            self.inner.download(at, &mut shapes)?;
            for (i, s) in shapes.chunks_mut(2).enumerate() {
                if i % 3 == 0 && s != [0, 0] {
                    s.copy_from_slice(&DECLINE.to_le_bytes());
                }
            }
            self.inner.upload(at, &shapes)?;
        }
        Ok(())
    }
}

#[test]
fn images_a_kernel_declines_are_computed_on_the_cpu() {
    let tasks = training(29, 10);
    let options = options();
    let want = search_tasks(&tasks, &options);
    let dev: Box<dyn Device> = Box::new(Declining { inner: Emulated::new().unwrap() });
    let (got, report) = DeviceSearch::new(vec![dev]).search(&tasks, &options);
    assert_same(&got, &want);
    let t = report.traffic();
    assert!(t.declined > 0 && t.declined < t.device_items, "{t:?}");
    // The declined items join the device's deduplication, which stays complete.
    assert!(t.absent > 0, "{t:?}");
    assert_eq!(t.host_duplicates, 0, "{t:?}");
}

#[test]
fn states_kept_on_the_device_spare_the_host_and_change_no_answer() {
    let tasks = training(13, 20);
    let options = options();
    let want = search_tasks(&tasks, &options);
    let (got, kept) = DeviceSearch::new(vec![emulated()]).search(&tasks, &options);
    assert_same(&got, &want);
    let (got, sent) =
        DeviceSearch::new(vec![emulated()]).with_resident(false).search(&tasks, &options);
    assert_same(&got, &want);
    let (kept, sent) = (kept.traffic(), sent.traffic());
    assert!(kept.device_duplicates > sent.device_duplicates, "{kept:?} {sent:?}");
    // Only new states come back, and of the last levels only those that can matter.
    assert!(kept.absent > 0 && sent.absent == 0, "{kept:?} {sent:?}");
    assert!(kept.to_host * 3 < sent.to_host, "{kept:?} {sent:?}");
    assert_eq!(kept.host_duplicates, 0, "{kept:?}");
}

#[test]
fn a_full_table_of_resident_states_changes_no_answer() {
    let tasks = training(13, 20);
    let options = options();
    let want = search_tasks(&tasks, &options);
    let (_, full) = DeviceSearch::new(vec![emulated()]).search(&tasks, &options);
    // Room for about a thousand states a batch: the table fills during the first batches'
    // second levels, and from then on their states come back and the host deduplicates.
    let (got, small) =
        DeviceSearch::new(vec![emulated()]).with_resident_states(1_000).search(&tasks, &options);
    assert_same(&got, &want);
    let (full, small) = (full.traffic(), small.traffic());
    assert!(small.host_duplicates > 0, "the host finds what the device no longer can: {small:?}");
    assert!(small.absent < full.absent, "{small:?} {full:?}");
    assert!(small.to_host > full.to_host, "{small:?} {full:?}");
}

#[test]
fn device_search_equals_the_cpu_search_at_the_default_budget() {
    // Deeper states than the small budget reaches: larger images, more objects.
    let tasks = training(97, 4);
    let options = SearchOptions::default();
    let want = search_tasks(&tasks, &options);
    let (got, report) = DeviceSearch::new(vec![emulated()]).search(&tasks, &options);
    assert_same(&got, &want);
    let t = report.traffic();
    assert_eq!(t.cpu_items, 0, "every transform has a kernel: {t:?}");
    assert!(t.absent > 0, "{t:?}");
    assert_eq!(t.host_duplicates, 0, "{t:?}");
}

#[test]
fn device_search_keeps_the_cpu_answers_under_colliding_hashes_and_a_cells_budget() {
    let tasks = training(37, 8);
    for options in [
        // Every host hash equal: deduplication rests on the comparison of cells alone.
        SearchOptions { hash_mask: 0, max_states: 1_500, ..SearchOptions::default() },
        // The budget in cells ends the tasks inside a chunk.
        SearchOptions { max_cells: 60_000, ..options() },
    ] {
        let want = search_tasks(&tasks, &options);
        if options.hash_mask != 0 {
            assert!(
                want.iter().any(|r| r.budget_hit && (r.expanded as usize) < options.max_states),
                "the budget in cells stops some task"
            );
        }
        let (got, _) = DeviceSearch::new(vec![emulated()]).search(&tasks, &options);
        assert_same(&got, &want);
    }
}
