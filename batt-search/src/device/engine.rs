//! The search of a batch of tasks on one device, level by level, exactly as the CPU search
//! ([`crate::search`]) would run each task.
//!
//! Per level, every task's plan ([`LevelPlan`]: the same items in the same order) is cut
//! into chunks spanning all tasks of the batch. For each chunk the device makes the images
//! of every item whose transform has a kernel (shapes first, then cells), hashes each item
//! (the host's FxHash, bit for bit) and drops the items equal to an earlier item of the same
//! task in the chunk, or to a state the batch kept before (the kept states stay on the
//! device, in blocks, with a table from each state's key to its place: [`Resident`]); only
//! the kept items' images come back. Items without a kernel are computed on the CPU from the
//! host's copy of the states, while the device computes its own. Then each task's items are judged
//! on the host in plan order, as the CPU search judges them: budgets, deduplication against
//! every state kept (cells compared on equal hashes), fits. The states kept, the budgets'
//! stopping points and so the answers are those of the CPU search.
//!
//! Items a kernel leaves to the CPU are computed there between the device's passes and
//! copied in beside the device's, so that the device deduplicates them too. In a run's
//! last level (the deepest, or the one its budget ends), when the resident states hold every
//! state the batch kept and every transform has a kernel, so that the device's deduplication
//! is exact on its own, the device also judges each kept state against the train outputs:
//! only the states that can be a fit, a fit under a colour map, a piece of a stack or a
//! local rule's candidate bring their images back; the others are kept on the host by hash
//! and size alone ([`States::commit_absent`](crate::state::States::commit_absent)).

use rayon::prelude::*;

use super::abi::{
    self, FeatureParams, Features, GatherParams, ItemParams, Job, JudgeParams, ResidentParams,
    TransformParams,
};
use super::backend::{Addr, Device, DeviceError, Layout};
use super::table::{KernelOf, KernelTable};
use crate::budget::{Guard, SearchOptions};
use crate::image::Images;
use crate::rank::args_of;
use crate::search::{Computed, Expansion, LevelPlan};
use crate::state::{States, Step, hash_images};
use crate::task::Prepared;
use crate::transforms::{self, Context};

/// What moved between host and device, and where the work ran.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Traffic {
    /// Bytes copied to the device.
    pub to_device: u64,
    /// Bytes copied back.
    pub to_host: u64,
    /// Items (transform applications) computed on the device.
    pub device_items: u64,
    /// Items computed on the CPU (transforms without a kernel).
    pub cpu_items: u64,
    /// Items the device dropped as duplicates within their chunk.
    pub device_duplicates: u64,
    /// Items a kernel left to the CPU (an image beyond what the kernel handles), counted in
    /// `device_items` too.
    pub declined: u64,
    /// States kept whose images stayed on the device: in a run's last level, the states
    /// that can be no fit, no fit under a colour map, no piece of a stack and no candidate
    /// of a local rule (the device judges them against the train outputs).
    pub absent: u64,
    /// States the device kept that the host then found equal to one it held: none while
    /// the resident states are complete.
    pub host_duplicates: u64,
    /// Kernel launches.
    pub launches: u64,
    /// Chunks.
    pub chunks: u64,
}

impl Traffic {
    /// Adds `other`'s counts.
    pub fn add(&mut self, other: &Traffic) {
        self.to_device += other.to_device;
        self.to_host += other.to_host;
        self.device_items += other.device_items;
        self.cpu_items += other.cpu_items;
        self.device_duplicates += other.device_duplicates;
        self.declined += other.declined;
        self.absent += other.absent;
        self.host_duplicates += other.host_duplicates;
        self.launches += other.launches;
        self.chunks += other.chunks;
    }
}

/// The most items of one chunk, over all tasks of the batch.
const CHUNK_ITEMS: usize = 1 << 19;
/// The fewest items a task contributes to a chunk (when it has that many left).
const MIN_TASK_ITEMS: usize = 1024;

/// One task's search in a batch.
pub(crate) struct Run<'a> {
    pub(crate) task: &'a Prepared,
    pub(crate) states: States,
    pub(crate) out: Expansion,
    pub(crate) guard: Guard,
    done: bool,
    plan: Option<LevelPlan>,
    /// The parents' ids of the level being expanded.
    parents: std::ops::Range<u32>,
    /// The next item of the plan.
    cursor: usize,
    /// Items of the plan computed at most (the budget in expanded states).
    cut: usize,
    /// The first parent image of this task on the device, this level.
    parent_base: u32,
    /// Whether the level being expanded is the run's last: the deepest, or one that the
    /// budget in expanded states ends.
    last_level: bool,
    /// States the device kept that this run found equal to one it held.
    host_duplicates: u64,
}

impl<'a> Run<'a> {
    pub(crate) fn new(task: &'a Prepared, options: &SearchOptions, guard: Guard) -> Run<'a> {
        let states = States::new(&task.inputs, options.hash_mask);
        let mut out = Expansion::new();
        out.judge(&states, task, options, 0);
        Run {
            task,
            states,
            out,
            guard,
            done: false,
            plan: None,
            parents: 0..0,
            cursor: 0,
            cut: 0,
            parent_base: 0,
            last_level: false,
            host_duplicates: 0,
        }
    }

    /// Starts level `depth`, as the CPU search does; the run is done when it has no parents.
    fn begin_level(&mut self, depth: usize, options: &SearchOptions) {
        self.plan = None;
        if self.done {
            return;
        }
        let parents = self.states.level_ids(self.states.levels() - 1);
        if parents.is_empty() {
            self.done = true;
            return;
        }
        let plan = LevelPlan::for_level(self.task, options, &self.states, depth, self.out.expanded);
        self.states.open_level();
        self.parents = parents;
        self.cursor = 0;
        let left = options.max_states.saturating_sub(self.out.expanded as usize);
        self.cut = plan.total.min(left);
        self.last_level = depth == options.depth || plan.total > left;
        self.plan = Some(plan);
        self.stop_at_cut(options);
    }

    /// At the cut of a level that has items beyond it, the CPU search's checks before the
    /// next item stop the task (the budget in expanded states is spent).
    fn stop_at_cut(&mut self, options: &SearchOptions) {
        let total = self.plan.as_ref().map_or(0, |p| p.total);
        if !self.done && self.cursor == self.cut && self.cut < total && !self.stops(options) {
            // The budget is spent at the cut by construction.
            self.out.budget_hit = true;
            self.done = true;
        }
    }

    /// The CPU search's checks before an item: budgets, then the guard. Marks the run done
    /// and returns `true` when it stops.
    fn stops(&mut self, options: &SearchOptions) -> bool {
        let stops = self.out.stops(&self.states, options, &self.guard);
        self.done |= stops;
        stops
    }

    /// Whether the run has items of this level left to compute.
    fn pending(&self) -> bool {
        !self.done && self.plan.is_some() && self.cursor < self.cut
    }

    /// Judges items `cursor..hi` of the plan in order. `device[i]` is the chunk's result of
    /// the `i`-th of them if its transform has a kernel (`Some((first image, hash))` when
    /// the device kept it, else `None`); items without a kernel are computed here.
    /// Returns the states kept from items computed on the CPU, with their hashes.
    fn walk(
        &mut self,
        hi: usize,
        results: &[ItemResult],
        kept: &Images,
        cpu: &[Computed],
        options: &SearchOptions,
    ) -> Vec<(u32, u64)> {
        let mut from_cpu = Vec::new();
        // States before the chunk: the CPU items were compared with them already.
        let since = self.states.len() as u32;
        let plan = self.plan.take().expect("a level in progress");
        for ((ti, k, ai), result) in plan.items(self.cursor, hi).zip(results) {
            if self.stops(options) {
                break;
            }
            self.out.expanded += 1;
            self.cursor += 1;
            let step =
                Step { parent: self.parents.start + k as u32, transform: ti as u16, arg: ai as u8 };
            let kept_id = match *result {
                ItemResult::Device(None) => None,
                ItemResult::Device(Some((first, hash))) => {
                    let id = self.states.commit_from(step, kept, first as usize, hash, 0);
                    self.host_duplicates += u64::from(id.is_none());
                    id
                }
                ItemResult::Absent(hash, cells) => {
                    // Its images can make no fit, piece or candidate: nothing to judge.
                    self.states.commit_absent(step, hash, cells as usize);
                    continue;
                }
                ItemResult::Cpu(i) => {
                    let c = &cpu[i as usize / CPU_BLOCK];
                    match c.results[i as usize % CPU_BLOCK] {
                        Some((first, hash)) => {
                            let id = self.states.commit_from(
                                step,
                                &c.images,
                                first as usize,
                                hash,
                                since,
                            );
                            if let Some(id) = id {
                                from_cpu.push((id, hash));
                            }
                            id
                        }
                        None => None,
                    }
                }
            };
            if let Some(id) = kept_id {
                self.out.judge(&self.states, self.task, options, id);
            }
        }
        if self.done {
            // Stopped inside the chunk: the rest of it is never judged.
            self.cursor = self.cut;
        }
        self.plan = Some(plan);
        self.stop_at_cut(options);
        from_cpu
    }
}

/// Where one item of a chunk was computed, and what came of it.
#[derive(Clone, Copy, Debug)]
enum ItemResult {
    /// On the device: kept (its first image in the chunk's kept images, its hash), or not
    /// (not made, over the area cap, or equal to an earlier item of the chunk).
    Device(Option<(u32, u64)>),
    /// On the device, kept, its images left there (a lean chunk): its hash and its cells.
    Absent(u64, u32),
    /// On the CPU: the `k`-th item of the chunk's CPU items (in [`CPU_BLOCK`] blocks).
    Cpu(u32),
}

/// One run's share of a chunk, as built.
#[derive(Default)]
struct ShareBuild {
    ri: usize,
    hi: usize,
    items: Vec<ItemResult>,
    jobs: Vec<Job>,
    /// Per device item, its place in `items`.
    places: Vec<u32>,
    dev_items: Vec<(u32, u16, u32, u16)>,
    cpu_items: Vec<(u32, u16, u32, u16)>,
}

/// CPU items computed by one rayon job, in order.
const CPU_BLOCK: usize = 64;

/// Grow-only device buffers, one per purpose.
struct Buffers {
    slots: Vec<(Addr, usize)>,
}

/// The purposes of [`Buffers`].
#[derive(Clone, Copy)]
enum Slot {
    ParentCells,
    ParentStarts,
    ParentShapes,
    Features,
    Jobs,
    OutShapes,
    OutStarts,
    OutCells,
    First,
    Tags,
    Hash,
    Keys,
    Owner,
    Keep,
    Index,
    DstStarts,
    Dst,
    BlockCells,
    BlockStarts,
    BlockShapes,
    SegPlace,
    SegJob,
    Flags,
    Image,
}

/// The number of slots: one past the last.
const SLOTS: usize = Slot::Image as usize + 1;

impl Buffers {
    fn new() -> Buffers {
        Buffers { slots: vec![(0, 0); SLOTS] }
    }

