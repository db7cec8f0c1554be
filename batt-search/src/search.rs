//! The search: level by level, every transform with every argument over the whole frontier
//! of the level before; new states deduplicated per task; programs whose train images equal
//! the train outputs fit, and their test images are the predictions.

use std::time::Duration;

use batt_runtime::{Backend, Grid, Task};
use rayon::prelude::*;

use crate::budget::{Guard, SearchOptions};
use crate::error::SearchError;
use crate::image::Images;
use crate::image::View;
use crate::local::{self, Neighbourhood};
use crate::normalize::{Normalized, normalize};
use crate::rank::{args_of, program_text, rank_key};
use crate::recolor::{self, ColorMap};
use crate::stack::stacks;
use crate::state::{States, Step, hash_images};
use crate::task::{Prepared, prepare_many, prepare_many_with};
use crate::transforms::{self, Context};

/// One prediction for a task: a grid per test input, and the program that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prediction {
    /// One grid per test input, in test order.
    pub tests: Vec<Grid>,
    /// The program, as text (`rot90 | keep_color(3)`; a stack is `stack(a, b, ..)`).
    pub program: String,
    /// How the search found it.
    pub how: How,
}

/// How the search found a prediction, in the order the kinds are ranked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum How {
    /// A program whose train images are the train outputs.
    Program,
    /// A program whose train images become the train outputs under one colour map
    /// ([`crate::recolor`]).
    ColorMap,
    /// A stack of partial fits ([`crate::stack`]).
    Stack,
    /// A program of depth at most 1 whose train images become the train outputs under a
    /// rule over each cell's neighbourhood ([`crate::local`]).
    LocalRule,
}

impl How {
    /// Every kind, in rank order.
    pub const ALL: [How; 4] = [How::Program, How::ColorMap, How::Stack, How::LocalRule];

    /// A short name: `program`, `colour map`, `stack`, `local rule`.
    pub fn name(self) -> &'static str {
        match self {
            How::Program => "program",
            How::ColorMap => "colour map",
            How::Stack => "stack",
            How::LocalRule => "local rule",
        }
    }
}

/// What the search found on one task.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskResult {
    /// The task's id.
    pub id: String,
    /// Up to two distinct predictions, best first ([`crate::rank`] gives the order).
    pub predictions: Vec<Prediction>,
    /// The fitting programs, best first, at most [`SearchOptions::max_programs`].
    pub programs: Vec<String>,
    /// How many programs fit (distinct states whose train images equal the train outputs).
    pub fits: usize,
    /// How many programs fit modulo a colour map ([`crate::recolor`]; at most
    /// [`MAX_MAPPED`] are kept).
    pub mapped_fits: usize,
    /// States expanded: transform applications tried on a state.
    pub expanded: u64,
    /// Distinct states kept, the inputs included.
    pub unique: u64,
    /// Time spent on the task (one thread).
    pub time: Duration,
    /// Whether the wall-clock guard stopped the search.
    pub timed_out: bool,
    /// Whether the colour-normalised task was searched too ([`crate::normalize`]; its
    /// states are counted in `expanded` and `unique`, its time in `time`).
    pub normalized: bool,
    /// Whether the budget in expanded states or in cells stopped the search.
    pub budget_hit: bool,
    /// Why the task could not be searched, if it could not.
    pub error: Option<SearchError>,
}

impl TaskResult {
    /// How the first prediction right on every test input (per `want`, the known test
    /// outputs) was found; `None` when none is, or a test output is unknown.
    pub fn solved_by(&self, want: &[Option<Grid>]) -> Option<How> {
        if want.is_empty() {
            return None;
        }
        self.predictions
            .iter()
            .find(|p| {
                p.tests.len() == want.len()
                    && p.tests.iter().zip(want).all(|(g, w)| w.as_ref() == Some(g))
            })
            .map(|p| p.how)
    }

    /// The attempts for test input `test`, best first (at most two).
    pub fn attempts(&self, test: usize) -> Vec<&Grid> {
        self.predictions.iter().filter_map(|p| p.tests.get(test)).collect()
    }

