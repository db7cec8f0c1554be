//! Shared by the `macro_*` tests: random samples and the ARC-AGI-1 tasks.

#![allow(dead_code, reason = "each test file uses a part")]

use batt::prelude::*;
use proptest::prelude::*;

#[macro_use]
pub mod generated;
pub mod solvers;

/// One random grid: 1-7 rows and columns, colours 0-9 (mostly a few of them).
pub fn grid() -> impl Strategy<Value = Grid> {
    (1usize..=7, 1usize..=7, 1u8..=10).prop_flat_map(|(h, w, colors)| {
        proptest::collection::vec(0..colors, h * w)
            .prop_map(move |cells| Grid::from_cells(h, w, cells).expect("a valid grid"))
    })
}

/// Random samples: 0-6 pairs.
pub fn samples() -> impl Strategy<Value = Samples> {
    proptest::collection::vec((grid(), grid()), 0..=6)
        .prop_map(|pairs| pairs.into_iter().map(|(i, o)| Sample::new(i, o)).collect())
}

/// Every task of ARC-AGI-1's training and evaluation splits (`batt_testdata::arc_root`), or
/// `None` (with the reason printed) when the folder is absent.
pub fn arc_tasks() -> Option<Vec<(String, Task)>> {
    let root = batt_testdata::arc_root()?;
    let mut all = Vec::new();
    for split in ["training", "evaluation"] {
        let tasks = Task::from_dir(root.join(split))
            .unwrap_or_else(|e| panic!("loading {}/{split}: {e}", root.display()));
        all.extend(tasks.into_iter().map(|(id, task)| (format!("{split}/{id}"), task)));
    }
    assert_eq!(all.len(), 800, "ARC-AGI-1 has 400 training and 400 evaluation tasks");
    Some(all)
}
