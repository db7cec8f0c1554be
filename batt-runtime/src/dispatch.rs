//! Choosing a backend, and the entry points of the fused pattern.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use crate::backend::{PatternBackend, cpu, rayon};
use crate::grid::{Color, Grid};
use crate::pattern::{Pattern, PatternTuple, Side};
use crate::samples::Samples;

/// Where the fused pattern runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Backend {
    /// One thread, SIMD where the CPU has it.
    Cpu,
    /// All cores, through the rayon pool.
    Rayon,
    /// Every CUDA GPU (cargo feature `cuda`), the CPU taking the share of any failing one.
    ///
    /// The variant exists in every build, so that `BATT_BACKEND=cuda` and code naming it
    /// work everywhere; without the feature or without a usable device it resolves as
    /// [`Backend::Auto`] does among the CPU backends, saying so once in the log.
    Cuda,
    /// Chosen per call by the amount of work (see [`Backend::resolve`]).
    #[default]
    Auto,
}

/// A backend name that is not one of the accepted ones.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown backend {value:?}{}: expected one of cpu, rayon, auto, cuda", origin_suffix(.origin))]
pub struct BackendError {
    /// The value given.
    pub value: String,
    /// Where it came from (an environment variable), if not from code.
    pub origin: Option<String>,
}

/// [`Backend::set_global`] came too late: the process-wide default is already fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SetGlobalError {
    /// An earlier `set_global` set it.
    #[error("the global backend is already set to {current}: set_global may be called once")]
    AlreadySet {
        /// The backend in use.
        current: Backend,
    },
    /// A call already used the default (from `BATT_BACKEND`, else `auto`).
    #[error(
        "the global backend is already {current}, fixed by a call that used it: call \
         set_global before the first call that uses the global backend"
    )]
    AlreadyUsed {
        /// The backend in use.
        current: Backend,
    },
}

/// How the process-wide default was fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// By [`Backend::set_global`].
    SetGlobal,
    /// By the first call that used it ([`Backend::configured`]).
    FirstUse,
}

/// The process-wide default backend, and how it was fixed.
static GLOBAL: OnceLock<(Backend, Origin)> = OnceLock::new();

fn origin_suffix(origin: &Option<String>) -> String {
    origin.as_ref().map(|o| format!(" in {o}")).unwrap_or_default()
}

// The `AUTO_RAYON_*` thresholds are the crossovers of `cargo bench --bench pattern` (groups
// `crossover-one-task` and `crossover-many-tasks`) with 2 threads: one thread reads cells at
// memory speed, so rayon's fork-join overhead and the second core's share pay only for
// millions of cells, and a typical ARC task or a whole ARC-AGI-1 set stays on one thread.
// With more threads the crossover falls: the sample and cell thresholds are the 2-thread
// values scaled by 2 / threads. `BATT_BACKEND`, `Backend::set_global` or an explicit backend
// overrides the choice.

/// With fewer samples than this in one task, `auto` stays on one thread (2-thread value).
pub const AUTO_RAYON_MIN_SAMPLES: usize = 1024;
/// With fewer cells than this in one task, `auto` stays on one thread (2-thread value).
pub const AUTO_RAYON_MIN_CELLS: usize = 4_000_000;
/// With fewer tasks than this in a many-task call, `auto` stays on one thread.
pub const AUTO_RAYON_MIN_TASKS: usize = 64;
/// With fewer cells than this over all tasks of a many-task call, `auto` stays on one
/// thread (2-thread value).
pub const AUTO_RAYON_MIN_TOTAL_CELLS: usize = 4_000_000;

/// A 2-thread threshold for the rayon pool's size; a pool of one thread never pays.
fn for_pool(two_thread_value: usize) -> usize {
    match pool_threads() {
        0 | 1 => usize::MAX,
        n => two_thread_value.saturating_mul(2) / n,
    }
}

/// The threads of the pool a rayon call from this thread would use, found once per thread
/// and without building rayon's global pool (whose idle workers would slow every later
/// small call): a pool's worker asks its pool; any other thread takes what the global pool
/// is (or will be) built with, `RAYON_NUM_THREADS` or the CPUs available.
fn pool_threads() -> usize {
    thread_local! {
        static THREADS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }
    THREADS.with(|t| {
        if t.get() == 0 {
            let n = if ::rayon::current_thread_index().is_some() {
                ::rayon::current_num_threads()
            } else {
                std::env::var("RAYON_NUM_THREADS")
                    .ok()
                    .and_then(|v| v.trim().parse().ok())
                    .filter(|&n: &usize| n > 0)
                    .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
                    .unwrap_or(1)
            };
            t.set(n);
        }
        t.get()
    })
}
/// Whether the GPU backend can take work now: the `cuda` feature and a healthy device.
fn cuda_ready() -> bool {
    #[cfg(feature = "cuda")]
    {
        crate::backend::cuda::is_available()
    }
    #[cfg(not(feature = "cuda"))]
    {
        false
    }
}

