//! A task made ready for the search: its inputs (train then test) in one flat buffer, its
//! train outputs, its colours, the order of colour arguments, the expected output shape per
//! input, and the area cap on the images the search keeps.

use batt_runtime::{Backend, Color, Pattern, Samples, Task, batch_process_many_with};
use rayon::prelude::*;

use crate::error::SearchError;
use crate::image::{Images, MAX_SIDE, View};
use crate::transforms::TaskColors;

/// A grid's `(height, width)`.
pub type Shape = (usize, usize);

/// One task as the search runs it.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// The inputs, train inputs first, then test inputs.
    pub inputs: Images,
    /// How many of [`Prepared::inputs`] are train inputs (the rest are test inputs).
    pub train: usize,
    /// The train outputs, in train order.
    pub outputs: Images,
    /// The task's colours.
    pub colors: TaskColors,
    /// The arguments of a colour parameter, in order: colours new in the outputs, then the
    /// outputs' colours, then the inputs' colours, each ascending, each colour once.
    pub color_args: Vec<u8>,
    /// Per input (same order as [`Prepared::inputs`]), the output shape expected for it.
    pub targets: Vec<Option<(usize, usize)>>,
    /// The largest area of any grid of the task (train inputs and outputs, test inputs).
    pub max_area: usize,
}

impl Prepared {
    /// Prepares one task from its sample pattern (as [`batt_runtime::batch_process_many`] gives it).
    ///
    /// Fails on a task with no train pair or no test input. Test outputs are never read.
    pub fn new(task: &Task, pattern: &Pattern) -> Result<Prepared, SearchError> {
        if task.train.is_empty() {
            return Err(SearchError::NoTrain);
        }
        if task.test.is_empty() {
            return Err(SearchError::NoTest);
        }
        let mut inputs = Images::new();
        let mut outputs = Images::new();
        for s in task.train.iter() {
            inputs.push(View::of_grid(&s.input));
            outputs.push(View::of_grid(&s.output));
        }
        for t in &task.test {
            inputs.push(View::of_grid(&t.input));
        }
        let colors = task_colors(&pattern.input_colors, &pattern.output_colors);
        let color_args = color_order(&colors);
        let pairs: Vec<(Shape, Shape)> =
            task.train.iter().map(|s| (s.input.shape(), s.output.shape())).collect();
        let targets = inputs.iter().map(|v| target_shape(&pairs, v.shape())).collect();
        let max_area =
            inputs.iter().chain(outputs.iter()).map(|v| v.cells.len()).max().unwrap_or(1);
        Ok(Prepared {
            inputs,
            train: task.train.len(),
            outputs,
            colors,
            color_args,
            targets,
            max_area,
        })
    }

    /// How many inputs a state holds images for (train and test).
    pub fn len(&self) -> usize {
        self.inputs.len()
    }

    /// Whether the task has no inputs (never, for a prepared task).
    pub fn is_empty(&self) -> bool {
        self.inputs.is_empty()
    }
}

/// Prepares many tasks: their sample patterns in one [`batt_runtime::batch_process_many`] call, then each
/// task, in parallel; one result per task, in order.
pub fn prepare_many(tasks: &[(String, Task)]) -> Vec<Result<Prepared, SearchError>> {
    prepare_many_with(tasks, Backend::configured())
}

/// [`prepare_many`] with the sample patterns on `backend` (the GPU search computes them on
/// the GPUs: [`Backend::Cuda`]).
pub fn prepare_many_with(
    tasks: &[(String, Task)],
    backend: Backend,
) -> Vec<Result<Prepared, SearchError>> {
    let samples: Vec<Samples> = tasks.iter().map(|(_, t)| t.train.clone()).collect();
    let patterns = batch_process_many_with(&samples, backend);
    tasks.par_iter().zip(patterns.par_iter()).map(|((_, t), p)| Prepared::new(t, p)).collect()
}