    /// Adds what the search found on the colour-normalised task `n`: its predictions renamed
    /// back, after this result's own, while there are fewer than two; its counts.
    pub(crate) fn absorb_normalized(&mut self, other: TaskResult, n: &Normalized) {
        for p in other.predictions {
            if self.predictions.len() == 2 {
                break;
            }
            let tests: Option<Vec<Grid>> = p
                .tests
                .iter()
                .zip(&n.back)
                .map(|(g, back)| {
                    let cells = g.cells().iter().map(|&c| back[usize::from(c)]).collect();
                    Grid::from_cells(g.height(), g.width(), cells).ok()
                })
                .collect();
            let Some(tests) = tests else { continue };
            if self.predictions.iter().all(|q| q.tests != tests) {
                let program = format!("normalized({})", p.program);
                self.predictions.push(Prediction { tests, program, how: p.how });
            }
        }
        self.normalized = true;
        self.expanded += other.expanded;
        self.unique += other.unique;
        self.time += other.time;
        self.timed_out |= other.timed_out;
        self.budget_hit |= other.budget_hit;
    }

    pub(crate) fn failed(id: &str, error: SearchError) -> TaskResult {
        TaskResult {
            id: id.to_string(),
            predictions: Vec::new(),
            programs: Vec::new(),
            fits: 0,
            mapped_fits: 0,
            expanded: 0,
            unique: 0,
            time: Duration::ZERO,
            timed_out: false,
            normalized: false,
            budget_hit: false,
            error: Some(error),
        }
    }
}

/// Searches every task, in parallel over tasks; one result per task, in order. Each task's
/// search runs on one thread in a fixed order, so results do not depend on the thread
/// count (unless the wall-clock guard stops a task). Test outputs are never read.
pub fn search_tasks(tasks: &[(String, Task)], options: &SearchOptions) -> Vec<TaskResult> {
    let prepared = prepare_many(tasks);
    let variants = variants(tasks, options, Backend::configured());
    tasks
        .par_iter()
        .zip(prepared.par_iter())
        .zip(variants.par_iter())
        // One task per job: tasks differ in cost by orders of magnitude, so idle threads
        // steal single tasks rather than halves of the list.
        .with_max_len(1)
        .map(|(((id, _), p), v)| match p {
            Ok(p) => {
                let mut r = search_prepared(id, p, options);
                if let Some((n, vp)) = v {
                    if wants_variant(&r) {
                        let left = (options.task_seconds - r.time.as_secs_f64()).max(0.0);
                        let o = SearchOptions { task_seconds: left, ..options.clone() };
                        r.absorb_normalized(search_prepared(id, vp, &o), n);
                    }
                }
                r
            }
            Err(e) => TaskResult::failed(id, e.clone()),
        })
        .collect()
}

/// Whether a task's colour-normalised variant is searched after its own search gave `r`.
pub(crate) fn wants_variant(r: &TaskResult) -> bool {
    r.predictions.len() < 2 && !r.timed_out
}

/// The colour-normalised variant of each task, prepared, where it tells the search
/// something new ([`crate::normalize`]).
pub(crate) fn variants(
    tasks: &[(String, Task)],
    options: &SearchOptions,
    backend: Backend,
) -> Vec<Option<(Normalized, Prepared)>> {
    let variants: Vec<Option<Normalized>> = if options.normalize_colors {
        tasks.par_iter().map(|(_, t)| normalize(t)).collect()
    } else {
        vec![None; tasks.len()]
    };
    let listed: Vec<(String, Task)> = tasks
        .iter()
        .zip(&variants)
        .filter_map(|((id, _), v)| v.as_ref().map(|v| (id.clone(), v.task.clone())))
        .collect();
    let mut listed_prepared = prepare_many_with(&listed, backend).into_iter();
    variants
        .into_iter()
        .map(|v| {
            let v = v?;
            let p = listed_prepared.next()?;
            p.ok().map(|p| (v, p))
        })
        .collect()
}

