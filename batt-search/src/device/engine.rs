//! The search of a batch of tasks on one device, level by level, exactly as the CPU search
//! ([`crate::search`]) would run each task.
//!
//! Per level, every task's plan ([`LevelPlan`]: the same items in the same order) is cut
//! into chunks spanning all tasks of the batch. For each chunk the device makes the images
//! of every item whose transform has a kernel (shapes first, then cells), hashes each item
//! (the host's FxHash, bit for bit) and drops the items equal to an earlier item of the same
//! task in the chunk; only the kept items' images come back. Items without a kernel are
//! computed on the CPU from the host's copy of the states. Then each task's items are judged
//! on the host in plan order, as the CPU search judges them: budgets, deduplication against
//! every state kept (cells compared on equal hashes), fits. The states kept, the budgets'
//! stopping points and so the answers are those of the CPU search.

use rayon::prelude::*;

use super::abi::{self, FeatureParams, Features, GatherParams, ItemParams, Job, TransformParams};
use super::backend::{Addr, Device, DeviceError, Layout};
use super::table::KernelTable;
use crate::budget::{Guard, SearchOptions};
use crate::image::Images;
use crate::rank::args_of;
use crate::search::{Computed, Expansion, LevelPlan};
use crate::state::{States, Step};
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
        self.launches += other.launches;
        self.chunks += other.chunks;
    }
}

/// The most items of one chunk, over all tasks of the batch.
const CHUNK_ITEMS: usize = 1 << 17;
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
    scratch: Computed,
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
            scratch: Computed::default(),
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
        self.plan = Some(plan);
        self.stop_at_cut(options);
    }

    /// At the cut of a level that has items beyond it, the CPU search's checks before the
    /// next item stop the task (the budget in expanded states is spent).
    fn stop_at_cut(&mut self, options: &SearchOptions) {
        let total = self.plan.as_ref().map_or(0, |p| p.total);
        if !self.done && self.cursor == self.cut && self.cut < total {
            if !self.stops(options) {
                // The budget is spent at the cut by construction.
                self.out.budget_hit = true;
                self.done = true;
            }
        }
    }

    /// The CPU search's checks before an item: budgets, then the guard. Marks the run done
    /// and returns `true` when it stops.
    fn stops(&mut self, options: &SearchOptions) -> bool {
        if self.out.expanded as usize >= options.max_states
            || self.states.cells() >= options.max_cells
        {
            self.out.budget_hit = true;
            self.done = true;
            return true;
        }
        if self.out.expanded % 64 == 0 && self.guard.expired() {
            self.out.timed_out = true;
            self.done = true;
            return true;
        }
        false
    }

    /// Whether the run has items of this level left to compute.
    fn pending(&self) -> bool {
        !self.done && self.plan.is_some() && self.cursor < self.cut
    }

    /// Judges items `cursor..hi` of the plan in order. `device[i]` is the chunk's result of
    /// the `i`-th of them if its transform has a kernel (`Some((first image, hash))` when
    /// the device kept it, else `None`); items without a kernel are computed here.
    fn walk(
        &mut self,
        hi: usize,
        results: &[ItemResult],
        kept: &Images,
        options: &SearchOptions,
        contexts: &[Context<'_>],
        area_cap: usize,
    ) {
        let all = transforms::all();
        let n = self.states.images_per_state();
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
                    self.states.commit_from(step, kept, first as usize, hash, 0)
                }
                ItemResult::Cpu => {
                    let t = &all[ti];
                    let arg = args_of(t, self.task)[ai];
                    let c = &mut self.scratch;
                    c.clear();
                    let src = self.states.level(self.states.levels() - 2);
                    c.compute(
                        &self.states,
                        src,
                        k,
                        n,
                        |v, j, buf| (t.apply)(v, arg, &contexts[j], buf),
                        area_cap,
                    );
                    match c.results[0] {
                        Some((first, hash)) => {
                            let since = self.states.len() as u32;
                            self.states.commit_from(step, &c.images, first as usize, hash, since)
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
    }
}

/// What the device gave for one item of a chunk.
#[derive(Clone, Copy, Debug)]
enum ItemResult {
    /// Computed on the device: kept (its first image in the chunk's kept images, its hash),
    /// or not (not made, over the area cap, or equal to an earlier item of the chunk).
    Device(Option<(u32, u64)>),
    /// To compute on the CPU.
    Cpu,
}

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
}

const SLOTS: usize = 17;

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
}