/// `Cuda` where it can run; else `None`, logged once, and the caller resolves as `auto`
/// does among the CPU backends.
fn resolve_cuda() -> Option<Backend> {
    static WARNED: std::sync::Once = std::sync::Once::new();
    if cuda_ready() {
        return Some(Backend::Cuda);
    }
    WARNED.call_once(|| {
        let why = if cfg!(feature = "cuda") {
            "no usable CUDA device"
        } else {
            "built without the cuda feature"
        };
        tracing::warn!("batt: backend cuda requested, but {why}; using the CPU backends");
    });
    None
}

impl Backend {
    /// The environment variable that overrides the default backend.
    pub const ENV: &'static str = "BATT_BACKEND";

    /// The backend named by `BATT_BACKEND`; `Auto` when it is unset or empty.
    pub fn from_env() -> Result<Backend, BackendError> {
        match std::env::var(Self::ENV) {
            Ok(v) if !v.trim().is_empty() => v.parse().map_err(|e: BackendError| BackendError {
                origin: Some(Self::ENV.to_string()),
                ..e
            }),
            _ => Ok(Backend::Auto),
        }
    }

    /// Sets the process-wide default backend, the one [`Backend::configured`] gives, once per
    /// process and before the first call that uses it (as rayon's `build_global` sets the
    /// global pool).
    ///
    /// Precedence, from first to last: the backend given to a call (`*_with` functions,
    /// `#[batt(backend = ...)]`), then this, then `BATT_BACKEND`, then `auto`.
    ///
    /// # Errors
    /// [`SetGlobalError`] when the default is already fixed: set before, or read by a call
    /// that used it.
    pub fn set_global(backend: Backend) -> Result<(), SetGlobalError> {
        let mut set = false;
        let &(current, origin) = GLOBAL.get_or_init(|| {
            set = true;
            (backend, Origin::SetGlobal)
        });
        match (set, origin) {
            (true, _) => Ok(()),
            (false, Origin::SetGlobal) => Err(SetGlobalError::AlreadySet { current }),
            (false, Origin::FirstUse) => Err(SetGlobalError::AlreadyUsed { current }),
        }
    }

    /// The process-wide default: what [`Backend::set_global`] set, else `BATT_BACKEND`, read
    /// once at the first call, else `auto`.
    ///
    /// An unknown `BATT_BACKEND` is reported once on standard error and `auto` is used
    /// instead; the choice of backend never changes results. Call [`Backend::from_env`] at
    /// start-up to treat it as a hard error.
    pub fn configured() -> Backend {
        GLOBAL
            .get_or_init(|| {
                let backend = Backend::from_env().unwrap_or_else(|e| {
                    tracing::error!("{e}; using auto");
                    eprintln!("batt: error: {e}; using auto");
                    Backend::Auto
                });
                (backend, Origin::FirstUse)
            })
            .0
    }

    /// The concrete backend for one task's samples: `Auto` becomes `Cpu` or `Rayon`, and
    /// `Cuda` resolves as `Auto` where no GPU can run it.
    pub fn resolve(self, samples: &Samples) -> Backend {
        match self {
            Backend::Cuda => resolve_cuda().unwrap_or_else(|| Backend::Auto.resolve(samples)),
            Backend::Auto => {
                if samples.len() >= for_pool(AUTO_RAYON_MIN_SAMPLES)
                    && samples.cell_count() >= for_pool(AUTO_RAYON_MIN_CELLS)
                {
                    Backend::Rayon
                } else {
                    Backend::Cpu
                }
            }
            concrete => concrete,
        }
    }

    /// The concrete backend for a many-task call.
    pub fn resolve_many(self, tasks: &[Samples]) -> Backend {
        match self {
            Backend::Cuda => resolve_cuda().unwrap_or_else(|| Backend::Auto.resolve_many(tasks)),
            Backend::Auto => {
                let rayon_at = for_pool(AUTO_RAYON_MIN_TOTAL_CELLS);
                // Count cells only as far as the threshold needs: reading each grid's size is
                // a cache miss, which over a million grids costs more than a rayon call.
                let mut cells = 0;
                for t in tasks {
                    cells += t.cell_count();
                    if cells >= rayon_at {
                        break;
                    }
                }
                if tasks.len() >= AUTO_RAYON_MIN_TASKS && cells >= rayon_at {
                    Backend::Rayon
                } else {
                    Backend::Cpu
                }
            }
            concrete => concrete,
        }
    }