/// Searches one prepared task.
pub fn search_prepared(id: &str, task: &Prepared, options: &SearchOptions) -> TaskResult {
    let guard = Guard::new(options.task_seconds);
    let mut states = States::new(&task.inputs, options.hash_mask);
    let outcome = expand(task, options, &guard, &mut states);
    finish(id, task, options, &guard, &states, outcome)
}

/// The result of a task from its expanded states: fits ranked, predictions chosen (exact
/// fits, colour maps, stacks, local rules).
pub(crate) fn finish(
    id: &str,
    task: &Prepared,
    options: &SearchOptions,
    guard: &Guard,
    states: &States,
    outcome: Expansion,
) -> TaskResult {
    let mut fits: Vec<u32> = outcome.fits;
    fits.sort_by_cached_key(|&f| rank_key(states, f));
    let mut mapped = outcome.mapped;
    mapped.sort_by_cached_key(|&(f, _)| rank_key(states, f));
    // Exact fits first, then fits modulo a colour map, stacks of partial fits, and fits
    // modulo a local rule; each adds distinct predictions until there are two.
    let mut predictions: Vec<Prediction> = Vec::new();
    let add = |predictions: &mut Vec<Prediction>, p: Prediction| {
        if predictions.len() < 2 && predictions.iter().all(|q| q.tests != p.tests) {
            predictions.push(p);
        }
    };
    for &f in &fits {
        if predictions.len() == 2 {
            break;
        }
        if let Some(p) = prediction(states, task, f, None) {
            add(&mut predictions, p);
        }
    }
    for &(f, m) in &mapped {
        if predictions.len() == 2 {
            break;
        }
        if let Some(p) = prediction(states, task, f, Some(m)) {
            add(&mut predictions, p);
        }
    }
    if options.stacking && predictions.len() < 2 && !guard.expired() {
        for p in stacks(states, task, 2) {
            add(&mut predictions, p);
        }
    }
    if predictions.len() < 2 {
        'states: for &f in &outcome.shaped {
            for nb in Neighbourhood::ALL {
                if predictions.len() == 2 || guard.expired() {
                    break 'states;
                }
                let Some(rule) = local::learn(states, task, f, nb) else { continue };
                let tests: Option<Vec<Grid>> = (task.train..task.len())
                    .map(|j| {
                        let v = states.view(f, j);
                        Grid::from_cells(v.height, v.width, rule.apply(v)?).ok()
                    })
                    .collect();
                if let Some(tests) = tests {
                    let program = format!(
                        "{} | local_rule({}, {} entries)",
                        program_text(&states.program(f), task),
                        nb.name(),
                        rule.len()
                    );
                    add(&mut predictions, Prediction { tests, program, how: How::LocalRule });
                    break;
                }
            }
        }
    }
    let programs = fits
        .iter()
        .take(options.max_programs)
        .map(|&f| program_text(&states.program(f), task))
        .collect();
    TaskResult {
        id: id.to_string(),
        predictions,
        programs,
        fits: fits.len(),
        mapped_fits: mapped.len(),
        expanded: outcome.expanded,
        unique: states.len() as u64,
        time: guard.elapsed(),
        timed_out: outcome.timed_out,
        normalized: false,
        budget_hit: outcome.budget_hit,
        error: None,
    }
}

/// The prediction of state `f`'s test images, recoloured by `map` if given; `None` when a
/// transform wrote a cell outside the colours.
fn prediction(
    states: &States,
    task: &Prepared,
    f: u32,
    map: Option<ColorMap>,
) -> Option<Prediction> {
    let tests: Option<Vec<Grid>> = (task.train..task.len())
        .map(|j| {
            let v = states.view(f, j);
            let cells = match map {
                None => v.cells.to_vec(),
                Some(m) => v.cells.iter().map(|&c| m.get(c)).collect(),
            };
            Grid::from_cells(v.height, v.width, cells).ok()
        })
        .collect();
    let mut program = program_text(&states.program(f), task);
    if let Some(m) = map {
        program = format!("{program} | recolor({})", m.text());
    }
    let how = if map.is_some() { How::ColorMap } else { How::Program };
    Some(Prediction { tests: tests?, program, how })
}

