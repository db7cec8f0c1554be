//! The search on devices: the transforms as kernels over whole frontier chunks of many tasks
//! at once, with the same answers as the CPU search ([`crate::search_tasks`]).
//!
//! A [`DeviceSearch`] holds one or more [`Device`]s: CUDA GPUs (feature `cuda`,
//! `DeviceSearch::cuda`) or the kernels emulated on the CPU ([`Emulated`], for tests).
//! Tasks are split into batches; each device has [`WORKERS_PER_DEVICE`] workers, each
//! taking the next batch, so a slow device takes fewer. A batch is searched level by level:
//! each task's plan (the CPU search's items, in its order) is cut into chunks over all the
//! batch's tasks; the device makes, hashes and deduplicates the chunk's states (against the
//! chunk and every state the batch kept, which stay on the device) and only new states come
//! back, to be judged on the host in plan order as the CPU search judges them. Items of a
//! transform without a kernel, or an image a kernel leaves to the CPU ([`DECLINE`]), are
//! computed on the CPU meanwhile; what moved is counted ([`Traffic`]). Every transform of
//! the search has a kernel (`batt_kernels::TRANSFORM_FAMILIES`).
//!
//! # A failing device changes speed, never results
//! When a device fails (allocation, copy, launch), its batch is searched again on the CPU,
//! it takes no more batches, and the failure is logged once; the answers are those of the
//! CPU search. With no device at all, the whole search runs on the CPU.

pub(crate) mod abi;
pub mod backend;
#[cfg(feature = "cuda")]
pub mod cuda;
mod engine;
pub mod table;

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use batt_runtime::{Backend, Task};
use rayon::prelude::*;

pub use backend::{Device, DeviceError, Emulated, FailAfter, Layout};
pub use engine::{Applied, DECLINE, KernelTime, Made, Traffic, apply, time_kernels};
pub use table::KernelTable;

use crate::budget::{Guard, SearchOptions};
use crate::search::{TaskResult, finish, search_prepared, variants, wants_variant};
use crate::task::{Prepared, prepare_many_with};

/// What each device did in a search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeviceReport {
    /// Per device: its name, the tasks it searched, what moved, and its failure if it
    /// failed (its tasks then went to the CPU).
    pub devices: Vec<DeviceUse>,
    /// Tasks searched on the CPU: those of failed batches, or all with no device.
    pub cpu_tasks: usize,
}

/// One device's part in a search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeviceUse {
    /// The device's name.
    pub name: String,
    /// Tasks it searched to the end (normalised variants counted).
    pub tasks: usize,
    /// Batches it took.
    pub batches: usize,
    /// Traffic and where the items ran.
    pub traffic: Traffic,
    /// Time spent in its batches.
    pub busy: Duration,
    /// Its failure, if it failed.
    pub failure: Option<String>,
}

impl DeviceReport {
    /// The traffic of all devices together.
    pub fn traffic(&self) -> Traffic {
        let mut t = Traffic::default();
        for d in &self.devices {
            t.add(&d.traffic);
        }
        t
    }
}

/// The search on a set of devices.
pub struct DeviceSearch {
    devices: Vec<Box<dyn Device>>,
    table: KernelTable,
    /// Tasks per batch, where set; else [`DeviceSearch::batch_tasks_for`] decides.
    batch_tasks: Option<usize>,
    /// The most states a batch keeps on the device, `None` for none
    /// ([`DeviceSearch::with_resident`], [`DeviceSearch::with_resident_states`]).
    resident: Option<usize>,
    patterns: Backend,
}

impl std::fmt::Debug for DeviceSearch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceSearch")
            .field("devices", &self.devices.iter().map(|d| d.name()).collect::<Vec<_>>())
            .field("kernels", &self.table.len())
            .field("batch_tasks", &self.batch_tasks)
            .finish()
    }
}

/// Tasks in one batch at the default budget.
pub const BATCH_TASKS: usize = 64;

/// Batches in flight per device: while one batch's items are judged on the CPU, another's
/// run on the device.
pub const WORKERS_PER_DEVICE: usize = 2;

impl DeviceSearch {
    /// The search on `devices` (none: all on the CPU), every kernel in use.
    pub fn new(devices: Vec<Box<dyn Device>>) -> DeviceSearch {
        DeviceSearch {
            devices,
            table: KernelTable::all(),
            batch_tasks: None,
            resident: Some(usize::MAX),
            patterns: Backend::configured(),
        }
    }

