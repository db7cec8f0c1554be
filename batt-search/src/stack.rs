//! Stacking of partial fits: pieces that each explain part of the train outputs, overlaid.
//!
//! A simple form of the 2020 winner's `composeGrowing`. A *piece* is a state whose train
//! images have the train outputs' shapes and agree with the outputs wherever the piece is not
//! background (colour 0), and whose test images all share the first chosen piece's shapes.
//! Pieces are chosen greedily, each time the one covering the most output cells not yet
//! covered (ties to the earlier state), until every non-background cell of every train output
//! is covered; the prediction is then the pieces' test images painted over one another in
//! the order chosen, non-background cells over a background canvas. On the train inputs this
//! paints the train outputs exactly, so the stack fits.

use crate::rank::program_text;
use crate::search::{How, Prediction};
use crate::state::States;
use crate::task::Prepared;
use batt_runtime::Grid;

/// A piece: its state id and the output cells it covers (bits over the train outputs'
/// cells, back to back).
struct Piece {
    id: u32,
    covers: Vec<u64>,
}

/// Up to `most` distinct stacks of partial fits that paint every train output, best first:
/// the greedy choice of [`stack_without`], then again without the first piece of each stack
/// found so far, so that a second attempt comes from other pieces.
pub fn stacks(states: &States, task: &Prepared, most: usize) -> Vec<Prediction> {
    let mut found: Vec<(u32, Prediction)> = Vec::new();
    let mut banned: Vec<u32> = Vec::new();
    while found.len() < most {
        let Some((first, p)) = stack_without(states, task, &banned) else { break };
        banned.push(first);
        if found.iter().all(|(_, q)| q.tests != p.tests) {
            found.push((first, p));
        }
    }
    found.into_iter().map(|(_, p)| p).collect()
}

/// The stack of partial fits that paints every train output, if the greedy choice finds
/// one with at least two pieces.
pub fn stack(states: &States, task: &Prepared) -> Option<Prediction> {
    stack_without(states, task, &[]).map(|(_, p)| p)
}

/// The greedy stack that uses none of the states `banned`, with its first piece's id.
fn stack_without(states: &States, task: &Prepared, banned: &[u32]) -> Option<(u32, Prediction)> {
    let outputs: Vec<_> = task.outputs.iter().collect();
    let total: usize = outputs.iter().map(|o| o.cells.len()).sum();
    let words = total.div_ceil(64);
    let mut need = vec![0u64; words];
    let mut at = 0;
    for o in &outputs {
        for (i, &c) in o.cells.iter().enumerate() {
            if c != 0 {
                need[(at + i) / 64] |= 1 << ((at + i) % 64);
            }
        }
        at += o.cells.len();
    }
    let pieces: Vec<Piece> = (0..states.len() as u32)
        .filter(|id| !banned.contains(id))
        .filter_map(|id| {
            let mut covers = vec![0u64; words];
            let mut at = 0;
            let mut any = false;
            for (j, o) in outputs.iter().enumerate() {
                let v = states.view(id, j);
                if v.shape() != o.shape() {
                    return None;
                }
                for (i, (&p, &want)) in v.cells.iter().zip(o.cells).enumerate() {
                    if p != 0 {
                        if p != want {
                            return None;
                        }
                        covers[(at + i) / 64] |= 1 << ((at + i) % 64);
                        any = true;
                    }
                }
                at += o.cells.len();
            }
            any.then_some(Piece { id, covers })
        })
        .collect();

    let test_shapes = |id: u32| -> Vec<(usize, usize)> {
        (task.train..task.len()).map(|j| states.view(id, j).shape()).collect()
    };
    let mut covered = vec![0u64; words];
    let mut chosen: Vec<u32> = Vec::new();
    let mut shapes: Option<Vec<(usize, usize)>> = None;
    while covered != need {
        let gain = |p: &Piece| -> u32 {
            p.covers.iter().zip(&covered).map(|(c, d)| (c & !d).count_ones()).sum()
        };
        let best = pieces
            .iter()
            .filter(|p| shapes.as_ref().is_none_or(|s| *s == test_shapes(p.id)))
            .map(|p| (gain(p), p))
            .filter(|(g, _)| *g > 0)
            .min_by_key(|(g, p)| (std::cmp::Reverse(*g), p.id))?;
        let p = best.1;
        for (d, c) in covered.iter_mut().zip(&p.covers) {
            *d |= c;
        }
        chosen.push(p.id);
        shapes.get_or_insert_with(|| test_shapes(p.id));
    }
    if chosen.len() < 2 {
        return None;
    }
    let tests = (task.train..task.len())
        .map(|j| {
            let first = states.view(chosen[0], j);
            let mut cells = vec![0u8; first.cells.len()];
            for &id in &chosen {
                for (c, &p) in cells.iter_mut().zip(states.view(id, j).cells) {
                    if p != 0 {
                        *c = p;
                    }
                }
            }
            Grid::from_cells(first.height, first.width, cells).ok()
        })
        .collect::<Option<Vec<Grid>>>()?;
    let parts: Vec<String> =
        chosen.iter().map(|&id| program_text(&states.program(id), task)).collect();
    let program = format!("stack({})", parts.join(", "));
    Some((chosen[0], Prediction { tests, program, how: How::Stack }))
}
