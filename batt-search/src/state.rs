//! The states of one task's search. A state is the images one program makes of every input
//! of the task (train and test), kept together so that one hash and one comparison judge
//! the program on the whole task.
//!
//! States live in flat buffers, one [`Images`] per depth: state `k` of a level owns images
//! `k*n..(k+1)*n` for `n` inputs. Each state has a global id (level by level, in the order
//! found) and the step that made it (parent id, transform, argument), so that its program
//! can be read back. A hash table maps each state's 64-bit hash to its ids; states with equal
//! hashes are compared cell by cell, so no two distinct states are ever merged.
//!
//! A search on a device may keep a state whose images stay there ([`States::commit_absent`]):
//! its place holds images of no cells, which equal no image of a grid, so that it is never a
//! fit, a piece or a candidate, and its program still reads back.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use crate::image::{Images, View};

/// No state (the parent of the inputs, the end of a hash chain).
pub const NONE: u32 = u32::MAX;

/// How a state was made: `transform` (its index in [`crate::transforms::all`]) with its
/// argument number `arg` (a place in the transform's argument list) applied to `parent`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// The parent state's id ([`NONE`] for the inputs).
    pub parent: u32,
    /// The transform's index.
    pub transform: u16,
    /// The argument's place in the transform's argument list.
    pub arg: u8,
}

/// Every distinct state of one task's search, level by level.
#[derive(Debug)]
pub struct States {
    n: usize,
    levels: Vec<Images>,
    level_start: Vec<u32>,
    steps: Vec<Step>,
    heads: FxHashMap<u64, u32>,
    chain: Vec<u32>,
    hash_mask: u64,
    cells: usize,
}

/// The 64-bit hash of `n` images: shapes and cells.
pub fn hash_images<'a>(images: impl Iterator<Item = View<'a>>) -> u64 {
    let mut h = FxHasher::default();
    for v in images {
        h.write_u32(((v.height as u32) << 16) | v.width as u32);
        h.write(v.cells);
    }
    h.finish()
}

/// Image `j` of state `id` in `levels` that start at ids `starts`, `n` images a state.
#[inline]
fn view_in<'a>(levels: &'a [Images], starts: &[u32], n: usize, id: u32, j: usize) -> View<'a> {
    let d = starts.partition_point(|&s| s <= id) - 1;
    let k = (id - starts[d]) as usize;
    levels[d].view(k * n + j)
}

impl States {
    /// The states of a task whose inputs are `inputs`: the inputs themselves as state 0, at
    /// depth 0. `hash_mask` is ANDed to every hash (all ones in use; 0 in tests makes every
    /// state collide).
    pub fn new(inputs: &Images, hash_mask: u64) -> States {
        let n = inputs.len();
        let mut s = States {
            n,
            levels: vec![inputs.clone()],
            level_start: vec![0],
            steps: vec![Step { parent: NONE, transform: 0, arg: 0 }],
            heads: FxHashMap::default(),
            chain: Vec::new(),
            hash_mask,
            cells: inputs.cells().len(),
        };
        let h = hash_images(inputs.iter()) & hash_mask;
        s.heads.insert(h, 0);
        s.chain.push(NONE);
        s
    }

    /// Images per state (the task's inputs, train and test).
    pub fn images_per_state(&self) -> usize {
        self.n
    }

    /// The number of states.
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    /// Whether there are none (never: the inputs are state 0).
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The cells of all states, those of states whose images stay on a device
    /// ([`States::commit_absent`]) included.
    pub fn cells(&self) -> usize {
        self.cells
    }

    /// The number of levels (the deepest state's depth + 1).
    pub fn levels(&self) -> usize {
        self.levels.len()
    }

    /// The ids of the states of depth `d`.
    pub fn level_ids(&self, d: usize) -> std::ops::Range<u32> {
        let lo = self.level_start[d];
        let hi = self.level_start.get(d + 1).copied().unwrap_or(self.steps.len() as u32);
        lo..hi
    }

    /// The depth of state `id`.
    pub fn depth(&self, id: u32) -> usize {
        self.level_start.partition_point(|&s| s <= id) - 1
    }

    /// The step that made state `id`.
    pub fn step(&self, id: u32) -> Step {
        self.steps[id as usize]
    }