/// What the expansion of one task found.
pub(crate) struct Expansion {
    pub(crate) fits: Vec<u32>,
    pub(crate) mapped: Vec<(u32, ColorMap)>,
    /// States of depth at most [`LOCAL_DEPTH`] with the train outputs' shapes, neither fits
    /// nor fits modulo a colour map: candidates for a local rule.
    pub(crate) shaped: Vec<u32>,
    pub(crate) expanded: u64,
    pub(crate) timed_out: bool,
    pub(crate) budget_hit: bool,
}

/// The deepest states tried with a local rule.
pub const LOCAL_DEPTH: usize = 1;

/// The most states tried with a local rule per task.
pub const MAX_SHAPED: usize = 512;

/// The most fits modulo a colour map kept per task.
pub const MAX_MAPPED: usize = 4096;

impl Expansion {
    /// Nothing found yet.
    pub(crate) fn new() -> Expansion {
        Expansion {
            fits: Vec::new(),
            mapped: Vec::new(),
            shaped: Vec::new(),
            expanded: 0,
            timed_out: false,
            budget_hit: false,
        }
    }

    /// The checks before each item: the budgets, then (every 64 items) the wall-clock
    /// guard. Marks what stopped the search and returns `true` when one does.
    pub(crate) fn stops(
        &mut self,
        states: &States,
        options: &SearchOptions,
        guard: &Guard,
    ) -> bool {
        if self.expanded as usize >= options.max_states || states.cells() >= options.max_cells {
            self.budget_hit = true;
            return true;
        }
        if self.expanded % 64 == 0 && guard.expired() {
            self.timed_out = true;
            return true;
        }
        false
    }

    /// Records state `id` as a fit or a fit modulo a colour map, if it is one.
    pub(crate) fn judge(
        &mut self,
        states: &States,
        task: &Prepared,
        options: &SearchOptions,
        id: u32,
    ) {
        if fits(states, task, id) {
            self.fits.push(id);
        } else if options.color_maps && self.mapped.len() < MAX_MAPPED {
            if let Some(m) = recolor::learn(states, task, id) {
                self.mapped.push((id, m));
                return;
            }
        }
        if options.local_rules
            && self.shaped.len() < MAX_SHAPED
            && states.depth(id) <= LOCAL_DEPTH
            && local::shaped(states, task, id)
        {
            self.shaped.push(id);
        }
    }
}

/// Whether state `id`'s train images equal the train outputs.
fn fits(states: &States, task: &Prepared, id: u32) -> bool {
    (0..task.train).all(|j| states.view(id, j) == task.outputs.view(j))
}

