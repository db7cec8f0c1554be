//! Failure injection, so that tests can drive every fallback path on a machine with a GPU.
//!
//! Two ways in: the environment variable `BATT_CUDA_FAIL`, read once at first use (for
//! failures at detection, which happens once per process), and [`inject`], which arms a
//! failure for the next matching step of a running process. Neither is meant for production;
//! both are hidden from the documentation.
//!
//! `BATT_CUDA_FAIL` holds comma-separated points, each optionally `@device`:
//! `init`, `load@1`, `alloc`, `copy@0`, `launch`. A point from the variable fires every time;
//! one from [`inject`] fires once.

use std::sync::Mutex;
use std::sync::OnceLock;

/// A step of the GPU path that can be made to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FailPoint {
    /// Driver initialisation and device detection (`cuInit`).
    Init,
    /// Creating a device's context, loading its PTX module or its stream.
    Load,
    /// Device or pinned-host memory allocation (as when memory runs out).
    Alloc,
    /// A copy between host and device.
    Copy,
    /// A kernel launch.
    Launch,
}

impl FailPoint {
    fn parse(s: &str) -> Option<FailPoint> {
        Some(match s {
            "init" => FailPoint::Init,
            "load" => FailPoint::Load,
            "alloc" => FailPoint::Alloc,
            "copy" => FailPoint::Copy,
            "launch" => FailPoint::Launch,
            _ => return None,
        })
    }
}

/// One armed failure: the point, and the device it is for (`None`: any device).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Armed {
    point: FailPoint,
    device: Option<usize>,
    once: bool,
}

static ARMED: Mutex<Vec<Armed>> = Mutex::new(Vec::new());

/// The environment variable read once for failures that fire every time.
pub const ENV: &str = "BATT_CUDA_FAIL";

fn from_env() -> &'static [Armed] {
    static ENV_ARMED: OnceLock<Vec<Armed>> = OnceLock::new();
    ENV_ARMED.get_or_init(|| {
        let Ok(v) = std::env::var(ENV) else { return Vec::new() };
        v.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .filter_map(|item| {
                let (p, d) = match item.split_once('@') {
                    Some((p, d)) => (p, Some(d.trim().parse().ok()?)),
                    None => (item, None),
                };
                let armed = FailPoint::parse(&p.trim().to_ascii_lowercase()).map(|point| Armed {
                    point,
                    device: d,
                    once: false,
                });
                if armed.is_none() {
                    tracing::warn!("{ENV}: ignoring unknown failure point {item:?}");
                }
                armed
            })
            .collect()
    })
}

/// Arms one failure of `point` on `device` (`None`: the next device to reach that point).
#[doc(hidden)]
pub fn inject(point: FailPoint, device: Option<usize>) {
    ARMED.lock().unwrap_or_else(|e| e.into_inner()).push(Armed { point, device, once: true });
}

/// Disarms every failure armed by [`inject`] that has not fired yet.
#[doc(hidden)]
pub fn clear() {
    ARMED.lock().unwrap_or_else(|e| e.into_inner()).clear();
}

/// Whether `point` should fail now on `device`; consumes a one-shot failure that matches.
#[doc(hidden)]
pub fn fires(point: FailPoint, device: Option<usize>) -> bool {
    let matches = |a: &Armed| a.point == point && (a.device.is_none() || a.device == device);
    if from_env().iter().any(matches) {
        return true;
    }
    let mut armed = ARMED.lock().unwrap_or_else(|e| e.into_inner());
    match armed.iter().position(matches) {
        Some(i) => {
            if armed[i].once {
                armed.remove(i);
            }
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injected_failures_fire_once_for_their_device() {
        // A point no other test in this crate arms, so parallel tests cannot interfere.
        clear();
        inject(FailPoint::Copy, Some(3));
        assert!(!fires(FailPoint::Copy, Some(2)));
        assert!(!fires(FailPoint::Launch, Some(3)));
        assert!(fires(FailPoint::Copy, Some(3)));
        assert!(!fires(FailPoint::Copy, Some(3)));
        inject(FailPoint::Copy, None);
        assert!(fires(FailPoint::Copy, Some(7)));
        assert!(!fires(FailPoint::Copy, Some(7)));
    }

    #[test]
    fn points_parse() {
        assert_eq!(FailPoint::parse("launch"), Some(FailPoint::Launch));
        assert_eq!(FailPoint::parse("nope"), None);
    }
}