    /// The buffer for `slot`, at least `bytes` long.
    fn get(&mut self, dev: &mut dyn Device, slot: Slot, bytes: usize) -> Result<Addr, DeviceError> {
        let (addr, cap) = self.slots[slot as usize];
        if cap >= bytes.max(1) {
            return Ok(addr);
        }
        if cap > 0 {
            dev.free(addr);
            self.slots[slot as usize] = (0, 0);
        }
        let want = bytes.max(1).next_power_of_two();
        let addr = dev.alloc(want)?;
        self.slots[slot as usize] = (addr, want);
        Ok(addr)
    }

    fn release(&mut self, dev: &mut dyn Device) {
        for (addr, cap) in self.slots.iter_mut() {
            if *cap > 0 {
                dev.free(*addr);
            }
            *cap = 0;
        }
    }
}

/// A device with the engine's buffers and counters.
struct Session<'d> {
    dev: &'d mut dyn Device,
    bufs: Buffers,
    traffic: Traffic,
    /// The CPU items' buffers, kept from chunk to chunk.
    pool: Vec<Computed>,
    /// The declined items' buffers, kept from chunk to chunk.
    declined_pool: Vec<Computed>,
    /// The states the batch kept on the device, where they stay resident.
    resident: Option<Resident>,
    /// Whether the chunks of a run's last level may leave on the device the images of the
    /// states that cannot matter: the states stay resident and every transform has a kernel,
    /// so that the device's deduplication alone is exact.
    lean: bool,
    /// The train outputs of the batch's tasks, for the device's judging.
    outputs: Option<Outputs>,
}

/// The train outputs of a batch's tasks on the device: cells, starts, packed shapes, and per
/// task its first output (one more at the end).
struct Outputs {
    cells: Addr,
    starts: Addr,
    shapes: Addr,
    first: Addr,
}

impl Outputs {
    fn new(s: &mut Session<'_>, runs: &[Run<'_>]) -> Result<Outputs, DeviceError> {
        let (mut cells, mut starts, mut shapes, mut first) =
            (Vec::new(), Vec::new(), Vec::new(), vec![0u32]);
        for r in runs {
            for v in r.task.outputs.iter() {
                starts.push(u32_of(cells.len(), "too many output cells")?);
                shapes.push(((v.height as u16) << 8) | v.width as u16);
                cells.extend_from_slice(v.cells);
            }
            first.push(u32_of(shapes.len(), "too many outputs")?);
        }
        let parts = [
            &cells[..],
            abi::slice_bytes(&starts),
            abi::slice_bytes(&shapes),
            abi::slice_bytes(&first),
        ];
        let mut addrs: Vec<Addr> = Vec::with_capacity(parts.len());
        for bytes in parts {
            let put = s.dev.alloc(bytes.len()).and_then(|a| {
                addrs.push(a);
                s.dev.upload(a, bytes)
            });
            if let Err(e) = put {
                for &a in &addrs {
                    s.dev.free(a);
                }
                return Err(e);
            }
            s.traffic.to_device += bytes.len() as u64;
        }
        Ok(Outputs { cells: addrs[0], starts: addrs[1], shapes: addrs[2], first: addrs[3] })
    }

    fn release(&self, dev: &mut dyn Device) {
        for a in [self.cells, self.starts, self.shapes, self.first] {
            dev.free(a);
        }
    }
}

/// The states a batch kept on the device: their images in blocks (one a chunk) and a table
/// from each state's key to its place, so that a state equal to one kept in an earlier chunk
/// or level is dropped on the device instead of coming back.
struct Resident {
    keys: Addr,
    values: Addr,
    value_tags: Addr,
    bits: u32,
    /// States entered; no more once half the table is used (the host's deduplication, exact
    /// either way, then finds the rest, and every kept state's images come back).
    count: usize,
    /// Per block: its cells, starts and shapes.
    blocks: Vec<(Addr, Addr, Addr)>,
    /// Whether every state the batch kept entered the table.
    complete: bool,
}

/// The most slots of a batch's table of resident states.
const MAX_RESIDENT_BITS: u32 = 26;

impl Resident {
    /// A table for up to `states` states.
    fn new(dev: &mut dyn Device, states: usize) -> Result<Resident, DeviceError> {
        let bits =
            (2 * states.max(1)).next_power_of_two().trailing_zeros().clamp(10, MAX_RESIDENT_BITS);
        let slots = 1usize << bits;
        let keys = dev.alloc(slots * 8)?;
        dev.fill(keys, slots * 8, 0)?;
        let values = dev.alloc(slots * 8)?;
        let value_tags = dev.alloc(slots * 4)?;
        Ok(Resident {
            keys,
            values,
            value_tags,
            bits,
            count: 0,
            blocks: Vec::new(),
            complete: true,
        })
    }

    fn release(&mut self, dev: &mut dyn Device) {
        for a in [self.keys, self.values, self.value_tags] {
            dev.free(a);
        }
        for &(c, st, sh) in &self.blocks {
            for a in [c, st, sh] {
                dev.free(a);
            }
        }
        self.blocks.clear();
    }
}