    /// Every CUDA GPU of the host; none when the driver or the GPUs are missing (each
    /// reason logged once).
    #[cfg(feature = "cuda")]
    pub fn cuda() -> DeviceSearch {
        let devices = cuda::devices();
        let patterns = if devices.is_empty() { Backend::configured() } else { Backend::Cuda };
        DeviceSearch { patterns, ..DeviceSearch::new(devices) }
    }

    /// Uses only the kernels of `table` (the other transforms run on the CPU).
    pub fn with_kernels(mut self, table: KernelTable) -> DeviceSearch {
        self.table = table;
        self
    }

    /// Whether the states a batch keeps stay on the device (default true), so that a state
    /// equal to one kept in an earlier chunk or level is dropped there instead of coming
    /// back to the host; the answers are the same either way.
    pub fn with_resident(mut self, resident: bool) -> DeviceSearch {
        self.resident = resident.then_some(usize::MAX);
        self
    }

    /// Keeps at most about `n` states of a batch on the device (the table's slots: the least
    /// power of two of at least `2n`, at least 1024; by default as many as the batch's
    /// budget makes, up to 2^25). Past that, the states a batch keeps come back to the host
    /// and are deduplicated there; the answers are the same either way.
    pub fn with_resident_states(mut self, n: usize) -> DeviceSearch {
        self.resident = Some(n);
        self
    }

    /// Searches at most `n` tasks (at least 1) per batch.
    pub fn with_batch_tasks(mut self, n: usize) -> DeviceSearch {
        self.batch_tasks = Some(n.max(1));
        self
    }

    /// Tasks per batch under `options`: as set, else [`BATCH_TASKS`] at the default budget
    /// and fewer (down to 8) as the budget grows, so that a batch's states fit the device.
    pub fn batch_tasks_for(&self, options: &SearchOptions) -> usize {
        self.batch_tasks.unwrap_or_else(|| {
            let scaled = BATCH_TASKS as u128 * 500_000 / options.max_states.max(1) as u128;
            (scaled as usize).clamp(8, BATCH_TASKS)
        })
    }

    /// The devices' names.
    pub fn device_names(&self) -> Vec<String> {
        self.devices.iter().map(|d| d.name()).collect()
    }

    /// The kernels in use.
    pub fn kernels(&self) -> &KernelTable {
        &self.table
    }