    /// Makes `call` on the implementation of this resolved backend (`Auto`, never given
    /// after [`Backend::resolve`], runs as the single-thread one). Static dispatch: each
    /// backend's code is inlined into its arm.
    #[inline]
    fn call<C: Call>(self, call: C) -> C::Output {
        match self {
            Backend::Rayon => call.on(&rayon::Rayon),
            #[cfg(feature = "cuda")]
            Backend::Cuda => call.on(&crate::backend::cuda::Cuda),
            _ => call.on(&cpu::Cpu),
        }
    }

    /// The backend's name as `BATT_BACKEND` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Cpu => "cpu",
            Backend::Rayon => "rayon",
            Backend::Cuda => "cuda",
            Backend::Auto => "auto",
        }
    }
}

impl FromStr for Backend {
    type Err = BackendError;

    fn from_str(s: &str) -> Result<Backend, BackendError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cpu" => Ok(Backend::Cpu),
            "rayon" => Ok(Backend::Rayon),
            "cuda" => Ok(Backend::Cuda),
            "auto" => Ok(Backend::Auto),
            _ => Err(BackendError { value: s.to_string(), origin: None }),
        }
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One call of a [`PatternBackend`] method, made on whichever backend [`Backend::call`]
/// resolves to.
trait Call {
    /// What the method gives.
    type Output;
    /// The method called on `backend`.
    fn on<B: PatternBackend>(self, backend: &B) -> Self::Output;
}

/// [`PatternBackend::pattern`] of these samples.
struct PatternOf<'s>(&'s Samples);

impl Call for PatternOf<'_> {
    type Output = Pattern;
    #[inline]
    fn on<B: PatternBackend>(self, backend: &B) -> Pattern {
        backend.pattern(self.0)
    }
}

/// [`PatternBackend::side`] of these samples.
struct SideOf<'s>(&'s Samples, Side);

impl Call for SideOf<'_> {
    type Output = (Vec<Grid>, Vec<Color>);
    #[inline]
    fn on<B: PatternBackend>(self, backend: &B) -> (Vec<Grid>, Vec<Color>) {
        backend.side(self.0, self.1)
    }
}

/// [`PatternBackend::many`] of these tasks.
struct ManyOf<'t>(&'t [Samples]);

impl Call for ManyOf<'_> {
    type Output = Vec<Pattern>;
    #[inline]
    fn on<B: PatternBackend>(self, backend: &B) -> Vec<Pattern> {
        backend.many(self.0)
    }
}

/// The fused sample pattern: `(x1, x2, x3, x4)` of
/// ```text
/// let x1 = apply(first, S);
/// let x2 = apply(second, S);
/// let x3 = mapply(p_g, &x1);
/// let x4 = mapply(p_g, &x2);
/// ```
/// computed at once, on the [configured](Backend::configured) backend.
///
/// ```
/// use batt_runtime::prelude::*;
/// let task = Task::from_json_str(
///     r#"{"train": [{"input": [[1, 0]], "output": [[2]]}, {"input": [[3]], "output": [[4, 0]]}]}"#,
/// ).unwrap();
/// let s = &task.train;
/// let (x1, x2, x3, x4) = batch_process_samples(s);
/// assert_eq!(x1, apply(first, s));
/// assert_eq!(x2, apply(second, s));
/// assert_eq!(x3, vec![0, 1, 3]);
/// assert_eq!(x4, vec![2, 0, 4]);
/// ```
pub fn batch_process_samples(samples: &Samples) -> PatternTuple {
    batch_process_samples_with(samples, Backend::configured())
}

/// [`batch_process_samples`] on a given backend.
pub fn batch_process_samples_with(samples: &Samples, backend: Backend) -> PatternTuple {
    pattern_with(samples, backend).into_tuple()
}

/// The fused pattern of one task as a [`Pattern`], on a given backend.
pub fn pattern_with(samples: &Samples, backend: Backend) -> Pattern {
    backend.resolve(samples).call(PatternOf(samples))
}

/// The inputs' half of the pattern: `(apply(first, S), mapply(p_g, &that))`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let task = Task::from_json_str(r#"{"train": [{"input": [[5, 1]], "output": [[2]]}]}"#).unwrap();
/// assert_eq!(batch_process_inputs(&task.train).1, vec![1, 5]);
/// ```
pub fn batch_process_inputs(samples: &Samples) -> (Vec<Grid>, Vec<Color>) {
    batch_process_side_with(samples, Side::Inputs, Backend::configured())
}

