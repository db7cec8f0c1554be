//! Spreading mask work over devices, and taking a failed device's share back to the CPU.
//!
//! Generic over [`Engine`], so that shard planning, ordering of results and fallback are
//! tested with fake devices on any machine; the real engine is [`super::device::CudaEngine`].

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

use super::pack::{chunk_prefix, cpu_masks, plan_shards};
use super::stages::{Stage, Timer};
use crate::backend::cpu::ColorMask;
use crate::grid::Grid;

/// What went wrong on a device.
#[derive(Debug, thiserror::Error)]
pub(crate) enum DeviceError {
    /// A driver call failed.
    #[error("{what}: {source}")]
    Driver {
        /// The step that failed.
        what: &'static str,
        /// The driver's error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A raw driver call returned an error status.
    #[error("{what}: CUDA error {code}")]
    Status {
        /// The call that failed.
        what: &'static str,
        /// The driver's `CUresult`.
        code: u32,
    },
    /// A failure injected by a test.
    #[error("{0:?}: injected failure")]
    Injected(super::fault::FailPoint),
    /// The batch does not fit the kernel's 32-bit offsets.
    #[error("{0}")]
    TooLarge(&'static str),
}

/// A device that computes palette masks.
pub(crate) trait Engine: Sync {
    /// Packed grids kept on the device.
    type Resident: Send + Sync;

    /// The masks of `grids` into `out` (same length), in order. `prefix` holds the grids'
    /// cumulative chunk counts (`grids.len() + 1` of them, from any base).
    fn masks(
        &self,
        grids: &[&Grid],
        prefix: &[u64],
        out: &mut [ColorMask],
    ) -> Result<(), DeviceError>;

    /// Keeps `grids` on the device for later [`Engine::resident_masks`] calls; `prefix` as
    /// for [`Engine::masks`].
    fn upload(&self, grids: &[&Grid], prefix: &[u64]) -> Result<Self::Resident, DeviceError>;

    /// The masks of resident grids: `items` lists the grids (local indices) in the order
    /// wanted, `None` meaning all of them in order. `out` has one slot per item.
    fn resident_masks(
        &self,
        resident: &Self::Resident,
        items: Option<&[u32]>,
        out: &mut [ColorMask],
    ) -> Result<(), DeviceError>;

    /// Kernel times in milliseconds over all resident grids, one per repetition (benches).
    fn time_resident(
        &self,
        _resident: &Self::Resident,
        _reps: usize,
    ) -> Result<Vec<f32>, DeviceError> {
        Ok(Vec::new())
    }
}

/// A device with its health.
pub(crate) struct Slot<E> {
    /// The device's index among all detected devices.
    pub(crate) ordinal: usize,
    /// The device.
    pub(crate) engine: E,
    healthy: AtomicBool,
    warned: AtomicBool,
}

impl<E> Slot<E> {
    /// A healthy slot.
    pub(crate) fn new(ordinal: usize, engine: E) -> Slot<E> {
        Slot { ordinal, engine, healthy: AtomicBool::new(true), warned: AtomicBool::new(false) }
    }

    /// Whether work may go to this device.
    pub(crate) fn is_healthy(&self) -> bool {
        self.healthy.load(Ordering::Acquire)
    }

    /// Marks the device unhealthy, logging the first failure only.
    pub(crate) fn fail(&self, err: &DeviceError) {
        self.healthy.store(false, Ordering::Release);
        if !self.warned.swap(true, Ordering::AcqRel) {
            tracing::warn!(
                device = self.ordinal,
                "batt: CUDA device {} failed ({err}); its work goes to the CPU from now on",
                self.ordinal
            );
        }
    }

    /// Makes the device eligible again (tests).
    pub(crate) fn reset(&self) {
        self.healthy.store(true, Ordering::Release);
    }
}

/// Runs `f` for each item, on scoped threads when there is more than one.
fn for_each_parallel<T: Send>(items: Vec<T>, f: impl Fn(T) + Sync) {
    if items.len() <= 1 {
        items.into_iter().for_each(f);
        return;
    }
    std::thread::scope(|s| {
        let f = &f;
        for item in items {
            s.spawn(move || f(item));
        }
    });
}

/// The masks of `grids`, split by cells over the healthy devices, each device's share done
/// on the CPU when it fails. The result is in the order of `grids`, whatever happens.
pub(crate) fn run_masks<E: Engine>(slots: &[Slot<E>], grids: &[&Grid]) -> Vec<ColorMask> {
    let mut out = vec![0; grids.len()];
    let healthy: Vec<&Slot<E>> = slots.iter().filter(|s| s.is_healthy()).collect();
    if healthy.is_empty() || grids.is_empty() {
        cpu_masks(grids, &mut out);
        return out;
    }
    let t = Timer::start();
    let prefix = chunk_prefix(grids);
    let plan = plan_shards(&prefix, healthy.len());
    t.stop(Stage::Split);
    let mut work = Vec::with_capacity(plan.len());
    let mut rest: &mut [ColorMask] = &mut out;
    for (slot, range) in healthy.into_iter().zip(plan) {
        let (mine, tail) = rest.split_at_mut(range.len());
        rest = tail;
        if !range.is_empty() {
            work.push((slot, &grids[range.clone()], &prefix[range.start..=range.end], mine));
        }
    }
    for_each_parallel(work, |(slot, grids, prefix, out)| {
        if let Err(e) = slot.engine.masks(grids, prefix, out) {
            slot.fail(&e);
            cpu_masks(grids, out);
        }
    });
    out
}

/// One device's part of a resident corpus.
pub(crate) struct Shard<'s, E: Engine> {
    slot: &'s Slot<E>,
    /// The corpus grids it holds.
    range: Range<usize>,
    /// `None` where the upload failed: the shard is then done on the CPU.
    resident: Option<E::Resident>,
}

/// Grids kept on the devices, split by cells; any shard whose device fails is done on the CPU.
pub(crate) struct Resident<'s, E: Engine> {
    grids: Vec<Grid>,
    shards: Vec<Shard<'s, E>>,
}

