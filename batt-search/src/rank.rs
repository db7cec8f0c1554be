//! Programs as text, the ranking of fitting programs, and the choice of predictions.
//!
//! Fitting programs are ranked shallower first, then by their steps in order, each step by
//! transform index (the order of [`crate::transforms::all`]) and then argument place (the
//! order of the transform's arguments: for colours, new output colours first, then output
//! colours, then input colours). The first two distinct predictions (a prediction is the
//! tuple of a program's test images) become the attempts.

use crate::state::{States, Step};
use crate::task::Prepared;
use crate::transforms::{self, Param, Transform};

/// Every count argument, `0..=255`; a `Count(n)` transform takes the first `n`.
static COUNTS: [u8; 256] = {
    let mut a = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        a[i] = i as u8;
        i += 1;
    }
    a
};

/// The arguments of `t` on a task, in search order.
pub fn args_of<'a>(t: &Transform, task: &'a Prepared) -> &'a [u8] {
    match t.param {
        Param::None => &COUNTS[..1],
        Param::Color => &task.color_args,
        Param::Count(n) => &COUNTS[..usize::from(n)],
    }
}

/// A program as text: `identity` for none, else its steps joined by ` | `, each
/// `name` or `name(argument)`.
pub fn program_text(steps: &[Step], task: &Prepared) -> String {
    if steps.is_empty() {
        return "identity".to_string();
    }
    let all = transforms::all();
    let parts: Vec<String> = steps
        .iter()
        .map(|s| {
            let t = &all[usize::from(s.transform)];
            match t.param {
                Param::None => t.name.to_string(),
                _ => format!("{}({})", t.name, args_of(t, task)[usize::from(s.arg)]),
            }
        })
        .collect();
    parts.join(" | ")
}

/// The ranking key of state `id`'s program: depth, then its steps.
pub fn rank_key(states: &States, id: u32) -> (usize, Vec<(u16, u8)>) {
    let steps = states.program(id);
    (steps.len(), steps.iter().map(|s| (s.transform, s.arg)).collect())
}