    /// Searches every task: one result per task, in order, equal to what
    /// [`crate::search_tasks`] gives with the same options (the wall-clock guard aside: on
    /// a device it runs per batch, at `task_seconds` times the batch's tasks).
    pub fn search(
        &mut self,
        tasks: &[(String, Task)],
        options: &SearchOptions,
    ) -> (Vec<TaskResult>, DeviceReport) {
        let prepared = prepare_many_with(tasks, self.patterns);
        let variants = variants(tasks, options, self.patterns);
        let mut report = DeviceReport {
            devices: self
                .devices
                .iter()
                .map(|d| DeviceUse { name: d.name(), ..DeviceUse::default() })
                .collect(),
            cpu_tasks: 0,
        };
        // The tasks' own searches.
        let own: Vec<(usize, &Prepared)> = prepared
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.as_ref().ok().map(|p| (i, p)))
            .collect();
        let found = self.run(tasks, &own, options, &mut report);
        let mut results: Vec<TaskResult> = prepared
            .iter()
            .enumerate()
            .map(|(i, p)| match p {
                Ok(_) => found[i].clone().expect("every prepared task searched"),
                Err(e) => TaskResult::failed(&tasks[i].0, e.clone()),
            })
            .collect();
        // The colour-normalised variants of the tasks that want them.
        let second: Vec<(usize, &Prepared)> = variants
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let (_, p) = v.as_ref()?;
                (prepared[i].is_ok() && wants_variant(&results[i])).then_some((i, p))
            })
            .collect();
        if !second.is_empty() {
            let found = self.run(tasks, &second, options, &mut report);
            for (i, _) in &second {
                let (n, _) = variants[*i].as_ref().expect("a variant");
                let r = found[*i].clone().expect("every variant searched");
                results[*i].absorb_normalized(r, n);
            }
        }
        (results, report)
    }

    /// Searches `work` (task index, prepared task) over the devices, batch by batch; a
    /// result per task index.
    fn run(
        &mut self,
        tasks: &[(String, Task)],
        work: &[(usize, &Prepared)],
        options: &SearchOptions,
        report: &mut DeviceReport,
    ) -> Vec<Option<TaskResult>> {
        let slots: Vec<Mutex<Option<TaskResult>>> =
            (0..tasks.len()).map(|_| Mutex::new(None)).collect();
        let batches: Vec<&[(usize, &Prepared)]> =
            work.chunks(self.batch_tasks_for(options)).collect();
        let next = AtomicUsize::new(0);
        let cpu_tasks = AtomicUsize::new(0);
        let table = &self.table;
        let resident = self.resident;
        let search_on_cpu = |batch: &[(usize, &Prepared)]| {
            batch.par_iter().with_max_len(1).for_each(|&(i, p)| {
                let r = search_prepared(&tasks[i].0, p, options);
                *lock(&slots[i]) = Some(r);
            });
            cpu_tasks.fetch_add(batch.len(), Ordering::Relaxed);
        };
        if self.devices.is_empty() {
            search_on_cpu(work);
        } else {
            // Per healthy device: the device shared by its workers, its report, whether it
            // failed.
            let shared: Vec<Worked<'_>> = self
                .devices
                .iter_mut()
                .zip(report.devices.iter_mut())
                .filter(|(_, u)| u.failure.is_none())
                .map(|(d, u)| (Mutex::new(d), Mutex::new(u), AtomicBool::new(false)))
                .collect();
            std::thread::scope(|scope| {
                for (dev, usage, failed) in &shared {
                    for _ in 0..WORKERS_PER_DEVICE {
                        let (next, slots, batches) = (&next, &slots, &batches);
                        let search_on_cpu = &search_on_cpu;
                        scope.spawn(move || {
                            while !failed.load(Ordering::Relaxed) {
                                let b = next.fetch_add(1, Ordering::Relaxed);
                                let Some(batch) = batches.get(b) else { break };
                                let start = Instant::now();
                                let mut handle = Shared { dev };
                                match search_batch(&mut handle, tasks, batch, options, table, resident) {
                                    Ok((found, traffic)) => {
                                        for (i, r) in found {
                                            *lock(&slots[i]) = Some(r);
                                        }
                                        let mut u = lock(usage);
                                        u.tasks += batch.len();
                                        u.batches += 1;
                                        u.traffic.add(&traffic);
                                        u.busy += start.elapsed();
                                    }
                                    Err(e) => {
                                        {
                                            let mut u = lock(usage);
                                            if u.failure.is_none() {
                                                tracing::warn!(
                                                    "batt-search: device {} failed ({e}); its tasks go to the CPU",
                                                    u.name
                                                );
                                                u.failure = Some(e.to_string());
                                            }
                                        }
                                        failed.store(true, Ordering::Relaxed);
                                        search_on_cpu(batch);
                                        break;
                                    }
                                }
                            }
                        });
                    }
                }
            });
            // Batches no healthy device took (every device failed).
            let left = next.load(Ordering::Relaxed).min(batches.len());
            let rest: Vec<(usize, &Prepared)> =
                batches[left..].iter().flat_map(|b| b.iter().copied()).collect();
            if !rest.is_empty() {
                search_on_cpu(&rest);
            }
        }
        report.cpu_tasks += cpu_tasks.load(Ordering::Relaxed);
        slots.into_iter().map(|m| m.into_inner().unwrap_or_else(|e| e.into_inner())).collect()
    }
}

/// A device in a run: the device shared by its workers, its report, whether it failed.
type Worked<'a> = (Mutex<&'a mut Box<dyn Device>>, Mutex<&'a mut DeviceUse>, AtomicBool);

/// Locks `m`, whether or not a thread panicked while holding it.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A device shared by the workers of one GPU: each call locks it.
struct Shared<'a, 'd> {
    dev: &'a Mutex<&'d mut Box<dyn Device>>,
}

impl Device for Shared<'_, '_> {
    fn name(&self) -> String {
        lock(self.dev).name()
    }
    fn alloc(&mut self, bytes: usize) -> Result<backend::Addr, DeviceError> {
        lock(self.dev).alloc(bytes)
    }
    fn free(&mut self, addr: backend::Addr) {
        lock(self.dev).free(addr)
    }
    fn upload(&mut self, dst: backend::Addr, src: &[u8]) -> Result<(), DeviceError> {
        lock(self.dev).upload(dst, src)
    }
    fn download(&mut self, src: backend::Addr, dst: &mut [u8]) -> Result<(), DeviceError> {
        lock(self.dev).download(src, dst)
    }
    fn fill(&mut self, dst: backend::Addr, bytes: usize, value: u8) -> Result<(), DeviceError> {
        lock(self.dev).fill(dst, bytes, value)
    }
    fn launch(&mut self, name: &str, layout: Layout, params: &[u8]) -> Result<(), DeviceError> {
        lock(self.dev).launch(name, layout, params)
    }
}

