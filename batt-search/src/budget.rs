//! The search's options: depth, budgets per task, the wall-clock guard, and stacking.

use std::time::{Duration, Instant};

/// How far and how long the search goes on each task.
///
/// The budgets in states and cells are deterministic: the same options give the same answer
/// on any machine and any thread count. The wall-clock guard is only a safety net; a task
/// that hits it keeps what it found and is marked timed out.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchOptions {
    /// The most transforms in a program (default 3).
    pub depth: usize,
    /// The budget per task in expanded states: the most transform applications tried on
    /// states of the task (default 500 000); the search of the task stops when it is
    /// reached. It bounds the time and the states kept (at most one more than this).
    pub max_states: usize,
    /// The most cells kept per task over all its states (default 32 Mi, one byte each); the
    /// search of a task stops when it is reached.
    pub max_cells: usize,
    /// The wall-clock guard per task, in seconds (default 10; 60 in [`SearchOptions::raised`]):
    /// a safety net far above what the state budget takes on an ordinary task, so that
    /// answers do not depend on the machine's speed.
    pub task_seconds: f64,
    /// Whether partial fits are stacked into predictions when direct fits give fewer than
    /// two (default true).
    pub stacking: bool,
    /// Whether states whose train images become the train outputs under one colour map
    /// fit too, ranked after the exact fits (default true; [`crate::recolor`]).
    pub color_maps: bool,
    /// Whether states of depth at most 1 with the train outputs' shapes may fit modulo a
    /// rule over each cell's neighbourhood, ranked after every other fit (default true;
    /// [`crate::local`]).
    pub local_rules: bool,
    /// Whether the last level expands its parents one by one, the most promising first
    /// (those with the outputs' shapes and the most right cells), each with every transform,
    /// rather than transform by transform (default true).
    pub promising_first: bool,
    /// Whether a task whose pairs are drawn in different colours is also searched with each
    /// pair's colours renamed by frequency ([`crate::normalize`]), when its own search gives
    /// fewer than two predictions; the predictions found there come after its own (default
    /// true).
    pub normalize_colors: bool,
    /// The area cap: a state with an image of more cells than this many times the largest
    /// grid of the task is dropped (default 2, as the 2020 winner's `MAXAREA`).
    pub area_factor: usize,
    /// The most fitting programs listed per task (default 16).
    pub max_programs: usize,
    /// A mask ANDed to every state hash (default all ones). A test hook: a mask of 0 makes
    /// every state collide, so deduplication rests on the comparison of cells alone.
    pub hash_mask: u64,
}

impl Default for SearchOptions {
    fn default() -> SearchOptions {
        SearchOptions {
            depth: 3,
            max_states: 500_000,
            max_cells: 32 << 20,
            task_seconds: 10.0,
            stacking: true,
            color_maps: true,
            local_rules: true,
            promising_first: true,
            normalize_colors: true,
            area_factor: 2,
            max_programs: 16,
            hash_mask: u64::MAX,
        }
    }
}

impl SearchOptions {
    /// The raised budget: depth 3 with 8 000 000 expanded states and 256 Mi cells a task
    /// (sixteen and eight times the defaults), for runs that may spend up to about 12
    /// CPU-seconds a task; its wall-clock guard is 60 s a task.
    pub fn raised() -> SearchOptions {
        SearchOptions {
            max_states: 8_000_000,
            max_cells: 256 << 20,
            task_seconds: 60.0,
            ..SearchOptions::default()
        }
    }
}

/// The wall-clock guard of one task.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Guard {
    start: Instant,
    limit: Duration,
}

impl Guard {
    /// A guard of `seconds` from now (no limit when not finite or negative).
    pub(crate) fn new(seconds: f64) -> Guard {
        let limit = Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX);
        Guard { start: Instant::now(), limit }
    }

    /// Whether the time is up.
    pub(crate) fn expired(&self) -> bool {
        self.start.elapsed() >= self.limit
    }

    /// Time since the guard started.
    pub(crate) fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }
}