/// The outputs' half of the pattern: `(apply(second, S), mapply(p_g, &that))`.
///
/// ```
/// use batt_runtime::prelude::*;
/// let task = Task::from_json_str(r#"{"train": [{"input": [[5, 1]], "output": [[2]]}]}"#).unwrap();
/// assert_eq!(batch_process_outputs(&task.train).1, vec![2]);
/// ```
pub fn batch_process_outputs(samples: &Samples) -> (Vec<Grid>, Vec<Color>) {
    batch_process_side_with(samples, Side::Outputs, Backend::configured())
}

/// One half of the pattern on a given backend.
pub fn batch_process_side_with(
    samples: &Samples,
    side: Side,
    backend: Backend,
) -> (Vec<Grid>, Vec<Color>) {
    backend.resolve(samples).call(SideOf(samples, side))
}

/// The fused pattern of many tasks in one call, in task order, on the configured backend.
///
/// This is where parallel backends pay: one task is a few kilobytes, thousands are not.
pub fn batch_process_many(tasks: &[Samples]) -> Vec<Pattern> {
    batch_process_many_with(tasks, Backend::configured())
}

/// [`batch_process_many`] on a given backend.
pub fn batch_process_many_with(tasks: &[Samples], backend: Backend) -> Vec<Pattern> {
    backend.resolve_many(tasks).call(ManyOf(tasks))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_unknown_ones_fail() {
        for b in [Backend::Cpu, Backend::Rayon, Backend::Cuda, Backend::Auto] {
            assert_eq!(b.name().parse::<Backend>(), Ok(b));
            assert_eq!(b.to_string().to_uppercase().parse::<Backend>(), Ok(b));
        }
        let err = "gpu".parse::<Backend>().unwrap_err();
        assert_eq!(err.value, "gpu");
        assert!(err.to_string().contains("expected one of cpu, rayon, auto"));
    }

    #[test]
    fn auto_keeps_small_work_on_one_thread() {
        let g = Grid::filled(30, 30, 1).unwrap();
        let sample = crate::Sample::new(g.clone(), g);
        let small: Samples = vec![sample.clone(); 5].into();
        assert_eq!(Backend::Auto.resolve(&small), Backend::Cpu);
        if ::rayon::current_num_threads() < 2 {
            assert_eq!(for_pool(AUTO_RAYON_MIN_CELLS), usize::MAX, "one thread never pays");
            return;
        }
        // 1800 cells a pair: just under and just over the one-task threshold.
        let pairs =
            for_pool(AUTO_RAYON_MIN_CELLS).div_ceil(1800).max(for_pool(AUTO_RAYON_MIN_SAMPLES));
        let under: Samples = vec![sample.clone(); pairs - 1].into();
        assert_eq!(Backend::Auto.resolve(&under), Backend::Cpu);
        let big: Samples = vec![sample; pairs].into();
        assert_eq!(Backend::Auto.resolve(&big), Backend::Rayon);
        assert_eq!(Backend::Cpu.resolve(&big), Backend::Cpu);
        assert_eq!(Backend::Rayon.resolve(&small), Backend::Rayon);
        // 9000 cells a task: just under and just over the many-task threshold.
        let tasks = for_pool(AUTO_RAYON_MIN_TOTAL_CELLS).div_ceil(9000).max(AUTO_RAYON_MIN_TASKS);
        assert_eq!(Backend::Auto.resolve_many(&vec![small.clone(); 4]), Backend::Cpu);
        assert_eq!(Backend::Auto.resolve_many(&vec![small.clone(); tasks - 1]), Backend::Cpu);
        assert_eq!(Backend::Auto.resolve_many(&vec![small.clone(); tasks]), Backend::Rayon);
    }

    #[test]
    #[cfg(not(feature = "cuda"))]
    fn cuda_without_the_feature_resolves_as_auto() {
        let g = Grid::filled(30, 30, 1).unwrap();
        let small: Samples = vec![crate::Sample::new(g.clone(), g); 3].into();
        assert_eq!(Backend::Cuda.resolve(&small), Backend::Cpu);
        assert_eq!(Backend::Cuda.resolve_many(&vec![small.clone(); 2]), Backend::Cpu);
        let many = vec![small; 4000];
        assert_eq!(Backend::Cuda.resolve_many(&many), Backend::Auto.resolve_many(&many));
        assert_eq!(batch_process_samples_with(&vec![].into(), Backend::Cuda).0, vec![]);
    }
}
