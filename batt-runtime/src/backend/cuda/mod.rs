//! The GPU backend: palette masks of many grids at once on every CUDA device, through PTX
//! kernels loaded with `cust` (cargo feature `cuda`).
//!
//! # How work flows
//! The grids of a call (every input and output of every task, in order) are split over the
//! healthy devices by cells. Each device packs its share 4 bits a cell into pinned staging
//! buffers, in passes of up to 64 Mi cells: while one pass is packed, the previous one is
//! copied and run. Only the 10-bit palette masks come back (2 bytes a grid); the
//! [`Pattern`]s are assembled on the CPU in task order, grids shared, not copied.
//!
//! A [`Corpus`] keeps many tasks packed on the devices, so that repeated calls on any
//! subset of them move only task indices in and masks out.
//!
//! # Failure never changes a result
//! Devices are detected at first use. No driver, no device, a PTX module that does not load,
//! memory that runs out, a failed copy or launch: each is logged once through `tracing`, the
//! device concerned is marked unhealthy and its share of the work is done on the CPU (all
//! cores), in this call and the next ones. With no healthy device at all, calls go to the
//! rayon backend directly.
//!
//! # Requirements
//! A binary built with the `cuda` feature links to the CUDA driver library and needs
//! `libcuda.so.1` to start, even on a machine without a GPU (where the driver's absence is
//! then handled as above). `scripts/cuda/make-stub-libcuda.sh` builds a stub for machines
//! without CUDA. The PTX declares `.version 8.0` and `.target sm_60`: drivers from CUDA 12.0
//! (R525) on, GPUs from Pascal on.

use std::sync::OnceLock;

use ::rayon::prelude::*;

use crate::backend::cpu::{ColorMask, push_colors};
use crate::grid::{Color, Grid};
use crate::pattern::{Pattern, Side};
use crate::samples::Samples;

mod device;
mod exec;
#[doc(hidden)]
pub mod fault;
mod pack;
mod stages;

use device::CudaEngine;
use exec::{Resident, Slot};
use stages::{Stage, Timer};

/// What was found at detection, and the devices in use.
struct Runtime {
    slots: Vec<Slot<CudaEngine>>,
    devices: Vec<DeviceInfo>,
}

/// A CUDA device as detected at first use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    /// The driver's index of the device.
    pub ordinal: usize,
    /// The device's name, as the driver reports it (empty if it could not be opened).
    pub name: String,
    /// Why the device could not be opened, if it could not: it then takes no work.
    pub error: Option<String>,
}

fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        let count = match device::init() {
            Ok(n) => n,
            Err(e) => {
                tracing::info!("batt: no CUDA device ({e}); the cuda backend runs on the CPU");
                return Runtime { slots: Vec::new(), devices: Vec::new() };
            }
        };
        let mut slots = Vec::new();
        let mut devices = Vec::new();
        for ordinal in 0..count {
            match CudaEngine::open(ordinal) {
                Ok(engine) => {
                    devices.push(DeviceInfo {
                        ordinal,
                        name: engine.name().to_string(),
                        error: None,
                    });
                    slots.push(Slot::new(ordinal, engine));
                }
                Err(e) => {
                    tracing::warn!(
                        device = ordinal,
                        "batt: CUDA device {ordinal} is not used ({e}); its work goes to the CPU"
                    );
                    devices.push(DeviceInfo {
                        ordinal,
                        name: String::new(),
                        error: Some(e.to_string()),
                    });
                }
            }
        }
        if slots.is_empty() {
            tracing::info!("batt: no usable CUDA device; the cuda backend runs on the CPU");
        }
        Runtime { slots, devices }
    })
}

/// Whether at least one CUDA device is detected and healthy (detects devices at first call).
pub fn is_available() -> bool {
    runtime().slots.iter().any(Slot::is_healthy)
}

/// Every CUDA device detected, usable or not.
pub fn devices() -> &'static [DeviceInfo] {
    &runtime().devices
}

/// How many devices take work now (opened, and not failed since).
pub fn healthy_devices() -> usize {
    runtime().slots.iter().filter(|s| s.is_healthy()).count()
}

/// Makes every opened device take work again after failures (tests of the fallback).
#[doc(hidden)]
pub fn reset_health() {
    runtime().slots.iter().for_each(Slot::reset);
}

/// The palette masks of `grids`, in order, over all devices (or the CPU).
///
/// ```
/// use batt_runtime::Grid;
/// use batt_runtime::backend::cuda::palette_masks;
/// let g = Grid::from_rows(&[[0, 3], [3, 9]]).unwrap();
/// assert_eq!(palette_masks(&[&g]), vec![0b10_0000_1001]);
/// ```
pub fn palette_masks(grids: &[&Grid]) -> Vec<ColorMask> {
    exec::run_masks(&runtime().slots, grids)
}