impl<'d> Session<'d> {
    fn new(dev: &'d mut dyn Device) -> Session<'d> {
        Session {
            dev,
            bufs: Buffers::new(),
            traffic: Traffic::default(),
            pool: Vec::new(),
            declined_pool: Vec::new(),
            resident: None,
            lean: false,
            outputs: None,
        }
    }

    fn upload<T: Copy>(&mut self, slot: Slot, data: &[T]) -> Result<Addr, DeviceError> {
        let bytes = abi::slice_bytes(data);
        let addr = self.bufs.get(self.dev, slot, bytes.len())?;
        self.dev.upload(addr, bytes)?;
        self.traffic.to_device += bytes.len() as u64;
        Ok(addr)
    }

    fn download<T: Copy + Default>(&mut self, addr: Addr, n: usize) -> Result<Vec<T>, DeviceError> {
        let mut v = vec![T::default(); n];
        if n > 0 {
            let bytes = abi::slice_bytes_mut(&mut v);
            self.dev.download(addr, bytes)?;
            self.traffic.to_host += bytes.len() as u64;
        }
        Ok(v)
    }

    fn launch<P: Copy>(
        &mut self,
        name: &str,
        layout: Layout,
        params: &P,
    ) -> Result<(), DeviceError> {
        self.traffic.launches += 1;
        self.dev.launch(name, layout, abi::bytes_of(params))
    }
}

fn too_large(what: &'static str) -> DeviceError {
    DeviceError::TooLarge(what)
}

fn u32_of(n: usize, what: &'static str) -> Result<u32, DeviceError> {
    u32::try_from(n).map_err(|_| too_large(what))
}

/// The parents of the level on the device: their addresses.
struct Parents {
    cells: Addr,
    starts: Addr,
    shapes: Addr,
    feats: Addr,
}

/// Searches `runs` (tasks of one batch) on `dev` to the end; each run then holds what the
/// CPU search would have found. On a device error the runs are left part-way: the caller
/// searches their tasks again on the CPU.
pub(crate) fn expand_batch(
    dev: &mut dyn Device,
    runs: &mut [Run<'_>],
    options: &SearchOptions,
    table: &KernelTable,
    resident: Option<usize>,
) -> Result<Traffic, DeviceError> {
    let mut s = Session::new(dev);
    let result = (|| {
        if let Some(most) = resident {
            let states = runs.len().saturating_mul(options.max_states.saturating_add(1)).min(most);
            s.resident = Some(Resident::new(s.dev, states)?);
            // The inputs: many programs give them back.
            let inputs: Vec<Vec<(u32, u64)>> =
                runs.iter().map(|r| vec![(0, hash_images(r.states.state(0)))]).collect();
            make_resident(&mut s, runs, &inputs)?;
            s.lean = (0..transforms::all().len()).all(|t| table.get(t).is_some());
            if s.lean {
                s.outputs = Some(Outputs::new(&mut s, runs)?);
            }
        }
        expand_levels(&mut s, runs, options, table)
    })();
    if let Some(mut r) = s.resident.take() {
        r.release(s.dev);
    }
    if let Some(o) = s.outputs.take() {
        o.release(s.dev);
    }
    s.traffic.host_duplicates = runs.iter().map(|r| r.host_duplicates).sum();
    s.bufs.release(s.dev);
    result.map(|()| s.traffic)
}

fn expand_levels(
    s: &mut Session<'_>,
    runs: &mut [Run<'_>],
    options: &SearchOptions,
    table: &KernelTable,
) -> Result<(), DeviceError> {
    let contexts: Vec<Vec<Context<'_>>> = runs
        .iter()
        .map(|r| {
            r.task
                .targets
                .iter()
                .map(|&target| Context { colors: &r.task.colors, target })
                .collect()
        })
        .collect();
    let caps: Vec<usize> =
        runs.iter().map(|r| r.task.max_area.saturating_mul(options.area_factor.max(1))).collect();
    for depth in 1..=options.depth {
        runs.par_iter_mut().for_each(|r| r.begin_level(depth, options));
        if !runs.iter().any(Run::pending) {
            if runs.iter().all(|r| r.done) {
                break;
            }
            continue;
        }
        let parents = upload_parents(s, runs)?;
        while runs.iter().any(Run::pending) {
            chunk(s, runs, &parents, options, table, &contexts, &caps)?;
        }
    }
    Ok(())
}

/// Uploads images (cells, each image's first cell, shapes packed `height << 8 | width`) as
/// the parents of the next launches and computes their features.
fn upload_images(
    s: &mut Session<'_>,
    cells: &[u8],
    starts: &[u32],
    shapes: &[u16],
) -> Result<Parents, DeviceError> {
    let n = starts.len();
    let p = Parents {
        cells: s.upload(Slot::ParentCells, cells)?,
        starts: s.upload(Slot::ParentStarts, starts)?,
        shapes: s.upload(Slot::ParentShapes, shapes)?,
        feats: s.bufs.get(s.dev, Slot::Features, n * std::mem::size_of::<Features>())?,
    };
    let fp = FeatureParams {
        cells: p.cells,
        starts: p.starts,
        shapes: p.shapes,
        n_images: u32_of(n, "too many parent images")?,
        feats: p.feats,
    };
    s.launch(batt_kernels::frontier::FEATURES, Layout::Threads(n), &fp)?;
    Ok(p)
}

/// The job of `kernel` with argument value `arg` on parent image `src`, for an input whose
/// output is expected to have shape `target`.
fn job(kernel: KernelOf, src: u32, arg: u8, target: Option<(usize, usize)>) -> Job {
    let (th, tw) = target.unwrap_or((0, 0));
    Job {
        src,
        arg,
        th: u8::try_from(th).unwrap_or(0),
        tw: u8::try_from(tw).unwrap_or(0),
        family: kernel.family,
        op: kernel.op,
        unused: 0,
    }
}

/// The parameters of a launch of `family`'s kernels over the `n_jobs` jobs at `jobs` on
/// `parents`, every job served in order, shapes written to `out_shapes`.
fn transform_params(
    parents: &Parents,
    jobs: Addr,
    n_jobs: usize,
    family: u8,
    out_shapes: Addr,
) -> Result<TransformParams, DeviceError> {
    let n = u32_of(n_jobs, "too many jobs")?;
    Ok(TransformParams {
        cells: parents.cells,
        starts: parents.starts,
        shapes: parents.shapes,
        feats: parents.feats,
        jobs,
        n_jobs: n,
        family: u32::from(family),
        out_shapes,
        out_starts: 0,
        out_cells: 0,
        seg_place: 0,
        seg_job: 0,
        n_segs: 0,
        lo: 0,
        hi: n,
        unused: 0,
    })
}

/// Uploads every pending run's parent level and computes its features.
fn upload_parents(s: &mut Session<'_>, runs: &mut [Run<'_>]) -> Result<Parents, DeviceError> {
    let mut cells: Vec<u8> = Vec::new();
    let mut starts: Vec<u32> = Vec::new();
    let mut shapes: Vec<u16> = Vec::new();
    for r in runs.iter_mut() {
        if !r.pending() {
            continue;
        }
        let level = r.states.level(r.states.levels() - 2);
        r.parent_base = u32_of(starts.len(), "too many parent images")?;
        let base = u32_of(cells.len(), "too many parent cells")?;
        cells.extend_from_slice(level.cells());
        for (&st, &(h, w)) in level.starts().iter().zip(level.shapes()) {
            starts.push(base.checked_add(st).ok_or_else(|| too_large("too many parent cells"))?);
            shapes.push((u16::from(h) << 8) | u16::from(w));
        }
    }
    u32_of(cells.len(), "too many parent cells")?;
    upload_images(s, &cells, &starts, &shapes)
}

/// One chunk: the next items of every pending run, computed (on the device, and on the
/// CPU for transforms without a kernel, at the same time) and judged.
#[allow(clippy::too_many_arguments)]
fn chunk(
    s: &mut Session<'_>,
    runs: &mut [Run<'_>],
    parents: &Parents,
    options: &SearchOptions,
    table: &KernelTable,
    contexts: &[Vec<Context<'_>>],
    caps: &[usize],
) -> Result<(), DeviceError> {
    s.traffic.chunks += 1;
    let all = transforms::all();
    let pending = runs.iter().filter(|r| r.pending()).count().max(1);
    let per_run = (CHUNK_ITEMS / pending).max(MIN_TASK_ITEMS);
    // Each run's share, built in parallel: items cursor..hi, per item its device item or
    // CPU item (places within the share), the device items' jobs.
    let built: Vec<ShareBuild> = runs
        .par_iter()
        .enumerate()
        .filter(|(_, r)| r.pending())
        .map(|(ri, r)| {
            let hi = (r.cursor + per_run).min(r.cut);
            let plan = r.plan.as_ref().expect("a pending run has a plan");
            let n = r.states.images_per_state();
            let mut b = ShareBuild { ri, hi, ..ShareBuild::default() };
            b.items.reserve(hi - r.cursor);
            for (ti, k, ai) in plan.items(r.cursor, hi) {
                let item = (ri as u32, ti as u16, k as u32, ai as u16);
                match table.get(ti) {
                    Some(kernel) => {
                        let arg = args_of(&all[ti], r.task)[ai];
                        for j in 0..n {
                            let src = r.parent_base + (k * n + j) as u32;
                            b.jobs.push(job(kernel, src, arg, r.task.targets[j]));
                        }
                        b.places.push(b.items.len() as u32);
                        b.dev_items.push(item);
                        b.items.push(ItemResult::Device(None));
                    }
                    None => {
                        b.items.push(ItemResult::Cpu(b.cpu_items.len() as u32));
                        b.cpu_items.push(item);
                    }
                }
            }
            b
        })
        .collect();
    // The shares joined: jobs back to back; per device item its first job, its run and
    // (share, place in the share); CPU items numbered over the chunk.
    let n_jobs: usize = built.iter().map(|b| b.jobs.len()).sum();
    u32_of(n_jobs, "too many jobs")?;
    let mut shares: Vec<(usize, usize, Vec<ItemResult>)> = Vec::with_capacity(built.len());
    let mut jobs: Vec<Job> = Vec::with_capacity(n_jobs);
    let mut first: Vec<u32> = vec![0];
    let mut tags: Vec<u32> = Vec::new();
    // Per device item: (share, place in the share).
    let mut owners: Vec<(u32, u32)> = Vec::new();
    // Per CPU item: (run, transform, parent place, argument place); the same per device item.
    let mut cpu_items: Vec<(u32, u16, u32, u16)> = Vec::new();
    let mut dev_items: Vec<(u32, u16, u32, u16)> = Vec::new();
    // Per share, its first device item; one more at the end.
    let mut bounds: Vec<u32> = Vec::with_capacity(built.len() + 1);
    for mut b in built {
        bounds.push(owners.len() as u32);
        let per_item = if b.places.is_empty() { 0 } else { b.jobs.len() / b.places.len() };
        let base = jobs.len() as u32;
        first.extend((1..=b.places.len()).map(|k| base + (k * per_item) as u32));
        tags.extend(std::iter::repeat_n(b.ri as u32, b.places.len()));
        let share = shares.len() as u32;
        owners.extend(b.places.iter().map(|&p| (share, p)));
        jobs.extend_from_slice(&b.jobs);
        dev_items.extend_from_slice(&b.dev_items);
        if !b.cpu_items.is_empty() {
            let offset = cpu_items.len() as u32;
            for it in &mut b.items {
                if let ItemResult::Cpu(k) = it {
                    *k += offset;
                }
            }
            cpu_items.extend_from_slice(&b.cpu_items);
        }
        shares.push((b.ri, b.hi, b.items));
    }
    bounds.push(owners.len() as u32);
    s.traffic.device_items += owners.len() as u64;
    s.traffic.cpu_items += cpu_items.len() as u64;
    // Per run, whether the images its kept states make can stay on the device: `None` when
    // they come back; in the run's last level, `Some(whether a state's shapes alone make
    // it matter)` (a local rule's candidates).
    let lean: Vec<Option<bool>> = runs
        .iter()
        .map(|r| {
            (s.lean && r.last_level)
                .then(|| options.local_rules && r.states.levels() - 1 <= crate::search::LOCAL_DEPTH)
        })
        .collect();
    // The device's items on this thread, the CPU's items on the rayon pool meanwhile.
    let blocks = cpu_items.len().div_ceil(CPU_BLOCK);
    let mut pool = std::mem::take(&mut s.pool);
    if pool.len() < blocks {
        pool.resize_with(blocks, Computed::default);
    }
    let mut declined_pool = std::mem::take(&mut s.declined_pool);
    let known: &[Run<'_>] = runs;
    // Computes `items` on the CPU into `pool`, CPU_BLOCK items a block.
    let compute = |pool: &mut [Computed], items: &[(u32, u16, u32, u16)]| {
        pool.par_iter_mut().enumerate().for_each(|(b, c)| {
            c.clear();
            let end = ((b + 1) * CPU_BLOCK).min(items.len());
            for &(ri, ti, k, ai) in &items[b * CPU_BLOCK..end] {
                let (ri, ti) = (ri as usize, usize::from(ti));
                let r = &known[ri];
                let t = &all[ti];
                let arg = args_of(t, r.task)[usize::from(ai)];
                let src = r.states.level(r.states.levels() - 2);
                let cx = &contexts[ri];
                c.compute(
                    &r.states,
                    src,
                    k as usize,
                    r.states.images_per_state(),
                    |v, j, buf| (t.apply)(v, arg, &cx[j], buf),
                    caps[ri],
                );
            }
        });
    };
    let (device, ()) = rayon::join(
        || {
            if owners.is_empty() {
                return Ok(Images::new());
            }
            let chunk = DeviceChunk {
                jobs: &jobs,
                first: &first,
                tags: &tags,
                owners: &owners,
                bounds: &bounds,
            };
            let made = device_shapes(s, parents, &chunk, &shares, caps)?;
            // Items a kernel left to the CPU: computed here, then judged with the device's.
            let items: Vec<(u32, u16, u32, u16)> =
                made.declined.iter().map(|&i| dev_items[i as usize]).collect();
            let more = items.len().div_ceil(CPU_BLOCK);
            if declined_pool.len() < more {
                declined_pool.resize_with(more, Computed::default);
            }
            compute(&mut declined_pool[..more], &items);
            device_finish(s, made, &declined_pool[..more], &chunk, &mut shares, &lean)
        },
        || compute(&mut pool[..blocks], &cpu_items),
    );
    s.declined_pool = declined_pool;
    let kept = match device {
        Ok(d) => d,
        Err(e) => {
            s.pool = pool;
            return Err(e);
        }
    };
    // Judge each run's share in plan order, the runs in parallel.
    let mut by_run: Vec<Option<(usize, Vec<ItemResult>)>> = (0..runs.len()).map(|_| None).collect();
    for (ri, hi, items) in shares {
        by_run[ri] = Some((hi, items));
    }
    let cpu: &[Computed] = &pool[..blocks];
    let from_cpu: Vec<Vec<(u32, u64)>> = runs
        .par_iter_mut()
        .zip(by_run)
        .map(|(r, share)| match share {
            Some((hi, items)) => r.walk(hi, &items, &kept, cpu, options),
            None => Vec::new(),
        })
        .collect();
    s.pool = pool;
    make_resident(s, runs, &from_cpu)
}

/// A new block of resident images: room for `cells` cells, with the images' starts and
/// shapes (packed) uploaded. Returns the addresses of the cells and of the starts.
fn resident_block(
    s: &mut Session<'_>,
    cells: usize,
    starts: &[u32],
    shapes: &[u16],
) -> Result<(Addr, Addr), DeviceError> {
    let d_cells = s.dev.alloc(cells)?;
    let d_starts = s.dev.alloc(starts.len() * 4)?;
    let d_shapes = s.dev.alloc(shapes.len() * 2)?;
    s.resident.as_mut().expect("resident states").blocks.push((d_cells, d_starts, d_shapes));
    s.dev.upload(d_starts, abi::slice_bytes(starts))?;
    s.dev.upload(d_shapes, abi::slice_bytes(shapes))?;
    s.traffic.to_device += (starts.len() * 4 + shapes.len() * 2) as u64;
    Ok((d_cells, d_starts))
}

/// Makes the states kept from items computed on the CPU (`from_cpu[run]`: id and hash)
/// resident on the device too, so that the device drops the items equal to them.
fn make_resident(
    s: &mut Session<'_>,
    runs: &[Run<'_>],
    from_cpu: &[Vec<(u32, u64)>],
) -> Result<(), DeviceError> {
    let n: usize = from_cpu.iter().map(Vec::len).sum();
    let Some(r) = s.resident.as_mut() else { return Ok(()) };
    if n == 0 {
        return Ok(());
    }
    if r.count + n > (1usize << r.bits) / 2 {
        r.complete = false;
        return Ok(());
    }
    let (mut cells, mut starts, mut shapes) = (Vec::new(), Vec::new(), Vec::new());
    let (mut hashes, mut tags, mut images, mut first) =
        (Vec::new(), Vec::new(), Vec::new(), vec![0u32]);
    for (ri, (run, ids)) in runs.iter().zip(from_cpu).enumerate() {
        for &(id, hash) in ids {
            images.push(shapes.len() as u32);
            for v in run.states.state(id) {
                starts.push(u32_of(cells.len(), "too many cells")?);
                shapes.push(((v.height as u16) << 8) | v.width as u16);
                cells.extend_from_slice(v.cells);
            }
            first.push(shapes.len() as u32);
            hashes.push(hash);
            tags.push(ri as u32);
        }
    }
    let (d_cells, _) = resident_block(s, cells.len(), &starts, &shapes)?;
    s.dev.upload(d_cells, &cells)?;
    s.traffic.to_device += cells.len() as u64;
    let d_first = s.upload(Slot::First, &first)?;
    let d_tags = s.upload(Slot::Tags, &tags)?;
    let d_hash = s.upload(Slot::Hash, &hashes)?;
    let d_image = s.upload(Slot::Image, &images)?;
    let r = s.resident.as_ref().expect("resident states");
    // The insert reads each state's tag, hash and first image, not the images themselves.
    let rp = ResidentParams {
        first: d_first,
        tag: d_tags,
        hash: d_hash,
        n_items: u32_of(n, "too many states")?,
        table_bits: r.bits,
        keys: r.keys,
        values: r.values,
        value_tags: r.value_tags,
        image: d_image,
        block: (r.blocks.len() - 1) as u32,
        ..ResidentParams::default()
    };
    s.launch(batt_kernels::frontier::RESIDENT_INSERT, Layout::Threads(n), &rp)?;
    s.resident.as_mut().expect("resident states").count += n;
    Ok(())
}

/// The shape a kernel gives an image it leaves to the CPU (`BATT_DECLINE` in `search.h`).
pub const DECLINE: u16 = 0xffff;

/// A chunk's device items: their jobs, each item's first job (and one past the last), its
/// run in the batch, and its place in the runs' shares.
struct DeviceChunk<'c> {
    jobs: &'c [Job],
    first: &'c [u32],
    tags: &'c [u32],
    owners: &'c [(u32, u32)],
    /// Per share, its first device item; one more at the end.
    bounds: &'c [u32],
}

impl DeviceChunk<'_> {
    /// Per share, its device items.
    fn items_of(&self, share: usize) -> std::ops::Range<usize> {
        self.bounds[share] as usize..self.bounds[share + 1] as usize
    }

    /// Per share, its first job; one more at the end.
    fn job_bounds(&self) -> Vec<usize> {
        self.bounds.iter().map(|&b| self.first[b as usize] as usize).collect()
    }
}

/// One share's pieces of the kept images' arrays ([`device_finish`]).
struct KeptPieces<'a> {
    all_index: &'a mut [u32],
    all_starts: &'a mut [u32],
    all_shapes: &'a mut [u16],
    back_index: &'a mut [u32],
    back_starts: &'a mut [u32],
    back_shapes: &'a mut [(u8, u8)],
    images: &'a mut [u32],
}

/// `v` cut at `ends` (ascending, the last at most `v.len()`): the pieces before each end.
fn split_at_ends<'a, T>(mut v: &'a mut [T], ends: &[usize]) -> Vec<&'a mut [T]> {
    let mut pieces = Vec::with_capacity(ends.len());
    let mut at = 0;
    for &end in ends {
        let (piece, rest) = std::mem::take(&mut v).split_at_mut(end - at);
        pieces.push(piece);
        v = rest;
        at = end;
    }
    pieces
}

/// A chunk's device items after the shape pass.
struct Shaped {
    /// Per job, its shape; 0 for every job of an item not made, over the area cap, or left
    /// to the CPU.
    shapes: Vec<u16>,
    /// The items (places in the chunk's owners) a kernel left to the CPU.
    declined: Vec<u32>,
    params: TransformParams,
    /// The families launched, each with its jobs' range in the launch order.
    families: Vec<(&'static batt_kernels::TransformFamily, u32, u32)>,
}

/// The shape pass of a chunk's device items: each item's shapes, the items that fail (no
/// image, or one over the area cap) and the items a kernel left to the CPU.
fn device_shapes(
    s: &mut Session<'_>,
    parents: &Parents,
    c: &DeviceChunk<'_>,
    shares: &[(usize, usize, Vec<ItemResult>)],
    caps: &[usize],
) -> Result<Shaped, DeviceError> {
    let n_jobs = c.jobs.len();
    let d_jobs = s.upload(Slot::Jobs, c.jobs)?;
    let d_shapes = s.bufs.get(s.dev, Slot::OutShapes, n_jobs * 2)?;
    s.dev.fill(d_shapes, n_jobs * 2, 0)?;
    // Each family's jobs back to back (in chunk order), so that a family's launches visit
    // its own jobs alone: the chunk's runs of consecutive jobs of one family (one per
    // transform of a run's share, mostly), ordered by family.
    let mut segments: Vec<(u8, u32, u32)> = Vec::new();
    for (i, j) in c.jobs.iter().enumerate() {
        match segments.last_mut() {
            Some((f, _, len)) if *f == j.family => *len += 1,
            _ => segments.push((j.family, i as u32, 1)),
        }
    }
    segments.sort_by_key(|&(f, _, _)| f);
    let mut first_of = [0u32; 257];
    let (mut seg_place, mut seg_job) = (Vec::new(), Vec::new());
    let mut place = 0u32;
    for &(f, job, len) in &segments {
        seg_place.push(place);
        seg_job.push(job);
        place += len;
        first_of[usize::from(f) + 1] = place;
    }
    for f in 0..256 {
        first_of[f + 1] = first_of[f + 1].max(first_of[f]);
    }
    let params = TransformParams {
        seg_place: s.upload(Slot::SegPlace, &seg_place)?,
        seg_job: s.upload(Slot::SegJob, &seg_job)?,
        n_segs: u32_of(segments.len(), "too many job segments")?,
        ..transform_params(parents, d_jobs, n_jobs, 0, d_shapes)?
    };
    let families: Vec<(&'static batt_kernels::TransformFamily, u32, u32)> =
        batt_kernels::TRANSFORM_FAMILIES
            .iter()
            .map(|f| (f, first_of[usize::from(f.id)], first_of[usize::from(f.id) + 1]))
            .filter(|&(_, lo, hi)| lo < hi)
            .collect();
    for &(f, lo, hi) in &families {
        let tp = TransformParams { family: u32::from(f.id), lo, hi, ..params };
        s.launch(&f.shape_kernel(), Layout::Threads((hi - lo) as usize), &tp)?;
    }
    let mut shapes: Vec<u16> = s.download(d_shapes, n_jobs)?;
    // Per share in parallel: the items that fail and those a kernel declined.
    let job_bounds = c.job_bounds();
    let declined: Vec<u32> = split_at_ends(&mut shapes, &job_bounds[1..])
        .into_par_iter()
        .enumerate()
        .flat_map_iter(|(share, piece)| {
            let cap = caps[shares[share].0];
            let base = job_bounds[share];
            let mut declined = Vec::new();
            for i in c.items_of(share) {
                let v = &mut piece[c.first[i] as usize - base..c.first[i + 1] as usize - base];
                // No image, or one over the area cap: the item fails whatever a declined
                // image is.
                let fails = v.iter().any(|&sh| sh == 0 || (sh != DECLINE && area(sh) > cap));
                let left = !fails && v.contains(&DECLINE);
                if left {
                    declined.push(i as u32);
                }
                if fails || left {
                    v.fill(0);
                }
            }
            declined
        })
        .collect();
    Ok(Shaped { shapes, declined, params, families })
}

/// The cells of a packed shape.
fn area(shape: u16) -> usize {
    usize::from(shape >> 8) * usize::from(shape & 0xff)
}

/// The rest of a chunk's device part: cells, the items left to the CPU (computed there,
/// in `declined`) copied in beside them, hashes, deduplication, and the kept items' images
/// brought back, except in a lean chunk those that cannot matter (`lean`, per run). Fills
/// each device item's result in `shares`; returns the images that came back.
fn device_finish(
    s: &mut Session<'_>,
    made: Shaped,
    declined: &[Computed],
    c: &DeviceChunk<'_>,
    shares: &mut [(usize, usize, Vec<ItemResult>)],
    lean: &[Option<bool>],
) -> Result<Images, DeviceError> {
    let Shaped { mut shapes, declined: declined_items, params, families } = made;
    let (n_jobs, n_items) = (c.jobs.len(), c.owners.len());
    // Room for the cells of every job made, then of the declined items the CPU made.
    // Per share in parallel: its cells, then its jobs' starts from its offset.
    let job_bounds = c.job_bounds();
    let cells_of: Vec<u64> = job_bounds
        .par_windows(2)
        .map(|w| shapes[w[0]..w[1]].iter().map(|&sh| area(sh) as u64).sum())
        .collect();
    let mut offsets = Vec::with_capacity(cells_of.len());
    let mut total: u64 = 0;
    for &n in &cells_of {
        offsets.push(total);
        total += n;
    }
    u32::try_from(total).map_err(|_| too_large("too many cells"))?;
    let mut starts: Vec<u32> = vec![0; n_jobs];
    split_at_ends(&mut starts, &job_bounds[1..]).into_par_iter().enumerate().for_each(
        |(share, piece)| {
            let mut at = offsets[share] as u32;
            for (st, &sh) in piece.iter_mut().zip(&shapes[job_bounds[share]..]) {
                if sh != 0 {
                    *st = at;
                    at += area(sh) as u32;
                }
            }
        },
    );
    let computed_from = total;
    let mut computed_cells: Vec<u8> = Vec::new();
    let mut computed_shapes: Vec<(usize, u16)> = Vec::new();
    for (k, &i) in declined_items.iter().enumerate() {
        let block = &declined[k / CPU_BLOCK];
        let Some((image, _)) = block.results[k % CPU_BLOCK] else { continue };
        for (j, job) in (c.first[i as usize] as usize..c.first[i as usize + 1] as usize).enumerate()
        {
            let v = block.images.view(image as usize + j);
            starts[job] = u32::try_from(total).map_err(|_| too_large("too many cells"))?;
            total += v.cells.len() as u64;
            computed_shapes.push((job, ((v.height as u16) << 8) | v.width as u16));
            computed_cells.extend_from_slice(v.cells);
        }
    }
    s.traffic.declined += declined_items.len() as u64;
    let total = u32_of(total as usize, "too many cells")? as usize;
    // The declined items' shapes are 0 for the kernels, which write no cell of theirs.
    let d_shapes = s.upload(Slot::OutShapes, &shapes)?;
    let d_starts = s.upload(Slot::OutStarts, &starts)?;
    let d_cells = s.bufs.get(s.dev, Slot::OutCells, total)?;
    let tp = TransformParams {
        out_shapes: d_shapes,
        out_starts: d_starts,
        out_cells: d_cells,
        ..params
    };
    for &(f, lo, hi) in &families {
        let tp = TransformParams { family: u32::from(f.id), lo, hi, ..tp };
        s.launch(&f.cells_kernel(), Layout::Blocks((hi - lo) as usize), &tp)?;
    }
    if !computed_shapes.is_empty() {
        s.dev.upload(d_cells + computed_from, &computed_cells)?;
        s.traffic.to_device += computed_cells.len() as u64;
        for &(job, sh) in &computed_shapes {
            shapes[job] = sh;
        }
        s.upload(Slot::OutShapes, &shapes)?;
    }
    // Hashes and deduplication within the chunk.
    let bits = (2 * n_items).next_power_of_two().trailing_zeros().max(10);
    let slots = 1usize << bits;
    let d_first = s.upload(Slot::First, c.first)?;
    let d_tags = s.upload(Slot::Tags, c.tags)?;
    let d_hash = s.bufs.get(s.dev, Slot::Hash, n_items * 8)?;
    let d_keys = s.bufs.get(s.dev, Slot::Keys, slots * 8)?;
    let d_owner = s.bufs.get(s.dev, Slot::Owner, slots * 4)?;
    let d_keep = s.bufs.get(s.dev, Slot::Keep, n_items)?;
    s.dev.fill(d_keys, slots * 8, 0)?;
    s.dev.fill(d_owner, slots * 4, 0xff)?;
    let ip = ItemParams {
        cells: d_cells,
        starts: d_starts,
        shapes: d_shapes,
        first: d_first,
        tag: d_tags,
        n_items: u32_of(n_items, "too many items")?,
        hash: d_hash,
        keys: d_keys,
        owner: d_owner,
        table_bits: bits,
        keep: d_keep,
    };
    s.launch(batt_kernels::frontier::HASH_ITEMS, Layout::Threads(n_items), &ip)?;
    s.launch(batt_kernels::frontier::DEDUP_INSERT, Layout::Threads(n_items), &ip)?;
    s.launch(batt_kernels::frontier::DEDUP_VERIFY, Layout::Threads(n_items), &ip)?;
    let mut rp = ResidentParams {
        cells: d_cells,
        starts: d_starts,
        shapes: d_shapes,
        first: d_first,
        tag: d_tags,
        hash: d_hash,
        keep: d_keep,
        n_items: ip.n_items,
        ..ResidentParams::default()
    };
    // Whether the resident states hold every state the batch kept so far, so that the
    // device's deduplication alone is exact.
    let mut complete = false;
    if let Some(r) = &s.resident {
        complete = r.complete;
        if !r.blocks.is_empty() {
            rp.table_bits = r.bits;
            rp.keys = r.keys;
            rp.values = r.values;
            rp.value_tags = r.value_tags;
            let blocks = r.blocks.clone();
            let cells: Vec<u64> = blocks.iter().map(|b| b.0).collect();
            let starts: Vec<u64> = blocks.iter().map(|b| b.1).collect();
            let shapes: Vec<u64> = blocks.iter().map(|b| b.2).collect();
            rp.block_cells = s.upload(Slot::BlockCells, &cells)?;
            rp.block_starts = s.upload(Slot::BlockStarts, &starts)?;
            rp.block_shapes = s.upload(Slot::BlockShapes, &shapes)?;
            s.launch(batt_kernels::frontier::RESIDENT_PROBE, Layout::Threads(n_items), &rp)?;
        }
    }
    let keep: Vec<u8> = s.download(d_keep, n_items)?;
    let hashes: Vec<u64> = s.download(d_hash, n_items)?;
    let kept_items = keep.iter().filter(|&&k| k != 0).count();
    // The kept states stay on the device as a block of the resident states while the
    // table has room; else they go to the reused buffer, and the resident states are no
    // longer complete.
    let stays = kept_items > 0
        && s.resident.as_ref().is_some_and(|r| {
            r.count + kept_items <= (1usize << r.bits) / 2 && r.blocks.len() < u32::MAX as usize
        });
    if kept_items > 0 && !stays {
        if let Some(r) = s.resident.as_mut() {
            r.complete = false;
        }
    }
    // In a lean chunk, the device judges the kept items against the train outputs, and
    // those of a run in its last level come back only when they can matter: a fit, a fit
    // under a colour map, a piece of a stack, a local rule's candidate.
    let outputs = s.outputs.as_ref().map(|o| (o.cells, o.starts, o.shapes, o.first));
    let lean_chunk = complete && stays && lean.iter().any(Option::is_some);
    let flags: Vec<u8> = match outputs {
        Some((out_cells, out_starts, out_shapes, out_first)) if lean_chunk => {
            let d_flags = s.bufs.get(s.dev, Slot::Flags, n_items)?;
            let jp = JudgeParams {
                cells: d_cells,
                starts: d_starts,
                shapes: d_shapes,
                first: d_first,
                tag: d_tags,
                keep: d_keep,
                n_items: ip.n_items,
                unused: 0,
                out_cells,
                out_starts,
                out_shapes,
                out_first,
                flags: d_flags,
            };
            s.launch(batt_kernels::frontier::JUDGE_ITEMS, Layout::Threads(n_items), &jp)?;
            s.download(d_flags, n_items)?
        }
        _ => Vec::new(),
    };
    let comes_back = |i: usize, run: usize| -> bool {
        if flags.is_empty() {
            return true;
        }
        match lean[run] {
            None => true,
            Some(shaped_matters) => {
                let f = flags[i];
                f & (abi::JUDGE_MAPPABLE | abi::JUDGE_PIECE) != 0
                    || (shaped_matters && f & abi::JUDGE_SHAPED != 0)
            }
        }
    };
    // Every kept item's images (`all_*`, into the resident block or the reused buffer), and
    // those that come back (`back_*`), back to back: per share in parallel, counted (images,
    // cells, images back, cells back), then written from the share's offsets.
    let counts: Vec<[usize; 4]> = (0..shares.len())
        .into_par_iter()
        .map(|share| {
            let run = shares[share].0;
            let mut n = [0usize; 4];
            for i in c.items_of(share).filter(|&i| keep[i] != 0) {
                let back = comes_back(i, run);
                for j in c.first[i]..c.first[i + 1] {
                    let a = area(shapes[j as usize]);
                    n[0] += 1;
                    n[1] += a;
                    if back {
                        n[2] += 1;
                        n[3] += a;
                    }
                }
            }
            n
        })
        .collect();
    let mut offsets: Vec<[usize; 4]> = Vec::with_capacity(counts.len());
    let mut totals = [0usize; 4];
    for n in &counts {
        offsets.push(totals);
        for (t, k) in totals.iter_mut().zip(n) {
            *t += k;
        }
    }
    let ends = |k: usize| -> Vec<usize> {
        offsets.iter().skip(1).map(|o| o[k]).chain([totals[k]]).collect()
    };
    let (all_at, back_at) = (u32_of(totals[1], "too many cells")?, totals[3] as u32);
    let mut all_index = vec![0u32; totals[0]];
    let mut all_starts = vec![0u32; totals[0]];
    let mut all_shapes = vec![0u16; totals[0]];
    let mut back_index = vec![0u32; totals[2]];
    let mut back_starts = vec![0u32; totals[2]];
    let mut kept_shapes = vec![(0u8, 0u8); totals[2]];
    // Per item, its first image in the resident block (`u32::MAX`: not kept).
    let mut images: Vec<u32> = vec![u32::MAX; n_items];
    let item_ends: Vec<usize> = c.bounds[1..].iter().map(|&b| b as usize).collect();
    let mut pieces: Vec<KeptPieces<'_>> = Vec::with_capacity(shares.len());
    let mut all_index_p = split_at_ends(&mut all_index, &ends(0)).into_iter();
    let mut all_starts_p = split_at_ends(&mut all_starts, &ends(0)).into_iter();
    let mut all_shapes_p = split_at_ends(&mut all_shapes, &ends(0)).into_iter();
    let mut back_index_p = split_at_ends(&mut back_index, &ends(2)).into_iter();
    let mut back_starts_p = split_at_ends(&mut back_starts, &ends(2)).into_iter();
    let mut back_shapes_p = split_at_ends(&mut kept_shapes, &ends(2)).into_iter();
    for images in split_at_ends(&mut images, &item_ends) {
        // Each split has one piece per share.
        let ((all_index, all_starts), all_shapes) = all_index_p
            .next()
            .zip(all_starts_p.next())
            .zip(all_shapes_p.next())
            .expect("a piece per share");
        let ((back_index, back_starts), back_shapes) = back_index_p
            .next()
            .zip(back_starts_p.next())
            .zip(back_shapes_p.next())
            .expect("a piece per share");
        pieces.push(KeptPieces {
            all_index,
            all_starts,
            all_shapes,
            back_index,
            back_starts,
            back_shapes,
            images,
        });
    }
    let (duplicates, absent) = pieces
        .into_par_iter()
        .zip(shares.par_iter_mut())
        .enumerate()
        .map(|(share, (p, sh))| {
            let run = sh.0;
            let [image0, cells0, back0, back_cells0] = offsets[share];
            let (mut a, mut at, mut b, mut bt) =
                (0usize, cells0 as u32, 0usize, back_cells0 as u32);
            let (mut duplicates, mut absent) = (0u64, 0u64);
            let base = c.bounds[share] as usize;
            for i in c.items_of(share) {
                if keep[i] == 0 {
                    duplicates += u64::from(shapes[c.first[i] as usize] != 0);
                    continue;
                }
                p.images[i - base] = (image0 + a) as u32;
                let back = comes_back(i, run);
                let image = (back0 + b) as u32;
                let mut cells = 0u32;
                for j in c.first[i]..c.first[i + 1] {
                    let s = shapes[j as usize];
                    let n = area(s) as u32;
                    (p.all_index[a], p.all_starts[a], p.all_shapes[a]) = (j, at, s);
                    a += 1;
                    at += n;
                    if back {
                        let shape = ((s >> 8) as u8, (s & 0xff) as u8);
                        (p.back_index[b], p.back_starts[b], p.back_shapes[b]) = (j, bt, shape);
                        b += 1;
                        bt += n;
                    }
                    cells += n;
                }
                sh.2[c.owners[i].1 as usize] = if back {
                    ItemResult::Device(Some((image, hashes[i])))
                } else {
                    absent += 1;
                    ItemResult::Absent(hashes[i], cells)
                };
            }
            (duplicates, absent)
        })
        .reduce(|| (0, 0), |x, y| (x.0 + y.0, x.1 + y.1));
    s.traffic.device_duplicates += duplicates;
    s.traffic.absent += absent;
    if all_index.is_empty() {
        return Ok(Images::new());
    }
    // Gathers images `index` of the chunk to `dst` at `dst_starts`.
    let gather = |s: &mut Session<'_>, index: &[u32], dst_starts: Addr, dst: Addr| {
        let gp = GatherParams {
            cells: d_cells,
            starts: d_starts,
            shapes: d_shapes,
            index: s.upload(Slot::Index, index)?,
            dst_starts,
            n: u32_of(index.len(), "too many images")?,
            dst,
        };
        s.launch(batt_kernels::frontier::GATHER_IMAGES, Layout::Blocks(index.len()), &gp)
    };
    let cells = if stays {
        let (block, block_starts) = resident_block(s, all_at as usize, &all_starts, &all_shapes)?;
        gather(s, &all_index, block_starts, block)?;
        let r = s.resident.as_ref().expect("resident states");
        rp.table_bits = r.bits;
        rp.keys = r.keys;
        rp.values = r.values;
        rp.value_tags = r.value_tags;
        rp.block = (r.blocks.len() - 1) as u32;
        rp.image = s.upload(Slot::Image, &images)?;
        s.launch(batt_kernels::frontier::RESIDENT_INSERT, Layout::Threads(n_items), &rp)?;
        s.resident.as_mut().expect("resident states").count += kept_items;
        if back_index.len() == all_index.len() {
            s.download(block, all_at as usize)?
        } else if back_index.is_empty() {
            Vec::new()
        } else {
            let d_back_starts = s.upload(Slot::DstStarts, &back_starts)?;
            let d_back = s.bufs.get(s.dev, Slot::Dst, back_at as usize)?;
            gather(s, &back_index, d_back_starts, d_back)?;
            s.download(d_back, back_at as usize)?
        }
    } else {
        let d_starts = s.upload(Slot::DstStarts, &all_starts)?;
        let d_dst = s.bufs.get(s.dev, Slot::Dst, all_at as usize)?;
        gather(s, &all_index, d_starts, d_dst)?;
        s.download(d_dst, all_at as usize)?
    };
    Images::from_parts(cells, back_starts, kept_shapes)
        .ok_or(DeviceError::TooLarge("the kept images disagree with their shapes"))
}

/// One image a kernel made: height, width, cells.
pub type Made = (usize, usize, Vec<u8>);

/// What a kernel gave for one image ([`apply`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
    /// An image.
    Made(Made),
    /// No image (the transform does not apply).
    NoImage,
    /// Left to the CPU: the image is beyond what the kernel handles.
    Declined,
}

impl Applied {
    /// The image, or `None` for no image; `None` outside for a declined one.
    pub fn image(self) -> Option<Option<Made>> {
        match self {
            Applied::Made(m) => Some(Some(m)),
            Applied::NoImage => Some(None),
            Applied::Declined => None,
        }
    }
}

/// Applies transform `t` (an index of [`transforms::all`]) with argument value `arg` to
/// every image of `images` on `dev`, image `i` expecting `targets[i]`: per image, its
/// result or `None` (no kernel for `t` is an error).
pub fn apply(
    dev: &mut dyn Device,
    table: &KernelTable,
    t: usize,
    arg: u8,
    images: &Images,
    targets: &[Option<(usize, usize)>],
) -> Result<Vec<Applied>, DeviceError> {
    let kernel =
        table.get(t).ok_or_else(|| DeviceError::NoKernel(transforms::all()[t].name.to_string()))?;
    let family = &batt_kernels::TRANSFORM_FAMILIES[kernel.index];
    let mut s = Session::new(dev);
    let result = (|| {
        let n = images.len();
        let shapes: Vec<u16> =
            images.shapes().iter().map(|&(h, w)| (u16::from(h) << 8) | u16::from(w)).collect();
        let parents = upload_images(&mut s, images.cells(), images.starts(), &shapes)?;
        let jobs: Vec<Job> =
            (0..n).map(|i| job(kernel, i as u32, arg, targets.get(i).copied().flatten())).collect();
        let d_jobs = s.upload(Slot::Jobs, &jobs)?;
        let out_shapes = s.bufs.get(s.dev, Slot::OutShapes, n * 2)?;
        s.dev.fill(out_shapes, n * 2, 0)?;
        let mut tp = transform_params(&parents, d_jobs, n, kernel.family, out_shapes)?;
        s.launch(&family.shape_kernel(), Layout::Threads(n), &tp)?;
        let got: Vec<u16> = s.download(out_shapes, n)?;
        let made: Vec<u16> = got.iter().map(|&sh| if sh == DECLINE { 0 } else { sh }).collect();
        let mut out_starts = Vec::with_capacity(n);
        let mut total = 0u32;
        for &sh in &made {
            out_starts.push(total);
            total += u32::from(sh >> 8) * u32::from(sh & 0xff);
        }
        s.upload(Slot::OutShapes, &made)?;
        tp.out_starts = s.upload(Slot::OutStarts, &out_starts)?;
        tp.out_cells = s.bufs.get(s.dev, Slot::OutCells, total as usize)?;
        s.launch(&family.cells_kernel(), Layout::Blocks(n), &tp)?;
        let cells: Vec<u8> = s.download(tp.out_cells, total as usize)?;
        Ok(got
            .iter()
            .zip(&out_starts)
            .map(|(&sh, &st)| match sh {
                0 => Applied::NoImage,
                DECLINE => Applied::Declined,
                _ => {
                    let (h, w) = (usize::from(sh >> 8), usize::from(sh & 0xff));
                    Applied::Made((h, w, cells[st as usize..st as usize + h * w].to_vec()))
                }
            })
            .collect())
    })();
    s.bufs.release(s.dev);
    result
}

/// One transform's kernels timed over a large batch ([`time_kernels`]).
#[derive(Clone, Debug, PartialEq)]
pub struct KernelTime {
    /// The transform.
    pub transform: &'static str,
    /// Output images per launch.
    pub jobs: usize,
    /// Median seconds of the shape and cells kernels together.
    pub seconds: f64,
    /// The fewest bytes the two kernels move through device memory: each job read once, each
    /// parent image read once per job, each output written once.
    pub bytes: u64,
}

/// Times each transform's kernels (shape and cells, median of `reps`) over every image of
/// `tasks`' inputs with every argument, repeated until a launch has at least `min_jobs`
/// jobs; and a plain copy of the same order of bytes (`gather_images`) as the device's
/// achievable bandwidth, in bytes per second.
pub fn time_kernels(
    dev: &mut dyn Device,
    table: &KernelTable,
    tasks: &[&Prepared],
    min_jobs: usize,
    reps: usize,
) -> Result<(Vec<KernelTime>, f64), DeviceError> {
    let mut s = Session::new(dev);
    let result = time_all(&mut s, table, tasks, min_jobs, reps.max(1));
    s.bufs.release(s.dev);
    result
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time_all(
    s: &mut Session<'_>,
    table: &KernelTable,
    tasks: &[&Prepared],
    min_jobs: usize,
    reps: usize,
) -> Result<(Vec<KernelTime>, f64), DeviceError> {
    use std::time::Instant;
    let mut cells: Vec<u8> = Vec::new();
    let mut starts: Vec<u32> = Vec::new();
    let mut shapes: Vec<u16> = Vec::new();
    // Per task: its first image and its images' targets.
    let mut bases = Vec::new();
    for p in tasks {
        bases.push(starts.len() as u32);
        for v in p.inputs.iter() {
            starts.push(u32_of(cells.len(), "too many cells")?);
            shapes.push(((v.height as u16) << 8) | v.width as u16);
            cells.extend_from_slice(v.cells);
        }
    }
    let parents = upload_images(s, &cells, &starts, &shapes)?;
    let sync = |s: &mut Session<'_>, addr: Addr| -> Result<(), DeviceError> {
        let mut b = [0u8; 1];
        s.dev.download(addr, &mut b)
    };
    let mut out = Vec::new();
    let mut copy_rates = Vec::new();
    for t in 0..transforms::all().len() {
        let Some(kernel) = table.get(t) else { continue };
        let tr = &transforms::all()[t];
        let family = &batt_kernels::TRANSFORM_FAMILIES[kernel.index];
        let mut one: Vec<Job> = Vec::new();
        for (p, &base) in tasks.iter().zip(&bases) {
            for &arg in args_of(tr, p) {
                for j in 0..p.inputs.len() {
                    one.push(job(kernel, base + j as u32, arg, p.targets[j]));
                }
            }
        }
        if one.is_empty() {
            continue;
        }
        // Copies up to `min_jobs` jobs, or fewer where the outputs would pass 256 Mi cells
        // (the kernels' offsets are 32-bit).
        let one_cells: u64 = one
            .iter()
            .map(|j| {
                let src = shapes[j.src as usize];
                u64::from(src >> 8) * u64::from(src & 0xff)
            })
            .sum();
        let by_cells = ((256u64 << 20) / (25 * one_cells.max(1))).max(1) as usize;
        let copies = min_jobs.div_ceil(one.len()).clamp(1, by_cells);
        let jobs: Vec<Job> = (0..copies).flat_map(|_| one.iter().copied()).collect();
        let n_jobs = jobs.len();
        let d_jobs = s.upload(Slot::Jobs, &jobs)?;
        let d_out_shapes = s.bufs.get(s.dev, Slot::OutShapes, n_jobs * 2)?;
        s.dev.fill(d_out_shapes, n_jobs * 2, 0)?;
        let mut tp = transform_params(&parents, d_jobs, n_jobs, kernel.family, d_out_shapes)?;
        s.launch(&family.shape_kernel(), Layout::Threads(n_jobs), &tp)?;
        let got: Vec<u16> = s.download(d_out_shapes, n_jobs)?;
        let got: Vec<u16> = got.iter().map(|&sh| if sh == DECLINE { 0 } else { sh }).collect();
        s.upload(Slot::OutShapes, &got)?;
        let mut out_starts = Vec::with_capacity(n_jobs);
        let mut total = 0u64;
        let mut read = 0u64;
        for (&sh, job) in got.iter().zip(&jobs) {
            out_starts.push(total as u32);
            total += u64::from(sh >> 8) * u64::from(sh & 0xff);
            let src = shapes[job.src as usize];
            read += u64::from(src >> 8) * u64::from(src & 0xff);
        }
        if total > u64::from(u32::MAX) {
            // Outputs beyond the kernels' 32-bit offsets: not timed.
            continue;
        }
        tp.out_starts = s.upload(Slot::OutStarts, &out_starts)?;
        tp.out_cells = s.bufs.get(s.dev, Slot::OutCells, total as usize)?;
        // The timed shape launches write elsewhere: the cells kernel reads the shapes with
        // the declined images zeroed.
        let scratch = s.bufs.get(s.dev, Slot::Keep, n_jobs * 2)?;
        let tp_shape = TransformParams { out_shapes: scratch, ..tp };
        let mut times = Vec::with_capacity(reps);
        for rep in 0..=reps {
            let t0 = Instant::now();
            s.launch(&family.shape_kernel(), Layout::Threads(n_jobs), &tp_shape)?;
            s.launch(&family.cells_kernel(), Layout::Blocks(n_jobs), &tp)?;
            sync(s, tp.out_shapes)?;
            if rep > 0 {
                times.push(t0.elapsed().as_secs_f64());
            }
        }
        let bytes = read + total + n_jobs as u64 * (12 + 2 + 4 + 2);
        out.push(KernelTime { transform: tr.name, jobs: n_jobs, seconds: median(times), bytes });
        // A plain copy of the outputs: the device's achievable rate on these images.
        if total > 0 && copy_rates.len() < 3 {
            let index: Vec<u32> = (0..n_jobs as u32).filter(|&i| got[i as usize] != 0).collect();
            let d_index = s.upload(Slot::Index, &index)?;
            let d_dst_starts = s.upload(Slot::DstStarts, &out_starts)?;
            let d_dst = s.bufs.get(s.dev, Slot::Dst, total as usize)?;
            let gp = GatherParams {
                cells: tp.out_cells,
                starts: tp.out_starts,
                shapes: d_out_shapes,
                index: d_index,
                dst_starts: d_dst_starts,
                n: index.len() as u32,
                dst: d_dst,
            };
            let mut ct = Vec::new();
            for rep in 0..=reps {
                let t0 = Instant::now();
                s.launch(batt_kernels::frontier::GATHER_IMAGES, Layout::Blocks(index.len()), &gp)?;
                sync(s, d_dst)?;
                if rep > 0 {
                    ct.push(t0.elapsed().as_secs_f64());
                }
            }
            copy_rates.push(2.0 * total as f64 / median(ct));
        }
    }
    let rate = if copy_rates.is_empty() { f64::NAN } else { median(copy_rates) };
    Ok((out, rate))
}