impl Session<'_> {
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

    fn launch<P: Copy>(&mut self, name: &str, layout: Layout, params: &P) -> Result<(), DeviceError> {
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
) -> Result<Traffic, DeviceError> {
    let mut s = Session { dev, bufs: Buffers::new(), traffic: Traffic::default() };
    let result = expand_levels(&mut s, runs, options, table);
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
            r.task.targets.iter().map(|&target| Context { colors: &r.task.colors, target }).collect()
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
    let n = starts.len();
    let p = Parents {
        cells: s.upload(Slot::ParentCells, &cells)?,
        starts: s.upload(Slot::ParentStarts, &starts)?,
        shapes: s.upload(Slot::ParentShapes, &shapes)?,
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

/// One chunk: the next items of every pending run, computed and judged.
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
    // Each run's share: items cursor..hi, and per item its device item or the CPU.
    let mut shares: Vec<(usize, usize, Vec<ItemResult>)> = Vec::new();
    let mut jobs: Vec<Job> = Vec::new();
    let mut first: Vec<u32> = vec![0];
    let mut tags: Vec<u32> = Vec::new();
    // Per device item: (share, place in the share).
    let mut owners: Vec<(u32, u32)> = Vec::new();
    for (ri, r) in runs.iter().enumerate() {
        if !r.pending() {
            continue;
        }
        let hi = (r.cursor + per_run).min(r.cut);
        let plan = r.plan.as_ref().expect("a pending run has a plan");
        let n = r.states.images_per_state();
        let mut items = Vec::with_capacity(hi - r.cursor);
        for (ti, k, ai) in plan.items(r.cursor, hi) {
            match table.get(ti) {
                Some(kernel) => {
                    let arg = args_of(&all[ti], r.task)[ai];
                    for j in 0..n {
                        let (th, tw) = r.task.targets[j].unwrap_or((0, 0));
                        jobs.push(Job {
                            src: r.parent_base + (k * n + j) as u32,
                            arg,
                            th: u8::try_from(th).unwrap_or(0),
                            tw: u8::try_from(tw).unwrap_or(0),
                            family: kernel.family,
                            op: kernel.op,
                            unused: 0,
                        });
                    }
                    first.push(u32_of(jobs.len(), "too many jobs")?);
                    tags.push(ri as u32);
                    owners.push((shares.len() as u32, items.len() as u32));
                    items.push(ItemResult::Device(None));
                }
                None => items.push(ItemResult::Cpu),
            }
        }
        shares.push((ri, hi, items));
    }
    s.traffic.device_items += owners.len() as u64;
    s.traffic.cpu_items += shares.iter().map(|(_, _, it)| it.len()).sum::<usize>() as u64
        - owners.len() as u64;
    let kept = if owners.is_empty() {
        Images::new()
    } else {
        run_device(s, parents, &jobs, &first, &tags, &owners, &mut shares, runs, caps, table)?
    };
    // Judge each run's share in plan order, the runs in parallel.
    let mut by_run: Vec<Option<(usize, Vec<ItemResult>)>> = (0..runs.len()).map(|_| None).collect();
    for (ri, hi, items) in shares {
        by_run[ri] = Some((hi, items));
    }
    runs.par_iter_mut().zip(by_run).enumerate().for_each(|(ri, (r, share))| {
        if let Some((hi, items)) = share {
            r.walk(hi, &items, &kept, options, &contexts[ri], caps[ri]);
        }
    });
    Ok(())
}

/// The device part of a chunk: shapes, cells, hashes, deduplication, and the kept items'
/// images brought back. Fills each device item's result in `shares`.
#[allow(clippy::too_many_arguments)]
fn run_device(
    s: &mut Session<'_>,
    parents: &Parents,
    jobs: &[Job],
    first: &[u32],
    tags: &[u32],
    owners: &[(u32, u32)],
    shares: &mut [(usize, usize, Vec<ItemResult>)],
    runs: &[Run<'_>],
    caps: &[usize],
    table: &KernelTable,
) -> Result<Images, DeviceError> {
    let n_jobs = jobs.len();
    let n_items = owners.len();
    let d_jobs = s.upload(Slot::Jobs, jobs)?;
    let d_shapes = s.bufs.get(s.dev, Slot::OutShapes, n_jobs * 2)?;
    s.dev.fill(d_shapes, n_jobs * 2, 0)?;
    let mut tp = TransformParams {
        cells: parents.cells,
        starts: parents.starts,
        shapes: parents.shapes,
        feats: parents.feats,
        jobs: d_jobs,
        n_jobs: u32_of(n_jobs, "too many jobs")?,
        family: 0,
        out_shapes: d_shapes,
        out_starts: 0,
        out_cells: 0,
    };
    let mut families: Vec<usize> = (0..transforms::all().len())
        .filter_map(|t| table.get(t))
        .map(|k| k.index)
        .collect();
    families.sort_unstable();
    families.dedup();
    let used: Vec<&batt_kernels::TransformFamily> = families
        .iter()
        .map(|&i| &batt_kernels::TRANSFORM_FAMILIES[i])
        .filter(|f| jobs.iter().any(|j| j.family == f.id))
        .collect();
    for f in &used {
        tp.family = u32::from(f.id);
        s.launch(&f.shape_kernel(), Layout::Threads(n_jobs), &tp)?;
    }
    let mut shapes: Vec<u16> = s.download(d_shapes, n_jobs)?;
    // Items made whole and within the area cap get room for their cells; the others are
    // zeroed, so that no kernel writes them and `hash_items` skips them.
    let mut starts: Vec<u32> = vec![0; n_jobs];
    let mut total: u64 = 0;
    for (i, &(share, _)) in owners.iter().enumerate() {
        let cap = caps[shares[share as usize].0];
        let (lo, hi) = (first[i] as usize, first[i + 1] as usize);
        let area = |s: u16| usize::from(s >> 8) * usize::from(s & 0xff);
        let ok = shapes[lo..hi].iter().all(|&sh| sh != 0 && area(sh) <= cap);
        if ok {
            for j in lo..hi {
                starts[j] = u32::try_from(total).map_err(|_| too_large("too many cells"))?;
                total += area(shapes[j]) as u64;
            }
        } else {
            shapes[lo..hi].fill(0);
        }
    }
    let total = u32_of(total as usize, "too many cells")? as usize;
    s.upload(Slot::OutShapes, &shapes)?;
    let d_starts = s.upload(Slot::OutStarts, &starts)?;
    let d_cells = s.bufs.get(s.dev, Slot::OutCells, total)?;
    tp.out_starts = d_starts;
    tp.out_cells = d_cells;
    for f in &used {
        tp.family = u32::from(f.id);
        s.launch(&f.cells_kernel(), Layout::Blocks(n_jobs), &tp)?;
    }
    // Hashes and deduplication within the chunk.
    let bits = (2 * n_items).next_power_of_two().trailing_zeros().max(10);
    let slots = 1usize << bits;
    let d_first = s.upload(Slot::First, first)?;
    let d_tags = s.upload(Slot::Tags, tags)?;
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
    let keep: Vec<u8> = s.download(d_keep, n_items)?;
    let hashes: Vec<u64> = s.download(d_hash, n_items)?;
    // The kept items' images, gathered back to back and brought back.
    let mut index: Vec<u32> = Vec::new();
    let mut dst_starts: Vec<u32> = Vec::new();
    let mut kept_starts: Vec<u32> = Vec::new();
    let mut kept_shapes: Vec<(u8, u8)> = Vec::new();
    let mut at: u32 = 0;
    for (i, &(share, place)) in owners.iter().enumerate() {
        let made = shapes[first[i] as usize] != 0;
        if keep[i] == 0 {
            if made {
                s.traffic.device_duplicates += 1;
            }
            continue;
        }
        let image = kept_shapes.len() as u32;
        for j in first[i]..first[i + 1] {
            let sh = shapes[j as usize];
            index.push(j);
            dst_starts.push(at);
            kept_starts.push(at);
            kept_shapes.push(((sh >> 8) as u8, (sh & 0xff) as u8));
            at += u32::from(sh >> 8) * u32::from(sh & 0xff);
        }
        shares[share as usize].2[place as usize] = ItemResult::Device(Some((image, hashes[i])));
    }
    let cells = if index.is_empty() {
        Vec::new()
    } else {
        let d_index = s.upload(Slot::Index, &index)?;
        let d_dst_starts = s.upload(Slot::DstStarts, &dst_starts)?;
        let d_dst = s.bufs.get(s.dev, Slot::Dst, at as usize)?;
        let gp = GatherParams {
            cells: d_cells,
            starts: d_starts,
            shapes: d_shapes,
            index: d_index,
            dst_starts: d_dst_starts,
            n: u32_of(index.len(), "too many images")?,
            dst: d_dst,
        };
        s.launch(batt_kernels::frontier::GATHER_IMAGES, Layout::Blocks(index.len()), &gp)?;
        s.download(d_dst, at as usize)?
    };
    let _ = runs;
    Images::from_parts(cells, kept_starts, kept_shapes)
        .ok_or(DeviceError::TooLarge("the kept images disagree with their shapes"))
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
) -> Result<Vec<Option<(usize, usize, Vec<u8>)>>, DeviceError> {
    let kernel = table
        .get(t)
        .ok_or_else(|| DeviceError::NoKernel(transforms::all()[t].name.to_string()))?;
    let family = &batt_kernels::TRANSFORM_FAMILIES[kernel.index];
    let mut s = Session { dev, bufs: Buffers::new(), traffic: Traffic::default() };
    let result = (|| {
        let n = images.len();
        let shapes: Vec<u16> =
            images.shapes().iter().map(|&(h, w)| (u16::from(h) << 8) | u16::from(w)).collect();
        let cells = s.upload(Slot::ParentCells, images.cells())?;
        let starts = s.upload(Slot::ParentStarts, images.starts())?;
        let d_shapes = s.upload(Slot::ParentShapes, &shapes)?;
        let feats = s.bufs.get(s.dev, Slot::Features, n * std::mem::size_of::<Features>())?;
        let fp = FeatureParams { cells, starts, shapes: d_shapes, n_images: n as u32, feats };
        s.launch(batt_kernels::frontier::FEATURES, Layout::Threads(n), &fp)?;
        let jobs: Vec<Job> = (0..n)
            .map(|i| {
                let (th, tw) = targets.get(i).copied().flatten().unwrap_or((0, 0));
                Job {
                    src: i as u32,
                    arg,
                    th: u8::try_from(th).unwrap_or(0),
                    tw: u8::try_from(tw).unwrap_or(0),
                    family: kernel.family,
                    op: kernel.op,
                    unused: 0,
                }
            })
            .collect();
        let d_jobs = s.upload(Slot::Jobs, &jobs)?;
        let out_shapes = s.bufs.get(s.dev, Slot::OutShapes, n * 2)?;
        s.dev.fill(out_shapes, n * 2, 0)?;
        let mut tp = TransformParams {
            cells,
            starts,
            shapes: d_shapes,
            feats,
            jobs: d_jobs,
            n_jobs: n as u32,
            family: u32::from(kernel.family),
            out_shapes,
            out_starts: 0,
            out_cells: 0,
        };
        s.launch(&family.shape_kernel(), Layout::Threads(n), &tp)?;
        let got: Vec<u16> = s.download(out_shapes, n)?;
        let mut out_starts = Vec::with_capacity(n);
        let mut total = 0u32;
        for &sh in &got {
            out_starts.push(total);
            total += u32::from(sh >> 8) * u32::from(sh & 0xff);
        }
        tp.out_starts = s.upload(Slot::OutStarts, &out_starts)?;
        tp.out_cells = s.bufs.get(s.dev, Slot::OutCells, total as usize)?;
        s.launch(&family.cells_kernel(), Layout::Blocks(n), &tp)?;
        let cells: Vec<u8> = s.download(tp.out_cells, total as usize)?;
        Ok(got
            .iter()
            .zip(&out_starts)
            .map(|(&sh, &st)| {
                (sh != 0).then(|| {
                    let (h, w) = (usize::from(sh >> 8), usize::from(sh & 0xff));
                    (h, w, cells[st as usize..st as usize + h * w].to_vec())
                })
            })
            .collect())
    })();
    s.bufs.release(s.dev);
    result
}