/// Every grid of `tasks`, in pattern order: per sample, its input then its output.
fn all_grids(tasks: &[Samples]) -> Vec<&Grid> {
    let n = tasks.iter().map(|t| 2 * t.len()).sum();
    let mut grids = Vec::with_capacity(n);
    for t in tasks {
        for s in t.iter() {
            grids.push(&s.input);
            grids.push(&s.output);
        }
    }
    grids
}

/// One task's pattern from its masks (input, output per sample).
fn assemble(samples: &Samples, masks: &[ColorMask]) -> Pattern {
    let n = samples.len();
    let mut p = Pattern {
        inputs: Vec::with_capacity(n),
        outputs: Vec::with_capacity(n),
        input_colors: Vec::with_capacity(n * 4),
        output_colors: Vec::with_capacity(n * 4),
    };
    for (s, m) in samples.iter().zip(masks.chunks_exact(2)) {
        p.inputs.push(s.input.clone());
        p.outputs.push(s.output.clone());
        push_colors(m[0], &mut p.input_colors);
        push_colors(m[1], &mut p.output_colors);
    }
    p
}

/// The time spent in each stage of the GPU path since the last call (benches).
#[doc(hidden)]
pub fn take_stage_times() -> Vec<(&'static str, std::time::Duration)> {
    stages::take()
}

/// Patterns of `tasks` from the masks of [`all_grids`], in parallel.
fn assemble_all(tasks: &[Samples], masks: &[ColorMask]) -> Vec<Pattern> {
    let mut offsets = Vec::with_capacity(tasks.len() + 1);
    offsets.push(0);
    for t in tasks {
        offsets.push(offsets.last().expect("non-empty") + 2 * t.len());
    }
    tasks
        .par_iter()
        .enumerate()
        .with_min_len(64)
        .map(|(i, t)| assemble(t, &masks[offsets[i]..offsets[i + 1]]))
        .collect()
}

/// The fused pattern of many tasks, in task order.
pub(crate) fn many(tasks: &[Samples]) -> Vec<Pattern> {
    if !is_available() {
        return super::rayon::many(tasks);
    }
    let t = Timer::start();
    let grids = all_grids(tasks);
    t.stop(Stage::List);
    let masks = palette_masks(&grids);
    drop(grids);
    let t = Timer::start();
    let patterns = assemble_all(tasks, &masks);
    t.stop(Stage::Assemble);
    patterns
}

/// The fused pattern of one task.
pub(crate) fn fused(samples: &Samples) -> Pattern {
    if !is_available() {
        return super::rayon::fused(samples);
    }
    let masks = palette_masks(&all_grids(std::slice::from_ref(samples)));
    assemble(samples, &masks)
}

/// One half of one task's pattern.
pub(crate) fn fused_side(samples: &Samples, side: Side) -> (Vec<Grid>, Vec<Color>) {
    if !is_available() {
        return super::rayon::fused_side(samples, side);
    }
    let grids: Vec<&Grid> = samples.iter().map(|s| side.of(s)).collect();
    let masks = palette_masks(&grids);
    let mut colors = Vec::with_capacity(masks.len() * 4);
    for m in masks {
        push_colors(m, &mut colors);
    }
    (grids.into_iter().cloned().collect(), colors)
}

/// The GPU backend (every healthy CUDA device; the CPU where none is).
#[derive(Debug, Clone, Copy, Default)]
pub struct Cuda;

impl super::PatternBackend for Cuda {
    fn name(&self) -> &'static str {
        "cuda"
    }

    fn pattern(&self, samples: &Samples) -> Pattern {
        fused(samples)
    }

    fn side(&self, samples: &Samples, side: Side) -> (Vec<Grid>, Vec<Color>) {
        fused_side(samples, side)
    }

    fn many(&self, tasks: &[Samples]) -> Vec<Pattern> {
        many(tasks)
    }
}

