//! Where the time of the GPU path goes, summed over calls (benches read it).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A step of a many-task call on the GPU path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// Listing the grids of the tasks.
    List,
    /// Counting the grids' chunks and splitting them over the devices.
    Split,
    /// Planning passes and writing offsets.
    Plan,
    /// Packing cells into pinned memory.
    Pack,
    /// Waiting for a pass's copies and kernel.
    Wait,
    /// Building the patterns from the masks.
    Assemble,
}

const NAMES: [&str; 6] = ["list", "split", "plan", "pack", "wait", "assemble"];
static NANOS: [AtomicU64; 6] = [const { AtomicU64::new(0) }; 6];

/// Measures one stage.
pub(crate) struct Timer(Instant);

impl Timer {
    pub(crate) fn start() -> Timer {
        Timer(Instant::now())
    }

    pub(crate) fn stop(self, stage: Stage) {
        let ns = u64::try_from(self.0.elapsed().as_nanos()).unwrap_or(u64::MAX);
        NANOS[stage as usize].fetch_add(ns, Ordering::Relaxed);
    }
}

/// The time spent in each stage since the last call, and resets it.
pub(crate) fn take() -> Vec<(&'static str, Duration)> {
    NAMES
        .iter()
        .zip(&NANOS)
        .map(|(&n, a)| (n, Duration::from_nanos(a.swap(0, Ordering::Relaxed))))
        .collect()
}