/// The task's colours from the palettes of its train inputs (`x3`) and outputs (`x4`).
pub fn task_colors(input_colors: &[Color], output_colors: &[Color]) -> TaskColors {
    let set = |cs: &[Color]| {
        let mut v = cs.to_vec();
        v.sort_unstable();
        v.dedup();
        v
    };
    let inputs = set(input_colors);
    let outputs = set(output_colors);
    let new_in_outputs = outputs.iter().copied().filter(|c| !inputs.contains(c)).collect();
    TaskColors { new_in_outputs, outputs, inputs }
}

/// The colour arguments in search order: new in outputs, outputs, inputs, each colour once.
pub fn color_order(colors: &TaskColors) -> Vec<u8> {
    let mut order = Vec::with_capacity(10);
    for &c in colors.new_in_outputs.iter().chain(&colors.outputs).chain(&colors.inputs) {
        if !order.contains(&c) {
            order.push(c);
        }
    }
    order
}

/// How one side (height or width) of an output follows from the input's, on every train
/// pair: the same constant, a fixed ratio `num / den`, or a fixed difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SideRule {
    Constant(usize),
    Ratio(usize, usize),
    Difference(isize),
}

impl SideRule {
    fn apply(self, side: usize) -> Option<usize> {
        let out = match self {
            SideRule::Constant(c) => c,
            SideRule::Ratio(num, den) => ((side * num) % den == 0).then(|| side * num / den)?,
            SideRule::Difference(d) => usize::try_from(side as isize + d).ok()?,
        };
        (1..=MAX_SIDE).contains(&out).then_some(out)
    }
}

/// The rule that holds for one side on every `(input side, output side)` pair, tried in the
/// order constant, ratio, difference.
fn side_rule(pairs: &[(usize, usize)]) -> Option<SideRule> {
    let &(i0, o0) = pairs.first()?;
    if pairs.iter().all(|&(_, o)| o == o0) {
        return Some(SideRule::Constant(o0));
    }
    let g = gcd(i0, o0);
    let (num, den) = (o0 / g, i0 / g);
    if pairs.iter().all(|&(i, o)| o * den == i * num) {
        return Some(SideRule::Ratio(num, den));
    }
    let d = o0 as isize - i0 as isize;
    pairs.iter().all(|&(i, o)| o as isize - i as isize == d).then_some(SideRule::Difference(d))
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The output shape expected for an input of shape `input`, from the train pairs'
/// `(input shape, output shape)`: each side by the first rule of constant, ratio or difference
/// that holds on every pair; `None` where a side has no rule.
pub fn target_shape(pairs: &[(Shape, Shape)], input: (usize, usize)) -> Option<(usize, usize)> {
    let heights: Vec<(usize, usize)> = pairs.iter().map(|&((ih, _), (oh, _))| (ih, oh)).collect();
    let widths: Vec<(usize, usize)> = pairs.iter().map(|&((_, iw), (_, ow))| (iw, ow)).collect();
    let h = side_rule(&heights)?.apply(input.0)?;
    let w = side_rule(&widths)?.apply(input.1)?;
    Some((h, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_and_their_order() {
        let c = task_colors(&[0, 1, 0, 1, 2], &[0, 4, 1]);
        assert_eq!(c.inputs, vec![0, 1, 2]);
        assert_eq!(c.outputs, vec![0, 1, 4]);
        assert_eq!(c.new_in_outputs, vec![4]);
        assert_eq!(color_order(&c), vec![4, 0, 1, 2]);
    }

    #[test]
    fn shapes_constant_ratio_difference() {
        let same = [((3, 3), (9, 9)), ((3, 3), (9, 9))];
        assert_eq!(target_shape(&same, (4, 4)), Some((9, 9)));
        let ratio = [((2, 3), (6, 9)), ((3, 1), (9, 3))];
        assert_eq!(target_shape(&ratio, (4, 5)), Some((12, 15)));
        let half = [((4, 6), (2, 3)), ((8, 2), (4, 1))];
        assert_eq!(target_shape(&half, (6, 3)), None, "3 / 2 is no whole side");
        let diff = [((2, 3), (4, 4)), ((5, 1), (7, 2))];
        assert_eq!(target_shape(&diff, (1, 1)), Some((3, 2)));
        let none = [((2, 2), (1, 5)), ((3, 3), (5, 1))];
        assert_eq!(target_shape(&none, (2, 2)), None);
    }
}