/// Many tasks kept on the GPUs: upload once, then compute the pattern of any subset of them
/// again and again, only task indices going in and masks coming out.
///
/// Without a usable device, or for the share of a device that fails, the corpus computes on
/// the CPU; results never change.
///
/// ```
/// use batt_runtime::prelude::*;
/// use batt_runtime::backend::cuda::Corpus;
/// let t = Task::from_json_str(r#"{"train": [{"input": [[1, 2]], "output": [[3]]}]}"#).unwrap();
/// let tasks = vec![t.train.clone(), t.train];
/// let corpus = Corpus::upload(&tasks);
/// assert_eq!(corpus.len(), 2);
/// assert_eq!(corpus.patterns(&[1]), vec![Pattern::reference(&tasks[1])]);
/// assert_eq!(corpus.patterns_all(), batch_process_many(&tasks));
/// ```
pub struct Corpus {
    tasks: Vec<Samples>,
    /// `first_grid[t]`: the corpus index of task `t`'s first grid; one more entry at the end.
    first_grid: Vec<usize>,
    resident: Resident<'static, CudaEngine>,
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus")
            .field("tasks", &self.tasks.len())
            .field("grids", &self.resident.grids().len())
            .field("shards_on_devices", &self.resident.shards_on_devices())
            .finish()
    }
}

impl Corpus {
    /// Packs and uploads the grids of `tasks`, split by cells over the healthy devices.
    /// The tasks' grids are shared with the corpus, not copied.
    pub fn upload(tasks: &[Samples]) -> Corpus {
        let grids: Vec<Grid> = all_grids(tasks).into_iter().cloned().collect();
        let mut first_grid = Vec::with_capacity(tasks.len() + 1);
        first_grid.push(0);
        for t in tasks {
            first_grid.push(first_grid.last().expect("non-empty") + 2 * t.len());
        }
        Corpus {
            tasks: tasks.to_vec(),
            first_grid,
            resident: Resident::upload(&runtime().slots, grids),
        }
    }

    /// The number of tasks.
    pub fn len(&self) -> usize {
        self.tasks.len()
    }

    /// Whether the corpus holds no task.
    pub fn is_empty(&self) -> bool {
        self.tasks.is_empty()
    }

    /// The tasks, in upload order.
    pub fn tasks(&self) -> &[Samples] {
        &self.tasks
    }

    /// How many devices hold a share of the corpus (0: it runs on the CPU).
    pub fn devices_used(&self) -> usize {
        self.resident.shards_on_devices()
    }

    /// The masks of every grid, in corpus order: per task, per sample, input then output.
    pub fn palette_masks_all(&self) -> Vec<ColorMask> {
        self.resident.all_masks()
    }

    /// The masks of the grids of `tasks` (indices into the corpus, any order, repeats
    /// allowed), in that order, per task as in [`Corpus::palette_masks_all`].
    ///
    /// Panics if an index is out of range, as slice indexing does.
    pub fn palette_masks(&self, tasks: &[usize]) -> Vec<ColorMask> {
        let mut items = Vec::new();
        for &t in tasks {
            let (lo, hi) = (self.first_grid[t], self.first_grid[t + 1]);
            items.extend((lo..hi).map(|g| g as u32));
        }
        self.resident.masks_of(&items)
    }

    /// The pattern of every task, in order.
    pub fn patterns_all(&self) -> Vec<Pattern> {
        assemble_all(&self.tasks, &self.palette_masks_all())
    }

    /// The patterns of `tasks` (indices into the corpus), in that order.
    ///
    /// Panics if an index is out of range, as slice indexing does.
    pub fn patterns(&self, tasks: &[usize]) -> Vec<Pattern> {
        let masks = self.palette_masks(tasks);
        let mut at = 0;
        tasks
            .iter()
            .map(|&t| {
                let n = 2 * self.tasks[t].len();
                let p = assemble(&self.tasks[t], &masks[at..at + n]);
                at += n;
                p
            })
            .collect()
    }

    /// Kernel times in milliseconds over all resident grids, `reps` launches on each
    /// device that holds a share (benches).
    #[doc(hidden)]
    pub fn kernel_times(&self, reps: usize) -> Vec<Vec<f32>> {
        self.resident.kernel_times(reps)
    }
}

/// Copy bandwidths measured on one device, in GB/s (medians).
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Bandwidth {
    /// Pinned host memory to device.
    pub host_to_device: f64,
    /// Device to pinned host memory.
    pub device_to_host: f64,
    /// Device to device, counting bytes read plus bytes written.
    pub device_to_device: f64,
}

/// Measures copy bandwidths on device `ordinal` with buffers of `bytes` bytes.
#[doc(hidden)]
pub fn probe_bandwidth(ordinal: usize, bytes: usize, reps: usize) -> Option<Bandwidth> {
    let slot = runtime().slots.iter().find(|s| s.ordinal == ordinal)?;
    match slot.engine.probe(bytes, reps.max(1)) {
        Ok([h2d, d2h, d2d]) => {
            Some(Bandwidth { host_to_device: h2d, device_to_host: d2h, device_to_device: d2d })
        }
        Err(e) => {
            tracing::warn!("batt: bandwidth probe on device {ordinal} failed: {e}");
            None
        }
    }
}
