//! Every backend's fused pattern equals the four reference lines, on random samples and on
//! every ARC-AGI-1 task.

use batt_runtime::prelude::*;
use batt_runtime::{
    Pattern, Side, batch_process_many_with, batch_process_samples_with, batch_process_side_with,
    read_task_dir,
};
use proptest::prelude::*;

const BACKENDS: [Backend; 3] = [Backend::Cpu, Backend::Rayon, Backend::Auto];

fn arb_grid() -> impl Strategy<Value = Grid> {
    (1usize..=30, 1usize..=30, 0u8..10).prop_flat_map(|(h, w, ncolors)| {
        // Palettes of every size, from one colour to all ten.
        proptest::collection::vec(0..=ncolors, h * w)
            .prop_map(move |cells| Grid::from_cells(h, w, cells).unwrap())
    })
}

fn arb_samples() -> impl Strategy<Value = Samples> {
    proptest::collection::vec((arb_grid(), arb_grid()), 0..12)
        .prop_map(|pairs| pairs.into_iter().map(|(i, o)| Sample::new(i, o)).collect())
}

/// Each grid's colours, ascending, concatenated: the palette by sorting, independent of
/// the runtime's masks.
fn naive_palettes<'a>(grids: impl IntoIterator<Item = &'a Grid>) -> Vec<Color> {
    let mut out = Vec::new();
    for g in grids {
        let mut cells = g.cells().to_vec();
        cells.sort_unstable();
        cells.dedup();
        out.extend(cells);
    }
    out
}

fn check_all_backends(s: &Samples) -> Result<(), TestCaseError> {
    let x1 = apply(first, s);
    let x2 = apply(second, s);
    let x3 = mapply(p_g, &x1);
    let x4 = mapply(p_g, &x2);
    prop_assert_eq!(&x1, &s.iter().map(|p| p.input.clone()).collect::<Vec<_>>());
    prop_assert_eq!(&x2, &s.iter().map(|p| p.output.clone()).collect::<Vec<_>>());
    prop_assert_eq!(&x3, &naive_palettes(s.iter().map(|p| &p.input)));
    prop_assert_eq!(&x4, &naive_palettes(s.iter().map(|p| &p.output)));
    let reference = (x1, x2, x3, x4);
    for b in BACKENDS {
        prop_assert_eq!(&batch_process_samples_with(s, b), &reference, "backend {}", b);
        let inputs = batch_process_side_with(s, Side::Inputs, b);
        prop_assert_eq!(&inputs.0, &reference.0);
        prop_assert_eq!(&inputs.1, &reference.2);
        let outputs = batch_process_side_with(s, Side::Outputs, b);
        prop_assert_eq!(&outputs.0, &reference.1);
        prop_assert_eq!(&outputs.1, &reference.3);
    }
    prop_assert_eq!(&batch_process_samples(s), &reference);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_backend_equals_the_reference(s in arb_samples()) {
        check_all_backends(&s)?;
    }

    #[test]
    fn many_task_entry_point_equals_the_reference(
        tasks in proptest::collection::vec(arb_samples(), 0..40)
    ) {
        let want: Vec<Pattern> = tasks.iter().map(Pattern::reference).collect();
        for b in BACKENDS {
            prop_assert_eq!(&batch_process_many_with(&tasks, b), &want, "backend {}", b);
        }
    }
}

#[test]
fn large_inputs_take_the_parallel_path_and_agree() {
    // Just big enough for `auto` to pick rayon, with every colour somewhere.
    let pairs = batt_runtime::dispatch::AUTO_RAYON_MIN_CELLS
        .div_ceil(1800)
        .max(batt_runtime::dispatch::AUTO_RAYON_MIN_SAMPLES);
    let grids: Vec<Grid> = (0..2 * pairs)
        .map(|i| {
            let cells = (0..900).map(|j| ((i * 7 + j * 3) % 10) as Color).collect();
            Grid::from_cells(30, 30, cells).unwrap()
        })
        .collect();
    let s: Samples = grids.chunks(2).map(|p| Sample::new(p[0].clone(), p[1].clone())).collect();
    if rayon::current_num_threads() > 1 {
        assert_eq!(Backend::Auto.resolve(&s), Backend::Rayon);
    }
    check_all_backends(&s).unwrap();
}

#[test]
fn every_arc_agi_1_task_loads_and_every_backend_agrees() {
    let Some(root) = batt_testdata::arc_root() else { return };
    let mut tasks = Vec::new();
    for split in ["training", "evaluation"] {
        let files = read_task_dir(root.join(split)).unwrap();
        assert_eq!(files.len(), 400, "{split}");
        for f in files {
            let task = f.task.unwrap_or_else(|e| panic!("{e}"));
            assert!(!task.train.is_empty() && !task.test.is_empty(), "{}", f.id);
            assert!(task.test.iter().all(|t| t.output.is_some()), "{}", f.id);
            check_all_backends(&task.train).unwrap();
            tasks.push(task.train);
        }
    }
    let want: Vec<Pattern> = tasks.iter().map(Pattern::reference).collect();
    for b in BACKENDS {
        assert_eq!(batch_process_many_with(&tasks, b), want, "backend {b}");
    }
}