/// Searches one batch on `dev`: (task index, result) per task, and the traffic.
fn search_batch(
    dev: &mut dyn Device,
    tasks: &[(String, Task)],
    batch: &[(usize, &Prepared)],
    options: &SearchOptions,
    table: &KernelTable,
    resident: Option<usize>,
) -> Result<(Vec<(usize, TaskResult)>, Traffic), DeviceError> {
    let seconds = options.task_seconds * batch.len() as f64;
    let start = Instant::now();
    let mut runs: Vec<engine::Run<'_>> =
        batch.iter().map(|&(_, p)| engine::Run::new(p, options, Guard::new(seconds))).collect();
    let traffic = engine::expand_batch(dev, &mut runs, options, table, resident)?;
    let share = start.elapsed() / batch.len().max(1) as u32;
    let found = batch
        .par_iter()
        .zip(runs)
        .map(|(&(i, p), run)| {
            let mut r = finish(&tasks[i].0, p, options, &run.guard, &run.states, run.out);
            r.time = share;
            (i, r)
        })
        .collect();
    Ok((found, traffic))
}

/// Where [`search_on`] runs the search.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Engine {
    /// Every core (rayon): [`crate::search_tasks`].
    Cpu,
    /// Every CUDA GPU of the host (feature `cuda`); the CPU where there is none.
    Gpu,
    /// The GPUs for at least [`MIN_GPU_TASKS`] tasks when there are GPUs, else the CPU.
    /// As measured so far the GPU search is slower than the CPU search at every size
    /// (BENCHMARKS.md): [`MIN_GPU_TASKS`] is `None`, and this stays on the CPU.
    #[default]
    Auto,
}

impl Engine {
    /// `cpu`, `gpu` or `auto`.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Cpu => "cpu",
            Engine::Gpu => "gpu",
            Engine::Auto => "auto",
        }
    }
}

impl std::str::FromStr for Engine {
    type Err = String;

    fn from_str(s: &str) -> Result<Engine, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cpu" => Ok(Engine::Cpu),
            "gpu" => Ok(Engine::Gpu),
            "auto" => Ok(Engine::Auto),
            other => Err(format!("unknown search engine {other:?} (cpu, gpu or auto)")),
        }
    }
}

/// The fewest tasks [`Engine::Auto`] searches on the GPUs, where some number of tasks is
/// faster there. On the H100 machine the GPU search took 1.9x to 3.0x the CPU search's time
/// on 16 cores at 4, 16, 64 and 400 tasks (BENCHMARKS.md, the crossover): no size crosses
/// over yet, so `Auto` keeps the CPU.
pub const MIN_GPU_TASKS: Option<usize> = None;

/// The host's GPUs, opened at first use and kept for the process.
#[cfg(feature = "cuda")]
fn gpus() -> &'static Mutex<DeviceSearch> {
    static GPUS: std::sync::OnceLock<Mutex<DeviceSearch>> = std::sync::OnceLock::new();
    GPUS.get_or_init(|| Mutex::new(DeviceSearch::cuda()))
}

/// Searches `tasks` on `engine`: the results (equal whatever the engine) and, where the
/// GPUs ran it, what they did.
pub fn search_on(
    tasks: &[(String, Task)],
    options: &SearchOptions,
    engine: Engine,
) -> (Vec<TaskResult>, Option<DeviceReport>) {
    #[cfg(feature = "cuda")]
    {
        let wanted = match engine {
            Engine::Cpu => false,
            Engine::Gpu => true,
            Engine::Auto => MIN_GPU_TASKS.is_some_and(|m| tasks.len() >= m),
        };
        if wanted {
            let mut gpus = gpus().lock().unwrap_or_else(|e| e.into_inner());
            if !gpus.devices.is_empty() || engine == Engine::Gpu {
                let (results, report) = gpus.search(tasks, options);
                return (results, Some(report));
            }
        }
    }
    let _ = engine;
    (crate::search_tasks(tasks, options), None)
}
