//! A per-thread deadline that long computations check cooperatively.
//!
//! [`with_deadline`] runs a closure with a deadline set for the current thread; nested scopes
//! keep the earliest deadline. Costly DSL primitives call [`expired`] in their loops and give
//! up once it is true: they return `None` where they return `Option`, else an empty or partial
//! value. **After expiry, results are meaningless**: whoever set the deadline must discard what
//! was computed under it once [`expired_now`] says so (the [runner](crate::runner) does, and
//! counts the task as timed out).
//!
//! [`expired`] is cheap: without a deadline it reads one thread-local; with one it reads the
//! clock on every [`CLOCK_EVERY`]th call only (and stays true once true), so a primitive may
//! call it once per loop step. [`expired_now`] reads the clock on every call, for checks
//! between large steps (between solver candidates).
//!
//! The primitives that check: [`apply`](crate::dsl::apply) and [`mapply`](crate::dsl::mapply)
//! (a partial result), [`papply`](crate::dsl::papply), [`prapply`](crate::dsl::prapply),
//! [`power`](crate::dsl::power)'s function, [`sfilter`](crate::dsl::sfilter),
//! [`mfilter`](crate::dsl::mfilter), [`order`](crate::dsl::order) and
//! [`gravitate`](crate::dsl::gravitate) (`None`), [`product`](crate::dsl::product),
//! [`occurrences`](crate::dsl::occurrences), [`manhattan`](crate::dsl::manhattan),
//! `mostcommon`/`leastcommon`, `hperiod`/`vperiod` and the upscaling of an object (a partial
//! value). The others cost at most a small multiple of their input's and output's sizes, and
//! grids are at most [`MAX_SIDE`](crate::MAX_SIDE) cells a side (`objects`, `partition`,
//! `canvas`, the grid scalings), or lines and boxes at most 4096 cells a side.
//!
//! The deadline belongs to the thread: work that a computation hands to rayon runs on other
//! threads without it, unless the closure sets it again from [`current`]:
//! `let d = deadline::current(); v.par_iter().map(|x| deadline::within(d, || f(x)))`. The
//! runtime's own parallel work (the fused sample pattern) is bounded by its input's size. A
//! thread that waits inside rayon may run another queued job meanwhile (work stealing); a job
//! that is a unit of its own (one task of a parallel run) therefore sets its deadline with
//! [`fresh`], which ignores the deadline of the job it was stolen into.
//!
//! ```
//! use std::time::{Duration, Instant};
//! use batt_runtime::deadline;
//! let far = Instant::now() + Duration::from_secs(3600);
//! assert!(!deadline::with_deadline(far, deadline::expired_now));
//! assert!(deadline::with_deadline(Instant::now(), deadline::expired_now));
//! assert!(!deadline::expired_now(), "no deadline outside a scope");
//! ```

use std::cell::Cell;
use std::time::Instant;

/// With a deadline set, [`expired`] reads the clock on one call in this many.
pub const CLOCK_EVERY: u32 = 64;

/// The thread's deadline state.
#[derive(Clone, Copy)]
struct State {
    /// The deadline, if any.
    at: Option<Instant>,
    /// Whether the clock was seen past `at`.
    passed: bool,
    /// Calls of [`expired`] left before it reads the clock again.
    countdown: u32,
}

const NONE: State = State { at: None, passed: false, countdown: 0 };

thread_local! {
    static STATE: Cell<State> = const { Cell::new(NONE) };
}

/// Puts the previous state back when a scope ends, by return or by unwinding.
struct Restore(State);

impl Drop for Restore {
    fn drop(&mut self) {
        STATE.set(self.0);
    }
}

/// Runs `f` with the deadline `at` set alone for this thread (no earlier one kept).
fn scope<R>(at: Option<Instant>, f: impl FnOnce() -> R) -> R {
    let _restore = Restore(STATE.get());
    STATE.set(State { at, passed: false, countdown: 0 });
    f()
}

/// Runs `f` with the deadline `at` for this thread, or the enclosing scope's if that is
/// earlier; the enclosing deadline is back when `f` returns.
pub fn with_deadline<R>(at: Instant, f: impl FnOnce() -> R) -> R {
    let at = match STATE.get().at {
        Some(outer) if outer < at => outer,
        _ => at,
    };
    scope(Some(at), f)
}

/// Runs `f` with the deadline `at` for this thread whatever an enclosing scope set (for a
/// unit of work of its own that rayon may run on a thread waiting inside another one); the
/// enclosing deadline is back when `f` returns.
pub fn fresh<R>(at: Instant, f: impl FnOnce() -> R) -> R {
    scope(Some(at), f)
}

/// Runs `f` under `at` when it is `Some` (as [`with_deadline`]), else as it is: to carry
/// [`current`] into work on other threads.
pub fn within<R>(at: Option<Instant>, f: impl FnOnce() -> R) -> R {
    match at {
        Some(at) => with_deadline(at, f),
        None => f(),
    }
}

/// This thread's deadline, if one is set.
pub fn current() -> Option<Instant> {
    STATE.get().at
}

