//! Fits modulo a local rule: a state whose train images become the train outputs when every
//! cell is replaced by a colour that depends only on its neighbourhood.
//!
//! The rule is a table learned from the train pairs: each cell of a state's train image,
//! with its neighbours (outside the image reads as an eleventh colour), says which output
//! colour that neighbourhood stands for. A neighbourhood that stands for two colours rules
//! the state out. The table then rewrites the state's test images; a test neighbourhood
//! that the train images never showed gives no prediction, so a rule never guesses. The
//! smaller neighbourhood is tried first: the cell and its four neighbours, then the cell
//! and its eight.

use rustc_hash::FxHashMap;

use crate::image::View;
use crate::state::States;
use crate::task::Prepared;

/// Which cells around a cell a rule reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Neighbourhood {
    /// The cell and its four edge neighbours.
    Cross,
    /// The cell and its eight neighbours.
    Square,
}

impl Neighbourhood {
    /// Both, smaller first.
    pub const ALL: [Neighbourhood; 2] = [Neighbourhood::Cross, Neighbourhood::Square];

    /// The offsets read, the cell first.
    fn offsets(self) -> &'static [(isize, isize)] {
        match self {
            Neighbourhood::Cross => &[(0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)],
            Neighbourhood::Square => {
                &[(0, 0), (-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
            }
        }
    }

    /// The name in program text.
    pub fn name(self) -> &'static str {
        match self {
            Neighbourhood::Cross => "cross",
            Neighbourhood::Square => "square",
        }
    }
}

/// The key of the neighbourhood of cell `r`, `c`: four bits a cell, 10 outside the image.
#[inline]
fn key(v: View<'_>, r: usize, c: usize, offsets: &[(isize, isize)]) -> u64 {
    let mut k = 0u64;
    for &(dr, dc) in offsets {
        let (y, x) = (r as isize + dr, c as isize + dc);
        let cell = if y < 0 || x < 0 || y as usize >= v.height || x as usize >= v.width {
            10
        } else {
            u64::from(v.at(y as usize, x as usize))
        };
        k = (k << 4) | cell;
    }
    k
}

/// A learned rule: what each neighbourhood seen in the train images becomes.
#[derive(Clone, Debug)]
pub struct Rule {
    /// The neighbourhood read.
    pub neighbourhood: Neighbourhood,
    table: FxHashMap<u64, u8>,
}

impl Rule {
    /// The number of neighbourhoods in the table.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether the table is empty (never for a learned rule).
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The image that the rule makes of `v`, as row-major cells; `None` when `v` has a
    /// neighbourhood the table lacks.
    pub fn apply(&self, v: View<'_>) -> Option<Vec<u8>> {
        let offsets = self.neighbourhood.offsets();
        let mut out = Vec::with_capacity(v.cells.len());
        for r in 0..v.height {
            for c in 0..v.width {
                out.push(*self.table.get(&key(v, r, c, offsets))?);
            }
        }
        Some(out)
    }
}

/// The rule over `neighbourhood` that turns state `id`'s train images into the train
/// outputs, if one exists.
pub fn learn(
    states: &States,
    task: &Prepared,
    id: u32,
    neighbourhood: Neighbourhood,
) -> Option<Rule> {
    let offsets = neighbourhood.offsets();
    let mut table: FxHashMap<u64, u8> = FxHashMap::default();
    for j in 0..task.train {
        let v = states.view(id, j);
        let o = task.outputs.view(j);
        if v.shape() != o.shape() {
            return None;
        }
        for r in 0..v.height {
            for c in 0..v.width {
                let want = o.at(r, c);
                if *table.entry(key(v, r, c, offsets)).or_insert(want) != want {
                    return None;
                }
            }
        }
    }
    Some(Rule { neighbourhood, table })
}

/// Whether state `id`'s train images all have their outputs' shapes.
pub fn shaped(states: &States, task: &Prepared, id: u32) -> bool {
    (0..task.train).all(|j| states.view(id, j).shape() == task.outputs.view(j).shape())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::prepare_many;
    use batt_runtime::Task;

    fn setup(json: &str) -> (Prepared, States) {
        let task = Task::from_json_str(json).unwrap();
        let p = prepare_many(&[("t".to_string(), task)]).remove(0).unwrap();
        let states = States::new(&p.inputs, u64::MAX);
        (p, states)
    }

    #[test]
    fn learns_a_neighbourhood_rule_and_refuses_unseen_neighbourhoods() {
        // A cell becomes 2 where its right neighbour is 1: no colour map does that.
        let (task, states) = setup(
            r#"{"train": [{"input": [[0, 0, 1, 0, 0]], "output": [[0, 2, 1, 0, 0]]},
                          {"input": [[0, 1, 0, 0, 1]], "output": [[2, 1, 0, 2, 1]]},
                          {"input": [[0, 0, 0, 0]], "output": [[0, 0, 0, 0]]}],
                "test": [{"input": [[0, 0, 0, 1, 0, 0]]}, {"input": [[1, 1, 1, 1]]}]}"#,
        );
        let rule = learn(&states, &task, 0, Neighbourhood::Cross).unwrap();
        assert_eq!(rule.apply(states.view(0, 3)), Some(vec![0, 0, 2, 1, 0, 0]));
        // `1 1` side by side never occurs in the train images.
        assert_eq!(rule.apply(states.view(0, 4)), None);
    }

    #[test]
    fn a_contradiction_or_another_shape_is_no_rule() {
        let (task, states) = setup(
            r#"{"train": [{"input": [[0, 0]], "output": [[0, 0]]},
                          {"input": [[0, 0]], "output": [[0, 3]]}],
                "test": [{"input": [[0, 0]]}]}"#,
        );
        assert!(learn(&states, &task, 0, Neighbourhood::Square).is_none());
        let (task, states) = setup(
            r#"{"train": [{"input": [[0, 0]], "output": [[0], [0]]}],
                "test": [{"input": [[0, 0]]}]}"#,
        );
        assert!(!shaped(&states, &task, 0));
        assert!(learn(&states, &task, 0, Neighbourhood::Cross).is_none());
    }
}