/// Expands the task's states level by level up to the depth, within the budgets.
///
/// A level's work items are every transform with every argument on every parent, in the
/// order transform, parent, argument. They are computed in blocks, each block's items in
/// parallel (rayon, into buffers of their own), and then judged one by one in that order:
/// budget checks, deduplication against every state kept so far, fits. The states kept, the
/// budget's stopping point and so the answers are those of one thread computing item after
/// item, whatever the number of threads; only the work beyond a stopping point differs.
fn expand(
    task: &Prepared,
    options: &SearchOptions,
    guard: &Guard,
    states: &mut States,
) -> Expansion {
    let n = task.len();
    let area_cap = task.max_area.saturating_mul(options.area_factor.max(1));
    let contexts: Vec<Context<'_>> =
        task.targets.iter().map(|&target| Context { colors: &task.colors, target }).collect();
    let mut out = Expansion::new();
    out.judge(states, task, options, 0);
    let all = transforms::all();
    // Each chunk's buffers, kept from block to block.
    let mut pool: Vec<Computed> = Vec::new();
    for depth in 1..=options.depth {
        let parents = states.level_ids(states.levels() - 1);
        if parents.is_empty() {
            break;
        }
        let plan = LevelPlan::for_level(task, options, states, depth, out.expanded);
        // Blocks of about BLOCK_CELLS cells of states, from the parents' mean size.
        let parent_cells = states.level(states.levels() - 1).cells().len().max(1);
        let per_state = parent_cells.div_ceil(parents.len()).max(1);
        let block = (BLOCK_CELLS / per_state).clamp(MIN_BLOCK, MAX_BLOCK);
        states.open_level();
        let mut at = 0usize;
        while at < plan.total {
            let end = (at + block).min(plan.total);
            let known: &States = states;
            let since = known.len() as u32;
            let src = known.level(known.levels() - 2);
            let used = (end - at).div_ceil(CHUNK);
            if pool.len() < used {
                pool.resize_with(used, Computed::default);
            }
            let chunks = &mut pool[..used];
            chunks.par_iter_mut().enumerate().for_each(|(ci, c)| {
                c.clear();
                let lo = at + ci * CHUNK;
                for (ti, k, ai) in plan.items(lo, (lo + CHUNK).min(end)) {
                    let t = &all[ti];
                    let arg = args_of(t, task)[ai];
                    c.compute(
                        known,
                        src,
                        k,
                        n,
                        |v, j, buf| (t.apply)(v, arg, &contexts[j], buf),
                        area_cap,
                    );
                }
            });
            let mut items = plan.items(at, end);
            for c in &pool[..used] {
                for r in &c.results {
                    let (ti, k, ai) = items.next().expect("one item a result");
                    if out.stops(states, options, guard) {
                        return out;
                    }
                    out.expanded += 1;
                    let Some((first, hash)) = *r else { continue };
                    let step = Step {
                        parent: parents.start + k as u32,
                        transform: ti as u16,
                        arg: ai as u8,
                    };
                    if let Some(id) =
                        states.commit_from(step, &c.images, first as usize, hash, since)
                    {
                        out.judge(states, task, options, id);
                    }
                }
            }
            at = end;
        }
    }
    out
}

/// Work items judged in one chunk of a block, in order, on one thread.
const CHUNK: usize = 64;
/// The fewest work items of a block.
const MIN_BLOCK: usize = 128;
/// The most work items of a block.
const MAX_BLOCK: usize = 8192;
/// About how many cells a block's new states hold.
const BLOCK_CELLS: usize = 1 << 19;

/// The work items of one level, in the order they are judged: first the `head` parents one
/// by one, each with every transform and argument (parent-major); then transform by
/// transform, the `tail` parents, then argument (transform-major). Every level but the last
/// has no head; the last level's head is its most promising parents
/// ([`SearchOptions::promising_first`]), so that a budget that ends within the level has
/// tried every transform on them.
pub(crate) struct LevelPlan {
    /// Where each transform's items start within one parent's items, and the end last.
    starts: Vec<usize>,
    /// Each transform's argument count.
    args: Vec<usize>,
    /// Parents expanded parent-major, as places in the level.
    head: Vec<u32>,
    /// Parents expanded transform-major, as places in the level.
    tail: Vec<u32>,
    /// The number of items.
    pub(crate) total: usize,
}

impl LevelPlan {
    /// The plan of the level at `depth` (the level after the last one of `states`), with
    /// `expanded` states expanded so far.
    pub(crate) fn for_level(
        task: &Prepared,
        options: &SearchOptions,
        states: &States,
        depth: usize,
        expanded: u64,
    ) -> LevelPlan {
        let parents = states.level_ids(states.levels() - 1);
        if options.promising_first && depth == options.depth && depth > 1 {
            // The most promising parents, parent-major, with up to half the budget left.
            let per = LevelPlan::new(task, vec![0], Vec::new()).per_parent().max(1);
            let left = options.max_states.saturating_sub(expanded as usize);
            let most = left / 2 / per;
            let (head, tail) = promising_split(states, task, parents, most);
            LevelPlan::new(task, head, tail)
        } else {
            LevelPlan::new(task, Vec::new(), (0..parents.len() as u32).collect())
        }
    }