    /// Image `j` of state `id`.
    pub fn view(&self, id: u32, j: usize) -> View<'_> {
        view_in(&self.levels, &self.level_start, self.n, id, j)
    }

    /// The images of state `id`.
    pub fn state(&self, id: u32) -> impl Iterator<Item = View<'_>> + '_ {
        (0..self.n).map(move |j| self.view(id, j))
    }

    /// The steps of state `id`'s program, first step first (none for the inputs).
    pub fn program(&self, id: u32) -> Vec<Step> {
        let mut steps = Vec::new();
        let mut at = id;
        while at != 0 && at != NONE {
            let s = self.steps[at as usize];
            steps.push(s);
            at = s.parent;
        }
        steps.reverse();
        steps
    }

    /// Opens a new level, one deeper than the last, for [`States::commit_from`].
    pub fn open_level(&mut self) {
        self.level_start.push(self.steps.len() as u32);
        self.levels.push(Images::new());
    }

    /// Images of level `d`, state after state.
    pub fn level(&self, d: usize) -> &Images {
        &self.levels[d]
    }

    /// Whether a state kept equals the one made of images `first..first + n` of `images`,
    /// whose hash (by [`hash_images`]) is `hash`.
    pub fn contains(&self, images: &Images, first: usize, hash: u64) -> bool {
        let mut at = self.heads.get(&(hash & self.hash_mask)).copied().unwrap_or(NONE);
        while at != NONE {
            if (0..self.n).all(|j| self.view(at, j) == images.view(first + j)) {
                return true;
            }
            at = self.chain[at as usize];
        }
        false
    }

    /// Keeps a state known to equal no state seen (a device compared it with every one)
    /// whose images stay on the device: its images here have no cells (0x0, equal to no
    /// grid's), while its `cells` count in [`States::cells`] as the budget in cells wants.
    /// Returns its id.
    pub fn commit_absent(&mut self, step: Step, hash: u64, cells: usize) -> u32 {
        let id = self.steps.len() as u32;
        let head = self.heads.insert(hash & self.hash_mask, id).unwrap_or(NONE);
        let level = self.levels.last_mut().expect("a level is open");
        for _ in 0..self.n {
            level.push_absent();
        }
        self.cells += cells;
        self.chain.push(head);
        self.steps.push(step);
        id
    }

    /// Judges the state made of images `first..first + n` of `images`, whose hash (by
    /// [`hash_images`]) is `hash` and which is known to equal no state of id below `since`:
    /// when it equals no state seen, its images are copied into the last level, it is kept
    /// with `step` and its id returned; otherwise `None`.
    pub fn commit_from(
        &mut self,
        step: Step,
        images: &Images,
        first: usize,
        hash: u64,
        since: u32,
    ) -> Option<u32> {
        let id = self.steps.len() as u32;
        let (n, levels, starts) = (self.n, &self.levels, &self.level_start);
        let head = match self.heads.entry(hash & self.hash_mask) {
            std::collections::hash_map::Entry::Occupied(mut e) => {
                let head = *e.get();
                let mut at = head;
                // Chains run from the newest id down: stop below `since`.
                while at != NONE && at >= since {
                    if (0..n).all(|j| view_in(levels, starts, n, at, j) == images.view(first + j)) {
                        return None;
                    }
                    at = self.chain[at as usize];
                }
                e.insert(id);
                head
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(id);
                NONE
            }
        };
        let level = self.levels.last_mut().expect("a level is open");
        for j in 0..n {
            let v = images.view(first + j);
            self.cells += v.cells.len();
            level.push(v);
        }
        self.chain.push(head);
        self.steps.push(step);
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn images(cells: &[&[u8]]) -> Images {
        let mut all = Images::new();
        for c in cells {
            all.push(View::new(1, c.len(), c).unwrap());
        }
        all
    }

    #[test]
    fn an_absent_state_counts_its_cells_and_equals_no_state() {
        let inputs = images(&[&[1, 2], &[3]]);
        let mut states = States::new(&inputs, u64::MAX);
        states.open_level();
        let made = images(&[&[2, 1], &[3]]);
        let hash = hash_images(made.iter());
        let id = states.commit_absent(Step { parent: 0, transform: 4, arg: 0 }, hash, 3);
        assert_eq!((id, states.len(), states.cells()), (1, 2, 6));
        assert_eq!(states.view(id, 0).shape(), (0, 0));
        assert_eq!(states.view(id, 1).cells, &[] as &[u8]);
        assert_eq!(states.program(id), vec![Step { parent: 0, transform: 4, arg: 0 }]);
        // Its place equals no made state: the same images, committed, are kept.
        assert!(!states.contains(&made, 0, hash));
        let again = states.commit_from(Step { parent: 0, transform: 5, arg: 0 }, &made, 0, hash, 0);
        assert_eq!(again, Some(2));
        assert_eq!(states.view(2, 0).cells, &[2, 1]);
        assert!(states.contains(&made, 0, hash));
    }
}
