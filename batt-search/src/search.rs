//! The search: level by level, every transform with every argument over the whole frontier
//! of the level before; new states deduplicated per task; programs whose train images equal
//! the train outputs fit, and their test images are the predictions.

use std::time::Duration;

use batt_runtime::{Grid, Task};
use rayon::prelude::*;

use crate::budget::{Guard, SearchOptions};
use crate::error::SearchError;
use crate::image::View;
use crate::local::{self, Neighbourhood};
use crate::rank::{args_of, program_text, rank_key};
use crate::recolor::{self, ColorMap};
use crate::stack::stacks;
use crate::state::{States, Step};
use crate::task::{Prepared, prepare_many};
use crate::transforms::{self, Context};

/// One prediction for a task: a grid per test input, and the program that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prediction {
    /// One grid per test input, in test order.
    pub tests: Vec<Grid>,
    /// The program, as text (`rot90 | keep_color(3)`; a stack is `stack(a, b, ..)`).
    pub program: String,
    /// Whether it is a stack of partial fits rather than one fitting program.
    pub stacked: bool,
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
    /// Whether the budget in expanded states or in cells stopped the search.
    pub budget_hit: bool,
    /// Why the task could not be searched, if it could not.
    pub error: Option<SearchError>,
}

impl TaskResult {
    /// The attempts for test input `test`, best first (at most two).
    pub fn attempts(&self, test: usize) -> Vec<&Grid> {
        self.predictions.iter().filter_map(|p| p.tests.get(test)).collect()
    }

    fn failed(id: &str, error: SearchError) -> TaskResult {
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
    tasks
        .par_iter()
        .zip(prepared.par_iter())
        // One task per job: tasks differ in cost by orders of magnitude, so idle threads
        // steal single tasks rather than halves of the list.
        .with_max_len(1)
        .map(|((id, _), p)| match p {
            Ok(p) => search_prepared(id, p, options),
            Err(e) => TaskResult::failed(id, e.clone()),
        })
        .collect()
}

/// Searches one prepared task.
pub fn search_prepared(id: &str, task: &Prepared, options: &SearchOptions) -> TaskResult {
    let guard = Guard::new(options.task_seconds);
    let mut states = States::new(&task.inputs, options.hash_mask);
    let outcome = expand(task, options, &guard, &mut states);

    let mut fits: Vec<u32> = outcome.fits;
    fits.sort_by_cached_key(|&f| rank_key(&states, f));
    let mut mapped = outcome.mapped;
    mapped.sort_by_cached_key(|&(f, _)| rank_key(&states, f));
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
        if let Some(p) = prediction(&states, task, f, None) {
            add(&mut predictions, p);
        }
    }
    for &(f, m) in &mapped {
        if predictions.len() == 2 {
            break;
        }
        if let Some(p) = prediction(&states, task, f, Some(m)) {
            add(&mut predictions, p);
        }
    }
    if options.stacking && predictions.len() < 2 && !guard.expired() {
        for p in stacks(&states, task, 2) {
            add(&mut predictions, p);
        }
    }
    if predictions.len() < 2 {
        'states: for &f in &outcome.shaped {
            for nb in Neighbourhood::ALL {
                if predictions.len() == 2 || guard.expired() {
                    break 'states;
                }
                let Some(rule) = local::learn(&states, task, f, nb) else { continue };
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
                    add(&mut predictions, Prediction { tests, program, stacked: false });
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
    Some(Prediction { tests: tests?, program, stacked: false })
}

/// What the expansion of one task found.
struct Expansion {
    fits: Vec<u32>,
    mapped: Vec<(u32, ColorMap)>,
    /// States of depth at most [`LOCAL_DEPTH`] with the train outputs' shapes, neither fits
    /// nor fits modulo a colour map: candidates for a local rule.
    shaped: Vec<u32>,
    expanded: u64,
    timed_out: bool,
    budget_hit: bool,
}

/// The deepest states tried with a local rule.
pub const LOCAL_DEPTH: usize = 1;

/// The most states tried with a local rule per task.
pub const MAX_SHAPED: usize = 512;

/// The most fits modulo a colour map kept per task.
pub const MAX_MAPPED: usize = 4096;

impl Expansion {
    /// Records state `id` as a fit or a fit modulo a colour map, if it is one.
    fn judge(&mut self, states: &States, task: &Prepared, options: &SearchOptions, id: u32) {
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
    let mut out = Expansion {
        fits: Vec::new(),
        mapped: Vec::new(),
        shaped: Vec::new(),
        expanded: 0,
        timed_out: false,
        budget_hit: false,
    };
    out.judge(states, task, options, 0);
    for _ in 1..=options.depth {
        let parents = states.level_ids(states.levels() - 1);
        if parents.is_empty() {
            break;
        }
        states.open_level();
        for (ti, t) in transforms::all().iter().enumerate() {
            let args = args_of(t, task);
            for (k, parent) in parents.clone().enumerate() {
                for (ai, &arg) in args.iter().enumerate() {
                    if out.expanded as usize >= options.max_states
                        || states.cells() >= options.max_cells
                    {
                        out.budget_hit = true;
                        return out;
                    }
                    if out.expanded % 64 == 0 && guard.expired() {
                        out.timed_out = true;
                        return out;
                    }
                    out.expanded += 1;
                    let (src, dst) = states.split_last();
                    let mut made = 0;
                    for (j, cx) in contexts.iter().enumerate() {
                        let v: View<'_> = src.view(k * n + j);
                        if !dst.push_with(|buf| (t.apply)(v, arg, cx, buf)) {
                            break;
                        }
                        made += 1;
                        if dst.view(dst.len() - 1).cells.len() > area_cap {
                            break;
                        }
                    }
                    let complete = made == n && dst.view(dst.len() - 1).cells.len() <= area_cap;
                    if !complete {
                        states.discard(made);
                        continue;
                    }
                    let step = Step { parent, transform: ti as u16, arg: ai as u8 };
                    if let Some(id) = states.commit(step) {
                        out.judge(states, task, options, id);
                    }
                }
            }
        }
    }
    out
}
