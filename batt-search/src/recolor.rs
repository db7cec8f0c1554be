//! Fits modulo a colour map: a state whose train images become the train outputs under one
//! map of colours, the same for every train pair.
//!
//! The map is learned from the train pairs: every cell of a state's train image says which
//! output colour its colour stands for; a colour that stands for two output colours, or an
//! image whose shape differs from its output's, rules the state out. The map then recolours
//! the state's test images; a colour that the train images never showed keeps its colour.
//! Such fits make transforms that paint a *code* (an object's size rank, its shape class)
//! worth as much as those that paint the right colour.

use crate::state::States;
use crate::task::Prepared;

/// No colour learned yet for a place of a [`ColorMap`].
const UNSET: u8 = u8::MAX;

/// A map of the colours `0..=9`: `map[c]` is what colour `c` becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ColorMap(pub [u8; 10]);

impl ColorMap {
    /// Whether every colour keeps its colour.
    pub fn is_identity(&self) -> bool {
        self.0.iter().enumerate().all(|(c, &m)| usize::from(m) == c)
    }

    /// The colour that `c` becomes (`c` itself outside `0..=9`).
    #[inline]
    pub fn get(&self, c: u8) -> u8 {
        self.0.get(usize::from(c)).copied().unwrap_or(c)
    }

    /// The map as text: the colours that change, `a>b` each, joined by spaces.
    pub fn text(&self) -> String {
        let parts: Vec<String> = (0u8..10)
            .filter(|&c| self.get(c) != c)
            .map(|c| format!("{c}>{}", self.get(c)))
            .collect();
        parts.join(" ")
    }
}

/// The colour map that turns state `id`'s train images into the train outputs, if one
/// exists and changes some colour (an exact fit needs none).
pub fn learn(states: &States, task: &Prepared, id: u32) -> Option<ColorMap> {
    let mut map = [UNSET; 10];
    for j in 0..task.train {
        let v = states.view(id, j);
        let o = task.outputs.view(j);
        if v.shape() != o.shape() {
            return None;
        }
        for (&a, &b) in v.cells.iter().zip(o.cells) {
            let m = map.get_mut(usize::from(a))?;
            if *m == UNSET {
                *m = b;
            } else if *m != b {
                return None;
            }
        }
    }
    for (c, m) in map.iter_mut().enumerate() {
        if *m == UNSET {
            *m = c as u8;
        }
    }
    let map = ColorMap(map);
    (!map.is_identity()).then_some(map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::{Images, View};
    use crate::task::{Prepared, prepare_many};
    use batt_runtime::Task;

    fn prepared(json: &str) -> Prepared {
        let task = Task::from_json_str(json).unwrap();
        prepare_many(&[("t".to_string(), task)]).remove(0).unwrap()
    }

    fn states_of(task: &Prepared, images: &[(usize, usize, Vec<u8>)]) -> States {
        let mut all = Images::new();
        for (h, w, c) in images {
            all.push(View::new(*h, *w, c).unwrap());
        }
        assert_eq!(all.len(), task.len());
        States::new(&all, u64::MAX)
    }

    #[test]
    fn learns_a_consistent_map_and_refuses_a_contradiction() {
        let task = prepared(
            r#"{"train": [{"input": [[1, 0]], "output": [[3, 0]]},
                          {"input": [[0, 2]], "output": [[0, 4]]}],
                "test": [{"input": [[1, 2]]}]}"#,
        );
        let s = states_of(&task, &[(1, 2, vec![1, 0]), (1, 2, vec![0, 2]), (1, 2, vec![1, 2])]);
        let map = learn(&s, &task, 0).unwrap();
        assert_eq!((map.get(1), map.get(2), map.get(0), map.get(5)), (3, 4, 0, 5));
        assert_eq!(map.text(), "1>3 2>4");
        // Colour 1 standing for 3 and for 4 is no map.
        let s = states_of(&task, &[(1, 2, vec![1, 0]), (1, 2, vec![0, 1]), (1, 2, vec![1, 2])]);
        assert_eq!(learn(&s, &task, 0), None);
        // A shape that differs from its output's is no map.
        let s = states_of(&task, &[(2, 1, vec![1, 0]), (1, 2, vec![0, 2]), (1, 2, vec![1, 2])]);
        assert_eq!(learn(&s, &task, 0), None);
        // An exact fit needs no map.
        let s = states_of(&task, &[(1, 2, vec![3, 0]), (1, 2, vec![0, 4]), (1, 2, vec![1, 2])]);
        assert_eq!(learn(&s, &task, 0), None);
    }
}