impl<'s, E: Engine> Resident<'s, E> {
    /// Uploads `grids` over the healthy devices of `slots`.
    pub(crate) fn upload(slots: &'s [Slot<E>], grids: Vec<Grid>) -> Resident<'s, E> {
        let healthy: Vec<&Slot<E>> = slots.iter().filter(|s| s.is_healthy()).collect();
        if healthy.is_empty() || grids.is_empty() {
            return Resident { grids, shards: Vec::new() };
        }
        let refs: Vec<&Grid> = grids.iter().collect();
        let prefix = chunk_prefix(&refs);
        let plan = plan_shards(&prefix, healthy.len());
        let mut shards: Vec<Shard<'s, E>> = healthy
            .into_iter()
            .zip(plan)
            .filter(|(_, r)| !r.is_empty())
            .map(|(slot, range)| Shard { slot, range, resident: None })
            .collect();
        for_each_parallel(shards.iter_mut().collect(), |shard: &mut Shard<'s, E>| {
            let r = shard.range.clone();
            match shard.slot.engine.upload(&refs[r.clone()], &prefix[r.start..=r.end]) {
                Ok(r) => shard.resident = Some(r),
                Err(e) => shard.slot.fail(&e),
            }
        });
        Resident { grids, shards }
    }

    /// The grids held, in corpus order.
    pub(crate) fn grids(&self) -> &[Grid] {
        &self.grids
    }

    /// How many shards are on a device (not fallen back to the CPU at upload).
    pub(crate) fn shards_on_devices(&self) -> usize {
        self.shards.iter().filter(|s| s.resident.is_some()).count()
    }

