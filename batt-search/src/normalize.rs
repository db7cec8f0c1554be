//! Colour normalisation: each pair's colours renamed by their frequency in its input, so that
//! pairs drawn in different colours become alike.
//!
//! In every pair (train and test), colour 0 stays 0 and the input's other colours become
//! 1, 2, 3, ... from the most frequent to the least (ties to the lower colour); a colour found
//! only in a train output keeps its name. The search then runs on the normalised task too,
//! and a prediction made there is renamed back with its test input's own map. A task is
//! normalised only where that tells the search something new: when the pairs' maps differ,
//! and when no output-only colour collides with a renamed one.

use batt_runtime::{Grid, Sample, Task, TestSample};

/// A map of colours: `map[c]` is what colour `c` becomes.
pub type Map = [u8; 10];

/// A task with its colours renamed per pair, and what each test prediction must undo.
#[derive(Clone, Debug)]
pub struct Normalized {
    /// The task, colours renamed.
    pub task: Task,
    /// Per test input, the map from normalised colours back to the test input's own.
    pub back: Vec<Map>,
}

/// The map of one input: 0 to 0, the other colours by frequency to 1, 2, ...; colours absent
/// from the input map to themselves. Also which colours were renamed (those of the input).
fn input_map(input: &Grid) -> (Map, [bool; 10]) {
    let mut counts = [0usize; 10];
    for &c in input.cells() {
        counts[usize::from(c)] += 1;
    }
    let mut present: Vec<u8> = (1u8..10).filter(|&c| counts[usize::from(c)] > 0).collect();
    present.sort_by_key(|&c| (std::cmp::Reverse(counts[usize::from(c)]), c));
    let mut map: Map = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    let mut renamed = [false; 10];
    for (k, &c) in present.iter().enumerate() {
        map[usize::from(c)] = k as u8 + 1;
        renamed[usize::from(c)] = true;
    }
    (map, renamed)
}

/// Renames the cells of `g` by `map`.
fn rename(g: &Grid, map: &Map) -> Option<Grid> {
    let cells = g.cells().iter().map(|&c| map[usize::from(c)]).collect();
    Grid::from_cells(g.height(), g.width(), cells).ok()
}

/// Whether `map` restricted to the colours `renamed` sends no two to one colour and no colour
/// outside them onto a renamed colour's new name (so that `colors` of a grid rename safely).
fn safe_for(map: &Map, renamed: &[bool; 10], colors: impl Iterator<Item = u8>) -> bool {
    let taken: Vec<u8> = (0..10).filter(|&c| renamed[c]).map(|c| map[c]).collect();
    let mut ok = true;
    for c in colors {
        if !renamed[usize::from(c)] && c != 0 && taken.contains(&c) {
            ok = false;
        }
    }
    ok
}

/// The normalised task, where it differs from the task in more than one global renaming and
/// every output-only colour keeps a name of its own; `None` otherwise.
pub fn normalize(task: &Task) -> Option<Normalized> {
    let mut maps: Vec<Map> = Vec::new();
    let mut train = Vec::with_capacity(task.train.len());
    for s in &task.train {
        let (map, renamed) = input_map(&s.input);
        if !safe_for(&map, &renamed, s.output.cells().iter().copied()) {
            return None;
        }
        train.push(Sample { input: rename(&s.input, &map)?, output: rename(&s.output, &map)? });
        maps.push(map);
    }
    let mut test = Vec::with_capacity(task.test.len());
    let mut back = Vec::with_capacity(task.test.len());
    for t in &task.test {
        let (map, renamed) = input_map(&t.input);
        let mut inverse: Map = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        for c in 0..10 {
            if renamed[c] {
                inverse[usize::from(map[c])] = c as u8;
            }
        }
        test.push(TestSample { input: rename(&t.input, &map)?, output: None });
        back.push(inverse);
        maps.push(map);
    }
    // One map for every pair is one global renaming: the search sees nothing new.
    if maps.windows(2).all(|w| w[0] == w[1]) {
        return None;
    }
    Some(Normalized { task: Task { train: train.into(), test }, back })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_in_different_colours_become_alike_and_predictions_rename_back() {
        // Each pair draws its shape in another colour; the output marks it with 8.
        let task = Task::from_json_str(
            r#"{"train": [{"input": [[3, 3, 0]], "output": [[3, 8, 0]]},
                          {"input": [[0, 5, 5]], "output": [[0, 8, 5]]}],
                "test": [{"input": [[6, 0, 6]]}]}"#,
        )
        .unwrap();
        let n = normalize(&task).expect("the pairs' maps differ");
        assert_eq!(n.task.train[0].input.cells(), &[1, 1, 0]);
        assert_eq!(n.task.train[1].input.cells(), &[0, 1, 1]);
        assert_eq!(n.task.train[1].output.cells(), &[0, 8, 1]);
        assert_eq!(n.task.test[0].input.cells(), &[1, 0, 1]);
        assert_eq!((n.back[0][1], n.back[0][8], n.back[0][0]), (6, 8, 0));
    }

    #[test]
    fn one_renaming_for_all_pairs_or_a_collision_is_no_normalisation() {
        let same = Task::from_json_str(
            r#"{"train": [{"input": [[3, 0]], "output": [[0, 3]]}],
                "test": [{"input": [[0, 3]]}]}"#,
        )
        .unwrap();
        assert!(normalize(&same).is_none());
        // The output-only colour 1 collides with the input's 4, renamed 1.
        let collide = Task::from_json_str(
            r#"{"train": [{"input": [[4, 0]], "output": [[4, 1]]},
                          {"input": [[2, 2]], "output": [[2, 2]]}],
                "test": [{"input": [[0, 7]]}]}"#,
        )
        .unwrap();
        assert!(normalize(&collide).is_none());
    }
}