/// Whether this thread's deadline has passed; `false` without one. Reads the clock on one
/// call in [`CLOCK_EVERY`] (the first in a scope included), so it may say `false` for up to
/// that many calls after the deadline; once `true`, it stays so in the scope.
#[inline]
pub fn expired() -> bool {
    let mut s = STATE.get();
    let Some(at) = s.at else { return false };
    if s.passed {
        return true;
    }
    if s.countdown > 0 {
        s.countdown -= 1;
    } else {
        s.countdown = CLOCK_EVERY - 1;
        s.passed = Instant::now() >= at;
    }
    STATE.set(s);
    s.passed
}

/// Whether this thread's deadline has passed, reading the clock now; `false` without one.
pub fn expired_now() -> bool {
    let mut s = STATE.get();
    let Some(at) = s.at else { return false };
    if !s.passed {
        s.passed = Instant::now() >= at;
        STATE.set(s);
    }
    s.passed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn later() -> Instant {
        Instant::now() + Duration::from_secs(3600)
    }

    #[test]
    fn no_deadline_never_expires() {
        assert!((0..1000).all(|_| !expired()));
        assert!(!expired_now());
        assert_eq!(current(), None);
    }

    #[test]
    fn a_past_deadline_expires_within_clock_every_calls_and_stays() {
        let past = Instant::now() - Duration::from_millis(1);
        with_deadline(past, || {
            assert!(expired(), "the first call in a scope reads the clock");
            assert!((0..10 * CLOCK_EVERY).all(|_| expired()));
            assert!(expired_now());
        });
        assert!(!expired(), "the scope's end takes the deadline away");
    }

    #[test]
    fn a_deadline_passing_inside_the_scope_is_seen() {
        let at = Instant::now() + Duration::from_millis(20);
        with_deadline(at, || {
            assert!(!expired_now());
            std::thread::sleep(Duration::from_millis(30));
            let calls = (1..=CLOCK_EVERY).find(|_| expired());
            assert!(calls.is_some(), "seen within {CLOCK_EVERY} calls");
            assert!(expired_now());
        });
    }

    #[test]
    fn nested_scopes_keep_the_earliest_and_restore() {
        let (soon, far) = (Instant::now() - Duration::from_millis(1), later());
        with_deadline(far, || {
            assert_eq!(current(), Some(far));
            with_deadline(soon, || {
                assert_eq!(current(), Some(soon));
                assert!(expired_now());
            });
            assert_eq!(current(), Some(far));
            assert!(!expired_now(), "the outer deadline is far");
        });
        with_deadline(soon, || {
            with_deadline(far, || {
                assert_eq!(current(), Some(soon), "an inner later deadline does not extend");
                assert!(expired_now());
            });
        });
        assert_eq!(current(), None);
    }

    #[test]
    fn fresh_ignores_the_enclosing_deadline_and_within_carries_one() {
        let (soon, far) = (Instant::now() - Duration::from_millis(1), later());
        with_deadline(soon, || {
            assert!(expired_now());
            fresh(far, || {
                assert_eq!(current(), Some(far));
                assert!(!expired_now());
            });
            assert!(expired_now());
        });
        let d = with_deadline(soon, current);
        let seen = std::thread::spawn(move || within(d, expired_now)).join().unwrap();
        assert!(seen, "another thread sees the deadline carried to it");
        assert!(!within(None, expired_now));
    }

    #[test]
    fn the_costly_primitives_give_up_past_the_deadline() {
        use crate::dsl::*;
        let g = crate::Grid::from_rows(&[[1, 2, 1, 2], [0, 0, 1, 2]]).unwrap();
        let o: Object = [(1, (5, 5)), (2, (5, 6))].into();
        let (a, b) = (Indices::from([(0, 0)]), Indices::from([(0, 5)]));
        let run = || {
            (
                power(increment::<Integer>, 3).unwrap()(1),
                prapply(add::<Integer, Integer>, vec![1, 2], vec![3]).map(|s| s.len()),
                papply(add::<Integer, Integer>, vec![1], vec![2]),
                sfilter(vec![1, 2], even),
                order(vec![2, 1], identity::<Integer>),
                gravitate(&a, &b),
                product(vec![1, 2], vec![3]).len(),
                apply(increment::<Integer>, vec![1, 2, 3]),
                occurrences(&g, &o).len(),
            )
        };
        let past = Instant::now() - Duration::from_millis(1);
        let cut = with_deadline(past, run);
        assert_eq!(cut, (None, None, None, None, None, None, 0, vec![], 0));
        let whole = run();
        assert_eq!(
            whole,
            (
                Some(4),
                Some(2),
                Some(vec![3]),
                Some(vec![2]),
                Some(vec![1, 2]),
                Some((0, 4)),
                2,
                vec![2, 3, 4],
                3
            )
        );
    }

    #[test]
    fn a_panic_inside_a_scope_restores_the_outer_state() {
        let far = later();
        with_deadline(far, || {
            let r = std::panic::catch_unwind(|| {
                with_deadline(Instant::now() - Duration::from_millis(1), || panic!("inside"))
            });
            assert!(r.is_err());
            assert_eq!(current(), Some(far));
            assert!(!expired_now());
        });
    }
}