    fn new(task: &Prepared, head: Vec<u32>, tail: Vec<u32>) -> LevelPlan {
        let args = transforms::all().iter().map(|t| args_of(t, task).len()).collect();
        LevelPlan::with_counts(args, head, tail)
    }

    /// The plan of transforms that take `args[t]` arguments each.
    fn with_counts(args: Vec<usize>, head: Vec<u32>, tail: Vec<u32>) -> LevelPlan {
        let mut starts = Vec::with_capacity(args.len() + 1);
        let mut end = 0usize;
        for &a in &args {
            starts.push(end);
            end += a;
        }
        starts.push(end);
        let total = end * (head.len() + tail.len());
        LevelPlan { starts, args, head, tail, total }
    }

    /// Items per parent: every transform with every argument.
    fn per_parent(&self) -> usize {
        self.starts[self.starts.len() - 1]
    }

    /// The transform whose items within one parent's hold `r` (the last of equal starts:
    /// those before it have no arguments).
    fn transform_at(&self, r: usize) -> usize {
        self.starts.partition_point(|&s| s <= r) - 1
    }

    /// Where item `i` is: (in the head, transform, parent position in the head or the tail,
    /// argument place).
    fn locate(&self, i: usize) -> (bool, usize, usize, usize) {
        let per = self.per_parent();
        let head_items = self.head.len() * per;
        if i < head_items {
            let (p, r) = (i / per, i % per);
            let ti = self.transform_at(r);
            return (true, ti, p, r - self.starts[ti]);
        }
        // Transform-major: transform `ti` has `args[ti] * tail.len()` items.
        let r = i - head_items;
        let n = self.tail.len();
        let ti = self.starts.partition_point(|&s| s * n <= r) - 1;
        let rem = r - self.starts[ti] * n;
        let a = self.args[ti];
        (false, ti, rem / a, rem % a)
    }

    /// The first transform at or after `ti` that has arguments (`args.len()` if none).
    fn with_args(&self, mut ti: usize) -> usize {
        while ti < self.args.len() && self.args[ti] == 0 {
            ti += 1;
        }
        ti
    }

    /// Items `lo..hi` in order, each as (transform, parent place in the level, argument
    /// place).
    pub(crate) fn items(
        &self,
        lo: usize,
        hi: usize,
    ) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let mut cur = (lo < hi).then(|| self.locate(lo));
        (lo..hi).map(move |_| {
            let (head, ti, p, ai) = cur.expect("an item for every index below the end");
            // The next item: the next argument, else the next transform (head) or parent
            // (tail), else the next parent (head) or transform (tail).
            let (mut nh, mut nt, mut np, mut na) = (head, ti, p, ai + 1);
            if na == self.args[ti] {
                na = 0;
                if head {
                    nt = self.with_args(ti + 1);
                    if nt == self.args.len() {
                        nt = self.with_args(0);
                        np = p + 1;
                        if np == self.head.len() {
                            (nh, np) = (false, 0);
                        }
                    }
                } else {
                    np = p + 1;
                    if np == self.tail.len() {
                        np = 0;
                        nt = self.with_args(ti + 1);
                    }
                }
            }
            cur = Some((nh, nt, np, na));
            let k = if head { self.head[p] } else { self.tail[p] };
            (ti, k as usize, ai)
        })
    }
}