    /// The masks of all grids, in corpus order.
    pub(crate) fn all_masks(&self) -> Vec<ColorMask> {
        let mut out = vec![0; self.grids.len()];
        let mut covered = 0;
        let mut work = Vec::new();
        let mut rest: &mut [ColorMask] = &mut out;
        for shard in &self.shards {
            debug_assert_eq!(shard.range.start, covered);
            let (mine, tail) = rest.split_at_mut(shard.range.len());
            rest = tail;
            covered = shard.range.end;
            work.push((shard, mine));
        }
        let refs_tail: Vec<&Grid> = self.grids[covered..].iter().collect();
        cpu_masks(&refs_tail, rest);
        for_each_parallel(work, |(shard, out)| self.shard_masks(shard, None, out));
        out
    }

    /// The masks of the grids `items` (corpus indices, any order, repeats allowed), in
    /// that order.
    pub(crate) fn masks_of(&self, items: &[u32]) -> Vec<ColorMask> {
        let mut out = vec![0; items.len()];
        // Each item goes to the shard that holds it; positions remember where its mask goes.
        let mut local: Vec<(Vec<u32>, Vec<usize>)> =
            vec![(Vec::new(), Vec::new()); self.shards.len()];
        let mut on_cpu: Vec<usize> = Vec::new();
        for (pos, &g) in items.iter().enumerate() {
            let g = g as usize;
            match self.shards.iter().position(|s| s.range.contains(&g)) {
                Some(k) => {
                    local[k].0.push((g - self.shards[k].range.start) as u32);
                    local[k].1.push(pos);
                }
                None => on_cpu.push(pos),
            }
        }
        let results: Vec<std::sync::Mutex<Vec<ColorMask>>> =
            local.iter().map(|(l, _)| std::sync::Mutex::new(vec![0; l.len()])).collect();
        let work: Vec<usize> = (0..self.shards.len()).filter(|&k| !local[k].0.is_empty()).collect();
        for_each_parallel(work, |k| {
            let mut r = results[k].lock().unwrap_or_else(|e| e.into_inner());
            self.shard_masks(&self.shards[k], Some(&local[k].0), &mut r);
        });
        for (k, (_, positions)) in local.iter().enumerate() {
            let r = results[k].lock().unwrap_or_else(|e| e.into_inner());
            for (&pos, &m) in positions.iter().zip(r.iter()) {
                out[pos] = m;
            }
        }
        let refs: Vec<&Grid> = on_cpu.iter().map(|&pos| &self.grids[items[pos] as usize]).collect();
        let mut masks = vec![0; refs.len()];
        cpu_masks(&refs, &mut masks);
        for (pos, m) in on_cpu.into_iter().zip(masks) {
            out[pos] = m;
        }
        out
    }

    /// Kernel times (ms) over each device-resident shard, `reps` each; shards on the CPU or
    /// failing give none.
    pub(crate) fn kernel_times(&self, reps: usize) -> Vec<Vec<f32>> {
        self.shards
            .iter()
            .filter_map(|s| {
                let r = s.resident.as_ref().filter(|_| s.slot.is_healthy())?;
                s.slot.engine.time_resident(r, reps).inspect_err(|e| s.slot.fail(e)).ok()
            })
            .collect()
    }