/// The last level's parents split in two: up to `most` of the most promising (states whose
/// train images have the outputs' shapes, by the share of train cells already right, more
/// first; ties in level order), and the others in level order.
fn promising_split(
    states: &States,
    task: &Prepared,
    parents: std::ops::Range<u32>,
    most: usize,
) -> (Vec<u32>, Vec<u32>) {
    let score = |id: u32| -> Option<u64> {
        let (mut right, mut all) = (0u64, 0u64);
        for j in 0..task.train {
            let (v, o) = (states.view(id, j), task.outputs.view(j));
            if v.shape() != o.shape() {
                return None;
            }
            right += v.cells.iter().zip(o.cells).filter(|(a, b)| a == b).count() as u64;
            all += o.cells.len() as u64;
        }
        Some(right * 1_000_000 / all.max(1))
    };
    let mut shaped: Vec<(u64, u32)> =
        parents.clone().filter_map(|id| score(id).map(|s| (s, id - parents.start))).collect();
    shaped.sort_by_key(|&(s, k)| (std::cmp::Reverse(s), k));
    shaped.truncate(most);
    let mut head: Vec<u32> = shaped.into_iter().map(|(_, k)| k).collect();
    let mut chosen = vec![false; parents.len()];
    for &k in &head {
        chosen[k as usize] = true;
    }
    let tail = (0..parents.len() as u32).filter(|&k| !chosen[k as usize]).collect();
    head.shrink_to_fit();
    (head, tail)
}

/// The states that one chunk computed: their images back to back, and per item the index
/// of its first image and its hash, or `None` when the transform failed on an image, an
/// image exceeded the area cap, or the state equals one kept before the block.
#[derive(Default)]
pub(crate) struct Computed {
    pub(crate) images: Images,
    pub(crate) results: Vec<Option<(u32, u64)>>,
}

impl Computed {
    /// Drops every state, keeping the buffers' room.
    pub(crate) fn clear(&mut self) {
        self.images.clear();
        self.results.clear();
    }

    /// Computes one item: `apply(view, j, out)` on each of parent `k`'s `n` images in `src`;
    /// a state equal to one of `known` is dropped at once.
    pub(crate) fn compute(
        &mut self,
        known: &States,
        src: &Images,
        k: usize,
        n: usize,
        apply: impl Fn(View<'_>, usize, &mut Vec<u8>) -> Option<(usize, usize)>,
        area_cap: usize,
    ) {
        let first = self.images.len();
        let mut made = 0;
        for j in 0..n {
            let v = src.view(k * n + j);
            if !self.images.push_with(|buf| apply(v, j, buf)) {
                break;
            }
            made += 1;
            if self.images.view(self.images.len() - 1).cells.len() > area_cap {
                break;
            }
        }
        let complete = made == n && self.images.view(self.images.len() - 1).cells.len() <= area_cap;
        if complete {
            let hash = hash_images((first..first + n).map(|i| self.images.view(i)));
            if !known.contains(&self.images, first, hash) {
                self.results.push(Some((first as u32, hash)));
                return;
            }
        }
        {
            for _ in 0..made {
                self.images.pop();
            }
            self.results.push(None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LevelPlan;

    /// Every item of the plan in order, written out plainly.
    fn plain(args: &[usize], head: &[u32], tail: &[u32]) -> Vec<(usize, usize, usize)> {
        let mut v = Vec::new();
        for &k in head {
            for (ti, &a) in args.iter().enumerate() {
                for ai in 0..a {
                    v.push((ti, k as usize, ai));
                }
            }
        }
        for (ti, &a) in args.iter().enumerate() {
            for &k in tail {
                for ai in 0..a {
                    v.push((ti, k as usize, ai));
                }
            }
        }
        v
    }

    #[test]
    fn a_plan_walks_its_items_in_order_from_any_start() {
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..300 {
            let args: Vec<usize> = (0..rng.usize(1..7)).map(|_| rng.usize(0..4)).collect();
            let parents = rng.usize(1..6) as u32;
            let mut places: Vec<u32> = (0..parents).collect();
            rng.shuffle(&mut places);
            let cut = rng.usize(0..=places.len());
            let (head, tail) = places.split_at(cut);
            let want = plain(&args, head, tail);
            let plan = LevelPlan::with_counts(args.clone(), head.to_vec(), tail.to_vec());
            assert_eq!(plan.total, want.len());
            for lo in 0..=want.len() {
                let hi = rng.usize(lo..=want.len());
                let got: Vec<_> = plan.items(lo, hi).collect();
                assert_eq!(got, want[lo..hi], "{args:?} {head:?} {tail:?} {lo}..{hi}");
            }
        }
    }
}