    /// One shard's masks: on its device while that is healthy, else on the CPU.
    fn shard_masks(&self, shard: &Shard<'s, E>, items: Option<&[u32]>, out: &mut [ColorMask]) {
        if let Some(r) = &shard.resident
            && shard.slot.is_healthy()
        {
            match shard.slot.engine.resident_masks(r, items, out) {
                Ok(()) => return,
                Err(e) => shard.slot.fail(&e),
            }
        }
        let held = &self.grids[shard.range.clone()];
        let refs: Vec<&Grid> = match items {
            None => held.iter().collect(),
            Some(items) => items.iter().map(|&i| &held[i as usize]).collect(),
        };
        cpu_masks(&refs, out);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::backend::cpu::palette_mask;
    use std::sync::Mutex;
    use std::sync::atomic::AtomicUsize;

    /// A device that computes masks on the CPU, fails when told, and records its work.
    pub(crate) struct Fake {
        pub(crate) fail_masks: AtomicBool,
        pub(crate) fail_upload: bool,
        pub(crate) grids_done: AtomicUsize,
        pub(crate) calls: Mutex<Vec<usize>>,
    }

    impl Fake {
        pub(crate) fn new(fail_masks: bool, fail_upload: bool) -> Fake {
            Fake {
                fail_masks: AtomicBool::new(fail_masks),
                fail_upload,
                grids_done: AtomicUsize::new(0),
                calls: Mutex::new(Vec::new()),
            }
        }

        fn check(&self) -> Result<(), DeviceError> {
            if self.fail_masks.load(Ordering::Relaxed) {
                Err(DeviceError::Injected(super::super::fault::FailPoint::Launch))
            } else {
                Ok(())
            }
        }
    }

    impl Engine for Fake {
        type Resident = Vec<Grid>;

        fn masks(
            &self,
            grids: &[&Grid],
            prefix: &[u64],
            out: &mut [ColorMask],
        ) -> Result<(), DeviceError> {
            self.calls.lock().unwrap().push(grids.len());
            assert_eq!(prefix.len(), grids.len() + 1);
            // Scribble first: a failure must not leave half-written results behind.
            out.fill(0xFFFF);
            self.check()?;
            for (m, g) in out.iter_mut().zip(grids) {
                *m = palette_mask(g.cells());
            }
            self.grids_done.fetch_add(grids.len(), Ordering::Relaxed);
            Ok(())
        }

        fn upload(&self, grids: &[&Grid], prefix: &[u64]) -> Result<Vec<Grid>, DeviceError> {
            assert_eq!(prefix.len(), grids.len() + 1);
            if self.fail_upload {
                return Err(DeviceError::TooLarge("fake upload failure"));
            }
            Ok(grids.iter().map(|&g| g.clone()).collect())
        }

        fn resident_masks(
            &self,
            resident: &Vec<Grid>,
            items: Option<&[u32]>,
            out: &mut [ColorMask],
        ) -> Result<(), DeviceError> {
            out.fill(0xFFFF);
            self.check()?;
            let picked: Vec<&Grid> = match items {
                None => resident.iter().collect(),
                Some(items) => items.iter().map(|&i| &resident[i as usize]).collect(),
            };
            for (m, g) in out.iter_mut().zip(picked) {
                *m = palette_mask(g.cells());
            }
            self.grids_done.fetch_add(out.len(), Ordering::Relaxed);
            Ok(())
        }
    }

    fn grids(n: usize) -> Vec<Grid> {
        (0..n)
            .map(|i| {
                let (h, w) = (1 + i % 30, 1 + (i * 13) % 30);
                let cells = (0..h * w).map(|k| ((k * 31 + i * 7) % (1 + i % 10)) as u8).collect();
                Grid::from_cells(h, w, cells).unwrap()
            })
            .collect()
    }

    fn want(grids: &[Grid]) -> Vec<ColorMask> {
        grids.iter().map(|g| palette_mask(g.cells())).collect()
    }

    #[test]
    fn any_number_of_devices_gives_results_in_order() {
        let gs = grids(997);
        let refs: Vec<&Grid> = gs.iter().collect();
        for n in [0, 1, 2, 3, 8, 2000] {
            let slots: Vec<Slot<Fake>> =
                (0..n.min(16)).map(|i| Slot::new(i, Fake::new(false, false))).collect();
            assert_eq!(run_masks(&slots, &refs), want(&gs), "{n} devices");
            let done: usize =
                slots.iter().map(|s| s.engine.grids_done.load(Ordering::Relaxed)).sum();
            assert_eq!(done, if slots.is_empty() { 0 } else { gs.len() });
        }
    }

    #[test]
    fn shares_follow_cells() {
        // 300 1x1 grids then 30 30x30 grids over two devices: the first device gets all the
        // small grids and some big ones, so that both hold about the same cells.
        let mut gs: Vec<Grid> =
            (0..300).map(|i| Grid::filled(1, 1, (i % 10) as u8).unwrap()).collect();
        gs.extend((0..30).map(|i| Grid::filled(30, 30, (i % 10) as u8).unwrap()));
        let refs: Vec<&Grid> = gs.iter().collect();
        let slots = [Slot::new(0, Fake::new(false, false)), Slot::new(1, Fake::new(false, false))];
        assert_eq!(run_masks(&slots, &refs), want(&gs));
        let calls: Vec<usize> = slots.iter().map(|s| s.engine.calls.lock().unwrap()[0]).collect();
        assert_eq!(calls.iter().sum::<usize>(), 330);
        assert!(calls[0] > 300 && calls[1] < 30, "{calls:?}");
    }

    #[test]
    fn a_failed_device_share_goes_to_the_cpu_and_it_is_skipped_after() {
        let gs = grids(500);
        let refs: Vec<&Grid> = gs.iter().collect();
        let slots = [
            Slot::new(0, Fake::new(false, false)),
            Slot::new(1, Fake::new(true, false)),
            Slot::new(2, Fake::new(false, false)),
        ];
        assert_eq!(run_masks(&slots, &refs), want(&gs));
        assert!(!slots[1].is_healthy());
        assert!(slots[0].is_healthy() && slots[2].is_healthy());
        // Next call: two devices share everything; the failed one gets nothing.
        assert_eq!(run_masks(&slots, &refs), want(&gs));
        assert_eq!(slots[1].engine.calls.lock().unwrap().len(), 1);
        let done: usize =
            [0, 2].iter().map(|&i| slots[i].engine.grids_done.load(Ordering::Relaxed)).sum();
        assert_eq!(done, gs.len() + gs.len() - slots[1].engine.calls.lock().unwrap()[0]);
        // Every device failing still gives the right answer.
        for s in &slots {
            s.engine.fail_masks.store(true, Ordering::Relaxed);
        }
        assert_eq!(run_masks(&slots, &refs), want(&gs));
        assert!(slots.iter().all(|s| !s.is_healthy()));
        assert_eq!(run_masks(&slots, &refs), want(&gs));
        slots[1].reset();
        assert!(slots[1].is_healthy());
    }

    #[test]
    fn resident_corpus_answers_any_subset_in_order_through_failures() {
        let gs = grids(400);
        let slots = [
            Slot::new(0, Fake::new(false, false)),
            Slot::new(1, Fake::new(false, true)),
            Slot::new(2, Fake::new(false, false)),
        ];
        let corpus = Resident::upload(&slots, gs.clone());
        assert_eq!(corpus.shards_on_devices(), 2, "the failed upload's shard is on the CPU");
        assert!(!slots[1].is_healthy());
        let all = want(&gs);
        assert_eq!(corpus.all_masks(), all);
        let items: Vec<u32> = vec![399, 0, 5, 5, 250, 133, 134, 1];
        let expect: Vec<ColorMask> = items.iter().map(|&i| all[i as usize]).collect();
        assert_eq!(corpus.masks_of(&items), expect);
        assert_eq!(corpus.masks_of(&[]), Vec::<ColorMask>::new());
        // A device failing between calls: its shard moves to the CPU, results unchanged.
        slots[2].engine.fail_masks.store(true, Ordering::Relaxed);
        assert_eq!(corpus.masks_of(&items), expect);
        assert!(!slots[2].is_healthy());
        assert_eq!(corpus.all_masks(), all);
        let before = slots[2].engine.grids_done.load(Ordering::Relaxed);
        assert_eq!(corpus.all_masks(), all);
        assert_eq!(slots[2].engine.grids_done.load(Ordering::Relaxed), before);
    }

    #[test]
    fn resident_corpus_without_devices_is_the_cpu() {
        let gs = grids(50);
        let slots: [Slot<Fake>; 0] = [];
        let corpus = Resident::upload(&slots, gs.clone());
        assert_eq!(corpus.shards_on_devices(), 0);
        assert_eq!(corpus.all_masks(), want(&gs));
        assert_eq!(corpus.masks_of(&[3, 2]), vec![want(&gs)[3], want(&gs)[2]]);
    }
}
